"""The web demo in a real browser (Debian's chromium driven by playwright), as people use it.

A journalist pastes an article, picks the summary language, presses Summarize and sees every
output filled; a run in each of the three languages; a failed run leaves a `role="alert"` message
in plain words that stays until the next run; the page works at phone width (390 px) and with
the keyboard alone; axe-core finds no serious or critical accessibility violation on the start
page, the result page and the error state at 1280 and 390 px. A news page served by a local
http.server is fetched by its address, summarized with Kazakh in the Latin alphabet chosen, and
its title shown above the summaries. Screenshots of those states are written to
benchmarks/out/screens/ so a person can look at them.

Skipped only when /usr/bin/chromium or the playwright package is missing (`.ci/run` installs
chromium; never run `playwright install`, which downloads a browser)."""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from web_pages import KAZAKH, serve, standard_routes  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
SCREENS = ROOT / "benchmarks" / "out" / "screens"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}

if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api",
                               reason="the playwright package is missing (pip install playwright)")

SAMPLES = {language: (ROOT / "examples" / f"news_{language}.txt").read_text(encoding="utf-8")
           for language in ("en", "ru", "kk")}
LONG_KAZAKH = (ROOT / "examples" / "long_kk.txt").read_text(encoding="utf-8")
OUTPUTS = ("detected", "short-summary", "long-summary", "translation", "route", "timings")
# Our own German text: detected fine, but German is no summary language.
GERMAN = ("Der Stadtrat hat am Montag den neuen Haushalt für die Schulen beschlossen. Die "
          "Bürgermeisterin sagte, dass die Gebäude im nächsten Jahr renoviert werden sollen und "
          "dass die Eltern darüber rechtzeitig informiert werden.")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                             args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def open_page(browser, demo_url: str):
    """Open the demo in a fresh page of the given viewport; every request it makes is recorded."""
    pages = []

    def open_(viewport: dict[str, int] = DESKTOP):
        page = browser.new_page(viewport=viewport)
        page.set_default_timeout(30_000)
        page.requests = []
        page.on("request", lambda request: page.requests.append(request.url))
        page.goto(demo_url)
        page.locator("#run").wait_for()
        pages.append(page)
        return page

    yield open_
    for page in pages:
        page.close()


def _value(page, elem_id: str) -> str:
    return page.locator(f"#{elem_id} textarea, #{elem_id} input").first.input_value()


def _run(page, text: str, target: str | None = None) -> None:
    """Paste `text`, choose the summary language by its name, press Summarize, wait."""
    page.locator("#article textarea").fill(text)
    if target:
        page.locator("#target").get_by_label(target, exact=True).check()
    page.locator("#run").click()
    _wait_for_answer(page)


def _wait_for_answer(page) -> None:
    """Wait until the run started by the last click answered: the first step clears the page
    (seen unless the whole run finished in between), then a summary or an alert appears."""
    try:
        page.wait_for_function(
            "document.querySelector('#long-summary textarea').value.length === 0"
            " && document.querySelector('#error [role=alert]') === null", timeout=5_000)
    except sync_api.TimeoutError:
        pass
    page.wait_for_function(
        "document.querySelector('#long-summary textarea').value.length > 0"
        " || document.querySelector('#error [role=alert]') !== null")


def _alert(page) -> str:
    alert = page.locator("#error [role=alert]")
    alert.wait_for(state="visible")
    return alert.inner_text()


def _screenshot(page, name: str) -> None:
    SCREENS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENS / f"{name}.png"), full_page=True)


def _serious_violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    violations = Axe().run(page).response["violations"]
    return [f"{v['id']} ({v['impact']}): {[node['target'] for node in v['nodes']]}"
            for v in violations if v["impact"] in ("serious", "critical")]


def test_article_translated_and_summarized_in_the_browser(open_page) -> None:
    page = open_page()
    _run(page, SAMPLES["en"], "Русский")
    page.locator("#download-markdown").wait_for(state="visible")

    values = {elem_id: _value(page, elem_id) for elem_id in OUTPUTS}
    assert all(values.values()), f"empty outputs: {[k for k, v in values.items() if not v]}"
    assert values["detected"].startswith("English (en), confidence")
    assert "article translated, then summarized" in values["route"]
    assert "translate" in values["timings"] and "total" in values["timings"]
    assert page.locator("#download-json").is_visible()
    assert not page.locator("#unsure").is_visible()  # the detection was sure
    assert page.locator("#error [role=alert]").count() == 0
    # Everything ran on the server: the page fetched nothing from anywhere else (no web fonts).
    assert {urlparse(url).hostname for url in page.requests} <= {"127.0.0.1", "localhost"}


@pytest.mark.parametrize(("language", "name"),
                         [("en", "English"), ("ru", "Русский"), ("kk", "Қазақша")])
