"""The label of a summary box between the lead and the text ("In short", "Key points", "On this page:") goes.

Some sites set a box under the standfirst: a two-word heading over a few bullet points or links. The points are the
writer's summary and stay; the heading names the box, as a sidebar's heading does, and is no line of the article.
A subheading of the text itself sits among its paragraphs, or heads one of a series of sections or cards, not alone
in a small box of its own.
"""
from __future__ import annotations

from .ancestry import within
from .blocks import Block

_LABEL_WORDS = 3
# A box this short (heading and points) is a summary or a table of contents, not a section of the text.
_BOX_CHARS = 800
_LEVELS_UP = 3
# A box's paragraph longer than this (visible characters) is a section's text, not a summary's point.
_POINT_CHARS = 120


def without_box_label(blocks: list[Block]) -> list[Block]:
    """`blocks` without a summary box's label right after the lead."""
    if len(blocks) < 3:
        return blocks
    lead, label = blocks[0], blocks[1]
    if lead.kind in ("title", "heading") or not _is_label(label):
        return blocks
    box = _small_box(label, lead, blocks[-1])
    if box is None or not all(_is_point(b) for b in blocks[2:] if within(b.element, box)):
        return blocks
    return [lead, *blocks[2:]]


def _is_label(block: Block) -> bool:
    words = block.text.split()
    return 0 < len(words) <= _LABEL_WORDS and (block.kind == "heading" or block.text.rstrip().endswith(":"))


def _small_box(label: Block, lead: Block, last: Block):
    """The short element holding the label apart from the lead and the text's end: a box of its own (or the wrappers
    left holding the label alone, the box's links dropped as furniture); None when the label has none."""
    box = label.element
    for _ in range(_LEVELS_UP):
        box = box.getparent()
        if box is None or within(lead.element, box) or within(last.element, box) \
                or len("".join(box.text_content().split())) > _BOX_CHARS:
            return None
        if len(box) > 1:
            return None if _one_of_a_series(box) else box
    return box


def _is_point(block: Block) -> bool:
    """A summary's point: a list item, or a line too short to be a section's paragraph."""
    return block.chars <= _POINT_CHARS or any(a.tag in ("ul", "ol") for a in block.element.iterancestors())


def _one_of_a_series(box) -> bool:
    """A box beside another of its kind (tag and class): one of a series of cards or sections, each heading its
    own part, not a box set once under the lead."""
    return any(other is not None and other.tag == box.tag and other.get("class") == box.get("class")
               for other in (box.getprevious(), box.getnext()))
