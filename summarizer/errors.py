"""One exception family for every problem a user can cause.

Each subclass carries the process exit code the CLI uses for it, so the mapping from problem to
exit code lives in one place and is documented in the README. Messages are one line and say how to
fix the problem.
"""

from __future__ import annotations


class SummarizerError(Exception):
    """Base class: something the user can fix (input, configuration, models)."""

    exit_code = 1
    #: The run option a message advises, as (option name, value), e.g. ("route",
    #: "translate-first"): the message says "use route translate-first", and a front end that
    #: presents it may name its own control instead (see `request.present`).
    advice: tuple[str, str] | None = None

    def advising(self, option: str, value: str) -> SummarizerError:
        """This error, marked as advising `option` = `value` (returns self, for `raise`)."""
        self.advice = (option, value)
        return self


class InputError(SummarizerError):
    """The input cannot be read as text: missing file, a directory, binary data, empty text."""

    exit_code = 3


class UsageError(SummarizerError, ValueError):
    """A run option the library does not know: a route, method or engine outside its choices.

    Also a `ValueError`, as the library raised before it had its own class for this. Its exit
    code is the command line's usage code: the same mistake as a bad flag.
    """

    exit_code = 2


class LanguageError(SummarizerError):
    """The language of the text cannot be determined with enough confidence."""

    exit_code = 4


class UnsupportedLanguageError(SummarizerError):
    """A language (or a translation direction) that this tool does not handle was asked for."""

    exit_code = 5


class ConfigError(SummarizerError):
    """`models.yaml` (or the file `SUMMARIZER_MODELS` points to) is missing or malformed."""

    exit_code = 6


class ModelError(SummarizerError):
    """A model is not available locally or cannot be loaded.

    `downloads` names the directions (as `summarizer models download` takes them) that would fix
    it, when downloading is the fix: the web demo shows them to its administrator.
    """

    exit_code = 7

    def __init__(self, message: str, downloads: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.downloads = downloads


class DependencyError(SummarizerError):
    """An optional package needed for the requested feature is not installed."""

    exit_code = 8


class FetchError(SummarizerError):
    """A URL could not be read: DNS, connection, HTTP status, timeout, too large, not a web page."""

    exit_code = 9


class FaithfulnessError(SummarizerError):
    """`--strict`: the faithfulness guard found a problem that its retry did not repair."""

    exit_code = 10


EXIT_CODES: dict[int, str] = {
    0: "success",
    1: "other error reported by summarizer",
    2: "bad usage: an unknown command or option, a choice or length outside its range",
    InputError.exit_code: "input problem: missing file, a directory, not UTF-8 text, empty text",
    LanguageError.exit_code: "language not detected: no letters, too little text, or unsure",
    UnsupportedLanguageError.exit_code: "unsupported language or translation direction",
    ConfigError.exit_code: "bad configuration file (models.yaml)",
    ModelError.exit_code: "model not available locally or failed to load",
    DependencyError.exit_code: "an optional package is missing (install the named extra)",
    FetchError.exit_code: "a URL could not be fetched: DNS, HTTP status, timeout, too large, not "
    "HTML/text",
    FaithfulnessError.exit_code: "--strict: a translation or summary failed a faithfulness check",
    130: "interrupted (Ctrl-C)",
}
