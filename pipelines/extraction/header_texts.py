"""The texts around a page's headline, where its own date lines stand, less other articles' teasers and readers'
comments, whose dates are theirs (teaser_dates): page_dates reads its date lines from them."""
from __future__ import annotations

import re
from itertools import islice

from . import xpaths
from .ancestry import in_navigation
from .dates import find_date
from .event_fields import is_event_field
from .hints import classed_as_standfirst
from .line_patterns import WEB_ADDRESS
from .teaser_dates import (DATE_HINT, LIST_TAGS, beside_linked_headline, holds_teaser_card, in_teaser_list,
                           is_comments_container, links_dated_headline)
from .text import spaced_text, text_of
from .trailing_headings import after_post_text

_TEXT_PART_TAGS = frozenset({"p", "li", "h2", "h3", "h4", "h5", "h6"})
_CELL_TAGS = ("td", "th")
_TABLE_PART_TAGS = frozenset({"table", "thead", "tbody", "tfoot", "tr", *_CELL_TAGS})
# A row's label names what the row gives in a word or a few ("Launched", "Weight without battery").
_ROW_LABEL_WORDS = 4
_WORD = re.compile(r"[^\W\d_]{2,}")
_KICKER_DATE_OTHER_WORDS = 1
# Words a paragraph may open with before its own date's label ("Originally published on ..."); after more, the label
# is in a sentence of it.
_LABEL_LEAD_WORDS = 3
_HEADLINE_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# The elements a headline set as a styled line is.
_STYLED_LINE_TAGS = ("span", "div", "p", "strong")
# A short text of a page (a byline, a date line, a label) holds no more; a longer one is walked into.
SHORT_TEXT_CHARS = 160
# The headings a hand-made page may write its first paragraph straight after, with no <p> around it.
_LOOSE_TEXT_HEADINGS = ("h1", "h2", "h3")
# A date line runs this long at most: a dateline opening a paragraph, a kicker's date.
DATELINE_CHARS = 80
_HEADER_BOX_EXTRA_CHARS = 400
# Dates further from the headline belong to teasers, comments or the footer.
TEXTS_AFTER_BODY_START = 60
BYLINE_TEXTS = 2  # texts under (and above) the headline a date line may take: a subtitle, then the byline
TEXTS_BEFORE_HEADLINE = 15
# A theme's post-meta box above the headline (a side column) lists the post's fields around its date ("31 March
# 2016", "Author: Anna Berg", "Category: News", "Tags: ...", "Comments"): an undated field takes no place of the
# few nearest texts a date line may stand in.
_POST_FIELD = re.compile(r"^(?:authors?|written by|posted by|by|categor(?:y|ies)|filed under|tags?|tagged|comments?|"
                         r"författare|kategori(?:er|a|e|en)?|taggar|kommentarer|forfatter|stikkord|autor(?:in)?|"
                         r"schlagwörter|kommentare?|kirjoittaja|avainsanat|kommentit)\b", re.IGNORECASE)


def label_ends_in(texts, label: re.Pattern):
    """(text, where `label` ends in it), for every place it stands in a text that holds a digit. A text that is the
    label alone ("Erschienen am:" in a <dt> or table cell, the date in the next) is read with the text after it."""
    alone = None
    for text in texts:
        if alone is not None:
            yield f"{alone} {text}", len(alone)
            alone = None
        if not DATE_HINT.search(text):
            # The label alone opens the text: a label starts on a letter, so no search through the rest is needed.
            match = label.match(text, len(text) - len(text.lstrip()))
            if match and not _WORD.search(text, match.end()):
                alone = text.strip()
            continue
        for match in label.finditer(text):
            yield text, match.end()


