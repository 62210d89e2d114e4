"""Language detection: langdetect's profiles, plus what they lack (Kazakh and its neighbours).

langdetect 1.0.9 has no profile for Kazakh (it answers Russian or Ukrainian), nor for Belarusian,
Serbian, Mongolian, Kyrgyz, Tatar or Bashkir. Three things close the gap:

* Letters. Kazakh Cyrillic has nine letters Russian lacks (ә ғ қ ң ө ұ ү һ і), and several
  neighbours have their own (ї є ґ Ukrainian, ў Belarusian, ђ ћ Serbian, ѓ ќ ѕ Macedonian,
  җ Tatar, ҡ ҙ ҫ Bashkir). Where letters settle the question, no n-gram is scored at all; elsewhere
  they rule languages out (letters a language never writes, or lack of the ones it always does).
* Extra profiles (`data/<code>.json` for kk, be, sr, mn, ky, tt), built by
  `tools/build_profiles.py` from text written for this project, loaded next to langdetect's own.
* Exact scoring: every n-gram of the text is scored once with langdetect's model and smoothing
  (see `Detector._langdetect`), plus a prior for English and Russian and a bonus for function
  words that only one of the easily confused languages uses.

Detection is deterministic and reports the dominant language of mixed text by letting each
paragraph vote with its number of letters. Text with no letters, too few letters, or a confidence
below the configured floor raises `LanguageError`: "not sure" is an answer the caller sees, never
a silent guess.
"""

from __future__ import annotations

import json
import re
import threading
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from .config import DetectionSettings
from .errors import LanguageError
from .languages import Language

#: Extra langdetect profiles (kk, be, sr, mn, ky, tt), built by tools/build_profiles.py.
PROFILES_DIR = Path(__file__).resolve().parent / "data"

# Letters beyond the Russian alphabet, and which of the languages here use them.
_KAZAKH_ONLY = set("ұ")  # no other language here writes ұ
_KAZAKH_STRONG = set("қғ")  # elsewhere only in Bashkir (ғ), Tajik and Uzbek, which have markers
_KAZAKH_SHARED = set("әңөүһ")  # shared with Tatar, Bashkir, Kyrgyz, Mongolian
_KAZAKH_LETTERS = _KAZAKH_ONLY | _KAZAKH_STRONG | _KAZAKH_SHARED | {"і"}

#: Letters that a language here uses and Kazakh never does.
_MARKERS: dict[Language, frozenset[str]] = {
    Language.UKRAINIAN: frozenset("їєґ"),
    Language.BELARUSIAN: frozenset("ў"),
    Language.SERBIAN: frozenset("ђћ"),
    Language.MACEDONIAN: frozenset("ѓќѕ"),
    Language.TATAR: frozenset("җ"),
    Language.BASHKIR: frozenset("ҡҙҫ"),
}
_SOUTH_SLAVIC = frozenset("јљњџ")  # Serbian and Macedonian both
_TAJIK_UZBEK = frozenset("ҳҷӣӯ")
_NOT_KAZAKH = frozenset().union(*_MARKERS.values(), _SOUTH_SLAVIC, _TAJIK_UZBEK)

#: Russian words that are not also Kazakh words (Kazakh has "не", "он", "же", "да" of its own).
#: Russian text that names a Kazakh place or company has more of these than Kazakh-lettered words.
_RUSSIAN_WORDS = frozenset(
    "в во и на что с со по для к ко от из изо это как но при за до у бы был была были было "
    "его её их также который которая которое которые когда чтобы или уже только после".split()
)
#: Letters a Cyrillic language never writes: a text that uses them (beyond one per 150 letters,
#: which may be a foreign name) cannot be in that language.
_NEVER_WRITES = {
    Language.UKRAINIAN: frozenset("ыэъё"),
    Language.BELARUSIAN: frozenset("ищъ"),
    Language.BULGARIAN: frozenset("ыэё"),
    Language.MACEDONIAN: frozenset("ыэъёщйяюьђћ"),
    Language.SERBIAN: frozenset("ыэъёщйяюьѓќѕ"),
}
#: Letters a language writes in nearly every sentence: without any of them, n-gram likeness to it
#: is likeness to a neighbour (our own small profiles for these languages are overconfident).
_ALWAYS_WRITES = {
    Language.KAZAKH: frozenset(_KAZAKH_LETTERS),
    Language.UKRAINIAN: frozenset("іїєґ"),
    Language.BELARUSIAN: frozenset("іў"),
    Language.SERBIAN: frozenset("јљњџђћ"),
}

