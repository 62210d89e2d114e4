"""Detection accuracy by language and input length, Latin-script Kazakh, mixed documents, speed.

    python benchmarks/detection_accuracy.py [--json] [--repeat N] [--split tune|held-out|all]

Data (all written for this project): benchmarks/data/detect/<code>.txt, one labelled sentence per
line; benchmarks/data/detect/latin/<code>.txt, Turkish, Azerbaijani, Uzbek and Turkmen sentences.
From each sentence the script also takes one single word and one word pair (from its middle, words
of three or more letters), so every length is measured on the same text. Latin-script Kazakh is
the Kazakh file written in the 2021 alphabet, the 2018 one and the informal unaccented way (the
profiles are built from other sentences, tools/profile_corpora/). Mixed documents are assembled
from the sentences with known boundaries: Kazakh/Russian and Russian/English paragraphs, a
Russian quotation inside a Kazakh paragraph, an English one inside a Russian paragraph, and
single-language paragraphs that must stay one segment, and paragraphs in which one sentence
(unquoted) is in the other language.

`--split tune` uses the even lines (those the temperature and thresholds were tuned on),
`held-out` the odd lines; the default reports both. Per length and language: accuracy (the answer
is right; "unsure" counts as wrong), reliable-but-wrong (answered `reliable: true` and wrong), and
unsure (LanguageError or `reliable: false`). Throughput is sentences per second of `detect` on all
sentences, against plain langdetect with the same seed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from pathlib import Path

from summarizer.detect import Detector
from summarizer.errors import LanguageError
from summarizer.kazakh_latin import informal, to_latin

DATA = Path(__file__).resolve().parent / "data" / "detect"
TARGETS = ("kk", "ru", "en")
NEIGHBOURS = ("uk", "be", "bg", "mk", "sr", "mn", "ky", "tt")
LATIN_NEIGHBOURS = ("tr", "az", "uz", "tk")
_WORD = re.compile(r"[^\W\d_]{3,}")

#: Kazakh sentence frames around a Russian quotation, Russian ones around an English quotation.
KK_FRAMES = [
    ("Әкім жиында сөйлеген сөзінде ", " деп атап өтті."),
    ("Министрдің орынбасары журналистерге ", " деп түсіндірді."),
    ("Кәсіпорын басшысы ", " деген пікір білдірді."),
    ("Сарапшының айтуынша, ", " Бұл пікірді көпшілік қолдайды."),
]
RU_FRAMES = [
    ("Представитель компании заявил: ", " Подробности пока не раскрываются."),
    ("Как отметил иностранный эксперт, ", " — и добавил, что ждёт перемен."),
    ("В пресс-релизе говорится: ", " Компания не ответила на вопросы журналистов."),
]


def load(folder: Path = DATA) -> dict[str, list[str]]:
    return {path.stem: [line for line in path.read_text(encoding="utf-8").splitlines() if line]
            for path in sorted(folder.glob("*.txt"))}


def split(lines: list[str], part: str) -> list[str]:
    if part == "tune":
        return lines[0::2]
    if part == "held-out":
        return lines[1::2]
    return lines


def by_length(sentences: list[str]) -> dict[str, list[str]]:
    """The sentences, one single word and one word pair from the middle of each."""
    singles, pairs = [], []
    for sentence in sentences:
        words = _WORD.findall(sentence)
        if len(words) >= 2:
            middle = (len(words) - 1) // 2
            singles.append(words[middle])
            pairs.append(" ".join(words[middle:middle + 2]))
    return {"word": singles, "pair": pairs, "sentence": sentences}


def judge(detector: Detector, texts: list[str], gold: str) -> dict[str, float]:
    right = reliable_wrong = unsure = 0
    for text in texts:
        try:
            detection = detector.detect(text)
        except LanguageError:
            unsure += 1
            continue
        right += detection.language == gold
        reliable_wrong += detection.reliable and detection.language != gold
        unsure += not detection.reliable
    n = len(texts) or 1
    return {"n": len(texts), "accuracy": right / n, "reliable_wrong": reliable_wrong / n,
            "unsure": unsure / n}


def called(detector: Detector, texts: list[str], code: str) -> float:
    hits = 0
    for text in texts:
        try:
            hits += detector.detect(text).language == code
        except LanguageError:
            pass
    return hits / (len(texts) or 1)


def mixed_documents(data: dict[str, list[str]], count: int, seed: int = 0) -> list[tuple]:
    """(text, gold segments as (start, language) pairs) for `count` documents of each kind."""
    rng = random.Random(seed)
    usable = {code: [s for s in data[code] if len(s.split()) >= 5] for code in TARGETS}

    def pick(code: str, n: int) -> list[str]:
        return rng.sample(usable[code], n)

    docs = []
    for _ in range(count):
        kinds = [
            [("kk", pick("kk", 2)), ("ru", pick("ru", 2)), ("kk", pick("kk", 2))],
            [("ru", pick("ru", 2)), ("en", pick("en", 2)), ("ru", pick("ru", 1))],
            [("kk", pick("kk", 3))],
            [("ru", pick("ru", 3))],
        ]
        for paragraphs in kinds:
            docs.append(_paragraphs(paragraphs))
        docs.append(_inline([("kk", pick("kk", 1)[0]), ("ru", pick("ru", 1)[0]),
                             ("kk", pick("kk", 1)[0])]))
        docs.append(_inline([("ru", pick("ru", 1)[0]), ("kk", pick("kk", 1)[0]),
                             ("ru", pick("ru", 1)[0]), ("ru", pick("ru", 1)[0])]))
        docs.append(_quoted("kk", "ru", rng.choice(KK_FRAMES), pick("kk", 2), pick("ru", 1)[0],
                            "«", "»"))
        docs.append(_quoted("ru", "en", rng.choice(RU_FRAMES), pick("ru", 2), pick("en", 1)[0],
                            "“", "”"))
    return docs


def _paragraphs(paragraphs: list[tuple[str, list[str]]]) -> tuple[str, list[tuple[int, str]]]:
    text, gold = "", []
    for code, sentences in paragraphs:
        if text:
            text += "\n\n"
        gold.append((len(text), code))
        text += " ".join(sentences)
    return text, _merged(gold)


def _inline(sentences: list[tuple[str, str]]) -> tuple[str, list[tuple[int, str]]]:
    """One paragraph whose sentences change language without quotation marks."""
    text, gold = "", []
    for code, sentence in sentences:
        if text:
            text += " "
        gold.append((len(text), code))
        text += sentence
    return text, _merged(gold)


def _quoted(outer: str, inner: str, frame: tuple[str, str], sentences: list[str], quote: str,
            opening: str, closing: str) -> tuple[str, list[tuple[int, str]]]:
    text = sentences[0] + " " + frame[0]
    gold = [(0, outer), (len(text), inner)]
    text += opening + quote + closing
    gold.append((len(text) + len(frame[1]) - len(frame[1].lstrip()), outer))  # after the space
    text += frame[1] + " " + sentences[1]
    return text, gold


def _merged(gold: list[tuple[int, str]]) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for start, code in gold:
        if not out or out[-1][1] != code:
            out.append((start, code))
    return out


def segmentation(detector: Detector, docs: list[tuple]) -> float:
    right = 0
    for text, gold in docs:
        try:
            segments = detector.detect(text).segments
        except LanguageError:
            continue
        got = [(s.start, s.language.value) for s in segments]
        right += got == gold
    return right / len(docs)


def throughput(detect, sentences: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for sentence in sentences:
            try:
                detect(sentence)
            except Exception:  # noqa: BLE001 - "cannot tell" costs the same time
                pass
        best = min(best, time.perf_counter() - started)
    return len(sentences) / best


def langdetect_function():
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(0)

    def detect(text: str) -> str:
        detector = factory.create()
        detector.append(text)
        return detector.detect()
    return detect


class LinguaDetector:
    """lingua-language-detector over the languages of our data, in `Detector`'s shape, for the
    side-by-side figures (`--lingua`). It always answers; its `reliable` is confidence ≥ 0.8."""

    def __init__(self) -> None:
        from lingua import IsoCode639_1, LanguageDetectorBuilder

        codes = [*TARGETS, *NEIGHBOURS, "tr", "az"]
        self._lingua = LanguageDetectorBuilder.from_iso_codes_639_1(
            *[getattr(IsoCode639_1, code.upper()) for code in codes
              if hasattr(IsoCode639_1, code.upper())]).build()

    def detect(self, text: str):
        from types import SimpleNamespace

        values = self._lingua.compute_language_confidence_values(text)
        if not values:
            raise LanguageError("lingua: no answer")
        best = values[0]
        return SimpleNamespace(language=best.language.iso_code_639_1.name.lower(),
                               reliable=best.value >= 0.8)


def report_for(part: str, detector) -> dict:
    data = {code: split(lines, part) for code, lines in load().items()}
    latin = {code: split(lines, part) for code, lines in load(DATA / "latin").items()}
    rows = {}
    for code in TARGETS:
        for length, texts in by_length(data[code]).items():
            rows[f"{code}/{length}"] = judge(detector, texts, code)
    neighbours = {code: called(detector, data[code], "kk") for code in NEIGHBOURS if code in data}
    kk_latin = {variant: judge(detector, [convert(s) for s in data["kk"]], "kk")
                for variant, convert in (("2021", lambda s: to_latin(s, "2021")),
                                         ("2018", lambda s: to_latin(s, "2018")),
                                         ("informal", informal))}
    kk_latin_pairs = judge(detector, by_length([to_latin(s, "2021") for s in data["kk"]])["pair"],
                           "kk")
    latin_called_kk = {code: called(detector, lines + by_length(lines)["pair"], "kk")
                       for code, lines in latin.items()}
    return {"rows": rows, "neighbours_called_kk": neighbours, "kk_latin": kk_latin,
            "kk_latin_pairs_2021": kk_latin_pairs, "latin_neighbours_called_kk": latin_called_kk}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--repeat", type=int, default=3, help="timing passes (best is kept)")
    parser.add_argument("--split", choices=("tune", "held-out", "all"), nargs="*",
                        default=["tune", "held-out"])
    parser.add_argument("--docs", type=int, default=20, help="mixed documents of each kind")
    parser.add_argument("--lingua", action="store_true",
                        help="also print the per-length table for lingua-language-detector")
    args = parser.parse_args()
    if args.lingua:
        lingua = LinguaDetector()
        for part in args.split:
            r = report_for(part, lingua)
            rows = {**r["rows"], **{f"kk-Latn/{k}": v for k, v in r["kk_latin"].items()}}
            print(f"== lingua, {part} lines ==")
            for key, row in rows.items():
                print(f"{key:<14} {row['n']:>4} {row['accuracy']:>9.1%} "
                      f"{row['reliable_wrong']:>15.1%} {row['unsure']:>7.1%}")

    detector = Detector()
    report: dict = {part: report_for(part, detector) for part in args.split}
    data = load()
    docs = mixed_documents(data, args.docs)
    report["mixed_documents"] = {"n": len(docs), "exactly_right": segmentation(detector, docs)}
    sentences = [s for lines in data.values() for s in lines]
    langdetect = langdetect_function()
    langdetect(sentences[0])
    report["throughput"] = {"summarizer": throughput(detector.detect, sentences, args.repeat),
                            "langdetect": throughput(langdetect, sentences, args.repeat),
                            "sentences": len(sentences)}
    if args.json:
        print(json.dumps(report, indent=2))
        return
    for part in args.split:
        r = report[part]
        print(f"== {part} lines ==")
        print(f"{'lang/length':<14} {'n':>4} {'accuracy':>9} {'reliable-wrong':>15} {'unsure':>7}")
        for key, row in r["rows"].items():
            print(f"{key:<14} {row['n']:>4} {row['accuracy']:>9.1%} {row['reliable_wrong']:>15.1%}"
                  f" {row['unsure']:>7.1%}")
        for variant, row in r["kk_latin"].items():
            print(f"{'kk-Latn/' + variant:<14} {row['n']:>4} {row['accuracy']:>9.1%} "
                  f"{row['reliable_wrong']:>15.1%} {row['unsure']:>7.1%}")
        row = r["kk_latin_pairs_2021"]
        print(f"{'kk-Latn/pair':<14} {row['n']:>4} {row['accuracy']:>9.1%} "
              f"{row['reliable_wrong']:>15.1%} {row['unsure']:>7.1%}")
        print("called kk (sentences): " + ", ".join(
            f"{code} {share:.1%}" for code, share in r["neighbours_called_kk"].items()))
        print("Latin neighbours called kk (sentences + pairs): " + ", ".join(
            f"{code} {share:.1%}" for code, share in r["latin_neighbours_called_kk"].items()))
    m = report["mixed_documents"]
    print(f"\nmixed documents segmented exactly right: {m['exactly_right']:.1%} of {m['n']}")
    t = report["throughput"]
    print(f"throughput on {t['sentences']} sentences: summarizer {t['summarizer']:.0f}/s, "
          f"langdetect {t['langdetect']:.0f}/s")


if __name__ == "__main__":
    main()
