"""A press release's end mark ("###", "-30-"): no words of the text, and what the sender sets under it is the
release's."""
from __future__ import annotations

import re

from .blocks import Block

# The mark a press release ends on, alone on its line ("###", "# # #", "-30-", "- END -"): no words of the text. What
# the sender sets under it (who they are, whom the press may call, notes to editors) is part of the release as sent.
_RELEASE_END_MARK = re.compile(r"^(?:#\s?#\s?#|-\s?30\s?-|-\s?(?:END|ENDS|End|Ends)\s?-)$")


def without_release_marks(blocks: list[Block], start: int) -> list[Block]:
    """The blocks less a press release's end marks after the headline."""
    return blocks[:start] + [b for b in blocks[start:]
                             if not (b.kind in ("p", "text") and _RELEASE_END_MARK.match(b.text.strip()))]


def lines_under_release_mark(blocks: list[Block]) -> set[int]:
    """Ids of the lines a press release's sender sets under its end mark, in the element holding the mark (the
    release's number and serial line, "PR 13-120 06/19/13 ISSN 0731-3527", a contact): the release as sent, however
    short or dated. What stands elsewhere on the page is the site's."""
    marks = [i for i, b in enumerate(blocks) if b.kind in ("p", "text") and b.element is not None
             and _RELEASE_END_MARK.match(b.text.strip())]
    if not marks:
        return set()
    holder = blocks[marks[-1]].element.getparent()
    return {id(b) for b in blocks[marks[-1] + 1:]
            if b.kind in ("p", "text") and b.element is not None and b.element.getparent() is holder}
