"""Reading user input — a file, standard input, a URL, raw bytes or text — into a `Document`.

This is the input boundary: everything a user hands in passes `load_document` (or
`text_document` for text typed in) exactly once, and comes out as clean text within the size
limit. Bytes are read with a cap and, for pipes and devices, a deadline (never the whole of
/dev/zero; a FIFO without a writer cannot hang); they are decoded by BOM, declared charset,
`<meta charset>`, UTF-8 or detection; HTML and Markdown are reduced to their prose
(summarizer.extract); then `summarizer.hygiene.clean_text` removes what could crash a later stage.
"""

from __future__ import annotations

import codecs
import os
import re
import select
import stat
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .hygiene import clean_text

#: Default limit on the text of one document (UTF-8 bytes); models.yaml may set another.
DEFAULT_MAX_BYTES = 2_000_000
#: Raw HTML may be this many times larger than the text limit (markup, inline scripts).
HTML_SIZE_FACTOR = 5
#: Seconds to wait for data from a pipe, FIFO or device (and for a URL) before giving up.
DEFAULT_TIMEOUT = 20.0

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")


@dataclass(frozen=True)
class Document:
    """One input, read and cleaned.

    `text` is the prose to summarize (for HTML, the article only); `title` and `date` come from
    the page's metadata or the Markdown's first heading / front matter; `source` is what the user
    gave (a path, the URL as typed, "standard input", "text"); `url` the final address after
    redirects; `encoding` the codec used; `kind` "text", "markdown" or "html"; `notes` say what
    was guessed or changed (a guessed encoding, removed control characters, …).
    """

    text: str
    source: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    encoding: str | None = None
    kind: str = "text"
    notes: tuple[str, ...] = ()


def load_document(source: str | Path | bytes, *, max_bytes: int = DEFAULT_MAX_BYTES,
                  timeout: float | None = DEFAULT_TIMEOUT, kind: str = "auto",
                  name: str | None = None) -> Document:
    """Read a path, "-" (standard input), an http(s) URL or raw bytes into a clean `Document`.

    `max_bytes` limits the text (HTML may be `HTML_SIZE_FACTOR` times larger before
    extraction); `timeout` bounds a URL fetch and waiting on a pipe, FIFO or device (None: wait
    for a pipe as long as it takes, e.g. an interactive standard input; URLs then get
    `DEFAULT_TIMEOUT`). `kind`
    "auto" decides by the file suffix, the server's media type or the content ("<html");
    "text", "markdown" or "html" force one. `name` labels raw bytes (an upload's file name: used
    in messages and, by its suffix, to tell HTML and Markdown). Raises `InputError` (exit 3:
    missing, unreadable, binary, too large, empty), `FetchError` (exit 9: a URL that cannot be
    fetched) or `DependencyError` (exit 8: HTML without the `[web]` extra).
    """
    if kind not in ("auto", "text", "markdown", "html"):
        raise ValueError(f"unknown kind {kind!r}")
    raw_limit = max_bytes * HTML_SIZE_FACTOR
    charset = None
    url = None
    if isinstance(source, bytes):
        data = source
        label = printable(Path(name).name) if name else "input"
        name = name or "input"
        if kind == "auto" and name:
            kind = _kind_of_suffix(Path(name).suffix.lower())
        if len(data) > raw_limit:
            raise InputError(f"{label} is {_mb(len(data))}; the limit is {_mb(max_bytes)}")
    elif str(source) == "-":
        label = name = "standard input"
        data = read_stdin(raw_limit, label, timeout, shown_limit=max_bytes)
    elif isinstance(source, str) and _looks_like_url(source):
        from .fetch import fetch_url, is_url

        if not is_url(source):
            raise InputError(f"{printable(source)}: only http:// and https:// URLs are read")
        fetched = fetch_url(source, max_bytes=raw_limit, timeout=timeout or DEFAULT_TIMEOUT)
        label = name = printable(source)
        data, charset, url = fetched.data, fetched.charset, fetched.url
        if kind == "auto":
            kind = _kind_of_media(fetched.media_type)
    else:
        path, label = existing_file(source, "a text, Markdown or HTML file")
        name = str(source)
        data = read_path(path, raw_limit, label, timeout, shown_limit=max_bytes)
        if kind == "auto":
            kind = _kind_of_suffix(path.suffix.lower())
    if kind == "auto":
        kind = "html" if _HTML_START.match(data[:1024]) else "text"
    if kind != "html" and len(data) > max_bytes:
        raise InputError(f"{label} is {_mb(len(data))}; the limit is {_mb(max_bytes)}")
    text, encoding, notes = decode_bytes(data, label, declared=charset, html=kind == "html")
    return _finish(text, name, kind, label, max_bytes, url=url, encoding=encoding,
                   notes=notes)


