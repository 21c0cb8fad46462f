"""Run a crawl of some sources into an archive, in a child process, and report how each source went."""
from __future__ import annotations

import multiprocessing
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from news_archive.archive.crawl.lock import archive_lock
from news_archive.archive.crawl.watch import watch_crawl
from news_archive.archive.sources import Source
from news_archive.archive.storage import Archive

PROGRESS_INTERVAL = 2.0


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


def run_crawl(sources: list[Source], db_path: str | Path, settings: dict | None = None,
              show_progress: bool | None = None, warc_dir: str | Path | None = None) -> list[SourceRun]:
    """Crawl `sources` into the archive at `db_path`; one SourceRun per source, read back from `crawl_runs`.

    Raises ArchiveBusy, before touching anything, when another crawl writes to the archive.
    """
    from news_archive.spiders.news import NewsSpider

    with archive_lock(db_path):
        crawl_id = new_crawl_id()
        overrides = {**(settings or {}), **({"WARC_DIR": str(warc_dir)} if warc_dir else {})}
        run_spider(NewsSpider, {"sources": sources}, db_path, crawl_id, overrides, show_progress)
        watch_crawl(db_path, crawl_id)
        return source_runs(db_path, crawl_id, [source.id for source in sources])


def new_crawl_id(kind: str = "") -> str:
    return kind + datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S.%fZ")


def run_spider(spider_cls, spider_kwargs: dict, db_path: str | Path, crawl_id: str, settings: dict,
               show_progress: bool | None = None) -> None:
    """Run one spider with the project's settings and pipelines into the archive; its runs are in `crawl_runs`.

    Scrapy's reactor cannot be restarted within a process, so every crawl runs in a forked child:
    `news-archive crawl`, the demo and the tests can then crawl as often as they like.
    """
    if show_progress is None:
        show_progress = sys.stderr.isatty()
    Archive(db_path).close()  # create and migrate before the child opens it
    child = multiprocessing.get_context("fork").Process(
        target=_crawl_in_this_process,
        args=(spider_cls, spider_kwargs, str(db_path), {**settings, "CRAWL_ID": crawl_id}, show_progress),
    )
    child.start()
    child.join()
    if child.exitcode != 0:
        archive = Archive(db_path)
        try:
            for run in archive.runs_of_crawl(crawl_id):
                if run["status"] == "running":
                    archive.finish_run(run["id"], status="failed", error_summary=f"crawl process ended with code {child.exitcode}")
        finally:
            archive.close()


def source_runs(db_path: str | Path, crawl_id: str, source_ids: list[str]) -> list[SourceRun]:
    """How each source went in one crawl, in the order given."""
    archive = Archive(db_path)
    try:
        by_source = {run["source"]: run for run in archive.runs_of_crawl(crawl_id)}
    finally:
        archive.close()
    return [_source_run(source_id, by_source.get(source_id)) for source_id in source_ids]


def _source_run(source_id: str, row: dict | None) -> SourceRun:
    if row is None:
        return SourceRun(source_id, "failed", 0, 0, 0, 0, 1, "the crawl process did not start")
    return SourceRun(source_id, row["status"], row["pages_fetched"], row["articles_found"], row["articles_new"],
                     row["articles_updated"], row["errors"], row["error_summary"], row.get("warning"))


def _crawl_in_this_process(spider_cls, spider_kwargs: dict, db_path: str, overrides: dict, show_progress: bool) -> None:
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("news_archive.spiders.settings", priority="project")
    settings.update({"ARCHIVE_DB": db_path, "LOG_LEVEL": "CRITICAL", **overrides}, priority="cmdline")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(spider_cls)
    process.crawl(crawler, **spider_kwargs)
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
        parts = [f"{source_id} {p.pages_fetched}p/{p.candidates}a" + (f"/{len(p.errors)}err" if p.errors else "")
                 for source_id, p in spider.progress.items()]
        sys.stderr.write("\r\033[K" + "  ".join(parts)[:200])
        sys.stderr.flush()

    task.LoopingCall(show).start(PROGRESS_INTERVAL, now=False)
