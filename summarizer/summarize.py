"""Summarizers: one protocol, and the extractive ranker that needs no model.

A summarizer takes a text, its language and a list of lengths, and returns one summary per length
where each summary *extends* the previous one: the short summary's sentences are all in the long
summary, so expanding the short summary continues it and never replaces it.

The extractive ranker is a graph ranker of the TextRank/LexRank family tuned for news:

* sentences are TF-IDF vectors of stemmed content words (`tokens.py`), linked by cosine similarity;
* the random walk teleports to the beginning of the article more often than to its end (news puts
  the essentials first: the inverted pyramid) and to sentences that share words with the headline,
  and less often to direct speech (a quote illustrates the news, the narration states it);
* sentences are picked by rank within the word and sentence budget, skipping near-duplicates
  (news repeats a quote in its lead and in its body) and fragments, then put back in document
  order.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from .config import Length
from .languages import Language
from .segment import Sentence, segment
from .tokens import content_words

if TYPE_CHECKING:  # numpy is imported where it is used: `import summarizer` must stay fast
    import numpy as np


@dataclass(frozen=True)
class Summary:
    """Sentences picked from the document, in document order."""

    sentences: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.sentences)

    @property
    def word_count(self) -> int:
        return sum(len(sentence.split()) for sentence in self.sentences)


class Summarizer(Protocol):
    """Anything that turns a text into nested summaries, one per requested length."""

    method: str

    def summarize(self, text: str, language: Language, lengths: Sequence[Length]) -> list[Summary]:
        ...


@dataclass(frozen=True)
class RankerWeights:
    """The knobs of the extractive ranker, chosen on benchmarks/eval_summaries.py.

    A coarse grid (damping, lead_decay, headline, quotes, redundancy) over the 30 reference
    articles in English, Russian and Kazakh kept values that did well in all three languages: news
    wants a strong position prior, so only 15 % of a score comes from the similarity graph (the
    classic 0.85 made the ranker pick central but late sentences and lose to lead-N everywhere).
    """

    damping: float = 0.15  # how much of a sentence's score comes from similar sentences
    lead: float = 1.0  # teleport weight of position: 1 / (1 + position) ** lead_decay
    lead_decay: float = 0.5
    headline: float = 0.25  # teleport weight of similarity to the headline
    quotes: float = 0.5  # teleport factor of a sentence that is all direct speech (1: no penalty)
    redundancy: float = 0.55  # cosine above which a candidate repeats a picked sentence
    min_words: int = 4  # shorter sentences are fragments, not summary material


class ExtractiveSummarizer:
    """Graph ranking with a lead and headline prior; no model, no download, any length of text."""

    method = "extractive"

    def __init__(self, weights: RankerWeights | None = None) -> None:
        self.weights = weights or RankerWeights()

    def summarize(self, text: str, language: Language, lengths: Sequence[Length]) -> list[Summary]:
        """Return one summary per length, each containing the sentences of the one before."""
        sentences = segment(text, language)
        body = [s for s in sentences if not s.is_heading] or sentences
        if not body:
            return [Summary(()) for _ in lengths]
        order, vectors = self.rank(sentences, body, language)
        picked: list[int] = []  # positions in `body`, in the order they were chosen
        summaries = []
        for length in lengths:
            picked = self._extend(picked, order, body, vectors, length)
            summaries.append(Summary(tuple(body[i].text for i in sorted(picked))))
        return summaries

    def rank(self, sentences: list[Sentence], body: list[Sentence], language: Language
             ) -> tuple[list[int], list[dict[str, float]]]:
        """Positions in `body`, best first, and the sentences' TF-IDF vectors."""
        vectors = _tfidf([content_words(s.text, language) for s in body])
        headline = next((s for s in sentences if s.is_heading and s.paragraph == 0), None)
        headline_vector = (
            _tfidf([content_words(headline.text, language)], reference=[*vectors])[0]
            if headline else {}
        )
        # Quotes are discounted in proportion to how much of the sentence they fill, so a
        # narration sentence quoting a company name is barely touched; references paraphrase
        # the facts and rarely repeat what somebody said (benchmarks/eval_summaries.py).
        quoted = _quoted_shares(body)
        teleport = [
            (self.weights.lead / (1 + i) ** self.weights.lead_decay
             + self.weights.headline * _cosine(vector, headline_vector))
            * (1 - (1 - self.weights.quotes) * quoted[i])
            for i, vector in enumerate(vectors)
        ]
        scores = _pagerank(_similarities(vectors), teleport, self.weights.damping)
        return sorted(range(len(body)), key=lambda i: (-scores[i], i)), vectors

    def _extend(self, picked: list[int], order: list[int], body: list[Sentence],
                vectors: list[dict[str, float]], length: Length) -> list[int]:
        max_sentences, max_words = _budget(length, body)
        total_words = sum(len(s.text.split()) for s in body)
        if len(body) <= max_sentences and total_words <= max_words:
            return list(range(len(body)))  # shorter than the budget: the whole text
        chosen = list(picked)
        words = sum(len(body[i].text.split()) for i in chosen)
        for i in order:
            if len(chosen) >= max_sentences:
                break
            if i in chosen:
                continue
            size = len(body[i].text.split())
            if size < self.weights.min_words and len(body) > len(chosen) + 1:
                continue
            if words + size > max_words and chosen:
                continue
            if any(_cosine(vectors[i], vectors[j]) > self.weights.redundancy
                   for j in chosen):
                continue
            if words + size > max_words and not chosen and any(
                self.weights.min_words <= len(body[j].text.split()) <= max_words for j in order
            ):
                continue  # something else fits: keep the first pick inside the budget
            chosen.append(i)
            words += size
        if not chosen and order:
            chosen.append(order[0])  # only fragments, or nothing fits: never an empty summary
        return chosen