#: The languages this tool is for start with more prior weight: a short sentence that is equally
#: good Russian or Bulgarian is Russian in a Kazakh/Russian/English news tool. (Kazakh gets no
#: boost: its neighbours must never be called Kazakh by default.)
_PRIOR_BOOST = {"en": 30.0, "ru": 30.0}

#: Common words that only one of the easily confused languages uses. Each one found adds
#: `_FUNCTION_WORD_WEIGHT` nats to its language: words settle short sentences ("Не забудь зонт.")
#: that character n-grams leave open between Russian, Ukrainian, Bulgarian and Macedonian.
_FUNCTION_WORDS = {
    Language.ENGLISH: "the and of is are was were you your don't let's it's i'm we this that with "
    "for have has just will would what where when how please shall can't isn't doesn't my our "
    "their they he she his her been from which there here about should could",
    Language.RUSSIAN: "что это был была были было его её они также который которая которое "
    "которые когда чтобы уже только после нет куда здесь сейчас можно надо очень тебя меня себя "
    "сегодня вчера завтра почему потому хорошо ещё еще всё",
    Language.UKRAINIAN: "що це як та він вона вони його був була також коли тільки після дуже "
    "вже тут зараз можна треба сьогодні вчора завтра чому добре ще все",
    Language.BULGARIAN: "че са беше това тази който която които ще съм сме сте след към във "
    "днес вчера утре защо добре още всичко",
    Language.MACEDONIAN: "што ќе тоа оваа кој која кои од со во сме денес вчера утре зошто "
    "добро уште сѐ",
}
_FUNCTION_WORD_WEIGHT = 3.0

_FUNCTION_WORD_SETS = {language: frozenset(words.split()) for language, words in
                        _FUNCTION_WORDS.items()}

#: langdetect's smoothing: each n-gram multiplies a language's probability by (p + 0.5 / 10000).
_SMOOTHING = 0.5 / 10_000

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_LANGDETECT_CODES = {"zh-cn": Language.CHINESE, "zh-tw": Language.CHINESE}


@dataclass(frozen=True)
class Detection:
    """A detected language with a confidence in [0, 1].

    `language` is a `Language`, which compares equal to its ISO 639-1 code (`"kk"`).
    `reliable` is False when the confidence is below the configured warning level: the result is
    still the best answer, but a front end should say it is unsure.
    """

    language: Language
    confidence: float
    reliable: bool = True


