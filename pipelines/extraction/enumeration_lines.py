"""Data the text closes on set as lines rather than as a list: labels ("Intensity 5:", "＜震度4＞") and lines naming
items after a label ("Kent: Northvale, Eastport, Millbrook"), the names often linked to the site's topic pages. Weighed
one by one each is a short linked line, the shape of furniture; run together in the element of the text's paragraphs,
right under the last of them, they are the text's own list (the places an earthquake shook, a squad's line-up)."""
from __future__ import annotations

import re

from .blocks import Block
from .line_patterns import FULL_STOP, FURNITURE_LINE, WORD
from .text import spaced_text

# "Label: item, item" in Latin or CJK punctuation; a label names its group in a few words.
_LABELLED = re.compile(r"^(?P<label>[^:：]+)[:：]\s*(?P<items>\S.*)$")
_ITEM_SEPARATOR = re.compile(r"\s*[,、，;；]\s*")
_BRACKETED = re.compile(r"^[＜<\[【〈《(（].+[＞>\]】〉》)）]$")
_LABEL_WORDS = 4
# An item is a name of a few words; a clause runs longer.
_ITEM_WORDS = 4
_NOTE_MARKS = "*†‡"
# The list runs over a few lines, one of them naming several items: one labelled line is a tag line or a credit.
_LINES = 2
_ITEMS = 3
# A numbered series' line: a word, the number, maybe a short value after it ("Round 2", "Round 1 18/11/2024").
_SERIES_LINE = re.compile(r"^(?P<word>[^\W\d_]+)\s+(?P<number>\d{1,2})(?:\s+\S+){0,2}$")
_SERIES_LINES = 3


def enumeration_lines(blocks: list[Block]) -> set[int]:
    """Ids of the lines of such a list closing `blocks` (the text's blocks in order): labels and labelled lines of
    items, siblings of the paragraph above them, which ends as a sentence. Labels naming furniture ("Tags:",
    "Filed under:") head no list of the text. So are the lines of a numbered series closing the text (_series_lines)."""
    return _labelled_lines(blocks) | _series_lines(blocks)


def _series_lines(blocks: list[Block]) -> set[int]:
    """A series the writer numbers line by line under the text, one word and the numbers from one on ("Round 1
    18/11/2024" / "Round 2" / "Round 3", a schedule whose days are still to be set), unlinked, siblings of the
    paragraph above them, which ends as a sentence. A pager's or a series' links ("Part 1", "Part 2") link."""
    start = len(blocks)
    while start > 0 and blocks[start - 1].kind in ("p", "text") and not blocks[start - 1].link_chars \
            and _SERIES_LINE.match(blocks[start - 1].text) is not None:
        start -= 1
    run = blocks[start:]
    if start == 0 or len(run) < _SERIES_LINES:
        return set()
    lines = [_SERIES_LINE.match(b.text) for b in run]
    if len({line["word"].casefold() for line in lines}) != 1 \
            or [int(line["number"]) for line in lines] != list(range(1, len(run) + 1)):
        return set()
    above = blocks[start - 1]
    if above.kind not in ("p", "text") or above.element is None or FULL_STOP.search(above.text.strip()) is None:
        return set()
    parent = above.element.getparent()
    if any(b.element is None or b.element.getparent() is not parent for b in run):
        return set()
    return {id(b) for b in run}


def _labelled_lines(blocks: list[Block]) -> set[int]:
    start = len(blocks)
    while start > 0 and (_items_line(blocks[start - 1]) is not None or _label_line(blocks[start - 1])):
        start -= 1
    run = blocks[start:]
    counts = [n for n in map(_items_line, run) if n is not None]
    if start == 0 or len(counts) < _LINES or max(counts) < _ITEMS:
        return set()
    above = blocks[start - 1]
    if above.kind not in ("p", "text") or above.element is None or above.link_chars \
            or FULL_STOP.search(above.text.strip()) is None:
        return set()
    parent = above.element.getparent()
    if any(b.element is None or b.element.getparent() is not parent for b in run):
        return set()
    return {id(b) for b in run}


def _items_line(block: Block) -> int | None:
    """How many items a labelled line names, each linked whole or not at all; None for any other block."""
    if block.kind not in ("p", "text") or block.element is None:
        return None
    found = _LABELLED.match(block.text.strip())
    if found is None or not _names_a_group(found["label"]):
        return None
    items = [item for item in _ITEM_SEPARATOR.split(found["items"].strip()) if item]
    if not items or any(len(item.split()) > _ITEM_WORDS or FULL_STOP.search(item) for item in items):
        return None
    # The label and each item are linked whole or not at all, an item's footnote mark aside ("Northvale*").
    whole = {" ".join(item.split()).rstrip(_NOTE_MARKS) for item in items} | {" ".join(found["label"].split())}
    linked = [spaced_text(a) for a in block.element.iter("a")]
    if any(text and text not in whole for text in linked):
        return None  # a link running over a separator, or inside an item: a sentence's link, a box's button
    return len(items)


def _label_line(block: Block) -> bool:
    """A short unlinked line labelling the next group: "Intensity 4:", "<Intensity 4>"."""
    text = block.text.strip()
    return block.kind in ("p", "text", "heading") and not block.link_chars \
        and (text.endswith((":", "：")) or _BRACKETED.match(text) is not None) \
        and _names_a_group(text.rstrip(":："))


def _names_a_group(label: str) -> bool:
    words = len(WORD.findall(label)) or len(label.split())
    return 0 < words <= _LABEL_WORDS and FURNITURE_LINE.search(label) is None and not label.strip().endswith(".")
