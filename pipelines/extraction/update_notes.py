"""The writer's update notes ("Update: the fix is out now", "EDIT: fixed the link"), told from a stamp of when the
page changed ("Updated: 3 May 2014, 10:32"): the text's own lines wherever they stand, above it or under it."""
from __future__ import annotations

import re

from .dates import find_date
from .line_patterns import WORD

# A weekday before a date makes a date stamp ("Monday, 10 April 2014"), not a dateline: the partners' languages and
# their neighbours'.
WEEKDAYS = frozenset("""
    monday tuesday wednesday thursday friday saturday sunday måndag tisdag onsdag torsdag fredag lördag söndag
    mandag tirsdag onsdag torsdag fredag lørdag søndag montag dienstag mittwoch donnerstag freitag samstag sonntag
    maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai lundi mardi mercredi jeudi vendredi samedi
    dimanche today idag heute tänään
""".split())
# An editor's note ("Update: ...", "UPDATE 2 (May 3):", "Edit:", "Nachtrag:", "CHANGED - see ...") in the partners'
# languages and English: the label, a few characters of its own (a number, a day), a colon, then what changed; or the
# label alone, a dash, then what changed.
_UPDATE_LABEL = (r"(?:update[ds]?|edit(?:ed)?|changed|editor[’']?s note|uppdatering|uppdaterat|ändrad|ändrat|"
                 r"oppdatering|oppdatert|endret|endring|opdatering|opdateret|ændret|päivitys|päivitetty|muutettu|"
                 r"nachtrag|aktualisierung|aktualisiert|geändert)")
_UPDATE_NOTE = re.compile(rf"^{_UPDATE_LABEL}\b(?:[^:]{{0,30}}:|\s*[-–—])\s*(.+)$", re.IGNORECASE)
# What changed is said in this many words; a stamp names a day and a time.
_NOTE_WORDS = 3


def is_update_note(text: str) -> bool:
    """A note labelled as the writer's update that says what changed in words of its own ("Update: the fix is out
    now"), not a stamp of when the page changed ("Updated: 3 May 2014, 10:32")."""
    note = _UPDATE_NOTE.match(text)
    if note is None:
        return False
    said = note.group(1)
    found = find_date(said)
    if found is not None:
        said = said[:found[1]] + " " + said[found[2]:]
    return len([w for w in WORD.findall(said) if w.casefold() not in WEEKDAYS]) >= _NOTE_WORDS
