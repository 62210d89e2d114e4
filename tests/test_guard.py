"""The faithfulness guard: checks per translated sentence, the repair policy, summaries.

Faithful translations (written for this project in en/ru/kk) must pass every check; an engine
that misbehaves on purpose (drops a number, loops, copies the input, answers in another
language) must be flagged and, where a safer retry does better, repaired. The tiny random models
write gibberish, which must be flagged; an identity route must not be.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from itertools import permutations
from pathlib import Path

import pytest

from summarizer.config import Settings
from summarizer.engines import load_engine
from summarizer.marian import SAFER_DECODING
from summarizer.guard import (
    Flag, check, check_summary, guarded_translate, names, skeleton, split_clauses, transliterate,
)
from summarizer.languages import Language
from summarizer.translate import TranslatorRegistry

EN, RU, KK = Language.ENGLISH, Language.RUSSIAN, Language.KAZAKH

#: The same four sentences in three languages (our own writing).
PARALLEL = {
    EN: ["The new water pipeline cost 48 billion tenge and opened on 14 March 2024.",
         "President Tokayev met the head of Microsoft in Astana on Tuesday.",
         "Exports rose by 15% to 5,400 tonnes, the ministry said.",
         "More details are at https://example.kz/news and #KazakhGrain."],
    RU: ["Новый водовод стоимостью 48 млрд тенге открыли 14 марта 2024 года.",
         "Президент Токаев встретился с главой Microsoft в Астане во вторник.",
         "Экспорт вырос на 15% до 5 400 тонн, сообщило министерство.",
         "Подробности на https://example.kz/news и #KazakhGrain."],
    KK: ["Құны 48 млрд теңге болатын жаңа су құбыры 2024 жылғы 14 наурызда ашылды.",
         "Президент Тоқаев сейсенбі күні Астанада Microsoft басшысымен кездесті.",
         "Экспорт 15%-ға өсіп, 5 400 тоннаға жетті, деп хабарлады министрлік.",
         "Толығырақ: https://example.kz/news және #KazakhGrain."],
}


@pytest.mark.parametrize(("source", "target"), list(permutations(PARALLEL, 2)))
def test_faithful_translations_pass_every_check(source: Language, target: Language) -> None:
    for before, after in zip(PARALLEL[source], PARALLEL[target]):
        assert check(before, after, source, target) == [], (before, after)


def test_same_language_is_never_checked() -> None:
    sentence = PARALLEL[EN][0]
    assert check(sentence, sentence, EN, EN) == []


def test_a_changed_number_is_flagged_with_what_changed() -> None:
    flags = check(PARALLEL[EN][2], "Экспорт вырос на 16% до 5 400 тонн, сообщило министерство.",
                  EN, RU)
    assert [f.kind for f in flags] == ["numbers", "numbers"]
    assert flags[0].detail.endswith(": 15%") and flags[1].detail.endswith(": 16%")


def test_a_loop_and_the_length_cap_are_repetition() -> None:
    looped = "Экспорт вырос вырос вырос вырос на 15% до 5 400 тонн тонн тонн тонн тонн."
    assert "repetition" in {f.kind for f in check(PARALLEL[EN][2], looped, EN, RU)}
    phrase = "Экспорт вырос на 15% до 5 400 тонн, " + "и министерство сказало, " * 4 + "."
    assert "repetition" in {f.kind for f in check(PARALLEL[EN][2], phrase, EN, RU)}
    letters = "Экспорт вырос на 15% до 5 400 тонн ққққққққққққ."
    assert "repetition" in {f.kind for f in check(PARALLEL[EN][2], letters, EN, RU)}
    capped = check(PARALLEL[EN][2], PARALLEL[RU][2], EN, RU, cap_hit=True)
    assert [f.kind for f in capped] == ["repetition"]


def test_a_dropped_half_is_a_length_problem() -> None:
    source = ("The terminal can handle one million tonnes a year, and a second line will double "
              "that capacity when it opens, the operator said.")
    flags = check(source, "Терминал может.", EN, RU)
    assert [f.kind for f in flags] == ["length"] and "dropped" in flags[0].detail


def test_wrong_script_and_wrong_language_are_flagged() -> None:
    english = check(PARALLEL[RU][2], "Вывоз увеличился на 15% до 5 400 тонн, сказали в ведомстве.",
                    RU, EN)
    assert [f.kind for f in english] == ["language"] and "Cyrillic" in english[0].detail
    # Russian where Kazakh was asked for: same script, so the detector decides.
    kazakh = check(PARALLEL[EN][0], PARALLEL[RU][0], EN, KK)
    assert [f.kind for f in kazakh] == ["language"] and "Russian" in kazakh[0].detail


def test_unsure_is_not_wrong() -> None:
    assert check("Yes.", "Да.", EN, RU) == []
    # Kazakh without its own letters reads as Kyrgyz to the detector: not a wrong language.
    assert check("The company earned 5.4 billion dollars in 2023.",
                 "Компания 2023 жылы 5,4 млрд доллар тапты.", EN, KK) == []


def test_a_copied_source_is_untranslated() -> None:
    flags = check(PARALLEL[EN][0], PARALLEL[EN][0], EN, RU)
    assert [f.kind for f in flags] == ["untranslated"]
    mostly = "The new water pipeline cost 48 billion tenge and opened on 14 March 2024 году."
    assert [f.kind for f in check(PARALLEL[EN][0], mostly, EN, RU)] == ["untranslated"]
    # Only names and numbers: coming through unchanged is right.
    assert check("Microsoft, 2024.", "Microsoft, 2024.", EN, RU) == []


def test_names_survive_in_either_alphabet() -> None:
    lost = check(PARALLEL[EN][1], "Президент встретился с главой компании в столице во вторник.",
                 EN, RU)
    assert [f.kind for f in lost] == ["names"]
    assert all(name in lost[0].detail for name in ("Tokayev", "Microsoft", "Astana"))
    url = check(PARALLEL[EN][3], "Подробности на сайте и #KazakhGrain.", EN, RU)
    assert [f.kind for f in url] == ["names"] and "https://example.kz/news" in url[0].detail


def test_transliteration_and_skeletons() -> None:
    assert transliterate("Қазақстан") == "qazaqstan"
    assert transliterate("Щучинск") == "shchuchinsk"
    assert skeleton("Kazakhstan") == skeleton("Қазақстан") == skeleton("Казахстан")
    assert skeleton("Tokayev") != skeleton("Trump")
    assert names("Сегодня в Астане выступил Tokayev, сообщает BBC.") == ["Астане", "Tokayev", "BBC"]


def test_flag_to_dict_has_the_contract_keys() -> None:
    flag = Flag("numbers", 2, "src", "out", "missing: 5", repaired=True)
    assert flag.to_dict() == {"kind": "numbers", "sentence": 2, "source": "src", "output": "out",
                              "detail": "missing: 5", "repaired": True}
    with pytest.raises(dataclasses.FrozenInstanceError):
        flag.kind = "names"  # type: ignore[misc]


# --- repair wiring with a fake engine ------------------------------------------------------------


class FakeEngine:
    """Translates from a table, misbehaving on purpose for some sentences; records calls."""

    def __init__(self, table: dict[str, str]) -> None:
        self.table = table
        self.calls: list[list[str]] = []

    def __call__(self, units: Sequence[str]) -> list[str]:
        self.calls.append(list(units))
        return [self.table.get(unit, unit) for unit in units]


GOOD = dict(zip(PARALLEL[EN], PARALLEL[RU]))
BAD = {
    PARALLEL[EN][0]: PARALLEL[KK][0],  # Kazakh instead of Russian
    PARALLEL[EN][1]: "Президент Токаев " + "встретился с " * 6 + "Microsoft в Астане.",  # loop
    PARALLEL[EN][2]: "Экспорт вырос до 5 400 тонн, сообщило министерство.",  # 15% dropped
    PARALLEL[EN][3]: PARALLEL[EN][3],  # copied
}


def test_every_misbehaviour_is_flagged_and_a_safer_retry_repairs_it() -> None:
    first, retry = FakeEngine(BAD), FakeEngine(GOOD)
    result = guarded_translate(PARALLEL[EN], first, retry, EN, RU)
    assert result.outputs == tuple(PARALLEL[RU])
    kinds = {(f.sentence, f.kind) for f in result.flags}
    assert {(0, "language"), (1, "repetition"), (2, "numbers"), (3, "untranslated")} <= kinds
    assert all(f.repaired for f in result.flags) and result.unrepaired == ()
    assert retry.calls == [PARALLEL[EN]]  # one batch for all failed sentences
    repaired = next(f for f in result.flags if f.sentence == 2)
    assert repaired.output == PARALLEL[RU][2] and "15%" in repaired.detail
    assert "repaired" in repaired.detail


def test_nothing_failed_means_no_retry_and_no_flags() -> None:
    first, retry = FakeEngine(GOOD), FakeEngine(GOOD)
    result = guarded_translate(PARALLEL[EN], first, retry, EN, RU)
    assert result.flags == () and retry.calls == []


def test_a_retry_that_does_not_help_keeps_the_first_output_and_reports_it() -> None:
    first, retry = FakeEngine(BAD), FakeEngine(BAD)
    result = guarded_translate(PARALLEL[EN][2:3], first, retry, EN, RU)
    assert result.outputs == (BAD[PARALLEL[EN][2]],)
    assert [(f.kind, f.repaired) for f in result.flags] == [("numbers", False)]
    assert result.unrepaired == result.flags


def test_clause_by_clause_is_the_second_try() -> None:
    sentence = "Exports rose by 15% to 5,400 tonnes, and the port handled 410 ships."
    parts = split_clauses(sentence)
    assert parts == ["Exports rose by 15% to 5,400 tonnes,", "and the port handled 410 ships."]
    whole = {sentence: "Экспорт вырос на 15% до 5 400 тонн."}  # second clause dropped
    clauses = {**whole, parts[0]: "Экспорт вырос на 15% до 5 400 тонн,",
               parts[1]: "а порт принял 410 судов."}
    retry = FakeEngine(clauses)
    result = guarded_translate([sentence], FakeEngine(whole), retry, EN, RU)
    assert result.outputs == ("Экспорт вырос на 15% до 5 400 тонн, а порт принял 410 судов.",)
    assert retry.calls == [[sentence], parts]
    assert result.flags and all(f.repaired and "clause" in f.detail for f in result.flags)


def test_cap_hit_comes_from_the_caller() -> None:
    result = guarded_translate(PARALLEL[EN][:1], FakeEngine(GOOD), None, EN, RU,
                               cap_hit=lambda source, output: True)
    assert [(f.kind, f.repaired) for f in result.flags] == [("repetition", False)]


# --- summaries -----------------------------------------------------------------------------------

ARTICLE = ("A new grain terminal opened in Aktau on Tuesday. It cost $410 million and can handle "
           "1.5 million tonnes a year. Minister Serik Zhumangarin said exports to Europe would "
           "grow by 20% in 2025.")


def test_a_faithful_summary_has_no_flags() -> None:
    summary = ("A $410 million grain terminal opened in Aktau. Zhumangarin expects exports to "
               "grow by 20% in 2025.")
    assert check_summary(ARTICLE, summary, EN) == []


def test_a_summary_with_an_invented_number_name_or_loop_is_flagged() -> None:
    summary = ("A $450 million grain terminal opened in Aktau, Tokayev said. "
               "Exports will grow grow grow grow by 20%. Exports will grow grow grow grow by 20%.")
    flags = check_summary(ARTICLE, summary, EN)
    assert ("numbers", 0) in {(f.kind, f.sentence) for f in flags}
    assert any(f.kind == "names" and "Tokayev" in f.detail for f in flags)
    assert {f.sentence for f in flags if f.kind == "repetition"} == {1, 2}
    assert any("repeats sentence 1" in f.detail for f in flags)


# --- the real path on tiny models ----------------------------------------------------------------


@pytest.fixture()
def ct2_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("SUMMARIZER_CACHE", str(tmp_path))
    yield tmp_path
    load_engine.cache_clear()


def test_tiny_model_gibberish_is_flagged_and_identity_is_not(tiny_settings: Settings) -> None:
    registry = TranslatorRegistry(tiny_settings.translation)
    units = ["A new grain terminal worth $410 million opened in Aktau on 14 March 2024.",
             "Exports rose by 15% to 5,400 tonnes, the company said on Tuesday."]
    translator = registry.get(EN, RU)
    result = guarded_translate(units, translator.translate_many, translator.safer().translate_many,
                               EN, RU)
    unrepaired = {f.kind for f in result.unrepaired}
    assert {"numbers", "language"} <= unrepaired
    assert len(result.outputs) == len(units)
    identity = registry.get(EN, EN)
    same = guarded_translate(units, identity.translate_many, identity.safer().translate_many,
                             EN, EN)
    assert same.outputs == tuple(units) and same.flags == ()


@pytest.mark.parametrize("engine", ["transformers", "ctranslate2"])
def test_both_engines_offer_safer_decoding(tiny_settings: Settings, engine: str,
                                           ct2_cache: Path) -> None:
    if engine == "ctranslate2":
        pytest.importorskip("ctranslate2")
    settings = dataclasses.replace(tiny_settings.translation, engine=engine, device="cpu")
    translator = TranslatorRegistry(settings).get(EN, RU)
    safer = translator.safer()
    options = (safer.engine.generate_options if engine == "transformers"
               else safer.engine.decode_options)
    assert SAFER_DECODING.items() <= options.items()
    assert safer.engine is not translator.engine  # the cached engine keeps its own options
    assert not (SAFER_DECODING.items() <= (
        translator.engine.generate_options if engine == "transformers"
        else translator.engine.decode_options).items())
    units = ["Exports rose by 15% to 5,400 tonnes, the company said on Tuesday."]
    plain, careful = translator.translate_many(units), safer.translate_many(units)
    assert len(careful) == 1 and careful[0]
    # The tiny models loop; blocking repeated 3-grams must change what they write.
    assert careful != plain


def test_translate_checked_maps_flags_to_each_texts_sentences(tiny_settings: Settings) -> None:
    registry = TranslatorRegistry(tiny_settings.translation)
    texts = ["Exports rose by 15% to 5,400 tonnes.\n\nThe port opened on 14 March 2024. "
             "It cost $410 million.",
             "Prices fell by 3% in May."]
    from summarizer.guard import translate_checked

    checked = translate_checked(registry.get(EN, RU), texts, EN, RU)
    assert len(checked) == 2
    first, second = checked
    assert first.text.count("\n") == 2  # lines and the blank line kept
    number_flags = {f.sentence for f in first.flags if f.kind == "numbers" and not f.repaired}
    assert number_flags == {0, 1, 2}  # three sentences, each with its own numbers
    assert {f.source for f in first.flags if f.sentence == 2} == {"It cost $410 million."}
    assert {f.sentence for f in second.flags} == {0}
    assert "numbers" in {f.kind for f in second.flags}
    assert "language" in {f.kind for f in first.flags}
    same = translate_checked(registry.get(EN, EN), texts, EN, EN)
    assert [c.text for c in same] == texts and all(c.flags == () for c in same)
