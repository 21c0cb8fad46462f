"""Dedupe stage: one canonical URL and one text fingerprint per article, and the URL forms that lead to it."""
from __future__ import annotations

import hashlib
import re
from urllib.parse import urlsplit, urlunsplit

from news_archive.archive.language_versions import ANY_LANGUAGE, canonical_in_other_language
from news_archive.archive.record import ArticleItem
from news_archive.archive.urls import canonical_url

WORD = re.compile(r"\w+")
REPEATED_SLASHES = re.compile(r"//+")


def content_fingerprint(title: str, body: str) -> str:
    """A hash of the article's words: equal for the same text whatever the markup, spacing or case."""
    words = " ".join(WORD.findall(f"{title}\n{body}".lower()))
    return hashlib.sha256(words.encode("utf-8")).hexdigest()[:32]


def article_url(item: ArticleItem) -> str:
    """The URL the article is archived under: the page's own canonical link when it stays on the same site, names
    no other language's version of the page (archive/language_versions.py) and answered when the crawl asked for it.
    Where the two name one path but for a slash written twice (a theme joining its base URL and the page's path:
    `/news/slug//`), the address is the path with single slashes."""
    fetched = canonical_url(item.url)
    if item.canonical_url and not item.canonical_gone and not names_other_language(item):
        declared = canonical_url(item.canonical_url)
        if urlsplit(declared).netloc.removeprefix("www.") == urlsplit(fetched).netloc.removeprefix("www."):
            single = with_single_slashes(declared)
            return single if single == with_single_slashes(fetched) else declared
    return fetched


def with_single_slashes(url: str) -> str:
    parts = urlsplit(url)
    if "//" not in parts.path:
        return url
    return urlunsplit(parts._replace(path=REPEATED_SLASHES.sub("/", parts.path)))


def names_other_language(item: ArticleItem) -> bool:
    return canonical_in_other_language(item.url, item.canonical_url, item.html_lang, item.alternates)


def dedupe_item(item: ArticleItem) -> ArticleItem:
    if item.canonical_url and names_other_language(item) and ANY_LANGUAGE not in item.alternates \
            and item.canonical_url not in item.alternates.values():
        # The version the plugin names for every language: the store's copy check folds an untranslated copy into it.
        item.alternates = {**item.alternates, ANY_LANGUAGE: item.canonical_url}
    item.canonical_url = article_url(item)
    item.content_hash = content_fingerprint(item.title, item.body)
    item.urls = list(dict.fromkeys([item.canonical_url, item.url, *item.seen_urls]))
    return item


class DedupePipeline:
    def process_item(self, item: ArticleItem) -> ArticleItem:
        return dedupe_item(item)
