"""A standfirst a theme sets inside its byline box ("<div class="byline-social">" holding the writer, the date, the
share buttons and then `<p class="strapline">`): the box goes as furniture, its standfirst stays for the body."""
from __future__ import annotations

from . import xpaths
from .hints import class_words, names_lead

_LEAD_TAGS = ("p", "h2")


def lift_leads_out_of_byline_boxes(doomed: list) -> None:
    """Move each standfirst held by a byline box of `doomed` right after the box, where it stands in the page's order
    once the box is gone. A writer's card's "author-intro" introduces the writer, and a linked line leads elsewhere:
    neither is a standfirst."""
    for box in doomed:
        if box.getparent() is None or not _names_byline(box.get("class") or ""):
            continue
        leads = [part for part in box.iterdescendants(*_LEAD_TAGS)
                 if names_lead(part.get("class") or "") and not _names_byline(part.get("class") or "")
                 and next(part.iter("a"), None) is None]
        for lead in reversed(leads):
            lead.tail = None  # the tail stood inside the box, which goes
            box.addnext(lead)


def _names_byline(attribute: str) -> bool:
    return any(word.startswith(xpaths.BYLINE_CLASSES) for word in class_words(attribute))
