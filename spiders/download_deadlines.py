"""A download times out after DOWNLOAD_TIMEOUT seconds in which the crawl's event loop was free to read it, not after
that many seconds of the clock.

The loop reads a socket 64 KB a turn, and a turn that extracts big pages holds it for seconds: for minutes on a busy
machine, where several big pages arrive together. A page of a few megabytes that the partner sent long before sat in
our own socket buffer, waiting for turns, until its clock timeout fired; the healthy partner's run was `partial` for
the crawler's slowness. The time the loop stands still is now left out of the download's time, so a partner that sends
nothing for DOWNLOAD_TIMEOUT seconds still times out, however busy the crawler is.
"""
from __future__ import annotations

import asyncio
import json

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.exceptions import DownloadTimeoutError

TICK = 0.25  # seconds between the loop's heartbeats, which check the deadlines: a timeout fires up to this late
# Scrapy's own clock timeout, left as a backstop: a day, since a loop standing still for minutes is what it must outlast.
CLOCK_BACKSTOP = 24 * 3600.0
STALLED_STAT, LONGEST_STALL_STAT = "loop/stalled_seconds", "loop/longest_stall_seconds"


class LoopStalls:
    """How long the event loop has stood still while downloads were under way: the lateness of a heartbeat it is asked
    to run every TICK seconds while it watches a download's deadline. Each heartbeat checks the deadlines it watches,
    so a download costs no timer of its own; with none to watch the heartbeat stops, and the stall it may be ending
    is counted first."""

    def __init__(self, clock):
        self._clock = clock
        self._stalled = 0.0
        self._longest = 0.0  # the longest single stall: an operator's figure (`longest()`)
        self._due: float | None = None
        self._heartbeat = None
        self._watched: set[Deadline] = set()

    def watch(self, deadline: Deadline) -> None:
        self._watched.add(deadline)
        if self._heartbeat is None:
            self._due = self._clock.seconds() + TICK
            self._heartbeat = self._clock.callLater(TICK, self._beat)

    def unwatch(self, deadline: Deadline) -> None:
        self._watched.discard(deadline)
        if not self._watched:
            self.stop()

    def stop(self) -> None:
        if self._heartbeat is not None:
            self._count_lateness(self._clock.seconds())
            if self._heartbeat.active():
                self._heartbeat.cancel()
        self._heartbeat = None

    def _beat(self) -> None:
        now = self._clock.seconds()
        self._count_lateness(now)
        self._heartbeat = self._clock.callLater(TICK, self._beat)
        for deadline in list(self._watched):
            deadline.check()

    def _count_lateness(self, now: float) -> None:
        late = max(0.0, now - self._due)
        self._stalled += late
        self._longest = max(self._longest, late)
        self._due = now + TICK

    def stalled(self) -> float:
        """Seconds the loop has stood still while it watched downloads, the stall it may be ending included."""
        if self._due is None:
            return 0.0
        ongoing = max(0.0, self._clock.seconds() - self._due) if self._heartbeat is not None else 0.0
        return self._stalled + ongoing

    def longest(self) -> float:
        """The longest time the loop stood still at once while it watched downloads (ended stalls)."""
        return self._longest


class Deadline:
    """Calls `expire` at the heartbeat after the download it stands for has had `timeout` seconds of the loop's free
    time."""

    def __init__(self, clock, stalls: LoopStalls, timeout: float, expire):
        self._clock = clock
        self._stalls = stalls
        self._timeout = timeout
        self._expire = expire
        self._started = clock.seconds()
        self._stalled_before = stalls.stalled()
        self.expired = False

    def check(self) -> None:
        free_time = self._clock.seconds() - self._started - (self._stalls.stalled() - self._stalled_before)
        if free_time >= self._timeout and not self.expired:
            self.expired = True
            self._expire()


class LoopTimeDownloadHandler(HTTP11DownloadHandler):
    """Scrapy's HTTP(S) handler, whose timeout (the request's `download_timeout`) counts the loop's free time."""

    def __init__(self, crawler):
        super().__init__(crawler)
        from twisted.internet import reactor

        self._clock = reactor
        # One for the crawl, whichever scheme's handler downloads: both close, and report the same figures.
        self._stalls = getattr(crawler, "loop_stalls", None) or LoopStalls(reactor)
        crawler.loop_stalls = self._stalls
        self._stats = crawler.stats
        self._stalls_file = crawler.settings.get("LOOP_STALLS_FILE")

    async def download_request(self, request):
        meta = request.meta
        timeout = meta.get("download_timeout")
        if not timeout:
            return await super().download_request(request)
        # Read when the download starts, for the connection's and Scrapy's own clock timeout.
        meta["download_timeout"] = max(timeout, CLOCK_BACKSTOP)
        try:
            # The scope cancels the download alone, and turns that cancellation into TimeoutError.
            async with asyncio.timeout(None) as scope:
                loop = asyncio.get_running_loop()
                deadline = Deadline(self._clock, self._stalls, timeout, lambda: scope.reschedule(loop.time()))
                self._stalls.watch(deadline)
                try:
                    return await super().download_request(request)
                finally:
                    self._stalls.unwatch(deadline)
        except TimeoutError:
            if deadline.expired:
                raise DownloadTimeoutError(f"Getting {request.url} took longer than {timeout} seconds.") from None
            raise
        finally:
            meta["download_timeout"] = timeout  # the request's own, for its retries

    async def close(self) -> None:
        self._stalls.stop()
        figures = {STALLED_STAT: round(self._stalls.stalled(), 3), LONGEST_STALL_STAT: round(self._stalls.longest(), 3)}
        for name, value in figures.items():
            self._stats.set_value(name, value)
        if self._stalls_file:
            with open(self._stalls_file, "w", encoding="utf-8") as out:
                json.dump(figures, out)
        await super().close()