class Detector:
    """Detects the language of a text. Build once and reuse: profiles load on first use (~0.3 s)."""

    def __init__(self, settings: DetectionSettings | None = None) -> None:
        self.settings = settings or DetectionSettings()
        self._lock = threading.Lock()

    def detect(self, text: str) -> Detection:
        """Return the dominant language of `text`, or raise `LanguageError` when unsure."""
        letters = sum(1 for ch in text if ch.isalpha())
        if letters == 0:
            raise LanguageError("cannot detect the language: the text has no letters")
        if letters < self.settings.min_letters:
            raise LanguageError(
                f"cannot detect the language: only {letters} letter(s), too little to judge; "
                "give more text or name the source language"
            )
        votes: Counter[Language] = Counter()
        for block in _blocks(text):
            weight = sum(1 for ch in block if ch.isalpha())
            if weight == 0:
                continue
            for language, probability in self._block_probabilities(block):
                votes[language] += weight * probability
        if not votes:
            raise LanguageError("cannot detect the language: no recognisable words")
        language, score = votes.most_common(1)[0]
        confidence = round(score / sum(votes.values()), 4)
        if confidence < self.settings.min_confidence:
            raise LanguageError(
                f"cannot detect the language with confidence (best guess {language.value} at "
                f"{confidence:.0%}); give more text or name the source language"
            )
        return Detection(language, confidence, confidence >= self.settings.warn_confidence)

    # --- one block ------------------------------------------------------------------------------

    def _block_probabilities(self, block: str) -> list[tuple[Language, float]]:
        """Probabilities for one paragraph: letters first, langdetect where they do not settle it."""
        lowered = block.lower()
        cyrillic = sum(1 for ch in lowered if "\u0400" <= ch <= "\u04ff")
        latin = sum(1 for ch in lowered if "a" <= ch <= "z" or "\u00c0" <= ch <= "\u024f")
        if cyrillic > latin:
            verdict = _cyrillic_verdict(lowered)
            if verdict is not None:
                return [(verdict, 1.0)]
        return self._langdetect(block, lowered if cyrillic > latin else None)

    def _langdetect(self, block: str, cyrillic: str | None) -> list[tuple[Language, float]]:
        """Score every language on every n-gram of the block with langdetect's profiles.

        langdetect itself samples n-grams at random until one language passes 0.99999, which
        makes short texts flip and drowns any prior. Scoring all n-grams once (the same model,
        the same smoothing) is exact, deterministic and faster; the prior then counts.
        """
        import numpy as np

        table = self._table
        rows = [table.index[gram] for gram in _ngrams(block, table.index)]
        if not rows:
            return []
        scores = table.log_probs[rows].sum(axis=0) + table.log_prior
        words = _WORD.findall(block.lower().replace("’", "'"))
        for language, column in table.columns.items():
            vocabulary = _FUNCTION_WORD_SETS[language]
            scores[column] += _FUNCTION_WORD_WEIGHT * sum(1 for w in words if w in vocabulary)
        if cyrillic is not None:  # letters rule some Cyrillic languages out entirely
            for language, column in table.ruled.items():
                if not _plausible(language, cyrillic):
                    scores[column] = -np.inf
        scores = np.exp(scores - scores.max())
        probabilities = scores / scores.sum()
        best = np.argsort(-probabilities)[:5]
        return [(table.languages[i], float(probabilities[i])) for i in best
                if probabilities[i] > 1e-4]

    @cached_property
    def _table(self) -> _ProfileTable:
        """langdetect's profiles (plus ours) as one matrix of log probabilities."""
        import numpy as np

        factory = self._factory
        codes = factory.get_lang_list()
        index = {gram: i for i, gram in enumerate(factory.word_lang_prob_map)}
        probs = np.array(list(factory.word_lang_prob_map.values()))
        prior = np.array([_PRIOR_BOOST.get(code, 1.0) for code in codes])
        languages = [_to_language(code) for code in codes]
        return _ProfileTable(
            languages=languages,
            columns={language: languages.index(language) for language in _FUNCTION_WORD_SETS
                     if language in languages},
            ruled={language: languages.index(language) for language in
                   {*_NEVER_WRITES, *_ALWAYS_WRITES} if language in languages},
            index=index,
            log_probs=np.log(probs + _SMOOTHING),
            log_prior=np.log(prior / prior.sum()),
        )

    @cached_property
    def _factory(self):  # type: ignore[no-untyped-def]
        """A private langdetect factory: the built-in profiles plus ours, seeded for determinism."""
        with self._lock:
            from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

            profiles = [
                (Path(PROFILES_DIRECTORY) / name).read_text(encoding="utf-8")
                for name in sorted(p.name for p in Path(PROFILES_DIRECTORY).iterdir())
            ]
            profiles += [path.read_text(encoding="utf-8")
                         for path in sorted(PROFILES_DIR.glob("*.json"))]
            factory = DetectorFactory()
            factory.load_json_profile(profiles)
            return factory



@dataclass(frozen=True)
class _ProfileTable:
    languages: list[Language]
    columns: dict[Language, int]  # language → column, for the function-word evidence
    ruled: dict[Language, int]  # language → column, for languages with letter rules
    index: dict[str, int]  # n-gram → row
    log_probs: Any  # numpy array, n-grams × languages
    log_prior: Any  # numpy array, languages


