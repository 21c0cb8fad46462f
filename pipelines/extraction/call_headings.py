"""The writer's calls to action set as linked subheadings in a post's Markdown, opening or closing its text."""
from __future__ import annotations

from .blocks import Block
from .heading_anchors import anchored_subheading
from .text import text_of

# A post closes on a call or two ("Apply here", then "Questions? Write to us"); more linked headings in a row are a
# box of other stories.
_CLOSING_CALLS = 2
# A heading is linked when most of its words are a link's.
_LINKED_SHARE = 0.5
_PROSE_KINDS = frozenset({"p", "text", "quote", "item"})


def anchored_closing_calls(blocks: list[Block]) -> set[int]:
    """Ids of the linked subheadings closing the text after its last paragraph, in that paragraph's own element,
    each carrying the anchor a Markdown generator makes of its words ("#### [Search jobs here](/jobs/)" gives
    id="search-jobs-here"): the writer's closing call, however few its words and wherever it leads (the site's own
    sign-up page, a mail address). A theme's box of other stories sets its headlines with no such anchor, in an
    element of its own."""
    last = max((i for i, b in enumerate(blocks) if b.kind in _PROSE_KINDS), default=None)
    if last is None or blocks[last].element is None:
        return set()
    holder = blocks[last].element.getparent()
    calls = blocks[last + 1:]
    if not calls or len(calls) > _CLOSING_CALLS or not all(_anchored_call(b, holder) for b in calls):
        return set()
    return {id(b) for b in calls}


def with_closing_calls(kept: list[Block], blocks: list[Block]) -> list[Block]:
    """The post's kept text with the writer's anchored calls closing it under its last line, before the page's next
    headline, where the text was read from a narrower element than the post's (its lone line, a video's credit, or
    its one paragraph): "Want to find a job?" set as a linked subheading after them."""
    if not kept:
        return kept
    at = next((i for i, b in enumerate(blocks) if b is kept[-1]), None)
    run = []
    for block in blocks[at + 1:] if at is not None else ():
        if block.kind == "title":
            break
        if block.chars:
            run.append(block)
    calls = anchored_closing_calls([kept[-1], *run])
    return kept + [b for b in run if id(b) in calls]


def anchored_opening_call(blocks: list[Block]) -> set[int]:
    """The id of the one linked subheading opening the text above its first paragraph, in that paragraph's own
    element, carrying the anchor a Markdown generator makes of its words ("#### [Watch it live here](...)" over
    the post's paragraphs): the writer's call, not a teaser's headline over its excerpt, which carries no such
    anchor."""
    first = next((i for i, b in enumerate(blocks) if b.kind in _PROSE_KINDS), None)
    if not first or blocks[first].element is None:
        return set()
    holder = blocks[first].element.getparent()
    above = [b for b in blocks[:first] if b.kind != "title"]
    if len(above) != 1 or not _anchored_call(above[0], holder):
        return set()
    return {id(above[0])}


def _anchored_call(block: Block, holder) -> bool:
    element = block.element
    if block.kind != "heading" or element is None or element.getparent() is not holder \
            or block.link_density <= _LINKED_SHARE or not anchored_subheading(element):
        return False
    hrefs = [(a.get("href") or "").strip() for a in element.iter("a") if text_of(a).strip()]
    return bool(hrefs) and not any(href.startswith("#") for href in hrefs)
