"""A day a source's article pages all show alike is the day its site was built, not theirs.

An app's static export may print "Published on <the day it was built>" on every post (a date field the posts lack,
filled in at build time with the build's day), while each post's address, listing and data give its own. Extraction
sees one page at a time and trusts the page's date line; when the crawl ends, the days a source's articles were dated
by their pages are compared: one shown on many of them (MIN_PAGES, MIN_SHARE of the source's articles), most of whose
addresses name other days, dates none of them. Those articles take their address's day, or, where the address names
none, stay undated for their feed's or listing's (pipelines/feed_dates.py, listing_dates.py).
"""
from __future__ import annotations

from collections import defaultdict

from news_archive.archive.record import FROM_URL
from news_archive.archive.storage import Archive
from news_archive.pipelines.extraction.dates import date_from_url

# A day shown on this many of a source's articles, and on this share of them, is suspect (build_stamps.py's count).
MIN_PAGES = 6
MIN_SHARE = 0.5
# Its articles' addresses name other days for at least this share of them: the day is no post's.
MIN_OTHER_DAYS = 0.5
# Where the page's own date line or <time> dated the article.
_PAGE_SHOWN = ("text", "time")


def build_days(articles: list[tuple[int, str, str | None, str | None]]) -> dict[int, str | None]:
    """For one source's articles as (id, url, published, published_from): the new date (its address's day, or None)
    of each article dated by a day its source's pages show alike."""
    by_day: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for article_id, url, published, published_from in articles:
        if published and published_from in _PAGE_SHOWN:
            by_day[published[:10]].append((article_id, url))
    redated: dict[int, str | None] = {}
    for day, dated in by_day.items():
        if len(dated) < MIN_PAGES or len(dated) < MIN_SHARE * len(articles):
            continue
        address_days = {article_id: _address_day(url) for article_id, url in dated}
        if sum(1 for found in address_days.values() if found and found != day) < MIN_OTHER_DAYS * len(dated):
            continue
        redated.update(address_days)
    return redated


def _address_day(url: str) -> str | None:
    found, names_day = date_from_url(url)
    return found[:10] if found and names_day else None


def redate_build_days(archive: Archive, article_ids: set[int]) -> list[int]:
    """Date again the articles of the sources of these articles (a crawl's) dated by their site's build day;
    returns their ids."""
    changed = {}
    for source in archive.sources_of(article_ids):
        changed.update(build_days(archive.article_dates(source)))
    archive.set_published(changed, FROM_URL)
    return list(changed)
