"""Memory under load: three CTranslate2 int8 directions in one process, loaded vs busy RSS.

    python benchmarks/memory_load.py --models DIR [--models DIR2 ...] [--json]

Each `--models` folder is one built by make_models.py (`--shape auto` gives the configured
tc-big shape, `--shape base` the plain OPUS-MT one) holding en-ru, ru-en and kk-en. For every
setting below a fresh process loads the three directions through the project's translator
(CTranslate2 int8 on CPU), translates two short sentences through each ("loaded": VmRSS then),
then `--rounds` rounds of `--sentences` sentences through every direction in full batches of 16,
beam 4, each output forced to `--tokens` tokens (random weights never stop on their own).
"busy" is the process's peak (VmHWM) over the whole run, "after" its VmRSS at the end, and
"idle" its VmRSS after every model is released (`unload_model()` then the translator dropped).
Goal: busy <= 1.3 x loaded for every shape (and <= 450 MB on the base shape).

Settings: glibc malloc arenas (the environment variable MALLOC_ARENA_MAX, which must be set
before the process starts, or `mallopt` called in-process before the first model loads, as
`summarizer.ct2.bound_native_memory` does; also a fixed M_MMAP_THRESHOLD), CTranslate2's
`inter_threads` x `intra_threads` and `max_queued_batches`, and `malloc_trim(0)` after each round.
The Translator keywords are set by wrapping `ctranslate2.Translator`, so the same settings can be
measured whatever ct2.py passes by default.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
DIRECTIONS = ("en-ru", "ru-en", "kk-en")
RATIO_GOAL = 1.3
BASE_BUSY_GOAL_MB = 450
#: glibc mallopt parameter numbers (malloc.h)
MALLOPT = {"M_TRIM_THRESHOLD": -1, "M_MMAP_THRESHOLD": -3, "M_ARENA_MAX": -8}
ARENAS_2 = {"M_ARENA_MAX": 2}
#: Big buffers (logits, beam states) mmapped and unmapped at free; no dynamic threshold rise.
MMAP_128K = {"M_MMAP_THRESHOLD": 128 * 1024, "M_TRIM_THRESHOLD": 256 * 1024}
MMAP_1M = {"M_MMAP_THRESHOLD": 1 << 20, "M_TRIM_THRESHOLD": 2 << 20}
MMAP_4M = {"M_MMAP_THRESHOLD": 4 << 20, "M_TRIM_THRESHOLD": 8 << 20}

#: name → (environment, Translator keywords, in-process mallopt settings, malloc_trim each round,
#: translate_batch keywords). Every setting but DEFAULTS (and "DEFAULTS + …") turns
#: summarizer.ct2's own memory bounds off first (arena cap, trim after a call,
#: CPU_MAX_BATCH_SIZE), so it is measured alone.
DEFAULTS = "ct2.py defaults"
SETTINGS: dict[str, tuple[dict[str, str], dict[str, int], dict[str, int], bool,
                          dict[str, int]]] = {
    DEFAULTS: ({}, {}, {}, False, {}),
    # ct2.py's bounds plus a fixed mmap threshold: buffers over it are mapped and unmapped
    # whole instead of fragmenting the heap (base: busy 1.24x loaded, at about 0.76x tok/s)
    f"{DEFAULTS} + mmap 2M": ({}, {}, {"M_MMAP_THRESHOLD": 2 << 20, "M_TRIM_THRESHOLD": 4 << 20},
                              False, {}),
    f"{DEFAULTS} + mmap 3M": ({}, {}, {"M_MMAP_THRESHOLD": 3 << 20, "M_TRIM_THRESHOLD": 6 << 20},
                              False, {}),
    "unbounded (2x1 threads)": ({}, {}, {}, False, {}),
    "MALLOC_ARENA_MAX=1": ({"MALLOC_ARENA_MAX": "1"}, {}, {}, False, {}),
    "MALLOC_ARENA_MAX=2": ({"MALLOC_ARENA_MAX": "2"}, {}, {}, False, {}),
    "mallopt arenas 2": ({}, {}, ARENAS_2, False, {}),
    "mallopt arenas 2 + trim": ({}, {}, ARENAS_2, True, {}),
    "mallopt mmap 128k": ({}, {}, MMAP_128K, False, {}),
    "mallopt arenas 2 + mmap": ({}, {}, {**ARENAS_2, **MMAP_128K}, False, {}),
    "arenas 2 + mmap + queued 1": ({}, {"max_queued_batches": 1}, {**ARENAS_2, **MMAP_128K},
                                   False, {}),
    "max_queued_batches=1": ({}, {"max_queued_batches": 1}, {}, False, {}),
    "oneDNN cache 0": ({"ONEDNN_PRIMITIVE_CACHE_CAPACITY": "0"}, {}, {}, False, {}),
    "max_batch_size=8": ({}, {}, {}, False, {"max_batch_size": 8}),
    "arenas 2 + mmap 1M": ({}, {}, {**ARENAS_2, **MMAP_1M}, False, {}),
    "arenas 2 + mmap 4M": ({}, {}, {**ARENAS_2, **MMAP_4M}, False, {}),
    "arenas 2 + mmap 1M + batch 8": ({}, {}, {**ARENAS_2, **MMAP_1M}, False,
                                     {"max_batch_size": 8}),
    "arenas 2 + mmap 4M + batch 8": ({}, {}, {**ARENAS_2, **MMAP_4M}, False,
                                     {"max_batch_size": 8}),
    "arenas 1 + batch 8": ({}, {}, {"M_ARENA_MAX": 1}, False, {"max_batch_size": 8}),
    "arenas 2 + trim + batch 8": ({}, {}, ARENAS_2, True, {"max_batch_size": 8}),
    "arenas 1 + mmap 4M + batch 8": ({}, {}, {"M_ARENA_MAX": 1, **MMAP_4M}, False,
                                     {"max_batch_size": 8}),
    "arenas 2 + trim + batch 4": ({}, {}, ARENAS_2, True, {"max_batch_size": 4}),
    "arenas 2 + mmap + batch 8": ({}, {}, {**ARENAS_2, **MMAP_128K}, False, {"max_batch_size": 8}),
    "1x2 threads": ({}, {"inter_threads": 1, "intra_threads": 2}, {}, False, {}),
    "1x1 threads": ({}, {"inter_threads": 1, "intra_threads": 1}, {}, False, {}),
}


def status_mb(field: str) -> float:
    """One field of /proc/self/status (VmRSS, VmHWM) in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise KeyError(field)


