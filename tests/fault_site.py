"""A fault-injecting partner site on 127.0.0.1: wrong encodings, flaky servers, bad redirects, traps, huge pages.

Each case is one article link on the partner's news listing (or a source of its own, for the traps);
`tests/test_faults.py` crawls it all with the real spider and stages and checks what each case left behind.
"""
from __future__ import annotations

import gzip
import threading
import time
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qsl, urlsplit

import sqlite_utils

from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.sources import load_sources

from news_archive.archive.sample_sites.server import LoopbackServer

PROSE = ("Forskare vid Karolinska Institutet i Flemingsberg har tagit fram en ny metod för att odla celler, "
         "och arbetet väntas ge snabbare vård åt patienter över hela regionen.")


def article_html(title: str, word: str, charset_meta: str = "") -> str:
    """An article page; `word` makes each case's text its own (the archive merges pages with equal text)."""
    paragraphs = "".join(f"<p>{PROSE} Fallet {word}, stycke {n}.</p>" for n in range(1, 4))
    return (f"<!DOCTYPE html><html lang=\"sv\"><head>{charset_meta}<title>{title} | Felpartner</title>"
            f"<meta property=\"og:type\" content=\"article\"></head><body><main><article><h1>{title}</h1>"
            f"<p class=\"date\">Publicerad: 2024-03-05 10:00</p>{paragraphs}</article></main></body></html>")


PIECE_BYTES = 64 * 1024


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    length: bool = True  # send Content-Length; without it the body ends when the connection closes
    pause: float = 0.0  # seconds the server waits before the body and between its PIECE_BYTES pieces: a slow partner


class FaultServer(LoopbackServer):
    """Answers from `routes` (path -> function of the query returning a Reply); records every request with its time."""

    def __init__(self):
        super().__init__(_Handler)
        self.routes = {}
        self.requests: list[tuple[float, str]] = []
        self.hits: dict[str, int] = defaultdict(int)
        self.lock = threading.Lock()
        self.start()

    def times(self, path: str) -> list[float]:
        return [at for at, requested in self.requests if urlsplit(requested).path == path]


class _Handler(BaseHTTPRequestHandler):
    server: FaultServer

    def do_GET(self):
        parts = urlsplit(self.path)
        with self.server.lock:
            self.server.requests.append((time.monotonic(), self.path))
            self.server.hits[parts.path] += 1
            hit = self.server.hits[parts.path]
        route = self.server.routes.get(parts.path)
        reply = route(dict(parse_qsl(parts.query)), hit) if route else Reply(404, b"<h1>Sidan hittades inte</h1>")
        etag = reply.headers.get("ETag")
        if reply.status == 200 and etag and self.headers.get("If-None-Match") == etag:  # a page served with an ETag
            reply = Reply(304, b"", {"ETag": etag})
        self.send_response(reply.status)
        headers = {"Content-Type": "text/html; charset=utf-8", **reply.headers}
        for name, value in headers.items():
            self.send_header(name, value)
        if reply.length:
            self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        try:
            if reply.pause:
                for start in range(0, len(reply.body), PIECE_BYTES):
                    time.sleep(reply.pause)
                    self.wfile.write(reply.body[start:start + PIECE_BYTES])
                    self.wfile.flush()
            else:
                self.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the crawler hung up on a page it would not take

    def log_message(self, *args):
        pass


def page(text: str | bytes, content_type: str = "text/html; charset=utf-8", status: int = 200, **headers):
    body = text if isinstance(text, bytes) else text.encode("utf-8")
    return lambda query, hit: Reply(status, body, {"Content-Type": content_type, **headers})


def serve_sitemap(server: FaultServer, paths) -> None:
    """A sitemap of the site's `paths`, named by its robots.txt."""
    server.routes["/robots.txt"] = page(f"User-agent: *\nSitemap: {server.base_url}/sitemap.xml\n", "text/plain")
    locs = "".join(f"<url><loc>{server.base_url}{path}</loc></url>" for path in paths)
    server.routes["/sitemap.xml"] = page(f"<?xml version='1.0' encoding='UTF-8'?><urlset "
                                         f"xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{locs}</urlset>",
                                         "application/xml")


def slowly(answer, seconds: float):
    """`answer` (a route), given after `seconds`: a slow page, or one a loaded machine reaches late."""
    def late(query, hit):
        time.sleep(seconds)
        return answer(query, hit)
    return late


def moved(location: str):
    return lambda query, hit: Reply(301, b"", {"Location": location})


