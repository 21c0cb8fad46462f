"""An event's facts set as labelled fields ("When: 14 April, 18:00", "Where: the old hall", "Tid:", "Plats:"): the day
on such a line is the event's, no publication's, and the line is no date line of the page's."""
from __future__ import annotations

import datetime as dt
import re

from .dates import find_date

# The labels opening a field of when or where, in the partners' languages and English.
_EVENT_WORDS = (r"when|where|time|venue|location|place|när|var|tid|plats|lokal|når|hvornår|hvor|sted|tidspunkt|"
                r"wann|wo|zeit|ort|uhrzeit|veranstaltungsort|milloin|missä|aika|paikka")
_DAY_WORDS = r"date|datum|dato|päivämäärä|päivä"
# A call's closing day is a line of its text too ("DEADLINE: October 7, 2016!", "Submission deadline:",
# "Anmeldeschluss:", "Sista ansökningsdag:", "Deadline for proposals:"), no date line of the page's; unlike an event's
# field it may still date a post stating no day of its own, weakly, as a day its text mentions (feed_dates.py).
_DEADLINE_WORDS = (r"(?:[^\W\d_]+\s+){0,2}deadline(?:\s+[^\W\d_]+){0,2}|sista\s+(?:\w+)?dag|"
                   r"ansökan\s+senast|anmälan\s+senast|ansøgningsfrist|søknadsfrist|påmeldingsfrist|"
                   r"tilmeldingsfrist|frist|anmeldeschluss|einsendeschluss|bewerbungsschluss|abgabefrist|"
                   r"date\s+limite|scadenza|fecha\s+límite|määräaika|viimeinen\s+\w+päivä|takaraja")
# What joins two words of one label ("Date and time:", "Time & place:", "Datum und Uhrzeit:", "Tid och plats:").
_JOINED = r"(?:\s*&\s*|\s+(?:and|und|och|og|ja|et|y|en)\s+)"
# A day joined to a time or place in one label is the event's: a post's own stamp names no time or place field.
_EVENT_FIELD = re.compile(rf"^\W*(?:(?:{_DAY_WORDS}){_JOINED})?(?:{_EVENT_WORDS})(?:{_JOINED}(?:{_EVENT_WORDS}))?\s*:",
                          re.IGNORECASE)
_DEADLINE_FIELD = re.compile(rf"^\W*(?:{_DEADLINE_WORDS})\s*:", re.IGNORECASE)
# A day's field ("Date: 14 April") is the event's among such fields, on its line or the lines beside it; alone under a
# headline it reads as the page's date.
_DAY_FIELD = re.compile(rf"^\W*(?:{_DAY_WORDS})\s*:", re.IGNORECASE)
# Inside a line the time's labels are left out: "Reading time: 3 min" follows a post's date too.
# The field naming the event or its topic ("Title: Spring hack day", "What: Open seminar") heads the when and where
# fields; alone it is any form's label.
_NAME_FIELD = re.compile(r"^\W*(?:title|what|event|topic|titel|was|veranstaltung|vad|evenemang|hva|arrangement|hvad|"
                         r"mitä|tapahtuma|aihe|otsikko)\s*:\s*\S", re.IGNORECASE)
_PLACE_FIELD = re.compile(r"(?<!\w)(?:when|where|venue|location|place|när|plats|wann|wo|ort|milloin|missä|paikka)\s*:",
                          re.IGNORECASE)


def is_event_field(text: str, beside: tuple[str, ...] = ()) -> bool:
    """A line of an event's facts: labelled when or where it takes place ("When: 14 April 2024, 18:00", "Date and time:
    5 Nov 2024 08:30"), or a day's
    field ("Date: 14 April") on a line naming the place too or beside such a line (`beside`: the lines next to it)."""
    if _EVENT_FIELD.match(text):
        return True
    return _DAY_FIELD.match(text) is not None \
        and (_PLACE_FIELD.search(text) is not None or any(_EVENT_FIELD.match(line) for line in beside))


# A header's stamp and the day the page gives may fall a day apart across time zones; further is another day.
STAMP_DAYS_APART = 1


def days_past_page(text: str, page_days: frozenset[str] | set[str]) -> list[int]:
    """How many days the first day the text names falls after each of the page's own days (`page_days`, ISO dates),
    negative before them; none when the text names no day or the page gives none."""
    found = find_date(text) if page_days else None
    if found is None:
        return []
    try:
        day = dt.date.fromisoformat(found[0][:10])
        return [(day - dt.date.fromisoformat(d[:10])).days for d in page_days]
    except ValueError:
        return []


def gives_another_day(text: str, page_days: frozenset[str] | set[str]) -> bool:
    """A day's field ("Date: Tuesday, 17 October 2023", "Date: 20 March to 22 March") naming a day more than a day
    from the page's own (`page_days`): the day of what the post announces, an event's or a meeting's, which a post
    sets as a fact of its text; the page's own stamp gives the page's day."""
    return bool(page_days) and _DAY_FIELD.match(text) is not None and names_another_day(text, page_days)


def names_another_day(text: str, page_days: frozenset[str] | set[str]) -> bool:
    """The text names days, each more than STAMP_DAYS_APART from the page's own: no stamp of the page's."""
    offsets = days_past_page(text, page_days)
    return bool(offsets) and all(abs(offset) > STAMP_DAYS_APART for offset in offsets)


def heads_event_fields(heading: str) -> bool:
    """A subheading naming when or where an event takes place ("Date and location", "Time & place", "Zeit und Ort"): the
    label of the lines under it, as a field's label is of its line."""
    return _EVENT_FIELD.match(heading.strip().rstrip(":") + ":") is not None


def names_the_event(text: str, beside: tuple[str, ...]) -> bool:
    """A field naming the event ("Title: Spring hack day") beside a field of when or where it takes place (`beside`:
    the lines next to it): a fact of the notice like them, however short."""
    return _NAME_FIELD.match(text) is not None and any(_EVENT_FIELD.match(line) for line in beside)


def is_deadline_field(text: str) -> bool:
    """A line giving the day a call closes under its label ("DEADLINE: October 7, 2016!", "Anmeldeschluss: 07.10.")."""
    return _DEADLINE_FIELD.match(text) is not None
