"""Find what to fetch next: feeds, sitemaps, pagination and candidate article links on a page.

Sitemaps and robots.txt are read with Scrapy's own utilities; RSS and Atom feeds here."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from urllib.parse import urlsplit

from news_archive.archive.urls import absolute_url, is_paginated_url, is_probably_html, listing_key, page_key

# Regions whose links are site navigation, never news: skipped when harvesting article links.
NAVIGATION_TAGS = {"nav", "aside", "form", "select", "button"}
PAGE_CHROME_TAGS = {"header", "footer"}  # chrome only outside <main>/<article>: teasers have <header>s too
NAVIGATION_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search"}
NAVIGATION_CLASS = re.compile(
    r"(^|[\s_-])(nav|navbar|navigation|menu|breadcrumbs?|cookies?|consent|sidebar|site-?footer|site-?header|"
    r"skip-?link|social|share|sharing|language-?switcher|lang-?switch)([\s_-]|$)",
    re.I,
)
PAGER_CLASS = re.compile(r"pag(er|ination|ing)|page-numbers|nav-links|load-?more", re.I)
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")


@dataclass
class PageLinks:
    """The links of one HTML page, sorted by what the crawler does with them."""

    feeds: list[str] = field(default_factory=list)
    pagination: list[str] = field(default_factory=list)
    content: list[tuple[str, str]] = field(default_factory=list)  # (url, anchor text)
    alternates: list[str] = field(default_factory=list)  # hreflang versions of this page


def page_links(root: etree._Element, page_url: str) -> PageLinks:
    """Sort the links of a parsed HTML page into feeds, pagination, content links and hreflang alternates."""
    links = head_links(root, page_url)
    own_listing, own_key = listing_key(page_url), page_key(page_url)
    seen = set()
    for anchor in root.iter("a"):
        href = absolute_url(page_url, anchor.get("href", ""))
        if not href or not is_probably_html(href):
            continue
        key = page_key(href)
        if key == own_key or key in seen:
            continue
        if is_pagination_link(anchor, href, page_url, own_listing):
            links.pagination.append(href)
            seen.add(key)
        elif (anchor.get("type") or "").lower() in FEED_TYPES:
            links.feeds.append(href)
            seen.add(key)
        elif not in_navigation(anchor):
            links.content.append((href, " ".join(anchor.text_content().split())))
            seen.add(key)
    return links


def head_links(root: etree._Element, page_url: str) -> PageLinks:
    """Feeds, hreflang alternates and rel=next from the page's `<link>` elements alone: cheap, for article pages."""
    links = PageLinks()
    own_key = page_key(page_url)
    for element in root.iter("link"):
        rel = (element.get("rel") or "").lower().split()
        href = absolute_url(page_url, element.get("href", ""))
        if not href:
            continue
        if "alternate" in rel and (element.get("type") or "").lower() in FEED_TYPES:
            links.feeds.append(href)
        elif "alternate" in rel and element.get("hreflang") and page_key(href) != own_key:
            links.alternates.append(href)
        elif "next" in rel:
            links.pagination.append(href)
    return links


def is_pagination_link(anchor: etree._Element, href: str, page_url: str, own_listing: str) -> bool:
    """True for links to another page of the same listing: rel=next, a pager, or the same path with a page number."""
    rel = (anchor.get("rel") or "").lower().split()
    if "next" in rel or "prev" in rel or listing_key(href) == own_listing:
        return True
    here, there = urlsplit(page_url), urlsplit(href)
    if there.netloc != here.netloc:
        return False
    if there.path.rstrip("/") == here.path.rstrip("/") and is_paginated_url(href):
        return True  # e.g. `?skip=20&take=20` first linked from the bare listing URL
    return any(PAGER_CLASS.search(f"{a.get('class', '')} {a.get('id', '')}") for a in anchor.iterancestors())


def in_navigation(element: etree._Element) -> bool:
    """True when the element sits in site chrome: menus, breadcrumbs, header, footer, sidebars."""
    inside_content = False
    chrome_ancestor = False
    for ancestor in element.iterancestors():
        tag = ancestor.tag if isinstance(ancestor.tag, str) else ""
        if tag in NAVIGATION_TAGS or (ancestor.get("role") or "").lower() in NAVIGATION_ROLES:
            return True
        if NAVIGATION_CLASS.search(f"{ancestor.get('class', '')} {ancestor.get('id', '')}"):
            return True
        if tag in ("main", "article") or (ancestor.get("role") or "").lower() == "main":
            inside_content = True
        if tag in PAGE_CHROME_TAGS and not inside_content:
            chrome_ancestor = True
    return chrome_ancestor and not inside_content


def feed_kind(body: bytes) -> str | None:
    """'rss', 'atom', 'sitemap' or 'sitemapindex' when the body is such an XML document, else None."""
    head = body[:2048].lstrip().lower()
    if not head.startswith(b"<?xml") and not head.startswith(b"<rss") and not head.startswith(b"<feed") \
            and not head.startswith(b"<urlset") and not head.startswith(b"<sitemapindex"):
        return None
    for marker, kind in ((b"<rss", "rss"), (b"<feed", "atom"), (b"<urlset", "sitemap"), (b"<sitemapindex", "sitemapindex")):
        if marker in head:
            return kind
    return None


def xml_links(body: bytes, base_url: str) -> list[str]:
    """Item links of an RSS or Atom feed, or the `<loc>`s of a sitemap or sitemap index."""
    if feed_kind(body) in ("sitemap", "sitemapindex"):
        return list(dict.fromkeys(url for entry in Sitemap(body) if (url := absolute_url(base_url, entry.get("loc", "")))))
    try:
        root = etree.fromstring(body, parser=etree.XMLParser(recover=True, resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return []
    if root is None:
        return []
    urls = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        name = etree.QName(element).localname
        parent = element.getparent()
        parent_name = etree.QName(parent).localname if parent is not None else ""
        if name == "link" and parent_name == "item":
            url = absolute_url(base_url, element.text or "")
        elif name == "link" and parent_name == "entry" and element.get("rel", "alternate") == "alternate":
            url = absolute_url(base_url, element.get("href", ""))
        else:
            continue
        if url and url not in urls:
            urls.append(url)
    return urls


def robots_sitemaps(body: bytes, base_url: str) -> list[str]:
    """The `Sitemap:` lines of a robots.txt, as absolute URLs."""
    return [url for line in sitemap_urls_from_robots(body, base_url) if (url := absolute_url(base_url, line))]
