"""Rebuild the extra langdetect profiles in summarizer/data/ from text written for this project.

    python tools/build_profiles.py            # every tools/profile_corpora/<code>.txt
    python tools/build_profiles.py kk be      # only these

langdetect 1.0.9 has no profile for Kazakh, Belarusian, Serbian, Mongolian, Kyrgyz or Tatar. Each
corpus here is original text (one sentence per line) kept apart from the benchmark sentences in
benchmarks/data/detect/, so detection accuracy is never measured on training text.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from summarizer.detect import PROFILES_DIR, profile_json

HERE = Path(__file__).resolve().parent
CORPORA = HERE / "profile_corpora"
BENCHMARK = HERE.parent / "benchmarks" / "data" / "detect"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("codes", nargs="*", help="language codes (default: every corpus)")
    args = parser.parse_args()
    codes = args.codes or sorted(path.stem for path in CORPORA.glob("*.txt"))
    for code in codes:
        text = (CORPORA / f"{code}.txt").read_text(encoding="utf-8")
        held_out = BENCHMARK / f"{code}.txt"
        if held_out.is_file():
            benchmark = set(held_out.read_text(encoding="utf-8").splitlines())
            lines = text.splitlines()
            text = "\n".join(line for line in lines if line not in benchmark)
            dropped = len(lines) - len(text.splitlines())
            if dropped:  # common phrases both writers happened to use ("Колькі табе гадоў?")
                print(f"{code}: left out {dropped} line(s) that are also benchmark sentences")
        out = PROFILES_DIR / f"{code}.json"
        out.write_text(profile_json(code, text) + "\n", encoding="utf-8")
        print(f"{out}: {len(text.split())} words")


if __name__ == "__main__":
    main()
