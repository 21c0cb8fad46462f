"""Where the text ends: the lines after its last long paragraph that stand in the run of its paragraphs
(lines_after_text)."""
from __future__ import annotations

from .blocks import Block, is_whole_element
from .heading_lines import picture_caption
from .line_patterns import FULL_STOP
from .prose_lines import is_sentence_of_text, is_text_after
from .xpaths import HEADING_TAGS

# The element a text set in sections holds each heading's part in.
_SECTION_TAG = "section"


def _last_index(blocks: list[Block], wanted) -> int | None:
    """The index of the last block `wanted` takes, read from the end: the text's last paragraph stands near it, and a
    long page has thousands of blocks before it."""
    return next((i for i in range(len(blocks) - 1, -1, -1) if wanted(blocks[i])), None)


def lines_after_text(blocks: list[Block]) -> tuple[list[Block], object]:
    """The lines after the text's last long paragraph that stand in the run of its paragraphs (siblings of it, or
    lines of the same element, or the lines of the sections after its own in a text set in sections), and the run
    they close in (None, and no lines, when the blocks hold no text)."""
    # The text's last long paragraph, or the list of prose points it closes on, or in a post of a few short lines its
    # last sentence.
    # A closing picture's caption, however long, is the picture's: the lines after it run on beside the paragraphs.
    last = _last_index(blocks, lambda b: b.kind in ("p", "text", "item") and is_text_after(b)
                       and not picture_caption(b))
    if last is None:
        # That sentence may link a few of its words ("The new details of the <a>summer course</a> are online.").
        last = _last_index(blocks, lambda b: is_sentence_of_text(b) and FULL_STOP.search(b.text))
        if last is None:
            return [], None
    paragraph = blocks[last].element
    quote = None
    if blocks[last].kind == "item":
        paragraph = _outermost_list(paragraph)
    elif blocks[last].kind == "p" and paragraph.getparent() is not None and paragraph.getparent().tag == "blockquote":
        # A text closing on a quotation runs on beside the <blockquote>, its attribution line within it too.
        quote = paragraph = paragraph.getparent()
    # Lines of text set in one element (<br>s) run within it; an editor writing a <div> a paragraph runs them along
    # the <div>'s siblings, as <p>s.
    run = paragraph if blocks[last].kind == "text" and not is_whole_element(blocks[last]) else paragraph.getparent()
    # An online editor nests a line in the one before it ("<div class=line>...<div class=line>last</div></div>"):
    # the lines after run on beside the outer one.
    while run is not paragraph and _set_alike_elements(run, paragraph) and run.getparent() is not None:
        run = run.getparent()
    sections = _sections_after(run)
    lines = [block for block in blocks[last + 1:]
             if block.element is paragraph or block.element.getparent() is run
             or (quote is not None and block.element.getparent() is quote)
             or (block.element is run and block.kind == "text") or _signature_bullet(block, run)
             or any(block.element.getparent() is section for section in sections)]
    # The text closes in the section its last line stands in.
    closing = next((section for section in sections if lines and lines[-1].element.getparent() is section), run)
    return lines, closing


def _set_alike_elements(one, other) -> bool:
    """The same tag and the same class: an editor's line classed as such; a bare <div> may wrap the text's lines."""
    return one.tag == other.tag and bool(one.get("class")) and one.get("class") == other.get("class")


def _sections_after(run) -> list:
    """The sections after the one holding the run, when the text is set a <section> a heading (reStructuredText,
    Markdown section plugins): the text runs on in them, its closing lines in the last one. A converter sets the
    text's sections bare, each opening on its heading; a theme classes the boxes it sets after the text (comments,
    related posts)."""
    sections = []
    holder = run if _text_section(run, run) else next((a for a in run.iterancestors(_SECTION_TAG)
                                                       if _text_section(a, a)), None)
    while holder is not None and _text_section(holder, holder):
        sections += [s for s in holder.itersiblings() if _text_section(s, holder)]
        holder = holder.getparent()
    return sections


def _text_section(element, holder=None) -> bool:
    """A bare <section> opening on its heading, or one classed as the section holding the text's last paragraph
    (`holder`): a converter may class each section by its rank ("level2"), and the text runs on in those set alike."""
    return element.tag == _SECTION_TAG and len(element) > 0 and element[0].tag in HEADING_TAGS \
        and (not element.get("class") or (holder is not None and element.get("class") == holder.get("class")))


def _outermost_list(item):
    """The list an item stands in, the outer one of nested lists."""
    holder = item.getparent()
    while holder.getparent() is not None and holder.getparent().tag in ("ul", "ol", "li"):
        holder = holder.getparent()
    return holder


def _signature_bullet(block: Block, run) -> bool:
    """The one item of a list closing the run: Markdown turns a signature typed "- Der Vorstand" into a list."""
    parent = block.element.getparent()
    return block.kind == "item" and parent is not None and parent.getparent() is run and len(parent) == 1
