"""Read what a site lists in machine-readable form: feeds (RSS, Atom, JSON Feed), sitemaps and robots.txt's
`Sitemap:` lines, and where a site served under a sub-path keeps them.

Sitemaps and robots.txt are read with Scrapy's own utilities; RSS and Atom feeds here, JSON Feeds in feed_items.py."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from news_archive.archive.urls import absolute_url
from news_archive.spiders.feed_document import FeedDocument, feed_start, is_json_feed
from news_archive.spiders.feed_items import json_feed_links

# Sitemaps a blog engine writes for its static pages, topics and authors (Yoast and Rank Math `page-sitemap.xml`,
# `post_tag-sitemap2.xml`; WordPress core `wp-sitemap-taxonomies-category-1.xml`, `wp-sitemap-users-1.xml`): none
# lists a post, and reading them costs a fetch for every page of the site that is not news.
NON_POST_SITEMAP = re.compile(
    r"/(?:(?:page|category|post_tag|tag|author)-sitemap|wp-sitemap-(?:posts-page|taxonomies-[\w-]+?|users))"
    r"-?\d*\.xml(?:\.gz)?$", re.I)
# Feeds a blog engine writes of its readers' comments, under the same fixed names whatever the site's language
# (WordPress `/comments/feed/`, `?feed=comments-rss2`; Blogger `/feeds/comments/default`, `/feeds/123/comments/`):
# their items are places within pages (`#comment-12`), no post, and a page read while one is awaited waits for it.
COMMENTS_FEED = re.compile(r"/comments/feed(?:/|$)|/feeds/(?:\d+/)?comments(?:/|$)|[?&]feed=comments-", re.I)


def sub_path_roots(start_urls: list[str]) -> list[str]:
    """The first folder of start URLs that sit deeper (`/club/news/` -> `/club/`): where a site served under a
    sub-path (a GitHub Pages project site) has its root."""
    found = []
    for url in start_urls:
        parts = urlsplit(url)
        segments = [segment for segment in parts.path.split("/") if segment]
        if len(segments) > 1:
            root = f"{parts.scheme}://{parts.netloc}/{segments[0]}/"
            if root not in found:
                found.append(root)
    return found


def sub_path_robots(start_urls: list[str]) -> list[str]:
    """robots.txt in the sub-path roots of start URLs: a site served under a sub-path names its sitemap there, while
    the host's own robots.txt knows nothing of it. Read for its `Sitemap:` lines only: only the host's robots.txt
    says what may be fetched."""
    return [f"{root}robots.txt" for root in sub_path_roots(start_urls)]


def feed_kind(body: bytes) -> str | None:
    """'rss', 'atom', 'json', 'sitemap' or 'sitemapindex' when the body is such a feed (RSS 1.0 too, an RDF
    document) or sitemap, else None."""
    if is_json_feed(body):
        return "json"
    head = feed_start(body[:2048]).lower()
    if not head.startswith(b"<?xml") and not head.startswith(b"<rss") and not head.startswith(b"<feed") \
            and not head.startswith(b"<rdf:rdf") and not head.startswith(b"<urlset") \
            and not head.startswith(b"<sitemapindex"):
        return None
    for marker, kind in ((b"<rss", "rss"), (b"<rdf:rdf", "rss"), (b"<feed", "atom"), (b"<urlset", "sitemap"),
                         (b"<sitemapindex", "sitemapindex")):
        if marker in head:
            return kind
    return None


def lists_no_posts(url: str) -> bool:
    """True for a sitemap the site's engine names as one of its static pages, topics or authors, or a feed it names
    as its comments'."""
    parts = urlsplit(url)
    return NON_POST_SITEMAP.search(parts.path) is not None \
        or COMMENTS_FEED.search(f"{parts.path}?{parts.query}") is not None


def xml_links(feed: FeedDocument, base_url: str) -> list[str]:
    """Item links of an RSS, Atom or JSON feed, or the `<loc>`s of a sitemap or sitemap index. An item's link keeps
    its fragment: a comments feed's items link to places within pages (`#comment-12`)."""
    kind = feed_kind(feed.body)
    if kind == "json":
        return json_feed_links(feed, base_url)
    if kind in ("sitemap", "sitemapindex"):  # Scrapy's reader, on the bytes: it parses them its own way
        return list(dict.fromkeys(url for entry in Sitemap(feed.body)
                                  if (url := absolute_url(base_url, entry.get("loc", "")))))
    root = feed.root
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
            href = element.text or ""
        elif name == "link" and parent_name == "entry" and element.get("rel", "alternate") == "alternate":
            href = element.get("href", "")
        else:
            continue
        url = absolute_url(base_url, href)
        if url and (place := urlsplit(href.strip()).fragment):
            url += "#" + place  # a place within a page (a comment on it): the crawl's decisions read it
        if url and url not in urls:
            urls.append(url)
    return urls


def robots_sitemaps(body: bytes, base_url: str) -> list[str]:
    """The `Sitemap:` lines of a robots.txt, as absolute URLs."""
    return [url for line in sitemap_urls_from_robots(body, base_url) if (url := absolute_url(base_url, line))]
