"""In-page marks of no words: a heading's permalink to itself (Markdown and documentation generators link a heading,
or a mark beside its words: "#", "¶", "🔗", to its own id so readers can copy the address of that section), and a
note's link back to where the text cites it ("↩")."""
from __future__ import annotations

import re
from urllib.parse import urldefrag

from .text import text_of
from .xpaths import HEADING_TAGS

_PERMALINK_DEPTH = 3
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
# A link citing a note shows its marker alone ("1", "[1]", "^1").
NOTE_MARKER = re.compile(r"^[\[(^]?\d{1,3}[\])]?$")
_BRACKETS = ("[]", "()")


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
    """Drop the marks that are a heading's permalink or a note's link back to its citation, keeping the text after
    them: shown only on hover, or a reader's way back up, they are no word of the headline, a subheading or a note
    ("Or so they told us ↩")."""
    ids = None
    for anchor in list(root.iter("a")):
        href = anchor.get("href") or ""
        if "#" not in href or _LETTER_OR_DIGIT.search(text_of(anchor)):
            continue
        if href.startswith("#") and links_own_heading(anchor, href):
            anchor.drop_tree()
            continue
        # Whatever address precedes the id (a generator may write the page's file name, "post.html#fnref:2"), a
        # citation and a note linking to each other name this page's elements.
        target = urldefrag(href)[1]
        if not target:
            continue
        ids = {element.get("id"): element for element in root.xpath("//*[@id]")} if ids is None else ids
        if target in ids and _links_back_to_citation(anchor, ids[target]):
            _drop_with_its_brackets(anchor)


def _drop_with_its_brackets(anchor) -> None:
    """Drop the mark, and the brackets a footnote plugin sets around it alone ("Source: the archive [↩]")."""
    previous, tail = anchor.getprevious(), anchor.tail or ""
    before = (anchor.getparent().text if previous is None else previous.tail) or ""
    for opening, closing in _BRACKETS:
        if before.rstrip().endswith(opening) and tail.lstrip().startswith(closing):
            before, anchor.tail = before.rstrip()[:-1].rstrip(), tail.lstrip()[1:]
            if previous is None:
                anchor.getparent().text = before
            else:
                previous.tail = before
            break
    anchor.drop_tree()


def _links_back_to_citation(anchor, target) -> bool:
    """The mark leads to a link showing a note's number (or the element holding or held by one) that itself leads to
    the note holding the mark: the citation and its note link to each other, whatever classes a generator gives them.
    Two arrows linking to each other ("→", "←") are no citation and note."""
    holders = list(anchor.iterancestors())
    if target in holders:  # a "↑" to the top of the page, or of the mark's own section
        return False
    note_ids = {holder.get("id") for holder in holders if holder.get("id")}
    links = [*target.iter("a"), *target.iterancestors("a")]
    return any(urldefrag(link.get("href") or "")[1] in note_ids and NOTE_MARKER.match("".join(text_of(link).split()))
               for link in links)
