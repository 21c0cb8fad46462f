"""Dates printed in a page's lines of text: date lines and datelines, dates after a label, periods, and the labels
that claim a date for a publication, an update or another record."""
from __future__ import annotations

import re

from .dates import CLOCK, TIME_AGO, find_date, typed_date
from .update_notes import WEEKDAYS
from .header_texts import DATELINE_CHARS, TEXTS_AFTER_BODY_START, TEXTS_BEFORE_HEADLINE, HeaderTexts, label_ends_in


def _label(words: str, after: str) -> re.Pattern:
    """Any of `words` ("word|word", each starting with a letter), then `after`, in any case.

    The look-ahead on the words' first letters lets the regex engine pass over most places in a text with one
    test instead of one per word: the labels are sought in every short text of a page's header.
    """
    first_letters = "".join(sorted({re.escape(word[:1]) for word in words.split("|")}))
    return re.compile(f"(?=[{first_letters}])(?:{words}){after}", re.IGNORECASE)


_LABEL_END = r"\b\s*(?:on|den|am|le|at|il)?\s*:?"
PUBLISHED_LABEL = _label(
    r"publicerad|publicerat|publiceringsdatum|published|publish date|publication date|date of publication|posted|"
    r"first published|skapad|"
    r"veröffentlicht|publiziert|erschienen|publié|publicado|pubblicato|julkaistu|udgivet|publisert|"
    r"written|skrivet|geschrieben|écrit|escrito|scritto|kirjoitettu|skrevet|"
    r"publicatiedatum|gepubliceerd|geplaatst op|date de publication|fecha de publicación|data di pubblicazione|"
    r"data de publicação|veröffentlichungsdatum|julkaisupäivä", _LABEL_END)
# A bare "Datum:" is a field of any date (an event's, a deadline's in a list of "Datum:", "Tid:", "Plats:"): a label
# of a date line, but no sign of the publication's.
_FIELD_LABEL = _label(r"datum", _LABEL_END)
UPDATED_LABEL = _label(
    r"uppdaterad|uppdaterat|senast (?:uppdaterad|ändrad)|ändrad|updated|last updated|last modified|modified|"
    r"last edited|zuletzt bearbeitet|aktualisiert|geändert|mis à jour|actualizado|aggiornato|päivitetty|opdateret|oppdatert",
    _LABEL_END)
# Dates that are no one's publication: a member's sign-up, the clock of the page's own rendering.
OTHER_LABEL = _label(
    r"registriert|registered|joined|member since|mitglied seit|medlem sedan|dabei seit|"
    r"aktuelles datum|aktuelle zeit|current (?:date|time)|heute ist|today is|dagens datum", r"\b[^\d]{0,20}$")
DATE_HINT = re.compile(r"\d")
# What sets two stamps apart in one line, and the words that may join a stamp's label to its day ("Updated as of").
_STAMP_JOINERS = " |·•,-–—"
_STAMP_JOINING_WORDS = 2
_WORD = re.compile(r"[^\W\d_]{2,}")
# A label a passive or perfect clause makes its verb ("findings were published in the June 1 issue of Neuron", "wurde
# am 3. März veröffentlicht", "har publicerats"): an auxiliary one or two words before the label's end.
_CLAUSE_VERB = re.compile(r"\b(?:was|were|is|are|been|has|have|had|wurde|wurden|worden|ist|sind|blev|har|hade|werd|"
                          r"zijn|est|sont|été|fue|fueron|sido|stato|stata)\s+(?:[^\W\d_]+\s+)?[^\W\d_]+\W*$",
                          re.IGNORECASE)
