"""A card's link bar: the list of links a CMS sets under a post's card, beside the card's own "Read more" and "2
comments" to the post's page ("Blog of Anna Berg", "Log in to post comments"). Its other links are labels of the
post (its writer's blog, its section), however many words they hold: no teasers of other posts."""
from __future__ import annotations

from lxml import etree

from news_archive.archive.urls import absolute_url, page_key
from news_archive.spiders.navigation_regions import HEADINGS

# The list item and the list around a link in a link bar, and the elements around that list up to the card's box.
_ITEM_LEVELS = 3
_CARD_LEVELS = 3


def in_card_link_bar(anchor: etree._Element, page_url: str) -> bool:
    """True for a link in a list whose other items link to the page the card's headline links (a heading holding a
    link, before the list in the card's box), the link itself leading elsewhere."""
    item = next((e for _, e in zip(range(_ITEM_LEVELS), anchor.iterancestors()) if e.tag == "li"), None)
    bar = item.getparent() if item is not None else None
    if bar is None or bar.tag not in ("ul", "ol"):
        return False
    headline = _card_headline(bar, page_url)
    if headline is None or _key(anchor, page_url) == headline:
        return False
    return any(_key(other, page_url) == headline for other in bar.iter("a") if other is not anchor)


def _card_headline(bar: etree._Element, page_url: str) -> str | None:
    """The page key the card's headline links: the nearest heading before the list, in the list's parent or a few
    elements around it; None when it links nowhere."""
    node = bar
    for _level in range(_CARD_LEVELS):
        if node is None:
            return None
        for earlier in node.itersiblings(preceding=True):
            if not isinstance(earlier.tag, str):
                continue
            headings = [earlier] if earlier.tag in HEADINGS else list(earlier.iter(*HEADINGS))
            if headings:  # the nearest heading: the card's own, linked or not
                link = next(headings[-1].iter("a"), None)
                return _key(link, page_url) if link is not None and link.get("href") else None
        node = node.getparent()
    return None


def _key(anchor: etree._Element, page_url: str) -> str | None:
    href = anchor.get("href")
    target = absolute_url(page_url, href) if href else None
    return page_key(target) if target else None
