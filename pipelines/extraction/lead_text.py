"""The text of a box classed as the standfirst: the writer's opening words, not the headline or date line it may hold.

A theme's "article-intro" box sets the headline, the picture and the `<time>` of the post together; read whole, its
text was the headline run into the date ("...supplies17 Jun 2022"), stored as the lead. The headline (the page's
`<h1>`, or a block of the page's title) and the date (a `<time>`, or a block or date-classed line showing only a date)
are left out, and the texts of separate block elements are joined by a space, as a reader sees them.
"""
from __future__ import annotations

from . import xpaths
from .blocks import BLOCK_TAGS
from .hints import class_words
from .links import clean_text
from .stamp_lines import is_date_line, less_opening_stamp, opening_stamp
from .text import fold, text_of

# A date line is a few words at most: longer lines are not asked whether they are one.
_MAX_DATE_LINE_CHARS = 80
# A box of more text than a lead holds with a headline and a date line is none (find_lead takes 1000 characters at
# most): it is not walked, on a page whose whole text is classed "intro".
_MAX_BOX_CHARS = 1500


def lead_text(element, title: str | None, page_days: frozenset[str] | set[str] = frozenset()) -> str:
    """The element's text without the headline and date lines it holds, its blocks' texts spaced apart, nor the
    page's day (`page_days`) a theme sets before its first sentence (stamp_lines.opening_stamp)."""
    if not len(element):
        return clean_text(element.text)
    whole = clean_text(text_of(element))
    stamp = opening_stamp(element, page_days)
    if len(whole) > _MAX_BOX_CHARS:
        return less_opening_stamp(whole, stamp)
    parts: list[str] = []
    _collect(element, fold(title or ""), parts, top=True)
    return less_opening_stamp(clean_text("".join(parts)), stamp)


def _collect(element, folded_title: str, parts: list[str], top: bool = False) -> None:
    if not top and _headline_or_date(element, folded_title):
        return
    block = element.tag in BLOCK_TAGS or element.tag == "br"
    if block:
        parts.append(" ")
    parts.append(element.text or "")
    for child in element:
        if isinstance(child.tag, str):
            _collect(child, folded_title, parts)
        parts.append(child.tail or "")
    if block:
        parts.append(" ")


def _headline_or_date(element, folded_title: str) -> bool:
    tag = element.tag
    if tag == "time" or tag == "h1":
        return True
    # An inline element is a date line only when classed as one: a sentence may open on a day ("On 2 May ...").
    if tag not in BLOCK_TAGS and not any(word.startswith(xpaths.DATE_CLASSES)
                                         for word in class_words(element.get("class") or "")):
        return False
    text = text_of(element)
    if folded_title and fold(text) == folded_title:
        return True
    return len(text) <= _MAX_DATE_LINE_CHARS and is_date_line(clean_text(text))
