"""Records per second of `summarizer batch`: the local runner and the Ray runner, side by side.

    python benchmarks/batch_throughput.py                      # 500 records: extractive and tiny
    python benchmarks/batch_throughput.py --shapes opus --records 60 --models /tmp/opus
    python benchmarks/batch_throughput.py --runners local      # without Ray
    python benchmarks/batch_throughput.py --kazakh-articles --shapes auto --engine ctranslate2 \
        --to ru --route summarize-first --records 8 --models /tmp/perf/auto   # issue 17

Records are made from text this project ships: paragraphs of examples/*.txt and of
benchmarks/data/summaries/<lang>/NN.txt, one to three consecutive paragraphs per record, English,
Russian and Kazakh in turn; every `--bad-every`-th record is deliberately bad (empty text, digits
only, too short to detect, no text field, a number for text), so failures are part of the cost.

Shapes: `none` summarizes in each record's own language (no model at all); `tiny` and `opus`
translate into `--to` (default en) with random-weight Marian models built by make_models.py, of
the tiny and of the real OPUS-MT base shape (~300 MB and ~7 s per direction; only the directions
into the target are built). Random weights never stop early: each sentence's output runs to the
cap (2 × input + 16 tokens), about twice a real translation, so opus figures are pessimistic; keep
`--records` moderate for opus on CPU (60 takes minutes on two cores).

`--kazakh-articles` makes every record a ~600-word Kazakh article instead (consecutive
paragraphs of our Kazakh texts, examples/*kk*.txt and benchmarks/data/summaries/kk/, until 600
words), none bad. `auto` builds each direction in the shape models.yaml configures (tc-big for
the shipped models). `--engine ctranslate2` converts the models to int8 once, before timing.

"records/s" counts everything from the start of the run: building the pipeline and loading the
models (per actor for Ray, plus the actors' start); "1st chunk s" is that start-up, up to the
first chunk written, and "steady rec/s" the rate after it. Ray itself is started once before the
timed runs; its start is printed separately. Torch runs one thread
per process (OMP_NUM_THREADS=1 unless set): the local runner gets one CPU, Ray `--num-cpus`.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import argparse  # noqa: E402  (the environment must be set before torch is imported)
import dataclasses  # noqa: E402
import importlib.util  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
import warnings  # noqa: E402
from collections.abc import Sequence  # noqa: E402
from pathlib import Path  # noqa: E402

from summarizer.batch import BatchJob, BatchReport, local_runner, run_batch  # noqa: E402
from summarizer.config import load_settings  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("en", "ru", "kk")
BAD_RECORDS = (
    {"text": ""},
    {"text": "2026 12 31 — 100 200 300"},
    {"text": "ok"},
    {"body": "the text is in the wrong field"},
    {"text": 42},
)


def paragraphs() -> dict[str, list[list[str]]]:
    """Body paragraphs of every shipped article, per language: {lang: [[para, ...], ...]}."""
    files: dict[str, list[Path]] = {lang: sorted((ROOT / "benchmarks" / "data" / "summaries" /
                                                   lang).glob("[0-9][0-9].txt"))
                                    for lang in LANGUAGES}
    for path in sorted((ROOT / "examples").glob("*.txt")):
        lang = "kk" if "kk" in path.stem else "ru" if "ru" in path.stem else "en"
        files[lang].append(path)
    articles: dict[str, list[list[str]]] = {}
    for lang, paths in files.items():
        for path in paths:
            blocks = [block.strip() for block in path.read_text(encoding="utf-8").split("\n\n")]
            body = [block for block in blocks[1:] if len(block.split()) >= 12]  # no headline
            if body:
                articles.setdefault(lang, []).append(body)
    return articles


def sample_records(count: int, bad_every: int = 20, seed: int = 0,
                   max_paragraphs: int = 3) -> list[dict]:
    """`count` records with ids "doc-00001"…, languages in turn, every `bad_every`-th bad, each
    good one 1 to `max_paragraphs` consecutive paragraphs of one article."""
    rng = random.Random(seed)
    articles = paragraphs()
    records = []
    for number in range(1, count + 1):
        record: dict = {"id": f"doc-{number:05d}"}
        if bad_every and number % bad_every == 0:
            record.update(BAD_RECORDS[(number // bad_every) % len(BAD_RECORDS)])
        else:
            body = rng.choice(articles[LANGUAGES[number % len(LANGUAGES)]])
            start = rng.randrange(len(body))
            record["text"] = "\n\n".join(body[start:start + rng.randint(1, max_paragraphs)])
        records.append(record)
    return records


def kazakh_articles(count: int, words: int = 600) -> list[dict]:
    """`count` records of about `words` Kazakh words: consecutive paragraphs of our Kazakh texts,
    starting at a different paragraph for each record."""
    blocks = []
    for path in sorted((ROOT / "benchmarks" / "data" / "summaries" / "kk").glob("[0-9][0-9].txt")) \
            + sorted((ROOT / "examples").glob("*kk*.txt")):
        text = path.read_text(encoding="utf-8")
        blocks += [block.strip() for block in text.split("\n\n") if len(block.split()) >= 12]
    records = []
    for number in range(count):
        start, chosen, total = (number * 7) % len(blocks), [], 0
        while total < words:
            block = blocks[(start + len(chosen)) % len(blocks)]
            chosen.append(block)
            total += len(block.split())
        records.append({"id": f"kk-{number + 1:05d}", "text": "\n\n".join(chosen)})
    return records


def write_jsonl(records: Sequence[dict], path: Path) -> Path:
    with open(path, "w", encoding="utf-8") as stream:
        stream.writelines(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    return path


def build(shape: str, target: str, models: Path | None) -> Path:
    """models.yaml of random-weight models into `target` (reused when `models` has one)."""
    spec = importlib.util.spec_from_file_location("make_models", ROOT / "benchmarks" /
                                                  "make_models.py")
    make_models = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_models)
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # no bar per weight file
    folder = models or Path(tempfile.mkdtemp(prefix=f"batch-{shape}-"))
    if (folder / "models.yaml").is_file():
        return folder / "models.yaml"
    directions = [f"{source}-{target}" for source in LANGUAGES if source != target]
    if target != "en":  # Kazakh into Russian goes through English: kk-en and en-ru
        directions = sorted({*directions, "kk-en", f"en-{target}"} - {"kk-ru"})
    started = time.perf_counter()
    path = make_models.build_models(folder, shape=shape, directions=directions)
    print(f"# built {shape} models {', '.join(directions)} in {time.perf_counter() - started:.0f}"
          f" s: {folder}", flush=True)
    return path


def timed(records: Path, out: Path, job: BatchJob, runner) -> tuple[BatchReport, float, float]:
    """Run from scratch; return the report, the seconds until the first chunk was written
    (pipeline build, model loads, actor start) and the records/s after it (steady state)."""
    out.unlink(missing_ok=True)
    marks: list[tuple[float, int]] = []

    def watched(pending, job):
        for outcomes in runner(pending, job):
            marks.append((time.perf_counter(), len(outcomes)))
            yield outcomes

    started = time.perf_counter()
    report = run_batch(records, out, job, runner=watched, progress=False)
    first = marks[0][0] - started if marks else 0.0
    rest = sum(count for _, count in marks[1:])
    steady = rest / (marks[-1][0] - marks[0][0]) if len(marks) > 1 else 0.0
    return report, first, steady


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=500)
    parser.add_argument("--shapes", default="none,tiny",
                        help="comma-separated: none, tiny, base (opus), tc-big, auto")
    parser.add_argument("--engine", choices=("transformers", "ctranslate2"), default=None,
                        help="translation engine (default: the configured one)")
    parser.add_argument("--route", default="auto",
                        help="auto, translate-first or summarize-first")
    parser.add_argument("--kazakh-articles", action="store_true",
                        help="records are ~600-word Kazakh articles (none bad)")
    parser.add_argument("--runners", default="local,ray", help="comma-separated: local, ray")
    parser.add_argument("--to", default="en", help="target language for tiny/opus (default en)")
    parser.add_argument("--chunk-size", type=int, default=64)
    parser.add_argument("--num-cpus", type=int, default=2, help="Ray CPUs and actors")
    parser.add_argument("--bad-every", type=int, default=20)
    parser.add_argument("--models", type=Path, help="folder to build opus models in, or reuse")
    parser.add_argument("--json", action="store_true", help="print one JSON object per run")
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore", message=".*sacremoses.*")
    shapes, runners = args.shapes.split(","), args.runners.split(",")
    if args.models:  # conversions next to the models, shared with the other benchmarks (and Ray)
        os.environ.setdefault("SUMMARIZER_CACHE", str(args.models.resolve() / ".cache"))

    work = Path(tempfile.mkdtemp(prefix="batch-bench-"))
    chosen = kazakh_articles(args.records) if args.kazakh_articles else \
        sample_records(args.records, args.bad_every)
    records = write_jsonl(chosen, work / "records.jsonl")
    ray_runner = None
    if "ray" in runners:
        try:
            import ray
        except ImportError:
            print("# ray is not installed (pip install 'summarizer[ray]'): local runner only")
            runners = [name for name in runners if name != "ray"]
        else:
            from summarizer.batch_ray import RayRunner

            started = time.perf_counter()
            ray.init(num_cpus=args.num_cpus, include_dashboard=False, logging_level="ERROR",
                     log_to_driver=False)
            print(f"# ray start: {time.perf_counter() - started:.1f} s ({args.num_cpus} CPUs)")
            ray_runner = RayRunner(num_cpus=args.num_cpus)
    what = "~600-word Kazakh articles" if args.kazakh_articles else "records"
    print(f"# {args.records} {what} → {args.to}, route {args.route}, engine "
          f"{args.engine or 'configured'}, chunk {args.chunk_size}, load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"{'shape':<6} {'runner':<15} {'records':>7} {'ok':>5} {'failed':>6} {'seconds':>8} "
          f"{'records/s':>9} {'1st chunk s':>11} {'steady rec/s':>12}")
    for shape in shapes:
        job = BatchJob(chunk_size=args.chunk_size, route=args.route)
        if shape != "none":
            config = build(shape, args.to, args.models if shape != "tiny" else None)
            settings = load_settings(config)
            if args.engine:
                settings = dataclasses.replace(settings, translation=dataclasses.replace(
                    settings.translation, engine=args.engine))
            if settings.translation.engine == "ctranslate2":
                from summarizer.ct2 import convert_directions

                convert_directions(settings.translation)  # once, before any timing
            job = BatchJob(settings=settings, target=args.to, chunk_size=args.chunk_size,
                           route=args.route)
        rates = {}
        for name in runners:
            runner = local_runner if name == "local" else ray_runner
            report, first, steady = timed(records, work / f"{shape}-{name}.jsonl", job, runner)
            rate = report.processed / report.seconds
            rates[name] = (rate, steady)
            label = name if name == "local" else f"ray ({args.num_cpus} actors)"
            if args.json:
                print(json.dumps({"shape": shape, "runner": name, "records": report.total,
                                  "ok": report.ok, "failed": sum(report.failed.values()),
                                  "seconds": round(report.seconds, 2),
                                  "records_per_s": round(rate, 2),
                                  "first_chunk_s": round(first, 2),
                                  "steady_records_per_s": round(steady, 2)}))
            else:
                print(f"{shape:<6} {label:<15} {report.total:>7} {report.ok:>5} "
                      f"{sum(report.failed.values()):>6} {report.seconds:>8.1f} {rate:>9.1f} "
                      f"{first:>11.1f} {steady:>12.1f}", flush=True)
        if len(rates) == 2 and not args.json:
            (ray_rate, ray_steady), (local_rate, local_steady) = rates["ray"], rates["local"]
            print(f"{shape:<6} {'ray / local':<15} {ray_rate / local_rate:>45.2f}x "
                  f"{ray_steady / local_steady if local_steady else 0:>24.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
