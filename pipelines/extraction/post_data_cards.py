"""A post's data card: a box of labelled fields restating the page's own headline and day ("Title: <headline>",
"Date Posted: 2016-12-15", "Posted By: <name>", "Category: News"), which some blog themes print under the text. It
says what the page is, as its <title> and byline do; none of it is the writer's text, however long its lines run
when the post itself holds a picture alone or a line or two."""
from __future__ import annotations

import re

from .blocks import Block
from .dates import find_date
from .text import fold, lines_at_breaks

# "Label: value" on a line of its own, the label a few words: a field of the card.
_FIELD = re.compile(r"^[^:：\n]{1,30}[:：]\s*(?P<value>\S.*)$")
_FIELDS = 3


def post_data_cards(blocks: list[Block], title: str | None) -> set[int]:
    """Ids of the blocks of `blocks` (the body's, in order) that are such a card, with the heading labelling it in
    its own box ("Meta Data" over the fields). A card is a paragraph of lines set apart by <br>s, each a labelled
    field, at least three, one giving the page's title whole and one a day. Its day may be another than the one the
    page is dated by (a post first printed elsewhere, its text naming that day)."""
    wanted = fold(title or "")
    if not wanted:
        return set()
    found: set[int] = set()
    for i, block in enumerate(blocks):
        if block.kind not in ("p", "text") or block.element is None or block.link_density > 0.5:
            continue
        # The lines split off one element at <br><br> are blocks of their own, each reading the whole element: once.
        values = block.readings.of(_field_values, block.element)
        if values is None or not any(fold(value) == wanted for value in values) \
                or not any(find_date(v) for v in values):
            continue
        found.add(id(block))
        above = blocks[i - 1] if i else None
        if above is not None and above.kind == "heading" and above.element is not None \
                and above.element.getparent() is block.element.getparent():
            found.add(id(above))
    return found



def _field_values(element) -> list[str] | None:
    """The values of the element's lines when each is a labelled field and there are enough of them; else None."""
    lines = lines_at_breaks(element)
    if len(lines) < _FIELDS:
        return None
    values = []
    for line in lines:
        field = _FIELD.match(line)
        if field is None:
            return None
        values.append(field.group("value"))
    return values
