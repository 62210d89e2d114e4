"""A plain HTTP API over a `Pipeline`: LibreTranslate-compatible routes plus `/summarize`.

`create_api(pipeline)` returns a FastAPI app with

* `POST /translate` {q (a string or a list), source ("auto" allowed), target, format ("text" or
  "html"), api_key (ignored)} → {"translatedText": …} (+ "detectedLanguage" for "auto");
* `POST /detect` {q} → [{"confidence": 0–100, "language": code}];
* `GET /languages` → [{"code", "name", "targets"}];
* `POST /summarize` {q | url, source, target, short, long, route, method} → the CLI's
  `--format json` object (`Result.to_dict()`);
* OpenAPI docs at /docs.

Bodies may be JSON, form-encoded or multipart (LibreTranslate's clients send all three). Every
error is `{"error": "…"}`: 400 for anything the caller can fix (bad language, empty q, unknown
option, a URL that cannot be fetched), 413 for a body or text over the limit, 503 when the server
lacks a model or package (the caller cannot fix that; the message says what the operator must
do), 500 only for our own bugs.

To serve it beside the Gradio demo on one port (the UI stays at "/"; mount Gradio last so the API
routes match first):

    app = create_api(pipeline)
    app = gradio.mount_gradio_app(app, blocks, path="/")
    uvicorn.run(app, host="127.0.0.1", port=7860)
"""

# No `from __future__ import annotations`: FastAPI reads the endpoints' annotations (`Request`,
# the body models), which are local to create_api and must be real objects, not strings.
import html as html_lib
import json
import logging
import re
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import parse_qs

from .errors import (
    ConfigError,
    DependencyError,
    InputError,
    ModelError,
    SummarizerError,
)
from .inputs import (
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT,
    HTML_SIZE_FACTOR,
    load_document,
    text_document,
)
from .languages import TARGETS, Language, parse_language

if TYPE_CHECKING:
    from fastapi import FastAPI

    from .pipeline import Pipeline

log = logging.getLogger(__name__)

#: JSON escapes a Cyrillic letter as \\uXXXX (6 bytes for 2 of UTF-8): room for that and options.
REQUEST_SIZE_FACTOR = 4
ROUTES = ("auto", "translate-first", "summarize-first")
METHODS = ("extractive", "abstractive", "auto")


