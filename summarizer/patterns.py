"""Quicker regular expressions with the same matches.

Many checks search every sentence for one of a long list of alternatives that each open on
"\\b" ("\\bhad been|\\bwas built in|…"). Python's `re` then tries every alternative at every
character of the sentence. `starting_where_it_can` puts a lookahead for the characters a match
can start with in front ("(?=[hwf…]|^)"), which one test of the character answers at most
places. The characters are read from the parsed pattern, so a new alternative is never missed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

try:  # (the parser `re` itself uses; private, so any surprise leaves the pattern as it is)
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover - a Python whose `re` is laid out otherwise
    _parser = None

#: A match of this can start at the text's start only ("^" first).
_AT_START = "^"
_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_WORD": r"\w", "CATEGORY_SPACE": r"\s",
               "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_NOT_WORD": r"\W",
               "CATEGORY_NOT_SPACE": r"\S"}
_ZERO_WIDTH_AT = {"AT_BOUNDARY", "AT_NON_BOUNDARY", "AT_END", "AT_END_STRING"}


class _Unknown(Exception):
    """A part whose first character cannot be told: the pattern stays unguarded."""


def starting_where_it_can(pattern: re.Pattern[str],
                          word_start: bool = True) -> re.Pattern[str]:
    """The pattern, tried only at the characters a match of it can start with (and at the
    text's start when an alternative opens with "^"). Unchanged when that cannot be told: a
    pattern that ignores case, or one that can start anywhere or match the empty text.
    `word_start`: when every alternative opens on "\\b", ask for a word start too; that is
    quicker where matches start with common small letters, slower where they start with
    capitals, which the first test alone already makes rare (`units._FULL_NAME`)."""
    if _parser is None or pattern.flags & (re.IGNORECASE | re.MULTILINE | re.VERBOSE):
        return pattern
    unbounded: list[bool] = []
    try:
        firsts, empty = _first(list(_parser.parse(pattern.pattern, pattern.flags)), False,
                               unbounded)
    except (_Unknown, AttributeError, TypeError, ValueError):
        return pattern
    if empty or not firsts:
        return pattern
    chars = "".join(sorted(firsts - {_AT_START}))
    # (when every alternative opens on "\b", a match can only start where a word does)
    boundary = "" if unbounded or not word_start else r"\b"
    options = ([f"{boundary}[{chars}]"] if chars else []) + \
        (["^"] if _AT_START in firsts else [])
    return re.compile(f"(?={'|'.join(options)})(?:{pattern.pattern})", pattern.flags)


def _first(items: list, bounded: bool, unbounded: list[bool]) -> tuple[set[str], bool]:
    """(class fragments a match of the sequence can start with, whether it can be empty).
    `bounded`: a "\b" comes before the sequence; a first character that none comes before
    is noted in `unbounded`."""
    firsts: set[str] = set()
    for op, arg in items:
        name = str(op)
        if name == "AT":
            at = str(arg)
            if at in ("AT_BEGINNING", "AT_BEGINNING_STRING"):
                return firsts | {_AT_START}, False  # the rest starts at the text's start
            if at not in _ZERO_WIDTH_AT:
                raise _Unknown(at)
            bounded = bounded or at == "AT_BOUNDARY"
            continue  # "\b", "$": no character
        if name in ("ASSERT", "ASSERT_NOT"):
            continue  # a lookahead or lookbehind takes no character
        part, empty = _first_of(name, arg, bounded, unbounded)
        firsts |= part
        if not empty:
            return firsts, False
    return firsts, True


def _first_of(name: str, arg: object, bounded: bool,
              unbounded: list[bool]) -> tuple[set[str], bool]:
    """`_first` of one item of a sequence."""
    if name in ("LITERAL", "IN") and not bounded:
        unbounded.append(True)
    if name == "LITERAL":
        return {re.escape(chr(arg))}, False
    if name == "IN":
        fragments = set()
        for op, value in arg:
            kind = str(op)
            if kind == "LITERAL":
                fragments.add(re.escape(chr(value)))
            elif kind == "RANGE":
                fragments.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
            elif kind == "CATEGORY" and str(value) in _CATEGORIES:
                fragments.add(_CATEGORIES[str(value)])
            else:  # a negated class, and anything else: can start almost anywhere
                raise _Unknown(kind)
        return fragments, False
    if name == "BRANCH":
        firsts, empty = set(), False
        for branch in arg[1]:
            part, branch_empty = _first(list(branch), bounded, unbounded)
            firsts |= part
            empty = empty or branch_empty
        return firsts, empty
    if name == "SUBPATTERN":
        _group, add_flags, _del_flags, inner = arg
        if add_flags & (_c.SRE_FLAG_IGNORECASE | _c.SRE_FLAG_MULTILINE):
            raise _Unknown("flags")
        return _first(list(inner), bounded, unbounded)
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, _high, inner = arg
        firsts, empty = _first(list(inner), bounded, unbounded)
        return firsts, empty or low == 0
    if name == "ATOMIC_GROUP":
        return _first(list(arg), bounded, unbounded)
    raise _Unknown(name)  # ".", a back reference, a conditional: anything may come


def findall_by_token(pattern: re.Pattern[str], text: str, whole: Callable[[str], bool],
                     limit: int | None = None) -> list[str]:
    """`pattern.findall(text)[:limit]`, quicker, for a pattern none of whose matches crosses
    white space and which matches a token `whole` accepts (`str.isalnum`, `str.isalpha`) as
    one whole match: only the other tokens are searched, and no further than `limit` words."""
    found: list[str] = []
    for token in text.split():
        if whole(token):
            found.append(token)
        else:
            found += pattern.findall(token)
        if limit is not None and len(found) >= limit:
            return found[:limit]
    return found