# A label after more words than a byline's ("By Jane Doe, published") stands in a sentence ("... Colleges for 2009,"
# published Jan. 8 in USA Today").
_STAMP_LEAD_WORDS = 4
_DATE_LINE_OTHER_WORDS = 3
# A text naming a date among more words than this is a sentence, no date line ("Data 10 marzo 2022 Tempo di lettura").
_SENTENCE_WORDS = 6
# A dateline's place before its date: in capitals ("WASHINGTON, ", "NEW YORK (AP) — "), its state or country after a
# comma ("MOUNTAIN VIEW, Calif. - ", "NEW YORK, N.Y. -- "); a place in capitalised words only with its state or
# country ("Mountain View, CA, "): a capitalised word alone may open a sentence ("On 20th May 2022, ...").
_DATELINE_REGION = r",\s*[A-Z][A-Za-z]{0,12}\.?(?: ?[A-Z][A-Za-z]{0,12}\.?)?"
_DATELINE_PLACE = re.compile(rf"(?:[A-Z][A-Z .'’-]{{2,30}}(?:\([A-Za-z ]{{1,20}}\))?(?:{_DATELINE_REGION})?"
                             rf"|[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){{0,2}}{_DATELINE_REGION})\s*[,—–-]{{0,2}}\s*")
# Room for a time, its zone and a weekday between a label and its date ("Published 11:03 a.m. PDT, Wednesday, ").
_LABEL_GAP = 32
# What joins the two ends of a period: a dash or the word for "to"/"until" (en, sv, de, fr, es, it, nl, fi).
_PERIOD_JOIN = re.compile(r"\s*(?:[-–—]|\b(?:to|till|until|through|tom|bis|au|jusqu'au|al|hasta|fino al|tot|asti)\b)\s*",
                          re.IGNORECASE)
# What a period's closing date follows: the period's first day ("17th-", "8.-") or its word for "until" ("Open until",
# "Noch bis zum").
_PERIOD_CLOSED_BY = re.compile(r"(?:\d(?:st|nd|rd|th|\.)?\s*[-–—]|\b(?:till|until|through|tom|bis(?: zum| zur)?|"
                               r"jusqu['’]au|hasta(?: el)?|fino al|asti))\s*$", re.IGNORECASE)


def has_date_label(text: str) -> bool:
    """The text labels a date as a publication, an update, another record or a field ("Published", "Uppdaterad",
    "Datum")."""
    return any(label.search(text) for label in (PUBLISHED_LABEL, UPDATED_LABEL, OTHER_LABEL, _FIELD_LABEL))


def has_stamp_label(text: str) -> bool:
    """The text labels the page's own publication or update ("Published", "Uppdaterad"), not another date."""
    return PUBLISHED_LABEL.search(text) is not None or UPDATED_LABEL.search(text) is not None


def is_stamps_line(text: str) -> bool:
    """A line of the page's own publication and update stamps and nothing else, each label followed by its day, its
    time of day or how long ago: "Posted at 11/07/2012 2:22 AM | Updated as of 11/07/2012 2:25 AM", "Publié le 18
    juil. 2024 à 08:01Mis à jour le 18 juil. 2024 à 09:06", "Uppdaterad 15.59 | Publicerad 14.14", "Published 2 hours
    ago". Two stamps make too many words for a date line, and a post of today shows its time alone, no day; each is
    the same furniture as "Published 18 July 2024"."""
    labels: list[re.Match] = []
    for match in sorted((m for label in (PUBLISHED_LABEL, UPDATED_LABEL) for m in label.finditer(text)),
                        key=lambda m: m.start()):
        if not labels or match.start() >= labels[-1].end():
            labels.append(match)
    if not labels or text[:labels[0].start()].strip(_STAMP_JOINERS):
        return False
    ends = [m.start() for m in labels[1:]] + [len(text)]
    return all(_stamp_value(text[label.end():end]) for label, end in zip(labels, ends))


def _stamp_value(text: str) -> bool:
    """What follows a stamp's label is a day, a time of day or an age, with a joining word or two ("as of", "à")."""
    found = find_date(text)
    if found:
        text = text[:found[1]] + " " + text[found[2]:]
    elif not CLOCK.search(text) and not TIME_AGO.search(text):
        return False
    return len(_WORD.findall(TIME_AGO.sub(" ", CLOCK.sub(" ", text)))) <= _STAMP_JOINING_WORDS


