"""The HTTP API as LibreTranslate's clients use it, over real tiny Marian models.

Most tests go through FastAPI's TestClient (the whole ASGI app, no socket); one runs uvicorn on a
free local port and speaks to it with urllib exactly as `libretranslatepy` does (form bodies,
GET /languages with an empty body). The schema fuzz sends what the OpenAPI document allows and
asserts that no answer is a server error.
"""

from __future__ import annotations

import json
import socket
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the HTTP API needs the [demo] extra")
from fastapi.testclient import TestClient  # noqa: E402

from summarizer import Pipeline  # noqa: E402
from summarizer.api import create_api  # noqa: E402
from summarizer.config import Length  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
from web_pages import ENGLISH, serve, standard_routes  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
KAZAKH = (ROOT / "examples" / "news_kk.txt").read_text(encoding="utf-8")
ENGLISH_TEXT = "The council met on Monday. It approved the new budget for the city's buses."


@pytest.fixture(scope="module")
def pipeline(tiny_settings) -> Pipeline:
    return Pipeline(tiny_settings)


@pytest.fixture(scope="module")
def client(pipeline) -> TestClient:
    return TestClient(create_api(pipeline, max_text_bytes=20_000))


def _error(response, status: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and isinstance(body["error"], str) and body["error"]
    assert "\n" not in body["error"] and "Traceback" not in body["error"]
    return body["error"]


def test_languages_lists_codes_names_and_targets(client):
    response = client.get("/languages")
    assert response.status_code == 200
    rows = {row["code"]: row for row in response.json()}
    assert set(rows) == {"en", "ru", "kk"}
    assert rows["kk"]["name"] == "Kazakh" and set(rows["kk"]["targets"]) == {"en", "ru"}


def test_detect_accepts_json_and_form_and_finds_kazakh(client):
    for response in (client.post("/detect", json={"q": KAZAKH}),
                     client.post("/detect", data={"q": KAZAKH})):
        assert response.status_code == 200, response.text
        [answer] = response.json()
        assert answer["language"] == "kk" and 50 < answer["confidence"] <= 100


def test_translate_json_and_form_give_the_pipelines_translation(client, pipeline):
    expected = pipeline.translate(ENGLISH_TEXT, "ru", source="en").translation
    for response in (
        client.post("/translate", json={"q": ENGLISH_TEXT, "source": "en", "target": "ru"}),
        client.post("/translate", data={"q": ENGLISH_TEXT, "source": "en", "target": "ru",
                                        "format": "text", "api_key": "anything"}),
        client.post("/translate", files={"q": (None, ENGLISH_TEXT), "source": (None, "en"),
                                         "target": (None, "ru")}),  # multipart (FormData)
    ):
        assert response.status_code == 200, response.text
        assert response.json() == {"translatedText": expected}


def test_auto_source_adds_the_detected_language(client):
    response = client.post("/translate", json={"q": KAZAKH, "source": "auto", "target": "en"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["translatedText"].strip()
    assert body["detectedLanguage"]["language"] == "kk"
    assert 0 <= body["detectedLanguage"]["confidence"] <= 100


def test_list_q_gives_a_list_in_order(client, pipeline):
    texts = [ENGLISH_TEXT, "Prices rose in October.", "The river froze early this year."]
    response = client.post("/translate", json={"q": texts, "source": "auto", "target": "kk"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["translatedText"] == [pipeline.translate(t, "kk", source="en").translation
                                      for t in texts]
    assert [d["language"] for d in body["detectedLanguage"]] == ["en"] * 3
    form = client.post("/translate", data={"q": texts[:2], "source": "en", "target": "kk"})
    assert form.json()["translatedText"] == body["translatedText"][:2]  # repeated form field


def test_html_format_keeps_the_markup(client, pipeline):
    html = '<p class="lead">Prices rose in October.</p><script>var a = 1;</script>'
    response = client.post("/translate", json={"q": html, "source": "en", "target": "ru",
                                               "format": "html"})
    assert response.status_code == 200, response.text
    words = pipeline.translate("Prices rose in October.", "ru", source="en").translation
    assert response.json()["translatedText"] == (
        f'<p class="lead">{words}</p><script>var a = 1;</script>')


@pytest.mark.parametrize("body, status, message", [
    ({"q": ENGLISH_TEXT, "source": "en", "target": "de"}, 400, "unsupported language 'de'"),
    ({"q": ENGLISH_TEXT, "source": "xx", "target": "ru"}, 400, "unsupported language 'xx'"),
    ({"q": "", "source": "en", "target": "ru"}, 400, "empty"),
    ({"q": "   \u200b ", "source": "auto", "target": "ru"}, 400, "empty"),
    ({"q": [], "source": "en", "target": "ru"}, 400, "empty list"),
    ({"source": "en", "target": "ru"}, 400, "missing q"),
    ({"q": ENGLISH_TEXT, "source": "en"}, 400, "missing target"),
    ({"q": ENGLISH_TEXT, "target": "ru", "format": "pdf"}, 400, "format"),
    ({"q": "1234 5678", "source": "auto", "target": "ru"}, 400, "no letters"),
    ({"q": "x" * 20_001, "source": "en", "target": "ru"}, 413, "limit"),
    ({"q": ["x" * 10_001, "y" * 10_000], "source": "en", "target": "ru"}, 413, "limit"),
])
def test_translate_errors_are_json_with_the_right_status(client, body, status, message):
    assert message in _error(client.post("/translate", json=body), status)


def test_bad_bodies_are_400_and_huge_bodies_413(client):
    _error(client.post("/translate", content=b"{not json", headers={
        "Content-Type": "application/json"}), 400)
    _error(client.post("/translate", json=["a", "list"]), 400)
    _error(client.post("/detect", json={"q": 5}), 400)
    huge = json.dumps({"q": "a" * 200_000, "target": "ru"})
    assert "limit" in _error(client.post("/translate", content=huge, headers={
        "Content-Type": "application/json"}), 413)


def test_unknown_paths_and_methods_answer_the_error_shape(client):
    _error(client.get("/nowhere"), 404)
    _error(client.get("/translate"), 405)


def test_summarize_answers_the_cli_json_object(client, pipeline):
    body = {"q": KAZAKH, "target": "kk", "short": "1", "long": "3", "method": "extractive"}
    response = client.post("/summarize", json=body)
    assert response.status_code == 200, response.text
    expected = pipeline.run(KAZAKH, target="kk", short=Length.parse("1"),
                            long=Length.parse("3"), method="extractive").to_dict()
    answer = response.json()
    assert answer.keys() == expected.keys()
    for key in expected:
        if key != "timings":
            assert answer[key] == expected[key], key


@pytest.mark.parametrize("body, status, message", [
    ({}, 400, "exactly one of q"),
    ({"q": KAZAKH, "url": "http://127.0.0.1:9/"}, 400, "exactly one of q"),
    ({"q": KAZAKH, "route": "sideways"}, 400, "route"),
    ({"q": KAZAKH, "method": "magic"}, 400, "method"),
    ({"q": KAZAKH, "short": "lots"}, 400, "bad length"),
    ({"q": KAZAKH, "target": "fr"}, 400, "unsupported language"),
    ({"url": "ftp://example.org/a.txt"}, 400, "only http:// and https://"),
    ({"url": "http://127.0.0.1:9/"}, 400, "connection refused"),
])
def test_summarize_errors(client, body, status, message):
    assert message in _error(client.post("/summarize", json=body), status)


def test_summarize_a_url_uses_the_article_only(client):
    from summarizer.segment import split_sentences

    with serve(standard_routes()) as site:
        response = client.post("/summarize", json={"url": site + "/en.html",
                                                   "method": "extractive"})
    assert response.status_code == 200, response.text
    for summary in (response.json()["short_summary"], response.json()["long_summary"]):
        sentences = split_sentences(summary, "en")
        assert sentences and all(s in ENGLISH.sentences for s in sentences)


def test_urls_can_be_switched_off(pipeline):
    client = TestClient(create_api(pipeline, allow_urls=False))
    assert "does not fetch URLs" in _error(
        client.post("/summarize", json={"url": "http://127.0.0.1:9/"}), 400)


def test_a_missing_model_is_503_with_the_download_command(tmp_path):
    from summarizer.config import load_settings

    settings = load_settings(ROOT / "models.yaml")  # real model ids; the hub is offline here
    client = TestClient(create_api(lambda: Pipeline(settings)))
    message = _error(client.post("/translate", json={"q": ENGLISH_TEXT, "source": "en",
                                                     "target": "ru"}), 503)
    assert "summarizer models download" in message


def test_openapi_docs_are_served(client):
    assert client.get("/docs").status_code == 200
    schema = client.get("/openapi.json").json()
    assert {"/translate", "/detect", "/languages", "/summarize"} <= schema["paths"].keys()
    content = schema["paths"]["/translate"]["post"]["requestBody"]["content"]
    assert {"application/json", "application/x-www-form-urlencoded"} <= content.keys()


# --- a real socket, the way libretranslatepy talks ----------------------------------------------


@pytest.fixture(scope="module")
def served(pipeline) -> str:
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(create_api(pipeline, max_text_bytes=20_000), host="127.0.0.1",
                            port=port, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


def _call(url: str, path: str, form: dict | None = None) -> tuple[int, object]:
    """What libretranslatepy does: urlencoded form data as the body of a urllib request (an empty
    form still makes urllib POST), or a plain GET when `form` is None."""
    data = urllib.parse.urlencode(form).encode() if form is not None else None
    request = urllib.request.Request(url + path, data=data)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_a_libretranslate_style_client_over_a_real_socket(served):
    status, languages = _call(served, "/languages")
    assert status == 200 and {row["code"] for row in languages} == {"en", "ru", "kk"}
    assert _call(served, "/languages", {}) == (status, languages)  # POST, empty body
    status, detected = _call(served, "/detect", {"q": KAZAKH})
    assert status == 200 and detected[0]["language"] == "kk"
    status, translated = _call(served, "/translate", {"q": KAZAKH, "source": "auto",
                                                      "target": "ru", "format": "text"})
    assert status == 200 and translated["translatedText"].strip()
    assert translated["detectedLanguage"]["language"] == "kk"
    status, error = _call(served, "/translate", {"q": KAZAKH, "source": "auto", "target": "zz"})
    assert status == 400 and "unsupported language 'zz'" in error["error"]
    status, error = _call(served, "/translate", {"q": "x" * 30_000, "source": "en",
                                                 "target": "ru"})
    assert status == 413 and "limit" in error["error"]


# --- fuzzing from the OpenAPI schema ------------------------------------------------------------


@pytest.mark.slow
def test_fuzzed_requests_never_get_a_server_error(pipeline):
    """Requests generated from /openapi.json (valid ones and invalid ones): 50 examples, no 5xx,
    every error in the {"error": …} shape."""
    schemathesis = pytest.importorskip("schemathesis")
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st
    from schemathesis import GenerationMode

    schema = schemathesis.openapi.from_asgi("/openapi.json",
                                            create_api(pipeline, max_text_bytes=2_000))
    cases = st.one_of(schema.as_strategy(GenerationMode.POSITIVE),
                      schema.as_strategy(GenerationMode.NEGATIVE))
    seen: list[int] = []

    @settings(max_examples=50, deadline=None, suppress_health_check=list(HealthCheck),
              database=None)
    @given(case=cases)
    def fuzz(case) -> None:
        response = case.call()
        seen.append(response.status_code)
        assert response.status_code < 500, (case.method, case.path, case.body, response.text)
        if response.status_code >= 400:
            assert set(response.json()) == {"error"}, response.text

    fuzz()
    assert len(seen) >= 40 and any(code == 200 for code in seen)


@pytest.mark.slow
def test_mounted_beside_a_gradio_app_the_ui_stays_at_the_root(pipeline):
    """The way demo.py serves both on one port: API routes first, Gradio mounted at "/"."""
    gr = pytest.importorskip("gradio")
    with gr.Blocks(title="demo") as blocks:
        box = gr.Textbox()
        gr.Button().click(lambda text: text, box, box, api_name="echo")
    app = gr.mount_gradio_app(create_api(pipeline), blocks, path="/")
    with TestClient(app) as client:
        assert client.get("/").headers["content-type"].startswith("text/html")
        assert "/echo" in client.get("/gradio_api/info").json()["named_endpoints"]
        assert {row["code"] for row in client.get("/languages").json()} == {"en", "ru", "kk"}
        assert client.post("/detect", data={"q": KAZAKH}).json()[0]["language"] == "kk"
        assert client.get("/docs").status_code == 200


def test_a_lone_surrogate_or_nul_in_q_is_cleaned_not_a_crash(client, pipeline):
    body = '{"q": "Prices rose in October.\\ud83d\\u0000", "source": "en", "target": "ru"}'
    response = client.post("/translate", content=body.encode(),
                           headers={"Content-Type": "application/json"})
    assert response.status_code == 200, response.text
    cleaned = pipeline.translate("Prices rose in October.\ufffd", "ru", source="en")
    assert response.json() == {"translatedText": cleaned.translation}
