"""load_document: files, bytes, pipes and URLs into clean article text, with one-line errors.

A local http.server (tests/web_pages.py) serves news pages we wrote: an article surrounded by a
menu, a cookie banner, related links, a newsletter box, scripts and a footer; the same Russian
article in windows-1251 (declared by <meta>) and in KOI8-R (declared by HTTP); a redirect; a
404; an oversized page; a PDF.
"""

import os
import sys
import threading
import time
from pathlib import Path

import pytest

from summarizer.errors import DependencyError, FetchError, InputError
from summarizer.inputs import decode_bytes, load_document, text_document

sys.path.insert(0, str(Path(__file__).parent))
from web_pages import ENGLISH, KAZAKH, PAGES, RUSSIAN, serve, standard_routes  # noqa: E402


@pytest.fixture(scope="module")
def agents() -> list[str]:
    return []


@pytest.fixture(scope="module")
def site(agents) -> str:
    with serve(standard_routes(), agents) as base:
        yield base


def _article_only(text: str, page) -> None:
    """Every article sentence is in the text and no furniture line is."""
    missing = [s for s in page.sentences if s not in text]
    leaked = [f for f in page.furniture if f in text]
    assert not missing and not leaked, (missing, leaked)


# --- URLs ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("path, page, encoding", [
    ("/en.html", ENGLISH, "utf-8"),
    ("/ru-1251.html", RUSSIAN, "cp1251"),
    ("/ru-koi8.html", RUSSIAN, "koi8-r"),
    ("/kk.html", KAZAKH, "utf-8"),
])
def test_a_news_page_url_gives_the_article_only_with_title_and_date(site, path, page, encoding):
    document = load_document(site + path)
    _article_only(document.text, page)
    assert document.title == page.title and document.date == page.date
    assert document.kind == "html" and document.encoding == encoding
    assert document.source == site + path  # "https://" and "http://" stay whole
    assert document.text.count("\n\n") == len(page.paragraphs) - 1  # paragraphs kept


def test_fetch_sends_a_user_agent_naming_the_tool_and_version(site, agents):
    import summarizer

    load_document(site + "/note.txt")
    assert agents[-1] == f"summarizer/{summarizer.__version__}"


def test_redirects_are_followed_and_the_final_url_kept(site):
    document = load_document(site + "/moved")
    assert document.url == site + "/en.html" and document.source == site + "/moved"
    _article_only(document.text, ENGLISH)


@pytest.mark.parametrize("path, max_bytes, message", [
    ("/missing.html", 2_000_000, "HTTP 404 Not Found"),
    ("/paper.pdf", 2_000_000, "is application/pdf, not a web page or text"),
    ("/big.html", 100_000, "the limit is 0.5 MB"),  # HTML may be 5× the text limit
])
def test_url_errors_are_one_line_fetch_errors(site, path, max_bytes, message):
    with pytest.raises(FetchError) as caught:
        load_document(site + path, max_bytes=max_bytes)
    assert message in str(caught.value) and "\n" not in str(caught.value)
    assert caught.value.exit_code == 9


def test_html_whose_text_is_over_the_limit_is_an_input_error(site):
    with pytest.raises(InputError, match=r"holds 3\.0 MB of text; the limit is 2\.0 MB"):
        load_document(site + "/big.html")


def test_dns_failure_and_refused_connection_are_one_line(tmp_path):
    with pytest.raises(FetchError, match="cannot resolve host 'no-such-host.invalid'"):
        load_document("http://no-such-host.invalid/page.html", timeout=5)
    with pytest.raises(FetchError, match="connection refused"):
        load_document("http://127.0.0.1:9/", timeout=5)


def test_a_server_that_never_answers_times_out():
    import socket

    with socket.socket() as listener:  # accepts the connection, never sends a byte
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        started = time.monotonic()
        with pytest.raises(FetchError, match=r"no answer within 0\.5 s"):
            load_document(f"http://127.0.0.1:{listener.getsockname()[1]}/", timeout=0.5)
    assert time.monotonic() - started < 5


def test_other_schemes_are_refused():
    with pytest.raises(InputError, match="only http:// and https:// URLs"):
        load_document("ftp://example.org/news.txt")


