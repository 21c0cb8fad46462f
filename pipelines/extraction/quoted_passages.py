"""Passages the writer quotes across paragraphs (a book's blurb, a letter): what heads a part of them heads the quoted
text, not the page."""
from __future__ import annotations

import re

from .blocks import Block

# Double quotation marks in the partners' languages and English ("…", “…”, „…“, «…», »…«); single marks double as
# apostrophes.
_OPENING_MARKS = frozenset('"“„«»')
_CLOSING_MARKS = frozenset('"”“»«')
# What may follow a closing mark at a paragraph's end ('… extensions."', '… sagt er».').
_AFTER_CLOSING = re.compile(r"[\s.,;:!?…)]+$")
_QUOTING_TAGS = frozenset({"blockquote", "q"})


def inside_quotation(blocks: list[Block], start: int, at: int) -> bool:
    """The line at `at` stands in a quoted passage: inside a <blockquote>, or after a paragraph opening a quotation
    mark that no paragraph closes above it, while one closes it before the next heading below."""
    element = blocks[at].element
    if element is not None and any(ancestor.tag in _QUOTING_TAGS for ancestor in element.iterancestors()):
        return True
    open_ = False
    for block in blocks[start:at]:
        if _opens(block.text):
            open_ = True
        elif _closes(block.text):
            open_ = False
    if not open_:
        return False
    for block in blocks[at + 1:]:
        if block.kind in ("heading", "title"):
            return False
        if _closes(block.text):
            return True
    return False


def _opens(text: str) -> bool:
    text = text.strip()
    return text[:1] in _OPENING_MARKS and not _closes(text)


def _closes(text: str) -> bool:
    text = _AFTER_CLOSING.sub("", text.strip())
    return len(text) > 1 and text[-1] in _CLOSING_MARKS
