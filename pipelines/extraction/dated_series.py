"""A run of short lines each naming another day than the page's and then who or what comes that day: the writer's
dated entries (a series' episodes, a season's dates with their guests), not the page's date line, which a page shows
once and on its own day, nor the stamps of a related-stories box (a day and a time alone)."""
from __future__ import annotations

from .blocks import Block
from .dates import find_date
from .line_patterns import WORD
from .stamp_lines import DATE_LINE_CHARS

# A series is this many such lines at least, each of a day of its own: one or two stray date lines above or below
# the text are a theme's stamps as readily.
_SERIES_LINES = 3
# What the line names after its day: words ("– Anna", "– Anna and Bo"), not a clock time alone; a few, as a name or
# a title is, not a sentence.
_WORDS_AFTER = 8
# Before its day the line says a weekday at most ("Tuesday 6 April").
_WORDS_BEFORE = 1


def other_days_series(blocks: list[Block], page_days: frozenset[str] | set[str]) -> set[int]:
    """Ids of the unlinked short lines naming a day other than the page's, then what comes that day ("Tuesday 6 April
    2021 – Anna"), when the text holds a series of them on as many different days."""
    if not page_days:
        return set()
    lines: dict[int, str] = {}
    for block in blocks:
        if block.kind not in ("p", "text") or block.link_chars or block.chars > DATE_LINE_CHARS:
            continue
        found = find_date(block.text)
        if found is None or found[0][:10] in page_days:
            continue
        before, after = block.text[:found[1]], block.text[found[2]:]
        if len(WORD.findall(before)) <= _WORDS_BEFORE and WORD.search(after) \
                and len(WORD.findall(after)) <= _WORDS_AFTER:
            lines[id(block)] = found[0][:10]
    return set(lines) if len(lines) >= _SERIES_LINES and len(set(lines.values())) == len(lines) else set()
