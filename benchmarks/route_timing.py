"""Translate-first against summarize-first, side by side, for a long Kazakh article into Russian.

    python benchmarks/route_timing.py [--models DIR] [--engine transformers|ctranslate2] [--json]

Both routes run through the same Pipeline on the same text (examples/long_kk.txt, ~2,000 words)
with the same models: kk→en→ru with OPUS-MT-shaped random-weight models (d_model 512, 6+6 layers,
~62k vocabulary), built into a temporary folder by make_models.py unless --models points at a
folder it made. Random weights never emit </s>, so every model input is made to produce exactly
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=Path, help="a folder made by make_models.py --shape opus")
    parser.add_argument("--engine", choices=("transformers", "ctranslate2"), default="transformers")
    parser.add_argument("--text", type=Path, default=ROOT / "examples" / "long_kk.txt")
    parser.add_argument("--tokens", type=int, default=32, help="output tokens per model input")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()

    import dataclasses

    from summarizer import Language, Pipeline, load_settings

    with tempfile.TemporaryDirectory() as scratch:
        if args.models:
            config = args.models / "models.yaml"
        else:
            from make_models import build_models

            print("building opus-shaped kk-en and en-ru models (~1 min) ...", file=sys.stderr)
            config = build_models(Path(scratch), shape="opus", directions=["kk-en", "en-ru"])
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

        report = {"words": len(text.split()), "engine": args.engine,
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

    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"{report['words']} words kk → ru, engine {args.engine}")
    for route, row in report["routes"].items():
        print(f"  {route:<16} {row['seconds']:>8.1f} s   translate {row['timings'].get('translate', 0):.1f} s"
              f"   summarize {row['timings'].get('summarize', 0):.2f} s")
    print(f"  summarize-first is {report['speedup']}x faster")


if __name__ == "__main__":
    main()
