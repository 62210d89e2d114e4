"""Translate one very long input (10,000+ words) and show that nothing is cut, how long it takes
and how much memory it needs.

The input is the project's own articles in one language (examples/*_<lang>.txt, then
benchmarks/data/summaries/<lang>/NN.txt), paragraphs kept, taken in turn (again from the first
when they run out) until the word count is reached. It goes through `Pipeline.translate` like a
user's text; each model's engine is watched at its boundary (`translate_pieces`) to count the
chunks it receives and their length.

    python benchmarks/long_input.py --threads 1            # tiny random models built in a temp dir
    python benchmarks/long_input.py --threads 1 --language en --to ru --json
    python benchmarks/long_input.py --threads 1 --max-input-tokens 32   # many sentences cut
    python benchmarks/long_input.py --config models.yaml   # real models (must be downloaded)

Tiny random models never stop early: each chunk's output runs to their max_length (48 tokens),
so their times measure the pipeline around the model, not translation speed. Use `--threads 1`
with them, and on a busy machine: on 2 cores under load, torch's default 2 threads made the same
run ~19x slower (462 s instead of 24 s). "Peak RSS before models" includes Python and the
summarizer package; torch and transformers are imported with the first model.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never wait on a network this project cannot reach

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from summarizer.languages import TARGETS, Language


def source_files(language: str) -> list[Path]:
    """The project's articles in `language`: examples first, then the summary benchmark's."""
    examples = sorted((ROOT / "examples").glob(f"*_{language}.txt"))
    articles = sorted((ROOT / "benchmarks" / "data" / "summaries" / language).glob("[0-9][0-9].txt"))
    return examples + articles


def long_text(language: str, min_words: int) -> tuple[str, int]:
    """Articles joined by blank lines until at least `min_words`; the text and how many were used."""
    files = source_files(language)
    if not files:
        raise SystemExit(f"no articles in {language!r} under examples/ or benchmarks/data/")
    articles, words = [], 0
    while words < min_words:
        article = files[len(articles) % len(files)].read_text(encoding="utf-8").strip()
        articles.append(article)
        words += len(article.split())
    return "\n\n".join(articles) + "\n", len(articles)


def build_tiny_models(folder: Path) -> Path:
    """`make_models.build_models(folder)` in a child process, so that its memory is not counted."""
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from make_models import build_models; "
            "print(build_models(sys.argv[2], shape='tiny'))")
    done = subprocess.run([sys.executable, "-c", code, str(ROOT / "benchmarks"), str(folder)],
                          capture_output=True, text=True, check=False, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"building the tiny models failed:\n{done.stderr}")
    return Path(done.stdout.strip().splitlines()[-1])


@dataclass
class LegStats:
    """What one model of the route was given."""

    direction: str
    model: str
    max_input_tokens: int
    sentences: int = 0
    sentences_split: int = 0  # sentences longer than the limit, cut into several chunks
    chunks: int = 0
    batches: int = 0
    longest_chunk: int = 0  # tokens, target token and </s> included
    pieces_in: int = 0  # SentencePiece pieces of all sentences
    pieces_sent: int = 0  # pieces the model received, target token and </s> left out

    @property
    def within_limit(self) -> bool:
        return self.longest_chunk <= self.max_input_tokens


def _legs(translator: Any) -> list[Any]:
    """The one-model translators of a route, in order (a pivot is two of them)."""
    if hasattr(translator, "first"):
        return _legs(translator.first) + _legs(translator.second)
    return [translator]


def watch(leg: Any) -> LegStats:
    """Count what `leg` (a MarianTranslator) splits its text into and sends to its engine."""
    engine = leg.engine  # loads the model
    token = leg.spec.target_token
    stats = LegStats(leg.direction, leg.spec.model, leg.settings.max_input_tokens)
    translate_units = leg.translate_units
    translate_pieces = engine.translate_pieces

    def counting_units(units: Sequence[str]) -> list[str]:
        for unit in units:
            pieces = len(engine.pieces(unit))
            stats.sentences += 1
            stats.pieces_in += pieces
            stats.sentences_split += pieces > stats.max_input_tokens - 1 - (token is not None)
        return translate_units(units)

    def counting_pieces(batch: Sequence[Sequence[str]]) -> Sequence[str]:
        stats.batches += 1
        for item in batch:
            stats.chunks += 1
            stats.longest_chunk = max(stats.longest_chunk, len(item))
            stats.pieces_sent += len([p for p in item if p not in ("</s>", token)])
        return translate_pieces(batch)

    leg.translate_units = counting_units
    engine.translate_pieces = counting_pieces
    return stats


def _rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(config: Path, language: str, target: str, min_words: int,
            max_input_tokens: int | None = None, threads: int | None = None) -> dict[str, Any]:
    """Translate the long text with the models of `config`; return the figures (JSON-ready)."""
    from summarizer import Pipeline, load_settings

    text, articles = long_text(language, min_words)
    rss_start = _rss_mb()
    if threads:
        import torch

        torch.set_num_threads(threads)
    settings = load_settings(config)
    if max_input_tokens:
        settings = dataclasses.replace(settings, translation=dataclasses.replace(
            settings.translation, max_input_tokens=max_input_tokens))
    pipeline = Pipeline(settings)
    source, goal = Language(language), Language(target)
    translator = pipeline.translators.get(source, goal)
    pipeline.translators.check_available(source, goal)
    started = time.perf_counter()
    legs = [watch(leg) for leg in _legs(translator)]  # loads every model of the route
    load_seconds = time.perf_counter() - started
    rss_loaded = _rss_mb()
    started = time.perf_counter()
    result = pipeline.translate(text, goal, source=source)
    translate_seconds = time.perf_counter() - started

    lines_in, lines_out = text.split("\n"), result.translation.split("\n")
    words = len(text.split())
    return {
        "config": str(config),
        "direction": f"{language}-{target}",
        "route": list(result.models),
        "articles": articles,
        "input_words": words,
        "input_lines": len(lines_in),
        "output_lines": len(lines_out),
        "paragraphs": sum(1 for line in lines_in if line.strip()),
        "same_line_count": len(lines_in) == len(lines_out),
        "same_blank_lines": [not line.strip() for line in lines_in]
        == [not line.strip() for line in lines_out],
        "no_chunk_over_limit": all(leg.within_limit for leg in legs),
        "no_piece_dropped": all(leg.pieces_in == leg.pieces_sent for leg in legs),
        "legs": [{**asdict(leg), "within_limit": leg.within_limit} for leg in legs],
        "load_seconds": round(load_seconds, 2),
        "translate_seconds": round(translate_seconds, 2),
        "words_per_second": round(words / translate_seconds, 1),
        "peak_rss_mb": {"before_models": round(rss_start), "after_load": round(rss_loaded),
                        "after_translate": round(_rss_mb())},
        "cpus": os.cpu_count(),
        "torch_threads": _torch_threads(),
    }


def _torch_threads() -> int | None:
    try:
        import torch
    except ImportError:
        return None
    return torch.get_num_threads()


def as_table(report: dict[str, Any]) -> str:
    """The report as a two-column table, one line per fact."""
    route = " → ".join(Path(model).name for model in report["route"])
    rows: list[tuple[str, str]] = [
        ("direction", f"{report['direction']} ({route})"),
        ("input", (f"{report['input_words']:,} words, {report['articles']} articles, "
                   f"{report['paragraphs']} paragraphs, {report['input_lines']} lines")),
    ]
    for leg in report["legs"]:
        rows.append((f"  {leg['direction']}", (
            f"{leg['sentences']:,} sentences ({leg['sentences_split']} over the limit) → "
            f"{leg['chunks']:,} chunks in {leg['batches']} batches; longest chunk "
            f"{leg['longest_chunk']} ≤ {leg['max_input_tokens']} tokens: "
            f"{_yes(leg['within_limit'])}; pieces in/sent {leg['pieces_in']:,}/"
            f"{leg['pieces_sent']:,}")))
    rss = report["peak_rss_mb"]
    rows += [
        ("no chunk over limit", _yes(report["no_chunk_over_limit"])),
        ("no piece dropped", _yes(report["no_piece_dropped"])),
        ("output lines", (f"{report['output_lines']} (input {report['input_lines']}): same count "
                          f"{_yes(report['same_line_count'])}, blank lines in place "
                          f"{_yes(report['same_blank_lines'])}")),
        ("wall time", (f"load {report['load_seconds']} s, translate "
                       f"{report['translate_seconds']} s ({report['words_per_second']:,} words/s)")),
        ("peak RSS", (f"{rss['after_translate']} MB (before models {rss['before_models']} MB, "
                      f"after load {rss['after_load']} MB)")),
        ("machine", f"{report['cpus']} CPUs, torch threads {report['torch_threads']}"),
    ]
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"{name:<{width}}  {value}" for name, value in rows)


def _yes(flag: bool) -> str:
    return "yes" if flag else "NO"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    codes = [language.value for language in TARGETS]
    parser.add_argument("--language", choices=codes, default="kk", help="input language (kk)")
    parser.add_argument("--to", choices=codes, help="target (default: en, or ru for English)")
    parser.add_argument("--words", type=int, default=10_000, help="at least this many (10000)")
    parser.add_argument("--config", type=Path, help="models.yaml (default: build tiny models)")
    parser.add_argument("--max-input-tokens", type=int, metavar="N",
                        help="override the configured chunk limit (e.g. 32, to see sentences cut)")
    parser.add_argument("--threads", type=int,
                        help="torch threads (default: torch's own, one per core); 1 suits the "
                        "tiny models and a busy machine")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    target = args.to or ("ru" if args.language == "en" else "en")
    if target == args.language:
        parser.error("--to must differ from --language")
    with tempfile.TemporaryDirectory(prefix="long-input-") as folder:
        config = args.config or build_tiny_models(Path(folder))
        report = measure(config, args.language, target, args.words, args.max_input_tokens,
                         args.threads)
    print(json.dumps(report, ensure_ascii=False) if args.json else as_table(report))
    ok = (report["no_chunk_over_limit"] and report["no_piece_dropped"]
          and report["same_line_count"] and report["same_blank_lines"])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
