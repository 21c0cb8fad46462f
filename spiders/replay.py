"""The replay spider: turns pages kept in WARC files back into article items, with no network.

`news-archive reprocess` and `ingest` run it with the same item pipelines as a crawl, so a page is
stored exactly as it was when it was fetched, by whatever the stages do today.
"""
from __future__ import annotations

from collections import defaultdict

import scrapy
from scrapy.http import HtmlResponse

from news_archive.archive.captures import Capture, captured_sources, read_captures, without_repeats
from news_archive.archive.crawl_signals import feed_dates_read, listing_dates_read
from news_archive.archive.record import ArticleItem
from news_archive.archive.urls import url_key
from news_archive.archive.run_counters import CANDIDATES, PAGES_FETCHED, START_PAGES_OK, counter_key
from news_archive.spiders.encoding import page_encoding
from news_archive.spiders.markup import page_text


class ReplaySpider(scrapy.Spider):
    name = "replay"

    def __init__(self, warc_files: list[str] | str = (), source: list[str] | str | None = None, skip_repeats: bool = False,
                 **kwargs):
        super().__init__(**kwargs)
        self.warc_files = warc_files.split(",") if isinstance(warc_files, str) else list(warc_files)
        self.skip_repeats = skip_repeats
        wanted = source.split(",") if isinstance(source, str) else list(source or [])
        captured = captured_sources(self.warc_files)
        self.sources = [s for s in captured.values() if not wanted or s.id in wanted]
        self.by_id = {s.id: s for s in self.sources}
        self.link_forms: dict[str, set[str]] = defaultdict(set)

    async def start(self):
        for source in self.sources:
            # A replayed source had its start pages: it is not "unreachable" (failed) for the run recorder.
            self.crawler.stats.set_value(counter_key(source.id, START_PAGES_OK), 1)
        for record in (without_repeats if self.skip_repeats else read_captures)(self.warc_files):
            if record.source not in self.by_id:
                continue
            if record.feed_published:  # the date the source's feed gave the page, as the crawl's feed read did
                self.crawler.signals.send_catch_log(feed_dates_read, source=record.source, feed=None,
                                                    dates={record.url: record.feed_published})
            if record.listing_published:  # the date its listing showed beside its link, as the crawl read it
                self.crawler.signals.send_catch_log(listing_dates_read, source=record.source, listing=None,
                                                    dates={record.url: [record.listing_published]})
            if isinstance(record, Capture):
                self.crawler.stats.inc_value(counter_key(record.source, PAGES_FETCHED))
                self.crawler.stats.inc_value(counter_key(record.source, CANDIDATES))
                yield self._item(record)
            else:
                self.link_forms[url_key(record.url)].update(record.forms)

    def _item(self, capture: Capture) -> ArticleItem:
        # Decoded as the crawl decoded it (spiders/encoding.py): from BOM, headers, <meta> and the bytes.
        content_type = next((value for name, value in capture.headers if name.lower() == "content-type"), "")
        response = HtmlResponse(capture.url, status=capture.status, headers=capture.headers, body=capture.body,
                                encoding=page_encoding(capture.body, content_type))
        return ArticleItem(source=capture.source, url=capture.url, html=page_text(response),
                           fetched_at=capture.fetched_at, seen_urls=list(capture.seen_urls),
                           source_languages=self.by_id[capture.source].languages,
                           canonical_gone=capture.canonical_gone, outside_news=capture.outside_news,
                           address_only=capture.address_only, running_text_only=capture.running_text_only,
                           listed_as_article=capture.listed_as_article)
