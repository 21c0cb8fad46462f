"""Keep the container's content blocks: drop its furniture, sort its link lines and lists; text_edges.py trims them."""
from __future__ import annotations

import re
from collections import Counter
from itertools import islice

from .address_intros import introduced_addresses
from .announced_lines import announced_closing_lines
from .blocks import PREFORMATTED, Block
from .button_calls import lines_over_own_button
from .call_headings import anchored_closing_calls, anchored_opening_call
from .closing_date_notes import closing_date_notes
from .closing_labels import is_closing_credit, own_closing_labels
from .closing_section import closing_links_of_last_section, closing_section
from .comment_lines import credits_comment_widget
from .dated_series import other_days_series
from .dates import find_date
from .embedded_posts import in_roundup_post
from .enumeration_lines import enumeration_lines
from .footnotes import notes_linked_to, own_notes
from .furniture_lines import is_decorated_line, is_furniture, is_salutation, is_timeline_row
from .heading_lines import headings_set_alike, heads_author_box, set_as_heading
from .line_patterns import FURNITURE_LINE, SENTENCE_END, WORD, ends_on_comma
from .link_lines import (BARE_ADDRESS, CLOSING_LINKS, cites_address, is_closing_link, is_closing_sentence, is_link_line,
                         words_beside_links)
from .media_in_text import introduces_media
from .links_amid_text import writers_link_amid_text
from .postal_addresses import postal_address_lines
from .own_page_calls import calls_to_own_pages
from .opening_lines import (documents_named_as_headline, headline_again_as_line, headline_again_opening_text,
                            lines_opening_own_text, own_opening_lines)
from .event_fields import gives_another_day, heads_event_fields, is_event_field, names_the_event
from .field_lists import field_list_lines
from .furniture_texts import in_furniture, names_a_card
from .prose_lines import LONG_PARAGRAPH, SHORT_LINE_CHARS, first_long_paragraph, is_prose_line
from .quoted_passages import inside_quotation
from .quotes import quote_attributions
from .section_headings import headings_over_own_prose, linked_section_headings
from .stamp_lines import DATE_LINE_CHARS, is_date_line, is_stamp, opens_on_the_day
from .text_edges import trim_edges
from .text_lines import lines_of_text, points_listed_again
from .text import fold
from .writers_closing import dated_signatures, kissed_signatures, writers_closing
from .writers_link_lists import writers_link_lists

# An opening line of the writer's says something in this many words.
_OPENING_WORDS = 3
# A letter opens on a line of salutation or two ('Dear members,' over 'Dear colleagues,'), each a few words.
_SALUTATION_LINES = 2
# An event's facts set in lines: its day and time, its place, its entry (two breaks at least).
_EVENT_LINE_BREAKS = 2
_SALUTATION_WORDS = 4
# Paragraphs above an <h1> that make it a heading within the text: more than a standfirst or a teaser's excerpt.
_PROSE_ABOVE_HEADLINE = 500
# A paragraph set right above the headline in the headline's own box is the writer's opening when it says this much in
# its own words, unlinked: a kicker, a category label or a date line says a few.
_INTRO_ABOVE_WORDS = 10
# Linked headings closing a post point to its sources; more of them in a row are a list of other stories.
_CLOSING_HEADLINES = 2
# The writer says a paragraph again once ("Send your application to" closing two sections); a line shown more often
# is a template's ("Click to enlarge" under every picture).
_SAID_AGAIN_TIMES = 2
# Its showings stand in the same element, or in elements set alike up to this many levels (a builder's rows).
_SAID_AGAIN_HOLDERS = 2
_DIGITS = re.compile(r"\d+")
# A contact line closing a release: an address to write to and a handle or a phone number, no more.
_CONTACT_LINE_CHARS = 80
# A line pointing into the player says where in a few words; a label over it names it in one ("Video").
_PLAYER_LINE_WORDS = 2
_MAIL_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A song's or a poem's words set one short line a paragraph: this many unlinked lines in a row, set alike under the
# text's own paragraphs, are the text's verse (a refrain sung four times, its last line closing the post); a
# signature or an address under a post runs a few lines.
_VERSE_LINES = 8
_VERSE_LINE_CHARS = 60
# A point of the writer's own in a list names something in a few words ("Chapter six"); one word is a label.
_PLAIN_POINT_WORDS = 2
# The mark a press release ends on, alone on its line ("###", "# # #", "-30-", "- END -"): no words of the text. What
# the sender sets under it (who they are, whom the press may call, notes to editors) is part of the release as sent.
_RELEASE_END_MARK = re.compile(r"^(?:#\s?#\s?#|-\s?30\s?-|-\s?(?:END|ENDS|End|Ends)\s?-)$")


