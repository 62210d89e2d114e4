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
"""

from __future__ import annotations

import codecs
import gzip
import json
import logging
import os
import sys
import time
from collections import Counter
from collections.abc import Generator, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, Self, TypeVar

from .config import Length, Settings, load_settings
from .errors import (
    ConfigError,
    DependencyError,
    InputError,
    ModelError,
    SummarizerError,
)
from .inputs import existing_file, printable
from .languages import TARGETS, parse_language

if TYPE_CHECKING:
    from .pipeline import Pipeline

log = logging.getLogger("summarizer")

#: Errors that no record can get past: they stop the run instead of being written per record.
FATAL_ERRORS: tuple[type[SummarizerError], ...] = (ConfigError, ModelError, DependencyError)

DEFAULT_CHUNK_SIZE = 64
T = TypeVar("T")
PARQUET_SUFFIXES = (".parquet", ".pq")


@dataclass(frozen=True)
class BatchJob:
    """What every chunk is run with: the settings the pipeline is built from and the options of
    `Pipeline.run_many`. `settings` None: `load_settings()` (SUMMARIZER_MODELS or the bundled
    file), read once before the run. Frozen and picklable: Ray actors get it as it is, so they
    build the same pipeline without reading models.yaml themselves.
    """

    settings: Settings | None = None
    target: str | None = None
    source: str | None = None
    short: Length | None = None
    long: Length | None = None
    route: str = "auto"
    method: str | None = None
    chunk_size: int = DEFAULT_CHUNK_SIZE


@dataclass(frozen=True)
class Record:
    """One input record. `problem` says why it cannot be summarized (found while reading)."""

    id: str | int
    line: int
    text: str = ""
    problem: str | None = None

    def to_row(self) -> dict[str, Any]:
        return {"id": self.id, "line": self.line, "text": self.text, "problem": self.problem}

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Record:
        return cls(row["id"], row["line"], row["text"], row["problem"])


@dataclass(frozen=True)
class Outcome:
    """One output line (without its newline) and the error type it records (None: success)."""

    id: str | int
    line: str
    error_type: str | None = None


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
    results = iter(pipeline.run_many([record.text for record in runnable], target=job.target,
                                     source=job.source, short=job.short, long=job.long,
                                     route=job.route, method=job.method))
    outcomes = []
    for record in records:
        result = InputError(record.problem) if record.problem else next(results)
        if isinstance(result, FATAL_ERRORS):
            raise result
        if isinstance(result, SummarizerError):
            payload = {"id": record.id, "error": _one_line(str(result)),
                       "error_type": type(result).__name__}
            outcomes.append(Outcome(record.id, _dumps(payload), type(result).__name__))
        else:
            outcomes.append(Outcome(record.id, _dumps({"id": record.id, **result.to_dict()})))
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
    failed: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    @property
    def processed(self) -> int:
        return self.ok + sum(self.failed.values())

    def summary(self) -> str:
        """E.g. "1000 records: 990 ok, 10 failed (InputError 4, LanguageError 6), 0 skipped as
        already done; 12.5 s, 80.0 records/s"."""
        failed = sum(self.failed.values())
        kinds = ", ".join(f"{name} {count}" for name, count in sorted(self.failed.items()))
        rate = self.processed / self.seconds if self.seconds > 0 else 0.0
        return (f"{self.total} records: {self.ok} ok, {failed} failed"
                + (f" ({kinds})" if kinds else "")
                + f", {self.skipped} skipped as already done; {self.seconds:.1f} s, "
                f"{rate:.1f} records/s")


def run_batch(input_path: str | Path, output_path: str | Path, job: BatchJob, *,
              text_field: str = "text", id_field: str | None = None,
              runner: Runner = local_runner, progress: bool | None = None) -> BatchReport:
    """Summarize every record of `input_path` not yet in `output_path`, appending to it.

    `id_field` None means "id" when records have it, else line numbers; a field named
    explicitly must exist. `progress` None shows a bar when standard error is a terminal.
    See the module docstring for the rules on ids, resume, order and failures.
    """
    started = time.perf_counter()
    job = _checked_job(job)
    source = open_input(input_path, text_field, id_field)
    input_ids = source.scan()
    output = ResultsFile(output_path, source.path)
    try:
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
                    else:
                        report.failed[outcome.error_type] += 1
                bar.update(len(outcomes))
    finally:
        output.close()
    report.seconds = time.perf_counter() - started
    return report


def _checked_job(job: BatchJob) -> BatchJob:
    """Fail before the run, not once per record: languages, chunk size, models.yaml."""
    if job.target is not None:
        parse_language(job.target, TARGETS)
    if job.source is not None:
        parse_language(job.source)
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
    except ImportError:
        raise DependencyError("the progress bar needs tqdm: pip install 'summarizer[batch]' "
                              "(or pass --progress never)") from None
    return tqdm(total=total, unit="rec", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)


# --- input --------------------------------------------------------------------------------------


