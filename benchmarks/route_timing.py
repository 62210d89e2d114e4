"""Translate-first against summarize-first, side by side, for a long Kazakh article into Russian.

    python benchmarks/route_timing.py [--shapes auto,base] [--models DIR ...]
                                      [--engine transformers|ctranslate2] [--json]

Both routes run through the same Pipeline on the same text (examples/long_kk.txt, ~2,000 words)
with the same models: kk→en→ru with random-weight models of each shape asked for, side by side:
`auto` is the shape models.yaml configures for kk-en and en-ru (tc-big: d_model 1024, 16 heads,
57k vocabulary), `base` the plain OPUS-MT shape (d_model 512, ~62k vocabulary). They are built
into a temporary folder by make_models.py unless --models points at folders it made. Random weights never emit </s>, so every model input is made to produce exactly
--tokens target tokens (32, a news sentence), on both legs and both routes alike.
Model loading is done before timing, so the figures are translation plus summarization only.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))


def run_shape(config: Path, args: argparse.Namespace) -> dict:
    """Both routes on the models of one models.yaml; the report of that shape."""
    import dataclasses

    from summarizer import Language, Pipeline, load_settings

    settings = load_settings(config)
    settings = dataclasses.replace(
        settings, translation=dataclasses.replace(settings.translation, engine=args.engine))
    pipeline = Pipeline(settings)
    text = args.text.read_text(encoding="utf-8")
    translator = pipeline.translators.get(Language.KAZAKH, Language.RUSSIAN)
    translator.load()
    for leg in (translator.first, translator.second):  # the pipeline reuses these legs
        if args.engine == "ctranslate2":
            leg.engine.decode_options = {"min_decoding_length": args.tokens,
                                         "max_decoding_length": args.tokens}
        else:
            leg.engine.generate_options = {"min_new_tokens": args.tokens,
                                           "max_new_tokens": args.tokens}
    model = json.loads((config.parent / "en-ru" / "config.json").read_text(encoding="utf-8"))
    report = {"shape": "tc-big" if model["d_model"] >= 1024 else "base",
              "words": len(text.split()), "engine": args.engine,
              "tokens_per_input": args.tokens, "routes": {}}
    for route in ("translate-first", "summarize-first"):
        started = time.perf_counter()
        result = pipeline.run(text, target="ru", source="kk", route=route)
        seconds = time.perf_counter() - started
        report["routes"][route] = {
            "seconds": round(seconds, 2),
            "route": result.route,
            "timings": {k: round(v, 2) for k, v in result.timings.items()},
        }
    first = report["routes"]["translate-first"]["seconds"]
    second = report["routes"]["summarize-first"]["seconds"]
    report["speedup"] = round(first / second, 1)
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shapes", default="auto,base",
                        help="make_models.py shapes to build and compare (default auto,base)")
    parser.add_argument("--models", type=Path, action="append",
                        help="a folder made by make_models.py (repeatable; replaces --shapes)")
    parser.add_argument("--engine", choices=("transformers", "ctranslate2"), default="transformers")
    parser.add_argument("--text", type=Path, default=ROOT / "examples" / "long_kk.txt")
    parser.add_argument("--tokens", type=int, default=32, help="output tokens per model input")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        if args.models:
            configs = [folder / "models.yaml" for folder in args.models]
        else:
            from make_models import build_models

            configs = []
            for shape in args.shapes.split(","):
                print(f"building {shape}-shaped kk-en and en-ru models ...", file=sys.stderr)
                configs.append(build_models(Path(scratch) / shape, shape=shape,
                                            directions=["kk-en", "en-ru"]))
        reports = [run_shape(config, args) for config in configs]

    if args.json:
        print(json.dumps(reports, indent=2))
        return
    for report in reports:
        print(f"{report['words']} words kk → ru, engine {args.engine}, {report['shape']} shape")
        for route, row in report["routes"].items():
            print(f"  {route:<16} {row['seconds']:>8.1f} s   translate "
                  f"{row['timings'].get('translate', 0):.1f} s   summarize "
                  f"{row['timings'].get('summarize', 0):.2f} s")
        print(f"  summarize-first is {report['speedup']}x faster")


if __name__ == "__main__":
    main()
