"""The text a listing page shows beside each of its article links: the teaser card, list item or line around the link,
where a site that puts no date on its posts often shows the day it published them ("July 16, 2024 – … <a>…</a>").

A teaser is the largest element around a link that links no other page of the site (a card, a list item, a
paragraph), or, where one paragraph holds several links on lines of their own, the link's line between `<br>`s.
Its text, the link's own words left out, goes to the archive (archive/crawl_signals.py `listing_dates_read`), which
reads the day in it (pipelines/listing_dates.py): the spider knows where teasers end, the pipeline what a date is.
The text keeps the teaser's lines apart, one per line, each element's own: a card's date line ("14.11.2025", "Posted
on 3 May 2024 by ...") states the post's day, while its excerpt's sentences name the days of what the post tells of.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from lxml import etree

from news_archive.archive.urls import absolute_url, page_key
from news_archive.spiders.discovery import PageLinks
from news_archive.spiders.navigation_regions import NavigationRegions
from news_archive.spiders.teaser_links import LABEL_RELS, element_text, in_label

# A teaser is a few lines: of more text around a link only the head is read (beside the headline), the rest being the
# post's own text, whose days are its own.
TEASER_MAX_CHARS = 1000
# Elements that set their text on a line of its own: a card's date line, headline, excerpt and "read more".
_LINE_TAGS = frozenset({
    "p", "div", "section", "article", "header", "footer", "aside", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2",
    "h3", "h4", "h5", "h6", "blockquote", "figure", "figcaption", "table", "tr", "td", "th", "address", "br", "hr",
})
# A stamp set inside a line ("Posted on <time>…</time> by …", "<span class="post-date">…</span> in …") is a line of its
# own, whatever words stand beside it.
_STAMP_CLASS_WORDS = ("date", "posted", "published")
# Where an element's line ends, told apart from the line breaks of the markup's own indenting.
_LINE_END = "\u2028"


def teaser_texts(root: etree._Element, page_url: str, links: PageLinks,
                 regions: NavigationRegions) -> dict[str, list[str]]:
    """Link URL -> the text of each teaser of this listing page that links it (outside the link), for the content
    links to pages of the page's own site."""
    host = urlsplit(page_url).netloc
    wanted = {page_key(url): url for url, _text in links.content if urlsplit(url).netloc == host}
    anchors: list[tuple[etree._Element, str]] = []
    linked: dict[etree._Element, set[str]] = {}  # element -> the keys of the site's pages it links (up to two)
    for anchor in root.iter("a"):
        href = absolute_url(page_url, anchor.get("href", ""))
        key = page_key(href) if href else None
        if key not in wanted or regions.contains(anchor):
            continue
        if LABEL_RELS.intersection((anchor.get("rel") or "").lower().split()) or in_label(anchor):
            continue  # a card's author, section or tag link: part of the card, no teaser of its own
        anchors.append((anchor, key))
        for ancestor in anchor.iterancestors():
            keys = linked.setdefault(ancestor, set())
            if len(keys) > 1:
                break  # and so are all above it
            keys.add(key)
    found: dict[str, list[str]] = {}
    for anchor, key in anchors:
        text = _head(_teaser_text(anchor, key, linked, page_url))
        shown = found.setdefault(wanted[key], [])
        if text and text not in shown:  # a card links its picture and headline
            shown.append(text)
    return {url: texts for url, texts in found.items() if texts}


def _teaser_text(anchor: etree._Element, key: str, linked: dict, page_url: str) -> str | None:
    teaser = None
    for ancestor in anchor.iterancestors():
        if ancestor.tag in ("body", "html"):
            break
        if linked.get(ancestor) != {key}:
            # A headline's own wrapper shows nothing but the headline; its card, which shows the date beside it, may
            # also link another page of the site from a sentence of its excerpt ("read more <a>here</a>").
            headline_only = teaser is not None and not _text_outside(teaser, key, page_url).strip()
            if headline_only and _links_others_inline(ancestor, key, page_url):
                teaser = ancestor
            break
        teaser = ancestor
    if teaser is not None:
        if _shown_chars(teaser) > 4 * TEASER_MAX_CHARS:
            return None
        return _lines(_text_outside(teaser, key, page_url))
    return _line_text(anchor, key, page_url)


