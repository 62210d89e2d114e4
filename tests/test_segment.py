"""Sentence splitting that survives abbreviations, initials, numbers and quotes; paragraphs and
headlines from the layout of the text."""

from __future__ import annotations

import pytest

from summarizer.segment import paragraphs, segment, split_sentences, unwrap


def _case(language: str, text: str, expected: list[str], name: str):  # noqa: ANN202
    return pytest.param(language, text, expected, id=name)


KEPT_TOGETHER = [
    _case("kk", "Қала 1716 ж. негізі қаланған. Бүгін ол үлкен орталық.",
          ["Қала 1716 ж. негізі қаланған.", "Бүгін ол үлкен орталық."], "kk-year-1716-zh"),
    _case("kk", "Заң 2023 ж. 5 наурызда қабылданды. Ол бірден күшіне енді.",
          ["Заң 2023 ж. 5 наурызда қабылданды.", "Ол бірден күшіне енді."], "kk-year-then-date"),
    _case("kk", "Бұл жүйе 2024 ж. Алматы облысында енгізілген. Ол жақсы жұмыс істейді.",
          ["Бұл жүйе 2024 ж. Алматы облысында енгізілген.", "Ол жақсы жұмыс істейді."],
          "kk-year-then-place-name"),
    _case("ru", "Бюджет составил 5 млн. руб. в год. Это больше прежнего.",
          ["Бюджет составил 5 млн. руб. в год.", "Это больше прежнего."], "ru-mln-rub"),
    _case("ru", "Это т.н. зелёная зона города. Её открыли весной.",
          ["Это т.н. зелёная зона города.", "Её открыли весной."], "ru-t-n"),
    _case("ru", "Форум прошёл в г. Алматы. Его посетили тысячи людей.",
          ["Форум прошёл в г. Алматы.", "Его посетили тысячи людей."], "ru-gorod-before-name"),
    _case("en", "The U.S. economy grew faster than expected. Analysts were surprised.",
          ["The U.S. economy grew faster than expected.", "Analysts were surprised."],
          "en-us-mid-sentence"),
    _case("en", "He moved to the U.S. in 1990. Then he studied law.",
          ["He moved to the U.S. in 1990.", "Then he studied law."], "en-us-before-preposition"),
    _case("en", "Dr. Smith arrived late. She apologised.",
          ["Dr. Smith arrived late.", "She apologised."], "en-dr"),
    _case("en", "Mr. Brown said nothing. He left.",
          ["Mr. Brown said nothing.", "He left."], "en-mr"),
    _case("en", "The meeting is on Jan. 5 in Paris. Everyone is invited.",
          ["The meeting is on Jan. 5 in Paris.", "Everyone is invited."], "en-jan-5"),
    _case("ru", "М.П. Гагарин выступил с речью. Его слушали все.",
          ["М.П. Гагарин выступил с речью.", "Его слушали все."], "ru-initials-joined"),
    _case("ru", "Речь произнёс М. П. Гагарин. Его слушали все.",
          ["Речь произнёс М. П. Гагарин.", "Его слушали все."], "ru-initials-spaced"),
    _case("kk", "Қ.И. Сәтбаев атындағы университет ашылды. Онда мыңдаған студент оқиды.",
          ["Қ.И. Сәтбаев атындағы университет ашылды.", "Онда мыңдаған студент оқиды."],
          "kk-initials"),
    # a title written the Russian way (round 50, kk 313: the lead was cut at "проф.")
    _case("kk", "Жаңа түрді ғалымдар, проф. Г.С. Мұқашева бастаған топ тапты. Ол сирек кездеседі.",
          ["Жаңа түрді ғалымдар, проф. Г.С. Мұқашева бастаған топ тапты.",
           "Ол сирек кездеседі."], "kk-professor"),
    _case("ru", "Руководитель проекта, д.с.-х.н. Т.Г. Ларионова, рассказала о работе. Сорт готов.",
          ["Руководитель проекта, д.с.-х.н. Т.Г. Ларионова, рассказала о работе.", "Сорт готов."],
          "ru-hyphenated-degree-before-initials"),
    _case("en", "The book by J. K. Smith sold well. It was reprinted.",
          ["The book by J. K. Smith sold well.", "It was reprinted."], "en-initials"),
    _case("en", "Growth reached 3.5 percent this year. It was 2.1 percent before.",
          ["Growth reached 3.5 percent this year.", "It was 2.1 percent before."],
          "en-decimal-point"),
    _case("ru", "Рост составил 3,5 процента. Это рекорд.",
          ["Рост составил 3,5 процента.", "Это рекорд."], "ru-decimal-comma"),
    _case("ru", "«Мы готовы!» — сказал он. Затем он ушёл.",
          ["«Мы готовы!» — сказал он.", "Затем он ушёл."], "ru-quote-exclamation-dash"),
    _case("ru", "«Работа закончена.» — сказал он. Все разошлись.",
          ["«Работа закончена.» — сказал он.", "Все разошлись."], "ru-quote-period-dash"),
    _case("en", "\"We are ready!\" she shouted. The crowd cheered.",
          ["\"We are ready!\" she shouted.", "The crowd cheered."], "en-quote-lowercase-verb"),
    _case("en", "It happened at 9:30 a.m. local time. Nobody was hurt.",
          ["It happened at 9:30 a.m. local time.", "Nobody was hurt."], "en-am"),
    _case("en", "The No. 5 bus was late again. Passengers waited.",
          ["The No. 5 bus was late again.", "Passengers waited."], "en-number-sign"),
]

