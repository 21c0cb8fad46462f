"""The whole text of a dated post that is a line or two under its headline ("Join us in May.", "Details to
follow"): its unlinked lines, but the date line, labels and fields."""
from __future__ import annotations

from .blocks import Block
from .line_patterns import WORD
from .stamp_lines import is_stamp


def lines_of_a_short_post(blocks: list[Block], page_days: frozenset[str] | set[str]) -> list[Block]:
    """The unlinked lines of two words or more under the headline, but the date line, labels ("Categories:") and
    fields: the whole text of a post that is a line or two."""
    return [b for b in blocks if b.kind in ("p", "text", "quote") and not b.link_chars and not is_stamp(b, page_days)
            and len(WORD.findall(b.text)) >= 2 and not b.text.rstrip().endswith(":") and not _set_as_field(b)]


def _set_as_field(block: Block) -> bool:
    """The line is a label and its value side by side, each in an element of its own and no words between them
    ("<span>Venue</span><span>North Hall</span>"): a fact's field or a tag, not a line of the writer's."""
    element = block.element
    if element is None:
        return False
    children = [child for child in element if isinstance(child.tag, str)]
    return len(children) >= 2 and not (element.text or "").strip() \
        and not any((child.tail or "").strip() for child in children)
