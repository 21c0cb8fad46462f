"""Where the container's text runs: from under its headline (or the writer's paragraphs set right above it) to the
writer's box after it."""
from __future__ import annotations

from .blocks import Block
from .heading_lines import headings_set_alike, heads_author_box, set_as_heading
from .line_patterns import WORD
from .prose_lines import LONG_PARAGRAPH, is_long_paragraph
from .quoted_passages import inside_quotation
from .stamp_lines import is_stamp
from .text import fold

# Paragraphs above an <h1> that make it a heading within the text: more than a standfirst or a teaser's excerpt.
_PROSE_ABOVE_HEADLINE = 500
# A paragraph set right above the headline in the headline's own box is the writer's opening when it says this much in
# its own words, unlinked: a kicker, a category label or a date line says a few.
_INTRO_ABOVE_WORDS = 10


def after_headline(blocks: list[Block], title: str | None, headline_above: bool = False) -> int:
    """Index just after the headline when the container holds it: category labels and contacts sit above.
    Under the page's own headline (`headline_above`) an <h1> after a line of text heads a part of it, however
    short or linked the line above (a pull quote, a link to the post it follows): editors offer <h1> as a heading
    style."""
    wanted = fold(title or "")
    prose = 0
    opened = False  # a line of text stands above
    for index, block in enumerate(blocks):
        if block.kind == "p" and block.link_density < 0.35:
            prose += block.chars
        opened = opened or block.kind in ("p", "text", "quote")
        # An <h1> of signs alone ("::", "* * *", a Markdown line the converter took for a heading's underline) names
        # nothing: no headline.
        if block.kind != "title" or not any(char.isalnum() for char in block.text):
            continue
        own = bool(wanted) and fold(block.text) == wanted
        # A linked <h1> heads a teaser of another article (some CMSs set every teaser title in <h1>), unless it
        # shows the page's own title (blogs link the headline to the post's permalink or shortlink).
        if block.link_density <= 0.5 or own:
            # A headline set after all the text (a second <h1> at the foot for search engines) opens nothing, and
            # an <h1> after paragraphs of the text heads a part of it (HTML lets each section have its own <h1>).
            if all(b.kind in ("title", "heading") for b in blocks[index + 1:]) \
                    or ((prose >= _PROSE_ABOVE_HEADLINE or (headline_above and opened)) and not own):
                return 0
            return _intro_above(blocks, index) if own else index + 1
    return 0


def _intro_above(blocks: list[Block], at: int) -> int:
    """Where the text opens over the page's own headline at `at`: at the paragraphs of the writer's set right above it
    in its own box (a static generator's post whose Markdown opens on its excerpt, the `# Headline` below it), else
    under it."""
    box = blocks[at].element.getparent() if blocks[at].element is not None else None
    start = at
    while start and box is not None and _intro_line(blocks[start - 1], box):
        start -= 1
    return start if start < at else at + 1


def _intro_line(block: Block, box) -> bool:
    return block.kind == "p" and not block.link_chars and block.element is not None \
        and block.element.getparent() is box and len(WORD.findall(block.text)) >= _INTRO_ABOVE_WORDS \
        and not is_stamp(block)


def author_box(blocks: list[Block], start: int) -> int:
    """Where the writer's box after the text begins (its heading), or the end: the bio below runs as long as a
    paragraph, yet it is the site's card for the writer (repeated under their every post, and too long for the
    repeated-box rule). Not one inside a passage the writer quotes (a book's blurb names its author)."""
    seen_text = False
    for i in range(start, len(blocks)):
        if seen_text and heads_author_box(blocks[i]) and not _text_runs_on_after(blocks, i) \
                and not inside_quotation(blocks, start, i):
            return i
        seen_text = seen_text or (blocks[i].kind in ("p", "text") and blocks[i].chars >= LONG_PARAGRAPH)
    return len(blocks)


def _text_runs_on_after(blocks: list[Block], heading_at: int) -> bool:
    """A heading set as the one naming the writer ("About the author": the same tag and class, in the same element)
    heads a paragraph of prose further down: the text runs on in sections, the writer's introduction is one of them
    (a student's report: who they are, then the project). A site's box for the writer closes the text."""
    heading = blocks[heading_at]
    if heading.element is None:
        return False
    later = [j for j in range(heading_at + 1, len(blocks)) if set_as_heading(blocks[j])
             and blocks[j].element is not None and headings_set_alike(blocks[j], heading)]
    # Prose, not a link long only by its address ("Further reading: <https://...>").
    return any(is_long_paragraph(b) and b.element is not None
               and b.element.getparent() is heading.element.getparent()
               for j in later for b in blocks[j + 1:])
