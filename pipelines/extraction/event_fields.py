"""An event's facts set as labelled fields ("When: 14 April, 18:00", "Where: the old hall", "Tid:", "Plats:"): the day
on such a line is the event's, no publication's, and the line is no date line of the page's."""
from __future__ import annotations

import datetime as dt
import re

from .blocks import Block
from .dates import find_date
from .line_patterns import BYLINE, FURNITURE_LINE, SENTENCE_BREAK, SENTENCE_END, WORD
from .text import lines_at_breaks

# An event's facts set in lines: its day and time, its place, its entry (two breaks at least).
_EVENT_LINE_BREAKS = 2
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
# A talk's notice names who gives, hosts or chairs it in a field ("Speaker: Dr. Ada Lane", "Host: <a>Bo Ek</a>",
# "Referentin:", "Talare:", "Puhuja:"); a post's byline says "by", "text" or "photo", never these.
_PERSON_FIELD = re.compile(r"^\W*(?:speakers?|hosts?|chairs?|moderators?|lecturers?|presenters?|referent(?:in|en)?|"
                           r"sprecher(?:in)?|vortragende[rn]?|gastgeber(?:in)?|talare|föreläsare|värd|foredragsholder|"
                           r"foreleser|vert|vært|puhuja|luennoitsija|isäntä|intervenante?s?|orateur|conférencier|"
                           r"ponente|relatore)\s*:\s*\S", re.IGNORECASE)
# The notice's fields: its speaker's and one more (its title, its host).
_NOTICE_FIELDS = 2
# A line of the notice beside its fields: short ("Online guest lecture", "Room 4, 14:00"), its link a name at most.
_NOTICE_LINE_CHARS = 80
_NOTICE_LINE_LINKS = 0.5
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


# An event's card: its day, then its place and its people or what was seen, each a paragraph of its own.
_CARD_LINES = 3
# The card's day stands alone on its line, its weekday's name at most beside it.
_CARD_DAY_WORDS = 1
# A card's line names a place or a few people; past a long sentence's length it is a paragraph of the report.
_CARD_LINE_CHARS = 200
# Most words of a line of names are capitalised ("Pine Ridge, Oak Valley", "Ada, Bo and Cy (with two guides)").
_NAMES_SHARE = 0.5

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


def section_day_facts(blocks: list[Block], page_days: frozenset[str] | set[str]) -> set[int]:
    """A line giving another day than the page's and ending as a sentence does, alone under a subheading of the text
    ("Next meeting" over "2018-01-08 at 19:00."): the section's fact, none of the post's date lines. Under a subheading
    naming when or where ("Date and location" over "14 May 2025, 10:00-15:00, room 2-118") the line is the event's,
    whatever day it gives: an event is often announced on its own day, and a post's own stamp heads no such section."""
    if not page_days:
        return set()
    return {id(line) for heading, line, after in zip(blocks, blocks[1:], [*blocks[2:], None])
            if heading.kind == "heading" and line.kind in ("p", "text") and not line.link_chars
            and (after is None or after.kind in ("heading", "title")) and (found := find_date(line.text)) is not None
            and (heads_event_fields(heading.text)
                 or (SENTENCE_END.search(line.text) and found[0][:10] not in page_days))}


def event_field_lines(blocks: list[Block], page_days: frozenset[str] | set[str] = frozenset()) -> set[int]:
    """Lines of an event's facts ("When: 14 April, 18:00", "Date: 14 April" above "Time: 18:00", "Title: Hack day"
    above "When:"): the post announcing the event states them, however dated or short; the page's own date line names
    no when or where. So does a block set in lines opening on a day other than the page's, then lines of its own ("9
    December 2024, 18.00<br>Main hall<br>Free entry"), and a card of the event's facts set as paragraphs
    (_fact_card_lines)."""
    lines = [b for b in blocks if b.kind in ("p", "text")]
    # After the text's first line, a day's field naming another day than the page's is the event's, set as a line
    # or as the text's last heading ("<h3>Date: Monday 20 March to Wednesday 22 March</h3>").
    first_line = next((i for i, b in enumerate(blocks) if b.kind in ("p", "text")), len(blocks))
    found = {id(b) for b in blocks[first_line + 1:]
             if b.kind in ("p", "text", "heading") and gives_another_day(b.text, page_days)}
    for before, line, after in zip([None, *lines], lines, [*lines[1:], None]):
        beside = tuple(b.text for b in (before, after) if b is not None)
        if is_event_field(line.text, beside) or names_the_event(line.text, beside) \
                or _dated_event_lines(line, page_days):
            found.add(id(line))
    return found | _fact_card_lines(blocks) | _talk_notice_lines(blocks)


