"""Where the language of a text may change: lines, sentences and quotations, and how to merge them.

A text is cut into *units*: each line, each sentence of a line, and each quotation of four or
more words inside a sentence (« », “ ”, „ “, "…"). The detector labels every unit; `smooth` then
decides with context (a short unit between two of the same language follows them unless its own
evidence is strong; names, numbers and one-word quotes never stand alone), and `merge` turns the
labels into segments that cover the text in order, adjacent equal ones merged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .languages import Language

# A sentence ends at . ! ? … followed by space and something that can start a sentence. An
# initial ("А. Байтұрсынов") or a short abbreviation ("т.б.", "г.") does not end one.
_SENTENCE_END = re.compile(r"(?<=[.!?…])([\"»”’)]*)\s+(?=[\"«“„(—–-]*[^\W\d_])")
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:[^\W\d_]|[^\W\d_]{1,3}\.[^\W\d_]{1,3}|"
                           r"гг|жж|млн|млрд|тыс|руб|обл|ул|им|проф|акад|етс|mr|mrs|dr|st|vs)\.$",
                           re.IGNORECASE)
_QUOTATION = re.compile(r"«[^«»]*»|“[^“”]*”|„[^„“”]*[“”]|\"[^\"\n]*\"")
_WORD = re.compile(r"[^\W\d_]+")
#: A quotation with fewer words stays part of its sentence: short quotes name things
#: («Қазақстан темір жолы»), and so does one whose words are mostly capitalised.
_MIN_QUOTE_WORDS = 4
#: A unit between two of one language keeps its own only when that language is this unlikely for
#: it (a Russian sentence that is 1 % Bulgarian-like stays Russian in a Russian text).
_SANDWICH = 1e-3
#: An unsure sentence takes the language of the sentence before it in its paragraph when that
#: language has at least this probability for it.
_SAME_LINE = 0.02


@dataclass(frozen=True)
class Segment:
    """A stretch of the text in one language: `text[start:end]`, written in `script`.

    `script` is an ISO 15924 code ("Latn", "Cyrl", ...): Kazakh can be in either.
    """

    start: int
    end: int
    language: Language
    script: str

    def to_dict(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "language": self.language.value,
                "script": self.script}


@dataclass(frozen=True)
class Unit:
    """One piece the detector labels: `text[start:end]`, with how much evidence it carries."""

    start: int
    end: int
    letters: int
    words: int
    quotation: bool = False
    line: int = 0  # which line of the text it is on


@dataclass(frozen=True)
class Label:
    """The detector's answer for one unit."""

    language: Language
    script: str
    confidence: float
    decisive: bool  # settled by letters, or sure enough to stand alone between other languages
    others: tuple[tuple[Language, float], ...] = ()  # the runners-up and their probabilities

    def probability_of(self, language: Language) -> float:
        if language == self.language:
            return self.confidence
        return next((p for other, p in self.others if other == language), 0.0)


def units(text: str) -> list[Unit]:
    """Cut `text` into lines, sentences and long quotations, in order, without overlaps.

    The pieces start at their first non-space character (a quotation at its opening mark, the
    rest of a sentence right after the closing mark); spaces and line breaks between them belong
    to no unit, so segment boundaries fall where the next language starts.
    """
    found: list[Unit] = []
    for number, line in enumerate(re.finditer(r"[^\n]+", text)):
        for sentence_start, sentence_end in _sentences(line.group(), line.start()):
            for start, end, quotation in _quotation_split(text, sentence_start, sentence_end):
                piece = text[start:end]
                stripped = len(piece) - len(piece.lstrip())
                words = _WORD.findall(piece)
                if words or piece.strip():
                    found.append(Unit(start + stripped, end, sum(len(w) for w in words),
                                      len(words), quotation, number))
    return found


