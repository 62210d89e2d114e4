"""Article structure: the headline, dateline, byline, captions and "Read also" lines are recognised
and taken out of the body; a lead-in and its list become one sentence."""

from __future__ import annotations

import re

import pytest

from summarizer.structure import parse


def _body(text: str, language: str) -> list[str]:
    return [s.text for s in parse(text, language).body]


def test_headline_on_a_single_newline_is_the_title_not_part_of_the_first_sentence() -> None:
    text = ("Parliament passes the 2027 budget\n"
            "The lower house voted on Tuesday to pass the budget. It now goes to the Senate.")
    article = parse(text, "en")
    assert article.title == "Parliament passes the 2027 budget"
    assert _body(text, "en") == ["The lower house voted on Tuesday to pass the budget.",
                                 "It now goes to the Senate."]


def test_hard_wrapped_first_line_is_not_mistaken_for_a_headline() -> None:
    text = ("The council met with\nJohn Smith on Monday to discuss the plan.\n\n"
            "It approved the plan.")
    article = parse(text, "en")
    assert article.title is None
    assert _body(text, "en")[0] == "The council met with John Smith on Monday to discuss the plan."


def test_a_headline_ending_on_says_over_a_reading_time_line_is_the_title() -> None:
    # "says" is a stop word, which over a capitalised line usually means a wrapped sentence;
    # over page furniture (a reading time, a time stamp) it is a headline (round 39, en 245).
    for furniture in ("Published Jan. 28, 2025 | 3 min read", "Updated: 28.01.2025, 09:20"):
        article = parse("Lifeboat crews had their busiest year, charity says\n"
                        f"{furniture}\n\nLONDON (Albion Press Agency) — Crews launched "
                        "10,482 times in 2024. That was a record.", "en")
        assert article.title == "Lifeboat crews had their busiest year, charity says"
        assert [s.text for s in article.body] == ["Crews launched 10,482 times in 2024.",
                                                  "That was a record."]


@pytest.mark.parametrize(("language", "text", "title"), [
    # a rubric with a time stamp under it, the headline under a blank line (judged kk 66)
    ("kk", "Қала тынысы\nЖаңартылды: 16:40\n\nТұрғындар әкімдіктің шешімін сотта даулап жатыр"
           "\n\nАлматыда тұрғындар сотқа жүгінді. Сот мамырда өтеді.",
     "Тұрғындар әкімдіктің шешімін сотта даулап жатыр"),
    # a section and its subsection over the headline (judged ru 145)
    ("ru", "Спорт / Зимние виды\nКерлингистки из Дмитрова впервые взяли крупный турнир\n\n"
           "Команда победила в финале. Следующий турнир пройдет в марте.",
     "Керлингистки из Дмитрова впервые взяли крупный турнир"),
])
def test_a_rubric_over_a_stamp_or_with_a_subsection_is_not_the_title(
        language: str, text: str, title: str) -> None:
    article = parse(text, language)
    assert article.title == title
    assert not any(s.is_heading for s in article.sentences)


def test_a_single_line_of_text_is_the_text_not_a_title() -> None:
    assert parse("ok", "en").title is None
    assert _body("ok", "en") == ["ok"]


@pytest.mark.parametrize(("language", "line", "dateline", "first"), [
    ("en", "NEW YORK (AP) — The lower house voted on Tuesday.", "NEW YORK (AP)",
     "The lower house voted on Tuesday."),
    ("en", "PETROPAVL, Kazakhstan — Rapid snowmelt forced 3,100 people from their homes.",
     "PETROPAVL, Kazakhstan", "Rapid snowmelt forced 3,100 people from their homes."),
    ("ru", "МОСКВА, 3 марта — РИА Новости. Правительство утвердило бюджет на 2027 год.",
     "МОСКВА, 3 марта — РИА Новости.", "Правительство утвердило бюджет на 2027 год."),
    ("kk", "Алматы. ҚазАқпарат – Алматыда жаңа мектеп ашылды.", "Алматы. ҚазАқпарат",
     "Алматыда жаңа мектеп ашылды."),
    ("kk", "АСТАНА. Елордада жаңа көпір ашылды.", "АСТАНА.", "Елордада жаңа көпір ашылды."),
], ids=["en-ap", "en-place-country", "ru-ria", "kk-kazinform", "kk-caps-city"])
def test_dateline_is_taken_off_the_first_sentence(language: str, line: str, dateline: str,
                                                  first: str) -> None:
    article = parse(f"A headline of the story\n\n{line} The story goes on here.", language)
    assert article.dateline == dateline
    assert article.body[0].text == first


def test_ordinary_first_sentence_has_no_dateline() -> None:
    article = parse("Headline here\n\nThe city — not the region — pays for the bridge.", "en")
    assert article.dateline is None
    assert article.body[0].text == "The city — not the region — pays for the bridge."


def test_an_abbreviation_that_opens_a_section_is_no_dateline() -> None:
    """Round 170, ru 1728: «СВРБ — средний по размеру региональный банк …» under the subheading
    «Что произошло», two paragraphs into the news, was read as a dateline and the long summary
    told «средний по размеру региональный банк …» with no subject."""
    text = ("Клиенты банка третий день не могут получить зарплату\n\n"
            "Около 40 тыс. клиентов Приокского кредитного банка (ПКБ) с понедельника не могут "
            "снять деньги со счетов: после перехода на новую систему платежи зависли.\n\n"
            "В банке обещают исправить сбой до пятницы.\n\n"
            "Что произошло\n\n"
            "ПКБ — небольшой региональный банк из Рязани, он работает с 1994 г.\n\n"
            "Сбой начался в понедельник утром.")
    article = parse(text, "ru")
    assert article.dateline is None
    assert "ПКБ — небольшой региональный банк из Рязани, он работает с 1994 г." in \
        [s.text for s in article.body]


def test_a_caption_credited_in_lower_case_in_brackets_is_not_body() -> None:
    """Round 170, en 1720: "… at the treasurer's counter in … City Hall on Tuesday. (Ellen
    Korpi photo)" under the byline opened both summaries."""
    text = ("Town hall goes back to paper after cyber attack\n\n"
            "By Mara Lind\nUpdated Oct. 11, 2023, 7:40 a.m.\n\n"
            "A clerk writes out a parking permit by hand at the front desk of Oakridge Town Hall "
            "on Tuesday. (Mara Lind photo)\n\n"
            "The town of Oakridge has worked on paper since Thursday, when a cyber attack locked "
            "its servers.\n\nThe town says it will not pay the ransom.")
    body = _body(text, "en")
    assert body[0].startswith("The town of Oakridge has worked on paper"), body
    assert not any("photo)" in sentence for sentence in body)


@pytest.mark.parametrize(("language", "update", "follows"), [
    ("en", "UPDATE, 7:10 p.m.: The bank said on Friday evening that most payments had now been "
     "made.", "The original story follows."),
    ("ru", "ОБНОВЛЕНО, 19:10: Вечером в пятницу банк сообщил, что почти все выплаты "
     "зачислены.", "Ниже — первоначальный текст материала."),
    ("kk", "ЖАҢАРТЫЛДЫ, 19:10: Жұма күні кешке банк төлемдердің көбі түскенін хабарлады.",
     "Бастапқы мәтін төменде."),
])
def test_an_update_s_pointer_to_the_story_as_first_told_is_not_body(
        language: str, update: str, follows: str) -> None:
    """Round 170, en 1728: "The original story follows." closed the update at the top and the
    long summary told it."""
    text = (f"A headline of the story\n\n{update} {follows}\n\n"
            "The first paragraph of the story tells what happened. It goes on.\n\n"
            "The second paragraph tells more.")
    assert follows not in _body(text, language)


def test_byline_caption_and_read_also_lines_are_not_body() -> None:
    text = ("Bridge opens in Pavlodar\nBy Jane Doe, Staff Writer\n\n"
            "The new bridge opened on Monday. It has four lanes.\n\n"
            "Photo: Reuters / John Smith\n\nRead also: Senate delays vote\n\n"
            "Читайте также: Госдума одобрила закон\n\n"
            "Traffic on the old bridge fell by half.")
    article = parse(text, "en")
    assert article.byline == "By Jane Doe, Staff Writer"
    assert _body(text, "en") == ["The new bridge opened on Monday.", "It has four lanes.",
                                 "Traffic on the old bridge fell by half."]
    assert len(article.dropped) == 3
    # a label run into its paragraph (round 54, ru 333: «Что дальше.» glued into a summary)
    labelled = ("Град повредил машины\n\nГрад повредил 3 тыс. машин. Люди без света.\n\n"
                "Что дальше. Комиссия оценит ущерб до пятницы.")
    assert _body(labelled, "ru") == ["Град повредил 3 тыс. машин.", "Люди без света.",
                                     "Комиссия оценит ущерб до пятницы."]
    # «На фото: …» (round 51, ru 316: glued into a long summary)
    russian = ("Горчица получила защиту\n\nРоспатент зарегистрировал название. Фермеры рады."
               "\n\nНа фото: уборка горчицы под Волгоградом.\n\nЕщё две заявки ждут решения.")
    assert _body(russian, "ru") == ["Роспатент зарегистрировал название.", "Фермеры рады.",
                                    "Ещё две заявки ждут решения."]


@pytest.mark.parametrize("language, line, byline", [
    ("ru", "ЕКАТЕРИНБУРГ, 2 апреля — Новости Урала. Автор: Денис Хомутов", "Автор: Денис Хомутов"),
    ("en", "DENVER, March 4 (Plains Wire) — By Jane Doe", "By Jane Doe"),
])
def test_byline_after_the_dateline_on_its_line_is_the_byline(language: str, line: str,
                                                             byline: str) -> None:
    """A byline sharing the dateline's line is no heading over the body: the article is then
    not taken for a digest of stories under headings (blind round 13, ru 90)."""
    text = f"Headline of the story here\n\n{line}\n\nFirst fact of the news. Second fact."
    article = parse(text, language)
    assert article.byline == byline
    assert [s.text for s in article.sentences] == ["First fact of the news.", "Second fact."]


def test_kazakh_read_also_line_is_dropped() -> None:
    text = ("Көпір ашылды\n\nЖаңа көпір ашылды.\n\nОқи отырыңыз: Астанада жол жөнделеді\n\n"
            "Бәрі жақсы.")
    assert _body(text, "kk") == ["Жаңа көпір ашылды.", "Бәрі жақсы."]


def test_lead_in_and_its_bullet_list_become_one_compact_sentence() -> None:
    text = ("Budget passed\n\nThe main measures are:\n- higher pensions\n- cheaper bus fares\n"
            "- 12 new schools\n\nThe vote was 250 to 120.")
    assert _body(text, "en") == [
        "The main measures are: higher pensions; cheaper bus fares; 12 new schools.",
        "The vote was 250 to 120."]


def test_the_sentence_that_holds_a_list_knows_how_many_items_it_holds() -> None:
    text = ("Budget passed\n\nLawmakers met on Monday. The main measures are:\n- higher pensions\n"
            "- cheaper bus fares\n- 12 new schools\n- a new hospital\n\nThe vote was 250 to 120.")
    body = parse(text, "en").body
    assert [(s.text.split(":")[0], s.items) for s in body] == [
        ("Lawmakers met on Monday.", 0), ("The main measures are", 4),
        ("The vote was 250 to 120.", 0)]


def test_unpunctuated_items_after_a_lead_in_do_not_run_together() -> None:
    text = ("Бюджет принят\n\nОсновные меры таковы:\n\nповышение пенсий\nдешёвый проезд\n"
            "12 новых школ\n\nГолосование прошло в среду.")
    body = _body(text, "ru")
    assert body[0] == "Основные меры таковы: повышение пенсий; дешёвый проезд; 12 новых школ."
    assert not any(s.endswith(":") for s in body)


def test_the_verb_that_closes_a_list_sentence_stays_with_it() -> None:
    """Blind round 19, kk 128: Kazakh puts the verb after the items ("компания: 1) …;
    2) … өтеуге" / "міндетті."), and the joined list lost it, leaving no verb."""
    text = ("Зауыт жұмысшыларды қайтарады\n\nСоттың шешімі бойынша зауыт:\n1) 12 адамды "
            "жұмысқа қайтаруға;\n2) жалақы қарызын төлеуге\nтиіс.\n\nЗауыт шағымданбақ.")
    assert _body(text, "kk") == [
        "Соттың шешімі бойынша зауыт: 12 адамды жұмысқа қайтаруға; жалақы қарызын төлеуге тиіс.",
        "Зауыт шағымданбақ."]


@pytest.mark.parametrize(("language", "chronology", "steps"), [
    ("ru", "ХРОНОЛОГИЯ\n2015 г. — город сдает участок в аренду на 10 лет\nМай 2018 г. — срок "
     "стройки истекает\n3 марта 2020 г. — город подает иск\n4 марта 2020 г. — суд расторгает "
     "договор", ["2015 г. — город сдает участок в аренду на 10 лет.",
                 "Май 2018 г. — срок стройки истекает.", "3 марта 2020 г. — город подает иск.",
                 "4 марта 2020 г. — суд расторгает договор."]),
    ("en", "TIMELINE\n2015 — city leases the site for 10 years\nMay 2018 — building deadline "
     "passes\nMarch 3, 2020 — city sues", ["2015 — city leases the site for 10 years.",
                                           "May 2018 — building deadline passes.",
                                           "March 3, 2020 — city sues."]),
])
def test_a_chronologys_lines_are_items_not_one_run_on_sentence(
        language: str, chronology: str, steps: list[str]) -> None:
    """Round 207's check, ru 2174: a chronology box at the end ("2014 г. — мэрия …\nДекабрь
    2017 г. — истекает срок …") was joined as one sentence with no stops between its lines,
    "…на 10 лет Декабрь 2017 г. — истекает …"."""
    text = {"ru": "Суд расторг договор\n\nСуд в среду расторг договор аренды участка в парке.\n\n",
            "en": "Court ends lease\n\nA court on Wednesday ended the lease of a site in the "
                  "park.\n\n"}[language] + chronology
    body = parse(text, language).body
    last = body[-1]
    assert last.items == len(steps), body
    for step in steps:
        assert step in last.text, last.text


def test_numbered_items_lose_their_numbers() -> None:
    text = "Plan\n\nThree steps follow:\n1. Build the road.\n2. Open the school.\n\nDone soon."
    # Items that open with a capital keep a stop each: "; " before a capital reads as a run-on.
    assert _body(text, "en")[0] == "Three steps follow: Build the road. Open the school."


def test_a_list_of_sentences_stays_one_passage_without_semicolons_before_capitals() -> None:
    text = ("Report out\n\nThe main findings were:\n- Glaciers shrank by 8 percent\n"
            "- Eleven small glaciers have gone\n\nThe team will return in May.")
    body = _body(text, "en")
    assert body[0] == ("The main findings were: Glaciers shrank by 8 percent. "
                       "Eleven small glaciers have gone.")
    assert not re.search(r"; [A-Z]", " ".join(body))


@pytest.mark.parametrize(("language", "items", "joined"), [
    ("en", "- Khomas: 61.2% (2016: 58.7%)\n- Erongo: 57.9% (55.1%)\n- Kavango West: 29.6%",
     "Khomas 61.2% (2016: 58.7%); Erongo 57.9% (55.1%); Kavango West 29.6%."),
    ("ru", "– Москва: 13,4 млн человек\n– Санкт-Петербург: 5,7 млн",
     "Москва 13,4 млн человек; Санкт-Петербург 5,7 млн."),
])
def test_a_list_of_names_with_their_figures_is_one_sentence_not_fragments(
        language: str, items: str, joined: str) -> None:
    """Round 82, en 665 (long 3 and 3: 'the region list is flattened into fragments'): "Khomas:
    61.2% (2016: 58.7%)." and the other items were each closed as a sentence of their own."""
    text = f"Results out\n\nThe results were mixed. The best and worst were:\n{items}\n\nMore soon."
    assert _body(text, language)[1] == f"The best and worst were: {joined}"


def test_a_lower_case_item_among_sentences_opens_with_a_capital() -> None:
    """Blind round 24, kk 153: "… жүреді. әуекомпаниялар сатылған…" began a sentence in lower
    case when the items before it were capitalised."""
    text = ("Әуежай жабылады\n\nӘкімдік уақытша схеманы ұсынды. Оған мыналар кіреді:\n"
            "– Орал әуежайына тегін автобус қатынайды;\n– «Ақтөбе – Астана» бағытында қосымша "
            "пойыз жүреді;\n– әуекомпаниялар билет ақысын қайтарады.\n\nЖолақ күзде ашылады.")
    listed = next(sentence for sentence in _body(text, "kk") if "мыналар" in sentence)
    assert "Әуекомпаниялар билет" in listed and "әуекомпаниялар" not in listed
    # (a letter whose capital is two letters stays as it is: "ß" is not "SS"; found by the
    # property test in tests/test_properties.py)
    sharp = _body("Notes\n\nThe items are:\n- Bread\n- ßtraße\n\nShops open at nine.", "en")
    assert any("ßtraße" in sentence for sentence in sharp)


def test_a_media_name_after_the_dateline_belongs_to_it() -> None:
    # ("Невский курьер": round 39, ru 248)
    for media in ("Новости Евразии", "Сибирское агентство новостей", "Уральский вестник",
                  "Невский курьер"):
        article = parse(f"Рейсы в Алматы\n\nМОСКВА, 3 марта — {media}. Авиакомпания начнет "
                        "полеты в июне.", "ru")
        assert article.dateline == f"МОСКВА, 3 марта — {media}."
        assert article.body[0].text == "Авиакомпания начнет полеты в июне."
    # A short sentence right after a dateline is news, not a media name, without a trade word.
    article = parse("Указ подписан\n\nМОСКВА, 3 марта — Президент подписал указ. Он вступит в "
                    "силу в мае.", "ru")
    assert article.body[0].text == "Президент подписал указ."


def test_digest_openings_and_numbered_headings_are_no_summary_material() -> None:
    text = ("Главное за день: жильё, аэропорт\nОмск, Оренбург. Предлагаем обзор основных событий "
            "среды, 12 февраля.\n\n1. В Омске начнут расселять дома\n\nМэрия утвердила "
            "программу расселения.\n\n2. В Оренбурге открыли терминал\n\nТерминал принял "
            "первых пассажиров.")
    article = parse(text, "ru")
    assert article.dateline == "Омск, Оренбург."
    assert [s.text for s in article.body] == ["Мэрия утвердила программу расселения.",
                                              "Терминал принял первых пассажиров."]
    assert any("Предлагаем обзор" in line for line in article.dropped)
    english = parse("Business briefing\nASTANA (Wire) — Here are the main business stories on "
                    "Wednesday.\n\nAIRLINE ADDS ROUTE\n\nAn airline will fly to Seoul.", "en")
    assert [s.text for s in english.body] == ["An airline will fly to Seoul."]


def test_more_dateline_styles() -> None:
    tass = parse("Бюджет принят\n\nМОСКВА, 3 марта. /ТАСС/. Правительство утвердило бюджет.", "ru")
    assert tass.dateline == "МОСКВА, 3 марта. /ТАСС/."
    assert tass.body[0].text == "Правительство утвердило бюджет."
    dated = parse("Суд обязал застройщика\n\nЕКАТЕРИНБУРГ, 18 ноября. Арбитражный суд взыскал "
                  "с застройщика 312 млн руб.", "ru")
    assert dated.dateline == "ЕКАТЕРИНБУРГ, 18 ноября."
    assert dated.body[0].text.startswith("Арбитражный суд")
    reuters = parse("Budget approved\n\nALMATY, Dec 1 (Reuters) - Kazakhstan approved its "
                    "budget on Monday.", "en")
    assert reuters.dateline == "ALMATY, Dec 1 (Reuters)"
    assert reuters.body[0].text == "Kazakhstan approved its budget on Monday."


@pytest.mark.parametrize(("language", "text", "dateline", "news"), [
    # the region in brackets after the place (blind round 24, ru 153: a mechanical check failed)
    ("ru", "Шахту закрыли\n\nКИРОВСК (Мурманская область), 2 апреля. /Полярный телеграф/. "
           "Рудник остановил подъем руды.",
     "КИРОВСК (Мурманская область), 2 апреля. /Полярный телеграф/.",
     "Рудник остановил подъем руды."),
    # a place with accented capitals (blind round 28, en 180: the mechanical check failed)
    ("en", "City backs mosquito release\n\nSÃO JOÃO DEL-REI, Brazil (Andes Wire) — Councillors "
           "voted on Wednesday to allow the release.",
     "SÃO JOÃO DEL-REI, Brazil (Andes Wire)",
     "Councillors voted on Wednesday to allow the release."),
    # a place opened by a one-letter article (round 199's check, en 2071: both summaries opened
    # on it)
    ("en", "Fisherman found alive\n\nA CORUÑA, Spain, Oct 15 (Iberia Press Service) - A "
           "helicopter crew pulled the fisherman from the sea.",
     "A CORUÑA, Spain, Oct 15 (Iberia Press Service)",
     "A helicopter crew pulled the fisherman from the sea."),
    # the agency in brackets after the dash (blind round 26, en 170)
    ("en", "Court blocks mall\n\nCAPE TOWN, 4 June — (Fynbos News Agency) The High Court set the "
           "approval aside.",
     "CAPE TOWN, 4 June — (Fynbos News Agency)", "The High Court set the approval aside."),
    # a place with its kind and an agency, under a scene (blind round 25, kk 160; round 28, kk 182)
    ("kk", "Балық Дубайға жөнелтілді\n\nТаң енді ғана атып келеді. Шатқалда су ағады.\n\n"
           "Жамбыл облысы. Дала Ақпарат – «Тау Балық» ЖШС алғашқы партияны жөнелтті.",
     "Жамбыл облысы. Дала Ақпарат", "«Тау Балық» ЖШС алғашқы партияны жөнелтті."),
    ("kk", "Антенна бөлшектеледі\n\nШымкент қаласы. ДалаАқпарат – Аудандық сот талапты "
           "қанағаттандырды.",
     "Шымкент қаласы. ДалаАқпарат", "Аудандық сот талапты қанағаттандырды."),
    # a Title-case place and a date with its year, then the agency (blind round 24, ru 158)
    ("ru", "Завод признали банкротом\n\nКалуга, 5 ноября 2024 года. Агентство «Ока Медиа». "
           "Арбитражный суд признал завод банкротом.",
     "Калуга, 5 ноября 2024 года. Агентство «Ока Медиа».",
     "Арбитражный суд признал завод банкротом."),
    # a place, a date and the agency in quotation marks after a comma (blind round 29, ru 188
    # and kk 188: judged with the dateline glued on, which the mechanical check missed)
    ("ru", "Суд отменил решение\n\nТверь, 4 мая, «Волга-Информ». Районный суд отменил решение "
           "думы.",
     "Тверь, 4 мая, «Волга-Информ».", "Районный суд отменил решение думы."),
    ("kk", "Сот шешім шығарды\n\nТараз, 7 мамыр, «Талас Ақпарат» агенттігі. Аудандық сот "
           "талапты қанағаттандырды.",
     "Тараз, 7 мамыр, «Талас Ақпарат» агенттігі.", "Аудандық сот талапты қанағаттандырды."),
    # an agency with a word of the trade (blind round 30: kk 190, 192 and 194, ru 189)
    ("kk", "Зауыт ашылды\n\nТаң атып келеді.\n\nАқтау. Дала ақпарат – Ауданда жаңа зауыт "
           "ашылды.",
     "Ақтау. Дала ақпарат", "Ауданда жаңа зауыт ашылды."),
    ("kk", "Сот шешім шығарды\n\nШымкент қаласы, 28 қазан, Дала ақпарат. Аудандық сот талапты "
           "қанағаттандырды.",
     "Шымкент қаласы, 28 қазан, Дала ақпарат.", "Аудандық сот талапты қанағаттандырды."),
    # a Title-case town and its country before the dash (judged en 86: the mechanical check
    # missed it until it looked for any capitalised prefix before a dash)
    ("en", "Festival fined\n\nLeeds, England — A judge ordered the festival to pay residents.",
     "Leeds, England", "A judge ordered the festival to pay residents."),
    # with its region and an English date (round 32, en 204: the mechanical check failed before
    # judging, so its first lines were read)
    ("en", "Fees capped\n\nOttawa, Ontario, April 16 — The regulator proposed a cap on fees.",
     "Ottawa, Ontario, April 16", "The regulator proposed a cap on fees."),
    ("en", "Fees capped\n\nOttawa, April 16 — The regulator proposed a cap on fees.",
     "Ottawa, April 16", "The regulator proposed a cap on fees."),
    # a place, a date and an outlet with a word of the trade (round 38, ru 242: its mechanical
    # check missed it; a look at its first body sentence found it before judging)
    ("ru", "Суд встал на сторону компании\n\nЕкатеринбург. 7 ноября. Уральское бюро новостей — "
           "Арбитражный суд встал на сторону компании.",
     "Екатеринбург. 7 ноября. Уральское бюро новостей", "Арбитражный суд встал на сторону компании."),
    ("ru", "Завод признан банкротом\n\nЕКАТЕРИНБУРГ, 14 ноября — Уральский телеграф. "
           "Арбитражный суд признал завод банкротом.",
     "ЕКАТЕРИНБУРГ, 14 ноября — Уральский телеграф.", "Арбитражный суд признал завод банкротом."),
])
def test_datelines_met_in_the_blind_rounds(language: str, text: str, dateline: str,
                                           news: str) -> None:
    article = parse(text, language)
    assert article.dateline == dateline
    assert article.body[-1].text == news


def test_dialogue_dash_lines_are_not_a_list() -> None:
    text = ("Мост\n\nЖурналист спросил министра о мосте.\n— Мы готовы начать, — сказал он.\n"
            "— Когда? — спросили его.\n\nРаботы начнутся в мае.")
    assert _body(text, "ru") == ["Журналист спросил министра о мосте.",
                                 "— Мы готовы начать, — сказал он.", "— Когда? — спросили его.",
                                 "Работы начнутся в мае."]


def test_caption_glued_to_a_paragraph_is_dropped_and_subheadings_are_not_body() -> None:
    text = ("Мост открыт\n\nМост открыли. Фото с сайта акимата\n\nЧто дальше\n\n"
            "Движение открыто.")
    article = parse(text, "ru")
    assert [s.text for s in article.body] == ["Мост открыли.", "Движение открыто."]
    assert [s.text for s in article.sentences if s.is_heading] == ["Что дальше"]


@pytest.mark.parametrize("title", ["Will the new bridge open before winter?",
                                   "Театр показал спектакль «Бос үй»"])
def test_headline_ending_in_a_question_mark_or_a_quote_is_still_the_title(title: str) -> None:
    article = parse(f"{title}\nThe city opened the bridge on Monday. Traffic is light.", "en")
    assert article.title == title
    assert article.body[0].text == "The city opened the bridge on Monday."


def test_dateline_on_its_own_line_after_a_headline() -> None:
    article = parse("Астанада көпір ашылды\nАСТАНА.\nЕлордада жаңа көпір ашылды. Бұл маңызды.",
                    "kk")
    assert (article.title, article.dateline) == ("Астанада көпір ашылды", "АСТАНА.")
    assert article.body[0].text == "Елордада жаңа көпір ашылды."


@pytest.mark.parametrize(("language", "text", "dateline", "news", "paragraph"), [
    ("en", "Lake freezes early\n\nThe boats lay upside down on the shore. Nobody fished.\n\n"
           "ASTANA (Steppe Wire) — Lake Balkhash froze two weeks early this year, officials "
           "said on Monday. Fishing was halted.", "ASTANA (Steppe Wire)",
     "Lake Balkhash froze two weeks early this year, officials said on Monday.", 1),
    # blind round 17, ru 112: a Title-case place and date under paragraphs of scene
    ("ru", "Последний наблюдатель\n\nБез десяти шесть утра наблюдательница идёт к будке. "
           "Ветер с моря сильный.\n\nНа острове нет магазина.\n\nАрхангельск, 11 ноября. "
           "Скоро эта жизнь закончится. Центр объявил, что станция станет автоматической.",
     "Архангельск, 11 ноября.", "Скоро эта жизнь закончится.", 2),
])
def test_a_dateline_under_a_feature_opening_is_taken_out_and_marks_the_news(
        language: str, text: str, dateline: str, news: str, paragraph: int) -> None:
    article = parse(text, language)
    assert article.dateline == dateline
    assert article.news_paragraph == paragraph and not article.dateline_opens
    assert [s.paragraph for s in article.body if s.text == news] == [paragraph]


def test_a_caption_ending_with_its_credit_right_before_the_dateline_is_dropped() -> None:
    text = ("Runner wins in record time\nAmina Sarsenova crosses the line in Almaty on Sunday. "
            "Photo: Ivan Petrov/Steppe Wire\nBy Dana Ospanova\nALMATY, May 5 (Steppe Wire) — "
            "Amina Sarsenova won the Almaty marathon on Sunday in a course record. She led from "
            "the 30th kilometre.")
    article = parse(text, "en")
    assert article.byline == "By Dana Ospanova"
    assert _body(text, "en") == ["Amina Sarsenova won the Almaty marathon on Sunday in a course "
                                 "record.", "She led from the 30th kilometre."]
    assert any(line.startswith("Amina Sarsenova crosses the line") for line in article.dropped)


def test_a_media_name_in_quotation_marks_after_the_dateline_belongs_to_it() -> None:
    text = ("Зауытқа айыппұл салынды\n\nПАВЛОДАР, 21 маусым – «Дала хабары». Сот зауытқа 2 млрд "
            "теңге айыппұл салды. Компания шағымданады.")
    article = parse(text, "kk")
    assert article.dateline == "ПАВЛОДАР, 21 маусым – «Дала хабары»."
    assert _body(text, "kk")[0] == "Сот зауытқа 2 млрд теңге айыппұл салды."


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_deck_under_the_headline_is_not_body(gap: str) -> None:
    text = (f"Council backs plan to turn empty offices into homes{gap}Grants aim to create 3,000 "
            "flats by 2030, but critics doubt the design rules\n\nBy Dana Ospanova\n\nThe city "
            "council approved the plan on Tuesday. It passed by seven votes to four.")
    article = parse(text, "en")
    assert article.title == "Council backs plan to turn empty offices into homes"
    assert _body(text, "en") == ["The city council approved the plan on Tuesday.",
                                 "It passed by seven votes to four."]
    assert any(line.startswith("Grants aim to create") for line in article.dropped)


@pytest.mark.parametrize(("language", "text", "dateline"), [
    ("ru", "Экономика\n«Ткацкая фабрика» построит второй цех в Кимрах\nВ цехе появятся около 200 "
           "рабочих мест, запуск обещают в конце 2027 г.\nТВЕРЬ, 3 марта. /ИА «Тверь-Пресс»/. "
           "Фабрика объявила о стройке. Она обойдётся в 2 млрд руб.",
     "ТВЕРЬ, 3 марта. /ИА «Тверь-Пресс»/."),
    # (a blank line between the deck and the dateline: round 58, ru 375)
    ("ru", "«Ткацкая фабрика» построит второй цех в Кимрах\nВ цехе появятся около 200 рабочих "
           "мест, запуск обещают в конце 2027 г.\n\nТВЕРЬ, 3 марта. /ИА «Тверь-Пресс»/. "
           "Фабрика объявила о стройке. Она обойдётся в 2 млрд руб.",
     "ТВЕРЬ, 3 марта. /ИА «Тверь-Пресс»/."),
    ("en", "Mill to build a second plant\nAbout 200 jobs will be created, and the first line is "
           "due in late 2027.\nLEEDS, England, March 3 (Pennine Wire) — The mill announced the "
           "plant. It will cost £40 million.",
     "LEEDS, England, March 3 (Pennine Wire)"),
])
def test_a_deck_with_a_final_stop_between_the_headline_and_the_dateline_is_not_body(
        language: str, text: str, dateline: str) -> None:
    """Round 55, ru 339 (seen before judging): the deck ended on «г.», so it was read as the
    first body sentence, and the dateline on the next line stayed in the body."""
    article = parse(text, language)
    assert article.title.endswith(("второй цех в Кимрах", "a second plant"))
    assert article.dateline == dateline
    assert article.body[0].text.split()[:2] in (["Фабрика", "объявила"], ["The", "mill"])
    assert any(line.startswith(("В цехе", "About 200")) for line in article.dropped)

@pytest.mark.parametrize(("language", "text"), [
    ("kk", "Ескі лифтілер ауыстырылады\n\nӘкімдік шығынның жартысын өз мойнына алады, қалғанын "
           "пәтер иелері төлейді. Бірақ кезек әзірге белгісіз\n\nАвторы: Дәурен Исмағұлов\n\n"
           "Алматы әкімдігі лифтілерді ауыстыруға шешім қабылдады. Жұмыс 2026 жылы басталады."),
    ("ru", "Завод проверит короткую неделю\n\nСотрудники завода полгода будут работать по 32 "
           "часа в неделю с прежней зарплатой\nТекст: Анна Сорокина | 3 марта 2025, 09:30\n\n"
           "Завод в Казани перешёл на четырёхдневную неделю. Опыт продлится полгода."),
    ("ru", "Город выкупит комнаты\n\nГород выделит 14 млрд рублей, чтобы расселять квартиры с "
           "двумя собственниками\nАнна Сорокина, «Невский вестник»\n18 апреля 2025, 08:45\n\n"
           "Петербург начнёт выкупать комнаты в коммуналках. Закон принят в четверг."),
    # (whole sentences alone in their block over the writer's bare name and a stamp: round
    # 160's check, kk 1606)
    ("kk", "Ескі лифтілер ауыстырылады\n\nӘкімдік шығынның жартысын өз мойнына алады. Қалғанын "
           "пәтер иелері төлейді.\n\nДәурен Исмағұлов\n23 қазан 2018 ж. | Оқу уақыты: 4 минут"
           "\n\nАлматы әкімдігі лифтілерді ауыстыруға шешім қабылдады. Жұмыс 2026 жылы басталады."),
    # (whole sentences over a signed byline: round 58, ru 382)
    ("ru", "Регионы | АПК\nГород выкупит комнаты\nГород выделит 14 млрд рублей на расселение. "
           "Первые квартиры выкупят к лету.\nАвтор: Анна Сорокина\n14 ноября 2025, 09:15\n\n"
           "Петербург начнёт выкупать комнаты в коммуналках. Закон принят в четверг."),
])
def test_a_deck_over_a_byline_or_a_stamp_is_not_body(language: str, text: str) -> None:
    """Round 56, kk 348, ru 346 and ru 348 (seen before judging): a deck with a stop inside,
    or above a byline or a time stamp in its own block, was read as the first body sentence
    (ru 348: as a heading, which made the story a digest)."""
    article = parse(text, language)
    lines = text.split("\n")
    assert article.title == (lines[1] if " | " in lines[0] else lines[0])  # (after a rubric)
    assert article.body[0].text.startswith(("Алматы әкімдігі", "Завод в Казани", "Петербург"))
    assert not any(s.is_heading for s in article.sentences)
    assert any(line.startswith(("Әкімдік шығынның", "Сотрудники", "Город выделит"))
               for line in article.dropped)


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "Машины будут парковать по чётным и нечётным числам\nНочью автомобили, оставленные не "
           "на той стороне улицы, начнут эвакуировать, штраф составит 1,5 тыс. руб.\n\n17 марта "
           "2026, 11:24 · Время чтения: 3 мин.\n\nВЕЛИКИЙ НОВГОРОД, 17 марта. /ИА «Волхов»/. "
           "Мэрия во вторник утвердила новое правило стоянки. Оно действует с 1 апреля."),
    ("en", "City to fine pavement parking\nDrivers will pay 1,500 koruna for each offence from "
           "March 1.\n\nMarch 3, 2026, 9:10 a.m. | 3 min read\n\nBRNO, March 3 (Morava Wire) — "
           "The city assembly voted on Wednesday to end the practice. The rule starts in March."),
    # (round 160's check, en 1600: a deck of two sentences over a reading time alone in its
    # block, a caption between it and the dateline)
    ("en", "City to fine pavement parking\nDrivers will pay 1,500 koruna for each offence. "
           "Residents say the fines are too low.\n\n4 min read\n\nCars parked on a pavement "
           "in Brno on Monday. (Morava Wire/Jan Novak)\n\nBRNO, March 3 (Morava Wire) — The city "
           "assembly voted on Wednesday to end the practice. The rule starts in March."),
])
def test_a_deck_with_its_stop_over_a_stamp_and_the_dateline_is_not_body(
        language: str, text: str) -> None:
    """Round 68's check, ru 501 (seen before judging): a deck that ends with a stop, over a
    time stamp and then the dateline, opened both summaries."""
    article = parse(text, language)
    assert article.title == text.split("\n")[0]
    assert article.dateline is not None
    assert article.body[0].text.startswith(("Мэрия", "The city"))
    assert any(line.startswith(("Ночью", "Drivers")) for line in article.dropped)


