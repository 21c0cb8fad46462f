"""Which of a post's short lines are its text, kept however short: short sentences between its paragraphs, the
points of its prose lists, its fact fields and programme rows, lists and tables amid its prose, points it lists
again (content_blocks.py keeps them where the furniture rules would drop them)."""
from __future__ import annotations

import re

from .address_intros import introduced_addresses
from .ancestry import set_alike, table_of, within
from .blocks import Block, text_length
from .furniture_lines import is_programme_row
from .heading_lines import set_in_bold
from .hints import attribute_words
from .line_patterns import FULL_STOP, FURNITURE_LINE, SENTENCE_END, WORD
from .link_lines import host_of, words_beside_links
from .programme_tables import PROGRAMME_ROWS, programme_table_cells
from .prose_lines import (LONG_PARAGRAPH, PROSE_LIST_LINK_SHARE, SHORT_LINE_CHARS, is_prose_line, is_sentence_of_text,
                          is_text_after, point_in_own_words, sentence_item)
from .stamp_lines import is_date_line
from .step_headings import step_headings
from .text import fold, spaced_text, text_of
from .xpaths import SUBHEADING_CLASS_WORDS


def lines_of_text(blocks: list[Block], host: str) -> set[int]:
    """Ids of the blocks that are lines of the text, however short: they are kept where a short line alone would be
    furniture."""
    points = _points_of_prose_lists(blocks)
    # A point written as a sentence around its links is the writer's, however much of it is linked.
    return _lines_of_text(blocks) | points | _lines_introducing_points(blocks, points) \
        | _lists_amid_prose(blocks, host) \
        | _cells_of_tables_amid_prose(blocks) | _items_continuing_a_sentence(blocks) | _fields_of_fact_lists(blocks) \
        | _programme_rows(blocks) | programme_table_cells(blocks) | {id(b) for b in blocks if sentence_item(b)} \
        | step_headings(blocks)


# A line closing a text's run after a nested element is a sentence or a sign-off, not a paragraph.
_RUN_ON_LINE_CHARS = 160
# Words a list's items average when they say something ("Anna fixed the ticket page for phones"): share buttons
# and a video strip's captions name a thing in a few.
_SENTENCE_ITEM_WORDS = 8
_PAID_REL = re.compile(r"\b(?:sponsored|nofollow)\b", re.IGNORECASE)
# A table of data has a few rows of a few cells.
_TABLE_CELLS = 4
# The share of a data table's cells that link nowhere, one column of linked names beside its values.
_UNLINKED_CELLS_SHARE = 0.75
# The elements of a list, which a cell may hold under its own line.
_LIST_TAGS = frozenset({"li", "ul", "ol", "dl", "dt", "dd"})
# A field of a fact list: a label of a word or two, a colon, then its value ("Date: 3 May, 18:00", "Venue: <a>...</a>").
_FIELD = re.compile(r"^([^\W\d_][\w.\-]*(?: [^\W\d_][\w.\-]*)?): \S")
# A sentence said in quotes, alone on its line: an opening quote, words, a sentence's stop and the closing quote.
_QUOTED_SENTENCE = re.compile(r"^[\"“„«‘]\w.*[.!?…][\"”“»’]$")
# A scene break: signs alone, three or more ("***", "* * *", "~~~", "———").
_SCENE_BREAK = re.compile(r"^(?:[*~#=•·–—-] ?){3,}$")
# A roundup's entry names its details (writer, publisher and price, ages) in a few short lines under its bold name.
_ENTRY_DETAIL_LINES = 3
# A line introducing a list in a sentence says what follows in this many words of its own ("is giving the winners:"),
# besides a name it links; a box's label names a topic in a word or two.
_INTRO_OWN_WORDS = 3


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


def _item_lists(blocks: list[Block]) -> list[list[int]]:
    """The positions of each list's items among `blocks`, a list for each list element, in the order they start."""
    lists: dict = {}
    for position, block in enumerate(blocks):
        if block.kind == "item":
            lists.setdefault(block.element.getparent(), []).append(position)
    return list(lists.values())


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
        | _cells_of_tables_amid_prose(blocks)