# issue 13: "U.S." before a name, "млрд." before "АҚШ", a century after "б.з.б."
KEPT_TOGETHER += [
    _case("en", "The U.S. Department of State said so. It was late.",
          ["The U.S. Department of State said so.", "It was late."], "en-us-before-a-name"),
    _case("en", "Talks with U.K. Prime Minister Jones went well. Both smiled.",
          ["Talks with U.K. Prime Minister Jones went well.", "Both smiled."],
          "en-uk-before-a-title"),
    _case("kk", "Жоба құны 5 млрд. АҚШ долларын құрайды. Құрылыс басталды.",
          ["Жоба құны 5 млрд. АҚШ долларын құрайды.", "Құрылыс басталды."], "kk-mlrd-aqsh"),
    _case("kk", "Археологтар б.з.б. IV–III ғасырларға жататын оба тапты. Бұл маңызды.",
          ["Археологтар б.з.б. IV–III ғасырларға жататын оба тапты.", "Бұл маңызды."],
          "kk-bzb-century"),
    # tonnes after a (counted) number end a sentence before a capital (blind round 14, ru 95)
    _case("ru", "Прочие грузы — 1,5 млн т. Быстрее всего рос транзит.",
          ["Прочие грузы — 1,5 млн т.", "Быстрее всего рос транзит."], "ru-mln-tonnes"),
    _case("kk", "Түркістан облысында 706 мың ш.м. салынды. Бұл рекорд.",
          ["Түркістан облысында 706 мың ш.м. салынды.", "Бұл рекорд."], "kk-sq-m-goes-on"),
    _case("ru", "Перевезли 33,4 млн т. грузов. Подписал т. Иванов.",
          ["Перевезли 33,4 млн т. грузов.", "Подписал т. Иванов."], "ru-tonnes-go-on"),
    # square and cubic metres after a number end a sentence before a capital (round 78, ru
    # 620), and a metro station's «м.» still does not
    _case("ru", "Вода стоит 31,40 руб. за 1 куб. м. Стоки подорожают меньше. Офис у м. Сокол.",
          ["Вода стоит 31,40 руб. за 1 куб. м.", "Стоки подорожают меньше.", "Офис у м. Сокол."],
          "ru-cubic-metre-ends"),
    _case("ru", "Зал площадью 40 кв. м. Кухни в нём нет. Склад на 12 кв. м. в подвале.",
          ["Зал площадью 40 кв. м.", "Кухни в нём нет.", "Склад на 12 кв. м. в подвале."],
          "ru-square-metre-ends"),
    # an Irish county after "Co." (blind round 23, en 148)
    _case("en", "Apprentices train at a forge in Co. Limerick and on farms. Pay starts at once.",
          ["Apprentices train at a forge in Co. Limerick and on farms.", "Pay starts at once."],
          "en-co-before-a-county"),
    # a number sign before its number or code (round 137, en 1331, cut at "No.")
    _case("en", "The board said Wage Order No. RB XI-20 lifts the minimum. Payment starts in "
          "November. Decree No. 5 stays. The answer was no. Talks go on.",
          ["The board said Wage Order No. RB XI-20 lifts the minimum.",
           "Payment starts in November.", "Decree No. 5 stays.", "The answer was no.",
           "Talks go on."],
          "en-number-sign-before-its-code"),
    # round 181's check, en 1853: a grade after the country
    _case("en", "About 71 percent of the crop was graded U.S. No. 1, compared with 78 percent. "
          "Exports rose in the U.S. No one expected it.",
          ["About 71 percent of the crop was graded U.S. No. 1, compared with 78 percent.",
           "Exports rose in the U.S.", "No one expected it."], "en-us-grade-number"),
]

