"""The web demo's wording: every error family in plain words with no command-line advice, the
administrator's command only inside the details element, languages by their own names."""

from __future__ import annotations

import pytest

from summarizer import Detection, Detector, Language
from summarizer.config import ModelSpec
from summarizer.local import require_local
from summarizer.errors import (
    ConfigError,
    InputError,
    LanguageError,
    ModelError,
    UnsupportedLanguageError,
)
from summarizer.webtext import (
    LengthError,
    TooLongError,
    direction_name,
    language_name,
    web_message,
)


def _detection_error(text: str) -> LanguageError:
    with pytest.raises(LanguageError) as caught:
        Detector().detect(text)
    return caught.value


@pytest.mark.parametrize(("error", "detection", "target", "title", "hint"), [
    (InputError("the input is empty: nothing to summarize"), None, None,
     "The article box is empty.", "Paste an article"),
    (TooLongError(5_500_000, 1_000_000), None, None, "The article is too long.", "1.0 MB"),
    (LengthError("long", "x", "long summary: bad length 'x'"), None, None,
     "The long summary length “x” is not a length.", "80w"),
    (_detection_error("2024 — 48,6 !!! 123"), None, None,
     "The article's language could not be recognised.", "The text has no letters."),
    (_detection_error("ab"), None, None,
     "The article's language could not be recognised.", "too few to judge"),
    (UnsupportedLanguageError("the text is in German (de); choose a target language: en, ru, kk"),
     Detection(Language.GERMAN, 0.99), None, "The article is in German.",
     "English, Русский, Қазақша"),
    (UnsupportedLanguageError("cannot summarize German text before translating it; use route "
                              "translate-first").advising("route", "translate-first"),
     Detection(Language.GERMAN, 0.99), "ru",
     "This article has to be translated before it is summarized.",
     "“Translate the whole article, then summarize”"),
    (UnsupportedLanguageError("no abstractive model for kk (nor en) in models.yaml; use method "
                              "extractive").advising("method", "extractive"),
     Detection(Language.KAZAKH, 1.0), "kk",
     "Rewritten summaries are not available for this language.",
     "“Key sentences taken from the article”"),
    (ConfigError("unknown key 'summary.lenghts'"), None, None,
     "This server is missing a part it needs.", "administrator"),
])
def test_each_error_family_has_plain_words_without_command_line_advice(
        error, detection, target, title: str, hint: str) -> None:
    message = web_message(error, detection, target)
    assert message.title == title
    assert hint in message.body or hint in message.admin
    words = message.title + message.body
    assert "--" not in words and "`" not in words and "summarizer " not in words
    assert 'role="alert"' in message.html()


def test_missing_model_names_the_pair_and_shows_the_command_to_the_administrator() -> None:
    with pytest.raises(ModelError) as caught:
        require_local(ModelSpec("Helsinki-NLP/not-downloaded-kk-en"), "kk-en")
    error = ModelError(str(caught.value), downloads=("kk-en", "en-ru"))
    assert caught.value.downloads == ("kk-en",)
    message = web_message(error, Detection(Language.KAZAKH, 0.99), "ru")
    assert message.title == "This server cannot translate Қазақша → Русский yet."
    assert "ask the administrator to install the Қазақша → Русский translation model" in (
        message.body)
    html = message.html()
    assert "<details><summary>For the administrator</summary>" in html
    assert "<code>summarizer models download kk-en en-ru</code>" in html
    assert "summarizer models" not in message.body


def test_text_is_escaped_in_the_alert() -> None:
    html = web_message(InputError("<b>x</b> is not valid UTF-8 text")).html()
    assert "<b>" not in html and "&lt;b&gt;" in html


def test_languages_are_named_in_their_own_language() -> None:
    assert [language_name(code) for code in ("en", "ru", "kk")] == [
        "English", "Русский", "Қазақша"]
    assert direction_name("kk-en") == "Қазақша → English"
    assert direction_name("any-en") == "any language → English"
