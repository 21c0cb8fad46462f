"""Close the <div>s a page leaves open inside a block element at that element's end tag, as browsers do.

libxml2 ignores an end tag such as </figure>, </section> or </blockquote> while a <div> opened inside the element is
still open; a browser closes the <div> there (the HTML standard's "generate implied end tags" for those end tags). A
theme writing "<figure><div><img></figure>" then has libxml2 nest the rest of the post, and the page after it, in
that picture's box, and what drops the box drops the text.
"""
from __future__ import annotations

import re

# End tags a browser honours by closing whatever was opened inside the element since (the standard's list of
# "address, article, aside, blockquote, ..." end tags, and </li>, </dd>, </dt>), <div> apart: a </div> closes the
# innermost <div> anyway.
_CLOSING_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "dl", "fieldset",
    "figcaption", "figure", "footer", "header", "hgroup", "listing", "main", "menu", "nav", "ol", "pre", "search",
    "section", "summary", "ul", "li", "dd", "dt",
})
# A table's parts bound what an end tag reaches: their end tags close what was opened in them (libxml2 does so too),
# and an end tag of an element opened outside the table is ignored inside it.
_TABLE_PARTS = frozenset({"table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th"})
_TRACKED = _CLOSING_BLOCKS | _TABLE_PARTS | {"div"}
# The tracked tags, and where no tag is read: text of scripts and styles, comments, CDATA. Only the tracked tags are
# matched: a page's other tags (most of them) cost no Python step.
_TAG = re.compile(r"<(?:!--.*?-->|!\[CDATA\[.*?\]\]>|(script|style|textarea|title)\b[^>]*>.*?</\1\s*>"
                  r"|(/?)(" + "|".join(sorted(_TRACKED, key=len, reverse=True)) + r")(?![a-zA-Z0-9-])[^>]*>)",
                  re.DOTALL | re.IGNORECASE)


def close_divs_left_open(text: str) -> str:
    """The page's text with a "</div>" written before each end tag of a block element for every <div> opened inside
    that element and not closed there; the text as it came when none is left open (nearly every page)."""
    # A page closing as many <div>s as it opens leaves none open (nearly every page): spared the walk over its tags.
    if text.count("<div") + text.count("<DIV") <= text.count("</div") + text.count("</DIV"):
        return text
    open_elements: list[str] = []   # the block elements and <div>s open at this point, innermost last
    inserts: list[tuple[int, int]] = []   # (offset of an end tag, how many "</div>" go before it)
    for match in _TAG.finditer(text):
        name = match.group(3)
        if name is None:
            continue   # a script, style, comment: no tags in it
        name = name.lower()
        if not match.group(2):
            if not match.group(0).endswith("/>"):
                open_elements.append(name)
            continue
        if name not in open_elements:
            continue   # a stray end tag: browsers ignore it, and so does libxml2
        inner = len(open_elements) - 1 - open_elements[::-1].index(name)
        opened_since = open_elements[inner + 1:]
        if name not in _TABLE_PARTS and _TABLE_PARTS.intersection(opened_since):
            continue   # the element was opened outside the table this end tag stands in: ignored
        left_open = opened_since.count("div")
        if name in _CLOSING_BLOCKS and left_open:
            inserts.append((match.start(), left_open))
        del open_elements[inner:]
    if not inserts:
        return text
    parts, start = [], 0
    for offset, count in inserts:
        parts += [text[start:offset], "</div>" * count]
        start = offset
    parts.append(text[start:])
    return "".join(parts)
