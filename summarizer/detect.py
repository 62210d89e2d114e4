"""Language detection: letters first, then n-gram profiles, per sentence, with context.

langdetect 1.0.9 has no profile for Kazakh (it answers Russian or Ukrainian), nor for Belarusian,
Serbian, Mongolian, Kyrgyz, Tatar or Bashkir, and nobody has one for Kazakh in the Latin alphabet.
What closes the gap:

* Letters. Kazakh Cyrillic has nine letters Russian lacks (ә ғ қ ң ө ұ ү һ і), and several
  neighbours have their own (ї є ґ Ukrainian, ў Belarusian, ђ ћ Serbian, ѓ ќ ѕ Macedonian,
  җ Tatar, ҡ ҙ ҫ Bashkir). Where letters settle the question, no n-gram is scored at all; elsewhere
  they rule languages out (letters a language never writes, or lack of the ones it always does).
  In Latin script, Kazakh never writes ə ň ž x (Azerbaijani, Turkmen, Uzbek) and Turkish never
  writes q ñ ä ū (see `kazakh_latin`).
* Profiles per script (`profiles`): langdetect's plus ours (Kazakh in Cyrillic and Latin, be, sr,
  mn, ky, tt), packed by tools/build_profiles.py; a text loads only the scripts it is written in.
* Exact, calibrated scoring: every n-gram is scored once with langdetect's model and smoothing;
  the overlapping 1–3-grams count as a fifth of independent evidence (`_TEMPERATURE`), then a
  prior for the languages this tool is for and a bonus for function words are added. One or two
  words are reliable only when the answer is very sure (`_SHORT_RELIABLE`).
* Segments (`spans`): each line, sentence and long quotation is labelled; short pieces follow
  their context; the dominant language is the one with most letters.

Detection is deterministic. Text with no letters, too few letters, or a confidence below the
configured floor raises `LanguageError`: "not sure" is an answer the caller sees, never a silent
guess.
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .config import DetectionSettings
from .errors import LanguageError
from .kazakh_latin import KAZAKH_LATIN_SIGNS, neighbour_letters
from .languages import CYRILLIC, Language
from .profiles import ScriptProfiles
from .profiles import load as load_profiles
from .spans import Label, Segment, Unit, language_runs, merge, smooth, units

__all__ = ["Detection", "Detector", "LanguageShare", "Segment", "detect_language",
           "language_runs"]

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

#: Kazakh against its Turkic neighbours (ky, tt, mn, which share ө ү ң ә): a word with those letters
#: and nothing else is Kazakh for this tool's readers; sentences carry enough n-grams to overrule
#: it (the benchmark's neighbours called Kazakh stay at 0 %).
_KAZAKH_PRIOR = 10.0

#: The languages this tool is for start with more prior weight: a short sentence that is equally
#: good Russian or Bulgarian is Russian in a Kazakh/Russian/English news tool. Kazakh gets a smaller
#: boost, in Cyrillic only (see _KAZAKH_PRIOR).
_LOG_PRIOR = {("en", "Latn"): math.log(30.0), ("ru", "Cyrl"): math.log(30.0),
              ("kk", "Cyrl"): math.log(_KAZAKH_PRIOR)}

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

_FUNCTION_WORD_SETS = {
    (language.value, "Latn" if language is Language.ENGLISH else "Cyrl"): frozenset(words.split())
    for language, words in _FUNCTION_WORDS.items()}
#: Kazakh function words as the two Latin alphabets and informal writers spell them.
_FUNCTION_WORD_SETS["kk", "Latn"] = frozenset(
    "jäne jane osy būl bır üşın úshin ushin dep emes degen bıraq biraq sondai sondaı keiın "
    "keıin kezde jyly qazır qazir bügın búgin bugin ertek ertede tağy taǵy taghy".split())

#: Overlapping 1-, 2- and 3-grams are not independent: their summed log-likelihoods are divided
#: by this before the prior is added (tuned on half of the benchmark sentences, see
#: benchmarks/detection_accuracy.py --split).
_TEMPERATURE = 5.0
#: A third of single Kazakh words have none of its nine letters ("Мектеп ашылды."): only from this
#: many letters on does their absence rule Kazakh out.
_KAZAKH_LETTERS_FROM = 40
#: Words whose n-gram rows a detector remembers (per script), so a long text scores each
#: distinct word once.
_WORD_CACHE = 50_000
#: A paragraph this sure of one language (and with no Kazakh letters) is not split to score.
_PARAGRAPH_SURE = 0.9999
_KAZAKH_LETTER = re.compile("[әғқңөұүһі]")
#: Letters only Kazakh writes among the Latin-script languages here (ñ ū ǵ ń; not q or ı, which
#: Azerbaijani has): one makes Kazakh this much likelier before the n-grams speak ("mlrd teñge").
_KAZAKH_LATIN_ONLY = re.compile("[ñūǵń]")
_LOG_KAZAKH_LATIN_SIGN = math.log(20.0)
#: (language, script) pairs that `_plausible` can rule out.
_RULED = frozenset({*((language.value, "Cyrl") for language in {*_NEVER_WRITES, *_ALWAYS_WRITES}),
                    ("kk", "Latn"), ("tr", "Latn")})
#: A label this sure, on four or more words, may stand alone between two of another language.
_DECISIVE = 0.99
#: One or two words are reliable only when this sure: a word is often a loan, a name or an
#: abbreviation shared with a neighbour ("такси", "тыс"), which n-grams cannot see.
_SHORT_RELIABLE = {1: 0.95, 2: 0.9}
#: Letters of scripts other than Latin and Cyrillic, reported per language.
_OTHER_SCRIPTS = {
    Language.ARABIC: "Arab", Language.PERSIAN: "Arab", Language.URDU: "Arab",
    Language.CHINESE: "Hani", Language.JAPANESE: "Jpan", Language.KOREAN: "Kore",
    Language.GREEK: "Grek", Language.HEBREW: "Hebr", Language.HINDI: "Deva",
    Language.MARATHI: "Deva", Language.NEPALI: "Deva", Language.BENGALI: "Beng",
    Language.THAI: "Thai", Language.TAMIL: "Taml", Language.TELUGU: "Telu",
    Language.KANNADA: "Knda", Language.MALAYALAM: "Mlym", Language.GUJARATI: "Gujr",
    Language.PUNJABI: "Guru",
}

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_WORD_ONLY = re.compile(r"[^\W\d_]+")
_ROMANIAN = str.maketrans("șț", "şţ")  # as langdetect normalises them
_LATIN = re.compile("[A-Za-z\u00c0-\u02af\u1e00-\u1eff]")


@dataclass(frozen=True)
class LanguageShare:
    """One language of a text and its share of the text's letters."""

    language: Language
    share: float

    def to_dict(self) -> dict[str, object]:
        return {"language": self.language.value, "share": self.share}


