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
])
def test_the_guarded_pattern_finds_the_same_matches(source: str) -> None:
    pattern = re.compile(source)
    guarded = starting_where_it_can(pattern)
    assert guarded is not pattern and guarded.pattern.startswith("(?=")
    rng = random.Random(7)
    alphabet = list("abcd hadbeen was built in the 1990s will plan 12 мая ещё в советское время "
                    "ого%5")
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


def test_the_summarizers_per_sentence_patterns_are_guarded() -> None:
    for patterns in (units._BACKGROUND, units._REVERSAL, units._PRO_ACT):
        for pattern in patterns.values():
            assert pattern.pattern.startswith("(?=")