def test_a_run_in_each_language_names_it_in_that_language(open_page, language: str,
                                                          name: str) -> None:
    page = open_page()
    _run(page, SAMPLES[language])
    assert _value(page, "detected").startswith(f"{name} ({language}), confidence")
    assert _value(page, "short-summary").strip() and _value(page, "long-summary").strip()
    assert "no translation" in _value(page, "route")
    assert not page.locator("#translation").is_visible()


def test_an_empty_run_leaves_an_alert_that_stays(open_page) -> None:
    page = open_page()
    page.locator("#run").click()
    assert "The article box is empty." in _alert(page)
    page.wait_for_timeout(12_000)
    alert = page.locator("#error [role=alert]")
    assert alert.is_visible() and "Paste an article" in alert.inner_text()
    # The next run clears it.
    _run(page, SAMPLES["en"])
    assert page.locator("#error [role=alert]").count() == 0


def test_failures_speak_plain_words_and_keep_the_detection(open_page) -> None:
    page = open_page()
    page.locator("#article textarea").fill("2024 — 48,6 !!! 123")
    page.locator("#run").click()
    message = _alert(page)
    assert "language could not be recognised" in message and "no letters" in message
    assert "Traceback" not in page.content()

    _run(page, GERMAN)  # detected, but German is no summary language: say what to do
    message = _alert(page)
    assert "The article is in German." in message and "Summary language" in message
    assert "--" not in message and "`" not in message  # no command-line advice
    assert _value(page, "detected").startswith("German (de), confidence")


def test_a_huge_paste_is_refused_at_once(open_page) -> None:
    page = open_page()
    # 5 MB, set directly: typing it would take the browser minutes.
    page.evaluate("""() => { const box = document.querySelector('#article textarea');
        box.value = 'слово '.repeat(480000);
        box.dispatchEvent(new Event('input', {bubbles: true})); }""")
    started = time.perf_counter()
    page.locator("#run").click()
    message = _alert(page)
    # The server answers in milliseconds (test_demo.py holds it to < 2 s); the browser itself
    # spends ~1.7 s on an idle machine packing 5 MB for the request. Bound the whole loosely.
    assert time.perf_counter() - started < 10
    assert "The article is too long." in message and "5.3 MB" in message


def _paragraphs_over(text: str, words: int) -> str:
    """The first paragraphs of `text` that together have more than `words` words."""
    kept: list[str] = []
    for paragraph in text.split("\n\n"):
        kept.append(paragraph)
        if len("\n\n".join(kept).split()) > words:
            return "\n\n".join(kept)
    raise AssertionError(f"the text has no more than {words} words")


#: How long the whole translation may take. On the tiny random models every translated unit
#: fails the translation checks, so the guard translates each one again: a 1,956-word Kazakh
#: article (kk→en→ru) took 22-25 s on a slow 2-core AMD machine and ran past 30 s in its CI.
WHOLE_TRANSLATION_MS = 90_000


def test_summarize_first_offers_the_whole_translation(open_page, tiny_settings) -> None:
    page = open_page()
    # Just long enough for the summarize-first route, to keep the whole translation short.
    article = _paragraphs_over(LONG_KAZAKH, tiny_settings.summary.summarize_first_words + 20)
    _run(page, article, "Русский")
    note = page.locator("#translation-skipped")
    note.wait_for(state="visible")
    assert "The whole article was not translated" in note.inner_text()
    assert not page.locator("#translation").is_visible()
    page.locator("#translate-all").click()
    page.locator("#translation").wait_for(state="visible", timeout=WHOLE_TRANSLATION_MS)
    page.wait_for_function("document.querySelector('#translation textarea').value.length > 0")
    assert not note.is_visible()


def test_phone_width_one_control_per_row_nothing_cut(open_page) -> None:
    page = open_page(PHONE)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.locator("#options").get_by_text("More options").click()
    short, long = page.locator("#short").bounding_box(), page.locator("#long").bounding_box()
    assert long["y"] >= short["y"] + short["height"], "paired controls should stack"
    # A control's text is cut when its box clips (overflow hidden, or an ellipsis) and the text
    # is wider than the box.
    cut = page.evaluate("""() => [...document.querySelectorAll('.gradio-container *')]
        .filter(e => e.offsetParent !== null && e.children.length === 0 && e.textContent.trim())
        .map(e => e.parentElement).filter(e => { const s = getComputedStyle(e);
            return (s.overflowX !== 'visible' || s.textOverflow === 'ellipsis')
                && e.scrollWidth > e.clientWidth + 1 && e.tagName !== 'TEXTAREA'; })
        .map(e => e.textContent.trim())
        .concat([...document.querySelectorAll(
                '.gradio-container input:not([type]), .gradio-container input[type=text]')]
            .filter(e => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1)
            .map(e => e.value))""")
    assert cut == [], f"cut off at 390 px: {cut}"
    page.locator("#run").click()  # empty: the alert is brought into view below the form
    _alert(page)
    page.wait_for_function("(() => { const r = document.querySelector('#error [role=alert]')"
                           ".getBoundingClientRect(); return r.top >= 0 && r.bottom <= "
                           f"{PHONE['height']}; }})()")
    _run(page, SAMPLES["kk"])
    assert _value(page, "detected").startswith("Қазақша (kk)")


