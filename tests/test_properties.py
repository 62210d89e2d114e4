"""Property tests (Hypothesis) for what the library promises on any input at all:

* no exception escapes but the project's own `SummarizerError` family;
* the short summary is a part of the long one (a sentence in it may be a shortened
  form of one in the long), and never longer;
* every length limit that is set is kept, even when a single sentence is over it;
* summary sentences come from the input (their words, in order, are the input's).

Inputs mix real sentences in English, Russian and Kazakh with the mess real exports carry: lone
surrogates, NULs and other control characters, zero-width characters, unpunctuated runs, odd
whitespace.
"""

from __future__ import annotations

import re

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from summarizer import Language, Length, Pipeline, SummarizerError  # noqa: E402
from summarizer.summarize import ExtractiveSummarizer  # noqa: E402

SENTENCES = {
    Language.ENGLISH: [
        "The city council approved the new bus routes on Monday.",
        "Fares will stay at 150 tenge until the end of the year.",
        "Residents had asked for a night service for years.",
        "The first buses will run from the railway station to the airport.",
        "However, the opposition called the plan too expensive.",
    ],
    Language.RUSSIAN: [
        "Городской совет в понедельник утвердил новые автобусные маршруты.",
        "Стоимость проезда останется прежней до конца года.",
        "Жители несколько лет просили ввести ночные рейсы.",
        "Первые автобусы пойдут от вокзала до аэропорта.",
        "Однако оппозиция назвала план слишком дорогим.",
    ],
    Language.KAZAKH: [
        "Қалалық кеңес дүйсенбі күні жаңа автобус бағыттарын бекітті.",
        "Жол ақысы жыл соңына дейін өзгермейді.",
        "Тұрғындар түнгі рейстерді бірнеше жыл бойы сұраған.",
        "Алғашқы автобустар вокзалдан әуежайға дейін қатынайды.",
        "Бұл жоспарды кейбір депутаттар тым қымбат деп атады.",
    ],
}
NOISE = ["\ud83d", "\x00", "\x07", "\u200b", "\ufeff", "\u00a0", "\n", "\n\n", "\t", "  ",
         "«", "»", "“", "—", "...", "1.", "•", "e\u0301"]

lengths = st.one_of(
    st.builds(Length, sentences=st.integers(1, 8)),
    st.builds(Length, words=st.integers(1, 120)),
    st.builds(Length, ratio=st.floats(0.05, 1.0)),
    st.builds(Length, sentences=st.integers(1, 8), words=st.integers(1, 120)),
)


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, Language]:
    language = draw(st.sampled_from(list(SENTENCES)))
    parts = draw(st.lists(st.one_of(st.sampled_from(SENTENCES[language]), st.sampled_from(NOISE),
                                    st.text(max_size=30)), min_size=0, max_size=40))
    joiners = draw(st.lists(st.sampled_from([" ", "\n", "\n\n", ""]), min_size=len(parts),
                            max_size=len(parts)))
    return "".join(p + j for p, j in zip(parts, joiners)), language


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _is_subsequence(part: list[str], whole: list[str]) -> bool:
    """Every word of `part`, in order, in `whole`: a picked sentence, or one shortened by
    dropping a clause or a parenthetical, or a list rendered compactly, comes from the input."""
    remaining = iter(whole)
    return all(word in remaining for word in part)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_config()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article=articles(), short=lengths, long=lengths, give_source=st.booleans())
def test_run_raises_only_our_errors_and_keeps_short_within_long(
        pipeline: Pipeline, article: tuple[str, Language], short: Length, long: Length,
        give_source: bool) -> None:
    text, language = article
    try:
        result = pipeline.run(text, source=language if give_source else None, short=short,
                              long=long)
    except SummarizerError:
        return
    assert len(result.short_summary.split()) <= len(result.long_summary.split())
    assert "\x00" not in result.short_summary + result.long_summary
    result.long_summary.encode("utf-8")  # no lone surrogate survives
    if short.words is not None:
        assert len(result.short_summary.split()) <= short.words
    if long.words is not None:
        assert len(result.long_summary.split()) <= max(long.words, len(
            result.short_summary.split()))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article=articles(), short=lengths, long=lengths)
def test_extractive_limits_nesting_and_provenance(article: tuple[str, Language], short: Length,
                                                   long: Length) -> None:
    text, language = article
    text = text.encode("utf-8", "replace").decode("utf-8")  # the pipeline cleans this first
    text = re.sub(r"[\x00-\x08\x0b-\x1f]", "", text)
    try:
        short_summary, long_summary = ExtractiveSummarizer().summarize(text, language,
                                                                       [short, long])
    except SummarizerError:
        return
    for sentence in short_summary.sentences:
        # In the long one: whole, or a part of it (shortened with "…", at the end or, when a
        # Kazakh cut keeps the final verb, inside; a quotation kept to what fits, and closed).
        assert sentence in long_summary.sentences or _is_subsequence(
            _words(sentence), _words(" ".join(long_summary.sentences))
        ), (sentence, long_summary.sentences)
    for summary, length in ((short_summary, short), (long_summary, long)):
        if length.sentences is not None:
            assert len(summary.sentences) <= max(length.sentences, len(short_summary.sentences))
        if length.words is not None and summary is short_summary:
            assert summary.word_count <= length.words
        source = _words(text)
        for sentence in summary.sentences:
            assert _is_subsequence(_words(sentence), source), sentence


def test_a_dropped_item_marker_does_not_capitalise_a_letter_into_two() -> None:
    """Found by `test_extractive_limits_nesting_and_provenance`: "1. ß The city council …" lost
    its item marker and its "ß" was capitalised into "SS", a word the text never had."""
    text = "1. ß The city council approved the new bus routes on Monday. "
    short, _ = ExtractiveSummarizer().summarize(text, Language.ENGLISH,
                                                [Length(sentences=1), Length(sentences=1)])
    for sentence in short.sentences:
        assert _is_subsequence(_words(sentence), _words(text)), sentence
