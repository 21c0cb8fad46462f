"""Bad pages on a partner site: one clear line each, the rest of the crawl goes on, the archive stays consistent."""
from __future__ import annotations

import gzip
from http.server import BaseHTTPRequestHandler

import pytest
import sqlite_utils
from click.testing import CliRunner

from news_archive.archive.cli.main import cli

from news_archive.archive.sample_sites.server import LoopbackServer

PROSE = " ".join(["Forskare vid Karolinska Institutet i Flemingsberg har tagit fram en ny metod för att odla celler."] * 3)
ARTICLE = f"""<!DOCTYPE html><html lang="sv"><head><title>Ny metod för cellodling | Testpartner</title>
<meta property="og:type" content="article"></head><body><main><article><h1>Ny metod för cellodling</h1>
<p class="date">Publicerad: 2024-03-05 10:00</p><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></article></main></body></html>"""
LISTING = """<!DOCTYPE html><html lang="sv"><head><title>Nyheter</title></head><body><main><h1>Nyheter</h1><ul>
<li><h2><a href="/nyheter/2024/03/ny-metod-for-cellodling/">Ny metod för cellodling i Flemingsberg</a></h2></li>
<li><h2><a href="/nyheter/2024/03/trasig-server-svarar-inte/">Trasig server svarar inte alls</a></h2></li>
<li><h2><a href="/nyheter/2024/03/binar-fil-som-sida/">Binär fil i stället för en sida</a></h2></li>
<li><h2><a href="/nyheter/2024/03/avklippt-sida-mitt-i/">Avklippt sida mitt i en tagg</a></h2></li>
</ul></main></body></html>"""
PAGES = {
    "/nyheter/": (200, "text/html; charset=utf-8", LISTING.encode()),
    "/nyheter/2024/03/ny-metod-for-cellodling/": (200, "text/html; charset=utf-8", ARTICLE.encode()),
    "/nyheter/2024/03/trasig-server-svarar-inte/": (500, "text/html", b"<h1>Internal Server Error</h1>"),
    "/nyheter/2024/03/binar-fil-som-sida/": (200, "text/html", bytes(range(256)) * 40),
    "/nyheter/2024/03/avklippt-sida-mitt-i/": (200, "text/html", ARTICLE.encode()[:180]),
}


class Handler(BaseHTTPRequestHandler):
    pages = PAGES

    def do_GET(self):
        status, content_type, body = self.pages.get(self.path, (404, "text/html", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def broken_site():
    server = LoopbackServer(Handler)
    server.start()
    yield server.base_url
    server.stop()


def test_bad_pages_are_reported_and_the_good_article_is_kept(tmp_path, broken_site):
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[source]]\nid = "test-partner"\nname = "Testpartner"\nstart_urls = ["{broken_site}/nyheter/"]\n', encoding="utf-8")
    db_path = tmp_path / "a.db"
    result = CliRunner().invoke(cli, ["crawl", "--sources", str(sources), "--db", str(db_path)])
    assert result.exit_code == 0, result.output  # the partner was crawled; one page failing is not a failed crawl
    assert "test-partner: 1 pages failed: " in result.output
    assert "Traceback" not in result.output
    db = sqlite_utils.Database(db_path)
    assert [row["title"] for row in db["articles"].rows] == ["Ny metod för cellodling"]
    [run] = db["crawl_runs"].rows
    assert (run["status"], run["articles_new"], run["errors"]) == ("partial", 1, 1)
    assert f"{broken_site}/nyheter/2024/03/trasig-server-svarar-inte/: HTTP 500" in run["error_summary"]
    # A binary body where a page was linked is the partner's broken page: not stored, with its reason, no error.
    assert "binar-fil-som-sida" not in run["error_summary"]
    assert _skipped(db, "/nyheter/2024/03/binar-fil-som-sida/") == ("not an HTML page", "not an HTML page: binary content (served as text/html)")
    assert db.execute("select count(*) from articles_fts").fetchone()[0] == 1


def _skipped(db, path: str) -> tuple[str, str]:
    [row] = [row for row in db["crawl_pages_skipped"].rows if row["url"].endswith(path)]
    return row["reason"], row["detail"]


# A mirror that saved a post as the server's gzip bytes and serves them as they are, as text/html.
GZIP_SAVED_POST = gzip.compress(ARTICLE.replace("Ny metod", "Sparad metod").encode(), mtime=0)
HEALTHY_LISTING = LISTING.replace("trasig-server-svarar-inte", "ny-metod-for-cellodling").replace(
    "avklippt-sida-mitt-i", "ny-metod-for-cellodling")
HEALTHY_PAGES = {
    "/nyheter/": (200, "text/html; charset=utf-8", HEALTHY_LISTING.encode()),
    "/nyheter/2024/03/ny-metod-for-cellodling/": PAGES["/nyheter/2024/03/ny-metod-for-cellodling/"],
    "/nyheter/2024/03/binar-fil-som-sida/": (200, "text/html; charset=UTF-8", GZIP_SAVED_POST),
}


class HealthyHandler(Handler):
    pages = HEALTHY_PAGES


def test_a_page_saved_as_gzip_bytes_is_listed_not_stored_and_the_run_is_ok(tmp_path):
    server = LoopbackServer(HealthyHandler)
    server.start()
    site = server.base_url
    try:
        sources = tmp_path / "sources.toml"
        sources.write_text(f'[[source]]\nid = "test-partner"\nname = "Testpartner"\nstart_urls = ["{site}/nyheter/"]\n',
                           encoding="utf-8")
        db_path = tmp_path / "a.db"
        result = CliRunner().invoke(cli, ["crawl", "--sources", str(sources), "--db", str(db_path)])
    finally:
        server.stop()
    assert result.exit_code == 0, result.output
    assert "pages failed" not in result.output
    db = sqlite_utils.Database(db_path)
    assert [row["title"] for row in db["articles"].rows] == ["Ny metod för cellodling"]
    [run] = db["crawl_runs"].rows
    assert (run["status"], run["errors"], run["error_summary"]) == ("ok", 0, None)
    assert '"not an HTML page": 1' in run["skip_reasons"]
    assert _skipped(db, "/nyheter/2024/03/binar-fil-som-sida/") == (
        "not an HTML page", "not an HTML page: binary content (served as text/html; charset=UTF-8)")
