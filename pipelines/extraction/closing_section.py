"""The text's last section when the text runs in sections: a short section under a subheading set as the text's others
("Community" over "Join us on our mailing list"), a line or two or the points of one short list, kept whole however
short or named like furniture (content_blocks.py reads it among the text's closing lines)."""
from __future__ import annotations

from .blocks import Block
from .heading_lines import SECTIONS_ABOVE, headings_set_alike
from .line_patterns import FURNITURE_LINE
from .link_lines import leads_away, leads_to_social_network, sole_link
from .prose_lines import LONG_PARAGRAPH
from .xpaths import HEADING_TAGS

# A text running in sections (heading_lines.SECTIONS_ABOVE) may close on a section of a line or two, or of the
# points of one short list ("Community" over "Join us on our mailing list", "Follow us at @handle").
_SECTION_LINES = 2
_SECTION_POINTS = 5
# A point is one link when the link holds nearly all its words (a bullet's trailing stop aside).
_WHOLE_LINK = 0.9


def closing_section(kept: list[Block], host: str = "") -> set[int]:
    """The text's last section when the text runs in sections: a heading set as a few of the text's subheadings
    above it (the same tag and class, in the same element), then a short line or two, all of the section ("Newsletter"
    over "Keep up to date with our newsletter: <address>"). However short, or named like furniture, the section is
    the text's, as the others are; a site's box after the text is set apart from its subheadings, and a label after
    a section's paragraph ("Related:") closes that section, not the text. A heading a rank below the text's
    subheadings, set as they are, heads a part of the last section (an <h3> under the <h2>s): the text's too."""
    last = max((i for i, b in enumerate(kept) if b.kind == "heading"), default=None)
    if last is None:
        return set()
    heading, lines = kept[last], kept[last + 1:]
    after_text = last > 0 and kept[last - 1].kind != "heading"
    if heading.element is None or not _lines_of_section(heading, lines, host, after_text):
        return set()
    alike = sum(1 for b in kept[:last] if b.kind == "heading" and b.element is not None
                and (headings_set_alike(b, heading) or _ranks_above(b, heading)))
    return {id(heading), *(id(b) for b in lines)} if alike >= SECTIONS_ABOVE else set()


def _lines_of_section(heading: Block, lines: list[Block], host: str, after_text: bool) -> bool:
    """The lines under the heading are a short section's: a line or two set beside it, or the points of one short list
    set beside it (a Markdown section's bullets, their <ul> a sibling of the heading as its paragraphs would be),
    unless the heading names the list as a site labels its box of stories ("Related articles"), stands right under
    another heading (a label over the box's own label), or every point is one link to a page of the site's or to a
    social network (its other stories, its share buttons)."""
    if not lines or any(b.element is None or b.chars >= LONG_PARAGRAPH for b in lines):
        return False
    holder = heading.element.getparent()
    if all(b.kind in ("p", "text") for b in lines):
        return len(lines) <= _SECTION_LINES and all(b.element.getparent() is holder for b in lines)
    lists = {b.element.getparent() for b in lines}
    return after_text and all(b.kind == "item" for b in lines) and len(lines) <= _SECTION_POINTS and len(lists) == 1 \
        and next(iter(lists)).getparent() is holder and not FURNITURE_LINE.search(heading.text) \
        and not all(_links_to_own_page_or_network(b, host) for b in lines)


def _links_to_own_page_or_network(point: Block, host: str) -> bool:
    """The point is one link, all of its words, to a page of the site's or to a social network."""
    link = sole_link(point)
    href = link.get("href") or "" if link is not None else ""
    return link is not None and point.link_density >= _WHOLE_LINK and (not leads_away(href, host)
                                                                          or leads_to_social_network(href))


def closing_links_of_last_section(blocks: list[Block], host: str = "") -> set[int]:
    """The linked lines of the text's last section (closing_section, found among its lines before any is weighed as
    furniture): the writer's call closing it, a button worded as a site's ("Yes please, contact us"), which the
    furniture rule would take before the section is seen, and the points of a list the section is set as. Its other
    lines are weighed as any (a date stamp under "Posted" goes); under a linked heading, set as other linked headings
    are, lines are other stories' excerpts."""
    last = max((i for i, b in enumerate(blocks) if b.kind == "heading"), default=None)
    if last is None or blocks[last].element is None or blocks[last].link_density > 0.5 \
            or any(b.kind == "heading" and b.element is not None and b.link_density > 0.5
                   and headings_set_alike(b, blocks[last]) for b in blocks[:last]):
        return set()
    section = closing_section(blocks, host)
    # The points of a list the section is set as are the writer's, each ("Follow us at <a>@handle</a>.", "See
    # <a>more</a>."), as a paragraph of the section's would be.
    return {id(b) for b in blocks[last + 1:] if id(b) in section and (b.link_density > 0.5 or b.kind == "item")}


def _ranks_above(block: Block, heading: Block) -> bool:
    """`block` is a subheading of a higher rank than `heading`, set in the same element and class (<h2> over <h3>)."""
    one, other = block.element, heading.element
    return one.tag in HEADING_TAGS and other.tag in HEADING_TAGS \
        and HEADING_TAGS.index(one.tag) < HEADING_TAGS.index(other.tag) \
        and one.get("class") == other.get("class") and one.getparent() is other.getparent()