def _headline(body, title: str):
    """The post's headline: where no <h1> is the title itself, an <h2> or <h3> that is, set before every <h1>; else
    the <h1> that shows the title (a page may set its logo or a widget's name in another <h1>), else, when the
    only <h1>s are the logo's link, the first h2/h3 that shows it (the dates between logo and headline are the
    menu's and the breadcrumb's, which repeats the headline's own), else the first <h1>."""
    wanted = _folded(title)
    # A box's name after the post's text (see trailing_headings.py) heads no date line of the post's; the title
    # itself heads the post wherever it stands.
    trailing = after_post_text(body, list(body.iter("h1")))
    h1s = [h for h in body.iter("h1") if h not in trailing or (wanted and _folded(text_of(h)) == wanted)]
    if wanted and not any(_folded(text_of(h)) == wanted for h in h1s):
        # A template that heads its posts with an <h2> sets it above the text, where a pasted text's own <h1> may
        # stand (naming the title among more words, or not at all): the heading that is the title, before any <h1>
        # and outside menus and teasers (a sticky bar repeating the headline), heads the post.
        shown = next((h for h in body.iter("h1", "h2", "h3") if h.tag == "h1" or (
            _folded(text_of(h)) == wanted and not any(a.tag in xpaths.NOT_A_HEADLINE_LINE for a in h.iterancestors()))),
            None)
        if shown is not None and shown.tag != "h1":
            return shown
    if wanted:
        shown = next((h for h in h1s if wanted in _folded(text_of(h))), None)
        if shown is not None:
            return shown
    if wanted and all(_is_logo(h) for h in h1s):
        shown = next((h for h in body.iter("h2", "h3") if wanted in _folded(text_of(h))), None)
        if shown is not None:
            return shown
    if wanted and not h1s:
        # A script-built page sets its headline as a styled line (a <span> classed by a CSS-in-JS hash), no heading.
        shown = next((line for line in body.iter(*_STYLED_LINE_TAGS)
                      if len(line) == 0 and _folded(text_of(line)) == wanted
                      and not any(a.tag in xpaths.NOT_A_HEADLINE_LINE for a in line.iterancestors())), None)
        if shown is not None:
            return shown
    return h1s[0] if h1s else None


def _is_logo(heading) -> bool:
    """A heading that is wholly links: the site's name linking home, alone or beside its feed's link (a section banner
    "News Archive | RSS Feed" set as an <h1> over every page)."""
    links = list(heading.iter("a"))
    return bool(links) and " ".join(spaced_text(link) for link in links).split() \
        == text_of(heading).split()


class HeaderTexts:
    """Short texts around the headline: between it and the body, above it, and further down the page."""

    def __init__(self) -> None:
        self.after_headline: list[str] = []
        self.before_headline: list[str] = []
        self.later: list[str] = []
        self.first_paragraph: str = ""
        # The short texts after the headline that are paragraphs, list items or subheadings of the text; those
        # after its first paragraph.
        self.sentences: set[str] = set()
        self.after_text: set[str] = set()
        # The openings of the text's paragraphs too long for a byline (the first one's and later ones'): a label
        # inside one, after more than a few words, is a sentence's ("the plan, published on 15 January, ...").
        self.paragraph_openings: set[str] = set()
        # The short texts in or holding a table: a record's fields ("Date 08.10.2024", "Media The Daily"), no stamp.
        self.in_tables: set[str] = set()
        self.text_started = False
        self._found_labels: dict[re.Pattern, list[tuple[str, int]]] = {}

    def label_ends(self, label: re.Pattern) -> list[tuple[str, int]]:
        """`label_ends_in` of everywhere(): each finder of a labelled date reads the same places (the undated
        finders after the full-date one), so the texts are searched for a label once per page."""
        if label not in self._found_labels:
            self._found_labels[label] = [(text, end) for text, end in label_ends_in(self.everywhere(), label)
                                         if not self._in_a_sentence(text, end, label)]
        return self._found_labels[label]

    def _in_a_sentence(self, text: str, end: int, label: re.Pattern) -> bool:
        """The label ending at `end` stands after more than a few words of a long paragraph of the text: in one of its
        sentences."""
        if text not in self.paragraph_openings:
            return False
        start = next((match.start() for match in label.finditer(text) if match.end() == end), 0)
        return len(_WORD.findall(text[:start])) > _LABEL_LEAD_WORDS

    def in_running_text(self, text: str) -> bool:
        """The text is a paragraph of the running text, or any text after the text starts (a stamp closing it)."""
        return text in self.paragraph_openings or text in self.sentences or text in self.later

    def header_lines(self):
        """The short texts after the headline, then those above it nearest first."""
        yield from self.after_headline
        yield from reversed(self.before_headline[-TEXTS_BEFORE_HEADLINE:])

    def byline_places(self):
        """The few short texts right under the headline, before its text starts, then the nearest above it: where a
        post's own date line sits. Further down, a dated line heads another post's teaser."""
        yield from (text for text in self.after_headline[:BYLINE_TEXTS] if text not in self.after_text)
        above = (text for text in reversed(self.before_headline[-TEXTS_BEFORE_HEADLINE:]) if not _post_field(text))
        yield from islice(above, BYLINE_TEXTS)

    def byline_or_under_lead(self):
        """The byline places, then the few short texts right after the first paragraph: a theme may set the lead
        between the headline and the byline ("<h1>, <lead>, Sist oppdatert 06.01.2020")."""
        yield from self.byline_places()
        yield from self.later[:BYLINE_TEXTS]

    def near_headline(self):
        yield from self.header_lines()
        if self.first_paragraph:
            yield self.first_paragraph[:DATELINE_CHARS]

    def everywhere(self):
        yield from self.near_headline()
        yield from self.later[:TEXTS_AFTER_BODY_START]