def _shown_chars(element: etree._Element) -> int:
    """The length of the text the element shows: a card's inline script (one carrying the post's whole text to pick
    its picture from) is code, not lines of the teaser."""
    code = sum(len(element_text(part)) for part in element.iter("script", "style", "template"))
    return len(element_text(element)) - code


def _head(text: str | None) -> str | None:
    """A teaser's text, or of a longer one (a listing showing a post's first paragraphs) the lines at its head, up to a
    teaser's length: its date line stands there beside the headline, the rest is the post's own text."""
    if not text or len(text) <= TEASER_MAX_CHARS:
        return text
    head: list[str] = []
    for line in text.split("\n"):
        if sum(len(kept) + 1 for kept in head) + len(line) > TEASER_MAX_CHARS:
            break
        head.append(line)
    return "\n".join(head) or None


def _line_text(anchor: etree._Element, key: str, page_url: str) -> str | None:
    """The text of the link's line in a paragraph of `<br>`-separated lines, each linking its own page."""
    element = anchor
    while element.getparent() is not None and element.getparent().tag in ("strong", "b", "em", "i", "span", "small"):
        element = element.getparent()
    parent = element.getparent()
    if parent is None or parent.find("br") is None:
        return None
    siblings = list(parent)
    at = siblings.index(element)
    start = next((i + 1 for i in range(at - 1, -1, -1) if siblings[i].tag == "br"), 0)
    end = next((i for i in range(at + 1, len(siblings)) if siblings[i].tag == "br"), len(siblings))
    parts = [parent.text or ""] if start == 0 else [siblings[start - 1].tail or ""]
    for sibling in siblings[start:end]:
        if sibling.tag == "a" and _links_elsewhere(sibling, key, page_url):
            return None  # two pages' links on one line: whose day is it?
        parts.append(_text_outside(sibling, key, page_url) + (sibling.tail or ""))
    return _lines(" ".join(parts))


def _lines(text: str) -> str:
    """The text's lines, one per line, each with its runs of spaces made one, the empty ones left out."""
    return "\n".join(line for raw in text.split(_LINE_END) if (line := " ".join(raw.split())))


def _links_others_inline(element: etree._Element, key: str, page_url: str) -> bool:
    """True when the element is a few lines whose every link to another page of the site stands inside a sentence of
    the excerpt, its words a small part of their line's: no other post's headline, which is its line whole."""
    if len(element_text(element)) > TEASER_MAX_CHARS:
        return False
    others = [a for a in element.iter("a") if _links_elsewhere(a, key, page_url)]
    for other in others:
        line = next((up for up in other.iterancestors() if up.tag in _LINE_TAGS), element)
        if 2 * len(element_text(other)) > len(element_text(line)):
            return False
    return bool(others)


def _links_elsewhere(anchor: etree._Element, key: str, page_url: str) -> bool:
    href = absolute_url(page_url, anchor.get("href", ""))
    return bool(href) and urlsplit(href).netloc == urlsplit(page_url).netloc and page_key(href) != key


def _text_outside(element: etree._Element, key: str, page_url: str) -> str:
    """The element's text, less the words of its links to the page itself (its headline), without its tail."""
    if element.tag == "a":
        href = absolute_url(page_url, element.get("href", ""))
        if href and page_key(href) == key:
            return ""
    if not isinstance(element.tag, str) or element.tag in ("script", "style", "template"):
        return ""  # a comment, a processing instruction, code
    own_line = _sets_own_line(element)
    parts = [_LINE_END if own_line else "", element.text or ""]
    for child in element:
        parts.append(_text_outside(child, key, page_url))
        parts.append(child.tail or "")
    parts.append(_LINE_END if own_line else "")
    return " ".join(parts)


def _sets_own_line(element: etree._Element) -> bool:
    if element.tag in _LINE_TAGS or element.tag == "time":
        return True
    classes = (element.get("class") or "").lower()
    return any(word in classes for word in _STAMP_CLASS_WORDS)
