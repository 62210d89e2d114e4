"""The closed vocabulary of languages: ISO 639-1 codes, names and scripts.

`Language` is a `str` enum, so `Language.KAZAKH == "kk"` and a `Language` can be used wherever a
code string is expected (JSON, CLI flags, dictionary keys). Only three languages are translation
targets (`TARGETS`); every language the detector can name is listed so that a detection result is
always a member, never a free-form string.
"""

from __future__ import annotations

from enum import StrEnum

from .errors import UnsupportedLanguageError


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
