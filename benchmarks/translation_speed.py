"""Translation speed and memory, side by side: naive transformers, our translator on transformers,
our translator on CTranslate2 int8 (issues #3 and #6).

    python benchmarks/translation_speed.py [--json] [--shapes auto,base] [--models DIR ...]

Models: random weights in the real shapes, built into a temporary folder by make_models.py unless
--models names folders it built (one per shape, holding en-ru, ru-en, kk-en). `auto` is the shape
models.yaml configures for en-ru (tc-big: d_model 1024, 16 heads, FFN 4096, 57k shared vocab;
opus-mt-tc-big-en-zle), `base` the plain OPUS-MT one (d_model 512, 62k vocab); both are measured
and reported side by side. Input: --sentences English sentences (32) of 15-45 pieces from this
project's own text (examples/, benchmarks/data/), each its own paragraph, translated en-ru with
beam 4; the naive baseline, a sentence at a time, gets the first --naive-sentences (8) of them:
tokens/s is per token, so the ratio stands.

Random models never emit `</s>`, so every engine is forced to write exactly N target tokens per
sentence (transformers: min_new_tokens = max_new_tokens = N; CTranslate2: min_decoding_length =
max_decoding_length = N); the tokens each engine actually wrote are counted and must be 64 x N.
tokens/s is counted tokens over the wall time of translating all 64, the faster of two passes
(after one warm-up sentence; the first pass pays one-time costs for each new input shape, which
hits the one-sentence-a-call baseline most); loading is reported apart.

1. naive: what `transformers.pipeline("translation", model=DIR/en-ru)` does, called once per
   paragraph with the model's default generation settings. transformers 5 removed that task, so
   where it is gone the same steps run by hand: tokenizer, `generate`, decode, one text a call.
2. project, transformers: `TranslatorRegistry(...).get(en, ru).translate_many(paragraphs)`,
   sentences sorted by length in batches of 16.
3. project, CTranslate2 int8: the same translator and batches; two single-thread workers.

Each runs in its own subprocess, so peak RSS is that engine's alone (interpreter and imports
included). With --memory, memory with three directions in one process (en-ru, ru-en, kk-en) is
measured the same way, once loaded (two short sentences each) and again after all sentences through
each; benchmarks/memory_load.py measures that for CTranslate2 under the allocator settings.
Converting to CTranslate2 happens before, in its own process (`summarizer models convert`).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from collections.abc import Callable
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
TEXT_GLOBS = ("examples/*.txt", "benchmarks/data/summaries/en/*.txt",
              "benchmarks/data/detect/en.txt")
DIRECTIONS = ("en-ru", "ru-en", "kk-en")
#: x naive, per shape (issue 17: tc-big CT2 int8 >= 25x, transformers engine >= 4x).
GOALS = {"base": {"project-transformers": 4.0, "project-ct2-int8": 25.0},
         "tc-big": {"project-transformers": 4.0, "project-ct2-int8": 25.0}}
LABELS = {
    "naive": "naive transformers, one call per paragraph",
    "project-transformers": "project translator, transformers",
    "project-ct2-int8": "project translator, CTranslate2 int8",
}


# --- input -------------------------------------------------------------------------------------


def pick_sentences(spm_path: Path, count: int = 64, low: int = 15, high: int = 45) -> list[str]:
    """`count` English sentences of `low`-`high` SentencePiece pieces, spread over our own text.

    Only sentences the segmenter keeps whole qualify, so one paragraph is one model input.
    """
    import sentencepiece

    from summarizer.languages import Language
    from summarizer.segment import split_sentences

    spm = sentencepiece.SentencePieceProcessor(model_file=str(spm_path))
    files = sorted({path for pattern in TEXT_GLOBS for path in ROOT.glob(pattern)})
    seen, found = set(), []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            for sentence in split_sentences(line.strip(), Language.ENGLISH) if line.strip() else []:
                pieces = len(spm.encode(sentence, out_type=str))
                if (low <= pieces <= high and sentence not in seen
                        and split_sentences(sentence, Language.ENGLISH) == [sentence]):
                    seen.add(sentence)
                    found.append(sentence)
    if len(found) < count:
        raise SystemExit(f"only {len(found)} sentences of {low}-{high} pieces in our text")
    step = len(found) / count
    return [found[int(i * step)] for i in range(count)]


# --- workers (each in its own process) ---------------------------------------------------------


def peak_rss_mb() -> float:
    """This process's peak resident memory in MiB.

    VmHWM, not getrusage's ru_maxrss: Linux carries ru_maxrss over exec from the parent, so a
    child of a parent that built models with torch would report the parent's size.
    """
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def naive(models: Path, sentences: list[str], tokens: int, beams: int,
          repeat: int) -> dict[str, Any]:
    """One call per paragraph, the model's own generation settings, lengths forced to `tokens`."""
    started = time.perf_counter()
    import transformers

    force = {"num_beams": beams, "min_new_tokens": tokens, "max_new_tokens": tokens}
    try:
        translate_pipeline = transformers.pipeline("translation", model=str(models / "en-ru"))
    except KeyError:  # transformers >= 5: the task is gone; do what it did
        translate_pipeline = None
        import torch

        tokenizer = transformers.MarianTokenizer.from_pretrained(str(models / "en-ru"))
        model = transformers.MarianMTModel.from_pretrained(str(models / "en-ru")).eval()
    load = time.perf_counter() - started
    written: list[int] = []

    def call(text: str) -> str:
        if translate_pipeline is not None:
            ids = translate_pipeline(text, return_tensors=True, **force)[0]["translation_token_ids"]
            written.append(len(ids) - 1)  # the decoder start token is not written
            return translate_pipeline.tokenizer.decode(ids, skip_special_tokens=True)
        with torch.no_grad():
            inputs = tokenizer(text, return_tensors="pt")
            output = model.generate(**inputs, **force)[0]
        written.append(len(output) - 1)
        return tokenizer.decode(output, skip_special_tokens=True)

    call(sentences[0])

    def one_pass() -> None:
        written.clear()
        for sentence in sentences:
            call(sentence)

    seconds = _best_of(one_pass, repeat)
    how = "transformers.pipeline('translation')" if translate_pipeline else \
        "tokenizer + generate + decode per paragraph (transformers " \
        f"{transformers.__version__} has no 'translation' pipeline)"
    return {"how": how, "load_s": load, "seconds": seconds, "tokens": sum(written),
            "short_outputs": sum(n != tokens for n in written), "threads": _torch_threads()}