def _post_field(text: str) -> bool:
    """An undated field of the post's meta box: its writer, category, tags or comments link."""
    return not DATE_HINT.search(text) and _POST_FIELD.match(text.strip()) is not None


def _is_of_the_text(element, header) -> bool:
    """A part of the text (`_is_text_part`), a block holding only one, or a block of the text's paragraphs only
    (a short notice's whole text): no class naming it a byline or date line, outside the article's header."""
    while element.tag not in _TEXT_PART_TAGS and len(element) == 1 and not (element.text or "").strip() \
            and not (element[0].tail or "").strip():
        element = element[0]
    parts = [element] if element.tag in _TEXT_PART_TAGS else list(element)
    if element.tag not in _TEXT_PART_TAGS and (len(parts) < 2 or (element.text or "").strip()
                                               or any(part.tag != "p" or (part.tail or "").strip() for part in parts)):
        return False
    return all(_is_text_part(part) for part in parts) and not any(
        ancestor is header or ancestor.tag == "header" for ancestor in element.iterancestors())


def _is_text_part(element) -> bool:
    """An unclassed paragraph, subheading or item of an unclassed list: the running text's own markup, where a
    byline or date line is classed as one."""
    if element.tag not in _TEXT_PART_TAGS or element.get("class"):
        return False
    holder = element.getparent()
    return element.tag != "li" or (holder is not None and holder.tag in LIST_TAGS and not holder.get("class"))


def _in_text_part(element) -> bool:
    """The element sits in a paragraph or list item of the running text ("<li><b>Saturday 19.03.2022</b> ...")."""
    holder = next(element.iterancestors("p", "li"), None)
    return holder is not None and _is_text_part(holder)


def _value_of_labelled_row(element) -> bool:
    """The element is a table, a row or a cell whose dates all stand in rows led by a cell naming what the row gives
    ("Launched | 2022-02-04 | 2008" in a product sheet's table): values the text's table sets out, no date line of the
    page's."""
    if element.tag not in _TABLE_PART_TAGS:
        return False
    cells = [element] if element.tag in _CELL_TAGS else list(element.iter(*_CELL_TAGS))
    dated = [cell for cell in cells if find_date(spaced_text(cell))]
    return bool(dated) and all(_labelled_value(cell) for cell in dated)


def _labelled_value(cell) -> bool:
    row = cell.getparent()
    cells = [c for c in row if c.tag in _CELL_TAGS] if row is not None and row.tag == "tr" else []
    if len(cells) < 2 or cells[0] is cell:
        return False
    label = spaced_text(cells[0])
    return 0 < len(_WORD.findall(label)) <= _ROW_LABEL_WORDS and not DATE_HINT.search(label)