def _fields_of_fact_lists(blocks: list[Block]) -> set[int]:
    """Items of a list of labelled fields, each label another ("Date: ...", "Venue: ...", "Topic: <a>the paper</a>"),
    one of them at least with an unlinked value: an event's or a meeting's facts, the text's own, however much of a
    value is linked (a talk's title to its paper, a day to a calendar). A menu's or a related list's items are bare
    names or linked wholly."""
    fields: set[int] = set()
    for items in ([blocks[i] for i in positions] for positions in _item_lists(blocks)):
        labels = [_FIELD.match(item.text) for item in items]
        if len(items) >= 2 and all(labels) and len({label.group(1).casefold() for label in labels}) == len(items) \
                and any(item.link_density < PROSE_LIST_LINK_SHARE for item in items):
            fields |= {id(item) for item in items}
    return fields


def _items_continuing_a_sentence(blocks: list[Block]) -> set[int]:
    """Items that carry on the sentence above their list, each in lower case ("You can also tell us" / "via <a>the
    survey</a> by 26 October" / "any time via <a>the app</a>"): the text's own words, however much of them is linked.
    A menu's or a related list's items are names, capitalised."""
    points: set[int] = set()
    for positions in _item_lists(blocks):
        before = blocks[positions[0] - 1] if positions[0] else None
        if before is None or not is_prose_line(before) or (SENTENCE_END.search(before.text)
                                                            and not before.text.endswith(":")):
            continue
        items = [blocks[i] for i in positions]
        if all(item.text[0].islower() and len(item.text.split()) >= 2 for item in items):
            points |= {id(item) for item in items}
    return points


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


def _set_in_subheading_class(block: Block) -> bool:
    """The block's whole text is one element's whose class words (or two of them run together) name a subheading."""
    for element in block.element.iter():
        if element.get("class") and text_length(text_of(element)) == block.chars:
            words = attribute_words(element.get("class"))
            if SUBHEADING_CLASS_WORDS & {*words, *("".join(pair) for pair in zip(words, words[1:]))}:
                return True
    return False


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


def _points_of_prose_lists(blocks: list[Block]) -> set[int]:
    """Items of a list that is mostly the writer's own words ("Thanks to Ana, logins can now be imported", its
    name linked, among items of plain prose): points of the text, not a list of links."""
    lists: dict = {}
    for block in blocks:
        if block.kind == "item":
            chars, linked = lists.get(block.element.getparent(), (0, 0))
            lists[block.element.getparent()] = (chars + block.chars, linked + block.link_chars)
    prose = {parent for parent, (chars, linked) in lists.items() if linked < PROSE_LIST_LINK_SHARE * chars}
    # A list one of whose points is a paragraph of the writer's prose is the writer's list: its other points are
    # too, however much of them is a link ("The members meet on 21 December at ..." / "<a>The reading group</a>").
    # A list whose links the site marks as paid or unendorsed is a shop list, whatever its points say.
    prose |= {parent for parent in {block.element.getparent() for block in blocks if block.kind == "item"
                                    and block.chars >= LONG_PARAGRAPH and block.link_density < PROSE_LIST_LINK_SHARE}
              if not _paid_links([b for b in blocks if b.kind == "item" and b.element.getparent() is parent])}
    prose |= _lists_introduced_in_own_words(blocks)
    # And a list set within one of its points ("Demos:" and the demos' links) is that point's.
    prose |= {parent for parent in lists if _nested_in(parent, prose)}
    return {id(block) for block in blocks if block.kind == "item" and block.element.getparent() in prose}


def _lists_introduced_in_own_words(blocks: list[Block]) -> set:
    """The lists a sentence of the writer's introduces ("<a>Tarnwick</a> is giving the winners:"), each of their
    linked points opening on words of its own and saying a few more besides its links ("Top team – a year of
    <a>Quillmark</a>"): what a sponsor gave, the text's however much of it is linked. A box's points under its label
    open on a linked title or say no more than their links."""
    lists = set()
    for positions in _item_lists(blocks):
        line, items = blocks[positions[0] - 1] if positions[0] else None, [blocks[i] for i in positions]
        if line is not None and _introduces_list(line, items[0]) and _own_words(line) >= _INTRO_OWN_WORDS \
                and any(item.link_chars for item in items) \
                and all(point_in_own_words(item) for item in items if item.link_chars):
            lists.add(items[0].element.getparent())
    return lists


def _lines_introducing_points(blocks: list[Block], points: set[int]) -> set[int]:
    """A short line ending on a colon set right above a list of the writer's points ("What you'll need:" over the
    things to get, "Key findings:"), the list set beside it or in its own element: the line introducing the list,
    the text's however short. A box's label ("Related:", "Share:") heads a list of links."""
    return {id(line) for line, first in zip(blocks, blocks[1:])
            if id(first) in points and _introduces_list(line, first)}