def project(models: Path, sentences: list[str], tokens: int, beams: int, engine: str,
            quantization: str, repeat: int) -> dict[str, Any]:
    """The project's translator with the given engine; output lengths forced to `tokens`."""
    import dataclasses

    from summarizer.config import load_settings
    from summarizer.languages import Language
    from summarizer.translate import TranslatorRegistry

    settings = dataclasses.replace(load_settings(models / "models.yaml").translation,
                                   engine=engine, quantization=quantization, num_beams=beams,
                                   batch_size=16, device="cpu")
    translator = TranslatorRegistry(settings).get(Language.ENGLISH, Language.RUSSIAN)
    started = time.perf_counter()
    translator.load()
    load = time.perf_counter() - started
    written: list[int] = []
    loaded = translator.engine
    if engine == "ctranslate2":
        loaded.decode_options = {"min_decoding_length": tokens, "max_decoding_length": tokens}
        detokenize = loaded.detokenize

        def counting_detokenize(pieces: list[str]) -> str:
            written.append(len(pieces))
            return detokenize(pieces)

        loaded.detokenize = counting_detokenize
    else:
        loaded.generate_options = {"min_new_tokens": tokens, "max_new_tokens": tokens}
        generate = loaded.model.generate

        def counting_generate(*args: Any, **kwargs: Any) -> Any:
            output = generate(*args, **kwargs)
            written.extend([output.shape[1] - 1] * output.shape[0])
            return output

        loaded.model.generate = counting_generate
    translator.translate_many(sentences[:1])

    def one_pass() -> None:
        written.clear()
        translator.translate_many(sentences)

    seconds = _best_of(one_pass, repeat)
    return {"how": f"TranslatorRegistry(...).get(en, ru).translate_many, engine {engine}"
                   + (f" {quantization}" if engine == "ctranslate2" else ""),
            "load_s": load, "seconds": seconds, "tokens": sum(written),
            "short_outputs": sum(n != tokens for n in written), "threads": _torch_threads()
            if engine == "transformers" else "inter_threads 2 x intra_threads 1"}


