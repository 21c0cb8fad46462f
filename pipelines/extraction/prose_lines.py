"""Tell the writer's prose among a page's lines: a line or a paragraph of the text, a sentence pointing to a source, a
paragraph the list under it completes."""
from __future__ import annotations

import re
from itertools import islice

from news_archive.archive.word_measure import word_count

from .ancestry import table_of
from .blocks import Block
from .line_patterns import FULL_STOP, SENTENCE_END, WORD
from .link_lines import BARE_ADDRESS

# A label over a list names it in a few words ("Further reading", "Related links"); a sentence runs longer.
_LIST_INTRO_WORDS = 10
LONG_PARAGRAPH = 80
# A line set without <p> shorter than this is furniture unless it is a sentence amid the text.
SHORT_LINE_CHARS = 40
# A list whose items are linked for less than this share of their text is the writer's prose.
PROSE_LIST_LINK_SHARE = 0.3
# A sentence ending inside the text, the next one starting; a link's text may stand spaced off its full stop.
_SENTENCE_INSIDE = re.compile(r"[^\W\d]{2} ?[.!?] \w")
# Words of a list's point written as a sentence; a linked title with a word beside it is shorter.
_SENTENCE_ITEM_WORDS = 7
_WORD_CHAR = re.compile(r"[^\W\d_]")
# Words of its own, besides a shown address, that make a linked line a sentence.
_OWN_SENTENCE_CHARS = 60
# Words of its own a point says besides its links when it tells what a thing is ("Top team – a year of <a>...</a>");
# a teaser's date or a menu's label is a word.
_OWN_POINT_WORDS = 3


def is_long_paragraph(block: Block) -> bool:
    """A line of prose long enough to say something."""
    return block.chars >= LONG_PARAGRAPH and is_prose_line(block)


def first_long_paragraph(blocks: list[Block]) -> int | None:
    """Where the text opens: the index of its first line of prose long enough to say something (None when none is)."""
    return next((i for i, b in enumerate(blocks) if is_long_paragraph(b)), None)


def is_text_after(block: Block) -> bool:
    """A long paragraph of the text, or a point of a list as long (a post written as lists); a sign-off line
    ("The writer is on Twitter at ...") after a list of teasers is no more text, nor is a web address alone on its
    line (a picture's or a source's, closing the text under its label)."""
    if block.chars < LONG_PARAGRAPH or BARE_ADDRESS.match(block.text):
        return False
    if block.kind == "item":
        return block.link_density < PROSE_LIST_LINK_SHARE
    return is_sentence_of_text(block)


def is_sentence_of_text(block: Block) -> bool:
    return is_prose_line(block) or (block.link_density >= 0.35 and linked_sentence(block))


def runs_into_list(block: Block) -> bool:
    """A paragraph of the text whose last sentence the list under it completes, its colon left out ("You can find
    the slides at the following places" over the links): it stops on a word after more words than a label's, and
    its words are mostly its own, whatever links some of them carry."""
    return block.text[-1:].isalpha() and _sentence_over_list(block)


def colon_over_list(block: Block) -> bool:
    """A paragraph of the text whose last sentence ends on a colon over the list under it ("... will speak at the fair
    on 9 and 10 May:" over the talks' links), as long and as much its own as one running into its list."""
    return block.text.endswith(":") and _sentence_over_list(block)


def _sentence_over_list(block: Block) -> bool:
    return block.kind in ("p", "text") and len(WORD.findall(block.text)) > _LIST_INTRO_WORDS \
        and block.link_density < 0.5


def is_prose_line(block: Block) -> bool:
    return (block.kind in ("p", "text") and block.link_density < 0.35
            and (block.chars >= SHORT_LINE_CHARS or FULL_STOP.search(block.text) is not None))


def linked_sentence(block: Block) -> bool:
    """A sentence pointing to a source ("Read the whole story at <a>KI</a>.", "... on 6.3.2024. The original:
    <a>https://...</a>") is prose, not a link list; so is one an editor framed as a table's only cell (a funding
    note under the text: "The call is co-financed by <a>the Fund</a> and <a>the Ministry</a>.")."""
    if block.kind != "p" and not _lone_cell(block):
        return False
    # Han, kana and Hangul run unspaced: their words are counted by characters where some are the writer's own (an
    # excerpt linked whole is a teaser). Spaced text counts the same either way.
    words = word_count(block.text) if block.link_chars < block.chars else len(block.text.split())
    if words >= 4 and SENTENCE_END.search(block.text) is not None:
        return True
    return sentence_amid_links(block)