SPLIT_APART = [
    _case("en", "The deal was signed in the U.S. The talks took a year.",
          ["The deal was signed in the U.S.", "The talks took a year."], "en-us-then-capital"),
    _case("en", "He said: \"We are ready.\" Then he left.",
          ["He said: \"We are ready.\"", "Then he left."], "en-quote-ends-sentence"),
    _case("ru", "Он сказал: «Мы готовы!» Затем он ушёл.",
          ["Он сказал: «Мы готовы!»", "Затем он ушёл."], "ru-guillemets-end-sentence"),
    _case("en", "Is it true? Yes, it is! Everyone agrees.",
          ["Is it true?", "Yes, it is!", "Everyone agrees."], "en-question-exclamation"),
    _case("ru", "Завод построили в 2024 г. Теперь он работает.",
          ["Завод построили в 2024 г.", "Теперь он работает."], "ru-year-g-then-capital"),
    _case("ru", "Высота плотины составила 24 м. Длина больше.",
          ["Высота плотины составила 24 м.", "Длина больше."], "ru-unit-m-then-capital"),
    _case("en", "It was done in the U.S. The talks took a year.",
          ["It was done in the U.S.", "The talks took a year."], "en-us-before-the"),
    _case("ru", "Он сказал: „Мы готовы.“ Затем он ушёл.",
          ["Он сказал: „Мы готовы.“", "Затем он ушёл."], "ru-low-high-quotes-close"),
    _case("en", "He called it “final.”Then he left.",
          ["He called it “final.”", "Then he left."], "en-closing-quote-without-space"),
    _case("en", "He called it “final. ” Then he left.",
          ["He called it “final. ”", "Then he left."], "en-closing-quote-after-a-space"),
    _case("en", "Will prices rise? No. They will fall.",
          ["Will prices rise?", "No.", "They will fall."], "en-no-as-an-answer"),
    # square metres after a number are a unit, not initials (blind round 19, kk 125)
    _case("kk", "Шымкент – 782 мың ш.м. Осы өңірлер алда.",
          ["Шымкент – 782 мың ш.м.", "Осы өңірлер алда."], "kk-sq-m-then-capital"),
    _case("en", "The mill was sold to Harlow & Co. Workers were told on Monday.",
          ["The mill was sold to Harlow & Co.", "Workers were told on Monday."],
          "en-company-co-then-capital"),
]


