"""A blog entry's line offering its own feed ("You can follow any responses to this entry through the RSS 2.0 feed",
"Sie können alle Antworten zu diesem Eintrag durch den RSS 2.0 ..."): the entry's furniture, in any language, told by
its link to the entry's comments feed or trackback address (the entry's own address and "feed/" or "trackback/")."""
from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

from .blocks import BLOCK_TAGS, Block
from .links import absolute, links_to_page
from .text import spaced_text

# The last part of an address a blog generator hangs under an entry's own: its comments feed, its trackback.
_ENTRY_FEEDS = frozenset({"feed", "trackback"})
# The same told from the link as written, before any address is resolved: most links end otherwise.
_FEED_TAIL = re.compile(r"(?:^|/)(?:feed|trackback)/*(?:[?#]|$)", re.IGNORECASE)


def entry_feed_lines(blocks: list[Block], page_url: str) -> set[int]:
    """Ids of the blocks linking the page's own comments feed or trackback address: the entry's meta line under its
    text. The links are sought once per element: a loose line's element (a <div>, the <body>) holds many blocks."""
    if not page_url:
        return set()
    feeds: dict[int, list] = {}  # id of an element: its own links to the entry's feeds
    for element in {id(b.element): b.element for b in blocks if b.element is not None}.values():
        feeds[id(element)] = [a for a in element.iter("a") if _FEED_TAIL.search(a.get("href") or "")
                              and _entry_feed_of(absolute(a.get("href"), page_url), page_url)
                              and _owner(a) is element]
    # A loose line's element holds other blocks' links too, in its other paragraphs: the line's are those showing its
    # words (a link showing none, an icon's, is any line's of the element).
    return {id(b) for b in blocks if b.element is not None
            and any(spaced_text(a).strip() in b.text for a in feeds[id(b.element)])}


def _owner(anchor):
    """The block element the link's words are part of: a link inside a nested paragraph is that paragraph's."""
    return next((e for e in anchor.iterancestors() if e.tag in BLOCK_TAGS), None)


def _entry_feed_of(target: str | None, page_url: str) -> bool:
    if not target:
        return False
    parts = urlsplit(target)
    segments = parts.path.rstrip("/").split("/")
    if len(segments) < 2 or segments[-1].lower() not in _ENTRY_FEEDS:
        return False
    entry = urlunsplit((parts.scheme, parts.netloc, "/".join(segments[:-1]) + "/", parts.query, ""))
    return links_to_page(entry, page_url)
