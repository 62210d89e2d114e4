"""Rebuild summarizer/data/kk.json, the langdetect profile for Kazakh, from our own Kazakh text.

    python tools/build_kk_profile.py [--corpus tools/kk_profile_corpus.txt]

The corpus is original text written for this project (see its first lines); the benchmark
sentences in benchmarks/data/detect/kk.txt are kept out of it so accuracy is not measured on
training text.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from summarizer.detect import KAZAKH_PROFILE, kazakh_profile_json

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=HERE / "kk_profile_corpus.txt")
    parser.add_argument("--out", type=Path, default=KAZAKH_PROFILE)
    args = parser.parse_args()
    text = args.corpus.read_text(encoding="utf-8")
    benchmark = HERE.parent / "benchmarks" / "data" / "detect" / "kk.txt"
    if benchmark.is_file():
        held_out = set(benchmark.read_text(encoding="utf-8").splitlines())
        overlap = [line for line in text.splitlines() if line in held_out]
        if overlap:
            raise SystemExit(f"{len(overlap)} corpus lines are benchmark sentences; remove them")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(kazakh_profile_json(text) + "\n", encoding="utf-8")
    print(f"wrote {args.out} from {len(text.split())} words")


if __name__ == "__main__":
    main()
