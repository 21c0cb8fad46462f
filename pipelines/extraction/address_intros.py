"""The writer's line introducing a bare address closing the text ("Further information on the pages:" above
"www.station.example", "Facebook and Twitter:" above the project's profiles): the address stays as the text's
closing link, and so does the short line saying what it is, however much it looks like a box's label."""
from __future__ import annotations

from .blocks import Block
from .line_patterns import FURNITURE_LINE, WORD
from .link_lines import BARE_ADDRESS
from .prose_lines import LONG_PARAGRAPH, is_prose_line

# An introducing line names the address in a few words; a longer line is a sentence the text keeps anyway.
_INTRO_WORDS = 8


def lines_introducing_addresses(blocks: list[Block]) -> set[int]:
    """Ids of the short unlinked lines closing on a colon, set right above a line that is a bare address, after the
    text's first long paragraph: the writer's, where a box's label ("Follow us:") names furniture."""
    first = next((i for i, b in enumerate(blocks) if is_prose_line(b) and b.chars >= LONG_PARAGRAPH), None)
    if first is None:
        return set()
    return {id(line) for line, after in zip(blocks[first + 1:], blocks[first + 2:])
            if line.kind in ("p", "text") and not line.link_chars and line.text.rstrip().endswith(":")
            and 0 < len(WORD.findall(line.text)) <= _INTRO_WORDS and not FURNITURE_LINE.search(line.text)
            and after.kind in ("p", "text") and BARE_ADDRESS.match(after.text.strip()) is not None}