def id_key(value: str | int) -> str:
    """The id as JSON text: "7" and 7 stay different ids, as they are in the files."""
    return json.dumps(value, ensure_ascii=False)


class BatchInput:
    """Rows of INPUT as (line number, mapping); `scan` checks them all, `records` reads them."""

    def __init__(self, path: Path, text_field: str, id_field: str | None) -> None:
        self.path = path
        self.label = printable(str(path))
        self.text_field = text_field
        self.id_field = id_field or "id"
        self.id_required = id_field is not None

    def rows(self, columns: list[str]) -> Iterator[tuple[int, dict[str, Any]]]:
        raise NotImplementedError

    def fields(self) -> list[str] | None:
        """The field names every row has (Parquet's schema), or None when rows differ."""
        return None

    def scan(self) -> dict[str, int]:
        """Read every row once: id key → line. Raises InputError for the problems that stop a
        run (see the module docstring) before anything is written."""
        fields = self.fields()
        if fields is not None:
            self._check_field(self.text_field in fields, fields, "--text-field", self.text_field)
            if self.id_required:
                self._check_field(self.id_field in fields, fields, "--id-field", self.id_field)
            columns = [self.id_field] if self.id_field in fields else []
        else:
            columns = [self.id_field]
        seen: dict[str, int] = {}
        first_fields: list[str] = []
        has_text = has_id = False
        for line, row in self.rows(columns):
            if not first_fields:
                first_fields = list(row)
            has_text = has_text or self.text_field in row
            has_id = has_id or row.get(self.id_field) is not None
            key = id_key(self._id(line, row))
            if key in seen:
                raise InputError(f"{self.label}: id {key} is on lines {seen[key]} and {line}; ids "
                                 f"must be unique (or name another field with --id-field)")
            seen[key] = line
        if seen and fields is None:
            self._check_field(has_text, first_fields, "--text-field", self.text_field)
            if self.id_required:
                self._check_field(has_id, first_fields, "--id-field", self.id_field)
        return seen

    def records(self) -> Iterator[Record]:
        """Every record in input order, its text checked: a missing or non-string text field
        becomes the record's `problem`."""
        for line, row in self.rows([self.id_field, self.text_field]):
            record_id = self._id(line, row)
            text = row.get(self.text_field)
            if isinstance(text, str):
                yield Record(record_id, line, text)
            elif self.text_field not in row:
                yield Record(record_id, line, problem=f"the record has no '{self.text_field}' "
                             "field")
            else:
                kind = "null" if text is None else f"a {_json_kind(text)}"
                yield Record(record_id, line, problem=f"the '{self.text_field}' field is {kind}, "
                             "not text")

    def _id(self, line: int, row: dict[str, Any]) -> str | int:
        value = row.get(self.id_field)
        if value is None:
            return line
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise InputError(f"{self.label} line {line}: the '{self.id_field}' field is a "
                             f"{_json_kind(value)}; ids must be strings or integers")
        return value

    def _check_field(self, present: bool, fields: list[str], option: str, name: str) -> None:
        if not present:
            listing = ", ".join(fields) if fields else "none"
            raise InputError(f"{self.label}: no record has a '{name}' field (fields: {listing}); "
                             f"name the right one with {option}")


class JsonLinesInput(BatchInput):
    """JSON Lines, one object per line, optionally gzip-compressed (`.gz`). Blank lines are
    skipped but counted, so line numbers are those an editor shows."""

    def rows(self, columns: list[str]) -> Iterator[tuple[int, dict[str, Any]]]:
        opener = gzip.open if self.path.suffix == ".gz" else open
        try:
            with opener(self.path, "rb") as stream:
                for number, raw in enumerate(stream, 1):
                    if not raw.strip():
                        continue
                    yield number, self._parse(number, raw)
        except (OSError, EOFError) as exc:  # unreadable, or a damaged .gz
            raise InputError(f"{self.label}: cannot read ({exc})") from None

    def _parse(self, number: int, raw: bytes) -> dict[str, Any]:
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        try:
            row = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise InputError(f"{self.label} line {number} is not valid UTF-8 (bad byte at "
                             f"column {exc.start + 1})") from None
        except json.JSONDecodeError as exc:
            raise InputError(f"{self.label} line {number} is not valid JSON ({exc.msg}, column "
                             f"{exc.colno}); INPUT must be JSON Lines: one object per line")
        if not isinstance(row, dict):
            raise InputError(f"{self.label} line {number} is a JSON {_json_kind(row)}, not an "
                             "object; each line must be one record, e.g. "
                             '{"id": 1, "text": "..."}')
        return row