def three_directions(models: Path, sentences: list[str], tokens: int, engine: str,
                     quantization: str) -> dict[str, Any]:
    """Peak RSS with en-ru, ru-en and kk-en loaded: after two short sentences each ("loaded"),
    then after all sentences in full batches through each direction in turn ("busy")."""
    import dataclasses

    from summarizer.config import load_settings
    from summarizer.languages import Language
    from summarizer.translate import TranslatorRegistry

    settings = dataclasses.replace(load_settings(models / "models.yaml").translation,
                                   engine=engine, quantization=quantization, device="cpu",
                                   num_beams=4)
    registry = TranslatorRegistry(settings)
    started = time.perf_counter()
    translators = []
    for direction in DIRECTIONS:
        source, target = (Language(code) for code in direction.split("-"))
        translator = registry.get(source, target)
        translators.append(translator)
        translator.load()
        if engine == "ctranslate2":  # keep it short: random models never stop on their own
            translator.engine.decode_options = {"max_decoding_length": 16}
        else:
            translator.engine.generate_options = {"max_new_tokens": 16}
        translator.translate_many(sentences[:2])
    loaded = peak_rss_mb()
    for translator in translators:
        if engine == "ctranslate2":
            translator.engine.decode_options = {"min_decoding_length": tokens,
                                                "max_decoding_length": tokens}
        else:
            translator.engine.generate_options = {"min_new_tokens": tokens,
                                                  "max_new_tokens": tokens}
        translator.translate_many(sentences)
    return {"seconds": time.perf_counter() - started, "loaded_mb": loaded}


def _best_of(run: Callable[[], None], repeat: int) -> float:
    """The fastest of `repeat` timed runs: other load on a shared machine only slows runs down."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def _torch_threads() -> str:
    import torch

    return f"torch {torch.get_num_threads()} threads"


def worker(args: argparse.Namespace) -> None:
    sentences = json.loads(Path(args.sentences_file).read_text(encoding="utf-8"))
    mode, models = args.worker, Path(args.models)
    if mode == "naive":
        result = naive(models, sentences[:args.naive_sentences], args.tokens, args.beams,
                       args.repeat)
    elif mode == "project-transformers":
        result = project(models, sentences, args.tokens, args.beams, "transformers", "auto",
                         args.repeat)
    elif mode == "project-ct2-int8":
        result = project(models, sentences, args.tokens, args.beams, "ctranslate2", "int8",
                         args.repeat)
    else:  # memory-<engine>-<quantization>
        _, engine, quantization = mode.split(":")
        result = three_directions(models, sentences, args.tokens, engine, quantization)
    result["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(result))


# --- the parent: build, convert, run the workers, print ---------------------------------------


def run_worker(mode: str, args: argparse.Namespace, models: Path, sentences_file: Path,
               env: dict[str, str]) -> dict[str, Any]:
    command = [sys.executable, __file__, "--worker", mode, "--models", str(models),
               "--sentences-file", str(sentences_file), "--tokens", str(args.tokens),
               "--beams", str(args.beams), "--repeat", str(args.repeat),
               "--naive-sentences", str(args.naive_sentences)]
    load_before = os.getloadavg()[0]
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise SystemExit(f"{mode} failed:\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["load_average"] = [round(load_before, 1), round(os.getloadavg()[0], 1)]
    return result


def convert(models: Path, quantization: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    cli = "import sys; from summarizer.cli import main; sys.exit(main(sys.argv[1:]))"
    done = subprocess.run([sys.executable, "-c", cli, "models", "convert",
                           *DIRECTIONS, "--quantization", quantization, "--config",
                           str(models / "models.yaml")], capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise SystemExit(f"conversion failed:\n{done.stderr[-3000:]}")
    return time.perf_counter() - started


def shape_of_models(models: Path) -> str:
    """`tc-big` or `base`, from the en-ru model's d_model."""
    config = json.loads((models / "en-ru" / "config.json").read_text(encoding="utf-8"))
    return "tc-big" if config["d_model"] >= 1024 else "base"


