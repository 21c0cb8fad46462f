"""A link the writer sets as a paragraph of its own amid the text's paragraphs ("Answers to round 1" over its PDF
between two rounds, "<a>News story</a> on the ruling." between two paragraphs): the text's, unlike the site's "read
also" teasers, credits and pagers set in the same place."""
from __future__ import annotations

from .blocks import Block
from .heading_lines import set_in_bold
from .line_patterns import FULL_STOP, LABEL
from .link_lines import is_closing_link, sole_link
from .prose_lines import LONG_PARAGRAPH, PROSE_LIST_LINK_SHARE
from .stamp_lines import CAPTION_START, ends_on_credit
from .text import spaced_text, text_of

# The text's own element sets its paragraphs and the writer's lists side by side.
_TEXT_TAGS = ("p", "ol", "ul")


def writers_link_amid_text(block: Block, host: str) -> bool:
    """A paragraph of one link to another site or a document, no prompt, credit or label ("Photos:", "Read also:")
    and not set wholly in bold as a teaser's headline is, right after a paragraph or a list of the writer's: the
    writer pointing to what they write about, where they write about it, followed by more of the text or closing the
    element holding it (the report a post ends on, whatever box of the site's the page sets after that element)."""
    element = block.element
    if block.kind != "p" or element is None or element.tag != "p" or sole_link(block) is None \
            or not is_closing_link(block, host) or set_in_bold(block) or LABEL.search(block.text) \
            or CAPTION_START.match(block.text) or ends_on_credit(block.text):
        return False
    before = sibling_with_text(element.itersiblings(preceding=True))
    return before is not None and writers_own_element(before)


def sibling_with_text(siblings):
    return next((s for s in siblings if isinstance(s.tag, str) and text_of(s).strip()), None)


def writers_own_element(element) -> bool:
    """A paragraph of prose or a list of points, its words mostly the writer's own, not its links'."""
    if not mostly_own_words(element):
        return False
    text = spaced_text(element)
    return element.tag != "p" or len(text) >= LONG_PARAGRAPH or FULL_STOP.search(text) is not None


def mostly_own_words(element) -> bool:
    """A paragraph or list whose words are mostly not its links' (however short, and whatever it ends on)."""
    text = spaced_text(element)
    linked = sum(len(spaced_text(a)) for a in element.iter("a"))
    return element.tag in _TEXT_TAGS and linked < PROSE_LIST_LINK_SHARE * len(text)
