"""Bad pages on a partner site: one clear line each, the rest of the crawl goes on, the archive stays consistent."""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import sqlite_utils
from click.testing import CliRunner

from news_archive.archive.cli.main import cli

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
    def do_GET(self):
        status, content_type, body = PAGES.get(self.path, (404, "text/html", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def broken_site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_bad_pages_are_reported_and_the_good_article_is_kept(tmp_path, broken_site):
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[source]]\nid = "test-partner"\nname = "Testpartner"\nstart_urls = ["{broken_site}/nyheter/"]\n', encoding="utf-8")
    db_path = tmp_path / "a.db"
    result = CliRunner().invoke(cli, ["crawl", "--sources", str(sources), "--db", str(db_path)])
    assert result.exit_code == 0, result.output  # the partner was crawled; one page failing is not a failed crawl
    assert "test-partner: 2 pages failed: " in result.output
    assert "Traceback" not in result.output
    db = sqlite_utils.Database(db_path)
    assert [row["title"] for row in db["articles"].rows] == ["Ny metod för cellodling"]
    [run] = db["crawl_runs"].rows
    assert (run["status"], run["articles_new"], run["errors"]) == ("partial", 1, 2)
    assert f"{broken_site}/nyheter/2024/03/trasig-server-svarar-inte/: HTTP 500" in run["error_summary"]
    assert f"{broken_site}/nyheter/2024/03/binar-fil-som-sida/: not an HTML page" in run["error_summary"]
    assert db.execute("select count(*) from articles_fts").fetchone()[0] == 1
