"""A page's heavy work waits for a later turn of the crawl's event loop once the turn has worked SLICE seconds, so the
loop reads the other downloads between big pages.

A turn of the loop reads every socket that is ready, then runs what became ready: several pages that arrived together
were read (parsed, judged, their links harvested) back to back, and their items extracted, language-tagged and
deduplicated back to back, the loop standing still for all of them (a minute on a loaded machine with pages of a few
megabytes) while other sources' downloads waited. Now reading a page (its callback) and finishing it (the item
pipelines) each first ask for the turn: once the turn has worked SLICE seconds, they wait for later turns, between
which the loop reads the sockets and runs its timers. The work and its order are the same, on the loop's thread (the
archive is written from it alone).
"""
from __future__ import annotations

import asyncio
from collections import deque

from scrapy.http import TextResponse


SLICE = 0.05  # seconds of work a turn may hold before the next page waits for a turn of its own


class LoopTurns:
    """Turns of the running asyncio loop: work that asks once the turn has already worked SLICE seconds waits for a
    later turn, after the loop has polled its sockets again; small pages still run back to back. Waiting work is handed
    the next turn, as much of it as fits in a slice, the first always; pages being finished first (each holds its tree
    until its item is stored), then pages to read, each in the order they asked."""

    def __init__(self):
        self._queues: tuple[deque[asyncio.Future], ...] = (deque(), deque())  # pages being finished, pages to read
        self._handing_out = False
        self._slice_started: float | None = None  # when this turn's work began; None once the loop has polled again
        self._first_granted = True  # whether a turn handed out has let its first waiter work
        self._returned = [0, 0]  # waiters of the turn handed out that did not fit, waiting again at their queue's front

    def must_wait(self) -> bool:
        """Whether work asking now would wait for a later turn: turns are being handed out, or this turn has worked
        its slice."""
        if self._handing_out:
            return True
        return self._slice_started is not None and asyncio.get_running_loop().time() - self._slice_started >= SLICE

    async def to_finish(self) -> None:
        await self._wait(0)

    async def to_read(self) -> None:
        await self._wait(1)

    async def _wait(self, kind: int) -> None:
        loop = asyncio.get_running_loop()
        if not self._handing_out:
            if self._slice_started is None:
                self._slice_started = loop.time()
                loop.call_later(0, self._polled)
            if loop.time() - self._slice_started < SLICE:
                return
        queue = self._queues[kind]
        turn = loop.create_future()
        queue.append(turn)
        if not self._handing_out:
            self._handing_out = True
            self._hand_out_after_the_poll(loop)
        while True:
            await turn
            if self._slice_started is None:  # reset by an earlier turn's _polled
                self._slice_started = loop.time()
            if not self._first_granted or loop.time() - self._slice_started < SLICE:
                self._first_granted = True
                return
            # Waits for the next turn again: before those who asked later, after those of its turn before it.
            turn = loop.create_future()
            queue.insert(self._returned[kind], turn)
            self._returned[kind] += 1

    def _polled(self) -> None:
        self._slice_started = None

    def _hand_out(self, loop: asyncio.AbstractEventLoop) -> None:
        waiting = [turn for queue in self._queues for turn in queue if not turn.done()]
        for queue in self._queues:
            queue.clear()
        if not waiting:
            self._handing_out = False
            return
        for turn in waiting:
            turn.set_result(None)  # the waiters resume first thing in the loop's next turn ...
        self._slice_started, self._first_granted, self._returned = loop.time(), False, [0, 0]
        loop.call_soon(self._hand_out_after_the_poll, loop)  # ... and this after them

    def _hand_out_after_the_poll(self, loop: asyncio.AbstractEventLoop) -> None:
        # A timer due now runs in the loop's next turn after its sockets were read and the timers that fell due during
        # the waiters' work (the download deadlines' heartbeat): a callback scheduled now would run before them.
        loop.call_later(0, self._hand_out, loop)


def crawl_turns(crawler) -> LoopTurns:
    """The crawl's LoopTurns, shared by the spider middleware and the item pipeline below."""
    turns = getattr(crawler, "loop_turns", None)
    if turns is None:
        turns = crawler.loop_turns = LoopTurns()
    return turns


class OwnTurnSpiderMiddleware:
    """A response's callback reads its page in a turn of its own: the callbacks are generators, run as their output is
    asked for, which waits for the turn first.

    A page that waits lets go of its decoded text first (the downloader middlewares decode it whole to look for a meta
    refresh): while big pages are read one a turn, the loop keeps reading the downloads under way, and every page that
    lands waits with its body and its text, twice its size. The text is decoded again from the body, in the encoding
    the response holds, when the page's turn comes."""

    def __init__(self, turns: LoopTurns):
        self.turns = turns

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawl_turns(crawler))

    async def process_spider_output(self, response, result):
        if self.turns.must_wait():
            forget_text(response)
        await self.turns.to_read()
        async for output in result:
            yield output


class OwnTurnPipeline:
    """First of the item pipelines: the stages after it (extraction, language, dedup, storing) run in a turn of the
    item's own."""

    def __init__(self, turns: LoopTurns):
        self.turns = turns

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawl_turns(crawler))

    async def process_item(self, item):
        await self.turns.to_finish()
        return item


def forget_text(response) -> None:
    """Drops a text response's decoded text, which it decodes again from its body when next asked for it."""
    if isinstance(response, TextResponse):
        response._cached_ubody = None  # Scrapy's cache of `response.text`: nothing else keeps it on the response
