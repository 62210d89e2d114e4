"""The one place that knows the order of the steps: text → detect → translate → summarize → Result.

Front ends (CLI, web demo, batch runner) build a `Pipeline` once and call `run`; they only format
what comes back.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from .abstractive import AbstractiveSummarizer
from .config import METHODS, Length, Settings, load_settings
from .detect import Detection, Detector
from .errors import InputError, SummarizerError, UnsupportedLanguageError
from .languages import TARGETS, Language, parse_language
from .progress import report
from .summarize import ExtractiveSummarizer, Summarizer, Summary
from .translate import Translator, TranslatorRegistry


@dataclass(frozen=True)
class Result:
    """Everything one run produced.

    `translation` is the whole text in the target language, or None when no full translation was
    made (the text was already in the target language, or the summaries were made first and only
    they were translated). `route` is "none", "translate-first", "summarize-first" or "via-en"
    (summarized in English, then translated: abstractive Kazakh); `summary_language` is the
    language the summarizer worked in, `method` the method that ran and `notes` why it differs
    from the one asked for. `timings` holds seconds per stage ("detect", "load", "translate",
    "summarize", "total").
    """

    detection: Detection
    target_language: Language
    translation: str | None
    short_summary: str
    long_summary: str
    timings: Mapping[str, float]
    method: str = "extractive"
    translation_route: tuple[str, ...] = ()
    route: str = "none"
    summary_language: Language | None = None
    notes: tuple[str, ...] = ()

    @property
    def source_language(self) -> Language:
        return self.detection.language

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape shared by the CLI, the web demo and the batch runner."""
        payload = _translation_dict(self)
        timings = payload.pop("timings")
        payload.update({
            "short_summary": self.short_summary,
            "long_summary": self.long_summary,
            "method": self.method,
            "route": self.route,
            "summary_language": (self.summary_language or self.target_language).value,
            "notes": list(self.notes),
            "timings": timings,
        })
        return payload


@dataclass(frozen=True)
class TranslationResult:
    """A translation on its own (the `translate` command)."""

    detection: Detection
    target_language: Language
    translation: str
    translation_route: tuple[str, ...]
    timings: Mapping[str, float]

    def to_dict(self) -> dict[str, Any]:
        return _translation_dict(self)


def _translation_dict(result: Result | TranslationResult) -> dict[str, Any]:
    """The keys a summary and a translation share, in the order the JSON shows them."""
    return {
        "detected_language": result.detection.language.value,
        "confidence": result.detection.confidence,
        "reliable": result.detection.reliable,
        "target_language": result.target_language.value,
        "translation": result.translation,
        "translation_route": list(result.translation_route),
        "timings": {stage: round(seconds, 4) for stage, seconds in result.timings.items()},
    }