def test_a_dateline_place_with_latin_extended_capitals() -> None:
    """Round 56, en 348 (seen before judging): «SŁUPSK» was no place, so the dateline stayed
    in the body."""
    text = ("Poland to remove old weirs\n\nSŁUPSK, Poland, Oct. 9 (Baltic Coast Press) — The "
            "water authority published a plan. Work starts in 2027.")
    article = parse(text, "en")
    assert article.dateline == "SŁUPSK, Poland, Oct. 9 (Baltic Coast Press)"
    assert article.body[0].text == "The water authority published a plan."

def test_a_correction_note_and_a_closing_agency_line_are_not_body() -> None:
    text = ("Пловчиха установила рекорд\n\nКАЗАНЬ, 17 февраля. Пловчиха из Уфы установила "
            "рекорд России. Тренер доволен.\n\nИсправление: в первой версии заметки была неверно "
            "указана дистанция.\n\nИА «Волга-Спорт»")
    assert _body(text, "ru") == ["Пловчиха из Уфы установила рекорд России.", "Тренер доволен."]
    english = ("Plan approved\n\nThe plan passed.\n\nCorrection: An earlier version was wrong."
               "\n\n(Reporting by Dana Ospanova; Editing by Tom Hill)")
    assert _body(english, "en") == ["The plan passed."]


@pytest.mark.parametrize(("line", "dateline"), [
    ("Череповец. 5 декабря. ИА «Шексна-Медиа» — Суд обязал компанию вернуть деньги.",
     "Череповец. 5 декабря. ИА «Шексна-Медиа»"),
    ("ГОРНО-АЛТАЙСК, 9 октября — ИА «Катунь-Инфо». Суд обязал компанию вернуть деньги.",
     "ГОРНО-АЛТАЙСК, 9 октября — ИА «Катунь-Инфо»."),
])
def test_datelines_with_a_news_agency_in_quotation_marks(line: str, dateline: str) -> None:
    article = parse(f"Суд вернул деньги\n\n{line} Компания подаст апелляцию.", "ru")
    assert article.dateline == dateline
    assert article.body[0].text == "Суд обязал компанию вернуть деньги."


@pytest.mark.parametrize("top", ["ECONOMY\n", "Экономика\n\n", "TECHNOLOGY | Kazakhstan\n",
                                 "CULTURE\nUpdated at 14:35\n\n", "HEALTH\n\nPublished 09:12\n\n",
                                 "Жаңартылды: 15.01.2025, 09:20\n\n",
                                 # a rubric with its stamp, one newline over the headline
                                 # (blind round 22, en 143)
                                 "ECONOMY | 03.11.2025, 10:12\n"])
def test_a_rubric_or_time_stamp_over_the_headline_is_neither_title_nor_body(top: str) -> None:
    text = (f"{top}Wheat exports reach a record in October\n\nGrain exports reached 1.2 million "
            "tonnes in October, the ministry said. Most went to China.\n\nTags: grain, exports")
    article = parse(text, "en")
    assert article.title == "Wheat exports reach a record in October"
    assert _body(text, "en") == ["Grain exports reached 1.2 million tonnes in October, the "
                                 "ministry said.", "Most went to China."]


@pytest.mark.parametrize("stamp", ["Published Jan. 22, 2025, 09:10 EAT",
                                   "Обновлено 22.01.2025, 09:20",
                                   "Updated Sept. 3, 2025 at 4:05 p.m. ET",
                                   # with a rubric and a view count, or a reading time
                                   # (blind round 21, ru 137 and ru 140)
                                   "3 марта 2025, 11:20 · Экономика · Просмотров: 2 418",
                                   "12.11.2025 | 16:02 | Время чтения: 3 мин."])
def test_a_time_stamp_with_a_dated_day_under_the_headline_is_not_glued_to_the_lead(
        stamp: str) -> None:
    """Blind round 13, en 89: "Published Jan. 22, 2025, 09:10 EAT" under a headline and over
    the dateline on single newlines went into every summary with the lead."""
    text = (f"Flower exports climb 8.6% as cargo space returns\n{stamp}\n"
            "NAIROBI, Jan. 22 (Rift Valley Press) — Kenya exported more flowers in 2024. "
            "Prices rose too.")
    article = parse(text, "en")
    assert article.title == "Flower exports climb 8.6% as cargo space returns"
    assert article.dateline == "NAIROBI, Jan. 22 (Rift Valley Press)"
    assert _body(text, "en") == ["Kenya exported more flowers in 2024.", "Prices rose too."]


@pytest.mark.parametrize("stamp", ["09:15, 2 ақпан 2023 ж.", "09:15, 2 февраля 2023 г."])
def test_a_time_first_stamp_closed_by_the_year_s_mark_is_not_glued_to_the_lead(
        stamp: str) -> None:
    """Round 186's check, kk 1919: «09:15, 2 ақпан 2023 ж.» under the headline, over a blank
    line and the dateline, opened both summaries glued to the lead."""
    text = (f"Облыс инвестициясы 14,6 пайызға өсті\n{stamp}\n\n"
            "АҚТӨБЕ, 2 ақпан. «Елек жаршысы» – Облысқа 1,2 трлн теңге инвестиция тартылды. "
            "Бұл былтырғыдан көп.")
    assert _body(text, "kk")[0] == "Облысқа 1,2 трлн теңге инвестиция тартылды."


def test_a_short_paragraph_ending_at_a_time_is_a_sentence() -> None:
    text = "Council approves budget\n\nThe vote ended at 10:30 p.m.\n\nIt passed by 30 votes."
    assert _body(text, "en") == ["The vote ended at 10:30 p.m.", "It passed by 30 votes."]


def test_a_single_word_first_line_over_prose_is_still_the_text() -> None:
    # no headline follows, so "Summary" is not a rubric to take out
    article = parse("Summary\n\nThe council met on Monday. It approved the plan.", "en")
    assert article.title == "Summary"


@pytest.mark.parametrize(("language", "line", "dateline"), [
    ("ru", "СТАРАЯ ЛАДОГА (Ленинградская область), 9 июня — Северо-Западное агентство новостей. ",
     "СТАРАЯ ЛАДОГА (Ленинградская область), 9 июня — Северо-Западное агентство новостей."),
    ("ru", "Нижний Новгород, 27 ноября 2024 г. (НН-Инфо)\n",
     "Нижний Новгород, 27 ноября 2024 г. (НН-Инфо)"),
    ("kk", "Алматы қ., 3 желтоқсан /Дала Ақпарат/. ", "Алматы қ., 3 желтоқсан /Дала Ақпарат/."),
    ("en", "Dublin, 7 May 2025 (Celtic Newswire) — ", "Dublin, 7 May 2025 (Celtic Newswire)"),
    ("kk", "Астана, 3 қазан – Дала Ақпарат. ", "Астана, 3 қазан – Дала Ақпарат."),
    # the place in capitals with its kind cut short (round 46, kk 290)
    ("kk", "ШЫМКЕНТ қ., 27 мамыр. Дала Ақпарат – ", "ШЫМКЕНТ қ., 27 мамыр. Дала Ақпарат"),
    # the agency in quotation marks (round 48, kk 299 and 302)
    ("kk", "Астана. «Дала Ақпарат» — ", "Астана. «Дала Ақпарат»"),
    # a place, a dash and the agency in brackets (round 51, en 320)
    ("en", "Nairobi — (Savanna Wire) ", "Nairobi — (Savanna Wire)"),
    ("kk", "Астана қ., 18 наурыз / «Орда News» / ", "Астана қ., 18 наурыз / «Орда News» /"),
    # with its year (round 49, ru 305), and the agency ending its own line (round 49, kk 308)
    ("ru", "Томск, 21 января 2026 г. /Новости Евразии/. ",
     "Томск, 21 января 2026 г. /Новости Евразии/."),
    ("kk", "Қарағанды қ., 3 қараша 2025 – «Сарыарқа Ақпарат»\n\n",
     "Қарағанды қ., 3 қараша 2025 – «Сарыарқа Ақпарат»"),
    # the agency with a colon, ending the line (round 54, en 336)
    ("en", "MELBOURNE, Tuesday 12 November — Southern Cross Newswire:\n",
     "MELBOURNE, Tuesday 12 November — Southern Cross Newswire:"),
    # two places joined by a dash, then the date and the agency (round 69's check, kk 516:
    # "АҚТАУ" was taken alone and "АСТАНА, 22 ақпан." opened the body)
    ("kk", "АҚТАУ – АСТАНА, 22 ақпан. «Каспий Ақпарат» – ",
     "АҚТАУ – АСТАНА, 22 ақпан. «Каспий Ақпарат»"),
    ("en", "LONDON — BRUSSELS, March 4 (Channel Wire) — ",
     "LONDON — BRUSSELS, March 4 (Channel Wire)"),
])
def test_datelines_with_a_title_case_place(language: str, line: str, dateline: str) -> None:
    text = f"Court fines the operator\n\n{line}Сот операторға айыппұл салды. Компания шағымданады."
    article = parse(text, language)
    assert article.dateline == dateline
    assert article.body[0].text == "Сот операторға айыппұл салды."


def test_a_captioned_photo_with_its_photographer_inside_the_article_is_not_body() -> None:
    text = ("Workers buy their factory\n\nThe workers bought the plant on Monday. The deal "
            "closed at noon.\n\nAnna Perrin adjusts a lathe at the works. Photo: Marc Aubry\n\n"
            "Banks lent most of the money.")
    assert _body(text, "en") == ["The workers bought the plant on Monday.",
                                 "The deal closed at noon.", "Banks lent most of the money."]


@pytest.mark.parametrize(("language", "label", "box"), [
    ("en", "Key facts (2024 season):", "- spending: 12 bn\n- growth: 5%"),
    ("ru", "Ключевые цифры:", "- spending: 12 bn\n- growth: 5%"),
    ("kk", "Негізгі деректер:", "- spending: 12 bn\n- growth: 5%"),
    # its figures on one line between bars, too long for a list item (blind round 15, kk 101)
    ("kk", "Негізгі деректер:", "34 жатақхана | 21 400 орын | 96,3 млрд теңге | қалған "
                                "тапшылық – 16 600 орын"),
    # a label with no colon over "name: value" lines, or over bullets (blind round 18)
    ("en", "KEY FACTS", "Peak demand: 5,312 MW (Jan. 21)\nPrevious record: 5,001 MW"),
    ("ru", "Ключевые цифры", "• заготовка — 21,4 млн куб. м\n• экспорт — 2,4 млн куб. м"),
    ("ru", "Главное:", "• суд отменил решение\n• ассоциация подаст жалобу"),
    # a brief's label: round 82's check, kk 665 and kk 668
    ("kk", "ҚЫСҚАША", "Қатысушылар: 91 380 түлек\nОрташа балл: 80,2 (2013 ж. – 78,8)"),
    ("kk", "Мәміле туралы қысқаша", "Сатып алушы: «Қаратау Цемент» АҚ (Кентау)\n"
                                    "Мәміле құны: 38,5 млрд теңге"),
    # a note's label, and a name in numbers before a colon: round 110's check, ru 1008 and
    # ru 1001, whose long summaries ran the boxes' lines together as sentences
    ("ru", "Справка", "Пик потребления: 3 420 МВт (+11% к прошлому лету)\nБез света в пиковый "
                      "момент: около 310 тыс. человек\nРайонов с графиками отключений: 19 и г. "
                      "Волгоград\nРекорд температуры: +42,7 °С (27 июля, метеостанция "
                      "«Волгоград»)"),
    ("ru", "«Сибирский меридиан» в цифрах:", "• основана в 1997 г.;\n• 1870 сотрудников."),
    # the year's figures: round 180's check, ru 1841, whose long summary ran them in
    ("ru", "ЦИФРЫ ГОДА", "• 33 412 — преступлений зарегистрировано (−3,1%)\n"
                         "• 1 184 — квартирные кражи (в 2019 г. — 1 631)"),
    ("en", "Figures of the year", "• 2,318 — home burglaries\n• 1,946 — online fraud reports"),
])
def test_a_fact_box_is_page_furniture_not_a_passage(language: str, label: str, box: str) -> None:
    text = (f"Budget approved\n\nThe council approved the budget on Monday. It grows by 5%.\n\n"
            f"{label}\n{box}\n\nThe vote was 18 to 15.")
    assert _body(text, language) == ["The council approved the budget on Monday.",
                                     "It grows by 5%.", "The vote was 18 to 15."]


@pytest.mark.parametrize(("language", "text", "title", "dateline", "byline", "first"), [
    # "көп" (many) is a stopword, which alone would read as a hard-wrapped line
    ("kk", "Ақтөбеде жүгері егісі өткен жылдан көп\nАҚТӨБЕ, 3 қазан. ҚазАқпарат – Облыста жүгері "
     "40 мың гектарға егілді. Бұл былтырғыдан 12 %-ға көп.", "Ақтөбеде жүгері егісі өткен жылдан "
     "көп", "АҚТӨБЕ, 3 қазан. ҚазАқпарат", None, "Облыста жүгері 40 мың гектарға егілді."),
    ("kk", "Шымкентте жаңа саябақ ашылды\n\nАйгерім Сапарова\n\nСуретте: саябақтағы субұрқақ. "
     "Фото: Б. Омаров\n\nШымкент. ҚазАқпарат – Қаланың оңтүстігінде 12 гектарлық саябақ ашылды. "
     "Оған 2 млрд теңге жұмсалды.", "Шымкентте жаңа саябақ ашылды", "Шымкент. ҚазАқпарат",
     "Айгерім Сапарова", "Қаланың оңтүстігінде 12 гектарлық саябақ ашылды."),
    ("kk", "Қолжазба табылды\n\nАйгерім Сұлтанова, Дала Ақпарат\n\nАуылдағы сандықтан ежелгі "
     "қолжазба табылды. Ғалымдар оны зерттейді.", "Қолжазба табылды", None,
     "Айгерім Сұлтанова, Дала Ақпарат", "Ауылдағы сандықтан ежелгі қолжазба табылды."),
    ("kk", "Коммуналдық қызмет\nШымкентте ауыз су тарифі үштен бір есеге қымбаттауы мүмкін\n\n"
     "Шымкент. Ортаазия Ақпарат – Кәсіпорын су тарифін 33 пайызға көтеруді ұсынды. Шешім "
     "мамырда қабылданады.", "Шымкентте ауыз су тарифі үштен бір есеге қымбаттауы мүмкін",
     "Шымкент. Ортаазия Ақпарат", None, "Кәсіпорын су тарифін 33 пайызға көтеруді ұсынды."),
    # a headline whose last word is a stopword is still one when a byline follows it
    ("en", "Council freezes holiday-flat licences for three years\nBy Laura Perez\nVALENCIA, "
     "June 5 — The council froze new licences on Thursday. Owners objected.",
     "Council freezes holiday-flat licences for three years", "VALENCIA, June 5",
     "By Laura Perez", "The council froze new licences on Thursday."),
], ids=["headline-over-a-dateline", "bare-name-byline-and-caption", "name-with-outlet-byline",
        "two-word-rubric", "headline-over-a-byline"])
def test_the_lines_around_the_headline_are_told_apart(
        language: str, text: str, title: str, dateline: str | None, byline: str | None,
        first: str) -> None:
    article = parse(text, language)
    assert (article.title, article.dateline, article.byline) == (title, dateline, byline)
    assert article.body[0].text == first


def test_a_bracketed_photo_credit_a_stamp_line_and_a_slashed_agency_of_several_words() -> None:
    text = ("Ремонт моста начнётся в мае\nОбщество | 11:42, 22 апреля\nАнна Петрова, специально "
            "для «Волга Медиа»\n\nГлава района осматривает мост. (Волга Медиа фото/Иван Орлов)\n"
            "КРАСНОЯРСК, 5 июня. /Сибирское агентство новостей/. Власти края выделили деньги на "
            "ремонт моста. Работы начнутся в мае.")
    article = parse(text, "ru")
    assert article.byline == "Анна Петрова, специально для «Волга Медиа»"
    assert article.dateline == "КРАСНОЯРСК, 5 июня. /Сибирское агентство новостей/."
    assert _body(text, "ru") == ["Власти края выделили деньги на ремонт моста.",
                                 "Работы начнутся в мае."]


@pytest.mark.parametrize(("language", "line", "dateline"), [
    ("en", "WARSAW/LAUSANNE (Meridian Wire) — ", "WARSAW/LAUSANNE (Meridian Wire)"),
    ("kk", "АСТАНА / Сарыарқа Ақпарат / ", "АСТАНА / Сарыарқа Ақпарат /"),
    # blind round 17, en 116 and ru 116: the agency in brackets
    ("en", "Graz, Austria – (Alpine Press Agency) ", "Graz, Austria – (Alpine Press Agency)"),
    ("ru", "Екатеринбург. 5 декабря. (Рифей-Пресс) – ", "Екатеринбург. 5 декабря. (Рифей-Пресс)"),
    ("kk", "Астана. Еуразия хабары – ", "Астана. Еуразия хабары"),  # blind round 18, kk 119
    # blind round 19: a second dash with the date and agency (en 128); an agency in brackets in
    # lower case, its dash ending the line (ru 128); "қаласы" and the year, then "(…)." (kk 126)
    ("en", "GENEVA, Switzerland — May 2 (Alpine Wire) — ",
     "GENEVA, Switzerland — May 2 (Alpine Wire)"),
    ("ru", "Тверь. 3 мая. (Деловая неделя) —\n", "Тверь. 3 мая. (Деловая неделя)"),
    ("kk", "Шымкент қаласы, 7 наурыз 2025 жыл (Оңтүстік ақпарат). ",
     "Шымкент қаласы, 7 наурыз 2025 жыл (Оңтүстік ақпарат)."),
    # a place, a date with its year and a dash (blind round 21, kk 140)
    ("kk", "Тараз, 9 сәуір 2025 ж. – ", "Тараз, 9 сәуір 2025 ж."),
])
def test_datelines_with_slashes_or_bracketed_agencies(language: str, line: str, dateline: str) -> None:
    """Blind round 14, en 98 and kk 96: both went into every summary with the lead."""
    article = parse(f"Headline of the story here\n\n{line}First fact of the news. Second fact.",
                    language)
    assert article.dateline == dateline
    assert [s.text for s in article.body] == ["First fact of the news.", "Second fact."]


def test_initials_opening_a_late_paragraph_are_no_dateline() -> None:
    """Blind round 14, kk 96: with no dateline on top, "Қ.М." opening paragraph 30 was taken
    for one and cut off its sentence."""
    paragraphs = [f"Бірінші жаңалық {n} сөйлемі." for n in range(8)]
    text = ("Тақырып осында тұр\n\n" + "\n\n".join(paragraphs) +
            "\n\nҚ.М. Тоқтарбаевтың айтуынша, тәртіп бірінші жылы бағаланады.")
    article = parse(text, "kk")
    assert article.dateline is None
    assert article.body[-1].text == "Қ.М. Тоқтарбаевтың айтуынша, тәртіп бірінші жылы бағаланады."


@pytest.mark.parametrize(("language", "top", "byline"), [
    ("ru", "20 февраля 2025 г. | Обновлено в 18:10\nСАРАТОВ, 20 февраля — Новости Евразии. ",
     None),
    ("kk", "Әлия Нұртазина, Көкшетау\nЖарияланған күні: 9 қыркүйек 2025 ж.\n\n",
     "Әлия Нұртазина, Көкшетау"),
])
def test_date_lines_and_a_name_with_its_town_under_the_headline_are_furniture(
        language: str, top: str, byline: str | None) -> None:
    """Blind round 14, ru 98 and kk 94: the time stamp with "г." and the byline with a town
    and a publication date were glued to the lead in every summary."""
    text = f"Заголовок новости здесь\n{top}Первый факт новости. Второй факт."
    article = parse(text, language)
    assert article.byline == byline
    assert [s.text for s in article.body] == ["Первый факт новости.", "Второй факт."]


def test_a_caption_byline_and_evening_time_stamp_over_the_dateline_are_furniture() -> None:
    """Blind round 15, en 103: the time stamp ended on "p.m." and was kept, so the caption over
    it was no caption either, and both made the short summary."""
    text = ("Fencer completes comeback with European gold\n\n"
            "Marta Kowal celebrates after the final touch in Basel on Thursday. "
            "(Photo: Alpine Wire/Lukas Brunner)\nBy Oliver Haines, Alpine Wire\n"
            "June 19, 2025, 9:48 p.m.\n\n"
            "BASEL, Switzerland, June 19 (Alpine Wire) — Marta Kowal won the sabre title on "
            "Thursday. She had been out for a year.")
    article = parse(text, "en")
    assert article.byline == "By Oliver Haines, Alpine Wire"
    assert _body(text, "en") == ["Marta Kowal won the sabre title on Thursday.",
                                 "She had been out for a year."]


def test_a_labelled_photo_caption_in_the_headline_block_is_furniture() -> None:
    """Blind round 25, en 163: "Photo caption: …" between the headline and the byline, in one
    block with the dateline, was kept, and so the dateline under it was not found (the
    mechanical check failed before judging)."""
    text = ("Divers raise a medieval anchor from the lake\n"
            "Updated 10:15 a.m., Feb. 3\n"
            "Photo caption: A diver checks the anchor's ring at the museum workshop. "
            "(Lakeside Wire/Anna Berg)\n"
            "By Nils Varga, Science Reporter\n"
            "KUOPIO, Finland, Feb. 3 (Lakeside Wire) — Divers have raised an iron anchor from "
            "the lake bed. It is about 600 years old.")
    article = parse(text, "en")
    assert article.dateline == "KUOPIO, Finland, Feb. 3 (Lakeside Wire)"
    assert _body(text, "en") == ["Divers have raised an iron anchor from the lake bed.",
                                 "It is about 600 years old."]


@pytest.mark.parametrize(("quote", "pulled"), [
    ("«Енді суға жету үшін тастың үстімен біраз жүру керек»", True),
    ("«Біз бұған дайынбыз.»", False),  # said only there: a passage of its own
    # round 136, kk 1312: the quotation worded more briefly, with no stop
    ("«Балалар секіретін: енді суға жету үшін тастың үстімен жүру керек»", True),
])
def test_a_pull_quote_repeating_the_text_is_furniture(quote: str, pulled: bool) -> None:
    """Blind round 16, kk 106: a pull quote between paragraphs went into the long summary."""
    text = ("Ақтау жағалауы тартылып барады\n\nБалықшы бетон баспалдақты нұсқайды. «Балалар осы "
            "жерден секіретін. Енді суға жету үшін тастың үстімен біраз жүру керек», – дейді ол."
            f"\n\n{quote}\n\nӘкімдік түбін тереңдету жұмыстарын бастады.")
    article = parse(text, "kk")
    assert (quote in article.dropped) is pulled
    assert any(s.text == quote for s in article.body) is not pulled


def test_a_deck_of_sentences_over_story_by_is_a_deck_and_the_caption_under_it_goes() -> None:
    """Round 134, en 1294: a deck of three sentences between the headline and "Story by … |
    Photos by Dale Osberg" was read as the lead, and the photo's caption after it, ending on
    "(Dale Osberg)", stayed in the body and opened the short summary."""
    text = ("Last lift: a lake fisherman brings his nets home\n\nOne of the last fishermen on "
            "the lake is selling his licence back. The lake, he says, won't miss him. He is less "
            "sure about the town.\n\nStory by Marta Olsen | Photos by Dale Osberg\nPublished "
            "October 22, 2016 · 7 min read\n\nIke Berg, 74, lifts a gillnet on a frosty "
            "morning. (Dale Osberg)\n\nThe ice on the ropes cracks when Ike Berg hauls them "
            "in. He has fished here for 58 years.\n\nOn Monday the province confirmed that 41 "
            "fishers had signed up.")
    article = parse(text, "en")
    assert article.deck is not None and article.deck.startswith("One of the last fishermen")
    assert article.body[0].text.startswith("The ice on the ropes")


def test_a_quotation_line_that_words_nothing_quoted_near_it_is_no_pull_quote() -> None:
    """Round 136, kk 1312's counterpart: a display line is dropped as a pull quote only when
    a quotation near it says most of its words."""
    quote = "«Жағалауды сақтап қалу үшін бәріміз бірге жұмыс істеуіміз керек»"
    text = ("Ақтау жағалауы тартылып барады\n\nБалықшы бетон баспалдақты нұсқайды. «Балалар осы "
            "жерден секіретін. Енді суға жету үшін тастың үстімен біраз жүру керек», – дейді ол."
            f"\n\n{quote}\n\nӘкімдік түбін тереңдету жұмыстарын бастады.")
    assert quote not in parse(text, "kk").dropped


def test_share_and_advertisement_lines_and_a_text_by_line_are_furniture() -> None:
    """Blind round 17, kk 115: "Мәтін: …" stood as a heading, which made the article a digest
    (no set-up unit then), and "Бөлісу" / «Жарнама» lines stood as headings."""
    text = ("Пианист бас жүлдені жеңіп алды\nМәтін: Данияр Сәбитұлы\n\nАСТАНА, 7 мамыр. Дала "
            "Ақпарат – Жас пианист байқауда жеңді.\n\nБөлісу\n\nБайқау үш турдан тұрды. Финалға "
            "алты пианист шықты.\n\nЖарнама\n\nShare this article\n\n2,418 readers · 3 min read"
            "\n\nАлдағы гастроль қазанда басталады.")
    article = parse(text, "kk")
    assert article.byline == "Мәтін: Данияр Сәбитұлы"
    assert not any(s.is_heading for s in article.sentences)
    assert {"Бөлісу", "Жарнама", "Share this article",
            "2,418 readers · 3 min read"} <= set(article.dropped)


def test_a_list_whose_item_opens_with_an_acronym_stays_one_list() -> None:
    """Blind round 17, ru 113: "EBITDA" made every item a sentence ("15,4 %. чистая …")."""
    text = ("Прибыль выросла\n\nИтоги девяти месяцев:\n• выручка — 31,8 млрд руб.\n"
            "• EBITDA — 4,9 млрд руб.\n• чистая прибыль — 2,36 млрд руб.\n\nАкции выросли.")
    assert _body(text, "ru")[0] == ("Итоги девяти месяцев: выручка — 31,8 млрд руб.; EBITDA — "
                                    "4,9 млрд руб.; чистая прибыль — 2,36 млрд руб.")


@pytest.mark.parametrize(("language", "lead", "kept"), [
    ("kk", "Зауыт бейсенбі күні іске қосылды, деп хабарлайды агенттік тілшісі.",
     "Зауыт бейсенбі күні іске қосылды."),
    ("ru", "Завод запустили в четверг, сообщает корреспондент агентства.",
     "Завод запустили в четверг."),
    # a source that is not the agency's own reporter stays
    ("kk", "Тұрғын үй көбірек салынды, деп хабарлайды Ұлттық статистика бюросы.",
     "Тұрғын үй көбірек салынды, деп хабарлайды Ұлттық статистика бюросы."),
])
def test_the_agency_crediting_its_own_reporter_is_furniture(language: str, lead: str,
                                                             kept: str) -> None:
    """Blind round 22, kk 141: ", деп хабарлайды агенттік тілшісі." cost a point in every
    summary of the lead."""
    assert _body(f"Жаңалық тақырыбы осында\n\n{lead} Екінші сөйлем.", language)[0] == kept


def test_a_question_alone_between_paragraphs_is_a_subheading_not_body() -> None:
    """Blind round 25, kk 162: the subheading "Заң жобасы нені өзгертеді?" was glued into the
    long summary as a sentence."""
    text = ("Коллекторларға шектеу қойылмақ\n\nМәжіліс заң жобасын бірінші оқылымда мақұлдады. "
            "Құжат қоңырау уақытын шектейді.\n\nЗаң жобасы нені өзгертеді?\n\nКоллекторлар "
            "тәулігіне екі реттен артық хабарласа алмайды.")
    body = _body(text, "kk")
    assert "Заң жобасы нені өзгертеді?" not in body
    assert body[-1] == "Коллекторлар тәулігіне екі реттен артық хабарласа алмайды."
    opening = _body("Council approves bridge plan\n\nIs the bridge safe?\n\nThe council "
                    "approved it on Monday.", "en")
    assert opening[0] == "Is the bridge safe?"  # a question that opens the article stays
    # (a decimal point in a figure too: round 113's check, en 1038)
    figure = _body("Steelworks fined\n\nThe plant was fined on Tuesday.\n\nHow is a fine of "
                   "28.4 million zlotys calculated?\n\nThe law sets the rates.", "en")
    assert figure == ["The plant was fined on Tuesday.", "The law sets the rates."]
    # (a clock time too: round 171's check, en 1740)
    clock = _body("Phone network fails\n\nThe network failed on Thursday.\n\nWhat happened "
                  "at 4:12 a.m.?\n\nA software update went wrong.", "en")
    assert clock == ["The network failed on Thursday.", "A software update went wrong."]


@pytest.mark.parametrize(("headline", "rest", "first"), [
    # (round 82's check, en 673: a 21-word headline over a caption ending "(Lakeshore Wire
    # photo/Laura Benning)" was no title, dropped over the dateline)
    ("Former road authority finance chief goes on trial over $4.7 million in paving invoices "
     "prosecutors say were for roads never resurfaced",
     "Dennis Kowalczyk arrives at the federal courthouse in Bay City on Monday. (Lakeshore Wire "
     "photo/Laura Benning)\n\nBy Laura Benning\n\nBAY CITY, Mich., Oct. 15 (Lakeshore Wire) – "
     "The trial of a former finance director opened on Monday. He denies the charges.",
     "The trial of a former finance director opened on Monday."),
    # (round 161, en 1621: a 22-word headline over a caption ending "(Prairie Business Wire/Tom
    # Aldana)", its byline in the same block, was read as no title)
    ("Cedar Prairie Bancshares agrees to buy Des Moines-based Raccoon River Savings in $412 "
     "million deal creating Iowa's largest locally owned bank",
     "The two chief executives at a news conference in Des Moines on Monday. (Prairie Business "
     "Wire/Tom Aldana)\nBy Jeremy Kolb, Prairie Business Wire\n\nDES MOINES, Iowa, Sept. 12 "
     "(Prairie Business Wire) - Cedar Prairie Bancshares agreed on Monday to buy Raccoon River "
     "Savings Bank. The deal needs regulators' approval.",
     "Cedar Prairie Bancshares agreed on Monday to buy Raccoon River Savings Bank."),
], ids=["photo-credit", "agency-credit"])
def test_a_long_headline_over_a_caption_with_its_credit_in_brackets_is_the_title(
        headline: str, rest: str, first: str) -> None:
    article = parse(f"{headline}\n\n{rest}", "en")
    assert article.title == headline
    assert article.body[0].text == first


def test_a_sentence_opening_on_a_fact_labels_word_and_a_comma_is_body() -> None:
    """Round 82's check, ru 672: «Главное, проезд станет круглогодичным: …» was dropped from
    the body as a fact box."""
    text = ("Тоннель прошли насквозь\n\nСтроители завершили проходку тоннеля во вторник. Движение "
            "откроют в 2027 г.\n\nТоннель сократит путь на 27 км. Главное, проезд станет "
            "круглогодичным: перевал больше не будет отрезать район.")
    assert _body(text, "ru")[-1] == ("Главное, проезд станет круглогодичным: перевал больше не "
                                     "будет отрезать район.")


def test_a_bare_name_with_its_reading_time_after_a_bar_is_a_byline() -> None:
    """Round 82's check, ru 666: «Кирилл Ведерников · 8 мин. чтения» under the deck was read as
    the first sentence."""
    text = ("Обновление трамвайной сети отстаёт от графика\n\nКирилл Ведерников · 8 мин. чтения"
            "\n\nИЖЕВСК, 12 марта — ИжИнформ. Модернизация трамвайной сети отстаёт от графика "
            "почти на год. Мэрия готовит претензию.")
    article = parse(text, "ru")
    assert article.byline == "Кирилл Ведерников · 8 мин. чтения"
    assert article.body[0].text == "Модернизация трамвайной сети отстаёт от графика почти на год."


def test_a_bare_name_with_a_date_after_a_comma_is_a_byline() -> None:
    """Round 112's check, ru 1027: «Игорь Латышев, 24.03.2017» under a photo caption was read
    as a heading."""
    text = ("В омский музей вернули похищенные предметы\n\nСеребряные оклады почти 23 года "
            "числились в розыске\n\nНа фото: Галина Сафонова осматривает возвращенный оклад "
            "иконы. Фото: пресс-служба музея\n"
            "Игорь Латышев, 24.03.2017\n\nОМСК, 24 марта — Иртышский вестник. "
            "Музей получил назад четырнадцать предметов. Их нашли на аукционе.")
    article = parse(text, "ru")
    assert article.byline == "Игорь Латышев, 24.03.2017"
    assert [s.text for s in article.sentences][0] == "Музей получил назад четырнадцать предметов."


