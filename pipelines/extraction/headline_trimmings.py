"""The headline in an <h1> that holds more: a date badge a theme sets before it, a byline or a date line after it."""
from __future__ import annotations

import re

from .author_names import byline_closing
from .dates import date_without_year, find_date, typed_date
from .heading_reading import heading_text

_LETTERS = re.compile(r"[^\W\d_]{2,}")
# The label of a date line a theme sets inside the headline's element runs to a few words ("Posted on", "gepost op").
_DATE_LABEL_WORDS = 3


def less_date_badge(h1) -> tuple[str, str]:
    """(the <h1>'s text without the date badge a theme sets inside it before the headline, its whole text):
    `<h1><span class="date">02 Jan</span> Title</h1>` reads "Title". The badge is an element opening the heading
    whose whole text is a day and month, or a date; a heading without one gives ("", its text)."""
    text = heading_text(h1)
    first = next((child for child in h1 if isinstance(child.tag, str)), None)
    if first is None or (h1.text or "").strip():
        return "", text
    badge = heading_text(first)
    if not badge or not text.startswith(badge) or not text[len(badge):].strip():
        return "", text
    found = find_date(badge) or date_without_year(badge, lambda month, day: 2000)
    if found and found[1] == 0 and found[2] == len(badge):
        return text[len(badge):].strip(), text
    return "", text


def less_byline(h1) -> tuple[str, str]:
    """(the <h1>'s text without the byline a theme sets inside it after the headline, its whole text):
    `<h1>Title <small>by Anna Berg</small></h1>` reads "Title" (author_names.byline_closing); a heading without one
    gives ("", its text)."""
    text = heading_text(h1)
    byline = byline_closing(h1)
    if not byline or not text.endswith(byline) or not text[:-len(byline)].strip():
        return "", text
    return text[:-len(byline)].strip(), text


def less_date_line(h1) -> tuple[str, str]:
    """(the <h1>'s text without the date line a theme sets inside it after the headline, its whole text):
    `<h1>Title <small>posted on 3/9/2019</small></h1>` reads "Title". The line is the heading's last element, nothing
    after it, a date and a label of a word or few ("posted on", "gepost op"); a bare date there may be the headline's
    own ("Workshop <em>12 June 2020</em>"), and more words a subtitle. A heading without one gives ("", its text)."""
    text = heading_text(h1)
    last = next((child for child in reversed(h1) if isinstance(child.tag, str)), None)
    if last is None or (last.tail or "").strip():
        return "", text
    line = heading_text(last)
    found = typed_date(line) if line and text.endswith(line) and text[:-len(line)].strip() else None
    if not found or not 1 <= len(_LETTERS.findall(line[:found[1]] + " " + line[found[2]:])) <= _DATE_LABEL_WORDS:
        return "", text
    return text[:-len(line)].strip(), text


def headline_text(h1) -> str:
    """The <h1>'s text as a headline: less the byline a theme sets inside it after the headline."""
    less, whole = less_byline(h1)
    return less or whole
