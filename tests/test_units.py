"""Units: quotations stay whole, sentences that point back depend on the one before, and a sentence
over the limit is shortened at a clause boundary."""

from __future__ import annotations

import re

import pytest

from summarizer.languages import Language
from summarizer.shorten import shorten
from summarizer.structure import parse
from summarizer.tokens import content_words
from summarizer.units import (
    after_link,
    build_units,
    is_turn,
    leans_on_previous,
    name_introductions,
    opens_with_reference,
    quote_balance,
)


def _cut(sentence: str, limit: int, language: str) -> str:
    """`shorten` to `limit` words, which it must need and keep."""
    cut = shorten(sentence, limit, language)
    assert cut is not None and len(cut.text.split()) <= limit
    return cut.text


def _units(text: str, language: str):  # noqa: ANN202
    return build_units(parse(text, language).body, language)


def test_quotation_over_two_sentences_is_one_unit() -> None:
    text = ("Мост закроют на ремонт. «Откладывать ремонт нельзя. Мосту шестьдесят лет», — "
            "сказал аким. Работы начнутся в мае.")
    units = _units(text, "ru")
    assert [len(unit.sentences) for unit in units] == [1, 2, 1]
    assert not quote_balance(units[1].text)


@pytest.mark.parametrize(("language", "sentence"), [
    ("ru", "Они получат выплаты в мае."), ("ru", "Эти средства пойдут на ремонт."),
    ("ru", "При этом цены выросли."), ("ru", "Кроме того, откроют школу."),
    ("kk", "Ол 1200 оқушыға арналған."), ("kk", "Бұл көпір қаланы байланыстырады."),
    ("kk", "Одан кейін жұмыс басталды."), ("kk", "Сондықтан баға өсті."),
    ("en", "They will be paid in May."), ("en", "However, the vote was close."),
    ("en", "This is the first such plant."), ("en", "The part that remains is the bridge."),
    # blind round 13: en 88, ru 90
    ("en", "Until then, the students will stay where they are."),
    ("en", "Of the total, 2.5 million euros goes to repairs."),
    ("ru", "Из них 2,9 млрд руб. пойдут на строительство комплекса."),
    ("ru", "Т.е. вместо одного бака во дворе будут стоять два."),
    ("ru", "После этого совет проголосовал."),
    ("ru", "С 1 сентября там откроется отделение на 40 мест."),  # ru 88
    ("kk", "Енді бұл түйінді ғарыштан шешуге тырысады."),  # kk 88
    ("en", "If no agreement is reached, the union says the strike will go ahead."),  # en 87
    ("ru", "В противном случае забастовка начнётся в понедельник."),
    ("kk", "Әйтпесе ереуіл дүйсенбіде басталады."),
    ("kk", "Сол жылы тұрғындар әкімдікке шағым түсірген."),  # blind round 28, kk 180
    # round 81, en 652 (long 3 and 2: '"Other beekeepers" points back to someone never
    # mentioned')
    ("en", "Other beekeepers found bees dead on the floor of the hive."),
    # round 82, kk 665 (long 2 and 3: '«Тізімнің соңында…» refers to the top-five list, which
    # was left out')
    ("kk", "Тізімнің соңында бұрынғыдай батыс және оңтүстік өңірлер тұр."),
    ("ru", "Замыкают список Тыва и Чечня."), ("ru", "В конце списка оказались северные регионы."),
    # round 82's pairwise read of ru 667 (long: '«За это» points back to things the summary
    # never says')
    ("ru", "За это, по данным СК, руководители больницы потребовали вознаграждение."),
    ("en", "In return, the supplier paid the two officials 6% of each contract."),
    # round 86, ru 714 (long 2 and 2: «Отдельно решается вопрос с «Темпом»» never introduced)
    ("ru", "Отдельно решается вопрос с арендой манежа."),
    ("kk", "Енді олардың қорытындысы жарияланды."),  # kk 94
    ("ru", "Сами авторы признают эти ограничения."),  # ru 97
    ("en", "Back on Town Street, the carpet cleaner comes in at 7.40pm."),  # en 94
    ("ru", "Остальным помощь оказали на месте."),  # ru 99
    ("kk", "Қалған 27,9 млрд теңге облыстық бюджеттерден бөлінді."),
    ("en", "The rest were treated at the scene."),
    ("ru", "Таких сел в крае больше сотни."),  # ru 106
    ("kk", "Екінші орында Астана (24 %), үшінші орында Шымкент (7 %)."),  # kk 107
    ("en", "In second place came Leeds with 12 percent."),
    ("en", "Unions were also supportive."),  # en 108
    ("ru", "Профсоюзы тоже поддержали план."), ("kk", "Кәсіподақтар да қолдады."),
    ("ru", "Недовольны и студенты."),  # blind round 24, ru 156
    ("ru", "Именно эта плата стала главным предметом споров."),  # blind round 27, ru 174
    ("ru", "Согласно документу, фонд будет выплачивать пособия."),  # ru 173
    ("kk", "Көтерме бағасы 420 теңгеден 310 теңгеге дейін төмендеді."),  # kk 155: whose price?
    ("kk", "Салмағы 640 кг шамасында."),
    ("ru", "Замену ей искали два года."),  # ru 112: the observer is named before
    ("en", "The court ordered them to pay."), ("kk", "Министрлік оған жауап берді."),
    ("en", "Today his is the only one."), ("en", "Among the most important: a fund."),  # round 18
    ("ru", "Среди них — три школы."),
    # blind round 24, en 158: whose spokesperson is in an earlier sentence
    ("en", "A spokesperson said inspectors would visit the yard next week."),
])
def test_pronoun_and_connective_openers_point_back(language: str, sentence: str) -> None:
    assert opens_with_reference(sentence, language)


@pytest.mark.parametrize(("language", "sentence"), [
    ("ru", "Правительство утвердило бюджет."), ("kk", "Алматыда жаңа мектеп ашылды."),
    ("en", "The council approved the budget."), ("en", "Theatre tickets sold out."),
    ("ru", "Т. Е. Иванов возглавил комиссию."), ("ru", "Из Москвы вылетел самолёт."),
    ("en", "Of course the plan is new."),
    ("en", "If the weather holds, the race starts at noon."),
    ("ru", "В этом году завод откроется."), ("en", "Officials said these figures were final."),
    ("en", "The council also approved a new budget for the schools next year."),
    ("en", "A spokesperson for the council said the road would reopen."),
    ("ru", "Завод и склад закрыли."),
    ("kk", "Жобаның құны 2,4 млрд теңге."), ("kk", "Ауыл шаруашылығы министрлігі есеп берді."),
])
def test_sentences_that_stand_alone_do_not_point_back(language: str, sentence: str) -> None:
    assert not opens_with_reference(sentence, language)


def test_dependent_unit_names_the_unit_before_it() -> None:
    units = _units("Бюджет утвердили в среду. Эти средства пойдут на школы. Депутаты ушли.", "ru")
    assert [unit.depends_on for unit in units] == [None, 0, None]


def test_quote_balance_owes_the_closing_marks() -> None:
    assert quote_balance("«Мы „готовы") == ["»", "“"]
    assert quote_balance("He said “yes” and «no».") == []


def test_shortening_drops_parenthetical_and_relative_clause_before_cutting() -> None:
    sentence = ("Col. Ruslan Akhmetov, who heads the regional emergency department, said (in a "
                "statement on Friday) that the river rose faster than in any spring before.")
    cut = shorten(sentence, 14, "en")
    assert cut is not None and cut.how == "clause"
    assert cut.text == ("Col. Ruslan Akhmetov said that the river rose faster than in any "
                        "spring before.")


def test_shortening_cuts_a_trailing_clause_and_marks_it() -> None:
    """A cut whose dropped part only added to a whole sentence ("…, after a debate …") ends
    with a stop; one that drops a clause of its own ("…, and the upper house …") with "…"."""
    sentence = ("The lower house passed the 2027 budget on Tuesday by 250 votes to 120, "
                "after a debate that lasted three days and ended late at night")
    cut = shorten(sentence, 15, "en")
    assert cut is not None and cut.ends_early
    assert cut.text == "The lower house passed the 2027 budget on Tuesday by 250 votes to 120."
    sentence = ("The lower house passed the 2027 budget on Tuesday by 250 votes to 120, "
                "and the upper house will vote on it next week after a debate")
    cut = shorten(sentence, 15, "en")
    assert cut is not None and not cut.ends_early
    assert cut.text == "The lower house passed the 2027 budget on Tuesday by 250 votes to 120…"


def test_shortening_to_one_word_still_marks_the_cut() -> None:
    cut = shorten("Forty-five words would be far too many for this tiny budget here.", 1, "en")
    assert cut is not None and cut.text == "Forty-five…" and cut.how == "word"


def test_shortened_quotation_is_closed() -> None:
    cut = shorten("«Мы готовы начать стройку уже весной и закончить её до зимы», — сказал он.",
                  5, "ru")
    assert cut is not None and not quote_balance(cut.text)


def test_sentence_within_the_limit_is_not_shortened() -> None:
    assert shorten("The bridge opened.", 3, "en") is None


@pytest.mark.parametrize(("sentence", "limit", "cut"), [
    # the participial phrase goes and the closing attribution keeps its comma
    ("Автомобильный мост через Иртыш в Семее, построенный в 1950-х гг., будет закрыт для "
     "движения с 1 апреля на капитальный ремонт, который продлится два года, сообщили в "
     "акимате.", 20,
     "Автомобильный мост через Иртыш в Семее будет закрыт для движения с 1 апреля на "
     "капитальный ремонт, сообщили в акимате."),
    # (but one between the subject and its verb leaves no comma: round 173's check, ru 1755,
    # «Инспекторы … судоходства, приостановили …»)
    ("Инспекторы Российского морского регистра судоходства, прибывшие на борт на следующий "
     "день, приостановили действие класса судна.", 10,
     "Инспекторы Российского морского регистра судоходства приостановили действие класса "
     "судна."),
])
def test_a_russian_participial_phrase_goes_with_the_right_comma(sentence: str, limit: int,
                                                                 cut: str) -> None:
    shortened = shorten(sentence, limit, "ru")
    assert shortened is not None and shortened.text == cut


def test_an_english_apposition_takes_no_clause_after_it_that_has_no_verb_of_its_own() -> None:
    """Round 174's check, en 1777: "after its disciplinary committee," went with the club's
    apposition and left "…CSM Delta Tulcea chaired by … found that …"."""
    sentence = ("The federation on Tuesday docked nine points from CSM Delta Tulcea, the "
                "municipally owned Danube Delta club chasing a first ever promotion to the top "
                "flight, after its disciplinary committee, chaired by former defender Sorin "
                "Mihailescu, 58, found that the club had failed to pay 23 players their wages.")
    cut = shorten(sentence, 45, "en")
    assert cut is not None and "after its disciplinary committee" in cut.text, cut.text
    assert "Tulcea chaired" not in cut.text


def test_an_english_clause_whose_verb_goes_on_with_to_keeps_its_to_and_no_comma() -> None:
    """Round 175's check, en 1783: ", acting after health officials linked a cluster of
    salmonella infections, including …, to cartons supplied by …" was cut to "…in seven states
    to cartons supplied by …", the recall's reason gone."""
    sentence = ("Hallbrook Market on Thursday pulled 1.4 million dozen eggs from its shelves in "
                "seven states, acting after health officials linked a cluster of salmonella "
                "infections, including those of a 4-year-old girl in Cedar Rapids and a retired "
                "teacher in Omaha who were both hospitalized, to cartons supplied by Prairie "
                "Crest Farms, a family-owned egg producer near Ames whose owner said he was "
                "heartsick.")
    cut = shorten(sentence, 45, "en")
    assert cut is not None and "salmonella infections to cartons supplied by" in cut.text, cut


def test_word_cut_does_not_end_on_a_function_word() -> None:
    cut = shorten("Prairie Line was fined on Monday in Chicago after a long and costly trial.",
                  10, "en")
    assert cut is not None and cut.text == "Prairie Line was fined on Monday in Chicago…"


def test_kazakh_word_cut_keeps_the_final_verb() -> None:
    sentence = ("Шығыс Қазақстан облысында күшті боран мен қар көшкіні қаупіне байланысты "
                "республикалық және облыстық маңызы бар бес автожол учаскесі көлік қозғалысына "
                "уақытша жабылды.")
    cut = shorten(sentence, 12, "kk")
    assert cut is not None and len(cut.text.split()) <= 12
    assert cut.text.startswith("Шығыс Қазақстан облысында")
    assert cut.text.endswith("уақытша жабылды.") and "…" in cut.text


@pytest.mark.parametrize(("language", "text"), [
    ("en", 'Sarsenov hopes to qualify. "Two minutes faster and I am close," he said.'),
    ("ru", "Глава района доволен. «Мост нужен всем», — сказал он."),
    ("kk", "Әкім жұмысты бағалады. «Көпір бәрімізге керек», – деді ол."),
    ("en", 'Sarsenov hopes to qualify. "Now I know it is possible."'),
    ("en", "Kadyrov runs the garage. Half of his customers, he estimates, are farmers."),
])
def test_a_quotation_whose_speaker_is_only_a_pronoun_or_missing_needs_the_unit_before(
        language: str, text: str) -> None:
    units = _units(text, language)
    assert [unit.depends_on for unit in units] == [None, 0]


@pytest.mark.parametrize(("language", "text"), [
    ("en", 'Sarsenov hopes to qualify. "Two minutes faster," said coach Ivan Petrov.'),
    ("ru", "Глава района доволен. «Мост нужен всем», — сказал аким Асхат Беков."),
])
def test_a_quotation_with_a_named_speaker_stands_alone(language: str, text: str) -> None:
    assert [unit.depends_on for unit in _units(text, language)] == [None, None]


def test_a_short_paragraph_opener_that_sets_up_a_point_goes_with_it() -> None:
    text = ("The trial worked well.\n\nNot everyone is ready to switch. Some doctors want more "
            "data.\n\nThe results will cost 12 dollars. Fewer visits are needed.")
    units = _units(text, "en")
    assert [unit.sentences for unit in units][1] == (
        "Not everyone is ready to switch.", "Some doctors want more data.")
    assert [len(unit.sentences) for unit in units] == [1, 2, 1, 1]  # a figure is a fact


def test_after_link_is_the_news_after_a_short_sentence_that_points_back() -> None:
    text = ("Half of his customers bought their cars abroad.\n\nThat trade is about to shrink. "
            "On Monday the government banned imports of cars older than ten years.")
    first, linked = _units(text, "en")
    assert linked.depends_on == first.index
    assert after_link(linked, "en") == (
        "On Monday the government banned imports of cars older than ten years.",)
    assert after_link(first, "en") is None
    # the sentence after the link leaning back too: no standalone news there
    leaning = text.replace("On Monday the government", "It was banned when the government")
    assert after_link(_units(leaning, "en")[1], "en") is None


def test_after_a_body_changed_course_its_statement_by_it_names_the_body() -> None:
    """Round 162: en 1634's "Then, shortly after 3pm, the council announced it had changed
    course." was no turn, and its short summary told the full closure the council undid; judged
    en 1028's "In a second statement, it said it would suspend …" after "Shortly after 6pm, the
    department changed course." leaned on it by "it"."""
    text = ("The department will recover €27m from farmers.\n\nShortly after 6pm, the department "
            "changed course. In a second statement, it said it would suspend the recovery "
            "letters pending a review.")
    linked = _units(text, "en")[1]
    assert after_link(linked, "en") == ("In a second statement, the department said it would "
                                        "suspend the recovery letters pending a review.",)
    from summarizer.units import is_short_turn

    assert is_short_turn("Then, shortly after 3pm, the council announced it had changed course.",
                         "en")
    assert not is_short_turn("The council has changed its logo.", "en")


KK_OPENING_SUBJECT = (
    "Алматы облысындағы спорт мектебінің түлегі, былтыр ел чемпионатында қола жүлде алған, үш "
    "жылдан бері тәжірибелі бапкердің жетекшілігімен жаттығып жүрген он алты жастағы Дана "
    "Серікқызы Түркияның Анталья қаласында өткен, 40 елден 200-ден астам спортшы қатысқан "
    "жасөспірімдер арасындағы әлем біріншілігінде бес сайыстың қорытындысы бойынша ең көп ұпай "
    "жинап, бірінші орын алды және әлем чемпионы атанды.")
KK_LATE_SUBJECT = (
    "Өткен жылы үшінші орынмен ғана шектелген, бірнеше ойыншысынан айырылған, жаз бойы құрамын "
    "жаңартып, бас бапкерін ауыстырған және екі легионерін турнир алдында ғана тіркеген, биыл "
    "құрылғанына 15 жыл толған Павлодардың «Ертіс» волейбол клубы жексенбі күні Бангкокта өткен "
    "Азия чемпионатының финалында жапониялық командасын 3:1 есебімен жеңіп, алғаш рет құрлық "
    "чемпионы атанды.")


@pytest.mark.parametrize(("sentence", "names", "end"), [
    (KK_OPENING_SUBJECT, ["Алматы облысындағы", "Дана Серікқызы"],
     "бірінші орын алды және әлем чемпионы атанды."),
    (KK_LATE_SUBJECT, ["«Ертіс»", "Бангкокта"], "алғаш рет құрлық чемпионы атанды."),
], ids=["subject-in-the-opening-clauses", "subject-after-a-chain-of-participles"])
def test_kazakh_clause_cut_keeps_the_main_verb_and_the_subject(
        sentence: str, names: list[str], end: str) -> None:
    cut = shorten(sentence, 40, "kk")
    assert cut is not None and len(cut.text.split()) <= 40 and "…" in cut.text
    assert all(name in cut.text for name in names)
    assert cut.text.endswith(end)


@pytest.mark.parametrize(("language", "sentence", "leans"), [
    ("ru", "К концу года он должен сократиться вдвое.", True),
    ("en", "Next year they will move out.", True),
    ("kk", "Биыл ол жаңа зауыт салды.", True),
    ("ru", "Иванов считает, что он прав.", False),  # the name comes first
    # (further on, after a longer phrase with a road's number in it; not after a name or a
    # comma)
    ("ru", "С любого участка трассы М8 в пределах области он долетает за 40 минут.", True),
    ("ru", "В середине июня на границе товарищества она провела замеры.", True),
    ("ru", "В середине июня министр Петров заявил, что он уходит.", False),
    ("ru", "В середине июня на границе, как и обещала, она провела замеры.", False),
    # (others than those told before: round 143's check, en 1404)
    ("en", "No other injuries were reported.", True),
    ("ru", "Других пострадавших нет.", True),
    ("kk", "Басқа зардап шеккендер жоқ.", True),
    ("en", "No injuries were reported.", False),
    # (a place told by its distance from the scene before: round 145's check, en 1426)
    ("en", "Two aisles over, Keisha Monroe, 38, shrugged.", True),
    ("en", "A few doors down, a bakery has closed.", True),
    ("en", "Two stores in the chain will close.", False),
    ("en", "Experts said they were surprised.", False),
    ("en", "In 2020 the company grew fast.", False),
    ("ru", "Каждый из них вмещает 260 пассажиров.", True),
    ("en", "Scientists say such a figure is rare.", True),
    ("kk", "Әрқайсысы 5 млн теңге алады.", True),
    ("ru", "Об этом во вторник сообщила министр.", True),
    ("ru", "В компании ответили, что вакцина безопасна.", True),
    # (and an assurance answers a worry: round 93, ru 797)
    ("ru", "В компании заверяют, что горизонт изолирован от питьевых водоносных слоев.", True),
    ("ru", "Директор уверяет, что никого не уволят.", True),
    ("en", "The company responded that the vaccine was safe.", True),
    ("kk", "Ведомство өкілінің айтуынша, құжат дайын.", True),  # "the agency": named before
    ("ru", "В ведомстве пообещали ответить до конца месяца.", True),
    ("ru", "Иначе обстоит дело с добровольными видами страхования.", True),  # contrasts with
    ("ru", "Согласно ему, выплаты начнутся в марте.", True),
    ("ru", "Оставшиеся пять площадок откроют в мае.", True),  # blind round 20, ru 134
    ("kk", "Осылайша компанияларға салынған айыппұл күшінде қалды.", True),  # "thus"
    # declining to comment answers what came before (blind round 28, en 177)
    ("en", "The ministry declined to comment on individual complaints.", True),
    ("en", "Exports declined to their lowest level since 2019.", False),
    # (and not commenting on nothing named, round 84, en 697)
    ("en", "Officials in Madrid did not comment on Tuesday.", True),
    ("en", "The airline had no immediate comment.", True),
    ("en", "The ministry did not comment on the audit.", False),
    ("ru", "В министерстве от комментариев отказались.", True),
    ("kk", "Компания өкілдері пікір білдіруден бас тартты.", True),
    # a reason for what came before (blind round 29, ru 186)
    ("ru", "Причина — масштабный сбой в новой системе.", True),
    ("en", "The reason: the records system failed.", True),
    ("ru", "Причины аварии выясняет комиссия.", False),
    # a place that is the one just described (blind round 31, en 196)
    ("en", "Inside, Eilidh Duthie works her way along a steel table.", True),
    ("en", "Inside the shed, Eilidh Duthie works her way along a steel table.", False),
    ("en", "On Thursday, that count changed the course of a road.", True),  # round 32, en 202
    ("en", "On Thursday, the ministry said that count was wrong.", False),
    # an example of, or a condition on, what was just said (blind round 33: kk 207, kk 209, en 207)
    ("kk", "Мәселен, Астанада мұндай жүйе бұрыннан бар.", True),
    ("kk", "Мысалы, Қарағанды облысында 540 ажырасу тіркелді.", True),
    ("ru", "Например, в Омске штраф выше.", True),
    ("en", "If it does, the points deduction would be suspended.", True),
    ("en", "If the court agrees, the ban ends in May.", False),
    # "the new …" is what was just announced (blind round 34, en 214 long)
    ("en", "The new government money will pay for six more bays.", True),
    # a quantity named before (blind round 36, en 226 and 227)
    ("en", "Several said they had expected it since the contract ended.", True),
    ("en", "A further €88 million goes to farmers.", True),
    ("en", "Several hundred people attended the meeting on Tuesday.", False),
    # after an opening attribution the clause starts afresh (blind round 37, ru 232)
    ("ru", "По данным мэрии, с 2015 г. их число сократилось вдвое.", True),
    ("ru", "По данным мэрии, в городе осталось 40 мастерских.", False),
    # an example, an occasion (round 53, ru 331, ru 330); not «Так ли это …»
    ("ru", "Так, областное правительство договорилось с компанией.", True),
    ("ru", "Поводом для нового витка обсуждения стал случай в феврале.", True),
    ("ru", "Так ли это, покажет время.", False),
    # an answer to what was told before (round 74, en 572)
    ("en", "In response, the government changed its plans for the coming days.", True),
    ("ru", "В ответ мэрия пообещала проверить все дома.", True),
    ("en", "Responses to the survey came from 900 farmers.", False),
    # a time set against the one told before (round 53, ru 329)
    ("ru", "Годом ранее показатель составлял 1,7 %.", True),
    # the first of a set named before (round 48, ru 299)
    ("ru", "Запуск первых двух намечен на апрель.", True),
    ("ru", "Первый заместитель министра подал в отставку.", False),
    # the rest, more of, or the most of a set told before (round 51: en 317, ru 316, en 319)
    ("en", "The other seven will be monitored every two weeks.", True),
    ("ru", "Ещё две заявки находятся на рассмотрении.", True),
    ("en", "The cleanest came during periods of high pressure.", True),
    ("en", "The protest was peaceful.", False),
    ("en", "The largest fire in decades broke out on Monday.", False),
    # namely: the sentence before in detail (round 52, kk 326)
    ("kk", "Атап айтқанда: кәсіпкердің туыстығы туралы мәлімет.", True),
    ("ru", "А именно: три пункта статьи.", True),
    ("en", "Namely, three of the claims were false.", True),
    # a connective after the first word (round 51, ru 316, ru 315)
    ("ru", "Название при этом никуда не делось.", True),
    ("ru", "Профсоюз в свою очередь потребовал гарантий.", True),
    ("ru", "Название горчицы известно с XIX века.", False),
    # a time span told before (round 47, kk 294)
    ("kk", "Министрлік осы уақыт ішінде үш кеңес өткізеді.", True),
    ("kk", "Министрлік жыл соңына дейін үш кеңес өткізеді.", False),
    # a person met before in a scene (round 47, en 292); a new one is "a man"
    ("en", "The man with the stick, a retired farmer, folded the notice.", True),
    ("en", "A man with a stick, a retired farmer, folded the notice.", False),
    # words told by role alone are the words of the person named before (round 47, ru 291)
    ("ru", "По словам чиновника, результаты проверки опубликуют на сайте.", True),
    ("ru", "Как пояснил глава ведомства, работы завершат к маю.", True),
    ("ru", "По словам руководителя лаборатории, кандидата наук Павла Лаврова, жук слеп.", False),
])
def test_a_sentence_that_points_back_after_a_short_opening_is_found(
        language: str, sentence: str, leans: bool) -> None:
    assert opens_with_reference(sentence, language) is leans


@pytest.mark.parametrize(("digest", "together"), [(False, True), (True, False)])
def test_a_short_sentence_under_a_heading_is_a_teaser_unless_the_text_is_a_digest(
        digest: bool, together: bool) -> None:
    text = ("Clinics to close at night\n\nTwo clinics will close at night from May, the board "
            "said on Monday.\n\nA postcode lottery\n\nCritics doubt the figures. The college of "
            "doctors said the plan relied on ambulances that are already late.")
    body = parse(text, "en").body
    units = build_units(body, "en", digest=digest)
    teaser = next(unit for unit in units if unit.sentences[0] == "Critics doubt the figures.")
    assert (len(teaser.sentences) == 2) is together


def test_english_cut_drops_the_long_apposition_not_the_main_verb_in_the_past_tense() -> None:
    sentence = ("Anna Berg, a 23-year-old qualifier from a small town near the northern border who "
                "had never won a main-draw match on the professional tour before this week, "
                "completed an unlikely run on Sunday by beating the top seed, Maria Lind, in the "
                "final of the Almaty Open.")
    cut = shorten(sentence, 30, "en")
    assert cut is not None and len(cut.text.split()) <= 30
    assert "completed an unlikely run on Sunday by beating the top seed" in cut.text
    assert cut.text.startswith("Anna Berg")
    # a participle with its preposition is still an apposition that may go
    built = shorten("The bridge, designed in 1950 by a Soviet bureau for heavy trucks, "
                    "will close on Monday for repairs that will take two years.", 14, "en")
    assert built is not None and built.text.startswith("The bridge will close on Monday")


def test_english_cut_keeps_a_verb_with_its_infinitive_and_a_clause_past_its_of_them() -> None:
    # round 105's check, en 943: "refused to accept" is no participle with its preposition,
    # and ", leaving …, many of them …, stranded …" goes on past the aside
    sentence = ("Bus services linking Kumasi with 28 towns in the Ashanti Region stopped on Monday "
                "after their drivers, led by Kwame Boateng, 57, a former lorry driver who heads "
                "the regional drivers' union, refused to accept a new fuel levy announced after "
                "last week's budget statement, leaving thousands of commuters, many of them "
                "market traders heading to the city's central market, stranded at the main "
                "station, the region's busiest.")
    for limit in (50, 55):
        cut = shorten(sentence, limit, "en")
        assert cut is not None and "refused to accept a new fuel levy" in cut.text, cut
        assert "statement many" not in cut.text, cut


@pytest.mark.parametrize(("sentence", "kept"), [
    # round 157, en 1573: "…taught … by a headteacher, Eirlys Bowen[, who also teaches
    # full-time,] drew …" read "Eirlys Bowen drew"
    ("The plan to shut three rural clinics, among them the one at Glen Orra, where 900 "
     "patients are seen each week by a single doctor, Morag Dunn, who also runs the village "
     "pharmacy, met loud protest on Monday from about 200 residents who, waving placards "
     "outside the health board's offices in the rain, said the cuts would leave them hours "
     "from any help.", "a single doctor, Morag Dunn, met loud protest"),
    ("Last week, her lawyer, Jane Doe, who has represented the family since 2009 and once ran "
     "a bakery, said the money would be returned to donors within a month of the ruling.",
     "her lawyer, Jane Doe, said the money"),
    # round 180's check, en 1843: an apposition on the name that the sentence's subject, a
    # role, sets off ("A … guard, Sipho Mthembu[, a father of four …,] was pulled …")
    ("A 61-year-old lock keeper, Tomasz Wrona, a grandfather of six and the only keeper left on "
     "that stretch of the Vistula since 1994, was rescued from his cabin roof on Monday.",
     "lock keeper, Tomasz Wrona, was rescued"),
    # (not a name after a phrase that opens the sentence)
    ("In a statement, Jane Doe, who has led the charity since 2009 and once ran a bakery, "
     "said the money would be returned to donors within a month of the ruling.",
     "In a statement, Jane Doe said the money"),
])
def test_english_cut_closes_a_name_set_off_after_its_role(sentence: str, kept: str) -> None:
    assert kept in _cut(sentence, len(sentence.split()) - 10, "en")


@pytest.mark.parametrize(("sentence", "limit", "kept"), [
    # round 106's check, en 961: "…two motorists, among them Rachel Okafor[, a … nurse …,] were
    # pulled alive" read "Okafor were"
    ("Tom Reyes, 48, a ranger with 20 years in the park, and two hikers, among them Ana Silva, "
     "a 31-year-old teacher from Leadville who was walking to the summit for the first time, "
     "were rescued from a ledge on Sunday after a rockfall, set off by a night of heavy rain, "
     "closed the main trail on Mount Elbert for the rest of the weekend.",
     45, "among them Ana Silva, were rescued"),
    # round 181's check, en 1855: a list of its own after "among them"
    ("About 900 people, among them shoppers, staff and residents of two nearby blocks, including "
     "a 90-year-old man carried down six flights of stairs by firefighters, were evacuated from "
     "the Elm Park centre on Monday after a digger struck a gas main.",
     30, "residents of two nearby blocks, were evacuated"),
    # round 182, en 1873: an aside whose last words are a quotation with its closing comma
    # inside ("…said he had "never been so cold …, and I've stood on a ladder …," spent …"),
    # cut inside the quotation to "…he had "never been so cold in my life…""
    ("Thirty ferry passengers, among them a schoolteacher from Oban and a retired fisherman who "
     "said he had \"never seen a swell like it, and I've worked these waters for forty years,\" "
     "spent six hours aboard the stranded MV Sula off the Isle of Mull on Sunday after its "
     "engine failed in a gale and lifeboat crews towed it to Tobermory.",
     40, "Thirty ferry passengers spent six hours aboard"),
    # round 108's check, en 979: "More than 400 dead fish, including …, have been found in …"
    # was cut to "More than 400 dead fish, who counted the fish …"
    ("More than 300 dead birds, including dozens of terns from one of the last breeding "
     "colonies of the species on the east coast, have been found on Holm Sands, a remote beach "
     "in Norfolk that has been protected as a nature reserve since 1974, after oil from a "
     "passing tanker washed ashore last week, according to Dr Anna Pike, 47, an ecologist at "
     "the University of East Anglia and Norwich, who counted the birds along the shore on "
     "Sunday and warned that the toll would rise.",
     60, "have been found on Holm Sands"),
    # round 158's check, en 1585: "Thieves who climbed onto the roof of the … Museum in
    # Zwolle[, a … merchant's house … that holds …,] broke through … and escaped …" lost its
    # verbs as the apposition's, cut to "…in Zwolle two silver tankards …"
    ("Two men who broke into the back office of the Carrick Arms in Ballymena, a coaching inn "
     "on the old Antrim road that has served ale since 1780, forced open the safe shortly "
     "after midnight on Friday and drove off with the week's takings, a charity box and the "
     "landlord's medals, worth about 9,000 pounds in all, police said on Saturday.",
     45, "in Ballymena forced open the safe"),
    # round 159's check, en 1597: "…lemur whose long, skeletal middle finger once marked it as
    # an omen …," lost the sentence's verb, "has been born", with it
    ("A male pangolin, the scaly anteater whose thick, overlapping plates once made it a "
     "prize for smugglers across the region, has been returned to the wild in Kruger Park by "
     "rangers who rescued it from a car boot in 2019, the park's chief vet, Dr Sipho Dlamini, "
     "said on Monday, calling the release the high point of his 22-year career.",
     50, "has been returned to the wild"),
])
def test_english_cut_keeps_the_predicate_after_an_among_them_or_including_aside(
        sentence: str, limit: int, kept: str) -> None:
    cut = shorten(sentence, limit, "en")
    assert cut is not None and kept in cut.text, cut


def test_a_cut_does_not_end_in_a_that_clause_whose_only_verb_is_a_nested_relative_s() -> None:
    """Round 183's check, en 1880: "…, ruling that the planned clearance of a site where some
    2,800 traders sell food[, clothing and household goods was unlawful …]" ended inside the
    list: "sell" is the "where" clause's, "planned" an adjective, and "clearance" had no verb
    yet."""
    sentence = ("A city court on Friday stopped the council from closing the Old Quay fish "
                "market, ruling that the planned sale of a hall where some 1,300 vendors sell "
                "fish, vegetables and spices was unlawful because the council had failed to give "
                "notice or consult those affected, a decision the council has already said it "
                "will appeal.")
    for limit in (40, 45):
        cut = _cut(sentence, limit, "en")
        assert not cut.rstrip(".…").endswith("vendors sell fish"), cut


def test_an_english_cut_does_not_end_on_a_speaker_set_into_a_clause_of_time() -> None:
    """Round 183, en 1885 (short 2.5 as judged): "…hauling all three aboard minutes before,
    police said, they would have been carried past the point …" was cut to "…minutes before,
    police said.", the clause of "before" left with neither subject nor verb."""
    sentence = ("Mary Doyle, a 64-year-old retired ferry captain who spent 30 years on the Shannon "
                "estuary, pulled two teenage swimmers from the water off Kilrush on Saturday "
                "evening after a rip current dragged them away from the beach, rowing her small "
                "wooden boat through heavy surf and hauling both aboard minutes before, "
                "coastguard officers said, they would have been swept out past the harbour wall.")
    for limit in (50, 60):
        assert not _cut(sentence, limit, "en").endswith("minutes before, coastguard officers "
                                                         "said."), limit


def test_an_apposition_after_a_name_set_off_by_an_adverb_goes_with_its_commas() -> None:
    """Judged en 1202: "…, however, Carse Travel[, a Perth-based operator with 46 buses,] said
    …" read "Carse Travel, said": "however" is no role that sets the name off."""
    cut = _cut("Within hours of the vote, however, Glenmore Coaches, a family-run operator with 30 "
               "buses, said it would ask the tribunal to overturn the council's decision.", 20, "en")
    assert "Glenmore Coaches said it would ask" in cut, cut


def test_an_arrest_s_cut_keeps_the_charge() -> None:
    """Round 177's check, en 1813: ", accusing them of helping to smuggle …," went, and the
    arrest read "…together with two clearing agents and a port records clerk at an estimated
    cost to the Exchequer of Sh1.3 billion …"."""
    cut = _cut("Police in Durban on Monday arrested Peter Mokoena, 49, the port authority's head "
               "of cargo inspections and a 20-year veteran of the agency, together with two "
               "freight agents, accusing them of helping to smuggle at least 30 containers of "
               "cigarettes into the country by declaring the cargo as goods in transit to Zambia, "
               "at an estimated cost to the Treasury of R400 million in unpaid duties.", 45, "en")
    assert "accusing them of helping to smuggle" in cut
    assert "agents at an estimated cost" not in cut


def test_an_apposition_cut_stops_before_others_joined_to_the_name() -> None:
    """Round 176's check, en 1801: an apposition taken on through ", together with two
    businessmen," and the aside after it left "…charged Tom Baker, 44, one of them a former
    adviser …", the accused's co-defendants gone and "them" pointing at nobody."""
    cut = _cut("Prosecutors on Monday charged Tom Baker, 44, the owner of the Riverside Hotel in "
               "the northern town of Kelso, together with two businessmen, one of them a former "
               "adviser at the tourism agency, with fraud over grants paid to the hotel during "
               "the pandemic, accusing them of inventing staff who never worked there.", 40, "en")
    assert "Tom Baker, 44, together with two businessmen" in cut
    assert "one of them" not in cut or "businessmen, one of them" in cut


def test_a_russian_apposition_goes_with_the_participle_phrase_on_its_noun() -> None:
    """Round 177's check, ru 1807: dropping «, бывшего председателя правления … банка,» alone
    left «…Виктора Ларионова почти десять лет считавшегося крупнейшим … учреждением …», the
    bank's phrase on the banker."""
    cut = _cut("Областной суд в пятницу приговорил к шести годам колонии 58-летнего Петра "
               "Соколова, бывшего председателя правления Приокского сберегательного банка, почти "
               "двадцать лет считавшегося крупнейшим частным банком области, признав его виновным "
               "в растрате 1,4 млрд руб. вкладчиков, которые выводились через подставные "
               "компании в Туле и Калуге.", 40, "ru")
    assert "Петра Соколова, признав его виновным" in cut
    assert "считавшегося" not in cut
    # (not the second of two phrases joined by «и»)
    kept = shorten("Учёные описали новый вид бокоплава, обитающего на глубине более 1,2 тыс. м "
                   "и, как показали первые анализы, питающегося бактериальными матами на "
                   "склонах, сообщили в среду в пресс-службе Байкальского центра пресноводных "
                   "исследований, который ведёт работу с 2019 г.", 30, "ru")
    assert kept is None or "м и, сообщили" not in kept.text


def test_a_russian_apposition_goes_with_the_sequel_that_points_back_at_its_role() -> None:
    """Round 176's check, ru 1801: dropping «, бывшего главного врача …,» alone left «…Саблина
    кандидата медицинских наук, занимавшего эту должность …», no comma and «эту должность»
    pointing at nothing."""
    cut = _cut("Прокуратура области в четверг направила в суд уголовное дело 61-летнего Игоря "
               "Мальцева, бывшего директора городского водоканала, кандидата технических наук, "
               "занимавшего этот пост с 2015 по 2022 г., который, по версии следствия, заключил "
               "договоры на ремонт сетей с фирмой своего сына по завышенным ценам, причинив "
               "бюджету ущерб более 40 млн руб.", 40, "ru")
    assert "Игоря Мальцева, который, по версии следствия, заключил" in cut
    assert "этот пост" not in cut


def test_english_cut_drops_ages_and_a_numbered_apposition_before_the_charge() -> None:
    """Round 82, en 667 (short 2 by both judges, "cut off before the charges"): the 77-word lead
    kept every name, age and title and lost "accusing them of rigging three tenders …"."""
    sentence = ("Romanian anti-corruption prosecutors on Tuesday indicted Ion Mărginean, 58, a "
                "cardiologist and the former general manager of Cluj-Napoca's Municipal Clinical "
                "Hospital No. 2, together with his former head of procurement, Daniela Pop, 44, "
                "and Sorin Vlădescu, 51, director of the Bucharest-based medical equipment "
                "distributor MedTrans Imaging SRL, accusing them of rigging three tenders worth a "
                "combined 23.6 million lei ($7.6 million) for CT and MRI scanners between 2008 "
                "and 2010 in exchange for bribes of 340,000 euros.")
    cut = shorten(sentence, 60, "en")
    assert cut is not None and len(cut.text.split()) <= 60
    assert "accusing them of rigging three tenders" in cut.text
    assert "bribes of 340,000 euros." in cut.text
    assert "Sorin Vlădescu, director of" in cut.text  # the apposition after the age keeps its comma
    # (a verb after a dropped age takes no comma)
    sentenced = shorten("A court on Wednesday sentenced art dealer Henrik Vestergaard, 61, to four "
                        "years in prison for selling 23 forged paintings, a case that exposed how "
                        "easily the trade could be fooled by a well-told story of provenance.", 20,
                        "en")
    assert sentenced is not None and "Henrik Vestergaard to four years" in sentenced.text


@pytest.mark.parametrize(("language", "text", "needs"), [
    ("en", "The court ruled on Monday. Justice Margaret Holloway read the ruling. The hall was "
     "full. Holloway said the deal hurt shoppers.", {3: {1}}),
    ("kk", "Сот шешім шығарды. Заңгер Ерлан Оспанов шағымданды. Зал толы болды. Оспановтың "
     "айтуынша, шешім әділетсіз.", {3: {1}}),
    # a two-word place is no person: "Қазақстанда" later needs no introduction
    ("kk", "Шығыс Қазақстан облысында су тасыды. Көп үй зардап шекті. Қазақстанда мұндай су "
     "тасқыны сирек.", {}),
    # the surname is the last of a run of capitalised words (round 50, en 314)
    ("en", "The court halted the demolition. Sport Minister Joanne Whitford announced a fund. "
     "Skaters cheered. Whitford said the timing was a coincidence.", {3: {1}}),
])
def test_a_surname_alone_needs_the_unit_that_gives_the_full_name(
        language: str, text: str, needs: dict[int, set[int]]) -> None:
    units = _units(text, language)
    found = {i: set(intro) for i, intro in enumerate(name_introductions(units)) if intro}
    assert found == needs


@pytest.mark.parametrize(("language", "text"), [
    ("en", "In the first quarter of 2024, 3,412 electric cars were registered."),
    ("ru", "В первом квартале 2024 г. в стране зарегистрировали 3 412 электромобилей."),
    ("kk", "2024 ж. бірінші тоқсанында елде 3 412 электромобиль тіркелді."),
    # by the results of a period (round 53, ru 329; judged ru 269)
    ("ru", "Доля свободных складов по итогам первого полугодия снизилась до 0,4 %."),
    ("ru", "Продажи мотоциклов за январь–сентябрь составили 41 870 штук."),
    # by a weekday: "By Tuesday morning, police … estimated …" (round 62, en 424, where the
    # sentence after it became the news under the scene)
    ("en", "By Tuesday morning, police estimated that about 260 people had come to the village."),
    # by the day a rule starts (round 66, en 478, whose scene stood for the news)
    ("en", "From May 5, canteens in all 178 state schools will have to follow new rules."),
    ("en", "Starting Sept. 1, the ferry will run twice a day."),
    # by a day in words (round 117's check, ru 1084, whose summaries were the key's keeper)
    ("ru", "Первого сентября ключ ей больше не понадобился."),
    # by a clock time and its day (round 173's check, en 1756)
    ("en", "Officials issued a boil-water notice shortly before 11 p.m. Wednesday."),
    # by a part of a month and what was done in it (round 194, judged ru 2014, short a point
    # below lead, whose summaries were the observer's morning)
    ("ru", "Управление в конце января утвердило план закрытия 27 метеопостов."),
])
def test_passages_dated_by_a_period_or_a_weekday_are_news_reports(language: str, text: str) -> None:
    from summarizer.units import is_news_report

    assert is_news_report(text, language)
    assert not is_news_report("Electric cars are still rare in the country.", language)


def test_a_part_of_a_month_without_a_deed_in_it_is_no_dated_report() -> None:
    from summarizer.units import is_news_report

    assert not is_news_report("В конце января озеро обычно замерзает у берега.", "ru")
    assert not is_news_report("В начале марта здесь ещё лежит снег.", "ru")


def test_today_over_a_verb_in_the_present_is_nowadays_in_english_too() -> None:
    """Round 174's check, en 1768: "Today she counts two other permanent residents …", the
    scene's person, was taken for the dated news under the scene."""
    from summarizer.units import is_news_report

    assert not is_news_report("Today she counts two other residents in the building.", "en")
    assert is_news_report("Today she resigned from the council.", "en")


def test_opening_hours_by_weekday_are_no_news_report() -> None:
    from summarizer.units import is_news_report

    assert not is_news_report("The shop opens at 9 a.m. Monday through Friday.", "en")


def test_today_before_a_verb_in_the_present_is_nowadays_not_a_date() -> None:
    """Round 51, ru 316: «горчицу сегодня выпускают в десятке регионов» was taken for dated
    news and led the short summary from under the scene."""
    from summarizer.units import is_news_report

    assert not is_news_report("Горчицу сегодня выпускают в десятке регионов.", "ru")
    assert is_news_report("Сегодня Госдума приняла закон.", "ru")
    assert is_news_report("Закон сегодня приняла Госдума.", "ru")


def test_this_weeks_before_a_noun_dates_nothing() -> None:
    """Round 69, en 514: "This week's number is 113.", a detail of the scene (the weeks on a
    waiting list), was taken for the news buried under it, and both summaries opened on it
    in place of the board's plan told "On Thursday" a paragraph later."""
    from summarizer.units import is_news_report

    assert not is_news_report("This week's number is 113.", "en")
    assert is_news_report("This week the board agreed to rent two theatres.", "en")
    assert is_news_report("The board met this morning.", "en")


def test_since_a_day_dates_a_russian_report() -> None:
    """Round 69, ru 512: «…переправа … со вторника закрыта на неопределенный срок» under its
    dateline read as undated, and a plan further down («Навигацию … планировалось завершить
    только 5 октября.») opened both summaries in place of the closure."""
    from summarizer.units import is_news_report

    assert is_news_report("Паромная переправа со вторника закрыта на неопределенный срок.", "ru")
    assert is_news_report("С понедельника в городе приостановлена выдача справок.", "ru")
    assert not is_news_report("Переправа закрыта на неопределенный срок.", "ru")


def test_a_count_as_of_a_date_is_not_a_dated_event() -> None:
    """Round 69, ru 509: «на 1 июня … было открыто около 4 700 … вакансий», a count as of a
    date three paragraphs down, was taken for the news buried under the dated lead, and the
    short summary lost the new stipends."""
    from summarizer.units import is_news_report

    assert not is_news_report("По данным центра занятости, на 1 июня в регионе было открыто "
                              "около 4 700 вакансий.", "ru")
    assert not is_news_report("На 1 июня в очереди стояли 3 812 человек.", "ru")
    assert not is_news_report("По состоянию на 1 июня в очереди стояли 3 812 человек.", "ru")
    assert is_news_report("Комиссия заседала 15 мая.", "ru")
    assert is_news_report("Первый концерт назначен на 14 сентября.", "ru")
    assert is_news_report("В ночь на 2 июня самка родила детеныша.", "ru")


@pytest.mark.parametrize(("language", "text", "background"), [
    ("en", "Home care has become one of the fastest-growing parts of the health system.", True),
    ("ru", "Здание вокзала было построено в 1976 г. и давно не ремонтировалось.", True),
    ("kk", "Қазіргі автовокзал ғимараты 1970 жылдардың соңында салынған.", True),
    ("en", "The new terminal will cost 24 billion tenge.", False),
    # blind round 13: a start date, "has since", years-long debates (en 87, en 92, ru 90, kk 90)
    ("en", "The contract began in April 2022.", True),
    ("en", "The engineering firm has since stopped trading.", True),
    ("ru", "Разговоры о раздельном сборе мусора ведутся больше десяти лет.", True),
    ("kk", "Бұл мәселе бойынша пікірталас бірнеше жылдан бері толастамай келеді.", True),
    ("en", "The strike will begin on Feb. 24.", False),
    ("ru", "В конце 1980-х в мастерской трудились около 200 кружевниц.", True),
    ("en", "In the 1980s the mill employed 2,000 people.", True),
    # a decade in passing is no background (blind round 16, en 106)
    ("en", "Its rediscovery was confirmed on Thursday, with specimens collected in the 1950s.",
     False),
    ("ru", "Публичные слушания пройдут 22 апреля.", False),
    # "not the first time" (blind round 20, ru 132)
    ("ru", "Вопрос о переходе на другое время поднимается в регионе не впервые.", True),
    ("en", "It is not the first time the council has tried to cut the lighting bill.", True),
    ("kk", "Бұл мәселе облыста алғаш рет емес көтеріліп отыр.", True),
    # the Soviet past and a founding year (blind round 38, ru 240 and kk 240 short summaries)
    ("ru", "Психоневрологические интернаты появились в нынешнем виде ещё в советское время.",
     True),
    ("kk", "Көктас 1958 ж. барит кенішінің жанынан жұмысшылар кенті ретінде бой көтерген.", True),
    ("kk", "Зауыт 2026 жылы іске қосылады.", False),
    # the last century (round 65, kk 462 short; judged ru 228 short)
    ("kk", "Су қоймасы өткен ғасырдың ортасында кеніштер үшін салынған.", True),
    ("ru", "Борщевик завезли в центральные области в середине прошлого века.", True),
    ("en", "The dam was built in the middle of the last century for the copper mines.", True),
    # what a stalled plan was to be (round 76, ru 594 short, in place of the reason)
    ("ru", "Буртинская ВЭС должна была стать крупнейшей ветростанцией в области.", True),
    ("en", "The plant was to become the largest wind farm in the region.", True),
    ("ru", "Станция станет крупнейшей в области.", False),
    # what a measure is (round 81, en 660 short: 'a COD definition, which is furniture')
    ("en", "COD is a standard measure of how much organic pollution water carries.", True),
    ("ru", "ХПК — это показатель того, сколько органики несёт вода.", True),
    ("en", "The COD of the sample was nine times the limit.", False),
    # round 91, en 772: the past moved back a step in what a review found is no background
    ("en", "On Wednesday the government announced a plan, after a review found that rural "
           "emergency departments had been closed 212 times in 2015.", False),
    ("en", "The mill had grown to 300 workers by 1990.", True),
    # round 164, en 1654: nor a count brought to where it stood by a day of this week
    ("en", "The Pine Gulch fire, which broke out on Friday in dry timber, had grown to about "
           "8,400 acres by Sunday evening, fire officials said.", False),
    ("en", "The river had risen to 5.2 metres by late Tuesday.", False),
    ("en", "The herd had grown to about 8,400 head by the 1990s.", True),
    # round 112, en 1023: nor in what somebody said, the reason told ("…said fuel prices had
    # risen by about 18% …", left out of the long summary as background)
    ("en", "The firm said fuel prices had risen by about 18% over the past year.", False),
    ("en", "Fuel prices had risen by about 18% before the war.", True),
    # round 117's check, en 1090: nor in what was confirmed, the recovery that was the news
    ("en", "The museum confirmed that the painting had been recovered by police in Antwerp.",
     False),
    ("en", "The painting had been recovered once before, in 1961.", True),
    # round 165, en 1666: nor in what was announced
    ("en", "Police announced that 21 of the coins had been recovered in Rotterdam.", False),
    ("en", "The 2.5-km road had been closed for repairs.", True),
    # a year on what the sentence speaks of, not what it tells (round 106's check, kk 952)
    ("kk", "Комиссия 18 сәуірде 1967 жылы салынған бөгеттің жағдайын «қауіпті» деп бағалады.",
     False),
    ("kk", "Бөгет 1967 жылы салынған.", True),
    # (with a comma after the year: round 126, kk 1194 short)
    ("kk", "№2 депо 1971 ж., қалада екінші трамвай желісі ашылған жылы салынған.", True),
    # how a contest came to be (round 105, ru 940 short, in place of the ministry's check)
    ("ru", "Фестиваль «Северный ветер» появился в 2009 г. как встреча школьных оркестров.",
     True),
    ("ru", "В новом корпусе появились 40 мест для пациентов.", False),
    # when it was decided to build it (round 123's check, kk 1164 short, in place of the new
    # opening date)
    ("kk", "Орталықты салу туралы шешім 2018 жылы Түркістан облыс орталығы мәртебесін "
           "алғаннан кейін қабылданды.", True),
    ("kk", "Үкімет орталықты салу туралы шешімді сейсенбі күні қабылдады.", False),
    # who runs it today, after its history (round 171's check, ru 1732); not what was done today
    ("ru", "Сегодня электростанцией управляет АО «Северная энергия».", True),
    ("ru", "Сегодня суд оштрафовал компанию на 300 тыс. руб.", False),
    # a sentence that opens on the day of this week it tells of (round 179's check, en 1838)
    ("en", "By Friday afternoon, the deal had been frozen by the High Court.", False),
    ("en", "The deal had been frozen by the High Court in 2009.", True),
    # when it was built, told by who did it (round 193's check, ru 1998 short, in place of the
    # investor's plan); not what was started this year
    ("ru", "Бумажную фабрику запустили в 1971 г.", True),
    ("ru", "Первую очередь завода построили в 1958 году.", True),
    ("ru", "Новую линию запустили в 2024 г. в марте, сообщили в компании.", False),
    ("ru", "Рабочие запустили в среду новую линию.", False),
])
def test_background_sentences_are_told_from_news(language: str, text: str,
                                                  background: bool) -> None:
    from summarizer.units import is_background

    assert is_background(text, language) is background


def test_a_name_in_quotation_marks_is_no_quotation_opening_and_today_is_a_date() -> None:
    from summarizer.units import is_feature_opening, is_news_report

    lead = "«Тобыл Агромаш» серіктестігі бүгін Қостанайда трактор құрастыру желісін іске қосты."
    assert not is_feature_opening(lead, "kk") and is_news_report(lead, "kk")
    assert is_feature_opening("«Мы ждали этого десять лет», — говорит фермер.", "ru")
    assert is_news_report("The council approved the plan today.", "en")
    assert is_news_report("Сегодня правительство утвердило программу.", "ru")


@pytest.mark.parametrize(("language", "sentence", "start"), [
    # (the apposition is the longer aside, so it goes first and the relative clause stays)
    ("ru", "Пенсионерка Нина Дорохова, бывшая учительница биологии из поселковой школы на "
           "самой окраине старого рыбацкого района, которая обходит с сачком берег, нашла кусок "
           "янтаря с ящерицей.", "Пенсионерка Нина Дорохова, которая"),
    ("en", "Anna Berg, a former biology teacher at the village school on the far edge of the old "
           "fishing quarter, who walks the beach, found a lump of amber with a lizard inside.",
     "Anna Berg, who"),
])
def test_a_relative_clause_after_a_removed_apposition_keeps_its_comma(
        language: str, sentence: str, start: str) -> None:
    """Blind round 13, ru 91: "Дорохова которая…" was left without its comma."""
    assert _cut(sentence, len(sentence.split()) - 3, language).startswith(start)


@pytest.mark.parametrize(("language", "sentence", "broken"), [
    ("ru", "Пенсионерка Нина Дорохова, бывшая учительница биологии, которая тридцать лет каждое "
           "утро после штормов обходит с сачком пустынный берег, нашла кусок янтаря с ящерицей.",
     ("Дорохова которая", "биологии нашла", "биологии которая")),
    ("en", "Anna Berg, a former biology teacher, who has walked the empty beach every morning "
           "after the storms for thirty years, found a lump of amber with a lizard inside.",
     ("Berg who", "teacher found", "teacher who")),
])
def test_two_asides_in_a_row_lose_no_comma_whichever_goes(
        language: str, sentence: str, broken: tuple[str, ...]) -> None:
    """Blind rounds 13 and 25 (ru 91, ru 163): an apposition then a relative clause; the cut
    drops the longer one and keeps the commas around what stays."""
    cut = _cut(sentence, len(sentence.split()) - 3, language)
    assert not any(piece in cut for piece in broken)


def test_a_long_subject_keeps_its_main_verb_and_loses_its_participles() -> None:
    """Blind round 14, en 97: the cut took ", agreed on Wednesday to return …," for an
    apposition and left an 81-word lead without its verb."""
    sentence = ("A Glasgow museum that has kept a painted ceremonial drum in its stores since a "
                "timber merchant donated it in 1887, showing it to the public only twice in more "
                "than a century and listing it for decades in its catalogue as a \"Lapland "
                "tambourine\", agreed on Wednesday to return the instrument to a herding community "
                "in northern Norway, ending a six-year campaign led by a village council and a "
                "young singer who first spotted it online.")
    cut = _cut(sentence, 60, "en")
    assert "in 1887 agreed on Wednesday to return the instrument" in cut
    assert "showing" not in cut


def test_a_dash_aside_before_who_said_it_leaves_its_comma() -> None:
    """Round 74's fix of ru 577: «…по фиксированному расписанию — раз в неделю, — сообщил …»
    lost the aside with its comma, «расписанию сообщил»."""
    sentence = ("Отделения в 12 сёлах района, где, по данным администрации, живут около 4 тыс. "
                "человек, с 1 марта будут открыты три дня в неделю, а посылки начнут доставлять "
                "по твердому расписанию — раз в неделю, — сообщил во вторник на заседании "
                "районного совета руководитель почтового филиала П.С. Ванюта.")
    cut = _cut(sentence, 45, "ru")
    assert "расписанию сообщил" not in cut, cut


def test_an_ordinal_or_an_adjective_in_nn_opens_no_russian_participle_aside() -> None:
    """Round 74, ru 571 (short 1 by both judges): "высокую, четвертую по пятибалльной шкале,
    лавинную опасность" lost «четвертую …» as a participle aside and «лавинную опасность» as
    another, leaving «высокую из-за чего»."""
    sentence = ("Региональное управление МЧС в четверг, 3 марта, после двух суток сильного "
                "снегопада объявило в трех горных районах высокую, четвертую по пятибалльной "
                "шкале, лавинную опасность, из-за чего на перевале полностью перекрыли движение, "
                "а на двух курортах остановили подъемники и попросили туристов не выходить на "
                "склоны до особого распоряжения спасателей и администрации районов.")
    cut = _cut(sentence, 40, "ru")
    assert "лавинную опасность" in cut, cut
    assert "высокую из-за" not in cut and "шкале из-за" not in cut, cut


def test_an_apposition_to_a_preposition_s_object_takes_its_relative_s_predicates() -> None:
    """Round 74, en 571 (short 2 and 3): ", a 1950s picture house … that closed in 1999," was
    dropped alone, leaving "…inside the Cinéma Sqala was used for years as a carpet warehouse
    and has just reopened …" (the cinema's predicates read as the festival's)."""
    sentence = ("The fourth River Lights Film Festival, a week-long event that began as a few "
                "screenings on the quay of this northern port and now draws filmmakers from the "
                "whole region, opened on Friday night inside the Odeon Royal, a 1930s picture "
                "house by the harbour that closed in 1994, was used for years as a furniture "
                "store and has just reopened after a three-year restoration paid for mostly by "
                "local shop owners, with 410 blue velvet seats, a new projector and the original "
                "painted ceiling of ships and gulls.")
    cut = _cut(sentence, 60, "en")
    assert "Royal was used" not in cut and "Royal, was used" not in cut, cut
    assert "opened on Friday night inside the Odeon Royal" in cut, cut


def test_a_verb_with_its_day_far_after_it_is_the_main_verb_not_an_aside() -> None:
    """Round 74, en 577 (short scored 1 by both judges): ", settled on farms along a
    60-kilometre stretch of … coast … on Thursday," was dropped as a participle aside, and the
    cut went on to splice "earlier this week fodder fields …"."""
    sentence = ("A swarm of grasshoppers that farmers believe hatched in the dry hills after a "
                "wet spring, and that then rode strong northerly winds down the valley last week, "
                "landed on orchards along a 40-kilometre strip of the river plain between two "
                "market towns on Tuesday, stripping apple trees, hay fields and young vines "
                "within hours and forcing the ministry to send nine spraying teams before dawn.")
    cut = _cut(sentence, 60, "en")
    assert "landed on orchards along a 40-kilometre strip" in cut, cut
    assert "week hay fields" not in cut and "week, hay" not in cut


def test_a_verb_with_its_day_after_an_apposition_is_the_main_verb_not_an_aside() -> None:
    """Blind round 46, en 289: ", docked in Baltimore on Tuesday after …," was dropped as a
    participle aside, then ", a … carrier fitted with four rigid," was cut at the comma between
    two adjectives, and ", becoming … with the wind," went without the "rather than its engine"
    that finished it: "The Aeolus Trader wing-shaped sails … Rotterdam rather than its engine"."""
    sentence = ("The Baltic Star, a 180-metre tanker fitted with three tall, drum-shaped rotors "
                "that spin in the wind, docked in Gdansk on Monday after a nine-day voyage from "
                "Halifax, becoming the largest tanker yet to cross the ocean with the wind, rather "
                "than its engine, as a main source of power and, according to its owner, burning a "
                "quarter less fuel than its sister ship on the same route.")
    for limit in (60, 55, 50):
        cut = _cut(sentence, limit, "en")
        assert "docked in Gdansk on Monday" in cut
        assert "The Baltic Star, a 180-metre tanker" in cut or "The Baltic Star docked" in cut
        assert "Halifax rather" not in cut and "Halifax, rather" not in cut
        assert "Star drum-shaped" not in cut
        assert "and, burning" not in cut  # (the comma went with "according to its owner")


def test_a_relative_clause_with_times_and_a_list_of_predicates_goes_whole() -> None:
    """Round 47, en 295 (short scored 1 by both judges): ", whose first classes were moved from
    7:35 a.m. to 8:45 a.m. …," was no aside (its times stopped it), and once it was, it ended at
    the first comma of its own list ("…angered some parents, forced … and was opposed …,")."""
    sentence = ("Pupils at nine primary schools in the hills north of Almaty, whose lunch break "
                "was moved from 11:30 a.m. to 12:40 p.m. last year in a change that upset some "
                "cooks, forced a reshuffle of bus timetables and was opposed at first by the "
                "parents' council, ate more vegetables and were less often sent to the school "
                "nurse, according to a report published on Monday by the city health office.")
    for limit in (55, 40):
        cut = _cut(sentence, limit, "en")
        assert cut.startswith("Pupils at nine primary schools in the hills north of Almaty ate "
                              "more vegetables"), cut
    mayor = ("The mayor, who took office in May after a long campaign that divided the party, cut "
             "the budget and froze hiring, officials said on Tuesday, adding that schools would "
             "be spared from the cuts for at least another year or two.")
    assert _cut(mayor, 30, "en").startswith("The mayor cut the budget and froze hiring")


def test_an_apposition_ending_on_a_comma_between_adjectives_goes_on_to_their_noun() -> None:
    """Judged en 211 (found with round 46): ", the … carrier that … selling off older," was
    dropped as an apposition and left "Nordhavn Line fuel-hungry vessels, said …"."""
    sentence = ("Steppe Freight, the Almaty-based rail operator that ranks as the region's "
                "third-largest by wagons and has spent the past four years scrapping older, leaky "
                "tank wagons, ordered 600 new wagons on Friday from a plant in Pavlodar, in a deal "
                "worth about 40 billion tenge that is the largest single order in the plant's "
                "history and a central part of its pledge to halve spills by 2030.")
    for limit in (60, 45):
        cut = _cut(sentence, limit, "en")
        assert "Freight leaky" not in cut and "Freight tank" not in cut
        assert "ordered 600 new wagons on Friday" in cut


@pytest.mark.parametrize(("sentence", "news"), [
    ("Researchers in Uppsala have found that farming shrank by two-thirds.", True),  # round 50
    ("Police have arrested two men.", True),
    ("A new crayfish has been formally described as a new species.", True),
    ("Farmers have pumped groundwater without any limit since 1990.", False),  # it lasts
    ("The mill has stood on the river for decades.", False),
])
def test_an_english_report_in_the_present_perfect_is_news(sentence: str, news: bool) -> None:
    from summarizer.units import reports_in_perfect

    assert reports_in_perfect(sentence, "en") is news


def test_a_russian_aside_is_not_closed_before_a_participle_of_its_own_noun() -> None:
    """Round 50, ru 313 (short scored 3 by both judges): ", более сорока лет собиравший … у их
    наследников," was dropped as an aside and left "Бурмистров разъехавшихся по всей стране"."""
    sentence = ("Московский коллекционер Павел Сергеевич Лавров, тридцать лет собиравший "
                "финифть и ещё в 1990-е годы искавший работы ростовских мастеров у их внуков, "
                "разъехавшихся по всей стране, безвозмездно передал музею собрание из 215 "
                "предметов, созданных в 1920–1960-е годы, а также архив переписки с художниками, "
                "среди которых, по оценке специалистов, немало работ, считавшихся утраченными, "
                "сообщила в понедельник пресс-служба музея.")
    for limit in (55, 45):
        assert "Лавров разъехавшихся" not in _cut(sentence, limit, "ru")


@pytest.mark.parametrize(("sentence", "leans"), [
    ("Кейбір тұрғындар мұны алдын ала хабарламағанын жазды.", True),
    ("Сарапшылар мұны жылы ауа райымен түсіндіреді.", True),
    ("Қалалық кеңестің деректеріне қарағанда, мұнда 12 мың адам тұрады.", True),
    ("Сала өкілдері де осыған ұқсас пікір білдірді.", True),
    ("Компания бұған дейін тексерулерден ескертусіз өтіп келген.", False),  # "until now"
    ("Компания жаңа бағыт ашатынын хабарлады.", False),
    # round 117, judged kk 1091: sharper than the fall told before
    ("Ақтөбе облысында құлдырау одан да күрт – 33%.", True),
    ("Ақтөбе облысында құлдырау күрт – 33%.", False),
])
def test_a_kazakh_pronoun_for_what_was_told_before_leans_on_it(sentence: str,
                                                               leans: bool) -> None:
    """Round 60, kk 403 (long scored 2 by both judges): «Әлеуметтік желілерде кейбір тұрғындар
    мұны … хабарламағанын жазды» ("this": the street closures) was picked without the
    sentence on the closures."""
    assert leans_on_previous(sentence, "kk") is leans


@pytest.mark.parametrize(("sentence", "leans"), [
    ("Эксперты связывают это прежде всего с нехваткой прямых рейсов.", True),
    ("В компании объясняют это ростом цен на топливо.", True),
    ("Эксперты связывают рост цен с нехваткой прямых рейсов.", False),
    # round 112's check, ru 1024: what they understand was told before; and others than the
    # people told before
    ("В Берёзовом Яре, похоже, это понимают.", True),
    ("В мэрии это знают.", True),
    ("В мэрии понимают, что денег не хватит.", False),
    ("Другие родители, напротив, довольны.", True),
    ("Родители учеников довольны новым графиком.", False),
    # round 135, ru 1306: both of the two scores told before
    ("Обе рукописи, судя по описи, лежали в сундуке.", True),
    ("Оба перевозчика закончили год с убытком.", True),
])
def test_a_russian_this_as_the_object_of_explaining_leans_on_what_was_told(
        sentence: str, leans: bool) -> None:
    """As «мұны» in Kazakh: «Энергетики связывают это …» explains what the sentence before
    told (judged ru 213, where it came with it only by chance)."""
    assert leans_on_previous(sentence, "ru") is leans


def test_a_russian_aside_is_not_closed_between_two_adjectives_of_its_noun() -> None:
    """Round 60, ru 403 (short scored 1 by both judges, 'garbled'): the relative clause was
    taken to end at «по новой,», which left «…марафона заметно более холмистой трассе …»."""
    sentence = ("Около двух тысяч лыжников из 30 регионов России и трех стран, включая Казахстан, "
                "Беларусь и Армению, в субботу вышли на старт третьего Кировского лыжного "
                "марафона, который организаторы из местного спортивного клуба «Вятка» впервые "
                "провели по новой, заметно более сложной трассе вдоль реки с общим набором "
                "высоты 420 м, а победителем на дистанции 50 км, вопреки ожиданиям многих "
                "болельщиков и тренеров, стал 19-летний студент из Слободского Иван Перминов, "
                "пробежавший ее за 2:05:11.")
    for limit in (60, 50, 40):
        assert "марафона заметно" not in _cut(sentence, limit, "ru")


def test_a_long_russian_relative_clause_goes_and_the_apposition_keeps_its_comma() -> None:
    """Round 52, ru 325 (short scored 2 by both judges): ", которая последние шесть лет …
    получила разрешение на клиническое исследование," was too long to be taken for an aside,
    and the cut fell before what was transplanted."""
    sentence = ("Хирурги казанского центра микрохирургии глаза «Зрение», частной клиники, которая "
                "последние пять лет вместе с биологами одного из местных университетов "
                "разрабатывала технологию выращивания тканей глаза из клеток самого пациента и в "
                "прошлом году получила разрешение на клиническое исследование, впервые в России "
                "пересадили 61-летнему жителю Татарстана поверхностный слой роговицы, выращенный "
                "в лаборатории из клеток его здорового глаза, сообщила в среду пресс-служба "
                "центра.")
    cut = _cut(sentence, 45, "ru")
    assert "«Зрение», частной клиники, впервые в России пересадили" in cut
    assert "поверхностный слой роговицы" in cut


def test_a_list_inside_a_relative_clause_is_not_cut_at_its_comma() -> None:
    """Blind round 14, ru 97: dropping ", которые … в Томской," left "Сибири Новосибирской и
    Омской областях"."""
    sentence = ("Учёные Томского института, одного из старейших научных центров Сибири, которые "
                "три сезона снимали посевы пшеницы в Томской, Новосибирской и Омской областях с "
                "помощью беспилотников, разработали алгоритм, способный выявлять ржавчину за "
                "неделю до появления симптомов.")
    cut = _cut(sentence, 30, "ru")
    assert "Сибири Новосибирской" not in cut and "Сибири, Новосибирской" not in cut


def test_kazakh_cut_can_keep_the_opening_and_the_subject_with_its_verb() -> None:
    """Blind round 14, kk 97: the cut kept only the late clauses, so the year and the place
    of the opening were lost; now the opening clause and the last clauses that fit may go
    together, the participial chain between them dropped."""
    sentence = ("1981 жылы қаланың орталық саябағына қарап тұрған теміржолшылар клубының "
                "қабырғасына салынған, ұзындығы 18 метр, биіктігі 6 метр болатын, пойыз "
                "жүргізіп келе жатқан машинистер мен күзгі орман көріністерін бейнелейтін, соңғы "
                "жиырма жылда жаңбыр мен желден бүлініп, әр көктемде тастары түсе бастаған "
                "«Темір жол» атты мозаиканы қалпына келтіру жұмыстары облыс әкімдігінің "
                "қаржысына, бір жыл бойы жеті шебердің қатысуымен жүргізіліп, толық аяқталды.")
    cut = _cut(sentence, 45, "kk")
    assert cut.startswith("1981 жылы қаланың")
    assert "«Темір жол» атты мозаиканы" in cut and cut.endswith("толық аяқталды.")


def test_kazakh_cut_that_starts_at_a_later_clause_drops_its_conjunction() -> None:
    """Blind round 15, kk 103: "…Ал соңғы екі жылда…" began with "but" joined to nothing."""
    sentence = ("Бала кезінен Алматыдағы спорт мектебінде жаттығып, жасөспірімдер арасында үш рет "
                "ел чемпионы атанған, ал соңғы екі жылда бапкері Р.Ж. Оспановтың жетекшілігімен "
                "Ташкент пен Анталиядағы оқу-жаттығу жиындарына үзбей қатысып келген 22 жастағы "
                "семсерлесуші Әлия Темірғалиқызы жексенбі күні Будапештте өткен әлем кубогы "
                "кезеңінің финалында Италия өкілін 15:11 есебімен жеңіп, алғаш рет алтын медаль "
                "иеленді.")
    cut = _cut(sentence, 40, "kk")
    assert not cut.lstrip("…").lower().startswith("ал ")
    assert cut.endswith("алтын медаль иеленді.")


@pytest.mark.parametrize(("language", "sentence", "broken"), [
    # blind round 16, en 109: the apposition's comma was a list's
    ("en", "Yerlan Tokhtarov, an 83-year-old photographer who spent five decades documenting "
           "the city's apartment blocks, the apple orchards that once ringed the city and the "
           "people who lived among them, has handed his archive of 41,000 negatives to the city "
           "archive, which said on Monday it would digitise the collection within three years.",
     "Tokhtarov the apple"),
    # blind round 16, ru 109: "способные" describes the screws inside the dropped clause
    ("ru", "Консорциум «Сибмедсплав», объединяющий инженеров и травматологов, которые восемь "
           "лет разрабатывали винты из сплава магния, способные раствориться в организме через "
           "год после операции, получил разрешение на клинические испытания и провел первую "
           "операцию в городской больнице.",
     "травматологов способные"),
])
def test_an_apposition_is_not_cut_where_what_follows_leans_on_it(
        language: str, sentence: str, broken: str) -> None:
    assert broken not in _cut(sentence, 30, language)


@pytest.mark.parametrize(("sentence", "feature"), [
    ("Just before four in the morning, with the sky over the moor turning grey, a retired "
     "teacher lifted the lid of her moth trap.", True),  # blind round 16, en 106
    ("Shortly after midnight on Tuesday, police arrested two men at the port.", False),
    ("At half past nine on a still July morning, a retired teacher waded into the reeds.",
     True),  # blind round 19, en 124
    ("At six on Monday evening the council voted to close the library.", False),
    ("An hour after sunrise, Henrique Batista is already knee-deep in brine.",
     True),  # blind round 30, en 190
    ("An hour after the polls closed on Sunday, the election commission declared the mayor "
     "re-elected.", False),
    # round 73, en 556: an hour in words, "twenty to six"
    ("At twenty to six in the morning, before the goats are let out, Mpho Dube lines up "
     "four drums under the tower.", True),
    # round 73, en 562: with its day, but somebody already at it then
    ("At a quarter past six on Sunday morning, before the heating had come on, a bookseller "
     "was already on her knees between two tables.", True),
    ("Shortly after midnight on Tuesday, police said the fire was already out.", False),
    ("Shortly after midnight on Tuesday, police arrested two men who were still armed.", False),
    # round 117's check, en 1084: with its day, but to the minute in words, as no report is
    ("At ten to nine on Monday morning, a retired caretaker walked up the lane to the school "
     "with a brass handbell under his arm.", True),
    ("At 8.50am on Monday, police closed the A35 after a lorry overturned.", False),
    ("At ten on Monday morning, police closed the A35 after a lorry overturned.", False),
    # round 135, en 1300: a habit's years are no figure of news
    ("At ten to nine on Monday, the head teacher stood at the gate and counted heads, as she "
     "has done for 23 years.", True),
    ("At ten to nine on Monday, police closed 3 roads after a lorry overturned.", False),
    # round 165, en 1660: an hour "o'clock" in words, a person's age no figure of news
    ("At seven o'clock on Monday morning, Rose Achieng, 61, stood outside the pharmacy with a "
     "folded prescription in her hand.", True),
    ("At seven o'clock on Monday morning, police closed 12 pharmacies in the city.", False),
    # round 166, en 1672: an anecdote of years ago, its person told by age and trade
    ("In March 2012, a 26-year-old compliance analyst at the bank noticed something odd about a "
     "new client.", True),
    ("In March 2012, a court in Leeds fined the bank £3 million.", False),
    # round 166, en 1678: with its day, but somebody where they have been for years
    ("At 5.40 on Monday morning, Grace Owino was standing where she has stood for most of the "
     "past 31 years: at the door of the cold room.", True),
    ("At 5.40 on Monday morning, police were standing guard at the door of the cold room.",
     False),
])
def test_an_hour_without_its_day_opens_a_scene(sentence: str, feature: bool) -> None:
    from summarizer.units import is_feature_opening

    assert is_feature_opening(sentence, "en") is feature


@pytest.mark.parametrize(("sentence", "leans"), [
    ("Спрос на них превысил число мест почти вдвое.", True),  # blind round 24, ru 155
    ("Для них построят новый корпус к осени.", True),
    ("Мэр заявил, что у него нет претензий к подрядчику.", False),  # points inside
    ("Спрос на путевки превысил число мест почти вдвое.", False),
    # blind round 28, ru 178: "для этого" points inside its own sentence
    ("Администрация сообщила, что театр переедет в здание, которое для этого отреставрируют.",
     False),
    ("Администрация сообщила, что этот театр переедет в новое здание.", True),
    # round 117's check, ru 1084: «Часть из них …» without the sawmill's workers
    ("Часть из них поселилась в Ильинском.", True),
    ("Часть из новых рабочих поселилась в Ильинском.", False),
])
def test_a_russian_pronoun_after_a_preposition_early_on_points_back(sentence: str,
                                                                    leans: bool) -> None:
    from summarizer.units import leans_on_previous

    assert leans_on_previous(sentence, "ru") is leans


@pytest.mark.parametrize(("sentence", "feature"), [
    # blind round 25, ru 160: a season in the present tense is a scene; in the past, news
    ("В конце сентября на пасеке под Бирском стоит такой сладкий запах, что слетаются осы.",
     True),
    ("Летом на берегу озера стоят сотни палаток.", True),
    ("В конце сентября правительство утвердило программу развития пасек.", False),
    ("Летом 2024 г. цены на мед выросли на 12 %.", False),
    # so is an hour of the morning in words (round 73, ru 556)
    ("Анна Петровна выходит к колонке в начале седьмого утра, хотя воды там еще нет.", True),
    ("Мария Ивановна приходит на работу к шести утра и первым делом ставит чайник.", True),
    ("Пожар начался в начале седьмого утра в подвале жилого дома.", False),
    # round 83, ru 682 (short 2 and 2: 'feature opening only'): the hour after a comma, a bare
    # numeral
    ("Нина Сергеевна приходит в поликлинику на улице Чапаева к открытию, в семь утра.", True),
    ("Отключение началось вчера, в восемь утра, на подстанции «Северная».", False),
])
def test_a_russian_season_in_the_present_opens_a_scene(sentence: str, feature: bool) -> None:
    from summarizer.units import is_feature_opening

    assert is_feature_opening(sentence, "ru") is feature


@pytest.mark.parametrize(("language", "sentence"), [
    # blind round 39's fixes, judged ru 70: "last week" dates the news under a scene
    ("ru", "На прошлой неделе мастерская подписала контракт с епархией."),
    ("en", "Last week the workshop signed a contract with the diocese."),
    ("kk", "Өткен аптада шеберхана келісімшартқа қол қойды."),
])
def test_last_week_dates_a_report(language: str, sentence: str) -> None:
    from summarizer.units import is_news_report

    assert is_news_report(sentence, language)


@pytest.mark.parametrize(("language", "sentence"), [
    # round 43, en 268: "today" there means nowadays; it dates nothing
    ("en", "Today there are nine, and the youngest is 48."),
    ("ru", "Сегодня здесь работают 14 человек."),
    ("kk", "Бүгінде шеберханада тоғыз адам жұмыс істейді."),
])
def test_nowadays_dates_no_report(language: str, sentence: str) -> None:
    from summarizer.units import is_news_report

    assert not is_news_report(sentence, language)


@pytest.mark.parametrize(("language", "sentence", "feature"), [
    # blind round 39, ru 244: what a place smells of, in a short sentence, is a scene
    ("ru", "В мастерской Ивана Белова пахнет стружкой и горячим клеем.", True),
    ("ru", "В зале суда стоит тишина.", True),
    ("kk", "Шеберханада жаңа жонылған ағаштың иісі аңқиды.", True),
    # round 136, kk 1318: a wind that brings a smell
    ("kk", "Кешкі жел даладан жусанның иісін емес, тұзды иіс әкеледі.", True),
    ("en", "The boatyard smells of tar and wet pine.", True),
    # round 45 (judged en 192): a span of decades before the news
    ("en", "For six decades the old railway line has been a line of hawthorn across the fields.",
     True),
    # round 96, en 832: most of the past forty years
    ("en", "For most of the past forty years, the low stone building stored hockey sticks.", True),
    ("en", "For the past week, crews have fought the fire around the clock.", False),
    # round 44, en 274: a weekday's routine
    ("en", "Every Saturday at dawn, Joaquim Ferreira climbs the path above his village.", True),
    # round 43, ru 268: a morning somewhere
    ("ru", "Утро в стойбище Семёна Вануйто начинается задолго до рассвета.", True),
    # with figures, or long and reporting, it is not
    ("ru", "В 12 домах на окраине пахнет газом, сообщили в МЧС.", False),
    ("ru", "Жители жалуются, что во дворе пахнет канализацией.", False),
    # round 128, en 1222: the day, then the place that smells
    ("en", "On Saturday afternoon the hall at St. Bride's Parish School smelled of floor wax "
           "and wild roses.", True),
    ("en", "On Saturday afternoon residents said the street smelled of gas after the blast.",
     False),
])
def test_a_short_sensory_sentence_opens_a_scene(language: str, sentence: str,
                                                 feature: bool) -> None:
    from summarizer.units import is_feature_opening

    assert is_feature_opening(sentence, language) is feature


@pytest.mark.parametrize(("sentence", "feature"), [
    # blind round 24, kk 154: dawn, with no day, is a scene
    ("Таң енді ғана білінген шақта Зайсан көлінің жағасына үш балықшы жетті.", True),
    ("Ымырт түсе ауыл сыртындағы жайлаудан мал қайта бастады.", True),
    ("Таң енді ғана білінген шақта, сейсенбі күні, құтқарушылар көлге шықты.", False),
])
def test_kazakh_dawn_without_its_day_opens_a_scene(sentence: str, feature: bool) -> None:
    from summarizer.units import is_feature_opening

    assert is_feature_opening(sentence, "kk") is feature


@pytest.mark.parametrize(("language", "sentence", "feature"), [
    # round 158's check, en 1576: a person who woke, on no day, is a scene
    ("en", "Tomas Reid woke just before four to the sound of water in the hall.", True),
    ("ru", "Зарина Ахметова проснулась в начале четвёртого от крика своих коз.", True),
    ("kk", "Зарина Ахметова түнгі үштен кейін ешкілерінің шуынан оянды.", True),
    # (on a named day, it is the news)
    ("en", "Tomas Reid woke on Monday to find the river in his hall.", False),
    ("ru", "Зарина Ахметова проснулась в понедельник от крика своих коз.", False),
    # round 158's check, kk 1576: a person at a dawn hour in the storyteller's past, whatever
    # day it names
    ("kk", "Алпыс жастағы Сәуле Омарова бейсенбі күні таңғы алтыда қораға барғанда, малдың "
           "жоқ екенін көрген.", True),
    ("kk", "Бейсенбі күні таңғы алтыда полиция екі күдіктіні ұстады.", False),
    # round 159's check, kk 1588: "in the morning" and a person by first name and kin word
    ("kk", "Сенбі күні таңертең Жанар апай нанын пісіріп, базарға қарай жолға шыққан.", True),
    # round 160's check, en 1600: a person who has done a thing for years, in the present
    # perfect progressive (not a country that renewed a lease for 15 years, judged en 761)
    ("en", "Ruth Calder has been rowing her skiff across the same bay for 40 years.", True),
    ("en", "Ghana has renewed the mining lease for the Asante Hills mine for 15 years.", False),
    # (not a long lead that reports a briefing held "in the morning", judged kk 997)
    ("kk", "Облыстың төтенше жағдайлар департаменті бейсенбі күні таңертең өткен брифингте "
           "өрт 2 400 гектардан астам жерді шарпығанын, бірақ елді мекендерге қауіп "
           "төнбегенін хабарлап, 45 жастағы департамент басшысы Серік Оспанов алдағы "
           "тәулікте жел күшейетінін ескерткен.", False),
    # round 162, en 1630, ru 1624 and ru 1630: a vigil kept since a day, a person standing or
    # waiting in the present
    ("en", "Juana Quispe has not left the mouth of the Candelaria tunnel since Monday evening.",
     True),
    ("en", "The union has not left the talks since Monday evening.", False),
    ("ru", "Виктор Горбань стоит в резиновых сапогах на краю грунтовки и смотрит на поле.", True),
    ("ru", "Валентина Шестакова вторые сутки не уходит от проходной рудника.", True),
    ("ru", "Во вторник Виктор Горбань подал иск к дирекции гидроузла.", False),
    # round 163, en 1642 and kk 1636: a habit of a season, a person who has lived somewhere
    # since a year, an hour of the night in words
    ("en", "The creek that runs through the middle of Piñon Springs is, most Julys, narrow "
           "enough for a child to hop across.", True),
    ("en", "Dolores Ruybal, 71, has lived in a yellow clapboard house 40 feet from its bank "
           "since 1963.", True),
    ("en", "The council has approved 40 new homes since 2019.", False),
    ("kk", "Серік Омаров түнгі сағат екіге таман балконға шыққанда, солтүстік жақтағы аспан "
           "қызғылт сарыға боялып тұрған.", True),
    # round 161, en 1618: so many years in words with their units
    ("en", "For forty-three years, Stavros Koutsoukos has caught the mooring lines of every "
           "ferry that ties up at Merichas.", True),
    ("en", "For forty-three years the company has paid a dividend.", False),
    # round 161, kk 1618: a short present on what a person named first knows, no figure
    ("kk", "Мұрат Жанәбілов Ертістің бұл тұсын алақанындағыдай біледі.", True),
    ("kk", "Гүлнар Сейітова таудың әр соқпағын жатқа біледі.", True),
    # (a figure of years is still the scene's, see round 152; any other figure, or a reaction
    # in a longer sentence, is not)
    ("kk", "Асқар Бекенов 40 жыл бойы өзенде балық аулайды.", True),
    ("kk", "Ерлан Тұрсынов биыл облыста 12 жаңа мектеп салынатынын айтады.", False),
    ("kk", "Марат Әлжанов облыс әкімдігінің бұл шешімін диірмендер үшін өте маңызды қадам "
           "деп бағалайды.", False),
    # round 169, en 1708: a habit kept every day for so many months; not a count of months
    ("en", "For 19 months, Ruth Mensah has started every day the same way: tea, toast and two "
           "capsules.", True),
    ("en", "For 19 months, the council has refused to publish the audit.", False),
    # round 167, ru 1684 and ru 1690: a place "unusually quiet", also on a named day; not a
    # quiet that the news explains in the same sentence
    ("ru", "В операционной районной больницы непривычно тихо.", True),
    ("ru", "В трамвайном парке на окраине Перми в понедельник утром было непривычно тихо.", True),
    ("en", "On Monday morning the yard at the Leith depot was unusually quiet.", True),
    ("en", "The depot was unusually quiet on Monday after the union called a strike.", False),
    # (round 204, kk 2134: dawn not yet broken)
    ("kk", "Таң әлі толық атпаған.", True),
    ("kk", "Таңертең комитет балық аулау лимитін азайтты.", False),
    # (round 203, ru 2122: so quiet that a sound is heard; not a report that says so)
    ("ru", "В мастерской Анны Седовой на втором этаже старого каменного дома так тихо, что "
           "слышно, как постукивают друг о друга спицы.", True),
    ("ru", "Мэрия в среду сообщила, что в мастерских стало так тихо, что слышно часы.", False),
    # (round 170, en 1726: a thing of his kept so long, and a news lead of the same span)
    ("en", "For six weeks, Tomas Brandt has carried a folded map in the pocket of his coat.",
     True),
    ("en", "For six weeks, Harlow Mining has refused the union's demands for a pay rise.", False),
    # (round 170, ru 1720: a person named in full who has worked there since a year, whatever
    # day follows; not a body's news of the day)
    ("ru", "Анна Сергеевна Котова работает в регистратуре поликлиники с 1991 г. и, как "
           "оказалось в среду, одна помнит, как выписывать талоны от руки.", True),
    ("ru", "Администрация Пскова в среду расторгла договор, заключённый с 2019 г.", False),
    # (round 170, ru 1726: a place smelling on its day; not a complaint of a smell)
    ("ru", "В пятницу в фойе городского театра пахло гримом и свежей краской.", True),
    ("ru", "В пятницу жители района пожаловались, что во дворах пахнет газом.", False),
    # (round 170, kk 1720 and kk 1722: a day, then its hour in words; not in figures)
    ("kk", "Дүйсенбі күні таңғы тоғызда аудандық емхананың дәлізінде кезек есікке дейін "
           "созылды.", True),
    ("kk", "Дүйсенбі күні сағат 09:00-де аудандық әкімдік емхананы жабу туралы шешім "
           "қабылдады.", False),
    ("kk", "Дүйсенбі күні таңғы сағат тоғызда Сәуле Жақыпова емхананың тіркеу бөлміне "
           "үшінші рет келді.", True),
    # (round 172, en 1750: so many seasons in words)
    ("en", "For twenty-two summers, Ruth Keane has opened the kiosk at the pier the same way.",
     True),
    # (round 171, ru 1732: one who has fished there since a year)
    ("ru", "Олег Сомов ловит рыбу на этом плёсе с 1979 г., с тех пор как вернулся из армии.",
     True),
    # (round 172, ru 1744: so many years, in a short sentence of its own; not a company's)
    ("ru", "Ирина Белова водит автобус по Твери 22 года.", True),
    ("ru", "Компания Ромашка работает на рынке 20 лет.", False),
])
def test_a_person_who_woke_opens_a_scene(language: str, sentence: str, feature: bool) -> None:
    from summarizer.units import is_feature_opening

    assert is_feature_opening(sentence, language) is feature


@pytest.mark.parametrize(("language", "sentence", "feature"), [
    # round 87, kk 724: a habit on a named day is still a scene
    ("kk", "Сәрсенбі күні таңертең Асқар Бекенов, әдеттегідей, қойларын өзен жағасына айдады.",
     True),
    ("ru", "В четверг утром Нина Петровна, как обычно, открыла ларёк у остановки.", True),
    ("en", "On Monday morning Ruth Hale, as usual, walked her dog along the canal.", True),
    # (with figures, it is the news)
    ("ru", "В четверг, как обычно, дума приняла бюджет на 2027 год.", False),
    # round 106's check, kk 952, and en 412: what someone does every morning is a scene
    ("kk", "Серік Әлиев күн сайын таңғы сағат алтыда көпірдің астына түседі.", True),
    ("en", "Henrike Ostermann still walks the fence line every morning before breakfast.", True),
    ("ru", "Иван Петров каждое утро обходит плотину.", True),
    # round 111, kk 1018: and every Monday («әр дүйсенбіні»), which named the day
    ("kk", "Гүлнар Сағындықова отыз төрт жыл бойы әр дүйсенбіні бір ғана іспен бастайды.", True),
    ("ru", "Каждый понедельник Вера Львовна начинает с обхода хранилища.", True),
    ("en", "Every Monday Ruth Hale opens the archive room first.", True),
    # round 111, kk 1012: a Kazakh hour in words with a verb in the present
    ("kk", "Кенттегі ескі пошта ғимаратындағы банк бөлімшесінің есігі таңғы тоғызда ашылады.",
     True),
    ("kk", "Бейсенбі күні таңғы тоғызда банк бөлімшесі жабылды.", False),
])
def test_a_habit_told_at_the_start_opens_a_scene(language: str, sentence: str,
                                                 feature: bool) -> None:
    from summarizer.units import is_feature_opening

    assert is_feature_opening(sentence, language) is feature


@pytest.mark.parametrize(("language", "sentence", "wanted", "broken"), [
    # blind round 17, en 115: the place phrase after the aside goes with it
    ("en", "A tiny orchid with green petals and a striped lip, discovered by a team of botanists "
           "on a single ridge in the Cordillera del Condor, close to the border with Peru, has "
           "been formally described as a new species, the researchers announced on Thursday, "
           "warning that a mining road is planned nearby.",
     "striped lip has been formally described", "lip close to the border"),
    # blind round 17, ru 115: an aside that ends on "и," is not closed at that comma
    ("ru", "Фигуристка Варвара Лыткина, которая два года назад из-за травмы пропустила сезон и, "
           "по признанию тренеров, думала о завершении карьеры, в субботу на этапе Кубка России "
           "в Саранске впервые чисто исполнила четверной аксель и опередила соперниц.",
     "Лыткина", "«Лыткина по признанию"),
])
def test_an_aside_goes_with_what_hangs_on_it_or_not_at_all(
        language: str, sentence: str, wanted: str, broken: str) -> None:
    cut = _cut(sentence, 30, language)
    assert wanted in cut and broken not in cut and "Лыткина по признанию" not in cut


def test_kazakh_lead_loses_its_source_and_second_clause_before_its_main_verb() -> None:
    """Blind round 18, kk 121: the cut kept the opening chain and the speaker's titles after
    "…" and lost "іске қосылды", the news. A Kazakh lead can drop ", деп хабарлады <who>" and a
    second main clause after ", ал" whole; the main verb stays."""
    sentence = ("Қостанайдан 40 шақырым жерде орналасқан, кеңестік кезеңде салынып, соңғы он "
                "жылда бос тұрған, жалпы құны 2,1 млрд теңгеге бағаланған жобаның аясында толық "
                "жаңартылған және Түркия мен Германияның екі компаниясының қатысуымен жабдықталған "
                "бұрынғы элеватордың орнындағы жаңа ұн тарту кешені дүйсенбі күні ресми түрде "
                "іске қосылды, ал алғашқы тәулікте кешен 300 тоннадан астам астықты өңдеп "
                "үлгерді, деп хабарлады облыстық ауыл шаруашылығы басқармасының басшысы, "
                "экономика ғылымдарының кандидаты Б.Қ. Сейітжанов.")
    with_second = _cut(sentence, 60, "kk")  # the source alone is enough
    assert with_second.endswith("өңдеп үлгерді.") and "Сейітжанов" not in with_second
    main = _cut(sentence, 45, "kk")
    assert main.startswith("Қостанайдан") and main.endswith("іске қосылды.")


def test_kazakh_cut_keeps_a_clause_after_al_that_is_not_after_a_finite_verb() -> None:
    """", ал" after a participle ("…атанған, ал …") is inside the chain that leads to the
    subject: dropping from there would lose the subject and the verb."""
    sentence = ("Бала кезінен Шымкенттегі спорт мектебінде жүзіп, жасөспірімдер арасында екі рет "
                "ел чемпионы атанған, ал соңғы үш жылда бапкері Д.С. Әлиевтің жетекшілігімен "
                "Ыстанбұл мен Дубайдағы жиындарға үзбей қатысып келген 20 жастағы жүзгіш Айгерім "
                "Сапарқызы сенбі күні Будапештте өткен әлем кубогы кезеңінің финалында 200 метрге "
                "кролмен жүзуде бірінші келіп, алғаш рет алтын медаль иеленді.")
    cut = _cut(sentence, 40, "kk")
    assert cut.endswith("алтын медаль иеленді.")


@pytest.mark.parametrize(("sentence", "gone", "kept"), [
    # blind round 18, ru 121: a participial aside that starts a few words before its participle
    ("Инженеры Уральского политехнического колледжа, почти четыре года собиравшие данные о "
     "вибрации старых мостов на севере области, получили грант на систему датчиков, которая, "
     "как показали испытания на двух путепроводах под Серовом, за месяц находит трещины "
     "размером меньше миллиметра, и уже летом ее установят на десяти мостах региона, сообщила "
     "в пятницу пресс-служба колледжа.",
     ["собиравшие", "как показали"], ["уже летом ее установят", "сообщила в пятницу"]),
])
def test_russian_asides_on_the_past_and_the_source_go_before_the_news(
        sentence: str, gone: list[str], kept: list[str]) -> None:
    cut = _cut(sentence, 32, "ru")
    assert not cut.endswith("…")
    assert all(word not in cut for word in gone) and all(word in cut for word in kept)
    assert "которая за месяц" in cut  # the relative pronoun keeps no stray comma


@pytest.mark.parametrize(("language", "sentence", "back"), [
    # blind round 18, kk 121: "this proposal" was never made in the summary
    ("kk", "Вице-министр Р.Т. Байжанова рәсімде бұл ұсыныс қаралатынын айтты.", True),
    ("kk", "Облыс әкімі аталған жобаны қолдайтынын жеткізді.", True),
    ("kk", "Зауыт осы жылы 12 мың тонна өнім шығарды.", False),
    ("kk", "Әкімдік бұл жолы тендер жарияламады.", False),
    ("ru", "Министр Сергей Гладков пообещал рассмотреть этот вопрос до конца месяца.", True),
    ("ru", "Выручка завода в этом году выросла на 8 %.", False),
    ("en", "The regulator said this decision would be reviewed.", True),
    ("en", "Sales fell by 4 % this year.", False),
    ("en", "Prices rose this March, the agency said.", False),
    ("en", "The mayor called it “this town's best day” on Monday.", False),  # inside a quote
    # blind round 19, en 128 and en 123: an act or a claim told before
    ("en", "The company said it would ask the appeals court to do so.", True),
    ("en", "State Sen. Carla Whitfield went further and called for an inquiry.", True),
    ("ru", "Депутат Олег Сомов пошёл дальше и предложил закрыть сервис.", True),
    ("en", "The court said the company could go on selling in other countries.", False),
    # blind round 20, en 130: a time named as "that" one
    ("en", "The final count from that night has changed the future of the site.", True),
    ("ru", "В тот же вечер мэрия отменила решение.", True),
    ("kk", "Сол күні әкімдік шешімді өзгертті.", True),
    ("en", "Officials said that the mine would stay open.", False),
    ("en", "The survey found that night heron colonies had grown to 41.", False),
    # answering a criticism told before (blind round 22, ru 144)
    ("ru", "В министерстве на критику ответили, что мобильные комплексы надежнее.", True),
    ("en", "The ministry responded to the criticism by promising more buses.", True),
    # (round 68, en 498: the criticism the mayor rejected was left out)
    ("en", "Mayor Gela Nadiradze rejected the criticism, saying the city had budgeted more.", True),
    ("en", "The court rejected the allegations against the club.", True),
    # advice given before (round 135, en 1306: the publisher's letter that gave it left out)
    ("en", "Marsh appears to have taken the advice: she wrote only songs after 1930.", True),
    ("en", "Marsh wrote only songs after 1930, on her publisher's advice.", False),
    # an idea or a scene told before (round 48, en 298; round 49, en 304)
    ("en", "On Wednesday the council decided to take that idea much further.", True),
    # what "it" is was told before (round 55, en 340)
    ("en", "On Wednesday, the city council decided to do something about it.", True),
    # the time of what was told before (round 55, en 344; round 56, ru 360, ru 356)
    ("en", "Two days later, the plan ran into the people it targets.", True),
    ("en", "Later this year the council will vote again.", False),
    ("ru", "За это время специалисты изучили шесть площадок.", True),
    ("ru", "Днём раньше о своей отставке объявил директор забега.", True),
    # whose words were told before (round 56, ru 357)
    ("ru", "Примерно половину пациентов, по его словам, выпишут через два дня.", True),
    ("en", "Nobody knew much about it until the survey was published.", False),
    ("en", "Moments like that were at the centre of a decision published on Thursday.", True),
    ("en", "Officials said that plans for the bridge were ready.", False),
    ("en", "Farmers like the new rules.", False),
    # a reason for what was told before (round 85, kk 708: «Қатаң бақылаудың өз себебі бар.»)
    ("kk", "Қатаң тәртіптің өз себебі бар.", True),
    ("kk", "Өткел жабылуының бірнеше себебі бар: мұз жұқа, жел күшті.", False),
    # (not "nevertheless", which a sentence can stand with: "Shift logs … were nonetheless
    # signed off as showing 'normal readings.'", round 85's pairwise check, en 417, lost 0-2
    # without it)
    ("en", "Shift logs were nonetheless signed off as showing normal readings.", False),
    # qualifying for what the sentence before told (round 84, en 689: the long summary kept
    # "…would qualify." without the assistance programme)
    ("en", "A couple earning up to $39,000 a year would qualify.", True),
    ("en", "Pensioners living alone will also be eligible.", True),
    ("en", "About 5,000 households will qualify for the grant.", False),
    # a study named as "that" one after a preposition (round 52, en 326)
    ("en", "Two of the 180 patients in that study developed liver injury.", True),
    ("en", "The new drug differs in that it works faster.", False),
    # round 81, en 654 (long 2 and 2: '"around 1.4 billion of that" points to EU funding that
    # was never mentioned'): a share with no currency after the amount
    ("en", "Officials say around 1.4 billion of that has not yet been claimed.", True),
    ("en", "The city spent 2 billion zloty on it last year.", False),
])
def test_a_demonstrative_later_in_the_sentence_points_back(
        language: str, sentence: str, back: bool) -> None:
    from summarizer.units import refers_back_inside

    assert refers_back_inside(sentence, language) is back


def test_a_place_word_early_in_a_russian_sentence_points_back() -> None:
    """Blind round 18, ru 119: «Первые партии туда…» needs the sentence naming the place."""
    assert opens_with_reference("Первые партии туда планируется отправить в мае.", "ru")
    assert not opens_with_reference("Компания «Сибирский лес» отправит туда первую партию.",
                                    "ru")


KK_MIDDLE_SUBJECT = (
    "Облыстық тарихи музейдің ғылыми қызметкерлері мен университет студенттерінен құралған, "
    "соңғы екі маусым бойы Есіл өзенінің жағалауындағы қорғандарды зерттеген және биыл алғаш рет "
    "дрон түсірілімін қолданған археологиялық экспедиция Ақмола облысы Целиноград ауданындағы "
    "шағын қалашықтың солтүстік етегінен X–XI ғасырларға тән, ауданы бір гектарға жуық, "
    "күйдірілген кірпіштен қаланған іргетасы жақсы сақталған, көне керуен жолы бойындағы ірі "
    "сауда орнының қалдықтарын тапты.")
KK_OPENING_HOLDS_SUBJECT = (
    "Қостанай облыстық өлкетану музейі өзінің жарты ғасырлық тарихындағы ең ірі жеке сыйлықты, "
    "атап айтқанда, Рудный қаласында туып, ғұмырының отыз жылын Орал мен Сібір қалаларындағы "
    "антиквариат дүкендерін аралап, ескі монеталар жинауға арнаған, бұған дейін коллекциясын "
    "ешкімге көрсетпеген 80 жастағы коллекционер Бақыт Серікұлы Жұмабеков тапсырған, XVII–XX "
    "ғасырларда Алтын Орда мен Қазақ хандығы кезінде соғылған 1 200 теңгені ресми түрде қабылдап "
    "алды.")


@pytest.mark.parametrize(("sentence", "kept", "end"), [
    # blind round 19, kk 127: the opening clause only describes the subject, which comes in a
    # middle clause; the cut kept the opening and lost "экспедиция"
    (KK_MIDDLE_SUBJECT, "археологиялық экспедиция", "сауда орнының қалдықтарын тапты."),
    # an opening that holds the subject (it ends in no participle or case of place) stays
    (KK_OPENING_HOLDS_SUBJECT, "Қостанай облыстық өлкетану музейі", "ресми түрде қабылдап алды."),
], ids=["subject-in-a-middle-clause", "subject-in-the-opening"])
def test_kazakh_cut_keeps_the_clause_with_the_subject(sentence: str, kept: str, end: str) -> None:
    cut = _cut(sentence, 45, "kk")
    assert kept in cut and cut.endswith(end)


@pytest.mark.parametrize(("sentence", "kept", "joined"), [
    # blind round 19, ru 127: "с 2019 г." inside the relative clause hid its closing comma
    ("Группа геологов Уральского университета под руководством профессора Анны Ветровой, "
     "которая с 2018 г. ведёт экспедиции на Полярный Урал, описала новый минерал, найденный в "
     "кварцевых жилах на высоте около 1,2 тыс. метров, и назвала его в честь местного оленевода "
     "Петра Вануйто, много лет водившего учёных по тундре.",
     "Анны Ветровой описала новый минерал", "Вануйто"),
    # a removed aside before a contrasting clause leaves its comma: "Жданов, а полиция"
    ("Картину опознал искусствовед Павел Жданов, готовивший монографию о волжских пейзажистах "
     "и сверявший лоты аукциона со списком похищенных в 1990-х гг. ценностей, а австрийская "
     "полиция сняла её с продажи, сообщила в четверг пресс-служба музея.",
     "Павел Жданов, а австрийская полиция", "пресс-служба"),
    # (and before «тогда как», round 167, ru 1687: «…Андрей Корчагин тогда как …»)
    ("Картину опознал искусствовед Павел Жданов, готовивший монографию о волжских пейзажистах "
     "и сверявший лоты аукциона со списком похищенных в 1990-х гг. ценностей, тогда как "
     "австрийская полиция сняла её с продажи, сообщила в четверг пресс-служба музея.",
     "Павел Жданов, тогда как австрийская полиция", "пресс-служба"),
    # (and no comma left before "and" that joins the next of a list of people, round 168, ru
    # 1705: «…Галина Мельник, и президент …»)
    ("Соглашение в пятницу подписали вице-губернатор Олег Ситников, председатель областной "
     "Федерации профсоюзов Галина Мельник, возглавляющая объединение с 2011 г., и президент "
     "союза работодателей Вадим Кожевников, назвавшие документ трудным компромиссом после "
     "четырех месяцев переговоров.",
     "Галина Мельник и президент", "Кожевников"),
])
def test_russian_asides_with_abbreviations_go_and_leave_the_commas_right(
        sentence: str, kept: str, joined: str) -> None:
    cut = _cut(sentence, 30, "ru")
    assert kept in cut and joined in cut


def test_an_aside_with_a_parenthetical_inside_is_not_cut_at_the_parenthetical() -> None:
    """Blind round 21, ru 139: dropping ", пролежавшие в вечной мерзлоте," left "лошади по
    предварительной оценке, около 32 тыс. лет и сохранившие…", a participle with no start."""
    sentence = ("Кости мамонтенка, пролежавшие в вечной мерзлоте, по предварительной оценке, "
                "около 40 тыс. лет и сохранившие даже шерсть, нашли летом на берегу реки Яны "
                "местные рыбаки, которые сразу сообщили о находке в районную администрацию и "
                "помогли ученым вывезти ее в Якутск.")
    cut = _cut(sentence, 30, "ru")
    assert "мамонтенка по предварительной" not in cut


def test_a_clause_cut_does_not_end_on_a_word_of_saying() -> None:
    """Blind round 21, ru 139: "…, сообщила пресс-служба вуза, подчеркнув…" kept the verb of
    saying without what was said."""
    sentence = ("Первую партию новых трамваев доставят в город в мае, сообщила в среду пресс-служба "
                "мэрии, подчеркнув, что остальные вагоны поступят до конца года.")
    cut = _cut(sentence, 17, "ru")
    assert not cut.rstrip("…").endswith("подчеркнув") and "пресс-служба мэрии" in cut


def test_a_long_aside_between_dashes_goes_whole() -> None:
    """Blind round 22, ru 145: an aside between dashes of more than 150 characters was not
    taken as one, so only its relative clause went and left "четверка воспитанница"."""
    sentence = ("Мужская команда омского клуба «Иртыш» — четверка, которую возглавляет 26-летний "
                "скип Павел Орлов, воспитанник городской спортшколы, еще шесть лет назад "
                "тренировавшийся на арендованном катке, а ныне серебряный призер студенческого "
                "первенства страны, — в субботу выиграла международный турнир в Астане и "
                "получила главный приз в 20 тыс. долларов.")
    cut = _cut(sentence, 30, "ru")
    assert cut.startswith("Мужская команда омского клуба «Иртыш» в субботу выиграла")


def test_a_participle_that_became_a_word_of_time_opens_no_aside() -> None:
    """Blind round 23, ru 151: ", в минувшее воскресенье завоевала золото …," was dropped as a
    participial aside ("минувшее"), and with it the sentence's verb."""
    sentence = ("Как сообщила федерация, в минувшее воскресенье Дарья Котова завоевала золото на "
                "дистанции 1000 метров на первенстве мира в Инцелле, показав время 1.16,20 и "
                "опередив фаворитку турнира на полсекунды.")
    cut = _cut(sentence, 22, "ru")
    assert "завоевала золото" in cut


def test_an_aside_is_not_closed_after_its_relative_pronoun() -> None:
    """Blind round 23, en 151: the apposition ", a … lizard … that hides in cracks and that," was
    dropped up to that comma and left "gecko according to the researchers, may already be
    threatened", a verb with no subject."""
    sentence = ("A group of Kyrgyz and Polish botanists, working for four seasons on the scree "
                "slopes and shaded gorges of the Talas range above the town of Kara-Buura, has "
                "named a previously unrecorded species of dwarf tulip, a pale spring flower barely "
                "ten centimetres tall that opens only for a few days in late April and that, "
                "according to the botanists, may already be at risk from grazing and new roads "
                "on the few slopes where it grows.")
    cut = _cut(sentence, 45, "en")
    assert "tulip according to" not in cut and "tulip may" not in cut
    assert cut.startswith("A group of Kyrgyz and Polish botanists has named")


@pytest.mark.parametrize("limit", [35, 45])
def test_a_clause_cut_does_not_end_where_the_verb_was_about_to_come(limit: int) -> None:
    """A prefix cut ending "…and that, according to the botanists…" stops before its verb."""
    sentence = ("A group of Kyrgyz and Polish botanists has named a previously unrecorded species "
                "of dwarf tulip, a pale spring flower barely ten centimetres tall that opens only "
                "for a few days and that, according to the botanists, may already be at risk from "
                "grazing and new roads on the few slopes where it grows, the institute said.")
    cut = _cut(sentence, limit, "en").rstrip("…")
    assert not cut.endswith(("according to the botanists", " and that", " that"))
    assert "tulip according to" not in cut


@pytest.mark.parametrize("limit", [40, 50, 60])
def test_a_kazakh_last_clause_that_opens_on_a_pronoun_keeps_the_clause_it_points_at(
        limit: int) -> None:
    """Blind round 23, kk 151: "…жүргізіп келе жатқан… оны ғалымдар … деп бағалап отыр." kept
    "оны" (it) and dropped the find it stands for."""
    sentence = ("Түркістан облысы Отырар ауданына қарасты, Арыс өзенінің жағасында орналасқан "
                "Күлтөбе қалашығында мамыр айынан бері зерттеу жүргізіп келе жатқан, құрамында "
                "Шымкент пен Түркістан университеттерінің сегіз ғалымы мен отызға жуық студенті "
                "бар археологиялық топ ортағасырлық моншаның орнынан диаметрі жарты метрге "
                "жететін, шеті өрнекпен безендірілген, ал ортасына араб әрпімен жазу түсірілген "
                "қыш табақты тауып, оны мамандар соңғы он жылда өңірден табылған ең сирек "
                "олжалардың бірі деп бағалап отыр.")
    cut = _cut(sentence, limit, "kk")
    assert "қыш табақты тауып, оны мамандар" in cut


@pytest.mark.parametrize(("language", "text", "first_item"), [
    # blind round 23, kk 150: "Біріншіден" was picked without "Екіншіден" and "Үшіншіден"
    ("kk", "Комиссия жеті облыстағы жол жөндеуін тексерді.\n\nТексеру үш кемшілікті анықтады. "
           "Біріншіден, асфальттың қалыңдығы жобадағыдан жұқа болып шықты. Екіншіден, жұмыстың "
           "жартысы қараша айында жүргізілген. Бұл кезде ауа райы суық болады. Үшіншіден, "
           "мердігерлердің жұмысын бақылау әлсіз болған.\n\nКелесі тексеру көктемде өтеді.",
     "Біріншіден"),
    ("ru", "Комиссия проверила ремонт дорог в семи областях.\n\nВо-первых, асфальт оказался "
           "тоньше, чем в проекте. Во-вторых, половину работ провели в ноябре. В-третьих, "
           "контроль за подрядчиками был слабым.\n\nСледующая проверка пройдет весной.",
     "Во-первых"),
    ("en", "The commission checked road repairs in seven regions.\n\nIt found three faults. "
           "First, the asphalt was thinner than planned. Second, half the work was done in "
           "November. Finally, the contractors were barely supervised.\n\nThe next check is "
           "due in spring.", "First"),
])
def test_an_enumeration_across_sentences_is_one_unit(language: str, text: str,
                                                      first_item: str) -> None:
    units = _units(text, language)
    unit = next(unit for unit in units if first_item in unit.text)
    assert len(unit.sentences) >= 3 and unit.sentences[-1].split()[0].rstrip(",") in (
        "Үшіншіден", "В-третьих", "Finally")
    assert units[-1].text.split()[0] in ("Келесі", "Следующая", "The")


def test_a_first_that_starts_no_enumeration_stays_a_sentence_of_its_own() -> None:
    units = _units("The council met on Monday.\n\nFirst, members heard from residents who live "
                   "along the route. The vote came after lunch.", "en")
    assert [len(unit.sentences) for unit in units] == [1, 1, 1]


@pytest.mark.parametrize("limit", [50, 60])
def test_a_town_keeps_its_country_and_a_participle_clause_its_comma(limit: int) -> None:
    """Blind round 24, en 157: dropping ", who switched …," after "from Tauranga, New Zealand"
    and then the apposition before it left "Hana Whitcombe New Zealand crossed"; dropping ", a
    … race from Lorient," left "…des Alizés becoming the youngest…"."""
    sentence = ("Tomas Lindqvist, a 31-year-old former ski jumper from Falun, Sweden, who took up "
                "long-distance rowing only four years ago after a knee injury ended his jumping "
                "career, reached the harbour in Bridgetown shortly after midnight on Friday, "
                "after a last week spent rowing with a broken rudder through heavy swell, to win "
                "the Ocean Oar Challenge, a 2,900-mile solo race from La Gomera, becoming the "
                "oldest first-time winner in the event's history.")
    cut = _cut(sentence, limit, "en")
    assert "Lindqvist Sweden" not in cut and "Sweden reached" not in cut
    assert "Challenge becoming" not in cut


@pytest.mark.parametrize(("language", "text", "toll"), [
    ("en", "Two workers were killed and five were injured.", True),
    ("en", "The plant hired 40 workers last year.", False),
    ("ru", "Из шахты эвакуированы 214 горняков, пострадавших нет.", True),
    ("ru", "Шахта работает с 1987 г.", False),
    ("kk", "Шахтадан 120 кенші эвакуацияланды, ешкім зардап шеккен жоқ.", True),
    ("kk", "Шахта 1987 жылдан бері жұмыс істейді.", False),
    # round 84, ru 690: who was buried is the toll too
    ("ru", "Под снегом оказались трое туристов.", True),
    ("kk", "Екі шаңғышы қар астында қалды.", True),
    ("en", "Three climbers were trapped under the snow.", True),
    ("ru", "Трассы под снегом до мая.", False),
    # round 91, kk 774 and ru 780: the converb, who is missing, who was dug out
    ("kk", "Бір адам қаза тауып, тағы екеуі із-түзсіз жоғалды.", True),
    ("kk", "Екі балық аулаушы хабар-ошарсыз кетті.", True),
    ("ru", "Еще двух лыжников откопали товарищи.", True),
    ("kk", "Екеуін серіктері бірнеше минут ішінде қазып алды.", True),
    ("kk", "Қала тауға жақын орналасқан.", False),
])
def test_an_incident_toll_is_told_apart(language: str, text: str, toll: bool) -> None:
    from summarizer.units import tells_toll

    assert tells_toll(text, language) is toll


def test_a_relative_clause_that_reports_the_finding_is_not_dropped_as_an_aside() -> None:
    """Blind round 25, en 163: ", who said on Wednesday that radiocarbon tests had dated the skis
    to about 2,900 years ago," went as an aside, and "making them one of the oldest" was left
    resting on nothing; ", one still wrapped …," is the aside to drop."""
    sentence = ("A pair of bronze spearheads, one still fixed to a fragment of its ash shaft and "
                "the other bent almost double, has been recovered from a drained lake in central "
                "Sweden by archaeologists working with the county museum in Örebro, who said on "
                "Tuesday that radiocarbon tests had dated the shaft to about 3,100 years ago, "
                "making the find one of the oldest of its kind in Scandinavia.")
    cut = _cut(sentence, 60, "en")
    assert "3,100 years ago, making the find" in cut and "one still fixed" not in cut


@pytest.mark.parametrize(("sentence", "kept", "broken"), [
    # blind round 25, ru 163: the participle aside right after a relative clause was not found
    # (the relative clause's closing comma opens it), and dropping it must keep that comma
    ("Реставраторы областного центра, которые с прошлой весны укрепляли стены старой церкви в "
     "селе Верхняя Тойма, закрытой ещё в середине 1930-х гг. и на протяжении нескольких "
     "десятилетий служившей колхозным складом зерна и мастерской местного леспромхоза, "
     "обнаружили под слоями побелки фрагменты росписи XVII в., площадь которых превышает "
     "80 кв. м, сообщили в комитете.", "Тойма, обнаружили", "центра закрытой"),
    ("Пенсионерка из поселка Приморье Калининградской области Анна Петровна Гусева, бывшая "
     "учительница географии, которая почти сорок лет каждое утро гуляет вдоль берега моря и "
     "собирает выброшенные волнами камни, нашла кусок янтаря массой 2,8 кг с застывшим внутри "
     "жуком длиной около трех сантиметров, и эта находка, как считают специалисты музея, может "
     "оказаться одной из крупнейших в регионе.", "нашла кусок", "географии нашла"),
])
def test_an_aside_after_an_aside_that_stays_keeps_the_comma_that_closes_it(
        sentence: str, kept: str, broken: str) -> None:
    cut = _cut(sentence, 45, "ru")
    assert kept in cut and broken not in cut


@pytest.mark.parametrize("limit", [22, 25, 45, 55])
def test_a_kazakh_cut_keeps_no_pronoun_right_after_its_gap(limit: int) -> None:
    """Blind round 25, kk 163: "…зерттеп… оның басқа тұқымдарда кездеспейтін…" dropped the
    clause with the breed, so "оның" (its) pointed at nothing."""
    sentence = ("Алматыдағы Ұлттық генетика институтының ғалымдары Қызылорда облысының төрт "
                "шаруашылығынан жиналған 38 түйенің қан үлгілерін үш жыл бойы зерттеп, шөлдің "
                "ыстығына, ұзақ шөлге және тұзды суға төзімділігімен белгілі жергілікті қоспақ "
                "тұқымының толық геномын алғаш рет оқып шығып, оның басқа тұқымдарда "
                "кездеспейтін, бұған дейін ғылымға белгісіз болып келген төрт генетикалық "
                "ерекшелігін анықтағанын, сондай-ақ зерттеу нәтижелері халықаралық журналда "
                "жарияланғанын институттың баспасөз қызметі хабарлады.")
    cut = _cut(sentence, limit, "kk")
    assert "… оның" not in cut and not cut.startswith("…Оның")


@pytest.mark.parametrize(("language", "text", "needs"), [
    # blind round 25, ru 164 and kk 164; round 23, en 152
    ("ru", "Суд взыскал с подрядчика 380 млн руб. Директор компании заявил, что она подаст "
           "апелляционную жалобу. Город ищет нового подрядчика. Апелляционный суд должен "
           "рассмотреть жалобу за два месяца.", {3: {1}}),
    ("kk", "Сот тендер қорытындысын жарамсыз деп тапты. Компания өкілі апелляциялық шағым "
           "беретінін айтты. Тендер қайта өткізіледі. Апелляциялық шағым мамыр айында "
           "қаралады.", {3: {1}}),
    # (and "The review" needs the council's "will review": blind round 36, judged en 152)
    ("en", "The judge limited the range's hours. The owners said they would appeal. The council "
           "will review the permit. The review could stand whatever the outcome of the appeal.",
     {3: {1, 2}}),
    # an appeal nobody announced: «можно обжаловать» is no announcement, so nothing is needed
    ("ru", "Суд взыскал с подрядчика 380 млн руб. Решение может быть рассмотрено в апелляции. "
           "Город ищет нового подрядчика.", {}),
    # an appeal hearing and an investigation's result (blind round 29, kk 188)
    ("kk", "Сот компанияны 612 млн теңге қайтаруға міндеттеді. Компания заңгері апелляциялық "
           "шағым беретінін хабарлады. Полиция алаяқтық дерегі бойынша сотқа дейінгі "
           "тергеп-тексеру бастады. Апелляциялық сот отырысы тамызда өтеді. Тергеу нәтижесі "
           "бойынша іс сотқа жолдануы мүмкін.", {3: {1}, 4: {2}}),
    ("en", "The court ordered a refund. Police opened a fraud investigation into the firm. "
           "Customers are angry. The investigation could take a year.", {3: {1}}),
    # "would take the case to the Supreme Court" announces an appeal (blind round 42, en 266)
    ("en", "The court upheld the cuts. The owners said they would take the case to the Supreme "
           "Court. Growers are angry. The cuts stay in force while the appeal is pending.",
     {3: {1}}),
    # «Рассмотрение апелляции ожидается …» presupposes one (blind round 45, ru 284)
    ("ru", "Суд закрыл аквапарк. Владелец заявил, что подаст апелляционную жалобу. Родители "
           "довольны. Рассмотрение апелляции ожидается в августе.", {3: {1}}),
    # when an appeal would be heard presupposes one (blind round 44, en 278)
    ("en", "The court ruled for the family. The bank said it would appeal. Songwriters cheered. "
           "An appeal would typically be heard within a year.", {3: {1}}),
    # a decision expected presupposes a request (blind round 42, en 263)
    ("en", "The pilot found 512 cancers. The partnership has asked NHS England for more money. "
           "Waiting times rose. A decision is expected by March 31.", {3: {1}}),
    ("ru", "Пилот выявил 512 случаев. Область подала заявку на федеральные средства. Очереди "
           "выросли. Решение ожидается до 31 марта.", {3: {1}}),
    # how long an appeal takes presupposes one (blind round 39, en 248)
    ("en", "The court upheld the ban. The maker said it would appeal. Growers are angry. An "
           "appeal could take between 12 and 18 months.", {3: {1}}),
    ("ru", "Суд обязал компанию вернуть деньги. Полиция возбудила уголовное дело о "
           "мошенничестве. Клиенты возмущены. Следствие может занять год.", {3: {1}}),
    # «Апелляционная жалоба министерства … может быть рассмотрена» (blind round 30, ru 194);
    # «апелляционная жалоба должна быть подана» says one will be (judged ru 176)
    ("ru", "Суд обязал министерство закупить лекарство. Министерство заявило, что подаст "
           "апелляционную жалобу. Пациентка ждёт. Апелляционная жалоба министерства может быть "
           "рассмотрена за два месяца.", {3: {1}}),
    ("ru", "Суд отменил решение. Что дальше: апелляционная жалоба должна быть подана в течение "
           "месяца.", {}),
    # talks (blind round 30, ru 193: «Если переговоры завершатся успешно…» with none told)
    ("ru", "Физики создали датчик водорода. Сейчас университет ведёт переговоры с двумя "
           "компаниями. Датчик стоит 300 руб. Если переговоры завершатся успешно, первые датчики "
           "изготовят в 2025 г.", {3: {1}}),
    ("en", "Physicists built a hydrogen sensor. The university is in talks with two firms. It "
           "costs $4. If the talks succeed, the first sensors will be made next year.", {3: {1}}),
    # funding applied for, then a condition on it (round 49, ru 307)
    ("ru", "Учёные расшифровали геном. Заявку на грант фонда они подали в феврале. Собака жила "
           "давно. Если финансирование будет одобрено, результаты представят в 2027 г.",
     {3: {1}}),
    ("en", "Scientists read the genome. They applied for a grant in February. The dog lived long "
           "ago. If the grant is approved, results will follow in 2027.", {3: {1}}),
    # an arrest, then the one arrested as known (round 69, ru 518: «Мужчине предъявлено
    # обвинение …» with no arrest told), and a criminal case spoken of as known (round 69's
    # check, ru 320: «…уголовное дело может повлиять и на исход апелляции …»)
    ("ru", "Из музея украли монеты. В четверг полиция задержала 31-летнего мужчину. Музей "
           "закрыт. Мужчине предъявлено обвинение, суд рассмотрит вопрос о мере пресечения.",
     {3: {1}}),
    ("en", "Thieves took the coins. On Thursday police arrested a 31-year-old man. The museum "
           "is shut. The suspect was charged on Friday.", {3: {1}}),
    ("ru", "Суд взыскал с компании 2 млрд руб. Следователи возбудили уголовное дело о "
           "загрязнении. Компания обжалует решение. Юристы отмечают, что уголовное дело может "
           "повлиять на апелляцию.", {3: {1}}),
    # the appeal's stage as known (round 105, kk 950: «…апелляциялық сатыдағы шешімді күтпей,
    # …» closed the long summary with no appeal told)
    ("kk", "Сот цехтың жұмысын тоқтатты. Компания сот шешіміне шағым түсірді. Цехта 900 адам "
           "жұмыс істейді. Компания апелляциялық сатыдағы шешімді күтпей, крандарды ауыстырды.",
     {3: {1}}),
    # the Court of Appeal, and permission to appeal granted (round 47, en 296; judged en 104)
    ("en", "The judge reopened the path. The owner said he would seek permission to take the "
           "case to the Court of Appeal. Walkers cheered. If permission to appeal is granted, a "
           "hearing is unlikely before spring.", {3: {1}}),
    # what an appeal does not stop (round 124's check, en 1178: the short summary told it with
    # no appeal before it)
    ("en", "The regulator cleared the takeover. A rival said it would appeal against the "
           "clearance. Shares rose. An appeal does not automatically stop the deal, but a "
           "suspension order would.", {3: {1}}),
    # a court's appeal, how long it takes in the present (round 170, en 1721: the long summary
    # closed on it with no appeal told)
    ("en", "The court halted the mall. The developer said it would appeal to the Supreme Court. "
           "Shops wait. A Supreme Court appeal typically takes a year.", {3: {1}}),
    # a court's interim order, then what appeals or lifts it (round 171, en 1736 and ru 1736:
    # the short summaries told the appeal against orders never told)
    ("en", "The regulator grounded the airline. A judge issued conditional orders letting two "
           "planes fly. Passengers cheered. The regulator asked for the High Court orders to be "
           "stayed.", {3: {1}}),
    ("ru", "Росавиация приостановила сертификат. Суд принял обеспечительные меры. Пассажиры "
           "ждут. Апелляционный суд отменил обеспечительные меры.", {3: {1}}),
    # job cuts taken as known (round 203's judging, en 2123, long 2 by both judges)
    ("en", "The airline reported a loss. It will cut 160 of its 1,020 jobs. Fares fell. The "
           "pilots' union will meet management to discuss the job cuts.", {3: {1}}),
])
def test_an_appeal_spoken_of_as_known_needs_the_unit_that_announced_it(
        language: str, text: str, needs: dict[int, set[int]]) -> None:
    from summarizer.units import event_introductions

    units = _units(text, language)
    found = {k: set(v) for k, v in enumerate(event_introductions(units, language)) if v}
    assert found == needs


def test_a_kazakh_lead_keeps_the_named_subject_over_the_places_of_its_opening() -> None:
    """Round 48, kk 301 (short scored 3 and 2): the cut kept the opening clauses, rich in place
    names, and dropped «Шұғыла-7» атты жаңа құмай сорты, the subject, with the chain before it."""
    sentence = ("Шығыс аграрлық зерттеу орталығының ғалымдары Қостанай облысының Әулиекөл "
                "ауданындағы тәжірибе алқаптарында он жыл бойы жүргізген іріктеу жұмыстарының "
                "нәтижесінде шығарылған, көктемгі үсік пен ұзаққа созылған құрғақшылыққа төзімді, "
                "әдеттегі бидайға қарағанда суды үштен бір есе аз қажет ететін және суармалы жерде "
                "бір гектардан 45 центнерге дейін дән беретін «Дала-5» атты жаңа арпа сорты "
                "мемлекеттік тізілімге енгізіліп, келесі көктемнен бастап Қостанай, Ақмола және "
                "Павлодар облыстарындағы шаруашылықтарда егуге рұқсат алды.")
    cut = _cut(sentence, 55, "kk")
    assert "«Дала-5» атты жаңа арпа сорты" in cut
    assert cut.endswith("егуге рұқсат алды.")


def test_a_kazakh_lead_loses_a_closing_thus_clause_before_its_main_verb() -> None:
    """Blind round 26, kk 169: ", сөйтіп … қатарына қосылды" (and so joined …) was kept and
    "алтын медальді жеңіп алды" (won the gold), the news, was cut with "…"."""
    sentence = ("Өткен жылы жарыс кезінде иығынан жарақат алып, жеті ай бойы бассейнге түсе "
                "алмаған, бірақ биыл көктемде ұлттық құрама сапына қайта оралған 20 жастағы "
                "шымкенттік жүзгіш Дана Оспанова Венгрия астанасы Будапештте өткен әлем кубогы "
                "кезеңінде 200 метрге брасспен жүзу финалында 2 минут 24 секунд нәтиже "
                "көрсетіп, жапониялық және венгриялық қарсыластарын озып, алтын медальді жеңіп "
                "алды, сөйтіп осы деңгейдегі жарыста топ жарған санаулы қазақстандық "
                "жүзгіштердің қатарына қосылды, деп хабарлады Қазақстан жүзу федерациясының "
                "баспасөз қызметі.")
    cut = _cut(sentence, 60, "kk")
    assert cut.endswith("алтын медальді жеңіп алды.") and "…" not in cut


@pytest.mark.parametrize(("language", "sentence"), [
    # blind round 39, en 248: "The money" closed a long summary that never named a sum
    ("en", "The money will fund insect-proof nets and compensation for farms."),
    # blind round 44: others than those named (en 276), the reason for what was told (kk 276)
    ("en", "Others in town doubt the promised jobs will materialise."),
    ("kk", "Себебі кальян орталықтары салықты аз төлейді."),
    # round 107's check, kk 964: others likened to someone of the scene
    ("kk", "Әсел сияқты жүздеген ата-ана түнді ауруханада өткізді."),
    ("en", "Like Madina, dozens of parents spent the night at the hospital."),
    ("ru", "Как и Марина, десятки родителей провели ночь в больнице."),
    # round 106, en 954: the cost of work told before
    ("en", "The estimated cost of the work was €85,000."),
    # round 105's check, kk 945: "one of them" counts the doctors told of before
    ("kk", "Біреуі наурызда зейнетке шықты, екеуі Астанаға ауысты."),
    ("kk", "Екеуі де ауруханаға жеткізілді."),
    # blind round 42: "the corresponding order" (kk 262), a time told before (en 265)
    ("kk", "Тиісті бұйрыққа 13 қазанда қол қойылды."),
    ("ru", "Соответствующий приказ подписан 13 октября."),
    ("en", "Since then, staff have collected nine more dead birds."),
    ("ru", "С тех пор число случаев выросло вдвое."),
    # blind round 41, ru 257: a purpose told before
    ("ru", "Для этого вузы планируют открыть еще 40 англоязычных программ."),
    ("en", "To do this, universities plan to open 40 more programmes in English."),
    # blind round 40, kk 253: results of tests the summary never told of
    ("kk", "Нәтижелер желтоқсанға дейін белгілі болады деп күтілуде."),
    ("en", "The results will be known in December."),
    ("ru", "Результаты будут известны в декабре."),
    # blind round 39, ru 248: «сама практика» is the practice told before
    ("ru", "Если нарушение подтвердится, компании грозит штраф, а сама практика будет "
           "признана незаконной."),
    ("ru", "Проект такого кодекса ассоциация обещает представить осенью."),
])
def test_the_money_and_the_practice_told_before_point_back(language: str,
                                                           sentence: str) -> None:
    from summarizer.units import leans_on_previous

    assert leans_on_previous(sentence, language)


@pytest.mark.parametrize(("language", "sentences", "wanted"), [
    # blind round 39, kk 246: "Біріншіден" with no "Екіншіден" in the long summary
    ("kk", ["Жоба жарияланды.", "Біріншіден, талаптар күшейтіледі."],
     ["Жоба жарияланды.", "Талаптар күшейтіледі."]),
    ("ru", ["Во-первых, требования ужесточат.", "Закон вступит в силу в мае."],
     ["Требования ужесточат.", "Закон вступит в силу в мае."]),
    ("en", ["Firstly, the rules get stricter."], ["The rules get stricter."]),
    # with a later item the marker stays
    ("kk", ["Біріншіден, талаптар күшейтіледі.", "Екіншіден, курс ұзартылады."],
     ["Біріншіден, талаптар күшейтіледі.", "Екіншіден, курс ұзартылады."]),
    # round 100, en 888: a later item with no item before it in the summary loses its marker
    ("en", ["The university changed its rules.", "Third, top students will be admitted."],
     ["The university changed its rules.", "Top students will be admitted."]),
    ("ru", ["Вуз изменил правила.", "В-третьих, отменят эссе.", "В-четвёртых, снизят плату."],
     ["Вуз изменил правила.", "Отменят эссе.", "Снизят плату."]),
])
def test_a_first_item_without_a_later_one_loses_its_marker(
        language: str, sentences: list[str], wanted: list[str]) -> None:
    from summarizer.units import without_lone_first_item

    assert without_lone_first_item(sentences, language) == wanted


@pytest.mark.parametrize(("language", "text", "foreign"), [
    # blind round 39, kk 248: a Russian quotation in a Kazakh story, split over two units
    ("kk", "Мектеп заңгері шешіммен келіспейтінін айтты. «Мы уважаем суд, но с решением не "
           "согласны. Школа не отказывала ребёнку. У нас не было специалиста. Мы подадим "
           "апелляционную жалобу в городской суд», – деді ол.", True),
    ("kk", "Ана қуанышын жасырмады. «Бізге ақша маңызды емес еді, біз тек құқық сұрадық», – "
           "деді ол.", False),
    ("ru", "Директор завода ответил коротко. «We will appeal the ruling in the higher court», "
           "— сказал он.", True),
    ("ru", "Компания «Северный ветер» обещала построить пять новых домов к осени.", False),
    ("en", "The mayor was blunt. \"Мы не отдадим этот парк застройщику никогда,\" she said.", True),
])
def test_a_quotation_in_another_language_marks_its_unit(language: str, text: str,
                                                        foreign: bool) -> None:
    assert any(unit.foreign for unit in _units(text, language)) is foreign


@pytest.mark.parametrize(("language", "sentence", "refers"), [
    # blind round 41, kk 256: "this week" names the present, it points back at nothing
    ("kk", "Осы аптада Маңғыстауда алғашқы цех іске қосылды.", False),
    ("en", "This week the council approved the plan.", False),
    ("ru", "Этим летом завод открылся.", False),
    # "this day", "in this period", "this plan" do point back
    ("kk", "Осы күні тағы бір маңызды жаңалық белгілі болды.", True),
    ("kk", "Бұл кезеңде желіге 19 мың адам хабарласқан.", True),
    ("en", "This plan was approved on Monday.", True),
])
def test_this_week_is_no_reference_but_this_day_is(language: str, sentence: str,
                                                   refers: bool) -> None:
    assert opens_with_reference(sentence, language) is refers


def test_any_such_points_back() -> None:
    """Blind round 26, en 165: "The company denies making any such threat." ended a long summary
    that never told of a threat."""
    from summarizer.units import leans_on_previous

    assert leans_on_previous("The company denies making any such threat.", "en")


@pytest.mark.parametrize(("language", "text"), [
    ("kk", "Жаңа қағидалар жарияланды.\n\nӘкімдікке 2024 жылы мал ұстауға қатысты 2 300 шағым "
           "түсті. Тұрғындар жағымсыз иіске наразылық білдірген. Сол жылы көшелерде мал қатысқан "
           "47 жол оқиғасы тіркелді."),
    ("en", "New rules were published.\n\nThe council received 2,300 complaints in 2024. Residents "
           "objected to the smell and the flies. That year 47 road accidents involved animals."),
    ("ru", "Новые правила опубликованы.\n\nВ 2024 г. в мэрию поступило 2300 жалоб. Жители "
           "жаловались на запах и мух. В том же году на улицах произошло 47 аварий с животными."),
], ids=["kk", "en", "ru"])
def test_that_year_needs_the_sentence_that_named_the_year(language: str, text: str) -> None:
    units = _units(text, language)  # blind round 28, kk 180: the year was two sentences back
    that_year = units[-1]
    assert that_year.depends_on is not None
    assert "2024" in units[that_year.depends_on].text


@pytest.mark.parametrize(("language", "sentence", "turn"), [
    ("en", "That is about to change.", True),
    ("ru", "Теперь ситуация может измениться.", True),
    ("kk", "Енді бұл жағдай өзгеруі мүмкін.", True),
    ("en", "The council will change the route of bus 12 from May.", False),  # news, not a turn
    ("ru", "В 2025 году ситуация изменится.", False),
    # round 60, kk 404: the story took an unexpected turn
    ("en", "Then the dispute took an unexpected turn.", True),
    ("ru", "Затем спор принял неожиданный оборот.", True),
    ("kk", "Кейін дау күтпеген арнаға бұрылды.", True),
    ("en", "Drivers must not turn left at the bridge.", False),
    # round 69, ru 518: the denouement came, over the arrest
    ("ru", "Развязка наступила быстрее, чем ожидали в музее.", True),
    # round 77, kk 614: the plan did not last
    ("kk", "Алайда жоспар ұзаққа созылмады.", True),
    ("ru", "Однако план продержался недолго.", True),
    ("en", "The plan did not last long.", True),
    ("kk", "Жиын ұзаққа созылды.", False),
    # round 77, ru 608: the situation turned, the decision lasted just over a day
    ("ru", "В пятницу, однако, ситуация развернулась.", True),
    ("ru", "Как выяснилось, это решение продержалось чуть больше суток.", True),
    ("ru", "Колонна развернулась у моста.", False),
    # round 164, kk 1652: a story that did not end there
    ("kk", "Алайда оқиға осымен аяқталған жоқ.", True),
    ("kk", "Жол жөндеуі осымен аяқталды.", False),
])
def test_a_short_turn_from_background_to_news_is_found(
        language: str, sentence: str, turn: bool) -> None:
    assert is_turn(sentence, language) is turn


def test_a_short_question_opening_a_paragraph_goes_with_its_answer() -> None:
    """Blind round 29, ru 184: «Во что обошлось восстановление?» ended up in the long summary
    without «Всего на ремонт ушло 62 млн руб.»."""
    units = _units("Паровоз вернули\n\nФонд вернул паровоз на рельсы в среду.\n\nВо что обошлось "
                   "восстановление? Всего на ремонт ушло 62 млн руб. Часть дала область.", "ru")
    question = next(unit for unit in units if unit.sentences[0].endswith("?"))
    assert question.sentences[1] == "Всего на ремонт ушло 62 млн руб."


def test_russian_cut_of_who_was_included_stops_before_a_relative_clause_with_its_own_verb(
        ) -> None:
    """Blind round 202, ru 2107: «…спас шестерых туристов[, в том числе двоих детей …, чья
    арендованная моторная лодка, следовавшая …,] потеряла ход …» dropped the subject of the
    relative clause and kept its verb: «…туристов из Москвы и Ярославля потеряла ход»."""
    sentence = ("Инспектор рыбоохраны 58-летний Павел Никитин, прослуживший на Ладоге больше "
                "тридцати лет, в субботу вечером спас пятерых рыбаков из Петербурга и Выборга, "
                "в том числе двоих подростков четырнадцати и шестнадцати лет, чья надувная "
                "лодка, шедшая от Приозерска к Валааму, потеряла мотор и почти четыре часа "
                "дрейфовала при сильном ветре и волне около двух метров, сообщили в воскресенье "
                "в региональном управлении МЧС.")
    cut = _cut(sentence, 40, "ru")
    assert "потеряла" not in cut or "лодка" in cut, cut


def test_english_cut_of_a_relative_clause_with_a_list_stops_at_the_main_auxiliary_verb(
        ) -> None:
    """Blind round 202, en 2107: "…, the former treasurer of the … district who admitted
    diverting … meant for school buses, roof repairs and laptops into a shell company he ran,
    was sentenced …" was cut before "was sentenced", and so lost its news; and a closing "a
    term that …" was cut inside rather than left out."""
    sentence = ("Martin K. Doyle, 49, the former bursar of the Ashgrove Valley school district who "
                "admitted moving nearly $800,000 meant for school buses, roof repairs and laptops "
                "into a shell company he ran from his garage, was sentenced on Friday in Marion "
                "County court to five years in prison, a term that parents who filled the gallery, "
                "many of them holding signs, said was far too light for what the district had "
                "lost while the money vanished.")
    assert _cut(sentence, 60, "en") == (
        "Martin K. Doyle, 49, the former bursar of the Ashgrove Valley school district, was "
        "sentenced on Friday in Marion County court to five years in prison.")


def test_english_cut_leaves_out_a_closing_step_that_clause_whole() -> None:
    """Blind round 203, en 2126: ", a step that … suspends the order until the application,
    and any appeal that follows, has been decided." was cut at its inner comma and left "…the
    ruling and any appeal that follows, has been decided." """
    sentence = ("By late afternoon the company filed an application for leave to appeal against "
                "the ruling, a step that under the court's rules suspends the order until the "
                "application, and any appeal that follows, has been decided.")
    assert _cut(sentence, 20, "en") == ("By late afternoon the company filed an application for "
                                        "leave to appeal against the ruling.")
    assert leans_on_previous("All four were expected to go home by the evening.", "en")


def test_english_cut_keeps_a_list_of_what_someone_lived_on_and_the_comma_after_a_place(
        ) -> None:
    """Blind round 204, en 2137: "…from Hallein, near Salzburg[, who had not been seen since
    …,] was found …" lost the comma that closed the place, and "…on a bag of dried apricots[,
    having survived …] half a bar of chocolate and melted snow" was cut inside its list."""
    sentence = ("Anton Gruber, a 71-year-old retired forester from Kufstein, near Innsbruck, who "
                "had not been seen since setting off alone on a ski tour on Sunday morning, was "
                "found alive on Thursday in a snow hole below a ridge, having survived four nights "
                "in deep frost on a bag of dried plums, half a loaf of bread and melted snow, "
                "rescuers said.")
    cut = _cut(sentence, 45, "en")
    assert "Innsbruck was" not in cut and "ridge half" not in cut and \
        "plums half" not in cut, cut
    assert leans_on_previous("The first is an emergency repair that would bolt plates on.", "en")
    assert leans_on_previous("Either option would stretch the city's finances.", "en")


def test_a_comparison_with_what_was_just_told_leans_on_it() -> None:
    """Round 203, ru 2118: «Еще сильнее пострадал небольшой ледник Водопадный: …» came in a
    long summary without the glacier it outdid."""
    assert leans_on_previous("Еще сильнее пострадал соседний ледник.", "ru")
    assert leans_on_previous("Even worse, the pumps failed twice.", "en")
    assert not leans_on_previous("Сильнее всего пострадал соседний ледник.", "ru")


def test_english_cut_keeps_who_the_subject_is_and_drops_the_clauses_that_end_the_apposition(
        ) -> None:
    """Blind round 29, en 187: the cut left "Harold Brennan after a knee operation forced him
    …, won" (the adverbial clause of the apposition stayed) and lost his age and trade."""
    sentence = ("Harold Brennan, a 61-year-old retired postman from Wigan who threw his first "
                "competitive dart only eight years ago, after a knee operation forced him to give "
                "up Sunday league football, won the National Amateur Darts Open on Sunday night, "
                "beating the 24-year-old top seed Callum Reid 6-4 in a final that finished just "
                "before midnight.")
    assert _cut(sentence, 40, "en") == (
        "Harold Brennan, a 61-year-old retired postman from Wigan, won the National Amateur "
        "Darts Open on Sunday night, beating the 24-year-old top seed Callum Reid 6-4 in a final "
        "that finished just before midnight.")
    # with no room for the apposition, the clause after it goes with it
    assert _cut(sentence, 28, "en").startswith("Harold Brennan won the National Amateur Darts")


def test_english_cut_keeps_the_first_predicate_of_the_apposition_s_clause_when_it_fits() -> None:
    """Round 163, en 1645: "…, the cardiologist who has run Iosefin Clinical Hospital … since
    2000 and was named …, was dismissed …" was cut to "…, the cardiologist, was dismissed …"
    and the short summary never named the hospital."""
    sentence = ("Mira Soltan, 61, the surgeon who has run Lakeside General Hospital in Varna since "
                "2004 and was named the country's hospital manager of the year in 2011, was "
                "dismissed on Friday by the regional council, which voted 19-6 to end her contract "
                "after an audit found 2.1 million leva in irregular purchases.")
    assert _cut(sentence, 45, "en") == (
        "Mira Soltan, 61, the surgeon who has run Lakeside General Hospital in Varna since 2004, "
        "was dismissed on Friday by the regional council, which voted 19-6 to end her contract "
        "after an audit found 2.1 million leva in irregular purchases.")
    # with no room for it, the whole clause goes
    assert _cut(sentence, 38, "en").startswith("Mira Soltan, 61, the surgeon, was dismissed")


def test_a_russian_aside_of_what_was_included_goes_to_its_last_item() -> None:
    """Round 171's check, ru 1741: «…задания по восьми дисциплинам, включая высшую математику,
    теоретическую механику, начертательную геометрию и сопротивление материалов, за двое суток
    …» was cut at the list's first comma to «…по восьми дисциплинам теоретическую механику
    …»."""
    sentence = ("Казанский технический университет (КТУ), один из крупнейших вузов республики, "
                "где учатся 12 тыс. студентов, во вторник отменил 40 экзаменов зимней сессии, "
                "назначенных на 16–19 января, после того как ректор вуза, 58-летний профессор "
                "Ильдар Гарипов, получил подтверждение, что задания по семи дисциплинам, "
                "включая высшую математику, теоретическую механику, начертательную геометрию и "
                "сопротивление материалов, за двое суток до начала сессии появились в открытом "
                "Telegram-канале, продававшем студентам «гарантированные ответы» по 1,5 тыс. "
                "руб. за предмет.")
    for limit in (60, 52):
        cut = _cut(sentence, limit, "ru")
        assert "по семи дисциплинам за двое суток" in cut, cut
        assert "механику" not in cut, cut


def test_english_cut_never_joins_a_main_clause_to_the_last_predicates_of_a_that_clause() -> None:
    """Round 172's check, en 1748: "…for an emergency stay of the order, arguing that a complete
    shutdown would cost it more than $400,000 a day, put jobs at risk and leave customers
    without supplies." was cut to "…of the order put jobs at risk …", the clause of "arguing"
    taken for an aside up to the comma inside its own list."""
    sentence = ("On Monday evening, the mill asked the county court for an urgent stay of the "
                "ban, arguing that a full closure would cost it more than $90,000 a week, put "
                "80 jobs at risk and leave farmers without feed.")
    for limit in (25, 20):
        cut = _cut(sentence, limit, "en")
        assert "ban put" not in cut and "ban 80" not in cut, cut
        assert cut.startswith("On Monday evening, the mill asked the county court"), cut


def test_english_cut_keeps_the_role_of_the_person_it_opens_on() -> None:
    """Round 169, en 1717: "Professor …, the 61-year-old rector of the … University in Brăila
    and a former deputy education minister who …, was detained …, after officers spent …" was
    cut to "Professor … was detained …, after officers spent …": the short summary never said
    who he was. The first role at a named body goes back, what the sentence adds at its end
    goes instead, and not when that costs much more than the role's own words."""
    sentence = ("Dr Miriam Okonkwo, the 58-year-old director of the Eastfield Water Authority and "
                "a former city engineer who has run the utility since 2011, was suspended by the "
                "regional board on Tuesday, accused of approving 3.2 million pounds in pipe "
                "contracts for a firm owned by her cousin, after auditors spent four months "
                "combing through its procurement files and emails.")
    assert _cut(sentence, 40, "en") == (
        "Dr Miriam Okonkwo, the director of the Eastfield Water Authority, was suspended by the "
        "regional board on Tuesday, accused of approving 3.2 million pounds in pipe contracts "
        "for a firm owned by her cousin.")
    # a role that would cost the sentence's reason and its turn stays out
    costly = ("Dale P. Morrow, the 63-year-old two-term mayor of Linton Falls and a former school "
              "principal, announced his resignation on Monday in a short statement read outside "
              "City Hall, citing a heart condition that needs surgery within weeks, but leaving "
              "office just days after the state widened an audit of park contracts.")
    assert _cut(costly, 40, "en") == (
        "Dale P. Morrow announced his resignation on Monday in a short statement read outside "
        "City Hall, citing a heart condition that needs surgery within weeks, but leaving office "
        "just days after the state widened an audit of park contracts.")


def test_english_cut_keeps_a_role_the_headline_names_over_a_tail_that_tells_none_of_it() -> None:
    """Round 174's check, en 1771: "Peter Kollár[, the 54-year-old mayor of Nitra who …,]
    resigned …" under "Nitra mayor quits over street-lighting contract …" kept the tail on
    who his brother-in-law was and never said he was the mayor."""
    sentence = ("Peter Varga, the 54-year-old mayor of Linton who won a second term ten months "
                "ago on a promise to clean up city hall, resigned on Wednesday, telling the "
                "council he could not lead the city while police investigate how a lighting "
                "contract was awarded to a company owned by his brother-in-law, a former "
                "municipal engineer named last month in a report by the national audit office.")
    topic = frozenset(content_words("Linton mayor quits over lighting contract", "en"))
    cut = shorten(sentence, 45, "en", topic)
    assert cut is not None and cut.text.startswith("Peter Varga, the mayor of Linton, resigned")
    # (without the headline, the tail stays and the role goes, as before)
    assert shorten(sentence, 45, "en").text.startswith("Peter Varga resigned")


def test_english_cut_keeps_a_first_that_clause_and_never_joins_across_a_list() -> None:
    """Round 170, en 1722: "…ordered the full evacuation of Chhokang, a village of …, after
    monitors warned that a glacier lake … had risen sharply and that the natural dam of ice,
    rock and gravel …" was cut to "…of Chhokang rock and gravel holding it back …": the clause
    after the object's apposition was taken for one before a main verb, up to a list's comma.
    The first of two "that" clauses is a whole sentence to end on."""
    sentence = ("Police in southern Chile have ordered the full evacuation of Puerto Lagos, a "
                "fishing town of 900 people on the Aysén coast, after geologists warned that the "
                "hillside above the harbour had moved 40 centimetres in a week and that the mass "
                "of mud, rock and timber resting on it could slide into the bay at any moment.")
    for limit in (40, 32):
        assert _cut(sentence, limit, "en") == (
            "Police in southern Chile have ordered the full evacuation of Puerto Lagos, after "
            "geologists warned that the hillside above the harbour had moved 40 centimetres in a "
            "week.")


def test_english_cut_drops_the_which_clause_of_a_person_s_apposition_with_it() -> None:
    """Round 164, en 1651: "…led by Ramón Echeverría, 58, the … president of the Federation
    of Southern Truck Owners, which says it speaks for …, parked …" was cut to "…led by Ramón
    Echeverría, which says it speaks for …", the clause left to the person."""
    sentence = ("Several hundred farmers, led by Ana Ruiz Pardo, 47, the outspoken chair of the "
                "Valley Growers Union, which says it speaks for some 4,000 families along the "
                "river, blocked the main road into Lorca on Tuesday, demanding that the regional "
                "government restore the water quota it cut in March.")
    for limit in (45, 40):
        cut = _cut(sentence, limit, "en")
        assert "which says" not in cut, cut
        assert "blocked the main road into Lorca on Tuesday, demanding" in cut, cut


def test_english_cut_drops_the_which_clause_past_a_list_with_a_hyphenated_surname() -> None:
    """Round 178's check, en 1819: "Emmanuel Ansah-Boateng, the … founder … of the MediPlus
    pharmacy chain, which until its closure … ran 23 outlets across Accra, Kumasi and
    Takoradi, was sentenced …" was cut to "Emmanuel Ansah-Boateng, which until …": the
    hyphenated surname was no person's name, and the clause's own list ended it early."""
    sentence = ("Kwabena Owusu-Mensah, the 61-year-old owner of the Golden Grain milling group, "
                "which until last year ran nine mills in Tamale, Bolgatanga and Wa, was jailed "
                "on Tuesday for eight years by a court in Kumasi, which found him guilty of "
                "selling flour mixed with chalk to bakeries across the north after ignoring "
                "warnings from his own laboratory staff.")
    for limit in (45, 35):
        cut = _cut(sentence, limit, "en")
        assert "which until" not in cut and "Wa, was jailed" not in cut, cut
        assert cut.startswith("Kwabena Owusu-Mensah") and "was jailed on Tuesday" in cut, cut


def test_english_cut_drops_a_long_apposition_on_a_suspect_named_by_an_initial() -> None:
    """Round 178, en 1825 (short 2 as judged): "…arrested Zbigniew M., the 61-year-old
    chairman of … and a former … inspector who for more than a decade …, on suspicion of …"
    was cut with "…" before the suspicion: its apposition ran past 200 characters."""
    sentence = ("Police in Gdańsk have detained Tomasz K., the 58-year-old president of the "
                "Nadmorska housing association and a former city planning official who for many "
                "years told young couples at church fairs and school meetings that he could "
                "build them flats for half the market price, on suspicion of taking about 14 "
                "million zlotys in deposits from 97 families for a block that was never built, "
                "prosecutors said on Friday.")
    cut = _cut(sentence, 45, "en")
    assert cut.startswith("Police in Gdańsk have detained Tomasz K. on suspicion of taking"), cut
    assert "…" not in cut, cut


def test_english_cut_leaves_no_comma_before_the_verb_of_the_aside_s_subject() -> None:
    """Round 178's check, en 1820: "…announced that the tender for the building contract,
    which was due to open on Friday, had been suspended." was cut to "…contract, had been
    suspended.", a comma between a subject and its verb."""
    sentence = ("Within hours, the council's general manager, Nicholas Harwood, announced that "
                "the tender for the building contract, which was due to open on Friday, had been "
                "suspended.")
    assert _cut(sentence, 22, "en") == (
        "Within hours, the council's general manager, Nicholas Harwood, announced that the "
        "tender for the building contract had been suspended.")


def test_english_cut_drops_the_distance_that_ends_a_dropped_aside() -> None:
    """Judged en 1004: "…at the end of the school year, ending 74 years of classes … and sending
    its 97 pupils to the … center in Orbison Mills, 11 miles away." was cut to "…at the end of
    the school year, 11 miles away.", the distance left to the school year."""
    sentence = ("The Linden County school board voted 6-3 on Tuesday night to close Maple Ford "
                "Elementary School in June, ending 61 years of classes in the old stone building "
                "and sending its 84 pupils to the larger primary school in Carver Falls, about "
                "14 miles away.")
    cut = _cut(sentence, 30, "en")
    assert cut == ("The Linden County school board voted 6-3 on Tuesday night to close Maple Ford "
                   "Elementary School in June."), cut


def test_russian_cut_before_a_clause_of_its_own_set_against_the_lead_ends_with_a_stop() -> None:
    """Round 164, ru 1657: «…погасить долги по зарплате и поднять ставки до 20 тыс. сомов[, а
    лидер протеста, …, заявила, что …]» was cut to «…сомов…», as if the lead broke off."""
    sentence = ("Более 600 водителей автобусов Тулы в понедельник, 3 марта, не вышли на линию, "
                "потребовав от мэрии погасить долги по зарплате за два месяца и поднять ставки "
                "до 60 тыс. руб., а лидер протеста, 47-летний водитель с двадцатилетним стажем "
                "Олег Мартынов, заявил журналистам, что водители не вернутся за руль, пока не "
                "получат письменных гарантий от городских властей.")
    cut = _cut(sentence, 36, "ru")
    assert cut.endswith("поднять ставки до 60 тыс. руб."), cut
    # (not after the "not" that such a clause answers: «не в 1,1[, а в 1,86 млрд руб.]»)
    costs = ("Министерство финансов края направило в правительство расчёт, согласно которому "
             "выполнение соглашения с профсоюзом учителей обойдётся бюджету не в 1,1, а в 1,86 "
             "млрд руб. до конца года.")
    assert not _cut(costs, 22, "ru").endswith("не в 1,1.")
    # (round 165, ru 1663: nor before one that opens on a place and has its own verb)
    strike = ("Около 2 тыс. машинистов метро в понедельник начали бессрочную забастовку, требуя "
              "повышения зарплаты на 5%, из-за чего интервалы между поездами выросли до 15 минут, "
              "а на платформах центральных станций в час пик скопились тысячи раздраженных "
              "пассажиров, опаздывавших на работу.")
    assert _cut(strike, 30, "ru").endswith("выросли до 15 минут."), _cut(strike, 30, "ru")


def test_russian_cut_keeps_the_comma_that_closes_the_people_a_group_counts() -> None:
    """Round 164, ru 1651: «…, среди которых … и 34-летний Азамат Ибраев, владелец единственного
    тягача[, купленного в кредит три года назад,] в понедельник утром выстроили …» was cut to
    «…тягача в понедельник утром выстроили …»."""
    sentence = ("Около 150 фермеров из трех районов, среди которых 61-летний Иван Сомов, глава "
                "районной ассоциации и фермер с 30-летним стажем, и 29-летний Азамат Жумабаев, "
                "владелец единственного трактора, купленного в лизинг два года назад, во вторник "
                "утром перекрыли въезд в областной центр, протестуя против новых тарифов на воду, "
                "которые ввели в январе, и требуя от министерства пересмотреть решение.")
    cut = _cut(sentence, 50, "ru")
    assert "трактора, во вторник утром перекрыли" in cut, cut
    # (the comma of a later aside, past the group's verb, does not stay)
    assert "тарифов на воду, и требуя" not in _cut(sentence, 45, "ru")


def test_russian_cut_drops_the_comma_of_an_aside_before_and_and_an_infinitive() -> None:
    """Round 166, ru 1681: «…, требующие вернуть зарплаты[, урезанные в годы долгового кризиса
    почти на четверть,] и нанять не менее 300 новых специалистов, …» was cut to «…зарплаты, и
    нанять …»."""
    sentence = ("Пилоты авиакомпании, требующие вернуть надбавки, урезанные в прошлом году почти "
                "вдвое, и нанять не менее 40 новых вторых пилотов, во вторник отказались выходить "
                "в рейсы, из-за чего в аэропорту Толмачёво отменили 26 рейсов, а профсоюз "
                "пообещал продолжить акцию в пятницу.")
    cut = _cut(sentence, 36, "ru")
    assert "надбавки и нанять" in cut, cut


def test_english_cut_finds_the_relative_clause_after_a_town_spelled_with_accents() -> None:
    """Round 60, en 403: "…from the inland town of Ödemiş who had never …" (a letter outside
    ASCII before "who") was never taken for the clause that ends the apposition."""
    sentence = ("Ana Vidović, a 30-year-old teacher from Niš who swam her first open-water "
                "race only four years ago, won the Adriatic Crossing on Saturday, beating the "
                "defending champion by eleven minutes in rough seas off the island of Brač.")
    assert _cut(sentence, 32, "en") == (
        "Ana Vidović, a 30-year-old teacher from Niš, won the Adriatic Crossing on Saturday, "
        "beating the defending champion by eleven minutes in rough seas off the island of Brač.")


def test_an_english_cut_never_drops_a_clause_that_ends_on_a_preposition_before_an_aside(
        ) -> None:
    """Blind round 39, en 247: the comma after "after" opens an aside inside the relative clause
    (", in her own words, '…',"), not its end; dropping "who … after," left "the left-hander,
    in her own words, 'getting bored …', won", which reads as nonsense."""
    sentence = ("Tomas Berg, the 38-year-old Swedish goalkeeper who left the national team two "
                "years ago and came back this spring after, as he put it, \"missing the noise of "
                "the stadium\", saved two penalties in the cup final on Saturday, helping his club "
                "win 2-1 after extra time.")
    for limit in (30, 40, 45):
        cut = _cut(sentence, limit, "en")
        assert "goalkeeper, as he put it" not in cut and "Berg as he put it" not in cut
        assert cut.startswith("Tomas Berg")
        if "as he put it" in cut:
            assert "came back this spring after, as he put it" in cut


def test_a_russian_cut_drops_a_participle_aside_with_initials_and_its_where_clause() -> None:
    """Blind round 40, ru 253: the initials in «возглавляемая … Д.А. Верещагиной …» hid the
    aside, so only its «где …» clause went, with the comma that closed the aside («территорий
    сообщила»); the lead then lost its result (12 times less ice) to a «…» cut."""
    sentence = ("Группа сотрудников Института химии покрытий, возглавляемая доктором химических "
                "наук Д.А. Верещагиной и уже несколько лет занимающаяся материалами для северных "
                "территорий, где гололёд ежегодно становится причиной сотен отключений "
                "электроэнергии, сообщила в понедельник о завершении полевых испытаний покрытия "
                "для проводов, которое, по данным учёных, уменьшает прилипание льда в 12 раз.")
    cut = _cut(sentence, 35, "ru")
    assert cut == ("Группа сотрудников Института химии покрытий сообщила в понедельник о "
                   "завершении полевых испытаний покрытия для проводов, которое, по данным "
                   "учёных, уменьшает прилипание льда в 12 раз.")
    # "который" may speak of the name before the aside: it stays (see the Дорохова tests)


def test_a_russian_cut_drops_a_relative_clause_with_its_list_of_places() -> None:
    """Blind round 41, ru 259: the relative clause was cut at the first comma of its list of
    places («на блошиных рынках,»), leaving «уроженец Череповца в редакциях газет …»; and the
    comma that closed «Штольц, 84-летний уроженец Череповца» went with it."""
    sentence = ("Бывший инженер Аркадий Штольц, 84-летний уроженец Череповца, который почти "
                "полвека разыскивал пишущие машинки на блошиных рынках, в редакциях газет и в "
                "заброшенных конторах, в пятницу передал музею всю свою коллекцию из 412 "
                "машинок, выпущенных в России, Германии и еще девяти странах.")
    cut = _cut(sentence, 30, "ru")
    assert cut.startswith("Бывший инженер Аркадий Штольц, 84-летний уроженец Череповца, в пятницу "
                          "передал музею")
    assert "в редакциях" not in cut


def test_a_russian_cut_drops_a_relative_clause_with_its_second_predicate() -> None:
    """Blind round 42, ru 265: «…, которая … выступала лишь на краевых стартах, а прошлой осенью
    перенесла операцию, в воскресенье выиграла …» lost only its first predicate, leaving
    «"Енисей", а прошлой осенью перенесла операцию»."""
    sentence = ("Студентка Полина Завьялова, воспитанница спортивной школы «Енисей», которая ещё "
                "два года назад выступала лишь на краевых стартах, а прошлой осенью перенесла "
                "операцию на колене, в воскресенье выиграла чемпионат России по ориентированию, "
                "опередив действующую чемпионку страны почти на три минуты.")
    cut = _cut(sentence, 30, "ru")
    assert cut.startswith("Студентка Полина Завьялова, воспитанница спортивной школы «Енисей», в "
                          "воскресенье выиграла")


def test_a_russian_cut_drops_a_participle_aside_that_opens_four_words_before_it() -> None:
    """Blind round 43, ru 271: «…, ещё два года назад выступавшая лишь на юношеских турнирах и
    включённая в сборную только этой весной, в воскресенье выиграла …» stayed, and the lead was
    cut with «…» before its result (judged ru 217 and ru 223 the same)."""
    sentence = ("Бадминтонистка Варвара Литвинцева, воспитанница спортивной школы, ещё два года "
                "назад выступавшая лишь на юношеских турнирах и включённая в сборную только этой "
                "весной, в воскресенье выиграла чемпионат России, обыграв действующую чемпионку "
                "страны и став самой молодой победительницей первенства.")
    assert _cut(sentence, 30, "ru") == (
        "Бадминтонистка Варвара Литвинцева, воспитанница спортивной школы, в воскресенье "
        "выиграла чемпионат России, обыграв действующую чемпионку страны и став самой молодой "
        "победительницей первенства.")


def test_a_russian_cut_drops_what_an_aside_adds_with_a_takzhe() -> None:
    """Blind round 45, ru 283: «…, рассчитанный на полеты между поселками, где нет полос, а также
    для доставки почты, медикаментов и бригад, в субботу поднялся …» kept «а также …»."""
    sentence = ("Опытный образец самолета «Стриж-9», разработанный инженерами конструкторского "
                "бюро и рассчитанный на полеты между поселками Сибири, где нет бетонных полос, а "
                "также для доставки почты, медикаментов и вахтовых бригад, в субботу впервые "
                "поднялся в воздух и через 42 минуты благополучно приземлился.")
    assert _cut(sentence, 25, "ru") == (
        "Опытный образец самолета «Стриж-9» в субботу впервые поднялся в воздух и через 42 "
        "минуты благополучно приземлился.")


def test_a_sentence_that_announces_more_news_comes_with_the_news() -> None:
    """Blind round 45, kk 284: «… тағы бір маңызды жаңалық белгілі болды.» ended a long summary
    that left out the news it announced."""
    units = _units("Сот зауытты тоқтатты. Зауыт шағымданады.\n\nСот шешімі шыққаннан кейін "
                   "бірнеше сағаттан соң тағы бір маңызды жаңалық белгілі болды. Прокуратура "
                   "тексеріс бастады.", "kk")
    assert any(len(unit.sentences) == 2 and "Прокуратура" in unit.sentences[1] for unit in units)


def test_a_new_turn_announced_comes_with_the_turn() -> None:
    """Round 69's check, ru 320: «Вечером того же дня стало известно о новом повороте в деле.»
    closed a long summary without the arrest it announced."""
    units = _units("Суд взыскал с компании 2 млрд руб. Компания обжалует решение.\n\nВечером "
                   "того же дня стало известно о новом повороте в деле. Следователи задержали "
                   "бывшего начальника службы.", "ru")
    assert any(len(unit.sentences) == 2 and "Следователи" in unit.sentences[1] for unit in units)


@pytest.mark.parametrize(("language", "text", "second"), [
    ("en", "The ministry published a draft law.\n\nThe 14-page draft sets out several main "
           "changes. Under it, minors would be barred from sunbeds.", "Under it"),
    ("ru", "Минздрав опубликовал законопроект.\n\nДокумент на 14 страницах предусматривает "
           "несколько ключевых изменений. Подросткам запретят солярии.", "Подросткам"),
])
def test_a_sentence_that_announces_items_comes_with_the_sentence_that_tells_them(
        language: str, text: str, second: str) -> None:
    """Round 51, en 318 (long scored 3 by both judges): "The 14-page draft sets out several main
    changes." closed a long summary that left out the changes."""
    units = _units(text, language)
    assert any(len(unit.sentences) == 2 and unit.sentences[1].startswith(second)
               for unit in units)


def test_a_russian_cut_keeps_the_comma_that_closes_a_name_apposition() -> None:
    """Blind round 29, ru 187: "…участницы громких столичных выставок 1920-х годов впервые
    собраны" lost the comma that closes the apposition to the artist's name."""
    sentence = ("Более 140 работ Веры Ляховой, уроженки Самары, выпускницы одной из первых "
                "советских мастерских и участницы столичных выставок 1920-х годов, вынужденной "
                "в начале 1930-х оставить живопись и почти сорок лет проработавшей чертёжницей, "
                "впервые собраны вместе на выставке в Самарском художественном музее.")
    cut = _cut(sentence, 35, "ru")
    assert "1920-х годов, впервые собраны вместе" in cut


def test_a_russian_cut_keeps_no_comma_for_a_name_apposition_past_a_clause_with_a() -> None:
    """Round 106's check, ru 961: «…Валентина Осипова, а ещё пятеро человек[, в том числе
    11-летний мальчик,] получили травмы» was cut to «пятеро человек, получили»."""
    sentence = ("Сель сошёл в субботу на дорогу к посёлку Медео, в результате чего погиб "
                "45-летний водитель, житель Алматы Сергей Ким, а ещё трое человек, в том числе "
                "9-летняя девочка, получили травмы, сообщили в департаменте по чрезвычайным "
                "ситуациям, уточнив, что дорога закрыта как минимум до среды.")
    cut = _cut(sentence, 35, "ru")
    assert "трое человек получили травмы" in cut, cut


def test_a_russian_cut_keeps_a_second_subject_after_a_relative_clause() -> None:
    """Round 107's check, ru 967 (and judged ru 835): «…Геннадий Ворожцов[, которого …,] и
    его бывшая заместительница, 44-летняя Наталья Ильина, …» was cut to «Ворожцов 44-летняя
    Наталья Ильина», «и его …» taken for the relative clause's second predicate."""
    sentence = ("Бывший директор омского завода «Сибмаш» 61-летний Олег Панов, которого "
                "следствие считает организатором схемы по выводу со счетов завода более 900 млн "
                "руб. в 2019–2021 гг., и его бывший заместитель, 47-летний Игорь Ситников, "
                "отвечавший за закупки, в среду предстали перед Кировским районным судом Омска, "
                "отказавшись признать вину.")
    cut = _cut(sentence, 40, "ru")
    assert "Олег Панов и его бывший заместитель" in cut, cut


def test_a_russian_aside_that_an_age_goes_on_from_is_not_cut_at_the_name() -> None:
    """Round 107's check, ru 973: «…центра больницы № 3[, открытого главным врачом больницы
    Игорем Ламовым,] 51-летним хирургом-онкологом, и …» left the age hanging."""
    sentence = ("Пенсионерка Анна Ершова, у которой весной обнаружили опухоль и которой ещё "
                "месяц назад предлагали ездить на лечение за 200 км в Тверь, в среду стала первой "
                "пациенткой нового центра городской больницы № 2, открытого главным врачом "
                "больницы Павлом Громовым, 49-летним хирургом, и министром здравоохранения "
                "области, рассчитанного на 80 коек и обошедшегося бюджету в 2,1 млрд руб.")
    cut = _cut(sentence, 55, "ru")
    assert "№ 2 49-летним" not in cut and "Громовым 49-летним" not in cut, cut


def test_a_russian_cut_keeps_the_comma_that_closes_a_relative_clause_on_its_preposition() -> None:
    """Round 108's check, ru 985: «…РА-2, за пультом которого стоял … Виктор Лаптев[,
    проработавший …,] доставил …» read «Лаптев доставил»."""
    sentence = ("Впервые за десять лет паром прошёл в пятницу по реке: судно «Заря», на борту "
                "которого стоял 61-летний капитан Иван Орлов, проработавший на переправе почти "
                "сорок лет, доставил в посёлок 120 пассажиров, среди которых были школьники и "
                "ветераны, а на причале, украшенном по такому случаю флагами, судно встречали "
                "сотни местных жителей, многие из которых не плавали по реке с тех пор, как "
                "переправу закрыли.")
    cut = _cut(sentence, 45, "ru")
    assert "Иван Орлов, доставил" in cut or "проработавший" in cut, cut
    assert "Орлов доставил" not in cut, cut


def test_a_russian_cut_keeps_the_comma_that_closes_a_relative_clause_after_its_dash() -> None:
    """Round 158's check, ru 1585: «Двое мужчин, один из которых, по версии следствия, — …
    бывший охранник музея[, уволенный …,] в ночь на вторник проникли …» read «музея в ночь»."""
    sentence = ("Трое подростков, один из которых, по данным полиции, — 16-летний сын сторожа "
                "станции, уволенного весной за пьянство на работе, в субботу вечером забрались "
                "на территорию депо и, разбив стекло в кабине, угнали маневровый тепловоз, "
                "который проехал около двух километров и сошёл с рельсов у переезда на улице "
                "Лесной, сообщили в воскресенье в транспортной полиции.")
    cut = _cut(sentence, 35, "ru")
    assert "сторожа станции, в субботу" in cut, cut
    assert "станции в субботу" not in cut, cut


def test_a_russian_rank_in_at_is_no_verb_so_the_apposition_keeps_its_closing_comma() -> None:
    """Round 82, ru 667: «Игорь Пастухов, 57-летний кандидат медицинских наук и его заместитель»
    read «кандидат» as a verb in «-ат», so the comma that closes the apposition was lost."""
    sentence = ("Главный врач областной больницы № 2 Павел Горелов, 61-летний кандидат "
                "медицинских наук, руководящий учреждением с 2011 г., и его заместитель по "
                "хозяйственной части Ольга Сизова задержаны по подозрению в получении взятки в "
                "размере 8,2 млн руб. от директора частной фирмы «МедТорг», которая в 2019 г. "
                "выиграла три аукциона на поставку рентгеновских аппаратов и наркозных станций "
                "общей стоимостью 94 млн руб., сообщили в пятницу в следственном управлении.")
    cut = _cut(sentence, 45, "ru")
    assert "медицинских наук, и его заместитель" in cut


def test_a_russian_cut_keeps_a_relative_clause_whose_noun_a_dative_participle_describes() -> None:
    """Round 83, ru 679: «…став одним из 37 аграриев края[, которым страховщики перечислили …
    по договорам …,] заключенным прошлой осенью …» orphaned the participle; and «из села …»
    read «села» as a verb, so the apposition lost its closing comma."""
    sentence = ("Пётр Гончаренко, 49-летний глава фермерского хозяйства из села Красная Поляна "
                "Кировского района, зоотехник по образованию, двадцать лет разводящий овец на "
                "арендованных пастбищах, во вторник получил от страховой компании «НадёжныйЩит» "
                "3,2 млн руб. за погибшее поголовье, став одним из 19 фермеров области, которым "
                "страховщики уже перечислили в общей сложности 96 млн руб. по договорам "
                "страхования животных, заключенным прошлой зимой, до начала окота.")
    cut = _cut(sentence, 50, "ru")
    assert "области заключенным" not in cut and "края заключенным" not in cut
    assert "зоотехник по образованию, во вторник получил" in cut


def test_an_english_apposition_with_who_does_not_take_the_main_verb_with_it() -> None:
    """Round 83, en 685 (short 2: "factually wrong"): "…after Dr Helen Marsh, 58, the panel
    engineer who has inspected the embankment …, found water seeping … and cracks in the stone
    spillway, built by hand in 1868 …" was cut to "Dr Helen Marsh, 58, built by hand in 1868":
    "found … and cracks …" was read as more predicates of the "who" clause."""
    sentence = ("Northfell Water will start a £9.2 million, 18-month repair of the old dam at "
                "Hollins Moor reservoir above the town of Todmorden on 3 March, the company said "
                "on Monday, after Dr Ruth Pell, 61, the independent engineer who has inspected "
                "the earth embankment for nearly twenty years, found water seeping through its "
                "core and cracks in the stone overflow, built by hand in 1871 to feed the "
                "valley's mills.")
    cut = _cut(sentence, 57, "en")
    assert "found water seeping" in cut and "61, built by hand" not in cut, cut


def test_a_kazakh_cut_from_the_name_keeps_the_place_the_sentence_opens_on() -> None:
    """Round 83, kk 685 (short 3 and 3: "opens with '…' mid-lead, so where … is lost"): the cut
    that starts at the reservoir's name after the chain describing it dropped the district."""
    sentence = ("Түркістан облысы Төлеби ауданындағы 1968 жылы салынған, содан бері бірде-бір рет "
                "күрделі жөндеу көрмеген және төменгі ағыстағы 12 ауылдың 9 мыңнан астам "
                "тұрғынын суармалы сумен қамтамасыз етіп отырған Ақсу су қоймасының топырақ "
                "бөгетін қайта жаңғыртуға республикалық бюджеттен 1,9 млрд теңге бөлінгенін "
                "облыстық су шаруашылығы басқармасының басшысы, 51 жастағы Ерлан Сапаров "
                "сейсенбі күні Шымкентте өткен брифингте мәлімдеді.")
    cut = _cut(sentence, 40, "kk")
    assert cut.startswith("Түркістан облысы Төлеби ауданындағы Ақсу су қоймасының"), cut


def test_an_english_cut_drops_a_relative_clause_too_long_for_the_apposition_pattern() -> None:
    """Blind round 30, en 193: a 240-character "which" clause after the subject was kept and
    the sentence cut with "…" before its main verb, so the decision was lost."""
    sentence = ("The city council of Split, which has spent more than two years under growing "
                "pressure from residents who complain that crowds from visiting cruise liners "
                "clog the narrow lanes of the old town every summer morning and that the ships' "
                "engines foul the air along the waterfront, voted late on Tuesday to limit the "
                "number of cruise ships allowed to call at the city's port to two a day.")
    assert _cut(sentence, 40, "en") == (
        "The city council of Split voted late on Tuesday to limit the number of cruise ships "
        "allowed to call at the city's port to two a day.")


@pytest.mark.parametrize(("language", "text", "mentions"), [
    # blind round 30, kk 194: «Комитет …» closed the long summary, the committee never named
    ("kk", "Сот клиниканы 8,7 млн теңге төлеуге міндеттеді. Сол күні Денсаулық сақтау "
           "министрлігінің бақылау комитеті хабарлама таратты. Пациент шешімге риза. Комитет "
           "120 клиникада тексеріс бастайтынын мәлімдеді.", {3: {1}}),
    ("ru", "Суд обязал клинику выплатить 8,7 млн руб. Комиссия по этике выступила с заявлением. "
           "Пациентка довольна. Комиссия проверит 120 клиник.", {3: {1}}),
    ("ru", "Комиссия проверит 120 клиник. Пациентка довольна.", {}),  # nothing earlier names it
    ("en", "The court fined the clinic. The health ministry's committee issued a statement. "
           "The committee will inspect 120 clinics.", {}),  # "the committee" reads naturally
    # "The commission will be asked …" closed a long summary that never named it (round 39,
    # en 246)
    ("en", "The bill was published. The Electoral Commission will run the register. Critics "
           "object. The commission will be asked to report on turnout.", {3: {1}}),
    # an act named by its kind alone (blind round 41): by the unit that told it, in other
    # words if need be (ru 255: «поправки в закон» before «Законопроект планируется …»; ru 260)
    ("ru", "Беспилотные грузовики выйдут на трассу. Министерство подготовит поправки в закон. "
           "Перевозчики довольны. Законопроект планируется внести в Госдуму.", {3: {1}}),
    ("ru", "Суд обязал компанию вернуть деньги. Жилинспекция начала проверку других домов. "
           "Жильцы довольны. Проверка продлится месяц.", {3: {1}}),
    # a construction, the first of the meetings told before (round 51, kk 317, kk 318)
    ("kk", "Әкімдік зауыт салуды жоспарлап отыр. Оның құрылысы үшін жер бөлінді. Тұрғындар "
           "қуанды. Құрылыс 2026 ж. наурызда басталады.", {3: {1}}),
    ("kk", "Алаңдар жөнделеді. Әр ауданда ата-аналармен кездесу өтеді. Тұрғындар риза. "
           "Алғашқы кездесу тамызда өтеді.", {3: {1}}),
    # inspectors sent on what was told before (round 53, ru 327)
    ("ru", "Суд вынес приговор. Покупатели рады. Министерство проведёт рейды по 240 магазинам. "
           "Инспекторы должны проверить полки.", {3: {2}}),
    # the final text of rules named before (round 50, ru 314)
    ("ru", "Суд взыскал 48 млн руб. Власти ввели новые правила судоходства. Компании недовольны. "
           "Окончательную редакцию правил обсудят в июле.", {3: {1}}),
    # amendments (round 47, ru 296: «Поправки планируется внести в правительство до 1 июня»)
    ("ru", "Суд оставил штраф в силе. Ведомство подготовило поправки в закон о рекламе. "
           "Операторы против. Поправки планируется внести в правительство до 1 июня.",
     {3: {1}}),
    ("ru", "Суд обязал компанию вернуть деньги. Жильцы довольны. Проверка продлится месяц.",
     {2: {1}}),  # told nowhere before: the unit before
    # (not one that says whose: «Проверка жилищной инспекции показала …»)
    ("ru", "Суд обязал компанию вернуть деньги. Жильцы довольны. Проверка жилищной инспекции "
           "показала нарушения.", {}),
    ("kk", "Жаңа тәртіп енгізіледі. Ол үш облыста сынақ ретінде өтеді. Мұғалімдер қарсы. Сынақ "
           "бір жылға созылады.", {3: {1}}),
    # a project under a condition (round 43, kk 268: «Егер жоба мақұлданса …»)
    ("kk", "Ғалымдар кәріз тапты. Экспедиция әкімдікке пилоттық жоба ұсынды. Тұрғындар қуанды. "
           "Егер жоба мақұлданса, су көктемде жетеді.", {3: {1}}),
    # "all 11 plots" needs the unit that gave the 11 (blind round 32, kk 206)
    ("kk", "Сот жер телімін қайтарды. Ол тағы 11 жер телімін аукционсыз берген. Компания "
           "шешімге келіспейді. Прокуратура барлық 11 телім бойынша тексеру жүргізеді.", {3: {1}}),
    ("en", "The court returned the land. He may have handed out 11 more plots. The firm will "
           "appeal. Prosecutors will check all 11 plots.", {3: {1}}),
    # "The group says …" of a residents' group named before (round 72, en 546)
    ("en", "The province approved the wind farm. A residents' group, Calm Air, vowed to fight "
           "it. The developer is pleased. The group says most submissions opposed it.",
     {3: {1}}),
    # "The forum will ask …" of a traders' forum named before (round 152, judged en 1509)
    ("en", "The council raised parking charges. The City Traders' Forum, which represents 240 "
           "shops, said footfall fell. Motorists were angry. The forum will ask for a free "
           "half-hour.", {3: {1}}),
    # "The deal runs …" after the agreement told in other words (round 79, en 634)
    ("en", "The bakery bought a mill floor. Its sweet bread sells well. The expansion rests on a "
           "supply agreement with a grocery chain. The deal runs for three years.", {3: {2}}),
    ("en", "The bakery bought a mill floor. It will hire 30 people. The deal is financed by a "
           "bank loan.", {2: {1}}),
    # a rule named as known (round 85, en 701: "Under the rule, the catch is set at …")
    ("en", "Norway cut its cod quota. The ministry applies a harvest control rule. Fishers "
           "protested. Under the rule, the catch is set at a share of the stock.", {3: {1}}),
    # a work to restore what failed (round 80, ru 642: the monitoring system's failure)
    ("ru", "Комбинат превысил нормы. Система контроля выбросов с июля не передавала данные. "
           "Ущерб оценили в 312 млн руб. Восстановить работу системы контроля комбинат обещает "
           "до 1 февраля.", {3: {1}}),
    # a draft budget a house will read, after what the budget holds (round 178, ru 1823)
    ("ru", "Безработица выросла до 6,1%. Власти расширят программу занятости. В проекте бюджета "
           "на неё заложено 212 млн руб. Областная дума рассмотрит проект бюджета 15 декабря.",
     {3: {2}}),
])
def test_a_body_named_by_its_kind_alone_needs_an_earlier_mention(
        language: str, text: str, mentions: dict[int, set[int]]) -> None:
    from summarizer.units import institution_mentions

    units = _units(text, language)
    found = {k: set(v) for k, v in enumerate(institution_mentions(units, language)) if v}
    assert found == mentions


def test_a_russian_cut_does_not_end_an_aside_where_a_gerund_or_a_source_goes_on() -> None:
    """Round 33's ru 211 (its mechanical fault read before judging): the cut dropped
    ", которая последние четыре года," and ", управляемый … и способный," and left
    «Академгородка начав с …» and «от шести лет по словам создателей, «расти»»."""
    sentence = ("Группа инженеров из новосибирского Академгородка, которая последние четыре года, "
                "начав с небольшого студенческого стартапа при одном из институтов, разрабатывала "
                "лёгкий бионический протез кисти для детей от шести лет, управляемый сигналами "
                "мышц и способный, по словам создателей, «расти» вместе с ребёнком, получила "
                "регистрационное удостоверение Росздравнадзора, что позволяет начать серийный "
                "выпуск изделия.")
    cut = _cut(sentence, 45, "ru")
    assert "Академгородка начав" not in cut and "лет по словам" not in cut


def test_an_english_cut_drops_a_long_participle_phrase_after_the_subject() -> None:
    """Blind round 34, en 217: ", built over almost three years … by hundreds of people," was
    too long for the apposition pattern, and the lead was cut before its main verb."""
    sentence = ("A 1,150-tonne tidal turbine named Selkie One, built over almost three years at a "
                "shipyard in Invergordon by the Edinburgh-based start-up Marrow Tidal and towed "
                "more than 90 miles around the north coast of Scotland by two tugboats last month "
                "in an operation watched from the cliffs by hundreds of people, began sending "
                "electricity to the national grid on Monday, the company said.")
    assert _cut(sentence, 30, "en") == (
        "A 1,150-tonne tidal turbine named Selkie One began sending electricity to the national "
        "grid on Monday, the company said.")


KK_LONG_LEDE = ("Ақтөбе облысының Хромтау қаласында дүниеге келген, он жасынан бастап ауылдағы "
                "шағын залда жаттыққан, өткен жылы Азия чемпионатында қола жүлдемен шектелген, ал "
                "биыл көктемде тізе жарақатынан кейін кілемге әрең оралған 25 жастағы Нұрлан "
                "Әбенов Бакуде өтіп жатқан, әлемнің 80-нен астам елінен 500-ге жуық спортшы "
                "қатысып отырған дзюдодан әлем чемпионатында 73 келіге дейінгі салмақта финалда "
                "жапондық Кэнта Мориді иппонмен жеңіп, Қазақстан құрамасына турнирдегі алғашқы "
                "алтын медальді әкелді.")


def test_a_kazakh_lede_is_cut_to_its_subject_and_the_event_the_headline_names() -> None:
    """Rounds 47-55 (kk 307, 325, 331, 337): a 70-90-word Kazakh lede lost its subject or the
    event: the cut kept the places of the chain that describes the subject and dropped the
    championship the headline names."""
    from summarizer.tokens import content_words

    topic = content_words("Қазақстандық дзюдошы әлем чемпионатында алтын медаль жеңіп алды", "kk")
    cut = shorten(KK_LONG_LEDE, 50, "kk", topic)
    assert cut is not None and len(cut.text.split()) <= 50
    assert "Нұрлан Әбенов" in cut.text and "әлем чемпионатында" in cut.text
    # (the chain before the subject is what went: the cut opens with its subject, a sentence of
    # its own, no "…")
    assert cut.text.startswith("25 жастағы")


def test_a_kazakh_lede_cut_at_its_subject_keeps_the_reason_it_opens_on() -> None:
    """Round 173's check, kk 1759: the cut started at "56 жастағы …" and lost the coal that
    ran out, the headline's reason; its closing comment goes to make room instead."""
    text = ("Қаладағы жылу электр орталығының қоймасында бір жарым тәулікке ғана жететін көмір "
            "қалғандықтан, станцияны басқаратын «Кентау Жылу-Қуат» ЖШС-ның бас директоры, "
            "энергетика саласында 30 жылдан астам еңбек еткен 56 жастағы Серік Әбдірахманов "
            "сейсенбі күні таңертең облыс әкімдігімен келісе отырып, Кентау қаласы мен оған "
            "қарасты үш кентте электр қуатын екі сағаттан кезекпен өшіру кестесін енгізді, бұл "
            "шешім түнгі аяз минус 24 градусқа дейін күшейген күндерге тұспа-тұс келді.")
    topic = content_words("Кентауда көмір таусылып, жарық кезекпен өшіріле бастады", "kk")
    cut = shorten(text, 45, "kk", topic)
    assert cut is not None and len(cut.text.split()) <= 45
    assert "көмір қалғандықтан" in cut.text and "Серік Әбдірахманов" in cut.text, cut.text
    assert cut.text.endswith("кестесін енгізді."), cut.text


def test_a_kazakh_lede_cut_without_a_headline_still_keeps_its_subject() -> None:
    cut = shorten(KK_LONG_LEDE, 50, "kk")
    assert cut is not None and "Нұрлан Әбенов" in cut.text


def test_an_aside_that_a_clause_after_it_hangs_on_is_not_dropped_alone() -> None:
    """Round 55, ru 343: dropping «, который … проходил … в самое темное время года,» left
    «…«Короткий день» когда солнце над городом уже не поднимается…»."""
    sentence = ("Фильм режиссера Анны Егоровой, снятый за девять дней в поселке на севере Якутии "
                "силами ее семьи и соседей, в воскресенье получил Гран-при фестиваля «Короткий "
                "день», который неделю проходил в Мурманске в самое темное время года, когда "
                "солнце над городом уже не поднимается из-за горизонта, и собрал 1 460 заявок.")
    cut = _cut(sentence, 30, "ru")
    assert "» когда" not in cut and "Гран-при" in cut


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "В понедельник, среду и пятницу Виктор просыпается в половине шестого утра."),
    ("ru", "Во вторник и четверг он ездит в город."),
    ("en", "On Monday, Wednesday and Friday she opens the shop at six."),
    # every week (round 57, en 364)
    ("en", "On Thursday evenings the fire station smells of valve oil and wet coats."),
    ("en", "On Thursdays the band rehearses in the fire station."),
])
def test_a_routine_on_several_weekdays_is_no_dated_news(language: str, text: str) -> None:
    """Round 55, ru 340: a dialysis patient's routine on three weekdays was taken for the dated
    news, so the scene led both summaries."""
    from summarizer.units import is_news_report

    assert not is_news_report(text, language)
    assert is_news_report(text.replace(", среду и пятницу", "").replace(" и четверг", "")
                          .replace(", Wednesday and Friday", "").replace(" evenings", "")
                          .replace("Thursdays", "Thursday"), language)


@pytest.mark.parametrize(("language", "text"), [
    ("kk", "Тұрғындар вокзал алдына жиналды. Зейнеткер Валентина Ершова өз ойын орыс тілінде "
           "жеткізді. «Без электрички мы просто пропадём, другой дороги в город здесь нет», – "
           "деді ол. Әкімдік шешім қабылдайды."),
    ("ru", "Жители собрались у вокзала. Профессор из Клайпеды ответил по-английски. “We have "
           "seen this coastline change within a single generation of fishermen,” he said. "
           "Решение примут в мае."),
])
def test_a_sentence_saying_in_which_language_someone_spoke_goes_with_the_quotation(
        language: str, text: str) -> None:
    """Round 55, kk 344: «Валентина Ершова өз ойын орыс тілінде жеткізді.» was picked without
    the Russian quotation it announces (which a summary in Kazakh leaves out)."""
    units = _units(text, language)
    assert [unit.foreign for unit in units] == [False, True, True, False]


def test_since_a_year_inside_a_participle_of_the_subject_is_no_background() -> None:
    """Round 56, kk 352: «1939 жылдан бері шығып келе жатқан «Кеңгір жаршысы» газеті … онлайн
    форматқа көшеді» was taken for background, so a later detail led the short summary."""
    from summarizer.units import is_background

    assert not is_background("1939 жылдан бері шығып келе жатқан газет 1 қаңтардан бастап онлайн "
                             "форматқа көшеді.", "kk")
    assert is_background("Газет 1939 жылдан бері шығып келеді.", "kk")


def test_an_aside_that_a_relative_clause_after_it_hangs_on_is_not_dropped_alone() -> None:
    """Round 57, ru 367: dropping «, написанную по дневнику английского инженера Генри Уайетта,»
    left «…композитора Арсения Гладких, который весной 1876 года застрял …»: the composer
    became the one stranded in 1876."""
    sentence = ("Театр в субботу показал оперу «Ледоход» местного композитора Арсения Гладких, "
                "написанную по дневнику английского инженера Генри Уайетта, который весной 1876 "
                "года застрял в городе в ожидании навигации и исписал три тетради, — спектакль "
                "шёл почти три часа.")
    cut = _cut(sentence, 30, "ru")
    assert "Гладких, который" not in cut


def test_a_relative_clause_on_a_preposition_goes_with_the_participial_aside_before_it() -> None:
    """Round 78, ru 625 (short 2 by both judges: 'grammar broken'): dropping «, выполнявший рейс
    … со 164 пассажирами на борту,» alone left «…«Северные крылья» среди которых были …»; the
    relative clause tells of the aside's passengers and goes with it. One that only opens an
    aside of its own («…412 м, по которой, по подсчетам мэрии, …») is no such clause."""
    sentence = ("Airbus A320 авиакомпании «Северные крылья», выполнявший рейс из Сочи со 150 "
                "пассажирами на борту, среди которых были школьники и тренеры, в субботу первым "
                "сел на новую полосу аэропорта Воркуты, ремонт которой шёл два года и обошёлся "
                "в 2 млрд руб., а у трапа самолёт встречали глава города и директор аэропорта, "
                "проработавший в авиагавани 25 лет.")
    cut = _cut(sentence, 50, "ru")
    assert "среди которых" not in cut and "«Северные крылья» в субботу первым сел" in cut, cut


def test_a_relative_word_before_an_aside_keeps_its_verb_from_the_sentence() -> None:
    """Round 181, ru 1855: in «…домов, среди которых, по данным мэрии, были более 200 детей …,»
    the «были» after the aside is the relative clause's; read as the sentence's verb, the lead
    was cut before its own («…были эвакуированы»), with «…» after the subject's asides."""
    sentence = ("Около 900 человек, в том числе посетители и сотрудники городской библиотеки на "
                "ул. Ленина и жители двух соседних пятиэтажных домов, среди которых, по данным "
                "администрации, были около 80 детей и 90-летний ветеран, передвигающийся с "
                "ходунками, в среду утром были эвакуированы в центре Барнаула после того, как "
                "дворник заметил дым, шедший из подвала одного из домов.")
    cut = _cut(sentence, 40, "ru")
    assert "Около 900 человек в среду утром были эвакуированы" in cut, cut


def test_a_russian_name_keeps_its_age_and_role_when_the_asides_after_them_go() -> None:
    """Round 183's check, ru 1879: «Валентина Круглова, 71-летняя бывшая учительница …[,
    почти полвека собиравшая камни в экспедициях по Уралу, Кольскому полуострову, … и много
    лет хранившая их …,] во вторник подписала …» was cut with «…», and an aside that closed
    inside the list of places left «…школы № 14, Кольскому полуострову, …»."""
    sentence = ("Анна Седова, 68-летняя бывшая медсестра районной больницы, тридцать лет "
                "собиравшая старые открытки в поездках по Карелии, Кольскому полуострову, Алтаю "
                "и Саянам и много лет хранившая их в чемоданах и коробках на антресолях своей "
                "квартиры на улице Мира, в пятницу передала городскому музею коллекцию из 5 200 "
                "открыток, оцененную экспертами в 3,1 млн руб.")
    cut = _cut(sentence, 45, "ru")
    assert cut.startswith("Анна Седова, 68-летняя бывшая медсестра районной больницы, в пятницу "
                          "передала городскому музею"), cut
    for limit in (35, 40):
        assert "больницы, Кольскому" not in _cut(sentence, limit, "ru")
        # (with no name before the role, the aside goes whole, the list inside it)
        assert "больницы в пятницу передала" in _cut(
            sentence.replace("Анна Седова, 68-летняя бывшая", "Бывшая"), limit, "ru")


def test_a_kazakh_cut_keeps_the_leader_named_after_the_posts_and_age() -> None:
    """Round 183's check, kk 1879: «…аға ғылыми қызметкері, биология ғылымдарының кандидаты, 34
    жастағы палеонтолог Әсел Құдайбергенова бастаған … экспедиция … тапқанын … хабарлады.» was
    cut with "…" right after the first post, the leader and her expedition left out."""
    sentence = ("ҚР Ғылым және жоғары білім министрлігіне қарасты Археология институтының жетекші "
                "ғылыми қызметкері, тарих ғылымдарының кандидаты, 41 жастағы археолог Марат "
                "Сейілханов бастаған сегіз адамдық экспедиция маусымның басынан бері Түркістан "
                "облысының Отырар ауданындағы Күлтөбе қалашығында қазба жұмыстарын жүргізіп, "
                "ғалымдардың алдын ала бағалауынша шамамен он бір ғасыр бұрын соғылған күміс "
                "теңгелер салынған қыш құмыраны тапқанын, бұл олжа өңірдегі соңғы жылдардағы ең "
                "маңызды археологиялық жаңалықтардың бірі болуы мүмкін екенін сәрсенбі күні "
                "Шымкентте өткен баспасөз мәслихатында хабарлады.")
    cut = _cut(sentence, 45, "kk")
    assert "Марат Сейілханов бастаған сегіз адамдық экспедиция" in cut, cut
    assert cut.endswith("хабарлады."), cut
    # (round 184's check, kk 1891: more words between the age and the name, and a count of what
    # was found that the place's cut kept instead of the leader)
    sentence = ("Түркістан облысының Отырар ауданындағы Шәуілдір ауылынан 9 шақырым жерде "
                "орналасқан, жергілікті тұрғындар ежелден «Ақтөбе қорғаны» деп атап келген "
                "биіктігі 5 метрлік обаны биыл мамырдан бері зерттеп жүрген, Л. Гумилев атындағы "
                "Еуразия ұлттық университетінің археология кафедрасының доценті, 44 жастағы тарих "
                "ғылымдарының кандидаты Дәурен Сапарбеков бастаған 18 адамдық экспедиция жерлеу "
                "камерасынан біздің заманымызға дейінгі IV ғасырға жататын, жалпы салмағы 300 "
                "грамнан асатын 120-ға жуық алтын әшекей тауып, бұл олжаны соңғы он жылдағы ең "
                "маңызды археологиялық жаңалықтардың бірі ретінде бағалады.")
    assert "Дәурен Сапарбеков бастаған" in _cut(sentence, 60, "kk")


def test_a_russian_dash_aside_before_a_participle_keeps_its_comma_and_where_stays() -> None:
    """Round 184's check, ru 1891: «Двое туристов из Москвы[ — 34-летний инженер … и его
    29-летняя жена …, —] отправившиеся …» read «Москвы отправившиеся», with no comma, and «…в
    9 км от района[, где их искали в первые дни,] на шестые сутки» said nothing of which
    area."""
    sentence = ("Двое туристов из Твери — 36-летний инженер-строитель Иван Серов и его "
                "31-летняя жена Ольга, переводчица с немецкого языка, — отправившиеся 5 марта в "
                "однодневный лыжный поход через перевал Рамзая и не вернувшиеся в назначенный "
                "срок, найдены живыми в среду утром в заброшенном балке геологов у подножия горы "
                "Вудъяврчорр, примерно в 7 км от района, где их искали в первые дни, на пятые "
                "сутки поисков, в которых участвовали около 90 спасателей, добровольцев и "
                "сотрудников полиции, сообщил руководитель поисково-спасательной службы Кировска "
                "Андрей Лисин.")
    cut = _cut(sentence, 60, "ru")
    assert cut.startswith("Двое туристов из Твери, отправившиеся 5 марта"), cut
    assert "от района на" not in cut, cut


def test_a_russian_role_keeps_the_aged_name_after_it_when_the_asides_go() -> None:
    """Round 185's check, ru 1909: «Капитан … траулера «Кильдин», 58-летний мурманчанин Виктор
    Сапожников[, моряк с 30-летним стажем, проведший … почти 40 часов на днище …,] был поднят
    …» was cut with «…» before its verb: the captain was never rescued."""
    sentence = ("Штурман затонувшего в Охотском море сейнера «Тайфун», 46-летний магаданец Олег "
                "Кравцов, моряк с 20-летним стажем, проведший, по данным спасателей, почти сутки "
                "в спасательном плоту при температуре воды около плюс трёх градусов и сильном "
                "ветре, был поднят в четверг на борт японского судна примерно в 150 км к югу от "
                "острова Итуруп и доставлен вертолётом в больницу, где его состояние оценили как "
                "тяжёлое, но стабильное.")
    cut = _cut(sentence, 45, "ru")
    assert cut.startswith("Штурман затонувшего в Охотском море сейнера «Тайфун», 46-летний "
                          "магаданец Олег Кравцов, был поднят в четверг"), cut


def test_a_russian_aside_goes_with_the_part_of_it_told_after_it() -> None:
    """Round 185's check, ru 1903: «…Воронков[, проработавший на Оби больше тридцати лет,] из
    них пятнадцать — на этом судне, …» left «Воронков из них пятнадцать»: «из них» counts
    what the aside told and goes with it."""
    sentence = ("Машинист пригородного поезда 56-летний Сергей Иванович Котов, проработавший на "
                "железной дороге больше тридцати лет, из них двадцать — на этом направлении, и "
                "собиравшийся этой зимой на пенсию, утром в пятницу остановил состав в 40 м от "
                "застрявшего на переезде грузовика и, не покидая кабины, помог вывести из вагонов "
                "всех 212 пассажиров, сообщили в субботу в пресс-службе Северной железной дороги.")
    for limit in (45, 55):
        assert "Котов из них" not in _cut(sentence, limit, "ru")


def test_a_kazakh_cut_never_opens_on_a_pronoun_read_as_a_participle() -> None:
    """Round 185's check, kk 1909 (and judged kk 799): «…докторы, бұған дейін Шығыс
    Қазақстанда …» had «бұған» ("before this") read as a participle with a name after it, and
    the short summary opened on «…Дейін Шығыс Қазақстанда …»."""
    sentence = ("Әл-Фараби атындағы Қазақ ұлттық университетінің археология кафедрасының "
                "профессоры, тарих ғылымдарының докторы, бұған дейін Оңтүстік Қазақстанда "
                "ондаған қорғанды зерттеген 58 жастағы Ерлан Қожахметов жетекшілік еткен, "
                "құрамында 14 студент пен 5 ғылыми қызметкер бар экспедиция Алматы облысы Кеген "
                "ауданындағы Шырғанақ қорымында екі ай бойы жүргізілген қазба жұмыстары "
                "барысында сақ жауынгерінің тоналмаған жерлеуін тауып, ішінен 300-ден астам алтын "
                "әшекейді шығарып алды, деп хабарлады университеттің баспасөз қызметі.")
    for limit in (40, 50, 60):
        assert not _cut(sentence, limit, "kk").startswith("…Дейін"), limit


def test_a_russian_aside_goes_on_past_by_its_own_count() -> None:
    """Round 186's check, ru 1915: «…ледокола «Капитан Ермолин»[, проработавший … и прошедший
    за эти годы,] по собственным подсчетам, более сорока раз по трассе …» was cut there, the
    participle's object left after the icebreaker."""
    sentence = ("Иван Ларионов, 74-летний бывший капитан сухогруза «Кандалакша», проработавший в "
                "Северном морском пароходстве с 1970 по 2012 год и прошедший за эти годы, по "
                "собственным подсчетам, более тридцати раз от Архангельска до Певека, во вторник "
                "безвозмездно передал Архангельскому краеведческому музею личный архив из 900 "
                "судовых журналов, карт и фотографий, который он собирал сорок лет.")
    for limit in (40, 50):
        assert "«Кандалакша» по собственным" not in _cut(sentence, limit, "ru")


def test_an_aside_between_dashes_goes_whole_past_an_abbreviation_in_it() -> None:
    """Round 78's check of judged ru 553: an aside between dashes with «тыс.» in it was read as
    none, and a cut dropped «— двухполосная … переправа длиной 380 м, по которой, по данным
    мэрии,» and kept «…Вятку ежедневно проезжает около 18 тыс. машин …, — с 1 мая будет
    закрыт…»."""
    bridge = ("Старый мост через реку Вятку — двухполосная железобетонная переправа длиной 380 "
              "м, по которой, по данным мэрии, ежедневно проезжает около 18 тыс. машин и почти 50 "
              "автобусов, — с 1 мая будет закрыт на ремонт, объявил во вторник на совещании в "
              "областной администрации вице-губернатор Олег Рябов.")
    for limit in (30, 40):
        cut = _cut(bridge, limit, "ru")
        assert cut.startswith("Старый мост через реку Вятку с 1 мая будет закрыт"), cut


def test_a_relative_clause_is_not_closed_before_a_by_his_own_words_parenthetical() -> None:
    """Round 58, ru 385 (seen before judging): «, который ещё три года назад,» was dropped
    alone and left «…мастер Санал Бадмаев по собственным словам, «считал …»,»: the words
    became his, now. The parenthetical and what it says go with the clause."""
    sentence = ("Двадцатилетний студент из Читы, мастер спорта Тимур Ооржак, который ещё два года "
                "назад, по собственным словам, «не умел толком плавать», в субботу в Казани "
                "выиграл заплыв на десять километров на открытой воде, обогнав трёх призёров "
                "прошлого чемпионата и установив рекорд трассы, который держался шесть лет.")
    for limit in (30, 40):
        cut = _cut(sentence, limit, "ru")
        assert ("по собственным словам" in cut) == ("который ещё два года" in cut)
        assert "выиграл" in cut


@pytest.mark.parametrize(("language", "text"), [
    ("kk", "Ұшақ Ақтауға қайта қонды.\n\nЖолаушылардың ешқайсысы зардап шеккен жоқ.\n\n"
           "Министрліктің инциденттерді тергеу жөніндегі бөлімі оқиғаны «ауыр инцидент» "
           "ретінде тіркеді. "
           "Тергеушілер ұшу деректерін тіркеу құрылғысының жазбаларын зерттейді."),
    ("en", "The plane landed back in Aktau.\n\nNone of the passengers was hurt.\n\nThe national "
           "air accident investigation branch sent a team to the airport. Investigators will "
           "read the flight data recorder this week."),
])
def test_an_investigation_told_in_other_words_introduces_the_investigators(
        language: str, text: str) -> None:
    """Round 57, kk 363: «Тергеушілер …» and «…тергеу барысында…» were in a long summary without
    «…инциденттерді тергеу жөніндегі бөлімі оқиғаны … тіркеп, тексеру бастады», which tells of
    the investigation in other words than "opened an investigation"."""
    from summarizer.units import event_introductions

    units = _units(text, language)
    needs = event_introductions(units, language)
    assert needs[3] == {2}
    assert not any(needs[:3])


def test_an_apposition_ending_in_a_relative_clause_goes_with_the_clause_s_predicates() -> None:
    """Round 58, en 385: dropping ", a 15-year-old schoolgirl … who learned the moves …," alone
    kept "Lucía Benítez had never before played … and arrived …, won …": the relative clause's
    next predicates belong to the aside."""
    sentence = ("Tomás Aquino, a 14-year-old pupil from the Chilean port of Valparaíso who learned "
                "to sail on his uncle's fishing boat, had never raced outside South America and "
                "arrived in Kiel ranked only 73rd, won the junior world dinghy title on Sunday "
                "with a steady last race that left him four points clear of a fleet of 112 "
                "boats, and earned a place in the national Olympic programme.")
    cut = _cut(sentence, 40, "en")
    assert cut.startswith("Tomás Aquino won the junior world dinghy title on Sunday")


def test_an_aside_ending_on_and_before_its_own_count_is_dropped_through_that_clause() -> None:
    """Round 58, en 379: ", the 113-year-old theatre … that has trained … and, by its own count,
    sells more season tickets …," was no aside (it ended on "and,"), so the 105-word lead was
    cut before its verb: "…than any other playhouse in the country…"."""
    sentence = ("The Karoo Playhouse, the 98-year-old theatre in the small town of Graaff-Reinet "
                "that has trained three generations of actors for the country's stages and, by "
                "its own count, sells more tickets per resident than any other theatre in the "
                "province, will close its main hall for at least a year from March after "
                "engineers found termites in the roof beams, its director said on Friday.")
    cut = _cut(sentence, 40, "en")
    assert cut.startswith("The Karoo Playhouse will close its main hall")


def test_a_cut_that_ends_on_who_said_it_ends_with_a_stop() -> None:
    """Round 58, en 379: "…roof trusses, its director said on Thursday, a decision that sends
    actors…" — the prefix up to the attribution is a whole sentence; en 133 and en 175 ended
    "…said on Thursday…" with nothing cut after it but the next clause."""
    sentence = ("The city's oldest cinema will close its doors for at least two years from "
                "January after inspectors found that damp and rot had weakened about a third of "
                "the beams that hold up its balcony and its roof, Film Heritage Wales said on "
                "Thursday, a "
                "decision that sends staff, audiences and a festival planned for the spring to "
                "a school hall on the far side of town.")
    cut = _cut(sentence, 50, "en")
    assert cut.endswith("Film Heritage Wales said on Thursday.")


def test_an_aside_does_not_end_inside_a_list_of_two_word_items() -> None:
    """Round 58, ru 379: «, где быка весом под тонну,» was dropped as an aside, but the list went
    on («…, рабочую лошадь или верблюда … можно прооперировать»): the cut read «…для крупных
    животных рабочую лошадь или верблюда … можно прооперировать»."""
    sentence = ("Первая в Тыве ветеринарная клиника для крупных сельскохозяйственных животных, где "
                "быка весом под тонну, рабочую лошадь или яка можно прооперировать под общим "
                "наркозом и при необходимости оставить на несколько дней в стационаре, открылась "
                "в понедельник на окраине Кызыла в здании бывшей ветстанции, которое почти семь "
                "лет стояло пустым, а теперь восстановлено на деньги республиканского бюджета.")
    for limit in (30, 40):
        cut = _cut(sentence, limit, "ru")
        assert "животных рабочую" not in cut
        assert "животных, где быка" in cut or "где быка" not in cut


def test_a_kazakh_lead_is_cut_after_its_main_verb_before_but() -> None:
    """Round 58, kk 385: the lead's first clauses (where and when the fire started) were cut
    and the short summary opened on «…Екпіні …»; the clauses up to «…толық оқшауланды,» before
    «алайда …» are a whole sentence that keeps them."""
    sentence = ("Қостанай облысының Амангелді ауданында 3 шілде күні түстен кейін Үрпек ауылынан "
                "солтүстікке қарай шамамен 25 шақырым жерде басталып, қатты желдің әсерінен "
                "тез ұлғайған дала өрті екі тәулікке созылған күрестен кейін бүгін таңертең "
                "толық сөндірілді, алайда оған дейін жалын 40 мың гектар жайылымды шарпып, екі "
                "ауылдың 200 тұрғынын уақытша көшіруге мәжбүр етті, шаруа қожалықтарының мың "
                "тоннадан астам шөбін күлге айналдырды.")
    cut = _cut(sentence, 50, "kk")
    assert cut.startswith("Қостанай облысының Амангелді ауданында")
    assert cut.endswith("толық сөндірілді.")


@pytest.mark.parametrize(("language", "text"), [
    ("kk", "Цех ашылады.\n\nБір жағынан, жаңа цех – тұрақты жұмыс. Маманның айлығы 480 мың теңге "
           "болады. Екінші жағынан, мұндай мамандар қалада әзірге жоқ. Оларды оқыту керек."),
    ("ru", "Цех откроется.\n\nС одной стороны, новый цех — это работа. Зарплата составит 90 тыс. "
           "руб. С другой стороны, таких специалистов в городе пока нет. Их придётся учить."),
    ("en", "The plant will open.\n\nOn the one hand, the plant means steady jobs. Pay will be "
           "high. On the other hand, the town has no such workers yet. They must be trained."),
])
def test_on_the_one_hand_goes_with_the_other_hand(language: str, text: str) -> None:
    """Round 58, kk 378: «Бір жағынан, жаңа цех – тұрақты жұмыс пен жоғары жалақы.» closed a long
    summary with no other side; it is one unit with the sentences up to «Екінші жағынан, …»."""
    units = _units(text, language)
    assert len(units) == 3
    assert len(units[1].sentences) == 3
    assert units[2].sentences[0].split()[0] in ("Оларды", "Их", "They")


def test_an_including_aside_is_dropped_to_the_end_of_its_list() -> None:
    """Round 59, ru 391: «, в том числе серебряную табакерку с эмалевым портретом,» was dropped
    alone and left «…14 предметов оклад напрестольного Евангелия и дюжину чайных ложек»."""
    sentence = ("Неизвестные в ночь на понедельник проникли через окно в частный музей в Кунгуре и "
                "вынесли из двух витрин 14 предметов, в том числе серебряную табакерку с "
                "эмалевым портретом, оклад напрестольного Евангелия и дюжину чайных ложек, общей "
                "стоимостью, по предварительной оценке владельца, около 8,5 млн руб., сообщили в "
                "понедельник в полиции.")
    cut = _cut(sentence, 40, "ru")
    assert "предметов оклад" not in cut
    assert "14 предметов" in cut


def test_an_including_aside_with_a_long_last_item_is_dropped_to_its_end() -> None:
    """Round 88, ru 745 (short 3 and 3: '«единиц хранения протоколы» — «в том числе» lost'):
    the list's last item was longer than an item may be, so only its first item went; and the
    speaker after it lost the comma before it («хранения сообщила»)."""
    sentence = ("Пожар, вспыхнувший в ночь на пятницу в здании архива Осы, уничтожил, по "
                "предварительной оценке, около 20 тысяч единиц хранения, в том числе часть "
                "метрических книг городских церквей XIX века, протоколы заседаний дореволюционной "
                "городской думы и фотоархив местного машиностроительного завода, сообщила "
                "журналистам заведующая архивом Нина Полуэктова.")
    cut = _cut(sentence, 35, "ru")
    assert "хранения протоколы" not in cut and "хранения сообщила" not in cut, cut
    assert "единиц хранения, сообщила журналистам" in cut, cut


@pytest.mark.parametrize("sentence", [
    # (a relative clause with «по его собственным словам» in it: round 59, ru 391)
    "Неизвестные в ночь на вторник, 7 октября, проникли через окно второго этажа в частный "
    "музей «Медная горница» в Чердыни — небольшое собрание церковной и бытовой утвари XVIII–XIX "
    "вв., которое местный предприниматель и коллекционер Павел Ошмарин, по его собственным "
    "словам, «собирал по чердакам и аукционам почти двадцать лет», — и вынесли из двух витрин "
    "девять предметов, в том числе медный самовар, общей стоимостью около 3 млн руб., "
    "сообщили во вторник в полиции и в самом музее.",
    # (a participle with «не» after the aside: round 59, ru 397)
    "Следственное управление возбудило уголовное дело о мошенничестве после того, как "
    "проверка министерства, начатая в конце августа по жалобе родителей нескольких "
    "абитуриентов, не прошедших по конкурсу, выявила, что в институте 37 первокурсников "
    "были зачислены на бюджетные места по поддельным справкам о льготах, которых не "
    "выдавала ни одна больница региона.",
])
def test_an_aside_is_not_dropped_before_words_that_belong_to_it(sentence: str) -> None:
    """Round 59, ru 391 and ru 397: «…утвари по его собственным словам, «собирал …»» and
    «…проверка министерства не прошедших по конкурсу, выявила»: the cut left a piece of the
    aside hanging on the wrong word."""
    for limit in (35, 45):
        cut = _cut(sentence, limit, "ru")
        assert "по его собственным словам" not in cut or "которое" in cut
        assert "министерства не прошедших" not in cut


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Aldo Jeantet, the baker's uncle, was 31 at the time.", True),
    ("By then the road had reopened.", True),
    ("Prices have risen since then.", True),
    ("At the time of the crash the road was closed.", False),
])
def test_a_time_told_before_is_a_reference_back(sentence: str, expected: bool) -> None:
    """Round 59, en 394: "Aldo Jeantet, the baker's uncle, was 31 at the time." closed a long
    summary with the avalanche of 1986 it dated left out (and en 369's "by then")."""
    from summarizer.units import refers_back_inside

    assert refers_back_inside(sentence, "en") is expected


@pytest.mark.parametrize(("language", "text", "announcing"), [
    ("kk", "Жоба бекітілді.\n\nӨткен жылдың шілдесінде облыстық экология департаменті "
           "жүргізген жоспардан тыс тексеріс жүктеменің салдарын нақты көрсетті. Судағы азот "
           "мөлшері нормадан үш есе жоғары болған.\n\nЖұмыс көктемде басталады.",
     "Өткен жылдың шілдесінде облыстық экология департаменті жүргізген жоспардан тыс тексеріс "
     "жүктеменің салдарын нақты көрсетті."),
    ("kk", "Жоба бекітілді.\n\nОблыс әкімінің орынбасары сәрсенбідегі брифингте "
           "журналистерге жобаның негізгі көрсеткіштерін атап өтті. Тазарту қуаты екі есе "
           "артады.\n\nЖұмыс көктемде басталады.",
     "Облыс әкімінің орынбасары сәрсенбідегі брифингте журналистерге жобаның негізгі "
     "көрсеткіштерін атап өтті."),
    ("en", "The plan was approved.\n\nResidents near the plant will also notice a change, "
           "the company says. Odour complaints should drop once the beds are covered.\n\n"
           "Work starts in spring.",
     "Residents near the plant will also notice a change, the company says."),
])
def test_a_sentence_that_promises_what_the_next_tells_goes_with_it(
        language: str, text: str, announcing: str) -> None:
    """Round 74, kk 569 (long 3 by both judges: "two sentences promise content they never
    deliver") and en 569 (long 3: "a teaser whose explanation is cut")."""
    unit = next(unit for unit in _units(text, language) if unit.sentences[0] == announcing)
    assert len(unit.sentences) == 2


@pytest.mark.parametrize(("language", "text", "announcing"), [
    ("kk", "Колонияда бүлік болды.\n\nКомиссия мынадай негізгі бұзушылықтарды атап өтті.\n\n"
           "Біріншіден, тінту кезінде күш қолданылған. Бұл камераға түскен.\n\nЕкіншіден, "
           "әкімшілік кездесулерге тыйым салған.",
     "Комиссия мынадай негізгі бұзушылықтарды атап өтті."),
    ("ru", "В колонии произошел бунт.\n\nКомиссия назвала следующие основные нарушения.\n\n"
           "Во-первых, при обыске применили силу. Это попало на камеру.\n\nВо-вторых, "
           "администрация запретила свидания.",
     "Комиссия назвала следующие основные нарушения."),
    ("en", "A riot broke out at the prison.\n\nThe inquiry listed several main failings.\n\n"
           "First, guards used force during a search. It was filmed.\n\nSecond, the governor "
           "banned visits.", "The inquiry listed several main failings."),
])
def test_a_sentence_announcing_findings_goes_with_the_first_item_in_the_next_paragraph(
        language: str, text: str, announcing: str) -> None:
    """Round 62, kk 432 (long scored 2 by both judges): «Комиссия мынадай негізгі
    бұзушылықтарды атап өтті.» closed a paragraph and was picked with no violation after it."""
    unit = next(unit for unit in _units(text, language) if unit.sentences[0] == announcing)
    assert len(unit.sentences) == 2


@pytest.mark.parametrize(("sentence", "limit", "end"), [
    # round 14, ru 97: «…симптомов, что, по их расчётам…»
    ("Агрономы Курганского опытного хозяйства, которые четыре сезона подряд наблюдали за полями "
     "ячменя в трёх районах области с помощью дронов, оснащённых тепловыми камерами, создали "
     "программу, способную находить очаги засухи за две недели до пожелтения листьев, что, по их "
     "расчётам, позволит хозяйствам сберечь до десятой части урожая.", 40,
     # (the relative clause around the subject goes first now, and the rest fits whole)
     "сберечь до десятой части урожая."),
    # round 56, ru 355: «…повалил десятки опор и, по последним данным…»
    ("Ураган, прошедший в субботу вечером через четыре села на севере Омской области, повредил "
     "более ста жилых домов, сорвал крышу с сельского клуба, повалил десятки опор линий "
     "электропередачи и, по последним данным районной администрации, оставил без света около "
     "трёх тысяч жителей.", 35, "электропередачи…"),
    # round 59, ru 397: «…на основании справок, которых, как выяснилось…»
    ("Прокуратура Тамбовской области начала проверку после того, как родители нескольких "
     "студентов пожаловались, что в местном колледже двадцать человек зачислили на бюджетные "
     "места на основании справок, которых, как выяснилось, никогда не выдавала ни одна "
     "больница города.", 30, "справок."),  # (whole without «, которых …»: a stop)
    # round 62, ru 427: «…остановилась на четырех из семи причалов, а на рейде…»
    ("Около трёхсот водителей городских автобусов в среду утром не вышли на линии и собрались у "
     "здания мэрии, в результате чего движение остановилось на девяти из двенадцати маршрутов, "
     "а на остановках, по словам диспетчеров, к полудню скопились сотни пассажиров.", 33,
     "маршрутов…"),
], ids=["chto-po-raschetam", "i-po-dannym", "kotoryh-kak-vyjasnilos", "a-bez-glagola"])
def test_a_russian_cut_does_not_end_where_a_clause_has_only_begun(
        sentence: str, limit: int, end: str) -> None:
    """A cut at the last clause boundary that fits stopped after «что», «и», «которых» and an
    aside on the source, or after «а» and a few words with no verb: the clause whose news was
    about to come was left open. The cut now ends at the boundary before that clause."""
    cut = _cut(sentence, limit, "ru")
    assert cut.endswith(" " + end), cut


def test_a_russian_cut_keeps_an_added_item_after_a_takzhe() -> None:
    """«…, а также …» adds an item to the clause before it: it is no clause opened without its
    verb, and a cut may end after it (round 51, ru 313 kept «…, а также личный архив…»)."""
    sentence = ("Коллекционер из Вологды, более тридцати лет собиравший деревянные игрушки, "
                "безвозмездно передал областному музею собрание из двухсот фигурок, созданных "
                "мастерами Севера, а также свои тетради с записями о каждом мастере, и музей "
                "пообещал открыть для них отдельный зал в следующем году.")
    cut = _cut(sentence, 30, "ru")
    assert "а также свои тетради" in cut


def test_an_english_cut_does_not_stop_inside_a_measure() -> None:
    """Round 60, en 403: "…won the … Marathon on Sunday in 2 hours…" — the comma in "2 hours,
    13 minutes and 27 seconds" is no clause boundary: a cut there ends before the measure."""
    sentence = ("The ferry's crew, all of them from the island of Arranmore, brought the old boat "
                "into Burtonport on Friday in 3 hours, 41 minutes and 5 seconds after fog had held "
                "it at sea for most of the morning and the harbour master had closed the port to "
                "all other traffic until noon.")
    cut = _cut(sentence, 25, "en")
    assert cut.endswith("brought the old boat into Burtonport on Friday…"), cut


def test_an_english_cut_keeps_the_main_verb_after_an_apposition_with_a_relative_clause() -> None:
    """Round 60, en 403: the apposition ended in a long relative clause ("a 29-year-old … teacher
    from … Ödemiş who had never finished higher than eighth … and who still trains …"); without
    that clause the sentence was still over the limit, so the cut kept the apposition and lost
    the verb. The trailing clause is now cut from the sentence without the relative clause."""
    sentence = ("Mairead Cullen, a 34-year-old postwoman from the fishing town of Killybegs who "
                "had never entered a race longer than ten kilometres before this year and who "
                "still trains before her morning round on the sand dunes behind the harbour, won "
                "the Donegal Coast Marathon on Sunday in 2 hours, 51 minutes and 9 seconds after a "
                "lead cyclist took the front runners the wrong way at a roundabout near the "
                "30-kilometre mark, sending them almost a kilometre off the course.")
    cut = _cut(sentence, 45, "en")
    assert cut.startswith("Mairead Cullen, a 34-year-old postwoman from the fishing town of "
                          "Killybegs, won the Donegal Coast Marathon on Sunday"), cut


def test_an_english_participle_aside_with_since_is_dropped() -> None:
    """Round 62, en 433: ", closed since 1995 after a wooden section of its inrun collapsed …,"
    was kept as if it were the main clause, and the cut lost the verb the news was in
    ("reopened")."""
    sentence = ("About 500 people stood in the rain on Saturday when the Glen Ardle footbridge "
                "in the Scottish Highlands, closed since 2009 after a storm tore away two of its "
                "spans and left the rest to rot for fifteen years, reopened after a £2.4 million "
                "rebuild that walkers hope will bring visitors back to the glen.")
    cut = _cut(sentence, 40, "en")
    assert "reopened after a £2.4 million rebuild" in cut, cut


def test_a_russian_participle_aside_ends_before_the_main_clause_s_second_verb() -> None:
    """Round 63 (seen before judging), ru 439: with the dash aside gone, «, поданный еще в марте
    … улице и обязал администрацию … 43 семьям,» was dropped as one participle aside, and the
    court's order («и обязал …») went with it."""
    sentence = ("Районный суд во вторник удовлетворил иск прокуратуры, поданный еще весной в "
                "интересах жильцов старого барака на Заводской улице — того самого, где зимой "
                "рухнул потолок, — и обязал администрацию города за полгода предоставить "
                "восьми семьям, всего 25 жильцам, новые квартиры, не дожидаясь 2030 г., на "
                "который было назначено их переселение.")
    cut = _cut(sentence, 40, "ru")
    assert "обязал администрацию" in cut, cut


def test_an_english_ing_clause_is_not_closed_at_an_aside_inside_it() -> None:
    """Round 63 (after judging began), en 438: ", ruling that the foundation … had broken a
    promise," was dropped as an aside, but the clause went on past an aside of its own
    (", made when it was set up three decades ago, to give tenants …"): the cut read "…in the
    city's Csepel district made when it was set up three decades ago, to give tenants …"."""
    sentence = ("A Lisbon court on Friday cancelled the sale of 80 rented flats in two blocks in "
                "the city's Marvila district, ruling that the charity that sold them to a hotel "
                "group had broken a pledge, made when the blocks were built in 1962, to let "
                "tenants buy their homes at cost and to keep their rents low.")
    cut = _cut(sentence, 40, "en")
    assert "district made when" not in cut, cut


@pytest.mark.parametrize("sentence", [
    "Дәл осы тұман бес адамды екі тәулік бойы тауда ұстап қалды.",
    "Дәл сол күні құтқарушылар ауылға жетті.",
])
def test_a_kazakh_sentence_opening_on_this_very_leans_on_the_one_before(sentence: str) -> None:
    """Round 63, kk 442 (long scored 2 by both judges): «Дәл осы тұман жеті адамды … ұстап
    қалды.» (this very fog) opened the long summary with no fog before it."""
    assert leans_on_previous(sentence, "kk")


@pytest.mark.parametrize(("sentence", "refers"), [
    ("The city council rejected the request.", True),
    ("The court granted the request on Friday.", True),
    ("The council rejected a request from residents for a second crossing.", False),
])
def test_a_request_rejected_refers_back_to_the_request(sentence: str, refers: bool) -> None:
    """Round 156's check, en 1562: "The city council rejected the request." came into the long
    summary with no request told before it."""
    from summarizer.units import refers_back_inside

    assert refers_back_inside(sentence, "en") is refers


@pytest.mark.parametrize(("sentence", "refers"), [
    ("The average winning price this time was roughly 43 percent below the cheapest of those "
     "older contracts.", True),
    ("Shipping agents say those delays have become steadily more expensive.", True),
    ("Aid will go to those affected by the floods.", False),
    ("The fund helps those who lost their homes in March.", False),
    ("Of the 640 members balloted, 78% voted, and 91% of those backed strike action.", False),
    ("About 2,600 vehicles cross the bridge each day, and about 180 of those are heavy trucks.",
     False),
    ("Stage two covers hoardings in the old town; stage three those along main roads.", False),
])
def test_those_before_what_it_names_again_refers_back(sentence: str, refers: bool) -> None:
    """Round 154's check, en 1536: "…43 percent below the cheapest of those older contracts."
    came into the long summary without the contracts it compares with."""
    from summarizer.units import refers_back_inside

    assert refers_back_inside(sentence, "en") is refers


@pytest.mark.parametrize(("language", "sentence", "refers"), [
    ("ru", "В департаменте признают проблему.", True),
    ("ru", "Чиновники не отрицают эту проблему.", True),
    ("en", "Officials acknowledge the problem.", True),
    ("kk", "Денсаулық сақтау министрлігі мәселені мойындайды.", True),
    # (a problem named, or owned up to at length)
    ("ru", "В департаменте признают проблему нехватки воды.", False),
    ("en", "The ministry acknowledged the problem of water shortages in the resort towns.", False),
    ("kk", "Мәселені шешу үшін министрлік жаңа бағдарлама әзірледі.", False),
])
def test_a_short_line_owning_up_to_the_problem_refers_back(language: str, sentence: str,
                                                           refers: bool) -> None:
    """Round 176's check, ru 1799: «В департаменте признают проблему.» came into the long
    summary with no problem told before it (and judged kk 688's «Мамандар дәл осы мәселені
    мойындайды.»)."""
    from summarizer.units import refers_back_inside

    assert refers_back_inside(sentence, language) is refers


@pytest.mark.parametrize(("sentence", "refers"), [
    ("A second contractor was appointed six months later.", True),
    ("The father, nine-year-old Tomás, came a year later.", True),
    ("The bridge reopened two days later.", True),
    # (its start told in the sentence, or a long sentence of its own)
    ("The bridge reopened two days after the inspection ended.", False),
    ("The bridge, closed on Monday after engineers found cracks in two of its piers, reopened "
     "to cars and buses but not to lorries two days later.", False),
    ("The council will decide later.", False),
    # (and "that morning", a day told before: round 176, en 1802)
    ("Golden Crust restored the GH¢2.00 price in all its shops that morning.", True),
    ("Ramakatsa writes that she still dreams about that night.", True),
    ("A judge granted an injunction on Wednesday, after parents filed suit that morning.",
     False),
])
def test_a_span_later_at_the_end_refers_back(sentence: str, refers: bool) -> None:
    """Round 176, en 1800 (long 3 below lead as judged): "A second contractor was appointed six
    months later." came after the museum's closure, the first contractor left out; en 1802's
    long summary closed on "…restored the GH¢2.00 price in all its shops that morning."."""
    from summarizer.units import refers_back_inside

    assert refers_back_inside(sentence, "en") is refers


@pytest.mark.parametrize(("sentence", "refers"), [
    ("In Chatsworth the figure was 54 per cent.", True),
    ("For beer the figure is about one can in ten.", True),
    ("In 2021 the share was just 9 percent.", True),
    # (a figure named in full, or a long sentence of its own)
    ("The unemployment rate was 5.2 per cent in March.", False),
    ("In Chatsworth, where the pilot ran for two years, the share of households sorting their "
     "waste correctly was 54 per cent by the end of the trial.", False),
])
def test_a_short_line_on_the_figure_refers_back(sentence: str, refers: bool) -> None:
    """Round 177, en 1806 (long 3 below lead as judged): "In Chatsworth the figure was 54 per
    cent." closed on a figure the summary never gave."""
    from summarizer.units import refers_back_inside

    assert refers_back_inside(sentence, "en") is refers


@pytest.mark.parametrize(("sentence", "refers"), [
    ("Officials estimate its cost at P70 million and hope to present it to Parliament.", True),
    ("Engineers put its length at 400 metres.", True),
    ("They expect its first trains to run in 2027.", True),
    # (the subject's own "its", or a singular one's)
    ("The council put its cost at 12 million euros.", False),
    ("Officials and its board met on Monday.", False),
    ("The ministry said its inspectors would visit the site.", False),
])
def test_its_after_a_plural_subject_refers_back(sentence: str, refers: bool) -> None:
    """Round 176's check, en 1800: "Officials estimate its cost at P70 million …" closed the
    long summary without the second phase whose cost it is."""
    from summarizer.units import refers_back_inside

    assert refers_back_inside(sentence, "en") is refers


@pytest.mark.parametrize(("sentence", "refers"), [
    ("About 70 million euros of that is for new buses, the rest for depots.", True),
    ("Local businesses raised about half of it, and the rest came from the council.", True),
    ("Officials estimate that up to 40% of it has already been spent.", True),
    ("The 90-hectare site, most of it former farmland, lies close to the motorway.", False),
    ("The council approved a budget of 12 million euros for the new line.", False),
])
def test_a_share_of_what_was_told_before_refers_back(sentence: str, refers: bool) -> None:
    """Round 63, en 436 and en 442 (long summaries scored 2 by both judges): "About 390
    million yen of that is for rice" came without the 860 million yen it is a share of, and
    "Parents of other club members raised about half of it" without the trip's cost."""
    from summarizer.units import refers_back_inside

    assert refers_back_inside(sentence, "en") is refers


def test_the_picture_changed_is_a_turn() -> None:
    """Round 63, en 440 (long scored 2 by both judges: "the annulment is never explained"):
    "On Thursday evening, the picture changed." over the tribunal's annulment was no turn, so
    the long summary told the first count only."""
    assert is_turn("On Thursday evening, the picture changed.", "en", dated=True)
    assert not is_turn("The picture was taken in 1962.", "en", dated=True)


def test_a_kazakh_second_stage_needs_the_unit_that_told_of_the_stages() -> None:
    """Round 63, kk 441 (long scored 2 by both judges): «Екінші кезеңнің алдын ала құны – …»
    came without «Жобаның екінші кезеңі желіні … ұзартуды көздейді», which tells what the
    second stage is."""
    from summarizer.units import institution_mentions

    text = ("Қалада жаңа трамвай желісі ашылды. Желінің ұзындығы 6 шақырым.\n\n"
            "Жобаның екінші кезеңі желіні вокзалға дейін тағы 3 шақырымға ұзартуды көздейді. "
            "Құрылыс мердігері келесі жылы анықталады. Екінші кезеңнің алдын ала құны – шамамен "
            "12 млрд теңге.")
    units = _units(text, "kk")
    last = units[-1]
    assert last.text.startswith("Екінші кезеңнің")
    assert 2 in institution_mentions(units, "kk")[last.index]


@pytest.mark.parametrize(("sentence", "refers"), [
    ("Фермерлердің бір бөлігі субсидияның қалған 40 %-ын да мемлекет төлеуі керек деп санайды.",
     True),
    ("Құтқарушылар жолда қалған 30-ға жуық көлікті тауып алды.", False),
    ("Малдың 60 %-ы жеке шаруашылықтарда, қалған 40 %-ы кәсіпорындарда бағылады.", False),
])
def test_a_kazakh_rest_of_a_whole_told_before_refers_back(sentence: str, refers: bool) -> None:
    """Round 63, kk 438 (long scored 2 by both judges): «Балықшылардың бір бөлігі субсидияның
    қалған 50 %-ын да мемлекет көтеруі керек деп санайды.» (the remaining 50 % of the subsidy)
    came without the subsidy."""
    from summarizer.units import refers_back_inside

    assert refers_back_inside(sentence, "kk") is refers


def test_a_name_with_marked_latin_letters_is_introduced_once() -> None:
    """Round 63, en 444 (judges: "Ilić Vukmirović is not introduced"): a name with letters such
    as "ć" was no name at all, so "Ilić Vukmirović said …" needed nothing before it."""
    units = _units("\"Prices will be fair,\" said Dragana Ilić Vukmirović, a state secretary. "
                   "The decree takes effect in April. Ilić Vukmirović said the ministry would "
                   "not delay it.", "en")
    needs = name_introductions(units)
    assert needs[-1] == frozenset({0})


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "Директору подрядчика Виталию Каргаполову предъявлено обвинение. Мост закрыт. "
           "Суд перевёл Каргаполова под домашний арест."),
    ("kk", "Сот Ерлан Оспановқа айыппұл салды. Көпір жабылды. Оспанов шағымданатынын айтты."),
])
def test_a_full_name_in_another_case_introduces_the_surname(language: str, text: str) -> None:
    """Round 84, ru 692 (short 3 and 3, long 2 and 3: "Kargapolov is never introduced"): the
    full name was given in the dative, «Виталию Каргаполову», which no surname ending matched,
    so «…перевёл Каргаполова под домашний арест» needed nothing before it."""
    needs = name_introductions(_units(text, language))
    assert needs[-1] == frozenset({0})


@pytest.mark.parametrize(("language", "text", "needs"), [
    # round 143, judged ru 1396 (long 1.5 below lead): a scene's man named again in full
    ("ru", "Каждое утро Николай Ахонен приходит к плотине с тетрадкой. Суд обязал компанию "
           "перестроить рыбоход. Николай Ахонен на заседания не ездил.", frozenset({0})),
    ("kk", "Күн сайын таңертең Гүлжан Сейітова амбулаторияға келеді. Әкімдік жаңа дәрігер "
           "тапты. Гүлжан Сейітова келесі жылы зейнетке шығады.", frozenset({0})),
    # round 201, ru 2091 (short and long below lead): the full name told again in another case
    ("ru", "Заместитель мэра Олег Ракитин заявил, что бригады уже работают. Школы закрыты. По "
           "словам Олега Ракитина, тепло дадут к полуночи.", frozenset({0})),
    # (not a firm told again by its name)
    ("en", "Cascade Plains agreed to buy Palouse Federal on Monday. The deal needs approval. "
           "Cascade Plains now runs 49 branches.", frozenset()),
])
def test_a_person_named_again_in_full_needs_the_unit_that_named_them_first(
        language: str, text: str, needs: frozenset[int]) -> None:
    assert name_introductions(_units(text, language))[-1] == needs


@pytest.mark.parametrize(("language", "text", "needs"), [
    # round 161, kk 1613 and kk 1611: initials and a surname given before in full, at a
    # sentence's start or after «айтуынша»'s speaker, are no introduction
    ("kk", "Серіктестіктің бас директоры Арман Қалиев шешімді «тым қатаң» деп атады. Комитет "
           "жауап бермеді. А. Қалиевтің айтуынша, қоймаларда дәрі қалып отыр.", frozenset({0})),
    ("kk", "Кітапхананың меңгерушісі Валентина Кравец осында 32 жылдан бері істейді. Қаржы "
           "азаяды. В. Кравецтің айтуынша, кітапхананың 1 800 оқырманы бар.", frozenset({0})),
    ("ru", "Директор шахты Сергей Ворошилов не согласен с выводами. Комиссия работает. По "
           "словам С. Ворошилова, компания обжалует предписание.", frozenset({0})),
    # (not after a role, nor as the speaker after a quotation)
    ("ru", "Главный санитарный врач Ольга Бекмурзина подписала постановление. Школы закрыты. "
           "Постановлением главного санитарного врача О.Р. Бекмурзиной запрещены концерты.",
     frozenset()),
    # (and a surname given first with initials introduces itself)
    ("kk", "Комитет шешім қабылдады. Жаңа ереже күшіне енді. А. Қалиевтің айтуынша, қоймаларда "
           "дәрі қалып отыр.", frozenset()),
])
def test_initials_before_a_surname_given_in_full_before_need_its_unit(
        language: str, text: str, needs: frozenset[int]) -> None:
    assert name_introductions(_units(text, language))[-1] == needs


def test_a_russian_night_before_a_weekday_dates_a_report() -> None:
    """Round 64, ru 450 (short scored 2 by both judges against lead's 5): «Власти … в ночь на
    четверг эвакуировали 643 жителя …» under the dateline was not dated, so the news start moved
    to «Возгорание обнаружили 27 июня …» and both summaries left the evacuation out."""
    from summarizer.units import is_news_report

    assert is_news_report("Власти района в ночь на четверг эвакуировали 300 жителей.", "ru")


@pytest.mark.parametrize(("text", "needs"), [
    # round 176's check, ru 1791: a surname of four letters in another case, as the source
    ("Замминистра Андрей Зуев признал ошибки. Аптеки пусты. По словам Зуева, партия придёт "
     "до 15 ноября.", frozenset({0})),
    ("Глава департамента Олег Юдин подвёл итоги. Урожай рекордный. По прогнозу Юдина, сбор "
     "составит 1,97 млн т.", frozenset({0})),
    # (not a kinsman named by the surname: judged ru 1204's «внук Зуева, 38-летний Андрей»)
    ("Кузнец Иван Зуев умер в 1989 г. Кузница закрылась. Её восстановил внук Зуева, "
     "38-летний Андрей.", frozenset()),
])
def test_a_short_russian_surname_in_another_case_as_the_source_needs_its_unit(
        text: str, needs: frozenset[int]) -> None:
    assert name_introductions(_units(text, "ru"))[-1] == needs


@pytest.mark.parametrize(("sentence", "limit", "start", "absent"), [
    # round 64, en 451: ", the 58-year-old," dropped from between two adjectives
    ("The state roads agency on Monday closed the Kerrow Bridge, the 61-year-old, two-lane "
     "steel crossing that carries about 12,400 vehicles a day over the Kerrow River between the "
     "town's eastern suburbs and the coast road, after divers found that spring floods had "
     "washed away the gravel around one of its piers, and officials said it could stay shut "
     "until at least March.", 45, "The state roads agency on Monday closed the Kerrow Bridge",
     "Bridge two-lane"),
    # round 64, en 457: the relative clause's list went on past its first comma
    ("Irish director Niamh Quill, a former postwoman from the western town of Clifden who shot "
     "her first feature in 24 days with a crew of seven, a borrowed van and, as she put it on "
     "stage, \"far more luck than money\", won the Silver Heron for best film at the 9th Lough "
     "Derg Film Festival on Saturday night for \"Low Tide\", a quiet drama about two brothers "
     "who run a ferry.", 45, "Irish director Niamh Quill, a former postwoman from the western "
     "town of Clifden, won the Silver Heron", "Clifden, a borrowed van"),
    # judged en 181: the clause's own verb after a title in quotation marks
    ("Ruth Adeyemi, a 41-year-old former bus driver from Bristol whose first novel, \"Night "
     "Route\", was turned down by 19 publishers before a small press in Bath agreed to print 900 "
     "copies, won the £20,000 Westbury Prize for Fiction on Thursday evening, beating four far "
     "better-known writers at a ceremony in London.", 40, "Ruth Adeyemi, a 41-year-old former "
     "bus driver from Bristol, won the £20,000 Westbury Prize", "Bristol, was turned down"),
], ids=["adjectives", "clause-list", "clause-verb"])
def test_an_english_apposition_cut_keeps_its_noun_and_the_main_verb(
        sentence: str, limit: int, start: str, absent: str) -> None:
    cut = _cut(sentence, limit, "en")
    assert cut.startswith(start), cut
    assert absent not in cut


def test_a_russian_cut_of_a_list_items_relative_clause_keeps_the_next_item() -> None:
    """Round 131's check, ru 1255: the apposition inside «…, ООО «МагСортМет», которым …
    руководит … Геннадий Ярцев, бывший заместитель министра промышленности области, и
    екатеринбургского торгового дома «Сталь-Резерв», — …» was cut, and then the relative
    clause with the third company in it: the short summary named two of the three."""
    sentence = ("Челябинское управление Федеральной антимонопольной службы во вторник возбудило "
                "дело по признакам картельного сговора против трёх крупнейших поставщиков "
                "строительной арматуры на Южном Урале — ПАО «Уралпрокат», подконтрольного "
                "58-летнему предпринимателю Виктору Шелесту, ООО «МагСортМет», которым с 2019 г. "
                "руководит 61-летний Геннадий Ярцев, бывший заместитель министра промышленности "
                "области, и екатеринбургского торгового дома «Сталь-Резерв», — заподозрив "
                "компании в том, что с января по апрель 2023 г. они синхронно подняли "
                "отпускные цены на 34%, согласовывая их, по версии ведомства, в закрытом чате "
                "одного из мессенджеров, созданном ещё осенью 2021 г.")
    for limit in (60, 62):
        cut = _cut(sentence, limit, "ru")
        assert "«Сталь-Резерв»" in cut, cut
        assert "Ярцев" not in cut


def test_a_kazakh_cut_that_would_leave_out_who_acted_keeps_the_first_deed() -> None:
    """Round 132's check, kk 1273: an 89-word lead, «Ұлттық Банкі … айыппұл салып, … банктің
    басқарма төрағасы … шеттетуді талап етті, …», was cut from within to «…2014-2016 жылдары
    …», which never said who fined or demanded anything. The first deed stands, its converb
    made the past tense."""
    sentence = ("Қазақстан Республикасының Ұлттық Банкі сәрсенбі күні активтері бойынша елдегі "
                "алғашқы жиырма банктің қатарына кіретін, 1996 жылы Қарағандыда құрылған "
                "«Сарыарқа Кредит Банкі» АҚ-на қылмыстық жолмен алынған кірістерді заңдастыруға "
                "қарсы іс-қимыл туралы заңның талаптарын бұзғаны үшін 1,4 млрд теңге айыппұл "
                "салып, 2014-2016 жылдары 300-ден астам күмәнді компания арқылы шетелге 86 млрд "
                "теңгеге жуық қаражаттың аударылуына жол бергені анықталған банктің басқарма "
                "төрағасы, 57 жастағы Мақсат Жүнісовты және қаржылық мониторинг департаментінің "
                "бұрынғы директоры, 44 жастағы Динара Есқалиеваны лауазымдарынан шеттетуді талап "
                "етті, сондай-ақ банкке алты ай бойы жаңа корпоративтік клиенттерге шот ашуға "
                "тыйым салды.")
    cut = _cut(sentence, 60, "kk")
    assert cut.startswith("Қазақстан Республикасының Ұлттық Банкі"), cut
    assert cut.endswith("1,4 млрд теңге айыппұл салды."), cut


@pytest.mark.parametrize(("sentence", "kept"), [
    ("Harland Life was fined £18.6 million by the regulator on Thursday, prompting a public "
     "apology from its chief executive, Graham Pell, 58, after the regulator found that sales "
     "staff had pushed policies on tens of thousands of customers who could never claim.",
     "its chief executive, Graham Pell,"),
    # (round 134's check, en 1291: a name ending an aside on who heads it)
    ("The Competition Authority, headed by director-general Samuel Otieno, 58, on Tuesday "
     "fined three milk processors a combined 1.86 billion shillings for colluding to hold down "
     "the prices they paid farmers.", "headed by director-general Samuel Otieno, on Tuesday"),
    ("Thieves escaped with a silver-gilt reliquary and four portrait miniatures valued together "
     "at about 3.4 million euros, the museum's director, Els Verbruggen, 61, said on Monday, "
     "describing the raid as \"quick, professional and clearly planned\" by people who knew "
     "the building.", "the museum's director, Els Verbruggen, said on Monday."),
])
def test_an_english_age_cut_keeps_the_comma_that_closes_a_name_set_off(sentence: str,
                                                                       kept: str) -> None:
    """Round 133's check, en 1285: ", 58," cut from "…its chief executive, Graham Pell, 58,
    after …" read "Graham Pell after"; and a name so set off before "said" still ends a whole
    sentence on who said it (judged en 727)."""
    cut = _cut(sentence, len(sentence.split()) - (4 if "Verbruggen" in sentence else 1), "en")
    assert kept in cut, cut


def test_a_russian_cut_ends_on_the_speakers_name_before_his_age() -> None:
    """Round 133's check, ru 1285: the short summary ended «…ФАС Игорь Сомов, 52-летний
    юрист…», cut inside the apposition on the speaker; it ends on his name, a whole sentence."""
    sentence = ("Федеральная антимонопольная служба оштрафовала на 312 млн руб. страховую "
                "компанию «Оберег Лайф», дочернюю структуру самарской банковской группы «Волжский "
                "кредит», признав, что её агенты в 2017–2020 гг. продавали в отделениях банка "
                "пенсионерам полисы инвестиционного страхования жизни под видом обычных срочных "
                "вкладов, сообщил в среду журналистам начальник управления контроля финансовых "
                "рынков ФАС Игорь Сомов, 52-летний юрист, до прихода в ведомство десять лет "
                "проработавший в Банке России, и назвал это решение крупнейшим штрафом за "
                "недобросовестную конкуренцию на страховом рынке за всю историю службы.")
    cut = _cut(sentence, 60, "ru")
    assert cut.endswith("ФАС Игорь Сомов."), cut


def test_an_english_cut_never_ends_whole_in_a_that_clause_with_no_verb() -> None:
    """Round 134's check, en 1297: the short summary ended "…at regulated prices, conditions
    that Vela chief executive Thandiwe Mokoena, 51." with a stop, the clause's verb ("called
    tough but workable") cut off."""
    sentence = ("South Africa's Competition Tribunal on Tuesday approved Vela Mobile's 14.2 "
                "billion rand takeover of fibre operator Khanyisa Networks, but only after "
                "barring merger-related job cuts for five years and ordering the combined group "
                "to open its rural fibre backbone to rivals at regulated prices, conditions that "
                "Vela chief executive Thandiwe Mokoena, 51, a former central bank economist who "
                "took the helm in 2015, called tough but workable, clearing the way for a deal "
                "first announced nearly 18 months ago.")
    cut = _cut(sentence, 60, "en")
    assert not cut.endswith("Mokoena, 51."), cut


@pytest.mark.parametrize("verb", ["предстанет перед Советским районным судом Казани",
                                  "получит новое обвинение"])
def test_a_russian_cut_never_joins_the_subject_to_who_said_it(verb: str) -> None:
    """Round 135, ru 1303: «…47-летний Олег Самохвалов, который, по версии следствия, …,
    предстанет перед … судом … на сумму более 186 млн руб., сообщило в понедельник
    следственное управление …» was cut to «…Олег Самохвалов сообщило в понедельник …»: the
    verb of saying was taken for the main verb and the trial went with the asides."""
    sentence = ("Генеральный директор казанского автобусного парка ООО «Восток-Транс» 52-летний "
                "Игорь Лапин, который, по версии следствия, почти три года заключал фиктивные "
                "договоры с фирмами-«однодневками», чтобы искусственно завышать расходы на ремонт "
                f"и топливо, {verb} по обвинению в уклонении от уплаты налогов в особо крупном "
                "размере на сумму более 48 млн руб., сообщило во вторник следственное управление "
                "СК России по Татарстану, завершившее расследование уголовного дела, возбуждённого "
                "в мае прошлого года по материалам выездной налоговой проверки.")
    cut = _cut(sentence, 60, "ru")
    assert "Лапин сообщило" not in cut, cut
    assert verb.split()[0] in cut and "48 млн руб." in cut and "руб.." not in cut, cut


KAZAKH_VERDICT = ("Қарағанды қаласының Қазыбек би аудандық соты 12 наурызда астық сақтау мен тиеу "
                  "қызметтерін көрсететін, облыстағы 14 элеватор арқылы жылына жүздеген мың "
                  "тонна бидай өткізетін «Сарыарқа Астық Терминал» ЖШС-ның бұрынғы директоры, 51 "
                  "жастағы Дәурен Қайырбековты және компанияның бас есепшісі, 47 жастағы Айгүл "
                  "Серікованы 2019-2021 жылдары бес жалған серіктеспен жасалған келісімшарттар "
                  "арқылы бюджетке 1,9 млрд теңге салық төлемей, мемлекетке ерекше ірі залал "
                  "келтірді деп танып, директорды бес жылға бас бостандығынан айыруға, ал "
                  "есепшіні үш жыл бас бостандығын шектеуге үкім шығарды.")


def test_an_aside_between_dashes_may_hold_a_range_of_years() -> None:
    """Round 138, kk 1339: «…«Ордатас Құрылыс» ЖШС-ға – 2017–2022 жылдары … сөз байласып, …
    анықталған мердігерге – 2,4 млрд теңге … айыппұл салып, …» kept the aside, whose
    «2017–2022» was read as its closing dash, and the cut lost the fine."""
    sentence = ("Агенттік 2022 жылғы 4 шілдеде «Жолтас Құрылыс» ЖШС-ға – 2016–2021 жылдары "
                "Қарағанды облысында мектеп пен жол салуға арналған 24 мемлекеттік сатып алуда "
                "тағы екі компаниямен алдын ала сөз байласып, бағаны жасанды түрде ұстап отырғаны "
                "анықталған мердігерге – 1,6 млрд теңге көлемінде айыппұл салып, компанияның 48 "
                "жастағы бас директоры, бұрын аудандық құрылыс бөлімін басқарған Ерлан "
                "Жұмабековке қатысты материалдарды Экономикалық тергеу қызметіне жолдады, деп "
                "хабарлады ведомствоның баспасөз қызметі.")
    cut = _cut(sentence, 60, "kk")
    assert "1,6 млрд теңге" in cut and "2016–2021" not in cut, cut


def test_a_kazakh_firms_description_may_open_on_one_of_the_largest() -> None:
    """Round 137, kk 1327: «…агенттігі бейсенбі күні [Шығыс Қазақстан облысындағы ең ірі
    электр энергиясын жеткізушілердің бірі, … Ғалымжан Бекенов басқаратын] «Ертіс Энерго
    Сауда» АҚ-ға …» was cut to «…жеткізушілердің бірі… облыстағы 300-ден астам …», the firm
    left out."""
    from summarizer.shorten import _without_firm_description

    text = ("Агенттік бейсенбі күні облыстағы ең ірі көмір жеткізушілердің бірі, басқарма "
            "төрағасы 51 жастағы Серік Ахметов басқаратын «Қазақ Көмір Сауда» АҚ-ға айыппұл "
            "салды.")
    assert _without_firm_description(text) == ("Агенттік бейсенбі күні «Қазақ Көмір Сауда» "
                                               "АҚ-ға айыппұл салды.")


def test_a_kazakh_cut_drops_the_firms_description_and_never_ends_on_a_name() -> None:
    """Round 135, kk 1303: a verdict over the head of a firm described by two participial
    clauses after the day was cut to «…бұрынғы бас директоры, 49 жастағы Ерлан
    Сұлтанбековты.», the name's accusative "-ты" read as a past tense before "және"; with the
    name kept, the cut spliced the day onto «… ал бухгалтерді …». The description goes, and
    the first deed is told whole."""
    cut = _cut(KAZAKH_VERDICT, 60, "kk")
    assert cut.startswith("Қарағанды қаласының Қазыбек би аудандық соты 12 наурызда «Сарыарқа "
                          "Астық Терминал» ЖШС-ның бұрынғы директоры"), cut
    assert not cut.endswith("Қайырбековты."), cut
    assert "…" not in cut and cut.endswith("деп таныды."), cut
    # (nor, with no description to drop, on the name the verb acts on)
    plain = KAZAKH_VERDICT.replace("астық сақтау мен тиеу қызметтерін көрсететін, облыстағы 14 "
                                   "элеватор арқылы жылына жүздеген мың тонна бидай өткізетін ",
                                   "")
    assert not _cut(plain, 45, "kk").endswith("Қайырбековты.")


def test_an_english_ing_clause_is_not_cut_at_the_comma_after_its_that_clauses_subject() -> None:
    """Round 136, en 1321: ", finding that the airline, then run by its founder and chief
    executive Declan Mulcahy, now 63, had left …" lost ", finding that the airline," as an
    aside, and its age's comma with it: "…passengers then run by … Mulcahy had left …"."""
    sentence = ("Norway's consumer watchdog on Monday fined Fjordline Ferries, the Bergen-based "
                "operator that runs 14 routes along the western coast and to Denmark, 42 million "
                "crowns over a 2021 booking outage that stranded some 30,000 travellers at ports "
                "in Bergen, Stavanger and Hirtshals, finding that the company, then run by its "
                "founder and chief executive Odd Hansen, now 66, had ignored three warnings from "
                "its software supplier and waited a week before offering refunds to the "
                "passengers it had left behind, far longer than the law allows.")
    cut = _cut(sentence, 60, "en")
    assert "Hirtshals then run" not in cut and "Hansen had" not in cut, cut
    # (an age cut from the name that ends the aside keeps the comma that closes it)
    inner = ("The watchdog found that the ferry company, then run by its founder and chief "
             "executive Odd Hansen, now 66, had ignored three warnings from its software "
             "supplier before the outage and waited a week before offering refunds to the "
             "passengers it had left behind at three ports.")
    assert "Odd Hansen, had ignored" in _cut(inner, 45, "en")


def test_an_english_opening_phrase_of_time_is_no_subject_with_asides() -> None:
    """Round 136's check: "On Thursday, the board of the developer, Caledon Wind, met …" was
    cut to "On Thursday met …", the words after the time taken for asides of a subject."""
    sentence = ("On Thursday, the board of the developer, Caledon Wind, met in Inverness and "
                "decided to challenge the consent itself, appealing the eagle conditions to the "
                "Court of Session on the grounds that they would cut the wind farm's output by "
                "almost a fifth.")
    assert not _cut(sentence, 15, "en").startswith("On Thursday met")


def test_an_english_cut_keeps_the_verb_of_a_when_clause_whose_subject_is_set_off() -> None:
    """Round 137, en 1327: "…an investigation that began when a former commercial director,
    54-year-old Pieter van Damme, walked into the regulator's offices …, and leaving …" lost
    ", walked into … emails," as an aside and read "…Pieter van Damme and leaving …"."""
    sentence = ("Norway's competition authority on Monday fined Nordlys Kraft, the country's "
                "third-largest household power supplier, 640 million crowns for secretly "
                "coordinating prices with two smaller rivals between 2017 and 2020, concluding an "
                "investigation that began when a former sales director, 49-year-old Kari Dahl, "
                "walked into the authority's offices in March 2020 with a folder of internal "
                "emails, and leaving about 900,000 households free to seek compensation.")
    cut = _cut(sentence, 60, "en")
    assert "Kari Dahl and leaving" not in cut and "director and" not in cut, cut


def test_a_russian_relative_aside_stops_before_a_gerund_of_the_sentences_own() -> None:
    """Round 137, ru 1333: «…частично удовлетворив иск …, которое требовало 412 млн руб., и
    поставив точку, по крайней мере в первой инстанции, в споре, начавшемся после того, как
    …» lost «, которое требовало …, и поставив точку,» as one aside and was cut to «…
    Росприроднадзора, по крайней мере в первой инстанции, в споре, начавшемся после того…»."""
    sentence = ("Арбитражный суд Иркутской области во вторник обязал ООО «Ангарская рудная "
                "компания», разрабатывающее Ушаковское золоторудное месторождение в Бодайбинском "
                "районе и принадлежащее, по данным ЕГРЮЛ, братскому предпринимателю Игорю Седову, "
                "выплатить 181,2 млн руб. в возмещение вреда, причиненного реке Витим сбросом "
                "неочищенных вод, частично удовлетворив иск регионального управления "
                "Росприроднадзора, которое требовало 260 млн руб., и поставив точку, по крайней "
                "мере в первой инстанции, в споре, начавшемся после того, как глава поселка "
                "Мамакан летом 2016 г. первой сообщила о гибели рыбы.")
    cut = _cut(sentence, 60, "ru")
    assert "поставив точку" in cut and not cut.endswith("после того…"), cut


def test_an_english_apposition_runs_past_an_age_told_with_now() -> None:
    """Round 138, en 1339: ", the … contractor founded in 1994 by Thabo Mahlangu, now 58, a
    former provincial roads engineer, and his late business partner Pieter Venter," was cut
    at "Mahlangu," and read "Mahlangu-Venter Civils now 58, …"; and "…investigation that,
    according to the tribunal's ruling, exposed …" lost the aside but kept its comma."""
    sentence = ("Kestrel Roads, the Durban-based paving and drainage contractor founded in 1998 "
                "by Sipho Dlamini, now 61, a former municipal engineer, and his late partner "
                "Johan Botha, was fined R96 million by the Competition Tribunal on Monday for "
                "rigging bids on 14 municipal contracts worth more than R800 million, ending a "
                "three-year investigation that, according to the tribunal's 64-page ruling, "
                "exposed a cover-pricing scheme among four of the province's largest road "
                "builders.")
    cut = _cut(sentence, 60, "en")
    assert "Kestrel Roads now 61" not in cut and "that, exposed" not in cut, cut


def test_a_russian_dash_aside_before_a_gerund_keeps_the_comma() -> None:
    """Round 138, ru 1339: «…оштрафовало … ООО «СибМостСтрой» — одного из крупнейших …
    подрядчиков края, …, — признав, что …» lost the aside and its comma: «…» признав»."""
    sentence = ("Томское управление Федеральной антимонопольной службы оштрафовало на 52,3 млн "
                "руб. ООО «ТомМостСтрой» — одного из крупнейших дорожных подрядчиков области, "
                "которым с 2012 г. руководит 49-летний Сергей Гаврилов, бывший чиновник мэрии, — "
                "признав, "
                "что компания вместе с двумя другими фирмами в 2015–2017 гг. поделила между собой "
                "17 аукционов на ремонт мостов общей стоимостью 1,4 млрд руб., снижая начальную "
                "цену контрактов не более чем на 1%.")
    cut = _cut(sentence, 60, "ru")
    assert "«ТомМостСтрой», признав" in cut, cut


@pytest.mark.parametrize(("sentence", "refers"), [
    ("Қатысушылар көп болады деп күтілгендіктен, ол №41 мектептің залынан спорт кешеніне "
     "ауыстырылды.", True),
    ("Жауын көп жауғандықтан, олар жұмысты тоқтатты.", True),
    ("Егер үкімет құжатты мақұлдаса, ол Мәжіліске күзде енгізіледі.", False),
    ("Қатысушылар көп болғандықтан, жиналыс спорт кешеніне ауыстырылды.", False),
])
def test_a_kazakh_it_after_a_clause_of_cause_refers_back(sentence: str, refers: bool) -> None:
    """Round 154's check, kk 1530: «…күтілгендіктен, ол №41 мектептің мәжіліс залынан …
    ауыстырылды.» closed both summaries, with no word of what "it" (the hearing) was."""
    from summarizer.units import refers_back_inside

    assert refers_back_inside(sentence, "kk") is refers


def test_round_155_cuts_keep_their_commas_and_stops_where_they_belong() -> None:
    """Round 155's check: ru 1543's short summary read «…крупнейший частный банк Поволжья до
    31 декабря закроет …» and ended «…«наследием эпохи.»»; ru 1549's read «…Людмила Гурьева,
    61 год в четверг подписали …»; en 1543's read "…a move that Graeme Oakes, described on
    Tuesday as …"."""
    bank = ("Камский промышленный банк (КПБ), крупнейший частный банк Прикамья, входящий в "
            "первую сотню российских банков по размеру активов, до 31 марта закроет 21 из 64 "
            "своих отделений в Пермском крае и Удмуртии и сократит около 300 сотрудников, заявил "
            "в понедельник председатель правления банка Олег Ветров, 49-летний бывший "
            "финансовый директор крупной сети магазинов, возглавивший банк год назад и назвавший "
            "нынешнюю сеть «памятником эпохи, когда клиенты ходили в банк за каждой "
            "справкой».")
    cut = _cut(bank, 60, "ru")
    assert "Прикамья, до 31 марта" in cut, cut
    from summarizer.shorten import _close_quotes

    assert _close_quotes("…назвав сеть «памятником эпохи.") == "…назвав сеть «памятником эпохи»."
    assert _close_quotes('…called it "a relic.') == '…called it "a relic."'
    signed = ("Губернатор Курганской области Олег Баранов, 56-летний бывший директор школы № 4, "
              "и председатель областной организации профсоюза работников образования Нина "
              "Лапина, 59 лет, двадцать лет преподававшая химию в Шадринске, в понедельник "
              "подписали в Кургане трёхлетнее соглашение, по которому зарплаты учителей "
              "вырастут на 15%.")
    cut = _cut(signed, 40, "ru")
    assert "Лапина, 59 лет, в понедельник" in cut, cut
    move = ("Lakeside Savings will close 12 of its 40 branches by the end of June, a move that "
            "Helen Marsh, a 58-year-old dairy farmer and district councillor who opened her "
            "first account at the Morrinsville branch in 1979, described on Monday as \"the "
            "end of the high street\".")
    cut = _cut(move, 35, "en")
    assert "Helen Marsh described on Monday" in cut, cut


@pytest.mark.parametrize(("sentence", "refers"), [
    ("В зоопарке обещают прислушаться: в ближайшие недели установят таблички.", True),
    ("В мэрии прислушались и перенесли остановку.", True),
    ("В зоопарке в ближайшие недели установят таблички с правилами поведения.", False),
])
def test_a_promise_to_heed_refers_back_to_what_was_asked(sentence: str, refers: bool) -> None:
    """Round 155, judged ru 1545 (long 2.5 below lead): «В зоопарке обещают прислушаться: …»
    closed the long summary with no request told before it."""
    from summarizer.units import refers_back_inside

    assert refers_back_inside(sentence, "ru") is refers


def test_a_russian_cut_never_ends_before_the_clause_a_verb_of_telling_needs() -> None:
    """Round 157's check, ru 1567: «…после того как ее генеральный директор, …, так и не смог
    объяснить регулятору[, куда делись активы на 2,3 млрд руб.]» was cut before its object
    clause, and the short summary ended «…не смог объяснить регулятору.»."""
    sentence = ("Банк России в среду отозвал лицензию у казанской страховой компании «Волжский "
                "щит», еще год назад входившей в десятку крупнейших продавцов полисов ОСАГО в "
                "Поволжье, после того как ее генеральный директор, 51-летний Игорь Савин, "
                "бывший вице-президент одного из федеральных страховщиков, так и не смог "
                "объяснить регулятору, куда делись активы на 1,7 млрд руб., и теперь около 150 "
                "тыс. клиентов компании будут добиваться выплат через союз автостраховщиков.")
    cut = shorten(sentence, 50, "ru")
    assert cut is None or not cut.text.endswith("объяснить регулятору."), cut


def test_a_russian_dash_aside_inside_a_gerunds_clause_keeps_the_comma() -> None:
    """Round 154's check, ru 1537: «…, рассмотрев … жалобы двух местных поставщиков — комбината
    … и предпринимателя …, 52-летней владелицы сети столовых, — отменило …» lost the aside and
    the comma that closes the gerund's clause: «…поставщиков отменило …»."""
    sentence = ("Управление Федеральной антимонопольной службы по Томской области, рассмотрев "
                "во вторник, 3 марта 2020 г., жалобы двух местных пекарен — комбината «Хлебный "
                "двор» и индивидуального предпринимателя Ольги Серовой, 47-летней владелицы трёх "
                "кафе в Северске, — отменило итоги аукциона на поставку хлеба в 54 детских сада "
                "стоимостью 212 млн руб., признав, что условия закупки позволяли участвовать в "
                "торгах лишь одной компании.")
    cut = _cut(sentence, 50, "ru")
    assert "пекарен, отменило" in cut, cut


def test_an_english_cut_never_ends_in_a_that_clauses_apposition_with_no_verb() -> None:
    """Round 134's check, en 1297, once the cut at the age went: the short summary ended
    "…conditions that Vela chief executive Thandiwe Mokoena, 51, a former central bank
    economist…", inside the clause's subject; the cut before the clause reads whole."""
    sentence = ("The regional council on Monday approved the sale of the Eastfield bus depot to a "
                "logistics company, but only after ordering the buyer to keep all 40 drivers on "
                "the payroll for two more years and to let other bus operators park in its yard "
                "at cost, "
                "terms that union organiser Marek Nowak, 47, a former bus driver who has led the "
                "branch since 2011, called fair but late, ending a dispute over the depot's "
                "future that began last spring and brought two strikes.")
    cut = _cut(sentence, 60, "en")
    assert cut.endswith("park in its yard at cost…"), cut


def test_an_english_age_cut_keeps_the_comma_before_a_possessive_apposition() -> None:
    """Judged en 703: "…after Abdullahi Farah Osman, 52, Garissa's county disaster management
    coordinator, warned …" lost its age and read "Osman Garissa's"."""
    sentence = ("Authorities ordered 18,000 people to leave villages along the river, after "
                "Abdullahi Farah Osman, 52, Garissa's county disaster coordinator, warned that "
                "the river would rise.")
    cut = _cut(sentence, len(sentence.split()) - 1, "en")
    assert "Osman, Garissa's" in cut, cut


@pytest.mark.parametrize(("sentence", "limit", "start", "end"), [
    ("Астана қаласының мамандандырылған ауданаралық экономикалық соты дүйсенбі күні, "
     "үш айға созылған тыңдаудан кейін, елдегі ұялы байланыс абоненттерінің шамамен "
     "төрттен біріне қызмет көрсететін «Номад Мобайл» операторы мен 2009 жылдан бері "
     "ауылдық аймақтарда кеңжолақты интернет пен ұялы байланыс ұсынып келе жатқан "
     "«Желі-Телеком» АҚ-ның бірігуіне тыйым салған Ұлттық экономика министрлігі Табиғи "
     "монополияларды реттеу және бәсекелестікті қорғау комитетінің наурыздағы шешімін "
     "күшінде қалдырып, «Номад Мобайлдың» 54 жастағы бас директоры Руслан Әбдіхалықов "
     "бастаған компаниялар басшылығының «мәміле тарифтерді төмендетіп, ауылдағы "
     "байланыс сапасын арттырады» деген уәжін жеткіліксіз деп тапты.",
     60, "Астана қаласының мамандандырылған", "шешімін күшінде қалдырды."),
    # (round 143's check, kk 1399: a plant set running, «…станциясын іске қосып, …», whose
    # cut opened on «…Хромтау қаласында …» without the deputy akim and the director)
    ("Қостанай облысы әкімінің орынбасары Ерлан Бекқожин мен қаладағы ең ірі жұмыс "
     "беруші – цемент шығаратын «Тобыл Цемент» АҚ-ның бас директоры, 61 жастағы "
     "Асқар Мұқанов сейсенбі күні шамамен 18 мың адам тұратын Жітіқара қаласында "
     "құны 4,2 млрд теңгеге бағаланған жаңа жылу қазандығын іске қосып, ондаған "
     "жыл бойы қыста пәтерлері суық болған кеншілер қаласының тұрғындарына бұдан "
     "былай үйлерге жылу үздіксіз берілетінін салтанатты түрде жариялады.",
     50, "Қостанай облысы әкімінің орынбасары", "жаңа жылу қазандығын іске қосты."),
])
def test_a_kazakh_cut_keeps_who_did_the_first_deed(sentence: str, limit: int, start: str,
                                                   end: str) -> None:
    """Round 134's check, kk 1297: «…сот … комитетінің наурыздағы шешімін күшінде қалдырып, …
    уәжін жеткіліксіз деп тапты.» was cut from within to «…«Номад Мобайл» операторы …», the
    court left out; its first deed stands, «…шешімін күшінде қалдырды.»."""
    cut = _cut(sentence, limit, "kk")
    assert cut.startswith(start), cut
    assert cut.endswith(end), cut

def test_an_english_cut_keeps_the_amount_a_fine_is_of() -> None:
    """Round 132's check, en 1267: ", a combined 38.4 billion naira ($93 million) for colluding
    …," was cut as an apposition from "…fined three cement makers, among them …[, a combined
    …,] ending a two-year investigation …": the short summary never told the fine."""
    sentence = ("Nigeria's Federal Competition and Consumer Protection Commission on Tuesday "
                "fined three cement makers, among them Savannah Crest Cement Plc, the "
                "Lagos-listed group whose founder and former chairman, Alhaji Musa Danbaba, 67, "
                "stepped down last year, a combined 38.4 billion naira ($93 million) for "
                "colluding to push up the price of a 50kg bag by more than half between 2016 and "
                "2019, ending a two-year investigation set off by a former sales manager who "
                "handed over hundreds of messages detailing the scheme.")
    cut = _cut(sentence, 60, "en")
    assert "a combined 38.4 billion naira" in cut, cut


def test_a_russian_cut_keeps_a_relative_clause_whose_verb_comes_after_a_parenthetical() -> None:
    """Round 131's check, ru 1261: ", которую компания," was cut as a relative clause from
    «…клиентов, которую компания, как установила инспекция, обнаружила лишь через семь недель
    после того, как неизвестные, …, начали выгружать …», and the cut ended on «как
    неизвестные», before their verb: «…клиентов как установила инспекция, обнаружила …»."""
    sentence = ("Государственная инспекция данных Латвии в среду, 12 октября 2022 г., оштрафовала "
                "на 1,2 млн евро мобильного оператора Vilnis Mobile, третьего по величине в "
                "стране с примерно 640 000 абонентов, за утечку персональных данных почти "
                "189 000 клиентов, которую компания, как установила инспекция, обнаружила лишь "
                "через семь недель после того, как неизвестные, воспользовавшись учетной записью "
                "сотрудника подрядчика из службы поддержки, начали выгружать из клиентской базы "
                "имена, персональные коды, адреса и номера телефонов, сообщила руководитель "
                "департамента надзора инспекции 44-летняя Илзе Розенберга.")
    cut = _cut(sentence, 60, "ru")
    assert "клиентов как" not in cut
    assert not cut.rstrip(".…").endswith("как неизвестные"), cut


@pytest.mark.parametrize(("sentence", "leans"), [
    ("В советское время, рассказывает он, скот шёл по кругу.", True),
    ("По словам чабана Токтосуна Абдыкеримова, скот шёл по кругу.", False),
])
def test_a_russian_speaker_told_by_a_pronoun_inside_the_sentence_leans(sentence: str,
                                                                       leans: bool) -> None:
    """Round 132's check, ru 1270: «В советское время, рассказывает он, скот шёл по кругу …»
    stood alone in the long summary, the shepherd never told before it."""
    assert leans_on_previous(sentence, "ru") is leans


@pytest.mark.parametrize(("sentence", "leans"), [
    ("On Friday night, the 81-year-old turned that key again.", True),
    ("The 81-year-old was taken to hospital.", True),
    ("The 81-year-old man turned the key.", False),
    ("Three mornings a week, the 74-year-old retired schoolteacher walks down the hill.", False),
])
def test_an_english_subject_named_by_age_alone_leans_on_the_one_before(sentence: str,
                                                                       leans: bool) -> None:
    """Round 132's check, en 1264: "On Friday night, the 81-year-old turned that key again."
    opened both summaries, the projectionist and his key told only in the paragraph above."""
    assert leans_on_previous(sentence, "en") is leans


@pytest.mark.parametrize(("sentence", "leans"), [
    ("Eleven scheduled surgeries were postponed, it said.", True),
    ("About 4,200 advance tickets had been sold, it added.", True),
    ("Eleven scheduled surgeries were postponed, the hospital said.", False),
])
def test_an_english_report_whose_speaker_is_it_leans_on_the_one_before(sentence: str,
                                                                       leans: bool) -> None:
    """Round 131's check, en 1257: "Eleven scheduled surgeries were postponed, it said." stood
    alone, and "However, the agency requires …" after it closed the long summary's middle
    without the replacement nurses hired through the agency."""
    assert leans_on_previous(sentence, "en") is leans


@pytest.mark.parametrize(("sentence", "leans"), [
    ("Of that, €1.9 million came from Fáilte Ireland and €1.1 million from the council.", True),
    ("Of those, 40 were children.", True),
    ("Of all the towns on the coast, Carrickbeg has the oldest light.", False),
])
def test_an_english_share_of_a_sum_told_before_leans_on_it(sentence: str, leans: bool) -> None:
    """Round 131's check, en 1252: "Of that, €1.9 million came from Fáilte Ireland, …" closed
    the long summary's history without the €3.4 million it was a share of."""
    assert leans_on_previous(sentence, "en") is leans


@pytest.mark.parametrize("sentence", ["The figure does not include the value of lost homes.",
                                      "The total is the highest since 2019.",
                                      "The salary figure is the one the school is proudest of.",
                                      "The drop-out figure fell again last year."])
def test_an_english_sentence_opening_on_the_figure_leans_on_the_one_before(sentence: str) -> None:
    """Round 64, en 449 (short scored 2 by both judges): "The figure does not include the value
    of lost homes." came after a lead that gave no figure. Round 73, en 557 (long 2.5 against
    lead's 4.5): "The salary figure is the one …" closed both summaries with the list of
    figures left out."""
    assert leans_on_previous(sentence, "en")


def test_a_figure_in_other_words_is_news_of_its_own() -> None:
    assert not leans_on_previous("The school's figures were published on Tuesday.", "en")
    assert not leans_on_previous("The Figure Skating Union met on Tuesday.", "en")


def test_an_hour_told_with_the_word_for_hour_first_opens_a_kazakh_scene() -> None:
    """Round 64, kk 448: «Сағат түнгі үштен асқанда …» (past three at night) is a scene, as
    «Түнгі сағат үште …» already was."""
    from summarizer.units import is_feature_opening

    assert is_feature_opening("Сағат түнгі үштен асқанда күзетші мониторға тағы бір рет үңілді.",
                              "kk")
    assert is_feature_opening("Сағат таңғы алтыда наубайханада пеш қызып тұр.", "kk")
    assert not is_feature_opening("Сағат сайын автобус қатынайды.", "kk")


def test_a_first_name_and_patronymic_need_the_full_name_before() -> None:
    """Round 64, ru 454 (both judges: «Нина Петровна» is not introduced): the long summary
    ended on «Нина Петровна свой огород уже «сократила вдвое»…» without the scene that named
    «Нина Петровна Грачёва»; a company's first words ("Harwood Crest") are no such name."""
    units = _units("Нина Петровна Грачёва, бывшая учительница, наполняет бочки. Воду дают по "
                   "графику с понедельника. Нина Петровна свой огород уже сократила вдвое.", "ru")
    assert name_introductions(units)[-1] == frozenset({0})
    units = _units("The court fined Harwood Crest Constructions on Monday. The fine is large. "
                   "Harwood Crest said it would appeal.", "en")
    assert name_introductions(units)[-1] == frozenset()


def test_a_folded_pattern_finds_what_the_case_insensitive_one_finds() -> None:
    """`_folded` trades Cyrillic case-insensitive matching (several times slower) for lower-case
    text; a pattern with a capital letter in it cannot be folded so, and says which."""
    import re

    from summarizer.languages import Language
    from summarizer.units import _folded

    pattern = {Language.RUSSIAN: re.compile(r"(?i)\bотложил\w*|не будут закрывать")}
    folded = _folded(pattern)[Language.RUSSIAN]
    for text in ("Власти ОТЛОЖИЛИ решение.", "Почту Не Будут Закрывать.", "Решение принято."):
        assert bool(folded.search(text.lower())) is bool(pattern[Language.RUSSIAN].search(text))
    with pytest.raises(ValueError, match="capital"):
        _folded({Language.ENGLISH: re.compile(r"(?i)[A-Z]\w+")})


def test_a_predicate_after_an_aside_with_the_main_clauses_auxiliary_stays() -> None:
    """Round 65, en 463 (short scored 2 by both judges): the cut took ", which critics …, and
    will instead admit students on …, a short written statement and," as one aside, so the
    summary said the exam was scrapped "for one in three first-year places"."""
    sentence = ("Kestrel Valley College said on Monday that from next year it will scrap the "
                "two-hour entrance test it has set since 2004, which teachers have long said "
                "favoured pupils from private schools in the capital, and will instead admit "
                "students on their final marks, a short interview and, for one in four places, "
                "a quota kept for applicants from nine mountain districts of the province.")
    cut = _cut(sentence, 45, "en")
    assert "it will scrap the two-hour entrance test" in cut
    assert "and will instead admit students on their final marks" in cut
    assert "and, for one in four places" not in cut


def test_a_second_relative_clause_goes_with_the_first_in_an_english_cut() -> None:
    """Round 65, en 469 (short: "cut off with an ellipsis" for both judges): "… who learned the
    game on a board … and who, until last week, had never faced a grandmaster …," ended on "and
    who," so no cut took the clauses out, and the lead was cut at its end instead."""
    sentence = ("Grace Amollo, a 28-year-old nurse from the eastern town of Tororo who learned "
                "the game from her uncle on a board of painted bottle tops and who, until this "
                "month, had never played a rated game abroad, won the Lake Victoria Open in "
                "Entebbe on Sunday with 8 points from nine rounds, finishing a full point clear "
                "of 120 players.")
    cut = _cut(sentence, 45, "en")
    assert cut.startswith("Grace Amollo, a 28-year-old nurse from the eastern town of Tororo, won "
                          "the Lake Victoria Open in Entebbe on Sunday")
    assert "…" not in cut


def test_a_kazakh_name_with_and_after_an_aside_is_no_list() -> None:
    """Round 65, kk 463: after ", яғни … мекеме," the name «ҚР Ғылым және жоғары білім
    министрлігінің» was read as a list going on, so the aside stayed and the cut fell in the
    middle of the news («…бастап энергетика… ал …»)."""
    sentence = ("Қарағандыдағы техникалық университет, яғни өңірдегі ең үлкен оқу орны әрі жыл "
                "сайын 3 мыңға жуық студент қабылдайтын мекеме, ҚР Ғылым және жоғары білім "
                "министрлігінің рұқсатын алған соң 2027 жылғы қаңтардан бастап тау-кен және "
                "металлургия бағыттарындағы алты бағдарламаға қысқы қабылдау ашатынын сәрсенбі "
                "күні проректор мәлімдеді.")
    cut = _cut(sentence, 40, "kk")
    assert "яғни" not in cut and "…" not in cut
    assert cut.startswith("Қарағандыдағы техникалық университет ҚР Ғылым және жоғары білім")


@pytest.mark.parametrize(("sentence", "news"), [
    ("On every second Saturday morning for the last six years, Mary Walsh has taken a bundle "
     "of canes over the wall of an empty garden.", False),
    ("For the past two decades the ferry has sailed twice a day.", False),
    ("Police have arrested two men after a raid on Tuesday.", True),
])
def test_a_present_perfect_under_a_span_that_opens_the_sentence_is_no_news(
        sentence: str, news: bool) -> None:
    """Round 65, en 466 (short: "scene-setting anecdote only" for both judges): a routine of
    "the last six years" told in the present perfect was taken for the news."""
    from summarizer.units import reports_in_perfect

    assert reports_in_perfect(sentence, "en") is news


def test_an_hour_in_words_opens_a_russian_scene() -> None:
    """Round 65, ru 466 (short scored 1 and 2): «В четыре утра в цеху … уже жарко.» was no
    scene, so the bakery's morning stood for the news of its prices."""
    from summarizer.units import is_feature_opening

    assert is_feature_opening("В четыре утра в цеху на улице Ленина уже жарко.", "ru")
    assert is_feature_opening("В шесть вечера у проходной собирается очередь.", "ru")
    assert not is_feature_opening("В четыре раза выросли цены на муку.", "ru")


@pytest.mark.parametrize(("sentence", "leans"), [
    ("With it, officials expect supply to reach about 5,900 cubic meters a day.", True),
    ("Without them, the town would run dry within a week.", True),
    ("With its new pump, the plant can treat 2,000 cubic meters a day.", False),
])
def test_an_english_sentence_opening_on_with_it_leans_on_the_one_before(sentence: str,
                                                                        leans: bool) -> None:
    """Round 65, en 464 (long scored 2 by both judges): "With it, officials expect …" ended the
    long summary without the mobile plant that "it" was."""
    assert leans_on_previous(sentence, "en") is leans


def test_an_english_quotation_after_the_narrations_own_words_is_foreign() -> None:
    """Round 65, ru 446: '…появилось сообщение на английском языке: "Your systems are ours now.
    Contact us within 72 hours or lose everything."' was no foreign quotation, as the words
    before it were read as the end of a quotation opened earlier."""
    from summarizer.languages import Language
    from summarizer.units import quotes_foreign

    text = ("На экране появилось сообщение на английском языке: \"Your files are locked now. "
            "Pay us within two days or lose them.\"")
    assert quotes_foreign(text, Language.RUSSIAN)
    assert quotes_foreign("pay us within two days or lose them all,» — говорилось в письме.",
                          Language.RUSSIAN)


def test_an_english_cut_keeps_a_list_of_predicates_and_drops_what_came_before() -> None:
    """Round 66, en 481 (short scored 2 by both judges: it "drops the three deaths", so "left
    two more missing" made no sense): ", killed at least three people," was taken for a
    participle aside; ", after nearly a week of heavy rain …," before the main verb now goes."""
    sentence = ("A mudslide that came down a slope above the village of Kara Suu in the Alai "
                "valley shortly before dawn on Monday, after nearly a week of heavy rain and "
                "warm weather that melted much of the snow, buried nine houses, killed at least "
                "two people, including a boy, and left one more missing, according to the "
                "emergencies ministry, which sent about 80 rescuers, some 120 km from the city.")
    cut = _cut(sentence, 45, "en")
    assert "killed at least two people" in cut and "left one more missing" in cut
    assert "after nearly a week" not in cut and not cut.endswith("…")


def test_a_russian_cut_keeps_the_comma_before_a_clause_after_a_dashed_aside() -> None:
    """Round 66, ru 481 (both judges: "a comma is missing before «в результате чего»"): the
    aside «— небольшого города, известного …, —» went with the comma before its closing dash,
    which the clause after it needs; a comma that closes the aside's own phrase goes with it."""
    sentence = ("Паводок за ночь затопил несколько улиц в северной части Лысково — небольшого "
                "города, известного прежде всего своими ярмарками, — в результате чего в "
                "подвалах двенадцати домов стоит вода, а спасатели вывели из опасной зоны "
                "сорок человек, в том числе детей и пожилых жителей соседних улиц.")
    assert "Лысково, в результате чего" in _cut(sentence, 40, "ru")
    sentence = ("Команда клуба «Яхрома» — одна из старейших, основанная в 1996 году, — в "
                "воскресенье выиграла международный турнир в Харбине, обыграв в финале "
                "хозяек льда со счетом 7:5 и впервые взяв этот трофей за историю клуба, "
                "который существует почти тридцать лет.")
    assert "«Яхрома» в воскресенье выиграла" in _cut(sentence, 30, "ru")


def test_a_kazakh_cut_drops_an_after_aside_and_a_contrast_tail_not_the_event() -> None:
    """Round 66, kk 481 (short scored 2 by both judges: "the ellipsis cuts out the landslide
    and the six destroyed homes"): the cut kept the place and the last clauses around «…» and
    lost the event; ", үш тәулік бойы … нөсерден кейін," and ", алайда құтқарушылар …" can go
    instead. An aside with its own subject (", ал полиция үш тәуліктен кейін,") stays."""
    sentence = ("Жамбыл облысы Меркі ауданының таулы бөлігінде орналасқан Ақтоған ауылында "
                "сәрсенбіге қараған түні, екі тәулік бойы толастамаған нөсерден кейін, тау "
                "беткейінен сырғыған шамамен 90 мың текше метр топырақ төрт тұрғын үйді толық "
                "қиратып, тағы жеті үйге зақым келтірді және ауылға баратын жалғыз жолды жауып "
                "тастады, алайда құтқарушылар мен ауыл тұрғындары таң атқанша 40 адамды "
                "қауіпсіз жерге көшіріп үлгерді.")
    cut = _cut(sentence, 45, "kk")
    assert "төрт тұрғын үйді толық қиратып" in cut and "…" not in cut
    assert "нөсерден кейін" not in cut and "алайда" not in cut


def test_a_kazakh_cut_does_not_part_a_noun_from_the_age_and_name_that_tell_who_it_is() -> None:
    """Round 74, kk 577 (short 2 by both judges): the comma in "…финалда өткен жылғы чемпион,
    29 жастағы шымкенттік Ерғали Әбдіхалықовты …" was taken for a clause boundary, and the cut
    "…өткен жылғы чемпион… жаңа жеңіл көліктің кілтін алды" made last year's champion take
    the prize."""
    sentence = ("Шымкентте екі күнге созылған қазақ күресінен ҚР чемпионатының соңғы күні, "
                "жексенбі кешінде, қаланың «Қажымұқан» спорт сарайында жиналған үш мыңға жуық "
                "көрермен алдында 90 келіге дейінгі салмақта белдескен Қарағанды облысының "
                "намысын қорғайтын, бұған дейін ел біріншілігінде үш рет күміс жүлдемен "
                "шектелген 25 жастағы теміртаулық балуан Арман Сейітжанов финалда өткен жылғы "
                "чемпион, 27 жастағы атыраулық Ерлан Досановты белдесудің соңғы минутында "
                "иықтан асыра лақтыру арқылы таза жеңіп, алғаш рет ел чемпионы атанды және "
                "ұйымдастырушылар тағайындаған бас жүлде – жаңа жеңіл көліктің кілтін алды.")
    topic = content_words("Қазақ күресінен ел чемпионаты: бас жүлдені 25 жастағы теміртаулық "
                          "балуан жеңіп алды", "kk")
    cut = shorten(sentence, 60, "kk", topic).text
    assert "чемпион…" not in cut, cut
    assert "Арман Сейітжанов" in cut, cut


def test_a_kazakh_cut_drops_a_second_predicate_after_and_rather_than_splice_clauses() -> None:
    """Judged kk 49 (seen in round 74's check, kk 577): the cut spliced the clauses and opened
    on «…Азия чемпионатында …» with no athlete; without the second predicate after «және» the
    sentence is whole and keeps who lifted."""
    sentence = ("Павлодардағы спорт мектебінің түлегі, былтыр жастар арасындағы әлем "
                "чемпионатында қола жүлдегер атанған, соңғы үш айды бапкері Б.Қ. Сейітовтың "
                "жетекшілігімен Алматыдағы жаттығу базасында өткізген 22 жастағы қазақстандық "
                "ауыр атлет Нұрсұлтан Бекболат сенбі күні Тайланд астанасында өтіп жатқан Азия "
                "чемпионатында 96 келіге дейінгі салмақ дәрежесінде екі жаттығудың қосындысы "
                "бойынша 402 келі нәтиже көрсетіп, бірінші орынға көтерілді және 2018 жылдан "
                "бері ешкім жаңарта алмаған ел рекордын 4 келіге жақсартып, Қазақстан құрамасына "
                "турнирдегі екінші алтын медальді әкелді.")
    cut = _cut(sentence, 60, "kk")
    assert "…" not in cut and "Нұрсұлтан Бекболат" in cut, cut
    assert cut.endswith("бірінші орынға көтерілді."), cut


def test_a_kazakh_cut_ends_at_a_colon_after_a_finite_verb_rather_than_splice_clauses() -> None:
    """Round 76, kk 602: the only cut of a lead that explains itself after a colon spliced its
    halves with "…" («…тақырыпқа айналды… түскен қаражатты … салмақ болған.»); the part before
    the colon is a whole sentence."""
    sentence = ("Шымкент қаласының әкімдігі дүйсенбі, 14 наурызда жариялаған қоғамдық көліктегі "
                "жол ақысын көтеру жоспары осы аптада қала тұрғындары мен мәслихат "
                "депутаттарының арасында ең көп талқыланған тақырыпқа айналды: әкімдік сәуірдің "
                "басынан бастап бір рет жүру құнын 150 теңгеден 220 теңгеге дейін өсіріп, түскен "
                "қаражатты жаңа автобустар сатып алуға жұмсамақ болған.")
    cut = _cut(sentence, 40, "kk")
    assert cut.startswith("Шымкент қаласының әкімдігі дүйсенбі"), cut
    assert cut.endswith("тақырыпқа айналды.") and "…" not in cut, cut


def test_and_after_a_kazakh_accusative_plural_or_verbal_noun_joins_list_items() -> None:
    from summarizer.shorten import _KAZAKH_AND

    assert _KAZAKH_AND.search("Ол алтын медаль алды және ел рекордын жаңартты.")
    assert not _KAZAKH_AND.search("Экспедиция құмыраларды, мыс табақтарды және қола қоңырауды "
                                  "тапты.")
    assert not _KAZAKH_AND.search("Жүйе сөйлеуді және көше шуын ажыратады.")


# --- a cut that leaves a whole sentence (blind rounds 65-67: cuts ending in "…" or before the
# verb scored 1-3 in every language) ------------------------------------------------------------

@pytest.mark.parametrize(("language", "sentence", "limit", "expected"), [
    ("en", "The drama won the Silver Lantern at a ceremony on Friday night in the old harbour of "
           "the city, where about 2,000 guests, many of them wrapped in coats against a cold "
           "wind, rose for an ovation that lasted three minutes.", 30,
     "The drama won the Silver Lantern at a ceremony on Friday night in the old harbour of the "
     "city."),
    ("ru", "Компания «Северный полимер» во вторник запустила под Вологдой завод по выпуску "
           "медицинских перчаток мощностью 900 млн штук в год, который, по расчётам руководства, "
           "позволит заменить около десятой части импорта и создаст 250 рабочих мест.", 25,
     "Компания «Северный полимер» во вторник запустила под Вологдой завод по выпуску "
     "медицинских перчаток мощностью 900 млн штук в год."),
    # (a participle in any case: «…перчаток в год[, рассчитанных на поставки …]», round 39, ru
    # 259 and round 67, ru 487, cut with "…")
    ("ru", "Компания «Северный полимер» во вторник запустила под Вологдой завод мощностью 900 "
           "млн медицинских перчаток в год, рассчитанных на поставки в больницы Северо-Запада, "
           "Урала и Поволжья и способных со временем заменить заметную часть импорта.", 20,
     "Компания «Северный полимер» во вторник запустила под Вологдой завод мощностью 900 млн "
     "медицинских перчаток в год."),
    # (an "including" aside before the sentence's last few words goes with the rest: not
    # «…трёх гроссмейстеров, индийца Раджа Кумара», round 67, ru 469)
    ("ru", "Шестнадцатилетний школьник из Майкопа Тимур Хапов в среду выиграл открытый турнир по "
           "быстрым шахматам, набрав 8 очков из 9 и опередив трёх гроссмейстеров, в том числе "
           "первого номера посева, индийца Раджа Кумара.", 30,
     "Шестнадцатилетний школьник из Майкопа Тимур Хапов в среду выиграл открытый турнир по "
     "быстрым шахматам, набрав 8 очков из 9 и опередив трёх гроссмейстеров."),
])
def test_a_cut_that_only_drops_what_the_sentence_adds_at_its_end_ends_with_a_stop(
        language: str, sentence: str, limit: int, expected: str) -> None:
    """Round 67, en 487 and ru 487: a cut after the main verb and its object, before a relative
    clause, an apposition or a participle clause that only adds, ended with "…", which the
    judges read as a sentence that needs finishing. (en: ", where about 2,000 guests," is no
    aside to drop, its verb is past the next comma: not "…the city many of them …".)"""
    cut = shorten(sentence, limit, language)
    assert cut is not None and cut.ends_early
    assert cut.text == expected


def test_a_whole_cut_that_leaves_out_what_the_headline_tells_is_not_taken() -> None:
    """Round 66, ru 37: a stop before «, показав … время …, что … лучше прежнего рекорда» left
    out the record the headline was about; the longer cut, with "…", keeps it."""
    sentence = ("The museum reopened its east wing on Saturday, showing for the first time a "
                "collection of Roman glass, coins and lamps that builders found under the old "
                "car park in 2019.")
    topic = frozenset(content_words("Museum shows Roman glass found under car park",
                                    Language.ENGLISH))
    told = shorten(sentence, 22, "en", topic)
    assert told is not None and told.text.endswith("a collection of Roman glass…")
    plain = shorten(sentence, 22, "en")
    assert plain is not None and plain.text == "The museum reopened its east wing on Saturday."


@pytest.mark.parametrize(("language", "sentence", "limit", "start"), [
    ("en", "A collection of more than 900 glass negatives, tin plates and paper prints, gathered "
           "over forty years by a retired ferry captain who bought them at flea markets, church "
           "sales and auctions across Norway and Sweden and stored them, mostly unopened, in a "
           "dry cellar under his house in Bergen, has been given to the city museum, which said "
           "on Friday that about 50 of the images show streets that no longer exist.", 45,
     "A collection of more than 900 glass negatives, tin plates and paper prints has been given "
     "to the city museum, which said on Friday"),
    # (not through «после того,»: the aside goes on with «как …», so it is no aside to drop
    # alone, which left «Сокол» как почти весь год провёл …»)
    ("ru", "Футбольный клуб «Сокол», завершивший минувший сезон на 12-м месте и сохранивший место "
           "в лиге только в последнем туре после того, как почти весь год провёл в зоне вылета, "
           "в четверг объявил о назначении главным тренером 52-летнего Андрея Мельникова — "
           "бывшего тренера молодёжной команды, который до сих пор не работал со взрослыми.", 30,
     "Футбольный клуб «Сокол» в четверг объявил о назначении главным тренером 52-летнего "
     "Андрея Мельникова"),
])
def test_a_long_subject_loses_its_asides_before_its_verb_does(
        language: str, sentence: str, limit: int, start: str) -> None:
    """Round 67, en 487, and earlier long leads (en 67, en 85, ru 43, ru 55): when the asides
    around the subject ran past most of the limit, the cut ended before the main verb ("A
    collection of … gathered … in Baton Rouge…"), so the summary never said what happened. The
    subject keeps its head, loses the asides, and goes on with its verb."""
    cut = shorten(sentence, limit, language)
    assert cut is not None and len(cut.text.split()) <= limit
    assert cut.text.startswith(start), cut.text
    assert "gathered" not in cut.text and "завершивший" not in cut.text


def test_a_verb_inside_the_subject_is_not_taken_for_the_main_one() -> None:
    """A cut before an apposition that still describes the subject ("Thieves who cut a hole …
    in Castlewood[, a former mining town …]") is no whole sentence: "cut" is the relative
    clause's verb, the main one ("smashed") comes later."""
    sentence = ("Thieves who cut a hole through the roof of the museum in Castlewood, a former "
                "mining town about 90 km north of the capital, smashed two display cases and "
                "escaped with nine gold nuggets, among them the museum's best-known piece.")
    cut = shorten(sentence, 30, "en")
    assert cut is not None
    assert "smashed two display cases" in cut.text


def test_no_whole_cut_before_an_aside_whose_phrase_goes_on_after_it() -> None:
    """Round 60, en 403 (pairwise check of this change): "…, sending the six men ahead of
    him[, among them the two-time champion …, roughly 800 metres off the course]." ended with a
    stop that said the men were sent ahead of him; and the "-ing" clause is no aside to drop
    when a list of what it included opens inside it ("…mark among them last year's winner")."""
    sentence = ("Emil Varga won the city half-marathon on Sunday in 1 hour, 4 minutes and 12 "
                "seconds after a police car leading the race took a wrong turn near the "
                "15-kilometre mark, sending the five men ahead of him, among them last year's "
                "winner from Kenya, about 600 metres off the course.")
    cut = shorten(sentence, 45, "en")
    assert cut is not None
    assert cut.text.endswith("took a wrong turn near the 15-kilometre mark.")


def test_a_russian_subject_keeps_when_and_why_when_its_asides_go() -> None:
    """Round 62, ru 427 (pairwise check of this change): dropping the asides around the
    subject also dropped «во вторник утром, после трех недель безуспешных переговоров …», which
    both judges missed."""
    sentence = ("Около двухсот водителей автобусов ООО «Городские линии», уставших от нового "
                "графика смен и задержек зарплаты, которые тянутся с весны, в среду утром, после "
                "двух недель безуспешных переговоров с руководством, не вышли на маршруты и "
                "собрались у здания мэрии, в результате чего движение остановилось на девяти из "
                "двенадцати маршрутов.")
    cut = shorten(sentence, 40, "ru")
    assert cut is not None
    # (the phrase of why closed by its comma: since round 162 the participle's aside «, уставших
    # …,» goes as such, not with the comma that closed the subject's asides)
    assert cut.text.startswith("Около двухсот водителей автобусов ООО «Городские линии» в среду "
                               "утром, после двух недель безуспешных переговоров с руководством, "
                               "не вышли на маршруты")


@pytest.mark.parametrize(("sentence", "limit", "start", "end"), [
    # (a report of several things keeps the first with who reported it)
    ("ҚР Денсаулық сақтау министрлігінің өкілі А.Б. Сейітов сәрсенбі күні Астанада өткен "
     "брифингте 1 қыркүйектен бастап елдегі барлық мектеп асханаларында тәтті газдалған "
     "сусындарды сатуға тыйым салынатынын, ал бұл талапты бұзған кәсіпкерлерге 500 мың теңгеге "
     "дейін айыппұл салынатынын мәлімдеді.", 30,
     "ҚР Денсаулық сақтау министрлігінің өкілі", "сусындарды сатуға тыйым салынатынын мәлімдеді."),
    # (a cut from the subject to the end opens with the subject, not "…")
    ("Шымкентте туып-өскен, он жасынан бастап қалалық спорт мектебінде жаттыққан, өткен жылы "
     "Азия біріншілігінде қола медаль алған 20 жастағы Нұрлан Әбдіров сенбі күні Астанада өткен "
     "ел чемпионатында 73 келіге дейінгі салмақта финалда екі дүркін чемпионды жеңіп, алтын "
     "медаль жеңіп алды.", 25,
     "20 жастағы Нұрлан Әбдіров сенбі күні", "алтын медаль жеңіп алды."),
], ids=["first-report", "subject-first"])
def test_a_kazakh_cut_is_a_sentence_of_its_own(sentence: str, limit: int, start: str,
                                              end: str) -> None:
    """Round 67, kk 487, and round 65, kk 463: "…міндетті болатынын, ал бұл талапты
    орындамаған кемелер … төлейтінін мәлімдеді." was cut to its opening and its last clause,
    "…Қара теңізден… ал бұл талапты …", whose «бұл талап» pointed at what was cut. Round 11, kk
    67, and rounds 19-55 (kk 115, 283, 307, 331): a cut that starts at the subject, after the
    chain of clauses that only described it, was opened with "…", which reads as a sentence cut
    in the middle; it is the whole claim, so it opens with the subject."""
    cut = shorten(sentence, limit, "kk")
    assert cut is not None
    assert cut.text.startswith(start) and cut.text.endswith(end), cut.text


@pytest.mark.parametrize(("language", "sentence", "leans"), [
    # round 69, kk 508: who "олар" (they) are was told in the sentence before
    ("kk", "Алматы зоопаркі 8 маусымда ресми түрде хабарлағандай, олар 2 мамыр күні дүниеге "
           "келген.", True),
    ("ru", "Как сообщил зоопарк в среду, они родились 2 мая.", True),
    ("en", "As the zoo announced on Wednesday, they were born on May 2.", True),
    # the clause after the attribution names its subject
    ("kk", "Алматы зоопаркі 8 маусымда хабарлағандай, төрт күшік 2 мамыр күні дүниеге "
           "келген.", False),
    ("en", "As the zoo announced on Wednesday, four kittens were born on May 2.", False),
])
def test_a_pronoun_after_an_attribution_points_back(language: str, sentence: str,
                                                    leans: bool) -> None:
    from summarizer.units import leans_on_previous

    assert leans_on_previous(sentence, language) is leans


def test_a_russian_relative_clause_goes_on_past_then() -> None:
    """Round 69, ru 511 (short scored 3 by both judges): «…, который научился играть … в
    начале 1960-х гг.,» was dropped as the aside, and «затем … забросил турнирную игру», its
    second step, was left as the subject's verb before the real one, «стал победителем»."""
    sentence = ("Семидесятиоднолетний бывший инженер-судостроитель из Северодвинска Геннадий "
                "Фомич Лукашов, который научился играть в шахматы еще школьником в начале "
                "1960-х гг., затем почти на сорок лет забросил турнирную игру ради работы на "
                "верфи и вернулся к ней лишь после выхода на пенсию, в воскресенье стал "
                "победителем открытого шахматного фестиваля «Кубок Соломбалы» в Архангельске, "
                "набрав 7,5 очка из 9 возможных и опередив 145 соперников из девяти регионов "
                "России и трех зарубежных стран.")
    cut = _cut(sentence, 60, "ru")
    assert "Лукашов затем" not in cut
    assert "стал победителем" in cut


@pytest.mark.parametrize(("sentence", "leans"), [
    # round 69, en 506: less pleased than the groups in the paragraph before
    ("Residents of the older districts were less pleased.", True),
    ("Shop owners were more optimistic.", True),
    ("Residents were less pleased than officials had expected.", False),
    # round 91, en 772: more mixed than the reactions told before
    ("In Harlow Creek, the reaction was more mixed.", True),
    # round 91, en 780: whose name, told before
    ("Police have not released his name.", True),
    ("Police released the names of the victims on Friday.", False),
])
def test_a_comparison_with_what_came_before_points_back(sentence: str, leans: bool) -> None:
    from summarizer.units import leans_on_previous

    assert leans_on_previous(sentence, "en") is leans


@pytest.mark.parametrize(("language", "sentence", "leans"), [
    # round 108, ru 977: whose fears, told before (the long summary took it with none)
    ("ru", "Опасения небезосновательны.", True),
    ("ru", "Эти опасения оказались обоснованными.", True),
    ("ru", "Опасения жителей вызвал проект новой дороги.", False),
    ("en", "Those fears are well founded.", True),
    ("en", "The concerns proved justified.", True),
    ("en", "Fears are growing among shop owners.", False),
    ("kk", "Бұл алаңдаушылықтың негізі бар.", True),
    ("kk", "Алаңдаушылық тудырған жоба қайта қаралады.", False),
    ("en", "Her fears proved justified.", True),
    # round 110's check, en 1010: which step, told before (the board's compromise)
    ("en", "Board chairman Jorge Leal said the step was needed to protect the award.", True),
    ("en", "The first step was a survey of the site.", False),
])
def test_a_verdict_on_fears_told_before_points_back(language: str, sentence: str,
                                                     leans: bool) -> None:
    from summarizer.units import leans_on_previous

    assert leans_on_previous(sentence, language) is leans


def test_a_body_called_by_its_first_word_needs_the_unit_that_names_it_in_full() -> None:
    """Round 110, en 1005: "…," Pennine's commercial director, Martin Oduya, said …" came
    into the long summary without "Pennine Medical Supplies, the Wakefield-based wholesaler
    …"; not a place before its body ("Ohio Department of Health", then "Ohio's 88 counties",
    judged en 820), nor a name the article used alone first."""
    from summarizer.units import Unit, short_name_introductions

    texts = ["Harland & Price said on Monday it was rationing the drug.",
             "Pennine Medical Supplies, the wholesaler, said the problem began in January.",
             "The Ohio Department of Health released the data on Tuesday.",
             "\"We are short,\" Pennine's commercial director, Martin Oduya, said.",
             "Marlow County had the third-sharpest fall of Ohio's 88 counties.",
             "Harland's pharmacists will review the rule every week.",
             "Corvane halted its shipments in January.",
             "Corvane Generics said the review would end soon.",
             "Corvane's plant may reopen in March."]
    units = [Unit((text,), i, i) for i, text in enumerate(texts)]
    assert short_name_introductions(units) == [frozenset(), frozenset(), frozenset(),
                                               frozenset({1}), frozenset(), frozenset({0}),
                                               frozenset(), frozenset(), frozenset()]


def test_this_morning_over_a_verb_in_the_present_is_a_scene() -> None:
    """Round 70, en 520: "This morning he holds the frame up to the light with one hand." dated
    the opening scene, which kept it as the news over the harvest figures told on Tuesday."""
    from summarizer.units import is_news_report

    assert not is_news_report("This morning he holds the frame up to the light.", "en")
    assert is_news_report("This morning he announced his resignation.", "en")
    assert is_news_report("This morning it was confirmed that the plant will close.", "en")


def test_the_subject_after_an_opening_clause_is_no_apposition() -> None:
    """Round 72, en 547: after "More than three years after …," the noun phrase was cut as an
    apposition, subject and all, and the cut trailed off on ", but which librarians…"."""
    sentence = ("Two years after the mill closed and its 300 workers moved away to the coast, "
                "the old Foundry Hall on Quay Street, a brick building that has stood since 1887 "
                "and once housed the town's first cinema, reopened on Friday after a £4 million "
                "restoration that ran eight months late and 20% over budget, but which residents "
                "and the council said had been worth the wait.")
    cut = _cut(sentence, 45, "en")
    assert "the old Foundry Hall on Quay Street reopened on Friday" in cut
    assert "which residents" not in cut and "since 1887" not in cut


def test_a_russian_cut_keeps_the_commas_of_what_stays() -> None:
    """Round 72, ru 553: dropping the participle clause before «по которой» and the relative
    clause before «объявил …» took their commas along («412 м по которой», «ремонт объявил»)."""
    sentence = ("Старый мост через реку Унжу — однополосная переправа длиной 300 м, построенная "
                "в 1968 г. и соединяющая город с тремя северными селами и дорогой к монастырю, "
                "по которой, по данным мэрии, ежедневно проезжает около 6 тыс. машин, — с 1 мая "
                "будет закрыт для транспорта на капитальный ремонт, который продлится 14 месяцев "
                "и обойдется областному бюджету в 1,2 млрд руб., объявил в среду на совещании "
                "в правительстве области вице-губернатор Олег Семенов.")
    # (since round 78 the aside between the dashes goes whole, past «6 тыс.» in it: the
    # commas must hold at every limit, in what the cut keeps)
    for limit in (25, 30, 40, 50):
        cut = _cut(sentence, limit, "ru")
        assert "м по которой" not in cut and "ремонт объявил" not in cut, cut
        assert "построенная" not in cut, cut
    assert "ремонт, объявил" in _cut(sentence, 30, "ru")


def test_a_kazakh_cut_keeps_a_subject_after_an_acronym() -> None:
    """Round 72, kk 547: «ФИДЕ шебері Ержан Темірханов» – the acronym's "-де" read as a case
    of place, no subject was found, and the cut kept the tournament without its winner."""
    sentence = ("Шымкенттегі №5 мектепте жиырма жылдан бері математикадан сабақ беретін, шахматты "
                "бала кезінде әкесінен үйреніп, кейін кәсіби ойыншы болуды ешқашан ойламаған 45 "
                "жастағы ФИДЕ шебері Арман Қасымов сенбі күні қалалық спорт сарайында аяқталған, "
                "жеті елден келген 160 шахматшы, оның ішінде төрт гроссмейстер бақ сынаған "
                "«Ақ Орда – 2027» халықаралық жылдам шахмат турнирінде тоғыз турдан 8 ұпай жинап, "
                "рейтингі өзінен әлдеқайда жоғары екі гроссмейстерді артта қалдырып, 2 млн "
                "теңгелік бас жүлдені жеңіп алды.")
    topic = content_words("Шымкенттік математика мұғалімі «Ақ Орда» жылдам шахмат турнирінде "
                          "екі гроссмейстерді артта қалдырып, чемпион атанды", "kk")
    cut = shorten(sentence, 60, "kk", topic=topic)
    assert cut is not None and "Арман Қасымов" in cut.text and cut.text.endswith("жеңіп алды.")


def test_a_short_decision_taken_back_needs_the_decision_it_takes_back() -> None:
    """Round 72, ru 548: «Вечером в среду оперштаб отменил ограничение до 15 августа.» was
    picked without the unit that told the restriction (two units before it)."""
    from summarizer.units import reversal_introductions

    text = ("Власти области ввели режим ЧС из-за паводка.\n\n"
            "3 мая штаб постановил закрыть движение по двум мостам через реку.\n\n"
            "Против выступили фермеры правого берега.\n\n"
            "Вечером в пятницу штаб отменил ограничение до понедельника. Уровень воды упал.")
    units = _units(text, "ru")
    needs = reversal_introductions(units, "ru")
    taken_back = next(u.index for u in units if "отменил" in u.text)
    told = next(u.index for u in units if "постановил" in u.text)
    assert needs[taken_back] == frozenset({told})
    assert not any(needs[u.index] for u in units if u.index != taken_back)
    # (one that says what it takes back needs nothing: it is long and tells it)
    long = ("Вечером в пятницу штаб отменил ограничение на движение по двум мостам через реку, "
            "введенное 3 мая из-за паводка.")
    units = _units(text.replace("Вечером в пятницу штаб отменил ограничение до понедельника.",
                                long), "ru")
    assert not any(reversal_introductions(units, "ru"))
    # (nor a turn with no decision named, whose decision is the news the summary opens on)
    units = _units("The council voted to close the pool. Residents protested.\n\nHours later, "
                   "the council changed course. The pool stays open.", "en")
    assert not any(reversal_introductions(units, "en"))


@pytest.mark.parametrize(("language", "sentence"), [
    # round 72, kk 554: "by the new decision" tells what the decision before it brought
    ("kk", "Жаңа шешім бойынша, көпір 15 сәуірде жабылады."),
    ("ru", "По новому решению, мост закроют 15 апреля."),
    ("en", "Under the new plan, the bridge closes on April 15."),
])
def test_by_the_new_decision_points_back(language: str, sentence: str) -> None:
    assert opens_with_reference(sentence, language)


def test_a_kazakh_this_term_points_back() -> None:
    """Round 72, kk 544: «… басқармасы осы мерзімді екі есе қысқартуды көздеп отыр» (this
    term: the 46-day wait told before) opened both summaries without it."""
    assert leans_on_previous("Басқарма осы мерзімді екі есе қысқартуды көздеп отыр.", "kk")
    assert leans_on_previous("Министрлік осы соманы екі жылға бөледі.", "kk")
    assert not leans_on_previous("Басқарма күту мерзімін екі есе қысқартуды көздеп отыр.", "kk")


def test_a_russian_cut_does_not_split_a_relative_clause_at_whose_words() -> None:
    """Round 73, ru 559: «…рейс … в Мурманск, которого жители …, по словам представителей
    обоих регионов, ждали без малого десять лет, приземлился …» lost «, которого жители …»
    alone and read «в Мурманск по словам …, ждали …»."""
    sentence = ("Первый прямой рейс из Казани в Архангельск, которого жители обоих городов, по "
                "словам представителей двух регионов, ждали без малого восемь лет, приземлился во "
                "вторник в 14:37 по местному времени, доставив 94 пассажира, среди которых были "
                "моряки, студенты, две семьи с детьми и министр транспорта Архангельской "
                "области, который, как он сам признался журналистам, купил билет на свои деньги.")
    cut = _cut(sentence, 45, "ru")
    assert "Архангельск по словам" not in cut
    assert ("которого жители" in cut) == ("ждали" in cut)


def test_a_russian_cut_does_not_end_a_participle_at_a_source_of_five_words() -> None:
    """Round 109's check, ru 997: «Лесной пожар, вспыхнувший … и за двое суток охвативший, по
    данным управления лесного хозяйства Амурской области, около 1,8 тыс. га …,» lost the
    participles alone and read «Лесной пожар по данным …, около 1,8 тыс. га …, в воскресенье
    подошёл …»: whose data, in five words, belongs inside the aside; and «…, как рассказал его
    директор, 58-летний биолог Андрей Пахомов[, …,] сейчас …» kept the comma that closes it."""
    sentence = ("Степной пожар, вспыхнувший в пятницу вечером на заброшенных полях у деревни "
                "Сосновка Тарского района и за двое суток охвативший, по данным управления "
                "лесного хозяйства Омской области, около 1,2 тыс. га сухой травы и молодого "
                "осинника, в воскресенье подошёл на расстояние менее двух километров к границе "
                "заказника «Птичья гавань», вытянутого узкой полосой вдоль озера Ик, где, как "
                "рассказал его директор, 49-летний орнитолог Виктор Лосев, до этого пятнадцать "
                "лет возглавлявший научный отдел заказника, сейчас начинается гнездование серых "
                "цапель и больших поганок.")
    for limit in (35, 40, 45, 50, 55):
        cut = _cut(sentence, limit, "ru")
        assert "пожар по данным" not in cut, cut
        assert ("охвативший" in cut) == ("около 1,2" in cut), cut
        # (nor does it lose the comma that closes whose words they are with the aside)
        assert "Лосев сейчас" not in cut, cut


def test_a_kazakh_cut_from_the_person_keeps_the_role_the_sentence_opens_on() -> None:
    """Round 110's check, kk 1009: «Алматы хайуанаттар бағының директоры, …, бақта … еңбек
    етіп келе жатқан 54 жастағы Бауыржан Төлеуов …» was cut to «54 жастағы Бауыржан Төлеуов
    …», which never said which zoo; the role stays before the name."""
    sentence = ("Шымкент хайуанаттар бағының директоры, биология ғылымдарының кандидаты, бақта "
                "он бес жылдан астам еңбек етіп келе жатқан 48 жастағы Ерлан Сәрсенов сейсенбі "
                "күні өткен брифингте Қызыл кітапқа енген Тұран жолбарысының Жібек есімді жеті "
                "жасар аналығы 5 мамырда жабық вольерде екі күшік әкелгенін хабарлап, бұл 1979 "
                "жылы ашылған бақтың тарихындағы алғашқы жағдай екенін, күшіктердің екеуі де "
                "сау екенін атап өтті.")
    for limit in (45, 50):
        cut = _cut(sentence, limit, "kk")
        assert cut.startswith("Шымкент хайуанаттар бағының директоры 48 жастағы Ерлан Сәрсенов "
                              "сейсенбі күні"), cut
    # (also a firm's name in «»: round 118's check, kk 1105, whose cut never said whose
    # chairman)
    named = sentence.replace("Шымкент хайуанаттар бағының директоры",
                             "Шымкенттегі «Оңтүстік Зоо» ЖШС-ның директоры")
    for limit in (45, 50):
        cut = _cut(named, limit, "kk")
        assert cut.startswith("Шымкенттегі «Оңтүстік Зоо» ЖШС-ның директоры 48 жастағы"), cut


def test_a_kazakh_cut_never_gives_the_role_to_the_second_of_two_people() -> None:
    """Round 117's check, kk 1093: «Облыстық білім басқармасының басшысы, 52 жастағы Бақытжан
    Жұмабеков пен «Ұстаз» … төрағасы, … 58 жастағы Раиса Мұхамедиярова …» was cut to «Облыстық
    білім басқармасының басшысы 58 жастағы Раиса Мұхамедиярова …»: the union's chair made the
    head of the department."""
    sentence = ("Қалалық денсаулық сақтау басқармасының басшысы, 47 жастағы Нұрлан Әбенов пен "
                "«Шипагер» кәсіподағы қалалық ұйымының төрағасы, жиырма жыл бойы жедел жәрдемде "
                "жұмыс істеген 55 жастағы Гүлмира Сапарова сәрсенбі күні әкімдіктің мәжіліс "
                "залында үш айға созылған келіссөздерді қорытындылап, қаладағы 40-қа жуық "
                "емханының 6 мыңнан астам медбикесіне 2019 ж. 1 қаңтардан бастап жергілікті "
                "бюджет есебінен айлықақының 10%-ы мөлшерінде қосымша үстемеақы төлеуді "
                "көздейтін екі жылдық келісімге қол қойып, өткен күзден бері ушығып келген "
                "жалақы дауына нүкте қойды.")
    from summarizer.tokens import content_words

    topic = frozenset(content_words("Қала медбикелері 2019 жылдан жергілікті бюджеттен қосымша "
                                    "үстемеақы алады", "kk"))  # (the headline's words)
    for limit in (55, 60):
        cut = shorten(sentence, limit, "kk", topic)
        assert cut is not None and "басшысы 55 жастағы" not in cut.text, cut
    # (two posts of one person joined by "and" are no second person: round 119's check, kk
    # 1111, whose cut lost «Қостанай облысының әкімі»)
    posts = ("Павлодар облысының әкімі, бұған дейін энергетика вице-министрі және Екібастұз "
             "қаласының әкімі қызметтерін атқарған, өңірді 2012 ж. наурыздан бері басқарып келе "
             "жатқан 58 жастағы Ерлан Сәкенұлы Омаров Екібастұз қаласында қақаған аязда 20 "
             "мыңнан астам тұрғынды төрт тәулік бойы жылусыз қалдырған апаттан кейін "
             "мәслихат депутаттарының қатаң сынына ұшырап, сейсенбі күні Мемлекет басшысына "
             "өз еркімен қызметтен кету туралы өтініш жазғанын, ал Президент бұл өтінішті сол "
             "күні кешке қанағаттандырғанын Ақорданың баспасөз қызметі хабарлады.")
    cut = shorten(posts, 60, "kk", topic)
    assert cut is not None and cut.text.startswith("Павлодар облысының әкімі 58 жастағы"), cut


def test_an_english_cut_keeps_the_sentences_going_clause_after_an_apposition() -> None:
    """Round 111's check, en 1015: ", and going against the advice of its own inspector," was
    taken for a second predicate of the objector's apposition and went with it, leaving
    "…among them Máire Ní Fhlatharta, who had recommended that permission be refused."."""
    sentence = ("The planning board has overturned Kerry County Council's refusal of an 8-turbine "
                "wind farm above Kilgarvan, siding with Cork-based developer Southerly Power, a "
                "company set up in 2012 by three former utility engineers, against more than 400 "
                "objectors, among them Nora Quinlan, a 71-year-old retired nurse whose cottage "
                "stands 700 metres from the nearest turbine site, and going against the advice "
                "of its own inspector, who had recommended that permission be refused.")
    for limit in (50, 55):
        cut = _cut(sentence, limit, "en")
        assert "Quinlan, who had recommended" not in cut, cut


def test_a_russian_cut_keeps_the_participle_whose_gerund_runs_to_the_end() -> None:
    """Round 111's check, ru 1021: «…и депутатов гордумы[, накануне потребовавших от мэрии
    пересчитать тариф,] сославшись на ошибки в расчётах перевозчика…» left the gerund with no
    one to do it."""
    sentence = ("Глава администрации Вологды Олег Кравцов, 49-летний бывший строитель, "
                "занимающий этот пост с весны 2020 г., во вторник подписал постановление об "
                "отмене повышения платы за проезд в городских автобусах с 30 до 38 руб., "
                "вступившего в силу десять дней назад, уступив давлению горожан, собравших более "
                "18 тыс. подписей под петицией, и депутатов гордумы, накануне потребовавших от "
                "мэрии пересчитать тариф, сославшись на ошибки в расчётах перевозчика.")
    cut = _cut(sentence, 55, "ru")
    assert "гордумы, сославшись" not in cut, cut


def test_a_kazakh_cut_drops_who_a_person_is_between_the_noun_and_the_name() -> None:
    """Round 75, kk 589 (short 3 by both judges: the cut lost whom the boxer beat): between
    "…жергілікті боксшы," and the name it goes before, the participial clauses that tell who
    he is (", бұған дейін … алған, ал … жеңілмеген") can go, and the opponent stays. Not after
    a converb: "…шыңдалып, … атанған Әйгерім …" would leave "шыңдалып" going on to nothing."""
    sentence = ("Павлодардағы «Ертіс» спорт сарайында жұма күні кешке, төрт мың көрерменнің "
                "көз алдында өткен он раундтық жекпе-жекте 24 жастағы жергілікті боксшы, "
                "бұған дейін жастар арасында Азия біріншілігінде қола жүлде алған, ал кәсіпқой "
                "рингте әлі бірде-бір рет жеңілмеген Нұрлан Сәрсенбаев жеңіл салмақта "
                "халықаралық белдік үшін мексикалық тәжірибелі боксшы, 28 жекпе-жегінің "
                "22-сінде жеңген 31 жастағы Хорхе Рамиресті сегізінші раундта нокаутпен "
                "жеңіп, алғашқы халықаралық титулын иеленді.")
    cut = _cut(sentence, 60, "kk")
    assert "боксшы Нұрлан Сәрсенбаев" in cut, cut
    assert "Хорхе Рамиресті" in cut and "нокаутпен жеңіп" in cut, cut
    assert "…" not in cut, cut
    converb = ("Бес жасынан бастап аулада жаттығып, кейін облыстық мектепте шыңдалып, өткен "
               "жылы Азия жастар чемпионатында күміс жүлдегер атанған Әйгерім Бекова "
               "жексенбі күні Анталья қаласында өткен әлем кубогінің бірінші кезеңінде "
               "классикалық садақпен атудан жеке сайыстың финалында Оңтүстік Кореяның "
               "тәжірибелі спортшысын 6:4 есебімен жеңіп, Қазақстанға осы дисциплинадағы "
               "алғашқы алтын медальді әкелді.")
    assert "шыңдалып Әйгерім" not in _cut(converb, 45, "kk")


def test_a_kazakh_cut_drops_whom_a_group_counts_in_with_its_list() -> None:
    """Round 75, kk 583 (short 3: "…Италия, Канада және Грузиядан … жеті шетелдік спортшы"
    had lost its "among them" and read as seven more skaters): ", олардың ішінде Жапония,
    Италия, … спортшы," goes whole, list and all."""
    sentence = ("Үш дүркін ел чемпионы, 23 жастағы Дана Әлиева бастаған 40 мәнерлеп "
                "сырғанаушы, олардың ішінде Франция, Германия, Чехия және Польшадан арнайы "
                "шақырылған сегіз шетелдік спортшы, сенбі күні кешке Алматыдағы «Халық "
                "арена» мұз сарайында өткен қайырымдылық гала-шоуында екі жарым сағат өнер "
                "көрсетіп, жеті мыңнан астам көрерменнің алдында шағын қалалардағы балаларға "
                "арналған мұз айдындарын салу үшін 150 млн теңге жинады.")
    cut = _cut(sentence, 50, "kk")
    assert "олардың ішінде" not in cut and "Германия" not in cut, cut
    assert cut.startswith("Үш дүркін ел чемпионы") and "150 млн теңге жинады" in cut, cut
    assert "…" not in cut, cut


def test_a_russian_cut_drops_a_long_apposition_before_the_second_predicate_and_its_aside() -> None:
    """Round 76, ru 595 (short 2 by both judges: 'truncated before what was stolen, double full
    stop'): the apposition ", небольшой … музей …, директор которого, …, возглавляет его …
    2009 г.," before «и, отключив …, вынесли …» goes whole, so the theft stays; «а также» with
    a second object is the main verb's, not part of the aside before it; and a prefix that ends
    on «г.» takes no second stop."""
    sentence = ("Неизвестные в ночь на среду проникли в Торжокский музей ремёсел, небольшой "
                "городской музей в доме XVIII века на Старой площади, хранитель которого, "
                "48-летний историк Павел Андреевич Ветров, работает в нём с момента открытия "
                "в 2004 г., и, отключив, по данным полиции, сигнализацию в зале первого этажа, "
                "вынесли икону «Никола Можайский. Житие», написанную в начале XVII в., а также "
                "19 предметов золотого шитья, оценённые вместе с иконой в 41 млн руб.")
    cut = _cut(sentence, 60, "ru")
    assert "хранитель которого" not in cut, cut
    assert "вынесли икону" in cut and "19 предметов золотого шитья" in cut, cut
    assert ".." not in cut, cut


def test_a_sentence_opening_on_a_preposition_introduces_no_surname() -> None:
    """Round 76, en 602: "Under Mongolia's central bank law, …" was read as a full name, so
    every later "Mongolia's" needed that sentence, and the board's vote against the transfer
    could not come into the short summary without it. A real full name still introduces."""
    units = _units("Budget plan approved\n\nMongolia's cabinet approved the plan on Tuesday.\n\n"
                   "Under Mongolia's central bank law, the board must agree.\n\n"
                   "Finance Minister Batbayar Gantulga presented it.\n\n"
                   "The board of Mongolia's central bank voted against it, Gantulga said.", "en")
    needs = name_introductions(units)
    assert needs[3] == frozenset({2}), needs


def test_a_place_after_a_preposition_is_no_first_name_for_a_surname_given_before() -> None:
    """Round 79, ru 628 (long 2 by both judges: '«Гущин» appears unintroduced'): «В Бережки
    Гущин приехал …» read as a full name, "Бережки Гущин", so it needed no introduction. A
    relative's own first name with the surname is still a full name."""
    units = _units("Врач уходит\n\nВалентин Семёнович Гущин открывает амбулаторию сам.\n\n"
                   "Врач подал заявление об увольнении.\n\n"
                   "В Бережки Гущин приехал после института.\n\n"
                   "Его дочь Анна Гущина живёт в Ярославле.", "ru")
    needs = name_introductions(units)
    assert needs[2] == frozenset({0}), needs
    assert needs[3] == frozenset(), needs


@pytest.mark.parametrize(("language", "text", "reverses"), [
    ("ru", "Вечером банк сообщил, что правление «приостановило реализацию решения» до "
     "консультаций.", True),
    ("en", "The ministry said that the board had \"suspended the sale\" pending talks.", True),
    ("ru", "«Мы не приостановим стройку», — сказал мэр.", False),  # said, not reported
    ("en", "\"We will not suspend the works,\" the mayor said.", False),
    # (round 76, kk 594: a stop a rule asks for is no halt of the plan)
    ("kk", "Көктемде турбиналар таң атқанда екі сағаттан тоқтатылуға тиіс.", False),
    ("kk", "Комитет жобаның құрылысын тоқтатты.", True),
])
def test_a_halt_quoted_as_what_was_reported_tells_a_reversal(language: str, text: str,
                                                             reverses: bool) -> None:
    """Round 76, ru 602: the halt was told in the words the bank's statement was quoted in."""
    from summarizer.units import tells_reversal

    assert tells_reversal(text, language) is reverses


def test_a_sentence_that_only_says_someone_explained_goes_with_the_foreign_quotation() -> None:
    """Round 76, kk 591 (long 3 by both judges: 'Shulga explained the cause is left hanging
    with no explanation'): the explanation was a Russian quotation, which no Kazakh summary
    takes, so the sentence announcing it goes where the quotation goes."""
    text = ("Су үшін төлем қайта есептеледі\n\n"
            "Өскемен. «Ертіс Су» ЖШС қаңтардағы түбіртектерді қайта есептейтінін хабарлады.\n\n"
            "Кәсіпорынның техникалық директоры Виктор Шульга ақаудың себебін брифингте "
            "түсіндірді. «Мы обнаружили сбой в программе начислений ещё девятого февраля, но на "
            "проверку всех счетов ушло время», – деді ол.\n\n"
            "Артық төленген ақша наурыз айының есебіне аударылады.")
    units = _units(text, "kk")
    intro = next(unit for unit in units if unit.text.startswith("Кәсіпорынның техникалық"))
    assert intro.foreign
    assert not next(unit for unit in units if unit.text.startswith("Артық төленген")).foreign


def test_a_cut_that_only_who_said_it_follows_ends_as_a_whole_sentence() -> None:
    """Round 76, en 601 (short 3 by both judges: 'the lead is cut off with "…"'): the cut kept
    everything but who said it, yet ended on "…" as if cut mid-thought."""
    sentence = ("A rockfall loosened by days of heavy rain buried a 200-meter stretch of the coast "
                "road above the fishing town of Porto Vello before dawn on Monday, killing at "
                "least three people, among them a 48-year-old bus driver from Lugo and his "
                "15-year-old daughter, and cutting the only road between the town and the "
                "regional capital, Deputy Roads Minister Marta Iglesias Pardo, an engineer who "
                "flew to the site by helicopter, told reporters, saying one lane could reopen "
                "within two days.")
    topic = content_words("Rockfall kills three and cuts Porto Vello's road link to the "
                          "regional capital", "en")
    cut = shorten(sentence, 60, "en", topic).text
    assert cut.endswith("between the town and the regional capital."), cut
    # (and who said it named in lower case, round 76, en 602's board vote)
    vote = ("After a meeting that ran for more than four hours, the central bank's nine-member "
            "board voted 6-3 on Monday evening against the transfer, the bank said in a "
            "statement published shortly after 6 p.m.")
    assert _cut(vote, 28, "en").endswith("against the transfer.")


def test_a_kazakh_cut_drops_the_asides_of_a_report_and_keeps_its_verbs() -> None:
    """Round 76, kk 595 (short 2 and 3: 'the lead is cut with an ellipsis which drops the verb
    of the theft'): the dash aside on who was held («– музейдің бұрынғы … күзетшісі, … –»,
    with a comma after it) and what the stolen lot included («, оның ішінде … білезікті») can
    go whole; the cut spliced the sentence with «…» instead."""
    sentence = ("Павлодар облыстық полиция департаменті бейсенбі күні қалалық өлкетану "
                "музейінің қорынан сәрсенбіден бейсенбіге қараған түні XVIII ғасырға жататын он "
                "екі күміс бұйымды, оның ішінде сирек кездесетін үш алқа мен ою-өрнекті төрт "
                "білезікті ұрлады деген күдікпен екі адамның – музейдің тамызда жұмыстан "
                "шығарылған бұрынғы күзетшісі, 29 жастағы қала тұрғыны мен бұрын ломбардта "
                "істеген оның 38 жастағы танысының – ұсталғанын, олардан жоғалған заттардың "
                "жетеуі тәркіленгенін, ал қалған бесеуін іздеу жалғасып жатқанын хабарлады.")
    cut = _cut(sentence, 50, "kk")
    assert "…" not in cut, cut
    assert "ұрлады деген күдікпен екі адамның ұсталғанын" in cut, cut
    assert "күзетшісі" not in cut, cut
    lot = ("Облыстық полиция департаменті бейсенбі күні қалалық өлкетану музейінен XVIII ғасырға "
           "жататын он екі күміс бұйымды, оның ішінде сирек кездесетін үш алқа мен ою-өрнекті "
           "төрт білезікті ұрлады деген күдікпен екі адамды ұстады.")
    cut = _cut(lot, 24, "kk")
    assert "күміс бұйымды ұрлады деген күдікпен екі адамды ұстады" in cut, cut


@pytest.mark.parametrize(("sentence", "leans"), [
    ("During the changeover, thousands of meter readings failed to transfer.", True),
    ("In the process, the old records were lost.", True),
    ("During the night, the river rose by two meters.", False),
    ("During the 2022 floods, the bridge was closed.", False),
])
def test_a_step_of_what_was_just_told_named_as_known_leans_on_it(sentence: str,
                                                                   leans: bool) -> None:
    """Round 76, en 591 (short 4 by both judges: '"the changeover" has nothing to refer back
    to'): it closed a short summary whose lead never told the switch to a new platform."""
    assert opens_with_reference(sentence, "en") is leans


def test_a_review_taken_as_known_needs_the_sentence_that_ordered_it() -> None:
    """Round 76, en 597 (long 3: '"the review's terms" points to a review never mentioned'):
    the board's meeting on the review's terms closed a long summary without the supplier's
    promise of an independent review."""
    from summarizer.units import event_introductions

    units = _units("Fare cards charge passengers twice\n\nThousands of passengers were charged "
                   "twice on Tuesday, the transit partnership said.\n\nThe supplier said it had "
                   "halted all updates pending an independent review.\n\nMost passengers lost "
                   "two pounds.\n\nThe board will discuss the review's terms in November.", "en")
    needs = event_introductions(units, "en")
    assert needs[3] == frozenset({1}), needs
    assert needs[2] == frozenset()


def test_a_kazakh_first_name_with_a_word_of_respect_needs_the_full_name() -> None:
    """Round 76, kk 598 (long 2 by both judges: 'ends on an unintroduced «Серік ақсақал»'):
    the elder was named in full only in the opening scene."""
    units = _units("Мыс кеніші қайта ашылмақ\n\nСерік Әбенов күнде таңертең төбеге шығып, "
                   "карьерге қарап тұрады.\n\nКомпания кенішке 640 млн доллар салады.\n\n"
                   "Серік ақсақал қоғамдық тыңдауға баратынын айтады.", "kk")
    needs = name_introductions(units)
    assert needs[2] == frozenset({0}), needs
    assert needs[1] == frozenset()


def test_an_english_cut_keeps_the_comma_before_a_when_clause_that_followed_an_apposition() -> None:
    """Round 72, en 548: without its apposition the lead read "…by 25% this season after the
    driest winter …", with no boundary left to end at, so a cut to make room for the turn of
    the story trailed off mid-clause; the comma stays, and the cut ends whole at it."""
    sentence = ("A water board serving four dry valleys in eastern Oregon voted on Monday to "
                "limit how much farmers may draw from the river for irrigation by 30% this "
                "summer, the first such limit in the board's 70-year history, after a winter "
                "with almost no snow left the reservoirs a third full.")
    assert ", after a winter" in _cut(sentence, 45, "en")
    cut = shorten(sentence, 35, "en")
    assert cut is not None and cut.ends_early, cut
    assert cut.text.endswith("by 30% this summer."), cut


def test_an_english_cut_drops_a_closing_with_phrase_as_a_whole_sentence() -> None:
    """Round 72, en 548: "…farmers will now have to pump 15% less this season[, with the full
    25% cut put off until 2027]." ended with "…" as if cut off mid-thought; what "with" adds at
    the end only adds to a whole sentence."""
    sentence = ("At a special meeting on Tuesday evening, the board agreed to bring the limit in "
                "over two summers: farmers will now have to draw 15% less this year, with the "
                "rest of the cut put off until next year.")
    cut = shorten(sentence, 30, "en")
    assert cut is not None and cut.ends_early, cut
    assert cut.text.endswith("over two summers: farmers will now have to draw 15% less this "
                             "year."), cut


def test_an_english_clause_before_a_colon_is_no_aside_between_subject_and_verb() -> None:
    """Round 72, en 548's check: "At a special meeting on Tuesday evening[, the board agreed to
    … over two summers:] farmers will now have to draw 15% less …" was cut as if the clause
    before the colon were an aside, which dropped the decision and made the farmers meet."""
    sentence = ("At a special meeting on Tuesday evening, the board agreed to bring the limit in "
                "over two summers: farmers will now have to draw 15% less this year, with the "
                "rest of the cut put off until next year.")
    for limit in (30, 25, 20):
        cut = shorten(sentence, limit, "en")
        assert cut is not None and "the board agreed to bring the limit in" in cut.text, cut


def test_an_english_cut_keeps_a_counted_group_and_ends_before_a_phrase_that_its_opens() -> None:
    """Round 77, en 607 (short scored 1 by both judges, 'garbled, "of them" has no referent and
    the clauses are spliced'): the cut dropped the aside that named the customers "1.4 million
    of them" counts, took ", telling reporters … by a former IT contractor," for an aside
    (its comma only opened the contractor's name), and ended inside ", its chief executive,
    …, a chartered accountant", which no verb had finished."""
    sentence = ("Karoo Savings Bank, the Bloemfontein-based lender that counts about 1.1 million "
                "farmers among its customers, said on Monday that the names, phone numbers and "
                "balances of nearly 400,000 of them had been left open online for a month, its "
                "chief executive, Thandi Mokoena, 48, a former auditor who has led the bank "
                "since 2015, telling reporters in Bloemfontein that the files had been left on a "
                "test server by a former contractor, Durban-based Ilanga Software, whose "
                "contract ended in March.")
    cut = shorten(sentence, 60, "en")
    assert cut is not None and cut.ends_early, cut
    assert "1.1 million farmers" in cut.text and "400,000 of them" in cut.text, cut
    assert cut.text.endswith("left open online for a month."), cut
    # (nor is a cut left that splices the contractor's name onto the chief executive)
    assert "Durban-based" not in shorten(sentence, 75, "en").text.split("since 2015")[-1][:20]


def test_a_russian_relative_clause_ends_before_a_second_gerund_of_the_main_clause() -> None:
    """Round 77, ru 607 (short 2 and 3, 'garbled «…компании-подрядчика что никто…»'): the
    relative clause «, которая … обслуживала колл-центр банка,» was taken to go on through
    «и пообещав,», a gerund that pairs with «уточнив» before it, and the cut spliced the two
    objects."""
    sentence = ("Сведения о 48 тыс. пассажиров омского перевозчика «Иртыш-Авиа» около недели "
                "были доступны в открытом доступе, признал в пятницу генеральный директор "
                "компании Игорь Савельев, 47-летний бывший пилот, возглавивший перевозчика в "
                "2020 г., уточнив на брифинге, что файл оказался в сети по вине "
                "сотрудника подрядчика, который с 2019 г. обслуживал сайт перевозчика, и "
                "пообещав, что пассажиры получат бесплатную проверку кредитной истории.")
    for limit in (45, 50, 55):
        cut = shorten(sentence, limit, "ru")
        assert cut is not None and "подрядчика что" not in cut.text, cut


@pytest.mark.parametrize(("language", "text"), [
    ("kk", "Пошта бөлімшелері жабылады\n\nКомпания 40 бөлімшені жабады.\n\n– Біз ауылды пошта "
     "қызметінсіз қалдырмаймыз. Көшпелі бөлімше – арнайы көлік. Онда зейнетақы алуға "
     "болады. Адамдар қызметтің бәрін алады, – деді Ерлан Сапаров.\n\nЖоспар наурызда "
     "басталады."),
    ("ru", "Почтовые отделения закроют\n\nКомпания закроет 40 отделений.\n\n— Мы не оставим "
     "сёла без почты. Передвижное отделение — это автомобиль. В нём можно получить пенсию. "
     "Люди получат все услуги, — сказал Ерлан Сапаров.\n\nПлан начнут в марте."),
])
def test_direct_speech_opened_by_a_dash_is_one_unit_with_who_spoke(language: str,
                                                                    text: str) -> None:
    """Round 77, kk 614 (long 2 by both judges: 'the quote is unclosed and unattributed'): a
    paragraph of direct speech that a dash opens was split, and the long summary took its first
    sentences without the one that says who spoke."""
    units = _units(text, language)
    speech = next(unit for unit in units if unit.text.startswith(("–", "—")))
    assert len(speech.sentences) == 4, speech.sentences
    assert speech.sentences[-1].endswith("Ерлан Сапаров."), speech.sentences
    assert units[-1].text.startswith(("Жоспар", "План")) and len(units[-1].sentences) == 1


def test_the_name_of_a_body_is_no_persons_name_to_introduce() -> None:
    """Round 77, en 608: "the Ministry of Emergency Management would …" gave "Management" as a
    surname, so "Emergency Management Minister Colleen Varga said …" needed that unit."""
    units = _units("Bulletin saved\n\nThe bulletin will lose its funding.\n\nUnder the plan, "
                   "the Ministry of Emergency Management would have replaced it.\n\n"
                   "Emergency Management Minister Colleen Varga said the plan was shelved.", "en")
    assert name_introductions(units) == [frozenset()] * len(units)


def test_a_part_of_a_place_is_no_first_name_for_a_surname() -> None:
    """Round 207's check, en 2174: "Southern Ontario needs stone …" in a quotation was read as a
    full name, so "…the Ontario Superior Court of Justice" later needed it, and the council's
    vote to appeal could not come into the short summary without the quotation. A real full
    name still introduces."""
    units = _units("Quarry appeal\n\nThe board approved the quarry on Monday.\n\n"
                   "\"Southern Ontario needs stone,\" the owner said.\n\n"
                   "Lawyer Sandra Kowalczyk spoke for the township.\n\n"
                   "The council voted to appeal to the Ontario Superior Court, Kowalczyk said.",
                   "en")
    needs = name_introductions(units)
    assert needs[3] == frozenset({2}), needs


@pytest.mark.parametrize("limit", [60, 70])
def test_a_russian_relative_clause_goes_on_through_the_list_its_comma_falls_in(
        limit: int) -> None:
    """Round 207's check, ru 2167: «…плота, который дрейфовал … при ветре до 20 м/с, волнении
    до шести баллов и температуре воздуха минус 12 градусов, сообщили …» lost the clause up to
    its first comma only and read «…плота волнении до шести баллов …»."""
    sentence = ("Экипаж буксира «Онега» во главе с 48-летним капитаном Петром Ильиным, уроженцем "
                "Беломорска и ветераном флота с двадцатилетним стажем, в ночь на субботу, 12 "
                "октября, поднял на борт в Белом море трех рыбаков с перевернувшейся моторной "
                "лодки, проведя больше пяти часов в поисках их надувного плота, который дрейфовал "
                "примерно в 30 милях к востоку от Соловецких островов при ветре до 15 м/с, "
                "волнении до пяти баллов и температуре воды около нуля градусов, сообщили в "
                "понедельник в пресс-службе управления МЧС.")
    cut = shorten(sentence, limit, "ru")
    assert cut is not None and "плота волнении" not in cut.text, cut


def test_a_russian_cut_before_a_second_object_after_a_takzhe_is_a_whole_sentence() -> None:
    """Round 207's check, ru 2174: «…подал в … апелляционный суд в Перми жалобу на решение
    первой инстанции, а также ходатайство о приостановлении его исполнения.» was cut to «…первой
    инстанции…», whose «…» kept the appeal out of the short summary."""
    sentence = ("В среду, 17 апреля, компания сообщила, что подала в Седьмой арбитражный "
                "апелляционный суд в Томске жалобу на решение первой инстанции, а также "
                "ходатайство о приостановлении его исполнения.")
    cut = shorten(sentence, 22, "ru")
    assert cut is not None and cut.text.endswith("решение первой инстанции."), cut


def test_a_russian_subject_cut_drops_the_whole_dash_aside_its_asides_are_in() -> None:
    """Round 208's check, ru 2179: «Трое лыжников из Санкт-Петербурга — 46-летний … Дмитрий
    Ковалёв, его 17-летний сын Артём и их спутница, … Светлана Рыжих, — пропавшие …» was cut to
    «…— 46-летний … Дмитрий Ковалёв, пропавшие …», one of three named and the dash left open."""
    sentence = ("Трое туристов из Казани — 41-летний инженер Олег Сафин, его 15-летний сын "
                "Тимур и их спутница, 36-летняя учительница химии Алсу Галиева, — пропавшие в "
                "прошлую субботу во время перехода через перевал в Хибинах, найдены живыми утром "
                "во вторник, после трех суток поисков, в которых участвовали более 90 человек и "
                "вертолет, спасателями МЧС, обнаружившими их в снежной пещере примерно в двух "
                "километрах от маршрута, сообщили в ГУ МЧС по Мурманской области.")
    cut = shorten(sentence, 50, "ru")
    assert cut is not None and cut.text.startswith("Трое туристов из Казани, пропавшие"), cut


def test_an_english_cut_keeps_the_comma_after_an_opening_phrase_of_place() -> None:
    """Round 207's check, en 2174: "At a special meeting on Wednesday evening, attended by about
    250 residents …, Ashgrove Hills council voted …" lost the aside and its commas both and
    read "…on Wednesday evening Ashgrove Hills council voted …"."""
    sentence = ("At a special meeting on Wednesday evening, attended by about 250 residents who "
                "filled the community hall and spilled into the parking lot, Ashgrove Hills "
                "council voted 4-1 to seek leave to appeal the decision to the Divisional Court.")
    cut = shorten(sentence, 30, "en")
    assert cut is not None and cut.text.startswith(
        "At a special meeting on Wednesday evening, Ashgrove Hills council voted"), cut


@pytest.mark.parametrize(("limit", "end"), [
    # ("since 2009" is no clause: the verb is "was told"; round 77, en 608)
    (35, "its provincial funding on April 1."),
])
def test_an_english_cut_ends_whole_before_the_plan_it_came_under(limit: int, end: str) -> None:
    sentence = ("The nonprofit service that has issued daily flood warnings for the two valleys "
                "since 2009 was told on Tuesday that it would lose its provincial funding on "
                "April 1, under a government plan to merge regional bulletins into a single "
                "forecast produced in the capital.")
    cut = shorten(sentence, limit, "en")
    assert cut is not None and cut.ends_early and cut.text.endswith(end), cut


@pytest.mark.parametrize("sentence", [
    "To get there, the theatre is freezing ticket prices at £12 to £24.",
    "To achieve this, the council will hire 40 more inspectors.",
])
def test_a_sentence_that_works_towards_a_target_told_before_leans_on_it(sentence: str) -> None:
    """Round 77, en 613 (long 2 by both judges: '"To get there" refers to an omitted
    target'): the long summary took the means without the 70 per cent target."""
    assert opens_with_reference(sentence, "en")


def test_a_dash_between_two_names_opens_no_aside() -> None:
    """Round 77's check of judged ru 500: «…на направлении Курск — Льгов …, а первый … поезд …
    позже — в 6:07 …» was cut as if «— Льгов … позже —» were an aside, which dropped the cut of
    the timetable itself and left «…на направлении Курск в 6:07 вместо 5:15»."""
    sentence = ("Перевозчик «Обь-Экспресс» с 1 мая сокращает число электричек на направлении "
                "Барнаул — Бийск с шести до четырех пар в сутки, а первый утренний поезд из "
                "Бийска будет отправляться на 40 минут позже — в 6:20 вместо 5:40.")
    for limit in (25, 30, 35):
        cut = shorten(sentence, limit, "ru")
        assert cut is not None and "Барнаул — Бийск" in cut.text, cut


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "Аренда подорожала\n\nАренда жилья для студентов выросла на 20%.\n\nСовет студентов "
     "направил в мэрию пакет предложений. В нём — реестр проверенных квартир.\n\nПредложения "
     "обсудят 10 сентября на заседании комиссии."),
    ("en", "Rents rise\n\nStudent rents rose 20% this year.\n\nThe student union sent the city a "
     "set of proposals, including a register of checked flats.\n\nThe proposals will be "
     "discussed by a council committee on Sept. 10."),
])
def test_proposals_taken_as_known_need_the_unit_that_put_them_forward(language: str,
                                                                        text: str) -> None:
    """Round 77, ru 609 (long 2 by both judges: '«Предложения обсудят» refers to proposals
    never introduced')."""
    from summarizer.units import event_introductions

    units = _units(text, language)
    needs = event_introductions(units, language)
    assert needs[-1] == frozenset({1}), needs


def test_a_russian_cut_before_who_said_it_after_a_dash_ends_with_a_stop() -> None:
    """Round 77, ru 613 (short 4 by both judges, 'ends in ellipsis instead of a clean cut'):
    the cut before «, — об этом рассказал … руководитель театра …» is a whole sentence."""
    sentence = ("Омский театр драмы «Галёрка», которому этой весной исполнилось 30 лет, откроет "
                "10 сентября новый сезон премьерой «Чайки» в постановке 38-летнего режиссёра "
                "Анны Беловой, выпускницы ГИТИСа, а роль Аркадиной в ней сыграет 64-летняя "
                "заслуженная артистка России Нина Орлова, — об этом рассказал в среду на "
                "пресс-конференции художественный руководитель театра Павел Карпов, представив "
                "журналистам афишу сезона.")
    cut = shorten(sentence, 40, "ru")
    assert cut is not None and cut.text.endswith("Нина Орлова."), cut


def test_a_kazakh_cut_ends_on_what_was_said_first_its_converb_made_the_main_verb() -> None:
    """Round 77, kk 607 (short 3 by both judges, 'lead cut with an ellipsis mid-list'): «…
    қолына түскенін мойындап, ақпараттың … жылыстағанын, ал … мәлімдеді.» was cut to «…ұялы
    телефон нөмірі… клиенттерге SMS-хабарлама …»; what was acknowledged first is a whole
    sentence with «мойындады»."""
    sentence = ("«Дала Сақтандыру» АҚ басқармасының төрағасы, 48 жастағы Ерлан Жақыпов сейсенбі "
                "күні Астанадағы бас кеңседе өткен брифингте компанияның 90 мыңнан астам "
                "клиентінің аты-жөні, жеке сәйкестендіру нөмірі, ұялы телефон нөмірі және "
                "тұрғылықты мекенжайы бар дерекқор бөгде адамдардың қолына түскенін мойындап, "
                "ақпараттың қыркүйек айының басында компанияның сыртқы мердігері – "
                "қоңырау орталығына қызмет көрсеткен «ТелекомПлюс» ЖШС серверінен "
                "жылыстағанын, ал клиенттердің шоттарына ешкімнің қол сұқпағанын мәлімдеді.")
    cut = shorten(sentence, 45, "kk")
    assert cut is not None and "…" not in cut.text, cut
    assert cut.text.endswith("қолына түскенін мойындады."), cut


def test_a_kazakh_partnership_named_by_its_kind_needs_the_unit_that_named_it() -> None:
    """Round 77, kk 611 (short 2 and 3: '«Серіктестік» has no antecedent'): «Серіктестік …»
    after «…«Нұр-Бонд Капитал» ЖШС шығарған облигацияларды …» closed a short summary that
    never named the partnership."""
    from summarizer.units import institution_mentions

    units = _units("Қор басшылары сотталды\n\nСот қордың үш басшысын соттады.\n\nҚор басшылығы "
                   "«Дала Бонд» ЖШС шығарған облигацияларды сатып алған.\n\nСеріктестік іс "
                   "жүзінде басшылардың туыстарына тиесілі болып шықты.", "kk")
    assert institution_mentions(units, "kk")[-1] == frozenset({1})


def test_a_kazakh_department_and_talks_named_bare_need_the_unit_that_named_them() -> None:
    """Round 138, kk 1335 (long -2 against lead): «Басқарма қаңтардан бастап … ұсынбақ.» and
    «Келіссөзге … қатысады деп күтілуде.» closed a long summary that never told of the regional
    department or the talks. «Басқарманың мәліметінше, …» and «Келіссөздердің келесі кезеңі …»
    stand as they are."""
    from summarizer.units import institution_mentions

    units = _units("Мұғалімдер ереуілге шықты\n\nҚаладағы мұғалімдер дүйсенбі күні ереуіл "
                   "жариялады.\n\nОблыстық білім басқармасы кәсіподақпен келіссөзді сәрсенбіде "
                   "өткізетінін хабарлады.\n\nАта-аналардың пікірі екіге бөлінді.\n\nБасқарма "
                   "қаңтардан бастап 12 қосымша сынып ашуды ұсынбақ.\n\nКеліссөзге облыс "
                   "әкімінің орынбасары қатысады.\n\nБасқарманың мәліметінше, 9 мың оқушы "
                   "сабаққа келмеген.\n\nКеліссөздердің келесі кезеңі жұмада өтеді.", "kk")
    needs = institution_mentions(units, "kk")
    texts = [unit.text for unit in units]
    assert needs[texts.index(next(t for t in texts if t.startswith("Басқарма қаң")))] == \
        frozenset({1})
    assert needs[texts.index(next(t for t in texts if t.startswith("Келіссөзге")))] == \
        frozenset({1})
    assert needs[texts.index(next(t for t in texts if t.startswith("Басқарманың")))] == \
        frozenset()
    assert needs[texts.index(next(t for t in texts if t.startswith("Келіссөздердің")))] == \
        frozenset()


def test_a_russian_cut_does_not_end_on_a_gerund_of_saying_before_what_was_said() -> None:
    """Round 77's pairwise check of ru 607: «…через рабочий компьютер сотрудника
    компании-подрядчика и пообещав…» (the cut kept it for the headline's «подрядчика») ended
    on the promise without what was promised."""
    sentence = ("Сведения о 48 тыс. пассажиров омского перевозчика «Иртыш-Авиа» около недели "
                "были доступны в открытом доступе, признал в пятницу генеральный директор "
                "компании Игорь Савельев, 47-летний бывший пилот, возглавивший перевозчика в "
                "2020 г., уточнив на брифинге, что файл попал в сеть через рабочий компьютер "
                "сотрудника компании-подрядчика, которая с 2019 г. обслуживала сайт "
                "перевозчика, и пообещав, что ни один пассажир не пострадает и что все "
                "получат бесплатную проверку кредитной истории.")
    topic = content_words("Данные 48 тыс. пассажиров «Иртыш-Авиа» утекли через подрядчика",
                          "ru")
    for limit in range(40, 62):
        cut = shorten(sentence, limit, "ru", topic)
        assert cut is not None and not cut.text.rstrip("…").endswith("пообещав"), (limit, cut)


def test_a_change_by_a_share_told_before_needs_a_unit_that_told_the_share() -> None:
    """Round 77, en 611 (long 4 and 3: '"the 9.5 percent cut" not introduced'): "…reverse about
    6 percentage points of the 9.5 percent cut" closed a long summary that never told of it."""
    from summarizer.units import institution_mentions

    units = _units("Pension ruling\n\nA judge ordered six former trustees to repay C$187 "
                   "million.\n\nIn 2020 the plan cut benefits by 9.5 percent.\n\nThe board said a "
                   "full recovery would reverse most of the 9.5 percent cut.", "en")
    assert institution_mentions(units, "en")[-1] == frozenset({1})


@pytest.mark.parametrize(("language", "speech"), [
    ("kk", "– Депозит нарығында бәсеке күшті. Келесі айда тағы бірнеше банк мөлшерлемені "
           "көтерсе, таңғалмаймын, – дейді ол."),
    ("ru", "— Конкуренция за вклады растёт. Если через месяц ставки поднимут ещё несколько "
           "банков, я не удивлюсь, — говорит она."),
])
def test_speech_of_several_sentences_that_names_its_speaker_by_a_pronoun_leans_back(
        language: str, speech: str) -> None:
    """Round 78, kk 622 (long 2 by both judges: 'expert quote unattributed'): speech opened by a
    dash names its speaker at its end, «– дейді ол.»; the unit leans on the one that names the
    analyst, and no summary takes its last sentences past its first as if that were a link."""
    from summarizer.units import after_link

    intro = "Сарапшы Әсел Мұқанова басқа банктер де осы жолға түседі деп есептейді." \
        if language == "kk" else "Аналитик Ольга Смирнова считает, что другие банки последуют."
    units = _units(f"{intro}\n\n{speech}", language)
    assert len(units) == 2 and units[1].depends_on == 0
    assert after_link(units[1], language) is None


def test_friday_in_the_locative_dates_a_kazakh_report() -> None:
    from summarizer.units import is_news_report

    """Round 78, kk 622: «…АҚ өткен жұмада … көтеретінін жариялады» reports a dated event."""
    assert is_news_report("Банк өткен жұмада мөлшерлемені көтеретінін жариялады.", "kk")
    assert not is_news_report("Банк жұмаққа баланды.", "kk")


def test_today_before_what_one_has_now_is_no_date() -> None:
    """Round 79, ru 634 (short 2 by both judges: 'only background, the factory is missing'):
    «Сегодня у нее 9 фирменных магазинов …» is "nowadays", and made the bakery's growth the
    news; «Сегодня суд вынес решение …» still dates a report."""
    from summarizer.units import is_news_report

    assert not is_news_report("Сегодня у нее 9 магазинов и 74 сотрудника.", "ru")
    assert not is_news_report("Сегодня это самая крупная пекарня области.", "ru")
    assert is_news_report("Сегодня суд вынес решение по делу.", "ru")


def test_a_kazakh_sentence_in_the_pluperfect_leans_on_the_one_before_it() -> None:
    """Round 79, kk 635 (short 3 by both judges: '«2018 жылы әйелдер … аз алған еді» hangs
    without «тең бөлінеді»'): what had been before goes with what is now."""
    units = _units("Жарыс 5 мамырда өтеді.\n\nБиыл жүлде қоры ерлер мен әйелдер арасында тең "
                   "бөлінеді. 2019 жылы әйелдер арасындағы жеңімпаз 300 мың теңгеге аз алған еді."
                   "\n\n2019 жылы жарысқа 4 мың адам қатысқан еді.", "kk")
    assert [unit.depends_on for unit in units] == [None, None, 1, None]


def test_a_kazakh_cut_ends_on_a_main_verb_a_comma_closes_rather_than_splicing() -> None:
    """Round 79, kk 637 (short 4 by both judges: 'a visible splice «сайлады… Алматыдан» needs
    a word'): the sentence up to «…сайлады», a new clause of "he" after its comma, is a whole
    sentence."""
    elected = ("Қостанайдағы аграрлық университеттің директорлар кеңесі сейсенбі күні жасырын "
               "дауыс беру арқылы екі турмен өткен сайлаудың қорытындысы бойынша жоғары оқу "
               "орнының жаңа ректоры етіп биология ғылымдарының докторы, профессор, соңғы бес "
               "жыл бойы ғылыми жұмыс жөніндегі проректор болған 49 жастағы Арман Бекұлы "
               "Сейітовті сайлады, ол университетті 12 жыл басқарған академиктің орнын басады "
               "және екінші турда кеңестің бес мүшесінің қолдауына ие болып, Астанадан келген "
               "экономист, 44 жастағы Гүлнар Әлиеваны басым дауыспен озып шықты.")
    cut = _cut(elected, 60, "kk")
    assert cut.endswith("Сейітовті сайлады.") and "…" not in cut, cut


def test_a_russian_cut_does_not_end_on_the_stub_a_dash_opened() -> None:
    """Round 79, ru 631 (short 3 by both judges: 'the shortened lead ends on the stub "—
    решение…"'): a cut a word after a dash ends before the dash; one that ends on a count the
    dash gave («— 412 аппаратов») is whole (judged ru 259)."""
    fired = ("Ирина Вольская, 58-летний директор Тамбовского музея народного искусства, "
             "заслуженный работник культуры и автор программы реставрации старинных икон, "
             "руководившая музеем почти 15 лет, во вторник была уволена приказом областного "
             "министра культуры, сославшегося на итоги проверки, в ходе которой в фондах не "
             "удалось найти 38 предметов, в том числе два самовара конца XIX в., — решение, "
             "которое сотрудники музея уже назвали расправой за её возражения против переезда.")
    for limit in (34, 37, 40, 45):
        cut = _cut(fired, limit, "ru")
        assert "— решение…" not in cut, cut
    gift = ("Бывший инженер-связист Павел Игоревич Ланге, 81-летний уроженец Вологды, в пятницу "
            "безвозмездно передал областному музею истории связи всю свою коллекцию — 300 "
            "аппаратов, выпущенных с 1890-х по 1990-е гг. в России, Германии, США и еще семи "
            "странах, а также около 2 тыс. инструкций и рекламных буклетов.")
    assert _cut(gift, 30, "ru").endswith("всю свою коллекцию — 300 аппаратов.")


@pytest.mark.parametrize(("language", "sentence"), [
    ("ru", "Прежний рекорд — 487 участников — был установлен в 2023 г."),
    ("ru", "В нём сыграли 612 юношей и девушек из 34 регионов."),
    ("ru", "У них нет денег на ремонт."),
    ("en", "The previous record, 487 players, was set in 2023."),
    ("kk", "Бұрынғы рекорд 2023 жылы орнатылған еді."),
    # round 79, en 631 and en 627: "also" as someone told before did
    ("en", "Several long-time donors also criticized the board."),
    ("en", "Residents of two villages also complained that buses will end at the interchange."),
    # round 79, en 630: the outcome of the ignition the summary left out
    ("en", 'The review said the outcome was "a matter of luck rather than design".'),
    # round 79's pairwise check of en 627: before the stage told before
    ("en", "Before then, the car park at the terminus is due to open fully in January."),
])
def test_sentences_that_point_at_a_record_a_thing_or_an_act_told_before(
        language: str, sentence: str) -> None:
    """Round 79, ru 629 (long 3 by both judges: '«Прежний рекорд — 487 участников» comes without
    the new figure'), and «В нём сыграли 612 …» without the championship it was in."""
    from summarizer.units import leans_on_previous

    assert leans_on_previous(sentence, language)
    assert not leans_on_previous("Вновь открытый музей принял 400 гостей.", "ru")
    assert not leans_on_previous("New vines need four years to crop, and many farms will have "
                                 "almost no income until then.", "en")


@pytest.mark.parametrize(("language", "sentence"), [
    ("kk", "– Ең ауыры – адамдарды дәрігерсіз қалдырып бара жатқаным."),
    ("ru", "— Самое тяжёлое — оставить людей без врача."),
    ("kk", "Ауылдағылар сол жылдардағы бір түнді әлі күнге дейін есіне алады."),
])
def test_speech_with_no_speaker_and_those_years_lean_on_what_came_before(
        language: str, sentence: str) -> None:
    """Round 79, kk 628 (short 3 by both judges: 'the dash quote "– Ең ауыры …" has no
    attribution'; long: 'the teaser «Ауылдағылар сол жылдардағы бір түнді …» is never
    followed')."""
    from summarizer.units import leans_on_previous

    assert leans_on_previous(sentence, language)
    assert not leans_on_previous("– Ең ауыры – адамдарды қалдыру, – деді дәрігер.", "kk")


def test_an_order_suspending_a_decision_tells_a_reversal() -> None:
    """Round 79, en 632 (short 4 and long 3 by both judges: 'the suspension order is
    missing'): "…issued an order suspending the revocation while the appeal is heard"."""
    from summarizer.units import tells_reversal

    assert tells_reversal("The ministry issued an order suspending the revocation while the "
                          "appeal is heard.", "en")


def test_a_russian_cut_before_a_semicolon_clause_ends_with_a_stop() -> None:
    """Round 79, ru 637 (short 4 by both judges: 'trailing "…" replaces the end of the sentence
    and needs a full stop'): the clause after «;» is a sentence of its own, and the main verb
    «был избран» came before it."""
    elected = ("Профессор кафедры органической химии Ирина Белова, 49-летний доктор химических "
               "наук, выпускница этого же вуза 1996 г., в четверг была избрана ректором "
               "Северного государственного университета, получив на конференции "
               "научно-педагогических работников и обучающихся 201 голос из 320 и опередив как "
               "исполняющего обязанности ректора, 61-летнего Павла Корнеева, за которого "
               "проголосовали 88 делегатов, так и 44-летнего декана экономического факультета "
               "Олега Смирнова, набравшего 27 голосов; еще четыре бюллетеня были признаны "
               "недействительными.")
    cut = _cut(elected, 64, "ru")
    assert cut.endswith("набравшего 27 голосов."), cut


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "Озеро мелеет\n\nУровень воды в озере упал на 1,9 м.\n\nДля Шелковки, где живут около "
           "1 900 человек, озеро — не только пейзаж. Уловы сократились со 180 т до 35 т.\n\n"
           "Власти обещают проверку."),
    ("en", "Lake shrinks\n\nThe lake has dropped six feet.\n\nFor the 1,900 people of Pine Point, "
           "the lake is more than scenery. Catches fell from 180 tons to 35.\n\n"
           "The state will investigate."),
    ("kk", "Көл тартылды\n\nКөлдің деңгейі 1,8 метрге түсті.\n\nШамамен 2 мың адам тұратын "
           "Көктеңіз ауылы үшін көл тек табиғат көрінісі емес. Балық аулау 380 тоннадан 70 "
           "тоннаға дейін азайды.\n\n"
           "Министрлік тексеріс бастайды."),
    # round 85, ru 708: «Зимник через Лену — это не просто полоса на замёрзшей реке.»
    ("ru", "Переправа открылась\n\nПереправу через реку открыли в среду.\n\nЗимник через "
           "Обь — это не просто полоса на замёрзшей реке. Трассу проложили там, где лёд ровнее."
           "\n\nПаром вернётся в мае."),
])
def test_a_teaser_that_opens_its_paragraph_goes_with_the_sentence_after_it(
        language: str, text: str) -> None:
    """Round 79, ru 636 (long 3 by both judges: '«Для Шелковки… озеро — не только пейзаж»
    dangles (fish and tourism losses omitted)'): a paragraph that opens on "… is more than
    …" tells what it means in the next sentence; the two are one unit."""
    units = _units(text, language)
    assert [len(unit.sentences) for unit in units] == [1, 2, 1], [u.text for u in units]


def test_a_teaser_that_tells_both_halves_stands_alone() -> None:
    units = _units("Озеро мелеет\n\nУровень воды упал на 1,9 м.\n\nДля села озеро — не только "
                   "пейзаж, но и работа. Уловы сократились вдвое.\n\nВласти обещают проверку.",
                   "ru")
    assert [len(unit.sentences) for unit in units] == [1, 1, 1, 1], [u.text for u in units]


@pytest.mark.parametrize(("language", "sentence", "refers"), [
    # the cause of a rise told as known (round 79, kk 627: long 4 and 3, '«шығынның өсуіне …
    # себеп болған» dangles, the 900 mln overrun sentence is dropped')
    ("kk", "Қала әкімдігінің мәліметінше, шығынның өсуіне 2018 ж. рельс бағасының қымбаттауы "
           "себеп болған.", True),
    ("kk", "Биыл ет бағасының өсуі 12 %-ға жетті.", False),  # the rise itself, told now
    ("ru", "Причиной удорожания стали рельсы и перенос коммуникаций.", True),
    ("ru", "Удорожание проекта на 900 млн руб. объясняется ценами на рельсы.", False),
    ("en", "The overrun was blamed on the price of rails and on moving cables.", True),
    ("en", "Costs rose by $9 million, the council said.", False),
    # a quotation from a statement told before (round 80, kk 642: long 2, '"– делінген
    # хабарламада" quotes a statement never introduced')
    ("kk", "«Кәсіпорын заңнаманы сақтайды», – делінген хабарламада.", True),
    ("ru", "«Завод соблюдает закон», — говорится в сообщении.", True),
    ("en", "\"The plant complies with the law,\" the statement said.", True),
    # the words of an unnamed specialist (round 80, kk 646: long 2, '"Маманның айтуынша"
    # (which specialist?)')
    ("kk", "Маманның айтуынша, қалаға көшкен егде адамдардың бейімделуі де оңай емес.", True),
    ("ru", "По словам специалиста, адаптация идёт трудно.", True),
    ("ru", "По словам специалиста Ивана Петрова, адаптация идёт трудно.", False),
])
def test_what_a_sentence_takes_as_told_before_refers_back(language: str, sentence: str,
                                                          refers: bool) -> None:
    from summarizer.units import leans_on_previous

    assert leans_on_previous(sentence, language) is refers


def test_a_relative_clause_and_the_participial_asides_after_it_go_together() -> None:
    """Round 80, ru 649 (short 1 by both judges: 'the lead is cut off with "…" before its verb
    ("заключен под стражу")'): the relative clause could not go alone with a participle after
    it, so the cut ended before the main verb. Not when the rest points into what would go."""
    sentence = ("Президент клуба «Прибой» из Новороссийска, 54-летний предприниматель Виктор "
                "Захарченко, который с 2011 г. руководит командой и одновременно владеет "
                "транспортной компанией «Порт-Логистик», задержанный в среду сотрудниками ФСБ по "
                "подозрению в хищении более 86 млн руб., выделенных из краевого бюджета на "
                "содержание клуба и реконструкцию стадиона «Черноморский», в четверг по решению "
                "суда заключен под стражу на два месяца, несмотря на просьбу защиты ограничиться "
                "домашним арестом.")
    cut = shorten(sentence, 40, "ru")
    assert cut is not None and "заключен под стражу" in cut.text and "…" not in cut.text, cut
    pointing = ("Томский консорциум «Сибмедсплав», объединяющий инженеров и травматологов, "
                "которые почти восемь лет разрабатывали винты из сплава магния, способные "
                "раствориться в организме через 12–18 месяцев после операции, получил разрешение "
                "на испытания и в понедельник провел первую операцию, установив такие винты "
                "43-летнему мужчине с переломом лодыжки.")
    cut = shorten(pointing, 40, "ru")
    assert cut is None or "такие винты" not in cut.text or "разрабатывали" in cut.text, cut


@pytest.mark.parametrize(("language", "sentence", "turn"), [
    ("ru", "Эта зимовка для Ооржаков последняя.", True),
    ("ru", "Этот сезон был для клуба последним в высшей лиге, сообщил тренер.", False),
    ("en", "This season will be his last.", True),
    ("en", "This season was the last of the old stadium's 90 years, the club said.", False),
    ("kk", "Бірақ биылғы маусым – Омаровтың соңғы маусымы.", True),
])
def test_this_time_the_last_is_a_turn(language: str, sentence: str, turn: bool) -> None:
    """Round 80, ru 646 (short and long 1 by both judges: 'the Oorzhaks' leaving is never
    stated'): «Эта зимовка для Ооржаков последняя.» turns a feature to its news."""
    from summarizer.units import is_turn

    assert is_turn(sentence, language, words=12) is turn


def test_after_this_as_an_adverb_in_a_later_clause_points_inside_the_sentence() -> None:
    """Round 80, ru 640: «…откроется новый мост через Ветлугу, и администрация района решила
    после этого переправу закрыть.» was taken to lean on the sentence before ("this ferry"),
    so the news could not lead; «после этого срока» still points back."""
    from summarizer.units import refers_back_inside

    assert not refers_back_inside("В конце октября откроется новый мост, и администрация "
                                  "решила после этого переправу закрыть.", "ru")
    assert refers_back_inside("Пассажиры, которые откроют приложение после этого срока, "
                              "увидят сообщение.", "ru")


@pytest.mark.parametrize(("language", "text", "dated"), [
    ("ru", "В конце октября ниже по течению откроется новый мост через Ветлугу.", True),
    ("ru", "На льду в начале марта так тихо, что слышно, как трещат торосы.", False),
    ("en", "In late October a new bridge will open four kilometres downstream.", True),
    ("en", "On a grey morning in late February, Martin walked the rows of vines.", False),
])
def test_a_part_of_a_month_dates_a_plan_but_not_a_scene(language: str, text: str,
                                                          dated: bool) -> None:
    """Round 80, ru 640 (short 2: 'no reason for the closure (the bridge)'): the plan «в конце
    октября … откроется новый мост» read as undated, so a detail took the lead."""
    from summarizer.units import is_news_report

    assert is_news_report(text, language) is dated


def test_a_first_name_and_patronymic_in_another_case_needs_the_full_name() -> None:
    """Round 80, ru 640: «Отец Геннадия Фомича, Фома Игнатьевич, работал …» closed the long
    summary without «Геннадий Фомич Шабалин»."""
    units = _units("Паром закрывают\n\nГеннадий Фомич Шабалин заводит дизель.\n\nПереправу "
                   "закроют осенью.\n\nОтец Геннадия Фомича, Фома Игнатьевич, работал на пароме "
                   "до 1978 г.", "ru")
    assert name_introductions(units)[2] == frozenset({0})


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Dam repair\n\nThe utility will spend $148 million on the dam.\n\nThe work will be "
           "done by a consortium. It has four main parts.\n\nCrews will first drill 1,400 holes "
           "and fill them with grout.\n\nA buttress will then be built against the wall."),
    ("ru", "Ремонт плотины\n\nПлотину отремонтируют за 2,1 млрд руб.\n\nПроект ремонта, "
           "утвержденный в феврале 2014 г., включает три основных этапа. Главный из них — стена "
           "в грунте по оси плотины.\n\nРаботы "
           "завершат в 2016 г."),
])
def test_a_sentence_announcing_the_parts_of_a_work_goes_with_the_first_part(
        language: str, text: str) -> None:
    """Round 80, en 648 and ru 648 (long 2: '"It has four main parts." dangles', '«включает три
    основных этапа» is a teaser never paid off')."""
    units = _units(text, language)
    announcing = next(unit for unit in units if "four main parts" in unit.text or
                      "три основных этапа" in unit.text)
    assert len(announcing.sentences) == 2, [unit.text for unit in units]


def test_a_kazakh_role_keeps_its_name_when_who_the_person_is_goes() -> None:
    """Round 80, kk 649 (short 3 by both judges: 'opens with "…Бұрын" and drops the club and his
    role'): the aside between the role and the name goes, up to the age and the trade; not one
    with a name in it (a list of people, judged kk 619)."""
    sentence = ("Семейдің «Көкжал» футбол клубының 2014 жылдан бергі президенті, бұрын қалалық "
                "мәслихаттың екі шақырылымында депутат болған және өңірдегі ірі құрылыс "
                "компанияларының бірінің негізін қалаушы ретінде танымал 52 жастағы кәсіпкер "
                "Мұрат Әбдікәрімов клубқа облыстық бюджеттен бөлінген субсидияның 412 млн "
                "теңгесін жалған трансфер келісімшарттары арқылы жымқырды деген күдікпен "
                "сейсенбі күні таңертең өз үйінде ұсталды.")
    cut = shorten(sentence, 40, "kk")
    assert cut is not None and cut.text.startswith("Семейдің «Көкжал» футбол клубының 2014 "
                                                   "жылдан бергі президенті Мұрат Әбдікәрімов"), cut
    assert cut.text.endswith("ұсталды."), cut


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "The approval did not stay uncontested for long."),
    ("en", "Within days the deal hit a new snag."),
    ("ru", "Ответ на этот вопрос пришёл быстрее, чем кто-либо ожидал."),
    ("kk", "Алайда шешім жарияланғаннан кейін көп ұзамай мәміле жаңа кедергіге тап болды."),
])
def test_a_challenge_or_a_new_obstacle_is_a_turn(language: str, sentence: str) -> None:
    """Round 80, the x44 articles (short 3 and 4: 'the court challenge, the lawsuit and the
    collapse are missing'): each opened the paragraph of the second development."""
    from summarizer.units import is_short_turn

    assert is_short_turn(sentence, language)


def test_a_turn_told_as_sooner_than_expected_goes_with_its_report() -> None:
    """Round 80, ru 644: the court's ban came after «Ответ на этот вопрос пришёл быстрее, чем
    кто-либо ожидал.» in its paragraph, and neither reached a summary."""
    units = _units("Слияние пекарен\n\nСети подписали соглашение об объединении.\n\nОтвет на "
                   "этот вопрос пришёл быстрее, чем кто-либо ожидал. В четверг, 7 сентября, "
                   "арбитражный суд запретил регистрировать изменения.\n\nСделка остановлена.",
                   "ru")
    assert len(units[1].sentences) == 2, [unit.text for unit in units]


def test_a_quoted_word_is_named_not_the_main_verb() -> None:
    """Round 80's update to judged en 44: «"was/now" pricing» gave the main verb, and the cut
    left "In a second development on the same day over similar "was/now" pricing …"."""
    sentence = ("In a second development on the same day, the ACCC announced it had opened a "
                "formal investigation into the country's third-largest chain, Koala Grocers, "
                "over similar \"was/now\" pricing on about 180 products.")
    cut = shorten(sentence, 30, "en")
    assert cut is not None and "the ACCC announced" in cut.text, cut


def test_a_title_before_a_surname_alone_needs_the_full_name() -> None:
    """Round 80, ru 650 (long 4 by both judges: '«Депутат Зубков» appears without first name
    or party'): «Депутат Зубков» was read as a full name."""
    units = _units("Парковки в Самаре\n\nДума одобрила платные парковки.\n\nДепутат от КПРФ Олег "
                   "Зубков назвал срок нереальным.\n\nМэрия перенесла запуск.\n\nДепутат Зубков "
                   "назвал перенос победой.", "ru")
    assert name_introductions(units)[3] == frozenset({1})


@pytest.mark.parametrize(("language", "text", "needs"), [
    ("en", "Theatre director quits\n\nThe director resigned on Monday.\n\nBy Monday afternoon, an "
           "open letter backing her had been signed by 64 actors.\n\nHer deputy will step in.\n\n"
           "The board said it would meet the signatories of the open letter next week.",
     {3: {1}}),
    ("ru", "Парковки в Самаре\n\nДума одобрила платные парковки.\n\nНеделей ранее на сайте была "
           "опубликована петиция против платных парковок.\n\nМэрия перенесла запуск.\n\nАвтор "
           "петиции заявила, что сбор подписей продолжится.", {3: {1}}),
])
def test_an_open_letter_or_a_petition_taken_as_known_needs_the_unit_that_told_it(
        language: str, text: str, needs: dict[int, set[int]]) -> None:
    """Round 80, en 643 (long 3: '"the signatories of the open letter" dangles') and ru 650
    (long 4: '«автор петиции» without any earlier petition')."""
    from summarizer.units import event_introductions

    found = {k: set(v) for k, v in enumerate(event_introductions(_units(text, language),
                                                                 language)) if v}
    assert found == needs


@pytest.mark.parametrize(("language", "text", "needs"), [
    ("kk", "Көпір туралы дау\n\nКомиссия мердігерді кінәлі деп тапты.\n\n15 қаңтарда әкімдік пен "
           "мердігер меморандумға қол қойған болатын.\n\nКөпір жабық тұр.\n\nБейсенбі күні "
           "мердігер компанияның меморандумнан бас тартатынын мәлімдеді.", {3: {1}}),
    ("ru", "Спор о мосте\n\nКомиссия признала подрядчика виновным.\n\nВ январе мэрия и "
           "подрядчик подписали меморандум о восстановлении моста.\n\nМост закрыт.\n\nВ "
           "четверг подрядчик заявил, что выходит из меморандума.", {3: {1}}),
    ("en", "Bridge row\n\nThe inquiry blamed the contractor.\n\nIn January the city and the "
           "contractor signed a memorandum on rebuilding the bridge.\n\nThe bridge is closed."
           "\n\nOn Thursday the contractor said it was pulling out of the memorandum.",
     {3: {1}}),
])
def test_a_memorandum_taken_as_known_needs_the_unit_that_told_it_was_signed(
        language: str, text: str, needs: dict[int, set[int]]) -> None:
    """Round 84, kk 692 (short 3 and 3: «меморандумнан» refers to a memorandum the summary
    never introduced): the contractor walking out of it was told without the signing."""
    from summarizer.units import event_introductions

    found = {k: set(v) for k, v in enumerate(event_introductions(_units(text, language),
                                                                 language)) if v}
    assert found == needs


def test_a_quotation_of_more_sentences_than_the_limit_keeps_the_one_that_closes_it() -> None:
    """Round 81's check, en 652: a quotation of five sentences was cut before its last, which
    closed the long summary alone ('I will write 2021 under them, and then we will see."')."""
    text = ("Beekeepers lose their honey\n\nThe spring was cold. Most hives are empty.\n\n"
            "\"My grandfather had bad years too,\" he says. \"He wrote them in a notebook. 1956, "
            "no honey. 1962, no honey. I will write 2021 under them, and then we will see.\"\n\n"
            "The ministry will pay for feed.")
    units = _units(text, "en")
    quoted = next(unit for unit in units if unit.text.startswith("\"My grandfather"))
    assert quoted.text.endswith("then we will see.\""), quoted.text
    assert not quote_balance(quoted.text)
    # (a dash opening dialogue is no quotation to close: the limit holds there)
    lines = "\n".join(f"– Бірінші {n} сөйлем." for n in range(6))
    assert max(len(u.sentences) for u in _units(f"Тақырып\n\n{lines}", "kk")) <= 4


def test_himself_before_a_surname_is_no_first_name() -> None:
    """Round 80's ru 640: «Сам Шабалин говорит, …» was read as a full name, so the long summary
    took it with the unit that introduces him left out."""
    text = ("Последняя навигация\n\nГеннадий Фомич Шабалин работает паромщиком с 1979 г. Этот "
            "сезон для него последний.\n\nНовый мост откроют в октябре.\n\nСам Шабалин говорит, "
            "что займётся огородом.")
    units = _units(text, "ru")
    needs = name_introductions(units)
    himself = next(i for i, unit in enumerate(units) if unit.text.startswith("Сам Шабалин"))
    assert needs[himself] == frozenset({0}), needs


@pytest.mark.parametrize(("language", "text", "label", "meaning"), [
    # judged kk 252: the announcement alone in its paragraph, the first part's label opening
    # the next
    ("kk", "Жоба туралы\n\nМинистрлік жаңа жобаны ұсынды. Ол үш өңірде сыналады.\n\n"
           "Ұсынылып отырған өзгерістің негізгі үш бағыты бар.\n\nБіріншісі – адвокаттарды "
           "тағайындаудың жаңа тәртібі. Тергеуші немесе сот өтінімді электронды жүйеге жібереді, "
           "ал жүйе адвокатты кездейсоқ таңдайды.\n\nЕкіншісі – төлем тәртібі. Сағаттық ақының "
           "орнына тіркелген сома енгізіледі.",
     "Біріншісі", "Тергеуші немесе сот"),
    # round 81, kk 654: all three in one paragraph
    ("kk", "Метро кешікті\n\nМетро құрылысы тағы кешікті. Мерзім 2029 жылға шегерілді.\n\n"
           "Есепте кешігудің үш негізгі себебі аталған. Біріншісі – геология. Жер қойнауы тасты "
           "шөгінділерден тұрады, сондықтан қазу баяулады.\n\nЕкіншісі – жабдық. Кешен кеш "
           "жеткізілді.",
     "Біріншісі", "Жер қойнауы"),
])
def test_a_first_parts_short_label_goes_with_the_sentence_that_tells_it(
        language: str, text: str, label: str, meaning: str) -> None:
    units = _units(text, language)
    with_label = next(unit for unit in units if label in unit.text)
    assert meaning in with_label.text, [unit.text for unit in units]


def test_a_later_part_told_as_a_label_needs_the_first() -> None:
    """Round 81, en 659 (long 2 and 3: '"The second is an increase…" refers to a first measure
    that was never given')."""
    text = ("County approves road plan\n\nThe county voted on Wednesday to spend $48.6 million on "
            "roads. It is the largest plan in two decades.\n\nThe rest depends on two measures. "
            "The first is a $9.8 million bond. Finance director Alan Brewer said the rate was "
            "low.\n\nThe second is an increase in the registration surcharge from $5 to $10 a "
            "year. It would raise $4.2 million.\n\nWork starts in April.")
    units = _units(text, "en")
    second = next(unit for unit in units if unit.text.startswith("The second is"))
    first = next(unit for unit in units if "The first is" in unit.text)
    assert second.depends_on == first.index, [(u.text, u.depends_on) for u in units]


@pytest.mark.parametrize(("language", "text", "label"), [
    # round 209, ru 2190: «Вторая причина — …», whose long summary took it alone
    ("ru", "Улов омуля упал\n\nУлов омуля за десять лет упал втрое, сообщили в понедельник "
     "ученые.\n\nУченые называют две причины. Первая — потепление воды.\n\nВторая причина — "
     "многолетний перелов, который продолжался до запрета.\n\nЗапрет продлят до 2028 г.",
     "Вторая причина —"),
    # round 209, kk 2194: «Үшіншісі – жол.», likewise
    ("kk", "Бал экспорты\n\nКооператив дүйсенбі күні Германияға 12 тонна бал жөнелтті.\n\n"
     "Кооператив үш қиындыққа тап болды. Біріншісі – сертификат.\n\nЕкіншісі – баға.\n\n"
     "Үшіншісі – жол. Тау жолы 400 шақырымға созылады.\n\nКелесі жүк көктемде жіберіледі.",
     "Үшіншісі –"),
])
def test_a_later_reason_told_as_a_label_needs_what_came_before(
        language: str, text: str, label: str) -> None:
    """A later reason or part named by its rank leans on the ones before it."""
    units = _units(text, language)
    later = next(unit for unit in units if unit.text.startswith(label))
    assert later.depends_on is not None, [(u.text, u.depends_on) for u in units]


@pytest.mark.parametrize(("sentence", "kept", "lost"), [
    # round 81, kk 655 (short 1 and 1: 'a fragment that starts mid-sentence ("46 жастағы Динара
    # Құлжанованы..."), with no court'): the people sentenced are what the verb acts on
    ("Қарағанды облыстық соты сәрсенбі күні Ауыл шаруашылығы министрлігінің сатып алуға "
     "жауапты департаментінің бұрынғы директоры, 52 жастағы Ерлан Сапаровты, оның орынбасары "
     "болған 46 жастағы Динара Құлжанованы және тергеу барысында кінәсін мойындаған «Жасыл Вет» "
     "ЖШС-ның иесі, 39 жастағы кәсіпкер Руслан Тихоновты 2016-2017 жылдары өткізілген үш "
     "мемлекеттік тендердің техникалық шарттарын алдын ала келісілген жеткізушіге ыңғайлап жазу "
     "арқылы бюджетке 2,3 млрд теңге залал келтіргені үшін кінәлі деп танып, оларды тиісінше "
     "жеті, бес және алты жылға бас бостандығынан айырды.",
     "Қарағанды облыстық соты", "…46 жастағы"),
    # kk 661 (short 1 and 1: 'starts with "…" in the middle of the lead sentence, so there is no
    # subject'): a film "named" so is what the prize went to
    ("«Көкжиек» VIII халықаралық кинофестивалінің қазылар алқасы, оны биыл басқарған 61 жастағы "
     "грузин режиссері Леван Чихладзе бастаған жеті адамдық құрам, сенбі күні кешке Алматыдағы "
     "«Қазына» киноорталығында өткен жабылу салтанатында бас жүлдені 34 жастағы қазақстандық "
     "режиссер Дана Ермекованың Арал өңіріндегі балықшылар әулетінің тағдырын баяндайтын, бұған "
     "дейін бірде-бір халықаралық байқауда көрсетілмеген «Тұзды жел» атты тұңғыш толықметражды "
     "фильміне беріп, фестиваль фавориті саналған ирандық картинаны тек үздік сценарий "
     "номинациясымен шектеу арқылы көрермендер мен сыншылар арасында қызу талас тудырды.",
     "қазылар алқасы", "…«Тұзды жел»"),
])
def test_a_kazakh_cut_never_opens_on_what_the_verb_acts_on(sentence: str, kept: str,
                                                           lost: str) -> None:
    cut = shorten(sentence, 60, "kk")
    assert cut is not None and kept in cut.text and not cut.text.startswith(lost), cut


def test_a_kazakh_cut_keeps_the_judge_named_with_the_date() -> None:
    # round 102, kk 907 (short opened on «…Қаратал өзенінің суын …», from the name of the
    # company the court ordered to pay): who acted and when opens the sentence
    sentence = (
        "Ақмола облысы Бурабай аудандық сотының судьясы Ержан Тұрсынов 14 наурызда, үш айға "
        "созылған сегіз сот отырысынан кейін, Қатарқөл ауылының 90 отбасы атынан талап-арыз "
        "берген 61 жастағы мұғалім Сәуле Мұқанованың талабын ішінара қанағаттандырып, көлге "
        "құятын бұлақтың арнасын бөгеп, 2021 жылдың жазында ауылдың ауыз суын тартылып кетуге "
        "әкеп соққан «Көкше Демалыс» қонақ үй кешенінің иесі – Астанада тіркелген «Бурабай "
        "Курорт Девелопмент» ЖШС-ын ауыл тұрғындарына жалпы сомасы 95 млн теңге өтемақы "
        "төлеуге, сондай-ақ бұлақтың арнасын бір ай ішінде қалпына келтіруге міндеттеді.")
    topic = content_words("Бурабайдағы қонақ үй иесі бұлақ арнасын бөгегені үшін ауыл "
                          "тұрғындарына 95 миллион теңге өтемақы төлейді", "kk")
    cut = shorten(sentence, 60, "kk", topic)
    assert cut is not None and cut.text.startswith("Ақмола облысы Бурабай"), cut
    assert "«Бурабай Курорт Девелопмент»" in cut.text, cut


def test_a_kazakh_cut_keeps_the_court_and_who_it_found_guilty() -> None:
    # round 104, kk 931 (short a point below lead: the lead cut to «…Препараттардың құнын …»,
    # no court, no one sentenced): a span between two dashes that joins the defendant to his
    # partners is no aside, a name in "-ті" is no past tense, and a fund named in "-нан" is no
    # subject
    sentence = (
        "Павлодар қалалық сотының судьясы Мәди Серікбаев сәрсенбі, 4 қазанда, қаладағы ірі "
        "құрылыс компанияларының бірі – 120 қызметкері бар «Ертіс Құрылыс Сервис» ЖШС-ның "
        "директоры, 52 жастағы Талғат Омаровты, сондай-ақ оның екі орынбасарын – 44 жастағы "
        "Серік Жанатов пен 39 жастағы Аян Бекенов – 2020–2022 жылдары мектептерді жөндеу "
        "бағдарламасы аясында іс жүзінде атқарылмаған жұмыстардың ақысын Жергілікті даму "
        "қорынан алып, бюджетке 860 млн теңге залал келтірген деп танып, ерекше ірі көлемде "
        "алаяқтық жасағаны үшін кінәлі деп тапты.")
    cut = shorten(sentence, 60, "kk")
    assert cut is not None, cut
    assert cut.text.startswith("Павлодар қалалық сотының") and "Талғат Омаровты" in cut.text, cut
    assert cut.text.endswith("кінәлі деп тапты."), cut


def test_a_kazakh_cut_drops_whom_a_group_includes_and_keeps_the_verb() -> None:
    # round 181's check, kk 1855: the short summary's lead was cut to end on «…келуші мен
    # қызметкерді.», an object with no verb; ", олардың ішінде …," and "…қарамастан," are
    # asides, and an object before "as well as" and more objects ends no clause
    sentence = (
        "Қарағандының орталығындағы «Сарыарқа Молл» сауда орталығының жертөлесінен газ иісі "
        "шыққаны туралы хабардан кейін, бейсенбі күні таңертең құтқарушылар сауда орталығындағы "
        "900-ге жуық келуші мен қызметкерді, сондай-ақ көршілес екі көппәтерлі үйдің 310 "
        "тұрғынын, олардың ішінде 91 жастағы соғыс ардагері мен үш айлық нәрестені, аяз минус "
        "25 градусқа жеткеніне қарамастан, шұғыл түрде көшіріп, маңайдағы көшелерді қоршауға "
        "алды, деп хабарлады облыстық төтенше жағдайлар департаментінің баспасөз хатшысы, "
        "азаматтық қорғау подполковнигі Нұрлан Смағұлов.")
    cut = shorten(sentence, 60, "kk")
    assert cut is not None and "шұғыл түрде көшіріп" in cut.text, cut
    assert "ардагері" not in cut.text and not cut.text.endswith("қызметкерді."), cut


@pytest.mark.parametrize(("sentence", "never"), [
    # judged kk 1579: the comma after a role closes no aside, the name runs on to the verb
    ("Ауданның 30-дан астам балықшысы, оның ішінде «Зайсан Балық» ЖШС директоры, аудандық "
     "мәслихат депутаты Ерлан Тұрсынов сейсенбі күні әкімдік ғимараты алдына жиналып, балық "
     "аулау квотасын қысқарту туралы бұйрықты қайта қарауды талап етті.", "балықшысы аудандық"),
    # judged kk 1027: the first of the items a clause of "there are" counts
    ("Музей директоры 23 жәдігердің Таразға жеткізілгенін мәлімдеп, олардың ішінде сақ "
     "дәуірінің алтын сырғалары, қола айна мен жебе ұштары бар екенін, ал олардың барлығы "
     "сараптамадан өткенін атап өтті.", "мәлімдеп қола"),
])
def test_a_kazakh_including_aside_is_not_half_a_list(sentence: str, never: str) -> None:
    cut = shorten(sentence, len(sentence.split()) - 3, "kk")
    assert cut is None or never not in cut.text, cut


@pytest.mark.parametrize(("language", "sentence", "kept", "never"), [
    # round 81, en 661 (short 2 and 2: 'the film is "called 'three long nights of honest
    # disagreement'"'): an -ing clause whose last words say who called it so
    ("en", "Nino Abashidze, a 34-year-old Georgian director presenting her first feature, won "
           "the Golden Lighthouse for best film at the 12th Adriatic Screen Festival on Saturday "
           "with \"The Water Keeps the Names\", a quiet, largely improvised drama about the last "
           "families leaving a mountain village in western Georgia before a new reservoir floods "
           "it, beating 13 other films in the main competition after what jury president Henrik "
           "Vestergaard, the 61-year-old Danish actor and director, called \"three long nights of "
           "honest disagreement\".",
     "a quiet, largely improvised drama", "floods it called"),
    # en 655 (short 3 and 3: 'the compression garbles it ("Asante, 56 and two businessmen")')
    ("en", "Emmanuel Kofi Asante, 56, a former director of procurement at Ghana's Ministry of "
           "Roads and Highways, and two businessmen, Kwabena Ofori-Mensah, 49, managing director "
           "of Accra-based Ofori Roadline Supplies Ltd, and his business partner Yaw Danquah, 52, "
           "were charged on Tuesday with conspiracy, causing financial loss to the state and "
           "rigging a public tender, the Office of the Special Prosecutor said.",
     "Asante, 56, and two businessmen", "56 and"),
    # ru 655 (short 3 and 2: 'the sentence is cut off mid-clause'): a short passive participle
    # is the main verb, so the cut after it is a whole sentence
    ("ru", "Бывший заместитель министра транспорта и автомобильных дорог Пермского края "
           "52-летний Андрей Волошин, "
           "курировавший в ведомстве закупки и цифровые проекты, и его давний знакомый, "
           "47-летний владелец екатеринбургской IT-компании «Трансинфосистема» Игорь Баринов "
           "задержаны в среду по подозрению в хищении 87 млн руб. при проведении тендера на "
           "создание системы фотовидеофиксации нарушений на региональных трассах, выигранного в "
           "2017 г. фирмой, которая, по версии следствия, была подконтрольна самому чиновнику и "
           "не имела ни опыта, ни сотрудников для выполнения контракта, сообщили в следственном "
           "управлении СК России по Пермскому краю.",
     "задержаны в среду по подозрению в хищении 87 млн руб.", "…"),
])
def test_a_lead_cut_keeps_its_phrases_and_punctuation_whole(language: str, sentence: str,
                                                             kept: str, never: str) -> None:
    cut = shorten(sentence, 60, language)
    assert cut is not None and kept in cut.text and never not in cut.text, cut


@pytest.mark.parametrize(("sentence", "kept", "never"), [
    # round 81, en 656: "agreed on Thursday to sell" is the main verb, not an aside's participle
    ("The owners of Sta. Rosa Sugar Central, a 90-year-old mill in Hinigaran, Negros Occidental, "
     "agreed on Thursday to sell it to Visayan Agri-Holdings Corp. for P2.8 billion, ending two "
     "years of uncertainty for its 640 workers and the roughly 3,100 sugarcane planters who "
     "supply it.", "for P2.8 billion.", "…"),
    # judged en 446: a second -ing clause after "and" keeps the first
    ("Tartu opened its first tram line on Saturday, sending nine low-floor trams along a "
     "6.8-kilometer route from the railway station through the city centre to the Raadi "
     "district, and carrying about 21,400 passengers on a first day when all rides were free, "
     "the city government said.", "Tartu opened its first tram line on Saturday",
     "Saturday and carrying"),
])
def test_a_lead_cut_to_make_room_ends_whole(sentence: str, kept: str, never: str) -> None:
    cut = shorten(sentence, 30, "en")
    assert cut is not None and kept in cut.text and never not in cut.text, cut


@pytest.mark.parametrize(("language", "text", "halt"), [
    # round 81, en 656, ru 656 and kk 656: a court halting a sale is the story's turn
    ("en", "Late on Thursday, a regional court issued a 20-day temporary restraining order barring "
           "the transfer of the mill to the buyer.", True),
    ("ru", "В четверг Арбитражный суд области по заявлению банка запретил регистрировать переход "
           "права собственности на имущество завода.", True),
    ("kk", "Бейсенбі күні экономикалық сот аукцион қорытындысының күшін тоқтата тұрып, "
           "акцияларды жаңа иесінің атына қайта тіркеуге тыйым салды.", True),
    # (not frozen food: judged en 362's "…norovirus in frozen raspberries …")
    ("en", "On Thursday, the agency said tests had found norovirus in frozen raspberries.", False),
    # round 83, en 680: a plea deal set aside, a guilty plea withdrawn
    ("en", "At a hearing Friday afternoon, the prosecutor asked the judge to set the plea "
           "agreement aside.", True),
    ("en", "The judge allowed him to withdraw his guilty plea.", True),
    # round 83, kk 686: a court annulling the commission's decision
    ("kk", "Сот аудандық комиссияның 12 сәуірдегі шешімін жойып, бастапқы хаттаманы күшінде "
           "қалдыруды міндеттеді.", True),
    ("kk", "Комиссия өз шешімін 12 сәуірде жариялады.", False),
    # round 84, kk 690: guests calling off bookings take back no decision (the decision in the
    # sentence after them still does)
    ("kk", "Қонақүй иесі бронь жасалған 30 бөлменің 12-сі дүйсенбі күні күшін жойғанын айтты.",
     False),
    ("ru", "Владелец гостиницы рассказал, что гости отменили брони на 12 номеров.", False),
    ("kk", "Қонақүй иесі бронь жасалған 30 бөлменің 12-сі күшін жойғанын айтты. Сот "
           "әкімдіктің шешімін жойды.", True),
    # round 136, kk 1322: a party that walks out of the deal
    ("kk", "29 сәуірде түрік компаниясы келісімшарттан біржақты тәртіппен шығатынын мәлімдеді.",
     True),
    ("kk", "Жүк келісімшарттан тыс шығарылды.", False),
    # round 163, en 1642: a search paused for the night takes back no decision (a halt until a
    # day's morning still does)
    ("en", "The sheriff's office said search teams had suspended the search for the missing man "
           "for the night and would resume at first light on Monday.", False),
    ("ru", "Спасатели приостановили поиски рыбака на ночь и возобновят их с рассветом.", False),
    ("kk", "Қараңғы түсуіне байланысты іздеу жұмыстары түнге қарай тоқтатылды.", False),
    ("ru", "Лоцманская служба приостановила проводку судов к терминалам до утра среды.", True),
    ("en", "The county suspended the search contract until morning talks with the union.", True),
    # round 164, en 1658: a higher court staying a ruling (not a family staying the night)
    ("en", "A High Court judge issued orders staying the magistrate's ruling until the appeal "
           "is heard.", True),
    ("en", "The family is staying the night with relatives after the ruling.", False),
    # round 166, en 1676: a party voting down the deal it signed
    ("en", "The union's council voted to reject the memorandum its general secretary had signed.",
     True),
    ("en", "The council voted to reject a motion on parking fees.", False),
    # judged ru 1358: a notice that ends the deal
    ("ru", "Компания направила в мэрию официальное уведомление о расторжении соглашения о "
           "реконструкции стадиона.", True),
    ("ru", "Компания направила в мэрию уведомление о начале работ по соглашению.", False),
    # round 170, en 1724: a deal that has since collapsed (not one that had, told as a link)
    ("en", "A deal reached a week later to reopen the mill has since collapsed.", True),
    ("en", "By Friday the deal had collapsed.", False),
    # round 174, kk 1778: a ban on reopening, an order that bans the work
    ("kk", "Облыстық еңбек инспекциясы кеніштің жерасты бөлігін қайта ашуға тыйым салды.", True),
    ("kk", "17 қазанда инспекция жерасты жұмыстарына тыйым салатын нұсқама шығарды.", True),
    ("kk", "Инспекция жұмыстың қалай жүретінін тексеретін нұсқама шығарды.", False),
    # round 175's check, ru 1782: a swan that refused food takes nothing back
    ("ru", "Утром самец черного лебедя отказался от корма и почти не реагировал на людей.", False),
    ("ru", "В пятницу покупатель отказался от сделки.", True),
    # (round 177's check, ru 1814: a body that undoes its own decision, a consent taken back)
    ("ru", "В четверг, 15 сентября, ФАС сообщила, что отменяет собственное решение, принятое "
     "накануне.", True),
    ("ru", "В пятницу служба отозвала своё согласие на сделку.", True),
    ("ru", "9 ноября администрация отозвала разрешение.", False),
    # (round 176's check, ru 1802 and kk 1802: a party that leaves the agreement)
    ("ru", "24 сентября «Сибирский каравай» сообщил, что выходит из соглашения.", True),
    ("ru", "Фракция объявила о выходе из соглашения по пенсионной реформе.", True),
    ("ru", "Компания вышла из здания через запасной выход.", False),
    ("kk", "1 наурызда «Нан-Береке» әкімдікке хат жолдап, меморандумнан шығатынын "
     "хабарлады.", True),
    ("kk", "Компания келісімнен шықты.", True),
    ("kk", "Келісімнен кейін жұмысшылар үйлеріне қайтты.", False),
    # round 174, ru 1778: a court's halt with the company in quotation marks before it
    ("ru", "Вечером районный суд назначил «Даурзолоту» административное приостановление "
           "деятельности подземного участка на 45 суток.", True),
    # judged kk 969: guests calling off their bookings take back no decision
    ("kk", "Әкімші жұма күні кешке қарай брондардың үштен бірінен бас тартылғанын айтты.", False),
    # round 181, kk 1858: what never stopped, or will not be stopped, is no halt
    ("kk", "Одан бері оркестр жексенбі сайынғы кездесуді тоқтатпаған.", False),
    ("kk", "Сондықтан кезекті үй матчы тоқтатылмайды.", False),
    ("kk", "Әкімдік құрылысты тоқтатты.", True),
    # round 180's check, kk 1844: a ban eased or lifted on appeal, not one imposed
    ("kk", "11 наурызда облыстық соттың апелляциялық алқасы тыйымды ішінара өзгертті.", True),
    ("kk", "Сот тыйымын толығымен алып тастады.", True),
    ("kk", "Сот кәсіпорынның шоттарына тыйым салды.", False),
    # round 179's check, en 1832: a body voting to put its own step on hold
    ("en", "The council voted to suspend the increase for three months.", True),
    ("en", "The board decided to shelve the plan until the spring.", True),
    ("en", "The council voted to increase the fares by half.", False),
    # round 178, en 1826: a deal that began to come undone
    ("en", "In the south, the agreement began to unravel within hours.", True),
    ("en", "The truce between the two unions started to unravel on Friday.", True),
    ("en", "Investigators began to unravel the scheme in March.", False),
])
def test_a_court_halting_a_deal_tells_a_reversal(language: str, text: str, halt: bool) -> None:
    from summarizer.units import tells_reversal

    assert tells_reversal(text, language) is halt


@pytest.mark.parametrize(("sentence", "dated"), [
    # round 83, en 680: a day's part after an event, with no "on", dates the report
    ("At a hearing Friday afternoon, the prosecutor asked the judge to set the deal aside.", True),
    # (not a scene's "on a wet Thursday morning")
    ("At half past seven on a wet Thursday morning, she unlocks the hall.", False),
])
def test_a_hearing_on_a_days_afternoon_dates_the_report(sentence: str, dated: bool) -> None:
    from summarizer.units import is_news_report

    assert is_news_report(sentence, "en") is dated


def test_a_sentence_that_only_says_when_the_worst_came_goes_with_what_happened() -> None:
    """Round 81, kk 658 (long 3 and 4: '«Маусымның ең ауыр оқиғасы 13 ақпанда болды.» is an
    empty teaser, because the avalanche is never described')."""
    text = ("Құтқарушылардың ең ауыр қысы\n\nҚұтқарушылар биыл 412 рет шақыртылды. Бұл 1994 "
            "жылдан бергі ең көп көрсеткіш.\n\nМаусымның ең ауыр оқиғасы 13 ақпанда, сенбі күні "
            "болды. Шатқалда үш шаңғышыны қар көшкіні басып қалды. Екеуін құтқарды.\n\n"
            "Жасақ штатты көбейтуді сұрады.")
    unit = next(u for u in _units(text, "kk") if u.text.startswith("Маусымның"))
    assert "қар көшкіні" in unit.text, unit.text


@pytest.mark.parametrize(("language", "text", "first", "change", "other"), [
    ("kk", "Туннельдің екі бөлігі түйісті\n\nТуннельдің бөліктері сәрсенбі күні тау ішінде "
     "түйісті. Қозғалыс 2027 жылы ашылады.\n\nБастапқы смета бойынша құрылыстың құны 96 млрд "
     "теңге болатын. 2024 жылы смета қайта қаралып, 128 млрд теңгеге дейін өсті. Ақшаның "
     "көбі республикалық бюджеттен бөлінеді.\n\nЖергілікті тұрғындар жобаны қолдайды.",
     "Бастапқы", "2024 жылы смета қайта қаралып, 128 млрд теңгеге дейін өсті.",
     "Жұмыс екі ауысыммен жүреді."),
    ("en", "Tunnel crews meet under the pass\n\nThe two halves of the tunnel met on Wednesday. "
     "Traffic will use it from 2027.\n\nThe original estimate was $96 million. It rose to $128 "
     "million after the design was revised in 2024. Most of the money is federal.\n\n"
     "Residents support the project.", "The original",
     "It rose to $128 million after the design was revised in 2024.",
     "Crews work in two shifts."),
])
def test_a_figure_told_as_what_it_was_at_first_goes_with_its_change(
        language: str, text: str, first: str, change: str, other: str) -> None:
    """Round 82, kk 672 (long 2 and 3: 'it gives only the original 96 bn cost, which misleads'):
    «Бастапқы … құны 96 млрд теңге болатын.» was picked without «… 128 млрд теңгеге дейін
    өсті.» after it."""
    unit = next(u for u in _units(text, language) if u.text.startswith(first))
    assert change in unit.text, unit.text
    # (not a first figure with no change after it)
    unit = next(u for u in _units(text.replace(change, other), language)
                if u.text.startswith(first))
    assert len(unit.sentences) == 1, unit.sentences


@pytest.mark.parametrize(("sentence", "feature"), [
    # round 82, ru 664 (short 2 and 2: 'atmospheric opening only; no news'): "in the sixth hour
    # of the morning"
    ("В шестом часу утра над Пелгубой ещё стоит туман, и Николай Ремизов по привычке "
     "спускается к воде.", True),
    ("В пятом часу над рекой поднимается туман.", True),
    ("В шестом часу утра в понедельник спасатели вывели из шахты последнего горняка.", False),
])
def test_a_russian_hour_told_as_the_hour_it_is_in_opens_a_scene(sentence: str,
                                                                feature: bool) -> None:
    from summarizer.units import is_feature_opening

    assert is_feature_opening(sentence, "ru") is feature


@pytest.mark.parametrize(("sentence", "feature"), [
    # round 82, ru 664 (short 2 and 2: 'no news of the ban'): after the scene, the village's
    # century of fishing was taken for the buried news
    ("Почти сто лет Пелгуба жила устьем: осенью сюда подходили ряпушка и сиг.", True),
    ("Десятилетиями завод сбрасывал стоки в реку.", True),
    ("Сто лет исполнилось школе в понедельник.", False),
    ("Более двадцати лет Иванов руководил заводом.", False),
])
def test_a_russian_century_of_the_past_is_background_not_news(sentence: str,
                                                               feature: bool) -> None:
    from summarizer.units import is_feature_opening

    assert is_feature_opening(sentence, "ru") is feature


def test_a_cut_keeps_an_age_with_the_clause_it_sits_in() -> None:
    """Round 84, en 709 (short 1 and 1: 'garbled splice ("ballot 58, blamed on …")'): an
    apposition was taken out up to the comma that opened an age, and then the verb after the
    age was read as a participle."""
    sentence = ("Tom Reyes, a 52-year-old nurse and first-time candidate for the Ward 4 seat on "
                "the town council, was at work on Friday when a friend told him that his name "
                "was missing from the ballot, an error affecting 418 votes already cast that "
                "town clerk Anna Mills, 61, blamed on a printer's late file mix-up, calling it "
                "\"our mistake and ours alone.\"")
    cut = _cut(sentence, 45, "en")
    assert "ballot 61" not in cut and "Mills, 61, calling" not in cut, cut
    assert "blamed on a printer's late file mix-up" in cut, cut


def test_a_kazakh_decision_given_up_needs_the_plan_it_gives_up() -> None:
    """Round 85, kk 710 (short 3 and 3: «бұрынғы шешімінен» refers to a decision never stated):
    «…басшылығы бұрынғы шешімінен бас тартты.» was picked without the unit that told the plan
    («…беру жоспарланғанын айтты»)."""
    from summarizer.units import reversal_introductions

    text = ("Хайуанаттар бағынан қашқан түйеқұс ұсталды.\n\n"
            "Дүйсенбі күні директор түйеқұсты Шымкентке беру жоспарланғанын айтты.\n\n"
            "Тұрғындар петицияға қол жинады.\n\n"
            "Сейсенбі күні басшылық бұрынғы шешімінен бас тартты. Түйеқұс Алматыда қалады.")
    units = _units(text, "kk")
    needs = reversal_introductions(units, "kk")
    taken_back = next(u.index for u in units if "бас тартты" in u.text)
    told = next(u.index for u in units if "жоспарланғанын" in u.text)
    assert needs[taken_back] == frozenset({told})


@pytest.mark.parametrize(("sentence", "wanted", "broken"), [
    # round 88, en 739: the source's title before the name stays with the name, or both go
    ("A cyberattack that shut down computer systems across Lakeside General Hospital, the "
     "300-bed hospital that serves most of the county, forced staff on Monday to divert "
     "ambulances and go back to paper charts, according to the hospital's chief executive, "
     "Dr. Alice Moreno, 61, a former surgeon, who said at a briefing that no patient data "
     "appeared to have been stolen.", "go back to paper charts", "charts Dr."),
    # (an aside with no name after it may still go alone)
    ("A landslide above the village of Karasu buried 14 houses, killed at least three people "
     "and left two more missing, according to the emergencies committee, some 190 km east of "
     "the capital, where rescuers with dogs and two excavators searched the mud through the "
     "night in heavy rain.", "left two more missing some 190 km east", "according to"),
])
def test_an_aside_before_the_name_it_introduces_stays_with_it(sentence: str, wanted: str,
                                                              broken: str) -> None:
    cut = shorten(sentence, 40, "en")
    assert cut is not None and len(cut.text.split()) <= 40
    assert wanted in cut.text and broken not in cut.text, cut.text


@pytest.mark.parametrize("sentence", [
    "Talks (in Oslo)ended on Monday after the two sides agreed to meet again in May next year.",
    "0 (0)The city council approved the new bus routes on Monday.",  # (the property tests')
])
def test_an_aside_dropped_with_no_space_after_it_glues_no_words(sentence: str) -> None:
    words = set(re.findall(r"\w+", sentence))
    for limit in (3, 5, 8):
        cut = shorten(sentence, limit, "en")
        assert cut is not None and set(re.findall(r"\w+", cut.text)) <= words, cut.text


@pytest.mark.parametrize(("sentence", "refers"), [
    ("The bridge was sold to the community as the end of that isolation.", True),
    ("Few expected a quick end to those negotiations.", True),
    ("Officials said that isolation wards would open on Monday.", False),
    ("The council voted for that on Tuesday evening.", False),
])
def test_an_abstract_noun_after_that_and_a_preposition_refers_back(sentence: str,
                                                                   refers: bool) -> None:
    """Round 88, en 744 (long 2 and 2: '"that isolation" has no referent')."""
    from summarizer.units import refers_back_inside

    assert refers_back_inside(sentence, "en") is refers


def test_someone_known_by_where_they_come_from_is_introduced_first() -> None:
    """Round 91, en 780: "The German skier, 47, called …" went into the long summary without "a
    German woman who was crossing behind the others", who she is."""
    from summarizer.units import demonym_introductions

    units = _units("Skier dies in avalanche\n\nAn avalanche swept a group of six down a slope "
                   "on Wednesday.\n\nOne member, a German woman crossing behind the others, "
                   "raised the alarm.\n\nRescuers flew in from Tromsø within 40 minutes.\n\n"
                   "The German skier, 47, then found the guide.\n\nThe Dutch woman was found "
                   "later.", "en")
    assert len(units) == 5
    needs = demonym_introductions(units)
    assert needs[3] == {1}
    assert needs[4] == frozenset() and needs[1] == frozenset()


def test_a_relative_aside_does_not_swallow_the_next_name_of_a_list() -> None:
    """Round 93, en 805: "…Castellano, 58, a four-term councilman who chairs the … committee,
    and Councilwoman Denise Ahlquist, 46, …" was cut to "…Castellano 46, carrying …": the
    aside ran on through ", and Councilwoman Denise Ahlquist," as if a second predicate."""
    sentence = ("Federal agents searched the offices of three council members on Tuesday, among "
                "them Deputy Mayor Raymond Castellano, 58, a four-term councilman who chairs "
                "the council's powerful land-use committee, and Councilwoman Denise Ahlquist, "
                "46, a former real-estate broker first elected in 2011, carrying away boxes of "
                "files and computer hard drives in what people familiar with the case described "
                "as a widening investigation into whether city contracts were steered to favored "
                "companies.")
    cut = _cut(sentence, 60, "en")
    assert "Castellano 46" not in cut and "Castellano, 46" not in cut
    assert "Ahlquist" in cut


@pytest.mark.parametrize(("language", "text"), [
    # round 92, kk 788: «Сот дауы …» with no one told going to court
    ("kk", "Агенттік мәмілеге шартты рұқсат берді.\n\nМәміле 2,4 трлн теңгелік компания "
           "құрайды.\n\nКомпания бұл шартты әкімшілік сотта даулайтын болды.\n\nСот дауы "
           "мәміленің мерзіміне қауіп төндіруі мүмкін."),
    ("en", "The regulator cleared the merger on Tuesday.\n\nThe combined company would have 19 "
           "million customers.\n\nThe buyer said it would challenge the condition in court.\n\n"
           "The legal challenge could delay the deal by months."),
])
def test_a_court_dispute_taken_as_known_needs_who_went_to_court(language: str,
                                                                  text: str) -> None:
    from summarizer.units import event_introductions

    units = _units(text, language)
    needs = event_introductions(units, language)
    assert needs[3] == {2}
    assert not any(needs[:3])


def test_an_aside_that_tells_who_died_is_never_cut() -> None:
    """Round 94, en 816: ", killing the driver of a pickup truck," went from the lead, which
    then read "…late Monday night, injuring two other people and trapping …"."""
    sentence = ("A torrent of mud, rock and broken trees swept across Highway 99 southwest of "
                "Lillooet late Monday night, killing the driver of a pickup truck, injuring two "
                "other people and trapping about 60 motorists between two slides on one of "
                "British Columbia's most exposed mountain roads.")
    cut = shorten(sentence, 42, "en")
    assert cut is not None and "injuring two other people" not in cut.text.replace(
        "killing the driver of a pickup truck, injuring", "")


def test_an_apposition_cut_stops_before_the_sentences_own_second_participle() -> None:
    """Round 100's check, en 889: dropping ", a retired … councillor whose home has flooded four
    times," took ", and giving the towns," with it as the relative clause's second predicate,
    leaving "…led by Brian Teasdale, 71, which face each other across the river, protection …"."""
    sentence = ("A Leeds contractor has been awarded a £21 million contract to protect the town of "
                "Selby from the River Ouse, ending a 10-year campaign led by Mary Hurst, 68, a "
                "retired teacher and parish councillor whose cottage has flooded three times, and "
                "giving the town, which lies on both banks, protection against a one-in-100-year "
                "flood for the first time, the Environment Agency said on Tuesday.")
    cut = shorten(sentence, 55, "en")
    assert cut is not None
    assert "and giving the town" in cut.text or "which lies on both banks" not in cut.text, \
        cut.text


@pytest.mark.parametrize(("sentence", "refers"), [
    ("The council will review those contracts when they come up for renewal in September.",
     True),
    ("New entrants will be allowed to join the frequent-flyer scheme on those routes.", True),
    ("Buses will be free for those who are over 65.", False),
    ("The council will help those households that lost power.", False),
    ("Rents will be capped for those living in council flats.", False),
])
def test_those_and_a_plural_noun_refers_back(sentence: str, refers: bool) -> None:
    """Round 93, en 795: "The council will review those contracts …" closed the long summary,
    which never told which contracts; "those" before a clause that says which does not."""
    from summarizer.units import refers_back_inside

    assert refers_back_inside(sentence, "en") is refers


def test_a_quotation_whose_speaker_is_named_only_as_he_at_its_end_leans_back() -> None:
    """Round 93, en 800: "…welcomed the ruling. "…," he told reporters …" stays tied to the
    unit before it, though its first sentence names him: untying such units lost 6 of 7 long
    summaries blind pairwise in session 29 (en 102, en 724, ru 494, ru 598, ru 820, kk 547)."""
    text = ("Mara reported a loss for the first half of the year.\n\n"
            "Chief executive Samuel Mwangi welcomed the ruling. \"Today's decision confirms what "
            "the regulators have already said,\" he told reporters.\n\n"
            "\"We will keep going. Nothing changes for our customers,\" she said.")
    units = _units(text, "en")
    assert [len(unit.sentences) for unit in units] == [1, 2, 2]
    assert units[1].depends_on == 0
    assert units[2].depends_on == 1


@pytest.mark.parametrize(("text", "turn"), [
    ("That confidence lasted only a few hours. At about 4 pm, lawyers for the shareholders "
     "filed a notice of appeal.", True),
    ("That calm lasted barely two days. On Friday, 46 workers received letters.", True),
    ("Talks at the commission lasted 19 hours and ended at about 3am on Tuesday. The deal was "
     "signed on Wednesday.", False),
])
def test_a_calm_that_lasted_only_hours_is_a_turn(text: str, turn: bool) -> None:
    """Round 93, en 800: "That confidence lasted only a few hours." before the appeal, which
    the long summary left out; and round 85, en 704: "That calm lasted barely two days."."""
    from summarizer.units import is_short_turn

    assert is_short_turn(text.split(". ")[0] + ".", "en") is turn


@pytest.mark.parametrize(("text", "halt"), [
    ("A judge issued interim orders barring the two banks from completing the transaction.",
     True),
    ("The order stops the council from going ahead with the sale.", False),
    ("Police were blocking the road from early morning.", False),
])
def test_an_order_barring_parties_from_completing_a_deal_tells_a_reversal(text: str,
                                                                           halt: bool) -> None:
    """Round 93, en 800: the Court of Appeal's interim orders were no second development."""
    from summarizer.units import tells_reversal

    assert tells_reversal(text, "en") is halt


def test_a_plural_body_word_is_no_surname() -> None:
    """Round 93, en 800: "outside the Milimani Law Courts" gave the surname "Courts", which
    "the Court of Appeal" in a later unit then needed introduced."""
    from summarizer.units import name_introductions

    text = ("Samuel Mwangi spoke outside the Milimani Law Courts on Monday.\n\n"
            "Late in the afternoon, a judge of the Court of Appeal issued interim orders.")
    assert name_introductions(_units(text, "en")) == [frozenset(), frozenset()]


def test_a_programme_whose_cost_is_estimated_needs_the_unit_before_it() -> None:
    """Round 92, en 783: "The company estimates the programme will cost 1.2 billion shillings
    …" closed the long summary, which never told of the mains and boreholes it is for."""
    from summarizer.units import institution_mentions

    text = ("The utility loses 46 percent of its water.\n\n"
            "It wants to replace 140 kilometres of old mains and drill six new boreholes.\n\n"
            "The company estimates the programme will cost 1.2 billion shillings over three "
            "years.\n\n"
            "The company says the tariff will be gazetted this month.")
    needs = institution_mentions(_units(text, "en"), "en")
    assert needs[2] == {1}
    assert not needs[3]


@pytest.mark.parametrize(("text", "reversal"), [
    ("Вечером инспекция наложила на котельную временный запрет деятельности сроком до пяти "
     "суток.", True),
    ("Работа фабрики приостановлена до окончания проверки.", True),
    ("Рассмотрение дела об административном приостановлении деятельности назначено на 3 мая.",
     False),
])
def test_a_work_ban_tells_a_reversal_and_a_hearing_on_one_does_not(text: str,
                                                                   reversal: bool) -> None:
    """Round 105, ru 950: the court's hearing date on a suspension took the short summary's
    second place as the turn, and the ban itself was no turn."""
    from summarizer.units import tells_reversal

    assert tells_reversal(text, "ru") is reversal


@pytest.mark.parametrize(("text", "reversal"), [
    ("Однако уже вечером четверга сделка сорвалась.", True),
    ("Спустя два часа компания сообщила, что расторгает соглашение в одностороннем порядке.",
     True),
    ("Совет директоров принял решение отказаться от сделки.", True),
    ("Ассоциация призвала членов отказаться от скрытых условий в договорах.", False),
    ("Переговоры о сделке сорвались бы без посредника, считает аналитик.", False),
    # (and an agreement that fell apart: round 109, ru 998)
    ("Однако уже в пятницу договорённость развалилась.", True),
    ("В среду, 11 июня, сделка развалилась.", True),
    ("Старое здание клуба развалилось ещё в 1990-х.", False),
])
def test_a_deal_that_fell_through_tells_a_reversal(text: str, reversal: bool) -> None:
    """Round 96's check, ru 836, and round 92, ru 788: the buyer walking away was no second
    development."""
    from summarizer.units import tells_reversal

    assert tells_reversal(text, "ru") is reversal


@pytest.mark.parametrize(("language", "text", "sizes"), [
    ("kk", "Кеншілер жер бетіне көтерілді.\n\nАлайда келісім ұзаққа бармады. 17 қазанда таңертең "
           "компания кеншілерге жаңа құжатпен таныстырды. Онда директорлар кеңесі жалақыны тек "
           "10%-ға көтеруді мақұлдағаны айтылған.", [1, 3]),
    ("ru", "Профсоюз ещё в мае направил в министерство письмо с возражениями. В нём говорится, "
           "что доплаты недостаточно.", [2]),
    # (not a document with nothing told from it after)
    ("ru", "Профсоюз ещё в мае направил в министерство письмо с возражениями. Ответа нет.",
     [1, 1]),
])
def test_a_sentence_naming_a_document_goes_with_the_one_that_tells_what_it_says(
        language: str, text: str, sizes: list[int]) -> None:
    """Round 95, kk 830: «…компания кеншілерге жаңа құжатпен таныстырды.» went into both
    summaries without «Онда … тек 10%-ға көтеруді мақұлдағаны айтылған.»."""
    assert [len(unit.sentences) for unit in _units(text, language)] == sizes



def test_together_the_limits_leans_on_what_was_told_before() -> None:
    """Round 96, en 839: "Together, the limits are …" opened the long summary's third sentence
    with the flour cap it adds up left out."""
    assert opens_with_reference("Together, the limits are less than two-thirds of last year's "
                                "exports.", "en")
    assert not opens_with_reference("Together with Russia, Kazakhstan supplies the region.",
                                    "en")


def test_the_problems_an_audit_found_go_with_the_first_and_the_second_leans_on_them() -> None:
    """Round 96, en 841: "The first was a series of contracts …" closed the long summary
    without "The audit … found two main problems.", and "The second concerned …" leaned on
    nothing."""
    text = ("The rector was dismissed on Tuesday.\n\nThe audit, carried out between March and "
            "May, found two main problems. The first was a series of contracts for a "
            "dormitory.\n\nThe second concerned payments by parents of applicants.\n\nThe "
            "rector denied any wrongdoing.")
    units = _units(text, "en")
    assert [len(unit.sentences) for unit in units] == [1, 2, 1, 1]
    assert units[2].depends_on == 1
    assert units[3].depends_on is None


def test_a_ban_on_granting_licences_tells_a_reversal() -> None:
    """Round 96, kk 842: the court barred the ministry from issuing the licences the auction
    had won, and the short summary told the ministry's later offer of its logs instead."""
    from summarizer.units import tells_reversal

    assert tells_reversal("Сот министрлікке сот шешімі шыққанға дейін аукцион қорытындысы бойынша "
                          "лицензия беруге тыйым салды.", "kk")
    assert not tells_reversal("Министрлік лицензия береді.", "kk")


def test_a_sentence_that_announces_complaints_goes_with_the_one_that_tells_them() -> None:
    """Round 97, en 851: "The expansion has also drawn complaints closer to home." closed the
    long summary, the herders' complaints after it left out."""
    text = ("The mine produced a record 14.2 million tonnes.\n\nThe expansion has also drawn "
            "complaints closer to home. Herder groups have asked the company to fund new wells."
            "\n\nThe company plans to mine 18 million tonnes this year.")
    assert [len(unit.sentences) for unit in _units(text, "en")] == [1, 2, 1]


@pytest.mark.parametrize(("text", "reversal"), [
    ("At about 9 p.m., Nordhavn said it was withdrawing from the agreement.", True),
    ("The board resolved not to proceed with the acquisition.", True),
    ("It said that its board had \"resolved not to proceed\" with the purchase.", True),
    # round 101, en 896: a backer withdrawing its pledge
    ("On Thursday the foundation wrote to the council withdrawing its £30m pledge.", True),
    ("The union's executive voted to withdraw its support for the deal.", True),
    ("The army withdrew its troops from the border.", False),
    # (a lender's offer withdrawn is no backer's turn: judged en 806, blind pairwise 0-2)
    ("On Tuesday the consortium's lender withdrew its offer after due diligence.", False),
    ("The buyer pulled out of the deal on Friday.", True),
    ("She withdrew from the race for health reasons.", False),
    ("The talks will proceed with a new chair.", False),
    # round 118's check, en 1100: a buyer that ended the deal
    ("Southcross said the company that agreed in June to buy its stake had terminated the deal.",
     True),
    ("The company terminated the contracts of 40 drivers.", False),
])
def test_a_buyer_walking_away_tells_a_reversal(text: str, reversal: bool) -> None:
    """Round 99's check, en 878 and en 872 (and judged en 626, whose long summary left out
    "…told the library … that it was withdrawing from the agreement …")."""
    from summarizer.units import tells_reversal

    assert tells_reversal(text, "en") is reversal


@pytest.mark.parametrize(("language", "texts", "needs"), [
    ("kk", ["Әкімдік жылу жоспарын бекітті.", "Қалада 40 шақырым желі ауыстырылады.",
            "Жұмыс мамырда басталады.",
            "Ауыстырылатын 40 шақырымның 25 шақырымы – магистральдық құбырлар."], {3: {1}}),
    ("ru", ["Мэрия утвердила план.", "В городе заменят 74 км труб.",
            "Из 74 км 40 км приходится на магистрали."], {2: {1}}),
    ("en", ["The city approved a plan worth 410 million euros.", "Work starts in May.",
            "Of the 410 million euros, the EU will pay 180 million."], {2: {0}}),
    # (a share of a figure nobody gave before needs nothing)
    ("en", ["The city approved a plan.", "Of the 12 bridges, three will close."], {}),
    # (nor does "all three" whose three were never told; round 191, judged en 1977, long 3
    # below lead: "A hospital spokesman said all three were in stable condition" came without
    # the three taken to hospital)
    ("en", ["A ferry ran aground on Thursday.", "Nine people were hurt, and three were taken "
            "to hospital.", "The ferry was towed to port.", "A doctor said all three were in "
            "stable condition."], {3: {1}}),
    # (not the three of something else far before)
    ("en", ["The council has three options.", "A ferry ran aground on Thursday.",
            "Nine people were hurt.", "Two were kept in hospital.", "The ferry was towed.",
            "A doctor said all three were in stable condition."], {}),
    ("en", ["A ferry ran aground on Thursday.", "A doctor said all three were in stable "
            "condition."], {}),
])
def test_a_share_of_a_figure_needs_the_unit_that_gave_it(language: str, texts: list[str],
                                                         needs: dict[int, set[int]]) -> None:
    """Round 100, kk 882 (short 2 points below lead): «Ауыстырылатын 52 шақырымның 31
    шақырымы – …» came in without the sentence that said 52 km would be replaced."""
    from summarizer.segment import Sentence
    from summarizer.units import build_units, figure_introductions

    units = build_units([Sentence(text, k, k) for k, text in enumerate(texts)], language)
    found = {i: set(told) for i, told in enumerate(figure_introductions(units, language)) if told}
    assert found == needs


@pytest.mark.parametrize(("sentence", "words", "kept"), [
    # the step's purpose goes whole: "…, in a move meant to end …"
    ("Shareholders of a Croatian ferry operator voted on Tuesday to sell its island line, with "
     "three vessels and its concession, to a Norwegian company for 38.5 million euros, in a "
     "move meant to end months of uncertainty over the loss-making route.", 36,
     "Shareholders of a Croatian ferry operator voted on Tuesday to sell its island line, with "
     "three vessels and its concession, to a Norwegian company for 38.5 million euros."),
    # an opening hour leaves "said" the main verb, and ", using …" only adds to it
    ("At about 9 p.m., the buyer said it was withdrawing from the agreement, using a clause "
     "that allows either side to walk away if the concession is not transferred.", 16,
     "At about 9 p.m., the buyer said it was withdrawing from the agreement."),
    # what someone called the step goes whole, and no cut stops at or inside a contrast set off
    # by commas (round 190's check, en 1968, whose short summary ended "…to relocate a whole
    # coastal community before, rather than after.")
    ("The county council on Tuesday approved a £9.1 million plan to move the 41 households of "
     "a clifftop hamlet to new homes a mile inland over eight years, in what officials "
     "described as the first attempt in Wales to move a village before, rather than after, its "
     "homes are lost to the sea.", 52,
     "The county council on Tuesday approved a £9.1 million plan to move the 41 households of "
     "a clifftop hamlet to new homes a mile inland over eight years."),
])
def test_a_cut_of_a_purpose_or_a_short_participle_ends_whole(sentence: str, words: int,
                                                            kept: str) -> None:
    """Round 99, en 878: both cuts ended with "…", so neither the lead nor the buyer walking away
    hours later had a whole cut, and the short summary told the sale alone."""
    cut = shorten(sentence, words, "en")
    assert cut is not None and cut.text == kept


@pytest.mark.parametrize(("sentence", "words", "kept", "gone"), [
    # a participle after nine words of its time and manner goes with the asides between the
    # subject and its verb (round 190's check, ru 1963, cut before its verb with «…»)
    ("Шестидесятивосьмилетний бывший механик речного порта, ветеран флота и основатель клуба "
     "любителей старых катеров Петр Семенович Гуляев, девять лет почти в одиночку и на свои "
     "деньги восстанавливавший в сарае на берегу Оби найденный в протоке буксирный катер 1952 "
     "года, в воскресенье увидел, как его судно впервые за полвека вышло на воду у городской "
     "пристани, где за спуском наблюдали около двухсот человек, среди них бывшие речники и "
     "школьники.", 45, ("Петр Семенович Гуляев в воскресенье увидел, как его судно",),
     ("восстанавливавший",)),
    # a role after a name in full stays, a «когда» clause with its subject and no verb yet is
    # no main clause, and the asides go though they tell the headline's words (round 190's
    # check, ru 1969)
    ("Шестидесятилетняя томская коллекционерка Галина Петровна Сомова, уроженка Алтайского края "
     "и бывшая учительница истории, собиравшая старинные утюги с начала 1980-х годов, когда "
     "она, еще студенткой педагогического института, купила на рынке свой первый утюг, во "
     "вторник, 12 марта 2019 г., безвозмездно передала областному краеведческому музею "
     "коллекцию из 312 предметов, которую эксперты оценивают в 4 млн руб.", 50,
     ("Сомова, уроженка Алтайского края и бывшая учительница истории, во вторник безвозмездно "
      "передала",), ("когда она",)),
    # a distance after the aside's last place is the aside's (ru 79's kind)
    ("Биологи Томского государственного университета, на протяжении пяти лет изучавшие мхи "
     "болот в верховьях реки Кети, в 120 км к северу от Томска, и собравшие за это время более "
     "2 тыс. образцов, описали новый для науки вид сфагнума, который, по мнению авторов, может "
     "оказаться реликтом ледниковой эпохи, сообщила в среду пресс-служба вуза.", 45,
     ("Биологи Томского государственного университета описали новый для науки вид",),
     ("в 120 км", "собравшие")),
])
def test_a_russian_subject_loses_its_long_asides_and_keeps_its_verb(
        sentence: str, words: int, kept: tuple[str, ...], gone: tuple[str, ...]) -> None:
    cut = _cut(sentence, words, "ru")
    assert all(part in cut for part in kept), cut
    assert not any(part in cut for part in gone), cut
    assert "…" not in cut


_KK_STUDENT = ("Семей медицина университетінің хирургия кафедрасында оқитын, Аягөз ауданындағы "
               "шағын ауылда малшы отбасында туып-өскен, мектепте биологиядан облыстық "
               "олимпиаданың үш дүркін жеңімпазы атанған 20 жастағы үшінші курс студенті Дәулет "
               "Қасымов өткен аптада Ресейдің Новосибирск қаласында өткен «Сібір – жас "
               "зерттеушілер» халықаралық конференциясында малдың дене қызуын қашықтан өлшеп, "
               "деректерді ұялы телефонға жіберетін, бағасы шетелдік баламаларынан төрт есе арзан "
               "құрылғысы үшін 12 елден келген 180-нен астам жобаның арасынан бас жүлдені жеңіп "
               "алды.")


@pytest.mark.parametrize(("sentence", "words", "kept"), [
    # the clauses on the person before the age go, as many as must (round 190's check, kk
    # 1963, whose cut kept the device and lost the student, and spliced inside «…»)
    (_KK_STUDENT, 60, "20 жастағы үшінші курс студенті Дәулет Қасымов өткен аптада"),
    (_KK_STUDENT, 52, "20 жастағы үшінші курс студенті Дәулет Қасымов өткен аптада"),
    # not a first clause that holds the subject, a noun of the third person («әкімі»)
    ("Қарағанды облысының әкімі бейсенбі күні кешке жарияланған өкімімен 2015 жылдан бері "
     "облыстық жолаушылар көлігі басқармасын басқарып келген, бұған дейін Теміртау қаласы "
     "әкімінің орынбасары болып қызмет атқарған, екі баланың әкесі, 48 жастағы Арман Сейітовті "
     "жол жөндеуге бөлінген 2,1 млрд теңгенің мақсатсыз жұмсалғаны анықталғаннан кейін атқарып "
     "отырған лауазымынан босатып, басқарманың міндетін уақытша атқаруды оның орынбасары "
     "Гүлнар Әбеноваға жүктеді.", 48, "Қарағанды облысының әкімі бейсенбі күні"),
])
def test_a_kazakh_chain_on_an_aged_person_goes_before_the_person(sentence: str, words: int,
                                                                  kept: str) -> None:
    cut = _cut(sentence, words, "kk")
    assert cut.startswith(kept), cut
    assert cut.count("«") == cut.count("»"), cut


@pytest.mark.parametrize(("sentence", "feature"), [
    # round 101's check, kk 902: "held every year in Burabay … this year in Kokshetau" is news
    ("Жыл сайын Бурабайда өтетін «Дала дыбысы» музыкалық фестивалі биыл Көкшетауда өтеді.",
     False),
    ("Жыл сайын қыркүйекте ауыл тұрғындары шөп шабуға шығады.", True),
])
def test_every_year_set_against_this_year_is_no_kazakh_feature_opening(sentence: str,
                                                                       feature: bool) -> None:
    from summarizer.units import is_feature_opening

    assert is_feature_opening(sentence, "kk") is feature


@pytest.mark.parametrize(("sentence", "feature"), [
    # round 178's check, kk 1822: the sun's hour, a person named, the present, a figure
    ("Күн батуға бір сағат қалғанда Ержан Сағынтаев шамшырақтың 84 басқышымен жоғары "
     "көтеріледі.", True),
    ("Таң атар алдында Гүлнар Омарова фермадағы 40 сиырды сауады.", True),
    # (a report of what a person did, in the past, is no scene)
    ("Күн батуға жарты сағат қалғанда Ержан Сағынтаев 12 балықшыны құтқарды.", False),
])
def test_a_kazakh_person_at_the_sun_s_hour_in_the_present_is_a_feature_opening(
        sentence: str, feature: bool) -> None:
    from summarizer.units import is_feature_opening

    assert is_feature_opening(sentence, "kk") is feature

@pytest.mark.parametrize(("language", "sentence", "leans"), [
    # round 101, kk 891: a name in quotation marks, then "this proposal"
    ("kk", "«Теңіз Көпірі» бұл ұсынысты қарастыратынын жеткізді.", True),
    ("ru", "«Газпром» этот вопрос рассмотрит в мае.", True),
    ("kk", "«Тобыл Агромаш» ЖШС биыл 40 комбайн шығарды.", False),
])
def test_a_demonstrative_after_a_quoted_name_points_back(language: str, sentence: str,
                                                        leans: bool) -> None:
    from summarizer.units import leans_on_previous

    assert leans_on_previous(sentence, language) is leans


@pytest.mark.parametrize(("sentence", "leans"), [
    # round 101, en 896: "instead" at the end stands for what was told before
    ("A petition signed by 6,800 residents asked for a public name instead.", True),
    ("The plant will instead close in May.", False),
])
def test_instead_at_the_end_points_back(sentence: str, leans: bool) -> None:
    from summarizer.units import leans_on_previous

    assert leans_on_previous(sentence, "en") is leans


def test_a_russian_apposition_goes_with_the_relative_clause_and_participle_after_it() -> None:
    """Round 104's check, ru 931: dropping «, бывшего … аптечной сети «Фармаград»,» left «…,
    которая … пациентам, никогда их не получавшим,» on the convicted man; and the participle
    after an adverb and a pronoun («никогда их не получавшим») was taken for a new clause."""
    sentence = ("Районный суд Самары в пятницу приговорил 52-летнего Игоря Лозового, бывшего "
                "генерального директора и совладельца аптечной сети «Фармаград», которая в "
                "2013–2015 гг. отчитывалась о выдаче дорогих препаратов пациентам, никогда их не "
                "получавшим, к семи годам колонии за хищение почти 86 млн руб., выделенных из "
                "бюджета на бесплатные лекарства для льготников, сообщила пресс-служба суда.")
    cut = shorten(sentence, 40, "ru")
    assert cut is not None
    assert "Лозового к семи годам" in cut.text, cut.text
    assert "которая" not in cut.text and "получавшим" not in cut.text


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 113, en 1046: a deferral quoted after "saying" is the narrator's report
    ('At 8:15 p.m., the agency issued a second statement saying the new hours would be '
     '"deferred" while it consulted its partners.', True),
    ('"We have deferred nothing," the mayor said.', False),
    ("The council deferred the vote until March.", True),
    # round 113, en 1040: a rule changed or softened after protests
    ("On Thursday, however, the ministry announced changes to the order.", True),
    ("By Thursday evening the government had been forced to soften it.", True),
    ("The ministry said prices had changed little.", False),
])
def test_a_deferral_is_a_reversal_also_quoted_after_saying(sentence: str, expected: bool) -> None:
    from summarizer.units import tells_reversal

    assert tells_reversal(sentence, "en") is expected


def test_a_turn_named_by_its_noun_leans_on_the_one_told_before() -> None:
    """Round 113, en 1046: "The reversal, less than 12 hours after the announcement, angered
    residents …" was the short summary's turn in place of the deferral it names."""
    assert leans_on_previous("The reversal, less than 12 hours after the announcement, angered "
                             "residents.", "en")
    assert leans_on_previous("The postponement was welcomed by traders.", "en")
    assert not leans_on_previous("The council reversed its decision on Friday.", "en")


def test_so_many_summers_open_a_scene_and_a_day_later_with_its_day_stands() -> None:
    """Round 113, en 1036: "For 38 summers, Marlene Hoskins has unlocked the door of her bait
    shop …" was read as news (its present perfect), and "A day later, on Tuesday, the … health
    department … closed the … lake …" as leaning on the scene: the short summary was the bait
    shop's morning."""
    from summarizer.units import is_feature_opening

    assert is_feature_opening("For 38 summers, Ann Lee has opened her cafe on the pier at "
                              "6 a.m.", "en")
    assert not is_feature_opening("For 38 days, the council has refused to publish the report.",
                                  "en")
    assert not leans_on_previous("A day later, on Tuesday, the county closed the lake.", "en")
    assert leans_on_previous("A day later, the county closed the lake.", "en")
    # (and a whole life: round 119's check, en 1114, whose short summary was the shoebox)
    assert is_feature_opening("For most of her life, Jean Lee has kept a shoebox on the top "
                              "shelf of her wardrobe.", "en")
    assert not is_feature_opening("For most of the season, the club has played away.", "en")
    # (and half a century, or so many years in words: round 127, en 1204, whose summaries were
    # the key on its nail and the rusted anvil)
    assert is_feature_opening("For half a century, the key to the mill hung on a hook beside "
                              "Mary Hale's kitchen door.", "en")
    assert is_feature_opening("For forty years, the bell in the square did not ring.", "en")
    assert not is_feature_opening("For the first time in forty years, the bell rang.", "en")
    # (and with the thing it tells of right after, no comma: round 135, en 1306, whose short
    # summary was the trunk in the loft)
    assert is_feature_opening("For almost sixty years the chest lay under the stairs of a "
                              "farmhouse near Ruthin.", "en")
    assert not is_feature_opening("For sixty years the council has run the ferry at a loss.",
                                  "en")


def test_a_kazakh_it_called_so_leans_on_what_was_told() -> None:
    """Round 113, kk 1040: «Е. Қасымов оны «ақылға қонымды ымыра» деп атап, …» closed the long
    summary without the compromise he called so."""
    assert leans_on_previous("Е. Қасымов оны «ақылға қонымды ымыра» деп атап, мүшелер "
                             "келісімшарттарды орындайтынын айтты.", "kk")
    assert not leans_on_previous("Компания жаңа зауыт салып, оны «Болат» деп атады.", "kk")


def test_a_russian_life_then_and_now_opens_a_scene() -> None:
    """Round 113, ru 1042: «Николай Ерофеев пришёл на Тайгинскую ГРЭС в 1979 г. двадцатилетним
    слесарем, а сегодня, в 57, ведёт смену …» was read as dated news («сегодня»), and the
    summaries were his, not the plant's closure under it."""
    from summarizer.units import is_feature_opening, is_news_report

    sentence = ("Анна Петрова пришла на фабрику в 1985 г. ученицей ткачихи, а сегодня, в 58, "
                "ведёт смену в цехе.")
    assert is_feature_opening(sentence, "ru")
    assert not is_news_report(sentence, "ru")
    assert is_news_report("Фабрика сегодня, 12 мая, объявила о закрытии.", "ru")


def test_a_kazakh_state_since_a_day_is_no_dated_report() -> None:
    """Round 113, kk 1043: «…аспалы жолдардың 8 тамыздан бері тоқтатылғанын …» (halted since
    8 August) was the short summary's turn in place of the fire nearing the resort."""
    from summarizer.units import is_news_report

    assert not is_news_report("Аспалы жолдар 8 тамыздан бері тоқтатылған.", "kk")
    assert is_news_report("Аспалы жолдар 8 тамызда тоқтатылды.", "kk")


def test_a_kazakh_today_in_the_present_continuous_is_a_scene_not_a_date() -> None:
    """Round 114's check, kk 1048: «Бөлімде бүгін тек бір ана жатыр.» (only one mother lies in
    the ward today) was read as dated news over the closure told after it."""
    from summarizer.units import is_news_report

    assert not is_news_report("Бөлімде бүгін тек бір ана жатыр.", "kk")
    assert is_news_report("Әкімдік бүгін бөлімді жабу туралы шешім қабылдады.", "kk")


def test_a_cut_keeps_a_town_with_its_state_and_drops_what_hangs_on_a_dropped_aside() -> None:
    """Round 114's check, en 1057: "…shortly before 4 a.m. Tuesday, sending 11 workers to
    hospitals, including a 34-year-old maintenance technician from Parkersburg, W.Va., who was
    in serious condition, and forcing …, according to Carla Haines, director of …" was cut to
    "…Tuesday W.Va. and forcing …": the comma of "Parkersburg, W.Va." closed the aside, the
    relative clause on the technician stayed behind, and so did the speaker's title."""
    from summarizer.shorten import shorten

    sentence = ("A ruptured valve at a chemical plant on the Ohio River released a cloud of "
                "chlorine gas early on Tuesday, sending 11 workers to hospitals, including a "
                "34-year-old technician from Parkersburg, W.Va., who was in serious condition, "
                "and forcing about 3,200 residents to shelter indoors for nearly five hours, "
                "according to Carla Haines, director of the county emergency agency.")
    cut = shorten(sentence, 45, "en")
    assert cut is not None
    assert cut.text == ("A ruptured valve at a chemical plant on the Ohio River released a cloud "
                        "of chlorine gas early on Tuesday, sending 11 workers to hospitals, and "
                        "forcing about 3,200 residents to shelter indoors for nearly five hours.")


@pytest.mark.parametrize(("sentence", "turn"), [
    # round 114's check, en 1048: an end to come turns from the scene to the news
    ("That history will end this autumn.", True),
    ("All that is about to come to an end.", True),
    ("That tradition will continue this autumn.", False),
    # round 114's check, ru 1048
    ("Других записей в этой тетради, скорее всего, уже не будет.", True),
    ("В тетради будет ещё много записей.", False),
])
def test_an_end_to_come_is_a_turn_to_the_news(sentence: str, turn: bool) -> None:
    from summarizer.units import is_short_turn

    language = "ru" if sentence[0] in "ДВ" else "en"
    assert is_short_turn(sentence, language) is turn


def test_a_cut_participle_clause_takes_no_adverbial_clause_after_it() -> None:
    """Round 115's check, en 1069: dropping ", releasing water into a tributary … in eight
    years," also dropped the "after …" clause after it (as it would after an apposition of the
    subject), and the cut read "…on Tuesday evening 41, a former disaster-management officer
    …"."""
    from summarizer.shorten import shorten

    sentence = ("Engineers at the dam raised three of its four spillway shutters on Tuesday "
                "evening, releasing water into the river for the first time in eight years, "
                "after three days of rain lifted the reservoir to within 40 centimetres of its "
                "full level and prompted the district collector, Anna Kurian, 41, a former "
                "disaster-management officer who took charge in March, to order the evacuation "
                "of more than 1,400 people downstream.")
    cut = shorten(sentence, 50, "en")
    assert cut is not None
    assert "evening 41" not in cut.text
    assert cut.text.startswith("Engineers at the dam raised three of its four spillway "
                               "shutters on Tuesday evening,"), cut.text


def test_a_pronoun_after_this_week_leans_on_who_was_told_before() -> None:
    """Round 118's check, en 1102: "This week she learned instead that it will open again."
    was read as standing: "This week" names the present, and the pronoun after it went
    unlooked for."""
    assert leans_on_previous("This week she learned instead that it will open again.", "en")
    assert leans_on_previous("This year he extracted 740 kilograms.", "en")
    assert not leans_on_previous("This week the council approved the plan.", "en")
    assert leans_on_previous("Осы аптада ол ауылға оралды.", "kk")


def test_a_pronoun_after_a_dated_opening_phrase_leans_on_who_was_told_before() -> None:
    """Round 115's check, en 1066: "On Tuesday morning she stood across the street behind
    police tape, …" opened the short summary: the weekday's capital was taken for a name."""
    assert leans_on_previous("On Tuesday morning she stood across the street.", "en")
    assert leans_on_previous("In March they moved to the coast.", "en")
    assert not leans_on_previous("On Tuesday morning Anna Ruiz stood across the street.", "en")


def test_a_sentence_that_ends_ever_since_leans_on_the_time_told_before() -> None:
    """Round 117's check, en 1084: "The bell had sat on the dresser in his kitchen ever
    since." (since the school closed, told before it) was where the news started."""
    assert leans_on_previous("The bell had sat on the dresser in his kitchen ever since.", "en")
    assert leans_on_previous("The line has been closed since then.", "en")
    assert not leans_on_previous("The bell had sat on the dresser since 2012.", "en")
    assert not leans_on_previous("Ever since the flood, the road has been closed.", "en")


def test_a_pronoun_after_a_description_of_its_person_leans_on_who_was_named_before() -> None:
    """Round 117's check, en 1090: "A volunteer guide at the small King's Lynn museum since
    1986, she was the one who unlocked the gallery …" opened both summaries, who "she" was
    left out; the capitals of the museum's town were taken for a name before the pronoun."""
    assert leans_on_previous("A volunteer guide at the small King's Lynn museum since 1986, "
                             "she was the one who unlocked the gallery.", "en")
    assert leans_on_previous("A midwife in the Wakatipu Basin for 17 years, she keeps a list.",
                             "en")
    # (a speaker told by a pronoun leans for that reason, not as a described person)
    assert not opens_with_reference("A second pump house at the Tema works would be needed by "
                                    "2030, she added.", "en")
    assert not leans_on_previous("A volunteer guide, Margaret Ollett, unlocked the gallery.",
                                 "en")


def test_a_russian_cut_keeps_the_comma_that_closes_an_aside_on_whose_decision() -> None:
    """Round 115's judged ru 1069: «…а к полудню, по решению главного инженера … Виктора
    Гонтаря, всю ночь руководившего работами …, увеличило его …» was cut to «…Гонтаря
    увеличило его …», the aside left open."""
    from summarizer.shorten import shorten

    sentence = ("Предприятие «Кубаньводхоз» в 4 часа утра воскресенья начало аварийный сброс воды "
                "через донные затворы плотины, а к полудню, по решению главного инженера "
                "Виктора Гонтаря, всю ночь руководившего работами прямо на гребне плотины и "
                "лично проверявшего каждый затвор, увеличило его до 380 куб. м в секунду, что "
                "почти вчетверо превышает обычный летний расход реки Пшехи и грозит подтоплением "
                "шести населённых пунктов.")
    cut = shorten(sentence, 50, "ru")
    assert cut is not None
    assert "Гонтаря, увеличило его" in cut.text, cut.text


def test_by_this_stage_is_now_not_a_stage_told_before() -> None:
    """Round 117, en 1092: "…71% of the twin-bore tunnels have been excavated, against a
    target of 95% by this stage; …" under "According to Tuesday's report:" was taken to lean
    on the unit before it, and the long summary took two units of the signalling dispute with
    it, "Until the dispute is settled, …" among them, whatever dispute that was."""
    assert not leans_on_previous("Some 71% of the tunnels have been excavated, against a target "
                                 "of 95% by this stage.", "en")
    assert leans_on_previous("The council approved this plan on Tuesday.", "en")


def test_an_english_cut_drops_the_how_before_the_subject_to_keep_what_followed() -> None:
    """Round 118's check, en 1099: "Crawling through a half-flooded outlet tunnel with
    headlamps, cameras and sonar gear, a team of state engineers … found active seepage …
    last week at Willow Bench Dam, …, prompting the agency on Tuesday to order the reservoir
    lowered …" was cut before "prompting": the short summary lost the order, the news."""
    sentence = ("Wading through a flooded culvert with torches, drones and a laser scanner, a team "
                "of county engineers led by Maria Lund, 49, head of the bridge safety unit at "
                "the Dorset Highways Department, found deep cracks and signs of scour last week "
                "under the Stour Mill bridge, a 130-year-old stone arch carrying the main road "
                "into Blandford over the river, prompting the county on Monday to close the "
                "bridge to lorries until repairs are made.")
    cut = _cut(sentence, 60, "en")
    assert cut.startswith("A team of county engineers"), cut
    assert "to close the bridge to lorries" in cut, cut


@pytest.mark.parametrize(("sentence", "leans"), [
    # round 118's check, ru 1102: a word of how sure before "this wish"
    ("Похоже, это желание может исполниться.", True),
    ("Похоже, мэрия передумала.", False),
    ("Apparently, this plan will work.", True),
])
def test_a_reference_after_a_word_of_how_sure_leans(sentence: str, leans: bool) -> None:
    language = "ru" if sentence[0] in "ПМ" else "en"
    assert leans_on_previous(sentence, language) is leans


def test_a_russian_person_climbing_in_the_present_opens_a_scene() -> None:
    """Round 118's check, ru 1102: «Валентина Крутова поднимается по узкой лестнице в
    кинопроекционную медленно, …» was read as the news, and both summaries were her climb over
    the region's restoration contract."""
    from summarizer.units import is_feature_opening

    assert is_feature_opening("Ольга Зимина поднимается по узкой лестнице на колокольню "
                               "медленно, держась за перила.", "ru")
    assert not is_feature_opening("Ольга Зимина подписала в четверг указ о ремонте "
                                  "колокольни.", "ru")


@pytest.mark.parametrize(("sentence", "language"), [
    ("Иными словами, вместо руин исследователи увидели почти целый зал.", "ru"),
    ("Другими словами, тариф вырастет вдвое.", "ru"),
    ("In other words, the hall survived almost whole.", "en"),
    ("Басқаша айтқанда, зал толық сақталған.", "kk"),
])
def test_in_other_words_leans_on_what_it_says_again(sentence: str, language: str) -> None:
    """Round 118, judged ru 1102 (long 3 points below lead): «Иными словами, вместо руин
    исследователи увидели …» was taken without what it put in other words."""
    assert leans_on_previous(sentence, language)


def test_a_place_told_by_its_distance_from_the_scene_does_not_make_the_news_lean() -> None:
    """Round 118, judged ru 1096 (long 2.5 points below lead): «В пятницу, 19 августа, в
    нескольких сотнях метров от этих свай открылась новая рыбацкая гавань …» leaned on the
    old piles of the scene by «этих свай», was never taken for the news, and both summaries
    were the fisherman's mornings."""
    from summarizer.units import without_pointing_place

    sentence = ("В пятницу, 19 августа, в нескольких сотнях метров от этих свай открылась новая "
                "рыбацкая гавань.")
    assert not leans_on_previous(sentence, "ru")
    assert without_pointing_place(sentence) == ("В пятницу, 19 августа, открылась новая "
                                                "рыбацкая гавань.")
    assert without_pointing_place("On Friday, a few hundred metres from those piles, a new "
                                  "harbour opened.") == "On Friday, a new harbour opened."
    assert leans_on_previous("В пятницу у этих свай открылась новая гавань.", "ru")


@pytest.mark.parametrize(("sentence", "leans"), [
    # round 118, judged en 1097: than whom, told before
    ("Business groups were more measured.", True),
    ("In Longreach, the response was more guarded.", True),
    ("Business groups were more measured than the unions.", False),
    ("Prices were more than double the forecast.", False),
])
def test_a_bare_comparison_leans_on_what_it_is_compared_with(sentence: str,
                                                            leans: bool) -> None:
    assert leans_on_previous(sentence, "en") is leans


@pytest.mark.parametrize(("sentence", "leans"), [
    # round 119's check, en 1107: which body "it" is, told before
    ("In a statement, it said it had spent $22 million on new scrubbers.", True),
    ("Later on Tuesday, they denied any wrongdoing.", True),
    ("In a statement, the company said it had spent $22 million.", False),
])
def test_it_said_after_a_short_opening_phrase_leans(sentence: str, leans: bool) -> None:
    assert leans_on_previous(sentence, "en") is leans


def test_the_second_reason_leans_on_the_first() -> None:
    """Round 120's check, en 1122: "The second reason is climate change." was taken without
    the first reason, told before it."""
    assert leans_on_previous("The second reason is climate change.", "en")
    assert not leans_on_previous("The reason for the change is a new model.", "en")


def test_a_russian_cut_keeps_the_clause_a_participle_opens_with_tem_chto() -> None:
    """Round 120's check, ru 1123: «Национальный банк …, обеспокоенный тем, что годовая инфляция
    …» lost «, обеспокоенный тем,» as an aside and read «…Республики что годовая инфляция …»."""
    sentence = ("Центральный банк Армении, обеспокоенный тем, что годовая инфляция уже несколько "
                "месяцев держится намного ниже целевого ориентира, а кредитование бизнеса и "
                "потребительский спрос заметно замедляются, в понедельник неожиданно для "
                "большинства аналитиков снизил ставку на 0,25 процентного пункта, до 4,5%, — об "
                "этом на пресс-конференции в Ереване объявил председатель регулятора 54-летний "
                "Арам Петросян, бывший заместитель министра финансов.")
    for limit in (40, 50):
        cut = _cut(sentence, limit, "ru")
        assert "Армении что" not in cut, cut


@pytest.mark.parametrize(("sentence", "language"), [
    ("Во-вторых, юристы напоминают, что дома могут лишиться помощи.", "ru"),
    ("Secondly, the new maps assume heavier summer rain.", "en"),
    ("Екіншіден, жаңа карталар нөсерді ескереді.", "kk"),
])
def test_a_later_point_of_a_list_leans_on_the_list(sentence: str, language: str) -> None:
    """Round 120's check, ru 1122: «Во-вторых, …», «В-третьих, …» are points of a list begun
    before them."""
    assert leans_on_previous(sentence, language)


def test_an_english_cut_never_leaves_a_clause_without_its_subject() -> None:
    """Round 121's check, en 1135: "…exclusive supply deals, closing a 22-month investigation
    that began when Joseph Kariuki, a 61-year-old kiosk owner in Nakuru, complained that …"
    lost the apposition with its closing comma kept, and then the clause before it as an aside:
    "…supply deals complained that …"."""
    sentence = ("The Competition Authority on Tuesday fined Delta Tea Company Sh800 million for "
                "tying thousands of small shopkeepers into exclusive supply deals, closing a "
                "20-month investigation that began when Mary Atieno, a 52-year-old shop owner in "
                "Kisumu, complained that company agents had cleared a rival's packets from her "
                "shelves and threatened to cut off her credit, a practice the authority's "
                "director-general, Francis Mwangi, described as \"a deliberate effort to shut "
                "competitors out of the market\".")
    for limit in (50, 60):
        cut = _cut(sentence, limit, "en")
        assert "deals complained" not in cut and "Atieno, complained" not in cut, cut


def test_a_foreign_surname_quoted_alone_needs_the_full_name_before() -> None:
    """Round 118, ru 1102: «историк архитектуры Катрин Алерс» has no Russian surname ending, so
    she was taken for a place, and the long summary kept «По словам Алерс, …» without her; a
    place's name later in the text («Нижний Новгород … в Новгороде») still needs nothing."""
    units = _units("Чертежи нашла историк архитектуры Катрин Алерс. Работы начнутся весной. "
                   "По словам Алерс, интерьеры уцелели почти полностью. Зал откроют в мае.", "ru")
    assert name_introductions(units)[2] == frozenset({0})
    units = _units("Чертежи нашла историк Катрин Алерс. Работы начнутся весной. Проект хвалят, "
                   "— рассказала Алерс журналистам.", "ru")
    assert name_introductions(units)[2] == frozenset({0})
    units = _units("Сұлбаны тарихшы Катрин Алерс тапты. Жұмыс көктемде басталады. Алерстің "
                   "сөзінше, ғимарат толық сақталған.", "kk")
    assert name_introductions(units)[2] == frozenset({0})
    units = _units("Завод открыли в Нижний Новгород. Работы начнутся весной. В Новгороде "
                   "завод хвалят.", "ru")
    assert name_introductions(units) == [frozenset()] * 3



def test_a_kazakh_cut_ends_on_a_negative_converb_made_the_main_verb() -> None:
    """Round 121, kk 1141 (short a point below lead): the 70-word lead «… бұрынғы қала әкімі
    … сотта өзін кінәлі деп мойындамай, оған тағылған барлық айыпты «жала» деп атады.» was cut
    to its last clause, «…Барлық айыпты … деп атады.», with no one who spoke; without that
    clause the converb ends the sentence as its verb and the subject stays."""
    sentence = ("Павлодар облысындағы Ақсу қаласын 2012–2016 жылдары басқарған, өткен жылдың "
                "қарашасында тергеушілер ұстаған 56 жастағы бұрынғы қала әкімі Бауыржан "
                "Жақыпов жергілікті құрылыс компаниясының иесіне қалалық көшелерді жөндеуге "
                "арналған мемлекеттік сатып алу конкурстарын ұтып алуға жәрдемдескені үшін 84 "
                "млн теңге пара алды деген айыппен сейсенбі күні облыстық қылмыстық сотта "
                "басталған алғашқы отырыста өзін кінәлі деп мойындамай, оған тағылған барлық "
                "айыпты «жала мен жеке кек» деп атады.")
    cut = shorten(sentence, 60, "kk").text
    assert "Бауыржан Жақыпов" in cut and cut.endswith("деп мойындамады."), cut
    # (not when the last clause has a subject of its own: the lawyer's words are his)
    long_tail = sentence.replace("оған тағылған барлық айыпты «жала мен жеке кек» деп атады.",
                                 "оның адвокаты Серік Оспанов дәлелдерді жалған деп атады.")
    assert "мойындамады." not in shorten(long_tail, 60, "kk").text


def test_a_kazakh_cut_keeps_the_deed_after_soon() -> None:
    """Round 170, kk 1723: «…төлем тапқанын жариялағаннан кейін көп ұзамай, сейсенбі күні …
    өтініш жазғанын мәлімдеді, ал …» was cut to «…жариялағаннан кейін көп ұзамады.»: "soon"
    negates nothing, and the resignation after it is the news."""
    sentence = ("Қостанай облысындағы Рудный қаласының әкімі, бұған дейін облыстық құрылыс "
                "басқармасын басқарған 49 жастағы Асқар Бекенов облыстық тексеру комиссиясы "
                "жол жөндеуге жасалған келісімшарттардан 150 млн теңге артық төлем тапқанын "
                "жариялағаннан кейін көп ұзамай, дүйсенбі күні облыс әкіміне қызметтен кету "
                "туралы өтініш жазғанын мәлімдеді, ал облыс әкімдігі өтінішті сол күні "
                "қанағаттандырып, әкімнің міндетін уақытша атқаруды оның орынбасарына жүктеді.")
    cut = shorten(sentence, 40, "kk").text
    assert "Асқар Бекенов" in cut and "өтініш жазғанын мәлімдеді." in cut, cut
    assert "ұзамады" not in cut, cut


@pytest.mark.parametrize(("sentence", "language", "turn"), [
    ("This week, that collection finally found a permanent home.", "en", True),
    ("On Wednesday, the gap was finally explained.", "en", True),
    ("На этой неделе коллекция наконец обрела свой дом.", "ru", True),
    ("This week the council met again.", "en", False),
    ("She finally retired in 2004.", "en", False),
])
def test_what_was_long_waited_for_done_at_last_is_a_turn(sentence: str, language: str,
                                                            turn: bool) -> None:
    """Round 122's check, en 1150: "This week, that collection finally found a permanent home."
    led from a garage scene to the council's vote, and was not read as a turn."""
    from summarizer.units import SHORT_TURN_WORDS, is_turn

    assert is_turn(sentence, language, words=SHORT_TURN_WORDS) is turn


def test_a_russian_cut_keeps_no_speaker_without_the_verb_that_says_she_spoke() -> None:
    """Round 122's check, ru 1147: «…, сообщила в среду курирующая дело начальник управления
    …, 48-летняя Ольга Ремизова.» was dropped as a participial aside up to the comma before the
    name, and the cut ended «…в 17 регионах, 48-летняя Ольга Ремизова.»"""
    sentence = ("Федеральная антимонопольная служба оштрафовала производителя дженериков АО "
                "«Медиклон» и его партнёра, дистрибьютора ООО «ФармСнаб», на 412 млн руб., "
                "признав, что компании в 2012–2014 гг. поддерживали завышенные цены на "
                "препарат гемцитабин на аукционах в 17 регионах, сообщила в среду курирующая "
                "дело начальник управления контроля социальной сферы и торговли ведомства, "
                "48-летняя Ольга Ремизова.")
    cut = _cut(sentence, 45, "ru")
    assert "Ремизова" not in cut or "сообщила" in cut, cut
    assert "412 млн руб." in cut, cut


def test_a_kazakh_cut_starts_at_no_firm_whose_form_is_in_a_case_of_object() -> None:
    """Round 122's check, kk 1153: the short summary opened «…«Ертіс ХимСинтез» ЖШС-на
    қатысты … талап-арызын толық қанағаттандырып, …» with no court: the firm after the
    participle was taken for the subject, its «ЖШС-на» (to the LLP) notwithstanding."""
    sentence = ("Павлодар облысының мамандандырылған ауданаралық экономикалық соты сейсенбі күні "
                "облыстағы ірі химия кәсіпорындарының бірі, 1998 жылы бұрынғы кеңестік цех "
                "негізінде құрылған «Ертіс ХимСинтез» ЖШС-на қатысты облыстық экология "
                "департаментінің талап-арызын толық қанағаттандырып, биылғы наурызда қойма "
                "резервуарынан 18 тоннаға жуық тұз қышқылы ерітіндісінің ағып, Усолка өзеніне "
                "құятын арнаға түсуі салдарынан келтірілген зиян үшін кәсіпорынды 2,37 млрд "
                "теңге өтемақы төлеуге міндеттеді.")
    cut = _cut(sentence, 45, "kk")
    assert cut.startswith("Павлодар облысының мамандандырылған ауданаралық экономикалық соты"), cut


def test_labels_in_capitals_after_a_colon_stay_with_their_sentence() -> None:
    """Round 122's check, en 1150: "…each labelled in the same capitals: WHALING STATIONS.
    BUTTER FACTORY WAGES 1921–38. SCHOOL PHOTOS 1950s." made each label a passage of its own,
    and one of them was taken for the first news after the opening; a sentence in capitals
    after an ordinary one is still its own."""
    units = _units("The garage holds 212 boxes, each labelled in capitals: WHALING STATIONS. "
                   "BUTTER FACTORY WAGES 1921–38. SCHOOL PHOTOS 1950s. A cassette player sits "
                   "on the table.", "en")
    assert [len(unit.sentences) for unit in units] == [3, 1]
    units = _units("The council met on Monday. NO DECISION WAS MADE. The vote is in May.", "en")
    assert [len(unit.sentences) for unit in units] == [1, 1, 1]


@pytest.mark.parametrize(("sentence", "leans"), [
    ("Losing bidders will then have ten working days to file objections.", True),
    ("The council would then vote on the final design in March.", True),
    ("If the appeal fails, the council would then vote on the design.", False),
    ("The council will vote on the design in March.", False),
])
def test_an_english_step_told_as_what_follows_then_leans_on_the_one_before(
        sentence: str, leans: bool) -> None:
    """Round 122, en 1146 (long a point and a half below lead): the long summary kept "Losing
    bidders will then have ten working days to file objections." without the evaluation of the
    bids that it follows."""
    from summarizer.units import leans_on_previous

    assert leans_on_previous(sentence, "en") is leans


def test_a_surname_with_a_capital_inside_needs_its_full_name_before() -> None:
    """Round 122, en 1144: "…, MacAskill admits, …" kept in the long summary without the
    scene that named "Ruairidh MacAskill", whose surname no pattern took for one."""
    units = _units("Ruairidh MacAskill wades out across the mud of the loch.\n\nThe licence was "
                   "granted on Thursday.\n\nThe project began, MacAskill admits, with doubts.",
                   "en")
    assert name_introductions(units)[-1] == frozenset({0})


def test_a_kazakh_cut_drops_the_speakers_age_and_name_before_his_verb_not_the_verb() -> None:
    """Round 122's check, kk 1147: the 75-word lead «…айыппұл салынғанын сейсенбі күні …
    агенттігі төрағасының орынбасары, 47 жастағы Ержан Сапарбеков брифинг барысында
    мәлімдеді, бұл … ең ірі жазасы болып отыр.» was cut at the comma after the role, ending
    «…төрағасының орынбасары…» with no verb; the role alone says who spoke, and the clause on
    «бұл» after the verb is a sentence of its own."""
    sentence = ("Қазақстандағы ең ірі отандық дәрі өндірушілердің бірі, Шымкентте үш зауыты бар "
                "«Шипагер Фарм» АҚ-қа 2020 жылғы наурыз бен тамыз аралығында дәріханаларда қызу "
                "түсіретін дәрілер мен антибиотиктерге сұраныс бірнеше есе артқан кезеңде екі "
                "ірі дистрибьютормен бағаны алдын ала келісіп отырғаны үшін 3,1 млрд теңге "
                "айыппұл салынғанын сейсенбі күні Бәсекелестікті қорғау және дамыту агенттігі "
                "төрағасының орынбасары, 47 жастағы Ержан Сапарбеков брифинг барысында "
                "мәлімдеді, бұл монополияға қарсы органның фармацевтика нарығында соңғы "
                "жылдары салған ең ірі жазасы болып отыр.")
    cut = _cut(sentence, 60, "kk")
    assert cut.endswith("төрағасының орынбасары брифинг барысында мәлімдеді."), cut


@pytest.mark.parametrize(("sentence", "leans"), [
    ("The work has been costed at $7.8 million.", True),
    ("The repairs are due to be finished by June 2020.", True),
    ("The job cuts amount to about 12 percent of the airline's staff.", False),
    ("The work on the bridge has been costed at $7.8 million.", False),
    ("The replacement equipment has cost €118 million.", False),
])
def test_the_work_or_the_job_stands_for_a_task_told_before(sentence: str, leans: bool) -> None:
    """Round 123's check, en 1164: "The work has been costed at $7.8 million." closed a long
    summary that never told the fix of the bunker walls."""
    from summarizer.units import leans_on_previous

    assert leans_on_previous(sentence, "en") is leans


@pytest.mark.parametrize(("sentence", "report"), [
    ("The Canadian Coast Guard confirmed this month that it will destaff the station on "
     "Sept. 30.", True),
    ("This month's catch was the smallest in years.", False),
])
def test_this_month_dates_a_report(sentence: str, report: bool) -> None:
    """Round 124's check, en 1168: the coast guard's decision "this month" was no dated news,
    and the summaries told the island's basalt and its light since 1898; "That ends this
    fall." before it is a turn."""
    from summarizer.units import is_news_report, is_turn

    assert is_news_report(sentence, "en") is report
    assert is_turn("That ends this fall.", "en")


def test_formerly_inside_a_participle_on_who_speaks_opens_no_feature() -> None:
    """Round 124's check, kk 1177: the lead «Бұрын облыстық табиғат қорғау прокуратурасында он
    жыл қызмет еткен … департаментінің басшысы, 49 жастағы Асқар Жолдасов бейсенбі күні …
    айыппұл салғанын мәлімдеді.» was read as background for its «Бұрын», and the summaries
    opened on the accident's hour; «Бұрын бұл ғимаратта мектеп болған.» is still background."""
    from summarizer.units import is_feature_opening

    assert not is_feature_opening(
        "Бұрын облыстық табиғат қорғау прокуратурасында он жыл қызмет еткен экология "
        "департаментінің басшысы, 49 жастағы Асқар Жолдасов бейсенбі күні кәсіпорынға 412 млн "
        "теңге айыппұл салынғанын мәлімдеді.", "kk")
    assert is_feature_opening("Бұрын бұл ғимаратта ауылдың мектебі болған.", "kk")


def test_a_quotation_cut_at_the_limit_goes_on_in_a_part_that_needs_the_one_before() -> None:
    """Round 125's check, en 1180: a quotation cut at the sentence limit left its last
    sentence, "You choose it … or not at all."", closing a mark it never opened, and the long
    summary took it alone (a quotation of ten sentences is still cut)."""
    units = _units('Canal sold the flock.\n\n"A young man came up in July. He stayed two '
                   'nights. Then it rained. He went home. I do not blame him. The hut is cold. '
                   'The road is long. The dogs are old. This is not a life anyone chooses any '
                   'more. You choose it when you are born into it, or not at all."\n\n'
                   'The council will advertise the lease again.', "en")
    last = next(unit for unit in units if unit.text.startswith("You choose"))
    assert last.depends_on == last.index - 1


def test_a_sentence_on_how_someone_put_it_goes_with_the_quotation_after_it() -> None:
    """Round 125's check, en 1180: "Dr Simon Pryce, an ecologist at the University of Exeter,
    put it bluntly." was taken into the long summary without the quotation it announces."""
    units = _units('The flock was sold.\n\nDr Simon Pryce, an ecologist at the University of '
                   'Exeter, put it bluntly. "The grassland up there is not wild," he said.\n\n'
                   'The lease will be advertised again.', "en")
    assert [len(unit.sentences) for unit in units] == [1, 2, 1]


@pytest.mark.parametrize(("second", "joined"), [
    ("Inside, it has been almost entirely rebuilt.", True),
    ("Its roof was replaced in 2019.", False),
])
def test_a_look_from_outside_goes_with_what_the_next_sentence_sets_against_it(
        second: str, joined: bool) -> None:
    """Round 135, en 1300: "From the road, the building looks much as it did." ended the short
    summary, without "Inside, it has been almost entirely rebuilt." after it."""
    units = _units("The school reopened on Monday.\n\nFrom the road, the old hall looks much "
                   f"as it did. {second}\n\nThe council paid for the work.", "en")
    assert [len(unit.sentences) for unit in units] == ([1, 2, 1] if joined else [1, 1, 1, 1])


@pytest.mark.parametrize(("text", "latest", "long_ago"), [
    ("Последний урок провели 24 мая 1971 г.", 2022, True),
    ("Последний урок провели 24 мая 1971 г.", 1980, False),
    ("Последний урок провели 24 мая.", 2022, False),
    ("The last entry was made on March 3, 1975, in a neat hand.", 2021, True),
    ("The council met on March 3, 2020, and voted.", 2021, False),
])
def test_a_date_decades_before_the_articles_latest_year_is_long_ago(
        text: str, latest: int, long_ago: bool) -> None:
    from summarizer.units import dated_only_long_ago

    language = "en" if text.isascii() else "ru"
    assert dated_only_long_ago(text, language, latest) is long_ago


def test_a_month_in_which_a_body_decided_dates_a_russian_report() -> None:
    """Round 125's check, ru 1180: «В августе правление … кооператива … решило продать
    оставшиеся 1 140 овец …» was no dated report, and the summaries told the shepherd's
    morning."""
    from summarizer.units import is_news_report

    assert is_news_report("В августе правление кооператива решило продать оставшиеся 1 140 "
                          "овец.", "ru")
    assert not is_news_report("В августе 1991 г. кооператив решил продать овец.", "ru")
    assert not is_news_report("В августе здесь всегда холодно.", "ru")


def test_an_english_aside_ends_at_no_comma_before_a_name_with_a_middle_initial() -> None:
    """Round 125's check, en 1189: ", accepting a plea agreement in which … its former
    environmental compliance manager," was dropped up to the comma before "Dale R. Pickett",
    and the short summary read "…the Kennebec River Dale R. Pickett, 58, … had falsified …"."""
    sentence = ("A federal judge in Bangor on Thursday ordered Carrow Falls Paper Co., the "
                "112-year-old mill that is still the largest private employer in Somerset "
                "County, to pay $3.2 million in criminal fines and spend a further $1.5 million "
                "restoring a stretch of the Kennebec River, accepting a plea agreement in which "
                "the company admitted that its treatment plant had released inadequately "
                "treated wastewater into the river for 19 months and that its former "
                "environmental compliance manager, Dale R. Pickett, 58, of Norridgewock, had "
                "falsified the monitoring reports sent to state regulators.")
    cut = _cut(sentence, 60, "en")
    assert "River Dale" not in cut, cut


def test_a_quotation_a_little_past_the_limit_is_one_unit_to_its_end() -> None:
    """Round 125's check, ru 1180: the chairman's quotation of six sentences was cut after
    four, and the long summary kept it open, «…А главное — нет людей. Эркемен Акчинович у нас
    последний, …» with no end."""
    units = _units("Кооператив продает отару.\n\nПредседатель объясняет решение просто: «Держать "
                   "отару стало в убыток. Шерсть дешевле стрижки. Мясо везти далеко. А главное — "
                   "нет людей. Он у нас последний. Молодые на такую работу не идут».\n\nОтару "
                   "продадут в октябре.", "ru")
    assert [len(unit.sentences) for unit in units] == [1, 6, 1]


def test_an_english_aside_goes_on_past_a_relative_clause_with_no_verb_yet() -> None:
    """Round 126's check, en 1195: ", the … contractor whose founder and chief executive, a
    61-year-old engineer …, sits on several industry boards," was cut at its first comma,
    leaving "Ndovu Build Ltd 61-year-old engineer …, sits …, was fined"; and the aside inside
    the "that" clause kept its closing comma: "…three smaller rivals, had rigged"."""
    sentence = ("Kestrel Roads Ltd, the Mombasa-based paving contractor whose owner and managing "
                "director, 57-year-old surveyor Jane Wambui Otieno, chairs two trade bodies, was "
                "fined 230 million shillings on Monday by the competition regulator, which found "
                "that the company and two smaller rivals, sharing their prices through a private "
                "chat group and a consultant they hired together, had rigged bids on 19 coastal "
                "road tenders worth 4.1 billion shillings between 2016 and 2019.")
    for limit in (50, 60):
        cut = _cut(sentence, limit, "en")
        assert "Ltd 57-year-old" not in cut and "rivals, had" not in cut, cut
        assert "director," not in cut and "was fined 230 million" in cut, cut


def test_an_inner_relative_clause_with_no_verb_yet_goes_to_its_verb() -> None:
    """Judged en 181, which the first try at round 126's fix for en 1195 broke: the relative
    clause "whose first novel," has no verb before its comma, and taken out alone it left the
    novel's verb with no subject ("…from Leeds whose first novel, was rejected …"); it goes on
    to its verb's stretch and out as a whole."""
    sentence = ("Tomasz Kowal, a 41-year-old former bus driver from Gdansk whose debut book, a "
                "tale of four brothers running a bakery in a shrinking port town, was turned down "
                "by 17 publishers before a tiny press in Torun agreed to print 2,000 copies, won "
                "the country's biggest literary prize on Saturday night, beating six far better "
                "known authors at a ceremony in Warsaw.")
    cut = _cut(sentence, 40, "en")
    assert "whose debut book" not in cut and "copies, won" not in cut, cut
    assert "from Gdansk, won" in cut, cut


def test_an_english_cut_never_ends_on_a_participle_that_opens_a_clause() -> None:
    """Round 126's check, en 1201: "…wastewater into the Kennebec River, concluding, after an
    18-month investigation …, that the mill had broken …" was cut to "…River, concluding."."""
    sentence = ("The state environment agency on Thursday fined Birch Hollow Tannery $870,000 for "
                "dumping untreated rinse water into the Sable River, concluding, after a "
                "14-month inquiry set off by complaints from anglers downstream, that the tannery "
                "had broken the terms of its permit on 31 separate days over two years.")
    cut = _cut(sentence, 30, "en")
    assert not cut.rstrip(".…").endswith("concluding"), cut


def test_a_russian_aside_that_ends_on_a_name_takes_the_former_role_after_it() -> None:
    """Round 126's check, ru 1195: «…за 2018 г.[, которым с 2012 г. руководит 54-летний Виктор
    Лагутин,] в прошлом заместитель министра транспорта региона, признав …» left the company
    «в прошлом заместитель министра»."""
    sentence = ("Областное управление ФАС оштрафовало на 31,2 млн руб. ООО «Дормост», одного из "
                "крупнейших подрядчиков дорожного ведомства с выручкой 2,7 млрд руб. за 2019 г., "
                "которым с 2014 г. руководит 49-летний Олег Сизов, в прошлом глава областного "
                "управления автодорог, признав компанию виновной в сговоре с тремя другими "
                "фирмами, позволявшем им в 2017–2019 гг. поочередно выигрывать аукционы на "
                "ремонт трасс с минимальным снижением цены.")
    for limit in (40, 50):
        cut = _cut(sentence, limit, "ru")
        assert "Сизов" in cut or "в прошлом" not in cut, cut


def test_a_kazakh_first_report_too_long_is_cut_again_rather_than_spliced() -> None:
    """Round 126's check (kk 739 and kk 769 among the judged articles): a sentence that reports
    one thing with a converb of saying and goes on to more was spliced with "…" when its first
    report alone was still too long («…айырылған Бұқар жырау, Нұра… алғашқы төлемдер …
    аударылатынын мәлімдеді.»); the first report, its converb made the main verb, is cut in
    its turn and keeps the fund it reports."""
    sentence = ("Қарағанды облысы әкімінің өнеркәсіп мәселелері жөніндегі орынбасары, бұған дейін "
                "көп жыл облыстық кәсіпкерлік басқармасын басқарған 49 жастағы Нұрлан Жақыпов "
                "сәрсенбі күні облыс орталығында өткен кеңейтілген отырыста биылғы көктемде су "
                "тасқыны салдарынан үйі мен малынан айырылған Бұқар жырау, Нұра, Осакаров және "
                "Шет аудандарындағы 2 мыңнан астам отбасына көмек көрсету үшін жалпы көлемі 4,8 "
                "млрд теңге болатын өңірлік қор құрылғанын хабарлап, алғашқы төлемдер мамыр "
                "айының соңына дейін отбасылардың банк шоттарына аударылатынын, ал қалған қаржы "
                "күзге дейін бөлінетінін мәлімдеді.")
    for limit in (45, 50):
        cut = _cut(sentence, limit, "kk")
        assert "…" not in cut and "4,8 млрд теңге" in cut, cut
        assert cut.endswith("құрылғанын хабарлады."), cut


@pytest.mark.parametrize(("language", "sentence", "leans"), [
    # round 126's check, en 1200: "Most will be placed …" kept without the hires it counts; a
    # quantifier with its noun names its group and stands
    ("en", "Most will be placed for now in its outpatient clinics or on its crisis line.", True),
    ("en", "Both were released from hospital by Sunday evening.", True),
    ("en", "Several are still being treated for smoke inhalation.", True),
    ("en", "None has shown any symptoms, the agency said.", True),
    ("en", "Most residents will be moved to temporary flats in the spring.", False),
    ("en", "All flights were cancelled on Tuesday morning.", False),
    ("en", "Half the cost will be paid by the city.", False),
    # round 126's check, ru 1200: kept without the 63 million it pays for
    ("ru", "Кто за это заплатит, пока не решено: подрядчик и заказчик спорят.", True),
    ("ru", "За это подрядчику грозит штраф до 5 млн руб.", True),
    ("ru", "За это время цена выросла с 38 до 72 руб.", True),
    ("ru", "Жильцы проголосовали за новый договор в марте.", False),
    # round 127's check, en 1209: kept without the county's application to the court; en 1208:
    # two measures told before
    ("en", "The case is due to be heard on Thursday.", True),
    ("en", "The application was lodged on Monday by the county attorney.", True),
    ("en", "If either measure falls more than 15% below that level for 30 days, the company must "
           "cut production.", True),
    ("en", "The case for a new bridge has been made for decades.", False),
    ("en", "If either of the candidates wins, the port will be sold.", False),
    # round 127, kk 1206: "even more complex than this", kept with nothing to compare with
    ("kk", "Ағаштар мәселесі бұдан да күрделі болып шықты.", True),
    ("kk", "Компанияның жоспары бұдан да ауқымды.", True),
    ("kk", "Ағаштар мәселесі күрделі болып шықты.", False),
    # round 163, ru 1636: a pronoun after a preposition right after an opening phrase of when;
    # not one that points inside its own sentence
    ("ru", "В ночь на пятницу, 17 октября, в нем произошел пожар.", True),
    ("ru", "Следующее заседание назначено на 28 марта, на нём суд начнёт допрос.", False),
    # round 161, en 1617 and en 1615: a quantifier with a verb in the past, a vote's result
    ("en", "Most opposed the increase.", True),
    ("en", "Both voted against the plan.", True),
    ("en", "The result is expected on October 28.", True),
    ("en", "The results were announced by the returning officer.", True),
    ("en", "Most farmers opposed the increase.", False),
    ("en", "Several held hand-lettered signs reading \"Born in Pratt.\"", True),
    ("en", "Several families held a vigil outside the hospital.", False),
    # round 178, ru 1823: the lowest "figure" with nothing of what it measures; not one that
    # names its measure
    ("ru", "Самый низкий показатель — в областном центре: 1,1%.", True),
    ("ru", "Самый низкий уровень безработицы зафиксирован в Иванове — 1,1%.", False),
    ("en", "The lowest rate was in Durham, at 2.1%.", True),
    ("en", "The lowest rate of unemployment was in Durham.", False),
    ("kk", "Ең жоғары көрсеткіш Теміртауда тіркелді.", True),
    ("kk", "Ең жоғары жұмыссыздық деңгейі Теміртауда тіркелді.", False),
    # round 183, en 1876: the price of what was told before; not cheap things of its own
    ("en", "The cheapest estimate the board received was $3.2 million.", True),
    ("en", "The lowest bid came from a firm in Denver.", True),
    ("en", "The cheapest tickets sold out within an hour.", False),
    # round 179's check, en 1833 and en 1836: speakers told by the place before them; a share
    # of "those" told before (not of a figure in its own sentence)
    ("en", "Doctors there said his condition was serious but stable.", True),
    ("en", "Officials there are used to floods.", False),
    ("en", "The report says about 40 per cent of those were drivers looking for parking.", True),
    ("en", "Of the 640 members balloted, 78% voted, and 91% of those backed a strike.", False),
    # round 182, en 1869: a count "of them" told before; not one set off after what it counts
    ("en", "FreshWay pleaded guilty to 14 of them in March.", True),
    ("en", "The council said the removed setts, about 38,000 of them, would be stored.", False),
    ("en", "Police arrested 12 people, and 8 of them were later released.", False),
    # round 178's check, en 1822: a count in words of a crew told just before
    ("en", "All four crew survived.", True),
    ("en", "Both pilots were unhurt.", True),
    ("en", "All 43 passengers were taken to hospital in Cork.", False),
    ("en", "All passengers must wear seatbelts from Monday under the new rules.", False),
    # round 162, en 1626: "that" before a noun after a preposition; not a conjunction, a time,
    # nor a distance from a place
    ("en", "A feasibility study for that line is due to be completed in the spring.", True),
    ("en", "Officials said that the line would open in the spring.", False),
    ("en", "Trains were full at that time of the morning.", False),
    ("en", "On Sunday, 1,300 kilometres from that pit, Simran Jaglan won the gold.", False),
    ("en", "The result of the ballot is expected on Friday.", False),
    # round 164, ru 1657: the rest of those told, after a preposition
    ("ru", "В остальных занятия шли только в начальных классах.", True),
    ("ru", "У остальных участников вопросов к организаторам не было.", True),
    ("ru", "В остальном мире таких станций пока нет.", False),
    # round 165, ru 1662: a pronoun after its preposition, after whose data it is
    ("ru", "По данным отраслевой ассоциации, под ними находится около 450 га.", True),
    ("ru", "По данным ассоциации, сетки стоят на 450 га.", False),
    ("en", "According to the finance department, it will add N$59 to a monthly bill.", True),
    ("en", "According to the finance department, the rise will add N$59 to a bill.", False),
    # round 165, en 1668: "the remaining" sum with no figure before it in its sentence
    ("en", "Andeskor will fund the remaining $500 million from its own cash.", True),
    ("en", "Orvane holds 70 percent and Sadiki Holding the remaining 30 percent.", False),
    # round 165, en 1667: "that" before a singular noun after a speech verb stands for what was
    # told before; not "that" as the conjunction before a mass noun, nor one whose own clause
    # told the figure it points at (en 595)
    ("en", "Parent groups said that reliance was exactly the problem.", True),
    ("en", "Councillors said that plan would be reviewed next spring.", True),
    ("en", "Bankers warned that pay is racing ahead of productivity.", False),
    ("en", "The gallery put the loss at about 9 million kronor, but its director said that figure "
           "did not reflect the pieces' history.", False),
    # round 165, en 1661: an example named again as "the same household", not a person of a
    # story told again (judged en 544: "On Sunday, the same girl won …")
    ("en", "Over a full year of about 9.1 MWh, the same household will pay about 700 euros.", True),
    ("en", "On Sunday, the same girl won the national junior title in Accra.", False),
    # round 167, ru 1690: a short sentence on what was first asked answers what was just
    # agreed; a longer one may tell the plan and its change itself
    ("ru", "Изначально профсоюз требовал 20% сразу.", True),
    ("kk", "Бастапқыда кәсіпорын 31 пайыздық өсімді сұраған.", True),
    ("en", "Originally the union wanted 15 percent at once.", True),
    ("ru", "Первоначально мост обещали открыть в конце 2015 г., но подрядчик дважды сорвал "
           "сроки и был заменён.", False),
    # round 167, en 1684: the dateline's place as "this" with its size is no link back; the
    # same sentence with a thing told before is
    ("en", "On Tuesday the board voted to close its maternity unit, ending 50 years of births "
           "in this mill town of 3,200.", False),
    ("en", "On Tuesday the board voted to close this unit, ending 50 years of births.", True),
    # round 167, en 1692: who arrived within minutes of what was told before; not a span
    # counted from what its sentence names, nor a response that came within hours (judged en
    # 224, the link to the foundation's appeal)
    ("en", "Rangers arrived within 15 minutes.", True),
    # round 168, en 1704: a vote "in favour" of nothing it names
    ("en", "Councillors voted 6-3 in favour after hearing that repairs would cost £4 million.",
     True),
    ("en", "Councillors voted 6-3 in favour of the scheme on Tuesday.", False),
    # round 168, en 1706: an account given before, rejected
    ("en", "Ms. Solheim, 49, who has run the hall since 2015, rejected that account.", True),
    # round 169, en 1716 and en 1710: a bare share of what was told before, and a span with
    # nothing it is counted from; not a turn within hours (judged en 50)
    ("en", "Roughly two-thirds are in the Highlands and Islands.", True),
    ("en", "Within a year, the pandemic had cut the airline to 11 routes.", True),
    ("en", "Within a year of the merger, the airline had cut 11 routes.", False),
    ("en", "Within hours, however, the two companies said they would appeal.", False),
    # round 167, ru 1684: a Russian "such" after a preposition points back; not one whose own
    # clause before it told what it points at (judged ru 1582)
    ("ru", "Отделения с таким потоком, как правило, закрывают в первую очередь.", True),
    ("ru", "Врачи предупреждают о похожих рисках.", True),
    ("ru", "Комбинат увеличил добычу с 1,2 до 2,5 млн т, хотя проект на такой объём не "
           "проходил экспертизу.", False),
    ("en", "Rangers arrived within 15 minutes of the call.", False),
    ("en", "The foundation's response came within hours.", False),
    # (round 170, en 1726: the notebook told before, by "it")
    ("en", "In it the old drummer wrote the names of the towns on the tour.", True),
    ("en", "In its report, the commission found waste in every department.", False),
    # (round 170, en 1728: "it", the queue told before, after "by" and a time)
    ("en", "By mid-morning it stretched past the bakery on the corner.", True),
    ("en", "By noon it emerged that the talks had failed.", False),
    ("en", "On Monday it launched a campaign to vaccinate 300,000 children.", False),
    # (round 170, en 1730: "they" after "on days when", the buses told before; not after a
    # clause that names them)
    ("en", "On days when the temperature fell below -20 C, they averaged 90 kilometres.", True),
    ("en", "When councillors approved the plan in 2008, they agreed to close the branch.",
     False),
    # (round 170, ru 1722: "that" event after a preposition; not «после того как», nor «с тех
    # пор» after a year its own sentence gives)
    ("ru", "После того случая часть домов перенесли выше по склону.", True),
    ("ru", "После того как суд вынес решение, завод закрыли.", False),
    ("ru", "Переправа открылась в 1973 г., и с тех пор терминал почти не менялся.", False),
    # (round 171, en 1731: the span told before; what a body said of "him", told before; not
    # what a person said of himself)
    ("en", "Over the same period riders made about two million trips.", True),
    ("en", "Police said he was not wearing a helmet.", True),
    ("en", "Mayor Jane Holt said she would not seek another term.", False),
    # (round 171, ru 1741: a pronoun after a preposition past an opening of three words)
    ("ru", "На момент закрытия у него было около 5 тыс. подписчиков.", True),
    # (round 172, ru 1750: "he" after a time phrase whose date is set off by commas)
    ("ru", "Утром в пятницу, 14 марта, ворот она не узнала.", True),
    ("ru", "В пятницу суд признал компанию виновной.", False),
])
def test_what_points_back_to_what_was_told_before(language: str, sentence: str,
                                                   leans: bool) -> None:
    assert leans_on_previous(sentence, language) is leans


def test_a_long_attribution_at_the_end_goes_before_the_report() -> None:
    """Round 167, en 1693: "…began a work-to-rule protest over pay on Wednesday, checking
    every lorry's papers …, a slowdown that … had stretched the queue … to 19 kilometres,
    according to Dimitar Velkov, 52, a senior inspector who heads …" was cut to the protest
    and its source, the slowdown and the queue gone."""
    sentence = ("Dock workers at Varna, the largest port on the Bulgarian coast, began an "
                "overtime ban on Monday, refusing all shifts after 6 p.m. and unloading only one "
                "ship at a time, a slowdown that by evening had left 14 vessels waiting at anchor "
                "off the port, according to Petar Ivanov, 47, a crane operator who chairs the "
                "port branch of the Transport Workers' Union, which says its members have not had "
                "a rise since 2019.")
    cut = _cut(sentence, 60, "en")
    assert "14 vessels waiting at anchor" in cut and "Ivanov" not in cut, cut
    # (not a tail that tells what its source said, nor an aside inside a clause still open)
    said = sentence.replace("which says its members have not had a rise since 2019",
                            "who said at a briefing that no talks were planned")
    assert "no talks were planned" in _cut(said, 60, "en")
    inner = ("A team of divers working for two summers off the rocky coast of the island found "
             "a bronze helmet that, according to the researchers, may be the oldest ever "
             "recovered in the region and one of very few from the period to survive intact.")
    assert not _cut(inner, 30, "en").endswith("that.")


@pytest.mark.parametrize("limit", [22, 30])
def test_a_persons_role_outlasts_the_reason_and_the_comment(limit: int) -> None:
    """Round 168, en 1706: "…dismissed Tomasz Wierzbicki[, the artistic director of Kraków's New
    Space Theatre, citing a … budget overrun …,] in a move his actors said was punishment …"
    kept the comment and never said who he was."""
    sentence = ("The city council of Bergen on Monday dismissed Ingrid Solheim, the managing "
                "director of the Bergen Philharmonic Hall, citing a 14-million-krone deficit and "
                "late accounts, in a move her musicians said was revenge for a concert that had "
                "upset the mayor.")
    assert "the managing director of the Bergen Philharmonic Hall" in _cut(sentence, limit, "en")


def test_an_age_before_an_adjectives_of_goes_with_both_commas() -> None:
    """Round 168's check, judged en 284: "…found Ruslan Temirov[, 38,] guilty of smuggling …"
    read "Temirov, guilty", "guilty of" taken for the start of an apposition."""
    sentence = ("Judge Aigerim Sadykova found Marat Ospanov, 41, guilty of smuggling protected "
                "birds and forging export permits and sentenced him to five years in a "
                "general-regime prison.")
    assert "Marat Ospanov guilty of" in _cut(sentence, 24, "en")


def test_a_figure_after_a_dash_at_the_end_goes_with_a_stop() -> None:
    """Round 167, en 1688: "…would go only to customers who were without power for more than 48
    hours — roughly 31,000 of the 140,000 affected." was cut to "…48 hours…", which a summary
    takes for a cut-off sentence and left out."""
    sentence = ("In a letter sent on Monday, the water company said the rebate would be paid "
                "only to households that went without supply for more than three days — about "
                "12,000 of the 85,000 affected.")
    assert _cut(sentence, 28, "en").endswith("for more than three days.")


@pytest.mark.parametrize("limit", [40, 50])
def test_a_kazakh_cut_keeps_the_counted_group_and_its_first_deed(limit: int) -> None:
    """Round 167, kk 1693: «…бекетінде … қызмет етіп келе жатқан, … Нұржан Әлімбеков бастаған
    60-тан астам кеденші … наразылық білдіріп, дүйсенбі таңертеңнен бастап … тексере бастады,
    соның салдарынан …» was cut to «…келе жатқан… дүйсенбі …», nobody doing the checking; the
    subject is a group counted roughly, and the deed is the first finite verb."""
    sentence = ("Маңғыстау облысы Ақтау қаласындағы теңіз портында жиырма жылдан бері жұмыс істеп "
                "келе жатқан, әріптестері арасында «порттың ең тәжірибелі маманы» атанған 52 "
                "жастағы крановщик Серік Оспанов бастаған 80-нен астам жүк тиеуші жалақының "
                "кешіктірілуіне наразылық білдіріп, сейсенбі таңертеңнен бастап әр кемені ережеге "
                "сай, бірде-бір талапты аттап кетпей, баяу түсіре бастады, соның салдарынан портта "
                "жүк күтіп тұрған кемелердің саны бейсенбі кешке қарай он екіге жетіп, бидай "
                "тиеген жүздеген вагон теміржол стансасында тұрып қалды.")
    cut = _cut(sentence, limit, "kk")
    assert "80-нен астам жүк тиеуші" in cut and "түсіре бастады" in cut, cut


def test_an_aside_that_holds_the_verb_of_an_open_relative_clause_stays() -> None:
    """Round 128's check, en 1225: "A family-run tannery … whose managing director, 61-year-old
    Graham Ashworth[, once described it as "…",] was fined …" was cut to "…whose managing
    director, 61-year-old Graham Ashworth was fined …", the director fined in the company's
    place."""
    sentence = ("A family-run sawmill in Cumbria whose owner, 58-year-old Peter Dacre, once "
                "called it \"the tidiest yard in the county\", was fined £95,000 at Carlisle Crown "
                "Court on Monday after admitting that diesel, leaking from a split storage tank "
                "over a bank holiday weekend in 2019, had run into the River Eden and killed more "
                "than 1,200 fish along a mile of water that local anglers had spent years "
                "restocking.")
    for limit in (50, 60):
        cut = _cut(sentence, limit, "en")
        assert "Dacre was fined" not in cut and "Dacre fined" not in cut, cut


def test_a_russian_aside_ending_on_a_name_takes_a_former_role_in_any_case_and_what_follows(
        ) -> None:
    """Round 128's check, ru 1219: «…решение ФАС[, которая …, и отвергнув доводы …
    председателя … Виктора Ломтева,] бывшего заместителя губернатора …, настаивавшего, что …»
    left the service «бывшего заместителя губернатора»; the role in the genitive, and the
    participle phrase on him that runs to the end, go with the aside."""
    sentence = ("Одиннадцатый арбитражный апелляционный суд в среду отклонил жалобы двух "
                "производителей кирпича — самарского АО «Волжский кирпич» и тольяттинского ООО "
                "«Жигулёвская керамика», — оставив в силе решение антимонопольной службы, которая "
                "признала компании участниками картеля и оштрафовала их на 1,4 млрд руб., и "
                "отвергнув доводы 59-летнего председателя совета директоров «Волжского» Олега "
                "Сидорина, бывшего заместителя мэра Самары, настаивавшего, что рост цен в 2015 г. "
                "был вызван подорожанием глины, а не сговором.")
    for limit in (45, 55):
        cut = _cut(sentence, limit, "ru")
        assert "службы бывшего" not in cut and "службы настаивавшего" not in cut, cut


def test_a_relative_clause_on_the_subject_that_closed_before_its_verb_goes_whole() -> None:
    """Round 128's check, en 1225: "A family-run tannery … whose managing director, 61-year-old
    Graham Ashworth, once described it as "…", was fined …" could only be cut at a word
    ("…that local anglers had spent…"); its relative clause goes whole, to the verb's
    stretch, and the sentence reads "A family-run tannery in West Yorkshire was fined …"."""
    sentence = ("A family-run sawmill in Cumbria whose owner, 58-year-old Peter Dacre, once "
                "called it \"the tidiest yard in the county\", was fined £95,000 at Carlisle Crown "
                "Court on Monday after admitting that diesel, leaking from a split storage tank "
                "over a bank holiday weekend in 2019, had run into the River Eden and killed more "
                "than 1,200 fish along a mile of water that local anglers had spent years "
                "restocking.")
    cut = _cut(sentence, 60, "en")
    assert cut.startswith("A family-run sawmill in Cumbria was fined £95,000"), cut
    assert not cut.endswith("…"), cut


def test_a_report_after_a_link_stands_without_the_however_it_leaned_by() -> None:
    """Round 128, en 1216 (short 2 by both judges): under "The last time Brigid Hanrahan
    climbed the 117 stone steps …", a feature opening, the news came after a link and a
    "however": "It very nearly did. However, after three years …, the … tower … reopened to the
    public on Saturday as a maritime museum."; the report stands without both."""
    from summarizer.units import after_link, is_feature_opening

    assert is_feature_opening("The last time Mary Quinn climbed the 98 steps of the old mill, "
                              "she was nine.", "en")
    units = _units("\"I thought the whole place would fall into the sea,\" she said.\n\n"
                   "It very nearly did. However, after three years of repairs, the tower "
                   "reopened to the public on Saturday as a museum.", "en")
    assert after_link(units[-1], "en") == (
        "After three years of repairs, the tower reopened to the public on Saturday as a "
        "museum.",)
    units = _units("The council closed the pier in 2015.\n\nIt never reopened. However, they "
                   "said so again on Monday.", "en")
    assert after_link(units[-1], "en") is None  # ("they" still leans on what is out)


def test_an_ing_clause_cut_takes_the_age_and_name_after_it_and_keeps_a_pair_of_theirs(
        ) -> None:
    """Round 129's check: en 1237's ", sentencing the company alongside its plant manager,"
    cut alone left "…Judge Rosemary Tait 47-year-old Graham Tully, describing …"; en 1231's ",
    telling reporters … that the companies had met at least 14 times …," cut alone left
    "…Kariuki exchanging price lists … and agreeing to raise prices", the companies' deeds
    told as his."""
    sentence = ("Riverbank Cheese Ltd, a family-owned cheese maker employing 90 people in "
                "Matamata, was fined $142,000 in the Hamilton District Court today for pumping "
                "whey into the Waitoa River over two days last summer, killing an estimated 800 "
                "native fish, with Judge Anne Marsh, sentencing the company alongside its site "
                "manager, 52-year-old Peter Howe, describing the spill as \"entirely avoidable\" "
                "and the firm's checks as \"years out of date\".")
    for limit in (50, 55):
        cut = _cut(sentence, limit, "en")
        assert "Marsh 52-year-old" not in cut and "Marsh Peter Howe" not in cut, cut
    sentence = ("Ghana's competition regulator on Friday fined three of the country's largest "
                "flour mills a combined 210 million cedis for fixing the price of a 50kg bag over "
                "two years, with Kofi Mensah, 49, head of the regulator and a former trade "
                "ministry economist, telling reporters in Accra that the mills had met at least "
                "11 times in hotels and private homes, sharing price lists by text message and "
                "agreeing to raise prices together.")
    for limit in (55, 60):
        cut = _cut(sentence, limit, "en")
        assert "Mensah sharing" not in cut and "economist, sharing" not in cut, cut


def test_a_clause_that_opens_like_an_apposition_is_no_aside() -> None:
    """Round 130's check, en 1244: ", a group of ranchers and water users filed a petition in
    … Goldfield," was dropped as an apposition, and the short summary read "Within hours of the
    ruling, however, asking a judge to overturn the permit …"."""
    sentence = ("Within hours of the vote, however, a group of farmers and fishermen filed a "
                "complaint in the Second District Court in Elko, the county seat, asking a judge "
                "to overturn the licence and to suspend it while the case is heard.")
    for limit in (20, 25, 30):
        cut = _cut(sentence, limit, "en")
        assert "however, asking" not in cut and "however asking" not in cut, cut
    # (an apposition with a relative clause inside still goes)
    cut = _cut("Mark Dunn, a retired teacher who founded the club in 1990, won the county prize on "
               "Sunday for the third year running, beating eleven other growers at the show.",
               16, "en")
    assert "who founded" not in cut, cut


@pytest.mark.parametrize(("text", "owed"), [
    # round 130's check, ru 1245: a company's name that ends on a name of its own, closed once
    ("Руководство ООО «Судостроительный завод «Меридиан» в понедельник уведомило профсоюз.", []),
    ("Акции ООО «Завод «Меридиан»» выросли.", []),
    ("Он сказал: «Это «Меридиан» и всё", ["»"]),
])
def test_a_nested_company_name_closed_once_leaves_no_quotation_open(text: str,
                                                                     owed: list[str]) -> None:
    assert quote_balance(text) == owed


def test_an_english_absolute_clause_is_no_aside_a_cut_splices_out() -> None:
    """Round 139's check, en 1351: ", the regulator having found … in Uganda and Rwanda," was
    dropped as an aside, and the short summary read "…on Thursday countries where calls …"."""
    sentence = ("Mawimbi Telecom, Kenya's third-largest mobile operator with about 9.4 million "
                "subscribers, was fined KSh148 million by the Communications Authority of Kenya "
                "on Thursday, the regulator having found after a nine-month investigation that it "
                "billed more than 212,000 customers at full international roaming rates while they "
                "were in Uganda and Rwanda, countries where calls should be charged at local "
                "prices under the regional One Network Area, a failure its chief executive, Peter "
                "Kariuki Ndungu, 54, blamed on a faulty billing upgrade.")
    for limit in range(40, 62):
        cut = shorten(sentence, limit, "en")
        assert cut is None or "Thursday countries" not in cut.text, (limit, cut)


def test_an_english_age_told_with_now_keeps_the_comma_that_closes_the_subjects_apposition() -> None:
    """Round 139's check, en 1357: "MedQuick Pharmacy, a … chain … founded in 1986 by
    pharmacist Arthur Delgado[, now 71,] will pay …" read "Arthur Delgado will pay"."""
    sentence = ("MedQuick Pharmacy, a family-owned chain of 41 drugstores on Long Island and in "
                "the Hudson Valley founded in 1986 by pharmacist Arthur Delgado, now 71, will pay "
                "$1.85 million in penalties and refunds after state investigators found that its "
                "stores raised prices on at-home COVID-19 tests, children's fever reducers and "
                "electrolyte drinks by as much as 212 percent during the Omicron surge, the New "
                "York attorney general's office said Tuesday, closing a 10-month inquiry.")
    for limit in range(40, 62):
        cut = shorten(sentence, limit, "en")
        assert cut is None or "Delgado will" not in cut.text, (limit, cut)


def test_a_russian_participle_dropped_inside_a_chto_clause_leaves_no_comma() -> None:
    """Round 139's check, ru 1351: «…«Сапа Мобайл», третьего … оператора …, за то, что почти
    два года компания[, обслуживающая около 4,6 млн номеров,] списывала …» read «компания,
    списывала»."""
    sentence = ("Специализированный межрайонный экономический суд Астаны в четверг оштрафовал на "
                "1,8 млрд тенге «Сапа Мобайл», третьего по числу абонентов оператора мобильной "
                "связи в Казахстане, за то, что почти два года компания, обслуживающая около 4,6 "
                "млн номеров, списывала с жителей приграничных районов Туркестанской и Жамбылской "
                "областей плату по тарифам международного роуминга, хотя те не выезжали из "
                "страны, — дело возбудили после жалобы 67-летней пенсионерки из Сарыагаша.")
    for limit in range(40, 62):
        cut = shorten(sentence, limit, "ru")
        assert cut is None or "компания, списывала" not in cut.text, (limit, cut)


def test_a_kazakh_cut_spliced_inside_gives_way_to_the_first_deed_made_the_past_tense() -> None:
    """Round 139's check, kk 1351: «…айыппұл салып… біржолғы техникалық қателік болды» деген
    уәжін …» (a splice that left a quotation's end without its start) for the fine alone."""
    sentence = ("Алматы қаласының мамандандырылған ауданаралық әкімшілік соты сейсенбі күні, 2018 "
                "ж. 6 наурызда, 4,2 млн абоненті бар елдегі ірі ұялы байланыс операторларының бірі "
                "– «Номад Телеком» АҚ-ына 2017 жылдың жазында шетелге демалысқа шыққан 58 мыңнан "
                "астам клиентінен роуминг қызметі үшін артық ақы алғаны үшін 214,6 млн теңге "
                "айыппұл салып, компания атынан сотқа келген заң департаментінің директоры, 44 "
                "жастағы Руслан Ахметжанов және коммерциялық директор, 39 жастағы Дана "
                "Серікбаеваның «ақау жүйелі сипатта емес, біржолғы техникалық қателік болды» деген "
                "уәжін қанағаттандырусыз қалдырды, ал бұған дейін берілген нұсқамаға сәйкес "
                "оператор зардап шеккен әр абонентке артық алынған соманы екі ай ішінде толық "
                "қайтаруға тиіс.")
    cut = shorten(sentence, 60, "kk")
    assert cut is not None and "…" not in cut.text, cut
    assert cut.text.endswith("214,6 млн теңге айыппұл салды."), cut


def test_a_kazakh_report_closed_by_a_converb_of_saying_gives_way_to_the_report_after_it() -> None:
    """Round 139's check, kk 1357: «Тексеру барысында … анықталғанын айта келе, … басшысы …
    «Шипа Фарм» ЖШС-ға … айыппұл салынғанын хабарлады.» was cut to the first report spliced
    onto the drugs' prices, with neither the firm nor the fine's payer."""
    sentence = ("Тексеру барысында компанияның бағаны автоматты түрде белгілейтін бағдарламасы "
                "сұраныс артқан сайын үстемені өз бетінше көбейтіп отырғаны анықталғанын айта "
                "келе, ҚР Бәсекелестікті қорғау және дамыту агенттігінің Алматы қаласы бойынша "
                "департаментінің басшысы, 49 жастағы Гүлнар Әбдірахманова сәрсенбі күні өткен "
                "брифингте Алматы мен Алматы облысында 96 дәріхана ұстайтын, құрылтайшысы 55 "
                "жастағы кәсіпкер Ерлан Сәрсенбаев болып табылатын «Шипа Фарм» ЖШС-ға өткен қыста "
                "тұмау мен ЖРВИ маусымы қызған шақта парацетамол, вирусқа қарсы дәрілер мен жөтел "
                "сироптарының бағасын бір ай ішінде екі-үш есеге дейін көтергені үшін жалпы сомасы "
                "1,24 млрд теңге айыппұл салынғанын хабарлады.")
    cut = shorten(sentence, 60, "kk")
    assert cut is not None and "…" not in cut.text and "айта келе" not in cut.text, cut
    assert "«Шипа Фарм»" in cut.text and cut.text.endswith("салынғанын хабарлады."), cut


@pytest.mark.parametrize(("sentence", "leans"), [
    ("Each one takes about four minutes.", True),
    ("Every one costs the council about £40.", True),
    ("Each crossing takes about four minutes.", False),
])
def test_each_one_stands_for_a_group_told_before(sentence: str, leans: bool) -> None:
    """Round 139's check of judged en 1192: "Each one takes about four minutes." (the ferry's
    crossings) was kept in a long summary without them."""
    assert opens_with_reference(sentence, "en") is leans


@pytest.mark.parametrize(("sentence", "turns"), [
    ("Этим летом пасека, которую еще весной в селе считали обреченной, снова гудит.", True),
    ("Этим летом мельница снова работает.", True),
    ("Этим летом пасека работает как обычно.", False),
])
def test_a_russian_place_that_lives_again_this_summer_is_a_short_turn(sentence: str,
                                                                      turns: bool) -> None:
    """Round 139's check, ru 1348: «Этим летом пасека, которую еще весной … считали обреченной,
    снова гудит.» turned from the scene and the apiary's history to the volunteers' work."""
    from summarizer.units import is_short_turn

    assert is_short_turn(sentence, "ru") is turns


def test_an_english_fund_named_bare_in_a_statement_needs_the_unit_that_named_it() -> None:
    """Round 139's check, en 1352: "In a statement, the fund said an independent engineering
    review … had put the cost of the bridge at €212 million …" closed a long summary that never
    named the fund or told it was pulling out; "pulling out of the financing" is a reversal."""
    from summarizer.units import institution_mentions, tells_reversal

    units = _units("Rail deal signed\n\nPortugal and Spain signed a funding deal on Monday.\n\n"
                   "The remaining €150 million was to be lent by Norvik Partners, an Oslo-based "
                   "fund.\n\nOfficials said work would start in 2026.\n\nIn a statement, the fund "
                   "said a review had put the cost of the bridge at €212 million.", "en")
    assert institution_mentions(units, "en")[-1] == frozenset({1})
    assert tells_reversal("On Friday, however, Norvik said it was pulling out of the financing.",
                          "en")


def test_an_english_age_dropped_before_the_verb_keeps_the_comma_closing_the_subjects_apposition(
        ) -> None:
    """Round 140's check, en 1363: "Eastgate Bank, the mid-sized Dublin lender led since 2017 by
    chief executive Martin Coyle[, 58,] has been fined …" read "Martin Coyle has been fined"."""
    sentence = ("Eastgate Bank, the mid-sized Dublin lender led since 2017 by chief executive "
                "Martin Coyle, 58, has been fined €11.8 million by the Central Bank of Ireland "
                "for mis-selling a complex five-year investment bond to more than 4,100 "
                "customers, many of them retired and one as old as 91, between 2012 and 2016, "
                "the regulator said on Tuesday, criticising sales targets that it said had "
                "pushed branch staff to put their bonuses ahead of savers' interests.")
    for limit in range(45, 62):
        cut = shorten(sentence, limit, "en")
        assert cut is None or "Coyle has" not in cut.text, (limit, cut)


@pytest.mark.parametrize(("sentence", "leans"), [
    ("Out of that meeting came the Kilbrannagh Cinema Co-operative.", True),
    ("During that time the smelter kept running at about 85% of capacity.", True),
    ("At the meeting, the council voted.", False),
    ("Out of the meeting came a co-operative.", False),
])
def test_a_thing_told_before_by_that_after_an_opening_preposition_leans_back(
        sentence: str, leans: bool) -> None:
    """Round 140's check, en 1366: "Out of that meeting came the … Co-operative." closed a short
    summary that never told of the meeting."""
    assert opens_with_reference(sentence, "en") is leans


def test_round_140_en_1364_turn_comparison_and_appeal_told_as_whose() -> None:
    """Round 140's check, en 1364: "That timetable was thrown into doubt on Thursday, … when the
    Talca Court of Appeals admitted a legal challenge …" is a turn; "Trucks will pay up to three
    times as much." leans on the toll before it; "the ministry's appeal" is an appeal taken as
    known."""
    from summarizer.units import tells_turn

    assert tells_turn("That timetable was thrown into doubt on Thursday, when the court "
                      "admitted a challenge.", "en")
    assert opens_with_reference("Trucks will pay up to three times as much.", "en")
    assert not opens_with_reference("Trucks will pay 9,000 pesos.", "en")
    from summarizer.units import event_introductions

    units = _units("Road deal signed\n\nThe ministry awarded the concession on Wednesday.\n\n"
                   "In a statement, the ministry said it would appeal the stay to the Supreme "
                   "Court.\n\nTolls will be capped at 2,900 pesos.\n\nThe Supreme Court is "
                   "expected to hear the ministry's appeal in April.", "en")
    assert event_introductions(units, "en")[-1] == frozenset({1})


def test_a_russian_aside_on_a_person_goes_with_her_role_and_participle_leaving_no_comma() -> None:
    """Round 140's check, ru 1363: «…предлагали пожилым вкладчикам, в том числе 81-летней
    пенсионерке из Пскова Валентине Карповой, бывшей учительнице, хранившей в банке 1,2 млн
    руб., вместо …» was cut to «…вкладчикам, хранившей в банке 1,2 млн руб., вместо …», the
    participle left without the person it describes."""
    sentence = ("Банк России, завершив почти годовую проверку более 600 жалоб от клиентов, "
                "оштрафовал петербургский банк «Невский капитал» на 9,8 млн руб. за то, что его "
                "сотрудники, как установил регулятор, предлагали пожилым вкладчикам, в том числе "
                "81-летней пенсионерке из Пскова Валентине Карповой, бывшей учительнице, "
                "хранившей в банке 1,2 млн руб., вместо продления депозитов оформлять полисы "
                "инвестиционного страхования жизни, выдавая их за «вклады с повышенной "
                "доходностью».")
    for limit in range(45, 62):
        cut = shorten(sentence, limit, "ru")
        assert cut is None or ("хранившей" not in cut.text or "Карповой" in cut.text), cut
        assert cut is None or "вкладчикам, вместо" not in cut.text, (limit, cut)


def test_an_english_cut_does_not_end_before_an_aside_between_a_subject_and_its_verb() -> None:
    """Round 141's check, en 1375: "…ending a two-year investigation that found hundreds of
    customers, among them a 79-year-old widow …, had been left without decisions …" was cut to
    "…that found hundreds of customers.", which says something else."""
    sentence = ("Corrib Mutual Insurance, the Galway-based home and motor insurer that covers "
                "about 310,000 policyholders across the west of Ireland, has been reprimanded and "
                "fined €1.65 million by the Central Bank of Ireland for failing to handle claims "
                "fairly and promptly, ending a two-year investigation that found hundreds of "
                "customers, among them a 79-year-old widow in Co Mayo who waited 14 months for "
                "repairs to her flooded home, had been left without decisions, updates or "
                "payments for far longer than the rules allow.")
    for limit in range(30, 62):
        cut = shorten(sentence, limit, "en")
        assert cut is None or not cut.text.endswith("hundreds of customers."), (limit, cut)


def test_a_russian_aged_name_set_off_after_its_role_keeps_its_closing_comma() -> None:
    """Round 141's check, ru 1381: «…признав компанию и ее генерального директора, 54-летнего
    Геннадия Кудрявцева[, бывшего заместителя …,] организаторами картеля» read «Кудрявцева
    организаторами»; and a cut never ends on such a name, its verb still to come."""
    sentence = ("Управление ФАС по Новосибирской области, почти два года расследовавшее дело о "
                "закупках стройматериалов для 27 школ, детских садов и больниц региона, в "
                "четверг назначило ООО «СибСтройРесурс», одному из крупнейших в Сибири "
                "поставщиков бетона, штраф в 318 млн руб., признав компанию и ее генерального "
                "директора, 54-летнего Геннадия Кудрявцева, бывшего заместителя руководителя "
                "областного департамента строительства, организаторами картеля, который в "
                "2012–2014 гг. поделил между четырьмя участниками контракты на 2,1 млрд руб.")
    for limit in range(40, 62):
        cut = shorten(sentence, limit, "ru")
        assert cut is None or "Кудрявцева организаторами" not in cut.text, (limit, cut)
        assert cut is None or not cut.text.rstrip("….").endswith("Кудрявцева"), (limit, cut)


def test_an_english_ing_clause_with_a_having_aside_inside_it_is_cut_whole_or_kept() -> None:
    """Round 142's check, en 1387: ", telling the court that … while its larger rivals, having
    spent millions on new shelf labels, had largely complied …" lost its first part and read
    "…a former consumer-law barrister, having spent millions on new shelf labels, had largely
    complied …", the judge made the one who spent the millions."""
    sentence = ("Harbourside Foods, the family-owned supermarket chain that runs 64 stores across "
                "the North Island, was fined NZ$1.14 million in the Auckland District Court on "
                "Tuesday for failing to display accurate unit prices on thousands of grocery "
                "lines, with Judge Helen Marsters, 61, a former consumer-law barrister, telling "
                "the court that the company had left shoppers \"doing long division in the "
                "aisles\" while its larger rivals, having spent millions on new shelf labels, had "
                "largely complied with rules introduced almost two years earlier.")
    for limit in range(45, 62):
        cut = shorten(sentence, limit, "en")
        assert cut is None or "barrister, having spent" not in cut.text, (limit, cut)
        assert cut is None or "rivals, had" not in cut.text, (limit, cut)


def test_a_sentence_that_only_names_the_record_holder_goes_with_the_record() -> None:
    """Round 142, ru 1393 (long 1.5 below lead): «Рекордным, по материалам дела, оказался
    кроссовер Toyota RAV4 2013 г. выпуска.» closed a long summary without the sentence after it
    that tells the record (its real mileage and the one shown)."""
    units = _units("Суд оштрафовал автосалон\n\nСуд оштрафовал автосалон за скрученный пробег.\n\n"
                   "Рекордным, по материалам дела, оказался кроссовер 2013 г. выпуска. При "
                   "реальном пробеге 311 тыс. км его продали с показаниями 98 тыс. км.\n\n"
                   "Покупатели получат компенсацию.", "ru")
    assert [len(unit.sentences) for unit in units] == [1, 2, 1]


def test_an_english_cut_never_ends_on_the_aged_subject_of_a_clause_still_to_come() -> None:
    """Round 143's check, en 1399: "…for the first time since July 2008, after deputy mayor
    Lorraine Haskett, 63." ended a short summary with a stop, the deputy mayor's deed (she
    pressed the button on the plant) cut after her age."""
    sentence = ("People in Marlow Flats, a salt-mining village of about 900 residents some 60 "
                "kilometres west of the county town, were told on Monday that they could use "
                "their own wells again for the first time since May 2011, after councillor "
                "Peter Ashgrove, 71, a retired surveyor who has pressed the case at almost every "
                "council meeting for a decade, opened the valve of a $12 million filtration "
                "station paid for largely by the regional water board and the salt company, "
                "ending one of the longest-running well bans in the county.")
    for limit in range(40, 70):
        cut = shorten(sentence, limit, "en")
        assert cut is None or not cut.text.rstrip("….").endswith("Ashgrove, 71"), (limit, cut)


def test_an_english_cut_keeps_the_subject_after_an_opening_participle_phrase() -> None:
    """Round 143's check, en 1405: "Citing a $23 million budget gap …, the board of trustees
    of Harmon State University, the … campus that …, voted 7-2 …" lost the board and its
    apposition together and read "…rising pension costs voted 7-2 …"."""
    sentence = ("Pointing to a $4 million shortfall in its transport budget, the council of the "
                "town of Ellery Bay, the small harbour community that three years ago became the "
                "first in the region to run its buses without fares, voted 5-4 on Monday to bring "
                "back a flat fare of $2 from next spring, a step pushed through by mayor Ruth "
                "Calder over the objections of two councillors who had campaigned on free buses.")
    for limit in range(40, 70):
        cut = shorten(sentence, limit, "en")
        assert cut is None or "costs voted" not in cut.text and (
            "budget voted" not in cut.text), (limit, cut)
        assert cut is None or "the council of the town of Ellery Bay" in cut.text, (limit, cut)


def test_a_russian_aside_that_ends_on_a_participle_takes_its_object_clause_along() -> None:
    """Round 143's check, ru 1399: «…Мухаметов, проработавший … и хорошо помнящий, как
    горожане годами кипятили … воду, назвал …» lost the aside up to «помнящий,» and read
    «…Мухаметов как горожане годами кипятили …, назвал …»."""
    sentence = ("Новый мост через Сылву, построенный за три года на средства краевого бюджета и "
                "местного металлургического завода, в среду открыл губернатор края Павел "
                "Сомов, а 70-летний староста деревни Ключи Иван Бажуков, проживший на этом "
                "берегу всю жизнь и хорошо знающий, как жители годами ждали парома по полдня, "
                "назвал открытие «праздником, которого деревня ждала полвека».")
    for limit in range(30, 60):
        cut = shorten(sentence, limit, "ru")
        assert cut is None or "Бажуков как" not in cut.text, (limit, cut)
        assert cut is None or "знающий, назвал" not in cut.text, (limit, cut)
    cut = shorten(sentence, 40, "ru")
    assert cut is not None and "Иван Бажуков назвал открытие" in cut.text, cut


def test_a_russian_cut_never_ends_inside_a_clause_of_time_with_no_verb_yet() -> None:
    """Round 144's check, ru 1411: the short summary ended «…, после того как её основной
    поставщик, Искитимский мелькомбинат «Колос»…», the supplier's stoppage cut off (the
    headline's «мелькомбинат» made it the cut that told more of the headline)."""
    sentence = ("Сеть кофеен «Утренний зерновой», основанная в 2011 г. омским предпринимателем "
                "Павлом Сидоркиным, 47-летним бывшим бариста, а ныне владельцем компании, со "
                "вторника закрыла 12 из 30 своих кофеен в Омске, оставшись практически без "
                "молока, из которого готовится большая часть напитков, после того как её "
                "основной поставщик, Любинский молокозавод «Иртыш», остановил приёмку из-за "
                "аварии на котельной.")
    topic = frozenset(content_words("Кофейни закрылись из-за аварии на молокозаводе", "ru"))
    for limit in range(40, 60):
        cut = shorten(sentence, limit, "ru", topic)
        assert cut is None or not cut.text.rstrip("….").endswith("«Иртыш»"), (limit, cut)


@pytest.mark.parametrize(("sentence", "never"), [
    # round 145's check, en 1429: an inner aside of the "-ing" clause, then what it gives
    ("The county's school board, meeting in Ashby on Monday after a campaign led by parents, "
     "teachers and Margaret Hale, 71, a retired headteacher who taught there for 30 years, "
     "voted to scrap its plan to close Brookfield Primary, a village school of 52 pupils in "
     "the hills east of Ashby, reversing a decision taken last spring and giving the "
     "village's oldest public building, opened in 1881, what trustees called a fresh start "
     "of at least six years.", "Primary opened in 1881"),
    # round 145's check, en 1423: the ages of whom an aside named
    ("Helen Forde, a 55-year-old midwife who delivered more than 1,200 babies at Carrick "
     "District Hospital before its maternity unit was shut in 2014, was back on the ward "
     "before dawn on Tuesday, helping to bring into the world the first baby born in the "
     "town in five years, a 3.2-kilogram boy named Oscar, delivered at 5.40am to local "
     "farmers Ann and Tom Reilly, both 31, just hours before the health department formally "
     "reopened the refurbished $6.5 million birthing unit.", "Oscar, both 31"),
])
def test_an_english_aside_cut_leaves_no_piece_of_what_it_held(sentence: str,
                                                             never: str) -> None:
    for limit in range(40, 65):
        cut = shorten(sentence, limit, "en")
        assert cut is None or never not in cut.text, (limit, cut)


def test_a_kazakh_cut_drops_what_those_who_heard_it_did_after_the_finite_verb() -> None:
    """Round 145's check, kk 1429: «…күші жойылғанын, ал … жұмыс істейтінін ресми түрде
    жариялады, мұны естіген ауыл тұрғындарының біразы … қуанғаннан көзіне жас алды.» was cut
    to «…күші жойылғанын… қуанғаннан көзіне жас алды.», the akim made the one in tears."""
    sentence = ("Түркістан облысы Сайрам ауданының әкімі, 51 жастағы Ержан Тоқтаров сенбі күні "
                "Қарабұлақ ауылының мәдениет үйіне жиналған екі жүзге жуық тұрғынның алдында сөз "
                "сөйлеп, көктемде ата-аналардың наразылығын тудырған ауылдық емханасын жабу "
                "туралы аудандық әкімдік қаулысының күші жойылғанын, ал облыстық денсаулық "
                "сақтау басқармасы қайта жүргізген тексерістен кейін емхананың 1 қазаннан "
                "бастап бұрынғы тәртіппен жұмыс істейтінін ресми түрде жариялады, мұны естіген "
                "ауыл тұрғындарының біразы, соның ішінде емханада 30 жыл бойы медбике болып "
                "істеген 64 жастағы Сәуле Ахметова, қуанғаннан көзіне жас алды.")
    cut = _cut(sentence, 60, "kk")
    assert "көзіне жас алды" not in cut, cut
    assert cut.endswith("ресми түрде жариялады."), cut


@pytest.mark.parametrize(("sentence", "language", "leans"), [
    # (round 145, judged en 1419 and kk 1423: long summaries closed on or took these without
    # the processors, the new mothers they count)
    ("Analysts expect most of them to follow.", "en", True),
    ("Two of them have already cut their prices.", "en", True),
    ("Five firms bid, and two of them were foreign.", "en", False),
    ("Аналитики ожидают большинство из них к осени.", "ru", True),
    ("Выпущено 12 книг, часть из них на казахском.", "ru", False),
    ("Солардың бірі, 26 жастағы Айдана Қалиева Аягөзде туып-өскен.", "kk", True),
    ("26 жастағы Айдана Қалиева Аягөзде туып-өскен.", "kk", False),
])
def test_a_share_of_the_ones_told_before_leans_on_them(sentence: str, language: str,
                                                        leans: bool) -> None:
    assert leans_on_previous(sentence, language) is leans


def test_an_english_cut_ends_whole_before_a_clause_of_its_own_with_no_comma() -> None:
    """Round 146's check, en 1442: "…to keep the station running for two more years while a
    permanent arrangement was worked out." had no clause cut, so the ministry's rescue never fit
    a short summary; "until the end of June" is a phrase, not such a clause (en 590, en 992)."""
    sentence = ("At 6.30pm on Wednesday, the Ministry of Science and Innovation issued a "
                "statement saying it would provide $620,000 to keep the station running for two "
                "more years while a permanent arrangement was worked out.")
    cut = shorten(sentence, 30, "en")
    assert cut is not None and cut.text.endswith("for two more years."), cut
    until = ("On Wednesday evening the system said the Bassett clinic would stay open at least "
             "until June 30 under a temporary agreement with Rock County and the state.")
    cut = shorten(until, 20, "en")
    assert cut is None or not cut.text.endswith("at least."), cut


@pytest.mark.parametrize(("text", "language", "reversal"), [
    # (round 146's check, ru 1436: a bank's licence taken away the evening a stadium took its
    # name; a suit for one is no such step, judged ru 632)
    ("Однако около 18:00 Банк России объявил об отзыве лицензии у «Симбирского кредита».", "ru",
     True),
    ("Банк России отозвал лицензию у «Симбирского кредита».", "ru", True),
    ("Агенттік банкті лицензиясынан айырды.", "kk", True),
    ("Иск об аннулировании лицензии ведомство отзывать не намерено.", "ru", False),
    ("Лицензия банка действует до 2030 г.", "ru", False),
    # (round 182, ru 1874: a right ended early; not an end the ministry only may decide)
    ("В понедельник агентство подписало приказ о досрочном прекращении права пользования "
     "недрами.", "ru", True),
    ("Минприроды досрочно прекратило действие лицензии карьера.", "ru", True),
    ("Лицензия прекратит действие в 2040 г.", "ru", False),
    # (round 190's check, ru 1970: an order withdrawn by the committee that gave it four days
    # earlier; not an envoy called home)
    ("Вечером в пятницу, 6 марта, комитет по здравоохранению отозвал приказ.", "ru", True),
    ("Министерство отозвало свое решение о слиянии школ.", "ru", True),
    ("Посол был отозван в Москву для консультаций.", "ru", False),
    # (round 147's check, en 1448: a restart plan the ministry's order undid)
    ("On Tuesday, the Ministry of Mines ordered the suspension of all underground operations "
     "at the mine.", "en", True),
    ("The regulator imposed a temporary suspension on the company's licence.", "en", True),
    ("The suspension bridge reopened on Tuesday.", "en", False),
    # (round 147's check, ru 1448: a court's penalty of a halt after the rescue; not a hearing
    # on one to come, judged ru 950)
    ("По протоколу ведомства районный суд в тот же день назначил компании административное "
     "наказание в виде приостановления работы подземного рудника на 90 суток.", "ru", True),
    ("Рассмотрение дела об административном приостановлении деятельности назначено на 31 "
     "октября.", "ru", False),
    # (round 147, judged ru 1454: a sponsor's halt told in the present is one; a delay that may
    # come is none)
    ("Инвестиционная группа сообщила, что приостанавливает перечисление своих 9,5 млн руб.",
     "ru", True),
    ("Продавец допустил, что может перенести срок оплаты на 15 июня.", "ru", False),
    ("Компания перенесла срок оплаты на 15 июня.", "ru", True),
    # (round 161, kk 1620: a review to come is none; one done is)
    ("Вице-министрдің сөзінше, шектеу 2013 жылғы қаңтарда қайта қаралады.", "kk", False),
    ("Егер баға өссе, тыйым мерзімі қайта қаралуы мүмкін.", "kk", False),
    ("Мәслихат бюджетті қайта қарап, шығынды азайтты.", "kk", False),
    ("Сот шешімі апелляциялық алқада қайта қаралды.", "kk", True),
    # (round 183's check, kk 1886: a vote to annul is one; a demand for it is none)
    ("Депутаттар наразылықты қанағаттандырып, 3 наурыздағы шешімнің күшін жоюға бірауыздан "
     "дауыс берді.", "kk", True),
    ("Тұрғындар шешімнің күшін жоюды талап етті.", "kk", False),
    # (round 184's check, kk 1898: an appeal granted in part; not a complaint lodged)
    ("12 ақпанда облыстық соттың апелляциялық алқасы компанияның шағымын ішінара "
     "қанағаттандырды.", "kk", True),
    ("Компания шешімге шағым түсірді.", "kk", False),
    # (round 185's check, kk 1910: a ruling changed on appeal; not a plan changed for a vote)
    ("Апелляциялық алқа бірінші сатыдағы шешімді өзгертіп, соманы 412 млн теңгеге дейін "
     "азайтты.", "kk", True),
    ("Әкімдік жоба құжаттарын өзгертіп, қайта жариялады.", "kk", False),
    # (round 189's check, ru 1958: a complaint upheld, an order to annul; not one filed)
    ("Комиссия управления ФАС признала обоснованной жалобу компании.", "ru", True),
    ("Городу выдано предписание аннулировать итоги аукциона.", "ru", True),
    ("Компания подала жалобу в управление ФАС.", "ru", False),
    # (judged kk 1274: a ruling overturned on appeal; not a rule broken)
    ("27 маусымда облыстық соттың алқасы наурыздағы шешімді бұзып, жаңа шешім шығарды.", "kk",
     True),
    ("Компания құрылыс ережелерін бұзды.", "kk", False),
])
def test_a_step_taken_back_or_halted_is_a_reversal(text: str, language: str,
                                                   reversal: bool) -> None:
    from summarizer.units import tells_reversal

    assert tells_reversal(text, language) is reversal


def test_a_russian_cut_drops_the_time_that_ends_the_aside_it_drops() -> None:
    """Round 146's check, ru 1441: «…и 84-летняя Зинаида Кузьмина, бывшая проводница,
    проработавшая на этом маршруте почти тридцать лет и купившая билет в первый же день продаж,
    еще в начале мая.» was cut to «…Зинаида Кузьмина, еще в начале мая.», the time of the
    ticket left without the ticket."""
    sentence = ("Ночной поезд «Кама» в пятницу вечером снова отправился из Перми в Москву, и "
                "провожать его пришли глава перевозчика Аркадий Белоусов и 84-летняя Зинаида "
                "Кузьмина, бывшая проводница, проработавшая на этом маршруте почти тридцать лет "
                "и купившая билет на первый рейс в первый же день продаж, еще в начале мая.")
    cut = shorten(sentence, 30, "ru")
    assert cut is not None and "еще в начале мая" not in cut.text, cut
    assert not cut.text.endswith("Кузьмина, еще в начале мая."), cut


def test_a_kazakh_cut_ends_on_there_is_none_before_its_contrast() -> None:
    """Round 146's check, kk 1435: «…инсулин препараттары екі аптадан бері жоқ, ал … Назгүл
    Әбдіқадырова … шағым түсірген ата-аналардың бірі болды.» was cut to a splice with "…" of the
    shortage and the mother's complaint; «жоқ» ends a clause as a past verb does."""
    sentence = ("Шымкент пен Түркістан облысында 64 бөлімшесі бар «Шипагер» желісінің 40-тан астам "
                "дәріханасында ұзақ әсерлі инсулин препараттары екі аптадан бері жоқ, ал 9 жасар "
                "ұлына дәрі іздеп, сейсенбі күні қаланың Әл-Фараби, Абай және Қаратау "
                "аудандарындағы жеті дәріхананы аралап шыққан 34 жастағы мұғалім Назгүл "
                "Әбдіқадырова қалалық денсаулық сақтау басқармасына ресми шағым түсірген "
                "ата-аналардың бірі болды.")
    cut = shorten(sentence, 30, "kk")
    assert cut is not None and cut.text.endswith("екі аптадан бері жоқ."), cut


def test_an_english_ing_clause_stays_when_a_which_clause_on_its_last_noun_follows() -> None:
    """Round 147's check, en 1447: ", blaming the cost of wheat flour, which he said had more
    than doubled in a year …" lost its "-ing" clause and left "…said on Tuesday, which he said
    had more than doubled", the flour gone from what doubled."""
    sentence = ("Golden Loaf Bakeries, the country's largest chain of bread shops with 64 outlets, "
                "will raise the price of its standard loaf by 25 per cent from Monday, its "
                "founder, Kwame Boateng, 58, a former flour mill engineer who opened the first "
                "shop in 1996, said on Tuesday, blaming the cost of wheat flour, which he said had "
                "more than doubled in a year as the currency weakened against the dollar.")
    cut = shorten(sentence, 45, "en")
    assert cut is not None and "Tuesday, which" not in cut.text, cut


@pytest.mark.parametrize(("sentence", "language"), [
    # (round 147's check, kk 1453: «Керісінше, …» closed on nothing it was set against)
    ("Керісінше, Талдықорған – Текелі бағытында автобустар жиірек жүреді.", "kk"),
    ("Наоборот, автобусы между городами будут ходить чаще.", "ru"),
    ("Conversely, buses between the towns will run more often.", "en"),
])
def test_conversely_leans_on_what_it_is_set_against(sentence: str, language: str) -> None:
    assert leans_on_previous(sentence, language)


def test_a_russian_aside_never_ends_inside_a_list_of_places_of_two_words() -> None:
    """Round 147's check, ru 1447: the aside «, открывший первую пекарню … и … доведший сеть до
    38 точек в Екатеринбурге,» was cut at the list's first comma, leaving «…хлебозавода, Верхней
    Пышме и Березовском, объявил …»."""
    sentence = ("Анатолий Кривошеин, 54-летний владелец сети пекарен «Печной двор», бывший "
                "технолог хлебозавода, открывший первую пекарню в 2003 году и за двенадцать лет "
                "доведший сеть до 38 точек в Екатеринбурге, Верхней Пышме и Березовском, объявил "
                "в понедельник, что с 1 марта хлеб подорожает в среднем на 12%, сославшись на "
                "рост цен на муку и масло.")
    for words in range(30, 50):
        cut = shorten(sentence, words, "ru")
        assert cut is None or "хлебозавода, Верхней" not in cut.text, (words, cut)


def test_a_russian_aside_never_ends_inside_a_quotation_nor_before_its_in_that_number() -> None:
    """Round 147's check, ru 1453: «, еще весной пообещавший жителям … «автобус,» was cut as an
    aside up to the comma inside the quotation, and «, в том числе крупнейшим из них — ООО
    «Северные маршруты»,» left «…тремя перевозчиками перевезшим в прошлом году …»."""
    sentence = ("Начальник департамента транспорта области 52-летний Андрей Кузовлев, в прошлом "
                "директор автовокзала, еще весной пообещавший жителям районов «автобус, под "
                "который можно подстроить жизнь, а не наоборот», в понедельник представил новое "
                "расписание автобусной сети, которое вступит в силу 1 сентября и затронет 146 "
                "маршрутов, обслуживаемых тремя перевозчиками, в том числе крупнейшим из них — "
                "ООО «Северные маршруты», перевезшим в прошлом году около 9,3 млн пассажиров.")
    for words in range(30, 62):
        cut = shorten(sentence, words, "ru")
        assert cut is not None, words
        assert "автовокзала, под который" not in cut.text, (words, cut)
        assert "перевозчиками перевезшим" not in cut.text, (words, cut)
        assert "сети в том числе" not in cut.text, (words, cut)


def test_an_english_aside_never_ends_on_the_and_of_a_list_whose_last_item_has_an_aside() -> None:
    """Round 149's check, en 1477: ", the … bathhouse … that has washed factory hands, sumo
    apprentices and," was cut as an aside, then ", a growing stream of foreign tourists since
    it opened in 1928," too, which left "Shirasagi-yu in recent years has been sold …"."""
    sentence = ("Shirasagi-yu, the timber-framed public bathhouse in Tokyo's Sumida ward that has "
                "washed factory hands, sumo apprentices and, in recent years, a growing stream of "
                "foreign tourists since it opened in 1928, has been sold by its 84-year-old owner, "
                "Haruko Ishizaki, to a Singapore-based hotel group for 1.38 billion yen, ending "
                "nearly a century of family ownership.")
    for words in range(25, 60):
        cut = shorten(sentence, words, "en")
        assert cut is None or "Shirasagi-yu in recent years" not in cut.text, (words, cut)


def test_a_russian_relative_clause_on_a_pilot_takes_his_home_village_along() -> None:
    """Round 149's check, ru 1471: «…из Москвы[, которым управлял … Сергей Тодышев,] уроженец
    села Аскиз, …» and «…Виктор Лазарев[, бывший военный лётчик,] лично добивавшийся …» were
    cut to «…из Москвы уроженец села Аскиз» and «…Лазарев лично добивавшийся»."""
    sentence = ("Первым на новую полосу аэропорта Абакан в пятницу утром приземлился Airbus A321 "
                "из Москвы, которым управлял 56-летний командир Сергей Тодышев, уроженец села "
                "Аскиз, налетавший более 18 тыс. часов, а встречал его на перроне директор "
                "аэропорта Виктор Лазарев, бывший военный лётчик, лично добивавшийся "
                "финансирования проекта начиная с 2019 г.")
    for words in range(25, 52):
        cut = shorten(sentence, words, "ru")
        assert cut is None or "Москвы уроженец" not in cut.text, (words, cut)
        assert cut is None or "Лазарев лично" not in cut.text, (words, cut)


@pytest.mark.parametrize(("sentence", "leans"), [
    # (round 148, judged en 1462: the short summary closed on it, no season told)
    ("The club lost £612,000 on turnover of £1.9 million that season.", True),
    ("The job was deferred twice in budget meetings later that year.", True),
    ("Sales rose 4% this year.", False),
    ("The club hopes to open the ground that year or the next, its chairman said.", False),
])
def test_a_sentence_that_ends_on_that_season_leans_on_the_season_told_before(
        sentence: str, leans: bool) -> None:
    assert leans_on_previous(sentence, "en") is leans


@pytest.mark.parametrize(("language", "text", "reversal"), [
    # (round 150, en 1484: a closure pushed back with what between)
    ("en", "Ashgrove said it would push the closure back by six months, to September 30.", True),
    ("en", "The crowd tried to push the barriers back towards the stage.", False),
    # (round 150, en 1490: a deal its payer will not fund)
    ("en", "The Ministry of Finance said it would not fund the agreement.", True),
    ("en", "The ministry said it would fund the agreement in full.", False),
    # (round 150, kk 1484: a closure put off to a date)
    ("kk", "Меморандумға сәйкес, кенішті жабу мерзімі 2017 жылғы 31 желтоқсанға шегерілді.",
     True),
    ("kk", "Кеніш 2016 жылғы 1 шілдеде жабылады.", False),
    # (round 150's check of judged en 638: the anchor tenant walking out)
    ("en", "Harwood & Price confirmed that it had withdrawn from the project.", True),
    ("en", "The council withdrew from the scheme on Friday.", True),
    ("en", "The company withdrew the project's second phase for redesign.", False),
    # (round 153, judged ru 1520: plans that had to be called off, and a regulator's order not
    # to start the turbines; the long summary told the restart plan and never the ban)
    ("ru", "Однако в пятницу эти планы пришлось отменить.", True),
    ("ru", "Управление выдало оператору предписание не запускать ни одну из установок.", True),
    ("ru", "Инспекция запретила пуск установок до проверки.", True),
    ("ru", "Концерт пришлось перенести в другой зал из-за ремонта.", False),
    ("ru", "Оператор планирует запускать установки поэтапно.", False),
    # (round 154's check, kk 1538: the dam's money struck from the budget)
    ("kk", "Бөгетке қарастырылған 2,1 млрд теңге республикалық бюджеттен алынып тасталды.",
     True),
    ("kk", "Қаражат облыстық бюджеттен алынады.", False),
    # (round 155's check, ru 1550: a signature disowned)
    ("ru", "Министерство заявило, что замминистра «не был уполномочен» подписывать соглашение.",
     True),
    ("ru", "Директор превысил свои полномочия при подписании соглашения.", True),
    ("ru", "Замминистра был уполномочен подписать соглашение.", False),
    # (round 156's check, ru 1562 and ru 1556: a payer that will not fund, a deal walked out of
    # with the words the other way round; not a body that refused to approve, which named no
    # deal where it was told alone: ru 1556's short summary, a point below lead, and judged ru
    # 1406's, 0-2 pairwise)
    ("ru", "Министр заявил, что область не готова софинансировать линию.", True),
    ("ru", "Вслед за этим от сделки отказался и сам «Маныч-Агро».", True),
    ("ru", "Водное управление отказалось согласовать переброску воды.", False),
    ("ru", "Область будет софинансировать строительство линии.", False),
])
def test_a_date_pushed_back_or_a_deal_left_unfunded_tells_a_reversal(
        language: str, text: str, reversal: bool) -> None:
    """Round 150's check: these were no second development, so the summaries of en 1484, en
    1490, kk 1484 and judged en 638 told the first plan alone."""
    from summarizer.units import tells_reversal

    assert tells_reversal(text, language) is reversal


def test_a_deal_that_lasted_less_than_so_many_hours_was_short_lived() -> None:
    """Round 150, en 1490: "The agreement lasted less than 48 hours." (a number, not a word)
    was no teaser of the turn told later."""
    from summarizer.units import NOT_FOR_LONG

    assert NOT_FOR_LONG.search("The agreement lasted less than 48 hours.")
    assert NOT_FOR_LONG.search("That decision lasted less than 24 hours.")
    assert not NOT_FOR_LONG.search("The hearing lasted 48 hours over four days.")
    # (round 183's check, en 1886: told ahead, as what would be)
    assert NOT_FOR_LONG.search("It was a win for the tenants, though one that would last "
                               "barely 48 hours.")
    assert not NOT_FOR_LONG.search("The works would last 48 hours.")


def test_an_apposition_with_a_name_and_an_age_inside_goes_whole() -> None:
    """Round 150, en 1489 (and judged en 1267): "…granted Mount Kaiwera ski area[, the
    family-owned field … whose general manager, Fiona Cosgrove, 46, is …,] a 15-year consent
    …" was cut to keep the manager and lose the consent, the verb's object."""
    sentence = ("Independent commissioners for the Otago Regional Council on Wednesday granted "
                "Mount Kaiwera ski area, the family-owned field above the Mahuika Valley whose "
                "general manager, Fiona Cosgrove, 46, is the third generation of her family to "
                "run it, a 15-year consent to take up to 1.2 million cubic metres of water a year "
                "from the Kaiwera Stream for snowmaking, rejecting arguments from downstream "
                "farmers and a local anglers' club that winter takes, coming after three dry "
                "seasons in a row, would starve the stream and the brown trout that spawn in "
                "it.")
    cut = shorten(sentence, 50, "en")
    assert cut is not None and "granted Mount Kaiwera ski area a 15-year consent" in cut.text, cut
    assert "Fiona Cosgrove" not in cut.text
    # (and one before the verb's object keeps its comma after "among them": judged en 1267)
    among = shorten("The commission on Tuesday fined three cement makers, among them Savannah "
                    "Crest Cement Plc, the Lagos-listed group whose founder and former chairman, "
                    "Alhaji Musa Danbaba, 67, stepped down last year, a combined 38.4 billion "
                    "naira for colluding to push up the price of a 50kg bag by more than half "
                    "between 2016 and 2019.", 45, "en")
    assert among is not None and "Savannah Crest Cement Plc, a combined 38.4 billion naira" in \
        among.text, among


def test_a_turn_s_line_does_not_take_the_next_paragraph_s_short_opener() -> None:
    """Round 150, ru 1490: «Однако уже в четверг договорённость оказалась под угрозой.» took
    «Соглашению предшествовали почти два месяца напряжённости.», the opener of the background
    paragraph after it, as the sentence that tells how, and the short summary told the opener
    alone (a "setup" fault)."""
    text = ("Правительство края и профсоюз в понедельник подписали соглашение о повышении "
            "окладов учителей на 10%.\n\nОднако уже в четверг договорённость оказалась под "
            "угрозой.\n\nСоглашению предшествовали почти два месяца напряжённости. В январе "
            "во многих школах края сократили стимулирующие выплаты на 25–30%.\n\n"
            "Вечером в четверг пресс-служба губернатора сообщила, что соглашение будут "
            "исполнять поэтапно.")
    units = build_units(list(parse(text, "ru").body), "ru")
    teaser = next(unit for unit in units if unit.text.startswith("Однако уже в четверг"))
    assert len(teaser.sentences) == 1, teaser.sentences
    # (a line whose next paragraph opens on how still goes with it)
    turned = build_units(list(parse(text.replace(
        "Соглашению предшествовали почти два месяца напряжённости. ", ""), "ru").body), "ru")
    assert any(unit.text.startswith("Однако уже в четверг") and len(unit.sentences) == 2
               for unit in turned), [unit.text for unit in turned]


def test_an_amount_set_off_after_an_apposition_goes_with_it() -> None:
    """Round 150's check of judged en 638: ", about a quarter of the centre's retail space,"
    told of the apposition's anchor unit, and was left after the subject when the apposition
    went ("Harwood & Price about a quarter of …, confirmed …")."""
    sentence = ("Harwood & Price, the British department store chain that had agreed in 2016 to "
                "take a 9,500-square-metre anchor unit, about a quarter of the centre's retail "
                "space, confirmed that it had withdrawn from the project.")
    cut = shorten(sentence, 22, "en")
    assert cut is not None and cut.text == \
        "Harwood & Price confirmed that it had withdrawn from the project.", cut



def test_a_first_name_alone_that_opens_a_sentence_needs_its_full_name() -> None:
    """Round 150, judged ru 1480 (long 1.5 below lead): «Дильшод как раз отличник.» came into
    the long summary without «…Дильшод Каримов открывает на телефоне таблицу.», and no reader
    knew who he was. Not a word that opens a sentence before a surname, «Сам Лукин …»."""
    text = ("Каждый вечер, вернувшись со смены, Дильшод Каримов открывает на телефоне таблицу."
            "\n\nУчёный совет университета 2 апреля утвердил новые тарифы на обучение.\n\n"
            "Дильшод как раз отличник.\n\nСам Лукин к таким словам относится с иронией.\n\n"
            "Сам вуз повышение не комментирует.")
    units = build_units(list(parse(text, "ru").body), "ru")
    needs = name_introductions(units)
    student = next(u.index for u in units if u.text.startswith("Дильшод как раз"))
    assert needs[student] == frozenset({0}), needs
    university = next(u.index for u in units if u.text.startswith("Сам вуз"))
    assert needs[university] == frozenset(), needs



def test_a_day_opening_then_a_verb_with_two_words_cuts_before_a_participle() -> None:
    """Round 151, en 1502: "On Thursday afternoon," hid the clause's verb, and "vetoed the
    resolution" had too few words after it for a whole sentence, so the cut ended on "…"."""
    cut = shorten("On Thursday afternoon, County Executive Diane Marchetti vetoed the "
                  "resolution, calling the closure \"a false economy\" that would cost the "
                  "community more in lost services than it saved the county.", 18, "en")
    assert cut is not None and cut.text == \
        "On Thursday afternoon, County Executive Diane Marchetti vetoed the resolution.", cut
    from summarizer.units import tells_reversal

    assert tells_reversal("On Wednesday afternoon, Mayor Andre Halloway vetoed the resolution.",
                          "en")


def test_a_kazakh_that_is_aside_does_not_take_the_verb_with_it() -> None:
    """Round 151, kk 1495: ", яғни шамамен 23%-ға төмендететінін жариялап," read as an aside
    and went, the lead's verb with it: the short summary was cut to «…85 теңгеге дейін бұл
    шешімнің …»."""
    sentence = ("«Есіл Сүт» кооперативінің төрағасы, 54 жастағы Серік Бейсембаев сейсенбі күні "
                "Петропавлда өткен брифингте сүттің бағасын 1 маусымнан бастап литріне 110 "
                "теңгеден 85 теңгеге дейін, яғни шамамен 23%-ға төмендететінін жариялап, бұл "
                "шешімнің облыстағы ең ірі өңдеуші кәсіпорын – «Солтүстік Сүт Комбинаты» "
                "ЖШС-ның сатып алу бағасын күрт түсіруіне, жаз айларында сүттің көбеюіне және "
                "Ресейден әкелінетін арзан өнімнің нарықты толтыруына байланысты қабылданғанын "
                "айтты.")
    cut = shorten(sentence, 45, "kk")
    assert cut is not None and "төмендететінін жариялады." in cut.text, cut


def test_an_english_subject_keeps_its_second_predicate_when_that_tells_the_headline() -> None:
    """Round 151, en 1501: "Gwen Parry, 67, … stood on the bank … beside Councillor …, and
    watched a piling rig drive the first of 1,450 steel sheets into the ground, marking the
    start of construction on a £14.8 million flood defence wall …" was cut before "marking",
    and the short summary never told the wall the headline is about."""
    sentence = ("Gwen Parry, 67, a retired primary school headteacher whose home on Station Road "
                "has flooded four times since 2004, stood on the bank of the River Conwy on "
                "Wednesday morning beside Councillor Aled Vaughan-Jones, 52, chair of Conwy "
                "County Borough Council's environment committee, and watched a piling rig drive "
                "the first of 1,450 steel sheets into the ground, marking the start of "
                "construction on a £14.8 million flood defence wall designed to protect about "
                "320 homes and businesses in the town centre.")
    topic = frozenset({"work", "starts", "flood", "wall", "protect", "llanrwst", "town", "centre"})
    cut = shorten(sentence, 50, "en", topic)
    assert cut is not None and cut.text.startswith("Gwen Parry") and \
        "flood defence wall" in cut.text, cut
    # (not from an opening phrase: "On Wednesday" is no subject)
    opened = shorten("On Wednesday, the Santa Cruz County Superior Court heard the appeal of a "
                     "group of neighbours over the quarry's noise, dust and lorry traffic for "
                     "more than four hours, and ordered the construction permit suspended "
                     "until it hears the case in full next spring.", 20, "en",
                     frozenset({"permit", "suspended"}))
    assert opened is None or not opened.text.startswith("On Wednesday ordered"), opened


def test_an_english_second_predicate_is_never_a_noun_inside_the_first_ones_clause() -> None:
    """Round 199's check, en 2072: "…struck down a ban …, ruling that the city had failed to
    properly weigh the interests of shopkeepers and disabled residents when …" was cut to "A
    Dutch court on Tuesday disabled residents when it closed 41 streets …"."""
    sentence = ("A Dutch court on Tuesday struck down a ban on private cars in the historic "
                "centre of Deventer, ruling that the city had failed to properly weigh the "
                "interests of shopkeepers and disabled residents when it closed 41 streets to "
                "private cars in January.")
    topic = frozenset({"dutch", "court", "strik", "ban", "car", "historic", "centre"})
    cut = shorten(sentence, 17, "en", topic)
    assert cut is not None and "struck down" in cut.text, cut


def test_a_russian_apposition_that_ends_on_a_place_keeps_its_closing_comma() -> None:
    """Round 199's check, ru 2077: «…Анна Белозерова, 27-летняя уроженка Барнаула, которая …
    проводит в самодельной обсерватории …, стала …» lost its relative clause and the comma
    with it («Барнаула стала»), a place's genitive read as a verb in the past."""
    sentence = ("Аспирантка университета Анна Белозерова, 27-летняя уроженка Барнаула, которая "
                "последние три года почти каждую ясную ночь проводит в самодельной обсерватории "
                "на садовом участке под Бердском, стала первооткрывательницей новой кометы, "
                "заметив слабое туманное пятнышко на снимках, сделанных в ночь на субботу.")
    cut = shorten(sentence, 30, "ru")
    assert cut is not None and "которая" not in cut.text, cut
    assert "Барнаула стала" not in cut.text, cut


def test_a_kazakh_lead_cut_starts_at_the_full_name_its_long_description_ends_on() -> None:
    """Round 199's check, kk 2071 and kk 2077: an 80-word lead that opens on who leads the
    group («…ғылымдарының докторы Ерлан Байжігітов бастаған, құрамында … бар экспедиция …
    тапты») was spliced with «…» from the description to the find, the expedition lost."""
    sentence = ("Ұлттық ғылым академиясының корреспондент-мүшесі, Зоология институтының "
                "палеонтология зертханасын 20 жылдан бері басқарып келе жатқан 61 жастағы "
                "ғылым докторы Ерлан Байжігітов бастаған, құрамында тоғыз ғалым мен төрт студент "
                "бар экспедиция Шиелі ауданының оңтүстігіндегі Қаратау жотасының етегінде үш "
                "апта бойы қазба жүргізіп, шамамен 85 миллион жыл бұрын өмір сүрген шөпқоректі "
                "динозаврдың қаңқасын тапты.")
    cut = shorten(sentence, 40, "kk")
    assert cut is not None and cut.text.startswith("Ерлан Байжігітов бастаған экспедиция"), cut
    assert "…" not in cut.text and cut.text.endswith("қаңқасын тапты."), cut


def test_an_english_relative_clause_with_the_sum_a_participle_points_back_to_stays() -> None:
    """Round 200's check, en 2083: "…, who siphoned more than £2.4 million from the company …,
    spending it on shares in racehorses …, was jailed …" lost its relative clause, and the
    short summary told what "it" bought and never the fraud."""
    sentence = ("Martin Ashcroft, 58, a chartered accountant and the former finance director of "
                "Greystone Living, a Bolton-based operator of 11 care homes across Greater "
                "Manchester and Lancashire, who siphoned more than £2.4 million from the company "
                "over seven years through a string of fake invoices, spending it on shares in "
                "racehorses, private school fees and a villa on the Costa Blanca, was jailed for "
                "six years and four months at Manchester Crown Court on Thursday.")
    cut = shorten(sentence, 60, "en", frozenset({"fraud", "villa", "racehors", "jail"}))
    assert cut is not None and "£2.4 million" in cut.text and "was jailed" in cut.text, cut


def test_a_russian_in_that_case_past_the_subject_leans_on_what_came_before() -> None:
    """Round 200's check, ru 2087: «Цены в этом случае могут вернуться к уровню 350–400 руб.
    за кг.» closed the short summary with no forecast before it."""
    assert leans_on_previous("Цены в этом случае могут вернуться к уровню 350–400 руб. за кг.",
                             "ru")
    assert not leans_on_previous("Цены на орех в Томске упали вдвое.", "ru")


def test_a_russian_role_then_an_aged_name_keeps_the_name_and_drops_the_asides() -> None:
    """Round 200's check, ru 2089: «Директор … музея …, 64-летняя Валентина Горшенина,
    заслуженный работник …, руководившая … и известная тем, что …, в понедельник подала в
    отставку, спустя три недели после того, как эксперты … установили, что … этюд … является
    поздней копией.» was cut with «…» before what the experts found."""
    sentence = ("Директор Омского музея сибирского пейзажа, 64-летняя Валентина Горшенина, "
                "заслуженный работник культуры России, руководившая музеем с 1991 года и "
                "известная тем, что в середине 1990-х добилась передачи в Омск почти двухсот "
                "работ сибирских художников, в понедельник подала в отставку, спустя три недели "
                "после того, как эксперты установили, что этюд Василия Сурикова «Утро на "
                "Енисее» на самом деле является поздней копией.")
    cut = shorten(sentence, 45, "ru")
    assert cut is not None and "64-летняя Валентина Горшенина, в понедельник подала" in \
        cut.text and cut.text.endswith("поздней копией."), cut


def test_a_kazakh_lead_cut_from_a_name_after_a_description_with_a_quoted_title() -> None:
    """Round 200's check, kk 2089: «…74 жастағы зейнеткер, … 38 жыл бойы тарихтан сабақ берген,
    «Білім беру ісінің құрметті қызметкері» төсбелгісінің иегері Серік Әбдірахманов …
    коллекциясын … тапсырды» was spliced with «…» and lost the teacher's name: a title in
    quotation marks is part of the description. Not a name among others («…олардың ішінде …
    Марат Ыбыраев та бар…», kk 1507)."""
    sentence = ("Тараз қаласында тұратын 74 жастағы зейнеткер, ауыл мектептерінде 38 жыл бойы "
                "тарихтан сабақ берген, «Білім беру ісінің құрметті қызметкері» төсбелгісінің "
                "иегері Серік Әбдірахманов төрт онжылдық бойы жинаған 1 240 тиыннан тұратын жеке "
                "коллекциясын дүйсенбі күні облыстық тарихи-өлкетану мұражайына ешқандай ақы "
                "алмастан, жазбаша сыйға тарту шарты негізінде тапсырды.")
    cut = shorten(sentence, 32, "kk")
    assert cut is not None and cut.text.startswith("Серік Әбдірахманов") and "…" not in cut.text, \
        cut
    among = ("Ақсу ауданындағы зауытқа қызылша өткізетін 140-тан астам шаруа қожалығы, олардың "
             "ішінде қырық жылдан бері қызылша егіп келе жатқан 63 жастағы шаруа қожалығының "
             "төрағасы Марат Ыбыраев та бар, зауыт ұсынған бағаны шығынды өтей алмайды деп "
             "есептеп, 3 қазаннан бері өнімді қабылдау пункттеріне тасуды тоқтатты.")
    cut = shorten(among, 30, "kk")
    assert cut is None or not cut.text.startswith("Марат Ыбыраев"), cut


def test_until_then_and_the_stock_lean_on_what_came_before() -> None:
    """Round 200, en 2085 and en 2081 (long summaries 3 below lead as judged): "Harlan Street
    will stay closed until then." and "The stock is still around 22% below its 2014 peak." were
    told with no inspection and no shares before them."""
    assert leans_on_previous("Harlan Street will stay closed until then.", "en")
    assert leans_on_previous("The stock is still around 22% below its 2014 peak.", "en")
    assert not leans_on_previous("The judge set sentencing for Feb. 3 and allowed him to remain "
                                 "free on bond until then.", "en")
    assert not leans_on_previous("The stock exchange opened a new office.", "en")


def test_some_as_a_pronoun_leans_on_what_came_before() -> None:
    """Round 202, en 2104: "Some had grown steadily; others had ended up costing £20 …" closed a
    long summary that never told the schemes it meant."""
    assert leans_on_previous("Some had grown steadily; others had cost far more.", "en")
    assert leans_on_previous("Some were never rebuilt.", "en")
    assert not leans_on_previous("Some 300 residents signed the petition.", "en")
    assert not leans_on_previous("Some residents had already left the valley.", "en")


def test_the_scene_person_and_body_of_a_feature_need_the_units_that_introduced_them() -> None:
    """Round 202, ru 2110 (long 3 below lead) and en 2110 (long 2 below lead): «…в том числе
    сам Николай.» and «Опасения смотрителя разделяют и за границей.» named a keeper the long
    summary never introduced, and "The foundation estimates …" a foundation it never named."""
    from summarizer.units import institution_mentions

    units = _units("Каждое утро Степан Орлов поднимается на маяк. Маяк автоматизируют в 2026 г. "
                   "На острове жили три семьи, в том числе сам Степан.", "ru")
    assert name_introductions(units)[-1] == frozenset({0})
    assert leans_on_previous("Опасения смотрителя разделяют и в соседних районах.", "ru")
    units = _units("Friends of the Ferry, a local foundation, wants to keep the pontoon. The "
                   "bridge opens in 2025. The foundation estimates it will need €90,000.", "en")
    assert institution_mentions(units, "en")[-1] == frozenset({0})


def test_an_objection_and_a_bare_count_lean_on_what_came_before() -> None:
    """Round 202, ru 2104: «В кооперативе возражают, что половина рисунков …» closed a long
    summary with no criticism before it, and «Пока удалось найти 23.» came without the 40
    lacemakers it counted."""
    assert leans_on_previous("В артели возражают, что узоры остались прежними.", "ru")
    assert leans_on_previous("Пока удалось найти 23.", "ru")
    assert leans_on_previous("So far it has found 12.", "en")
    assert not leans_on_previous("Ограничение действует с 1:00 до 6:00.", "ru")
    assert not leans_on_previous("The vote was 41 to 23.", "en")
    assert not leans_on_previous("The school has found a new home in 2019.", "en")


@pytest.mark.parametrize(("sentence", "leans"), [
    ("В компании это учитывают.", True),
    ("В мэрии этого не скрывают.", True),
    ("Осторожность фермеров понятна.", True),
    ("Their caution is understandable.", True),
    ("В компании работают триста человек.", False),
    ("В компании это учитывают при расчете зарплаты для всех новых сотрудников.", False),
])
def test_a_short_line_whose_object_is_only_this_leans_on_what_came_before(
        sentence: str, leans: bool) -> None:
    """Round 207, ru 2164 (long 1.5 below lead as judged): «В компании это учитывают.» came
    into the long summary after the plant's plans, with no trouble told before it to take into
    account."""
    assert leans_on_previous(sentence, "ru") is leans


def test_a_russian_demonstrative_in_the_accusative_opens_a_reference() -> None:
    """Round 151, ru 1501: «Эту проблему в проекте учли, возразил Лапшин.» closed on a problem
    its long summary never told."""
    assert opens_with_reference("Эту проблему в проекте учли, возразил Лапшин.", "ru")
    assert opens_with_reference("Такую схему в министерстве назвали временной.", "ru")
    assert not opens_with_reference("Этажи здания перекрыли в августе.", "ru")


def test_a_problem_not_denied_leans_on_the_problem_told_before() -> None:
    """Round 151, ru 1497 (long 2.5 below lead): «В предприятии проблему не отрицают.» came into
    the long summary without the deputy's doubt on drivers that it answers."""
    assert leans_on_previous("В предприятии проблему не отрицают.", "ru")
    assert leans_on_previous("Руководство фабрики не отрицает эту проблему.", "ru")
    assert not leans_on_previous("Проблему с водителями предприятие решит к осени, сообщил "
                                 "директор.", "ru")


def test_an_apposition_does_not_take_a_second_agent_after_it() -> None:
    """Round 153, en 1525: ", a former egg and poultry trader who worked … for 46 years," went
    with " and by Councillor Alan Petrie," read as its relative clause's second predicate, and
    the short summary made Margaret Lowrie the committee's convener."""
    sentence = ("Demolition crews began tearing down Dundee's 114-year-old Seagate Market Hall on "
                "Monday, watched from behind a wire fence by Margaret Lowrie, 71, a former egg and "
                "poultry trader who worked under its glass roof for 46 years, and by Councillor "
                "Alan Petrie, convener of the city council's development committee, who insisted "
                "that the cast-iron building, condemned by engineers after part of its roof fell "
                "in last winter, could not have been saved without money the council simply did "
                "not have.")
    cut = shorten(sentence, 55, "en")
    assert cut is not None and "Lowrie, 71, convener" not in cut.text, cut
    assert "Alan Petrie, convener of the city council's development committee" in cut.text, cut


def test_an_english_report_cuts_before_its_second_predicate_after_and() -> None:
    """Round 153, judged en 1526 (short 3 below lead): "…said it had suspended the new tariff
    for 90 days and ordered an unscheduled inspection …" had no cut before "and ordered", so
    the short summary never told the regulator's halt."""
    cut = shorten("Late on Wednesday, the regional department of Kazakhstan's natural monopolies "
                  "regulator said it had suspended the new tariff for 90 days and ordered an "
                  "unscheduled inspection of Kengir Energy Service's cost calculations.", 24, "en")
    assert cut is not None and cut.text.endswith("suspended the new tariff for 90 days."), cut


@pytest.mark.parametrize(("sentence", "refers"), [
    ("The chairwoman, Dr. Ada Brill, said neither would receive severance.", True),
    ("The club said both were expected to return next season.", True),
    ("The club said the two players were expected to return next season.", False),
    ("The minister said neither plan had been costed in full.", False),
    # (round 158's check, en 1584: a count told before, estimated again)
    ("Organisers put the number at more than 7,000.", True),
    ("Police put the number of arrests at 12.", False),
])
def test_neither_or_both_as_a_reported_subject_refers_back(sentence: str, refers: bool) -> None:
    """Round 158's check, en 1577: "The university's president, Dr. Elaine Moravec, said neither
    would receive severance." came into the long summary with neither of the two told."""
    from summarizer.units import refers_back_inside

    assert refers_back_inside(sentence, "en") is refers


@pytest.mark.parametrize(("sentence", "told", "known"), [
    ("At 8 p.m. the union voted to withdraw from the agreement.",
     "Parliament on Monday passed the budget for next year.", True),
    # (told before, or a sale that is one)
    ("At 8 p.m. the union voted to withdraw from the agreement.",
     "The union signed an agreement with the government in June.", False),
    ("At about 9 p.m., the buyer said it was pulling out of the deal.",
     "Shareholders voted on Tuesday to sell the line to a Norwegian operator.", False),
    ("Вечером профсоюз объявил о выходе из соглашения.",
     "Дума в среду приняла закон о бюджете.", True),
    # (no walking out at all)
    ("The agreement runs until 2030.", "Parliament on Monday passed the budget.", False),
    # round 159, kk 1598: a Kazakh deal walked out of, and talks with an investor that tell one
    ("Алайда 7 ақпанда «Транзит Инвест Групп» мәмілеге қатысудан бас тартатынын хабарлады.",
     "Зауыт 1 наурыздан бастап өндірісті тоқтатып, 640 қызметкерін қысқартады.", True),
    ("Алайда 7 ақпанда «Транзит Инвест Групп» мәмілеге қатысудан бас тартатынын хабарлады.",
     "Комбинаттың болашағы инвестормен жүргізілген келіссөзге байланып қалды.", False),
    # round 161, ru 1616: a signature withdrawn from a protocol the lead never told
    ("Уже во вторник утром подрядчик направил письмо, в котором отозвал свою подпись под "
     "протоколом.", "Дамба на реке Исеть не выдержала паводка в ночь на воскресенье.", True),
    ("Уже во вторник утром подрядчик направил письмо, в котором отозвал свою подпись под "
     "протоколом.", "В понедельник мэр и подрядчик подписали соглашение о ремонте.", False),
])
def test_walking_out_of_an_agreement_takes_it_as_known(sentence: str, told: str,
                                                       known: bool) -> None:
    """Round 158's check, en 1586: "…voted unanimously to withdraw from the agreement." closed a
    short summary that never told the agreement."""
    from summarizer.units import takes_agreement_as_known

    language = "kk" if "мәміле" in sentence else \
        "ru" if sentence[0] in "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ" else "en"
    assert takes_agreement_as_known(sentence, [told], language) is known


def test_a_kazakh_cut_drops_the_reasons_told_after_what_was_done() -> None:
    """Round 158's check, kk 1579: «…бұйрығын қайта қарауды талап етті, … байланысты екенін,
    ал шешім … қабылданғанын алға тартты.» was cut to the reasons and lost the demand; a list
    in the accusative before a comma is no finite verb (judged kk 373)."""
    sentence = ("Ақтөбе облысының 30-дан астам фермері сейсенбі күні облыс әкімдігінің ғимараты "
                "алдына жиналып, ҚР Ауыл шаруашылығы министрлігінің жайылымды жалға беру "
                "мерзімін он жылдан бес жылға дейін қысқарту туралы бұйрығын қайта қарауды талап "
                "етті, ауылдарда тұратын 800-ден астам отбасының күнкөрісі осы жайылымдарға "
                "тікелей байланысты екенін, ал шешім ешқандай қоғамдық талқылаусыз қабылданғанын "
                "алға тартты.")
    cut = _cut(sentence, 40, "kk")
    assert cut.endswith("қайта қарауды талап етті."), cut
    listed = ("Экспедиция су астынан ағаш кеменің қаңқасын, бірнеше құмыраны, мыс табақтарды, "
              "қорғасын салмақтарды және қола қоңырауды тауып, бұл Каспий жағалауынан осы "
              "уақытқа дейін табылған ең толық сақталған кеме болуы мүмкін екенін мәлімдеді.")
    assert not shorten(listed, 25, "kk").text.endswith("табақтарды.")


@pytest.mark.parametrize(("language", "sentence", "only"), [
    ("en", "Meridian Pathways did not respond to requests for comment.", True),
    ("en", "The World Anti-Doping Agency, which had joined the case as an observer, declined to "
           "comment.", True),
    ("ru", "Представители других участников от комментариев отказались.", True),
    # (not one that says more before its "but", judged ru 740)
    ("ru", "Компания с решением не согласна, однако в зале суда её представители от "
           "комментариев отказались.", False),
    ("en", "The council approved the plan on Monday.", False),
])
def test_a_sentence_that_only_says_there_was_no_comment(language: str, sentence: str,
                                                        only: bool) -> None:
    """Round 158's check, en 1577 (see `says_no_comment`)."""
    from summarizer.units import says_no_comment

    assert says_no_comment(sentence, language) is only


def test_what_a_deal_hung_on_takes_the_deal_as_known() -> None:
    """Round 159's check, en 1598: "The deal depended on a $14 million credit line from a
    regional bank." came into the long summary with no deal told; the letter of intent told
    it."""
    from summarizer.units import event_introductions

    units = _units("Mill workers were told on Monday that the plant will close in May.\n\n"
                   "In March, the owner signed a letter of intent to sell the plant to a group "
                   "of former managers.\n\n"
                   "Workers said they had hoped the sale would save their jobs.\n\n"
                   "The deal depended on a loan from a regional bank.", "en")
    assert event_introductions(units, "en")[3] == {1}


def test_an_english_cut_leaves_no_comma_inside_an_absolute_clause_on_with() -> None:
    """Round 160's check, en 1603 (and judged en 1237, en 769): "…, with Justice Helen Marsh[,
    sentencing the company on 11 counts …,] describing its monitoring as …" read "Marsh,
    describing"."""
    sentence = ("Harbour Mills Ltd was fined £96,000 at Leeds Crown Court on Friday for letting "
                "dye waste run into the River Aire for a week last spring, killing about 900 "
                "fish, with Judge Ann Cole, sentencing the company on nine counts brought by the "
                "Environment Agency, describing the breaches as careless and avoidable.")
    cut = _cut(sentence, 42, "en")
    assert "with Judge Ann Cole describing the breaches" in cut, cut


def test_a_participles_clause_a_list_of_verbs_goes_on_from_is_no_aside() -> None:
    """Round 162, en 1627: ", ending a nine-day strike that forced the cancellation of hundreds
    of surgeries," was dropped as an aside before "diverted ambulances … and … cost it …",
    which left "…late Tuesday diverted ambulances"."""
    sentence = ("More than 2,100 nurses at three hospitals will return to work on Thursday after "
                "their union, led by intensive care nurse Denise Hall, 44, reached a tentative "
                "four-year agreement with the hospital system late Tuesday, ending a nine-day "
                "strike that forced the cancellation of hundreds of surgeries, diverted ambulances "
                "from two emergency rooms and, by the system's own estimate, cost it about $11 "
                "million in replacement staff.")
    cut = _cut(sentence, 45, "en")
    assert "Tuesday diverted" not in cut and "agreement with the hospital system" in cut, cut


def test_a_russian_plural_participles_aside_goes_before_the_verb() -> None:
    """Round 162, ru 1627: ", вышедших 13 октября … и … вынудивших отложить …," was no aside,
    and the 78-word lead was cut before its verb."""
    sentence = ("Около 2,8 тыс. медсестёр и акушерок из девяти латвийских больниц, вышедших 13 "
                "октября на первую за два десятилетия бессрочную забастовку и за одиннадцать дней "
                "вынудивших отложить более 1,4 тыс. плановых операций, в пятницу вечером начали "
                "возвращаться к работе после того, как председатель отраслевого профсоюза "
                "медсестёр Илзе Калниня и министр здравоохранения Айварс Озолс подписали "
                "соглашение о повышении зарплат на 12% уже с 1 января 2015 г.")
    cut = _cut(sentence, 50, "ru")
    assert "вышедших" not in cut and "начали возвращаться к работе" in cut, cut


def test_a_kazakh_cut_keeps_the_main_clause_after_an_after_clause() -> None:
    """Round 162, kk 1627: «…келісімге қол қойғаннан кейін Атырау … 400-ге жуық мейірбикесі …
    ереуілін … тоқтатып, бөлімшелерге қайта оралды.» was cut to the officials' names spliced
    with «…бөлімшелерге қайта оралды.», the officials returning to the wards."""
    sentence = ("Облыстық денсаулық сақтау басқармасының басшысы, 49 жастағы Серік Жұмағалиев пен "
                "кәсіподақ ұйымының төрайымы, отыз жылдан бері хирургия бөлімшесінде істейтін 56 "
                "жастағы аға мейірбике Ләззат Құрманова облыс әкімдігінде жеті сағатқа созылған "
                "келіссөздің соңында, түн ортасынан кейін, 1 сәуірден бастап жалақыны 30%-ға "
                "көтеруді, түнгі ауысым үшін үстемеақыны екі есе арттыруды және жыл соңына дейін "
                "60 жаңа мейірбике жалдауды көздейтін келісімге қол қойғаннан кейін Атырау "
                "облыстық көпбейінді ауруханасының 400-ге жуық мейірбикесі он бір күнге созылған "
                "ереуілін сейсенбі таңертең тоқтатып, бөлімшелерге қайта оралды.")
    for limit in (30, 40, 60):
        cut = _cut(sentence, limit, "kk")
        assert "мейірбикесі он бір күнге созылған ереуілін" in cut or not \
            cut.endswith("бөлімшелерге қайта оралды."), (limit, cut)
        assert "көтеруді… бөлімшелерге" not in cut, (limit, cut)


def test_letters_a_parenthesis_gave_a_body_need_the_unit_that_gave_them() -> None:
    """Round 162, ru 1629 (long 1.5 below lead as judged): «В ЗТК решение восприняли
    сдержанно.» came into the long summary with no «…АО «Зауральская теплосетевая компания»
    (ЗТК)» told."""
    from summarizer.units import acronym_introductions

    text = ("Тарифы заморозили до конца года.\n\nВыпадающие доходы компенсирует бюджет, из них 211 "
            "млн руб. получит АО «Зауральская теплосетевая компания» (ЗТК).\n\nВ ЗТК решение "
            "восприняли сдержанно.\n\nДепутаты поддержали решение, а сотрудники ЗТК промолчали.")
    needs = acronym_introductions(_units(text, "ru"))
    assert needs[2] == frozenset({1})
    assert needs[3] == frozenset()  # (letters further on, not the subject)
    assert needs[1] == frozenset()


def test_a_teaser_under_the_lead_does_not_take_the_background_after_it() -> None:
    """Round 178's check, ru 1826: «Однако договорённость продержалась меньше суток.», a
    paragraph of its own right under the lead, was one unit with «Акция началась около 10:00 в
    понедельник.», the first line of the background after it, and the short summary told that
    line as the story's turn. A turn told lower down still goes with the report after it."""
    text = ("Фермеры перекрыли трассу из-за цен на топливо\n\n"
            "Около 300 тракторов в понедельник перекрыли трассу у села Ивановка: фермеры "
            "протестовали против роста цен на солярку. Во вторник они разъехались после "
            "того, как власти пообещали скидку.\n\n"
            "Однако договорённость продержалась меньше суток.\n\n"
            "Протест начался около 9:00 в понедельник. Тракторы встали поперёк дороги.\n\n"
            "Фермеры требуют зафиксировать цену на солярку.")
    units = _units(text, "ru")
    teaser = next(unit for unit in units if unit.text.startswith("Однако договорённость"))
    assert len(teaser.sentences) == 1, teaser.sentences


def test_russian_cut_leaves_no_participle_s_object_alone() -> None:
    """Round 179's check, ru 1837: «…изучив заключение экспертов, нашедших в его докторской
    диссертации, защищенной в 2006 г. в Москве, десятки страниц чужого текста без ссылок,
    лишила …» was cut to «…изучив заключение экспертов, десятки страниц чужого текста без
    ссылок, лишила …»: the place's aside went with its comma kept, then the participle."""
    sentence = ("Министерство образования в среду уволило 58-летнего ректора Северного "
                "горного университета Игоря Савельева, доктора технических наук и бывшего "
                "депутата областной думы, руководившего вузом с 2012 г., после того как "
                "комиссия, изучив выводы экспертов, обнаруживших в его монографии, изданной в "
                "2004 г. в Перми, двадцать страниц чужого текста без ссылок, признала работу "
                "плагиатом.")
    for limit in (48, 40):
        cut = _cut(sentence, limit, "ru")
        assert "экспертов, двадцать" not in cut and "монографии, двадцать" not in cut, cut


def test_english_cut_drops_what_came_before_between_a_time_and_the_subject() -> None:
    """Round 179's check, en 1832: "At 10.40pm on Thursday, after an emergency meeting that
    lasted more than four hours, the council voted to suspend the increase …" was cut to the
    time and the meeting, "…four hours…", and lost the vote."""
    sentence = ("Late on Friday, after a meeting with union leaders that ran past midnight, the "
                "city council voted to postpone the parking charge until next spring.")
    assert _cut(sentence, 20, "en") == ("Late on Friday, the city council voted to postpone the "
                                        "parking charge until next spring.")


def test_russian_cut_drops_a_long_participial_aside_on_the_subject_whole() -> None:
    """Round 194's check, ru 2017: the 230-character aside «, больше сорока лет наблюдающий за
    небом … и за эти годы отправивший … почти 11 тыс. измерений положений астероидов,» was too
    long to drop, and the short summary was cut before what the lead told of the astronomer."""
    sentence = ("Бывший учитель физики, 69-летний Пётр Ильич Воробьёв, больше тридцати лет "
                "наблюдающий за звёздами из самодельной деревянной обсерватории на плоской "
                "крыше старого сарая в деревне Ключи Тамбовской области и за эти годы "
                "передавший в международные каталоги почти девять тысяч измерений блеска "
                "переменных звёзд, стал первым жителем области, "
                "чье открытие сверхновой подтвердил Международный астрономический союз, "
                "сообщил в среду областной клуб любителей астрономии.")
    cut = _cut(sentence, 40, "ru")
    assert cut.startswith("Бывший учитель физики, 69-летний Пётр Ильич Воробьёв стал первым"), cut
    assert "подтвердил Международный астрономический союз" in cut, cut


def test_english_cut_before_a_second_reported_clause_is_a_whole_sentence() -> None:
    """Round 194's check, en 2012: "…said it had instructed its lawyers to file an appeal in
    cassation with the Supreme Court in Madrid, and that it would ask the Galician court to let
    preparatory work … continue …" was cut to "…in Madrid…", whose "…" kept the appeal out of
    the short summary; without a report before it, the cut still ends on "…"."""
    sentence = ("Within hours, the developer said it had told its lawyers to file an appeal with "
                "the Supreme Court, and that it would ask the city to let work on the site go on "
                "while the appeal is heard.")
    assert _cut(sentence, 20, "en") == ("Within hours, the developer said it had told its "
                                        "lawyers to file an appeal with the Supreme Court.")
    plain = sentence.replace("the developer said it had told its lawyers to",
                             "the developer's lawyers moved to")
    assert _cut(plain, 20, "en").endswith("…"), _cut(plain, 20, "en")


def test_english_cut_drops_a_where_aside_between_the_opening_place_and_the_subject() -> None:
    """Round 192's check, en 1962: "On a stretch of fallow farmland west of this city, where
    cotton once grew in long irrigated rows, a Denver company wants to build …: six windowless
    buildings …, a private electrical substation and a cooling system that could draw more than
    a million gallons of groundwater a day." one word over the short limit lost the cooling
    system and its water, the story, and kept the cotton."""
    sentence = ("In a field of dry scrub east of the town, where sheep once grazed for most of "
                "the year, a Perth company plans to build a solar farm: 40,000 panels, a "
                "battery store and a pipeline that would draw bore water to wash them.")
    assert _cut(sentence, 36, "en") == ("In a field of dry scrub east of the town, a Perth "
                                        "company plans to build a solar farm: 40,000 panels, a "
                                        "battery store and a pipeline that would draw bore "
                                        "water to wash them.")


@pytest.mark.parametrize(("sentence", "language", "limits", "spliced"), [
    # (round 187's check of en 926: ", arguing that the railings should be allowed to stay under
    # code provisions for historic buildings," was dropped as an aside, and the short summary
    # read "…filed an appeal with the … Board of Appeal and Review, provided other safety
    # measures are added.")
    ("Late on Monday, hours after the ruling, the club's lawyers filed an appeal with the county "
     "licensing board, arguing that the terrace should be allowed to stay open under the rules "
     "for older venues, provided the music stops at ten.", "en", (20, 25, 28, 32),
     "board, provided"),
    # (round 188's check, ru 1939: «…49-летнего Андрея Ковалёва[, бывшего директора …
    # предприятия «Уралгорсвет»,] которое с середины 1990-х гг. отвечает за уличное освещение …,
    # признав …» was cut to «…Ковалёва, которое …»: a neuter «которое» tells of the body the
    # apposition named, never of the person)
    ("Кировский районный суд Перми в среду приговорил к пяти годам колонии 52-летнего Игоря "
     "Сомова, бывшего директора муниципального предприятия «Пермгорсвет», которое с начала "
     "2000-х гг. отвечает за уличное освещение в городе, признав его виновным в хищении 21,6 млн "
     "руб., выделенных из городского бюджета в 2019–2021 гг. на установку новых фонарей в трех "
     "районах города.", "ru", (30, 35, 40, 45), "Сомова, которое"),
])
def test_an_aside_goes_with_what_completes_it_or_tells_of_its_body(
        sentence: str, language: str, limits: tuple[int, ...], spliced: str) -> None:
    for limit in limits:
        cut = _cut(sentence, limit, language)
        assert spliced not in cut, cut


@pytest.mark.parametrize(("sentence", "language", "leans"), [
    # (round 187, judged ru 1929: the earlier burst just told, left out of the long summary)
    ("В тот раз СТК объяснила порыв резким перепадом температур.", "ru", True),
    ("В прошлом году СТК объяснила порыв резким перепадом температур.", "ru", False),
    # (round 189, judged en 1951, long 3 below lead: the company told just before, then named)
    ("The company, Northcoast Pipe Services, did no work for the district.", "en", True),
    ("The company, which employs 40 people, said it would appeal.", "en", False),
    ("Northcoast Pipe Services, a plumbing firm, did no work for the district.", "en", False),
    # (round 192's check, en 1962: the project told just before, then who proposed it)
    ("The project, proposed by Corbin Logistics, has split the town council.", "en", True),
    ("The project, which was first floated in 2019, has split the town council.", "en", False),
    ("The project proposed by Corbin Logistics has split the town council.", "en", False),
])
def test_a_sentence_that_points_at_what_was_just_told_leans_on_it(sentence: str, language: str,
                                                                   leans: bool) -> None:
    from summarizer.units import leans_on_previous

    assert leans_on_previous(sentence, language) is leans


@pytest.mark.parametrize(("sentence", "language", "leans"), [
    # (round 190's check, kk 1968: "the document" is the permit the sentence before issued;
    # not the taking of applications)
    ("Құжат кәсіпорынды 2026 жылдың соңына дейін шығарындыларды 35 пайызға азайтуға "
     "міндеттейді.", "kk", True),
    ("Құжат қабылдау 20 маусымда басталып, 20 шілдеде аяқталды.", "kk", False),
    # (round 190's check, en 1969: "he" is the husband told before, the first clause names no
    # one; not one whose first clause names him)
    ("Coverage in the valley is patchy, and he first assumed the phone's battery had died.",
     "en", True),
    ("Ole Berg waited at the cabin, and he first assumed the phone's battery had died.", "en",
     False),
    # (round 190, judged ru 1960, long 2.5 below lead: the trade "the museum director speaks
    # of" came without the director's words)
    ("Торговлю, о которой говорит норвежский музейщик, в XIX веке называли поморской.", "ru",
     True),
    ("Торговлю с Норвегией в XIX веке называли поморской.", "ru", False),
    # (round 190, judged ru 1968, long 3 below lead: «Второй риск — …» came with no first; not
    # a stage, whose first the lead may tell, nor a problem opening a section)
    ("Второй риск — лососевая вошь, паразит, который на фермах быстро размножается.", "ru",
     True),
    ("The second risk is sea lice, which multiply quickly on crowded farms.", "en", True),
    ("Второй этап реконструкции намечен на 2020–2021 гг.", "ru", False),
    ("Вторая проблема — хранение и вывоз зерна.", "ru", False),
])
def test_a_sentence_that_points_at_what_came_just_before_leans_on_it(
        sentence: str, language: str, leans: bool) -> None:
    """Round 190: a document, a husband, a director's words and a first risk, each told only
    in the sentence before."""
    assert leans_on_previous(sentence, language) is leans


def test_a_word_inside_a_longer_name_is_no_surname_told_alone() -> None:
    """Round 196's check, en 2042: "the Alder Springs Property Owners Alliance" needed "Alder
    Springs, a town of about 4,800 …" for "Springs"; a Cyrillic surname before a first name
    still needs its introduction («Адвокат Клюева Павел Гринберг …»)."""
    from summarizer.units import Unit, name_introductions

    town = Unit(("Alder Springs, a town of about 4,800 residents, has 3,100 homes.",), 0, 0)
    for text, needs in (("A group calling itself the Alder Springs Property Owners Alliance "
                         "filed suit.", frozenset()),
                        ("Springs said the town would fight it.", frozenset({0}))):
        assert name_introductions([town, Unit((text,), 1, 1)])[1] == needs, text
    client = Unit(("Кандидат Игорь Клюев проиграл 23 голоса.",), 0, 0)
    lawyer = Unit(("Адвокат Клюева Павел Гринберг сообщил об апелляции.",), 1, 1)
    assert name_introductions([client, lawyer])[1] == frozenset({0})


def test_a_russian_cut_keeps_the_verb_after_who_was_among_them_and_a_relative_clause() -> None:
    """Round 196's check, ru 2041: a relative clause whose verb comes after commas goes whole;
    «, среди которых были …» goes to its list's last item when the sentence's verb follows,
    and stays before a relative clause on that item; a cut ends in no «и» and a circumstance
    whose verb is not yet told."""
    sentence = ("Пожилой столяр Иван Петрович Сомов, 70-летний житель Кинешмы, который с 1998 г. "
                "почти без помощи, на свои сбережения и деньги соседей, чинил старую баржу, "
                "гнившую на берегу затона, в пятницу, 3 мая, впервые спустил её на воду и под "
                "крики нескольких сотен зевак, среди которых были его ученики, внуки и мэр "
                "города, провёл её вдоль набережной до пристани.")
    cut = _cut(sentence, 40, "ru")
    assert "провёл её вдоль набережной" in cut, cut
    assert "Кинешмы, на свои" not in cut and "ученики" not in cut, cut
    cut = _cut(sentence, 30, "ru")
    assert not cut.endswith("зевак."), cut
    kept = ("Первый рейс прибыл в порт во вторник, доставив 80 пассажиров, среди которых были "
            "рыбаки, студенты и министр транспорта области, который, как он сам сказал, купил "
            "билет на свои деньги.")
    assert "пассажиров, который" not in _cut(kept, 22, "ru"), _cut(kept, 22, "ru")



@pytest.mark.parametrize(("language", "sentence", "refers"), [
    # (round 204, en 2127: a limit told before, passed)
    ("en", "Regulators fined the operator $40,000 in 2022 for exceeding that limit, the agency "
           "said.", True),
    ("en", "Exports exceeded expectations that year, the ministry said.", False),
    ("en", "Officials reached that conclusion after a two-year review.", False),
    # (round 204, en 2135: answers to a question told before)
    ("en", "The council said the answers fell into three groups:", True),
    ("en", "The council said the answers to its survey fell into three groups:", False),
    # (round 204, ru 2135: a subject for "this", told before)
    ("ru", "Средства для этого есть: в резервном фонде города лежит 310 млн руб.", True),
    ("ru", "Мэрия выкупит здание, которое для этого отремонтируют к осени.", False),
])
def test_a_thing_passed_answered_or_paid_for_as_told_before_refers_back(
        language: str, sentence: str, refers: bool) -> None:
    """Round 204: en 2127's long summary told a fine "for exceeding that limit" with no permit,
    en 2135's "the answers broke down as follows" with no question asked, and ru 2135's closed
    on «Задел для этого есть: …» with no plan (each long 2 or 2.5 below lead as judged)."""
    from summarizer.units import refers_back_inside

    assert refers_back_inside(sentence, language) is refers


@pytest.mark.parametrize(("language", "sentence", "leans"), [
    # (round 204, en 2133: the findings of an inquiry told before)
    ("en", "A preliminary report is expected by the end of the month.", True),
    ("en", "An annual report on water quality is published every June.", False),
    # (round 204, kk 2134: by the order told before)
    ("kk", "Бұйрыққа сәйкес, қаладағы барлық дәріханалар түнгі сағат онға дейін жұмыс істейді.",
     True),
    ("kk", "Қаладағы барлық дәріханалар түнгі сағат онға дейін жұмыс істейді.", False),
])
def test_an_inquiry_s_report_or_an_order_s_terms_lean_on_what_told_them(
        language: str, sentence: str, leans: bool) -> None:
    """Round 204: en 2133's long summary closed on "A preliminary report is expected within a
    month." with no investigation, and kk 2134's summaries opened on «Бұйрыққа сәйкес, …» with
    no order told."""
    assert leans_on_previous(sentence, language) is leans


@pytest.mark.parametrize(("sentence", "turn"), [
    ("Бірақ сенбі күні Алматыдан жеткен хабар зауыттың болашағына күмән туғызды.", True),
    ("Бірақ сенбі күні Алматыдан жеткен хабар зауыттың жұмысшыларын қуантты.", False),
])
def test_news_that_casts_doubt_on_a_plan_s_future_is_a_kazakh_turn(sentence: str,
                                                                    turn: bool) -> None:
    """Judged kk 1166: «Бірақ жұма күні Бішкектен келген хабар жобаның болашағына күмән
    туғызды.» was no turn, so the committee's delay after it came only with the three sentences
    its "but" leaned on, and the long summary lost it once they no longer fitted."""
    from summarizer.units import is_turn

    assert is_turn(sentence, "kk", dated=True, words=16) is turn


def test_a_figure_compared_past_a_general_line_needs_the_figure() -> None:
    """Round 205's check, en 2141: "That was still 3 percent above the 40.00 crowns it achieved
    a year earlier." came into the long summary after "Prices usually fall in late summer …"
    alone, with no price told."""
    units = _units("Salmon farmer reports record quarter\n\nThe company achieved an average "
                   "price of 52.10 crowns per kilogram, down 4 percent from the spring. Prices "
                   "usually fall in autumn as harvests peak. That was still 6 percent above the "
                   "49.10 crowns it achieved a year earlier.\n\nCosts rose faster.", "en")
    compared = next(u for u in units if u.text.startswith("That was still"))
    achieved = next(u for u in units if u.text.startswith("The company achieved"))
    assert compared.depends_on == achieved.index, [(u.index, u.depends_on) for u in units]


@pytest.mark.parametrize(("line", "together"), [
    ("The permit, however, did not stand unchallenged for long.", True),
    ("The permit, however, may not stand unchallenged for very long.", False),
])
def test_a_line_that_says_the_news_did_not_stand_goes_with_the_report_after_it(
        line: str, together: bool) -> None:
    """Round 205's check, en 2150: "The plan, however, did not stand unchallenged for long." and
    the appeals after it in its paragraph were units apart, and the long summary kept the line
    alone; a line that only foretells it sets up no report (judged en 1298)."""
    units = _units("Data centre gets go-ahead\n\nThe company said on Monday it would build the "
                   "centre after a court granted it a water permit.\n\nThe mayor welcomed the "
                   f"news.\n\n{line} On Thursday two angling clubs filed appeals against the "
                   "ruling with the appeal court.\n\nWork is due to start in April.", "en")
    unit = next(u for u in units if u.text.startswith(line.split()[0] + " " + line.split()[1]))
    assert (len(unit.sentences) == 2) is together, unit.sentences


@pytest.mark.parametrize(("sentence", "told", "known"), [
    ("On Thursday two clubs filed appeals against the ruling.",
     ["The company said it would build the centre outside the town."], True),
    ("On Thursday two clubs filed appeals against the ruling.",
     ["The company said it would build the centre after a court granted it a permit."], False),
    ("On Thursday two clubs appealed against the decision.",
     ["The company said it would build the centre outside the town."], False),
])
def test_a_ruling_challenged_needs_the_ruling_told(sentence: str, told: list[str],
                                                    known: bool) -> None:
    """Round 205's check, en 2150: a short summary whose lead was cut before "after a regional
    environmental court granted it permission" told the appeals "against the ruling"."""
    from summarizer.units import takes_ruling_as_known

    assert takes_ruling_as_known(sentence, told, "en") is known


@pytest.mark.parametrize(("language", "sentence", "refers"), [
    ("en", "The report traces how that finding grew more serious with each inspection:", True),
    ("en", "She explained how that happened.", False),
    ("en", "By Friday, 23 families had put their names down.", True),
    ("en", "By Friday, 23 families had put their names down for a plot.", False),
    ("ru", "Владелец той фермы Ларс Свенссон вспоминает практиканта с теплотой.", True),
    ("ru", "Глава того же района Иван Смирнов поддержал жителей.", False),
])
def test_that_thing_after_how_names_down_and_that_farm_refer_back(
        language: str, sentence: str, refers: bool) -> None:
    """Round 205's check: en 2142's long summary told "how that finding grew" with no finding,
    en 2140's short summary closed on households that "had put their names down" with no list,
    and ru 1324's long summary took «Владелец той пекарни …» with no bakery told."""
    from summarizer.units import refers_back_inside

    assert refers_back_inside(sentence, language) is refers


def test_a_kazakh_first_name_in_another_case_needs_the_full_name() -> None:
    """Round 205's check, kk 2146: «Күләштің қыстауынан …» and «Күләш болса, …» came into the
    long summary with «Күләш Досжанова …», which opens its sentence, left out."""
    units = _units("Түйе сүті\n\nТаң енді атып келеді. Гүлнар Сейтенова алдымен ботаны енесіне "
                   "жібереді.\n\nЗауыт келесі жылы ашылады.\n\nГүлнардың қыстауынан жолға дейін "
                   "жеті шақырым.", "kk")
    needs = name_introductions(units)
    far = next(u for u in units if u.text.startswith("Гүлнардың"))
    named = next(u for u in units if "Сейтенова" in u.text)
    assert named.index in needs[far.index], needs


def test_a_russian_aside_closed_by_a_comma_and_a_dash_goes_whole() -> None:
    """Round 205's check of judged ru 1922: «…крупнейший кредитор ВСЗ — Волго-Вятский
    промышленный банк, на который …, — подал апелляционную жалобу …» was cut to «…кредитор ВСЗ
    — подал …»."""
    cut = _cut("Уже вечером того же дня крупнейший кредитор завода — Северный промышленный банк, "
               "на который приходится 2,1 млрд руб., или 41% требований в реестре, — подал "
               "апелляционную жалобу во Второй арбитражный апелляционный суд.", 20, "ru")
    assert "— подал" not in cut and "завода подал" in cut, cut


@pytest.mark.parametrize(("sentence", "feature"), [
    ("Каждый вечер, за час до заката, Нина Громова поднимается по 112 ступеням на башню "
     "маяка.", True),
    ("Каждый день в Самаре продают около 40 тыс. билетов на автобусы.", True),
    ("Вечером в пятницу мэрия объявила о закрытии моста.", False),
])
def test_a_russian_habit_every_evening_opens_a_feature(sentence: str, feature: bool) -> None:
    """Round 205's check, ru 2140: «Каждый вечер, за полчаса до заката, Валентина Кузьмина
    поднимается …» was no feature opening, and the short summary was the keeper's climb."""
    from summarizer.units import is_feature_opening

    assert is_feature_opening(sentence, "ru") is feature


@pytest.mark.parametrize(("sentence", "refers"), [
    ("Директор музея купила там на стенде артели старинную шаль.", True),
    ("Он жил там, где сейчас стоит новый вокзал.", False),
])
def test_a_russian_deed_done_there_refers_back(sentence: str, refers: bool) -> None:
    """Round 205's check, ru 2146: «Креативный директор … купила там на стенде артели кружевной
    воротник …» came into the long summary with no fair told."""
    from summarizer.units import refers_back_inside

    assert refers_back_inside(sentence, "ru") is refers


def test_a_why_answered_simply_goes_with_its_answer() -> None:
    """Round 205's check, ru 2146: «Почему модный дом не обратился к фабрикам …, в Милане
    объясняют просто.» closed a long summary without the answer after it."""
    units = _units("Артель получила заказ\n\nАртель в понедельник подписала контракт с модным "
                   "домом.\n\nПочему дом не обратился к фабрикам, в Милане объясняют просто. "
                   "Машинное кружево ведёт себя на ткани иначе, сказала директор дома.\n\n"
                   "Работа начнётся в сентябре.", "ru")
    why = next(u for u in units if u.text.startswith("Почему"))
    assert len(why.sentences) == 2, why.sentences


@pytest.mark.parametrize(("sentence", "feature"), [
    ("Без двадцати три ночи Олег Сафонов выходит во двор и снимает чехол с телескопа.", True),
    ("Без пяти двенадцать трубач снимает с корнета бархатный чехол.", True),
    ("Без предупреждения мэрия закрыла мост в четверг.", False),
])
def test_a_russian_hour_told_by_the_minutes_before_it_opens_a_feature(sentence: str,
                                                                      feature: bool) -> None:
    """Round 206's check, ru 2158: «Без двадцати три ночи Геннадий Пермяков выходит во двор …»
    was no feature opening, and the short summary was the astronomer's night (so were judged ru
    370's, ru 886's and ru 1858's)."""
    from summarizer.units import is_feature_opening

    assert is_feature_opening(sentence, "ru") is feature


@pytest.mark.parametrize(("sentence", "reversal"), [
    ("Во вторник, 7 июня, Одиннадцатый арбитражный апелляционный суд изменил решение первой "
     "инстанции.", True),
    ("Компания изменила решение о графике работы магазинов.", False),
])
def test_a_higher_court_changing_the_ruling_below_is_a_russian_reversal(sentence: str,
                                                                       reversal: bool) -> None:
    """Round 206's check, ru 2156: the appeal court that «изменил решение первой инстанции» and
    cut the award fourfold was no turn, and neither summary told it."""
    from summarizer.units import tells_reversal

    assert tells_reversal(sentence, "ru") is reversal


@pytest.mark.parametrize(("sentence", "leans"), [
    ("The board said it was too early to say what caused the crash.", True),
    ("Three had been discharged by mid-afternoon.", True),
    ("The mill was initially fined $12,000.", True),
    ("Three workers were discharged from hospital on Friday.", False),
    ("The mill was fined $12,000 in 2019.", False),
])
def test_a_body_by_its_kind_a_count_of_them_and_a_first_fine_lean_back(sentence: str,
                                                                      leans: bool) -> None:
    """Round 206, en 2151 and en 2157 (long 3 below lead each, as judged): "The board said …"
    with no Transportation Safety Board, "Three had been discharged …" with no injured, and
    "The cooperative was initially fined $27,400." with no citation before them."""
    assert leans_on_previous(sentence, "en") is leans


def test_a_short_line_on_how_bare_levels_moved_leans_on_the_measure_before() -> None:
    """Round 209, en 2193: "Levels fell to 95 by mid-afternoon." came into the long summary
    with no reading told before it."""
    assert leans_on_previous("Levels fell to 95 by mid-afternoon.", "en")
    assert not leans_on_previous("Levels of lead in the river fell by half over the decade, "
                                 "the agency said on Monday.", "en")
    assert not leans_on_previous("Prices rose to 40 by noon.", "en")


@pytest.mark.parametrize(("sentence", "language", "leans"), [
    # round 209, en 2190: told after the council's vote, with no Denmark to contrast
    ("In Ireland, by contrast, district heating meets less than 1% of heat demand.", "en", True),
    ("Экологи, напротив, призвали ввести мораторий на промысел.", "ru", True),
    ("Для сравнения, в Норвегии таких станций 40.", "ru", True),
    ("Школа стоит напротив парка, сообщили в мэрии в понедельник.", "ru", False),
    ("The council voted to compare the two schemes on Monday.", "en", False),
])
def test_a_sentence_set_against_the_one_before_by_contrast_leans_on_it(
        sentence: str, language: str, leans: bool) -> None:
    assert leans_on_previous(sentence, language) is leans


@pytest.mark.parametrize(("sentence", "language", "leans"), [
    # round 209, en 2198 (long 2 below lead as judged): closed on it without the orders
    ("The hearing was set for Sept. 12.", "en", True),
    ("Заседание назначено на 12 сентября.", "ru", True),
    ("The hearing was set for Sept. 12 after the county filed an appeal against the ruling of "
     "the High Court on Monday.", "en", False),
])
def test_a_short_line_that_sets_a_hearings_day_leans_on_what_it_is_for(
        sentence: str, language: str, leans: bool) -> None:
    assert leans_on_previous(sentence, language) is leans
