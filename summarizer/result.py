"""What a run returns: `Result` (summaries) and `TranslationResult` (the `translate` command).

Both are frozen; `to_dict` is the JSON shape the CLI, the web demo and the batch runner share.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .detect import Detection
from .languages import Language, Method


@dataclass(frozen=True)
class Result:
    """Everything one run produced.

    `translation` is the whole text in the target language, or None when no full translation was
    made (the text was already in the target language, or the summaries were made first and only
    they were translated). `route` is "none", "translate-first", "summarize-first" or "via-en"
    (summarized in English, then translated: abstractive Kazakh); `summary_language` is the
    language the summarizer worked in, `method` the method that ran and `notes` why it differs
    from the one asked for. `models`: every translation model used, in order of first use (a
    mixed document's segments each use their own language's models; the JSON calls them
    "translation_route"). `timings` holds seconds per stage ("detect", "load", "translate",
    "summarize", "total"). `title` is the article's headline (recognised in the text, or the web
    page's title), never part of a summary; `source` where the text came from (a URL or a file
    name, None for text passed directly); `flags` what the faithfulness guard found in the
    translation and the summaries (`guard.Flag`, empty when all passed or nothing was
    translated; `sentence` counts the sentences of the translation, or of the long summary for
    flags whose detail starts with "summary:", "short summary:" or "long summary:").
    """

    detection: Detection
    target_language: Language
    translation: str | None
    short_summary: str
    long_summary: str
    timings: Mapping[str, float]
    method: Method = Method.EXTRACTIVE
    models: tuple[str, ...] = ()
    route: str = "none"
    summary_language: Language | None = None
    notes: tuple[str, ...] = ()
    title: str | None = None
    source: str | None = None
    flags: tuple[Any, ...] = ()

    @property
    def source_language(self) -> Language:
        return self.detection.language

    @property
    def translation_route(self) -> tuple[str, ...]:
        """The former name of `models` (the JSON key keeps it)."""
        return self.models

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape shared by the CLI, the web demo and the batch runner."""
        return _payload(self, {
            "short_summary": self.short_summary,
            "long_summary": self.long_summary,
            "method": self.method,
            "route": self.route,
            "summary_language": (self.summary_language or self.target_language).value,
        })


@dataclass(frozen=True)
class TranslationResult:
    """A translation on its own (the `translate` command)."""

    detection: Detection
    target_language: Language
    translation: str
    models: tuple[str, ...]
    timings: Mapping[str, float]
    notes: tuple[str, ...] = ()
    title: str | None = None
    source: str | None = None
    flags: tuple[Any, ...] = ()

    @property
    def translation_route(self) -> tuple[str, ...]:
        """The former name of `models` (the JSON key keeps it)."""
        return self.models

    def to_dict(self) -> dict[str, Any]:
        return _payload(self, {})


def _payload(result: Result | TranslationResult, own: dict[str, Any]) -> dict[str, Any]:
    """The JSON object, in the order it shows: the shared translation keys, the result's `own`
    keys, its notes, the document keys, and the timings last."""
    payload = _translation_dict(result)
    timings = payload.pop("timings")
    payload.update({**own, "notes": list(result.notes), **_document_dict(result),
                    "timings": timings})
    return payload


def _translation_dict(result: Result | TranslationResult) -> dict[str, Any]:
    """The keys a summary and a translation share, in the order the JSON shows them."""
    return {
        "detected_language": result.detection.language.value,
        "confidence": result.detection.confidence,
        "reliable": result.detection.reliable,
        "target_language": result.target_language.value,
        "translation": result.translation,
        "translation_route": list(result.models),
        "timings": {stage: round(seconds, 4) for stage, seconds in result.timings.items()},
    }


def _document_dict(result: Result | TranslationResult) -> dict[str, Any]:
    """The keys about the document as a whole: its title and source, its language mix and
    segments (see `Detection.to_dict`), and the guard's flags."""
    detection = result.detection.to_dict()
    return {
        "title": result.title,
        "source": result.source,
        "script": detection["script"],
        "languages": detection["languages"],
        "segments": detection["segments"],
        "flags": [flag.to_dict() for flag in result.flags],
    }
