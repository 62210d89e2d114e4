"""The web demo: paste, upload or fetch an article, get its language, a translation and summaries.

    python -m summarizer.demo           # http://127.0.0.1:7860 (also: summarizer-demo, demo.py)
    python -m summarizer.demo --host 0.0.0.0 --port 8080 --config /srv/models.yaml

One port serves three things: the page at "/"; the LibreTranslate-compatible HTTP API of
`summarizer.api` (POST /translate, /detect, /summarize, GET /languages, docs at /docs); and the
page's Gradio API (`/summarize`, `/detect`, `/translate` under /gradio_api/, for `gradio_client`),
which answers errors with the library's one-line messages.

This module lays out the page and formats what `Pipeline` returns (texts come from
`summarizer.render`, web wording from `summarizer.webtext`); every decision about languages,
routes and lengths is the library's.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import html
import logging
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

# Gradio reads this once, when it is imported; anything but "True" keeps its telemetry off.
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"

import gradio as gr  # noqa: E402

from summarizer import (  # noqa: E402
    TARGETS,
    Detection,
    Language,
    Length,
    Pipeline,
    Result,
    SummarizerError,
)
from summarizer.inputs import Document, decode, load_document  # noqa: E402
from summarizer.languages import Method, Route  # noqa: E402
from summarizer.models import preload  # noqa: E402
from summarizer.progress import Step, observe  # noqa: E402
from summarizer.render import (  # noqa: E402
    describe_length,
    describe_route,
    describe_timings,
    detection_payload,
    to_json,
    to_markdown,
)
from summarizer.request import KK_SCRIPTS, OPTIONS, Request, present  # noqa: E402
from summarizer.webtext import (  # noqa: E402
    METHOD_LABELS,
    ROUTE_LABELS,
    LengthError,
    TooLongError,
    WebMessage,
    direction_name,
    flags_html,
    language_mix,
    language_name,
    web_message,
)

log = logging.getLogger("summarizer.demo")

TITLE = "Summarizer: detect, translate, summarize"
#: Sample articles are offered from the repository's examples/ folder; an installed package has
#: none, and the page then offers none.
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SAMPLES = (("news_en.txt", "English: news"), ("news_ru.txt", "Русский: новости"),
           ("news_kk.txt", "Қазақша: жаңалықтар"))
#: The Kazakh alphabet choice: the page's words for `Request.kk_script`.
KK_SCRIPT_CHOICES = [("Кирилл", "cyrl"), ("Latyn", "latn")]
#: Uploads and pasted texts larger than this (UTF-8 bytes) are refused before any work.
MAX_UPLOAD_BYTES = 1_000_000
#: Generated downloads older than this are deleted when new ones are written.
DOWNLOADS_KEEP_SECONDS = 3600
AUTO = "auto"
#: The Summarize button's outputs: the alert, the 13 of `Actions.show`, the JSON.
PAGE_OUTPUTS = 15
ROUTE_CHOICES = [(ROUTE_LABELS[route], route.value) for route in Route]
# Soft's blue badges (#3b82f6 on #dbeafe, 3.0:1) and grey help text (#9ca3af, 2.5:1) fail WCAG AA;
# the overrides below give 4.5:1 or more for text and 3:1 for control borders.
# System fonts: the theme's own font would be fetched from Google Fonts by every visitor.
THEME = gr.themes.Soft(primary_hue="blue", neutral_hue="slate",
                       font=["system-ui", "Segoe UI", "Roboto", "Arial", "sans-serif"],
                       font_mono=["ui-monospace", "Consolas", "monospace"]).set(
    block_label_text_color="#1e3a8a",
    block_label_background_fill="#dbeafe",
    block_info_text_color="#475569",
    block_title_text_color="#1e293b",
    body_text_color_subdued="#475569",
    input_placeholder_color="#64748b",
    input_border_color="#64748b",
    input_border_color_focus="#1d4ed8",
    input_border_width="1px",
    checkbox_border_color="#475569",
    checkbox_label_background_fill_selected="#1d4ed8",
    checkbox_label_text_color_selected="#ffffff",
    checkbox_label_border_color_selected="#1d4ed8",
    button_primary_background_fill="#1d4ed8",
    button_primary_background_fill_hover="#1e40af",
    button_primary_text_color="#ffffff",
    button_secondary_text_color="#1e293b",
    button_secondary_border_color="#64748b",
)
CSS = """
.gradio-container { max-width: 1280px !important; margin: 0 auto !important; }
h1 { font-size: 1.5rem !important; margin: 0 0 .25rem 0 !important; }
.intro p { margin: 0 !important; }
.hint, .hint p { font-size: .9em; color: #475569 !important; }
#unsure { border-left: 4px solid #b45309; padding: 6px 12px; background: #fffbeb; color: #1f2937; }
#error .error-panel { border: 2px solid #b91c1c; border-left-width: 6px; border-radius: 6px;
  background: #fef2f2; color: #1f2937; padding: 10px 14px; }
#error .error-panel strong { color: #991b1b; }
#error .error-panel p { margin: .2rem 0; }
#error details { margin-top: .4rem; }
#error code { background: #fff; color: #111827; padding: 1px 4px; border: 1px solid #d1d5db;
  border-radius: 3px; font-size: .9em; overflow-wrap: anywhere; }
