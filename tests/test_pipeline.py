"""The pipeline offline: detection and extractive summaries wired into one Result whose JSON shape
the CLI and the demo share. No translation model is involved: every run here stays in the text's
own language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer import (
    Detection,
    InputError,
    Language,
    LanguageError,
    Length,
    Pipeline,
    Result,
    UnsupportedLanguageError,
)
from summarizer.config import ENV_VAR
from summarizer.summarize import ExtractiveSummarizer

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

JSON_KEYS = {
    "detected_language", "confidence", "reliable", "target_language", "translation", "translation_route",
    "short_summary", "long_summary", "method", "route", "summary_language", "notes", "timings",
    # the document as a whole (issues 12-16): headline, where it came from, language mix, guard
    "title", "source", "script", "languages", "segments", "flags",
}
KAZAKH_TEXT = (
    "Астанада жаңа кітапхана ашылды\n\n"
    "Бүгін Астанада жаңа қалалық кітапхана ашылды. Онда қазақ, орыс және ағылшын тілдеріндегі "
    "елу мың кітап бар. Оқырмандар кітапханаға тегін жазыла алады. Кітапхана күн сайын таңғы "
    "тоғыздан кешкі сегізге дейін жұмыс істейді."
)


class _DetectorThatMustNotRun:
    """Stands in for the detector where a test proves detection is skipped."""

    def detect(self, text: str) -> Detection:
        raise AssertionError("the detector was called although the source language was given")


@pytest.fixture(autouse=True)
def _no_env_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_config()


@pytest.fixture(scope="module")
def english_result(pipeline: Pipeline) -> Result:
    return pipeline.run((EXAMPLES / "news_en.txt").read_text(encoding="utf-8"))


# --- a run in the text's own language ---------------------------------------------------------


def test_run_returns_a_result_with_the_detected_language(english_result: Result) -> None:
    assert isinstance(english_result, Result)
    assert english_result.detection.language is Language.ENGLISH
    assert english_result.source_language is Language.ENGLISH
    assert 0.0 <= english_result.detection.confidence <= 1.0


def test_target_defaults_to_the_source_language_without_translation(
        english_result: Result) -> None:
    assert english_result.target_language == english_result.detection.language
    assert english_result.translation is None
    assert english_result.models == ()


def test_both_summaries_are_non_empty_and_the_short_one_is_shorter(
        english_result: Result) -> None:
    assert english_result.short_summary.strip()
    assert english_result.long_summary.strip()
    assert len(english_result.short_summary.split()) < len(english_result.long_summary.split())
    assert english_result.method == "extractive"


def test_summaries_are_those_of_the_extractive_summarizer_with_the_presets(
        pipeline: Pipeline, english_result: Result) -> None:
    text = (EXAMPLES / "news_en.txt").read_text(encoding="utf-8")
    lengths = pipeline.settings.summary.lengths
    short, long = ExtractiveSummarizer().summarize(text, Language.ENGLISH,
                                                   [lengths.short, lengths.long])
    assert english_result.short_summary == short.text
    assert english_result.long_summary == long.text


def test_timings_cover_detect_summarize_and_total(english_result: Result) -> None:
    timings = english_result.timings
    assert {"detect", "summarize", "total"} <= set(timings)
    assert all(seconds >= 0 for seconds in timings.values())
    assert timings["total"] >= max(timings["detect"], timings["summarize"])


@pytest.mark.parametrize(("name", "language"), [
    ("news_ru.txt", Language.RUSSIAN), ("news_kk.txt", Language.KAZAKH),
], ids=["ru", "kk"])
def test_russian_and_kazakh_samples_summarise_in_their_own_language(
        pipeline: Pipeline, name: str, language: Language) -> None:
    path = EXAMPLES / name
    if not path.is_file():
        pytest.skip(f"examples/{name} is not there")
    result = pipeline.run(path.read_text(encoding="utf-8"))
    assert result.detection.language is language
    assert result.target_language is language
    assert result.translation is None
    assert result.short_summary and result.long_summary


# --- the JSON shape ---------------------------------------------------------------------------


def test_to_dict_has_exactly_the_documented_json_keys(english_result: Result) -> None:
    assert set(english_result.to_dict()) == JSON_KEYS


def test_to_dict_values_are_plain_json(english_result: Result) -> None:
    data = json.loads(json.dumps(english_result.to_dict()))
    assert data["detected_language"] == "en"
    assert data["target_language"] == "en"
    assert data["translation"] is None
    assert data["translation_route"] == []
    assert data["short_summary"] == english_result.short_summary
    assert data["long_summary"] == english_result.long_summary
    assert data["method"] == "extractive"
    assert isinstance(data["confidence"], float)
    assert {"detect", "summarize", "total"} <= set(data["timings"])


# --- options ----------------------------------------------------------------------------------


@pytest.mark.parametrize("source", ["kk", Language.KAZAKH, "Kazakh", "Қазақша"])
def test_named_source_language_skips_detection(source: str | Language) -> None:
    pipeline = Pipeline(detector=_DetectorThatMustNotRun())  # type: ignore[arg-type]
    result = pipeline.run(KAZAKH_TEXT, source=source)
    assert result.detection.language is Language.KAZAKH
    assert result.detection.confidence == 1.0
    assert result.target_language is Language.KAZAKH
    assert result.short_summary


def test_named_source_summarises_text_too_short_to_detect() -> None:
    pipeline = Pipeline()
    with pytest.raises(LanguageError):
        pipeline.run("ok")
    assert pipeline.run("ok", source="en").short_summary == "ok"


def test_length_overrides_reach_the_summarizer(pipeline: Pipeline) -> None:
    text = (EXAMPLES / "news_en.txt").read_text(encoding="utf-8")
    result = pipeline.run(text, short=Length(sentences=1), long=Length(words=80))
    short, long = ExtractiveSummarizer().summarize(text, Language.ENGLISH,
                                                   [Length(sentences=1), Length(words=80)])
    assert result.short_summary == short.text
    assert result.long_summary == long.text
    assert len(result.long_summary.split()) <= 80


def test_target_equal_to_the_source_needs_no_translation(pipeline: Pipeline) -> None:
    result = pipeline.run(KAZAKH_TEXT, target="kk")
    assert result.target_language is Language.KAZAKH
    assert result.translation is None


def test_env_var_config_reaches_the_pipeline(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "models.yaml"
    config.write_text("detection:\n  min_letters: 500\n", encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, str(config))
    pipeline = Pipeline.from_config()
    assert pipeline.settings.path == config
    with pytest.raises(LanguageError, match="too little"):
        pipeline.detect("The council approved the budget on Monday.")


# --- errors -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t \n"], ids=["empty", "spaces", "blank-lines"])
def test_empty_or_whitespace_text_raises_input_error(pipeline: Pipeline, text: str) -> None:
    with pytest.raises(InputError, match="empty"):
        pipeline.run(text)


def test_non_text_input_raises_input_error(pipeline: Pipeline) -> None:
    with pytest.raises(InputError):
        pipeline.run(b"bytes are not text")  # type: ignore[arg-type]


@pytest.mark.parametrize("target", ["de", "xx", "German"])
def test_unsupported_target_raises_unsupported_language_error(
        pipeline: Pipeline, english_result: Result, target: str) -> None:
    text = (EXAMPLES / "news_en.txt").read_text(encoding="utf-8")
    with pytest.raises(UnsupportedLanguageError) as info:
        pipeline.run(text, target=target)
    assert "en, ru, kk" in str(info.value)
    assert info.value.exit_code == 5


def test_unknown_source_code_raises_unsupported_language_error(pipeline: Pipeline) -> None:
    with pytest.raises(UnsupportedLanguageError):
        pipeline.run(KAZAKH_TEXT, source="xx")


def test_text_in_a_language_that_is_not_a_target_asks_for_a_target(pipeline: Pipeline) -> None:
    german = ("Die Stadt hat am Montag eine neue Bibliothek eröffnet. Sie hat zehntausend Bücher "
              "und ist jeden Tag geöffnet.")
    with pytest.raises(UnsupportedLanguageError, match="choose a target language: en, ru, kk"):
        pipeline.run(german)


def test_text_without_letters_raises_language_error(pipeline: Pipeline) -> None:
    with pytest.raises(LanguageError):
        pipeline.run("12345 !!! 3.14")
