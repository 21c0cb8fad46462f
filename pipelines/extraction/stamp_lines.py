"""The lines that stamp a post rather than tell it: a picture's credit or file name, a date line, a byline dated or
naming the writer alone."""
from __future__ import annotations

import copy
import re

from .author_names import names_beside_day, only_names
from .blocks import BLOCK_TAGS, Block, is_whole_element, text_length
from .captions import within_caption
from .date_lines import has_date_label, has_stamp_label, is_stamps_line, states_period
from .dates import find_date
from .event_fields import is_deadline_field, is_event_field
from .line_patterns import BYLINE, FULL_STOP, SENTENCE_BREAK, WEB_ADDRESS, WORD
from .links import clean_text
from .text import text_of

# Words naming a picture in the partners' languages and their neighbours', and the labels of a picture's credit.
_PICTURE_WORDS = ("photo", "picture", "image", "foto", "bild", "illustration", "graphic", "grafik", "kuva", "billede",
                  "bilde")
PICTURE_CREDIT_LABELS = (*_PICTURE_WORDS, "fotograf", "photograph", "video", "copyright", "credit")
# A credit's label and a colon (or ©) open a caption; a source's label ("Källa: SCB") opens a credit too.
CAPTION_START = re.compile(
    rf"^(?:©|\(c\)\s|(?:{'|'.join((*PICTURE_CREDIT_LABELS, 'källa', 'source'))})\s*[:©])", re.IGNORECASE)
# A credit ("Foto: Anna Berg", "Källa: SCB") is short; a line opening "Source:" that runs on is a reference.
_CREDIT_CHARS = 100
# A source's label and nothing but an address ("Source: https://..."): where the text comes from, which the reader
# follows, as a post closes on it; a picture's credit names its maker.
_SOURCE_ADDRESS = re.compile(rf"^(?:källa|source)\s*:\s*{WEB_ADDRESS.pattern}$", re.IGNORECASE)
# A caption set as a paragraph ends on its picture's credit ("... at the harbour (Picture: Anna Berg)", "... eröffnet.
# Bildrechte: Anna Berg"); a sentence of the text ends on a full stop, and names its sources in words. A word of an
# address ("example.org/colorize-photos: ...") is no credit's label.
_CREDIT_END = re.compile(
    rf"(?:\((?:{'|'.join(_PICTURE_WORDS)})s?\s*:[^()]{{1,80}}\)"
    rf"|(?<![\w/-])(?:{'|'.join((*_PICTURE_WORDS, 'bildrechte'))})s?\s*:\s*[^.!?:]{{1,60}})$", re.IGNORECASE)
_CREDIT_TAIL = 100
# A caption says what its picture shows in a sentence or two before the credit. A paragraph saying more is a caption
# only when set as one, with its picture (an agency's long caption in "wp-caption"); in the run of the text it is the
# writer's, closing on the credit of the picture above it (a post copied from a photo feed: "... Come and train with us
# Photo: the beginners' group").
_CAPTION_SENTENCES = 2
_PICTURE_TAGS = frozenset({"img", "picture", "figure"})
# A date line: a date with at most a label, a time, a place or a reading time around it.
DATE_LINE_CHARS = 100
# A byline of the writers' names and the day runs longer than a date line: several writers, each named in full.
_NAMES_BYLINE_CHARS = 200
_DATE_LINE_OTHER_WORDS = 5
# A post's reading time, the theme's, beside its date and writer: a number of minutes and a word of reading ("1 min
# read", "5 Minuten Lesezeit", "3 min läsning", "4 minutters lesing", "2 min lukuaika", "6 min de lecture", "3 min
# leestijd"), or a label and the minutes ("Reading time: 3 min", "Lesezeit 5 Min.").
_MINUTES = r"\d+\s*(?:min|mins|minutes?|minuten|minuter|minutters?|minuutin|minuuttia)\b\.?"
_READING_WORD = r"(?:read|reading|les\w*zeit|lesedauer|lesing|lesetid|läsning|läs\w*tid|læsning|læsetid|lukuaika|" \
    r"lecture|lectura|leestijd)\b"
