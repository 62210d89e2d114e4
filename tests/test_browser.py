"""The web demo in a real browser (Debian's chromium driven by playwright): a journalist pastes an
article, picks the summary language, clicks Run, and sees every output filled: the detected
language, both summaries, the translation, the route, the timings and the two downloads.

Skipped only when /usr/bin/chromium or the playwright package is missing (`.ci/run` installs
chromium; never run `playwright install`, which downloads a browser)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOT_COPY = ROOT / "benchmarks" / "out" / "demo.png"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api",
                               reason="the playwright package is missing (pip install playwright)")

ARTICLE = (ROOT / "examples" / "news_en.txt").read_text(encoding="utf-8")
OUTPUTS = ("detected", "short-summary", "long-summary", "translation", "route", "timings")


@pytest.fixture(scope="module")
def page(demo_url: str):
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                             args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1360, "height": 1000})
        page.set_default_timeout(30_000)
        page.goto(demo_url)
        yield page
        browser.close()


def _value(page, elem_id: str) -> str:
    return page.locator(f"#{elem_id} textarea, #{elem_id} input").first.input_value()


def test_article_translated_and_summarized_in_the_browser(page, tmp_path: Path) -> None:
    page.locator("#article textarea").fill(ARTICLE)
    page.locator("#target input").click()
    page.get_by_role("option", name="Русский").click()
    page.locator("#run").click()
    page.locator("#download-markdown").wait_for(state="visible")
    page.wait_for_function("document.querySelector('#long-summary textarea').value.length > 0")

    values = {elem_id: _value(page, elem_id) for elem_id in OUTPUTS}
    assert all(values.values()), f"empty outputs: {[k for k, v in values.items() if not v]}"
    assert values["detected"].startswith("English (en), confidence")
    assert "article translated, then summarized" in values["route"]
    assert "translate" in values["timings"] and "total" in values["timings"]
    assert page.locator("#download-json").is_visible()
    assert not page.locator("#unsure").is_visible()  # the detection was sure

    screenshot = tmp_path / "demo.png"
    page.screenshot(path=str(screenshot), full_page=True)
    SCREENSHOT_COPY.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(screenshot, SCREENSHOT_COPY)


def test_error_is_shown_as_a_message_not_a_traceback(page) -> None:
    page.locator("#article textarea").fill("2024 — 48,6 !!! 123")
    page.locator("#run").click()
    message = page.get_by_text("cannot detect the language: the text has no letters")
    message.first.wait_for(state="visible")
    assert "Traceback" not in page.content()
