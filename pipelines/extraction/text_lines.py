"""Which of a post's short lines are its text, kept however short: short sentences between its paragraphs, its
subheadings and programme rows, points it lists again, and the lines of its lists (text_lists.py) and tables
(tables_amid_prose.py) (content_blocks.py keeps them where the furniture rules would drop them)."""
from __future__ import annotations

import re

from .address_intros import introduced_addresses
from .ancestry import set_alike, within
from .blocks import Block, text_length
from .furniture_lines import is_programme_row
from .heading_lines import set_in_bold
from .hints import class_words, words_name_any
from .line_patterns import FULL_STOP, FURNITURE_LINE, SENTENCE_END, WORD
from .programme_tables import PROGRAMME_ROWS, programme_table_cells
from .prose_lines import (LONG_PARAGRAPH, PROSE_LIST_LINK_SHARE, SHORT_LINE_CHARS, is_long_paragraph, is_prose_line,
                          sentence_item)
from .stamp_lines import is_date_line
from .step_headings import step_headings
from .tables_amid_prose import cells_of_tables_amid_prose
from .text import fold, spaced_text, text_of
from .text_lists import (fields_of_fact_lists, items_continuing_a_sentence, lines_introducing_points, lists_amid_prose,
                         points_of_prose_lists)
from .xpaths import SUBHEADING_CLASS_WORDS


def lines_of_text(blocks: list[Block], host: str) -> set[int]:
    """Ids of the blocks that are lines of the text, however short: they are kept where a short line alone would be
    furniture."""
    points = points_of_prose_lists(blocks)
    # A point written as a sentence around its links is the writer's, however much of it is linked.
    return _lines_of_text(blocks) | points | lines_introducing_points(blocks, points) \
        | lists_amid_prose(blocks, host) \
        | cells_of_tables_amid_prose(blocks, host) | items_continuing_a_sentence(blocks) | fields_of_fact_lists(blocks) \
        | _programme_rows(blocks) | programme_table_cells(blocks) | {id(b) for b in blocks if sentence_item(b)} \
        | step_headings(blocks)


# A line closing a text's run after a nested element is a sentence or a sign-off, not a paragraph.
_RUN_ON_LINE_CHARS = 160
# A sentence said in quotes, alone on its line: an opening quote, words, a sentence's stop and the closing quote.
_QUOTED_SENTENCE = re.compile(r"^[\"“„«‘]\w.*[.!?…][\"”“»’]$")
# A scene break: signs alone, three or more ("***", "* * *", "~~~", "———").
_SCENE_BREAK = re.compile(r"^(?:[*~#=•·–—-] ?){3,}$")
# A roundup's entry names its details (writer, publisher and price, ages) in a few short lines under its bold name.
_ENTRY_DETAIL_LINES = 3
# A subheading typed in capitals names the section in a few words ("NO TRACE OF FIRE"); one word is a label
# ("ADVERTISEMENT").
_CAPITAL_HEADING_WORDS = 2


def _programme_rows(blocks: list[Block]) -> set[int]:
    """Lines led by a time, a few of them ("10.45 – 11.05 Coffee break", "12.45 – 14.00 Lunch"): the rows of the
    text's programme, however short; one such line alone may be a stamp."""
    rows = {id(b) for b in blocks if is_programme_row(b)}
    return rows if len(rows) >= PROGRAMME_ROWS else set()


def _lines_of_text(blocks: list[Block]) -> set[int]:
    """Short sentences set as lines of their own between lines of text ("They both took one." in a story whose
    editor writes <div>s, not <p>s) or split off a paragraph's own element: a loose short line ("Share",
    "Sorry!") is furniture, these are the text."""
    # A scene break (a line of signs alone, "******") parts the scenes of a story, not its lines: the line before or
    # after one is still between lines of the text, and so is the line before the writer's line introducing a closing
    # address ("Entry is free." over "More at the link" over the address).
    intros, _addresses = introduced_addresses(blocks)
    between = {id(block) for before, block, after in zip(blocks, blocks[1:], blocks[2:])
               if (_is_short_sentence(block) and FULL_STOP.search(block.text) or _is_line_of_dialogue(block))
               and (is_prose_line(before) or _is_scene_break(before))
               and (is_prose_line(after) or _is_scene_break(after) or id(after) in intros)
               and not (_is_scene_break(before) and _is_scene_break(after))}
    # A short sentence split by <br><br> off the same element as a paragraph of prose is that text's own line
    # ("We can't wait to see your photos!" closing a post whose editor writes lines, not <p>s).
    writers = {id(b.element) for b in blocks
               if b.kind == "text" and b.chars >= LONG_PARAGRAPH and b.link_density < 0.35}
    # The short end of a sentence an editor broke over two lines set the same way (a <div> a line: "We invite you to
    # take part in building the network of" / "stations in the Arctic.") is the text's, however short.
    after = {id(block) for before, block in zip(blocks, blocks[1:])
             if _is_short_sentence(block) and FULL_STOP.search(block.text) and block.text[:1].islower()
             and is_prose_line(before) and not SENTENCE_END.search(before.text)
             and set_alike(before.element, block.element)}
    return between | after | {id(block) for block in blocks if _is_short_sentence(block)
                              and SENTENCE_END.search(block.text) and id(block.element) in writers} \
        | _bold_subheads(blocks) | _subheads_named_by_class(blocks) | _last_lines_run_on(blocks, writers)


