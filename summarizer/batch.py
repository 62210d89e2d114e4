"""Summaries for whole archives: JSON Lines (or Parquet) in, one JSON line per record out.

Data path of `run_batch`:

    INPUT → scan (ids unique? text field there?) → OUTPUT repaired, ids already done collected
          → the other records, in input order, in chunks → runner (local here, Ray in
          batch_ray.py) → `Pipeline.run_many` per chunk → one JSON line per record
          → appended to OUTPUT, one write + fsync per chunk

Rules a user can rely on (the README repeats them):

* **Ids.** A record's id is its `id` field (a string or an integer); a record without one gets
  its line number in INPUT (the row number, from 1, in Parquet). Ids must be unique: a
  duplicate stops the run before anything is written.
* **Resume.** OUTPUT is only ever appended to. On start, anything after its last newline (a
  line cut by kill -9 or a power loss) is cut off, and every id already in OUTPUT is skipped, so
  a rerun with the same arguments finishes the job with every id exactly once. A record that
  failed is written with its error and counts as done too (its failure is a property of the
  record, not of the run).
* **Order.** Within a run, lines follow input order; after a resume the remaining records are
  appended, in input order, after the lines already there.
* **Failures.** Records that cannot be summarized (empty text, language not detected, no route
  to the target, no or non-string text field) are written as
  `{"id": ..., "error": "...", "error_type": "InputError"}` and counted; the run goes on.
  Problems no record can get past (a missing model, a broken configuration, a missing
  package) stop the run with their exit code; the chunk in hand is not written, so a rerun
  after the fix resumes where it stopped.
* **Bad input.** INPUT is read once in full before anything runs: a line that is not a JSON
  object, a non-UTF-8 line, a duplicate id, or a text field that no record has stops the run
  with exit code 3 and a message naming the line, before OUTPUT is touched.
* **Same options.** OUTPUT.options.json records the options the results were made with (the
  request, the text and id fields, the configuration file). A rerun with other options would mix
  two kinds of results in one file, so it is refused (exit 2, naming the option) unless `force`.
* **Standard output.** OUTPUT "-" writes the lines to standard output: no resume, no sidecar.
* **Flags.** Each line carries the faithfulness guard's `flags`; the report counts records with
  an unrepaired one. Under `strict` such a record is an error (FaithfulnessError) instead.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections import Counter
from collections.abc import Generator, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, Self, TypeVar

from .batch_inputs import PARQUET_SUFFIXES, Record, id_key, one_line, open_input
from .batch_results import ResultsFile, RunOptions, StdoutResults, read_results
from .config import Settings, load_settings
from .errors import (
    ConfigError,
    DependencyError,
    InputError,
    ModelError,
    SummarizerError,
)
from .request import Request

if TYPE_CHECKING:
    from .pipeline import Pipeline

log = logging.getLogger("summarizer")

#: Errors that no record can get past: they stop the run instead of being written per record.
FATAL_ERRORS: tuple[type[SummarizerError], ...] = (ConfigError, ModelError, DependencyError)

DEFAULT_CHUNK_SIZE = 64
T = TypeVar("T")
__all__ = ["PARQUET_SUFFIXES", "BatchJob", "BatchReport", "Outcome", "Record", "Runner",
           "chunked", "local_runner", "open_input", "read_results", "run_batch",
           "summarize_chunk"]


@dataclass(frozen=True, init=False)
class BatchJob:
    """What every chunk is run with: the settings the pipeline is built from and the run's
    `Request`. `settings` None: `load_settings()` (SUMMARIZER_MODELS or the bundled file), read
    once before the run. Frozen and picklable: Ray actors get it as it is, so they build the same
    pipeline without reading models.yaml themselves.

    `BatchJob(target="en", long=...)` builds the request from the options (see `Request`), so a
    bad option fails here, before the run.
    """

    settings: Settings | None
    request: Request
    chunk_size: int

    def __init__(self, settings: Settings | None = None, request: Request | None = None,
                 chunk_size: int = DEFAULT_CHUNK_SIZE, **options: Any) -> None:
        object.__setattr__(self, "settings", settings)
        object.__setattr__(self, "request", request or Request(**options))
        object.__setattr__(self, "chunk_size", chunk_size)


@dataclass(frozen=True)
class Outcome:
    """One output line (without its newline) and the error type it records (None: success)."""

    id: str | int
    line: str
    error_type: str | None = None
    flagged: bool = False  # a success with a flag the guard could not repair


class Runner(Protocol):
    """Turns records into outcomes, one list per chunk, chunks in input order. A generator:
    `run_batch` closes it when it stops early, so the runner can release what it started."""

    def __call__(self, records: Iterator[Record], job: BatchJob
                 ) -> Generator[list[Outcome], None, None]:
        ...


# --- one chunk ----------------------------------------------------------------------------------


def summarize_chunk(pipeline: Pipeline, records: list[Record], job: BatchJob) -> list[Outcome]:
    """Run one chunk through `pipeline.run_many` (so translation batches span documents).

    Returns one outcome per record, in order. Raises the first fatal error (see FATAL_ERRORS).
    """
    runnable = [record for record in records if record.problem is None]
    results = iter(pipeline.run_many([record.text for record in runnable], request=job.request))
    outcomes = []
    for record in records:
        result = InputError(record.problem) if record.problem else next(results)
        if isinstance(result, FATAL_ERRORS):
            raise result
        if isinstance(result, SummarizerError):
            payload = {"id": record.id, "error": one_line(str(result)),
                       "error_type": type(result).__name__}
            outcomes.append(Outcome(record.id, _dumps(payload), type(result).__name__))
        else:
            flagged = any(not flag.repaired for flag in result.flags)
            outcomes.append(Outcome(record.id, _dumps({"id": record.id, **result.to_dict()}),
                                    flagged=flagged))
    return outcomes


def local_runner(records: Iterator[Record], job: BatchJob
                 ) -> Generator[list[Outcome], None, None]:
    """Run every chunk in this process with one pipeline (each model loads once)."""
    from .pipeline import Pipeline

    pipeline = Pipeline(job.settings)
    for chunk in chunked(records, job.chunk_size):
        yield summarize_chunk(pipeline, chunk, job)


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of `size` items (the last one shorter), lazily."""
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# --- the run ------------------------------------------------------------------------------------


