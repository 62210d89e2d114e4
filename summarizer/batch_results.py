"""Batch OUTPUT: the append-only JSON Lines results file, safe to interrupt and resume.

See batch.py for the rules (resume, order) a user can rely on.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

from .batch_inputs import id_key
from .errors import InputError, SummarizerError
from .inputs import printable

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


def read_results(path: str | Path) -> list[dict[str, Any]]:
    """Every line of an OUTPUT file, parsed (for tests and small scripts)."""
    with open(path, encoding="utf-8") as stream:
        return [json.loads(line) for line in stream]
