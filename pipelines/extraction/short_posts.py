"""The whole text of a dated post that is a line or two under its headline ("Join us in May.", "Details to
follow"): its unlinked lines, but the date line, labels and fields; where no container holds enough prose, the lines
of the headline's own box, a subheading or two alone in the post's text element, or what a headline-less post's one
wrapper holds."""
from __future__ import annotations

from .ancestry import within
from .blocks import Block
from .container_scores import TEXT_KINDS
from .line_patterns import FULL_STOP, WORD
from .own_post import marks_own_entry, wraps_own_post
from .stamp_lines import is_stamp
from .text import fold

# A line of a post shown with no headline says this much besides its links ("UC Health Insider" under a linked title).
_OWN_LINE_CHARS = 10
# The headline's own box: its parent, or an element this many levels up from it.
_HEADLINE_BOX_LEVELS = 3


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


def short_post_under_headline(blocks: list[Block], title: str | None,
                              page_days: frozenset[str] | set[str]) -> list[Block]:
    """The lines a dated post shows under its own headline when no element outweighs the page's furniture: a post of
    a line or two ("Join us in May." over "Details to follow"). Only lines in the headline's own box (its parent, a few
    levels up at most) count: the page's lines further off are the theme's."""
    wanted = fold(title or "")
    at = next((i for i, b in enumerate(blocks) if b.kind == "title" and wanted and fold(b.text) == wanted), None)
    if at is None:
        return []
    lines = lines_of_a_short_post(blocks[at + 1:], page_days)
    holder = blocks[at].element
    for _ in range(_HEADLINE_BOX_LEVELS):
        holder = holder.getparent()
        if holder is None or holder.tag == "body":
            break
        own = [b for b in lines if within(b.element, holder)]
        if own:
            return own
    return []


def headings_alone_in_text(blocks: list[Block], title: str | None,
                           page_days: frozenset[str] | set[str] = frozenset()) -> list[Block]:
    """A dated post whose whole text is a subheading or two ("#### Currently no open positions" in Markdown), set in
    the page's one element marked as the post's text ("post-content", itemprop="articleBody"), far from a headline set
    in the theme's banner: those lines are the post, not labels. Where the theme marks no post's element, the box of
    the page's own headline holds the post under its date line (a static generator's `<div><h1>..<p>date<p><h2>`).
    A heading that links, repeats the title or is a word is no such text; an element holding lines of other kinds is
    judged by them."""
    wanted = fold(title or "")
    marked = {}
    for block in blocks:
        element = next((a for a in block.element.iterancestors() if marks_own_entry(a)), None) \
            if block.element is not None and block.chars else None
        if element is not None:
            marked.setdefault(id(element), []).append(block)
    if len(marked) > 1:
        return []
    # Under the date line, an <h1> is the post's line set big, the headline being above it.
    inside, kinds = (next(iter(marked.values())), ("heading",)) if marked \
        else (_under_own_headline(blocks, page_days), ("heading", "title"))
    if not inside or not all(b.kind in kinds and not b.link_chars and len(WORD.findall(b.text)) >= 2
                             and fold(b.text) != wanted for b in inside):
        return []
    return inside


def _under_own_headline(blocks: list[Block], page_days) -> list[Block]:
    """The lines after the page's date line inside the box it shares with the headline right above it (never
    <body>)."""
    lines = [b for b in blocks if b.chars and b.element is not None]
    at = next((i for i, b in enumerate(lines) if i and lines[i - 1].kind == "title" and is_stamp(b, page_days)), None)
    if at is None:
        return []
    box = lines[at].element.getparent()
    if box is None or box.tag == "body" or not within(lines[at - 1].element, box):
        return []
    return [b for b in lines[at + 1:] if within(b.element, box)]


def unheaded_post(blocks: list[Block]) -> list[Block]:
    """The blocks of a dated post whose theme shows no headline (it is only in <title> and the listing's teaser) and
    whose text is a line or two, too short or too linked to weigh as prose: what the page's one post wrapper
    (<article>, a CMS's node) holds. Where one of its parts holds most of its text and the others only lines that are
    no sentences (a subtitle, the tags), that part is the text. A wrapper holding a heading is judged by it, and two
    wrappers are a listing's teasers."""
    entries = {id(entry): entry for entry in (_outermost_wrapper(b.element) for b in blocks if b.kind in TEXT_KINDS)
               if entry is not None}
    if len(entries) != 1:
        return []
    entry = next(iter(entries.values()))
    inside = [b for b in blocks if within(b.element, entry)]
    if any(b.kind in ("title", "heading") for b in inside):
        return []
    parts = [part for part in entry if any(within(b.element, part) for b in inside)]
    main = max(parts, key=lambda part: sum(b.chars for b in inside if within(b.element, part)), default=None)
    header = [b for b in inside if main is not None and not within(b.element, main)]
    if main is not None and all(FULL_STOP.search(b.text) is None for b in header):
        inside = [b for b in inside if within(b.element, main)]
    # A bare address is no text (the post is a link alone): the writer says something of their own.
    return inside if any(b.chars - b.link_chars >= _OWN_LINE_CHARS for b in inside) else []


def _outermost_wrapper(element):
    return next((a for a in reversed(list(element.iterancestors())) if wraps_own_post(a)), None)
