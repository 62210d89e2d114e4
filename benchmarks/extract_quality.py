"""Article extraction on our own news pages: trafilatura (what summarizer.extract uses) vs jusText.

For every page of tests/web_pages.py (English, Russian, Kazakh), as written and with every
semantic tag (<article>, <nav>, <aside>, <footer>, <main>, <header>) turned into a plain <div>
(as on many older sites), count the article sentences kept and the furniture lines leaked (menu
items, cookie banner, related links, newsletter box, footer, script text). The article's
subheading is left out of both counts: we drop headings on purpose, jusText keeps them.

    python benchmarks/extract_quality.py
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from web_pages import PAGES, Page  # noqa: E402

STOPLISTS = {"en": "English", "ru": "Russian", "kk": "Kazakh"}
_SEMANTIC = re.compile(r"<(/?)(article|nav|aside|footer|main|header)\b")


def ours(html: str, page: Page) -> str:
    from summarizer.extract import html_to_text

    return html_to_text(html).text


def justext_text(html: str, page: Page, **options: int) -> str:
    import justext

    paragraphs = justext.justext(html.encode("utf-8"), justext.get_stoplist(
        STOPLISTS[page.language]), encoding="utf-8", **options)
    return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def justext_tuned(html: str, page: Page) -> str:
    """jusText calls nothing "good" under 200 characters (`length_high`); our paragraphs are
    two sentences (~160), so with defaults it keeps nothing. Tuned to our pages' length."""
    return justext_text(html, page, length_low=40, length_high=100)


def score(text: str, page: Page) -> tuple[int, int, int, int]:
    furniture = [line for line in page.furniture if line != page.subheading]
    kept = sum(sentence in text for sentence in page.sentences)
    leaked = sum(line in text for line in furniture)
    return kept, len(page.sentences), leaked, len(furniture)


def main() -> None:
    extractors = {"trafilatura (ours)": ours, "jusText": justext_text,
                  "jusText (tuned)": justext_tuned}
    totals = {name: [0, 0, 0, 0, 0.0] for name in extractors}
    print(f"{'page':<18}{'extractor':<20}{'sentences kept':>16}{'furniture leaked':>18}")
    for page in PAGES:
        for variant, html in (("semantic", page.html()),
                              ("divs", _SEMANTIC.sub(r"<\1div", page.html()))):
            for name, extract in extractors.items():
                started = time.perf_counter()
                text = extract(html, page)
                elapsed = time.perf_counter() - started
                kept, sentences, leaked, furniture = score(text, page)
                for i, value in enumerate((kept, sentences, leaked, furniture, elapsed)):
                    totals[name][i] += value
                print(f"{page.name + '/' + variant:<18}{name:<20}{kept:>10}/{sentences:<5}"
                      f"{leaked:>12}/{furniture:<5}")
    print()
    for name, (kept, sentences, leaked, furniture, elapsed) in totals.items():
        print(f"{name:<20} kept {kept}/{sentences} article sentences, leaked {leaked}/{furniture}"
              f" furniture lines, {elapsed / (2 * len(PAGES)) * 1000:.0f} ms per page")


if __name__ == "__main__":
    main()
