"""The day a writer notes in brackets under their text as its last paragraph ("... in general.</p><p>[December 1st,
2011]</p>"): the text's own closing line, not the page's date stamp."""
from __future__ import annotations

import re

from .blocks import Block
from .date_lines import OTHER_LABEL, UPDATED_LABEL
from .stamp_lines import DATE_LINE_CHARS, is_date_line
from .text_run import lines_after_text

# A note the writer sets in brackets ("[posted March 14th, 2011]", "(May 2, 2011)"): the day and a word at most.
_BRACKETED = re.compile(r"^\s*[\[(](?P<note>[^\[\]()]+)[\])]\s*$")
_BRACKETED_WORDS = 1
# A theme names the element its stamp stands in ("entry-date", "post-meta", "byline", "posted-on", "timestamp",
# "updated"); an editor's paragraph is bare or classed for its looks ("smaller").
_STAMP_CLASS = re.compile(r"date|time|meta|byline|posted|stamp|updat|modif|author|info|publish", re.IGNORECASE)
# The elements a page marks its stamps with, whoever set them.
_STAMP_TAGS = frozenset({"time", "header", "footer", "address"})


def closing_date_notes(blocks: list[Block]) -> set[int]:
    """The ids of the paragraph closing the run of the text's own paragraphs when it is a day in brackets (a word
    such as "posted" with it): the writer noting when they wrote, set among their paragraphs as one of them, bracketed
    as a writer's aside is. A theme's stamp stands in an element of its own (a header, a footer, a box classed as the
    date or the post's meta), names an update or a modification (the page's, not the text's), or is no paragraph; a
    bare date line under the text is read as the page's, as before (test_extraction_day_signature)."""
    lines, run = lines_after_text(blocks)
    if not lines or run is None:
        return set()
    line = lines[-1]
    element = line.element
    if line.kind != "p" or element is None or element.tag != "p" or element.getparent() is not run \
            or line.link_chars or line.chars > DATE_LINE_CHARS or not _day_noted(line.text):
        return set()
    if any(part.tag in _STAMP_TAGS or _STAMP_CLASS.search(part.get("class") or "") or part.get("itemprop")
           for part in element.iter() if isinstance(part.tag, str)):
        return set()
    return {id(line)}


def _day_noted(text: str) -> bool:
    """A day in brackets with a word at most, none naming an update or another record."""
    bracketed = _BRACKETED.match(text)
    if bracketed is None:
        return False
    note = bracketed.group("note")
    return is_date_line(note, other_words=_BRACKETED_WORDS) and UPDATED_LABEL.search(note) is None \
        and OTHER_LABEL.search(note) is None