def _introduces_list(line: Block, first: Block) -> bool:
    """The line ends on a colon right above the list whose first point is `first`, in the writer's words: unlinked,
    or saying a few of its own besides a name it links ("<a>Tarnwick</a> is giving the winners:"); no furniture
    named."""
    return line.kind in ("p", "text") and line.text.endswith(":") and line.element is not None \
        and first.kind == "item" and not FURNITURE_LINE.search(line.text) \
        and (not line.link_chars or _own_words(line) >= _INTRO_OWN_WORDS) \
        and _list_under(line.element, first.element.getparent(), owns_text=line.kind == "text")


def _own_words(line: Block) -> int:
    """How many words the line says besides its links (none when they hold it whole)."""
    if not line.link_chars:
        return len(WORD.findall(line.text))
    own = words_beside_links(line)
    return len(WORD.findall(own)) if own != line.text else 0


def _list_under(element, points, owns_text: bool) -> bool:
    """The list is the element's next sibling, or (a line of bare text) one of the element's own children."""
    return points.getprevious() is element or (owns_text and points.getparent() is element)


def _nested_in(sublist, lists: set) -> bool:
    point = sublist.getparent()
    while point is not None and point.tag == "li":
        if point.getparent() in lists:
            return True
        point = point.getparent().getparent() if point.getparent() is not None else None
    return False


def _lists_amid_prose(blocks: list[Block], host: str) -> set[int]:
    """Items of a list of links to other sites that stands in the text: set between two paragraphs of prose
    ("The programmes shown: <programme> <programme>", then how to apply), or under the text's own subheading or
    introducing line with more text after it (a post's bug list, then its next section), where a list of links
    closing the text is "read more"; or closing the text after a line introducing it ("Other deals:") with items
    that run longer than headlines."""
    points: set[int] = set()
    text_after: list[bool] = []  # filled on first need: most lists stand under no subheading
    for positions in _item_lists(blocks):
        if not positions[0]:
            continue
        items = [blocks[i] for i in positions]
        if _stands_in_text(blocks, positions, text_after) and _links_mostly_to_other_sites(items, host):
            points |= {id(item) for item in items}
    return points


def _stands_in_text(blocks: list[Block], positions: list[int], text_after: list[bool]) -> bool:
    first, last = positions[0], positions[-1]
    before = blocks[first - 1]
    if len(positions) >= 2 and last + 1 < len(blocks) and is_sentence_of_text(before) \
            and is_sentence_of_text(blocks[last + 1]):
        return True
    items = [blocks[i] for i in positions]
    introduced = before.text.endswith(":")
    if introduced and all(item.chars >= LONG_PARAGRAPH for item in items):
        return True
    if not (introduced or before.kind == "heading") \
            or sum(len(WORD.findall(item.text)) for item in items) < _SENTENCE_ITEM_WORDS * len(items) \
            or _paid_links(items):
        return False
    if not text_after:
        text_after.extend(_text_after(blocks))
    return text_after[last + 1]


def _cells_of_tables_amid_prose(blocks: list[Block]) -> set[int]:
    """The cells of a table set between two paragraphs of prose (results, prices, a comparison), or closing the text
    after one, or after a line of the text introducing it ("Programme:", then times and talks): its short values
    ("57 kB", "N/A", "18:00") are the table's point, as its longer cells are. Tables one after the other, each under
    a subheading of its own ("Results:" / "Open A" <table> / "Open B" <table>), are weighed as one. A table around
    the page's layout holds the text, not stands between its paragraphs."""
    tables: dict = {}
    for position, block in enumerate(blocks):
        if block.kind in ("cell", "p", "text"):
            table = table_of(block.element)
            if table is not None:
                tables.setdefault(table, []).append(position)
    cells: set[int] = set()
    for positions in _tables_in_series(blocks, list(tables.values())):
        first, last = positions[0], positions[-1]
        above = _above_subheadings(blocks, first)
        if len(positions) >= _TABLE_CELLS and above and (is_prose_line(blocks[above - 1])
                                                         or _introduces_table(blocks[:above])) \
                and (is_prose_line(blocks[last + 1]) if last + 1 < len(blocks) else _data_cells(blocks[first:])) \
                and all(_set_in_table(blocks[i].element) or _is_subheading(blocks[i])
                        for i in range(first, last + 1)):
            cells |= {id(blocks[i]) for i in positions}
    return cells


