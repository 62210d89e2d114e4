"""Every rendering for people: a Result as text or Markdown, a detection line, the models list.

Shared by the CLI and the web demo, so both word things the same way.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .config import Length
from .detect import Detection
from .result import Result, TranslationResult

if TYPE_CHECKING:
    from .models import ModelStatus


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
    if not result.models:
        return (f"no translation: the text is already in {result.target_language.english_name}; "
                f"{method}")
    order = _ROUTE_NAMES.get(result.route, result.route)
    return f"{order}: {' → '.join(result.models)}; {method}"


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


def detection_document(detection: Detection) -> dict[str, Any]:
    """`summarizer detect --format json`: `Detection.to_dict()` (languages, segments, script)
    with the language's English name after its code."""
    payload = detection.to_dict()
    named = {"detected_language": payload.pop("detected_language"),
             "language_name": detection.language.english_name}
    return {**named, **payload}


def describe_mix(detection: Detection) -> str | None:
    """The language mix when the text has more than one language: "Kazakh 78 %, Russian 22 %"
    (None for a text in one language)."""
    if len(detection.languages) < 2:
        return None
    return ", ".join(f"{share.language.english_name} {share.share:.0%}".replace("%", " %")
                     for share in detection.languages)


def warnings_of(result: Result | TranslationResult) -> list[str]:
    """One warning line per flag the faithfulness guard could not repair."""
    lines = []
    for flag in result.flags:
        if getattr(flag, "repaired", False):
            continue
        where = f"sentence {flag.sentence + 1}" if isinstance(flag.sentence, int) else "output"
        lines.append(" ".join(f"{where}: {flag.kind}: {flag.detail}".split()))
    return lines


def translation_text(result: TranslationResult) -> str:
    """`summarizer translate` as text: the title (when there is one) and the translation."""
    lines = [f"Title: {result.title}", ""] if result.title else []
    return "\n".join(lines + [result.translation])


def detection_line(detection: Detection) -> str:
    """A detection as one tab-separated line: code, name, confidence, and "unsure" if it is."""
    return (f"{detection.language.value}\t{detection.language.english_name}\t"
            f"confidence {detection.confidence:.0%}" + ("" if detection.reliable else "\tunsure"))


def models_payload(rows: Sequence[ModelStatus]) -> dict[str, Any]:
    """`summarizer models list` as JSON: each model, its revision and where it is local."""
    return {"models": [
        {"direction": row.direction, "model": row.spec.model, "revision": row.spec.revision,
         "target_token": row.target_token, "available": row.available,
         "path": str(row.local_path) if row.local_path else None}
        for row in rows
    ]}


def models_text(rows: Sequence[ModelStatus]) -> str:
    """`summarizer models list` as text: one aligned line per model, saying how to get it."""
    lines = []
    for row in rows:
        token = f" {row.target_token}" if row.target_token else ""
        state = "local" if row.available else "missing (summarizer models download " \
            f"{row.direction})"
        lines.append(f"{row.direction:<10} {row.spec.model}@{row.spec.revision}{token}  {state}")
    return "\n".join(lines)


def to_json(result: Result) -> str:
    """The JSON document the demo offers for download (the API's answer, indented)."""
    return json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n"


def to_text(result: Result) -> str:
    """`summarizer summarize` as text: title, languages, route, the summaries, notes, timings.

    Unrepaired flags are not here: the CLI prints them on standard error (`warnings_of`)."""
    lines = [f"Title:    {result.title}"] if result.title else []
    lines += [
        f"Language: {describe_detection(result)}",
        f"Target:   {result.target_language.english_name} ({result.target_language.value})",
        f"Method:   {result.method}",
    ]
    mix = describe_mix(result.detection)
    if mix:
        lines.insert(len(lines) - 2, f"Mix:      {mix}")
    if result.models:
        lines.append(f"Route:    {' -> '.join(result.models)}")
    lines += [f"Note:     {note}" for note in result.notes]
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
    if result.models:
        lines.append(f"- **Translation route:** {' → '.join(result.models)}")
    lines += [f"- **Timings:** {describe_timings(result)}", "",
              "## Short summary", "", result.short_summary, "",
              "## Long summary", "", result.long_summary]
    if result.translation is not None:
        lines += ["", "## Translation", "", result.translation]
    return "\n".join(lines) + "\n"
