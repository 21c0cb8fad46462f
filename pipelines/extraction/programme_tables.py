"""A programme set as a table: rows led by a cell holding a time or a span of times ("09:30-09:40", "16.15 - 17.00")
beside what happens then and who speaks. Its cells are the text's lines however short: the times are the point of
the table, and so are a break's one word ("Apéro") and a speaker's name alone."""
from __future__ import annotations

import re

from .ancestry import CELL_DEPTH, enclosing
from .blocks import Block
from .line_patterns import WORD
from .prose_lines import PROSE_LIST_LINK_SHARE

# A few rows led by their times make a programme; one or two may be a table of anything that names an hour.
PROGRAMME_ROWS = 3
_CLOCK = r"(?:[01]?\d|2[0-3])[.:][0-5]\d"
# A cell of a time alone or a span of times, with a dash or a word between and the hour's unit after.
_TIME_CELL = re.compile(rf"{_CLOCK}(?:\s*(?:[-–—]|to|bis|à)\s*{_CLOCK})?(?:\s*(?:Uhr|h|am|pm|AM|PM|a\.m\.|p\.m\.))?")


def programme_table_cells(blocks: list[Block]) -> set[int]:
    """Ids of the blocks of every table with a few rows whose first cell is a time and whose other cells say what
    happens then; a table mostly of links (a box of other events) is not the text's programme."""
    rows_by_table: dict = {}
    for block in blocks:
        row = enclosing(block.element, "tr", CELL_DEPTH)
        if row is not None:
            rows_by_table.setdefault(row.getparent(), {}).setdefault(row, []).append(block)
    cells: set[int] = set()
    for rows in rows_by_table.values():
        timed = [row_blocks for row_blocks in rows.values() if _led_by_a_time(row_blocks)]
        table_blocks = [b for row_blocks in rows.values() for b in row_blocks]
        if len(timed) >= PROGRAMME_ROWS \
                and sum(b.link_chars for b in table_blocks) < PROSE_LIST_LINK_SHARE * sum(b.chars for b in table_blocks):
            cells |= {id(b) for b in table_blocks}
    return cells


def _led_by_a_time(row_blocks: list[Block]) -> bool:
    return _TIME_CELL.fullmatch(row_blocks[0].text.strip()) is not None \
        and any(WORD.search(b.text) for b in row_blocks[1:])
