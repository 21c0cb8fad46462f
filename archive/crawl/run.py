"""Run a crawl of some sources into an archive, in a child process, and report how each source went."""
from __future__ import annotations

import ctypes
import ctypes.util
import gc
import ipaddress
import logging
import multiprocessing
import os
import signal
import sqlite3
import sys
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from news_archive.archive.archive_file import ARCHIVE_FAILURE_STAT, archive_error
from news_archive.archive.crawl.lock import archive_lock
from news_archive.archive.crawl.watch import watch_crawl
from news_archive.archive.run_counters import CANDIDATES, PAGES_FETCHED, counter_key
from news_archive.archive.sources import Source
from news_archive.archive.storage import Archive

PROGRESS_INTERVAL = 2.0
# Sites on this machine (the sample sites, tests, benchmarks): no one to be polite to.
LOOPBACK_SETTINGS = {"DOWNLOAD_DELAY": 0, "CONCURRENT_REQUESTS_PER_DOMAIN": 16, "AUTOTHROTTLE_ENABLED": False,
                     "ROBOTSTXT_CRAWL_DELAY": False}
ORPHAN_CHECK_SECONDS = 1.0
PR_SET_PDEATHSIG = 1  # linux/prctl.h
M_MMAP_THRESHOLD, LARGE_BUFFER_BYTES = -3, 128 * 1024  # malloc.h


@dataclass(frozen=True)
class SourceRun:
    source: str
    status: str
    pages_fetched: int
    articles_found: int
    articles_new: int
    articles_updated: int
    errors: int
    error_summary: str | None
    warning: str | None = None  # why the run needs a look, next to its usual runs
    broken_links: int = 0  # the site's own links that answer 404/410: reported, not a failure
    pages_skipped: int = 0  # fetched and not stored (listings, feeds, not an article...): crawl_pages_skipped says why


def run_crawl(sources: list[Source], db_path: str | Path, settings: dict | None = None,
              show_progress: bool | None = None, warc_dir: str | Path | None = None,
              full: bool = False) -> list[SourceRun]:
    """Crawl `sources` into the archive at `db_path`; one SourceRun per source, read back from `crawl_runs`.

    Incremental unless `full`: only what is new or changed since the last crawl is fetched (spiders/incremental.py).

    Each run is then compared with its source's history (archive/crawl/watch.py). Raises ArchiveBusy,
    before touching anything, when another crawl writes to the archive.
    """
    from news_archive.spiders.news import NewsSpider

    with archive_lock(db_path):
        crawl_id = new_crawl_id()
        overrides = {**({"FULL_CRAWL": True} if full else {}), **(settings or {}),
                     **({"WARC_DIR": str(warc_dir)} if warc_dir else {})}
        run_spider(NewsSpider, {"sources": sources}, db_path, crawl_id, overrides, show_progress)
        watch_crawl(db_path, crawl_id)
        return source_runs(db_path, crawl_id, [source.id for source in sources])


def new_crawl_id(kind: str = "") -> str:
    return kind + datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S.%fZ")


def run_spider(spider_cls, spider_kwargs: dict, db_path: str | Path, crawl_id: str, settings: dict,
               show_progress: bool | None = None) -> None:
    """Run one spider with the project's settings and pipelines into the archive; its runs are in `crawl_runs`.

    Scrapy's reactor cannot be restarted within a process, so every crawl runs in a forked child:
    `news-archive crawl`, the demo and the tests can then crawl as often as they like. The child never
    outlives this process, and SIGTERM or SIGINT here stops it the way Scrapy stops a crawl.
    Raises ArchiveError when the archive cannot be opened or written.
    """
    if show_progress is None:
        show_progress = sys.stderr.isatty()
    archive = Archive(db_path)  # create and migrate before the child opens it
    try:
        archive.close_stale_runs()
    finally:
        archive.close()
    failure_reader, failure_writer = multiprocessing.Pipe(duplex=False)
    child = multiprocessing.get_context("fork").Process(
        target=_crawl_in_this_process,
        # ARCHIVE_LOCK off: this process holds the archive's lock for the child (see archive/crawl/lock.py).
        args=(spider_cls, spider_kwargs, str(db_path), {**settings, "CRAWL_ID": crawl_id, "ARCHIVE_LOCK": False},
              show_progress, os.getpid(), failure_writer),
    )
    child.start()
    failure_writer.close()
    with _signals_forwarded_to(child) as received:
        child.join()
    archive = Archive(db_path)
    try:
        if received:
            archive.interrupt_runs(crawl_id, f"the crawl was stopped by {received[0].name}", finished_too=True)
        else:
            archive.interrupt_runs(crawl_id, f"the crawl process ended with {_exit_description(child.exitcode)}")
    finally:
        archive.close()
    failure = _received(failure_reader)
    if failure:
        raise archive_error(db_path, sqlite3.OperationalError(failure))


def source_runs(db_path: str | Path, crawl_id: str, source_ids: list[str]) -> list[SourceRun]:
    """How each source went in one crawl, in the order given."""
    archive = Archive(db_path)
    try:
        by_source = {run["source"]: run for run in archive.runs_of_crawl(crawl_id)}
    finally:
        archive.close()
    return [_source_run(source_id, by_source.get(source_id)) for source_id in source_ids]


