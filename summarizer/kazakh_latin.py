"""Kazakh in the Latin alphabet: transliteration both ways and the letters that give it away.

Two official Latin alphabets exist. The 2021 one (the current plan) writes the Kazakh-only sounds
with diaereses, breves and cedillas: ä ğ ñ ö ū ü ı ş ç (ı is Cyrillic і, i is и/й, y is ы). The
2018 one wrote them with acute accents: á ǵ ń ó ú ý, with ı for и/й, i for і, and the digraphs sh
and ch. Informal writers drop the marks ("Qazaqstan Respublikasynyn Ukimeti"). The tables below
were written for this project from the two published letter lists; letters Kazakh has only in
Russian loans (ц щ ъ ь э ю я ё) follow the usual spellings (ts, şş, –, –, e, iu, ia, io).

Going back to Cyrillic is not unique (2021's i is both и and й; u both у and ...), so `to_cyrillic`
picks й after a vowel and и elsewhere, which is right for Kazakh words.
"""

from __future__ import annotations

import re

VARIANTS = ("2021", "2018")

_VOWELS_CYR = set("аәеиоөұүыіэюяё")

# Cyrillic → Latin, lower case; capitals are derived (with the special cases in _UPPER).
_TO_LATIN = {
    "2021": {
        "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e",
        "ё": "io", "ж": "j", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l",
        "м": "m", "н": "n", "ң": "ñ", "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s",
        "т": "t", "у": "u", "ұ": "ū", "ү": "ü", "ф": "f", "х": "h", "һ": "h", "ц": "ts",
        "ч": "ç", "ш": "ş", "щ": "şş", "ъ": "", "ы": "y", "і": "ı", "ь": "", "э": "e",
        "ю": "iu", "я": "ia",
    },
    "2018": {
        "а": "a", "ә": "á", "б": "b", "в": "v", "г": "g", "ғ": "ǵ", "д": "d", "е": "e",
        "ё": "ıo", "ж": "j", "з": "z", "и": "ı", "й": "ı", "к": "k", "қ": "q", "л": "l",
        "м": "m", "н": "n", "ң": "ń", "о": "o", "ө": "ó", "п": "p", "р": "r", "с": "s",
        "т": "t", "у": "ý", "ұ": "u", "ү": "ú", "ф": "f", "х": "h", "һ": "h", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e",
        "ю": "ıý", "я": "ıa",
    },
}
#: Capitals that Python's str.upper() gets wrong for these alphabets (dotted/dotless i).
_UPPER = {"2021": {"и": "İ", "й": "İ", "і": "I"}, "2018": {"и": "I", "й": "I", "і": "I"}}

# Latin → Cyrillic. Longest match first; "i" of 2021 and "ı" of 2018 become и or й by context.
_FROM_LATIN = {
    "2021": {
        "a": "а", "ä": "ә", "b": "б", "v": "в", "g": "г", "ğ": "ғ", "d": "д", "e": "е",
        "j": "ж", "z": "з", "i": "и", "k": "к", "q": "қ", "l": "л", "m": "м", "n": "н",
        "ñ": "ң", "o": "о", "ö": "ө", "p": "п", "r": "р", "s": "с", "t": "т", "u": "у",
        "ū": "ұ", "ü": "ү", "f": "ф", "h": "х", "ç": "ч", "ş": "ш", "y": "ы", "ı": "і",
        "c": "ц", "w": "у", "x": "х",
    },
    "2018": {
        "a": "а", "á": "ә", "b": "б", "v": "в", "g": "г", "ǵ": "ғ", "d": "д", "e": "е",
        "j": "ж", "z": "з", "ı": "и", "k": "к", "q": "қ", "l": "л", "m": "м", "n": "н",
        "ń": "ң", "o": "о", "ó": "ө", "p": "п", "r": "р", "s": "с", "t": "т", "ý": "у",
        "u": "ұ", "ú": "ү", "f": "ф", "h": "х", "sh": "ш", "ch": "ч", "y": "ы", "i": "і",
        "c": "ц", "w": "у", "x": "х",
    },
}
_SEMIVOWEL_I = {"2021": "i", "2018": "ı"}  # the letter written for both и and й

#: Letters only one of the two variants writes: they tell which one a text uses.
_MARKS_2021 = frozenset("äğñöūüşç")
_MARKS_2018 = frozenset("áǵńóúý")
#: Letters Kazakh writes in Latin (either variant) and Turkish never does (beyond names).
KAZAKH_LATIN_SIGNS = frozenset("qñäūáǵńúý")
#: Letters or spellings that Kazakh in Latin never writes but a Turkic neighbour does:
#: ə (Azerbaijani), ň ž w (Turkmen), x (Azerbaijani, Uzbek), o'/g' (Uzbek), c (not in "ch").
#: Kazakh has ç only in Russian loans, before e/i or in "matç"; Turkmen, Turkish and
#: Azerbaijani write it before back vowels and at word ends ("açyldy", "üç").
#: Turkmen also writes ý (a consonant) next to ä ş ç ö ü; Kazakh has ý only in the 2018
#: alphabet, which has none of those.
_NEIGHBOUR_PATTERN = re.compile(r"[əňžxw]|[og]['ʻ’‘`]|c(?!h)|ç(?=[aıyoöuü])|(?<!t)ç\b")


