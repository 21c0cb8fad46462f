"""Scrapy extension: every article page the spider yields is kept as fetched, in WARC files beside the archive.

It listens to the items, not the downloads: a page is kept when the spider took it for an article and
handed it to the pipelines, whatever they made of it, so a better clean stage can later find an article
in a page it once dropped. Pages yielded without a response (a `reprocess` replaying captures) are not
captured again. A page dated by its source's feed or listing (it states no date) keeps that date in its capture,
so a rebuild from the captures dates it too.
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured

from news_archive.archive.captures import Capture, CaptureWriter, LinkForms, MAX_FILE_BYTES
from news_archive.archive.clock import now
from news_archive.archive.crawl_signals import feed_dates_read, listing_dates_read
from news_archive.archive.record import FROM_FEED, FROM_LISTING, ArticleItem, dated_weakly
from news_archive.archive.urls import url_key
from news_archive.pipelines.feed_dates import feed_date
from news_archive.pipelines.listing_dates import listing_date


def warc_folder(settings) -> Path:
    """WARC_DIR, or `warc/` beside the archive file."""
    return Path(settings.get("WARC_DIR") or Path(settings.get("ARCHIVE_DB")).parent / "warc")


class WarcCapture:
    def __init__(self, crawler, folder: Path, max_bytes: int):
        self.crawler = crawler
        self.folder = folder
        self.max_bytes = max_bytes
        self.writer: CaptureWriter | None = None
        # url_key of each URL of a captured page -> (source, URL, the URLs its capture names)
        self.captured: dict[str, tuple[str, str, frozenset[str]]] = {}
        # (source, URL) of each page captured undated or weakly dated -> the url_keys of its URLs, for a feed read
        # after it
        self.undated: dict[tuple[str, str], set[str]] = {}
        self.feed_dates: dict[tuple[str, str], str] = {}  # (source, url_key) -> the date a feed wrote for it
        # (source, url_key) -> the texts of the first listing page's teasers that linked it
        self.listing_dates: dict[tuple[str, str], list[str]] = {}

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("WARC_ENABLED", True):
            raise NotConfigured("WARC capture is off")
        extension = cls(crawler, warc_folder(crawler.settings), crawler.settings.getint("WARC_MAX_BYTES", MAX_FILE_BYTES))
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(extension.capture, signal=signal)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(extension.feed_read, signal=feed_dates_read)
        crawler.signals.connect(extension.listing_read, signal=listing_dates_read)
        return extension

    def capture(self, item, response=None, **_kwargs) -> None:
        if response is None or not isinstance(item, ArticleItem):
            return
        if self.writer is None:
            self.writer = CaptureWriter(self.folder, self.crawler.spider.sources, self.max_bytes)
        self.writer.write(Capture(
            source=item.source, url=response.url, status=response.status, headers=_header_pairs(response.headers),
            body=response.body, fetched_at=item.fetched_at, seen_urls=list(item.seen_urls),
            feed_published=item.published if item.published_from == FROM_FEED else None,
            listing_published=item.published if item.published_from == FROM_LISTING else None,
            canonical_gone=item.canonical_gone, outside_news=item.outside_news, address_only=item.address_only,
            running_text_only=item.running_text_only, listed_as_article=item.listed_as_article,
            request_headers=_header_pairs(response.request.headers),
        ))
        named = frozenset([response.url, *item.seen_urls])
        for url in {item.url, *item.urls}:
            self.captured.setdefault(url_key(url), (item.source, item.url, named))
        if dated_weakly(item.published, item.published_from):
            self.undated[(item.source, item.url)] = {url_key(url) for url in (response.url, *item.seen_urls, *item.urls)}

    def feed_read(self, source: str, feed: str, dates: dict[str, str]) -> None:
        for url, written in dates.items():
            self.feed_dates.setdefault((source, url_key(url)), written)

    def listing_read(self, source: str, listing: str | None, dates: dict[str, list[str]]) -> None:
        for url, teasers in dates.items():
            self.listing_dates.setdefault((source, url_key(url)), teasers)

    def spider_closed(self, spider) -> None:
        """Link forms the spider met after fetching a captured page (a `/page/3/` variant on a later listing).

        The spider knows some forms of nearly every page; those its capture already names need no record.
        """
        if self.writer is None:
            return
        seen = now()
        for key, forms in sorted(getattr(spider, "link_forms", {}).items()):
            if key in self.captured and forms:
                source, url, named = self.captured[key]
                if not forms <= named:
                    self.writer.write_link_forms(LinkForms(source, url, tuple(sorted(forms))), seen)
        read_at = datetime.now(timezone.utc)
        for (source, url), keys in sorted(self.undated.items()):  # pages captured before their feed or listing was read
            written = next((self.feed_dates[(source, key)] for key in sorted(keys) if (source, key) in self.feed_dates),
                           None)
            date = feed_date(written, read_at) if written else None
            if date:
                self.writer.write_link_forms(LinkForms(source, url, (), date), seen)
                continue
            teasers = next((self.listing_dates[(source, key)] for key in sorted(keys)
                            if (source, key) in self.listing_dates), None)
            date = listing_date(teasers, read_at) if teasers else None
            if date:
                self.writer.write_link_forms(LinkForms(source, url, (), listing_published=date), seen)
        self.writer.close()


def _header_pairs(headers) -> list[tuple[str, str]]:
    return [(name.decode("latin-1"), value.decode("latin-1")) for name, values in headers.items() for value in values]
