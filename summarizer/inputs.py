"""Reading user text from files and standard input, with errors a user can act on."""

from __future__ import annotations

import codecs
import sys
from pathlib import Path

from .errors import InputError


def read_text(source: str | Path, max_bytes: int | None = None) -> str:
    """Read UTF-8 text (a BOM is fine) from a file path, or from standard input when `source` is "-".

    Raises `InputError` for a missing file, a directory, an unreadable file, a file larger than
    `max_bytes`, binary data and invalid UTF-8. Emptiness is checked by the pipeline, not here.
    """
    name = str(source)
    if name == "-":
        data = sys.stdin.buffer.read()
        label = "standard input"
    else:
        path, label = existing_file(name, "a text file")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"{label}: cannot read ({exc.strerror or exc})") from None
    return decode(data, label, max_bytes)


def existing_file(name: str | Path, wanted: str) -> tuple[Path, str]:
    """The path of an existing file and its printable label; `InputError` for a missing path or
    a directory (`wanted` says what to give instead, e.g. "a text file")."""
    path = Path(name).expanduser()
    label = printable(str(path))
    if path.is_dir():
        raise InputError(f"{label} is a directory; give {wanted}")
    if not path.exists():
        raise InputError(f"{label}: no such file")
    return path, label


def decode(data: bytes, label: str = "input", max_bytes: int | None = None) -> str:
    """Decode bytes as UTF-8 text, refusing binary data and oversized input."""
    if max_bytes is not None and len(data) > max_bytes:
        raise InputError(
            f"{label} is {len(data) / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.1f} MB"
        )
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(f"{label} is UTF-16 text; save it as UTF-8")
    if b"\x00" in data[:8192]:
        raise InputError(f"{label} looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{label} is not valid UTF-8 text (bad byte at offset {exc.start}); save it as UTF-8"
        ) from None


def printable(name: str) -> str:
    """A file name fit for a one-line message: control characters (a newline) shown escaped."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in name)
