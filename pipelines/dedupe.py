"""Dedupe stage: one canonical URL and one text fingerprint per article, and the URL forms that lead to it."""
from __future__ import annotations

import hashlib
import re
from urllib.parse import urlsplit

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
    def process_item(self, item: ArticleItem) -> ArticleItem:
        return dedupe_item(item)