def measure(args: argparse.Namespace, models: Path, work: Path) -> dict[str, Any]:
    """Every engine on one folder of models (one shape); the report of that shape."""
    shape = shape_of_models(models)
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
           "SUMMARIZER_CACHE": str(models / ".cache"), "PYTHONPATH": str(ROOT)}
    missing = [d for d in DIRECTIONS if not (models / d / "config.json").is_file()]
    if missing:
        raise SystemExit(f"{models} lacks {', '.join(missing)}; build with make_models.py "
                         f"--shape auto --directions {','.join(DIRECTIONS)}")
    sentences = pick_sentences(models / "en-ru" / "source.spm", args.sentences)
    sentences_file = work / f"sentences-{shape}.json"
    sentences_file.write_text(json.dumps(sentences, ensure_ascii=False), encoding="utf-8")
    quantizations = ("int8", "float32") if args.memory else ("int8",)
    _say(f"{shape}: converting {len(DIRECTIONS)} directions to CTranslate2 "
         f"{' and '.join(quantizations)}")
    conversion = {q: convert(models, q, env) for q in quantizations}

    speed = {}
    for mode in [m for m in LABELS if m in args.engines.split(",")]:
        _say(f"{shape}: running {mode}")
        speed[mode] = run_worker(mode, args, models, sentences_file, env)
    naive_rate = speed["naive"]["tokens"] / speed["naive"]["seconds"]
    for mode, row in speed.items():
        count = args.naive_sentences if mode == "naive" else len(sentences)
        row["label"] = LABELS[mode]
        row["sentences"] = count
        row["tokens_per_s"] = row["tokens"] / row["seconds"]
        row["vs_naive"] = row["tokens_per_s"] / naive_rate
        row["tokens_as_forced"] = row["tokens"] == count * args.tokens and \
            row["short_outputs"] == 0
    memory = {}
    if args.memory:
        for engine, quantization in (("ctranslate2", "int8"), ("ctranslate2", "float32"),
                                     ("transformers", "float32")):
            _say(f"{shape}: loading three directions on {engine} {quantization}")
            row = run_worker(f"memory:{engine}:{quantization}", args, models, sentences_file, env)
            memory[f"{engine}-{quantization}"] = {"loaded": round(row["loaded_mb"], 1),
                                                  "busy": round(row["peak_rss_mb"], 1)}

    pieces = _piece_counts(models, sentences)
    config = json.loads((models / "en-ru" / "config.json").read_text(encoding="utf-8"))
    return {
        "shape": shape,
        "model": f"random weights, {shape} shape (d_model {config['d_model']}, "
                 f"{config['encoder_layers']}+{config['decoder_layers']} layers, "
                 f"{config['encoder_attention_heads']} heads, FFN {config['encoder_ffn_dim']}, "
                 f"vocab {config['vocab_size']:,})",
        "direction": "en-ru",
        "sentences": len(sentences),
        "input_pieces": {"min": min(pieces), "mean": round(statistics.mean(pieces), 1),
                         "max": max(pieces)},
        "output_tokens_per_sentence": args.tokens,
        "beams": args.beams,
        "repeat": args.repeat,
        "cpu_cores": len(os.sched_getaffinity(0)),
        "engines": {mode: {key: (round(value, 3) if isinstance(value, float) else value)
                           for key, value in row.items()} for mode, row in speed.items()},
        "goals": {mode: {"vs_naive": goal, "met": speed[mode]["vs_naive"] >= goal}
                  for mode, goal in GOALS[shape].items() if mode in speed},
        "memory_three_directions_mb": memory,
        "conversion_s_three_directions": {q: round(s, 1) for q, s in conversion.items()},
    }


def _piece_counts(models: Path, sentences: list[str]) -> list[int]:
    import sentencepiece

    spm = sentencepiece.SentencePieceProcessor(model_file=str(models / "en-ru" / "source.spm"))
    return [len(spm.encode(sentence, out_type=str)) for sentence in sentences]


