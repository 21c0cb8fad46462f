"""A download's timeout counts the time the crawl's event loop was free to read it (spiders/download_deadlines.py).

While the crawler works on one page, pages a healthy partner has sent wait in our socket buffers: they are all stored
and the run is `ok`. A partner that sends nothing still times out, however long the crawler is busy. The crawler's
busy spell is a stage holding the loop on the first article, so the test runs the same on an idle or a loaded
machine.
"""
from __future__ import annotations

import time

from twisted.internet.task import Clock

from fault_site import PROSE, FaultServer, Reply, article_html, page, stored_paths

from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.sources import load_sources
from news_archive.spiders.download_deadlines import TICK, Deadline, LoopStalls
from news_archive.spiders.settings import ITEM_PIPELINES

TIMEOUT = 2  # seconds
HOLD = 2.5 * TIMEOUT  # the crawler's work on the first article holds the loop this long
BIG_PAGES = 3
BIG_PAGE_BYTES = 300_000  # five of the loop's reads
PIECE_PAUSE = 0.15  # the partner sends each 64 KB piece this long after the last: a page takes 0.75 s


class FirstArticleHoldsTheLoop:
    """A stage before the others: the crawler busy with a big page on a loaded machine, the loop standing still."""

    def __init__(self):
        self.held = False

    def process_item(self, item):
        if not self.held:
            self.held = True
            time.sleep(HOLD)
        return item


def _crawl(server: FaultServer, folder):
    sources = folder / "sources.toml"
    sources.write_text(f'[[source]]\nid = "rapporter"\nname = "Rapporter"\n'
                       f'start_urls = ["{server.base_url}/nyheter/"]\n', encoding="utf-8")
    settings = {"DOWNLOAD_TIMEOUT": TIMEOUT,
                "ITEM_PIPELINES": {**ITEM_PIPELINES, f"{__name__}.FirstArticleHoldsTheLoop": 50}}
    [run] = run_crawl(load_sources(sources), folder / "a.db", settings=settings, show_progress=False)
    return run


def _site(slow_pages: dict[str, Reply]) -> FaultServer:
    """A listing of a short article answered at once, then the slow ones."""
    server = FaultServer()
    server.routes["/nyheter/kort/"] = page(article_html("Kort notis om ämnet", "kort"))
    for path, reply in slow_pages.items():
        server.routes[path] = lambda query, hit, reply=reply: reply
    teasers = "".join(f'<li><h2><a href="{path}">Rapport om ämnet, del {n}</a></h2></li>'
                      for n, path in enumerate(["/nyheter/kort/", *slow_pages]))
    server.routes["/nyheter/"] = page(f"<html><body><main><ul>{teasers}</ul></main></body></html>")
    return server


def _big_article(number: int) -> bytes:
    paragraph = f"<p>{PROSE} Stycke om ämnet i rapport {number}.</p>"
    filler = paragraph * (BIG_PAGE_BYTES // len(paragraph.encode()))
    html = article_html(f"Lång rapport nummer {number}", f"rapport{number}")
    return html.replace("</article>", filler + "</article>").encode()


def test_big_pages_sent_while_the_crawler_is_busy_are_all_stored(tmp_path):
    big = {f"/nyheter/rapport-{n}/": Reply(200, _big_article(n), pause=PIECE_PAUSE) for n in range(BIG_PAGES)}
    server = _site(big)
    try:
        run = _crawl(server, tmp_path)
        assert (run.status, run.errors, run.error_summary) == ("ok", 0, None)
        assert stored_paths(server, tmp_path) == {"/nyheter/kort/", *big}
        assert {path: server.hits[path] for path in big} == dict.fromkeys(big, 1)  # none timed out and was asked again
    finally:
        server.stop()


def test_a_partner_sending_nothing_still_times_out_while_the_crawler_is_busy(tmp_path):
    silent = 4 * HOLD  # long after the download's free time ran out; the page would be stored if nothing timed out
    server = _site({"/nyheter/tyst/": Reply(200, article_html("Tyst rapport om ämnet", "tyst").encode(), pause=silent)})
    try:
        run = _crawl(server, tmp_path)
        assert (run.status, run.errors) == ("partial", 1)
        assert "/nyheter/tyst/: timed out" in run.error_summary
        assert stored_paths(server, tmp_path) == {"/nyheter/kort/"}
    finally:
        server.stop()


class _Download:
    cancelled = False

    def cancel(self):
        self.cancelled = True


def test_the_seconds_the_loop_stood_still_are_not_the_downloads():
    clock = Clock()
    stalls = LoopStalls(clock)
    download = _Download()
    deadline = Deadline(clock, stalls, 2.0, download.cancel)
    stalls.watch(deadline)
    clock.pump([TICK] * 4)  # a free second: the loop's heartbeats on time
    clock.advance(5.0)  # the loop stands still for five seconds
    assert not download.cancelled and 4.5 < stalls.stalled() < 5.0
    clock.pump([TICK] * 2)
    assert not download.cancelled  # 1.75 s of free time, not 6.5 s of the clock
    clock.pump([TICK] * 2)
    assert download.cancelled and deadline.expired


def test_the_heartbeat_stops_while_nothing_downloads_and_keeps_the_stalls_counted():
    clock = Clock()
    stalls = LoopStalls(clock)
    first = Deadline(clock, stalls, 30.0, _Download().cancel)
    stalls.watch(first)
    clock.pump([TICK] * 2)
    clock.advance(3.0)  # the loop stands still, and the download ends in the turn that ends the stall
    stalls.unwatch(first)
    assert clock.getDelayedCalls() == []  # no heartbeat while nothing downloads
    assert 2.5 < stalls.stalled() < 3.0 and stalls.longest() == stalls.stalled()
    clock.advance(60.0)  # idle: not a stall
    second = Deadline(clock, stalls, 30.0, _Download().cancel)
    stalls.watch(second)
    clock.pump([TICK] * 4)
    clock.advance(1.0)
    clock.pump([TICK])
    assert 3.25 < stalls.stalled() < 4.0 and 2.5 < stalls.longest() < 3.0
    stalls.unwatch(second)
    assert clock.getDelayedCalls() == []
