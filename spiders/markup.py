"""A page's parsed tree, with nesting no deeper than the stages can walk: deep wrappers flattened, not dropped."""
from __future__ import annotations

import re

from lxml import etree
from scrapy.selector import Selector

# Real pages nest 20 to 60 levels. libxml2 stops reading a document at 2,048 levels (so whatever sits
# deeper is lost), and recursive tree walks hit Python's recursion limit near 1,000.
MAX_MARKUP_DEPTH = 256
# Elements that only wrap others: removing their tags keeps every word and paragraph of the page.
WRAPPER_TAGS = re.compile(r"</?(?:div|span|section|font|center|table|tbody|thead|tr|td|th|b|i|u|em|strong|small|"
                          r"big|blockquote|dl|dd|dt|ul|ol|li|figure|aside|nav|header|footer|form|label)\b[^>]*>", re.I)


def page_tree(response) -> etree._Element | None:
    """The response's parsed tree; re-parsed without wrapper tags when nested too deep; None if still too deep.

    Parsed from the body in the encoding decided for it, not through `response.selector`: that Selector and the
    response refer to each other, so every page's tree would wait for Python's cycle collector, tens of megabytes of big pages at a time.
    """
    root = Selector(body=response.body, encoding=response.encoding, type="html").root
    if not nested_deeper_than(root, MAX_MARKUP_DEPTH):
        return root
    flat = Selector(text=WRAPPER_TAGS.sub(" ", response.text), type="html").root
    return None if nested_deeper_than(flat, MAX_MARKUP_DEPTH) else flat


def nested_deeper_than(root: etree._Element, limit: int) -> bool:
    """True when an element sits more than `limit` levels deep, the root being the first.

    One XPath step per level, walked by libxml2 in C: a Python walk over every element cost a tenth of a
    millisecond a page."""
    return bool(root.xpath("/".join(["*"] * limit)))
