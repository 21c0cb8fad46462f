"""What crawls read of the teaser-like links on each source's pages, kept for its next crawls.

The spider tells a listing from a post by its teasers (spiders/pagetype.py), leaving out the links the source shows on
most of its pages: a "latest posts" block under every post is no list of teasers. Only many pages show which links
those are. An incremental crawl fetching one new post has too few pages to see the block repeated, and took the post
for a listing, which the crawl that read the whole site did not. Here each page read keeps the teaser-like links it
showed (one row per source and page), and an incremental crawl starts from what the source's most recently read pages
showed.
"""
from __future__ import annotations

import json

from news_archive.archive.recent_evidence import keep_recent, recent_rows


def earlier_links(archive, source: str) -> dict[str, frozenset[str]]:
    """page_key -> the url_keys of the teaser-like links each of the source's most recently read pages showed."""
    return {page: frozenset(json.loads(links)) for page, links in recent_rows(archive, "repeated_links", "page, links",
                                                                               source)}


def save_links(archive, source: str, pages: dict[str, frozenset[str]], seen: str) -> None:
    """Keep what each page (page_key -> its links' url_keys) showed in place of what it showed before
    (archive/recent_evidence.py)."""
    keep_recent(archive, "repeated_links", ("page", "links"), source,
                [(page, json.dumps(sorted(links), ensure_ascii=False)) for page, links in pages.items()], seen)