#: Opening quotation marks and the mark that closes each ("„" closes with "“" in Russian).
_QUOTES = {"«": "»", "“": "”", "„": "“", '"': '"'}


def _quoted_shares(body: list[Sentence]) -> list[float]:
    """How much of each sentence is direct speech: the share of its letters inside quotation marks.

    A quote often runs over several sentences ("«Откладывать ремонт нельзя. Мост ... », — сказал
    он."), so whether a quote is open carries from one sentence to the next; it is reset at each
    paragraph, where an unclosed quote (a typo) stops.
    """
    shares = []
    closing: str | None = None
    paragraph = None
    for sentence in body:
        if sentence.paragraph != paragraph:
            closing, paragraph = None, sentence.paragraph
        inside = letters = 0
        for char in sentence.text:
            if closing is None and char in _QUOTES:
                closing = _QUOTES[char]
            elif closing is not None and char == closing:
                closing = None
            elif char.isalnum():
                letters += 1
                inside += closing is not None
        shares.append(inside / letters if letters else 0.0)
    return shares


def _budget(length: Length, body: list[Sentence]) -> tuple[int, int]:
    limits = [len(body)]
    if length.sentences is not None:
        limits.append(length.sentences)
    if length.ratio is not None:
        limits.append(max(1, math.ceil(length.ratio * len(body))))
    return min(limits), length.words if length.words is not None else 10**9


def _tfidf(documents: list[list[str]], reference: list[dict[str, float]] | None = None
           ) -> list[dict[str, float]]:
    """TF-IDF vectors. With `reference` (vectors of the article), IDF comes from the article."""
    if reference is None:
        df = Counter(term for document in documents for term in set(document))
        n = len(documents)
    else:
        df = Counter(term for vector in reference for term in vector)
        n = len(reference)
    vectors = []
    for document in documents:
        counts = Counter(document)
        vectors.append({
            term: (1 + math.log(count)) * (math.log((n + 1) / (df.get(term, 0) + 1)) + 1)
            for term, count in counts.items()
        })
    return vectors


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    dot = sum(weight * b.get(term, 0.0) for term, weight in a.items())
    if dot == 0.0:
        return 0.0
    norm = math.sqrt(sum(w * w for w in a.values())) * math.sqrt(sum(w * w for w in b.values()))
    return dot / norm


def _similarities(vectors: list[dict[str, float]]) -> np.ndarray:
    import numpy as np

    n = len(vectors)
    matrix = np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            matrix[i, j] = matrix[j, i] = _cosine(vectors[i], vectors[j])
    return matrix


def _pagerank(matrix: np.ndarray, teleport: list[float], damping: float,
              iterations: int = 200, tolerance: float = 1e-10) -> np.ndarray:
    """Personalised PageRank on a weighted undirected graph; sentences with no links teleport."""
    import numpy as np

    n = len(matrix)
    prior = np.asarray(teleport, dtype=float)
    prior = prior / prior.sum() if prior.sum() > 0 else np.full(n, 1.0 / n)
    out = matrix.sum(axis=1)
    linked = out > 0
    transition = np.zeros_like(matrix)
    transition[linked] = matrix[linked] / out[linked, None]
    scores = prior.copy()
    for _ in range(iterations):
        dangling = scores[~linked].sum()
        new = (1 - damping) * prior + damping * (scores @ transition + dangling * prior)
        if np.abs(new - scores).sum() < tolerance:
            return new
        scores = new
    return scores
