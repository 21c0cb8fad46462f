"""The day an event's facts, set out under the page's own headline as labelled fields ("Datum: 07.06.2024",
"Uhrzeit: 18:30", "Ort: the club house"), say it takes place.

A page dated on that very day is the event's own page, which a blog engine made a post of (dated by the event, filed
beside the news in the feed, typed a BlogPosting): the counterpart of a JSON-LD Event dated on its own day
(page_type._announces_event). A post announcing the event went out days before it, and one reporting on it after."""
from __future__ import annotations

from .dates import find_date
from .event_fields import is_event_field
from .text import lines_at_breaks, spaced_text, text_of

_HEADLINE_TAGS = ("h1", "h2", "h3")
# A field list's lines: a table's rows, a list's items, a paragraph's or a box's lines between <br>s.
_LINE_TAGS = ("tr", "li", "p", "div", "dt", "dd")
_BLOCK_TAGS = frozenset(("tr", "li", "p", "div", "dt", "dd", "ul", "ol", "dl", "table", "h1", "h2", "h3", "h4", "h5",
                         "h6", "blockquote", "section", "article"))


def event_day(root, title: str | None, *, month_first: bool = False) -> str | None:
    """The day (YYYY-MM-DD) the first labelled day field among the facts under the page's headline names, when they
    set out an event: the day's field beside a field of when or where it takes place. None without such facts, or
    without a headline of the title's text to find them under (a sidebar's "upcoming event" is another page's)."""
    headline = _headline(root, title)
    if headline is None or headline.getparent() is None:
        return None
    lines = _lines_after(headline.getparent(), headline)
    for i, line in enumerate(lines):
        beside = tuple(lines[max(0, i - 1):i] + lines[i + 1:i + 2])
        # The labels first: a pattern's match, where reading a date is a parse of every line.
        if is_event_field(line, beside) and (found := find_date(line, month_first=month_first)) \
                and any(is_event_field(other, (line,)) for j, other in enumerate(lines) if j != i):
            return found[0][:10]
    return None


def _headline(root, title: str | None):
    if not title:
        return None
    wanted = " ".join(title.split())
    headings = [(element, spaced_text(element)) for element in root.iter(*_HEADLINE_TAGS)]
    # The title read may leave out a number or a label the heading shows ("1. Online meetup").
    exact = next((element for element, text in headings if text == wanted), None)
    return exact if exact is not None else next((element for element, text in headings if wanted in text), None)


def _lines_after(box, headline) -> list[str]:
    """The lines of the headline's box after the headline, in reading order: each row, item or innermost block one
    line, or one per <br> in it."""
    lines: list[str] = []
    after = False
    for element in box.iter():
        if element is headline:
            after = True
            continue
        if not after or not isinstance(element.tag, str) or element.tag not in _LINE_TAGS:
            continue
        if any(ancestor is headline for ancestor in element.iterancestors()):
            continue
        if element.tag != "tr" and any(isinstance(child.tag, str) and child.tag in _BLOCK_TAGS
                                       for child in element.iterdescendants()):
            continue  # its rows, items or blocks are the lines
        if element.tag in ("td", "th") or any(ancestor.tag == "tr" for ancestor in element.iterancestors()):
            continue  # a cell's block is part of its row's line
        lines.extend(_broken_lines(element))
    return lines


def _broken_lines(element) -> list[str]:
    if element.tag == "tr":
        return [" ".join(" ".join(text_of(cell).split()) for cell in element if isinstance(cell.tag, str)).strip()]
    return lines_at_breaks(element)
