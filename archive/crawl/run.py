"""Run a crawl of some sources into an archive, in a child process, and report how each source went."""
from __future__ import annotations

import ipaddress
import multiprocessing
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from news_archive.archive.run_counters import CANDIDATES, PAGES_FETCHED, counter_key
from news_archive.archive.sources import Source
from news_archive.archive.storage import Archive

PROGRESS_INTERVAL = 2.0
# Sites on this machine (the sample sites, tests, benchmarks): no one to be polite to.
LOOPBACK_SETTINGS = {"DOWNLOAD_DELAY": 0, "CONCURRENT_REQUESTS_PER_DOMAIN": 16}


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


def run_crawl(sources: list[Source], db_path: str | Path, settings: dict | None = None,
              show_progress: bool | None = None) -> list[SourceRun]:
    """Crawl `sources` into the archive at `db_path`; one SourceRun per source, read back from `crawl_runs`.

    Scrapy's reactor cannot be restarted within a process, so every crawl runs in a forked child:
    `news-archive crawl`, the demo and the tests can then crawl as often as they like.
    """
    crawl_id = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S.%fZ")
    if show_progress is None:
        show_progress = sys.stderr.isatty()
    Archive(db_path).close()  # create and migrate before the child opens it
    child = multiprocessing.get_context("fork").Process(
        target=_crawl_in_this_process,
        args=(sources, str(db_path), {**(settings or {}), "CRAWL_ID": crawl_id}, show_progress),
    )
    child.start()
    child.join()
    archive = Archive(db_path)
    try:
        runs = archive.runs_of_crawl(crawl_id)
        if child.exitcode != 0:
            for run in runs:
                if run["status"] == "running":
                    archive.finish_run(run["id"], status="failed", error_summary=f"crawl process ended with code {child.exitcode}")
            runs = archive.runs_of_crawl(crawl_id)
    finally:
        archive.close()
    by_source = {run["source"]: run for run in runs}
    return [_source_run(source.id, by_source.get(source.id)) for source in sources]


def _source_run(source_id: str, row: dict | None) -> SourceRun:
    if row is None:
        return SourceRun(source_id, "failed", 0, 0, 0, 0, 1, "the crawl process did not start")
    return SourceRun(source_id, row["status"], row["pages_fetched"], row["articles_found"], row["articles_new"],
                     row["articles_updated"], row["errors"], row["error_summary"])


def _crawl_in_this_process(sources: list[Source], db_path: str, overrides: dict, show_progress: bool) -> None:
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings

    from news_archive.spiders.news import NewsSpider

    settings = Settings()
    settings.setmodule("news_archive.spiders.settings", priority="project")
    if all_on_loopback(sources):
        settings.update(LOOPBACK_SETTINGS, priority="project")
    settings.update({"ARCHIVE_DB": db_path, "LOG_LEVEL": "CRITICAL", **overrides}, priority="cmdline")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(NewsSpider)
    process.crawl(crawler, sources=sources)
    if show_progress:
        _start_progress_line(crawler)
    process.start()
    if show_progress:
        sys.stderr.write("\r\033[K")


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
