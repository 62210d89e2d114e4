"""Numbers, amounts, percentages, dates and times in English, Russian and Kazakh text, normalised.

The faithfulness guard asks one question of a translation (or a summary): does every quantity of
one text appear in the other? Writing conventions differ between the three languages, so each
quantity found is turned into a set of *keys* (normalised values), and two quantities are the same
when their key sets meet:

* digit groups: 5,400 / 5 400 / 5.400 / 5400 are one value; a single group of exactly three digits
  after one comma or dot is ambiguous ("5,400" is 5400 in English, 5.4 in Russian), so it gets both
  readings; decimal commas (48,6) equal decimal points (48.6);
* scale words multiply: 5.4 billion = 5,4 млрд = 5,4 миллиард = 5 400 000 000 (thousand/million/
  billion/trillion and their Russian and Kazakh words and abbreviations);
* dates in any order and script: 14 March 2024 = March 14, 2024 = 14 марта 2024 г. =
  2024 жылғы 14 наурыз = 14.03.2024 = 2024-03-14; a month with a year (March 2024 = наурыз 2024);
* times: 14:30, and "2 p.m." = 14:00; Kazakh "ж." (year) and ordinal endings (1-ші, 2-й, 3rd)
  are ignored; signs and units are not compared.

Only quantities written with digits are required; on the other side, number words (two, два, екі)
also count as present, so "2" translated as "two" passes. Everything here is regular expressions
compiled at import and plain Python: a sentence takes microseconds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

#: Month names: English full names and abbreviations (whole words), Russian and Kazakh stems (any
#: case ending follows: марта, наурызда).
_MONTHS_EN = ("january february march april may june july august september october november "
              "december").split()
_MONTHS_EN_SHORT = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
                    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
_MONTH_STEMS_RU = ("январ феврал март апрел ма июн июл август сентябр октябр ноябр декабр").split()
_MONTHS_KK = ("қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша "
              "желтоқсан").split()
_MONTH_STEMS: dict[str, int] = {}
for _names in (_MONTHS_EN, _MONTH_STEMS_RU, _MONTHS_KK):
    for _number, _stem in enumerate(_names, start=1):
        _MONTH_STEMS[_stem] = _number

#: Scale words (and abbreviations) by the power of ten they stand for.
_SCALE_WORDS: dict[str, int] = {}
for _power, _words in ((3, "thousand thousands тыс тысяч тысячи тысяча мың"),
                       (6, "million millions mln mn млн миллион миллиона миллионов"),
                       (9, "billion billions bn bln млрд миллиард миллиарда миллиардов"),
                       (12, "trillion trillions tn трлн триллион триллиона триллионов")):
    for _word in _words.split():
        _SCALE_WORDS[_word] = _power

#: Number words that count as present on the "available" side (a digit may be written out).
_NUMBER_WORDS: dict[str, int] = {}
for _value, _words in enumerate((
    "zero ноль нөл",
    "one один одна одно бір",
    "two два две екі",
    "three три үш",
    "four четыре төрт",
    "five пять бес",
    "six шесть алты",
    "seven семь жеті",
    "eight восемь сегіз",
    "nine девять тоғыз",
    "ten десять",  # Kazakh "он" (ten) is also Russian "он" (he): left out
    "eleven одиннадцать",
    "twelve двенадцать",
)):
    for _word in _words.split():
        _NUMBER_WORDS[_word] = _value
for _value, _words in ((20, "twenty двадцать жиырма"), (100, "hundred сто жүз"),
                       (1000, "thousand тысяча мың")):
    for _word in _words.split():
        _NUMBER_WORDS[_word] = _value

_SPACE = "[ \u00a0\u202f\u2009]"  # space, no-break space, narrow no-break space, thin space
# A number: digit groups joined by one separator each; the separators are read below.
_NUMBER = rf"\d+(?:(?:[.,]|{_SPACE})\d+)*"
_MONTH_WORD = (
    r"(?<![^\W\d_])(?:"
    + "|".join(_MONTHS_EN) + "|(?:" + "|".join(_MONTHS_EN_SHORT) + r")\.?"
    + "|(?:" + "|".join(s for s in _MONTH_STEMS_RU if s != "ма") + r")[а-я]*|ма[йяе]"
    + "|(?:" + "|".join(_MONTHS_KK) + r")[^\W\d_]*"
    + r")(?![^\W\d_])"
)
_YEAR_MARK = r"(?:{s}?(?:ж\.|жыл[^\W\d_]*|г\.|года?|годы|году|year))?".format(s=_SPACE)
_ORDINAL = r"(?:-?(?:ші|шы|сі|сы|ая|ое|ой|ий|ый|го|му|м|й|я|е|st|nd|rd|th))?"

#: Everything is scanned in one pass, most specific first; each match is one quantity.
_SCANNER = re.compile(
    "|".join((
        # 2024-03-14
        r"(?P<iso>(?<!\d)(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?!\d))",
        # 14.03.2024, 14/03/2024, 03/14/2024
        r"(?P<num_date>(?<![\d.,])(?P<na>\d{1,2})[./](?P<nb>\d{1,2})[./](?P<ny>\d{4})(?!\d))",
        # 14:30, 9:05 pm
        r"(?P<time>(?<![\d:])(?P<th>\d{1,2}):(?P<tm>\d{2})(?![\d:])"
        r"(?:\s?(?P<tampm>[ap])\.?m\.?(?![^\W\d_]))?)",
        # 2 p.m.
        r"(?P<ampm>(?<![\d.,])(?P<ah>\d{1,2})\s?(?P<aampm>[ap])\.?m\.?(?![^\W\d_]))",
        # 2024 жылғы 14 наурыз, 2024 г. 14 марта (year first, Kazakh order)
        rf"(?P<ydm>(?<!\d)(?P<y1>\d{{4}}){_YEAR_MARK}{_SPACE}(?P<d1>\d{{1,2}}){_ORDINAL}"
        rf"[-{_SPACE[1:-1]}](?P<m1>{_MONTH_WORD}))",
        # 14 March 2024, 14 марта 2024 г., 14-наурыз
        rf"(?P<dmy>(?<![\d.,])(?P<d2>\d{{1,2}}){_ORDINAL}[-{_SPACE[1:-1]}](?P<m2>{_MONTH_WORD})"
        rf"(?:,?{_SPACE}(?P<y2>\d{{4}})(?!\d))?)",
        # March 14, 2024 / March 14
        rf"(?P<mdy>(?P<m3>{_MONTH_WORD}){_SPACE}(?P<d3>\d{{1,2}}){_ORDINAL}(?![\d.,]\d)"
        rf"(?:,?{_SPACE}(?P<y3>\d{{4}})(?!\d))?)",
        # 2024 жылғы наурыз (year then month)
        rf"(?P<ym>(?<!\d)(?P<y4>\d{{4}}){_YEAR_MARK}{_SPACE}(?P<m4>{_MONTH_WORD}))",
        # March 2024, марте 2024 года
        rf"(?P<my>(?P<m5>{_MONTH_WORD}){_SPACE}(?P<y5>\d{{4}})(?![\d.,]\d))",
        # 5,4 млрд / 5.4 billion / $410 million / 12 345,6 / 15%
        rf"(?P<num>(?<![\d.,])(?P<digits>{_NUMBER})"
        rf"(?:{_SPACE}?(?P<percent>%)|{_SPACE}?(?P<scale>[^\W\d_]+)\.?)?)",
    )),
    re.IGNORECASE,
)
_WORD_SCANNER = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")
_GROUP_SPLIT = re.compile(rf"[.,]|{_SPACE}")

Key = tuple[object, ...]


@dataclass(frozen=True)
class Quantity:
    """One number, amount, date or time found in a text: how it was written and its keys.

    Two quantities are the same when their `keys` intersect (several keys stand for readings of
    an ambiguous form such as "5,400", or for a date also being its year).
    """

    text: str
    keys: frozenset[Key]


def number_word_value(word: str) -> int | None:
    """The value of a number written as a word ("three", «три», «үш»), or None."""
    return _NUMBER_WORDS.get(word.lower())


def month_number(word: str) -> int | None:
    """The month (1-12) an English, Russian or Kazakh month name (any case ending) names."""
    lowered = word.lower().rstrip(".")
    if lowered in _MONTHS_EN:
        return _MONTHS_EN.index(lowered) + 1
    if lowered in _MONTHS_EN_SHORT:
        return _MONTHS_EN_SHORT[lowered]
    if lowered in ("май", "мая", "мае"):
        return 5
    for stem, month in _MONTH_STEMS.items():
        if len(stem) > 2 and lowered.startswith(stem) and stem not in _MONTHS_EN:
            return month
    return None


def number_values(digits: str) -> set[Decimal]:
    """Every value a digit string can mean: "5,400" → {5400, 5.4}; "5 400" → {5400}."""
    groups = _GROUP_SPLIT.split(digits)
    separators = _GROUP_SPLIT.findall(digits)
    if not separators:
        return {Decimal(digits)}
    values: set[Decimal] = set()
    last = separators[-1]
    earlier_are_grouping = all(len(g) == 3 for g in groups[1:-1]) and len(groups[0]) <= 3
    # The last separator as a decimal mark: every earlier one groups thousands.
    if last in ".," and earlier_are_grouping and all(s != last for s in separators[:-1]):
        values.add(Decimal("".join(groups[:-1]) + "." + groups[-1]))
    # Every separator as a thousands mark: all groups after the first have three digits.
    if all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3 and \
            len(set(separators)) == 1:
        values.add(Decimal("".join(groups)))
    if not values:  # "2023 150": not one number; read the digits as they stand, run together
        values.add(Decimal("".join(groups)))
    return values


def _space_runs(digits: str) -> list[str]:
    """A digit run split at spaces unless the spaces group thousands ("5 400", "1 234 567")."""
    parts = re.split(_SPACE, digits)
    if len(parts) == 1:
        return parts
    head, *tail = parts
    if len(re.split(r"[.,]", head)) == 1 and len(head) <= 3 and \
            all(len(re.split(r"[.,]", p)[0]) == 3 for p in tail) and \
            all(re.fullmatch(r"\d{3}", p) for p in tail[:-1]):
        return [digits]
    return parts


def _number_keys(digits: str, scale_word: str | None) -> tuple[frozenset[Key], bool]:
    """Keys of a number and whether the word after it was a scale word it consumed."""
    power = _SCALE_WORDS.get(scale_word.lower()) if scale_word else None
    factor = Decimal(10) ** power if power else Decimal(1)
    keys = frozenset(("n", (value * factor).normalize()) for value in number_values(digits))
    return keys, power is not None


def _date_keys(year: str | None, month: int, day: str) -> frozenset[Key]:
    d = int(day)
    if not 1 <= d <= 31:
        return frozenset()
    return frozenset({("date", int(year) if year else None, month, d)})


def _ampm(hour: int, marker: str | None) -> int:
    if marker is None:
        return hour
    if marker.lower() == "p" and hour < 12:
        return hour + 12
    if marker.lower() == "a" and hour == 12:
        return 0
    return hour


def _time_keys(hour: int, minute: int) -> frozenset[Key]:
    keys: set[Key] = {("time", hour, minute)}
    if minute == 0:  # "at 14:00" may become "at 14 o'clock" / "в 14 часов"
        keys.add(("n", Decimal(hour)))
    return frozenset(keys)


def extract(text: str) -> list[Quantity]:
    """The quantities written with digits in `text`, in order of appearance.

    A date or time is one quantity (its day, month and year are not also counted as numbers); a
    number followed by a scale word is one quantity with the scaled value.
    """
    return list(_extract(text))


@lru_cache(maxsize=1024)
def _extract(text: str) -> tuple[Quantity, ...]:
    # The guard looks at each text twice (as source and as output); most sentences have no digit.
    if not _DIGIT.search(text):
        return ()
    found: list[Quantity] = []
    for match in _SCANNER.finditer(text):
        kind = match.lastgroup
        groups = match.groupdict()
        keys: frozenset[Key] = frozenset()
        span_text = match.group(0)
        if groups["iso"]:
            month, day = int(groups["im"]), groups["id"]
            keys = _date_keys(groups["iy"], month, day) if 1 <= month <= 12 else frozenset()
        elif groups["num_date"]:
            a, b, year = int(groups["na"]), int(groups["nb"]), groups["ny"]
            readings: set[Key] = set()
            if 1 <= b <= 12:
                readings |= _date_keys(year, b, str(a))  # 14.03.2024 (day first)
            if 1 <= a <= 12:
                readings |= _date_keys(year, a, str(b))  # 03/14/2024 (US order)
            keys = frozenset(readings)
        elif groups["time"]:
            hour = _ampm(int(groups["th"]), groups["tampm"])
            minute = int(groups["tm"])
            if hour <= 24 and minute < 60:
                keys = _time_keys(hour, minute)
        elif groups["ampm"]:
            hour = _ampm(int(groups["ah"]), groups["aampm"])
            # "9 p.m." may become "в 9 вечера": a bare 9 on the other side offers both halves
            # of the day (see available_keys), "9 a.m." does not.
            keys = frozenset({("time", hour, 0),
                              ("hour12", int(groups["ah"]), groups["aampm"].lower())})
        elif groups["ydm"] or groups["dmy"] or groups["mdy"]:
            year, day, word = ((groups["y1"], groups["d1"], groups["m1"]) if groups["ydm"] else
                               (groups["y2"], groups["d2"], groups["m2"]) if groups["dmy"] else
                               (groups["y3"], groups["d3"], groups["m3"]))
            month = month_number(word)
            if month is not None:
                keys = _date_keys(year, month, day)
            else:  # not a month after all: rescan the span as plain numbers
                found.extend(_plain_numbers(span_text))
                continue
        elif groups["ym"] or groups["my"]:
            year, word = ((groups["y4"], groups["m4"]) if groups["ym"] else
                          (groups["y5"], groups["m5"]))
            month = month_number(word)
            if month is not None:
                keys = frozenset({("month", int(year), month)})
            else:
                found.extend(_plain_numbers(span_text))
                continue
        elif groups["num"]:
            runs = _space_runs(groups["digits"])
            for run in runs[:-1]:  # "в 2023 150 человек": numbers side by side, not one
                found.append(Quantity(run, _number_keys(run, None)[0]))
            keys, used_scale = _number_keys(runs[-1], groups["scale"])
            span_text = (span_text[span_text.index(runs[-1]):] if used_scale else
                         runs[-1] + ("%" if groups["percent"] else ""))
        if keys:
            found.append(Quantity(span_text.strip(), keys))
    return tuple(found)


def _plain_numbers(text: str) -> list[Quantity]:
    """Numbers in a span that looked like a date but named no month ("14 people", "Room 12")."""
    found = []
    for match in re.finditer(rf"(?<![\d.,]){_NUMBER}", text):
        digits = match.group(0).strip()
        keys, _ = _number_keys(digits, None)
        found.append(Quantity(digits, keys))
    return found


@lru_cache(maxsize=1024)
def available_keys(text: str) -> frozenset[Key]:
    """Every key `text` offers: its quantities, their weaker readings, and number words.

    A full date also offers its day-and-month, its month-and-year and its year, so "14 March"
    is found in "14 March 2024"; a bare number from 1 to 12 offers either half of the day
    ("в 9 вечера" has "9 p.m."), and "9 p.m." offers a bare 9 (but not "9 a.m.").
    """
    keys: set[Key] = set()
    bare: set[Key] = set()
    for quantity in _extract(text):
        keys |= quantity.keys
        for key in quantity.keys:
            if key[0] == "date":
                _, year, month, day = key
                keys.add(("date", None, month, day))
                if year is not None:
                    keys.add(("month", year, month))
                    keys.add(("n", Decimal(year)))
            elif key[0] == "month":
                keys.add(("n", Decimal(key[1])))
            elif key[0] == "hour12":  # "9 p.m." offers a bare 9, but not "9 a.m."
                bare.add(("n", Decimal(key[1])))
    for word in _WORD_SCANNER.findall(text):
        value = _NUMBER_WORDS.get(word.lower())
        if value is not None:
            keys.add(("n", Decimal(value)))
    for key in list(keys):
        if key[0] == "n" and 1 <= key[1] <= 12 and key[1] == int(key[1]):
            keys.add(("hour12", int(key[1]), "a"))
            keys.add(("hour12", int(key[1]), "p"))
    return frozenset(keys | bare)


def missing(required: str, available: str) -> list[Quantity]:
    """The quantities of `required` that `available` does not contain (each reported once)."""
    offered = available_keys(available)
    seen: set[frozenset[Key]] = set()
    result = []
    for quantity in _extract(required):
        if quantity.keys & offered or quantity.keys in seen:
            continue
        seen.add(quantity.keys)
        result.append(quantity)
    return result


def same_quantities(first: str, second: str) -> bool:
    """True when each text contains every quantity of the other."""
    return not missing(first, second) and not missing(second, first)