@pytest.mark.parametrize(("language", "text", "expected"), KEPT_TOGETHER)
def test_abbreviation_initial_or_number_does_not_end_the_sentence(
        language: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), SPLIT_APART)
def test_sentence_ends_where_the_next_one_starts_with_a_capital(
        language: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, language) == expected


def test_russian_year_abbreviation_before_a_new_sentence_splits_in_the_sample_article() -> None:
    # news_ru.txt: "... введена в эксплуатацию 14 марта 2024 г. Она позволит ..."
    text = ("Водовод введён в эксплуатацию 14 марта 2024 г. Она позволит подавать воду "
            "круглосуточно.")
    assert split_sentences(text, "ru") == [
        "Водовод введён в эксплуатацию 14 марта 2024 г.",
        "Она позволит подавать воду круглосуточно.",
    ]


def test_splitting_loses_no_text() -> None:
    text = ("Dr. Smith met Mr. Brown in the U.S. The talks lasted 3.5 hours. «Мы готовы!» — сказал "
            "он. Growth was 2,5 percent.")
    assert " ".join(split_sentences(text, "en")) == text


def test_text_without_final_punctuation_is_one_sentence() -> None:
    assert split_sentences("the talks went on", "en") == ["the talks went on"]


def test_empty_text_has_no_sentences() -> None:
    assert split_sentences("", "en") == []
    assert segment("   \n\n  ", "en") == []


# --- documents --------------------------------------------------------------------------------

ARTICLE = """Kazakhstan opens a new grain port

AKTAU — A new port opened on Tuesday. It cost $410 million.

The terminal was built by a private
operator with a loan from a regional
development bank and can store grain.

"This changes everything," said Dr. Sadykova.
"""


def test_headline_is_marked_as_a_heading() -> None:
    sentences = segment(ARTICLE, "en")
    assert sentences[0].text == "Kazakhstan opens a new grain port"
    assert sentences[0].is_heading
    assert not any(s.is_heading for s in sentences[1:])


def test_paragraph_numbers_follow_blank_line_blocks() -> None:
    sentences = segment(ARTICLE, "en")
    assert [s.paragraph for s in sentences] == [0, 1, 1, 2, 3]
    assert [s.index for s in sentences] == list(range(len(sentences)))


def test_hard_wrapped_prose_lines_are_joined_into_one_sentence() -> None:
    sentences = segment(ARTICLE, "en")
    assert sentences[3].text == ("The terminal was built by a private operator with a loan from a "
                                 "regional development bank and can store grain.")


def test_windows_line_endings_segment_like_unix_ones() -> None:
    assert segment(ARTICLE.replace("\n", "\r\n"), "en") == segment(ARTICLE, "en")


def test_lines_of_a_block_that_end_in_punctuation_stay_separate_units() -> None:
    block = "First line ends here.\nSecond line ends too.\nThird one as well."
    assert [s.text for s in segment(block, "en")] == [
        "First line ends here.", "Second line ends too.", "Third one as well."]


def test_paragraphs_drop_empty_blocks_and_strip_whitespace() -> None:
    assert paragraphs("  one \n\n\n  \n two\n") == ["one", "two"]


def test_kazakh_headline_and_sentences_of_a_kazakh_article() -> None:
    text = ("Қызылордада жаңа су қоймасы ашылды\n\n"
            "Құрылыс 2021 ж. көктемде басталған. Жоба 2023 ж. аяқталды.")
    sentences = segment(text, "kk")
    assert sentences[0].is_heading
    assert [s.text for s in sentences[1:]] == [
        "Құрылыс 2021 ж. көктемде басталған.", "Жоба 2023 ж. аяқталды."]


def test_years_after_an_introductory_phrase_do_not_end_the_sentence() -> None:
    text = "Как установило следствие, в 2019–2022 гг. Калашников перевел деньги. Дом построен в " \
           "1961 г. Сейчас он пуст."
    assert split_sentences(text, "ru") == [
        "Как установило следствие, в 2019–2022 гг. Калашников перевел деньги.",
        "Дом построен в 1961 г.", "Сейчас он пуст."]


