"""Find the text's own opening lines that look like furniture: a press release's dateline, the post's author line,
a deck or a short line set first in the post's own text element."""
from __future__ import annotations

import re

from .ancestry import within
from .blocks import Block
from .dates import find_date
from .date_lines import has_date_label
from .heading_lines import set_in_bold
from .furniture_lines import is_salutation
from .line_patterns import FULL_STOP, FURNITURE_LINE, ends_on_comma
from .link_lines import host_of, is_document_line, is_link_line
from .own_post import marks_own_entry
from .prose_lines import SHORT_LINE_CHARS, first_long_paragraph, is_long_paragraph, is_prose_line
from .stamp_lines import DATE_LINE_CHARS, is_byline, is_date_line, is_stamp
from .text import fold, text_of
from .update_notes import WEEKDAYS, is_update_note

# A dateline names the place a release was issued in a word or a few ("STOCKHOLM", "New York"), then a comma.
_PLACE_WORD = r"[^\W\d_][^\W\d_'’.-]*(?:-[^\W\d_][^\W\d_'’.-]*)*"  # "Saint-Cloud" too
_PLACE = re.compile(rf"^({_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}}),\s*")
# The small words a place's name holds uncapitalised ("Parc de Saint-Cloud", "Frankfurt am Main", "Bergen op Zoom").
_PLACE_PARTICLES = frozenset({"de", "du", "des", "la", "le", "les", "del", "della", "di", "da", "do", "dos", "am",
                              "an", "der", "den", "im", "op", "van", "von", "upon", "on", "sur", "en", "i", "på"})
# What may follow the day in a dateline: nothing (a line of its own) or a dash and the release's first sentence.
_AFTER_DATE = re.compile(r"^\s*(?:$|[-–—]\s*\S)")
# An author line labels the post's writers ("Authors: ...", "Written by ...") in the partners' languages.
# A numbered issue's label and number, then a separator and its day: "Nr. 86 - ", "No. 12/2021 – ".
_ISSUE_NUMBER = re.compile(r"^(?:Nr|No|Nº|N°|Num|Nummer|Numéro|Numero|Número)\.?\s*\d+(?:[/-]\d+)?\s*[-–—|,:]\s*")
_AUTHOR_LABEL = re.compile(r"^(?:authors?|written by|autor(?:en|in|er)?|kirjoittaja(?:t)?|författare|"
                           r"skribent(?:er)?)\b\s*:?\s*\S", re.IGNORECASE)
_AUTHOR_LINE_CHARS = 120
# A sentence of the writer's above a closing link: this many words, more than a label or a kicker.
_SENTENCE_WORDS = 5
# A line of the writer's says something in this many words; a label or a kicker names a topic in fewer.
_OPENING_WORDS = 3
# A letter opens on a line of salutation or two ('Dear members,' over 'Dear colleagues,'), each a few words.
_SALUTATION_LINES = 2
_SALUTATION_WORDS = 4
# A heading holding this share of the headline's words is the headline again, worded for the page.
_HEADLINE_SHARE = 0.5
# A line linking a document is the link's words, bar a full stop or a few spaces.
_DOCUMENT_LINK_SHARE = 0.9
_HEADLINE_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# Where a title shown whole is no headline of the page's: a heading (a teaser's or the text's), a link, a list's row,
# the document's head.
_NO_PLAIN_HEADLINE = frozenset({*_HEADLINE_TAGS, "a", "li", "nav", "head", "title", "script", "style", "noscript",
                                "option", "button", "label"})


def own_opening_lines(blocks: list[Block], host: str) -> set[int]:
    """Ids of the lines above the text's first paragraph, set as paragraphs (<p>) in the very element that holds it,
    that open the text: a dateline ("Stockholm, 10 april 2014"), an author line whose links lead to the site's own
    pages ("Authors: <a>Anna Berg</a>, <a>Per Holm</a>"), the writer's update note ("Update: now also <a>over
    onion services</a>"), wherever its link leads, or a release's number and day ("Nr. 86 - 15. Oktober 2021"). The
    text's feed starts with them; a byline or date line in the
    article's header sits apart from the text."""
    first = first_long_paragraph(blocks)
    if not first or blocks[first].element is None:
        return set()
    holder = blocks[first].element.getparent()
    found = set()
    for line in blocks[:first]:
        if line.kind != "p" or line.element is None or line.element.getparent() is not holder:
            continue
        if is_dateline(line.text) or _author_line(line, host) or is_update_note(line.text) \
                or _numbered_issue(line.text):
            found.add(id(line))
    return found


