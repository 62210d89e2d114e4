"""Progress reports from inside a run, for front ends that show them (the web demo's progress bar).

A run is one synchronous call (`Pipeline.run`); the steps that take time sit several layers down
(a model loading, a batch of sentences translated). Rather than thread a callback through every
layer, the steps call `report(...)`, and a front end that wants the reports wraps its call in
`observe(callback)`. The observer lives in a context variable, so two web requests running at once
in two threads each see only their own steps, and without an observer `report` costs one lookup.

An exception raised by the observer propagates out of the run: the demo's Cancel button stops a
run that way, at the next reported step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Step:
    """One reported step.

    `stage` is "detected" (`detection` holds the answer), "load" (`detail` names the model, sent
    only when it really loads, not when it is already in memory), "translate" (`done` of `total`
    sentences of the direction in `detail`) or "summarize" (`detail` is the method).
    """

    stage: str
    detail: str = ""
    done: int = 0
    total: int = 0
    detection: Any = None  # a `Detection` for "detected" (Any: no import cycle with detect.py)


Observer = Callable[[Step], None]

_observer: ContextVar[Observer | None] = ContextVar("summarizer_progress", default=None)


@contextmanager
def observe(callback: Observer) -> Iterator[None]:
    """Send the steps of every run started inside this block (in this context) to `callback`."""
    token = _observer.set(callback)
    try:
        yield
    finally:
        _observer.reset(token)


def report(stage: str, detail: str = "", done: int = 0, total: int = 0,
           detection: Any = None) -> None:
    """Tell the current observer, if any, that a step started or advanced."""
    callback = _observer.get()
    if callback is not None:
        callback(Step(stage, detail, done, total, detection))
