"""The web demo: paste or upload an article, get its language, a translation and two summaries.

    python demo.py                      # http://127.0.0.1:7860, models from models.yaml
    python demo.py --host 0.0.0.0 --port 8080 --config /srv/models.yaml

This file lays out the page and formats what `Pipeline` returns (texts come from
`summarizer.render`); every decision about languages, routes and lengths is the library's. The
same features are API endpoints (`/summarize`, `/detect`, `/translate`) that answer plain JSON,
for `gradio_client` and for plain HTTP.
"""

from __future__ import annotations

import argparse
import functools
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

# Gradio reads this once, when it is imported; anything but "True" keeps its telemetry off.
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"

import gradio as gr  # noqa: E402

from summarizer import TARGETS, Pipeline, Result, SummarizerError  # noqa: E402
from summarizer.inputs import decode  # noqa: E402
from summarizer.languages import Method, Route  # noqa: E402
from summarizer.models import preload  # noqa: E402
from summarizer.request import OPTIONS, Request, present  # noqa: E402
from summarizer.render import (  # noqa: E402
    describe_detection,
    describe_length,
    describe_route,
    describe_timings,
    detection_payload,
    to_json,
    to_markdown,
)

log = logging.getLogger("summarizer.demo")

TITLE = "summarizer: detect, translate, summarize"
EXAMPLES = Path(__file__).resolve().parent / "examples"
SAMPLES = (("news_en.txt", "English news"), ("news_ru.txt", "Русские новости"),
           ("news_kk.txt", "Қазақша жаңалықтар"))
#: Uploads larger than this are refused with a message (a long article is ~50 KB).
MAX_UPLOAD_BYTES = 1_000_000
#: Generated downloads older than this are deleted when new ones are written.
DOWNLOADS_KEEP_SECONDS = 3600
AUTO = "auto"
ROUTE_LABELS = {
    Route.AUTO: "Auto: long articles get only their summaries translated",
    Route.TRANSLATE_FIRST: "Translate the whole article, then summarize",
    Route.SUMMARIZE_FIRST: "Summarize, then translate only the summaries",
}
METHOD_LABELS = {
    Method.EXTRACTIVE: "Extractive: the article's own sentences",
    Method.ABSTRACTIVE: "Abstractive: written by a model (needs it downloaded)",
    Method.AUTO: "Auto: abstractive where its model is downloaded",
}
ROUTE_CHOICES = [(ROUTE_LABELS[route], route.value) for route in Route]
METHOD_CHOICES = [("As configured in models.yaml", ""),
                  *((METHOD_LABELS[method], method.value) for method in Method)]
THEME = gr.themes.Soft(primary_hue="blue")  # built in: a theme name would be fetched online
CSS = """
.gradio-container { max-width: 1280px !important; margin: 0 auto !important; }
.hint { font-size: 0.85em; opacity: 0.8; }
#unsure { border-left: 4px solid #d97706; padding: 6px 12px; background: #fffbeb; }
"""

Fn = TypeVar("Fn", bound=Callable[..., Any])


def user_errors(fn: Fn) -> Fn:
    """Show the library's one-line error messages as Gradio errors, never as tracebacks."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except SummarizerError as exc:
            log.info("refused: %s", exc)
            message = present(exc, lambda option: f"“{option.label}”:")
            raise gr.Error(message, print_exception=False) from None

    return wrapper  # type: ignore[return-value]


def _language(choice: str) -> str | None:
    return None if choice in (AUTO, "", None) else choice


def _request(target: str, short: str, long: str, source: str, route: str,
             method: str) -> Request:
    """The page's controls as a `Request`: "auto" and empty fields mean the default."""
    return Request(target=_language(target), source=_language(source),
                   short=str(short).strip() or None if short is not None else None,
                   long=str(long).strip() or None if long is not None else None,
                   route=route or AUTO, method=method or None)