def content_blocks(blocks: list[Block], title: str | None, furniture_texts, host: str,
                   page_days: frozenset[str] | set[str] = frozenset(), headline_above: bool = False,
                   own_closing: frozenset[int] | set[int] = frozenset(), headline_shown: bool = False,
                   page_url: str = "") -> list[Block]:
    """`headline_above`: the page's own headline stands above the blocks, whose <h1>s then head parts of the text.
    `own_closing`: ids of blocks known to be the post's own lines however short (body.py's pointer lines, closing or
    opening the text).
    `headline_shown`: the page, before pruning, showed the title whole in an element of its own (its headline).
    `page_url`: the page's address, which tells the writer's closing call to a page of the site from a listing's."""
    start = _after_headline(blocks, title, headline_above)
    wanted = fold(title or "") or None
    blocks = blocks[:_author_box(blocks, start)]
    under_mark = _under_release_mark(blocks[start:])
    blocks = _without_release_marks(blocks, start)
    text_blocks = blocks[start:]  # the text's blocks after the headline, which every rule below reads
    kept: list[Block] = []
    link_lines: set[int] = set()
    seen: dict[str, Block] = {}  # folded text: the block first showing it
    shown = Counter(_repeat_key(block) for block in text_blocks)
    opening = True
    dated = False
    text_lines = lines_of_text(blocks, host) | _opening_line(text_blocks)
    listed_again = points_listed_again(blocks)
    verse = _verse_lines(text_blocks)
    # The text's last section (a heading set as its subheadings are, a line or two under it) is the writer's: its
    # call's button too, worded as a site's ("Contact us"), however the furniture rule weighs it.
    address_intros, addresses_under_intros = introduced_addresses(text_blocks)
    closing = {id(block) for block in writers_closing(text_blocks, title, page_days)} | set(own_closing) \
        | {id(block) for block in text_blocks if is_decorated_line(block)} | _timeline_after_text(text_blocks) \
        | own_notes(text_blocks) | notes_linked_to(text_blocks) | quote_attributions(text_blocks) \
        | _section_day_facts(text_blocks, page_days) | address_intros | addresses_under_intros \
        | writers_link_lists(text_blocks, host) | {id(block) for block in dated_signatures(text_blocks)} \
        | postal_address_lines(text_blocks) | {id(block) for block in text_blocks if in_roundup_post(block.element)} \
        | closing_links_of_last_section(text_blocks, host) | enumeration_lines(text_blocks) \
        | closing_date_notes(text_blocks) | announced_closing_lines(text_blocks, host) \
        | other_days_series(text_blocks, page_days) | kissed_signatures(text_blocks) | under_mark \
        | _lines_over_player(text_blocks, page_days) | documents_named_as_headline(text_blocks, title)
    labelled = {id(block) for block in own_closing_labels(text_blocks, host)} \
        | own_opening_lines(text_blocks, host) | lines_opening_own_text(text_blocks, title, host, page_days) \
        | headline_again_opening_text(text_blocks, title, page_days) | _event_fields(text_blocks, page_days) \
        | linked_section_headings(text_blocks) | anchored_closing_calls(text_blocks) \
        | anchored_opening_call(text_blocks) | field_list_lines(text_blocks, host) \
        | calls_to_own_pages(text_blocks, page_url, title) | lines_over_own_button(text_blocks)
    headline_again = headline_again_as_line(text_blocks, title, host)
    listed = _linked_points_beside_own(text_blocks, title)
    # A card beside the text linking the page of what a section of the text is about names it in the same words:
    # the section's heading stays the writer's.
    own_headings = headings_over_own_prose(text_blocks)
    for block in text_blocks:
        if (block.kind == "title" and id(block) not in labelled) or id(block) in headline_again:
            continue
        if id(block) in closing or id(block) in labelled or id(block) in listed:
            pass  # however short: the writer's closing lines and taglines, the text's closing facts, its dateline, the
            # linked points of the writer's own list
        elif block.kind == "heading" and is_link_line(block, host) and not cites_address(block):
            link_lines.add(id(block))  # "The site can be found here: <link>" set as a heading
        # Until the first long paragraph, a line naming a day other than the page's opens the text; later, one
        # that ends as a sentence is the text's ("The next call opens on 3 March 2025.").
        elif is_furniture(block, title,
                          page_days if opening or (block.chars <= DATE_LINE_CHARS and SENTENCE_END.search(block.text))
                          else (),
                          id(block) in text_lines):
            # The page shows its date line once: a line after it that names the same day in words of its own, with
            # no label, opens the text ("See the interview of 14.5.2024 at 10:15 in the clip below").
            if dated and opening and opens_on_the_day(block, page_days):
                pass
            elif is_link_line(block, host) and not credits_comment_widget(block.text):
                link_lines.add(id(block))
            elif not opening and _mail_line(block):
                pass  # "Email: <address>" after the text: the edge trim keeps it where a line introduces it
            else:
                dated = dated or (opening and block.chars <= DATE_LINE_CHARS and is_date_line(block.text, page_days))
                continue
        folded = _repeat_key(block)
        # A paragraph shown twice is a pull quote or a repeated box: keep the first, unless the writer says it again
        # among the same paragraphs. A sign-off's association line is the name the site's own header or footer shows.
        # The headline's own words are the page's, not the site's: a breadcrumb or banner showing the page's title
        # makes no furniture of a line opening the text that says it (whether that line is the headline typed again,
        # the headline rules above decide). Further down, the title's words are a box's again (a live blog's entry).
        if (in_furniture(block.text, bool(block.link_chars) or block.kind != "item", furniture_texts)
                and id(block) not in closing and not (opening and fold(block.text) == wanted)
                and not (id(block) in own_headings and names_a_card(block.text, furniture_texts))) \
                or (folded in seen and id(block) not in listed_again and id(block) not in verse
                    and not _links_elsewhere(block, seen[folded])
                    and not (shown[folded] <= _SAID_AGAIN_TIMES
                             and _said_again(block, seen[folded], _blocks_between(blocks, seen[folded], block), shown))):
            continue
        seen.setdefault(folded, block)
        kept.append(block)
        opening = opening and block.chars < LONG_PARAGRAPH
    # A dated post under its own headline may be a line or two and nothing else ("Join us in May.", "Details to
    # follow"): with no other text on the page those lines are the post, not the labels the short-line rule takes.
    if page_days and (start or headline_above) and all(b.kind == "heading" for b in kept):
        kept = lines_of_a_short_post(text_blocks, page_days) or kept
    # A line that is one link to another site or a document closes a post ("Read the full article: ...",
    # the post's PDF); amid the text such lines are "read also" teasers, and so is a run of linked headlines after it,
    # unless the writer set the link among their own paragraphs (links_amid_text). A credit under them ("Foto: ...")
    # closes the text after its sources, and so does an address typed bare (the source's, unlinked) and, under a
    # closing address, the line introducing the next ("English version:"): the closing links go on past them. Under
    # a share bar the introducing line is still text, and the bar amid it.
    last_text = max((i for i, b in enumerate(kept) if id(b) not in link_lines and b.kind != "heading"
                     and not (id(b) in labelled and is_closing_credit(b, host))
                     and not (id(b) in address_intros and i and BARE_ADDRESS.match(kept[i - 1].text.strip()))
                     and not (not b.link_chars and BARE_ADDRESS.match(b.text))), default=-1)
    headlines = sum(1 for i, b in enumerate(kept) if id(b) in link_lines and i > last_text and b.kind == "heading")
    kept = [b for i, b in enumerate(kept)
            if id(b) not in link_lines or (i > last_text and headlines <= _CLOSING_HEADLINES)
            or writers_link_amid_text(b, host)]
    # A closing line linking to another site or a document ("Link to the event: <url>", "The full release <a>here</a>",
    # "Register <a>at the venue</a>; <a>the schedule</a>") is no sign-off, however few of its words are linked, nor
    # is a sentence of the writer's ending on a link, a furniture phrase in it or not ("You may also contact us by
    # <a>email</a>").
    kept_lines = link_lines | closing | labelled | {id(b) for b in kept if is_closing_link(b, host) or is_closing_sentence(b, host)} \
        | closing_section(kept, host) | verse
    return trim_edges(kept, kept_lines, title, page_days, headline_shown)


