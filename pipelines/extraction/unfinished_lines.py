"""Lines of the writer's that end on a colon with nothing after them where the page sets them: read before pruning,
so the edge trim can tell them from the label of a box that pruning took."""
from __future__ import annotations

from .text import text_of

# The attribute marking such a line, read by the body's edge trim (text_edges).
ENDS_UNFINISHED = "data-ends-unfinished"


def mark_unfinished_lines(root) -> None:
    """Mark each unlinked <p> ending on a colon that is the last thing its parent holds ("Adaptation and translation:"
    closing the post, a credit whose name was never filled in). A box's label ("Share:", "Read also:") has its box
    after it, in its own element or beside it; this line has nothing, so what it introduces was never on the page.
    A <p> followed by anything (an element, text) or holding a link is left as it is."""
    for paragraph in root.iter("p"):
        if (paragraph.tail and paragraph.tail.strip()) \
                or any(isinstance(after.tag, str) for after in paragraph.itersiblings()) \
                or paragraph.find(".//a") is not None:
            continue
        if text_of(paragraph).rstrip().endswith(":"):
            paragraph.set(ENDS_UNFINISHED, "")
