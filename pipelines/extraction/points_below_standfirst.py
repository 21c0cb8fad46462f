"""A short post whose standfirst sits in the headline's own box and whose text is set in the box below it: a release
note ("Version 1.11 is out." beside the headline, its changes as a list below), or a line pointing to where the news
is ("Read the whole interview on <site>: <address>"). The standfirst weighs as prose while short points weigh nothing
and link lines weigh as furniture, so the best container is the headline's box, yet the lines below are the post's."""
from __future__ import annotations

from .ancestry import within
from .blocks import Block
from .container_scores import TEXT_KINDS
from .lead_heading import is_chrome
from .line_patterns import WORD
from .link_lines import leads_away, leads_to_social_network
from .own_post import wraps_own_post
from .text import fold

# What the headline's box may hold besides the headline and its date line: a standfirst of a paragraph or two. More
# prose is an article of its own, whose box the lines below are no part of.
_STANDFIRST_PARAGRAPHS = 2
_LIST_TAGS = frozenset({"ul", "ol"})
# The box below holds a line or two pointing elsewhere, each saying where in a few words of the writer's own
# ("Visit the logbook:", "Read the whole article on the portal:"); more lines are a box of the site's.
_POINTER_LINES = 2
_OWN_WORDS = 2
# A line pointing to another page of the site says what is there in a sentence of its own ("Learn more about the ideas
# behind the form's design:"); a label of a word or two over a link of the site's is its furniture ("Tags:").
_OWN_WORDS_TO_SITE = 5


def standfirst_over_points(container, blocks: list[Block], title: str | None,
                           points: list[Block] | None) -> list[Block] | None:
    """The standfirst, the points and the lines closing the points' box, when `container` (the best container) is
    the headline's box or the standfirst in it, that box holding no more than a standfirst and ending before the
    points (body._written_as_lists) begin; else None."""
    if not points or any(within(p.element, container) for p in points):
        return None
    found = _standfirst_box(container, blocks, title)
    if found is None or found[2] > _position(blocks, points[0]):
        return None
    header, lead, _ = found
    box = _common_holder(points)
    if box.tag in _LIST_TAGS and box.getparent() is not None:
        box = box.getparent()
    if within(header, box) or within(box, header):
        return None
    closing = [b for b in blocks[_position(blocks, points[-1]) + 1:] if within(b.element, box)]
    return lead + points + closing


def standfirst_over_pointer_lines(container, blocks: list[Block], title: str | None,
                                  host: str) -> tuple[list[Block], list[Block]] | None:
    """The standfirst and the lines of the box right below the headline's box, when that box (the best container,
    or the standfirst in it) holds no more than a standfirst and the box below only a line or two of the writer's
    own words pointing to another site or a document; else None. The lines come apart: the caller keeps them."""
    found = _standfirst_box(container, blocks, title)
    if found is None:
        return None
    header, lead, last = found
    below = next((b for b in blocks[last + 1:] if b.chars), None)
    if below is None:
        return None
    box = below.element
    while box.getparent() is not None and not within(header, box.getparent()):
        box = box.getparent()
    if any(is_chrome(e) for e in (box, *box.iterancestors())):
        return None
    lines = [b for b in blocks[last + 1:] if b.chars and within(b.element, box)]
    if not lines or len(lines) > _POINTER_LINES or not all(_points_elsewhere(line, host) for line in lines):
        return None
    return lead, lines


def _standfirst_box(container, blocks: list[Block], title: str | None):
    """(the headline's box, its standfirst paragraphs, the position of its last block) when the best container is
    that box or the standfirst in it and it holds no more than the headline, a date line and a standfirst."""
    wanted = fold(title or "")
    if container is None or not wanted:
        return None
    headline = next((b for b in blocks if b.kind == "title" and fold(b.text) == wanted), None)
    if headline is None:
        return None
    # The standfirst's own <p> may be the best container: the headline's box is the one holding both.
    header = next((a for a in (headline.element, *headline.element.iterancestors()) if within(container, a)), None)
    if header is None:
        return None
    # The post's own wrapper (<article>) around the headline holds its standfirst: a box reaching past it takes the
    # theme's links to the neighbouring posts and its footer line for the post's lines.
    entry = next((a for a in headline.element.iterancestors() if wraps_own_post(a)), None)
    if entry is not None and not within(header, entry):
        return None
    inside = [b for b in blocks if within(b.element, header)]
    after = [b for b in inside[inside.index(headline) + 1:] if b.chars]
    lead = [b for b in after if b.kind in ("p", "text")]
    if not lead or len(lead) > _STANDFIRST_PARAGRAPHS or any(b.kind not in ("p", "text", "heading") for b in after):
        return None
    return header, lead, _position(blocks, inside[-1])


def _points_elsewhere(line: Block, host: str) -> bool:
    """A line of the writer's few words and a link to another site or a document ("Visit the logbook: <address>"),
    or a sentence of them and a link to another page of the site."""
    if line.kind not in TEXT_KINDS or not line.link_chars:
        return False
    hrefs = [a.get("href") or "" for a in line.element.iter("a")]
    own = line.text
    for a in line.element.iter("a"):
        own = own.replace(" ".join(a.text_content().split()), " ")
    if not hrefs or any(leads_to_social_network(h) for h in hrefs):
        return False
    words = len(WORD.findall(own))
    return words >= _OWN_WORDS if all(leads_away(h, host) for h in hrefs) else words >= _OWN_WORDS_TO_SITE


def _position(blocks: list[Block], block: Block) -> int:
    return next(i for i, b in enumerate(blocks) if b is block)


def _common_holder(points: list[Block]):
    """The innermost element holding every point."""
    first = points[0].element
    return next((a for a in (first, *first.iterancestors()) if all(within(p.element, a) for p in points)), first)