@dataclass(frozen=True)
class Detection:
    """A detected language with a confidence in [0, 1], and the text's language mix.

    `language` is a `Language`, which compares equal to its ISO 639-1 code (`"kk"`): the dominant
    language (most letters). `reliable` is False when the confidence is below the configured
    warning level: the result is still the best answer, but a front end should say it is unsure.
    `script` is the dominant language's script ("Latn" for Kazakh in the Latin alphabet);
    `segments` cover the text in order (see `spans.Segment`); `languages` is the mix, largest
    share first.
    """

    language: Language
    confidence: float
    reliable: bool = True
    script: str = ""
    segments: tuple[Segment, ...] = ()
    languages: tuple[LanguageShare, ...] = ()

    def to_dict(self) -> dict[str, object]:
        """The JSON shape front ends print: detected_language, confidence, reliable, script,
        languages [{language, share}], segments [{start, end, language, script}]."""
        return {
            "detected_language": self.language.value,
            "confidence": self.confidence,
            "reliable": self.reliable,
            "script": self.script,
            "languages": [share.to_dict() for share in self.languages],
            "segments": [segment.to_dict() for segment in self.segments],
        }


class Detector:
    """Detects the language of a text. Build once and reuse: each script's profiles load on the
    first text that needs them (a few milliseconds each)."""

    def __init__(self, settings: DetectionSettings | None = None) -> None:
        self.settings = settings or DetectionSettings()
        self._lock = threading.Lock()
        self._profiles: dict[str, ScriptProfiles] = {}
        self._word_rows: dict[str, dict[str, list[int]]] = {}  # script → word → profile rows

    def detect(self, text: str) -> Detection:
        """Return the dominant language of `text` with its segments, or raise `LanguageError`.

        Every line, sentence and long quotation is labelled; context then smooths short pieces
        (see `spans.smooth`). The confidence is the letter-weighted mean of the labels'
        calibrated confidences, so a mixed text whose parts are each clear is reliable.
        """
        letters = _letters(text)
        if letters == 0:
            raise LanguageError("cannot detect the language: the text has no letters")
        if letters < self.settings.min_letters:
            raise LanguageError(
                f"cannot detect the language: only {letters} letter(s), too little to judge; "
                "give more text or name the source language"
            )
        pieces = units(text)
        raw = self._labels(text, pieces)
        labels = smooth(pieces, raw)
        weight: Counter[Language] = Counter()
        sure = 0.0
        scripts: dict[Language, Counter[str]] = {}
        for piece, before, label in zip(pieces, raw, labels):
            if label is None:
                continue
            weight[label.language] += piece.letters
            scripts.setdefault(label.language, Counter())[label.script] += piece.letters
            own = before.confidence if before is not None and before.language == label.language \
                else label.confidence
            sure += piece.letters * own
        total = sum(weight.values())
        if not total:
            raise LanguageError("cannot detect the language: no recognisable words")
        language = weight.most_common(1)[0][0]
        confidence = round(sure / total, 4)
        if confidence < self.settings.min_confidence:
            raise LanguageError(
                f"cannot detect the language with confidence (best guess {language.value} at "
                f"{confidence:.0%}); give more text or name the source language"
            )
        shares = tuple(LanguageShare(lang, round(n / total, 4)) for lang, n in weight.most_common())
        words = sum(piece.words for piece in pieces)
        reliable = confidence >= max(self.settings.warn_confidence,
                                     _SHORT_RELIABLE.get(words, 0.0))
        return Detection(language, confidence, reliable,
                         scripts[language].most_common(1)[0][0], merge(text, pieces, labels),
                         shares)

    @property
    def loaded_scripts(self) -> tuple[str, ...]:
        """The scripts whose profiles this detector has loaded so far, in loading order."""
        return tuple(self._profiles)

    def segments(self, text: str) -> tuple[Segment, ...]:
        """The language segments of `text` (see `detect`), covering it in order."""
        return self.detect(text).segments

    def _labels(self, text: str, pieces: list[Unit]) -> list[Label | None]:
        """Labels for every unit. A paragraph of several sentences that is plainly one language
        (settled by letters, or near-certain with no letters of Kazakh or of another script, and
        no quotation) is labelled once for all its sentences: long texts cost per paragraph."""
        labels: list[Label | None] = []
        i = 0
        while i < len(pieces):
            j = i
            while j < len(pieces) and pieces[j].line == pieces[i].line:
                j += 1
            group = pieces[i:j]
            shared = self._paragraph_label(text, group) if len(group) >= 3 else None
            if shared is not None:
                labels += [shared if p.letters else None for p in group]
            else:
                labels += [self._label(text[p.start:p.end], p) for p in group]
            i = j
        return labels

    def _paragraph_label(self, text: str, group: list[Unit]) -> Label | None:
        if any(p.quotation for p in group):
            return None
        block = text[group[0].start:group[-1].end]
        letters = sum(p.letters for p in group)
        label = self._label(block, Unit(group[0].start, group[-1].end, letters,
                                        sum(p.words for p in group)))
        if label is None or label.script not in ("Cyrl", "Latn"):
            return None
        foreign = len((_LATIN if label.script == "Cyrl" else CYRILLIC).findall(block))
        if foreign * 10 > letters:
            return None
        if label.confidence == 1.0 and not label.others:  # settled by letters
            # ... unless a sentence of it has no Kazakh letter (a Russian sentence in a Kazakh
            # paragraph with none of the Russian words the letter rule looks for).
            if label.language is Language.KAZAKH and not all(
                    _KAZAKH_LETTER.search(text[p.start:p.end].lower()) for p in group
                    if p.words >= 3):
                return None
            return label
        if label.confidence < _PARAGRAPH_SURE or _KAZAKH_LETTER.search(block.lower()):
            return None
        return label

    # --- one unit -------------------------------------------------------------------------------

    def _label(self, piece: str, unit: Unit) -> Label | None:
        """The language of one line, sentence or quotation: letters first, then n-grams."""
        if unit.letters == 0:
            return None
        cyrillic = len(CYRILLIC.findall(piece))
        latin = len(_LATIN.findall(piece))
        if cyrillic > latin:
            script = "Cyrl"
        elif latin * 2 >= unit.letters:
            script = "Latn"
        else:
            script = "Other" if cyrillic + latin < unit.letters / 2 else "Latn"
        lowered = piece.lower()
        if script == "Cyrl":
            verdict = _cyrillic_verdict(lowered)
            if verdict is not None:
                return Label(verdict, "Cyrl", 1.0, True)
        scored = self._score(piece, lowered, script, unit.letters)
        if not scored:
            return None
        language, probability, others = scored
        if script == "Other":
            script = _OTHER_SCRIPTS.get(language, "Zyyy")
        decisive = probability >= _DECISIVE and unit.words >= 4
        return Label(language, script, probability, decisive, others)

    def _score(self, piece: str, lowered: str, script: str,
               letters: int) -> tuple[Language, float, tuple[tuple[Language, float], ...]] | None:
        """Score every language of the script on every n-gram of the piece.

        langdetect samples n-grams at random until one language passes 0.99999, which makes short
        texts flip and drowns any prior. Scoring all n-grams once with the same model and
        smoothing is exact and deterministic. Overlapping 1-, 2- and 3-grams are not independent
        evidence, so their log-likelihoods are divided by `_TEMPERATURE` before the prior and
        function words are added: a two-word text then gets a modest confidence, not 100 %.
        """
        import numpy as np

        table = self._table(script)
        rows = _ngram_rows(piece, table.index, script, self._word_rows.setdefault(script, {}))
        if not rows:
            return None
        scores = table.log_probs[rows].sum(axis=0, dtype=np.float64) / _TEMPERATURE
        scores += np.array([_LOG_PRIOR.get((code, script), 0.0) for code in table.codes])
        if script == "Latn" and _KAZAKH_LATIN_ONLY.search(lowered) and "kk" in table.codes:
            scores[table.codes.index("kk")] += _LOG_KAZAKH_LATIN_SIGN
        words = _WORD.findall(lowered.replace("’", "'"))
        chars = Counter(lowered)
        for j, code in enumerate(table.codes):
            vocabulary = _FUNCTION_WORD_SETS.get((code, script))
            if vocabulary:
                scores[j] += _FUNCTION_WORD_WEIGHT * sum(1 for w in words if w in vocabulary)
            if (code, script) in _RULED and not _plausible(Language(code), lowered, chars,
                                                           letters, script):
                scores[j] = -np.inf
        if not np.isfinite(scores.max()):
            return None
        scores = np.exp(scores - scores.max())
        scores /= scores.sum()
        order = np.argsort(-scores)[:4]
        others = tuple((Language(table.codes[j]), float(scores[j])) for j in order[1:])
        return Language(table.codes[order[0]]), float(scores[order[0]]), others

    def _table(self, script: str) -> ScriptProfiles:
        table = self._profiles.get(script)
        if table is None:
            with self._lock:
                table = self._profiles.get(script) or load_profiles(script)
                self._profiles[script] = table
        return table


