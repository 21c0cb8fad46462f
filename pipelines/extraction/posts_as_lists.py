"""A post written as lists under its headline (terms and what they stand for, a release note's changes), whose short
points weigh as furniture, so no container holds prose: the points that say more than their links are its text."""
from __future__ import annotations

from .ancestry import within
from .blocks import Block
from .own_post import marks_own_entry, wraps_own_post
from .prose_lines import LONG_PARAGRAPH
from .stamp_lines import is_stamp
from .text import fold

# A post written as lists has a few points, most of whose words are the writer's, not links.
_LIST_POST_POINTS = 5
_LIST_POST_OWN_SHARE = 0.5
# The line introducing a post's list under its headline ("In this issue:", "On the agenda:") is a few words.
_LIST_HEADING_WORDS = 6


def written_as_lists(blocks: list[Block], title: str | None,
                     page_days: frozenset[str] | set[str] = frozenset()) -> list[Block] | None:
    """The blocks after the page's own headline when the post is written as lists under subheadings ("<a>The
    society</a>: what it does", a term and what it stands for), or as one list of plain points (a release note's
    changes), no paragraph between them: short points weigh as furniture, so no container holds prose, yet points
    that say more than their links are the post's text. A list of bare links (a tag page's titles, a menu) says
    nothing of its own and is no such post."""
    start = _own_headline_at(blocks, title)
    if start is None:
        return None
    after = blocks[start + 1:]
    if any(b.kind == "title" for b in after):
        return None  # another <h1>: a teaser's, or the next post's
    items = [b for b in after if b.kind == "item"]
    chars = sum(b.chars for b in items)
    own = sum(b.chars - b.link_chars for b in items)
    # Terms and what they stand for come in a few points; lines with no link at all (a dialogue) may be one or two.
    fewest = _LIST_POST_POINTS if any(b.link_chars for b in items) else 1
    if len(items) < fewest or own < _LIST_POST_OWN_SHARE * chars:
        return None
    holder = next(a for a in items[0].element.iterancestors() if all(within(b.element, a) for b in items))
    lines = _lines_beside_list(holder, after)
    if lines:
        return lines
    points = [b for b in after if within(b.element, holder)]
    # The lists are the text: a paragraph of prose beside them would have made its own container.
    if not any(b.kind not in ("item", "heading") for b in points):
        return _with_list_heading(after, points)
    # A column of bare links beside the post (its table of contents) widens that box past the post's header: the
    # post is the headline's box, its date line apart.
    own_items = [b for b in items if b.chars > b.link_chars]
    post = next((a for a in blocks[start].element.iterancestors()
                 if all(within(b.element, a) for b in own_items)), None) if own_items else None
    points = [b for b in after if post is not None and within(b.element, post) and not is_stamp(b, page_days)]
    if not points or any(b.kind not in ("item", "heading") for b in points):
        return None
    return points


def _lines_beside_list(listing, after: list[Block]) -> list[Block]:
    """The blocks of the post's text element when the list is set straight in it beside short lines only (the line
    it follows, linked to what it lists, and a sentence after it): the same text as the list. None of them is a
    paragraph of prose, which would have made its own container."""
    element = listing.getparent()
    if element is None or not marks_own_entry(element) or wraps_own_post(element):
        return []
    lines = [b for b in after if within(b.element, element)]
    if any(b.kind not in ("item", "heading") and (b.kind != "p" or b.chars >= LONG_PARAGRAPH) for b in lines) \
            or all(b.kind in ("item", "heading") for b in lines):
        return []
    return lines


def _with_list_heading(after: list[Block], points: list[Block]) -> list[Block]:
    """The points with the line right above them that introduces them ("In this issue:"), a few words closing on a
    colon and linking nowhere: the list's heading, set as a paragraph of its own outside the list's element."""
    at = next(i for i, b in enumerate(after) if b is points[0])
    line = after[at - 1] if at else None
    if line is None or line.link_chars or not line.text.rstrip().endswith(":") \
            or len(line.text.split()) > _LIST_HEADING_WORDS:
        return points
    return [line, *points]


def _own_headline_at(blocks: list[Block], title: str | None) -> int | None:
    """Where the page's own headline stands: the <h1> showing the title or, where no <h1> does (the theme's <h1> is
    its logo, <title> the site's name on every page), the last heading showing it (a banner repeats the headline
    above the post's own <h2>)."""
    wanted = fold(title or "")
    if not wanted:
        return None
    shown = [i for i, b in enumerate(blocks) if b.kind in ("title", "heading") and fold(b.text) == wanted]
    return next((i for i in shown if blocks[i].kind == "title"), shown[-1] if shown else None)