def _last_lines_run_on(blocks: list[Block], writers: set[int]) -> set[int]:
    """The last lines of a text written as <br> runs (no <p>s), set as direct text of the writer's element after a
    nested element closes (a quote, a list), or of its parent after the element holding the rest of the text closes
    (an old post's importer's markup: "<div><div>...</div><br>Thanks to all who came.<br><br>The full notes are
    <a>here</a><br><br>Cheers, the team</div>"): the same text run on to its sign-off, however short its lines and
    whatever they end on. Only the lines closing that element, with no label or furniture word: a following box of
    its own (comments, related posts) is an element of its own."""
    holders = {id(b.element): b.element for b in blocks if id(b.element) in writers}
    holders |= {id(e.getparent()): e.getparent() for e in list(holders.values()) if e.getparent() is not None}
    last = {id(b.element): at for at, b in enumerate(blocks) if id(b.element) in holders}
    kept: set[int] = set()
    for key, end in last.items():
        holder = holders[key]
        if end + 1 < len(blocks) and within(blocks[end + 1].element, holder):
            continue  # the holder's own lines do not close it
        start = end
        while start > 0 and blocks[start - 1].element is holder:
            start -= 1
        if start == 0 or blocks[start - 1].element is holder or not within(blocks[start - 1].element, holder):
            continue  # no nested element closes before the lines
        kept |= {id(line) for line in blocks[start:end + 1]
                 if line.kind == "text" and line.chars < _RUN_ON_LINE_CHARS and line.link_density < 0.5
                 and len(WORD.findall(line.text)) > 1 and not FURNITURE_LINE.search(line.text)}
    return kept


def points_listed_again(blocks: list[Block]) -> set[int]:
    """Items that repeat an earlier line in a list that says something new, or that stands under a subheading or a
    line introducing it of its own: a meeting's venue again in the next meeting's facts, a name listed under two
    subheadings, a release note's one change ("Translations update") under the next package's name, a second sponsor's
    gift ("<a>Orbis</a> is giving the winners:" over "Two lamps", as the first's). Each is that list's own point; a box
    shown twice (for phones and for desks) repeats its whole list, and a label ("Advertisement") is no point however
    listed. A programme table's cells too, and those of any table the text sets out amid its prose: its second
    "Coffee break", a month two releases share, is a cell of its own."""
    shown: set[str] = set()
    lists: dict = {}  # list element: (its points not shown before, its points shown before)
    headed: set = set()  # lists set just under a subheading or an introducing line not shown before
    new_heading = False
    for block in blocks:
        folded = fold(block.text)
        if block.kind == "item":
            if new_heading and block.element.getparent() not in lists:
                headed.add(block.element.getparent())
            novel, repeated = lists.setdefault(block.element.getparent(), (set(), []))
            if folded in shown:
                if block.chars >= SHORT_LINE_CHARS or not FURNITURE_LINE.search(block.text):
                    repeated.append(block)
            else:
                novel.add(folded)
        new_heading = (block.kind == "heading" or (block.kind in ("p", "text") and block.text.endswith(":")
                                                   and not FURNITURE_LINE.search(block.text))) and folded not in shown
        shown.add(folded)
    # Under its subheading a list's day (a forum post's stamp) is no point, however listed.
    return {id(point) for parent, (novel, repeated) in lists.items() for point in repeated
            if novel or (parent in headed and not is_date_line(point.text))} | programme_table_cells(blocks) \
        | cells_of_tables_amid_prose(blocks)


def _bold_subheads(blocks: list[Block]) -> set[int]:
    """Short lines set wholly in bold between paragraphs of prose ("<p><strong>Water bills</strong></p>"): editors
    whose text box has no heading style mark the text's subheadings so. A line naming furniture ("Advertisement",
    "Related") is a label of a box, however it is set. The subheading may head a list of the writer's, or an entry of
    a roundup whose first lines, unbolded, name the entry's details before its paragraph ("<strong>The Long
    Winter</strong>" / "Anna Berg" / "Harbour Books, $18"): those lines are the text's too."""
    found: set[int] = set()
    for at in range(1, len(blocks) - 1):
        block = blocks[at]
        if not (_bold_line(block) and _writers_line(blocks[at - 1])):
            continue
        details = _entry_details(blocks, at + 1)
        if details is not None:
            found |= {id(block), *(id(blocks[i]) for i in details)}
    return found


