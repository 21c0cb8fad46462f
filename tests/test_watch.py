"""Each run compared with its source's history: a warning with its reason, exit 4, e-mail and webhook."""
from __future__ import annotations

import json
import socket
import threading
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
import sqlite_utils
from aiosmtpd.controller import Controller
from click.testing import CliRunner

from news_archive.archive.cli.main import cli
from news_archive.archive.crawl.health import RunFigures, assess
from news_archive.archive.storage import Archive

NOW = datetime(2025, 6, 30, 3, 0, tzinfo=timezone.utc)


USUAL = {"status": "ok", "pages_fetched": 120, "articles_found": 60, "articles_new": 1, "candidates": 60, "undated": 1,
         "short_body": 0}


def nightly(days: int, **figures) -> list[RunFigures]:
    """A run every night for `days` nights before NOW."""
    return [RunFigures(started=(NOW - timedelta(days=day)).isoformat(), **(USUAL | figures)) for day in range(days, 0, -1)]


def run(**figures) -> RunFigures:
    return RunFigures(started=NOW.isoformat(), **(USUAL | figures))


def test_a_run_like_the_usual_ones_is_ok():
    assert assess(run(), nightly(40)) == ("ok", None)


def test_far_fewer_pages_than_usual():
    assert assess(run(pages_fetched=30), nightly(40)) == ("warning", "30 pages fetched, usually 120")


def test_a_run_is_compared_with_runs_of_its_own_kind():
    """A nightly incremental run fetches a few pages where the weekly full one fetches them all: no warning."""
    history = [RunFigures(**{**vars(r), "kind": "full" if i % 7 == 0 else "incremental",
                             "pages_fetched": 120 if i % 7 == 0 else 6}) for i, r in enumerate(nightly(40))]
    assert assess(run(kind="incremental", pages_fetched=5), history) == ("ok", None)
    assert assess(run(kind="full", pages_fetched=30), history) == ("warning", "30 pages fetched, usually 120")


def test_a_jump_in_pages_without_date_or_with_a_short_text():
    assert assess(run(undated=40), nightly(40)) == ("warning", "67% of stored pages have no date, usually 2%")
    assert assess(run(short_body=30), nightly(40))[1] == "50% of stored pages have a short text, usually 0%"


def test_every_page_judged_not_an_article():
    assert assess(run(articles_found=0, candidates=12, undated=0), []) == (
        "warning", "all 12 pages taken for articles were judged not articles")


def test_a_full_run_that_found_no_article_says_so_however_few_pages_it_took():
    """Fails before: a full run whose start pages led to no article page (or to one static page) was `ok`."""
    nothing = {"articles_found": 0, "articles_new": 0, "undated": 0, "kind": "full"}
    assert assess(run(candidates=0, **nothing), []) == (
        "warning", "no page was taken for an article: the start pages led to none (see crawl_pages_skipped)")
    assert assess(run(candidates=1, **nothing), []) == ("warning", "the one page taken for an article was judged not one")
    # A night with nothing new, or a revisit or two judged not an article, is no sign.
    assert assess(run(candidates=0, **{**nothing, "kind": "incremental"}), []) == ("ok", None)
    assert assess(run(candidates=2, **{**nothing, "kind": "incremental"}), []) == ("ok", None)


def test_no_new_articles_where_new_ones_came_every_week():
    quiet_week = nightly(40)[:-7] + nightly(7, articles_new=0)
    assert assess(run(articles_new=0), quiet_week) == (
        "warning", "no new articles for 7 days; new ones came every week of the 4 before")


def test_a_quiet_partner_is_not_flagged_for_being_quiet():
    weekly_news_sometimes = [r if i % 20 == 0 else RunFigures(**{**vars(r), "articles_new": 0}) for i, r in enumerate(nightly(40))]
    assert assess(run(articles_new=0), weekly_news_sometimes) == ("ok", None)


