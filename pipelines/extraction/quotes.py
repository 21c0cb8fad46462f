"""Find quotes set with their attribution ("“Explicit is better than implicit.”" / "– Tim Peters")."""
from __future__ import annotations

import re

from .blocks import Block, is_whole_element
from .text import text_of

# An attribution: a dash and a name or a source ("– Anna Berg", "— The Zen of Python, by Tim Peters").
_ATTRIBUTION = re.compile(r"^[-–—―]{1,2} ?[^\W\d_]")
# The quoted line ends as a sentence or on its closing quotation mark.
_QUOTE_END = re.compile(r"[.!?…\"”»’]$")
# An attribution names its source in a line; longer, a dash opens a sentence of the text.
_ATTRIBUTION_CHARS = 80
# A quote set with its attribution is a line or a few (an epigraph, a verse, a motto).
_QUOTE_LINES = 4


def quote_attributions(blocks: list[Block]) -> set[int]:
    """The lines of a quote and the attribution closing it, in an element of their own (a <blockquote>, a box of
    lines, a paragraph set in lines with <br>): however short, the quote and whom it is by are the writer's text,
    where a dash and a name after the text's paragraphs sign it off. A signature alone in its element quotes
    nothing."""
    found: set[int] = set()
    for position, block in enumerate(blocks):
        if block.kind not in ("p", "text") or block.link_chars or block.chars >= _ATTRIBUTION_CHARS \
                or not _ATTRIBUTION.match(block.text) or block.element is None:
            continue
        holder = block.element.getparent() if is_whole_element(block) else block.element
        if holder is None:
            continue
        quote = []
        for earlier in reversed(blocks[max(position - _QUOTE_LINES, 0):position]):
            if earlier.kind not in ("p", "text") or earlier.element is None \
                    or (earlier.element is not holder and earlier.element.getparent() is not holder):
                break
            quote.insert(0, earlier)
        if not quote or not _QUOTE_END.search(quote[-1].text) or _ATTRIBUTION.match(quote[-1].text):
            continue
        # The element holds the quote and its attribution and nothing else: a post's body holds more.
        if _bare(text_of(holder)) != _bare("".join(b.text for b in (*quote, block))):
            continue
        found |= {id(b) for b in (*quote, block)}
    return found


def _bare(text: str) -> str:
    """The text without its spacing, which lines set as elements of their own may lack."""
    return "".join(text.split())
