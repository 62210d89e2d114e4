"""Detection accuracy per language and throughput against plain langdetect, side by side.

    python benchmarks/detection_accuracy.py [--json] [--repeat N]

Data: benchmarks/data/detect/<code>.txt, one labelled sentence per line, written for this
project. For en, ru and kk the figure is accuracy; for the Cyrillic neighbours it is also the share
wrongly called Kazakh (the goal is at most 0.5 %). Plain langdetect is run with the same seed on the
same sentences; both detectors are warmed up first so profile loading is not timed.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

from summarizer.detect import Detector
from summarizer.errors import LanguageError

DATA = Path(__file__).resolve().parent / "data" / "detect"
NEIGHBOURS = ("uk", "be", "bg", "mk", "sr", "mn", "ky", "tt")


def load() -> dict[str, list[str]]:
    return {path.stem: [line for line in path.read_text(encoding="utf-8").splitlines() if line]
            for path in sorted(DATA.glob("*.txt"))}


def plain_langdetect():
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(0)

    def detect(text: str) -> str:
        detector = factory.create()
        detector.append(text)
        try:
            return detector.detect()
        except LangDetectException:
            return "unknown"
    return detect


def ours():
    detector = Detector()

    def detect(text: str) -> str:
        try:
            return detector.detect(text).language.value
        except LanguageError:
            return "unsure"
    return detect


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--repeat", type=int, default=3, help="timing passes (best is kept)")
    args = parser.parse_args()

    data = load()
    detectors = {"summarizer": ours(), "langdetect": plain_langdetect()}
    sentences = [s for lines in data.values() for s in lines]
    for detect in detectors.values():  # warm up: profiles load on first use
        detect(sentences[0])

    report: dict = {"languages": {}, "throughput": {}}
    answers = {name: {lang: [detect(s) for s in lines] for lang, lines in data.items()}
               for name, detect in detectors.items()}
    for lang, lines in data.items():
        row = {"sentences": len(lines)}
        for name in detectors:
            got = answers[name][lang]
            row[f"{name}_accuracy"] = sum(g == lang for g in got) / len(lines)
            row[f"{name}_called_kk"] = sum(g == "kk" for g in got) / len(lines)
        report["languages"][lang] = row

    for name, detect in detectors.items():
        best = float("inf")
        for _ in range(args.repeat):
            started = time.perf_counter()
            for sentence in sentences:
                detect(sentence)
            best = min(best, time.perf_counter() - started)
        report["throughput"][name] = len(sentences) / best
    ratio = report["throughput"]["summarizer"] / report["throughput"]["langdetect"]
    report["throughput"]["ratio"] = ratio

    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"{'lang':<5} {'n':>4}  {'ours':>7}  {'langdetect':>10}  {'ours: called kk':>15}")
    for lang, row in report["languages"].items():
        role = "  (neighbour)" if lang in NEIGHBOURS else ""
        print(f"{lang:<5} {row['sentences']:>4}  {row['summarizer_accuracy']:>7.1%}  "
              f"{row['langdetect_accuracy']:>10.1%}  {row['summarizer_called_kk']:>15.1%}{role}")
    t = report["throughput"]
    print(f"\nthroughput on {len(sentences)} sentences: summarizer {t['summarizer']:.0f}/s, "
          f"langdetect {t['langdetect']:.0f}/s, ratio {ratio:.2f}x")


if __name__ == "__main__":
    main()
