"""Judge the short lines around a post's text: furniture (labels, link lists, credits, stamps, a release's header),
the sign-offs after the text, and the short lines that are the writer's however short (rows of a programme, a
timeline or a score sheet, captions, quotes, hashtags, a salutation, a telephone number, a price or an ISBN, a framed
tagline)."""
from __future__ import annotations

import posixpath
import re
from urllib.parse import urlsplit

from .ancestry import table_of
from .blocks import PREFORMATTED, Block
from .captions import CAPTION_DEPTH, within_caption
from .date_lines import has_date_label
from .line_patterns import (FULL_STOP, FURNITURE_LINE, LOADING_NOTICE, SENTENCE_END, WORD, announces_in_line,
                            ends_on_comma)
from .link_lines import cites_address
from .links import leads_to_picture
from .prose_lines import SHORT_LINE_CHARS, linked_sentence
from .stamp_lines import DATE_LINE_CHARS, is_credit, is_dated_line
from .text import lines_at_breaks, spaced_text, text_of

_ITEM_OWN_CHARS = 40
# A header row names a few columns; one bold cell alone is a table's title or a label.
_HEADER_CELLS = 2
_BULLET = re.compile(r"^[•·▪◦‣●■] ?\w")
# A telephone number alone on its line ("(858) 453-5500", "+47 22 33 44 55", "08-123 456 78"): groups of digits, an
# area code in brackets or a country code, or three groups at least (a year's span, "2023-2024", has two).
_PHONE_NUMBER = re.compile(r"^(?:\+\d{1,3}[\s.\-]?)?(?:\(\d{1,5}\)\s?)?\d+(?:[\s.\-/]\d+){1,5}$")
_PHONE_DIGITS = (7, 15)
# What something costs ("Preis 19.90 Euro", "Entrée : 10 €", "$25") or which book it is ("ISBN 978-3-98-072126-4"):
# the details closing a notice of a book, a ticket or a course, which credits and sign-offs, naming people, never
# give. A sum in thousands or millions ("Funding: $23M") is no price but a figure of a profile's fact box.
_AMOUNT = r"\d+(?:[.,]\d{1,2})?(?![\d.,]*\d)(?!\s?(?:[kmb]|mn|bn|mio|mrd|million|billion)\b)"
PRICE_OR_ISBN = re.compile(r"\bISBN(?:-1[03])?:?\s*\d[\d\- ]{8,}[\dXx]\b"
                           rf"|[€$£]\s?{_AMOUNT}|\b(?:EUR|CHF|USD)\s?{_AMOUNT}"
                           r"|\b\d+(?:[.,]\d{1,2}|,-)?\s?(?:€|(?:EUR|euro|CHF|SEK|NOK|DKK|kr|PLN|zł|Kč|USD)\b)",
                           re.IGNORECASE)
# Short lines after the article's last long paragraph: credits, "Read also", feedback prompts.
SIGN_OFF_CHARS = 60
# A press release's header: its release label, then the day, the issuer and the contact ("For Immediate Release:
# July 22, 2016 Published By: <office> Contact: <name>, <phone>"), the release's fields, not its text.
_RELEASE_HEADER = re.compile(r"^for immediate release\b", re.IGNORECASE)
_RELEASE_HEADER_CHARS = 300
# A letter's salutation opening the text ("Dear members", "Beste leden", "Liebe Mitglieder", "Hej alla"), with or
# without its comma: a name or a group after a word of address.
_SALUTATION = re.compile(r"^(?:dear|hi|hello|hallo|hej|hei|moi|hey|liebe[rs]?|beste|lieve|geachte|kære|kjære|"
                         r"cher|chère|chers|chères|querid[oa]s?|estimad[oa]s?|car[oi])\s+\S", re.IGNORECASE)
