"""Store stage: write each article to the archive, counting new and updated articles per source."""
from __future__ import annotations

import sqlite3

from scrapy.utils.defer import deferred_from_coro

from news_archive.archive.archive_file import ARCHIVE_FAILURE_STAT, is_storage_failure
from news_archive.archive.record import ArticleItem
from news_archive.archive.run_counters import outcome_key
from news_archive.archive.storage import Archive
from news_archive.pipelines.archive_connection import archive_for

ARTICLE_COLUMNS = ("source", "title", "lead", "body", "body_html", "published", "published_from", "updated", "author",
                   "image", "language", "language_confidence", "story_id", "content_hash")


def article_record(item: ArticleItem) -> dict:
    """The item as an `articles` row."""
    return {"url": item.canonical_url, **{name: getattr(item, name) for name in ARTICLE_COLUMNS}}


class StorePipeline:
    """The counts go to Scrapy's stats; archive/crawl/recorder.py writes them to `crawl_runs`."""

    def __init__(self, archive: Archive, crawler):
        self.archive = archive
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(archive_for(crawler), crawler)

    def process_item(self, item: ArticleItem) -> ArticleItem:
        try:
            result = self.archive.save_article(article_record(item), item.urls, item.fetched_at)
        except sqlite3.Error as exc:
            if is_storage_failure(exc):  # a full disk fails every later article too: stop rather than fetch on
                self._give_up(exc)
            raise
        self.crawler.stats.inc_value(outcome_key(item.source, result.outcome))
        return item

    def _give_up(self, exc: sqlite3.Error) -> None:
        """Stop the crawl: the archive cannot take what it fetches. `run_crawl` reports the error."""
        self.crawler.stats.set_value(ARCHIVE_FAILURE_STAT, str(exc))
        deferred_from_coro(self.crawler.engine.close_spider_async(reason=ARCHIVE_FAILURE_STAT))
