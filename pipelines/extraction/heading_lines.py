"""Lines set as headings: a teaser's linked headline, the heading of the writer's box, a heading closing the text,
a short line set wholly in bold as editors without a heading style set one, a text's subheadings set alike."""
from __future__ import annotations

import re

from .blocks import Block, text_length
from .furniture_lines import names_hashtag
from .line_patterns import FULL_STOP
from .prose_lines import SHORT_LINE_CHARS
from .text import text_of

# The heading of the writer's box, in the partners' languages and English.
_AUTHOR_BOX_HEADING = re.compile(
    r"^(?:about the (?:authors?|writers?)|über (?:den autor|die autorin|die autor(?:inn)?en)|zum autor|zur autorin|"
    r"om (?:författaren|författarna|skribenten|forfatteren|forfatterne)|(?:tietoa )?kirjoittaja(?:sta|ista))"
    r"\s*:?$", re.IGNORECASE)
# Editors whose text box has no heading style set a line apart in bold.
_BOLD_TAGS = frozenset({"strong", "b"})
# A text running in sections has a few subheadings set alike.
SECTIONS_ABOVE = 2


def is_teaser_headline(block: Block) -> bool:
    return block.kind in ("heading", "title") and block.link_density > 0.5


def heads_author_box(block: Block) -> bool:
    """A heading naming the writer's box ("About the author", "Über die Autorin", "Om författaren", "Kirjoittajasta"):
    after the text, the bio under it is the site's card for the writer, the same under each of their posts. Editors
    whose text box has no heading style set it as a line wholly in bold ("<p><strong>About the author</strong></p>")."""
    return set_as_heading(block) and _AUTHOR_BOX_HEADING.match(block.text) is not None


def set_as_heading(block: Block) -> bool:
    """A heading, or a short line set wholly in bold, as editors without a heading style set one."""
    return block.kind == "heading" or (block.kind in ("p", "text") and block.element is not None
                                       and block.chars < SHORT_LINE_CHARS and set_in_bold(block))


def is_closing_heading(block: Block) -> bool:
    """A heading after the text heads what follows it (related stories, a form), unless it is a sentence or names
    the hashtag to follow ("Follow the meeting: #meetup2024"), or captions a picture: a theme's figure shortcode sets
    the caption of a picture closing the text as a heading inside its <figcaption>."""
    return block.kind == "heading" and FULL_STOP.search(block.text) is None and not names_hashtag(block) \
        and not picture_caption(block)


def picture_caption(block: Block) -> bool:
    """The block is a picture's caption: its <figcaption>, or within one."""
    return block.element is not None and (block.element.tag == "figcaption"
                                          or next(block.element.iterancestors("figcaption"), None) is not None)


def set_in_bold(block: Block) -> bool:
    """All of the block's text is inside <strong>/<b>, an <em> around or within them aside."""
    element = block.element
    bold = 0
    for tag in element.iter(*_BOLD_TAGS):
        outer = tag.getparent()
        while outer is not element and outer.tag not in _BOLD_TAGS:
            outer = outer.getparent()
        if outer is element:  # counted once, at the outermost bold tag
            bold += text_length(text_of(tag))
    return bold == block.chars


def headings_set_alike(block: Block, heading: Block) -> bool:
    """The same tag and class as the heading, in the same element: one of a text's subheadings set alike."""
    one, other = block.element, heading.element
    return one.tag == other.tag and one.get("class") == other.get("class") and one.getparent() is other.getparent()
