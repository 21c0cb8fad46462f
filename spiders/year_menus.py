"""A listing's menu of its years ("2017 | 2016 | 2015 | ..."): links each named by a year alone, to addresses that
differ in that year alone (`news_year_2015.html`, `/news/2015/`, `?year=2015`). Each is the listing's page of that
year, as a pager's links are its numbered pages: an archive split by year, with no pager, reaches its older news
through them alone."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree

from news_archive.archive.urls import absolute_url

YEAR = re.compile(r"(?:19|20)\d\d")
# Years named, each linking its own page, before a run of links is a year menu: two could be a post's "2023 report"
# beside its "2024 report"; a side column's archive widget names months ("March 2024"), no bare years.
MIN_YEARS = 3
# Where a run of year links is the site's, not the listing's: a side column's or footer's archive of every post.
SIDE_TAGS = {"aside", "footer"}
SIDE_CLASS = re.compile(r"(^|[\s_-])(sidebar|widget|footer)([\s_-]|$)", re.I)


def year_menu_links(root: etree._Element, page_url: str) -> set[etree._Element]:
    """The anchors of the page's year menus: at least MIN_YEARS links on the page's host, each one's words a year
    that its address holds, whose addresses are one address with the year put in."""
    host = urlsplit(page_url).netloc
    families: dict[str, dict[str, etree._Element]] = {}
    for anchor in root.iter("a"):
        text = " ".join((anchor.text_content() or "").split())
        href = anchor.get("href")
        if not href or not YEAR.fullmatch(text):
            continue
        url = absolute_url(page_url, href)
        parts = urlsplit(url) if url else None
        if parts is None or parts.netloc != host:
            continue
        address = f"{parts.path}?{parts.query}"
        if address.count(text) != 1:
            continue  # the year is not in the address, or twice: no page of that year alone
        families.setdefault(address.replace(text, "#"), {}).setdefault(text, anchor)
    found: set[etree._Element] = set()
    for years in families.values():
        if len(years) >= MIN_YEARS and not any(_at_the_side(anchor) for anchor in years.values()):
            found.update(years.values())
    return found


def _at_the_side(anchor: etree._Element) -> bool:
    return any(node.tag in SIDE_TAGS or SIDE_CLASS.search(f"{node.get('class', '')} {node.get('id', '')}")
               for node in anchor.iterancestors() if isinstance(node.tag, str))
