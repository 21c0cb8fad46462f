"""Boxes a script opens over the whole page (a page builder's popups: a terms-of-use notice, a sign-up pitch): set
straight under <body>, beside the page's own layout, and named a modal, popup or overlay. Only the site's stylesheet
hides them, so their paragraphs can outweigh a short post; they are never its text."""
from __future__ import annotations

from . import xpaths
from .hints import attribute_words
from .text import text_of

# Elements that are the page's own layout, whatever their class says.
_LAYOUT_TAGS = frozenset({"main", "article", "header", "footer", "nav", "script", "style", "noscript", "template"})


def page_overlays(root) -> list:
    """The <body>'s children named a modal, popup or overlay that hold no headline and less than half the page's
    text: a box wrapping the whole page (a theme's "page-overlay-wrap" around an off-canvas menu's backdrop) holds the
    headline and most of the text, a popup neither."""
    body = root.find("body")
    if body is None:
        return []
    page_chars = None  # the whole page's text is read only on a page with a box so named, which most have not
    boxes = []
    for child in body:
        if not isinstance(child.tag, str) or child.tag in _LAYOUT_TAGS:
            continue
        if xpaths.OVERLAY_WORDS.isdisjoint(attribute_words(f"{child.get('class', '')} {child.get('id', '')}")):
            continue
        if next(child.iter("h1", "main", "article"), None) is not None:
            continue
        if page_chars is None:
            page_chars = len(text_of(body))
        if 2 * len(text_of(child)) >= page_chars:
            continue
        boxes.append(child)
    return boxes