def date_line(texts, month_first: bool, find=find_date) -> str | None:
    """A line that is a date and little else ("20.01.2022", "Montag, 3. Mai 2021") or opens with one, in the
    article's part; a paragraph's dateline ("WASHINGTON, March 3 (Reuters) -")."""
    for text in texts:
        if not DATE_HINT.search(text):
            continue
        # Templates indent their markup: a byline line is short once its runs of spaces are one.
        text = " ".join(text.split())
        found = find(text[:DATELINE_CHARS], month_first=month_first)
        if not found:
            continue
        # A paragraph that opens with the date is a dateline ("01.02.2022 „Der Arbeitsmarkt ..."), also after the
        # place in capitals ("WASHINGTON, March 3 -").
        if found[1] == 0 or dateline_place(text[:found[1]]) or (len(text) <= DATELINE_CHARS
                             and len(_WORD.findall(text[:found[1]] + " " + text[found[2]:])) <= _DATE_LINE_OTHER_WORDS):
            before = text[:found[1]]
            if not (UPDATED_LABEL.search(before) or OTHER_LABEL.search(before)):
                return found[0]
    return None


def date_line_by_headline(texts: HeaderTexts, month_first: bool) -> str | None:
    """A full date line by the headline: in the byline's places, or among the few short texts after the text's first
    block when that block is no paragraph of the text (a byline naming more writers than a short line holds, set
    between the headline and the date line)."""
    lines = (text for text in texts.byline_or_under_lead()
             if text not in texts.paragraph_openings and text not in texts.sentences)
    return date_line(lines, month_first)


def dateline_place(text: str) -> bool:
    """The text before a paragraph's date is a dateline's place; a weekday is no place ("Tuesday, March 3")."""
    return _DATELINE_PLACE.fullmatch(text) is not None and not WEEKDAYS.intersection(_WORD.findall(text.casefold()))


def typed_date_line(texts, month_first: bool) -> str | None:
    """A byline or date element whose date was typed with a slip ("By Jane Doe July 28,2008", "Aug.12, 2006"): a
    short line with the date and at most a byline's other words, none of them a label claiming the date for an
    update or another record, and no period's last day ("11-12 Oct 2024", a festival's in its banner). The printed
    forms failed there; nothing this lenient reads a paragraph."""
    for text in texts:
        text = " ".join(text.split())
        if len(text) > DATELINE_CHARS or not DATE_HINT.search(text):
            continue
        found = typed_date(text, month_first=month_first)
        if not found or len(_WORD.findall(text[:found[1]] + " " + text[found[2]:])) > _SENTENCE_WORDS \
                or states_period(text, found):
            continue
        if not (UPDATED_LABEL.search(text[:found[1]]) or OTHER_LABEL.search(text[:found[1]])):
            return found[0]
    return None


def labelled_date(texts, label: re.Pattern, month_first: bool, find=find_date) -> str | None:
    """The first date printed right after `label` ("Publicerad:", "Updated") in any of the texts, unless another
    label stands between ("Published Mar 3 Updated Mar 4, 2020": the full date is the update's)."""
    return date_after_labels(label_ends_in(texts, label), month_first, find)


