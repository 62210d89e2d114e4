"""Text hygiene at the input boundary: one pure function that every input passes through once.

After `clean_text` no later stage (detection, sentence splitting, SentencePiece, JSON output) can
meet a character it would crash on or silently mangle: lone surrogates (a broken JSON export's
`\\ud83d`) cannot be encoded as UTF-8; NUL and other control characters end up in JSON or confuse
tokenizers; invisible formatting characters (zero-width space, BOM inside the text, soft hyphen,
bidi overrides) split or join words without a visible trace; decomposed letters ("и" + breve)
count as two characters for every n-gram model. What was changed is counted in `notes`, so a user
can see that the text was not taken verbatim.
"""

from __future__ import annotations

import re
import unicodedata

REPLACEMENT = "\ufffd"

# Line separators other than "\n" become "\n" (removing them would glue two lines' words).
_LINE_BREAKS = re.compile("\r\n|[\r\v\f\x1c\x1d\x1e\x85\u2028]")
_PARAGRAPH_BREAK = "\u2029"

# Control characters (Unicode category Cc) except tab and newline.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")

# Invisible formatting characters. For English, Russian and Kazakh they carry no meaning, and
# left in place they split a word for the detector and the translator ("news\u200bpaper") or hide
# reordering (bidi overrides). ZWNJ/ZWJ matter in Persian and Indic scripts and emoji sequences,
# none of which this tool translates, so they go too; emoji stay, only their joins are lost.
_INVISIBLE = re.compile(
    "[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]"
)

# Code points that are not characters: lone surrogates (cannot be encoded as UTF-8 at all) and
# the Unicode noncharacters U+FDD0..U+FDEF and U+xxFFFE/U+xxFFFF.
_SURROGATES = re.compile("[\ud800-\udfff]")
_NONCHARACTERS = re.compile(
    "[\ufdd0-\ufdef\ufffe\uffff" + "".join(
        f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(1, 17)
    ) + "]"
)


def clean_text(text: str) -> tuple[str, tuple[str, ...]]:
    """Make `text` safe for every later stage; return it with notes saying what was changed.

    Surrogate pairs split into two code points are joined; lone surrogates and noncharacters
    become U+FFFD; "\\r\\n", "\\r" and other line separators become "\\n"; NUL and other control
    characters (except tab and newline) are removed; invisible formatting characters (zero-width
    space/joiners, a BOM inside the text, soft hyphen, bidi controls) are removed; the result is
    NFC-normalised. Pure and idempotent: cleaning a cleaned text changes nothing and adds no notes.
    """
    notes: list[str] = []
    if _SURROGATES.search(text):
        text = _join_surrogate_pairs(text)
    text, invalid = _SURROGATES.subn(REPLACEMENT, text)
    text, nonchars = _NONCHARACTERS.subn(REPLACEMENT, text)
    if invalid + nonchars:
        count = invalid + nonchars
        notes.append(f"replaced {count} invalid code point{_plural(count)} (lone surrogates or "
                     "noncharacters) with U+FFFD")
    text = _LINE_BREAKS.sub("\n", text).replace(_PARAGRAPH_BREAK, "\n\n")
    nuls = text.count("\x00")
    text, controls = _CONTROLS.subn("", text)
    if controls:
        notes.append(f"removed {controls} control character{_plural(controls)}"
                     + (f" ({nuls} NUL)" if nuls else ""))
    text, invisible = _INVISIBLE.subn("", text)
    if invisible:
        notes.append(f"removed {invisible} invisible formatting character{_plural(invisible)} "
                     "(zero-width, soft hyphen, BOM or bidi control)")
    normalised = unicodedata.normalize("NFC", text)
    if normalised != text:
        notes.append("normalised to Unicode NFC")
    return normalised, tuple(notes)


def _join_surrogate_pairs(text: str) -> str:
    """Join a high + low surrogate pair (two code points) into the one character it encodes."""
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "surrogatepass")


def _plural(count: int) -> str:
    return "" if count == 1 else "s"
