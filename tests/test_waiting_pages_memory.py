"""A page waiting for its turn of the crawl's event loop to be read (spiders/loop_turns.py) holds its body, not its
decoded text as well: while big pages are read one a turn the loop keeps reading the downloads under way, and the
pages that land meanwhile wait, each with the text the downloader middlewares decoded, twice the page's size in all
(a flood of 100 pages of 3.9 MB peaked 268-285 MB).

Several big articles are served together; reading each one holds the loop READ_HOLD seconds (a stage standing in for a
big page's reading on a loaded machine, so the test runs the same idle or loaded), so the others land and wait. A spider
middleware before the turn's notes each page asking for its turn, one beside the spider, as each page's reading begins,
the decoded text the pages still waiting for their turn hold: none (before, every waiting page held its whole text).
"""
from __future__ import annotations

import json
import time
import weakref

from fault_site import PROSE, FaultServer, article_html, crawl_one_source, page, stored_paths
from scrapy import signals

from news_archive.spiders.settings import SPIDER_MIDDLEWARES

ARTICLES = 6
ARTICLE_BYTES = 1024 * 1024
READ_HOLD = 0.2  # seconds reading one article holds the loop: past a turn's slice, so the others wait


class PagesAskingForTheirTurn:
    """Before the turn's middleware (nearer the engine): the responses whose reading has asked for its turn."""

    def __init__(self, asked: weakref.WeakSet):
        self.asked = asked

    @classmethod
    def from_crawler(cls, crawler):
        return cls(_asked(crawler))

    async def process_spider_output(self, response, result):
        self.asked.add(response)  # the turn's middleware asks, and the page waits or is read, as this iterates it
        async for output in result:
            yield output


def _asked(crawler) -> weakref.WeakSet:
    if not hasattr(crawler, "pages_asking_for_their_turn"):
        crawler.pages_asking_for_their_turn = weakref.WeakSet()
    return crawler.pages_asking_for_their_turn


class WaitingPagesWatch:
    """Beside the spider (after the turn's middleware): as each page's reading begins, how many of the pages that
    asked for their turn still wait for it, and the decoded text they hold."""

    def __init__(self, crawler):
        self.report = crawler.settings.get("WAITING_PAGES_REPORT")
        self.asked = _asked(crawler)
        self.reading: weakref.WeakSet = weakref.WeakSet()
        self.most_waiting = 0
        self.most_text_waiting = 0
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_spider_output(self, response, result):
        self.reading.add(response)
        waiting = [other for other in self.asked if other not in self.reading]
        self.most_waiting = max(self.most_waiting, len(waiting))
        self.most_text_waiting = max(self.most_text_waiting,
                                     sum(len(getattr(other, "_cached_ubody", None) or "") for other in waiting))
        if response.url.rstrip("/").split("/")[-1].startswith("stor-"):
            time.sleep(READ_HOLD)
        async for output in result:
            yield output

    def closed(self, spider):
        with open(self.report, "w", encoding="utf-8") as out:
            json.dump({"most_waiting": self.most_waiting, "most_text_waiting": self.most_text_waiting}, out)


def _site() -> FaultServer:
    server = FaultServer()
    paragraph = f"<p>{PROSE}</p>"
    for number in range(ARTICLES):
        filler = paragraph * (ARTICLE_BYTES // len(paragraph.encode()))
        server.routes[f"/nyheter/stor-{number}/"] = page(
            article_html(f"Stor artikel {number} om ämnet", f"stor{number}").replace("</article>", filler + "</article>"))
    teasers = "".join(f'<li><h2><a href="/nyheter/stor-{n}/">Stor artikel nummer {n} i flödet</a></h2></li>'
                      for n in range(ARTICLES))
    server.routes["/nyheter/"] = page(f"<html><body><main><ul>{teasers}</ul></main></body></html>")
    return server


def test_pages_waiting_for_their_turn_to_be_read_hold_no_decoded_text(tmp_path):
    server = _site()
    report = tmp_path / "waiting.json"
    settings = {"WAITING_PAGES_REPORT": str(report),
                "SPIDER_MIDDLEWARES": {**SPIDER_MIDDLEWARES, f"{__name__}.PagesAskingForTheirTurn": 940,
                                       f"{__name__}.WaitingPagesWatch": 960}}
    run, _asked = crawl_one_source(server, tmp_path, "stora", "Stora", "/nyheter/", settings)
    assert (run.status, run.errors) == ("ok", 0)
    assert stored_paths(server, tmp_path) == {f"/nyheter/stor-{n}/" for n in range(ARTICLES)}
    seen = json.loads(report.read_text(encoding="utf-8"))
    # Pages landed while another was read, and waited: one at least (on a loaded machine the downloads land slower).
    assert seen["most_waiting"] >= 1
    assert seen["most_text_waiting"] == 0