def test_years_after_and_past_a_comma_do_not_end_the_sentence() -> None:
    """Round 103, ru 904: «…сокращали, и с 2003 г. Рочев остался …» was cut after «г.», and the
    long summary closed on «… и с 2003 г.»."""
    text = "Штат сокращали, и с 2003 г. Рочев остался на острове один. Маяк работает с 1896 г. " \
           "Сейчас он автоматический."
    assert split_sentences(text, "ru") == [
        "Штат сокращали, и с 2003 г. Рочев остался на острове один.",
        "Маяк работает с 1896 г.", "Сейчас он автоматический."]


@pytest.mark.parametrize("opener", ["С 1 июня по 31 августа 2023 г.", "К 1 марта 2025 г.",
                                    "До 31 августа 2023 г.",
                                    # round 86, ru 716: a month with no day, or its end
                                    "В январе 2022 г.", "К концу 2024 г.",
                                    # round 159's check, ru 1595: a span of months
                                    "По данным агентства, с января по октябрь 2021 г."])
def test_a_dated_opener_with_its_year_does_not_end_the_sentence(opener: str) -> None:
    """Round 82's check, ru 671: «С 1 июня по 31 августа 2023 г.» was a sentence of its own,
    the verb after it another."""
    text = f"Сезон закрыт. {opener} Калининградскую область посетили 1,12 млн туристов. " \
           "Выставка работала до 31 августа 2023 г. Музей закрыт."
    assert split_sentences(text, "ru") == [
        "Сезон закрыт.", f"{opener} Калининградскую область посетили 1,12 млн туристов.",
        "Выставка работала до 31 августа 2023 г.", "Музей закрыт."]


def test_a_time_before_its_day_does_not_end_the_sentence() -> None:
    text = "Water had entered 840 houses by 6 a.m. Friday, and roads were closed. It rained at " \
           "9 p.m. The river rose."
    assert split_sentences(text, "en") == [
        "Water had entered 840 houses by 6 a.m. Friday, and roads were closed.",
        "It rained at 9 p.m.", "The river rose."]


def test_a_name_after_a_time_opens_the_next_sentence_and_a_zone_does_not() -> None:
    """Judged en 232: "…and by 6 a.m. Mathilde Garrouste is already kneeling …" was one
    sentence, so a summary could not take the scene's first sentence without the next."""
    text = ("The tide goes out fast, and by 6 a.m. Anna Leroy is already kneeling by the "
            "trestles. The hotline opens at 8 a.m. Eastern time on Monday.")
    assert split_sentences(text, "en") == [
        "The tide goes out fast, and by 6 a.m.", "Anna Leroy is already kneeling by the trestles.",
        "The hotline opens at 8 a.m. Eastern time on Monday."]


def test_a_time_zone_told_in_words_goes_on_with_its_time() -> None:
    """Round 84, en 698: "…its first signal at 3:52 a.m. Chilean time on Sunday." was cut
    before "Chilean time", and the long summary took the stub."""
    text = ("The station heard the satellite at 4:10 a.m. Peruvian time on Monday. The launch "
            "was at 9 p.m. Moscow Standard Time. Engineers cheered at 5 a.m. Nobody slept.")
    assert split_sentences(text, "en") == [
        "The station heard the satellite at 4:10 a.m. Peruvian time on Monday.",
        "The launch was at 9 p.m. Moscow Standard Time.", "Engineers cheered at 5 a.m.",
        "Nobody slept."]


