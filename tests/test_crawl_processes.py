"""Killing a crawl (SIGKILL, SIGTERM, SIGINT) never leaves a crawler running, and every run reaches a final status."""
from __future__ import annotations

import signal
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
import sqlite_utils
from crawl_process import send_html, served, start_crawl

ARTICLES = 80
SECONDS_PER_ARTICLE = 0.4  # slow enough that a crawl is still running when the test stops it
PROSE = " ".join(["Ett nytt labb för cellterapi öppnar på campus i Flemingsberg under hösten."] * 6)


class SlowSite(BaseHTTPRequestHandler):
    requests: list[float] = []

    def do_GET(self):
        if self.path == "/nyheter/":
            links = "".join(f'<li><h2><a href="/nyheter/2024/05/artikel-{n}/">Nyhet nummer {n} från campus</a></h2></li>'
                            for n in range(ARTICLES))
            body = f"<!DOCTYPE html><html lang='sv'><title>Nyheter</title><body><main><ul>{links}</ul></main></body></html>"
        elif self.path.startswith("/nyheter/2024/05/artikel-"):
            SlowSite.requests.append(time.monotonic())
            time.sleep(SECONDS_PER_ARTICLE)
            body = (f"<!DOCTYPE html><html lang='sv'><head><title>Nyhet</title><meta property='og:type' content='article'>"
                    f"</head><body><article><h1>Nyhet {self.path}</h1><p>Publicerad: 2024-05-02</p>"
                    f"<p>{PROSE}</p><p>{PROSE}</p></article></body></html>")
        else:
            self.send_error(404)
            return
        send_html(self, body)

    def log_message(self, *args):
        pass


@pytest.fixture
def slow_site(tmp_path):
    SlowSite.requests = []
    with served(SlowSite, tmp_path / "sources.toml", "slow", "Slow partner", "/nyheter/") as sources:
        yield sources


def wait_for_requests(count: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while len(SlowSite.requests) < count:
        assert time.monotonic() < deadline, "the crawl never reached the articles"
        time.sleep(0.05)


def crawlers_of(db: Path) -> list[int]:
    """Processes whose command line names this archive: the crawl and any child it forked."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes().split(b"\0")
                state = (entry / "stat").read_text().split(") ")[-1].split()[0]
            except OSError:
                continue
            if str(db).encode() in cmdline and state != "Z":
                found.append(int(entry.name))
    return found


def assert_no_crawler_left(db: Path) -> None:
    deadline = time.monotonic() + 10
    while crawlers_of(db) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert crawlers_of(db) == []
    # A request sent just before the kill may still wait in the server's backlog on a loaded machine: let it land.
    time.sleep(SECONDS_PER_ARTICLE)
    quiet_since = len(SlowSite.requests)
    time.sleep(3 * SECONDS_PER_ARTICLE)
    assert len(SlowSite.requests) == quiet_since  # nothing fetches on behind our back


def statuses(db: Path) -> list[str]:
    return [row["status"] for row in sqlite_utils.Database(db)["crawl_runs"].rows_where(order_by="id")]


@pytest.mark.skipif(not Path("/proc").exists(), reason="reads the process table from /proc")
def test_sigkill_leaves_no_crawler_and_the_next_run_closes_the_stale_run(slow_site, tmp_path):
    db = tmp_path / "archive.db"
    crawl = start_crawl(slow_site, db)
    wait_for_requests(3)
    crawl.send_signal(signal.SIGKILL)
    crawl.wait(timeout=10)
    assert_no_crawler_left(db)
    assert statuses(db) == ["running"]  # nothing could record the kill...
    again = start_crawl(slow_site, db)
    wait_for_requests(len(SlowSite.requests) + 1)
    again.send_signal(signal.SIGTERM)
    again.communicate(timeout=60)
    assert statuses(db)[0] == "interrupted"  # ...until the next crawl of this archive


@pytest.mark.skipif(not Path("/proc").exists(), reason="reads the process table from /proc")
@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_sigterm_and_sigint_stop_the_crawl_and_record_it(stop, slow_site, tmp_path):
    db = tmp_path / "archive.db"
    crawl = start_crawl(slow_site, db)
    wait_for_requests(3)
    crawl.send_signal(stop)
    _out, err = crawl.communicate(timeout=60)
    assert crawl.returncode != 0 and "Traceback" not in err
    assert_no_crawler_left(db)
    assert statuses(db) == ["interrupted"]
    stored = sqlite_utils.Database(db)["articles"].count
    assert 0 < stored < ARTICLES  # what was fetched before the stop is kept
