"""Extractive summaries: within their budgets, nested (short inside long), in document order, made
of the article's own sentences, never of its headline. No expected summary text is written down
here: each test checks a property that any correct summary must have."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from summarizer import Language, Length
from summarizer.config import DEFAULT_CONFIG, load_settings
from summarizer.structure import parse
from summarizer.summarize import ExtractiveSummarizer, Summary

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

SAMPLES = {"en": "news_en.txt", "ru": "news_ru.txt", "kk": "news_kk.txt"}


def _sample_params() -> list:
    params = []
    for code, name in SAMPLES.items():
        path = EXAMPLES / name
        marks = () if path.is_file() else pytest.mark.skip(reason=f"examples/{name} is not there")
        params.append(pytest.param(Language(code), path, id=code, marks=marks))
    return params


def _normalised(text: str) -> str:
    return " ".join(text.split())


def _positions(article: str, sentences: tuple[str, ...]) -> list[int]:
    """Where each sentence starts in the article (whitespace-normalised); -1 where it is absent."""
    flat = _normalised(article)
    return [flat.find(_normalised(sentence)) for sentence in sentences]


def _body(article: str, language: Language) -> list[str]:
    """The sentences a summary may quote: the body after the title, dateline and byline."""
    return [s.text for s in parse(article, language).body]


def _headings(article: str, language: Language) -> list[str]:
    parsed = parse(article, language)
    return [text for text in (parsed.title, parsed.dateline) if text] + [
        s.text for s in parsed.sentences if s.is_heading]


@pytest.fixture(scope="module")
def presets() -> tuple[Length, Length]:
    lengths = load_settings(DEFAULT_CONFIG).summary.lengths
    return lengths.short, lengths.long


@pytest.fixture(scope="module")
def summarizer() -> ExtractiveSummarizer:
    return ExtractiveSummarizer()


# --- the shipped samples with the models.yaml presets -----------------------------------------


def test_models_yaml_presets_are_the_documented_ones(presets: tuple[Length, Length]) -> None:
    short, long = presets
    assert (short.sentences, short.words) == (2, 60)
    assert (long.sentences, long.words) == (6, 200)


@pytest.mark.parametrize(("language", "path"), _sample_params())
def test_short_summary_of_sample_fits_two_sentences_and_sixty_words(
        language: Language, path: Path, summarizer: ExtractiveSummarizer,
        presets: tuple[Length, Length]) -> None:
    short, _ = summarizer.summarize(path.read_text(encoding="utf-8"), language, presets)
    assert 1 <= len(short.sentences) <= 2
    assert 0 < short.word_count <= 60


@pytest.mark.parametrize(("language", "path"), _sample_params())
def test_long_summary_of_sample_fits_six_sentences_and_two_hundred_words(
        language: Language, path: Path, summarizer: ExtractiveSummarizer,
        presets: tuple[Length, Length]) -> None:
    _, long = summarizer.summarize(path.read_text(encoding="utf-8"), language, presets)
    assert 1 <= len(long.sentences) <= 6
    assert 0 < long.word_count <= 200


@pytest.mark.parametrize(("language", "path"), _sample_params())
def test_long_summary_is_longer_than_short_summary(
        language: Language, path: Path, summarizer: ExtractiveSummarizer,
        presets: tuple[Length, Length]) -> None:
    short, long = summarizer.summarize(path.read_text(encoding="utf-8"), language, presets)
    assert len(long.sentences) > len(short.sentences)


@pytest.mark.parametrize(("language", "path"), _sample_params())
def test_every_short_summary_sentence_is_in_the_long_summary(
        language: Language, path: Path, summarizer: ExtractiveSummarizer,
        presets: tuple[Length, Length]) -> None:
    short, long = summarizer.summarize(path.read_text(encoding="utf-8"), language, presets)
    assert set(short.sentences) <= set(long.sentences)


@pytest.mark.parametrize(("language", "path"), _sample_params())
def test_summary_sentences_are_sentences_of_the_article(
        language: Language, path: Path, summarizer: ExtractiveSummarizer,
        presets: tuple[Length, Length]) -> None:
    article = path.read_text(encoding="utf-8")
    body = _body(article, language)
    for summary in summarizer.summarize(article, language, presets):
        assert all(position >= 0 for position in _positions(article, summary.sentences))
        assert all(sentence in body for sentence in summary.sentences)


@pytest.mark.parametrize(("language", "path"), _sample_params())
@pytest.mark.parametrize("spec", ["2", "6", "80w", "25%", "100%"])
def test_summary_sentences_come_out_in_document_order(
        language: Language, path: Path, spec: str, summarizer: ExtractiveSummarizer) -> None:
    article = path.read_text(encoding="utf-8")
    (summary,) = summarizer.summarize(article, language, [Length.parse(spec)])
    positions = _positions(article, summary.sentences)
    assert positions == sorted(positions)
    assert len(set(positions)) == len(positions)


@pytest.mark.parametrize(("language", "path"), _sample_params())
@pytest.mark.parametrize("spec", ["1", "3", "80w", "25%", "100%"])
def test_headline_is_never_a_summary_sentence(
        language: Language, path: Path, spec: str, summarizer: ExtractiveSummarizer) -> None:
    article = path.read_text(encoding="utf-8")
    headings = _headings(article, language)
    assert headings, "the sample should start with a headline"
    (summary,) = summarizer.summarize(article, language, [Length.parse(spec)])
    assert not set(summary.sentences) & set(headings)


def test_headline_is_left_out_even_when_it_repeats_the_body(
        summarizer: ExtractiveSummarizer) -> None:
    article = ("Grain terminal opens in Aktau port\n\n"
               "A grain terminal opens in the Aktau port this week. Grain exporters welcomed the "
               "terminal at the port. The Aktau terminal will load grain for Baku. Officials say "
               "the port will grow.")
    for summary in summarizer.summarize(article, Language.ENGLISH,
                                        [Length(sentences=1), Length(ratio=1.0)]):
        assert "Grain terminal opens in Aktau port" not in summary.sentences


# --- overrides --------------------------------------------------------------------------------


@pytest.mark.parametrize(("language", "path"), _sample_params())
def test_sentence_count_override_gives_that_many_sentences(
        language: Language, path: Path, summarizer: ExtractiveSummarizer) -> None:
    (summary,) = summarizer.summarize(path.read_text(encoding="utf-8"), language,
                                      [Length.parse("3")])
    assert len(summary.sentences) == 3


@pytest.mark.parametrize(("language", "path"), _sample_params())
def test_word_budget_override_is_honoured(
        language: Language, path: Path, summarizer: ExtractiveSummarizer) -> None:
    (summary,) = summarizer.summarize(path.read_text(encoding="utf-8"), language,
                                      [Length.parse("80w")])
    assert 0 < summary.word_count <= 80


@pytest.mark.parametrize(("language", "path"), _sample_params())
def test_ratio_override_caps_the_share_of_sentences(
        language: Language, path: Path, summarizer: ExtractiveSummarizer) -> None:
    article = path.read_text(encoding="utf-8")
    (summary,) = summarizer.summarize(article, language, [Length.parse("25%")])
    limit = math.ceil(0.25 * len(_body(article, language)))
    assert 1 <= len(summary.sentences) <= limit
    assert len(summary.sentences) > 2  # a quarter of a news article is more than the short preset


@pytest.mark.parametrize(("language", "path"), _sample_params())
def test_tightest_of_several_limits_wins(
        language: Language, path: Path, summarizer: ExtractiveSummarizer) -> None:
    (summary,) = summarizer.summarize(path.read_text(encoding="utf-8"), language,
                                      [Length(sentences=5, words=50)])
    assert len(summary.sentences) <= 5
    assert summary.word_count <= 50


@pytest.mark.parametrize(("language", "path"), _sample_params())
def test_summaries_nest_for_any_increasing_lengths(
        language: Language, path: Path, summarizer: ExtractiveSummarizer) -> None:
    lengths = [Length(sentences=1), Length.parse("60w"), Length.parse("4"), Length.parse("40%")]
    summaries = summarizer.summarize(path.read_text(encoding="utf-8"), language, lengths)
    assert len(summaries) == len(lengths)
    for smaller, larger in zip(summaries, summaries[1:], strict=False):
        assert set(smaller.sentences) <= set(larger.sentences)


@pytest.mark.parametrize(("language", "path"), _sample_params())
def test_summary_is_the_same_on_every_run(
        language: Language, path: Path, summarizer: ExtractiveSummarizer,
        presets: tuple[Length, Length]) -> None:
    article = path.read_text(encoding="utf-8")
    assert summarizer.summarize(article, language, presets) == \
        ExtractiveSummarizer().summarize(article, language, presets)


# --- short texts and edge cases ---------------------------------------------------------------

SHORT_ARTICLE = """Library opens in Aktau

