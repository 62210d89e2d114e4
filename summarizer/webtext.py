"""What the web demo says to people: each error family in plain words, languages by their own names.

The library's messages are written for the command line ("run `summarizer models download
en-ru`", "use --route translate-first", "choose a target language: en, ru, kk"). A web user has no
shell and sees controls with names, so `web_message` turns an error (with what is known about the
run: the detection, the chosen summary language) into a title, a sentence that says what to do on
the page, and, for problems only the server's administrator can fix, the exact command in a
`<details>` element.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from .config import ANY_SOURCE
from .detect import Detection
from .errors import (
    ConfigError,
    DependencyError,
    FetchError,
    InputError,
    LanguageError,
    ModelError,
    SummarizerError,
    UnsupportedLanguageError,
)
from .languages import TARGETS, Language, Method, Route, capitalised
from .request import OPTIONS

#: The page's control names (from the one table of options), quoted so a user can find them.
ARTICLE_LANGUAGE = f"“{OPTIONS['source'].label}”"
SUMMARY_LANGUAGE = f"“{OPTIONS['target'].label}”"
RUN = "Summarize"
#: The page's words for each route and method.
ROUTE_LABELS = {
    Route.AUTO: "Automatic: long articles get only their summaries translated",
    Route.TRANSLATE_FIRST: "Translate the whole article, then summarize",
    Route.SUMMARIZE_FIRST: "Summarize, then translate only the summaries",
}
METHOD_LABELS = {
    Method.EXTRACTIVE: "Key sentences taken from the article",
    Method.ABSTRACTIVE: "Rewritten by a summarization model",
    Method.AUTO: "Rewritten where a model is installed, otherwise key sentences",
}
RUN_AGAIN = f"press {RUN} again"


class TooLongError(InputError):
    """A text over a web front end's size limit, refused before any work."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"the text is {size / 1e6:.1f} MB; the limit is {limit / 1e6:.1f} MB")
        self.size, self.limit = size, limit


class LengthError(InputError):
    """A summary length that cannot be read; `which` is "short" or "long"."""

    def __init__(self, which: str, spec: str, message: str) -> None:
        super().__init__(message)
        self.which, self.spec = which, spec


@dataclass(frozen=True)
class WebMessage:
    """An error as the page shows it; `command` (with `admin` saying what it does) is for the
    server's administrator and goes into a collapsed details element."""

    title: str
    body: str
    admin: str = ""
    command: str = ""

    def html(self) -> str:
        """The alert panel: a `role="alert"` element, so screen readers announce it."""
        details = ""
        if self.admin or self.command:
            command = f"<p><code>{html.escape(self.command)}</code></p>" if self.command else ""
            details = (f"<details><summary>For the administrator</summary>"
                       f"<p>{html.escape(self.admin)}</p>{command}</details>")
        return (f'<div class="error-panel" role="alert"><p><strong>{html.escape(self.title)}'
                f"</strong></p><p>{html.escape(self.body)}</p>{details}</div>")


def language_name(language: Language | str) -> str:
    """A language by its own name (Қазақша, Русский, English); others by their English name."""
    return Language(language).native_name


def direction_name(direction: str) -> str:
    """"kk-en" → "Қазақша → English"; "any-en" → "any language → English"."""
    source, _, target = direction.partition("-")
    first = "any language" if source == ANY_SOURCE else language_name(source)
    return f"{first} → {language_name(target)}"


def web_message(error: SummarizerError, detection: Detection | None = None,
                target: Language | str | None = None) -> WebMessage:
    """The page's wording for `error`; `detection` and `target` (None: same as the article) are
    what the run knew when it failed."""
    again = RUN_AGAIN
    if isinstance(error, TooLongError):
        return WebMessage(
            "The article is too long.",
            f"It is {error.size / 1e6:.1f} MB of text; this page takes up to "
            f"{error.limit / 1e6:.1f} MB. Shorten it and {again}.")
    if isinstance(error, LengthError):
        return WebMessage(
            f"The {error.which} summary length “{error.spec}” is not a length.",
            "Under More options, write a number of sentences (3), of words (80w) or a share of "
            f"the article (25%), or leave it empty for the default; then {again}.")
    if isinstance(error, FetchError):
        return WebMessage("The web page could not be read.",
                          f"{_sentence(str(error))} Check the address, or copy the article's "
                          f"text into the article box and press {RUN}.")
    if isinstance(error, InputError):
        if "empty" in str(error):
            return WebMessage("The article box is empty.",
                              f"Paste an article or upload a text file, then press {RUN}.")
        return WebMessage("The text cannot be used.", f"{_sentence(str(error))} Paste plain "
                          f"text and {again}.")
    if isinstance(error, LanguageError):
        return WebMessage(
            "The article's language could not be recognised.",
            f"{_language_reason(str(error))} Paste more of the article, or choose its language "
            f"under {ARTICLE_LANGUAGE} and {again}.")
    if isinstance(error, ModelError):
        return _model_message(error, detection, target)
    if isinstance(error, (DependencyError, ConfigError)):
        return WebMessage("This server is missing a part it needs.",
                          "Please tell the server's administrator; the details are below.",
                          admin=str(error))
    if isinstance(error, UnsupportedLanguageError):
        return _unsupported_message(error, detection, target)
    return WebMessage("The article could not be summarized.", _sentence(_no_cli(str(error))))