@pytest.mark.parametrize("line", [
    "Дәурен ӘБДІРАХМАН", "Айгерім НҰРЛАНҚЫЗЫ, Қостанай облысы", "Нұрсұлтан ЖАҚСЫЛЫҚОВ, Жезқазған",
])
def test_a_kazakh_byline_with_the_surname_in_capitals(line: str) -> None:
    """Round 114's check, kk 1050 and kk 1051 (read as headings), kk 1048 and kk 1052 (read as
    datelines, which left the deck in the body as the first sentence)."""
    text = (f"Ауруханада босану бөлімі жабылады\n\nБөлім 1 шілдеден бастап жұмысын тоқтатады\n\n"
            f"{line}\n\nБасқарма бөлімді жабу туралы шешім қабылдады. Ол 1 шілдеден бастап "
            "күшіне енеді.")
    article = parse(text, "kk")
    assert article.byline == line
    assert article.dateline is None
    assert article.body[0].text == "Басқарма бөлімді жабу туралы шешім қабылдады."


def test_a_deck_in_its_own_block_over_a_bare_name_and_a_dateline_is_no_body() -> None:
    """Round 114's check, ru 1050: «Первыми запрет коснется крупных магазинов — с 1 марта 2024 г.
    Рынкам … дали время до 2025 г.» over «Дина Омарова» and a stamp, then the dateline, was read
    as the first sentences."""
    text = ("Город откажется от пластиковых пакетов\n\nПервыми запрет коснется крупных "
            "магазинов — с 1 марта. Рынкам дали время до 2025 г.\n\nДина Омарова\nОбновлено: "
            "15 ноября 2023 г., 09:10\n\nАЛМАТЫ, 14 ноября — Маслихат во вторник утвердил "
            "запрет на тонкие пакеты.\n\nРешение поддержали 29 депутатов.")
    article = parse(text, "ru")
    assert article.body[0].text == "Маслихат во вторник утвердил запрет на тонкие пакеты."
    assert article.byline == "Дина Омарова"


def test_a_name_with_the_writers_trade_is_a_byline() -> None:
    """Blind round 27, ru 175: "Денис Громов, корреспондент «Новостей Евразии»" stayed in the
    body as a sentence."""
    text = ("Клуб выиграл чемпионат\n\nКлуб впервые выиграл чемпионат в воскресенье.\n\n"
            "Ирина Лосева, корреспондент «Волжских вестей»\n\n"
            "САМАРА, 18 мая — Волжские вести. Решающий матч собрал 2 тыс. зрителей.")
    article = parse(text, "ru")
    assert article.byline == "Ирина Лосева, корреспондент «Волжских вестей»"
    assert all("корреспондент" not in sentence.text for sentence in article.body)
    english = parse("Club wins title\n\nThe club won the title on Sunday.\n\nAnna Berg, Staff "
                    "Writer\n\nLEEDS, May 18 — The final drew 2,000 fans.", "en")
    assert english.byline == "Anna Berg, Staff Writer"


def test_a_name_with_its_outlet_in_quotation_marks_is_a_byline() -> None:
    """Blind round 40, ru 250 (read before judging): "Мария Колесникова, «Волжские вести»" over
    a reader-count line was the body's first sentence."""
    text = ("Библиотека откроется ночью\n\nИрина Лосева, «Волжские вести»\n12 января, 09:15 · "
            "Прочитали 4 870 человек\n\nВ читальном зале тихо. Библиотека будет работать "
            "круглые сутки.")
    article = parse(text, "ru")
    assert article.byline == "Ирина Лосева, «Волжские вести»"
    assert [s.text for s in article.body] == ["В читальном зале тихо.",
                                              "Библиотека будет работать круглые сутки."]


def test_a_list_item_with_a_time_is_no_time_stamp() -> None:
    """Round 43, kk 271 (read before judging): the winner's line of a results list
    ("– Айдана Серікбаева (Қазақстан) – 28:41,3") was dropped as a time stamp."""
    text = ("Шаңғышы алтын алды\n\nАСТАНА. ҚазАқпарат – Шаңғышы алтын алды.\n\nҮздік үштік "
            "мынадай:\n– Айдана Серікбаева (Қазақстан) – 28:41,3\n– Ингрид Ховланн (Норвегия) – "
            "+8,7 сек.\n– Эльса Лундквист (Швеция) – +15,2 сек.\n\nКелесі кезең наурызда өтеді.")
    article = parse(text, "kk")
    assert any("Айдана Серікбаева (Қазақстан) – 28:41,3" in s.text for s in article.body)


@pytest.mark.parametrize("outlet", ["«Сибирская линия»", "«Спортивная лента»"])
def test_a_quoted_name_after_the_datelines_dash_is_its_outlet(outlet: str) -> None:
    """Round 43, ru 267 and ru 271: an outlet in quotation marks with no word of the trade."""
    article = parse(f"Вакцину испытают\n\nТОМСК, 14 апреля — {outlet}. Компания начала "
                    "испытания. Они продлятся год.", "ru")
    assert article.dateline == f"ТОМСК, 14 апреля — {outlet}."
    assert article.body[0].text == "Компания начала испытания."


@pytest.mark.parametrize(("language", "text", "dateline", "first"), [
    # round 44, en 275: "4,318 reads" under the headline on a single newline
    ("en", "Kitchen fires drive rise in callouts\nPublished Jan. 22, 2025 · 4,318 reads\nWINNIPEG "
           "(Prairie Press Agency) — Firefighters answered more calls. Cooking fires led.",
     "WINNIPEG (Prairie Press Agency)", "Firefighters answered more calls."),
    # round 44, en 276: two places and a date on their own line
    ("en", "Sweden picks mine for observatory\n\nBy Erik Lindqvist, Science Correspondent\n"
           "Stockholm / Kallberget, Oct. 9\n\nA disused mine has been chosen. Work starts in 2027.",
     "Stockholm / Kallberget, Oct. 9", "A disused mine has been chosen."),
    # round 44, ru 277: a byline whose trade word has an adjective, a caption, then the dateline
    ("ru", "Агрохолдинг купил фабрику\nЕлена Кротова, экономический обозреватель\nНа фото: цех "
           "фабрики. Фото из архива предприятия\nВОЛОГДА, 7 марта — Новости Евразии. Фабрику "
           "купил агрохолдинг. Сделка закрыта.", "ВОЛОГДА, 7 марта — Новости Евразии.",
     "Фабрику купил агрохолдинг."),
    # round 44, ru 278: a place, a date and the agency in quotation marks, then a dash
    ("ru", "Суд оштрафовал сеть оптик\n\n03.06.2025 16:20 (обновлено 18:05)\n\nЕкатеринбург. 3 "
           "июня. ИА «Уральский вестник» — Суд оштрафовал сеть. Она обжалует решение.",
     "Екатеринбург. 3 июня. ИА «Уральский вестник»", "Суд оштрафовал сеть."),
    # round 45, ru 281: a Title-case place, a date and the agency between slashes
    ("ru", "Отряд подвел итоги года\n\nНижний Новгород. 15 января. /Волга-Информ/. Отряд получил "
           "3 126 заявок. Почти все нашли.", "Нижний Новгород. 15 января. /Волга-Информ/.",
     "Отряд получил 3 126 заявок."),
    # round 45, ru 283: a rubric alone in its paragraph, the headline in the next
    ("ru", "Наука и технологии\n\nНовый самолет впервые поднялся в небо\n\nНОВОСИБИРСК, 21 "
           "сентября — Новости Сибири. Самолет совершил первый полет. Испытания продолжатся.",
     "НОВОСИБИРСК, 21 сентября — Новости Сибири.", "Самолет совершил первый полет."),
    # round 42, en 264: a place and its agency after a bar, on their own line
    ("en", "Rail line approved\n\n1,284 readers | Share\n\nVictoria, British Columbia | Pacific "
           "Coast Wire\n\nThe government on Tuesday approved the line. Trains run in 2031.",
     "Victoria, British Columbia | Pacific Coast Wire", "The government on Tuesday approved "
                                                         "the line."),
    # round 109, en 990: a town and its region alone in their paragraph under a long read's
    # byline and stamp, read as a heading
    ("en", "THE LONG READ\nVillage gets its bridge back\n\nBy Ann Reid\nSunday 19 November 2023, "
           "07:00 GMT\n\nHollinbeck, Cumbria\n\nOn Friday the first car crossed the new bridge "
           "at Hollinbeck. It had taken two years.",
     "Hollinbeck, Cumbria", "On Friday the first car crossed the new bridge at Hollinbeck."),
    # round 182's check, kk 1868: a town and its day in Title case alone on the line
    ("kk", "Кинотеатрды сату мәмілесі жарамсыз деп танылды\n\nЖаркент. 5 наурыз 2013 ж.\n\n"
           "Аудандық сот кинотеатрды сату туралы мәмілені жарамсыз деп тапты. Компания шағым "
           "береді.",
     "Жаркент. 5 наурыз 2013 ж.", "Аудандық сот кинотеатрды сату туралы мәмілені жарамсыз деп "
                                  "тапты."),
    # round 111's check, kk 1015 (and judged kk 877): a Kazakh agency of news before its dash
    ("kk", "Алқа қаулының күшін жойды\n\nТАРАЗ, 21 ақпан. Жамбыл жаңалықтары – Облыстық сот "
           "қаулыны заңсыз деп тапты. Инвестор шағым береді.",
     "ТАРАЗ, 21 ақпан. Жамбыл жаңалықтары", "Облыстық сот қаулыны заңсыз деп тапты."),
    # round 133's check, kk 1285: a review after the dash, «Қаржы шолуы.»
    ("kk", "Агенттік айыппұл салды\n\nАЛМАТЫ, 9 тамыз – Қаржы шолуы. Агенттік сақтандыру "
           "компаниясына айыппұл салды. Компания шағымданбайды.",
     "АЛМАТЫ, 9 тамыз – Қаржы шолуы.", "Агенттік сақтандыру компаниясына айыппұл салды."),
    # round 203, kk 2117 and kk 2119: a Kazakh paper named by a noun and its possessive
    ("kk", "Бюджет бекітілді\n\nШЫМКЕНТ, 12 желтоқсан — Оңтүстік тынысы. Мәслихат қала "
           "бюджетін бекітті. Шығыстар өседі.",
     "ШЫМКЕНТ, 12 желтоқсан — Оңтүстік тынысы.", "Мәслихат қала бюджетін бекітті."),
    ("kk", "Күріш мол болды\n\nҚЫЗЫЛОРДА, 28 қыркүйек – Сыр елі. Фермер мол өнім жинады. "
           "Сорт жаңа.",
     "ҚЫЗЫЛОРДА, 28 қыркүйек – Сыр елі.", "Фермер мол өнім жинады."),
    # round 109's check, ru 995: a paper named by an adjective and its noun after the dash
    ("ru", "Отделение открылось\n\nКИРОВ, 16 марта — Вятский меридиан. В больнице открылось "
           "отделение на 60 коек. Пациентов примут 20 марта.",
     "КИРОВ, 16 марта — Вятский меридиан.", "В больнице открылось отделение на 60 коек."),
    # round 143's check, ru 1400: an adjective in "-ой" before a place, «Деловой Казахстан.»
    ("ru", "Соглашение расторгнуто\n\nАЛМАТЫ, 22 марта — Деловой Казахстан. Оператор расторг "
           "соглашение с партнёром. Отправки остановлены.",
     "АЛМАТЫ, 22 марта — Деловой Казахстан.", "Оператор расторг соглашение с партнёром."),
    # round 42, en 265: a caption with its credit in brackets, a byline and a weekday stamp
    ("en", "Poultry kept indoors\nDead swans are collected on the shore on Monday. (Photo: Baltic "
           "Newsdesk / Lena Holm)\nBy Erik Sandvall\nTuesday, Oct. 21, 2025, 11:05 a.m.\n\n"
           "MALMÖ, Sweden (Baltic Newsdesk) — Vets ordered all poultry indoors. Farms object.",
     "MALMÖ, Sweden (Baltic Newsdesk)", "Vets ordered all poultry indoors."),
    # round 42, kk 266: the agency in quotation marks with its word «агенттігі»
    ("kk", "Сот банкті міндеттеді\n\nШымкент қаласы, 22 қазан – «Оңтүстік хабар» агенттігі. "
           "Сот банкті ақшаны қайтаруға міндеттеді. Банк шағым береді.",
     "Шымкент қаласы, 22 қазан – «Оңтүстік хабар» агенттігі.",
     "Сот банкті ақшаны қайтаруға міндеттеді."),
])
def test_round_42_and_44_datelines_bylines_and_captions(language: str, text: str, dateline: str,
                                         first: str) -> None:
    article = parse(text, language)
    assert article.dateline == dateline
    assert article.body[0].text == first
    assert not any(s.is_heading for s in article.sentences)
    assert article.title is not None and "Наука" not in article.title


def test_a_share_line_with_its_networks_is_furniture() -> None:
    """Blind round 28 (found with en 136, round 20): "Share this article: Facebook | X | Email"
    between a caption and the dateline kept the caption from being taken for one."""
    text = ("Island shop saved\n\nAnna Berg opens the shop on Havøya, in Troms county. (Photo: "
            "North Press)\nShare this article: Facebook | X | Email\n\nHAVØYA, Norway — The "
            "government on Thursday proposed support for the shop.")
    article = parse(text, "en")
    assert "Share this article: Facebook | X | Email" in article.dropped
    assert [s.text for s in article.body] == ["The government on Thursday proposed support for "
                                              "the shop."]


def test_a_date_and_view_count_line_and_a_special_correspondent_byline_are_furniture() -> None:
    """Blind round 29, ru 184: both lines were glued onto the opening scene in every summary."""
    text = ("Культура\n\nПаровоз вернули на рельсы\n\n3 апреля 2025 г. · Просмотров: 2 418\n"
            "Ольга Лаптева, специально для «Горного края»\n\nВ депо пахнет углём. Фонд вернул "
            "паровоз на рельсы.")
    assert _body(text, "ru") == ["В депо пахнет углём.", "Фонд вернул паровоз на рельсы."]


@pytest.mark.parametrize("stamp", [
    "Posted Fri. 21 March 2025, 4:52 p.m. AEDT — Updated 7:10 p.m.",
    "Опубликовано 3 марта 2025 г., 10:15 — обновлено в 12:40",
    "14:52 14.11.2024 (обновлено: 15:37 14.11.2024)"])  # round 33, ru 207
def test_a_line_that_says_it_was_posted_or_updated_at_a_time_is_a_stamp(stamp: str) -> None:
    """Round 31's en 200 (its first lines read before judging): "Posted Fri. …" ended on
    "p.m." and was taken for two body sentences."""
    text = (f"Judge rules against franchisor\n\n{stamp}\n\nThe court ruled on Friday. It "
            "fined the firm.")
    assert _body(text, "en")[0] == "The court ruled on Friday."


@pytest.mark.parametrize(("language", "note"), [
    ("ru", "Материал дополнен комментарием компании «Сладкий берег»."),
    ("en", "This story has been updated with a statement from the company."),
    ("kk", "Мақала толықтырылды."),
    # (round 179's check, kk 1830: whose words filled it in, under an update label)
    ("kk", "Жаңарту (14:40): Мақала облыстық мәслихат депутаты Арман Сейітовтің пікірімен "
           "толықтырылды."),
    ("ru", "Обновление (16:05): Материал дополнен комментарием мэрии."),
    ("en", "Update (2.40pm): This story has been updated with comment from the council."),
    # (round 203, kk 2126: when it was first out, then what the edit added)
    ("kk", "ЖАҢАРТУ (05.02.2016, 18:20): Мақала 1 ақпанда жарияланған. Мәтінге облыс "
           "прокуратурасының наразылығы қосылды."),
])
def test_a_note_that_the_article_was_updated_is_not_body(language: str, note: str) -> None:
    """Blind round 31, ru 200: the long summary ended on the editor's note."""
    text = f"Court rules\n\nThe court ruled on Friday. It fined the firm.\n\n{note}"
    assert _body(text, language) == ["The court ruled on Friday.", "It fined the firm."]


@pytest.mark.parametrize("heading", ["Сын: «Су мәселесі шешілмеген»", "«РЕШЕНИЕ СПРАВЕДЛИВОЕ»",
                                     'Company "disappointed"'])
def test_a_subheading_ending_on_a_closing_quote_is_no_sentence(heading: str) -> None:
    """Round 32, kk 204 (its dangling fault read before judging): "Сын: «…»" was taken for a
    sentence and glued to the next one in the long summary; judged ru 117, kk 30 and en 165
    had such subheadings too."""
    text = (f"Кен орны кеңейеді\n\nМинистрлік жобаны мақұлдады. Құны 310 млрд теңге.\n\n"
            f"{heading}\n\nСараптама сәуірде аяқталады. Егер ол оң болса, бұрғылау басталады.")
    article = parse(text, "kk")
    assert [s.text for s in article.sentences if s.is_heading] == [heading]
    assert heading not in [s.text for s in article.body]


def test_a_byline_ending_on_a_quoted_outlet_is_not_a_subheading() -> None:
    """Judged ru 156: with the byline taken for a subheading, the date under it became body."""
    text = ("ОБРАЗОВАНИЕ\n\nВуз присоединят к политеху\n\n"
            "Автор: Илья Черкасов, обозреватель «Волга-Пресс»\n"
            "18 февраля 2025 г.\n\nСАМАРА, 18 февраля — Волга-Пресс. Министерство утвердило "
            "приказ. Он вступит в силу в сентябре.")
    assert _body(text, "ru")[0] == "Министерство утвердило приказ."


def test_a_hyphenated_outlet_after_the_dash_and_a_stamp_with_a_note_are_furniture() -> None:
    """Round 32, ru 205 and 206 (their first lines read before judging): «Спорт-Урал.» stayed
    as a body sentence, and so did «17:42, 22 ноября.» from a line that also said the text had
    been updated."""
    text = ("Прыгун завершил карьеру\n\n17:42, 3 апреля. Материал дополнен в 19:15\n\n"
            "ЧАЙКОВСКИЙ (Пермский край), 3 апр — Спорт-Урал. Прыгун с трамплина объявил о "
            "завершении карьеры. Ему 31 год.")
    article = parse(text, "ru")
    assert article.dateline == "ЧАЙКОВСКИЙ (Пермский край), 3 апр — Спорт-Урал."
    assert [s.text for s in article.body] == ["Прыгун с трамплина объявил о завершении карьеры.",
                                              "Ему 31 год."]


@pytest.mark.parametrize(("language", "line"), [
    ("kk", "Қатысты: Жоғары оқу орындарында онлайн-емтиханды бақылау күшейтіледі"),
    ("ru", "По теме: Онлайн-школы проверят на честность рекламы"),
])
def test_a_related_link_line_is_not_body(language: str, line: str) -> None:
    """Blind round 33, kk 212: the long summary took the «Қатысты: …» link line."""
    text = (f"Court rules\n\nThe court ruled on Friday. It fined the firm.\n\n{line}\n\n"
            "The firm will appeal.")
    assert line not in _body(text, language)


def test_a_date_and_reader_count_line_a_byline_with_a_stamp_and_an_ria_outlet_are_furniture(
        ) -> None:
    """Round 34 (first lines read before judging): en 216's "Oct. 21, 2025 | 4,312 readers" was
    taken for a heading and made the story a digest; en 217's "By … | Updated 11:20 a.m. BST"
    and ru 218's «— РИА «Вятка-Пресс».» were left as body sentences."""
    english = ("Porto to shut street to cars\n\nOct. 21, 2025 | 4,312 readers\n"
               "By Fiona MacLeish, Scotland Correspondent | Updated 11:20 a.m. BST\n\n"
               "PORTO, Portugal, Oct. 21 (Iberian Press Service) — The council unveiled a plan on "
               "Tuesday. Shopkeepers are not persuaded.")
    article = parse(english, "en")
    assert not any(s.is_heading for s in article.sentences)
    assert article.byline == "By Fiona MacLeish, Scotland Correspondent | Updated 11:20 a.m. BST"
    assert article.body[0].text == "The council unveiled a plan on Tuesday."
    shared = parse("Ropewalk to close\n\nA rope maker twists hemp strands in Greenock. Photo: Iain "
                   "Boyd\n\nBy Morag Kinnaird | Share: Facebook · X · Email\n\nThe ropewalk will "
                   "close in June. Its owners blame costs.", "en")  # round 36, en 226
    assert [s.text for s in shared.sentences] == ["The ropewalk will close in June.",
                                                  "Its owners blame costs."]
    filed = parse("Шеберлер оқытылады\n\nАйгерім Сыздықова, Түркістан облысы\n\nТаңғы сағат жетіде "
                  "шебер от жағады. Колледж шеберлерді оқытады.", "kk")  # round 36, kk 226
    assert filed.byline == "Айгерім Сыздықова, Түркістан облысы"
    assert not any(s.is_heading for s in filed.sentences)
    kazakh = parse("Жөндеуге шектеу қойылады\n\nОқылды: 12 486 | 22.11.2024\n\nАСТАНА, 22 "
                   "қараша. ҚазАқпарат – Депутаттар заң жобасын мақұлдады.", "kk")  # round 35
    assert not any(s.is_heading for s in kazakh.sentences)
    alone = parse("Мастерским доплатят\n\nПросмотров: 4 812\n\nНОВОСИБИРСК, 12 ноября — «Обь-Информ». "
                  "В мастерской чинят чайники. Мэрия начнёт доплачивать мастерским.", "ru")  # round 37
    assert not any(s.is_heading for s in alone.sentences)
    russian = parse("Суд расторг договор\n\nКИРОВ, 5 фев — РИА «Вятка-Пресс». Арбитражный суд "
                    "расторг договор.", "ru")
    assert russian.body[0].text == "Арбитражный суд расторг договор."


@pytest.mark.parametrize(("language", "text", "byline"), [
    # a date and a count in «рет оқылды» (round 46, kk 286)
    ("kk", "Ферма алғаш рет шетелге ет жөнелтті\n\nАйгерім Нұрланқызы, Қызылорда облысы\n"
           "12.05.2025 | 3 412 рет оқылды\n\nТаң енді атып келеді. Фермер бірінші рет шетелге ет "
           "жөнелтті.", "Айгерім Нұрланқызы, Қызылорда облысы"),
    # a place and an update stamp (round 51, en 318)
    ("en", "Poland proposes sunbed ban for minors\n\nBy Tomasz Wierzbicki\nWarsaw | Updated "
           "09:12, Nov. 13\n\nThe ministry published a draft law on Wednesday. Salons object.",
     "By Tomasz Wierzbicki"),
    # a view count with «саны» (round 51, kk 316)
    ("kk", "Алматыда алғашқы сүт банкі ашылды\n\nӘйгерім Нұрланқызы\nҚаралым саны: 1 245\n\n"
           "Таңғы сағат алтыда бөлім тып-тыныш. Банк бүгін ашылды.", None),
    # «Мақала авторы: …» (round 51, kk 319)
    ("kk", "Қаратаудан тас құралдар табылды\n\nМақала авторы: Ержан Төлеубай\n\nШЫМКЕНТ, 5 "
           "маусым. Дала Ақпарат – Ғалымдар құрал тапты. Бұл маңызды.",
     "Мақала авторы: Ержан Төлеубай"),
    # a rubric, a stamp and a reading time; a byline with two places (round 53, kk 330)
    ("kk", "Жайықты құтқару жоспары бекітілді\n\nҚоғам | 9 сәуір 2025, 10:05 | Оқу уақыты: 7 "
           "минут\nДәурен Исмағұлов, Орал – Атырау\n\nОРАЛ, 9 сәуір – Дала Ақпарат. Үкімет "
           "жоспарды бекітті. Оған 87 млрд теңге бөлінеді.", "Дәурен Исмағұлов, Орал – Атырау"),
], ids=["read-count", "place-and-stamp", "view-count", "article-author", "reading-time"])
def test_furniture_under_the_headline_is_no_heading_that_makes_a_digest(
        language: str, text: str, byline: str | None) -> None:
    """Seen before judging (rounds 46-53): each of these lines was taken for a heading, which
    made the story a digest, or a byline for the dateline."""
    article = parse(text, language)
    assert not any(s.is_heading for s in article.sentences)
    assert article.title == text.split("\n")[0]
    if byline is not None:
        assert article.byline == byline
    assert not article.body[0].text.startswith(("ОРАЛ", "ШЫМКЕНТ"))


def test_a_kazakh_headline_ending_on_an_auxiliary_verb_under_a_rubric_is_the_title() -> None:
    """Round 37, kk 231 (seen before judging): «… тексерілетін болады» under the rubric
    «Денсаулық» was taken for a wrapped line, the rubric for the title and the headline for a
    heading, which made the story a digest."""
    text = ("Денсаулық\nМектеп оқушылары жыл сайын тегін тексерілетін болады\nЖаңартылды: 14:35\n\n"
            "АСТАНА, 14 қазан. ҚазАқпарат – Министрлік тексеру енгізеді. Ол 2026 жылы басталады.")
    article = parse(text, "kk")
    assert article.title == "Мектеп оқушылары жыл сайын тегін тексерілетін болады"
    assert not any(s.is_heading for s in article.sentences)


def test_a_media_name_after_the_dateline_before_news_that_opens_on_a_figure() -> None:
    """Round 57, kk 355 (seen before judging): «– «Ақжайық-Инфо».» stayed in the body as its
    first sentence, because the news after it opened on a figure («44 жастағы …»)."""
    text = ("Ультрамарафоншы 680 шақырым жүгірді\n\nАҚТӨБЕ, 1 қазан – «Ақжайық-Инфо». 44 жастағы "
            "спортшы Аралдан Ақтөбеге дейін жүгіріп өтті. Ол 38 млн теңге жинады.")
    article = parse(text, "kk")
    assert article.dateline == "АҚТӨБЕ, 1 қазан – «Ақжайық-Инфо»."
    assert article.body[0].text.startswith("44 жастағы спортшы")


def test_a_byline_with_a_stamp_and_a_reading_time_and_a_four_word_agency() -> None:
    """Round 56, en 360 (seen before judging): "By … | Feb. 18, 2025, 11:05 CET | 8 min read"
    was read as the first body sentence, and the dateline under it, "BRNO, Czech Republic
    (Central European Science Press) — ", stayed in the body."""
    text = ("Fireball stones prove to be a rare meteorite\nBy Jana Novak, Science Correspondent | "
            "Feb. 18, 2025, 11:05 CET | 8 min read\n\nBRNO, Czech Republic (Central European "
            "Science Press) — Eleven stones found in the snow are a rare meteorite. They weigh "
            "2.8 kg.")
    article = parse(text, "en")
    assert "By Jana Novak" in (article.byline or "") + " ".join(article.dropped)
    assert article.dateline == "BRNO, Czech Republic (Central European Science Press)"
    assert article.body[0].text.startswith("Eleven stones")


def test_a_deck_over_a_line_of_byline_and_stamp_pieces_is_not_body() -> None:
    """Round 56, ru 360 (seen before judging): the deck over «Марина Тобурокова,
    Горно-Алтайск | 22 апреля 2025, 08:15 · Время чтения: 9 минут» was read as the first body
    sentence, and that line after it."""
    text = ("Наука | Космос\n\nНа Алтае построят телескоп\n\nОбсерватория должна увидеть первый "
            "свет в 2028 году. Соседство с курортом уже вызывает споры\nМарина Тобурокова, "
            "Горно-Алтайск | 22 апреля 2025, 08:15 · Время чтения: 9 минут\n\nВ Усть-Коксинском "
            "районе построят обсерваторию. Она обойдется в 3 млрд руб.")
    article = parse(text, "ru")
    assert article.title == "На Алтае построят телескоп"
    assert article.body[0].text.startswith("В Усть-Коксинском районе")
    assert any(line.startswith("Обсерватория должна") for line in article.dropped)


@pytest.mark.parametrize(("language", "label"), [
    ("en", "Key facts: 2024 results"),  # judged en 149
    ("kk", "Негізгі мәліметтер:"),  # round 55, kk 348: the box was glued into the summary
    ("ru", "Основные цифры:"),
])
def test_a_fact_box_under_more_labels_is_not_body(language: str, label: str) -> None:
    text = (f"Верфь отчиталась о прибыли\n\nВерфь сообщила о росте прибыли. Заказов хватит до 2028 "
            f"года.\n\n{label}\n– выручка: 2,1 млрд;\n– сотрудники: 3 260;\n– суда: 14.\n\n"
            f"Акции выросли на 4 %.")
    article = parse(text, language)
    assert not any("3 260" in sentence.text for sentence in article.sentences)
    assert article.sentences[-1].text == "Акции выросли на 4 %."


def test_the_links_under_a_bare_read_also_line_are_not_body() -> None:
    """Round 59, ru 388 (seen before judging): the first link under «Читайте также:» ended on
    «руб.» and stayed in the body, where it closed the long summary."""
    text = ("Кооператив запустил цех\n\nКооператив во вторник запустил молочный цех. Он будет "
            "выпускать творог.\n\nЧитайте также:\nВ области на ремонт ФАПов направят 112 млн "
            "руб.\nКак сыроварни пережили год без заквасок\n\nЦех обошёлся в 61 млн руб.")
    article = parse(text, "ru")
    assert [s.text for s in article.body] == [
        "Кооператив во вторник запустил молочный цех.", "Он будет выпускать творог.",
        "Цех обошёлся в 61 млн руб."]


def test_a_byline_with_a_dash_between_places_is_the_byline() -> None:
    """Round 59, ru 388 (seen before judging): «Текст: Ольга Рябчикова, Ромодановский район —
    Саранск» was read as a heading (the dash was no byline piece)."""
    text = ("Кооператив запустил цех\n\nТекст: Ольга Рябчикова, Ромодановский район — Саранск\n\n"
            "Кооператив во вторник запустил молочный цех. Он будет выпускать творог.")
    article = parse(text, "ru")
    assert article.byline == "Текст: Ольга Рябчикова, Ромодановский район — Саранск"
    assert not any(s.is_heading for s in article.sentences)


def test_a_kazakh_dateline_with_a_year_and_an_agency_alone_on_its_line() -> None:
    """Judged kk 56 (seen in round 59's blind comparison): «ПАВЛОДАР. 3 шілде 2024 ж.
    Дала-Ақпарат.» under the headline was read as two body sentences, and both summaries
    opened on them."""
    text = ("Тендер қорытындысы жойылды\nПАВЛОДАР. 3 шілде 2024 ж. Дала-Ақпарат.\n\n"
            "Облыстық сот тендер қорытындысын жойды. Шешімге шағым беруге болады.")
    article = parse(text, "kk")
    assert article.dateline == "ПАВЛОДАР. 3 шілде 2024 ж. Дала-Ақпарат."
    assert article.body[0].text == "Облыстық сот тендер қорытындысын жойды."


@pytest.mark.parametrize(("text", "title"), [
    ("Zoo celebrates a tapir birth\nSCIENCE & NATURE | MEXICO\nBy Ana Ruiz\n\nThe zoo announced "
     "the birth on Thursday. The calf is healthy.", "Zoo celebrates a tapir birth"),
    ("ДЕНСАУЛЫҚ | Жамбыл облысында мыңдаған қыз екпе алды\n\nТараз. ҚазАқпарат – Облыста бір "
     "айда 9 мың қыз екпе алды. Науқан жалғасады.", "Жамбыл облысында мыңдаған қыз екпе алды"),
])
def test_a_rubric_next_to_the_headline_is_not_body_or_title(text: str, title: str) -> None:
    """Round 60 (seen before judging): "SCIENCE & NATURE | MEXICO" under the headline was read
    as a heading (en 406, en 409), and «ДЕНСАУЛЫҚ | » stayed in kk 407's title."""
    article = parse(text, "kk" if "ДЕНСАУЛЫҚ" in text else "en")
    assert article.title == title
    assert not any(s.is_heading for s in article.sentences)


def test_a_kazakh_byline_of_several_authors_is_the_byline() -> None:
    """Round 61 (seen before judging), kk 420: «Авторлар: …» under the headline was read as a
    heading over the news."""
    text = ("Кенішті тексеру аяқталды\n\nАвторлар: Нұрлан Сейітов, Әсел Бекова\n\n"
            "ҚАРАҒАНДЫ, 2 наурыз. Комиссия кеніштегі апаттың себебін анықтады. Қорытынды "
            "сейсенбі күні жарияланды.")
    article = parse(text, "kk")
    assert article.byline == "Авторлар: Нұрлан Сейітов, Әсел Бекова"
    assert article.body[0].text == "Комиссия кеніштегі апаттың себебін анықтады."


def test_a_stamp_with_a_rubric_and_a_reading_time_in_minutes_is_not_body() -> None:
    """Round 61 (seen before judging), ru 412: «2 декабря 2025, 10:15 · Культура · 6 мин.
    чтения» (the minutes' stop inside the line) was the first body sentence."""
    text = ("Собор откроют к зиме\n\nАвтор: Ирина Соколова\n3 марта 2025, 09:40 · Общество · "
            "4 мин. чтения\n\nРеставраторы закончили роспись купола. Собор откроют в декабре.")
    article = parse(text, "ru")
    assert article.body[0].text == "Реставраторы закончили роспись купола."


def test_a_breadcrumb_over_the_headline_is_not_the_title() -> None:
    """Round 61 (seen before judging), en 420: "Markets › Agriculture › Paraguay" over the
    headline and its deck was taken for the title, and the headline for a heading."""
    text = ("Markets › Farming › Chile\n\nChile limits maize exports for the winter\n"
            "Feed makers welcome the move while growers in the south count their losses\n\n"
            "SANTIAGO, May 2 (Andes Wire) - Chile on Friday limited maize exports until "
            "September. The rule takes effect on Monday.")
    article = parse(text, "en")
    assert article.title == "Chile limits maize exports for the winter"
    assert not any(s.is_heading for s in article.sentences)
    assert article.body[0].text.startswith("Chile on Friday limited maize exports")


def test_a_headline_ending_on_a_common_word_over_its_deck_is_the_title() -> None:
    """Round 61 (seen before judging), en 418: a headline ending "…of their own" (a word that
    ends wrapped lines) over its deck was glued to the deck as the first body sentence."""
    text = ("A quiet room: night-shift nurses get a rest area of their own\n"
            "The hospital opens the room on Monday after years of complaints, but the union "
            "says staffing is the real problem\n\nBy Lena Park\n\nAt four in the morning, the "
            "corridor is empty. From Monday the nurses on the night shift will have a room "
            "with beds.")
    article = parse(text, "en")
    assert article.title == "A quiet room: night-shift nurses get a rest area of their own"
    assert article.body[0].text == "At four in the morning, the corridor is empty."