def _lone_cell(block: Block) -> bool:
    """The block is the only cell of its table: a box around one passage, where a grid of links has many cells."""
    table = table_of(block.element) if block.kind == "cell" else None
    # Stopped at a second cell: a grid's cells each ask, and a count of them all would read the grid once per cell.
    return table is not None and next(islice(table.iter("td", "th"), 1, None), None) is None


def sentence_item(block: Block) -> bool:
    """A point of a list written as a sentence around its links ("We released the <a>new SDK</a>."): the writer's
    prose, as in a post summing up a week's news. A menu's or a teaser list's point is a title linked whole, a label
    and a title ("<b>Coffee:</b> <a>What it does to you!</a>"), which end on their link, or a title and an excerpt."""
    if not (block.kind == "item" and block.element is not None and 0 < block.link_chars < block.chars
            and block.text[:1].isupper() and FULL_STOP.search(block.text)
            and len(WORD.findall(block.text)) >= _SENTENCE_ITEM_WORDS):
        return False
    pieces = _shown_pieces(block.element)
    if not pieces or pieces[-1][1] or not any(not linked and _WORD_CHAR.search(text) for text, linked in pieces):
        return False
    # Led by its link, a sentence runs on from it ("<a>AWS Marketplace</a> added ..."); a teaser's excerpt after its
    # linked title starts a sentence of its own ("<a>Harbour news</a> We look back at the pier.").
    after_link = next(text for text, linked in pieces if not linked)
    return not pieces[0][1] or after_link[0].islower() or after_link[0] in ",;"


def point_in_own_words(block: Block) -> bool:
    """A list's point that opens on words of its own and says a few besides its links ("Top team – a year of
    <a>Quillmark</a> and a box of <a>Quillmark Pens</a>"): the writer's, however much of it is linked. A teaser's
    point opens on its linked title, a menu's says no more than its links."""
    if block.kind != "item" or block.element is None:
        return False
    pieces = _shown_pieces(block.element)
    return bool(pieces) and not pieces[0][1] and WORD.search(pieces[0][0]) is not None \
        and len(WORD.findall(" ".join(text for text, linked in pieces if not linked))) >= _OWN_POINT_WORDS


def runs_on_from_link(block: Block) -> bool:
    """A paragraph of one sentence led by its link and run on in words of its own to its stop ("<a>Course 2019</a>
    is online!"): the writer's line naming the page it is about, however much of it the link holds. A teaser's linked
    title starts no sentence (its excerpt opens a capital), and a line of links says no words of its own between."""
    if block.kind != "p" or block.element is None or not 0 < block.link_chars < block.chars \
            or not FULL_STOP.search(block.text):
        return False
    pieces = _shown_pieces(block.element)
    if len(pieces) != 2 or not pieces[0][1] or pieces[1][1]:
        return False
    own = pieces[1][0]
    return own[0].islower() and len(WORD.findall(own)) >= 2


def _shown_pieces(element) -> list[tuple[str, bool]]:
    """The element's runs of text that show something, stripped, in order, each with whether a link holds it."""
    return [(text.strip(), linked) for text, linked in _text_pieces(element, False) if text and text.strip()]


def _text_pieces(element, linked: bool):
    """The element's runs of text in order, each with whether a link holds it."""
    yield element.text, linked
    for child in element:
        if isinstance(child.tag, str):
            yield from _text_pieces(child, linked or child.tag == "a")
        yield child.tail, linked


def sentence_amid_links(block: Block) -> bool:
    """Words of the writer's own, a sentence's worth, run on past a full stop amid the links ("... the <a>Annual
    Meeting</a> . Its host will be <a>the Institute</a>"): prose, however it ends. A link's text may be followed by a
    space before the stop."""
    return block.chars - block.link_chars >= _OWN_SENTENCE_CHARS and _SENTENCE_INSIDE.search(block.text) is not None
