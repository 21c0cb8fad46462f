"""What a crawl fetched is in the archive within seconds, the pages it holds to its end too: a crawl killed before its
end leaves its held pages to the next run."""
from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
import sqlite_utils
from crawl_process import send_html, served, start_crawl

UNDATED = 8  # posts stating no date: held to the crawl's end
DATED = 5
HANGING_SECONDS = 120  # the last post, in the first crawl: the crawl is still running when it is killed


def undated_post(n: int) -> str:
    lines = "".join(f"<p>Inlägg {n} berättar om rad {line} i projektets arbete med nya verktyg under året {n}.</p>"
                    for line in range(6))
    return (f"<!DOCTYPE html><html lang='sv'><head><title>Inlägg {n}</title><meta property='og:type' content='article'>"
            f"</head><body><article><h1>Inlägg nummer {n} om projektet</h1>{lines}</article></body></html>")


def dated_post(name: str) -> str:
    prose = "".join(f"<p>Ett daterat inlägg, {name}, med stycke {line} om hur arbetet gick vidare.</p>"
                    for line in range(6))
    return (f"<!DOCTYPE html><html lang='sv'><head><title>{name}</title><meta property='og:type' content='article'>"
            f"</head><body><article><h1>Daterat inlägg {name}</h1><p>Publicerad 2024-05-02</p>{prose}</article>"
            f"</body></html>")


class ProjectSite(BaseHTTPRequestHandler):
    """A listing of undated posts (or, `dated_only`, of dated ones) and a dated one that hangs; later (`moved_on`) a
    listing of one new post alone: the undated posts are linked no more."""

    moved_on = False
    dated_only = False

    def do_GET(self):
        if self.path == "/inlagg/":
            first = [f"datum-{n}" for n in range(DATED)] if self.dated_only else [f"inlagg-{n}" for n in range(UNDATED)]
            names = ["nytt"] if self.moved_on else [*first, "sist"]
            links = "".join(f'<li><h2><a href="/inlagg/{name}/">Inlägget {name} från projektet</a></h2></li>'
                            for name in names)
            body = f"<!DOCTYPE html><html lang='sv'><title>Inlägg</title><body><main><ul>{links}</ul></main></body></html>"
        elif self.path.startswith("/inlagg/inlagg-"):
            body = undated_post(int(self.path.strip("/").rsplit("-", 1)[1]))
        elif self.path == "/inlagg/sist/":
            time.sleep(HANGING_SECONDS)
            body = dated_post("sist")
        elif self.path == "/inlagg/nytt/" or self.path.startswith("/inlagg/datum-"):
            body = dated_post(self.path.strip("/").rsplit("/", 1)[1])
        else:
            self.send_error(404)
            return
        send_html(self, body)  # the hanging post's crawl may be killed meanwhile

    def log_message(self, *args):
        pass


@pytest.fixture
def project_site(tmp_path):
    ProjectSite.moved_on = ProjectSite.dated_only = False
    with served(ProjectSite, tmp_path / "sources.toml", "projekt", "Ett projekt", "/inlagg/") as sources:
        yield sources


def rows(db: Path, table: str) -> int:
    """Rows of the table the crawl has committed (0 before the crawl makes the archive: reading must not make it)."""
    if not db.exists():
        return 0
    conn = sqlite3.connect(db)
    try:
        return conn.execute(f"select count(*) from {table}").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0
    finally:
        conn.close()


def killed_once_committed(sources: Path, db: Path, table: str, count: int) -> None:
    """Crawl, and kill the crawl with SIGKILL once `count` rows of `table` are committed (it then waits on a page)."""
    first = start_crawl(sources, db)
    deadline = time.monotonic() + 60
    while rows(db, table) < count:
        assert time.monotonic() < deadline and first.poll() is None, f"the crawl never committed its {table}"
        time.sleep(0.1)
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=10)


@pytest.mark.skipif(not Path("/proc").exists(), reason="the crawl's child dies with it by a Linux prctl")
def test_articles_are_committed_while_the_crawl_waits_on_a_slow_page(project_site, tmp_path):
    """No further page comes to commit them with: the crawl commits on time all the same."""
    ProjectSite.dated_only = True
    killed_once_committed(project_site, tmp_path / "archive.db", "articles", DATED)
    assert rows(tmp_path / "archive.db", "articles") == DATED


def run_to_its_end(command: list[str]) -> None:
    """The next run, once the killed crawl's processes are gone and the archive's lock with them."""
    deadline = time.monotonic() + 30
    while True:
        process = subprocess.run([sys.executable, "-m", "news_archive.archive.cli.main", *command], capture_output=True,
                                 text=True, timeout=120)
        if process.returncode != 3 or time.monotonic() > deadline:  # 3: the archive is still locked
            break
        time.sleep(0.2)
    assert process.returncode == 0, process.stderr


@pytest.mark.skipif(not Path("/proc").exists(), reason="the crawl's child dies with it by a Linux prctl")
@pytest.mark.parametrize("next_run", ["crawl", "reprocess"])
def test_the_next_run_stores_the_pages_a_killed_crawl_held(next_run, project_site, tmp_path):
    db = tmp_path / "archive.db"
    killed_once_committed(project_site, db, "held_pages", UNDATED)
    archive = sqlite_utils.Database(db)
    assert archive["articles"].count == 0  # the undated posts wait in the archive, committed while the crawl waited

    ProjectSite.moved_on = True  # the listing links them no more
    if next_run == "crawl":
        run_to_its_end(["crawl", "--sources", str(project_site), "--db", str(db)])
    else:  # from the captures alone, with no network: each page replayed replaces the copy left held
        run_to_its_end(["reprocess", "--db", str(db)])
    undated = {f"Inlägg nummer {n} om projektet" for n in range(UNDATED)}
    new = {"Daterat inlägg nytt"} if next_run == "crawl" else set()
    assert {row["title"] for row in archive["articles"].rows} == undated | new
    assert archive["held_pages"].count == 0
    killed, then = archive["crawl_runs"].rows_where(order_by="id")
    assert killed["status"] == "interrupted"
    assert (then["status"], then["pages_held_left"], then["articles_new"]) == ("ok", UNDATED, len(undated | new))
