"""The executor: runs one `Plan` over a group of texts, timing each stage.

It only follows the plan: translate the texts into the summary language, summarize, translate the
summaries into the target. Every translation goes through `translate`, the one seam where a later
step can route segments of a text to their own models or check each translated sentence.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from .config import Length
from .languages import Method
from .plan import Plan, Translation
from .progress import report
from .summarize import Summarizer, Summary
from .translate import Translator, TranslatorRegistry


@dataclass
class Stopwatch:
    """Seconds per stage, in the order the stages first ran; a stage may run several times."""

    seconds: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def time(self, stage: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.add(stage, time.perf_counter() - started)

    def add(self, stage: str, seconds: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds


@dataclass(frozen=True)
class Executed:
    """What running a plan over a group made: per text, its translation into the summary language
    (None unless the plan keeps it) and its summaries (shortest first)."""

    translations: list[str | None]
    summaries: list[list[Summary]]


def execute(plan: Plan, texts: Sequence[str], lengths: Sequence[Length],
            translators: TranslatorRegistry, summarizers: Mapping[Method, Summarizer],
            clock: Stopwatch) -> Executed:
    """Run `plan` over `texts` (all with the same plan): translate, summarize, translate back."""
    translated = translate(plan.translate_text, list(texts), translators, clock)
    summarizer = summarizers[plan.method]
    language = plan.summary_language
    if plan.method == Method.ABSTRACTIVE:
        clock.add("load", summarizer.load(language))  # type: ignore[attr-defined]
    report("summarize", plan.method)
    with clock.time("summarize"):
        summaries = [summarizer.summarize(text, language, lengths) for text in translated]
    if plan.translate_back is not None:
        summaries = _translate_summaries(plan.translate_back, summaries, translators, clock)
    translations: list[str | None] = (list(translated) if plan.keep_translation
                                      else [None] * len(texts))
    return Executed(translations, summaries)


def translate(step: Translation | None, texts: list[str], translators: TranslatorRegistry,
              clock: Stopwatch) -> list[str]:
    """Translate `texts` as the step says (unchanged when there is no step)."""
    if step is None:
        return texts
    translator = _ready(step, translators, clock)
    with clock.time("translate"):
        return translator.translate_many(texts)


def _ready(step: Translation, translators: TranslatorRegistry, clock: Stopwatch) -> Translator:
    translator, seconds = translators.ready(step)
    clock.add("load", seconds)
    return translator


def _translate_summaries(step: Translation, summaries: list[list[Summary]],
                         translators: TranslatorRegistry,
                         clock: Stopwatch) -> list[list[Summary]]:
    """Translate the sentences of every long summary once; the shorter summaries reuse them,
    so a short summary stays a part of its long summary after translation."""
    sentences = sorted({s for nested in summaries for summary in nested for s in
                        summary.sentences})
    translated = dict(zip(sentences, translate(step, sentences, translators, clock)))
    return [[Summary(tuple(translated[s] for s in summary.sentences)) for summary in nested]
            for nested in summaries]
