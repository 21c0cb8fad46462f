"""Dedupe stage: one canonical URL and one text fingerprint per article, and the URL forms that lead to it."""
from __future__ import annotations

import hashlib
import re
from urllib.parse import urlsplit

from news_archive.archive.storage import now
from news_archive.archive.stories.placement import Stories
from news_archive.pipelines.archive_connection import archive_for
from news_archive.archive.record import ArticleItem
from news_archive.archive.urls import canonical_url

WORD = re.compile(r"\w+")


def content_fingerprint(title: str, body: str) -> str:
    """A hash of the article's words: equal for the same text whatever the markup, spacing or case."""
    words = " ".join(WORD.findall(f"{title}\n{body}".lower()))
    return hashlib.sha256(words.encode("utf-8")).hexdigest()[:32]


def article_url(item: ArticleItem) -> str:
    """The URL the article is archived under: the page's own canonical link when it stays on the same site."""
    fetched = canonical_url(item.url)
    if item.canonical_url:
        declared = canonical_url(item.canonical_url)
        if urlsplit(declared).netloc.removeprefix("www.") == urlsplit(fetched).netloc.removeprefix("www."):
            return declared
    return fetched


def dedupe_item(item: ArticleItem) -> ArticleItem:
    item.canonical_url = article_url(item)
    item.content_hash = content_fingerprint(item.title, item.body)
    item.urls = list(dict.fromkeys([item.canonical_url, item.url, *item.seen_urls]))
    return item


class DedupePipeline:
    """Also places the article in its story, which needs the archive built so far."""

    def __init__(self, stories: Stories):
        self.stories = stories

    @classmethod
    def from_crawler(cls, crawler):
        return cls(Stories(archive_for(crawler)))

    def open_spider(self):
        self.stories.catch_up(now())

    def process_item(self, item: ArticleItem) -> ArticleItem:
        item = dedupe_item(item)
        item.story_id = self.stories.assign(item, item.fetched_at)
        return item

    def close_spider(self):
        """Re-check the crawl's stories with the whole crawl known (the archive closes after every stage)."""
        self.stories.settle(self.stories.placed, now())