/* The Fetch button sits level with the address field, not stretched to the block's height. */
.url-row { align-items: flex-end !important; }
.url-row #fetch { flex-grow: 0 !important; height: auto !important; min-height: 2.6rem;
  margin-bottom: 6px; }
#title h2 { font-size: 1.25rem; margin: .25rem 0; color: #111827; }
#flags .flags-panel { border-left: 4px solid #b45309; padding: 6px 12px; background: #fffbeb;
  color: #1f2937; }
#flags .flags-panel ul { margin: .3rem 0 .3rem 1.2rem; padding: 0; }
#flags .flags-panel strong { color: #7c2d12; }
#translation-skipped { border-left: 4px solid #1d4ed8; padding: 6px 12px; background: #eff6ff;
  color: #1f2937; }
/* Progress is shown over this box, right under the buttons the user just pressed. */
#status { min-height: 5rem; }
#status [data-testid=status-tracker] { flex-direction: column-reverse; gap: .3rem; }
#status .progress-text { position: static !important; transform: none !important; }
#status p { margin: 0; color: #1f2937; }
/* A visible focus ring on everything that takes the keyboard. */
:is(a, button, input, textarea, select, summary, [tabindex]):focus-visible {
  outline: 3px solid #1d4ed8 !important; outline-offset: 2px !important; }
label:has(input[type=radio]:focus-visible) { outline: 3px solid #1d4ed8; outline-offset: 2px; }
/* One control per row on narrow screens: paired controls stack instead of cutting labels. */
@media (max-width: 600px) {
  .pair { flex-direction: column !important; }
  .pair > * { min-width: 100% !important; }
}
"""

# Gradio gives every radio button its own `name` and its fieldset no name, so a screen reader
# announces no group and arrow keys do not move between choices. This makes each fieldset a named
# radio group (one Tab stop; arrows choose), also for radios rendered later (the closed accordion).
JS = """
() => {
  const group = () => document.querySelectorAll('fieldset').forEach((set, index) => {
    const name = `choice-${set.id || index}`;
    const radios = [...set.querySelectorAll('input[type=radio]')];
    // Gradio renames the buttons when the choice changes: name them again.
    radios.filter(radio => radio.name !== name).forEach(radio => { radio.name = name; });
    if (!radios.length || set.getAttribute('role') === 'radiogroup') return;
    set.setAttribute('role', 'radiogroup');
    const label = set.querySelector('[data-testid=block-info]');
    if (label) {
      label.id = `${name}-label`;
      set.setAttribute('aria-labelledby', label.id);
    }
  });
  group();
  new MutationObserver(group).observe(document.body, {childList: true, subtree: true,
                                                      attributeFilter: ['name']});
}
"""

Fn = TypeVar("Fn", bound=Callable[..., Any])


def api_errors(fn: Fn) -> Fn:
    """Answer API calls' errors with the library's one-line message, never a traceback.

    A user's mistake is a `SummarizerError`; anything else is a bug, logged here in full and
    answered with a one-line apology (Gradio would otherwise say "upstream app has raised an
    exception").
    """

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except SummarizerError as exc:
            log.info("refused: %s", exc)
            message = present(exc, lambda option: f"“{option.label}”:")
            raise gr.Error(message, print_exception=False) from None
        except gr.Error:
            raise
        except Exception:
            log.exception("internal error in %s", fn.__name__)
            raise gr.Error("internal error; the server's log has the details",
                           print_exception=False) from None

    return wrapper  # type: ignore[return-value]


class RunCancelled(Exception):
    """Raised into a running pipeline (at its next step) when its user pressed Cancel."""


def _checked_size(text: Any) -> str:
    if isinstance(text, str):
        size = len(text.encode("utf-8", "replace"))
        if size > MAX_UPLOAD_BYTES:
            raise TooLongError(size, MAX_UPLOAD_BYTES)
    return text


def _language(choice: str | None) -> str | None:
    return None if choice in (AUTO, "", None) else choice


def _length(spec: str | None, which: str) -> Length | None:
    if spec is None or not str(spec).strip():
        return None
    try:
        return Length.parse(str(spec))
    except ValueError as exc:
        raise LengthError(which, str(spec), f"{which} summary: {exc}") from None


def describe_detected(detection: Detection, named: bool) -> str:
    """The detected-language line, with the language's own name and, for a text in several
    languages, the mix ("… · mix: Қазақша 78 %, Русский 22 %"); `named`: the user chose it."""
    language = f"{language_name(detection.language)} ({detection.language.value})"
    if named:
        return f"{language}, as you chose (not detected)"
    note = "" if detection.reliable else " (unsure: check the text or choose its language)"
    mix = language_mix(detection)
    return (f"{language}, confidence {detection.confidence:.0%}{note}"
            + (f" · mix: {mix}" if mix else ""))


def _with_document(result: Result, document: Document) -> Result:
    """The result of a fetched page with the page's title and address.

    `Pipeline.run` is given the page's text; until it takes a `Document` itself (and fills
    `title` and `source` from it), the page keeps what it fetched here.
    """
    return dataclasses.replace(result, title=result.title or document.title,
                               source=result.source or document.source,
                               notes=tuple(dict.fromkeys((*result.notes, *document.notes))))


@dataclass
class Actions:
    """What the page and the API do, over one preloaded `Pipeline`."""

    pipeline: Pipeline
    downloads: Path
    _cancels: dict[str, threading.Event] = field(default_factory=dict, repr=False)

    # --- the API ---------------------------------------------------------------------------------

    @api_errors
    def summarize(self, text: str, target: str = AUTO, short: str = "", long: str = "",
                  source: str = AUTO, route: str = AUTO, method: str = "",
                  kk_script: str = "cyrl") -> dict[str, Any]:
        """Summarize a text in `target` ("auto", "en", "ru" or "kk"), translating it if needed.

        `short` and `long` are lengths such as "3" (sentences), "80w" (words) or "25%" (empty:
        the configured default); `source` names the text's language instead of detecting it;
        `route` is "auto", "translate-first" or "summarize-first"; `method` is "extractive",
        "abstractive" or "auto" (empty: the configured one); `kk_script` the alphabet of Kazakh
        output, "cyrl" or "latn". Returns the result as JSON.
        """
        return self._run(text, target, short, long, source, route, method,
                         kk_script).to_dict()

    @api_errors
    def detect(self, text: str) -> dict[str, Any]:
        """Detect the language of a text: code, name, confidence and whether it is reliable."""
        return detection_payload(self.pipeline.detect(_checked_size(text)))

    @api_errors
    def translate(self, text: str, target: str, source: str = AUTO) -> dict[str, Any]:
        """Translate a text into `target` ("en", "ru" or "kk"); `source` ("auto": detect)."""
        return self.pipeline.translate(_checked_size(text), target,
                                       source=_language(source)).to_dict()

    @api_errors
    def load_file(self, path: str | None) -> str:
        """The text of an uploaded file, refusing binary, non-UTF-8 and oversized files."""
        if not path:
            return gr.skip()
        file = Path(path)  # Gradio caps uploads at 5 MB, so reading one whole is fine
        return decode(file.read_bytes(), file.name, MAX_UPLOAD_BYTES)

    def fetch(self, url: str) -> Document:
        """The article at `url` (http or https), read with the page's size limit and the
        configured timeout. Raises `FetchError`, `InputError` or `DependencyError`."""
        return load_document(url.strip(), max_bytes=MAX_UPLOAD_BYTES,
                             timeout=self.pipeline.settings.limits.read_timeout)

    def _run(self, text: str | Document, target: str, short: str, long: str, source: str,
             route: str, method: str = "", kk_script: str = "cyrl") -> Result:
        request = Request(target=_language(target), source=_language(source),
                          short=_length(short, "short"), long=_length(long, "long"),
                          route=route or AUTO, method=method or None,
                          kk_script=kk_script or KK_SCRIPTS[0])
        if isinstance(text, Document):
            return _with_document(self.pipeline.run(text.text, request=request), text)
        return self.pipeline.run(_checked_size(text), request=request)

    # --- the page --------------------------------------------------------------------------------

    def summarize_page(self, text: str, target: str, short: str, long: str, source: str,
                       route: str, method: str = "", kk_script: str = "cyrl",
                       fetched: Document | None = None, progress: gr.Progress = gr.Progress(),
                       request: gr.Request | None = None) -> tuple[Any, ...]:
        """The Summarize button: the same run as `summarize`, shown on the page.

        `fetched` is the web page last fetched into the article box: while the box still holds
        its text, the run is of that page (its title and address reach the result). Errors go
        into the page's alert panel in plain words (they stay until the next run); what was
        detected before a failure is still shown. Progress is reported by stage.
        """
        article: str | Document = text
        if isinstance(fetched, Document) and fetched.text == text:
            article = fetched
        seen: dict[str, Any] = {}
        # One event per run: a run cancelled but not yet stopped keeps its own, set, event.
        cancel = self._cancels[_session(request)] = threading.Event()
        progress(0, desc="Detecting the language…")

        def on_step(step: Step) -> None:
            if cancel.is_set():
                raise RunCancelled
            if step.stage == "detected":
                seen["detection"] = step.detection
            progress_step(progress, step)

        try:
            with observe(on_step):
                result = self._run(article, target, short, long, source, route, method,
                                   kk_script)
        except RunCancelled:
            log.info("run cancelled by its user")
            return (gr.skip(),) * PAGE_OUTPUTS  # Gradio already stopped waiting for it
        except SummarizerError as exc:
            log.info("refused on the page: %s", exc)
            message = web_message(exc, seen.get("detection"), _language(target))
            return self.failed(message, seen.get("detection"), _language(source) is not None)
        except Exception:
            log.exception("internal error on the page")
            return self.failed(WebMessage(
                "Something went wrong on the server.",
                "Please try again. If it happens again, tell the administrator: the server's "
                "log has the details."), seen.get("detection"), False)
        finally:
            if self._cancels.get(_session(request)) is cancel:
                del self._cancels[_session(request)]
        return (_hidden_error(), *self.show(result, source), result.to_dict())

    def cancel(self, request: gr.Request | None = None) -> str:
        """The Cancel button: stop this browser session's run at its next step."""
        event = self._cancels.get(_session(request))
        if event is None:
            return ""
        event.set()
        return "Cancelled. Press **Summarize** to start again."

    def translate_page(self, text: str, payload: dict[str, Any] | None,
                       progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:
        """"Translate the whole article": the full translation the summarize-first route skipped."""
        if not payload:
            return gr.skip(), gr.skip(), gr.skip(), gr.skip()
        source, target = Language(payload["detected_language"]), payload["target_language"]
        progress(0, desc="Translating the article…")
        try:
            with observe(lambda step: progress_step(progress, step)):
                translated = self.pipeline.translate(_checked_size(text), target, source=source)
        except SummarizerError as exc:
            return (_shown_error(web_message(exc, None, target)), gr.skip(), gr.skip(),
                    gr.skip())
        return (_hidden_error(), gr.update(value=translated.translation, visible=True),
                gr.update(visible=False), gr.update(visible=False))

    def fetch_page(self, url: str) -> tuple[Any, Any, Any]:
        """The Fetch button: the page's article into the article box (and kept, with its
        title and address, for the run), or the refusal in the alert panel."""
        if not url or not url.strip():
            return gr.skip(), gr.skip(), _shown_error(WebMessage(
                "The web address is empty.", "Type the address of an article (http:// or "
                "https://), then press Fetch."))
        try:
            document = self.fetch(url)
        except SummarizerError as exc:
            log.info("fetch refused: %s", exc)
            return gr.skip(), None, _shown_error(web_message(exc))
        return document.text, document, _hidden_error()

    def load_file_page(self, path: str | None) -> tuple[Any, Any]:
        """An upload on the page: the text into the article box, or the refusal in the panel."""
        try:
            return self.load_file(path), _hidden_error()
        except gr.Error as exc:
            return gr.skip(), _shown_error(WebMessage(
                "This file cannot be used.", f"The file {exc.message}. "
                "Upload a plain-text (.txt or .md) file saved as UTF-8, or paste the article."))

    def failed(self, message: WebMessage, detection: Detection | None,
               named: bool) -> tuple[Any, ...]:
        """The page after a failed run: the alert, plus whatever was detected before it."""
        detected = gr.skip() if detection is None else describe_detected(detection, named)
        return (_shown_error(message), detected, *[gr.skip()] * (PAGE_OUTPUTS - 2))

    @staticmethod
    def headline(result: Result) -> dict[str, Any]:
        """The article's title above the summaries (hidden when it has none)."""
        title = (result.title or "").strip()
        return gr.update(value=f"<h2>{html.escape(title)}</h2>" if title else "",
                         visible=bool(title))

    def show(self, result: Result, source: str) -> tuple[Any, ...]:
        """Fill the result panel from a finished run."""
        detection = result.detection
        json_file, markdown_file = self._write_downloads(result)
        skipped = result.translation is None and result.source_language != result.target_language
        return (
            describe_detected(detection, named=_language(source) is not None),
            gr.update(visible=not detection.reliable, value=(
                f"**Unsure about the language** (confidence {detection.confidence:.0%}). If it "
                "is wrong, choose the article's language under *Article language* and press "
                "**Summarize** again."
            )),
            result.short_summary,
            result.long_summary,
            gr.update(value=result.translation or "", visible=result.translation is not None),
            gr.update(visible=skipped, value=_skipped_note(result) if skipped else ""),
            gr.update(visible=skipped),
            describe_route(result),
            describe_timings(result),
            self.headline(result),
            gr.update(value=flags_html(result.flags), visible=bool(flags_html(result.flags))),
            gr.update(value=str(json_file), visible=True),
            gr.update(value=str(markdown_file), visible=True),
        )

    def _write_downloads(self, result: Result) -> tuple[Path, Path]:
        """Write the result as JSON and Markdown into a fresh folder; prune old folders."""
        cutoff = time.time() - DOWNLOADS_KEEP_SECONDS
        for old in self.downloads.iterdir():
            if old.stat().st_mtime < cutoff:
                for file in old.iterdir():
                    file.unlink(missing_ok=True)
                old.rmdir()
        folder = Path(tempfile.mkdtemp(dir=self.downloads))
        stem = f"summary-{result.source_language.value}-{result.target_language.value}"
        json_file, markdown_file = folder / f"{stem}.json", folder / f"{stem}.md"
        json_file.write_text(to_json(result), encoding="utf-8")
        markdown_file.write_text(to_markdown(result), encoding="utf-8")
        return json_file, markdown_file


def progress_step(progress: gr.Progress, step: Step) -> None:
    """Show one pipeline step on the page's progress bar, in words."""
    if step.stage == "detected":
        progress(0.05, desc=f"Detected {language_name(step.detection.language)}")
    elif step.stage == "load":
        progress(None, desc=f"Loading the model {Path(step.detail).name} (first time only)…")
    elif step.stage == "translate":
        progress((step.done, step.total), unit="sentences",
                 desc=f"Translating {direction_name(step.detail)}")
    elif step.stage == "summarize":
        progress(0.95, desc="Writing the summaries…")


def _session(request: gr.Request | None) -> str:
    return getattr(request, "session_hash", None) or "direct call"


def _skipped_note(result: Result) -> str:
    summary = result.summary_language or result.source_language
    return (f"**The whole article was not translated.** To save time on a long article, the "
            f"summaries were written in {language_name(summary)} and only they were translated "
            f"into {language_name(result.target_language)}.")


def _shown_error(message: WebMessage) -> dict[str, Any]:
    return gr.update(value=message.html(), visible=True)


def _hidden_error() -> dict[str, Any]:
    return gr.update(value="", visible=False)


@dataclass(frozen=True)
class Offer:
    """What this server can really do, so the page offers only that (and says why not)."""

    targets: tuple[Language, ...]
    missing_targets: tuple[Language, ...]
    methods: tuple[Method, ...]

    @classmethod
    def of(cls, pipeline: Pipeline) -> Offer:
        """A target is offered when some article language can be translated into it with the
        models on this machine; abstractive methods when some summarization model is here."""
        targets, missing = [], []
        for target in TARGETS:
            reachable = False
            for source in TARGETS:
                if source == target:
                    continue
                try:
                    pipeline.translators.check_available(source, target)
                    reachable = True
                except SummarizerError:
                    pass
            (targets if reachable else missing).append(target)
        abstractive = any(pipeline.abstractive.available(language) for language in TARGETS)
        methods = tuple(Method) if abstractive else (Method.EXTRACTIVE,)
        return cls(tuple(targets), tuple(missing), methods)


def build_demo(pipeline: Pipeline, concurrency: int = 2) -> gr.Blocks:
    """The page and its API over a built (ideally preloaded) pipeline.

    `concurrency` is how many runs of each endpoint go at once; more wait in that endpoint's
    queue. Each endpoint has its own queue, so a burst of long summaries does not hold up
    language detection. Two suits a 2-core machine: translation already uses the cores.
    """
    downloads = tempfile.TemporaryDirectory(prefix="summarizer-demo-")
    actions = Actions(pipeline, Path(downloads.name))
    lengths = pipeline.settings.summary.lengths
    offer = Offer.of(pipeline)
    targets = [(language_name(language), language.value) for language in offer.targets]
    sources = [(language_name(language), language.value) for language in TARGETS]
    target_info = "Another language than the article's means translating it."
    if offer.missing_targets:
        names = ", ".join(language_name(language) for language in offer.missing_targets)
        target_info += f" Not offered: {names} (its translation model is not installed here)."
    configured = Method(pipeline.settings.summary.method)
    method_default = (configured if configured in offer.methods else offer.methods[0]).value

    # Gradio keeps a copy of every upload and download; drop the hour-old ones every hour.
    cache_cleanup = (DOWNLOADS_KEEP_SECONDS, DOWNLOADS_KEEP_SECONDS)
    with gr.Blocks(title=TITLE, analytics_enabled=False, delete_cache=cache_cleanup) as demo:
        demo.downloads = downloads  # removed with the demo (or at exit)
        gr.Markdown(
            "# Summarizer\n"
            "Paste a news article (English, Русский or Қазақша): you get its language and a "
            "short and a long summary, in the language you choose. Everything runs on this "
            "server.",
            elem_classes="intro",
        )
        with gr.Row(equal_height=False):
            with gr.Column(scale=5, min_width=320):
                # (a fixed height: a box that grows re-measures its whole text on every
                # change, and a 5 MB paste held a slow machine's browser 7.5 s before its
                # refusal could even be asked for; fixed, 2.9 s)
                text = gr.Textbox(label="Article", lines=10, max_lines=10,
                                  placeholder="Paste the article here, headline first.",
                                  elem_id="article")
                target = gr.Radio([("Same as the article", AUTO), *targets], value=AUTO,
                                  label=OPTIONS["target"].label, elem_id="target", info=target_info)
                source = gr.Radio([("Detect automatically", AUTO), *sources], value=AUTO,
                                  label=OPTIONS["source"].label, elem_id="source",
                                  info="Choose it only when the detected language is wrong.")
                with gr.Row(elem_classes="pair"):
                    run = gr.Button("Summarize", variant="primary", elem_id="run", scale=3,
                                    min_width=160)
                    stop = gr.Button("Cancel", variant="secondary", elem_id="cancel", scale=1,
                                     min_width=100)
                status = gr.Markdown("", elem_id="status")
                upload = gr.UploadButton(
                    f"Upload a text file (.txt or .md, UTF-8, up to "
                    f"{MAX_UPLOAD_BYTES // 1_000_000} MB)", file_types=[".txt", ".md"],
                    type="filepath", variant="secondary", size="sm", elem_id="upload")
                with gr.Row(elem_classes="pair url-row"):
                    url = gr.Textbox(label="Or the address of a web page", elem_id="url",
                                     placeholder="https://…", scale=4, min_width=200,
                                     max_lines=1, type="text")
                    fetch = gr.Button("Fetch the article", variant="secondary", size="sm",
                                      elem_id="fetch", scale=1, min_width=120)
                fetched = gr.State(None)
                with gr.Accordion("More options: lengths, route, method, alphabet", open=False,
                                  elem_id="options"):
                    with gr.Row(elem_classes="pair"):
                        short = gr.Textbox("", label=OPTIONS["short"].label, elem_id="short",
                                           placeholder="e.g. 3, 80w or 25%", min_width=200,
                                           info=f"Default: {describe_length(lengths.short)}.")
                        long = gr.Textbox("", label=OPTIONS["long"].label, elem_id="long",
                                          placeholder="e.g. 8, 250w or 40%", min_width=200,
                                          info=f"Default: {describe_length(lengths.long)}.")
                    gr.Markdown("A length is a number of sentences (3), of words (80w) or a "
                                "share of the article's sentences (25%). Leave it empty for "
                                "the default.", elem_classes="hint")
                    route = gr.Radio(ROUTE_CHOICES, value=AUTO, elem_id="route-choice",
                                     label=OPTIONS["route"].label)
                    method_info = (None if len(offer.methods) > 1 else
                                   "Rewritten summaries need a summarization model, which is "
                                   "not installed on this server.")
                    method = gr.Radio([(METHOD_LABELS[m], m.value) for m in offer.methods],
                                      value=method_default, label=OPTIONS["method"].label,
                                      elem_id="method", info=method_info)
                    kk_script = gr.Radio(KK_SCRIPT_CHOICES, value=KK_SCRIPTS[0],
                                         label=OPTIONS["kk_script"].label, elem_id="kk-script",
                                         info="For summaries and translations into Қазақша.")
                samples = [(name, label) for name, label in SAMPLES if (EXAMPLES / name).is_file()]
                if samples:
                    gr.Examples(
                        [[(EXAMPLES / name).read_text(encoding="utf-8")] for name, _ in samples],
                        inputs=[text], example_labels=[label for _, label in samples],
                        label="Sample articles", api_visibility="private",
                    )
            with gr.Column(scale=6, min_width=320, elem_id="results"):
                error = gr.HTML("", visible=False, elem_id="error")
                detected = gr.Textbox(label="Detected language", interactive=False,
                                      elem_id="detected")
                unsure = gr.Markdown(visible=False, elem_id="unsure")
                title = gr.HTML("", visible=False, elem_id="title")
                short_out = gr.Textbox(label="Short summary", lines=3, interactive=False,
                                       buttons=["copy"], elem_id="short-summary")
                long_out = gr.Textbox(label="Long summary", lines=8, max_lines=16,
                                      interactive=False, buttons=["copy"], elem_id="long-summary")
                translation = gr.Textbox(label="Translation of the article", lines=8,
                                         max_lines=16, interactive=False, buttons=["copy"],
                                         visible=False, elem_id="translation")
                flags = gr.HTML("", visible=False, elem_id="flags")
                skipped = gr.Markdown(visible=False, elem_id="translation-skipped")
                translate_all = gr.Button("Translate the whole article", visible=False,
                                          variant="secondary", elem_id="translate-all")
                models = gr.Textbox(label="Route and models", interactive=False,
                                    elem_id="route")
                timings = gr.Textbox(label="Timings", interactive=False, elem_id="timings")
                with gr.Row():
                    json_download = gr.DownloadButton("Download JSON", visible=False,
                                                      elem_id="download-json")
                    markdown_download = gr.DownloadButton("Download Markdown", visible=False,
                                                          elem_id="download-markdown")
                with gr.Accordion("JSON (what the API answers)", open=False):
                    payload = gr.JSON(label="Result")

        outputs = [error, detected, unsure, short_out, long_out, translation, skipped,
                   translate_all, models, timings, title, flags, json_download,
                   markdown_download, payload]
        cleared = (_hidden_error(), "", gr.update(visible=False), "", "",
                   gr.update(value="", visible=False), gr.update(visible=False),
                   gr.update(visible=False), "", "", gr.update(value="", visible=False),
                   gr.update(value="", visible=False), gr.update(visible=False),
                   gr.update(visible=False), None)
        cleared_event = run.click(lambda: (*cleared, ""), None, [*outputs, status],
                                  queue=False, api_visibility="private")
        running = cleared_event.then(
            actions.summarize_page,
            [text, target, short, long, source, route, method, kk_script, fetched], outputs,
            api_visibility="private", concurrency_limit=concurrency, concurrency_id="page",
            show_progress_on=[status])
        # Narrow screens stack the columns: bring the answer (or the alert) into view.
        running.then(None, None, None, api_visibility="private",
                     js="() => document.getElementById('results')"
                        "?.scrollIntoView({block: 'nearest'})")
        stop.click(actions.cancel, None, status, cancels=[running], concurrency_limit=None,
                   api_visibility="private")
        translate_all.click(actions.translate_page, [text, payload],
                            [error, translation, skipped, translate_all],
                            api_visibility="private", concurrency_limit=concurrency,
                            concurrency_id="page", show_progress_on=[skipped])
        upload.upload(actions.load_file_page, upload, [text, error], api_visibility="private")
        for trigger in (fetch.click, url.submit):
            trigger(actions.fetch_page, url, [text, fetched, error], api_visibility="private",
                    concurrency_limit=concurrency, concurrency_id="fetch",
                    show_progress_on=[url])
        gr.api(actions.summarize, api_name="summarize", concurrency_limit=concurrency,
               concurrency_id="summarize")
        gr.api(actions.detect, api_name="detect", concurrency_limit=2 * concurrency,
               concurrency_id="detect")
        gr.api(actions.translate, api_name="translate", concurrency_limit=concurrency,
               concurrency_id="translate")

    demo.queue(default_concurrency_limit=concurrency)
    return demo


def create_app(pipeline: Pipeline, demo: gr.Blocks, host: str = "127.0.0.1",
               port: int = 7860) -> Any:
    """One ASGI app for one port: the HTTP API of `summarizer.api` at the root (POST
    /translate, /detect, /summarize, GET /languages, /docs) and the page at "/" with its
    Gradio API under /gradio_api/. The API's routes are added first, so they match first.

    The monitoring dashboard, run history and MCP server are off (they would publish inputs);
    the theme is built in (a named one would be fetched from the hub). `host` and `port` are
    only what Gradio writes into the page's configuration; `serve` decides where it listens.
    """
    from summarizer.api import create_api

    api = create_api(pipeline, max_text_bytes=pipeline.settings.limits.max_input_bytes,
                     fetch_timeout=pipeline.settings.limits.read_timeout)
    return gr.mount_gradio_app(api, demo, path="/", server_name=host, server_port=port,
                               theme=THEME, css=CSS, js=JS, enable_monitoring=False,
                               run_history=False, mcp_server=False, footer_links=["api"],
                               max_file_size=5 * MAX_UPLOAD_BYTES)


def serve(app: Any, host: str = "127.0.0.1", port: int = 7860) -> None:
    """Serve `app` with uvicorn until interrupted (this machine only unless `host` says
    otherwise; nothing is shared through a public link)."""
    import uvicorn

    uvicorn.run(app, host=host, port=port, log_level="warning")


def log_preload(pipeline: Pipeline) -> None:
    """Load what can be loaded now and say what was (missing models are not an error yet)."""
    report = preload(pipeline)
    log.info("language detector ready (%.1f s)", report.detector_seconds)
    for name, seconds in report.loaded.items():
        log.info("%s: loaded (%.1f s)", name, seconds)
    for name, reason in report.skipped.items():
        log.warning("%s: not loaded: %s; requests for it will fail until "
                    "`summarizer models download %s`", name, reason, name)


def main(argv: list[str] | None = None) -> int:
    """Build and preload the pipeline, then serve the demo until interrupted; the exit code."""
    parser = argparse.ArgumentParser(
        prog="summarizer-demo", description="Run the summarizer web demo: the page and the "
        "HTTP API (LibreTranslate-compatible /translate, /detect, /languages; /summarize; docs "
        "at /docs) on one port.")
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default: 127.0.0.1, this machine only)")
    parser.add_argument("--port", type=int, default=7860, help="port (default: 7860)")
    parser.add_argument("--config", metavar="PATH", help="models.yaml to use (default: "
                        "$SUMMARIZER_MODELS, else the bundled one)")
    parser.add_argument("--concurrency", type=int, default=2, metavar="N",
                        help="runs of each endpoint processed at once; others wait in a queue "
                        "(default: 2)")
    args = parser.parse_args(argv)
    if args.concurrency < 1:
        parser.error("--concurrency must be at least 1")
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr,
                        format="%(asctime)s demo: %(message)s", datefmt="%H:%M:%S")
    logging.getLogger("summarizer").setLevel(logging.INFO)  # ours; not every HTTP request
    try:
        pipeline = Pipeline.from_config(args.config)
        log.info("configuration: %s", pipeline.settings.path)
        log_preload(pipeline)
    except SummarizerError as exc:
        print(f"demo: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:  # while models load (uvicorn handles it once serving)
        print("demo: interrupted", file=sys.stderr)
        return 130
    print(f"demo: serving http://{args.host}:{args.port}/ (the page; the HTTP API's docs at "
          "/docs)", file=sys.stderr)
    serve(create_app(pipeline, build_demo(pipeline, args.concurrency), args.host, args.port),
          args.host, args.port)
    return 0


if __name__ == "__main__":
    sys.exit(main())
