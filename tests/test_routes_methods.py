"""Routes (translate-first / summarize-first) and methods (extractive / abstractive / auto),
through the CLI and the pipeline on the tiny models built in the session (tests/conftest.py)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from summarizer import Language, Pipeline, load_settings
from summarizer.cli import main
from summarizer.segment import split_sentences

ROOT = Path(__file__).resolve().parent.parent
ENGLISH = (
    "Officials opened a new bridge over the river on Monday.\n\n"
    "The bridge cost 40 million dollars and took three years to build, the city said.\n\n"
    "Drivers will save about twenty minutes on the trip to the airport, engineers estimate."
)


def _summarize(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict | str]:
    code = main(["summarize", *args, "--format", "json"])
    captured = capsys.readouterr()
    return code, json.loads(captured.out) if code == 0 else captured.err


@pytest.fixture(scope="module")
def tiny_pipeline(tiny_models: Path) -> Pipeline:
    return Pipeline(load_settings(tiny_models))


def test_method_abstractive_runs_end_to_end_on_tiny_models(tiny_models, tmp_path, capsys):
    article = tmp_path / "en.txt"
    article.write_text(ENGLISH, encoding="utf-8")
    code, data = _summarize(capsys, str(article), "--config", str(tiny_models),
                            "--method", "abstractive")
    assert code == 0
    assert data["method"] == "abstractive" and data["notes"] == []
    assert data["short_summary"] and data["long_summary"]


def test_method_auto_uses_the_abstractive_model_when_it_is_local(tiny_models, tmp_path, capsys):
    article = tmp_path / "en.txt"
    article.write_text(ENGLISH, encoding="utf-8")
    code, data = _summarize(capsys, str(article), "--config", str(tiny_models), "--method", "auto")
    assert code == 0 and data["method"] == "abstractive"


def test_method_auto_without_downloaded_models_falls_back_and_says_so(tmp_path, capsys,
                                                                       monkeypatch):
    monkeypatch.setenv("HF_HOME", str(tmp_path / "empty-hf-home"))
    monkeypatch.delenv("SUMMARIZER_MODELS", raising=False)
    code, data = _summarize(capsys, str(ROOT / "examples" / "news_en.txt"), "--method", "auto")
    assert code == 0
    assert data["method"] == "extractive"
    assert any("auto" in note and "extractive" in note for note in data["notes"])


def test_method_abstractive_without_the_model_names_the_download(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("HF_HOME", str(tmp_path / "empty-hf-home"))
    monkeypatch.delenv("SUMMARIZER_MODELS", raising=False)
    code, err = _summarize(capsys, str(ROOT / "examples" / "news_en.txt"),
                           "--method", "abstractive")
    assert code == 7
    assert "summarizer models download summary-en" in err and err.count("\n") == 1


def test_abstractive_kazakh_is_written_in_english_and_translated(tiny_pipeline):
    text = "Астанада жаңа көпір ашылды. Құрылыс үш жылға созылды."
    result = tiny_pipeline.run(text, method="abstractive")
    assert result.target_language == Language.KAZAKH
    assert (result.method, result.route, result.summary_language) == (
        "abstractive", "via-en", Language.ENGLISH)
    assert [Path(m).name for m in result.models] == ["kk-en", "en-kk"]
    assert result.notes and result.translation is None


def test_summarize_first_translates_only_the_summaries_and_keeps_short_inside_long(
        tiny_pipeline):
    text = (ROOT / "examples" / "news_kk.txt").read_text(encoding="utf-8")
    first = tiny_pipeline.run(text, target="ru", route="summarize-first")
    assert first.route == "summarize-first" and first.translation is None
    assert first.summary_language == Language.KAZAKH
    assert [Path(m).name for m in first.models] == ["kk-en", "en-ru"]
    # The short summary's translated sentences are reused in the long one: every word of the
    # short summary occurs in the long summary at least as often.
    short, long = Counter(first.short_summary.split()), Counter(first.long_summary.split())
    assert short and not short - long


def test_translate_first_gives_the_full_translation(tiny_pipeline):
    text = (ROOT / "examples" / "news_kk.txt").read_text(encoding="utf-8")
    result = tiny_pipeline.run(text, target="ru", route="translate-first")
    assert result.route == "translate-first" and result.summary_language == Language.RUSSIAN
    assert result.translation is not None
    assert result.translation.count("\n\n") == text.count("\n\n")


@pytest.mark.parametrize(("name", "expected"), [("news_kk.txt", "translate-first"),
                                                 ("long_kk.txt", "summarize-first")])
def test_auto_route_summarizes_first_only_long_articles(tiny_pipeline, name, expected):
    text = (ROOT / "examples" / name).read_text(encoding="utf-8")
    threshold = tiny_pipeline.settings.summary.summarize_first_words
    assert (len(text.split()) > threshold) == (expected == "summarize-first")
    assert tiny_pipeline.choose_route(text, Language.KAZAKH, Language.RUSSIAN, "auto") == expected


def test_summarize_first_is_refused_for_a_language_we_cannot_summarize(tiny_pipeline):
    from summarizer import UnsupportedLanguageError

    with pytest.raises(UnsupportedLanguageError, match="translate-first"):
        tiny_pipeline.run("Der Rat hat am Montag einen neuen Haushalt beschlossen.",
                          target="en", source="de", route="summarize-first")


def test_summary_sentences_come_from_the_source_when_summarizing_first(tiny_pipeline):
    text = (ROOT / "examples" / "news_en.txt").read_text(encoding="utf-8")
    result = tiny_pipeline.run(text, target="en")
    sentences = split_sentences(result.long_summary, "en")
    assert sentences and all(s in text for s in sentences)
