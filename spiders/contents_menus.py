"""The list of a page's contents menu that holds the page's own entry: the pages a docs-style generator (Sphinx,
Jupyter Book, MkDocs, Docusaurus) shows beside it in its book's table of contents, repeated on every page."""
from __future__ import annotations

from lxml import etree

from news_archive.archive.urls import absolute_url, is_probably_html, page_key
from news_archive.spiders.navigation_regions import NavigationRegions

# The elements a contents menu nests its entries in.
_MENU_LISTS = ("ul", "ol")


def contents_menu_siblings(root: etree._Element, page_url: str, regions: NavigationRegions) -> list[str]:
    """The addresses the chrome list holding the page's own entry links beside it (the outermost list around the
    entry, sub-entries and all), in order; none when no list in the page's chrome holds its entry. A contents menu
    marks the entry of the page shown as current, linking it to itself (`href="#"`) or to its own address."""
    own_key = page_key(page_url)
    body = root.find(".//body")
    for anchor in (body.iter("a") if body is not None else ()):
        if not _own_entry(anchor, page_url, own_key) or not regions.contains(anchor):
            continue
        # The outermost list: a sub-entry (a series' second part under its first) is listed in its part of the menu.
        menus = list(anchor.iterancestors(*_MENU_LISTS))
        if not menus:
            continue
        menu = menus[-1]
        siblings = []
        for other in menu.iter("a"):
            url = absolute_url(page_url, other.get("href") or "")
            if other is not anchor and url and is_probably_html(url) and page_key(url) != own_key:
                siblings.append(url)
        return siblings
    return []


def _own_entry(anchor: etree._Element, page_url: str, own_key: str) -> bool:
    href = (anchor.get("href") or "").strip()
    if href == "#":
        return "current" in (anchor.get("class") or "").lower().split() or anchor.get("aria-current") == "page"
    url = absolute_url(page_url, href)
    return bool(url) and page_key(url) == own_key
