"""Links a page makes through a click handler instead of an `<a href>`: a teaser whose headline and picture open
the post with `onclick="window.location='…'"`, `location.href="…"`, `window.open('…')` or a `data-href`."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree

from news_archive.archive.urls import absolute_url

# Every element that may link: anchors and elements with a handler, in document order (a card's picture before its
# headline, as with anchors). One query in C: page_links asks it of every page the crawl reads.
LINKING_ELEMENTS = etree.XPath("//a | //*[@onclick or @data-href or @data-url]")
NAVIGATION_CALL = re.compile(
    r"""(?:\blocation(?:\.href)?\s*=|\blocation\.(?:assign|replace)\s*\(|\bwindow\.open\s*\()\s*(['"])([^'"]+)\1""")
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
NO_ADDRESS = re.compile(r"\s*(?:#|javascript:|$)", re.I)


def link_address(element: etree._Element, page_url: str) -> str | None:
    """The absolute address an element of LINKING_ELEMENTS leads to: an anchor's href, else its click handler's."""
    href = element.get("href") if element.tag == "a" else None
    if href and not NO_ADDRESS.match(href):
        return absolute_url(page_url, href)
    return scripted_address(element, page_url)


def scripted_address(element: etree._Element, page_url: str) -> str | None:
    """The same-site page an element's click handler or `data-href`/`data-url` opens, when the element is part of a
    teaser: a heading, a block holding one, or a block beside one (the card's picture). Elsewhere such attributes
    carry a share button's or a lazy picture's address, or a script's endpoint."""
    onclick = element.get("onclick")
    call = NAVIGATION_CALL.search(onclick) if onclick else None
    target = call.group(2) if call else element.get("data-href") or element.get("data-url")
    if not target or not _in_teaser(element):
        return None
    url = absolute_url(page_url, target)
    if url is None or urlsplit(url).netloc != urlsplit(page_url).netloc:
        return None
    return url


def _in_teaser(element: etree._Element) -> bool:
    if element.tag in HEADINGS or next(element.iter(*HEADINGS), None) is not None:
        return True
    parent = element.getparent()
    return parent is not None and parent.tag not in ("body", "html") and next(parent.iter(*HEADINGS), None) is not None
