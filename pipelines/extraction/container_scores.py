"""How much a block looks like article prose, and how much each element holding blocks weighs: the best container
is the heaviest."""
from __future__ import annotations

from .ancestry import within
from .blocks import Block
from .line_patterns import FULL_STOP, SENTENCE_END, WORD
from .link_lines import cites_address, is_document_line
from .prose_lines import linked_sentence, sentence_amid_links, sentence_item
from .text import fold

TEXT_KINDS = frozenset({"p", "text", "quote", "pre", "cell"})
# Past this share of links a sentence is a list of names ("A, B, C and 40 more left kudos.") or a linked teaser.
_LINKED_SENTENCE_DENSITY = 0.7
# A sentence's worth of the writer's own words between the links (a credit "Shirt by <brand>." has fewer).
_OWN_WORDS_CHARS = 40
_OWN_WORDS = 4
# What a sentence written loose in its element holds besides its words: links, line breaks, emphasis.
_INLINE_CHILDREN = frozenset({"a", "br", "strong", "b", "em", "i", "span", "u"})


def block_weight(block: Block) -> float:
    """How much a block looks like article prose (positive) or like page furniture (negative)."""
    density = block.link_density
    # A sentence naming its sources links much of itself ("organised by <the youth clubs>, <the libraries> and
    # <the sailing club>."): its own words are the writer's prose, as on a municipality's list of summer activities.
    # A line introducing a list (":") or a credit closing on a bracket is no such sentence.
    own = block.chars - block.link_chars
    # So is a shorter sentence at most half linked, or with a few words of the writer's around its links ("The March
    # <a>newsletter</a> is out."): a post of one line.
    if 0.35 <= density <= _LINKED_SENTENCE_DENSITY and (FULL_STOP.search(block.text) or sentence_amid_links(block)) \
            and (linked_sentence(block) or _loose_sentence(block)) \
            and (own >= _OWN_WORDS_CHARS or density <= 0.5
                 or len(WORD.findall(own_text(block.element))) >= _OWN_WORDS):
        return float(own)
    # A line of the writer's words giving an address written out ("Submit your proposal here: https://..."): its
    # link is the address the writer typed, not a menu's or a teaser's title; its words are the writer's.
    if density >= 0.35 and block.kind in TEXT_KINDS and cites_address(block):
        return float(own)
    if sentence_item(block):
        return float(block.chars)
    if density > 0.5:
        # A post may be just its document ("The September newsletter", linked to the PDF).
        return 0.5 * block.chars if is_document_line(block) else -0.5 * block.chars
    if density >= 0.35 and block.kind == "text" and is_document_line(block):
        # Or a sentence and its document set as loose text, with no <p> ("Anna wrote about the trip. <a>Read her
        # letter here</a>"): the writer's words, every one.
        return float(block.chars)
    if block.kind in ("title", "heading"):
        return 0.0
    # A short item with no link is a point of the text, not navigation: it neither helps nor hurts its container
    # (a notice that is mostly a list of the schools that stay closed).
    if block.kind == "item" and not block.link_chars and block.chars < 80:
        return 0.0
    if block.chars < 25:
        return -5.0
    if block.kind == "item":
        return block.chars * 0.5 if block.chars >= 80 and density < 0.2 else -2.0
    if block.kind in TEXT_KINDS and density < 0.35:
        return block.chars * (1.0 if block.kind == "p" else 0.8)
    return -0.2 * block.chars


def _loose_sentence(block: Block) -> bool:
    """A linked sentence written loose in its element, no paragraph around it, and alone there: an editor that
    leaves a short post's text bare in its <div> ("... have been invited by <a>the school</a> to the seminar
    "<a>Digital Humanities</a>".")."""
    return block.kind == "text" and block.element is not None and block.readings.of(_loose_words, block.element) \
        and SENTENCE_END.search(block.text) is not None


def _loose_words(element) -> bool:
    """The element holds inline elements only, and words of its own outside its links (read once for all its lines)."""
    return not any(isinstance(child.tag, str) and child.tag not in _INLINE_CHILDREN for child in element) \
        and len(WORD.findall(own_text(element))) >= _OWN_WORDS


def own_text(element) -> str:
    """The element's words outside its links."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag != "a":
            parts.append(own_text(child))
        parts.append(child.tail or "")
    return " ".join(parts)


def container_scores(blocks: list[Block]) -> dict:
    """Summed block weights of every element that holds blocks."""
    scores: dict = {}
    for block in blocks:
        weight = block_weight(block)
        if weight == 0.0:
            continue
        element = block.element
        while element is not None:
            scores[element] = scores.get(element, 0.0) + weight
            element = element.getparent()
    return scores


def below_own_headline(blocks: list[Block], title: str | None, container) -> dict | None:
    """Container weights counted from the page's own headline on, when the container holds it: a site notice in the
    header above the headline is no part of the article, and must not make the page-wide wrapper outweigh the post
    the page marks as its article (which leaves the comment section after it out)."""
    wanted = fold(title or "")
    start = next((i for i, b in enumerate(blocks) if b.kind == "title" and wanted and fold(b.text) == wanted), None)
    if start is None or not within(blocks[start].element, container):
        return None
    scores = container_scores(blocks[start:])
    return scores if scores.get(container, 0.0) > 0 else None
