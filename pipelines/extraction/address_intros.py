"""The writer's line introducing a bare address closing the text ("Further information on the pages:" above
"www.station.example", "Facebook and Twitter:" above the project's profiles, "More at the link" with no colon): the
address stays as the text's closing link, and so does the short line saying what it is, however much it looks like a
box's label."""
from __future__ import annotations

from .blocks import Block
from .line_patterns import FURNITURE_LINE, WORD
from .link_lines import BARE_ADDRESS
from .prose_lines import first_long_paragraph

# An introducing line names the address in a few words; a longer line is a sentence the text keeps anyway.
_INTRO_WORDS = 8


def introduced_addresses(blocks: list[Block]) -> tuple[set[int], set[int]]:
    """Ids of the short unlinked lines closing on a colon, or on a word with no stop (a line typed straight above
    the address it names: "More at the link", "FILMOGRAPHY"), set right above a line that is a bare address, after
    the text's first long paragraph: the writer's, where a box's label ("Follow us:") names furniture; and ids of
    the addresses typed bare (unlinked) under such a line: the text's closing link however short, never a
    teaser's."""
    pairs = _introduced(blocks)
    return {id(line) for line, _ in pairs}, {id(address) for _, address in pairs if not address.link_chars}


def _introduced(blocks: list[Block]) -> list[tuple[Block, Block]]:
    """Each line introducing an address, with the address line under it."""
    first = first_long_paragraph(blocks)
    if first is None:
        return []
    return [(line, after) for line, after in zip(blocks[first + 1:], blocks[first + 2:])
            if line.kind in ("p", "text") and not line.link_chars and _ends_unstopped_or_on_colon(line.text.rstrip())
            and 0 < len(WORD.findall(line.text)) <= _INTRO_WORDS and not FURNITURE_LINE.search(line.text)
            and after.kind in ("p", "text") and BARE_ADDRESS.match(after.text.strip()) is not None]


def _ends_unstopped_or_on_colon(text: str) -> bool:
    return text.endswith(":") or text[-1:].isalpha()
