"""Tell a listing page (teasers to follow) from a page that may be an article (to extract)."""
from __future__ import annotations

import json
import re

from lxml import etree

from news_archive.spiders.discovery import NavigationRegions
from news_archive.archive.urls import absolute_url, url_key

ARTICLE_TYPES = re.compile(r"(News|Blog|Report|Scholarly|Tech)?Article$|^BlogPosting$|^PressRelease$")
LISTING_TYPES = re.compile(r"^(CollectionPage|ItemList|SearchResultsPage)$")
MIN_TEASERS = 4
ENTRY_XPATH = "//*[contains(concat(' ', normalize-space(@class), ' '), ' hentry ') or contains(concat(' ', normalize-space(@class), ' '), ' h-entry ')]"
SHORTLINK_XPATH = "//link[@rel='shortlink']"
# A listing's teasers carry a few lines of excerpt each; an article's prose runs far longer.
MAX_WORDS_PER_TEASER = 60


def declared_type(root: etree._Element) -> str | None:
    """'article' or 'listing' when og:type, JSON-LD, a shortlink or hAtom entries say so, else None."""
    for meta in root.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() == "og:type":
            value = (meta.get("content") or "").strip().lower()
            if value == "article":
                return "article"
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for type_name in _jsonld_types(data):
            if ARTICLE_TYPES.search(type_name):
                return "article"
            if LISTING_TYPES.search(type_name):
                return "listing"
    return _entries_type(root)


def _entries_type(root: etree._Element) -> str | None:
    """What the page's own markup of its entries says: several hAtom entries make it a listing, a shortlink
    makes it one entry (WordPress prints `rel=shortlink` on single posts and pages only). One hAtom entry
    says nothing: a month's archive may hold a single post."""
    if len(root.xpath(ENTRY_XPATH)) >= MIN_TEASERS:
        return "listing"
    if root.xpath(SHORTLINK_XPATH):
        return "article"
    return None


def is_listing(root: etree._Element, page_url: str) -> bool:
    """True when the page is mostly teasers linking to other pages of the site."""
    declared = declared_type(root)
    if declared:
        return declared == "listing"
    body = root.find(".//body")
    if body is None:
        return False
    own_key, teasers, link_words = url_key(page_url), set(), 0
    regions = NavigationRegions(root)
    for anchor in body.iter("a"):
        if regions.contains(anchor):
            continue
        text = anchor.text_content().split()
        href = absolute_url(page_url, anchor.get("href", ""))
        if href and url_key(href) != own_key and (len(text) >= 3 or anchor.find(".//h2") is not None or anchor.find(".//h3") is not None):
            teasers.add(url_key(href))
            link_words += len(text)
    if len(teasers) < MIN_TEASERS:
        return False
    prose_words = sum(len((p.text_content() or "").split()) for p in body.iter("p") if not regions.contains(p)) - link_words
    return prose_words < MAX_WORDS_PER_TEASER * len(teasers)


def _jsonld_types(data) -> list[str]:
    """Every @type named in a JSON-LD document, including inside @graph and lists."""
    found = []
    if isinstance(data, list):
        for entry in data:
            found += _jsonld_types(entry)
    elif isinstance(data, dict):
        kind = data.get("@type")
        found += [kind] if isinstance(kind, str) else [k for k in kind or [] if isinstance(k, str)]
        found += _jsonld_types(data.get("@graph", []))
    return found