_SALUTATION_WORDS = 4
# A programme's row is led by its time, after a word flagging it at most ("New: 19:00 Closing talk"); French typography
# spaces the colon and writes the hour with an h ("vendredi : 10h - 16h", "18h30 Apéritif"), as opening hours list
# days.
_HOUR = r"(?:[01]?\d|2[0-3])(?:[.:][0-5]\d|h(?:[0-5]\d)?)\b"
PROGRAMME_ROW = re.compile(rf"(?:(?P<label>[^\W\d_]{{1,10}}) ?[:!]\s+)?{_HOUR}")
# A day's hours run from one hour to another ("mardi : 9h - 12h"); a label and one time stamp an update ("Update:
# 16:56").
_UNTIL_HOUR = re.compile(rf"\s*[-–]\s*{_HOUR}")
# A match's result: two sides set apart by a spaced colon, then the score ("Harbour : Lantern 15:8").
_RESULT_ROW = re.compile(r"[^\W\d_][\w.'&/-]*(?: [^\W\d_][\w.'&/-]*){0,3} : [^\W\d_][\w.'&/-]*"
                         r"(?: [^\W\d_][\w.'&/-]*){0,3} \d{1,3} ?: ?\d{1,3}\b")
# A row of a notice's timeline: a label of a word or a few (a weekday among them), maybe a day with or without its
# year, then the clock time after "kl"/"at" or not ("Error occurred: 09:26", "Fixed at 15:45", "Resolved: 07.09.2022
# kl.14:30", "Occurred: 27.06 kl 11:10"), as a status or incident notice closes on when it went wrong and was put right.
_TIMELINE_ROW = re.compile(r"^((?:[^\W\d_]+\.?\s*:?\s+){1,4})(?:\d{1,2}\.\d{1,2}(?:\.(?:\d{2,4})?)?\s+)?"
                           r"(?:[^\W\d_]{1,3}\.?:?\s*)?(?:[01]?\d|2[0-3])[.:][0-5]\d\b(?![.:]\d)")
# Pictographs a writer frames a line with ("🎉 See you there! 🎉", "🔥 RACE DAY: 28.07.2024 🔥"), and what may trail
# one (an emoji's variation selector, skin tone, joiner).
_PICTOGRAPH = "\U0001F300-\U0001FAFF\u2600-\u27BF"
_DECORATED = re.compile(rf"^[{_PICTOGRAPH}]|[{_PICTOGRAPH}][\ufe0f\u200d\U0001F3FB-\U0001F3FF]*$")
# A sentence may end on a pictograph or a few after its stop ("Stay tuned, more news soon! 🌟"): still a sentence.
_TRAILING_PICTOGRAPHS = re.compile(rf"(?:\s*[{_PICTOGRAPH}][\ufe0f\u200d\U0001F3FB-\U0001F3FF]*)+$")
# A line framed in pictographs is a tagline or a motto this long at most; longer, it is a paragraph anyway.
_DECORATED_CHARS = 100
# The writer's own words of a sentence that links its partners' names.
_OWN_SENTENCE_CHARS = 60
# A line of the writer's hashtags ("#harbour #ferries #summer2024") tags the post in its own words.
_HASHTAG = re.compile(r"(?<!\S)#[^\W_][\w-]*")
# A hashtag as typed in a sentence names a word ("#meetup2024"), not a rank ("#1").
_TYPED_HASHTAG = re.compile(r"(?<!\S)#[^\W\d_][\w-]*")
_PARENTHESISED = re.compile(r"^\(.*\)$")
# A line ending on a typed smiley (":)", ";-)", ":D") is the writer's, as one ending on a full stop.
_SMILEY = re.compile(r"(?<![:/])[:;]-?[)D]$")
# The elements of one row of a list or a table: a paragraph right inside one is that row's text.
_LIST_ROW_TAGS = frozenset({"li", "dt", "dd", "td", "th"})


