"""News pages of our own writing, with all the furniture real sites have, and a local web server.

Each `Page` knows its article sentences and its furniture lines (menu, cookie banner, related
links, newsletter box, footer, script text), so a test or benchmark can check that extracted text
holds every article sentence and no furniture line. `serve(routes)` runs `http.server` on
127.0.0.1 on a free port in a thread; used by tests/test_inputs.py, tests/test_api.py and
benchmarks/extract_quality.py.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Page:
    name: str
    language: str
    title: str
    date: str  # ISO
    paragraphs: tuple[tuple[str, ...], ...]  # sentences per paragraph
    subheading: str
    menu: tuple[str, ...]
    cookie: str
    related: tuple[str, ...]
    newsletter: str
    footer: tuple[str, ...]
    script_text: str

    @property
    def sentences(self) -> list[str]:
        return [sentence for paragraph in self.paragraphs for sentence in paragraph]

    @property
    def furniture(self) -> list[str]:
        return [*self.menu, self.cookie, *self.related, self.newsletter, *self.footer,
                self.script_text, self.subheading]

    def html(self, charset: str = "utf-8", meta_charset: bool = True) -> str:
        e = html.escape
        paragraphs = [f"<p>{e(' '.join(p))}</p>" for p in self.paragraphs]
        half = len(paragraphs) // 2
        body = "\n".join([*paragraphs[:half], f"<h2>{e(self.subheading)}</h2>",
                          *paragraphs[half:]])
        menu = "".join(f'<li><a href="/section/{i}">{e(m)}</a></li>'
                       for i, m in enumerate(self.menu))
        related = "".join(f'<li><a href="/story/{i}.html">{e(r)}</a></li>'
                          for i, r in enumerate(self.related))
        footer = "".join(f"<p>{e(f)}</p>" for f in self.footer)
        meta = f'<meta charset="{charset}">' if meta_charset else ""
        return f"""<!DOCTYPE html>
