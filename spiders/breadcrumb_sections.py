"""The sections a page's breadcrumb trail files it under: "Home › Forum › Jobs" over a forum topic, "Home ›
Handbooks" over a handbook page, "Home › Blogs › Anna's blog" over a post (other_sections.another_section).

A CMS gives its forum topics and book pages the posts' address family and node template, dated and signed like posts;
what tells them apart on the page is the trail of sections above the headline, which for a post runs through the news
listing the crawl started from."""
from __future__ import annotations

from weakref import WeakKeyDictionary

from lxml import etree

from news_archive.archive.urls import absolute_url, page_key

# A trail is an element named so by its class, id or aria-label (`breadcrumb`, `breadcrumbs`, `c-breadcrumb__list`),
# or marked up as schema.org's BreadcrumbList.
_NAMING_ATTRIBUTES = ("class", "id", "aria-label")
# The home link and a section's at least: a trail of home alone files the page under no section.
MIN_TRAIL_LINKS = 2


def trail_sections(root: etree._Element, url: str) -> list[str]:
    """The sections the page's breadcrumb trail links, as absolute URLs: the trail's links after its first (the site's
    home), bar the page's own. Empty when the page shows no trail of home and a section. The first element so named
    holding the links is the trail (an item of it, `breadcrumb-item`, holds one link)."""
    own = page_key(url)
    for trail in _trails(root):
        links = [link for anchor in trail.iter("a")
                 if (link := absolute_url(url, anchor.get("href", ""))) and page_key(link) != own]
        if len(links) >= MIN_TRAIL_LINKS:
            return links[1:]
    return []


class PageTrails:
    """The trail of each page being judged, sought once: a page judged while the listings are read is asked whether
    it waits for them (other_sections.waits_for_listings), then whether it is another section's (another_section), and
    the walk took 0.2 ms a page of the development sites'. Kept while the page's tree lives."""

    def __init__(self):
        self._sought: WeakKeyDictionary = WeakKeyDictionary()  # page tree -> (its url, trail_sections)

    def sections(self, root: etree._Element, url: str) -> list[str]:
        sought = self._sought.get(root)
        if sought is None or sought[0] != url:
            sought = self._sought[root] = (url, trail_sections(root, url))
        return sought[1]


def _trails(root: etree._Element):
    """The elements named a breadcrumb trail, in document order. A walk in Python: an XPath lower-casing three
    attributes of every element cost 3 ms a page of a thousand elements, asked twice a page."""
    for element in root.iter(etree.Element):
        if names_a_trail(element):
            yield element


def names_a_trail(element: etree._Element) -> bool:
    """The element's class, id or aria-label names it a breadcrumb trail, or it is marked up as a BreadcrumbList."""
    attributes = element.attrib
    return bool(attributes) and (any("breadcrumb" in (attributes.get(name) or "").lower() for name in _NAMING_ATTRIBUTES)
                                 or "BreadcrumbList" in (attributes.get("itemtype") or ""))