@dataclass
class Pipeline:
    """Detection, translation and summarization wired together with one configuration."""

    settings: Settings = field(default_factory=Settings)
    detector: Detector | None = None
    extractive: Summarizer | None = None
    abstractive: AbstractiveSummarizer | None = None
    translators: TranslatorRegistry | None = None

    def __post_init__(self) -> None:
        self.detector = self.detector or Detector(self.settings.detection)
        self.extractive = self.extractive or ExtractiveSummarizer()
        self.abstractive = self.abstractive or AbstractiveSummarizer.from_settings(
            self.settings.summary.abstractive)  # cheap: models load on first use
        self.translators = self.translators or TranslatorRegistry(self.settings.translation)

    @classmethod
    def from_config(cls, path: str | None = None) -> Pipeline:
        """Build from `models.yaml` (`path`, else $SUMMARIZER_MODELS, else the project's own)."""
        return cls(load_settings(path))

    def detect(self, text: str) -> Detection:
        """Detect the language of `text` (raises `InputError` or `LanguageError`)."""
        return self.detector.detect(_checked(text))

    def run(self, text: str, target: Language | str | None = None,
            source: Language | str | None = None, short: Length | None = None,
            long: Length | None = None, route: str = "auto", method: str | None = None) -> Result:
        """Summarize `text` in `target` (default: its own language).

        `source` skips detection when the caller knows the language. `short` and `long` override
        the lengths configured in models.yaml. `route` is "auto", "translate-first" or
        "summarize-first" (see `choose_route`); `method` is "extractive", "abstractive" or
        "auto" (default: models.yaml's `summary.method`; see `plan`).
        """
        outcome = self.run_many([text], target, source, short, long, route, method)[0]
        if isinstance(outcome, SummarizerError):
            raise outcome
        return outcome

    def run_many(self, texts: Sequence[str], target: Language | str | None = None,
                 source: Language | str | None = None, short: Length | None = None,
                 long: Length | None = None, route: str = "auto", method: str | None = None
                 ) -> list[Result | SummarizerError]:
        """Summarize many texts; the result or the error of each, in input order.

        Texts that share a language pair and route are translated together, so translation
        batches stay full across documents (the batch runner depends on this).
        """
        _check_choice(route, ROUTES, "route")
        method = method or self.settings.summary.method
        _check_choice(method, METHODS, "method")
        lengths = [short or self.settings.summary.lengths.short,
                   long or self.settings.summary.lengths.long]
        outcomes: list[Result | SummarizerError | None] = [None] * len(texts)
        jobs: dict[tuple[Language, Language, _Plan], list[_Job]] = {}
        for index, text in enumerate(texts):
            job = _Job(index, text, {})
            try:
                job.text = _checked(text)
                job.detection, job.target = self._languages(job.text, target, source, job.timings)
                plan = self.plan(job.text, job.detection.language, job.target, route, method)
            except SummarizerError as exc:
                outcomes[index] = exc
                continue
            jobs.setdefault((job.detection.language, job.target, plan), []).append(job)
        for (source_language, target_language, plan), group in jobs.items():
            try:
                results = self._run_group(group, source_language, target_language, plan, lengths)
            except SummarizerError as exc:
                results = [exc] * len(group)
            for job, result in zip(group, results):
                outcomes[job.index] = result
        return [outcome for outcome in outcomes if outcome is not None]

    def choose_route(self, text: str, source: Language, target: Language, route: str) -> str:
        """Which route a text takes.

        Rule for "auto": when source and target differ, summarize first (and translate only the
        summaries) if the summarizer works in the source language and the text is longer than
        `summary.summarize_first_words`; otherwise translate the whole text first. Long articles
        are then never translated in full when only their summaries are read, and short ones
        still come with their full translation.
        """
        if source == target:
            return "none"
        if route != "auto":
            if route == "summarize-first" and source not in TARGETS:
                raise UnsupportedLanguageError(
                    f"cannot summarize {source.english_name} text before translating it; "
                    "use --route translate-first"
                )
            return route
        long_enough = len(text.split()) > self.settings.summary.summarize_first_words
        return "summarize-first" if long_enough and source in TARGETS else "translate-first"

    def plan(self, text: str, source: Language, target: Language, route: str,
             method: str) -> _Plan:
        """Which language the summaries are written in, and by which method.

        The route (see `choose_route`) puts the summary in the target language (translate first)
        or in the source language (summarize first). Then, for the method:

        * "extractive": always possible in en, ru and kk;
        * "abstractive": the summary language's model; where none is configured (Kazakh), the
          summary is written in English and translated (the text is translated into English
          first when needed); without an English model either, an error;
        * "auto": abstractive where the summary language's model is available locally, otherwise
          extractive; the result's `notes` say when it fell back.
        """
        chosen = self.choose_route(text, source, target, route)
        language = source if chosen == "summarize-first" else target
        if method == "extractive":
            return _Plan(language, "extractive")
        if method == "auto":
            if self.abstractive.available(language):
                return _Plan(language, "abstractive")
            return _Plan(language, "extractive", (
                f"auto: no abstractive model for {language.value} available locally; "
                "used extractive",))
        if self.abstractive.supports(language):
            return _Plan(language, "abstractive")
        pivot = self.settings.translation.pivot
        if self.abstractive.supports(pivot):
            return _Plan(pivot, "abstractive", (
                f"no abstractive model for {language.value}: summarized in {pivot.value} and "
                "translated",))
        raise UnsupportedLanguageError(
            f"no abstractive model for {language.value} (nor {pivot.value}) in models.yaml; "
            "use --method extractive"
        )

    def translate(self, text: str, target: Language | str,
                  source: Language | str | None = None) -> TranslationResult:
        """Translate `text` into `target` (en, ru or kk), detecting the source unless given."""
        text = _checked(text)
        timings: dict[str, float] = {}
        started = time.perf_counter()
        detection, target_language = self._languages(text, target, source, timings)
        translator = self._translator(detection.language, target_language, timings)
        with _timed(timings, "translate"):
            translation = translator.translate_many([text])[0]
        timings["total"] = time.perf_counter() - started
        return TranslationResult(detection, target_language, translation, translator.route,
                                 timings)

    # --- steps ----------------------------------------------------------------------------------

    def _run_group(self, group: list[_Job], source: Language, target: Language, plan: _Plan,
                   lengths: list[Length]) -> list[Result]:
        """Run jobs that share languages and plan: translate the text into the summary language
        (if it differs), summarize, translate the summaries into the target (if they differ)."""
        shared: dict[str, float] = {}
        texts = [job.text for job in group]
        language = plan.summary_language
        models: tuple[str, ...] = ()
        if language != source:
            translator = self._translator(source, language, shared)
            with _timed(shared, "translate"):
                texts = translator.translate_many(texts)
            models = translator.route
        summarizer = self.abstractive if plan.method == "abstractive" else self.extractive
        if plan.method == "abstractive":
            shared["load"] = shared.get("load", 0.0) + self.abstractive.load(language)
        report("summarize", plan.method)
        with _timed(shared, "summarize"):
            summaries = [summarizer.summarize(text, language, lengths) for text in texts]
        if language != target:
            translator = self._translator(language, target, shared)
            with _timed(shared, "translate"):
                summaries = self._translate_summaries(translator, summaries)
            models += translator.route
        translations = texts if language == target != source else [None] * len(group)
        total_words = sum(len(job.text.split()) for job in group) or 1
        results = []
        for job, translation, (short_summary, long_summary) in zip(group, translations,
                                                                   summaries):
            share = len(job.text.split()) / total_words
            timings = dict(job.timings)
            for stage, seconds in shared.items():
                timings[stage] = timings.get(stage, 0.0) + (seconds if stage == "load"
                                                             else seconds * share)
            timings["total"] = sum(timings.values())
            results.append(Result(
                detection=job.detection,
                target_language=target,
                translation=translation,
                short_summary=short_summary.text,
                long_summary=long_summary.text,
                timings=timings,
                method=plan.method,
                translation_route=models,
                route=_route_name(source, language, target),
                summary_language=language,
                notes=plan.notes,
            ))
        return results

    @staticmethod
    def _translate_summaries(translator: Translator,
                             summaries: list[list[Summary]]) -> list[list[Summary]]:
        """Translate the sentences of every long summary once; the shorter summaries reuse them,
        so a short summary stays a part of its long summary after translation."""
        sentences = sorted({s for nested in summaries for summary in nested for s in
                            summary.sentences})
        translated = dict(zip(sentences, translator.translate_many(sentences)))
        return [[Summary(tuple(translated[s] for s in summary.sentences)) for summary in nested]
                for nested in summaries]

    def _translator(self, source: Language, target: Language,
                    timings: dict[str, float]) -> Translator:
        translator = self.translators.get(source, target)
        self.translators.check_available(source, target)
        timings["load"] = timings.get("load", 0.0) + translator.load()
        return translator

    def _languages(self, text: str, target: Language | str | None,
                   source: Language | str | None,
                   timings: dict[str, float]) -> tuple[Detection, Language]:
        with _timed(timings, "detect"):
            if source is None:
                detection = self.detector.detect(text)
            else:
                detection = Detection(parse_language(source), 1.0)
        report("detected", detection=detection)
        target_language = (
            parse_language(target, TARGETS) if target is not None
            else self._default_target(detection.language)
        )
        return detection, target_language

    def _default_target(self, source: Language) -> Language:
        if source in TARGETS:
            return source
        raise UnsupportedLanguageError(
            f"the text is in {source.english_name} ({source.value}); choose a target language: "
            f"{', '.join(t.value for t in TARGETS)}"
        )


ROUTES = ("auto", "translate-first", "summarize-first")


@dataclass(frozen=True)
class _Plan:
    summary_language: Language
    method: str  # "extractive" or "abstractive"
    notes: tuple[str, ...] = ()


def _route_name(source: Language, summary: Language, target: Language) -> str:
    if source == summary == target:
        return "none"
    if summary == target:
        return "translate-first"
    if summary == source:
        return "summarize-first"
    return f"via-{summary.value}"  # e.g. kk text, English model, kk summary


@dataclass
class _Job:
    index: int
    text: str
    timings: dict[str, float]
    detection: Detection | None = None
    target: Language | None = None


def _check_choice(value: str, choices: tuple[str, ...], name: str) -> None:
    if value not in choices:  # a caller's mistake (the CLI and the demo offer only valid ones)
        raise ValueError(f"unknown {name} {value!r}; choose one of: {', '.join(choices)}")


def _checked(text: str) -> str:
    if not isinstance(text, str):
        raise InputError(f"expected text (str), got {type(text).__name__}")
    if not text.strip():
        raise InputError("the input is empty: nothing to summarize")
    return text


@contextmanager
def _timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    started = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - started