@pytest.mark.parametrize(("language", "title"), [
    ("ru", "Бассейн «Волна» в Самаре продан частной компании за 212 млн руб."),
    ("ru", "Последний трамвай в Орске отправили в депо в 2019 г."),
])
def test_a_headline_ending_on_a_unit_after_a_figure_over_its_deck_is_the_title(
        language: str, title: str) -> None:
    """Round 135, ru 1304: «Стадион «Заречный» в Твери продан частному инвестору за 418 млн
    руб.» over its deck, a stamp and the dateline was read as the first sentence of a text
    with no title: the stop after «руб.» is the abbreviation's, not the headline's."""
    text = (f"{title}\n\nПокупатель обещает сохранить здание, жители опасаются его сноса\n\n"
            "05.07.2022 18:20\n\nСАМАРА, 5 июля — «Волжская лента». Мэрия подписала договор. "
            "Сделка вступит в силу через месяц.")
    article = parse(text, language)
    assert article.title == title
    assert not any(title[:12] in sentence.text for sentence in article.body)


@pytest.mark.parametrize(("text", "title", "first"), [
    # a three-part rubric over a headline ending on a common word, its deck and a byline line
    ("FEATURE | NATURE | NORWAY\nThe fjord's salmon are leaving. Now the nets are allowed in\n"
     "Emergency order opens 40 kilometres of river to netting as a parasite spreads\n"
     "By Ola Berg | Published May 4, 2025, 07:30 CEST | 5 min read\n\nKnut Dahl pulls a net "
     "from the water at dawn. The river has been closed for two years.",
     "The fjord's salmon are leaving. Now the nets are allowed in",
     "Knut Dahl pulls a net from the water at dawn."),
    # a rubric over a headline whose next line is a photo caption
    ("SPORT | ROWING | WALES\nAfter 20 years of silence, the Bala regatta rows again\n"
     "Photo: Crews on the lake on Saturday. (Cambrian Wire)\nBy Sian Evans\n\n"
     "BALA, Wales, June 2 (Cambrian Wire) — The Bala regatta returned on Saturday after 20 "
     "years. About 900 people watched.",
     "After 20 years of silence, the Bala regatta rows again",
     "The Bala regatta returned on Saturday after 20 years."),
])
def test_a_rubric_over_a_headline_with_its_deck_or_caption_is_no_title(
        text: str, title: str, first: str) -> None:
    """Round 62 (seen before judging), en 430 and en 433: "FEATURE | ENVIRONMENT | ESTONIA" was
    taken for the title, and the headline ("…Now the chainsaws are allowed in", "…flies again")
    for the first sentence: a headline ending on a word that ends wrapped lines was read as
    wrapped prose over a deck and a byline line, or over a photo caption."""
    article = parse(text, "en")
    assert article.title == title
    assert article.body[0].text == first


@pytest.mark.parametrize(("text", "dateline", "first"), [
    ("Ауылды су басты\n\nТалдықорған. «Жетісу Хабар». Ауылда түнде 34 үйді су басты. "
     "Тұрғындар көшірілді.", "Талдықорған. «Жетісу Хабар».", "Ауылда түнде 34 үйді су басты."),
    ("Трамплин ашылды\n\nМәтін: Серік Алиев\n\nАЛТАЙ қ. (Шығыс Қазақстан облысы), 6 желтоқсан."
     "\n\nҚаладағы трамплин жеті жылдан кейін ашылды. Оған 2 млрд теңге жұмсалды.",
     "АЛТАЙ қ. (Шығыс Қазақстан облысы), 6 желтоқсан.",
     "Қаладағы трамплин жеті жылдан кейін ашылды."),
    ("Колониядағы бүлік: комиссия мекеме әкімшілігін кінәлі деп тапты\nБүлікке 214 сотталған "
     "қатысты. Тексеріс мекеме басшысын "
     "қызметтен босатуды ұсынды\n\nҚОҒАМ | "
     "Авторы: Динара Сейітова | 25.11.2026, 14:05 | Жаңартылды: 25.11.2026, 17:30\n\nАҚТӨБЕ, 25 "
     "қараша. «Батыс Ақпарат» – Комиссия бүліктің себебін анықтады. Қорытынды жарияланды.",
     "АҚТӨБЕ, 25 қараша. «Батыс Ақпарат»", "Комиссия бүліктің себебін анықтады."),
])
def test_more_kazakh_datelines_and_a_byline_under_a_rubric(text: str, dateline: str,
                                                           first: str) -> None:
    """Round 62 (seen before judging): «Талдықорған. «Жетісу Хабар».» left «Талдықорған.» as
    the first sentence (kk 428); «АЛТАЙ қ. (Шығыс Қазақстан облысы), 6 желтоқсан.» alone on its
    line was body (kk 433); «ҚОҒАМ | Авторы: … | 25.11.2026, 14:05» was read as a heading
    (kk 432)."""
    article = parse(text, "kk")
    assert (article.dateline or "").rstrip(" –") == dateline
    assert article.body[0].text == first
    assert not any(s.is_heading for s in article.sentences)


@pytest.mark.parametrize(("text", "dateline", "first"), [
    # the agency in quotation marks between slashes
    ("Проезд в автобусах подорожает\nТранспорт | 12 мая 2026, 09:10 | Автор: Олег Мухин\n"
     "Просмотров: 1 305\n\nОРЕЛ, 12 мая. /«Орловский курьер»/. Мэрия подняла цену проезда до "
     "45 руб. Новые тарифы начнут действовать в июне.",
     "ОРЕЛ, 12 мая. /«Орловский курьер»/.", "Мэрия подняла цену проезда до 45 руб."),
    # a place with its region in brackets and a date, no agency
    ("В Мичуринске открылся музей садовода\n\nМИЧУРИНСК (Тамбовская область), 3 августа. "
     "Музей в доме садовода откроется в пятницу. Реставрация шла три года.",
     "МИЧУРИНСК (Тамбовская область), 3 августа.", "Музей в доме садовода откроется в пятницу."),
])
def test_more_russian_datelines(text: str, dateline: str, first: str) -> None:
    """Round 63 (seen before judging): «БРЯНСК, 27 мая. /«Деснинский вестник»/.» (ru 437) and
    «ЕЛЕЦ (Липецкая область), 18 сентября.» (ru 438, ru 439) opened both summaries."""
    article = parse(text, "ru")
    assert (article.dateline or "").strip() == dateline
    assert article.body[0].text == first


def test_a_rubric_with_its_year_over_the_headline_is_not_the_title() -> None:
    """Round 63 (seen before judging), ru 440: «Выборы-2026 | Алтайский край» was taken for the
    title, and the stamp and byline line under the headline opened both summaries."""
    text = ("Выборы-2026 | Томская область\nУчитель из села обошла депутата на 12 голосов\n"
            "14 сентября 2026, 10:05 | Обновлено 15 сентября 2026, 18:20 | Автор: Ирина Лосева\n\n"
            "ТОМСК, 14 сентября. /«Томск-Информ»/. Облизбирком подвел итоги выборов. Явка "
            "составила 31 %.")
    article = parse(text, "ru")
    assert article.title == "Учитель из села обошла депутата на 12 голосов"
    assert article.body[0].text == "Облизбирком подвел итоги выборов."


@pytest.mark.parametrize(("mark", "language"), [
    ("Update, Sept. 1:", "en"),
    ("UPD 25 сентября, 21:40", "ru"),
    ("Обновление, 14 марта, 18:35", "ru"),
    ("ЖАҢАРТУ, 22 қазан, 18:10", "kk"),
    # ("updated", a comma and its time: round 65, kk 464)
    ("Жаңартылды, 18:45", "kk"),
    ("Обновлено, 12 мая, 19:05", "ru"),
    ("Updated, 6:45 p.m.", "en"),
    # a day and a time with "p.m." (round 69's check, en 518: it closed the long summary)
    ("UPDATE, Tuesday, 6:30 p.m.", "en"),
    ("Update, Oct. 13, 9:15 a.m.:", "en"),
    # its date in brackets, ending on the year's abbreviation (round 190's check, kk 1964: it
    # was glued to the appeal's sentence in the long summary)
    ("ЖАҢАРТУ (14 маусым 2018 ж.)", "kk"),
    ("Обновление (3 марта 2021 г.)", "ru"),
])
def test_an_update_mark_in_the_body_opens_the_update(mark: str, language: str) -> None:
    """Round 63 (en, ru and kk 440 and 446): a story's later development under an update mark;
    "Update, Sept. 1:" was a body sentence of its own that a summary could take, and no summary
    knew that what followed the mark was the story's second development."""
    text = (f"Headline of the story\n\nFirst paragraph of the news. It has two sentences.\n\n"
            f"Second paragraph with details.\n\n{mark}\n\nThe later development is told here. "
            f"It goes on.\n\n#one #two #three")
    article = parse(text, language)
    marks = [s for s in article.sentences if s.is_heading]
    assert [s.text for s in marks] == [mark]
    assert article.update_paragraph == marks[0].paragraph + 1
    assert article.body[-1].text == "It goes on."
    assert "#one #two #three" in article.dropped


@pytest.mark.parametrize(("stamp", "language"), [
    ("Обновлено в 14:35", "ru"), ("Updated 3.40pm", "en"), ("Жаңартылды: 16:05", "kk")])
def test_a_page_stamp_in_the_body_is_no_update_mark(stamp: str, language: str) -> None:
    """A page's own stamp may stand anywhere in a pasted body (judged ru 135, en 134, kk 320):
    only "updated" with a comma before its time marks an update."""
    text = (f"Headline of the story\n\nFirst paragraph of the news. It has two sentences.\n\n"
            f"Second paragraph with details.\n\n{stamp}\n\nMore details are told here.")
    assert parse(text, language).update_paragraph is None


@pytest.mark.parametrize(("stamp", "turn", "language"), [
    ("Обновлено в 19:40", "Вечером во вторник ситуация частично изменилась.", "ru"),
    ("Жаңартылды (5 тамыз, 18:45)", "Кездесуден кейін оператор жоспарына өзгеріс енгізді.",
     "kk"),
    ("Updated 3.40pm", "The council later reversed its decision.", "en"),
])
def test_a_page_stamp_over_a_paragraph_that_turns_is_an_update_mark(
        stamp: str, turn: str, language: str) -> None:
    """Round 74, ru 578 and kk 578: a stamp alone between body paragraphs, over the paragraph
    that tells the story turned, marks the update (and is no sentence of the body)."""
    text = (f"Headline of the story\n\nFirst paragraph of the news. It has two sentences.\n\n"
            f"Second paragraph with details.\n\n{stamp}\n\n{turn} More is told here.\n\n"
            f"A last paragraph.")
    article = parse(text, language)
    assert article.update_paragraph is not None
    assert article.body[[s.text for s in article.body].index(turn)].paragraph == \
        article.update_paragraph
    assert stamp not in [s.text for s in article.body]


def test_an_update_stamp_over_the_headline_is_no_update_mark() -> None:
    text = ("Updated Sept. 1, 2026, 19:10\n\nHeadline of the story\n\nFirst paragraph of the "
            "news. It has two sentences.")
    assert parse(text, "en").update_paragraph is None


@pytest.mark.parametrize(("text", "language", "title", "first"), [
    # a headline of 21+ words over its deck and a stamp, under a rubric
    ("FIRES | OREGON\nPine Hollow fire in numbers: 2,100 people out of their homes, 14 houses "
     "lost and a $9.2 million bill so far for the county\nEvacuation orders will ease on Friday "
     "for about 600 residents, officials say\nAug. 19, 2026 · 7:55 a.m. | 4 min read\n\n"
     "BEND, Ore., Aug. 19 (Cascade Press) — The fire has burned 20,000 acres. Crews expect rain.",
     "en", "Pine Hollow fire in numbers: 2,100 people out of their homes, 14 houses lost and a "
     "$9.2 million bill so far for the county", "The fire has burned 20,000 acres."),
    # a deck over an editor's note
    ("Chile fines salmon farm over escaped fish, orders cages emptied\nTwo days later, a court "
     "lets the farm keep its cages in the outer bay, angering fishermen\nEditor's note: This "
     "story was updated on June 11.\n\nSANTIAGO, June 9 (Andes Wire) — Chile on Tuesday fined a "
     "salmon farm. The fine is the largest this year.",
     "en", "Chile fines salmon farm over escaped fish, orders cages emptied",
     "Chile on Tuesday fined a salmon farm."),
    # a caption whose verbless main clause has a plural after its determiner, "her pupils"
    # (round 192's check, en 1990, read as the first sentence)
    ("The last bell on Skerray: an island school with four pupils faces closure\n\nBy Ann "
     "Grant\n7 min read\n\nJean Mackay with her pupils at Skerray Primary, where a stove still "
     "heats the classroom on winter mornings.\n\nAt ten to nine, Jean Mackay unlocks the door "
     "of the schoolhouse above the ferry slip, switches on the kettle and checks the sky. The "
     "children arrive soon after.",
     "en", "The last bell on Skerray: an island school with four pupils faces closure",
     "At ten to nine, Jean Mackay unlocks the door of the schoolhouse above the ferry slip, "
     "switches on the kettle and checks the sky."),
    # a headline of 21 words right over an editor's note (round 190's check, en 1967, read
    # as the first sentence)
    ("Harbour wind group doubles profit to 1.9 billion crowns as offshore output jumps, but "
     "warns lower power prices will bite in 2014\nEditor's note: This story has been updated "
     "with analyst comment.\n\nCOPENHAGEN, Feb 26 (Baltic Wire) - The group more than doubled "
     "its profit. Its shares fell.",
     "en", "Harbour wind group doubles profit to 1.9 billion crowns as offshore output jumps, "
     "but warns lower power prices will bite in 2014", "The group more than doubled its profit."),
    # a deck of two sentences over a rubric and a byline
    ("Вода по расписанию: Светлоград переходит на график\nС 1 августа воду будут подавать десять "
     "часов в сутки. Поливать огороды запретят\nОбщество | Ставропольский край\nАвтор: Ирина "
     "Зуева | 20 июля 2026, 18:10\n\nВ половине шестого утра на улице Мира тихо. Соседи "
     "наполняют бочки.",
     "ru", "Вода по расписанию: Светлоград переходит на график",
     "В половине шестого утра на улице Мира тихо."),
    # a rubric in ordinary case right under the headline
    ("На пляжах Балхаша запретят пластиковую посуду\nЭкология | Казахстан\n15.04.2026 | 12:48\n\n"
     "БАЛХАШ, 15 апреля. /Корр. «Степь-Обзор»/. Власти города запрещают пластиковую посуду на "
     "пляжах. Запрет начнет действовать в июне.",
     "ru", "На пляжах Балхаша запретят пластиковую посуду",
     "Власти города запрещают пластиковую посуду на пляжах."),
    # a rubric of two parts glued before the headline
    ("БІЛІМ | ҚОҒАМ | Колледжде емтихан жауаптары сатылған: 20 талапкердің нәтижесі жойылды\n\n"
     "АҚТАУ, 3 шілде. «Каспий Ақпарат» – Департамент тексеріс нәтижесін жариялады. Іс сотқа "
     "жіберілді.",
     "kk", "Колледжде емтихан жауаптары сатылған: 20 талапкердің нәтижесі жойылды",
     "Департамент тексеріс нәтижесін жариялады."),
])
def test_round_64_page_furniture(text: str, language: str, title: str, first: str) -> None:
    """Round 64 (seen before judging): a 21-word headline under its rubric was read as body (en
    449); decks over an editor's note (en 452) and over a rubric and byline (ru 454, ru 456)
    opened the body; «Экология | Кыргызстан» under the headline was a heading (ru 455);
    «БІЛІМ | ҚОҒАМ | » and «ҚАРЖЫ | «…»» stayed in the title (kk 449, kk 451)."""
    article = parse(text, language)
    assert article.title == title
    assert article.body[0].text == first
    assert not any(s.is_heading for s in article.sentences)


def test_an_update_glued_to_its_stamp_in_the_body_is_kept_as_the_update() -> None:
    """Round 64 (seen before judging), ru 456: «Обновлено 4 марта, 08:10: утром в среду облздрав
    сообщил, что …» was dropped whole as a page stamp, with the story's update in it."""
    text = ("Медсестры вышли на забастовку\n\nБолее 600 медсестер прекратили работу во вторник. "
            "Они требуют погасить долги.\n\nПрофсоюз обещает продолжать акцию.\n\n"
            "Обновлено 4 марта, 08:10: утром в среду облздрав сообщил, что деньги поступили на "
            "счет больницы и выплаты начнутся в пятницу.")
    article = parse(text, "ru")
    assert article.body[-1].text.startswith("Утром в среду облздрав сообщил")
    assert article.update_paragraph == article.body[-1].paragraph
    assert "Обновлено 4 марта, 08:10" in [s.text for s in article.sentences if s.is_heading]


@pytest.mark.parametrize(("stamp", "language"), [
    ("ЖАҢАРТЫЛДЫ, 19:25.", "kk"), ("UPD, 17 апреля, 18:55.", "ru"), ("Update, 6:40 p.m.", "en"),
    # (the date and time first, the verb last: round 67, kk 488)
    ("26.07.2026, 18:10 жаңартылды.", "kk")])
def test_an_update_glued_to_its_time_and_a_stop_is_kept_as_the_update(stamp: str,
                                                                     language: str) -> None:
    """Round 65 (seen before judging), kk 470: «ЖАҢАРТЫЛДЫ, 19:25. Облыс прокуратурасы …» was
    no mark; in judged ru 404 «UPD, 17 апреля, 18:55.» was even a sentence ending a summary."""
    text = (f"Headline of the story\n\nFirst paragraph of the news. It has two sentences.\n\n"
            f"Second paragraph with details.\n\n{stamp} The later development is told here "
            f"in one long sentence.")
    article = parse(text, language)
    assert article.body[-1].text == "The later development is told here in one long sentence."
    assert article.update_paragraph == article.body[-1].paragraph
    assert [s.text for s in article.sentences if s.is_heading] == [stamp[:-1]]


def test_a_kazakh_edit_note_after_its_time_and_the_noun_of_an_update_is_dropped() -> None:
    """Round 134, kk 1295: «16:40 жаңартуы: мақалаға мәслихат депутатының пікірі мен компания
    басшысының жауабы қосылды.» closed the long summary, a note on what the edit added."""
    note = "16:40 жаңартуы: мақалаға мәслихат депутатының пікірі қосылды."
    text = ("Есептегіш орнатылады\n\nШЫМКЕНТ, 8 тамыз. Компания есептегіш орнатады.\n\n"
            f"Жоба 2025 жылы аяқталады.\n\n{note}")
    article = parse(text, "kk")
    assert note in article.dropped
    assert all("жаңартуы" not in s.text for s in article.sentences)


@pytest.mark.parametrize(("update", "language"), [
    ("ЖАҢАРТУ (18 наурыз, 16:30): «Байқадам» ӘКК сот ұйғарымына жеке шағым беретінін "
     "хабарлады.", "kk"),
    ('UPDATE (March 18, 4:30 p.m.): "Greenfield" said on Monday it would appeal the order.',
     "en")])
def test_an_update_glued_to_its_stamp_may_open_on_a_quoted_name(update: str,
                                                                language: str) -> None:
    """Round 81's code on kk 656 (seen in the deck experiment): «ЖАҢАРТУ (18 наурыз, 16:30):
    «Байқадам» ӘКК …» was no update, its stamp glued into the long summary."""
    text = ("Headline of the story\n\nFirst paragraph of the news. It has two sentences.\n\n"
            f"Second paragraph with details.\n\n{update}")
    article = parse(text, language)
    assert article.body[-1].text == update.split(": ", 1)[1]
    assert article.update_paragraph == article.body[-1].paragraph
    assert [s.text for s in article.sentences if s.is_heading] == [update.split(": ", 1)[0]]


@pytest.mark.parametrize(("heading", "language"), [
    ("Two days later: the court steps in", "en"),
    ("Неделю спустя: апелляция и неожиданное предложение", "ru"),
    ("Бір аптадан кейін: тыйым тарылды", "kk"),
    ("Кешке: министрлік шешімі", "kk"),
    # (or that tells a reversal: round 65, en 470)
    ("Governor reverses course as fire flares again", "en"),
    ("Суд отложил снос рынка", "ru"),
])
def test_a_subheading_that_opens_with_a_later_time_marks_an_update(heading: str,
                                                                  language: str) -> None:
    """Round 64, kk 452 and kk 458: «Кешке: министрлік шешімі және компанияның мойындауы» and
    «Бір аптадан кейін: тыйым тарылды» head the story's later development."""
    text = (f"Headline of the story\n\nFirst paragraph of the news. It has two sentences.\n\n"
            f"Second paragraph with details.\n\n{heading}\n\nThe later development is told "
            f"here. It goes on.")
    article = parse(text, language)
    assert [s.text for s in article.sentences if s.is_heading] == [heading]
    assert article.update_paragraph == article.body[-1].paragraph


def test_a_capitals_rubric_of_two_long_parts_over_the_headline_is_not_the_title() -> None:
    """Round 65 (seen before judging), en 467: "FOOD PRICES | TRINIDAD AND TOBAGO" (five words)
    over the headline and a stamp was taken for the title."""
    text = ("FISHERIES | CAPE VERDE AND SENEGAL\nTuna boats return to Praia as the season opens "
            "early, skippers say\nUpdated May 3, 2026, 9:10 a.m. · 2 min read\n\n"
            "PRAIA, May 3 (Atlantic Wire) - Cape Verde opened its tuna season two weeks early "
            "on Saturday. The first boats came back on Sunday.")
    article = parse(text, "en")
    assert article.title == ("Tuna boats return to Praia as the season opens early, "
                             "skippers say")
    assert article.body[0].text.startswith("Cape Verde opened its tuna season")


@pytest.mark.parametrize(("text", "language", "first"), [
    ("Road crews uncover a copper workshop\nWork stopped after a bulldozer hit a wall of stone\n"
     "First published Feb. 19, 2026, 10:15 GST | Updated Feb. 23, 2026, 17:40 GST: adds the "
     "ministry's decision to move the road\nBy Salim Hadi\n\nMUSCAT, Feb. 19 (Gulf Desk) — Road "
     "crews have uncovered a Bronze Age workshop. Work has stopped.", "en",
     "Road crews have uncovered a Bronze Age workshop."),
    ("Образование | Югра\nВ школах закроют буфеты\nНовые правила вступят в силу 1 февраля. "
     "Родители собрали 7 тыс. подписей против\n21 января 2026, 19:30 · Обновлено 23 "
     "января, 18:45 (добавлено решение департамента) · 3 902 просмотра\n\nСУРГУТ, 21 января. — "
     "Департамент образования утвердил новые правила. Они вступят в силу 1 февраля.", "ru",
     "Департамент образования утвердил новые правила."),
    ("Landslide buries 14 homes in a mountain village\nDebris blocks the main road to the valley "
     "and dams a river, forcing evacuation downstream\nPhoto: Rescuers dig through mud on "
     "Tuesday. (Photo: Emergency Committee)\nBy Farrukh Nazarov | 4 min read\n\nDUSHANBE, "
     "April 22 (Pamir News) — A landslide buried 14 homes on Tuesday. Three people died.", "en",
     "A landslide buried 14 homes on Tuesday."),
    # round 74's check, en 578: the stamp in capitals, with a weekday and a long note
    ("Post firm cuts deliveries to three days\nUPDATED Wed. June 17, 2026, 6:40 p.m. CEST - "
     "adds company's partial climbdown after the city threatens to cancel its contract\n"
     "First published Mon. June 15, 2026, 12:05 p.m. CEST · 4 min read\n\nBONN, June 15 "
     "(Rhine Wire) - A letter carrier said on Monday it would deliver three days a week. "
     "Unions objected.", "en",
     "A letter carrier said on Monday it would deliver three days a week."),
])
def test_a_stamp_with_its_update_note_and_a_deck_over_a_caption_are_no_news(
        text: str, language: str, first: str) -> None:
    """Round 66 (seen before judging), en 482 and ru 482: a stamp line with a second, update
    stamp and what it added was the first body sentence; en 481: a deck over a photo caption
    and a byline was."""
    article = parse(text, language)
    assert article.body[0].text == first


@pytest.mark.parametrize(("text", "language", "title", "first"), [
    # a time that names a thing in the headline ("the 6:10 boat") is no stamp
    ("On the 7:40 bus to Kisumu, a village counts its coins\nThe county will cut fares by a "
     "third from May 1\n\nBy Amina Otieno\n\nKISUMU, Kenya — The light is still on when the "
     "first trader climbs aboard. On Monday the county approved the cut.", "en",
     "On the 7:40 bus to Kisumu, a village counts its coins",
     "The light is still on when the first trader climbs aboard."),
    # a headline ending on a stopword over a deck with an abbreviation's stop, over a rubric
    ("Сквер на набережной открылся после ремонта, но фонтан заработает только через год\n"
     "Работы обошлись в 84,5 млн руб. и затянулись на полгода\n\nГород | Находка\n\n"
     "НАХОДКА, 5 сентября. Сквер на набережной в субботу снова открылся для горожан. Фонтан "
     "запустят летом.", "ru",
     "Сквер на набережной открылся после ремонта, но фонтан заработает только через год",
     "Сквер на набережной в субботу снова открылся для горожан."),
])
def test_round_75_page_furniture(text: str, language: str, title: str, first: str) -> None:
    """Round 75 (seen before judging): "On the 6:10 boat to Mwanza, an island counts its
    shillings" was dropped as a time stamp and its deck became the title (en 586); a headline
    ending on «год» over a deck with «руб.» in it was read as body (ru 588)."""
    article = parse(text, language)
    assert article.title == title
    assert article.body[0].text == first


def test_a_dateline_never_runs_past_a_sentence_stop() -> None:
    """Round 67 (seen before judging), ru 493: «САРАТОВ, 9 сентября. Почти целый череп
    мозазавра — …» was read as a dateline with an agency up to the dash; "TULLAMORE, Co.
    Offaly — " keeps its abbreviation."""
    article = parse("Находка в карьере\n\nСАРАТОВ, 9 сентября. Почти целый череп ящера — "
                    "редкая находка — нашли в карьере. Его передадут в музей.", "ru")
    assert article.dateline == "САРАТОВ, 9 сентября."
    assert article.body[0].text.startswith("Почти целый череп ящера")
    article = parse("Farmers to rewet peatland\n\nTULLAMORE, Co. Offaly — The government on "
                    "Monday unveiled a scheme. It opens in May.", "en")
    assert article.dateline == "TULLAMORE, Co. Offaly"


def test_a_headline_ending_on_a_common_word_over_a_deck_and_a_signed_byline_is_the_title() -> None:
    """Round 67 (seen before judging), ru 490: «…уезжают из «четверки» на два года» over a deck
    of two sentences and «Автор: …» was read as a heading and the deck as the news."""
    text = ("Общежитие с историей: студенты уезжают из «четверки» на два года\n"
            "Старый корпус закроют на ремонт. Куда переселят почти 500 человек\n"
            "Автор: Ксения Дорофеева | 18 июня 2026, 10:05\n\n"
            "ТОМСК. Университет в понедельник объявил, что корпус закрывают. Ремонт займет "
            "два года.")
    article = parse(text, "ru")
    assert article.title == "Общежитие с историей: студенты уезжают из «четверки» на два года"
    assert article.body[0].text.startswith("Университет в понедельник объявил")


@pytest.mark.parametrize(("language", "line"), [
    ("ru", "Читать: 4 мин."),  # round 69, ru 518
    ("kk", "Оқу уақыты: 5 минут"),
    ("en", "Reading time: 4 min"),
])
def test_a_reading_time_under_the_stamp_is_not_body(language: str, line: str) -> None:
    """Round 69, ru 518: «Читать: 4 мин.», a line of its own under the stamp, was the first
    body sentence, and the lead baseline opened both summaries on it."""
    text = (f"Рубрика | Город\nИз музея похитили монеты\n\nОпубликовано: 14 апреля 2026, 10:25 | "
            f"Обновлено: 16 апреля 2026, 19:40\n{line}\n\nВЫБОРГ, 14 апреля. /Северо-Запад "
            f"Медиа/. Неизвестные проникли в музей. Ущерб оценили в 6,7 млн руб.")
    article = parse(text, language)
    assert article.body[0].text == "Неизвестные проникли в музей."


@pytest.mark.parametrize(("language", "text", "title", "first"), [
    # round 70's check, en 528: a 21-word headline over a deck of two sentences, alone in their
    # block under a rubric, was read as the first body sentence (the rubric as the title)
    ("en", "SPORT | FOOTBALL | FINLAND\nOulu finally gets its stadium: 10,150 fans pack Kaarna "
           "Stadium for opening night, but the bill has climbed to €63.4 million\nNorthern "
           "Finland's first year-round football ground was 12 years in the making. The city "
           "now has to make it pay\n\nBy Jussi Leinonen, Nordic Sports Desk\n\nOULU, Finland, "
           "June 14 (Nordic Sports Desk) — Oulu opened its new stadium on Saturday. It cost "
           "more than planned.",
     "Oulu finally gets its stadium: 10,150 fans pack Kaarna Stadium for opening night, but "
     "the bill has climbed to €63.4 million", "Oulu opened its new stadium on Saturday."),
    # round 71's check, en 538: "By Petra Vuković · Photo: Ivana Radić on the roof terrace …"
    # under the deck was read as the first body sentence
    ("en", "HOUSING | CROATIA\nGrandmother's house, take two: Croatia pays islanders to restore "
           "homes\nThe first 418 grants have been awarded. The hard part is finding a builder\n"
           "By Petra Vuković · Photo: Ivana Radić on the roof terrace of her grandmother's "
           "house in Smokvica, Korčula, where work started last week. (Adriatic Features/Marin "
           "Sesar)\nPublished June 9, 2026 · 7 min read\n\nThe key to the house in Smokvica "
           "still turns. The roof has given way.",
     "Grandmother's house, take two: Croatia pays islanders to restore homes",
     "The key to the house in Smokvica still turns."),
    # round 71's check, ru 538: «Общество | Пермский край | 20 февраля 2026, 09:30 · Время
    # чтения: 5 мин» over the headline was taken for the title
    ("ru", "Общество | Пермский край | 20 февраля 2026, 09:30 · Время чтения: 5 мин\n\n"
           "Жителям аварийного жилья в Соликамске увеличат сертификаты\nНо риелторы "
           "предупреждают, что квартиру купить не получится\n\nАвтор: Ольга Мезенцева\n\n"
           "Валентина Шилова выходит за водой в половине восьмого. Колонка стоит у поворота.",
     "Жителям аварийного жилья в Соликамске увеличат сертификаты",
     "Валентина Шилова выходит за водой в половине восьмого."),
    # round 72's check, en 547: a 22-word headline alone in its block over a photo caption was
    # read as the first body sentence
    ("en", "Novi Sad's 1895 Reading Hall reopens after €7.8 million restoration, with a hidden "
           "ceiling uncovered and a study room open until midnight\n\nPhoto: Readers queue on "
           "the steps of the restored hall on Saturday. (Pannonian News Agency)\n\nBy Jelena "
           "Marković, Culture Correspondent\n\nNOVI SAD, Serbia, Sept. 20 — The hall reopened "
           "on Saturday. It cost €7.8 million.",
     "Novi Sad's 1895 Reading Hall reopens after €7.8 million restoration, with a hidden "
     "ceiling uncovered and a study room open until midnight", "The hall reopened on Saturday."),
    # round 73's check, ru 563: a rubric of two parts in ordinary case glued before a long
    # headline over a deck of two sentences; the line was not read as the title at all
    ("ru", "Транспорт | Тверская область | Автобусы в Тверской области переходят на оплату по "
           "километрам: кому поездка обойдется дешевле, а кому дороже\nЗональный тариф отменят "
           "с 1 августа. Бумажные билеты тоже уходят в прошлое\n9 июня 2026, 15:05 · Время "
           "чтения: 4 мин.\n\nТВЕРЬ, 9 июня. /ИА «Верхневолжье»/. Перевозчик переводит автобусы "
           "на покилометровый тариф. Решение утвердил департамент.",
     "Автобусы в Тверской области переходят на оплату по километрам: кому поездка обойдется "
     "дешевле, а кому дороже", "Перевозчик переводит автобусы на покилометровый тариф."),
    # round 73's check, ru 555: a rubric line under the headline and its stamp was read as
    # a heading, which made the story a digest
    ("ru", "Оползень в Ошской области разрушил три дома\n17 апреля 2026, 11:24 · Обновлено в "
           "15:02\nПроисшествия | Кыргызстан\n\nБИШКЕК, 17 апреля. /ИА «Ала-Тоо»/. Оползень "
           "сошел в пятницу утром на окраину села. Пострадавших нет.",
     "Оползень в Ошской области разрушил три дома", "Оползень сошел в пятницу утром на "
                                                    "окраину села."),
], ids=["deck-of-two-sentences", "byline-with-photo", "rubric-stamp-reading-time",
        "long-headline-over-caption", "glued-rubric-of-two-parts", "rubric-under-the-stamp"])
def test_page_furniture_around_the_headline_stays_out_of_title_and_body(
        language: str, text: str, title: str, first: str) -> None:
    article = parse(text, language)
    assert article.title == title
    assert article.body[0].text == first
    assert not any(sentence.is_heading for sentence in article.sentences)


@pytest.mark.parametrize(("language", "text", "dateline", "lead", "update"), [
    ("en", "Landslide blocks mountain road to Riddersk\n\nUPDATED, 16:20. Rescuers cleared one "
     "lane of the road and began letting cars through in turns from 16:00, the regional "
     "emergency department said.\n\nPhoto: the landslide site at kilometre 74\nOSKEMEN, April "
     "17 (East Wire) - A landslide buried a 200-metre stretch of the Oskemen-Riddersk road "
     "early on Tuesday after a night of heavy rain, trapping a bus and a truck.\n\nAbout "
     "12,000 cubic metres of rock and soil fell on the road, the department said.\n\nRoad "
     "crews expect to reopen both lanes by Friday.",
     "OSKEMEN, April 17 (East Wire)", "A landslide buried", "Rescuers cleared one lane"),
    ("kk", "Музейден күміс әшекейлер ұрланды\nЖАҢАРТЫЛДЫ, 19:05. Тергеу судьясы екі күдіктіні "
     "екі ай мерзімге қамауға алуға санкция берді.\n\nАвторы: Асқар Нұрланов\n\nПАВЛОДАР, 5 "
     "қараша. «Ертіс Жаршысы» – Облыстық полиция департаменті сейсенбі күні қалалық "
     "музейден XIX ғасырдың 14 күміс әшекейі ұрланғанын хабарлады.\n\nМузей директорының "
     "айтуынша, ұрлық дүйсенбі күні таңертең анықталған.",
     "ПАВЛОДАР, 5 қараша. «Ертіс Жаршысы»", "Облыстық полиция департаменті",
     "Тергеу судьясы екі күдіктіні"),
])
def test_an_update_added_at_the_top_goes_after_the_story_under_its_stamp(
        language: str, text: str, dateline: str, lead: str, update: str) -> None:
    """Round 76's check, kk 595 and kk 601: «ЖАҢАРТЫЛДЫ, 19:05. Тергеу судьясы …» under the
    headline was read as the dateline and its update as the lead; the real dateline stayed in
    the body. The update tells what happened since the story: it goes after it, marked."""
    article = parse(text, language)
    assert article.dateline == dateline
    body = [s for s in article.sentences if not s.is_heading]
    assert body[0].text.startswith(lead), body[0].text
    assert body[-1].text.startswith(update), body[-1].text
    assert article.update_paragraph == body[-1].paragraph


