"""A heading's permalink to itself: Markdown and documentation generators link a heading (or a mark beside its
words: "#", "¶", "🔗") to its own id so readers can copy the address of that section."""
from __future__ import annotations

import re

from .text import text_of
from .xpaths import HEADING_TAGS

_PERMALINK_DEPTH = 3
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def links_own_heading(anchor, href: str) -> bool:
    """The link leads to the id of the heading it sits in (or to its own id, or its section's, inside a heading)."""
    if not href.startswith("#") or len(href) == 1:
        return False
    target = href[1:]
    element = anchor
    for _ in range(_PERMALINK_DEPTH):
        if element.get("id") == target:
            return element.tag in HEADING_TAGS or any(a.tag in HEADING_TAGS for a in anchor.iterancestors())
        element = element.getparent()
        if element is None:
            return False
    return False


def drop_permalink_marks(root) -> None:
    """Drop the marks that are a heading's permalink, keeping the text after them: shown only on hover, they are
    no word of the headline or of a subheading."""
    for anchor in list(root.iter("a")):
        href = anchor.get("href") or ""
        if href.startswith("#") and not _LETTER_OR_DIGIT.search(text_of(anchor)) and links_own_heading(anchor, href):
            anchor.drop_tree()
