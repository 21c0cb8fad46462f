"""Headings that head sections of the text: a list article's items, each named by a link to what it presents; a
heading over a section of the writer's own paragraphs however the page's furniture names the same thing."""
from __future__ import annotations

from collections import defaultdict

from .blocks import Block
from .prose_lines import PROSE_LIST_LINK_SHARE

# A list article ("The best games of the year", "The films to stream tonight") heads each of its items with the item's
# name linked to the thing itself, then says its piece about it in a paragraph or more. A box of other stories heads
# each teaser with a linked headline too, but under it sits an excerpt of a line or two, or nothing. Most items say
# that much; one may say less, or close the list with nothing under it in the text's element.
_LINKED_SECTIONS = 3
_SECTION_PROSE_CHARS = 300
_SECTIONS_SHARE = 2 / 3
# A heading is linked when most of its words are a link's ("20) <a>Faces Places</a>").
_LINKED_SHARE = 0.5
# The blocks that may follow a section's heading as its text (a heading or the next headline ends the section).
_PROSE_KINDS = frozenset({"p", "text", "quote", "item"})


def linked_section_headings(blocks: list[Block]) -> set[int]:
    """Ids of the linked headings, set alike (the same tag and class in the same element), at least three of them and
    most of them heading a section of the writer's prose: the text's own subheadings, not a list of other stories."""
    alike: dict[tuple, list[int]] = defaultdict(list)
    for at, block in enumerate(blocks):
        if block.kind == "heading" and block.element is not None and block.link_density > _LINKED_SHARE:
            element = block.element
            alike[(element.tag, element.get("class"), element.getparent())].append(at)
    found: set[int] = set()
    for positions in alike.values():
        sections = sum(1 for at in positions if _prose_under(blocks, at) >= _SECTION_PROSE_CHARS)
        if sections >= _LINKED_SECTIONS and sections >= _SECTIONS_SHARE * len(positions):
            found.update(id(blocks[at]) for at in positions)
    return found


def headings_over_own_prose(blocks: list[Block]) -> set[int]:
    """Ids of the unlinked headings with a section of the writer's prose under them: the text's own subheadings,
    even when a box beside the text links a page of the same name (a post heading a section "Jane Doe - Live" over
    its paragraphs, a related-events card linking that event)."""
    return {id(block) for at, block in enumerate(blocks)
            if block.kind == "heading" and not block.link_chars and _prose_under(blocks, at) >= _SECTION_PROSE_CHARS}


def _prose_under(blocks: list[Block], at: int) -> int:
    """Characters of the writer's prose between the heading at `at` and the next heading."""
    chars = 0
    for block in blocks[at + 1:]:
        if block.kind not in _PROSE_KINDS:
            break
        if block.link_density <= PROSE_LIST_LINK_SHARE:
            chars += block.chars
    return chars
