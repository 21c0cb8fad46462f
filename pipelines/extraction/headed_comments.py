"""Find readers' comments set with no comment markup: loose blocks after a heading naming them, as older blog engines
(Movable Type, TypePad, early WordPress and Blogger themes) set them."""
from __future__ import annotations

from collections import Counter

from . import xpaths
from .blocks import Block, linearise
from .comment_lines import is_stamp, names_comment_section
from .text import spaced_text

# The headings that may title a comment section: an <h1> is the page's headline.
_SECTION_HEADINGS = tuple(tag for tag in xpaths.HEADING_TAGS if tag != "h1")
# What ends the section: the reply form, or the next heading ("Post a comment", the next part of the page). A heading
# giving a date is a commenter's line ("Ada wrote on May 4:") and ends nothing.
_FORM_TAGS = ("form", "textarea")
# Comments come one after another, each with its commenter's line set alike ("Posted by: Ada at May 4, 2024 9:12 AM",
# <p class="posted">): at least this many such lines, with a comment between each two.
_REPEATED_COMMENTS = 2
# Between each two commenter lines stands a comment; most comments say at least a line of a reader's words.
_PROSE_GAPS_SHARE = 0.5
# A reader's words: a line of a few words that is not a heading, a date or mostly links.
_PROSE_WORDS = 3
_PROSE_KINDS = frozenset({"p", "text", "quote", "item"})


def headed_sections(root, marked) -> list[list]:
    """The comment sections no markup names, in document order: each the heading naming them ("Comments", "12
    Kommentarer") and its siblings after it up to the next heading or form, when those hold commenter lines set alike,
    at least two, with a comment between each two. A section in or around one of the `marked` elements (the
    sections their classes name) is theirs, not one of these."""
    marked = set(marked)
    sections = []
    for heading in root.iter(*_SECTION_HEADINGS):
        if not names_comment_section(spaced_text(heading)):
            continue
        run = [heading, *_section_after(heading)]
        if any(a in marked for a in heading.iterancestors()) or any(el in marked for part in run for el in part.iter()):
            continue
        if _commenter_lines_repeat([b for part in run[1:] for b in linearise(part)]):
            sections.append(run)
    return sections


def _section_after(heading) -> list:
    """The heading's element siblings after it, up to the first that is or holds a form or a heading other than a
    commenter's line."""
    run = []
    for sibling in heading.itersiblings():
        if not isinstance(sibling.tag, str):
            continue  # an HTML comment
        if sibling.tag in _FORM_TAGS or next(sibling.iterdescendants(*_FORM_TAGS), None) is not None:
            break
        if any(not _dated_heading(h) for h in sibling.iter(*xpaths.HEADING_TAGS)):
            break
        run.append(sibling)
    return run


def _dated_heading(heading) -> bool:
    return any(is_stamp(block) for block in linearise(heading))


def _commenter_lines_repeat(blocks: list[Block]) -> bool:
    """The blocks hold at least two commenter lines set alike (one tag and class), a comment between each two."""
    stamps = [i for i, b in enumerate(blocks) if b.element is not None and is_stamp(b)]
    shapes = Counter(_shape(blocks[i].element) for i in stamps)
    if not shapes:
        return False
    shape, count = shapes.most_common(1)[0]
    if count < _REPEATED_COMMENTS:
        return False
    alike = [i for i in stamps if _shape(blocks[i].element) == shape]
    gaps = [blocks[start + 1:end] for start, end in zip(alike, alike[1:])]
    # A comment may be a word or two ("Priceless."); most say more.
    return all(gaps) and sum(any(_is_prose(b) for b in gap) for gap in gaps) >= _PROSE_GAPS_SHARE * len(gaps)


def _shape(element) -> tuple:
    return element.tag, element.get("class")


def _is_prose(block: Block) -> bool:
    return block.kind in _PROSE_KINDS and block.link_density < 0.5 and len(block.text.split()) >= _PROSE_WORDS \
        and not is_stamp(block)
