"""Store stage: write each article to the archive, counting new and updated articles per source."""
from __future__ import annotations

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

    def __init__(self, archive: Archive, stats):
        self.archive = archive
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(archive_for(crawler), crawler.stats)

    def process_item(self, item: ArticleItem) -> ArticleItem:
        result = self.archive.save_article(article_record(item), item.urls, item.fetched_at)
        self.stats.inc_value(outcome_key(item.source, result.outcome))
        return item
