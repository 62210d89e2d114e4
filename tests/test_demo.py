"""The web demo's API as its users see it: gradio_client and plain HTTP against a served demo on the
tiny Marian models. Every sample is summarized with every field; a Kazakh article is translated
into Russian through the pivot; errors arrive as our one-line messages, never as tracebacks; only
the three documented endpoints are public; uploads and downloads work; `python demo.py` binds this
machine only and shares nothing; the same port answers LibreTranslate's clients; a web page's
address fetches its article (title kept); the Kazakh alphabet, language mix and the guard's flags
reach the page."""

from __future__ import annotations

import json
import os
import urllib.request
from pathlib import Path
from types import ModuleType

import pytest

from summarizer import Language, Pipeline

gradio_client = pytest.importorskip("gradio_client", reason="the demo tests need the [test] extra")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SAMPLES = {"en": "news_en.txt", "ru": "news_ru.txt", "kk": "news_kk.txt"}
RESULT_KEYS = {
    "detected_language", "confidence", "reliable", "target_language", "translation",
    "translation_route", "short_summary", "long_summary", "method", "timings",
}


def _sample(language: str) -> str:
    return (EXAMPLES / SAMPLES[language]).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def client(demo_url: str) -> gradio_client.Client:
    return gradio_client.Client(demo_url, verbose=False)


@pytest.mark.parametrize("language", SAMPLES)
def test_summarize_returns_every_field_for_each_sample(client, language: str) -> None:
    result = client.predict(_sample(language), api_name="/summarize")
    assert RESULT_KEYS <= result.keys()
    assert result["detected_language"] == language
    assert result["target_language"] == language
    assert result["reliable"] is True and result["confidence"] > 0.8
    assert result["translation"] is None and result["translation_route"] == []
    assert result["short_summary"].strip() and result["long_summary"].strip()
    assert result["short_summary"] != result["long_summary"]
    assert {"detect", "summarize", "total"} <= result["timings"].keys()


def test_kazakh_article_is_translated_into_russian_through_english(client) -> None:
    result = client.predict(_sample("kk"), "ru", api_name="/summarize")
    assert (result["detected_language"], result["target_language"]) == ("kk", "ru")
    assert isinstance(result["translation"], str) and result["translation"].strip()
    route = result["translation_route"]
    assert [Path(model).name for model in route] == ["kk-en", "en-ru"]  # the tiny models' folders
    assert result["route"] == "translate-first"
    assert result["short_summary"].strip() and result["long_summary"].strip()
    assert "translate" in result["timings"]


def test_lengths_route_and_named_source_are_honoured(client) -> None:
    english = client.predict(_sample("en"), "auto", "1", "70w", api_name="/summarize")
    assert len(english["long_summary"].split()) <= 70
    assert english["long_summary"].startswith(english["short_summary"])  # short is part of long
    kazakh = client.predict(_sample("kk"), "ru", "", "", "kk", "summarize-first",
                            api_name="/summarize")
    assert kazakh["route"] == "summarize-first" and kazakh["translation"] is None
    assert kazakh["confidence"] == 1.0  # the language was named, not detected
    assert kazakh["short_summary"].strip() and kazakh["long_summary"].strip()


def test_detect_and_translate_endpoints(client) -> None:
    detection = client.predict(_sample("kk"), api_name="/detect")
    assert detection == {"detected_language": "kk", "language_name": "Kazakh",
                         "confidence": detection["confidence"], "reliable": True}
    translated = client.predict("The council met on Monday. It approved the budget.", "kk",
                                api_name="/translate")
    assert translated["detected_language"] == "en" and translated["target_language"] == "kk"
    assert translated["translation"].strip() and len(translated["translation_route"]) == 1