def sentences_for(models: Path, count: int) -> list[str]:
    """`count` English sentences of 15-45 pieces, as translation_speed.py picks them."""
    sys.path.insert(0, str(HERE))
    from translation_speed import pick_sentences

    return pick_sentences(models / "en-ru" / "source.spm", count)


def worker(models: Path, setting: str, sentences: list[str], tokens: int,
           rounds: int) -> dict[str, Any]:
    """Run one setting in this process and return its RSS figures (MiB) and seconds."""
    env, keywords, mallopt, trim, batch_keywords = SETTINGS[setting]
    libc = ctypes.CDLL("libc.so.6")
    for name, value in mallopt.items():
        if libc.mallopt(MALLOPT[name], value) != 1:
            raise SystemExit(f"mallopt({name}, {value}) failed")
    import dataclasses

    import ctranslate2

    from summarizer import ct2
    from summarizer.config import load_settings
    from summarizer.languages import Language
    from summarizer.translate import TranslatorRegistry

    if not setting.startswith(DEFAULTS):  # only what the setting says (works on a ct2.py
        # without bounds too); "ct2.py defaults + …" keeps the bounds and adds to them
        for name in ("bound_native_memory", "trim_native_memory"):
            if hasattr(ct2, name):
                setattr(ct2, name, lambda: None)
        if hasattr(ct2, "CPU_MAX_BATCH_SIZE"):
            ct2.CPU_MAX_BATCH_SIZE = 0
        if hasattr(ct2, "WIDE_MODEL_BATCH_SIZE"):
            ct2.WIDE_MODEL_BATCH_SIZE = 0
    made = ctranslate2.Translator

    class Adjusted:
        """A ctranslate2.Translator with the setting's keywords added to construction and calls."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            self.inner = made(*args, **{**kwargs, **keywords})

        def translate_batch(self, *args: Any, **kwargs: Any) -> Any:
            return self.inner.translate_batch(*args, **{**kwargs, **batch_keywords})

        def __getattr__(self, name: str) -> Any:
            return getattr(self.inner, name)

    translator = Adjusted if (keywords or batch_keywords) else made

    ctranslate2.Translator = translator
    started = time.perf_counter()
    settings = dataclasses.replace(load_settings(models / "models.yaml").translation,
                                   engine="ctranslate2", quantization="int8", device="cpu",
                                   num_beams=4, batch_size=16)
    registry = TranslatorRegistry(settings)
    translators = []
    for direction in DIRECTIONS:
        source, target = (Language(code) for code in direction.split("-"))
        one = registry.get(source, target)
        one.load()
        one.engine.decode_options = {"max_decoding_length": 8}
        one.translate_many(sentences[:2])
        translators.append(one)
    loaded = status_mb("VmRSS")
    busy_started = time.perf_counter()
    after_rounds = []
    for _ in range(rounds):
        for one in translators:
            one.engine.decode_options = {"min_decoding_length": tokens,
                                         "max_decoding_length": tokens}
            one.translate_many(sentences)
        if trim:
            libc.malloc_trim(0)
        after_rounds.append(round(status_mb("VmRSS"), 1))
    busy = status_mb("VmHWM")
    after = status_mb("VmRSS")
    busy_seconds = time.perf_counter() - busy_started
    written = rounds * len(DIRECTIONS) * len(sentences) * tokens
    for one in translators:
        one.engine.translator.unload_model()
    unloaded = status_mb("VmRSS")
    translators.clear()
    registry = None
    import gc

    gc.collect()
    libc.malloc_trim(0)
    idle = status_mb("VmRSS")
    return {"loaded": loaded, "busy": busy, "after": after, "after_rounds": after_rounds,
            "unloaded": unloaded, "idle": idle, "seconds": time.perf_counter() - started,
            "tokens_per_s": written / busy_seconds,
            "env": env, "keywords": keywords, "mallopt": mallopt, "trim": trim,
            "translate_batch": batch_keywords}


def run_setting(models: Path, setting: str, args: argparse.Namespace,
                sentences_file: Path) -> dict[str, Any]:
    env_extra = SETTINGS[setting][0]
    env = {key: value for key, value in os.environ.items() if key != "MALLOC_ARENA_MAX"}
    env.update({"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "PYTHONPATH": str(ROOT),
                "SUMMARIZER_CACHE": str(models / ".cache"), **env_extra})
    command = [sys.executable, __file__, "--worker", setting, "--models", str(models),
               "--sentences-file", str(sentences_file), "--tokens", str(args.tokens),
               "--rounds", str(args.rounds)]
    load = os.getloadavg()[0]
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise SystemExit(f"{setting} failed:\n{done.stderr[-3000:]}")
    row = json.loads(done.stdout.strip().splitlines()[-1])
    row["ratio"] = row["busy"] / row["loaded"]
    row["load_average"] = [round(load, 1), round(os.getloadavg()[0], 1)]
    return row


def convert(models: Path) -> None:
    """Convert the three directions to int8 ahead (own process: conversion imports torch)."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
           "PYTHONPATH": str(ROOT), "SUMMARIZER_CACHE": str(models / ".cache")}
    cli = "import sys; from summarizer.cli import main; sys.exit(main(sys.argv[1:]))"
    subprocess.run([sys.executable, "-c", cli, "models", "convert", *DIRECTIONS,
                    "--quantization", "int8", "--config", str(models / "models.yaml")],
                   check=True, capture_output=True, env=env)


