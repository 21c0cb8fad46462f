"""Trim the kept text's edges: the kickers and overlines above its first paragraph, the sign-off lines under its last."""
from __future__ import annotations

import re
from itertools import takewhile

from .blocks import Block
from .event_fields import STAMP_DAYS_APART, days_past_page, names_another_day
from .furniture_lines import is_phone_number, is_sign_off
from .heading_anchors import anchored_subheading
from .heading_lines import SECTIONS_ABOVE, is_closing_heading, headings_set_alike
from .line_patterns import CJK_EXCLAMATION, FURNITURE_LINE, WORD
from .link_lines import BARE_ADDRESS, CLOSING_LINKS
from .media_in_text import heads_gallery, introduces_media, picture_box
from .prose_lines import LONG_PARAGRAPH, PROSE_LIST_LINK_SHARE
from .stamp_lines import DATE_LINE_CHARS, block_less_opening_stamp, is_date_line, is_page_stamp
from .text import fold, spaced_text, text_of
from .unfinished_lines import ENDS_UNFINISHED

# A heading of this many words before the text is its standfirst; a kicker or overline names a topic in a few.
_DECK_WORDS = 10
# A subheading set first in the text's own element says something in this many words ("Last minute places"); a label
# names a topic in fewer.
_SUBHEAD_WORDS = 3
# A heading holding this share of the title's words restates the headline.
_HEADLINE_SHARE = 0.75
# A short subheading holding half of the title's words is the headline worded for the page (the title is for search).
_HEADLINE_HALF = 0.5
# Headings over pictures of their own that make the text a picture story, not a box of one picture after it.
_PICTURE_STORY_HEADINGS = 2
# How many <div>s a page builder wraps around a heading of the text (its box, a column), each holding nothing else.
_HEADING_BOX_LEVELS = 2
# The heading ranks a text's sections are set in, highest first.
_SECTION_RANKS = ("h2", "h3", "h4", "h5", "h6")
# A line introducing the lines under it says what they are in three words or more ("For more information:"); Finnish
# and German say it in two long compounds ("Lisätiedot tapahtumapaikasta:"), where a box's label is a short word or two.
_INTRO_WORDS = 3
_INTRO_COMPOUNDS_CHARS = 24
# A sentence running on into the list under it says what the list is in this many words; a box's label in fewer.
_RUN_ON_WORDS = 4
# A field's label: a word or a few opening the line, then a colon and the value ("Mentors: <a>...</a>").
_FIELD_LABEL = re.compile(r"^([^\W\d_][^\W\d_ '-]*(?:[ '-][^\W\d_]+){0,3})\s?:\s+\S")
# A line closing on a telephone number after a few words of its own ("Tel 08-711 22 11", "or call our sales staff on
# 08-711 22 11"): the words, no figure among them, then the number.
_CLOSING_NUMBER = re.compile(r"^(?P<words>[^\d]*[^\W\d_][^\d]*?)\s*(?P<number>[+(]?\d[\d\s().\-/]*\d)$")
# A line giving an e-mail address after a label of a word or two ("E-post: support@firm.example", "Email: ...").
_LABELLED_MAIL = re.compile(r"^[^\W\d_][\w.'’-]*(?: [\w.'’-]+)?\s?:\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
# French sets a space before "?", "!" and ":" ("Pourquoi ?"), and so do some writers in other languages.
_OPENING_LINE = re.compile(r"[\w\d]\s?[.!?,:…][\"”»)]?$")


def trim_edges(kept: list[Block], kept_lines: set[int] = frozenset(), headline: str | None = None,
               page_days: frozenset[str] | set[str] = frozenset(), headline_shown: bool = False) -> list[Block]:
    """Drop kickers and overlines before the first paragraph, and short sign-off lines after the last long one.
    `kept_lines` (link lines, the writer's closing line) are neither, nor is a line introducing the post's player or
    document ("Listen to the episode here" above an embedded podcast), which pruning dropped.

    A heading that ends like a sentence or a greeting ("Liebe Spender:innen,", "Nu har ... startat!") opens the text,
    and so does one as long as a sentence that is not the `headline` (the page's title) again, whether `kept` starts
    under the <h1> or the theme sets the headline outside the content: the standfirst set as a heading. A date line
    set as a heading ("News | May 3, 2017, 8:36 a.m.", a CMS's section and time stamp) closes the article's header:
    the text opens below it, its first subheading too. A heading naming another day than the page's (`page_days`) in
    words of its own ("Version 2 (Codename) released: 14 Oct 2021") is the writer's, not the page's stamp. A heading
    carrying a Markdown generator's anchor of its own words is the text's first subheading, no kicker nor date line.
    """
    leading = next((i for i, b in enumerate(kept) if b.kind != "heading"), len(kept))
    # A subheading carrying its Markdown anchor is the text's own, a day in it too ("### Workshop - 11.6.2017").
    stamped = max((i + 1 for i, b in enumerate(kept[:leading])
                   if is_date_line(b.text, page_days) and not anchored_subheading(b.element)
                   and not _names_day_ahead(b.text, page_days)
                   and not _first_section_naming_other_day(kept, i, page_days)), default=0)
    start = stamped or next((i for i, b in enumerate(kept)
                             if b.kind != "heading" or id(b) in kept_lines or _OPENING_LINE.search(b.text)
                             or anchored_subheading(b.element)
                             or (headline is not None
                                 and (_is_deck(b, headline)
                                      or _opens_its_text(kept, i, headline, page_days, headline_shown)))),
                            len(kept))
    end = len(kept)
    pictured = _picture_story(kept[start:])
    # A sign-off closes the text above it: a post's only line (a one-line note under its headline) is its text. So
    # does the page's labelled stamp, set as a point of a list (is_sign_off spares a list's last row).
    while end > start + 1 and id(kept[end - 1]) not in kept_lines and id(kept[end - 1]) not in pictured \
            and (is_closing_heading(kept[end - 1]) or is_sign_off(kept[end - 1]) or _bare_term(kept[end - 1])
                 or is_page_stamp(kept[end - 1], page_days)) \
            and not introduces_media(kept[end - 1]) and not _runs_on_into_list(kept[end - 1]) \
            and not _ends_unfinished(kept[end - 1]) \
            and not _closing_exclamation(kept[end - 1], kept[end - 2]) \
            and not _sentence_set_as_heading(kept[end - 1], kept[end - 2]) \
            and not _own_closing_subheading(kept[end - 1], kept[start:end - 1]) \
            and not _field_given_above(kept[end - 1], kept[start:end - 1]) and not _heads_gallery(kept[end - 1]) \
            and not _gives_phone_number(kept[end - 1], page_days) \
            and not _mail_under_phone_line(kept[end - 1], kept[end - 2], page_days):
        end -= 1
    # A line of the text introducing the short lines after it ("For more information, please contact:", then a
    # name, a phone number and an address) makes them its own, as a press release closes; a line introducing a box
    # of links ("More stories:") introduces what pruning took away, or links. So does a line introducing headings of
    # the writer's words ("The winners are:" over a heading per winner): the list it announces, set large.
    if end + 1 < len(kept) and _introduces_lines(kept[end]) and _introduced(kept[end], kept[end + 1:]):
        end = len(kept)
    elif start < end < len(kept) and _introduces_lines(kept[end - 1]) and _introduced(kept[end - 1], kept[end:]):
        end = len(kept)  # the introducing line is long enough to stay on its own
    # The page's day a theme sets before the first sentence, a dash after it, stamps the text; it does not open it.
    return [block_less_opening_stamp(kept[start], page_days)] + kept[start + 1:end] if start < end else []


def _bare_term(block: Block) -> bool:
    """A definition list's term closing the text ("Topics:"), its definition (the links, the tags) dropped before it:
    the label of nothing left."""
    return block.kind == "item" and block.element is not None and block.element.tag == "dt"


def _names_day_ahead(text: str, page_days: frozenset[str] | set[str]) -> bool:
    """The date line names a day well after the page's own (an event's day and hour heading the announcement,
    "Tuesday January 27, 2015 at 12:30pm" on a post of the 15th): the text's, no stamp of the article's header. A
    header's stamp shows the day the page was written or updated, a time zone at most apart."""
    offsets = days_past_page(text, page_days)
    return bool(offsets) and min(offsets) > STAMP_DAYS_APART


def _first_section_naming_other_day(kept: list[Block], at: int, page_days: frozenset[str] | set[str]) -> bool:
    """The line at `at` (a heading, or a line set as one) names a day other than the page's own and the text sets
    SECTIONS_ABOVE more headings alike further down: the first of its section headings, a release's number read as
    a day ("Minor release 2024.3.1" over "What is next"). A header's stamp shows the page's day, and heads no
    sections."""
    heading = kept[at]
    if heading.element is None or not names_another_day(heading.text, page_days):
        return False
    later = sum(1 for block in kept[at + 1:]
                if block.kind == "heading" and block.element is not None and headings_set_alike(block, heading))
    return later >= SECTIONS_ABOVE


def _gives_phone_number(block: Block, page_days: frozenset[str] | set[str]) -> bool:
    """An unlinked line or heading closing on a telephone number after words of its own ("Tel 08-711 22 11", "eller
    kontakta våra säljare 08-711 22 11"): the writer's contact line under the text, as a number alone is; a site sets
    its own number in the footer. A date line ("Updated 2023-01-02") gives a day, not a number."""
    if block.kind not in ("p", "text", "heading") or block.link_chars or is_date_line(block.text, page_days):
        return False
    found = _CLOSING_NUMBER.match(block.text)
    return found is not None and is_phone_number(found.group("number"))


def _mail_under_phone_line(block: Block, above: Block, page_days: frozenset[str] | set[str]) -> bool:
    """A labelled line giving an e-mail address ("E-post: support@...", typed bare or linked to write to) under the
    line giving a telephone number: the second line of the contact the text closes on, kept as that number is. A
    site's contact box under a sign-off names the organisation above its address, no number."""
    if block.kind not in ("p", "text") or block.element is None or _LABELLED_MAIL.match(block.text) is None:
        return False
    links = [a.get("href") or "" for a in block.element.iter("a")]
    return all(link.startswith(CLOSING_LINKS) for link in links) and _gives_phone_number(above, page_days)


def _picture_story(kept: list[Block]) -> set[int]:
    """The headings set over pictures of their own and the credit lines in their boxes, when the text holds a few:
    a picture story, whose headings say what each photo shows. One heading over a picture after the text heads a box."""
    boxes = {}
    for block in kept:
        box = picture_box(block.element) if block.kind == "heading" and block.element is not None else None
        if box is not None:
            boxes[id(block)] = box
    if len(boxes) < _PICTURE_STORY_HEADINGS:
        return set()
    inside = {id(b) for b in kept if b.element is not None and any(box in b.element.iterancestors()
                                                                   for box in boxes.values())}
    return set(boxes) | inside


def _field_given_above(block: Block, above: list[Block]) -> bool:
    """A labelled line ("Mentors: <a>Anna</a> and <a>Ben</a>", "Twitter: <address>") whose label opens a line of the
    text above, set alike: the last field of records the text gives one after another (a project's difficulty,
    skills and mentors under each project's heading; each community's site and accounts), however short, not a
    sign-off. A sign-off's label ("Text: Anna Berg") is said once, under the text."""
    field = _FIELD_LABEL.match(block.text)
    if field is None or block.kind not in ("p", "text") or FURNITURE_LINE.search(block.text):
        return False
    label = fold(field.group(1))
    return any(line is not block and line.kind == block.kind and line.element is not None and block.element is not None
               and line.element.tag == block.element.tag
               and (other := _FIELD_LABEL.match(line.text)) is not None and fold(other.group(1)) == label
               for line in above)


def _closing_exclamation(block: Block, before: Block) -> bool:
    """A Chinese or Japanese line ending on ！ or ？ right after the text's paragraphs is its last sentence ("祝大家羊年
    行大運！"); after headings (the related posts' and keywords' boxes) it is a box's call, not the text."""
    return CJK_EXCLAMATION.search(block.text) is not None and block.kind in ("p", "text") \
        and before.kind not in ("heading", "title")


def _sentence_set_as_heading(block: Block, before: Block) -> bool:
    """A heading as long as a sentence, as a standfirst's, right after the text's paragraph in the element holding it
    ("And the word for this year is: Lanterns over the City in 3030" closing the post that promised it): the
    writer's last line set large. A box's heading, over what pruning took, names it in a few words, or in an element
    of its own."""
    if block.kind != "heading" or block.link_chars or len(block.text.split()) < _DECK_WORDS \
            or FURNITURE_LINE.search(block.text) or block.element is None or before.element is None:
        return False
    holder = before.element if before.kind == "text" else before.element.getparent()
    return before.kind in ("p", "text") and block.element.getparent() is holder


def _own_closing_subheading(block: Block, above: list[Block]) -> bool:
    """A subheading carrying the anchor a Markdown generator makes of its words, set in the element holding the
    text's other anchored subheadings, closing the text over what no reader of the page's HTML sees (an appendix's
    embedded script): the writer's last section, as one opening the text is. A box's heading after the text carries
    no such anchor, or stands in the box's element (a template's "Citation" appendix)."""
    if block.kind != "heading" or block.link_chars or not anchored_subheading(block.element) \
            or FURNITURE_LINE.search(block.text):
        return False
    holder = block.element.getparent()
    return any(b.kind == "heading" and b.element is not None and b.element.getparent() is holder
               and anchored_subheading(b.element) for b in above)


def _introduces_lines(block: Block) -> bool:
    words = len(WORD.findall(block.text))
    return block.kind in ("p", "text") and block.text.endswith(":") \
        and (words >= _INTRO_WORDS or (words == _INTRO_WORDS - 1 and len(block.text) >= _INTRO_COMPOUNDS_CHARS)) \
        and not block.link_chars and not FURNITURE_LINE.search(block.text)


def _introduced(line: Block, lines: list[Block]) -> bool:
    """Contact lines, or headings of the writer's words set beside the introducing line in the text's own element: no
    link (a box's headings link its posts), no box of their own (an invitation box's "You are invited")."""
    if all(_contact_line(b) for b in lines):
        return True
    holder = line.element.getparent() if line.element is not None else None
    return holder is not None and all(b.kind == "heading" and not b.link_chars and not FURNITURE_LINE.search(b.text)
                                      and b.element is not None and b.element.getparent() is holder for b in lines)


def _contact_line(block: Block) -> bool:
    """A short line that links nowhere but to an address to write or call, or to a site it shows the address of."""
    return block.kind in ("p", "text") \
        and all((a.get("href") or "").startswith(CLOSING_LINKS) or BARE_ADDRESS.match(text_of(a).strip())
                for a in block.element.iter("a"))


def _heads_gallery(block: Block) -> bool:
    return block.kind == "heading" and block.element is not None and heads_gallery(block.element)


def _runs_on_into_list(block: Block) -> bool:
    """A paragraph whose sentence breaks off unfinished on a word of its own, in lower case, right above a list
    ("We also have a channel on" over the channels' links): the list, dropped as links, ends the writer's sentence. A
    sign-off ends on a name or a stop, and a box's label ("Follow us on") names furniture or says it in fewer words."""
    element = block.element
    following = element.getnext() if element is not None else None
    return following is not None and following.tag in ("ul", "ol") and block.kind == "p" and element.tag == "p" \
        and not block.link_chars and block.text[-1:].islower() and len(WORD.findall(block.text)) >= _RUN_ON_WORDS \
        and not FURNITURE_LINE.search(block.text)


def _ends_unfinished(block: Block) -> bool:
    """A line marked before pruning as ending on a colon with nothing after it on the page (unfinished_lines): the
    writer's last line as the page shows it ("Translation:" whose name was never filled in), unless it names
    furniture ("Share:")."""
    return _marked_unless_furniture(block, ENDS_UNFINISHED)


def _marked_unless_furniture(block: Block, mark: str) -> bool:
    """The line's element carries the mark a stage before pruning set on it, and its words name no furniture."""
    return block.element is not None and block.element.get(mark) is not None and not FURNITURE_LINE.search(block.text)


def _opens_its_text(kept: list[Block], at: int, headline: str,
                    page_days: frozenset[str] | set[str] = frozenset(), headline_shown: bool = False) -> bool:
    """A subheading of a few words, not naming furniture, set first in the very element that holds the text's first
    paragraph ("<div class=content><h2>Profits up by a quarter</h2><p>..."), or first after the post's header in it
    (the headline and its date line, "<h1>...</h1><p>Updated 3/5/2024</p><h2>...</h2><p>..."): the writer's
    standfirst or the first entry of its contents. A kicker or a section's label sits apart from the text, in the
    article's header, and names a topic in a word or two; the writer's subheading may capitalise every word
    ("Release Notes And Plans"). A press release's dateline may stand between it and the paragraph.

    Holding half the title's words, it is the headline worded for the page (the title being for search), unless the
    page shows that title as its headline (`headline_shown`): then the heading, in other words, says something of its
    own, the text's, and so do the headings set with it first in that element ("## Topic" over "## What happened" in
    a Markdown post)."""
    block = kept[at]
    words = len(block.text.split())
    first_section = words < _SUBHEAD_WORDS and _heads_first_section(kept, at)
    if (words < _SUBHEAD_WORDS and not first_section) \
            or FURNITURE_LINE.search(block.text) or block.element is None or block.element.getparent() is None \
            or any(_shows_text_besides(s, headline, page_days)
                   for s in _heading_box(block.element).itersiblings(preceding=True)):
        return False
    # The first of the text's sections may be named in a word or two (a judge's name over their bio, as the others),
    # whether or not the page shows its title as the headline (a site-wide <title> on every post).
    if _opens_paragraph(block, _text_opened(kept, at)) \
            and _is_deck(block, headline, words if first_section else _SUBHEAD_WORDS, _HEADLINE_HALF):
        return True
    return headline_shown and fold(block.text) != fold(headline) \
        and _opens_paragraph(block, _text_opened(kept, at, past_headings=True))


def _heads_first_section(kept: list[Block], at: int) -> bool:
    """The heading is the first of the text's section headings: the element holding it sets more subheadings alike
    (the same tag and class) further down, each over a long paragraph of its own ("Rising prices" over the text
    running on under "A soft landing?" and "What next?"). A label or kicker of a word or two stands alone. A section
    may be written as a list of points, one of them a paragraph's worth ("Highlights" over what a release brings).
    A heading set alike closing the text with nothing under it ("More speakers to come…") is its last line, no
    section."""
    heading = kept[at]
    if heading.element is None:
        return False
    later = [i for i in range(at + 1, len(kept)) if kept[i].kind == "heading" and kept[i].element is not None
             and headings_set_alike(kept[i], heading)]
    if later and later[-1] == len(kept) - 1:
        later.pop()
    return len(later) >= SECTIONS_ABOVE and all(
        any(b.chars >= LONG_PARAGRAPH and (b.kind in ("p", "text")
                                           or b.kind == "item" and b.link_density < PROSE_LIST_LINK_SHARE)
            for b in kept[i + 1:j])
        for i, j in zip([at, *later], [*later, len(kept)]))


def _opens_paragraph(heading: Block, text: list[Block]) -> bool:
    """The heading is set in the element that holds the text it opens, a paragraph's worth."""
    return bool(text) and sum(b.chars for b in text) >= LONG_PARAGRAPH \
        and all(b.kind != "heading" and b.element is not None for b in text) \
        and any(a is _heading_box(heading.element).getparent() for a in text[-1].element.iterancestors())


def _heading_box(heading):
    """The heading, or the box a page builder sets it in with its decoration (`<div class="special-heading"><h3>...
    </h3><div class="heading-border"></div></div>`, each of its headings so): a <div> showing no text but the
    heading's, beside which it holds textless elements, and the column holding that box alone. The box stands where a
    heading of the text would. A <div> around the heading alone is the page's own frame of it (a news site's header
    block, its kicker over the headline)."""
    box, words = heading, heading.text_content().split()
    for _ in range(_HEADING_BOX_LEVELS):
        parent = box.getparent()
        if parent is None or parent.tag != "div" or parent.getparent() is None or (box is heading and len(parent) < 2) \
                or parent.text_content().split() != words:
            break
        box = parent
    return box


def _text_opened(kept: list[Block], at: int, past_headings: bool = False) -> list[Block]:
    """The text the heading at `at` opens: the block `_text_under` gives (`past_headings`: the first block after the
    headings set right under it, element after element, nothing between them); when that is a short line, with the
    long paragraph set right after it in the same element (a press release's dateline, "City, 12 May 2025: ...", a
    place's name, between the text's first subheading and its first paragraph); when it is a list's point, with the
    list's other points (the text's key points, the first thing it says)."""
    if past_headings:
        index, above = at + 1, kept[at].element
        while index < len(kept) and kept[index].kind == "heading" and kept[index].element is above.getnext() \
                and not (above.tail or "").strip():
            index, above = index + 1, kept[index].element
    else:
        following = _text_under(kept, at)
        index = next((i for i, b in enumerate(kept) if b is following), len(kept))
    if index == len(kept):
        return []
    following = kept[index]
    if following.chars >= LONG_PARAGRAPH or following.element is None:
        return [following]
    if following.kind == "item":
        points = following.element.getparent()
        return list(takewhile(lambda b: b.kind == "item" and b.element is not None
                              and b.element.getparent() is points, kept[index:]))
    after = kept[index + 1] if index + 1 < len(kept) else None
    if following.kind in ("p", "text") and after is not None and after.kind in ("p", "text") \
            and after.chars >= LONG_PARAGRAPH and after.element is not None \
            and after.element.getparent() is following.element.getparent():
        return [following, after]
    return [following]


def _text_under(kept: list[Block], at: int) -> Block | None:
    """The block after the heading at `at`, past the lower-ranked subheadings set right under it ("## Part" then
    "### Section" opening a Markdown body): the text the heading opens. A subheading parted from the heading by
    anything else (a header's date line, a rule) opens the text itself: the heading above it is the header's."""
    heading = kept[at].element
    if heading is None or heading.tag not in _SECTION_RANKS:
        return kept[at + 1] if at + 1 < len(kept) else None
    above = heading
    for block in kept[at + 1:]:
        element = block.element
        below = block.kind == "heading" and element is not None and element.tag in _SECTION_RANKS \
            and _SECTION_RANKS.index(element.tag) > _SECTION_RANKS.index(heading.tag)
        if not (below and element is above.getnext() and not (above.tail or "").strip()):
            return block
        above = element
    return None


def _shows_text_besides(element, headline: str, page_days: frozenset[str] | set[str] = frozenset()) -> bool:
    """An element with text other than the post's header: a generator that sets the <h1> in the text's own element
    (Markdown's "# Title" atop the post) puts the post's first subheading after it, still first in the text, and so
    does a theme setting the headline and its date line (with the writer's name: "Anna Berg March 5, 2024"), or a
    box of both, before the text in one element."""
    if not isinstance(element.tag, str) or element.tag == "h1":
        # The <h1> atop the text is the post's headline however its words differ from the stated title: an editor's
        # search-engine title in <title> and og:title reworded it.
        return False
    shown = " ".join(element.text_content().split())
    if not shown or fold(shown) == fold(headline):
        return False
    for heading in element.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        if fold(text_of(heading)) == fold(headline):
            shown = " ".join(shown.replace(spaced_text(heading), " ", 1).split())
            break
    return bool(shown) and not (len(shown) <= DATE_LINE_CHARS and is_date_line(shown, page_days))


def _is_deck(block: Block, headline: str, fewest_words: int = _DECK_WORDS, share: float = _HEADLINE_SHARE) -> bool:
    """A heading as long as a sentence that is not the headline again (with a kicker run into it, or worded a little
    apart from the page's title: most of the title's words): the standfirst."""
    if len(block.text.split()) < fewest_words:
        return False
    text, title = fold(block.text), fold(headline)
    words = set(title.split())
    return title not in text and len(words & set(text.split())) < share * len(words)