@pytest.mark.parametrize(("text", "message"), [
    ("", "the input is empty: nothing to summarize"),
    ("   \n\t ", "the input is empty: nothing to summarize"),
    ("2024 — 48,6 !!! 123", "cannot detect the language: the text has no letters"),
])
def test_bad_text_is_refused_with_our_message_and_no_traceback(client, text: str,
                                                               message: str) -> None:
    with pytest.raises(gradio_client.exceptions.AppError) as caught:
        client.predict(text, api_name="/summarize")
    assert str(caught.value) == message
    assert "Traceback" not in str(caught.value) and "File \"" not in str(caught.value)


def test_bad_length_is_refused_with_the_valid_forms(client) -> None:
    with pytest.raises(gradio_client.exceptions.AppError, match=r"^long summary: bad length 'x'"):
        client.predict(_sample("en"), "auto", "", "x", api_name="/summarize")


def test_only_the_three_documented_endpoints_are_public(client) -> None:
    endpoints = client.view_api(return_format="dict", print_info=False)["named_endpoints"]
    assert set(endpoints) == {"/summarize", "/detect", "/translate"}


def test_plain_http_call_returns_the_same_json(demo_url: str) -> None:
    """The README's curl example: POST the inputs, then read the event stream for the result."""
    base = demo_url.rstrip("/") + "/gradio_api/call/detect"
    request = urllib.request.Request(base, data=json.dumps({"data": [_sample("ru")]}).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        event_id = json.load(response)["event_id"]
    with urllib.request.urlopen(f"{base}/{event_id}", timeout=30) as response:
        stream = response.read().decode()
    assert "event: complete" in stream
    data = json.loads(stream.split("event: complete\ndata: ", 1)[1].splitlines()[0])
    assert data[0]["detected_language"] == "ru"


# --- the parts behind the page, called directly -------------------------------------------------


@pytest.fixture(scope="module")
def pipeline(tiny_settings) -> Pipeline:
    return Pipeline(tiny_settings)


@pytest.fixture
def actions(demo_module: ModuleType, pipeline: Pipeline, tmp_path: Path):
    return demo_module.Actions(pipeline, tmp_path)


def test_upload_reads_utf8_text_and_refuses_big_or_binary_files(demo_module, actions,
                                                                  tmp_path: Path) -> None:
    article = tmp_path / "article.md"
    article.write_bytes("\ufeff# Заголовок\n\nТекст статьи.".encode())
    assert actions.load_file(str(article)) == "# Заголовок\n\nТекст статьи."
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 300_000)
    with pytest.raises(demo_module.gr.Error) as caught:
        actions.load_file(str(big))
    assert caught.value.message == "big.txt is 1.5 MB; the limit is 1.0 MB"
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(demo_module.gr.Error) as caught:
        actions.load_file(str(binary))
    assert caught.value.message == "photo.txt looks like a binary file, not text"


def test_downloads_hold_the_api_json_and_the_markdown(actions) -> None:
    *_, json_update, markdown_update, payload = actions.summarize_page(
        _sample("en"), "ru", "", "", "auto", "auto")
    json_file, markdown_file = Path(json_update["value"]), Path(markdown_update["value"])
    assert json_file.name == "summary-en-ru.json" and markdown_file.name == "summary-en-ru.md"
    assert json.loads(json_file.read_text(encoding="utf-8")) == payload
    markdown = markdown_file.read_text(encoding="utf-8")
    assert payload["short_summary"] in markdown and "## Translation" in markdown


def test_missing_model_is_skipped_at_start_and_named_on_use(demo_module, tiny_settings,
                                                           pipeline: Pipeline) -> None:
    import dataclasses

    from summarizer.config import ModelSpec

    translation = tiny_settings.translation
    models = {**translation.models, "en-kk": ModelSpec("/nonexistent/en-kk")}
    settings = dataclasses.replace(
        tiny_settings, translation=dataclasses.replace(translation, models=models))
    partial = Pipeline(settings, detector=pipeline.detector)
    report = demo_module.preload(partial)
    assert "en-kk" in report.skipped and {"en-ru", "kk-en"} <= report.loaded.keys()
    actions = demo_module.Actions(partial, Path("/nonexistent"))
    with pytest.raises(demo_module.gr.Error) as caught:
        actions.summarize(_sample("en"), Language.KAZAKH.value)
    assert "/nonexistent/en-kk" in caught.value.message