_READING_TIME = re.compile(rf"(?<![\w.,]){_MINUTES}\s+(?:de\s+|to\s+)?{_READING_WORD}"
                           rf"|\b(?:reading time|{_READING_WORD})\s*:?\s*{_MINUTES}", re.IGNORECASE)
# A line naming a day other than the page's is a date line only when it is little more than the date.
_OTHER_DAY_LINE_WORDS = 2
# Every date a text may print has a digit: a line without one needs no date parse.
_DIGIT = re.compile(r"\d")
# A theme's byline may say what the writer did before their name ("written by", "posted by", "geschrieben von").
_DATED_BYLINE = re.compile(r"^(?:(?:written|posted|published|geschrieben|verfasst|gepostet|skrevet|skriven|publié|"
                           r"écrit|publicado|escrito|pubblicato|scritto)\s+)?(?:by|von|av|af|par|por|di|door)\s",
                           re.IGNORECASE)
# A line naming the writer alone: a word or two of its own ("Guest post"), "by" with or without a colon, then a name,
# a role or an office in a few words and no sentence ("by: Anna Berg", "Guest post by: Per Holm, Campus").
_WRITERS_CREDIT = re.compile(r"^(?:[^\W\d_]+\s+){0,2}(?:by|von|av|af|par|por|door)\s*:?\s+(?P<name>[^.!?…:]+)$",
                             re.IGNORECASE)
_WRITERS_CREDIT_WORDS = 8
# A label names what follows it in a word or a few before its colon ("FOR IMMEDIATE RELEASE:", "Summary:").
_LABEL_WORDS = 4
# What parts an article header's line of stamps: a bar or a bullet between spaces.
_HEADER_BARS = re.compile(r"\s[|•·]\s")
# A name in such a line (the paper's, a section's) is a word or a few.
_HEADER_NAME_WORDS = 3
_FILE_NAME = re.compile(r"^[\w\-. ]{1,80}\.(?:jpe?g|png|gif|webp|svg|tiff?|pdf|docx?)$", re.IGNORECASE)


def is_stamp(block: Block, page_days: frozenset[str] | set[str] = frozenset()) -> bool:
    """A picture's credit or file name, a date line, a line of stamps or a dated byline: furniture wherever it stands,
    even in the text's own element."""
    return is_credit(block) or is_dated_line(block, page_days)


def is_credit(block: Block) -> bool:
    """A picture's credit ("Foto: Anna Berg", a caption ending on one) or its file name."""
    return bool((CAPTION_START.match(block.text) and block.chars <= _CREDIT_CHARS
                 and not _SOURCE_ADDRESS.match(block.text)) or _FILE_NAME.match(block.text)
                or (ends_on_credit(block.text) and (len(SENTENCE_BREAK.findall(block.text)) <= _CAPTION_SENTENCES
                                                    or _set_as_caption(block.element))))


def _set_as_caption(element) -> bool:
    """The element is a caption by its markup: in a <figure> or an element classed as a caption, or beside its
    picture in one wrapper."""
    if element is None:
        return False
    parent = element.getparent()
    if parent is not None and any(sibling.tag in _PICTURE_TAGS for sibling in parent):
        return True
    return within_caption(element) or next(element.iterancestors("figure"), None) is not None


def is_dated_line(block: Block, page_days: frozenset[str] | set[str]) -> bool:
    """A date line, a line of the page's stamps, a dated byline or the writers' names over the post's day."""
    return _stamped_line(block, page_days) \
        or (block.chars <= _NAMES_BYLINE_CHARS and (_names_and_day(block.text, page_days)
                                                    or _barred_header_line(block.text, page_days)))


def _stamped_line(block: Block, page_days: frozenset[str] | set[str]) -> bool:
    """A date line, a line of the page's stamps or a dated byline: as short as such lines are."""
    return block.chars <= DATE_LINE_CHARS and (is_date_line(block.text, page_days) or _is_dated_byline(block.text)
                                               or is_stamps_line(block.text))


