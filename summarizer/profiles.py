"""N-gram profiles packed per script, loaded only when a text needs them.

langdetect ships 55 JSON profiles (~170,000 n-grams); parsing all of them took most of a one-article
run (0.5 s, 150 MB). `tools/build_profiles.py` packs them, with our own profiles (Kazakh in
Cyrillic and Latin, Belarusian, Serbian, Mongolian, Kyrgyz, Tatar), into one file per script:
`data/profiles-<script>.npz` holding the n-grams, the language codes and a float32 matrix of log
probabilities (n-grams × languages, langdetect's smoothing already added). A Cyrillic text then
loads only the Cyrillic file, and nothing is parsed, only read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

PROFILES_DIR = Path(__file__).resolve().parent / "data"
SCRIPTS = ("Latn", "Cyrl", "Other")

#: langdetect's smoothing: each n-gram multiplies a language's probability by (p + 0.5 / 10000).
SMOOTHING = 0.5 / 10_000

#: A language belongs to a script's file when at least this share of its single letters is in it.
_MIN_SHARE = 0.25


@dataclass(frozen=True)
class ScriptProfiles:
    """The profiles of one script: n-gram → row, and a matrix of log probabilities."""

    script: str
    codes: tuple[str, ...]  # one per column
    index: dict[str, int]  # n-gram → row
    log_probs: Any  # numpy float32 array, n-grams × languages


def script_of(ch: str) -> str:
    """The script of one letter: "Latn", "Cyrl" or "Other"."""
    if "a" <= ch <= "z" or "A" <= ch <= "Z" or "\u00c0" <= ch <= "\u02af" or (
            "\u1e00" <= ch <= "\u1eff"):
        return "Latn"
    if "\u0400" <= ch <= "\u04ff":
        return "Cyrl"
    return "Other"


def load(script: str) -> ScriptProfiles:
    """Read the packed profiles of one script (a few milliseconds; no JSON parsed)."""
    import numpy as np

    with np.load(PROFILES_DIR / f"profiles-{script}.npz") as packed:
        grams = packed["grams"].tolist()
        codes = tuple(packed["codes"].tolist())
        log_probs = packed["log_probs"]
    return ScriptProfiles(script, codes, {gram: i for i, gram in enumerate(grams)}, log_probs)


def pack(profiles: list[dict[str, Any]], out_dir: Path = PROFILES_DIR) -> dict[str, int]:
    """Write `profiles-<script>.npz` from langdetect-style profiles; returns n-grams per script.

    Each profile is `{"name": code, "script": "Latn" | "Cyrl" | None, "freq": {gram: count},
    "n_words": [n1, n2, n3]}`; with `script` None the language goes to every script that holds at
    least a quarter of its letters (langdetect's own profiles). A gram's probability is its count
    over the number of grams of its length, as langdetect computes it.
    """
    import numpy as np

    by_script: dict[str, dict[str, dict[str, float]]] = {s: {} for s in SCRIPTS}
    members: dict[str, list[str]] = {s: [] for s in SCRIPTS}
    for profile in profiles:
        code, freq, n_words = profile["name"], profile["freq"], profile["n_words"]
        letters: dict[str, float] = {s: 0.0 for s in SCRIPTS}
        for gram, count in freq.items():
            if len(gram) == 1:
                letters[script_of(gram)] += count
        total = sum(letters.values()) or 1.0
        scripts = [profile["script"]] if profile.get("script") else [
            s for s in SCRIPTS if letters[s] / total >= _MIN_SHARE]
        for script in scripts:
            members[script].append(code)
            for gram, count in freq.items():
                first = next((ch for ch in gram if ch != " "), " ")
                if 1 <= len(gram) <= 3 and script_of(first) == script:
                    by_script[script].setdefault(gram, {})[code] = count / n_words[len(gram) - 1]
    sizes = {}
    for script in SCRIPTS:
        codes = members[script]
        grams = sorted(by_script[script])
        matrix = np.zeros((len(grams), len(codes)), dtype=np.float64)
        column = {code: j for j, code in enumerate(codes)}
        for i, gram in enumerate(grams):
            for code, prob in by_script[script][gram].items():
                matrix[i, column[code]] = prob
        np.savez_compressed(
            out_dir / f"profiles-{script}.npz",
            grams=np.array(grams, dtype="<U3"),
            codes=np.array(codes, dtype="<U8"),
            log_probs=np.log(matrix + SMOOTHING).astype(np.float32),
        )
        sizes[script] = len(grams)
    return sizes
