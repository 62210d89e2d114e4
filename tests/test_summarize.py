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
from summarizer.summarize import (
    _TABLE_ROW,
    ExtractiveSummarizer,
    RankerWeights,
    Summary,
    _here_named,
)
from summarizer.units import opens_with_reference, quote_balance

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

SAMPLES = {"en": "news_en.txt", "ru": "news_ru.txt", "kk": "news_kk.txt"}


def _short(text: str, language: Language = Language.ENGLISH, sentences: int = 2,
           **weights: int) -> tuple[str, ...]:
    """The sentences of a first summary of at most `sentences` sentences and 60 words."""
    summarizer = ExtractiveSummarizer(RankerWeights(**weights))
    (short,) = summarizer.summarize(text, language, [Length(sentences=sentences, words=60)])
    return short.sentences


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
    assert (long.sentences, long.words) == (10, 200)  # issue 13: scaled to the article


@pytest.mark.parametrize(("language", "path"), _sample_params())
def test_short_summary_of_sample_fits_two_sentences_and_sixty_words(
        language: Language, path: Path, summarizer: ExtractiveSummarizer,
        presets: tuple[Length, Length]) -> None:
    short, _ = summarizer.summarize(path.read_text(encoding="utf-8"), language, presets)
    assert 1 <= len(short.sentences) <= 2
    assert 0 < short.word_count <= 60


@pytest.mark.parametrize(("language", "path"), _sample_params())
def test_long_summary_of_sample_fits_the_preset_sentences_and_words(
        language: Language, path: Path, summarizer: ExtractiveSummarizer,
        presets: tuple[Length, Length]) -> None:
    _, long = summarizer.summarize(path.read_text(encoding="utf-8"), language, presets)
    assert 1 <= len(long.sentences) <= presets[1].sentences
    assert 0 < long.word_count <= presets[1].words


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


# --- news as people paste it (issue 13) -------------------------------------------------------

DATA = ROOT / "benchmarks" / "data" / "summaries"


def _summaries_of(language: str, name: str, presets: tuple[Length, Length]) -> list:
    """The short and long summaries of a reference article (`DATA`), as users get them."""
    text = (DATA / language / f"{name}.txt").read_text(encoding="utf-8")
    return ExtractiveSummarizer().summarize(text, Language(language), list(presets))

PASTED = """Parliament passes the 2027 budget after three days of debate
NEW YORK (AP) — The lower house of parliament voted on Tuesday to pass the 2027 budget, which \
raises spending on schools and roads. The vote was 250 to 120.

The budget now goes to the senate, which is expected to approve it next week. Opposition \
leaders said the plan borrows too much.

"We cannot keep borrowing. The debt will fall on our children," said Anna Reyes, who leads the \
opposition. The finance minister disagreed.

The main measures are:
- higher pensions
- cheaper bus fares
- 12 new schools

They will take effect in January. Economists expect growth of 2.5 percent next year.
"""


def _all_lengths() -> list[list[Length]]:
    return [[Length(sentences=1)], [Length(sentences=2, words=60), Length(sentences=6, words=200)],
            [Length(words=25)], [Length.parse("3")], [Length(ratio=1.0)]]


def test_pasted_headline_and_dateline_are_in_no_summary_and_the_title_is_known(
        summarizer: ExtractiveSummarizer) -> None:
    title = "Parliament passes the 2027 budget after three days of debate"
    assert parse(PASTED, "en").title == title
    for lengths in _all_lengths():
        for summary in summarizer.summarize(PASTED, Language.ENGLISH, lengths):
            assert "Parliament passes" not in summary.text
            assert "NEW YORK" not in summary.text and "(AP)" not in summary.text
            assert summary.sentences


def test_no_summary_ends_with_a_colon_leaves_a_quote_open_or_dangles(
        summarizer: ExtractiveSummarizer) -> None:
    body = [s.text for s in parse(PASTED, "en").body]
    for lengths in _all_lengths():
        for summary in summarizer.summarize(PASTED, Language.ENGLISH, lengths):
            assert not any(s.endswith(":") for s in summary.sentences)
            assert not quote_balance(summary.text)
            for sentence in summary.sentences:
                if opens_with_reference(sentence, "en") and sentence in body:
                    assert body[body.index(sentence) - 1] in summary.sentences, sentence


def test_picked_dependent_sentence_comes_with_the_sentence_it_leans_on(
        summarizer: ExtractiveSummarizer) -> None:
    # The headline matches the dependent sentence best, so the ranker wants it.
    text = ("Эти средства пойдут на ремонт школ\n\n"
            "Правительство выделило 40 млрд тенге регионам. Эти средства пойдут на ремонт школ "
            "и больниц. Погода в столице была тёплой. Футбольный клуб выиграл матч. "
            "Театр показал новую пьесу. Цены на хлеб не изменились.")
    for lengths in ([Length(sentences=2)], [Length(sentences=3)], [Length(words=20)]):
        (summary,) = summarizer.summarize(text, Language.RUSSIAN, lengths)
        if "Эти средства пойдут на ремонт школ и больниц." in summary.sentences:
            assert "Правительство выделило 40 млрд тенге регионам." in summary.sentences


def test_lead_over_the_short_limit_is_shortened_not_skipped(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    lead = ("The regional government of North Kazakhstan, which has been criticised for slow "
            "flood preparations in past years, announced on Friday in Petropavl that more than "
            "3,100 people had been evacuated from 17 villages along the Ishim River, where the "
            "water rose by 1.3 meters in less than a day, as rescuers used boats, army trucks "
            "and even "
            "two helicopters to move elderly residents to schools and sports halls.")
    assert len(lead.split()) > 60
    text = (f"Floods in the north\n\n{lead} Schools were turned into shelters. Roads were closed "
            "south of the city. Volunteers filled sandbags all night. The peak is expected on "
            "Sunday.")
    short, long = summarizer.summarize(text, Language.ENGLISH, presets)
    assert 0 < short.word_count <= 60
    first = short.sentences[0]
    assert first.startswith("The regional government of North Kazakhstan")
    assert "3,100 people" in first  # the who/what/where survived the cut
    assert any("shortened" in note for note in short.notes)
    assert long.word_count >= short.word_count
    assert long.sentences[0] == lead  # the long summary has room for it whole: no note there
    assert not any("shortened" in note for note in long.notes)


def test_a_longer_summary_asked_with_a_smaller_limit_repeats_the_shorter_one_with_a_note(
        summarizer: ExtractiveSummarizer) -> None:
    short, long = summarizer.summarize(PASTED, Language.ENGLISH,
                                       [Length(sentences=5), Length(sentences=1)])
    assert len(short.sentences) == 5
    assert long.sentences == short.sentences
    assert any("smaller than the one before" in note for note in long.notes)
    assert not any("smaller than the one before" in note for note in short.notes)


def test_one_word_limit_gives_one_word_not_a_whole_sentence(
        summarizer: ExtractiveSummarizer) -> None:
    (summary,) = summarizer.summarize(PASTED, Language.ENGLISH, [Length(words=1)])
    assert summary.word_count == 1
    assert summary.text.endswith("…")


@pytest.mark.parametrize(("language", "name"), [("en", "07"), ("ru", "09"), ("kk", "10")])
def test_long_summary_of_a_long_article_grows_with_it_and_reaches_its_second_half(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length], language: str,
        name: str) -> None:
    text = (DATA / language / f"{name}.txt").read_text(encoding="utf-8")
    body = [s.text for s in parse(text, language).body]
    words = sum(len(s.split()) for s in body)
    assert words > 500
    _, long = summarizer.summarize(text, Language(language), presets)
    assert long.word_count >= 0.15 * words or len(long.sentences) == presets[1].sentences
    assert long.word_count <= presets[1].words
    assert max(body.index(s) for s in long.sentences) >= len(body) // 2


def test_very_long_text_ranks_only_its_beginning_and_says_so() -> None:
    sentences = [f"Village number {i} reported {i % 7} new wells and {i % 5} schools." for i in
                 range(300)]
    text = " ".join(sentences)
    summarizer = ExtractiveSummarizer(RankerWeights(max_units=100))
    short, long = summarizer.summarize(text, Language.ENGLISH,
                                       [Length(sentences=2), Length(sentences=6)])
    assert any("first 100 of 300" in note for note in short.notes)
    assert all(sentences.index(s) < 100 for s in long.sentences)


def _sentences_document(count: int) -> str:
    words = "budget school road river bridge council farm grain price port wheat city".split()
    sentences = [f"The {words[i % 12]} of district {i} met the {words[(i * 7) % 12]} plan "
                 f"number {i % 97} on day {i % 31}." for i in range(count)]
    return "\n\n".join(" ".join(sentences[i:i + 5]) for i in range(0, count, 5))


def test_summarizing_cost_grows_about_linearly_with_the_number_of_sentences() -> None:
    """Four times the sentences may cost at most about four times the CPU, not sixteen (an
    n x n similarity matrix). A ratio measured side by side, so the machine's load cancels out;
    the absolute figure (10,000 sentences <= 1 s) is benchmarks/eval_summaries.py --speed's."""
    import time

    summarizer = ExtractiveSummarizer()
    lengths = [Length(sentences=2, words=60), Length(sentences=6, words=200)]

    def cpu(count: int) -> float:
        text = _sentences_document(count)
        best = float("inf")
        for _ in range(2):
            start = time.process_time()  # CPU time: the test machine is shared
            short, long = summarizer.summarize(text, Language.ENGLISH, lengths)
            best = min(best, time.process_time() - start)
            assert short.sentences and long.word_count <= 200
        return best

    small, large = cpu(2_500), cpu(10_000)
    assert large < 7 * small, (small, large)


FEATURE_EN = """Floods force 3,100 people from their homes in Petropavl
It was a cold grey morning in Kyzylzhar when the first boats came down the flooded street. \
Emergency officials said on Friday that more than 3,100 people had been forced from their homes \
by floods in the North Kazakhstan region. Water entered 840 houses in 17 villages. Roads south of \
the city were closed. Volunteers filled sandbags through the night. The river is expected to peak \
on Sunday.
"""

CONTEXT_KK = """Қостанайда жаңа астық терминалы ашылды

Соңғы жылдары өңірде астық өндірісі жыл сайын артып келеді. Қостанай облысында қуаты 200 мың \
тонна болатын жаңа астық терминалы ашылды. Терминал құрылысына 12 млрд теңге жұмсалды. Жаңа \
нысанда 150 адам жұмыс істейді. Астық теміржол арқылы Қытайға жөнелтіледі. Келесі жылы тағы бір \
қойма салынады.
"""

CONTEXT_RU = """В Павлодаре открыли новый мост через Иртыш

В последние годы город быстро растёт, и старые переправы не справляются с потоком машин. \
В Павлодаре открыли новый мост через Иртыш длиной 1,2 км. Строительство обошлось в 32 млрд \
тенге. Мост соединил город с дачными массивами. Движение по нему открыто круглосуточно. \
Старый мост закроют на ремонт.
"""


@pytest.mark.parametrize(("language", "text", "news"), [
    ("en", FEATURE_EN, "Emergency officials said on Friday"),
    ("kk", CONTEXT_KK, "Қостанай облысында қуаты 200 мың"),
    ("ru", CONTEXT_RU, "В Павлодаре открыли новый мост"),
], ids=["en-feature-opening", "kk-context-first", "ru-context-first"])
def test_scene_setting_or_context_first_opening_gives_way_to_the_news(
        summarizer: ExtractiveSummarizer, language: str, text: str, news: str) -> None:
    (one,) = summarizer.summarize(text, Language(language), [Length(sentences=1)])
    assert one.sentences[0].startswith(news)
    short, _ = summarizer.summarize(text, Language(language),
                                    [Length(sentences=2, words=60), Length(sentences=6, words=200)])
    assert any(sentence.startswith(news) for sentence in short.sentences)


def test_news_first_article_keeps_its_first_sentence_as_the_lead(
        summarizer: ExtractiveSummarizer) -> None:
    text = CONTEXT_RU.replace("В последние годы город быстро растёт, и старые переправы не "
                              "справляются с потоком машин. ", "")
    (one,) = summarizer.summarize(text, Language.RUSSIAN, [Length(sentences=1)])
    assert one.sentences[0].startswith("В Павлодаре открыли новый мост")


# --- digests and what happens next ------------------------------------------------------------

_NOUNS = ("cable pylon asphalt railing lamp drain bolt girder ramp kerb sign paint tunnel "
          "toll meter sensor camera barrier bench tree fence gate tower crane truck barge "
          "permit audit tender bond loan grant lease fee wage pension tariff quota levy "
          "harvest barley cotton melon apricot cattle sheep horse wool milk cheese honey").split()


_VERBS = ("needs", "lacks", "brings", "replaces", "joins", "follows", "beats", "covers", "sets",
          "moves", "holds", "keeps", "adds", "opens", "turns", "drops")


def _details(topic: str, number: int, offset: int) -> str:
    """`number` sentences of detail that share no content word with each other (so none
    repeats another and only position tells them apart)."""
    return " ".join(f"The {_NOUNS[offset + 3 * k]} {_VERBS[k]} {_NOUNS[offset + 3 * k + 1]} "
                    f"and {_NOUNS[offset + 3 * k + 2]} ({topic})." for k in range(number))


def test_a_digest_summary_takes_the_lead_of_each_story_not_one_story_in_depth(
        presets: tuple[Length, Length]) -> None:
    text = ("Business briefing\n\nAIRLINE ADDS ROUTE\n\nAn airline will fly from Astana to Seoul "
            f"from April. {_details('airline', 5, 0)}\n\nGRAIN EXPORTS RISE\n\nGrain exports hit "
            f"a monthly record in January. {_details('grain', 5, 15)}\n\nBANKS MERGE\n\nTwo "
            f"regional banks agreed to merge into one lender. {_details('bank', 5, 30)}")
    _, long = ExtractiveSummarizer().summarize(text, Language.ENGLISH, presets)
    for lead in ("An airline will fly", "Grain exports hit", "Two regional banks"):
        assert any(s.startswith(lead) for s in long.sentences), lead
    plain = ExtractiveSummarizer().summarize(text.replace("\n\nGRAIN EXPORTS RISE", "").replace(
        "\n\nBANKS MERGE", ""), Language.ENGLISH, presets)[1]
    assert not any(s.startswith("Two regional banks") for s in plain.sentences)


def test_the_long_summary_tells_what_happens_next_when_the_article_does(
        presets: tuple[Length, Length]) -> None:
    facts = _details("bridge", 16, 0)
    text = ("Bridge opens\n\nA new bridge over the Ural river opened in Oral on Monday. "
            f"{facts}\n\nThe city plans to build a second bridge in the north next year.")
    # (in the languages that cover roles: by default not English, `cover_languages`)
    for roles, languages, expected in ((1, ("en",), True), (0, ("en",), False),
                                       (1, RankerWeights().cover_languages, False)):
        summarizer = ExtractiveSummarizer(RankerWeights(cover_roles=roles,
                                                        cover_roles_from_words=100,
                                                        cover_languages=languages))
        _, long = summarizer.summarize(text, Language.ENGLISH, presets)
        assert any("second bridge" in s for s in long.sentences) is expected


def test_an_english_long_summary_tells_what_happens_next_when_it_has_its_date(
        presets: tuple[Length, Length]) -> None:
    """Blind pairwise, English long summaries of rounds 170-175 (39 to 21): with the roles
    left out in English, a next step with its day still comes ("…will hear the case on March
    8"), one with none does not."""
    facts = _details("bridge", 16, 0)
    for step, dated in (("The city council will vote on a second bridge on March 8.", True),
                        ("The city plans to build a second bridge in the north next year.",
                         False)):
        text = ("Bridge opens\n\nA new bridge over the Ural river opened in Oral on Monday. "
                f"{facts}\n\n{step}")
        for languages, expected in ((RankerWeights().dated_next_languages, dated), ((), False)):
            summarizer = ExtractiveSummarizer(RankerWeights(cover_roles_from_words=100,
                                                            dated_next_languages=languages))
            _, long = summarizer.summarize(text, Language.ENGLISH, presets)
            assert any("second bridge" in s for s in long.sentences) is expected, (step, languages)


def test_the_long_summary_brings_the_announced_appeal_with_the_appeal_it_covers(
        presets: tuple[Length, Length]) -> None:
    """Blind round 42, en 266 (a reference article): the headline's "owners vow to appeal" was
    covered by a unit that takes the appeal as known ("while the appeal is pending"), without
    the one that announced it ("would take the case to the Supreme Court"). Now the announcing
    unit is found, and comes along with the unit that covers the headline."""
    text = (Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "summaries" /
            "en" / "266.txt").read_text(encoding="utf-8")
    short, long = ExtractiveSummarizer().summarize(text, Language.ENGLISH, presets)
    told = "would take the case to the Supreme Court"
    assert any(told in s for s in long.sentences)
    for summary in (short, long):
        if any("appeal" in s for s in summary.sentences):
            assert any(told in s for s in summary.sentences)


def test_a_dated_sentence_in_the_lead_paragraph_does_not_displace_the_lead(
        summarizer: ExtractiveSummarizer) -> None:
    # the dated second sentence shares more words with the headline than the first does
    text = ("Омские селекционеры вывели сорт пшеницы, устойчивый к засухе\n\nУчёные Омского "
            "аграрного научного центра создали новую пшеницу «Иртышская», которая почти не "
            "страдает от засухи и ржавчины — главных бед степного земледелия. В пятницу сорт "
            "включили в госреестр и допустили к посеву в Сибири.\n\nЗасуха ежегодно снижает "
            "урожай в регионе. Работа над сортом шла десять лет. Семена поступят хозяйствам "
            "весной. "
            "Фермеры ждут проверки сорта в поле.")
    (one,) = summarizer.summarize(text, Language.RUSSIAN, [Length(sentences=1)])
    assert one.sentences[0].startswith("Учёные Омского аграрного научного центра")
    # the same dated sentence a paragraph lower, under an undated scene, is the buried lede
    scene = text.replace("Учёные Омского аграрного научного центра создали новую пшеницу "
                         "«Иртышская», которая почти не страдает от засухи и ржавчины — главных "
                         "бед степного земледелия. ",
                         "Над полями под Омском стоит сухой ветер, и колосья шуршат, как бумага."
                         "\n\n")
    (one,) = summarizer.summarize(scene, Language.RUSSIAN, [Length(sentences=1)])
    assert one.sentences[0].startswith("В пятницу сорт включили")


@pytest.mark.parametrize(("report", "pointing"), [
    ("В понедельник областной фонд культурного наследия объявил, что выделит на ее ремонт 31 млн "
     "руб.", True),
    ("В понедельник областной фонд культурного наследия выделил на ремонт мельницы 31 млн руб.",
     False),
])
def test_a_russian_report_that_points_back_by_its_pronoun_keeps_its_link(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length], report: str,
        pointing: bool) -> None:
    """Round 186, ru 1936: «фонд … объявил, что выделит на его реставрацию» was the short
    summary's first sentence, with «Теперь у храма появился шанс.» left out: "its" named
    nothing. A report whose «его» or «ее» stands right after the verb of a clause with only its
    subject before cannot mean that subject (that would be «свой»): its link comes along."""
    text = ("Последний мельник Заречья дождался денег на спасение мельницы\nОбластной фонд "
            "выделит 31 млн руб. на ремонт мельницы XIX века. Работы начнутся весной\nТекст: "
            "Ольга Мухина\n12 октября 2026 г.\n\nИван Седов каждое утро поднимается на плотину "
            "и долго смотрит на колесо. Оно не крутится уже девять лет. «Дерево еще держится, а "
            "железо съела ржавчина», — говорит он. Седову 74 года, и он последний в селе, кто "
            "помнит, как здесь мололи зерно. Зимой в Заречье живут 40 человек, летом — втрое "
            "больше.\n\nКолесо, на которое он смотрит, — часть водяной мельницы, построенной "
            "купцами Охлопковыми в 1896 г. Она пережила войну, колхоз и закрытие в 1998 г. "
            "Однако в последние годы здание разрушается: в 2015 г. обрушилась часть крыши.\n\n"
            "Теперь у мельницы появился шанс. " + report + " Еще 4 млн руб. добавит район. "
            "Работы начнутся в апреле 2027 г. и займут два года.\n\nПлотину укрепят, колесо "
            "заменят, а в здании откроют музей. Проект уже прошел государственную экспертизу, "
            "подрядчика выберут на конкурсе в марте.\n\nВ районной администрации говорят, что "
            "мельница станет центром туристического маршрута. Жители собрали подписи за ее "
            "спасение еще в 2019 г.\n\nФонд, созданный в 2004 г., до сих пор помогал в основном "
            "городским музеям. В этом году он получил 52 заявки из 11 районов, и мельница, по "
            "словам его экспертов, оказалась в самом тяжелом состоянии.\n\nРеставраторы "
            "предупреждают, что спешить нельзя. Часть бревен придется заменить, а старые жернова "
            "отправят на экспертизу в областной центр. Архитектор Анна Белова считает, что "
            "колесо стоит собрать заново по старым чертежам.\n\nСедов надеется застать пуск "
            "мельницы. «Хочу еще раз услышать, как она гудит», — говорит он.")
    short, long = summarizer.summarize(text, Language.RUSSIAN, list(presets))
    assert short.sentences[0].startswith("Теперь у мельницы появился шанс") is pointing
    assert any(sentence.startswith("В понедельник областной фонд") for sentence in short.sentences)
    assert long.sentences[0] == short.sentences[0]


@pytest.mark.parametrize(("sentence", "points_out"), [
    ("Курский районный суд частично удовлетворил его иск к заводу.", True),
    ("8 апреля комитет по охране наследия области включил ее в реестр памятников.", True),
    ("Фонд объявил, что выделит на его реставрацию 2 млн евро.", True),
    # what it names stands before it, not as the subject
    ("Министерство включило здание в программу и выделит на его ремонт 90 млн руб.", False),
    ("Власти объявили график подачи воды: ее будут давать по восемь часов в сутки.", False),
    # its own clause, whose subject it may name
    ("Сеть аптек признала, что в ее магазинах нет лекарства.", False),
    ("Картина вернулась в музей после того, как ее опознали на аукционе.", False),
    ("Фермер и его жена переезжают в город.", False),
])
def test_a_russian_pronoun_points_out_of_its_sentence_only_after_its_subjects_verb(
        sentence: str, points_out: bool) -> None:
    from summarizer.summarize import _points_out_ru
    assert _points_out_ru(sentence) is points_out


@pytest.mark.parametrize("link", ["That trade is about to shrink.",  # leans back: "That"
                                  "The owner's worry is shared by officials."])  # names it
def test_a_buried_lede_after_a_linking_sentence_leads_the_short_summary_without_the_link(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length], link: str) -> None:
    text = ("Garages brace for a ban on older imported cars\n\nThe waiting list at the garage on "
            "the edge of town is written in chalk by the door. A grey pickup stood in the yard. "
            "A small sedan waited behind it.\n\nThe owner has repaired imported cars for 19 "
            "years. Half of his customers bought their cars abroad.\n\nThat trade is about to "
            "shrink. On Monday the government approved a ban on imports of cars older than ten "
            "years, from July 2027.\n\nThe ministry cited road safety and cleaner air. Dealers "
            "said prices would rise. Mechanics expect older cars to stay on the road longer. "
            "Talks with dealers are planned for January. Buyers are waiting.\n\nThe association "
            "of importers has 300 members. Its chairman called the ban hasty. Rural buyers will "
            "be hit hardest, he warned. Economists were divided on the effect.").replace(
                "That trade is about to shrink.", link)
    short, long = summarizer.summarize(text, Language.ENGLISH, list(presets))
    assert short.sentences[0].startswith("On Monday the government approved a ban")
    assert link not in short.sentences
    assert "left out the linking sentence before the lead" in short.notes
    assert link not in long.sentences  # it points back to a scene that is left out


def test_the_news_after_a_turn_in_the_opening_paragraph_leads_the_short_summary(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Blind round 19, en 126: "Residents … since 2005. That is set to change. After a debate,
    council voted … on Monday" — the dated report sat in the opening's paragraph, so it was
    taken for the lead's detail, and the short summary missed the vote."""
    text = ("State water board caps irrigation wells after long hearing\n\n"
            "FARGO, N.D. (Prairie Wire) — Farmers in this corner of the state have pumped "
            "groundwater without any limit since 1990. That is about to change. After a hearing "
            "that ran past midnight, the state water board voted 5-2 on Tuesday to cap "
            "irrigation wells at 300 acre-feet a year from next spring.\n\n"
            "The board said the aquifer had dropped 12 feet in a decade. Some wells near Casselton "
            "have already gone dry.\n\nFarm groups called the cap a blow to small growers. "
            "The board will hold two more hearings on exemptions in May. Growers may apply for "
            "a waiver until August.")
    short, _ = summarizer.summarize(text, Language.ENGLISH, list(presets))
    assert short.sentences[0].startswith("After a hearing that ran past midnight")
    assert "That is about to change." not in short.sentences


UNDATED_SCENE = (
    "Village school gets a new roof\n\nSnow lies on the hills above Zhanakala. Children walk to "
    "school along the frozen river. The old building has leaked for years, and buckets stand in "
    "the corridors.\n\nThe district council approved money for a new school roof on Tuesday, "
    "its head said. Work will start in May. Teachers hope to move back by autumn. Parents raised "
    "the problem at every meeting since 2019. The council also discussed roads. Heating costs "
    "were on the agenda too.")
CLOSER_PARAGRAPH = (
    "School 27 in Barnaul closed over cracks in its walls\n\nSchool 27 is one of the best known "
    "in Barnaul. Its red brick building went up in 1961. Thousands of pupils have finished it "
    "since.\n\nOn Monday the education committee said the building was shut until further "
    "notice. An inspection found cracks up to 12 mm wide in the load-bearing walls of school "
    "27.\n\nPupils moved to two other buildings. Parents were divided. Buses carry the older "
    "classes. The committee promised a decision by spring. A repair would take two years. "
    "Teachers stay with their classes.")
NO_HEADLINE_WORD = (
    "Rare orchid found near Almaty\n\nSnow still lies on the high meadows in April. A cold wind "
    "moves through the fir trees. Two hikers stop by a stream.\n\nBotanists said on Tuesday "
    "they had discovered a colony of a plant last recorded in 1950. The colony grows on a steep "
    "slope.\n\nThe plants bloom for two weeks. Scientists counted 140 of them. Grazing is a "
    "threat. A fence is planned for next spring. Visitors are asked to stay on the paths. A "
    "guide book will list the site.")


@pytest.mark.parametrize(("text", "date", "undated", "news", "opening"), [
    (UNDATED_SCENE, " on Tuesday", "", "The district council approved", ""),
    (CLOSER_PARAGRAPH, "On Monday the", "The", "On Monday the education committee",
     "School 27 is one of the best known"),
    (NO_HEADLINE_WORD, " on Tuesday", "", "Botanists said on Tuesday", "Snow still lies"),
], ids=["under-a-scene", "its-paragraph-is-closer-to-the-headline",
        "the-opening-shares-no-headline-word"])
def test_a_dated_report_under_an_undated_opening_moves_the_lead(
        summarizer: ExtractiveSummarizer, text: str, date: str, undated: str, news: str,
        opening: str) -> None:
    (one,) = summarizer.summarize(text, Language.ENGLISH, [Length(sentences=1)])
    assert one.sentences[0].startswith(news)
    (one,) = summarizer.summarize(text.replace(date, undated), Language.ENGLISH,
                                  [Length(sentences=1)])
    assert not one.sentences[0].startswith(news.replace(date, undated))  # the date moved it
    assert one.sentences[0].startswith(opening)


def test_the_long_summary_tells_the_second_development_its_headline_names(
        presets: tuple[Length, Length]) -> None:
    facts = f"{_details('court', 16, 0)} {_details('fuel', 16, 1)}"  # 250 words
    text = ("Court fines the port operator; operator vows to appeal\n\nA court in Aktau fined "
            f"the port operator 40 million tenge on Monday for spilling fuel. {facts}\n\nThe "
            "operator said on Tuesday it would appeal the ruling at the regional court.")
    for units, expected in ((3, True), (0, False)):
        summarizer = ExtractiveSummarizer(RankerWeights(headline_units=units))
        _, long = summarizer.summarize(text, Language.ENGLISH, presets)
        assert any("would appeal" in s for s in long.sentences) is expected


def test_the_headline_development_is_told_though_four_passages_mention_it(
        presets: tuple[Length, Length]) -> None:
    """Judged en 260: "…; city to appeal as buyer weighs damages claim": "appeal" came up in four
    passages, so it was taken for a word the whole article repeats, and no long summary said
    that the city would appeal."""
    facts = f"{_details('court', 16, 0)} {_details('fuel', 16, 1)}"  # 250 words
    text = ("Court fines the port operator; operator to appeal\n\nA court in Aktau fined "
            f"the port operator 40 million tenge on Monday for spilling fuel. {facts}\n\nThe "
            "operator said on Tuesday it would appeal.\n\nAn appeal must be filed within a "
            "month.\n\nAn appeal hearing could take until spring.\n\nFishermen said they "
            "would follow the appeal closely.")
    for units, expected in ((RankerWeights().headline_units, True), (3, False)):
        summarizer = ExtractiveSummarizer(RankerWeights(headline_units=units))
        _, long = summarizer.summarize(text, Language.ENGLISH, presets)
        assert any("appeal" in s for s in long.sentences) is expected


def test_a_person_named_by_surname_alone_comes_with_the_full_name_or_not_at_all(
        presets: tuple[Length, Length]) -> None:
    facts = f"{_details('court', 16, 0)} {_details('fuel', 16, 1)}"
    text = ("Court blocks the merger\n\nA court in Almaty blocked the merger of two grain "
            f"traders on Monday. {facts}\n\nJustice Aigerim Bekova wrote the 84-page ruling "
            "over two months of hearings.\n\nBekova said the merger would raise bread prices "
            "in the north by a fifth next year.")
    for check in (True, False):
        summarizer = ExtractiveSummarizer(RankerWeights(introductions=check,
                                                        cover_languages=("en",)))
        _, long = summarizer.summarize(text, Language.ENGLISH, presets)
        surname = any(s.startswith("Bekova said") for s in long.sentences)
        full = any("Justice Aigerim Bekova" in s for s in long.sentences)
        if check:
            assert not surname or full
    assert surname and not full  # without the check the ranker takes the surname alone


def test_a_statistic_dated_by_its_months_leads_above_a_comparison_with_a_quarter(
        summarizer: ExtractiveSummarizer) -> None:
    """Round 47, kk 293 (short and long scored 2): "2024 жылдың шілде–қыркүйек айларында …
    құрады" was not taken for dated, "Екінші тоқсанмен салыстырғанда … ұлғайды" was (the quarter
    it is compared with), so the lead gave way to a later paragraph without the headline figure."""
    text = ("Үшінші тоқсанда зейнетақы 160 мың теңгеден асты\n\nАСТАНА, 8 қараша. Дала Ақпарат – "
            "Бюроның мәліметінше, 2024 жылдың шілде–қыркүйек айларында орташа зейнетақы 161 200 "
            "теңгені құрады. Бұл өткен жылмен салыстырғанда 9,1 %-ға көп.\n\nНақты өсім 1,2 %-ға "
            "ғана жетті. Сарапшылар мұны азық-түлік бағасының өсуімен байланыстырады.\n\nТоқсан "
            "ішінде зейнетақы ай сайын өсіп, қыркүйекте 163 мың теңгеге жетті. Екінші "
            "тоқсанмен салыстырғанда орташа зейнетақы 2,4 %-ға ұлғайды.\n\nЕң жоғары зейнетақы "
            "Атырау облысында тіркелді. Ең төмені Түркістан облысында болды. Қалалар арасында "
            "Астана алда тұр. Ауылдық жерлерде төлемдер баяу өсті.\n\nБюро келесі деректерді "
            "ақпанда жариялайды. Министрлік индексацияны қаңтарда қарайды. Депутаттар бұл "
            "мәселені көктемде талқыламақ.\n\nЗейнеткерлер одағы индексацияны жеткіліксіз деп "
            "санайды. Одақ төрағасы хат жолдады. Кәсіподақтар да осындай талап қойды.")
    (one,) = summarizer.summarize(text, Language.KAZAKH, [Length(sentences=1)])
    assert one.sentences[0].startswith("Бюроның мәліметінше, 2024 жылдың")


def test_a_kazakh_evening_scene_in_a_housing_complex_is_no_dated_news(
        summarizer: ExtractiveSummarizer) -> None:
    """Round 47, kk 292 (short and long scored 2): "Кешкі бесте … кешенінің ауласы …" was taken
    for dated news ("кеше", yesterday, read at the start of "кешенінің", of a complex), and an
    hour of the evening was not a scene: the summaries were the scene, not the ministry's news."""
    text = ("Тоғызқұмалақ мектепке енеді\n\nКешкі алтыда «Береке» тұрғын үй кешенінің ауласы "
            "тынышталмайды. Екі бала тақтаның үстіне еңкейіп отыр. Бірі құмалақтарын санап, "
            "ойланып қалады. «Әжем үйреткен», – дейді ол.\n\nБұрын бұл ойынды аулада сирек "
            "көретінбіз. Соңғы жылдары оған қызығушылық артты. Жарыстар жиі өтеді.\n\n"
            "Оқу-ағарту министрлігі келесі оқу жылынан бастап тоғызқұмалақты 3–6-сыныптардың "
            "бағдарламасына енгізетінін хабарлады. Бұйрық жобасы сейсенбі күні жарияланды.\n\n"
            "Модуль жылына 10 сағатты қамтиды. Мұғалімдер қайта даярлаудан өтеді. Оған бюджеттен "
            "800 млн теңге бөлінеді.\n\nФедерация семинар өткізуге дайын. Ата-аналар бастаманы "
            "қолдады. Пилоттық сабақтар көктемде басталады. Жоба желтоқсанға дейін талқыланады.")
    (one,) = summarizer.summarize(text, Language.KAZAKH, [Length(sentences=1)])
    assert one.sentences[0].startswith("Оқу-ағарту министрлігі келесі оқу жылынан")


def test_a_dated_link_too_long_to_join_its_report_hands_the_lead_to_the_report(
        summarizer: ExtractiveSummarizer) -> None:
    """Round 48, en 298 (short scored 2 by both judges): "On Wednesday evening, Odense city
    council decided to take that idea much further." was taken for the news, dangling "that
    idea"; the report is the sentence after it. (Judged en 19 and en 202 lead so now too.)"""
    text = ("A bench with no park: Aarhus bets on a garden for people with dementia\n\nEvery "
            "afternoon at about three, Karen Holm puts on her hat and walks to the bench by the "
            "gate. She is 81, and she is waiting for her husband. He died in 2009. The bench was "
            "put there by nurses who saw residents trying to leave.\n\n\"It gives people a "
            "place to wait,\" said the head nurse. She believes it has halved the number of "
            "residents found in the street.\n\nOn Tuesday evening, Aarhus city council decided "
            "to take that idea much further. By 19 votes to 12, councillors approved plans for a "
            "garden village where 90 residents would live in small houses.\n\nThe project will "
            "cost 300 million kroner. The first residents should move in by 2028. Critics said "
            "the money should go to home care. Relatives welcomed the plan.\n\nA design "
            "competition opens in March. Building starts in 2026. Staff will be offered jobs.")
    (one,) = summarizer.summarize(text, Language.ENGLISH, [Length(sentences=1)])
    assert one.sentences[0].startswith("By 19 votes to 12, councillors approved")


def test_the_report_after_a_dated_link_leads_though_it_tells_some_history(
        summarizer: ExtractiveSummarizer) -> None:
    """Round 49, en 304 (short scored 1 by both judges): "Moments like that were at the centre
    of a decision published on Thursday." led, dangling; the report after it ("…, ending an
    obligation that dates back to …") was passed over as background."""
    text = ("Last rings: most of Wales's phone boxes to go\n\nOn a wet morning in Llanrwst, the "
            "door of the village phone box sticks. Inside, someone has left a jar of heather. "
            "The grocer across the road cannot remember the last call made from it.\n\n\"But "
            "the night the signal went down, there was a queue,\" she said.\n\nMoments like "
            "that were at the centre of a decision published on Thursday. The regulator has "
            "approved a request by Cymru Telecom to remove 1,900 of its 2,300 phone boxes, "
            "ending an obligation that dates back to the age of the coin box.\n\nRemovals "
            "begin in June. The 400 boxes that remain are in places with no mobile signal. "
            "Each will be reviewed every five years. They will keep free emergency calls.\n\n"
            "The company said use had collapsed. Councils may adopt a box for one pound. "
            "Walkers' groups welcomed the exemptions. Some villages plan to turn them into "
            "libraries.")
    (one,) = summarizer.summarize(text, Language.ENGLISH, [Length(sentences=1)])
    assert one.sentences[0].startswith("The regulator has approved a request")


def test_a_russian_turn_inside_a_paragraph_hands_the_lead_to_the_report_after_it(
        summarizer: ExtractiveSummarizer) -> None:
    """Round 49, ru 304 (short scored 2 by both judges): «Теперь они станут частью
    официального календаря.» was no turn, and the summary stayed in the scene above it."""
    text = ("Ледяная волна: онежский сёрфинг получит официальный статус\n\nВ половине "
            "восьмого утра на берегу у деревни Шёлтозеро ещё темно. Двое в неопреновых костюмах "
            "заходят в воду. Температура воды +3 градуса. Через минуту один из них уже скользит "
            "по волне.\n\nЕщё несколько лет назад такие сцены удивляли местных жителей. "
            "Теперь они станут частью "
            "официального календаря. Федерация сёрфинга включила Онежское озеро в программу "
            "национального первенства, и первый этап пройдёт здесь осенью.\n\n«Волна здесь "
            "держится неделями», — сказал вице-президент федерации.\n\nВ соревнованиях "
            "примут участие 60 спортсменов. Они выступят в двух дисциплинах. Победители войдут "
            "в сборную.\n\nМестные власти обещают построить раздевалки. Гостиницы ждут "
            "туристов. Рыбаки опасаются за сети. Экологи просят не оставлять мусор.\n\nЭтап "
            "продлится три дня. Вход для зрителей будет свободным. Трансляцию покажут в сети.")
    (one,) = summarizer.summarize(text, Language.RUSSIAN, [Length(sentences=1)])
    assert one.sentences[0].startswith("Федерация сёрфинга включила Онежское озеро")


def test_a_covering_pick_never_drops_the_unit_that_introduces_it(
        summarizer: ExtractiveSummarizer) -> None:
    """Round 49, kk 303 (long scored 3 by both judges, 'ends on an orphan «Жөндеу» sentence'):
    to make room for «Жөндеу сегіз айға созылады» (what happens next) the cover dropped the
    last pick, «…Орталық көпір күрделі жөндеуге жабылады», the one that told of the repair."""
    from summarizer.structure import parse
    from summarizer.units import build_units

    text = ("Атырауда жаңа көпір ашылды\n\nӘкім бүгін қаладағы жаңа көпірді ашты. Көпір екі "
            "жағалауды байланыстырады. Ол төрт жолақты.\n\nАвтобустар жаңа көпір арқылы "
            "жүреді. Одан кейін ескі көпір күрделі жөндеуге жабылады.\n\nЖүргізушілер риза. "
            "Жолаушылар да қуанышты.\n\nЖөндеу сегіз айға созылады деп жоспарланған.")
    article = parse(text, Language.KAZAKH)
    units = build_units(list(article.body), Language.KAZAKH)
    ranking = summarizer.rank(units, article.title, Language.KAZAKH)
    repair = next(u.index for u in units if u.text.startswith("Жөндеу"))
    closing = next(u.index for u in units if "жөндеуге жабылады" in u.text)
    assert ranking.mentions[repair] == {closing}
    chosen: dict[int, str | None] = {0: None, closing: None}
    added = [[closing]]
    words = sum(units[j].word_count for j in chosen)
    summarizer._cover_second_half(chosen, added, ranking, units, 10, words + 2,
                                  lambda i: i == repair, frozenset(), {}, Language.KAZAKH)
    assert repair not in chosen or closing in chosen


def test_an_opening_dated_by_the_source_after_it_stays_the_lead(
        summarizer: ExtractiveSummarizer) -> None:
    """Round 51, ru 317 (short scored 1 by both judges): «… добыли 41,7 т золота … Об этом в
    среду сообщил министр …» was taken for undated, and a later dated detail led instead."""
    text = ("Чукотка за девять месяцев добыла почти 30 тонн золота\n\nАНАДЫРЬ, 15 октября — "
            "Новости Евразии. Золотодобывающие предприятия Чукотки с января по сентябрь добыли "
            "29,6 т золота, что на 5 % больше, чем годом ранее. Об этом в среду сообщил министр "
            "промышленности региона.\n\nРост обеспечило рудное золото: за девять месяцев "
            "Чукотка добыла почти 21 тонну рудного золота. Промывочный сезон на россыпях "
            "завершился 1 октября; в нём участвовали 40 артелей и компаний.\n\nКрупнейшим "
            "производителем стала компания «Полюс-Восток». Она "
            "добыла 9 т.\n\nВ октябре заработает новая фабрика. Её мощность — 2 млн т руды в "
            "год.\n\nЭкологи просят проверить сбросы. Министерство обещает проверку. Итоги года "
            "подведут в феврале.")
    (one,) = summarizer.summarize(text, Language.RUSSIAN, [Length(sentences=1)])
    assert one.sentences[0].startswith("Золотодобывающие предприятия Чукотки")


def test_a_dated_report_that_leans_only_by_its_but_leads_without_it(
        summarizer: ExtractiveSummarizer) -> None:
    """Round 51, kk 316 (short scored 2 by both judges, 'scene-setting only'): «Бірақ осы
    аптадан бастап орталықта … банкі жұмыс істей бастады» leaned on the background by its
    «Бірақ» alone, so no news was found under the scene."""
    text = ("Шымкентте алғашқы сүт банкі ашылды\n\nТаңғы сағат алтыда орталықтың үшінші "
            "қабаты тып-тыныш. Бөлімшеде шамдар күңгірт. Мейірбике шприцке сүт толтырады. Бұл – "
            "нәрестенің алғашқы тамағы.\n\nБұрын мұндай жағдайда дәрігерлердің қолында бір ғана "
            "амал болатын. Бірақ осы аптадан бастап Шымкенттегі орталықта алғашқы донорлық сүт "
            "банкі жұмыс істей бастады. Банк сүтті тексеріп, мұздатады.\n\nЖоба грант есебінен "
            "іске асты. Жабдыққа 60 млн теңге жұмсалды. Банк жылына 500 нәрестеге көмектеседі."
            "\n\nДонор аналар тегін тексеруден өтеді. Олардың саны 40-қа жетті. Дәрігерлер "
            "бастаманы құптады.\n\nКелесі жылы тағы екі қалада осындай банк ашылмақ. Министрлік "
            "тәжірибені зерттейді. Ата-аналар риза.")
    (one,) = summarizer.summarize(text, Language.KAZAKH, [Length(sentences=1)])
    assert one.sentences[0].startswith("Осы аптадан бастап Шымкенттегі орталықта")


def test_the_dated_news_under_an_undated_scene_paragraph_leads(
        summarizer: ExtractiveSummarizer) -> None:
    """Round 53, ru 328 (short scored 2 by both judges, 'only scene-setting'): an opening
    paragraph of four undated sentences with no figure in it kept the lead from the find
    reported, with its day, in the next paragraph."""
    text = ("Береста с просьбой: псковские археологи прочитали первую грамоту сезона\n\nНад "
            "раскопом у кремля с утра натянут тент, но дождь всё равно находит дорогу. На этой "
            "глубине культурный слой лежит влажным чёрным пластом. Почва почти не пропускает "
            "воздух, поэтому дерево и береста сохраняются. Каждый сезон здесь начинается с "
            "одного и того же вопроса: найдут ли археологи бересту в этом сезоне.\n\nВ этом году "
            "ответ оказался положительным. В пятницу на дне раскопа нашли свёрнутый свиток с "
            "процарапанным текстом. Находке присвоили номер 41.\n\nТекст оказался частным "
            "письмом. Женщина просит брата "
            "вернуть долг. Она советует ему идти в церковь.\n\nЛингвист прочитал текст прямо "
            "на раскопе. По его словам, автор пишет уверенно. Дату находки уточнят позже.\n\n"
            "Раскопки продлятся до сентября. Находки покажут в музее. Экспедиция ищет "
            "волонтёров.")
    (one,) = summarizer.summarize(text, Language.RUSSIAN, [Length(sentences=1)])
    assert one.sentences[0].startswith("В пятницу на дне раскопа нашли свёрнутый свиток")


def test_a_short_opening_before_a_scene_is_part_of_the_scene(
        summarizer: ExtractiveSummarizer) -> None:
    """Round 53, en 328 (short scored 2 by both judges, 'scene-setting only'): "The steam comes
    first." opened a scene ("Just after 6 a.m., …") but was not taken for one, and "Today only a
    handful of firms remain" was taken for dated news."""
    text = ("Bedford's last rope makers become owners of the works\n\nThe noise comes first. "
            "Just after 6 a.m., before most of the crew arrive, Gloria Hart switches on the "
            "spinning frames. She has made rope here for 27 years. Her father worked the same "
            "frame.\n\nA century ago, thousands in Bedford made rope. Today only a handful of "
            "firms remain. The largest, Marlow Cordage, makes 9,000 coils a year.\n\nOn "
            "Friday, the 46 employees of Marlow Cordage became its owners. The staff bought the "
            "company from the Marlow family through an employee trust.\n\nThe sale ends months "
            "of uncertainty. Two buyers had shown interest. One wanted to move production "
            "abroad.\n\nThe family will keep a seat on the board. Orders are up this year. The "
            "works will hire four apprentices.\n\nThe union welcomed the deal. Staff will get a "
            "share of profits. A new product line is planned. Exports go to Ireland and Norway."
            "\n\nThe trust was advised by a Cambridge firm. Banks lent part of the money. The "
            "deal took a year to agree.")
    (one,) = summarizer.summarize(text, Language.ENGLISH, [Length(sentences=1)])
    assert one.sentences[0].startswith("On Friday, the 46 employees")


def test_a_kazakh_turn_to_a_start_to_come_is_the_buried_news(
        summarizer: ExtractiveSummarizer) -> None:
    """Round 48, kk 298 (short scored 2 by both judges): under a scene and background, «Енді
    министрлік … ниетті. Ведомство қыркүйектен бастап … іске қосады.» was neither a turn nor
    dated (a start to come, "from September"), and a statistic led the short summary."""
    text = ("Ауыл балаларына онлайн дәрігер көмегі көрсетіледі\n\nТаңғы сағат алтыда Айгүл ұлын "
            "көлікке отырғызады. Ауылдан аудан орталығына дейін 120 шақырым. Жолдың жартысы – "
            "қиыршық тас.\n\n«Қыста жол жабылады», – дейді ол.\n\nМұндай жағдай ауылда сирек "
            "емес. Кезек кейде жарты жылға созылады. Бұл әсіресе кішкентай балалар үшін "
            "маңызды.\n\nӨткен жылғы скринингке сәйкес, ауыл балаларының 17 %-ында тіс ауруы "
            "анықталған. Қалада бұл көрсеткіш 11 % шамасында. Мамандар мұны көмектің "
            "жетімсіздігімен байланыстырады.\n\nЕнді министрлік осы олқылықты жоюға ниетті. "
            "Ведомство қыркүйектен бастап ауыл балаларына онлайн дәрігер көмегінің пилоттық "
            "жобасын іске қосады.\n\nЖобаға үш облыстан 1 200 бала қатысады. Оған 640 млн "
            "теңге бөлінеді. Ата-аналар бастаманы қолдады. Нәтижесі көктемде бағаланады.\n\n"
            "Мұғалімдер планшет алады. Байланыс сапасы тексеріледі. Кей ауылда интернет әлсіз."
            "\n\nСарапшылар жобаны құптады. Бірақ олар дәрігер тапшылығын еске салды. Жоба "
            "сәтті болса, оны басқа облыстарға тарату көзделген. Шешім келесі жылы қабылданады."
            "\n\nАуыл әкімі бастаманы құптады. Мектеп директоры бөлме бөлді. Кітапхана да "
            "көмектеседі. Жергілікті кәсіпкер компьютер сыйлады.")
    (one,) = summarizer.summarize(text, Language.KAZAKH, [Length(sentences=2)])
    assert any("қыркүйектен бастап" in sentence for sentence in one.sentences)


def test_a_dated_opening_stays_the_lead_however_few_headline_words_it_shares(
        summarizer: ExtractiveSummarizer) -> None:
    text = ("Hurdler's ban overturned, but integrity unit vows to fight on\n\nThe sports court on "
            "Wednesday lifted the two-year ban imposed on a Brazilian hurdler for missed tests."
            "\n\nUnder the rules, three missed tests can mean a ban. The hurdler was banned in "
            "February by the sport's independent integrity unit.\n\nThe panel found one test "
            "was wrongly recorded. Her lawyers welcomed the ruling. The unit said it would "
            "appeal. She plans to race in June.")
    (one,) = summarizer.summarize(text, Language.ENGLISH, [Length(sentences=1)])
    assert one.sentences[0].startswith("The sports court on Wednesday lifted")


@pytest.mark.parametrize("check", [True, False])
def test_the_short_summary_takes_news_not_background_after_the_lead(check: bool) -> None:
    text = ("Bus station to move to the city's edge\n\nThe city will move its central bus station "
            "to the northern ring road by 2028, the mayor's office said on Monday.\n\nThe bus "
            "station in the centre was built in the 1970s and has long been too small.\n\nThe "
            "new terminal will cost 24 billion tenge and handle 9,000 passengers a day. Traders "
            "at the old site want compensation. A hearing is due in May. Drivers welcomed the "
            "plan. Residents asked for a new tram line.")
    summarizer = ExtractiveSummarizer(RankerWeights(short_skips_background=check))
    (short,) = summarizer.summarize(text, Language.ENGLISH, [Length(sentences=2, words=60)])
    assert short.sentences[0].startswith("The city will move its central bus station")
    assert any("built in the 1970s" in s for s in short.sentences) is not check


@pytest.mark.parametrize("window", [3, 0])
def test_the_short_summary_adds_no_low_ranked_filler_just_because_it_fits(window: int) -> None:
    """Blind round 13 (en 87, en 92): after a 50-word lead, a six-word sentence from the end
    of the article fitted the 60 words and went in as filler."""
    text = ("Hospital cleaners vote to strike over night pay\n\nMore than 600 cleaners and porters "
            "employed by a private contractor at two big teaching hospitals in Leeds have voted "
            "to stage a 48-hour strike later this month, accusing the company of cutting "
            "night-shift pay and of refusing to pay for overtime worked in the winter.\n\n"
            "The ballot, run by the cleaners' union, closed at noon on Monday, and 87 percent of "
            "the members who voted backed a walkout, the union said on Tuesday.\n\n"
            "The strike is set to begin at six in the morning on Feb. 24 and to end at six in "
            "the morning on Feb. 26, the union added in its statement.\n\n"
            "The hospital trust said emergency departments, maternity services and cancer "
            "treatment would not be affected by the walkout of the cleaners and porters.\n\n"
            "Local councillors urged both sides to meet and settle the dispute quickly, before "
            "patients and the hospital staff suffer from it. Visitors can still park free of "
            "charge.")
    short = _short(text, short_rank_window=window)
    assert short[0].startswith("More than 600 cleaners")
    assert ("Visitors can still park free of charge." in short) is (window == 0)


@pytest.mark.parametrize(("opening", "moved"), [("Six a.m.", True), ("", False),
                                                ("Astana.", False),
                                                # the time in figures (round 70, kk 526)
                                                ("At 04:40.", True)])
def test_a_scene_in_a_few_words_before_the_opening_is_a_feature_lead(opening: str,
                                                                     moved: bool) -> None:
    """Blind round 13, kk 88: "Таңғы сағат алты." over a herder's morning hid the feature
    opening (the fragment was too short to be the opening), so the scene became the summary.
    A place name left over from a dateline is no scene."""
    text = ("Herders to watch pastures from space\n\n"
            f"{opening} Herders in the steppe watch their pastures shrink from space and from "
            "the ground: the herders' pastures near the winter camps are bare long before the "
            "summer begins.\n\n"
            "The agriculture ministry on Tuesday launched a pilot that lets herders watch "
            "their pastures from space, covering 1.8 million hectares and 640 farms.\n\n"
            "Satellite images will measure the grass cover every ten days. Herders will get "
            "advice by text message on where to move their flocks.")
    assert _short(text, sentences=1)[0].startswith("The agriculture ministry on Tuesday") is moved


def test_a_buried_lede_dated_by_the_sentence_that_leans_on_it_is_found() -> None:
    """Blind round 13, ru 88: the news ("the region bought the building") carries no date;
    the sentence after it does ("…там откроется…, сообщил в четверг …"), and leans on it."""
    text = ("Кружевницы получат свою школу\n\n"
            "В небольшой комнате старого дома на улице Мира тихо. Слышно только постукивание "
            "коклюшек. Мастерица склонилась над подушкой и плетёт салфетку.\n\n"
            "Мастерица работает в мастерской больше сорока лет. В конце 1980-х здесь трудились "
            "около 200 кружевниц, сегодня их осталось 14.\n\n"
            "Теперь у мастерской появился шанс. Правительство области выкупило здание мастерской "
            "за 38 млн руб. и передало его колледжу искусств. С 1 сентября там откроется "
            "отделение кружевоплетения на 40 мест, сообщил в четверг начальник департамента "
            "культуры.\n\nОбучение будет бесплатным. Студенты будут получать стипендию.\n\n"
            "Преподавать будут мастерицы мастерской. Набор начнётся в июне.\n\n"
            "Выпускники получат диплом колледжа. Лучшие останутся работать в мастерской.\n\n"
            "Заказы у мастерской есть от музеев и театров. Их станет больше.")
    assert _short(text, Language.RUSSIAN)[0].startswith("Правительство области выкупило здание")


@pytest.mark.parametrize("dateline", ["ASTANA (Steppe Wire) — ", ""])
def test_an_opening_under_the_dateline_is_the_news_whatever_words_it_shares(
        dateline: str) -> None:
    """Blind round 15, kk 102: the lead under "Астана. Дала Ақпарат –" named "pyrotechnics"
    where the headline said "fireworks", so the off-topic rule gave the summary to dated
    injury figures further down."""
    text = ("Fireworks sales to be curbed\n\n"
            f"{dateline}The emergencies ministry published a draft law restricting pyrotechnic "
            "goods for private buyers and put it up for public discussion. Fireworks sales to "
            "private buyers would be curbed sharply, with powerful fireworks banned outright.\n\n"
            "Shops and online marketplaces would both be covered.\n\n"
            "Between Dec. 25 and Jan. 5, 386 people were injured by fireworks, the ministry said "
            "on Monday. Of them, 71 were children.\n\n"
            "Sellers said the ban would hurt small shops. The draft goes to parliament in May.")
    first = _short(text, sentences=1)[0]
    assert first.startswith("The emergencies ministry published") is bool(dateline)


def test_the_news_starts_at_a_dateline_under_a_scene_past_its_link() -> None:
    """Blind round 17, ru 112: the scene paragraphs shared more headline words than the news
    paragraph that the dateline opened; the link «Скоро эта жизнь закончится.» is left out."""
    text = ("Последний наблюдатель метеостанции\n\nБез десяти шесть утра наблюдательница "
            "метеостанции идёт к будке с термометрами. Ветер с моря сильный. Метеостанция стоит "
            "на краю острова.\n\nНа острове нет магазина. Продукты привозит судно.\n\n"
            "Архангельск, 11 ноября. Скоро эта жизнь закончится. Центр гидрометеорологии "
            "объявил, что с 1 марта станция станет автоматической.\n\nНаблюдательница уходит на "
            "пенсию. Замену ей не нашли.\n\nСтоимость программы составит 210 млн руб.")
    first = _short(text, Language.RUSSIAN, sentences=1)[0]
    assert first.startswith("Центр гидрометеорологии объявил")


REPEATED_FIGURES = ("В Перми установят 4 тыс. камер во дворах\n\n"
        "ПЕРМЬ, 3 марта — Администрация Перми представила программу «Безопасный двор», по которой "
        "до конца 2026 г. во дворах должны появиться около 4 тыс. видеокамер. Стоимость программы "
        "оценивается в 1,2 млрд руб.\n\n"
        "Правозащитники предупреждают о рисках для частной жизни горожан. Юристы считают, что "
        "закон не позволяет хранить записи дольше месяца.\n\n"
        "Программа рассчитана на два года. В 2025 г. планируется установить первые 600 камер, "
        "в 2026 г. — остальные.\n\n"
        "Жители смогут смотреть записи своего двора через портал мэрии. Доступ полиции к "
        "записям будет открыт только по запросу.\n\n"
        "Если городская дума поддержит программу, первые 600 камер должны заработать до конца "
        "2025 г. Голосование в думе назначено на 20 марта.\n\n"
        "Похожие системы уже работают в Казани и Екатеринбурге. В Казани за год число краж из "
        "автомобилей во дворах снизилось на треть, сообщили в городской полиции.\n\n"
        "Управляющие компании опасаются дополнительных расходов на обслуживание камер. По их "
        "оценке, содержание одной камеры обходится в несколько тысяч рублей в год.\n\n"
        "Депутаты от оппозиции требуют провести публичные слушания. Они считают, что жители "
        "должны сами решать, нужны ли камеры в их дворе.\n\n"
        "Мэрия обещает учесть предложения жителей, в том числе возможность отказа отдельных "
        "домов от участия по решению общего собрания собственников.")


def test_a_sentence_with_the_same_figures_as_a_picked_one_is_not_picked_again() -> None:
    """Blind round 19, ru 126: "В 2025 г. … первые 600 камер" and "…первые 600 камер должны
    заработать до конца 2025 г." both went into the long summary: the same fact twice."""
    (long,) = ExtractiveSummarizer().summarize(REPEATED_FIGURES, Language.RUSSIAN,
                                               [Length(sentences=12, words=200)])
    assert sum("600 камер" in sentence for sentence in long.sentences) == 1


SCENE_FOR_THREE_PARAGRAPHS = ("Night herons return to the river as survey counts record colonies\n\n"
        "At a quarter to six on a grey May morning, Tom Harker is already wading along the gravel "
        "bar, binoculars around his neck. The retired postman has counted birds on this stretch of "
        "the river every spring since 1998. He knows which willows the herons like to roost in.\n\n"
        "This year, he says, the trees were louder. “I counted nests I had never seen before. I "
        "had to start a new page,” he said.\n\n"
        "The survey, run by the River Birds Trust with reports from 2,300 volunteers, found that "
        "night heron colonies had grown to 41 across the country, a record since counting began. "
        "Nesting pairs rose by a third in five years.\n\n"
        "Scientists said milder winters helped young birds survive. Fish stocks in the lower river "
        "have also recovered since a weir was removed in 2015.\n\n"
        "The trust plans a second count in June and wants farmers to leave willows standing along "
        "the banks. Volunteers can sign up on its website until the end of April.\n\n"
        "Night herons were almost gone from the country in the 1970s, when drained wetlands and "
        "polluted rivers left few places to feed. The first new colony was found in 1996. "
        "Anglers say the birds now take small fish from hatchery ponds. The trust has offered "
        "advice on netting. A report on the colonies' diet is due next year.")


def test_the_news_under_a_scene_longer_than_the_opening_window_leads(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Blind round 19, en 124: a scene at an hour of the day ("At half past nine on a still July
    morning …") ran for three paragraphs, the survey's finding came undated under it, and both
    summaries opened on the scene."""
    short, _ = summarizer.summarize(SCENE_FOR_THREE_PARAGRAPHS, Language.ENGLISH, list(presets))
    assert short.sentences[0].startswith("The survey, run by the River Birds Trust")


KK_SCENE_THEN_LINK = ("«Алтай балы» атауы енді заңмен қорғалады\n\n"
        "Таңғы сағат бесте Катонқарағай ауданындағы Шыңғыстай ауылының үстіндегі шабындықта шық "
        "әлі кеппеген. 68 жастағы омарташы Болат Сейітов ара ұясының қақпағын абайлап ашып, "
        "балға толы жақтауды күнге қарай көтереді. Оның омартасындағы ең көне ұяларды әкесі "
        "1970 жылдары жасаған.\n\n"
        "Ондаған жыл бойы таудағы омарталар азая берді. Базарларда «Алтай балы» деген атпен "
        "кез келген бал сатыла бастады. Омарташылардың айтуынша, сатып алушы көп жағдайда "
        "айырмашылықты байқамайды.\n\n"
        "Енді бұл жағдай өзгеруі мүмкін. Ұлттық зияткерлік меншік институты «Алтай балы» атауын "
        "географиялық көрсеткіш ретінде ресми тіркегенін хабарлады. Атауды тек Шығыс Қазақстан "
        "облысының үш ауданында жиналған бал үшін қолдануға болады.\n\n"
        "Өтінімді 2022 ж. Алтай омарташыларының қауымдастығы берген. Ғалымдар балдың құрамын "
        "екі жыл бойы зерттеді.\n\n"
        "Әзірге атауды пайдалану құқығын 9 шаруашылық алды. Қауымдастық жаңа таңбаламаны "
        "келесі маусымнан бастап енгізуді жоспарлап отыр.\n\n"
        "Сарапшылардың пікірінше, тіркеу бал бағасын 20 %-ға дейін көтеруі мүмкін. Бірақ "
        "шағын омарташылар сертификаттау шығынын көтере алмауы ықтимал.")


def test_a_kazakh_scene_at_an_hour_gives_way_to_the_news_after_its_link(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Blind round 19, kk 124: "Таңғы сағат алтыда … бақта тұман әлі сейілмеген." was taken for
    the lead, and the registration, after "Енді бұл жағдай өзгеруі мүмкін.", was in no summary."""
    short, _ = summarizer.summarize(KK_SCENE_THEN_LINK, Language.KAZAKH, list(presets))
    assert short.sentences[0].startswith("Ұлттық зияткерлік меншік институты")


NAME_CUT_FROM_THE_LEAD = ("Омские керлингисты выиграли турнир в Астане\n\n"
        "Мужская команда омского клуба «Иртыш» — четверка, которую возглавляет 26-летний скип "
        "Павел Орлов, воспитанник городской спортшколы, еще шесть лет назад тренировавшийся на "
        "арендованном катке, а ныне серебряный призер студенческого первенства страны, — в субботу "
        "выиграла международный турнир в Астане и получила главный приз в 20 тыс. долларов.\n\n"
        "Орлов последним камнем принес команде два очка и победу со счетом 6:5.\n\n"
        "В турнире участвовали 16 команд из девяти стран. Следующий этап пройдет в январе в Минске. "
        "Клуб рассчитывает на поддержку областного министерства спорта. Тренер команды считает, "
        "что у спортсменов есть шанс попасть в сборную.")


def test_a_surname_is_not_introduced_by_a_lead_whose_cut_dropped_the_full_name() -> None:
    """Blind round 22, ru 145: the lead was cut without "скип Вероника Зотова", and the next
    sentence began "Зотова последним камнем…" about a woman the summary never named."""
    short, _ = ExtractiveSummarizer().summarize(
        NAME_CUT_FROM_THE_LEAD, Language.RUSSIAN,
        [Length(sentences=2, words=40), Length(sentences=6, words=200)])
    assert short.sentences[0].startswith("Мужская команда омского клуба «Иртыш» в субботу")
    assert not any(sentence.startswith("Орлов") for sentence in short.sentences)


_PEG_ARTICLE = (
    "Горный институт переедет на окраину и продаст здания в центре\n\n"
    "Старейший горный институт Екатеринбурга намерен за пять лет перенести все "
    "факультеты в новый кампус на окраине города, а свои исторические здания в центре "
    "продать инвестору. Об этом ректорат объявил во вторник на собрании коллектива. "
    "Институт сейчас занимает 11 зданий в центре, в том числе главный корпус на "
    "проспекте Ленина.\n\n"
    "Новый кампус планируют построить на участке площадью 40 гектаров у Березовского "
    "тракта. По словам проректора по развитию Олега Ширяева, там разместятся учебные "
    "корпуса, лаборатории, общежития на 3 тыс. мест и спортивный комплекс. Стоимость "
    "строительства оценивается в 14 млрд руб.\n\n"
    "Главный корпус института построен в 1920-х гг. и считается памятником "
    "конструктивизма. В нем находятся музей минералов и старейшая в регионе научная "
    "библиотека. Краеведы опасаются, что новый владелец перестроит здание.\n\n"
    "Студенты собрали более 5 тыс. подписей под обращением к губернатору. Они просят "
    "сохранить хотя бы главный корпус за институтом. Ректорат обещает, что музей и "
    "библиотека переедут в кампус вместе с факультетами.\n\n"
    "Окончательное решение о продаже зданий должен принять ученый совет в декабре."
)


def test_an_undated_opening_is_followed_by_the_dated_sentence_of_its_paragraph(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Blind round 23, kk 150 (and judged ru 84): the short summary took background ("Институт
    сейчас занимает 11 зданий…") after an opening that tells no date, over the sentence after
    it that tells when and by whom the news was announced."""
    short, _ = summarizer.summarize(_PEG_ARTICLE, Language.RUSSIAN, presets)
    assert len(short.sentences) >= 2 and "во вторник" in short.sentences[1]


_TOLL_ARTICLE = (
    "На угольной шахте в Кузбассе остановили добычу из-за пожара\n\n"
    "Угольная компания «Сибирский пласт» в пятницу остановила добычу на шахте "
    "«Восточная» под Прокопьевском после того, как на глубине около 420 м загорелась "
    "лента конвейера, сообщили в пресс-службе компании. Из шахты выведены 186 "
    "горняков, пострадавших нет.\n\n"
    "Остановка добычи на угольной шахте из-за пожара не угрожает энергетике Кузбасса, "
    "заявил вице-губернатор региона Игорь Левин. По данным компании, задымление "
    "заметили в 05:10 во время смены. Горноспасатели потушили огонь к полудню. "
    "Причины возгорания выясняет комиссия.\n\n"
    "Шахта «Восточная» дает около 9 % добычи угля компании. Она работает с 1979 г. и "
    "в прошлом году прошла проверку.\n\n"
    "Добычу на шахте возобновят после завершения проверки, не раньше чем через "
    "неделю, сообщили в компании."
)


def test_the_toll_of_an_incident_follows_its_report_in_the_short_summary(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Blind round 24, ru 153: the short summary took an official's reassurance from further
    down over the sentence after the lead that tells how many were evacuated and that nobody
    was hurt."""
    short, _ = summarizer.summarize(_TOLL_ARTICLE, Language.RUSSIAN, presets)
    assert len(short.sentences) >= 2 and "пострадавших нет" in short.sentences[1]


_ROOM_ARTICLE = (
    "City to replace paper parking permits with a phone app\n\n"
    "For most residents of Leeds, getting a parking permit still means a familiar "
    "chore: a printed form, a copy of a council tax bill with a recent date, and "
    "often an afternoon spent in a queue at the civic office. Under a plan approved "
    "on Tuesday, that chore would largely disappear within two years, replaced by a "
    "single app on a mobile phone.\n\n"
    "Councils across England have tried to simplify permits before. An earlier online "
    "form, introduced in 2015, was dropped after complaints that it crashed whenever "
    "demand peaked in January.\n\n"
    "The new app would let residents apply, pay and show a permit from one screen. "
    "Wardens would check number plates instead of paper stickers.\n\n"
    "The council said the change would save about £400,000 a year in printing and "
    "staff time. The first streets are due to switch in the spring."
)


def test_a_context_opening_loses_an_aside_to_make_room_for_the_news_after_it(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Blind round 24, en 156: the opening (context, no date) and the dated sentence after it
    were over 60 words together, so the short summary gave context and background and never
    said what was decided."""
    short, _ = summarizer.summarize(_ROOM_ARTICLE, Language.ENGLISH, presets)
    assert len(short.sentences) == 2 and short.sentences[1].startswith("Under a plan approved")
    assert short.sentences[0].startswith("For most residents") and short.word_count <= 60
    assert short.notes  # the opening was shortened, and the summary says so


def test_the_sentence_that_leans_on_the_opening_is_tried_right_after_it() -> None:
    """Blind round 26, kk 165: after the recall ("…күртені сатудан алуды тапсырды."), the short
    summary took the maker's defence over the sentence that goes on from the lead ("Зертханалық
    сараптама олардың астарындағы формальдегид мөлшері … асатынын көрсетті.") and says why."""
    from summarizer.units import build_units

    text = ("Комитет қаладағы «Ақ Тігін» ЖШС шығарған 9 мың балалар күртесін сатудан алуды "
            "тапсырды. Сараптама олардың астарындағы бояу мөлшері нормадан үш есе асатынын "
            "көрсетті.\n\nКомпания директоры барлық көрсеткіштер норма шегінде болғанын айтты.")
    units = build_units(parse(text, "kk").body, "kk")
    assert units[1].depends_on == 0
    assert ExtractiveSummarizer._peg({0: None}, units, 0, Language.KAZAKH, grow=False) == (1, False)
    assert ExtractiveSummarizer._peg({0: None}, units, 0, Language.KAZAKH, grow=True) is None


_PERFECT_LEAD = (
    "Peru frog named after clouds in journal paper\n\n"
    "A tiny, bright green frog that lives only along a few mossy streams in the cloud "
    "forest above a remote village in northern Peru, and that local farmers had known "
    "for generations but scientists had never recorded, has been described as a new "
    "species by a team of biologists and village guides, who warn that its whole "
    "known range covers less than 20 square kilometres.\n\n"
    "The species, named Pristimantis nubis after the Latin word for cloud, was "
    "described in a paper published on Tuesday in the Journal of Andean Herpetology. "
    "Adults grow to about 2 centimetres and have gold flecks on their backs.\n\n"
    "The team first collected specimens in 2021, after guides brought photographs to "
    "a field station. Genetic tests showed that it differs from its closest relative "
    "by about 6%.\n\n"
    "The biologists plan to return in the dry season to survey nearby valleys."
)
_PERFECT_AFTER_TURN = (
    "Leeds sets out plan to close six branch libraries\n\n"
    "For most of the past fifty years, the rule in Leeds has been simple: every "
    "district has its own branch library, open six days a week. That could soon "
    "change.\n\n"
    "Leeds City Council has published proposals to close six of its 34 branch "
    "libraries and to cut opening hours at most of the rest by a day a week. The "
    "council says the move would save about £1.2 million a year.\n\n"
    "The plan, set out in a 40-page consultation document released on Friday, is the "
    "largest cut to the library service in the city's history. Library visits fell by "
    "a third in ten years.\n\n"
    "Campaigners said they would fight the closures. The consultation runs until "
    "March 31."
)


def test_an_english_lead_in_the_present_perfect_is_the_news_without_a_date(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Blind round 26, en 169: "…a crayfish … has been formally described as a new species …"
    tells no day, so the dated detail under it ("…was described in a paper published on
    Tuesday …") was taken for a buried lede and the short summary lost the news."""
    short, _ = summarizer.summarize(_PERFECT_LEAD, Language.ENGLISH, presets)
    assert short.sentences[0].startswith("A tiny, bright green frog")


def test_a_report_in_the_present_perfect_after_a_turn_starts_the_news(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Blind round 20, en 132: after "…has been simple: … That could soon change.", the news
    ("… City Council has published proposals …") was passed over for the dated detail below."""
    short, _ = summarizer.summarize(_PERFECT_AFTER_TURN, Language.ENGLISH, presets)
    assert short.sentences[0].startswith("Leeds City Council has published proposals")


def test_an_opening_that_reports_the_dated_news_leads_above_a_later_dateline(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Blind round 27, ru 175: the lead ("…в воскресенье впервые выиграла чемпионат…") stood
    above the caption, the byline and the dateline paragraph, and the dateline was taken for
    where the news starts: the short summary told the crowd and the half-time score."""
    text = ("Самарская «Волна» впервые выиграла чемпионат России по гандболу\n\n"
            "Самарская «Волна», которая еще пять лет назад играла в первой лиге, в воскресенье "
            "впервые в своей истории выиграла чемпионат России по гандболу, обыграв в решающем "
            "матче московский «Спартак» со счетом 31:29.\n\n"
            "Ирина Лосева, корреспондент «Волжских вестей»\n\n"
            "САМАРА, 18 мая — Волжские вести. Решающий матч собрал около 3 тыс. зрителей, почти "
            "вдвое больше, чем обычно. Гостьи из Москвы уверенно провели первый тайм.\n\n"
            "Перелом произошел во втором тайме. Самарские гандболистки забили пять мячей подряд.")
    short, _ = summarizer.summarize(text, Language.RUSSIAN, presets)
    assert short.sentences[0].startswith("Самарская «Волна»")


@pytest.mark.parametrize("language", ["en", "ru"])
def test_a_scene_under_the_dateline_below_a_caption_gives_way_to_the_news(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length], language: str) -> None:
    """Blind round 206, en 2152: a photo's caption, then "PORT BENOIT, La. — At 5:40 every
    morning, … Earl Guidry unhooks the chain …", the scene on the dateline's paragraph. The
    dateline was taken for where the news starts, and both summaries told the ferry's morning
    over the state's plan to end it, two paragraphs down."""
    text = {
        "en": "Last winter for the Kilbrook lock\n\n"
              "Lock keeper Anna Reyes, 58, at the gates of the Kilbrook lock. She has kept them "
              "since 1991.\n\n"
              "KILBROOK, Ohio — At six every morning, while mist still lies on the canal, Anna "
              "Reyes walks out along the towpath, unlocks the wheelhouse and turns the first of "
              "the four iron wheels. The gates take nine minutes to swing open.\n\n"
              "The boats that pass are mostly the same ones, a pair of narrowboats, a tourist "
              "launch and a barge that carries gravel twice a week.\n\n"
              "That routine is about to end. The state canal board said on Tuesday that it would "
              "close the Kilbrook lock on Dec. 1, citing repair costs of about $3 million and a "
              "fall in traffic to fewer than 20 boats a week.\n\n"
              "The board said the lock's gates had not been rebuilt since 1968 and that a "
              "survey in March found cracks in two of the four wheels.\n\n"
              "Boaters say the closure will cut the canal in two. A hire firm in Kilbrook said "
              "half of its bookings were for trips through the lock.\n\n"
              "\"You do not just shut a gate,\" Reyes said. \"You shut a road for the boats.\"\n\n"
              "The lock was opened in 1887 and was run by the county until 1954, when the "
              "state took it over.\n\n"
              "The town council plans to ask the board to reconsider at its meeting next month. "
              "A petition to keep the lock open has 2,400 signatures.",
        "ru": "Последняя зима Килбрукского шлюза\n\n"
              "Смотритель шлюза Анна Рейес, 58 лет, у ворот шлюза. Она работает здесь с 1991 "
              "года.\n\n"
              "КИЛБРУК — Каждое утро в шесть часов, пока над каналом ещё стоит туман, Анна Рейес "
              "идёт по бечевнику, отпирает будку и поворачивает первое из четырёх железных "
              "колёс. Ворота открываются девять минут.\n\n"
              "Лодки через шлюз ходят в основном одни и те же: две баржи, прогулочный катер и "
              "баржа с гравием дважды в неделю.\n\n"
              "Этому распорядку приходит конец. Управление каналов во вторник объявило, что "
              "закроет Килбрукский шлюз 1 декабря из-за расходов на ремонт около 3 млн долларов "
              "и падения движения до 20 судов в неделю.\n\n"
              "Ворота шлюза не перестраивали с 1968 года, а весной в двух из четырёх колёс "
              "нашли трещины.\n\n"
              "Судовладельцы говорят, что закрытие разрежет канал надвое. Прокатная фирма в "
              "Килбруке говорит, что половина её заказов — поездки через шлюз.\n\n"
              "«Это не просто ворота закрыть. Это дорогу закрыть», — говорит Рейес.\n\n"
              "Шлюз открыли в 1887 году, до 1954 года им управлял округ.\n\n"
              "Управление обещает, что катера смогут обходить шлюз по реке. Судовладельцы "
              "отвечают, что река в этом месте мелкая и летом непроходима.\n\n"
              "Городской совет попросит управление пересмотреть решение. Петицию за сохранение "
              "шлюза подписали 2400 человек.",
    }[language]
    short, _ = summarizer.summarize(text, Language(language), list(presets))
    assert short.sentences[0].startswith(("The state canal board said on Tuesday",
                                          "Управление каналов во вторник")), short.sentences


@pytest.mark.parametrize("language", ["ru", "en"])
def test_a_turn_to_the_news_four_paragraphs_under_a_scene_leads_the_short_summary(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length], language: str) -> None:
    """Blind round 27, ru 172: a scene, a quotation and three paragraphs of background, then
    «Теперь ситуация может измениться. Городская дума … в четверг утвердила…», a paragraph
    past the buried-lede window: the short summary told only the scene."""
    text = {
        "ru": "Город доплатит владельцам старых домов за резные наличники\n\n"
              "Пожилой плотник поднимается на стремянку каждое утро. Он снимает старую краску "
              "с наличников своего дома шпателем и шкуркой. Под слоями краски проступают "
              "вырезанные птицы и листья.\n\n«Эти окна ставил мой дед. Я их не брошу, пока "
              "жив», — говорит он.\n\nТаких домов в городе около полутора тысяч. Их владельцы "
              "жалуются, что не могут оплатить работу мастеров.\n\nГород теряет деревянные дома "
              "один за другим. Многие из них стоят без ремонта с советских времен.\n\nМастеров по "
              "дереву в городе осталось немного. Очереди к ним растут.\n\nТеперь ситуация может "
              "измениться. Городская дума в четверг утвердила программу, по которой мэрия будет "
              "оплачивать до 80 % стоимости реставрации наличников.\n\nНа первый год в бюджете "
              "заложено 42 млн руб. Этого хватит примерно на 140 домов. Заявки начнут принимать "
              "в феврале. Архитекторы одобрили решение. Краеведы просят расширить список домов.\n\n"
              "Условия программы жесткие. Работы должны выполнять лицензированные мастера. "
              "Результат примет комиссия. Собственник обязуется не менять фасад десять лет.\n\n"
              "Общественники встретили решение с оговорками. Они считают, что главный дефицит — "
              "мастера, а не деньги. Мэрия обещает открыть курсы резчиков. Первые договоры "
              "заключат в апреле.",
        "en": "City to pay owners of old houses to restore carved window frames\n\n"
              "An elderly carpenter climbs a stepladder every morning. He scrapes old paint from "
              "the window frames of his house with a blade and sandpaper. Birds and leaves carved "
              "by hand appear under the layers of paint.\n\n\"My grandfather put in these "
              "windows. I will not let them rot while I live,\" he says.\n\nThe city has about "
              "1,500 such houses. Their owners complain they cannot pay for skilled work.\n\nThe "
              "city loses wooden houses one after another. Many have had no repairs for "
              "decades.\n\nFew woodcarvers are left in the city. Their waiting lists grow.\n\n"
              "That is about to change. The city council on Thursday approved a scheme under "
              "which the city will pay up to 80% of the cost of restoring carved frames.\n\n"
              "The first year's budget is 42 million roubles. That should cover about 140 houses. "
              "Applications open in February. Architects welcomed the decision. Historians want "
              "more houses on the list.\n\nThe terms are strict. Licensed craftsmen must do the "
              "work. A panel will inspect the result. Owners must keep the facade unchanged for ten "
              "years.\n\nCampaigners welcomed the decision with reservations. They say the "
              "shortage is of craftsmen, not money. The city promises woodcarving courses. The "
              "first contracts will be signed in April.",
    }[language]
    short, _ = summarizer.summarize(text, Language(language), list(presets))
    assert short.sentences[0].startswith(("Городская дума в четверг", "The city council on"))


def test_a_long_lede_above_a_caption_byline_and_dateline_stays_the_news(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Blind round 29, kk 187 (and judged kk 133): an 80-word lede that tells the headline,
    then a caption, a byline and the dateline's paragraph. The summaries started under the
    dateline and never named the contest or its winner."""
    text = ("Домбыра сайысының бас жүлдесі жас ақынға бұйырды\n\n"
            "Ұлы күйші Құрманғазының туғанына 200 жыл толуына арналып, Атыраудағы облыстық "
            "филармонияда екі күн бойы өткен, еліміздің 14 өңірінен іріктеліп келген 28 "
            "домбырашы бақ сынасқан, көрермендер залға сыймай, алаңға үлкен экран орнатуға тура "
            "келген республикалық домбыра сайысының бас жүлдесін бұған дейін бас бәйгені ешқашан "
            "ала алмаған 24 жастағы атыраулық домбырашы Ерлан Сәметұлы жеңіп алды.\n\n"
            "Суретте: Ерлан Сәметұлы сахнада. Фото: Асқар Жұмабаев\nМәтін: Гүлжан Төлегенова\n\n"
            "АТЫРАУ, 16 ақпан. ҚазАқпарат – Сайыстың соңғы кезеңі жексенбі күні кешке дейін "
            "созылды. Соңғы кезеңде Ерлан Сәметұлы павлодарлық Айгүл Серікқызымен сайысты. "
            "Жеті мүшеден тұратын қазылар алқасының бесеуі атыраулық домбырашыға дауыс берді.\n\n"
            "Сайыс дәстүрлі тәртіппен өтті. Алғашқы күні домбырашылар жеребе бойынша ойнады. "
            "Соңғы кезеңге алты домбырашы іріктелді. Әр орындаудың ұзақтығы 10 минуттан "
            "аспады.\n\nҚазылар алқасының төрағасы сайыстың деңгейі жоғары болғанын айтты. "
            "Келесі сайыс 2027 жылы Семейде өтеді.")
    short, long = summarizer.summarize(text, Language.KAZAKH, list(presets))
    assert "Ерлан Сәметұлы жеңіп алды." in short.text
    assert long.sentences[0].startswith("Ұлы күйші Құрманғазының")


def test_the_reason_opening_the_paragraph_after_a_scene_follows_it_in_the_short_summary(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Blind round 29, ru 186: a dated queue scene, then «Причина — масштабный сбой …»; the
    short summary told the scene and a background sentence, never the failure."""
    text = ("Сбой медицинской системы оставил пациентов без записи к врачам\n\n"
            "Очередь в регистратуру поликлиники № 7 в среду утром растянулась до входных дверей. "
            "Пожилые пациенты держали в руках талоны и не понимали, почему их нет в списках. "
            "Медсёстры за стойкой вручную переписывали данные в тетради.\n\n"
            "Причина — масштабный сбой в новой региональной медицинской системе, на которую "
            "поликлиники области перешли в начале февраля. С понедельника система работает с "
            "перебоями. Из-за сбоя отменены около 58 тыс. записей к врачам.\n\n"
            "Как всё начиналось\n\nДо нынешнего года поликлиники региона пользовались четырьмя "
            "разными программами. Контракт на новую систему стоил 1,24 млрд руб.\n\n"
            "Что говорят врачи\n\nВрачи жалуются на бумажные карты. Министр провела совещание с "
            "главными врачами. Систему обещают наладить к 24 февраля.")
    short, _ = summarizer.summarize(text, Language.RUSSIAN, list(presets))
    assert short.sentences[0].startswith("Очередь в регистратуру")
    assert short.sentences[1].startswith("Причина — масштабный сбой")


def test_a_sentence_leaning_on_the_news_after_its_link_does_not_pull_in_the_scene(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Blind round 29, kk 184: the long summary opened on the scene's last sentence, which
    the news's link leans on, because the sentence after the news leans on the news."""
    text = ("Region adopts plan against ragweed\n\nAt seven in the morning a pensioner pulls "
            "weeds by the road. She stuffs them into a sack. Her grandson cannot breathe when "
            "they flower.\n\nRagweed came from North America. Its pollen causes hay fever. One "
            "plant gives up to 100,000 seeds, which stay alive in the soil for 30 years.\n\n"
            "This problem has now reached the regional level. On Monday the regional government "
            "approved a three-year programme to wipe out ragweed. This was announced by the "
            "head of the farm department at a briefing.\n\nThe programme will cost 1.2 billion "
            "tenge. Weeds cover 48,000 hectares, up from 30,000 in 2020. Drones will map the "
            "fields. Farmers who ignore the weed face fines. Doctors welcomed the plan.\n\n"
            "Farmers say the fines are too high. The first results are due next autumn. "
            "Schools will teach children to recognise the plant.")
    _, long = summarizer.summarize(text, Language.ENGLISH, list(presets))
    assert any(sentence.startswith("On Monday the regional government approved")
               for sentence in long.sentences)
    assert not any(sentence.startswith("One plant gives") for sentence in long.sentences)


def test_a_dated_link_to_the_scene_before_the_news_is_the_buried_lede(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Judged en 34 (found with blind round 32's "that count"): "Most nights in January …" set a
    scene, and "On Thursday, those hours paid off. The Minor Planet Center … confirmed …" was
    never taken for the news, its date being in the link."""
    text = ("The retired teacher who found a comet from her garden shed\n\nMost nights in "
            "January, the only light in her garden comes from a torch inside a shed. There, the "
            "former teacher sits in two sleeping bags while a telescope tracks the sky. Outside, "
            "it is minus 20 degrees.\n\n\"The polar night gives you sixteen hours,\" she says."
            "\n\nOn Thursday, those hours paid off. The Minor Planet Center confirmed that a faint "
            "smudge she photographed on Jan. 9 is a previously unknown comet. It will carry her "
            "name.\n\nIt is the first comet found by an amateur in Norway. She spotted it while "
            "combining 14 exposures. Observatories will follow it for months. Her club plans a "
            "party. The comet will fade by April.")
    short, _ = summarizer.summarize(text, Language.ENGLISH, list(presets))
    assert short.sentences[0].startswith("The Minor Planet Center confirmed")


def test_pagerank_solved_in_one_step_agrees_with_the_walk(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A news article's PageRank is a linear solve; it must give the walk's scores (to 1e-9)
    on linked and unlinked units alike, and tie unlinked units of the same prior exactly, so
    sorting puts the earlier first however the scores were computed."""
    import numpy as np

    from summarizer import summarize as module

    documents = [["court", "fine", "platform"], ["platform", "appeal"], ["weather"],
                 ["court", "judge", "fine"], ["garden"], ["appeal", "court", "week"],
                 ["orchard"]]
    matrix = module._SparseTfidf(documents)
    teleport = np.array([5.0, 3.0, 1.0, 2.0, 1.0, 1.5, 1.0])
    dense = np.zeros((matrix.n, len(matrix.vocabulary)))
    dense[matrix.row, matrix.col] = matrix.data
    assert np.allclose(matrix._similarities(), dense @ dense.T)
    for damping in (0.15, 0.85):
        solved = matrix.pagerank(teleport, damping)
        monkeypatch.setattr(module, "_SOLVED_UNITS", 0)
        walked = matrix.pagerank(teleport, damping)
        monkeypatch.undo()
        assert np.allclose(solved, walked, atol=1e-9)
        assert math.isclose(solved.sum(), 1.0, abs_tol=1e-9)
        assert solved[2] == solved[4] == solved[6]  # unlinked, same prior: tied exactly
        assert solved[0] > solved[2]


RU_ROUTINE_SCENE = (
    "Пекарня в Вологде перейдет на четырехдневную неделю\n\n"
    "Ольга Смирнова приходит в цех без четверти пять, когда на улице еще темно. Пятнадцать лет "
    "она месит тесто и на слух узнает каждую печь в зале. «К пятнице руки уже не держат "
    "скалку», — говорит она, отряхивая муку с фартука.\n\n"
    "С 1 марта у Ольги и еще 240 сотрудников хлебозавода «Вологодский каравай» пятница станет "
    "выходным днем. Предприятие на полгода переводит пекарей на четырехдневную неделю без "
    "снижения зарплаты. Оклады при этом сохранятся.\n\n"
    "Директор завода объясняет решение нехваткой людей. За два года с завода ушли 60 пекарей. "
    "На вакансии почти никто не откликается.\n\n"
    "Профсоюз опыт поддержал. Итоги подведут в сентябре. Если производительность не упадет, "
    "график сохранят.\n\n"
    "Скептики есть и в цехах. Часть пекарей боится, что план просто растянут на четыре дня.")

KK_SCENE_THEN_DRAFT = (
    "Аптапта жұмыс тоқтайды: құрылысшыларға түскі үзіліс міндетті болмақ\n\n"
    "Таразның шетіндегі жаңа тұрғын үй алаңында сағат екіде көлеңке жоқ. Сылақшы Ерлан Сәбитов "
    "маңдайындағы терді сүртіп, бөтелкедегі суды бір демде ішеді. Темір арматура қолды "
    "күйдіреді.\n\n"
    "Еңбек министрлігі құрылысшыларды аптап ыстықтан қорғайтын қағидалардың жобасын әзірлеп, "
    "қоғамдық талқылауға шығарды. Құжатқа сәйкес, аптапта құрылыс жұмысы тоқтайды, ал түскі "
    "үзіліс міндетті болмақ.\n\n"
    "Жұмыс берушілер қызметкерлерді ауызсумен қамтамасыз етуі керек. Талапты бұзғандарға "
    "айыппұл салынады.\n\n"
    "Министрліктің мәліметінше, қағидалар 2026 ж. 1 маусымнан бастап күшіне енуі мүмкін. Жоба "
    "15 тамызға дейін талқыланады.\n\n"
    "Кәсіподақ жобаны қолдайтынын мәлімдеді. Мердігерлер мерзім созылады деп алаңдайды.\n\n"
    "Өткен жазда облыста жиырмадан астам жұмысшы ыстық өтіп, ауруханаға түскен.\n\n"
    "Дәрігерлер су ішуді жиілетуге кеңес береді. Көлеңкеде демалу да маңызды.\n\n"
    "Шымкент пен Түркістанда да осындай шағымдар көп. Жергілікті инспекторлар тексеру "
    "жүргізбек.\n\n"
    "Ерлан Сәбитов жаңа тәртіпті күтіп жүр. Ол жазда тағы екі үйдің қабырғасын сылауы тиіс. "
    "Бригадада он екі адам бар. Олардың жартысы ауылдан келген жастар.")





RU_PATIENT_SCENE = (
    "В Онеге откроют отделение гемодиализа\n\n"
    "Во вторник, четверг и субботу Петр Ильин встает в пять утра в съемной комнате на "
    "окраине Северодвинска. В семь он уже в кресле у аппарата и следующие четыре часа смотрит в "
    "окно. Его дом и жена — в деревне под Онегой, в двухстах километрах отсюда.\n\n"
    "«Живу на два дома, — говорит он. — Жена смеется, что я стал вахтовиком».\n\n"
    "Таких пациентов, как Ильин, в районе сейчас 27. Теперь у них появилась надежда лечиться "
    "ближе к дому. Министерство здравоохранения области объявило, что до конца года в Онежской "
    "районной больнице откроется отделение гемодиализа на восемь мест.\n\n"
    "Ремонт и оборудование обойдутся в 90 млн руб. Отделение сможет принимать до 40 человек. "
    "Процедуры останутся бесплатными.\n\n"
    "Врачей для отделения будут искать по всей стране. Медсестер обучат на месте.\n\n"
    "Петр Ильин уже записался в очередь. Он надеется вернуться домой к весне. Жена ждет его "
    "к посевной.\n\n"
    "В соседних районах таких отделений пока нет. Пациенты оттуда ездят в Архангельск. Дорога "
    "занимает до шести часов.")



RU_LINK_AT_THE_END_OF_A_UNIT = (
    "Город начнет выкупать комнаты в коммуналках\n\n"
    "В квартире на третьем этаже дома на Гороховой длинный коридор и одна кухня. Когда-то здесь "
    "жили двадцать человек. Сейчас — двое: пенсионерка и её сосед-студент.\n\n"
    "Таких квартир в городе тысячи. В четверг городская дума приняла закон, который должен "
    "сдвинуть дело с мёртвой точки. Город получит право выкупать отдельные комнаты в "
    "коммуналках по рыночной цене. На программу заложено 14 млрд руб.\n\n"
    "По данным жилищного комитета, в городе осталось 60 тыс. коммунальных квартир. Десять лет "
    "назад их было вдвое больше.\n\n"
    "Жильцы закон в целом поддержали. Юристы опасаются споров об оценке комнат.\n\n"
    "Первые сделки ожидаются осенью. Комитет обещает публиковать отчеты раз в квартал.\n\n"
    "Пенсионерка с Гороховой уже подала заявление. Она надеется, что к зиме квартира станет "
    "отдельной.")



KK_FRAGMENT_SCENE = (
    "Жұма уағызы енді ым тілінде\n\n"
    "Жұма күні, түс ауа. Шымкенттегі мешіттің екінші қатарында 34 жастағы Бауыржан отыр. Ол "
    "туғаннан саңырау. Бұрын уағыздың мазмұнын үйге барғанда інісінен сұрайтын.\n\n"
    "Діни басқарма наурыздан бастап 46 мешітте жұма уағызын ым тіліне аударуды бастады. Жобаға "
    "52 аудармашы тартылды.\n\n"
    "Аудармашылар екі айлық курстан өтті. Олар намаз тәртібін оқыды.\n\n"
    "Басқарма мұндай мешіттердің санын 120-ға жеткізбек. Жоба 2026 жылы аяқталады.\n\n"
    "Саңырау жамағат жаңалықты қуана қарсы алды. Бауыржан енді әр жұма сайын келеді.\n\n"
    "Ым тіліндегі уағыз бейнесі желіде де жарияланады. Оны мыңдаған адам көреді.")



EN_SCENE_WITH_A_QUOTE = (
    "The ropes fall slack: a push to train new bell ringers before towers go quiet\n\n"
    "At a quarter past seven on a Tuesday evening, Margaret Pell climbs the stone steps to the "
    "ringing chamber of St Mary's. She has been tower captain here for 41 years. Tonight, as on "
    "most Tuesdays, only four people come. \"Six bells and four ringers,\" she says, tying up the "
    "two ropes nobody will pull.\n\n"
    "A survey of 5,214 towers published on Thursday by the Ringing Futures Trust found that one "
    "in four no longer ring for Sunday services. The average age of an active ringer is now 61."
    "\n\n"
    "The trust also announced a £1.8 million programme to train 2,000 new ringers by 2029. Most "
    "of the money comes from a heritage grant.\n\n"
    "Courses will start in January in 40 dioceses. Schools will be invited to send pupils.\n\n"
    "Church leaders welcomed the plan. Some warned that towers also need repairs.\n\n"
    "The trust will publish a progress report next year. Pell has already signed up two "
    "teenagers from the village.")


def test_no_grown_summary_takes_a_quotation_from_the_middle_of_a_scene_for_a_headline_word(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 56, en 358: «"Six bells and four ringers," she says …» named the headline's
    ringers, so the long summary took it (with "Tonight, … only four people come.") from the
    middle of the scene, Margaret Pell left out."""
    _, long = summarizer.summarize(EN_SCENE_WITH_A_QUOTE, Language.ENGLISH, list(presets))
    assert not any("she says" in sentence for sentence in long.sentences)


@pytest.mark.parametrize(("language", "text", "news"), [
    # Round 55, ru 346 and kk 346: an undated scene of a worker at dawn shared almost no word
    # with the headline, the paragraph under it told the headline's news, and both summaries
    # opened on the scene (kk 346, once the scene gave way: on the rules' entry into force, a
    # step to come, instead of the draft).
    (Language.RUSSIAN, RU_ROUTINE_SCENE, "С 1 марта у Ольги"),
    (Language.KAZAKH, KK_SCENE_THEN_DRAFT, "Еңбек министрлігі"),
    # Round 55, ru 340: the paragraph that told the headline opened on «Таких пациентов, как
    # Шумилов, …» and «Теперь у них …», which lean on the scene; the ministry's announcement
    # after them stands alone.
    (Language.RUSSIAN, RU_PATIENT_SCENE, "Министерство здравоохранения области объявило"),
    # Round 55, ru 348: «… В четверг Законодательное собрание … приняло … закон, который должен
    # сдвинуть дело с мёртвой точки.» led, vague about which city and which matter; the report
    # after it tells what the law does.
    (Language.RUSSIAN, RU_LINK_AT_THE_END_OF_A_UNIT, "Город получит право выкупать"),
    # Round 56, kk 358: «Жұма күні, түс ауа.» ("Friday, past noon.") opened a scene, and its
    # "Friday" made it the dated news.
    (Language.KAZAKH, KK_FRAGMENT_SCENE, "Діни басқарма наурыздан бастап"),
], ids=["ru-346", "kk-346", "ru-340", "ru-348", "kk-358"])
def test_the_news_under_a_scene_leads_the_short_summary(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length], language: Language,
        text: str, news: str) -> None:
    short, _ = summarizer.summarize(text, language, list(presets))
    assert short.sentences[0].startswith(news)


_FIGURES_SOURCE = (
        "Пенсии в Томской области: за год выплачено 48,2 млрд руб., доплату получат 12 тыс. "
        "человек\n\n"
        "ТОМСК, 15 января. /Сибирь-Информ/. Пенсионеры Томской области в 2025 г. получили от "
        "областного отделения Социального фонда 48,2 млрд руб. пенсий и других выплат. Такие "
        "данные в среду привела управляющая отделением Ольга Сомова на пресс-конференции.\n\n"
        "Всего в области насчитывается 301 тыс. получателей пенсий. Средний размер пенсии "
        "составил 24 100 руб.\n\n"
        "Главные цифры, которые назвали в отделении: с 1 января пенсии проиндексированы на "
        "7,6 %; социальную доплату в области получат 12 тыс. человек; выплачено на доплаты "
        "1,1 млрд руб.\n\n"
        "Отдельно в отделении рассказали о сроках выплат в январе. Деньги за январь пришли "
        "досрочно, 29 декабря. Следующая выплата придёт 3 февраля.\n\n"
        "Пенсионеры жалуются на очереди в клиентских службах. В отделении обещают открыть "
        "два новых офиса. Первый заработает в марте.\n\n"
        "С 1 августа ожидается перерасчёт пенсий для работающих пенсионеров. Заявлений для "
        "этого подавать не нужно.")

_REMEMBERED_SCENE = (
        "Рыбаков Онеги будут предупреждать о сбросах с комбината за трое суток\n\n"
        "Пётр Ильич Вавилов ловит рыбу на Онеге тридцать лет и до сих пор помнит утро 3 июля "
        "прошлого года. Он вышел к лодке и увидел, что вода у берега стала мутной. «Сначала "
        "подумал, что дожди. А потом увидел рыбу», — вспоминает он. Накануне выше по течению "
        "комбинат сбросил воду из отстойника. Из двух сетей он вынул только мёртвую рыбу.\n\n"
        "О сбросе он ничего не знал. Объявление висело на двери сельсовета.\n\n"
        "В четверг областное собрание приняло закон, по которому комбинат обязан за трое суток "
        "предупреждать рыбаков о сбросах через рассылку. Рыбаки, вписавшие свои участки в "
        "реестр, будут получать сообщения на телефон. Закон вступит в силу с 1 мая.\n\n"
        "За сброс без предупреждения предусмотрены штрафы до 500 тыс. руб. На рассылку в "
        "бюджете заложено 4 млн руб.\n\n"
        "Комбинат в ответ заявил, что готов выполнять новые правила. Его представитель "
        "напомнил, что сбросы проводятся по графику.\n\n"
        "Рыбаки закон в целом одобряют. Но многие из них телефоном почти не пользуются.\n\n"
        "Вавилов свои сети уже починил. Весной он снова выйдет на реку.")


@pytest.mark.parametrize(("text", "lead"), [
    (_FIGURES_SOURCE, "Пенсионеры Томской области в 2025 г."),
    (_REMEMBERED_SCENE, "В четверг областное собрание приняло закон"),
])
def test_the_dated_news_under_an_undated_opening_leads_the_short_summary(
        text: str, lead: str) -> None:
    """Round 58, ru 383: «Пенсионеры … в 2025 г. получили … 131,6 млрд руб.» is dated by «Такие
    данные в среду привела управляющая …»; read as undated, it gave way to a list of figures
    further down, which then led both summaries without the region or the total. Round 58,
    ru 382: an opening paragraph that remembers «утро 12 июня прошлого года» (a date of the
    past, not of the news) and goes on for five sentences hid «В четверг … дума приняла
    закон …» two paragraphs down, which tells the headline."""
    assert _short(text, Language.RUSSIAN)[0].startswith(lead)


@pytest.mark.parametrize(("language", "sentence"), [
    ("ru", "Еще 12 млн руб. добавит бюджет области."),
    ("en", "Another $4 million will come from the county."),
    ("kk", "Тағы 12 млрд теңгені облыс бюджеті бөледі."),
])
def test_another_sum_opening_a_sentence_points_back(language: str, sentence: str) -> None:
    """Round 58, ru 40: «Еще 12 млн руб. добавит бюджет Вологодской области.» adds to the sum
    told in the sentence before it; read as standing alone, it became the short summary."""
    assert opens_with_reference(sentence, language)


_REVERSED = (
    "Town to close its last two libraries, then spares one after outcry\n\n"
    "HALDEN, Norway, March 4 (Fjord Wire) - The town council of Halden on Tuesday voted to "
    "close both of its public libraries from June 1, moving their 41,000 books into storage "
    "and replacing the service with a weekly book bus, in a bid to save about 6 million crowns "
    "a year.\n\n"
    "The decision affects about 9,000 card holders, many of them pupils and older people who "
    "use the reading rooms to keep warm and to read newspapers.\n\n"
    "Under the plan approved at the council's monthly meeting, the library staff of eleven "
    "would be cut to three, who would run the book bus and a small online lending service.\n\n"
    "Mayor Ingrid Solberg said the town could no longer afford two buildings that stood "
    "half empty for most of the week. \"We have to choose between books on shelves and "
    "teachers in classrooms,\" she told reporters after the vote.\n\n"
    "The plan drew immediate criticism from parents, teachers and the local writers' club, "
    "which said it would collect signatures against the closure.\n\n"
    "The librarians' union said the book bus could not replace a warm room with a desk and "
    "warned of a strike if the plan went ahead unchanged.\n\n"
    "Economists at the regional university were more supportive and said the savings were "
    "real, although small next to the town's budget of 900 million crowns.\n\n"
    "Hours after the vote, the council partly reversed itself.\n\n"
    "In a statement issued late on Tuesday, the mayor's office said the library in the town "
    "centre would stay open on four days a week, with a staff of five, and that only the "
    "branch in the eastern district would close.\n\n"
    "The revised plan would cut the savings to about 2.5 million crowns a year, the office "
    "said. The writers' club welcomed the change but said it would keep collecting "
    "signatures until the council voted on the new plan.\n\n"
    "The council is due to vote on the amended plan on March 18, and the book bus is due to "
    "start its routes in the eastern district in June.")


def test_a_later_reversal_is_in_the_long_summary(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 58, en 386, ru 380, kk 380: the story's second development — the decision partly
    taken back hours later, a part of a law put off, a new lift halted — was in no long summary,
    which then told an out-of-date story. A short sentence that only says so ("Hours after the
    vote, the council partly reversed itself.") gives way to the one that tells what changed."""
    _, long = summarizer.summarize(_REVERSED, Language.ENGLISH, presets)
    assert any(sentence.startswith("In a statement issued late on Tuesday, the mayor's office")
               for sentence in long.sentences)


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("en", "Hours after the vote, the council partly reversed itself.", True),
    ("en", "The council voted to close both libraries.", False),
    ("ru", "В пятницу дума отложила введение нового налога на год.", True),
    ("ru", "В пятницу дума приняла закон о налоге.", False),
    ("kk", "Жұма күні облыс әкімдігі ақылы қолжетімділік туралы ұсыныстан бас тартты.", True),
    ("kk", "Жұма күні облыс әкімдігі жаңа ереже қабылдады.", False),
    # put off by a span (round 60, kk 410), not a sum taken off a pay slip
    ("kk", "Көпірдің ашылуы екі аптаға шегерілді.", True),
    ("kk", "Жалақыдан салық шегерілді.", False),
    # moved to a later date (round 65, ru 470), not carried or gone through
    ("ru", "Из-за сбоя компания перенесла запуск сервиса с 1 июня на 1 сентября.", True),
    ("ru", "Рабочие перенесли станки в новый цех.", False),
    ("ru", "Пациент перенес операцию на сердце.", False),
])
def test_a_decision_taken_back_or_put_off_is_a_reversal(language: str, sentence: str,
                                                        expected: bool) -> None:
    from summarizer.units import tells_reversal

    assert tells_reversal(sentence, language) is expected


@pytest.mark.parametrize(("language", "text"), [
    # round 58, ru 386: «Однако уже через два дня схема работы изменилась. В четверг
    # департамент культуры сообщил, что …» tells the story's later turn in other words than
    # taking a decision back
    ("ru", "Библиотека оцифрует газеты\n\nБиблиотека в понедельник подписала договор на "
           "оцифровку газет. Оригиналы отвезут в Тюмень.\n\nРаботы оплатит область.\n\n"
           "Однако уже через два дня схема работы изменилась. В четверг департамент культуры "
           "сообщил, что оригиналы останутся в городе."),
    # round 60, kk 410: «Осыдан кейін облыс әкімдігі конкурсты тоқтатып, …» (after this, the
    # tender was halted) is the story's later turn, though it gives no date
    ("kk", "Мектептерде тегін тамақ беріледі\n\nОблыс мектептерінде 1 қазаннан бастап тегін "
           "тамақ беріледі.\n\nЖеткізушіні таңдау үшін конкурс жарияланды.\n\nПрокуратура "
           "конкурс шарттарына наразылық білдірді.\n\nОсыдан кейін облыс әкімдігі конкурсты "
           "тоқтатып, құжаттарды қайта әзірлейтінін хабарлады."),
    # round 96, kk 842: an evening hour, «Бірақ кешкі сағат 19:00-ге таман жағдай өзгерді.»
    ("kk", "Аукцион өтті\n\nМинистрлік сейсенбі күні жиіліктер аукционын өткізді.\n\n"
           "Екі лот 58 млрд теңгеге сатылды.\n\nОператорлар желі салуды бастайды.\n\n"
           "Бірақ кешкі сағат 19:00-ге таман жағдай өзгерді. Үшінші қатысушы аукцион "
           "нәтижесін сотқа шағымданды."),
    # round 96, en 836: a challenge brought within hours of the ruling
    ("en", "Court clears steelworks sale\n\nA court on Tuesday approved the sale of the "
           "steelworks to a Turkish group.\n\nThe buyer will keep 1,950 jobs.\n\nWorkers "
           "reacted with relief.\n\nWithin hours of the ruling, a losing bidder said it would "
           "file a complaint with the regional court."),
    # round 99, en 878: the buyer walking away at an hour of the evening, undated otherwise
    ("en", "Shareholders approve ferry sale\n\nShareholders of a ferry operator voted on "
           "Tuesday to sell its island line to a Norwegian company.\n\nThe line loses money "
           "every winter.\n\nIslanders reacted with relief.\n\nAt about 9 p.m., the buyer "
           "said it was withdrawing from the agreement."),
    # round 101, en 902: residents instructing solicitors to appeal within two hours
    ("en", "Festival moves to showground\n\nA music festival will move to a showground after "
           "floods, organisers said on Tuesday.\n\nTickets remain valid.\n\nCouncillors "
           "approved the licence.\n\nWithin two hours of the hearing closing, a residents' "
           "association said it had instructed solicitors to appeal against the decision."),
    # round 117's check, ru 1088 and kk 1088: the lead's joy told as short-lived, then the
    # first dated sentence set against what came before
    ("ru", "Клуб подписал соглашение о стадионе\n\nКлуб во вторник подписал соглашение о "
           "реконструкции стадиона.\n\nПраздник, впрочем, продлился недолго: к концу недели "
           "судьба проекта оказалась под вопросом.\n\nАрену "
           "расширят до 18 тыс. мест.\n\nОднако уже в пятницу антимонопольное управление "
           "возбудило дело о сделке."),
    ("kk", "Стадион келісіміне қол қойылды\n\nӘкімдік пен клуб сейсенбі күні стадионды қайта "
           "салу туралы келісімге қол қойды.\n\nАлайда рәсімнің қуанышы ұзаққа созылмады: кешке "
           "қарай келісімнің болашағына күмән туды.\n\n"
           "Арена 12 мың көрерменді сыйғызады.\n\nАлайда сол күні кешке мәслихат "
           "комиссиясы жобаны қолдамады."),
    # round 117, judged en 1094: an appeal told later by the short line before it
    ("en", "Court halts solar farm\n\nA regional court on Friday annulled the permit for a "
           "solar farm near Zafra.\n\nThe plant is 30% built.\n\nFarmers welcomed the "
           "ruling.\n\nFour days later, the dispute moved up a level. On Tuesday the developer "
           "filed notice that it would appeal to the Supreme Court."),
    # round 120's check, en 1130: a deal told as already in trouble, then the first dated
    # sentence set against what came before
    ("en", "Pipeline deal signed\n\nThe state and a copper miner on Tuesday signed a deal to "
           "build a water pipeline to the town.\n\nBy the time most residents went to bed, "
           "the agreement was already in trouble.\n\nThe state would pay most of the cost.\n\n"
           "However, late on Tuesday night, the miner's parent company said it would close "
           "the mine."),
    # round 123's check, kk 1166: a postponement dated by the short turn before it in its
    # paragraph
    ("kk", "Теміржол келісіміне қол қойылды\n\nҚазақстан мен Қырғызстан сейсенбі күні "
           "Астанада теміржол салу туралы келісімге қол қойды.\n\nЖобаның құны 386 млн "
           "доллар.\n\nКәсіпкерлер келісімді қуана қарсы алды.\n\nБірақ жұма күні "
           "Бішкектен келген хабар жобаның болашағына күмән туғызды. Парламент комитеті "
           "келісімді ратификациялау мәселесін кейінге қалдыру туралы шешім қабылдады."),
    # round 126's check, en 1202: a tribunal asked to overturn the ruling within hours
    ("en", "Regulator clears bakery merger\n\nThe competition regulator on Tuesday cleared "
           "the merger of the city's two biggest bakeries.\n\nThe merged firm will employ 640 "
           "people.\n\nUnions welcomed the ruling.\n\nWithin hours of the ruling, a rival "
           "baker said it would ask the appeal tribunal to overturn the decision."),
    # round 131's check, en 1256: a teaser that names its day, its report told on that day
    ("en", "Regulator licenses river dam\n\nThe energy regulator has granted a licence for a "
           "48-megawatt dam on the Sauelva river, ending a seven-year review.\n\nBy Thursday, "
           "however, the future of the scheme was once again uncertain.\n\nThe plant would "
           "cost 1.1 billion crowns.\n\nAnglers said they would consider an appeal.\n\nOn "
           "Thursday, the developer's board met in Forde and decided to appeal the licence's "
           "flow conditions to the ministry."),
    # round 132's check, en 1274: a teaser of a victory that may not last, the appeal told
    # under "however" after its day
    ("en", "Court halts solar park\n\nA community has won a court order stopping construction "
           "of a solar park on farmland it says was taken from its families. But the "
           "victory may not last long.\n\nThe developer had planned to install 140 megawatts "
           "of solar panels on about 380 hectares of the farm.\n\nThe families "
           "were moved off the farm in the 1960s.\n\nOn Wednesday evening, however, the "
           "developer filed an application for leave to appeal the ruling to the Supreme Court "
           "of Appeal."),
    # round 140's check, en 1364: a court that took up a challenge within a day
    ("en", "Ministry awards toll road\n\nThe ministry on Wednesday awarded a 35-year "
           "concession for a toll motorway.\n\nThe consortium will invest $412 million.\n\n"
           "Tolls for cars will be capped at 2,900 pesos.\n\nThat timetable was thrown into "
           "doubt on Thursday, less than 24 hours after the award, when the Court of Appeals "
           "admitted a legal challenge against the project."),
], ids=["ru-turn", "kk-after-this", "kk-evening-hour", "en-challenge", "en-evening-hour",
        "en-solicitors", "ru-short-lived", "kk-short-lived", "en-notice-after-a-line",
        "en-already-in-trouble", "kk-dated-by-the-turn-before", "en-asked-to-overturn",
        "en-once-again-uncertain-by-a-day", "en-may-not-last-however-after-a-day",
        "en-court-admitted-a-challenge"])
def test_a_later_turn_in_other_words_is_a_second_development(language: str, text: str) -> None:
    from summarizer.structure import parse
    from summarizer.summarize import _second_development
    from summarizer.units import build_units

    units = build_units(parse(text, language).body, language)
    assert _second_development(units, Language(language)) == {len(units) - 1}


_TURNED = (
    "Court limits music at riverside bar after neighbours' complaints\n\n"
    "DERBY, July 17 (Midland Wire) - A county court on Thursday banned live music on the "
    "outdoor terrace of the Willow Quay bar after 10 p.m. and ordered its owners to pay "
    "nine neighbours a total of 18,000 pounds, after a two-year dispute over noise.\n\n"
    "The ruling is not yet final.\n\n"
    "The neighbours, who live in a block of flats across a narrow lane, had complained "
    "about karaoke and bands on the terrace since the bar opened its summer season in 2024.\n\n"
    "Police received 41 complaints in that time. The council fined the bar three times.\n\n"
    "Residents said the music went on until two in the morning even after the fines.\n\n"
    "An expert appointed by the court measured 67 decibels at the nearest window at night.\n\n"
    "The limit for homes at night is 45 decibels.\n\n"
    "The court also ordered a sound barrier on the side of the terrace facing the flats.\n\n"
    "Each neighbour had asked for 5,000 pounds. The judge cut that to 2,000.\n\n"
    "One of them, a mother of two, called the ruling fair. \"We never wanted the bar "
    "closed. We wanted our children to sleep,\" she said.\n\n"
    "The bar's lawyer told the court the measurements were taken on a night with a "
    "wedding party and did not show a normal evening.\n\n"
    "The bar opened in 2019 and seats up to 120 people outside.\n\n"
    "On Friday the dispute took an unexpected turn. The bar's owner, Martin Hale, "
    "said he would not appeal the ruling and would pay the neighbours in full next week, "
    "against the advice his own lawyer had given the court.\n\n"
    "He said the terrace would close for the rest of the season.\n\n"
    "The council said it would inspect ten other terraces near homes by the end of July.")


def test_a_second_development_may_take_the_room_of_more_picks(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 60, kk 404: the owner's turn two days after the ruling (no appeal, the neighbours
    paid) took the room of three of the long summary's last picks, one more than a later
    reaction may take, and was left out: the summary told an out-of-date story."""
    _, long = summarizer.summarize(_TURNED, Language.ENGLISH, presets)
    assert any(sentence.startswith("The bar's owner, Martin Hale, said he would not appeal")
               for sentence in long.sentences)


_TEASED = (
    "A long wait ends with an egg at the city aquarium\n\n"
    "For six weeks, Mark Ellison spent his nights in a small office above the penguin pool, "
    "with a flask of tea and a screen showing the nesting boxes. Every hour he walked down the "
    "stairs to check the water temperature. Most nights the birds slept. One female, named "
    "Pebble, stood in the corner of her box and did not move.\n\n"
    "Shortly after midnight on March 3, something finally happened. Ellison, 44, who has "
    "looked after the birds at the Harbour Aquarium for nine years, saw Pebble shift her weight "
    "and step to one side. \"I knew at once,\" he said. Under her lay a pale green egg.\n\n"
    "The egg, which the aquarium announced on Tuesday, is the first laid by an African penguin "
    "in the city in 22 years, and the first at the aquarium since it opened in 1987. Staff "
    "expect it to hatch in about 40 days.\n\n"
    "African penguins are endangered in the wild, where their numbers have fallen by more than "
    "two thirds in thirty years. Aquariums in Europe keep about 900 of them and swap birds "
    "through a breeding programme.\n\n"
    "Pebble, who is eight, came from a zoo in Bristol in 2021. Her partner, Clyde, is twelve.\n\n"
    "The aquarium will show the chick to visitors from May, and a vote on its name will open "
    "on its website next week. The keepers have not yet said how they will care for it.\n\n"
    "The aquarium's director, Dr. Helen Okafor, said the egg was the result of three years "
    "of changes to the birds' lighting and diet. \"We copied the light of a Cape Town spring,\" "
    "she said.\n\n"
    "The breeding programme's coordinator said two other zoos in Britain had eggs this year. "
    "Both are in the south of England.\n\n"
    "Visitors to the aquarium rose by a fifth last year, to about 310,000. Tickets will not "
    "cost more when the chick goes on show.\n\n"
    "Ellison said he would go on sleeping above the pool until the chick hatched.")


def test_a_dated_teaser_under_a_scene_is_not_the_news(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 60, en 406 (short scored 1 by both judges): "At 3:40 a.m. on April 27, something
    finally did happen." was taken for the buried news, being dated, and opened the short
    summary; the news is the report after the scene ("The birth, announced by the zoo on
    Thursday, is the first …")."""
    short, _ = summarizer.summarize(_TEASED, Language.ENGLISH, presets)
    assert short.sentences[0].startswith("The egg, which the aquarium announced on Tuesday")


@pytest.mark.parametrize(("sentence", "teaser"), [
    ("Shortly after midnight on March 3, something finally happened.", True),
    ("В ночь на 3 марта что-то наконец произошло.", True),
    ("3 наурызға қараған түні бір нәрсе ақыры болды.", True),
    ("On March 3 the aquarium announced that an egg had been laid.", False),
])
def test_a_sentence_that_only_says_something_happened_is_a_teaser(sentence: str,
                                                                  teaser: bool) -> None:
    from summarizer.summarize import _TEASER

    assert bool(_TEASER.search(sentence)) is teaser


_SUSPENDED = (
    "City orders bike lane on Market Street removed\n\n"
    "GRANTVILLE, July 16 (Valley Wire) - Grantville's city hall on Tuesday ordered the painted "
    "bike lane on Market Street removed by the end of August, saying it had slowed buses.\n\n"
    "The lane, 2.1 kilometres long, was painted three years ago at a cost of 410,000 dollars.\n\n"
    "Bus drivers said their trips along the street took four minutes longer since the lane "
    "opened.\n\n"
    "About 600 cyclists use the lane on a weekday, according to a count by a local club.\n\n"
    "Shop owners were divided. Some said parking had become harder, others that more people "
    "now came by bike.\n\n"
    "Cycling groups called the order a step back and planned a protest ride for Saturday.\n\n"
    "On Thursday the city suspended its own order after the state transport "
    "department said it could ask for a federal grant to be paid back.\n\n"
    "The grant covered half the cost of the lane.\n\n"
    "The city said it would decide on the lane's future in the autumn, after a new count of "
    "buses and bikes.\n\n"
    "The protest ride will go ahead, the cyclists said.")


def test_the_short_summary_tells_a_second_development_that_stands_alone(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 61, ru 422, en 422, kk 422, ru 416: a decision taken back two days later was left
    out of the short summaries, which told an out-of-date story ("leaves out the postponement
    two days later, which is the main news", the judges)."""
    short, _ = summarizer.summarize(_SUSPENDED, Language.ENGLISH, presets)
    assert short.sentences[0].startswith("Grantville's city hall on Tuesday ordered")
    assert any(sentence.startswith("On Thursday the city suspended its own order")
               for sentence in short.sentences)


def test_a_short_sentence_goes_on_from_the_ones_before_it_in_its_paragraph() -> None:
    """Round 61, kk 411, kk 420, kk 421 (long scored 2 by both judges, worse than lead by 2 or
    more): «Субсидия мақұлданған жағдайда, …» and «…нақты шешім …» without the subsidy
    request, «Айыппұлдың жалпы сомасы …» without the case, «Өтінім қабылдау 1 ақпанда
    басталады.» without the next festival. A blind comparison of long summaries that bring
    what such a sentence goes on from preferred them: ru 23 to 8, kk 23 to 7 (en 15 to 19, so
    not in English)."""
    from summarizer.structure import parse
    from summarizer.summarize import _goes_on_from
    from summarizer.units import build_units

    text = ("Маршрут закрыли\n\nАвиакомпания в понедельник закрыла единственный прямой рейс из "
            "Чебоксар в Екатеринбург.\n\nМэрия попросила министерство включить маршрут в "
            "список субсидируемых на 2026 год и выделить на него 40 млн руб. Ответ ожидается до "
            "середины декабря. При одобрении субсидии рейсы вернутся весной.\n\nПассажиры "
            "недовольны.")
    units = build_units(parse(text, "ru").body, "ru")
    request, answer, approval = (next(unit.index for unit in units if unit.text.startswith(words))
                                 for words in ("Мэрия", "Ответ", "При одобрении"))
    # back through the short answer to the request it goes on from (long: there it stops)
    assert _goes_on_from(approval, units, {}, 14) == [request, answer]
    assert _goes_on_from(approval, units, {}, 0) == [answer]  # English: one step only
    assert _goes_on_from(approval, units, {answer: None}, 14) == []
    assert _goes_on_from(request, units, {}, 14) == []  # it opens its paragraph


_CONTINUED = (
    "City opens first section of new tram line\n\n"
    "LYON, May 6 (Rhone Wire) - The city of Lyon on Tuesday opened the first 5.2-kilometre "
    "section of its new T11 tram line, linking the eastern suburb of Vaulx to the main railway "
    "station in 14 minutes and cutting the journey by almost half for about 40,000 residents.\n\n"
    "The section has seven stops and cost 310 million euros, of which the national government "
    "paid a third. Trams will run every six minutes at peak hours and every ten minutes in the "
    "evening.\n\n"
    "About 11,000 passengers used the line on its first day, according to the transport "
    "authority, which counted 9,000 on the first Sunday.\n\n"
    "Some residents complained that two bus routes will be cut when the tram starts full "
    "service, forcing older people to walk further to a stop.\n\n"
    "Shop owners along the route, who lost trade during two years of roadworks, welcomed the "
    "opening but asked for compensation. A fund of 4 million euros has paid 230 claims so far.\n\n"
    "Mayor Claire Duval called the line the biggest transport project of her term and said it "
    "would help the city meet its air quality targets. Opposition councillors said the project "
    "had run a year late and 40 million euros over budget.\n\n"
    "The city has drawn a second section of 4.1 kilometres with three stops, south to the "
    "university campus. The tender for a contractor is due to be launched in the fourth quarter "
    "of 2026, and building work should be finished by the end of 2028.\n\n"
    "Cyclists' groups said the new tracks made two junctions more dangerous and asked for "
    "separate cycle lanes there.")


def test_a_step_to_come_that_goes_on_from_the_sentence_before_it_comes_with_it(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 59, ru 393 and ru 395: «Конкурс на выбор подрядчика планируют объявить в IV
    квартале 2026 г. …» (for the second section, told in the sentence before it) and
    «Окончательное решение компания рассчитывает принять …» (on the third stage) were picked
    alone for what happens next: the reader took them for the line that had just opened. A
    blind comparison of long summaries with and without the rule (42 judged articles) preferred
    it 23 to 15, 4 ties."""
    _, long = summarizer.summarize(_CONTINUED, Language.ENGLISH, presets)
    text = " ".join(long.sentences)
    assert "The tender for a contractor" not in text or "a second section" in text


@pytest.mark.parametrize(("update", "turn"), [
    # round 183, ru 1877: an update that only clarifies is no turn; one that takes back is
    ("Обновление (14:30): в мэрии уточнили, что новые тарифы еще должен утвердить "
     "региональный тарифный орган; его заседание назначено на 5 февраля.", False),
    ("Обновление (14:30): вечером мэрия отменила повышение тарифов после протестов "
     "пассажиров и депутатов горсовета.", True),
])
def test_an_update_that_only_clarifies_is_no_second_development(update: str,
                                                                turn: bool) -> None:
    from summarizer.structure import parse
    from summarizer.summarize import _second_development
    from summarizer.units import build_units

    text = ("Проезд в Омске подорожает\n\nМэрия Омска в четверг объявила, что с 1 марта "
            "проезд в автобусах и трамваях подорожает с 35 до 38 руб. при оплате картой.\n\n"
            "По данным мэрии, себестоимость одной поездки за год выросла с 47 до 52 руб., а "
            "разницу покрывает городской бюджет.\n\n" + update)
    article = parse(text, "ru")
    assert article.update_paragraph is not None
    units = build_units(article.body, "ru")
    assert (len(units) - 1 in _second_development(units, Language.RUSSIAN,
                                                   article.update_paragraph)) is turn


def test_a_dated_short_turn_goes_with_its_report_and_is_a_second_development() -> None:
    """Round 59, kk 392: «15 мамырда жағдай өзгерді.» (a date in it, so no set-up) stood alone,
    and the company's decision to keep two stops after it reached no long summary."""
    from summarizer.structure import parse
    from summarizer.summarize import _second_development
    from summarizer.units import build_units

    text = ("Пойыз кестесі өзгереді\n\nПойыз 1 маусымнан бастап төрт аялдамада тоқтамайды.\n\n"
            "Аудан әкімдігі екі аялдаманы сақтауды сұрады.\n\n15 мамырда жағдай өзгерді. "
            "Компания екі аялдаманы кестеде сақтап қалуға шешім қабылдады.")
    units = build_units(parse(text, "kk").body, "kk")
    assert len(units[-1].sentences) == 2
    assert _second_development(units, Language.KAZAKH) == {len(units) - 1}


_BECAUSE = (
    "Bread before sunrise: a town's bakers get a bigger order\n\n"
    "By Tom Reyes\n\n"
    "At 4:15 a.m., long before the first bus reaches the square, Ana Morel is already shaping "
    "loaves. She has baked for the schools of Villeneuve for twenty-two years and can tell by "
    "touch when the dough is ready. On a normal day the bakery sends out about 3,000 rolls.\n\n"
    "\"Children notice the bread before anything else. If it is stale, they leave it,\" Morel "
    "said, dusting flour from her apron. \"For years we were told to bake less. Now someone "
    "has asked us to bake more.\"\n\n"
    "That is because the town council voted on Monday to buy all school bread from local "
    "bakeries. From January, every primary school in the town will serve fresh bread from "
    "three bakeries in the old quarter instead of packaged loaves from a factory.\n\n"
    "The plan, approved by 21 votes to 6, will cost the town an extra 140,000 euros a year. "
    "Parents will not pay more for lunch, the council said.\n\n"
    "Some councillors said the money would be better spent on repairing school roofs. The "
    "bakers say they will need two more staff each.\n\n"
    "Back at the bakery, Morel has started planning the new rounds. \"We will manage,\" she "
    "said.\n")


def test_the_news_that_explains_a_scene_at_an_hour_in_figures_leads_the_short_summary(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 63 (seen before judging), en 436: "At 5:50 a.m., long before the first pupil
    arrives …" (an hour in figures, no day) was no scene, and the news under it opened with
    "That is because …": both summaries kept the scene and missed the council's vote. The vote
    now leads, without "That is because"."""
    short, long = summarizer.summarize(_BECAUSE, Language.ENGLISH, presets)
    assert short.sentences[0] == ("The town council voted on Monday to buy all school bread "
                                  "from local bakeries.")
    assert short.sentences[0] in long.sentences


@pytest.mark.parametrize(("sentence", "scene"), [
    ("At 4:15 a.m., long before the first bus reaches the square, Ana Morel is shaping loaves.",
     True),
    ("At 4:15 a.m. on Monday, police closed the bridge.", False),
    ("В 5:40 утра, задолго до первого автобуса, Анна Морель уже месит тесто.", True),
])
def test_an_hour_in_figures_with_no_day_opens_a_scene(sentence: str, scene: bool) -> None:
    from summarizer.units import is_feature_opening

    assert is_feature_opening(sentence, sentence[:1] in "AB" and "en" or "ru") is scene


@pytest.mark.parametrize(("sentence", "rest"), [
    ("That is because the council voted on Monday to buy local bread.",
     "The council voted on Monday to buy local bread."),
    ("Это потому, что в понедельник городская дума утвердила новый порядок.",
     "В понедельник городская дума утвердила новый порядок."),
    ("Себебі дүйсенбі күні қалалық мәслихат жаңа тәртіпті бекітті.",
     "Дүйсенбі күні қалалық мәслихат жаңа тәртіпті бекітті."),
])
def test_a_cause_that_ties_the_news_to_the_scene_is_dropped_like_a_but(sentence: str,
                                                                       rest: str) -> None:
    from summarizer.summarize import _without_contrast
    from summarizer.units import build_units

    language = Language.ENGLISH if sentence.isascii() else \
        Language.KAZAKH if "Себебі" in sentence else Language.RUSSIAN
    units = build_units(parse("Scene.\n\n" + sentence if language is Language.ENGLISH else
                              "Сцена была тихой.\n\n" + sentence, language).body, language)
    assert _without_contrast(units[-1], language) == rest


def test_the_headline_s_words_never_take_the_room_of_a_second_development(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 63, ru 440 (long scored 2 by both judges: "wrong result"): the recount under «UPD»
    («Итог в округе № 31 изменился. В четверг окружная комиссия … назначила повторный подсчет
    …») was picked as the second development, then dropped again to make room for a quotation
    that named the headline's words; the long summary told the first count only."""
    text = (DATA / "ru" / "440.txt").read_text(encoding="utf-8")
    _, long = summarizer.summarize(text, Language.RUSSIAN, presets)
    assert "Итог в округе № 31 изменился." in long.sentences


@pytest.mark.parametrize(("sentence", "reversal"), [
    ("Оларды парктің дроны байқап қалып, инспекторлар кешке қарай көлікті тоқтатқан.", False),
    ("Әкімдік кешке қарай құрылысты тоқтатты.", True),
])
def test_a_kazakh_vehicle_stopped_is_no_decision_halted(sentence: str, reversal: bool) -> None:
    """Judged kk 272: «…инспекторлар кешке қарай көлікті тоқтатқан» (inspectors stopped the
    car) was taken for a second development of the story (a decision halted)."""
    from summarizer.units import tells_reversal

    assert tells_reversal(sentence, "kk") is reversal


_UPDATED = (
    "Riverside opens its first cable car line as thousands queue for free rides\n\n"
    "RIVERSIDE, June 6 (Valley Wire) - Riverside opened its first cable car line on Saturday, "
    "carrying about 9,000 passengers across the river between the old town and the hospital "
    "district on a first day when all rides were free, the city said.\n\n"
    "The line has 24 cabins and three stations. A trip takes six minutes, against about 25 "
    "minutes by bus around the bridge.\n\n"
    "The project cost 38 million euros, of which the national government paid about half. "
    "Building work began in 2023 and ran a year late.\n\n"
    "Crowds waited up to an hour at the old town station. Some families rode the line four "
    "times.\n\n"
    "From Monday, a single ride costs 2 euros, the same as a bus ticket. Monthly bus passes are "
    "valid on the line.\n\n"
    "Not everyone was happy. Residents under the line said the cabins pass too close to their "
    "windows, and two shop owners said the works had cost them customers for a year.\n\n"
    "The city expects about 5,000 rides a day once the line settles in and plans a second "
    "line to the stadium by 2029.\n\n"
    "The idea of a cable car was first raised by a student group in 2015. It took the city "
    "four years to win the support of the regional government and two more to find a "
    "builder willing to work over a river that floods most springs.\n\n"
    "Update, June 9:\n\n"
    "The cable car stood still for five hours on Tuesday after a sensor fault stopped all 24 "
    "cabins over the river, leaving about 60 passengers waiting in the air until engineers "
    "restarted the line by hand.\n\n"
    "No one was hurt. Deputy Mayor Lena Ortiz said the line would stay closed until the "
    "builder had checked every sensor, and that rides would be free again once it reopened.\n")


def test_a_long_summary_tells_the_update_under_its_mark(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 63, kk 446 (long scored 2 by both judges) and en 446: the update under its mark
    («Жаңарту, 14 қазан, 18:20», "Update, Sept. 1:") was told without the words of a reversal
    or a turn, so it counted as no second development, and the long summary of kk 446 left the
    data leak out."""
    _, long = summarizer.summarize(_UPDATED, Language.ENGLISH, presets)
    assert any(sentence.startswith("The cable car stood still for five hours on Tuesday")
               for sentence in long.sentences), long.sentences
    assert "Update, June 9:" not in long.sentences


def test_a_russian_plan_dropped_is_a_reversal() -> None:
    """Judged ru 362: «…правительство области объявило, что пост в Верхнем Спасе закрывать не
    будут» took back the plan the lead told, but counted as no reversal."""
    from summarizer.units import tells_reversal

    assert tells_reversal("В пятницу власти объявили, что школу закрывать не будут.", "ru")


def test_an_update_told_first_comes_before_the_step_taken_after_it(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 63, kk 446 (long scored 2 by both judges): under «Жаңарту, 14 қазан, 18:20» the
    long summary took «Осыдан кейін қала әкімдігі … келісімшарттың күшін тоқтата тұру туралы
    шешім қабылдады.» (after this, the contract was suspended) and «Деректері жылыстаған
    тұрғындар …» without the data leak they follow."""
    text = (DATA / "kk" / "446.txt").read_text(encoding="utf-8")
    _, long = summarizer.summarize(text, Language.KAZAKH, presets)
    assert any("31 200 адамның деректерін көшіріп алғанын" in s for s in long.sentences)


@pytest.mark.parametrize(("language", "name", "announcer"), [
    ("en", "23", "Reaction outside parliament was mixed."),
    ("ru", "23", "Реакция горожан оказалась предсказуемо разной."),
])
def test_a_summary_never_keeps_an_announcement_of_views_without_the_views(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length], language: str,
        name: str, announcer: str) -> None:
    """Round 63's English judges capped summaries at 2 for "a teaser sentence with nothing after
    it ('Economists were split.')"; judged en 23 and ru 23 ended their long summaries so."""
    text = (DATA / language / f"{name}.txt").read_text(encoding="utf-8")
    for summary in summarizer.summarize(text, Language(language), presets):
        assert announcer not in summary.sentences


@pytest.mark.parametrize(("sentence", "language"), [
    ("Economists were split.", "en"), ("Not everyone was happy.", "en"),
    ("Мнения экспертов разделились.", "ru"), ("Пікірлер екіге бөлінді.", "kk"),
    # (round 65, ru 466 and ru 463; kk 469, whose long summary ended on the announcement)
    ("Покупатели реагируют по-разному.", "ru"), ("Жители восприняли решение по-разному.", "ru"),
    ("Жарыс классикалық ережемен өтті, бірақ бірнеше ерекшелігі бар.", "kk"),
    # (or an example the next sentences give: round 82, kk 671, whose long summary ended on it)
    ("Астанадан келген турист Дәурен Әбілов баға мәселесін өз тәжірибесінен мысал келтіріп "
     "жеткізді.", "kk"), ("Пенсионерка Галина Рожкова привела такой пример.", "ru"),
    # (or which part of a decision the next sentences tell: round 109's check, en 996)
    ("The second part of the decision concerns SwiftaGo's drivers.", "en"),
    # (or that a mood turned: round 110's check, en 1008)
    ("By early evening, the mood in several neighbourhoods had turned.", "en"),
    # (or that there were others before: round 116, en 1080, whose long summary told it alone)
    ("Sunday's collapse is not the first problem reported with Halvorsen machines.", "en"),
    ("Это не первая нештатная ситуация на «Сальской».", "ru"),
    # (or an earlier experiment, or a side less of one mind: round 146, judged en 1432)
    ("It is not the district's first experiment with a shorter week.", "en"),
    ("Families are less united than the staff.", "en"),
    # (or the goals the next sentences give: round 203, ru 2117, whose long summary told it
    # alone)
    ("На 2026 г. компания ставит перед собой следующие цели.", "ru"),
    ("For next year the board has set the following targets.", "en"),
])
def test_sentences_that_only_announce_views(sentence: str, language: str) -> None:
    from summarizer.summarize import _ANNOUNCES_VIEWS

    # (not a time to come: «…рассмотрит на следующей неделе.», «…в следующие выходные.»)
    assert not _ANNOUNCES_VIEWS[Language.RUSSIAN].match("Приказ рассмотрят в следующие выходные.")

    assert _ANNOUNCES_VIEWS[Language(language)].match(sentence)
    assert not _ANNOUNCES_VIEWS[Language(language)].match(sentence[:-1] + " on the plan, "
                                                          "saying it costs too much.")


def test_a_turn_paragraph_outranks_an_earlier_dated_line_of_background() -> None:
    """Round 64, ru 454: «…не было дождя с 28 мая» in the background paragraph was taken for
    the news; the paragraph opening «Теперь это закрепят официально.» tells where it starts."""
    text = ("Свет по расписанию: Озёрск вводит отключения\n\n"
            "В половине седьмого вечера на улице Мира в Озёрске темнеют окна. Галина Сорокина "
            "зажигает свечу на подоконнике и ставит чайник на газ. «Так каждый вечер», — "
            "говорит она.\n\n"
            "Так живут с начала месяца. В городе не было стабильного напряжения с 3 марта, "
            "подстанция работает на пределе, а вечером свет пропадает в целых кварталах.\n\n"
            "Теперь это положение закрепят официально. В среду администрация Озёрска объявила, "
            "что с 20 марта в городе вводится график отключений электричества по районам.\n\n"
            "Отключения продлятся не больше трёх часов в день. Больницы и школы график не "
            "затронет.\n\nРемонт подстанции обойдётся в 48 млн руб. и закончится к осени.\n\n"
            "Жители недовольны. Многие купили генераторы ещё зимой.\n\n"
            "Энергетики обещают заменить два трансформатора до конца апреля.\n\n"
            "Расписание отключений опубликуют на сайте администрации.")
    first = _short(text, Language.RUSSIAN, sentences=1)[0]
    assert first.startswith("В среду администрация Озёрска объявила")


def test_a_dated_line_that_names_nothing_of_the_headline_links_to_the_report() -> None:
    """Round 64, ru 448: «В ночь на 2 июня спина наконец показалась не одна.» opened the short
    summary, leaning on the scene; the report after it in its paragraph is the news."""
    text = ("В Самарском зоопарке впервые родился красный панда\n\n"
            "В половине четвёртого утра в вольере горит только красная лампа. Смотритель "
            "Ирина Белова сидит у монитора и ждёт, когда в домике мелькнёт рыжий хвост. "
            "Она работает в зоопарке 19 лет.\n\n"
            "В ночь на 5 мая хвост наконец мелькнул не один. Самка красной панды по кличке "
            "Искра родила детёныша — первого в истории Самарского зоопарка. Малыш весит "
            "около 200 граммов.\n\n"
            "Посетители увидят его не раньше августа. Зоопарк объявит конкурс на имя.\n\n"
            "Красные панды живут в горных лесах Гималаев. В природе их осталось немного.\n\n"
            "Искру привезли в Самару из Чехии три года назад.\n\n"
            "Ветеринары осматривают малыша раз в неделю.\n\n"
            "Видео из вольера зоопарк публикует в соцсетях по средам.")
    first = _short(text, Language.RUSSIAN, sentences=1)[0]
    assert first.startswith("Самка красной панды по кличке Искра родила")


def test_a_buried_report_s_paragraph_may_open_on_the_news_it_dates() -> None:
    """Round 73, ru 562 (short 2, long 3 against lead's 4.5): under a scene, «Детеныши появились
    на свет в ночь на 3 мая …» led both summaries, and the sentence that opened its paragraph
    and named the animal and the zoo («… котятам манула — первым в истории ижевского
    зоопарка») was left out."""
    text = ("В Пензенском зоопарке впервые родились снежные барсы\n\n"
            "Смотрительница Анна Юдина каждое утро проверяет вольер. Она считает следы на "
            "снегу и отмечает их в тетради. Работает она здесь уже шестой год.\n\n"
            "Три пары следов принадлежат трем котятам снежного барса — первым в истории "
            "пензенского зоопарка. Малыши появились на свет в ночь на 12 апреля, но об этом "
            "сообщили только во вторник. Посетители увидят их в июне.\n\n"
            "Барсы живут в горах Центральной Азии. В природе их осталось мало.\n\n"
            "Самку привезли в Пензу из Новосибирска четыре года назад.\n\n"
            "Ветеринары осматривают котят раз в неделю.\n\n"
            "Имена им выберут посетители на сайте зоопарка.")
    first = _short(text, Language.RUSSIAN, sentences=1)[0]
    assert first.startswith("Три пары следов принадлежат трем котятам снежного барса"), first


@pytest.mark.parametrize("opening", [
    "Dale, who keeps 400 sheep on the hill, is one of 900 farmers who joined the pilot grant.",
    "The reason is about three miles down the valley, at the hedge grant office."])
def test_a_surname_alone_or_a_reason_does_not_open_the_buried_news(opening: str) -> None:
    """The paragraph's first sentence stays out when it names the scene's person by surname
    alone or gives the reason for the scene, however much of the headline it shares (en 166
    and en 394 when the rule above was written)."""
    import numpy as np

    from summarizer.units import build_units

    text = ("Just after six in the morning, Owen Dale walks the length of his new hedge. Some "
            "of the plants are barely knee-high.\n\n"
            f"{opening} On Tuesday the land trust said its budget would rise from £14 million "
            "to £31 million.\n\n"
            "The pilot planted 600 kilometres of new hedge.\n\n"
            "Farmers say the payment rates have not kept pace with costs.\n\n"
            "Tenant farmers will be able to apply for the first time.\n\n"
            "Applications open in March and close at the end of May.\n\n"
            "The first payments are due in the autumn.")
    units = build_units(list(parse(text).body), Language.ENGLISH)
    dated = next(u.index for u in units if u.text.startswith("On Tuesday"))
    similar = np.zeros(len(units))
    similar[dated - 1], similar[dated] = 0.6, 0.1
    assert ExtractiveSummarizer()._buried_news(units, Language.ENGLISH, 0, similar) == dated


def _buried_news(text: str, language: Language) -> str:
    """The unit `ExtractiveSummarizer._buried_news` moves to under the opening, with no
    headline words anywhere (the first sentence of its text; "" for none)."""
    import numpy as np

    from summarizer.units import build_units

    units = build_units(list(parse(text, language).body), language)
    found = ExtractiveSummarizer()._buried_news(units, language, 0, np.zeros(len(units)))
    return units[found].sentences[0] if found else ""


_WATER_TOWER = ("Күн енді ғана көтерілді. Қарт малшы Серік Әлиев мұнараға қарап тұр. Мұнараның "
                "басында көгершіндер ұшып жүр.\n\n"
                "Енді сол мұнараның дәуірі аяқталмақ. Аудан әкімдігі Қарасу ауылында жаңа су "
                "мұнарасын салу туралы мердігермен келісімшартқа қол қойды.\n\n"
                "Жұмыс 1 қыркүйекте басталып, қарашада аяқталуы тиіс.\n\n"
                "Ауылда 210 үй бар.\n\nЕскі мұнара 1968 жылы салынған.\n\n"
                "Тұрғындардың пікірі екіге бөлінді.\n\nКейбірі мұражай ашуды ұсынады.\n\n"
                "Әкімдік жиналыс өткізбек.\n\nЖаңа мұнара болаттан жасалады.")


def test_a_paragraph_that_opens_on_a_turn_to_now_reports_the_news_under_a_scene() -> None:
    """Round 73, kk 556 (short 1 and long 2 by both judges): under a scene, the paragraph
    «Енді сол мұнараның дәуірі аяқталмақ. … әкімдігі … келісімшартқа қол қойды.» told the
    news, and both summaries opened on the works' dates further down instead."""
    assert _buried_news(_WATER_TOWER, Language.KAZAKH) == "Енді сол мұнараның дәуірі аяқталмақ."


def test_a_turn_under_a_long_lede_or_to_a_change_before_is_no_buried_news() -> None:
    """Judged kk 97 and en 478, when the rule above was written: «Енді мозаика кешкі уақытта
    да көрінеді.» is a detail under a long lede that is the news itself, and "Officials say the
    change is overdue." turns to nothing new."""
    lede = ("1978 жылы қаланың орталық алаңындағы мәдениет үйінің қасбетіне орнатылған, соңғы "
            "жиырма жылда жаңбыр мен аяздан бүлініп, тастары шашырап түсе бастаған «Көк дала» "
            "атты мозаиканы қалпына келтіру жұмыстары облыс әкімдігінің қаржысы есебінен толық "
            "аяқталды.")
    text = _WATER_TOWER.replace("Күн енді ғана көтерілді. Қарт малшы Серік Әлиев мұнараға "
                                "қарап тұр.", lede)
    assert not _buried_news(text, Language.KAZAKH).startswith("Енді")
    text = ("Just after dawn, the cook lifts the lid of a pot of rice. Steam fills the small "
            "kitchen.\n\n"
            "Officials say the change is overdue. Schools will have to follow new rules on "
            "salt and sugar.\n\n" + "\n\n".join(f"Detail number {n} of the canteen story."
                                                 for n in range(10)))
    assert not _buried_news(text, Language.ENGLISH).startswith("Officials")


def test_the_speaker_s_words_do_not_follow_a_lead_cut_before_its_speaker() -> None:
    """Round 74, ru 577 (short 2 by both judges): the lead was cut before «— сообщил …
    руководитель … филиала В.А. Хатанзейский», and «По его словам, …» came after it with
    nobody named."""
    text = ("Почта в сёлах будет работать три дня в неделю\n\n"
            "Почтовые отделения в 12 сёлах района, где, по данным районной администрации, в "
            "общей сложности живут около 4,1 тыс. человек, с 1 марта перейдут на сокращенный "
            "график и будут открыты только три дня в неделю вместо привычных пяти дней, а "
            "письма, посылки и газеты из районного центра начнут доставлять в отдаленные "
            "поселки по твердому расписанию один раз в неделю на автомобиле почтовой службы "
            "вместо попутных рейсов местной авиакомпании, — сообщил во вторник на "
            "заседании районного совета руководитель почтового филиала П.С. Ванюта.\n\n"
            "По его словам, решение связано с падением нагрузки.\n\n"
            "Пенсии будут доставлять на дом, как и раньше.\n\n"
            "Депутаты попросили сохранить пятидневный график в двух крупных сёлах.")
    summary = " ".join(_short(text, Language.RUSSIAN))
    assert "По его словам" not in summary or "Ванюта" in summary, summary


def test_a_turn_before_a_colon_starts_the_news_past_the_background() -> None:
    """Round 65, kk 460 (short scored 2 by both judges: "background only, misses the move"):
    under the scene, «…1984 ж. бері … ғимаратында орналасқан.» led, not «Енді бұл жағдай
    өзгермек: … әкімдігі музейді … көшіру туралы қаулы қабылдады.»; the short summary tells the
    decision without the turn."""
    text = ("Тамшы мен мың жәдігер: Жітіқара музейі жаңа үйге көшпек\n\n"
            "Таңғы сағат сегізде Айгүл Сейітова жертөледегі қор бөлмесіне түседі. Алдымен ол "
            "төбенің астына қойылған төрт шелекті тексереді. Түнгі жаңбырдан кейін екеуі толып "
            "қалыпты.\n\n"
            "«Әр көктемде осылай», – дейді қор сақтаушы. Оның айтуынша, ылғалдылық кей күндері "
            "80 %-ға жетеді.\n\n"
            "Жітіқара аудандық тарихи-өлкетану музейі 1991 ж. бері бұрынғы мектептің ескі "
            "ғимаратында орналасқан. Сол кездегі «уақытша» шешім отыз жылдан астам уақытқа "
            "созылды. Енді бұл жағдай өзгермек: аудан әкімдігі музейді орталықтағы бұрынғы "
            "мәдениет үйінің ғимаратына көшіру туралы қаулы қабылдады. Жөндеуге 210 млн теңге "
            "бөлінді.\n\n"
            "Көшу келесі жылдың көктеміне жоспарланған. Жаңа ғимараттың ауданы 1 200 шаршы "
            "метр.\n\n"
            "Музей қорында 6 400 жәдігер бар. Олардың 12 %-ы ғана көрмеге қойылып жүр.\n\n"
            "Былтыр музейге 5 мың адам келген. Директор бұл көрсеткішті екі есе арттыруды "
            "жоспарлап отыр.\n\n"
            "Жаңа ғимаратта балаларға арналған зал ашылады.")
    first = _short(text, Language.KAZAKH, sentences=1)[0]
    assert first.startswith("Аудан әкімдігі музейді орталықтағы")


_BRIDGE_KK = ("Ескі көпір жөндеуге жабылады\n\n"
              "Семей қаласының орталығын сол жағалаумен байланыстыратын ескі көпір 1 мамырдан "
              "бастап алты айға толық жабылады. Бұл туралы облыстық жолдар басқармасы хабарлады."
              "\n\nБасқарманың мәліметінше, көпір 1972 ж. салынған. Жөндеуге 6,2 млрд теңге "
              "бөлінді.\n\nКөлік ағыны жаңа көпірге бағытталады. Автобус бағыттары өзгереді."
              "\n\nТұрғындар бұл шешімге наразы. Сол жағалаудағы кәсіпкерлер сауданың азаюынан "
              "қорқады.\n\nЖаңартылды, 19:10\n\nКешке жағдай өзгерді. Облыс әкімінің орынбасары "
              "Ерлан Қасымов тұрғындармен кездесуден кейін көпірдің толық жабылмайтынын "
              "жариялады.\n\nЖөндеу екі кезеңде жүреді, бір жолақ ашық қалады.")
_BRIDGE_RU = ("Ремонт моста в Кирсанове начнется в мае\n\n"
              "Капитальный ремонт моста через реку Ворону в Кирсанове начнется 10 мая и продлится "
              "до конца года, сообщили во вторник в областном управлении дорожного хозяйства. На "
              "время работ движение сохранят, но переведут на одну полосу.\n\n"
              "Мост построили в 1971 г. Ремонт обойдется в 380 млн руб.\n\n"
              "Жители опасаются пробок. Предприниматели просят ускорить работы.\n\n"
              "Обновление, 6 мая, 19:05\n\n"
              "Однако уже на следующий день схема движения поменялась. В среду вечером "
              "управление сообщило, что с 10 мая проезд по мосту для грузовиков массой более 10 "
              "тонн будет закрыт полностью.\n\nОбъезд для грузовиков пройдет через Умет.")


@pytest.mark.parametrize(("text", "language", "update"), [
    (_BRIDGE_KK, Language.KAZAKH, "Облыс әкімінің орынбасары Ерлан Қасымов"),
    (_BRIDGE_RU, Language.RUSSIAN, "В среду вечером управление сообщило"),
])
def test_a_first_summary_tells_the_update_past_its_turn(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length], text: str,
        language: Language, update: str) -> None:
    """Round 65, kk 464 and ru 464 (shorts scored 2 and 3: the lead was out of date): the
    update came after a turn, «Кешке жағдай өзгерді.» or «Однако … поменялась.», which a first
    summary of two sentences had no room for; it now tells the update without the turn."""
    short, _ = summarizer.summarize(text, language, presets)
    assert any(sentence.startswith(update) for sentence in short.sentences)
    assert not any(sentence.startswith(("Кешке жағдай", "Однако уже")) for sentence in
                   short.sentences)


@pytest.mark.parametrize(("language", "name", "update"), [
    ("kk", "578", "Енді тұрғыны 800-ден асатын"),  # round 74: a page's stamp marks the update
    ("ru", "452", "Вечером Инзенский районный суд"),  # the halt under the mark reports itself
    ("ru", "566", "Как сообщила «Саратовская сетевая компания»"),  # round 73's work list
    ("kk", "446", "Ұлттық үйлестіру орталығының мамандары"),
    ("kk", "470", "Тергеу деректеріне сәйкес"),
])
def test_a_first_summary_tells_one_sentence_of_the_update_when_all_of_it_will_not_fit(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length], language: str,
        name: str, update: str) -> None:
    """Round 74, kk 578 (all four shorts scored 3 by both judges: out of date), and round 73's
    ru 566, kk 566 notes: the update under its mark did not fit a first summary whole, and the
    lead's second sentence told an older detail instead."""
    text = (DATA / language / f"{name}.txt").read_text(encoding="utf-8")
    short, _ = summarizer.summarize(text, Language(language), presets)
    assert short.sentences[1].startswith(update), short.sentences


@pytest.mark.parametrize(("language", "name", "scene"), [
    ("en", "460", "Every morning before the first visitors arrive"),
    ("ru", "460", "Каждое утро Нина Аркадьевна Тимакова"),
])
def test_a_long_summary_does_not_bring_the_scene_to_introduce_a_later_speaker(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length], language: str,
        name: str, scene: str) -> None:
    """Round 65, en 460 and ru 460 (long scored 3 by all four judges: 'opens with an unresolved
    feature sentence'): the scene's first sentence came back into the long summary only to
    introduce the curator for a later passage on her, and went nowhere."""
    text = (DATA / language / f"{name}.txt").read_text(encoding="utf-8")
    _, long = summarizer.summarize(text, Language(language), presets)
    assert not any(sentence.startswith(scene) for sentence in long.sentences)


_CANTEENS_RU = ("В школах Нижневартовска закроют буфеты\n\n"
                "НИЖНЕВАРТОВСК, 12 января. — Департамент образования утвердил новые правила "
                "школьного питания: с 1 февраля в школах города закроются буфеты, а есть в "
                "столовых разрешат только то, что приготовила сама столовая.\n\n"
                "Родители за сутки собрали 5 тыс. подписей против. Арендаторы буфетов "
                "опасаются убытков.\n\nВ департаменте ссылаются на санитарные нормы.\n\n"
                "Департамент отступил\n\n"
                "Спустя два дня департамент частично пересмотрел свое решение. В пятницу "
                "департамент отменил запрет на еду, принесенную из дома.\n\n"
                "Закрытие буфетов перенесено на 1 марта.")


def test_a_first_summary_tells_the_update_after_a_decision_taken_back(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 66, ru 482 (short scored 2 by both judges: 'only the original rules; out of date'):
    «Спустя два дня департамент частично пересмотрел свое решение.» says no more than that the
    decision was taken back; the first summary tells what after it."""
    short, _ = summarizer.summarize(_CANTEENS_RU, Language.RUSSIAN, presets)
    assert any(sentence.startswith("В пятницу департамент отменил запрет") for sentence in
               short.sentences)


def test_a_short_summary_of_one_lead_tells_a_plan_taken_back_when_it_fits(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 68, en 500: under "Change of course", "The city backed away from part of the plan
    on Thursday, just two days after the vote." fitted after the 42-word lead, but a short
    summary with no second pick told only the plan that was taken back."""
    text = ("Town votes to raise bus fares by a third\n\n"
            "Lindau's town council voted late on Monday to raise fares on its municipal buses by "
            "an average of 33% from June 1, in a move the town says is needed to close a €2.1 "
            "million gap in its transport budget.\n\n"
            "The increase applies to single tickets, to the monthly passes for adults and to the "
            "weekly passes sold at the station kiosk. Children under six will still ride free of "
            "charge, and pensioners keep the discount card they were given two years ago.\n\n"
            "The measure passed by 21 votes to 17 after a three-hour debate, while about 200 "
            "people protested outside the town hall with signs and whistles.\n\n"
            "Opposition councillors said the town was balancing its books on people who cannot "
            "afford a car. The local traders' association warned that fewer shoppers would come "
            "into the old town from the villages around it.\n\n"
            "Change of course\n\n"
            "The town backed away from most of the plan on Wednesday, two days after the vote. "
            "Mayor Petra Almer announced that fares would rise by 10% in June rather than 33%, "
            "and that monthly passes would not change at all this year.\n\n"
            "\"We heard the town, and we moved too fast,\" Almer told reporters.")
    short, _ = summarizer.summarize(text, Language.ENGLISH, presets)
    assert short.sentences[0].startswith("Lindau's town council voted")
    assert any(s.startswith("The town backed away from most of the plan") for s in short.sentences)


def test_a_short_summary_tells_a_buyer_walking_away_hours_later_beside_a_lead_cut_short(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 99, en 872 (short a point below lead): the buyer's board "resolved not to
    proceed" hours after the vote, but neither fitted whole beside the 42-word lead, and no
    sentence said only that the story turned: the short summary told a sale that was off."""
    text = ("Orchard growers vote to sell packhouse to Chilean buyer\n\n"
            "Members of the Tasman Fruit Growers' Cooperative voted on Tuesday to sell their "
            "apple packhouse near Motueka to the Chilean exporter Frutas del Maule for NZ$88 "
            "million, ending more than forty years of grower ownership of the last independent "
            "packhouse in the region.\n\n"
            "The motion passed with 81 per cent support at a meeting attended by about 200 of "
            "the cooperative's 260 members. By evening, however, the deal was in doubt.\n\n"
            "Under the agreement, the buyer would pay for the packhouse, its cool stores and "
            "its export contracts, and keep all 90 permanent staff for at least two years.\n\n"
            "Chair Ana Reiss said the sale was the only way to pay for new grading lines.\n\n"
            "A few hours after the vote, though, the exporter's parent company told the "
            "Santiago stock exchange that its board had \"decided not to proceed\" with the "
            "purchase.\n\n"
            "Reiss said the cooperative had received no warning and would consider its options "
            "on Friday.")
    short, _ = summarizer.summarize(text, Language.ENGLISH, presets)
    assert short.sentences[0].startswith("Members of the Tasman Fruit Growers' Cooperative")
    assert any(s.startswith("A few hours after the vote, though, the exporter's parent company")
               for s in short.sentences), short.sentences
    assert len(" ".join(short.sentences).split()) <= 60


@pytest.mark.parametrize(("dateline", "opens_news"), [
    ("PANCIU, Romania — ", False),  # round 70, en 520: a place alone, over a feature's scene
    ("LISBON — ", False),
    ("PANCIU, Romania, June 12 (Carpathian Wire) — ", True),
])
def test_a_place_alone_over_the_first_paragraph_does_not_make_it_the_news(
        dateline: str, opens_news: bool) -> None:
    from summarizer.structure import parse
    from summarizer.summarize import _news_paragraph

    article = parse(f"Honey harvest halves\n\n{dateline}The smoke comes first, and then Costel "
                    "Dobrescu lifts out a frame.\n\nFigures published on Tuesday put the "
                    "harvest at 3,900 tonnes.", "en")
    assert article.news_paragraph == 0
    assert (_news_paragraph(article) == 0) is opens_news


def test_a_short_summary_tells_how_the_story_turned_not_only_that_it_did(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 75, en 590 (short scored 3 by both judges: 'a vague changed-course teaser that
    never says how'): after a 45-word lead, "Two days after announcing the closure, … changed
    course." fitted a short summary and the sentence telling how did not; the lead now gives up
    an aside so that the how comes in instead of the teaser."""
    text = ("Ferry firm to end winter sailings to Inishbeg\n\n"
            "Western Isles Ferries, a family-owned operator based in Galway, said on Monday it "
            "will stop its winter sailings to Inishbeg from Nov. 1, leaving the island's 140 "
            "residents without a scheduled boat to the mainland for five months of the year.\n\n"
            "The company said the winter route had lost €380,000 over the past three years, and "
            "that its only boat able to sail in winter needed a new engine.\n\n"
            "Islanders said the decision would force older residents to leave for the winter. "
            "The island's school has nine pupils.\n\n"
            "A county councillor, Niamh Keane, called the plan \"a death sentence for the "
            "island\" and asked for an emergency meeting of the council.\n\n"
            "Three days after announcing the cut, Western Isles Ferries changed course. On "
            "Thursday the company said the winter sailings would continue until the end of "
            "March under a temporary subsidy from the county council, which will also pay for "
            "the new engine.\n\n"
            "The council approved the subsidy by 18 votes to 2 at a special meeting.")
    short, _ = summarizer.summarize(text, Language.ENGLISH, presets)
    assert short.sentences[0].startswith("Western Isles Ferries")
    assert any(sentence.startswith("On Thursday the company said the winter sailings would "
                                   "continue") for sentence in short.sentences), short.sentences
    assert not any("changed course" in sentence for sentence in short.sentences)
    assert len(" ".join(short.sentences).split()) <= 60


def test_a_kazakh_short_summary_tells_how_the_plan_turned_after_a_lead_cut_at_its_colon(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 76, kk 602 (last session's reading): after a 46-word lead that explains itself
    after a colon, the short summary ended on «Алайда жоспардың ғұмыры ұзаққа созылмады.»,
    which tells a reader only that the plan did not last; the halt, told later, did not fit
    and the lead's only cut spliced its halves with "…". The lead now ends at the colon and
    the halt comes in whole."""
    text = ("Шымкент әкімдігінің жол ақысын көтеру жоспары тоқтатылды\n\n"
            "Шымкент қаласының әкімдігі дүйсенбі, 14 наурызда жариялаған қоғамдық көліктегі жол "
            "ақысын көтеру жоспары осы аптада қала тұрғындары мен мәслихат депутаттарының "
            "арасында ең көп талқыланған тақырыпқа айналды: әкімдік сәуірдің басынан бастап бір "
            "рет жүру құнын 150 теңгеден 220 теңгеге дейін өсіріп, түскен қаражатты жаңа "
            "автобустар сатып алуға жұмсамақ болған. Алайда жоспардың ғұмыры ұзаққа "
            "созылмады.\n\n"
            "Әкімдіктің мәліметінше, қазір қалада күн сайын 640 автобус жүреді. Олардың "
            "жартысынан көбі он жылдан астам уақыт бұрын шығарылған. Тасымалдаушылар жанармай "
            "мен қосалқы бөлшектердің қымбаттауына байланысты шығынға батып отырғанын "
            "айтады.\n\n"
            "Тұрғындар бұл шешімге наразылық білдірді. Зейнеткерлер кеңесінің төрағасы Күлпаш "
            "Ержанова жол ақысының бірден 47 пайызға өсуі табысы аз отбасыларға ауыр тиетінін "
            "айтты.\n\n"
            "Мәслихат депутаттары да жоспарды сынады. Сәрсенбі күнгі сессияда бірнеше депутат "
            "әкімдіктен тарифтің есебін жариялауды талап етті.\n\n"
            "Осы сын аясында жоспар күтпеген бұрылыс жасады. Бейсенбі, 17 наурыз күні кешке "
            "қала әкімі кеңейтілген кеңес өткізіп, жол ақысын көтеруді кейінге қалдыру туралы "
            "шешім қабылдады. Әкімдіктің мәлімдемесінде тариф жаңа есеп жасалғаннан кейін ғана "
            "қайта қаралатыны айтылған.\n\n"
            "Тасымалдаушылар бұл шешімге алаңдаушылық білдірді. Олар қаладан қосымша субсидия "
            "сұрамақ.")
    short, _ = summarizer.summarize(text, Language.KAZAKH, presets)
    assert short.sentences[0].startswith("Шымкент қаласының әкімдігі"), short.sentences
    assert short.sentences[0].endswith("тақырыпқа айналды."), short.sentences
    assert any("кейінге қалдыру туралы шешім қабылдады" in sentence
               for sentence in short.sentences), short.sentences
    assert not any("ғұмыры" in sentence or "…" in sentence for sentence in short.sentences)
    assert len(" ".join(short.sentences).split()) <= 60


def test_a_short_summary_tells_how_the_story_turned_after_cutting_a_lead_at_its_clauses(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 72, en 548 (last session's work list): the short summary ended on "Less than 24
    hours after the vote, the board changed course.", because neither the lead nor the
    sentence that tells how had a cut that ends whole: the lead lost the comma before "after"
    with its apposition, and the how's closing ", with …" was cut with "…"."""
    text = ("Oregon water board orders 30% irrigation cut\n\n"
            "A water board serving four dry valleys in eastern Oregon voted on Monday to limit "
            "how much farmers may draw from the river for irrigation by 30% this summer, the "
            "first such limit in the board's 70-year history, after a winter with almost no "
            "snow left the reservoirs a third full.\n\n"
            "The Upper Malheur Irrigation Board voted 4-1 to declare a shortage on about 1,200 "
            "pumps that water hay, onions and potatoes. Pumps for homes and cattle are "
            "exempt.\n\n"
            "The reservoirs held 31% of their usual volume on April 1, the board's engineers "
            "said.\n\n"
            "Less than a day after the vote, the board changed course. At a special meeting on "
            "Tuesday evening, the board agreed to bring the limit in over two summers: farmers "
            "will now have to draw 15% less this year, with the rest of the cut put off until "
            "next year.\n\n"
            "The change followed a letter from the state's water department, which said the "
            "board had not given the 30 days' notice the law requires.")
    short, _ = summarizer.summarize(text, Language.ENGLISH, presets)
    assert short.sentences[0].startswith("A water board serving four dry valleys")
    assert any(sentence.startswith("At a special meeting on Tuesday evening, the board agreed")
               and "15% less" in sentence for sentence in short.sentences), short.sentences
    assert not any("changed course" in sentence or "…" in sentence
                   for sentence in short.sentences), short.sentences
    assert len(" ".join(short.sentences).split()) <= 60


def test_a_kazakh_short_summary_tells_a_halt_hours_after_a_plan_that_did_not_last(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 77, kk 614 (short 2 by both judges, 'outdated'): «Алайда жоспар ұзаққа
    созылмады. Брифингтен бес сағаттай өткен соң … министрлігі … тоқтатылатынын хабарлады.»
    was no turn of the story: neither the teaser nor "so many hours on" was known."""
    text = ("«Ауыл пошта» 40 бөлімшені жаппақ\n\n"
            "«Ауыл пошта» АҚ 1 маусымға дейін Павлодар облысындағы 40 ауылдық пошта бөлімшесін "
            "жауып, олардың орнына аптасына бір рет ауылдарды аралайтын көшпелі пошта енгізуді "
            "жоспарлап отыр. Бұл туралы компания басшысы Ерлан Сапаров сейсенбіде брифингте "
            "мәлімдеді.\n\n"
            "Оның айтуынша, жабылатын бөлімшелер тұрғындарының саны 300-ден аз ауылдарда "
            "орналасқан. Әр бөлімше күніне бес-алты клиентке ғана қызмет көрсетеді.\n\n"
            "Компания есебінше, бұл жылына 90 млн теңге үнемдеуге мүмкіндік береді. Көшпелі "
            "бөлімшелер үшін 12 автокөлік сатып алынады.\n\n"
            "Жоспар бірден сынға ұшырады. Мәслихат депутаты Айгүл Серікова ауыл тұрғындарының "
            "зейнетақысын алу қиындайтынын айтты.\n\n"
            "Алайда жоспар ұзаққа созылмады. Брифингтен үш сағаттай өткен соң облыс әкімдігі "
            "бөлімшелерді жабу туралы шешім әкімдікпен келісілмегенін және оны іске асыру "
            "тоқтатылатынын хабарлады.\n\n"
            "Әкімдік компанияға бағдарламаны бір ай ішінде қайта қарауды тапсырды.")
    short, _ = summarizer.summarize(text, Language.KAZAKH, presets)
    assert short.sentences[0].startswith("«Ауыл пошта» АҚ 1 маусымға дейін")
    assert any("тоқтатылатынын хабарлады" in sentence for sentence in short.sentences), \
        short.sentences
    assert len(" ".join(short.sentences).split()) <= 60


def test_a_short_summary_tells_the_reversal_a_change_of_course_introduces(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 77, en 608 (short 2 by both judges, 'out of date, gives the cut but not the
    reprieve'): "Then, late on Thursday, the government reversed course." was no turn that
    hands over to the sentence after it; the lead had no whole cut (", under a government plan
    …", and "since 2009" taken for a clause); and "Emergency Management Minister …" needed the
    unit that named "the Ministry of Emergency Management", read as a person's name."""
    text = ("Mountain rescue radio network wins reprieve\n\n"
            "The volunteer network that has relayed radio calls for mountain rescue teams "
            "across the Cairngorms since 2004 was told on Monday that it would lose its "
            "government grant on May 1, under a ministry plan to fold regional radio links into "
            "one national system run from Edinburgh.\n\n"
            "The network's 14 relay masts cover about 4,000 square kilometres of hill "
            "country.\n\n"
            "Under the plan, the Department of Rural Management would have switched the masts "
            "off by the end of the summer, saving about £300,000 a year.\n\n"
            "Rescue team leaders said the national system did not reach the deepest glens.\n\n"
            "Then, late on Wednesday, the government reversed course. Rural Management "
            "Secretary Fiona Mackay said the plan had been dropped and that the network's grant "
            "would continue at its current level until at least March 2029.\n\n"
            "Team leaders welcomed the decision.")
    short, _ = summarizer.summarize(text, Language.ENGLISH, presets)
    assert short.sentences[0].endswith("its government grant on May 1."), short.sentences
    assert any(sentence.startswith("Rural Management Secretary Fiona Mackay said the plan had "
                                   "been dropped") for sentence in short.sentences)
    assert len(" ".join(short.sentences).split()) <= 60


#: A decision challenged in court the same day, told after the details (round 77, en 614).
_BUS_ROUTES = ("Regulator lets bus firm cut rural routes\n\n"
               "Wales's transport regulator on Monday approved Valley Buses' plan to cut services "
               "on 48 rural routes from six days a week to two, in the biggest change to the "
               "region's bus network in 30 years.\n\n"
               "The decision will affect about 30,000 people in four counties. From 1 April, "
               "buses on the affected routes will run on Tuesdays and Fridays only.\n\n"
               "Valley Buses said passenger numbers on the routes had fallen by 40 per cent since "
               "2015.\n\n"
               "The decision did not stand unchallenged for long. Shortly after 4pm, lawyers for "
               "a group of pensioners from Powys went before the High Court seeking leave for a "
               "judicial review of the regulator's decision.\n\n"
               "The judge listed the case for a hearing on 2 March.")


def test_a_short_summary_tells_the_challenge_to_a_decision_that_did_not_stand_for_long(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 77, en 614 (short 3 by both judges, 'misses court challenge'): "The decision did
    not stand unchallenged for long. Shortly after 3pm, lawyers … went before the High Court
    …" was no turn (neither the teaser nor the hour was known as one, and the teaser leans on
    nothing), and the lead had no whole cut before ", in the biggest change to …"."""
    text = _BUS_ROUTES
    short, _ = summarizer.summarize(text, Language.ENGLISH, presets)
    assert short.sentences[0].endswith("from six days a week to two."), short.sentences
    assert any(sentence.startswith("Shortly after 4pm, lawyers") for sentence in short.sentences)
    assert len(" ".join(short.sentences).split()) <= 60


def test_a_short_summary_tells_an_expectation_denied_and_a_long_one_keeps_no_bare_link(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 76, en 602 (short 3, long 2 by both judges: 'out of date, no board rejection'):
    "Ministers had said they expected that approval to be a formality. It was not. After a
    meeting …, the … board voted 6-3 … against the transfer" told the turn in two words the
    ranker did not know; the short summary now tells the vote, the lead cut at a clause to
    make room, and the long one never keeps "It was not." without the expectation."""
    text = ("Peru's cabinet moves to tap reserves for a rail fund\n\n"
            "LIMA, May 5 (Andes Wire) - Peru's cabinet on Monday approved a plan to move $900 "
            "million of the central bank's foreign currency reserves into a new state fund to "
            "pay for two railway lines in the south, a move that economists warned could weaken "
            "the sol and that still needed the consent of the central bank's board.\n\n"
            "The economy minister, Rosa Quispe Mamani, said the fund would start work in July. "
            "The first project would be a 300-kilometer line to the copper mines of Apurimac.\n\n"
            "Economists were critical. Several said the reserves were a cushion, not savings.\n\n"
            "The plan needed one more approval. Under Peru's central bank law, any use of "
            "reserves beyond their management by the bank must be agreed by its board.\n\n"
            "Ministers had said they expected that approval to be a formality.\n\n"
            "It was not. After a meeting that lasted five hours, the central bank's seven-member "
            "board voted 5-2 on Monday evening against the transfer, the bank said in a "
            "statement.\n\n"
            "The board said that using reserves for a government fund would amount to financing "
            "the budget, which the law forbids.\n\n"
            "The sol recovered most of its losses after the vote.")
    short, long = summarizer.summarize(text, Language.ENGLISH, presets)
    assert short.sentences[0].startswith("Peru's cabinet on Monday approved")
    assert any("board voted 5-2 on Monday evening against the transfer" in sentence
               for sentence in short.sentences), short.sentences
    assert len(" ".join(short.sentences).split()) <= 60
    assert "It was not." not in long.sentences or \
        "Ministers had said they expected that approval to be a formality." in long.sentences


def test_a_short_summary_gives_its_second_pick_to_a_turn_reported_in_quotation_marks(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 76, ru 602 (short and long 2 by both judges: 'out of date, no suspension'): «В
    16:50 Нацбанк распространил … заявление о том, что правление «приостановило реализацию
    решения …»» told the halt in the words it quoted, dated by the hour alone; the short
    summary kept the plan as if it stood. The reported halt now takes the second pick's place."""
    text = ("Резервы Казахстана достигли рекорда\n\n"
            "АЛМАТЫ, 2 марта — Степной вестник. Национальный банк в понедельник сообщил, что "
            "международные резервы страны на 1 марта достигли исторического максимума — $41 "
            "млрд, увеличившись за год на 18%.\n\n"
            "Одновременно правление объявило о намерении до конца года сократить долю золота "
            "в резервах с 60% до 50%, продав часть металла на внешнем рынке.\n\n"
            "По данным банка, половина прироста пришлась на переоценку золота. Остальное "
            "обеспечили покупки валюты.\n\n"
            "Экономисты встретили решение неоднозначно. Депутаты потребовали объяснений.\n\n"
            "В 17:20 Нацбанк распространил короткое заявление о том, что правление "
            "«приостановило реализацию решения о продаже части золота» до консультаций с "
            "правительством.\n\n"
            "Руководство банка выступит в парламенте 11 марта.")
    short, long = summarizer.summarize(text, Language.RUSSIAN, presets)
    assert short.sentences[0].startswith("Национальный банк в понедельник сообщил")
    assert any(sentence.startswith("В 17:20 Нацбанк распространил") for sentence in
               short.sentences), short.sentences
    assert any(sentence.startswith("В 17:20 Нацбанк распространил") for sentence in
               long.sentences), long.sentences


def test_a_dated_report_after_a_turn_is_the_news_under_a_scene_that_goes_on(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 76, ru 592 (short 2 by both judges: 'anecdotal lede only, misses the flights
    news'): the nurse's drive went on for three sentences that leaned on each other, so no
    later unit stood beside the opening, and the dated report after «Теперь … обещают
    вернуть.» lost to the scene's quotation, which named the headline's road."""
    text = ("Восемь часов по перевалу или час в воздухе: в Урджар снова полетят самолёты\n\n"
            "Айгуль Сапарова, учительница сельской школы Урджара, знает дорогу до Семея "
            "наизусть. Раз в месяц она везёт в областную больницу сына и каждый раз выезжает "
            "затемно, чтобы пройти перевал до снегопада. «Восемь часов по перевалу в машине, а "
            "зимой и все десять», — говорит она.\n\n"
            "Когда-то дорога занимала час. До 2020 г. в Урджар летал Ан-28, но рейсы "
            "прекратились.\n\n"
            "Теперь регулярное сообщение обещают вернуть. Авиакомпания «Ертіс Эйр» в "
            "понедельник, 15 марта, сообщила, что получила два 48-местных самолёта и с 3 мая "
            "начнёт рейсы Семей – Урджар.\n\n"
            "По направлению запланировано три рейса в неделю. Билет будет стоить 17 000 тенге."
            "\n\nПродажи откроются 1 апреля. Пенсионерам обещают скидку 20%.\n\n"
            "Аэродром в Урджаре отремонтировали в прошлом году. Раньше он не мог принимать "
            "такие самолёты.\n\nВ акимате рассчитывают, что рейсы помогут и туризму. Следующим "
            "может стать рейс в Аягоз.")
    short, _ = summarizer.summarize(text, Language.RUSSIAN, presets)
    assert short.sentences[0].startswith("Авиакомпания «Ертіс Эйр» в понедельник"), \
        short.sentences


def test_a_dated_wait_told_over_links_a_scene_to_the_news_and_opens_no_summary(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 76, en 598 (short and long 3 by both judges: 'opens with a dangling "the wait came
    to an end"'): the link named a month, so it did not read as one, and both summaries
    opened on it."""
    text = ("SILENT COPPER MINE NEAR KITWE GETS A $900 MILLION SECOND LIFE\n\n"
            "Every morning at six, Peter Banda walks his granddaughter to school along a dirt "
            "road beside the fence of the Luanshimba mine. The route takes them past the old "
            "headframe, a steel tower that once lowered 900 men a shift into the ground.\n\n"
            "Banda, 61, spent 29 years below it. \"I still hear the hooter,\" he says.\n\n"
            "The pumps are the reason Luanshimba is still a mine and not a flooded hole. Since "
            "its owner shut the operation in 2020, the township around it has watched shops "
            "close and young people leave.\n\n"
            "On Monday, March 9, the wait came to an end. Zambia's mines ministry approved the "
            "transfer of the Luanshimba license to a consortium led by Toronto-listed Kestrel "
            "Copper, which has pledged to invest $900 million to reopen the mine.\n\n"
            "Under the agreement, Kestrel will hold 70% of the project and a state company the "
            "remaining 30%.\n\n"
            "The company expects first ore in 2029. The reopened mine is expected to employ "
            "about 2,100 people.\n\n"
            "Union leaders welcomed the deal. Environmental groups asked for a new impact "
            "study.\n\nKestrel will publish a feasibility study by the end of 2027. Power is "
            "the heart of the plan: the company will build a 120-megawatt solar plant beside "
            "the mine.\n\nThe national grid will supply the rest. Talks with the power utility "
            "begin in April.\n\nBanda says he will believe it when he hears the hooter again. "
            "His grandson wants to be an engineer.")
    short, long = summarizer.summarize(text, Language.ENGLISH, presets)
    assert short.sentences[0].startswith("Zambia's mines ministry approved"), short.sentences
    assert not any("the wait came to an end" in sentence for sentence in long.sentences)


def test_a_later_step_told_after_this_with_how_long_after_goes_on_from_the_one_before() -> None:
    """Judged kk 452 (seen in round 77's check of kk 614): «Осыдан бір сағаттай кейін
    «Жемқұм Мұнай» таңертеңгі ұстанымынан бас тартты.» became a short summary's turn once
    "so many hours on" counted as later on, without the ministry's order it follows."""
    from summarizer.summarize import _AFTER_THAT

    assert _AFTER_THAT.match("Осыдан бір сағаттай кейін компания бас тартты.")
    assert _AFTER_THAT.match("Осыдан кейін әкімдік шешім қабылдады.")
    assert _AFTER_THAT.match("Two hours after this, the company backed down.")
    assert not _AFTER_THAT.match("Осы жылы компания бас тартты.")


def test_not_everyone_seeing_it_so_announces_views_to_come() -> None:
    """Round 77's check of en 610: "Not everyone around the lake sees the lower water as a
    chance to revisit the past." closed a long summary that left out the view it announced."""
    from summarizer.summarize import _ANNOUNCES_VIEWS

    pattern = _ANNOUNCES_VIEWS[Language.ENGLISH]
    assert pattern.match("Not everyone around the lake sees the lower water as a chance to "
                         "revisit the past.")
    assert pattern.match("Not everyone shares that view.")
    assert not pattern.match("Not everyone around the lake sees the lower water as a chance, "
                             "said the mayor, who has lived here for 40 years and runs a shop.")


def test_a_long_summary_fills_the_room_a_role_pick_left_by_rank(
        presets: tuple[Length, Length]) -> None:
    """Round 77, en 605 (long 3 by both judges, 'clean but thin'): for what happens next, the
    long summary dropped its 78-word list and took a 17-word sentence, and stopped at 98 of its
    178 words. The room left is filled by rank again (blind pairwise on 24 changed long
    summaries, 8 per language: the filled ones won 23-1)."""
    paragraphs = [
        "Harbour Town owe £19.8m to creditors including the tax office, former players and their "
        "own owner, according to accounts published on Tuesday that show the scale of the crisis "
        "at the club four weeks before a High Court hearing on 9 May.",
        "The figures, filed 10 weeks late, cover the year to 30 June and show the club lost £5.2m "
        "on turnover of £4.1m.",
        "The debt breaks down as follows: £12.1m in loans from the owner, Peter Dunn, through his "
        "company Dunn Estates; £3.1m to a secured lender, Tamar Finance, with the ground as "
        "security; £1.9m in unpaid income tax and VAT owed to the tax office; £1.6m to other clubs"
        " in transfer instalments; £0.7m in unpaid wages and bonuses; and £0.4m to local "
        "suppliers, among them a bakery and a coach firm.",
        "Wages alone came to £4.9m, or 120% of turnover, twice the level seen as safe in the lower"
        " divisions.",
        "The tax office issued its winding-up petition on 2 March after the club missed three "
        "monthly payments under a plan agreed in 2014.",
        "Dunn, 66, a builder who bought the club for £1 in 2010, said he would not put in any more"
        " money and had hired advisers to find a buyer.",
        "The club played in the second tier as recently as 2012 and has dropped two divisions in "
        "four seasons.",
        "Its average home crowd has fallen from 10,200 to 4,100, while commercial income fell by "
        "38% in two years.",
        "Players have been paid late in three of the past six months.",
        "The club is 16th in the table with 40 points from 35 games, eight points clear of the "
        "drop zone.",
        "Entering administration would bring an automatic 12-point deduction and leave it in the "
        "relegation places.",
        "The supporters' trust, which has 2,100 members, has raised £150,000 in pledges in a week "
        "towards a fan-led bid.",
        "Its chair, Mary Cole, said fans had been kept in the dark for far too long and wanted a "
        "say in the club's future.",
        "Dunn's advisers said two parties had registered interest, one of them a group of local "
        "business owners.",
        "Any buyer would need to settle the tax debt in full before the hearing, or persuade the "
        "court to grant an adjournment.",
        "The league said it was monitoring the situation closely and would meet the club's "
        "directors and the two bidders in London next week before deciding whether to act.",
]
    text = "Harbour Town reveal £19.8m debts\n\n" + "\n\n".join(paragraphs)
    # (the story is sized for the 160-word floor of a grown summary: with English's own, 185,
    # the list fits back whole beside the role's pick and there is no room left to fill)
    summarizer = ExtractiveSummarizer(RankerWeights(cover_from_words=300,
                                                    cover_languages=("en",),
                                                    grown_min_words_languages=()))
    _, long = summarizer.summarize(text, Language.ENGLISH, presets)
    words = len(" ".join(long.sentences).split())
    assert long.sentences[-1].startswith("The league said"), long.sentences  # what next
    assert not any(s.startswith("The debt breaks down") for s in long.sentences)
    assert words >= 140, (words, long.sentences)  # (the room the list left is used)


@pytest.mark.parametrize(("language", "name", "row"), [
    ("en", "197", "Saudi Arabia: 12,600 tonnes"),  # (its long summary: seven of them)
    ("ru", "263", "Иран — 391 тыс. т"),
    ("kk", "155", "Түркия – 12,1 мың тонна"),
])
def test_a_long_summary_takes_no_table_of_names_and_figures_by_rank(
        presets: tuple[Length, Length], language: str, name: str, row: str) -> None:
    """Reference articles whose long summaries took a list of countries with their tonnes
    ("The main destinations in 2024 were: Netherlands: 36,900 tonnes, down 4.1%. China: …") for
    what they rank, where the article tells what the figures mean and what comes next."""
    text = (Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "summaries" /
            language / f"{name}.txt").read_text(encoding="utf-8")
    for items, expected in ((RankerWeights().grown_list_items, False), (100, True)):
        summarizer = ExtractiveSummarizer(RankerWeights(grown_list_items=items))
        _, long = summarizer.summarize(text, Language(language), presets)
        assert any(row in s for s in long.sentences) is expected, long.sentences


def test_a_list_of_what_a_ruling_allows_is_no_table() -> None:
    """Items that are no names with figures (en 152: "…may operate only: from Tuesday to
    Saturday; between 10 a.m. and 4 p.m.; …") are what the ruling says, and stay summary
    material."""
    rows = _TABLE_ROW
    assert not rows.findall("Under the order, the ground may operate only: from Tuesday to "
                            "Saturday; between 10 a.m. and 4 p.m.; with no more than two "
                            "competitions a month.")
    assert len(rows.findall("The top sending countries were: Russia – $1.28 billion. U.S. – "
                            "$94 million. South Korea – $48 million.")) == 3


def test_an_english_long_summary_keeps_the_turn_its_short_one_told_after_the_lead(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 77, en 608 and en 614 (long summaries that told the reversal or the court
    challenge only in their last line): the turn the short summary told right after its lead
    stays there in the long one, ahead of the details; only in English (blind pairwise: en 7-1,
    ru 1-7, kk 4-4)."""
    text = _BUS_ROUTES
    short, long = summarizer.summarize(text, Language.ENGLISH, presets)
    assert short.sentences[1].startswith("Shortly after 4pm")
    assert long.sentences[1] == "The decision did not stand unchallenged for long."
    assert long.sentences[2].startswith("Shortly after 4pm"), long.sentences
    assert "The decision will affect about 30,000 people in four counties." in long.sentences[3:]


def test_the_turn_told_ahead_in_a_long_summary_follows_the_lead_sentence_that_foretells_it(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 107, en 974: the appeal the short summary told after its lead came before "By
    Thursday evening, however, the result was headed for … Court." in the long one, the lead's
    own next sentence that foretells it; that sentence stays with the lead, the turn after it."""
    text = "\n\n".join([
        "Recount hands harbour board seat to newcomer by one vote, but the loser goes to "
        "court",
        "A hand recount finished on Tuesday reversed the election-night result for the third "
        "seat on the Port Ellis harbour board, giving newcomer Alma Reyes a one-vote win "
        "over eight-year member Tom Bracken. By Wednesday afternoon, however, the result was "
        "on its way to the county court.",
        "The county election office certified Reyes the winner, 2,411 votes to 2,410, after "
        "a count that took three days and was watched by both campaigns. On election night, "
        "unofficial figures had put Bracken ahead by four votes.",
        "Two rulings made the difference. The first concerned nine mail ballots the scanners "
        "had rejected because voters had ticked a name instead of filling in the box. The "
        "office found seven of them clear.",
        "The second ruling removed three ballots that arrived with unsigned envelopes, all "
        "of them marked for Bracken.",
        "Reyes, 44, a ferry engineer who had never stood for office, thanked her volunteers "
        'outside the election office on Tuesday night. "Every vote really did count," she '
        "said.",
        'Bracken, 67, did not concede. He told reporters he would "look at every option" '
        "with his lawyer.",
        "That decision came on Wednesday. Shortly after 10 a.m., his lawyer, Dana Whitcombe, "
        "filed an appeal asking a county judge to reverse both rulings.",
        "State law gives a candidate ten days after a recount to go to court. The appeal "
        "says the envelopes were accepted on election day and should not have been set aside "
        "afterwards.",
        '"Mr Bracken wants the count to be right, nothing more," Whitcombe said.',
        "If the judge agreed on both points, Bracken would be back in front by four votes. "
        "Election lawyers said that was far from certain.",
        "The harbour district had 9,800 registered voters. Turnout was about 49%, higher "
        "than the county figure of 38%, which officials put down to the closeness of the "
        "race.",
        "Reyes said she was disappointed but not surprised by the appeal. The new board is "
        "due to meet for the first time next Monday.",
    ])
    short, long = summarizer.summarize(text, Language.ENGLISH, presets)
    assert short.sentences[1].startswith("Shortly after 10 a.m."), short.sentences
    assert long.sentences[1].startswith("By Wednesday afternoon, however,"), long.sentences
    assert long.sentences[2] == short.sentences[1], long.sentences


def test_the_news_a_link_back_to_the_scene_confirms_opens_the_summaries_without_it(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 109, en 988: "That was confirmed on Thursday, when Aberdeen City Council said the
    £318m Crosstown line … would not …" under a café owner's morning and her words; the short
    summary was the morning. The news is where the story starts, told without the link back to
    what it confirms: "On Thursday, Aberdeen City Council said …"."""
    text = "\n\n".join([
        "Dundee's new ferry will not carry passengers before July, port admits",
        "Every morning at about seven, Agnes Lindsay opens the shutters of her bakery on Dock "
        "Street and watches a white ferry slide out of the harbour. It sounds its horn, it "
        "turns at the breakwater, it heads for the open water. Then it comes back with nobody "
        "on board.",
        "\"My father took me across on the old boat every Sunday,\" says Mrs Lindsay, 71. "
        "\"I thought I'd be on the new one by Easter. Now they say it will be next summer.\"",
        "That was confirmed on Tuesday, when the Dundee Port Authority said the £64m Tay Crossing "
        "ferry, which had been due to enter service in March, would not carry passengers until "
        "July at the earliest.",
        "Officials told the port board that faults in the ferry's steering software and a dispute "
        "with the shipyard over the ramp design had made the March date impossible.",
        "The shipyard says it built the ramp to the drawings it was given. The port says the "
        "drawings were right.",
        "The delays have added £9m to the budget. The port board agreed on Tuesday to commission "
        "an independent review, which is due to report in the autumn.",
        "Traders on Dock Street say the empty sailings have become a local joke. The harbour "
        "cafe has put a cardboard passenger in one of its windows.",
        "The council, which owns a third of the port, said it would ask for a full account of "
        "what had gone wrong and would not add any money to the project.",
        "The old ferry, withdrawn in 2019 after 41 years, is moored at the far end of the "
        "harbour and is due to be sold for scrap next year.",
    ])
    short, long = summarizer.summarize(text, Language.ENGLISH, presets)
    assert short.sentences[0].startswith("On Tuesday, the Dundee Port Authority said the £64m"), \
        short.sentences
    assert not any(sentence.startswith("That was confirmed") for sentence in long.sentences)
    from summarizer.units import leans_on_previous

    assert not leans_on_previous("That was confirmed on Tuesday, when the port said so.", "en")
    assert leans_on_previous("That was confirmed on Tuesday.", "en")


def test_the_news_a_scene_waits_for_then_on_a_day_opens_the_summaries_without_then(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 190, judged en 1966: "Then, on Thursday, the regional government of Castilla y
    León announced that it was lowering the minimum to three pupils, …" ended the paragraph of
    the teacher sure she was ringing the bell for the last time; both summaries were her June,
    the short one never reached the news. The news opens them, told from its day."""
    text = "\n\n".join([
        "The last ferry to Inishcorr was supposed to sail in April. It is still sailing",
        "At half past eight every morning, Peadar Joyce unties a blue boat from the pier at "
        "Rossaveal and steers it out past the lighthouse, a run he has made since 1994. Four "
        "passengers board it. Two nurses sit in the cabin, and a postman stands at the rail.",
        "In April, Mr Joyce was sure he was sailing that ferry for the last time. The island's "
        "population had "
        "fallen below 40, and under county rules a subsidised ferry needed at least 50 residents "
        "to keep its contract. He put the boat up for sale. Then, on Tuesday, Galway County "
        "Council announced that it was lowering the threshold to 30 residents, with immediate "
        "effect for all island services.",
        "The change, approved at a council meeting in Galway, will keep five ferry routes "
        "running that would otherwise have ended this year, the council said.",
        "The council also set aside €2.4 million over three years for fuel and harbour repairs "
        "on the smallest routes.",
        '"An island without a boat is an island with a closing date," the council\'s chief '
        "executive, Aine Walsh, told reporters.",
        "On Inishcorr, the news arrived by text message from the island's only shop.",
        "Islanders said they would hold a party on the pier on Saturday.",
        "The island had 212 residents in 1971. Its school closed in 2009, and its last "
        "shop-owner now runs the post office from the same counter.",
        "Opposition councillors said the new threshold only delayed the question. One of them, "
        "Liam Rafferty, said the county needed a plan for the islands, not a lower number.",
        "The ferry company said it would keep its timetable unchanged through the winter and "
        "review the fares in the spring.",
        "Mr Joyce has taken the boat off the market. He said he would paint the hull in May.",
    ])
    short, long = summarizer.summarize(text, Language.ENGLISH, presets)
    assert short.sentences[0].startswith("On Tuesday, Galway County Council announced"), \
        short.sentences
    assert any(sentence.startswith("On Tuesday, Galway County Council announced") or
               sentence.startswith("Then, on Tuesday,") for sentence in long.sentences), \
        long.sentences
    from summarizer.units import leans_on_previous

    assert not leans_on_previous("Then, on Tuesday, the council announced a new rule.", "en")
    assert leans_on_previous("Then, on Tuesday, he announced a new rule.", "en")


def test_the_news_told_as_what_set_out_to_fix_the_trouble_opens_the_summaries(
        presets: tuple[Length, Length]) -> None:
    """Round 195's check, kk 2020: «Дәл осы мәселені шешу үшін Үкімет 14 маусымда … зауыт
    салуға … 6,2 млрд теңге бөлу туралы шешім қабылдады.» leaned on the fishermen's trouble
    before it, and the summaries told the plant's 52 jobs, never that it was funded."""
    from summarizer.units import leans_on_previous

    short, _ = _summaries_of("kk", "2020", presets)
    assert short.sentences[0].startswith("Үкімет 14 маусымда"), short.text
    assert not leans_on_previous("Чтобы решить эту проблему, правительство в среду выделило "
                                 "2 млрд руб.", "ru")
    assert not leans_on_previous("To tackle that problem, the government on Wednesday set "
                                 "aside $2 million.", "en")
    assert leans_on_previous("Осы мәселені шешу үшін ол кеңес берді.", "kk")


def test_a_dated_turn_that_changes_what_came_before_opens_no_summary(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 112's check, en 1030: "On Tuesday, the provincial government announced it wants to
    change that." under a widow's oil bills opened the short summary, "that" pointing at the
    scene left out. It goes with the report after it, and the summaries start there."""
    text = "\n\n".join([
        "Coastal county offers $4 million to replace wood stoves",
        "Every evening in January, Harold Finch carries two armfuls of split birch from the shed "
        "behind his cottage near Port Alder. The stove in his kitchen burns through a cord of "
        "wood every five weeks. He is 81 and his back is not what it was.",
        "About 3,100 homes in the county still heat mainly with old wood stoves, according to "
        "county figures, most of them in villages far from the gas network.",
        "On Monday, the county council announced it wants to change that. A $4 million fund, "
        "called Warm Homes Alder, will pay up to $6,500 towards replacing a wood stove with an "
        "electric heat pump. Households earning under $55,000 a year will get the full amount.",
        "Applications open on March 1, and each home must first be checked by a county "
        "energy adviser, at no cost to the owner.",
        "Council energy officer Priya Raman said a typical household would save about $900 a "
        "year and cut smoke in the valley on still winter nights.",
        "Installers warn of waits. The county has only 40 certified heat pump fitters, and the "
        "council said it would pay to train 25 more by the end of next year.",
        "Mr Finch has already asked for a form. \"I'll miss the smell,\" he said. \"I won't "
        "miss the shed.\"",
    ])
    short, long = summarizer.summarize(text, Language.ENGLISH, presets)
    assert short.sentences[0].startswith("A $4 million fund, called Warm Homes Alder"), \
        short.sentences
    assert not any("change that" in sentence for sentence in short.sentences + long.sentences)


def test_a_road_number_is_no_date_and_a_kind_spelled_out_between_dashes_stands(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 112's check, en 1024: "At 6:10 most weekday mornings, Marcy Tillman is already on
    Route 19 …" was read as dated news ("on Route 19"), and "That kind of stretching — a bus
    driver covering two routes, … — is what led the district's school board to vote 5-2 on
    Monday night …" as leaning on the scene: the short summary was the bus driver's morning."""
    text = "\n\n".join([
        "COUNTY CLINIC TO CLOSE ON SATURDAYS",
        "LINTON FALLS, Ore. — At 7:15 most mornings, Ruth Okafor is already on Highway 38 with a "
        "cooler of vaccines on the passenger seat and three farm visits ahead of her. She has "
        "been the county's only travelling nurse for nine years. Since last spring she has also "
        "covered the clinic's Saturday desk, because nobody else would.",
        "That kind of juggling — a nurse covering two jobs, a receptionist doing the billing, a "
        "doctor who also drives the mobile van — is what led the county health board to vote 4-1 "
        "on Tuesday to close the Linton Falls clinic on Saturdays from June. The clinic will open "
        "an hour earlier on weekdays instead, the board said.",
        "\"We did not want to do this. We ran out of people,\" health director Sam Ortiz said "
        "after the vote.",
        "The clinic serves about 4,200 patients and has 11 staff. It has had two nursing posts "
        "empty since 2022.",
        "Patients who work weekdays said the change would make appointments harder to get. The "
        "board said it would review the hours in a year.",
    ])
    short, _ = summarizer.summarize(text, Language.ENGLISH, presets)
    assert short.sentences[0].startswith("That kind of juggling — a nurse"), short.sentences
    from summarizer.units import is_news_report, leans_on_previous

    assert not is_news_report("Ruth Okafor is already on Highway 38 with a cooler.", "en")
    assert is_news_report("The board met on June 12 to vote.", "en")
    assert leans_on_previous("That kind of juggling is what led the board to vote.", "en")


def test_an_update_that_only_gives_a_comment_to_the_paper_is_no_turn(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 112, kk 1026: an update mark over «Samal Move компаниясы редакцияға жолдаған
    жазбаша түсініктемесінде … ұсыныс жіберетінін хабарлады» (a firm's comment to the paper)
    was told as the story's turn in the short summary, in place of the reason for the ban."""
    text = "\n\n".join([
        "City to ban rental e-scooters from June",
        "The city council on Wednesday voted to ban rental e-scooters from its streets from "
        "June 1, ending the permits of the three firms that run about 5,000 of them.",
        "Councillors said the main reason was a sharp rise in crashes. Police recorded 214 "
        "crashes involving e-scooters last year, up from 96 the year before.",
        "Private scooters will still be allowed on roads and cycle lanes.",
        "The firms must remove their scooters by May 31. Scooters left on the streets after "
        "that will be taken to a city pound.",
        "Council leader Amy Ruiz said the ban would be reviewed once new cycle lanes are built.",
        "UPDATE, 6:40 p.m.: Ridewell said in a written statement to the newspaper that it would "
        "send the council a proposal to cap its scooters' speed at 15 km/h by May 2.",
    ])
    short, _ = summarizer.summarize(text, Language.ENGLISH, presets)
    assert not any("Ridewell" in sentence for sentence in short.sentences), short.sentences
    from summarizer.structure import parse
    from summarizer.summarize import _second_development
    from summarizer.units import build_units

    article = parse(text, Language.ENGLISH)
    units = build_units(list(article.body), Language.ENGLISH)
    assert article.update_paragraph is not None
    assert not _second_development(units, Language.ENGLISH, article.update_paragraph, 8)
    # (an update that tells news is one)
    news = text.replace("Ridewell said in a written statement to the newspaper that it would "
                        "send", "Ridewell said on Thursday evening that it would send")
    article = parse(news, Language.ENGLISH)
    units = build_units(list(article.body), Language.ENGLISH)
    assert _second_development(units, Language.ENGLISH, article.update_paragraph, 8)


def test_a_wait_answered_on_a_day_is_the_news_under_the_words_dated_this_week(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 109, en 994: "That hope was rewarded on Thursday, when Police Scotland confirmed
    that The Ferrywoman at Dusk … had been recovered …" under the curator's words ("she said
    this week"); the short summary was the curator and her card."""
    text = "\n\n".join([
        "STOLEN HARBOUR PAINTING FOUND IN ANTWERP WAREHOUSE",
        "For twelve years, visitors to the small museum above the library in Portsoy found an "
        "empty oak frame where a view of the quay had hung. A handwritten note under it "
        "gave the date of the theft, 3 March 2009.",
        "Elspeth Gordon, the museum's keeper, has rewritten the note only once, when the ink "
        "faded. \"People asked why we kept the frame up,\" she said this week, standing under it. "
        "\"I told them we were waiting.\"",
        "That wait was answered on Tuesday, when Police Scotland confirmed that Boats at "
        "Portsoy, an 1893 oil by the Banffshire painter Margaret Innes Reid, had been "
        "recovered by Belgian police from a warehouse near the port of Antwerp.",
        "The canvas is in good condition, officers said, apart from a small tear near one corner.",
        "The discovery came out of an unrelated fraud inquiry. Officers searching the warehouse in "
        "October found nine paintings and a box of silver.",
        "The painting was identified after a specialist photographed a museum number chalked on "
        "the back of the canvas and matched it against a database of stolen works.",
        "The theft itself took minutes. In the early hours of 3 March 2009, two men forced a side "
        "door, and the alarm sounded at 2.10am.",
        "By the time officers arrived eight minutes later, the painting had been cut from its "
        "frame and carried away. No one was ever charged.",
        "The painting is expected back in Portsoy in the spring, after checks by conservators in "
        "Edinburgh.",
        "The museum says it will never sell it.",
    ])
    short, _ = summarizer.summarize(text, Language.ENGLISH, presets)
    assert short.sentences[0].startswith("On Tuesday, Police Scotland confirmed that Boats"), \
        short.sentences


def test_a_teaser_that_closes_its_paragraph_gives_way_to_the_later_turn_it_foretells(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 109's check, en 992: the short summary ended on "By Friday evening, however, it
    had changed course on its most popular loaf.", the how told nine paragraphs on ("Then, at
    about 6pm on Friday, the company announced that it was reversing the increase …"); the how
    comes in its place, without its "Then,"."""
    text = "\n\n".join([
        "Harbour Dairies to raise milk prices by up to 15% in its 40 shops",
        "Harbour Dairies, one of Wales's largest dairy chains, is to raise the price of most of "
        "its milk from Monday, with its best-selling two-litre bottle going up 30p to £2.30, an "
        "increase of 15%.",
        "The Swansea-based company, which has 40 shops and supplies about 250 corner shops, said "
        "in a statement on Thursday night that it could no longer absorb higher costs. By Friday "
        "evening, however, it had changed course on its most popular bottle.",
        "Under the plan announced on Thursday, the price of a litre of whole milk would rise from "
        "£1.20 to £1.35 and a pint of semi-skimmed from 70p to 80p. Prices of cream and butter "
        "would rise by an average of 6%.",
        "Managing director Carys Morgan said the company's feed and fuel bills had risen by a "
        "quarter since last spring.",
        "The announcement drew a quick reaction from consumer groups, which said a 15% jump in the "
        "price of a staple was hard to justify.",
        "Several corner shop owners also warned the company that they would cut orders if the "
        "two-litre bottle went above £2.10 on their shelves.",
        "Then, at about 6pm on Friday, the company announced that it was reversing the increase on "
        "the two-litre bottle, which will stay at £2.00 at least until the end of June.",
        "The rises on the other products will go ahead on Monday as planned.",
        "The two-litre bottle accounts for about half of the chain's milk sales, the company said.",
        "Analysts said other dairies are expected to set their prices in the coming weeks.",
    ])
    short, long = summarizer.summarize(text, Language.ENGLISH, presets)
    assert short.sentences[-1].startswith("At about 6pm on Friday, the company announced"), \
        short.sentences
    assert not any("changed course" in sentence for sentence in short.sentences)
    # (nor does the long summary give it its "Then," back after other sentences)
    assert not any(sentence.startswith("Then,") for sentence in long.sentences), long.sentences


@pytest.mark.parametrize(("sentence", "language", "bare"), [
    # round 110's check, ru 1010: a council that cancelled its own decision, dated, says only
    # that the story turned; the sentence after it tells how
    ("В среду, 16 октября, наблюдательный совет отменил собственное решение.", "ru", True),
    ("On Oct. 16, the board overturned its own decision.", "en", True),
    ("Совет отменил собственное решение о выплате 16 млн руб.", "ru", False),
    ("В среду наблюдательный совет отменил конкурс.", "ru", False),
])
def test_a_decision_taken_back_on_a_date_is_a_bare_turn(sentence: str, language: str,
                                                         bare: bool) -> None:
    from summarizer.summarize import _bare_turn

    assert _bare_turn(sentence, Language(language)) is bare


def test_a_short_summary_takes_a_fact_over_a_sentence_that_only_names_the_source(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 77, ru 605 ('the second sentence is only sourcing'): «Об этом сообщили в
    пресс-службе суда.» gives way to the next fact that fits; with nothing else, it stays."""
    text = ("Суд признал банкротом лифтовый завод\n\n"
            "Арбитражный суд Саратовской области в четверг признал банкротом АО «Саратовский "
            "лифтовый завод» и открыл конкурсное производство на шесть месяцев. Об этом "
            "сообщили в пресс-службе суда.\n\n"
            "Заявление о банкротстве в ноябре подал банк, которому завод задолжал 412 млн "
            "руб.\n\n"
            "На заводе работают 640 человек. Зарплату им не платят с августа.")
    short, _ = summarizer.summarize(text, Language.RUSSIAN, presets)
    assert short.sentences[1].startswith("Заявление о банкротстве"), short.sentences
    alone = text.split("\n\nЗаявление")[0] + (
        "\n\nЗавод, основанный в 1961 г., выпускал пассажирские и грузовые лифты для жилых "
        "домов, больниц и школ Поволжья, а в лучшие годы поставлял до двух тысяч лифтов в год "
        "в 14 регионов России и в Казахстан, где в 1980-х гг. у него было собственное "
        "сервисное отделение в Уральске.")
    short, _ = summarizer.summarize(alone, Language.RUSSIAN, presets)
    assert short.sentences[-1] == "Об этом сообщили в пресс-службе суда.", short.sentences


def test_a_lead_cut_to_make_room_says_so_not_that_it_was_over_the_limit(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """The CLI showed "shortened a 36-word sentence to the 60-word limit" for a lead cut to
    make room for a later turn of the story (round 77, en 614)."""
    short, _ = summarizer.summarize(_BUS_ROUTES, Language.ENGLISH, presets)
    assert short.sentences[1].startswith("Shortly after 4pm")
    shortened = [note for note in short.notes if note.startswith("shortened")]
    assert shortened and all("limit" not in note and "to make room" in note
                             for note in shortened), short.notes



def test_a_short_summary_is_never_only_the_link_to_a_buried_lede(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 78, en 622 (short 1 by both judges: 'a single dangling sentence'): the short
    summary was "On Monday the number in the second column got smaller.", because the report
    after it named "the Mahoneys", whom only the scene introduced; it takes the report without
    that aside instead, and without the link that points back to the scene."""
    paragraphs = [
        "Every Sunday night since March, Aroha Whitfield has opened the same spreadsheet at the "
        "kitchen table of her family's weatherboard house in Napier South. One column is the "
        "mortgage repayment the couple have made since 2021, when they locked in a three-year "
        "rate of 2.79 per cent on a $540,000 loan. The column beside it is headed \"October\", "
        "and for most of this year the figure in it has been about $1,050 a fortnight higher.",
        "\"We've cut the gym, we've cut takeaways, Wiremu's picked up Saturday shifts,\" said "
        "Whitfield, 34, a nurse. \"The kids don't know it's going on, and that's how we'd like "
        "to keep it.\"",
        "On Monday the number in the second column got smaller. Harbour Bank, the Napier-based "
        "lender that holds the Whitfields' mortgage, cut its one-year fixed \"special\" rate for "
        "borrowers with at least 20 per cent equity from 6.95 per cent to 6.45 per cent, with "
        "effect from Tuesday. Its two-year rate falls from 6.75 per cent to 6.35 per cent. "
        "Floating rates are unchanged for now.",
        "It is the largest single cut the bank has made to a fixed rate since 2020. Harbour "
        "chief executive Mere Ruka said the move followed a steady fall in wholesale interest "
        "rates over the past two months.",
        "\"Our funding costs have come down, and we think it is right to pass that on "
        "quickly,\" Ruka said in a statement.",
        "For the Whitfields, the cut trims the expected jump in their repayments by roughly "
        "$100 a fortnight.",
    ]
    text = "Harbour Bank cuts fixed mortgage rates as thousands prepare to refix\n\n" + \
        "\n\n".join(paragraphs)
    short, _ = summarizer.summarize(text, Language.ENGLISH, presets)
    assert short.sentences[0].startswith("Harbour Bank cut its one-year fixed"), short.sentences
    assert not any("second column" in sentence or "Whitfields" in sentence
                   for sentence in short.sentences)


_PARKING_RU = ("Плата за парковку в центре Тулы вырастет вдвое\n\n"
               "ТУЛА, 4 апреля — Администрация Тулы во вторник утвердила новые тарифы на платные "
               "парковки в центре города: с 1 мая час стоянки будет стоить 80 руб. вместо 40 руб. "
               "Решение касается 2 300 мест на 46 улицах.\n\n"
               "В мэрии объясняют повышение тем, что машины занимают места в центре весь день. "
               "Доходы от парковок пойдут на ремонт дворов.\n\n"
               "Автомобилисты недовольны. Депутат городской думы Ирина Лосева пообещала "
               "обратиться в прокуратуру.\n\n"
               "Однако уже через два дня решение оказалось под вопросом. 6 апреля прокуратура "
               "Тульской области сообщила, что внесла протест на постановление о тарифах.\n\n"
               "По данным ведомства, администрация не провела публичные слушания. Протест "
               "должны рассмотреть за десять дней.")
_PARKING_KK = ("Қарағандыда тұрақ ақысы екі есе өседі\n\n"
               "ҚАРАҒАНДЫ, 4 сәуір. ҚазАқпарат – Қарағанды қаласының әкімдігі сейсенбі күні "
               "орталықтағы ақылы тұрақтардың жаңа тарифін бекітті: 1 мамырдан бастап бір сағат "
               "300 теңгенің орнына 600 теңге тұрады. Шешім 46 көшедегі 2 300 орынға қатысты."
               "\n\nӘкімдік бұл шешімді көліктердің орталықта күні бойы тұратынымен түсіндірді. "
               "Тұрақтан түскен қаржы аулаларды жөндеуге жұмсалады.\n\n"
               "Жүргізушілер наразы. Мәслихат депутаты Ирина Лосева прокуратураға жүгінетінін "
               "айтты.\n\n"
               "Алайда шешім қабылданғаннан кейін екі күн өткен соң жағдай өзгерді. 6 сәуірде "
               "облыс прокуратурасы әкімдіктің тариф туралы қаулысына наразылық енгізгенін "
               "хабарлады.\n\n"
               "Прокуратураның мәліметінше, әкімдік қоғамдық тыңдау өткізбеген. Наразылық он "
               "күн ішінде қаралуы тиіс.")


@pytest.mark.parametrize(("text", "language", "update"), [
    (_PARKING_RU, Language.RUSSIAN, "6 апреля прокуратура"),
    (_PARKING_KK, Language.KAZAKH, "6 сәуірде облыс прокуратурасы"),
])
def test_a_first_summary_tells_the_development_after_a_longer_turn(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length], text: str,
        language: Language, update: str) -> None:
    """Round 78, ru 620 (short and long scored 2 by both judges: 'outdated, no protest'): a
    turn of nine to twelve words that opens its paragraph («Однако уже через два дня решение
    оказалось под вопросом.», «Алайда … жағдай өзгерді.») sets up the report after it, a
    second development that both summaries tell, without the turn in the first."""
    short, long = summarizer.summarize(text, language, presets)
    assert any(sentence.startswith(update) for sentence in short.sentences), short.sentences
    assert not any(sentence.startswith(("Однако уже", "Алайда шешім"))
                   for sentence in short.sentences)
    assert any(sentence.startswith(update) for sentence in long.sentences), long.sentences


_MORTGAGE_KK = ("Ипотека қымбаттайды: «Сарыарқа Банк» мөлшерлемені 18,9 пайызға көтереді\n\n"
                "Асқар Нұрланов калькуляторды үшінші рет тексерді. Қарағандының шығысындағы жаңа "
                "үйдегі екі бөлмелі пәтердің бағасы – 24 млн теңге. Әйелі Дина терезеден "
                "құрылыс крандарына қарап тұр.\n\n"
                "Нұрлановтар үш жыл бойы жинаған 5 млн теңгені бастапқы жарна ретінде салып, "
                "қалғанын 15 жылға ипотекамен алуды жоспарлаған. Бірақ олар несие алмақ болған "
                "«Сарыарқа Банк» АҚ өткен жұмада нарықтық ипотека бойынша мөлшерлемені 16,5 "
                "пайыздан 18,9 пайызға дейін көтеретінін жариялады.\n\n"
                "Банк мөлшерлемені бір жылда екінші рет көтеріп отыр. Жаңа мөлшерлеме 1 "
                "қарашадан бастап барлық жаңа ипотекалық қарызға қолданылады.\n\n"
                "Банк басқармасы төрағасының орынбасары шешімді депозиттердің қымбаттауымен "
                "түсіндірді.\n\n"
                "Нұрлановтар әлі шешім қабылдаған жоқ. Олар мемлекеттік бағдарлама бойынша "
                "кезекке тұруды ойлап жүр.")


def test_a_short_summary_opens_on_the_news_set_against_the_plan_it_upsets(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 78, kk 622 (short 3 by both judges: 'framed through unintroduced «Есенбаевтар»'):
    under a scene, a paragraph told the family's plan, then the bank's rise set against it,
    «Бірақ олар несие алмақ болған «…» АҚ өткен жұмада … жариялады»; the news stands without
    its "but" and the clause of "they" before the bank's name, and leads."""
    short, _ = summarizer.summarize(_MORTGAGE_KK, Language.KAZAKH, presets)
    assert short.sentences[0].startswith("«Сарыарқа Банк» АҚ өткен жұмада"), short.sentences
    assert not any("Нұрлановтар" in sentence for sentence in short.sentences)


_MALL_RU = ("Разрешение на стройку рынка в Кирове продержалось три дня\n\n"
            "КИРОВ, 14 мая — Управление градостроительства администрации Кирова в понедельник "
            "выдало ООО «Вятстрой» разрешение на строительство крытого рынка на месте старого "
            "стадиона в Ленинском районе.\n\n"
            "Площадь рынка должна составить 12 тыс. кв. м. Инвестиции компания оценивает в 900 "
            "млн руб.\n\n"
            "Жители района выступали против стройки. Инициативная группа собрала 2 100 подписей."
            "\n\nОднако уже в четверг ситуация изменилась. Арбитражный суд Кировской области по "
            "ходатайству прокуратуры запретил «Вятстрою» проводить любые работы на участке до "
            "рассмотрения иска.\n\n"
            "В «Вятстрое» решение суда назвали необоснованным и пообещали его обжаловать.\n\n"
            "Обновлено в 18:30: в компании сообщили, что техника, завезенная на участок во "
            "вторник, будет выведена с площадки до понедельника.")


def test_a_first_summary_tells_the_turn_before_an_update_that_only_follows_from_it(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 79, ru 638 (short 2 by both judges: 'equipment withdrawal with no reason given — the
    court ban is missing'): the body told the ban after a turn, and an update under its mark
    only followed from it; the first summary tells the ban."""
    short, _ = summarizer.summarize(_MALL_RU, Language.RUSSIAN, presets)
    assert any(sentence.startswith("Арбитражный суд Кировской области")
               for sentence in short.sentences), short.sentences
    assert not any("техника" in sentence for sentence in short.sentences)


_LAKE_KK = ("Алакөл тартылып барады: көлдің деңгейі он жылда 1,5 метрге төмендеді\n\n"
            "Жаңаауыл тұрғыны Серік Омаров ұзақ уақыт бойы қайығын ағаш айлақтан суға "
            "түсіретін. Биыл ол қайығын суға дейін құрғақ жағалаумен ұзақ сүйретеді. Айлақтың "
            "қадалары қазір шөп басқан топырақтың ортасында тұр.\n\n"
            "Ауданның шығысындағы Алакөл – облыстағы ең ірі тұщы көлдердің бірі. Ол бір кездері "
            "маңайындағы екі ауылды балықпен қамтамасыз етіп келді. Алайда соңғы он жылда көлдің "
            "деңгейі 1,5 метрге төмендеп, айдыны бестен бірге қысқарды.\n\n"
            "Гидробекеттің деректері бойынша, тек соңғы бір жылда деңгей 38 сантиметрге түскен."
            "\n\nҒалымдар бірнеше себепті атайды: қардың аздығы, ыстық жаз және суармалы егіс."
            "\n\nБалықшылар кәсібін жауып жатыр. Былтыр ауылдан үш отбасы көшіп кетті."
            "\n\nАудан әкімдігі қоғамдық тыңдау өткізбек. Тыңдау қыркүйекте өтеді.\n\n"
            "Инспекция су алуға жаңа лимит белгілеуді ұсынады. Шаруалар бұған қарсы.\n\n"
            "Серік Омаров та тыңдауға барады.")


def test_a_short_summary_opens_on_the_news_set_against_what_the_place_was(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 79, kk 636 (short 2 by both judges: 'describes the lake but never says it is
    shrinking'): under a scene, the paragraph told what the lake was and then, two sentences
    on, «Алайда соңғы он жылда көлдің деңгейі … төмендеп, …»; that is where the news starts."""
    short, _ = summarizer.summarize(_LAKE_KK, Language.KAZAKH, presets)
    assert short.sentences[0].startswith("Соңғы он жылда көлдің деңгейі"), short.sentences


_GP_EN = ("'No one to hand the keys to': the glen's only GP is leaving\n\n"
          "The call came at 3am, as those calls usually do. A farmer's wife on the far side of "
          "the glen said her husband had woken grey, with a pain in his chest. Dr Moira Kerr "
          "pulled on her boots and drove 20 miles of single-track road in the dark. He is alive "
          "today.\n\n"
          "It is the kind of night Dr Kerr has had hundreds of times in ten years as the GP for "
          "Glenmore, a scattered parish of 900 registered patients.\n\n"
          "In June, she will make those journeys for the last time. Dr Kerr, 52, has told the "
          "health board that she will leave the practice on 30 June to take up a post in Perth. "
          "The board confirmed this week that it has not yet found anyone to replace her.\n\n"
          "The post has been advertised three times since 2019. It drew one applicant.\n\n"
          "About 150 people attended a public meeting in the village hall last week.\n\n"
          "A petition calling for help for remote practices has gathered 640 signatures.\n\n"
          "The board said it would run the surgery itself from July. Locums would cover two "
          "weeks at a time.\n\n"
          "Patients fear a different face every fortnight. Some say they will drive to Perth."
          "\n\nThe community council will meet the board in May. It wants a written promise."
          "\n\nThe Scottish Government said it was aware of the case. It gave no details.\n\n"
          "Dr Kerr says she will miss the glen. She plans to visit in the summer.")


def test_a_buried_report_in_the_present_perfect_leads_over_the_dated_one_after_it(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 79, en 628 (short 2 by both judges: '"replace her": her is never named'): under a
    scene, "Dr Kerr, 52, has told the health board that she will leave …" comes right before
    "The board confirmed this week that it has not yet found anyone to replace her"; the
    first tells the news the second follows from."""
    short, _ = summarizer.summarize(_GP_EN, Language.ENGLISH, presets)
    assert short.sentences[0].startswith("Dr Kerr, 52, has told the health board"), \
        short.sentences


_MINE_KK = ("«Мың күн апатсыз» мәлімдемесінен кейін: Көктас шахтасынан 39 бұзушылық табылды\n\n"
            "Қарағанды облысындағы Көктас шахтасы тамызда «мың күн бойы апатсыз жұмыс істеген» "
            "кәсіпорын ретінде марапатталған еді. Екі айдан соң Өнеркәсіптік қауіпсіздік "
            "комитеті шахтадағы тексерістің қорытындысын жариялады: инспекторлар 39 бұзушылық "
            "тіркеді.\n\n"
            "Шахта «Орталық Көмір» АҚ-ға тиесілі. Мұнда 1 900 адам жұмыс істейді.\n\n"
            "Компания рекордты 2022 ж. жариялаған. Кеншілерге сыйақы төленген.\n\n"
            "Инспекторлар газ датчиктерінің өшірілгенін анықтады. Жарақаттар толық "
            "тіркелмеген.\n\n"
            "Кәсіподақ тексерісті қолдады. Компания бұзушылықтарды жоятынын айтты.\n\n"
            "Комитет прокуратураға хат жолдады. Іс бойынша тексеріс жүріп жатыр.\n\n"
            "Кеншілер жалақысы сақталатынын білгісі келеді.\n\n"
            "№ 3 забойдағы жұмыс 30 күнге, яғни 20 желтоқсанға дейін тоқтатылды.")


def test_a_short_summary_keeps_the_news_after_a_lead_that_tells_what_had_been(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 79, kk 630 (short 2 and 3: 'award plus the stoppage, with no inspection or 47
    violations, so no cause'): the lead told what had been («…марапатталған еді.») and the
    next sentence the news; a later halt does not take the news's place."""
    short, _ = summarizer.summarize(_MINE_KK, Language.KAZAKH, presets)
    assert any(sentence.startswith("Екі айдан соң Өнеркәсіптік қауіпсіздік комитеті")
               for sentence in short.sentences), short.sentences


_RESERVOIR_EN = ("Pine Lake has dropped six feet in a year, and the towns around it feel it\n\n"
                 "The public ramp at Pine Point still runs 90 feet out toward the lake. These "
                 "days it ends in dry grass. To reach the water, anglers walk another 200 yards "
                 "past stranded buoys and a half-buried bench.\n\n"
                 "Pine Lake, a 9-square-mile lake fed by snowmelt in western Montana, is "
                 "shrinking faster than at any time since records began. Its gauge read 8.1 "
                 "feet on Monday, the lowest level ever measured.\n\n"
                 "Three of the lake's four ramps have been closed since July.\n\n"
                 "Hydrologists point to a poor snowpack and a hot summer.\n\n"
                 "Farmers upstream have also pumped more groundwater.\n\n"
                 "The county will hold a public hearing in October.\n\n"
                 "State officials said they would publish a water plan next spring.\n\n"
                 "Some residents want limits on irrigation. Farmers say they cannot afford them."
                 "\n\nThe marina has laid off four of its six staff.")


def test_a_scene_paragraph_with_distances_in_it_gives_way_to_the_news_under_it(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 79, en 636 (short 2 by both judges: 'scene-setting dock image only, no news'):
    the opening paragraph's figures were distances ("90 feet", "200 yards"), a scene's."""
    short, _ = summarizer.summarize(_RESERVOIR_EN, Language.ENGLISH, presets)
    assert short.sentences[0].startswith("Pine Lake, a 9-square-mile lake"), short.sentences


_COOPERATIVE_EN = (
    "Potters buy the works they fired kilns in for decades\n\n"
    "Just after six in the morning, before the first bus reaches the square, Hanna "
    "Kovac opens the door of kiln number two and checks the colour of the bricks by "
    "the light of her phone.\n\n"
    "The brick building by the canal has made pottery since 1902, and on a cold day "
    "the smell of wet clay still fills the yard. For most of last year, Kovac "
    "thought each firing might be her last.\n\n"
    "The Eastgate Pottery, owned by the Marsh family for three generations, has "
    "struggled since 2015. Orders from hotel chains fell away, gas bills tripled, "
    "and the staff shrank from 48 to 19. Last November, owner Philip Marsh, 68, "
    "told staff he had found no buyer and would close at the end of June.\n\n"
    "On Monday, the workers bought it themselves. The 19 employees, organised as a "
    "cooperative, signed an agreement to take over the works, its kilns and the "
    "brand for £1.2 million.\n\n"
    "The deal is financed by a £700,000 loan from a local credit union, a £250,000 "
    "grant from the county and £250,000 raised from 2,100 small investors through a "
    "share offer.\n\n"
    "\"I did not sleep the night the offer closed,\" said Kovac, 49, who chairs the "
    "cooperative.\n\n"
    "Marsh said he had taken less than a housing developer offered for the "
    "canal-side site.\n\n"
    "Each member of the cooperative has one vote, however many shares they "
    "hold.\n\n"
    "Not everyone thinks the model will last. A business lecturer at a nearby "
    "college said worker-owned factories often start strong but have little cash to "
    "fall back on.\n\n"
    "The cooperative's plan forecasts sales of £1.5 million in its first full year "
    "and a profit in 2028.\n\n"
    "The handover takes place on July 1.\n\n"
    "The first range made under worker ownership is due in shops in November, Kovac "
    "said.")


def test_a_lead_kept_from_after_its_link_still_tells_the_deal_a_later_pick_mentions(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 79, en 634, and en 64: "The deal …" needs the unit that told of the agreement
    (the long summary of en 634 kept "The deal runs for three years" without it); a lead kept
    without its link ("On Monday, the workers bought it themselves.") still tells it."""
    short, long = summarizer.summarize(_COOPERATIVE_EN, Language.ENGLISH, presets)
    assert short.sentences[0].startswith("The 19 employees"), short.sentences
    assert any(s.startswith("The deal is financed") for s in short.sentences), short.sentences


_SHEPHERDS_RU = (
    "ПОСЛЕДНЯЯ ЗИМОВКА: СЕМЬЯ ЧАБАНОВ ПЕРЕДАЕТ СТОЯНКУ МОЛОДЫМ И УЕЗЖАЕТ В ГОРОД\n\n"
    "Ветер на зимней стоянке поднимается задолго до рассвета. Он гремит железом на крыше "
    "кошары и стихает только к полудню, когда Пётр выгоняет отару на склон. Так было каждую "
    "зиму с 1982 года, когда 24-летний выпускник техникума получил от совхоза 300 овец. "
    "Сейчас ему 58, овец у семьи около 640.\n\n"
    "Эта зимовка для Ивановых последняя. В конце апреля Пётр Иванов и его жена Анна "
    "переезжают в город, где их сын купил квартиру. Стоянку и половину отары семья передает в "
    "аренду молодому чабану по республиканской программе «Смена», которую министерство "
    "запустило в начале марта.\n\n"
    "Программа позволяет пожилым чабанам на срок до десяти лет сдавать стоянки молодым семьям "
    "вместе со скотом. В первую волну заявки подали 37 семей из девяти районов. Ивановы "
    "подписали договор одними из первых — 14 марта.\n\n"
    "«Я бы и сам не ушел, если бы не спина, — говорит Пётр. — Прошлой зимой два раза падал с "
    "лошади. Это не просто овцы, это сорок лет работы».\n\n"
    "Переезд чабанов в города идет уже третье десятилетие. В 1990 г. в республике было около "
    "4,5 тыс. стоянок, к 2015 г. их осталось менее 2,8 тыс. Средний возраст чабана — 52 "
    "года.\n\n"
    "Министр называет программу попыткой не дать стоянкам опустеть. На 2016 г. на нее "
    "заложено 18 млн руб.\n\n"
    "Сами Ивановы переживают не столько за хозяйство, сколько за себя. Анна ни разу не жила в "
    "многоэтажном доме.\n\n"
    "Что делать с оставшимися 320 овцами, семья пока не решила.\n\n"
    "Министерство рассчитывает до конца года довести число участников программы до 100 семей. "
    "Прием заявок второй волны откроется 1 июня.")


def test_a_feature_that_turns_on_this_time_being_the_last_starts_at_the_news(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 80, ru 646 (short 1 by both judges: '«Ооржаки подписали договор» — who, what
    contract?'): the news came after «Эта зимовка для Ооржаков последняя.»."""
    short, _ = summarizer.summarize(_SHEPHERDS_RU, Language.RUSSIAN, presets)
    assert short.sentences[0].startswith("В конце апреля"), short.sentences


_SMELTER_KK = (
    "Балқаш кентінде ауадағы күкірт мөлшері нормадан үш есе асты\n\n"
    "БАЛҚАШ, 22 маусым. «Орталық Хабар» – Қарағанды облысындағы Шалғын кентінде мамыр айында "
    "атмосфералық ауадағы күкірт диоксидінің орташа тәуліктік концентрациясы 11 күн бойы "
    "шекті рұқсат етілген концентрациядан 3,4 есеге дейін асып түскен. Бұл туралы "
    "метеорологиялық қызметтің айлық бюллетенінде айтылған.\n\n"
    "Ең жоғары бір реттік көрсеткіш 17 мамырда тіркелді: таңғы сағат 5-те бекеттердің бірі "
    "ауадағы күкірт мөлшері нормадан 5,1 есе жоғары екенін көрсеткен. Синоптиктер бұл күні "
    "кентте жел әлсіз болғанын атап өтеді.\n\n"
    "Ластаудың негізгі көзі ретінде кент маңындағы мыс балқыту зауыты аталады. Облыстық "
    "экология департаменті 21 маусымда кәсіпорынға жоспардан тыс тексеру бастады.\n\n"
    "Кентте екі автоматты бекет ауа сапасын тәулік бойы бақылайды. Мамырда олар барлығы 2 940 "
    "өлшеу жүргізген.\n\n"
    "Балқыту өндірісі 1971 жылы іске қосылған. Кентте шамамен 4 мың адам тұрады.\n\n"
    "Зауыттың баспасөз қызметі асып кетулерді цехтағы жөндеумен байланыстырды.\n\n"
    "Тексеріс нәтижесі шілде айының соңында жарияланады.")


def test_a_long_lede_under_the_dateline_stays_the_news_over_a_dated_detail(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 80, kk 642 (short 2 by both judges: 'the 17 May peak reading with no place, no
    plant, no inspection'): the dated peak further down shared more with the headline than
    the lede under the dateline, and took its place."""
    short, _ = summarizer.summarize(_SMELTER_KK, Language.KAZAKH, presets)
    assert short.sentences[0].startswith("Қарағанды облысындағы Шалғын кентінде"), \
        short.sentences


_DAM_EN = (
    "Carrabeen Dam to undergo $148 million repair after seepage found, with reservoir held at "
    "half capacity until 2026\n\n"
    "TAMWORTH, NSW - Northern Tablelands Water will spend $148 million strengthening Carrabeen "
    "Dam, the 56-year-old earth wall that supplies drinking water to about 61,000 people, after "
    "engineers confirmed that water was seeping through its foundations.\n\n"
    "The utility said on Monday that the reservoir would be held at half capacity until the "
    "repair is finished in 2026.\n\n"
    "The first warning came from the instruments in 2021.\n\n"
    "A routine inspection then found cloudy water flowing from a drain.\n\n"
    "The utility lowered the lake within six weeks.\n\n"
    "The work will be carried out by a consortium chosen from four tenderers.\n\n"
    "The state will contribute $110 million.\n\n"
    "Water restrictions will apply from 1 June.\n\n"
    "An independent panel will review the work every three months.")


def test_a_long_lede_that_names_the_headline_stays_the_news_without_a_dateline_paragraph(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 80, en 648 (short 1 by both judges: '"The utility", "the reservoir", "the work"
    with no dam, utility or cost named'): a dated paragraph that shared more of the headline
    took the place of a 44-word lede under a dateline of a place alone."""
    short, _ = summarizer.summarize(_DAM_EN, Language.ENGLISH, presets)
    assert short.sentences[0].startswith("Northern Tablelands Water will spend"), short.sentences


_PARKING_SHYMKENT_KK = (
    "Шымкент мәслихаты ақылы көлік тұрағын енгізуді мақұлдады\n\n"
    "Жаңартылды: қала әкімі жоспарды тоқтата тұрды, толығырақ – мақаланың соңында.\n\n"
    "ШЫМКЕНТ, 12 маусым. «Оңтүстік тынысы» – Шымкент қалалық мәслихаты сәрсенбі күні қала "
    "орталығындағы 14 көшеде 1 тамыздан бастап ақылы көлік тұрағын енгізу туралы әкімдіктің "
    "жоспарын көпшілік дауыспен бекітті. Сессияға қатысқан 31 депутаттың 24-і жақтап, 5-і "
    "қарсы дауыс берді.\n\n"
    "Жоспар бойынша бір сағат тұрақ 200 теңге тұрады. Тұрақтарды «Шаһар Паркинг» ЖШС он жыл "
    "басқарады.\n\n"
    "Әкімдік ақылы тұрақ кептелісті азайтады деп есептейді. Орталықтағы орындардың 60 пайызын "
    "күні бойы бір көліктер алып тұрады.\n\n"
    "Тұрғындар шешімге наразы. Онлайн-петицияға 11 мыңнан астам адам қол қойды.\n\n"
    "Алайда жоспардың тағдыры бір аптаға жетпей өзгерді. Мәслихат шешімінен екі күн өткен "
    "соң, 14 маусымда, қала прокуратурасы шешімге наразылық келтірді.\n\n"
    "Прокуратураның хабарлауынша, операторды таңдау конкурсына бір ғана компания "
    "қатысқан.\n\n"
    "17 маусымда қала әкімі брифингте жоспарды тоқтата тұратынын мәлімдеді. Ол жаңа конкурс "
    "өткізуді тапсырды.\n\n"
    "Мәслихат шешімнің күшін жою мәселесін 26 маусымда қарайды.")


def test_an_update_a_note_points_to_is_the_story_s_latest_turn(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 80, kk 650 (short 3 by both judges: 'the flagged update (the mayor suspended the
    plan on 17 June) is missing, so it is already out of date'): the note over the story
    («Жаңартылды: …, толығырақ – мақаланың соңында.») points to the paragraph of the halt,
    which goes before the prosecutor's protest."""
    from summarizer.structure import parse

    article = parse(_PARKING_SHYMKENT_KK, Language.KAZAKH)
    halt = next(s.paragraph for s in article.body if s.text.startswith("17 маусымда"))
    assert article.update_paragraph == halt
    short, _ = summarizer.summarize(_PARKING_SHYMKENT_KK, Language.KAZAKH, presets)
    assert any("тоқтата тұратынын" in sentence for sentence in short.sentences), short.sentences


def test_a_note_pointing_to_the_end_of_the_text_is_a_pointer_too(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 136, kk 1322: «ЖАҢАРТЫЛДЫ …: кабель жеткізушісі келісімшарттан шығатынын
    мәлімдеді. Толығырақ – мәтіннің соңында.» closed the long summary, pointer and all."""
    from summarizer.structure import parse

    text = _PARKING_SHYMKENT_KK.replace("толығырақ – мақаланың соңында",
                                        "толығырақ – мәтіннің соңында")
    article = parse(text, Language.KAZAKH)
    halt = next(s.paragraph for s in article.body if s.text.startswith("17 маусымда"))
    assert article.update_paragraph == halt
    for summary in summarizer.summarize(text, Language.KAZAKH, presets):
        assert not any("соңында" in sentence for sentence in summary.sentences)


@pytest.mark.parametrize(("language", "text", "told"), [
    # round 80, en 524 (the update flagged "(see below)"): "Two days after the ruling, the city
    # took a step that neither side had expected." announces the update, told next
    ("en", "Court orders bars to turn the music down\n\nUPDATE: City hall will not appeal "
           "(see below)\n\nQUITO, Oct. 14 (Andes Wire) - A judge on Tuesday ordered bars on "
           "La Ronda to keep music below 55 decibels after 10 p.m.\n\nThe case was brought by "
           "23 families.\n\nTwo days after the ruling, the city government took a step that "
           "neither side had expected. In a statement on Thursday, the city said it would not "
           "appeal the court's decision and would ban amplified music on weeknights.",
     "would not appeal"),
    # round 124's check, ru 1178: «Дополнено в 17:40: Nordlinja сообщила через биржу, что
    # отзывает добровольное предложение …» tells the update itself, however short; read as
    # only announcing it, the summaries told what the withdrawal costs with no withdrawal
    ("ru", "Финская компания предложила выкупить паромного оператора\n\nТАЛЛИНН, 10 июня — "
           "Финская компания Nordlinja в среду предложила выкупить все акции оператора "
           "Saarte Praamid по 4,20 евро.\n\nСделку поддержал совет директоров.\n\n"
           "Дополнено в 17:40: Nordlinja сообщила через биржу, что отзывает добровольное "
           "предложение о покупке акций Saarte Praamid. Документы не были утверждены "
           "инспекцией, поэтому отзыв не влечет санкций.", "отзывает"),
    # round 126, kk 1200: a named deputy governor's order tells the update, though it is 15
    # words; read as only announcing it, the short summary told the site meeting after it
    ("kk", "Жаңа аурухананың ашылуы кейінге шегерілді\n\nЖАҢАРТЫЛДЫ (22.04.2025, 16:45): "
           "Мақала жарияланғаннан кейін облыс әкімінің орынбасары Серік Омаров мердігердің "
           "жұмысын апта сайын тексеріп отыруды тапсырды. Әкімдік баспасөз қызметінің "
           "хабарлауынша, алғашқы көшпелі кеңес 25 сәуірде құрылыс алаңында өтеді.\n\n"
           "Жаңа аурухана 1 наурызда алғашқы науқастарын қабылдауы тиіс еді. Бірақ кешеннің "
           "есігі әлі жабық.\n\nҚабылдау комиссиясы ғимаратты пайдалануға беруге рұқсат "
           "етпеді.", "тапсырды"),
    # round 143's check, kk 1406: a short update that tells an inspection begun, then only when
    # its result will be known; read as only announcing it, the short summary told the date
    # of the result alone
    ("kk", "Трамвай желісінің жобасы тоқтады\n\nПАВЛОДАР, 11 мамыр – Әкімдік ескі трамвай "
           "желісін 1 қыркүйекте ашатынын мәлімдеді.\n\nМердігер келісімшартты бұзды.\n\n"
           "ЖАҢАРТУ, 21:10: Облыстық аудит департаменті жоба бойынша сатып алу рәсімдеріне "
           "тексеру бастайтынын хабарлады. Тексеру нәтижесі маусымның соңына дейін белгілі "
           "болады.", "тексеру бастайтынын"),
    # round 173's check, ru 1760: a short update that says the police reopened the case, then
    # a passive with no subject that goes on from it; read as only announcing it, the short
    # summary told the second alone
    ("ru", "Галерея вернула украденную картину\n\nЛИПЕЦК, 14 февраля — Елецкая галерея в среду "
           "получила обратно картину, украденную в 1998 г.\n\nКартину передала полиция.\n\n"
           "Дополнено в 17:20: В УМВД сообщили, что расследование дела о краже 1998 г. "
           "возобновлено. Устанавливается цепочка владельцев картины до 2011 г.", "возобновлено"),
    # round 175's check, ru 1779: a short update that says the prosecutor opened a check, then
    # what «в ведомстве» said of it
    ("ru", "Мост закрыли из-за коррозии\n\nУЛЬЯНОВСК, 17 сентября — Мэрия в понедельник закрыла "
           "мост через Свиягу.\n\nРемонт займет год.\n\nОбновлено в 14:05. Прокуратура "
           "Ульяновска начала проверку соблюдения законодательства при содержании "
           "Старосвияжского моста. Как сообщили в ведомстве, будет дана "
           "оценка действиям должностных лиц.", "начала проверку"),
], ids=["en-teaser-then-report", "ru-offer-withdrawn", "kk-named-official-orders",
        "kk-inspection-then-when-known", "ru-case-reopened-then-passive",
        "ru-check-then-its-source"])
def test_the_unit_that_tells_an_update(language: str, text: str, told: str) -> None:
    from summarizer.structure import parse
    from summarizer.summarize import _update_report
    from summarizer.units import build_units

    article = parse(text, language)
    assert article.update_paragraph is not None
    units = build_units(article.body, language)
    report = _update_report(units, article.update_paragraph, 5, Language(language))
    assert report is not None and told in units[report].text, [unit.text for unit in units]


def test_a_teaser_of_a_turn_told_later_is_never_picked_alone() -> None:
    """Round 80, en 644 (short 3 by both judges: 'the unresolved "final word" teaser'): "The
    decision may not be the final word, however." closed the short summary."""
    from summarizer.summarize import _FORESHADOW

    for sentence, teases in [("The decision may not be the final word, however.", True),
                             # (this one tells the collapse itself: round 80's pairwise
                             # check of ru 644 preferred it to the court's ban alone)
                             ("Но к концу недели от этих планов почти ничего не осталось.", False),
                             ("Бірақ мәміленің тағдыры әзірге толық шешілген жоқ.", True),
                             ("The council's vote was final.", False),
                             # (round 161: ru 1622's teaser with two words after «в», judged ru
                             # 1160's link that only says the dispute went on)
                             ("Впрочем, как выяснилось уже к вечеру, точку в этой истории "
                              "ставить рано.", True),
                             ("В понедельник, 30 июля, спор получил продолжение.", True),
                             ("Спор о цене продолжился в суде.", False)]:
        assert bool(_FORESHADOW.search(sentence)) is teases, sentence
    text = ("Watchdog clears bakery merger\n\nIreland's competition regulator on Wednesday "
            "approved the merger of two bakery chains on condition that they sell nine shops.\n\n"
            "The commission announced its decision after a five-month investigation. The "
            "decision may not be the final word, however.\n\nHearth operates 64 shops in Munster "
            "and Connacht.\n\nDaly's has 48 outlets, most of them in Leinster.\n\nTogether the "
            "companies had sales of 196 million euros last year.\n\nThey employ about 1,900 "
            "people.\n\nThe nine shops must be sold within six months.\n\nA trustee will oversee "
            "the sale.\n\nPrices will be monitored for two years.\n\nThe merger should close in "
            "the autumn.\n\nThe combined group will keep both brands.")
    short, long = ExtractiveSummarizer().summarize(
        text, Language.ENGLISH, [Length(sentences=2, words=60), Length(sentences=6, words=200)])
    assert not any("final word" in s for s in short.sentences + long.sentences), long.sentences



def test_a_dated_reversal_a_teaser_foretold_follows_the_lead_in_a_short_summary() -> None:
    """Round 177, en 1814 (short 2 as judged): a lead of an approval, "That promise now looks
    unlikely to be tested." under it, and "On Monday, the same regulator blocked the merger."
    four paragraphs on: the short summary closed on the teaser and never told the block. A
    promise told as one that will not be tested is a teaser, and the eight-word dated reversal
    it foretold follows the lead."""
    from summarizer.summarize import _FORESHADOW

    for sentence, teases in [("That promise now looks unlikely to be tested.", True),
                             ("Этим обещаниям, похоже, уже не суждено сбыться.", True),
                             ("Бұл уәде енді орындалмайтын сияқты.", True),
                             ("That promise was tested in March.", False),
                             ("The plan looks unlikely to change before the vote.", False)]:
        assert bool(_FORESHADOW.search(sentence)) is teases, sentence
    text = ("Port authority cancels container terminal lease five months after approval\n\n"
            "When the Tema Port Authority approved the lease of its new container terminal to "
            "Volta Gateway Logistics in March, the company's directors promised dockworkers in "
            "the city hundreds of new jobs and shippers faster clearance before the end of the "
            "year.\n\nThat promise now looks unlikely to be tested.\n\nThe 25-year lease, worth "
            "about 410 million dollars, would have given Volta Gateway control of four berths "
            "and a rail siding that opened last year.\n\nThe authority had set two conditions: "
            "dredging to 16 metres by June and a bond of 30 million dollars.\n\nOn Friday, "
            "the same authority blocked the deal.\n\nIn its ruling, the board said the company had "
            "missed both deadlines and had not explained how it would pay for the dredging "
            "work.\n\n"
            "Volta Gateway said it would challenge the decision in the High Court.\n\n"
            "Dockworkers' unions welcomed the ruling.\n\nThe authority will invite new bids "
            "for the terminal in January.")
    short, long = ExtractiveSummarizer().summarize(
        text, Language.ENGLISH, [Length(sentences=2, words=60), Length(sentences=6, words=200)])
    assert any("blocked the deal" in s for s in short.sentences), short.sentences
    assert not any("unlikely to be tested" in s for s in short.sentences), short.sentences


_FLOCK_KK = (
    "Соңғы отар: жарты ғасыр мал баққан әулет қалаға көшті\n\n"
    "Таң енді ғана сібірлеп келе жатқанда Серік Жанұзақов қораның ескі ағаш қақпасын ашып, "
    "қойларды бір-бірлеп санай бастады. Елу жылдан бері ол бұл істі күнде қайталайды, бірақ "
    "бүгінгі санақтың мәні бөлек. Қораның іргесіндегі құмға жартылай көмілген ескі жүк көлігі "
    "тұр.\n\n"
    "Тасқұдық қыстауын Серік ағаның әкесі 1958 жылы кеңшардың отарын бағу үшін салған. Кеңшар "
    "тарағанда отбасы 60 қойды сақтап қалып, біртіндеп оны 400 басқа жеткізді. Бес бала осы "
    "қыстауда өсті.\n\n"
    "Енді 68 жастағы Серік Жанұзақов пен жұбайы Күләш үлкен ұлының отбасымен бірге қыстаудан "
    "300 шақырымға жуық жердегі Тараз қаласына көшіп барады. Олар облыс әкімдігінің көшіру "
    "бағдарламасы бойынша биыл баспана алған 37 отбасының бірі.\n\n"
    "Көшудің басты себебі – немерелер. Ауылдың шағын мектебі былтыр жабылды.\n\n"
    "Соңғы он жылда аудандағы қыстаулардың саны 214-тен 131-ге дейін азайған.\n\n"
    "Қалған қойларды көрші шаруа сатып алды.\n\n"
    "Аудан әкімдігі бағдарлама келесі жылы да жалғасатынын айтты.\n\n"
    "Қаладағы пәтер үш бөлмелі, оны отбасы 20 жылға алды.\n\n"
    "Күләш апай көшуге әлі де үйреніп жүр.\n\n"
    "Серік аға жазда қыстауға келіп тұрмақ.\n\n"
    "Ұлы Бауыржан қалада жүргізуші болып жұмыс табуды көздейді.\n\n"
    "Немерелер қыркүйектен бастап қаладағы мектепке барады.\n\n"
    "Қыстау бос қалмайды: оны жас шопан жалға алды.")


def test_a_paragraph_that_opens_on_now_and_reports_is_the_news_under_a_scene(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 80, kk 646 (short 2 by both judges: 'dawn scene plus the 1958 history; never says
    they are leaving'): «Енді 68 жастағы Серік Жанұзақов … Тараз қаласына көшіп барады.»
    opened the third paragraph, undated."""
    short, _ = summarizer.summarize(_FLOCK_KK, Language.KAZAKH, presets)
    assert short.sentences[0].startswith("Енді 68 жастағы"), short.sentences



_STADIUM_RU = (
    "ОБНОВЛЕНО 21:40: вечером правительство области заявило, что не согласует переименование "
    "стадиона. Подробности — в конце материала.\n\n"
    "Стадион в Рязани должен был получить имя спонсора, но областные власти отказались одобрить "
    "сделку\n\n"
    "РЯЗАНЬ, 11 сентября — Окская служба новостей. Футбольный клуб «Мещера» и агрохолдинг «Злато "
    "Поле» во вторник подписали пятилетнее соглашение о продаже прав на название стадиона клуба "
    "«Приокский»: с 1 октября арена должна называться «Злато Поле Арена», а спонсор — платить "
    "клубу по 42 млн руб. в год.\n\n"
    "Общая сумма контракта составляет 210 млн руб. Для клуба это заметные деньги.\n\n"
    "Документ подписали генеральный директор клуба и глава агрохолдинга. Первый платёж должен "
    "был поступить 1 октября.\n\n"
    "Однако сделка вызвала споры. Стадион носит имя футболиста с 1965 г.\n\n"
    "Петиция против нового названия собрала 4,3 тыс. подписей. Болельщики готовят акцию.\n\n"
    "Вопросы возникли и у юристов. Стадион принадлежит области.\n\n"
    "Именно это и стало решающим. Около 20:00 министерство имущественных отношений региона "
    "опубликовало заявление о том, что согласия на переименование объекта областной "
    "собственности никто не запрашивал и оно дано не будет.\n\n"
    "В агрохолдинге сказали, что ждут разъяснений от клуба.\n\n"
    "Стороны встретятся в министерстве спорта 18 сентября.")


def test_a_flagged_update_that_does_not_fit_beside_the_lead_takes_the_lead_cut_at_its_colon(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 81, ru 662 (short 2 and 2: 'presents the renaming as going ahead and leaves out the
    regional authorities' refusal, which is the headline news'): the update fit neither next to
    the lead and its second pick nor cut to their room."""
    short, _ = summarizer.summarize(_STADIUM_RU, Language.RUSSIAN, presets)
    assert short.sentences[0].startswith("Футбольный клуб «Мещера»"), short.sentences
    assert any("дано не будет" in sentence for sentence in short.sentences), short.sentences
    assert short.word_count <= 60


_MILL_EN = (
    "UPDATE 1 - Adds court order halting transfer, planters' comments from paragraph 8\n\n"
    "Negros sugar mill sold for P2.8 billion after two years on the block\n\n"
    "BACOLOD CITY, Feb 9 (Visayas News Service) - The owners of Sta. Rosa Sugar Central, a "
    "90-year-old mill in Hinigaran, Negros Occidental, agreed on Thursday to sell it to Visayan "
    "Agri-Holdings Corp. for P2.8 billion, ending two years of uncertainty for its 640 workers "
    "and the roughly 3,100 sugarcane planters who supply it.\n\n"
    "The deal covers the mill, its 148-hectare compound and a warehouse in Pulupandan port. The "
    "buyer will also take over about P1.1 billion of the mill's bank debt.\n\n"
    "The mill can crush about 6,000 tonnes of cane a day. It produced 1.65 million bags of raw "
    "sugar last season.\n\n"
    "The buyer's president said the company would spend about P600 million on new boilers. He "
    "promised to keep every worker for at least three years.\n\n"
    "The family that has owned the mill since the 1950s said it had chosen the best buyer. The "
    "workers' union said its members were relieved but watchful.\n\n"
    "Sugar prices have fallen for three years. Several mills on the island have closed.\n\n"
    "The provincial governor welcomed the sale. He said the mill was vital to the district.\n\n"
    "Late on Thursday, Branch 47 of the Regional Trial Court in Bacolod issued a 20-day "
    "temporary restraining order barring the transfer of the mill's land, buildings and "
    "equipment to the buyer.\n\n"
    "The order came on a petition filed by the planters' association. The association says a "
    "2009 milling agreement gives planters a right of first refusal.\n\n"
    "The judge set a hearing on a longer injunction for February 21.\n\n"
    "Lawyers for the buyer said they respected the court. They said they were confident the "
    "deal would be completed.\n\n"
    "The order does not stop milling, which goes on until April.")


def test_a_court_order_an_update_line_flags_is_in_both_summaries(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 81, en 656 (short 4 and 4: 'leaves out the same-day court order that is the
    update's news'; long 2 and 3: 'the teaser "ran into trouble" is never explained'): the
    update line said what it added, the lead and the order did not fit 60 words together, and
    the order stood before the second half the long summary looked in."""
    short, long = summarizer.summarize(_MILL_EN, Language.ENGLISH, presets)
    assert short.sentences[0].startswith("The owners of Sta. Rosa Sugar Central"), short.sentences
    assert any("restraining order" in sentence for sentence in short.sentences), short.sentences
    assert any("restraining order" in sentence for sentence in long.sentences), long.sentences


_RUNWAY_EN = (
    'New runway opens at Shalkar airport\n\nSHALKAR, Sept 14 - The regional government '
    'opened a 2,600-metre runway at Shalkar airport on Thursday, bringing back regular '
    'flights to the district after twenty years.\n\nThe deputy governor, officials of the '
    'civil aviation committee and the builders attended the ceremony. A small air '
    'ambulance plane from Aktobe was the first to land on the new strip.\n\nConstruction '
    'began in the spring two years ago. The runway is 45 metres wide and made of '
    'concrete. It can take Airbus A320 and Boeing 737 jets.\n\nThe old runway was built in '
    'the seventies and could only take small planes and helicopters. A new lighting '
    "system was also installed along the strip.\n\nThe contractor's chief engineer said the "
    'ground was difficult. The crews had to replace the soil under the whole strip.\n\nThe '
    'builders worked through two winters. Most of the workers came from the region.\n\nThe '
    'whole project cost 18.4 billion tenge, most of it from the national budget.\n\nAbout '
    '47,000 people live in the district. The road to the regional centre takes six or '
    'seven hours.\n\nLocal teachers and doctors said they had waited for the news for '
    'years. A businessman warned that tickets might be too dear for most people.\n\nThe '
    'regional government said the route would be subsidised. A one-way ticket will cost '
    'no more than 19,500 tenge.\n\nThe district head said the runway would bring jobs and '
    'tourists to the lake shore. Investors had long stayed away because of the '
    'distance.\n\nThe first regular flight is planned for October 2. A regional airline '
    'will fly twice a week with a 50-seat plane.\n\nThe terminal will be rebuilt next year. '
    'The region also plans summer flights to Astana and Almaty.'
)


def test_a_long_summary_ranks_what_the_story_cost_over_ceremony_details(
        presets: tuple[Length, Length]) -> None:
    """Round 80, kk 639 (long 3 and 3.5 against lead's 3.5: 'cost/first flight missing'): the
    long summary took who came to the ceremony and the runway's width, not its 18.4 billion
    tenge. Amounts weigh more in the ranking of summaries after the first
    (`RankerWeights.figures`); without that the cost is left out."""
    for figures, expected in ((1.0, True), (0.0, False)):
        _, long = ExtractiveSummarizer(RankerWeights(figures=figures)).summarize(
            _RUNWAY_EN, Language.ENGLISH, presets)
        assert any("18.4 billion tenge" in s for s in long.sentences) is expected, figures


_RESCUE_RU = (
    "Сорок семь выездов за зиму: у хибинских спасателей рекордный сезон\n\n"
    "В ночь на 17 февраля телефон Евгения Королькова зазвонил в 2:40. Диспетчер сообщила, что "
    "двое лыжников не вернулись с горы. За окном мело, видимость не превышала двадцати метров. "
    "Пропавших нашли к шести утра в снежной яме под скальным сбросом.\n\n"
    "Мы сидим на тесной базе на окраине Кировска. Корольков показывает на доску у двери.\n\n"
    "Магнитов на доске сорок семь. Именно столько выездов у хибинских спасателей за эту зиму. "
    "Это рекорд: прошлой зимой их было 26.\n\n"
    "Причин несколько. Снега выпало почти на треть больше нормы.\n\n"
    "Одновременно выросло число приезжих. Многие катаются вне трасс.\n\n"
    "В отряде 19 человек, и никто не получает зарплату.\n\n"
    "Впервые за 13 лет отряд попросил денег у города. Письмо ушло 10 марта.\n\n"
    "В администрации обещали рассмотреть обращение.")


def test_a_dated_scene_sharing_no_headline_word_gives_way_to_the_news(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 81, ru 658 (short 2 and 2: 'only the opening scene (the 2:40 phone call), with no
    news'): the opening was dated, so it counted as the news whatever it shared with the
    headline."""
    short, _ = summarizer.summarize(_RESCUE_RU, Language.RUSSIAN, presets)
    assert not short.sentences[0].startswith("В ночь на 17 февраля"), short.sentences
    assert any("сорок семь" in sentence for sentence in short.sentences), short.sentences


_HOTEL_RU = (
    "Гостиница «Волна» сменила владельца: её купила сеть «Северный берег»\n"
    "2 июня 2025, 18:20 · Обновлено 5 июня 2025, 20:10\n"
    "Обновление: в четверг власти Сочи расторгли договор с новым владельцем. Подробности — в "
    "конце материала.\n\n"
    "СОЧИ, 2 июня — Черноморская служба новостей. Администрация Сочи в понедельник продала "
    "гостиницу «Волна» на набережной сети «Северный берег» бизнесмена Олега Ракитина за 310 млн "
    "руб.\n\n"
    "Покупатель обязался до 5 июня перечислить всю сумму и за два года отремонтировать здание.\n\n"
    "Гостиница построена в 1968 г. и пустует с 2019 г.\n\n"
    "В здании 140 номеров, ресторан и конференц-зал.\n\n"
    "Ракитин пообещал открыть гостиницу к сезону 2026 г.\n\n"
    "Горожане встретили новость с надеждой.\n\n"
    "Депутаты городского собрания поддержали продажу.\n\n"
    "Обновление, 5 июня, 20:10\n\n"
    "Сделка не состоялась. В четверг вечером администрация сообщила, что к установленному сроку "
    "«Северный берег» не перечислил ни рубля, и город в одностороннем порядке расторгает "
    "договор.\n\n"
    "Ракитин объяснил задержку тем, что нашёл в здании скрытые дефекты.\n\n"
    "В администрации с этим не согласны.\n\n"
    "Гостиницу снова выставят на торги осенью.")


def test_a_deal_undone_under_an_update_mark_is_told_in_the_short_summary(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 82, ru 674 (short 2 and 2: 'reports the sale as done, though the update says it
    was cancelled'; long 2 and 2: 'ends on the glued-on update note «…Подробности — в конце
    материала»'): «Сделка не состоялась.» made the update's unit three sentences with the lead,
    one too many, and the note over the story was kept as the story's last paragraph."""
    short, long = summarizer.summarize(_HOTEL_RU, Language.RUSSIAN, presets)
    assert short.sentences[0].startswith("Администрация Сочи в понедельник продала")
    assert any("расторгает договор" in sentence for sentence in short.sentences), \
        short.sentences
    assert not any("Подробности" in sentence for sentence in long.sentences), long.sentences
    assert "Подробности — в конце материала" not in " ".join(
        s.text for s in parse(_HOTEL_RU, Language.RUSSIAN).sentences)


_RUNWAY_RU = (
    "Аэропорт Кургана принял первый самолёт на новую полосу\n"
    "Реконструкция обошлась в 4,8 млрд руб. и заняла почти три года вместо двух\n\n"
    "КУРГАН, 14 октября — Зауральский вестник. Аэропорт Кургана в понедельник открыл после "
    "реконструкции взлётно-посадочную полосу длиной 2 700 м: первым на неё приземлился самолёт "
    "из Москвы с 87 пассажирами.\n\n"
    "Новую полосу построили на месте старой, введённой в строй в 1972 г. Она на 200 м длиннее "
    "прежней.\n\n"
    "Это позволит аэропорту принимать самолёты с полной загрузкой. Старая полоса этого не "
    "допускала.\n\n"
    "Полосу оснастили новым светосигнальным оборудованием. Самолёты смогут садиться в туман.\n\n"
    "Авиакомпания увеличит число рейсов в Москву вдвое. Откроется и рейс в Санкт-Петербург.\n\n"
    "Пассажиры встретили новость с радостью. Многие ждали открытия давно.\n\n"
    "Работы обошлись в 4,8 млрд руб. Большую часть выделил федеральный бюджет.\n\n"
    "Губернатор назвал полосу важнейшим проектом года. Он поблагодарил строителей.\n\n"
    "Аэровокзал обновят в следующем году. Проект уже готов.\n\n"
    "Жители соседних сёл жалуются на шум. Аэропорт обещает поставить датчики.\n\n"
    "Летом аэропорт обслужил 120 тыс. пассажиров. Это на треть больше, чем год назад.")


def test_a_figure_the_deck_gives_is_in_the_long_summary(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 82, ru 663 (long 3 and 4: 'leaves out the 4.8 bn cost … that the headline and
    subhead lead with'): the deck under the headline names what the page found most worth
    telling; its figures a long summary tells (blind pairwise on 31 changed long summaries:
    new 20, old 11; en 5-5, ru 6-5, kk 9-1)."""
    assert parse(_RUNWAY_RU, Language.RUSSIAN).deck.startswith("Реконструкция обошлась")
    _, long = summarizer.summarize(_RUNWAY_RU, Language.RUSSIAN, presets)
    assert any("4,8 млрд" in sentence for sentence in long.sentences), long.sentences


def test_here_in_an_english_summary_becomes_the_place_its_dateline_names(
        presets: tuple[Length, Length]) -> None:
    """Round 82, en 673: "went on trial in federal court here on Monday" left the summary,
    read without the dateline, nowhere; "here" in a quotation is the speaker's and stays."""
    text = ("Ferry operator's former manager goes on trial over forged safety logs\n\n"
            "PORT HURON, Mich., May 12 (Lakes Desk) — Alan T. Brooks, the former operations "
            "manager of a ferry line on the St. Clair River, went on trial in federal court "
            "here on Tuesday, accused of forging safety inspection logs for two passenger "
            "boats over six years.\n\n"
            "Prosecutors say the boats carried about 90,000 passengers while their lifeboat "
            "davits went unchecked. Brooks has pleaded not guilty.\n\n"
            "\"People here on the river trusted those boats,\" said Dana Ruiz, who runs a bait "
            "shop by the landing. The trial is expected to last three weeks.")
    short, long = ExtractiveSummarizer().summarize(text, Language.ENGLISH, list(presets))
    assert "in federal court in Port Huron on Tuesday" in short.text
    assert " here on Tuesday" not in long.text
    quoted = '"People here on the river trusted those boats," said Dana Ruiz.'
    assert _here_named([quoted], "PORT HURON, Mich.", Language.ENGLISH) == [quoted]
    assert _here_named(["He spoke here today."], "ST. LOUIS (Wire)", Language.ENGLISH) == [
        "He spoke in St. Louis today."]



_BRIDGE_RU = (
    "Эксперты назвали причину обрушения моста в Вятске\n\n"
    "ВЯТСК, 5 октября — «Вятский вестник». Пешеходный мост через реку Вятку в Заречном "
    "районе, обрушившийся 2 августа, рухнул из-за того, что при ремонте три года назад "
    "подрядчик заменил стальные тросы на более дешёвые и не провёл испытаний, сообщило во "
    "вторник следственное управление со ссылкой на выводы строительной экспертизы.\n\n"
    "Пролёт длиной 30 м обрушился около семи вечера, когда по мосту шли около двадцати "
    "человек. Пятеро получили травмы, двое до сих пор в больнице.\n\n"
    "Экспертиза длилась почти два месяца. Специалисты изучили остатки конструкции, "
    "проектную документацию и переписку подрядчика с заказчиком.\n\n"
    "Мост построили в 1985 г. По нему ежедневно ходили около 4 тыс. жителей Заречного "
    "района.\n\n"
    "Ремонт в 2021 г. выполняло ООО «ВятМост» по муниципальному контракту стоимостью 12,4 "
    "млн руб. Экономия на материалах, по оценке экспертов, составила около 2 млн руб.\n\n"
    "Директору «ВятМоста» Олегу Сурикову, 52 лет, предъявлено обвинение в выполнении работ, "
    "не отвечающих требованиям безопасности. Бывшему сотруднику мэрии, который подписал акт "
    "приёмки, предъявлено обвинение в халатности.\n\n"
    "В сентябре районный суд по ходатайству следствия заключил Сурикова под стражу на два "
    "месяца. Сам Суриков вину не признаёт. Его адвокат заявил, что замена тросов была "
    "согласована с заказчиком.\n\n"
    "Однако в среду дело получило новый поворот. Областной суд, рассмотрев жалобу защиты, "
    "отменил решение районного суда и перевёл Сурикова под домашний арест до 1 декабря.\n\n"
    "Суд учёл, что обвиняемый страдает болезнью сердца и имеет постоянное место "
    "жительства.\n\n"
    "Пострадавшие возмущены решением суда. Их представитель заявил, что они намерены подать "
    "гражданские иски к компании и мэрии.\n\n"
    "В мэрии заявили, что проверят все пешеходные мосты города старше 30 лет. Таких в "
    "Вятске одиннадцать, и четыре из них ремонтировала та же компания.\n\n"
    "Городские власти тем временем обещают построить новый переход к лету следующего года.")


def test_a_later_turn_that_names_a_person_comes_with_the_sentence_that_introduced_him(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 84, ru 692 (short 3 and 3, long 2 and 3: «Каргаполов is never introduced»): the
    short summary cut in the court's turn, «…перевёл Каргаполова под домашний арест …», next to
    a lead that never named him, and the long summary kept it after its link, without the
    sentence that gave his full name (in the dative, which no surname ending matched)."""
    for summary in summarizer.summarize(_BRIDGE_RU, Language.RUSSIAN, presets):
        if any("перевёл Сурикова" in sentence for sentence in summary.sentences):
            assert any("Олегу Сурикову" in sentence for sentence in summary.sentences), \
                summary.sentences
    long = summarizer.summarize(_BRIDGE_RU, Language.RUSSIAN, presets)[1]
    assert any("перевёл Сурикова" in sentence for sentence in long.sentences), long.sentences


_MEMORANDUM_EN = (
    "Inquiry blames contractor for Rivermouth footbridge collapse, but rebuilding deal "
    "falls apart\n\n"
    "RIVERMOUTH, Jan. 19 (Coast Wire) - A government commission investigating the collapse "
    "of a footbridge in Rivermouth last October has found that the contractor that built it "
    "and the company that supervised its construction were chiefly to blame, officials said "
    "on Thursday.\n\n"
    "The commission's findings were presented at city hall on Thursday afternoon. The "
    "40-metre bridge over the ring road fell during the morning rush hour, injuring nine "
    "people.\n\n"
    "According to the report, the contractor used a lower grade of steel than the design "
    "required, and welds on two supports were never tested. The supervising company signed "
    "off on the work without checking the certificates.\n\n"
    "The bridge opened in 2019 and cost 6.2 million dollars. About 12,000 people used it "
    "every day to reach the bus station and the market.\n\n"
    "Before the findings were published, on Jan. 18, the city and the contractor, Southline "
    "Build, signed a memorandum under which the company would rebuild the bridge at its own "
    "expense by the end of the year.\n\n"
    "City officials called the memorandum a fair way to get the crossing back quickly. "
    "Residents have had to walk an extra kilometre to the nearest crossing since "
    "October.\n\n"
    "But the deal did not last a day. On Thursday evening, Southline Build's director said "
    "the company was withdrawing from the memorandum because the commission had put all the "
    "blame on it.\n\n"
    "\"We signed before we saw the report. Now they want us to carry everything,\" he said. "
    "The company says the steel it used had been approved by the client.\n\n"
    "The city said it would go to court to recover the cost of the bridge. The mayor is "
    "expected to announce a decision on a new tender in February.\n\n"
    "Prosecutors are studying the report and will decide within a month whether to open a "
    "criminal case.")


def test_a_turn_taken_after_its_link_comes_with_what_it_takes_as_known(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 84, kk 692 (short 3 and 3: «меморандумнан» refers to a memorandum the summary
    never introduced): the contractor walking out of the memorandum was put in after its link
    («Бірақ келісім бір тәулікке де жетпеді.») without the unit that told it was signed."""
    for summary in summarizer.summarize(_MEMORANDUM_EN, Language.ENGLISH, presets):
        told = [k for k, sentence in enumerate(summary.sentences)
                if "signed a memorandum" in sentence]
        for k, sentence in enumerate(summary.sentences):
            if "withdrawing from the memorandum" in sentence:
                assert told and told[0] < k, summary.sentences


_STEPPE_FIRE_KK = (
    "Бурабай маңындағы дала өрті үш ауылдың шетіне жетті\n\n"
    "КӨКШЕТАУ, 14 мамыр. «Дала тынысы» – Ақмола облысының Бурабай ауданында сенбі күні "
    "түстен кейін басталған дала өрті қатты желдің әсерінен бір түнде 8 200 гектар аумаққа "
    "тарап, Жаңаталап, Қарағай және Сарыбұлақ ауылдарының шетіне дейін жетті. Облыстық "
    "төтенше жағдайлар департаментінің мәліметінше, өрт салдарынан 5 тұрғын үй мен 22 "
    "қосалқы құрылыс толық жанып кетті, үш ауылдан 1 100 адам уақытша көшірілді.\n\n"
    "Өрт жексенбі күні сағат 17:00 шамасында толық тоқтатылды. Құтқарушылар күйген аумақта "
    "әлі де бықсып жатқан ошақтарды сөндіруді жалғастырып жатыр.\n\n"
    "Өртті сөндіруге облыс бойынша 180 адам мен 46 бірлік техника жұмылдырылды. Оларға "
    "көрші аудандардан келген еріктілер көмектесті.\n\n"
    "Жергілікті тұрғындардың айтуынша, жалын ауылға түнгі сағат екіде жақындаған. Адамдар "
    "үйлерінен құжаттары мен малын ғана алып шыққан.\n\n"
    "Көшірілген тұрғындар мектептер мен мәдениет үйлеріне орналастырылды. Аудан әкімдігі "
    "оларды ыстық тамақпен және төсек-орынмен қамтамасыз етті.\n\n"
    "Әкімдік үйі жанған отбасыларға біржолғы көмек төлейтінін хабарлады. Әр отбасыға 500 "
    "мың теңгеден берілмек.\n\n"
    "Өрттің шығу себебі әзірге белгісіз. Полиция оқиға бойынша қылмыстық іс қозғады.\n\n"
    "Облыс әкімі тұрғындарды далада от жақпауға шақырды. Мамандардың болжамынша, аптаның "
    "соңына дейін аудан аумағында өрт қаупі жоғары деңгейде сақталады.\n\n"
    "Көшірілген тұрғындардың көбі дүйсенбі күні үйлеріне оралды.")


def test_a_short_summary_tells_what_a_fire_did_before_that_it_was_stopped(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 84, kk 696 (short 4 and 4 against lead's 5 and 5: 'the damage and evacuation
    numbers are missing'): «Өрт дүйсенбі күні … толық тоқтатылды.» («тоқтат», halted) was told
    as the story's turn in the short summary's second place; blind pairwise, the damage won
    2-0 there, and a long summary without the fire's end lost 0-2."""
    short, long = summarizer.summarize(_STEPPE_FIRE_KK, Language.KAZAKH, presets)
    assert any("1 100 адам" in sentence for sentence in short.sentences), short.sentences
    assert any("толық тоқтатылды" in sentence for sentence in long.sentences), long.sentences


@pytest.mark.parametrize(("language", "update", "turn"), [
    ("en", "Update, 19:30: The zoo said that checks of all its other enclosures, carried out on "
           "Friday, found no further problems.", False),
    ("en", "Update, 19:30: The council said on Friday that the zoo would stay shut until "
           "inspectors had checked every enclosure.", True),
    ("ru", "Обновлено, 19:30: Проверка остальных вольеров, проведённая в пятницу, других "
           "повреждений не выявила.", False),
    ("kk", "Жаңартылды, 19:30: Жұма күні басқа торлар да тексерілді, басқа ақаулар "
           "анықталмады.", False),
])
def test_an_update_that_found_nothing_more_is_no_second_development(
        language: str, update: str, turn: bool) -> None:
    """Round 85, en 710 (short 3 and 3 against lead's 5 and 5: 'the truncated lead omits the
    recapture; the storm-check update is a minor detail'): an update at the end that only said
    the other checks found nothing took the lead's last clause in the short summary."""
    from summarizer.structure import parse
    from summarizer.summarize import _second_development
    from summarizer.units import build_units

    text = (f"Zoo animal caught after three hours\n\nThe animal escaped on Thursday and was caught "
            f"three hours later.\n\nNobody was hurt.\n\nThe zoo reopened on Friday.\n\n{update}")
    article = parse(text, language)
    units = build_units(article.body, language)
    found = _second_development(units, Language(language), article.update_paragraph)
    assert (found == {len(units) - 1}) is turn, (article.update_paragraph, found)


_RECOUNT_RU = (
    "Пересчёт голосов в тверском округе №12 сменил победителя\n\n"
    "ТВЕРЬ, 14 октября — Верхневолжская лента. Окружная избирательная комиссия Твери в "
    "понедельник утвердила новые итоги выборов в городскую думу по округу №12: после "
    "пересчёта бюллетеней на двух участках победителем признан врач скорой помощи Павел "
    "Кузьмин, опередивший бывшего депутата Олега Ремизова на три голоса. Этим же решением "
    "комиссия отменила регистрацию Ремизова в качестве депутата.\n\n"
    "По первоначальным данным, Ремизов набрал 1 205 голосов, а Кузьмин — 1 199. Явка в "
    "округе составила 24,1%.\n\n"
    "Пересчёт назначил Центральный районный суд Твери 2 октября, удовлетворив иск Кузьмина. "
    "Сам пересчёт прошёл в пятницу в присутствии наблюдателей обеих сторон.\n\n"
    "Вечером представители Ремизова подали в областной суд апелляционную жалобу на решение "
    "о пересчёте. Судья принял жалобу к производству, заседание назначено на 14 ноября.\n\n"
    "Кузьмин назвал жалобу попыткой затянуть дело и пообещал отстаивать свою позицию в "
    "суде. Ремизов от комментариев отказался.\n\n"
    "До решения облсуда место депутата от округа №12 остаётся вакантным. Бюджет города на "
    "следующий год дума будет обсуждать в конце ноября.\n\n"
    "Обновление, 18:40. Председатель окружной комиссии Ирина Малова подтвердила "
    "«Верхневолжской ленте», что комиссия получила определение облсуда и до 14 ноября "
    "никаких действий по регистрации депутата от округа №12 предпринимать не будет."
)


def test_a_lead_cut_for_an_update_keeps_the_most_of_it_that_makes_room(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 87, ru 728 (short 2 and 2: 'the lead is cut before the winner, so the news is
    missing'): the lead was cut at its colon for the flagged update, though its participle's
    clause alone made room."""
    short, _ = summarizer.summarize(_RECOUNT_RU, Language.RUSSIAN, presets)
    assert "победителем признан врач скорой помощи Павел Кузьмин" in short.sentences[0]
    assert any(sentence.startswith("Председатель окружной комиссии") for sentence in
               short.sentences), short.sentences
    assert short.word_count <= 60


_HEAT_RU = (
    "Пензенскую область накроет жара до +40, праздник выпускников сначала отменили, затем "
    "вернули\n\n"
    "Аномальная жара с дневной температурой до +38…+40 градусов ожидается в Пензенской "
    "области со 2 по 6 июля, предупредил в понедельник региональный гидрометцентр. Это на "
    "8–9 градусов выше климатической нормы для начала июля. Власти области в ответ ввели "
    "ряд ограничений, в том числе отменили массовые мероприятия под открытым небом. Однако "
    "одно из этих решений не продержалось и суток.\n\n"
    "По данным синоптиков, жару принёс антициклон, который останется над регионом как "
    "минимум до конца недели. Ночью температура не опустится ниже +23 градусов.\n\n"
    "Областной минздрав выводит на линию восемь дополнительных бригад скорой помощи. "
    "Работодателям рекомендовано сократить рабочий день на открытом воздухе.\n\n"
    "Под запрет попал и общегородской праздник выпускников, назначенный на 4 июля. На него "
    "ждали около 5 тыс. вчерашних школьников.\n\n"
    "Уже к утру вторника обращение к мэрии подписали более 3 тыс. человек. Родительские "
    "комитеты нескольких школ заявили, что в случае отмены проведут праздники во дворах "
    "сами, без врачей и полиции.\n\n"
    "Этот довод, судя по всему, и оказался решающим. Во вторник днём администрация "
    "пересмотрела решение. Праздник выпускников всё же состоится, но начнётся не в 18:00, "
    "как планировалось, а в 21:00, когда температура опустится ниже +30 градусов. "
    "Концертную программу сократят вдвое.\n\n"
    "По прогнозу, жара начнёт спадать 7 июля, когда через область пройдёт холодный фронт."
)


def test_a_turn_told_past_its_link_gives_way_to_how_it_turned(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 87, ru 734 (short 2 and 2: '«пересмотрела решение» refers to a decision never
    mentioned'): «Этот довод … оказался решающим. Во вторник днём администрация пересмотрела
    решение.» gave the short summary its bare turn, past the link; the sentence after it tells
    how."""
    short, _ = summarizer.summarize(_HEAT_RU, Language.RUSSIAN, presets)
    assert short.sentences[0].startswith("Аномальная жара")
    assert not any("пересмотрела решение" in sentence for sentence in short.sentences)
    assert any(sentence.startswith("Праздник выпускников всё же состоится") for sentence in
               short.sentences), short.sentences


_HEAT_BAN_EN = (
    "Spain puts south on red heat alert, drops outdoor work ban within a day\n\n"
    "SEVILLE, July 11 (Iberian Press) - Spain's national weather agency on Wednesday placed "
    "five southern provinces under its highest red warning for extreme heat, forecasting "
    "temperatures of up to 46 degrees Celsius in the Guadalquivir valley until at least "
    "Friday and urging people to stay indoors during the afternoon.\n\n"
    "The red warning covers the provinces of Seville, Cordoba, Jaen, Huelva and Cadiz, home "
    "to about 5.8 million people, while the rest of mainland Spain except the northern "
    "coast is under orange alert. A government order that would have stopped farm and "
    "building work during the hottest hours, issued alongside the warning, did not survive "
    "even a full day.\n\n"
    "Forecasters at the agency said a mass of hot, dry air from North Africa had settled "
    "over the Iberian Peninsula and was unlikely to move before the weekend, bringing "
    "little relief at night. Cordoba was expected to reach 45.6 degrees on Thursday, "
    "several degrees above the July average.\n\n"
    "Hospitals in Seville cancelled staff holidays for the rest of the week, and towns "
    "opened 60 air-conditioned shelters.\n\n"
    "On Tuesday evening the labour ministry signed an order suspending all outdoor work in "
    "agriculture and construction between noon and 5 p.m. in any province under red "
    "alert.\n\n"
    "After a day of protests from farmers in the middle of the melon harvest, the "
    "government said on Wednesday evening that the ban would become a recommendation.\n\n"
    "Farm groups had argued that the ban, announced with no consultation, would cost "
    "growers millions of euros.\n\n"
    "Unions said they would file a complaint with the labour inspectorate."
)


def test_the_headline_s_second_clause_told_in_the_pluperfect_is_no_second_pick(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 87, en 734 (short 2 and 2: '"the ban" has not been introduced'): "Farm groups had
    argued that the ban … would cost growers millions of euros." came in low in the ranking
    for naming the headline's "ban"; what had been argued is not the news."""
    short, _ = summarizer.summarize(_HEAT_BAN_EN, Language.ENGLISH, presets)
    assert short.sentences[0].startswith("Spain's national weather agency")
    assert not any(sentence.startswith("Farm groups had argued") for sentence in
                   short.sentences), short.sentences


_BRIDGE_SUIT_RU = (
    "Плата за Волжский мост: концессионер и власти Тверской области встретятся в суде\n\n"
    "Спор о стоимости проезда по платному мосту через Волгу на западном обходе Твери "
    "перешел в суд. ООО «Волжская переправа», которое построило мост и эксплуатирует его по "
    "концессионному соглашению, подало в Арбитражный суд Тверской области иск к "
    "министерству транспорта области. Компания требует взыскать 0,9 млрд руб. "
    "недополученных доходов и поднять плату для легковых автомобилей до 120 руб.\n\n"
    "Поводом для иска стало постановление правительства области от 20 мая, которым тариф "
    "заморожен до конца года. Концессионер считает этот шаг нарушением договора. Иск "
    "зарегистрирован судом 3 июня, дата предварительного заседания пока не назначена.\n\n"
    "Мост длиной 1,1 км открыли в октябре 2016 г. Проезд с самого начала был платным.\n\n"
    "Министр транспорта области назвал требования концессионера чрезмерными. "
    "Предварительное заседание может пройти в июле."
)


def test_an_opening_that_tells_what_happened_leads_though_the_next_sentence_names_the_headline(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 88, ru 744 (short 1 and 1: '«Иск зарегистрирован» with no plaintiff or claim'):
    «Спор о стоимости проезда … перешел в суд.» shares no stem with the headline while the
    sentence after it, in its paragraph, does; the opening was read as off the topic and the
    short summary opened on the dated registration of the suit further down."""
    short, _ = summarizer.summarize(_BRIDGE_SUIT_RU, Language.RUSSIAN, presets)
    assert short.sentences[0].startswith("Спор о стоимости проезда"), short.sentences


_STEPPE_FIRE_RU = (
    "Степной пожар подошёл к трём сёлам в Оренбургской области\n\n"
    "Степной пожар, начавшийся в субботу на полях у границы с Казахстаном, за ночь прошёл "
    "более 30 км и подступил к сёлам Тамдысай и Кызылжар в Акбулакском районе Оренбургской "
    "области. По данным ГУ МЧС, огнём уничтожены 27 жилых домов, из сёл эвакуированы 623 "
    "человека.\n\n"
    "Первую термоточку спутники зафиксировали в субботу в 14:20. Через час площадь "
    "возгорания оценивалась в 300 га.\n\n"
    "К вечеру ситуация резко изменилась. Около 19:00 ветер сменил направление и усилился до "
    "25 м/с.\n\n"
    "Огонь перекинулся через грунтовую дорогу. Скорость фронта местами достигала 10 "
    "км/ч.\n\n"
    "Эвакуацию объявили около полуночи. Людей вывозили школьными автобусами в Акбулак.\n\n"
    "Семьям, лишившимся жилья, выплатят по 10 тыс. руб. Комиссии начнут обследовать дома во "
    "вторник."
)


def test_the_wind_that_turned_a_fire_is_no_second_development(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 86, ru 696, and round 90, kk 762 (short 4 and 4: 'the wind sentence is less useful
    than the burned area'): «К вечеру ситуация резко изменилась. Около 19:00 ветер сменил
    направление …» was taken for the story's turn and pushed the toll out of the short
    summary; the wind tells how the fire spread, not what changed the news."""
    short, _ = summarizer.summarize(_STEPPE_FIRE_RU, Language.RUSSIAN, presets)
    assert not any("ветер сменил" in sentence for sentence in short.sentences), short.sentences
    assert any("эвакуированы 623 человека" in sentence for sentence in short.sentences)


@pytest.mark.parametrize(("update", "second"), [
    # round 92, en 792: a visit and a team to come, in place of the hail's damage
    ("UPDATE, 2.15pm: The provincial government said on Thursday that it would send a team to "
     "the township on Friday, and that the premier would visit the area over the weekend.",
     "At least 14 people were treated for cuts from broken glass."),
    # round 92, en 785: a state that has not changed
    ("UPDATE, 11.15pm: The company said the injured contract worker remained in critical but "
     "stable condition.", "At least 14 people were treated for cuts from broken glass."),
    # round 92, en 786: a count brought to the figure the lead gives already
    ("UPDATE, 6.40pm: Death toll raised to 23 from 19 after the agency confirmed four more "
     "bodies.", "At least 14 people were treated for cuts from broken glass."),
])
def test_a_short_summary_takes_no_update_that_adds_nothing_to_its_lead(update: str,
                                                                      second: str) -> None:
    """An update under the story's mark that only tells a visit to come, a state unchanged or
    the lead's own figure does not take the short summary's second place."""
    text = ("Hail kills 23 and floods homes\n\nPRETORIA, Nov 14 (Veld Wire) - A violent "
            "hailstorm killed 23 people and damaged 1,800 homes across eastern Pretoria on "
            "Wednesday afternoon, officials said.\n\nAt least 14 people were treated for cuts "
            "from broken glass. Several schools closed on Thursday.\n\nInsurers expect claims "
            "to pass 900 million rand, the industry body said.\n\nThe weather service had "
            f"issued a warning on Tuesday.\n\n{update}")
    short = ExtractiveSummarizer().summarize(text, Language.ENGLISH,
                                             [Length(sentences=2, words=60)])[0]
    assert len(short.sentences) == 2
    assert short.sentences[1] == second


def test_a_long_summary_tells_an_update_of_the_leads_toll_right_after_the_lead() -> None:
    """Round 92's pairwise check, en 786 and en 785: "Death toll raised to 23 from 19 …" closed
    the long summary, after the next steps; the judges wanted it beside the lead's toll."""
    update = "Death toll raised to 23 from 19 after the agency confirmed four more bodies."
    text = ("Landslide kills 23 in mountain village\n\nMANIZALES, Nov 14 (Andes Wire) - A "
            "hillside collapsed on a mountain village before dawn on Monday, burying 37 houses "
            "and killing at least 23 people, officials said.\n\nAround 40 others were missing. "
            "Rescuers dug by hand through the mud all day.\n\nThe slope had been flagged as "
            "unstable in a 2014 study, which recommended moving 120 families.\n\nThe governor "
            "promised new homes for every family and an inquiry into the study.\n\nThe army "
            "will send 200 soldiers on Tuesday to help with the search.\n\n"
            f"UPDATE, 18:40: {update}")
    short, long = ExtractiveSummarizer().summarize(text, Language.ENGLISH,
                                                   [Length(sentences=2, words=60),
                                                    Length(sentences=10, words=200)])
    assert update not in short.sentences
    assert long.sentences.index(update) == 1


def test_a_short_summary_tells_the_dead_in_the_leads_paragraph_before_an_updates_count() -> None:
    """Round 93, ru 804: under a lead on the storm alone, the short summary told «число
    пострадавших в ДТП у Утты выросло до 15» (a crash it never told) in place of the
    crash's two dead two sentences after the lead."""
    dead = ("На трассе Астрахань — Элиста произошла массовая авария, в которой погибли два "
            "человека.")
    text = ("Пыльная буря накрыла Калмыкию\n\nЭЛИСТА, 15 мая — ИА «Степь». Мощная пыльная буря "
            "во второй половине дня 14 мая за несколько часов накрыла большую часть Калмыкии. "
            "Порывы ветра достигали 28 м/с, видимость падала до 30 м. " + dead + "\n\n"
            "Без света остались 37 сёл.\n\nВ школах Элисты отменены занятия.\n\n"
            "Обновление, 11:45. По данным минздрава, число пострадавших в ДТП у Утты выросло "
            "до 15: утром за помощью обратился ещё один водитель.")
    short = ExtractiveSummarizer().summarize(text, Language.RUSSIAN,
                                             [Length(sentences=2, words=60)])[0]
    assert short.sentences[-1] == dead


_BROADBAND_RU = (
    "ФАС разрешила «Телесфере» купить «Обьлинк»\n\n"
    "Обновлено в 19:40: «Телесфера» отказалась от покупки «Обьлинка» — подробности в конце "
    "материала.\n\n"
    "Федеральная антимонопольная служба в четверг одобрила покупку холдингом «Телесфера» "
    "новосибирского провайдера «Обьлинк» за 7,8 млрд руб., но обязала объединенную компанию три "
    "года не повышать тарифы выше инфляции. Вечером того же дня сделка оказалась под угрозой "
    "срыва.\n\n"
    "О намерении купить «Обьлинк» «Телесфера» объявила в ноябре 2016 г. Провайдер обслуживает "
    "410 тыс. абонентов.\n\n"
    "В Новосибирске у «Обьлинка» около 34% рынка, у «Телесферы» — около 17%.\n\n"
    "Конкуренты решение регулятора приветствовали.\n\n"
    "Однако в 19:30 по московскому времени «Телесфера» сообщила, что ее совет директоров на "
    "внеочередном заседании принял решение отказаться от сделки.\n\n"
    "Основной владелец «Обьлинка» заявил, что разочарован решением покупателя.")


def test_a_flagged_turn_that_leans_only_by_its_but_takes_the_teasers_place(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 92, ru 788 (short 2 and 2: 'reports the FAS approval but not Телесфера's evening
    withdrawal'): «Однако в 19:30 … принял решение отказаться от сделки.» leans on the sentence
    before it only by its «Однако», and the short summary kept the teaser instead."""
    short, _ = summarizer.summarize(_BROADBAND_RU, Language.RUSSIAN, presets)
    assert short.sentences[0].startswith("Федеральная антимонопольная служба"), short.sentences
    assert any("отказаться от сделки" in sentence for sentence in short.sentences), \
        short.sentences
    assert not any(sentence.startswith("Однако") for sentence in short.sentences)


def test_a_short_lede_under_the_dateline_that_the_next_sentence_goes_on_from_is_the_news(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 97's check, kk 851: «…«Ертіс Көмір» АҚ 2011 жылы 18,62 млн тонна көмір өндіріп, …
    ең жоғары көрсеткішке жетті. Бұл 2010 жылғы …» under the dateline gave way to the dated
    paragraph after it, «Компанияның сейсенбі күні жариялаған … қорытындысына сәйкес, …», and
    both summaries opened on that."""
    text = ("«ЕРТІС КӨМІР» 2011 ЖЫЛЫ ТАРИХЫНДАҒЫ ЕҢ КӨП КӨМІРДІ ӨНДІРДІ\n\n"
            "ЕКІБАСТҰЗ, 10 қаңтар. «Сарыарқа-Ақпарат». «Ертіс Көмір» АҚ 2011 жылы 18,62 млн тонна "
            "көмір өндіріп, ең жоғары көрсеткішке жетті. Бұл 2010 жылғы 16,95 млн тоннадан 9,9 "
            "пайызға артық.\n\n"
            "Компанияның сейсенбі күні жариялаған жылдық қорытындысына сәйкес, «Ертіс Көмір» "
            "2011 жылы көмірді екі разрезде де көп өндірді. «Қызылтау» разрезі тарихындағы ең "
            "көп көмірді өндірді.\n\n"
            "Көмірдің орташа сату бағасы 8 пайызға өсті.\n\n"
            "Компания 2012 жылы 19,5 млн тонна көмір өндіруді жоспарлап отыр.")
    short, _ = summarizer.summarize(text, Language.KAZAKH, presets)
    assert short.sentences[0].startswith("«Ертіс Көмір» АҚ 2011 жылы"), short.sentences



def test_a_share_of_a_figure_is_told_only_with_the_unit_that_gave_the_figure() -> None:
    """Round 100, kk 882 (short 2 points below lead): after the lead, «Ауыстырылатын 52
    шақырымның 31 шақырымы – …» echoed the headline's "52 km replaced" better than the sentence
    that gave the 52 km, and the short summary told a share of a whole it never gave: the
    ranking's introductions make the share need that sentence."""
    from summarizer.segment import Sentence
    from summarizer.summarize import _introductions
    from summarizer.units import build_units

    texts = ["Семей қаласының әкімдігі сейсенбі күні жылу жоспарын бекітті.",
             "Құжатқа сәйкес, қалада 40 шақырым жылу желісі ауыстырылады.",
             "Өткен қыста қалада 60-тан астам апат болған.",
             "Ауыстырылатын 40 шақырымның 25 шақырымы – магистральдық құбырлар."]
    units = build_units([Sentence(text, k, k) for k, text in enumerate(texts)], "kk")
    assert 1 in _introductions(units, Language.KAZAKH)[3]


def test_residents_who_complained_do_not_introduce_an_appeal() -> None:
    """Round 184's check, kk 1898: «Тұрғындар … жөтелге шағымданған.» (residents complained of
    a cough) was taken as the appeal the appeal court's ruling needs told before it, so the
    long summary never told the ruling; the company's «…шағым түсірді.» is that appeal."""
    from summarizer.segment import Sentence
    from summarizer.summarize import _introductions
    from summarizer.units import build_units

    texts = ["Экономикалық сот зауытты 1,2 млрд теңге өтеуге міндеттеді.",
             "Тұрғындар түтінге, бас ауруы мен жөтелге шағымданған.",
             "Зауыт бұл шешіммен келіспей, шағым түсірді.",
             "Наурызда облыстық соттың апелляциялық алқасы зауыттың шағымын ішінара "
             "қанағаттандырды."]
    units = build_units([Sentence(text, k, k) for k, text in enumerate(texts)], "kk")
    assert _introductions(units, Language.KAZAKH)[3] == frozenset({2})


@pytest.mark.parametrize(("update", "stale"), [
    # round 99, ru 867: a clarification of what the rule covers is no development
    ("В пресс-службе губернатора уточнили, что предельные тарифы не распространяются на "
     "корпоративные поездки.", True),
    ("The ministry clarified that the cap does not apply to corporate trips.", True),
    # a development is told, whatever it clarifies
    ("В пресс-службе уточнили, что губернатор отменил постановление.", False),
    ("Вечером губернатор отменил постановление.", False),
    # round 183's check, ru 1878: a request told as under review decides nothing
    ("После публикации в сетевой компании сообщили, что заявка перевозчиков получена и "
     "находится на рассмотрении.", True),
    ("The taxi firms' request is under review, the ministry said.", True),
    ("Заявка перевозчиков отклонена.", False),
    # round 184's check, en 1887: a stopgap that goes on until further notice
    ("Coaches will continue to replace trains on the line until further notice.", True),
    ("Движение поездов по линии возобновится в пятницу.", False),
    ("Автобусы продолжат заменять электрички до особого распоряжения.", True),
])
def test_an_update_that_only_clarifies_is_stale(update: str, stale: bool) -> None:
    from summarizer.summarize import _stale_update
    from summarizer.units import Unit

    lead = Unit(("Правительство области в среду утвердило предельные тарифы на такси.",), 0, 0)
    assert _stale_update(Unit((update,), 5, 5), lead, Language.RUSSIAN) is stale


@pytest.mark.parametrize(("language", "update", "stale"), [
    # round 101, kk 894: a detail added "also" to what the story told
    ("kk", "Әкімдіктің баспасөз қызметі жұмыс тобының құрамына тұтынушылар қоғамының екі өкілі "
           "де енгізілетінін хабарлады.", True),
    ("en", "The working group will also include two members of the consumer council.", True),
    ("kk", "Кешке әкімдік тарифті енгізуді тоқтата тұрды.", False),
    # round 164, ru 1655: a request to consider a change, to come
    ("ru", "В акимате сообщили, что предложат департаменту рассмотреть повышенную норму первой "
           "ступени для многодетных семей.", True),
    ("en", "The mayor's office said it would ask the regulator to consider a larger first block "
           "for large families.", True),
    ("ru", "Вечером департамент отозвал проект тарифов.", False),
    # round 176's check, ru 1794: a hearing moved to another hall, its day kept
    ("ru", "В мэрии сообщили, что из-за большого числа заявок слушания 12 марта перенесены из "
           "администрации в городской Дом культуры.", True),
    ("en", "The council said the hearing on March 12 had been moved from the town hall to the "
           "public library because of demand.", True),
    ("kk", "Әкімдік тыңдаудың өтетін орны ауыстырылғанын хабарлады.", True),
    # round 177's check, en 1809: services that ran normally again
    ("en", "The metro said evening services had run normally on all four lines and that "
           "Friday's timetable would not be affected.", True),
    ("ru", "Вечером поезда ходили в обычном режиме.", True),
    # round 193's check, ru 1998: a hearing to be held online as well as in the hall
    ("ru", "Администрация района сообщила, что по просьбе жителей слушания пройдут в двух "
           "форматах — очно в Доме культуры и онлайн.", True),
    ("en", "The council said the hearing would also be held online at residents' request.",
     True),
    ("kk", "Әкімдік тыңдау онлайн форматта да өтетінін хабарлады.", True),
    ("ru", "Слушания пройдут в мэрии, сообщили в администрации.", False),
    # (not one put off to a later day)
    ("ru", "Слушания перенесены на 20 марта.", False),
    ("ru", "Слушания перенесены из-за карантина на 20 марта.", False),
])
def test_an_update_that_only_adds_a_detail_is_stale(language: str, update: str,
                                                    stale: bool) -> None:
    from summarizer.summarize import _stale_update
    from summarizer.units import Unit

    lead = Unit(("Департамент Тараздағы су тарифін бекітті.",), 0, 0)
    assert _stale_update(Unit((update,), 5, 5), lead, Language(language)) is stale


@pytest.mark.parametrize(("language", "update", "stale"), [
    # round 122, kk 1143: who will attend the meeting to come
    ("kk", "«Жолсерік» компаниясы бейсенбідегі кездесуге бас директордың өзі қатысатынын "
           "растады.", True),
    ("en", "The company confirmed its chief executive will attend Thursday's meeting.", True),
    ("ru", "Компания подтвердила, что гендиректор примет участие во встрече в четверг.", True),
    ("kk", "Кешке компания комиссияны 20 пайызға дейін төмендетті.", False),
    # round 123, ru 1164: who stands ready to start once a deal is signed
    ("ru", "Пресс-служба компании сообщила, что компания готова начать работы сразу после "
           "подписания дополнительного соглашения.", True),
    ("en", "The builder said it was ready to start the work as soon as the deal is signed.",
     True),
    ("ru", "Компания в пятницу начала работы по усилению стен.", False),
])
def test_an_update_that_only_tells_who_will_attend_a_meeting_is_stale(
        language: str, update: str, stale: bool) -> None:
    from summarizer.summarize import _stale_update
    from summarizer.units import Unit

    lead = Unit(("Такси жүргізушілері дүйсенбі күні наразылық білдірді.",), 0, 0)
    assert _stale_update(Unit((update,), 5, 5), lead, Language(language)) is stale


def test_a_surname_whose_full_name_only_the_scene_gives_is_named_in_full() -> None:
    """Round 102, en 904, and round 103, en 916: a feature's lead named the keeper and the
    fisherman by surname alone, their first names only in the scene above it."""
    text = ("Lighthouse keeper leaves Gull Rock after 31 years\n\n"
            "At six every morning, while the mist still hangs over the bay, Marta Kowalczyk "
            "climbs the 88 steps of the tower on Gull Rock to check the lamp. She has done it "
            "for 31 years, through storms, power cuts and one very long winter.\n\n"
            "This spring, that routine will end. The maritime authority confirmed on Monday "
            "that the light on Gull Rock, a bare island off the eastern cape, will run "
            "unattended when Kowalczyk's contract expires on April 30.\n\n"
            "The authority said sensors and cameras would report faults to a control room on "
            "the mainland. A boat will visit the island twice a year.\n\n"
            "Local fishermen said they would miss the keeper's radio reports on the weather.")
    short = " ".join(_short(text))
    assert "Marta Kowalczyk's contract" in short, short
    assert short.count("Marta") == 1, short
    # a surname the summary already gave in full stays as it is
    assert "At six every morning" not in short, short


def test_a_surname_named_in_full_keeps_the_summary_within_its_words() -> None:
    from summarizer.summarize import _named_in_full

    class _Ranking:
        introductions = [frozenset(), frozenset({0})]

    units = [type("U", (), {"text": "Marta Kowalczyk climbs the tower."})(),
             type("U", (), {"text": "Kowalczyk's contract ends."})()]
    sentences = ["Kowalczyk's contract ends."]
    assert _named_in_full(sentences, {1: None}, _Ranking(), units, Language.ENGLISH) == \
        ["Marta Kowalczyk's contract ends."]
    assert _named_in_full(sentences, {1: None}, _Ranking(), units, Language.ENGLISH, 3) == \
        sentences
    assert _named_in_full(sentences, {1: None}, _Ranking(), units, Language.RUSSIAN) == \
        sentences


def test_a_name_that_names_a_firm_is_not_named_in_full() -> None:
    """Round 109, en 992: "Kearney's Bakehouse, one of Ireland's largest bakery chains, …"
    opened the long summary as "Niamh Kearney's Bakehouse", its managing director's first name
    given to the firm; nor is "Kearney's bread" later in the same summary hers."""
    from summarizer.summarize import _named_in_full

    class _Ranking:
        introductions = [frozenset(), frozenset({0})]

    units = [type("U", (), {"text": "Managing director Niamh Kearney said costs rose."})(),
             type("U", (), {"text": "Kearney's Bakehouse is to raise its prices."})()]
    sentences = ["Kearney's Bakehouse is to raise its prices.",
                 "Shops that stock Kearney's bread may cut orders."]
    assert _named_in_full(sentences, {1: None}, _Ranking(), units, Language.ENGLISH) == sentences
    person = ["Kearney's plan is to raise prices."]
    assert _named_in_full(person, {1: None}, _Ranking(), units, Language.ENGLISH) == \
        ["Niamh Kearney's plan is to raise prices."]


def test_a_name_after_an_article_is_a_thing_and_is_not_named_in_full() -> None:
    """The pairwise check of round 105's fixes, en 40: "the sale of the Miradouro" made "the
    Teatro Miradouro" lost 0-2 twice against the old summary."""
    from summarizer.summarize import _named_in_full

    class _Ranking:
        introductions = [frozenset(), frozenset({0})]

    units = [type("U", (), {"text": "The Teatro Miradouro has stood empty since 2019."})(),
             type("U", (), {"text": "The council approved the sale of the Miradouro."})()]
    sentences = ["The council approved the sale of the Miradouro."]
    assert _named_in_full(sentences, {1: None}, _Ranking(), units, Language.ENGLISH) == sentences


def test_a_halt_later_the_same_day_is_the_storys_turn() -> None:
    """Round 113, ru 1040: «Однако уже вечером того же дня пресс-служба правительства сообщила,
    что действие приказа приостановлено …» was no turn (no day named, no "hours after"): the
    summaries never told the halt the headline gave."""
    from summarizer.structure import parse
    from summarizer.summarize import _second_development
    from summarizer.units import build_units

    text = ("Минсельхоз ввел квоту на вывоз зерна\n\nМинистерство сельского хозяйства в "
            "понедельник утвердило квоту на вывоз пшеницы в объеме 2 млн т.\n\nПоводом стал "
            "неурожай в северных областях. Экспортеры восприняли новость болезненно.\n\nОднако "
            "уже вечером того же дня пресс-служба правительства сообщила, что действие приказа "
            "приостановлено.\n\nРабочая группа соберется в четверг.")
    article = parse(text, Language.RUSSIAN)
    units = build_units(list(article.body), Language.RUSSIAN)
    turns = _second_development(units, Language.RUSSIAN)
    assert [units[i].text for i in turns] == [
        "Однако уже вечером того же дня пресс-служба правительства сообщила, что действие "
        "приказа приостановлено."]


@pytest.mark.parametrize(("sentence", "end"), [
    ("Других записей в этой тетради, скорее всего, уже не будет.", True),
    ("That history will end this autumn.", True),
    ("Енді бұл тарих аяқталмақ.", True),
    ("Других записей в тетради много.", False),
])
def test_an_end_to_come_hands_the_start_to_the_news_after_it(sentence: str, end: bool) -> None:
    """Round 114's check, ru 1048: «Других записей в этой тетради, скорее всего, уже не будет.
    Министерство … решило закрыть акушерское отделение …» under a midwife's notebook; the short
    summary was the notebook. A dated report right after such a turn in its paragraph is where
    the news starts (`_news_start`)."""
    from summarizer.summarize import _END_TO_COME

    assert (_END_TO_COME.search(sentence) is not None) is end


SCENE_THEN_CHANGES_ON_A_DAY = (
    "Harbour town opens $18 million dialysis clinic, ending long trips for kidney patients\n\n"
    "For most of the past ten years, kidney failure in this stretch of the coast has meant a "
    "second diagnosis: a long bus ride. Patients who needed dialysis have gone to Portland or "
    "Bangor three times a week, often leaving home before dawn.\n\n"
    "That changes Monday. Seal Cove Medical Center will open the Marsh Dialysis Clinic, a "
    "two-story building beside its emergency wing that puts dialysis, kidney specialists and "
    "a dietitian under one roof for the first time in the county.\n\n"
    "The center says the $18 million dialysis clinic is the largest project in its history and "
    "will treat kidney patients from three towns. Its first patients are booked for 7 a.m.\n\n"
    "Hospital records show that last year 140 people from the county travelled out of town for "
    "dialysis. A course of treatment takes about four hours a session.\n\n"
    "Nurses say the rides wear patients down. Several said they had missed sessions in winter "
    "storms on Route 1.")


def test_a_short_link_that_turns_a_scene_into_the_news_starts_the_news_there(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Blind round 116, en 1074: under two sentences of scene, "That changes Monday. Tri-River
    Regional Hospital will open the Kessler Cancer Pavilion, …" told the news, and both
    summaries opened on the cost in the paragraph after it, which names more of the
    headline: the opening itself was left out of both."""
    short, long = summarizer.summarize(SCENE_THEN_CHANGES_ON_A_DAY, Language.ENGLISH,
                                       list(presets))
    # (its day kept: the link "That changes Monday." is left out)
    assert short.sentences[0].startswith("On Monday, Seal Cove Medical Center will open the")
    assert any(sentence.startswith("Seal Cove Medical Center will open the Marsh")
               for sentence in long.sentences)  # (after the link, which it keeps)


SCENE_THEN_AN_END_ON_A_DAY = (
    "Thirty-eight years, one narrow sound: the Kerrera ferry's skipper hangs up his cap\n\n"
    "Rain swept across the harbour just after seven on Wednesday, hard enough that the slipway "
    "lights blurred into one, and Angus Rennie barely looked up. A flask of coffee stood wedged "
    "beside the wheel where it has stood for years. His hands rested on a throttle he hardly "
    "touches. \"She'll lift at the buoy,\" he said, before anyone else aboard had felt a thing. "
    "A minute later the little ferry rose gently on the swell.\n\n"
    "He has known this narrow sound - the ten-minute run between Gallanach and the island of "
    "Kerrera - since he started as a deckhand on the ferry in the summer of 1987, aged 21. He "
    "took over as skipper in 1995 and has crossed it in every weather since.\n\n"
    "On Saturday, that ends. Rennie, now 59, will make the 5 p.m. run from the island for the "
    "last time before retiring, the council's marine services team confirmed this week. By his "
    "own count, it will be close to his 80,000th crossing.\n\n"
    "\"I worked it out on a napkin once,\" he said. \"Twenty runs a day, most days of the year. "
    "That is a lot of coffee.\"\n\n"
    "For the fifty or so people who live on Kerrera, the ferry is not a luxury. It is the road "
    "to school, to the doctor and to the shops in Oban. When the boat stops, the island stops.\n\n"
    "Islanders have their stories. Morag Bell, 68, remembers a February night in 2003 when her "
    "son broke his leg after the last run had tied up.\n\n"
    "\"Angus came down in his slippers,\" she said. \"He had us across in ten minutes in a sea "
    "nobody should have been out in.\"\n\n"
    "His successor will be Fiona Cairns, 38, who has been his mate for the past five years. "
    "She will be the first woman to skipper the route.\n\n"
    "The island is planning a party in the old schoolhouse on Saturday night, and the fire "
    "crew from Oban has promised an arch of water over the ferry as she comes in.")


def test_a_scene_whose_history_leans_on_it_gives_way_to_an_end_told_with_its_day(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Blind round 129, en 1240: a fog on the bridge, then "He has been learning this stretch
    of water …" (the headline's words, leaning on the scene), then "On Friday, that ends.
    Hynes, now 64, will take the 4:15 p.m. sailing … for the last time before retiring, …":
    both summaries were the scene and the captain's history, never his last crossing."""
    short, long = summarizer.summarize(SCENE_THEN_AN_END_ON_A_DAY, Language.ENGLISH,
                                       list(presets))
    assert short.sentences[0].startswith("On Saturday, Angus Rennie, now 59, will make the")
    assert "for the last time before retiring" in short.sentences[0]
    assert "flask of coffee" not in long.text


@pytest.mark.parametrize(("link", "told", "expected"), [
    ("That changes Monday.", "The hospital will open a clinic.",
     "On Monday, the hospital will open a clinic."),
    ("On Friday, that ends.", "Hynes will sail for the last time.",
     "On Friday, Hynes will sail for the last time."),
    # (the day of an event the link tells is not the news's: round 99, en 1000)
    ("On Wednesday, council voted to try to change that.", "Under a new bylaw, crews will "
     "check carts.", "Under a new bylaw, crews will check carts."),
    # (nor over a day of the news's own)
    ("That changes Monday.", "The clinic opens on Tuesday.", "The clinic opens on Tuesday."),
])
def test_a_summary_without_a_short_link_keeps_the_day_it_gives(link: str, told: str,
                                                              expected: str) -> None:
    from summarizer.summarize import _with_link_day
    from summarizer.units import Unit

    unit = Unit((link, told), 3, 2, None, 0.0)
    assert _with_link_day((told,), unit, Language.ENGLISH)[0] == expected


@pytest.mark.parametrize(("sentence", "turn"), [
    ("On Friday, that ends.", True), ("Next month, all that ends.", True),
    ("On Friday, the season ends with a gala.", False),
])
def test_an_end_told_with_its_day_before_it_is_a_short_turn(sentence: str, turn: bool) -> None:
    from summarizer.units import is_short_turn

    assert is_short_turn(sentence, Language.ENGLISH) is turn


SCENE_THEN_A_REPORT_BY_A_PRONOUN = (
    "The orchard went quiet: a Tasmanian apple grower takes on the crop dusters\n\n"
    "On the morning of March 3, Ruth Calloway walked down the rows of her orchard outside "
    "Huonville, in the south of Tasmania. She knew something was wrong before she reached the "
    "first tree. \"It looked like autumn had come in a day,\" she says.\n\n"
    "The grass under the trees was covered in dead insects. Calloway, 58, is the fourth "
    "generation of her family to grow apples in the valley. Her great-grandfather planted the "
    "first trees in 1911. She now runs 40 hectares and sells most of her fruit to exporters.\n\n"
    "This week she filed a claim in the Supreme Court of Tasmania seeking $412,000 in damages "
    "from Southern Skies Aviation Pty Ltd, a Hobart-based crop duster. The claim alleges "
    "that one of its pilots sprayed a herbicide on a neighbouring paddock in a wind that carried "
    "it over her trees.\n\n"
    "By her count, 1,900 of her trees were damaged. Tests by a laboratory in Launceston found "
    "traces of the herbicide on leaves taken from the orchard.\n\n"
    "The claim seeks compensation for the lost crop and for two export contracts she could not "
    "fill. Replacing a mature tree, she says, costs about $90 and takes five years to bear "
    "fruit.\n\n"
    "Southern Skies Aviation did not respond to requests for comment. A hearing has not been "
    "scheduled.\n\n"
    "Growers in the valley say complaints about drift have risen in recent years. The state's "
    "spraying rules were last reviewed in 2014. A growers' group wants pilots to warn "
    "neighbours two days before they fly.\n\n"
    "For now, Calloway is replanting. She has ordered 600 young trees from a nursery in "
    "Victoria and hopes to pick a small crop next year.")


def test_a_report_whose_subject_is_the_scenes_one_person_by_a_pronoun_names_her(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 131's check, en 1258: under a beekeeper's morning among her dead bees and her
    family's history, "This week she filed a claim in the NSW District Court …" told the news;
    both summaries were the morning. The news starts there, the one person named before in
    place of "she"."""
    short, long = summarizer.summarize(SCENE_THEN_A_REPORT_BY_A_PRONOUN, Language.ENGLISH,
                                       list(presets))
    assert short.sentences[0].startswith("This week Ruth Calloway filed a claim")
    assert long.sentences[0].startswith("This week Ruth Calloway filed a claim")


@pytest.mark.parametrize(("opening", "named"), [
    ("This week she filed a claim.", "This week Ruth Calloway filed a claim."),
    ("On Monday, he said he would appeal.", "On Monday, Ruth Calloway said he would appeal."),
    # (no time phrase before the pronoun: "The cooperative she chairs …", judged en 11)
    ("The cooperative she chairs said on Thursday it had signed a loan.", None),
])
def test_a_pronoun_after_a_time_phrase_is_named_only_for_the_one_person(
        opening: str, named: str | None) -> None:
    from summarizer.summarize import _pronoun_named
    from summarizer.units import Unit

    units = [Unit(("Ruth Calloway walked down the rows of her orchard.",), 0, 0),
             Unit((opening,), 1, 1, 0)]
    assert _pronoun_named(units, 1, Language.ENGLISH) == ((named,) if named else None)
    two = [Unit(("Ruth Calloway and Tom Hale walked down the rows.",), 0, 0), units[1]]
    assert _pronoun_named(two, 1, Language.ENGLISH) is None


SCENE_CLOSING_ON_THE_LAST_SEASON = (
    "Последнее лето на Ак-Сае\n\n"
    "Осмонбек Туратбеков просыпается раньше, чем солнце выходит из-за хребта. В половине пятого "
    "он уже у загона: пересчитывает овец по памяти и по голосам. «Полвека одно и то же, — "
    "говорит он. — Горы не меняются». Внизу, в долине, ещё темно, а на джайлоо трава белая от "
    "инея.\n\n"
    "Туратбекову 71 год. Впервые он поднялся сюда подпаском в 1969 г., когда пастбище "
    "принадлежало колхозу. В этом году у него под присмотром 520 овец, которые принадлежат 19 "
    "семьям из села Кара-Суу. И этот сезон для него последний.\n\n"
    "С 2020 г. пастбищный комитет айыл окмоту закрывает Ак-Сай для выпаса на пять лет. Решение "
    "приняли в июне на общем собрании: за него проголосовали 38 из 50 делегатов.\n\n"
    "Причина — деградация. По данным обследования, урожайность травы на джайлоо за 15 лет "
    "снизилась почти вдвое.\n\n"
    "«Траву съели не мы, траву съели цифры», — считает чабан. После распада колхоза скот "
    "раздали по дворам, и число овец в селе выросло в полтора раза.\n\n"
    "Восстановление пастбища частично оплатит международный проект: на три года выделено "
    "около 150 тыс. долларов. На эти деньги подсеют травы и отремонтируют водопой.\n\n"
    "Сам чабан осенью переедет к сыну в Нарын. Отару до села он поведёт в последний раз в "
    "конце сентября.")


def test_a_scene_closing_on_the_last_season_hands_over_to_the_next_paragraph(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 132's check, ru 1270: a shepherd's dawn and his history closed on «И этот сезон
    для него последний.»; the paragraph after it, «С 2019 г. пастбищный комитет … закрывает
    Кара-Саз для выпаса на пять лет.», was the news, and both summaries were the dawn."""
    short, _ = summarizer.summarize(SCENE_CLOSING_ON_THE_LAST_SEASON, Language.RUSSIAN,
                                    list(presets))
    assert short.sentences[0].startswith("С 2020 г. пастбищный комитет"), short.sentences


SCENE_THEN_THE_LAST_SEASON_AFTER_WHO = (
    "ЕРМЕК АТАНЫҢ ҚАРАСАЙДАҒЫ СОҢҒЫ ЖАЗЫ\n\n"
    "Таң енді ғана атып келеді. Теңіз деңгейінен 2 500 метр биіктіктегі Қарасай жайлауында "
    "киіз үйдің түтігінен көкшіл түтін шығып жатыр. 68 жастағы Ермек Сапаров атын ерттеп, "
    "қотандағы қойға қарап тұр. Жеті жүзге жуық қой әлі жатыр. Шал қамшысын алып, үйдегі "
    "кемпіріне дауыстайды: «Шайыңды қой, бүгін сайға түсеміз».\n\n"
    "Ол бұл жайлауға алғаш рет 1972 жылы, он сегіз жасында, әкесімен бірге келген. Ол кезде "
    "Қарасайға кеңшардың он отары шығатын. Кеңшар тарағаннан кейін отарлар азайды. Соңғы "
    "сегіз жылда жайлауға тек Ермек ата ғана шығып жүр.\n\n"
    "Биылғы маусым – оның да, Қарасай жайлауының да соңғы маусымы. Ол бағып жүрген малдың иесі "
    "«Алатау» кооперативі келесі жылдан бастап қойды тауға айдамай, ауыл маңындағы жаңа қорада "
    "ұстауға шешім қабылдады. Ермек ата да зейнетке шығып, ауылдағы ұлының үйіне көшпек.\n\n"
    "Кооператив төрағасы Нұрлан Әбдіковтің айтуынша, шешім оңай болған жоқ. Ең басты себеп – "
    "тауға шығатын шопанның жоқтығы. Жас жігіттер қалаға кетіп қалған.\n\n"
    "Кооперативтің есебінше, қойды жайлауға шығарып, қайта түсіруге жылына 2 млн теңгеге жуық "
    "қаржы жұмсалады. Ал жаңа қора салуға 40 млн теңге кетеді.\n\n"
    "Кооператив Қарасайдағы жайылымды толық тастамайды. Келесі жылдан бастап онда жылқы ғана "
    "жайылуы мүмкін.\n\n"
    "Ермек ата қойды ауылға қыркүйектің соңында айдап түседі. «Тау мені елу жыл асырады. Енді "
    "демалуға да болады», – дейді ол.\n\n"
    "Аудандық ауыл шаруашылығы бөлімінің мәліметінше, ауданда жайлауға шығатын отарлар саны "
    "соңғы он жылда үш есе азайған. Бөлім жас шопандарды ынталандыру бағдарламасын әзірлеп "
    "жатыр. Бағдарлама бойынша тауға шыққан шопанға қосымша ақы төленеді.\n\n"
    "Ауыл ақсақалдары жайлау бос қалса, шөп қурап, жер тозады деп алаңдайды. Олар "
    "кооперативтен жылқыны жайлауға жіберуді сұрады. Кооператив бұл ұсынысты көктемде "
    "қарайды.")


def test_a_short_turn_leaning_on_the_sentence_before_it_starts_the_news_there(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 132's check, kk 1270: under a shepherd's dawn, «Соңғы он жылда жайлауға тек
    Тоқтархан ата ғана шығып жүр.» then, opening the next paragraph, «Биылғы маусым – оның да,
    Ақтасты жайлауының да соңғы маусымы.»: both summaries were the dawn. The news starts at the
    sentence the turn leans on."""
    short, _ = summarizer.summarize(SCENE_THEN_THE_LAST_SEASON_AFTER_WHO, Language.KAZAKH,
                                    list(presets))
    assert short.sentences[0].startswith("Соңғы сегіз жылда жайлауға тек Ермек ата")
    assert short.sentences[1].startswith("Биылғы маусым")


SCENE_THEN_THE_LAST_TIME_TOLD_BY_WHEN = (
    "The last summer on the fell: a Cumbrian shepherd comes down for good\n\n"
    "The collie hears the quad bike first. By the time it stops at the top of the track, "
    "Tom Birkett is already at the gate of the stone fold, a flask of tea in one hand.\n\n"
    "It is half past five on Harter Fell. Mist sits in the valley below. Around the fold, 400 "
    "Herdwick ewes wait to be counted, as they have waited every morning since 1971.\n\n"
    "This will be the last time. When Birkett brings the flock down to the farm next week, he "
    "will not be taking them back up. The commoners' association voted in June to let the fell "
    "to a rewilding trust for 20 years from next spring.\n\n"
    "\"I came up here with my father when I was fifteen,\" he says. \"Now there is nobody to "
    "hand it to.\"\n\n"
    "There were eleven flocks on the fell in 1990. This summer there were three.\n\n"
    "The trust will pay the association about £30,000 a year and plans to plant native trees "
    "on the lower slopes.\n\n"
    "Some neighbours fear the fell will turn to scrub. The trust says sheep will still graze "
    "some of it under licence.\n\n"
    "Birkett will keep a few ewes at the farm. The rest go to auction in October.\n\n"
    "\"The fell will be here after me,\" he says. \"That is the main thing.\"")


def test_a_last_time_whose_end_is_told_by_when_is_the_news_under_a_scene(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 132's check, en 1270: "This will be the last time. When Oprea walks the flock down
    to the village of Jina next weekend, he will not be coming back." under a shepherd's dawn;
    both summaries were the dogs and the car. "When …" opens like a scene, but after such a
    turn it tells the news."""
    short, _ = summarizer.summarize(SCENE_THEN_THE_LAST_TIME_TOLD_BY_WHEN, Language.ENGLISH,
                                    list(presets))
    assert short.sentences[0].startswith("When Birkett brings the flock down")


@pytest.mark.parametrize(("sentence", "turn"), [
    ("This will be the last time.", True), ("This season will be his last.", True),
    ("This is the last chance to see it.", False),
])
def test_this_time_told_as_the_last_is_a_short_turn(sentence: str, turn: bool) -> None:
    from summarizer.units import is_short_turn

    assert is_short_turn(sentence, Language.ENGLISH) is turn


RULING_THEN_A_SHORT_LIVED_JOY = (
    "Суд запретил расширять карьер у деревни Лесная\n\n"
    "ПЕТРОЗАВОДСК, 3 июня — «Онежский вестник». Районный суд во вторник признал незаконным "
    "решение министерства природопользования, которое позволило ООО «Северный гранит» почти "
    "вдвое расширить карьер рядом с деревней Лесная.\n\n"
    "Иск подали 28 жителей деревни при поддержке районной общественной организации.\n\n"
    "Речь идёт о расширении участка недр с 30 до 55 га. После этого граница карьера подошла бы "
    "к ближайшим домам на 400 м.\n\n"
    "Взрывные работы на карьере проводятся дважды в неделю. Жители жалуются на трещины в "
    "стенах и пыль.\n\n"
    "Суд согласился с доводом истцов о том, что общественные слушания прошли с нарушениями.\n\n"
    "В компании с решением не согласились. «Замеры показали, что нормативы не превышены», — "
    "заявил директор предприятия.\n\n"
    "В министерстве сообщили, что изучат решение после получения мотивированной части.\n\n"
    "Решение районного суда ещё не вступило в законную силу. Стороны могут обжаловать его в "
    "течение месяца.\n\n"
    "Жители деревни собирались отметить победу в выходные.\n\n"
    "Радость жителей Лесной оказалась недолгой. В среду Верховный суд Республики Карелия "
    "отменил решение районного суда и отказал жителям в иске, удовлетворив апелляционную "
    "жалобу «Северного гранита» и министерства.\n\n"
    "Представитель жителей заявил, что они обратятся в кассационный суд.")


def test_a_joy_told_as_short_lived_brings_the_reversal_into_the_short_summary(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 133's check, ru 1286: «Радость жителей Горнозерья оказалась недолгой. В среду
    Верховный суд … отменил решение …, удовлетворив апелляционную жалобу …» closed the story;
    the short summary told the first ruling and who sued, never that it was overturned."""
    short, _ = summarizer.summarize(RULING_THEN_A_SHORT_LIVED_JOY, Language.RUSSIAN,
                                    list(presets))
    assert short.sentences[-1].startswith("В среду Верховный суд Республики Карелия отменил")


KAZAKH_TEASER_OF_A_RULING = (
    "«Ақтас Цемент» Жамбыл облысында жаңа зауыт салуға 450 млн доллар жұмсамақ\n\n"
    "«Ақтас Цемент» АҚ сәрсенбі күні Жуалы ауданындағы жаңа цемент зауытының 450 млн долларлық "
    "жобасын таныстырды: зауыт іске қосылса, компания 2024 жылға қарай жылына 3 млн тонна "
    "цемент шығарып, қазіргі өндірісін үш есе арттырады. Алайда сол күні кешке жобаның "
    "болашағына күмән келтіретін жаңалық шықты.\n\n"
    "Компанияның директорлар кеңесі жобаны 12 тамызда мақұлдаған. Жоба бойынша жаңа әк карьері "
    "ашылып, жылына 4 млн тонна шикізат өңдейтін екі пеш орнатылады. Қазір компания жылына 1 "
    "млн тонна цемент шығарады. Карьердің қоры 2060 жылға дейін жетеді.\n\n"
    "Компания басқармасының төрағасы Мұрат Ахметов жобаның табысы құрылыс нарығына тікелей "
    "байланысты екенін жасырмады. «Біз жобаны тоннасына 40 доллар баға болжамымен есептедік. "
    "Бүгін нарықта цемент 45 доллар тұрады», – деді ол.\n\n"
    "Қаржыландырудың 30 пайызы компанияның өз қаражатынан, қалған 70 пайызы екі шетелдік "
    "банктің несиесінен құралады. Құрылыс 2021 жылдың көктемінде басталуы тиіс. Құрылыс "
    "кезеңінде 1 200 уақытша жұмыс орны, ал зауыт толық қуатына шыққан соң 480 тұрақты жұмыс "
    "орны ашылады.\n\n"
    "Облыс әкімінің орынбасары жобаны өңір үшін маңызды инвестиция деп атады. Әкімдіктің "
    "есебінше, жаңа зауыт облыстық бюджетке жыл сайын 6 млрд теңгедей салық түсіреді. Сонымен "
    "қатар компания зауытқа ең жақын орналасқан Бауыржан ауылында мектеп салуға уәде берді.\n\n"
    "Бірақ дәл осы ауыл жобаның ең осал тұсы болып шықты. Таныстырылым аяқталғаннан бірнеше "
    "сағат өткен соң Жуалы аудандық соты ауылдың 160 тұрғыны берген талапты ішінара "
    "қанағаттандырып, жобаға берілген экологиялық сараптама қорытындысының күшін уақытша "
    "тоқтатты.\n\n"
    "Тұрғындарды зауыттың шаңы мен жерасты суының азаюы алаңдатады. Ауылда 2 300 адам тұрады, "
    "олардың көбі мал шаруашылығымен айналысады.\n\n"
    "«Ақтас Цемент» баспасөз қызметі кешке таратқан мәлімдемесінде сот шешімімен келіспейтінін "
    "және апелляциялық шағым беретінін хабарлады. Компания шағымды бір ай ішінде бермек.\n\n"
    "Сарапшылар жағдайдың несие келісімдеріне де әсер етуі мүмкін екенін айтады. Тұрғындар да "
    "шағымданудан тартынбайтынын мәлімдеді.")


def test_a_permit_whose_force_lasted_not_a_day_teases_a_turn_after_the_pick_it_follows() -> None:
    """Round 137, kk 1328: «Жоба авторлары бұл шешімді үш жылдан бері күткен еді. Алайда
    рұқсаттың күші бір күнге де жетпеді.» — the short summary kept the wait and never told the
    court's halt that the teaser after it foretells."""
    from summarizer.summarize import _teaser_after, _teases_turn
    from summarizer.units import Unit

    teaser = Unit(("Алайда рұқсаттың күші бір күнге де жетпеді.",), 2, 1, 1)
    assert _teases_turn(teaser)
    units = [Unit(("Комитет сейсенбі күні курортқа рұқсат берді.",), 0, 0),
             Unit(("Жоба авторлары бұл шешімді үш жылдан бері күткен еді.",), 1, 1, 0), teaser]
    assert _teaser_after(1, units) and not _teaser_after(0, units)


def test_a_kazakh_teaser_of_doubt_gives_way_to_the_turn_it_foretells(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 135, kk 1310: the short summary was the plan's lead and «Алайда сол күні кешке
    жобаның болашағына күмән келтіретін жаңалық шықты.», never the court's halt it foretold;
    the turn, which fits whole beside the lead, takes the teaser's place."""
    short = summarizer.summarize(KAZAKH_TEASER_OF_A_RULING, Language.KAZAKH, list(presets))[0]
    text = " ".join(short.sentences)
    assert "күмән келтіретін жаңалық" not in text
    assert "күшін уақытша тоқтатты" in text


RUSSIAN_HISTORY_OVER_A_REOPENING = (
    "Старая школа в Кильдине снова открыла двери: теперь в ней музей и гостиница\n\n"
    "Последний урок в школе на острове Кильдин провели 24 мая 1971 г.: учительница Анна Седова "
    "записала в журнал тему «Повторение пройденного» и закрыла класс на ключ. Школа "
    "проработала 38 лет. Когда на острове закрыли заставу, семьи уехали на материк, а "
    "бревенчатое здание у бухты опустело.\n\n"
    "В субботу, 4 июня, бывшая школа официально открылась после реставрации, которая заняла "
    "два сезона. В ней разместились музей истории острова и три гостевые комнаты для "
    "туристов.\n\n"
    "Работы, начатые в 2021 г., обошлись в 12,6 млн руб.: 8 млн выделил областной фонд "
    "сохранения наследия, остальное собрали через краудфандинг около 1 200 человек.\n\n"
    "Школу построили в 1933 г. из привезённой с материка сосны. За годы без хозяина крыша "
    "почти обрушилась, а печи разобрали на кирпич.\n\n"
    "Реставраторы сохранили парты, классную доску и часть учебников, найденных на чердаке. По "
    "словам руководителя проекта Ильи Громова, в музей уже передали более 300 предметов.\n\n"
    "Глава района рассчитывает, что музей станет одной из главных точек для туристов на "
    "побережье. Летом на остров будут ходить катера из Териберки три раза в неделю.\n\n"
    "Дочь учительницы Мария Седова приехала на открытие из Мурманска. До конца лета она "
    "останется в школе хранительницей музея.")


def test_an_opening_dated_decades_before_the_article_is_history_not_the_news(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 136, ru 1318: «Последняя запись в вахтенном журнале маяка … сделана 30 сентября
    1975 г. …» was read as the dated news, and the short summary was the keeper's last entry
    over the house's reopening «В субботу, 23 июля …» two paragraphs on."""
    short = summarizer.summarize(RUSSIAN_HISTORY_OVER_A_REOPENING, Language.RUSSIAN,
                                 list(presets))[0]
    assert short.sentences[0].startswith("В субботу, 4 июня, бывшая школа официально открылась")


ENGLISH_TEASER_OF_AN_APPEAL = (
    "Regulator approves Glenmore wind farm after six-year review, but the fight is not over\n\n"
    "Scotland's planning reporter has granted consent for a 14-turbine wind farm on the "
    "Glenmore estate in the Highlands, ending a six-year review of one of the most contested "
    "energy projects in the north of the country. By Thursday, however, the future of the "
    "scheme was once again uncertain.\n\n"
    "The plan calls for 14 turbines, each 149 metres tall, on moorland above Loch Glenmore. "
    "The developer estimates the wind farm would produce enough electricity for about 40,000 "
    "homes, at a cost of 96 million pounds.\n\n"
    "Construction would employ about 80 people for two years, and Highland Council expects "
    "around 600,000 pounds a year in business rates once the turbines are running.\n\n"
    "The reporter attached strict conditions to the consent. Turbines must stop during the "
    "breeding season of golden eagles when birds are seen within two kilometres, and the "
    "developer must restore 300 hectares of peat bog.\n\n"
    "Local campaigners had opposed the scheme since 2017, arguing that it would spoil views "
    "from the loch and harm wildlife. More than 1,100 people signed objections during the "
    "review.\n\n"
    "On Thursday, the board of the developer, Caledon Wind, met in Inverness and decided to "
    "challenge the consent itself, appealing the eagle conditions to the Court of Session on "
    "the grounds that they would cut the wind farm's output by almost a fifth.\n\n"
    "Under Scottish rules, such appeals must be lodged within six weeks of a decision. The "
    "court is not expected to hear the case before next summer.\n\n"
    "Campaigners said they would ask to join the case. The council said it would wait for the "
    "court's ruling before setting a date for construction.")


def test_a_teaser_gives_way_to_its_turn_cut_to_the_room_left(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 136's check, ru 1322 and judged en 1256: the short summary closed on "By Thursday,
    however, the future of the scheme was once again uncertain." when the turn it foretells
    fits beside the lead only cut at a clause; the cut turn takes its place."""
    short = summarizer.summarize(ENGLISH_TEASER_OF_AN_APPEAL, Language.ENGLISH, list(presets))[0]
    text = " ".join(short.sentences)
    assert "once again uncertain" not in text
    assert "On Thursday, the board of the developer, Caledon Wind, met in Inverness and decided " \
        "to challenge the consent itself." in text


def test_a_stray_comma_before_a_stop_is_left_out_of_a_summary(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 137, en 1330: a sentence pasted as "…register of historic sites,." closed the long
    summary so."""
    text = ("Divers find a lost schooner in Lake Huron\n\nTwo amateur divers have found the "
            "wreck of a schooner that sank in a gale in 1887, the state said on Monday. The "
            "state plans to list the schooner on its register of historic sites,.\n\nThe wreck "
            "lies in 60 metres of water. Removing anything from it is prohibited.")
    for summary in summarizer.summarize(text, Language.ENGLISH, list(presets)):
        assert not any(sentence.endswith(",.") for sentence in summary.sentences)
        assert any("historic sites." in sentence for sentence in summary.sentences) or \
            len(summary.sentences) < 2


RUSSIAN_SCENE_THAT_REPORTS_THE_NEWS = (
    "ЗДОРОВЬЕ\n\n"
    "В Костроме открылся новый корпус областной детской больницы\n\n"
    "Первые маленькие пациенты переехали в здание, которое строили пять лет. Родителям впервые "
    "разрешат оставаться рядом с детьми круглосуточно\n\n"
    "Ольга Смирнова\n4 декабря 2018, 12:10\n\n"
    "Пятилетнюю Алину перевезли в новый корпус на каталке в начале девятого утра. Она стала "
    "первой из 38 детей, которых в понедельник перевели из старых отделений областной детской "
    "больницы в только что открывшийся пятиэтажный корпус на улице Советской. Ещё 20 пациентов "
    "переедут до конца недели.\n\n"
    "Новое здание на 140 коек обошлось в 1,8 млрд руб. Строить его начали в 2013 г., а сдать "
    "планировали в 2016-м. Теперь в нём будут лечить детей со всей Костромской области.\n\n"
    "Медсестра помогает маме пациента освоиться в новой палате. Фото: Иван Петров\n\n"
    "Что внутри нового корпуса\n\n"
    "На первых двух этажах разместились приёмное отделение, диагностический центр с томографом "
    "и консультативная поликлиника нового корпуса. Выше — отделения детской хирургии, "
    "травматологии и реанимация нового корпуса на 20 коек.\n\n"
    "Ключевой частью корпуса стал операционный блок из трёх залов. По словам главного врача "
    "Ирины Соколовой, раньше сложных пациентов приходилось везти в Москву.\n\n"
    "Для полноценной работы корпуса больнице нужно примерно 90 новых сотрудников. Областной "
    "департамент здравоохранения уже объявил набор.\n\n"
    "Вторую очередь — реабилитационный центр — планируют построить к 2022 г.")


def test_a_scene_whose_own_paragraph_reports_the_dated_news_is_the_news(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 137, ru 1326: «Четырёхлетнего Матвея перевезли в новый корпус … в начале
    десятого утра. Он стал первым из 46 детей, которых в понедельник перевели … в только что
    открывшийся … корпус …» was read as a scene, and the summaries opened on the floors of the
    new building further down; the report in its own paragraph is the news."""
    short = summarizer.summarize(RUSSIAN_SCENE_THAT_REPORTS_THE_NEWS, Language.RUSSIAN,
                                 list(presets))[0]
    assert any("в понедельник перевели" in sentence for sentence in short.sentences)


SCENE_THEN_THE_WAIT_ENDED = (
    "After 40 years in pieces, the Loch Fyne engine steams again\n\n"
    "Morag Bell was 16 when she last rode the footplate of the Loch Fyne engine. It was the "
    "spring of 1965, she was the driver's daughter at Ardlui shed, and the Loch Fyne engine "
    "was weeks away from being towed to a scrapyard in Greenock. \"I never thought I would see "
    "the Loch Fyne engine move again,\" she said, standing on the platform at Arrochar.\n\n"
    "On Sunday afternoon, at 2.05pm, the wait ended. The Loch Fyne, a tank engine built in "
    "Kilmarnock in 1921, pulled its first train in 58 years, hauling three carriages along the "
    "six-mile Arrochar Railway in front of about 2,000 people.\n\n"
    "The run marked the end of a restoration that took 11 years and cost £1.2 million, most of "
    "it raised by the railway's 400 members.\n\n"
    "The engine's survival was an accident. A dealer bought it for scrap in 1965 but never cut "
    "it up, and it stood in a field near Helensburgh for 30 years.\n\n"
    "The railway plans to run the Loch Fyne on passenger services every weekend from May, with "
    "tickets at £12 for adults.\n\n"
    "Not everyone is pleased. Some neighbours of the line say the smoke will drift over their "
    "gardens, and the council has asked for a noise survey.")


def test_the_report_right_after_a_dated_wait_ended_is_the_news(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 138, en 1336: under a fireman's last shift in 1962, "On Saturday morning, at
    10.14am, the wait ended. The Ben Vorlich … pulled its first train in almost half a century
    …" told the news; the short summary was the fireman."""
    short = summarizer.summarize(SCENE_THEN_THE_WAIT_ENDED, Language.ENGLISH, list(presets))[0]
    assert short.sentences[0].startswith("The Loch Fyne, a tank engine built in Kilmarnock")


SCENE_THEN_A_RETURN_BY_IT = (
    "Lights up again: the Ballyrush picture house returns after a decade in the dark\n\n"
    "Maura Keane still keeps the last ticket roll in a biscuit tin under her stairs. She takes "
    "it out and turns it over in her hands. The final ticket on it was sold on a wet Tuesday in "
    "November 2013, for a film she no longer remembers.\n\n"
    "For most of the last century the picture house on Main Street was where the town met. "
    "Farmers came in from the hills on Saturday nights, and couples did their courting in the "
    "back row. Then the roof began to leak, audiences drifted to the multiplex in Tralee, and "
    "the owners could no longer pay the bills. The cinema closed that winter and has been dark "
    "ever since.\n\n"
    "On Friday it opens its doors again. Kerry County Council, which bought the building in "
    "2019, has spent €1.8 million on a new roof, 140 seats and a digital projector. Of that, "
    "€1.1 million came from a national arts fund and €200,000 from a local appeal.\n\n"
    "The council expects 20,000 admissions in the first year. Tickets will cost €8 for adults "
    "and €5 for children, and the cinema will show films six nights a week.\n\n"
    "A volunteer group of 30 people will run the box office and the café. The council will pay "
    "a manager and a projectionist for the first three years.\n\n"
    "Not everyone is convinced. A local publican said parking on Main Street was already hard on "
    "a Saturday night. The council said it would open a car park behind the library.\n\n"
    "The first film, on Friday at 8pm, will be a restored print of a western that played on the "
    "opening night in 1948. Maura Keane has been given a seat in the front row.")


def test_a_dated_return_told_by_it_names_the_thing_and_starts_the_news(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 131, en 1252: under an old keeper's climb and the museum's closure ("The museum
    closed that spring and has been shut ever since."), "On Saturday it opens its doors again."
    told the news; the short summary was the climb. The news starts there, "it" named by the
    subject of the sentence before."""
    short, long = summarizer.summarize(SCENE_THEN_A_RETURN_BY_IT, Language.ENGLISH,
                                       list(presets))
    assert short.sentences[0].startswith("On Friday the cinema opens its doors again. ")
    assert "On Friday the cinema opens its doors again. " in " ".join(long.sentences)
    assert "Maura Keane still keeps" not in " ".join(long.sentences)


@pytest.mark.parametrize(("before", "opening", "named"), [
    ("The museum closed that spring and has been shut ever since.",
     "On Saturday it opens its doors again.", "On Saturday the museum opens its doors again."),
    # (no thing for it to stand for: the sentence before has a person for its subject)
    ("Maura Keane sold the last ticket in 2013.", "On Saturday it opens its doors again.", None),
    # (or, under a person told as one of those it bears, the thing that sentence ends on, past
    # "for the first time since …": round 139's check, en 1354, whose summaries opened on "it")
    ("Thomas Armstrong is one of 23 men from the village whose names are carved on the board.",
     "On Sunday, for the first time since 1979, it will hang in public again.",
     "On Sunday, for the first time since 1979, the board will hang in public again."),
])
def test_it_after_a_time_phrase_is_named_by_the_subject_before(
        before: str, opening: str, named: str | None) -> None:
    from summarizer.summarize import _pronoun_named
    from summarizer.units import Unit

    units = [Unit((before,), 0, 0), Unit((opening,), 1, 1)]
    assert _pronoun_named(units, 1, Language.ENGLISH) == ((named,) if named else None)


@pytest.mark.parametrize(("opening", "named"), [
    ("That kitchen, roofless for three decades, will open to the public on Saturday.",
     "The kitchen, roofless for three decades, will open to the public on Saturday."),
    # (not a thing the scene never told, nor a turn: "That job is about to change.", judged
    # en 496)
    ("That garden, overgrown for years, will open on Saturday.", None),
    ("That job is about to change.", None),
])
def test_a_thing_the_scene_told_by_that_is_named_by_the(opening: str,
                                                        named: str | None) -> None:
    """Round 136, en 1318: "That kitchen, roofless and choked with brambles …, will open to
    the public on Saturday …" under the keeper's daughter "standing in the same kitchen" was
    no news to start at; the summaries were the keeper's evenings."""
    from summarizer.summarize import _pronoun_named
    from summarizer.units import Unit

    units = [Unit(('"It was in the bread," she said, standing in the same kitchen.',), 0, 0),
             Unit((opening,), 1, 1)]
    assert _pronoun_named(units, 1, Language.ENGLISH) == ((named,) if named else None)


@pytest.mark.parametrize("sentence", ["On Saturday it opens its doors again.",
                                      "This week the pool is open again."])
def test_a_dated_return_is_a_short_turn(sentence: str) -> None:
    from summarizer.units import is_short_turn

    assert is_short_turn(sentence, Language.ENGLISH)


@pytest.mark.parametrize(("sentence", "link"), [
    ("That changes Monday.", True), ("That changed at the weekend.", True),
    ("But all that changed on Tuesday night.", True),
    ("That changes the conversation.", False), ("This changed the deal fundamentally.", False),
])
def test_a_change_told_with_its_day_only_is_a_link(sentence: str, link: bool) -> None:
    from summarizer.summarize import _CHANGES_ON_A_DAY

    assert (_CHANGES_ON_A_DAY.match(sentence) is not None) is link


SCENE_TO_THE_MINUTE = (
    "The lamp is lit again at Carrick Point\n\n"
    "At twenty past seven on Friday evening, Eamon Doyle climbed the iron stairs of the "
    "lighthouse with a box of fuses under his arm. He had kept the light for 31 years before "
    "it was switched off in 2009. The old lamp had sat in his shed ever since.\n\n"
    "\"I said I would see it lit once more,\" said Mr Doyle, who is 77.\n\n"
    "He saw it lit for the 40 boats in the harbour. The Carrick Point lighthouse, on a "
    "headland of fewer than 200 people north of Killybegs, was switched back on on Friday, the "
    "first light on the Donegal "
    "coast to be restored after closure. The Commissioners of Irish Lights approved the plan in "
    "March after a campaign by local fishermen.\n\n"
    "The light will be checked every month by a part-time keeper. The commissioners will "
    "review it in two years.\n\n"
    "The switch-off in 2009 was typical of its time. Automation had already removed the keepers "
    "from most Irish lights, and satellite navigation had made many of them look like a luxury. "
    "Fishermen said the headland had seen three groundings since.\n\n"
    "The restoration cost about €85,000. The commissioners paid €60,000, and the rest was raised "
    "by a fishermen's co-operative through a sea swim and two quiz nights.\n\n"
    "The new lamp is an LED unit that can be seen 14 nautical miles out. It uses a tenth of the "
    "power of the old one.\n\n"
    "Skippers in Killybegs welcomed the news. \"We have been asking for this for ten years,\" "
    "said Martin Boyle, who chairs the co-operative.")

def test_the_news_under_a_dated_scene_told_to_the_minute_leads_the_short_summary() -> None:
    """Round 117's check, en 1084: "At ten to nine on Monday morning, Seán Gallagher walked up
    the lane …" named its day, so it was taken for the news, and the short summary was the
    caretaker's walk and "The bell had sat on the dresser in his kitchen ever since."."""
    assert _short(SCENE_TO_THE_MINUTE)[0].startswith("The Carrick Point lighthouse, on a headland")


KK_SCENE_THEN_DATED_PRONOUN = (
    "Кітапханасы қайта ашылған ауыл\n\n"
    "Сәуле Бекқызы он жыл бойы күнде таңертең нан алуға бара жатып, есігі құлыптаулы бір "
    "қабатты ғимараттың жанынан өтетін. Жиырма бес жыл бойы ауыл кітапханасын басқарған ол "
    "зейнетке шыққан соң да кілтті сақтап жүрді.\n\n"
    "«Әр өткен сайын жүрегім ауыратын», – дейді ол.\n\n"
    "Кеше түсте ол сол ғимараттың алдында, жаңа сырланған есіктің жанында тұрды. Қолында – 1990 "
    "жылы өзіне сыйға тартылған ескі кілт. Ауылдың ең көне кітапханашысы ретінде лентаны қию да "
    "соған бұйырды.\n\n"
    "Павлодар облысы Ақсу ауданындағы Жолқұдық ауылының кітапханасы 3 наурызда он жылдық "
    "үзілістен кейін қайта ашылды. Қорында 6 мыңнан астам кітап бар, оқырмандарға екі "
    "кітапханашы қызмет көрсетеді.\n\n"
    "Кітапхана 2011 жылы оқырман азайған соң жабылған болатын. Содан бері ауыл тұрғындары "
    "кітапты 40 шақырым жердегі аудан орталығынан алып келген.\n\n"
    "Ғимарат 1972 жылы салынған. Оны жөндеуге аудандық бюджеттен 18 млн теңге бөлінді.\n\n"
    "Аудандық мәдениет бөлімінің басшысы Серік Жанболатов жыл соңына дейін кітапханаға "
    "интернет тартылатынын айтты. Келесі жылы мұнда балаларға арналған үйірме ашу да "
    "жоспарда бар.\n\n"
    "Ауыл тұрғындары кітапхананың ашылуын қуанышпен қарсы алды. Алғашқы күні оған 60-қа жуық "
    "адам келді.")


def test_a_dated_sentence_of_the_scene_told_by_its_pronoun_is_no_link_to_the_news() -> None:
    """Round 117's check, kk 1084: «Кеше таңертең ол сол ғимараттың алдында … тұрды.» was taken
    for a dated link and «Қолында – 1986 жылы өзіне сыйға тартылған жез қоңырау.» after it for
    the news, over the school's reopening in the next paragraph."""
    short = _short(KK_SCENE_THEN_DATED_PRONOUN, Language.KAZAKH)
    assert short[0].startswith("Павлодар облысы Ақсу ауданындағы Жолқұдық ауылының")


STORIES_TOLD_AS_IT_OPENED = (
    "A dry berth, at last, for Carrow Bay's lobster boats\n\n"
    "Martin Hale does not sleep through an easterly. For most of his 40 years fishing out of "
    "Carrow Bay, a hamlet of stone cottages on the Cornish coast, a strong wind from the east "
    "has meant getting up at three in the morning to check his mooring lines by torchlight.\n\n"
    "\"You'd stand on the old quay watching the swell come over the wall,\" said Hale, 63. "
    "\"Some nights the boats broke loose.\"\n\n"
    "On Saturday, those stories were told one more time, as council officials, about 150 "
    "residents and most of the bay's 19 working fishermen gathered to open a new £9.2-million "
    "breakwater and quay that shelter the bay from the open sea.\n\n"
    "The project was paid for mostly by the council, which contributed £6.1 million, with a "
    "coastal fund adding £3.1 million. Construction began in April 2022 and finished early.\n\n"
    "It replaces a granite quay built in 1871, when Carrow Bay had a pilchard cellar and close "
    "to 600 people. The cellar closed in 1950.\n\n"
    "The population is now 240, and the old quay had been shortened twice after storms.\n\n"
    "For the fishermen who remain, most of whom catch lobster and crab, the breakwater means "
    "fewer lost days at sea. The harbour board will run the quay from next month.")


def test_the_news_told_as_the_scenes_stories_were_told_once_more_leads() -> None:
    """Round 118's check, en 1096: "On Friday, those stories were told one more time, as …
    officials … gathered to open a new $14.6-million harbour …" under a fisherman's sleepless
    nights leaned on his stories, and the short summary was his nights and a late detail."""
    short = _short(STORIES_TOLD_AS_IT_OPENED)
    assert short[0].startswith("On Saturday, council officials, about 150 residents and most")


_GARAGE_ARCHIVE = (
    "The shed of memories\n"
    "Forty years on, a retired teacher's shed archive is getting a home of its own\n\n"
    "The shed behind Ada Quinlan's cottage has not held a boat since 1991. Instead, metal racks "
    "run from the floor to the rafters, carrying 180 archive boxes, each labelled in the same "
    "neat capitals she once wrote on classroom boards: CANNERY RECORDS. FERRY TIMETABLES AND "
    "FARES 1930–58. LIGHTKEEPERS' DAILY LETTERS. SCHOOL PLAYS 1960s. On a bench by the window "
    "sits a reel-to-reel recorder she bought in 1979 and still lets nobody else touch.\n\n"
    "\"That machine knows more about this place than the mayor does,\" she says. Mrs Quinlan, "
    "81, taught geography at the bay's high school for 30 years. For most of that time she has "
    "been quietly collecting the town's past: photographs, ledgers and hours of interviews.\n\n"
    "This week, that collection finally found a permanent home. On Monday evening the district "
    "council voted to lease the old customs house to a new community trust for a token $1 a "
    "year and confirmed a heritage grant of $160,000 for shelving and digitisation. The Linden "
    "Bay Archive is expected to open to the public next autumn.\n\n"
    "The trust's first count found about 9,000 photographs and 380 tapes. Some of the "
    "photographs exist nowhere else.\n\n"
    "It began, Mrs Quinlan says, with a class project in 1979: ask your grandparents what the "
    "bay was like. Most pupils came back with a page of notes. One girl came back with an "
    "hour-long tape of her grandfather describing the last cannery strike.\n\n"
    "Volunteers will start moving the boxes in March, beginning with the photographs. The "
    "trust hopes to digitise the first 1,500 images before the doors open.\n\n"
    "Mrs Quinlan will not run it. She says the archive needs people with younger eyes.")


def test_a_dated_report_after_a_turn_of_nine_words_is_the_news_under_a_scene(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 122's check, en 1150: both summaries opened on the garage full of boxes and its
    labels, and the council's vote came after "This week, that collection finally found a
    permanent home." (nine words: a turn is no longer than `units.SHORT_TURN_WORDS` here)."""
    short, long = summarizer.summarize(_GARAGE_ARCHIVE, Language.ENGLISH, list(presets))
    assert "council voted" in " ".join(short.sentences), short.sentences
    assert not short.sentences[0].startswith("The shed")
    assert not long.sentences[0].startswith("The shed")


_ARCHIVE_HANDED_OVER = (
    "Архив учительницы из Красного Холма передадут области\n\n"
    "Антонина Фёдоровна Белякова достаёт с антресолей очередную коробку из-под обуви и ставит "
    "её на кухонный стол. Внутри — пожелтевшие конверты, перетянутые аптечной резинкой. Таких "
    "коробок в её квартире 74.\n\n"
    "Теперь её коллекция перестанет быть частным делом. В понедельник, 21 октября, Белякова "
    "подписала договор о передаче архива Государственному архиву Тверской области. Архивисты "
    "за два года оцифруют все материалы и выложат их в открытый доступ.\n\n"
    "Работы оплатит региональный фонд, выделивший на проект 2,4 млн руб. Первую партию — 18 "
    "коробок — увезут в Тверь уже в ноябре.\n\n"
    "Собирать письма она начала в 1979 г., когда вела в школе краеведческий кружок. Со временем "
    "люди сами стали приносить ей семейные альбомы.\n\n"
    "Районная администрация обещала выделить в музее зал для выставки копий документов. "
    "Открыть её планируют весной.")


def test_a_russian_summary_names_in_full_a_surname_whose_full_name_it_left_out(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 122's check, ru 1150: the short summary opened on «В понедельник, 21 октября,
    Белякова подписала договор …» and never said who she was; the scene that named «Антонина
    Фёдоровна Белякова» was left out."""
    short, _ = summarizer.summarize(_ARCHIVE_HANDED_OVER, Language.RUSSIAN, list(presets))
    assert "Антонина Фёдоровна Белякова подписала" in " ".join(short.sentences), short.sentences
    assert "Белякова достаёт" not in " ".join(short.sentences)


@pytest.mark.parametrize(("language", "update", "stale"), [
    # round 144, judged ru 1410 (short 2 below lead): words said "in addition" by the other side
    ("ru", "В NordPay дополнительно сообщили, что считают расторжение «преждевременным» и "
           "намерены оспорить размер компенсации.", True),
    ("en", "NordPay additionally said it considered the termination premature.", True),
    ("ru", "В NordPay сообщили, что отзывают иск и выплатят клубу долг.", False),
    # round 145, judged ru 1422 (short 2 below lead): a date that has not moved
    ("ru", "По данным Минтранса, расчистка завала идёт круглосуточно, сроки открытия движения "
           "не изменились.", True),
    ("en", "The ministry said the timetable for reopening the road has not changed.", True),
    ("ru", "По данным Минтранса, движение откроют уже в пятницу.", False),
    # round 126, kk 1194: when the new timetable of two routes will be published
    ("kk", "Қалалық көлік басқармасы №4 және №7 бағыттардың жаңа кестесі депоны көшіру "
           "басталғанға дейін, қыркүйектен кешіктірілмей жарияланатынын мәлімдеді.", True),
    ("en", "The operator said new timetables for routes 4 and 7 would be published before the "
           "move begins.", True),
    ("ru", "В управлении транспорта сообщили, что новое расписание маршрутов № 4 и № 7 будет "
           "опубликовано до переезда.", True),
    ("kk", "Кешке әкімдік депоны жабу туралы шешімді тоқтата тұрды.", False),
])
def test_an_update_that_only_tells_when_a_timetable_comes_is_stale(
        language: str, update: str, stale: bool) -> None:
    from summarizer.summarize import _stale_update
    from summarizer.units import Unit

    lead = Unit(("Әкімдік №1 трамвай депосын кварталға айналдыру жоспарын жария етті.",), 0, 0)
    assert _stale_update(Unit((update,), 5, 5), lead, Language(language)) is stale


_TURN_AFTER_A_CHAIN = (
    "Компания получила разрешение на бурение скважин на Камчатке\n\n"
    "Департамент по недропользованию выдал ООО «Северная энергия» разрешение на бурение "
    "четырёх разведочных скважин в Мильковском районе, где компания намерена построить "
    "геотермальную электростанцию мощностью 20 МВт. Документ подписан во вторник, сообщил"
    " в среду директор компании Павел Рябов.\n\n"
    "Впрочем, уже к вечеру планы компании оказались под вопросом.\n\n"
    "Проект оценивается в 6,2 млрд руб. По расчётам компании, станция позволит ежегодно "
    "замещать около 30 тыс. т привозного мазута. Первый блок компания планировала "
    "запустить в 2019 г.\n\n"
    "В правительстве края проект поддерживают. Министр энергетики края напомнил, что "
    "около 40% электроэнергии в регионе вырабатывается на привозном топливе.\n\n"
    "Строительство станции потребует прокладки 14 км дороги и линии электропередачи. "
    "Подрядчика компания намерена выбрать осенью.\n\n"
    "Геологи изучают месторождение с 1960-х гг. По их оценкам, температура теплоносителя "
    "на глубине 1,5 км превышает 200 °С, чего достаточно для выработки электроэнергии.\n\n"
    "На Камчатке уже работают две геотермальные станции общей мощностью около 60 МВт. Обе"
    " принадлежат государственной компании и были построены в конце 1990-х и начале "
    "2000-х гг.\n\n"
    "Компания рассчитывает, что строительство займёт около трёх лет, а на станции будут "
    "работать 45 человек. Большую часть оборудования планируется закупить у отечественных"
    " производителей.\n\n"
    "В посёлке Долиновка, где живут около 600 человек, мнения разделились. Часть жителей "
    "рассчитывает на новые рабочие места, другие опасаются за горячие источники, к "
    "которым приезжают туристы.\n\n"
    "Противники проекта с самого начала указывали на его экологические риски. Экологи "
    "считают, что бурение может нарушить режим источников. В компании эти опасения "
    "называли преувеличенными. Кроме того, по словам Рябова, в разрешении прописан "
    "ежемесячный мониторинг качества воды.\n\n"
    "Однако в среду вечером районный суд принял к рассмотрению иск экологов о признании "
    "разрешения на бурение незаконным. По ходатайству истцов суд запретил компании "
    "начинать работы до рассмотрения дела по существу. Первое заседание назначено на 15 "
    "сентября.")


def test_a_long_summary_tells_a_turn_that_ends_a_chain_without_its_but(
        presets: tuple[Length, Length]) -> None:
    """Round 127's check, ru 1208: «Однако в среду вечером … суд принял к рассмотрению иск …»
    leans on three sentences on the company's promises before it, too many to bring, and the
    long summary told the teaser «…планы компании оказались под вопросом.» and never the
    court; it comes without its «Однако» and alone."""
    _, long = ExtractiveSummarizer().summarize(_TURN_AFTER_A_CHAIN, Language.RUSSIAN,
                                               list(presets))
    assert "районный суд принял к рассмотрению иск" in long.text, long.text
    assert "Однако в среду" not in long.text


def test_a_kazakh_lead_that_tells_what_was_due_keeps_its_news_in_the_short_summary(
        presets: tuple[Length, Length]) -> None:
    """Round 126, kk 1200 (short 2 by both judges, lead 4): after a lead that tells what was
    due («…1 наурызда алғашқы науқастарын қабылдауы тиіс еді.»), the short summary's second
    pick is the news that it did not happen, not an update flagged over the story."""
    text = ("Жаңа аурухананың ашылуы кейінге шегерілді\n\nЖАҢАРТЫЛДЫ (22.04.2025, 16:45): "
            "Мақала жарияланғаннан кейін облыс әкімінің орынбасары Серік Омаров мердігердің "
            "жұмысын апта сайын тексеріп отыруды тапсырды.\n\n"
            "Павлодардағы облыстық аурухананың жаңа ғимараты 1 наурызда алғашқы науқастарын "
            "қабылдауы тиіс еді. Бірақ қала шетіндегі үш қабатты кешеннің есігі әлі жабық.\n\n"
            "Мемлекеттік қабылдау комиссиясы сәуірдің басында ғимаратты пайдалануға беруге "
            "рұқсат етпеді.\n\nЖобаның құны 8,9 млрд теңге деп бағаланған.\n\n"
            "Мердігер ескертулерді маусымға дейін жоюға міндетті.")
    short, _ = ExtractiveSummarizer().summarize(text, Language.KAZAKH, list(presets))
    assert "тапсырды" not in short.text, short.sentences


@pytest.mark.parametrize(("update", "comment"), [
    # round 128, ru 1217: told to the paper by its name, in the dative
    ("В УФНС по области «Волжскому вестнику» сообщили, что налог платят около 540 тыс. "
     "человек.", True),
    ("В пресс-службе министерства «Новой газете» пояснили, что решение окончательное.", True),
    # (judged ru 1021: a company's name, not the paper's, and a return to the old fares)
    ("В пресс-службе МУП «Городские автобусные линии» сообщили, что с понедельника "
     "возвращаются прежние тарифы.", False),
])
def test_an_update_told_to_the_paper_by_its_name_is_a_comment(update: str,
                                                              comment: bool) -> None:
    from summarizer.summarize import _TO_THE_EDITORS

    assert (_TO_THE_EDITORS.search(update) is not None) is comment


SCENE_HISTORY_THEN_A_REVIVAL_RU = (
    "Волонтеры спасли старую мельницу в карельской деревне\n\n"
    "В шесть утра над рекой еще висит туман, а Степан Ильич Горохов уже стоит у плотины. "
    "Смотрит на воду, слушает, как она шумит под колесом. Потом медленно идет к двери. На "
    "косяке вырезано: «1908».\n\n"
    "Мельницу в деревне Верхний Бор построил в 1908 г. прадед нынешнего хозяина, купец Илья "
    "Горохов: привез жернова из Олонца и поставил сруб на каменном основании у самого порога. "
    "Она пережила революцию, войну и закрытие колхоза в 1990-е.\n\n"
    "Этим летом мельница, которую еще весной считали обреченной, снова работает. "
    "За два месяца около 40 волонтеров из Петрозаводска и Санкт-Петербурга перекрыли крышу и "
    "заменили колесо.\n\n"
    "Беды начались осенью, когда паводок разрушил часть плотины. Ремонт обошелся в 860 тыс. "
    "руб., которые собрали в соцсетях.\n\n"
    "Администрация района обещала включить мельницу в туристический маршрут. Летом здесь "
    "откроют музей крестьянского быта.\n\n"
    "Степан Ильич говорит, что мука с мельницы уже продается на ярмарке в Кондопоге. В "
    "субботу он смолол первые 200 кг ржи.\n\n"
    "Волонтеры обещали вернуться осенью, чтобы утеплить дом мельника. Им нужны доски и "
    "гвозди.\n\n"
    "Следующий сбор средств откроется в сентябре.")


def test_a_revival_after_the_places_history_starts_the_news(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 139's check, ru 1348: under a keeper's walk along his hives and the apiary's
    founding in 1921, «Этим летом пасека, которую еще весной в селе считали обреченной, снова
    гудит.» told the news; the short summary was the walk."""
    short = summarizer.summarize(SCENE_HISTORY_THEN_A_REVIVAL_RU, Language.RUSSIAN,
                                 list(presets))[0]
    assert short.sentences[0].startswith("Этим летом мельница"), short.sentences


SCENE_IN_THE_PROGRESSIVE_KK = (
    "Қарабұлақтың «Шұғыласы» қайта жанды\n\n"
    "Жұма күні кешке Қарабұлақ ауылының шетіндегі ескі ғимараттың алдында елуге тарта адам "
    "жиналды. Біреулер балаларын ертіп келсе, енді біреулер орындық алып келіпті. Есік алдында "
    "70 жастағы Серік Омаров билет тексеріп тұр.\n\n"
    "Ол бұл ғимаратта жиырма жыл киномеханик болып істеген.\n\n"
    "Қарабұлақ ауылының тұрғындары 1970 жылы салынған «Шұғыла» кинотеатрын 25 жылдан кейін өз "
    "қаражатымен қалпына келтіріп, 3 қарашада алғашқы көрсетілімді өткізді.\n\n"
    "Жөндеуге тұрғындар жинаған 2,1 млн теңге жұмсалды.\n\n"
    "Кинотеатр аптасына екі рет жұмыс істейді.\n\n"
    "Аудан әкімдігі жаңа жабдық алуға көмектесетінін айтты.\n\n"
    "Келесі жылы мұнда балалар үйірмесі ашылады.\n\n"
    "Ауыл жастары ерікті ретінде жұмыс істейді.")


def test_a_kazakh_opening_whose_paragraph_goes_on_in_the_progressive_is_a_scene(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 140, kk 1366 (long 2 below lead): «Сенбі күні кешке … сұр ғимараттың алдында
    жүзге тарта адам кезекке тұрды. … Есік алдында 74 жастағы … билет тексеріп тұр.» was read
    as the news; the summaries never told that the cinema had reopened."""
    short = summarizer.summarize(SCENE_IN_THE_PROGRESSIVE_KK, Language.KAZAKH,
                                 list(presets))[0]
    assert short.sentences[0].startswith("Қарабұлақ ауылының тұрғындары"), short.sentences


SCENE_PERSON_THEN_THE_DAY_RU = (
    "В Луговом снова гасят свет перед сеансом\n\n"
    "Иван Петрович Соколов поднимается в кинобудку медленно, держась за перила. Ему 80 лет, и "
    "сорок из них он провел здесь, у двух старых проекторов.\n\n"
    "Пленку здесь больше не крутят. Рядом со старыми аппаратами стоит цифровой проектор. Но "
    "Соколов все равно пришел в субботу к шести вечера, чтобы лично дать сигнал к началу "
    "сеанса.\n\n"
    "В субботу, 14 октября, сельский кинотеатр «Искра» в селе Луговое впервые с 1995 г. "
    "принял зрителей. Здание восстановили сами жители: они собрали 1,2 млн руб.\n\n"
    "На первый показ пришли 150 человек.\n\n"
    "Кинотеатр построили в 1960 г. на деньги колхоза.\n\n"
    "В 1995 г. кинотеатр закрыли.\n\n"
    "Теперь сеансы будут проходить по субботам.\n\n"
    "В районной администрации инициативу поддерживают.\n\n"
    "Летом здесь откроют детский киноклуб.")


def test_what_the_scenes_person_did_that_day_is_not_the_news(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 140, ru 1366 (short 1 and long 2 below lead): «Но Шестаков все равно пришел в
    субботу к шести вечера …» under the old projectionist's climb to the booth was read as a
    dated report, so both summaries were the booth, not the cinema's reopening."""
    short = summarizer.summarize(SCENE_PERSON_THEN_THE_DAY_RU, Language.RUSSIAN,
                                 list(presets))[0]
    assert short.sentences[0].startswith("В субботу, 14 октября, сельский кинотеатр"), \
        short.sentences


@pytest.mark.parametrize(("sentence", "teases"), [
    # (round 143's check, ru 1406: its summaries told it and never the fund walking out)
    ("Впрочем, как выяснилось уже через несколько дней, до рельсов дело может и не дойти.",
     True),
    ("Впрочем, уже к вечеру планы компании оказались под вопросом.", True),
    ("Уже через несколько дней вагоны пошли по новой линии.", False),
    # (an obstacle told as come up, not yet what it is: round 142, judged ru 1388)
    ("Однако в четверг, 24 мая, у проекта появилось серьезное препятствие.", True),
    ("On Thursday, however, the project hit a serious snag.", True),
    ("Алайда бейсенбі күні жоба күтпеген кедергіге тап болды.", True),
    ("The crews cleared the last obstacle on Thursday.", False),
    # (a date put in doubt, a project turned another way: round 143, judged kk 1406)
    ("Алайда кешке қарай бұл мерзім күмән тудыра бастады.", True),
    ("Алайда таныстырылымнан бірнеше сағат өткен соң жоба басқа арнаға бұрылды.", True),
    ("Өзен арнаға қайта оралды.", False),
    # (a deal told as working at first: round 143, judged ru 1400)
    ("Поначалу так и выглядело: уже через три дня через границу прошли первые составы.", True),
    ("At first, that seemed to be the case: the first trains crossed within three days.", True),
    ("Алғашында солай болып көрінді: үш күннен кейін алғашқы құрамдар шекарадан өтті.", True),
    ("Поначалу составы шли медленно, но к вечеру движение наладилось.", False),
    # (a dispute told as not over yet: round 183's check, kk 1880, whose short summary closed on
    # it and never told the annulment)
    ("Алайда бұл дау әлі бітпеген сияқты.", True),
    ("Алайда сот дауы мұнымен аяқталған жоқ.", True),
    ("Жөндеу жұмыстары әлі аяқталған жоқ.", False),
    ("Однако спор, судя по всему, еще не окончен.", True),
    ("Құрылыс әлі бітпеген.", False),
    ("Ремонт еще не закончен.", False),
    # (a new stage of the dispute begun: round 193's check, kk 2000, whose short summary told
    # when the claim was filed in place of the appeal)
    ("Алайда шешім заңды күшіне енбей жатып, даудың жаңа кезеңі басталды.", True),
    ("Однако не успело решение вступить в силу, как начался новый этап спора.", True),
    ("Before the ruling could take effect, however, a new chapter in the dispute began.", True),
    ("Мектепте жаңа оқу кезеңі басталды.", False),
    ("A new chapter in the town's history began in 1901.", False),
    # (a party back in court, with no word of how: round 203, en 2126, whose long summary told
    # it after the application for leave to appeal)
    ("By the evening, however, the company had gone back to court.", True),
    ("The company went back to court to seek damages from the council.", False),
])
def test_a_plan_told_as_maybe_never_carried_out_teases_a_turn(sentence: str,
                                                              teases: bool) -> None:
    from summarizer.summarize import _teases_turn
    from summarizer.units import Unit

    assert _teases_turn(Unit((sentence,), 2, 2)) is teases


_TEASER_THEN_REPORT = (
    "Трассу водовода утвердили, но суд запретил вырубку\n\n"
    "ПЕРМЬ, 12 мая — Правительство Пермского края во вторник, 10 мая, утвердило проект "
    "планировки трассы водовода длиной 31 км, который к концу 2016 г. должен дать чистую воду "
    "семи поселкам с населением около 6 тыс. человек. Почти 4 км трассы проходят через "
    "городской лес — и именно этот участок уже через двое суток оказался под вопросом.\n\n"
    "Заказчиком выступает краевое ГКУ «Управление капстроительства». Проект оценивается в "
    "820 млн руб.\n\n"
    "Трубу диаметром 400 мм проложат от насосной станции на Каме. Работы планировалось начать в "
    "июле.\n\n"
    "В поселках решение встретили с облегчением. Многие дома здесь до сих пор берут воду из "
    "колодцев.\n\n"
    "Однако в четверг, 12 мая, у проекта появилось серьезное препятствие. Общественная "
    "организация «Зеленый патруль» и четверо жителей подали в краевой суд заявление о "
    "признании постановления недействующим в части участка в лесу. Суд в качестве "
    "обеспечительной меры запретил вырубку деревьев на спорных 4 км.\n\n"
    "В управлении назвали обращение в суд ожидаемым. Подготовительные работы на остальных 27 км "
    "начнутся в июле.")


def test_a_turn_told_first_as_a_teaser_is_told_by_the_report_after_it(
        presets: tuple[Length, Length]) -> None:
    """Round 142, judged ru 1388 (short a point below lead): the short summary closed on «В
    четверг, 24 мая, у проекта появилось серьезное препятствие.», and never told the court
    application the sentence after it in its paragraph reports."""
    short, _ = ExtractiveSummarizer().summarize(_TEASER_THEN_REPORT, Language.RUSSIAN,
                                                list(presets))
    assert "серьезное препятствие" not in short.text, short.text
    assert "подали в краевой суд" in short.text, short.text


@pytest.mark.parametrize(("sentence", "language", "turn"), [
    # (round 143, judged en 1406: a risk told earlier, then told as come true)
    ("On Wednesday afternoon, that risk became real.", "en", True),
    ("By Friday, those fears had come true.", "en", True),
    ("The risk is real, engineers said.", "en", False),
    ("В среду этот риск стал реальностью.", "ru", True),
    ("Опасения жителей оправдались уже через день.", "ru", True),
    ("Риск остается высоким.", "ru", False),
    ("Сәрсенбі күні бұл қауіп шындыққа айналды.", "kk", True),
    ("Қауіп әлі де жоғары.", "kk", False),
])
def test_a_fear_told_as_come_true_is_a_turn(sentence: str, language: str, turn: bool) -> None:
    from summarizer.units import is_short_turn

    assert is_short_turn(sentence, language) is turn


_RISK_THEN_REPORT = (
    "Harbour ferry wins its subsidy, but its builder goes bust\n\n"
    "Kelso Bay District Council on Monday approved a $6.4 million subsidy to restart the "
    "harbour ferry between Kelso Bay and Marram Point, a service that stopped running in 1987, "
    "after a three-hour debate and a 9-3 vote. Within a day, however, the plan's most "
    "important contract was in doubt.\n\n"
    "Under the scheme, the council would pay for a new wharf and two electric ferries, and a "
    "community trust would run the service on weekends and in the school holidays.\n\n"
    "Council staff estimated the ferry would carry about 40,000 passengers a year, with fares "
    "covering about a third of its running costs.\n\n"
    "Councillor Ana Petrie, who voted against, said the plan depended on a single small "
    "boatyard finishing both hulls on time and that the council had no fallback.\n\n"
    "On Tuesday afternoon, that risk became real. Tidewater Marine, the Whangarei boatyard "
    "that signed a $2.1 million contract in May to build the two ferries, said it had been "
    "placed in receivership after a customer in Fiji failed to pay for a fishing vessel.\n\n"
    "The trust said it was disappointed but would wait for the council's advice. Staff are "
    "due to report on options at the council's meeting on 4 August.")


def test_a_risk_told_as_come_true_tells_the_turn_after_it(
        presets: tuple[Length, Length]) -> None:
    """Round 143, judged en 1406 (short and long below lead): "On Wednesday afternoon, that
    risk became real." was not read as a turn, so neither summary told the tramcar restorer's
    administration after the teaser "…the plan's most important contract was in doubt."."""
    short, long = ExtractiveSummarizer().summarize(_RISK_THEN_REPORT, Language.ENGLISH,
                                                   list(presets))
    assert "receivership" in short.text, short.text
    assert "receivership" in long.text, long.text


_AT_FIRST_THEN_ENDED = (
    "Мировое соглашение по элеватору в Ишиме продержалось девять дней\n\n"
    "ТЮМЕНЬ, 28 марта — Мировое соглашение, которое агрохолдинг «Тоболагро» и перевозчик "
    "«Сибирская логистика» подписали 11 марта в Тюмени, должно было закрыть трёхмесячный спор "
    "вокруг 96 тыс. т зерна, застрявшего на элеваторе в Ишиме. Поначалу так и выглядело: уже "
    "через три дня с элеватора ушли первые 40 вагонов.\n\n"
    "Спор начался в декабре, когда перевозчик перестал подавать вагоны, сославшись на долг "
    "агрохолдинга в 214 млн руб.\n\n"
    "По условиям соглашения «Тоболагро» обязался погасить долг двумя траншами до 25 марта.\n\n"
    "График не соблюдался. Первый транш к 18 марта на счёт перевозчика не поступил, а из 300 "
    "обещанных вагонов подали только 110. В среду вечером «Сибирская логистика» уведомила "
    "партнёра о расторжении соглашения и вновь прекратила подачу вагонов.\n\n"
    "В «Тоболагро» назвали решение перевозчика поспешным. Областной департамент АПК "
    "предложил сторонам встретиться на следующей неделе.")


def test_a_deal_told_as_working_at_first_is_told_by_its_end(
        presets: tuple[Length, Length]) -> None:
    """Round 143, judged ru 1400 (short and long below lead): «Поначалу так и выглядело: …»
    after a deal that «должно было закрыть» a dispute was the short summary's second sentence,
    and «…уведомил партнёра о расторжении соглашения …» was read as no turn at all."""
    short, long = ExtractiveSummarizer().summarize(_AT_FIRST_THEN_ENDED, Language.RUSSIAN,
                                                   list(presets))
    assert "о расторжении соглашения" in short.text, short.text
    assert "Поначалу" not in short.text, short.text
    assert "о расторжении соглашения" in long.text, long.text


_WHEN_THEN_LATER = (
    "Riverside arena's naming deal collapses weeks after approval\n\n"
    "SPOKANE, Wash. — When the Spokane Park Board voted 5-2 on Feb. 6 to rename Riverside "
    "Arena after a local battery maker, supporters called it the richest sponsorship in the "
    "city's history. Less than two months later, the agreement is dead and the arena has its "
    "old name back.\n\n"
    "The 10-year contract with Voltline Cells was worth $9.5 million and would have turned the "
    "8,000-seat arena into \"Voltline Center\" from March 1, covering new seats in two stands "
    "and most of the arena's maintenance backlog, which reached $1.4 million last year.\n\n"
    "The arena hosts the city's minor-league hockey team, the state wrestling finals and about "
    "70 concerts and shows a year, according to the park department.\n\n"
    "The first payment of $950,000 was due on March 15. It did not arrive. Voltline filed for "
    "bankruptcy on March 20.\n\n"
    "Removing the new signs will cost about $60,000, the park department said.")


def test_a_past_event_whose_paragraph_goes_on_to_what_came_later_is_the_news(
        presets: tuple[Length, Length]) -> None:
    """Round 146's check, en 1436: "When the Tacoma City Council voted 7-2 on March 4 to
    rename Harborview Stadium …, supporters called it the biggest sponsorship deal … . Less
    than two months later, the agreement is dead …" was read as a scene over a buried lede, and
    both summaries opened on the contract's terms, never saying the deal was dead."""
    short, _ = ExtractiveSummarizer().summarize(_WHEN_THEN_LATER, Language.ENGLISH,
                                                list(presets))
    assert short.sentences[0].startswith("When the Spokane Park Board voted"), short.sentences
    assert "the agreement is dead" in short.text, short.text


@pytest.mark.parametrize(("sentence", "later"), [
    ("Less than two months later, the agreement is dead.", True),
    ("Three weeks later, the mill was shut.", True),
    ("Спустя неполных два месяца соглашение расторгнуто.", True),
    ("Не прошло и двух месяцев, как сделка сорвалась.", True),
    ("Екі айға жетпей келісім бұзылды.", True),
    ("Later that year, the mill was shut.", False),
    ("Спустившись к реке, он остановился.", False),
])
def test_how_long_after_the_opening_the_next_sentence_comes(sentence: str, later: bool) -> None:
    from summarizer.summarize import _SO_LONG_LATER

    assert (_SO_LONG_LATER.match(sentence) is not None) is later


_OVERTAKEN_UNDER_A_HEADING = (
    "Lake Verna weather station to close after 51 years as money runs out\n\n"
    "A weather station that has recorded rain, snow and ice on Lake Verna every day since 1973 "
    "will close at the end of May, its owner announced on Tuesday, after a search for new "
    "funding failed.\n\n"
    "The Northern Lakes Society, a small volunteer-run charity, said it could no longer pay the "
    "station's running costs of about $85,000 a year after losing a provincial grant.\n\n"
    "The station's record is one of the longest unbroken series of lake-ice dates in the "
    "country, and researchers at three universities use it.\n\n"
    "\"We have tried everyone we could think of,\" society chair Irene Dahl said.\n\n"
    "Province reverses course\n\n"
    "However, the society's announcement was overtaken by events within hours.\n\n"
    "At 7pm on Tuesday, the provincial environment ministry issued a statement saying it would "
    "provide $170,000 to keep the station running for two more years while a permanent owner "
    "was found.\n\n"
    "The ministry said the money would come from an existing research fund. It will ask the "
    "society to raise a quarter of the costs from other sources.")


def test_a_line_that_only_says_the_news_was_overtaken_is_told_by_the_report_after_it(
        presets: tuple[Length, Length]) -> None:
    """Round 146's check, en 1442: "However, the trust's announcement was overtaken by events
    within hours." under the subheading "Government reverses course" was taken for the update
    itself, so the summaries told the closure and never the ministry's money (the short one
    found no cut of it to fit)."""
    short, long = ExtractiveSummarizer().summarize(_OVERTAKEN_UNDER_A_HEADING,
                                                   Language.ENGLISH, list(presets))
    assert "$170,000" in short.text, short.text
    assert "$170,000" in long.text, long.text
    # (a line that says so, where it is told, comes right before the report: after it, it
    # would point back at nothing)
    link = "However, the society's announcement was overtaken by events within hours."
    if link in long.sentences:
        assert long.sentences[long.sentences.index(link) + 1].startswith("At 7pm on Tuesday"), \
            long.sentences


_LICENCE_REVOKED_THAT_EVENING = (
    "Стадион «Заречный» получил имя банка, но вечером банк лишился лицензии\n\n"
    "ПЕНЗА, 6 июля. Футбольный клуб «Зенит-Пенза» и банк «Сурский кредит» в понедельник "
    "подписали пятилетний контракт, по которому стадион «Заречный» с 1 августа будет называться "
    "«Сура Арена». Сумма сделки составила 120 млн руб.\n\n"
    "Церемония прошла днём на поле стадиона. Как выяснилось уже к вечеру, торжество оказалось "
    "преждевременным.\n\n"
    "Стадион построен в 1968 г. и вмещает 12 тыс. зрителей. Клуб управляет им по аренде.\n\n"
    "Эксперты сочли цену сделки разумной. В регионах такие контракты пока редкость.\n\n"
    "Однако около 18:00 Банк России объявил об отзыве лицензии у «Сурского кредита». В банк "
    "назначена временная администрация.\n\n"
    "Клуб намерен искать нового партнёра.")


def test_a_licence_revoked_at_an_hour_after_its_but_is_the_story_s_turn(
        presets: tuple[Length, Length]) -> None:
    """Round 146's check, ru 1436: «Однако около 18:00 Банк России объявил об отзыве лицензии
    …» was neither a reversal nor dated later on (its hour came after «Однако»), so neither
    summary told why the stadium's new name was dropped."""
    short, long = ExtractiveSummarizer().summarize(_LICENCE_REVOKED_THAT_EVENING,
                                                   Language.RUSSIAN, list(presets))
    assert "отзыве лицензии" in short.text, short.text
    assert "отзыве лицензии" in long.text, long.text


def test_a_line_that_only_says_news_came_hands_over_to_the_news(
        presets: tuple[Length, Length]) -> None:
    """Round 146's check, ru 1438: under a family's kitchen-table scene, «В понедельник, 30
    октября, семья получила неожиданно хорошую новость.» opened both summaries, «семья» named
    nowhere in them, before the bank's rate freeze it leads to."""
    text = (DATA / "ru" / "1438.txt").read_text(encoding="utf-8")
    short, long = ExtractiveSummarizer().summarize(text, Language.RUSSIAN, list(presets))
    assert short.sentences[0].startswith("Самарский банк «Волга-Кредит» объявил"), \
        short.sentences
    assert long.sentences[0].startswith("Самарский банк «Волга-Кредит» объявил"), long.sentences


@pytest.mark.parametrize(("sentence", "came"), [
    ("В понедельник, 30 октября, семья получила неожиданно хорошую новость.", True),
    ("On Monday, the family got some unexpected good news.", True),
    ("Дүйсенбі күні отбасы күтпеген жақсы жаңалық естіді.", True),
    ("Семья получила квартиру в новом доме.", False),
])
def test_news_told_as_come_to_the_scene_s_people(sentence: str, came: bool) -> None:
    from summarizer.summarize import _NEWS_CAME

    assert (_NEWS_CAME.search(sentence) is not None) is came


@pytest.mark.parametrize(("sentence", "language", "bare"), [
    # (round 146's check, ru 1442: how long after the news, past its "but")
    ("Однако в пятницу вечером, спустя несколько часов после объявления о закрытии, ситуация "
     "изменилась.", "ru", True),
    ("However, a few hours after the closure was announced, the picture changed.", "en", True),
    ("Однако в пятницу вечером правительство изменило порядок финансирования станции.", "ru",
     False),
])
def test_a_turn_told_with_how_long_after_is_a_bare_turn(sentence: str, language: str,
                                                        bare: bool) -> None:
    from summarizer.summarize import _bare_turn

    assert _bare_turn(sentence, Language(language)) is bare


@pytest.mark.parametrize(("language", "name", "turn"), [
    # (round 146's check, ru 1442: «Однако в пятницу вечером, спустя несколько часов после
    # объявления о закрытии, ситуация изменилась.» was too long to read as a bare turn, so the
    # short summary told the glacier station's closure and never the government taking it on)
    ("ru", "1442", "Правительство Республики Алтай"),
    # (round 147's check, en 1448: "On Tuesday, the Ministry of Mines ordered the suspension of
    # all underground operations …" was no reversal, so the short summary told the company's
    # restart plan («…found them safe.») that the order undid)
    ("en", "1448", "ordered the suspension"),
    # (round 147, judged ru 1454, short 1.5 below lead: the short summary told the seller's
    # maybe («…может перенести срок оплаты на 15 июня …», read as a reversal under the story's
    # update mark) and never «…«СтепьИнвест» сообщила, что приостанавливает перечисление …»,
    # which «Вечером в четверг … сделка оказалась под угрозой.» dates and which needs no such
    # line in a short summary)
    ("ru", "1454", "приостанавливает перечисление"),
])
def test_a_short_summary_tells_the_story_s_later_turn(language: str, name: str, turn: str,
                                                      presets: tuple[Length, Length]) -> None:
    """Judged articles whose short summary told the story before its turn, and not the turn."""
    text = (DATA / language / f"{name}.txt").read_text(encoding="utf-8")
    short, _ = ExtractiveSummarizer().summarize(text, Language(language), list(presets))
    assert turn in short.text, short.text


@pytest.mark.parametrize(("name", "news"), [
    # (round 146's check, kk 1432: «Бейсенбі, таңғы сағат алты жарым.» over a bus stop)
    ("1432", "төрт күндік оқу аптасына көшті"),
    # (judged kk 880: «Сейсенбі, кешкі сағат жеті.» over a village club)
    ("880", "бас жүлдеге ие болды"),
])
def test_a_time_fragment_with_four_words_after_its_comma_sets_a_scene(
        name: str, news: str, presets: tuple[Length, Length]) -> None:
    """A day and an hour of up to four words after the comma («Бейсенбі, таңғы сағат алты
    жарым.») is a fragment that sets a scene, not the dated news: both summaries of these were
    the scene under it."""
    text = (DATA / "kk" / f"{name}.txt").read_text(encoding="utf-8")
    short, _ = ExtractiveSummarizer().summarize(text, Language.KAZAKH, list(presets))
    assert news in short.sentences[0], short.sentences


@pytest.mark.parametrize(("language", "name", "link", "news"), [
    # (round 147's check, en 1450, under a woman's porch-side notes on the plant's smoke)
    ("en", "1450", "On Tuesday, the state agreed with at least part of what she saw.",
     "The West Virginia Department of Environmental Protection announced"),
    # (judged ru 868, under a mother's letters from her son in a prison colony)
    ("ru", "868", "Что случилось, она узнала только на прошлой неделе",
     "В среду причину карантина официально назвало ГУФСИН"),
])
def test_a_dated_line_that_points_back_at_the_scene_s_person_hands_over_to_the_report(
        language: str, name: str, link: str, news: str,
        presets: tuple[Length, Length]) -> None:
    """A short dated line under a scene that names nobody and points back at its person only by
    a pronoun ("…what she saw") is the link, not the news: the report after it is."""
    text = (DATA / language / f"{name}.txt").read_text(encoding="utf-8")
    short, _ = ExtractiveSummarizer().summarize(text, Language(language), list(presets))
    assert short.sentences[0].startswith(news), short.sentences
    assert link not in short.text, short.text


def test_a_run_told_as_held_until_this_week_turns_to_the_news(
        presets: tuple[Length, Length]) -> None:
    """Round 147's check, en 1444: "They lost each round until this week." ends the background
    of a village's fight against a landfill; the paragraph after it, "On Wednesday, the Regional
    Court in Ostrava sided with them. …", is the news, which neither summary told."""
    from summarizer.units import is_short_turn

    assert is_short_turn("They lost each round until this week.", "en")
    assert not is_short_turn("They will keep fighting until next year.", "en")
    text = (DATA / "en" / "1444.txt").read_text(encoding="utf-8")
    short, _ = ExtractiveSummarizer().summarize(text, Language.ENGLISH, list(presets))
    assert "annulled the permit" in short.text, short.text


@pytest.mark.parametrize(("sentence", "scene"), [
    # (round 147's check, kk 1450: a woman on her balcony over the plant's fine)
    ("Таңғы сағат жетіде Сәуле Ахметова балконға шығып, кеше кешке ілген ақ жаймасын саусағымен "
     "сипап көреді.", True),
    ("Кеше Екібастұзда жаңа жылу орталығы іске қосылды.", False),
    ("Жаңа кесте 1 наурыздан бастап күшіне енеді.", False),
])
def test_a_kazakh_opening_in_the_present_with_no_date_of_its_own_is_a_scene(
        sentence: str, scene: bool) -> None:
    from summarizer.summarize import _kazakh_scene_in_present

    assert _kazakh_scene_in_present(sentence, Language.KAZAKH) is scene


@pytest.mark.parametrize(("sentence", "language"), [
    ("Бұл жолы жауап басқаша болды.", "kk"),
    ("На этот раз ответ был другим.", "ru"),
    ("This time, the answer was different.", "en"),
])
def test_this_time_another_answer_is_a_turn(sentence: str, language: str) -> None:
    from summarizer.units import is_short_turn

    assert is_short_turn(sentence, language)


def test_a_kazakh_scene_in_the_present_gives_way_to_the_answer_this_time(
        presets: tuple[Length, Length]) -> None:
    """Round 147's check, kk 1450: both summaries were a woman touching soot on her washing,
    «кеше кешке ілген» read as the dated news, over «Бұл жолы жауап басқаша болды. … экология
    департаменті … 1 млрд 870 млн теңге көлемінде әкімшілік айыппұл салды.»."""
    text = (DATA / "kk" / "1450.txt").read_text(encoding="utf-8")
    short, _ = ExtractiveSummarizer().summarize(text, Language.KAZAKH, list(presets))
    assert "айыппұл салды" in short.sentences[0], short.sentences


def test_a_place_where_building_may_start_turns_from_the_scene_to_the_news(
        presets: tuple[Length, Length]) -> None:
    """Round 148's check, ru 1462: «Через год на этом месте может начаться стройка.» ends an old
    fan's seat in the stand; «Совет директоров ФК «Прибой» в понедельник одобрил продажу
    стадиона …» after it is the news, which neither summary told."""
    from summarizer.units import is_short_turn

    assert is_short_turn("Через год на этом месте может начаться стройка.", "ru")
    assert not is_short_turn("На этом месте раньше стоял склад.", "ru")
    text = (DATA / "ru" / "1462.txt").read_text(encoding="utf-8")
    short, _ = ExtractiveSummarizer().summarize(text, Language.RUSSIAN, list(presets))
    assert short.sentences[0].startswith("Совет директоров ФК «Прибой»"), short.sentences


def test_the_headings_of_a_story_under_a_dateline_are_no_digest(
        presets: tuple[Length, Length]) -> None:
    """Round 143, judged ru 1404 (short a point below lead): a story under its dateline with
    headings ("Как развивался пожар", "Что дальше") was ranked as a digest, each section's first
    sentence weighed as a lead, and the short summary took the first one under a heading for
    its second sentence («Первым задымление заметил дежурный диспетчер …») over the lead's own
    («Огонь уничтожил рабочую башню …»)."""
    text = ("Пожар на складе в Рубцовске уничтожил 12 тыс. т удобрений\n\n"
            "РУБЦОВСК, 3 октября — Пожар на складе ООО «Агрохим-Алтай» в Рубцовске, начавшийся "
            "вечером в понедельник, удалось полностью ликвидировать лишь к утру среды. Огонь "
            "уничтожил два складских корпуса и погрузочную эстакаду. По предварительной оценке, "
            "сгорело около 12 тыс. т минеральных удобрений. Двое рабочих получили ожоги.\n\n"
            "Как развивался пожар\n\n"
            "Первым дым заметил сторож около 21:10 в понедельник. Он вызвал пожарных и "
            "предупредил соседей. К тушению привлекли 64 человека и 18 единиц техники.\n\n"
            "Пожарные работали всю ночь. Открытое горение локализовали к 05:30 вторника.\n\n"
            "Что дальше\n\n"
            "Разбор завалов займет не менее месяца. Компания оценивает ущерб в 140 млн руб.\n\n"
            "Причины пожара установит экспертиза.")
    short, _ = ExtractiveSummarizer().summarize(text, Language.RUSSIAN, list(presets))
    assert "Первым дым заметил сторож" not in short.text, short.text


OFF_HEADLINE_OPENING_KK = (
    "Стадионға демеуші атын беру туралы келісім бұзылды: клуб миллиардтан қағылуы мүмкін\n\n"
    "Павлодардың орталық ойын алаңы жарты жыл бойы аталып келген «Ертіс Арена» есімінен айырылатын "
    "болды. «Ертіс Энерго» АҚ 14 қыркүйекте «Павлодар» футбол клубына стадионға атау беру туралы "
    "келісімді біржақты тәртіппен бұзатыны жөнінде ресми хат жолдады. Ақпанда қол қойылған "
    "келісімнің жалпы құны 1,5 млрд теңге болатын, бірақ клуб соның 150 млн теңгесін ғана алып "
    "үлгерді.\n\nОсылайша клуб алдағы жылдары есептеп отырған 1,35 млрд теңгеден қағылуы мүмкін. "
    "Бұл сома команданың жылдық бюджетінің жартысына жуық. Хатта келісімді бұзудың бірнеше себебі "
    "аталған, алайда олардың кейбірімен клуб келіспейді.\n\nАқпанда басталған жоба\n\nКелісімге "
    "2019 ж. 12 ақпанда Павлодарда салтанатты жағдайда қол қойылды. Рәсімге облыс әкімінің "
    "орынбасары, клуб басшылығы және компанияның бас директоры қатысты. Компания жылу мен электр "
    "энергиясын өндіреді.\n\nКлуб заңгерлері айыппұл талап етуге дайындалып жатыр. Келісім бойынша "
    "кінәлі тарап жылдық төлемнің жартысын өтеуі тиіс.\n\nЖанкүйерлер клуб басшылығына ашық хат "
    "жазды. Олар стадионға бұрынғы атауын қайтаруды сұрайды.\n\nОблыс әкімдігі клубқа қосымша "
    "субсидия бөлу мәселесін қарайтынын айтты. Шешім қазан айының соңына дейін қабылданады.\n\n"
    "Клуб жаңа демеуші іздеуді бастады. Бірнеше компания қызығушылық танытқан.\n\nКоманда келесі "
    "ойынын 20 қыркүйекте өз алаңында өткізеді.")


SCENE_ENDS_AT_A_CONTRAST_KK = (
    "Ескі көпір: ауыр техника енді өтпейді\n\nБекзат Сәрсенов Қызылжар көпірін жақсы біледі. 1968 "
    "жылдың жазында, жеті жасар бала кезінде, ол атасымен бірге көпірдің ашылуына келіп, арғы "
    "бетке алғаш өткен көліктің артынан жүгірген. Содан бері елу жылдан астам уақыт өтті. Соңғы он "
    "бес жыл бойы 58 жастағы шаруа жыл сайын өз жүк көлігімен шөпті осы көпір арқылы тасып "
    "келді.\n\nБірақ келер көктемде Бекзат ағаның жүк көлігі бұл көпірге шыға алмайды. Батыс "
    "Қазақстан облысының жолдар басқармасы 1 сәуірден бастап Қызылжар көпірі арқылы салмағы 12 "
    "тоннадан асатын көліктердің өтуіне тыйым салды. Шешім наурыз айындағы тексеру нәтижесінде "
    "қабылданды.\n\nКөпір 1968 жылы салынған. Тәулігіне 90 жүк көлігі өтеді.\n\nӨрт сөндіру бөлімі "
    "өзеннің арғы жағасында орналасқан. Өрт сөндіру көлігінің салмағы 14 тонна.\n\nТұрғындар облыс "
    "әкіміне хат жазды. Олар уақытша өткел салуды сұрайды.\n\nБасқарма жаңа көпірдің жобасын 2020 "
    "жылы дайындауды жоспарлап отыр. Құрылыс құны 3 млрд теңгеге бағаланады.\n\nАудан әкімдігі "
    "мектеп автобустары бұрынғыдай өтетінін айтты.")


REPORT_AFTER_THEREFORE_RU = (
    "Казань лишила сервис проката велосипедов права работать\n\nИрина Лаптева выходит на "
    "набережную только днём. Прошлой весной 70-летнюю пенсионерку сбил подросток на прокатном "
    "велосипеде: он выехал из-за угла и не успел затормозить. Перелом руки, три месяца в гипсе.\n\n"
    "Такие истории в Казани за последние два года стали почти обычными. Поэтому новость, которую "
    "мэрия объявила во вторник, многие горожане встретили с облегчением: город расторгает "
    "соглашение с сервисом проката «Педаль» и исключает его из реестра операторов. До 1 сентября "
    "компания обязана убрать с улиц все свои 2 тыс. велосипедов.\n\nПо данным мэрии, инспекторы "
    "зафиксировали 25 нарушений. Среди них брошенные велосипеды и прокат детям.\n\nВ «Педали» "
    "решение назвали несоразмерным. Компания готовит иск.\n\nВ сервисе работают около 120 человек. "
    "Что будет с ними, пока не ясно.\n\nВ городе работают ещё два сервиса проката. Их соглашения "
    "действуют до 2025 г.\n\nМэрия обещает объявить новый конкурс осенью.")


@pytest.mark.parametrize(("text", "language", "start"), [
    # Round 144's check, kk 1410: under an opening that shares little with the headline
    # («Орал қаласының орталық стадионы … атауынан айырылатын болды.»), its own paragraph reports
    # the dated news (the sponsor's letter breaking the deal); the summaries opened instead on
    # the deal's signing in February, a dated step of the background two paragraphs down.
    (OFF_HEADLINE_OPENING_KK, Language.KAZAKH, "«Ертіс Энерго» АҚ 14 қыркүйекте"),
    # Round 144's check, kk 1408: «Бірақ келер күзде Сағындық ағаның КамАЗы бұл көпірге шыға
    # алмайды.» turns the farmer's scene to the news right after it (the weight limit on the
    # bridge), but the short summary was the scene itself.
    (SCENE_ENDS_AT_A_CONTRAST_KK, Language.KAZAKH, "Батыс Қазақстан облысының жолдар басқармасы"),
    # Round 145's check, ru 1420: «Поэтому новость, которую городская администрация объявила в
    # понедельник, многие пешеходы встретили с облегчением: мэрия расторгает соглашение …» leans
    # on the scene only by «Поэтому»; the summaries opened instead on the dated sentence after
    # it, «До 1 августа компания обязана …», which never named the company.
    (REPORT_AFTER_THEREFORE_RU, Language.RUSSIAN, "Новость, которую мэрия объявила во вторник"),
], ids=["kk-off-headline-opening", "kk-contrast-ends-the-scene", "ru-report-after-therefore"])
def test_the_news_starts_past_a_scene_or_an_opening_off_the_headline(
        text: str, language: Language, start: str) -> None:
    first = _short(text, language, sentences=1)[0]
    assert first.startswith(start), first


def test_a_kazakh_short_summary_keeps_the_deed_the_headline_tells(
        presets: tuple[Length, Length]) -> None:
    """Round 172's check, kk 1747: the 75-word lead «…рәсімде … 43 жәдігерді Қазақстанға
    қайтару туралы келісімге қол қойып, тараптар арасында … келіссөздерге нүкте қойды.» was cut
    to «…қазып алынып… келіссөздерге нүкте қойды.», the agreement to return the artefacts lost;
    too long whole, the first deed is cut in turn and kept last."""
    short, _ = _summaries_of("kk", "1747", presets)
    assert "келісімге қол қойды" in short.text, short.text


def test_a_short_summary_lifts_no_order_it_never_told(presets: tuple[Length, Length]) -> None:
    """Round 171, ru 1736, short a point below lead as judged: the lead (the certificate
    suspended) and «2 апреля … апелляционный суд … отменил обеспечительные меры, …», measures
    the short summary never told."""
    short, _ = _summaries_of("ru", "1736", presets)
    assert "отменил обеспечительные меры" not in short.text or \
        "принял обеспечительные меры" in short.text, short.text


@pytest.mark.parametrize(("language", "name", "turn", "which"), [
    # (round 150's check, en 1484: "…Ashgrove said it would push the closure back by six
    # months, …" was no reversal, and "By late afternoon, however, the picture had changed." no
    # time later on, so the long summary told the first closing date alone)
    ("en", "1484", "push the closure back", "long"),
    # (round 150's check of judged en 638: "By late afternoon, however, the picture had
    # changed." leans on nothing, so its how never came in, and the withdrawal cut to "Harwood
    # & Price confirmed that it had withdrawn from the project." was too short for a turn)
    ("en", "638", "Harwood & Price confirmed that it had withdrawn", "short"),
    ("en", "638", "confirmed that it had withdrawn from the project", "long"),
    ("en", "1484", "push the closure back", "short"),
    # (round 151's check, en 1502: "By Thursday, the closure was in doubt again." was no
    # teaser, "…Marchetti vetoed the resolution, calling …" no reversal, and its cut before
    # ", calling" ended on "…": the short summary closed on the teaser)
    ("en", "1502", "Diane Marchetti vetoed the resolution.", "short"),
    # (round 153, judged en 1526, short 3 below lead: the regulator's halt had no cut before
    # "and ordered …", and the short summary told the heating rise alone)
    ("en", "1526", "said it had suspended the new tariff for 90 days", "short"),
    # (round 151's check, kk 1496: «…төрт сағаттан соң … Бауыржан Тілеуов … шұғыл мәлімдеме
    # жасады. Ол сот шешіміне … шағым беретінін хабарлады.» was no challenge told later, and
    # the long summary closed on the statement without what it said)
    ("kk", "1496", "апелляциялық алқасына шағым беретінін хабарлады", "long"),
    # (round 150's check, en 1490: "…the Ministry of Finance said it would not fund the
    # agreement." was no reversal, so the long summary told the deal and never its undoing)
    ("en", "1490", "would not fund the agreement", "long"),
    # (round 150's check, ru 1484: «Однако уже вечером ситуация изменилась. … компания
    # пересмотрела сроки.» was told no later on, so both summaries kept the first date)
    ("ru", "1484", "пересмотрела сроки", "short"),
    ("ru", "1484", "пересмотрела сроки", "long"),
    # (round 150's check, kk 1484: «…кенішті жабу мерзімі 2017 жылғы 31 желтоқсанға шегерілді.»
    # was no reversal, the closing plan before the teaser «…ол кезде ешкім болжаған жоқ.» was
    # taken for the turn, and the turn brought four quoted sentences before its line)
    ("kk", "1484", "31 желтоқсанға шегерілді", "short"),
    ("kk", "1484", "31 желтоқсанға шегерілді", "long"),
    # (round 153, judged ru 1520, long a point below lead: «Однако в пятницу эти планы пришлось
    # отменить. … предписание не запускать ни одну из установок …» was no reversal, so both
    # summaries told the restart plan and never the regulator's ban)
    ("ru", "1520", "предписание не запускать ни одну из установок", "short"),
    ("ru", "1520", "предписание не запускать ни одну из установок", "long"),
    # (round 154's check, ru 848: «…планы покупателя, однако, пришлось отложить.» tells only
    # that the plans turned, and the short summary took it in place of the court's ban)
    ("ru", "848", "принял обеспечительные меры и запретил регистратору", "short"),
    # (round 154's check, kk 1538: «…2,1 млрд теңге биылғы республикалық бюджеттен алынып
    # тасталғанын хабарлады.» was no reversal, and the short summary told the plan's cost)
    ("kk", "1538", "республикалық бюджеттен алынып тасталғанын", "short"),
    # (round 154, judged ru 1538, short 2 below lead: an update's halt of compensation claims
    # «…до утверждения окончательной трассы» was taken as the turn, and the body's «В четверг,
    # 24 октября, ситуация изменилась. …» opens its paragraph, so its how never came in)
    ("ru", "1538", "поручил им в течение месяца подготовить альтернативный вариант", "short"),
    ("ru", "1538", "поручил им в течение месяца подготовить альтернативный вариант", "long"),
    # (round 154, judged en 1532: the injunction "about seven hours after the contract was
    # signed" fitted neither beside the lead and a photo call nor cut, and the short summary
    # told the deal as done)
    ("en", "1532", "granted an interim injunction", "short"),
    # (round 155's check, kk 1550: the turn without its «Бірақ» still brought what «Бірақ»
    # leaned on, the deputy governor's praise and the jobs before it, and never fitted)
    ("kk", "1550", "жобалау жұмыстарын 2020 жылға дейін тоқтата тұратынын", "short"),
    ("ru", "1526", "совет директоров «Оренбургской меди» отказался утверждать", "short"),
    # (round 155's check, en 1550: "The celebrations did not last. At about 6 p.m., Portugal's
    # finance ministry … had been suspended pending a review …" was no turn told later, and
    # found no cut before "pending"; the short summary ended on the teaser)
    ("en", "1550", "had been suspended.", "short"),
    # (round 155's check, ru 1550: a signature disowned, «…заявление, в котором говорится, что
    # Батбаяр «не был уполномочен» подписывать соглашение …», was no reversal, and the long
    # summary told the teaser «…пришло заявление, которое может оставить проект на бумаге.»)
    ("ru", "1550", "«не был уполномочен» подписывать соглашение", "long"),
    # (round 156's check: ru 1562's «…правительство региона не готово софинансировать линию …»
    # was no reversal)
    ("ru", "1562", "не готово софинансировать линию", "long"),
    # (round 158's check, en 1580: "By Wednesday morning, that warning appeared to have come
    # true." over the county caucus's vote was no turn)
    ("en", "1580", "voted 8-3 not to bring the sales tax amendment to the floor", "long"),
    # (round 161, ru 1622: «…сообщила, что намерена обжаловать решение.» after «Однако уже через
    # несколько часов после оглашения решения история получила продолжение.» was no challenge,
    # and the long summary told the teaser alone)
    ("ru", "1622", "намерена обжаловать решение", "long"),
    # (round 161, kk 1616: «Ол … апелляциялық алқасына шағым беретінін хабарлады.» after «Бірақ
    # сот шешімі жарияланғаннан кейін үш сағат өткен соң … директоры … мәлімдеме жасады.»,
    # which leans on the residents' quotes by its "but", never fitted with that chain)
    ("kk", "1616", "апелляциялық алқасына шағым беретінін", "long"),
    # (round 161, kk 1622: «Осыдан кейін 29 тамызда аудан әкімдігі … қаулының күшін жойды.» was
    # taken to go on from an update, and the short summary told the closure alone)
    ("kk", "1622", "қаулының күшін жойды", "short"),
    # (round 161, ru 1616: «…отозвал свою подпись под протоколом.» was no reversal, and then it
    # leaned on «Ещё до 50 тыс. руб. …» and the protocol's terms before it by its «Однако»)
    ("ru", "1616", "отозвал свою подпись под протоколом", "long"),
    # (round 161, kk 1620, short 1.5 below lead as judged: «…шектеу 2013 жылғы қаңтарда …
    # қайта қаралады.», a review to come, was taken for the turn in place of the truck ban)
    ("kk", "1620", "жүк автокөлігімен елден шығаруға тыйым салынады", "short"),
    # (round 162, en 1634: "Then, shortly after 3pm, the council announced it had changed
    # course." was no turn, and the short summary told the full closure it undid)
    ("en", "1634", "with the bridge kept partly open", "short"),
    # (round 162, ru 1634: «В среду, 9 июня, администрация отступила.» was no turn, and the
    # long summary told the teaser «…этот план продержался меньше трех суток» and not the lane
    # reopened)
    ("ru", "1634", "на мосту откроют одну полосу", "long"),
    # (round 164, en 1658: "…issued temporary orders staying the magistrate's decision …" was
    # no reversal, nor told later by "He did not wait long. By 5pm his lawyers had filed an
    # appeal …" before it, and the short summary told the nullification alone; judged en 854
    # and en 668 told their watchdog's bar and the appeal after the lead only in the long)
    ("en", "1658", "staying the magistrate's decision", "short"),
    ("en", "854", "barring the region from completing the transaction", "short"),
    ("en", "668", "filed a notice of appeal", "short"),
    # (judged ru 1358: «…направила … уведомление о расторжении соглашения …» under the update
    # mark was no reversal, and the short summary told the deal as it was signed)
    ("ru", "1358", "уведомление о расторжении соглашения", "short"),
    # (round 164's check: «…сообщила, что обжалует решение …» was no challenge, and judged ru
    # 1154's short summary told the teaser «…ставить точку в споре, судя по всему, рано.» in
    # its place, judged ru 176's the contract's date)
    ("ru", "1154", "обжалует решение", "short"),
    ("ru", "176", "обжалует его в Восьмом арбитражном апелляционном суде", "short"),
    # (round 164, kk 1652: «Алайда оқиға осымен аяқталған жоқ. Кешке қарай … директорлар кеңесі
    # … агенттік шешіміне сот арқылы шағымдану туралы шешім қабылдады.» was no turn and no
    # challenge, and the summaries never told it)
    ("kk", "1652", "сот арқылы шағымдану туралы шешім қабылдады", "short"),
    # (round 164, ru 1658, long 2 below lead as judged: «Адвокат Клюева … сообщил, что его
    # доверитель обжалует решение …» after «Однако уже через два часа … ситуация получила
    # развитие.» brought the quotes before that line, and never fitted)
    ("ru", "1658", "обжалует решение в Тверском областном суде", "long"),
    # (round 166, en 1676: "…voted to reject the memorandum its own general secretary had
    # signed the day before." was no reversal, and the long summary told the teaser alone)
    ("en", "1676", "voted to reject the memorandum", "long"),
    # (round 167, en 1694: "Late on Thursday afternoon, the developer … said it would file a
    # complaint …" was told as no later step under "Within hours, however, the developer made
    # clear it was not ready to give up.", and kk 1694's «Алайда 12 қыркүйекте іс жаңа сатыға
    # өтті.» as no line before the appeal; their long summaries told the teaser alone)
    ("en", "1694", "would file a complaint against the refusal of leave to appeal", "long"),
    ("kk", "1694", "апелляциялық шағым түсірді", "long"),
    # (round 167, kk 1688, short 2 below lead as judged: «Кешке қарай бұл шешім күшін жойды.
    # Сағат 17:00-де қала әкімі … шұғыл кеңес өткізді.» gave the meeting for the turn, and
    # «…кестесінің толық жойылғанын ресми түрде растап, …» was no reversal)
    ("kk", "1688", "кестесінің толық жойылғанын", "short"),
    # (round 170, en 1724: the teaser under the lead tells the deal and its collapse whole,
    # where "The agreement did not last the week. On Tuesday, the assembly said its pledge
    # needed …" told neither; and judged ru 1238 and kk 1142, whose short summaries told the
    # bankruptcy claim and the elephant's arthritis, never the signing or the move halted)
    ("en", "1724", "has since collapsed", "short"),
    ("ru", "1238", "приостанавливает подписание договора", "short"),
    ("kk", "1142", "көшірудің тоқтатылғанын", "short"),
    # (round 171, en 1742: "By Wednesday evening, however, a central part of the plan had
    # fallen apart." closed the long summary, Madrid's refusal never told)
    ("en", "1742", "did not meet the threshold for a disaster declaration", "long"),
    # (round 190's check: kk 1970's «Алайда іс мұнымен тоқтаған жоқ. Бүгін … шағым түсірді.»
    # was no challenge told as later, and ru 1970's «…комитет … отозвал приказ.» no reversal;
    # their short summaries told the ruling and the closure alone)
    ("kk", "1970", "апелляциялық сот алқасына шағым түсірді", "short"),
    ("ru", "1970", "отозвал приказ", "short"),
    # (round 191's check, kk 1982: «…үлескерлердің қуанышы екі айға жетпеді.» was no teaser, and
    # the short summary told it in place of the appeal court's reversal)
    ("kk", "1982", "қалалық соттың шешімін толық бұзып", "short"),
])
def test_a_plan_undone_later_the_same_day_is_told(
        language: str, name: str, turn: str, which: str,
        presets: tuple[Length, Length]) -> None:
    """Articles of rounds 150-156 (and round 154's check of judged ru 848) whose summaries told
    a plan and not its undoing later on."""
    short, long = _summaries_of(language, name, presets)
    summary = short if which == "short" else long
    assert turn in summary.text, summary.text


_REGAL_EN = (
    "Bulldozers bring down the Regal, Derby's last art deco picture house\n\n"
    "The first excavator rolled onto the site behind the Regal Cinema on Friar Gate shortly "
    "after 7am on Monday. By early evening the curved front wall of the foyer, which for more "
    "than seven decades had greeted queues for the largest screen in the county, lay in a heap "
    "of brick and bent steel, and daylight was falling for the first time on what was left of "
    "the balcony.\n\n"
    "The Regal opened in 1938 with 1,620 seats, a Compton organ and a ceiling painted with "
    "stars, and for most of the next forty years it was the busiest cinema in the county by a "
    "wide margin, according to the trade papers of the time.\n\n"
    "Campaigners from the Derby Cinema Society, who had collected more than 9,000 signatures "
    "over three years, asked the government in the spring to list the building, but the "
    "heritage agency advised in July that too much of the original interior had been lost.\n\n"
    "The site will be used for a block of 86 flats with shops on the ground floor, which the "
    "developer says will bring new life to a part of the city centre that has struggled since "
    "the closure of the old market in 2011.")


def test_a_short_lead_alone_takes_the_next_report_cut_to_fit(
        presets: tuple[Length, Length]) -> None:
    """Round 168, en 1704, short 1.5 below lead as judged: a 19-word lead alone, the next
    sentence 45 words long; cut at its relative clause, it fits after the lead. Not a clause
    from within one after its opening phrase (judged en 719: "Including 0.7 million tonnes of
    barley[, the total cereal crop is expected at 2.9 million tonnes,] compared with …").
    (en 1704 itself, read as one story since round 188, now takes the whole sentence after the
    next, which blind pairwise preferred 2-0: the same case is written here.)"""
    short, _ = ExtractiveSummarizer().summarize(_REGAL_EN, Language.ENGLISH, list(presets))
    assert len(short.sentences) == 2 and "lay in a heap of brick" in short.sentences[1], short
    short, _ = _summaries_of("en", "719", presets)
    assert "Including" not in short.text, short


def test_a_turn_the_leads_paragraph_tells_is_not_told_by_a_later_how(
        presets: tuple[Length, Length]) -> None:
    """Round 168, ru 1700, short 2 below lead as judged: the lead's paragraph says the promised
    delivery will not come («…как выяснилось в среду, не состоится»); the short summary told the
    later «Росздравнадзор приостановил обращение двух серий …», the batches it was to be made
    of, with no delivery before it."""
    short, long = _summaries_of("ru", "1700", presets)
    assert "приостановил обращение" not in short.text, short.text
    assert "не состоится" in long.text, long.text


def test_a_turn_that_takes_back_a_figure_comes_after_what_gave_it(
        presets: tuple[Length, Length]) -> None:
    """Round 167, en 1688, long a point below lead as judged: the credit cut to customers
    without power for more than 48 hours was told right after the lead, ahead of the "$100
    credit on the next bill of every customer" it took back."""
    _, long = _summaries_of("en", "1688", presets)
    given, taken = long.text.find("make-it-right"), long.text.find("would go only to customers")
    assert 0 < given < taken, long.text


@pytest.mark.parametrize(("language", "name", "news"), [
    # (round 150's check, en 1480: a scene alone in the opening window, short bits after it
    # ("Rent, $525. Her phone, $60."), and a student who "learned that the gap is about to
    # grow" before the board's vote)
    ("en", "1480", "Lorne's board of governors voted 11-4"),
    # (round 150's check, ru 1486: «Виктор Шмидт, 58-летний фермер …, каждое утро начинает
    # одинаково: …» was no habit for its age in figures)
    ("ru", "1486", "утвердило квоту на экспорт"),
    # (round 151's check, en 1498: "His fears now have official support. Inspectors … have
    # ordered Bonsa Gold Ltd …" was no report, and its report, too long for a short summary,
    # gave way to the scene it leans on)
    ("en", "1498", "have ordered Bonsa Gold Ltd"),
    # (round 151's check, en 1492: "On Wednesday, state and federal regulators put a price on
    # what Pruitt and her neighbors have been wiping off their porches." opened both)
    ("en", "1492", "agreed to pay a $7.4 million civil penalty"),
    # (round 152's check, en 1504: "On Tuesday night, a little after 11, he felt something
    # new." over Kessler's words, then the report of the leak, opened both)
    ("en", "1504", "a leak of anhydrous ammonia at the plant"),
    # (round 152's check, kk 1504: «Роза Есенова отыз жылдан бері бір үйде тұрады, бірақ …
    # алмайды.» was no scene, and both summaries were her night)
    ("kk", "1504", "аммиак сақтау қоймасындағы құбырдан газ ағып шықты"),
    # (round 157, en 1564: "He was one of about 1,600 drivers … who walked off the job … on
    # Monday, starting a 72-hour strike …" leaned on the driver, and both summaries began with
    # the services the strike cancelled)
    ("en", "1564", "About 1,600 drivers, terminal staff and track maintenance workers"),
    # (round 158's check, en 1582: "On Thursday, a Manitoba judge agreed that the province had
    # not looked closely enough." was the short summary alone, the ruling after it left out)
    ("en", "1582", "quashed the environment licence issued in 2014"),
    # (round 158's check, en 1576: "Halima Abdi woke a little after 3 a.m. to the sound of her
    # goats screaming." opened both, the long one all her night)
    ("en", "1576", "opened four spillway gates"),
    # (round 158's check, ru 1582: «Сегодня в нём около 600 жителей …» was taken for a dated
    # report, and both summaries opened on the village's history)
    ("ru", "1582", "Центральный районный суд Читы частично удовлетворил иск"),
    # (round 158's check, kk 1576: «Жетпіс төрт жастағы Күләш Оспанова сәрсенбі күні таңғы
    # бесте ауласына шыққанда, … байқаған.» was taken for the dated news)
    ("kk", "1576", "ағызылатын су көлемін секундына 180 текше метрден 430 текше метрге"),
    # (round 159's check, kk 1588: «Дүйсенбі күні таңертең Серікбай ағай … жолға шыққан.» was
    # taken for the dated news)
    ("kk", "1588", "тау беткейінен шамамен 45 мың текше метр топырақ пен тас құлады"),
    # (round 160's check, en 1606: "Earlier that day, … had voted …" under "…on Tuesday
    # evening" opened both; now dated by the scene's day and told in the past)
    ("en", "1606", "On Tuesday, West Oxfordshire District Council's planning committee voted"),
    # (round 160's check, en 1600: "Dale Kessinger has been launching his johnboat … for 51
    # years" opened both, the deck over "6 min read" read as the first sentences)
    ("en", "1600", "chemical release from the Corvane Specialty Resins plant"),
    # (round 161, en 1612: "Marsh was one of about 2,300 residents of Cedar Bluff ordered out
    # of their homes at 3:40 p.m. …" opened both on the scene's person)
    ("en", "1612", "About 2,300 residents of Cedar Bluff were ordered out of their homes"),
    # (round 161, ru 1612 and kk 1612: the same, «Будаева — одна из 1 870 жителей …, которых …
    # обязали покинуть дома.», «С. Жұмабеков – … көшірілген 1 400-ге жуық адамның бірі.»)
    ("ru", "1612", "обязали покинуть дома 1 870 жителей пяти сёл"),
    ("kk", "1612", "1 400-ге жуық адам сейсенбі күні кешке"),
    # (round 161, kk 1618: «Мұрат Жанәбілов Ертістің бұл тұсын алақанындағыдай біледі.» was no
    # scene, and the short summary was the old ferryman alone)
    ("kk", "1618", "«Ертіс-7» паромы өзеннің ортасына жеткенде бір жағына қисайып"),
    # (round 161, en 1618: "For forty-three years, Stavros Koutsoukos has caught the mooring
    # lines …" was taken for a lead in the present perfect)
    ("en", "1618", "striking the end of the concrete breakwater"),
    # (round 162: en 1630's "Juana Quispe has not left the mouth of the … tunnel since Monday
    # evening.", ru 1624's «Виктор Горбань стоит в резиновых сапогах …» and ru 1630's
    # «Валентина Шестакова вторые сутки не уходит от проходной …» were taken for news; en
    # 1630's report is by "Wilmer Quispe is one of nine … miners trapped when …")
    ("en", "1630", "Nine cooperative miners were trapped when a section of the Candelaria"),
    ("ru", "1624", "увеличила сброс воды из водохранилища"),
    ("ru", "1630", "произошло обрушение горной породы"),
    # (round 163: en 1642's "The creek … is, most Julys, narrow enough …" and "Dolores Ruybal,
    # 71, has lived … since 1963.", kk 1636's «Серік Омаров түнгі сағат екіге таман балконға
    # шыққанда, …» were taken for news)
    ("en", "1642", "a thunderstorm parked over the ridge west of town"),
    ("kk", "1636", "еріткіштер қоймасында өрт шықты"),
    # (round 164: en 1654's fire "had grown to roughly 14,200 acres by Monday evening" was
    # taken for background and the summaries opened on the injuries; judged en 766's "She was
    # one of roughly 350 … who rallied …" was passed over for the scene)
    ("en", "1654", "had grown to roughly 14,200 acres by Monday evening"),
    ("en", "766", "Toledo Board of Education voted 4-1 to close Birchwood"),
    # (round 165: en 1660's "At seven o'clock on Monday morning, Grace Atieno, 58, stood
    # outside …" was taken for news, and "The same notice went up … at all 37 branches …"
    # leaned on her scene)
    ("en", "1660", "after the board suspended the company's premises licences for 90 days"),
    # (and en 1666's "For five years, a colour photograph … hung above …" was taken for news,
    # "On Tuesday, that hope was largely rewarded. Cheshire Police announced that … had been
    # recovered …" for background)
    ("en", "1666", "had been recovered by Dutch officers"),
    # (and kk 1660's «…жастағы Раиса Жұмабекова … дәріхананың есігін бірнеше рет тартып көрді.»,
    # what she tried doing at the shut door, was taken for news)
    ("kk", "1660", "лицензиясының қолданысын 12 сәуірден бастап үш айға тоқтата тұрды"),
    # (round 166: en 1672's "In March 2012, a 26-year-old compliance analyst … noticed
    # something odd …" was taken for news, and "That episode, …, is one of dozens set out in a
    # … notice published on Tuesday by the Financial Conduct Authority, which fined …" for no
    # report, the scene never having said "episode")
    ("en", "1672", "which fined Hartwell Rowe £41.6 million"),
    ("en", "1678", "Kisumu International Airport reopened its main runway"),
    # (round 167: ru 1684's «В родовом зале … непривычно тихо.» and ru 1690's «В локомотивном
    # депо … в четверг утром было непривычно тихо.» were taken for news)
    ("ru", "1684", "отделение закрыто"),
    ("ru", "1690", "бессрочная забастовка"),
    # (round 169: en 1708's "For 19 months, Margaret Osei has started every day the same way"
    # was taken for news; en 1714's "On Monday morning, at 8 a.m. sharp, the chain came off."
    # for the news, not the line on the scene's chain above the reopening)
    ("en", "1708", "had halted its late-stage ASCEND-3 trial"),
    ("en", "1714", "jointly reopened the Haldane Road port of entry"),
    # (round 170, en 1720: the scene's clerk by her surname that morning is no report)
    ("en", "1720", "has been running almost entirely on paper"),
    # (round 172, ru 1750: «Утром в среду, 23 января, двери он не нашел.» is the scene's
    # person by "he", and the snow where the station stood the scene, not the avalanche)
    ("ru", "1750", "сошла лавина"),
    # (round 173, en 1756: the notice dated by its clock time, "shortly before 11 p.m.
    # Wednesday", is the report; the contamination's cause after it is not the lead)
    ("en", "1756", "issued a boil-water notice"),
    # (and ru 1756: «Так она начинает смену последние 27 лет.» is the scene's routine, no turn
    # that hands over to «В среду кран остался закрытым.»)
    ("ru", "1756", "режим обязательного кипячения"),
    # (round 174, en 1768: "Today she counts …" is the scene's person now, no dated report)
    ("en", "1768", "no new permits for short-term lets"),
    # (round 176, en 1792: "He was not alone." hands over to the many, told in figures)
    ("en", "1792", "beekeepers across mid-Canterbury lost an estimated 1,400 colonies"),
    # (round 178's check, kk 1822: the keeper's climb at the sun's hour over the automation)
    ("kk", "1822", "Ақмыс маягы толық автоматты режимге көшеді"),
])
def test_a_scene_over_a_buried_lede_gives_way_to_the_news(
        language: str, name: str, news: str, presets: tuple[Length, Length]) -> None:
    """Articles of rounds 150-152 whose summaries opened on a scene's person."""
    short, long = _summaries_of(language, name, presets)
    assert news in short.sentences[0], short.sentences
    assert news in long.sentences[0], long.sentences


_NOT_ALONE_FLOODS = {
    Language.ENGLISH: (
        "Flood ruins harvest for hundreds of growers in the Tamar valley\n"
        "\n"
        "Peter Walsh knew the news was bad before he reached the bottom field. The water "
        "had come over the bank in the night, and his potatoes lay under a brown lake "
        "that stretched to the hedge. \"Forty years I've farmed this ground,\" he said. \"I "
        "have never seen it like this.\"\n"
        "\n"
        "He was not alone. Floods along the Tamar damaged crops on about 2,300 hectares "
        "belonging to 410 growers, according to figures compiled by the regional farmers' "
        "union.\n"
        "\n"
        "Most of the damaged land lies within a kilometre of the river. The union puts "
        "the losses at more than 9 million pounds.\n"
        "\n"
        "The environment agency said on Friday that it would review how the flood "
        "barriers upstream had been managed.\n"
        "\n"
        "Growers said the barriers had been opened too late. \"We were told the water "
        "would stay in the channel,\" said Ann Hale, who lost 60 hectares of wheat.\n"
        "\n"
        "The agency said the rain that fell on March 2 was the heaviest in the valley "
        "since records began in 1911.\n"
        "\n"
        "Insurers expect most claims to be settled by the summer. The union has asked the "
        "government for emergency grants of up to 20,000 pounds per farm."
    ),
    Language.RUSSIAN: (
        "Паводок уничтожил урожай сотен фермеров в долине Оки\n"
        "\n"
        "Пётр Волков понял, что случилось, ещё до того, как дошёл до нижнего поля. Ночью "
        "вода перелилась через вал, и картофель оказался под бурым озером до самой "
        "лесополосы. «Сорок лет я работаю на этой земле», — сказал он. «Такого я не видел "
        "никогда».\n"
        "\n"
        "Он был не один. Паводок повредил посевы на площади около 2 300 га у 410 "
        "фермерских хозяйств, сообщил районный союз фермеров.\n"
        "\n"
        "Большая часть пострадавших полей лежит в километре от реки. Союз оценивает ущерб "
        "более чем в 90 млн руб.\n"
        "\n"
        "В пятницу областное министерство сообщило, что проверит, как работали дамбы выше "
        "по течению.\n"
        "\n"
        "Фермеры считают, что затворы открыли слишком поздно. «Нам говорили, что вода "
        "останется в русле», — сказала Анна Гаврилова, потерявшая 60 га пшеницы.\n"
        "\n"
        "В министерстве напомнили, что дождь 2 апреля стал самым сильным в долине с 1911 "
        "г.\n"
        "\n"
        "Страховщики рассчитывают урегулировать большинство выплат к лету. Союз попросил "
        "правительство о грантах до 2 млн руб. на хозяйство."
    ),
    Language.KAZAKH: (
        "Су тасқыны Ертіс бойындағы жүздеген шаруаның егінін басып қалды\n"
        "\n"
        "Болат Серіков төменгі алқапқа жетпей-ақ не болғанын түсінді. Түнде су бөгеттен "
        "асып, картоп егісі орман белдеуіне дейін созылған лай көлдің астында қалды. "
        "«Қырық жыл осы жерде егін егемін», – деді ол. «Мұндайды бұрын көрген емеспін».\n"
        "\n"
        "Ол жалғыз емес. Су тасқыны 410 шаруа қожалығының шамамен 2 300 гектар егісін "
        "зақымдады, деп хабарлады аудандық фермерлер одағы.\n"
        "\n"
        "Зақымданған алқаптардың көбі өзеннен бір шақырым жерде орналасқан. Одақ шығынды "
        "900 млн теңгеден асады деп бағалайды.\n"
        "\n"
        "Жұма күні облыстық министрлік жоғарыдағы бөгеттердің қалай жұмыс істегенін "
        "тексеретінін хабарлады.\n"
        "\n"
        "Шаруалар бөгет қақпалары тым кеш ашылды деп санайды. «Бізге су арнада қалады деп "
        "айтқан», – деді 60 гектар бидайынан айырылған Анна Ғабитова.\n"
        "\n"
        "Министрлік 2 сәуірдегі жаңбыр 1911 жылдан бері аңғардағы ең қатты жаңбыр "
        "болғанын еске салды.\n"
        "\n"
        "Сақтандыру компаниялары өтемдердің көбін жазға дейін төлеуді көздейді. Одақ "
        "үкіметтен әр шаруашылыққа 20 млн теңгеге дейін грант сұрады."
    ),
}


@pytest.mark.parametrize("language", list(_NOT_ALONE_FLOODS))
def test_he_was_not_alone_hands_over_to_the_many(language: Language) -> None:
    """Round 176, en 1792: a farmer's scene, then a paragraph that opens "He was not alone."
    and tells the many in figures, undated: that paragraph is the buried news, not the dated
    step further down."""
    assert _buried_news(_NOT_ALONE_FLOODS[language], language).startswith(
        {Language.ENGLISH: "He was", Language.RUSSIAN: "Он был",
         Language.KAZAKH: "Ол жалғыз"}[language])
    short, _ = ExtractiveSummarizer().summarize(_NOT_ALONE_FLOODS[language], language,
                                                 [Length(sentences=2, words=60)] * 2)
    assert short.sentences[0].split()[0] in ("Floods", "Паводок", "Су"), short.sentences


@pytest.mark.parametrize(("language", "sentence", "turn"), [
    ("en", "That warning proved prescient.", True),
    ("en", "Their fears turned out to be justified.", True),
    ("ru", "Опасения оправдались.", True),
    ("ru", "И эти опасения подтвердились очень быстро.", True),
    ("kk", "Бұл қауіп расталды.", True),
    # (a warning told, not one come true)
    ("en", "The warning was issued on Monday.", False),
    ("ru", "Опасения жителей понятны.", False),
])
def test_a_warning_that_came_true_is_a_turn(language: str, sentence: str, turn: bool) -> None:
    from summarizer.units import is_turn

    assert is_turn(sentence, language) is turn


def test_a_legal_memo_after_a_warning_that_came_true_is_the_short_summary_s_turn(
        presets: tuple[Length, Length]) -> None:
    """Round 176, en 1796 (short 2 below lead as judged): "That warning proved prescient. On
    Thursday morning, the city's legal office told councillors in a memo that the new points
    system could not be applied to the places already allocated …" was no turn, and the short
    summary told the parents' court plan about offers it never explained; the long one told
    "the victory looked far less complete" after the memo it foretold."""
    short, long = _summaries_of("en", "1796", presets)
    assert "legal office told councillors in a memo" in short.text, short.text
    assert "looked far less complete" not in long.text, long.text


_LAST_SHIFTS = {
    Language.ENGLISH: (
        "The last shift at Glenbeg post office\n"
        "\n"
        "Every morning for 31 years, the shutters of the post office in Glenbeg have been "
        "raised by the same hand. Janet Moir sorts the mail, counts the cash and puts the "
        "kettle on before the first customer knocks. On Saturday she will do it for the "
        "last time.\n"
        "\n"
        "Mrs Moir, 67, who took over the counter from her father in 1993, retires at the "
        "end of the month. The Post Office has confirmed that the branch will close on "
        "June 30 because no one has applied to run it.\n"
        "\n"
        "From July, the village's 900 residents will have to travel 12 miles to the "
        "nearest branch in Dunmore. A mobile van will visit Glenbeg twice a week.\n"
        "\n"
        "\"People here are older, and many do not drive,\" said councillor Ruth Baird. \"A "
        "van twice a week is not a post office.\"\n"
        "\n"
        "The Post Office said it would keep looking for a new operator. Residents have "
        "started a petition asking it to keep the branch open until one is found."
    ),
    Language.RUSSIAN: (
        "Последняя смена на почте в Заречье\n"
        "\n"
        "Каждое утро вот уже 31 год ставни почты в Заречье поднимает одна и та же рука. "
        "Нина Фёдорова разбирает письма, пересчитывает кассу и ставит чайник до прихода "
        "первого посетителя. В субботу она сделает это в последний раз.\n"
        "\n"
        "Нина Фёдорова, 67 лет, принявшая окошко у своего отца в 1993 г., в конце месяца "
        "уходит на пенсию. В «Почте России» подтвердили, что отделение закроется 30 июня, "
        "поскольку замены ей не нашли.\n"
        "\n"
        "С июля 900 жителей села будут ездить на почту в Дубровку за 20 км. Дважды в "
        "неделю в Заречье будет приезжать передвижное отделение.\n"
        "\n"
        "«Люди здесь пожилые, многие не водят машину», — сказала депутат районного совета "
        "Раиса Белова. «Машина два раза в неделю — это не почта».\n"
        "\n"
        "В «Почте России» пообещали продолжить поиск нового сотрудника. Жители начали "
        "собирать подписи за сохранение отделения."
    ),
}


@pytest.mark.parametrize("language", list(_LAST_SHIFTS))
def test_a_routine_done_for_the_last_time_hands_over_to_the_next_paragraph(
        language: Language, presets: tuple[Length, Length]) -> None:
    """Round 176, en 1798 (short 2 as judged): a routine of many years, then "On Friday she
    will do it for the last time." at the scene's paragraph's end; the next paragraph's
    retirement is where the news starts, and the closure comes with it."""
    short, _ = ExtractiveSummarizer().summarize(_LAST_SHIFTS[language], language,
                                                 list(presets))
    assert short.sentences[0].startswith(("Mrs Moir, 67", "Нина Фёдорова, 67")), short.sentences
    assert any(("June 30" in s) or ("30 июня" in s) for s in short.sentences), short.sentences


def test_a_whole_short_dated_reversal_under_an_update_mark_is_the_short_summary_s_turn(
        presets: tuple[Length, Length]) -> None:
    """Judged en 1010 (round 177's check): "On Thursday afternoon, the board reversed itself and
    canceled the re-vote.", eleven words, was too short for a turn cut to the room, and the short
    summary told the juror's resignation alone."""
    short, _ = _summaries_of("en", "1010", presets)
    assert "the board reversed itself" in short.text, short.text


def test_a_bare_answer_to_a_question_heading_is_not_told(
        presets: tuple[Length, Length]) -> None:
    """Round 177's check, en 1812: "Very. Samples taken by the city's own laboratory …" under
    "How dirty is the river?" came into the long summary with "Very." and no question."""
    short, long = _summaries_of("en", "1812", presets)
    assert any(s.startswith("Samples taken by the city's own laboratory")
               for s in long.sentences), long.sentences
    assert "Very." not in [*short.sentences, *long.sentences]


@pytest.mark.parametrize(("name", "sum_"), [("1296", "7,2 млрд"), ("1685", "3,1 млрд")])
def test_a_long_summary_gives_the_headline_s_sum(name: str, sum_: str,
                                                 presets: tuple[Length, Length]) -> None:
    """Round 177's check (kk 1800, long 2 below lead as judged, whose long summary never gave
    the «11,4 млрд теңге» of its headline): judged ru 1296 («…волнолома за 7,2 млрд рублей»)
    and ru 1685 («…стоимость выросла на 3,1 млрд рублей») now tell the sum, from a unit whose
    link is in and that fits."""
    _, long = _summaries_of("ru", name, presets)
    assert sum_ in long.text, long.text


_MOMENT_ROADS = {
    Language.ENGLISH: (
        "Rockfall shuts the only road to Glenmore\n"
        "\n"
        "Every morning for 31 years, Alan Reid has driven the school bus along the narrow "
        "road up Glen Corran. He knows every bend and every loose boulder on the slope "
        "above it. \"The hill is never quite still,\" the 61-year-old says. On Monday "
        "morning his caution paid off: just before seven, Reid saw that the road ahead "
        "was gone and stopped his bus with 23 children on board.\n"
        "\n"
        "At that moment, at about 6:50 a.m., some 30,000 tonnes of rock and earth slid "
        "from the hillside onto the A893 near Glenmore, burying 120 metres of the road. "
        "Police said nobody was hurt.\n"
        "\n"
        "The road is the only link between Glenmore and the coast. About 2,000 vehicles "
        "use it each day, and drivers now face a detour of 70 miles through the hills.\n"
        "\n"
        "Engineers said clearing the slope and the road could take two weeks. Geologists "
        "will first check whether more of the hillside could come down.\n"
        "\n"
        "The council will meet on Friday to discuss a temporary route for buses and "
        "lorries."
    ),
    Language.RUSSIAN: (
        "Оползень перекрыл единственную дорогу в Горный\n"
        "\n"
        "Каждое утро вот уже 25 лет Виктор Семёнов ведёт автобус по узкой дороге вдоль "
        "реки. Он знает каждый поворот и каждый камень на склоне. «Гора здесь никогда не "
        "бывает спокойной», — говорит 57-летний водитель. Во вторник утром его "
        "осторожность оправдалась: около шести часов Семёнов увидел, что дороги впереди "
        "нет, и остановил автобус с 30 пассажирами.\n"
        "\n"
        "В этот момент, около 05:45, со склона на трассу Горный — Речное на 42-м "
        "километре сошло около 20 тысяч кубометров грунта и камней, перекрыв дорогу на "
        "протяжении 100 метров. По данным МЧС, никто не пострадал.\n"
        "\n"
        "Это единственная дорога, связывающая посёлок с районным центром. Ежедневно по "
        "ней проезжают около 3 тысяч машин, а объезд через перевал занимает пять часов.\n"
        "\n"
        "Расчистка займёт не менее недели, сообщили в дорожном управлении. Сначала "
        "геологи проверят, не сойдёт ли со склона ещё грунт.\n"
        "\n"
        "В пятницу районный совет обсудит временный маршрут для автобусов и грузовиков."
    ),
    Language.KAZAKH: (
        "Көшкін Таукент жолын жауып тастады\n"
        "\n"
        "Әр таң сайын 20 жыл бойы Ержан Сәрсенов Таукент пен аудан орталығы арасындағы "
        "тар жолмен автобус жүргізеді. Ол тау беткейіндегі әр тасты жатқа біледі. «Бұл "
        "тау ешқашан тыныш тұрмайды», – дейді 55 жастағы жүргізуші. Дүйсенбі таңында оның "
        "сақтығы ақталды: сағат жетіге жақын Сәрсенов алдындағы жолдың жоқ екенін көріп, "
        "автобусын тоқтатты.\n"
        "\n"
        "Сол сәтте, шамамен 06:30-да, Таукент – Шолаққорған жолының 35-шақырымында тау "
        "беткейінен 25 мың текше метр топырақ құлап, жолды 100 метр аралықта жапты. "
        "Төтенше жағдайлар департаментінің мәліметінше, зардап шеккендер жоқ.\n"
        "\n"
        "Бұл – кентті аудан орталығымен байланыстыратын жалғыз жол. Тәулігіне одан 2 "
        "мыңға жуық көлік өтеді, ал айналма жол бес сағатқа созылады.\n"
        "\n"
        "Жолды тазалауға кемінде бір апта қажет, деп хабарлады жол басқармасы. Алдымен "
        "геологтар беткейді тексереді.\n"
        "\n"
        "Жұма күні аудандық мәслихат автобустар мен жүк көліктеріне арналған уақытша "
        "бағытты талқылайды."
    ),
}
#: What each opens on "at that moment" (`_MOMENT_ROADS`), and the news without it.
_MOMENT_NEWS = {Language.ENGLISH: ("At that moment", "At about 6:50 a.m., some 30,000 tonnes"),
                Language.RUSSIAN: ("В этот момент", "Около 05:45 со склона"),
                Language.KAZAKH: ("Сол сәтте", "Шамамен 06:30-да, Таукент")}


@pytest.mark.parametrize("language", list(_MOMENT_ROADS))
def test_news_told_at_that_moment_under_a_scene_leads_without_the_moment(
        language: Language, presets: tuple[Length, Length]) -> None:
    """Round 174, kk 1774 (judged short 1.5 below lead): a scene, a dated line on its person,
    then the landslide told "at that moment" at the next paragraph's start. The summaries open
    on the landslide, without the words that tie it to the line left out."""
    moment, news = _MOMENT_NEWS[language]
    for summary in ExtractiveSummarizer().summarize(_MOMENT_ROADS[language], language,
                                                    list(presets)):
        assert summary.sentences[0].startswith(news), summary.sentences
        assert not any(moment in sentence for sentence in summary.sentences), summary.sentences


def test_at_that_moment_after_an_undated_line_is_not_left_out() -> None:
    """The moment is only left out when the line before dates it as news."""
    from summarizer.summarize import _without_moment
    from summarizer.units import build_units

    text = _MOMENT_ROADS[Language.ENGLISH].replace("On Monday morning his caution paid off",
                                                   "His caution has often paid off")
    units = build_units(list(parse(text, Language.ENGLISH).body), Language.ENGLISH)
    at = next(i for i, unit in enumerate(units) if unit.text.startswith("At that moment"))
    assert units[at].depends_on == at - 1
    assert _without_moment(units, at, Language.ENGLISH) is None
    dated = build_units(list(parse(_MOMENT_ROADS[Language.ENGLISH], Language.ENGLISH).body),
                        Language.ENGLISH)
    assert _without_moment(dated, at, Language.ENGLISH) is not None


@pytest.mark.parametrize(("sentence", "many"), [
    ("She was among the 40 residents who were moved out of the tower on Friday.",
     "40 residents were moved out of the tower on Friday."),
    ("He is one of roughly 300 nurses at the hospital who voted to strike on Tuesday.",
     "Roughly 300 nurses at the hospital voted to strike on Tuesday."),
    # (not what the many had done long before, nor a person not by a pronoun, nor no figure)
    ("He was one of 40 families who had farmed the valley since the war.", None),
    ("Hennessy was one of 1,600 workers who walked off the job.", None),
    ("She was one of the nurses who voted to strike on Tuesday.", None),
    # (round 161, en 1612: the scene's person by surname, the many told by a participle)
    ("Marsh was one of about 2,300 residents of Cedar Bluff ordered out of their homes at "
     "3:40 p.m. as the wildfire jumped a containment line.",
     "About 2,300 residents of Cedar Bluff were ordered out of their homes at 3:40 p.m. as the "
     "wildfire jumped a containment line."),
    ("He is among 60 patients moved to the new wing on Monday.",
     "60 patients are moved to the new wing on Monday."),
    # (round 162, en 1630: the person in full, the many in words, the participle's clause in
    # the past)
    ("Wilmer Quispe is one of nine miners trapped when a section of the tunnel caved in on "
     "Monday.", "Nine miners were trapped when a section of the tunnel caved in on Monday."),
    ("Quispe is one of nine miners trapped underground.", None),
    # (a participle that only says who the many are stays in their name)
    ("Marsh was one of 2,300 people employed at the mill who walked off the job.",
     "2,300 people employed at the mill walked off the job."),
    # (round 172, en 1744: so many in words, "caught out")
    ("She was one of thousands of commuters caught out after thieves cut the cable overnight.",
     "Thousands of commuters were caught out after thieves cut the cable overnight."),
])
def test_the_many_a_scene_person_was_one_of_tell_what_they_did(sentence: str,
                                                               many: str | None) -> None:
    """`_one_of_many` (round 157, en 1564)."""
    from summarizer.summarize import _one_of_many

    assert _one_of_many(sentence, ("Marsh",)) == many


@pytest.mark.parametrize(("sentence", "many"), [
    ("Будаева — одна из 1 870 жителей пяти сёл, которых в воскресенье власти обязали покинуть "
     "дома.", "В воскресенье власти обязали покинуть дома 1 870 жителей пяти сёл."),
    ("Он — один из примерно 300 водителей, которые в понедельник вышли на забастовку.",
     "Примерно 300 водителей в понедельник вышли на забастовку."),
    ("С. Жұмабеков – сейсенбі күні ауылдан көшірілген 1 400-ге жуық адамның бірі.",
     "1 400-ге жуық адам сейсенбі күні ауылдан көшірілді."),
    ("Ол – жұма күні жұмысқа шықпаған 600 жүргізушінің бірі.",
     "600 жүргізуші жұма күні жұмысқа шықпады."),
    # (not a person the scene did not name, nor one of many with no figure)
    ("Петрова — одна из 1 870 жителей, которых власти обязали покинуть дома.", None),
    ("Будаева — одна из жителей села, которых власти обязали покинуть дома.", None),
])
def test_the_many_a_scene_person_was_one_of_in_russian_and_kazakh(sentence: str,
                                                                  many: str | None) -> None:
    """`_one_of_many_ru_kk` (round 161, ru 1612 and kk 1612)."""
    from summarizer.summarize import _one_of_many_ru_kk

    assert _one_of_many_ru_kk(sentence, ("Будаева", "Жұмабеков")) == many


def test_those_contracts_come_with_the_contracts(presets: tuple[Length, Length]) -> None:
    """Round 154's check, en 1536: "The average winning price this time was roughly 43 percent
    below the cheapest of those older contracts." came into the long summary with no older
    contracts told before it."""
    for summary in _summaries_of("en", "1536", presets):
        assert "those older contracts" not in summary.text or \
            "8.5 to 11 U.S. cents" in summary.text, summary.text


@pytest.mark.parametrize(("name", "teaser", "turn"), [
    ("1550", "Within hours, however, Lisbon's commitment", "had been suspended"),
    ("1532", "The celebrations proved short-lived.", "granted an interim injunction"),
    ("878", "The approval, however, proved short-lived", "Zagreb"),
])
def test_a_long_summary_never_tells_a_teaser_after_the_turn_it_foretells(
        name: str, teaser: str, turn: str, presets: tuple[Length, Length]) -> None:
    """Round 155's check: an English long summary tells a later turn right after its lead, and
    a teaser told before the turn in the article then came after it ("…had been suspended
    …. Within hours, however, Lisbon's commitment to the project was in doubt.", en 1550; so
    en 1532 and judged en 878)."""
    _, long = _summaries_of("en", name, presets)
    assert turn in long.text, long.text
    assert teaser not in long.text or long.text.index(teaser) < long.text.index(turn), \
        long.text


def test_a_kazakh_short_summary_names_the_company_before_it_tells_of_it(
        presets: tuple[Length, Length]) -> None:
    """Round 155, judged kk 1541 (short 1.5 below lead): «Компания облыстағы 287 мыңнан астам
    жеке шотқа … қызмет көрсетеді.» followed a lead on the tariff alone, no company named."""
    short, _ = _summaries_of("kk", "1541", presets)
    assert not short.text.split(". ", 1)[-1].startswith("Компания ") or \
        "ЖШС" in short.text.split(". ", 1)[0], short.text


def test_a_complaint_on_the_evening_of_a_date_is_no_turn_told_later(
        presets: tuple[Length, Length]) -> None:
    """Round 156, judged kk 1560 (short 2.5 below lead): «…20 наурыз күні кешке округтік
    комиссияға жазбаша шағым түсірді.», the loser's complaint that led to the recount, was
    read as told later that day, and the short summary told it in place of who won."""
    short, _ = _summaries_of("kk", "1560", presets)
    assert "18 дауысқа озып шықты" in short.text, short.text
    import summarizer.summarize as summarize

    assert summarize._LATER_ON.search("Бейсенбі күні кешке жағдай күрт өзгерді.") is not None
    assert summarize._LATER_ON.search("Ол 20 наурыз күні кешке шағым түсірді.") is None
    # (and «Бережная» is a person whom «Бережнаяның сенім білдірілген өкілі …» needs)
    from summarizer.units import Unit, name_introductions

    told = [Unit(("Мектеп директоры Ольга Бережная 18 дауысқа озып шықты.",), 0, 0),
            Unit(("Бережнаяның өкілі шағым түсірді.",), 1, 1)]
    assert name_introductions(told) == [frozenset(), frozenset({0})]


def test_a_work_named_with_its_maker_needs_no_introduction_of_the_maker(
        presets: tuple[Length, Length]) -> None:
    """Round 154's check, ru 1534: the theft, «Неизвестные похитили 14 серебряных окладов …, а
    также небольшой масляный этюд Бахметьева …», never came into either summary: «Бахметьева»
    was taken for a person to introduce, and the history that names him lies before the
    scene."""
    short, long = _summaries_of("ru", "1534", presets)
    for summary in (short, long):
        assert "похитили 14 серебряных окладов" in summary.text, summary.text
    from summarizer.units import Unit, name_introductions

    told = [Unit(("Дом построил купец Пётр Бахметьев.",), 0, 0),
            Unit(("Воры унесли этюд Бахметьева «Волга».",), 1, 1),
            Unit(("Об этом рассказал Бахметьев.",), 2, 2)]
    assert name_introductions(told) == [frozenset(), frozenset(), frozenset({0})]


def test_a_turn_is_not_cut_to_its_opening_phrase(presets: tuple[Length, Length]) -> None:
    """Judged en 734 (round 150's check): the short summary's turn, "After a day of protests
    …, the government announced on Wednesday evening that the ban would become a
    recommendation.", was cut to its opening phrase and no clause."""
    from summarizer.summarize import _opening_phrase_only

    sentence = ("After a day of protests from farmers in the middle of the tomato and melon "
                "harvests, the government announced on Wednesday evening that the ban would "
                "become a recommendation.")
    assert _opening_phrase_only(sentence.split(",")[0] + ".", sentence)
    assert not _opening_phrase_only(
        "On Wednesday evening the system said the clinic would stay open until June 30.",
        "On Wednesday evening the system said the clinic would stay open until June 30, "
        "which gives the county time.")
    short, _ = _summaries_of("en", "734", presets)
    assert "tomato and melon harvests." not in short.text, short.text


def test_an_update_that_reports_a_sum_paid_is_told_itself(
        presets: tuple[Length, Length]) -> None:
    """Judged ru 1482 (round 150, short 2.5 below lead): the update «Компания сообщила, что
    вечером перечислила сотрудникам 1,5 млн руб. …» was short enough to read as the line that
    announces the report after it, so the short summary told the union's reply, «Профсоюз
    подтвердил поступление части средств, однако …», alone: part of what funds?"""
    short, _ = _summaries_of("ru", "1482", presets)
    assert "перечислила сотрудникам 1,5 млн руб." in short.text, short.text
    assert "поступление части средств" not in short.text, short.text


def test_a_long_summary_tells_no_first_name_it_never_introduced(
        presets: tuple[Length, Length]) -> None:
    """Judged ru 1480 (round 150, long 1.5 below lead): «Дильшод как раз отличник.» without the
    scene that named «Дильшод Каримов»."""
    _, long = _summaries_of("ru", "1480", presets)
    assert "Дильшод как раз отличник" not in long.text, long.text


@pytest.mark.parametrize(("language", "name", "no_comment"), [
    # (round 158's check, en 1577: a consultancy named only in a list the summary left out)
    ("en", "1577", "did not respond to requests for comment"),
    ("ru", "684", "от комментариев отказались"),
])
def test_a_summary_takes_no_sentence_that_only_says_there_was_no_comment(
        language: str, name: str, no_comment: str, presets: tuple[Length, Length]) -> None:
    """Round 158's check: "Meridian Pathways did not respond to requests for comment." came into
    en 1577's long summary (and «Представители других участников от комментариев отказались.»
    into judged ru 684's)."""
    for summary in _summaries_of(language, name, presets):
        assert no_comment not in summary.text, summary.text


def test_a_challenge_foretold_under_the_lead_comes_beside_it(
        presets: tuple[Length, Length]) -> None:
    """Judged en 1202: a ruling's short summary told the clearance alone, though a line under the
    lead foretold the challenge ("Within hours of the ruling, however, Carse Travel … said it
    would ask the Competition Appeal Tribunal to overturn the OFT's decision.")."""
    short, _ = _summaries_of("en", "1202", presets)
    assert "Competition Appeal Tribunal" in short.text, short.text
    assert "Carse Travel said" in short.text, short.text


def test_a_challenge_set_off_in_a_paragraph_of_its_own_reaches_the_long_summary(
        presets: tuple[Length, Length]) -> None:
    """Round 186, en 1922 (short 3 below lead as judged): "Less than three hours after the
    judgment was handed down, however, Keurbos said it would fight on." in a paragraph of its own
    over "…the company said it had instructed its lawyers to apply for leave to appeal …": no
    summary told the appeal, only when its application was due."""
    _, long = _summaries_of("en", "1922", presets)
    assert "instructed its lawyers to apply for leave to appeal" in long.text, long.text


def test_an_agreement_walked_out_of_comes_with_the_agreement(
        presets: tuple[Length, Length]) -> None:
    """Round 158's check, en 1586: "…voted unanimously to withdraw from the agreement." came into
    both summaries with no agreement told before it; the long one now tells it."""
    for summary in _summaries_of("en", "1586", presets):
        if "withdraw from the agreement" in summary.text:
            told = summary.text[:summary.text.index("withdraw from the agreement")]
            assert "agreement" in told, summary.text
    assert "withdraw from the agreement" in _summaries_of("en", "1586", presets)[1].text


def test_a_kazakh_short_summary_walks_out_of_no_deal_its_lead_never_told(
        presets: tuple[Length, Length]) -> None:
    """Round 159, kk 1598 (short 2 below lead as judged): «…«Транзит Инвест Групп» мәмілеге
    қатысудан бас тартатынын хабарлады.» took the place of the line that tells the deal's
    collapse, beside a lead on the plant's closure alone."""
    short, _ = _summaries_of("kk", "1598", presets)
    assert "мәмілеге қатысудан" not in short.text, short.text
    assert "келісім күтпеген жерден бұзылғаннан" in short.text, short.text


def test_an_update_that_only_says_things_are_back_to_normal_is_stale(
        presets: tuple[Length, Length]) -> None:
    """Round 158's check, en 1584: the update "Police said the last tractors had left the ring
    road by 21:30 and traffic had returned to normal." came into the short summary with the
    lead cut before why the farmers came."""
    short, _ = _summaries_of("en", "1584", presets)
    assert "in protest at wheat prices" in short.text, short.text


def test_a_kazakh_update_whose_next_sentence_names_its_object_again_is_the_news(
        presets: tuple[Length, Length]) -> None:
    """Round 158, kk 1583 (short 2.5 below lead as judged): the update «…министрлігі «Сарыарқа
    Телеком» АҚ қызметіне жоспардан тыс тексеру тағайындады.» was taken for a line that only
    announces «…тексеру 30 күнтізбелік күнге созылып, …», and both summaries told an inspection's
    length and never the inspection."""
    for summary in _summaries_of("kk", "1583", presets):
        assert "жоспардан тыс тексеру тағайындады" in summary.text, summary.text


@pytest.mark.parametrize(("language", "name", "toll"), [
    # (round 158, kk 1576, short 2.5 as judged: money for the villages under the update mark)
    ("kk", "1576", "640 үйді су басты"),
    # (judged ru 798: the water slowly falling, under the update mark)
    ("ru", "798", "эвакуированы 2160 человек"),
    # (and a pick that alone tells the headline: round 173, judged kk 1763, short 2 below lead,
    # the stranded wagons gave way to the update's preliminary deal, the strike still on)
    ("kk", "1763", "1 840 вагон тоқтап тұр"),
])
def test_a_short_summary_keeps_the_toll_over_an_update_that_tells_no_turn(
        language: str, name: str, toll: str, presets: tuple[Length, Length]) -> None:
    """An update that tells neither a reversal nor a toll takes no short summary's room from the
    pick that tells the toll."""
    short, _ = _summaries_of(language, name, presets)
    assert toll in short.text, short.text


def test_a_short_summary_takes_no_sentence_that_only_counts_the_parts_told_next(
        presets: tuple[Length, Length]) -> None:
    """Round 159's check, en 1596: "The package consists of three ordinances, passed together."
    closed the short summary, before "The first raises …", which it never told."""
    short, _ = _summaries_of("en", "1596", presets)
    assert "consists of three ordinances" not in short.text, short.text


def test_a_lead_loses_a_phrase_that_dates_it_by_the_scene(presets: tuple[Length, Length]) -> None:
    """Round 160's check, ru 1600: «Как выяснилось к вечеру того же дня, в ночь на 6 августа …
    разгерметизировалась емкость …» opened the short summary, the scene's day left out."""
    short, _ = _summaries_of("ru", "1600", presets)
    assert short.text.startswith("В ночь на 6 августа на территории"), short.text


def test_a_link_that_names_the_body_comes_with_a_report_of_its_members(
        presets: tuple[Length, Length]) -> None:
    """Round 160, ru 1606 (long 3 below lead as judged): the summaries opened on «Депутаты 17
    голосами против 6 … отказались …», the link before it, «Во вторник Псковская городская
    Дума поставила в этой истории …», left out, and never named the city or the Duma."""
    for summary in _summaries_of("ru", "1606", presets):
        assert summary.text.startswith("Во вторник Псковская городская Дума"), summary.text


def test_a_person_introduced_for_a_quotation_left_out_is_left_out_too(
        presets: tuple[Length, Length]) -> None:
    """Round 161, ru 1611 (long 1.5 below lead as judged): «Галина Шестакова уже 34 года
    работает в библиотеке деревни Подгорье …» came into the long summary without the words of
    hers it introduces («"У меня 212 читателей …" — говорит 61-летняя библиотекарь.»)."""
    from summarizer.summarize import _introduces_only

    for summary in _summaries_of("ru", "1611", presets):
        assert "Галина Шестакова уже 34 года" not in summary.text or \
            "212 читателей" in summary.text, summary.text
    assert _introduces_only("Галина Шестакова уже 34 года работает в библиотеке.")
    assert _introduces_only("Maria Lopez has run the bakery on Front Street for 20 years.")
    assert not _introduces_only("Cllr Ashworth denied that the council had bowed to pressure.")
    assert not _introduces_only("The council met on Tuesday.")



def test_an_update_that_says_a_review_will_not_come_yet_is_no_short_summarys_turn(
        presets: tuple[Length, Length]) -> None:
    """Round 162, kk 1632 (short 2 below lead as judged): «ЖАҢАРТУ …: … баспасөз қызметі лимитті
    қайта қарау мәселесі күзгі зерттеу нәтижелері шыққанға дейін талқыланбайтынын хабарлады.»
    closed the short summary in place of the quota's figures."""
    short, _ = _summaries_of("kk", "1632", presets)
    assert "талқыланбайтынын" not in short.text, short.text
    from summarizer.summarize import _UNCHANGED

    assert _UNCHANGED.search("The quota will not be reviewed before the autumn survey.")
    assert _UNCHANGED.search("Лимит не будет пересматриваться до осени.")
    assert not _UNCHANGED.search("The quota will be reviewed in the autumn.")


def test_an_update_whose_first_sentence_is_too_short_tells_the_reversal_after_it() -> None:
    """Round 178's check, kk 1820: under the page's update mark, «Мәслихат шешімінен екі аптадан
    кейін жоба тоқтатылды. Ақтөбе облысының әкімдігі 12 маусымда … қаржыландыруды уақытша
    тоқтату туралы шешім қабылдады.» was never in the short summary: its first sentence is too
    short to stand as the turn, and the one after it, which tells the halt, was not tried."""
    text = ("Қарағандыда жаңа жүзу бассейнін салу жобасы мақұлданды\n\n"
            "ЖАҢАРТУ (14.07.2024, 17:20): Облыс әкімдігі жобаны қаржыландыруды тоқтатты. "
            "Толығырақ – мақаланың соңында.\n\n"
            "Қарағанды қалалық мәслихаты 2 шілдеде өткен сессияда қаланың оңтүстігінде жаңа "
            "жүзу бассейнін салу жобасын мақұлдап, оған бюджеттен 3,2 млрд теңге бөлді. "
            "Депутаттардың 25-і жақтап, 3-еуі қарсы болды.\n\n"
            "Бассейн Бұқар жырау даңғылының бойында салынады. Оның ұзындығы 50 метр болады.\n\n"
            "Ғимаратта 800 орындық трибуна мен балаларға арналған шағын бассейн бар.\n\n"
            "Жобаны жергілікті «Сарыарқа Құрылыс» ЖШС әзірлеген.\n\n"
            "Қаладағы жалғыз бассейн 1974 ж. салынған.\n\n"
            "Құрылыс қыркүйекте басталып, 2026 ж. аяқталуы тиіс еді.\n\n"
            "Мәслихат шешімінен он күн өткен соң жоба тоқтатылды. Қарағанды облысының әкімдігі "
            "12 шілдеде бюджет тапшылығына байланысты бассейн құрылысын қаржыландыруды "
            "уақытша тоқтату туралы шешім қабылдады.\n\n"
            "Облыстық қаржы басқармасының мәліметінше, бюджет кірісі жоспардан 9 млрд теңгеге "
            "аз түскен.")
    short = ExtractiveSummarizer().summarize(text, Language.KAZAKH,
                                             [Length(sentences=2, words=60)])[0]
    assert short.sentences[0].startswith("Қарағанды қалалық мәслихаты"), short.sentences
    assert any("тоқтату туралы шешім қабылдады" in s for s in short.sentences), short.sentences


def test_a_teaser_that_opens_a_unit_of_votes_still_foretells_the_later_turn() -> None:
    """Round 178's check, ru 1820: «Радость сторонников проекта, впрочем, продлилась недолго.
    За решение проголосовали 29 депутатов, против — 4.» was one unit, so no teaser was found
    and the short summary told the approval alone, never the region striking its share out
    of the budget (told «Однако 17 декабря …» further on)."""
    text = ("Новый бассейн в Костроме одобрили, но строить пока не будут\n\n"
            "Костромская городская дума 4 марта утвердила проект нового городского бассейна, "
            "который обсуждался больше двух лет.\n\n"
            "Радость сторонников проекта, впрочем, продлилась недолго. За решение проголосовали "
            "24 депутата, против — 3.\n\n"
            "Здание с 50-метровой ванной должно было появиться на набережной.\n\n"
            "Проект подготовило местное бюро «Волга-Проект».\n\n"
            "Нынешний бассейн построен в 1971 г. и давно требует ремонта.\n\n"
            "Аукцион на выбор подрядчика мэрия собиралась объявить в апреле.\n\n"
            "Однако 19 марта правительство Костромской области внесло в областную думу "
            "поправки к бюджету, в которых денег на строительство бассейна нет.\n\n"
            "Без областных денег город строительство не осилит.\n\n"
            "Областная дума рассмотрит поправки 2 апреля.")
    short = ExtractiveSummarizer().summarize(text, Language.RUSSIAN,
                                             [Length(sentences=2, words=60)])[0]
    assert short.sentences[0].startswith("Костромская городская дума"), short.sentences
    assert any("денег на строительство бассейна нет" in s for s in short.sentences), \
        short.sentences


@pytest.mark.parametrize(("figure", "title", "same"), [
    ("146,3", "146", True),  # round 178, ru 1824: «146 млн рублей» over «146,3 млн руб.»
    ("9,83", "9,8", True),  # round 176, ru 1794: «9,8 млрд» over «9,83 млрд»
    ("17,9", "18", True),  # judged kk 1157: "about 18%" over the 17.9% it became
    ("18,6", "18", False),
    ("1468", "146", False),
    ("1,234", "1.2", False),  # (a comma before three digits groups thousands)
    ("1,234", "1,234", True),
])
def test_a_headline_figure_is_given_by_the_figure_it_rounds(figure: str, title: str,
                                                             same: bool) -> None:
    from summarizer.summarize import _rounds_to

    assert _rounds_to(figure, title) is same


def test_a_reversal_told_after_then_follows_the_lead_without_it() -> None:
    """Round 179's check, en 1832: "Then, at 10.40pm on Thursday, after an emergency meeting
    …, the council voted to suspend the increase for three months." was never in the short
    summary: its "Then," leaned on the line before, and nothing told it as later than the
    lead. It follows the lead without its "Then," cut at the aside."""
    text = ("Lusaka parking charge put on hold after week of protests\n\n"
            "Hundreds of Lusaka traders closed their shops this week and marched on the city "
            "council to protest against a new parking charge in the central market that came "
            "into force on Monday, in a dispute that ended, at least for now, late on Friday "
            "night.\n\nThe charge, approved in March, is 20 kwacha an hour.\n\n"
            "The council said it needed the money to repair roads.\n\n"
            "On Wednesday police arrested six people outside the council offices.\n\n"
            "Nobody was hurt, but the market stayed closed for the day.\n\n"
            "Then, at 11.20pm on Friday, after a meeting with market leaders that lasted more "
            "than three hours, the council voted to suspend the charge for two months.\n\n"
            "Traders said they would reopen their shops on Saturday.")
    short = ExtractiveSummarizer().summarize(text, Language.ENGLISH,
                                             [Length(sentences=2, words=60)])[0]
    assert any("voted to suspend the charge" in s and not s.startswith("Then")
               for s in short.sentences), short.sentences


def test_a_new_turn_teaser_under_the_lead_gives_way_to_the_turn() -> None:
    """Round 180's check, en 1844: "By Friday evening, however, the dispute had taken a sharp
    new turn." closed the short summary, and the filing it foretold ("He said the company
    would appeal. It did not come to that. On Friday afternoon … filed a petition for
    insolvency …") was in no summary. The turn follows the lead, and the teaser is left out."""
    text = ("Court freezes sawmill owner's accounts over unpaid wages\n\n"
            "A court in the northern town of Kolby has frozen the bank accounts of the Fjord "
            "Timber sawmill and of its owner, Anders Lunde, after he failed to pay his 140 "
            "workers the wages he had promised them by March 31.\n\n"
            "By Friday evening, however, the dispute had taken a sharp new turn.\n\n"
            "The district court on Thursday granted a request from the labour inspectorate to "
            "block up to 4.2 million kroner held in the company's accounts.\n\n"
            "The sawmill has not paid full wages since November, the inspectorate said.\n\n"
            "Mr Lunde's lawyer said on Thursday that the freeze would only make things worse. "
            "He said the company would appeal.\n\n"
            "It did not come to that. On Friday afternoon Fjord Timber filed for bankruptcy at "
            "the district court, saying it could no longer pay its debts.\n\n"
            "The union said workers would protest outside the town hall on Monday.")
    short, long = ExtractiveSummarizer().summarize(
        text, Language.ENGLISH, [Length(sentences=2, words=60), Length(sentences=6, words=200)])
    assert any(s.startswith("On Friday afternoon Fjord Timber filed for bankruptcy")
               for s in short.sentences), short.sentences
    assert not any("new turn" in s for s in short.sentences + long.sentences), long.sentences


def test_an_appeal_under_the_update_mark_does_not_take_the_turns_place() -> None:
    """Round 180's check, ru 1844: under «Дополнено в 18:10.» an appeal «…на определение суда
    об обеспечительных мерах» took the short summary's turn, its interim measures read as a
    reversal, and the court's arrest of the accounts, the headline's news, was left out."""
    text = ("Владелец мебельной фабрики обещал погасить долги по зарплате, но суд арестовал "
            "его счета\n\n"
            "Владелец ООО «Вологодская мебель» Игорь Саврасов пообещал до 20 ноября полностью "
            "погасить долги по зарплате перед 230 работниками фабрики, которые не получают "
            "денег с августа.\n\n"
            "Долг достиг 14,2 млн руб.\n\n"
            "Саврасов дал слово 30 октября на встрече с рабочими в администрации города.\n\n"
            "Рабочие говорят, что многие уже ищут другую работу.\n\n"
            "Но в среду, 14 ноября, Арбитражный суд Вологодской области по иску банка "
            "«Северный кредит» в качестве обеспечительной меры наложил арест на счета и "
            "имущество фабрики в пределах 31 млн руб.\n\n"
            "Банк требует вернуть кредит, выданный фабрике в 2015 г.\n\n"
            "Прокуратура проводит проверку по жалобам рабочих.\n\n"
            "Дополнено в 18:10. Представитель Саврасова сообщил, что подана апелляционная "
            "жалоба на определение суда об обеспечительных мерах.")
    sentences = _short(text, Language.RUSSIAN)
    assert any("наложил арест на счета" in s for s in sentences), sentences
    assert not any("апелляционная жалоба" in s for s in sentences), sentences


def test_a_kazakh_ban_eased_on_appeal_follows_the_lead_past_its_teaser() -> None:
    """Round 180's check, kk 1844: the lead's paragraph said «Алайда екі аптадан кейін іс жаңа
    бетбұрыс алды.», and the appeal court's ruling that eased the freeze, the second sentence of
    its unit, was in no summary. It follows the lead in the short summary."""
    text = ("Жалақы қарызын өтеймін деген кәсіпкердің шоттарына сот тыйым салды\n\n"
            "Павлодардағы «Ертіс Металл» ЖШС иесі Қайрат Оспанов 210 жұмысшыға 94 млн теңге "
            "жалақы қарызын 1 мамырға дейін өтеуге уәде бергенімен, 28 сәуірде сот банктің "
            "талабымен кәсіпорынның шоттарына тыйым салды.\n"
            "Алайда екі аптадан кейін іс жаңа бетбұрыс алды.\n\n"
            "Зауыт құрылысқа арналған металл конструкциялар шығарады.\n\n"
            "Жұмысшылар жалақыны қаңтардан бері алмаған.\n\n"
            "Кәсіпорынның заңгерлері сот ұйғарымына шағым жасады. 12 мамырда облыстық соттың "
            "апелляциялық алқасы тыйымды ішінара өзгертті. Алқа кәсіпорынға 40 млн теңгені тек "
            "жалақы төлеуге жұмсауға рұқсат берді.\n\n"
            "Жұмысшылар ақша түспесе, облыс әкіміне шағым жолдайтынын айтты.")
    sentences = _short(text, Language.KAZAKH)
    assert any("тыйымды ішінара өзгертті" in s for s in sentences), sentences


def test_a_line_that_gives_the_scene_a_new_life_hands_over_to_its_report() -> None:
    """Round 181's check, ru 1852: the short summary was «На этой неделе у самодеятельного
    музея появилась новая судьба.» alone; that line links the scene to the report after it."""
    text = ("Рыбацкий музей из сарая в Усть-Луге переедет в здание бывшей школы\n\n"
            "Каждое утро ровно в восемь Николай Иванович Гаврилов отпирает дверь бывшей "
            "лодочной мастерской так, как когда-то отвязывал лодку: неторопливо и молча. Под "
            "потолком висят сети, вдоль стен стоят вёсла и старые лодочные моторы.\n\n"
            "Гаврилову 79 лет. Сорок лет он ходил в море, а после пенсии начал собирать всё, "
            "что осталось от рыболовецкого колхоза. За 15 лет коллекция выросла до 900 "
            "предметов.\n\n"
            "На этой неделе у самодеятельного музея появилась новая судьба. Администрация "
            "Усть-Лужского поселения объявила, что коллекция переедет в отремонтированное "
            "здание бывшей школы и получит статус муниципального музея. На ремонт выделено "
            "1,9 млн руб.\n\n"
            "Открытие запланировано на День рыбака в июле. Гаврилов станет хранителем музея. "
            "Ему положат ставку смотрителя.\n\n"
            "«Я думал, всё это после меня выбросят», — говорит он.\n\n"
            "В поселении живут около 2 тыс. человек. Колхоз закрылся в 1998 г. Последний "
            "рыболовецкий сейнер продали на металл в 2004 г.\n\n"
            "Самый ценный предмет коллекции — судовой журнал 1946 г.\n\n"
            "Школа пустует с 2011 г. Ремонт начнётся в марте.")
    sentences = _short(text, Language.RUSSIAN)
    assert sentences[0].startswith("Администрация Усть-Лужского поселения объявила"), sentences


def test_a_kazakh_halt_after_a_decision_that_did_not_last_is_the_short_summarys_turn() -> None:
    """Round 181's check, kk 1862: «Дегенмен оң қорытынды небәрі екі апта ғана күшінде тұрды.»,
    then the dated suit, then «Сот … қорытындының қолданылуын тоқтата тұрды.»: the halt was in no
    summary, and «…соңғы кедергі болмады.» under the lead only foretells it."""
    text = ("Павлодар әуежайын кеңейту жобасы сараптамадан өтті, бірақ сот оны тоқтата тұрды\n\n"
            "Экологиялық реттеу және бақылау комитеті 3 наурызда Павлодар әуежайын кеңейту "
            "жобасына мемлекеттік экологиялық сараптаманың оң қорытындысын берді. Құны 52 млрд "
            "теңге болатын жоба ұшу-қону жолағын ұзартуды көздейді.\n"
            "Алайда бұл шешім жоба жолындағы соңғы кедергі болмады.\n\n"
            "Жобаны «Ертіс Аэро» ЖШС жүзеге асырады. Жаңа терминал жылына 900 мың жолаушыға "
            "есептелген. Құрылыс 2025 жылы басталуы тиіс.\n\n"
            "Жоба үшін 25 гектар тоғайды кесу қажет. Саяжай иелері көшу шарттарымен келіспей "
            "отыр.\n\n"
            "Дегенмен оң қорытынды небәрі екі апта ғана күшінде тұрды. 17 наурызда облыстық "
            "мамандандырылған әкімшілік сот саяжай серіктестігінің талап арызын қабылдады. Сот "
            "іс бойынша шешім шыққанға дейін сараптама қорытындысының қолданылуын тоқтата "
            "тұрды.\n\n"
            "Компания сот ұйғарымына шағым беретінін мәлімдеді.")
    sentences = _short(text, Language.KAZAKH)
    assert any("қолданылуын тоқтата тұрды" in s for s in sentences), sentences
    assert not any("соңғы кедергі" in s for s in sentences), sentences


def test_a_kazakh_scene_in_the_present_named_for_friday_is_no_dated_news() -> None:
    """Round 181, kk 1858 (long 3 below lead as judged): «…эстрадаға … қарт көтеріледі.
    Бейсен Жұмабаев … ноталар бумасын ашады.» read as dated by the «жұма» in «Жұмабаев», and
    the summaries were the band's Sunday over its 90th anniversary, told in the next
    paragraph."""
    text = ("Ұлытау оркестрі 80 жыл бойы бірде-бір жексенбіні қалдырмады\n\n"
            "Сағат онға он минут қалғанда саябақтағы ескі эстрадаға сұр пиджак киген қарт "
            "көтеріледі. Асқар Жұмабеков қолындағы кернейді орындықтың жанына қойып, ноталарын "
            "ашады. Оның артынан кларнетшілер мен барабаншы бала келеді. Бұл көрініс Ұлытауда "
            "1944 жылдан бері әр жексенбі сайын қайталанып келеді.\n\n"
            "Өткен жексенбіде, 14 маусымда, аудандық мәдениет үйі жанындағы үрмелі аспаптар "
            "оркестрі осы дәстүрдің 80 жылдығын атап өтті. Мерейтойлық концертті тыңдауға 1 500 "
            "адам жиналды. Облыс әкімдігі ұжымға 18 жаңа аспап сыйлады.\n\n"
            "Оркестрдің тарихы 1944 жылдан басталады. Оны соғыстан оралған әскери музыкант "
            "құрған. Алғашқы концерт қалалық бақта өткен.\n\n"
            "Соғыстан кейінгі жылдары оркестрде жиырмаға жуық адам ойнады. Кейін ұжым "
            "азайды.\n\n"
            "Ең ауыр кезең 1990-жылдары болды. Музыканттардың жалақысы айлап берілмеді.\n\n"
            "Қазір оркестрде 19 музыкант бар. Ең жасы 12-де, ең үлкені 79-да.\n\n"
            "Алдағы жылы оркестр алғаш рет өз репертуарын студияда жазбақ.")
    sentences = _short(text, Language.KAZAKH)
    assert sentences[0].startswith("Өткен жексенбіде, 14 маусымда"), sentences
    from summarizer.summarize import _kazakh_scene_in_present

    assert _kazakh_scene_in_present("Асқар Жұмабеков ноталарын ашады.", Language.KAZAKH)
    assert not _kazakh_scene_in_present("Жұма күні әкімдік жоспарды ашады.", Language.KAZAKH)



@pytest.mark.parametrize(("language", "name", "turn"), [
    # round 182's check, en 1874: "UPDATE, 21:30: Lusenga's lawyers said they would file the
    # appeal on Monday." under the revocation, which the short summary never told
    ("en", "1874", "the ministry reversed its decision"),
    # the same with the festival put off under a mark of bookings called off, judged kk 969
    ("kk", "969", "14–15 қыркүйекке ауыстырылатынын"),
])
def test_a_turn_before_an_update_that_tells_none_follows_the_lead(
        presets: tuple[Length, Length], language: str, name: str, turn: str) -> None:
    short, _ = _summaries_of(language, name, presets)
    assert turn in short.text, short.text


def test_a_short_summary_tells_the_annulment_after_a_lead_that_tells_what_had_been(
        presets: tuple[Length, Length]) -> None:
    """Round 185, judged kk 1904: the lead told what the district court had ruled («…талап
    арызын қанағаттандырған еді.») and its next pick only the residents' praise of it; the
    short summary never told that the appeal board undid the ruling. The lead's "had been"
    keeps the news in its place only when a pick already tells it (kk 630)."""
    short, _ = _summaries_of("kk", "1904", presets)
    assert "апелляциялық алқасы" in short.text, short.text


def test_a_kazakh_ruling_overturned_on_appeal_is_the_turn(
        presets: tuple[Length, Length]) -> None:
    """Judged kk 1274: «27 маусымда … сот алқасы наурыздағы шешімді бұзып, жаңа шешім
    шығарды.» (the appeal board overturned the March ruling) was no turn, and the short summary
    told the March ruling it overturned in its place."""
    short, _ = _summaries_of("kk", "1274", presets)
    assert "наурыздағы шешімді бұзып" in short.text, short.text


def test_a_short_summary_tells_an_appeal_cut_past_the_judge_it_names(
        presets: tuple[Length, Length]) -> None:
    """Round 187's check, en 1928: "On Friday, … the city filed a notice of appeal with the
    Vermont Supreme Court and asked Judge Albrecht to suspend her order …" was never told in
    the short summary, as "Judge Albrecht" was not introduced there; the cut that fits leaves
    her out, so only whom it keeps must be introduced."""
    short, _ = _summaries_of("en", "1928", presets)
    assert "filed a notice of appeal" in short.text, short.text
    assert "Albrecht" not in short.text, short.text


def test_a_challenge_after_a_line_that_says_it_did_not_take_long_is_the_turn(
        presets: tuple[Length, Length]) -> None:
    """Round 187's check, en 1934: "It did not take long. Late on Wednesday afternoon the
    company filed a notice of appeal in the High Court …" under a headline of the ruling the
    appeal challenges; neither summary told the appeal."""
    short, long = _summaries_of("en", "1934", presets)
    assert "filed a notice of appeal in the High Court" in short.text, short.text
    assert "filed a notice of appeal in the High Court" in long.text, long.text


def test_a_short_summary_tells_the_appeal_a_wires_update_note_flags_past_its_short_link(
        presets: tuple[Length, Length]) -> None:
    """Round 193's check, en 2000: "Within hours, the dispute moved on. Late on Thursday,
    Dashdrop said it had lodged a notice of appeal …" under the wire's note "(Adds appeal, union
    reaction in paragraphs 9-13)" and a headline of the appeal; the short summary told the back
    pay the union estimated, the six-word link too short to stand as the turn."""
    short, _ = _summaries_of("en", "2000", presets)
    assert "lodged a notice of appeal" in short.text, short.text
    assert "Within hours" not in short.text, short.text


@pytest.mark.parametrize(("name", "told"), [
    # (round 193's check, kk 2006: the carrier's win «ұзаққа бармады», the short summary told
    # the routes' new carrier in place of the annulment)
    ("2006", "бірінші сатыдағы шешімді жойып"),
    # (judged kk 1286: the villagers' win, then «Алайда бұл жеңіс ұзаққа бармады.» alone)
    ("1286", "бірінші сатыдағы сот шешімін жойып"),
])
def test_a_kazakh_short_summary_tells_the_reversal_its_lead_foretells_past_its_contrast(
        presets: tuple[Length, Length], name: str, told: str) -> None:
    """A lead that ends on its win being short-lived, or whose next line says so, has the
    reversal told next to it: «Алайда 30 тамызда … апелляциялық алқасы бірінші сатыдағы шешімді
    жойып, …», a single sentence that leans on the one before only by «Алайда», fits told from
    its date."""
    short, _ = _summaries_of("kk", name, presets)
    assert told in short.text, short.text
    assert "Алайда 30 тамызда" not in short.text and "Алайда 7 маусымда" not in short.text


@pytest.mark.parametrize(("name", "told"), [
    # (round 193's check, kk 2000: «Алайда шешім заңды күшіне енбей жатып, даудың жаңа кезеңі
    # басталды.» foretells the appeal, told in the passive; the short summary told when the
    # claim was filed)
    ("2000", "алқасына шағым жолданғанын"),
    # (round 192, kk 1988: «…іс жаңа арнаға бұрылды.» over the builder's appeal, which did not
    # fit with the line; the short summary told the update's hearing date in its place)
    ("1988", "алқасына апелляциялық шағым бергенін"),
])
def test_a_kazakh_short_summary_tells_the_appeal_a_line_before_it_foretells(
        presets: tuple[Length, Length], name: str, told: str) -> None:
    """An appeal after a one-line teaser in its paragraph is a later turn, and it comes into a
    short summary on its own next to the lead, cut at a clause if need be, as a reversal
    told as later does."""
    short, _ = _summaries_of("kk", name, presets)
    assert told in short.text, short.text


@pytest.mark.parametrize(("name", "told"), [
    # (round 194's check: "Within hours of the ruling, Inversiones Atlántica Norte said it had
    # instructed its lawyers to file an appeal …" under the wire's note of the appeal; the short
    # summary was the lead alone)
    ("2012", "instructed its lawyers to file an appeal in cassation"),
    # (judged en 1652: "Late on Thursday afternoon, Protea Skies and Kestrel Air filed a notice
    # of appeal …"; the short summary told only that they were "not ready to give up")
    ("1652", "filed a notice of appeal with the Competition Appeal Court"),
])
def test_a_short_summary_tells_a_challenge_told_as_later_by_its_own_words(
        presets: tuple[Length, Length], name: str, told: str) -> None:
    """A challenge told as within hours of what it challenges comes into a short summary beside
    the lead cut at a clause, as a reversal so told does."""
    short, _ = _summaries_of("en", name, presets)
    assert told in short.text, short.text


def test_a_line_on_the_scene_person_s_neighbours_opens_no_news(
        presets: tuple[Length, Length]) -> None:
    """Round 194's check, kk 2014: «Енді ақсақалдың ауылдастары тағы бір жаңалыққа үміт артып
    отыр.» (the old man's fellow villagers now hope for more news) opened the paragraph of the
    plant's signing and the summaries, the old man never named in them."""
    from summarizer.summarize import _SCENE_PERSON_BY_KIND

    short, _ = _summaries_of("kk", "2014", presets)
    assert short.sentences[0].startswith("Сейсенбі күні Қызылорда облысының әкімдігі"), short.text
    assert _SCENE_PERSON_BY_KIND.match("Енді ақсақалдың ауылдастары жаңалыққа үміт артып отыр.")
    assert _SCENE_PERSON_BY_KIND.match("Now the old man's neighbours hope for more.")
    assert not _SCENE_PERSON_BY_KIND.match("Сейсенбі күні әкімдік келісімге қол қойды.")


def test_an_application_to_the_court_of_appeal_for_permission_to_challenge_is_the_turn(
        presets: tuple[Length, Length]) -> None:
    """Round 195's check, en 2030: "On Wednesday, Northgate Living confirmed it had lodged an
    application with the Court of Appeal for permission to challenge the decision, …" was no
    challenge, and the short summary was the lead alone under a deck of the developer
    "already fighting back"."""
    from summarizer.summarize import _challenges

    assert _challenges("The club lodged an application with the Supreme Court of Appeal for "
                       "leave to appeal.")
    assert not _challenges("The club lodged an application with the council for a new licence.")
    short, _ = _summaries_of("en", "2030", presets)
    assert "lodged an application with the Court of Appeal" in short.text, short.text


def test_a_russian_appeal_to_come_after_a_line_dated_already_the_next_weekday_is_the_turn(
        presets: tuple[Length, Length]) -> None:
    """Round 187's check, ru 1934: «Уже в пятницу ситуация развернулась сразу в двух
    направлениях. «Волжский квартал» сообщил, что подаст апелляционную жалобу …» under a
    headline of the ruling and «…но застройщик не сдается»; neither the appeal to come
    («подаст») nor "already on Friday" told a later turn, and the short summary told the
    permit's date in its place."""
    short, _ = _summaries_of("ru", "1934", presets)
    assert "подаст апелляционную жалобу" in short.text, short.text


def test_a_short_summary_tells_the_appeal_after_a_line_that_only_dates_it(
        presets: tuple[Length, Length]) -> None:
    """Round 187's check, ru 1256: «Уже в среду противники станции сделали следующий шаг.
    «Живая Ровдозерка» подала апелляционную жалобу …», once a turn, fitted neither whole nor
    past a link, and its update under the mark was left out as the same appeal; the short
    summary told when the ruling was read in their place. The appeal told as filed by whom
    tells more than the update's «…апелляционная жалоба поступила …»."""
    short, _ = _summaries_of("ru", "1256", presets)
    assert "подала апелляционную жалобу" in short.text, short.text


def test_a_short_summary_tells_the_challenge_the_headline_s_second_clause_gives(
        presets: tuple[Length, Length]) -> None:
    """Round 187's check, kk 1928: the headline «…рұқсатты сот жойды, бірақ құрылыс салушы
    компания шешімге шағымданатынын мәлімдеді» and «26 қазанда «Тау Строй Инвест» ЖШС …
    апелляциялық шағым берді.», dated but never told as later, was no turn; the short summary
    told when the ruling was published in its place."""
    short, _ = _summaries_of("kk", "1928", presets)
    assert "апелляциялық шағым берді" in short.text, short.text


def test_a_short_summary_tells_the_headline_s_sum_over_a_low_ranked_pick(
        presets: tuple[Length, Length]) -> None:
    """Round 187's check, en 1925: under "…, as utility unveils $214 million repair plan" the
    short summary's second pick, let in from low in the ranking for "repaired", was "Crews
    repaired 612 main breaks last year, …" and never told the plan; the sentence that gives
    the headline's sum fits in its place."""
    short, _ = _summaries_of("en", "1925", presets)
    assert "$214 million" in short.text, short.text


def test_an_english_long_summary_grows_to_its_own_floor_and_keeps_the_turn(
        presets: tuple[Length, Length]) -> None:
    """English long summaries grow to at least 185 words (`grown_min_words_languages`; blind
    pairwise in session 53, 10 articles and 2 judges: 16-4 for 185 over 160). With that room
    en 1586's long summary took "The deal began to unravel within hours. Earlier in the
    afternoon, deputies had approved …", a teaser and a flashback, as the turn, and left out
    the unions' withdrawal it foretells."""
    _, long = _summaries_of("en", "1586", presets)
    assert "voted unanimously to withdraw from the agreement" in long.text, long.text
    assert len(long.text.split()) > 165, len(long.text.split())


def test_a_kazakh_appeal_to_come_after_a_dated_statement_in_its_unit_is_the_turn(
        presets: tuple[Length, Length]) -> None:
    """Round 188's check, kk 1940: «Кешке қарай «Ертіс Полиметалл» АҚ ресми мәлімдеме таратты.
    Онда компания … апелляциялық алқасына шағым беретінін хабарлады.» was no turn, as only a
    dated line of its own before it made one; the long summary told the teaser «…іс күтпеген
    бағытқа бұрылды.» and never the appeal."""
    _, long = _summaries_of("kk", "1940", presets)
    assert "шағым беретінін хабарлады" in long.text, long.text


def test_a_report_in_sections_under_a_news_lead_is_one_story(
        presets: tuple[Length, Length]) -> None:
    """Round 188, judged kk 1938 (short 2 below lead): under a lead that reports the dated news
    before any subheading, each section's first sentence counted as a story's lead, and the short
    summary took «…электрлендіру туралы шешім 2022 ж. күзде қабылданған.», background from the
    second section, over the year's figures. Blind pairwise on 8 articles per language whose
    short summaries change (short and long, two judges): one story won en 27-5, ru 22-10, kk
    25-7."""
    short, _ = _summaries_of("kk", "1938", presets)
    assert "2022 ж. күзде қабылданған" not in short.text, short.text
    assert "11,6 млн жолаушы" in short.text, short.text


def test_a_city_that_said_it_would_apply_for_leave_to_appeal_is_the_turn(
        presets: tuple[Length, Length]) -> None:
    """Round 189's check, en 1952: "Within hours of the judgment, the city said it would apply
    for leave to appeal." was no challenge, and the short summary told the levy struck down as
    the end of it."""
    short, _ = _summaries_of("en", "1952", presets)
    assert "apply for leave to appeal" in short.text, short.text


def test_a_kazakh_appeal_told_as_filed_is_a_challenge() -> None:
    """Round 189's check, kk 1958: «…алқасына апелляциялық шағым түсіргенін мәлімдеді.» (said it
    had filed an appeal) was no challenge, while «…шағым түсірді.» is one."""
    from summarizer.summarize import _challenges

    assert _challenges("Компания облыстық соттың алқасына апелляциялық шағым түсіргенін "
                       "мәлімдеді.")
    assert not _challenges("Компания шешімді заңсыз деп санайтынын мәлімдеді.")
    # (round 193's check, kk 2000: told in the passive, «…алқасына шағым жолданғанын
    # хабарлады.», the short summary told the claim's filing in February in its place)
    assert _challenges("Компания баспасөз қызметі облыстық соттың алқасына шағым жолданғанын "
                       "хабарлады.")
    assert _challenges("Шешімге апелляциялық шағым берілді.")
    assert not _challenges("Шағым жолдау мерзімі екі ай.")


def test_a_scene_told_as_one_that_may_not_survive_hands_over_to_the_news_after_it(
        presets: tuple[Length, Length]) -> None:
    """Round 190's check, en 1960: "It is a scene that may not survive the winter after next."
    (twelve words, longer than a set-up line) opened the news paragraph, and the summaries
    skipped the council's proposals after it for the vans' figures further down."""
    from summarizer.units import is_turn

    assert is_turn("It is a scene that may not survive the winter after next.", "en",
                   words=12)
    assert not is_turn("It is a scene that has not changed in forty years.", "en", words=12)
    short, _ = _summaries_of("en", "1960", presets)
    assert short.sentences[0].startswith("On Monday, Cumbria County Council published "
                                         "proposals to withdraw four of its six mobile "
                                         "libraries"), short.text


def test_a_summary_does_not_open_on_the_time_since_a_night_it_left_out(
        presets: tuple[Length, Length]) -> None:
    """Round 195's check, ru 2020: both summaries opened «Через три недели, 21 сентября, Центр
    малых планет … подтвердил открытие.», three weeks after a night neither told; its date says
    when."""
    from summarizer.summarize import _without_interval

    for summary in _summaries_of("ru", "2020", presets):
        assert summary.text.startswith("21 сентября Центр малых планет"), summary.text
    assert _without_interval("Three weeks later, on 21 September, the centre confirmed it.") == \
        "On 21 September, the centre confirmed it."
    assert _without_interval("Үш аптадан кейін, 21 қыркүйекте, орталық оны растады.") == \
        "21 қыркүйекте орталық оны растады."
    assert _without_interval("Через день, во вторник, суд отменил решение.") == \
        "Во вторник суд отменил решение."
    # (an interval with no date after it says something no date does)
    assert _without_interval("Two days later, the council met.") == \
        "Two days later, the council met."
    assert _without_interval("Спустя полгода исследований институт подтвердил находку.") == \
        "Спустя полгода исследований институт подтвердил находку."


def test_the_news_told_as_what_a_body_set_out_to_address_is_the_lead(
        presets: tuple[Length, Length]) -> None:
    """Round 195, en 2020 (short 1.5 as judged): "That crowding is what the regional government
    of the Azores set out to address on Wednesday, when it approved a freeze on new
    whale-watching licences …" under a skipper's morning was no dated report, and the summaries
    opened on the study the rules follow."""
    from summarizer.summarize import _without_confirmation

    for summary in _summaries_of("en", "2020", presets):
        assert summary.text.startswith(
            "On Wednesday, the regional government of the Azores approved a freeze"), summary.text
    assert _without_confirmation("This congestion is what the city council voted to tackle "
                                 "on Monday evening, when it banned cars from the bridge.") == \
        "On Monday evening, the city council banned cars from the bridge."
    # (not one whose "when" tells of somebody else)
    assert _without_confirmation("That crowding is what the council set out to address on "
                                 "Monday, when residents packed the hall.").startswith("That")


def test_a_challenge_dated_the_day_after_the_lead_is_a_turn(
        presets: tuple[Length, Length]) -> None:
    """Round 196's check, en 2036: "On Tuesday morning, the traders' association confirmed that
    it had instructed solicitors to challenge the decision." under a vote "on Monday night" was
    told by neither summary; the long one told the fact box under "Coopers Row: the key facts"
    as sentences ("Trial began: 1 June 2023.") and, with the challenge in, would tell its
    teaser after it ("It may not be the final word, however. …")."""
    from summarizer.summarize import _weekday

    for summary in _summaries_of("en", "2036", presets):
        assert "instructed solicitors to challenge the decision" in summary.text, summary.text
        assert "Trial began" not in summary.text, summary.text
        assert "not be the final word" not in summary.text, summary.text
    assert [_weekday(text) for text in ("во вторник", "в воскресенье", "сейсенбі күні",
                                        "жұма күні", "сенбіде", "on Thursday", "в среду")] == \
        [1, 6, 1, 4, 5, 3, 2]


def test_a_suit_filed_hours_later_past_a_link_is_a_short_summarys_turn(
        presets: tuple[Length, Length]) -> None:
    """Round 196's check, en 2042: "That warning proved quick to come true. On Tuesday
    afternoon, less than 15 hours after the vote, a group calling itself the Alder Springs
    Property Owners Alliance filed suit …" never came into the short summary: a suit filed was
    no challenge, the cut dropped the group and its suit as an apposition of "the vote", and
    "Springs" of the alliance's name read as a surname the town's "Alder Springs, a town of
    …" introduced."""
    from summarizer.shorten import shorten
    from summarizer.summarize import _challenges

    short, _ = _summaries_of("en", "2042", presets)
    assert "filed suit in Chaffee County District Court" in short.text, short.text
    assert _challenges("Residents sued the council on Friday.")
    assert not _challenges("The council said the suit it wore was blue.")
    cut = shorten("On Tuesday afternoon, less than 15 hours after the vote, a group of owners "
                  "filed suit in the district court, asking a judge to declare the ordinance "
                  "invalid and to block it before it takes effect.", 20, "en")
    assert cut is not None and cut.text == "On Tuesday afternoon, less than 15 hours after " \
        "the vote, a group of owners filed suit in the district court.", cut
    # (a subject of a measure is no opening phrase: its apposition still goes)
    cut = shorten("More than 400 dead fish, including dozens of rare charr from the last "
                  "population in the region, have been found in the loch, officials said.", 15,
                  "en")
    assert cut is not None and "charr" not in cut.text and "have been found" in cut.text, cut


def test_a_judges_block_outranks_the_suit_before_it(presets: tuple[Length, Length]) -> None:
    """Judged en 956: the short summary told "On Tuesday morning, the … Retired Public
    Employees Association filed suit …" (once a suit counted as a challenge) where "On
    Wednesday afternoon, Judge Ellen Marsh agreed to block the freeze." undid the trustees'
    vote; neither was told before."""
    from summarizer.units import tells_reversal

    short, _ = _summaries_of("en", "956", presets)
    assert "agreed to block the freeze" in short.text, short.text
    assert "filed suit" not in short.text, short.text
    assert tells_reversal("A judge on Friday blocked the ordinance.", "en")
    assert not tells_reversal("The group asked a judge to block the ordinance.", "en")


def test_a_russian_lead_of_77_words_is_cut_to_a_whole_sentence(
        presets: tuple[Length, Length]) -> None:
    """Round 196's check, ru 2041 and ru 2035: the short summaries were cut to «…Лаптев,
    66-летний житель Рыбинска, на собственную пенсию и пожертвования горожан, восстанавливал
    … паровоз серии Эу в субботу, 7 июня, … развёл огонь в его топке и под аплодисменты
    нескольких сотен зрителей.» (the «который» alone dropped from its relative clause, and the
    second predicate cut off) and to «…приговорил … Андрея Ветлугина, который … вывел …
    более 38 млн руб.» (no term)."""
    short, _ = _summaries_of("ru", "2041", presets)
    assert "провёл машину своим ходом" in short.text, short.text
    assert "Рыбинска, на собственную" not in short.text, short.text
    short, _ = _summaries_of("ru", "2035", presets)
    assert "Андрея Ветлугина к пяти годам колонии" in short.text, short.text


def test_a_line_on_the_scene_persons_catch_does_not_open_the_news(
        presets: tuple[Length, Length]) -> None:
    """Round 196's check, kk 2038: «Осы аптадан бастап ақсақалдың және ауылдағы тағы 80-ге жуық
    балықшының ауына түскен олжаның тұрақты сатып алушысы бар.» opened both summaries, "the
    elder" of the scene never named in them, over the plant that opened on 11 October."""
    for summary in _summaries_of("kk", "2038", presets):
        assert summary.text.startswith("2016 жылғы 11 қазанда Арал қаласында"), summary.text


def test_a_short_summary_keeps_the_toll_and_the_body_the_rest_names_by_its_kind(
        presets: tuple[Length, Length]) -> None:
    """Round 196, en 2031 (short 1.5 below lead as judged): the short summary cut ", forcing
    about 1,200 residents from their homes …" from the lead for "Firefighters detected a leak
    … one of the overturned wagons …", read as a turn by its "overturned"; en 2041: the cut
    dropped "the former finance director of Irwell Vale Housing Trust" and kept "the trust's
    repairs budget"."""
    from summarizer.shorten import shorten
    from summarizer.units import tells_reversal

    short, _ = _summaries_of("en", "2031", presets)
    assert "forcing about 1,200 residents from their homes" in short.text, short.text
    short, _ = _summaries_of("en", "2041", presets)
    assert "Irwell Vale Housing Trust" in short.text, short.text
    assert not tells_reversal("Crews lifted the overturned tank wagons back onto the rails.", "en")
    assert tells_reversal("The appeal court overturned the ruling on Friday.", "en")
    cut = shorten("A tanker truck crashed near the town on Monday, forcing about 300 residents "
                  "from their homes after fumes began spreading across the valley, officials "
                  "said.", 19, "en", frozenset({"forc", "hom", "tanker", "resid"}))
    assert cut is not None and cut.text.endswith("forcing about 300 residents from their "
                                                 "homes."), cut


def test_a_boards_decision_to_appeal_is_a_challenge(presets: tuple[Length, Length]) -> None:
    """Round 197's check: en 2048's short summary never told "…Kaamos Minerals said its board
    had decided to appeal to the Supreme Administrative Court …", which the headline gives."""
    short, _ = _summaries_of("en", "2048", presets)
    assert "decided to appeal" in short.text, short.text


def test_a_russian_list_closed_inside_its_aside_goes_with_its_last_items_appositions(
        presets: tuple[Length, Length]) -> None:
    """Round 197's check, ru 2047: the short summary read «Пятеро туристов из Красноярска как
    только у одного из участников появились признаки обморожения.», the cut of «, в том числе
    … Даниил Крылов и его отец,» run on through the sentence's verb."""
    short, _ = _summaries_of("ru", "2047", presets)
    assert short.text.startswith("Пятеро туристов из Красноярска в среду были сняты"), short.text


def test_a_challenge_under_a_line_that_says_the_winners_joy_is_early_is_a_turn(
        presets: tuple[Length, Length]) -> None:
    """Round 197's check, ru 2054: «Однако радоваться перевозчику, похоже, рано. В понедельник
    вечером пресс-служба мэрии сообщила, что администрация подала апелляционную жалобу …» was
    told by neither summary, whose headline says the city is in no hurry to pay."""
    for summary in _summaries_of("ru", "2054", presets):
        assert "подала апелляционную жалобу" in summary.text, summary.text


def test_a_russian_aside_that_ends_on_a_second_participle_is_no_aside(
        presets: tuple[Length, Length]) -> None:
    """Round 197's check, ru 2053: «…горшок с 1 146 серебряными монетами конца XVI века,
    пролежавший в земле более 430 лет и спрятанный, по предварительной версии ученых, кем-то из
    горожан …» was cut to «…конца XVI века по предварительной версии ученых…», the two
    participles dropped to the first's comma."""
    short, _ = _summaries_of("ru", "2053", presets)
    assert "серебряными монетами конца XVI века." in short.text, short.text
    assert "века по предварительной" not in short.text, short.text


def test_kazakh_a_note_that_text_was_added_and_who_was_among_the_miners(
        presets: tuple[Length, Length]) -> None:
    """Round 197's check: kk 2048's summaries closed on the page's note «Компания
    апелляциялық шағым түсірді, мәтінге толықтыру енгізілді.» in place of the appeal it points
    to; kk 2047's short summary kept only the last clause of the lead, «22 жастағы Данияр
    Оспанов, сейсенбі күні … шығарылды.», the six miners gone with «оның ішінде …»."""
    for summary in _summaries_of("kk", "2048", presets):
        assert "толықтыру енгізілді" not in summary.text, summary.text
    short, _ = _summaries_of("kk", "2048", presets)
    assert "апелляциялық шағым берді" in short.text, short.text
    short, _ = _summaries_of("kk", "2047", presets)
    assert "алты кенші" in short.text and "Данияр" not in short.text, short.text


def test_a_short_summary_does_not_tell_what_the_law_says(
        presets: tuple[Length, Length]) -> None:
    """Round 197, kk 2046 (short 1.5 below lead as judged): the short summary's second sentence
    was «Су кодексіне сәйкес, су айдындарының бойында су қорғау аймағы мен су қорғау белдеуі
    белгіленеді.», what the Water Code says, for the headline's words it shares."""
    from summarizer.summarize import _THE_LAW_SAYS

    short, _ = _summaries_of("kk", "2046", presets)
    assert "Су кодексіне сәйкес" not in short.text, short.text
    assert _THE_LAW_SAYS.match("Under the Water Act, rivers have a protected strip.")
    assert _THE_LAW_SAYS.match("Согласно Водному кодексу, ширина полосы составляет 50 м.")
    assert not _THE_LAW_SAYS.match("Under pressure, the council backed down on Friday.")


def test_a_town_and_the_part_of_the_country_it_is_on_go_with_their_apposition(
        presets: tuple[Length, Length]) -> None:
    """Round 198's check, en 2065: the short summary read "Eduardo Villaseñor Rojas on Chile's
    northern coast, has become …", the cut of ", a 78-year-old retired railway engineer … in La
    Serena," leaving the coast it was on."""
    short, _ = _summaries_of("en", "2065", presets)
    assert short.text.startswith("Eduardo Villaseñor Rojas has become"), short.text


def test_kazakh_a_reversal_after_the_dated_appeal_and_a_link_of_prevention(
        presets: tuple[Length, Length]) -> None:
    """Round 198's check: kk 2060's short summary never told «Алқа бірінші сатыдағы сот
    шешімінің күшін жойып, … бас тартты.» after the appeal heard on 20 June, the headline's
    "the ecologists' victory did not last"; kk 2056's summaries opened on «Енді мұның алдын алу
    үшін …», "this" the scene told."""
    short, _ = _summaries_of("kk", "2060", presets)
    assert "сот шешімінің күшін жойып" in short.text, short.text
    for summary in _summaries_of("kk", "2056", presets):
        assert summary.text.startswith("Ауыл шаруашылығы министрлігі"), summary.text


def test_an_update_that_only_publishes_a_list_is_no_short_summarys_turn(
        presets: tuple[Length, Length]) -> None:
    """Round 198, kk 2063 (short a point below lead as judged): «Жаңартылды: Брифингтен кейін
    әкімдік биыл жөнделетін 46 көшенің толық тізімін және жұмыс кестесін ресми сайтында
    жариялады.» closed the short summary in place of the rise on last year's 17.8 billion."""
    from summarizer.summarize import _LIST_PUBLISHED

    short, _ = _summaries_of("kk", "2063", presets)
    assert "тізімін" not in short.text and "38%" in short.text, short.text
    assert _LIST_PUBLISHED.search("The council later published the full list of streets on its "
                                  "website.")
    assert _LIST_PUBLISHED.search("Мэрия опубликовала на сайте полный список улиц.")


def test_a_building_taken_under_protection_is_the_turn_a_teaser_foretold(
        presets: tuple[Length, Length]) -> None:
    """Round 199's check, ru 2072: «Однако уже к вечеру стало понятно, что это решение вряд ли
    поставит точку в споре, который длится почти три года.» closed the short summary, and
    neither summary told the order that put the house the court let be torn down under
    protection («…появился приказ о включении дома Зырянова в перечень выявленных объектов
    культурного наследия.»): a teaser with a relative clause after it, an order read as no
    reversal, and a surname the lead names with its role («дома купца Зырянова») taken as
    never introduced."""
    from summarizer.units import tells_reversal

    short, long = _summaries_of("ru", "2072", presets)
    assert "приказ о включении" in short.text and "вряд ли" not in short.text, short.text
    assert "приказ о включении" in long.text and "вряд ли" not in long.text, long.text
    assert tells_reversal("Вечером комитет взял особняк под государственную охрану.", "ru")


def test_a_russian_ruling_in_the_afternoon_of_the_leads_day_is_its_turn(
        presets: tuple[Length, Length]) -> None:
    """Round 199's check, ru 2078: «Однако во второй половине дня Семнадцатый арбитражный
    апелляционный суд … отменил решение первой инстанции …» was read as no later turn, and
    neither summary told that the city's plan to hand over the routes had been undone."""
    short, long = _summaries_of("ru", "2078", presets)
    assert "отменил решение первой инстанции" in short.text, short.text
    assert "отменил решение первой инстанции" in long.text, long.text


def test_a_persons_age_leaves_an_undated_opening_a_scene(presets: tuple[Length, Length]) -> None:
    """Round 199's check, ru 2074: an opening paragraph at a beekeeper's hive whose one figure
    is his age («…говорит 67-летний пасечник …») was read as no scene, and the short summary
    told the dead bees in the hive and never the 4,260 colonies the ministry counted."""
    short, _ = _summaries_of("ru", "2074", presets)
    assert "4 260" in short.text and "крышку улья" not in short.text, short.text


def test_a_challenge_told_by_it_after_its_day_names_who_brings_it(
        presets: tuple[Length, Length]) -> None:
    """Round 199's check, en 2078: "However, Harrowfield Homes did not wait for that process.
    Late on Tuesday, it said it would seek to overturn the ruling itself." — the appeal the
    headline gives ("developer to appeal") leaned on the line before by "it" and was no turn, so
    the short summary told the quashing alone."""
    short, long = _summaries_of("en", "2078", presets)
    told = "Late on Tuesday, Harrowfield Homes said it would seek to overturn the ruling"
    assert told in short.text, short.text
    assert told in long.text and "it said it would seek" not in long.text, long.text


def test_a_summarys_first_sentence_drops_a_clause_on_a_she_it_never_names(
        presets: tuple[Length, Length]) -> None:
    """Round 199's check, en 2074: the news past the head teacher's scene opened the short
    summary with "On Tuesday afternoon, a few hours after she rang the handbell …, Ceredigion
    County Council's cabinet voted to close the school …", a "she" no sentence of it names."""
    from summarizer.summarize import _without_pronoun_clause

    short, long = _summaries_of("en", "2074", presets)
    assert short.text.startswith("On Tuesday afternoon, Ceredigion County Council's cabinet "
                                 "voted"), short.text
    assert " she " not in long.sentences[0], long.text
    kept = "On Monday, Anna Berg said that, when she arrived, Tom Hale had left."
    assert _without_pronoun_clause(kept) == kept


def test_a_win_that_would_not_last_gives_way_to_the_stay_it_foretells(
        presets: tuple[Length, Length]) -> None:
    """Round 200's check, en 2090: "It would not last the week." closed the short summary after
    the injunction, and the appeal court's stay two days later was never told."""
    short, _ = _summaries_of("en", "2090", presets)
    assert "suspended the injunction" in short.text and "would not last" not in short.text, \
        short.text


def test_a_line_that_says_what_came_before_was_not_in_vain_goes_without_it(
        presets: tuple[Length, Length]) -> None:
    """Round 199, ru 2068 (long a point below lead as judged): the long summary told «Похоже,
    разговор не прошел впустую.» with no conversation before it, then the school it led to."""
    from summarizer.units import NOT_IN_VAIN

    _, long = _summaries_of("ru", "2068", presets)
    assert "впустую" not in long.text and "класс" in long.text, long.text
    assert NOT_IN_VAIN.search("The appeal did not fall on deaf ears.")
    assert not NOT_IN_VAIN.search("The money was not in vain, the mayor said, and the council "
                                  "voted on Tuesday to keep the library open.")


def test_a_line_that_announces_next_years_plans_never_closes_a_summary_without_them(
        presets: tuple[Length, Length]) -> None:
    """Round 200, kk 2081 (long 1.5 below lead as judged): the long summary closed on «Облыс
    әкімдігі 2024 жылға қатысты жоспарларын да жариялады.» and never told the plans."""
    from summarizer.summarize import _ANNOUNCES_VIEWS

    _, long = _summaries_of("kk", "2081", presets)
    assert "жоспарларын да жариялады" not in long.text, long.text
    assert _ANNOUNCES_VIEWS[Language.ENGLISH].match("The council also set out its plans for "
                                                    "2024.")
    assert _ANNOUNCES_VIEWS[Language.RUSSIAN].match("Мэрия также объявила свои планы на "
                                                    "2024 год.")


def test_a_building_put_on_the_heritage_list_by_the_verb_is_the_turn(
        presets: tuple[Length, Length]) -> None:
    """Round 201's check, ru 2102: «Инспекция … сообщила, что включила дом Зотова в перечень
    выявленных объектов культурного наследия.» was no turn, and the short summary told the
    court's refusal and the developer's path to demolition alone."""
    short, _ = _summaries_of("ru", "2102", presets)
    assert "включила дом Зотова в перечень" in short.text, short.text


def test_how_long_a_person_has_done_the_work_leaves_an_undated_opening_a_scene(
        presets: tuple[Length, Length]) -> None:
    """Round 201's check, en 2098: an opening at a cork factory's boiling hall whose one figure
    tells how long the sorter has done her job ("…thousands of times a shift, for 27 years.")
    was read as no scene, and the short summary never told the closure announced on Monday."""
    short, _ = _summaries_of("en", "2098", presets)
    assert "would close the site" in short.text and "steam" not in short.text, short.text


def test_a_challenge_dated_the_day_after_the_lead_follows_a_lone_lead(
        presets: tuple[Length, Length]) -> None:
    """Round 201's check, en 2102: "On Friday morning, the company filed an application for
    leave to appeal …" under a ruling "on Thursday" was told as no later turn, and the short
    summary told the ruling alone under "Developer to appeal after court scraps approval …"."""
    short, _ = _summaries_of("en", "2102", presets)
    assert "filed an application for leave to appeal" in short.text, short.text


def test_a_cassation_appeal_is_a_challenge_and_unlikely_to_be_the_last_word_a_teaser(
        presets: tuple[Length, Length]) -> None:
    """Round 201's check, en 2096: "…Andes Litio said it would file a cassation appeal with the
    Supreme Court …" was no challenge, and the long summary told "The ruling is unlikely to be
    the last word, however." with no appeal after it."""
    short, long = _summaries_of("en", "2096", presets)
    assert "cassation appeal" in short.text, short.text
    assert "cassation appeal" in long.text and "last word" not in long.text, long.text


def test_an_update_that_only_tells_until_when_applications_are_taken_is_no_turn(
        presets: tuple[Length, Length]) -> None:
    """Round 201's check, kk 2100: «Жаңарту, 16:40: … жария тыңдауға өтінімдер 15 наурызға
    дейін 1414 бірыңғай байланыс орталығы арқылы қабылданатынын хабарлады.» closed the short
    summary as the story's turn."""
    from summarizer.summarize import _LIST_PUBLISHED

    short, _ = _summaries_of("kk", "2100", presets)
    assert "өтінімдер" not in short.text, short.text
    assert _LIST_PUBLISHED.search("Applications to speak at the hearing will be accepted until "
                                  "March 15.")


def test_a_turn_told_by_a_person_never_introduced_is_told_without_whose_words_they_are(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Blind round 201, ru 2091 (short and long below lead): the short summary closed on «По
    словам Андрея Суркова, подача тепла …», a deputy mayor it never said who he was; the turn
    is told without the attribution when the unit that introduced him is not in."""
    text = ("Водители городских автобусов Твери отказались выходить на линии\n\n"
            "ТВЕРЬ, 14 октября — Верхневолжские известия. Около двухсот водителей муниципального "
            "автобусного парка Твери в понедельник утром отказались выводить машины на маршруты, "
            "требуя от перевозчика, МУП «Тверьгортранс», погасить долги по зарплате за август и "
            "сентябрь и отремонтировать неисправные тормоза.\n\n"
            "Утренний выпуск должен был начаться в 5:30. Водители собрались во дворе парка и "
            "передали директору письменное обращение.\n\n"
            "Об этом сообщил председатель профсоюзного комитета парка Олег Ракитин. По его "
            "данным, задолженность перед водителями превышает 31 млн руб.\n\n"
            "Из-за остановки на маршруты вышли только 40 автобусов из 190. На остановках в "
            "центре города к восьми утра собрались очереди.\n\n"
            "В мэрии заявили, что следят за ситуацией и ведут переговоры.\n\n"
            "Дополнено в 16:10. По словам Олега Ракитина, стороны подписали соглашение, по "
            "которому долги по зарплате будут выплачены до 25 октября. Вечером автобусы "
            "вернулись на линии.")
    short, long = summarizer.summarize(text, Language.RUSSIAN, presets)
    assert short.sentences[-1].startswith("Стороны подписали соглашение")
    # (the long summary, which introduces him, tells whose words they are)
    assert "Олег Ракитин" in long.text and "По словам Олега Ракитина, стороны" in long.text


def test_a_teaser_closing_a_sentence_is_left_out_when_the_turn_it_foretells_comes_first(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Blind round 202, en 2114: the long summary told the appeal right after the lead, then
    "The judgment is a major victory for residents …, although, as the developer made clear
    within hours, it is unlikely to be the final word.", foretelling what it had just told; and
    "…told its lawyers to seek leave to appeal" was no challenge at all."""
    text = ("Court quashes approval for hotel on Marram Point dunes\n\n"
            "PORT ELIZABETH, March 3 (Bay Wire) - The Eastern Cape High Court on Tuesday set "
            "aside the environmental approval for a 140-room hotel on the dunes at Marram Point, "
            "ruling that provincial officials had ignored the risk of coastal erosion and the "
            "loss of a nesting site for plovers.\n\n"
            "The judgment is a clear victory for residents who have fought the R410 million "
            "project for three years, although, as the developer made plain within hours, it is "
            "unlikely to be the final word.\n\n"
            "Judge Thandi Mokoena found that the department had relied on an erosion study that "
            "looked only 40 years ahead. The municipality's coastal rules require developers to "
            "plan for a century of rising seas.\n\n"
            "The residents' association said the ruling vindicated its members. \"We never "
            "opposed jobs. We opposed building on sand that the sea is taking back,\" said its "
            "chair, Lindiwe Pato.\n\n"
            "\"An official who is told a building will be safe for less than half the period the "
            "rules demand has not been told whether it will be safe,\" the judge wrote in her "
            "52-page ruling. She also found that officials had not weighed the effect of a "
            "300-metre sea wall the developer planned in front of the rooms.\n\n"
            "The court ordered the developer and the department to pay the residents' legal "
            "costs.\n\n"
            "The hotel, planned on nine hectares of private land between the village and the "
            "beach, was to include a spa and a small conference centre. The developer has said "
            "it would create about 300 construction jobs and 120 permanent posts.\n\n"
            "The developer, Bayview Leisure, had argued that the study met every rule in force "
            "in 2018, when the approval was granted.\n\n"
            "However, the ruling may not stand for long. Within hours of the judgment, Bayview "
            "Leisure said it had told its lawyers to seek leave to appeal, arguing that the "
            "judge had treated a guideline as binding law.\n\n"
            "The department said it was studying the judgment.")
    short, long = summarizer.summarize(text, Language.ENGLISH, presets)
    assert "told its lawyers to seek leave to appeal" in short.text
    assert "clear victory for residents who have fought the R410 million project for three " \
        "years." in long.text
    assert "final word" not in long.text


def test_a_challenge_dated_the_day_after_the_lead_paragraphs_day_is_a_later_turn(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Blind round 202, ru 2114: the lead named no day and the sentence after it did («Решение,
    оглашенное во вторник, …»), so «В среду «Ангара Девелопмент» подала апелляционную жалобу …»
    was no later turn and neither summary told the appeal."""
    text = ("Суд вернул охранный статус усадьбе Ларионова в Вологде\n\n"
            "ВОЛОГДА, 14 марта — Северный вестник. Вологодский городской суд признал незаконным "
            "приказ областного комитета по охране наследия, которым в 2018 г. деревянная усадьба "
            "купца Ларионова была исключена из перечня выявленных памятников. Решение, оглашенное "
            "во вторник, фактически запрещает снос здания, на месте которого застройщик собирался "
            "построить торговый центр.\n\n"
            "Усадьба построена в 1889 г. и известна резными карнизами и балконом с ажурной "
            "решеткой. В советское время в ней размещалась библиотека, с 2012 г. здание "
            "пустует.\n\n"
            "В 2018 г. комитет исключил дом из перечня на основании заключения экспертов, которые "
            "сочли, что здание было перестроено в 1970-х гг. Через год участок купило ООО "
            "«Северстрой-Инвест».\n\n"
            "Жители окрестных улиц собрали 900 подписей и обратились в суд. Повторная экспертиза "
            "показала, что сохранилось около 80% исторических конструкций.\n\n"
            "«Мы хотим, чтобы город помнил, каким он был», — сказала одна из активисток.\n\n"
            "В среду «Северстрой-Инвест» подала апелляционную жалобу в областной суд. Компания "
            "настаивает, что первая экспертиза проведена законно.\n\n"
            "Рассмотрение жалобы может состояться в мае.")
    short, _ = summarizer.summarize(text, Language.RUSSIAN, presets)
    assert "подала апелляционную жалобу" in short.text


_HERDERS_KK = (
    "Жайылым тарылады: Түрген жайлауында мал жаюға шек қойылмақ\n\n"
    "Күн енді ғана шығып келеді. Түрген жайлауындағы киіз үйдің жанында 58 жастағы Ерболат "
    "Сәрсенов қойларын қорадан шығарып жатыр. Иті алдынан жүгіріп, отарды бұлаққа қарай "
    "бұрады. «Бұл жайлауда әкем де мал баққан», – дейді ол таяғына сүйеніп. Сәрсенов жыл сайын "
    "маусымда осында көшіп келеді.\n\n"
    "Бірақ келесі жазда оның отары бұл жерге сыймауы мүмкін. Алматы облысының табиғи ресурстар "
    "басқармасы 2025 жылдан бастап Түрген жайлауында бір шаруашылыққа рұқсат етілетін мал "
    "санын екі есеге қысқартатынын жариялады. Бұйрыққа сәйкес, бір шаруашылық жайлауға 300 "
    "қойдан артық айдап шыға алмайды.\n\n"
    "Басқарманың хабарлауынша, шешім соңғы төрт жылдағы жайылым мониторингінің нәтижесіне "
    "негізделген. Мамандардың есебінше, жайлаудағы шөп қоры 2019 жылмен салыстырғанда 40%-ға "
    "азайған.\n\n"
    "Жайлауда 60-қа жуық шаруашылық мал бағады. Олардың көбі жылына үш-төрт ай ғана осында "
    "тұрады.\n\n"
    "«Отарды екіге бөлсем, қалғанын қайда апарамын?» – дейді Сәрсеновтің көршісі Бауыржан "
    "Оспанов.\n\n"
    "Аудан әкімдігі шаруаларға жем сатып алуға субсидия беретінін мәлімдеді. Бағдарламаға "
    "400 млн теңге қарастырылған.\n\n"
    "Кешке қарай Сәрсенов отарын қайта қораға қамайды. «Жайлау бізді асырады, енді оны біз "
    "сақтауымыз керек шығар», – дейді ол.\n\n"
    "Бұйрық 1 наурызда күшіне енеді.")


@pytest.mark.parametrize("line", [
    "Бірақ келесі жазда оның отары бұл жерге сыймауы мүмкін.",
    # (a line short enough to go with the announcement as one unit, as in kk 2134)
    "Бірақ келесі жазда оның отары сыймауы мүмкін.",
])
def test_a_feature_s_but_line_before_what_a_body_announced_hands_over_to_the_announcement(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length], line: str) -> None:
    """Round 204, kk 2134 (both summaries 2 or 3 as judged): under a fisherman's morning, «Бірақ
    келесі көктемде оның ауы бұрынғыдай толмауы мүмкін.» went with the committee's announcement
    of the cut, so the summaries opened on «Бұйрыққа сәйкес, …» with no order told."""
    text = _HERDERS_KK.replace("Бірақ келесі жазда оның отары бұл жерге сыймауы мүмкін.", line)
    short, long = summarizer.summarize(text, Language.KAZAKH, presets)
    for summary in (short, long):
        assert summary.sentences[0].startswith("Алматы облысының табиғи ресурстар басқармасы"), \
            summary.sentences


_SHAREHOLDERS_KK = (
    "«Шұғыла» үлескерлерінің жеңісі ұзаққа бармады: апелляциялық алқа сот шешімін бұзды\n\n"
    "ОРАЛ, 30 сәуір. «Жайық ақпарат» – Оралдағы аяқталмай қалған «Шұғыла» тұрғын үй кешенінің "
    "150 үлескері наурыз айында мамандандырылған экономикалық сотта құрылыс компаниясынан 540 "
    "млн теңге өндіріп алу туралы шешімге қол жеткізіп, дауда жеңіске жеткендей болған еді.\n\n"
    "Сот 14 наурызда «Жайық Құрылыс» ЖШС-ін үлескерлердің ақшасын толық қайтаруға міндеттеді. "
    "Судья шешімінде компанияның міндеттемелерін орындамағанын атап өтті.\n\n"
    "Кешен бес қабатты екі үйден тұруы тиіс еді. Құрылыс 2011 жылы басталған.\n\n"
    "Наурыздағы шешімнен кейін үлескерлер бір-бірін құттықтады.\n\n"
    "Компания шешіммен келіспей, шағым берді.\n\n"
    "Алайда 28 сәуірде облыстық соттың апелляциялық алқасы бірінші сатыдағы соттың шешімінің "
    "күшін жойып, істі жаңадан қарауға жіберді.\n\n"
    "Үлескерлердің өкілі алқаның шешімімен келіспейтінін айтты.")


def test_a_kazakh_win_that_only_seemed_so_gives_way_to_its_annulment_a_month_on(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 205's check, kk 2150: under «…дауда жеңіске жеткендей болған еді.», the appeal
    board's «Алайда 29 сәуірде … шешімінің күшін жойып, …» was in neither summary ("…-дей" was
    not read as "seemed", and a turn a month after the lead's date as no later one)."""
    short, long = summarizer.summarize(_SHAREHOLDERS_KK, Language.KAZAKH, presets)
    for summary in (short, long):
        assert any("күшін жойып" in sentence for sentence in summary.sentences), \
            summary.sentences


_FARES_KK = (
    "Қостанайда автобус жол ақысын көтеру туралы шешім дау туғызды\n\n"
    "ҚОСТАНАЙ, 25 қаңтар. «Тобыл ақпарат» – Қостанай қалалық мәслихаты 10 қаңтарда қалалық "
    "автобустардағы жол ақысын 80 теңгеден 110 теңгеге дейін көтеруге келісім берді, жаңа тариф "
    "1 ақпаннан бастап күшіне енуі тиіс еді. Алайда екі аптаға жетпей бұл шешімнің тағдыры "
    "күрт өзгерді.\n\n"
    "Ұсынысты қаланың жолаушылар көлігі бөлімі енгізген. Бөлімнің есебінше, бір жолаушыны "
    "тасымалдаудың өзіндік құны 98 теңгеге жеткен.\n\n"
    "Тасымалдаушылар соңғы үш жылда тарифтің өзгермегенін алға тартып келді.\n\n"
    "Тұрғындар петицияға 8 мыңнан астам қол жинады.\n\n"
    "Осыдан кейін жағдай өзгерді. 22 қаңтарда қала прокуратурасы мәслихат шешіміне наразылық "
    "келтірді.\n\n"
    "Әкімдік тасымалдаушыларға субсидия бөлуді жоспарлап отыр.")


def test_a_kazakh_lead_s_teaser_of_a_turn_gives_way_to_the_turn_after_this(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 205's check, kk 2144: the short summary closed on the lead's teaser «Алайда екі
    аптаға жетпей бұл шешімнің тағдыры күрт өзгерді.» and never told the prosecutor's protest
    after «Осыдан кейін жағдай өзгерді.»."""
    short, _ = summarizer.summarize(_FARES_KK, Language.KAZAKH, presets)
    assert any("прокуратурасы" in sentence for sentence in short.sentences), short.sentences
    assert not any("тағдыры күрт өзгерді" in sentence for sentence in short.sentences)


_MINE_EN = (
    "UPDATE 2-Court clears Westport coal mine expansion; opponents file appeal within days\n\n"
    "(Adds appeal filed in High Court on Friday)\n\n"
    "WESTPORT, New Zealand, Nov 12 (Southern Wire) - The Environment Court has approved a "
    "30-hectare expansion of the Ngakawau coal mine near Westport on the South Island's West "
    "Coast. The ruling could keep the mine running until 2024, but it is already being "
    "challenged by a local conservation group.\n\n"
    "In a 70-page decision released on Monday, Judge Ruth Kelly granted resource consents to "
    "Buller Ridge Coal Ltd, which has run the mine since 2001.\n\n"
    "The court said the expansion would bring lasting economic benefits to the Buller "
    "district. The mine employs 150 people directly.\n\n"
    "The company must post a $9 million bond to cover rehabilitation of the site.\n\n"
    "Opponents had argued at a two-week hearing in August that the forest was too important "
    "to lose.\n\n"
    "On Friday, however, the Buller Forest Guardians, a community group that led the "
    "opposition, filed an appeal in the High Court in Christchurch.\n\n"
    "The company said it was confident the ruling would stand.")


def test_a_grown_summary_does_not_foretell_an_appeal_it_told_already(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 205, judged en 2144 (long 1.5 below lead): the long summary told the appeal right
    after the lead, then the lead's own "…, but it is already being challenged by a local
    conservation group." as if it were still to come."""
    _, long = summarizer.summarize(_MINE_EN, Language.ENGLISH, presets)
    told = [k for k, sentence in enumerate(long.sentences) if "filed an appeal" in sentence]
    assert told, long.sentences
    assert not any("already being challenged" in sentence
                   for sentence in long.sentences[told[0]:]), long.sentences


@pytest.mark.parametrize(("text", "challenge"), [
    ("On Tuesday evening, commissioners voted 3-2, along the same lines as the original "
     "decision, to appeal the ruling to the Georgia Court of Appeals.", True),
    ("On Tuesday evening, commissioners voted 3-2 to approve the budget.", False),
    # (round 207's check, en 2174: and to seek leave to appeal)
    ("At a special meeting on Wednesday evening, council voted 4-1 to seek leave to appeal the "
     "decision to the Divisional Court.", True),
    ("Council voted 4-1 to seek leave to build a second bridge.", False),
])
def test_a_vote_to_appeal_with_its_tally_and_an_aside_is_a_challenge(text: str,
                                                                    challenge: bool) -> None:
    """Round 206's check, en 2162: "…voted 3-2, along the same lines as the original decision,
    to appeal the ruling …" was no challenge, so no turn of the story."""
    from summarizer.summarize import _challenges

    assert _challenges(text) is challenge


def test_a_second_round_of_the_dispute_set_going_foretells_a_turn() -> None:
    """Round 206's check, en 2162: "But within a day, the county had set in motion a second
    round in the dispute." came into the long summary after the company's halt, with the
    county's appeal it foretold left out."""
    from summarizer.summarize import _TURN_FORETOLD

    assert _TURN_FORETOLD.search("But within a day, the county had set in motion a second "
                                      "round in the dispute.")
    assert not _TURN_FORETOLD.search("The county opened a second office in the town.")


def test_an_appeal_a_short_paragraph_says_came_later_is_the_short_summarys_turn(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 207's check, en 2174: the tribunal's approval, the company's and the residents'
    words, then a paragraph of one line, "Two days later, the township moved to reopen the
    fight.", over the council's vote to seek leave to appeal. The line said nothing of how it
    came later to `_told_later_by_line_before`, with no "however", so neither summary told the
    appeal the headline gives."""
    text = ("Mill fight heads to court after town rejects board's approval\n\n"
            "A provincial tribunal has approved a sawmill on the edge of the Town of Pine "
            "Ridge, overruling the town council and hundreds of residents who had fought the "
            "project for three years.\n\n"
            "In a decision released on Monday, the Land Tribunal found that Harlow Timber Ltd. "
            "could build the mill on a 40-hectare site beside the river and run it around the "
            "clock.\n\n"
            "The tribunal said the company's noise studies showed no serious risk to the 900 "
            "homes nearest the site, provided that a wall was built along the river road.\n\n"
            "Harlow Timber, which employs 80 people, welcomed the ruling. \"The evidence was on "
            "our side,\" its president said.\n\n"
            "Residents said they were angry. \"We did everything right and we lost,\" said one "
            "of them, a retired teacher who lives on the river road.\n\n"
            "Two days later, the town moved to reopen the fight.\n\n"
            "At a special meeting on Wednesday evening, attended by about 200 residents who "
            "filled the hall and stood in the corridor, the town council voted 5-2 to seek leave "
            "to appeal the decision to the Divisional Court.\n\n"
            "Because the tribunal's rulings can be appealed only on points of law, the town "
            "must first persuade a judge that the case raises a legal error.\n\n"
            "The town has already spent $900,000 on legal and expert fees since 2019. An appeal "
            "is expected to cost a further $100,000.\n\n"
            "The company said it would oppose the appeal. It said work would not begin until it "
            "had a permit from the environment ministry.\n\n"
            "The town has 30 days to file its motion. A hearing would not take place before "
            "next spring.")
    short, long = summarizer.summarize(text, Language.ENGLISH, list(presets))
    assert any("voted 5-2 to seek leave to appeal" in sentence for sentence in short.sentences), \
        short.sentences
    assert any("voted 5-2 to seek leave to appeal" in sentence for sentence in long.sentences), \
        long.sentences


def test_an_appeal_after_a_teaser_a_day_after_the_ruling_is_the_short_summarys_turn(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 207's check, ru 2174: the court ended a lease «во вторник, 16 апреля»; further
    down «Однако радоваться, судя по всему, рано. В среду, 17 апреля, «Гранит-Девелопмент»
    сообщил, что подал в Семнадцатый арбитражный апелляционный суд в Перми жалобу на решение
    …, а также ходатайство …». The appeal was no challenge with the court between, the teaser
    foretold nothing, its day was not read past the teaser, and its cut ended in «…»: neither
    summary told it. The chronology at the end ran its lines together and stood as the turn."""
    text = ("Суд расторг договор аренды земли под стройку в томском сквере\n\n"
            "ТОМСК, 16 апреля — Арбитражный суд Томской области во вторник, 16 апреля, расторг "
            "договор аренды участка площадью 0,9 га в Заречном сквере, где ООО «Сибирский "
            "квартал» собиралось построить два 20-этажных дома, и обязал компанию в течение "
            "двух месяцев освободить землю и вернуть ее городу.\n\n"
            "Иск к застройщику подала мэрия Томска. По договору стройка должна была начаться "
            "не позднее марта 2019 г., однако к этому сроку на участке появился лишь забор.\n\n"
            "В новом генеральном плане сквер отнесен к зоне отдыха, строить жилье там нельзя. "
            "Договор аренды был заключен в 2016 г. сроком на восемь лет.\n\n"
            "Жители соседних домов встретили решение суда аплодисментами. Они три года "
            "собирали подписи в защиту сквера.\n\n"
            "Однако радоваться, судя по всему, рано. В среду, 17 апреля, «Сибирский квартал» "
            "сообщил, что подал в Седьмой арбитражный апелляционный суд в Томске жалобу на "
            "решение первой инстанции, а также ходатайство о приостановлении его исполнения.\n\n"
            "Одновременно компания направила в суд отдельный иск к мэрии о взыскании убытков "
            "на 120 млн руб.\n\n"
            "Пока жалоба не рассмотрена, решение в силу не вступает. Заседание в апелляционном "
            "суде может состояться не раньше июня.\n\n"
            "ХРОНОЛОГИЯ СПОРА\n"
            "2016 г. — мэрия и «Сибирский квартал» заключают договор аренды\n"
            "Март 2019 г. — истекает срок начала стройки\n"
            "Октябрь 2023 г. — мэрия подает иск о расторжении договора\n"
            "16 апреля 2024 г. — суд расторгает договор\n"
            "17 апреля 2024 г. — застройщик подает апелляцию")
    short, long = summarizer.summarize(text, Language.RUSSIAN, list(presets))
    for summary in (short, long):
        assert any("подал в Седьмой арбитражный апелляционный суд" in sentence
                   for sentence in summary.sentences), summary.sentences
        assert not any("…" in sentence or "аренды Март 2019 г." in sentence
                       for sentence in summary.sentences), summary.sentences


@pytest.mark.parametrize(("text", "challenge"), [
    ("Компания сообщила, что подала в Седьмой арбитражный апелляционный суд в Томске жалобу "
     "на решение первой инстанции.", True),
    ("Жители подали в суд иск к мэрии.", True),
    ("Компания подала в суд документы о регистрации.", False),
    # (round 208's check, ru 2180: a claim that contests an order)
    ("ООО «Ангара-Девелопмент» подало в Арбитражный суд Иркутской обл. заявление об "
     "оспаривании приказа областной службы.", True),
])
def test_an_appeal_named_with_the_court_it_goes_to_is_a_challenge(text: str,
                                                                   challenge: bool) -> None:
    """Round 207's check, ru 2174: «…подал в Семнадцатый арбитражный апелляционный суд в Перми
    жалобу на решение …» was no challenge: the court stood between the verb and the appeal."""
    from summarizer.summarize import _challenges

    assert _challenges(text) is challenge


def test_a_paragraphs_opening_line_that_only_names_its_topic_does_not_close_a_short_summary(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 207's check, en 2172: "The central finding of the review concerns the trust's
    disaster recovery arrangements." came into the short summary after the lead, the finding
    itself left in the paragraph it opens."""
    text = ("Council flood failure was 'entirely avoidable', review finds\n\n"
            "A pumping failure that left 300 homes in Eastmoor under water for three days in "
            "February was \"entirely avoidable\" and the result of years of unheeded warnings, an "
            "independent review of the city council's flood defences has concluded.\n\n"
            "The report, published on Thursday, found that the council had been told in 2019 "
            "that two of the four pumps at the Eastmoor station were worn out.\n\n"
            "The failure began at about 2am on 6 February, when the station's last working pump "
            "stopped during a storm.\n\n"
            "Residents were moved to a school hall. Some did not return home for six weeks.\n\n"
            "The central finding of the review concerns the avoidable flood failure. On paper, "
            "the council had a mobile pump that was meant to arrive within two hours. In "
            "practice it was parked 40 miles away and had no crew.\n\n"
            "The council said it had ordered two new pumps. Its leader said he was sorry.\n\n"
            "The review made 14 recommendations. The council will discuss them in public on "
            "12 May.")
    short, _ = summarizer.summarize(text, Language.ENGLISH, list(presets))
    assert not any(sentence.startswith("The central finding") for sentence in short.sentences), \
        short.sentences


@pytest.mark.parametrize(("text", "topic"), [
    ("The central finding of the review concerns the trust's disaster recovery arrangements.",
     True),
    ("The news did not come as a complete surprise.", True),
    ("Главный вывод комиссии касается системы резервного питания.", True),
    ("Эта новость не стала неожиданностью для жителей.", True),
    ("The central finding is that the pumps were never tested.", False),
    ("The company said no illnesses had been reported so far.", False),
])
def test_a_line_that_only_names_what_its_paragraph_tells_is_known(text: str,
                                                                  topic: bool) -> None:
    from summarizer.summarize import _TOPIC_LINE

    assert (_TOPIC_LINE.match(text) is not None) is topic


def test_a_rescue_set_against_the_lead_and_dated_since_is_the_short_summarys_turn(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 207's check, ru 2170: «В сентябре институт уведомил сотрудников, что … станция
    будет законсервирована: …» and then «Но на прошлой неделе институт подписал трехлетнее
    соглашение с международным консорциумом …» in the same paragraph; the short summary told
    the closure and «Почему это важно не только для Камчатки, объясняют сами партнеры.», never
    the rescue."""
    text = ("Маяк на мысе: как Сахалин едва не лишился метеостанции\n\n"
            "Каждое утро ровно в семь Нина Белова выходит из дома, поднимается по лестнице к "
            "приборам и записывает показания в толстую тетрадь. Так она делает уже 31 год.\n\n"
            "До ближайшего поселка отсюда 60 км. Зимой дорогу заносит, и продукты на станцию "
            "привозят вертолетом раз в месяц.\n\n"
            "Еще месяц назад казалось, что тетрадь Беловой скоро станет музейным экспонатом. В "
            "августе управление гидрометслужбы уведомило сотрудников, что с 1 января станция "
            "будет закрыта: на ее содержание — 3,8 млн руб. в год с учетом вертолетных рейсов, "
            "топлива и зарплаты двух сотрудников — в урезанном бюджете денег не нашлось. Но на "
            "прошлой неделе управление подписало трехлетнее соглашение с консорциумом "
            "авиакомпаний, в который вошли три перевозчика из Японии и Кореи.\n\n"
            "Почему это важно не только для Сахалина, объясняют сами авиаторы. Над островом "
            "проходят трассы между Азией и Америкой, и точный прогноз ветра нужен каждый "
            "день.\n\n"
            "Деньги консорциума пойдут на новые приборы. Часть датчиков на станции работает с "
            "1986 г.\n\n"
            "Летом партнеры обещают поставить солнечные панели, которые сократят завоз топлива "
            "вдвое.")
    short, _ = summarizer.summarize(text, Language.RUSSIAN, list(presets))
    assert any("управление подписало трехлетнее соглашение" in sentence
               for sentence in short.sentences), short.sentences
    assert not any(sentence.startswith("Почему это важно") for sentence in short.sentences), \
        short.sentences


def test_a_short_challenge_that_opens_the_update_is_the_short_summarys_turn(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 208's check, en 2186: under "UPDATE (Friday 20 November):", "Derrynaslieve Wind
    lodged its application for leave to appeal on Thursday." was read as a line that only
    announces the update, and "An Bord Pleanála has told the court it will not oppose the
    application." as the update; the short summary told the board's word, never the appeal."""
    text = ("High Court quashes permission for Carrowmore solar farm, developer to fight on\n\n"
            "DUBLIN — The High Court has quashed planning permission for a 40-hectare solar farm "
            "in Co Sligo, ruling that the planning board failed to assess the project's effect "
            "on a protected bog.\n\n"
            "The decision, delivered on Friday, is a setback for Carrowmore Solar Ltd, which had "
            "planned to start building next spring.\n\n"
            "In a 30-page judgment, the judge found that the board had relied on general "
            "assurances rather than a specific assessment of the bog.\n\n"
            "The judge awarded costs to the residents' group that brought the case. The group "
            "represents about 40 households.\n\n"
            "The project had a long route through the planning system. The county council "
            "refused permission in 2007, and the board overturned the refusal in 2008.\n\n"
            "The company's managing director said the judgment set a standard no solar farm in "
            "the west could meet.\n\n"
            "Industry representatives said the ruling created uncertainty for a dozen projects. "
            "Conservation groups welcomed it.\n\n"
            "The company has 14 days to lodge its application.\n\n"
            "UPDATE (Friday 20 November): Carrowmore Solar lodged its application for leave to "
            "appeal on Thursday. The planning board has told the court it will not oppose the "
            "application. The matter will be heard in the High Court on 8 December.")
    short, long = summarizer.summarize(text, Language.ENGLISH, list(presets))
    for summary in (short, long):
        assert any("lodged its application for leave to appeal" in sentence
                   for sentence in summary.sentences), summary.sentences


def test_a_service_suspended_after_an_accident_leaves_the_injured_in_the_short_summary(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 208, ru 2175 (short 1.5 below lead as judged): under a riverboat run aground, «Все
    люди сняты с судна, трое пассажиров получили лёгкие травмы.» gave way to «Рейсы в Макарьево
    компания приостановила …», a suspension read as the story's turn."""
    text = ("На Оке у Мурома сел на мель теплоход с 90 пассажирами\n\n"
            "Прогулочный теплоход «Ока-3», на борту которого находились 90 пассажиров и пять "
            "членов экипажа, в субботу около 15:00 сел на мель на Оке в районе Мурома, сообщили "
            "в региональном ГУ МЧС. Все люди сняты с судна, двое пассажиров получили лёгкие "
            "травмы.\n\n"
            "Теплоход выполнял рейс из Мурома в Касимов. По предварительным данным, при "
            "расхождении с баржей судно отклонилось от фарватера и вышло на песчаную косу.\n\n"
            "Пробоин в корпусе нет, угрозы затопления не возникло.\n\n"
            "Пассажиров переправили на берег на катерах МЧС и речной полиции. Операция заняла "
            "около трех часов.\n\n"
            "Теплоход построен в 1984 г. и рассчитан на 120 пассажиров.\n\n"
            "Транспортная прокуратура начала проверку соблюдения правил судоходства.\n\n"
            "Снять судно с мели планируют в понедельник с помощью двух буксиров.\n\n"
            "Рейсы в Касимов компания приостановила как минимум до 1 июля. Пассажиры могут "
            "сдать билеты в кассах на набережной.")
    short, _ = summarizer.summarize(text, Language.RUSSIAN, list(presets))
    assert any("получили лёгкие травмы" in sentence for sentence in short.sentences), \
        short.sentences


def test_a_cut_told_after_the_appeal_courts_dated_line_is_the_short_summarys_turn(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 208, kk 2186: under a lead of a 2.4 billion tenge award and «Алайда шешім күшіне
    енбей жатып-ақ дауға айналды.», «Дүйсенбі күні … облыстық сотының … апелляциялық алқасы
    бұл уәжбен келісті. Алқа бірінші сатыдағы сот шешімін өзгертіп, … соманы … 610 млн
    теңгеге дейін азайтты.»; the short summary told the award and that it was the region's
    largest, never its cut."""
    text = ("Жайықты ластаған «Орал Металл» ісі: апелляция өтемақыны үш есе азайтты\n\n"
            "Батыс Қазақстан облысының мамандандырылған ауданаралық экономикалық соты ақпан "
            "айында «Орал Металл» ЖШС-ны Жайық өзеніне тазартылмаған өндірістік су ағызғаны "
            "үшін табиғатқа келтірілген 900 млн теңге зиянды өтеуге міндеттеген болатын. Бұл "
            "облыстағы экологиялық істер бойынша ең ірі сома еді. Алайда шешім күшіне енбей "
            "жатып-ақ дауға айналды.\n\n"
            "Тексеріс өткен жылдың қыркүйегінде басталды. Инспекторлар зауыттың су шығаратын "
            "құбырынан сынама алды.\n\n"
            "Зертхана мұнай өнімдерінің мөлшері нормадан 8 есе асқанын көрсетті.\n\n"
            "Зауытта 600-ге жуық адам жұмыс істейді.\n\n"
            "Серіктестік шешіммен келіспей, наурызда апелляциялық шағым берді. Оның уәжі – "
            "зиян көлемін есептеу тәсілі.\n\n"
            "Сейсенбі күні облыстық соттың азаматтық істер жөніндегі апелляциялық алқасы бұл "
            "уәжбен келісті. Алқа бірінші сатыдағы сот шешімін өзгертіп, серіктестіктен "
            "өндірілетін соманы 900 млн теңгеден 280 млн теңгеге дейін азайтты.\n\n"
            "Экологтар шешімге наразы. Департамент кассациялық өтініш беруге дайындалып "
            "жатыр.")
    short, _ = summarizer.summarize(text, Language.KAZAKH, list(presets))
    assert any("280 млн теңгеге дейін азайтты" in sentence for sentence in short.sentences), \
        short.sentences


def test_a_kazakh_sentence_a_few_words_too_long_drops_the_ages_before_its_names() -> None:
    """Round 208, kk 2179: a 79-word lead whose first clause ran to 62 words was cut to «…
    сәйкесінше 8 және… өтеу міндеті жүктелді.», the sentences spliced away; without the two
    ages before the names, the clause fits whole."""
    from summarizer.shorten import shorten

    text = ("Шығыс Қазақстан облысы Ұлан ауданы әкімдігінің білім бөлімін 2016–2019 жылдары "
            "басқарған 48 жастағы Ерлан Сапаров пен мердігер «Алтай Құрылыс Сервис» ЖШС-ның "
            "директоры, 39 жастағы Болат Қасымов Таврия ауылындағы 300 орындық мектептің "
            "жөнделуіне бюджеттен бөлінген қаражаттан 210 млн теңгені орындалмаған жұмыстарға "
            "жасалған жалған актілер арқылы жымқырғаны үшін бейсенбі күні облыстың қылмыстық "
            "істер жөніндегі мамандандырылған ауданаралық сотының үкімімен сәйкесінше 7 және 5 "
            "жылға бас бостандығынан айырылды, ал Сапаровқа мемлекеттік қызметте өмір бойы "
            "жұмыс істеуге тыйым салынып, екеуіне де залалды толық өтеу міндеті жүктелді.")
    clause = text.split(", ал ")[0]
    assert len(clause.split()) > 60
    cut = shorten(text, 60, "kk", frozenset({"мектеп", "жымқыр", "сотт"}))
    assert cut is not None and "…" not in cut.text, cut
    assert cut.text.endswith("7 және 5 жылға бас бостандығынан айырылды."), cut
    assert "Ерлан Сапаров пен" in cut.text and "Болат Қасымов" in cut.text, cut


def test_an_act_signed_that_halts_the_decision_is_the_short_summarys_turn(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 209, ru 2198: «…глава администрации … подписал постановление о приостановлении
    решения своего заместителя.» was no reversal, and the short summary closed on the teaser
    «Продержалось это решение меньше двух суток.»; neither summary told the halt."""
    from summarizer.units import tells_reversal

    assert tells_reversal("Мэр подписал распоряжение об отмене приказа.", "ru")
    assert not tells_reversal("Мэр подписал распоряжение о ремонте моста.", "ru")
    text = ("Закрытие трёх бассейнов Самары отменили через два дня\n\n"
            "Администрация Самары в понедельник, 9 февраля, объявила, что с 1 марта закроет "
            "три из пяти муниципальных бассейнов города, сославшись на долги учреждения "
            "«Спортсервис» перед теплоснабжающей компанией, достигшие 48 млн руб. Продержалось "
            "это решение недолго.\n\n"
            "Бассейны посещают около 9 тыс. человек в месяц, в том числе 40 детских секций.\n\n"
            "Экономия должна была составить 1,3 млн руб. в месяц.\n\n"
            "Уже во вторник петицию против закрытия подписали более 5 тыс. человек, а у здания "
            "администрации прошёл пикет.\n\n"
            "В среду вечером глава администрации Самары подписал постановление о "
            "приостановлении решения своего заместителя. Все бассейны продолжат работать как "
            "минимум до 1 июня.\n\n"
            "Для поиска выхода создана рабочая группа. У неё 30 дней на подготовку "
            "предложений.")
    for summary in summarizer.summarize(text, Language.RUSSIAN, list(presets)):
        assert any("подписал постановление о приостановлении" in sentence
                   for sentence in summary.sentences), summary.sentences


def test_a_kazakh_line_that_says_the_story_turned_gives_way_to_the_halt_a_day_later(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 209, kk 2192: «Алайда 25 шілдеде жағдай өзгерді. … департаменті … тексеру
    нәтижесін жариялады.» was the short summary's turn, and «Бір күннен кейін, 26 шілдеде,
    қалалық мәслихат … шешімнің қолданылуын 1 қазанға дейін тоқтата тұрды.» was told
    nowhere."""
    text = ("Павлодарда жол ақысын көтеру туралы мәслихат шешімі облыс әкімдігінің талабымен "
            "тоқтатылып, қайта қаралатын болды\n\n"
            "Павлодар қалалық мәслихаты мамыр айында мақұлдаған, қалалық автобустарда жол жүру "
            "ақысын 90 теңгеден 130 теңгеге дейін көтеру туралы шешім 1 шілдеде күшіне енуге "
            "тиіс еді. Алайда жаңа тарифтің тағдыры соңғы аптада күрт өзгерді.\n\n"
            "Шешімді 29 депутаттың 21-і қолдады. Зейнеткерлер бұрынғыдай тегін жүреді.\n\n"
            "Тасымалдаушылар тарифті қайта қарауды екі жылдан бері сұрап келген. Олардың "
            "есебінше, дизель отыны 30 пайызға қымбаттаған.\n\n"
            "Тұрғындар шешімге наразы болып, петицияға 9 мыңнан астам адам қол қойды.\n\n"
            "Алайда 24 маусымда жағдай өзгерді. Облыстық департамент тасымалдаушылардың "
            "есептерін тексеру нәтижесін жариялады. Ведомство шығындар 17 пайызға асырып "
            "көрсетілгенін анықтады.\n\n"
            "Осыдан кейін облыс әкімі қалалық әкімдікке тарифтің күшіне енуін тоқтатуды "
            "тапсырды. Бір күннен кейін, 25 маусымда, қалалық мәслихат кезектен тыс сессия "
            "өткізіп, мамырдағы шешімнің қолданылуын 1 қыркүйекке дейін тоқтата тұрды. Бұл "
            "ұсынысты 25 депутат қолдады.\n\n"
            "Тарифті қайта есептеу үшін жұмыс тобы құрылады.")
    short, _ = summarizer.summarize(text, Language.KAZAKH, list(presets))
    assert any("қолданылуын 1 қыркүйекке дейін тоқтата тұрды" in sentence
               for sentence in short.sentences), short.sentences


def test_a_kazakh_cut_keeps_the_team_a_described_doctor_leads_from_his_name(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 209, kk 2191: «…меңгерушісі, медицина ғылымдарының кандидаты, 47 жастағы Нұрлан
    Сейітқалиев бастаған … дәрігерлер бригадасы … жасады» was cut to «…Шалқар ауданының
    тұрғыны, …», with no one who operated: «кандидаты,» read as a verb and «бригадасы» as no
    group."""
    lead = ("Қостанай облыстық көпбейінді ауруханасының трансплантология бөлімшесінің "
            "меңгерушісі, медицина ғылымдарының кандидаты, 51 жастағы Ерлан Байжанов бастаған "
            "тоғыз адамнан тұратын дәрігерлер бригадасы 3 наурыздан 4 наурызға қараған түні он "
            "бір сағатқа созылған күрделі операция барысында бүйрек жеткіліксіздігінің соңғы "
            "сатысымен үш жылдан бері кезекте тұрған Әулиекөл ауданының тұрғыны, 36 жастағы "
            "агроном Серік Омаровқа оның 40 жастағы туған ағасы Асқар Омаровтың бүйрегін "
            "ауыстырып салып, облыс тарихында алғаш рет тірі донордан бүйрек трансплантациясын "
            "жасады, деп хабарлады облыстық денсаулық сақтау басқармасы сейсенбі күні.")
    assert len(lead.split()) > 60
    text = ("Қостанайда алғаш рет тірі донордан бүйрек ауыстырылды\n\n"
            f"ҚОСТАНАЙ, 6 наурыз – Қостанай хабары. {lead}\n\n"
            "Операция бейсенбі күні кешкі сағат 20:00-де басталып, жұма күні таңертең "
            "аяқталған. Басқарманың мәліметінше, операция асқынусыз өтті.\n\n"
            "Бұған дейін облыс тұрғындары Астанадағы клиникаларға жіберіліп келген. Қазір "
            "облыста мұндай операцияны күтіп жүрген 52 адам тіркелген.")
    short, _ = summarizer.summarize(text, Language.KAZAKH, list(presets))
    assert not short.text.startswith("…"), short.text
    assert "Ерлан Байжанов бастаған" in short.sentences[0], short.sentences
    assert short.sentences[0].endswith("бүйрек трансплантациясын жасады."), short.sentences
    short, _ = _summaries_of("kk", "2191", presets)
    assert not short.text.startswith("…"), short.text
    assert "Нұрлан Сейітқалиев бастаған" in short.sentences[0], short.sentences


def test_news_that_takes_the_scene_as_one_of_many_follows_the_scenes_opening(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 209, en 2194: under "José Almeida lifts the … axe … and taps the trunk of a cork
    oak …", "Scenes like this one, repeated across the cork belt of southern Portugal, led the
    government in Lisbon on Thursday to announce a €45 million emergency fund for growers."
    was told nowhere in the short summary, which was the grower's morning."""
    from summarizer.units import is_feature_opening

    assert is_feature_opening("Maria Lopes kneels beside the hive and lifts the lid.", "en")
    assert not is_feature_opening("Maria Lopes lifts the ban on Monday.", "en")
    text = ("In Kerry's bogs, a wet summer leaves the turf too soft to cut\n\n"
            "Government announces €12 million fund as turf cutters face their smallest "
            "harvest in memory\n\n"
            "By Aoife Brennan\n"
            "12 June 2024 · 6 min read\n\n"
            "KILLORGLIN, Ireland — Patrick Moran lifts the long, narrow spade his grandfather "
            "made and pushes it into the bank of black turf at the edge of the bog. Then he "
            "waits. A good bank, he explains, holds the blade halfway, the sign of turf firm "
            "enough to cut into clean bricks. This one lets it sink to the handle. Moran, 61, "
            "who has cut turf on this hillside every May since he left school, pulls the spade "
            "out, marks the bank with a stick and walks on to the next one.\n\n"
            "By noon his two sons have marked more banks than they have cut. After the wettest "
            "spring in a century, the turf is too soft to hold a shape, and cutting it now "
            "would waste a year's growth. \"In forty years I never left a bank standing,\" "
            "Moran says. \"This year we are leaving most of them.\"\n\n"
            "Scenes like this one, repeated across the bogs of the west, led the government in "
            "Dublin on Tuesday to announce a €12 million fund for households that heat their "
            "homes with turf. The decision came after a survey showed that cutting was down "
            "by almost two thirds.\n\n"
            "Under the scheme, households will be able to claim up to €600 towards the cost of "
            "coal or oil this winter. Applications open on 1 September.\n\n"
            "\"We cannot make it stop raining,\" the minister told reporters. \"What we can "
            "do is make sure nobody goes cold this winter.\"\n\n"
            "About 40,000 households in the west still heat their homes with turf. Most of "
            "them cut it themselves from banks their families have worked for generations.\n\n"
            "Scientists say wet years are becoming more common. In plots monitored by the "
            "university in Galway, the water table stayed above the surface for 40 days this "
            "spring, against an average of 12.\n\n"
            "Growers welcomed the money but said it came late. Environmental groups said the "
            "fund should help families move away from turf for good.")
    short, _ = summarizer.summarize(text, Language.ENGLISH, list(presets))
    assert any("led the government in Dublin on Tuesday" in sentence
               for sentence in short.sentences), short.sentences
    assert short.sentences[0].startswith("Patrick Moran lifts"), short.sentences


def test_an_official_confirmation_dated_after_the_scenes_night_is_the_news(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 209, ru 2188: under a shed with a home-built telescope, «В ночь на 9 октября небо
    над Бурмакино впервые за две недели очистилось от облаков.» was the news, and «20 октября
    Центр малых планет … подтвердил: кировский любитель открыл ранее неизвестную …
    комету.» was told in neither summary's first place."""
    text = ("Астероид с балкона: как инженер из Вологды попал в астрономические каталоги\n\n"
            "На застекленном балконе пятого этажа у Павла Смирнова пахнет канифолью и старыми "
            "книгами. Телескоп на треноге стоит у окна, а рядом на табуретке лежит ноутбук с "
            "треснувшим экраном. Оправу для зеркала Смирнов выточил сам на заводе, где "
            "проработал тридцать лет. «Соседи думали, что я смотрю в их окна», — смеется "
            "58-летний инженер.\n\n"
            "В ночь на 14 марта небо над Кадниковом впервые за неделю очистилось от туч. Смирнов "
            "снял участок неба в созвездии Льва, а утром заметил на снимках слабую точку. За "
            "час она сместилась относительно звезд. В каталогах на этом месте ничего не "
            "значилось.\n\n"
            "28 марта Центр малых планет Международного астрономического союза подтвердил: "
            "вологодский любитель открыл ранее неизвестный астероид. Это первый астероид, "
            "открытый с территории Вологодской области.\n\n"
            "Пока астероид очень тусклый. Он находится в главном поясе, между орбитами Марса и "
            "Юпитера.\n\n"
            "Подтверждающие снимки сделали две обсерватории.\n\n"
            "Астрономией Смирнов увлекся еще студентом. С 2012 г. его балкон имеет собственный "
            "код в Центре малых планет.\n\n"
            "«Это не везение, это упорство, — уверен руководитель областного клуба любителей "
            "астрономии. — Павел выходит к телескопу каждую ясную ночь».\n\n"
            "Ясных ночей в Вологде в году немного, от силы шестьдесят. Зимой мешают морозы, "
            "летом — белые ночи.\n\n"
            "Название астероиду Смирнов сможет предложить, когда орбиту уточнят. Он уже "
            "выбрал имя: в честь своей первой учительницы физики.\n\n"
            "Сам Смирнов говорит, что главное сейчас — продолжать наблюдения. Чем больше "
            "точных измерений, тем надежнее будет рассчитана орбита.")
    short, _ = summarizer.summarize(text, Language.RUSSIAN, list(presets))
    assert short.sentences[0].startswith("28 марта Центр малых планет"), short.sentences


def test_an_appeal_said_in_a_statement_after_a_however_line_is_the_short_summarys_turn(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 209, en 2192: "Within hours of the ruling, however, the fight moved to a higher
    court. Alpenrose said in a statement from its headquarters in Lucerne that it would appeal
    to the Council of State …" was no challenge (its "said … that it would appeal" had words
    between) and no turn (its line before ran to 13 words); neither summary told it."""
    text = ("Court annuls sale of lakeside hotel to Austrian chain\n\n"
            "ANNECY, May 14 — A regional court on Wednesday annulled the sale of the Hotel du "
            "Lac, a 19th-century building owned by the town of Talloires, to the Austrian chain "
            "Bergblick Hotels for €6.2 million, ruling that the town had skipped a required "
            "heritage review.\n\n"
            "The decision is a victory for a residents' group that had fought the sale.\n\n"
            "The town bought the hotel in 1958 and ran it as a holiday centre until 2011.\n\n"
            "The council voted 15 to 6 in January to sell it. Bergblick paid a deposit of "
            "€620,000.\n\n"
            "The court ordered the town to pay €4,000 of the residents' costs.\n\n"
            "Within hours of the ruling, however, the fight moved to a higher court. Bergblick "
            "said in a statement from its head office in Innsbruck that it would appeal to the "
            "Council of State in Paris.\n\n"
            "The mayor said she respected the decision.\n\n"
            "Legal experts said the outcome was hard to predict.")
    for summary in summarizer.summarize(text, Language.ENGLISH, list(presets)):
        assert any("that it would appeal to the Council of State" in sentence
                   for sentence in summary.sentences), summary.sentences


def test_a_cassation_to_come_is_a_challenge() -> None:
    """Round 209, ru 2192: «…заявил, что компания подаст кассационную жалобу в президиум
    областного суда.» was no challenge, and neither summary told that the developer would
    fight the ruling on."""
    from summarizer.summarize import _challenges

    assert _challenges("Директор заявил, что компания подаст кассационную жалобу в Верховный "
                       "суд.")
    assert _challenges("В понедельник подана кассационная жалоба.")
    assert not _challenges("Директор заявил, что компания подаст заявку на участие в торгах.")


def test_a_meeting_moved_to_another_day_is_no_turn(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 209, ru 2196 (short and long 2 below lead as judged): «Обновление, 18:40.
    Пресс-служба Росводресурсов сообщила, что заседание межведомственной рабочей группы
    перенесено на 23 апреля …» took the short summary's second place as the story's turn."""
    from summarizer.units import tells_reversal

    assert not tells_reversal("Власти сообщили, что заседание штаба перенесено на 3 мая.", "ru")
    assert tells_reversal("Власти сообщили, что снос дома перенесен на 3 мая.", "ru")
    assert tells_reversal("Судебное заседание перенесено на 3 мая.", "ru")
    text = ("Ладога опустилась ниже допустимой отметки\n\n"
            "Опубликовано 17 апреля · Обновлено 17 апреля, 18:40\n\n"
            "Уровень Ладожского озера 15 апреля опустился до отметки 4,21 м, т.е. на 9 см ниже "
            "нижней границы, установленной для работы Свирской ГЭС, сообщило Невско-Ладожское "
            "бассейновое водное управление. Ниже этой отметки вода не опускалась с 2011 г.\n\n"
            "Уровень рассчитывают по показаниям трех постов.\n\n"
            "По данным управления, с начала января вода уходила на 2–3 см в неделю.\n\n"
            "Главная причина, по словам ученых, — малоснежная зима.\n\n"
            "Межведомственная рабочая группа рассмотрит ситуацию 24 апреля.\n\n"
            "Обновление, 18:40. Пресс-служба управления сообщила, что заседание рабочей группы "
            "перенесено на 23 апреля по просьбе правительства Карелии.")
    short, _ = summarizer.summarize(text, Language.RUSSIAN, list(presets))
    assert not any("перенесено на 23 апреля" in sentence for sentence in short.sentences), \
        short.sentences


def test_an_appeal_past_a_link_that_the_headline_names_is_the_short_summarys_turn(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 210, en 2210: under "…, but the grocer has already appealed", "He was right. On
    Thursday afternoon, Vermeulen and Transkade said they had jointly lodged an appeal … and
    had asked it to suspend …" was never told in the short summary, which closed on "A full
    appeal hearing is unlikely before the autumn." with no appeal told."""
    from summarizer.shorten import shorten

    text = ("Court orders bakery staff kept on, but the chain has already appealed\n\n"
            "A Utrecht court has ruled that 96 bakery workers dismissed by the Dutch chain "
            "Bakkerij Smit must keep their jobs on their existing pay and conditions, finding "
            "that the company's decision to hand its baking to an outside contractor amounted "
            "to a transfer of the business under European law.\n\n"
            "The ruling, given on Tuesday, was hailed by unions.\n\n"
            "Smit, which runs 140 shops, announced in May that it would close its bakery in "
            "Nieuwegein from July 1.\n\n"
            "The union's lawyer said he expected a fight. \"They have lawyers,\" he said.\n\n"
            "He was right. On Thursday afternoon, Smit and its contractor said they had jointly "
            "lodged an appeal with the Court of Appeal in Arnhem and had asked it to suspend "
            "the lower court's order until the case is decided.\n\n"
            "The company said 30 workers had accepted a severance package.\n\n"
            "A full appeal hearing is unlikely before the autumn.")
    short, _ = summarizer.summarize(text, Language.ENGLISH, list(presets))
    assert any("had jointly lodged an appeal" in sentence for sentence in short.sentences), \
        short.sentences
    assert not any(sentence.startswith("A full appeal hearing") for sentence in short.sentences)
    cut = shorten("On Thursday, the two firms said they had lodged an appeal with the Court of "
                  "Appeal in Arnhem and had asked it to suspend the order until the case is "
                  "decided.", 20, "en")
    assert cut is not None and cut.text.endswith("Court of Appeal in Arnhem."), cut


def test_an_english_cut_drops_a_short_apposition_that_ends_the_sentence() -> None:
    """Round 210, en 2204: "…said it had lodged an appeal with An Bord Pleanála, the national
    planning appeals board." was cut to "…An Bord Pleanála…", and the short summary had no
    room for the appeal so cut."""
    from summarizer.shorten import shorten

    text = ("Within two hours of the decision being published, though, the Lough Ree "
            "Residents' Group said it had lodged an appeal with An Bord Pleanála, the national "
            "planning appeals board.")
    cut = shorten(text, 26, "en")
    assert cut is not None and cut.text.endswith("with An Bord Pleanála."), cut


def test_a_prosecutors_protest_is_a_challenge() -> None:
    """Round 210, ru 2210: «Прокуратура Курской области внесла протест на решение
    горсобрания, потребовав его отменить.» was no challenge, and the short summary never told
    it; so «…прокуратурасы әкімдік қаулысына наразылық келтірді.» in Kazakh (kk 506)."""
    from summarizer.summarize import _challenges

    assert _challenges("Прокуратура района внесла протест на постановление мэрии.")
    assert _challenges("Облыстық прокуратура мәслихат шешіміне наразылық келтірді.")
    assert not _challenges("Жители выразили протест против стройки на митинге.")


def test_a_short_reversal_under_the_update_mark_is_the_short_summarys_turn(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 210, ru 2204 and kk 2210: under «Обновлено …: администрация приостановила действие
    постановления …», a short halt whose next sentence leans on it by «таким образом» was too
    short to be the turn, and the short summary never told the halt. (Not one of eight words
    or fewer with no figure, which the mechanical check reads as a setup line without its
    point, as ru 2204's «Вечером в среду администрация приостановила действие
    постановления.» is; that one stays out.)"""
    text = ("Проезд в курганских автобусах подорожает на шесть рублей\n\n"
            "Обновлено 15 марта, 18:10: администрация приостановила действие постановления "
            "после протеста прокуратуры — подробности в конце материала.\n\n"
            "КУРГАН, 14 марта. Администрация Кургана во вторник утвердила повышение стоимости "
            "проезда в городских автобусах с 20 до 26 руб. с 1 апреля, сообщила пресс-служба "
            "мэрии. Рост составит 30%.\n\n"
            "Это первое повышение тарифа с 2019 г.\n\n"
            "По данным администрации, топливо подорожало на 17%.\n\n"
            "Горожане собрали 4 тыс. подписей против повышения.\n\n"
            "Однако уже на следующий день прокуратура области внесла протест на постановление "
            "о тарифе.\n\n"
            "Вечером 15 марта администрация приостановила действие постановления. Проезд, "
            "таким образом, по крайней мере до 1 мая останется по 20 руб.\n\n"
            "В мэрии обещают вернуться к вопросу весной.")
    short, _ = summarizer.summarize(text, Language.RUSSIAN, list(presets))
    assert any("приостановила действие постановления" in sentence
               for sentence in short.sentences), short.sentences


def test_a_challenge_after_its_own_dated_line_that_the_story_turned_is_the_turn(
        summarizer: ExtractiveSummarizer, presets: tuple[Length, Length]) -> None:
    """Round 210, ru 2210: «Развязка наступила в четверг. Прокуратура Курской области внесла
    протест на решение горсобрания, потребовав его отменить.» was never told in the short
    summary, which closed on the developer's promise of a new pool."""
    text = ("Депутаты Орла одобрили снос стадиона ради жилого квартала\n\n"
            "Депутаты Орловского городского совета во вторник большинством голосов одобрили "
            "передачу участка, на котором стоит стадион «Труд», компании ООО «Ока-Девелопмент», "
            "которая планирует снести трибуны 1962 г. и построить жилой квартал. Взамен "
            "застройщик обязался построить новый стадион на окраине города.\n\n"
            "За передачу проголосовали 19 депутатов, против — 8.\n\n"
            "Проект предусматривает три жилых дома по 16 этажей.\n\n"
            "Вечером у здания совета прошел пикет.\n\n"
            "Развязка наступила в четверг. Прокуратура Орловской области внесла протест на "
            "решение совета, потребовав его отменить.\n\n"
            "Председатель совета пообещал рассмотреть протест в срок.\n\n"
            "Застройщик от комментариев отказался.")
    short, _ = summarizer.summarize(text, Language.RUSSIAN, list(presets))
    assert any("внесла протест на решение совета" in sentence
               for sentence in short.sentences), short.sentences


def test_a_kazakh_cut_that_would_begin_with_an_ellipsis_starts_from_the_name(
        presets: tuple[Length, Length]) -> None:
    """Round 210, kk 2203: an 81-word lead whose long description of the geologist held «және»
    between two times far up it was cut to «…Марганец және вольфрам кен орындарын …», a
    summary that began with "…" and no start of its sentence; the sentence from the name
    reads whole."""
    for name in ("2203", "37", "109"):
        short, _ = _summaries_of("kk", name, presets)
        assert not short.text.startswith("…"), (name, short.text)