def is_byline(text: str) -> bool:
    """A line naming the writer ("By Anna Berg", "Von Anna Berg")."""
    return BYLINE.match(text) is not None


def says_nothing_of_the_text(text: str) -> bool:
    """The line names only who wrote the text ("by: Anna Berg", "Guest post by: Per Holm", "by Anna Berg, Editor,
    Campus") or is a label for what follows it ("FOR IMMEDIATE RELEASE:"): a theme describing a post by its first
    paragraph describes it so when the post opens on its byline; such a line is no standfirst."""
    credit = _WRITERS_CREDIT.match(text.strip())
    if credit is not None:
        return len(credit.group("name").split()) <= _WRITERS_CREDIT_WORDS and find_date(text) is None
    return text.rstrip().endswith(":") and len(WORD.findall(text)) <= _LABEL_WORDS


def ends_on_credit(text: str) -> bool:
    tail = text[-_CREDIT_TAIL:]
    # Most blocks hold no colon near their end: the test spares them the search.
    return ":" in tail and _CREDIT_END.search(tail) is not None


def opens_on_the_day(block: Block, page_days) -> bool:
    """A short line naming one of the page's days in more words than a date line's label and time, none of them a
    label ("Published", "Updated")."""
    text = block.text
    return block.chars <= DATE_LINE_CHARS and is_date_line(text, page_days) and not has_date_label(text) \
        and not is_date_line(text, page_days, _OTHER_DAY_LINE_WORDS)


# The dash a theme sets between the post's day and the first sentence of its text ("05. 06. 2019 — Text").
_STAMP_DASH = re.compile(r"\s*[-–—]\s+")


def opening_stamp(element, page_days: frozenset[str] | set[str]) -> str:
    """The page's own day that a theme sets before the first sentence of a paragraph, in an inline element of its own
    and a dash after it ("<p><i>05. 06. 2019</i> &mdash; Text"): the stamp's text, "" when the element opens on none.
    A day the writer types in the sentence's own words, or another day than the page's, is the text's."""
    stamp = _stamp_child(element, page_days)
    return clean_text(text_of(stamp)) if stamp is not None else ""


def _stamp_child(element, page_days: frozenset[str] | set[str]):
    """The inline element holding the stamp opening_stamp reads, or None."""
    if not page_days or element is None or not isinstance(element.tag, str) or (element.text or "").strip():
        return None
    for child in element:
        day = clean_text(text_of(child)) if isinstance(child.tag, str) else ""
        if not day:
            if (child.tail or "").strip():
                return None
            continue  # a tag of metadata or a comment before the stamp shows nothing
        found = find_date(day) if child.tag not in BLOCK_TAGS else None
        whole = found is not None and found[1] == 0 and found[2] == len(day) and found[0][:10] in page_days
        return child if whole and _STAMP_DASH.match(child.tail or "") else None
    return None


def less_opening_stamp(text: str, stamp: str) -> str:
    """The text less the stamp (opening_stamp) and the dash after it, or the text itself when it does not open so."""
    if not stamp or not text.startswith(stamp):
        return text
    dash = _STAMP_DASH.match(text, len(stamp))
    return text[dash.end():] if dash and dash.end() < len(text) else text


def block_less_opening_stamp(block: Block, page_days: frozenset[str] | set[str]) -> Block:
    """The paragraph opening the text less the page's stamp set before its first sentence (opening_stamp), its markup
    too: a copy of its element without the stamp and the dash, the links and emphasis of the sentence kept."""
    stamp = _stamp_child(block.element, page_days)
    if stamp is None:
        return block
    text = less_opening_stamp(block.text, clean_text(text_of(stamp)))
    if text == block.text:
        return block
    shown = None
    if is_whole_element(block):
        shown = copy.deepcopy(block.element)
        _drop_stamp(shown[block.element.index(stamp)])
    return Block(block.element, block.kind, text, block.link_chars, text_length(text), shown, block.readings)


