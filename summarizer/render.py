"""Plain-text and Markdown renderings of a Result, shared by the CLI and the web demo."""

from __future__ import annotations

import json
from typing import Any

from .config import Length
from .detect import Detection
from .pipeline import Result, TranslationResult


def describe_detection(result: Result) -> str:
    detection = result.detection
    note = "" if detection.reliable else " (unsure: check the text or name the language)"
    return (f"{detection.language.english_name} ({detection.language.value}), "
            f"confidence {detection.confidence:.0%}{note}")


def describe_timings(result: Result | TranslationResult) -> str:
    return ", ".join(f"{stage} {seconds:.2f} s" for stage, seconds in result.timings.items())


def describe_route(result: Result) -> str:
    """Which way the text went, through which models, and by which method, in one line."""
    method = f"{result.method} summary" + "".join(f" ({note})" for note in result.notes)
    if not result.translation_route:
        return (f"no translation: the text is already in {result.target_language.english_name}; "
                f"{method}")
    order = _ROUTE_NAMES.get(result.route, result.route)
    return f"{order}: {' → '.join(result.translation_route)}; {method}"


_ROUTE_NAMES = {
    "translate-first": "article translated, then summarized",
    "summarize-first": "summarized, then the summaries translated",
    "via-en": "translated into English, summarized, the summaries translated back",
}


def describe_length(length: Length) -> str:
    """A length preset in words: "2 sentences, at most 60 words"."""
    parts = []
    if length.sentences is not None:
        parts.append(f"{length.sentences} sentence{'s' if length.sentences != 1 else ''}")
    if length.words is not None:
        parts.append(f"at most {length.words} words")
    if length.ratio is not None:
        parts.append(f"{length.ratio:.0%} of the sentences")
    return ", ".join(parts)


def detection_payload(detection: Detection) -> dict[str, Any]:
    """A detection as JSON: code, English name, confidence and whether it is reliable."""
    return {
        "detected_language": detection.language.value,
        "language_name": detection.language.english_name,
        "confidence": detection.confidence,
        "reliable": detection.reliable,
    }


def to_json(result: Result) -> str:
    """The JSON document the demo offers for download (the API's answer, indented)."""
    return json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n"


def to_text(result: Result) -> str:
    lines = [
        f"Language: {describe_detection(result)}",
        f"Target:   {result.target_language.english_name} ({result.target_language.value})",
        f"Method:   {result.method}",
    ]
    if result.translation_route:
        lines.append(f"Route:    {' -> '.join(result.translation_route)}")
    lines += ["", "Short summary", "-------------", result.short_summary, "",
              "Long summary", "------------", result.long_summary]
    if result.translation is not None:
        lines += ["", "Translation", "-----------", result.translation]
    lines += ["", f"Timings: {describe_timings(result)}"]
    return "\n".join(lines)


def to_markdown(result: Result) -> str:
    lines = [
        "# Summary",
        "",
        f"- **Detected language:** {describe_detection(result)}",
        f"- **Target language:** {result.target_language.english_name}",
        f"- **Method:** {result.method}",
    ]
    if result.translation_route:
        lines.append(f"- **Translation route:** {' → '.join(result.translation_route)}")
    lines += [f"- **Timings:** {describe_timings(result)}", "",
              "## Short summary", "", result.short_summary, "",
              "## Long summary", "", result.long_summary]
    if result.translation is not None:
        lines += ["", "## Translation", "", result.translation]
    return "\n".join(lines) + "\n"
