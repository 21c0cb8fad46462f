"""Headings that head sections of the text: a list article's items, each named by a link to what it presents; a
linked subheading among the text's own; a heading over a section of the writer's own paragraphs however the page's
furniture names the same thing."""
from __future__ import annotations

from collections import defaultdict
from itertools import islice

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
# A text runs in sections when this many of its unlinked subheadings, set alike, head prose of their own.
_OWN_SECTIONS = 2
# The blocks that may follow a section's heading as its text (a heading or the next headline ends the section).
_PROSE_KINDS = frozenset({"p", "text", "quote", "item"})


def linked_section_headings(blocks: list[Block]) -> set[int]:
    """Ids of the linked headings, set alike (the same tag and class in the same element), at least three of them and
    most of them heading a section of the writer's prose: the text's own subheadings, not a list of other stories;
    and of a linked heading alone among the text's own unlinked subheadings (_linked_among_own)."""
    found: set[int] = set()
    for positions in _headings_set_alike(blocks):
        linked = [at for at in positions if blocks[at].link_density > _LINKED_SHARE]
        sections = sum(1 for at in linked if _prose_under(blocks, at) >= _SECTION_PROSE_CHARS)
        if sections >= _LINKED_SECTIONS and sections >= _SECTIONS_SHARE * len(linked):
            found.update(id(blocks[at]) for at in linked)
        found.update(_linked_among_own(blocks, positions))
    return found


def _headings_set_alike(blocks: list[Block]) -> list[list[int]]:
    """The positions of the headings, grouped by how they are set: the same tag and class in the same element."""
    alike: dict[tuple, list[int]] = defaultdict(list)
    for at, block in enumerate(blocks):
        if block.kind == "heading" and block.element is not None:
            element = block.element
            alike[(element.tag, element.get("class"), element.getparent())].append(at)
    return list(alike.values())


def _linked_among_own(blocks: list[Block], positions: list[int]) -> set[int]:
    """Ids of the linked headings at `positions` (headings set alike) each alone among unlinked ones and between the
    first and last of those, where two or more of the unlinked head sections of the writer's prose: a section the text
    names by a link to what it reports on ("<h4><a>Password Manager</a></h4>" among a report's "<h4>Performance</h4>").
    A box of other stories heads its teasers in a run of linked headlines, in an element of its own or after the
    text's last section."""
    linked = [blocks[at].link_density > _LINKED_SHARE for at in positions]
    if not any(linked):
        return set()  # most groups: the sections under them need no reading
    unlinked = [at for at in positions if not blocks[at].link_chars]
    if sum(1 for at in unlinked if _prose_under(blocks, at) >= _SECTION_PROSE_CHARS) < _OWN_SECTIONS:
        return set()
    return {id(blocks[at]) for n, at in enumerate(positions)
            if linked[n] and unlinked[0] < at < unlinked[-1] and not linked[n - 1] and not linked[n + 1]}


def headings_over_own_prose(blocks: list[Block]) -> set[int]:
    """Ids of the unlinked headings with a section of the writer's prose under them: the text's own subheadings,
    even when a box beside the text links a page of the same name (a post heading a section "Jane Doe - Live" over
    its paragraphs, a related-events card linking that event)."""
    return {id(block) for at, block in enumerate(blocks)
            if block.kind == "heading" and not block.link_chars and _prose_under(blocks, at) >= _SECTION_PROSE_CHARS}


def _prose_under(blocks: list[Block], at: int) -> int:
    """Characters of the writer's prose between the heading at `at` and the next heading."""
    chars = 0
    for block in islice(blocks, at + 1, None):
        if block.kind not in _PROSE_KINDS:
            break
        if block.link_density <= PROSE_LIST_LINK_SHARE:
            chars += block.chars
    return chars