def is_dateline(text: str) -> bool:
    """A place and a day opening a press release ("STOCKHOLM, 10 April 2014 – ...", "Stockholm, 10 april 2014"); a
    weekday or a label before the day makes a date stamp ("Monday, 10 April 2014", "Updated, 10 April 2014")."""
    place = _PLACE.match(text)
    if place is None:
        return False
    words = place.group(1).casefold().split()
    if any(word in WEEKDAYS for word in words) or has_date_label(place.group(1)) \
            or not all(word[0].isupper() or word in _PLACE_PARTICLES for word in place.group(1).split()) \
            or not place.group(1)[0].isupper():
        return False
    found = find_date(text)
    # The day may follow its weekday ("Parc de Saint-Cloud, Dimanche 17 juin 2018").
    between = text[place.end():found[1]].strip(" ,").casefold() if found is not None else ""
    return found is not None and (not between or between in WEEKDAYS) \
        and _AFTER_DATE.match(text[found[2]:]) is not None and (found[2] - place.start() <= DATE_LINE_CHARS)


def _numbered_issue(text: str) -> bool:
    """A release's or a circular's number and day heading its text ("Nr. 86 - 15. Oktober 2021", "No. 12/2021 – 3 May
    2021"): the sender's numbering, as the feed of the release holds it, not the page's stamp."""
    number = _ISSUE_NUMBER.match(text)
    found = find_date(text) if number else None
    return found is not None and found[1] == number.end() and not text[found[2]:].strip()


def _author_line(line: Block, host: str) -> bool:
    """A short line labelling the post's writers, whose links, if any, lead to the site's own pages (author pages)."""
    if line.chars > _AUTHOR_LINE_CHARS or not _AUTHOR_LABEL.match(line.text):
        return False
    hrefs = [a.get("href") or "" for a in line.element.iter("a")]
    return all(not host_of(href) or host_of(href) == host for href in hrefs)


def lines_opening_own_text(blocks: list[Block], title: str | None, host: str,
                           page_days: frozenset[str] | set[str] = frozenset()) -> set[int]:
    """Ids of the lines set in the post's own text element (WordPress' "entry", an "entry-content", itemprop=
    "articleBody") above its first paragraph, under the page's headline set outside that element: a deck or
    subheading (<h2>, even an <h1>) or a line of links naming the post's subject; a short post (a picture, a deck and
    "Read more <a>here</a>") is nothing but such lines. The element holds the text only, so a line there is the writer's unless it is the headline again, a stamp (a date
    line, a credit, a byline), a link line to elsewhere, furniture by name, or a label of a word or two."""
    wanted = fold(title or "")
    headline = _headline_element(blocks, wanted)
    if headline is None:
        return set()
    first = next((i for i, b in enumerate(blocks) if b.kind in ("p", "text") and is_prose_line(b)), len(blocks))
    # The element holding the text's first paragraph; in a post with none (a deck, a picture, "Read more <a>here</a>"),
    # the first element marked as the post's text.
    if first < len(blocks):
        own = _own_text_element(blocks[first], headline)
    else:
        own = next((e for e in (_own_text_element(b, headline) for b in blocks) if e is not None), None)
    if own is None:
        return set()
    found = set()
    opened = False  # a line of the text stands above: an <h1> below it heads a part of the text, as in _after_headline
    for line in blocks[:first]:
        if line.element is None or not within(line.element, own):
            continue
        if not (opened and line.kind == "title") and _writers_opening(line, own, wanted, host, page_days):
            found.add(id(line))
        opened = opened or line.kind in ("p", "text", "quote")
    return found


def _headline_element(blocks: list[Block], wanted: str):
    """The page's own headline (an <h1>-<h6> showing the title), wherever it stands."""
    if not wanted or not blocks or blocks[0].element is None:
        return None
    root = blocks[0].element.getroottree().getroot()
    return next((h for h in root.iter(*_HEADLINE_TAGS) if fold(text_of(h)) == wanted), None)


def _plain_headline_before(heading, wanted: str):
    """The element before `heading` that shows the title whole and is no heading, link, list row or the page's
    <title>: the headline a theme sets in a <span> or a <div> of its own; None when there is none."""
    for element in heading.getroottree().getroot().iter():
        if element is heading:
            return None
        if isinstance(element.tag, str) and element.tag not in _NO_PLAIN_HEADLINE \
                and not any(a.tag in _NO_PLAIN_HEADLINE for a in element.iterancestors()) \
                and fold(text_of(element)) == wanted \
                and not any(fold(text_of(child)) == wanted for child in element if isinstance(child.tag, str)):
            return element
    return None


def _own_text_element(block: Block, headline):
    """The innermost element around the block that the page marks as the post's (its text's element), when the
    headline stands before it, outside: the post's wrapper around both holds its header and metadata too."""
    if block.element is None:
        return None
    for element in (block.element, *block.element.iterancestors()):
        if marks_own_entry(element):
            return None if within(headline, element) or not _precedes(headline, element) else element
    return None


