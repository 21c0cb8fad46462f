"""A description the page's own text run together where its lines broke: spaced again as the page shows it.

A generator filling a post's description from its excerpt may drop the excerpt's line ends with no space in their
place (Jekyll's `strip_newlines`), gluing a subheading to the next sentence ("...a small revolutionIn early
September"); the page shows the same excerpt with its lines apart. The description is read beside that text, character
by character, and takes the page's spaces; one whose words differ from the page's keeps its own.
"""
from __future__ import annotations

import re

# Where a description cut to its length ends: dots or an ellipsis after the last word.
_CUT_MARK = re.compile(r"\s*(?:\.{2,}|…)\s*$")
_SPACES = re.compile(r"\s+")


def spaced_as_shown(description: str, shown_texts: list[str]) -> str:
    """The description with the spaces of the first shown text it opens the same as, spaces aside; else as it is."""
    for shown in shown_texts:
        spaced = _respaced(description, shown)
        if spaced is not None:
            return spaced
    return description


def _respaced(description: str, shown: str) -> str | None:
    cut = _CUT_MARK.search(description)
    # Its own spaces folded first, as the shown text's are: a non-breaking space where the page shows a plain one
    # ("10\u00a0000") is the same space, not a glued point to space again.
    words = _SPACES.sub(" ", description[:cut.start()] if cut else description)
    out: list[str] = []
    i = j = 0
    added = False
    while i < len(words):
        if j < len(shown) and words[i] == shown[j]:
            out.append(words[i])
            i += 1
            j += 1
        elif j < len(shown) and shown[j].isspace():
            out.append(" ")
            added = True
            j += 1
        elif words[i].isspace():
            out.append(words[i])
            i += 1
        else:
            return None
    if not added:
        return None
    return "".join(out) + (description[cut.start():] if cut else "")