def _lines_over_player(blocks: list[Block], page_days: frozenset[str] | set[str]) -> set[int]:
    """Unlinked lines of two words or more introducing the post's player after its first paragraph, however short
    ("12:40 mark" over the show's video): the writer's pointer into it, no label. A day over it is the player's stamp;
    a byline over the player opening the text, or a linked teaser over a widget, are no such lines."""
    opened = _first_long_paragraph(blocks)
    return {id(b) for b in blocks[opened + 1:] if introduces_media(b) and not b.link_chars
            and len(b.text.split()) >= _PLAYER_LINE_WORDS and not is_date_line(b.text, page_days)}


def _section_day_facts(blocks: list[Block], page_days: frozenset[str] | set[str]) -> set[int]:
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


def _first_long_paragraph(blocks: list[Block]) -> int:
    """Where the text opens: its first paragraph long enough to say something (len(blocks) when none does)."""
    return next((i for i, b in enumerate(blocks) if b.kind == "p" and b.chars >= LONG_PARAGRAPH), len(blocks))


def _linked_points_beside_own(blocks: list[Block], title: str | None) -> set[int]:
    """Ids of the linked points of a list in the text, below its first long paragraph, most of whose points are the
    writer's own words, linking nowhere and no furniture: one list of the text (a series' index, the parts out linked,
    this one and those to come plain). A box of other stories or a menu links every point; a header's list above the
    text sets its bylines' links beside a plain date and reading time."""
    opened = _first_long_paragraph(blocks)
    plain: Counter = Counter()
    linked: dict[int, list[int]] = {}
    for block in blocks[opened + 1:]:
        if block.kind != "item" or block.element is None:
            continue
        holder = id(block.element.getparent())
        if block.link_chars:
            linked.setdefault(holder, []).append(id(block))
        elif len(WORD.findall(block.text)) >= _PLAIN_POINT_WORDS and not is_furniture(block, title):
            plain[holder] += 1
    return {point for holder, points in linked.items() if plain[holder] >= len(points) for point in points}


