"""Kazakh in the Latin alphabet: the 2021 and 2018 tables, both directions, and detection of
Latin-script Kazakh next to Turkish, Azerbaijani and Uzbek. Every sentence was written for these
tests."""

from __future__ import annotations

import pytest

from summarizer import InputError, Language, LanguageError, detect_language
from summarizer.kazakh_latin import guess_variant, informal, to_cyrillic, to_latin

# Our own Kazakh text without the letters whose way back is ambiguous (я ю ё ц щ ъ ь э һ).
OWN_KAZAKH = (
    "Біз кеше ауылға бардық. Апам бізге дәмді ас пісірді.\n\n"
    "Көктемде егін егу басталады, шаруалар тракторларын дайындап жатыр. "
    "Балалар мектепте жақсы оқиды, ал үлкендер той өткізуге қамданып жүр."
)
ISSUE_CYRILLIC = "Қазақстан Республикасының Үкіметі бүгін жаңа бағдарламаны бекітті."


def test_2021_alphabet_writes_the_kazakh_letters_with_diaereses_breves_and_cedillas() -> None:
    assert to_latin(ISSUE_CYRILLIC, "2021") == (
        "Qazaqstan Respublikasynyñ Ükımetı bügın jaña bağdarlamany bekıttı.")


def test_2018_alphabet_writes_them_with_acute_accents() -> None:
    assert to_latin(ISSUE_CYRILLIC, "2018") == (
        "Qazaqstan Respýblıkasynyń Úkimeti búgin jańa baǵdarlamany bekitti.")


def test_2018_alphabet_uses_sh_and_ch_and_capital_words_stay_capital() -> None:
    assert to_latin("Шығыс", "2018") == "Shyǵys"
    assert to_latin("ШЫҒЫС", "2018") == "SHYǴYS"
    assert to_latin("ШЫҒЫС", "2021") == "ŞYĞYS"
    assert to_latin("Ине мен Ілгек", "2021") == "İne men Ilgek"


@pytest.mark.parametrize("variant", ["2021", "2018"])
def test_own_kazakh_text_survives_a_round_trip(variant: str) -> None:
    latin = to_latin(OWN_KAZAKH, variant)
    assert latin != OWN_KAZAKH
    assert not any("\u0400" <= ch <= "\u04ff" for ch in latin)
    assert to_cyrillic(latin, variant) == OWN_KAZAKH
    assert to_cyrillic(latin) == OWN_KAZAKH  # the variant told from the letters


def test_i_after_a_vowel_becomes_short_i() -> None:
    assert to_cyrillic("bai toi kiım", "2021") == "бай той киім"


def test_variant_is_told_from_the_letters() -> None:
    assert guess_variant(to_latin(OWN_KAZAKH, "2021")) == "2021"
    assert guess_variant(to_latin(OWN_KAZAKH, "2018")) == "2018"


def test_unknown_variant_is_an_input_error_that_names_the_choices() -> None:
    with pytest.raises(InputError, match="2021 or 2018"):
        to_latin("сәлем", "1929")


def test_text_outside_the_alphabet_passes_through() -> None:
    assert to_latin("2024 ж., NASA: 15%", "2021") == "2024 j., NASA: 15%"


# --- detection ----------------------------------------------------------------------------------

LATIN_KAZAKH = [
    "Qazaqstan Respublikasynyñ Ükımetı bügın jaña bağdarlamany bekıttı.",
    to_latin("Ертең Алматыда күн жылы болады, бірақ кешке жаңбыр жауады.", "2021"),
    to_latin("Ауыл мектебінің оқушылары облыстық олимпиадада үш орын алды.", "2018"),
    informal("Біздің ауданда жаңа аурухана салынып жатыр, ол келесі жылы ашылады."),
]
NOT_KAZAKH = {
    "tr": ["Yarın öğleden sonra şehir merkezinde büyük bir konser verilecek.",
           "Kardeşim her sabah işe bisikletle gidiyor."],
    "az": ["Sabah şəhərdə yeni kitabxana açılacaq.",
           "Qardaşım hər gün səhər tezdən işə gedir."],
    "uz": ["Ertaga shahar markazida katta konsert bo'ladi.",
           "Akam har kuni ertalab ishga velosipedda boradi."],
}


@pytest.mark.parametrize("text", LATIN_KAZAKH, ids=["issue", "2021", "2018", "informal"])
def test_latin_script_kazakh_is_kk_in_latin_script(text: str) -> None:
    detection = detect_language(text)
    assert detection.language is Language.KAZAKH
    assert detection.script == "Latn"
    assert detection.reliable
    assert {segment.script for segment in detection.segments} == {"Latn"}


@pytest.mark.parametrize(("code", "text"), [(c, t) for c, ts in NOT_KAZAKH.items() for t in ts],
                         ids=lambda v: v if len(v) == 2 else "")
def test_turkish_azerbaijani_and_uzbek_are_never_kazakh(code: str, text: str) -> None:
    try:
        detection = detect_language(text)
    except LanguageError:
        return
    assert detection.language is not Language.KAZAKH, code
    if code == "tr":
        assert detection.language is Language.TURKISH


def test_cyrillic_kazakh_still_reports_cyrillic_script() -> None:
    detection = detect_language(OWN_KAZAKH)
    assert (detection.language, detection.script) == (Language.KAZAKH, "Cyrl")
