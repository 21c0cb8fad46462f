"""A page's heavy work waits for a later turn of the crawl's event loop once the turn has worked a slice
(spiders/loop_turns.py): between two big pages the loop reads the other downloads, so it never stands still for several
big pages at once; small pages still share a turn.

Several articles arrive together while a slow one still downloads; finishing each article holds the loop HOLD seconds
(a stage after the turn's, standing in for a big page's extraction on a loaded machine, so the test runs the same on
an idle or a loaded machine). The crawl's own figure of its longest stall while pages downloaded
(spiders/download_deadlines.py) stays under two articles' work: before, the articles that had arrived were finished
back to back in one turn (longest stall 1.3 s).
"""
from __future__ import annotations

import asyncio
import json
import time

from fault_site import PROSE, FaultServer, Reply, article_html, crawl_one_source, page, stored_paths

from news_archive.spiders.loop_turns import SLICE, LoopTurns
from news_archive.spiders.settings import ITEM_PIPELINES

HOLD = 0.5  # seconds finishing one article holds the loop
ARTICLES = 5
SLOW_PIECES = 12  # the slow article's 64 KB pieces, PIECE_PAUSE apart: it downloads all the while the others finish
PIECE_PAUSE = 0.3


class FinishingHoldsTheLoop:
    """After the turn's stage: finishing an article takes HOLD seconds of the loop."""

    def process_item(self, item):
        time.sleep(HOLD)
        return item


def _site() -> FaultServer:
    server = FaultServer()
    quick = [f"/nyheter/notis-{n}/" for n in range(ARTICLES)]
    for n, path in enumerate(quick):
        server.routes[path] = page(article_html(f"Notis nummer {n} om ämnet", f"notis{n}"))
    paragraph = f"<p>{PROSE} Stycke i den långa rapporten.</p>"
    slow = article_html("Lång rapport om ämnet", "rapport").replace(
        "</article>", paragraph * (SLOW_PIECES * 64 * 1024 // len(paragraph.encode())) + "</article>").encode()
    server.routes["/nyheter/rapport/"] = lambda query, hit: Reply(200, slow, pause=PIECE_PAUSE)
    teasers = "".join(f'<li><h2><a href="{path}">Nyhet om ämnet, del {n}</a></h2></li>'
                      for n, path in enumerate(["/nyheter/rapport/", *quick]))
    server.routes["/nyheter/"] = page(f"<html><body><main><ul>{teasers}</ul></main></body></html>")
    return server


def test_the_loop_turns_between_pages_finished_together(tmp_path):
    server = _site()
    stalls_file = tmp_path / "stalls.json"
    settings = {"LOOP_STALLS_FILE": str(stalls_file),
                "ITEM_PIPELINES": {**ITEM_PIPELINES, f"{__name__}.FinishingHoldsTheLoop": 60}}
    run, _asked = crawl_one_source(server, tmp_path, "notiser", "Notiser", "/nyheter/", settings)
    assert (run.status, run.errors) == ("ok", 0)
    assert len(stored_paths(server, tmp_path)) == ARTICLES + 1
    stalls = json.loads(stalls_file.read_text(encoding="utf-8"))
    assert stalls["loop/stalled_seconds"] >= HOLD  # the slow download met the articles' work
    assert stalls["loop/longest_stall_seconds"] < 1.5 * HOLD


def test_work_past_a_slice_of_the_turn_waits_for_turns_handed_out_one_a_turn_pages_being_finished_first():
    async def scenario():
        loop = asyncio.get_running_loop()
        turns, order, ticks = LoopTurns(), [], [0]

        def tick():  # counts the loop's turns
            ticks[0] += 1
            loop.call_soon(tick)

        async def page(name, wait):
            await wait()
            order.append((name, ticks[0]))
            time.sleep(SLICE)  # a big page's work

        loop.call_soon(tick)
        await asyncio.gather(page("read a", turns.to_read), page("read b", turns.to_read),
                             page("finish c", turns.to_finish), page("read d", turns.to_read))
        return order

    order = asyncio.run(scenario())
    assert [name for name, _turn in order] == ["read a", "finish c", "read b", "read d"]
    assert len({turn for _name, turn in order}) == 4  # four turns


def test_small_pages_share_a_turn():
    async def scenario():
        turns, done = LoopTurns(), []

        async def page(name):
            await turns.to_read()
            done.append(name)

        loop = asyncio.get_running_loop()
        tasks = [loop.create_task(page(n)) for n in range(5)]
        await asyncio.sleep(0)  # one turn: the tasks' first steps
        return len(done), tasks

    assert asyncio.run(scenario())[0] == 5