def _model_message(error: ModelError, detection: Detection | None,
                   target: Language | str | None) -> WebMessage:
    if not error.downloads:
        return WebMessage("A model could not be loaded on this server.",
                          "Please tell the server's administrator; the details are below.",
                          admin=str(error))
    summary = [d.removeprefix("summary-") for d in error.downloads if d.startswith("summary-")]
    if summary:
        needed = f"the {language_name(summary[0])} summarization model"
        what = f"write rewritten summaries in {language_name(summary[0])}"
        instead = (f" Meanwhile, under More options, choose “{METHOD_LABELS[Method.EXTRACTIVE]}” "
                   f"and {RUN_AGAIN}.")
    else:
        pair = (f"{language_name(detection.language)} → {language_name(target)}"
                if detection is not None and target is not None
                else ", ".join(direction_name(d) for d in error.downloads))
        needed = f"the {pair} translation model"
        what = f"translate {pair}"
        instead = ""
    return WebMessage(
        f"This server cannot {what} yet.",
        f"A model it needs is not installed. Please ask the administrator to install {needed}."
        + instead,
        admin="Run this on the server, where the Hugging Face hub is reachable:",
        command=f"summarizer models download {' '.join(error.downloads)}")



def _unsupported_message(error: UnsupportedLanguageError, detection: Detection | None,
                         target: Language | str | None) -> WebMessage:
    message = str(error)
    if detection is not None and detection.language not in TARGETS and target is None:
        names = ", ".join(language_name(language) for language in TARGETS)
        return WebMessage(
            f"The article is in {language_name(detection.language)}.",
            f"Summaries are written in {names}: choose one under {SUMMARY_LANGUAGE} to have "
            f"the article translated first, then {RUN_AGAIN}.")
    if error.advice == ("method", Method.EXTRACTIVE):
        return WebMessage(
            "Rewritten summaries are not available for this language.",
            f"Under More options, choose “{METHOD_LABELS[Method.EXTRACTIVE]}” and {RUN_AGAIN}.")
    if error.advice == ("route", Route.TRANSLATE_FIRST):
        return WebMessage(
            "This article has to be translated before it is summarized.",
            f"Under More options, choose “{ROUTE_LABELS[Route.TRANSLATE_FIRST]}” and "
            f"{RUN_AGAIN}.")
    if detection is not None and target is not None:
        return WebMessage(
            f"This server cannot translate {language_name(detection.language)} into "
            f"{language_name(target)}.",
            f"Choose another language under {SUMMARY_LANGUAGE} and {RUN_AGAIN}.")
    return WebMessage("The article could not be summarized.", _sentence(_no_cli(message)))


_CLI_HINT = re.compile(r"[;,]?\s*(use|run|give|pass)\s+(--|`)[^;]*$")


def _no_cli(message: str) -> str:
    """The message without its command-line advice (flags, shell commands)."""
    return _CLI_HINT.sub("", message).strip()


def _sentence(text: str) -> str:
    text = text.strip()
    return f"{capitalised(text)}{'' if text.endswith('.') else '.'}" if text else ""


def _language_reason(message: str) -> str:
    """Why detection failed, from `Detector.detect`'s message, as a sentence for the page."""
    guess = re.search(r"best guess (\w+) at (\d+%)", message)
    if guess:
        try:
            name = language_name(guess.group(1))
        except ValueError:
            name = guess.group(1)
        return f"It might be {name}, but that is only a {guess.group(2)} guess."
    letters = re.search(r"only (\d+) letter", message)
    if letters:
        return f"The text has only {letters.group(1)} letters, too few to judge."
    reason = message.removeprefix("cannot detect the language").strip(" :").split(";")[0]
    return _sentence(reason) if reason else ""


#: The page's words for each kind of faithfulness flag (`guard.Flag.kind`).
FLAG_LABELS = {
    "numbers": "numbers",
    "repetition": "repeated words",
    "length": "length",
    "language": "wrong language",
    "untranslated": "not translated",
    "names": "names",
}


def language_mix(detection: Detection) -> str:
    """The text's languages with their shares ("Қазақша 78 %, Русский 22 %"); "" for a text in
    one language, where the mix would only repeat the detected language."""
    if len(detection.languages) < 2:
        return ""
    return ", ".join(f"{language_name(share.language)} {share.share:.0%}".replace("%", " %")
                     for share in detection.languages)


def flags_html(flags: object) -> str:
    """The faithfulness flags the guard could not repair, as a list for the page: each with the
    sentence's number (from 1), the reason and the sentence itself; "" when there are none.

    `flags` are `guard.Flag`s or their `to_dict()` form; a flag with a source sentence is about
    the translation, one without about a summary.
    """
    rows = [flag if isinstance(flag, dict) else flag.to_dict() for flag in flags or ()]
    shown = sorted((row for row in rows if not row.get("repaired")),
                   key=lambda row: (not row.get("source"), row.get("sentence", 0)))
    if not shown:
        return ""
    items = []
    for row in shown:
        where = "translation" if row.get("source") else "summary"
        reason = FLAG_LABELS.get(row.get("kind", ""), row.get("kind", "check"))
        detail = f" — {row['detail']}" if row.get("detail") else ""
        items.append(f"<li><strong>⚠ {where} sentence {int(row.get('sentence', 0)) + 1}: "
                     f"{html.escape(reason)}</strong>{html.escape(detail)}"
                     f"<br><q>{html.escape(row.get('output', ''))}</q></li>")
    repaired = len(rows) - len(shown)
    after = f"<p>Found and repaired automatically: {repaired} more.</p>" if repaired else ""
    return (f'<div class="flags-panel"><p><strong>Check these sentences</strong>: the automatic '
            f"checks found a problem they could not repair.</p><ul>{''.join(items)}</ul>"
            f"{after}</div>")