def lines_of_a_short_post(blocks: list[Block], page_days: frozenset[str] | set[str]) -> list[Block]:
    """The unlinked lines of two words or more under the headline, but the date line, labels ("Categories:") and
    fields: the whole text of a post that is a line or two."""
    return [b for b in blocks if b.kind in ("p", "text", "quote") and not b.link_chars and not is_stamp(b, page_days)
            and len(WORD.findall(b.text)) >= 2 and not b.text.rstrip().endswith(":") and not _set_as_field(b)]


def _set_as_field(block: Block) -> bool:
    """The line is a label and its value side by side, each in an element of its own and no words between them
    ("<span>Venue</span><span>North Hall</span>"): a fact's field or a tag, not a line of the writer's."""
    element = block.element
    if element is None:
        return False
    children = [child for child in element if isinstance(child.tag, str)]
    return len(children) >= 2 and not (element.text or "").strip() \
        and not any((child.tail or "").strip() for child in children)


def _author_box(blocks: list[Block], start: int) -> int:
    """Where the writer's box after the text begins (its heading), or the end: the bio below runs as long as a
    paragraph, yet it is the site's card for the writer (repeated under their every post, and too long for the
    repeated-box rule). Not one inside a passage the writer quotes (a book's blurb names its author)."""
    seen_text = False
    for i in range(start, len(blocks)):
        if seen_text and heads_author_box(blocks[i]) and not _text_runs_on_after(blocks, i) \
                and not inside_quotation(blocks, start, i):
            return i
        seen_text = seen_text or (blocks[i].kind in ("p", "text") and blocks[i].chars >= LONG_PARAGRAPH)
    return len(blocks)