def test_without_trafilatura_html_needs_the_web_extra(site, monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import now fails
    with pytest.raises(DependencyError, match=r"summarizer\[web\]") as caught:
        load_document(site + "/en.html")
    assert caught.value.exit_code == 8
    page = tmp_path / "saved.html"
    page.write_text(ENGLISH.html(), encoding="utf-8")
    with pytest.raises(DependencyError, match=r"summarizer\[web\]"):
        load_document(page)
    assert load_document(site + "/note.txt").kind == "text"  # plain text needs no extra


@pytest.mark.parametrize("where, page", [("url", ENGLISH), ("saved-1251", RUSSIAN),
                                         ("url", KAZAKH)])
def test_summaries_of_a_page_are_made_of_article_sentences(site, tmp_path, where, page):
    from summarizer import Pipeline
    from summarizer.segment import split_sentences

    if where == "url":
        document = load_document(f"{site}/{page.language}.html")
    else:
        saved = tmp_path / "page.html"
        saved.write_bytes(page.html("windows-1251").encode("cp1251"))
        document = load_document(saved)
    assert document.title == page.title
    result = Pipeline().run(document.text, method="extractive")
    assert result.detection.language == page.language
    for summary in (result.short_summary, result.long_summary):
        sentences = split_sentences(summary, result.summary_language)
        assert sentences and all(s in page.sentences for s in sentences)


# --- files ---------------------------------------------------------------------------------------


def test_a_saved_windows_1251_page_is_read_by_its_meta_charset(tmp_path):
    page = tmp_path / "новость.html"
    page.write_bytes(RUSSIAN.html("windows-1251").encode("cp1251"))
    document = load_document(page)
    _article_only(document.text, RUSSIAN)
    assert document.title == RUSSIAN.title and document.encoding == "cp1251"
    assert document.notes == ()  # declared, not guessed


@pytest.mark.parametrize("codec, guessed", [
    ("cp1251", "cp1251"), ("koi8_r", "koi8-r"), ("utf-16-le", "utf-16-le"),
])
def test_undeclared_encodings_are_detected_and_the_guess_noted(tmp_path, codec, guessed):
    text = "\n\n".join(" ".join(p) for p in RUSSIAN.paragraphs)
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(codec))
    document = load_document(path)
    assert document.text == text and document.encoding == guessed
    assert document.notes == (f"encoding not declared and not UTF-8: guessed {guessed}",)


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-32", "utf-16-be"])
def test_a_bom_decides_the_encoding(tmp_path, codec):
    text = " ".join(KAZAKH.sentences)
    data = text.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    document = load_document(path)
    assert document.text == text and document.notes == ()


def test_declared_latin1_that_is_really_utf8_is_read_as_utf8():
    text, codec, notes = decode_bytes("Café au lait — ок".encode(), declared="iso-8859-1")
    assert text == "Café au lait — ок" and codec == "utf-8" and "read as UTF-8" in notes[0]


@pytest.mark.parametrize("data, what", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "is a PDF document"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "is a PNG image"),
    (bytes(range(256)) * 16, "looks like a binary file"),
    (b"\x00\x01\x02\x03" * 1000, "looks like a binary file"),
])
def test_binary_data_is_refused_with_one_line(tmp_path, data, what):
    path = tmp_path / "thing.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=what) as caught:
        load_document(path)
    assert caught.value.exit_code == 3 and "\n" not in str(caught.value)


def test_stray_nuls_far_into_a_text_file_are_removed_and_counted(tmp_path):
    path = tmp_path / "export.txt"
    path.write_bytes(("Plain sentence here. " * 600).encode() + b"\x00\x00 The end.")
    document = load_document(path)
    assert "\x00" not in document.text and document.text.endswith("The end.")
    assert "removed 2 control characters (2 NUL)" in document.notes


def test_markdown_file_loses_marks_and_urls_and_gives_its_heading_as_title(tmp_path):
    path = tmp_path / "post.md"
    path.write_text(
        "# Ferry on solar power\n\n"
        "The **new ferry** crosses the river in _twelve_ minutes, says the "
        "[mayor's office](https://example.org/mayor).\n\n"
        "## Costs\n\n"
        "- Tickets cost the same as before.\n"
        "- Two more boats are planned.\n\n"
        "```\ncode = 'not prose'\n```\n"
        "![photo](img/ferry.jpg) See <https://example.org/more> for `details`.\n",
        encoding="utf-8")
    document = load_document(path)
    assert document.title == "Ferry on solar power" and document.kind == "markdown"
    assert document.text == (
        "The new ferry crosses the river in twelve minutes, says the mayor's office.\n\n"
        "Tickets cost the same as before.\n\nTwo more boats are planned.\n\n"
        "See for details.")