def shape_name(models: Path) -> str:
    """`tc-big` or `base`, read from the en-ru model's config (d_model)."""
    config = json.loads((models / "en-ru" / "config.json").read_text(encoding="utf-8"))
    return "tc-big" if config["d_model"] >= 1024 else "base"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=Path, action="append", required=True,
                        help="folder made by make_models.py (repeat for several shapes)")
    parser.add_argument("--settings", help="comma-separated subset of: " + ", ".join(SETTINGS))
    parser.add_argument("--sentences", type=int, default=32)
    parser.add_argument("--tokens", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--sentences-file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        sentences = json.loads(args.sentences_file.read_text(encoding="utf-8"))
        print(json.dumps(worker(args.models[0], args.worker, sentences, args.tokens,
                                args.rounds)))
        return
    chosen = args.settings.split(",") if args.settings else list(SETTINGS)
    report: dict[str, Any] = {"sentences": args.sentences, "tokens": args.tokens,
                              "rounds": args.rounds, "shapes": {}}
    for models in args.models:
        models = models.resolve()
        sentences_file = models / f".memory-sentences-{args.sentences}.json"
        sentences_file.write_text(json.dumps(sentences_for(models, args.sentences)), "utf-8")
        convert(models)
        shape = shape_name(models)
        rows = report["shapes"].setdefault(shape, {})
        for setting in chosen:
            print(f"memory_load: {shape} {setting}", file=sys.stderr, flush=True)
            rows[setting] = run_setting(models, setting, args, sentences_file)
            if not args.json:
                print(format_row(shape, setting, rows[setting]), flush=True)
    if args.json:
        print(json.dumps(report, indent=2))


HEADER = (f"{'shape':<7} {'setting':<26} {'loaded':>7} {'busy':>6} {'ratio':>6} {'after':>6} "
          f"{'idle':>6} {'tok/s':>6}  load avg   (MiB; goal busy <= {RATIO_GOAL} x loaded)")


def format_row(shape: str, setting: str, row: dict[str, Any]) -> str:
    if format_row.first:  # type: ignore[attr-defined]
        print(HEADER)
        format_row.first = False  # type: ignore[attr-defined]
    met = row["ratio"] <= RATIO_GOAL and (shape != "base" or row["busy"] <= BASE_BUSY_GOAL_MB)
    return (f"{shape:<7} {setting:<26} {row['loaded']:>7.0f} {row['busy']:>6.0f} "
            f"{row['ratio']:>6.2f} {row['after']:>6.0f} {row['idle']:>6.0f} "
            f"{row['tokens_per_s']:>6.0f}  {row['load_average'][0]:.1f}→{row['load_average'][1]:.1f}"
            f"  {'met' if met else 'NOT met'}  rounds {row['after_rounds']}")


format_row.first = True  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
