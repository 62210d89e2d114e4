"""The number normaliser behind the faithfulness guard: the same quantity written the English,
Russian or Kazakh way must match, and a changed quantity must not."""

from decimal import Decimal

import pytest

from summarizer.numbers import extract, missing, month_number, number_values, same_quantities

SAME = [
    # thousands separators and decimal marks
    ("5,400 tonnes", "5 400 тонн"),
    ("5,400 tonnes", "5400 тонна"),
    ("5.400 тонн", "5,400 tonnes"),
    ("1,234,567 people", "1 234 567 человек"),
    ("1,234,567 people", "1\u00a0234\u00a0567 адам"),
    ("12,345.6", "12 345,6"),
    ("48.6 percent", "48,6 процента"),
    ("48,6 пайыз", "48.6%"),
    ("0.5", "0,5"),
    ("3.14", "3,14"),
    # scale words
    ("$5.4 billion", "5,4 млрд долларов"),
    ("5.4 billion", "5,4 миллиарда"),
    ("5,4 млрд теңге", "5.4 billion tenge"),
    ("48,6 млрд теңге", "48.6 billion tenge"),
    ("410 million", "410 млн"),
    ("410 million", "410 миллион"),
    ("$410 million", "410 000 000 долларов"),
    ("2.5 trillion", "2,5 трлн"),
    ("15 thousand", "15 тыс."),
    ("15 мың адам", "15,000 people"),
    ("1.2 bn", "1 200 млн"),
    ("3 миллиона", "3 million"),
    # percentages and plain numbers with endings
    ("15%", "15 %"),
    ("15 per cent", "15 процентов"),
    ("the 3rd stage", "3-й этап"),
    ("1-ші кезең", "1st stage"),
    ("62 km", "62 км"),
    ("in 2024", "в 2024 году"),
    ("in 2024", "2024 ж."),
    ("2024 жылы", "in 2024"),
    # dates in any order and language
    ("14 March 2024", "14 марта 2024 г."),
    ("14 March 2024", "March 14, 2024"),
    ("14 March 2024", "2024 жылғы 14 наурыз"),
    ("14 марта 2024 года", "2024 жылғы 14 наурызда"),
    ("14.03.2024", "14 March 2024"),
    ("2024-03-14", "14 наурыз 2024"),
    ("1 May", "1 мая"),
    ("1 мамыр", "May 1"),
    ("September 5", "5 сентября"),
    ("5 қыркүйек", "5 September"),
    ("25 December 2023", "25-желтоқсан 2023"),
    ("March 2024", "в марте 2024 года"),
    ("наурыз 2024", "March 2024"),
    ("2024 жылғы қаңтар", "January 2024"),
    # times
    ("14:30", "14:30"),
    ("2 p.m.", "14:00"),
    ("9 a.m.", "9:00"),
    ("9 p.m.", "в 9 вечера"),
    ("at 14:00", "в 14 часов"),
    # a number written out on the other side
    ("2 ministers", "two ministers"),
    ("3 министра", "үш министр"),
]

DIFFERENT = [
    ("5,400 tonnes", "540 тонн"),
    ("5,400 tonnes", "54 000 тонн"),
    ("5,4", "54"),
    ("1.5", "15"),
    ("48,6 млрд", "48,6 млн"),
    ("5.4 billion", "5.4 million"),
    ("410 million", "410 thousand"),
    ("410 million", "41 million"),
    ("15%", "16%"),
    ("15 мың", "1 500"),
    ("in 2024", "in 2023"),
    ("2024 жылы", "2025 году"),
    ("14 March 2024", "15 March 2024"),
    ("14 March 2024", "14 April 2024"),
    ("14 марта 2024 г.", "14 марта 2023 г."),
    ("2024 жылғы 14 наурыз", "2024 жылғы 14 сәуір"),
    ("14.03.2024", "15.03.2024"),
    ("1 May", "1 June"),
    ("14:30", "14:45"),
    ("2 p.m.", "2:30"),
    ("9 a.m.", "9 p.m."),
    ("March 2024", "May 2024"),
    ("3 ministers", "two ministers"),
    ("12 345,6", "12 345"),
]


@pytest.mark.parametrize(("first", "second"), SAME)
def test_the_same_quantity_written_differently_matches(first: str, second: str) -> None:
    assert extract(first), f"nothing found in {first!r}"
    assert same_quantities(first, second)


@pytest.mark.parametrize(("first", "second"), DIFFERENT)
def test_a_changed_quantity_does_not_match(first: str, second: str) -> None:
    assert not same_quantities(first, second)


def test_the_tables_are_large_enough() -> None:
    assert len(SAME) >= 40 and len(DIFFERENT) >= 20


def test_an_ambiguous_group_has_both_readings() -> None:
    assert number_values("5,400") == {Decimal("5400"), Decimal("5.4")}
    assert number_values("5 400") == {Decimal("5400")}
    assert number_values("5,4") == {Decimal("5.4")}


def test_numbers_side_by_side_stay_apart() -> None:
    assert [q.text for q in extract("в 2023 150 человек")] == ["2023", "150"]


def test_a_date_is_one_quantity_not_three_numbers() -> None:
    found = extract("Терминал открыли 14 марта 2024 г. за 410 млн долларов.")
    assert [q.text for q in found] == ["14 марта 2024", "410 млн"]


def test_month_names_in_three_languages() -> None:
    assert [month_number(w) for w in ("March", "марта", "наурызда", "Sept.", "мая", "желтоқсан")] \
        == [3, 3, 3, 9, 5, 12]
    assert month_number("market") is None


def test_missing_names_what_is_gone() -> None:
    lost = missing("Exports rose 15% to 5,400 tonnes on 14 March.", "Экспорт вырос на 15%.")
    assert [q.text for q in lost] == ["5,400", "14 March"]