def smooth(pieces: list[Unit], labels: list[Label | None]) -> list[Label | None]:
    """Relabel units whose evidence is too weak to make a segment of their own.

    A unit without letters, or with fewer than three words that letters do not settle, takes the
    language of its neighbours (the previous one, else the next; quotations last: the rest of a
    sentence after a quotation speaks the sentence's language). A unit between two units of one
    language follows them unless its own answer is decisive and leaves their language almost no
    chance.
    """
    strong = [label is not None and (label.decisive or piece.words >= 3)
              for piece, label in zip(pieces, labels)]
    result = list(labels)
    before, after = _nearest(labels, strong)
    for i, here in enumerate(labels):
        first, last = before[i], after[i]
        if (strong[i] and here and first and last and first.language == last.language
                and first.script == last.script and here.language != first.language
                and (not here.decisive or here.probability_of(first.language) > _SANDWICH)):
            result[i] = first
    # Within a paragraph, an unsure sentence that could well be its neighbour's language is
    # (the sentence before it; for a paragraph's first sentence, the one after it).
    for i, j in [*((i, i - 1) for i in range(1, len(result))),
                 *((i, i + 1) for i in range(len(result) - 2, -1, -1))]:
        here, other = result[i], result[j]
        if (here and other and strong[i] and not here.decisive and labels[i] is here
                and pieces[i].line == pieces[j].line and here.language != other.language
                and here.probability_of(other.language) >= _SAME_LINE):
            result[i] = other
    outside = [ok and not piece.quotation for ok, piece in zip(strong, pieces)]
    near_outside, _ = _nearest(result, outside)
    near_before, near_after = _nearest(result, strong)
    return [label if strong[i] else
            near_outside[i] or near_before[i] or near_after[i] or label
            for i, label in enumerate(result)]


def merge(text: str, pieces: list[Unit], labels: list[Label | None]) -> tuple[Segment, ...]:
    """Segments covering all of `text` in order: each starts where its first unit starts (the
    first at 0) and ends where the next begins (the last at the end); equal neighbours merged."""
    segments: list[Segment] = []
    for piece, label in zip(pieces, labels):
        if label is None:
            continue
        if segments and (segments[-1].language, segments[-1].script) == (label.language,
                                                                          label.script):
            continue
        start = piece.start if segments else 0
        if segments:
            last = segments[-1]
            segments[-1] = Segment(last.start, start, last.language, last.script)
        segments.append(Segment(start, len(text), label.language, label.script))
    return tuple(segments)


def language_runs(text: str, segments: tuple[Segment, ...]) -> list[tuple[Language, str, str]]:
    """The text cut at its segment boundaries: (language, script, piece) for each segment.

    The pieces are exact slices, so `"".join(piece for _, _, piece in runs) == text`: paragraphs
    and line breaks stay where they were when each piece is translated and put back in order.
    """
    return [(s.language, s.script, text[s.start:s.end]) for s in segments]


def _sentences(line: str, offset: int) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(line):
        if _ABBREVIATION.search(line[start:match.start()]):
            continue
        spans.append((offset + start, offset + match.end(1)))  # closing quotes stay inside
        start = match.end()
    spans.append((offset + start, offset + len(line)))
    return spans


def _quotation_split(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """The sentence with each long quotation as a piece of its own (flagged True)."""
    pieces, cursor = [], start
    for match in _QUOTATION.finditer(text, start, end):
        words = _WORD.findall(match.group())
        if len(words) < _MIN_QUOTE_WORDS or 2 * sum(w[0].isupper() for w in words) > len(words):
            continue
        if text[cursor:match.start()].strip():
            pieces.append((cursor, match.start(), False))
        pieces.append((match.start(), match.end(), True))
        cursor = match.end()
    if cursor < end and text[cursor:end].strip():
        pieces.append((cursor, end, False))
    return pieces


def _nearest(labels: list[Label | None],
             usable: list[bool]) -> tuple[list[Label | None], list[Label | None]]:
    """For each unit, the label of the closest usable unit before it and after it (two linear
    passes, so a long list of one-word lines stays linear)."""
    before: list[Label | None] = []
    last: Label | None = None
    for label, ok in zip(labels, usable):
        before.append(last)
        if ok:
            last = label
    after: list[Label | None] = [None] * len(labels)
    last = None
    for i in range(len(labels) - 1, -1, -1):
        after[i] = last
        if usable[i]:
            last = labels[i]
    return before, after
