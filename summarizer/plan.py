"""The planner: which steps one run takes, decided before any model is touched.

`plan(request, detection, text, capabilities)` is a pure function of its arguments: it reads the
request, the detected language, the text's length and what is configured (and, for the "auto"
method, which summary models are local), and returns a frozen `Plan`: the translation legs of the
text, the summarizer and the language it writes in, the translate-back step, and the notes that
explain any fallback. It imports no model code, so it is tested over every combination without
torch or transformers (tests/test_plan.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from .config import ANY_SOURCE, ModelSpec, Settings, TranslationSettings
from .detect import Detection
from .errors import UnsupportedLanguageError
from .languages import TARGETS, Language, Method, Route
from .request import Request


class Leg(NamedTuple):
    """One model of a translation: its direction key in models.yaml ("kk-en") and its spec."""

    direction: str
    spec: ModelSpec


@dataclass(frozen=True)
class Translation:
    """One translation step: `source` → `target` through `legs` (one model, or two via English)."""

    source: Language
    target: Language
    legs: tuple[Leg, ...]

    @property
    def models(self) -> tuple[str, ...]:
        return tuple(leg.spec.model for leg in self.legs)

    def reads(self) -> tuple[Language, ...]:
        """The language each leg reads: the step's source, then what the leg before it wrote."""
        return (self.source, *(Language(leg.direction.split("-")[1]) for leg in self.legs[:-1]))


@dataclass(frozen=True)
class Capabilities:
    """What the planner may use: the configuration, and which summary models are local.

    `abstractive_local` is asked only for the "auto" method (it looks at files, cheaply).
    """

    translation: TranslationSettings
    abstractive: frozenset[Language]
    default_method: Method = Method.EXTRACTIVE
    summarize_first_words: int = 1000
    abstractive_local: Callable[[Language], bool] = field(default=lambda language: False,
                                                          compare=False)

    @property
    def pivot(self) -> Language:
        return self.translation.pivot

    @classmethod
    def from_settings(cls, settings: Settings,
                      abstractive_local: Callable[[Language], bool] | None = None
                      ) -> Capabilities:
        """The capabilities `models.yaml` describes; `abstractive_local` answers "is it local"."""
        return cls(
            translation=settings.translation,
            abstractive=frozenset(settings.summary.abstractive.models),
            default_method=Method(settings.summary.method),
            summarize_first_words=settings.summary.summarize_first_words,
            abstractive_local=abstractive_local or (lambda language: False),
        )


@dataclass(frozen=True)
class Plan:
    """The steps of one run, in order: translate the text (optional), summarize, translate the
    summaries back (optional).

    `route` names the path for the result: "none", "translate-first", "summarize-first" or
    "via-<pivot>" (summarized in the pivot language, then translated: abstractive Kazakh).
    `keep_translation`: the translated text is the result's full translation. Plans are hashable,
    so texts with the same plan are run together.
    """

    source: Language
    target: Language
    summary_language: Language
    method: Method  # EXTRACTIVE or ABSTRACTIVE: what will run
    translate_text: Translation | None = None
    translate_back: Translation | None = None
    notes: tuple[str, ...] = ()

    @property
    def route(self) -> str:
        if self.source == self.summary_language == self.target:
            return "none"
        if self.summary_language == self.target:
            return "translate-first"
        if self.summary_language == self.source:
            return "summarize-first"
        return f"via-{self.summary_language.value}"

    @property
    def keep_translation(self) -> bool:
        return self.summary_language == self.target != self.source

    @property
    def models(self) -> tuple[str, ...]:
        """Every translation model the run uses, in order (the result's `translation_route`)."""
        steps = (self.translate_text, self.translate_back)
        return tuple(model for step in steps if step is not None for model in step.models)