class ApiError(Exception):
    """An error answered as {"error": message} with an HTTP status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def status_of(error: SummarizerError) -> int:
    """The HTTP status for a library error: 503 for what only the operator can fix (a model,
    a package or the configuration missing), 400 for everything the caller can fix."""
    if isinstance(error, (ModelError, DependencyError, ConfigError)):
        return 503
    return 400


def create_api(pipeline: "Pipeline | Callable[[], Pipeline]", *,
               max_text_bytes: int = DEFAULT_MAX_BYTES, max_request_bytes: int | None = None,
               allow_urls: bool = True, fetch_timeout: float = DEFAULT_TIMEOUT) -> "FastAPI":
    """The HTTP API over `pipeline` (or a zero-argument factory, called on the first request).

    `max_text_bytes` limits each text (UTF-8 bytes; all of a list `q` together) → 413 above it;
    `max_request_bytes` the raw body (default `REQUEST_SIZE_FACTOR` × the text limit).
    `allow_urls=False` refuses `url` in /summarize (a public server should not fetch any address
    a caller names, e.g. one on its own network). Needs fastapi (the `[demo]` extra).
    """
    try:
        from fastapi import FastAPI, Request
        from fastapi.exceptions import RequestValidationError
        from fastapi.responses import JSONResponse
        from pydantic import BaseModel, ConfigDict, Field, ValidationError
        from starlette.concurrency import run_in_threadpool
        from starlette.exceptions import HTTPException
    except ImportError:
        raise DependencyError(
            "the HTTP API needs fastapi: pip install 'summarizer[demo]'") from None

    body_limit = max_request_bytes or max_text_bytes * REQUEST_SIZE_FACTOR + 65536
    held = _PipelineHolder(pipeline)

    class TranslateRequest(BaseModel):
        model_config = ConfigDict(extra="ignore")
        q: str | list[str] = Field(description="text, or a list of texts, to translate")
        source: str = Field("auto", description='language code of q, or "auto" to detect it')
        target: str = Field(description="language to translate into: en, ru or kk")
        format: Literal["text", "html"] = Field("text", description='"html" keeps the markup')
        api_key: str | None = Field(None, description="accepted and ignored (no keys here)")
        alternatives: int | None = Field(None, description="accepted and ignored")

    class DetectRequest(BaseModel):
        model_config = ConfigDict(extra="ignore")
        q: str = Field(description="text whose language to detect")
        api_key: str | None = None

    class SummarizeRequest(BaseModel):
        model_config = ConfigDict(extra="ignore")
        q: str | None = Field(None, description="the article text (give q or url)")
        url: str | None = Field(None, description="an http(s) address of the article page")
        source: str | None = Field(None, description='language of the text; omit or "auto" '
                                   "to detect it")
        target: str | None = Field(None, description="summary language: en, ru or kk "
                                   "(default: the text's own)")
        short: str | None = Field(None, description='short summary length: "3", "60w", "20%"')
        long: str | None = Field(None, description="long summary length, same forms")
        route: Literal["auto", "translate-first", "summarize-first"] = "auto"
        method: Literal["extractive", "abstractive", "auto"] | None = None

    class Language_(BaseModel):
        code: str
        name: str
        targets: list[str]

    class Detected(BaseModel):
        confidence: float
        language: str

    app = FastAPI(
        title="summarizer API",
        description="Detect, translate (English, Russian, Kazakh) and summarize news. "
        "/translate, /detect and /languages speak LibreTranslate's API.",
        version=_version(),
    )

    async def parse(request: Request, model: type[BaseModel]) -> Any:
        body = await _read_body(request, body_limit)
        data = await _decode_body(request, body, Request)
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            raise ApiError(400, _validation_message(exc)) from None

    def body_doc(model: type[BaseModel]) -> dict[str, Any]:
        schema = model.model_json_schema()
        content = {kind: {"schema": schema} for kind in
                   ("application/json", "application/x-www-form-urlencoded")}
        return {"requestBody": {"required": True, "content": content}}

    def text_of(value: str, name: str) -> str:
        """One text, size-checked (413) and cleaned (clean_text) once, at the boundary."""
        if len(value.encode("utf-8", "surrogatepass")) > max_text_bytes:
            raise ApiError(413, f"{name} is over the limit of {max_text_bytes / 1e6:.1f} MB")
        return text_document(value, source=name, max_bytes=max_text_bytes).text

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse({"error": exc.message}, status_code=exc.status)

    @app.exception_handler(SummarizerError)
    async def _library_error(_request: Request, exc: SummarizerError) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=status_of(exc))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"error": _validation_message(exc)}, status_code=400)

    @app.exception_handler(HTTPException)
    async def _http(_request: Request, exc: HTTPException) -> JSONResponse:
        return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _bug(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error in the API")
        return JSONResponse({"error": f"internal error ({type(exc).__name__}); see the server "
                             "log"}, status_code=500)

    # POST too: libretranslatepy sends its (empty) parameters as a body, which makes urllib POST.
    @app.api_route("/languages", methods=["GET", "POST"], response_model=list[Language_],
                   summary="Languages and targets")
    async def languages() -> list[dict[str, Any]]:
        """Every language the server translates from, with the languages it translates it into
        (by the configured models; a model may still need downloading)."""
        return await run_in_threadpool(lambda: _languages(held.get()))

    @app.post("/detect", response_model=list[Detected], summary="Detect the language of q",
              openapi_extra=body_doc(DetectRequest))
    async def detect(request: Request) -> list[dict[str, Any]]:
        """The most likely language of `q` with a confidence in percent (0–100)."""
        body = await parse(request, DetectRequest)
        text = text_of(body.q, "q")
        detection = await run_in_threadpool(held.get().detect, text)
        return [_detected(detection)]

    @app.post("/translate", summary="Translate q (LibreTranslate-compatible)",
              openapi_extra=body_doc(TranslateRequest))
    async def translate(request: Request) -> dict[str, Any]:
        """Translate `q` (a string or a list of strings) into `target`. With source "auto" the
        answer adds `detectedLanguage` (a list for a list `q`)."""
        body = await parse(request, TranslateRequest)
        texts = body.q if isinstance(body.q, list) else [body.q]
        if not texts:
            raise ApiError(400, "q is an empty list: nothing to translate")
        total = sum(len(t.encode("utf-8", "surrogatepass")) for t in texts)
        if total > max_text_bytes * (HTML_SIZE_FACTOR if body.format == "html" else 1):
            raise ApiError(413, f"q is over the limit of {max_text_bytes / 1e6:.1f} MB")
        target = parse_language(body.target, TARGETS).value
        source = None if body.source.strip().lower() == "auto" else parse_language(body.source)
        names = ["q"] if len(texts) == 1 else [f"q[{i}]" for i in range(len(texts))]
        work = [(name, text) for name, text in zip(names, texts)]
        answers = await run_in_threadpool(
            lambda: [held.translate(name, text, target, source, body.format, text_of)
                     for name, text in work])
        translated = [text for text, _ in answers]
        payload: dict[str, Any] = {
            "translatedText": translated if isinstance(body.q, list) else translated[0]}
        if source is None:
            detected = [_detected(detection) for _, detection in answers]
            payload["detectedLanguage"] = detected if isinstance(body.q, list) else detected[0]
        return payload

    @app.post("/summarize", summary="Summarize q or the page at url",
              openapi_extra=body_doc(SummarizeRequest))
    async def summarize(request: Request) -> dict[str, Any]:
        """Short and long summaries of `q` (or of the article at `url`), in the CLI's
        `--format json` shape."""
        from .config import Length

        body = await parse(request, SummarizeRequest)
        if (body.q is None) == (body.url is None):
            raise ApiError(400, "give exactly one of q (the text) or url (a page address)")
        try:
            short = Length.parse(body.short) if body.short is not None else None
            long = Length.parse(body.long) if body.long is not None else None
        except ValueError as exc:
            raise ApiError(400, str(exc)) from None
        source = None if body.source in (None, "") or body.source.lower() == "auto" \
            else body.source
        target = body.target or None

        def run() -> dict[str, Any]:
            if body.url is not None:
                if not allow_urls:
                    raise ApiError(400, "this server does not fetch URLs; send the text as q")
                text = load_document(body.url.strip(), max_bytes=max_text_bytes,
                                     timeout=fetch_timeout).text
            else:
                text = text_of(body.q, "q")
            with held.lock:
                result = held.get().run(text, target=target, source=source, short=short,
                                        long=long, route=body.route, method=body.method)
            return result.to_dict()

        return await run_in_threadpool(run)

    return app


class _PipelineHolder:
    """The pipeline, built on first use from a factory; one lock serialises model work (the
    models are shared and the tiny CPUs gain nothing from running two generations at once)."""

    def __init__(self, pipeline: Any) -> None:
        self._source = pipeline
        factory = isinstance(pipeline, type) or not hasattr(pipeline, "run")
        self._pipeline = None if factory else pipeline
        self._build_lock = threading.Lock()
        self.lock = threading.Lock()

    def get(self) -> "Pipeline":
        if self._pipeline is None:
            with self._build_lock:
                if self._pipeline is None:
                    self._pipeline = self._source()
        return self._pipeline

    def translate(self, name: str, text: str, target: str, source: Language | None, fmt: str,
                  text_of: Callable[..., str]) -> tuple[str, Any]:
        """One q item: (translation, detection). HTML keeps its tags: text between them is
        translated piece by piece in the language detected for the whole."""
        pipeline = self.get()
        if fmt == "text":
            with self.lock:
                result = pipeline.translate(text_of(text, name), target, source=source)
            return result.translation, result.detection
        pieces = _html_pieces(text)
        words = " ".join(piece for kind, piece in pieces if kind == "text" and piece.strip())
        if not words.strip():
            raise InputError(f"{name} holds no text between its HTML tags")
        plain = text_of(html_lib.unescape(words), name)
        detection = (pipeline.detect(plain) if source is None
                     else _known(source))
        out = []
        with self.lock:
            for kind, piece in pieces:
                if kind != "text" or not piece.strip():
                    out.append(piece)
                    continue
                lead, core, trail = re.match(r"(\s*)(.*?)(\s*)$", piece, re.DOTALL).groups()
                translated = pipeline.translate(text_of(html_lib.unescape(core), name), target,
                                                source=detection.language).translation
                out.append(lead + html_lib.escape(translated, quote=False) + trail)
        return "".join(out), detection


def _known(language: Language) -> Any:
    from .detect import Detection

    return Detection(language, 1.0)


_TAG = re.compile(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>|<[^>]*>", re.DOTALL | re.IGNORECASE)


def _html_pieces(html: str) -> list[tuple[str, str]]:
    """Split HTML into ("tag", markup) and ("text", text) pieces; script/style stay markup."""
    pieces: list[tuple[str, str]] = []
    position = 0
    for match in _TAG.finditer(html):
        if match.start() > position:
            pieces.append(("text", html[position:match.start()]))
        pieces.append(("tag", match.group(0)))
        position = match.end()
    if position < len(html):
        pieces.append(("text", html[position:]))
    return pieces


def _languages(pipeline: "Pipeline") -> list[dict[str, Any]]:
    from .plan import translation_legs

    rows = []
    for source in TARGETS:
        targets = []
        for target in TARGETS:
            if target == source:
                continue
            try:
                translation_legs(source, target, pipeline.settings.translation)
            except SummarizerError:
                continue
            targets.append(target.value)
        rows.append({"code": source.value, "name": source.english_name, "targets": targets})
    return rows


def _detected(detection: Any) -> dict[str, Any]:
    return {"confidence": round(detection.confidence * 100, 1),
            "language": detection.language.value}


async def _read_body(request: Any, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it passes `limit` (never read whole)."""
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit:
        raise ApiError(413, f"the request is {int(length) / 1e6:.1f} MB; the limit is "
                       f"{limit / 1e6:.1f} MB")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, f"the request is over the limit of {limit / 1e6:.1f} MB")
        chunks.append(chunk)
    return b"".join(chunks)


