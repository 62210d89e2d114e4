"""What a caller asks of one run (`Request`), and the one table of run options every front end shows.

A front end (CLI, web demo, batch runner) builds one `Request` from its inputs; the request checks
and normalizes them when it is built, so a bad choice fails before any text is read or model
loaded. `OPTIONS` names each option once: its CLI flag, its environment variable (if any), the
demo's label and the help text, so the CLI, the demo and batch say the same thing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from .config import ENV_VAR, Length
from .errors import SummarizerError, UsageError
from .languages import TARGETS, Engine, Language, Method, Route, parse_language, values


@dataclass(frozen=True)
class Option:
    """One run option as every front end presents it."""

    name: str  # the library's word (a Request field, or "config")
    flag: str  # the CLI flag
    label: str  # the web demo's control
    help: str
    env: str | None = None  # the environment variable that sets it, if any
    metavar: str | None = None
    choices: tuple[str, ...] | None = None


_TARGET_CODES = ", ".join(t.value for t in TARGETS)
#: Alphabets Kazakh output can be written in.
KK_SCRIPTS = ("cyrl", "latn")

#: Every run option, in the order the CLI lists them.
OPTIONS: dict[str, Option] = {option.name: option for option in (
    Option("target", "--to", "Summary language", f"target language ({_TARGET_CODES}); default: "
           "the text's own language", metavar="LANG"),
    Option("source", "--from", "Article language", "source language, skipping detection (e.g. "
           "when detection is unsure)", metavar="LANG"),
    Option("config", "--config", "Configuration", "models.yaml to use (default: $" + ENV_VAR
           + ", else the bundled one)", env=ENV_VAR, metavar="PATH"),
    Option("short", "--short", "Short summary length", "short summary length: sentences (2), "
           "words (60w) or ratio (10%%)", metavar="LENGTH"),
    Option("long", "--long", "Long summary length", "long summary length: sentences (6), words "
           "(200w) or ratio (30%%)", metavar="LENGTH"),
    Option("route", "--route", "When translating", "translate the whole text first, or "
           "summarize first and translate only the summaries (default: auto, see README)",
           choices=values(Route)),
    Option("method", "--method", "Summary method", "summary method (default: models.yaml's "
           "summary.method; auto = abstractive where its model is downloaded, else extractive)",
           choices=values(Method)),
    Option("engine", "--engine", "Translation engine", "translation engine (default: "
           "translation.engine in models.yaml)", choices=values(Engine)),
    Option("kk_script", "--kk-script", "Kazakh alphabet", "alphabet of Kazakh output: cyrl "
           "(Cyrillic, default) or latn (the 2021 Latin alphabet)", choices=KK_SCRIPTS),
    Option("strict", "--strict", "Strict checks", "make a translation or summary that fails a "
           "faithfulness check (and its repair) an error (exit 10) instead of a flag"),
)}


@dataclass(frozen=True)
class Request:
    """One run's options, checked when built. None means "the configured default" (or, for
    `target`, the text's own language; for `source`, detect it).

    Strings are accepted and normalized: languages by code or name ("kk", "Kazakh"), lengths as
    "3", "80w" or "25%", choices by their value ("translate-first"). A bad value raises
    `UnsupportedLanguageError` (languages) or `UsageError` (everything else).
    """

    target: Language | None = None
    source: Language | None = None
    short: Length | None = None
    long: Length | None = None
    route: Route = Route.AUTO
    method: Method | None = None
    engine: Engine | None = None
    kk_script: str = "cyrl"
    strict: bool = False

    def __post_init__(self) -> None:
        # The order of checks is the order a user reads the problems in: choices, then lengths,
        # then languages.
        self._set("route", _choice(self.route, Route, "route"))
        self._set("method", _choice(self.method, Method, "method"))
        self._set("engine", _choice(self.engine, Engine, "engine"))
        script = str(self.kk_script).lower()
        if script not in KK_SCRIPTS:
            raise UsageError(f"unknown kk_script {self.kk_script!r}; choose one of: "
                             f"{', '.join(KK_SCRIPTS)}")
        self._set("kk_script", script)
        self._set("short", _length(self.short, "short"))
        self._set("long", _length(self.long, "long"))
        if self.target is not None:
            self._set("target", parse_language(self.target, TARGETS))
        if self.source is not None:
            self._set("source", parse_language(self.source))

    def _set(self, name: str, value: Any) -> None:
        object.__setattr__(self, name, value)


def present(error: SummarizerError, wording: Callable[[Option], str]) -> str:
    """The error's message with the advised option named as the front end names it.

    The library says "use route translate-first"; the CLI passes `lambda o: o.flag` to say "use
    --route translate-first", the demo its control's label.
    """
    message = str(error)
    if error.advice is None or error.advice[0] not in OPTIONS:
        return message
    name, value = error.advice
    return message.replace(f"use {name} {value}", f"use {wording(OPTIONS[name])} {value}")


def _choice(value: Any, choices: type[StrEnum], name: str) -> Any:
    if value is None or isinstance(value, choices):
        return value
    try:
        return choices(value)
    except ValueError:
        raise UsageError(f"unknown {name} {value!r}; choose one of: "
                         f"{', '.join(values(choices))}") from None


def _length(value: Length | str | None, which: str) -> Length | None:
    if value is None or isinstance(value, Length):
        return value
    try:
        return Length.parse(str(value))
    except ValueError as exc:
        raise UsageError(f"{which} summary: {exc}") from None