<html lang="{self.language}">
<head>{meta}
<title>{e(self.title)} | Steppe Daily</title>
<meta property="og:title" content="{e(self.title)}">
<meta property="article:published_time" content="{self.date}T08:30:00+05:00">
<script>window.analytics = {{"event": "{e(self.script_text)}"}};</script>
<style>.banner {{ position: fixed; }}</style>
</head>
<body>
<header><div class="logo">Steppe Daily</div>
<nav class="main-menu"><ul>{menu}</ul></nav></header>
<div id="cookie-banner" class="cookie-consent banner"><p>{e(self.cookie)}</p>
<button>OK</button></div>
<main>
<article>
<h1>{e(self.title)}</h1>
<div class="byline"><time datetime="{self.date}">{self.date}</time></div>
{body}
</article>
<aside class="related"><h3>Related</h3><ul>{related}</ul></aside>
<div class="newsletter"><form><label>{e(self.newsletter)}</label><input type="email"></form></div>
</main>
<footer class="site-footer">{footer}</footer>
<script>document.write("{e(self.script_text)}");</script>
</body>
</html>
"""


ENGLISH = Page(
    name="news_en", language="en",
    title="River town opens its first solar-powered ferry",
    date="2026-10-14",
    paragraphs=(
        ("The town of Oskemen launched a ferry on Tuesday that runs entirely on solar power.",
         "The boat carries up to forty passengers across the river in about twelve minutes."),
        ("Local engineers spent two years adapting the hull to shallow water in late summer.",
         "They said the batteries can store enough energy for six crossings on a cloudy day."),
        ("Ticket prices will remain the same as on the old diesel ferry, the mayor's office said.",
         "Residents who cross daily to reach the market welcomed the quieter engine."),
        ("The regional government plans to build two more boats if the first season goes well.",
         "A report on fuel savings and maintenance costs is expected next spring."),
    ),
    subheading="Plans for the next season",
    menu=("Home", "World", "Business", "Sport", "Weather forecast"),
    cookie="We use cookies to personalise content and analyse our traffic. Accept all cookies.",
    related=("Ten best places to watch the sunset this autumn",
             "Opinion: why we still love paper maps"),
    newsletter="Sign up for our morning newsletter and never miss a story",
    footer=("Copyright 2026 Steppe Daily. All rights reserved.",
            "Privacy policy and terms of use"),
    script_text="tracking pixel loaded for campaign autumn",
)

RUSSIAN = Page(
    name="news_ru", language="ru",
    title="В Караганде открыли новую библиотеку для детей",
    date="2026-09-03",
    paragraphs=(
        ("В понедельник в Караганде открылась новая детская библиотека на улице Ерубаева.",
         "В её фонде больше двадцати тысяч книг на казахском и русском языках."),
        ("Здание раньше принадлежало старой типографии и простояло пустым почти десять лет.",
         "Ремонт занял полтора года и обошёлся городу дешевле, чем строительство нового дома."),
        ("Для школьников каждую субботу будут проводить бесплатные занятия по чтению.",
         "Библиотекари также обещают открыть клуб настольных игр для подростков."),
        ("Городской акимат сообщил, что похожие библиотеки появятся ещё в двух районах.",
         "Первые читатели получили читательские билеты в день открытия."),
    ),
    subheading="Что будет дальше",
    menu=("Главная", "Новости", "Экономика", "Спорт", "Погода"),
    cookie="Мы используем файлы cookie, чтобы сайт работал удобнее. Принять все файлы.",
    related=("Десять лучших парков города для прогулок осенью",
             "Мнение: зачем нам бумажные газеты"),
    newsletter="Подпишитесь на нашу утреннюю рассылку новостей",
    footer=("© 2026 Степная газета. Все права защищены.",
            "Политика конфиденциальности и условия использования"),
    script_text="счётчик посещений загружен для кампании",
)

KAZAKH = Page(
    name="news_kk", language="kk",
    title="Павлодарда жаңа спорт кешені ашылды",
    date="2026-11-02",
    paragraphs=(
        ("Павлодар қаласында сейсенбі күні балаларға арналған жаңа спорт кешені ашылды.",
         "Кешенде жүзу бассейні, күрес залы және үстел теннисі бөлмесі бар."),
        ("Құрылыс жұмыстары екі жылға созылып, қала бюджетінен қаржыландырылды.",
         "Жаттықтырушылар мектеп оқушыларына арналған тегін үйірмелер ашатынын айтты."),
        ("Қала әкімдігі келесі жылы тағы екі аудада осындай кешен салуды жоспарлап отыр.",
         "Алғашқы жарыстар желтоқсан айында өтеді деп күтілуде."),
    ),
    subheading="Алдағы жоспарлар",
    menu=("Басты бет", "Жаңалықтар", "Экономика", "Спорт", "Ауа райы"),
    cookie="Біз сайттың ыңғайлы жұмыс істеуі үшін cookie файлдарын қолданамыз. Барлығын қабылдау.",
    related=("Күзгі серуенге арналған ең әдемі он саябақ",
             "Пікір: қағаз газеттер бізге не үшін керек"),
    newsletter="Таңғы жаңалықтар таратылымына жазылыңыз",
    footer=("© 2026 Дала газеті. Барлық құқықтар қорғалған.",
            "Құпиялылық саясаты мен пайдалану шарттары"),
    script_text="келушілер есептегіші іске қосылды",
)

PAGES = (ENGLISH, RUSSIAN, KAZAKH)

#: A tiny valid-looking PDF: the header is what matters to a content check.
PDF_BYTES = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@dataclass(frozen=True)
class Route:
    status: int = 200
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()


def standard_routes(oversized_bytes: int = 3_000_000) -> dict[str, Route]:
    """The pages the tests serve: articles (UTF-8, windows-1251 by <meta>, KOI8-R by HTTP
    header), a redirect, a 404, an oversized page, a PDF, plain text and Markdown."""
    html_type = ("Content-Type", "text/html")
    routes = {
        "/en.html": Route(200, ENGLISH.html().encode("utf-8"),
                          (("Content-Type", "text/html; charset=utf-8"),)),
        "/ru-1251.html": Route(200, RUSSIAN.html("windows-1251").encode("cp1251"), (html_type,)),
        "/ru-koi8.html": Route(200, RUSSIAN.html(meta_charset=False).encode("koi8_r"),
                               (("Content-Type", "text/html; charset=koi8-r"),)),
        "/kk.html": Route(200, KAZAKH.html().encode("utf-8"), (html_type,)),
        "/moved": Route(301, b"", (("Location", "/en.html"),)),
        "/big.html": Route(200, b"<html><body><p>" + b"a" * oversized_bytes + b"</p></body></html>",
                           (html_type,)),
        "/paper.pdf": Route(200, PDF_BYTES, (("Content-Type", "application/pdf"),)),
        "/note.txt": Route(200, " ".join(ENGLISH.sentences).encode("utf-8"),
                           (("Content-Type", "text/plain; charset=utf-8"),)),
    }
    return routes


@contextmanager
def serve(routes: Mapping[str, Route], agents: list[str] | None = None) -> Iterator[str]:
    """Serve `routes` on 127.0.0.1 (free port) in a thread; yields the base URL. Unknown → 404.
    Every request's User-Agent is appended to `agents` when given."""
    agents = agents if agents is not None else []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            agents.append(self.headers.get("User-Agent", ""))
            route = routes.get(self.path.split("?")[0], Route(404, b"not found",
                                                              (("Content-Type", "text/plain"),)))
            self.send_response(route.status)
            for name, value in route.headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            self.wfile.write(route.body)

        def log_message(self, *args: object) -> None:  # keep test output quiet
            pass

    class Server(ThreadingHTTPServer):
        def handle_error(self, request, client_address) -> None:  # noqa: ANN001
            pass  # a client that stops reading an oversized page is what the test wants

    with running(Server(("127.0.0.1", 0), Handler)) as url:
        yield url


@contextmanager
def running(server: ThreadingHTTPServer) -> Iterator[str]:
    """Run `server` (bound to 127.0.0.1) in a thread; yield its base URL; stop it after."""
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
