"""A page's parsed tree, with nesting no deeper than the stages can walk: deep wrappers flattened, not dropped."""
from __future__ import annotations

import codecs
import re

import lxml.html
from lxml import etree
from parsel.selector import create_root_node

from news_archive.archive.c1_characters import read_c1_as_windows_1252, read_utf8_c1_as_windows_1252
from news_archive.archive.end_tags import close_divs_left_open

# Real pages nest 20 to 60 levels. libxml2 stops reading a document at 2,048 levels (so whatever sits
# deeper is lost), and recursive tree walks hit Python's recursion limit near 1,000.
MAX_MARKUP_DEPTH = 256
# Elements that only wrap others: removing their tags keeps every word and paragraph of the page.
WRAPPER_TAGS = re.compile(r"</?(?:div|span|section|font|center|table|tbody|thead|tr|td|th|b|i|u|em|strong|small|"
                          r"big|blockquote|dl|dd|dt|ul|ol|li|figure|aside|nav|header|footer|form|label)\b[^>]*>", re.I)
# One XPath step per level, compiled once: compiling the 256 steps cost as much as walking them.
TOO_DEEP = etree.XPath("/".join(["*"] * MAX_MARKUP_DEPTH))

# lxml.html's element classes, chosen in C: lxml.html.HTMLParser asks a Python method for the class of every
# element each time the spider or the extractor first touches it. The same classes, so the tree is the same.
HTML_CLASSES = etree.ElementNamespaceClassLookup(etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment, pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity))
HTML_CLASSES.get_namespace(None).update({"form": lxml.html.FormElement, "input": lxml.html.InputElement,
                                         "select": lxml.html.SelectElement, "textarea": lxml.html.TextareaElement,
                                         "label": lxml.html.LabelElement})


class PageParser(etree.HTMLParser):
    """lxml.html's parser with the extraction's options (pipelines/extraction/html_input.py): no comments or
    processing instructions, which neither the spider's decisions nor the extractor read, and no ID index."""

    def __init__(self, **kwargs):
        super().__init__(remove_comments=True, remove_pis=True, collect_ids=False, default_doctype=False, **kwargs)
        self.set_element_class_lookup(HTML_CLASSES)


def page_text(response) -> str:
    """The response's text with its C1 controls read as Windows-1252 (archive/c1_characters.py): the response's own
    text object when it holds none, as nearly every page does."""
    if _is_utf8(response.encoding):
        return read_utf8_c1_as_windows_1252(response.body, response.text)
    return read_c1_as_windows_1252(response.text)


def _is_utf8(encoding: str) -> bool:
    try:
        return codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False


def page_tree(response, text: str | None = None) -> etree._Element | None:
    """The response's parsed tree; re-parsed without wrapper tags when nested too deep; None if still too deep.
    `text`: the response's page_text, when the caller has it.

    Parsed from the body in the encoding decided for it by parsel's own steps (as `response.selector` would),
    not through a Selector: that Selector and the response refer to each other, so every page's tree would wait
    for Python's cycle collector, tens of megabytes of big pages at a time. A page leaving a <div> open inside a
    block element is parsed from its text with that <div> closed where a browser closes it (archive/end_tags.py),
    and a page holding C1 controls from its page_text.
    """
    text = page_text(response) if text is None else text
    repaired = close_divs_left_open(text)
    root = create_root_node("", PageParser, body=response.body, encoding=response.encoding) \
        if repaired is response.text else create_root_node(repaired, PageParser)
    if not TOO_DEEP(root):
        return root
    flat = create_root_node(WRAPPER_TAGS.sub(" ", text), PageParser)
    return None if TOO_DEEP(flat) else flat


# The generic author tag, whatever the case of its name: what a template prints on every page it prints here.
STATED_AUTHOR = etree.XPath("//meta[translate(@name, 'AUTHOR', 'author') = 'author']/@content")


def stated_author(root) -> str:
    """The page's <meta name="author">, whitespace collapsed; "" when it states none."""
    return next((" ".join(value.split()) for value in STATED_AUTHOR(root) if value.strip()), "")