def is_furniture(block: Block, title: str | None, page_days: frozenset[str] | set[str] = frozenset(),
                 line_of_text: bool = False) -> bool:
    if is_credit(block) or LOADING_NOTICE.fullmatch(block.text.strip()):
        return True
    # A point of the text's list is the text's however linked; so is a cell of a table it sets out under header
    # cells (<th>), which mark the table as data: a release's number linked to its announcement. What the writer set
    # as preformatted text is theirs however short (a command: "make -j4"): no theme sets a label that way.
    if cites_address(block) or _is_caption(block) or (block.kind == "item" and line_of_text) \
            or (block.kind == "cell" and line_of_text and _in_headed_table(block)) or block.kind == PREFORMATTED:
        return False
    if block.link_density > 0.5 and not linked_sentence(block) and not _bare_linked_sentence(block):
        return True
    if title and block.text == title:
        return True
    if block.kind == "heading":
        return False
    if block.kind == "item" or (block.kind == "text" and _BULLET.match(block.text)):
        # A list of links is furniture; an item that says more than its links is a point of the text. Editors
        # also set a list as lines led by a bullet ("• Harbour school: closed Friday").
        return block.link_density > 0.3 and block.chars - block.link_chars < _ITEM_OWN_CHARS
    # A date in a cell of a table the text sets out (a schedule's "21/05/2021 20:00") is the table's value, no stamp.
    if is_dated_line(block, page_days) and not (line_of_text and block.kind == "cell"):
        return True
    if block.chars <= _RELEASE_HEADER_CHARS and _RELEASE_HEADER.match(block.text):
        return True
    if is_phone_number(block.text):
        return False  # an address's last line in the writer's list (the venue's, the hotel's): no label
    if _states_price_or_isbn(block):
        return False  # what the book, the ticket or the course the text presents costs: no label
    if block.kind == "text" and block.chars < SHORT_LINE_CHARS:
        return not line_of_text
    # A tiny line is a label ("Share", "Ad"), unless it ends as a sentence or as a letter's salutation or closing
    # does ("Dear members,", "Regards,"), or is set in lines under such a closing (a signature, "KvB,<br>Jaar 2019"):
    # labels never end a line on a comma. A row led by its time names what happens then, or a day's opening hours
    # ("vendredi : 10h - 16h"): no label.
    return block.chars < 15 and not SENTENCE_END.search(block.text) and not line_of_text \
        and not ends_on_comma(block.text) and not _signed_under_comma(block) and not is_programme_row(block)


def _signed_under_comma(block: Block) -> bool:
    """The block is a paragraph set in lines (<br>) whose first line ends on a comma: a closing and who signs it."""
    element = block.element
    if element is None or element.find(".//br") is None:
        return False
    lines = lines_at_breaks(element)
    # The block is its element's whole text, set in these lines (not one paragraph split off it at <br><br>).
    return len(lines) > 1 and ends_on_comma(lines[0]) and " ".join(lines) == block.text


def _in_headed_table(block: Block) -> bool:
    """The cell stands in a table that heads its columns with <th> cells, or with a first row of cells each set in
    bold whole (a table pasted from a spreadsheet: "<td><b>Place</b></td>"). A dated record's cells, whose header row
    the theme may hide, are the text's once per table (tables_amid_prose.dated_record_cells)."""
    table = table_of(block.element) if block.element is not None else None
    # read once per table, not once per cell
    return table is not None and block.readings.of(_headed_table, table)


def _headed_table(table) -> bool:
    return table.find(".//th") is not None or _bold_header_row(table)


def _bold_header_row(table) -> bool:
    """The table's first row is a few cells, each set in bold whole: its header."""
    row = next(table.iter("tr"), None)
    cells = list(row.iterchildren("td")) if row is not None else []
    return len(cells) >= _HEADER_CELLS and all(_bold_whole(cell) for cell in cells)


def _bold_whole(cell) -> bool:
    """The cell's words are all in one <b> or <strong>."""
    text = spaced_text(cell)
    return bool(text) and any(spaced_text(bold) == text for bold in cell.iter("b", "strong"))


def _bare_linked_sentence(block: Block) -> bool:
    """A sentence typed bare between line breaks, naming its partners by links ("... organised by the <a>Department
    of History</a> and the <a>Open Data Group</a>."): the writer's, with a sentence's worth of words of its own between
    them; a menu set in bare text says nothing between its links and ends on none of a sentence's stops."""
    return block.kind == "text" and SENTENCE_END.search(block.text) is not None \
        and block.chars - block.link_chars >= _OWN_SENTENCE_CHARS


