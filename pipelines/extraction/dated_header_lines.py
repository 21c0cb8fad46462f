"""A dated post of short lines under its header (its headline, its date line right under it), none a paragraph of
prose: an event's recordings and slides, a press release linked, a programme's points and its venue."""
from __future__ import annotations

from .ancestry import within
from .blocks import Block
from .lead_heading import dateline_after
from .link_lines import host_of, leads_away
from .links import absolute
from .text import fold, spaced_text, text_of

_HEADINGS = ("title", "heading")
_ENTRY_TAGS = ("article", "main", "body")


def lines_under_dated_header(blocks: list[Block], title: str | None, url: str) -> list[Block]:
    """The lines in the headline's box under the post's own header (a heading showing its title, its date line right
    under it), which no element weighs as prose: a post of links labelled in a few words ("Recordings", "Slides"), or
    of lists and one-line facts under subheadings. The post ends at another <h1>, at a heading linking elsewhere or set
    over a date line of its own (the next teaser of a listing). A line only linking to another page of the site ("Back
    to the news", the event's page) is the site's way round, none of the post's: a tag page's list of the site's own
    posts leaves nothing, its headings none of a text."""
    wanted = fold(title or "")
    at = next((i for i, b in enumerate(blocks) if b.kind in _HEADINGS and wanted and fold(b.text) == wanted), None)
    if at is None or blocks[at].element is None:
        return []
    headline = blocks[at].element
    line, box = dateline_after(headline), headline.getparent()
    if box is None:
        return []
    header = [headline] + ([line] if line is not None and within(line, box) else [])
    # An entry's own <header> holding its headline alone is a dated header too: its date line was a byline, which the
    # page's pruning took ("written by <name> on <day>").
    if line is None and not (box.tag == "header" and _holds_only(box, header)):
        return []
    if _holds_only(box, header) and box.getparent() is not None:
        # The box holds the headline and its date line alone (the entry's <header>): the post's lines follow it, in
        # the element around it (an <article> whose text element comes after its header).
        box = box.getparent()
        if _is_banner(box, header) and box.getparent() is not None:
            # That element is the banner setting the header over the post's picture: the lines follow the banner.
            box = box.getparent()
    host = host_of(url)
    lines = []
    for block in blocks[at + 1:]:
        if block.element is None or within(block.element, line):
            continue
        links = [absolute(a.get("href"), url) or "" for a in _own_links(block)]
        if not within(block.element, box) or block.kind == "title" \
                or (block.kind == "heading" and (links or dateline_after(block.element) is not None)):
            break
        if not (block.link_chars and block.link_chars == block.chars and not any(leads_away(h, host) for h in links)):
            lines.append(block)
    # Subheadings over the site's own links alone ("Stories" over its posts' titles) head no text of the post.
    return lines if any(block.kind != "heading" for block in lines) else []


def _own_links(block: Block) -> list:
    """The links whose words are the line's: a line of loose text has its owner's element, which holds the post's other
    lines too."""
    return [a for a in block.element.iter("a")
            if a.get("href") and (linked := spaced_text(a)) and linked in block.text]


def _is_banner(box, header) -> bool:
    """A box of the entry (no <article>, <main> or <body>) showing its header over a picture and no other text."""
    return box.tag not in _ENTRY_TAGS and _holds_only(box, header) \
        and next(box.iter("img", "picture"), None) is not None


def _holds_only(box, parts) -> bool:
    """The box shows no text but the parts'."""
    return "".join(text_of(box).split()) == "".join("".join(text_of(part).split()) for part in parts)
