"""The writer's field list: facts given as a run of labelled lines ("Name: <a>Anna Berg</a>", "Organization: <a>...</a>",
"Project: <a>...</a>"), each value linked to where it is told about."""
from __future__ import annotations

import re

from .blocks import Block
from .closing_labels import labelled_line
from .line_patterns import FURNITURE_LINE
from .text import fold

# A list of facts names three of them at least; two labelled links may be a box's pair ("Source: ...", "Via: ...").
_FIELDS = 3
_LABEL = re.compile(r"^([^:]+):")
_WRITERS_LINES = ("p", "li")


def field_list_lines(blocks: list[Block], host: str) -> set[int]:
    """Ids of the lines of each run of `_FIELDS` or more labelled lines set alike, one after another in one element
    (the points of a list, or paragraphs), each under a label of its own and linking, if at all, to other sites or to
    an address to write to (closing_labels.labelled_line): the writer's facts opening or closing the text, however
    linked. A post's meta box labels its author, category and tags with links to the site's own pages, or names
    itself as furniture."""
    found: set[int] = set()
    run: list[Block] = []
    for block in [*blocks, None]:
        if block is not None and run and _continues(run[-1], block) and _is_field(block, host):
            run.append(block)
            continue
        if len(run) >= _FIELDS and len({fold(_LABEL.match(b.text).group(1)) for b in run}) == len(run):
            found |= {id(b) for b in run}
        run = [block] if block is not None and _is_field(block, host) else []
    return found


def _is_field(block: Block, host: str) -> bool:
    """A labelled line set as an editor sets the writer's lines, a paragraph or a list's point: a widget's facts
    (a company's site, founding date and funding beside a news story) come in a template's <div>s and <span>s.
    The label, anchored at the line's start, is asked for before the furniture words are sought through the whole
    line: most lines of a text have no label, and a long page has thousands of them."""
    return block.kind in ("p", "text", "item") and block.element is not None \
        and block.element.tag in _WRITERS_LINES and labelled_line(block, host) and not FURNITURE_LINE.search(block.text)


def _continues(previous: Block, block: Block) -> bool:
    """The block is set as the one before it: the same kind, in the next point of the same list or the next element
    of the same holder."""
    return block.kind == previous.kind and _line_of(block.element).getprevious() is _line_of(previous.element)


def _line_of(element):
    """The list point (<li>) holding the element when it is a point's paragraph (<li><p>...</p></li>), else itself."""
    parent = element.getparent()
    return parent if parent is not None and parent.tag == "li" else element