def text_document(text: str, *, source: str = "text", max_bytes: int = DEFAULT_MAX_BYTES,
                  kind: str = "text") -> Document:
    """A `Document` from text given directly (`--text`, a form field, an API request): size
    checked, Markdown/HTML reduced when `kind` says so, cleaned. Raises `InputError`."""
    if not isinstance(text, str):
        raise InputError(f"expected text (str), got {type(text).__name__}")
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes * (HTML_SIZE_FACTOR if kind == "html" else 1):
        raise InputError(f"{source} is {_mb(size)}; the limit is {_mb(max_bytes)}")
    return _finish(text, source, kind, source, max_bytes)


def _finish(text: str, name: str, kind: str, label: str, max_bytes: int, *, url: str | None = None,
            encoding: str | None = None, notes: tuple[str, ...] = ()) -> Document:
    """Extract prose by kind, clean it, check the limit and emptiness."""
    title = date = None
    text, cleaned = clean_text(text)  # before extraction too: the parsers get no NULs
    notes = notes + cleaned
    if kind in ("html", "markdown"):
        from .extract import html_to_text, markdown_to_text

        extracted = (html_to_text(text, url or _url_or_none(name), label) if kind == "html"
                     else markdown_to_text(text))
        text, again = clean_text(extracted.text)
        title, date = extracted.title, extracted.date
        notes += extracted.notes + tuple(note for note in again if note not in notes)
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        raise InputError(f"{label} holds {_mb(size)} of text; the limit is {_mb(max_bytes)}")
    if not text.strip():
        raise InputError(f"{label} is empty: nothing to summarize")
    return Document(text=text, source=name, title=title, date=date, url=url, encoding=encoding,
                    kind=kind, notes=notes)


# --- reading bytes with a cap -------------------------------------------------------------------


def read_path(path: Path, max_bytes: int, label: str, timeout: float | None = DEFAULT_TIMEOUT, *,
              shown_limit: int | None = None) -> bytes:
    """At most `max_bytes` (+1, to tell "over the limit") from a file; pipes, FIFOs and devices
    are read without blocking and given up after `timeout` seconds without data. `shown_limit`
    is the limit the error message names (the text limit, when HTML may be read larger)."""
    shown = _mb(shown_limit or max_bytes)
    try:
        status = path.stat()
        mode = status.st_mode
        if stat.S_ISREG(mode) and status.st_size > max_bytes:
            raise InputError(f"{label} is {_mb(status.st_size)}; the limit is {shown}")
        if stat.S_ISREG(mode):
            with path.open("rb") as handle:
                data = handle.read(max_bytes + 1)
        elif stat.S_ISFIFO(mode) or stat.S_ISCHR(mode) or stat.S_ISSOCK(mode):
            # O_NONBLOCK: opening a FIFO that has no writer would otherwise block forever.
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
            try:
                data = read_capped(fd, max_bytes, label, timeout, shown_limit=shown_limit)
            finally:
                os.close(fd)
        else:
            raise InputError(f"{label} is not a regular file; give a text file")
    except OSError as exc:
        raise InputError(f"{label}: cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:  # a file that grew while read
        raise InputError(f"{label} is larger than {shown}, the limit")
    return data


def read_stdin(max_bytes: int, label: str = "standard input",
               timeout: float | None = DEFAULT_TIMEOUT, *,
               shown_limit: int | None = None) -> bytes:
    """Standard input with a cap and an idle timeout (see `read_capped`)."""
    try:
        fd = sys.stdin.buffer.fileno()
    except (AttributeError, OSError, ValueError):  # replaced by a test harness: no descriptor
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(f"{label} is larger than {_mb(shown_limit or max_bytes)}, the limit")
        return data
    return read_capped(fd, max_bytes, label, timeout, shown_limit=shown_limit)


def read_capped(fd: int, max_bytes: int, label: str, timeout: float | None = DEFAULT_TIMEOUT, *,
                shown_limit: int | None = None) -> bytes:
    """Read a pipe, FIFO, terminal or device until end of data, at most `max_bytes`.

    `InputError` when more than `max_bytes` arrive (so /dev/zero costs one limit's worth of
    memory, not all of it) or when no data comes for `timeout` seconds (a FIFO nobody writes).
    """
    chunks: list[bytes] = []
    size = 0
    while True:
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            raise InputError(f"{label}: no data for {timeout:g} s; is anything writing to it?")
        try:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - size))
        except BlockingIOError:
            # A FIFO opened before its writer: no data yet. Wait again rather than spin.
            time.sleep(0.05)
            continue
        except OSError as exc:
            raise InputError(f"{label}: cannot read ({exc.strerror or exc})") from None
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise InputError(f"{label} is larger than {_mb(shown_limit or max_bytes)}, "
                             "the limit")
        chunks.append(chunk)


# --- decoding ----------------------------------------------------------------------------------


