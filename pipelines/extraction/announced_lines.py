"""The linked lines closing a text that the writer's own sentence announces ("Please see our updated course
descriptions:"): the text's, however each is set (a list's points, a paragraph a link, a short heading over them)."""
from __future__ import annotations

from .ancestry import within
from .blocks import Block
from .line_patterns import FURNITURE_LINE
from .link_lines import leads_away, leads_to_social_network
from .links_amid_text import mostly_own_words, writers_own_element
from .text import text_of
from .writers_link_lists import announces_list, under_heading

# The writer lists where to read on in a few lines; more after a colon are a menu or a site's box.
_MOST_LINES = 12
# A heading among the announced lines names a group of them ("Secondary Division"); a longer one heads a section.
_GROUP_HEADING_WORDS = 6
# A line whose words are mostly its link's is a linked line.
_LINKED_SHARE = 0.5


def announced_closing_lines(blocks: list[Block], host: str = "") -> set[int]:
    """Ids of the blocks after the text's last paragraph of the writer's that ends on a sentence announcing a list (a
    colon after six words or more, no heading right above it), when every one of them, up to the text's end, is a
    linked line or a short heading over such lines in the paragraph's own element and a link line is among them: the
    places the writer sends the reader to. A box's label ("Read also:") is too short to announce, and one under a
    heading is the site's box; the post's meta lines after its text element ("Filed under ...") are no such lines,
    nor is a line naming furniture ("Leave a reply"). A paragraph that is that one sentence alone, short and ending on
    its colon ("You can find the documentation on the API here:"), announces only lines leading to other sites or
    documents (`host`: the page's), such as the address it names: a site's box under a label of as many words ("You
    may also be interested in:") links the site's own pages or its profiles."""
    at = next((i for i in range(len(blocks) - 1, -1, -1) if _announcing(blocks[i])), None)
    if at is None:
        return set()
    after = [b for b in blocks[at + 1:] if b.chars]
    text_element = blocks[at].element.getparent()
    if not after or len(after) > _MOST_LINES or not any(_linked(b) for b in after) \
            or not all((_linked(b) or _group_heading(b)) and b.element is not None
                       and within(b.element, text_element) and not _names_furniture(b, host) for b in after):
        return set()
    if not writers_own_element(blocks[at].element) and not (host and all(_leads_elsewhere(b, host) for b in after)):
        return set()
    return {id(b) for b in after}


def _announcing(block: Block) -> bool:
    element = block.element
    return element is not None and element.tag == "p" and block.kind in ("p", "text") \
        and mostly_own_words(element) and announces_list(element) and not under_heading(element)


def _names_furniture(block: Block, host: str) -> bool:
    """A line naming furniture ("Leave a reply", "Share"). A line linking another site's page names that page, whose
    words may be a furniture word's ("Improving the editing experience #2285", a discussion on a forge)."""
    return bool(FURNITURE_LINE.search(block.text)) and not (host and _leads_elsewhere(block, host))


def _leads_elsewhere(block: Block, host: str) -> bool:
    """Every link of the line leads to another site than a social network, or to a document."""
    links = [a.get("href") or "" for a in block.element.iter("a") if text_of(a).strip()]
    return bool(links) and all(leads_away(h, host) and not leads_to_social_network(h) for h in links)


def _linked(block: Block) -> bool:
    return block.chars > 0 and block.link_chars >= _LINKED_SHARE * block.chars


def _group_heading(block: Block) -> bool:
    return block.kind == "heading" and len(block.text.split()) <= _GROUP_HEADING_WORDS