def is_phone_number(text: str) -> bool:
    """The line is a telephone number alone (not a date: date lines are read first)."""
    text = text.strip()
    if _PHONE_NUMBER.match(text) is None:
        return False
    digits = sum(char.isdigit() for char in text)
    groups = len(re.findall(r"\d+", text))
    return _PHONE_DIGITS[0] <= digits <= _PHONE_DIGITS[1] and (text[0] in "+(" or groups >= 3)


def is_salutation(block: Block) -> bool:
    """A short unlinked line opening as a letter does ("Dear members,", "Beste leden"), however short."""
    return block.kind in ("p", "text") and not block.link_chars \
        and len(block.text.split()) <= _SALUTATION_WORDS and _SALUTATION.match(block.text) is not None


def is_sign_off(block: Block) -> bool:
    # A preformatted block is the writer's code or a program's output ("$ make install"), however short: no site
    # sets its credits or prompts in <pre>.
    if block.kind in ("item", "cell", "pre") or _in_list_row(block) or block.chars >= SIGN_OFF_CHARS \
            or FULL_STOP.search(_TRAILING_PICTOGRAPHS.sub("", block.text)):
        return False
    # A note in parentheses closes the text it belongs to ("(Reporting by ...; Editing by ...)").
    if _PARENTHESISED.match(block.text) or _SMILEY.search(block.text):
        return False
    # A sentence naming what it calls to after its colon closes the text it ends ("Don't miss our next event: ...").
    if announces_in_line(block.text):
        return False
    # List items, table cells and lines led by a time ("15.50 Summary, ...") or a match's result are the rows of a
    # list, a programme or a score sheet, however short the last one; a caption kept is a picture's. A closing block set in lines
    # (<br>) is a signature or an address, unless it introduces what followed it ("Related posts:"); a telephone
    # number closes an address given in the text, a price or an ISBN the notice of what it sells.
    set_in_lines = block.element is not None and block.element.find("br") is not None and block.text[-1] != ":"
    return not (PROGRAMME_ROW.match(block.text) or _timeline_row(block.text) or _RESULT_ROW.match(block.text)
                or _is_caption(block) or _caption_under_pictures(block) or _names_linked_picture(block) or set_in_lines
                or is_phone_number(block.text)
                or _hashtag_line(block) or names_hashtag(block) or _quoted(block)
                or _states_price_or_isbn(block))


def _names_linked_picture(block: Block) -> bool:
    """The line's words are one link to a picture the page shows nowhere ("<a href=/img/x.jpg>Porto Placement Spring
    2024</a>", Markdown's `[words](/img/x.jpg)`): the writer presents the photo by naming it, as a caption names the
    picture it sits under. A prompt to enlarge links the full size of a picture shown beside it."""
    if block.element is None or block.kind not in ("p", "text"):
        return False
    anchors = [a for a in block.element.iter("a") if text_of(a).strip()]
    if len(anchors) != 1 or spaced_text(anchors[0]).split() != block.text.split() \
            or FURNITURE_LINE.search(block.text):
        return False
    href = anchors[0].get("href") or ""
    shown = {_file_name(img.get("src")) for img in block.element.getroottree().iter("img")}
    return leads_to_picture(href) and _file_name(href) not in shown


def _file_name(address: str | None) -> str:
    return posixpath.basename(urlsplit(address or "").path)


def _states_price_or_isbn(block: Block) -> bool:
    """An unlinked line giving a price or an ISBN ("Preis 19.90 Euro", "ISBN 9783980721264")."""
    return not block.link_chars and PRICE_OR_ISBN.search(block.text) is not None


def _in_list_row(block: Block) -> bool:
    """A paragraph set right inside a list's row (`<dd><p>Drinks in the hall</p></dd>` beside its `<dt>18:00</dt>`, a
    `<li><p>` or a cell's `<p>`): a row of the list, a programme or a table, as the row's own text would be."""
    parent = block.element.getparent() if block.element is not None else None
    return parent is not None and parent.tag in _LIST_ROW_TAGS


def _timeline_row(text: str) -> bool:
    """A label and the clock time ("Resolved: 15:45"), not a publication or update stamp ("Updated 10:32"); a row
    may go on to the next ("Occurred: 21.08 16:25 Updated: 23.08 10:20"), so only its own label counts."""
    row = _TIMELINE_ROW.match(text)
    return row is not None and not has_date_label(row.group(1)) and not FURNITURE_LINE.search(text)