@pytest.mark.parametrize(("language", "text", "expected"), [
    # round 55, kk 343: the court's verdict was cut at «2023–2024 жж.» before a name in «»
    ("kk", "Шымкент соты 2023–2024 жж. «Асыл Сарай» мейрамханасының иесін сегіз жылға соттады. "
           "Ол шағымданбақ.",
     ["Шымкент соты 2023–2024 жж. «Асыл Сарай» мейрамханасының иесін сегіз жылға соттады.",
      "Ол шағымданбақ."]),
    # round 55, ru 344: «(ч. 4 ст. 159 УК РФ)» was cut after «ст.»
    ("ru", "Суд признал её виновной в мошенничестве (ч. 4 ст. 159 УК РФ). Ей назначено семь лет.",
     ["Суд признал её виновной в мошенничестве (ч. 4 ст. 159 УК РФ).", "Ей назначено семь лет."]),
])
def test_abbreviations_that_never_end_a_sentence_before_a_name_or_number(
        language: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, language) == expected


@pytest.mark.parametrize("heading", ["What happens next", "Алғашқы сигнал", "Что дальше",
                                     # (a question ending on a common word: round 72's
                                     # check, kk 552, was glued to the paragraph under it)
                                     "Жолаушылар не дейді", "What residents say"])
def test_a_subheading_one_newline_over_its_paragraph_stays_apart(heading: str) -> None:
    """Round 56, en 351 and kk 360: a subheading over its paragraph with one newline was
    joined to it as wrapped prose and glued into the summaries."""
    block = (f"{heading}\nA judge in Osijek will decide on Friday whether to keep the six in "
             "custody for up to a month.")
    assert unwrap(block.split("\n")) == block.split("\n")
    # (wrapped prose still joins: its first line ends on a word that goes on)
    wrapped = "The council met with\nJohn Smith on Monday to discuss the plan for the bridge."
    assert unwrap(wrapped.split("\n")) == [wrapped.replace("\n", " ")]
    # (also when a question word ends the line: it is a clause going on, not a question)
    wrapped = "Министр сказал, что\nКазахстан будет поставлять зерно в Китай до конца года."
    assert unwrap(wrapped.split("\n")) == [wrapped.replace("\n", " ")]


def test_a_malaysian_company_suffix_does_not_end_a_sentence() -> None:
    """Round 60, en 401: "Sinar Polimer Sdn. Bhd., which runs …" was cut at "Sdn.", and both
    summaries opened on "Bhd., which runs …"."""
    from summarizer.segment import split_sentences

    assert split_sentences("Sinar Polimer Sdn. Bhd., which runs the plant, said it ran at 69%. "
                           "It plans more.", "en") == [
        "Sinar Polimer Sdn. Bhd., which runs the plant, said it ran at 69%.", "It plans more."]
    assert split_sentences("The plant is owned by Sinar Polimer Sdn. Bhd. It opened in 2024.",
                           "en") == ["The plant is owned by Sinar Polimer Sdn. Bhd.",
                                     "It opened in 2024."]


def test_a_stop_inside_a_short_title_in_quotation_marks_does_not_end_the_sentence() -> None:
    """Round 76, ru 595: «…вынесли этюд Исаака Левитана «Волга у Плёса. Пасмурно», написанный
    …» was cut at «Плёса.», and the short summary lost what was stolen. A quotation that goes
    on for sentences, and a title that closes a sentence, still end where they did."""
    text = ("Воры вынесли из галереи этюд «Осень в Твери. Утро», написанный в 1890 г., и две "
            "иконы. Полиция ищет свидетелей.")
    assert split_sentences(text, "ru") == [
        "Воры вынесли из галереи этюд «Осень в Твери. Утро», написанный в 1890 г., и две "
        "иконы.", "Полиция ищет свидетелей."]
    quoted = "«Мы не ждали такого. Воры знали, где камеры», — сказал директор. Он уволил охрану."
    assert split_sentences(quoted, "ru")[-1] == "Он уволил охрану."
    closing = "Театр покажет спектакль «Чайка». Билеты уже в продаже."
    assert split_sentences(closing, "ru") == ["Театр покажет спектакль «Чайка».",
                                              "Билеты уже в продаже."]


