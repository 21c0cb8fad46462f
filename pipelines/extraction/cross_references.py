"""The writer's numbered figures and tables that the text refers to by in-page links set in its sentences ("as
<a href="#fig-flow">Figure 1</a> shows"): Pandoc, Quarto, Bookdown and Sphinx make such cross-references, and the
ids they point to are labels of the writer's, naming what the figure shows, not what the element is for."""
from __future__ import annotations

from urllib.parse import unquote

from .text import text_of

# A cross-reference is a word of a sentence: the paragraph around it holds this much text. A menu's, a contents box's
# or a skip link's in-page links stand alone on their lines.
_CITING_PARAGRAPH_CHARS = 80
_PARAGRAPH_TAGS = ("p", "li", "dd", "td", "blockquote")
# What a cross-reference leads to: a captioned figure or table (a box the text links to, "sign up in the
# <a href=#newsletter>form below</a>", holds none).
_CAPTIONED = (("figure", "figcaption"), ("table", "caption"))


def cross_referenced_ids(elements) -> frozenset[str]:
    """The ids of the captioned figures and tables (or their wrappers) that links inside the text's sentences lead
    to, among `elements` (the page's elements, in document order)."""
    cited = set()
    for link in elements:
        href = (link.get("href") or "") if link.tag == "a" else ""
        if len(href) < 2 or not href.startswith("#"):
            continue
        paragraph = next(link.iterancestors(*_PARAGRAPH_TAGS), None)
        if paragraph is not None and len(text_of(paragraph).strip()) >= _CITING_PARAGRAPH_CHARS:
            cited.add(unquote(href[1:]))
    if not cited:
        return frozenset()
    return frozenset(element.get("id") for element in elements
                     if element.get("id") in cited and _holds_captioned(element))


def _holds_captioned(element) -> bool:
    return any(next(holder.iter(caption), None) is not None
               for tag, caption in _CAPTIONED for holder in element.iter(tag))
