"""Fetching a web page: one GET with a timeout, a size cap, redirects and a clear User-Agent.

The standard library's urllib is enough for one GET (redirects, proxies from the environment,
HTTPS with the system's certificates), so fetching adds no dependency. Every failure becomes a
one-line `FetchError` (exit 9) that names the URL and says what went wrong.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urlsplit

from .errors import FetchError

DEFAULT_TIMEOUT = 20.0
#: Media types read as text; anything else (PDF, images, archives) is refused before the body.
TEXT_TYPES = ("text/", "application/xhtml+xml", "application/xml", "application/json")


@dataclass(frozen=True)
class Fetched:
    """A fetched body: `url` is the final address (after redirects), `media_type` e.g. "text/html",
    `charset` the one the server declared (None when it declared none)."""

    url: str
    data: bytes
    media_type: str
    charset: str | None


def is_url(value: str) -> bool:
    """True for an http(s) address (the only schemes fetched)."""
    return value.lower().startswith(("http://", "https://"))


def user_agent() -> str:
    """The User-Agent sent: the tool's name and version, so site owners can tell who asks."""
    from . import __version__

    return f"summarizer/{__version__}"


def fetch_url(url: str, *, max_bytes: int, timeout: float = DEFAULT_TIMEOUT) -> Fetched:
    """GET `url` and return its body, at most `max_bytes` of it.

    Redirects are followed (up to 10, http and https only). `timeout` bounds the whole transfer,
    not only each socket read, so a server dripping one byte a second cannot hold the caller.
    Raises `FetchError` for a bad address, DNS or connection failure, an HTTP error status, a
    timeout, a body over `max_bytes`, or a media type that is not text (PDF, image, ...).
    """
    label = _short(url)
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FetchError(f"{label}: not an http(s) URL")
    request = urllib.request.Request(url, headers={
        "User-Agent": user_agent(),
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
    })
    opener = urllib.request.build_opener(_HttpOnlyRedirects())
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            headers: Message = response.headers
            media_type = headers.get_content_type().lower()
            if headers.get("Content-Type") and not media_type.startswith(TEXT_TYPES):
                raise FetchError(f"{label} is {media_type}, not a web page or text")
            length = headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise FetchError(f"{label} is {_mb(int(length))}; the limit is {_mb(max_bytes)}")
            data = _read_capped(response, max_bytes, deadline, label, timeout)
            return Fetched(response.geturl(), data, media_type,
                           headers.get_content_charset())
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        raise FetchError(f"{label}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise FetchError(f"{label}: {_reason(exc.reason, parts.hostname, timeout)}") from None
    except (TimeoutError, socket.timeout):
        raise FetchError(f"{label}: no answer within {timeout:g} s") from None
    except (OSError, ValueError, http.client.HTTPException) as exc:
        raise FetchError(f"{label}: {_reason(exc, parts.hostname, timeout)}") from None


def _read_capped(response, max_bytes: int, deadline: float, label: str, timeout: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise FetchError(f"{label}: the transfer took longer than {timeout:g} s")
        chunk = response.read1(65536) if hasattr(response, "read1") else response.read(65536)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"{label} is larger than {_mb(max_bytes)}, the limit")
        chunks.append(chunk)


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http(s) only (urllib also follows ftp://)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001
        if not is_url(newurl):
            raise FetchError(f"{_short(req.full_url)} redirects to {_short(newurl)}, "
                             "not an http(s) URL")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _reason(reason: object, host: str | None, timeout: float) -> str:
    if isinstance(reason, socket.gaierror):
        return f"cannot resolve host {host!r} (DNS); check the address and the network"
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"no answer within {timeout:g} s"
    if isinstance(reason, ConnectionRefusedError):
        return f"connection refused by {host}"
    if isinstance(reason, ssl.SSLError):
        return f"TLS error ({getattr(reason, 'reason', None) or reason})"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror.lower()
    return str(reason).splitlines()[0] if str(reason) else type(reason).__name__


def _mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def _short(url: str, limit: int = 120) -> str:
    """A URL fit for a one-line message: no control characters, not absurdly long."""
    text = "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in url)
    return text if len(text) <= limit else text[: limit - 1] + "…"
