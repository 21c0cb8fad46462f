"""Whether a page shows readers a given day: in a <time> element or a short line of its text."""
from __future__ import annotations

from .dates import find_date

# A line this long or shorter may be a date line; longer ones are running text.
MAX_DATE_LINE = 200
HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "head", "title"})


def shows_any_day(root, days: set[str]) -> bool:
    """True when the page's body shows readers one of the days (`YYYY-MM-DD`) in a <time> element or a short line."""
    body = root.find(".//body") if root.tag != "body" else root
    if body is None:
        return False
    if any((time.get("datetime") or "").strip()[:10] in days for time in body.iter("time")):
        return True
    for text in _shown_texts(body):
        found = find_date(text) if text and len(text.strip()) <= MAX_DATE_LINE else None
        if found and found[0][:10] in days:
            return True
    return False


def _shown_texts(element):
    """The text pieces of an element readers see: not those of scripts, styles, templates or comments."""
    if not isinstance(element.tag, str) or element.tag in HIDDEN_TAGS:
        return
    yield element.text
    for child in element:
        yield from _shown_texts(child)
        yield child.tail
