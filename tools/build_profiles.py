"""Pack the detection profiles into summarizer/data/profiles-<script>.npz.

    python tools/build_profiles.py

Sources: langdetect's 55 built-in profiles, plus profiles built here from text written for this
project (tools/profile_corpora/<code>.txt, one sentence per line) for the languages langdetect
lacks: Kazakh, Belarusian, Serbian, Mongolian, Kyrgyz, Tatar. Kazakh also gets a Latin-script
profile: the same Kazakh corpus written in the 2021 alphabet, the 2018 one and the informal
unaccented way (summarizer.kazakh_latin). Sentences that are also benchmark sentences
(benchmarks/data/detect/) are left out, so accuracy is never measured on training text.
"""

from __future__ import annotations

import json
from pathlib import Path

from langdetect.detector_factory import PROFILES_DIRECTORY
from langdetect.utils.lang_profile import LangProfile

from summarizer.kazakh_latin import informal, to_latin
from summarizer.profiles import PROFILES_DIR, pack

HERE = Path(__file__).resolve().parent
CORPORA = HERE / "profile_corpora"
BENCHMARK = HERE.parent / "benchmarks" / "data" / "detect"


def corpus(code: str) -> list[str]:
    """Our sentences for `code`, without any that the benchmark also holds."""
    lines = [line for line in (CORPORA / f"{code}.txt").read_text(encoding="utf-8").splitlines()
             if line.strip()]
    held_out = BENCHMARK / f"{code}.txt"
    if held_out.is_file():
        benchmark = set(held_out.read_text(encoding="utf-8").splitlines())
        kept = [line for line in lines if line not in benchmark]
        if len(kept) < len(lines):  # common phrases both writers happened to use
            print(f"{code}: left out {len(lines) - len(kept)} line(s) that are benchmark sentences")
        lines = kept
    return lines


def profile(code: str, lines: list[str], script: str) -> dict:
    """A langdetect-style profile (1–3-gram counts) of `lines`."""
    built = LangProfile(name=code)
    for line in lines:
        built.update(line)
    built.omit_less_freq()
    return {"name": code, "script": script, "freq": dict(built.freq), "n_words": built.n_words}


def main() -> None:
    profiles = []
    for path in sorted(Path(PROFILES_DIRECTORY).iterdir()):
        data = json.loads(path.read_text(encoding="utf-8"))
        name = {"zh-cn": "zh", "zh-tw": "zh-tw"}.get(data["name"], data["name"])
        if name == "zh-tw":  # one Chinese column is enough: Language has one Chinese
            continue
        profiles.append({"name": name, "script": None, "freq": data["freq"],
                         "n_words": data["n_words"]})
    for path in sorted(CORPORA.glob("*.txt")):
        profiles.append(profile(path.stem, corpus(path.stem), "Cyrl"))
    kazakh = corpus("kk")
    latin = [to_latin(s, "2021") for s in kazakh] + [to_latin(s, "2018") for s in kazakh] + [
        informal(s) for s in kazakh]
    profiles.append(profile("kk", latin, "Latn"))
    sizes = pack(profiles, PROFILES_DIR)
    for script, n in sizes.items():
        out = PROFILES_DIR / f"profiles-{script}.npz"
        print(f"{out}: {n} n-grams, {out.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