def test_a_new_source_has_no_history_to_break():
    assert assess(run(pages_fetched=3, undated=50), nightly(2)) == ("ok", None)


def test_a_partial_run_keeps_its_status_and_gets_the_reason():
    assert assess(run(status="partial", pages_fetched=20), nightly(10)) == ("partial", "20 pages fetched, usually 120")


def test_a_failed_or_interrupted_run_is_not_compared():
    assert assess(run(status="interrupted", pages_fetched=20), nightly(10)) == ("interrupted", None)
    assert assess(run(status="failed", pages_fetched=0, articles_found=0), nightly(10)) == ("failed", None)


# --- end to end: a crawl of the sample sites against a history of many more pages ---------------------------

def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.rcpt_tos, envelope.content.decode("utf-8")))
        return "250 OK"


@pytest.fixture
def smtp_server():
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller, inbox
    controller.stop()


@pytest.fixture
def webhook():
    received = []

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self):
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/hook", received
    server.shutdown()


def test_a_crawl_that_finds_far_fewer_pages_warns_exits_4_and_tells_mail_and_webhook(
        tmp_path, sample_sites, smtp_server, webhook):
    db_path = tmp_path / "archive.db"
    archive = Archive(db_path)
    today = datetime.now(timezone.utc)
    for night in range(5, 0, -1):
        started = (today - timedelta(days=night)).isoformat(timespec="seconds")
        run_id = archive.start_run(f"night-{night}", "ssci", started)
        archive.finish_run(run_id, status="ok", pages_fetched=400, articles_found=200, articles_new=2, candidates=200,
                              kind="full")
    archive.close()
    controller, inbox = smtp_server
    url, received = webhook
    sources = sample_sites.write_sources(tmp_path / "sources.toml")
    result = CliRunner().invoke(cli, [
        "crawl", "ssci", "ki-news", "--sources", str(sources), "--db", str(db_path),
        "--notify-email", "operator@example.org", "--smtp", f"127.0.0.1:{controller.port}", "--notify-webhook", url])
    assert result.exit_code == 4, (result.stdout, result.stderr)
    assert result.stderr.splitlines() == ["ssci: needs a look: 19 pages fetched, usually 400"]
    runs = {row["source"]: row for row in sqlite_utils.Database(db_path).query(
        "select * from crawl_runs where crawl not like 'night-%'")}
    assert runs["ssci"]["status"] == "warning" and runs["ssci"]["warning"] == "19 pages fetched, usually 400"
    assert runs["ki-news"]["status"] == "ok" and runs["ki-news"]["warning"] is None
    # 12 articles; its `/node/112` alias names the article canonical and is recorded as its URL, not taken for one
    assert runs["ssci"]["candidates"] == 12 and runs["ssci"]["undated"] is not None
    [(recipients, mail)] = inbox.messages
    assert recipients == ["operator@example.org"]
    assert "Subject: news-archive archive.db: 1 of 2 sources need a look" in mail
    assert "ssci: warning: 19 pages fetched, usually 400" in mail
    [payload] = received
    assert payload["runs"] == [{"source": "ssci", "status": "warning", "warning": "19 pages fetched, usually 400", "error": None}]


def test_a_notification_that_cannot_be_sent_is_one_line_and_keeps_the_exit_code(tmp_path, sample_sites):
    sources = sample_sites.write_sources(tmp_path / "sources.toml")
    closed = free_port()
    with open(sources, "a", encoding="utf-8") as extra:
        extra.write('\n[[source]]\nid = "gone"\nname = "Gone"\nstart_urls = ["http://127.0.0.1:%d/"]\n' % closed)
    result = CliRunner().invoke(cli, [
        "crawl", "gone", "--sources", str(sources), "--db", str(tmp_path / "a.db"),
        "--notify-webhook", f"http://127.0.0.1:{closed}/hook"])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith("gone: could not be crawled: ")
    assert lines[1].startswith(f"Warning: webhook http://127.0.0.1:{closed}/hook failed: ") and len(lines) == 2