def _ngram_rows(text: str, known: dict[str, int], script: str,
                cache: dict[str, list[int]]) -> list[int]:
    """The profile rows of the 1–3-grams langdetect would extract from each word.

    For Latin and Cyrillic, a word is a run of letters padded with spaces, as langdetect sees
    it; words all in capitals (acronyms) and, in Cyrillic text, Latin words (brand names) are
    skipped. Other scripts go through langdetect's own normaliser (CJK classes, kana).
    """
    rows: list[int] = []
    if script == "Other":
        from langdetect.utils.ngram import NGram

        grams = NGram()
        for ch in text:
            grams.add_char(ch)
            for n in (1, 2, 3):
                gram = grams.get(n)
                if gram and gram != " " and gram in known:
                    rows.append(known[gram])
        return rows
    get = known.get
    for word in _WORD_ONLY.findall(text.translate(_ROMANIAN)):
        if (len(word) > 1 and word.isupper()) or (script == "Cyrl" and word.isascii()):
            continue
        cached = cache.get(word)
        if cached is None:
            padded = f" {word} "
            size = len(padded)
            grams = [padded[i:i + n] for n in (1, 2, 3) for i in range(size - n + 1)]
            cached = [row for row in map(get, grams) if row is not None]
            if len(cache) >= _WORD_CACHE:
                cache.clear()  # a bound, not an LRU: vocabularies of news text repeat
            cache[word] = cached
        rows.extend(cached)
    return rows


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