def plan(request: Request, detection: Detection, text: str, capabilities: Capabilities) -> Plan:
    """The plan for `text`, detected as `detection`, under `request`.

    Target: the request's, else the text's own language (an error for a language that is not a
    target). Route "auto": when source and target differ, summarize first (translating only the
    summaries) if the source is a summary language and the text is longer than
    `summarize_first_words`; otherwise translate the whole text first. Method:

    * "extractive": always possible in en, ru and kk;
    * "abstractive": the summary language's model; where none is configured (Kazakh), the summary
      is written in the pivot language (English) and translated; without that either, an error;
    * "auto": abstractive where the summary language's model is local, else extractive (noted).
    """
    source = detection.language
    target = request.target or default_target(source)
    language = source if _route(request.route, text, source, target,
                                capabilities) == Route.SUMMARIZE_FIRST else target
    method = request.method or capabilities.default_method
    language, chosen, notes = _method(method, language, capabilities)
    return Plan(
        source=source,
        target=target,
        summary_language=language,
        method=chosen,
        translate_text=translation(source, language, capabilities),
        translate_back=translation(language, target, capabilities),
        notes=notes,
    )


def default_target(source: Language) -> Language:
    """The target when none is asked for: the text's own language, if it is a target."""
    if source in TARGETS:
        return source
    raise UnsupportedLanguageError(
        f"the text is in {source.english_name} ({source.value}); choose a target language: "
        f"{', '.join(t.value for t in TARGETS)}"
    )


def translation(source: Language, target: Language,
                capabilities: Capabilities) -> Translation | None:
    """The translation step from `source` to `target`, or None when they are the same."""
    legs = translation_legs(source, target, capabilities.translation)
    return Translation(source, target, legs) if legs else None


def translation_legs(source: Language, target: Language,
                     settings: TranslationSettings) -> tuple[Leg, ...]:
    """The models that take `source` to `target`, in order (none for the same language).

    A direct model wins; otherwise the text goes through the pivot language (English), using a
    direct model or the catch-all "any-en" model for the first leg.
    """
    models, pivot = settings.models, settings.pivot
    if source == target:
        return ()
    direct = f"{source.value}-{target.value}"
    if direct in models:
        return (Leg(direct, models[direct]),)
    directions: list[str] = []
    if source != pivot:
        first = f"{source.value}-{pivot.value}"
        directions.append(first if first in models else f"{ANY_SOURCE}-{pivot.value}")
    if target != pivot:
        directions.append(f"{pivot.value}-{target.value}")
    missing = [direction for direction in directions if direction not in models]
    if missing:
        raise UnsupportedLanguageError(
            f"no translation model for {source.value} → {target.value}: models.yaml has no "
            f"'translation.models.{missing[0]}' entry"
        )
    return tuple(Leg(direction, models[direction]) for direction in directions)


def _route(route: Route, text: str, source: Language, target: Language,
           capabilities: Capabilities) -> Route | None:
    """The route a text takes (None: no translation at all)."""
    if source == target:
        return None
    if route != Route.AUTO:
        if route == Route.SUMMARIZE_FIRST and source not in TARGETS:
            raise UnsupportedLanguageError(
                f"cannot summarize {source.english_name} text before translating it; "
                f"use route {Route.TRANSLATE_FIRST.value}"
            ).advising("route", Route.TRANSLATE_FIRST.value)
        return route
    long_enough = len(text.split()) > capabilities.summarize_first_words
    return Route.SUMMARIZE_FIRST if long_enough and source in TARGETS else Route.TRANSLATE_FIRST


def _method(method: Method, language: Language, capabilities: Capabilities
            ) -> tuple[Language, Method, tuple[str, ...]]:
    """The summary language, the method that runs and the notes, for the asked `method`."""
    if method == Method.EXTRACTIVE:
        return language, Method.EXTRACTIVE, ()
    if method == Method.AUTO:
        if language in capabilities.abstractive and capabilities.abstractive_local(language):
            return language, Method.ABSTRACTIVE, ()
        return language, Method.EXTRACTIVE, (
            f"auto: no abstractive model for {language.value} available locally; used extractive",)
    if language in capabilities.abstractive:
        return language, Method.ABSTRACTIVE, ()
    pivot = capabilities.pivot
    if pivot in capabilities.abstractive:
        return pivot, Method.ABSTRACTIVE, (
            f"no abstractive model for {language.value}: summarized in {pivot.value} and "
            "translated",)
    raise UnsupportedLanguageError(
        f"no abstractive model for {language.value} (nor {pivot.value}) in models.yaml; "
        f"use method {Method.EXTRACTIVE.value}"
    ).advising("method", Method.EXTRACTIVE.value)