The city opened a new library on Monday. It holds ten thousand books in three languages.
Children can borrow them for free.
"""


def test_text_shorter_than_the_budget_comes_back_whole_in_order(
        summarizer: ExtractiveSummarizer) -> None:
    body = _body(SHORT_ARTICLE, Language.ENGLISH)
    assert len(body) == 3
    (summary,) = summarizer.summarize(SHORT_ARTICLE, Language.ENGLISH,
                                      [Length(sentences=6, words=200)])
    assert list(summary.sentences) == body


def test_two_sentence_text_is_its_own_short_summary(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    text = "The council met on Monday evening. It approved the new school budget."
    short, long = summarizer.summarize(text, Language.ENGLISH, presets)
    assert list(short.sentences) == list(long.sentences) == _body(text, Language.ENGLISH)


def test_one_sentence_of_one_hundred_words_is_shortened_never_returned_whole(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    # issue 10: a sentence over the word limit is shortened at a boundary and marked, with a note.
    words = [f"word{i}" for i in range(98)]
    sentence = "The " + " ".join(words) + " ended."
    assert len(sentence.split()) == 100
    short, long = summarizer.summarize(sentence, Language.ENGLISH, presets)
    assert 0 < short.word_count <= 60
    assert short.text.endswith("…")
    assert sentence.startswith(short.text[:-1])
    assert any("shortened" in note for note in short.notes)
    assert short.word_count <= long.word_count <= 200


def test_summary_text_joins_its_sentences_and_counts_their_words() -> None:
    summary = Summary(("One two three.", "Four five."))
    assert summary.text == "One two three. Four five."
    assert summary.word_count == 5
    assert Summary(()).text == ""



@pytest.mark.parametrize("text", ["Yes. No. Maybe. Perhaps so.", "Stop. Go. Wait. Run. Hide."],
                         ids=["answers", "commands"])
def test_text_of_only_short_fragments_still_gets_a_non_empty_summary(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length], text: str) -> None:
    short, long = summarizer.summarize(text, Language.ENGLISH, presets)
    assert short.sentences
    assert set(short.sentences) <= set(long.sentences)
    assert all(sentence in _body(text, Language.ENGLISH) for sentence in short.sentences)


def test_word_budget_only_fragments_fit_still_gives_a_full_sentence(
        summarizer: ExtractiveSummarizer) -> None:
    text = ("Yes. The council approved a very large budget on Monday evening. Everyone in the "
            "city was glad about it.")
    (summary,) = summarizer.summarize(text, Language.ENGLISH, [Length(words=5)])
    assert len(summary.sentences) == 1
    assert summary.sentences[0] != "Yes."