def date_after_labels(label_ends, month_first: bool, find=find_date, *, next_to_label: bool = False) -> str | None:
    """`labelled_date` on the places its labels were found (`label_ends_in`). `next_to_label`: only a date at most
    a stamp's joining words after its label ("Published on Monday, 3 March"), not one a sentence carries on to
    ("Published the new call: time until 30 May": a deadline's day), nor one after a label that is a clause's verb
    or stands after more words than a byline's ("were published in the June 1 issue", "..., published Jan. 8 in USA
    Today": the journal's or the paper's day)."""
    for text, end in label_ends:
        found = find(text[end:end + 60], month_first=month_first)
        if found and found[1] < _LABEL_GAP and not OTHER_LABEL.search(text[:end + found[1]]) \
                and not has_date_label(text[end:end + found[1]]) \
                and not (next_to_label and (len(_WORD.findall(text[end:end + found[1]])) > _STAMP_JOINING_WORDS
                                            or _CLAUSE_VERB.search(text[:end])
                                            or len(_WORD.findall(text[:end])) > _STAMP_LEAD_WORDS)):
            return found[0]
    return None


def typed_stamp_date(label_ends, month_first: bool) -> str | None:
    """A date typed with a slip ("[posted March 28th,, 2011]", "Published Jan. 10,, 2008") right after its label in
    a line no longer than a date line: a stamp, where a date belongs like a byline's; in a sentence the slip is read
    no more than elsewhere in the running text."""
    short = [(text, end) for text, end in label_ends if len(" ".join(text.split())) <= DATELINE_CHARS]
    return date_after_labels(short, month_first, typed_date, next_to_label=True)


def _opens_period(text: str, month_first: bool, found: tuple | None = None) -> bool:
    """The text's first date (`found`, when read already) starts a range ("From 11 September 2025 to 26 June 2026",
    "1.3.2024 - 30.4.2024"): a season's or an event's days, stated as a period, not the day the page went out."""
    found = found or find_date(text, month_first=month_first)
    joined = _PERIOD_JOIN.match(text, found[2]) if found else None
    following = find_date(text[joined.end():], month_first=month_first) if joined else None
    return bool(following) and following[1] == 0


def _closes_period(text: str, month_first: bool, found: tuple | None = None) -> bool:
    """The text's first date ends a period: an event's last day ("19th-21st October 2018") or a deadline ("Open until
    14.02.2020"), not the day the page went out."""
    found = found or find_date(text, month_first=month_first)
    return bool(found) and bool(_PERIOD_CLOSED_BY.search(text[:found[1]]))


def states_period(text: str, found: tuple) -> bool:
    """The text's first date (`found`, as find_date gives it) opens or closes a period ("1.3.2024 - 30.4.2024", "Vom
    10. - 16. August 2020"): an event's or a season's days, which no stamp gives. A time of day before the date
    ("14:35 - 16.08.2020") is a stamp's."""
    return not CLOCK.search(text[:found[1]]) \
        and (_closes_period(text, False, found) or _opens_period(text, False, found))


def header_date(texts: HeaderTexts, month_first: bool) -> tuple[str | None, bool]:
    """The first unlabelled date near the headline, and whether only the running text mentions it (an event's
    day, a maintenance window, a deadline): a date in a paragraph, list item or subheading of the text that it
    neither opens (a dateline) nor makes up with a few words (a short date line), or any date in a paragraph after
    the text's first (a status line "Resolved: 14.03.2022 10:20" under the notice), or one opening a period."""
    deferred = None
    for text in texts.near_headline():
        found = unlabelled_date([text], month_first)
        opening = text == texts.first_paragraph[:DATELINE_CHARS]
        if found and not opening and _closes_period(text, month_first):
            continue  # a subtitle's event period ("17th-18th August 2019", "Open until 14.02.2020"): no date line
        if found and deferred and text not in texts.after_headline:
            # A date line over the headline, a date and no word more, is the post's own however the texts near the
            # headline are ordered: the standfirst's day (an event's) yields to it as to one under the headline.
            lone = _lone_date_line_above(texts, month_first)
            if lone:
                return lone, False
            break
        if found:
            in_sentence = text in texts.sentences or opening
            mentioned = (in_sentence and (text in texts.after_text or date_line([text], month_first) != found)) \
                or _opens_period(text, month_first)
            if text in texts.after_headline and (_mid_sentence(text, month_first)
                                                 or _sentence_naming_a_day(text, found, month_first)):
                # A standfirst's sentence names a deadline ("Offers are due by 18 March 2022", "From 15 April 2024
                # citizens can ..."): the date line under it ("Date 11 February 2022"), if any, is the page's.
                deferred = deferred or (found, mentioned)
                continue
            if mentioned:
                # A day only the running text names (a press release's opening dateline, an event's) yields to a
                # line above the headline that is a date and nothing more: the post's own date line, set apart.
                lone = _lone_date_line_above(texts, month_first)
                if lone:
                    return lone, False
            return found, mentioned
    return deferred or (None, False)