@pytest.mark.parametrize(("language", "note"), [
    ("kk", "Түзету (20.08.2027, 10:15): Мақаланың алғашқы нұсқасында шығын 15,4 млрд теңге деп "
     "қате көрсетілген. Дұрысы – 14,5 млрд теңге."),
    ("ru", "Исправление (15:35): в первой версии статьи бюджет был указан как 241 млн руб. "
     "Правильная сумма — 214 млн руб."),
])
def test_a_correction_note_with_its_time_in_brackets_is_no_body(language: str,
                                                                note: str) -> None:
    """Round 76, kk 593 (long 2 by both judges: 'ends on the glued-on correction notice, cut
    so that it shows only the wrong figure'): «Түзету (20.08.2027, 10:15): …» was read as
    body because of the bracket between the word and its colon."""
    text = ("Тегін тамақ 5-сыныпқа да беріледі\n\nШымкент. 19 тамыз. – Қалалық білім басқармасы "
            "тегін ыстық тамақты 5–6-сыныптарға да беретінін мәлімдеді.\n\nБюджеттен 27,6 млрд "
            f"теңге қарастырылған.\n\n{note}")
    article = parse(text, language)
    assert not any(s.text.startswith(note[:12]) for s in article.sentences)
    assert any(line.startswith(note[:12]) for line in article.dropped)


@pytest.mark.parametrize("note", [
    "Correction, 16 March 2027: An earlier version of this story gave the ferry's age as 41. "
    "It is 14.",
    "Clarification, Nov. 4, 2027: The fund's figures cover the year to June.",
    "Түзету, 20.08.2027: Мақаланың алғашқы нұсқасында шығын қате көрсетілген.",
])
def test_a_correction_note_with_its_date_after_a_comma_is_no_body(note: str) -> None:
    """Round 77's check, en 605: "Correction, 16 March 2016: An earlier version …" was read as
    body and closed the long summary."""
    text = ("Council backs new ferry for Inishbeg\n\nGALWAY, March 15 (West Wire) - The county "
            "council on Tuesday approved €4 million for a new ferry to Inishbeg.\n\nThe boat "
            f"will carry 120 passengers and eight cars.\n\n{note}")
    article = parse(text, "en")
    assert not any(s.text.startswith(note[:12]) for s in article.sentences)
    assert any(line.startswith(note[:12]) for line in article.dropped)
    # (a paragraph that only opens on the word is body: no date before its colon)
    body = "Correction, the council said, was overdue: the old boat is 61 years old."
    assert parse(text.replace(note, body), "en").sentences[-1].text == body


@pytest.mark.parametrize(("stamp", "byline"), [
    # (the day it was posted, then the update's time, under the byline: round 77's check,
    # en 612)
    ("Sunday, August 21, 2027 | Updated 9:20 p.m.", "By Carla Mendes"),
    # (a 24-hour clock with its zone, over a byline that gives the writer's post: en 605)
    ("Tuesday 15 March 2027 18.42 GMT", "Chris Pellow, Sports Business Correspondent"),
])
def test_a_stamp_and_a_byline_under_the_headline_are_neither_body_nor_heading(
        stamp: str, byline: str) -> None:
    """Round 77's check: en 612's stamp was read as the lead, and en 605's as a heading, which
    kept the byline under it from being taken for one."""
    lines = f"{byline}\n{stamp}" if byline.startswith("By ") else f"{stamp}\n{byline}"
    text = (f"Wind-driven fire destroys 41 homes near Sisters\n\n{lines}\n\n"
            "SISTERS, Ore. — A wildfire pushed by strong gusts destroyed at least 41 homes "
            "northwest of Sisters over the weekend, officials said Sunday.\n\n"
            "The fire had burned 37,800 acres by Sunday evening.")
    article = parse(text, "en")
    assert article.byline == byline
    assert article.sentences[0].text.startswith("A wildfire pushed"), article.sentences[0]
    assert not any(s.is_heading for s in article.sentences)
    assert stamp in article.dropped


def test_page_furniture_of_round_78s_check_stays_out_of_title_and_body() -> None:
    """Round 78's check: an update note over the headline (en 620: the article had no title),
    a byline that names the photographer (ru 616: read as a heading), and a caption with its
    credit in brackets right before the dateline (en 625: read as the lead)."""
    note = ("UPDATE, July 18, 4:10 p.m.: This story has been updated to include the coalition's "
            "notice of appeal filed Friday.")
    article = parse(f"{note}\n\nJudge clears way for water rate increase\n\nFRESNO, Calif., "
                    "July 18 (Valley News Service) — A judge has upheld the city's water rate "
                    "increase.\n\nThe first rise takes effect on Aug. 1.", "en")
    assert article.title == "Judge clears way for water rate increase"
    assert note in article.dropped
    article = parse("Последняя смена в Старозерске\n\nИрина Пахомова, фото Дениса Ларина\n\n"
                    "Над столом акушерки висит пробковая доска.\n\nРоддом закроют 1 "
                    "ноября.", "ru")
    assert article.byline == "Ирина Пахомова, фото Дениса Ларина"
    assert not any(s.is_heading for s in article.sentences)
    caption = ("A regional jet touches down on the rebuilt runway at Ashgrove Regional Airport "
               "on Friday. (Northern Press/Luc Gendron)")
    article = parse(f"Town celebrates new runway\nBy Tessa Whitford\n{caption}\n\nASHGROVE, Ont., "
                    "Sept. 20 (Northern Press) — The first scheduled jet in 20 years landed at "
                    "the town's airport on Friday.\n\nThe runway cost C$34.2 million.", "en")
    assert article.sentences[0].text.startswith("The first scheduled jet"), article.sentences
    assert caption in article.dropped


def test_a_pull_quote_without_its_quotation_marks_is_no_body() -> None:
    """Round 78, ru 616 (long 2 by both judges, 'ends on a glued-on pull quote with no
    attribution'): the display line repeated the midwife's words without marks or a stop."""
    text = ("Последняя смена в роддоме\n\nРоддом в Старозерске закроется 1 ноября.\n\n"
            "Раньше говорили: родился в Старозерске. Теперь будут говорить: родился по дороге"
            "\n\nПетицию за сохранение роддома подписали 6 800 человек.\n\n«Раньше говорили: "
            "родился в Старозерске. Теперь будут говорить: родился по дороге», — говорит "
            "акушерка.")
    article = parse(text, "ru")
    assert not any(s.text.startswith("Раньше говорили") for s in article.sentences)
    assert any(line.startswith("Раньше говорили") for line in article.dropped)


def test_a_caption_of_two_sentences_with_a_bracketed_credit_over_the_dateline() -> None:
    """Round 79's check, en 634: "… before dawn at the bakery. It turns out 900 loaves a day.
    (Staff photo / Name)" over the dateline was read as the lead."""
    text = ("Three generations, one oven\n\nMaria Sousa shapes dough before dawn at Padaria Sousa "
            "on Main Street. The bakery turns out about 900 loaves a day. (Staff photo / Joe "
            "Reis)\n\nFALL RIVER — The family bought an empty mill floor this week. It will open "
            "a production bakery next spring.")
    article = parse(text, "en")
    assert article.dateline == "FALL RIVER"
    assert _body(text, "en") == ["The family bought an empty mill floor this week.",
                                 "It will open a production bakery next spring."]


@pytest.mark.parametrize(("language", "line", "dateline"), [
    ("en", "CHENNAI: ", "CHENNAI:"),  # round 79's check, en 629: a place and a colon
    ("en", "NEW DELHI: ", "NEW DELHI:"),
])
def test_a_place_in_capitals_with_a_colon_is_a_dateline(language: str, line: str,
                                                         dateline: str) -> None:
    article = parse(f"Headline of the story here\n\n{line}First fact of the news. Second fact.",
                    language)
    assert article.dateline == dateline
    assert [s.text for s in article.body] == ["First fact of the news.", "Second fact."]


@pytest.mark.parametrize("label", ["UPDATE", "EDITOR'S NOTE", "CORRECTION"])
def test_a_label_in_capitals_with_a_colon_is_no_dateline(label: str) -> None:
    article = parse(f"Headline of the story here\n\n{label}: The council met again on Friday. "
                    "It voted once more.\n\nThe first fact of the news. The second fact.", "en")
    assert article.dateline is None


def test_a_headline_in_capitals_with_a_colon_is_no_dateline() -> None:
    """A headline in capitals may have a colon: «ШКОЛЬНЫЙ АВТОБУС ПУСТИЛИ В ОБЪЕЗД: …» is no
    place (judged ru 621, seen while adding the place with a colon)."""
    text = ("Общество\n\nШКОЛЬНЫЙ АВТОБУС ПОД ЯРАНСКОМ ПУСТИЛИ В ОБЪЕЗД: ДЕТИ ЕДУТ ДОЛЬШЕ\n\n"
            "КИРОВ, 14 октября — Вятский вестник. Власти района закрыли мост. Автобус едет в "
            "объезд.")
    article = parse(text, "ru")
    assert article.title.startswith("ШКОЛЬНЫЙ АВТОБУС")
    assert article.dateline == "КИРОВ, 14 октября — Вятский вестник."


@pytest.mark.parametrize(("language", "text", "dateline", "first"), [
    # round 79's check, ru 629: a place in Title case alone, named again in the article
    ("ru", "Юный уфимец выиграл первенство\n\nКазань. Тимур Сафин из Уфы стал победителем "
           "первенства. Турнир прошёл в выставочном центре «Казань Экспо».",
     "Казань.", "Тимур Сафин из Уфы стал победителем первенства."),
    # judged kk 25: with its agency in quotation marks
    ("kk", "Стартап инвестиция тартты\n\nҚостанай. «Дала жаңалықтары» – Жазғы жұмыстар "
           "қиын. Стартап Қостанайда дрон шығарады.",
     "Қостанай. «Дала жаңалықтары»", "Жазғы жұмыстар қиын."),
])
def test_a_place_in_title_case_alone_opens_the_first_paragraph(
        language: str, text: str, dateline: str, first: str) -> None:
    article = parse(text, language)
    assert article.dateline == dateline
    assert article.body[0].text == first


def test_a_word_of_a_scene_alone_is_no_dateline() -> None:
    """«Тишина.» opens a scene: no name the article uses again inside a sentence."""
    article = parse("Последний обход доктора\n\nТишина. В амбулатории ещё никого нет. Доктор "
                    "Гущин ставит чайник.", "ru")
    assert article.dateline is None
    assert article.body[0].text == "Тишина."


def test_a_line_with_no_stop_under_the_byline_over_the_first_paragraph_is_a_caption() -> None:
    """Round 79's check, en 628: a photo's caption with no credit, "Dr … in the dispensary of
    the surgery, which she has run …", under the byline was read as the lead."""
    text = ("'No one to hand the keys to': the glen's only GP is leaving\n\nBy Ann Reid, Health "
            "Correspondent\nThursday 4 March 2021, 6 min read\n\nDr Moira Kerr in the dispensary "
            "of the Glenmore surgery, which she has run alone since 2014\n\nThe call came at "
            "3am. Dr Kerr drove 20 miles in the dark.\n\nShe retires in June. No one has applied "
            "for her post.")
    article = parse(text, "en")
    assert article.byline == "By Ann Reid, Health Correspondent"
    assert article.body[0].text == "The call came at 3am."
    assert any(line.startswith("Dr Moira Kerr in the dispensary") for line in article.dropped)


@pytest.mark.parametrize(("first", "caption"), [
    ("Scaffolding around the west stand of the Kelda Park ground, which has been shut since "
     "March 2020.", True),
    ("The west stand of the Kelda Park ground has been shut since March 2020.", False),
    ("Kelda Park will stay shut for a third season.", False),
])
def test_a_verbless_line_with_its_stop_under_the_byline_is_a_caption(first: str,
                                                                     caption: bool) -> None:
    """Round 86, en 714: "Scaffolding around the main stand at …, which has been closed since
    May 2019." under the byline opened both summaries; a short lead with a verb stays."""
    text = ("Kelda Park reopening slips to 2024\n\nBy Tom Hale, Sport Reporter\n\n"
            f"{first}\n\nLeeds City Council said on Monday that the Kelda Park ground would not "
            "reopen before August 2024 because engineers found rust in its roof beams.\n\nThe "
            "bill has risen to £30 million.")
    article = parse(text, "en")
    assert (first in article.dropped) is caption
    assert (article.body[0].text == first) is not caption


@pytest.mark.parametrize(("language", "top"), [
    ("en", "Update, 28 March, 19:40: Adds comment from the Ministry of Education in paragraph 6."),
    ("en", "Updated 14:05: Corrects spelling of the rector's name."),
])
def test_an_update_that_only_tells_what_the_edit_changed_is_no_body(language: str,
                                                                    top: str) -> None:
    """Round 79, en 637 (long 3 and 2: 'the update line "Adds comment … paragraph 10" is glued
    on at the end')."""
    text = (f"Chemist elected rector of the university\n\n{top}\n\nVILNIUS, March 28 (Campus "
            "Wire) - The council elected Ona Petraitė rector on Thursday. She takes office in "
            "July.\n\nThe ministry welcomed the vote.")
    article = parse(text, language)
    assert top in article.dropped
    assert article.update_paragraph is None
    assert [s.text for s in article.body][-1] == "The ministry welcomed the vote."


@pytest.mark.parametrize(("language", "line"), [
    ("ru", "© Байкальская служба новостей, 2016. При использовании материалов ссылка обязательна."),
    ("en", "© Campus Wire 2016. All rights reserved."),
    ("kk", "© Ертіс ньюс. Материалды пайдаланғанда сілтеме міндетті."),
])
def test_a_copyright_line_is_no_body(language: str, line: str) -> None:
    """Round 79, ru 637 (long 3 and 2: 'the copyright line … is glued on')."""
    text = f"Headline of the story here\n\nFirst fact of the news. Second fact.\n\n{line}"
    assert [s.text for s in parse(text, language).body] == ["First fact of the news.",
                                                            "Second fact."]


def test_a_bare_box_label_over_its_bullets_drops_the_box_but_a_subheading_stays() -> None:
    """Round 79, kk 636 (long 2 by both judges: 'fact box pasted in as sentences'): «ДЕРЕКТЕР»
    over its bullets is a box; «Цифры» alone over a paragraph is a subheading (judged ru
    411)."""
    box = ("Көл тартылып барады\n\nКөлдің деңгейі он жылда 1,8 метрге төмендеді. Балықшылар "
           "кәсібін жауып жатыр.\n\nСу сапасы да өзгеріп жатыр.\n\nЖазда судың қызуы 27 "
           "градусқа жетеді.\n\nДЕРЕКТЕР\n• Көл – Ақмола облысы, Зеренді ауданы\n• Деңгейдің "
           "төмендеуі: 1,8 м\n• Айдыны: 118 км² → 89 км²\n\nҒалымдар су балансын қайта "
           "есептеуді ұсынады.")
    body = [s.text for s in parse(box, "kk").body]
    assert not any("Айдыны" in text or "ДЕРЕКТЕР" in text for text in body), body
    assert body[-1] == "Ғалымдар су балансын қайта есептеуді ұсынады."
    section = ("Волки задрали 73 овцы\n\nСтая волков напала на кошару. Ущерб оценили в 600 тыс. "
               "руб.\n\nЦифры\n\nС января волки задрали 2,4 тыс. голов скота.")
    assert "С января волки задрали 2,4 тыс. голов скота." in \
        [s.text for s in parse(section, "ru").body]


def test_an_addendum_with_its_date_glued_to_its_paragraph_marks_an_update() -> None:
    """Round 79, ru 632 (short 3 by both judges: 'out of date'): «Дополнение от 18 июня.» opened
    the paragraph of the update and was read as a sentence of the body."""
    text = ("Паромы встали\n\nСуд во вторник на 60 суток приостановил работу перевозчика. "
            "Рейсы отменены.\n\nКомпания обжалует решение.\n\n"
            "Дополнение от 18 июня. Через десять дней ситуация изменилась. Верховный суд "
            "республики в пятницу заменил приостановление штрафом.")
    article = parse(text, "ru")
    assert article.update_paragraph is not None
    assert not any(s.text.startswith("Дополнение") for s in article.body)


@pytest.mark.parametrize(("language", "text", "title"), [
    # round 80's check, kk 647: the headline's colon read as a dateline's ("PUNE: " is one)
    ("kk", "ЖАЙЫҚ МАРАФОНЫ: КЕНИЯЛЫҚ ЖҮГІРУШІ ТРАССА РЕКОРДЫН ЖАҢАРТТЫ\n"
           "17.09.2023, 14:52\n\nОРАЛ, 17 қыркүйек. «Батыс ақпарат» – Орал қаласында жексенбі "
           "күні марафон өтті. Оған 3 мың адам қатысты.\n\nЖүлде қоры 45 млн теңге болды.",
     "ЖАЙЫҚ МАРАФОНЫ: КЕНИЯЛЫҚ ЖҮГІРУШІ ТРАССА РЕКОРДЫН ЖАҢАРТТЫ"),
    # ru 646: under a one-word rubric, over a deck
    ("ru", "РЕПОРТАЖ\nПОСЛЕДНЯЯ ЗИМОВКА: СЕМЬЯ ЧАБАНОВ УЕЗЖАЕТ В КЫЗЫЛ\n\nКак Ооржаки решились "
           "оставить отару после 34 лет в степи\n\nВетер на стоянке поднимается до рассвета. "
           "Эта зимовка для семьи последняя.\n\nВ апреле они переезжают в Кызыл.",
     "ПОСЛЕДНЯЯ ЗИМОВКА: СЕМЬЯ ЧАБАНОВ УЕЗЖАЕТ В КЫЗЫЛ"),
    # kk 641: an update over the headline that only tells what the edit added
    ("kk", "Жаңартылды, 19.04.2025, 10:30: мақалаға жеңімпаздар тізімі мен министрліктің "
           "түсініктемесі қосылды.\n\nЛицеистер бас жүлдені жеңіп алды\n\nАСТАНА, 18 сәуір. «Ел "
           "Ақпарат» – Робототехника олимпиадасы Астанада аяқталды. Оған 1 386 оқушы "
           "қатысты.\n\nЖүлде қоры 62 млн теңге болды.",
     "Лицеистер бас жүлдені жеңіп алды"),
    # kk 648: a headline of 21 words over a deck of two sentences and a byline in its block
    ("kk", "Түркістан облысындағы жарты ғасырлық Көктерек су қоймасының бөгеті 6,8 млрд теңгеге "
           "күрделі жөндеуден өтеді, суармалы жерлерге су беру бір маусымға қысқарады\n"
           "Жұмыс 2022 жылдың қарашасында аяқталуы тиіс. Келесі жылы егістік судың үштен екісін "
           "ғана алады\nҒалымжан Төлеуов | 2021 ж. 5 қазан, 10:40\n\nТҮЛКІБАС, 5 қазан – "
           "«Оңтүстік ақпарат». Бөгетте күрделі жөндеу басталды. Оның құны 6,8 млрд теңге.\n\n"
           "Су деңгейі біртіндеп төмендетіледі.",
     "Түркістан облысындағы жарты ғасырлық Көктерек су қоймасының бөгеті 6,8 млрд теңгеге "
     "күрделі жөндеуден өтеді, суармалы жерлерге су беру бір маусымға қысқарады"),
])
def test_a_headline_under_or_over_page_furniture_is_the_title_and_none_of_it_is_body(
        language: str, text: str, title: str) -> None:
    """Round 80's check before judging: a capitals headline with a colon, an edit note over
    the headline and a long headline over its deck and byline were read as a dateline or as
    body."""
    article = parse(text, language)
    assert article.title == title, (article.title, article.dateline)
    first = article.body[0].text
    assert not any(word in first for word in ("МАРАФОНЫ", "ОРАЛ,", "Ооржаки решились",
                                               "мақалаға", "Жұмыс 2022")), first
    assert not article.sentences[0].is_heading, article.sentences[0]


@pytest.mark.parametrize(("language", "text"), [
    # round 80's check, en 648: a reading time alone, a date with "6:00am"
    ("en", "Dam to get $148 million repair\n\nReading time: 7 minutes\n\nBy Lachlan Brereton, "
           "Regional Affairs Reporter\nTuesday 7 May 2024, 6:00am AEST\n\nTAMWORTH, NSW – The "
           "utility will spend $148 million on the dam. Work starts in July.\n\nWater limits "
           "will apply."),
    # ru 640: a byline with the photographer after a comma
    ("ru", "Репортаж · Люди реки\n\nПоследняя навигация паромщика\n\nСорок сезонов он "
           "переправлял через реку машины и коров. Осенью переправу закроют навсегда\n\n"
           "Текст: Мария Ершова, фото: Илья Тарасов\n"
           "12 сентября 2017, 09:30 · Время чтения: 7 минут\n\nВ шесть утра над рекой туман. "
           "Паромщик заводит дизель.\n\nОсенью переправу закроют."),
    # round 132's check, ru 1270: «Текст и фото: …», the photographs with the text
    ("ru", "РЕПОРТАЖ\n\nПоследнее лето на джайлоо\n\nСорок шесть сезонов он пас овец в горах. "
           "С будущего года пастбище закроют\n\nТекст и фото: Мария Ершова\n"
           "29 августа 2018 г. · Время чтения: 7 мин.\n\nВ половине пятого чабан уже у "
           "загона.\n\nС 2019 г. пастбище закроют."),
    # kk 640: a byline with a region and a district, a reading time under it
    ("kk", "Ертістегі соңғы паромшы\n\nӘсел Нұрғалиева, Павлодар облысы, Ертіс ауданы\n"
           "Оқу уақыты: 7 минут\n\nҚыркүйектің ортасы. Ертістің үстінде тұман жатыр.\n\n"
           "Өткел қазанда жабылады."),
])
def test_bylines_and_reading_times_over_a_feature_are_no_headings(language: str,
                                                                  text: str) -> None:
    """Round 80's check: read as headings, they made the story a digest."""
    article = parse(text, language)
    assert not any(s.is_heading for s in article.sentences), article.sentences
    assert not any("Reading" in s.text or "Текст:" in s.text or "Нұрғалиева" in s.text or
                   "6:00am" in s.text or "Оқу уақыты" in s.text for s in article.body)


def test_a_caption_that_ends_on_its_credit_alone_in_its_paragraph_is_dropped() -> None:
    """Round 80, ru 640 (short 2 by both judges: 'the photo caption «Геннадий Шабалин на пароме
    «Ветлужанка-2».» glued on'): the credit came last («… Фото: Илья Тарасов»)."""
    text = ("Последняя навигация паромщика\n\nВ шесть утра над рекой туман. Паромщик заводит "
            "дизель.\n\nГеннадий Шабалин на пароме «Ветлужанка-2». Переправа работает с 1920-х "
            "годов. Фото: Илья Тарасов\n\nОсенью переправу закроют. Рядом откроется мост.")
    body = [s.text for s in parse(text, "ru").body]
    assert not any("Ветлужанка" in line or "Фото" in line for line in body), body
    assert "Осенью переправу закроют." in body


@pytest.mark.parametrize(("text", "furniture"), [
    # round 80, en 640: a pull quote without its marks, quoted above with a speaker between
    ("Last crossings at the landing\n\nDale Kowalchuk walks the length of his ferry. \"She "
     "tells you when something's wrong,\" he says. \"You just have to shut up long enough to "
     "hear it.\"\n\nThe ministry will close the crossing in October.\n\nShe tells you when "
     "something's wrong. You just have to shut up long enough to hear it.\n\nA bridge 40 km "
     "away will take the traffic.", "She tells you"),
    # en 645: a caption that ends on the agency and its photographer
    ("Hospital opens maternity wing\n\nThe hospital opened a 64-bed wing on Thursday. It cost "
     "38 million cedis.\n\nMidwives show visitors one of the delivery rooms in the new wing, "
     "March 14, 2019. Savannah News Agency/Issah Alhassan\n\nThe ministry will pay for more "
     "staff.", "Midwives show"),
    # en 649: a currency footer
    ("Club president arrested\n\nPolice arrested the club's president on Tuesday over a "
     "transfer fee scheme worth 22 million reais. He denies it.\n\nThe club is 17th in the "
     "league.\n\n($1 = 2.21 reais)", "($1"),
])
def test_pull_quotes_credits_and_currency_footers_are_no_body(text: str,
                                                              furniture: str) -> None:
    """Round 80, en 640, en 645 and en 649 (long 2: 'the unattributed pull quote is glued in',
    'a photo caption is pasted in', 'the exchange-rate footer "($1 = 2.21 reais)" is glued
    on')."""
    body = [s.text for s in parse(text, "en").body]
    assert not any(line.startswith(furniture) for line in body), body
    assert len(body) >= 3, body


def test_an_update_over_the_story_that_points_to_its_last_paragraph_is_dropped() -> None:
    """Round 80, kk 649 (long 2 by both judges: 'the court sanction is stated twice, the second
    time with "(соңғы абзацты қараңыз)"')."""
    text = ("Клуб президенті ұсталды\nЖАҢАРТЫЛДЫ, 20 ақпан, 18:40: сот М. Ержановты екі айға "
            "қамауға алуға санкция берді (соңғы абзацты қараңыз).\n\nФото: Мұрат Ержанов "
            "жиында. © «Көкжал» ФК\nАвтор: Әлия Серікбайқызы\n\n"
            "СЕМЕЙ, 20 ақпан. «Ертіс ақпарат» – "
            "Клуб президенті 412 млн теңгені жымқырды деген күдікпен ұсталды. Ол кінәсін "
            "мойындамайды.\n\nКлуб кеңсесінде тінту жүргізілді.\n\nСот оны екі айға қамауға "
            "алуға санкция берді.")
    article = parse(text, "kk")
    assert not any("абзацты" in s.text for s in article.sentences), article.sentences
    assert article.body[0].text.startswith("Клуб президенті 412 млн"), article.body[0]


def test_a_caption_over_the_byline_in_its_block_is_dropped() -> None:
    """Round 80, ru 643 (short 1 by both judges: 'nothing but the photo caption')."""
    text = ("Худрук театра ушёл в отставку\n\nАркадий Ветлугин на сцене театра после премьеры, "
            "декабрь 2015 г. Фото: пресс-служба театра\nОльга Савичева\n\nТУЛА, 9 февраля — "
            "«Приокские новости». Аркадий Ветлугин, основатель театра, во вторник подал "
            "заявление об уходе.\n\nКонфликт с министерством тянется с осени.")
    body = [s.text for s in parse(text, "ru").body]
    assert body[0].startswith("Аркадий Ветлугин, основатель театра"), body


@pytest.mark.parametrize(("language", "label"), [
    ("ru", "Олимпиада в цифрах"), ("en", "The marathon in numbers"), ("ru", "КЛУБ В ЦИФРАХ"),
])
def test_a_box_labelled_what_it_is_about_in_numbers_is_no_body(language: str,
                                                                label: str) -> None:
    """Round 80, ru 641 (long 2 by both judges: 'the fact-box fragments "1 148 финалистов…" are
    glued mid-text')."""
    text = (f"Финал олимпиады\n\nФинал собрал 386 команд. Победила команда из Томска.\n\n{label}"
            "\n• 1 148 финалистов, 386 команд\n• 7,2 млн руб. — призовой фонд\n\n"
            "Следующий финал пройдёт в Красноярске.")
    body = [s.text for s in parse(text, language).body]
    assert not any("финалистов" in line or "цифрах" in line.lower() for line in body), body
    assert body[-1] == "Следующий финал пройдёт в Красноярске."


def test_a_sentence_that_gives_results_in_numbers_before_its_list_is_body() -> None:
    """Judged ru 461: «Итоги двух сезонов работ департамент представил в цифрах: …» is the
    article's own sentence over its list, not a box's label (round 110's check of ru 1001)."""
    text = ("Водохранилище углубили\n\nРаботы завершены в октябре.\n\nИтоги двух сезонов работ "
            "департамент представил в цифрах:\n• глубина выросла до 3,4 м;\n• объем вырос на "
            "17,8%.\n\nРаботы продолжатся весной.")
    body = [s.text for s in parse(text, "ru").body]
    assert any("глубина выросла" in line for line in body), body


def test_a_pull_quote_of_one_sentence_said_in_a_quotation_near_it_is_dropped() -> None:
    """Round 80, en 643: "A theatre that only programmes what is safe will soon have nothing
    worth protecting." repeated the director's letter on a line of its own."""
    text = ("Theatre director quits\n\nThe director resigned on Monday after 11 years.\n\n"
            "\"I cannot do this any more,\" she wrote. \"A theatre that only programmes what is "
            "safe will soon have nothing worth protecting.\"\n\nA theatre that only programmes "
            "what is safe will soon have nothing worth protecting.\n\nThe board chairman said "
            "the theatre had to stay solvent.")
    body = [s.text for s in parse(text, "en").body]
    assert not any(line.startswith("A theatre that only") for line in body), body
    assert body[-1].startswith("The board chairman"), body


@pytest.mark.parametrize(("language", "text", "title"), [
    # round 81's check, en 653: a kicker in capitals with its year over the headline
    ("en", "CENSUS 2028\nMalawi's population tops 23 million as town growth speeds up\n\n"
           "LILONGWE, 27 March 2029 (Nyasa Press Agency) - Malawi had 23.4 million people on "
           "census night. That is a third more than in 2018.\n\nThe final report is due in "
           "December.",
     "Malawi's population tops 23 million as town growth speeds up"),
    # en 662: an update over a kicker and the headline that points to the body
    ("en", "UPDATE, Nov. 9, 4:15 p.m. AT: The city says the agreement has been terminated after "
           "the sponsor filed for creditor protection. Details below.\n\nCITY HALL\nHarbourfront "
           "Stadium to become Lumora Pay Field under $12.5M naming-rights deal\n\nThe city "
           "council voted 8-3 on Monday night to rename the stadium. The deal is worth $12.5 "
           "million.\n\nThe first instalment was due on Dec. 1.\n\nOn Wednesday the sponsor filed "
           "for creditor protection, and the city said the agreement has been terminated.",
     "Harbourfront Stadium to become Lumora Pay Field under $12.5M naming-rights deal"),
])
def test_a_headline_under_a_dated_kicker_or_a_pointing_update_is_the_title(
        language: str, text: str, title: str) -> None:
    """Round 81's check before judging: the kicker was taken for the headline (en 653), and the
    update over the story for the lead under no title, its kicker for the dateline (en 662)."""
    article = parse(text, language)
    assert article.title == title, (article.title, article.dateline)
    first = article.body[0].text
    assert not any(word in first for word in ("CENSUS", "UPDATE", "CITY HALL", "Details")), first
    if "UPDATE" in text:  # the paragraph the update points to is the update's
        paragraph = article.update_paragraph
        assert paragraph is not None
        assert next(s for s in article.body if s.paragraph == paragraph).text.startswith(
            "On Wednesday")


@pytest.mark.parametrize(("language", "text", "dropped"), [
    # round 81's check, en 655: an update that only says the story was updated
    ("en", "Three charged over tender\n\nACCRA, June 14 - Three men were charged on Tuesday. "
           "They deny the charges.\n\nThe case resumes in July.\n\nUpdate, 18:30: This story "
           "has been updated with comments from lawyers for the two businessmen.",
     "This story has been updated"),
    # ru 660: the town and date a feature was filed from, under its byline
    ("ru", "Синяя Уводь: почему река меняет цвет\n\nМарина Глебова\nИваново, 9 августа 2021 г."
           "\n\nЖители улицы привыкли, что ручей меняет цвет. Летом пришла проверка.\n\n"
           "Фабрике выписали штраф.",
     "Иваново, 9 августа"),
])
def test_an_update_that_says_it_was_updated_and_a_town_and_date_line_are_no_body(
        language: str, text: str, dropped: str) -> None:
    """Round 81's check: the first closed the long summary (en 655); the second was read as the
    first sentence (ru 660)."""
    body = [s.text for s in parse(text, language).body]
    assert not any(dropped in line for line in body), body
    assert body[0].startswith(("Three men", "Жители")), body


def test_a_feed_after_the_datelines_dash_is_its_outlet() -> None:
    """Round 81's check, ru 659: «Северная лента.» was the first sentence."""
    article = parse("Область потратит на дороги 9,4 млрд рублей\n\nВОЛОГДА, 22 февраля — "
                    "Северная лента. Правительство области утвердило дорожную программу. Она "
                    "больше прошлогодней.", "ru")
    assert article.dateline == "ВОЛОГДА, 22 февраля — Северная лента."
    assert article.body[0].text == "Правительство области утвердило дорожную программу."


