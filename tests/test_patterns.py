"""`summarizer.patterns.starting_where_it_can`: quicker patterns with the same matches."""

from __future__ import annotations

import random
import re

import pytest

from summarizer import units
from summarizer.patterns import starting_where_it_can


@pytest.mark.parametrize("source", [
    r"\bhad (?:been|paid)\b|\bwas built in\b|^\W*(?:\w+\s+){0,2}?in the \d{4}s\b",
    r"(?<![^\W\d_])(?:will|plans?|\d{1,2} мая)",
    r"\b(?:ещё|еще)? ?в советское время\b",  # an optional first part: its space starts a match
    r"(?:a|b)?c*d",
    r"[а-яё]+ого\b|\d+%",
    r"\b(?:ab|cd)|\bda\w*",  # every alternative opens on "\b": tried only where words start
    r"\bhad\w*|ad",  # one does not: tried inside words too
])
def test_the_guarded_pattern_finds_the_same_matches(source: str) -> None:
    pattern = re.compile(source)
    guarded = starting_where_it_can(pattern)
    assert guarded is not pattern and guarded.pattern.startswith("(?=")
    rng = random.Random(7)
    alphabet = list("abcd hadbeen was built in the 1990s will plan 12 мая ещё в советское время "
                    "ого%5_")
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert [m.span() for m in guarded.finditer(text)] == \
            [m.span() for m in pattern.finditer(text)], text
    for text in ("It had been built in the 1990s.", "In the 1980s the mill closed.",
                 "ещё в советское время", "году в советское время", "будет 15 мая"):
        assert bool(guarded.search(text)) == bool(pattern.search(text)), text


@pytest.mark.parametrize("source", [
    r"(?i)\bhad been",  # ignoring case: its first characters would need both cases
    r"[^a]b",  # a negated class may start anywhere
    r"x*",  # it matches the empty text
    r".b",
])
def test_a_pattern_whose_starts_cannot_be_told_stays_as_it_is(source: str) -> None:
    pattern = re.compile(source)
    assert starting_where_it_can(pattern) is pattern


def test_the_guard_names_the_first_character_of_every_alternative() -> None:
    """A missed first character would drop every match that starts with it: each alternative's
    first letter is in the guard, and the "^" of the one anchored at the start."""
    guarded = starting_where_it_can(re.compile(r"\bhad\b|\bwas\b|\bfor\b|^\W*in\b"))
    guard = guarded.pattern[:guarded.pattern.index("(?:")]
    for char in "hwf":
        assert char in guard
    assert "|^" in guard


def test_the_guard_asks_for_a_word_start_only_when_every_alternative_opens_on_one() -> None:
    bounded = starting_where_it_can(re.compile(r"\bhad\b|\b(?:was|were)\b|^\W*in\b"))
    assert bounded.pattern.startswith(r"(?=\b[")
    assert not bounded.match("xhad") and not bounded.search("xhad")
    assert bounded.search("it had")
    mixed = starting_where_it_can(re.compile(r"\bhad\b|was"))
    assert not mixed.pattern.startswith(r"(?=\b") and mixed.search("xwas")


def test_the_summarizers_per_sentence_patterns_are_guarded() -> None:
    for patterns in (units._BACKGROUND, units._REVERSAL, units._PRO_ACT):
        for pattern in patterns.values():
            assert pattern.pattern.startswith("(?=")


def test_words_found_token_by_token_are_the_patterns_matches() -> None:
    """`tokens._found_words` skips the pattern for tokens of letters and digits alone: it must
    find what the pattern finds, with underscores, apostrophes, hyphens, combining marks,
    non-Latin digits and every kind of space in the text."""
    from summarizer import tokens

    rng = random.Random(11)
    alphabet = list("ab Zя ё_-'’,.«»1 2\t\n\u00a0\u2009\u3000ӘқӨx9٣\u0301")
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert tokens._found_words(text) == tokens._WORD.findall(text), text


def test_first_words_found_token_by_token_are_the_patterns_first_matches() -> None:
    """`units.first_words` skips the pattern for tokens of letters alone and stops after the
    words it was asked for: the same words as the pattern's first matches, with digits
    (Arabic, superscript, fractions), hyphens, underscores and every kind of space."""
    rng = random.Random(13)
    alphabet = list("ab Zя ё_-'’,.«»1 2\t\n\u00a0\u2009\u3000ӘқӨx9٣²½\u0301")
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        for count in (1, 3, 4):
            assert units.first_words(text, count) == units._WORD.findall(text)[:count], text


def test_a_guard_for_capitals_asks_for_no_word_start_when_told_not_to() -> None:
    """A word start is one more test at every character: where the first characters are
    capitals, rare already, it only slows the search (`units._FULL_NAME`)."""
    pattern = re.compile(r"\b[A-Z][a-z]{3,}")
    plain = starting_where_it_can(pattern, word_start=False)
    assert plain.pattern.startswith("(?=[") and \
        plain.findall("Anna met Boris in Minsk_Town") == pattern.findall("Anna met Boris in "
                                                                          "Minsk_Town")
    assert starting_where_it_can(pattern).pattern.startswith(r"(?=\b[")