def _plausible(language: Language, lowered: str, chars: Counter[str], letters: int,
               script: str = "Cyrl") -> bool:
    """Whether the letters of the text allow this language at all.

    A language is ruled out by letters it never writes (one per 150 letters is forgiven, for
    foreign names), and by the absence of all the letters it writes in nearly every sentence.
    In Latin script: Kazakh never writes ə ň ž x, c outside "ch", o'/g' (Azerbaijani, Turkmen,
    Uzbek); Turkish never writes q ñ ä ū á ǵ ń ú ý (Kazakh).
    """
    if script == "Latn":
        tolerance = letters // 80
        if language is Language.KAZAKH:
            return neighbour_letters(lowered) <= tolerance
        if language is Language.TURKISH:
            return sum(chars[ch] for ch in KAZAKH_LATIN_SIGNS) <= tolerance
        return True
    if script != "Cyrl":
        return True
    required = _ALWAYS_WRITES.get(language)
    if (required is not None and not any(chars[ch] for ch in required)
            and (language is not Language.KAZAKH or letters >= _KAZAKH_LETTERS_FROM)):
        return False
    forbidden = _NEVER_WRITES.get(language)
    if forbidden is None:
        return True
    tolerance = max(1, letters // 150)
    return sum(chars[ch] for ch in forbidden) < tolerance


def _letters(text: str) -> int:
    return sum(len(word) for word in _WORD_ONLY.findall(text))


@lru_cache(maxsize=1)
def _default_detector() -> Detector:
    return Detector()


def detect_language(text: str) -> Detection:
    """Detect the language of `text` with the default settings (see `Detector` for the rules)."""
    return _default_detector().detect(text)