@pytest.mark.parametrize(("language", "text", "sentences"), [
    # round 81's check, en 656: "Sta." of a Philippine name, "Atty." of a title
    ("en", "The owners of Sta. Rosa Sugar Central agreed to sell it. Atty. Jose Reyes said so.",
     ["The owners of Sta. Rosa Sugar Central agreed to sell it.", "Atty. Jose Reyes said so."]),
    # round 146's check, en 1431: "Ste." of a French saint's name ("…flies from Thunder Bay
    # to Sault Ste." closed the long summary)
    ("en", "She flies to Sault Ste. Marie twice a month. Ste. Anne is next.",
     ["She flies to Sault Ste. Marie twice a month.", "Ste. Anne is next."]),
    # round 81's pairwise check, en 662: a councillor's title ("Three councillors disagreed.
    # Coun." closed the long summary)
    ("en", "Three councillors disagreed. Coun. Peter Lynch said the deal was rushed.",
     ["Three councillors disagreed.", "Coun. Peter Lynch said the deal was rushed."]),
    # judged kk 272: initials in capitals that spell «т.е.» in lower case
    ("kk", "Нұрлановтың адвокаты Т.Е. Бекмұхамбетов шағым беретінін айтты. Сот келісті.",
     ["Нұрлановтың адвокаты Т.Е. Бекмұхамбетов шағым беретінін айтты.", "Сот келісті."]),
    ("ru", "Адвокат Т.Е. Бекмухамбетов подаст жалобу. Суд согласился.",
     ["Адвокат Т.Е. Бекмухамбетов подаст жалобу.", "Суд согласился."]),
    # (while the abbreviation and a country still end a sentence before a capital)
    ("ru", "Это дешевле, т.е. Выгоднее.", ["Это дешевле, т.е.", "Выгоднее."]),
    ("en", "He lives in the U.S. The talks end today.",
     ["He lives in the U.S.", "The talks end today."]),
])
def test_a_name_after_a_title_abbreviation_or_capital_initials_goes_on(
        language: str, text: str, sentences: list[str]) -> None:
    from summarizer.segment import split_sentences

    assert split_sentences(text, language) == sentences


def test_a_kazakh_what_happened_subheading_is_no_wrapped_line() -> None:
    """Judged kk 361: «Не себеп болды» one newline over its paragraph was glued to it."""
    from summarizer.segment import unwrap

    lines = ["Не себеп болды", "Департамент деректері бойынша, 2025 жылы қалада 2 816 нысан "
             "тексерілді."]
    assert unwrap(lines) == lines


def test_a_unit_after_two_abbreviations_ends_a_sentence_before_a_capital() -> None:
    """Judged ru 570: «…48 тыс. куб. м. Проект обошелся …» was one sentence ("м" read as an
    initial), so a long summary that took both read as one with a dangling «Из них» after."""
    from summarizer.segment import split_sentences

    assert split_sentences("Пруд объемом 48 тыс. куб. м. Проект обошелся в 3,9 млрд руб.",
                           "ru") == ["Пруд объемом 48 тыс. куб. м.",
                                     "Проект обошелся в 3,9 млрд руб."]


def test_a_date_that_opens_a_russian_sentence_is_no_sentence_of_its_own() -> None:
    """Round 106's check, ru 956: «14 марта 2018 г. Арбитражный суд Москвы обязал …» was cut
    after «г.», and the date alone read as the first sentence."""
    text = "2 июня 2021 г. Районный суд оштрафовал завод на 3 млн руб. Завод открыт в 1998 г. " \
           "Штраф обжалуют."
    assert split_sentences(text, "ru") == [
        "2 июня 2021 г. Районный суд оштрафовал завод на 3 млн руб.",
        "Завод открыт в 1998 г.", "Штраф обжалуют."]