def test_main_serves_this_machine_only_and_shares_nothing(demo_module, tiny_models: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    served, mounted = {}, {}
    real_mount = demo_module.gr.mount_gradio_app

    def mount(app, blocks, **options):
        mounted.update(options, blocks=blocks)
        return real_mount(app, blocks, **options)

    def never_launch(self, **options):
        raise AssertionError("Blocks.launch would start a second server (and could share it)")

    monkeypatch.setattr(demo_module.gr, "mount_gradio_app", mount)
    monkeypatch.setattr(demo_module.gr.Blocks, "launch", never_launch)
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: served.update(options, app=app))
    assert demo_module.main(["--config", str(tiny_models)]) == 0
    assert served["host"] == "127.0.0.1" and served["port"] == 7860
    assert mounted["path"] == "/" and mounted["enable_monitoring"] is False
    assert mounted["run_history"] is False and mounted["mcp_server"] is False
    assert isinstance(mounted["theme"], demo_module.gr.themes.Base)  # built in, not fetched
    assert mounted["blocks"].analytics_enabled is False
    assert os.environ["GRADIO_ANALYTICS_ENABLED"] == "False"
    # The one app on the port holds the HTTP API's routes and the page.
    paths = {getattr(route, "path", None) for route in served["app"].routes}
    assert {"/translate", "/detect", "/languages", "/summarize", "/docs"} <= paths
    monkeypatch.setattr(demo_module, "log_preload", lambda pipeline: None)  # done once above
    demo_module.main(["--config", str(tiny_models), "--host", "0.0.0.0", "--port", "8080"])
    assert (served["host"], served["port"]) == ("0.0.0.0", 8080)