class ParquetInput(BatchInput):
    """A Parquet file (needs pyarrow); "line" numbers are row numbers from 1."""

    def __init__(self, path: Path, text_field: str, id_field: str | None) -> None:
        super().__init__(path, text_field, id_field)
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise DependencyError("reading Parquet needs pyarrow: pip install "
                                  "'summarizer[parquet]'") from None
        try:
            self._file = pq.ParquetFile(path)
        except (pa.ArrowException, OSError) as exc:  # ArrowInvalid: not a Parquet file
            raise InputError(f"{self.label} is not a readable Parquet file "
                             f"({_one_line(str(exc))})") from None

    def fields(self) -> list[str]:
        return list(self._file.schema_arrow.names)

    def rows(self, columns: list[str]) -> Iterator[tuple[int, dict[str, Any]]]:
        wanted = [name for name in columns if name in self.fields()]
        number = 0
        if not wanted:  # no id column: only the row count is needed
            for number in range(1, self._file.metadata.num_rows + 1):
                yield number, {}
            return
        for batch in self._file.iter_batches(batch_size=1024, columns=wanted):
            for row in batch.to_pylist():
                number += 1
                yield number, row


def open_input(path: str | Path, text_field: str = "text",
               id_field: str | None = None) -> BatchInput:
    """INPUT as JSON Lines or (by its suffix) Parquet; InputError when it cannot be read."""
    if str(path) == "-":
        raise InputError("batch needs an INPUT file: it is read twice, and again on resume, so "
                         "standard input cannot be used")
    path, _ = existing_file(path, "a JSON Lines or Parquet file")
    if path.suffix.lower() in PARQUET_SUFFIXES:
        return ParquetInput(path, text_field, id_field)
    return JsonLinesInput(path, text_field, id_field)


# --- output -------------------------------------------------------------------------------------


class ResultsFile:
    """OUTPUT: append-only JSON Lines that survive an interruption at any moment.

    Each chunk's lines go out in one `write` followed by `fsync`, so after a crash the file is
    every line of the earlier chunks plus, at worst, some whole lines of the last one and one
    cut line; `recover` removes the cut line. An exclusive lock (released by the kernel when the
    process dies, even by kill -9) keeps two runs from appending to the same file.
    """

    def __init__(self, path: str | Path, input_path: Path) -> None:
        self.path = Path(path).expanduser()
        self.label = printable(str(self.path))
        if self.path.is_dir():
            raise InputError(f"{self.label} is a directory; give a file name for the results")
        if not self.path.parent.is_dir():
            raise InputError(f"{self.label}: folder {printable(str(self.path.parent))} does not "
                             "exist")
        if self.path.exists() and self.path.samefile(input_path):
            raise InputError(f"{self.label} is the input file; write the results elsewhere")
        created = not self.path.exists()
        try:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
        except OSError as exc:
            raise InputError(f"{self.label}: cannot write ({exc.strerror or exc})") from None
        self._lock()
        if created:
            _fsync_dir(self.path.parent)

    def _lock(self) -> None:
        try:
            import fcntl
        except ImportError:  # not POSIX: no lock, the rule "one run per OUTPUT" is the user's
            return
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(self._fd)
            raise SummarizerError(f"{self.label} is being written by another summarizer batch "
                                  "run; wait for it or choose another OUTPUT") from None

    def recover(self) -> dict[str, str | None]:
        """Cut a trailing partial line off; return id key → error type (None: ok) of each line."""
        done: dict[str, str | None] = {}
        kept = 0
        with open(self.path, "rb") as stream:
            for number, raw in enumerate(stream, 1):
                if not raw.endswith(b"\n"):
                    break
                kept += len(raw)
                try:
                    row = json.loads(raw)
                    key = id_key(row["id"])
                except (ValueError, KeyError, TypeError):
                    raise InputError(
                        f"{self.label} line {number} is not a line written by summarizer batch; "
                        "move the file away, or remove the line, and rerun") from None
                if key in done:
                    log.warning("%s: id %s is on more than one line", self.label, key)
                done[key] = row.get("error_type")
        size = os.fstat(self._fd).st_size
        if size > kept:
            log.warning("%s ended in a cut line (%d bytes, from an interrupted run); removed it",
                        self.label, size - kept)
            os.ftruncate(self._fd, kept)
            os.fsync(self._fd)
        return done

    def append(self, lines: list[str]) -> None:
        """Append lines with one write, then fsync: on disk before the next chunk starts."""
        data = "".join(line + "\n" for line in lines).encode("utf-8")
        view = memoryview(data)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]
        os.fsync(self._fd)

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)  # also releases the lock
            self._fd = -1


def _fsync_dir(folder: Path) -> None:
    """Make a new file's name durable too (POSIX; a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# --- helpers ------------------------------------------------------------------------------------


def _dumps(payload: dict[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False)


def _one_line(message: str) -> str:
    return " ".join(message.split())


def _json_kind(value: object) -> str:
    names: dict[type, str] = {dict: "object", list: "array", str: "string", bool: "boolean",
                              int: "number", float: "number"}
    return names.get(type(value), type(value).__name__)


def read_results(path: str | Path) -> list[dict[str, Any]]:
    """Every line of an OUTPUT file, parsed (for tests and small scripts)."""
    with open(path, encoding="utf-8") as stream:
        return [json.loads(line) for line in stream]