async def _decode_body(request: Any, body: bytes, request_class: Any) -> dict[str, Any]:
    """JSON, form-encoded or multipart body → dict (a repeated form field → a list)."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if not body.strip():
        return {}
    if kind == "multipart/form-data":
        async def replay() -> dict[str, Any]:
            return {"type": "http.request", "body": body, "more_body": False}

        form = await request_class(request.scope, replay).form()
        return _flatten({key: [v for v in form.getlist(key) if isinstance(v, str)]
                         for key in form.keys()})
    if kind == "application/x-www-form-urlencoded":
        try:
            fields = parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
        except UnicodeDecodeError:
            raise ApiError(400, "the form is not UTF-8") from None
        return _flatten(fields)
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ApiError(400, f"the body is not valid JSON ({exc.__class__.__name__}); send JSON "
                       "or a form") from None
    if not isinstance(data, dict):
        raise ApiError(400, "the body must be a JSON object")
    return data


def _flatten(fields: dict[str, list[str]]) -> dict[str, Any]:
    return {key: values[0] if len(values) == 1 else values for key, values in fields.items()}


def _validation_message(exc: Any) -> str:
    errors = exc.errors()
    if not errors:
        return "invalid request"
    first = errors[0]
    where = ".".join(str(part) for part in first.get("loc", ()) if part != "body") or "body"
    message = first.get("msg", "invalid")
    if first.get("type") == "missing":
        return f"Invalid request: missing {where} parameter"
    return f"Invalid request: {where}: {message}"


def _version() -> str:
    from . import __version__

    return __version__