def decode_bytes(data: bytes, label: str = "input", *, declared: str | None = None,
                 html: bool = False) -> tuple[str, str, tuple[str, ...]]:
    """Decode bytes by, in order: a BOM, the `declared` charset (HTTP), a `<meta charset>` (for
    HTML), strict UTF-8, then detection (charset-normalizer: windows-1251, KOI8-R, UTF-16, …).

    Returns (text, codec name, notes); a note says when the encoding was guessed. Raises
    `InputError` for binary data (a PDF, an image, NUL bytes in what is not UTF-16/32).
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode(data[len(bom):], codec, label), codec, ()
    _refuse_binary_magic(data, label)
    notes: list[str] = []
    candidates = [(declared, "declared by the server")]
    if html:
        match = _META_CHARSET.search(data[:4096])
        candidates.append((match.group(1).decode("ascii") if match else None,
                           "declared in the page"))
    for name, origin in candidates:
        codec = _codec(name)
        if codec is None:
            if name:
                notes.append(f"unknown charset {name!r} {origin}; ignored")
            continue
        if codec in _LATIN1_LIKE and _is_utf8(data) and not data.isascii():
            notes.append(f"charset {name} {origin}, but the data is UTF-8; read as UTF-8")
            return data.decode("utf-8"), "utf-8", tuple(notes)
        try:
            return data.decode(codec), codec, tuple(notes)
        except UnicodeDecodeError:
            notes.append(f"charset {name} {origin} does not fit the data; ignored")
    if _is_utf8(data):
        return data.decode("utf-8"), "utf-8", tuple(notes)
    codec = _detect(data, label)
    text = _decode(data, codec, label)
    if len(_BINARY_CONTROLS.findall(text)) > len(text) // 100:
        raise InputError(f"{label} looks like a binary file, not text")
    notes.append(f"encoding not declared and not UTF-8: guessed {codec}")
    return text, codec, tuple(notes)


def _detect(data: bytes, label: str) -> str:
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        raise InputError(f"{label} is not valid UTF-8 text; save it as UTF-8 (or install "
                         "charset-normalizer to read other encodings)") from None
    best = from_bytes(data[:200_000]).best()
    if best is None or (b"\x00" in data and not best.encoding.startswith(("utf_16", "utf_32"))):
        raise InputError(f"{label} looks like a binary file, not text")
    return codecs.lookup(best.encoding).name


def _decode(data: bytes, codec: str, label: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(f"{label} is not valid {codec} text (bad byte at offset {exc.start})"
                         ) from None


def _is_utf8(data: bytes) -> bool:
    """Valid UTF-8 and not UTF-16/32 in disguise (ASCII in UTF-16 is valid UTF-8 full of NULs);
    a few stray NULs are left for `clean_text` to remove."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return data.count(b"\x00") <= len(data) // 100


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("'\"")).name
    except LookupError:
        return None


def _refuse_binary_magic(data: bytes, label: str) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{label} is a {what}, not text; convert it to text first")


_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC = (
    (b"%PDF-", "PDF document"), (b"\x89PNG", "PNG image"), (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"), (b"PK\x03\x04", "ZIP archive (or a .docx/.odt)"),
    (b"\x1f\x8b", "gzip archive"), (b"\x7fELF", "program"),
)
_BINARY_CONTROLS = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_LATIN1_LIKE = ("latin-1", "iso8859-1", "cp1252", "ascii")
_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_HTML_START = re.compile(rb"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])",
                         re.IGNORECASE | re.DOTALL)


def _kind_of_suffix(suffix: str) -> str:
    if suffix in HTML_SUFFIXES:
        return "html"
    return "markdown" if suffix in MARKDOWN_SUFFIXES else "auto"


def _kind_of_media(media_type: str) -> str:
    if media_type in ("text/html", "application/xhtml+xml"):
        return "html"
    return "markdown" if media_type in ("text/markdown", "text/x-markdown") else "auto"


def _looks_like_url(value: str) -> bool:
    return re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", value) is not None


def _url_or_none(name: str) -> str | None:
    return name if _looks_like_url(name) else None


def _mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


# --- the original entry points, kept until the front ends move to load_document ----------------


def read_text(source: str | Path, max_bytes: int | None = None) -> str:
    """Read UTF-8 text (a BOM is fine) from a file path, or standard input when `source` is "-".

    Raises `InputError` for a missing file, a directory, an unreadable file, a file larger than
    `max_bytes`, binary data and invalid UTF-8. Emptiness is checked by the pipeline, not here.
    Superseded by `load_document` (encodings, HTML, URLs, limits); kept for the current CLI.
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
    """Decode bytes as UTF-8 text, refusing binary data and oversized input; cleaned by
    `clean_text` (a NUL past the first 8 KiB no longer reaches the JSON)."""
    if max_bytes is not None and len(data) > max_bytes:
        raise InputError(
            f"{label} is {len(data) / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.1f} MB"
        )
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(f"{label} is UTF-16 text; save it as UTF-8")
    if b"\x00" in data[:8192]:
        raise InputError(f"{label} looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{label} is not valid UTF-8 text (bad byte at offset {exc.start}); save it as UTF-8"
        ) from None
    return clean_text(text)[0]


def printable(name: str) -> str:
    """A file name fit for a one-line message: control characters (a newline) shown escaped."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in name)
