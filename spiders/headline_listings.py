"""A page that shows nothing but linked headlines of other pages of the site: a date archive's month or year page
(a static generator's `/archives/2023-03/`), with no dates, no teaser text and no pager, which a listing of such
pages links as if they were its posts."""
from __future__ import annotations

from urllib.parse import urlsplit

from lxml import etree

from news_archive.archive.urls import absolute_url, page_key
from news_archive.archive.word_measure import word_count
from news_archive.spiders.navigation_regions import NavigationRegions

HEADLINE_TAGS = ("h2", "h3", "h4")
# Words of its own a headline page may show beside its headlines: its heading (the month's name) and a label or so.
# A post with no text but an embedded file and its caption still writes more than a heading's few words.
MAX_OWN_WORDS = 6
# Elements whose text is not the page's own words: a link's is the page it names, the <h1> the archive's name.
SKIPPED = {"a", "h1", "script", "style", "noscript", "template"}


def shows_linked_headlines_alone(root: etree._Element, page_url: str, regions: NavigationRegions) -> bool:
    """True when the page's content is one or more headings each wholly a link to another page on its host, and the
    page writes next to no words of its own outside links, its <h1> and its navigation (menus, sidebars, footer)."""
    body = root.find(".//body")
    if body is None:
        return False
    host, own_key = urlsplit(page_url).netloc, page_key(page_url)
    headlines = 0
    for heading in body.iter(*HEADLINE_TAGS):
        if regions.contains(heading):
            continue
        links = heading.findall(".//a[@href]")
        if len(links) != 1 or _text(heading) != _text(links[0]):
            return False  # a heading of its own (a section's title), or one naming more than one page
        target = absolute_url(page_url, links[0].get("href", ""))
        if not target or urlsplit(target).netloc != host or page_key(target) == own_key:
            return False
        headlines += 1
    return headlines > 0 and _own_words(body, regions) <= MAX_OWN_WORDS


def _own_words(element: etree._Element, regions: NavigationRegions) -> int:
    """The words the page writes outside links, its <h1>, scripts and navigation, under `element`."""
    if not isinstance(element.tag, str) or element.tag in SKIPPED or regions.contains(element):
        return 0
    words = word_count(element.text or "")
    for child in element:
        words += _own_words(child, regions) + word_count(child.tail or "")  # text after a child is its parent's
    return words


def _text(element: etree._Element) -> str:
    return " ".join(" ".join(element.itertext()).split())
