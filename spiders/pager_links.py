"""Whether a link leads to another page of the listing it stands on: rel=next, a pager's link, the same address with
a page number, or one of the listing's address family with a pager's class or words."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree

from news_archive.archive.urls import folder_path, is_paginated_url, listing_key, paged_only_by_post_id
from news_archive.spiders.navigation_regions import PAGER_CLASS, NavigationRegions
from news_archive.spiders.teaser_links import element_text, is_teaser_link

# Weaker signs of a pager, believed only for a link to an address of the listing's own family (a post's "Next"
# link leads elsewhere): the link's own class (Pelican `next_page`, `older-posts`) or its pager's (`pages`), its
# words ("Next →", "Äldre inlägg", "Weiter", a page number) and a "Page 1 of 5" beside it.
PAGER_OWN_CLASS = re.compile(
    r"(^|[\s_-])(pages|next|prev|previous|older|newer)([\s_-]|$)|(next|prev|older|newer)[-_]?(page|posts|entries)", re.I)
PAGER_TEXT = re.compile(
    r"^[«‹←<\s]*(?:(?:next|previous|prev|older|newer|nästa|föregående|äldre|nyare|weiter|zurück|nächste|vorherige|"
    r"ältere|neuere)(?:\s+(?:page|posts|entries|sida|inlägg|nyheter|artiklar|seite|beiträge|einträge))?|\d{1,3})?"
    r"[»›→>\s]*$", re.I)
PAGE_OF_PAGES = re.compile(r"\b(?:page|sida|seite)\s+\d+\s+(?:of|av|von)\s+\d+", re.I)
NUMBERS_IN_PATH = re.compile(r"[-_]?\d+")


def is_pagination_link(anchor: etree._Element, href: str, text: str, page_url: str, own_listing: str,
                       regions: NavigationRegions) -> bool:
    """True for links to another page of the same listing: rel=next, a pager, or the same path with a page number."""
    rel = (anchor.get("rel") or "").lower().split()
    if "next" in rel or "prev" in rel:
        return True
    if listing_key(href) == own_listing and regions.in_pager(anchor):
        # a pager's own page of the listing however many its words: "First page « First", "Last page Last »"
        # (a label for screen readers beside the shown one) counts as many as a headline
        return True
    if is_teaser_link(anchor, text, regions):
        return False  # a headline, though its address looks like a page number (WordPress `/?p=123`)
    if listing_key(href) == own_listing:
        return not paged_only_by_post_id(href) or shows_pager_evidence(anchor, text)
    here, there = urlsplit(page_url), urlsplit(href)
    if there.netloc != here.netloc:
        return False
    if there.path.rstrip("/") == here.path.rstrip("/") and is_paginated_url(href):
        return True  # e.g. `?skip=20&take=20` first linked from the bare listing URL
    if regions.in_pager(anchor):
        return True
    return same_address_family(there.path, here.path) and shows_pager_evidence(anchor, text)


def without_page_neighbours(pagination: list[str], head_pages: list[str], page_url: str) -> list[str]:
    """The page's pagination less the `rel=next` of its head (`head_pages`) that leads out of its listing, when its own
    pager leads to a page of that listing: the head then names the page's neighbour in the site's order of pages
    (WordPress names a static page's siblings so, "Contribute" after "News"), and read on as a pager it would walk the
    site's every page. A page with no pager of its own keeps it: a documentation theme's next document."""
    def of_the_listing(url: str) -> bool:
        return listing_key(url) == listing_key(page_url) or same_address_family(urlsplit(url).path,
                                                                                urlsplit(page_url).path)
    heads = set(head_pages)
    if not any(of_the_listing(url) for url in pagination if url not in heads):
        return pagination
    return [url for url in pagination if url not in heads or of_the_listing(url)]


def shows_pager_evidence(anchor: etree._Element, text: str) -> bool:
    """True when the link looks like a pager's: its class or its parent's, its words, or a "Page 1 of 5" beside it."""
    parent = anchor.getparent()
    classes = f"{anchor.get('class', '')} {anchor.get('id', '')}"
    if parent is not None:
        classes += f" {parent.get('class', '')} {parent.get('id', '')}"
    if PAGER_CLASS.search(classes) or PAGER_OWN_CLASS.search(classes):
        return True
    if text and PAGER_TEXT.match(text):
        return True
    return parent is not None and PAGE_OF_PAGES.search(" ".join(element_text(parent).split())) is not None


def same_address_family(path: str, listing_path: str) -> bool:
    """True when two paths differ in their numbers alone (`/news/archive-2.html`, `/news/archive.html`, `/news/3/`,
    `/news/`): pages of one listing. A post's address (`/2014/05/28/slug/`) is of another family."""
    def family(value: str) -> str:
        return NUMBERS_IN_PATH.sub("", folder_path(value)).rstrip("/")
    return path != listing_path and family(path) == family(listing_path)
