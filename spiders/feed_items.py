"""The items a site's feeds list: each item's link and the publication date its feed states for it.

A theme may show no date on its posts while the site's feed gives each one: the publisher's own word on when it
was published. Sitemaps' `lastmod` is no such word (the day a page last changed) and is read apart, by
spiders/incremental.py.
"""
from __future__ import annotations

import re

from lxml import etree

from news_archive.archive.urls import absolute_url
from news_archive.spiders.feed_document import FeedDocument

# The element that dates an item, in order of trust: RSS 2.0 `pubDate`, RSS 1.0 and others' `dc:date`; Atom's
# `published`, else its `updated` (all Atom requires, and in a blog's feed the day it was published).
RSS_DATES = ("pubDate", "date")
ATOM_DATES = ("published", "updated")
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
ZERO_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")  # the first four-digit number of a stated date is its year
FIRST_YEAR = 1900  # no news item a crawl meets is older: a year before it is a placeholder


def json_feed_links(feed: FeedDocument, base_url: str) -> list[str]:
    """The item links of a JSON Feed, in its order."""
    return list(dict.fromkeys(url for url, _date in _json_feed_items(feed, base_url)))


def feed_item_dates(feed: FeedDocument, base_url: str) -> dict[str, str]:
    """Item link -> the publication date its RSS, Atom or JSON feed states, as written there (the clean stage's
    date utilities read it). The first item naming a link wins. Items of a comment feed link into the post
    (`/post/#comment-3`): the date is a comment's, and left out."""
    items = _json_feed_items(feed, base_url) if feed.json is not None else _xml_feed_items(feed.root, base_url)
    dates: dict[str, str] = {}
    for url, date in items:
        if date:
            dates.setdefault(url, date)
    return dates


def zero_time_items(dates: dict[str, str]) -> set[str]:
    """The items (of feed_item_dates) dated at a generator's zero time (Hugo's `0001-01-01`, `Mon, 01 Jan 0001`): the
    pages without a date of their own that a site-wide feed lists beside the dated posts (about, tools, projects)."""
    return {url for url, date in dates.items() if (year := ZERO_YEAR.search(date)) and int(year.group()) < FIRST_YEAR}


def feed_home_page(feed: FeedDocument, base_url: str) -> str | None:
    """The HTML page a feed names as its own: RSS's channel `<link>`, Atom's feed-level `rel="alternate"` link, a
    JSON Feed's `home_page_url`; None when it names none (or is no feed). A generator's feed holds a section's
    newest posts only (Hugo's `rssLimit`, WordPress's ten): the page it names lists them all, page by page."""
    if feed.json is not None:
        home = feed.json.get("home_page_url") if isinstance(feed.json, dict) else None
        return absolute_url(base_url, home) if isinstance(home, str) else None
    root = feed.root
    if root is None or etree.QName(root).localname not in ("rss", "RDF", "feed"):
        return None
    atom = etree.QName(root).localname == "feed"
    holder = root if atom else \
        next((child for child in root if isinstance(child.tag, str) and etree.QName(child).localname == "channel"), None)
    for child in holder if holder is not None else ():
        if not isinstance(child.tag, str) or etree.QName(child).localname != "link":
            continue
        if atom:
            href = child.get("href", "") if child.get("rel", "alternate") == "alternate" else ""
        else:
            href = _text(child)  # an atom:link (rel="self") in an RSS channel has no text
        if href:
            return absolute_url(base_url, href)
    return None


def _xml_feed_items(root: etree._Element | None, base_url: str):
    for element in root.iter() if root is not None else ():
        if not isinstance(element.tag, str):
            continue
        name = etree.QName(element).localname
        if name not in ("item", "entry"):
            continue
        children: dict[str, list] = {}
        for child in element:
            if isinstance(child.tag, str):
                children.setdefault(etree.QName(child).localname, []).append(child)
        if name == "item":  # RSS 2.0, or RSS 1.0, whose item names its address in rdf:about too
            link = _text(children.get("link", [None])[0]) or element.get(f"{{{RDF}}}about", "")
            date = _first_text(children, RSS_DATES)
        else:
            link = next((link.get("href", "") for link in children.get("link", [])
                         if link.get("rel", "alternate") == "alternate"), "")
            date = _first_text(children, ATOM_DATES)
        url = absolute_url(base_url, link) if "#" not in link else None
        if url:
            yield url, date


def _json_feed_items(feed: FeedDocument, base_url: str):
    items = feed.json.get("items") if isinstance(feed.json, dict) else None
    for item in items if isinstance(items, list) else ():
        if not isinstance(item, dict) or not isinstance(item.get("url"), str) or "#" in item["url"]:
            continue
        url = absolute_url(base_url, item["url"])
        date = item.get("date_published")
        if url:
            yield url, date.strip() if isinstance(date, str) else None


def _first_text(children: dict[str, list], names: tuple[str, ...]) -> str | None:
    return next((text for name in names for element in children.get(name, []) if (text := _text(element))), None)


def _text(element) -> str:
    return (element.text or "").strip() if element is not None else ""