def _text_runs_on_after(blocks: list[Block], heading_at: int) -> bool:
    """A heading set as the one naming the writer ("About the author": the same tag and class, in the same element)
    heads a paragraph of prose further down: the text runs on in sections, the writer's introduction is one of them
    (a student's report: who they are, then the project). A site's box for the writer closes the text."""
    heading = blocks[heading_at]
    if heading.element is None:
        return False
    later = [j for j in range(heading_at + 1, len(blocks)) if set_as_heading(blocks[j])
             and blocks[j].element is not None and headings_set_alike(blocks[j], heading)]
    # Prose, not a link long only by its address ("Further reading: <https://...>").
    return any(is_prose_line(b) and b.chars >= LONG_PARAGRAPH and b.element is not None
               and b.element.getparent() is heading.element.getparent()
               for j in later for b in blocks[j + 1:])


def _without_release_marks(blocks: list[Block], start: int) -> list[Block]:
    """The blocks less a press release's end marks after the headline."""
    return blocks[:start] + [b for b in blocks[start:]
                             if not (b.kind in ("p", "text") and _RELEASE_END_MARK.match(b.text.strip()))]


def _under_release_mark(blocks: list[Block]) -> set[int]:
    """Ids of the lines a press release's sender sets under its end mark, in the element holding the mark (the
    release's number and serial line, "PR 13-120 06/19/13 ISSN 0731-3527", a contact): the release as sent, however
    short or dated. What stands elsewhere on the page is the site's."""
    marks = [i for i, b in enumerate(blocks) if b.kind in ("p", "text") and b.element is not None
             and _RELEASE_END_MARK.match(b.text.strip())]
    if not marks:
        return set()
    holder = blocks[marks[-1]].element.getparent()
    return {id(b) for b in blocks[marks[-1] + 1:]
            if b.kind in ("p", "text") and b.element is not None and b.element.getparent() is holder}


def _verse_lines(blocks: list[Block]) -> set[int]:
    """Ids of the lines of a verse: a run of at least _VERSE_LINES short unlinked paragraphs set alike (one element
    holds them, the same tag and class) in the element holding a long paragraph of the text above them."""
    def setting(block: Block):
        element = block.element
        return (element.getparent(), element.tag, element.get("class") or "") if element is not None else None

    def line(block: Block) -> bool:
        return block.kind == "p" and block.element is not None and not block.link_chars \
            and 0 < block.chars < _VERSE_LINE_CHARS

    verse: set[int] = set()
    text_parents = set()
    run: list[Block] = []
    for block in [*blocks, None]:
        if block is not None and line(block) and (not run or setting(block) == setting(run[0])):
            run.append(block)
            continue
        if len(run) >= _VERSE_LINES and setting(run[0])[0] in text_parents:
            verse.update(id(b) for b in run)
        run = [block] if block is not None and line(block) else []
        if block is not None and block.kind == "p" and block.element is not None and block.chars >= LONG_PARAGRAPH:
            text_parents.add(block.element.getparent())
    return verse


