"""Batch INPUT: JSON Lines (plain or gzip) or Parquet records, checked in full before a run.

See batch.py for the rules (ids, bad input) a user can rely on.
"""

from __future__ import annotations

import codecs
import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import DependencyError, InputError
from .inputs import existing_file, printable

PARQUET_SUFFIXES = (".parquet", ".pq")


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
                kind = "null" if text is None else f"a {json_kind(text)}"
                yield Record(record_id, line, problem=f"the '{self.text_field}' field is {kind}, "
                             "not text")

    def _id(self, line: int, row: dict[str, Any]) -> str | int:
        value = row.get(self.id_field)
        if value is None:
            return line
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise InputError(f"{self.label} line {line}: the '{self.id_field}' field is a "
                             f"{json_kind(value)}; ids must be strings or integers")
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
            raise InputError(f"{self.label} line {number} is a JSON {json_kind(row)}, not an "
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
                             f"({one_line(str(exc))})") from None

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


def json_kind(value: object) -> str:
    """The JSON name of a value's type, for messages ("object", "string", ...)."""
    names: dict[type, str] = {dict: "object", list: "array", str: "string", bool: "boolean",
                              int: "number", float: "number"}
    return names.get(type(value), type(value).__name__)


def one_line(message: str) -> str:
    """`message` with every run of whitespace (newlines included) made one space."""
    return " ".join(message.split())
