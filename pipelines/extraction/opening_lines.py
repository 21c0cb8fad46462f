"""Find the text's own opening lines that look like furniture: a press release's dateline, the post's author line."""
from __future__ import annotations

import re

from .blocks import Block
from .dates import find_date
from .line_rules import DATE_LINE_CHARS, LONG_PARAGRAPH, host_of, is_prose_line
from .page_dates import has_date_label

# A dateline names the place a release was issued in a word or a few ("STOCKHOLM", "New York"), then a comma.
_PLACE = re.compile(r"^([^\W\d_][^\W\d_'’.-]*(?:\s+[^\W\d_][^\W\d_'’.-]*){0,2}),\s*")
# A weekday before a date makes a date stamp ("Monday, 10 April 2014"), not a dateline: the partners' languages and
# their neighbours'.
_WEEKDAYS = frozenset("""
    monday tuesday wednesday thursday friday saturday sunday måndag tisdag onsdag torsdag fredag lördag söndag
    mandag tirsdag onsdag torsdag fredag lørdag søndag montag dienstag mittwoch donnerstag freitag samstag sonntag
    maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai lundi mardi mercredi jeudi vendredi samedi
    dimanche today idag heute tänään
""".split())
# What may follow the day in a dateline: nothing (a line of its own) or a dash and the release's first sentence.
_AFTER_DATE = re.compile(r"^\s*(?:$|[-–—]\s*\S)")
# An author line labels the post's writers ("Authors: ...", "Written by ...") in the partners' languages.
_AUTHOR_LABEL = re.compile(r"^(?:authors?|written by|autor(?:en|in|er)?|kirjoittaja(?:t)?|författare|"
                           r"skribent(?:er)?)\b\s*:?\s*\S", re.IGNORECASE)
_AUTHOR_LINE_CHARS = 120


def own_opening_lines(blocks: list[Block], host: str) -> set[int]:
    """Ids of the lines above the text's first paragraph, set as paragraphs (<p>) in the very element that holds it,
    that open the text: a dateline ("Stockholm, 10 april 2014") or an author line whose links lead to the site's own
    pages ("Authors: <a>Anna Berg</a>, <a>Per Holm</a>"). The text's feed starts with them; a byline or date line in
    the article's header sits apart from the text."""
    first = next((i for i, b in enumerate(blocks) if is_prose_line(b) and b.chars >= LONG_PARAGRAPH), None)
    if not first or blocks[first].element is None:
        return set()
    holder = blocks[first].element.getparent()
    found = set()
    for line in blocks[:first]:
        if line.kind != "p" or line.element is None or line.element.getparent() is not holder:
            continue
        if is_dateline(line.text) or _author_line(line, host):
            found.add(id(line))
    return found


def is_dateline(text: str) -> bool:
    """A place and a day opening a press release ("STOCKHOLM, 10 April 2014 – ...", "Stockholm, 10 april 2014"); a
    weekday or a label before the day makes a date stamp ("Monday, 10 April 2014", "Updated, 10 April 2014")."""
    place = _PLACE.match(text)
    if place is None:
        return False
    words = place.group(1).casefold().split()
    if any(word in _WEEKDAYS for word in words) or has_date_label(place.group(1)) \
            or not all(word[0].isupper() for word in place.group(1).split()):
        return False
    found = find_date(text)
    return found is not None and found[1] == place.end() and _AFTER_DATE.match(text[found[2]:]) is not None \
        and (found[2] - found[1] + place.end() <= DATE_LINE_CHARS)


def _author_line(line: Block, host: str) -> bool:
    """A short line labelling the post's writers, whose links, if any, lead to the site's own pages (author pages)."""
    if line.chars > _AUTHOR_LINE_CHARS or not _AUTHOR_LABEL.match(line.text):
        return False
    hrefs = [a.get("href") or "" for a in line.element.iter("a")]
    return all(not host_of(href) or host_of(href) == host for href in hrefs)