def _repeat_key(block: Block) -> str:
    """What makes a block the same text shown again: its folded words, but all of a preformatted block's characters
    (two code listings that differ only in brackets and quotes are two listings, not a repeated box)."""
    return block.text if block.kind == PREFORMATTED else fold(block.text)


def _said_again(block: Block, first: Block, between: list[Block], shown: Counter) -> bool:
    """A paragraph of words set like its first showing, in the same element: the writer's own words again (a call's
    second section closing as its first: "Send your application to" / the address / "by 15 August."). A pull quote
    or a box shown twice stands in an element of its own, and a standfirst repeated as the first paragraph is set
    apart by its class; a line of marks is a separator.
    Or in elements set alike, with a paragraph of the text shown once `between` the two: a page builder's sections
    closing each on the same funder's line, each section its own row of columns. A template showing the article
    twice repeats all its paragraphs, and a widget's note shown twice (a tooltip per button) has none between."""
    if block.kind != "p" or first.kind != "p" or block.element is None or first.element is None \
            or not WORD.search(block.text):
        return False
    if not _same_markup(block.element, first.element):
        return False
    if block.element.getparent() is first.element.getparent():
        return True
    return all(_same_markup(one, other) for one, other in zip(_holders(block.element), _holders(first.element))) \
        and any(b.chars >= LONG_PARAGRAPH and shown[_repeat_key(b)] == 1 for b in between)


def _links_elsewhere(block: Block, first: Block) -> bool:
    """The same words as an earlier paragraph, some of them the writer's own, linking other addresses ("Read more in
    <a>Development</a>" under each of three papers): a line of its own each time. A pull quote or a box shown twice
    links the same pages again, and a card's button ("<a>Learn more</a>") is all link."""
    if block.kind != "p" or not block.link_chars or not first.link_chars or block.element is None \
            or first.element is None or block.element is first.element or words_beside_links(block) == block.text:
        return False
    return not _addresses(block.element) & _addresses(first.element)


def _addresses(element) -> set[str]:
    return {a.get("href") for a in element.iter("a") if a.get("href")}


def _blocks_between(blocks: list[Block], first: Block, last: Block) -> list[Block]:
    start = next(i for i, b in enumerate(blocks) if b is first)
    end = next(i for i, b in enumerate(blocks) if b is last)
    return blocks[start + 1:end]


def _holders(element) -> list:
    """The element's parent and the one above it, as far as there are."""
    return list(islice(element.iterancestors(), _SAID_AGAIN_HOLDERS))


def _same_markup(element, other) -> bool:
    """Same tag and classes, the numbers a builder gives each of its containers apart ("wp-container-...-layout-2")."""
    return element.tag == other.tag \
        and _DIGITS.sub("", element.get("class") or "") == _DIGITS.sub("", other.get("class") or "")


def _timeline_after_text(blocks: list[Block]) -> set[int]:
    """Rows of a notice's timeline closing its text ("Resolved kl 13:45", "Occurred: 23:02 16.11.2022"), however
    short that text ("The outage is over"): above the text, or amid its paragraphs, a line of a label and a time is
    the page's date line."""
    first = next((i for i, b in enumerate(blocks) if b.kind in ("p", "text") and not is_timeline_row(b)
                  and len(WORD.findall(b.text)) >= _OPENING_WORDS and any(w.islower() for w in WORD.findall(b.text))),
                 None)
    if first is None:
        return set()
    last = max((i for i, b in enumerate(blocks) if is_prose_line(b) and b.chars >= LONG_PARAGRAPH), default=first)
    return {id(b) for b in blocks[max(first, last) + 1:] if is_timeline_row(b)}


def _event_fields(blocks: list[Block], page_days: frozenset[str] | set[str] = frozenset()) -> set[int]:
    """Lines of an event's facts ("When: 14 April, 18:00", "Date: 14 April" above "Time: 18:00", "Title: Hack day"
    above "When:"): the post announcing the event states them, however dated or short; the page's own date line names
    no when or where. So does a block set in lines opening on a day other than the page's, then lines of its own ("9
    December 2024, 18.00<br>Main hall<br>Free entry")."""
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
    return found


