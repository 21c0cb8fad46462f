"""The categories of the posts a static news page showed, kept for the source's next crawls.

A news page that is one of the CMS's static pages, its text a grid of posts, tells the category it picks only through
the categories its posts name (spiders/picked_posts.py). An incremental crawl reads few of those posts again (the others
answer "unchanged") and would have too few to tell, so a new post of another category, reached through a new post's
previous/next link, was stored where the crawl that read the whole site left it out. Here each post of such a page read
keeps its categories (one row per source and post), and an incremental crawl reads the grid's posts it does not fetch
again from what the crawls before it read.
"""
from __future__ import annotations

import json

from news_archive.archive.recent_evidence import keep_recent, recent_rows


def earlier_categories(archive, source: str) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """page_key -> (category slugs, category listings' keys) each of the source's most recently read such posts named."""
    return {page: (frozenset(json.loads(slugs)), frozenset(json.loads(listings)))
            for page, slugs, listings in recent_rows(archive, "picked_posts", "page, slugs, listings", source)}


def save_categories(archive, source: str, posts: dict[str, tuple[frozenset[str], frozenset[str]]], seen: str) -> None:
    """Keep what each post (page_key -> its slugs and listings) named in place of what it named before
    (archive/recent_evidence.py)."""
    keep_recent(archive, "picked_posts", ("page", "slugs", "listings"), source,
                [(page, json.dumps(sorted(slugs), ensure_ascii=False), json.dumps(sorted(listings), ensure_ascii=False))
                 for page, (slugs, listings) in posts.items()], seen)
