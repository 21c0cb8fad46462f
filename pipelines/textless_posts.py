"""The posts of no words a site lists, read before anything dated them: stored at the crawl's end only if dated then.

A post of a picture alone (a course's poster over its headline) is an article when the site lists it and dates it
(extraction/page_type.py TEXTLESS_POST). A page that shows no date leaves that to its feed or listing, and a crawl
may read the feed only after the post: found at a usual feed address once the listing named none, or through the
other language's listing. Such a post waits, held with the undated pages (build_stamps.py), and the crawl's end
stores it when the source's feed or listing has dated one of its addresses by then; undated still, nothing presents
it as news, and a page of a picture and a headline is no article.
"""
from __future__ import annotations

from news_archive.archive.held_pages import HeldPage, HeldPages
from news_archive.archive.storage import Archive

UNDATED_TEXTLESS = "no text, and neither its page nor the source's feed or listing dates it"


def undated_at_end(archive: Archive, held_pages: HeldPages, pages: list[HeldPage]) -> dict[int, str]:
    """id(page) -> why not stored, for the held posts of no words that no feed or listing of their source dates at
    any of their addresses by the crawl's end."""
    why = {}
    for page in pages:
        if not page.awaits_date or page.published:
            continue
        item = held_pages.item(page)
        urls = [item.url, *item.seen_urls, *([item.canonical_url] if item.canonical_url else [])]
        if not (archive.feed_date(page.source, urls) or archive.listing_date(page.source, urls)):
            why[id(page)] = UNDATED_TEXTLESS
    return why