@contextmanager
def _signals_forwarded_to(child):
    """While the crawl runs, SIGTERM and SIGINT stop the child gracefully rather than orphaning it.

    Yields the list of signals received. The child has a process group of its own, so a Ctrl-C reaches it
    once, through here (Scrapy takes a second one as "stop now, unclean").
    """
    received: list[signal.Signals] = []
    if threading.current_thread() is not threading.main_thread():
        yield received
        return

    def forward(signum, _frame):
        received.append(signal.Signals(signum))
        if child.is_alive():
            os.kill(child.pid, signum)

    previous = {signum: signal.signal(signum, forward) for signum in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield received
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _received(reader) -> str | None:
    """What the child sent, or None: it sends only when the archive failed under it."""
    try:
        return reader.recv() if reader.poll() else None
    except EOFError:
        return None
    finally:
        reader.close()


def _exit_description(exitcode: int) -> str:
    if exitcode < 0:
        return f"signal {signal.Signals(-exitcode).name}"
    return f"code {exitcode}"


def _source_run(source_id: str, row: dict | None) -> SourceRun:
    if row is None:
        return SourceRun(source_id, "failed", 0, 0, 0, 0, 1, "the crawl process did not start")
    return SourceRun(source_id, row["status"], row["pages_fetched"], row["articles_found"], row["articles_new"],
                     row["articles_updated"], row["errors"], row["error_summary"], row.get("warning"),
                     row.get("broken_links") or 0, row.get("pages_skipped") or 0)


def _crawl_in_this_process(spider_cls, spider_kwargs: dict, db_path: str, overrides: dict, show_progress: bool,
                           parent_pid: int, failure_writer) -> None:
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings

    os.setpgrp()  # signals come through the parent (see _signals_forwarded_to)
    _return_large_buffers_to_the_system()
    settings = Settings()
    settings.setmodule("news_archive.spiders.settings", priority="project")
    if spider_kwargs.get("sources") and all_on_loopback(spider_kwargs["sources"]):
        settings.update(LOOPBACK_SETTINGS, priority="project")
    settings.update({"ARCHIVE_DB": db_path, "LOG_LEVEL": "CRITICAL", **overrides}, priority="cmdline")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(spider_cls)
    process.crawl(crawler, **spider_kwargs)  # installs Scrapy's reactor, which the watchdog's LoopingCall needs
    # Scrapy's logging setup leaves its loggers at DEBUG and filters in the handler, so a few records per page
    # ("Crawled", "Stored") were built to be dropped; at the crawl's own level they are not built at all.
    logging.getLogger("scrapy").setLevel(settings.get("LOG_LEVEL"))
    _die_with_parent(parent_pid)
    if show_progress:
        _start_progress_line(crawler)
    _collect_garbage_less_often()
    process.start()
    if show_progress:
        sys.stderr.write("\r\033[K")
    failure = crawler.stats.get_value(ARCHIVE_FAILURE_STAT)
    if failure:
        failure_writer.send(failure)


def _collect_garbage_less_often() -> None:
    """Fewer cycle collections: a crawl allocates a page's worth of short-lived objects (requests, element
    proxies, items) at a time, and the default threshold of 700 ran a young collection every few links.

    The modules and settings loaded so far are frozen out of every later collection. Page trees and bodies
    are freed by their reference counts, so the crawl's peak memory stays as it was (bench/bench_crawl.py).
    """
    gc.freeze()
    gc.set_threshold(10_000, 20, 20)


def _return_large_buffers_to_the_system() -> None:
    """Page bodies, their text and trees go back to the OS once freed, so a run of big pages cannot ratchet memory up.

    glibc raises its mmap threshold after the first large free, and later megabyte buffers then come from a heap
    that fragments and never shrinks: 40 pages of 7.5 MB peaked at 825 MB that way, 538 MB with the threshold fixed.
    """
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallopt(M_MMAP_THRESHOLD, LARGE_BUFFER_BYTES)
    except (OSError, AttributeError):  # not glibc: its allocator decides
        pass


def _die_with_parent(parent_pid: int) -> None:
    """A crawl whose `news-archive crawl` was killed (even with SIGKILL) stops at once: no orphan keeps fetching."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the watchdog below still ends the crawl within a second
        pass
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)
    from twisted.internet import task

    def exit_if_orphaned():
        if os.getppid() != parent_pid:
            os._exit(1)

    task.LoopingCall(exit_if_orphaned).start(ORPHAN_CHECK_SECONDS, now=False)


def _start_progress_line(crawler) -> None:
    """Rewrite one terminal line with each source's pages and articles so far."""
    from twisted.internet import task

    def show():
        spider = crawler.spider
        if spider is None:
            return
        count = crawler.stats.get_value
        parts = [f"{s.id} {count(counter_key(s.id, PAGES_FETCHED), 0)}p/{count(counter_key(s.id, CANDIDATES), 0)}a"
                 for s in spider.sources]
        sys.stderr.write("\r\033[K" + "  ".join(parts)[:200])
        sys.stderr.flush()

    task.LoopingCall(show).start(PROGRESS_INTERVAL, now=False)


def all_on_loopback(sources: list[Source]) -> bool:
    return all(_is_loopback(url) for source in sources for url in source.start_urls)


def _is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
