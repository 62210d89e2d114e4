"""Batch OUTPUT: the append-only JSON Lines results file, safe to interrupt and resume.

See batch.py for the rules (resume, order) a user can rely on.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .batch_inputs import id_key
from .errors import InputError, SummarizerError, UsageError
from .inputs import printable

if TYPE_CHECKING:
    from .request import Request

log = logging.getLogger("summarizer")


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
        data = _encoded(lines)
        view = memoryview(data)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]
        os.fsync(self._fd)

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)  # also releases the lock
            self._fd = -1


class StdoutResults:
    """OUTPUT "-": the lines go to standard output as they are made; nothing to resume."""

    label = "standard output"

    def recover(self) -> dict[str, str | None]:
        return {}

    def append(self, lines: list[str]) -> None:
        stream = sys.stdout
        buffer = getattr(stream, "buffer", None)
        if buffer is not None:
            stream.flush()
            buffer.write(_encoded(lines))
            buffer.flush()
        else:  # replaced by a test harness: text only
            stream.write(_encoded(lines).decode("utf-8"))
            stream.flush()

    def close(self) -> None:
        pass


def _encoded(lines: list[str]) -> bytes:
    """The lines as UTF-8; a lone surrogate that reached a line (an id, an error message) is
    written as its JSON escape ("\\ud83d"), so the file stays valid UTF-8 and valid JSON."""
    return "".join(line + "\n" for line in lines).encode("utf-8", "backslashreplace")


#: The CLI flag of each recorded option, for the message that refuses a rerun.
_FLAGS = {"text_field": "--text-field", "id_field": "--id-field"}


@dataclass(frozen=True)
class RunOptions:
    """The options OUTPUT's results were made with, kept in OUTPUT.options.json beside it.

    Resuming with other options would append results of another kind to the same file (another
    target language, other lengths, another text field) and skip every record already there as
    "done", so `check` refuses it, naming the first option that differs by its CLI flag.
    """

    values: dict[str, Any]

    @classmethod
    def of(cls, request: Request, text_field: str, id_field: str | None,
           config: str | Path | None) -> RunOptions:
        from dataclasses import fields

        values: dict[str, Any] = {}
        for item in fields(request):
            value = getattr(request, item.name)
            values[item.name] = _spec(value)
        values.update({"text_field": text_field, "id_field": id_field,
                       "config": str(Path(config).expanduser().resolve()) if config else None})
        return cls(values)

    @staticmethod
    def sidecar(output: Path) -> Path:
        return output.with_name(output.name + ".options.json")

    def check(self, output: Path, force: bool = False) -> None:
        """Refuse (UsageError) to resume `output` made with other options, unless `force`;
        then record these options beside it."""
        sidecar = self.sidecar(output)
        recorded = self._read(sidecar)
        has_results = output.exists() and output.stat().st_size > 0
        if has_results and recorded and not force:
            names = list(self.values) + [n for n in recorded if n not in self.values]
            for name in names:
                if recorded.get(name) != self.values.get(name):
                    raise UsageError(
                        f"{printable(str(output))} holds results made with {_flag(name)} "
                        f"{_shown(recorded.get(name))}, not {_shown(self.values.get(name))}; "
                        "rerun with the same options, choose another OUTPUT, or pass --force "
                        "to add to it anyway")
        if recorded == self.values:
            return
        temporary = sidecar.with_name(sidecar.name + ".tmp")
        try:
            temporary.write_text(json.dumps(self.values, ensure_ascii=False, indent=2) + "\n",
                                 encoding="utf-8")
            os.replace(temporary, sidecar)
        except OSError as exc:
            raise InputError(f"{printable(str(sidecar))}: cannot write "
                             f"({exc.strerror or exc})") from None

    @staticmethod
    def _read(sidecar: Path) -> dict[str, Any]:
        """The recorded options; {} when there are none (or the file is unreadable: nothing to
        compare with, it is written anew)."""
        if not sidecar.exists():
            return {}
        try:
            recorded = json.loads(sidecar.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}  # unreadable: nothing to compare with; it is written anew
        return recorded if isinstance(recorded, dict) else {}


def _spec(value: Any) -> Any:
    """An option's value as JSON and as the user would write it: "en", "60w", "2", "25%"."""
    if value is None or isinstance(value, (bool, int)):
        return value
    if all(hasattr(value, name) for name in ("sentences", "words", "ratio")):  # a Length
        parts = []
        if value.sentences is not None:
            parts.append(str(value.sentences))
        if value.words is not None:
            parts.append(f"{value.words}w")
        if value.ratio is not None:
            parts.append(f"{value.ratio:.0%}")
        return ",".join(parts)
    return str(value)


def _flag(name: str) -> str:
    if name in _FLAGS:
        return _FLAGS[name]
    from .request import OPTIONS

    return OPTIONS[name].flag if name in OPTIONS else name


def _shown(value: Any) -> str:
    if value is None:
        return "(default)"
    if isinstance(value, bool):
        return "on" if value else "off"
    return repr(value) if isinstance(value, str) and " " in value else str(value)


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


def read_results(path: str | Path) -> list[dict[str, Any]]:
    """Every line of an OUTPUT file, parsed (for tests and small scripts)."""
    with open(path, encoding="utf-8") as stream:
        return [json.loads(line) for line in stream]
