"""The box closing a post that tells readers how to cite it: a reference to the post itself, its title and its own
address, as a BibTeX record or a formatted citation, under a heading and labels of its own ("Citation", "BibTeX
citation:", "For attribution, please cite this work as:"). A blog generator writes it from the post's metadata
(Quarto's and Distill's appendix, academic themes): nothing of the text."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from .blocks import Block
from .text import fold

# An address written out in the text, up to the white space, brace, quote or bracket closing it.
_ADDRESS = re.compile(r"https?://[^\s{}<>\"“”'\[\]]+")
# A record's braces and the punctuation closing a citation's address ("... /post/.") are no part of either.
_BRACES = re.compile(r"[{}]")
_ADDRESS_END = ".,;:)"
# A label over a citation ("BibTeX citation:", "For attribution, please cite this work as:") or the heading over the
# box ("Citation") says it in a few words.
_LABEL_WORDS = 8


def citation_box_start(blocks: list[Block], title: str | None, url: str) -> int:
    """Where the closing "cite this" box starts among `blocks`, or len(blocks) when they close on none.

    The box is the run of blocks closing the post whose lines each cite the post (its title and its own address
    together) or label them in a few words, with at least one citation; the heading and labels right above its first
    citation open it. A line giving the post's address alone (a permalink, a share line) is left to the rules on such
    lines."""
    own = _address_key(url)
    folded_title = fold(title or "")
    if not own or not folded_title:
        return len(blocks)
    start = len(blocks)
    cited = False
    for index in range(len(blocks) - 1, -1, -1):
        block = blocks[index]
        if _cites_post(block, folded_title, own):
            cited, start = True, index
        elif not _label(block):
            break
    if not cited:
        return len(blocks)
    while start > 0 and _label(blocks[start - 1]) and (blocks[start - 1].kind == "heading"
                                                       or blocks[start - 1].text.rstrip().endswith(":")):
        start -= 1
    return start


def _cites_post(block: Block, folded_title: str, own: str) -> bool:
    return folded_title in fold(_BRACES.sub("", block.text)) \
        and any(_address_key(address.rstrip(_ADDRESS_END)) == own for address in _ADDRESS.findall(block.text))


def _label(block: Block) -> bool:
    return len(block.text.split()) <= _LABEL_WORDS


def _address_key(url: str) -> str:
    """A page's address as its citation gives it: host and path, with no scheme, "www.", index file or final slash."""
    parts = urlsplit(url or "")
    if not parts.netloc:
        return ""
    path = parts.path.removesuffix("index.html").removesuffix("index.htm").rstrip("/")
    return f"{parts.netloc.lower().removeprefix('www.')}{path}"