def _precedes(first, second) -> bool:
    """`first` comes before `second` in the document."""
    for element in first.getroottree().getroot().iter():
        if element is first:
            return True
        if element is second:
            return False
    return False


def _writers_opening(line: Block, own, wanted: str, host: str, page_days) -> bool:
    """A paragraph or heading set straight in the text's element, of a few words that are not the headline again,
    a byline, a stamp, furniture by name or a link line to elsewhere; a line of links says something of the
    writer's between them ("<a>BlueTEC</a> and <a>BlueEFFICIENCY</a>"). Loose text and lines in boxes of their own
    (a player's, a rating's, a teaser's) are the theme's."""
    if line.kind not in ("p", "heading", "title") or line.element.getparent() is not own \
            or len(line.text.split()) < _OPENING_WORDS or line.chars == line.link_chars \
            or FURNITURE_LINE.search(line.text) or is_byline(line.text) or is_stamp(line, page_days) \
            or is_link_line(line, host):
        return False
    words, title_words = set(fold(line.text).split()), set(wanted.split())
    return len(words & title_words) < _HEADLINE_SHARE * len(title_words)


def headline_again_opening_text(blocks: list[Block], title: str | None,
                                page_days: frozenset[str] | set[str] = frozenset()) -> set[int]:
    """Ids of a subheading repeating or rewording the headline that opens the post's own text, below the page's <h1>
    headline: a Markdown body starting "## <title>" ("<h1>Title</h1><time>...</time><h2>Title</h2><p>...", the same
    words, a part of them or a rewording). The post's text holds it, as its feed does; the headline again above the
    text's element (a theme's second title), in the article's <header> or linked (a teaser's) is no part of it."""
    wanted = fold(title or "")
    headline = _headline_element(blocks, wanted)
    # A theme may set the headline in a plain element (a <span> in large type) and leave the headings to the text:
    # the first heading showing the title is then the text's own, when the plain headline stands before it.
    if headline is not None and headline.tag != "h1":
        headline = _plain_headline_before(headline, wanted)
    # An <h1> in a breadcrumb or a menu names the page there; the headline is the heading under the article's header.
    if headline is None or any(a.tag in ("nav", "li") for a in headline.iterancestors()):
        return set()
    first = next((i for i, b in enumerate(blocks) if b.kind in ("p", "text") and is_prose_line(b)), len(blocks))
    for index, line in enumerate(blocks[:first]):
        if line.kind != "heading" or line.element is None or line.element is headline:
            continue
        if any(a.tag == "header" for a in line.element.iterancestors()):
            return set()  # the article's header: its headline, not its text
        holder = line.element.getparent()
        # The text's paragraph under it, past the text's own subheadings in the same element (a deck set as <h3>).
        following = next((b for b in blocks[index + 1:]
                          if not (b.kind == "heading" and b.element is not None and b.element.getparent() is holder)),
                         None)
        if line.link_density > 0.5 or not _rewords(fold(line.text), wanted) or holder is None \
                or following is None or following.kind not in ("p", "text") or following.element is None \
                or following.element.getparent() is not holder or not _precedes(headline, line.element) \
                or any(_shows_more_than_header(s, headline, page_days)
                       for s in line.element.itersiblings(preceding=True)):
            return set()
        return {id(line)}
    return set()


def headline_again_as_line(blocks: list[Block], title: str | None, host: str = "") -> set[int]:
    """Ids of the lines above the text's first paragraph that are the headline again as a paragraph ("<p><strong>
    Title</strong></p>" under the <h1>), in another case or punctuation, or with a day after it ("TITLE! – 3 May
    2024"): the editor typed the headline into the text box, and a reader reads it once, as the page's headline.
    A short post (no long paragraph) may close on the headline's words as its link to another site, below sentences
    of the writer's ("<a href=https://video.example/...>Title</a>" under the clip): the thing the post names, kept."""
    wanted = fold(title or "")
    if not wanted:
        return set()
    first = next((i for i, b in enumerate(blocks) if is_long_paragraph(b) and not _trail_to_headline(b, wanted)),
                 len(blocks))
    documents = documents_named_as_headline(blocks, title)
    return {id(line) for at, line in enumerate(blocks[:first])
            if line.kind in ("p", "text") and ((_shows_headline(line, wanted) and not _says_headline(line, title or "")
                                                and not _links_on_below_sentences(line, blocks[:at], host)
                                                and id(line) not in documents)
                                               or _trail_to_headline(line, wanted))}


def documents_named_as_headline(blocks: list[Block], title: str | None) -> set[int]:
    """Ids of the lines that link one document under the headline's words ("<a href=decision.pdf>Decision on the
    plan</a>" under the headline "Decision on the plan"): the document the post announces, named as the post is, and
    so the post's own line, not the headline typed again, however the page's breadcrumb shows the same words."""
    wanted = fold(title or "")
    return {id(line) for line in blocks
            if wanted and line.kind in ("p", "text") and line.link_density > _DOCUMENT_LINK_SHARE
            and is_document_line(line) and _shows_headline(line, wanted)}


