"""The archive a crawl writes to, opened once per crawler and shared by the stages that need it."""
from __future__ import annotations

from scrapy import signals

from news_archive.archive.storage import Archive


def archive_for(crawler) -> Archive:
    """The crawl's one Archive; the dedupe and store stages must see the same database state."""
    archive = getattr(crawler, "news_archive", None)
    if archive is None:
        archive = crawler.news_archive = Archive(crawler.settings.get("ARCHIVE_DB"))
        # Closed after every stage's close_spider, whatever order Scrapy runs those in.
        crawler.signals.connect(archive.close, signal=signals.spider_closed, weak=False)
    return archive