def _tables_in_series(blocks: list[Block], tables: list[list[int]]) -> list[list[int]]:
    """The tables' cell positions, a table following another with nothing but subheadings between joined to it. A
    table starting before the one above it ends follows none: it is set inside it, a data table among the paragraphs
    a page's layout table holds, and stands between them."""
    series: list[list[int]] = []
    for positions in tables:
        if series and positions[0] > series[-1][-1] \
                and all(_is_subheading(blocks[i]) for i in range(series[-1][-1] + 1, positions[0])):
            series[-1] = series[-1] + positions
        else:
            series.append(positions)
    return series


def _above_subheadings(blocks: list[Block], first: int) -> int:
    """Where the blocks above a table start once the subheadings naming it ("Open A") are passed over."""
    while first and _is_subheading(blocks[first - 1]):
        first -= 1
    return first


def _is_subheading(block: Block) -> bool:
    """A heading naming what follows it ("Open A", "Evening race"), not a line introducing it ("Results:")."""
    return block.kind == "heading" and not block.link_chars and not block.text.endswith(":")


def _introduces_table(above: list[Block]) -> bool:
    """The line just above a table is a short label of the text's ("Programme:", "Agenda:") set after its prose, or
    after a list the prose goes on with ("Speakers:", their names): it introduces the table as the text's own, where
    a box's heading ("Related") names no more than furniture."""
    line = above[-1]
    return len(above) >= 2 and _after_prose(above[:-1]) and line.kind in ("p", "text", "heading") \
        and line.text.endswith(":") and not line.link_chars and not FURNITURE_LINE.search(line.text)


def _after_prose(above: list[Block]) -> bool:
    """The last of `above` is a line of prose, or the last item of a list of plain points (a link or two at most)
    under a label of the text's after a line of prose."""
    end = len(above)
    while end and above[end - 1].kind == "item" and above[end - 1].link_density <= PROSE_LIST_LINK_SHARE:
        end -= 1
    if end < len(above) and end >= 2 and above[end - 1].text.endswith(":") and not above[end - 1].link_chars:
        end -= 1  # the list's own label ("Speakers:")
    return end > 0 and is_prose_line(above[end - 1])


def _data_cells(cells: list[Block]) -> bool:
    """A table closing the text holds data (a list of subscribers and their shares, results) when its cells are
    little linked, or when most cells link nowhere, only one column's linking its names (players to their profiles
    beside their scores): a table of links after the text is a box of other stories, a link in most of its cells."""
    return sum(c.link_chars for c in cells) < PROSE_LIST_LINK_SHARE * sum(c.chars for c in cells) \
        or sum(not c.link_chars for c in cells) >= _UNLINKED_CELLS_SHARE * len(cells)


def _set_in_table(element) -> bool:
    """A cell's block, or a point of a list set in a cell (a talk and its points: <td>Talk:<ul><li>...</li></ul>):
    both are the table's lines, where a paragraph of the text between two tables is not."""
    if table_of(element) is not None:
        return True
    while element is not None and element.tag in _LIST_TAGS:
        element = element.getparent()
    return element is not None and element.tag in ("td", "th") and table_of(element) is not None


def _paid_links(items: list[Block]) -> bool:
    """Links the site marks as paid or unendorsed ("sponsored", "nofollow"): a shop list ("Best value: <product>")
    under a subheading is a buying box, not the writer's points."""
    return any(_PAID_REL.search(a.get("rel") or "") for item in items for a in item.element.iter("a"))


def _text_after(blocks: list[Block]) -> list[bool]:
    """For each position (and the end), whether text of the article follows it."""
    after = [False] * (len(blocks) + 1)
    for position in range(len(blocks) - 1, -1, -1):
        after[position] = after[position + 1] or is_text_after(blocks[position])
    return after


def _links_mostly_to_other_sites(items: list[Block], host: str) -> bool:
    """Most of the items' links lead to other sites: related-article lists link the site's own pages."""
    hrefs = [a.get("href") or "" for item in items for a in item.element.iter("a")]
    return bool(hrefs) and sum(bool(host_of(h)) and host_of(h) != host for h in hrefs) * 2 > len(hrefs)