def test_main_reports_a_bad_config_in_one_line(demo_module, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "models.yaml"
    config.write_text("summary:\n  lenghts: {}\n", encoding="utf-8")
    assert demo_module.main(["--config", str(config)]) == 6
    err = capsys.readouterr().err
    assert err.startswith("demo: error: unknown key 'summary.lenghts'") and err.count("\n") == 1


def test_unsure_detection_shows_a_visible_warning(actions) -> None:
    import dataclasses

    from summarizer import Detection

    result = actions.pipeline.run(_sample("en"))
    sure = actions.show(result, "auto")
    assert sure[1]["visible"] is False and "confidence 100%" in sure[0]
    unsure = actions.show(
        dataclasses.replace(result, detection=Detection(Language.ENGLISH, 0.62, False)), "auto")
    assert unsure[1]["visible"] is True and "Unsure about the language" in unsure[1]["value"]
    assert "unsure" in unsure[0]


def test_summarize_api_takes_a_method_and_reports_what_ran(client) -> None:
    result = client.predict(_sample("en"), method="auto", api_name="/summarize")
    assert result["method"] == "abstractive" and result["notes"] == []
    result = client.predict(_sample("en"), method="extractive", api_name="/summarize")
    assert result["method"] == "extractive"


# --- issue 15 / 10: the page as people use it, and the API's edges ------------------------------


class RecordedProgress:
    """Stands in for gr.Progress: records what the page would show; optionally acts on a step."""

    def __init__(self, on_desc=None) -> None:
        self.steps: list[tuple[str, object]] = []
        self.on_desc = on_desc

    def __call__(self, progress, desc=None, total=None, unit="steps") -> None:
        self.steps.append((desc, progress))
        if self.on_desc is not None:
            self.on_desc(desc)


def test_page_reports_progress_by_stage_and_loads_each_model_once(demo_module, tiny_settings,
                                                                 pipeline, tmp_path) -> None:
    fresh = demo_module.Actions(Pipeline(tiny_settings, detector=pipeline.detector), tmp_path)
    first = RecordedProgress()
    outputs = fresh.summarize_page(_sample("kk"), "ru", "", "", "auto", "translate-first",
                                   progress=first)
    assert len(outputs) == demo_module.PAGE_OUTPUTS and outputs[3].strip()
    descs = [desc for desc, _ in first.steps]
    assert descs[:2] == ["Detecting the language…", "Detected Қазақша"]
    assert descs.index("Loading the model kk-en (first time only)…") < descs.index(
        "Translating Қазақша → English") < descs.index("Writing the summaries…")
    counts = [value for desc, value in first.steps if desc == "Translating Қазақша → English"]
    done, total = counts[-1]
    assert counts[0] == (0, total) and done == total > 1
    second = RecordedProgress()
    fresh.summarize_page(_sample("kk"), "ru", "", "", "auto", "translate-first", progress=second)
    assert not [desc for desc, _ in second.steps if desc.startswith("Loading")]


def test_cancel_stops_the_run_at_its_next_step(demo_module, actions) -> None:
    progress = RecordedProgress(
        on_desc=lambda desc: desc.startswith("Translating") and actions.cancel(None))
    outputs = actions.summarize_page(_sample("en"), "kk", "", "", "auto", "translate-first",
                                     progress=progress)
    assert len(outputs) == demo_module.PAGE_OUTPUTS
    assert all(isinstance(output, type(demo_module.gr.skip())) for output in outputs)
    assert "Writing the summaries…" not in [desc for desc, _ in progress.steps]
    assert actions.cancel(None) == ""  # nothing runs any more: nothing to cancel


def test_page_errors_are_plain_words_in_an_alert_and_keep_the_detection(actions) -> None:
    empty = actions.summarize_page("", "auto", "", "", "auto", "auto")
    assert empty[0]["visible"] is True and 'role="alert"' in empty[0]["value"]
    assert "The article box is empty." in empty[0]["value"]
    german = ("Der Stadtrat hat am Montag den neuen Haushalt für die Schulen beschlossen. Die "
              "Bürgermeisterin sagte, dass die Gebäude im nächsten Jahr renoviert werden.")
    failed = actions.summarize_page(german, "auto", "", "", "auto", "auto")
    assert "The article is in German." in failed[0]["value"]
    assert failed[1].startswith("German (de), confidence")
    bad_length = actions.summarize_page(_sample("en"), "auto", "x", "", "auto", "auto")
    assert "The short summary length “x” is not a length." in bad_length[0]["value"]
    ok = actions.summarize_page(_sample("en"), "auto", "", "", "auto", "auto")
    assert ok[0]["visible"] is False


def test_missing_model_asks_the_administrator_and_hides_the_target(demo_module, tiny_settings,
                                                                   pipeline, tmp_path) -> None:
    import dataclasses

    from summarizer.config import ModelSpec

    translation = tiny_settings.translation
    models = {**translation.models, "en-kk": ModelSpec("Helsinki-NLP/not-downloaded-en-kk")}
    settings = dataclasses.replace(
        tiny_settings, translation=dataclasses.replace(translation, models=models))
    partial = Pipeline(settings, detector=pipeline.detector)
    offer = demo_module.Offer.of(partial)
    assert Language.KAZAKH not in offer.targets and offer.missing_targets == (Language.KAZAKH,)
    outputs = demo_module.Actions(partial, tmp_path).summarize_page(
        _sample("en"), "kk", "", "", "auto", "auto")
    alert = outputs[0]["value"]
    assert "ask the administrator to install the English → Қазақша translation model" in alert
    assert "<details>" in alert and "<code>summarizer models download en-kk</code>" in alert
    assert outputs[1].startswith("English (en)")


def test_bad_route_or_method_is_refused_with_the_choices(client) -> None:
    with pytest.raises(gradio_client.exceptions.AppError) as caught:
        client.predict(_sample("en"), route="sideways", api_name="/summarize")
    assert str(caught.value) == ("unknown route 'sideways'; choose one of: auto, "
                                 "translate-first, summarize-first")
    with pytest.raises(gradio_client.exceptions.AppError, match=r"^unknown method 'magic'"):
        client.predict(_sample("en"), method="magic", api_name="/summarize")


def test_oversized_text_is_refused_at_once_while_others_still_run(client) -> None:
    import time

    normal = client.submit(_sample("kk"), "ru", api_name="/summarize")
    started = time.perf_counter()
    with pytest.raises(gradio_client.exceptions.AppError) as caught:
        client.predict("слово " * 500_000, api_name="/summarize")  # ~5.5 MB of UTF-8
    assert time.perf_counter() - started < 2
    assert str(caught.value) == "the text is 5.5 MB; the limit is 1.0 MB"
    assert normal.result(timeout=60)["short_summary"].strip()
    with pytest.raises(gradio_client.exceptions.AppError, match="the limit is 1.0 MB"):
        client.predict("word " * 300_000, api_name="/detect")


def test_monitoring_run_history_and_hidden_handlers_are_off(demo_url: str) -> None:
    import urllib.error

    base = demo_url.rstrip("/")
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(f"{base}/monitoring", timeout=10)
    assert caught.value.code in (403, 404)
    with urllib.request.urlopen(f"{base}/config", timeout=10) as response:
        assert json.load(response)["run_history"] is False
    with urllib.request.urlopen(f"{base}/gradio_api/info?all_endpoints=true",
                                timeout=10) as response:
        info = json.load(response)
    assert set(info["named_endpoints"]) == {"/summarize", "/detect", "/translate"}
    assert not info["unnamed_endpoints"]


def test_refused_upload_is_explained_in_the_alert(demo_module, actions, tmp_path: Path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    text, alert = actions.load_file_page(str(binary))
    assert isinstance(text, type(demo_module.gr.skip()))
    assert 'role="alert"' in alert["value"] and "This file cannot be used." in alert["value"]
    assert "The file photo.txt looks like a binary file, not text." in alert["value"]


# --- issue 14 / 12 / 16: one port, URLs, the Kazakh alphabet, the language mix, flags -----------


def _http(url: str, data: dict | None = None, form: bool = False) -> tuple[int, object]:
    """A LibreTranslate client's call (as libretranslatepy makes it): JSON or a form body."""
    import urllib.error
    import urllib.parse

    body, headers = None, {}
    if data is not None:
        if form:
            body = urllib.parse.urlencode(data).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        else:
            body = json.dumps(data).encode()
            headers["Content-Type"] = "application/json"
    request = urllib.request.Request(url, data=body, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as exc:
        return exc.code, json.load(exc)


def test_libretranslate_clients_work_on_the_demos_port(demo_url: str) -> None:
    base = demo_url.rstrip("/")
    status, languages = _http(f"{base}/languages")
    assert status == 200
    assert {row["code"]: set(row["targets"]) for row in languages}["kk"] == {"en", "ru"}
    status, detected = _http(f"{base}/detect", {"q": _sample("kk")}, form=True)
    assert status == 200 and detected[0]["language"] == "kk"
    status, translated = _http(f"{base}/translate", {
        "q": "The council met on Monday. It approved the budget.", "source": "auto",
        "target": "ru"})
    assert status == 200, translated
    assert translated["translatedText"].strip()
    assert translated["detectedLanguage"]["language"] == "en"
    status, refused = _http(f"{base}/translate", {"q": "Hello there, friends.", "source": "en",
                                                  "target": "xx"})
    assert status == 400 and set(refused) == {"error"} and refused["error"]
    # The page and the API's documentation are on the same port.
    with urllib.request.urlopen(demo_url, timeout=30) as response:
        assert response.status == 200 and "<gradio-app" in response.read().decode()
    with urllib.request.urlopen(f"{base}/docs", timeout=30) as response:
        assert response.status == 200


def test_a_web_page_is_fetched_into_the_article_box_and_keeps_its_title(actions) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from web_pages import ENGLISH, serve, standard_routes

    with serve(standard_routes()) as base:
        text, document, alert = actions.fetch_page(f"{base}/moved")  # a redirect to en.html
        assert alert["visible"] is False
        assert ENGLISH.sentences[0] in text and ENGLISH.menu[-1] not in text
        assert document.title == ENGLISH.title
        outputs = actions.summarize_page(text, "auto", "", "", "auto", "auto", "", "cyrl",
                                         document)
        *_, payload = outputs
        assert payload["title"] == ENGLISH.title and payload["source"] == f"{base}/moved"
        title = outputs[10]
        assert title["visible"] is True and ENGLISH.title in title["value"]
        # Edited after fetching: the box's text is the article, no longer the page.
        edited = actions.summarize_page(text + " The ferry also carries bicycles.", "auto", "",
                                        "", "auto", "auto", "", "cyrl", document)
        assert edited[-1]["title"] != ENGLISH.title and edited[10]["visible"] is False
        _, _, missing = actions.fetch_page(f"{base}/gone.html")
    assert 'role="alert"' in missing["value"]
    assert "The web page could not be read." in missing["value"] and "404" in missing["value"]
    _, _, empty = actions.fetch_page("  ")
    assert "The web address is empty." in empty["value"]


def test_the_kazakh_alphabet_choice_reaches_the_request(actions, monkeypatch) -> None:
    seen = []
    real_run = actions.pipeline.run

    def run(text, *args, request=None, **kwargs):
        seen.append(request)
        return real_run(text, *args, request=request, **kwargs)

    monkeypatch.setattr(actions.pipeline, "run", run)
    actions.summarize_page(_sample("en"), "kk", "", "", "auto", "auto", "", "latn")
    assert seen[-1].kk_script == "latn" and seen[-1].target == Language.KAZAKH
    actions.summarize(_sample("en"), "kk")
    assert seen[-1].kk_script == "cyrl"


def test_the_language_mix_is_shown_next_to_the_detected_language(demo_module, actions) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from web_pages import KAZAKH, RUSSIAN

    mixed = "\n\n".join([" ".join(KAZAKH.sentences[:4]), " ".join(RUSSIAN.sentences[:2]),
                         " ".join(KAZAKH.sentences[4:])])
    detection = actions.pipeline.detect(mixed)
    line = demo_module.describe_detected(detection, named=False)
    assert line.startswith("Қазақша (kk), confidence")
    shares = {share.language.value: share.share for share in detection.languages}
    assert set(shares) == {"kk", "ru"}
    assert f"mix: Қазақша {shares['kk']:.0%}".replace("%", " %") in line
    assert f"Русский {shares['ru']:.0%}".replace("%", " %") in line
    plain = demo_module.describe_detected(actions.pipeline.detect(_sample("en")), named=False)
    assert "mix" not in plain


def test_unrepaired_flags_are_listed_with_their_reason(actions) -> None:
    import dataclasses

    from summarizer.guard import Flag

    result = actions.pipeline.run(_sample("en"), "ru")
    flagged = dataclasses.replace(result, flags=(
        Flag("numbers", 2, "It cost 5,400 tenge.", "Это стоило тенге.", "5,400 missing"),
        Flag("repetition", 0, "The council met.", "Совет совет совет.", "loop", repaired=True),
    ))
    panel = actions.show(flagged, "auto")[10]
    assert panel["visible"] is True
    assert "⚠ translation sentence 3: numbers</strong> — 5,400 missing" in panel["value"]
    assert "Это стоило тенге." in panel["value"]
    assert "Found and repaired automatically: 1 more." in panel["value"]
    assert actions.show(dataclasses.replace(result, flags=()), "auto")[10]["visible"] is False