def _trail_to_headline(line: Block, wanted: str) -> bool:
    """The line is a breadcrumb trail that no element names so, ending in the headline: links to the sections above
    the page ("<a>News Archives</a> : <a>2011</a> : <title>"), then the headline's words, unlinked. The page's place
    on the site, set above the headline, not the text's opening."""
    element = line.element
    if element is None or not wanted:
        return False
    folded = fold(line.text)
    crumbs = fold(" ".join(text_of(a) for a in element.iter("a")))
    return bool(crumbs) and folded.endswith(wanted) and fold(folded[:len(folded) - len(wanted)]) == crumbs


def _links_on_below_sentences(line: Block, above: list[Block], host: str) -> bool:
    """The line links to another site or a document, below a sentence of the writer's: the post's source, not its
    headline typed again above the text (a date line or a byline above it names a day or says no sentence)."""
    return bool(host) and is_link_line(line, host) \
        and any(is_prose_line(b) and b.chars >= SHORT_LINE_CHARS and not b.link_chars
                and len(b.text.split()) >= _SENTENCE_WORDS and FULL_STOP.search(b.text) is not None
                and find_date(b.text) is None for b in above)


def _shows_headline(line: Block, wanted: str) -> bool:
    text = line.text
    found = find_date(text)
    if found is not None:
        text = text[:found[1]] + " " + text[found[2]:]
    return fold(text) == wanted


def _says_headline(line: Block, title: str) -> bool:
    """The line is the writer's first sentence saying the headline's words: a plain paragraph closing them on a
    full stop the headline lacks ("Thanks for everything!" under "Thanks for everything"). Set in bold or in
    capitals, or carrying a day, it is the headline set off again."""
    text = line.text.strip()
    return FULL_STOP.search(text) is not None and FULL_STOP.search(title.strip()) is None \
        and find_date(text) is None and not set_in_bold(line) and not (text.isupper() and not title.isupper())


def _rewords(heading: str, wanted: str) -> bool:
    """The heading is the headline again: the same words with more ("<title>, 28 May"), a part of its start of two
    words or more ("OVK 4/11" over "OVK 4/11 08:00 - 16:00") or most of them reordered."""
    words, title_words = set(heading.split()), set(wanted.split())
    shared = len(words & title_words)
    return wanted in heading or (wanted.startswith(heading) and len(heading.split()) >= 2) \
        or (shared * 2 >= len(title_words) > 0 and shared * 2 >= len(words))


def _shows_more_than_header(element, headline, page_days) -> bool:
    """An element before the heading showing text other than the post's header: its headline and its date line."""
    if not isinstance(element.tag, str) or element is headline:
        return False
    shown = " ".join(element.text_content().split())
    return bool(shown) and not (len(shown) <= DATE_LINE_CHARS and is_date_line(shown, page_days))


def short_opening_lines(blocks: list[Block]) -> set[int]:
    """A short line of a few words, one in lower case, set just above the text's first paragraph in the same element
    ("Rest in peace, Anna", "So it begins"): the writer's opening, where a label names a thing in a word or two. Also
    a letter's salutation, a line or two each closed by a comma ("Dear members,", "Cari soci," over "Dear
    colleagues,"), in a <p> or set as a bare line (a text pasted from a mail client puts each line in a <div>)."""
    first = first_long_paragraph(blocks)
    if not first:
        return set()
    paragraph = blocks[first]
    opening: set[int] = set()
    for line in reversed(blocks[max(0, first - _SALUTATION_LINES):first]):
        words = line.text.split()
        if line.kind not in ("p", "text") or line.element is None or paragraph.element is None or line.link_chars \
                or line.chars >= SHORT_LINE_CHARS or FURNITURE_LINE.search(line.text) \
                or line.element.getparent() is not paragraph.element.getparent():
            break
        if _salutation_line(line):
            opening.add(id(line))
            continue
        # A salutation ("Beste leden", "Dear Anna") opens a letter in two words, capitalised or not.
        if not opening and line.kind == "p" and (is_salutation(line) or (
                len(words) >= _OPENING_WORDS and any(word[0].islower() for word in words[1:]))):
            opening.add(id(line))
        break
    return opening


def _salutation_line(line: Block) -> bool:
    """A line of a few words closed by a comma, no digit in it ("Kochani,", "Cari soci e amici,"): a
    letter's salutation in any language, where a label or a menu's entry never ends on a comma."""
    return ends_on_comma(line.text) and len(line.text.split()) <= _SALUTATION_WORDS \
        and not any(char.isdigit() for char in line.text)
