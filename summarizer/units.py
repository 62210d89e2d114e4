"""Units of a summary: sentences that must be quoted together or not at all.

An extractive summary reads badly when it quotes half of something: the first sentence of a
quotation that runs over two ("«Откладывать ремонт нельзя. Мост старый», — сказал он."), or a
sentence that only makes sense after the one before it ("They will be paid in May.", "Эти
средства…", "Бұл көпір…"). So the body is grouped into units — a quotation is one unit — and a
unit that opens with a pronoun or a connective *depends on* the unit before it: the summarizer
takes it only together with that one.

The openers are per language: pronouns and demonstratives that point back, and connectives that
continue an argument ("However", "При этом", "Сондықтан"). A quotation whose speaker is only a
pronoun ("…," she said; «…», — сказал он; «…», – деді ол) or not named at all depends on the
unit before it too, and a short paragraph opener that sets up a point ("Economists were
divided.") forms one unit with the sentence that makes it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from .languages import (
    CYRILLIC,
    LOWER_LETTERS,
    UPPER_LETTERS,
    Language,
    as_language,
    capitalised,
)
from .numbers import number_word_value
from .patterns import findall_by_token, starting_where_it_can
from .segment import Sentence

_OPENERS = {
    Language.ENGLISH: {
        # (and a later point of a list begun before, "Secondly, …", «Во-вторых, …»,
        # «Екіншіден, …»: round 120's check, ru 1122, whose long summary took them alone)
        "words": "secondly thirdly fourthly "
                 "this these that those they them their theirs it its he she his her him "
                 "however but also still meanwhile none neither moreover furthermore instead "
                 "otherwise thus therefore hence such both yet nevertheless nonetheless besides "
                 "then there's likewise similarly accordingly consequently "
                 # "Others in town doubt …" (round 44, en 276); "Other beekeepers found …"
                 # (round 81, en 652, long 3 and 2: '"Other beekeepers" points back to someone
                 # never mentioned')
                 "others other namely "
                 # (and "conversely", «наоборот», «керісінше»: against what was told before,
                 # round 147's check, kk 1453, whose long summary took «Керісінше, …» alone)
                 "conversely",
        "phrases": ["in addition", "as a result", "at the same time", "on the other hand",
                    # (what was told, said again: round 118, ru 1102's «Иными словами, …»)
                    "in other words",
                    # ("Together, the limits are less than two-thirds of …": the flour cap
                    # and the wheat quota told before, round 96, en 839)
                    "together the",
                    # the decision just told, by what it brought (round 72, kk 554)
                    "under the new plan", "under the new decision", "under the revised plan",
                    # (and the findings of an inquiry told before: "A preliminary report is
                    # expected within a month.", round 204, en 2133, long 2.5 below lead as
                    # judged, which closed on it with no inquiry)
                    "a preliminary report", "the preliminary report", "preliminary findings",
                    # (and a body named in full just before, now by its kind alone: "The board
                    # said it was too early to say what caused the derailment.", round 206, en
                    # 2151, long 3 below lead as judged, which told it with no Transportation
                    # Safety Board)
                    "the board said", "the agency said", "the bureau said",
                    "the commission said", "the panel said", "the tribunal said",
                    "the part", "the latter", "the former", "the same", "in turn",
                    # (the cost of work told before: "The estimated cost of the work was
                    # €85,000." closed a long summary that never told the work, round 106, en
                    # 954, long 2 and 2 against lead's 5 and 5)
                    "the estimated cost",
                    # (and the stock of a company whose shares were told before: "The stock is
                    # still around 22% below its 2014 peak.", round 200, en 2081, long 3 below
                    # lead as judged)
                    "the stock is", "the stock was", "the stock has", "the stock remains",
                    "the stock closed", "the stock rose", "the stock fell",
                    "each of them", "all of them", "one of them", "neither of them",
                    "even so", "by contrast", "in contrast", "apart from that", "for that reason",
                    "until then", "of them", "of these", "of the total", "after that",
                    # ("Some" as a pronoun, some of those just told: "Some had grown steadily;
                    # others had ended up costing £20 …" after the schemes' "mixed record",
                    # round 202, en 2104, whose long summary took it alone)
                    "some had", "some have", "some are", "some will",
                    "some would", "some did", "even worse", "worse still", "even more so",
                    # (and one of the options just set out: "The first is an emergency repair
                    # …", "Either option would stretch the city's finances.", round 204, en
                    # 2130, whose long summary told them with no options before them)
                    "the first is", "either option",
                    "neither option", "both options",
                    # (and all of a count just told: "All four were expected to be released by
                    # the evening." after three firefighters and a worker, round 203, en 2121,
                    # whose short summary took it alone)
                    "all two", "all three", "all four", "all five", "all six", "all seven",
                    "all eight", "all nine", "all ten",
                    # (a share of a sum told before: "Of that, €1.9 million came from Fáilte
                    # Ireland, …", round 131's check, en 1252, whose long summary took it alone)
                    "of that", "of this", "of those",
                    # (a thing told before, by "it" after a place's preposition: "In it the
                    # 58-year-old timpanist wrote …" after his notebook, round 170's check, en
                    # 1726, whose short summary opened on it)
                    "in it", "inside it", "on it", "from it", "under it", "in them",
                    "it also", "if no agreement", "if no deal", "if that fails",
                    "if the talks fail", "back on", "back at", "the rest", "the others",
                    "the remaining", "in second place", "in third place", "second place",
                    "third place", "among the most", "among them", "among these",
                    # a speaker with no body named: whose spokesperson was said before
                    "a spokesperson said", "a spokesman said", "a spokeswoman said",
                    "a spokesperson added", "a spokesman added", "a spokeswoman added",
                    "a spokesperson told", "a spokesperson confirmed",
                    # an example of, or a condition on, what was just said (blind round 33)
                    "for example", "for instance", "if it", "if they", "if so", "if not",
                    # a purpose told before (blind round 41, ru 257: «Для этого вузы …»)
                    "to do this", "to do so", "to that end", "for this purpose",
                    # (and a target told before: "To get there, the theatre is freezing ticket
                    # prices …" after the 70 per cent target, round 77, en 613)
                    "to get there", "to reach it", "to reach that", "to meet it", "to meet that",
                    "to achieve this", "to achieve that", "to achieve it",
                    # a time told before (blind round 42, en 265: "Since then, …")
                    "since then", "by then",
                    # (and the span told before: "Over the same period riders made about 2.1
                    # million trips.", round 171, en 1731, long 3 below lead as judged)
                    "over the same period", "in the same period", "during the same period",
                    "over the same time", "in the same time",
                    "if that", "if this", "the new",
                    # a person met before in a scene: a new one would be "a man" (round 47,
                    # en 292: "The man with the stick, a retired sheep farmer, folded …")
                    "the man", "the woman", "the boy", "the girl", "the couple",
                    # a turn told before, by its name: "The reversal, less than 12 hours after
                    # the announcement, angered residents …" (round 113, en 1046, whose short
                    # summary took it in place of the deferral it names)
                    "the reversal", "the u-turn", "the climbdown", "the about-turn",
                    "the deferral", "the postponement",
                    # the rest of a set told before (round 51, en 317: "The other seven will be
                    # monitored …")
                    "the other",
                    "the old man", "the elderly man", "the elderly woman",
                    # a quantity of people or money named before (blind round 36, en 226, 227)
                    "a further", "several said", "many said", "some said", "others said",
                    "most said", "several were", "many were", "some were", "several had",
                    "many had", "several have", "many have",
                    # money just named ("… announced a €45 million package. The money will
                    # fund …": blind round 39, en 248)
                    "the money", "the funds", "the funding", "the sum", "the cash",
                    # a number just given ("The figure does not include …", round 64, en 449)
                    "the figure", "the figures", "the total", "the tally",
                    # the reason for what was just told ("The reason is money.", "The reason is
                    # about three kilometres down the valley.", round 73, en 562, en 394)
                    "the reason is", "the reason was",
                    # results of tests told before, with nothing said of which (blind round 40,
                    # kk 253: «Нәтижелер желтоқсанға дейін белгілі болады»)
                    "the results will", "the results are expected", "the results should",
                    "the results could", "the results are due",
                    # a thing told before, by a preposition and its pronoun (round 65, en 464:
                    # "With it, officials expect supply to reach …" without the mobile plant)
                    "with it", "without it", "with them", "without them", "under it",
                    "under them",
                    # an answer to what was told before ("In response, the government changed
                    # its plans …", round 74, en 572, after the avalanche the summary left out)
                    "in response", "in reply",
                    # (and in return for it: round 82's pairwise read of ru 667)
                    "in return", "in exchange",
                    # (and the record it was measured against, as in Russian: round 79, ru 629)
                    "the previous record", "the old record", "the earlier record"],
    },
    Language.RUSSIAN: {
        "words": "во-вторых в-третьих в-четвертых в-четвёртых "
                 "он она оно они его её ее их ему ей им ими нём нем ней них это эти этот эта "
                 # (and the forms after a preposition: «По данным отраслевой ассоциации, под
                 # ними находится около 450 га …», round 165, ru 1662, whose long summary told
                 # it without the nets)
                 "ними нему ним "
                 "этого этой этим этих этому этом такой такая такое такие тогда там туда оттуда "
                 # (and the accusative: «Эту проблему в проекте учли, возразил Лапшин.», round
                 # 151, ru 1501, whose long summary told it without the problem)
                 "эту этими такую таким такими такого "
                 "однако но также поэтому причем причём впрочем зато тем кроме помимо "
                 "следовательно итак ведь всё-таки тот та те ведомство ведомства ведомству "
                 "иначе напротив наоборот здесь остальные остальным остальных остальной таких "
                 "таким такими такого такому такую оставшиеся оставшихся оставшимся оставшимися "
                 "именно например соответствующий соответствующая соответствующее "
                 "соответствующие соответствующего соответствующей соответствующим "
                 "соответствующих соответствующую "
                 # «Другие родители, напротив, довольны.»: others than those told before
                 # (round 112's check, ru 1024; the English "Other …")
                 "другие других другим "
                 # «Обе рукописи … действительно лежали в сундуке.»: both of those told before
                 # (round 135, ru 1306, whose summaries told it without the two scores)
                 "обе оба обеих обоих",
        "phrases": ["при этом", "кроме того", "вместе с тем", "в то же время", "между тем",
                    # («Иными словами, вместо руин исследователи увидели почти целый зал …»,
                    # round 118, judged ru 1102, whose long summary took it alone)
                    "иными словами", "другими словами",
                    # (and the rest of those told, after a preposition: «В остальных занятия шли
                    # только в начальных классах …» after «…работали лишь 32 из 59 школ
                    # города.», round 164, ru 1657, whose short summary spliced it onto the lead)
                    # (and a pronoun after its preposition: «…под ними находится около 450
                    # га …», round 165, ru 1662)
                    "под ними", "над ними", "за ними", "перед ними", "с ними", "на них",
                    "в них", "у них", "для них", "к ним", "по ним", "о них", "под ним",
                    "под ней", "на нем", "на нём", "на ней", "в нем", "в нём", "в ней",
                    "в остальных", "у остальных", "из остальных", "на остальных",
                    "для остальных", "в остальные", "на остальные", "в оставшихся",
                    "на оставшихся", "у оставшихся",
                    "по новому решению", "согласно новому решению", "в ответ",
                    # (and the earlier occasion just told: «В тот раз СТК объяснила порыв …»
                    # after the December 2021 burst, round 187, judged ru 1929, long 3 below
                    # lead, whose long summary told it without that burst)
                    "в тот раз", "на тот раз",
                    # (a matter taken apart from what was told: «Отдельно решается вопрос с
                    # «Темпом».», round 86, ru 714, whose long summary closed on it)
                    "отдельно решается", "отдельно решают", "отдельно решат",
                    "а именно",
                    "тем не менее", "в результате", "в итоге", "помимо этого", "к тому же",
                    "в свою очередь", "с этой целью", "для этого", "по его словам", "по её словам",
                    "по ее словам", "по их словам", "а также", "каждый из них",
                    "каждая из них", "каждое из них", "ни один из них", "один из них",
                    "одна из них", "об этом", "об этом во", "об этом в", "в ведомстве",
                    "согласно ему", "согласно ей", "согласно им", "в отличие от",
                    "из них", "из этой суммы", "до тех пор", "до этого", "после этого",
                    # ("Т.е." is the words "т" and "е")
                    "т е", "то есть", "в противном случае", "если договориться не",
                    "на втором месте", "на третьем месте", "второе место", "третье место",
                    "среди них", "в их числе", "согласно документу", "по документу",
                    "к примеру", "если это", "если так", "в этом случае",
                    # (and a comparison with what was just told: «Еще сильнее пострадал
                    # небольшой ледник Водопадный: …», round 203, ru 2118, whose long summary
                    # told it without the glacier it outdid)
                    "еще сильнее", "ещё сильнее", "еще больше", "ещё больше", "еще хуже",
                    "ещё хуже", "еще быстрее", "ещё быстрее",
                    "в таком случае", "с тех пор", "к тому времени", "результаты будут", "результаты ожидаются",
                    "результаты станут", "результаты появятся",
                    # the first of a set named before (round 48, ru 299: «Запуск первых двух
                    # намечен на апрель», the labs having been left out)
                    "первые два", "первые две", "первые три", "запуск первых",
                    # the occasion for what was just told (round 53, ru 330: «Поводом для нового
                    # витка обсуждения стал случай …»)
                    "поводом для", "поводом стал", "поводом стала", "поводом послужил",
                    "поводом послужила",
                    # a time set against the one told before (round 53, ru 329: «Годом ранее
                    # показатель составлял 1,7 %»)
                    "годом ранее", "годом раньше", "год назад",
                    # more of a kind told before (round 51, ru 316: «Ещё две заявки …»)
                    "ещё два", "ещё две", "ещё три", "ещё один", "ещё одна", "еще два",
                    "еще две", "еще три", "еще один", "еще одна",
                    "открытие первых", "первых двух", "первых трёх", "первых трех",
                    # the record it was measured against (round 79, ru 629: «Прежний рекорд —
                    # 487 участников — …» closed a long summary without the new one)
                    "прежний рекорд", "предыдущий рекорд", "прошлый рекорд",
                    # (what was done in return for what was told: «За это, по данным СК,
                    # руководители больницы потребовали вознаграждение …», round 82's pairwise
                    # read of ru 667, long)
                    "за это", "в обмен на это",
                    # (the end of a list or ranking told before: round 82, kk 665)
                    "в конце списка", "в начале списка", "в конце рейтинга", "внизу рейтинга",
                    "замыкают список", "замыкает список", "замыкают рейтинг",
                    "замыкает рейтинг"],
    },
    Language.KAZAKH: {
        "words": "екіншіден үшіншіден төртіншіден "
                 "ол олар оның олардың оған оларға оны оларды онда одан бұл бұның мұның бұған "
                 "мұнда бұдан осы сол сондықтан сонымен сондай-ақ алайда бірақ дегенмен ал әрі "
                 "сонда соған осыған осындай сондай мұндай демек оларда соның осының мұның "
                 "әрқайсысы ведомство ведомствоның ведомствоға осылайша яғни демек әйтпесе қалған "
                 "қалғандары мәселен мысалы айталық керісінше "
                 # results of tests told before («Нәтижелер желтоқсанға дейін белгілі болады»:
                 # blind round 40, kk 253); "зерттеу нәтижелері" names its test first
                 "нәтижелер нәтижесі нәтижелері "
                 # "the corresponding order" («Тиісті бұйрыққа … қол қойылды», round 42, kk 262)
                 "тиісті "
                 # "the reason is …" («Себебі …»: round 44, kk 276)
                 "себебі "
                 # "one of them", "two of them", "the second" («Біреуі қазан айында зейнетке
                 # шықты …», round 105's check, kk 945, in the short summary without the doctors
                 # it counts)
                 "біреуі екеуі үшеуі төртеуі бесеуі екіншісі",
        "phrases": ["одан кейін", "содан кейін", "сол себепті", "сонымен қатар", "оған қоса",
                    # (what was told, said again, as «иными словами»: round 118, ru 1102)
                    "басқаша айтқанда", "басқаша айтсақ",
                    # «Жаңа шешім бойынша, көпір … жабылады»: by the decision just told (round
                    # 72, kk 554, whose short summary said the plan was revised, not how)
                    "жаңа шешім бойынша", "жаңа жоспар бойынша",
                    # namely: what the sentence before said, in detail (round 52, kk 326)
                    "атап айтқанда",
                    "осыған байланысты", "соның ішінде", "оның сөзінше", "оның айтуынша",
                    "олардың әрқайсысы", "екінші орында", "үшінші орында", "екінші орынды",
                    "үшінші орынды", "екінші орынға", "үшінші орынға",
                    "егер ол", "бұл жағдайда", "содан бері", "сол уақыттан бері",
                    # "this very fog" («Дәл осы тұман жеті адамды … ұстап қалды», round 63, kk
                    # 442: it opened the long summary with no fog before it)
                    "дәл осы", "дәл сол", "дәл осындай",
                    # (and the record it was measured against: round 79, ru 629)
                    "бұрынғы рекорд", "алдыңғы рекорд",
                    # (the end of a list or ranking told before: «Тізімнің соңында … батыс
                    # және оңтүстік өңірлер тұр», round 82, kk 665, in the long summary without
                    # the list)
                    "тізімнің соңында", "тізімнің басында", "рейтингтің соңында",
                    "тізімнің соңғы",
                    # (and by the order told before: «Бұйрыққа сәйкес, көл бойынша жалпы жылдық
                    # лимит … азаяды.», round 204, kk 2134, both summaries 2 or 3 as judged,
                    # which opened on it with no order)
                    "бұйрыққа сәйкес", "шешімге сәйкес", "құжатқа сәйкес"],
    },
}
#: Personal pronouns that are a sentence's subject: after a short opening phrase they still
#: point back to somebody named before ("К концу года он…").
_SUBJECT_PRONOUNS = {
    # "Scientists say such a figure", "The authors admit these limits"
    Language.ENGLISH: frozenset("he she they such these those him them his her".split()),
    # (and the object forms: "Замену ей искали два года")
    Language.RUSSIAN: frozenset("он она они такой такая такое такие там здесь туда оттуда эти "
                                "этот эта ему "
                                "ей им его её ее их нему ней ним".split()),
    Language.KAZAKH: frozenset("ол олар олардың оның оған оны оларға оларды мұндай осындай "
                               "сондай онда мұнда бұл".split()),
}
#: Kazakh measures in the form "its …" (бағасы: its price).
_KAZAKH_MEASURES = frozenset("бағасы құны көлемі саны ұзындығы биіктігі салмағы қуаты тереңдігі "
                             "ені аумағы".split())
_GENITIVE = re.compile(r"(?:ның|нің|дың|дің|тың|тің)$")
#: "Too" words: in a short sentence they add to what the one before said.
_ALSO = {
    Language.ENGLISH: frozenset({"also", "too"}),
    Language.RUSSIAN: frozenset({"также", "тоже"}),
    Language.KAZAKH: frozenset({"да", "де", "та", "те"}),
}
#: Verbs of replying (word starts): a reply needs what it answers.
_REPLY = {
    Language.ENGLISH: ("responded", "replied", "retorted"),
    # (and an assurance, which answers a worry: «В компании заверяют, что продуктивный горизонт
    # … изолирован от питьевых водоносных слоев …», round 93, ru 797, whose long summary
    # never told the ecologists' worry it answered)
    # (and an objection in the present: «В кооперативе возражают, что половина рисунков …»,
    # round 202, ru 2104, whose long summary closed on it with no criticism before it)
    Language.RUSSIAN: ("ответил", "ответила", "ответили", "возразил", "возразила", "возразили",
                       "возражают", "возражает",
                       "заверил", "заверяют", "заверяет", "уверяют", "уверяет"),
    Language.KAZAKH: ("жауап",),
}
#: Declining to comment answers what came before: "The ministry declined to comment on
#: individual complaints" (whose complaints?), «В компании от комментариев отказались».
_NO_COMMENT = {
    Language.ENGLISH: re.compile(r"(?i)\b(?:declined|refused) to (?:comment|elaborate|discuss)"
                                 r"|\bdid not (?:respond|reply) to (?:a )?requests? for comment"
                                 # (or did not comment, on nothing the sentence names:
                                 # "Officials in Rome did not comment on Wednesday.", round
                                 # 84, en 697, whose long summary took it without the
                                 # challenge Rome might bring)
                                 r"|\b(?:did not|didn't|would not|had no) (?:immediately )?"
                                 r"(?:comment|immediate comment)(?: publicly)?"
                                 r"(?: on (?:mon|tues|wednes|thurs|fri|satur|sun)day)?\W*$"),
    Language.RUSSIAN: re.compile(r"(?i)(?:отказал\w*|воздерж\w*) от комментари|"
                                 r"от комментариев (?:отказал|воздерж)|не стал\w* комментировать"),
    Language.KAZAKH: re.compile(r"(?i)(?:пікір|түсініктеме) (?:білдіруден|беруден|айтудан) "
                                r"бас тарт"),
}
#: (a substring each of them has: most sentences fail this fast)
_NO_COMMENT_KEY = re.compile("omment|laborate|iscuss|омментар|омментир|бас тарт")
#: The most words a sentence that only says somebody gave no comment has (`says_no_comment`).
_NO_COMMENT_WORDS = 16


def says_no_comment(sentence: str, language: Language | str) -> bool:
    """Whether a short sentence only says somebody gave no comment: "Meridian Pathways did not
    respond to requests for comment.", «Представители других участников от комментариев
    отказались.» A summary takes none (`summarize`)."""
    no_comment = _NO_COMMENT.get(as_language(language))
    # (not one that says more before its "but": «Компания с решением не согласна, однако в зале
    # суда её представители от комментариев отказались.», judged ru 740)
    return no_comment is not None and len(sentence.split()) <= _NO_COMMENT_WORDS and \
        _NO_COMMENT_KEY.search(sentence) is not None and \
        no_comment.search(sentence) is not None and _BUT_INSIDE.search(sentence) is None


#: A "but" inside a sentence (`says_no_comment`).
_BUT_INSIDE = re.compile(r"(?i)(?<![^\W\d_])(?:but|however|однако|но|а|бірақ|алайда)"
                         r"(?![^\W\d_])")
#: "Inside, …", "Outside, …", "Next door, …": a place that is the one just described.
_INSIDE = re.compile(r"\W*(?:Inside|Outside|Upstairs|Downstairs|Next door|Nearby|Behind it|"
                     r"Beyond it|Across the road),\s")
#: ... and during or after "the" something, a process, not a time or a named event: "During
#: the changeover,", "In the process,", not "During the night," or "After the 2022 floods,".
_DURING_THE = re.compile(r"\W*(?:During|Throughout|In the course of|In) the (?:changeover|"
                         r"switch|switchover|transition|migration|move|process|upgrade|"
                         r"handover|transfer|conversion|rollout|overhaul),\s")
_THAT_AFTER_PHRASE = re.compile(r"\W*(?:[\w'-]+\s+){0,4}[\w'-]+,\s+(?:that|those)\s+[a-z]+\s+"
                                r"(?!of\b|who\b|which\b)[a-z]+")
#: An opening attribution ("According to the ministry, …", «По данным мэрии, …»).
#: (a source of up to 80 characters: "According to figures tabled by the city's finance
#: department, it will add …", judged en 831; «По данным отраслевой ассоциации, под ними …»,
#: round 165, ru 1662)
_ATTRIBUTION_OPENING = re.compile(r"(?i)\W*(?:(?:according to|по (?:данным|словам|мнению|оценке|"
                                  r"оценкам|информации|сведениям|расч[её]там))\s[^,;:.!?]{1,80}|"
                                  # (and "as X reported", «Как сообщил X», «X хабарлағандай»:
                                  # «Алматы зоопаркі 8 маусымда ресми түрде хабарлағандай,
                                  # олар 2 мамыр күні дүниеге келген», round 69, kk 508, was
                                  # taken without the sentence that told who "олар" are)
                                  r"as [^,]{1,40}?\b(?:said|announced|reported|confirmed)\b"
                                  r"[^,]{0,20}|"
                                  r"как (?:сообщил|пояснил|заявил|рассказал|уточнил)\w*"
                                  r"\s[^,]{1,40}|"
                                  r"[^,]{1,60}?\s(?:хабарлағандай|мәлімдегендей|айтқандай|"
                                  r"атап өткендей)|"
                                  # (and a word of how sure: «Похоже, это желание может
                                  # исполниться.», round 118's check, ru 1102, whose long
                                  # summary took it without the wish)
                                  r"похоже|кажется|видимо|по-видимому|возможно|вероятно|"
                                  r"судя по всему|it seems|apparently)"
                                  r",\s+")
#: Whose words these are, told by role alone: «По словам чиновника, …», «Как пояснил глава
#: ведомства, …» point back to the person named before (round 47, ru 291).
_ROLE_ATTRIBUTION_RU = re.compile(
    r"\W*(?:По словам|По мнению|Как (?:пояснил|отметил|сообщил|сказал|подчеркнул|уточнил))\s+"
    r"(?:чиновника|министра|губернатора|вице-губернатора|мэра|главы|директора|руководителя|"
    r"председателя|депутата|эксперта|врача|представителя|прокурора|судьи|тренера|"
    # (and a specialist: «По словам специалиста, …», round 80, as kk 646's «Маманның айтуынша»)
    r"специалиста|учёного|ученого|психолога|"
    r"чиновник|министр|губернатор|вице-губернатор|мэр|глава|директор|руководитель|председатель|"
    r"депутат|эксперт|врач|представитель|прокурор|судья|тренер)(?:\s+[а-яё]+)?\s*,"
    # (not when the name follows: «По словам руководителя лаборатории, кандидата наук Павла
    # Тимофеевича …», judged ru 79)
    r"(?!\s*(?:[а-яё-]+\s+){0,4}[А-ЯЁ][а-яё]+\s+[А-ЯЁ])")
#: «осы уақыт ішінде» (within this time), «сол кезде» (at that time): a time told before.
_KAZAKH_THAT_TIME = re.compile(r"\b(?:осы (?:уақыт|мерзім|кезең) ішінде|осы кезеңде|сол кезде|"
                               r"сол уақытта|сол сәтте)\b")
_SUPERLATIVE_ALONE = re.compile(r"\W*The (?!(?:for|inter|requ|cont|prot|harv|gu|t|r|w|n|ch|qu|"
                                r"cr|arr|inv|manif|conqu|pr|ingu|dig|beh|polyest)est\b)[a-z]+est "
                                r"(?:came|was|were|is|are|had|has|have|will|went|stood|fell|rose|"
                                r"remained)\b")
#: A figure named by what it measures: "The salary figure is the one the school is proudest
#: of." (round 73, en 557: it closed the short summary with the list of figures left out).
_NAMED_FIGURE = re.compile(r"\W*The (?:[a-z][a-z'-]*\s+){1,2}figure\s+[a-z]")
#: A sentence that ends announcing items the next sentence lists ("sets out several main
#: changes.", «предусматривает несколько ключевых изменений.», «бірнеше негізгі өзгеріс
#: қарастырылған.»).
_ANNOUNCES_ITEMS = re.compile(
    r"(?i)\b(?:several|the following|a number of|two|three|four|five|six|main|key|несколько|"
    r"ряд|следующ\w+|основн\w+|ключев\w+|бірнеше|мынадай|негізгі)\b[^.!?]{0,30}"
    r"\b(?:changes|measures|provisions|points|proposals|steps|elements|изменени\w*|мер\w*|"
    r"положени\w*|пункт\w*|новшеств\w*|өзгеріс\w*|шара\w*|ереже\w*|тармақ\w*|"
    # (or the parts of a work told one by one after it: "It has four main parts.", «…включает
    # три основных этапа.», round 80, en 648 and ru 648, whose long summaries kept it alone)
    r"parts|stages|phases|components|этап\w*|стади\w*|кезең\w*|бөлік\w*|"
    # (or what an inquiry found: «Комиссия мынадай негізгі бұзушылықтарды атап өтті.», round
    # 62, kk 432, closed a long summary with no violation after it)
    r"violations|failings|findings|recommendations|нарушени\w*|рекомендаци\w*|"
    r"бұзушылық\w*|кемшілік\w*|ұсыным\w*|"
    # (or the key figures: «… жобаның негізгі көрсеткіштерін атап өтті.», round 74, kk 569)
    r"figures|indicators|показател\w*|параметр\w*|көрсеткіш\w*|"
    # (or the problems an audit found: "The audit … found two main problems." over "The first
    # was …", round 96, en 841, whose long summary kept the first without it)
    r"problems|issues|flaws|проблем\w*|недостатк\w*|мәселе\w*)\b[^.!?]{0,20}[.:]$"
    # A sentence that promises what the next tells: what a check showed (kk 569, «…тексеріс
    # жүктеменің салдарын нақты көрсетті.»), a change people will notice (en 569, "Residents
    # living near the plant will also notice a change, the company says.")
    r"|\b(?:салдарын|зардабын)\s+(?:\w+\s+)?көрсетті\.$"
    r"|\bпоказал\w*\s+(?:\w+\s+)?последствия\.$"
    r"|\b(?:showed|revealed|laid bare)\s+(?:\w+\s+)?(?:consequences|effects)\.$"
    r"|\bwill (?:also )?(?:notice|see|feel) (?:a|the|some) (?:change|difference)\b[^.!?]{0,30}\.$")
_RU_CONNECTIVES = frozenset({"при этом", "в свою очередь", "тем не менее", "между тем",
                             "кроме того", "вместе с тем", "к тому же"})
_RU_CONNECTIVE_STARTS = frozenset(phrase.split(" ")[0] for phrase in _RU_CONNECTIVES)
#: A reason given for what came before: "The reason: …", «Причина — …», «Себебі – …».
_REASON = re.compile(r"(?i)\W*(?:the (?:reason|cause)|причина|причиной|себебі)\s*[—–:-]\s")


def gives_reason(sentence: str) -> bool:
    """True for a sentence that opens on the reason for what came before ("The reason: …")."""
    return _REASON.match(sentence) is not None

#: Words after which a pronoun opens a reported clause rather than pointing back ("said he").
_SPEECH_VERBS = frozenset("said says that что деп".split())
#: Openings that set a scene or give background instead of the news (feature and context-first
#: leads): "It was a cold morning in…", "В последние годы…", "Соңғы жылдары…".
_FEATURE_OPENINGS = {
    Language.ENGLISH: ["it was", "it is", "it's", "when", "for years", "for decades",
                       "for generations", "in recent years", "every year", "each year", "imagine",
                       "years ago", "long before", "once", "on a", "at first", "until recently",
                       "early one", "as dawn", "most mornings", "every morning", "ask anyone",
                       "most nights", "most evenings", "most days", "every night",
                       "every evening", "every afternoon", "most afternoons", "on most",
                       # "Every Saturday at dawn, Joaquim Ferreira climbs …" (round 44, en 274)
                       "every monday", "every tuesday", "every wednesday", "every thursday",
                       "every friday", "every saturday", "every sunday", "every weekend",
                       "every spring", "every summer", "every autumn", "every winter",
                       # "The last time Brigid Hanrahan climbed the 117 stone steps …, she was
                       # 14" (round 128, en 1216, whose short summary was her climb)
                       "the last time"],
    Language.RUSSIAN: ["в последние годы", "последние годы", "как известно", "ежегодно",
                       "каждый год", "ещё недавно", "еще недавно", "когда-то", "много лет",
                       "представьте", "это было", "было", "ранним утром", "каждое утро",
                       # «Утро в стойбище … начинается задолго до рассвета» (round 43, ru 268)
                       "утро в", "утро на", "вечер в", "ночь в",
                       "в последнее время", "до недавнего времени", "давно",
                       # (and every evening, every day, as English has them: «Каждый вечер,
                       # за полчаса до заката, Валентина Кузьмина поднимается …», round 205's
                       # check, ru 2140, whose short summary was the keeper's climb)
                       "каждый вечер", "каждую ночь", "каждый день", "каждое воскресенье",
                       "каждую субботу", "каждую пятницу", "каждое лето", "каждую зиму",
                       "каждую весну", "каждую осень",
                       # (and an hour of the night told by the minutes before it: «Без двадцати
                       # три ночи Геннадий Пермяков выходит во двор …», round 206's check, ru
                       # 2158, whose short summary was the astronomer's night)
                       "без двадцати", "без четверти", "без десяти", "без пяти"],
    Language.KAZAKH: ["соңғы жылдары", "қазіргі таңда", "бүгінде", "бүгінгі таңда",
                      "белгілі болғандай", "жыл сайын", "соңғы кездері", "қазіргі уақытта",
                      "ертеде", "ерте заманнан", "бір кездері", "кезінде", "ежелден",
                      "соңғы уақытта", "бұрын",
                      # "every morning", as English and Russian have it (round 176's check)
                      "әр таң сайын", "таң сайын",
                      # (and dawn not yet broken: «Таң әлі толық атпаған.», round 204, kk 2134,
                      # whose short summary was the fisherman's dawn and never the aid plan)
                      "таң әлі"],
}
#: "For six decades", "For nearly two centuries": a span of time told before the news.
#: (and "For most of the past forty years", "For the past thirty years": round 96, en 832,
#: whose short summary told the school's old storeroom and no measles)
_LONG_AGO_EN = re.compile(r"(?i)\W*for (?:(?:almost|nearly|more than|over) )?\w+ "
                          r"(?:decades|centuries|generations)\b|"
                          # (or half a century, or so many years in words: "For half a
                          # century, the key to the forge … hung on a nail …", round 127, en
                          # 1204, whose summaries were the key and the rusted anvil)
                          r"\W*for (?:(?:almost|nearly|more than|over) )?(?:(?:half|a quarter "
                          r"of) a century|a century|a generation|(?:twenty|thirty|forty|fifty|"
                          r"sixty|seventy|eighty|ninety|a hundred)"
                          # (or with its units: "For forty-three years, Stavros Koutsoukos has
                          # caught the mooring lines of every ferry …", round 161, en 1618,
                          # whose short summary was the scene over the ferry's crash)
                          r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))? years)(?:,|"
                          # (or with "the" thing it tells of right after: "For almost seventy
                          # years the trunk sat under the eaves …", round 135, en 1306, whose
                          # short summary was the trunk in the loft)
                          r" (?=the [a-z]+ (?:sat|lay|stood|hung|stayed|remained)\b))|"
                          # (or any years, when a thing then sat or hung somewhere: "For five
                          # years, a colour photograph of 23 small gold coins hung above
                          # Margaret Ellery's desk …", round 165, en 1666, whose summaries
                          # were the photograph over the coins' return)
                          r"\W*for (?:(?:almost|nearly|more than|over) )?(?:[a-z]+|\d+) years,? "
                          r"(?:a|an|the) [^.!?,;]{0,60}\b(?:sat|lay|stood|hung|stayed|"
                          r"remained)\b|"
                          # (or a habit kept every day for so long: "For 19 months, Margaret
                          # Osei has started every day the same way: …", round 169, en 1708,
                          # whose short summary was her capsules over the trial halted)
                          r"\W*for (?:(?:almost|nearly|more than|over) )?(?:[a-z]+|\d+) "
                          r"(?:years|months|weeks),? [A-Z][^.!?,;:]{0,60}\b(?:has|have) "
                          r"[a-z]+ (?:every|each) (?:day|morning|evening|night|week)\b|"
                          # (or a person named in full who has kept a thing of his or hers so
                          # long: "For three months, Mwila Chanda has carried a small notebook
                          # in the inside pocket of his jacket.", round 170's check, en 1726,
                          # whose summaries were the notebook over the tour's cancellation)
                          r"\W*for (?:(?:almost|nearly|more than|over) )?(?:[a-z]+|\d+) "
                          r"(?:years|months|weeks),? (?:[A-Z][\w'’-]+ ){1,2}[A-Z][\w'’-]+ "
                          r"(?:has |have |had )?[a-z]+ed (?:a|an|the|his|her) [^.!?;:]{0,60}"
                          r"\b(?:his|her)\b|"
                          # (or so many seasons: "For 38 summers, Marlene Hoskins has unlocked
                          # the door of her bait shop …", round 113, en 1036, whose short
                          # summary was the bait shop's morning)
                          # (in words too: "For thirty-one winters, Alois Strolz has begun
                          # his working day the same way: …", round 172's check, en 1750,
                          # whose summaries were his mornings over the avalanche)
                          r"\W*for (?:(?:almost|nearly|more than|over) )?(?:\d+|(?:twenty|"
                          r"thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|ten|"
                          r"eleven|twelve|[a-z]+teen) (?:summers|winters|seasons|springs|"
                          r"autumns|harvests)\b|"
                          r"\W*for (?:most of |much of |almost |nearly )?the (?:past|last) "
                          r"(?:\w+ )?(?:years|decades|centuries)\b|"
                          # (or a whole life: "For most of her life, Jean Lockwood has kept a
                          # shoebox …", round 119's check, en 1114, whose short summary was
                          # the shoebox)
                          r"\W*for (?:most|much|all) of (?:her|his|their|my) (?:adult )?"
                          r"(?:life|lives|career|childhood)\b")
#: ... and in Russian: «Почти сто лет Пелгуба жила устьем …» (round 82, ru 664, whose short
#: summary took the village's century of fishing for the news), «Десятилетиями …»
#: ... or a life then and now: «Николай Ерофеев пришёл на … ГРЭС в 1979 г. двадцатилетним
#: слесарем, а сегодня, в 57, ведёт смену …» (round 113, ru 1042, whose summaries were his)
_THEN_AND_NOW_RU = re.compile(r"(?i)\b(?:в|с) (?:19|20)\d\d г\.[^.!?]{0,80}?,\s*а (?:сегодня|"
                              r"теперь|сейчас)\b")
_LONG_AGO_RU = re.compile(r"(?i)\W*(?:(?:почти|около|более|больше|свыше) )?(?:сто|двести|"
                          r"полвека|век|столетие|\w+ (?:веков|десятилетий|поколений))\s+(?:лет\s+)?"
                          r"(?:[^\W\d_]+\s+)?[а-яё]+(?:ла|ло|ли|л)\b|\W*(?:десятилетиями|веками)\b")
#: A Russian opening at a season or a part of a month, and a verb in the past tense.
_SEASON_RU = re.compile(r"(?i)(?:(?:в|к) (?:конце|начале|середине) (?:января|февраля|марта|апреля|"
                        r"мая|июня|июля|августа|сентября|октября|ноября|декабря)|летом|зимой|"
                        r"осенью|весной|каждую (?:весну|осень|зиму)|каждое лето)\b(?! \d)")
_PAST_RU = re.compile(r"(?i)(?<![^\W\d_])[а-яё]{2,}(?:ал|ял|ил|ел|ул|ыл|ол)"
                      r"(?:а|о|и|ся|ась|ось|ись)?(?![^\W\d_])")


def tells_past(sentence: str, language: Language | str) -> bool:
    """Whether a Russian sentence's first clause has a verb in the past tense («Спор … перешел
    в суд.»; not «Керим … выходит к отаре …, пока степь еще не раскалилась.»); False in other
    languages, whose scenes are told in the past as often."""
    return as_language(language) is Language.RUSSIAN and \
        _PAST_RU.search(_outside_quotes(sentence).split(",")[0]) is not None


#: An hour of the morning or night in words in the first clause: «выходит к колонке в начале
#: седьмого утра», «приходит на работу к шести утра» (told in the present, a scene: round 73,
#: ru 556, whose short summary kept it and not the new water tower).
#: (also "in the sixth hour": «В шестом часу утра над Пелгубой ещё стоит туман …», round 82,
#: ru 664, whose short summary was the scene)
#: (also in the clause after the first, and a bare numeral: «Галина Петровна приходит в аптеку
#: на углу … к открытию, в восемь утра.», round 83, ru 682, whose short summary was the scene)
_RU_HOUR_SCENE = re.compile(r"(?i)^[^,;:]*?(?:,[^,;:]*?)?\b(?:в начале|в половине|к|около|до|"
                            r"ровно в|в)\s+"
                            r"(?:перв|втор|трет|четверт|пят|шест|седьм|восьм|девят|десят|"
                            r"одиннадцат|двенадцат|час|двух|трех|трёх|четырех|четырёх|семи|"
                            r"восьми|девяти|семь\b|восемь\b|четыре\b|три\b)\w*\s+"
                            r"(?:(?:часу\s+)?(?:утра|вечера|ночи)|часу)\b")
#: Openings at an hour of the day: a scene unless the sentence also names its day.
_TIME_SCENES = {
    Language.ENGLISH: ["an hour after", "an hour before", "half an hour", "minutes after",
                       "minutes before", "hours before", "hours after",
                       "just before", "just after", "shortly before", "shortly after", "at dawn",
                       "before dawn", "at first light", "at daybreak", "at half past",
                       "at a quarter", "at twenty", "at noon", "at midnight", "at sunrise",
                       "at sunset",
                       *(f"at {hour}" for hour in "one two three four five six seven eight nine "
                                                  "ten eleven twelve".split())],
    Language.RUSSIAN: ["в половине", "ровно в", "около полуночи", "в полночь", "на рассвете",
                       "перед рассветом",
                       # (an hour in words: «В четыре утра в цеху … уже жарко.», round 65, ru 466)
                       *(f"в {hour} {part}" for part in ("утра", "ночи", "вечера")
                         for hour in "час два три четыре пять шесть семь восемь девять десять "
                                     "одиннадцать двенадцать".split())],
    Language.KAZAKH: ["таңғы сағат", "кешкі сағат", "түнгі сағат", "таң атпай", "таң сәріде",
                      "түс ауа", "күн батар", "таң ата", "таң енді", "таң білінген", "таң біліне",
                      "таң сыз", "ымырт",
                      # (the hour word first: "Сағат түнгі үштен асқанда …", round 64, kk 448)
                      "сағат таңғы", "сағат кешкі", "сағат түнгі",
                      # an hour of the morning or evening: "Кешкі бесте …" (round 47, kk 292)
                      *(f"{part} {hour}" for part in ("таңғы", "кешкі", "түнгі")
                        for hour in "бірде екіде үште төртте бесте алтыда жетіде сегізде "
                                    "тоғызда онда".split())],
}
#: The phrases with the space after them, for one `str.startswith` test of a sentence's first
#: words (`is_feature_opening`).
_FEATURE_OPENING_STARTS = {language: tuple(phrase + " " for phrase in phrases)
                           for language, phrases in _FEATURE_OPENINGS.items()}
_TIME_SCENE_STARTS = {language: tuple(phrase + " " for phrase in phrases)
                      for language, phrases in _TIME_SCENES.items()}
#: What a place smells, sounds or looks like: in a short sentence with no figures, a scene.
_SENSORY = {
    Language.ENGLISH: re.compile(r"(?i)\b(?:smells? of|smelled of|the smell of|the scent of|"
                                 r"the air (?:is|was) (?:thick|heavy)|the hum of|hums with|"
                                 r"hummed with|is dimly lit|was dimly lit)\b"),
    Language.RUSSIAN: re.compile(r"(?i)(?<![^\W\d_])(?:пахнет|пахнут|пахло|пахли|стоит запах|"
                                 r"стоял запах|тянет (?:дымом|сыростью|холодом)|слышно|слышен|"
                                 r"слышны|царит (?:тишина|полумрак)|стоит тишина|стояла тишина|"
                                 r"полумрак|тишина|"
                                 # (and a place "unusually quiet": «В родовом зале … больницы
                                 # непривычно тихо.», round 167, ru 1684, whose short summary
                                 # was the midwife's last day over the ward's closing)
                                 r"(?:непривычно|необычно|странно|пугающе) (?:тихо|пусто|"
                                 r"безлюдно))(?![^\W\d_])"),
    Language.KAZAKH: re.compile(r"(?i)(?<![^\W\d_])(?:иісі (?:аңқиды|шығады|сезіледі|тұр)|"
                                r"иіс аңқиды|тыныштық|тып-тыныш|ала көлеңке|"
                                # (and a wind that brings a smell: «Таңғы жел теңізден тұзды
                                # иіс әкеледі.», round 136, kk 1318, whose summaries were the
                                # keeper's daughter at the door over the museum's opening)
                                r"иіс (?:әкеледі|әкелді|алып келеді))(?![^\W\d_])"),
}
_SENSORY_WORDS = 15
#: A place "unusually quiet", also on a day: «В локомотивном депо … в четверг утром было
#: непривычно тихо.» (round 167, ru 1690, whose short summary was the driver packing his
#: locker over the strike called off), "On Monday morning the yard was unusually quiet." It
#: sets a scene however it is dated (`is_feature_opening`).
_QUIET_PLACE = {
    Language.ENGLISH: re.compile(r"\W*(?:(?:On|By|Early on|Late on) \w+(?: \w+)?,? )?"
                                 r"(?:[Ii]n|[Aa]t|[Oo]n|[Tt]he)\b[^,;:.!?\d]{3,80}\b(?:is|was|were|are|fell|"
                                 r"fall) (?:unusually|eerily|strangely|oddly) (?:quiet|still|"
                                 r"empty|silent)[.!]?$"),
    Language.RUSSIAN: re.compile(r"\W*(?:В|Во|На|Над|Под|У|Внутри|Вокруг)\s[^,;:.!?\d]{3,100}"
                                 r"(?:был[оа]? |стал[оа]? )?(?:непривычно|необычно|странно|"
                                 r"пугающе) (?:тихо|пусто|безлюдно)[.!]?$|"
                                 # (or so quiet that a sound is heard: «В мастерской Нины
                                 # Кокориной … так тихо, что слышно, как постукивают …
                                 # коклюшки.», round 203, ru 2122, whose short summary was the
                                 # workshop over the exhibition in Bruges)
                                 r"\W*(?:В|Во|На|Над|Под|У|Внутри|Вокруг)\s[^;:.!?\d]{3,100}"
                                 r"\bтак (?:тихо|шумно|тепло|холодно|темно|светло|жарко|"
                                 r"душно), что (?:слышно|видно)\b[^!?]*[.!]$"),
}
#: An English scene on a day: its time, then the place that smells ("On Saturday afternoon the
#: gym … smelled of …").
_DAY_SCENE_SMELL = re.compile(r"\W*On (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                              r"Sunday) (?:morning|afternoon|evening|night),? the (?:[^,;:.!?]|"
                              r"(?<=[A-Z][a-z])\.(?= [A-Z])){2,80}"
                              r"\b(?:smelled|smelt|smells) of\b")
#: ... and in Russian, its day, then its place smelling: «В пятницу в репетиционном зале
#: Кыргызской национальной филармонии пахло канифолью и свежим лаком.» (round 170's check, ru
#: 1726, whose summaries were the rehearsal hall and never the tour called off).
_DAY_SCENE_SMELL_RU = re.compile(r"\W*(?:В|Во) (?:понедельник|вторник|среду|четверг|пятницу|"
                                 r"субботу|воскресенье)(?: (?:утром|днём|днем|вечером|ночью))?,? "
                                 r"(?:в|во|на|над|у) [^,;:.!?]{2,80}\bпах(?:ло|ли|нет|нут)\b")
#: A Russian scene opens on its place («В мастерской …»), not on who says so («Жители
#: жалуются, что во дворе пахнет …» is a complaint).
_RU_PLACE_FIRST = re.compile(r"(?:В|Во|На|Над|Под|У|Внутри|Вокруг)\s")
#: An attribution whose speaker is only a pronoun ("…," she said; «…», — сказал он; «…», – деді
#: ол): the name is in an earlier sentence, so the unit needs the one before it.
_PRONOUN_SPEAKER = {
    Language.ENGLISH: re.compile(
        # (and "it", a company or an office: "Eleven scheduled surgeries were postponed, it
        # said." after the hospital's owner, round 131's check, en 1257)
        r"(?:[,.!?][\"”’]?|[\"”’])\s+(?:(?:he|she|they|it) (?:\w+ )?(?:said|says|added|adds|told|"
        r"noted|notes|explained|explains|warned|warns|recalled|recalls|asked|wrote|insisted|"
        r"admitted|argued|argues|continued|estimated|estimates|estimate|believes|believe|thinks|"
        r"think|reckons|reckon|predicted|predicts)|"
        r"(?:said|says|added) (?:he|she|they))\b"),
    Language.RUSSIAN: re.compile(
        r"(?:[»\"“”][,.!?]*|[,!?])\s*[—–-]\s*(?:\w+ )?(?:сказал|добавил|отметил|пояснил|заявил|"
        r"подчеркнул|"
        r"рассказал|говорит|считает|уточнил|признал|признался|вспоминает|вспомнил|продолжил|"
        r"объяснил|заметил|сообщил)\w*\s+(?:он|она|они)\b|"
        # (and inside the sentence, between commas: «В советское время, рассказывает он, скот
        # шёл по кругу …», round 132's check, ru 1270, whose long summary told it alone)
        r",\s+(?:рассказыва|рассказа|говор|вспомина|объясня|поясня|добавля|уверя|признаётся|"
        r"признается)\w*\s+(?:он|она|они),", re.IGNORECASE),
    Language.KAZAKH: re.compile(
        # (also after speech opened by a dash: "– Депозит нарығындағы бәсеке … ұзын, – дейді
        # ол.", round 78, kk 622, whose long summary closed on it without the analyst)
        r"(?:[»\"“”][,.!?]*|[,!?])\s*[—–-]\s*(?:деді|дейді|деп\s+\w+(?:\s+\w+)?)\s+"
        r"(?:ол|олар)\b",
        re.IGNORECASE),
}
#: A word that says who spoke (any attribution at all): a quotation without one has no speaker.
_SPEECH = re.compile(
    r"(?i)\b(?:said|says|told|added|according|сказал|заявил|отметил|добавил|сообщил|говорит|"
    r"по словам|пояснил|деді|дейді|деп|айтты|мәлімдеді|сөзінше|айтуынша)\w*")
#: A paragraph that opens with a sentence this short (and without figures, which would make it a
#: fact of its own) sets up the point its next sentence makes ("Not everyone is ready to
#: switch.", "Economists were divided."): both go together.
SETUP_WORDS = 8
#: The longest sentence that only says the story turned ("Hours after the vote, the
#: government partly reversed itself.").
SHORT_TURN_WORDS = 12
_OPENER_WORDS = {language: frozenset(spec["words"].split()) for language, spec in _OPENERS.items()}
_OPENER_PHRASES = {language: frozenset(spec["phrases"]) for language, spec in _OPENERS.items()}
_OPENER_PHRASE_STARTS = {language: frozenset(phrase.split(" ")[0] for phrase in phrases)
                         for language, phrases in _OPENER_PHRASES.items()}
_SO_EXAMPLE = re.compile(r"\W*Так,\s")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


def first_words(text: str, count: int) -> list[str]:
    """`_WORD.findall(text)[:count]`, quicker (this runs for every sentence): a token of
    letters alone is one whole match."""
    return findall_by_token(_WORD, text, str.isalpha, count)
#: Opening quotation marks and the mark that closes each ("„" closes with "“" in Russian).
QUOTES = {"«": "»", "“": "”", "„": "“", '"': '"'}
_QUOTE_MARK = re.compile("[«»“”„\"]")


@dataclass(frozen=True)
class Unit:
    """Consecutive body sentences quoted together; `depends_on` is the unit it needs before it."""

    sentences: tuple[str, ...]
    index: int
    paragraph: int
    depends_on: int | None = None
    quoted: float = 0.0  # share of its letters inside quotation marks
    foreign: bool = False  # quotes five words or more in another language (see quotes_foreign)
    items: int = 0  # the list items its sentences hold after a lead-in (`Sentence.items`)

    # (computed once: the ranker and the picks ask for them many times per summary)
    @cached_property
    def text(self) -> str:
        return " ".join(self.sentences)

    @cached_property
    def word_count(self) -> int:
        return sum(len(sentence.split()) for sentence in self.sentences)


#: Someone told before whom others are likened to: "Like Madina, …", «Как и Марина, …»,
#: «Мәдина сияқты …».
_LIKE_SOMEONE = re.compile(r"\W*(?:(?:Like|Как и)\s+[A-ZА-ЯЁ][\w-]+,|"
                           r"[А-ЯӘІҢҒҮҰҚӨҺ][\w-]+\s+(?:сияқты|секілді|тәрізді)\s)")
#: "Another" before a figure: «Еще 12 млн руб.», "Another $4 million", «Тағы 12 млрд теңге».
_ANOTHER_SUM = re.compile(r"\W*(?:Ещё|Еще|Another|A further|Тағы)\s+[$£€]?\d")
#: A place told by how far it is from the one before: "Two aisles over,", "A few doors down,"
#: (`opens_with_reference`).
_PLACES_OVER = re.compile(r"(?i)\W*(?:a|one|two|three|four|five|a few|several|some) "
                          r"(?:aisles?|doors?|rows?|streets?|blocks?|seats?|tables?|houses?|"
                          r"stalls?|desks?|beds?) (?:over|away|down|up|along|further)\b")
#: "No other …": others than the ones told before (`opens_with_reference`).
_NO_OTHER = re.compile(r"\W*(?:No other|Других|Иных|Басқа)\s+(?:injur|casualt|victim|death|"
                       r"fatalit|damage|пострадавш|жертв|погибш|травм|зардап|қаза|жарақат)")
#: Speakers told by the place before them: "Doctors there said …" (`opens_with_reference`).
_THERE_SPEAKERS = re.compile(r"\W*[A-Z][a-z]+(?: [a-z]+)? there (?:said|say|says|told|added|"
                             r"confirmed|reported|described|called)\b")
#: An English quantifier with no noun, right before its verb: "Most will …", "Both were …".
# (and "Each one …": "Each one takes about four minutes." after the crossings a ferry makes,
# round 139's check of judged en 1192, whose long summary kept it alone)
_QUANTIFIER_ALONE = re.compile(r"\W*(?:(?:Most|Several|Each|Both|None|All|Half|Few)\s+(?:will|"
                               r"would|are|were|have|had|has|was|is|can|could|must|may|might|"
                               r"still|already|now|also|did|do|does|say|said)\b|"
                               r"(?:Each|Every) one\s+[a-z]+s\b|"
                               # (or its past: "Most opposed the increase." after the 46 who
                               # spoke, round 161, en 1617, whose long summary kept it alone)
                               r"(?:Most|Several|Both|Few|Half|All)\s+(?:(?!hundred\b)[a-z]{3,}ed|"
                               # (or an irregular one: "Several held hand-lettered signs …",
                               # round 162, en 1623, whose long summary kept it alone)
                               r"held|spoke|wore|stood|sat|left|went|came|took|gave|made|told|"
                               r"brought|ran|wrote|began|chose|fled|lost|won|paid|sent|kept|"
                               r"met|sang|drove|walked)\b|"
                               # (or a count in words of the people on board, a crew or a
                               # party told just before: "All four crew survived." after the
                               # seiner lying on her side, round 178's check, en 1822, whose
                               # long summary kept it alone)
                               r"(?:All (?:two|three|four|five|six|seven|eight|nine|ten|"
                               r"twelve)|Both|None of the) (?:crew(?:men|members)?|passengers|"
                               r"occupants|sailors|fishermen|climbers|hikers|miners|pilots)\b)")


_AS_MUCH_END = re.compile(r"\b(?:twice|half|(?:two|three|four|five|six|ten|\d+) times) as "
                          r"(?:much|many)\W*$")
_PREPOSITION_THAT = re.compile(r"\W*(?:Out of|From|After|At|In|Since|Before|During|Under|"
                               r"Following|By|Despite) (?:that|those) (?!(?:is|was|are|were|have|"
                               r"has|had|will|would)\b)[a-z]{3,}\b")
_THE_TASK = re.compile(r"The (?:work|job|fix|repairs?|replacement)(?:, (?:estimated|expected|"
                       r"costed|valued|priced) [^,]{3,40},)? (?:has|had|was|were|is|are|will|"
                       r"would|could|can|may|might|must|should|cost|costs|took|takes|involves|"
                       r"requires)\b")
_THE_CASE = re.compile(r"\W*(?:The (?:case|application|petition|lawsuit|claim)(?: against "
                       r"[^,.;:]{1,40})? (?:is|was|will|would|has|had|could|may|must)\b|"
                       # (and the result of a vote told before: "The result is expected on
                       # October 28.", round 161, en 1615, whose long summary closed on it)
                       r"The (?:result|results|outcome) (?:is|are|was|were|will|would) "
                       r"(?:expected|due|known|announced|to be)\b|"
                       r"(?:If|When|Unless|Once|Should) (?:either|neither) (?!of\b|the\b)[a-z])")
_THEN_STEP = re.compile(r"(?!\W*(?:If|When|Once|After|Should|Unless|Until|Only|Whether)\b)"
                        r"[^,;:.!?]{0,60}\b(?:will|would|could|can|must|may|shall|should|is to|"
                        r"are to) then\b")


#: A bare share as an English subject: "Roughly two-thirds are …", "About half were …", "Most
#: have …" (`opens_with_reference`).
_BARE_SHARE = re.compile(r"\W*(?:(?:Roughly|About|Nearly|Almost|Some|Around|Just over|Just under|"
                         r"More than|Fewer than|Less than|Over|Under) )?(?:half|a third|one third|"
                         r"two-thirds|two thirds|a quarter|one quarter|three-quarters|three "
                         r"quarters|a fifth|most|many|all)(?: of them)? (?:are|were|is|was|have|"
                         r"had|will|would|live|lived|work|worked)\b", re.IGNORECASE)
#: The first words `_BARE_SHARE` and `_WITHIN_A_SPAN` can open on, lowered (a quick test: this
#: runs for every sentence).
_SHARE_OR_WITHIN_STARTS = frozenset("roughly about nearly almost some around just more fewer less "
                                    "over under half a one two-thirds two three-quarters three "
                                    "most many all within".split())
#: An English sentence that opens timed only from what came before it: "Within a year, …",
#: not "Within a year of the merger, …", nor a turn within hours or days, "Within hours,
#: however, the two companies said they would appeal." (judged en 50) (`opens_with_reference`).
_WITHIN_A_SPAN = re.compile(r"\W*Within (?:a|one|two|three|four|five|six|a few|\d+) "
                            r"(?:years?|decades?|months?),(?! however)")
#: Who arrived within a span of minutes or hours with nothing it is counted from: "arrived
#: within 20 minutes", not "within 20 minutes of the call", nor a response that came within
#: hours, the link to a later turn ("The foundation's response came within hours.", judged en
#: 224) (`opens_with_reference`, in a sentence of at most `_WITHIN_WORDS` words).
_WITHIN_MINUTES = re.compile(r"\b(?:arrived|got there|were there|was there) within (?:\w+ )?"
                             r"(?:minutes|hours|seconds)\b(?! of\b)")
_WITHIN_WORDS = 8
#: "Initially", «Изначально», «Бастапқыда» opening a sentence of at most
#: `_INITIALLY_WORDS` words (`opens_with_reference`).
_INITIALLY = frozenset({"initially", "originally", "изначально", "первоначально", "бастапқыда"})
_INITIALLY_WORDS = 10


def opens_with_reference(sentence: str, language: Language | str) -> bool:
    """True when the sentence opens with a word that points back to an earlier sentence."""
    language = as_language(language)
    spec = _OPENERS.get(language)
    if spec is None:
        return False
    cased = first_words(sentence[:60], 4)
    found = [word.lower() for word in cased]
    if not found:
        return False
    if found[0] in _OPENER_WORDS[language]:
        if language is Language.ENGLISH and _KIND_SPELLED_OUT.match(sentence):
            return False  # (what "that" points back to is spelled out: `_KIND_SPELLED_OUT`)
        # "This week …", «Этим летом …», «Осы аптада …» name the present time, not something
        # said before (blind round 41, kk 256: the buried news «Осы аптада … цех ашылды» leaned
        # on the scene above it)
        # (whose subject may still be a pronoun: "This week she learned instead that it will
        # open again.", round 118's check, en 1102, which stood for the news under the scene)
        if not (len(found) > 1 and found[0] in _TIME_DEICTIC.get(language, ()) and
                _TIME_WORD[language].fullmatch(found[1]) is not None):
            return True
        return len(found) > 2 and found[2] in _SUBJECT_PRONOUNS.get(language, ())
    # An English sentence whose subject is a bare share of what was told before: "Roughly
    # two-thirds are in the Highlands and Islands." (round 169, en 1716, long 1.5 below lead as
    # judged, which told it without the farms it counts), or that opens timed only from it:
    # "Within a year, the pandemic had cut Borealis to 11 routes …" (en 1710, after the
    # founding in 1987 it never told)
    if language is Language.ENGLISH and found[0] in _SHARE_OR_WITHIN_STARTS and (
            _BARE_SHARE.match(sentence) is not None or
            _WITHIN_A_SPAN.match(sentence) is not None):
        return True
    # An English short sentence timed only from what came before: "Keepers arrived within 20
    # minutes." (round 167, en 1692, whose long summary told it after the search, not the
    # sighting it answered)
    if language is Language.ENGLISH and len(sentence.split()) <= _WITHIN_WORDS and \
            _WITHIN_MINUTES.search(sentence) is not None:
        return True
    # A short sentence on what was first asked or planned answers what was just told:
    # «Изначально профсоюз требовал 15% сразу.» after the rises agreed (round 167, ru 1690,
    # whose short summary told it without them)
    if found[0] in _INITIALLY and len(sentence.split()) <= _INITIALLY_WORDS:
        return True
    phrases = _OPENER_PHRASES[language]
    # (a phrase's later words are lowercase: "Т. Е. Иванов" is initials, not "т.е."; only
    # a word that begins a phrase is looked for further)
    if found[0] in _OPENER_PHRASE_STARTS[language] and \
            any(" ".join(found[:size]) in phrases and
                not any(w[:1].isupper() for w in cased[1:size]) for size in (2, 3, 4)):
        return True
    # «Так, …» gives an example of what was just said (round 53, ru 331: «Так, областное
    # правительство договорилось …» after the part that goes to the home market)
    if language is Language.RUSSIAN and _SO_EXAMPLE.match(sentence):
        return True
    # "Another 12 million …" adds to a sum told before («Еще 12 млн руб. добавит бюджет
    # области», round 58, ru 40, was taken for the news without the 86 million before it)
    if _ANOTHER_SUM.match(sentence):
        return True
    # "No other injuries were reported.", «Других пострадавших нет.», «Басқа зардап шеккендер
    # жоқ.»: others than those told before (round 143's check, en 1404, whose long summary
    # kept it without the two workers taken to hospital)
    if _NO_OTHER.match(sentence):
        return True
    # "Two aisles over, …", "A few doors down, …": a place told by its distance from the scene
    # before (round 145's check, en 1426, whose long summary closed on a shopper "two aisles
    # over" from shoppers it never told)
    if language is Language.ENGLISH and _PLACES_OVER.match(sentence):
        return True
    # "Most will be placed …", "Both were released …": a quantifier standing for a group told
    # before (round 126's check, en 1200, whose long summary kept "Most will be placed
    # temporarily in its outpatient clinics …" without the hires it counts)
    if language is Language.ENGLISH and _QUANTIFIER_ALONE.match(sentence):
        return True
    # "Doctors there said …": the place told before, where they are (round 179's check, en
    # 1833, whose long summary kept "Doctors there said his condition was serious but stable."
    # without the boy flown to the hospital)
    if language is Language.ENGLISH and _THERE_SPEAKERS.match(sentence):
        return True
    # "…will then …" is the step after one told before ("Losing bidders will then have ten
    # working days to file objections.", round 122, en 1146, whose long summary kept it
    # without the evaluation it follows; not after "If …", whose clause it follows)
    if language is Language.ENGLISH and " then " in sentence[:90] and \
            _THEN_STEP.match(sentence) is not None:
        return True
    # "…up to three times as much.": a comparison with a figure told before ("Trucks will pay
    # up to three times as much." after the cars' toll, round 140's check, en 1364, whose
    # long summary kept it without the toll)
    if language is Language.ENGLISH and _AS_MUCH_END.search(sentence) is not None:
        return True
    # "Out of that meeting …", "After that vote …": a thing told before, by "that" after the
    # opening preposition (round 140's check, en 1366, whose short summary closed on "Out of
    # that meeting came the Kilbrannagh Cinema Co-operative." without the meeting)
    if language is Language.ENGLISH and _PREPOSITION_THAT.match(sentence) is not None:
        return True
    # "The work …", "The job …" stand for a task told before ("The work has been costed at
    # $7.8 million.", round 123's check, en 1164, whose long summary kept it with no fix
    # before it; "The job, estimated at £18,000, was deferred twice …", round 122, en 1153)
    if language is Language.ENGLISH and _THE_TASK.match(sentence) is not None:
        return True
    # "The case is due to be heard on Thursday." stands for a case told before (round 127's
    # check, en 1209, whose long summary closed on it without the county's application), as
    # does "If either measure falls …" for two measures (en 1208)
    if language is Language.ENGLISH and _THE_CASE.match(sentence) is not None:
        return True
    # "Like Madina, …" likens others to someone told before («Мәдина сияқты ондаған ата-ана
    # …», round 107's check, kk 964, whose short summary opened on it under the scene)
    if _LIKE_SOMEONE.match(sentence):
        return True
    # A Russian connective after the first word: «Название при этом никуда не делось»,
    # «Профсоюз, в свою очередь, …» (round 51, ru 316 and ru 315)
    if language is Language.RUSSIAN and found[1:2] and found[1] in _RU_CONNECTIVE_STARTS and \
            any(" ".join(found[1:1 + size]) in _RU_CONNECTIVES for size in (2, 3)):
        return True
    # A superlative standing for a noun told before: "The cleanest came during …" (round 51,
    # en 319: the samples)
    if language is Language.ENGLISH and (_SUPERLATIVE_ALONE.match(sentence) or
                                         _NAMED_FIGURE.match(sentence)):
        return True
    # A reply answers what came before: "В компании ответили, что…", "The company responded".
    replies = _REPLY.get(language)
    if replies and any(word.startswith(replies) for word in found):
        return True
    # "The reason: …", «Причина — …», «Себебі – …»: the reason for what came before
    if _REASON.match(sentence):  # (`gives_reason`, inlined: this runs for every sentence)
        return True
    if language is Language.RUSSIAN and _ROLE_ATTRIBUTION_RU.match(sentence):
        return True
    # after an attribution the clause starts afresh: «По данным мэрии, с 2015 г. их число …»
    attributed = _ATTRIBUTION_OPENING.match(sentence)
    if attributed and opens_with_reference(sentence[attributed.end():], language):
        return True
    # a place given only as "inside" what was just described: "Inside, Eilidh Duthie …", and
    # "that"/"those" opening the clause after a short phrase: "On Thursday, that count changed"
    if language is Language.ENGLISH and (_INSIDE.match(sentence) or (
            (", that " in sentence or ", those " in sentence) and
            _THAT_AFTER_PHRASE.match(sentence))):
        return True
    # a step of what was just told, named as known: "During the changeover, thousands of meter
    # readings failed to transfer." (round 76, en 591, after the switch to a new platform)
    if language is Language.ENGLISH and _DURING_THE.match(sentence):
        return True
    no_comment = _NO_COMMENT.get(language)
    if no_comment and _NO_COMMENT_KEY.search(sentence) and no_comment.search(sentence):
        return True
    # A time span told before: «Министрлік осы уақыт ішінде … кеңес өткізеді» (round 47,
    # kk 294: the span was the public discussion of the sentence before)
    if language is Language.KAZAKH and _KAZAKH_THAT_TIME.search(" ".join(found)):
        return True
    # A short sentence that adds "too" to what came before: "Unions were also supportive."
    if not _ALSO.get(language, frozenset()).isdisjoint(found) and len(sentence.split()) <= 6:
        return True
    # A Kazakh measure with "its" and no owner before it points back: "Көтерме бағасы 420
    # теңгеден…" (whose price?), "Салмағы 640 кг"; not "Жобаның құны…", which names it.
    if language is Language.KAZAKH and (found[0] in _KAZAKH_MEASURES or (
            len(found) > 1 and found[1] in _KAZAKH_MEASURES and not _GENITIVE.search(found[0]))):
        return True
    # (Russian says "too" with «и» between the predicate and the subject: «Недовольны и
    # студенты.», «Выступили и депутаты.»; not «Завод и склад закрыли.»)
    if language is Language.RUSSIAN and found[1:2] == ["и"] and len(sentence.split()) <= 4 and \
            re.search(r"(?:ны|на|но|ен|ли|ла|ло|л|ют|ят|ет|ит|ут|ат|ся|сь)$", found[0]):
        return True
    # (or after a description of the person it stands for, names and all: "A volunteer guide
    # at the small King's Lynn museum since 1986, she was the one who …", round 117's check,
    # en 1090, whose short summary opened on it)
    if language is Language.ENGLISH and (_DESCRIBED_PRONOUN.match(sentence) or
                                         _IT_SAID.match(sentence) or
                                         _CLAUSE_THEN_PRONOUN.match(sentence) or
                                         _BODY_SAID_PRONOUN.match(sentence)):
        return True
    # (a Russian one further on, after a longer opening phrase with no name and no comma in
    # it, a road's number apart: «С любого участка трассы М8 в пределах области он, по
    # расчетам, долетает до больницы …», round 142, ru 1386, whose long summary kept it
    # without the helicopter)
    if language is Language.RUSSIAN and (_RU_LATE_PRONOUN.match(sentence) is not None or
                                         _RU_TIMED_PRONOUN.match(sentence) is not None):
        return True
    # A subject pronoun after a short opening phrase with no name in it: "К концу года он
    # должен сократиться", "By then they will have…", "Содан соң ол…".
    for k in range(1, len(found)):
        # (a day or a month is no name: "On Tuesday morning she stood across the street …",
        # round 115's check, en 1066, whose short summary opened on it)
        if (cased[k][:1].isupper() and found[k] not in _CAPITAL_TIME_WORDS) or \
                found[k - 1] in _SPEECH_VERBS:
            return False  # a name (or a clause: "X said he…") comes first
        if found[k] in _SUBJECT_PRONOUNS.get(language, ()):
            return True
    return False


#: A body told by "it" that says something after a short opening phrase: "In a statement, it
#: said it had spent $22 million …" (round 119's check, en 1107, whose long summary took it
#: without the company), `opens_with_reference`.
_IT_SAID = re.compile(r"\W*(?:In|At|On|By|Later|Earlier)\b[^,;:.!?]{0,40}, (?:it|they) "
                      r"(?:said|says|added|told|announced|confirmed|noted|argued|insisted|warned|"
                      r"denied)\b")
#: A body that says what "he" or "she" did, the person told before: "Police said he was not
#: wearing a helmet." after the student's fall (round 171, en 1731, long 3 below lead as
#: judged, which told it without him); not a person who says it of himself ("Smith said he …").
_BODY_SAID_PRONOUN = re.compile(r"\W*(?:Police|Officers|Officials|Witnesses|Doctors|"
                                r"Investigators|Prosecutors|Paramedics|Relatives|Friends|"
                                r"Neighbou?rs|Rescuers|Firefighters|(?:The|His|Her) [a-z]+"
                                r"(?: [a-z]+)?) (?:said|say|says|have said|told [a-z ]{2,30}?)"
                                r" (?:that )?(?:he|she) [a-z]")
#: An opening clause of when or if, then "they", "he" or "she" as the subject: "On days when
#: the temperature fell below -25 C, they averaged 118 kilometres …" after the buses' rated
#: range (round 170, en 1730, long 3 below lead as judged, which told it without them).
#: (only after "on days when" and the like, whose clause names the weather or the time, not
#: who "they" are: "When councillors approved the project in 2008, they agreed …", judged en
#: 758; "When Oprea walks the flock down …, he will not be coming back.", judged en 1270)
_CLAUSE_THEN_PRONOUN = re.compile(r"\W*On (?:the )?(?:days|nights|mornings|evenings|occasions) "
                                  r"when\b[^,;:.!?\"“”]{3,80}, (?:they|he|she|it) [a-z]")
#: A description of someone opening a sentence, then the pronoun that stands for them: "A
#: volunteer guide at the museum since 1986, she …" (`opens_with_reference`).
#: (not a sentence with its speaker after a comma: "A further rise … could not be ruled out,
#: he added, …")
_DESCRIBED_PRONOUN = re.compile(r"\W*An? [^,;:.!?\"“”«»]{3,90}, (?:she|he|they) (?!(?:said|says|"
                                r"added|adds|wrote|writes|explained|explains|acknowledged|"
                                r"admitted|noted|notes|argued|insisted|points?|pointed|told|"
                                r"warned|recalled|believes|thinks|suggested)\b)[a-z]")
#: A Russian subject pronoun after an opening phrase of four to nine words with no name and no
#: comma in it, a road's or a model's number apart (`opens_with_reference`).
_RU_LATE_PRONOUN = re.compile(r"[А-ЯЁ][а-яё]*(?: (?:[а-яё-]+|[А-ЯЁA-Z]{1,3}-?\d+)){3,8} "
                              r"(?:он|она|оно|они)(?=[ ,])")
#: ... or after an opening time phrase, its date set off by commas: «Утром в среду, 23 января,
#: двери он не нашел.» (round 172's check, ru 1750, whose short summary opened on it).
_RU_TIMED_PRONOUN = re.compile(r"\W*(?:Утром|Вечером|Днём|Днем|Ночью|Рано утром|Поздно вечером|"
                               r"В (?:понедельник|вторник|среду|четверг|пятницу|субботу|"
                               r"воскресенье))(?: (?:утром|вечером|днём|днем|ночью|в [а-яё]+))?"
                               r"(?:, \d{1,2} [а-яё]+,)? (?:[а-яё-]+ ){0,2}(?:он|она|они)\b")
#: English days and months, which open with a capital and name nobody (`opens_with_reference`).
_CAPITAL_TIME_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday january "
                                "february march april may june july august september october "
                                "november december".split())


def after_link(unit: Unit, language: Language | str,
               leaning: bool = True) -> tuple[str, ...] | None:
    """The sentences of `unit` after a short linking sentence that leans on the unit before
    ("That trade is about to shrink. On Monday the government approved ..."): they stand on
    their own, so a summary may start there without the link. None for any other unit. With
    `leaning=False` any short set-up sentence counts as a link, also one that names what it
    points back to ("Serik's worry is shared by scientists. The ministry announced ...")."""
    # (a turn may be longer: «Однако уже через два дня решение оказалось под вопросом. 20 июня
    # прокуратура … внесла протест …», round 78, ru 620)
    # (not speech opened by a dash: its link is its first sentence, «– Депозит нарығындағы
    # бәсеке бәрі үшін бірдей.», round 78, kk 622)
    if (leaning and unit.depends_on is None) or len(unit.sentences) < 2 or \
            quote_balance(unit.sentences[0]) or _DASH_SPEECH.match(unit.sentences[0]) or \
            (len(unit.sentences[0].split()) > SETUP_WORDS and
             not is_short_turn(unit.sentences[0], language)):
        return None
    rest = unit.sentences[1:]
    if quote_balance(" ".join(rest)):
        return None
    if leans_on_previous(rest[0], language):
        # (a report that leans only by its "however" stands without it: "It very nearly did.
        # However, after three years behind scaffolding …, the … tower … reopened to the
        # public on Saturday as a maritime museum.", round 128, en 1216, whose short summary
        # was the keeper's daughter's climb)
        contrast = _CONTRAST_WORD.match(rest[0])
        plain = rest[0][contrast.end():] if contrast else ""
        plain = capitalised(plain)
        # (and one that leans only by "it" after an opening phrase, the body the link names
        # in its place: "In a second statement, the department said it would suspend …" for
        # "In a second statement, it said …" after "Shortly after 6pm, the department changed
        # course.", round 162's check, judged en 1028)
        subject = _LINK_SUBJECT.match(unit.sentences[0])
        if not plain and subject is not None and _IT_SAID.match(rest[0]) is not None:
            plain = _IT_SAID_PRONOUN.sub(", " + subject.group(1).lower() + " ", rest[0], count=1)
        if not plain or leans_on_previous(plain, language):
            return None
        rest = (plain, *rest[1:])
    return rest


#: The subject of a short link, "the" and a body after an opening phrase: "Shortly after 6pm,
#: the department changed course." (`after_link`).
_LINK_SUBJECT = re.compile(r"^(?:[^,]{1,40}, )?([Tt]he [a-z]+(?: [a-z]+)?) (?:had |has )?"
                           r"[a-z]+(?:ed|ged)\b")
#: ... and the pronoun that stands for it after an opening phrase ("In a statement, it …").
_IT_SAID_PRONOUN = re.compile(r", (?:it|they) ")


#: An English subject named by age alone, after a time phrase or none: "On Friday night, the
#: 81-year-old turned that key again." (round 132's check, en 1264, whose summaries opened on
#: it, the projectionist never named).
# (not an adjective before the noun: "the 74-year-old retired schoolteacher walks …", judged
# en 1120)
_AGE_AS_SUBJECT = re.compile(r"\W*(?:[^,.!?]{1,40}, )?[Tt]he \d{1,3}-year-old (?:(?!(?:retired|"
                             r"married|trained|qualified|skilled|unemployed|licensed|registered|"
                             r"widowed|divorced|disabled)\b)[a-z]+ed|is|was|has|had|said|says|"
                             r"took|made|went|came|will|would|can|could|still|now|then|also)\b")


def leans_on_previous(sentence: str, language: Language | str) -> bool:
    """True when a sentence needs the one before it: it opens with a reference word, points
    back later on ("…рәсімде бұл ұсыныс қаралатынын айтты"), names its speaker only by a
    pronoun or its subject only by age, or is a bare quotation with no speaker at all. Not one
    whose link back only opens the news it tells (`CONFIRMED`)."""
    return (opens_with_reference(sentence, language) or refers_back_inside(sentence, language)
            or lacks_speaker(sentence, language) or
            ((_AGE_AS_SUBJECT.match(sentence) is not None or
              _KIND_THEN_NAME.match(sentence) is not None) and
             as_language(language) is Language.ENGLISH) or
            _THE_DOCUMENT.match(sentence) is not None or
            _SHARED_TOO.search(sentence) is not None or
            (_POINTED_BACK_SHORT.search(sentence) is not None and
             len(sentence.split()) <= _BARE_COUNT_WORDS) or
            (_BARE_COUNT_END.search(sentence) is not None and
             len(sentence.split()) <= _BARE_COUNT_WORDS) or
            _MEASURE_MOVED.match(sentence) is not None or
            _EVENT_SET.match(sentence) is not None or
            _BY_CONTRAST.match(sentence) is not None) and CONFIRMED.match(sentence) is None


#: A short sentence that sets the day of a hearing told before: "The hearing was set for Sept.
#: 12." (round 209, en 2198, long 2 below lead as judged, which closed on it without the
#: orders it was for), «Заседание назначено на 12 сентября.», «Отырыс 12 қыркүйекке
#: белгіленді.»
_EVENT_SET = re.compile(r"\W*(?:The (?:hearing|appeal|case|trial) (?:was|is|has been|had been) "
                        r"(?:set|scheduled|adjourned|fixed|listed)|(?:Заседание|Слушание|"
                        r"Рассмотрение) (?:назначено|отложено|перенесено)|(?:Отырыс|Іс) "
                        r"[^.!?]{0,30}(?:белгіленді|шегерілді))\b(?:[^.!?]|\.(?= \d)){0,40}"
                        r"[.!]$")
#: A sentence set against the one before by "by contrast" among its first words, not against
#: what it names itself: "In Ireland, by contrast, district heating meets less than 1% of heat
#: demand …" (round 209, en 2190, whose long summary told it after the council's vote, with no
#: Denmark to contrast), «Для сравнения, …», «В Казахстане, напротив, …».
_BY_CONTRAST = re.compile(r"(?i)\W*(?:[^,.;:!?]{0,40}, )?(?:by contrast|in contrast|by comparison|"
                          r"для сравнения|напротив|в отличие от (?:этого|них|него|неё|нее))"
                          r"(?! (?:to|with)\b)[,—–]")


#: A short sentence on how bare levels or readings moved, of what the one before measured:
#: "Levels fell to 95 by mid-afternoon." (round 209, en 2193, whose long summary took it alone).
_MEASURE_MOVED = re.compile(r"\W*(?:Levels|Readings|Concentrations) (?:fell|rose|dropped|"
                            r"climbed|eased|dipped|peaked|returned|had fallen|had risen|"
                            r"have fallen|have risen)\b[^.!?]{0,40}[.!]$")


#: A short sentence that closes on a bare count, the thing counted told before: «Пока удалось
#: найти 23.» after «…нужно ещё не меньше 40 мастериц.» (round 202, ru 2104, whose long summary
#: took it alone); not a year (`leans_on_previous`).
_BARE_COUNT_END = re.compile(r"(?i)\b(?:найти|нашли|набрали|набрать|отобрали|осталось|остались|"
                             r"вернулись|откликнулись|только|лишь|всего|found|hired|recruited|"
                             r"only|just|remain|remained|returned) (?!(?:1[89]|20)\d\d\b)"
                             r"\d{1,4}[.!]$")
_BARE_COUNT_WORDS = 6
#: A view or worry told before, shared by others too: «Опасения смотрителя разделяют и за
#: границей.» (round 202, ru 2110, whose long summary closed on it with no worry told).
_SHARED_TOO = re.compile(r"\bразделя(?:ют|ет|ли|л|ла) и\b")
#: ... and a short one whose object is only "this", what was told before: «В компании это
#: учитывают.» (round 207's check, ru 2164, whose long summary told it after the plant's
#: hiring plans, with no trouble told for it to take into account).
#: So does one that only judges what was told as understandable: «Осторожность фермеров
#: понятна.», "Their caution is understandable." (the same long summary, in its place).
_POINTED_BACK_SHORT = re.compile(r"(?i)^[^\W\d_]+ [^\W\d_]+ (?:это|этого) (?:учитыва|понима|призна|"
                                 r"знают|знает|видят|видит|подтвержда|не скрыва|отрица)\w*[.!]$|"
                                 r"^(?:[^\W\d_]+ ){1,3}(?:понятн[аоы]?|объяснима?|объяснимы|"
                                 r"(?:is|are) understandable)[.!]$")


#: A short line that says what was just told was not in vain: «Похоже, разговор не прошел
#: впустую.» before the school it led to (round 199, ru 2068, long a point below lead as judged,
#: whose long summary told it after the pay of lacemakers), "The appeal did not fall on deaf
#: ears.", «Бұл өтініш жауапсыз қалмады.»: a summary without what it points back to leaves it
#: out (`summarize`).
NOT_IN_VAIN = re.compile(r"(?i)^(?:[^\W\d_]+,? ){0,4}(?:не прош(?:ел|ёл|ла|ло|ли) (?:впустую|"
                          r"даром|бесследно)|не остал(?:ся|ась|ось|ись) без (?:ответа|"
                          r"внимания)|(?:was|were) not in vain|did not (?:go unheard|fall on "
                          r"deaf ears)|бекер кетпеді|(?:жауапсыз|ескерусіз) қалмады)[.!]?$")


#: A Kazakh sentence that opens on "the document", the one told just before: «Құжат
#: кәсіпорынды 2026 жылдың соңына дейін … 35 пайызға … азайтуға міндеттейді.» after the
#: permit's issue (round 190's check, kk 1968, whose summaries opened on it and never said which
#: document); not «Құжат қабылдау …», the taking of applications. (Russian «Документ …» and
#: English "The document …" leaning so cost long summaries a reaction they told, ru 662.)
_THE_DOCUMENT = re.compile(r"Құжат (?!қабылда)")


#: An English subject told by its kind and then named, the one told just before: "The company,
#: Northcoast Pipe Services, did no work for the district." after "…checks … to a company he
#: had registered under his brother-in-law's name." (round 189, judged en 1951, long 3 below
#: lead, whose long summary told it, and "214 such checks" after it, without the scheme).
_KIND_THEN_NAME = re.compile(r"The (?:company|firm|business|group|charity|"
                             r"man|woman|couple|boy|girl|ship|vessel|boat), (?:[A-Z][\w&'’.-]*"
                             r"(?: |, ))+"
                             # (or a plan told by its kind and then by who put it forward: "The
                             # project, proposed by Corvane Data Systems, has become …" under
                             # the opening that told the campus, round 192's check, en 1962,
                             # whose summaries opened on it)
                             r"|The (?:project|plan|proposal|scheme|development), (?:proposed|"
                             r"put forward|drawn up|backed|unveiled|announced|planned|led) by ")


#: "That kind of stretching — a bus driver covering two routes, a science teacher filling in
#: for algebra … — is what led the … board to vote …": what "that" points back to is spelled
#: out between the dashes, and the sentence stands (round 112's check, en 1024, whose short
#: summary was the bus driver's morning above it).
_KIND_SPELLED_OUT = re.compile(r"(?:That|This|Such a) (?:kind|sort|type) of [a-z]+(?: [a-z]+)? "
                               r"[—–] [^—–.!?]{20,200} [—–] ")


#: A link back to what was told before that opens the sentence telling the news: "That was
#: confirmed on Thursday, when Aberdeen City Council said the £318m Crosstown line … would not
#: …" (round 109, en 988, whose short summary was the café owner's morning above it), «Это
#: подтвердилось в четверг, когда …». The sentence stands (`leans_on_previous`); without what
#: it confirms, a summary tells the news alone, its day kept (`summarize`).
# (and a hope rewarded: "That hope was rewarded on Thursday, when Police Scotland confirmed
# that The Ferrywoman at Dusk … had been recovered …", round 109, en 994)
CONFIRMED = re.compile(r"(?:That|This|It|(?:That|This|Their|Her|His) (?:hope|fear|wait|"
                       r"prediction|warning)) (?:was|became) (?:confirmed|official|clear|"
                       r"rewarded|answered|borne out|realised|realized)"
                       r"(?: ((?:late |early )?on \w+|\w+day))?,? when (?=\S)|Это (?:подтвердилось|"
                       r"стало ясно|стало официально)(?: (в \w+|\w+))?, когда (?=\S)|"
                       # (and memories told once more as the news came: "On Friday, those
                       # stories were told one more time, as federal and provincial officials …
                       # gathered to open a new $14.6-million harbour …", round 118's check, en
                       # 1096, whose short summary was the fisherman's sleepless nights)
                       r"((?:[Oo]n|[Bb]y|[Ll]ate on|[Ee]arly on) \w+), (?:those|these|such|the) "
                       r"(?:stories|memories|tales|fears|nights) (?:were|was) (?:told|recalled|"
                       r"retold|remembered|relived|put to rest|laid to rest)(?: (?:one more time|"
                       r"once more|again|for the last time|at last))?,? as (?=\S)|"
                       # (and the news a scene waited for, told from its day: "Then, on Thursday,
                       # the regional government of Castilla y León announced that it was
                       # lowering the minimum to three pupils, …" after the teacher sure she was
                       # ringing the bell for the last time, round 190, judged en 1966, whose
                       # summaries never reached it; not one told of a pronoun)
                       r"Then, ((?:late |early )?on \w+day(?: (?:morning|afternoon|evening|"
                       r"night))?), (?=the [a-z]|(?!(?:He|She|It|They|We|I|This|That|These|Those|"
                       r"His|Her|Its|Their|Our|My)\b)[A-Z])|"
                       # (and the news told as what set out to fix the trouble told before: «Дәл
                       # осы мәселені шешу үшін Үкімет 14 маусымда … зауыт салуға … қаржы
                       # бөлді.», round 195's check, kk 2020, whose summaries told the plant's
                       # jobs and never that it was funded; «Чтобы решить эту проблему, …»,
                       # "To tackle that problem, …")
                       r"(?:Дәл )?(?:осы|бұл) (?:мәселені|түйткілді|проблеманы) шешу үшін "
                       r"(?=[А-ЯЁӘІҢҒҮҰҚӨҺ])|"
                       # (or to prevent it: «Енді мұның алдын алу үшін Ауыл шаруашылығы
                       # министрлігі … қағидаларына өзгеріс енгізді.», round 198's check, kk
                       # 2056, whose summaries opened on "this" the scene told)
                       r"(?:Енді )?(?:мұның|бұның|осының) (?:алдын алу|қайталанбауы) үшін "
                       r"(?=[А-ЯЁӘІҢҒҮҰҚӨҺ])|Чтобы решить (?:эту|эти|данную) (?:проблему|"
                       r"проблемы|задачу), (?=(?!(?:он|она|оно|они|это|мы)\b)[а-яёА-ЯЁ])|"
                       r"To (?:tackle|solve|fix|address) (?:that|this|the) (?:problem|shortage|"
                       r"decline), (?=the [a-z]|[A-Z])|"
                       # (and the trouble told as what a named body set out to fix on the day:
                       # "That crowding is what the regional government of the Azores set out to
                       # address on Wednesday, when it approved a freeze on new … licences …",
                       # round 195, en 2020, whose short summary told the study the rules
                       # follow and never the rules; told without the link, the body is named:
                       # "On Wednesday, the regional government … approved …")
                       r"(?:That|This|Such) [a-z]+(?: [a-z]+)? (?:is|was) (?:what|the [a-z]+ "
                       r"that) (?P<body>the (?:[A-Za-z'’-]+ ){0,8}?(?:[A-Z][a-z'’-]+|"
                       r"council|government|ministry|court|board|authority|parliament|"
                       r"assembly|agency|regulator|commission|department)) (?:set out|moved|"
                       r"sought|tried|voted|decided|promised) to (?:address|tackle|fix|curb|"
                       r"ease|end|solve|limit|rein in)"
                       r" ((?:(?:late |early )?on \w+day|yesterday)(?: (?:morning|afternoon|"
                       r"evening|night))?|this week),? when (?:it|they) (?=[a-z])")


#: A demonstrative after a sentence's first word, outside quotations, that is not about time
#: ("this year", «в этом году», "осы жылы"): it points at something said before.
_TIME_AFTER = {
    Language.ENGLISH: "year|week|month|morning|afternoon|evening|night|summer|spring|autumn|"
                      "fall|winter|season|weekend|time|quarter|decade|century|term|semester|"
                      "january|february|march|april|may|june|july|august|september|october|"
                      "november|december|monday|tuesday|wednesday|thursday|friday|saturday|"
                      "sunday|"
                      # (and "by this stage", now: "…71% of the tunnels have been excavated,
                      # against a target of 95% by this stage", round 117, en 1092, whose long
                      # summary took it with the two units before it as what it leaned on)
                      "stage",
    Language.RUSSIAN: "год|году|года|месяц|месяце|неделе|неделю|раз|время|времени|день|дня|"
                      "момент|сезон|сезоне|сезона|период|периоде|утром|летом|зимой|весной|осенью",
    Language.KAZAKH: "жыл|жылы|жылдың|жылға|жылғы|ай|айда|айдың|апта|аптада|күн|күні|күнгі|"
                     "уақытта|уақытқа|кезеңде|маусымда|жолы|жолғы|сәтте|тоқсанда",
}
#: The demonstratives that name the present time with a word of time after them.
_TIME_DEICTIC = {Language.ENGLISH: frozenset({"this", "these"}),
                 Language.RUSSIAN: frozenset("этот эта это этим этой этом".split()),
                 Language.KAZAKH: frozenset({"осы", "бұл"})}
#: ... and those words (not "day", "time", «кезеңде»: "this day", "in this period" point back).
_TIME_WORD = {
    Language.ENGLISH: re.compile(r"week|year|month|morning|afternoon|evening|summer|spring|"
                                 r"autumn|fall|winter|season|weekend|quarter"),
    Language.RUSSIAN: re.compile(r"год|году|неделе|месяце|летом|зимой|весной|осенью|сезоне|"
                                 r"утром|вечером"),
    # (also from this week on: «Осы аптадан бастап …», round 51, kk 316)
    Language.KAZAKH: re.compile(r"жылы|аптада|айда|маусымда|тоқсанда|аптадан|айдан|жылдан"),
}
_DEMONSTRATIVES = {
    Language.ENGLISH: "this|these",
    Language.RUSSIAN: "этот|эта|эту|эти|этого|этой|этих|этим|этому|этими|данный|данная|"
                      "данного|данной|данную|указанный|указанная|указанные|указанного|"
                      "указанной",
    # (and "than this": «Ағаштар мәселесі бұдан да күрделі болып шықты.», round 127, kk 1206,
    # whose long summary kept it without the garages it compares with)
    Language.KAZAKH: "бұл|аталған|аталмыш|мұндай|осындай|бұдан да",
}
#: Substrings every demonstrative of a language has (a quick test before the pattern).
_DEMONSTRATIVE_KEYS = {Language.ENGLISH: ("this", "these"),
                       Language.RUSSIAN: ("эт", "данн", "указанн"),
                       Language.KAZAKH: ("бұл", "аталған", "аталмыш", "мұндай", "осындай",
                                         "бұдан")}
#: ("…здание, которое для этого отреставрируют": "for this" points inside its own sentence)
_DEMONSTRATIVE_RE = {
    language: re.compile(rf"(?<!для )\b(?:{pattern})\s+(?!(?:{_TIME_AFTER[language]})\b)"
                         rf"(?=[^\W\d_])", re.IGNORECASE)
    for language, pattern in _DEMONSTRATIVES.items()}


#: Phrases that stand for an act or a claim made before: "asked the court to do so", "Senator
#: Whitfield went further", «депутат пошёл дальше».
#: So does a time named as "that" one after a preposition: "The final count from that night"
#: (not "found that night herons…"), «в тот день», «сол күні».
#: Written in lower case: `refers_back_inside` searches the lowered sentence.
_PRO_ACT = {
    # (and "rejected the criticism": round 68, en 498, whose long summary closed on the mayor
    # rejecting criticism it never told)
    # (and "rejected the request": "The city council rejected the request." came into en
    # 1562's long summary with no request told, round 156's check)
    Language.ENGLISH: re.compile(r"\b(?:(?:(?:responded|replied|reacted) to|rejected|dismissed|"
                                 r"brushed aside|hit back at) the (?:criticism|"
                                 r"complaints|concerns|accusations|allegations)|"
                                 r"(?:rejected|refused|turned down|declined|granted) the "
                                 r"(?:request|requests|demand|demands|plea)\b|"
                                 # (and an account given before: "Mr. Wierzbicki … rejected
                                 # that account.", round 168, en 1706, whose long summary told
                                 # it after the board's vote and not the board's reasons)
                                 r"(?:rejected|disputed|denied|contested|challenged) (?:that|"
                                 r"this) (?:account|version|claim|characteri[sz]ation|"
                                 r"description|explanation|reasoning)\b|"
                                 r"(?:do|does|did|doing|done) so|"
                                 # (and advice given before: "Marrable appears to have taken
                                 # the advice: …", round 135, en 1306, whose long summary never
                                 # told the publisher's letter that gave it)
                                 r"(?:took|taken|take|takes|taking|followed|heeded|ignored) "
                                 r"(?:the|that|this|their|his|her) advice\b|"
                                 r"(?:went|go|goes|going) "
                                 r"further|(?:from|on|by|since|until|after|before|during|of|"
                                 r"in|at) that (?:night|day|morning|evening|afternoon|week|"
                                 r"weekend|moment|summer|winter|spring|autumn)|"
                                 # (and a sentence that ends on "that season", "that year": the
                                 # one told before, round 148, judged en 1462, whose short
                                 # summary closed on "…turnover of £1.9 million that season.")
                                 r"\bthat (?:season|year)(?=\W*$)|"
                                 # "denies making any such threat"
                                 r"(?:any|no) such|"
                                 # "A family of four earning up to $46,800 a year would
                                 # qualify." (for what, the sentence before said: round 84,
                                 # en 689, whose long summary took it alone)
                                 r"\b(?:would|will|could|can|may|might|also|still) "
                                 r"(?:qualify|be eligible|be entitled)(?=\W*$)|"
                                 # a share of what was told before, in the first clause:
                                 # "About 390 million yen of that is for rice", "Parents …
                                 # raised about half of it" (round 63, en 436 and en 442);
                                 # "…, most of it state-owned" has its whole after a comma
                                 r"^[^,;:]*?\b(?:half|most|much|some|part|all|none|the rest|"
                                 r"(?:a|one|two) (?:third|quarter|fifth)s?|\d[\d.,]*\s?%|"
                                 # (also with no currency after the amount: "around 1.4
                                 # billion of that has not yet been claimed", round 81, en 654)
                                 r"percent|(?:million|billion|thousand)(?: \w+)?) of "
                                 r"(?:it|that)\b|"
                                 # (and a share of the ones told before: "Analysts expect most
                                 # of them to follow.", round 145, judged en 1419, whose long
                                 # summary closed on it without the processors it counts)
                                 r"^[^,;:]*?\b(?:half|most|many|some|all|none|each|both|few|"
                                 r"several|either|neither|one|two|three) of them\b|"
                                 # (or a count told before, estimated again: "Organisers put
                                 # the number at more than 7,000.", round 158's check, en
                                 # 1584, whose short summary closed on it)
                                 r"\b(?:put|puts|putting|estimated|estimate|estimates) (?:the|"
                                 r"that) (?:number|figure|count|total|turnout|toll) at\b|"
                                 # (or the ones told before as a reported clause's subject:
                                 # "…said neither would receive severance.", round 158's
                                 # check, en 1577, whose long summary took it alone)
                                 r"\b(?:said|says|added|confirmed)(?: that)? (?:neither|both|"
                                 r"either) (?=(?:would|will|was|were|had|has|is|are|could|"
                                 r"can|should|must)\b)|"
                                 # "decided to take that idea much further" (round 48, en 298)
                                 r"(?<!said )(?<!says )that (?:idea|approach|concept|model|"
                                 r"experiment|promise|warning|plan|proposal|decision)|"
                                 # (or any such noun after a preposition: "…sold to the
                                 # community as the end of that isolation", round 88, en 744,
                                 # whose long summary never told the isolation)
                                 r"\b(?:of|to|for|from|against|about|after|since|under|with|"
                                 r"by) (?:that|those) [a-z]{3,}(?:ion|ions|ment|ments|ness|ity|"
                                 r"ism|ance|ence)\b|"
                                 r"(?:take|took|taking|taken) (?:it|this|that) (?:idea )?"
                                 r"(?:much |a step |one step )?further|"
                                 # "decided to do something about it": what "it" is was
                                 # told before (round 55, en 340)
                                 r"(?:something|anything|more) about it\b|"
                                 # "…asked for a public name instead.": in place of what was
                                 # told before (round 101, en 896, whose long summary took it
                                 # without the naming rights)
                                 r"\binstead(?=\W*$)|"
                                 # "The bell had sat on the dresser in his kitchen ever
                                 # since.": since what was told before (round 117's check, en
                                 # 1084, whose summaries opened on it)
                                 r"\b(?:ever since|since then)(?=\W*$)|"
                                 # (and until a time told before: "Harlan Street will stay
                                 # closed until then." after the engineers' inspection, round
                                 # 200, en 2085, long 3 below lead as judged)
                                 # (not one that names the time itself: "…set sentencing
                                 # for Feb. 3 and allowed Voss to remain free … until then.",
                                 # judged en 321; "New vines need four years to crop, and …
                                 # until then.")
                                 r"^(?:(?!\d|\b(?:years?|months?|weeks?|days?|hours?|spring|"
                                 r"summer|autumn|winter|jan|feb|march|april|may|june|july|aug|"
                                 r"sept?|oct|nov|dec)\b).)*\b(?:until|till) then\b|"
                                 # "The second reason is climate change.": the first was told
                                 # before (round 120's check, en 1122, whose long summary took
                                 # it alone)
                                 r"^\W*the (?:second|third|fourth|other|final|last) (?:reason|"
                                 r"factor|problem|cause|explanation)s? (?:is|was|are|were|lies|"
                                 r"lay)\b|"
                                 # "Business groups were more measured.": than whom, told
                                 # before (round 118, judged en 1097, whose long summary took
                                 # it without the opposition's attack)
                                 r"\b(?:were|was|are|is|sounded|seemed) (?:far |much |a little |"
                                 r"somewhat )?(?:more|less) (?:measured|cautious|positive|"
                                 r"optimistic|critical|upbeat|guarded|restrained|enthusiastic|"
                                 r"sceptical|skeptical|muted|charitable|forgiving)(?=\W*$)|"
                                 # "Moments like that were at the centre of a decision …"
                                 # (round 49, en 304)
                                 r"^\W*[a-z]+ like (?:that|this|these|those)|"
                                 # "Two days later, the plan ran into …": later than what was
                                 # told before (round 55, en 344)
                                 r"^\W*(?:a|one|two|three|four|five|six|a few|several) "
                                 r"(?:day|days|week|weeks|month|months) (?:earlier|later)"
                                 # (not with its day told: "A day later, on Tuesday, the
                                 # county … closed the lake …", round 113, en 1036)
                                 r"(?!,? on (?:monday|tuesday|wednesday|thursday|friday|"
                                 r"saturday|sunday)\b)|"
                                 # "Two of the 180 patients in that study …" (round 52,
                                 # en 326); not "in that it …"
                                 # "The council will review those contracts when they come
                                 # up for renewal": contracts told before (round 93, en 795,
                                 # whose long summary never told them); not "those who …",
                                 # "those living nearby", "those contracts that …"
                                 # (and with an adjective between: "…43 percent below the
                                 # cheapest of those older contracts.", round 154's check, en
                                 # 1536, whose long summary took it without the contracts)
                                 r"\bthose (?!(?:who|whom|whose|that|which|is|was|are|were|has|"
                                 r"have|had|was|remains|days|years)\b)(?:[a-z]{3,}(?<!ed) )?"
                                 r"[a-z]{3,}s\b(?! (?:who|"
                                 r"whom|whose|that|which|of|in|at|on|with|from|under|for|"
                                 r"living|affected|aged|over|between|where|already|still|most|"
                                 r"born|named|listed|behind|across|near|involved)\b)|"
                                 r"\b(?:in|of|from|for|at|under|during|with) (?:that|those) "
                                 r"(?!(?:is|was|are|were|the|a|an|it|they|he|she|we|you|there|"
                                 r"this|these|no|not)\b)(?:study|trial|case|survey|report|"
                                 r"region|area|city|country|group|period|year|plan|project|"
                                 r"programme|program|scheme|deal|vote|decision|village|town|"
                                 r"market|sector|category)|"
                                 # "…was 31 at the time.", "By then …", "…had left by
                                 # then": the time of what was told before (round 59, en
                                 # 394; en 369)
                                 # (and "Before then, the park-and-ride car park …", round
                                 # 79's pairwise check of en 627: before the stage told)
                                 r"at the time(?=\W*$)|(?:by|since) then|"
                                 r"^\W*(?:before|until|till) then|"
                                 # "Residents of the older districts were less pleased.": than
                                 # whom was told before (round 69, en 506)
                                 r"(?:less|more) (?:pleased|happy|enthusiastic|optimistic|"
                                 r"impressed|convinced|keen|positive|sanguine|"
                                 # ("In Harlow Creek, the reaction was more mixed.", round 91,
                                 # en 772, after none of the reactions it set itself against)
                                 r"mixed|muted)(?! than)|"
                                 # "Several long-time donors also criticized the board.": as
                                 # someone told before did (round 79, en 631 and en 627,
                                 # "also complained" with no complaint before it)
                                 r"also (?:criticized|criticised|complained|condemned|objected|"
                                 r"protested|questioned|attacked|opposed)|"
                                 # "The review said the outcome was "a matter of luck"": of
                                 # the event told before (round 79, en 630, the ignition)
                                 r"the (?:outcome|result) (?:was|had been|could have been)|"
                                 # "The overrun was blamed on …": a rise told before (as
                                 # «шығынның өсуіне … себеп болған», round 79, kk 627)
                                 r"the (?:cost )?(?:overrun|increase|rise) (?:was|were|has been|"
                                 r"had been) (?:caused|driven|blamed|attributed|put down)|"
                                 # "…," the statement said.: the statement told before
                                 r"the (?:statement|reply|letter) (?:said|says|added)|"
                                 # "Police have not released his name.": whose, told before
                                 # (round 91, en 780, whose long summary took it alone)
                                 r"(?:released|named|disclosed|given|revealed|published|"
                                 r"confirmed) (?:his|her|their) (?:names?|identit(?:y|ies))|"
                                 # "…said the step was needed …": which step, told before
                                 # (round 110's check, en 1010, whose long summary took it
                                 # without the board's compromise)
                                 r"\bthe (?:step|move) (?:was|is|had been|would be) (?:needed|"
                                 r"necessary|justified|overdue|long overdue|premature|"
                                 r"unavoidable|a mistake)|"
                                 # "Those fears are well founded.": whose fears, told before
                                 # (round 108, ru 977, whose long summary took «Опасения
                                 # небезосновательны.» with no fears before it)
                                 r"^\W*(?:the|these|those|such|their|his|her) (?:fears|concerns|"
                                 r"worries|suspicions|doubts) (?:are|were|was|is|proved|have "
                                 r"proved|turned out to be) (?:not )?(?:well[- ])?(?:founded|"
                                 r"unfounded|justified|misplaced|groundless)"
                                 r")\b"),
    Language.RUSSIAN: re.compile(r"\b(?:(?:пош[её]л|пошла|пошли) (?:ещ[её] )?дальше|"
                                 r"^\W*(?:эти |такие |их |его |ее |её )?(?:опасения|страхи|"
                                 r"тревоги|подозрения|сомнения) (?:оказались |были )?(?:не )?"
                                 r"(?:небезосновательн|обоснованн|напрасн|оправдан|беспочвенн)\w*|"
                                 r"в тот (?:же )?(?:день|момент|вечер|год)|в ту (?:же )?ночь|"
                                 # (and "in that case" past the subject: «Цены в этом случае
                                 # могут вернуться к уровню 350–400 руб.» after the forecast of
                                 # a poor harvest, round 200's check, ru 2087, whose short
                                 # summary told it in place of the prices' collapse)
                                 r"в (?:этом|таком) случае|"
                                 r"в том же (?:году|месяце)|"
                                 r"той ночью|тем (?:утром|вечером)|"
                                 # answering a criticism told before: «на критику ответили»
                                 r"на (?:эт[уи] )?(?:критику|претензии|упр[её]ки|замечания)|"
                                 # (and a promise to heed what was asked before: «В зоопарке
                                 # обещают прислушаться: …» after the animal activists' request,
                                 # round 155, judged ru 1545, whose long summary closed on it
                                 # with no request told, 2.5 below lead)
                                 r"прислушаться\b|прислушаются\b|прислушались\b|"
                                 # «а сама практика будет признана…», «подобные схемы» (the
                                 # practice told before: blind round 39, ru 248)
                                 r"(?:сама|сами|подобн\w+) (?:практик|схем)\w*|"
                                 # «закон, который должен сдвинуть дело с мёртвой точки»: which
                                 # matter was told before (round 55, ru 348)
                                 r"сдвину\w* (?:это )?дело с м[её]ртвой точки|"
                                 # «В Берёзовом Яре, похоже, это понимают.»: what they know
                                 # was told before (round 112's check, ru 1024, whose long
                                 # summary took it after the facts it closed on)
                                 r"\bэто (?:понима|поняли|понял|знают|знали|видят|видели|"
                                 r"признают|признали|осознают|осознали|чувствуют|заметили)\w*|"
                                 # (and a problem not denied, told before: «В предприятии проблему
                                 # не отрицают.», round 151, ru 1497, whose long summary told it
                                 # without the deputy's doubt on drivers, 2.5 below lead)
                                 r"\bпроблем[уы] не (?:отрица|оспарива|скрыва)\w*|"
                                 r"\bне (?:отрица|оспарива|скрыва)\w* (?:эт\w+ )?проблем\w*)\b"
                                 # «За это время …», «Днём раньше …»: the time of what was told
                                 # before (round 56, ru 360 and ru 356)
                                 # «…, по его словам, выпишут …»: whose words were told
                                 # before (round 56, ru 357)
                                 r"|\bпо (?:его|её|ее|их) (?:словам|мнению|оценке|данным)\b"
                                 # «Его имя не называется.»: whose name, told before
                                 r"|\b(?:его|её|ее|их) (?:имя|имена|фамилию|фамилия|личность) "
                                 r"(?:пока )?не (?:называ|раскрыва|сообща|разглаша)"
                                 r"|^\W*(?:за (?:это|то) время|(?:днём|днем|неделей|месяцем|"
                                 r"годом|двумя днями|тремя днями) (?:раньше|ранее|позже|"
                                 r"позднее))\b"
                                 # «Проект такого кодекса …»: "such a …" among the first words
                                 r"|^(?:[\w-]+\s+){1,2}(?:такого|такой|таких|такую|такое)\s+"
                                 r"(?!образом\b|же\b)[а-яё]"
                                 # «Спрос на них превысил…»: a pronoun after a preposition
                                 # among the first words (also «В нём сыграли 612 …», round
                                 # 79's check of ru 629, without the championship)
                                 # (and «Часть из них поселилась в Ильинском …», round 117's
                                 # check, ru 1084, whose long summary took it without the
                                 # sawmill's workers)
                                 # (and after three, «На момент отмены у него было около 9
                                 # тыс. подписчиков.», round 171, ru 1741, long a point below
                                 # lead as judged, which told it without the channel)
                                 r"|^(?:[\w-]+\s+){0,3}(?:в|во|на|о|об|у|для|к|с|от|по|за|без|при|про|"
                                 r"из|из-за|над|под|перед|через)\s+(?:них|ним|ними|нем|нём|ней|"
                                 r"него|"
                                 r"нее|неё|нему)\b"
                                 # (or right after an opening phrase of when, closed by its
                                 # comma: «В ночь на пятницу, 17 октября, в нем произошел
                                 # пожар …», round 163, ru 1636, whose short summary opened on
                                 # it with no workshop told)
                                 r"|^\W*(?:в ночь|ночью|утром|вечером|днем|днём|в (?:понедельник|"
                                 r"вторник|среду|четверг|пятницу|субботу|воскресенье))"
                                 r"[^.!?;:]{0,50},\s+(?:в|во|на|у|из|с|от|над|под)\s+(?:нем|нём|"
                                 r"ней|них|него|нее|неё)\b"
                                 # (and a share of them in the first clause: «Аналитики
                                 # ожидают большинство из них …», as "most of them")
                                 r"|^[^,;:]*?\b(?:большинств\w*|многи\w*|некотор\w*|кажд\w*|"
                                 r"половин\w*|двое|трое|один|одна|одно) из них\b"
                                 # (and «это» after such a preposition: «Кто за это заплатит,
                                 # пока не решено», round 126's check, ru 1200, whose long
                                 # summary kept it without the 63 million it pays for)
                                 r"|^(?:[\w-]+\s+){0,2}за это\b(?! время)"
                                 # «Эксперты связывают это с …», «В компании объясняют это …»:
                                 # "this" is what was told before (as «мұны» in Kazakh)
                                 # «Причиной удорожания стали …»: the rise told before
                                 r"|\bпричин\w* (?:роста|удорожания|увеличения) "
                                 r"(?:стоимости |расходов |сметы )?(?:стал|стали|был|были|"
                                 r"называ|явля)"
                                 # «…», — говорится в сообщении. (whose: told before)
                                 r"|говорится в (?:сообщении|заявлении|ответе|письме)\W*$"
                                 r"|\b(?:связыва\w*|объясня\w*|объяснил\w*|объясняя|назвал\w*|"
                                 r"называ\w*|оценил\w*|оценива\w*|расценил\w*|расценива\w*) "
                                 r"это\b"),
    # (and "those years": «Ауылдағылар сол жылдардағы бір түнді … есіне алады», round 79, kk
    # 628, the years told before)
    Language.KAZAKH: re.compile(r"(?<![^\W\d_])(?:^\W*(?:бұл |мұндай |олардың )?(?:алаңдаушылық|"
                                r"қауіп|күдік|үрей)\w* (?:негізі бар|негізсіз|бекер емес|орынды|"
                                r"ақталды)|"
                                r"сол (?:күні|түні|кезде|сәтте|таңда|кеште|жылы|"
                                r"айда|аптада|жылдар\w*)|"
                                # «…кейбір тұрғындар мұны алдын ала жеткілікті хабарламағанын
                                # жазды» ("this": the street closures told before, round 60,
                                # kk 403), «Сарапшылар мұны … түсіндіреді», «мұнда» ("here"),
                                # «осыған ұқсас» ("like this"); not «бұған дейін» ("until now")
                                r"мұны|бұны|осыны|мұнымен|мұнда|осыған ұқсас|бұған(?! дейін)|"
                                # «…құлдырау одан да күрт – 33%.»: sharper than what was told
                                # before (round 117, judged kk 1091, whose long summary took it
                                # without the fall it outdid)
                                r"(?:одан|бұдан|осыдан) да (?:күрт|көп|аз|жоғары|төмен|ауыр|"
                                r"қиын|үлкен|зор|тез|қатты|нашар|жақсы))"
                                r"(?![^\W\d_])"
                                # «Е. Қасымов оны «ақылға қонымды ымыра» деп атап, …»: what he
                                # called so was told before (round 113, kk 1040, whose long
                                # summary took it without the compromise)
                                r"|^[^,;:]{0,60}?(?<![^\W\d_])оны [^.!?]{0,90}?деп ата"
                                # the rest of a whole told before, in the first clause:
                                # «…субсидияның қалған 50 %-ын да мемлекет көтеруі керек…»
                                # (round 63, kk 438); not «жолда қалған 40 көлік» (stranded)
                                r"|^[^,;:]*?(?<![дт][аеы] )(?<![нм]ен )қалған \d"
                                # «…басқармасы осы мерзімді екі есе қысқартуды көздеп отыр»:
                                # this term, this figure, this sum told before (round 72, kk 544)
                                r"|(?<![^\W\d_])осы (?:мерзім|көрсеткіш|сома)\w*"
                                # «…шығынның өсуіне … себеп болған»: the rise of a cost told
                                # before (round 79, kk 627, whose long summary kept it without
                                # the 900 mln over the estimate)
                                r"|(?<![^\W\d_])(?:шығын|шығындар|құн|баға|смета)(?:ның|дың|тың|"
                                r"нің|дің|тің) (?:өсуіне|артуына|қымбаттауына|ұлғаюына)"
                                r"(?= .{0,160}?\bсебеп)"
                                # «…», – делінген хабарламада: the statement told before (round
                                # 80, kk 642, whose long summary kept the quote without the
                                # company's reply that gave it)
                                # «Маманның айтуынша, …»: which specialist, told before
                                # (round 80, kk 646, whose long summary never named her)
                                r"|^\W*(?:маманның|сарапшының|ғалымның|дәрігердің|"
                                r"психологтың) (?:айтуынша|пікірінше|сөзінше)(?=\s*,)"
                                r"|делінген (?:хабарламада|мәлімдемеде|жауапта|хатта)"
                                r"(?![^\W\d_])(?=\W*$)"
                                # «Қатаң бақылаудың өз себебі бар.»: the control told before has
                                # its reason (round 85, kk 708, whose long summary kept it with
                                # no control told)
                                r"|(?<![^\W\d_])өз себебі бар(?=\W*$)"
                                # «Оның аты-жөні жарияланбады.»: whose name, told before
                                r"|^\W*оның (?:аты-жөні|есімі|аты) (?:әзірге )?"
                                r"(?:жарияланбады|аталмады|айтылмады|жарияланбаған)"
                                # «Солардың бірі, …»: one of those told before (round 145,
                                # judged kk 1423, whose long summary took it after a sentence
                                # it does not follow)
                                r"|^\W*(?:солардың|осылардың)(?![^\W\d_])"),
}


_PRO_ACT = {language: starting_where_it_can(pattern) for language, pattern in _PRO_ACT.items()}
#: Substrings every English phrase of `_PRO_ACT` has (a quick test before the pattern).
_PRO_ACT_KEYS = {Language.ENGLISH: (" so", "further", "that", "such", " like ", "those",
                                    "instead", "either", "both",
                                    "also", "outcome", "result", "critic", "complaint",
                                    "request", "demand", "plea",
                                    "concern", "accusation", "allegation", " it", "later",
                                    "earlier", "the time", " then", "less ", "more ",
                                    "overrun", "the increase", "the rise", "the statement",
                                    "the reply", "the letter", "qualify", "eligible",
                                    "entitled", " his name", " her name", " their name",
                                    " his identit", " her identit", " their identit",
                                    " fear", " worr", "suspicion", "doubt", "the step",
                                    "the move", "ever since", "since then", "more ", "less ",
                                    " reason", " factor", " cause", " explanation", " problem",
                                    " advice", " them")}


#: «после этого», «до этого», «кроме этого»: "after this", an adverb, not "after this date"
#: (the word after it is no genitive: «…откроется новый мост, и администрация решила после
#: этого переправу закрыть», not «…после этого срока», «…после этого решения»).
_RU_ADVERBIAL_THIS = re.compile(r"(?i)(?:(?<=\sпосле )|(?<=\sдо )|(?<=\sкроме )|(?<=\sпомимо )|"
                                r"(?<=\sвместо )|(?<=\sиз-за ))"
                                r"этого\s+(?![а-яё]*(?:а|я|и|ы|ого|его|ов|ев|ей)\b)")


def _adverb_of_its_own_clause(sentence: str, at: int) -> bool:
    """Whether the demonstrative at `at` is "after this" in a later clause of the sentence,
    which points at the clause before it, not at an earlier sentence (round 80, ru 640)."""
    return "," in sentence[:at] and _RU_ADVERBIAL_THIS.match(sentence, at) is not None


#: Where something is, told by how far it is from a thing of the scene told before: «в
#: нескольких сотнях метров от этих свай», "a few hundred metres from those piles". The
#: sentence stands without it (`refers_back_inside`), and a summary that leaves the scene out
#: leaves it out (`summarize`).
POINTING_PLACE = re.compile(
    r",?\s*\b(?:в (?:нескольких |паре |сотне |двух |трёх |трех |пяти )?(?:[а-яё]+ )?(?:метрах|"
    r"метров|километрах|километров|шагах|шагов) от (?:этих|этого|этой|тех|того|той) [а-яё]+|"
    r"(?:just |only )?(?:a few |some |about |a couple of )?(?:[a-z]+ )?(?:metres|meters|yards|"
    r"steps|feet) from (?:those|these|that|this) [a-z]+)(?=,|\s)")


def without_pointing_place(sentence: str) -> str:
    """`sentence` without a place told by its distance from a thing told before
    (`POINTING_PLACE`), the comma that closed an aside before it kept: «В пятницу, 19 августа,
    открылась новая рыбацкая гавань …», "On Friday, a new harbour opened."."""
    def gone(match: re.Match[str]) -> str:
        return "," if match.group(0).startswith(",") and \
            not sentence.startswith(",", match.end()) else ""
    return POINTING_PLACE.sub(gone, sentence) if any(key in sentence
                                                       for key in _POINTING_PLACE_KEYS) \
        else sentence


#: A Russian "such" or "similar" after a preposition, before a noun: «с таким потоком», «о
#: похожих рисках» (`refers_back_inside`); not "thus", «таким образом», nor "the same",
#: «такой же».
_RU_SUCH_AFTER_PREPOSITION = re.compile(
    r"(?<![^\W\d_])(?:с|со|при|в|на|для|у|по|от|о|об|к) (?:таким|такой|таком|таких|такими|"
    r"такого|такому|такая|такое|такие|похожих|похожим|похожими|подобных|подобным|подобными|"
    r"подобной|подобном) (?!образом|же\b|как\b)[а-яё]{3,}")


#: ... and a figure or a clause of its own before it in its sentence, which may be what it
#: points at (lowered).
_RU_TOLD_BEFORE_IN_SENTENCE = re.compile(r"\d|, (?:но|а|тогда как|хотя|однако|поэтому|поскольку|"
                                         r"так как|потому что|причём|причем|и) ")


#: The dateline's place named as "this" with its size: "in this timber town of 4,800", "this
#: fishing village of about 300 people" (`refers_back_inside`).
_THIS_PLACE_OF_SIZE = re.compile(r"\bthis (?:[a-z-]+ ){0,2}(?:town|city|village|hamlet|community|"
                                 r"island|port|suburb|county|valley) of (?:about |roughly |some |"
                                 r"nearly |just |around |fewer than |under |over )?\d")


#: Substrings every `POINTING_PLACE` match has (a quick test: it runs for every sentence).
_POINTING_PLACE_KEYS = ("метр", "шаг", "metres from", "meters from", "yards from", "steps from",
                        "feet from")


#: A Kazakh sentence whose first clause, of cause, is followed by "it" or "they" as the
#: subject: «…күтілгендіктен, ол …» (not one of condition, which names what "it" is: «Егер
#: үкімет құжатты мақұлдаса, ол Мәжіліске … енгізіледі.», kk 102).
_KK_IT_AFTER_CLAUSE = re.compile(r"[^,.!?«»]{3,120}?(?:дықтан|діктен|тықтан|тіктен),\s+"
                                 r"(?:ол|олар)\s")


#: "For that line", "of that plan": "that" before a noun after a preposition
#: (`refers_back_inside`).
_THAT_THING_AFTER_PREPOSITION = re.compile(
    r"\b(?:for|of|on|to|with|about|under|against) (?:that|those) (?!(?:time|point|stage|"
    r"moment|day|week|month|year|night|morning|evening|date|period|is|was|are|were|will|would|"
    r"has|have|had|can|could|may|might|must|should|the|a|an)\b)[a-z]{3,}\b")


#: "That" before a singular noun that cannot stand bare after a speech verb: "Student leaders
#: said that reliance was exactly the problem", "Officials said that figure was far too low";
#: not "that" as the conjunction before a mass noun or a plural ("said that pay is racing
#: ahead", "warned that prices were rising") (`refers_back_inside`).
_THAT_THING_AFTER_SPEECH = re.compile(
    r"\b(?:said|says|say|argued|argues|warned|warns|added|adds|insisted|noted|believe|believes|"
    r"admitted|conceded|acknowledged) that (?:reliance|dependence|figure|permit|order|strategy|"
    r"sum|shipment|strike|program|programme|option|gap|window|target|timetable|risk|decision|"
    r"plan|move|deal|proposal|promise|estimate|amount|approach|rule|policy|offer|request|"
    r"agreement|ruling|shortfall|increase|cut|rise|change|project|route|schedule|deadline|"
    r"arrangement|compromise|bill|measure|scheme) (?:was|is|would|will|could|had|has|did|does|"
    r"might|may|should|must|can|remained|remains|made|makes|meant|means|left|leaves)\b")


#: An English example told before, then named as "the same": "Over a full heating season …,
#: the same household will pay around 800 euros" after "For a typical two-room flat … the
#: monthly bill will rise …" (`refers_back_inside`); not a person of a story told again, "On
#: Sunday, the same girl won …", which opens the news (judged en 544).
_SAME_EXAMPLE = re.compile(r"\b[Tt]he same (?:household|family|flat|apartment|home|house|"
                           r"customer|consumer|user|driver|commuter|student|pensioner|tenant|"
                           r"subscriber|passenger|shopper|policyholder|"
                           r"borrower|household's|family's)\b")


#: A figure or a clause of its own before a pointing phrase in the same sentence, which may
#: be what it points at (`refers_back_inside`).
_CLAUSE_BEFORE = re.compile(r", (?:but|and|while|whereas) |; ")
_TOLD_BEFORE_IN_SENTENCE = re.compile(r"\d|" + _CLAUSE_BEFORE.pattern)


#: A vote "in favour" with nothing it was for: "voted 7-4 in favour after …", not "voted in
#: favour of the plan" (`refers_back_inside`).
_VOTED_IN_FAVOUR = re.compile(r"\bvoted (?:\d+-\d+ |\d+ to \d+ |unanimously |overwhelmingly )?"
                              r"in favou?r\b(?! of\b)")


#: "The remaining" sum: "the remaining $500 million", "the remaining 30 percent"
#: (`refers_back_inside`, when no figure comes before it in its sentence).
_REMAINING_SUM = re.compile(r"\b[Tt]he remaining (?:[$€£]|C\$|US\$|Sh|R|K|N\$)?\d")


#: A Russian "that" after a preposition, before its noun: «После того случая …», «…из-за той
#: аварии …» (`refers_back_inside`).
_RU_THAT_AFTER_PREPOSITION = re.compile(r"(?i)(?<![^\W\d_])(?:после|до|с|со|из-за|во время|"
                                        r"в результате) (?:того|той|тех) (?!как\b|что\b|пор\b|"
                                        r"чтобы\b|же\b)[а-яё]{3,}(?![^.!?]{0,40}?,\s*(?:как|"
                                        r"когда|что|чтобы)\b)")
#: An English "it" as the subject after an opening time phrase: "By mid-morning it stretched
#: …" (`refers_back_inside`).
#: (after "by" or "within", which tell how far a thing told before had come; not "On Monday
#: it launched a … campaign", a report whose "it" is the body named just before, judged en 688)
_IT_AFTER_TIME = re.compile(r"(?:By|Within) "
                            r"[\w-]+(?: [\w-]+){0,2},? it (?!(?:is|was|seems|seemed|appears|"
                            r"appeared|emerged|remains|remained|became|has become|will be|"
                            r"would be|is understood|was understood)\b)[a-z]+")


#: A plural subject, its verb and "its": "Officials estimate its cost …", "Engineers put its
#: length at …" (`refers_back_inside`).
_PLURAL_SUBJECT_ITS = re.compile(r"(?:[A-Z][a-z]+(?:ials|eers|ists|ors|ents|ians|ees|ives) |"
                                 r"They )(?:(?:also|now|still|then|already) )?"
                                 r"(?!(?:and|or|of|in|at|on|for|from|with)\b)[a-z]+ its\b")


#: A share of "those" told before: "…40 per cent of those were …" (`refers_back_inside`).
# (and a count "of them": "FreshWay pleaded guilty to 14 of them in March, …" under the
# lead's fine, round 182, en 1869, short 3 below lead as judged, whose charges it never told;
# not one set off after what it counts: "…the removed setts, about 38,000 of them, would be …",
# judged en 310)
_OF_THOSE = re.compile(r"\b(?:per ?cent|%|half|most|many|some|none|all|each|one|two|three|"
                       r"third|quarter|majority) of those\b(?! who\b| which\b| that\b|"
                       r" in\b| at\b| on\b| from\b| with\b| aged\b)|"
                       r"(?<!, )(?<!, about )(?<!, some )(?<!, nearly )(?<!, almost )"
                       r"(?<!, around )(?<![\d,.])\d[\d,]* of them\b")
#: "the figure was": a figure of something told before (`refers_back_inside`).
_THE_FIGURE_WAS = re.compile(r"\bthe (?:figure|number|share|rate|proportion|percentage|"
                             r"equivalent figure|comparable figure) (?:was|is|stood|rose|fell|"
                             r"reached|had been)\b")
_THE_FIGURE_WORDS = 14
#: The lowest or highest "figure" that opens a sentence, named by no measure of its own: "The
#: lowest figure was …", «Самый низкий показатель — …», «Ең жоғары көрсеткіш …»
#: (`refers_back_inside`).
_EXTREME_FIGURE_OPENS = re.compile(
    r"(?:The (?:lowest|highest) (?:figure|rate|level|share) (?:was|is|came|stood)\b|"
    # (and the price of what was told before: "The cheapest estimate the board received was
    # $3.2 million." after the chairlift the permit requires replaced, round 183, en 1876, long
    # 2 below lead as judged, which told it alone)
    r"The (?:cheapest|lowest|highest|only) (?:estimate|bid|quote|offer|tender)s?\b|"
    r"(?:Самый|Наиболее) (?:низкий|высокий) (?:показатель|уровень) (?:[—–-]|был|отмечен|"
    r"зафиксирован)|"
    r"(?:Наименьший|Наибольший|Минимальный|Максимальный) показатель (?:[—–-]|был|отмечен|"
    r"зафиксирован)|"
    r"Ең (?:төмен|жоғары|төменгі|жоғарғы) (?:көрсеткіш|деңгей) (?:[—–-] |[А-ЯӘҒҚҢӨҰҮҺІ]))")
#: "that morning" at a sentence's end: the day of something told before (`refers_back_inside`).
_THAT_DAY_END = re.compile(r"\b(?:later |earlier )?that (?:same )?(?:morning|afternoon|evening|"
                           r"night|day)\W*$")
#: A day named in a sentence, which its "that morning" may be (`refers_back_inside`): a
#: weekday or a month (`_CAPITAL_TIME_WORDS`), or a month cut short ("Aug. 17").
_DAY_NAMED = re.compile(r"\b(?:" + "|".join(sorted(word.capitalize()
                                                  for word in _CAPITAL_TIME_WORDS)) +
                        r")\b|\b(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.")
#: A span and "later" at a sentence's end: "…six months later.", "…two days later." (its
#: start is something told before; `refers_back_inside`).
_SPAN_LATER_END = re.compile(r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
                             r"eleven|twelve|a few|several|\d+) (?:minutes?|hours?|days?|weeks?|"
                             r"months?|years?) later\W*$")
_SPAN_LATER_WORDS = 16
#: A short line that owns up to the problem told before it (`refers_back_inside`).
_OWNS_THE_PROBLEM = {
    Language.ENGLISH: re.compile(r"\b(?:acknowledges?|acknowledged|admits?|admitted|"
                                 r"recogni[sz]e[sd]?|concedes?|conceded) (?:that )?the "
                                 r"(?:problem|issue)s?\W*$"),
    Language.RUSSIAN: re.compile(r"(?<![^\W\d_])(?:призна\w+|не отрица\w+|знают о|знает о) "
                                 r"(?:эту |эти |данную )?проблем(?:у|ы|е)\W*$"),
    Language.KAZAKH: re.compile(r"(?<![^\W\d_])(?:бұл )?мәселені (?:мойында|жоққа шығармай)\w*"
                                r"\W*$"),
}
_OWNS_THE_PROBLEM_WORDS = 7


#: An English "he" or "she" that opens a sentence's second clause (`refers_back_inside`).
_PERSON_AFTER_CLAUSE = re.compile(r"[^,;:]{3,120}, (?:and|but|so) (he|she) [a-z]")


#: A Russian subject that a relative clause of telling sets by what was told before it: «X, о
#: которой говорит …» (`refers_back_inside`).
_TOLD_OF_RU = re.compile(r"[А-ЯЁ][а-яё-]+(?: [а-яё-]+)?, (?:о|об|про) котор\w+ (?:говор|рассказ|"
                         r"упомина|упомянул|вспомина|пиш|писал|сказал)\w*")


#: A second or third of a kind of argument, the first told before (`refers_back_inside`).
_NEXT_OF_A_KIND = {
    # (not a problem, which may open a section of its own: «Вторая проблема — хранение и
    # вывоз.» under a subheading, judged ru 444)
    Language.RUSSIAN: re.compile(r"(?:Втор|Трет)(?:ой|ая|ое|ья|ье|ий) (?:риск|угроз|опасени|"
                                 r"довод|аргумент)\w*\b"),
    Language.ENGLISH: re.compile(r"(?:The|A) (?:second|third) (?:risk|threat|concern|worry|"
                                 r"argument|objection)s?\b"),
}


#: A count of the ones told before, with what befell them: "Three had been discharged by
#: mid-afternoon." (round 206, en 2157, long 3 below lead as judged, which told it with no
#: injured before it).
_COUNT_OF_THEM_DONE = re.compile(r"\W*(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|"
                                 r"Twelve|\d{1,3}) (?:had|have|were|was|are) (?:since |later |"
                                 r"already )?(?:been )?(?:discharged|released|treated|"
                                 r"hospitali[sz]ed|rescued|airlifted|flown)\b")
#: A penalty told as the first of two, for a breach told before: "The cooperative was initially
#: fined $27,400." (round 206, en 2157, whose long summary closed on it with no citation).
_AT_FIRST_PENALISED = re.compile(r"\b(?:was|were|had been) (?:initially|originally) (?:fined|"
                                 r"ordered|charged|cited|penali[sz]ed|sentenced)\b")
#: An English limit or target named as "that" one after a verb that reaches or passes it:
#: "Inspectors fined the company … for exceeding that limit, the office said." (round 204, en
#: 2127, long 2.5 below lead as judged, whose long summary told it without the permit's
#: limit); not "that" as a conjunction, "reached that conclusion" apart.
_PASSED_THAT_LIMIT = re.compile(r"\b(?:exceed|breach|surpass|overshoot|reach|meet|met|miss|hit|"
                                r"break|broke|beat|top|double|halve)\w* (?:that|those) (?:limit|"
                                r"cap|level|target|threshold|ceiling|record|mark|figure|quota|"
                                r"total|deadline|goal)s?\b")
#: "The answers", "the responses" with nothing after them to say to what: the question told
#: before ("The alliance said the answers broke down as follows:", round 204, en 2135, long 2.5
#: below lead as judged, which told the list with no question).
_THE_ANSWERS = re.compile(r"\bthe (?:answers|responses|replies)\b(?! (?:to|from|of|given|"
                          r"that|which|who)\b)")
#: An English "that" thing as the subject after "how", "why", "when": "The report traces how
#: that finding grew more serious with each inspection:" (round 205's check, en 2142, whose long
#: summary told it with no finding before it); after such a word "that" is no conjunction.
_THAT_THING_AFTER_WH = re.compile(r"\b(?:how|why|when|whether|until|because) that (?!\w+ly\b)"
                                  r"[a-z]{4,} (?:grew|became|becomes|has|had|was|is|will|would|"
                                  r"changed|turned|got|went|came|could|may|might)\b")
#: Names put down with nothing to say for what: the list told before ("By Thursday evening, 19
#: households had put their names down, …", round 205's check, en 2140, whose short summary
#: closed on it without the waiting list).
_NAMES_DOWN = re.compile(r"\bput (?:their|his|her) names? down\b(?! (?:for|on|to)\b)")
#: A Russian subject of "that" thing told before: «Владелец той пекарни Миккель Сёренсен
#: вспоминает русскую стажёрку …» (round 205's check, ru 1324, whose long summary took it with
#: no Danish bakery told); not «Глава того же района …», «…с тех пор».
_THAT_ONE_OWNED_RU = re.compile(r"\W*[А-ЯЁ][а-яё]+ (?:той|того|тех) (?!(?:же|самого|самой|"
                                r"самых|пор|как|что|времени|момента)\b)[а-яё]{3,}")
#: A Russian deed done "there", the place told before: «Креативный директор … купила там на
#: стенде артели кружевной воротник …» (round 205's check, ru 2146, whose long summary told
#: it with no fair); not «там, где …», which says where itself.
_DID_THERE_RU = re.compile(r"(?<![\w-])[а-яё]{3,}(?:ла|ли|л|ло)(?:сь|ся)? там(?![\w-])"
                           r"(?!,? (?:где|куда|откуда)\b)")
#: A Russian sentence whose subject is for "this", told before: «Задел для этого есть: …»
#: (round 204, ru 2135, long 2 below lead as judged, which closed on it without the plan
#: it is for); not «…здание, которое для этого отреставрируют», told inside its sentence.
_FOR_THIS_SUBJECT_RU = re.compile(r"\W*[А-ЯЁ][а-яё]+(?: [а-яё]+)? для (?:этого|этой|этих)\b")


def refers_back_inside(sentence: str, language: Language | str) -> bool:
    """True when a demonstrative later in the sentence points at something said before it
    (en "this/these", ru «этот/данный», kk «бұл/аталған»), time phrases apart, or a phrase
    stands for an act told before ("do so", "went further"), or a pronoun after a preposition
    among the first words («Спрос на них превысил…»)."""
    language = as_language(language)
    narrated = _outside_quotes(sentence).lstrip()
    narrated = without_pointing_place(narrated)
    # (the dateline's place, named as "this" with its size, is where the story is told from:
    # "… voted 5-2 to close its birthing unit …, ending 61 years … in this timber town of
    # 4,800 …", round 167, en 1684, whose summaries opened on the link above it)
    if language is Language.ENGLISH and "this " in narrated:
        narrated = _THIS_PLACE_OF_SIZE.sub("", narrated)
    # (a name in quotation marks is the sentence's first word: «Теңіз Көпірі» бұл ұсынысты
    # қарастыратынын … жеткізді.», round 101, kk 891, whose long summary never told the
    # proposal)
    if sentence[:1] in "«„“\"" and narrated:
        narrated = "_ " + narrated
    demonstrative, act = _DEMONSTRATIVE_RE.get(language), _PRO_ACT.get(language)
    lowered = narrated.lower()
    # (a demonstrative as the first word is `opens_with_reference`'s; the words are looked
    # for first, the pattern only where one is: it runs for every sentence; the phrases are
    # written in lower case and searched in the lowered sentence, which is quicker than
    # ignoring case)
    # (a Kazakh "it" as the subject after the sentence's first clause: «Қатысушылар көп болады
    # деп күтілгендіктен, ол №41 мектептің мәжіліс залынан … ауыстырылды.», round 154's check,
    # kk 1530, whose summaries told where "it" moved and never that it was the hearing)
    if language is Language.KAZAKH and _KK_IT_AFTER_CLAUSE.match(lowered) is not None:
        return True
    # (an English person by "he" or "she" after a first clause that names no one: "Coverage in
    # the valley is patchy, and he first assumed the battery had died.", round 190's check, en
    # 1969, whose long summary told it with no husband; "both men" and «Второй риск — …» lean
    # as often on the lead as on the sentence before, judged en 895 and ru 705)
    if language is Language.ENGLISH and \
            (person := _PERSON_AFTER_CLAUSE.match(narrated)) is not None and \
            not any(word[:1].isupper() for word in narrated[:person.start(1)].split()[1:]):
        return True
    # (a second or third risk, reason or problem, the first told just before it: «Второй
    # риск — лососевая вошь …», round 190, judged ru 1968, long 3 below lead, which told it
    # with no first; not «Второй этап …», whose first the lead may tell, judged ru 705)
    if (ordinal := _NEXT_OF_A_KIND.get(language)) is not None and \
            ordinal.match(narrated) is not None:
        return True
    # (a Russian subject set by what someone told of it before: «Торговлю, о которой говорит
    # норвежский музейщик, в XIX веке называли поморской.», round 190, judged ru 1960, long 2.5
    # below lead, which told it without the director's words)
    if language is Language.RUSSIAN and _TOLD_OF_RU.match(narrated) is not None:
        return True
    # (an English "its" right after a plural subject's verb, which cannot be theirs: "Officials
    # estimate its cost at P70 million …" after the second phase told before, round 176's
    # check, en 1800, whose long summary closed on it)
    if language is Language.ENGLISH and _PLURAL_SUBJECT_ITS.match(narrated) is not None:
        return True
    # (and a share "of those" with nothing after it to say which: "The report says about 40
    # per cent of those were drivers searching for a parking space, …", round 179's check, en
    # 1836, whose long summary kept it without the vehicles it counts)
    # (not after a figure in its own sentence, which "those" may be: "…78% voted, and 91% of
    # those backed strike action", judged en 1482)
    if language is Language.ENGLISH and (those := _OF_THOSE.search(narrated)) is not None and \
            not any(c.isdigit() for c in re.sub(r"(?:about |some |nearly |almost )?"
                                                r"\d[\d.,]*\s*$", "",
                                                narrated[:those.start()])):
        return True
    # (and a short one on "the figure" for another place: "In Chatsworth the figure was 54 per
    # cent.", round 177, en 1806, long 3 below lead as judged, which told it with no figure
    # before it)
    if language is Language.ENGLISH and len(narrated.split()) <= _THE_FIGURE_WORDS and \
            _THE_FIGURE_WAS.search(narrated) is not None:
        return True
    # (and a short one that opens on the lowest or highest "figure" with nothing of what it
    # measures: «Самый низкий показатель — в областном центре: 1,1%.» after the districts'
    # rates, round 178, ru 1823, long 2 below lead as judged, which told it alone)
    if len(narrated.split()) <= _THE_FIGURE_WORDS and \
            _EXTREME_FIGURE_OPENS.match(narrated) is not None:
        return True
    # (and one that ends on "that morning", a day told before it: "Golden Crust restored the
    # GH¢2.00 price in all its shops that morning.", round 176, en 1802)
    if language is Language.ENGLISH and _THAT_DAY_END.search(narrated) is not None and \
            _DAY_NAMED.search(narrated) is None:
        return True
    # (and an English sentence that ends on how long after something told before it came:
    # "A second contractor was appointed six months later.", round 176, en 1800, long 3 below
    # lead as judged, which told it after the museum's closure, the first contractor left out)
    if language is Language.ENGLISH and _SPAN_LATER_END.search(narrated) is not None and \
            " after " not in narrated and len(narrated.split()) <= _SPAN_LATER_WORDS:
        return True
    # (and a short line that owns up to "the problem" told before it: «В департаменте
    # признают проблему.», round 176's check, ru 1799, whose long summary told it with no
    # problem before it)
    if (owned := _OWNS_THE_PROBLEM.get(language)) is not None and \
            len(narrated.split()) <= _OWNS_THE_PROBLEM_WORDS and owned.search(narrated):
        return True
    # (an English "that" before a noun after a preposition: "A feasibility study for that line
    # is due …" after a third line told before, round 162, en 1626, whose long summary closed on
    # it; not "that" as a conjunction, "said that the city …", nor a time, "at that time")
    if language is Language.ENGLISH and " that " in lowered and \
            _THAT_THING_AFTER_PREPOSITION.search(narrated) is not None:
        return True
    # (and a Russian "that" thing after a preposition, told before: «После того случая часть
    # домов перенесли выше …», round 170, ru 1722, long 1.5 below lead as judged, which told it
    # without the mudflow it points at; not «после того как», nor «до того момента, когда»)
    if language is Language.RUSSIAN and (" того " in lowered or " той " in lowered or
                                         " тех " in lowered or lowered.startswith(
                                             ("после то", "до то", "с то", "со то"))) and \
            _RU_THAT_AFTER_PREPOSITION.search(narrated) is not None:
        return True
    # (and "it" as the subject right after an opening time phrase, a verb of its own after it:
    # "By mid-morning it stretched past the pharmacy next door." after the queue, round 170's
    # check, en 1728, whose long summary told it alone; not "it was announced", "it emerged")
    if language is Language.ENGLISH and " it " in lowered[:40] and \
            _IT_AFTER_TIME.match(narrated) is not None:
        return True
    # (and a vote "in favour" of nothing it names: "Councillors voted 7-4 in favour after
    # being told …", round 168, en 1704, whose short summary told it after the lead with no
    # scheme it was a vote for)
    if language is Language.ENGLISH and " in favo" in lowered and \
            _VOTED_IN_FAVOUR.search(narrated) is not None:
        return True
    # (and "the remaining" sum with no figure before it in its sentence: "Andeskor will fund the
    # remaining $500 million from its own cash …", round 165, en 1668, long 1 below lead as
    # judged, which told it without the rest of the funding)
    # (and "that" before a singular noun after a speech verb, "said that reliance was exactly
    # the problem", round 165, en 1667, whose long summary closed on it without the reliance
    # on international students; an example named again as "the same household", en 1661,
    # whose long summary closed on it without the flat it stands for)
    # (a Russian "such" after a preposition, before its noun: «Отделения с таким потоком
    # относятся к учреждениям первого уровня …», round 167, ru 1684, long a point below lead
    # as judged, whose long summary told it without the 160 births a year it points at;
    # «…предупреждают о похожих рисках», without the risks)
    # (not one whose own clause before it told what it points at: «…увеличила годовую добычу
    # руды с 1,2 млн до 2,5 млн т, хотя … на такой объём …», judged ru 1582)
    if language is Language.RUSSIAN and ("так" in lowered or "похож" in lowered or
                                         "подобн" in lowered):
        such = _RU_SUCH_AFTER_PREPOSITION.search(lowered)
        if such is not None and _RU_TOLD_BEFORE_IN_SENTENCE.search(lowered, 0, such.start()) \
                is None:
            return True
    # (not one whose clause before it tells what "that" stands for: "The museum put the insured
    # value … at about 38 million Swedish crowns, but Söderlund said that figure did not
    # reflect …", en 595; a figure before "the same household" is its own: "Over a full
    # heating season of about 8.5 MWh, …")
    if language is Language.ENGLISH:
        for pattern, key, before in ((_THAT_THING_AFTER_SPEECH, " that ", _TOLD_BEFORE_IN_SENTENCE),
                                     (_SAME_EXAMPLE, "the same ", _CLAUSE_BEFORE)):
            found = pattern.search(narrated) if key in lowered else None
            if found is not None and before.search(narrated[:found.start()]) is None:
                return True
    if language is Language.ENGLISH and (_COUNT_OF_THEM_DONE.match(narrated) is not None or
                                         ("initially " in lowered or "originally " in lowered)
                                         and _AT_FIRST_PENALISED.search(narrated) is not None):
        return True
    if language is Language.ENGLISH and ((" that " in lowered and
                                          _PASSED_THAT_LIMIT.search(narrated) is not None) or
                                         ("the " in lowered and
                                          _THE_ANSWERS.search(narrated) is not None) or
                                         (" that " in lowered and
                                          _THAT_THING_AFTER_WH.search(narrated) is not None) or
                                         (" names" in lowered and
                                          _NAMES_DOWN.search(narrated) is not None)):
        return True
    if language is Language.RUSSIAN and (" той " in lowered or " того " in lowered or
                                         " тех " in lowered) and \
            _THAT_ONE_OWNED_RU.match(narrated) is not None:
        return True
    if language is Language.RUSSIAN and " там " in lowered and \
            _DID_THERE_RU.search(narrated) is not None:
        return True
    if language is Language.RUSSIAN and " для эт" in lowered and \
            _FOR_THIS_SUBJECT_RU.match(narrated) is not None:
        return True
    if language is Language.ENGLISH and "the remaining " in lowered:
        remaining = _REMAINING_SUM.search(narrated)
        if remaining is not None and not any(c.isdigit() for c in narrated[:remaining.start()]):
            return True
    return (demonstrative is not None and
            any(key in lowered for key in _DEMONSTRATIVE_KEYS[language]) and
            any(match.start() > 0 and not _adverb_of_its_own_clause(narrated, match.start())
                for match in demonstrative.finditer(narrated))) or \
        (act is not None and any(key in lowered for key in _PRO_ACT_KEYS.get(language, ("",)))
         and act.search(lowered) is not None)


def lacks_speaker(sentence: str, language: Language | str) -> bool:
    """True when a quotation's speaker is only a pronoun ("…," she said) or not named at all."""
    language = as_language(language)
    pattern = _PRONOUN_SPEAKER.get(language)
    # (and speech opened by a dash that names no speaker at all: «– Ең ауыры – адамдарды
    # дәрігерсіз қалдырып бара жатқаным.», round 79, kk 628, whose short summary closed on it)
    return bool(pattern is not None and pattern.search(sentence)) or \
        is_bare_quotation(sentence) or (
            language is not Language.ENGLISH and sentence[:1] in "–—" and
            _DASH_SPEECH.match(sentence) is not None and
            not _SPEECH.search(sentence) and _SPEAKER_AFTER_DASH.search(sentence) is None)


def is_bare_quotation(text: str) -> bool:
    """True when the text is all direct speech with no word saying who spoke."""
    stripped = text.strip()
    return stripped[:1] in QUOTES and _quoted_share((stripped,)) > 0.9 and \
        not _SPEECH.search(_outside_quotes(stripped))


def _from_word_start(patterns: dict[Language, str]) -> dict[Language, re.Pattern[str]]:
    """Each language's pattern compiled to match from the start of a word, in any case."""
    return {language: re.compile(rf"(?i)(?<![^\W\d_])(?:{pattern})")
            for language, pattern in patterns.items()}


def _folded(patterns: dict[Language, re.Pattern[str]]) -> dict[Language, re.Pattern[str]]:
    """Case-insensitive patterns, every letter of them in lower case, compiled to search text
    already in lower case: Python's `re` matches Cyrillic without case several times slower
    (`tells_reversal` alone took 8 % of summarizing time). Only for a yes-or-no search."""
    return {language: _fold(pattern) for language, pattern in patterns.items()}


def _fold(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """One pattern of `_folded`."""
    source = pattern.pattern.removeprefix("(?i)")
    if any(c.isupper() for c in re.sub(r"\\.", "", source)):
        raise ValueError(f"a pattern to fold has a capital letter: {source[:40]}")
    # (and tried only where a match can start: they are searched in every sentence)
    return starting_where_it_can(re.compile(source, pattern.flags & ~re.IGNORECASE))



#: What a long summary should not stop before: what happens next (plans, dates, future tense),
#: and how people reacted (who said what). Stems per language, matched at word starts.
_NEXT = {
    Language.ENGLISH: r"will|plans?|planned|planning|expects?|expected|next|intends?|scheduled|"
                      r"is due|are due|as early as|by the end of|from (?:january|february|march|"
                      r"april|may|june|july|august|september|october|november|december)|"
                      r"starting|upcoming|review",
    Language.RUSSIAN: r"будет|будут|планиру|планир|намерен|предполага|ожида|начн[её]т|начнут|"
                      r"продлится|в следующем|к концу|до конца|рассмотр|обещ|пройд[её]т|"
                      r"состоится|откроется|откроют|заверш|запуст|в дальнейшем|впредь",
    Language.KAZAKH: r"жоспар|күтіл|келесі|алдағы|болмақ|басталады|аяқталады|іске қосылады|"
                     r"қарастыр|\w+(?:мақ|мек|бақ|бек|пақ|пек)шы|\w+(?:ады|еді|йды|йді) деп "
                     r"күт|тапсырылады|ашылады",
}
_REACTION = {
    Language.ENGLISH: r"said|says|told|warned|welcomed|criticized|criticised|complained|argued|"
                      r"called|praised|opposed|reacted|according to",
    Language.RUSSIAN: r"заявил|сказал|сообщил|считает|отметил|по словам|по мнению|раскритик|"
                      r"приветств|недовол|возраж|жалу|выразил|подчеркнул|предупредил",
    Language.KAZAKH: r"деді|дейді|айтты|мәлімде|пікірінше|сөзінше|айтуынша|қолдады|қолдау|"
                     r"сынады|сынға|наразы|қуанышты|атап өтті|ескертті",
}
_NEXT_RE = _folded(_from_word_start(_NEXT))
_REACTION_RE = _from_word_start(_REACTION)


#: A report of something that just happened carries its day: "on Tuesday", "в понедельник",
#: "дүйсенбі күні", "yesterday", "кеше" (news is dated; scenes and background are not; "today"
#: is left out: "Today she can go a morning without cash" is a scene; so are "Today there are
#: nine", «Сегодня здесь работают 14 человек», «Бүгінде …»: nowadays, not a day: round 43, en 268).
KAZAKH_MONTH = (r"(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|"
                r"желтоқсан)")
_DATED = {
    Language.ENGLISH: r"(?:on|last|this|late|early|by) (?:monday|tuesday|wednesday|thursday|friday|"
                      # ("Today only a handful of firms remain": nowadays, round 53, en 328)
                      r"saturday|sunday)(?!,? (?:and )?(?:monday|tuesday|wednesday|thursday|"
                      # (nor every week: "On Thursday evenings the fire station …", round 57,
                      # en 364)
                      r"friday|saturday|sunday))(?!s\b| (?:evenings|mornings|nights|"
                      r"afternoons)\b)|"
                      # (nor "today" over a verb in the present: "Today she counts two other
                      # permanent residents …", a feature's scene, round 174's check, en 1768)
                      r"yesterday|today(?!,? there\b)(?! only\b)"
                      r"(?!,? (?:he|she|it) (?!(?:was|has|is|does)\b)[a-z]+s\b)|tonight|"
                      # (not "this week's" before a noun: "This week's number is 113.", a
                      # scene's detail taken for the news under it, round 69, en 514)
                      # (nor "this morning" over a verb in the present: "This morning he holds
                      # the frame up to the light", a feature's scene, round 70, en 520)
                      # (and "this month": "The Canadian Coast Guard confirmed this month that
                      # it will destaff the station …", round 124's check, en 1168, whose
                      # summaries were the island over the news)
                      r"this (?:week|month|morning)(?!['’]s\b)"
                      r"(?!,? (?:he|she|it) (?!(?:was|has|is|does)\b)[a-z]+s\b)|last week|"
                      # (a month's day, not a road's number: "Marcy Tillman is already on Route
                      # 19 …", round 112's check, en 1024, read as the dated news)
                      r"on (?!route |highway |road |page |line |platform |channel |floor |"
                      r"level |track |row |gate |runway |pier |chapter )\w+ \d{1,2}\b|"
                      # (and a day's part with no "on" after an event: "At a hearing Friday
                      # afternoon, the prosecutor asked …", round 83, en 680; not a scene's
                      # "on a wet Thursday morning")
                      r"(?:hearing|meeting|session|briefing|vote|until|since|before|after) "
                      r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) "
                      r"(?:morning|afternoon|evening|night)\b(?!s)|"
                      # (and a clock time with its day: "City officials issued a boil-water
                      # notice shortly before 11 p.m. Wednesday …", round 173's check, en 1756,
                      # whose short summary opened on the contamination's cause after it)
                      r"\d{1,2}(?:[:.]\d\d)? ?[ap]\.m\.,? (?:on )?(?:monday|tuesday|wednesday|"
                      r"thursday|friday|saturday|sunday)\b(?!s\b|,? (?:through|to|and)\b)|"
                      # (and a start: "From May 5, … canteens … will have to follow new rules",
                      # round 66, en 478)
                      r"(?:from|starting) (?:jan|feb|march|april|may|june|july|aug|sept?|oct|"
                      r"nov|dec)[a-z]*\.? \d{1,2}\b|"
                      # statistics are dated by their period: "in the first quarter of 2024"
                      r"in the (?:first|second|third|fourth|last) (?:quarter|half)|"
                      # (and a part of a month with a plan for it: "in late October the new
                      # bridge will open", as «в конце октября … откроется новый мост …», round
                      # 80, ru 640; not a scene's: "On a grey morning in late February, …")
                      r"(?:in (?:late|early|mid-)\s?|at the (?:end|start|beginning) of )"
                      r"(?:january|february|march|april|may|june|july|august|september|october|"
                      r"november|december)\b(?=[^.]*\b(?:will|is due to|are due to|is set to|"
                      r"are set to)\b)",
    # (not a routine: «В понедельник, среду и пятницу Виктор … просыпается …», round 55, ru 340)
    Language.RUSSIAN: r"(?:в|во) (?:понедельник|вторник|среду|четверг|пятницу|субботу|"
                      # («сегодня» before a verb in the present is "nowadays": «горчицу сегодня
                      # выпускают в десятке регионов», round 51, ru 316)
                      r"воскресенье)(?!,? (?:и )?(?:понедельник|вторник|среду|четверг|пятницу|"
                      r"субботу|воскресенье))|"
                      # (and a night: «в ночь на четверг», round 64, ru 450, whose dated lead
                      # under its dateline gave way to «Возгорание обнаружили 27 июня …»)
                      r"в ночь на (?:понедельник|вторник|среду|четверг|пятницу|субботу|"
                      r"воскресенье)|"
                      # (and since a day: «…переправа … со вторника закрыта на неопределенный
                      # срок», round 69, ru 512, whose lead under its dateline gave way to a
                      # dated plan further down, «…планировалось завершить только 5 октября»)
                      r"(?:с|со) (?:понедельника|вторника|среды|четверга|пятницы|субботы|"
                      r"воскресенья)\b|"
                      # (nor before what one has now: «Сегодня у нее 9 фирменных магазинов …»,
                      # round 79, ru 634, a bakery's growth read as the news)
                      # (nor after an aside, «…пришёл на ГРЭС в 1979 г. …, а сегодня, в 57,
                      # ведёт смену …», round 113, ru 1042, whose summaries were the scene)
                      # (nor what a place told before holds now: «Сегодня в нём около 600
                      # жителей …», round 158's check, ru 1582, whose summaries were the
                      # village's history over the court's ruling)
                      # (and a part of a month with what was done in it: «…управление … в конце
                      # января утвердило план …», round 194, judged ru 2014, short a point
                      # below lead, whose summaries were the observer's morning)
                      r"в (?:начале|середине|конце) (?:января|февраля|марта|апреля|мая|июня|"
                      r"июля|августа|сентября|октября|ноября|декабря) (?:[а-яё]+ )?"
                      r"[а-яё]+(?:ило|ало|яло|ела|ила|ала|яла|ели|или|али|яли)\b|"
                      r"вчера|сегодня(?! здесь| там| у | это | в нём| в нем| в ней| в них| на "
                      r"нём| на нем| на ней)(?!(?:,[^,.!?]{1,20},)? [а-яё]+"
                      r"(?:ют|ут|ет|ёт|ит|ат|ят)\b)|накануне|на (?:этой|прошлой) неделе|"
                      # (not the date a count was taken, «По данным …, на 1 июня … было открыто
                      # около 4 700 вакансий», «по состоянию на 1 июня»: round 69, ru 509, whose
                      # count under a dateline was taken for the news; a date set for later is,
                      # «…первый концерт назначен на 14 сентября», round 10, ru 64)
                      r"(?<!, на )(?<!^на )(?<!состоянию на )(?<!\d)\d{1,2} "
                      r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|"
                      r"ноября|декабря)|"
                      # (and a day in words: «Первого сентября ключ ей больше не понадобился.»,
                      # round 117's check, ru 1084, whose summaries were the key's keeper)
                      r"(?<!на )(?:перв|втор|треть|четверт|четвёрт|пят|шест|седьм|восьм|девят|"
                      r"десят)ого (?:января|февраля|марта|апреля|мая|июня|июля|августа|"
                      r"сентября|октября|ноября|декабря)|"
                      r"в (?:первом|втором|третьем|четвертом|четвёртом) квартале|"

                      r"в (?:первом|втором) полугодии|"
                      # (and by its results: "по итогам первого полугодия", "за девять месяцев",
                      # "с января по сентябрь": round 53, ru 329; round 51, ru 317)
                      r"по итогам (?:первого|второго|третьего|четвертого|четвёртого) "
                      r"(?:полугодия|квартала)|за (?:первое|второе) полугодие|"
                      r"за (?:три|шесть|девять) месяцев|"
                      r"с января по (?:март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь)|"
                      r"(?:за|в) январ[ьея]\s?[–-]\s?[а-я]+|"
                      r"в (?:конце|начале|середине) (?:января|февраля|марта|апреля|мая|июня|июля|"
                      r"августа|сентября|октября|ноября|декабря)(?! (?:прошлого|позапрошлого) "
                      r"года| \d)(?=[^.]*(?<![^\W\d_])(?:откро|начн|закро|запуст|заверш|будет|"
                      r"будут|станет|станут|планиру)[а-яё]*)|"
                      # (and a month, with no year, when a body decided in it: «В августе
                      # правление … кооператива … решило продать оставшиеся 1 140 овец …», round
                      # 125's check, ru 1180, whose summaries were the shepherd's morning)
                      r"в (?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|"
                      r"ноябре|декабре)(?! \d)(?=[^.]*(?<![^\W\d_])(?:решил|постановил|"
                      r"принял\w* решение|утвердил|объявил)[а-яё]*)",
    # ("кеше" as a word: "кешенінің" is of a complex, round 47, kk 292)
    # (and "on Friday" in the locative: «…АҚ өткен жұмада … жариялады», round 78, kk 622)
    Language.KAZAKH: r"дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма күні|жұмада|сенбі|жексенбі|"
                     # (not today's state told in the present continuous: «Бөлімде бүгін тек
                     # бір ана жатыр.», round 114's check, kk 1048, a scene over the closure)
                     r"кеше(?:гі)?(?![^\W\d_])|бүгін(?!де)(?![^.!?]{0,60}\s(?:жатыр|тұр|отыр|"
                     r"жүр)\.)|"
                     r"(?:осы|өткен) аптада|"
                     # (not a state since a day: «…аспалы жолдардың 8 тамыздан бері
                     # тоқтатылғанын …», round 113, kk 1043, told as the short summary's turn)
                     rf"\d{{1,2}} {KAZAKH_MONTH}(?!(?:тан|тен|дан|ден|нан|нен) бері)|"
                     # a period in the locative ("үшінші тоқсанда", "шілде–қыркүйек айларында"),
                     # not one compared with ("екінші тоқсанмен салыстырғанда": round 47, kk 293)
                     r"(?:бірінші|екінші|үшінші|төртінші) тоқсан(?:да|ында|дағы|ындағы)?(?![\w])|"
                     r"(?:бірінші|екінші) жарты ж|"
                     # a start to come: "қыркүйектен бастап" (from September; round 48, kk 298)
                     rf"{KAZAKH_MONTH}(?:тан|тен|дан|ден|нан|нен) бастап|"
                     # (of a year: "шілде-тамыз айларында" alone recurs, "соңғы бес жылда …")
                     rf"\d{{4}} жылдың {KAZAKH_MONTH}\s?[–-]\s?{KAZAKH_MONTH} айларында|"
                     rf"(?<!\d{{4}} жылғы )(?<!\d{{4}} жылдың ){KAZAKH_MONTH} айының (?:соңында|"
                     r"басында|ортасында)(?=[^.]*(?:ашылады|басталады|жабылады|аяқталады|"
                     r"жоспарлан))",
}
_DATED_RE = _from_word_start(_DATED)
_DATED_FOLDED = _folded(_DATED_RE)


def is_news_report(text: str, language: Language | str) -> bool:
    """True when a passage reports a dated event ("on Tuesday", "в понедельник", "кеше")."""
    pattern = _DATED_FOLDED.get(as_language(language))
    return bool(pattern and pattern.search(_outside_quotes(text).lower()))


def names_nobody(sentence: str, language: Language | str) -> bool:
    """True when a sentence names no one and nothing: past its first word and its date, no word
    opens with a capital («В ночь на 2 июня спина наконец показалась не одна.»)."""
    pattern = _DATED_RE.get(as_language(language))
    plain = pattern.sub(" ", sentence) if pattern else sentence
    return not any(word[:1].isupper() for word in plain.split()[1:])


#: A date of last year: a memory, not the day of the news ("…помнит, как выглядело утро 12
#: июня прошлого года", round 58, ru 382; "on June 12 last year").
_LAST_YEAR = re.compile(r"\s*(?:прошлого|позапрошлого) года\b|,?\s*last year\b|"
                        r"\s*(?:өткен|былтырғы)\b", re.IGNORECASE)


def dated_only_long_ago(text: str, language: Language | str, latest: int) -> bool:
    """True when every date the passage reports by names its year, one at least
    `_LONG_AGO_YEARS` before `latest` (the latest year the article names): «Последняя запись в
    вахтенном журнале … сделана 30 сентября 1975 г. …» over a reopening in July (round 136, ru
    1318, whose short summary was the keeper's last log entry)."""
    pattern = _DATED_RE.get(as_language(language))
    plain = _outside_quotes(text)
    found = list(pattern.finditer(plain)) if pattern else []
    years = [_YEAR_AFTER.match(plain, match.end()) for match in found]
    return bool(found) and all(year is not None and int(year.group(1)) <= latest - _LONG_AGO_YEARS
                               for year in years)


#: A year right after a date ("30 сентября 1975 г.", "March 3, 1975"), and how long before the
#: article's latest year a date must be to be history (`dated_only_long_ago`).
_YEAR_AFTER = re.compile(r",?\s+((?:1[5-9]|20)\d\d)(?!\d)")
_LONG_AGO_YEARS = 20
#: Any year from 1500 to 2099 (the latest one an article names: `dated_only_long_ago`).
YEAR = re.compile(r"(?<!\d)((?:1[5-9]|20)\d\d)(?!\d)")


def dated_only_last_year(text: str, language: Language | str) -> bool:
    """True when every date the passage reports by is one of last year (see `_LAST_YEAR`)."""
    pattern = _DATED_RE.get(as_language(language))
    plain = _outside_quotes(text)
    found = list(pattern.finditer(plain)) if pattern else []
    return bool(found) and all(_LAST_YEAR.match(plain, match.end()) for match in found)


#: An English report in the present perfect ("…a new crayfish has been formally described as a
#: new species…", "Police have arrested…"): the news, dated or not.
_PERFECT_NEWS = {Language.ENGLISH: re.compile(r"\b(?:has|have) (?:been )?(?:\w+ly )?(?!been\b)"
                                               # (an irregular one too: "Researchers … have
                                               # found that …", round 50, en 313)
                                               r"(?:\w+(?:ed|en)|found|shown|made|won|built|"
                                               r"sold|held|led|kept|lost|paid|sent|spent|told|"
                                               r"brought|bought|caught|begun|struck|set|cut|"
                                               r"put|hit|shut|split|run)\b")}
_LASTING = re.compile(r"(?i)\b(?:since|for (?:years|decades|generations|centuries|"
                      r"\d+ years|the (?:last|past) (?:[\w-]+ )?(?:years|decades|months)))\b")


def reports_in_perfect(text: str, language: Language | str) -> bool:
    """True when an English sentence reports in the present perfect, not of a state that lasts
    ("Farmers have pumped groundwater without any limit since 1990" is background)."""
    pattern = _PERFECT_NEWS.get(as_language(language))
    # (a span may open the sentence too, up to its first comma: "On every second Saturday
    # morning for the last six years, Bríd Conneely has taken …", round 65, en 466; not one
    # inside the subject, "…a frog … that farmers had known for generations … has been
    # described", judged en 169)
    return pattern is not None and any(
        _LASTING.search(re.split(r"[,.;:]", text[match.start():], maxsplit=1)[0]) is None and
        _LASTING.search(re.split(r"[,.;:]", text[:match.start()], maxsplit=1)[0]) is None
        for match in pattern.finditer(text))


def tells_what_next(text: str, language: Language | str) -> bool:
    """True when a passage says what happens next: a plan, a deadline, a future step (in the
    narration: "maybe he will come back" inside a quotation is a wish, not a plan)."""
    pattern = _NEXT_RE.get(as_language(language))
    return bool(pattern and pattern.search(_outside_quotes(text).lower()))


#: Words that tell the toll of an incident: who died, was hurt or was evacuated.
_TOLL = {
    # (and who was buried or trapped: «Под снегом оказались двое лыжников.», round 84, ru 690,
    # whose short summary told the hour of the slide in its place)
    Language.ENGLISH: r"killed|died|dead|injured|hurt|wounded|evacuated|hospitali[sz]ed|"
                      r"no (?:one|casualties)|nobody was|buried|trapped",
    Language.RUSSIAN: r"погиб|пострадав|пострадал|ранен|травмир|госпитализ|эвакуир|жертв|"
                      r"(?:оказал|остал)\w* под (?:снегом|завал|обломк)|"
                      r"под (?:снегом|завалами|обломками) (?:оказал|остал)\w*|"
                      # (and who was dug out, so buried: «Еще двух участников … откопали
                      # товарищи …», round 91, ru 780, whose short summary told the group's
                      # make-up in its place)
                      r"откопа|"
                      # (and who got hurt, told by the injuries: «Все люди сняты с судна, трое
                      # пассажиров получили лёгкие травмы.», round 208, ru 2175, short 1.5 below
                      # lead as judged, whose short summary told the trips suspended in its
                      # place)
                      r"травм|сняты с (?:судна|борта|теплохода|парома)",
    # (the verb's converb too, and who is missing: «Бір адам қаза тауып, тағы екеуі із-түзсіз
    # жоғалды», round 91, kk 774, whose short summary told when the rain began in its place)
    # (and homes flooded: «…ауылдарында 640 үйді су басты.», round 158, kk 1576, whose short
    # summary told an update on money in its place)
    # (not the places "that suffered", named as known: «…зардап шеккен ауылдарды қалпына
    # келтіруге … бөлетінін хабарлады.», the same article's update)
    Language.KAZAKH: r"қаза (?:тап|тау)|қайтыс бол|жарақат|ауруханаға жеткіз|эвакуац|"
                     r"зардап шек(?!кен (?:ауыл|аудан|өңір|елді|үй|аймақ|отбасы|тұрғын|шаруа))|"
                     r"көшіріл|(?:қар|үйінді) астында қал|із-түзсіз|хабар-ошарсыз|қазып ал|"
                     r"(?:үйді|үйлерді|үйін|ауылды|ауылдарды) су (?:басты|басып)|"
                     r"су астында қал",
}
_TOLL_RE = _from_word_start(_TOLL)


def tells_toll(text: str, language: Language | str) -> bool:
    """True when a passage tells an incident's toll ("214 miners were evacuated, none hurt")."""
    pattern = _TOLL_RE.get(as_language(language))
    return bool(pattern and pattern.search(_outside_quotes(text)))


#: Who died: "killing the driver", "two people were killed", «погибли двое», «екі адам қаза
#: тапты» (in any of the three languages: a quotation may be in another).
_DEATH = (r"\b(?:kill(?:ing|ed|s)|died|dead)\b|(?<![^\W\d_])(?:погиб|скончал|қаза (?:тап|тау)|"
          r"қайтыс бол)")
_DEATH_RE = {True: re.compile(_DEATH, re.IGNORECASE), False: re.compile(_DEATH)}


def tells_death(text: str, any_case: bool = True) -> bool:
    """True when a passage tells that someone died (a narrower `tells_toll`); `any_case`: also
    a word in capitals or opening the sentence («Погибла …»)."""
    return _DEATH_RE[any_case].search(text) is not None


def tells_reaction(text: str, language: Language | str) -> bool:
    """True when a passage reports what somebody said or how they reacted."""
    pattern = _REACTION_RE.get(as_language(language))
    return bool(pattern and pattern.search(text))


#: A decision taken back or put off: the second development of a story ("Hours after the vote,
#: the government partly reversed itself", «…депутаты отложили …», «…бас тартты»).
_REVERSAL = {
    # (and "backed away from part of the plan", "scaled back": round 68, en 500)
    Language.ENGLISH: re.compile(r"(?i)\b(?:revers(?:ed|es|al|ing)|u-turn|backtrack\w*|backed down|"
                                 r"backed away from|walked back|scaled back|rowed back|"
                                 r"climb(?:ed)? down|changed course|scrapped|shelved|"
                                 # (and "an order suspending the revocation": round 79, en
                                 # 632, whose short summary told the revocation alone)
                                 r"postponed|put off|pushed back|"
                                 # (not a vehicle on its side: "…one of the overturned tank
                                 # wagons", round 196, en 2031, whose short summary told the
                                 # leak as the story's turn and cut the evacuation for it)
                                 r"(?<!the )(?<!an )(?<!a )overturned(?! (?:tank |goods |"
                                 r"freight |passenger )?(?:wagons?|cars?|trucks?|lorr(?:y|ies)|"
                                 r"boats?|vessels?|buses|bus|tankers?|vehicles?|carriages?|"
                                 r"trains?|canoes?|trailers?|coaches?)\b)|suspended|"
                                 r"suspending|"
                                 # (and a veto: "…County Executive Diane Marchetti vetoed the
                                 # resolution, …", round 151, en 1502)
                                 r"vetoed|"
                                 # (and a date pushed back with what between: "…Ashgrove said
                                 # it would push the closure back by six months, …", round 150,
                                 # en 1484, whose summaries told the first date alone)
                                 r"push(?:ed|es|ing)? (?:the|its|their) (?:[\w-]+ ){1,2}back "
                                 r"(?:by|to|until)\b|"
                                 # (and a deal its payer will not fund: "…the Ministry of
                                 # Finance said it would not fund the agreement.", round 150,
                                 # en 1490, whose summaries never told it)
                                 r"(?:would|will|could) not (?:fund|implement|honou?r|pay for) "
                                 r"(?:the|its|their) (?:pay |wage )?(?:agreement|deal|"
                                 r"settlement|package)|"
                                 # (and the noun: "…the Ministry of Mines ordered the suspension
                                 # of all underground operations …", round 147's check, en 1448)
                                 r"(?:ordered|announced|imposed) (?:the |an? )?(?:immediate |"
                                 r"temporary )?suspension|"
                                 # (and "…the new hours would be "deferred" while it
                                 # consulted …", round 113, en 1046, whose summaries never
                                 # told it)
                                 r"deferred|"
                                 # (and a rule changed or softened after protests: "On
                                 # Thursday, however, …, the ministry announced changes to the
                                 # order", "…forced to soften it", round 113, en 1040, whose
                                 # summaries told the quota as it first stood)
                                 r"(?:announced|made|unveiled) changes to (?:the|its) (?:order|"
                                 r"plan|rules?|decision|quota|ban|policy|scheme)|"
                                 r"(?:forced|agreed|decided) to soften|"
                                 # (and a court's halt: "…issued a 20-day temporary restraining
                                 # order barring the transfer …", round 81, en 656)
                                 r"restraining order|injunction|"
                                 # (and a party voting down the deal it signed: "…voted to
                                 # reject the memorandum its own general secretary had signed
                                 # the day before.", round 166, en 1676, whose summaries told
                                 # the teaser and never the rejection)
                                 # (and a body voting to put its own step on hold: "…the
                                 # council voted to suspend the increase for three months.",
                                 # round 179's check, en 1832, whose short summary never
                                 # told the fare rise put on hold)
                                 r"(?:voted|decided|agreed) to (?:suspend|freeze|halt|scrap|"
                                 r"shelve|postpone|cancel|reverse|withdraw) (?:the|its|their) "
                                 r"(?:[\w-]+ ){0,2}(?:increase|rise|hike|plan|decision|order|"
                                 r"ban|rule|tariff|fares?|charges?|fees?|project|scheme)\b|"
                                 r"(?:voted|decided) to reject (?:the|its) (?:[\w-]+ ){0,2}"
                                 r"(?:memorandum|agreement|deal|accord|settlement)\b|"
                                 # (and a higher court staying a ruling: "…issued temporary
                                 # orders staying the magistrate's decision until the appeal
                                 # is heard …", round 164, en 1658, whose summaries told the
                                 # nullification alone)
                                 r"(?:stay(?:ed|ing|s)?|suspend(?:ed|ing|s)?) (?:the |its |his "
                                 r"|her |their |a |that )(?:[\w'’-]+ ){0,3}(?:decision|"
                                 r"judgm?ent|ruling|order|verdict|nullification|sentence)\b|"
                                 # (and a plea deal or a result set aside, a plea withdrawn,
                                 # charges reinstated: "…asked the judge to set the plea
                                 # agreement aside …", round 83, en 680, whose short summary
                                 # told the deal and not its collapse)
                                 r"set (?:the |his |her |their |a )?(?:\w+ ){0,2}aside|"
                                 r"withdraw (?:his|her|their) (?:guilty )?plea|reinstated|"
                                 r"called off|annulled|quashed|"
                                 # (and a deal that since fell apart: "A deal reached three
                                 # days later to return the boats has since collapsed, …",
                                 # round 170's check, en 1724, whose short summary told the
                                 # pledge's delay and not the collapse)
                                 r"(?:deal|agreement|accord|settlement|compromise|pact)\b"
                                 r"[^.!?]{0,60}\b(?:has|have) since (?:collapsed|"
                                 r"fallen apart|fallen through|broken down)\b|"
                                 # (or began to come undone: "In the south, the agreement
                                 # began to unravel within hours.", round 178, en 1826, whose
                                 # short summary told the deal and never the drivers who
                                 # rejected it)
                                 r"(?:deal|agreement|accord|truce|pact|settlement)\b"
                                 r"(?: [\w-]+){0,4} (?:began|started) to unravel\b|"
                                 # (and a buyer walking away: "…its board had "resolved not to
                                 # proceed" with the acquisition", "…said it was withdrawing
                                 # from the agreement …", round 99's check, en 872 and en 878)
                                 # (the quote closed before "with" too: en 872 itself)
                                 r"not to proceed[\"”’']? with|(?:will|would) not proceed with|"
                                 # (and from the project: "…confirmed that it had withdrawn
                                 # from the project.", round 150's check of judged en 638)
                                 r"withdr[a-z]+ from the (?:agreement|deal|purchase|sale|"
                                 r"acquisition|merger|contract|project|scheme)|"
                                 r"pull(?:ed|s|ing)? out of the "
                                 # (and of the financing: "On Friday, however, Norvik said it
                                 # was pulling out of the financing.", round 139's check, en
                                 # 1352, whose long summary never told it)
                                 r"(?:deal|purchase|sale|acquisition|agreement|financing|"
                                 r"funding)|"
                                 # (or ended it: "…Volta Crest Resources, the … company that
                                 # agreed in June to buy its 90% stake …, had terminated the
                                 # deal.", round 118's check, en 1100, whose long summary told
                                 # the buyer's deposit and not the collapse)
                                 r"(?:terminated|cancell?ed|tore up|scrapped) the (?:deal|sale|"
                                 r"purchase|acquisition|agreement|merger)\b|"
                                 # (or a backer its pledge: "…wrote to the council withdrawing
                                 # its £30m pledge", round 101, en 896; not a lender its offer,
                                 # judged en 806, whose long summary lost its job cuts to it,
                                 # blind pairwise 0-2)
                                 r"withdr[a-z]+ (?:its|their|his|her|the) (?:[£$€]?[\d.,]+m? )?"
                                 r"(?:pledge|bid|donation|funding|grant|support)\b|"
                                 r"(?:froze|frozen) (?:the |its |their )?(?:assets|accounts|"
                                 r"sale|deal|transfer)|"
                                 # (and "…interim orders barring the two banks from
                                 # completing the transaction …", round 93, en 800)
                                 r"(?:barring|blocking|preventing|stopping) (?:the |its |"
                                 r"their )?(?:[\w'-]+ ){0,3}from (?:completing|closing|"
                                 r"finali[sz]ing|proceeding with|going ahead)|"
                                 r"(?:barring|blocking|halting|halted|blocked) the "
                                 r"(?:sale|transfer|deal|merger|takeover|plan|project|"
                                 r"contract)|"
                                 # (and a judge who agreed to block the step: "On Wednesday
                                 # afternoon, Judge Ellen Marsh agreed to block the freeze.",
                                 # judged en 956, whose short summary never told it; not a
                                 # party asking a judge "to block it")
                                 r"(?:(?:agreed|voted|moved|decided) to block|blocked) the "
                                 r"(?:[\w-]+ ){0,2}(?:freeze|ordinance|closure|cuts?|ban|rules?|"
                                 r"increase|decision|order|policy|moratorium))\b"),
    # (and a plan dropped: «…пост в Верхнем Спасе закрывать не будут», judged ru 362)
    # (and a deal that fell through or was terminated: «Однако уже вечером четверга сделка
    # сорвалась.», «…сообщила, что расторгает соглашение …», «…решение отказаться от сделки»,
    # round 96, ru 836, round 92, ru 788, whose summaries never told the buyer walked away)
    # (not food refused: «…самец черного лебедя … отказался от корма …», round 175's check,
    # ru 1782, whose short summary told it as the story's turn)
    Language.RUSSIAN: re.compile(r"(?i)(?:передумал\w*|"
                                 # (and a complaint upheld or an order to annul: «…комиссия
                                 # Удмуртского управления ФАС России признала обоснованной
                                 # жалобу …», «…выдано предписание аннулировать итоги
                                 # аукциона …», round 189's check, ru 1958, whose short summary
                                 # closed on the teaser before it)
                                 r"признал\w* обоснованн\w+ жалоб\w*|"
                                 r"предписани\w* (?:\w+ )?аннулировать|предписал\w* аннулировать|"
                                 r"отказал\w* от(?! (?:корма|еды|пищи|воды|питья|завтрака|обеда|"
                                 r"ужина|лекарств))|"
                                 r"отказаться от (?:сделки|покупки|продажи|слияния|планов?|"
                                 r"проекта|решения)|"
                                 r"(?:сделка|соглашение|договор) сорвал\w*|"
                                 # (and an agreement that fell apart: «Однако уже в пятницу
                                 # договорённость развалилась.», round 109, ru 998, whose
                                 # summaries told the sponsor's offer and not its collapse)
                                 r"(?:сделка|соглашение|договор[её]нност\w*) (?:развалил|"
                                 r"рухнул)\w*|"
                                 r"расторг\w* (?:соглашени|договор|контракт|сделк)\w*|"
                                 # (and a party that leaves it: «24 сентября «Сибирский
                                 # каравай» сообщил, что выходит из соглашения.», round 176's
                                 # check, ru 1802)
                                 r"(?:выход|выш|выйд|вышл)\w* из (?:соглашени|договор[её]нност|"
                                 r"меморандум|сделк)\w*|"
                                 # (and a notice of it: «…направила в администрацию Костромы
                                 # официальное уведомление о расторжении соглашения …», judged
                                 # ru 1358, whose short summary never told the deal's end)
                                 r"(?:уведомлени|решени|заявлени|извещени)\w* о (?:досрочном |"
                                 r"одностороннем )?расторжении (?:соглашени|договор|контракт|"
                                 r"сделк)\w*|"
                                 # (and one told terminated by the noun: «…«ДалаТрансВагон»
                                 # уведомил партнёра о расторжении соглашения …», round 143,
                                 # judged ru 1400, whose summaries told «Поначалу так и
                                 # выглядело …» and never the collapse; not a demand for it)
                                 r"(?:уведоми|объяви|сообщи|заяви|реши)\w*(?: \S+){0,3} о "
                                 r"расторжении (?:\S+ )?(?:соглашени|договор|контракт|сделк)\w*|"
                                 # (and an offer withdrawn: «Nordlinja сообщила через биржу,
                                 # что отзывает добровольное предложение …», round 124's check,
                                 # ru 1178, whose summaries told only what the withdrawal costs)
                                 r"(?:отзывает|отозвал\w*) (?:\w+ ){0,2}(?:предложени|оферт|"
                                 r"заявк)\w*|"
                                 # (and a signature withdrawn: «…направил в администрацию
                                 # письмо, в котором отозвал свою подпись под протоколом.»,
                                 # round 161, ru 1616, whose long summary told the teaser
                                 # «Договорённость … продержалась меньше суток.» and never that)
                                 r"(?:отзывает|отозвал\w*) (?:сво\w+ )?подпис\w*|"
                                 # (and a consent or a permit taken back, and a body's own
                                 # decision undone in the present: «…ФАС сообщила, что
                                 # отменяет собственное решение, принятое накануне.», round
                                 # 177's check, ru 1814, whose summaries never told it)
                                 # (a consent, not a permit, which is what courts rule on:
                                 # «…администрация отозвала разрешение.» under the ruling
                                 # against it, judged ru 1007)
                                 r"(?:отзывает|отзывают|отозвал\w*) (?:сво\w+ |ранее \w+ )?"
                                 r"(?:согласи|одобрени)\w*|"
                                 r"отменя(?:ет|ют) (?:сво\w+|собственн\w+) решени\w*|"
                                 # (and a licence taken away: «Однако около 18:00 Банк России
                                 # объявил об отзыве лицензии у «Симбирского кредита» …», round
                                 # 146's check, ru 1436, whose summaries never told why the
                                 # stadium's new name was dropped)
                                 # (not a suit for one: «Иск об аннулировании лицензии …»)
                                 r"(?:отозвал\w*|аннулировал\w*) (?:\w+ )?лицензи\w*|"
                                 r"(?:объявил\w*|сообщил\w*|решени\w*|приказ\w*) об? (?:отзыве|"
                                 r"аннулировании) (?:\w+ )?лицензи\w*|"
                                 r"лишил\w* (?:\w+ ){0,2}лицензи\w*|"
                                 # (and a right or a licence ended early: «25 марта министерство
                                 # подписало приказ о досрочном прекращении права пользования
                                 # недрами.», round 182, ru 1874, whose short summary told the
                                 # lead's teaser and never the revocation)
                                 r"досрочно\w* прекра\w+|"
                                 r"отменил\w*|отложил\w*|"
                                 # (and a higher court that changed the ruling below it: «Во
                                 # вторник, 7 июня, Одиннадцатый арбитражный апелляционный суд
                                 # изменил решение первой инстанции.», round 206's check, ru
                                 # 2156, whose summaries never told the award cut fourfold)
                                 r"изменил\w* решение (?:первой инстанции|районного суда|"
                                 r"арбитражного суда|суда первой инстанции)|"
                                 # (and a building taken under protection, which halts the
                                 # demolition a court allowed: «Но уже в 18:00 на сайте
                                 # областного комитета по охране … появился приказ о включении
                                 # дома Зырянова в перечень выявленных объектов культурного
                                 # наследия.», round 199's check, ru 2072, whose summaries told
                                 # the teaser before it and never the order)
                                 r"(?:приказ|решени|распоряжени)\w* о включении [^.!?]{0,80}"
                                 r"в (?:перечень|реестр|список) [^.!?]{0,30}объект\w* "
                                 r"культурного наследия|"
                                 # (and told by the verb: «Инспекция … сообщила, что включила
                                 # дом Зотова в перечень выявленных объектов культурного
                                 # наследия.», round 201's check, ru 2102; a building's, which
                                 # it saves from the demolition: not a cave's, «…включило пещеру
                                 # в перечень …» after the age of its drawings, judged ru 262)
                                 r"включил\w* (?:\w+ ){0,2}(?:дом|здани|особняк|усадьб|"
                                 r"постройк|строени)\w* [^.!?]{0,60}в (?:перечень|реестр|"
                                 r"список) [^.!?]{0,30}объект\w* культурного наследия|"
                                 r"(?:взял\w*|взят\w*|поставил\w*) (?:\w+ ){0,2}под "
                                 r"(?:государственную )?охрану|"
                                 # (and an order or a decision withdrawn by whoever gave it:
                                 # «Вечером в пятницу, 6 марта, комитет по здравоохранению
                                 # отозвал приказ.», round 190's check, ru 1970, whose short
                                 # summary told the closure alone)
                                 r"отозвал\w* (?:сво\w+ |этот |это |сам\w+ )?(?:приказ|"
                                 r"решени|постановлени|распоряжени|предписани)\w*|"
                                 # (and plans that had to be called off, and an order not to
                                 # start: «Однако в пятницу эти планы пришлось отменить.
                                 # Региональное управление Ростехнадзора выдало оператору
                                 # предписание не запускать ни одну из установок …», round 153,
                                 # judged ru 1520, whose long summary told the restart plan and
                                 # never the ban)
                                 r"пришлось (?:\w+ )?(?:отменить|отложить|свернуть)|"
                                 # (and a signature disowned by the side that gave it: «…
                                 # министерство … распространило заявление, в котором говорится,
                                 # что Батбаяр «не был уполномочен» подписывать соглашение …»,
                                 # round 155's check, ru 1550, whose summaries told the teaser
                                 # and never the statement)
                                 r"не был\w* уполномоч\w*|превысил\w* (?:сво\w+ )?полномочи\w*|"
                                 # (and a payer that will not fund it: «…правительство региона
                                 # не готово софинансировать линию в утверждённом думой виде»,
                                 # round 156's check, ru 1562, whose long summary told the teaser
                                 # «…голосование в думе не стало последним словом …» alone)
                                 r"не (?:готов\w*|будет|будут|намерен\w*|станет|станут) "
                                 r"(?:со)?финансировать|"
                                 # (and a deal walked out of with the words the other way round:
                                 # «Вслед за этим от сделки отказался и сам «Маныч-Агро».», round
                                 # 156's check, ru 1556, whose summaries never told the deal's
                                 # collapse; not a body that "refused to approve" it, «…водное
                                 # управление отказалось согласовать переброску.»: told alone in
                                 # ru 1556's short summary, a point below lead, and in judged ru
                                 # 1406's, which lost 0-2 pairwise, it named no deal)
                                 r"от (?:сделки|соглашения|покупки|продажи|проекта|договора|"
                                 r"планов?) (?:\w+ ){0,2}?отказал\w*|"
                                 r"(?:предписани|требовани|приказ|решени)\w* не (?:запускать|"
                                 r"возобновлять|эксплуатировать|открывать)|"
                                 r"(?:закрывать|сокращать|сносить|ликвидировать|продавать) не "
                                 r"будут|не будут (?:закрывать|сокращать|сносить|ликвидировать|"
                                 r"продавать)|"
                                 # (a halt told as done, not the noun of one to be heard:
                                 # «Рассмотрение дела об административном приостановлении
                                 # деятельности … назначено на 31 октября», round 105, ru 950,
                                 # which took the short summary's second place as the turn)
                                 r"отсрочил\w*|пересмотрел\w*|приостановил\w*|"
                                 # (and a halt told in the present: «…«СтепьИнвест» сообщила,
                                 # что приостанавливает перечисление своих 9,5 млн руб. …», round
                                 # 147, judged ru 1454, whose short summary never told it)
                                 r"приостанавлива(?:ет|ют|ем)\b|"
                                 r"приостановлен[аоы]?\b|"
                                 # (and a court's penalty of a halt: «…районный суд в тот же день
                                 # назначил компании административное наказание в виде
                                 # приостановления работы подземного рудника на 90 суток.», round
                                 # 147's check, ru 1448, whose short summary never told it)
                                 # (the company named in quotation marks between: «…назначил
                                 # «Даурзолоту» административное приостановление …», round 174,
                                 # ru 1778)
                                 r"назначил\w*\s+(?:[\w«»\"„“”-]+\s+){0,6}?приостановлени\w*|"
                                 # (and an act signed that halts or cancels: «…глава
                                 # администрации … подписал постановление о приостановлении
                                 # решения своего заместителя.», round 209, ru 2198, whose
                                 # summaries never told the halt)
                                 r"подписал\w* (?:постановлени|распоряжени|приказ|указ)\w* "
                                 r"об? (?:приостановлени|отмен)\w*|"
                                 # (and a work ban: «…наложило на цех временный запрет
                                 # деятельности …», ru 950)
                                 r"запрет\w* деятельности|"
                                 # (and a court's ban: «…Арбитражный суд … запретил регистрировать
                                 # переход права собственности …», round 81, ru 656)
                                 r"запретил\w* (?:регистрир\w*|регистрацию|продажу|сделку|"
                                 r"пуск|запуск|переход|отчужд\w*|исполн\w*)|наложил\w* арест|"
                                 r"обеспечительн\w+ мер\w*|заморозил\w*|"
                                 r"дал\w* задний ход|отыграл\w* назад|"
                                 # (and moved to a later date: «…перенесла начало коммерческой
                                 # эксплуатации с 1 июня на 1 сентября», round 65, ru 470)
                                 # (not one that may come: «…допустил, что может перенести
                                 # срок оплаты на 15 июня …», round 147, judged ru 1454, which
                                 # took it for the story's latest turn)
                                 r"перен[её]с(?!ти\b)\w*(?:\s+\S+){0,6}?\s+на\s+\d|"
                                 r"перенос\w*(?:\s+\S+){0,6}?\s+на\s+\d)"),
    # (also put off by a span: «…мерзімі бір айға шегерілді», round 60, kk 410)
    # (not a vehicle stopped: «…инспекторлар кешке қарай көлікті тоқтатқан», judged kk 272)
    Language.KAZAKH: re.compile(r"(?i)(?:бас тарт\w*|кейінге (?:қалдыр|шегер)\w*|"
                                # (and a party that leaves a deal: «…меморандумнан
                                # шығатынын хабарлады», round 176's check, kk 1802, whose short
                                # summary told the chain's shops in place of it)
                                r"(?:меморандум|келісім|келісімшарт)(?:нан|тан|дан|нен|тен|ден) "
                                r"шы[ғқ]\w*|"
                                # (nor a stop a rule asks for: «…турбиналар … екі сағаттан
                                # тоқтатылуға тиіс», round 76, kk 594, taken for the plan's halt)
                                # (nor one that never stopped: «Одан бері оркестр жексенбі
                                # сайынғы кездесуді тоқтатпаған.», round 181, kk 1858, taken
                                # for the story's turn)
                                r"(?<!көлікті )(?<!машинаны )(?<!автокөлікті )тоқтат"
                                r"(?!ылуға тиіс|ылуы тиіс|ылуы керек|уға тиіс|уы тиіс|уы керек|"
                                r"па|ылма)"
                                r"\w*|"
                                # (a review done, not one to come: «…шектеу 2013 жылғы
                                # қаңтарда … қайта қаралады.», round 161, kk 1620, whose short
                                # summary told it as the turn in place of the truck ban)
                                r"тоқтата тұр\w*|күшін жой\w*|"
                                # (and an appeal or a protest granted: «…апелляциялық сот алқасы
                                # компанияның шағымын ішінара қанағаттандырды.», round 184's
                                # check, kk 1898, whose short summary told the first ruling
                                # alone and never the sum cut on appeal)
                                r"(?:шағым|наразылығ)\w* (?:ішінара |толық |толықтай )?"
                                r"қанағаттандыр(?:ды|ып)\b|"
                                # (and a ruling changed on appeal: «…апелляциялық алқасы бірінші
                                # сатыдағы шешімді өзгертіп, өндірілетін соманы 412 млн теңгеге
                                # дейін азайтты.», round 185's check, kk 1910)
                                r"шешім\w* (?:ішінара )?өзгерт(?:іп|ті)\b|"
                                # (or overturned: «…сот алқасы наурыздағы шешімді бұзып, жаңа
                                # шешім шығарды.», judged kk 1274, whose short summary told the
                                # first ruling as the turn)
                                r"(?:шешім|қаулы|үкім)\w* (?:толық |толығымен )?бұз(?:ып|ды)\b|"
                                # (and a vote or a decision to annul: «Депутаттар … 10
                                # ақпандағы шешімнің күшін жоюға бірауыздан дауыс берді.», round
                                # 183's check, kk 1886, whose short summary told the protest
                                # that led to it instead)
                                r"күшін жою(?:ға (?:\w+ ){0,2}дауыс берді|ды (?:\w+ ){0,1}"
                                r"(?:шешті|ұйғарды)| туралы (?:\w+ )?шешім қабылда\w*)|"
                                r"қайта қарал(?!ады|атын|уы тиіс|уы мүмкін|уы керек)\w*|"
                                r"уақытша жабыл\w*|"
                                # (and a decision or a result annulled: «Сот аумақтық
                                # комиссияның 24 наурыздағы шешімін жойып, …», round 83, kk
                                # 686, whose summaries never told what the court ruled)
                                r"(?:шешім|нәтиже|қаулы|бұйрық)\w* жой\w*|"
                                # (and a schedule or a plan cancelled: «…компания кезекті
                                # сөндіру кестесінің толық жойылғанын ресми түрде растап, …»,
                                # round 167, kk 1688)
                                r"(?:кесте|жоспар)\w* (?:толық |толығымен )?жойыл\w*|"
                                # (and a court's ban: «…акцияларды жаңа иесінің атына қайта
                                # тіркеуге тыйым салды», round 81, kk 656)
                                r"тіркеуге тыйым сал\w*|мәмілеге тыйым сал\w*|"
                                # (and a ban on granting what was won: «…министрлікке … лицензия
                                # беруге тыйым салды», round 96, kk 842)
                                r"(?:лицензия|рұқсат) беруге тыйым сал\w*|"
                                # (and a licence taken away: «…банктің лицензиясын кері
                                # қайтарып алды», «…лицензиясынан айырды»)
                                r"лицензия\w* (?:кері )?(?:қайтарып ал|қайтарылып алын|айыр)\w*|"
                                r"тыйым салу туралы ұйғарым\w*|"
                                # (and a ban lifted or eased, in part or whole: «11 наурызда
                                # … апелляциялық алқасы тыйымды ішінара өзгертті.», round 180's
                                # check, kk 1844, whose summaries never told it)
                                r"тыйым(?:ды|ын) (?:ішінара |жартылай |толық |толығымен )?"
                                r"(?:алып таст|алынып таст|жой|өзгерт|жұмсарт)\w*|"
                                # (and a ban on reopening, or an order that bans the work: «…
                                # кеніштің жерасты бөлігін қайта ашуға тыйым салды», «…жерасты
                                # жұмыстарына тыйым салатын нұсқама шығарды», round 174, kk
                                # 1778, whose short summary told the restart plan they undid)
                                r"қайта (?:ашуға|іске қосуға|бастауға) тыйым сал\w*|"
                                r"тыйым салатын (?:нұсқама|ұйғарым|бұйрық)\w* (?:шығар|бер)\w*|"
                                # (and a party that walks out of a deal: «…түрік компаниясы
                                # келісімшарттан біржақты тәртіппен шығатынын … мәлімдеді.»,
                                # round 136, kk 1322, whose summaries never told it)
                                r"(?:келісімшарт|келісім|мәміле)(?:тан|тен|дан|ден|нан|нен) "
                                r"(?:\S+ ){0,3}шығ(?:ат|ты|ып|у)\w*|"
                                r"(?:айға|аптаға|күнге|жылға) шегеріл\w*|"
                                # (and money for it struck from a budget: «…бөгеттің бірінші
                                # кезеңіне қарастырылған 2,1 млрд теңге биылғы республикалық
                                # бюджеттен алынып тасталғанын хабарлады.», round 154's check,
                                # kk 1538, whose short summary told the plan and not the cut)
                                r"бюджет\w*(?:тан|тен|дан|ден|нан|нен) (?:\S+ ){0,2}?"
                                r"(?:алынып таста\w*|алып тастал\w*)|"
                                # (or to a date of a year: «…кенішті жабу мерзімі 2017 жылғы
                                # 31 желтоқсанға шегерілді.», round 150, kk 1484, whose
                                # summaries told the first closing date alone; not yet a date
                                # alone, «…1 қыркүйектен 1 қарашаға шегерілді.», the last of
                                # three sentences of judged kk 578's update, whose short
                                # summary then lost the update's first report)
                                r"жылғы \d{1,2} (?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|"
                                r"тамыз|қыркүйек|қазан|қараша|желтоқсан)(?:ға|ге|қа|ке) "
                                r"шегеріл\w*)"),
}
_REVERSAL = _folded(_REVERSAL)


def tells_reversal(text: str, language: Language | str) -> bool:
    """True when a passage reports a decision taken back, put off or halted (outside quotes,
    or in words quoted as what was reported: «…заявление о том, что правление «приостановило
    реализацию решения …»», round 76, ru 602)."""
    pattern = _REVERSAL.get(as_language(language))
    # (the plain text first: most passages have no such word, and the quotes cost more)
    if not (pattern and pattern.search(text.lower())):
        return False
    # (guests calling off their bookings take back no decision: «…қонақүйінің иесі … бронь
    # жасаған 46 бөлменің 19-ы жексенбі күні таңертең күшін жойғанын айтты.», round 84, kk 690,
    # whose short summary told it as the story's turn)
    # (nor does a search paused for the night: "…search teams had suspended the search for the
    # missing man for the night and would resume at first light on Monday.", round 163, en
    # 1642, whose short summary told it in place of the two dead)
    # (nor a meeting moved to another day: «Пресс-служба Росводресурсов сообщила, что
    # заседание межведомственной рабочей группы перенесено на 23 апреля …», round 209, ru 2196,
    # short and long 2 below lead as judged, whose summaries told it as the story's turn)
    if _BOOKINGS.search(text) or _search_paused(text) or MEETING_MOVED.search(text):
        text = " ".join(sentence for sentence in re.split(r"(?<=[.!?…])\s+", text)
                        if not (_BOOKINGS.search(sentence) or _search_paused(sentence) or
                                MEETING_MOVED.search(sentence)))
    return bool(pattern.search(text.lower()) and
                (pattern.search(_outside_quotes(text).lower()) or
                 pattern.search(_outside_quotes(_REPORTED_QUOTE.sub(r"\1\2", text)).lower())))


#: Bookings: what guests call off is no decision taken back (`tells_reversal`).
# (and a Kazakh word made from it: «…брондардың үштен бірінен бас тартылғанын айтты», judged
# kk 969, whose short summary took it for the turn; «брондалған»)
_BOOKINGS = re.compile(r"(?i)\b(?:bookings?|reservations?)\b|\bброн[ьиюяед]|\bбронир")
#: A meeting moved to another day: no decision taken back (`tells_reversal`).
# (not a court's hearing, whose delay may be the story's: «…облыс соттарында бүгінге
# белгіленген отырыстардың бір бөлігі кейінге шегерілді.», judged kk 1185; «заседание суда»)
MEETING_MOVED = re.compile(r"(?i)(?<!судебное )(?<![^\W\d_])(?:заседани|совещани|встреч|собрани)"
                           r"\w* (?!суд)(?:[^\W\d_]+ ){0,4}(?:перенесен|перенесли|перенес[её]н)"
                           r"\w*|"
                           r"\b(?:meeting|session) (?:[\w'-]+ ){0,4}(?:was|has been|had been) "
                           r"(?:moved|brought forward|rescheduled)\b|"
                           r"(?<![^\W\d_])(?:жиналыс|кездесу)\w* (?:[^\W\d_]+ ){0,4}"
                           r"(?:ауыстырылды|шегерілді)")
#: A search or rescue paused until daylight: no decision taken back (`tells_reversal`).
_SEARCH = re.compile(r"(?i)\b(?:search|rescue)|(?<![^\W\d_])(?:поиск|спасател|спасательн|іздеу|"
                     r"іздестіру|құтқару)")
_UNTIL_DAYLIGHT = re.compile(r"(?i)\bfor the night\b|\b(?:at|until) first light\b|"
                             r"\buntil (?:morning|dawn|daybreak|daylight)\b(?! [a-z])|"
                             r"\bnightfall\b|\bdarkness\b|(?<![^\W\d_])(?:на ночь|"
                             r"до утра(?! \w+(?:ы|а|я)\b)|до рассвета|с рассветом|с наступлением "
                             r"темноты|түнге қарай|таң атқанша|таң атысымен|таң ата|қараңғы түс)")


def _search_paused(sentence: str) -> bool:
    """Whether a sentence tells a search or rescue paused until daylight."""
    return _SEARCH.search(sentence) is not None and _UNTIL_DAYLIGHT.search(sentence) is not None
#: A sentence about a fire itself (not its fighters': «Өрт сөндірушілер …», "Fire crews …").
FIRE_FIRST = re.compile(r"\W*(?:(?:The |the )?(?:[Ff]ire|[Ff]lames|[Bb]laze|[Ww]ildfire)"
                        r"(?! crews| fighters| service| department| brigade| chief)\b|"
                        r"(?:Пожар|Огонь|Возгорание|Пламя)\b|(?:Өрт|Жалын)(?!\w| сөнд))")


#: A quotation that is the predicate of what was reported: "…that the board had «suspended
#: the sale»", «…о том, что правление «приостановило реализацию решения»»: its words are the
#: narrator's report.
#: (or "saying" and up to five words: "…issued a second statement saying the new hours would
#: be "deferred" while …", round 113, en 1046)
_REPORTED_QUOTE = re.compile(r"(\b(?:(?:что|that) (?:[^\W\d_]+ ){0,3}|saying (?:[^\W\d_]+ ){0,5}))"
                             r"[«“\"]([^«»“”\"]{3,200})[»”\"]")


#: A short sentence that says this time is the last: "This season will be his last.", «Эта
#: зимовка для Ооржаков последняя.», «Бірақ биылғы маусым – Омаровтың соңғы маусымы.» (round
#: 80, ru 646, whose summaries opened on a detail after it): a feature's turn to its news.
LAST_TIME = {
    # (and "This will be the last time.", round 132's check, en 1270)
    Language.ENGLISH: r"^\W*(?:but )?this (?:(?:\w+ )?(?:season|winter|summer|spring|autumn|year|"
                      r"harvest|term|crossing|voyage|journey) )?(?:will be|is) (?:\w+\W?s? ){0,2}"
                      r"last(?: time| one)?\W*$",
    # (and «И этот сезон для него последний.», round 132's check, ru 1270)
    Language.RUSSIAN: r"^\W*(?:но |однако |и )?(?:эт(?:от|а|о)|нынешн\w+)\s+[а-яё]+\s[^.!?]{0,50}?"
                      r"последн\w*\W*$",
    Language.KAZAKH: r"^\W*(?:бірақ |алайда )?(?:биылғы|осы|бұл)\s[^.!?]{0,50}?соңғы "
                     r"(?:маусым|қыс|жыл|көктем|жаз|күз|сапар)\w*\W*$",
}
#: An end to come, told as a turn to the news: "(That history) will end …", «…уже не будет.»,
#: «…тарих аяқталмақ.» (`_TURN`; `summarize` looks for it before a dated report).
END_TO_COME = {
    Language.ENGLISH: r"(?:(?:will|is (?:about|set|due) to) (?:soon )?(?:end|stop|come to an end)"
                      r"|ends (?:this|next) (?:fall|autumn|spring|summer|winter|year|month|week))"
                      r"\b",
    # (and a place where building may start: «Через год на этом месте может начаться
    # стройка.», round 148's check, ru 1462, whose summaries were an old fan's seat in the
    # stand over the club's board approving the stadium's sale)
    Language.RUSSIAN: r"\b(?:уже|больше) не будет\W*$|\bна этом месте (?:может |могут )?"
                      r"(?:начаться|начнется|начнётся|появит\w*|вырастет|вырастут) "
                      r"(?:стройка|строительство|жил\w+ (?:дом|квартал|комплекс)\w*)\W*$",
    # (and what someone will no longer be able to do from a season on: «Бірақ келер күзде
    # Сағындық ағаның КамАЗы бұл көпірге шыға алмайды.», round 144's check, kk 1408, whose
    # short summary was the farmer's scene)
    Language.KAZAKH: r"аяқталмақ|енді болмайды|(?:келер|келесі) (?:күз|жыл|ай|көктем|жаз|қыс)\w*"
                     r"\s[^.!?]{0,80}[аеыі] алмайды",
}
#: A short turn from the background to the news: "That is about to change.", «Теперь
#: ситуация может измениться.», «Енді бұл жағдай өзгеруі мүмкін.»
_TURN = {
    # (and "On Thursday evening, the picture changed.", round 63, en 440)
    Language.ENGLISH: re.compile(r"(?i)\bchange\b|\b(?:took|takes) an unexpected turn\b|"
                                 r"\b(?:picture|situation|mood|outlook|story) (?:had )?changed\b|"
                                 # (and a body that changed course: "Then, shortly after 3pm,
                                 # the council announced it had changed course.", round 162, en
                                 # 1634, whose short summary told the full closure it undid)
                                 r"\b(?:had |has )?changed (?:course|tack)\b|"
                                 # (and an expectation denied: "Ministers had said they expected
                                 # that approval to be a formality. It was not.", round 76, en
                                 # 602, whose summaries left out the board's vote against)
                                 r"^\W*(?:but )?(?:it|that|this) (?:was not|wasn't|did not|"
                                 r"didn't)(?: happen)?\W*$|"
                                 # (and a step foretold that was overtaken: "He said the
                                 # company would appeal. It did not come to that. On Friday
                                 # afternoon Yantra Tex filed a petition for insolvency …",
                                 # round 180's check, en 1844, whose summaries never told it)
                                 r"^\W*(?:but )?(?:it|that|this|things) (?:did not|didn't|never) "
                                 r"(?:get|come) (?:to|that far)(?: that)?\W*$|"
                                 # (and a warning that came true: "That warning proved
                                 # prescient.", round 176, en 1796, short 2 below lead as
                                 # judged, whose legal memo after it no summary told)
                                 r"^\W*(?:that|this|the|their|his|her|its|those|these) "
                                 r"(?:warnings?|predictions?|fears?|concerns?|worry|worries|"
                                 r"forecasts?) (?:proved|turned out to be|was|were) (?:all too )?"
                                 r"(?:prescient|right|correct|justified|well[- ]founded|"
                                 r"accurate)\W*$|"
                                 # (and a scene told as one that may soon be gone: "It is
                                 # a scene that may not survive the winter after next.", round
                                 # 190's check, en 1960, over the council's plan to withdraw
                                 # the vans, whose summaries never told it)
                                 r"^\W*(?:it is|this is|that is|it's|that's) (?:a|the) "
                                 r"(?:scene|sight|routine|ritual|round|service|way of life) "
                                 r"that (?:may|might|could) (?:not survive|soon (?:end|"
                                 r"disappear|vanish|be gone))\b|"
                                 # (and a new obstacle: "…the deal hit a new snag.")
                                 r"\bhit a (?:new |fresh |last-minute )?(?:snag|obstacle|"
                                 r"hurdle)\b|"
                                 # (and a plan put in doubt: "That timetable was thrown into
                                 # doubt on Thursday, … when the Talca Court of Appeals admitted
                                 # a legal challenge …", round 140's check, en 1364, whose long
                                 # summary never told of the challenge)
                                 r"\b(?:was|were|has been|have been|is) (?:thrown|cast|called|"
                                 r"put) into (?:doubt|question)\b|"
                                 # (and an end to come: "That history will end this
                                 # autumn.", round 114's check, en 1048, whose summaries were
                                 # the midwife's corridor over the unit's closure)
                                 r"^\W*(?:but )?(?:that|this|all that|all this) (?:[a-z]+ )?" +
                                 END_TO_COME[Language.ENGLISH] + "|" +
                                 # (and what was long waited for, now done: "This week, that
                                 # collection finally found a permanent home.", round 122's
                                 # check, en 1150, whose summaries were the garage scene)
                                 r"^\W*(?:this (?:week|month)|now|today|on (?:mon|tues|wednes|"
                                 r"thurs|fri|satur|sun)day)\b[^.!?]{0,40}\bfinally\b|" +
                                 # (and an end told with its day before it: "On Friday, that
                                 # ends.", round 129, en 1240, whose summaries were the fog on
                                 # the bridge over the captain's last crossing)
                                 r"^\W*(?:on (?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                                 r"(?:this|next) (?:week|month|year|fall|autumn|spring|summer|"
                                 r"winter)), (?:that|this|all that|all this) ends\W*$|" +
                                 LAST_TIME[Language.ENGLISH] + "|" +
                                 # (and a return told with its day: "On Saturday it opens its
                                 # doors again.", after "…has been shut ever since": round 131,
                                 # en 1252, whose short summary was the old keeper's climb)
                                 r"^\W*(?:on (?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                                 r"this (?:week|weekend|month)|today|tomorrow)\b[^.!?,;]{0,25}"
                                 r"\b(?:opens|will open|is open|are open|reopens|resumes|"
                                 r"returns)\b[^.!?,;]{0,20}\bagain\W*$|"
                                 # (and a fear come true: "On Wednesday afternoon, that risk
                                 # became real.", round 143, judged en 1406, whose summaries told
                                 # the teaser "…the plan's most important contract was in doubt."
                                 # and never the contractor's collapse)
                                 r"\b(?:risks?|fears?|worr(?:y|ies)|threats?|warnings?) (?:(?:had|"
                                 r"has|have) )?(?:became|become|proved|proven|turned out to be) "
                                 r"(?:real|true|justified|well[- ]founded)\b|\b(?:fears?|worst|"
                                 r"warnings?) (?:(?:had|has|have) )?(?:came|come) true\b|"
                                 r"\b(?:risks?|fears?|threats?) (?:had |has |have )?"
                                 r"materiali[sz]ed\b|"
                                 # (and a run that held until now: "They lost each round until
                                 # this week.", round 147's check, en 1444, whose summaries
                                 # opened on the residents' association over the court's ruling)
                                 r"\buntil (?:this|last) (?:week|month)\W*$|"
                                 r"\buntil (?:mon|tues|wednes|thurs|fri|satur|sun)day\W*$|"
                                 # (and this time, another answer: "This time, the answer was
                                 # different.", as kk 1450's)
                                 r"^\W*(?:but )?this time,? (?:the|its) (?:answer|response|"
                                 r"outcome|result) was different\W*$"),
    # (also «Теперь они станут частью …», now they will: round 49, ru 304)
    # (and «…схема работы изменилась.», it changed: round 58, ru 386)
    Language.RUSSIAN: re.compile(r"(?i)\b(?:изменить|измениться|изменится|меняется|поменяется|"
                                 r"поменяться|изменилась|изменился|изменилось|изменились|"
                                 # (and «…схема движения поменялась.», round 65, ru 464)
                                 r"поменялась|поменялся|поменялось|поменялись)\b|"
                                 r"^\W*Теперь\s|неожиданн\w* (?:оборот|поворот)|"
                                 # (and the denouement came: «Развязка наступила быстрее, чем
                                 # ожидали в музее.», round 69, ru 518, over the arrest)
                                 r"развязка наступила|"
                                # (and fears that came true: «Опасения оправдались.»)
                                r"^\W*(?:и |но )?(?:эти |их |его |её |ее )?(?:опасения|"
                                r"предупреждени[ея]|прогнозы?) (?:оправдал\w*|сбыл\w*|"
                                r"подтвердил\w*)(?: (?:уже |очень )?(?:скоро|быстро|"
                                r"быстрее, чем ожидалось))?\W*$|"
                                 # (and this time, another answer: «На этот раз ответ был
                                 # другим.», as kk 1450's)
                                 r"^\W*(?:но |однако )?на этот раз (?:ответ|итог|результат) "
                                 r"(?:был|оказался) (?:другим|иным)\W*$|"
                                 # (and an expectation denied: «Этого не произошло.»)
                                 r"^\W*(?:но |однако )?(?:этого|так) не (?:произошло|случилось|"
                                 r"вышло)\W*$|"
                                 # (and «В пятницу, однако, ситуация развернулась.», round 77,
                                 # ru 608)
                                 r"\bситуаци\w* (?:резко |неожиданно )?развернул\w*|"
                                 # (and a body that backed down: «В среду, 9 июня,
                                 # администрация отступила.», round 162, ru 1634, whose
                                 # summaries never told the lane reopened)
                                 r"^[^.!?]{0,40}\b(?:администрация|мэрия|власти|правительство|"
                                 r"министерство|компания|руководство) (?:всё же |все же )?"
                                 r"отступил[аио]?\W*$|"
                                 # (and an answer that came sooner than expected, a new
                                 # obstacle: «Ответ на этот вопрос пришёл быстрее, чем кто-либо
                                 # ожидал.», round 80, ru 644, before the court's ban)
                                 r"быстрее,? чем (?:кто-либо|кто-нибудь|все|многие) (?:ожидал|"
                                 r"предполагал)\w*|быстрее,? чем ожидалось|"
                                 r"натолкнул\w* на (?:новое |неожиданное )?препятствие|"
                                 r"оказал\w* под (?:вопросом|угрозой)|"
                                 # («На этой неделе коллекция наконец обрела свой дом.»)
                                 r"^\W*(?:на этой неделе|в этом месяце|теперь|сегодня|в "
                                 r"(?:понедельник|вторник|среду|четверг|пятницу|субботу|"
                                 r"воскресенье))\b[^.!?]{0,40}\bнаконец\b|"
                                 # (and a place given up for lost that lives again: «Этим летом
                                 # пасека, которую еще весной … считали обреченной, снова
                                 # гудит.», round 139's check, ru 1348)
                                 r"^\W*(?:этим летом|этой весной|этой осенью|этой зимой|в этом "
                                 r"году|теперь|сегодня)\b[^.!?]{0,80}\b(?:снова|вновь)\s+(?:гуд|"
                                 r"работа|откры|ожил|жив|звуч|принима)\w*|" +
                                 # (and an end to come: «Других записей в этой тетради,
                                 # скорее всего, уже не будет.», round 114's check, ru 1048,
                                 # whose short summary was the midwife's notebook)
                                 END_TO_COME[Language.RUSSIAN] + "|" +
                                 # (and a fear come true: «В среду этот риск стал реальностью.»,
                                 # «Опасения оправдались.»)
                                 r"\b(?:риск|угроза|опасени\w*|страх\w*|прогноз\w*) (?:\w+ )?"
                                 r"(?:стал\w* реальностью|оправдал\w*|подтвердил\w*|сбыл\w*)|" +
                                 LAST_TIME[Language.RUSSIAN]),
    # (also «Енді министрлік осы олқылықты жоюға ниетті.», now the ministry means to act:
    # round 48, kk 298)
    # (and a story that took an unexpected turn: «Жұма күні кешке дау күтпеген арнаға
    # бұрылды.», round 60, kk 404; "…took an unexpected turn.", «…принял неожиданный оборот.»)
    # (and «…жоспар күтпеген бұрылыс жасады.», round 76, kk 602)
    Language.KAZAKH: re.compile(r"(?i)\bөзгер\w*|^\W*Енді\s|"
                                r"күтпеген (?:(?:арнаға|бағытқа) бұрыл|бұрылыс)|"
                                # (and news that cast doubt on the plan's future: «Бірақ жұма
                                # күні Бішкектен келген хабар жобаның болашағына күмән
                                # туғызды.», judged kk 1166, whose long summary lost the
                                # committee's delay after it when the chain before the line
                                # no longer fitted)
                                r"(?:болашағына|тағдырына) (?:күмән|қауіп) (?:туғызды|"
                                r"келтірді|төндірді)|"
                                # (and an expectation denied: «Бірақ олай болмады.»)
                                r"^\W*(?:бірақ |алайда )?(?:олай|бұлай) болмады\W*$|"
                                # (and fears that came true: «Бұл қауіп расталды.»)
                                r"^\W*(?:бұл |осы |олардың )?(?:қауіп|болжам|ескерту|"
                                r"алаңдаушылық)\w* (?:расталды|шындыққа айналды|ақталды)\W*$|"
                                # (and a new obstacle: «…мәміле жаңа кедергіге тап болды.»,
                                # round 80, kk 644, before the association's lawsuit)
                                r"кедергіге (?:тап болды|кезікті|тірелді)|" +
                                # (and a story that did not end there: «Алайда оқиға осымен
                                # аяқталған жоқ.», round 164, kk 1652, whose summaries never
                                # told the appeal after it)
                                r"(?:оқиға|іс|дау|әңгіме) (?:осымен|мұнымен) (?:аяқталған жоқ|"
                                r"аяқталмады|бітпеді|біткен жоқ)|" +
                                # (and this time, another answer: «Бұл жолы жауап басқаша
                                # болды.», round 147's check, kk 1450, over the plant's fine)
                                r"^\W*(?:бірақ |алайда )?бұл жолы (?:жауап|нәтиже|бәрі|жағдай) "
                                r"басқаша (?:болды|шықты)\W*$|" +
                                # (and a fear come true: «Сәрсенбі күні бұл қауіп шындыққа
                                # айналды.», «Қауіп расқа айналды.»)
                                r"(?:қауіп|алаңдаушылық|қорқыныш|болжам)\w* (?:\w+ )?"
                                r"(?:шындыққа|расқа) айналды|" +
                                LAST_TIME[Language.KAZAKH]),
}


#: A Kazakh sentence that ends in the pluperfect: «… аз алған еді.», «… болған еді.»
_PLUPERFECT_KK = re.compile(r"[^\W\d_]+(?:ған|ген|қан|кен)\s+еді[.!…]?[»\"”]?$")


#: A sentence that tells what a figure or plan was at first ("Originally, …", «Изначально …»,
#: «Бастапқы смета бойынша …»): the change comes next.
_AT_FIRST = re.compile(r"\W*(?:Originally|Initially|At first|The (?:original|initial) "
                       r"(?:estimate|budget|cost|price|plan|deadline|target)s?\b|Изначально|"
                       r"Первоначально|По (?:первоначальн|исходн)\w+ (?:смет|план|проект|"
                       r"оценк|данн)\w*|Бастапқыда|Бастапқы\b|Алғашында|Әуелде)")

#: ... and the change, told in the next sentence: "rose", «выросла», «қайта қаралып, … өсті».
_REVISED = re.compile(r"(?i)\b(?:rose|risen|increased|climbed|grew|was raised|were raised|"
                      r"revised|pushed back|doubled)\b|\b(?:вырос|увеличил|подорожал|пересмотр|"
                      r"перенес|перенёс|сдвинул)\w*|(?<![^\W\d_])(?:өсті|артты|ұлғайды|"
                      r"қымбаттады|қайта қаралып|шегерілді)")

def tells_what_had_been(sentence: str, language: Language | str) -> bool:
    """True for a Kazakh sentence in the pluperfect: what had been before the news («Жартас
    шахтасы … кәсіпорын ретінде марапатталған еді.»)."""
    return as_language(language) is Language.KAZAKH and \
        _PLUPERFECT_KK.search(sentence) is not None


#: A contrast that opens a sentence ("However, …", «Однако уже через два дня …», «Алайда …»).
CONTRAST_OPENING = re.compile(r"(?i)\W*(?:however|but|yet|однако|но|алайда|бірақ)\b")
#: ... with its comma, to take off (`after_link`).
_CONTRAST_WORD = re.compile(r"(?:However|But|Yet|Однако|Но|Алайда|Бірақ),?\s+(?=\S)")


#: A decision or plan told as not lasting, in any language: "The plan did not last long.",
#: "The decision did not stand unchallenged for long." (round 77, en 614), «…это решение
#: продержалось чуть больше суток.» (ru 608), «Алайда жоспар ұзаққа созылмады.» (kk 614, whose
#: short summary left the ministry's halt out). A turn of the story (`is_turn`).
NOT_FOR_LONG = re.compile(
    # (and told as likely not to: "But the victory may not last long.", round 132's check, en
    # 1274, whose summaries closed on it and never told the appeal)
    # (and told as what was to come: "It would not last the week.", round 200's check, en
    # 2090, whose short summary closed on it and never told the stay of the injunction)
    r"(?i)\b(?:did not|didn't|may not|might not|could not|would not|wouldn't) last\b|"
    r"\bwas short-lived\b|"
    r"\b(?:did not|didn't) (?:stand|go|remain|stay) (?:unchallenged|uncontested|unopposed)\b|"
    # (and "That confidence lasted only a few hours.", round 93, en 800, over the appeal the
    # long summary left out)
    # (and with a number: "The agreement lasted less than 48 hours.", round 150, en 1490,
    # whose summaries closed on it and never told the Treasury refusing to fund the deal)
    r"\blasted (?:only|just|barely|less than) (?:a few |an? |one |two |three |\d+ )?(?:hours?|"
    r"days?|minutes?|weeks?)\b|"
    # (and told ahead: "…a victory for residents …, though one that would last barely 48
    # hours.", round 183's check, en 1886, whose short summary never told the appeal court's
    # stay)
    r"\bwould (?:last|survive|stand) (?:only|just|barely|less than) (?:a few |an? |one |two |"
    r"three |\d+ )?(?:hours?|days?|minutes?|weeks?)\b|"
    r"\b(?:продержал|просуществовал|продлил|прожил)\w* недолго\b|"
    r"\bнедолго (?:продержал|просуществовал|продлил|прожил)\w*|"
    r"\b(?:продержал|просуществовал)\w* (?:чуть больше|чуть более|меньше|всего|лишь|не более|"
    r"не больше)\b|ұзаққа (?:созылмады|бармады)|ғұмыры қысқа болды|"
    # (and a permit whose force lasted not even a day: «Алайда рұқсаттың күші бір күнге де
    # жетпеді.», round 137, kk 1328)
    r"бір (?:күнге|аптаға|айға) де жетпеді|"
    # (and a decision in force only so long: «Дегенмен оң қорытынды небәрі екі апта ғана күшінде
    # тұрды.», round 181's check, kk 1862, whose summaries never told the court's halt)
    r"(?:небәрі|бар болғаны|тек) (?:\S+ ){1,2}(?:күн|апта|ай)\w* ғана (?:күшінде )?(?:тұрды|"
    r"сақталды)")


#: A turn told as coming sooner than anyone expected («Ответ на этот вопрос пришёл быстрее, чем
#: кто-либо ожидал.», "…sooner than anyone expected."): a link to the report after it.
#: A dated turn whose object is what was told before: "On Tuesday, the provincial government
#: announced it wants to change that." (round 112's check, en 1030, whose short summary opened
#: on it; judged en 1000, "…city council voted 12-4 to try to change that.")
_TO_CHANGE_THAT = re.compile(r"\bto change (?:that|this|it)\W*$")
_SOONER_THAN_EXPECTED = re.compile(r"(?i)быстрее,? чем|sooner than|faster than (?:anyone|expected)|"
                                   r"күткеннен (?:де )?тез")


def is_turn(sentence: str, language: Language | str, dated: bool = False,
            words: int = SETUP_WORDS) -> bool:
    """True for a short sentence that turns from background to news ("That is set to change.");
    with `dated`, also one that gives the day it turned ("On May 15 that changed."); `words`:
    the most it may have."""
    pattern = _TURN.get(as_language(language))
    return pattern is not None and len(sentence.split()) <= words and \
        (pattern.search(sentence) is not None or NOT_FOR_LONG.search(sentence) is not None) \
        and not quote_balance(sentence) and (dated or not any(c.isdigit() for c in sentence))


def changes_what_came_before(sentence: str, language: Language | str) -> bool:
    """A short turn, maybe dated, whose object is what was told before (`_TO_CHANGE_THAT`):
    the news it turns to is told after it."""
    return _TO_CHANGE_THAT.search(sentence) is not None and is_short_turn(sentence, language)


def is_short_turn(sentence: str, language: Language | str) -> bool:
    """`is_turn`, dated or not, of up to `SHORT_TURN_WORDS` words: «Однако уже через два дня
    решение оказалось под вопросом.» (round 78, ru 620)."""
    return is_turn(sentence, language, dated=True, words=SHORT_TURN_WORDS)


def tells_turn(sentence: str, language: Language | str) -> bool:
    """True when a sentence of any length says the story turned ("…changed part of its plan",
    «…ситуация частично изменилась», «…бастапқы жоспарына өзгеріс енгізді») or tells a
    reversal (`tells_reversal`)."""
    pattern = _TURN.get(as_language(language))
    return (pattern is not None and pattern.search(sentence) is not None) or \
        tells_reversal(sentence, language)


#: "Formerly" that a participle closes within a few words, describing the subject after it:
#: «Бұрын … прокуратурасында он жыл қызмет еткен …».
_FORMERLY_WHO = re.compile(r"\W*Бұрын\s+(?:\S+\s+){1,7}?\S+(?:ған|ген|қан|кен)\s+(?:\S+\s+){0,6}?"
                           r"\S*(?:басшысы|директоры|төрағасы|әкімі|министрі|бастығы|"
                           r"жетекшісі|орынбасары)\b")


#: An English habit of a season or a month, set off by commas: "The creek … is, most Julys,
#: narrow enough for a child to hop across." (`is_feature_opening`).
_MOST_SEASONS_EN = re.compile(r",\s+(?:in )?most (?:summers|winters|springs|autumns|years|days|"
                              r"mornings|evenings|nights|weekends|Januarys|Februarys|Marches|"
                              r"Aprils|Mays|Junes|Julys|Augusts|Septembers|Octobers|Novembers|"
                              r"Decembers),")


#: A routine of many years: "every morning for 38 years", "each day for three decades".
_ROUTINE_FOR_YEARS_EN = re.compile(r"(?i)\b(?:every|each) (?:morning|day|evening|night|week|"
                                   r"weekday|school day|winter|summer) for (?:almost |nearly |"
                                   r"more than |over )?(?:\d+|\w+) (?:years|decades)\b")


def is_feature_opening(sentence: str, language: Language | str) -> bool:
    """True when a sentence sets a scene or gives background rather than news: it opens with
    a quotation or a scene-setting phrase, or asks a question."""
    language = as_language(language)
    stripped = sentence.lstrip()
    if stripped.rstrip("»”\"").endswith("?"):
        return True
    if stripped[:1] in QUOTES:  # a quotation, not a name in quotes («Тобыл Агромаш» ЖШС …)
        closing = stripped.find(QUOTES[stripped[0]], 1)
        quoted = stripped[1:closing] if closing != -1 else stripped[1:]
        return len(quoted.split()) >= 4
    if language is Language.ENGLISH and _LONG_AGO_EN.match(stripped):
        return True  # "For six decades the old railway line …" (round 45, judged en 192)
    # (and a habit of a season: "The creek that runs through the middle of Piñon Springs is,
    # most Julys, narrow enough for a child to hop across.", round 163, en 1642, whose short
    # summary was the creek over the flood that killed two)
    if language is Language.ENGLISH and _MOST_SEASONS_EN.search(stripped[:120]):
        return True
    # (and a routine of many years told after its hour: "By a quarter past eight every morning
    # for 38 years, the lights in the single classroom … have been switched on by the same
    # hand.", round 176, en 1798, whose short summary was the classroom over the retirement)
    if language is Language.ENGLISH and _ROUTINE_FOR_YEARS_EN.search(stripped[:120]):
        return True
    # (so is a short sentence, with no figure, on what a thing still has or does: "The drawers
    # still have their little brass label holders.", round 136, en 1312, whose summaries were
    # the card catalogue over the commission's vote)
    if language is Language.ENGLISH and len(stripped.split()) <= _STILL_WORDS and \
            _STILL_THERE.match(stripped) and not any(c.isdigit() for c in stripped):
        return True
    if language is Language.RUSSIAN and (_LONG_AGO_RU.match(stripped) or
                                         _THEN_AND_NOW_RU.search(stripped) or
                                         _PERSON_MOVES_RU.match(stripped)):
        return True
    found = " ".join(first_words(stripped[:60].lower(), 3)) + " "
    if found.startswith(_FEATURE_OPENING_STARTS.get(language, ())):
        # (not what is done every year set against this year: «Жыл сайын Бурабайда өтетін «Дала
        # дыбысы» … фестивалі биыл Көкшетауда өтеді.», round 101's check, kk 902, whose short
        # summary opened three sentences further down)
        # (nor "formerly" inside a participle that tells who the subject is: «Бұрын облыстық
        # табиғат қорғау прокуратурасында он жыл қызмет еткен … департаментінің басшысы, 49
        # жастағы Асқар Жолдасов бейсенбі күні … мәлімдеді», round 124's check, kk 1177, whose
        # summaries opened on the accident's hour under the lead)
        return not (language is Language.KAZAKH and found.startswith("жыл сайын ") and
                    _THIS_YEAR_KK.search(stripped) is not None) and \
            not (language is Language.KAZAKH and found.startswith("бұрын ") and
                 _FORMERLY_WHO.match(stripped) is not None)
    # a season or part of a month told in the present is a scene («В конце августа на
    # плантации стоит такой запах…»); told in the past it may be the news («В конце августа
    # правительство утвердило…»)
    if language is Language.RUSSIAN and (_SEASON_RU.match(stripped) or
                                         _RU_HOUR_SCENE.match(stripped)) and \
            not _PAST_RU.search(_outside_quotes(stripped)):
        return True
    # a short sentence of what a place smells or sounds like is a scene («В мастерской …
    # пахнет смолой и сырой сосной.», blind round 39, ru 244)
    quiet = _QUIET_PLACE.get(language)
    if quiet is not None and quiet.match(stripped) is not None:
        return True
    sensory = _SENSORY.get(language)
    # (also one that names its day, when the place is what smells: "On Saturday afternoon
    # the gym at St. Columba's All-Grade School smelled of floor wax and lupins.", round 128,
    # en 1222, whose short summary was the gym and its flowers)
    if sensory is not None and len(stripped.split()) <= _SENSORY_WORDS + 3 and \
            sensory.search(stripped) and not any(c.isdigit() for c in stripped) and \
            (language is not Language.RUSSIAN or _RU_PLACE_FIRST.match(stripped)) and \
            ((len(stripped.split()) <= _SENSORY_WORDS and
              not is_news_report(stripped, language)) or
             (language is Language.ENGLISH and _DAY_SCENE_SMELL.match(stripped)) or
             (language is Language.RUSSIAN and _DAY_SCENE_SMELL_RU.match(stripped))):
        return True
    # a habit told near the start is a scene, whatever day it names: «Төлеген Мұхамбетов
    # бейсенбі күні таңғы бесте, әдеттегідей, сиырларын өріске айдап шықты.» (round 87, kk 724,
    # whose short summary kept it and not the gas leak)
    # (an age is no figure of news: «Виктор Шмидт, 58-летний фермер из Затобольска, каждое
    # утро начинает одинаково: …», round 150, ru 1486, whose summaries were the farmer's
    # morning and never the export quota)
    if _HABIT.search(stripped[:90]) and \
            not any(c.isdigit() for c in _AGE_TOLD.sub("", stripped)):
        return True
    # (so is a Kazakh person who has done a thing for years, told in the present: «Роза Есенова
    # отыз жылдан бері бір үйде тұрады, бірақ … есіне түсіре алмайды.», round 152, kk 1504,
    # whose summaries were her night and never the ammonia leak)
    if language is Language.KAZAKH and _KK_NAME_FIRST.match(stripped) and \
            _KK_FOR_YEARS.search(stripped) and _KK_PRESENT_END.search(stripped) and \
            not is_news_report(stripped, language):
        return True
    # (and a short one on what a person named first knows or does, told in the present with
    # no figure: «Мұрат Жанәбілов Ертістің бұл тұсын алақанындағыдай біледі.», round 161, kk
    # 1618, whose short summary was the old ferryman and never the ferry's accident)
    if language is Language.KAZAKH and _KK_NAME_FIRST.match(stripped) and \
            len(stripped.split()) <= _KK_PERSON_NOW_WORDS and \
            _KK_PRESENT_END.search(stripped) and not any(c.isdigit() for c in stripped) and \
            not is_news_report(stripped, language):
        return True
    # (so is a Kazakh hour in words with a verb in the present: «Құсмұрын кентіндегі … банк
    # бөлімшесінің есігі таңғы тоғызда ашылады.», round 111, kk 1012, whose short summary was
    # the branch's morning)
    if language is Language.KAZAKH and _KK_HOUR_WORDS.search(stripped) and \
            _KK_PRESENT_END.search(stripped) and not any(c.isdigit() for c in stripped) and \
            not is_news_report(stripped, language):
        return True
    # (and a person named after the sun's hour, doing a thing in the present, a figure or
    # not: «Күн батуға жарты сағат қалғанда Бақытжан Өтегенов маяктың 96 сатысымен жоғары
    # көтеріледі.», round 178's check, kk 1822, whose short summary was the keeper's evening
    # and never the lighthouse's automation)
    if language is Language.KAZAKH and _KK_SUN_HOUR.match(stripped) and \
            _KK_NAME_FIRST.search(stripped) and _KK_PRESENT_END.search(stripped) and \
            not is_news_report(stripped, language):
        return True
    # (and a day, then its hour in words, a short sentence with no figure: «Сейсенбі күні
    # таңғы тоғызда … әкімдігінің … қабылдау бөлмесінде кезек есікке дейін созылды.», round
    # 170's check, kk 1720, whose summaries were the queue and never the cyber attack; a
    # reporter gives the hour in figures, «сағат 22:00-де»)
    # (what a place did at that hour, a queue or a sound, not a body's deed: «Бейсенбі күні
    # таңғы алтыда полиция екі күдіктіні ұстады.» is news)
    if language is Language.KAZAKH and _KK_DAY_HOUR_WORDS.match(stripped) is not None and \
            len(stripped.split()) <= _WOKE_WORDS and not any(c.isdigit() for c in stripped) and \
            (_KK_SCENE_END.search(stripped) is not None or
             _KK_PERSON_AFTER_HOUR.search(stripped) is not None):
        return True
    # (so is a person named first who has done a thing for years, told in the present perfect:
    # "Dale Kessinger has been launching his johnboat from the same concrete ramp on the Wabash
    # River for 51 years — …", round 160's check, en 1600, whose summaries were his morning
    # over the chemical spill)
    if language is Language.ENGLISH and _EN_NAME_FOR_YEARS.match(stripped) is not None and \
            not is_news_report(stripped, language):
        return True
    # (and in Russian, a person named in full who has worked or lived somewhere since a year,
    # whatever day the sentence names after: «Нина Павловна Ершова работает в архивном отделе
    # администрации … с 1985 г. и, как выяснилось в понедельник, осталась единственной …, кто
    # помнит, как заправлять ленту в … пишущую машинку.», round 170's check, ru 1720, whose
    # summaries were the typewriter over the cyber attack)
    if language is Language.RUSSIAN and (_RU_NAME_SINCE_YEAR.match(stripped) is not None or
                                         _RU_NAME_FOR_YEARS.fullmatch(stripped) is not None):
        return True
    # (and one who has kept a vigil since a day, whatever day it names: round 162, en 1630,
    # whose short summary was a mother at the tunnel's mouth over the collapse)
    if language is Language.ENGLISH and _EN_NAME_VIGIL.match(stripped) is not None:
        return True
    # (and a person named in full doing a thing with their hands, told in the present, with no
    # figure: "José Almeida lifts the short, broad-bladed axe that once belonged to his father
    # and taps the trunk of a cork oak with the back of it.", round 209, en 2194, whose short
    # summary was his morning over the government's rescue fund)
    if language is Language.ENGLISH and _EN_NAME_MOVES.match(stripped) is not None and \
            not any(c.isdigit() for c in stripped) and not is_news_report(stripped, language):
        return True
    # (and an anecdote of years ago whose person is told only by age and trade: "In March 2012,
    # a 26-year-old compliance analyst on the fourth floor of Hartwell Rowe's offices … noticed
    # something odd about a new client.", round 166, en 1672, whose summaries were the analyst
    # over the bank's fine)
    if language is Language.ENGLISH and _EN_ANECDOTE.match(stripped) is not None:
        return True
    # (so is a person named first who woke, on no day: "Halima Abdi woke a little after 3
    # a.m. to the sound of her goats screaming.", round 158's check, en 1576, whose summaries
    # were her night over the dam's release)
    woke = _WOKE_SCENE.get(language)
    if woke is not None and woke.search(stripped) is not None and \
            len(stripped.split()) <= _WOKE_WORDS and not is_news_report(stripped, language):
        return True
    # (so is a person at a dawn hour told in the storyteller's past, whatever day it names:
    # «Жетпіс төрт жастағы Күләш Оспанова сәрсенбі күні таңғы бесте ауласына шыққанда, алдымен
    # суды емес, тыныштықты байқаған.», round 158's check, kk 1576, whose summaries were her
    # morning over the reservoir's release)
    # (or "in the morning" and a person by first name and kin word: «Дүйсенбі күні таңертең
    # Серікбай ағай ескі «Нивасына» сүт бидондарын тиеп, … жолға шыққан.», round 159's check,
    # kk 1588, whose summaries were his drive over the landslide)
    # (a short sentence, as a scene's is: not a lead that reports a briefing "on Thursday
    # morning", «…бейсенбі күні таңертең өткен брифингте …», judged kk 997 and kk 961)
    if language is Language.KAZAKH and len(stripped.split()) <= _WOKE_WORDS and \
            (_KK_HOUR_WORDS.search(stripped) or _KK_MORNING.search(stripped)) and \
            _KK_TOLD_PAST_END.search(stripped) and \
            (_KK_NAME_FIRST.search(stripped) or "жастағы" in stripped or
             _KK_KIN_NAME.search(stripped)):
        return True
    # an hour with no day is a scene ("Just before four in the morning, …"); with its day it
    # is the news ("Shortly after midnight on Tuesday, police …"), unless somebody "was
    # already" at work then: "At a quarter past six on Sunday morning, … Halina Wrzos was
    # already on her knees …" (round 73, en 562, whose summaries kept her and not the move)
    # (or told to the minute in words, as a reporter does not: "At ten to nine on Monday
    # morning, Seán Gallagher walked up the lane … with a brass handbell …", round 117's
    # check, en 1084, whose short summary was the caretaker's walk)
    return (found.startswith(_TIME_SCENE_STARTS.get(language, ())) or
            bool(_CLOCK_SCENE.match(stripped))) and (
        not is_news_report(stripped, language) or
        (language is Language.ENGLISH and (_ALREADY_AT_IT.search(stripped) is not None or (
            _MINUTES_IN_WORDS.match(stripped) is not None and
            # (a habit's years are no figure of news: "…and counted heads, as she has done for
            # 19 years.", round 135, en 1300, whose summaries were the head teacher at the gate)
            # (nor a person's age: ", 58,", round 165, en 1660)
            not any(c.isdigit() for c in _AGE_TOLD.sub("", _FOR_YEARS.sub("", stripped)))))))


#: An anecdote of a year gone by, its person unnamed: "In March 2012, a 26-year-old compliance
#: analyst …" (`is_feature_opening`).
_EN_ANECDOTE = re.compile(r"\W*(?:In|One (?:morning|evening|night|afternoon|day) in) "
                          r"(?:(?:early |late |mid-)?[A-Z][a-z]+ )?(?:19|20)\d\d, an? "
                          r"\d{1,3}-year-old [a-z]")
#: A Russian person named in full, first, who has worked or lived somewhere since a year:
#: «Нина Павловна Ершова работает в архивном отделе … с 1985 г.» (`is_feature_opening`).
#: (or fished there: «Виктор Пермяков ловит рыбу под плотиной … ГЭС с 1981 г., …», round 171's
#: check, ru 1732, whose summaries were his river over the fine)
_RU_NAME_SINCE_YEAR = re.compile(r"(?:[А-ЯЁ][а-яё]+ ){1,2}[А-ЯЁ][а-яё]+(?:, \d{1,3},)? "
                                 r"(?:работает|живёт|живет|трудится|служит|преподаёт|"
                                 r"преподает|торгует|рыбачит|ловит рыбу|пасёт|пасет|"
                                 r"держит)\b[^.!?;:]{0,100}?\bс (?:19|20)\d\d "
                                 r"(?:г\.|года)")
#: ... or, in a short sentence of its own, for so many years: «Валентина Ершова водит трамвай
#: по Смоленску 31 год.» (round 172's check, ru 1744, whose summaries were her morning over the
#: cable stolen).
_RU_NAME_FOR_YEARS = re.compile(r"(?!(?:Компания|Завод|Фабрика|Банк|Театр|Музей|Школа|Больница|"
                                r"Клуб|Фирма|Предприятие|Магазин|Рынок|Паром|Оркестр)\b)"
                                r"(?:[А-ЯЁ][а-яё]+ ){1,2}[А-ЯЁ][а-яё]+ [а-яё]+(?:ет|ит|ут|ют|ат|"
                                r"ят)\b[^.!?;:,]{0,60}? (?:\d{1,2}|(?:уже )?(?:почти |больше |"
                                r"более )?\d{1,2}) (?:год|года|лет)\.")
#: An English person named first who has done a thing for years: "Dale Kessinger has been
#: launching his johnboat … for 51 years" (`is_feature_opening`).
_EN_NAME_FOR_YEARS = re.compile(r"(?:[A-Z][\w'’-]+ ){2,3}(?:has|have) been [a-z]+ing\b"
                                r"[^.!?;:]{0,100}\bfor (?:more than |almost |nearly )?"
                                r"(?:\d+|[a-z]+) (?:years|decades)\b")
#: ... or who does a thing with their hands, told in the present: "José Almeida lifts the …
#: axe …" (`is_feature_opening`).
_EN_NAME_MOVES = re.compile(r"(?:[A-Z][\w'’-]+ ){2,3}(?:[a-z]+ly )?(?:lifts|taps|walks|climbs|"
                            r"kneels|crouches|bends|leans|wipes|unlocks|unties|ties|hauls|drags|"
                            r"pours|stirs|scoops|lowers|raises|pulls|pushes|picks up|sets down|"
                            r"runs (?:a|her|his) (?:hand|finger|thumb)s?)\b")
#: ... or who has kept a vigil since a day, which names it as a scene does: "Juana Quispe has
#: not left the mouth of the Candelaria tunnel since Monday evening." (`is_feature_opening`)
_EN_NAME_VIGIL = re.compile(r"(?:[A-Z][\w'’-]+ ){2,3}(?:has|have)(?: not|n't) (?:left|slept|"
                            r"eaten|moved|gone home|been home|stopped)\b[^.!?;:]{0,100}"
                            r"\bsince\b|"
                            # (or has lived or worked somewhere since a year: "Dolores Ruybal,
                            # 71, has lived in a yellow clapboard house 40 feet from its bank
                            # since 1963.", round 163, en 1642)
                            r"[A-Z][\w'’-]+ [A-Z][\w'’-]+(?:, \d{1,3},)? (?:has|have) (?:lived|"
                            r"worked|farmed|fished|taught|run|kept|owned)\b[^.!?;:]{0,100}"
                            r"\bsince (?:19|20)\d\d\b")
#: A person named first who woke: "Halima Abdi woke a little after 3 a.m. …", «Халима
#: проснулась в начале четвёртого …», «Халима түнгі үштен кейін … оянды.»
#: (`is_feature_opening`, on no day and in a sentence of at most `_WOKE_WORDS` words).
_WOKE_SCENE = {
    Language.ENGLISH: re.compile(r"^(?:[A-Z][\w'’-]+ ){1,3}(?:woke|awoke|was woken|"
                                 r"was awakened|was jolted awake)\b"),
    Language.RUSSIAN: re.compile(r"^(?:[А-ЯЁ][а-яё-]+ ){1,3}(?:проснул(?:ся|ась|ись)|"
                                 r"очнул(?:ся|ась|ись))\b"),
    Language.KAZAKH: re.compile(r"^[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі-]+ [^.!?]*(?<![^\W\d_])"
                                r"(?:оянды|оянып кетті|ұйқысынан оянды)[.!…]?$"),
}
_WOKE_WORDS = 25
#: Somebody's age: "58-летний", "58-year-old", "58 жастағы", ", 58," (`is_feature_opening`).
_AGE_TOLD = re.compile(r"(?<!\d)\d{1,3}(?:-(?:летн\w+|year-old)| жастағы)|,\s\d{1,3},")
#: How long somebody has done it: "for 19 years", "for 30 years".
_FOR_YEARS = re.compile(r"\bfor (?:more than |almost |nearly )?\d+ (?:years|decades)\b")


#: An hour to the minute in words opening an English sentence: "At ten to nine", "Just after
#: a quarter past six" (`is_feature_opening`).
_MINUTES_IN_WORDS = re.compile(r"(?i)\W*(?:(?:at|just|shortly|by) )?(?:before |after )?"
                               r"(?:ten|five|twenty|twenty-five|a quarter|half) (?:to|past) "
                               r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                               # (and midnight and noon: "At a quarter past midnight, Keira
                               # MacLeod wipes down the last table …", round 150, en 1480, whose
                               # summaries opened on the diner over the tuition rise)
                               r"twelve|midnight|noon)\b|"
                               # (and an hour "o'clock" in words: "At seven o'clock on Monday
                               # morning, Grace Atieno, 58, stood outside the Mwangaza Pharmacy
                               # …", round 165, en 1660, whose summaries were her wait)
                               r"\W*(?:(?:at|just|shortly|by) )?(?:before |after )?"
                               r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                               r"twelve) o['’]clock\b")
#: A person named in full who moves in the present, a scene: «Валентина Крутова поднимается
#: по узкой лестнице в кинопроекционную медленно, …» (round 118's check, ru 1102, whose
#: summaries were her climb over the cinema's restoration contract).
_PERSON_MOVES_RU = re.compile(r"[А-ЯЁ][а-яё]+ (?:[А-ЯЁ][а-яё]+ )?[А-ЯЁ][а-яё]+ (?:[а-яё]+ ){0,2}"
                              r"(?:поднимается|спускается|выходит|идёт|идет|заходит|входит|"
                              r"проходит|садится|встаёт|встает|подходит|открывает|отпирает|"
                              # (or stands, sits or waits: «Виктор Горбань стоит в резиновых
                              # сапогах на краю грунтовки и смотрит туда, где …», round 162, ru
                              # 1624; «Валентина Шестакова вторые сутки не уходит от проходной
                              # рудника …», ru 1630; whose short summaries were the scene)
                              r"стоит|сидит|ждёт|ждет|(?:не )?уходит)\b")
#: A Kazakh hour of the morning in words ("таңғы тоғызда") and a verb in the present that ends
#: the sentence ("ашылады"): `is_feature_opening`.
_KK_HOUR_WORDS = re.compile(r"(?i)(?<![^\W\d_])таңғы (?:бес|алты|жеті|сегіз|тоғыз|он)(?:те|та|де|"
                            r"да)(?![^\W\d_])|"
                            # (or an hour of the night in words: «Серік Омаров түнгі сағат
                            # екіге таман балконға шыққанда, …», round 163, kk 1636, whose short
                            # summary was his balcony over the plant's fire)
                            r"(?<![^\W\d_])түнгі (?:сағат )?(?:бір|екі|үш|төрт)(?:де|те|ге|ке|"
                            r"лер|ден|тен)?(?:ге|ке)? таман(?![^\W\d_])")
#: A Kazakh sentence that opens on its day, then the hour in words (`is_feature_opening`).
_KK_DAY_HOUR_WORDS = re.compile(r"\W*[А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі]+ күні (?:таңғы|кешкі|түнгі) "
                                r"(?:сағат )?(?:бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|"
                                r"он бір|он екі)(?:де|те|да|та)(?![^\W\d_])")
#: ... and what such a scene ends on: a queue stretched, a sound heard, a crowd gathered.
_KK_SCENE_END = re.compile(r"(?<![^\W\d_])(?:созылды|естілді|жиналды|тізілді|толды|қаптады|"
                           r"жаңғырды|шулады|тынды|күңіренді)[.!…]?$")
#: ... or a person named in full right after the hour: «Дүйсенбі күні таңғы сағат тоғызда
#: Гүлнар Сейітқазина … қабылдау залына үшінші рет келді.» (judged kk 1546).
_KK_PERSON_AFTER_HOUR = re.compile(r"(?:таңғы|кешкі|түнгі) (?:сағат )?[а-яәғқңөұүһі]+(?:да|де|"
                                   r"та|те) [А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі]+ [А-ЯӘҒҚҢӨҰҮҺІ]"
                                   r"[а-яәғқңөұүһі]+(?:ова|ева|ина|ов|ев|ин|ұлы|қызы)"
                                   r"(?![^\W\d_])")
_KK_PERSON_NOW_WORDS = 10  # (a longer sentence may be a lead's present: see above)
#: The sun's hour in Kazakh words: «Күн батуға жарты сағат қалғанда», «Күн шығар алдында»,
#: «Таң атар алдында» (`is_feature_opening`).
_KK_SUN_HOUR = re.compile(r"(?:Күн (?:батуға|шығуға) (?:[а-яәғқңөұүһі]+ ){0,2}қалғанда|"
                          r"Күн (?:батар|бата|шығар|шыға) (?:алдында|кезде)|"
                          r"Таң (?:атар|ата) (?:алдында|кезде))(?![^\W\d_])")
_KK_PRESENT_END = re.compile(r"[^\W\d_]+(?:ады|еді|йды|йді)\W*$")
#: ... and one in the past a storyteller uses, not a report's: «…тыныштықты байқаған.»
_KK_MORNING = re.compile(r"(?i)(?<![^\W\d_])(?:таңертең|таң атпай|таң сәріде|таң ата)"
                         r"(?![^\W\d_])")
_KK_KIN_NAME = re.compile(r"[А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі]+ (?:ағай|апай|ата|әже|қария|ақсақал)"
                          r"(?![^\W\d_])")
_KK_TOLD_PAST_END = re.compile(r"[^\W\d_]{2,}(?:ған|ген|қан|кен)[.!…]?$|"
                               # (or what somebody tried, stood or sat doing: «Алпыс сегіз
                               # жастағы Раиса Жұмабекова сәрсенбі күні таңертең … дәріхананың
                               # есігін бірнеше рет тартып көрді.», round 165, kk 1660, whose
                               # summaries opened on her at the shut door)
                               r"[^\W\d_]{2,}(?:ып|іп|п) (?:көрді|тұрды|отырды|қарап тұрды)"
                               r"[.!…]?$")
#: A Kazakh sentence that opens on a person's first name and surname, and one that tells how
#: many years somebody has done a thing (`is_feature_opening`).
_KK_NAME_FIRST = re.compile(r"[А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі]+ "
                            r"[А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі]+(?:ов|ев|ин|ова|ева|ина|ұлы|қызы)\s")
_KK_FOR_YEARS = re.compile(r"(?<![^\W\d_])(?:[а-яәғқңөұүһі]+|\d+) жыл(?:дан)? (?:бері|бойы)\b")
#: "This year" in Kazakh, set against "every year" (`is_feature_opening`).
_THIS_YEAR_KK = re.compile(r"(?<![^\W\d_])биыл(?:ғы)?(?![^\W\d_])", re.IGNORECASE)
#: A habit: "as usual", «как обычно», «әдеттегідей»; or every day («Темірболат Оспанов күн
#: сайын таңғы сағат алтыда … бөгетінің жотасына көтеріледі.», round 106's check, kk 952,
#: whose short summary was the scene).
# (or every Monday: «Гүлнар Сағындықова отыз төрт жыл бойы әр дүйсенбіні бір ғана іспен
# бастайды.», round 111, kk 1018, whose short summary was the librarian's Monday)
_HABIT = re.compile(r"(?i)(?<![^\W\d_])(?:as usual|as always|как обычно|как всегда|по привычке|"
                    r"әдеттегідей|әдетінше|әдеттегіше|күн сайын|every morning|каждое утро|"
                    r"әр (?:дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі)\w*|"
                    r"кажд(?:ый|ую|ое) (?:понедельник|вторник|среду|четверг|пятницу|субботу|"
                    r"воскресенье)|every (?:monday|tuesday|wednesday|thursday|friday|saturday|"
                    r"sunday))(?![^\W\d_])")
#: Somebody already (or still) at it when the hour opens: a scene, whatever day it names.
#: (the subject right after the opening's comma: a name, or "the", "a", "his" … and a noun)
_ALREADY_AT_IT = re.compile(r",\s+(?:[A-Z][\w'-]*\s+|(?:the|an?|his|her|their)\s+[a-z]+\s+)"
                            r"{1,3}(?:was|were) (?:already|still)\b|"
                            # (or was where they have been for years: "At 5.40 on Monday
                            # morning, Grace Akinyi Owino was standing where she has stood for
                            # most of the past 31 years: …", round 166, en 1678, whose summaries
                            # were her cold room over the runway's reopening)
                            r",\s+(?:[A-Z][\w'-]*\s+){1,3}(?:was|were) [a-z]+ing where "
                            r"(?:she|he|they) (?:has|have) [a-z]+ for\b")
#: An hour in figures at the start: "At 5:50 a.m., long before the first pupil arrives, …"
#: (round 63, en 436), «В 5:40 утра …», «Таңғы 5:40-та …».
_CLOCK_SCENE = re.compile(r"(?i)\W*(?:at|by|around|about|shortly (?:before|after)|just (?:before|"
                          r"after)|в|около|ровно в|таңғы|кешкі|түнгі|сағат)\s+\d{1,2}[:.]\d\d"
                          r"(?:\s?(?:a\.m\.|p\.m\.|am|pm|утра|вечера|ночи))?(?:-?[а-яәіөүұқғң]+)?"
                          r"[,\s]")


def quote_balance(text: str) -> list[str]:
    """The closing marks still owed at the end of `text` (empty when every quotation is closed).
    A company's name in «» that ends on a name of its own closes both with one mark, as Russian
    writers often do: «ООО «Судостроительный завод «Меридиан» в понедельник …» (round 130's
    check, ru 1245, counted as a quotation left open)."""
    owed: list[str] = []
    if "«" in text:
        text = _NESTED_NAME.sub(r"\g<0>»", text)
    for match in _QUOTE_MARK.finditer(text):
        char = match.group(0)
        if owed and char == owed[-1]:
            owed.pop()
        elif char in QUOTES:
            owed.append(QUOTES[char])
    return owed


#: A company's name by its legal form whose «» holds another name closed by the same mark
#: (`quote_balance`).
_NESTED_NAME = re.compile(r"(?<![^\W\d_])(?:ООО|АО|ЗАО|ПАО|ОАО|НАО|ГУП|МУП|АНО|ТОО|ЖШС)\s+"
                          r"«[^«»]{1,60}«[^«»]{1,40}»(?!»)")
#: Markers of an enumeration across sentences: the first item's, and the later items'
#: ("Біріншіден, … Екіншіден, … Үшіншіден, …"), each followed by a comma.
_ORDINAL_FIRST = {
    Language.ENGLISH: "firstly|first of all|first",
    Language.RUSSIAN: "во-первых",
    Language.KAZAKH: "біріншіден",
}
_ORDINAL_LATER = {
    Language.ENGLISH: "secondly|second|thirdly|third|fourthly|fourth|finally|lastly",
    Language.RUSSIAN: "во-вторых|в-третьих|в-четвертых|в-четвёртых|в-пятых",
    Language.KAZAKH: "екіншіден|үшіншіден|төртіншіден|бесіншіден",
}
_FIRST_ITEM = {language: re.compile(rf"[-–—•* ]*(?:{pattern}),", re.IGNORECASE)
               for language, pattern in _ORDINAL_FIRST.items()}
_LATER_ITEM = {language: re.compile(rf"[-–—•* ]*(?:{pattern}),", re.IGNORECASE)
               for language, pattern in _ORDINAL_LATER.items()}
_NO_ITEM = re.compile(r"(?!)")  # matches nothing: a language without the markers
#: The first or a later of the parts a sentence announced, told as a label: "The first is a
#: $9.8 million bond …", "The second is an increase …", «Первое — …», «Біріншісі – геология.»,
#: «Екіншісі – төлем тәртібі.» (round 81: en 659's long summary took "The second is …" alone,
#: kk 654's «…үш негізгі себебі аталған. Біріншісі – геология.» without what it meant).
#: (also "The first concerned …", "The second involved …", round 96, en 841)
_FIRST_LABEL = re.compile(r"(?i)(?:the first (?:is|was|one is|concern(?:s|ed)|involve[sd])\b|"
                          r"перв(?:ое|ый|ая)\s*[—–:-]|"
                          r"перв(?:ое|ый|ая) из них\b|біріншісі\s*[—–:-])")
#: How many units back the part before a later label may stand.
_LABEL_REACH = 6
_LATER_LABEL = re.compile(r"(?i)(?:the (?:second|third|fourth|last|final) (?:is|was|one is|"
                          r"concern(?:s|ed)|involve[sd])\b|"
                          r"(?:втор|трет|четв[её]рт|последн)(?:ое|ой|ый|ья|ье|ий|ая|яя)\s*[—–:-]|"
                          # (and the later of the reasons or problems a passage counts: «Вторая
                          # причина — многолетний перелов …», round 209, ru 2190; «Үшіншісі –
                          # жол.», kk 2194; both long summaries took it alone)
                          # (not a problem, which may open a section of its own: «Вторая
                          # проблема — хранение и вывоз.» under a subheading, judged ru 444)
                          r"(?:втор|трет|четв[её]рт)(?:ая|ой|ое|ий|ья|ье) (?:причин|фактор|"
                          r"сложност|трудност|угроз|риск)\w*\s*[—–:-]|"
                          r"(?:екінші|үшінші|төртінші|бесінші) (?:себеп|себебі|мәселе|қиындық|"
                          r"фактор)\w*\s*[—–:-]|"
                          r"(?:екінші|үшінші|төртінші|бесінші|соңғы)с[ыі]\s*[—–:-])")
#: The first of the parts a sentence announced, told as a step in the next paragraph: "Crews
#: will first drill …" under "It has four main parts." (round 80, en 648), «Сначала …»,
#: «Алдымен …».
_FIRST_STEP = re.compile(r"(?i)(?:[^\W\d_]+\s+){0,4}?(?:first|сначала|вначале|алдымен)\b")


def without_lone_first_item(sentences: Sequence[str], language: Language | str) -> list[str]:
    """The summary's sentences with a first item's marker dropped ("Біріншіден, лицензия …" →
    "Лицензия …") when no later item ("Екіншіден, …") is among them: "firstly" with no
    "secondly" promises what the summary never gives (blind round 39, kk 246); and a later
    item's with no first item before it ("Third, …" → "…")."""
    language = as_language(language)
    first, later = _FIRST_ITEM.get(language, _NO_ITEM), _LATER_ITEM.get(language, _NO_ITEM)
    if any(later.match(sentence) for sentence in sentences):
        # (and a later item's marker with no item before it in the summary goes too: "Third,
        # under a program the university is calling the Ohio Promise, …" after the lead alone,
        # round 100, en 888, whose long summary counted parts it never gave)
        kept, counted = [], False
        for sentence in sentences:
            marker = later.match(sentence) if not counted else None
            counted = counted or bool(first.match(sentence))  # (the item before it is there)
            rest = sentence[marker.end():].lstrip() if marker else ""
            kept.append(capitalised(rest) if rest else sentence)
        return kept
    kept = []
    for sentence in sentences:
        marker = first.match(sentence)
        rest = sentence[marker.end():].lstrip() if marker else ""
        kept.append(capitalised(rest) if rest else sentence)
    return kept


#: "On the one hand" and "on the other", and the most sentences such a unit spans.
_ONE_HAND = re.compile(r"\W*(?:On the one hand|С одной стороны|Бір жағынан)\b", re.IGNORECASE)
_OTHER_HAND = re.compile(r"\W*(?:On the other hand|С другой стороны|Екінші жағынан|Екіншіден)\b",
                         re.IGNORECASE)
_HANDS_SENTENCES = 4


#: Direct speech that a dash opens, and the dash that closes it before who spoke ("…, –
#: деді ол.", «…, — сказал он.», «…? – дейді тұрғын.»).
_DASH_SPEECH = re.compile(r"[–—]\s+\S")
_SPEAKER_AFTER_DASH = re.compile(r"[,.!?…]\s*[–—]\s+[a-zа-яёәғқңөұүһі]")


#: How someone put what the quotation after it says: "… put it bluntly.", «…сказал прямо:».
#: A thing that still is as it was: "The drawers still have …", "The old sign still hangs …"
#: (`is_feature_opening`), in a sentence of at most `_STILL_WORDS` words.
_STILL_THERE = re.compile(r"(?:The|Its|Their|His|Her) (?:[a-z]+ ){0,3}[a-z]+ still (?:has|have|"
                          r"hangs?|stands?|sits?|bears?|carr(?:y|ies)|shows?|lies|lie|smells?|"
                          r"holds?|wears?)\b")
_STILL_WORDS = 14
#: How something looks or seems from outside, and what the sentence after it sets against that
#: look: "Inside, …", "In reality, …" (`build_units`).
_LOOKS = re.compile(r"\b(?:looks?|looked|seems?|seemed|appears?|appeared)\b")
_WITHIN_NEXT = re.compile(r"(?:Inside|Underneath|Beneath|In fact|In reality|Up close|Behind "
                          r"(?:the|its) [a-z]+),\s")
_PUT_IT = re.compile(r"\bput it (?:bluntly|simply|plainly|starkly|succinctly|this way|more "
                     r"bluntly|another way)\.$")


def _inside_quotation(group: Sequence[Sentence], before: Sequence[Sentence]) -> bool:
    """True when `group` begins inside a quotation that an earlier part of its paragraph
    opened: it closes a quotation mark it never opened ("You choose it when you are born into
    it, or not at all."" after a quotation of six sentences cut at `max_quote_sentences`, round
    125's check, en 1180, whose long summary took it alone)."""
    text = " ".join(s.text for s in group).rstrip()
    return before[-1].paragraph == group[0].paragraph and text[-1:] in "\"”»" and \
        text[:1] not in QUOTES and bool(quote_balance(text))


def _closes_quotation(group: Sequence[Sentence], following: Sequence[Sentence]) -> bool:
    """True when `group` leaves a quotation open by its marks and the first of `following`,
    or one after it in the same paragraph, closes it (a quotation of six sentences goes on past
    `max_quote_sentences` to its end: «…А главное — нет людей. Эркемен Акчинович у нас
    последний, … Молодые на такую работу не идут ни за какие деньги».», round 125's check, ru
    1180, whose long summary kept it open)."""
    text = " ".join(s.text for s in group)
    if not quote_balance(text):
        return False
    for sentence in following:
        if sentence.paragraph != following[0].paragraph:
            return False
        text += " " + sentence.text
        if not quote_balance(text):
            return True
    return False


#: A document named in a sentence («жаңа құжатпен таныстырды», «направила письмо», "issued a
#: statement") ...
_DOCUMENT = re.compile(r"(?i)құжат|\bхат(?:пен|ты|қа|та)?\b|мәлімдеме|документ|письм|"
                       r"\bdocument|\bletter\b")
#: ... and the next sentence that tells what is in it: «Онда …», «В нём …», "In it, …".
_ITS_CONTENT = re.compile(r"\W*(?:Онда|Құжатта|Хатта|В (?:нём|нем|ней|документе|письме)|"
                          r"In it|The (?:document|letter) (?:said|says|stated|states))\b")
def _is_caps_label(text: str) -> bool:
    """A short label in capitals: "WHALING STATIONS.", "SCHOOL PHOTOS 1950s." (a letter in
    lower case at most), of six words or fewer."""
    if len(text.split()) > _CAPS_LABEL_WORDS or len(text) > 80:
        return False
    upper = sum(1 for c in text if c.isupper())
    return upper >= 4 and sum(1 for c in text if c.islower()) <= 1


_CAPS_LABEL_WORDS = 6


def _sets_up_own_paragraph(body: Sequence[Sentence], k: int) -> bool:
    """Whether sentence `k` is a short opener with no figure of a paragraph that goes on: it
    sets up its own paragraph, not tells how a turn before it came («Однако уже в четверг
    договорённость оказалась под угрозой.\n\nСоглашению предшествовали почти два месяца
    напряжённости. В январе …», round 150, ru 1490, whose short summary told the teaser's unit
    past its link, the opener alone)."""
    return k + 1 < len(body) and body[k + 1].paragraph == body[k].paragraph and \
        len(body[k].text.split()) <= SETUP_WORDS and \
        not any(char.isdigit() for char in body[k].text)


def build_units(body: Sequence[Sentence], language: Language | str,
                max_quote_sentences: int = 4, digest: bool = False) -> list[Unit]:
    """Group body sentences into units (quotations whole) and link dependent openers.

    A quotation left open at the end of a sentence pulls in the next sentences of the same
    paragraph until it closes (at most `max_quote_sentences`, so a missing closing mark does not
    swallow a paragraph). In a `digest` (stories under headings from the start), a short first
    sentence under a heading is a story's lead; in an article with sections it is a teaser
    ("'A postcode lottery'\n\nCritics say the figures understate the risk. The college …").
    """
    language = as_language(language)
    groups: list[list[Sentence]] = []
    open_quote = setup = turn = one_hand = announces = speech = False
    first_item = _FIRST_ITEM.get(language, _NO_ITEM)
    for k, sentence in enumerate(body):
        same_paragraph = bool(groups) and groups[-1][-1].paragraph == sentence.paragraph
        # (direct speech opened by a dash goes on to the sentence that says who spoke: «– Біз
        # ауылды … қалдырмаймыз. … Адамдар … алады, – деді Бекмұхамбетов.», round 77, kk 614,
        # whose long summary quoted its first two sentences with no speaker)
        open_quote = open_quote or (speech and same_paragraph)
        # (a sentence announcing items goes with the first item also when that opens the next
        # paragraph: «Комиссия мынадай негізгі бұзушылықтарды атап өтті.\n\nБіріншіден, …»,
        # round 62, kk 432)
        # (past that, a sentence that closes the quotation still belongs to it: "…in a
        # notebook. 1956, no honey. 1962, no honey. I will write 2021 under them, and then we
        # will see.", round 81's check, en 652, whose long summary closed on the last alone)
        # (a label in capitals goes on a list of them that the sentence before began after its
        # colon: "…each labelled in the same square capitals: WHALING STATIONS. BUTTER FACTORY
        # WAGES 1921–38. LIGHTHOUSE KEEPERS' LETTERS.", round 122's check, en 1150, whose
        # labels were passages of their own, one taken for the lead of the news)
        if same_paragraph and _is_caps_label(sentence.text) and (
                _is_caps_label(groups[-1][-1].text.rsplit(": ", 1)[-1])):
            groups[-1].append(sentence)
            continue
        if (open_quote and same_paragraph and (
                len(groups[-1]) < max_quote_sentences or
                (len(groups[-1]) < 2 * max_quote_sentences and
                 _closes_quotation(groups[-1], body[k:k + 2 * max_quote_sentences -
                                                    len(groups[-1])])))) or \
                (setup and same_paragraph) or turn or \
                (announces and (first_item.match(sentence.text) is not None or
                                _FIRST_STEP.match(sentence.text) is not None)) or \
                (one_hand and same_paragraph and len(groups[-1]) < _HANDS_SENTENCES):
            groups[-1].append(sentence)
        else:
            groups.append([sentence])
        # "On the one hand, …" goes on to "On the other hand, …" in its paragraph: one unit
        # (round 58, kk 378: «Бір жағынан, жаңа цех – тұрақты жұмыс …» closed a long summary
        # with no other side)
        if _ONE_HAND.match(sentence.text):
            one_hand = True
        elif one_hand:
            one_hand = len(groups[-1]) > 1 and not _OTHER_HAND.match(sentence.text)
        # A short paragraph of its own that only says the story turned goes with the first
        # sentence of the next, which tells how ("Hours after the vote, the government partly
        # reversed itself." over "…pensioners aged 75 and over … would keep …": round 58, en
        # 386, where the long summary ended on the turn alone)
        # (not a teaser right under the lead that the deal did not last, when the next
        # paragraph goes back to the start and tells no turn: «Однако договорённость
        # продержалась меньше суток.» over «Акция началась около 10:00 в понедельник.», round
        # 178's check, ru 1826, whose short summary told the protest's start as its turn; a
        # teaser lower down, right before what it foretells, still goes with it, "That relief
        # did not last." over the company's appeal, judged en 1748)
        turn = len(groups[-1]) == 1 and k > 0 and k + 1 < len(body) and \
            body[k + 1].paragraph == sentence.paragraph + 1 and \
            body[k - 1].paragraph != sentence.paragraph and \
            len(sentence.text.split()) <= SHORT_TURN_WORDS and \
            sentence.text.rstrip().endswith(".") and \
            (tells_reversal(sentence.text, language) or is_turn(sentence.text, language)) and \
            not _sets_up_own_paragraph(body, k + 1) and \
            not (sentence.paragraph <= body[0].paragraph + 1 and
                 NOT_FOR_LONG.search(sentence.text) is not None and
                 not tells_turn(body[k + 1].text, language))
        opens_speech = language is not Language.ENGLISH and (
            k == 0 or body[k - 1].paragraph != sentence.paragraph) and \
            _DASH_SPEECH.match(sentence.text) is not None
        speech = (opens_speech or (speech and len(groups[-1]) > 1)) and \
            _SPEAKER_AFTER_DASH.search(sentence.text) is None
        open_quote = bool(quote_balance(" ".join(s.text for s in groups[-1])))
        # A short first sentence of a paragraph that goes on sets up the next one: one unit.
        # (Not the article's first sentence, nor, in a digest, a story's under its heading: a
        # short lead is news of its own.)
        # (so does a first item's short label after the sentence that announced the items:
        # «…өзгерістің негізгі үш бағыты бар.\n\nБіріншісі – адвокаттарды тағайындаудың жаңа
        # тәртібі. Тергеуші немесе сот …», judged kk 252, whose long summary kept the label)
        # (a label only: "Firstly, guards used force." tells its part itself)
        item = len(groups[-1]) == 2 and _FIRST_LABEL.match(sentence.text) is not None
        setup = ((len(groups[-1]) == 1 and k > 0 and
                  body[k - 1].paragraph != sentence.paragraph) or item) \
            and (body[k - 1].index == sentence.index - 1 or not digest) \
            and len(sentence.text.split()) <= SETUP_WORDS and not open_quote and \
            sentence.text.rstrip().endswith((".", "?")) and \
            (not any(c.isdigit() for c in sentence.text) or
             # (a dated turn too: «15 мамырда жағдай өзгерді.», round 59, kk 392)
             is_turn(sentence.text, language, dated=True))
        # (a short turn that opens its paragraph with "but" goes with the report after it, and
        # so does one told as sooner than expected: «Ответ на этот вопрос пришёл быстрее, чем
        # кто-либо ожидал. В четверг … суд …», round 80, ru 644; and one that changes what was
        # told before, `changes_what_came_before`)
        setup = setup or (len(groups[-1]) == 1 and k > 0 and
                          body[k - 1].paragraph != sentence.paragraph and not open_quote and
                          k + 1 < len(body) and body[k + 1].paragraph == sentence.paragraph and
                          len(sentence.text.split()) <= SHORT_TURN_WORDS and
                          ((CONTRAST_OPENING.match(sentence.text) is not None or
                            _SOONER_THAN_EXPECTED.search(sentence.text) is not None) and
                           is_short_turn(sentence.text, language) or
                           changes_what_came_before(sentence.text, language) or
                           # (or says the news did not stand for long: "The plan, however,
                           # did not stand unchallenged for long. On Thursday the County
                           # Administrative Board … filed separate appeals …", round 205's
                           # check, en 2150, whose long summary kept the line alone; not yet
                           # «Дегенмен оң қорытынды небәрі екі апта ғана күшінде тұрды.», whose
                           # next sentence, the suit taken up, is not yet the suspension it
                           # foretells, judged kk 1862)
                           (language is Language.ENGLISH and
                            NOT_FOR_LONG.search(sentence.text) is not None and
                            _MAY_NOT.search(sentence.text) is None)))
        # a sentence that announces more news is set up for the one that tells it, whatever
        # its length («… тағы бір маңызды жаңалық белгілі болды.»: round 45, kk 284)
        setup = setup or (len(groups[-1]) == 1 and not open_quote and
                          any(word in sentence.text for word in _MORE_NEWS_WORDS) and
                          _MORE_NEWS.search(sentence.text[-_MORE_NEWS_TAIL:]) is not None)
        # and so is a teaser that opens its paragraph ("… — не только пейзаж.")
        setup = setup or (len(groups[-1]) == 1 and k > 0 and not open_quote and
                          body[k - 1].paragraph != sentence.paragraph and
                          k + 1 < len(body) and body[k + 1].paragraph == sentence.paragraph and
                          len(sentence.text.split()) <= _TEASER_WORDS and
                          "но и" not in sentence.text and
                          any(key in sentence.text for key in _TEASER_KEYS) and
                          _TEASER.search(sentence.text.rstrip()) is not None)
        # (and one that names a document the next sentence tells: «17 қазанда таңертең компания
        # кеншілерге жаңа құжатпен таныстырды. Онда … тек 10%-ға көтеруді мақұлдағаны
        # айтылған.», round 95, kk 830, whose summaries told a new document and never what it
        # said)
        setup = setup or (len(groups[-1]) <= 2 and not open_quote and k + 1 < len(body) and
                          body[k + 1].paragraph == sentence.paragraph and
                          len(sentence.text.split()) <= 2 * SETUP_WORDS and
                          _ITS_CONTENT.match(body[k + 1].text) is not None and
                          _DOCUMENT.search(sentence.text) is not None)
        # (and one that only says when the worst of it happened: «Маусымның ең ауыр оқиғасы 13
        # ақпанда, сенбі күні болды.», round 81, kk 658, whose long summary had it alone)
        setup = setup or (len(groups[-1]) == 1 and not open_quote and k + 1 < len(body) and
                          body[k + 1].paragraph == sentence.paragraph and
                          len(sentence.text.split()) <= 2 * SETUP_WORDS and
                          _WORST_EVENT.search(sentence.text) is not None)
        # (and one that only says how someone put what the quotation after it says: "Dr Simon
        # Pryce, an ecologist …, put it bluntly. "The grassland up there isn't wild, …," he
        # said.", round 125's check, en 1180, whose long summary kept it alone)
        setup = setup or (len(groups[-1]) == 1 and not open_quote and k + 1 < len(body) and
                          body[k + 1].paragraph == sentence.paragraph and
                          body[k + 1].text[:1] in QUOTES and
                          _PUT_IT.search(sentence.text) is not None)
        # (and a figure told as what it was at first, the change right after it in its
        # paragraph: «Бастапқы жобалық-сметалық құжаттама бойынша құрылыстың құны 96 млрд теңге
        # болатын. 2024 жылы смета қайта қаралып, 128 млрд теңгеге дейін өсті.», round 82, kk
        # 672, whose long summary gave the first cost alone)
        setup = setup or (len(groups[-1]) == 1 and not open_quote and k + 1 < len(body) and
                          body[k + 1].paragraph == sentence.paragraph and
                          any(c.isdigit() for c in sentence.text) and
                          _AT_FIRST.match(sentence.text) is not None and
                          _REVISED.search(body[k + 1].text) is not None)
        # (and an English look from outside that the next sentence sets against what lies
        # within: "From the road, the building looks much as it did. Inside, it has been almost
        # entirely rebuilt.", round 135, en 1300, whose short summary ended on the look)
        setup = setup or (len(groups[-1]) == 1 and not open_quote and k + 1 < len(body) and
                          body[k + 1].paragraph == sentence.paragraph and
                          len(sentence.text.split()) <= 2 * SETUP_WORDS and
                          _LOOKS.search(sentence.text) is not None and
                          _WITHIN_NEXT.match(body[k + 1].text) is not None)
        # (and one that only names the record-holder, what made the record told next in its
        # paragraph: «Рекордным, по материалам дела, оказался кроссовер Toyota RAV4 2013 г.
        # выпуска. При реальном пробеге 311 тыс. км его продали …», round 142, ru 1393, whose
        # long summary kept the first alone)
        setup = setup or (len(groups[-1]) == 1 and not open_quote and k + 1 < len(body) and
                          body[k + 1].paragraph == sentence.paragraph and
                          len(sentence.text.split()) <= 2 * SETUP_WORDS and
                          _RECORD_HOLDER.match(sentence.text) is not None)
        # and so is one that announces items the next tells ("The 14-page draft sets out
        # several main changes. Under it: …", round 51, en 318)
        announces = len(groups[-1]) == 1 and not open_quote and \
            _ANNOUNCES_FOLDED.search(sentence.text.lower()) is not None
        setup = setup or announces
    groups = _enumerations(groups, language)
    units = []
    later = _LATER_ITEM.get(language, _NO_ITEM)
    same_year = _SAME_YEAR.get(language)  # ("that year": see `opens_on_that_year`)
    speaker = _PRONOUN_SPEAKER.get(language)
    for index, group in enumerate(groups):
        texts = tuple(s.text for s in group)
        # (a quotation of several sentences names its speaker at its end: «– Депозит нарығындағы
        # бәсеке … ұзын, – дейді ол.», round 78, kk 622)
        # (also when the unit opens on its speaker's name, "RCB chief executive Samuel Mwangi
        # welcomed the ruling. "…," he told reporters.": tying it to the unit before lost 6 of
        # 7 long summaries blind pairwise in session 29, en 102, en 724, ru 494, ...)
        # (and, in Kazakh, a sentence in the pluperfect right after another of its paragraph
        # tells what had been before it: «Жүлде қоры … тең бөлінеді. 2018 жылы әйелдер
        # арасындағы жеңімпаз … 500 мың теңгеге аз алған еді.», round 79, kk 635, whose short
        # summary took the second without the first)
        pluperfect = index > 0 and group[0].paragraph == groups[index - 1][-1].paragraph and \
            tells_what_had_been(texts[0], language)
        depends = index - 1 if index > 0 and (leans_on_previous(texts[0], language)
                                              or later.match(texts[0]) or pluperfect or
                                              (len(texts) > 1 and speaker is not None and
                                               speaker.search(texts[-1]) is not None) or
                                              _inside_quotation(group, groups[index - 1])) \
            else None
        # (a later part told as a label needs the part before it, wherever that stood: "The
        # second is an increase …" after "The first is a $9.8 million bond …" and what that
        # went on to say, round 81, en 659)
        labelled = index > 0 and _LATER_LABEL.match(texts[0]) is not None
        if labelled:
            depends = next((j for j in range(index - 1, max(-1, index - _LABEL_REACH), -1)
                            if any(_FIRST_LABEL.match(t.text) or _LATER_LABEL.match(t.text)
                                   for t in groups[j])), index - 1)
        if depends is not None and same_year is not None and same_year.search(texts[0]):
            depends = _year_told(groups, index)
        # (and a figure compared, "That was still 3 percent above …", needs the figure: past a
        # sentence between that gives none, "Halvorsen achieved an average price of 41.20
        # crowns … Prices usually fall in late summer … That was still 3 percent above the
        # 40.00 crowns it achieved a year earlier.", round 205's check, en 2141, whose long
        # summary told it after the sentence on prices in general alone)
        elif depends is not None and compares_figure(texts[0]):
            depends = _figure_told(groups, index)
        elif depends is not None and not labelled and _REASON.match(texts[0]) and \
                group[0].paragraph != groups[index - 1][-1].paragraph:
            # a reason opening a paragraph explains the paragraph before as a whole: what its
            # first sentence told («Очередь … растянулась до входных дверей. … \n\nПричина —
            # масштабный сбой …»)
            paragraph = groups[index - 1][-1].paragraph
            depends = next(k for k in range(index) if groups[k][-1].paragraph == paragraph)
        units.append(Unit(texts, index, group[0].paragraph, depends, _quoted_share(texts),
                          quotes_foreign(" ".join(texts), language),
                          sum(sentence.items for sentence in group)))
    # A sentence that says in which language someone spoke, right before what they said in it,
    # goes where that quotation goes («Валентина Ершова өз ойын орыс тілінде жеткізді.» before
    # a Russian quotation: round 55, kk 344, where it was picked without it)
    for unit, after in zip(units, units[1:]):
        # (so does one that only says someone explained, right before the explanation in it:
        # «…техникалық директоры Виктор Шульга ақаудың себебін брифингте түсіндірді.» over a
        # Russian quotation, round 76, kk 591, whose long summary announced a cause it never
        # gave)
        if after.foreign and not unit.foreign and (
                _IN_A_LANGUAGE.search(unit.text) or (
                    after.depends_on == unit.index and unit.word_count <= _EXPLAINS_WORDS and
                    not any(c.isdigit() for c in unit.text) and
                    _EXPLAINS.search(unit.text) is not None)) and \
                len(unit.sentences) == 1 and not quote_balance(unit.text) and \
                unit.quoted < 0.5:
            units[unit.index] = replace(unit, foreign=True)
    return units


#: A sentence that names the record-holder: «Рекордным … оказался …», "The record case was …"
#: (`build_units`).
_RECORD_HOLDER = re.compile(r"(?:Рекордн\w+|Самым (?:дорогим|крупным|длинным|старым)),? "
                            r"[^.!?]{0,40}оказал\w+\s|"
                            r"The (?:record|biggest|worst) (?:case|one|example) "
                            r"(?:was|belonged to)\s")
#: Explaining, with the explanation to come: «түсіндірді», «объяснил», "explained".
_EXPLAINS = re.compile(r"(?i)түсіндір(?:ді|іп берді)|себебін айтты|\bобъяснил\w*|\bпояснил\w*|"
                       r"\bexplained\b")
#: ... in a sentence of at most this many words.
_EXPLAINS_WORDS = 14
#: Speaking in a language: "in Russian", «по-русски», «на английском», «орыс тілінде».
_IN_A_LANGUAGE = re.compile(r"(?i)\bin (?:english|russian|kazakh|german|french|chinese)\b|"
                            r"\bпо-(?:русски|английски|казахски|немецки|французски)\b|"
                            r"\bна (?:русском|английском|казахском|немецком)\b|"
                            r"(?:орыс|ағылшын|қазақ|неміс|қытай) тілінде")


#: A sentence that only announces another piece of news, told in the next one.
_MORE_NEWS = re.compile(r"(?i)(?:тағы бір (?:маңызды )?жаңалық (?:белгілі болды|келді)|"
                        r"стало известно (?:и )?(?:ещё|еще) (?:об? )?одн\w+ (?:новост|решени)\w*|"
                        # («Вечером того же дня стало известно о новом повороте в деле.», round
                        # 69's check, ru 320: it closed a long summary without the turn)
                        r"стало известно о нов\w+ (?:поворот|новост|решени)\w*"
                        r"(?: в (?:этом )?деле| в (?:этой )?истории)?|"
                        r"(?:there was|came) (?:more|further) news)\W*$")
_MORE_NEWS_TAIL = 80  # (the announcement ends the sentence: only its end is searched)
#: A teaser that ends on "more than …" and leaves the rest to the sentences after it: «Для
#: Шелковки … озеро — не только пейзаж.» (round 79, ru 636, whose long summary kept it without
#: the catches and tourists that followed), "For the village the lake is more than scenery.",
#: «Ауыл үшін көл тек табиғат көрінісі емес.»
# (also «Зимник через Лену — это не просто полоса на замёрзшей реке.», and one that says a
# reason is coming, «Қатаң бақылаудың өз себебі бар.», round 85, ru 708 and kk 708, whose long
# summaries kept them without what they announced)
_TEASER = re.compile(r"(?i)(?:—|–|-)\s*(?:это\s+)?не (?:только|просто)\s+[^.!?,;:]{1,40}[.!]$|"
                     r"\b(?:is|are|was|were) (?:much |far )?more than (?:just )?[^.!?,;:]{1,30}\.$|"
                     r"\b(?:is|are|was|were) not (?:just|only|merely) [^.!?,;:]{1,30}\.$|"
                     r"\b(?:тек|жай ғана) [^.!?,;:]{1,40} (?:ғана )?емес\.$|"
                     r"\b(?:өз )?себебі бар\.$|\b(?:на то|у этого) (?:есть|были) (?:свои )?"
                     r"причин\w*\.$|\bthere (?:is|was) a reason for (?:that|this|it)\.$|"
                     # (and complaints announced, told in the next sentence: "The expansion has
                     # also drawn complaints closer to home.", round 97, en 851, whose long
                     # summary closed on it)
                     r"\b(?:drawn|drew|draws|prompted) (?:\w+ ){0,2}(?:complaints|criticism|"
                     r"objections)\b[^.!?,;:]{0,30}\.$|"
                     # (and a why answered "simply", the answer next: «Почему модный дом не
                     # обратился к фабрикам …, в Милане объясняют просто.», round 205's check,
                     # ru 2146, whose long summary kept it without the answer)
                     r"\b(?:объясня\w+|объяснил\w*|поясня\w+|поясни\w+) (?:это |так )?"
                     r"просто\.$|\bexplain(?:s|ed)? (?:it |this |that )?simply\.$")
_TEASER_WORDS = 16
#: A sentence that only says when the worst of it came: what happened is told next.
_WORST_EVENT = re.compile(
    r"(?i)^\W*the (?:worst|most serious|deadliest|most dramatic|hardest) (?:\w+ ){0,2}"
    r"(?:incident|accident|rescue|call-?out|case|episode|night|day)\b[^.!?]{0,40}?"
    r"(?:came|happened|occurred|was)\b[^.!?]{0,40}[.!]$|"
    r"^\W*сам(?:ый|ая|ое) (?:тяж[её]л|серь[её]зн|страшн|драматичн|трудн)\w* (?:\w+ ){0,2}"
    r"(?:случай|инцидент|происшествие|эпизод|вызов|день|ночь)\w*\b[^.!?]{0,40}?"
    r"(?:произош|случил|был|пришл)\w*[^.!?]{0,30}[.!]$|"
    r"ең (?:ауыр|қиын|қауіпті|қайғылы) (?:оқиға|жағдай|апат|күн|түн)\w*[^.!?]{0,40}?"
    r"(?:болды|орын алды)\.$")
_TEASER_KEYS = ("не только", "не просто", "more than", "not just", "not only", "not merely",
                "емес", "себебі бар", "причин", "a reason for", "complaints", "criticism",
                "objections", "просто.", "simply.")
_MORE_NEWS_WORDS = ("жаңалық", "известно", "news")  # (a substring test first: most have none)


#: "That year" as what a sentence opens on: it needs the sentence that named the year.
_SAME_YEAR = {
    Language.ENGLISH: re.compile(r"(?i)^\W*(?:that|the same) year\b"),
    Language.RUSSIAN: re.compile(r"(?i)^\W*(?:в )?(?:том же|тот|тот же) год"),
    Language.KAZAKH: re.compile(r"(?i)^\W*(?:сол|дәл сол) жылы\b"),
}
YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def opens_on_that_year(sentence: str, language: Language | str) -> bool:
    """True when the sentence opens on "that year" («В том же году», «Сол жылы»)."""
    pattern = _SAME_YEAR.get(as_language(language))
    return pattern is not None and pattern.search(sentence) is not None


#: A turn told as only likely ("…may not last long"), not as come (`build_units`).
_MAY_NOT = re.compile(r"(?i)\b(?:may|might|could|would) not\b")
#: "That was still 3 percent above …", «Это на 3% больше, чем …»: a figure told before,
#: compared (`build_units`).
_FIGURE_COMPARED = re.compile(r"\W*(?:(?:That|This|It) (?:was|is|remains|remained)|"
                              r"Это(?: (?:было|всё равно|все равно|всё же|все же))?)"
                              r"(?: \w+){0,4}? (?:above|below|higher|lower|more|less|выше|"
                              r"ниже|больше|меньше)\b")


def compares_figure(sentence: str) -> bool:
    """True for a sentence that compares a figure told before: "That was still 3 percent above
    …", «Это на 3% больше, чем …» (it needs the figure, past a sentence between that gives
    none: `build_units`)."""
    return _FIGURE_COMPARED.match(sentence) is not None


def _figure_told(groups: Sequence[Sequence[Sentence]], index: int) -> int:
    """The unit a sentence that compares a figure told before (unit `index`) needs: the one
    before it, or, when that one gives no figure, the one before that in its paragraph."""
    before = " ".join(s.text for s in groups[index - 1])
    if index > 1 and not any(c.isdigit() for c in before) and \
            groups[index - 2][-1].paragraph == groups[index][0].paragraph and \
            any(c.isdigit() for s in groups[index - 2] for c in s.text):
        return index - 2
    return index - 1


def _year_told(groups: Sequence[Sequence[Sentence]], index: int) -> int:
    """The unit a "that year" sentence (unit `index`) needs: the one before it, or, when that
    one names no year, the nearest earlier one in its paragraph that does ("Әкімдікке 2024
    жылы 2 300 шағым түсті. Тұрғындар … наразылық білдірген. Сол жылы …": the complaints
    sentence between names none)."""
    paragraph = groups[index][0].paragraph
    for k in range(index - 1, max(index - 4, -1), -1):
        if groups[k][-1].paragraph != paragraph:
            break
        if YEAR.search(" ".join(s.text for s in groups[k])):
            return k
    return index - 1


def _enumerations(groups: list[list[Sentence]], language: Language) -> list[list[Sentence]]:
    """Join an enumeration within a paragraph into one group: from the group whose sentence
    opens with the first item's marker ("Біріншіден, …") through the later items ("Екіншіден,
    …") and the sentences that lean on them, so no summary takes the first item alone. Only
    when a later item follows in the same paragraph."""
    first, later = _FIRST_ITEM.get(language, _NO_ITEM), _LATER_ITEM.get(language, _NO_ITEM)
    joined: list[list[Sentence]] = []
    k = 0
    while k < len(groups):
        group = list(groups[k])
        k += 1
        if any(first.match(sentence.text) for sentence in group):
            end = k
            while end < len(groups) and groups[end][0].paragraph == group[-1].paragraph and (
                    later.match(groups[end][0].text)
                    or leans_on_previous(groups[end][0].text, language)):
                end += 1
            if any(later.match(g[0].text) for g in groups[k:end]):
                group = group + [sentence for g in groups[k:end] for sentence in g]
                k = end
        joined.append(group)
    return joined


@lru_cache(maxsize=4096)  # the checks of one unit ask for it several times per summary
def _outside_quotes(text: str) -> str:
    """The text with every quotation taken out (what the narrator says)."""
    kept: list[str] = []
    closing: str | None = None
    start = 0
    for match in _QUOTE_MARK.finditer(text):
        char = match.group(0)
        if closing is None and char in QUOTES:
            kept.append(text[start:match.start()])
            closing = QUOTES[char]
        elif closing is not None and char == closing:
            closing, start = None, match.end()
    if closing is None:
        kept.append(text[start:])
    return " ".join(kept)


#: A quotation of five words or more, and the letters that mark a language: a Kazakh text's
#: quotation with none of Kazakh's own letters is Russian; Latin letters in a Cyrillic text, or
#: Cyrillic in an English one, are the other alphabet.
#: (a quotation split over two units is open at the end of the first and closes in the second)
#: (the second half only where the text opens inside a quotation: a text that opens on its own
#: words before '"Your systems are ours now. …"' does not, round 65, ru 446, where the words
#: before the quotation were taken for it and the English went unseen)
_LONG_QUOTE = re.compile(r"[«“\"„]([^«»“”\"„]{20,})(?:[»”\"]|$)|^([^«»“”\"„]{20,})[»”](?!\S)")
_KAZAKH_LETTERS = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
_LATIN_WORD = re.compile(r"\b[A-Za-z]{2,}\b")
_LATIN_LETTER = re.compile("[A-Za-z]")
_CYRILLIC_LETTER = re.compile("[\u0400-\u04ff]")
_CYRILLIC_WORD = re.compile("\\b[\u0400-\u04ff]{2,}\\b")


def quotes_foreign(text: str, language: Language) -> bool:
    """Whether the text quotes five words or more in another language than the article's («Мы
    уважаем суд, но …» in a Kazakh story): a summary would have to translate it, so it is
    never picked for it (blind round 39, kk 248 long: "a long untranslated Russian quotation")."""
    if not _QUOTE_MARK.search(text):
        return False  # (most passages quote nothing)
    for match in _LONG_QUOTE.finditer(text):
        quoted = match.group(1) or match.group(2)
        words = quoted.split()
        if len(words) < 5:
            continue
        # (no letter of the other alphabet, and Kazakh letters in a Kazakh quote: its own)
        if language is Language.ENGLISH:
            if not _CYRILLIC_LETTER.search(quoted):
                continue
        elif not _LATIN_LETTER.search(quoted) and (
                language is not Language.KAZAKH or _KAZAKH_LETTERS.search(quoted)):
            continue
        latin = len(_LATIN_WORD.findall(quoted))
        cyrillic = len(_CYRILLIC_WORD.findall(quoted))
        if language is Language.ENGLISH:
            foreign = cyrillic >= 0.6 * len(words)
        else:
            foreign = latin >= 0.6 * len(words) or (
                language is Language.KAZAKH and cyrillic >= 0.6 * len(words)
                and not _KAZAKH_LETTERS.search(quoted))
        if foreign:
            return True
    return False


def _quoted_share(sentences: tuple[str, ...]) -> float:
    """How much of a unit is direct speech: the share of its letters inside quotation marks."""
    text = " ".join(sentences)
    if not _QUOTE_MARK.search(text):
        return 0.0
    letters = _letters(text)
    if not letters:
        return 0.0
    inside = 0
    closing: str | None = None
    start = 0
    for match in _QUOTE_MARK.finditer(text):
        char = match.group(0)
        if closing is None and char in QUOTES:
            closing, start = QUOTES[char], match.end()
        elif closing is not None and char == closing:
            inside += _letters(text[start:match.start()])
            closing = None
    if closing is not None:
        inside += _letters(text[start:])
    return inside / letters


def _letters(text: str) -> int:
    """How many letters and digits the text has (what `[^\\W_]` matches: `str.isalnum`,
    counted without building a list of them)."""
    return sum(map(str.isalnum, text))


#: A full name: two or three capitalised words, or initials and a surname ("Margaret
#: Holloway", "Т.Г. Ларионова", "Ерлан Оспанов"); its last word is the surname used alone later.
#: (names may have Latin letters with marks: "Dragana Ilić Vukmirović", round 63, en 444)
_MARKED = [chr(c) for c in range(0xC0, 0x180) if chr(c) not in "×÷"]
_UP = UPPER_LETTERS + "".join(c for c in _MARKED if c.isupper())
_LOW = LOWER_LETTERS + "".join(c for c in _MARKED if c.islower())
#: (the surname is the last of a run of capitalised words: "Sport Minister Joanne Whitford",
#: not "Joanne", round 50, en 314)
#: (not a sentence's first word that is no name: "Under Mongolia's central bank law" made
#: "Mongolia" a surname its later mentions needed, round 76, en 602)
#: English words that end the name of a body or a place, never a person's.
_BODY_WORDS = (r"(?:Management|Ministry|Department|Agency|Authority|Commission|Committee|Council|"
               r"Board|Court|Bank|University|College|School|Hospital|Service|Services|Office|"
               r"Resources|Affairs|Development|Police|Party|Union|Association|Society|Institute|"
               r"Centre|Center|Company|Group|Fund|Trust|Foundation|Network|Museum|Theatre|"
               r"Theater|Club|River|Lake|Street|Road|Bridge|Square|Park|Province|Region|County|"
               r"District|Assembly|Parliament|Senate|Tribunal)")
_FULL_NAME = starting_where_it_can(re.compile(
    r"\b(?!(?:Under|In|On|At|For|From|With|After|Before|By|The|This|That|These|Those|But|And|"
    r"When|While|As|If|Since|Until|During|Across|Near|Outside|Inside|According|Last|Next|"
    r"Every|Each|Both|Many|Most|Some|Only|Even|Also|Then|Now|Once|Like|Unlike|Without|"
    r"Against|Between|Among|Through|Despite|Because|Although|Though|Where|Why|How|What|"
    r"Unless|Whether|Over|Into|Beyond|Along|Around|Within|"
    # (nor a part of a place: "Southern Ontario needs stone …" in a quotation gave "Ontario" as
    # a surname, and "…the Ontario Superior Court of Justice" later needed it, round 207's
    # check, en 2174, whose short summary never told the appeal the headline gives)
    r"Northern|Southern|Eastern|Western|Central|Upper|Lower)\s)"
    rf"(?:[{_UP}][{_LOW}]+\s+|(?:[{_UP}]\.\s?)+)(?:[{_UP}][{_LOW}]+\s+)?"
    # (not a body's name: "the Ministry of Emergency Management would …" gave "Management"
    # as a surname, and "Emergency Management Minister Colleen Varga" needed it, round 77, en
    # 608)
    # (nor in the plural: "outside the Milimani Law Courts" gave "Courts", and "the Court of
    # Appeal" later needed it, round 93, en 800, whose long summary left the appeal out)
    # (a surname with a capital inside too: "Ruairidh MacAskill", "McKenzie", round 122, en
    # 1144, whose long summary kept "…, MacAskill admits, …" with him never introduced)
    rf"(?!{_BODY_WORDS}s?\b)([{_UP}](?:[{_LOW}]{{1,2}}[{_UP}])?[{_LOW}]{{3,}})(?![{_LOW}])"
    rf"(?!\s+[{_UP}][{_LOW}])"),
    word_start=False)
#: Russian and Kazakh surnames by their endings ("Оспанов", "Ларионова", "Серікқызы"), also in
#: another case ("Директору … Виталию Каргаполову, 49 лет, предъявлено обвинение", round 84,
#: ru 692, whose summaries named «Каргаполова» and never said who he was; «Оспановқа»).
_SURNAME = re.compile(r"(?:(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ой|ых|е|тың|тің|қа|ке|ты|ті|пен|тан|"
                      r"тен|та|те)?|ский|ская|цкий|цкая|енко|ук|юк|"
                      # (and a surname in «-ная» after a first name: «Ольга Бережная», round 156,
                      # judged kk 1560, whose «Бережнаяның сенім білдірілген өкілі …» came into
                      # the short summary with no one introduced)
                      r"ная|"
                      r"ұлы|қызы|улы|кызы|швили|дзе|ян|нен)$")
#: A Russian preposition right before a would-be first name: a place follows it.
_AFTER_PREPOSITION = re.compile(r"(?:^|\s)(?:[Вв]о?|[Нн]а|[Ии]з|[Пп]од|[Зз]а|[Дд]о|[Оо]т|[Кк]|"
                                r"[Пп]о|[Уу]|[Сс]о?|[Пп]ри|[Чч]ерез)\s+$")
_CAPITALISED = starting_where_it_can(re.compile(rf"\b[{_UP}](?:[{_LOW}]{{1,2}}[{_UP}])?"
                                                rf"[{_LOW}]{{3,}}"), word_start=False)
#: A first name with a word of respect after it: «Серік ақсақал», «Роза апай», «Нина Петровна»
#: is a patronymic and stays with `_PATRONYMIC`.
#: A surname alone as a source, right before or after the words that quote it: «По словам
#: Алерс», «— рассказала Алерс», «Алерс считает», «Алерстің сөзінше». A Cyrillic full name whose
#: surname has no Russian or Kazakh ending is taken for a place («Нижний Новгород») unless the
#: article later quotes its surname so (round 118, ru 1102: «историк архитектуры Катрин Алерс»,
#: whose long summary kept «По словам Алерс, …» without her).
_QUOTED_BEFORE = re.compile(r"(?:[Пп]о (?:словам|мнению|оценке)|(?:сказал|рассказал|отметил|"
                            r"добавил|пояснил|подчеркнул|заявил|признал|написал)а?,?)\s+$")
_QUOTED_AFTER = re.compile(r"\w*,?\s+(?:сказал|рассказал|отметил|добавил|пояснил|подчеркнул|"
                           r"заявил|признал|написал|считает|говорит|уверен|сөзінше|айтты|"
                           r"деді|мәлімдеді|атап өтті|пікірінше)")
_RESPECTED = re.compile(rf"\b([{_UP}][{_LOW}]+) (?:ақсақал|апай|ата|әже|аға|ағай|тәте|әпке)\b")
_PATRONYMIC = re.compile(r"(?:овна|евна|ична|ович|евич|ьич|[мкл]ич)$")  # (and «Фомич», «Лукич»)


#: Titles that may stand before a surname alone: not a first name.
_TITLES = frozenset("депутат министр мэр губернатор сенатор судья профессор академик директор "
                    "президент премьер аким әкім депутаты mayor minister senator judge justice "
                    "councillor councilor governor professor president chairman dr mr mrs ms "
                    "sir "
                    # (nor "himself": «Сам Шабалин говорит, …» after «Геннадий Фомич Шабалин»,
                    # round 80's ru 640, whose long summary took it in with no one introduced)
                    "сам сама сами".split())


def _stems(words: Sequence[str]) -> str:
    """A key for a first name and patronymic in any of their cases: «Геннадия Фомича» and
    «Геннадий Фомич» give "генн фоми" (a word's first four letters, three of a short one)."""
    return "~" + " ".join(word.lower()[:4] if len(word) > 4 else word.lower()[:3]
                          for word in words)


def _same_name(first: Sequence[str], again: Sequence[str]) -> bool:
    """Whether the words `again` give the name `first` gave, in any case: «Олега Ракитина»
    after «Олег Ракитин» (each word's letters but its last, three at least, alike)."""
    return len(first) == len(again) and all(
        a.lower()[:max(3, min(len(a), len(b)) - 1)] == b.lower()[:max(3, min(len(a), len(b)) - 1)]
        for a, b in zip(first, again))


#: A Cyrillic first name alone that opens a sentence, a word in lower case after it: «Дильшод
#: как раз отличник.» (`name_introductions`).
#: ... or a first name alone after «сам», «сама»: «…в том числе сам Николай.» (round 202, ru 2110,
#: whose long summary named the keeper it never introduced).
#: The longest case ending a first name may carry alone («Күләштің», «Дильшода»).
_CASE_ENDING = 4
#: Capitalised words that open a sentence before a surname and are no first name.
_NOT_FORENAMES = frozenset("сама сами само сам этот эта эти его её их также только даже".split())
_FORENAME_SELF = re.compile(r"\b[Сс]ама? ([А-ЯЁ][а-яё]{2,})\b(?!\s+[А-ЯЁ])")
_FORENAME_OPENS = re.compile(r"(?:^|(?<=[.!?…»]\s))(?<![А-ЯЁӘҒҚҢӨҰҮҺІ]\.\s)"
                             r"([А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]{2,})"
                             r"(?=\s+[а-яёәғқңөұүһі])")


#: A work of art or writing just before a name, which says who made it: «этюд Бахметьева»,
#: «картину Репина», "a portrait by Serov".
_WORK_OF = re.compile(r"(?:(?<![^\W\d_])(?:(?:этюд|эскиз|портрет|пейзаж|роман)(?:а|е|у|ом|ы|"
                      r"ов|и|ем)?|(?:картин|гравюр|скульптур|поэм|пьес|опер)(?:а|у|ы|е|ой)|"
                      r"полотн(?:о|а|е|ом)|рисун(?:ок|ка|ке|ком|ки)|повест(?:ь|и|ью)|"
                      r"симфони(?:я|ю|и|ей))|\b(?:painting|portrait|sketch|study|sculpture|novel|poem|play|"
                      r"symphony|opera|landscape)s? by)\s+$", re.IGNORECASE)


#: Initials that open a name ("А. Қалиев", «В.В. Петров») (`name_introductions`).
_INITIALS = re.compile(rf"(?:[{_UP}]\.\s?)+(?=[{_UP}])")
#: What comes before initials that say nothing of who the person is: a sentence's start, or
#: «По словам» (not a role: «…главного санитарного врача по Астраханской области О.Р.
#: Бекмурзиной …», which stands) (`name_introductions`).
_NO_ROLE_BEFORE = re.compile(r"(?:^|[.!?…»]\s+|\b[Пп]о словам\s+|\b[Сс]огласно\s+)\W*$")
#: ... and right before a surname (`name_introductions`).
_INITIAL_BEFORE = re.compile(rf"(?<![{_UP}{_LOW}])[{_UP}]\.\s?$")


#: Letters a parenthesis gives a body ("… АО «Зауральская теплосетевая компания» (ЗТК) …").
_ACRONYM_GIVEN = re.compile(r"\(([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,6})\)")


_ACRONYM_OPENING_WORDS = 3


def acronym_introductions(units: Sequence[Unit]) -> list[frozenset[int]]:
    """For each unit, the earlier unit that gave the letters it names a body by in a
    parenthesis: «В ЗТК решение восприняли сдержанно.» needs «…АО «Зауральская теплосетевая
    компания» (ЗТК)» (round 162, ru 1629, whose long summary told the company's reaction by its
    letters alone, 1.5 below lead as judged)."""
    given: dict[str, int] = {}
    needs: list[frozenset[int]] = []
    for unit in units:
        # (only letters among a unit's first words, where they stand for its subject: a body
        # named by them further on, "…the handover of port facilities to PMG …", is told well
        # enough by what the sentence says of it)
        opening = " ".join(unit.text.split()[:_ACRONYM_OPENING_WORDS])
        wanted = {given[letters] for letters in given if given[letters] != unit.index and
                  re.search(rf"(?<![\w(«]){letters}(?![\w)»])", opening) is not None and
                  f"({letters})" not in unit.text}
        needs.append(frozenset(wanted))
        for match in _ACRONYM_GIVEN.finditer(unit.text):
            given.setdefault(match.group(1), unit.index)
    return needs


#: «По словам », «по прогнозу »: a Russian source's name comes next (`name_introductions`).
_ACCORDING_TO_RU = re.compile(r"(?<![^\W\d_])[Пп]о (?:\w+ )?(?:словам|мнению|прогнозу|оценке|"
                              r"оценкам|данным|подсчётам|подсчетам|расчётам|расчетам|сведениям) $")


#: A capitalised word right before a name's word and one right after it
#: (`name_introductions`).
#: (in the Latin alphabet only: a Cyrillic surname runs into a first name or a place, «Адвокат
#: Клюева Павел Гринберг …», judged ru 1658, «Бақыт Жүнісов Қарағанды облысының …», kk 1334)
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][a-z'’-]+\s$")
_CAPITALISED_AFTER = re.compile(r"\s[A-Z][a-z]")


def name_introductions(units: Sequence[Unit]) -> list[frozenset[int]]:
    """For each unit, the earlier units that introduce a person it names by surname alone
    ("Holloway said …" needs the unit with "Justice Margaret Holloway"). A surname counts when
    the article first gives it with a first name or initials; its case endings are allowed
    ("Оспанов", "Оспановтың": the first five letters match)."""
    introduced: dict[str, int] = {}  # surname key -> the unit that gives the full name first
    given: dict[str, str] = {}  # surname key -> the full name as first given
    # a first name and patronymic that a full name of three words began, and its unit: «Нина
    # Петровна свой огород …» needs «Нина Петровна Грачёва, 71-летняя …» (round 64, ru 454)
    forenames: dict[str, int] = {}
    surnamed: dict[str, int] = {}  # a first name given with a surname, and its unit
    quotable: dict[str, int] = {}  # a foreign-looking Cyrillic surname's key -> its unit
    needs: list[frozenset[int]] = []
    for unit in units:
        text = unit.text
        names = list(_FULL_NAME.finditer(text))
        # (a double surname alone is no full name: "Ilić Vukmirović said …" after "Dragana Ilić
        # Vukmirović, a state secretary …", round 63, en 444)
        # (nor a place before a surname given before with its own first name: «В Бережки
        # Гущин приехал …» after «Валентин Семёнович Гущин …», round 79, ru 628)
        # (nor a title before a surname: «Депутат Зубков назвал …» after «Депутат от КПРФ Олег
        # Зубков …», round 80, ru 650; "Mayor Reyes said …")
        # (nor initials before a surname given before: «А. Қалиевтің айтуынша, …» after
        # «Серіктестіктің бас директоры Арман Қалиев …», «В. Кравецтің айтуынша, …» after
        # «…меңгерушісі Валентина Кравец …», round 161, kk 1613 and kk 1611, whose long
        # summaries closed on them with the person never introduced)
        full = {match.start(1) for match in names
                if match.group(0).split()[0].lower() not in _TITLES and
                not (match.group(1)[:5].lower() in given and (
                    given[match.group(1)[:5].lower()].endswith(" " + match.group(0).strip()) or
                    _AFTER_PREPOSITION.search(text, 0, match.start()) is not None)) and
                not (_INITIALS.match(match.group(0)) is not None and
                     _NO_ROLE_BEFORE.search(text, 0, match.start()) is not None and
                     (match.group(1)[:5].lower() in introduced or
                      match.group(1)[:5].lower() in quotable))}
        wanted = set()
        # (a first name with a word of respect stands for the person too: «Серік ақсақал …»
        # after «Серік Әбенов …», round 76, kk 598, whose long summary closed on an elder it
        # never introduced)
        for match in _RESPECTED.finditer(text) if forenames else ():
            earlier = forenames.get(match.group(1).lower())
            if earlier is not None and earlier != unit.index:
                wanted.add(earlier)
        # (and so does a first name alone that opens a sentence: «Дильшод как раз отличник.»
        # after «…Дильшод Каримов открывает на телефоне таблицу.», round 150, judged ru 1480,
        # whose long summary told it without the student, 1.5 below lead)
        # (only the first name of one given with a surname that looks like one, «Каримов»: not
        # two capitalised words, «Сам доктор», «Комиссия …»)
        for match in [*_FORENAME_OPENS.finditer(text), *_FORENAME_SELF.finditer(text)] \
                if surnamed else ():
            name = match.group(1).lower()
            # (in any case: «Күләштің қыстауынан …» after «Күләш Досжанова …», round 205's
            # check, kk 2146, whose long summary told her twice and never who she was)
            earlier = surnamed.get(name, next((at for given_name, at in surnamed.items()
                                               if name.startswith(given_name) and
                                               len(name) - len(given_name) <= _CASE_ENDING),
                                              None))
            if earlier is not None and earlier != unit.index:
                wanted.add(earlier)
        for match in _CAPITALISED.finditer(text) if introduced or quotable else ():
            key = match.group(0)[:5].lower()
            # (a surname of four letters in another case keys on its four: «По словам Зуева,
            # …» after «…Андрей Зуев признал …», round 176's check, ru 1791, whose long summary
            # closed on it)
            # (only as the source of what is said: not «…внук Зуева, 38-летний Андрей, …»,
            # judged ru 1204, whose summaries then lost the grandson who rebuilt the forge)
            if key not in introduced and len(match.group(0)) <= 7 and \
                    len(key[:4]) == 4 and key[:4] in introduced and \
                    _ACCORDING_TO_RU.search(text, 0, match.start()) is not None:
                key = key[:4]
            if match.start() in full:
                continue
            # (nor a word inside a longer name, a capitalised word on each side: "…the Alder
            # Springs Property Owners Alliance filed suit …" after "Alder Springs, a town of
            # about 4,800 …", round 196's check, en 2042, whose short summary never told the
            # suit)
            if _CAPITALISED_BEFORE.search(text, 0, match.start()) is not None and \
                    _CAPITALISED_AFTER.match(text, match.end()) is not None:
                continue
            # (not the maker of a work named after it: «…небольшой масляный этюд Бахметьева
            # «Волга у Решмы» …» after «Дом построил … купец Пётр Бахметьев …», round 154's
            # check, ru 1534, whose summaries never told the theft: the news line needed the
            # history before the scene)
            if _WORK_OF.search(text, 0, match.start()):
                continue
            if key in introduced and introduced[key] != unit.index:
                wanted.add(introduced[key])
            elif key in quotable and quotable[key] != unit.index and (
                    _QUOTED_BEFORE.search(text, 0, match.start()) or
                    _QUOTED_AFTER.match(text, match.end()) or
                    _INITIAL_BEFORE.search(text, 0, match.start()) is not None):
                wanted.add(quotable[key])
        for match in names:
            words = match.group(0).split()
            # (a first name and patronymic in any case: «Отец Геннадия Фомича …» after
            # «Геннадий Фомич Шабалин …», round 80, ru 640, whose long summary kept it alone)
            earlier = forenames.get(" ".join(words).lower(), forenames.get(_stems(words[-2:])))
            if earlier is not None and earlier != unit.index:
                wanted.add(earlier)
                continue
            # (a full name told again as first given, with nothing more on who it is: «Николай
            # Ахонен на заседания не ездил …» after the scene's «Каждое утро … Николай Ахонен
            # приходит …», round 143, judged ru 1396, whose long summary closed on a man it
            # never introduced)
            key = match.group(1)[:5].lower()
            # (a Cyrillic surname only: "Cascade Plains" or "Inland Rivers Water" told again is
            # a firm, known by its name)
            # (also in another case: «По словам Андрея Суркова, …» after «Заместитель мэра …
            # Андрей Сурков заявил …», round 201, ru 2091, whose summaries closed on a man
            # they never said who he was)
            if key in given and (given[key] == match.group(0).strip() or
                                 _same_name(given[key].split()[-len(words):], words)) and \
                    CYRILLIC.match(match.group(1)) and _SURNAME.search(match.group(1)) and \
                    introduced.get(key, unit.index) != unit.index:
                wanted.add(introduced[key])
                continue
            if CYRILLIC.match(match.group(1)) and not _SURNAME.search(match.group(1)):
                quotable.setdefault(match.group(1)[:5].lower(), unit.index)
                continue  # "Шығыс Қазақстан", "Нижний Новгород": a place, not a person
            if len(words) == 3 and _PATRONYMIC.search(words[1]):
                forenames.setdefault(" ".join(words[:2]).lower(), unit.index)
                forenames.setdefault(_stems(words[:2]), unit.index)
            if len(words) == 2:
                forenames.setdefault(words[0].lower(), unit.index)
                # (not one that opens a sentence, where any word has a capital: «Сам Лукин …»;
                # a first name of four letters or more may: «Күләш Досжанова алдымен …», round
                # 205's check, kk 2146)
                if _SURNAME.search(words[1]) and not _SURNAME.search(words[0]) and \
                        ((text[:match.start()].strip() and
                          not re.search(r"[.!?…»]\s*$", text[:match.start()])) or
                         (len(words[0]) >= 4 and words[0].lower() not in _NOT_FORENAMES)):
                    surnamed.setdefault(words[0].lower(), unit.index)
            introduced.setdefault(match.group(1)[:5].lower(), unit.index)
            given.setdefault(match.group(1)[:5].lower(), match.group(0).strip())
        needs.append(frozenset(wanted))
    return needs


def full_names(text: str) -> dict[str, str]:
    """The people `text` names in full ("Dave Anstey", "Justice Margaret Holloway" gives
    "Margaret Holloway"), by their surname's key (`name_introductions`): its first five
    letters, lower-cased."""
    found: dict[str, str] = {}
    for match in _FULL_NAME.finditer(text):
        words = match.group(0).split()
        while words and words[0].lower().rstrip(".") in _TITLES:
            words = words[1:]
        if len(words) > 1 and not (CYRILLIC.match(match.group(1)) and
                                   not _SURNAME.search(match.group(1))):
            found.setdefault(match.group(1)[:5].lower(), " ".join(words))
    return found


#: A body named by its kind alone at the start of a sentence ("The committee said …",
#: «Комитет … мәлімдеді», «Комиссия решила …»): the kind's stem, which the unit that first
#: named the body in full also has ("Медициналық … бақылау комитеті", «комиссия по …»).
_INSTITUTIONS = {
    # (not "the ministry", "the committee", "the agency", "the board": these read naturally)
    # (and "The group says …" of a residents' group named before: round 72, en 546)
    # (and a fund that says why: "In a statement, the fund said an independent engineering
    # review … had put the cost of the bridge at €212 million …" after "…lent by Norvik
    # Infrastructure Partners, an Oslo-based fund …", round 139's check, en 1352, whose long
    # summary kept it without the fund or its withdrawal)
    # (and a traders' forum: "The forum will ask the council …" after "The Cork City Traders'
    # Forum, which represents about 240 businesses, …", round 152, judged en 1509, whose long
    # summary kept it alone)
    # (and a foundation or a charity: "The foundation estimates it will need about €90,000 to
    # restore the hull …", round 202, en 2110, whose long summary never said which foundation)
    Language.ENGLISH: re.compile(r"The (commission|panel|regulator|tribunal|inspectorate|group|"
                                 r"coalition|watchdog|forum|foundation|charity)\b|In a "
                                 r"(?:written )?statement, the (fund|lender|investor)\b"),
    Language.RUSSIAN: re.compile(r"(?:В )?(комитет|комисси|министерств|агентств|ассоциаци|"
                                 r"инспекци|департамент)\w*\b", re.IGNORECASE),
    # (and a regional department as the subject: «Басқарма қаңтардан бастап … ұсынбақ» after
    # «Қарағанды облыстық білім басқармасы … хабарлады», round 138, kk 1335, whose long summary
    # kept it alone; not «Басқарманың мәліметінше, …», «Басқарма дерегінше, …» or «Басқарма
    # басшысы …», which read naturally)
    # (and an appeal court's panel: «Алқа бірінші сатыдағы сот шешімін өзгертіп, … соманы …
    # азайтты.» after «…облыстық сотының … апелляциялық алқасы бұл уәжбен келісті.», round 208,
    # kk 2186; not «алқап», a field)
    Language.KAZAKH: re.compile(r"(комитет|комиссия|министрлі|агентті|қауымдастығ|бірлест|"
                                r"инспекция|департамент)\w*\b|"
                                r"(басқарма)(?= (?!басшы|дерег|мәлімет))|"
                                r"(алқа)(?:сы|ның|ға|ны|да|дан|мен)?\b", re.IGNORECASE),
}


#: ... and the words that name such a body where its kind is the start of other words ("a
#: fund", not "funding").
_INSTITUTION_STEMS = {"fund": ("fund ", "fund,", "fund.", "fund's", "fund’s"),
                      "lender": ("lender ", "lender,", "lender.")}


#: So is an act named by its kind alone, with nothing said of whose: «Законопроект планируется
#: внести …», «Проверка продлится …», «Сынақ …» (blind round 41, ru 255, ru 260, kk 258; not
#: «Проверка жилищной инспекции показала», which says whose). The group is the kind, and the
#: stem an earlier unit tells it by, or in other words (a bill by "закон" / "заң").
_BARE_ACTS = {
    # (and a deal told in other words: "The deal runs for three years", after "…rests on a
    # supply agreement with Harborview Markets …", round 79, en 634, whose long summary kept it
    # without the agreement)
    # (and a rule named as known: "Under the rule, the catch is set at 40 percent of …" after
    # "…applies a harvest control rule …", round 85, en 701, whose long summary kept it alone)
    Language.ENGLISH: re.compile(r"The (inspection|pilot|deal|agreement) (?:will|would|"
                                 r"could|is|was|has|began|starts|ends|runs|covers|lasts|"
                                 r"expires|includes)\b|"
                                 # (and a programme whose cost is estimated: "The company
                                 # estimates the programme will cost 1.2 billion shillings …"
                                 # after the mains and boreholes it is for, round 92, en 783,
                                 # whose long summary kept it alone)
                                 r"The (?:company|utility|council|city|ministry|government|"
                                 r"operator|authority) (?:estimates|expects|says|calculates) "
                                 r"(?:that )?the (programme|program|project) will cost\b|"
                                 r"Under the (rule|formula|scheme|arrangement),"),
    # (also «Поправки планируется внести …», round 47, ru 296)
    # (and the final text of rules named before: «Окончательную редакцию правил обещают
    # обсудить …», round 50, ru 314)
    Language.RUSSIAN: re.compile(r"(законопроект|проверк|поправк)\w*\s+[а-яё]+(?:ится|ется|ит|ет|"
                                 r"ут|ют|ат|ят|ла|ло|ли|ал|ил|ся)\b|"
                                 r"Окончательн\w+ (?:редакци|вариант)\w* (правил|документ)\w*|"
                                 # (inspectors sent on what was just told: «Инспекторы должны
                                 # проверить …» after the raids, round 53, ru 327)
                                 r"(инспектор)ы (?:должны|проверят|проведут|будут)\b|"
                                 r"Если (проект)\w* (?:будет|одобр|утверд)|"
                                 # (and a draft budget a house will read, which only a unit
                                 # on what that budget holds tells of: «Областная дума
                                 # рассмотрит проект бюджета во втором чтении 15 декабря.»,
                                 # round 178, ru 1823, long 2 below lead as judged, which kept
                                 # it with no budget before it)
                                 r"[А-ЯЁ][а-яё]+ (?:дума|собрание|совет) рассмотрит проект "
                                 r"(бюджет)а\b|"
                                 # (and a work to restore what failed: «Восстановить работу
                                 # системы автоматического контроля … комбинат обещает …», round
                                 # 80, ru 642, whose long summary never told of the failure)
                                 r"(?:Восстановить|Возобновить|Наладить) работу "
                                 r"(систем|станци|установк|линии|очистн)\w*",
                                 re.IGNORECASE),
    # (and a project under a condition: «Егер жоба мақұлданса …», round 43, kk 268)
    # (and a repair: «Жөндеу сегіз айға созылады», round 49, kk 303)
    # (and a construction or the first of the meetings told before: «Құрылыс 2026 ж. наурызда
    # басталады», «Алғашқы кездесу тамызда өтеді», round 51, kk 317 and kk 318)
    # (and a second stage: «Екінші кезеңнің алдын ала құны – …» without «Жобаның екінші кезеңі
    # желіні … ұзартуды көздейді», round 63, kk 441)
    Language.KAZAKH: re.compile(r"(?:Егер )?(сынақ|тексеріс|заң жобас|(?<=Егер )жоба|жөндеу|"
                                r"құрылыс(?= \d))\w*\b|"
                                r"(?:Алғашқы )(кездесу)\w*\b|(екінші кезең)\w*\b|"
                                # (and a partnership named by its kind: «Серіктестік іс жүзінде
                                # … тиесілі болып шықты», after «…«Нұр-Бонд Капитал» ЖШС …»,
                                # round 77, kk 611, whose short summary closed on it)
                                r"(серіктестік)(?!\w)|"
                                # (and talks told before: «Келіссөзге облыс әкімінің … орынбасары
                                # қатысады», round 138, kk 1335, whose long summary kept it
                                # without the talks; not «Келіссөздердің келесі кезеңі …»,
                                # which says there were talks)
                                r"(келіссөз)(?:ге|де|ді)?(?= )", re.IGNORECASE),
}
_ACT_STEMS = {"inspection": "inspect", "pilot": "pilot", "deal": ("deal", "agreement"),
              "rule": "rule", "formula": "formula", "scheme": "scheme",
              "arrangement": "arrangement", "programme": ("programme", "program"),
              "program": ("programme", "program"), "project": "project",
              "agreement": ("deal", "agreement"), "законопроект": "закон",
              "проверк": "провер", "поправк": "поправ", "сынақ": "сынақ", "тексеріс": "тексер",
              "заң жобас": "заң", "екінші кезең": "кезең", "бюджет": "бюджет",
              "жоба": "жоба", "проект": "проект", "жөндеу": "жөнде", "правил": "правил",
              "документ": "документ", "құрылыс": "құрылыс", "кездесу": "кездес",
              "инспектор": "инспектор", "серіктестік": "жшс", "систем": "систем",
              "станци": "станци", "установк": "установк", "линии": "лини", "очистн": "очистн",
              "келіссөз": "келіссөз"}


#: "All 11 plots", «все 11 участков», «барлық 11 телім»: a count the reader was told before.
_ALL_COUNT = {
    # (and a change by a share told before: "…reverse about 6 percentage points of the 9.5
    # percent cut", round 77, en 611, whose long summary never told of the cut)
    Language.ENGLISH: re.compile(r"(?i)\ball (?:the )?(\d+)\s+[^\W\d_]|\bthe (\d+(?:\.\d+)?)"
                                 r"(?: percent| per cent|%)\s+(?:cut|rise|increase|reduction|drop|"
                                 r"fall|hike|raise|reduction)\b"),
    Language.RUSSIAN: re.compile(r"(?i)(?<![^\W\d_])(?:все|всех|всем|всеми) (\d+)\s+[^\W\d_]"),
    Language.KAZAKH: re.compile(r"(?i)(?<![^\W\d_])барлық (\d+)\s+[^\W\d_]"),
}




_ALL_KEYS = {Language.ENGLISH: ("all ", "All ", "percent ", "per cent ", "% "),
             Language.RUSSIAN: ("все", "Все"),
             Language.KAZAKH: ("барлық", "Барлық")}  # (a substring gate before the pattern)


def institution_mentions(units: Sequence[Unit], language: Language | str) -> list[frozenset[int]]:
    """For each unit that opens on a body named by its kind alone ("Комитет … тексеріс
    бастайтынын мәлімдеді"), the earlier units that name that kind of body: a summary with
    none of them has the reader meet a committee nobody introduced (blind round 30, kk 194;
    in English "The commission will be asked …", round 39, en 246, though not "the ministry",
    which reads naturally). So for a unit that speaks of "all
    11 plots", the earlier units that give the 11 (blind round 32, kk 206). Empty sets
    elsewhere."""
    language = as_language(language)
    pattern = _INSTITUTIONS.get(language, _NO_ITEM)
    keys = _ALL_KEYS.get(language, ())
    needs = [frozenset[int]()] * len(units)
    lowered: list[str] = []
    counts = _ALL_COUNT.get(language)
    acts = _BARE_ACTS.get(language, _NO_ITEM)
    for unit in units:
        match = pattern.match(unit.sentences[0])
        act = acts.match(unit.sentences[0]) if match is None else None
        if (match or act) is not None and unit.sentences[0][:1].isupper():
            lowered = lowered or [other.text.lower() for other in units]
            kind = next(group for group in (match or act).groups() if group).lower()
            stem = _ACT_STEMS[kind] if act else _INSTITUTION_STEMS.get(kind, kind)
            stems = (stem,) if isinstance(stem, str) else stem  # (a deal is an agreement)
            needs[unit.index] = frozenset(k for k in range(unit.index)
                                          if any(s in lowered[k] for s in stems))
            if act and not needs[unit.index] and unit.index > 0:
                needs[unit.index] = frozenset({unit.index - 1})  # told in other words
        told = counts.search(unit.text) if counts is not None and any(
            key in unit.text for key in keys) else None
        if told is not None:  # (the count told before, when an earlier unit gives it)
            figure = next(group for group in told.groups() if group)
            number = re.compile(rf"(?<![\d.]){re.escape(figure)}(?![\d])")
            earlier = frozenset(k for k in range(unit.index) if number.search(units[k].text))
            needs[unit.index] = needs[unit.index] | earlier
    return needs


#: Events a summary must not take as known unless it also tells that they happened:
#: - an appeal announced ("said it would appeal", «подаст апелляционную жалобу», «апелляциялық
#:   шағым беретінін айтты»), then referred to as known ("the appeal", «рассмотреть жалобу»,
#:   «Апелляциялық сот отырысы …»; not «решение можно обжаловать», which says nothing was);
#: - an investigation opened ("police opened an investigation", «возбудили уголовное дело»,
#:   «сотқа дейінгі тергеп-тексеру бастады»), then known ("the investigation", «следствие»,
#:   «Тергеу нәтижесі бойынша …»).
#: Each: (told, known, stems: a substring test that most articles fail fast).
_EVENTS = {
    "appeal": (
        {Language.ENGLISH: r"(?:will|would|vowed to|plans to|intends to) appeal|"
                           # ("permission to appeal is granted" takes one as asked for)
                           r"(?<!permission )(?<!leave )to appeal(?! (?:is|was|be) (?:granted|"
                           r"given|refused))|"
                           r"(?:lodged|filed|lodge|file) an appeal|appealed|"
                           # "would take the case to the Supreme Court" (round 42, en 266), "…
                           # seek permission to take the case to the Court of Appeal" (round 47,
                           # en 296)
                           r"take (?:the case|it|the ruling|the decision) to (?:the )?"
                           r"(?:(?:[\w-]+ )?(?:supreme|higher|appeals?|constitutional) court|"
                           r"court of appeals?)|"
                           r"(?:seek|sought|seeks|ask|asked|apply|applied) (?:for )?"
                           r"(?:permission|leave) to appeal",
         Language.RUSSIAN: r"обжал\w*|(?:подал|подаст|подадут|подать|направил|направит)\w* "
                           r"(?:апелляц\w*|жалоб\w*)|"
                           r"(?:жалоба|апелляция) (?:будет|должна быть) подана|"
                           r"добива\w* в апелляц\w*|"
                           # (and the appeal decided, which tells it was made: «…удовлетворив
                           # апелляционную жалобу «Онежского камня» …», round 133's check, ru
                           # 1286, whose short summary never told the reversal)
                           r"(?:удовлетвор|отклон)\w* апелляционн\w* жалоб\w*",
         # (a complaint to a court or a higher body, not residents who complained of the
         # smell: «Тұрғындар … жөтелге шағымданған.» was taken as the appeal a long summary
         # had to tell before the appeal court's ruling, round 184's check, kk 1898)
         Language.KAZAKH: r"шағым (?:бер|түсір)\w*|(?:сот|алқа|прокуратура|инстанция|шешім|"
                          r"үкім|қаулы)\w*\s+(?:\S+\s+){0,3}шағымдан\w*|"
                          r"апелляцияға (?:бер|жүгін)\w*"},
        # (also how long one takes: "An appeal could take 12 to 18 months", round 39, en 248)
        # (and one told as whose: "The Supreme Court is expected to hear the ministry's appeal
        # in April.", round 140's check, en 1364, whose long summary closed on it without the
        # stay it appeals)
        {Language.ENGLISH: r"the appeal\b|the [a-z]+(?:'s|’s) appeal\b|"
                           r"(?:permission|leave) to appeal (?:is|was|be) "
                           r"(?:granted|given|refused)|"
                           r"an appeal (?:could|would|will|may|might|is expected to|"
                           r"is likely to|usually|typically|can) (?:typically |usually )?"
                           r"(?:take|last|be heard|be decided)\b|"
                           # (and a court's, told in the present: "A Supreme Court appeal
                           # typically takes 12 to 18 months.", round 170, en 1721, long 2.5
                           # below lead as judged, which closed on it with no appeal told)
                           r"an? (?:[A-Z][\w'’-]+ ){1,3}appeal (?:typically |usually |normally |"
                           r"often |could |would |can |may )?(?:takes?|lasts?)\b|"
                           # (and what one does or does not stop: "An appeal does not
                           # automatically stop the deal, but …", round 124's check, en 1178,
                           # whose short summary told it with no appeal before it; "…leave to
                           # appeal automatically suspends the court's order", en 1160)
                           r"an appeal (?:does not|doesn't|would not|will not) (?:automatically "
                           r")?(?:stop|suspend|halt|block|delay|freeze)\b|"
                           r"leave to appeal (?:automatically )?suspends\b|"
                           # (and its hearing: "A full appeal hearing is unlikely before the
                           # autumn.", round 209's check of round 210, en 2210, whose short
                           # summary closed on it with no appeal told)
                           r"\b(?:a |an |the )?(?:full |final )?appeals? hearing\b",
         Language.RUSSIAN: r"рассмотр\w* жалоб\w*|жалоб\w* (?:будет )?рассмотр\w*|"
                           r"апелляционн\w* жалоб\w*|рассмотрени\w* апелляци\w*",
         # (and the appeal's stage or the appeal itself as known: «…компания апелляциялық
         # сатыдағы шешімді күтпей, …», round 105, kk 950, whose long summary closed on it with
         # no appeal told; «Облыстық сот апелляцияны … қарайды»)
         Language.KAZAKH: r"апелляциялық (?:шағым|алқа|сот|сатыдағы)\w*|апелляцияны\b"},
        {Language.ENGLISH: ("appeal", "court"), Language.RUSSIAN: ("обжал", "жалоб", "апелляц"),
         Language.KAZAKH: ("шағым", "апелляц")}),
    "investigation": (
        {Language.ENGLISH: r"(?:opened|launched|began|started|opens|launches) (?:an? )?"
                           r"(?:[\w-]+ )?(?:investigation|inquiry|probe)|"
                           r"(?:is|are|was|were) (?:being |now )?investigat\w*",
         Language.RUSSIAN: r"возбу(?:дил|дили|дило|ждено|жден)\w* (?:уголовн\w* )?дел\w*|"
                           r"(?:начал|начали|начато|начата|проводит|проводят)\w* "
                           r"(?:доследственн\w* )?(?:проверк\w*|расследовани\w*)|"
                           r"уголовн\w* дел\w* (?:возбуждено|заведено)",
         Language.KAZAKH: r"(?:тергеп-тексеру|тергеу|қылмыстық іс)\w* (?:баста|қозға|тірке)\w*|"
                          r"қылмыстық іс қозғал\w*"},
        # (and the investigators: «Тергеушілер ұшу деректерін … зерттейді», round 57, kk 363)
        {Language.ENGLISH: r"the (?:investigation|inquiry|probe)\b|investigators\b",
         Language.RUSSIAN: r"следстви\w*|следовател\w*|"
                           r"(?:это|данное) (?:расследовани|уголовное дел)\w*|"
                           # («Юристы отмечают, что уголовное дело может повлиять …», round
                           # 69's check, ru 320)
                           r"уголовн\w* дел\w*",
         Language.KAZAKH: r"тергеу (?:нәтиже|барысы|аяқ)\w*|тергеушіл\w*"},
        {Language.ENGLISH: ("investigat", "inquiry", "probe"),
         Language.RUSSIAN: ("следств", "расследован", "уголовн", "возбу"),
         Language.KAZAKH: ("тергеу", "тергеп", "қылмыстық іс")}),
    # a court's interim order: "She issued conditional orders allowing the two Fokker 50s …",
    # «…суд … принял обеспечительные меры», then what appeals or lifts it: "…asked for the High
    # Court orders to be stayed", «…апелляционный суд … отменил обеспечительные меры» (round
    # 171, en 1736 and ru 1736, short 2.5 and 1 below lead as judged, whose short summaries
    # told the appeal against orders never told)
    "order": (
        {Language.ENGLISH: r"(?:issued|granted|made) (?:[\w-]+ ){0,2}(?:orders?|injunction)\b",
         Language.RUSSIAN: r"(?:принял|приняли|применил|наложил)\w* обеспечительн\w* мер\w*"},
        {Language.ENGLISH: r"the (?:High Court|lower court|court|judge)(?:'s|’s)? (?:interim |"
                           r"temporary |conditional )?(?:orders?|injunction)\b",
         Language.RUSSIAN: r"(?:отменил|отменила|отменили|обжал\w*|оспари\w*|отмены) "
                           r"(?:эти |все )?обеспечительн\w* мер\w*|жалоб\w* на обеспечительн\w* "
                           r"мер\w*"},
        {Language.ENGLISH: ("order", "injunction"),
         Language.RUSSIAN: ("обеспечительн",)}),
    # a lawsuit: "…would challenge the condition in court", «…шартты … сотында даулайтын болды»,
    # then «Сот дауы мәміленің мерзіміне қауіп төндіруі мүмкін» (round 92, kk 788, whose long
    # summary told the court dispute and never who went to court)
    "lawsuit": (
        {Language.ENGLISH: r"(?:filed|file|files|lodged|brought|bring) (?:a )?(?:lawsuit|suit|"
                           r"legal challenge)|\bsue[sd]?\b|\bsuing\b|challenge (?:[\w-]+ ){0,3}"
                           r"in court|(?:went|go|goes|going) to court",
         Language.RUSSIAN: r"(?:подал|подаст|подали|подадут|подать|направил)\w* (?:[\w-]+ )?"
                           r"иск\w*|обрати\w* в (?:[\w-]+ )?суд|оспор\w* (?:[\w-]+ ){0,3}в "
                           r"(?:[\w-]+ )?суд\w*",
         Language.KAZAKH: r"сот(?:та|қа)\w* (?:[\w-]+ )?(?:дау|даулас|жүгін|шағым|арыз)\w*|"
                          r"талап-арыз (?:бер|түсір)\w*"},
        {Language.ENGLISH: r"[Tt]he (?:lawsuit|court case|legal challenge|legal fight)\b",
         Language.RUSSIAN: r"[Сс]удебн\w* (?:спор|разбирательств|тяжб)\w*",
         Language.KAZAKH: r"[Сс]от (?:дауы|процесі|талқылауы)\w*"},
        {Language.ENGLISH: ("court", "sue", "suing", "lawsuit", "legal"),
         Language.RUSSIAN: ("иск", "суд"),
         Language.KAZAKH: ("сот", "талап-арыз")}),
    # job cuts taken as known: "The pilots' union said it would meet management on Sept. 3 to
    # discuss the job cuts." after "- cutting 160 of its 1,020 jobs, …" (round 203's judging,
    # en 2123, long 2 by both judges, whose long summary never told the cuts)
    "job cuts": (
        {Language.ENGLISH: r"\b(?:cut|cuts|cutting|shed|shedding|sheds|axe|axing|eliminat\w*|"
                           r"lay(?:ing)? off|laid off)\b(?: [\w,-]+){0,5} (?:jobs|posts|"
                           r"positions|staff|workers|employees)\b|\b(?:job|staff) cuts\b "
                           r"(?!(?:are|were) (?:not|never))|layoffs? of\b|\bredundanc(?:y|ies)"
                           r" (?:of|for)\b"},
        {Language.ENGLISH: r"\bthe (?:job|staff) cuts\b|\bthe (?:layoffs|redundancies)\b"},
        {Language.ENGLISH: ("job", "staff", "layoff", "redundanc", "workers", "employees",
                            "posts", "positions")}),
    # an agreement walked out of: "…voted unanimously to withdraw from the agreement." takes as
    # known "the agreement that made the reform possible", told before (round 158's check, en
    # 1586, whose short summary withdrew from an agreement it never told)
    "agreement": (
        {Language.ENGLISH: r"(?:signed|reached|struck|sealed|concluded|agreed|negotiated) "
                           r"(?:an?|the|its|their) (?:[\w-]+ ){0,3}(?:agreement|deal|pact|"
                           r"accord)\b|the (?:agreement|deal|pact|accord) (?:that|which|under "
                           r"which|with)\b|"
                           # (and a sale agreed: "In late September, Cardell signed a letter of
                           # intent to sell the Hickory plant … to Blue Ridge Home Group …")
                           r"letter of intent\b|agreed to (?:sell|buy|acquire|take over)\b",
         Language.RUSSIAN: r"(?:подписал|заключил|достигл|согласовал)\w* (?:[\w-]+ ){0,3}"
                           r"(?:соглашени|договор|сделк|пакт)\w*",
         Language.KAZAKH: r"(?:келісім|меморандум)\w* (?:[\w-]+ ){0,2}(?:қол қойды|жасасты|"
                          r"қол қойылды|жасалды)"},
        {Language.ENGLISH: r"(?:withdr[ae]w\w*|pull\w* out|walk\w* away|walk\w* out|back\w* out|"
                           r"quit\w*) (?:of |from )?the (?:agreement|deal|pact|accord)\b|"
                           # (or what it hung on: "The deal depended on a $14 million credit
                           # line from a regional bank.", round 159's check, en 1598, whose long
                           # summary told it with no deal before it)
                           r"\bThe (?:deal|sale|takeover|merger) (?:depended|hinged|rested|was "
                           r"conditional|was subject)\b",
         Language.RUSSIAN: r"(?:выш\w*|выход\w*|отказал\w*|отказыва\w*) (?:из|от) "
                           r"(?:этого |данного )?(?:соглашени|договор|сделк|пакт)\w*|"
                           # (or a signature withdrawn: «…отозвал свою подпись под
                           # протоколом.», round 161, ru 1616, whose short summary told it with
                           # no protocol before it)
                           r"(?:отзывает|отозвал\w*) (?:сво\w+ )?подпис\w* под (?:протокол|"
                           r"соглашени|договор|меморандум)\w*",
         Language.KAZAKH: r"(?:келісім|меморандум)\w* (?:[\w-]+ )?(?:шықты|бас тартты)"},
        {Language.ENGLISH: ("agreement", "deal", "pact", "accord", "intent", "agreed to"),
         Language.RUSSIAN: ("соглашени", "договор", "сделк", "пакт"),
         Language.KAZAKH: ("келісім", "меморандум")}),
    # a request: "has asked NHS England for £19.5 million … A decision is expected by March
    # 31." (blind round 42, en 263: the decision closed a long summary with no request told)
    "request": (
        {Language.ENGLISH: r"(?:has |have )?(?:asked|applied|bid|requested) (?:[\w-]+ ){0,4}for|"
                           r"(?:submitted|filed|lodged) (?:an? )?(?:application|request|bid)",
         Language.RUSSIAN: r"(?:подал|подали|направил|направила|направили)\w* (?:заявк|запрос)\w*|"
                           r"(?:попросил|запросил|обратил)\w*",
         Language.KAZAKH: r"өтінім (?:бер|жолда|тапсыр)\w*|сұра\w*"},
        {Language.ENGLISH: r"a decision (?:is|was) (?:expected|due)|a decision will be (?:made|"
                           r"taken)",
         Language.RUSSIAN: r"решение (?:ожидается|будет принято|примут)",
         Language.KAZAKH: r"шешім\w* [^.]{0,40}(?:күтілуде|қабылданады)"},
        {Language.ENGLISH: ("decision", "asked", "applied", "bid", "requested", "submitted",
                            "filed", "lodged"),
         Language.RUSSIAN: ("решени", "заявк", "запрос", "попросил", "обратил"),
         Language.KAZAKH: ("шешім", "өтінім", "сұра")}),
    # an open letter or a petition: "an open letter … had been signed by 64 actors", then "the
    # signatories of the open letter" (round 80, en 643, whose long summary kept the board's
    # reply to them without the letter), «петицию подписали …», then «автор петиции» (ru 650)
    "letter": (
        {Language.ENGLISH: r"\ban open letter\b|\ba petition\b|\bpetition (?:signed|was signed)",
         Language.RUSSIAN: r"открыт\w+ письм\w*|(?:опубликова|запусти|создал|подписал|собрал|"
                           r"появил)\w* (?:[\w-]+ ){0,3}петици\w*|петици\w* (?:[\w-]+ ){0,3}"
                           r"(?:подписал|собрал|набрал|опубликова)\w*",
         Language.KAZAKH: r"ашық хат\w* (?:\w+ ){0,3}(?:жолда|жаз|қол қой)\w*|"
                          r"петиция\w* (?:\w+ ){0,3}(?:жарияла|қол қой|ашыл)\w*"},
        {Language.ENGLISH: r"\bthe (?:open )?letter['’]s signatories\b|"
                           r"\bsignatories of the (?:open )?letter\b|\bthe open letter\b|"
                           r"\bthe petition\b",
         Language.RUSSIAN: r"автор\w* (?:открытого )?(?:письма|петиции)|подписант\w*",
         Language.KAZAKH: r"(?:хатқа|петицияға) қол қойған\w*|петиция автор\w*"},
        {Language.ENGLISH: ("letter", "petition"), Language.RUSSIAN: ("письм", "петици",
                                                                    "подписант"),
         Language.KAZAKH: ("хат", "петиция")}),
    "talks": (
        {Language.ENGLISH: r"(?:in|holding|held|began|opened|started|entered) (?:\w+ )?"
                           r"(?:talks|negotiations)|(?:is|are|were|was) negotiating",
         Language.RUSSIAN: r"(?:вед[её]т|ведут|вели|начал\w*|провод\w*) (?:\w+ )?переговор\w*|"
                           r"переговоры (?:идут|продолжаются|начались)",
         Language.KAZAKH: r"келіссөз(?:дер)? жүргіз\w*|келіссөз(?:дер)? баста\w*"},
        {Language.ENGLISH: r"(?:the|if|once|when|after) (?:talks|negotiations)\b",
         Language.RUSSIAN: r"(?:если|когда|после того как) переговоры|"
                           r"переговоры (?:завершатся|закончатся|пройдут)",
         Language.KAZAKH: r"келіссөз(?:дер)?(?:дің)? (?:нәтиже|сәтті)\w*"},
        {Language.ENGLISH: ("talks", "negotiat"), Language.RUSSIAN: ("переговор",),
         Language.KAZAKH: ("келіссөз",)}),
    # an arrest, then the one arrested as known (round 69, ru 518: «Мужчине предъявлено
    # обвинение, …» in a long summary that never told of «…полиция Санкт-Петербурга задержала
    # 31-летнего …»)
    "arrest": (
        {Language.ENGLISH: r"arrested|detained|took (?:him|her|a man|a woman) into custody",
         Language.RUSSIAN: r"задержал\w*|задержан[аоы]?\b|арестова\w*",
         Language.KAZAKH: r"ұстады|ұсталды|қамауға ал\w*|қолға түс\w*"},
        {Language.ENGLISH: r"the suspect\b|(?:was|has been|were|have been) charged\b|"
                           r"remains? in custody",
         Language.RUSSIAN: r"предъявлен\w* обвинени\w*|обвинени\w* предъявлен\w*|"
                           r"мер\w* пресечени\w*|задержанн\w*|подозреваем\w*",
         Language.KAZAKH: r"айып тағыл\w*|ұсталған\w*|күдіктіге\b|күдіктінің\b"},
        {Language.ENGLISH: ("arrest", "detain", "custody", "charged", "suspect"),
         Language.RUSSIAN: ("задерж", "арест", "обвинени", "пресечени", "подозрева"),
         Language.KAZAKH: ("ұстад", "ұстал", "қамау", "қолға", "айып", "күдікті")}),
    # a review ordered, then its terms or findings (round 76, en 597: "The partnership's board
    # will discuss the review's terms …" closed a long summary that never told of a review)
    "review": (
        {Language.ENGLISH: r"(?:an?|independent|external|full|formal|safety) review\b|"
                           r"review (?:of|into)\b|(?:launch|order|commission|announc)\w* a "
                           r"(?:[\w-]+ )?review|(?:would|will|to|plans to|agreed to) review\b"},
        {Language.ENGLISH: r"the review(?:'s)?\b(?! (?:of|into)\b)"},
        {Language.ENGLISH: ("review",)}),
    # a memorandum signed, then named as known (round 84, kk 692: «…директоры … компанияның
    # меморандумнан бас тартатынын мәлімдеді.» in a short summary that never told of it)
    "memorandum": (
        {Language.ENGLISH: r"(?:signed|agreed|concluded|struck) (?:an? )?(?:[\w-]+ ){0,3}"
                           r"memorandum",
         Language.RUSSIAN: r"(?:подписал|заключил|подписан|заключен)\w* (?:[\w-]+ ){0,3}"
                           r"меморандум\w*|меморандум\w* (?:[\w«»-]+ ){0,4}(?:подписа|заключ)\w*",
         Language.KAZAKH: r"меморандум\w* (?:[\w«»-]+ ){0,3}(?:қол қой|жасас|бекіт)\w*"},
        {Language.ENGLISH: r"\bthe memorandum\b",
         Language.RUSSIAN: r"меморандум\w*",
         Language.KAZAKH: r"меморандум\w*"},
        {Language.ENGLISH: ("memorandum",), Language.RUSSIAN: ("меморандум",),
         Language.KAZAKH: ("меморандум",)}),
    # proposals put forward, then taken up as known (round 77, ru 609: «Предложения обсудят
    # 10 сентября на заседании комиссии …» closed a long summary that never told of them)
    "proposals": (
        {Language.ENGLISH: r"(?:set out|put forward|sent|submitted|made|drew up|published) "
                           r"(?:\w+ ){0,5}proposals|proposed\b",
         Language.RUSSIAN: r"(?:пакет|ряд|список)\w* предложени\w*|предложил\w*|"
                           r"(?:направил|внес|внёс|подготовил|выдвинул)\w* (?:\w+ ){0,3}"
                           r"предложени\w*",
         Language.KAZAKH: r"ұсыныс(?:тар)?(?:ын|ды|ты)? (?:жолда|енгіз|дайында|ұсын|бер)\w*|"
                          r"ұсынды\b"},
        {Language.ENGLISH: r"^\W*the proposals\b",
         Language.RUSSIAN: r"^\W*(?:эти |все )?предложения (?:совета |студентов |депутатов )?"
                           r"(?:обсудят|рассмотрят|будут|планируют|направ|поддерж|внес)",
         Language.KAZAKH: r"^\W*(?:бұл |осы )?ұсыныстар(?:ды)? (?:талқыла|қара|қолда)"},
        {Language.ENGLISH: ("propos",), Language.RUSSIAN: ("предлож",),
         Language.KAZAKH: ("ұсыны",)}),
    # funding applied for, then a condition on it (round 49, ru 307: «Если финансирование будет
    # одобрено, …» in a long summary without «Заявку на грант … подали в феврале»)
    "funding": (
        {Language.ENGLISH: r"appl(?:y|ied|ies) for (?:a |the )?(?:[\w-]+ )?(?:grant|funding)|"
                           r"(?:grant|funding) application",
         Language.RUSSIAN: r"заявк\w* на (?:\w+ )?(?:грант|финансирован\w*|субсиди\w*)",
         Language.KAZAKH: r"(?:грант|қаржыландыру)\w* өтінім\w*"},
        {Language.ENGLISH: r"if (?:the )?(?:funding|grant|application) is (?:approved|granted|"
                           r"awarded)",
         Language.RUSSIAN: r"если (?:финансирование|грант|заявк\w*) (?:будет|одобр|поддерж)",
         Language.KAZAKH: r"егер (?:грант|қаржыландыру|өтінім)\w* (?:бөлін|мақұлда|қолда)"},
        {Language.ENGLISH: ("grant", "funding"), Language.RUSSIAN: ("грант", "финансир", "заявк"),
         Language.KAZAKH: ("грант", "қаржыланд", "өтінім")}),
}
_EVENTS_RE = {event: (_from_word_start(told), _from_word_start(known), stems)
              for event, (told, known, stems) in _EVENTS.items()}


def event_introductions(units: Sequence[Unit], language: Language | str) -> list[frozenset[int]]:
    """For each unit that speaks of an appeal or an investigation as known ("The appeal court
    must hear the complaint within two months", «Тергеу нәтижесі бойынша …»), the unit that
    told it began ("…said the company would file an appeal", "police opened an investigation"):
    without it the summary tells of an appeal nobody made. Empty sets elsewhere, and when no
    unit tells of one."""
    language = as_language(language)
    needs = [frozenset[int]()] * len(units)
    whole = "\n".join(unit.text for unit in units).lower()
    lowered: list[str] = []
    for event, (told_re, known_re, stems) in _EVENTS_RE.items():
        told, known = told_re.get(language), known_re.get(language)
        if told is None or known is None or not any(stem in whole for stem in stems[language]):
            continue  # (most articles tell of neither: a substring test is enough for them)
        lowered = lowered or [unit.text.lower() for unit in units]
        # (every told and known phrase has one of the stems: only those units are searched)
        there = [unit for unit, text in zip(units, lowered)
                 if any(stem in text for stem in stems[language])]
        # (what is taken as known is the rarer: looked for first)
        knowing = [unit for unit in there if known.search(unit.text)]
        first = next((unit.index for unit in there if told.search(unit.text)), None) \
            if knowing else None
        # (told in other words, the first unit to speak of it before what takes it as known
        # tells it: «…инциденттерді тергеу жөніндегі бөлімі оқиғаны «ауыр инцидент» ретінде
        # тіркеп…» before «Тергеушілер …» and «…тергеу барысында…», round 57, kk 363); only an
        # investigation: a complaint before an appeal («коллективная жалоба») is no appeal
        if first is None and knowing and event == "investigation":
            first = next((unit.index for unit in there if unit.index < knowing[0].index), None)
        if first is None:
            continue
        for unit in knowing:
            if unit.index > first and not told.search(unit.text):
                needs[unit.index] = needs[unit.index] | {first}
    return needs


def takes_agreement_as_known(sentence: str, told: Sequence[str],
                             language: Language | str) -> bool:
    """Whether `sentence` walks out of an agreement ("…voted unanimously to withdraw from the
    agreement.") that none of the `told` texts speaks of (round 158's check, en 1586, whose
    short summary withdrew from an agreement it never told)."""
    language = as_language(language)
    _, known, stems = _EVENTS_RE["agreement"]
    pattern = known.get(language)
    # (and a Kazakh deal walked out of: «…«Транзит Инвест Групп» мәмілеге қатысудан бас
    # тартатынын хабарлады.», round 159, kk 1598, short 2 below lead as judged, whose lead
    # told the plant's closure and no deal)
    if (pattern is None or pattern.search(sentence) is None) and \
            (language is not Language.KAZAKH or _DEAL_LEFT_KK.search(sentence) is None):
        return False
    # (a sale, a purchase or a contract is one: "…voted on Tuesday to sell its … line … to
    # Norway's Nordhavn Ferjer …" before "…Nordhavn said it was withdrawing from the
    # agreement.", judged en 878; and so are talks with an investor, «…өзбекстандық
    # инвестормен жүргізілген келіссөзге …», judged kk 1394)
    return not any(stem in text.lower() for text in told for stem in stems[language]) and \
        not any(_DEAL_TOLD.search(text) for text in told)


#: A ruling challenged as "the ruling" (`takes_ruling_as_known`).
_RULING_CHALLENGED = {
    Language.ENGLISH: re.compile(r"\b(?:appeals?|appealed|appealing|challenged?|challenging|"
                                 r"overturn(?:ed)?|quash(?:ed)?) (?:against )?the (?:ruling|"
                                 r"verdict|judgment|judgement)\b"),
    Language.RUSSIAN: re.compile(r"(?i)\b(?:обжал\w+|оспори\w+|оспарива\w+|отмени\w+) "
                                 r"(?:это |данное |вынесенное )?(?:решение|приговор|"
                                 r"постановление)"),
    Language.KAZAKH: re.compile(r"(?i)\b(?:сот )?(?:шешім\w*|үкім\w*) (?:шағым|наразылық)"),
}
#: ... and what tells the ruling: a court, a judge, a tribunal, or what it decided.
_RULING_TOLD = re.compile(r"(?i)\b(?:court|judge|tribunal|ruled|ruling|verdict|judg(?:e)?ment|"
                          r"суд|судь|решени|приговор|постановлени|сот\b|соттың|сотқа|судья|"
                          r"шешім|үкім)")


def takes_ruling_as_known(sentence: str, told: Sequence[str], language: Language | str) -> bool:
    """Whether `sentence` challenges "the ruling" that none of the `told` texts tells: "On
    Thursday the County Administrative Board … filed separate appeals against the ruling …"
    after a lead cut before "after a regional environmental court granted it permission"
    (round 205's check, en 2150, whose short summary appealed a ruling it never told)."""
    pattern = _RULING_CHALLENGED.get(as_language(language))
    return pattern is not None and pattern.search(sentence) is not None and \
        not any(_RULING_TOLD.search(text) for text in told)


#: A Kazakh deal walked out of: «мәмілеге қатысудан бас тартатынын» (`takes_agreement_as_known`).
_DEAL_LEFT_KK = re.compile(r"(?i)(?<![^\W\d_])мәміле\w* (?:[\w-]+ )?(?:шық|бас тарт)\w*")


#: A deal told in other words: a sale, a purchase, a merger, a contract.
_DEAL_TOLD = re.compile(r"(?i)\b(?:sell|sold|sale|buy|bought|purchas|acqui|merg|contract|signed|"
                        r"продаж|прода[лт]|купи|покупк|приобрет|слияни|контракт|подписал|сату|"
                        r"сатып|сатты|келісімшарт|қол қойды|мәміле|келіссөз|инвестор)")


#: A first sentence that opens on a share of a figure told before: "Of the 52 kilometres, 31
#: are trunk mains", «Из 52 км 31 км приходится на …», «Ауыстырылатын 52 шақырымның 31
#: шақырымы – …» (round 100, kk 882, whose short summary told the 31 of a 52 it never gave).
_SHARE_OF_FIGURE = {
    Language.ENGLISH: re.compile(r"^\W*Of the (\d[\d,.]*)\s"),
    Language.RUSSIAN: re.compile(r"^\W*Из (\d[\d\s,]*?)\s+[^\W\d_]"),
    Language.KAZAKH: re.compile(r"^\W*(?:[^\W\d_]+\s+)?(\d[\d\s,]*?)\s+[^\W\d_]+"
                                r"(?:ның|нің|дың|дің|тың|тің)\s+\d"),
}


#: A count of people taken as known, and what gives it just before: "all three were …" (round
#: 191, judged en 1977, long 3 below lead, whose long summary told "A hospital spokesman said
#: all three were in stable condition" without the three taken to hospital). English only: a
#: Russian or Kazakh count («оба», «екеуі де») finds its number in too many other places.
_ALL_OF_COUNT = re.compile(r"\b[Aa]ll (two|three|four|five|six|seven|eight|nine|ten)"
                           r"(?: (?:men|women|people|children|pupils|students|workers|miners|"
                           r"victims|passengers|crew|officers|suspects|defendants))?"
                           r" (?:were|are|was|had|have|remain\w*|died|survived|will|would)\b")
#: How far back the count is looked for, in units.
_COUNT_REACH = 3


def _count_introductions(units: Sequence[Unit], language: Language) -> list[frozenset[int]]:
    """For each English unit whose first sentence tells "all three were …" (`_ALL_OF_COUNT`),
    the nearest of the few units before it that gives the three; empty sets elsewhere."""
    needs = [frozenset[int]()] * len(units)
    if language is not Language.ENGLISH:
        return needs
    for unit in units[1:]:
        count = _ALL_OF_COUNT.search(unit.sentences[0])
        if count is None:
            continue
        word = count.group(1).lower()
        told = re.compile(rf"(?i)(?<![\w-]){word}(?![\w-])|"
                          rf"(?<![\d,.]){number_word_value(word)}(?![\d]|[,.]\d)")
        before = next((other.index for other in
                       reversed(units[max(0, unit.index - _COUNT_REACH):unit.index])
                       if told.search(other.text)), None)
        if before is not None:
            needs[unit.index] = frozenset({before})
    return needs


def figure_introductions(units: Sequence[Unit],
                         language: Language | str) -> list[frozenset[int]]:
    """For each unit whose first sentence opens on a share of a figure (`_SHARE_OF_FIGURE`),
    the nearest unit before it that gives that figure: without it the summary tells a part of a
    whole it never gave; and for one that tells "all three" of people, the nearest that gives
    the three (`_count_introductions`). Empty sets elsewhere."""
    pattern = _SHARE_OF_FIGURE.get(as_language(language))
    needs = _count_introductions(units, as_language(language))
    if pattern is None:
        return needs
    for unit in units:
        share = pattern.match(unit.sentences[0])
        if share is None or unit.index == 0:
            continue
        figure = re.compile(rf"(?<![\d,.]){re.escape(share.group(1).strip())}(?![\d]|[,.]\d)")
        # (the nearest: a standfirst above the lead may give it too, round 100's cmpfull, en 54)
        told = next((other.index for other in reversed(units[:unit.index])
                     if figure.search(other.text)), None)
        if told is not None:
            needs[unit.index] = frozenset({told})
    return needs


#: Someone taken as known by where they come from: "The German skier, 47, called …", "The
#: Dutch woman and the guide remained in hospital" (round 91, en 780, whose long summary told
#: of "the German skier" it never introduced).
_DEMONYM_PERSON = re.compile(r"(?:^|[.!?]\s+)The ([A-Z][a-z]+(?:an|ese|ish|ch|i))\s+(?:man|woman|"
                             r"skier|climber|tourist|driver|survivor|citizen|national|hiker|"
                             r"guide|pilot|couple|family|boy|girl|student|worker|sailor|"
                             r"cyclist|passenger|victim|teenager)\b")


#: An English name of two to four capitalised words ("Pennine Medical Supplies") ...
_MULTIWORD_NAME = re.compile(r"\b([A-Z][a-z]{3,})(?: (?:[A-Z][a-z]+|&)){1,3}")
#: ... and its first word alone as whose someone is: "Pennine's commercial director" (not
#: "Hollowbeat said it would appeal", judged en 86, whose short summary would lose the appeal
#: for the want of "Hollowbeat Events Ltd").
_SHORT_NAME = re.compile(r"\b([A-Z][a-z]{3,})(?=['’]s\b)")
#: A body a place has, after the place's name: "Ohio Department of Health", "Kent County
#: Council".
_PLACE_BODY = re.compile(r" (?:Department|State|County|City|University|Court|Supreme|Police|"
                         r"Ministry|Council|Government|Highway|National|General|Regional|"
                         r"District|Province|Provincial|Metropolitan|Municipal)\b")


def short_name_introductions(units: Sequence[Unit]) -> list[frozenset[int]]:
    """For each English unit, the earlier unit that names in full a body it calls by its first
    word alone ("Pennine's commercial director, Martin Oduya, said …" needs "Pennine Medical
    Supplies, the Wakefield-based wholesaler …": round 110, en 1005, whose long summary quoted
    Pennine's director and never said who Pennine was, 3 points below lead's)."""
    first: dict[str, int] = {}  # first word -> the unit that names the body in full first
    # (not a word the article uses alone before it names the body in full: "the Hollowbeat
    # festival" in the lead, "Hollowbeat Festivals Ltd" later, judged en 86)
    alone: set[str] = set()
    needs: list[frozenset[int]] = []
    for unit in units:
        text = unit.text
        whole = {match.start(1) for match in _MULTIWORD_NAME.finditer(text)}
        needs.append(frozenset(
            first[match.group(1)] for match in _SHORT_NAME.finditer(text)
            if match.start(1) not in whole and first.get(match.group(1), unit.index) < unit.index
            and match.group(1) not in alone and match.group(1) not in text[:match.start(1)]))
        for match in _MULTIWORD_NAME.finditer(text):
            # (a place before the body it has: "Ohio Department of Health" gives no "Ohio's",
            # judged en 820)
            if _PLACE_BODY.match(text, match.end(1)) is None:
                first.setdefault(match.group(1), unit.index)
        alone.update(match.group(0) for match in _CAPITALISED.finditer(text)
                     if match.start() not in whole and match.group(0) not in first)
    return needs


def demonym_introductions(units: Sequence[Unit]) -> list[frozenset[int]]:
    """For each English unit that speaks of someone by where they come from as known ("The
    German skier …"), the first unit before it that used that word ("a German woman who was
    crossing behind the others"); empty sets elsewhere."""
    needs = [frozenset[int]()] * len(units)
    for unit in units:
        if "The " not in unit.text:
            continue
        for match in _DEMONYM_PERSON.finditer(unit.text):
            word = re.compile(rf"\b{match.group(1)}\b")
            first = next((earlier.index for earlier in units[:unit.index]
                          if word.search(earlier.text)), None)
            if first is not None:
                needs[unit.index] = needs[unit.index] | {first}
    return needs


#: A decision taken back with nothing said of what it was: "the board reversed the decision",
#: «оперштаб отменил ограничение», «әкімдік шешімді өзгертті» (not "changed course" or
#: "reversed itself", whose decision is the news the summary opens on: round 72's pairwise
#: check preferred en 386 without the decision brought for it).
_TAKEN_BACK = _from_word_start({
    Language.ENGLISH: r"(?:reversed|scrapped|suspended|lifted|eased|softened|overturned|dropped|"
                      r"withdrew|revoked|rescinded|cancell?ed) (?:the|its|that|this) (?:decision|"
                      r"restriction|ban|cut|order|rule|plan|limit|measure)s?\b",
    Language.RUSSIAN: r"(?:отменил|пересмотрел|смягчил|приостановил)[аи]? (?:это |свое |своё |"
                      r"прежнее |принятое )?(?:ограничени|решени|запрет|постановлени|приказ|"
                      r"мер[уы]\b|правил)",
    # (and a decision given up: «…басшылығы бұрынғы шешімінен бас тартты.», round 85, kk 710,
    # whose short summary never said what the decision was)
    Language.KAZAKH: r"(?:шешім|шектеу|тыйым|жоспар|бұйрық|қаулы)\w* (?:өзгертті|өзгертілді|жойды|"
                     r"жойылды|алып таст\w*|қайта қара\w*|тоқтатты|жұмсартты|күшін жойды|"
                     r"бас тартты)",
})
#: ... and a decision told: "voted to cut", «постановил сократить», «шешім қабылдады».
_DECIDED = _from_word_start({
    Language.ENGLISH: r"(?:voted|decided|agreed) to|ordered|approved|imposed|introduced|banned",
    Language.RUSSIAN: r"постанови\w*|решил[аи]?\b|решено|принял\w* решени|ввел[аи]?\b|"
                      r"утвердил\w*|запретил\w*|ограничил\w*|обязал\w*",
    # (or a plan announced: «…Мартаны қазан айында Шымкент хайуанаттар бағына беру
    # жоспарланғанын айтты.», round 85, kk 710)
    Language.KAZAKH: r"шешім қабылда\w*|шешті|бекітті|енгізді|тыйым сал\w*|қаулы қабылда\w*|"
                     r"жоспарланғанын|жоспарлап отыр",
})


def reversal_introductions(units: Sequence[Unit],
                           language: Language | str) -> list[frozenset[int]]:
    """For each unit whose short first sentence takes a decision back without saying what it
    was («Вечером в среду оперштаб отменил ограничение до 15 августа.»), the nearest unit
    before it that told a decision («2 июля оперштаб постановил сократить на 40% подачу воды
    …»): without it the summary cancels a restriction it never told (round 72, ru 548).
    Empty sets elsewhere."""
    language = as_language(language)
    taken_back, decided = _TAKEN_BACK.get(language), _DECIDED.get(language)
    needs = [frozenset[int]()] * len(units)
    if taken_back is None or decided is None:
        return needs
    for unit in units[1:]:
        first = unit.sentences[0]
        if len(first.split()) > SHORT_TURN_WORDS or not taken_back.search(first):
            continue
        told = next((k for k in range(unit.index - 1, -1, -1)
                     if decided.search(units[k].text)), None)
        if told is not None:
            needs[unit.index] = frozenset({told})
    return needs


def still_introduces(shortened: str, text: str) -> bool:
    """Whether a shortened unit still gives in full a name that `text` uses by surname."""
    keys = {match.group(0)[:5].lower() for match in _CAPITALISED.finditer(text)}
    return any(match.group(1)[:5].lower() in keys for match in _FULL_NAME.finditer(shortened))


#: Background rather than news: how things came to be ("has become one of", "was built in the
#: 1970s", "since the services became", "соңғы жылдары", "1970 жылдардың соңында салынған").
_BACKGROUND = {
    Language.ENGLISH: re.compile(
        r"(?i)\b(?:has|have) (?:long )?become\b|"
        # (not in what a report found, the past moved back a step: "On Wednesday the
        # government announced a plan …, after a review found that rural emergency departments
        # had been closed 212 times in 2015", round 91, en 772, whose summaries never reached
        # the plan; nor in what somebody said, the reason a firm gives: "…said fuel prices had
        # risen by about 18% …", round 112, en 1023, whose long summary left the reason out)
        # (nor in what was confirmed: "The museum confirmed that … had been recovered by
        # Belgian federal police …", round 117's check, en 1090, whose summaries never reached
        # the recovery)
        # (nor a sentence that opens on the day of this week it tells of: "By Friday afternoon,
        # the deal had been frozen by the High Court.", round 179's check, en 1838, whose short
        # summary told the vote to sell alone)
        r"(?:^|[.!?]\s)(?!\W*by (?:(?:late |early )?(?:monday|tuesday|wednesday|thursday|"
        r"friday|saturday|sunday)|(?:this|that) (?:morning|afternoon|evening))\b)"
        r"(?:(?!\b(?:found|showed|concluded|shows|finds|confirmed|confirms|"
        # (nor in what was announced: "Cheshire Police announced that 21 of the coins … had
        # been recovered …", round 165, en 1666)
        r"announced|announces) that\b|\bsaid\b)"
        r"(?:[^.!?]|\.(?=\d)))*?"
        r"\bhad (?:(?:been|paid)\b|(?:grown|risen|fallen)\b"
        # (not a count brought to where it stood by a day of this week: "The Swan Ridge fire,
        # which broke out Saturday afternoon …, had grown to roughly 14,200 acres by Monday
        # evening, fire officials said.", round 164, en 1654, whose summaries opened on the
        # injuries after it)
        r"(?!(?:[^.!?]|\.(?=\d)){0,80}\bby (?:(?:late |early )?(?:monday|tuesday|wednesday|"
        r"thursday|friday|saturday|sunday)|(?:this|that|late|early) (?:morning|afternoon|"
        r"evening)|nightfall|midday|noon|dawn)\b))|"
        r"\b(?:was|were) (?:built|founded|opened|established) in\b|\bfor (?:decades|years)\b|"
        r"\bin recent years\b|\bdates back\b|\bhistorically\b|"
        # a decade that opens the sentence ("In the 1980s the mill …"), not one in passing;
        # "since the 1960s" (a year alone is news as often: "not recorded since 1964")
        r"^\W*(?:\w+\s+){0,2}?(?:in|by) the (?:late |early )?\d{4}s\b|"
        r"\bsince the (?:early |late )?\d{4}s\b|"
        r"\b(?:began|started) in (?:[a-z]+\.? )?\d{4}\b|\bhas since\b|"
        r"\bfor (?:more than |over |nearly |almost )?(?:a decade|two decades|\w+ years)\b|"
        r"\bnot (?:for )?the first time\b|"
        r"\bin the (?:middle of the |early |late )?(?:last|previous) century\b|"
        r"\b(?:was|were) (?:to|set to|meant to|supposed to) (?:have )?become\b|"
        # (and what a measure is: "COD is a standard measure of how much organic pollution
        # water carries; …", round 81, en 660, whose short summary took it as its second
        # sentence, 'a COD definition, which is furniture')
        r"^\W*[a-z]{2,8} is an? (?:standard |common |widely used |key )?(?:measure|unit|term|"
        r"index|indicator|abbreviation)\b"),
    Language.RUSSIAN: re.compile(
        r"(?i)\bв последние (?:годы|десятилетия)\b|\b(?:был|была|было|были) "
        r"(?:построен|построена|построено|основан|основана|открыт|открыта)\w* в \d|"
        # (and how a thing came to be: «"Сибирский код" появился в 2014 г. как небольшой
        # конкурс …», round 105, ru 940, the short summary's second sentence in place of what
        # the investigators say)
        r"\bпоявил(?:ся|ась|ось|ись) в \d{4}\b|"
        # (or by the builders, untold, in the last century: «Тайгинский целлюлозный завод
        # запустили в 1968 г.», round 193's check, ru 1998, the short summary's second sentence
        # in place of the investor's plan)
        r"\b(?:построили|основали|открыли|запустили|возвели|заложили) в 1\d{3}\b|"
        r"\b(?:на протяжении|в течение) (?:многих |последних )?(?:лет|десятилетий)\b|"
        r"\bисторически\b|\bещё в \d|\bеще в \d|^\W*(?:\w+\s+){0,3}?\d{4}-х\b|"
        r"\bс \d{4}-х (?:годов|гг\.)|"
        r"\b(?:больше|более|свыше|уже) (?:десяти|двадцати|тридцати|сорока|пятидесяти|ста|"
        r"нескольких|многих) лет\b|"
        # "the question is not raised for the first time" (blind round 20, ru 132)
        r"\bне (?:в )?впервые\b|"
        # «ПНИ появились в нынешнем виде ещё в советское время» (blind round 38, ru 240)
        r"\b(?:ещё|еще) ?в советское время\b|\bв советское время\b|"
        r"\bс советских времён\b|\bс советских времен\b|"
        r"\bв (?:середине |начале |конце )?(?:прошлого|позапрошлого) века\b|"
        r"\bв (?:прошлом|позапрошлом) веке\b|"
        # what a plan was to be before it stalled: «Буртинская ВЭС должна была стать
        # крупнейшей ветростанцией в области.» (round 76, ru 594, in place of the reason)
        r"\bдолж(?:ен|на|но|ны) (?:был|была|было|были) стать\b|"
        # (and who runs or owns it "today", a state after its history: «Сегодня станцией
        # мощностью 24 МВт управляет АО «Уралгидрогенерация».» after the dam's building in
        # 1963, round 171's check, ru 1732, whose summaries opened on it over the court's fine)
        r"^\W*сегодня\s+(?:[^\s.!?]+\s+){1,6}?(?:управляет|управляют|владеет|владеют|"
        r"принадлежит|руководит|насчитывает|обслуживает)\b|"
        # (and what a measure is: «ХПК — это показатель того, сколько …»)
        r"^\W*[а-яё]{2,8} [—–-] (?:это )?(?:стандартный |общепринятый )?(?:показатель|"
        r"единица измерения|термин|индекс)\b"),
    Language.KAZAKH: re.compile(
        r"(?i)\bсоңғы (?:жылдары|онжылдықта)\b|\d{4} жылдардың\b|\bжылдар бойы\b|"
        # ("since 1939" not in a participle that describes the subject: «1939 жылдан бері шығып
        # келе жатқан «Кеңгір жаршысы» … қоштаспақ», round 56, kk 352)
        r"\bерте заманнан\b|\bежелден\b|"
        r"\bжылдан бері\b(?!(?:\s+\S+){0,2}\s+\S*(?:ған|ген|қан|кен|атын|етін)\b)|"
        r"\bалғаш рет емес\b|"
        r"\bбірінші рет емес\b|"
        # «Көктас 1958 ж. … кенті ретінде бой көтерген» (blind round 38, kk 240)
        # (as what is told, not a word on what the sentence speaks of: «Комиссия 18 сәуірде
        # … 1967 жылы салынған бөгеттің техникалық жағдайын «қауіпті» деп бағалады.», round
        # 106's check, kk 952, whose news was then taken for history)
        # (also with a comma after the year: «№1 депо 1965 ж., Павлодарда алғашқы трамвай
        # желісі іске қосылған жылы салынған.», round 126, kk 1194, the short summary's second
        # sentence once the update was left out)
        r"\b\d{4} (?:ж\.|жылы),? [^.]{0,60}(?:бой көтерген|салынған|құрылған|ашылған)\b"
        r"(?=\s*(?:[.,;:!?]|$|еді\b|болатын\b|екен\b))|"
        r"\bкеңес (?:заманында|кезінде|дәуірінде)\b|"
        # (and when it was decided to build it: «Орталықты салу туралы шешім 2018 жылы …
        # қабылданды.», round 123's check, kk 1164, whose short summary told it in place of
        # the new opening date)
        r"\b(?:салу|құру|ашу) туралы шешім \d{4} (?:ж\.|жылы)|"
        # («…су қоймасы өткен ғасырдың ортасында … салынған», round 65, kk 462 short)
        r"\bөткен ғасыр\w*"),
}
_BACKGROUND = _folded(_BACKGROUND)
_ANNOUNCES_FOLDED = _fold(_ANNOUNCES_ITEMS)  # (searched in every sentence)


def is_background(text: str, language: Language | str) -> bool:
    """True when a passage tells how things came to be rather than what happened now."""
    pattern = _BACKGROUND.get(as_language(language))
    return bool(pattern and pattern.search(_outside_quotes(text).lower()))