@pytest.mark.parametrize(("language", "note", "update_starts"), [
    # round 81, en 656: the wire's own update line says what it added
    ("en", "UPDATE 1 - Adds court order halting transfer, planters' comments from paragraph 5",
     "Late on Thursday"),
    # kk 662: the prosecutor's protest and the akimat's answer added
    ("kk", "ЖАҢАРТЫЛДЫ, 19:20: облыс прокуратурасының наразылығы және әкімдіктің жауабы қосылды",
     "Бес сағаттан кейін"),
])
def test_an_update_that_says_it_added_a_development_marks_where_the_body_tells_it(
        language: str, note: str, update_starts: str) -> None:
    """Round 81, en 656 and kk 662: the court order and the prosecutor's protest were left out
    of the summaries, the note that flagged them dropped with nothing marked."""
    bodies = {
        "en": ["BACOLOD CITY, Feb 9 - The owners of a sugar mill agreed on Thursday to sell it "
               "for P2.8 billion.", "The deal covers the mill and its land.",
               "The buyer will spend P600 million on new boilers.",
               "Workers were relieved.",
               "Late on Thursday, a regional court issued a restraining order barring the "
               "transfer of the mill to the buyer.",
               "The order came on a petition by the planters' association.",
               "A hearing is set for February 21."],
        "kk": ["ПАВЛОДАР, 14 наурыз – Облыстық спорт басқармасы стадион атауын компанияға "
               "берді.", "Компания жыл сайын 300 млн теңге төлейді.",
               "Облыс әкімдігінде рәсім өтті.", "Жанкүйерлер наразы.",
               "Бес сағаттан кейін облыс прокуратурасы келісімге наразылық білдірді.",
               "Кешке әкімдік келісімді тоқтата тұрды.", "Компания келіспеді."],
    }
    title = {"en": "Sugar mill sold", "kk": "Стадион жаңа атау алады"}[language]
    text = f"{note}\n\n{title}\n\n" + "\n\n".join(bodies[language])
    article = parse(text, language)
    assert article.update_paragraph is not None, article.dropped
    first = next(s for s in article.body if s.paragraph == article.update_paragraph)
    assert first.text.startswith(update_starts), first.text


def test_an_update_that_only_added_a_comment_marks_nothing() -> None:
    """A comment is no turn of the story (ru 648's «добавлен комментарий …»)."""
    text = ("Обновлено 18:40 (МСК): добавлен комментарий Уральского управления Ростехнадзора.\n\n"
            "Ремонт плотины продлится до весны\n\nЕКАТЕРИНБУРГ, 16 сентября — Ремонт плотины "
            "выполнен на 40%.\n\nУровень воды останется пониженным.\n\nВ управлении Ростехнадзора "
            "заявили, что проверили плотину.")
    assert parse(text, "ru").update_paragraph is None


def test_a_headline_ending_on_a_provinces_abbreviation_under_a_kicker_is_the_title() -> None:
    """Round 83's check, en 684: "… near Harvey, N.B." ends with the abbreviation's stop, so the
    kicker "MINING" was taken for the headline and the headline for the first sentence."""
    text = ("MINING\nGold explorer wins licence to drill near Sussex, N.B.\nThe company can start "
            "in August, but farmers want a hearing first\n\nBy Ann Roy\n\nMONCTON - New Brunswick "
            "has granted a Halifax company a licence to explore for gold near Sussex.\n\n"
            "The licence runs for five years.\n\nFarmers asked for a public hearing.")
    article = parse(text, "en")
    assert article.title == "Gold explorer wins licence to drill near Sussex, N.B."
    assert article.body[0].text.startswith("New Brunswick has granted")


def test_a_long_headline_over_a_time_stamp_is_the_title() -> None:
    """Round 83's check, ru 677: a headline of 21 words over «16 февраля 2024, 11:42 |
    Обновлено: …» had no title and opened the body."""
    title = ("Мэрия Томска объявила конкурс на уборку дворов почти на 2 млрд рублей: один "
             "подрядчик будет обслуживать 900 дворов четырех районов города до 2027 года")
    text = (f"{title}\n\n16 февраля 2024, 11:42 | Обновлено: 16 февраля 2024, 17:05\n\n"
            "ТОМСК, 16 февраля — «Томск-Инфо». Мэрия разместила конкурс на уборку дворов.\n\n"
            "Начальная цена составляет 1,9 млрд руб.\n\nЗаявки принимают до 4 марта.")
    article = parse(text, "ru")
    assert article.title == title
    assert article.body[0].text.startswith("Мэрия разместила")


def test_a_weekly_after_the_datelines_dash_is_its_outlet() -> None:
    """Round 83's check, ru 686: «ВЛАДИМИР, 25 сентября — Владимирская неделя.» left the
    weekly's name as the first sentence."""
    text = ("Пересчёт голосов изменил итог выборов\n\nВЛАДИМИР, 25 сентября — Владимирская "
            "неделя. Избирательная комиссия утвердила итоги пересчёта.\n\nПобедила учительница.")
    article = parse(text, "ru")
    assert article.body[0].text.startswith("Избирательная комиссия")


def test_a_pull_quote_of_several_sentences_in_its_quotation_marks_is_dropped() -> None:
    """Round 83's check, en 676 and en 680: a display quote of two sentences, its source split
    by the speaker ("…," she says. "…"), stayed as a passage of its own."""
    text = ("Last shift at the signal box\n\nThe box opened in 1884 and closes next year.\n\n"
            "\"You feel every train through your hands,\" she says. \"A screen won't give you "
            "that.\"\n\nNetwork Rail signed the contract on Monday.\n\n\"You feel every train "
            "through your hands. A screen won't give you that.\"\n\nWork starts in September.")
    article = parse(text, "en")
    said = [s.text for s in article.body if s.text.startswith("\"You feel every train")]
    assert said == ["\"You feel every train through your hands,\" she says."]


def test_an_agency_named_with_its_trade_after_a_kazakh_dateline_belongs_to_it() -> None:
    """Round 84's check, kk 693: «ПЕТРОПАВЛ, 17 қаңтар. «Солтүстік тынысы» ақпарат агенттігі –»
    left the agency's name at the head of the first sentence."""
    text = ("Көкшетауда екі мектеп жылусыз қалды\n\nКӨКШЕТАУ, 19 қаңтар. «Көкшетау тынысы» "
            "ақпарат агенттігі – Көкшетауда жылу құбыры жарылып, екі мектеп жылусыз қалды.\n\n"
            "Жөндеу жұмыстары кешке дейін аяқталады.")
    article = parse(text, "kk")
    assert article.dateline == "КӨКШЕТАУ, 19 қаңтар. «Көкшетау тынысы» ақпарат агенттігі"
    assert article.body[0].text.startswith("Көкшетауда жылу құбыры")


@pytest.mark.parametrize("stamp", ["Published May 16, 2023", "March 21, 2023 — 5.00am"])
def test_a_date_said_published_or_with_a_dashed_time_is_a_stamp(stamp: str) -> None:
    """Round 84's check, en 688 and en 694: a stamp under the byline was read as a heading,
    which made the story a digest."""
    text = (f"Nurses take the vaccine to the herders\n\nBy Anna Byrne\n{stamp}\n\n"
            "The nurse rides out before dawn. She carries forty doses.\n\n"
            "The campaign runs for ten weeks.")
    article = parse(text, "en")
    assert stamp in article.dropped
    assert not any(s.is_heading for s in article.sentences)
    assert article.body[0].text == "The nurse rides out before dawn."


def test_a_date_with_its_reading_time_is_a_stamp() -> None:
    """Round 84's check, ru 698: «14 октября 2022 · 5 мин. чтения» was the first sentence."""
    text = ("Томский стартап запустил спутник\n\n3 марта 2021 · 4 мин. чтения\n\n"
            "ТОМСК, 3 марта — «Сибирский курьер». Компания вывела на орбиту первый спутник.\n\n"
            "Аппарат вышел на связь.")
    article = parse(text, "ru")
    assert "3 марта 2021 · 4 мин. чтения" in article.dropped
    assert article.body[0].text == "Компания вывела на орбиту первый спутник."


def test_a_byline_of_two_writers_and_their_places_is_the_byline() -> None:
    """Round 84's check, en 690: "By Claire Maddox in Sion and Lukas Imboden in Val d'Arbey"
    was read as a heading."""
    byline = "By Ruth Kell in Chur and Marco Bianchi in Val d'Osso"
    text = ("Resort shuts its slopes after avalanche\n\n"
            f"{byline}\n\nAn avalanche closed the only road to the resort on Tuesday.\n\n"
            "About 400 guests were flown out.")
    article = parse(text, "en")
    assert article.byline == byline
    assert article.body[0].text.startswith("An avalanche closed")


@pytest.mark.parametrize("dash", ["—", "-"])
def test_an_update_whose_stamp_ends_on_a_dash_and_points_below_is_dropped(dash: str) -> None:
    """Round 84's check, en 696: "UPDATE, April 23, 21:40 — The agency said … Details below."
    was read as the dateline and the lead, over the real dateline."""
    text = ("Steppe fire forces two villages out\n\n"
            f"UPDATE, May 2, 20:15 {dash} The agency said late on Friday that the fire's northern "
            "edge had been contained. Details below.\n\n"
            "CHOIBALSAN — A grass fire has burned 90,000 hectares of steppe since Monday.\n\n"
            "Late on Friday the agency said the northern edge of the fire had been contained.")
    article = parse(text, "en")
    assert article.dateline == "CHOIBALSAN"
    assert article.body[0].text.startswith("A grass fire has burned")


def test_a_headline_in_capitals_that_opens_like_a_dateline_is_the_title() -> None:
    """Round 84's check, en 689: "CENTRAL PA. WATER BILLS TO RISE 14.5% …" was read as the
    dateline "CENTRAL PA." of a text with no title."""
    title = "NORTHERN PA. SEWER FEES TO CLIMB 9% IN MARCH UNDER NEW PLAN"
    text = (f"{title}\n\nBy Dana Roth | Staff writer\n\nThe authority's board voted 5-2 on "
            "Tuesday to raise sewer fees by 9%.\n\nThe increase takes effect on March 1.")
    article = parse(text, "en")
    assert article.title == title
    assert article.dateline is None
    assert article.body[0].text.startswith("The authority's board voted")


def test_an_update_over_the_rubric_and_the_headline_goes_after_the_story() -> None:
    """Round 84's check, kk 690: an update with its news, «ЖАҢАРТЫЛДЫ, 10 ақпан, 09:30: …», over
    the rubric and the headline left the text with no title and opened its body."""
    update = ("ЖАҢАРТЫЛДЫ, 3 наурыз, 10:15: Төтенше жағдайлар департаменті курорттың кемінде "
              "15 наурызға дейін жабық болатынын растады.")
    text = (f"{update}\n\nОҚИҒА\nТау-шаңғы курортында қар көшкіні түсті\n\n"
            "Курортта сенбі күні қар көшкіні түсіп, екі адам қар астында қалды.\n\n"
            "Екеуі де ауруханаға жеткізілді.")
    article = parse(text, "kk")
    assert article.title == "Тау-шаңғы курортында қар көшкіні түсті"
    assert article.body[0].text.startswith("Курортта сенбі күні")
    assert article.body[-1].text.startswith("Төтенше жағдайлар департаменті курорттың")
    assert article.update_paragraph == article.body[-1].paragraph


def test_an_update_that_points_to_a_named_section_below_marks_it() -> None:
    """Round 84's check, en 690: "UPDATE, 19:15 CET: … Details in "What happens next" below."
    under the headline did not find the paragraph it pointed to."""
    text = ("Resort shuts all slopes after avalanche\nUPDATE, 19:15 CET: The crisis unit said "
            "the access road will stay closed until at least Thursday. Details in \"What happens "
            "next\" below.\n\nBy Ruth Kell\n\nAn avalanche buried the only road to the resort on "
            "Tuesday.\n\nAbout 400 guests were flown out.\n\nWhat happens next\n\n"
            "The crisis unit said late on Tuesday that the access road will stay closed until "
            "at least Thursday afternoon.")
    article = parse(text, "en")
    assert article.body[0].text.startswith("An avalanche buried")
    assert article.update_paragraph == article.body[-1].paragraph


def test_a_deck_with_its_stops_in_the_headlines_block_over_the_writers_name_is_the_deck() -> None:
    """Round 86's check, ru 720: «Первый этап реставрации … обошелся в 164 млн руб. Молитвенный
    зал верующим вернут не раньше 2019 г.» under the headline (a single newline), over
    «Рустам Нигматуллин», was read as the first sentence."""
    deck = ("Работы обошлись в 86 млн руб. Зал для посетителей откроют не раньше 2020 г.")
    text = (f"Культура\nВ Казани с колокольни сняли леса после реставрации\n{deck}\n\n"
            "Ирина Садыкова\n12 октября 2018, 11:20\n\nВ Казани завершился первый этап "
            "реставрации колокольни.\n\nРаботы начались в 2014 г.")
    article = parse(text, "ru")
    assert article.deck == deck
    assert article.body[0].text.startswith("В Казани завершился")


def test_a_deck_with_its_stops_in_the_headlines_block_over_a_stamp_is_the_deck() -> None:
    """Round 139's check, ru 1349: «Новые значения начнут применять … с 1 января 2022 г.
    Первые платежи по ним придут в 2023 г.» under the headline (a single newline), over
    «Обновлено 19 ноября 2021, 10:15» that closes the block, was read as the first sentences."""
    deck = "Новые тарифы начнут действовать с 1 марта 2022 г. Первые счета придут в апреле."
    text = (f"ТАРИФЫ НА ВОДУ В ТВЕРИ ВЫРАСТУТ НА 12%\n{deck}\nОбновлено 14 января 2022, "
            "09:40\n\nОбластной комитет по тарифам утвердил новые цены на воду для Твери.\n\n"
            "Кубометр холодной воды подорожает на 4,1 руб.")
    article = parse(text, "ru")
    assert article.deck == deck
    assert article.body[0].text.startswith("Областной комитет по тарифам")


def test_a_caption_credited_to_the_writer_by_name_and_a_doctor_are_no_dateline() -> None:
    """Round 86's check, en 712: "Dr. Hendrik Visser at the … Health Centre, where he has been the
    only full-time physician … (Danielle Okafor)" under "By Danielle Okafor" was read as the
    dateline "Dr." and the first sentence."""
    text = ("One doctor for a whole county\n\nBy Maria Lund\nMay 2, 2023\n\nDr. Anna Berg at the "
            "Pine Lake clinic, where she has worked alone since 2021. (Maria Lund)\n\n"
            "At 7:40 on a Tuesday the waiting room is already full.\n\n"
            "The clinic will close at weekends from June 1, the health authority said.")
    article = parse(text, "en")
    assert article.dateline is None
    assert article.body[0].text.startswith("At 7:40 on a Tuesday")


def test_a_byline_with_the_writers_beat_before_correspondent_is_the_byline() -> None:
    """Round 86's check, en 718: "Ciarán Dowd, Consumer Affairs Correspondent" was read as a
    heading, which made the story a digest."""
    byline = "Siobhán Kerr, Consumer Affairs Correspondent"
    text = (f"WATCHDOG OPENS PROBE INTO PHARMACY PRICES\n\n{byline}\n\nThe regulator opened an "
            "investigation on Tuesday.\n\nThe chain denies misleading customers.")
    article = parse(text, "en")
    assert article.byline == byline
    assert not any(s.is_heading for s in article.sentences)


def test_an_update_that_only_says_a_comment_was_added_is_dropped() -> None:
    """Round 86's check, ru 714: «ОБНОВЛЕНО, 18:40: добавлен комментарий правительства Пензенской
    области.» under the headline was read as the first sentence (and judged ru 685's «Обновлено
    …: добавлен комментарий председателя …» closed a long summary)."""
    text = ("Ремонт стадиона затянется до весны\n\nОБНОВЛЕНО, 18:40: добавлен комментарий "
            "правительства области.\n\nПЕНЗА, 5 сентября — «Пензенский вестник». Ремонт стадиона "
            "продлится до весны.\n\nСтоимость работ выросла.")
    article = parse(text, "ru")
    assert article.body[0].text == "Ремонт стадиона продлится до весны."
    assert not any("комментарий" in s.text for s in article.body)


def test_a_deck_over_a_caption_that_ends_on_its_credit_is_furniture() -> None:
    """Round 87's check, en 727: the deck "Police believe the gang used …" over "Police officers
    … on Monday morning. Photo: Pieter Claes" and the byline was read as a heading."""
    text = ("Thieves take two clocks from Leuven museum\nPolice believe the thieves came in "
            "through a cellar door\nDetectives outside the museum on Monday morning. Photo: Jan "
            "Peeters\nBy Lies Maes | 3 May 2015, 10:20\n\nLEUVEN, Belgium, May 3 - Thieves took "
            "two 18th-century clocks from the city museum on Sunday night, police said.\n\nThe "
            "museum stays closed until Friday.")
    article = parse(text, "en")
    assert article.deck == "Police believe the thieves came in through a cellar door"
    assert article.body[0].text.startswith("Thieves took two")


def test_a_name_with_a_region_under_the_headline_is_the_byline() -> None:
    """Round 87's check, kk 724: «Мақсат Жұбанышев, Батыс Қазақстан облысы» was read as a
    heading."""
    text = ("АҚСАЙ МАҢЫНДА ГАЗ ҚҰБЫРЫ ЖАРЫЛДЫ\n11.08.2016, 19:20\n\nМақсат Жұбанышев, Батыс "
            "Қазақстан облысы\n\nҚұбырдан газ бейсенбі күні таңертең ағып шықты. Ауыл тұрғындары "
            "үйлерінен көшірілді.\n\nЖөндеу жұма күні аяқталады.")
    article = parse(text, "kk")
    assert article.byline == "Мақсат Жұбанышев, Батыс Қазақстан облысы"
    assert article.body[0].text.startswith("Құбырдан газ")


def test_a_deck_on_a_number_sign_under_the_headline_leaves_the_headline_a_title() -> None:
    """Round 87's check, kk 728: «№7 округте озық кандидат ауысты, …» under the headline in its
    block left the article with no title."""
    text = ("Екібастұзда қайта санау сайлау нәтижесін өзгертті\n№7 округте озық кандидат ауысты, "
            "бірақ дау бітпейтін сияқты\n24.03.2023 | 16:40\n\nЕКІБАСТҰЗ, 24 наурыз. Ертіс "
            "ақпарат – Комиссия жұма күні бюллетеньдерді қайта санады.\n\nСот шағымды сәрсенбіде "
            "қарайды.")
    article = parse(text, "kk")
    assert article.title == "Екібастұзда қайта санау сайлау нәтижесін өзгертті"
    assert article.body[0].text.startswith("Комиссия жұма күні")


@pytest.mark.parametrize(("text", "dateline", "first"), [
    # (round 87's check, kk 731: «ҚОСТАНАЙ, 22 шілде. Торғай таңы – …» left the paper's name at
    # the head of the lead)
    ("Тобыл өзенінде балық қырылды\n\nҚОСТАНАЙ, 22 шілде. Торғай таңы – Қостанай облысындағы "
     "фабриканың қалдық қоймасынан өзенге улы су ақты. Балық қырылды.\n\nТексеріс жүріп жатыр.",
     "ҚОСТАНАЙ, 22 шілде. Торғай таңы", "Қостанай облысындағы"),
    # (round 188's check, kk 1946: «ШЫМКЕНТ, 9 маусым. Оңтүстік тынысы – …» opened both
    # summaries on the paper's name)
    ("Гүлзардағы құрылыс тоқтатылды\n\nШЫМКЕНТ, 9 маусым. Оңтүстік тынысы – Шымкент "
     "қаласының соты әкімдік қаулысын заңды деп таныды. Тұрғындар наразы.\n\n"
     "Прокуратура наразылық келтірді.",
     "ШЫМКЕНТ, 9 маусым. Оңтүстік тынысы", "Шымкент қаласының"),
])
def test_a_kazakh_paper_after_the_dateline_is_part_of_it(text: str, dateline: str,
                                                          first: str) -> None:
    article = parse(text, "kk")
    assert article.dateline == dateline
    assert article.body[0].text.startswith(first)


@pytest.mark.parametrize(("line", "note"), [
    ("Reporting by Simon Karalis; editing by Jane Whitcombe", True),
    ("Reporting by The Ledger found that the harvest was larger than the board said.", False),
    # (round 203, en 2125: the agency's name first, in brackets, closed a long summary)
    ("(Pacific Wire, additional reporting by Ana Fale)", True),
    ("(Pacific Wire, which broke the story, said the board had met.)", False),
])
def test_an_unbracketed_reporting_and_editing_line_is_a_note(line: str, note: bool) -> None:
    """Round 87's check, en 725: "Reporting by …; editing by …" closed the body as a
    heading."""
    text = ("Wheat crop set for record\n\nSYDNEY, Dec 14 (AgriNews) - Australia's wheat harvest is "
            f"set to reach a record 29 million tonnes, the council said.\n\n{line}")
    article = parse(text, "en")
    assert (line in article.dropped) is note


@pytest.mark.parametrize(("language", "update"), [
    ("ru", "Обновлено 18 сентября, 10:15: пресс-служба компании уточнила, что стоек регистрации "
           "будет 28. Ранее в части материалов на сайте компании фигурировала цифра 24."),
    ("en", "Update, 10:15: The airport said the terminal would have 28 check-in desks. Earlier "
           "versions of its plan gave the figure as 24."),
])
def test_an_update_that_corrects_a_figure_is_a_note(language: str, update: str) -> None:
    """Round 87, ru 732 (short 3 and 3: 'glued to a trivial correction about check-in
    counters'): an update at the end that corrects a figure is no development."""
    text = ("Airport to build a new terminal\n\nASTRAKHAN, Sept 17 - The airport's owner and the "
            "regional government signed a deal on Wednesday to build a new terminal for 14.8 "
            f"billion roubles.\n\nBuilding starts in 2026.\n\n{update}")
    article = parse(text, language)
    assert update in article.dropped
    assert article.update_paragraph is None


def test_a_caption_like_line_under_a_credit_with_no_dateline_after_it_stays() -> None:
    """(Only over the dateline: a block that goes on with the news keeps it.)"""
    text = ("Пожар в архиве\n\nФото: Евгений Пермяков\nПожар в здании архива уничтожил около 38 "
            "тысяч дел, сообщили в МЧС.\n\nПричины выясняют.")
    article = parse(text, "ru")
    assert article.body[0].text.startswith("Пожар в здании архива")


# (and with its reading time after a bar: round 169's check, kk 1714, read as a heading that
# made the story a digest)
@pytest.mark.parametrize("line", ["04.06.2018", "2018-06-04", "04.06.2018 | Оқуға 6 минут",
                                  "04.06.2018 · Читать 5 минут"])
def test_a_date_in_figures_under_the_headline_is_a_stamp(line: str) -> None:
    """Round 88's check, kk 740: «04.06.2018» under the headline was read as a heading."""
    text = (f"Тасжарған көлі тартылып барады\n{line}\n\nЕРЕЙМЕНТАУ, 4 маусым – Көлдің су айдыны "
            "он жылда үштен екіге қысқарды.\n\nТұрғындар сотқа жүгінді.")
    article = parse(text, "kk")
    assert line in article.dropped
    assert not any(s.is_heading for s in article.sentences)


def test_an_update_under_the_headline_is_no_deck() -> None:
    """Round 88's check, kk 745 (and judged kk 722): «ЖАҢАРТУ, 21:10: …» under the headline
    with a single newline was taken for the deck and dropped; it goes after the story."""
    text = ("Оралда архивте өрт шықты\nЖАҢАРТУ, 21:10: Судан бүлінген құжаттар кешке қарай "
            "тоңазытқыш қоймаларға жеткізілді.\n\nОРАЛ, 24 сәуір. Жайық-Ақпарат – Облыстық "
            "архивте сәрсенбі күні өрт шықты. Мыңдаған құжат зақымданды.\n\nТергеу басталды.")
    article = parse(text, "kk")
    assert article.deck is None
    assert article.update_paragraph is not None
    assert [s.text for s in article.body][-1] == ("Судан бүлінген құжаттар кешке қарай "
                                                  "тоңазытқыш қоймаларға жеткізілді.")


@pytest.mark.parametrize(("language", "text", "line", "first"), [
    # round 87's check, kk 730: a reading time before the stamp, read as the lead
    ("kk", "ВАКЦИНА КЕШІКТІ: АУЫЛДАҒЫ БАЛАЛАР ЕГІСТІ КҮТІП ОТЫР\n\nОқу уақыты: 6 минут · 19 ақпан "
           "2024 ж.\n\nМедпункттегі тоңазытқыш екі аптадан бері бос тұр. Вакцина наурызда "
           "келеді.\n\nАта-аналар күтіп отыр.",
     "Оқу уақыты: 6 минут · 19 ақпан 2024 ж.", "Медпункттегі"),
    # round 88's check, ru 745: a caption under its bare credit, over the dateline
    ("ru", "ПОЖАР В АРХИВЕ ОСЫ\n\nОльга Щербакова\nФото: Евгений Пермяков / «Вестник»\nПожарные "
           "выносят коробки с делами из здания архива, 22 сентября 2017 г.\n\nОСА (Пермский "
           "край), 22 сентября — Вестник. Пожар в здании архива уничтожил около 38 тысяч дел."
           "\n\nПричины выясняют.",
     "Пожарные выносят коробки с делами из здания архива, 22 сентября 2017 г.",
     "Пожар в здании архива"),
    # round 89's check, en 754: a caption credited "(Writer/Paper)" under the byline
    ("en", "Teachers vote to strike\n\nBy Dana Whitcombe, Education Reporter\nAug. 22, 2024\n\n"
           "A teacher sorts donated goggles in her classroom on Tuesday. (Dana Whitcombe/The "
           "Valley Ledger)\n\nMembers of the union voted 93% in favor of a strike on Tuesday "
           "night.\n\nTalks resume on Friday.",
     "A teacher sorts donated goggles in her classroom on Tuesday. (Dana Whitcombe/The Valley "
     "Ledger)", "Members of the union voted"),
    # round 89's check, en 755: a bracketed note on what an edit corrected
    ("en", "Miner sells copper stake\n\n(Corrects 2016 output to 98,400 tonnes, not 89,400 "
           "tonnes)\n\nSANTIAGO, Nov 6 (Andes Wire) - Halvorsen Metals said on Monday it would "
           "sell its stake in the Cerro Pardo mine.\n\nThe deal closes in March.",
     "(Corrects 2016 output to 98,400 tonnes, not 89,400 tonnes)", "Halvorsen Metals said"),
])
def test_page_furniture_from_rounds_87_to_89_is_dropped(language: str, text: str, line: str,
                                                        first: str) -> None:
    """Lines of page furniture the new sets' checks found read as the lead or a paragraph."""
    article = parse(text, language)
    assert line in article.dropped
    assert article.body[0].text.startswith(first)


def test_a_town_and_its_state_cut_short_before_a_dash_are_a_dateline() -> None:
    """Round 90, en 762 (short 4 and 4: 'it starts with a stray dash left from the dateline'):
    "Pine Hollow, Ore. — Nearly 3,400 residents …" was split at "Ore." and the dash opened
    the lead; and "Additional reporting by …" closed the long summary."""
    text = ("Thousands flee Oregon town as fire jumps highway\n\nBy Rachel Vandermeer\n\nPine "
            "Hollow, Ore. — Nearly 3,400 residents were ordered out of their homes late Tuesday "
            "as the fire crossed the highway.\n\nCrews worked through the night.\n\nAdditional "
            "reporting by Northwest News Service.")
    article = parse(text, "en")
    assert article.dateline == "Pine Hollow, Ore."
    assert article.body[0].text.startswith("Nearly 3,400 residents")
    assert [s.text for s in article.body][-1] == "Crews worked through the night."


def test_a_long_headline_over_a_deck_alone_in_its_block_is_the_title() -> None:
    """Round 91's check, en 774: a headline of 21 words over a deck in the next block was read
    as the first body sentence, and the "UPDATE 7.15pm: …" under them was dropped as a note."""
    title = ("Two dead and one missing after flash flood tears through hill village, sweeping "
             "away cars, a bridge and a caravan site")
    text = (f"{title}\n\nMore than 90mm of rain fell in two hours on the fells above the village, "
            "turning a beck into a torrent\n\nUPDATE 7.15pm: Police have named the second "
            "victim as a 34-year-old woman from Leeds. The search will resume on Friday.\n\n"
            "Two people died after a flash flood tore through the village on Wednesday.\n\n"
            "Crews worked through the night.")
    article = parse(text, "en")
    assert article.title == title
    assert article.deck is not None and article.deck.startswith("More than 90mm")
    assert article.body[0].text.startswith("Two people died")
    assert article.update_paragraph is not None
    assert [s.text for s in article.body][-1] == "The search will resume on Friday."


def test_an_update_on_the_headlines_first_line_goes_after_the_story() -> None:
    """Round 91's check, kk 780: «ЖАҢАРТУ, 19:15: …» on the line over the headline, in its block,
    was read as the first sentence of a text with no title."""
    title = "Шатқалда көшкін басқан шаңғышыны құтқарушылар тірі тапты"
    text = (f"ЖАҢАРТУ, 19:15: Аурухана хабарлағандай, туристің жағдайы ауыр, бірақ тұрақты.\n"
            f"{title}\nДәулет Қасымов | 5 наурыз 2022, 17:50\n\nАЛМАТЫ, 5 наурыз. Алатау ақпарат "
            "– Шатқалда сенбі күні қар көшкіні үш шаңғышыны басып қалды. Үшіншісін "
            "құтқарушылар тапты.\n\nОл ауруханаға жеткізілді.")
    article = parse(text, "kk")
    assert article.title == title
    assert article.body[0].text.startswith("Шатқалда сенбі күні")
    assert article.update_paragraph is not None
    assert [s.text for s in article.body][-1] == ("Аурухана хабарлағандай, туристің жағдайы "
                                                  "ауыр, бірақ тұрақты.")


@pytest.mark.parametrize(("language", "update"), [
    # judged ru 624: what the edit added, the results of new tests
    ("ru", "Обновлено 22 июня 2021 г., 16:05. Добавлены результаты повторных проб воды и "
           "комментарий прокуратуры."),
    # judged en 728: the stamp's head cut before its weekday, the note after it
    ("en", "UPDATE, 5:48 p.m. Friday: This story has been updated with a judge's ruling on "
           "disputed ballots."),
    # judged ru 729: a figure corrected, which the story already gives
    ("ru", "ОБНОВЛЕНО в 14:05: МЧС уточнило число пострадавших — их девять, а не семь, как "
           "сообщалось ранее."),
])
def test_an_update_over_the_story_that_notes_the_edit_is_dropped(language: str,
                                                                 update: str) -> None:
    """An update under the headline that tells what the edit changed is no news to tell."""
    text = (f"Headline over the story\n\n{update}\n\nThe first paragraph of the story tells the "
            "news in full here.\n\nThe second paragraph adds a detail.")
    article = parse(text, language)
    assert update in article.dropped
    assert article.update_paragraph is None


@pytest.mark.parametrize(("language", "text", "dateline", "line"), [
    # round 91's check, kk 782: a sports desk after the dateline's dash
    ("kk", "Клуб жеке инвесторға өтеді\n\nОРАЛ, 18 қараша – Жайық спорт. Облыс әкімдігі жұма "
           "күні келісімге қол қойды.\n\nМәміле желтоқсанда жабылады.",
     "ОРАЛ, 18 қараша – Жайық спорт.", None),
    # round 105's check, kk 943: a newspaper's "dawn" after the dash
    ("kk", "Көпір жөнделді\n\nСЕМЕЙ, 9 маусым – Абай таңы. Қала әкімдігі сейсенбі күні "
           "көпірді ашты.\n\nЖөндеу 4 млрд теңгеге түсті.",
     "СЕМЕЙ, 9 маусым – Абай таңы.", None),
    # round 91's check, ru 782: the sources the story draws on, last
    ("ru", "Клуб сменил владельца\n\nИВАНОВО. Правительство области в четверг подписало "
           "соглашение.\n\nСделку закроют в августе.\n\nПо материалам агентства «Верхневолжье-"
           "Информ» и пресс-службы правительства Ивановской области",
     "ИВАНОВО.", "По материалам агентства «Верхневолжье-Информ» и пресс-службы правительства "
                 "Ивановской области"),
])
def test_agency_lines_from_round_91_are_no_text(language: str, text: str, dateline: str,
                                               line: str | None) -> None:
    """An agency after the dateline and a sources line at the end are furniture."""
    article = parse(text, language)
    assert article.dateline == dateline
    if line is not None:
        assert line in article.dropped
    assert all(not s.is_heading for s in article.sentences)


@pytest.mark.parametrize(("text", "line", "first"), [
    # round 92's check, en 784: a date after its weekday under the byline, read as a heading
    ("Seven hours on the kitchen floor\n\nBy Helen Garside\nThursday 8 December 2022\n\n"
     "Margaret Hollis had been making a pot of tea when her hip gave way.\n\nHer son rang 999 "
     "three times.", "Thursday 8 December 2022", "Margaret Hollis had been"),
    # round 92's check, en 788: what is at a glance, a box's label over its figures
    ("Telecoms deal collapses\n\nLONDON, March 14 (Meridian Wire) - The watchdog cleared the "
     "deal on Tuesday.\n\nDeal at a glance\nOffer: 152p per share. Combined customers: about 19 "
     "million.\n\nThe celebration lasted less than two days.", "Deal at a glance",
     "The watchdog cleared"),
    # round 115's check, kk 1064: what the box is about, in capitals, as its label
    ("Bridge to close to lorries\n\nLorries will be banned from the bridge from April.\n\n"
     "ABOUT THE BRIDGE\nOpened: 1932\nLength: 148 metres\n\nRepairs will cost £11.6m.",
     "ABOUT THE BRIDGE", "Lorries will be banned"),
    # round 116's check, en 1074: a caption in the present under a byline and its stamp, over
    # the dateline
    ("Hospital opens cancer center\n\nBy Dana Reyes, Staff Writer\nMar 11, 2022 | Updated Mar "
     "12, 2022\n\nA therapist adjusts the treatment couch of one of the two accelerators on "
     "Thursday.\n\nDUBUQUE, Iowa — The hospital will open its cancer center on Monday.\n\n"
     "It cost $64 million.", "A therapist adjusts the treatment couch of one of the two "
     "accelerators on Thursday.", "The hospital will open"),
    # round 114's check, en 1055: what the box is about before the label and a colon
    ("Bridge to close to lorries\n\nLorries will be banned from the bridge from April.\n\n"
     "BRIDGE: KEY FACTS\nOpened: 1932\nLength: 148 metres\n\nRepairs will cost £11.6m.",
     "BRIDGE: KEY FACTS", "Lorries will be banned"),
])
def test_page_furniture_from_round_92_is_dropped(text: str, line: str, first: str) -> None:
    """A weekday's date alone and a box's label are no headings."""
    article = parse(text, "en")
    assert line in article.dropped
    assert article.body[0].text.startswith(first)
    assert all(not s.is_heading for s in article.sentences)


def test_a_dateline_may_spell_its_place_with_marked_latin_capitals() -> None:
    """Round 92's check, en 793: "TIMIȘOARA, Romania, Oct. 8 (Danube Press) — " was no
    dateline (its Ș no capital letter), and the short summary opened on it."""
    text = ("Rector suspended over contracts\n\nTIMIȘOARA, Romania, Oct. 8 (Danube Press) — The "
            "rector of the university was suspended on Tuesday.\n\nThe senate voted 58 to 11.")
    article = parse(text, "en")
    assert article.dateline == "TIMIȘOARA, Romania, Oct. 8 (Danube Press)"
    assert article.body[0].text.startswith("The rector")


