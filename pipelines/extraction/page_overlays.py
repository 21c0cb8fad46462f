"""Boxes a script opens over the whole page (a page builder's popups: a terms-of-use notice, a sign-up pitch): set
straight under <body>, beside the page's own layout, or anywhere a link of the page opens them (a lightbox a menu's
`#id` link shows), and named a modal, popup or overlay. Only the site's stylesheet hides them, so their paragraphs
can outweigh a short post; they are never its text."""
from __future__ import annotations

from lxml import etree

from . import xpaths
from .hints import attribute_words
from .text import text_of

# Elements that are the page's own layout, whatever their class says.
_LAYOUT_TAGS = frozenset({"main", "article", "header", "footer", "nav", "script", "style", "noscript", "template"})
IN_PAGE_LINK_TARGETS = etree.XPath("//a[contains(@href, '#')]/@href", smart_strings=False)


def page_overlays(root) -> list:
    """The <body>'s children named a modal, popup or overlay that hold no headline and less than half the page's
    text: a box wrapping the whole page (a theme's "page-overlay-wrap" around an off-canvas menu's backdrop) holds the
    headline and most of the text, a popup neither. And, wherever they stand, the boxes so named holding an <h1> that
    a link of the page opens by their id, with no main region or post and less than half the page's text."""
    body = root.find("body")
    if body is None:
        return []
    page_chars = None  # the whole page's text is read only on a page with a box so named, which most have not
    boxes = []
    for child in body:
        if not isinstance(child.tag, str) or child.tag in _LAYOUT_TAGS:
            continue
        if not _named_overlay(child):
            continue
        if next(child.iter("h1", "main", "article"), None) is not None:
            continue
        if page_chars is None:
            page_chars = len(text_of(body))
        if 2 * len(text_of(child)) >= page_chars:
            continue
        boxes.append(child)
    # A box so named holding an <h1> (the site's name atop an about-box) that a link of the page opens by its id
    # (`<a href="#eng-popup">` in a masthead's language menu) is one wherever it stands: the page's own text and
    # headline are no link's popup. Looked for above the page's few <h1>s, which alone could keep such a box.
    named = list(dict.fromkeys(box for h1 in root.iter("h1") for box in h1.iterancestors()
                               if box.get("id") and _named_overlay(box)))
    opened = {href.rsplit("#", 1)[1] for href in IN_PAGE_LINK_TARGETS(root)} if named else set()
    for box in named:
        if box.get("id") not in opened or next(box.iter("main", "article"), None) is not None:
            continue
        if page_chars is None:
            page_chars = len(text_of(body))
        if 2 * len(text_of(box)) < page_chars:
            boxes.append(box)
    return boxes


def _named_overlay(element) -> bool:
    return not xpaths.OVERLAY_WORDS.isdisjoint(attribute_words(f"{element.get('class', '')} {element.get('id', '')}"))