def _talk_notice_lines(blocks: list[Block]) -> set[int]:
    """A talk's notice: fields naming its speaker and its title or host, set as lines of the writer's paragraphs
    ("Speaker: Dr. Ada Lane<br>Title: Graphs at scale", "Host: <a>Bo Ek</a>"). Those fields and the short, little
    linked paragraphs set next to them in the same element (the talk's day and hour with its place, "Online guest
    lecture") are the notice's facts, however short, linked to the host's page, set bold or dated with the page's own
    day: a notice is often posted on the talk's day, and its fields are no byline, date line or sign-off. The run
    stops at a long paragraph or a line of links, so a share bar or a "Read more" line in the same element stays
    furniture."""
    holders = [_holder(block) for block in blocks]
    kinds = [_notice_field(block) if holder is not None else None for block, holder in zip(blocks, holders)]
    counts: dict = {}  # holder element -> [person fields, all fields]
    for kind, holder in zip(kinds, holders):
        if kind and holder is not None:
            count = counts.setdefault(holder, [0, 0])
            count[0] += kind[0]
            count[1] += kind[1]
    notices = {holder for holder, (persons, total) in counts.items() if persons and total >= _NOTICE_FIELDS}
    found: set[int] = set()
    for position, block in enumerate(blocks):
        if not kinds[position] or holders[position] not in notices:
            continue
        found.add(id(block))
        for step in (-1, 1):
            beside = position + step
            while 0 <= beside < len(blocks) and holders[beside] is holders[position] \
                    and (kinds[beside] or (blocks[beside].chars < _NOTICE_LINE_CHARS
                                           and blocks[beside].link_density <= _NOTICE_LINE_LINKS)):
                found.add(id(blocks[beside]))
                beside += step
    return found


def _holder(block: Block):
    """The element holding a paragraph's fields: the paragraph's parent, or a loose text's own element. Kept, not its
    id: lxml makes a new object for an element no one holds, which may take a freed one's id."""
    if block.kind not in ("p", "text", "heading") or block.element is None:
        return None
    return block.element if block.kind == "text" else block.element.getparent()


def _notice_field(block: Block) -> tuple[int, int] | None:
    """The person fields and all fields of a talk notice the block's lines set, or None when it sets none."""
    if ":" not in block.text:
        return None
    persons = fields = 0
    for line in lines_at_breaks(block.element) if block.kind != "text" else [block.text]:
        if _PERSON_FIELD.match(line):
            persons += 1
            fields += 1
        elif _NAME_FIELD.match(line):
            fields += 1
    return (persons, fields) if fields else None


def _fact_card_lines(blocks: list[Block]) -> set[int]:
    """A card of an event's facts set by the writer: paragraphs that are all the text of one element, three or more,
    the first a date line, the others unlinked, undated lines of names (a field trip's "16 May 2015", its place, its
    people, each under an icon). The card's day is the event's, the page's or not, and its lines the
    text's; a theme's stamp shows its day alone or beside the writer's name and the section's links, and stands
    beside the headline, not in a box of its own among the writer's paragraphs."""
    found: set[int] = set()
    start = 0
    while start < len(blocks):
        end = start + 1
        parent = _holder(blocks[start])
        while end < len(blocks) and parent is not None and _holder(blocks[end]) is parent:
            end += 1
        card = blocks[start:end]
        if len(card) >= _CARD_LINES and _alone_in(parent, blocks, start, end) and _dated_first(card) \
                and all(_fact_line(line) for line in card[1:]):
            found |= {id(line) for line in card}
        start = end
    return found


def _holder(line: Block):
    """The element holding the line's paragraph: None for a line that is not a whole paragraph of its own."""
    element = line.element
    if element is None or element.tag != "p" or line.kind != "p":
        return None
    return element.getparent()


def _alone_in(parent, blocks: list[Block], start: int, end: int) -> bool:
    """The run is all the text the element holds: no block before or after it lies inside."""
    return all(not any(a is parent for a in blocks[i].element.iterancestors())
               for i in (start - 1, end) if 0 <= i < len(blocks) and blocks[i].element is not None)


def _dated_first(card: list[Block]) -> bool:
    """The card opens on its day, unlinked, a weekday's name at most beside it."""
    text = card[0].text
    found = find_date(text)
    return found is not None and not card[0].link_chars \
        and len(WORD.findall(text[:found[1]] + " " + text[found[2]:])) <= _CARD_DAY_WORDS


def _fact_line(line: Block) -> bool:
    """A line of names, of places or people, capitalised as names are, in a sentence at most ("Oak Valley, Riverside",
    "Ada, Bo F., Cy."); the report's sentences run in small words."""
    text = line.text
    words = WORD.findall(text)
    return not line.link_chars and line.chars <= _CARD_LINE_CHARS and not SENTENCE_BREAK.search(text) \
        and sum(word[0].isupper() for word in words) >= _NAMES_SHARE * len(words) > 0 \
        and find_date(text) is None and not BYLINE.match(text) and not FURNITURE_LINE.search(text)


def _line_breaks(element) -> int:
    return len(element.findall("br"))


def _dated_event_lines(block: Block, page_days: frozenset[str] | set[str]) -> bool:
    """A block of three lines or more (<br>) whose first opens on a day that is not the page's: the event's day, time
    and place, where a theme's stamp shows the page's own day."""
    if not page_days or block.element is None or block.readings.of(_line_breaks, block.element) < _EVENT_LINE_BREAKS:
        return False
    found = find_date(block.text)
    return found is not None and found[1] == 0 and found[0][:10] not in page_days
