"""Which of a post's lists are its text: points in the writer's own words and the line introducing them, lists of
links amid its prose, fact fields, items carrying on the sentence above them."""
from __future__ import annotations

import re

from .blocks import Block
from .hints import sole_child
from .line_patterns import FURNITURE_LINE, SENTENCE_END, WORD
from .link_lines import host_of, words_beside_links
from .prose_lines import (LONG_PARAGRAPH, PROSE_LIST_LINK_SHARE, is_prose_line, is_sentence_of_text, is_text_after,
                          point_in_own_words)

# Words a list's items average when they say something ("Anna fixed the ticket page for phones"): share buttons
# and a video strip's captions name a thing in a few.
_SENTENCE_ITEM_WORDS = 8
_PAID_REL = re.compile(r"\b(?:sponsored|nofollow)\b", re.IGNORECASE)
# A field of a fact list: a label of a word or two, a colon, then its value ("Date: 3 May, 18:00", "Venue: <a>...</a>").
_FIELD = re.compile(r"^([^\W\d_][\w.\-]*(?: [^\W\d_][\w.\-]*)?): \S")
# A line introducing a list in a sentence says what follows in this many words of its own ("is giving the winners:"),
# besides a name it links; a box's label names a topic in a word or two.
_INTRO_OWN_WORDS = 3
# How many boxes a site sets around each of its text's blocks (a row, then the block's own box).
_WRAPPER_LEVELS = 2


def _item_lists(blocks: list[Block]) -> list[list[int]]:
    """The positions of each list's items among `blocks`, a list for each list element, in the order they start."""
    lists: dict = {}
    for position, block in enumerate(blocks):
        if block.kind == "item":
            lists.setdefault(block.element.getparent(), []).append(position)
    return list(lists.values())


def fields_of_fact_lists(blocks: list[Block]) -> set[int]:
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


def items_continuing_a_sentence(blocks: list[Block]) -> set[int]:
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


def points_of_prose_lists(blocks: list[Block]) -> set[int]:
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


def lines_introducing_points(blocks: list[Block], points: set[int]) -> set[int]:
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
    """The list is the element's next sibling, or (a line of bare text) one of the element's own children; or the two
    stand alone each in a box of its own, the boxes side by side (a site building its text of one block per line or
    list: "<div><div>Exported were:</div></div><div><div><ul>...")."""
    if points.getprevious() is element or (owns_text and points.getparent() is element):
        return True
    line_boxes = _sole_wrappers(element)
    return any(box.getprevious() in line_boxes for box in _sole_wrappers(points)[1:])


def _sole_wrappers(element) -> list:
    """The element and the boxes around it that hold it alone, no text of their own beside it, a few levels up."""
    boxes = [element]
    for _ in range(_WRAPPER_LEVELS):
        parent = boxes[-1].getparent()
        if parent is None or sole_child(parent) is not boxes[-1]:
            break
        boxes.append(parent)
    return boxes


def _nested_in(sublist, lists: set) -> bool:
    point = sublist.getparent()
    while point is not None and point.tag == "li":
        if point.getparent() in lists:
            return True
        point = point.getparent().getparent() if point.getparent() is not None else None
    return False


def lists_amid_prose(blocks: list[Block], host: str) -> set[int]:
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