def flaky(failures: int, status: int, body: bytes, **headers):
    """Answers `status` (with `headers`) the first `failures` times, then the page."""
    def answer(query, hit):
        if hit <= failures:
            return Reply(status, b"<h1>Try again later</h1>", headers)
        return Reply(200, body)
    return answer


def gzip_bomb(decompressed_mb: int) -> bytes:
    """A small gzip body that inflates to `decompressed_mb` megabytes of spaces."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = b" " * (1 << 20)
    return b"".join(compressor.compress(chunk) for _ in range(decompressed_mb)) + compressor.flush()


# Swedish text each encoding case must bring back exactly.
ENCODING_TITLE = "Åtgärder för ökad vårdkvalitet"
ENCODING_CASES = {
    # path: (encoding of the bytes, Content-Type header, <meta> in the page)
    "utf8-declared-latin1": ("utf-8", "text/html; charset=iso-8859-1", ""),
    "cp1252-declared-utf8": ("cp1252", "text/html; charset=utf-8", ""),
    "cp1252-undeclared": ("cp1252", "text/html", ""),
    "latin1-meta-utf8": ("latin-1", "text/html", '<meta charset="utf-8">'),
    "utf8-bom-declared-cp1252": ("utf-8-sig", "text/html; charset=windows-1252", ""),
    "latin1-declared-rightly": ("latin-1", "text/html; charset=iso-8859-1", '<meta charset="iso-8859-1">'),
    "utf8-undeclared": ("utf-8", "text/html", ""),
    # UTF-8 but for one stray byte in a footer link (a mirror tool's mangled address): still UTF-8.
    "utf8-with-a-stray-byte": ("utf-8", "text/html; charset=utf-8", ""),
}
STRAY_BYTE_FOOTER = b'<footer><a href="/om-oss-\xe2\x80/">Om oss</a></footer></body>'


@dataclass
class FaultSite:
    partner: FaultServer
    elsewhere: FaultServer  # another site: the partner's redirects must never bring its pages in
    traps: FaultServer
    long_archive: FaultServer  # a healthy site whose sitemap names every article its long listing shows again

    def url(self, path: str) -> str:
        return self.partner.base_url + path

    def sources_toml(self) -> str:
        return "".join(
            f'[[source]]\nid = "{source_id}"\nname = "{source_id}"\nstart_urls = ["{start}"]\n\n'
            for source_id, start in (("fault-partner", self.url("/nyheter/")),
                                     ("endless-pager", self.traps.base_url + "/arkiv/"),
                                     ("endless-calendar", self.traps.base_url + "/kalender/"),
                                     ("long-archive", self.long_archive.base_url + "/arkiv/")))

    def stop(self) -> None:
        for server in (self.partner, self.elsewhere, self.traps, self.long_archive):
            server.stop()


def start_fault_site() -> FaultSite:
    site = FaultSite(FaultServer(), FaultServer(), FaultServer(), FaultServer())
    _build_partner(site)
    _build_traps(site.traps)
    _build_long_archive(site.long_archive)
    return site


def _build_partner(site: FaultSite) -> None:
    routes, articles = site.partner.routes, []

    def article(slug: str, title: str, route=None):
        path = f"/nyheter/{slug}/"
        routes[path] = route or page(article_html(title, slug))
        articles.append((path, title))

    for slug, (encoding, content_type, meta) in ENCODING_CASES.items():
        html = article_html(ENCODING_TITLE, slug, meta).encode(encoding)
        if slug == "utf8-with-a-stray-byte":
            html = html.replace(b"</body>", STRAY_BYTE_FOOTER)
        article(slug, ENCODING_TITLE, page(html, content_type))

    article("svarar-503-tva-ganger", "Servern svarar 503 två gånger",
            flaky(2, 503, article_html("Servern svarar 503 två gånger", "503").encode()))
    article("svarar-429-vanta", "Servern ber om paus med 429",
            flaky(1, 429, article_html("Servern ber om paus med 429", "429").encode(), **{"Retry-After": "2"}))
    article("svarar-503-utan-besked", "Servern svarar 503 utan besked",
            flaky(1, 503, article_html("Servern svarar 503 utan besked", "503b").encode()))

    elsewhere = site.elsewhere
    elsewhere.routes["/kapad-artikel/"] = page(article_html("Främmande sida som inte är partnerns", "kapad"))
    article("flyttad-till-annan-sajt", "Flyttad till annan sajt", moved(elsewhere.base_url + "/kapad-artikel/"))
    article("meta-refresh-bort", "Meta refresh till annan sajt",
            page(f'<html><head><meta http-equiv="refresh" content="0; url={elsewhere.base_url}/kapad-artikel/"></head>'
                 "<body><p>Flyttad.</p></body></html>"))
    article("omdirigering-i-ring", "Omdirigering i ring", moved("/nyheter/ring-b/"))
    routes["/nyheter/ring-b/"] = moved("/nyheter/omdirigering-i-ring/")
    article("lang-kedja", "Lång kedja av omdirigeringar", moved("/hopp/1/"))
    for hop in range(1, 9):
        routes[f"/hopp/{hop}/"] = moved(f"/hopp/{hop + 1}/")
    routes["/hopp/9/"] = page(article_html("Slutet på den långa kedjan", "kedja"))
    article("gammal-adress", "Ny adress på samma sajt", moved("/nyheter/ny-adress/"))
    routes["/nyheter/ny-adress/"] = page(article_html("Ny adress på samma sajt", "flytt"))

    huge = ("<html><body><main><p>" + "stor sida " * (6 * 1024 * 1024) + "</p></main></body></html>").encode()
    article("sextio-megabyte", "En sida på sextio megabyte", page(huge))
    article("stor-utan-langd", "Stor sida utan längd", lambda query, hit: Reply(200, huge, {}, length=False))
    article("gzip-bomb", "Gzip-bomb", page(gzip_bomb(200), **{"Content-Encoding": "gzip"}))
    deep = article_html("Artikel djupt inne i femtiotusen div", "djup").replace(
        "<main>", "<main>" + "<div>" * 50_000).replace("</main>", "</div>" * 50_000 + "</main>")
    article("femtiotusen-div", "Artikel djupt inne i femtiotusen div", page(deep))
    deeper = article_html("Artikel i nästlade ins", "ins").replace(
        "<main>", "<main>" + "<ins>" * 50_000).replace("</main>", "</ins>" * 50_000 + "</main>")
    article("nastlade-ins", "Artikel i nästlade ins", page(deeper))
    article("liten-gzip", "Liten komprimerad artikel",
            page(gzip.compress(article_html("Liten komprimerad artikel", "gzip").encode()), **{"Content-Encoding": "gzip"}))

    article("dod-lank", "Död länk", page("<h1>Borta</h1>", status=404))
    routes["/nyheter/kontakt-oss/"] = page("<html><body><main><h1>Kontakt</h1><p>Ring oss.</p></main></body></html>")
    articles.append(("/nyheter/kontakt-oss/", "Kontakta oss på redaktionen"))

    teasers = "".join(f'<li><h2><a href="{path}">{title} i vår serie</a></h2></li>' for path, title in articles)
    routes["/nyheter/"] = page(f"<!DOCTYPE html><html lang=\"sv\"><head><title>Nyheter</title></head><body><main>"
                               f"<h1>Nyheter</h1><ul>{teasers}</ul></main></body></html>")


def _build_traps(traps: FaultServer) -> None:
    teasers = "".join(f'<li><h2><a href="/arkiv/artikel-{n}/">Artikel nummer {n} i arkivet</a></h2></li>' for n in range(1, 6))

    def pager(query, hit):
        """Every page links a next one and the same five teasers."""
        number = int(query.get("page", "1") or 1)
        return Reply(200, (f"<html><body><main><h1>Arkiv</h1><ul>{teasers}</ul>"
                           f'<nav class="pagination"><a rel="next" href="/arkiv/?page={number + 1}">Nästa</a></nav>'
                           f"</main></body></html>").encode())

    def calendar(query, hit):
        """Every day links the day before and an event of its own: new links for ever."""
        day = int(query.get("date", "0") or 0)
        events = "".join(f'<li><h2><a href="/kalender/evenemang/?id={day}-{n}">Evenemang {n} den dagen i kalendern</a></h2></li>'
                         for n in range(1, 5))
        return Reply(200, (f"<html><body><main><h1>Kalender</h1><ul>{events}</ul>"
                           f'<div class="pager"><a rel="prev" href="/kalender/?date={day - 1}">Föregående dag</a></div>'
                           f"</main></body></html>").encode())

    traps.routes["/arkiv/"] = pager
    traps.routes["/kalender/"] = calendar
    traps.routes["/kalender/evenemang/"] = page("<html><body><main><h1>Evenemang</h1><p>Plats: Flemingsberg.</p></main></body></html>")
    for n in range(1, 6):
        traps.routes[f"/arkiv/artikel-{n}/"] = page(article_html(f"Arkivartikel {n}", f"arkiv{n}"))


LONG_ARCHIVE_PAGES = 15


def _build_long_archive(site: FaultServer) -> None:
    """Two teasers a listing page over LONG_ARCHIVE_PAGES pages; robots.txt names a sitemap with all of them first."""
    slugs = [f"/arkiv/{page}-{n}/" for page in range(1, LONG_ARCHIVE_PAGES + 1) for n in (1, 2)]
    site.routes["/robots.txt"] = page(f"User-agent: *\nDisallow: /admin/\nSitemap: {site.base_url}/sitemap.xml\n",
                                      "text/plain")
    locs = "".join(f"<url><loc>{site.base_url}{slug}</loc></url>" for slug in slugs)
    site.routes["/sitemap.xml"] = page('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                                       f"{locs}</urlset>", "application/xml")

    def listing(query, hit):
        number = int(query.get("page", "1") or 1)
        teasers = "".join(f'<li><h2><a href="/arkiv/{number}-{n}/">Nyhet {n} på sidan {number} i arkivet</a></h2></li>'
                          for n in (1, 2))
        pager = f'<a rel="next" href="/arkiv/?page={number + 1}">Nästa</a>' if number < LONG_ARCHIVE_PAGES else ""
        return Reply(200, f'<html><body><main><h1>Arkiv</h1><ul>{teasers}</ul><nav class="pagination">{pager}</nav>'
                          f"</main></body></html>".encode())

    site.routes["/arkiv/"] = listing
    for slug in slugs:
        site.routes[slug] = page(article_html(f"Arkivnyhet {slug.strip('/').split('/')[1]}", slug))


def start_flood_site(pages: int, megabytes: float) -> FaultServer:
    """A listing of `pages` articles of about `megabytes` each: what a crawl holds at once when every page is big."""
    site = FaultServer()
    paragraph = f"<p>{PROSE}</p>"
    for number in range(pages):
        filler = paragraph * int(megabytes * 1024 * 1024 / len(paragraph.encode()))
        html = article_html(f"Stor artikel {number}", f"stor{number}").replace("</article>", filler + "</article>")
        site.routes[f"/nyheter/stor-{number}/"] = page(html)
    teasers = "".join(f'<li><h2><a href="/nyheter/stor-{n}/">Stor artikel nummer {n} i flödet</a></h2></li>'
                      for n in range(pages))
    site.routes["/nyheter/"] = page(f"<html><body><main><ul>{teasers}</ul></main></body></html>")
    return site


def crawl_source(server: FaultServer, folder, source_id: str, name: str, start: str = "/", settings=None):
    """Crawl the served site as one source starting at `start` into `folder`/a.db (with these Scrapy `settings` over
    the project's, if given), leaving the server up for a later crawl: the crawl's run."""
    sources = folder / "sources.toml"
    sources.write_text(f'[[source]]\nid = "{source_id}"\nname = "{name}"\nstart_urls = ["{server.base_url}{start}"]\n',
                       encoding="utf-8")
    [run] = run_crawl(load_sources(sources), folder / "a.db", settings=settings, show_progress=False)
    return run


def crawl_one_source(server: FaultServer, folder, source_id: str, name: str, start: str = "/", settings=None):
    """Crawl the served site once (`crawl_source`), then stop the server: the crawl's run and the paths the server
    was asked for."""
    try:
        return crawl_source(server, folder, source_id, name, start, settings), {path for _at, path in server.requests}
    finally:
        server.stop()


def stored_paths(server: FaultServer, folder) -> set[str]:
    """The paths on the served site of the articles a crawl into `folder`/a.db stored."""
    return set(stored_column(server, folder, "url"))


def stored_column(server: FaultServer, folder, column: str) -> dict[str, str]:
    """One column of the articles a crawl into `folder`/a.db stored, by their paths on the served site."""
    return {row["url"].removeprefix(server.base_url): row[column]
            for row in sqlite_utils.Database(folder / "a.db")["articles"].rows}


def crawled_column(folder, source_id: str, name: str, listing: str, posts: dict[str, str],
                   column: str) -> dict[str, str]:
    """Serve the news listing page `listing` (HTML, at /news/) and each post page (`posts`: path -> HTML), crawl them
    as one source from the listing into `folder`/a.db, and give one column of the stored articles by path."""
    server = FaultServer()
    server.routes["/news/"] = page(listing)
    for path, html in posts.items():
        server.routes[path] = page(html)
    crawl_one_source(server, folder, source_id, name, "/news/")
    return stored_column(server, folder, column)


def crawled_titles(folder, source_id: str, name: str, listing: str, posts: dict[str, str]) -> dict[str, str]:
    """The stored articles' titles by path, of a crawl as `crawled_column` makes."""
    return crawled_column(folder, source_id, name, listing, posts, "title")