@pytest.mark.parametrize("note", [
    "Уточнены данные о числе обращений в страховые компании по информации краевого "
    "министерства сельского хозяйства.",
    # (round 143's check, ru 1404: the size and the count, under the headline, which closed both
    # summaries)
    "Уточнены площадь пожара и число пострадавших.",
    "Уточнено число эвакуированных жителей.",
])
def test_an_update_that_says_figures_were_made_more_precise_is_an_edit_note(note: str) -> None:
    """Round 92, ru 792: «Уточнены данные о числе обращений …» under the update's mark was
    glued on as the short summary's second sentence."""
    text = ("Град повредил тысячи машин\n\nСТАВРОПОЛЬ, 19 июня — Град повредил тысячи "
            "автомобилей и посевы на площади 41 тыс. га.\n\nВ крае введен режим ЧС.\n\n"
            f"ОБНОВЛЕНО 19 июня, 10:20: {note}")
    article = parse(text, "ru")
    assert note not in [s.text for s in article.body]
    top = parse(f"Град повредил тысячи машин\n\nОбновлено в 11:40: {note[:1].lower()}{note[1:]}"
                "\n\nСТАВРОПОЛЬ, 19 июня — Град повредил тысячи автомобилей.\n\nВ крае введен "
                "режим ЧС.", "ru")
    assert all("очнен" not in s.text for s in top.body), [s.text for s in top.body]


@pytest.mark.parametrize("text", ["", "  \n\n ", "Updated: 15.01.2025, 09:20"])
def test_a_text_with_nothing_under_its_notes_parses_to_no_sentences(text: str) -> None:
    """An empty text, or one of a stamp alone, leaves no block to look for an update over the
    headline in (97ba758 read the first block of none: an IndexError the property tests and
    the batch runners found)."""
    article = parse(text, "en")
    assert article.title is None
    assert all(s.text.strip() for s in article.sentences)


@pytest.mark.parametrize(("language", "text", "byline", "first"), [
    # round 93's check, ru 802: a byline with the towns of a trip, read as a dateline
    ("ru", "Вспышка туберкулёза в посёлке\n\nОльга Верещагина, Братск — Северный Ключ\n27 ноября "
           "2019 г.\n\nВ половине девятого утра у клуба уже стоит очередь. Врачи проверяют "
           "каждого.\n\nВспышку подтвердили в ноябре.",
     "Ольга Верещагина, Братск — Северный Ключ", "В половине девятого"),
    # round 93's check, ru 804: two writers with their towns under a deck with a stop inside
    ("ru", "Пыльная буря накрыла Калмыкию\n\nВетер поднял в воздух тысячи тонн почвы. "
           "Видимость падала до 30 м\nАртём Бадмаев (Элиста), Дарья Кузнецова (Астрахань)\n"
           "15 мая 2018 г., 09:10\n\nМощная пыльная буря накрыла Калмыкию 14 мая. Закрыта "
           "трасса.\n\nДвое погибли.",
     "Артём Бадмаев (Элиста), Дарья Кузнецова (Астрахань)", "Мощная пыльная буря"),
])
def test_bylines_from_round_93_are_no_datelines(language: str, text: str, byline: str,
                                               first: str) -> None:
    """A reporter's name over the towns of the trip is the byline, not a dateline."""
    article = parse(text, language)
    assert article.byline == byline and article.dateline is None
    assert article.body[0].text.startswith(first)
    assert all(not s.is_heading for s in article.sentences)


def test_an_update_whose_head_reads_as_a_note_over_the_rubric_is_kept() -> None:
    """Round 93's check, en 804: "UPDATE 7.40pm: The Sturt Highway has reopened …" over the
    rubric and the headline was dropped as a note; it goes after the story. And "— With files
    from …" at the end (en 798) is a credit, no heading."""
    update = "The highway has reopened in both directions between the two towns."
    text = (f"UPDATE 7.40pm: {update}\n\nWEATHER\nDust storm turns day into night over the "
            "town\nBy Rachel Nguyen\n\nA vast dust storm rolled across the region on Friday "
            "afternoon, closing the highway.\n\nOne driver died in a pile-up.\n\n— With files "
            "from Northern Wire Service")
    article = parse(text, "en")
    assert article.title == "Dust storm turns day into night over the town"
    assert article.update_paragraph is not None
    assert [s.text for s in article.body][-1] == update
    assert "— With files from Northern Wire Service" in article.dropped


@pytest.mark.parametrize(("language", "line", "rest"), [
    # round 93's check, en 798 (and judged en 764): the time zone after "p.m." is the stamp's
    ("en", "UPDATE, 9:40 p.m. MT: Mackenzie County says water levels at the hamlet have dropped "
           "about 40 centimetres since 5 p.m.", "Mackenzie County says"),
    # round 94's check, ru 818 (and judged ru 766): a stop after its time in brackets
    ("ru", "ОБНОВЛЕНИЕ (14 марта, 22:10). Члены профсоюза отвергли соглашение на субботнем "
           "голосовании.", "Члены профсоюза отвергли"),
])
def test_an_updates_stamp_keeps_its_time_zone(language: str, line: str, rest: str) -> None:
    text = ("Ice jam floods hamlet\n\nLARCH POINT, Alta. — An ice jam pushed floodwater into the "
            f"hamlet early Monday.\n\nAbout 640 residents left their homes.\n\n{line}")
    article = parse(text, language)
    assert article.update_paragraph is not None
    assert [s.text for s in article.body][-1].startswith(rest)


def test_an_update_that_added_a_decision_is_an_edit_note() -> None:
    """Round 93, ru 806: «ОБНОВЛЕНО: добавлены решение Государственной инспекции труда и
    комментарий компании.» closed the long summary."""
    note = "ОБНОВЛЕНО: добавлены решение Государственной инспекции труда и комментарий компании."
    text = (f"Фабрика сократит треть работников\n\n{note}\n\nВЛАДИМИР, 12 ноября — ИА «Залесье». "
            "Фабрика в понедельник начала вручать уведомления о сокращении.\n\nПрофсоюз "
            "обжалует решение.")
    article = parse(text, "ru")
    assert note in article.dropped
    assert article.update_paragraph is None


def test_an_update_that_added_information_under_its_stamp_is_an_edit_note() -> None:
    """Round 112's check, ru 1028: «Обновлено 26 мая 2016 г., 10:15. Добавлена информация о
    решении правительства края …» over the dateline closed the long summary."""
    note = ("Обновлено 14 марта 2019 г., 18:20. Добавлена информация о решении мэрии отложить "
            "закрытие рынка.")
    text = (f"Центральный рынок закроют на ремонт\n\n{note}\n\nТВЕРЬ, 12 марта — Верхневолжье. "
            "Мэрия в понедельник объявила о закрытии Центрального рынка на ремонт.\n\n"
            "Торговцы недовольны.\n\nВо вторник мэрия решила отложить закрытие рынка на месяц.")
    article = parse(text, "ru")
    assert not any(s.text.startswith("Добавлена") for s in article.sentences)
    assert note in article.dropped


@pytest.mark.parametrize(("language", "text", "line", "first"), [
    # round 94's check, en 810: a caption told in the present over the dateline
    ("en", "Tornado kills four in small town\nBy Carla Redmond, Staff Writer\n\nA volunteer "
           "firefighter searches what remains of a house on Pecan Street on Monday morning.\n\n"
           "BAXTER MILLS, Ark. — A tornado cut across the east side of the town late Sunday "
           "night, killing four people.\n\nThe weather service rated it EF3.",
     "A volunteer firefighter searches what remains of a house on Pecan Street on Monday "
     "morning.", "A tornado cut across"),
    # round 94's check, en 807: tags with no label, last
    ("en", "Ride-hailing apps ordered off the roads\n\nWINDHOEK, Aug 6 (Southern Wire) - The "
           "ministry on Tuesday ordered three ride-hailing apps off the roads.\n\nThe apps will "
           "appeal.\n\nTransport | Namibia | Ride-hailing | Technology",
     "Transport | Namibia | Ride-hailing | Technology", "The ministry on Tuesday"),
    # round 94's check, ru 816: the terms of reprint alone
    ("ru", "Сель отрезал юг от севера\n\nБИШКЕК, 9 мая — «Тянь-Шань Ньюс». Сель сошел на трассу "
           "в понедельник вечером.\n\nДвижение закрыто.\n\nПри использовании материалов ссылка "
           "на «Тянь-Шань Ньюс» обязательна",
     "При использовании материалов ссылка на «Тянь-Шань Ньюс» обязательна", "Сель сошел"),
])
def test_page_furniture_from_round_94_is_dropped(language: str, text: str, line: str,
                                                 first: str) -> None:
    article = parse(text, language)
    assert line in article.dropped
    assert article.body[0].text.startswith(first)
    assert all(not s.is_heading for s in article.sentences)


def test_a_subheading_may_hold_an_abbreviated_unit() -> None:
    """Round 94, ru 814: «Карантин и 1,8 тыс. прививок» was read as a sentence (its «тыс.» a
    stop inside) and glued into the long summary."""
    text = ("Бешенство в Забайкалье\n\nЧИТА, 3 октября — Вестник. В селе умер мужчина, которого "
            "укусила лиса.\n\nКарантин и 1,8 тыс. прививок\n\nВ трех селах ввели карантин.")
    article = parse(text, "ru")
    heading = [s for s in article.sentences if s.text.startswith("Карантин")]
    assert heading and heading[0].is_heading


@pytest.mark.parametrize(("language", "text", "title", "byline"), [
    # round 95's check, ru 820: a deck that ends on a quoted phrase, under the headline under
    # its rubric (the rubric was taken for the headline)
    ("ru", "ЗДОРОВЬЕ · РЕПОРТАЖ\nВ Вологодской области охват детей прививками упал до минимума "
           "за десять лет\nРодители все чаще пишут отказы, а педиатры говорят о «тихой эпидемии "
           "недоверия»\n\nАнна Корнилова, Вологда\n27 августа 2024 г.\n\nВ поликлинике с утра "
           "очередь. Прививки делают не всем.\n\nЧто дальше, пока неясно.",
     "В Вологодской области охват детей прививками упал до минимума за десять лет",
     "Анна Корнилова, Вологда"),
    # round 95's check, kk 823: a columnist's post after the name
    ("kk", "Министр қызметінен кетті\n\nМадина Оспанова, саяси шолушы\n\nАСТАНА, 14 сәуір. "
           "«Ордабасы ақпарат» – Министр дүйсенбі күні отставкаға кетті. Бұл туралы Ақорда "
           "хабарлады.\n\nАудит жалғасады.\n\nДереккөз: «Қаржы хабар» ақпарат агенттігі",
     "Министр қызметінен кетті", "Мадина Оспанова, саяси шолушы"),
])
def test_round_95s_titles_and_bylines(language: str, text: str, title: str, byline: str) -> None:
    article = parse(text, language)
    assert article.title == title and article.byline == byline
    assert all(not s.is_heading for s in article.sentences)


def test_a_kazakh_update_that_says_what_the_text_gained_is_an_edit_note() -> None:
    """Round 95, kk 822: «Мәтінге облыстық комиссияның шешімі мен өтемақы мөлшері туралы
    мәлімет қосылды.» under its stamp was glued onto the short summary."""
    note = "Мәтінге облыстық комиссияның шешімі мен өтемақы мөлшері туралы мәлімет қосылды."
    text = ("Бұршақтан кейін тасқын үйлерді басты\n\nТАЛҒАР, 12 шілде. «Жетісу жаршысы» – "
            "Бұршақ пен нөсер 312 үйді су астында қалдырды. Бір адам қаза тапты.\n\nКомиссия "
            f"жұмыс істеп жатыр.\n\nЖАҢАРТЫЛДЫ, 13 шілде, 09:20: {note}")
    article = parse(text, "kk")
    assert note not in [s.text for s in article.body]


def test_a_note_pointing_below_marks_the_paragraph_that_tells_the_turn() -> None:
    """Round 96's check, ru 836: «ОБНОВЛЕНО 20:15 — Покупатель отказался от сделки после ареста
    акций завода. Подробности ниже» over the story was no pointer, and among the paragraphs
    that share as many of its words, the last («…арест акций … будет сохраняться») was taken
    over the one that tells the buyer walking away."""
    text = ("ОБНОВЛЕНО 20:15 — Покупатель отказался от сделки после ареста акций завода. "
            "Подробности ниже\n\nГруппа договорилась о продаже завода\n\nЕКАТЕРИНБУРГ, 13 марта "
            "— Уральское деловое агентство. Группа в четверг подписала соглашение о продаже "
            "акций завода компании «Исеть».\n\nЗавод выпускает сталь.\n\nВечером суд наложил "
            "арест на акции завода. Спустя два часа «Исеть» сообщила, что расторгает "
            "соглашение.\n\n"
            "Заседание по иску назначено на 14 апреля. До этого времени арест акций будет "
            "сохраняться.")
    article = parse(text, "ru")
    assert article.body[0].text.startswith("Группа в четверг")
    turn = next(s for s in article.body if s.text.startswith("Вечером суд"))
    assert article.update_paragraph == turn.paragraph


def test_an_updates_stamp_may_name_its_time_zone_in_words() -> None:
    """Round 96's check, ru 840: «ОБНОВЛЕНИЕ, 18 мая, 07:40 (по якутскому времени). По данным
    гидрологов …» opened both summaries with its mark."""
    text = ("Затор поднял воду на Лене\n\nОБНОВЛЕНИЕ, 18 мая, 07:40 (по якутскому времени). По "
            "данным гидрологов, за ночь уровень Лены снизился на 38 см.\n\nОЛЁКМИНСК, 17 мая — "
            "«Якутия». Ледяной затор поднял уровень Лены у города до 1 236 см.\n\nЭвакуированы "
            "1 940 человек.")
    article = parse(text, "ru")
    assert article.body[0].text.startswith("Ледяной затор")
    assert article.body[-1].text.startswith("По данным гидрологов")
    assert article.update_paragraph == article.body[-1].paragraph


@pytest.mark.parametrize(("language", "text", "line"), [
    # round 96's check, en 834: the paper's name under the byline
    ("en", "Wildfire forces evacuation of lake resort\n\nBy Dana Kowalchuk\nThe Prairie Ledger\n"
           "Posted July 22, 2008, 6:15 p.m. CST\n\nWASKESIU LAKE, Sask. - Hundreds of cabin "
           "owners left the resort on Tuesday.\n\nThe fire doubled in size.", "The Prairie Ledger"),
    # round 96's check, ru 833: a rubric split by a slash under the headline's stamp
    ("ru", "Нацбанк снизил учетную ставку до 4,25%\n\n25.11.2019 | 15:12\nЭкономика / Финансы\n\n"
           "БИШКЕК, 25 ноября (Ала-Тоо Пресс) — Национальный банк в понедельник снизил учетную "
           "ставку.\n\nРешение вступает в силу 26 ноября.", "Экономика / Финансы"),
])
def test_a_papers_name_under_the_byline_and_a_slashed_rubric_are_dropped(
        language: str, text: str, line: str) -> None:
    article = parse(text, language)
    assert line in article.dropped
    assert not any(s.is_heading for s in article.sentences[:1])
    assert article.body[0].text.startswith(("Hundreds", "Национальный"))


def test_an_agencys_initials_after_the_datelines_dash_belong_to_it() -> None:
    """Round 96's check: «ЕКАТЕРИНБУРГ, 13 марта — УДА. Группа …» read «УДА.» as the lead."""
    article = parse("Группа продала завод\n\nЕКАТЕРИНБУРГ, 13 марта — УДА. Группа в четверг "
                    "продала завод.\n\nМЧС сообщило о пожаре.", "ru")
    assert article.dateline == "ЕКАТЕРИНБУРГ, 13 марта — УДА."
    assert article.body[0].text == "Группа в четверг продала завод."


def test_reprint_terms_after_the_agencys_name_are_dropped() -> None:
    """Round 96's check, ru 836: «Уральское деловое агентство (УДА). При использовании материала
    ссылка обязательна» was read as the last paragraph."""
    line = "Уральское деловое агентство (УДА). При использовании материала ссылка обязательна"
    article = parse("Завод продан\n\nЕКАТЕРИНБУРГ, 13 марта — Уральское деловое агентство. Завод "
                    f"продан.\n\nСделку закроют в июне.\n\n{line}", "ru")
    assert line in article.dropped
    assert article.body[-1].text == "Сделку закроют в июне."


@pytest.mark.parametrize(("language", "stamp"), [
    ("ru", "27 марта 2024 г., 11:05. Обновлено в 15:40"),
    ("en", "March 27, 2024, 11:05. Updated 15:40"),
])
def test_a_stamp_and_its_update_after_a_stop_are_furniture(language: str, stamp: str) -> None:
    """Round 117's check, ru 1085: «27 марта 2024 г., 11:05.» under the headline opened both
    summaries, glued to the lead (the stop before «Обновлено» ended the stamp's match)."""
    text = (f"ЖКХ\nВ ВОЛОГДЕ ПЕРЕСМОТРЯТ ТАРИФЫ НА ВОДУ\n{stamp}\n\nКомитет начал пересмотр "
            "тарифов на воду. Компания просит поднять их на 21,3%.\n\nСлушания назначены на "
            "16 апреля.")
    article = parse(text, language)
    assert article.title == "В ВОЛОГДЕ ПЕРЕСМОТРЯТ ТАРИФЫ НА ВОДУ"
    assert article.body[0].text == "Комитет начал пересмотр тарифов на воду."
    assert parse(text.replace("ЖКХ\n", ""), language).title == article.title


@pytest.mark.parametrize("line", [
    # round 117's check, ru 1091: the terms of reprint with no word for what is used
    "Материал подготовлен агентством АгроИнфо. При использовании ссылка обязательна.",
    # round 117's check, ru 1087: who wrote and edited it, in brackets
    "(Марина Ковалёва; редактор Игорь Лапин)",
])
def test_a_russian_agency_or_credit_line_at_the_end_is_dropped(line: str) -> None:
    """Both were glued to the end of the long summary."""
    article = parse("Завод продан\n\nЕКАТЕРИНБУРГ, 13 марта — Уральское деловое агентство. Завод "
                    f"продан.\n\nСделку закроют в июне.\n\n{line}", "ru")
    assert line in article.dropped
    assert article.body[-1].text == "Сделку закроют в июне."


def test_a_bracketed_aside_after_a_semicolon_at_the_end_is_no_credit() -> None:
    text = ("Завод продан\n\nЕКАТЕРИНБУРГ, 13 марта — Уральское деловое агентство. Завод "
            "продан.\n\n(Сделку закроют в июне; покупатель пока не назван.)")
    assert parse(text, "ru").body[-1].text.startswith("(Сделку закроют")


def test_comments_added_under_an_updates_stamp_are_an_edit_note() -> None:
    """Round 96, kk 833: «ЖАҢАРТЫЛДЫ, 15:40: … брифингте айтқан пікірлері мен сарапшылардың
    бағасы қосылды.» under the headline was glued onto both summaries as an update. (It may
    still be read as the deck, whose figures a long summary covers: taking such notes out of
    the deck lost 3 of 4 long summaries blind pairwise in session 29.)"""
    note = ("ЖАҢАРТЫЛДЫ, 15:40: Ұлттық Банк төрағасының орынбасарының брифингте айтқан пікірлері "
            "мен сарапшылардың бағасы қосылды.")
    text = (f"Ұлттық Банк мөлшерлемені төмендетті\n{note}\n\nАСТАНА, 2 наурыз. Бизнес Жаршысы. "
            "Ұлттық Банк базалық мөлшерлемені 16 пайызға дейін төмендетті.\n\nКелесі шешім "
            "сәуірде жарияланады.")
    article = parse(text, "kk")
    assert note in article.dropped
    assert article.update_paragraph is None
    assert [s.text for s in article.body][-1] == "Келесі шешім сәуірде жарияланады."


def test_details_added_under_an_updates_stamp_are_an_edit_note() -> None:
    """Round 148's check, kk 1460: «ЖАҢАРТЫЛДЫ: 22.05.2015, 19:20 – облыс әкімдігінің сол жағалау
    тұрғындарымен кездесуінен кейінгі мәліметтер қосылды.» over the dateline was glued onto the
    short summary as its second sentence."""
    note = ("ЖАҢАРТЫЛДЫ: 22.05.2015, 19:20 – облыс әкімдігінің сол жағалау тұрғындарымен "
            "кездесуінен кейінгі мәліметтер қосылды.")
    text = (f"Орал көпірі жөндеуге жабылады\n\n{note}\n\nОРАЛ, 22 мамыр. «Жайық Пресс» – "
            "«Ақжайық» көпірі 1 маусымнан бастап жөндеуге жабылады.\n\nЖөндеу бір жылға "
            "созылады.")
    article = parse(text, "kk")
    assert not any("мәліметтер қосылды" in s.text for s in article.sentences), article.sentences


def test_a_deck_with_an_abbreviation_inside_is_still_the_deck() -> None:
    """Round 97's check, ru 854: «Сделку, которая должна принести аэропорту 1,5 млрд руб.
    инвестиций, уже оспаривают в антимонопольной службе» under the headline was read as the
    first sentence, its «руб.» taken for a stop inside."""
    deck = ("Сделку, которая должна принести аэропорту 1,5 млрд руб. инвестиций, уже оспаривают "
            "в антимонопольной службе")
    text = (f"Экономика | 14 сентября 2012, 17:52\n\nОбласть продала аэропорт инвестору\n\n{deck}"
            "\n\nКУРГАН, 14 сентября — ИА «Зауралье-24». Правительство области во вторник продало "
            "акции аэропорта.\n\nК торгам были допущены три участника.")
    article = parse(text, "ru")
    assert article.deck == deck
    assert article.body[0].text.startswith("Правительство области")


def test_a_note_pointing_to_a_section_by_its_name_in_russian_marks_it() -> None:
    """Round 97, ru 846: «ОБНОВЛЕНО 9 июля, 19:15. МЧС начало вывозить вертолетом детей и
    больных из Акташа (подробнее — в разделе «Как выбираются люди»).» was glued onto both
    summaries with its pointer."""
    text = ("Оползень перекрыл тракт\n\nОБНОВЛЕНО 9 июля, 19:15. МЧС начало вывозить вертолетом "
            "детей и больных из Акташа (подробнее — в разделе «Как выбираются люди»).\n\n"
            "ГОРНО-АЛТАЙСК, 9 июля — «Сибирский курьер». Оползень в ночь на понедельник перекрыл "
            "трассу.\n\nДвижение закрыто.\n\nКак выбираются люди\n\nВечером МЧС начало вывозить "
            "из Акташа вертолетом детей и больных.")
    article = parse(text, "ru")
    assert article.body[0].text.startswith("Оползень в ночь")
    assert not any("подробнее" in s.text for s in article.sentences)
    assert article.update_paragraph == article.body[-1].paragraph


def test_a_headline_of_21_words_over_a_caption_alone_in_its_block_is_the_title() -> None:
    """Round 98's check, en 865: a 21-word headline under an edit note, over its photo's
    caption with no credit and the byline, was read as body: the text had no title."""
    title = ("Springfield voters recall Mayor Gregory Hale over parking garage and water rate hike "
             "in city's first recall vote in four decades")
    text = ("UPDATE, Nov. 9, 11:20 a.m.: This story has been updated with comments from Hale.\n\n"
            f"{title}\n\nMayor Gregory Hale speaks to supporters after the first results were "
            "posted Tuesday night.\n\nBy Anne-Marie Coulter, Cascade News Service\n\n"
            "SPRINGFIELD, Ore., Nov. 9 - Voters in Springfield removed Mayor Gregory Hale from "
            "office on Tuesday.\n\nThe recall passed with 7,312 votes in favor.")
    article = parse(text, "en")
    assert article.title == title
    assert article.body[0].text.startswith("Voters in Springfield")


@pytest.mark.parametrize(("language", "text", "first", "dropped"), [
    # round 98, ru 859: an agency called a "line" after the dateline's dash
    ("ru", "Судья арестован\n\nСАМАРА, 14 февраля — Волжская линия. Судья районного суда в "
           "четверг был заключен под стражу.\n\nЗащита обжалует арест.", "Судья районного суда",
     None),
    # round 98, kk 857: «…, мәтін толықтырылды.» says the text was added to: an edit note
    ("kk", "Қазақстан еурооблигация орналастырды\nЖАҢАРТЫЛДЫ, 14.06.2023, 18:40 – Қаржы "
           "министрлігі орналастырудың түпкілікті шарттарын жариялады, мәтін толықтырылды.\n\n"
           "АСТАНА, 14 маусым. «Қаржы Жаршысы». Үкімет еурооблигация орналастырды.\n\n"
           "Өтінімдер үш есе асты.", "Үкімет еурооблигация",
     "ЖАҢАРТЫЛДЫ, 14.06.2023, 18:40 – Қаржы министрлігі орналастырудың түпкілікті шарттарын "
     "жариялады, мәтін толықтырылды."),
    # round 131's check, kk 1259: «…, материал депутаттардың пікірімен толықтырылды.», with
    # what it was added, glued onto both summaries
    ("kk", "Шымкентте жол ақысы өзгереді\n\nЖаңартылды, 6 ақпан 2024 ж., 18:40. Қалалық "
           "мәслихат жаңа тарифтерді бекітті, материал депутаттардың пікірімен толықтырылды.\n\n"
           "ШЫМКЕНТ, 6 ақпан – «Оңтүстік Медиа». Шымкентте жол ақысы 120 теңгеге көтеріледі.\n\n"
           "Тариф соңғы рет 2019 жылы өзгерген.", "Шымкентте жол ақысы",
     "Жаңартылды, 6 ақпан 2024 ж., 18:40. Қалалық мәслихат жаңа тарифтерді бекітті, "
     "материал депутаттардың пікірімен толықтырылды."),
])
def test_page_furniture_from_round_98_is_dropped(language: str, text: str, first: str,
                                                 dropped: str | None) -> None:
    article = parse(text, language)
    assert article.body[0].text.startswith(first)
    if dropped is not None:
        assert dropped in article.dropped
        assert all(dropped not in s.text for s in article.sentences)


@pytest.mark.parametrize("count", ["UPDATE 2-", "UPDATE 3 - "])
def test_a_wires_headline_under_its_update_count_is_the_title(count: str) -> None:
    """Round 100's check, en 890: "UPDATE 2-Central bank halts review …" was dropped as an
    update's note, and the stamp "First published 11:52am" under it, its time glued to "am",
    was read as the title."""
    text = (f"{count}Central bank halts review of bank merger\n\n"
            "Updated 12 August 2021, 5:47pm NZST\nFirst published 11:52am\n\n"
            "WELLINGTON, Aug 12 (Southern Cross Wire) - New Zealand's central bank has paused "
            "its review of a bank takeover.\n\nThe banks said they would answer within weeks.")
    article = parse(text, "en")
    assert article.title == "Central bank halts review of bank merger"
    assert article.body[0].text.startswith("New Zealand's central bank")
    assert "First published 11:52am" in article.dropped


def test_an_update_count_that_says_what_it_adds_is_still_a_note() -> None:
    text = ("Court halts estate transfer\n\nUPDATE 1 - Adds court order halting transfer\n\n"
            "COLOMBO, May 4 (Island Wire) - A court on Thursday halted the transfer of a tea "
            "estate.\n\nThe buyer said it would appeal.")
    article = parse(text, "en")
    assert article.title == "Court halts estate transfer"
    assert all("Adds court order" not in s.text for s in article.sentences)


def test_a_wires_update_note_after_its_headline_marks_the_paragraphs_it_numbers() -> None:
    """Round 193's check, en 2000: "UPDATE 2-Dashdrop lodges appeal hours after losing rider
    status case (Adds appeal, union reaction in paragraphs 9-13)" kept the note in the title,
    and the short summary told the back pay the union estimated, not the appeal."""
    paragraphs = ["LEEDS, March 3 (Pennine Wire) - A tribunal ruled on Monday that 40 drivers "
                  "for the Vanlo app are workers, not contractors.", "The ruling is a setback.",
                  "The judge said the company set every fee.", "Drivers earned 6 pounds an hour.",
                  "Late on Monday, Vanlo said it had lodged an appeal against the ruling.",
                  "The union called the appeal a delaying tactic."]
    text = ("UPDATE 2-Vanlo appeals hours after losing driver status case (Adds appeal, union "
            "reaction in paragraphs 5-6)\n\n" + "\n\n".join(paragraphs))
    article = parse(text, "en")
    assert article.title == "Vanlo appeals hours after losing driver status case", article
    assert article.update_paragraph is not None, article
    update = [s.text for s in article.sentences if s.paragraph == article.update_paragraph]
    assert update == [paragraphs[4]], update


def test_a_kazakh_byline_with_the_outlet_before_the_trade_is_a_byline() -> None:
    """Round 100's check, kk 883: "Дархан Омарбеков, «Ертіс Таймс» тілшісі" under a 21-word
    headline was read as a heading, and the headline as the first body sentence."""
    text = ("Павлодар облысындағы Бозшакөл мыс кен орнына берілген лицензияны кері қайтарып алу "
            "туралы министрлік шешімін экономикалық сот заңды деп таныды, компания "
            "шағымданбақ\n\n"
            "Дархан Омарбеков, «Ертіс Таймс» тілшісі\nФото: тоқтап тұрған техника. Архивтен "
            "алынды\n\n"
            "ӨСКЕМЕН, 6 маусым – «Ертіс Таймс». Экономикалық сот сәрсенбі күні компанияның "
            "талабын қанағаттандырудан бас тартты.\n\nКомпания шағым беретінін мәлімдеді.")
    article = parse(text, "kk")
    assert article.byline == "Дархан Омарбеков, «Ертіс Таймс» тілшісі"
    assert article.title is not None and article.title.startswith("Павлодар облысындағы")
    assert article.body[0].text.startswith("Экономикалық сот сәрсенбі")


def test_a_kicker_with_its_year_after_a_dash_is_no_headline_and_a_caption_no_deck() -> None:
    """Round 100's check, kk 889: «СУ ТАСҚЫНЫ – 2016» over the headline was taken for it, the
    headline for the deck; and the photo's caption under the headline was a deck, whose year a
    long summary went looking for."""
    text = ("СУ ТАСҚЫНЫ – 2016\nЕділ жағалауындағы бөгеттерді нығайтуға 4 млрд теңге бөлінді\n"
            "Суретте: Атырау маңындағы жағалау, 2015 ж. сәуір. Фото: Ернар Сапаров\n"
            "Әлия Төлеуова\n\n"
            "АТЫРАУ, 3 ақпан. «Каспий Ақпарат» – Облыс әкімдігі бөгеттерді нығайту жөніндегі "
            "келісімшартқа қол қойды.\n\nЖұмыс сәуірде басталады.")
    article = parse(text, "kk")
    assert article.title == "Еділ жағалауындағы бөгеттерді нығайтуға 4 млрд теңге бөлінді"
    assert "СУ ТАСҚЫНЫ – 2016" in article.dropped
    assert article.deck is None
    assert article.body[0].text.startswith("Облыс әкімдігі")


def test_a_caption_that_ends_on_its_photo_credit_is_no_deck() -> None:
    """Round 100's check, ru 889 and en 889: «Берег … у ул. Луговой, где пройдёт первый участок
    дамбы. Фото: Андрей Лаптев» under the headline was taken for the deck."""
    text = ("В Ишиме подписали контракт на строительство дамбы\n"
            "Берег реки у ул. Луговой, где пройдёт первый участок дамбы. Фото: Андрей Лаптев\n"
            "Андрей Лаптев\n\n"
            "ИШИМ, 21 марта — ИА «Приишимье». Администрация города в пятницу подписала "
            "контракт на строительство дамбы.\n\nРаботы начнутся в мае.")
    article = parse(text, "ru")
    assert article.deck is None
    assert article.title == "В Ишиме подписали контракт на строительство дамбы"
    # (and "Photograph: …", round 101's check, en 895)
    english = parse("Farmer jailed for illegal tip\nExcavators uncover waste at the farm during "
                    "the 2013 investigation. Photograph: Environment Agency\nBy Martin Hale\n\n"
                    "SHREWSBURY, 11 December 2014 – A farmer was jailed on Thursday.\n\n"
                    "He will appeal.", "en")
    assert english.deck is None
    assert english.body[0].text.startswith("A farmer was jailed")


@pytest.mark.parametrize(("line", "caption"), [
    # round 99, en 876: "bottled" describes the water; the caption dates its photo
    ("A firefighter hands out bottled water to residents outside a cooling center on "
     "Wednesday afternoon.", True),
    # a past verb is a lead's, not a caption's
    ("The city opened cooling centers to residents on Wednesday afternoon.", False),
    # a scene with no day is no caption here
    ("A firefighter hands out bottled water to residents outside a cooling center.", False),
])
def test_a_present_caption_under_the_byline_over_a_lead_with_no_dateline(line: str,
                                                                         caption: bool) -> None:
    text = ("Rolling blackouts hit Tulsa\n\nBy Marcus Delaney, Staff Writer\n\n"
            f"{line}\n\nRolling power cuts left more than 84,000 homes without electricity "
            "on Wednesday.\n\nThe utility apologised.")
    article = parse(text, "en")
    assert (line in article.dropped) is caption
    assert article.body[0].text.startswith("Rolling power cuts") is caption


@pytest.mark.parametrize(("language", "text", "title", "first"), [
    # round 101's check, en 892: two sections joined by "&" over the headline
    ("en", "Rural & Regional\n\nFour generations and 600 hives\nThe families say the limit is "
           "the forest\nBy Claire Donnelly\n\nHoney exports reached a record on Tuesday.\n\n"
           "Prices rose.", "Four generations and 600 hives", "Honey exports"),
    # round 101's check, kk 896: a byline after its rubric, with its date and time
    ("kk", "Оралда концерт залы салынады\n\nОблыс әкімдігі 1 200 орындық зал үшін инвестормен "
           "меморандумға қол қойды\n\nМәдениет | Ғалия Нұрмағамбетова | 2017 ж. 27 "
           "қазан, 18:05\n\nОРАЛ – Облыс әкімдігі 24 қазанда концерт залының жобасын "
           "таныстырды.\n\nЖобаның құны 11,4 млрд теңге.", "Оралда концерт залы салынады",
     "Облыс әкімдігі"),
])
def test_page_furniture_from_round_101_is_dropped(language: str, text: str, title: str,
                                                  first: str) -> None:
    article = parse(text, language)
    assert article.title == title
    assert article.body[0].text.startswith(first)
    assert not any(sentence.is_heading for sentence in article.sentences)


