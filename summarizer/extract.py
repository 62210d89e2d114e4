"""From a formatted document to plain article text: HTML pages (via trafilatura) and Markdown.

Both give an `Extracted`: the prose as paragraphs separated by blank lines, plus the title and
date when the document names them. Headings are not prose: the first one becomes the title (when
the document has no other), the rest become paragraph breaks, so no heading ends up as a
"sentence" of a summary.

HTML is handed to trafilatura (the `[web]` extra): it was measured against jusText on our own
news pages (benchmarks/extract_quality.py) and keeps every article sentence while leaking no
menu, cookie banner, related-links list or footer line. Markdown needs no library.
"""

from __future__ import annotations

import html as html_lib
import logging
import re
from dataclasses import dataclass

from .errors import DependencyError, InputError

WEB_EXTRA = "pip install 'summarizer[web]'"


@dataclass(frozen=True)
class Extracted:
    """Article text (paragraphs separated by blank lines), its title and date (ISO, when known)."""

    text: str
    title: str | None = None
    date: str | None = None
    notes: tuple[str, ...] = ()


def html_to_text(html: str, url: str | None = None, label: str = "the page") -> Extracted:
    """The article of an HTML page: paragraphs kept; menus, cookie banners, related links,
    scripts and footers dropped; title and publication date from the page's metadata.

    Raises `DependencyError` (exit 8) without trafilatura (the `[web]` extra) and `InputError`
    when the page holds no article text at all.
    """
    try:
        import trafilatura
    except ImportError:
        raise DependencyError(f"reading web pages needs trafilatura: {WEB_EXTRA}") from None
    # trafilatura logs a warning for every page it finds too short; our error says it once.
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    options = dict(url=url, output_format="markdown", include_formatting=True,
                   include_comments=False, include_tables=True, include_links=False,
                   include_images=False)
    notes: list[str] = []
    body = trafilatura.extract(html, **options)
    if not body:
        body = trafilatura.extract(html, favor_recall=True, **options)
        if body:
            notes.append("no clear article on the page; took all text that looked like prose")
    if not body:
        raise InputError(f"{label} has no article text that could be extracted")
    metadata = trafilatura.extract_metadata(html, default_url=url)
    article = markdown_to_text(body)
    title = _clean_title(metadata.title if metadata else None) or article.title
    date = metadata.date if metadata and metadata.date else None
    return Extracted(article.text, title, date, tuple(notes))


def markdown_to_text(markdown: str) -> Extracted:
    """Plain text from Markdown: emphasis, code marks, quote and list markers, images, HTML tags
    and link URLs removed (link text kept); code blocks dropped; the first heading becomes the
    title and every heading a paragraph break. YAML front matter's `title:`/`date:` are used."""
    lines = markdown.replace("\r\n", "\n").split("\n")
    title, date, lines = _front_matter(lines)
    paragraphs: list[list[str]] = [[]]
    fence: str | None = None

    def paragraph_break() -> None:
        if paragraphs[-1]:
            paragraphs.append([])

    for index, line in enumerate(lines):
        stripped = line.strip()
        if fence is not None:  # inside a fenced code block: code is not prose
            if stripped.startswith(fence):
                fence = None
            continue
        if match := _FENCE.match(stripped):
            fence = match.group(1)
            paragraph_break()
            continue
        heading = _ATX.match(stripped)
        next_line = lines[index + 1].strip() if index + 1 < len(lines) else ""
        if heading or (stripped and _SETEXT.match(next_line) and not paragraphs[-1]):
            text = _inline(heading.group(1) if heading else stripped)
            if title is None and text:
                title = text
            paragraph_break()
            continue
        if not stripped or _RULE.match(stripped) or _SETEXT.match(stripped) \
                or _TABLE_RULE.match(stripped) or _REFERENCE.match(stripped):
            paragraph_break()
            continue
        item = _QUOTE.sub("", stripped)
        if _LIST_ITEM.match(item):
            paragraph_break()  # each list item stands alone
            item = _LIST_ITEM.sub("", item)
        if item.startswith("|") and item.endswith("|"):
            item = "; ".join(cell.strip() for cell in item.strip("|").split("|"))
        text = _inline(item)
        if text:
            paragraphs[-1].append(text)
    text = "\n\n".join(" ".join(paragraph) for paragraph in paragraphs if paragraph)
    return Extracted(text, title, date)


_FENCE = re.compile(r"^(```+|~~~+)")
_ATX = re.compile(r"^#{1,6}\s+(.*?)(?:\s+#+)?$")
_SETEXT = re.compile(r"^(=+|-+)$")
_RULE = re.compile(r"^([-*_])(\s*\1){2,}$")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")
_REFERENCE = re.compile(r"^\[[^\]]+\]:\s*\S+")
_QUOTE = re.compile(r"^(>\s?)+")
_LIST_ITEM = re.compile(r"^([-*+]|\d{1,9}[.)])\s+")
_INLINE = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), ""),                  # images go entirely
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),               # [text](url) → text
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),              # [text][ref] → text
    (re.compile(r"<(?:https?|ftp|mailto):[^>\s]+>"), ""),        # <http://…> autolinks
    (re.compile(r"</?[A-Za-z][^>]*>"), ""),                       # inline HTML tags
    (re.compile(r"(`+)(.+?)\1"), r"\2"),                          # `code`
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),        # **strong**
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\w)"), r"\1"),   # *emphasis*
    (re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"), r"\1"),    # _emphasis_ (not snake_case)
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),               # ~~strike~~
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])"), r"\1"),          # backslash escapes
]


def _inline(text: str) -> str:
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return re.sub(r"\s+", " ", html_lib.unescape(text)).strip()


def _front_matter(lines: list[str]) -> tuple[str | None, str | None, list[str]]:
    """`title:` and `date:` from a leading `---` YAML block (read as lines, not executed)."""
    if not lines or lines[0].strip() != "---":
        return None, None, lines
    for end in range(1, min(len(lines), 100)):
        if lines[end].strip() in ("---", "..."):
            fields = dict(line.split(":", 1) for line in lines[1:end] if ":" in line)
            values = {key.strip().lower(): value.strip().strip("'\"") for key, value in
                      fields.items()}
            return values.get("title") or None, values.get("date") or None, lines[end + 1:]
    return None, None, lines


def _clean_title(title: str | None) -> str | None:
    return re.sub(r"\s+", " ", title).strip() or None if title else None
