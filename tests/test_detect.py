"""Language detection: Kazakh, Russian and English, Kazakh's Cyrillic neighbours, mixed text, and
the explicit "cannot tell" answers. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from summarizer import Detection, Detector, InputError, Language, LanguageError, detect_language
from summarizer.pipeline import Pipeline

KAZAKH = [
    "Бүгін Астанада жаңа мектеп ашылды.",
    "Ауыл шаруашылығы министрлігі биыл егін жинау науқаны ерте басталатынын хабарлады.",
    "Менің інім университетте оқиды және физиканы жақсы көреді.",
    "Қыста Алматыда қар көп жауады.",
    "Үкімет жаңа бюджетті мақұлдады.",
    "Балалар саябақта доп ойнап жүр.",
]
RUSSIAN = [
    "Вчера в Москве прошёл большой концерт.",
    "Правительство утвердило новый бюджет на следующий год.",
    "Дети играют в парке до самого вечера.",
    "Зимой в горах выпадает много снега.",
]
ENGLISH = [
    "The city council approved a new budget for public schools on Monday.",
    "My brother likes to read old books in the evening.",
    "Heavy snow closed the mountain roads for two days.",
    "Children were playing football in the park.",
]
NEIGHBOURS = {
    "uk": [
        "Україна має багату історію та культуру.",
        "Я сьогодні ходив до школи і багато чого навчився.",
        "Уряд ухвалив новий закон про освіту.",
    ],
    "be": [
        "Беларусь мае багатую гісторыю і культуру.",
        "Я сёння хадзіў у школу і шмат чаму навучыўся.",
        "Урад прыняў новы закон аб адукацыі.",
    ],
    "bg": [
        "България има богата история и култура.",
        "Днес ходих на училище и научих много неща.",
        "Правителството прие нов закон за образованието.",
    ],
    "mk": [
        "Македонија има богата историја и култура.",
        "Денес одев на училиште и научив многу работи.",
        "Владата донесе нов закон за образованието.",
    ],
    "sr": [
        "Србија има богату историју и културу.",
        "Данас сам ишао у школу и научио сам много ствари.",
        "Влада је усвојила нови закон о образовању.",
    ],
    "mn": [
        "Монгол улсын нийслэл нь Улаанбаатар хот юм.",
        "Би өнөөдөр сургууль руу явсан.",
        "Засгийн газар шинэ хууль батлав.",
        "Хүүхдүүд цэцэрлэгт тоглож байна.",
    ],
    "ky": [
        "Кыргызстандын борбору Бишкек шаары болуп саналат.",
        "Мен бүгүн мектепке бардым жана көп нерсе үйрөндүм.",
        "Өкмөт жаңы мыйзамды кабыл алды.",
        "Кечээ Бишкекте жаңы китепкана ачылды, ал жерде ар ким акысыз китеп окуй алат.",
        "Балдар короодо топ ойноп жүрүшөт.",
    ],
    "tt": [
        "Татарстанның башкаласы Казан шәһәре.",
        "Мин бүген мәктәпкә бардым һәм күп нәрсә өйрәндем.",
        "Хөкүмәт яңа закон кабул итте.",
        "Балалар ишегалдында туп уйныйлар.",
    ],
}

KK_PARAGRAPHS = [
    "Қала әкімдігі биыл жаңа саябақтың құрылысын бастайтынын хабарлады. Жоба қаланың оңтүстік "
    "бөлігінде орналасады.",
    "Саябақта балалар алаңы, велосипед жолы және шағын көл болады. Құрылысқа жергілікті "
    "бюджеттен қаржы бөлінді.",
    "Тұрғындар жобаны қолдап, ағаш отырғызуға көмектесетінін айтты. Жұмыс күзге дейін "
    "аяқталуы тиіс.",
]
RU_PARAGRAPHS = [
    "Городские власти сообщили, что строительство нового парка начнётся в этом году. Парк "
    "появится в южной части города.",
    "В парке будут детская площадка, велосипедная дорожка и небольшое озеро. Деньги на "
    "строительство выделены из местного бюджета.",
    "Жители поддержали проект и пообещали помочь с посадкой деревьев. Работы должны "
    "завершиться к осени.",
]


def _language_or_none(text: str) -> Language | None:
    """The detected language, or None where the detector says it cannot tell."""
    try:
        return detect_language(text).language
    except LanguageError:
        return None


def _neighbour_cases() -> list:
    return [
        pytest.param(code, sentence, id=f"{code}-{i}")
        for code, sentences in NEIGHBOURS.items()
        for i, sentence in enumerate(sentences)
    ]


# --- the three target languages ---------------------------------------------------------------


@pytest.mark.parametrize("sentence", KAZAKH, ids=lambda _: "kk")
def test_short_kazakh_sentence_is_detected_as_kk(sentence: str) -> None:
    assert detect_language(sentence).language is Language.KAZAKH


@pytest.mark.parametrize("sentence", RUSSIAN, ids=lambda _: "ru")
def test_short_russian_sentence_is_detected_as_ru(sentence: str) -> None:
    assert detect_language(sentence).language is Language.RUSSIAN


@pytest.mark.parametrize("sentence", ENGLISH, ids=lambda _: "en")
def test_short_english_sentence_is_detected_as_en(sentence: str) -> None:
    assert detect_language(sentence).language is Language.ENGLISH


@pytest.mark.parametrize("sentence", ["Ол кеше кітап алды.", "Мен кеше кітапханада болдым."],
                         ids=["kitap", "kitaphana"])
def test_kazakh_sentence_whose_only_kazakh_letter_is_i_is_kk_not_belarusian(sentence: str) -> None:
    # Kazakh writes і, ы and often no и in a short sentence; Belarusian has no ә, ң, қ, ... either,
    # so і + ы alone must not settle the question in Belarusian's favour.
    assert detect_language(sentence).language is Language.KAZAKH


def test_kazakh_sentence_with_only_shared_turkic_letters_is_kk() -> None:
    assert detect_language("Ертең мектепте емтихан басталады.").language is Language.KAZAKH


def test_detection_language_compares_equal_to_its_code_string() -> None:
    detection = detect_language(KAZAKH[0])
    assert detection.language == "kk"
    assert isinstance(detection.language, str)
    assert f"{detection.language}" == "kk"
    assert detect_language(RUSSIAN[0]).language == "ru"
    assert detect_language(ENGLISH[0]).language == "en"


# --- determinism and confidence ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    ENGLISH[0],
    NEIGHBOURS["bg"][1],  # decided by langdetect's sampling, not by letters
    NEIGHBOURS["sr"][1],
    "\n\n".join(KK_PARAGRAPHS + RU_PARAGRAPHS[:1]),
], ids=["en", "bg", "sr", "mixed"])
def test_detection_is_deterministic_over_repeated_calls(text: str) -> None:
    first = detect_language(text)
    assert all(detect_language(text) == first for _ in range(20))


def test_a_fresh_detector_gives_the_same_answer_as_the_shared_one() -> None:
    text = NEIGHBOURS["sr"][1]
    assert Detector().detect(text) == detect_language(text)


@pytest.mark.parametrize("text", [
    *KAZAKH, *RUSSIAN, *ENGLISH, *(s for group in NEIGHBOURS.values() for s in group),
    "\n\n".join(KK_PARAGRAPHS + RU_PARAGRAPHS[:1]),
], ids=lambda _: "text")
def test_confidence_is_between_zero_and_one(text: str) -> None:
    try:
        detection = detect_language(text)
    except LanguageError:
        return  # "cannot tell" is a valid answer; it carries no confidence
    assert isinstance(detection, Detection)
    assert 0.0 <= detection.confidence <= 1.0
    assert isinstance(detection.reliable, bool)


def test_unsure_result_is_flagged_unreliable_below_the_warning_level() -> None:
    detector = Detector()
    detection = detector.detect("\n\n".join(KK_PARAGRAPHS + RU_PARAGRAPHS[:1]))
    assert detection.reliable == (detection.confidence >= detector.settings.warn_confidence)


# --- Kazakh's neighbours ----------------------------------------------------------------------


@pytest.mark.parametrize(("code", "sentence"), _neighbour_cases())
def test_cyrillic_neighbour_is_never_detected_as_kazakh(code: str, sentence: str) -> None:
    assert _language_or_none(sentence) != Language.KAZAKH, f"{code} sentence taken for Kazakh"


@pytest.mark.parametrize("sentence", [
    "Компания «Қазақстан темір жолы» сообщила, что в этом году перевезла больше грузов, чем в "
    "прошлом.",
    "Акционеры АО «Қазақстан темір жолы» утвердили план развития на пять лет.",
    "В офисе «Қазмұнайгаз» в Астане прошло совещание по поводу новых месторождений.",
], ids=["company", "joint-stock-company", "office"])
def test_russian_sentence_naming_a_kazakh_company_is_still_russian(sentence: str) -> None:
    assert detect_language(sentence).language is Language.RUSSIAN


# --- mixed text -------------------------------------------------------------------------------


def test_three_kazakh_paragraphs_and_one_russian_report_kazakh() -> None:
    assert detect_language("\n\n".join(KK_PARAGRAPHS + RU_PARAGRAPHS[:1])).language == "kk"
    assert detect_language("\n\n".join(RU_PARAGRAPHS[:1] + KK_PARAGRAPHS)).language == "kk"


def test_three_russian_paragraphs_and_one_kazakh_report_russian() -> None:
    assert detect_language("\n\n".join(RU_PARAGRAPHS + KK_PARAGRAPHS[:1])).language == "ru"
    assert detect_language("\n\n".join(KK_PARAGRAPHS[:1] + RU_PARAGRAPHS)).language == "ru"


# --- "cannot tell" ----------------------------------------------------------------------------


def test_text_with_no_letters_raises_language_error() -> None:
    with pytest.raises(LanguageError, match="no letters"):
        detect_language("12345 !!! 3.14")


def test_text_with_too_few_letters_raises_language_error() -> None:
    with pytest.raises(LanguageError, match="too little"):
        detect_language("ok")


def test_empty_text_raises_language_error_from_the_detector() -> None:
    with pytest.raises(LanguageError):
        detect_language("")


@pytest.mark.parametrize("text", ["", "   \n\t  "], ids=["empty", "whitespace"])
def test_empty_text_raises_input_error_from_the_pipeline(text: str) -> None:
    with pytest.raises(InputError):
        Pipeline().detect(text)


def test_language_and_input_errors_carry_their_exit_codes() -> None:
    assert LanguageError.exit_code == 4
    assert InputError.exit_code == 3


def test_confidence_below_the_configured_floor_raises_instead_of_guessing() -> None:
    from summarizer.config import DetectionSettings

    strict = Detector(DetectionSettings(min_confidence=1.0))
    # Two words that n-grams alone decide: clear enough to answer, not sure enough for the floor.
    with pytest.raises(LanguageError, match="confidence"):
        strict.detect("Мектеп ашылды.")


# --- short texts: right, or unsure; never confidently wrong ---------------------------------------


@pytest.mark.parametrize(("text", "wrong"), [
    ("Привет, как дела?", Language.MACEDONIAN),
    ("Мектеп ашылды.", Language.KYRGYZ),
    ("Hello", Language.ITALIAN),
], ids=["privet", "mektep", "hello"])
def test_short_text_is_never_a_confident_neighbour(text: str, wrong: Language) -> None:
    try:
        detection = detect_language(text)
    except LanguageError:
        return  # "unsure" is an allowed answer
    assert detection.language != wrong
    assert detection.reliable is False or detection.language in (Language.RUSSIAN,
                                                                  Language.KAZAKH,
                                                                  Language.ENGLISH)


@pytest.mark.parametrize(("text", "expected"), [
    ("Привет, как дела?", Language.RUSSIAN),
    ("Мектеп ашылды.", Language.KAZAKH),
], ids=["privet", "mektep"])
def test_short_everyday_text_gets_its_own_language(text: str, expected: Language) -> None:
    assert detect_language(text).language is expected


def test_a_single_ambiguous_word_is_not_reliable() -> None:
    # "такси" is a Kazakh and a Russian word: any answer is a guess, and must say so.
    assert detect_language("такси").reliable is False


def test_hello_is_english_or_unsure_and_never_reliable_italian() -> None:
    try:
        detection = detect_language("Hello")
    except LanguageError:
        return
    assert detection.language is Language.ENGLISH