def test_a_four_word_pull_quote_that_opens_a_quotation_near_it_is_dropped() -> None:
    """Round 103, ru 919: «Паводок не прогрызает сталь.» alone in its paragraph, under the
    paragraph whose quotation opens on it, closed the long summary with no speaker."""
    text = ("Суд обязал химзавод заплатить 287 млн руб.\n\n"
            "НИЖНИЙ НОВГОРОД, 17 июля. Арбитражный суд в четверг обязал завод выплатить "
            "287 млн руб.\n\n"
            "«Паводок не прогрызает сталь. Эксперты установили, что ёмкость отслужила своё», — "
            "сказал представитель истца Андрей Кабанов.\n\n"
            "Паводок не прогрызает сталь.\n\n"
            "Завод намерен обжаловать решение.")
    article = parse(text, "ru")
    assert "Паводок не прогрызает сталь." in article.dropped
    assert not any(s.text == "Паводок не прогрызает сталь." for s in article.sentences)


def test_a_stamp_with_its_weekday_cut_short_lets_a_long_headline_under_its_rubric_be_one() -> None:
    """Round 106's check, en 960: "Thu 14 Oct 2021 19.12 BST" and "Last modified on …" under a
    20-word headline under its rubric were no stamps, so the headline was read as a heading and
    the story as a digest whose short summary left the lead out."""
    text = ("RUGBY | CHAMPIONSHIP\n\n"
            "Harbour Town agree £9m sale to Canadian investors, ending the Mills family's 41 "
            "years in charge of the club\n\n"
            "Tue 9 Mar 2021 08.05 GMT\nLast modified on Tue 9 Mar 2021 10.30 GMT\n\n"
            "Ann Cole\n\n"
            "Harbour Town have agreed to be sold to a Toronto investment group in a deal worth "
            "£9m.\n\nThe sale still needs the league's approval.")
    article = parse(text, "en")
    assert article.title is not None and article.title.startswith("Harbour Town agree"), article
    assert article.body[0].text.startswith("Harbour Town have agreed"), article
    assert not any(s.is_heading for s in article.sentences), article


def test_a_stamp_with_no_zone_under_the_byline_is_no_heading() -> None:
    """Round 148's check, en 1455: "Mon 4 Mar 2019, 22.10" under the byline was read as a
    heading, which made the story a digest."""
    text = ("Cork councillors vote to extend paid parking into evenings and Sundays\n"
            "By Aoife Brennan, Local Government Correspondent\n"
            "Mon 4 Mar 2019, 22.10\n\n"
            "CORK, March 4 (Munster Wire) - Cork City Council voted on Monday night to extend "
            "parking charges into the evening.\n\nThe motion passed by 17 votes to 12.")
    article = parse(text, "en")
    assert article.body[0].text.startswith("Cork City Council voted"), article
    assert not any(s.is_heading for s in article.sentences), article


_FERRY_PIER = ("Council approves new ferry pier at Rosslare despite fishermen's objections\n\n"
               "Mon 3 Oct 2022, 9.05am (updated 11.40am)\n\n"
               "Wexford County Council has approved a new ferry pier at Rosslare, overruling "
               "objections from local fishermen.\n\nThe vote, taken on Monday morning, was 21 "
               "to 9.")


@pytest.mark.parametrize(("text", "first", "stamp"), [
    # (round 192, en 1988: "Thu 15 Sep 2022, 1.20pm (updated 4.50pm)" over the lead was read as
    # the story's first sentence, so the news was sought after it and the short summary opened
    # on "The decision, published on Thursday, …", the sentence under the lead)
    (_FERRY_PIER, "Wexford County Council has approved",
     "Mon 3 Oct 2022, 9.05am (updated 11.40am)"),
    (_FERRY_PIER.replace(" (updated 11.40am)", ""), "Wexford County Council has approved",
     "Mon 3 Oct 2022, 9.05am"),
    # (round 194's check, en 2018: "5:12pm, Tuesday 11 August 2015" under the headline was read
    # as a heading, and the note "UPDATE, 7.40pm: Adds developer's notice of appeal, council
    # comment." under it as the story's first sentence)
    ("High Court overturns consent for hillside quarry\n5:12pm, Tuesday 11 August 2015\n"
     "UPDATE, 7.40pm: Adds quarry company's notice of appeal.\n\nWELLINGTON, Aug 11 (Harbour "
     "Press) - The High Court on Tuesday overturned consent for a quarry above Petone.\n\nThe "
     "ruling sends the case back.\n\nWithin hours, the company said it had filed a notice of "
     "appeal.", "The High Court on Tuesday", "5:12pm, Tuesday 11 August 2015"),
])
def test_a_stamp_on_a_twelve_hour_clock_is_dropped_not_read_as_the_opening(
        text: str, first: str, stamp: str) -> None:
    article = parse(text, "en")
    assert article.body[0].text.startswith(first), article
    assert stamp in article.dropped, article
    assert not any(s.is_heading for s in article.sentences), article


@pytest.mark.parametrize(("language", "text", "box"), [
    # (round 194, judged ru 2009, long 3 below lead: «ЦИФРЫ СЕЗОНА» and five lines «1,12 млн —
    # туристов за июнь–август» … were read as one sentence, which the long summary told)
    ("ru", "Турпоток на побережье вырос на 9%\n\nКурорты области приняли за лето 640 тыс. "
     "туристов, сообщила в среду ассоциация. Загрузка гостиниц составила 81%.\n\nЦИФРЫ "
     "ЛЕТА\n640 тыс. — туристов за июнь–август\n81% — средняя загрузка гостиниц\n5 200 руб. — "
     "средняя цена ночи\n\nБольше всего гостей приехало из Москвы.", "640 тыс. — туристов"),
    ("en", "Island ferry carries record 1.2 million\n\nThe island ferry carried 1.2 million "
     "passengers last year, the operator said on Monday. Fares rose 4%.\n\nKEY FIGURES\n\n"
     "1.2 million — passengers in 2023\n4% — rise in fares\n312 — sailings cancelled\n\nThe "
     "operator plans a second ship.", "312 — sailings cancelled"),
])
def test_a_box_of_figures_a_line_each_is_dropped_with_its_heading(language: str, text: str,
                                                                   box: str) -> None:
    article = parse(text, language)
    assert any(line.startswith(box) for line in article.dropped), article
    assert not any(box in s.text or s.text in ("ЦИФРЫ ЛЕТА", "KEY FIGURES")
                   for s in article.sentences), article
    assert article.sentences[-1].text.startswith(("Больше всего", "The operator plans")), article


def test_a_caption_credited_to_a_photographer_and_the_paper_is_furniture() -> None:
    """Round 119's check, en 1116: "Work crews on the deck of the new Harlan Ferry Bridge in
    February. The $412 million span had been due to open April 15. (Owen Michaels / Tri-State
    Courier)" under the byline of another reporter opened the short summary."""
    caption = ("Work crews on the new Millbrook bridge in February. The span had been due to "
               "open in April. (Owen Hale / Valley Courier)")
    text = ("Millbrook bridge opening pushed back after cracks found\nPosted March 14, 2017 | By "
            f"Leah Brandt, Valley Courier\n\n{caption}\n\nThe new Millbrook bridge will not open "
            "before October, officials said Tuesday.\n\nThe cracks were found in welds.")
    article = parse(text, "en")
    assert article.body[0].text.startswith("The new Millbrook bridge will not open")
    assert "(Owen Hale / Valley Courier)" not in " ".join(s.text for s in article.body)


def test_a_label_over_a_quoted_question_is_a_subheading() -> None:
    """Round 120's check, en 1122: "Reaction: "What are they going to do about it?"" between
    paragraphs was read as a sentence and closed the long summary."""
    text = ("New flood maps published\n\nHULL - The council published new flood maps on "
            "Tuesday.\n\nAbout 35,000 homes are at risk.\n\nReaction: \"What are they going to "
            "do about it?\"\n\nResidents were alarmed at a meeting on Monday.")
    article = parse(text, "en")
    assert all("Reaction" not in s.text for s in article.body)
    assert parse(text.replace('Reaction: "What are they going to do about it?"',
                              'Asked why, she said: "What are they going to do about it?"'),
                 "en").body[2].text.startswith("Asked why")


def test_a_caption_whose_credit_names_a_body_in_quotes_is_furniture() -> None:
    """Round 120's check, kk 1129: «… мейірбикелері кәсіподақтың электрондық дауыс беруіне
    қатысуда. Фото: «Сенім» кәсіподағының баспасөз қызметі» over the byline opened the short
    summary: the credit's name in «» was no credit."""
    text = ("Мейірбикелер ұсынысты қабылдамады\n\nАурухана мейірбикелері дауыс беруге "
            "қатысуда. Фото: «Сенім» кәсіподағының баспасөз қызметі\nДәурен Сапаров\n\n"
            "АСТАНА, 15 мамыр (Dala News) – Кәсіподақ мүшелері министрліктің ұсынысын "
            "қабылдамады.\n\nДауыс беру екі аптаға созылды.")
    article = parse(text, "kk")
    assert article.body[0].text.startswith("Кәсіподақ мүшелері министрліктің ұсынысын")


def test_a_name_alone_in_capitals_over_a_dateline_is_the_byline() -> None:
    """Round 122's check, en 1148: "KATE HOLLOWAY" on its own line was read as the dateline,
    and the summaries opened on "PALMERSTON NORTH — A 26-turbine wind farm …"; a city alone
    over the lead ("QUITO") is still its dateline."""
    text = ("Wind farm wins consent after two-year fight\n\nLast updated 17:12 18/03/2010\n"
            "KATE HOLLOWAY\n\nPALMERSTON NORTH — A 26-turbine wind farm has been granted "
            "consent by a panel of commissioners.\n\nOpponents have already appealed.")
    article = parse(text, "en")
    assert article.dateline == "PALMERSTON NORTH"
    assert article.byline == "KATE HOLLOWAY"
    assert article.sentences[0].text.startswith("A 26-turbine wind farm")
    assert article.news_paragraph == 0
    text = ("Metro extension draws three bids\n\nQUITO\n\nThree consortia submitted bids on "
            "Tuesday to build a northern extension.\n\nThe winner is due in March.")
    article = parse(text, "en")
    assert article.dateline == "QUITO" and article.byline is None


def test_an_update_note_that_numbers_its_paragraphs_points_to_the_first() -> None:
    """Round 123's check, en 1160: "UPDATED 19:40 — Adds developer's application for leave to
    appeal, which suspends the order (paragraphs 9-12)" was matched by its words to paragraph
    10, a rule of law («an application for leave to appeal automatically suspends the court's
    order»), and the short summary told that with no appeal before it."""
    body = [f"Paragraph number {n} tells of the mall and the owners." for n in range(1, 9)]
    body[0] = "The court on Monday ordered the demolition of the mall."
    text = ("Court orders mall demolished\n\nUPDATED 19:40 — Adds developer's application for "
            "leave to appeal, which suspends the order (paragraphs 9-12)\n\n" +
            "\n\n".join(body) +
            "\n\nWithin hours, however, the company went further. Its attorneys filed an "
            "application for leave to appeal.\n\nUnder the act, an application for leave to "
            "appeal suspends the order of the court until it is decided.\n\nThe application "
            "is due to be heard on October 16.\n\nThe residents said they would oppose it.")
    article = parse(text, "en")
    assert article.update_paragraph == 8
    assert any(s.paragraph == 8 and "went further" in s.text for s in article.sentences)


def test_a_bare_label_over_a_block_of_figure_lines_is_a_fact_box() -> None:
    """Round 123's check, ru 1157: «ЦИФРЫ» alone in its block over «870 тыс. — число лицевых
    счетов …», «4,8% — средний рост тарифа …» was read as a subheading, and the long summary
    ran the box's lines together; the label over a paragraph is still a subheading."""
    box = ("Тарифы вырастут\n\nКомиссия в среду утвердила тарифы на 2018 г. Рост составит "
           "4,8%.\n\nЦИФРЫ\n\n870 тыс. — число лицевых счетов\n4,8% — средний рост "
           "тарифа\n5,4 млрд руб. — объем субсидирования\n\nВ комиссии рост объясняют "
           "затратами сетей.")
    texts = [s.text for s in parse(box, "ru").sentences]
    assert not any(text.startswith(("ЦИФРЫ", "870 тыс.", "5,4 млрд")) for text in texts), texts
    paragraph = box.replace("870 тыс. — число лицевых счетов\n4,8% — средний рост тарифа\n"
                            "5,4 млрд руб. — объем субсидирования",
                            "Число лицевых счетов достигло 870 тыс. Рост тарифа составит 4,8%.")
    texts = [s.text for s in parse(paragraph, "ru").sentences]
    assert any(text.startswith("Число лицевых счетов") for text in texts), texts


def test_a_byline_told_as_story_by_and_a_rubric_with_and_over_a_short_headline() -> None:
    """Round 124's check: en 1168's "Story by Tamsin Whitlow" was read as a heading, and ru
    1168's rubric «Люди и места» over «Последняя навигация смотрителя Куприянова» as the
    headline (its «и» counted against the headline's four words)."""
    article = parse("The last keeper hands her light to a machine\n\nStory by Tamsin Whitlow\n\n"
                    "At 5:40 every morning, Margaret Hallowell walks up to the light.\n\n"
                    "She has done it for 31 years.", "en")
    assert article.byline == "Story by Tamsin Whitlow"
    assert not any(s.is_heading for s in article.sentences)
    article = parse("Люди и места\nПоследняя навигация смотрителя Куприянова\nНа мысе маяк "
                    "переводят в автоматический режим. Смотритель уезжает на материк\n\n"
                    "Каждый вечер Валентин Куприянов поднимается на маяк.\n\nОн служит здесь "
                    "34 года.", "ru")
    assert article.title == "Последняя навигация смотрителя Куприянова"


def test_a_fact_box_label_may_say_what_it_covers_in_brackets() -> None:
    """Round 124's check, en 1175: "KEY FIGURES (year to Dec. 31, 2020)" was no box label, and
    the long summary closed on its line "Net return: 9.4% (benchmark: 7.8%)"."""
    text = ("Pension plan returns 9.4%\n\nThe plan returned 9.4% in 2020, it said on Thursday."
            "\n\nKEY FIGURES (year to Dec. 31, 2020)\nNet assets: C$21.6 bln (2019: C$19.9 bln)"
            "\nNet return: 9.4% (benchmark: 7.8%)\n\nPensioners received a 0.5% increase.")
    texts = [s.text for s in parse(text, "en").sentences]
    assert not any(text.startswith(("KEY FIGURES", "Net return", "Net assets"))
                   for text in texts), texts


def test_a_russian_caption_credited_with_no_colon_is_dropped() -> None:
    """Round 125's check, ru 1180: «Эркемен Тадыров у летнего стойбища … Фото А. Сабашникова»
    opened both summaries as a sentence of the text."""
    text = ("Последний перегон\n\nЭркемен Тадыров у летнего стойбища в урочище Тархата. Фото "
            "А. Сабашникова\n\nЕще до рассвета над аилом поднимается дым.\n\nВ августе "
            "кооператив решил продать отару.")
    texts = [s.text for s in parse(text, "ru").sentences]
    assert not any("Тадыров у летнего стойбища" in text for text in texts), texts


@pytest.mark.parametrize("line", ["RAUFARHÖFN, Iceland, May 23", "HALIFAX, Nova Scotia, March 14",
                                  "NAIROBI, May 4, 2021"])
def test_a_place_in_capitals_with_its_date_alone_on_its_line_is_the_dateline(line: str) -> None:
    """Round 139's check, en 1356: "RAUFARHÖFN, Iceland, May 23" under the byline was read as a
    heading, which made the story a digest and left its short paragraph openers alone."""
    text = (f"Ground station opens in Iceland\n\nBy Anna Berg\n{line}\n\nA company opened the "
            "country's first satellite ground station on Thursday.\n\nA crowded market\n\n"
            "Polarlink is entering a busy sector. The number of satellites has tripled.")
    article = parse(text, "en")
    assert article.dateline == line
    assert not article.sentences[0].is_heading


def test_a_russian_headline_ending_on_a_figures_word_over_its_deck_is_the_title() -> None:
    """Round 140's check, ru 1364: «…отдала платный Южный обход Пензы в концессию на 30 лет»
    (its last word, «лет», a function word) over a deck with stops in the same block was read
    as a wrapped line, and the text had no title."""
    title = "Смоленская область отдала платный мост в концессию на 25 лет"
    text = (f"{title}\nПроект стоимостью 12,4 млрд руб. должен открыть движение к концу 2027 г."
            "\n\nСМОЛЕНСК, 3 марта — ИА «Днепр». Правительство области в среду подписало "
            "концессионное соглашение о строительстве моста.\n\nМост длиной 900 м пройдет "
            "через Днепр.")
    article = parse(text, "ru")
    assert article.title == title
    assert article.body[0].text.startswith("Правительство области")


def test_a_line_of_rubric_byline_and_stamps_set_off_by_bars_is_no_body() -> None:
    """Round 142's check, ru 1392: «Рубрика: Образование | Айгерим Садыкова | 1 сентября 2023,
    16:40 | Обновлено 2 сентября, 09:15» under the deck was kept as a body sentence, and the
    short summary opened on it glued to the lead."""
    line = "Рубрика: Образование | Ирина Котова | 3 марта 2024, 11:20 | Обновлено 4 марта, 8:00"
    text = ("В Омске открылся новый колледж\n\nУчебный городок обошелся в 2 млрд руб., мастерские "
            f"для него оснащали предприятия региона\n\n{line}\n\nВ Омске 3 марта начал работу "
            "новый колледж.\n\nВ нем будут учиться 900 студентов.")
    article = parse(text, "ru")
    assert article.body[0].text.startswith("В Омске 3 марта")
    assert all(line not in sentence.text for sentence in article.sentences)


@pytest.mark.parametrize(("language", "text"), [
    # round 145's check, ru 1424: a deck of four words with its verb, read as a heading that
    # made the story a digest
    ("ru", "Суд обязал налоговиков выплатить компенсацию\nВедомство с решением не согласилось"
           "\n\n18 ноября 2021, 10:12\n\nКАРАГАНДА, 18 ноября — «Центр-Азия Ньюс». Суд обязал "
           "департамент выплатить компенсацию. Департамент обжалует решение.\n\nАпелляцию "
           "рассмотрят в декабре."),
    ("kk", "Сот салық департаментін өтемақы төлеуге міндеттеді\nСалық департаменті шешіммен "
           "келіспеді\n\n18.11.2021, 10:12\n\nҚАРАҒАНДЫ, 18 қараша – «Орталық хабар». Сот "
           "департаментті өтемақы төлеуге міндеттеді. Департамент шағымданады.\n\nАпелляция "
           "желтоқсанда қаралады."),
])
def test_a_short_deck_with_its_verb_is_a_deck_not_a_heading(language: str, text: str) -> None:
    article = parse(text, language)
    assert article.deck is not None and len(article.deck.split()) <= 5, article.deck
    assert not any(sentence.is_heading for sentence in article.sentences)


def test_a_lists_lead_in_that_names_an_hour_is_no_time_stamp() -> None:
    """Round 155's check, ru 1547: «По данным штаба по ликвидации аварии на 18:00 пятницы:» was
    dropped as a time stamp, and its dashed items came into the long summary on their own, run
    on into the next sentence with «;»."""
    text = ("Взрыв на шахте унёс жизни шести горняков\n\n"
            "Шесть горняков погибли при взрыве на шахте «Северная» в ночь на пятницу. Судьба "
            "ещё трёх человек неизвестна.\n\n"
            "По данным штаба по ликвидации аварии на 18:00 пятницы:\n"
            "– под землёй находились 112 человек;\n"
            "– 103 горняка вышли на поверхность;\n"
            "– поиски ведут 86 спасателей.\n\n"
            "Продвижение спасателей затрудняют обрушения кровли.")
    body = [sentence.text for sentence in parse(text, "ru").body]
    assert any(sentence.startswith("По данным штаба по ликвидации аварии на 18:00 пятницы: "
                                   "под землёй находились 112 человек;") for sentence in body), \
        body
    assert not any(sentence.startswith("–") for sentence in body), body


def test_a_distribution_and_copyright_line_and_a_desk_byline_are_not_body() -> None:
    """Round 156's check: en 1561's long summary closed on "Distributed by Tri-State News
    Service. Copyright 2019 Valley Register."; ru 1555's byline «Дмитрий Сорокин, отдел
    бизнеса» was read as a heading over the lead."""
    english = ("River town's coal plant to close by 2022\n\n"
               "By Tom Kessler | Valley Register\n\n"
               "RACINE, Ohio (Tri-State News Service) — The utility said on Tuesday it will shut "
               "its coal plant by June 2022, putting 312 people out of work.\n\n"
               "The company has not decided what to do with the site.\n\n"
               "Distributed by Tri-State News Service. Copyright 2019 Valley Register.")
    body = _body(english, "en")
    assert not any("Distributed by" in sentence for sentence in body), body
    russian = ("Две сети супермаркетов объединятся\n\n"
               "Дмитрий Сорокин, отдел бизнеса\n\n"
               "НОВОСИБИРСК, 9 сентября — Сибирский деловой курьер. Две сети супермаркетов в "
               "четверг подписали соглашение о слиянии.\n\n"
               "Сделка будет проведена путем обмена акций.")
    article = parse(russian, "ru")
    assert not any(sentence.is_heading for sentence in article.sentences), \
        [sentence.text for sentence in article.sentences]


def test_an_agency_named_news_in_the_dateline_is_not_the_first_sentence() -> None:
    """Round 156's check, ru 1551: «ТВЕРЬ, 14 ноября — Верхневолжские вести.» left the agency as
    the first body sentence, and both summaries opened on the paragraph after the lead."""
    text = ("Очередь на замену суставов выросла вдвое\n\n"
            "ТВЕРЬ, 14 ноября — Верхневолжские вести. Министерство здравоохранения области в "
            "четверг сообщило, что очередь на операции выросла до 3 240 человек.\n\n"
            "По словам заместителя министра, два года назад в очереди было 1 870 человек.")
    body = _body(text, "ru")
    assert body[0].startswith("Министерство здравоохранения"), body


def test_a_caption_with_its_photographers_name_and_a_bureau_byline_are_not_body() -> None:
    """Round 157's check, en 1570: "Walter Ferris, 71, at the foot of the old T-bar …, which his
    father helped build in 1964. (Meredith Coyle)" opened both summaries, and "Meredith Coyle ·
    Kootenay Bureau" was read as a heading."""
    text = ("Small ski hill gets the green light to triple its terrain\n\n"
            "Meredith Coyle · Kootenay Bureau\n\n"
            "Walter Ferris, 71, at the foot of the old T-bar, which his father helped build in "
            "1964. (Meredith Coyle)\n\n"
            "Walter Ferris still makes the walk most mornings once the first snow sticks.\n\n"
            "On Tuesday, the province approved a master plan that allows the hill to triple its "
            "skiable terrain.")
    article = parse(text, "en")
    sentences = [sentence.text for sentence in article.sentences]
    assert not any("(Meredith Coyle)" in sentence for sentence in sentences), sentences
    assert not any(sentence.is_heading for sentence in article.sentences), sentences


@pytest.mark.parametrize(("language", "sentence", "kept"), [
    # (round 163, kk 1646: both summaries closed on the pointer, short 3 below lead as judged)
    ("kk", "Компания сот шешіміне апелляциялық шағым берді – толығырақ мәтіннің соңғы бөлігінде.",
     "Компания сот шешіміне апелляциялық шағым берді."),
    ("ru", "Однако у сделки появилось серьёзное препятствие (подробности — ниже).",
     "Однако у сделки появилось серьёзное препятствие."),
    ("en", "The company said it would appeal — details below.",
     "The company said it would appeal."),
    # (round 181's check, en 1855: after a semicolon, under the update over the story)
    ("en", "Cranmer Tower remains closed overnight; see end of story.",
     "Cranmer Tower remains closed overnight."),
])
def test_a_pointer_glued_to_a_sentences_end_is_no_part_of_it(language: str, sentence: str,
                                                            kept: str) -> None:
    text = f"Headline over the story\n\nFirst paragraph of the story tells the news.\n\n{sentence}"
    assert [s.text for s in parse(text, language).body][-1] == kept


def test_a_two_sentence_deck_with_no_final_stop_over_the_dateline_block_is_the_deck() -> None:
    """Round 173's check, ru 1757: the deck of two sentences, alone between the headline and
    the block the dateline opens, was read as the first two body sentences."""
    text = ("Суд остановил стройку ветропарка у залива\n\nИнвестор уже поставил 13 из 30 башен. "
            "Он намерен обжаловать решение\n\nКАЛИНИНГРАД, 9 сентября — Лента. Областной суд в "
            "четверг остановил стройку ветропарка у залива. Истцами выступили орнитологи.")
    article = parse(text, "ru")
    assert article.deck is not None and article.deck.startswith("Инвестор уже поставил")
    assert article.body[0].text.startswith("Областной суд в четверг")


def test_a_caption_with_a_labelled_credit_over_the_byline_is_no_lead() -> None:
    """Round 173's check, en 1765: "… on its final day of trading. (Supplied: …)" over the
    byline was read as the lead."""
    text = ("Town loses its only bank branch\nPosted Fri 21 May 2021 at 6:42pm\n\nCustomers queue "
            "outside the branch on Federation "
            "Street on its final day of trading. (Supplied: Shire Council)\n\nBy Dan Oakes\n\n"
            "WIRRINYA, Western Australia — The town's only bank branch closed on Friday after "
            "93 years. Residents now face a long drive to the nearest teller.")
    article = parse(text, "en")
    assert article.body[0].text.startswith("The town's only bank branch closed")
    assert any(line.startswith("Customers queue") for line in article.dropped)


@pytest.mark.parametrize(("language", "label"), [
    ("ru", "Что нужно знать"), ("en", "What you need to know"), ("kk", "Не білу керек")])
def test_a_box_of_advice_over_bullets_is_no_body(language: str, label: str) -> None:
    """Round 173's check, ru 1756: «Что нужно знать» over dash bullets was body, and the long
    summary ran the bullets in with their dashes."""
    text = (f"Headline of the story here\n\nThe city issued a notice on Monday. Residents must "
            f"boil water.\n\n{label}\n— Boil water for one minute.\n— Use bottled water for "
            f"babies.\n\nThe notice stays until Friday.")
    body = [s.text for s in parse(text, language).body]
    assert not any("one minute" in sentence or sentence == label for sentence in body), body
    assert body[-1] == "The notice stays until Friday."


def test_a_time_stamp_under_the_deck_is_no_heading() -> None:
    """Round 174's check, en 1774: "11 July 2018 | Reading time: 6 min" under the deck, in the
    headline's block, was kept as a heading over the body."""
    text = ("Stranded below Kazbek: landslide cuts road\nHundreds of lorries are queuing on both "
            "sides of the gorge as engineers warn it will take a week\n11 July 2018 | Reading "
            "time: 6 min\n\nArmen Hakobyan has been sleeping in his lorry for six nights. He is "
            "one of 1,200 drivers.\n\nThe road was closed on Thursday after a landslide.")
    article = parse(text, "en")
    assert article.sentences[0].text.startswith("Armen Hakobyan"), article.sentences[0]
    assert "11 July 2018 | Reading time: 6 min" in article.dropped


@pytest.mark.parametrize(("language", "label"), [
    ("ru", "Рудник «Кедровый»: главное"), ("ru", "Завод в цифрах: справка"),
    ("kk", "«Сарытөбе» кеніші: негізгі мәліметтер"), ("kk", "«Сарытөбе» кеніші: қысқаша")])
def test_a_box_labelled_by_what_it_is_about_and_a_colon_is_no_body(
        language: str, label: str) -> None:
    """Round 174's check, ru 1778: «Рудник «Кедровый»: главное» over its bullets was body, and
    the long summary ran the bullets in as sentences."""
    text = (f"Заголовок статьи о руднике здесь\n\nРудник остановили в четверг после аварии. "
            f"Погиб горняк.\n\n{label}\n• Запущен в 2009 г.\n• Персонал — 1 100 человек\n\n"
            f"Проверка продлится месяц.")
    body = [s.text for s in parse(text, language).body]
    assert not any("2009" in sentence or "Персонал" in sentence for sentence in body), body
    assert body[-1] == "Проверка продлится месяц."


@pytest.mark.parametrize(("language", "text"), [
    ("kk", "ЖАҢАРТЫЛДЫ, 21:40: Әуежайды ашу туралы шешім кері қайтарылды. Толығырақ – мақаланың "
           "соңғы бөлігінде.\n\nБалиде жанартау күлі әуежайды жауып тастады\n\nДЕНПАСАР, 19 "
           "қазан – Индонезия билігі сәрсенбі күні әуежайды жауып, 400 рейсті тоқтатты. "
           "Жолаушылар кезекте тұр.\n\nКешке жанартау қайта атқылады."),
])
def test_a_pointer_alone_after_the_update_over_the_headline_is_no_body(
        language: str, text: str) -> None:
    """Round 174's check, kk 1772: the update over the headline closed on «Толығырақ –
    мақаланың соңғы бөлігінде.», and the long summary closed on it as a sentence."""
    body = [sentence.text for sentence in parse(text, language).body]
    assert not any(sentence.startswith(("Толығырақ", "Подробности")) for sentence in body), body
    assert any("кері қайтарылды" in sentence or "отменено" in sentence for sentence in body), body


def test_a_date_and_an_update_stamp_between_bars_over_the_dateline_is_no_lead() -> None:
    """Round 175's check, en 1788: "Aug. 2, 2015 | UPDATED 7:40 p.m. with comment from …" over
    the dateline was read as the first body sentence."""
    text = ("El Salvador shuts border crossing to Honduran cargo as tariff row strands trucks\n\n"
            "Aug. 2, 2015 | UPDATED 7:40 p.m. with comment from the truckers' federation.\n\n"
            "EL AMATILLO, Honduras, Aug. 2 (Istmo Press) - El Salvador closed the crossing to "
            "commercial traffic on Sunday. Hundreds of trucks are stranded.\n\nThe ministry gave "
            "no date for reopening.")
    article = parse(text, "en")
    assert article.body[0].text.startswith("El Salvador closed the crossing"), article.body[0]


def test_a_fact_box_label_with_a_dash_is_no_dateline() -> None:
    """Round 177's check, en 1811: "KEY FIGURES - DUBLIN, Q3 2011" over its "label: value" lines
    was read as the dateline "KEY FIGURES", and the box ran into the long summary as a
    sentence."""
    text = ("Cork rents rise for a fifth quarter in a row\n\n"
            "By Aoife Byrne\n\n"
            "Rents in Cork rose to an average of €1,610 a month in the three months to June, up "
            "3.2pc on the quarter, according to a survey published today.\n\n"
            "KEY FIGURES - CORK, Q2 2012\nAverage rent: €1,610\nChange on Q1 2012: +3.2pc\n"
            "New listings: 412\n\n"
            "It is the fifth quarter in a row in which rents in the city have risen. Landlords "
            "said demand from students had grown faster than supply.")
    article = parse(text, "en")
    assert article.dateline is None
    assert not any("Average rent" in s.text or "KEY FIGURES" in s.text
                   for s in article.sentences), [s.text for s in article.sentences]
    assert article.sentences[0].text.startswith("Rents in Cork rose")


def test_a_deck_opening_on_a_name_in_camel_case_under_a_kicker_is_the_deck() -> None:
    """Round 177's check, en 1806: "CITY HALL" over the headline and a deck that opens on
    "eThekwini's …" was taken for the title, the headline and deck for the first sentence."""
    text = ("CITY HALL\n"
            "Cape Town households to sort rubbish into two bags under new city plan\n"
            "iKapa's R200m recycling scheme follows a pilot in two suburbs. Critics say the "
            "townships were left out\n\n"
            "By Thandi Mokoena\n\n"
            "Households in Cape Town will have to separate their rubbish into two bags from "
            "September, under a plan the city unveiled on Wednesday.\n\n"
            "The scheme will start in 20 wards and reach every household by 2026.")
    article = parse(text, "en")
    assert article.title == ("Cape Town households to sort rubbish into two bags under new city "
                             "plan")
    assert article.sentences[0].text.startswith("Households in Cape Town")


def test_a_label_run_into_its_sentence_after_a_colon_is_dropped() -> None:
    """Round 198's check, ru 2060: «Что дальше: администрация создаёт рабочую группу …» came
    into the long summary with its label; so did "What happens next: the team is due to …"
    (judged en 419)."""
    text = ("Мэрия свернула реформу\n\nВ среду мэрия Кирова вернула на линии шесть маршрутов "
            "после тысяч жалоб горожан на новую схему движения автобусов.\n\n"
            "Что дальше: администрация создаёт рабочую группу с участием депутатов и "
            "жителей.\n")
    sentences = [sentence.text for sentence in parse(text, "ru").body]
    assert "Администрация создаёт рабочую группу с участием депутатов и жителей." in sentences
    assert not any(sentence.startswith("Что дальше") for sentence in sentences), sentences


def test_an_update_mark_over_the_story_on_its_day_is_no_body_sentence() -> None:
    """Blind round 204, ru 2138: «UPD: 16 ноября инспекция … отменила собственный приказ —
    подробности в конце материала.» over the story opened both summaries, mark and all."""
    text = ("Суд отказал градозащитникам\n\n"
            "UPD: 18 мая инспекция по требованию прокуратуры отменила собственный приказ — "
            "подробности в конце материала.\n\n"
            "САМАРА, 14 мая — Волжская неделя. Районный суд во вторник отказал градозащитникам в "
            "иске об отмене приказа инспекции.\n\n"
            "Дом построен в 1898 г.\n\n"
            "В четверг история получила продолжение. Инспекция отменила собственный приказ.")
    body = _body(text, "ru")
    assert not any(sentence.startswith("UPD") for sentence in body), body


def test_a_kazakh_update_that_added_a_session_s_result_is_an_edit_note() -> None:
    """Round 205's check, kk 2144: «ЖАҢАРТЫЛДЫ, 25.01.2018, 17:20: мәслихаттың кезектен тыс
    сессиясының нәтижесі қосылды.» over the headline was read as the update's news, the body's
    last paragraph."""
    note = "ЖАҢАРТЫЛДЫ, 14.03.2019, 18:20: аудандық мәслихат сессиясының шешімі қосылды."
    text = (f"{note}\n\nАуылдағы мектепті жабу туралы шешім дау туғызды\n\nТАРАЗ, 12 наурыз. "
            "«Әулиеата» – Аудан әкімдігі дүйсенбі күні ауылдағы шағын мектепті жабатынын "
            "хабарлады.\n\nАта-аналар наразы.\n\nСәрсенбі күні мәслихат бұл шешімді тоқтатты.")
    article = parse(text, "kk")
    assert not any("қосылды" in s.text for s in article.body), [s.text for s in article.body]
    assert article.update_paragraph is None