def test_summarize_button_is_visible_without_scrolling(open_page) -> None:
    page = open_page(DESKTOP)
    box = page.locator("#run").bounding_box()
    assert box["y"] + box["height"] <= DESKTOP["height"]


def test_keyboard_only_use_with_visible_focus_and_no_stuck_menus(open_page) -> None:
    page = open_page()
    page.locator("#article textarea").focus()
    page.keyboard.insert_text(SAMPLES["ru"])
    focused = []
    for _ in range(8):  # Tab to the Summarize button; in the summary language, arrows choose
        page.keyboard.press("Tab")
        state = page.evaluate("""() => { const e = document.activeElement;
            const style = getComputedStyle(e);
            return {id: e.id, group: e.closest('[id]')?.id, value: e.value, type: e.type,
                    outline: style.outlineStyle, width: parseFloat(style.outlineWidth)}; }""")
        focused.append(state)
        assert state["outline"] != "none" and state["width"] >= 2, f"no focus ring: {state}"
        if state["group"] == "target":
            page.keyboard.press("ArrowRight")  # "Same as the article" → English
        if state["id"] == "run":
            break
    # Each language group is one Tab stop, as radio groups are: article, summary, article
    # language, Summarize.
    assert [state["group"] for state in focused] == ["target", "source", "run"], focused
    assert focused[-1]["id"] == "run", f"Tab order: {focused}"
    assert page.locator("#target").get_by_label("English", exact=True).is_checked()
    page.keyboard.press("Enter")
    _wait_for_answer(page)
    assert _value(page, "detected").startswith("Русский (ru)")
    assert "article translated, then summarized" in _value(page, "route")
    # Nothing left open over the page: no list box, no option list.
    assert page.locator("[role=listbox]:visible, ul.options:visible").count() == 0


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_no_serious_accessibility_violations(open_page, viewport: dict[str, int]) -> None:
    page = open_page(viewport)
    width = viewport["width"]
    found = {}
    _screenshot(page, f"start-{width}")
    found["start"] = _serious_violations(page)
    page.locator("#run").click()
    _alert(page)
    _screenshot(page, f"error-{width}")
    found["error"] = _serious_violations(page)
    _run(page, SAMPLES["kk"], "Русский")
    page.locator("#download-json").wait_for(state="visible")
    _screenshot(page, f"result-{width}")
    found["result"] = _serious_violations(page)
    assert found == {"start": [], "error": [], "result": []}


def test_progress_is_shown_by_stage(open_page) -> None:
    page = open_page()
    page.locator("#article textarea").fill(LONG_KAZAKH)
    page.locator("#target").get_by_label("English", exact=True).check()
    page.locator("#options").get_by_text("More options").click()
    page.locator("#route-choice").get_by_label(
        "Translate the whole article, then summarize").check()
    page.locator("#run").click()
    page.get_by_text(re.compile(r"Translating Қазақша → English")).first.wait_for()
    # Shown right under the Summarize button, where the user is looking.
    assert page.locator("#status").get_by_text("Translating Қазақша → English").is_visible()
    SCREENS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENS / "progress-1280.png"))
    page.wait_for_function("document.querySelector('#long-summary textarea').value.length > 0")


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_a_web_page_fetched_by_its_address_with_the_latin_alphabet(open_page,
                                                                  viewport: dict[str, int]) -> None:
    page = open_page(viewport)
    width = viewport["width"]
    with serve(standard_routes()) as base:
        page.locator("#url input").fill(f"{base}/missing.html")
        page.locator("#fetch").click()
        message = _alert(page)
        assert "The web page could not be read." in message and "404" in message
        page.locator("#url input").fill(f"{base}/kk.html")
        page.locator("#fetch").click()
        page.wait_for_function("document.querySelector('#article textarea').value.length > 0")
    article = _value(page, "article")
    assert KAZAKH.sentences[0] in article and KAZAKH.cookie not in article
    assert page.locator("#error [role=alert]").count() == 0  # the fetch cleared the alert
    page.locator("#options").get_by_text("More options").click()
    latin = page.locator("#kk-script").get_by_label("Latyn", exact=True)
    latin.check()
    assert latin.is_checked()
    page.locator("#run").click()
    _wait_for_answer(page)
    title = page.locator("#title")
    title.wait_for(state="visible")
    assert KAZAKH.title in title.inner_text()
    assert _value(page, "detected").startswith("Қазақша (kk), confidence")
    assert _value(page, "short-summary").strip()
    _screenshot(page, f"url-{width}")
    assert _serious_violations(page) == []