def _drop_stamp(stamp) -> None:
    """Takes the stamp's element out of its paragraph with the dash after it; the text after the dash stays."""
    tail = stamp.tail or ""
    rest = tail[_STAMP_DASH.match(tail).end():]
    previous = stamp.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + rest
    else:
        parent = stamp.getparent()
        parent.text = (parent.text or "") + rest
    stamp.getparent().remove(stamp)


def is_page_stamp(block: Block, page_days: frozenset[str] | set[str]) -> bool:
    """An unlinked line that is the page's own publication or update day under its label and nothing more ("Publié :
    2019-06-28", "Updated June 28, 2019"): the theme's stamp, whatever element it is set in (a point of the list
    holding the pager's links under the text)."""
    if not page_days or block.link_chars or block.chars > DATE_LINE_CHARS or not has_stamp_label(block.text):
        return False
    found = find_date(block.text)
    return found is not None and found[0][:10] in page_days and is_date_line(block.text, page_days)


def _names_and_day(text: str, page_days: frozenset[str] | set[str]) -> bool:
    """The writers' names, then the post's own day, unlabelled: a theme's byline setting the names and the date on
    lines of their own ("Ada Lind, Bo Berg, Cy Holm<br>August 16, 2024")."""
    found = find_date(text) if page_days and _DIGIT.search(text) else None
    return found is not None and found[0][:10] in page_days and names_beside_day(text, found, day_first=False)


def _barred_header_line(text: str, page_days: frozenset[str] | set[str]) -> bool:
    """An article header's line of parts set apart by bars or bullets, each a date line, a stamp, a byline or a name
    of a word or three, with a date and a byline naming people alone among them ("The Daily | 04.05.2015 à 13h36 •
    Mis à jour le 05.05.2015 | Par Anna Berg (avec Bo Lind)"): the post's stamps, too long for a date line with
    several writers. A sentence of the text is no run of such parts."""
    parts = [part.strip() for part in _HEADER_BARS.split(text) if part.strip()]
    if len(parts) < 2:
        return False
    dated = [part for part in parts if is_date_line(part, page_days) or is_stamps_line(part)]
    bylines = [part for part in parts if part not in dated and (credit := _WRITERS_CREDIT.match(part)) is not None
               and only_names(credit.group("name"))]
    names = [part for part in parts if part not in dated and part not in bylines
             and len(WORD.findall(part)) <= _HEADER_NAME_WORDS and not _DIGIT.search(part)]
    return bool(dated) and bool(bylines) and len(dated) + len(bylines) + len(names) == len(parts)


def _is_dated_byline(text: str) -> bool:
    """A byline with its date ("by Anna Berg, Staff Writer | May 14, 2024 07:38am ET", "written by Anna Berg on
    Sonntag, 22. März 2009"), or a line showing the post's
    date and its reading time, whoever it names ("Posted on May 14, 2024 by Anna Berg ‐ 4 min read"): no writer
    times their reader. A sentence that opens with "By" and a date ends like one ("By May 1, 2024, every ferry is
    inspected.")."""
    if _READING_TIME.search(text) is not None:
        return find_date(text) is not None
    found = find_date(text) if _DATED_BYLINE.match(text) is not None else None
    # The date's own dot ("on Sonntag, 22. März 2009") ends no sentence.
    return found is not None and FULL_STOP.search(text[:found[1]] + " " + text[found[2]:]) is None


def is_date_line(text: str, page_days: frozenset[str] | set[str] = frozenset(),
                 other_words: int = _DATE_LINE_OTHER_WORDS) -> bool:
    """A date with at most a few words around it (a label, a time, a place, a reading time); an event's field ("When:
    14 April, 18:00"), a call's deadline ("Deadline: 7 October") or a period ("Vom 10. - 16. August 2020.") is the
    text's fact, no date line."""
    found = find_date(text)
    if not found or is_event_field(text) or is_deadline_field(text) or states_period(text, found):
        return False
    rest = _READING_TIME.sub(" ", text[:found[1]] + " " + text[found[2]:])
    words = len(WORD.findall(rest))
    if page_days and found[0][:10] not in page_days and words > _OTHER_DAY_LINE_WORDS \
            and not has_date_label(text[:found[1]]):
        return False
    return words <= other_words
