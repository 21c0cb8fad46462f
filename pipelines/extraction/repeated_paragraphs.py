"""Tell a paragraph shown again on purpose (the writer saying it again, a line linking elsewhere each time) from a
pull quote or a box the page repeats."""
from __future__ import annotations

import re
from collections import Counter
from itertools import islice

from .blocks import PREFORMATTED, Block
from .line_patterns import WORD
from .link_lines import words_beside_links
from .prose_lines import LONG_PARAGRAPH
from .text import fold

# The writer says a paragraph again once ("Send your application to" closing two sections); a short line shown more
# often is a template's ("Click to enlarge" under every picture).
_SAID_AGAIN_TIMES = 2
# A long paragraph the writer may close each of a few sections on; shown more often, it is a template's or filler
# (and weighing each showing against the others would cost the square of their number).
_LONG_SAID_AGAIN_TIMES = 5
# Its showings stand in the same element, or in elements set alike up to this many levels (a builder's rows).
_SAID_AGAIN_HOLDERS = 2
_DIGITS = re.compile(r"\d+")


def shown_again_on_purpose(block: Block, first: Block, blocks: list[Block], shown: Counter) -> bool:
    """`block` shows the words of `first`, an earlier block among `blocks`, again (`shown`: how often each
    `repeat_key` stands among them): a line of its own linking other pages, or the writer saying it again."""
    # A long paragraph may stand more often: the writer closing each section on the same call ("Book by phone and
    # bring the signed insurance form" under each of three offers), where a template repeats a short line.
    times = shown[repeat_key(block)]
    return _links_elsewhere(block, first) or (
        (times <= _SAID_AGAIN_TIMES or (block.chars >= LONG_PARAGRAPH and times <= _LONG_SAID_AGAIN_TIMES))
        and _said_again(block, first, blocks, shown))


def repeat_key(block: Block) -> str:
    """What makes a block the same text shown again: its folded words, but all of a preformatted block's characters
    (two code listings that differ only in brackets and quotes are two listings, not a repeated box)."""
    return block.text if block.kind == PREFORMATTED else fold(block.text)


def _said_again(block: Block, first: Block, blocks: list[Block], shown: Counter) -> bool:
    """A paragraph of words set like its first showing, in the same element: the writer's own words again (a call's
    second section closing as its first: "Send your application to" / the address / "by 15 August."). A pull quote
    or a box shown twice stands in an element of its own, and a standfirst repeated as the first paragraph is set
    apart by its class; a line of marks is a separator.
    Or in elements set alike, with a paragraph of the text shown once between the two (among `blocks`, read only
    then): a page builder's sections closing each on the same funder's line, each section its own row of columns. A
    template showing the article twice repeats all its paragraphs, and a widget's note shown twice (a tooltip per
    button) has none between."""
    if block.kind != "p" or first.kind != "p" or block.element is None or first.element is None \
            or not WORD.search(block.text):
        return False
    if not _same_markup(block.element, first.element):
        return False
    if block.element.getparent() is first.element.getparent():
        return True
    return all(_same_markup(one, other) for one, other in zip(_holders(block.element), _holders(first.element))) \
        and any(b.chars >= LONG_PARAGRAPH and shown[repeat_key(b)] == 1
                for b in _blocks_between(blocks, first, block))


def _links_elsewhere(block: Block, first: Block) -> bool:
    """The same words as an earlier paragraph, some of them the writer's own, linking other addresses ("Read more in
    <a>Development</a>" under each of three papers): a line of its own each time. A pull quote or a box shown twice
    links the same pages again, and a card's button ("<a>Learn more</a>") is all link."""
    if block.kind != "p" or not block.link_chars or not first.link_chars or block.element is None \
            or first.element is None or block.element is first.element or words_beside_links(block) == block.text:
        return False
    return not _addresses(block.element) & _addresses(first.element)


def _addresses(element) -> set[str]:
    return {a.get("href") for a in element.iter("a") if a.get("href")}


def _blocks_between(blocks: list[Block], first: Block, last: Block) -> list[Block]:
    start = next(i for i, b in enumerate(blocks) if b is first)
    end = next(i for i, b in enumerate(blocks) if b is last)
    return blocks[start + 1:end]


def _holders(element) -> list:
    """The element's parent and the one above it, as far as there are."""
    return list(islice(element.iterancestors(), _SAID_AGAIN_HOLDERS))


def _same_markup(element, other) -> bool:
    """Same tag and classes, the numbers a builder gives each of its containers apart ("wp-container-...-layout-2")."""
    return element.tag == other.tag \
        and _DIGITS.sub("", element.get("class") or "") == _DIGITS.sub("", other.get("class") or "")
