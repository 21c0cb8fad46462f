"""Render body blocks as display HTML and sanitise it with nh3 (no scripts, handlers or javascript: URLs)."""
from __future__ import annotations

import html

import nh3
from lxml import etree

from .blocks import Block
from .links import absolute
from .text import spaced_text

ALLOWED_TAGS = {"p", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "pre", "a", "strong", "em", "b", "i", "br",
                "sup", "sub", "code"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
_HEADING_TAGS = {"h2": "h2", "h3": "h3", "h4": "h4", "h5": "h4", "h6": "h4"}


# One sanitiser for every page: nh3.clean() builds one from its arguments on each call, which cost as much as the
# cleaning of an article's text.
_SANITISER = nh3.Cleaner(tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, url_schemes={"http", "https", "mailto"},
                         link_rel="noopener noreferrer nofollow")


def sanitise_html(fragment: str) -> str:
    return _SANITISER.clean(fragment)


def render_blocks(blocks: list[Block], base_url: str) -> str:
    """Blocks as HTML, keeping inline links (made absolute) and emphasis where a block is a whole element."""
    parts: list[str] = []
    open_list = False
    for block in blocks:
        if block.kind == "item" and not open_list:
            parts.append("<ul>")
            open_list = True
        elif block.kind != "item" and open_list:
            parts.append("</ul>")
            open_list = False
        parts.append(_render(block, base_url))
    if open_list:
        parts.append("</ul>")
    return sanitise_html("\n".join(parts))


def _render(block: Block, base_url: str) -> str:
    tag = block.element.tag if block.element is not None else None
    if block.kind == "heading":
        return f"<{_HEADING_TAGS.get(tag, 'h3')}>{html.escape(block.text)}</{_HEADING_TAGS.get(tag, 'h3')}>"
    inner = _inner_html(block, base_url) if tag in ("p", "li", "blockquote") else None
    wrapper = {"item": "li", "quote": "blockquote"}.get(block.kind, "p")
    return f"<{wrapper}>{inner if inner is not None else html.escape(block.text)}</{wrapper}>"


def _inner_html(block: Block, base_url: str) -> str | None:
    """The element's own markup when the block is all of its text (no nested blocks, no <br><br> split): the copy
    left of it when a trim cut its opening words (Block.shown)."""
    element = block.shown if block.shown is not None else block.element
    if element is None:
        return None
    if len(element) and any(isinstance(child.tag, str) and child.tag in ("p", "div", "ul", "ol") for child in element):
        return None
    if spaced_text(element) != block.text:
        return None
    for link in element.iter("a"):
        href = link.get("href")
        if href:
            link.set("href", absolute(href, base_url) or "")
    # etree's serialiser, not lxml.html's wrapper: that also searches the markup for <meta http-equiv="Content-Type">
    # tags to remove, which the sanitiser drops anyway.
    markup = etree.tostring(element, method="html", encoding="unicode", with_tail=False)
    start, end = markup.find(">") + 1, markup.rfind("<")
    return markup[start:end] if 0 < start <= end else None