def test_a_sentence_may_open_on_a_number_sign() -> None:
    """Round 107, kk 964: "…котлет жеген. №7 мектепте …" was one sentence, so the harness read
    the next one of its long summary, «Асхана оларды …», as leaning on nothing."""
    assert split_sentences("Олар котлет жеген. №7 мектепте 900 бала оқиды. Асхана жабық.",
                           "kk") == ["Олар котлет жеген.", "№7 мектепте 900 бала оқиды.",
                                     "Асхана жабық."]
    assert split_sentences("Суд закрыл столовую в 2021 г. №5 школа открыта.", "ru") == [
        "Суд закрыл столовую в 2021 г.", "№5 школа открыта."]
    # (not a document's number after its date: round 113's check, ru 1037)
    assert split_sentences("Тарифы, утвержденные приказом от 18 января 2024 г. № 14, таковы. "
                           "Дети проходят бесплатно.", "ru") == [
        "Тарифы, утвержденные приказом от 18 января 2024 г. № 14, таковы.",
        "Дети проходят бесплатно."]


@pytest.mark.parametrize(("text", "sentences"), [
    # round 123, ru 1163: the long summary closed on «…за I квартал 2019 г.»
    ("Первые данные о поступлениях за I квартал 2019 г. УФНС обещает опубликовать их в "
     "апреле. Отчёт внесут до мая.", 2),
    ("Кроме того, с 1 января 2025 г. МРОТ вырос до 22 тыс. руб.", 1),
    ("Рост продолжился в 2019 г. Затем он замедлился.", 2),
])
def test_a_years_abbreviation_before_a_bodys_acronym_and_its_verb_ends_no_sentence(
        text: str, sentences: int) -> None:
    assert len(split_sentences(text, "ru")) == sentences


def test_a_quoted_question_goes_on_to_its_speaker_named_with_capitals() -> None:
    """Round 125's check, en 1184: ""… under a mortgage company's sign?" Councilmember Robert
    Farias said." was cut before the speaker, and the long summary kept "Councilmember Robert
    Farias said." alone; a sentence after a quoted question is still its own."""
    assert split_sentences('"Will they play under a bank sign?" Councilmember Robert Farias '
                           'said. "This is not about money."', "en") == [
        '"Will they play under a bank sign?" Councilmember Robert Farias said.',
        '"This is not about money."']
    assert len(split_sentences('"Is it over?" Nobody knew. The vote is Tuesday.', "en")) == 3


@pytest.mark.parametrize(("text", "sentences"), [
    # round 126's check, ru 1195: the short summary stopped at «…на 12,4 млн руб.»
    ("Областное УФАС оштрафовало на 12,4 млн руб. ООО «Дормост», одного из крупнейших "
     "подрядчиков области. Компания обжалует решение.", 2),
    ("По договору на 2,3 млрд руб. АО «Мостострой-9» построит развязку к 2027 г.", 1),
    ("Ущерб оценен в 3 млн руб. Суд рассмотрит иск в мае.", 2),
])
def test_a_sum_before_a_company_named_by_its_legal_form_ends_no_sentence(
        text: str, sentences: int) -> None:
    assert len(split_sentences(text, "ru")) == sentences


def test_a_sum_of_money_ends_its_sentence_before_a_day_of_a_month() -> None:
    """Round 156's check, ru 1556: «…к 15 августа за 18 млн руб. 8 августа Донское … водное
    управление отказалось …» read as one sentence (not «5 млн руб. в год»)."""
    text = ("Подрядчик обещал проложить трубопровод к 15 августа за 18 млн руб. 8 августа "
            "управление отказалось согласовать переброску.")
    assert split_sentences(text, "ru") == [
        "Подрядчик обещал проложить трубопровод к 15 августа за 18 млн руб.",
        "8 августа управление отказалось согласовать переброску."]
    assert len(split_sentences("Проект стоит 5 млн руб. в год.", "ru")) == 1
