"""Plain-text and Markdown renderings of a Result, shared by the CLI and the web demo."""

from __future__ import annotations

from .pipeline import Result


def describe_detection(result: Result) -> str:
    detection = result.detection
    note = "" if detection.reliable else " (unsure: check the text or name the language)"
    return (f"{detection.language.english_name} ({detection.language.value}), "
            f"confidence {detection.confidence:.0%}{note}")


def describe_timings(result: Result) -> str:
    return ", ".join(f"{stage} {seconds:.2f} s" for stage, seconds in result.timings.items())


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