def to_latin(text: str, variant: str = "2021") -> str:
    """Write Kazakh Cyrillic `text` in the Latin alphabet of `variant` ("2021" or "2018").

    Characters that are not Kazakh Cyrillic letters (digits, punctuation, Latin words) pass through
    unchanged, so a whole article can be converted. A capital becomes a capital; a digraph from a
    capital inside an all-capital word ("ШЫҒЫС") is written all in capitals.
    """
    table = _table(_TO_LATIN, variant)
    upper = _UPPER[variant]
    out: list[str] = []
    for i, ch in enumerate(text):
        low = ch.lower()
        latin = table.get(low)
        if latin is None:
            out.append(ch)
        elif ch == low:
            out.append(latin)
        elif low in upper:
            out.append(upper[low])
        elif _is_upper_at(text, i + 1) or _is_upper_at(text, i - 1):
            out.append(_upper(latin, variant))
        else:
            out.append(_upper(latin[:1], variant) + latin[1:])
    return "".join(out)


def to_cyrillic(text: str, variant: str = "auto") -> str:
    """Write Latin-script Kazakh `text` in Kazakh Cyrillic (the OPUS-MT models read Cyrillic).

    `variant` is "2021", "2018" or "auto" (the default: told from the letters the text uses, 2021
    when they leave it open). Characters outside the alphabet pass through unchanged.
    """
    if variant == "auto":
        variant = guess_variant(text)
    table = _table(_FROM_LATIN, variant)
    semivowel = _SEMIVOWEL_I[variant]
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        low = _lower(ch, variant)
        pair = low + _lower(text[i + 1], variant) if i + 1 < len(text) else ""
        if pair in table:
            cyr, step = table[pair], 2
        elif low in table:
            cyr, step = table[low], 1
            if low == semivowel and out and out[-1].lower() in _VOWELS_CYR:
                cyr = "й"  # a vowel before it: the glide, as in "бай", "той"
        else:
            out.append(ch)
            i += 1
            continue
        out.append(cyr.upper() if ch != low else cyr)
        i += step
    return "".join(out)


def guess_variant(text: str) -> str:
    """Which Latin alphabet `text` uses: "2018" when it has acute letters or sh/ch, else "2021"."""
    lowered = text.lower()
    marks_2018 = sum(1 for ch in lowered if ch in _MARKS_2018)
    marks_2021 = sum(1 for ch in lowered if ch in _MARKS_2021)
    if marks_2018 > marks_2021:
        return "2018"
    if marks_2021 == 0 and ("sh" in lowered or "ch" in lowered):
        return "2018"
    return "2021"


def informal(text: str) -> str:
    """Kazakh Cyrillic written the informal way: 2018 letters with the accents left off.

    Used to build the detection profile (people type "Qazaqstan Respublikasynyn" on phones).
    """
    return to_latin(text, "2018").translate(_PLAIN)


def neighbour_letters(lowered: str) -> int:
    """How many letters or spellings in `lowered` Kazakh Latin never writes (ə ň ž x c o' g')."""
    found = len(_NEIGHBOUR_PATTERN.findall(lowered))
    if "ý" in lowered and any(ch in _MARKS_2021 for ch in lowered):
        found += lowered.count("ý")  # the two alphabets mixed: Turkmen, not Kazakh
    return found


_PLAIN = str.maketrans("áǵńóúýıÁǴŃÓÚÝ", "agnouuiAGNOUU")


def _table(tables: dict[str, dict[str, str]], variant: str) -> dict[str, str]:
    if variant not in tables:
        from .errors import InputError

        raise InputError(f"unknown Kazakh Latin alphabet {variant!r}; choose 2021 or 2018")
    return tables[variant]


def _lower(ch: str, variant: str) -> str:
    # "I" is the capital of ı in 2021 (Cyrillic І) and of i in 2018; "İ" only exists in 2021.
    if ch == "I":
        return "ı" if variant == "2021" else "i"
    if ch == "İ":
        return "i"
    return ch.lower()


def _upper(latin: str, variant: str) -> str:
    if variant == "2021":  # i is и (capital İ), ı is і (capital I)
        return latin.replace("i", "İ").upper()
    return latin.upper()


def _is_upper_at(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isupper()
