"""The text's own notes: lines opening on a note marker ("[2] <source>", "^1 Excluding ...") that the text cites."""
from __future__ import annotations

import re

from .blocks import Block

# A note opens on its marker: a number in brackets or after a caret ("[2] ...", "[^2] ...", "^2 ...").
_NOTE = re.compile(r"^(?:\[\^?(\d{1,3})\]|\^(\d{1,3})\b)")
# The text cites a note by the same marker inside its words ("... over 40 years[2] hinder ...", "poor^1").
_CITATION = re.compile(r"(?<=\S)\s?(?:\[\^?(\d{1,3})\]|\^(\d{1,3})\b)")
_NOTE_KINDS = ("p", "text", "item")


def own_notes(blocks: list[Block]) -> set[int]:
    """Ids of the writer's note lines: its references, sources and remarks, however short or linked ("[3]
    <a>https://...</a>", "[1] Excluding those who did not answer"). They are notes when the text above cites one of
    them, or when they run numbered from one ("[1] ...", "[2] ...") as a writer lists references under a heading; a
    single marker nothing cites is no evidence of notes."""
    notes: list[Block] = []
    numbers: list[int] = []
    cited: set[str] = set()
    cites_notes = False
    for block in blocks:
        opening = _NOTE.match(block.text) if block.kind in _NOTE_KINDS else None
        if opening is not None:
            number = opening.group(1) or opening.group(2)
            notes.append(block)
            numbers.append(int(number))
            cites_notes = cites_notes or number in cited
        # A note may cite another, and a line of text the notes after it.
        cited |= {m.group(1) or m.group(2) for m in _CITATION.finditer(block.text, opening.end() if opening else 0)}
    numbered = len(numbers) >= 2 and numbers == list(range(1, len(numbers) + 1))
    return {id(note) for note in notes} if cites_notes or numbered else set()