def _subheads_named_by_class(blocks: list[Block]) -> set[int]:
    """Short unlinked lines between paragraphs of prose set in an element whose class names a subheading ("<span
    class='cross-head'>Unique flavours</span>" among a story's <p>s): the newsroom's subheading style, not a label."""
    return {id(block) for before, block, after in zip(blocks, blocks[1:], blocks[2:])
            if block.kind in ("p", "text") and block.element is not None and block.chars < SHORT_LINE_CHARS
            and not block.link_chars and is_prose_line(before) and is_prose_line(after)
            and not FURNITURE_LINE.search(block.text) and _set_in_subheading_class(block)}


def capital_subheadings(blocks: list[Block]) -> set[int]:
    """Ids of the unlinked paragraphs of a few words typed all in capitals, each set between two long paragraphs of
    the text in the same element: the text's subheadings as a wire service's editor types them ("<p>TALKS RESUME</p>"),
    however short. A label between the paragraphs ("ADVERTISEMENT", "READ MORE") is a word or names furniture."""
    text = [block for block in blocks if block.chars]
    found: set[int] = set()
    for before, line, after in zip(text, text[1:], text[2:]):
        if _typed_in_capitals(line) and all(b.kind == "p" and is_long_paragraph(b) and _same_parent(b, line)
                                            for b in (before, after)):
            found.add(id(line))
    return found


def _typed_in_capitals(block: Block) -> bool:
    words = WORD.findall(block.text)
    return block.kind == "p" and not block.link_chars and block.chars < LONG_PARAGRAPH \
        and len(words) >= _CAPITAL_HEADING_WORDS and block.text.isupper() and not FURNITURE_LINE.search(block.text)


def _same_parent(block: Block, other: Block) -> bool:
    return block.element is not None and other.element is not None \
        and block.element.getparent() is other.element.getparent()


def _set_in_subheading_class(block: Block) -> bool:
    """The block's whole text is one element's whose class words (or two of them run together) name a subheading."""
    return block.chars in block.readings.of(_subheading_lengths, block.element)


def _subheading_lengths(element) -> frozenset[int]:
    """The text lengths of the element and those in it whose class names a subheading: read once for all the lines
    of one element."""
    lengths = set()
    for inner in element.iter():
        if inner.get("class"):
            if words_name_any(class_words(inner.get("class")), SUBHEADING_CLASS_WORDS):
                lengths.add(text_length(text_of(inner)))
    return frozenset(lengths)


def _bold_line(block: Block) -> bool:
    return block.kind in ("p", "text") and block.chars < SHORT_LINE_CHARS and not block.link_chars \
        and (set_in_bold(block) or _bold_line_of_element(block)) and not FURNITURE_LINE.search(block.text)


def _bold_line_of_element(block: Block) -> bool:
    """A line split at <br>s off an element holding the text's other lines too ("<div>... tell us.<br><br><b>Public
    schools</b><br>..."), the whole line one bold element's."""
    return block.kind == "text" and any(text_length(text_of(bold)) == block.chars
                                        and spaced_text(bold) == block.text
                                        for bold in block.element.iter("b", "strong"))


def _writers_line(block: Block) -> bool:
    """A paragraph of prose, or a point of a list in the writer's words."""
    return is_prose_line(block) or (block.kind == "item" and block.link_density <= PROSE_LIST_LINK_SHARE)


def _entry_details(blocks: list[Block], start: int) -> list[int] | None:
    """The positions of the short unlinked lines from `start` up to the writer's next line (none when it follows at
    once); None when more lines than an entry's details stand before it, or no line of the writer's follows them."""
    details = []
    for at in range(start, min(start + _ENTRY_DETAIL_LINES + 1, len(blocks))):
        block = blocks[at]
        if _writers_line(block):
            return details
        if block.kind not in ("p", "text") or block.link_chars or block.chars >= SHORT_LINE_CHARS \
                or set_in_bold(block) or FURNITURE_LINE.search(block.text):
            return None
        details.append(at)
    return None


def _is_short_sentence(block: Block) -> bool:
    return block.kind == "text" and block.chars < SHORT_LINE_CHARS and len(block.text.split()) > 1


def _is_line_of_dialogue(block: Block) -> bool:
    """A word or two said in quotes as a sentence ("“Gotcha.”", "“Richy?”"): a story's line of dialogue, however
    short; a label is never quoted."""
    return block.kind == "text" and block.chars < SHORT_LINE_CHARS and not block.link_chars \
        and _QUOTED_SENTENCE.match(block.text) is not None


def _is_scene_break(block: Block) -> bool:
    return block.kind in ("p", "text") and _SCENE_BREAK.match(block.text) is not None
























