"""The closed vocabularies: languages (ISO 639-1 codes, names), routes, methods, engines.

`Language` is a `str` enum, so `Language.KAZAKH == "kk"` and a `Language` can be used wherever a
code string is expected (JSON, CLI flags, dictionary keys). Only three languages are translation
targets (`TARGETS`); every language the detector can name is listed so that a detection result is
always a member, never a free-form string.

`Route`, `Method`, `Engine` and `Quantization` are the run options' choices, in one place: config
validation, the CLI's `choices`, the demo's dropdowns and `Result` all read them from here.
"""

from __future__ import annotations

import re
from enum import StrEnum

from .errors import UnsupportedLanguageError

#: Capital and small letters of the English, Russian and Kazakh alphabets, for regex classes,
#: with the marked Latin capitals of the places and names news from elsewhere spells
#: ("TIMIȘOARA, Romania, Oct. 8 (…) —", round 92's check, en 793, read as the first sentence).
UPPER_LETTERS = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŘŚŞŠŢŤŪŮŰŲŹŻŽȘȚА-ЯЁӘҒҚҢӨҰҮҺІ"
LOWER_LETTERS = "a-zа-яёәғқңөұүһі"
#: A Cyrillic letter (Russian, Kazakh and their neighbours: U+0400-U+04FF).
CYRILLIC = re.compile("[\u0400-\u04ff]")


class Language(StrEnum):
    # Targets of translation and summarization.
    ENGLISH = "en"
    RUSSIAN = "ru"
    KAZAKH = "kk"
    # Cyrillic neighbours told apart from Kazakh (several have no langdetect profile).
    UKRAINIAN = "uk"
    BELARUSIAN = "be"
    BULGARIAN = "bg"
    MACEDONIAN = "mk"
    SERBIAN = "sr"
    MONGOLIAN = "mn"
    KYRGYZ = "ky"
    TATAR = "tt"
    BASHKIR = "ba"
    # Everything else langdetect knows.
    AFRIKAANS = "af"
    ARABIC = "ar"
    BENGALI = "bn"
    CATALAN = "ca"
    CZECH = "cs"
    WELSH = "cy"
    DANISH = "da"
    GERMAN = "de"
    GREEK = "el"
    SPANISH = "es"
    ESTONIAN = "et"
    PERSIAN = "fa"
    FINNISH = "fi"
    FRENCH = "fr"
    GUJARATI = "gu"
    HEBREW = "he"
    HINDI = "hi"
    CROATIAN = "hr"
    HUNGARIAN = "hu"
    INDONESIAN = "id"
    ITALIAN = "it"
    JAPANESE = "ja"
    KANNADA = "kn"
    KOREAN = "ko"
    LITHUANIAN = "lt"
    LATVIAN = "lv"
    MALAYALAM = "ml"
    MARATHI = "mr"
    NEPALI = "ne"
    DUTCH = "nl"
    NORWEGIAN = "no"
    PUNJABI = "pa"
    POLISH = "pl"
    PORTUGUESE = "pt"
    ROMANIAN = "ro"
    SLOVAK = "sk"
    SLOVENIAN = "sl"
    SOMALI = "so"
    ALBANIAN = "sq"
    SWEDISH = "sv"
    SWAHILI = "sw"
    TAMIL = "ta"
    TELUGU = "te"
    THAI = "th"
    TAGALOG = "tl"
    TURKISH = "tr"
    URDU = "ur"
    VIETNAMESE = "vi"
    CHINESE = "zh"

    @property
    def english_name(self) -> str:
        return self.name.replace("_", " ").title()

    @property
    def native_name(self) -> str:
        """The name users of the language call it by (used in the web demo's language picker)."""
        return _NATIVE_NAMES.get(self, self.english_name)


def capitalised(text: str) -> str:
    """`text` with a capital first letter, when its capital is one letter: "ß" would become
    "SS", a word the text never had."""
    first = text[:1].upper()
    return (first if len(first) == 1 else text[:1]) + text[1:]


def as_language(value: str | Language) -> Language:
    """`Language(value)`, at once for a member: the summarizer's per-sentence tests take a
    `Language` or a code, and the enum's own lookup costs twenty times the identity test."""
    return value if value.__class__ is Language else Language(value)


def parse_language(value: str | Language, allowed: tuple[Language, ...] | None = None) -> Language:
    """Read a language from a code ("kk"), an English name ("Kazakh") or a native name ("Қазақша").

    With `allowed`, anything outside it is refused; the message lists the valid choices so a user
    can correct a CLI flag or a `models.yaml` key without reading the docs.
    """
    key = str(value).strip().lower()
    choices = allowed if allowed is not None else tuple(Language)
    for language in choices:
        if key in (language.value, language.english_name.lower(), language.native_name.lower()):
            return language
    valid = ", ".join(language.value for language in choices)
    raise UnsupportedLanguageError(f"unsupported language {str(value)!r}; choose one of: {valid}")


_NATIVE_NAMES = {
    Language.ENGLISH: "English",
    Language.RUSSIAN: "Русский",
    Language.KAZAKH: "Қазақша",
}

#: Languages the tool translates into and summarizes in.
TARGETS: tuple[Language, ...] = (Language.ENGLISH, Language.RUSSIAN, Language.KAZAKH)


class Route(StrEnum):
    """How a text in another language than the target reaches its summaries."""

    AUTO = "auto"
    TRANSLATE_FIRST = "translate-first"  # translate the whole text, summarize the translation
    SUMMARIZE_FIRST = "summarize-first"  # summarize in the source language, translate summaries


class Method(StrEnum):
    """How summaries are written."""

    EXTRACTIVE = "extractive"  # the article's own sentences
    ABSTRACTIVE = "abstractive"  # written by a seq2seq model
    AUTO = "auto"  # abstractive where its model is local, else extractive


class Engine(StrEnum):
    """What runs the translation models."""

    TRANSFORMERS = "transformers"
    CTRANSLATE2 = "ctranslate2"


class Quantization(StrEnum):
    """Weights of converted CTranslate2 models (auto: int8 on CPU, float16 on CUDA)."""

    AUTO = "auto"
    INT8 = "int8"
    FLOAT16 = "float16"
    FLOAT32 = "float32"


def values(choices: type[StrEnum]) -> tuple[str, ...]:
    """The plain strings of an enum's members, in order (for messages and argparse choices)."""
    return tuple(member.value for member in choices)