@dataclass
class BatchReport:
    """What a run did. `failed` counts failed records by error type."""

    total: int = 0
    skipped: int = 0
    ok: int = 0
    flagged: int = 0  # of the ok ones: with a flag the faithfulness guard could not repair
    failed: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    @property
    def processed(self) -> int:
        return self.ok + sum(self.failed.values())

    def summary(self) -> str:
        """E.g. "1000 records: 990 ok (3 flagged), 10 failed (InputError 4, LanguageError 6), 0
        skipped as already done; 12.5 s, 80.0 records/s" ("(N flagged)" only when N > 0)."""
        failed = sum(self.failed.values())
        kinds = ", ".join(f"{name} {count}" for name, count in sorted(self.failed.items()))
        rate = self.processed / self.seconds if self.seconds > 0 else 0.0
        flagged = f" ({self.flagged} flagged)" if self.flagged else ""
        return (f"{self.total} records: {self.ok} ok{flagged}, {failed} failed"
                + (f" ({kinds})" if kinds else "")
                + f", {self.skipped} skipped as already done; {self.seconds:.1f} s, "
                f"{rate:.1f} records/s")


def run_batch(input_path: str | Path, output_path: str | Path, job: BatchJob, *,
              text_field: str = "text", id_field: str | None = None,
              runner: Runner = local_runner, progress: bool | None = None,
              config: str | Path | None = None, force: bool = False) -> BatchReport:
    """Summarize every record of `input_path` not yet in `output_path`, appending to it.

    `id_field` None means "id" when records have it, else line numbers; a field named
    explicitly must exist. `progress` None shows a bar when standard error is a terminal (and
    tqdm is installed). `output_path` "-" writes to standard output. `config` is the
    configuration file as the user named it (recorded with the run's options; default: the
    settings' own path); `force` resumes an OUTPUT written with other options. See the module
    docstring for the rules on ids, resume, order, failures and options.
    """
    started = time.perf_counter()
    job = _checked_job(job)
    source = open_input(input_path, text_field, id_field)
    input_ids = source.scan()
    to_stdout = str(output_path) == "-"
    output: ResultsFile | StdoutResults = (StdoutResults() if to_stdout
                                           else ResultsFile(output_path, source.path))
    try:
        if not to_stdout:
            options = RunOptions.of(job.request, text_field, id_field,
                                    config if config is not None else _config_path(job))
            options.check(output.path, force=force)
        done = output.recover()
        foreign = len(done.keys() - input_ids.keys())
        if foreign:
            log.warning("%s holds %d ids that are not in %s; was it written for another input?",
                        output.label, foreign, source.label)
        report = BatchReport(total=len(input_ids), skipped=len(input_ids) - len(
            input_ids.keys() - done.keys()))
        pending = (record for record in source.records() if id_key(record.id) not in done)
        with _progress_bar(report.total - report.skipped, progress) as bar, \
                closing(runner(pending, job)) as chunks:  # Ray shuts down at once on Ctrl-C
            for outcomes in chunks:
                output.append([outcome.line for outcome in outcomes])
                for outcome in outcomes:
                    if outcome.error_type is None:
                        report.ok += 1
                        report.flagged += outcome.flagged
                    else:
                        report.failed[outcome.error_type] += 1
                bar.update(len(outcomes))
    finally:
        output.close()
    report.seconds = time.perf_counter() - started
    return report


def _checked_job(job: BatchJob) -> BatchJob:
    """Fail before the run, not once per record: chunk size, models.yaml (the request checked
    its options when it was built)."""
    if job.chunk_size < 1:
        raise InputError(f"chunk size must be at least 1, not {job.chunk_size}")
    return job if job.settings is not None else replace(job, settings=load_settings())


class _NoBar:
    def update(self, count: int) -> None:
        pass

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


def _progress_bar(total: int, show: bool | None) -> Any:
    if show is None:
        show = sys.stderr.isatty()
    if not show:
        return _NoBar()
    try:
        from tqdm import tqdm
    except ImportError:  # a core dependency, but a bar is not worth refusing a run for
        log.info("no progress bar: tqdm is not installed")
        return _NoBar()
    return tqdm(total=total, unit="rec", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)


# --- helpers ------------------------------------------------------------------------------------


def _config_path(job: BatchJob) -> str | None:
    path = job.settings.path if job.settings is not None else None
    return str(path) if path is not None else None


def _dumps(payload: dict[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False)
