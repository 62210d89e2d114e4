"""Language segments and the language mix: mixed Kazakh/Russian and Russian/English documents,
quotations inside a sentence, and what must not make a segment. Every sentence was written for
these tests."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys

import pytest

from summarizer import Language, detect_language
from summarizer.detect import Detector, language_runs

KK_1 = ("Қала әкімдігі биыл жаңа саябақтың құрылысын бастайтынын хабарлады. Жоба қаланың "
        "оңтүстік бөлігінде орналасады.")
RU = ("Городские власти сообщили, что строительство нового парка начнётся в этом году. Деньги "
      "выделены из местного бюджета.")
KK_2 = "Тұрғындар жобаны қолдап, ағаш отырғызуға көмектесетінін айтты."
RU_QUOTE = "«Мы закончим работы до наступления холодов и откроем парк осенью.»"
EN_QUOTE = "“We expect the new line to carry forty thousand passengers a day.”"


def _languages(text: str) -> list[Language]:
    return [segment.language for segment in detect_language(text).segments]


def _pieces(text: str) -> list[tuple[Language, str]]:
    return [(language, piece.strip()) for language, _, piece in
            language_runs(text, detect_language(text).segments)]


def test_kazakh_article_with_a_russian_paragraph_has_segments_kk_ru_kk() -> None:
    text = f"{KK_1}\n\n{RU}\n\n{KK_2}\n"
    detection = detect_language(text)
    assert [s.language for s in detection.segments] == ["kk", "ru", "kk"]
    assert [s.start for s in detection.segments] == [0, text.index(RU), text.index(KK_2)]
    assert detection.language is Language.KAZAKH  # the dominant one


def test_segments_cover_the_text_in_order() -> None:
    text = f"  {KK_1}\n\n{RU}\n\n{KK_2}\n\n"
    segments = detect_language(text).segments
    assert segments[0].start == 0 and segments[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(segments, segments[1:]))
    assert all(a.language != b.language for a, b in zip(segments, segments[1:]))


def test_russian_quotation_inside_a_kazakh_sentence_is_its_own_segment() -> None:
    text = f"{KK_1} Әкім журналистерге {RU_QUOTE} деп уәде берді. {KK_2}"
    assert _pieces(text) == [
        (Language.KAZAKH, f"{KK_1} Әкім журналистерге"),
        (Language.RUSSIAN, RU_QUOTE),
        (Language.KAZAKH, f"деп уәде берді. {KK_2}"),
    ]


def test_english_quotation_inside_a_russian_paragraph_is_its_own_segment() -> None:
    text = f"{RU} Представитель оператора сказал: {EN_QUOTE} Запуск намечен на весну."
    assert _languages(text) == ["ru", "en", "ru"]


@pytest.mark.parametrize("text", [
    "Компания «Samsung» открыла в Алматы сервисный центр для своих клиентов.",
    "Акционеры АО «Қазақстан темір жолы» утвердили план развития на пять лет.",
    "Жиналысқа «Kaspi» және «Air Astana» компанияларының өкілдері қатысты.",
    "В 2024 году выручка выросла на 12,5 % и составила 3,4 млрд тенге.",
], ids=["brand", "company-name", "brands-kk", "numbers"])
def test_names_numbers_and_short_quotes_never_make_a_segment(text: str) -> None:
    assert len(detect_language(text).segments) == 1


def test_a_short_sentence_between_two_of_one_language_follows_them() -> None:
    text = "Жиналыс ертең сағат онда басталады. Хорошо, понял. Барлығы уақытында келуі керек."
    assert _languages(text) == ["kk"]


def test_language_mix_is_shares_of_letters_largest_first() -> None:
    text = f"{KK_1}\n\n{RU}\n\n{KK_2}"
    shares = detect_language(text).languages
    assert [share.language for share in shares] == ["kk", "ru"]
    assert sum(share.share for share in shares) == pytest.approx(1.0, abs=1e-3)
    ru_letters = sum(ch.isalpha() for ch in RU)
    all_letters = sum(ch.isalpha() for ch in text)
    assert shares[1].share == pytest.approx(ru_letters / all_letters, abs=0.01)


def test_detection_to_dict_has_the_json_shape_front_ends_print() -> None:
    text = f"{KK_1}\n\n{RU}\n\n{KK_2}"
    shape = json.loads(json.dumps(detect_language(text).to_dict()))
    assert shape["detected_language"] == "kk"
    assert [item["language"] for item in shape["languages"]] == ["kk", "ru"]
    assert set(shape["segments"][0]) == {"start", "end", "language", "script"}
    assert shape["segments"][1] == {"start": text.index(RU), "end": text.index(KK_2),
                                    "language": "ru", "script": "Cyrl"}


def test_language_runs_join_back_to_the_exact_text() -> None:
    text = f"{KK_1}\n\n{RU}\n\n\n{KK_2} Әкім {RU_QUOTE} деді.\n"
    runs = language_runs(text, detect_language(text).segments)
    assert "".join(piece for _, _, piece in runs) == text
    assert [language for language, _, _ in runs] == ["kk", "ru", "kk", "ru", "kk"]


def test_segments_are_frozen() -> None:
    segment = detect_language(KK_1).segments[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        segment.start = 5  # type: ignore[misc]


def test_only_the_profiles_of_the_texts_scripts_are_loaded() -> None:
    detector = Detector()
    detector.detect(RU)
    assert detector.loaded_scripts == ("Cyrl",)
    detector.detect("The council met on Monday to discuss the new budget.")
    assert detector.loaded_scripts == ("Cyrl", "Latn")


def test_importing_the_package_loads_no_profiles_numpy_or_langdetect() -> None:
    code = ("import sys, summarizer; "
            "print(sorted(m for m in ('numpy', 'langdetect') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_russian_sentence_inside_a_kazakh_paragraph_is_its_own_segment() -> None:
    russian = "Правительство утвердило перечень социально значимых продуктов."
    text = f"{KK_2} {russian} Жұмыс күзге дейін аяқталуы тиіс. Құрылысқа қаржы бөлінді."
    assert _pieces(text) == [
        (Language.KAZAKH, KK_2),
        (Language.RUSSIAN, russian),
        (Language.KAZAKH, "Жұмыс күзге дейін аяқталуы тиіс. Құрылысқа қаржы бөлінді."),
    ]


def test_a_sentence_ending_in_a_short_word_still_ends() -> None:
    # "лет." is not an abbreviation: the Kazakh sentence after it is a segment of its own.
    text = "Компания вложит деньги в течение двух лет. Кеше базардан бір келі ет алдым."
    assert _languages(text) == ["ru", "kk"]


_PARTS = [KK_1, RU, KK_2, RU_QUOTE, EN_QUOTE, "Hello", "123", "«Kaspi»", " ", "\n", "\n\n", ". ",
          "— ", "?!", "Qazaqstan Respublikasynyñ Ükımetı bügın jaña bağdarlamany bekıttı."]


def test_segments_always_cover_any_mix_of_pieces_and_runs_join_back() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from summarizer import LanguageError

    @settings(max_examples=60, deadline=None)
    @given(st.lists(st.sampled_from(_PARTS), min_size=1, max_size=8))
    def check(parts: list[str]) -> None:
        text = "".join(parts)
        try:
            detection = detect_language(text)
        except LanguageError:
            return
        segments = detection.segments
        assert segments[0].start == 0 and segments[-1].end == len(text)
        assert all(a.end == b.start and a.start < a.end for a, b in zip(segments, segments[1:]))
        assert "".join(piece for _, _, piece in language_runs(text, segments)) == text
        assert detection.language == detection.languages[0].language

    check()