def _date_in_link(element) -> bool:
    links = [element] if element.tag == "a" else element.iter("a")
    return any(find_date(text_of(a)) for a in links)


def _header_box(headline):
    """The small box that holds the headline with its kicker and byline (a theme's "entry-header"), if any."""
    box = headline.getparent() if headline is not None else None
    if box is None or box.tag in ("body", "main"):
        return None
    return box if len(text_of(box)) <= len(text_of(headline)) + _HEADER_BOX_EXTRA_CHARS else None


def _dates_inside(headline) -> list[str]:
    """Texts of the headline's parts that are a date and little else: a kicker's date, not a headline that
    names a day ("Concert on 7 March 2014")."""
    words = text_of(headline).strip()
    found = []
    for part in headline.iterdescendants():
        text = text_of(part).strip() if isinstance(part.tag, str) else ""
        date = find_date(text) if text and text != words and len(text) < DATELINE_CHARS else None
        if date and len(_WORD.findall(text[:date[1]] + " " + text[date[2]:])) <= _KICKER_DATE_OTHER_WORDS:
            found.append(text)
    return found


def header_texts(root, title: str, url: str, hidden=(), comments=()) -> HeaderTexts:
    """`hidden`: the elements the page hides (hints.ClassIndex.hidden): a closed tab's or a collapsed box's dates (a
    calendar of every post set in the sidebar of each) are no date line readers see by the headline. `comments`: the
    readers' comments (comment_stamps.comment_parts), whose stamps date a reader's words, unless one holds the
    headline (a wrapper whose class says the post "has comments")."""
    texts = HeaderTexts()
    hidden = set(hidden)
    body = root.find("body")
    if body is None:
        return texts
    h1 = _headline(body, title)
    region = texts.before_headline if h1 is not None else texts.after_headline
    holds_headline = set(h1.iterancestors()) if h1 is not None else set()
    hidden |= set(comments) - holds_headline
    header = _header_box(h1)
    # A breadcrumb's last crumb repeats the headline: a day in it is the headline's subject's ("Weekend course
    # 10.-12.9.2021"), no date line of the page's, whether the crumb is read alone or with the trail before it.
    headline = _folded(text_of(h1)) if h1 is not None else None
    judged: dict = {}  # list -> whether it is a list of teasers, judged once per page
    stack = [body]
    # Only the first texts after the body starts are ever read: the walk ends there.
    while stack and len(texts.later) < TEXTS_AFTER_BODY_START:
        element = stack.pop()
        if isinstance(element, str):  # a dated line set loose between blocks, a tail of none of them
            region.append(_without_addresses(element))
            continue
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "noscript", "template") \
                or element in hidden:
            continue
        if element is h1:
            region = texts.after_headline
            # A date set inside the headline's own markup (a kicker line above the words) is the header's first.
            region.extend(_dates_inside(h1))
        # A hand-made page writes its first paragraph straight after its headline, no <p> around it: the body starts
        # there, its dateline ("CITY, State - May 3, 2004 - ...") the last header date.
        loose = " ".join((element.tail or "").split()) if element.tag in _LOOSE_TEXT_HEADINGS else ""
        if len(loose) > SHORT_TEXT_CHARS and region is texts.after_headline:
            if element is not h1:
                region.append(text_of(element).strip())
            texts.first_paragraph = _without_addresses(loose)
            texts.paragraph_openings.add(texts.first_paragraph[:DATELINE_CHARS])
            region = texts.later
            continue
        if element is h1:
            continue
        text = text_of(element).strip()
        if len(text) <= SHORT_TEXT_CHARS and element not in holds_headline:
            dated = DATE_HINT.search(text) is not None  # asked once: each rule below reads it
            if dated and _repeats_headline(text, headline):
                continue
            if dated and (in_teaser_list(element, judged) or holds_teaser_card(element, url)
                          or beside_linked_headline(element, url)):
                continue  # other articles' dates in a "latest news" list or a card are no date of this page's header
            if dated and links_dated_headline(element, url):
                continue  # another post's headline naming a day ("Meetup - 14.4.2016" in a "Latest posts" box)
            if dated and in_navigation(element):
                continue  # a site-wide menu's dates (a race calendar, an archive) are other pages', set on every post
            if dated and is_event_field(text, _texts_beside(element)):
                continue  # an event's day ("When: 14 April"), which the post announces: no date of the page's
            # Menus above the headline carry other pages' dates ("Beratung (bis 31.12.2018)"); a post's linked
            # date beside its headline is its own.
            # A link's text is part of the element's: no digit in the element, no date in its links.
            if len(text) >= 6 and not (region is texts.before_headline and dated
                                       and _date_in_link(element) and header not in element.iterancestors()):
                # Parts set apart in the markup are apart on screen ("Research<span>7 April 2020</span>").
                shown = " ".join(element.itertext()) if len(element) and dated else text
                region.append(_without_addresses(shown))
                if any(True for _ in element.iter("table")) or any(True for _ in element.iterancestors("table")):
                    texts.in_tables.add(region[-1])
                if region is texts.after_headline and _is_of_the_text(element, header):
                    texts.sentences.add(region[-1])
                    if texts.text_started:
                        texts.after_text.add(region[-1])
                    # A subheading starts no text: a date line under it may still be the page's own.
                    texts.text_started = texts.text_started or element.tag not in _HEADLINE_TAGS
                elif region is texts.later and (_is_of_the_text(element, header) or _in_text_part(element)
                                                or _value_of_labelled_row(element)):
                    texts.sentences.add(region[-1])
            continue
        # Text set straight in a block without <p> is a paragraph too, unless it is the standfirst.
        paragraph = element.tag == "p" or (len(element) == 0 and not classed_as_standfirst(element))
        if paragraph and region is not texts.before_headline and region is not texts.later:
            # The first long paragraph starts the body: its dateline is the last header date.
            texts.first_paragraph = _without_addresses(text)
            texts.paragraph_openings.add(texts.first_paragraph[:DATELINE_CHARS])
            region = texts.later
            continue
        if paragraph and region is texts.later:
            # Later paragraphs count by their opening only: a dateline may open any of the first few.
            region.append(_without_addresses(text)[:DATELINE_CHARS])
            texts.paragraph_openings.add(region[-1])
            continue
        stack.extend(reversed(_parts_with_loose_dates(element)))
    return texts