def render(reports: list[dict[str, Any]]) -> str:
    """The shapes side by side: one block of engine rows per shape, then the ratios in columns."""
    lines = []
    for report in reports:
        pieces = report["input_pieces"]
        lines += [
            f"en-ru translation, {report['model']}",
            f"{report['sentences']} sentences of {pieces['min']}-{pieces['max']} pieces (mean "
            f"{pieces['mean']}; naive: the first {report['engines']['naive']['sentences']}), "
            f"{report['output_tokens_per_sentence']} output tokens each (forced), beam "
            f"{report['beams']}, {report['cpu_cores']} CPU cores",
            f"{'engine':<43} {'tokens/s':>9} {'x naive':>8} {'load s':>7} {'peak RSS MB':>12}"
            f" {'machine load':>13}",
        ]
        for row in report["engines"].values():
            before, after = row["load_average"]
            lines.append(f"{row['label']:<43} {row['tokens_per_s']:>9.1f} "
                         f"{row['vs_naive']:>7.1f}x {row['load_s']:>7.2f} "
                         f"{row['peak_rss_mb']:>12.0f} {before:>6.1f}→{after:<6.1f}")
        unforced = [mode for mode, row in report["engines"].items()
                    if not row["tokens_as_forced"]]
        if unforced:
            lines.append(f"WARNING: token counts differ from the forced length: "
                         f"{', '.join(unforced)}")
        memory = report["memory_three_directions_mb"]
        if memory:
            lines.append(f"peak RSS MB, {', '.join(DIRECTIONS)} in one process: " + "; ".join(
                f"{name} loaded {row['loaded']:.0f} busy {row['busy']:.0f}"
                for name, row in memory.items()))
        lines.append("")
    shapes = [report["shape"] for report in reports]
    lines.append(f"{'x naive (goal)':<43} " + " ".join(f"{shape:>14}" for shape in shapes))
    for mode in GOALS["tc-big"]:
        cells = []
        for report in reports:
            if mode not in report["goals"]:
                cells.append("not run")
                continue
            goal = report["goals"][mode]
            got = report["engines"][mode]["vs_naive"]
            cells.append(f"{got:>5.1f}x ({goal['vs_naive']:.0f}x) {'ok' if goal['met'] else '--'}")
        lines.append(f"{LABELS[mode]:<43} " + " ".join(f"{cell:>14}" for cell in cells))
    lines += [
        "",
        "naive is " + reports[0]["engines"]["naive"]["how"],
        f"machine load: 1-minute load average before→after each engine's process; above "
        f"{reports[0]['cpu_cores']} other processes were competing for the cores",
    ]
    return "\n".join(lines)


def _say(message: str) -> None:
    print(f"translation_speed: {message}", file=sys.stderr, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--json-out", type=Path, metavar="FILE",
                        help="also write the JSON object to FILE (table and JSON of one run)")
    parser.add_argument("--shapes", default="auto,base",
                        help="comma-separated make_models.py shapes to build and compare "
                        "(default auto,base: the configured tc-big and plain OPUS-MT base)")
    parser.add_argument("--models", type=Path, action="append",
                        help="folder built by make_models.py (repeatable; replaces --shapes)")
    parser.add_argument("--sentences", type=int, default=32, help="sentences per engine")
    parser.add_argument("--naive-sentences", type=int, default=8,
                        help="the first N sentences for the slow naive baseline")
    parser.add_argument("--engines", default=",".join(LABELS),
                        help="comma-separated subset of " + ", ".join(LABELS) + " (naive is "
                        "always needed: the ratios are to it)")
    parser.add_argument("--memory", action="store_true",
                        help="also peak RSS of three directions per engine")
    parser.add_argument("--tokens", type=int, default=32, help="output tokens per sentence")
    parser.add_argument("--beams", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=2,
                        help="timed passes per engine, the fastest counts (default 2: the first "
                        "pays one-time costs for each new input shape)")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--sentences-file", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        args.models = args.models[0]
        worker(args)
        return
    with tempfile.TemporaryDirectory(prefix="translation-speed-") as tmp:
        work = Path(tmp)
        folders = args.models
        if not folders:
            sys.path.insert(0, str(HERE))
            import make_models
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()  # as make_models.py's own command line does
            folders = []
            for shape in args.shapes.split(","):
                _say(f"building {', '.join(DIRECTIONS)} in the {shape} shape (takes a while)")
                folders.append(make_models.build_models(work / shape, shape=shape,
                                                        directions=list(DIRECTIONS)).parent)
        reports = [measure(args, folder.resolve(), work) for folder in folders]
    if args.json_out:
        args.json_out.write_text(json.dumps(reports, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(reports, indent=2) if args.json else render(reports))


if __name__ == "__main__":
    main()