def _lone_date_line_above(texts: HeaderTexts, month_first: bool) -> str | None:
    """The nearest text above the headline that is a whole date and no other word ("September 26, 2025")."""
    for text in reversed(texts.before_headline[-TEXTS_BEFORE_HEADLINE:]):
        text = " ".join(text.split())
        found = find_date(text, month_first=month_first) if DATE_HINT.search(text) else None
        if found and not _WORD.search(text[:found[1]] + " " + text[found[2]:]):
            return found[0]
    return None


def _mid_sentence(text: str, month_first: bool) -> bool:
    """The text's first date stands inside a sentence: after more words than a label's ("Datum 26.10.2019 Ort ..." is a
    line of fields), among more than a date line's few."""
    found = find_date(text, month_first=month_first)
    return bool(found) and len(_WORD.findall(text[:found[1]])) > _DATE_LINE_OTHER_WORDS \
        and len(_WORD.findall(text[:found[1]] + " " + text[found[2]:])) > _SENTENCE_WORDS


def _sentence_naming_a_day(text: str, found: str, month_first: bool) -> bool:
    """The text is a whole sentence, closed by its full stop, that names the day after a word or so ("From 15 April
    2024 residents can apply ...", "On 31 January 2025 the call closes."), not a dateline opening it
    nor a line of fields ("Date 26 October 2019 Place Harbour hall"), which no full stop closes."""
    text = " ".join(text.split())
    return text.endswith((".", "!", "?")) and len(_WORD.findall(text)) > _SENTENCE_WORDS \
        and date_line([text], month_first) != found


def later_date_line(texts: HeaderTexts, month_first: bool) -> tuple[str | None, bool]:
    """The first date line after the body starts, and whether it is in the running text (a paragraph or list
    item of it: "Deadline: 9 April 2021."), which a notice's date line, set apart from the text, is not, or opens a
    period."""
    for text in texts.later[:TEXTS_AFTER_BODY_START]:
        found = date_line([text], month_first)
        if found:
            return found, text in texts.sentences or _opens_period(text, month_first)
    return None, False


def unlabelled_date(texts, month_first: bool) -> str | None:
    """The first date in the texts that no "updated" label claims."""
    return next(filter(None, (unlabelled_date_in(text, month_first) for text in texts)), None)


def unlabelled_date_in(text: str, month_first: bool, first: tuple | None = None) -> str | None:
    """`unlabelled_date` in one text; `first`: the text's first date as find_date gives it, when read already."""
    start = 0
    found = first or find_date(text, month_first=month_first)
    while found:
        at = start + found[1]
        before = text[max(0, at - 40):at]
        if OTHER_LABEL.search(before):
            return None
        updated_at = [m.end() for m in UPDATED_LABEL.finditer(before)]
        published_at = [m.end() for m in PUBLISHED_LABEL.finditer(before)]
        # The update label claims the first date after it only ("Updated Mar 5, 2020 | Mar 3, 2020").
        if not updated_at or (published_at and published_at[-1] > updated_at[-1]) \
                or find_date(before[updated_at[-1]:], month_first=month_first):
            return found[0]
        # An update's date: the publication may follow it on the same line ("Updated ... | Published ...").
        start += found[2]
        found = find_date(text[start:], month_first=month_first)
    return None