# --- size limits, pipes and devices (issue 10) --------------------------------------------------


def test_a_file_over_the_limit_is_refused_without_reading_it_whole(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50_000_000)  # sparse: 50 MB of NULs that take no disk
    with pytest.raises(InputError, match=r"huge.txt is 50\.0 MB; the limit is 2\.0 MB"):
        load_document(path)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_dev_zero_stops_at_the_limit():
    started = time.monotonic()
    with pytest.raises(InputError, match="larger than 0.1 MB, the limit"):
        load_document("/dev/zero", max_bytes=100_000)
    assert time.monotonic() - started < 5


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_without_a_writer_times_out_instead_of_hanging(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    started = time.monotonic()
    with pytest.raises(InputError, match=r"no data for 0\.5 s"):
        load_document(fifo, timeout=0.5)
    assert time.monotonic() - started < 5


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_with_a_writer_is_read(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    text = " ".join(ENGLISH.sentences)

    def write() -> None:
        time.sleep(0.2)  # the reader opens first, as with `summarizer summarize <(cmd)`
        with open(fifo, "wb") as handle:
            handle.write(text.encode())

    writer = threading.Thread(target=write)
    writer.start()
    document = load_document(fifo, timeout=5)
    writer.join()
    assert document.text == text


def test_bytes_and_text_inputs_share_the_limit_and_the_cleaning():
    with pytest.raises(InputError, match="the limit is 0.0 MB"):
        load_document(b"x" * 1001, max_bytes=1000)
    document = text_document("Hello\x00 world\u200b.", max_bytes=1000)
    assert document.text == "Hello world." and len(document.notes) == 2
    with pytest.raises(InputError, match="is empty"):
        text_document(" \u200b\x00 ")
    with pytest.raises(InputError, match=r"text is 0\.0 MB; the limit"):
        text_document("é" * 600, max_bytes=1000)


def test_missing_file_and_directory_are_one_line(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_document(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        load_document(tmp_path)


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_html_bytes_are_sniffed_as_html(page):
    document = load_document(page.html().encode("utf-8"))
    assert document.kind == "html" and document.title == page.title
    _article_only(document.text, page)


def test_uploaded_bytes_are_named_and_typed_by_their_file_name():
    markdown = "# Title here\n\nSome **bold** news text about the [river](http://x.org).".encode()
    document = load_document(markdown, name="upload.md")
    assert document.kind == "markdown" and document.title == "Title here"
    assert document.text == "Some bold news text about the river."
    with pytest.raises(InputError, match=r"^photo\.txt is a PNG image"):
        load_document(b"\x89PNG\r\n\x1a\n" + bytes(100), name="/tmp/gradio/photo.txt")


@pytest.mark.parametrize("kind", ["auto", "markdown", "html"])
def test_any_bytes_give_a_document_or_one_of_our_errors(kind):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from summarizer.errors import SummarizerError

    samples = st.one_of(
        st.binary(max_size=300),
        st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.text(max_size=100).map(lambda t: f"<html><p>{t}</p></html>".encode(
            "utf-16" if len(t) % 2 else "utf-8", "surrogatepass")),
    )

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck),
              database=None)
    @given(data=samples)
    def check(data: bytes) -> None:
        try:
            document = load_document(data, kind=kind, max_bytes=10_000)
        except SummarizerError as exc:
            assert "\n" not in str(exc) and exc.exit_code in (3, 8)
            return
        document.text.encode("utf-8")  # clean: encodable, no NUL
        assert "\x00" not in document.text and document.text.strip()

    check()


def test_the_old_read_text_path_also_drops_a_nul_past_8_kib(tmp_path):
    from summarizer.inputs import read_text

    path = tmp_path / "export.txt"
    path.write_bytes(b"Plain sentence here. " * 600 + b"\x00The end.")
    assert read_text(path).endswith("here. The end.")


def test_a_pipe_can_be_waited_on_without_a_timeout():
    from summarizer.inputs import read_capped

    reader, writer = os.pipe()

    def write() -> None:
        time.sleep(0.3)
        os.write(writer, b"typed slowly")
        os.close(writer)

    thread = threading.Thread(target=write)
    thread.start()
    try:
        assert read_capped(reader, 100, "standard input", timeout=None) == b"typed slowly"
    finally:
        thread.join()
        os.close(reader)