def _dated_event_lines(block: Block, page_days: frozenset[str] | set[str]) -> bool:
    """A block of three lines or more (<br>) whose first opens on a day that is not the page's: the event's day, time
    and place, where a theme's stamp shows the page's own day."""
    if not page_days or block.element is None or len(block.element.findall("br")) < _EVENT_LINE_BREAKS:
        return False
    found = find_date(block.text)
    return found is not None and found[1] == 0 and found[0][:10] not in page_days


def _opening_line(blocks: list[Block]) -> set[int]:
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


def _mail_line(block: Block) -> bool:
    """A labelled line linking nowhere but to an address to write or call ("Email: <a>anna@...</a>"), or a short line
    showing the e-mail addresses it links, with no more than the sender's handle beside them ("<a>courses@...</a>
    @school on twitter"): the contact a release closes on."""
    if block.kind not in ("p", "text") or block.element is None or FURNITURE_LINE.search(block.text):
        return False
    links = [a.get("href") or "" for a in block.element.iter("a")]
    if ":" in block.text and links and all(link.startswith(CLOSING_LINKS) for link in links):
        return True
    # A line typed bare shares its element with the text's other lines: its own links are the addresses it shows.
    shown = _MAIL_ADDRESS.findall(block.text)
    return bool(shown) and block.chars <= _CONTACT_LINE_CHARS and block.link_chars <= sum(map(len, shown)) + 1 \
        and all(f"mailto:{address}".lower() in (link.lower() for link in links) for address in shown)


def _after_headline(blocks: list[Block], title: str | None, headline_above: bool = False) -> int:
    """Index just after the headline when the container holds it: category labels and contacts sit above.
    Under the page's own headline (`headline_above`) an <h1> after a line of text heads a part of it, however
    short or linked the line above (a pull quote, a link to the post it follows): editors offer <h1> as a heading
    style."""
    wanted = fold(title or "")
    prose = 0
    opened = False  # a line of text stands above
    for index, block in enumerate(blocks):
        if block.kind == "p" and block.link_density < 0.35:
            prose += block.chars
        opened = opened or block.kind in ("p", "text", "quote")
        # An <h1> of signs alone ("::", "* * *", a Markdown line the converter took for a heading's underline) names
        # nothing: no headline.
        if block.kind != "title" or not any(char.isalnum() for char in block.text):
            continue
        own = bool(wanted) and fold(block.text) == wanted
        # A linked <h1> heads a teaser of another article (some CMSs set every teaser title in <h1>), unless it
        # shows the page's own title (blogs link the headline to the post's permalink or shortlink).
        if block.link_density <= 0.5 or own:
            # A headline set after all the text (a second <h1> at the foot for search engines) opens nothing, and
            # an <h1> after paragraphs of the text heads a part of it (HTML lets each section have its own <h1>).
            if all(b.kind in ("title", "heading") for b in blocks[index + 1:]) \
                    or ((prose >= _PROSE_ABOVE_HEADLINE or (headline_above and opened)) and not own):
                return 0
            return _intro_above(blocks, index) if own else index + 1
    return 0


def _intro_above(blocks: list[Block], at: int) -> int:
    """Where the text opens over the page's own headline at `at`: at the paragraphs of the writer's set right above it
    in its own box (a static generator's post whose Markdown opens on its excerpt, the `# Headline` below it), else
    under it."""
    box = blocks[at].element.getparent() if blocks[at].element is not None else None
    start = at
    while start and box is not None and _intro_line(blocks[start - 1], box):
        start -= 1
    return start if start < at else at + 1


def _intro_line(block: Block, box) -> bool:
    return block.kind == "p" and not block.link_chars and block.element is not None \
        and block.element.getparent() is box and len(WORD.findall(block.text)) >= _INTRO_ABOVE_WORDS \
        and not is_stamp(block)
