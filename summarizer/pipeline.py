"""The one place that knows the order of the steps: text → detect → translate → summarize → Result.

Front ends (CLI, web demo, batch runner) build a `Pipeline` once and call `run`; they only format
what comes back.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from .config import Length, Settings, load_settings
from .detect import Detection, Detector
from .errors import InputError, UnsupportedLanguageError
from .languages import TARGETS, Language, parse_language
from .summarize import ExtractiveSummarizer, Summarizer
from .translate import TranslatorRegistry


@dataclass(frozen=True)
class Result:
    """Everything one run produced. `translation` is None when the text was already in the target
    language. `timings` holds seconds per stage ("detect", "translate", "summarize", "total")."""

    detection: Detection
    target_language: Language
    translation: str | None
    short_summary: str
    long_summary: str
    timings: Mapping[str, float]
    method: str = "extractive"
    translation_route: tuple[str, ...] = ()

    @property
    def source_language(self) -> Language:
        return self.detection.language

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape shared by the CLI, the web demo and the batch runner."""
        return {
            "detected_language": self.detection.language.value,
            "confidence": self.detection.confidence,
            "target_language": self.target_language.value,
            "translation": self.translation,
            "translation_route": list(self.translation_route),
            "short_summary": self.short_summary,
            "long_summary": self.long_summary,
            "method": self.method,
            "timings": {stage: round(seconds, 4) for stage, seconds in self.timings.items()},
        }


@dataclass(frozen=True)
class TranslationResult:
    """A translation on its own (the `translate` command)."""

    detection: Detection
    target_language: Language
    translation: str
    translation_route: tuple[str, ...]
    timings: Mapping[str, float]

    def to_dict(self) -> dict[str, Any]:
        return {
            "detected_language": self.detection.language.value,
            "confidence": self.detection.confidence,
            "target_language": self.target_language.value,
            "translation": self.translation,
            "translation_route": list(self.translation_route),
            "timings": {stage: round(seconds, 4) for stage, seconds in self.timings.items()},
        }


@dataclass
class Pipeline:
    """Detection, translation and summarization wired together with one configuration."""

    settings: Settings = field(default_factory=Settings)
    detector: Detector | None = None
    summarizer: Summarizer | None = None
    translators: TranslatorRegistry | None = None

    def __post_init__(self) -> None:
        self.detector = self.detector or Detector(self.settings.detection)
        self.summarizer = self.summarizer or ExtractiveSummarizer()
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
            long: Length | None = None) -> Result:
        """Summarize `text` in `target` (default: its own language).

        `source` skips detection when the caller knows the language. `short` and `long` override
        the lengths configured in models.yaml.
        """
        text = _checked(text)
        timings: dict[str, float] = {}
        started = time.perf_counter()
        detection, target_language = self._languages(text, target, source, timings)
        translation, route = self._translate(text, detection.language, target_language, timings)
        lengths = self.settings.summary.lengths
        with _timed(timings, "summarize"):
            short_summary, long_summary = self.summarizer.summarize(
                translation if translation is not None else text, target_language,
                [short or lengths.short, long or lengths.long],
            )
        timings["total"] = time.perf_counter() - started
        return Result(
            detection=detection,
            target_language=target_language,
            translation=translation,
            short_summary=short_summary.text,
            long_summary=long_summary.text,
            timings=timings,
            method=self.summarizer.method,
            translation_route=route,
        )

    def translate(self, text: str, target: Language | str,
                  source: Language | str | None = None) -> TranslationResult:
        """Translate `text` into `target` (en, ru or kk), detecting the source unless given."""
        text = _checked(text)
        timings: dict[str, float] = {}
        started = time.perf_counter()
        detection, target_language = self._languages(text, target, source, timings)
        translation, route = self._translate(text, detection.language, target_language, timings)
        timings["total"] = time.perf_counter() - started
        return TranslationResult(detection, target_language,
                                 text if translation is None else translation, route, timings)

    def _languages(self, text: str, target: Language | str | None,
                   source: Language | str | None,
                   timings: dict[str, float]) -> tuple[Detection, Language]:
        with _timed(timings, "detect"):
            if source is None:
                detection = self.detector.detect(text)
            else:
                detection = Detection(parse_language(source), 1.0)
        target_language = (
            parse_language(target, TARGETS) if target is not None
            else self._default_target(detection.language)
        )
        return detection, target_language

    def _translate(self, text: str, source: Language, target: Language,
                   timings: dict[str, float]) -> tuple[str | None, tuple[str, ...]]:
        """The translation (None when source is target) and the models it went through."""
        if source == target:
            return None, ()
        translator = self.translators.get(source, target)
        self.translators.check_available(source, target)
        timings["load"] = translator.load()
        with _timed(timings, "translate"):
            translation = translator.translate_many([text])[0]
        return translation, translator.route

    def _default_target(self, source: Language) -> Language:
        if source in TARGETS:
            return source
        raise UnsupportedLanguageError(
            f"the text is in {source.english_name} ({source.value}); choose a target language "
            f"with --to ({', '.join(t.value for t in TARGETS)})"
        )


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
