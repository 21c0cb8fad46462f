"""A how-to's numbered step headings ("Step 1", "Schritt 2", "Étape 3"): short lines set alike, each over a paragraph
of its steps, the numbers running on by one. A theme sets them as a styled line, not a heading element."""
from __future__ import annotations

import re

from .ancestry import set_alike
from .blocks import Block
from .line_patterns import FURNITURE_LINE
from .prose_lines import SHORT_LINE_CHARS, is_prose_line
from .text import fold

# A word or two naming the step, then its number ("Step 1", "Tip #2:", "Krok 3.").
_NUMBERED_LINE = re.compile(r"^([^\W\d_]+(?: [^\W\d_]+)?) #?(\d{1,2})[.:)]?$")
# Steps in a row it takes to be a how-to's: two numbered lines may be a pager's or a gallery's.
_STEPS = 3


def step_headings(blocks: list[Block]) -> set[int]:
    """Ids of the numbered lines over prose that run on by one under the same word, set alike: a how-to's steps,
    unlike a short label loose between paragraphs (a gallery's "Photo 2", a lone "Part 1")."""
    runs: list[list[tuple[Block, int]]] = []
    for block, after in zip(blocks, blocks[1:]):
        numbered = _numbered(block)
        if numbered is None or not is_prose_line(after):
            continue
        word, number = numbered
        run = next((r for r in runs if _numbered(r[-1][0])[0] == word and r[-1][1] + 1 == number
                    and set_alike(r[-1][0].element, block.element)), None)
        if run is None:
            runs.append([(block, number)])
        else:
            run.append((block, number))
    return {id(block) for run in runs if len(run) >= _STEPS for block, _ in run}


def _numbered(block: Block) -> tuple[str, int] | None:
    if block.kind not in ("p", "text") or block.element is None or block.link_chars \
            or block.chars >= SHORT_LINE_CHARS or FURNITURE_LINE.search(block.text):
        return None
    found = _NUMBERED_LINE.match(block.text)
    return (fold(found[1]), int(found[2])) if found else None
