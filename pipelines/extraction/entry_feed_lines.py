"""A blog entry's line offering its own feed ("You can follow any responses to this entry through the RSS 2.0 feed",
"Sie können alle Antworten zu diesem Eintrag durch den RSS 2.0 ..."): the entry's furniture, in any language, told by
its link to the entry's comments feed or trackback address (the entry's own address and "feed/" or "trackback/")."""
from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from .blocks import BLOCK_TAGS, Block
from .links import absolute, links_to_page
from .text import spaced_text

# The last part of an address a blog generator hangs under an entry's own: its comments feed, its trackback.
_ENTRY_FEEDS = frozenset({"feed", "trackback"})


def offers_entry_feed(block: Block, page_url: str) -> bool:
    """The block links the page's own comments feed or trackback address: the entry's meta line under its text."""
    if block.element is None or not page_url:
        return False
    return any(_entry_feed_of(absolute(a.get("href"), page_url), page_url) for a in _own_links(block))


def _own_links(block: Block) -> list:
    """The links in the block's own words: a loose line's element (a <div>, the <body>) holds other blocks' links too,
    in elements of their own or in its other paragraphs."""
    def owner(anchor):
        return next((e for e in anchor.iterancestors() if e.tag in BLOCK_TAGS), None)

    return [a for a in block.element.iter("a") if owner(a) is block.element and spaced_text(a).strip() in block.text]


def _entry_feed_of(target: str | None, page_url: str) -> bool:
    if not target:
        return False
    parts = urlsplit(target)
    segments = parts.path.rstrip("/").split("/")
    if len(segments) < 2 or segments[-1].lower() not in _ENTRY_FEEDS:
        return False
    entry = urlunsplit((parts.scheme, parts.netloc, "/".join(segments[:-1]) + "/", parts.query, ""))
    return links_to_page(entry, page_url)