def _texts_beside(element) -> tuple[str, ...]:
    """The texts of the elements right before and after the element."""
    return tuple(text_of(e).strip() for e in (element.getprevious(), element.getnext())
                 if e is not None and isinstance(e.tag, str))


def _without_addresses(text: str) -> str:
    """The text less the web addresses it writes out: the day in a linked page's address ("https://.../2019/05/25-...")
    dates that page, not this one."""
    return WEB_ADDRESS.sub(" ", text) if "http" in text or "www." in text else text


def _repeats_headline(text: str, headline: str | None) -> bool:
    """The text is the headline, or a trail ending in it whose crumbs before it have no digit ("Home Press releases
    Office of the Mayor <headline>"): any day in it is the headline's."""
    if not headline:
        return False
    folded = _folded(text)
    return folded.endswith(headline) and not DATE_HINT.search(folded[:len(folded) - len(headline)])


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def _parts_with_loose_dates(element) -> list:
    """The element's children, each followed by the text after it when that is a short dated line of its own: a
    theme's date line left loose between blocks ("<h2>…</h2> April 20, 2024 - A. Writer <hr>"), which no element
    holds, where the parser closed the paragraph around it before a heading."""
    parts, in_comments = [], None
    for child in element:
        parts.append(child)
        tail = " ".join((child.tail or "").split())
        if 6 <= len(tail) <= SHORT_TEXT_CHARS and DATE_HINT.search(tail) and isinstance(child.tag, str):
            if in_comments is None:  # a reader's "Anna on March 3, 2020 8:40 am" dates the comment, not the page
                in_comments = any(is_comments_container(e) for e in (element, *element.iterancestors()))
            if not in_comments:
                parts.append(tail)
    return parts
