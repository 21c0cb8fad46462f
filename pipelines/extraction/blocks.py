"""Linearise an lxml tree into text blocks: each run of inline text with its owner element and link share."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from news_archive.archive.word_measure import CJK

from .ancestry import within
from .element_readings import ElementReadings
from .links import leads_to_picture
from .permalinks import links_own_heading
from .line_patterns import FULL_STOP
from .text import FOLDED_WORD, fold, spaced_text, text_of

BLOCK_TAGS = frozenset({
    "html", "body", "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3",
    "h4", "h5", "h6", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "header", "footer",
    "address", "hr", "center", "details", "summary", "caption", "fieldset", "aside", "nav", "figure", "figcaption",
    "form", "hgroup", "picture",
})
KIND_BY_TAG = {
    "p": "p", "h1": "title", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading",
    "li": "item", "dt": "item", "dd": "item", "blockquote": "quote", "pre": "pre", "td": "cell", "th": "cell",
}
# The kind of a <pre> block: code, program output, a traceback.
PREFORMATTED = KIND_BY_TAG["pre"]
QUOTATION = KIND_BY_TAG["blockquote"]
_MAX_HEADING_CHARS = 150
_MIN_SENTENCE_HEADING_CHARS = 60
# A paragraph of prose says this many words at least and a full stop; a label or a meta line fewer.
_PROSE_WORDS = 12
_TEXT_KINDS = ("p", "text", "quote", "item")  # the blocks a post's text is made of
_SENTENCE_END = re.compile(r"[.!?…][\"”»)]?$")
_SENTENCE_BREAK = re.compile(r"\w[.!?] [A-ZÅÄÖÜ]")
_LINE_BREAK = "\u2028"
# A theme's class for the element it sets the page's headline in, when that is no heading (`<p class="title is-2">`,
# "post-title"); a bar or box named after the headline ("headline-tabbar") only holds it.
_TITLE_CLASS = re.compile(r"(?:^|[-_])(?:title|headline)$", re.IGNORECASE)
# Marks that show nothing: soft hyphens, zero-width spaces and (non-)joiners, byte-order marks; but a joiner between
# two pictographs is part of an emoji sequence (a family, a profession: woman + laptop), which it would split.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_PICTOGRAPH = re.compile("[\u2600-\u27bf\ufe0f\U0001f000-\U0001faff]")
# A link a theme prints escaped, as text ("in &lt;a href="/categories/news/"&gt;news&lt;/a&gt;": a byline's category and
# tag links): a link the reader sees as its markup, no word of the writer's. Within code it is the writer's example.
_PRINTED_LINK = re.compile(r"<a\s[^<>]*href[^<>]*>[^<>]*</a>", re.IGNORECASE)
_CODE_TAGS = frozenset({"code", "kbd", "samp", "tt"})


@dataclass(slots=True)
class Block:
    """One paragraph-like run of text."""

    element: object
    kind: str
    text: str
    link_chars: int
    chars: int
    # A copy of the element as the text reads when a trim cut words off its opening (a theme's stamp): the markup the
    # block renders, the element itself staying in the page's tree for the checks of where the block stands.
    shown: object = None
    # The page's readings of whole elements, shared by the blocks of one tree: the blocks split off one element at
    # <br><br> read its links and text once between them.
    readings: ElementReadings = field(default_factory=ElementReadings, repr=False, compare=False)

    @property
    def link_density(self) -> float:
        return self.link_chars / self.chars if self.chars else 0.0


def is_quoted(block: Block) -> bool:
    """The block sits in a <blockquote>: words the writer quotes (a song's lyrics, a statement), not their own."""
    return block.kind == QUOTATION or (hasattr(block.element, "iterancestors")
                                       and next(block.element.iterancestors("blockquote"), None) is not None)


def is_whole_element(block: Block) -> bool:
    """The block is all the text of its element, not one of the lines the element sets apart with <br>s."""
    return block.readings.of(spaced_text, block.element) == block.text


def links_showing_words(block: Block) -> tuple:
    """The links of the block's element that show words (of all the element's lines, read once for all of them)."""
    return block.readings.of(_links_showing_words, block.element)


def _links_showing_words(element) -> tuple:
    return tuple(a for a in element.iter("a") if text_of(a).strip())


def link_addresses(block: Block) -> tuple[str, ...]:
    """The addresses of all the links of the block's element, as written ("" for none), read once for all its lines."""
    return block.readings.of(_link_addresses, block.element)


def _link_addresses(element) -> tuple[str, ...]:
    return tuple(a.get("href") or "" for a in element.iter("a"))


def linearise(root) -> list[Block]:
    """Blocks in document order; `<br><br>` splits a block into paragraphs."""
    blocks: list[Block] = []
    readings = ElementReadings()
    owners: list = []
    pieces: list[tuple[str, bool]] = []
    link_depth = 0
    anchors: list[int] = []  # what each open <a> added to link_depth, taken off at its end
    # A <pre> is one block however its highlighter wraps its lines (Prism, Docusaurus: a <div> a line): each line
    # alone would read as a short line around the text, furniture, and a closing brace as a sign-off.
    in_pre = False
    code_depth = 0

    def add(text: str) -> None:
        if link_depth > 0:
            pieces.append((text, True))
        elif "</a>" in text and not in_pre and not code_depth:
            pieces.extend(_printed_links(text))
        else:
            pieces.append((text, False))

    def flush() -> None:
        if pieces and owners:
            kind = KIND_BY_TAG.get(owners[-1].tag, "text")
            for text, link_chars in _paragraphs(pieces):
                chars = text_length(text)
                prose = kind == "heading" and heading_reads_as_prose(text, chars)
                blocks.append(Block(owners[-1], "p" if prose else kind, text, link_chars, chars, readings=readings))
        pieces.clear()

    # An element's text and tail are read once each: lxml makes a new string on every read.
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag
        if not isinstance(tag, str):
            if event == "end" and (tail := element.tail):
                add(tail)
            continue
        if event == "start":
            if tag in BLOCK_TAGS and not in_pre:
                flush()
                owners.append(element)
                in_pre = tag == "pre"
            elif tag == "a":
                anchors.append(_counts_as_link(element))
                link_depth += anchors[-1]
            elif tag == "br":
                pieces.append((_LINE_BREAK, False))
            elif tag in _CODE_TAGS:
                code_depth += 1
            if text := element.text:
                add(text)
        else:
            if in_pre and owners[-1] is element:
                in_pre = False
            if tag in BLOCK_TAGS and not in_pre:
                flush()
                owners.pop()
            elif tag in BLOCK_TAGS and pieces and pieces[-1][0] != _LINE_BREAK:
                pieces.append((_LINE_BREAK, False))  # a line's wrapper ends the line
            elif tag == "a":
                link_depth -= anchors.pop()
            elif tag in _CODE_TAGS:
                code_depth -= 1
            if tail := element.tail:
                add(tail)
    flush()
    return blocks


def _printed_links(text: str):
    """The text's pieces, each link printed as markup one counted as a link."""
    at = 0
    for printed in _PRINTED_LINK.finditer(text):
        if printed.start() > at:
            yield text[at:printed.start()], False
        yield printed.group(), True
        at = printed.end()
    if at < len(text):
        yield text[at:], False


def _counts_as_link(anchor) -> int:
    """1 for a link to another page; 0 for text linked to a picture (blog editors wrap a picture and the words
    beside it in a link to the full-size image: those words are the post's, not a way elsewhere), for an
    <a> with no href, which HTML makes a placeholder that leads nowhere (editors leave them around pasted text),
    and for a heading's permalink to itself (Markdown generators link a heading's words to its own id)."""
    href = anchor.get("href")
    return 0 if href is None or leads_to_picture(href) or links_own_heading(anchor, href) else 1


def heading_reads_as_prose(text: str, chars: int) -> bool:
    """A heading as long as a paragraph, or one whole sentence, is text set in heading type (page builders do that)."""
    if chars > _MAX_HEADING_CHARS:
        return True
    return (chars >= _MIN_SENTENCE_HEADING_CHARS and len(text.split()) >= 8
            and (_SENTENCE_END.search(text) is not None or _SENTENCE_BREAK.search(text) is not None))


def reads_as_prose(paragraph) -> bool:
    """A paragraph of prose: a sentence of a dozen words or more, not a label or a meta line."""
    prose = spaced_text(paragraph)
    return len(FOLDED_WORD.findall(prose)) >= _PROSE_WORDS and FULL_STOP.search(prose) is not None


def decks_as_text(blocks: list[Block], title: str | None) -> list[Block]:
    """An <h1> below the page's headline `title`, longer than any heading and written in sentences, is a paragraph
    set in headline type (a deck typed as <h1>): the text's, as set in <p> or <h2>. A logo, the headline or a
    teaser's title runs shorter, in a sentence at most. A paragraph the theme names a title (`<p class="title">` in a
    Bulma hero) showing the headline whole is the headline: weighed as prose, it would outweigh a post of one line."""
    wanted = fold(title or "")
    for block in blocks:
        if block.kind == "p" and wanted and fold(block.text) == wanted \
                and any(_TITLE_CLASS.search(name) for name in (block.element.get("class") or "").split()):
            block.kind = "title"
    headline = next((i for i, b in enumerate(blocks) if b.kind == "title" and wanted and fold(b.text) == wanted), None)
    if headline is None:
        # A theme heading its posts with an <h2> shows the headline in it: the <h1>s under it are the text's, as they
        # are under an <h1> headline (a post's Markdown "# Part two" under the theme's <h2>).
        headline = next((i for i, b in enumerate(blocks) if b.kind == "heading" and wanted and fold(b.text) == wanted),
                        None)
    if headline is None:
        return blocks
    for block in blocks[headline + 1:]:
        if block.kind == "title" and block.chars > _MAX_HEADING_CHARS and _SENTENCE_BREAK.search(block.text) \
                and fold(block.text) != wanted:
            block.kind = "p"
    subtitle = _subtitle_under(blocks[headline + 1:], wanted)
    if subtitle is not None:
        subtitle.kind = "heading"
    for block in _sections_headed_in_h1(blocks[headline + 1:], wanted):
        block.kind = "heading"
    return blocks


def _sections_headed_in_h1(after: list[Block], wanted: str) -> list[Block]:
    """The <h1>s below the page's headline that sit among the text's own paragraphs, in the element holding the
    paragraph above and the one below: the text's section headings, which HTML lets each section set in <h1> (a post's
    Markdown "# Part two"), weighed as an <h2> is. A teaser's or the next post's <h1> sits in an element of its own
    (a box of other stories, the next <article>) and a linked one heads another page. <h1>s in a row head nothing: a
    Markdown text's "#hashtag" lines."""
    found = []
    for at, block in enumerate(after):
        if block.kind != "title" or block.link_density > 0.5 or fold(block.text) == wanted:
            continue
        if (at and after[at - 1].kind == "title") or at + 1 == len(after) or after[at + 1].kind == "title":
            continue
        holder = block.element.getparent()
        above = next((b for b in reversed(after[:at]) if b.kind in _TEXT_KINDS), None)
        below = next((b for b in after[at + 1:] if b.kind in _TEXT_KINDS), None)
        if holder is not None and below is not None and within(below.element, holder) \
                and (_opens_own_section(block.element)
                     or (above is not None and within(above.element, holder))):
            found.append(block)
    return found


def _opens_own_section(heading) -> bool:
    """Whether `heading` is the first thing in a <section> of its own, as a generator sets each part of a text
    (Pandoc, Quarto, R Markdown wrap every "# Part" with its paragraphs in one): it heads that part, the first part
    too, which no paragraph of the text precedes."""
    section = heading.getparent()
    return section is not None and section.tag == "section" and not (section.text or "").strip() \
        and next((c for c in section if isinstance(c.tag, str)), None) is heading


def _subtitle_under(after: list[Block], wanted: str) -> Block | None:
    """The <h1> between the page's headline and its text, with only short lines (the date line, a byline) above it:
    the post's subtitle, which its editor typed in headline type ("<h1>Form and function</h1>" opening the text under
    the theme's <h1>). It heads the text as a subtitle set in <h2> does. A linked <h1> heads another post's teaser, and
    one after the text's first paragraph a part of the text."""
    for block in after:
        if block.kind == "title":
            if block.chars and block.link_density <= 0.5 and fold(block.text) != wanted \
                    and any(b.kind in _TEXT_KINDS for b in after[after.index(block) + 1:]):
                return block
            return None
        if block.kind != "text" or block.chars > _MAX_HEADING_CHARS:
            return None
    return None


def _paragraphs(pieces: list[tuple[str, bool]]):
    """Join inline pieces, starting a new paragraph at two line breaks with only whitespace between."""
    parts: list[str] = []
    link_chars = 0
    breaks = 0
    for text, is_link in pieces:
        if text == _LINE_BREAK:
            breaks += 1
            if breaks == 2:
                yield from _finished(parts, link_chars)
                parts, link_chars = [], 0
            parts.append(" ")
            continue
        if text.strip():
            breaks = 0
            if is_link:
                link_chars += text_length(text)
        parts.append(text)
    yield from _finished(parts, link_chars)


def _without_invisible(text: str) -> str:
    return _INVISIBLE.sub(lambda mark: mark.group() if _joins_pictographs(text, mark.start()) else "", text)


def _joins_pictographs(text: str, at: int) -> bool:
    return text[at] == "\u200d" and 0 < at < len(text) - 1 and _PICTOGRAPH.match(text, at - 1) is not None \
        and _PICTOGRAPH.match(text, at + 1) is not None


def _finished(parts: list[str], link_chars: int):
    text = " ".join(_without_invisible("".join(parts)).split())
    if text:
        yield text, link_chars


def text_length(text: str) -> int:
    """Visible characters, with CJK characters weighted like short words (an ideograph or kana counts thrice)."""
    return len("".join(text.split())) + 2 * len(CJK.findall(text))
