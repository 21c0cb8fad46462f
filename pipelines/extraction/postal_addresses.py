"""A postal address the text closes on, set in one paragraph a line each ("<b>Firm Ltd</b><br><br>Street 16<br><br>
FI-00100 Town<br><br>Finland<br><br>Phone: ..."): every line of it is the address, the firm's name and the country
too, however much a line of a name or a word alone reads like a label."""
from __future__ import annotations

import re

from .blocks import Block
from .line_patterns import WORD

# A postal code, maybe with its country's letters, then the town ("FI-00100 Helsinki", "10115 Berlin", "111 22
# Stockholm"): the line that makes a paragraph of short lines an address.
_POSTCODE_LINE = re.compile(r"^(?:[A-Z]{1,2}-)?(?:\d{4,5}|\d{3}\s\d{2})\s+[^\W\d_]")
# An address's line names a firm, a street, a town or a way to reach it in a few words; a longer line is text.
_ADDRESS_LINE_WORDS = 8
# A paragraph of the name, street and town at least.
_ADDRESS_LINES = 3


def postal_address_lines(blocks: list[Block]) -> set[int]:
    """Ids of the lines of each paragraph set as a postal address: three short lines or more split off one element, or
    set one a <div> in a row (a text pasted from a mail client), one of them a postal code and town."""
    found: set[int] = set()
    group: list[Block] = []
    for block in [*blocks, None]:
        if block is not None and group and block.element is not None \
                and (block.element is group[0].element or _next_line_element(group[-1], block)):
            group.append(block)
            continue
        if len(group) >= _ADDRESS_LINES and any(_POSTCODE_LINE.match(b.text) for b in group) \
                and all(b.kind in ("p", "text") and len(WORD.findall(b.text)) <= _ADDRESS_LINE_WORDS for b in group):
            found.update(id(b) for b in group)
        group = [block] if block is not None and block.element is not None else []
    return found


def _next_line_element(line: Block, block: Block) -> bool:
    """The block is the whole of the <div> right after the one holding the whole line: the next line of a text pasted
    a line a <div>."""
    element, previous = block.element, line.element
    return element.tag == "div" and previous.tag == "div" and previous.getnext() is element \
        and not (previous.tail or "").strip() and len(element) == 0 and len(previous) == 0