@dataclass
class Actions:
    """What the page and the API do, over one preloaded `Pipeline`."""

    pipeline: Pipeline
    downloads: Path

    @user_errors
    def summarize(self, text: str, target: str = AUTO, short: str = "", long: str = "",
                  source: str = AUTO, route: str = AUTO, method: str = "") -> dict[str, Any]:
        """Summarize a text in `target` ("auto", "en", "ru" or "kk"), translating it if needed.

        `short` and `long` are lengths such as "3" (sentences), "80w" (words) or "25%" (empty:
        the configured default); `source` names the text's language instead of detecting it;
        `route` is "auto", "translate-first" or "summarize-first"; `method` is "extractive",
        "abstractive" or "auto" (empty: the configured one). Returns the result as JSON.
        """
        return self._run(text, target, short, long, source, route, method).to_dict()

    @user_errors
    def summarize_page(self, text: str, target: str, short: str, long: str, source: str,
                       route: str, method: str = "") -> tuple[Any, ...]:
        """The Run button: the same run as `summarize`, shown on the page."""
        result = self._run(text, target, short, long, source, route, method)
        return (*self.show(result, source), result.to_dict())

    def _run(self, text: str, target: str, short: str, long: str, source: str,
             route: str, method: str = "") -> Result:
        return self.pipeline.run(text, request=_request(target, short, long, source, route,
                                                        method))

    @user_errors
    def detect(self, text: str) -> dict[str, Any]:
        """Detect the language of a text: code, name, confidence and whether it is reliable."""
        return detection_payload(self.pipeline.detect(text))

    @user_errors
    def translate(self, text: str, target: str, source: str = AUTO) -> dict[str, Any]:
        """Translate a text into `target` ("en", "ru" or "kk"); `source` ("auto": detect)."""
        return self.pipeline.translate(text, target, source=_language(source)).to_dict()

    @user_errors
    def load_file(self, path: str | None) -> str:
        """The text of an uploaded file, refusing binary, non-UTF-8 and oversized files."""
        if not path:
            return gr.skip()
        file = Path(path)  # Gradio caps uploads at 5 MB, so reading one whole is fine
        data = file.read_bytes()
        return decode(data, file.name, MAX_UPLOAD_BYTES)

    def show(self, result: Result, source: str) -> tuple[Any, ...]:
        """Fill the result panel from a finished run."""
        detection = result.detection
        if _language(source) is None:
            language = describe_detection(result)
        else:
            language = f"{detection.language.english_name} ({detection.language.value}), " \
                       "as you chose (not detected)"
        json_file, markdown_file = self._write_downloads(result)
        return (
            language,
            gr.update(visible=not detection.reliable, value=(
                f"**Unsure about the language** (confidence {detection.confidence:.0%}). If it "
                "is wrong, choose the article's language under *Article language* and run again."
            )),
            result.short_summary,
            result.long_summary,
            gr.update(value=result.translation or "", visible=result.translation is not None),
            describe_route(result),
            describe_timings(result),
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


def build_demo(pipeline: Pipeline, concurrency: int = 2) -> gr.Blocks:
    """The page and its API over a built (ideally preloaded) pipeline.

    `concurrency` is how many requests run at once; more wait in the queue. Two suits a 2-core
    machine: translation already uses the cores, and a third run would only slow the others.
    """
    downloads = tempfile.TemporaryDirectory(prefix="summarizer-demo-")
    actions = Actions(pipeline, Path(downloads.name))
    lengths = pipeline.settings.summary.lengths
    language_choices = [(language.native_name, language.value) for language in TARGETS]

    # Gradio keeps a copy of every upload and download; drop the hour-old ones every hour.
    cache_cleanup = (DOWNLOADS_KEEP_SECONDS, DOWNLOADS_KEEP_SECONDS)
    with gr.Blocks(title=TITLE, analytics_enabled=False, delete_cache=cache_cleanup) as demo:
        demo.downloads = downloads  # removed with the demo (or at exit)
        gr.Markdown(
            "## summarizer\n"
            "Paste a news article or upload a text file. The tool detects its language, "
            "translates it into English, Russian or Kazakh if you ask, and writes a short and "
            "a long summary. Everything runs on this server; nothing is sent elsewhere."
        )
        with gr.Row(equal_height=False):
            with gr.Column(scale=5):
                text = gr.Textbox(label="Article", lines=14, max_lines=24,
                                  placeholder="Paste the article here (headline first), or upload "
                                  "a file below.", elem_id="article")
                upload = gr.File(label=f"…or upload a .txt or .md file (UTF-8, up to "
                                 f"{MAX_UPLOAD_BYTES // 1_000_000} MB)",
                                 file_types=[".txt", ".md"], type="filepath", height=110)
                with gr.Row():
                    target = gr.Dropdown(
                        [("Auto (same as the article)", AUTO), *language_choices], value=AUTO,
                        label=OPTIONS["target"].label, elem_id="target",
                        info="Another language than the article's means translating it.")
                    source = gr.Dropdown(
                        [("Detect automatically", AUTO), *language_choices], value=AUTO,
                        label=OPTIONS["source"].label, elem_id="source",
                        info="Choose it only when detection is wrong or unsure.")
                with gr.Row():
                    short = gr.Textbox("", label=OPTIONS["short"].label,
                                       placeholder="e.g. 3, 80w or 25%",
                                       info=f"Default: {describe_length(lengths.short)}.")
                    long = gr.Textbox("", label=OPTIONS["long"].label,
                                      placeholder="e.g. 8, 250w or 40%",
                                      info=f"Default: {describe_length(lengths.long)}.")
                gr.Markdown("Lengths: a number of sentences (3), of words (80w) or a share of the "
                            "article's sentences (25%). Leave empty for the default.",
                            elem_classes="hint")
                with gr.Row():
                    route = gr.Dropdown(ROUTE_CHOICES, value=AUTO, label=OPTIONS["route"].label)
                    method = gr.Dropdown(METHOD_CHOICES, value="",
                                         label=OPTIONS["method"].label)
                run = gr.Button("Run", variant="primary", elem_id="run")
                gr.Examples(
                    [[(EXAMPLES / name).read_text(encoding="utf-8")] for name, _ in SAMPLES],
                    inputs=[text], example_labels=[label for _, label in SAMPLES],
                    label="Sample articles",
                )
            with gr.Column(scale=6):
                detected = gr.Textbox(label="Detected language", interactive=False,
                                      elem_id="detected")
                unsure = gr.Markdown(visible=False, elem_id="unsure")
                short_out = gr.Textbox(label="Short summary", lines=3, interactive=False,
                                       buttons=["copy"], elem_id="short-summary")
                long_out = gr.Textbox(label="Long summary", lines=8, max_lines=16,
                                      interactive=False, buttons=["copy"], elem_id="long-summary")
                translation = gr.Textbox(label="Translation", lines=8, max_lines=16,
                                         interactive=False, buttons=["copy"], visible=False,
                                         elem_id="translation")
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

        outputs = [detected, unsure, short_out, long_out, translation, models, timings,
                   json_download, markdown_download]
        run.click(
            lambda: ("", gr.update(visible=False), "", "", gr.update(value="", visible=False), "",
                     "", gr.update(visible=False), gr.update(visible=False), None),
            None, [*outputs, payload], queue=False, api_visibility="private",
        ).then(
            actions.summarize_page, [text, target, short, long, source, route, method],
            [*outputs, payload], api_visibility="private",
        )
        upload.upload(actions.load_file, upload, text, api_visibility="private")
        gr.api(actions.summarize, api_name="summarize")
        gr.api(actions.detect, api_name="detect")
        gr.api(actions.translate, api_name="translate")

    demo.queue(default_concurrency_limit=concurrency)
    return demo


def launch(demo: gr.Blocks, host: str = "127.0.0.1", port: int | None = 7860,
           **options: Any) -> tuple[Any, str, str | None]:
    """Start the server with the demo's theme, never shared through a public link."""
    return demo.launch(server_name=host, server_port=port, share=False, theme=THEME, css=CSS,
                       max_file_size=5 * MAX_UPLOAD_BYTES, **options)


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
    parser = argparse.ArgumentParser(description="Run the summarizer web demo.")
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default: 127.0.0.1, this machine only)")
    parser.add_argument("--port", type=int, default=7860, help="port (default: 7860)")
    parser.add_argument("--config", metavar="PATH", help="models.yaml to use (default: "
                        "$SUMMARIZER_MODELS, else the bundled one)")
    parser.add_argument("--concurrency", type=int, default=2, metavar="N",
                        help="requests processed at once; others wait in a queue (default: 2)")
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
    launch(build_demo(pipeline, args.concurrency), args.host, args.port)
    return 0


if __name__ == "__main__":
    sys.exit(main())