def is_timeline_row(block: Block) -> bool:
    """A short unlinked line that is a row of a notice's timeline, however short or dated: after the text, when the
    incident began and was resolved is the notice's own news, not a date line or a label."""
    return block.kind in ("p", "text") and not block.link_chars and block.chars <= DATE_LINE_CHARS \
        and _timeline_row(block.text)


def is_programme_row(block: Block) -> bool:
    """A line led by a time and naming what happens then ("12.45 – 14.00 Lunch"), or a day's hours under its name
    ("vendredi : 10h - 16h"), unlinked: a row of a programme when others like it stand by. A bare time ("16:56") stamps
    a live report's entry."""
    row = PROGRAMME_ROW.match(block.text)
    return block.kind in ("p", "text") and not block.link_chars and row is not None \
        and (WORD.search(block.text, row.end()) is not None
             or (row.group("label") is not None and _UNTIL_HOUR.match(block.text, row.end()) is not None))


def is_decorated_line(block: Block) -> bool:
    """A short line the writer opened or closed with a pictograph ("🥳 SOLD OUT! 🥳", "🎉 See you there! 🎉", "📍Old
    Town"): their tagline, however short or dated, for sites frame their furniture with icons, not typed emoji.
    A line naming furniture ("📩 Subscribe to our newsletter") or linking is no tagline."""
    text = block.text.strip()
    return block.kind in ("p", "text", "heading") and not block.link_chars and block.chars <= _DECORATED_CHARS \
        and _DECORATED.search(text) is not None and WORD.search(text) is not None \
        and not FURNITURE_LINE.search(text)


def _quoted(block: Block) -> bool:
    """The last line of a quotation of several (<blockquote>): a poem's or a prayer's, never a credit; or a quote of
    one line set among the text's own paragraphs (a <p> of text beside the <blockquote>): the writer quoting. A box
    quoting one line (a review's) may be furniture."""
    element = block.element
    for _ in range(CAPTION_DEPTH):
        if element is None:
            return False
        if element.tag == "blockquote":
            return len(text_of(element).strip()) > len(block.text) + 1 or _beside_paragraph(element)
        element = element.getparent()
    return False


def _beside_paragraph(element) -> bool:
    """The element stands beside a paragraph of text, in the same element: among the text, not in a box of its own."""
    holder = element.getparent()
    return holder is not None and any(child.tag == "p" and text_of(child).strip() for child in holder)


def _hashtag_line(block: Block) -> bool:
    """Words most of them hashtags typed into the text (a site's tag list links its tags)."""
    return not block.link_chars and len(_HASHTAG.findall(block.text)) * 2 >= len(block.text.split()) >= 2


def names_hashtag(block: Block) -> bool:
    """A line with a hashtag typed into it, not linked ("Follow the meeting on Twitter: #meetup2024"): the writer's
    pointer to the talk about the event; a site links its tags and its profiles."""
    return not block.link_chars and _TYPED_HASHTAG.search(block.text) is not None


def _caption_under_pictures(block: Block) -> bool:
    """A paragraph set right under a paragraph of pictures alone (<p><img><img></p>, then <p>The king and queen, 11th
    century</p>), empty paragraphs of line breaks between them aside: the pictures' caption written as a paragraph,
    the post's text as a <figcaption> closing it is (media_in_text._closing_pictures), not a signature however
    short."""
    element = block.element
    if element is None or block.kind != "p":
        return False
    for before in element.itersiblings(preceding=True):
        if not isinstance(before.tag, str) or text_of(before).strip():
            return False
        if before.find(".//img") is not None:
            # pictures set in a paragraph of their own, as an editor sets them among the text; a picture standing
            # bare in a theme's photo box labels its credit line ("Name / Agency"), which is the picture's
            return before.tag == "p"
        # an empty paragraph of line breaks spacing the caption off the pictures is passed over
    return False


def _is_caption(block: Block) -> bool:
    """A caption the pruning kept is of a picture set among the paragraphs: the article's text however short, unless
    it is a bare credit ("Foto: ...")."""
    return within_caption(block.element)