def _ngrams(text: str, known: dict[str, int]) -> list[str]:
    """The 1–3-grams langdetect would extract, restricted to those some profile knows."""
    from langdetect.utils.ngram import NGram

    latin = sum(1 for ch in text if "A" <= ch <= "z")
    if latin * 2 < sum(1 for ch in text if ch >= "\u0300"):
        text = "".join(ch for ch in text if not "A" <= ch <= "z")  # brand names in Cyrillic text
    grams = NGram()
    found = []
    for ch in text:
        grams.add_char(ch)
        if grams.capitalword:
            continue
        for n in (1, 2, 3):
            gram = grams.get(n)
            if gram and gram != " " and gram in known:
                found.append(gram)
    return found


def _blocks(text: str, max_blocks: int = 24) -> list[str]:
    """Paragraphs that vote on the dominant language; long texts are sampled evenly."""
    paragraphs = [p for p in _PARAGRAPH_BREAK.split(text) if p.strip()]
    if len(paragraphs) > max_blocks:
        step = len(paragraphs) / max_blocks
        paragraphs = [paragraphs[int(i * step)] for i in range(max_blocks)]
    return paragraphs


def _cyrillic_verdict(lowered: str) -> Language | None:
    """Settle Cyrillic text by its letters alone where they leave no doubt; else None."""
    counts = Counter(ch for ch in lowered if ch in _KAZAKH_LETTERS or ch in _NOT_KAZAKH)
    if not counts:
        return None
    foreign = sum(n for ch, n in counts.items() if ch in _NOT_KAZAKH)
    kazakh_signature = (
        counts["ұ"] + counts["қ"] + counts["ғ"] > 0
        or (counts["і"] > 0 and any(counts[ch] for ch in _KAZAKH_SHARED))
    )
    if kazakh_signature and foreign == 0:
        words = _WORD.findall(lowered)
        kazakh = sum(1 for word in words if any(ch in _KAZAKH_LETTERS for ch in word))
        russian = sum(1 for word in words if word in _RUSSIAN_WORDS)
        return Language.KAZAKH if kazakh and not russian else None
    marker_counts = {
        language: sum(counts[ch] for ch in letters) for language, letters in _MARKERS.items()
    }
    best, best_count = max(marker_counts.items(), key=lambda item: item[1])
    return best if best_count else None


def _plausible(language: Language, lowered: str) -> bool:
    """Whether the letters of the text allow this language at all.

    A language is ruled out by letters it never writes (one per 150 letters is forgiven, for
    foreign names), and by the absence of all the letters it writes in nearly every sentence.
    """
    required = _ALWAYS_WRITES.get(language)
    if required is not None and not any(ch in required for ch in lowered):
        return False
    forbidden = _NEVER_WRITES.get(language)
    if forbidden is None:
        return True
    tolerance = max(1, sum(1 for ch in lowered if ch.isalpha()) // 150)
    return sum(1 for ch in lowered if ch in forbidden) < tolerance


def _to_language(code: str) -> Language:
    if code in _LANGDETECT_CODES:
        return _LANGDETECT_CODES[code]
    return Language(code)


@lru_cache(maxsize=1)
def _default_detector() -> Detector:
    return Detector()


def detect_language(text: str) -> Detection:
    """Detect the language of `text` with the default settings (see `Detector` for the rules)."""
    return _default_detector().detect(text)


def profile_json(code: str, text: str) -> str:
    """Build a langdetect profile from `text`, one sentence per line (tools/build_profiles.py)."""
    from langdetect.utils.lang_profile import LangProfile

    profile = LangProfile(name=Language(code).value)
    for line in text.splitlines():
        profile.update(line)
    profile.omit_less_freq()
    return json.dumps(
        {"name": profile.name, "freq": dict(profile.freq), "n_words": profile.n_words},
        ensure_ascii=False,
        sort_keys=True,
    )
