"""Keep the container's content blocks: drop its furniture, sort its link lines and lists, trim the text's edges."""
from __future__ import annotations

import re
from collections import Counter
from itertools import islice, takewhile

from .address_intros import lines_introducing_addresses
from .blocks import Block
from .closing_labels import is_closing_credit, own_closing_labels
from .dates import find_date
from .footnotes import notes_linked_to, own_notes
from .furniture_lines import is_decorated_line, is_furniture, is_salutation, is_sign_off, is_timeline_row
from .heading_lines import heads_author_box, is_closing_heading, set_as_heading
from .hints import anchored_subheading
from .line_patterns import CJK_EXCLAMATION, FURNITURE_LINE, SENTENCE_END, WORD
from .link_lines import BARE_ADDRESS, CLOSING_LINKS, cites_address, is_closing_link, is_link_line
from .links_amid_text import writers_link_amid_text
from .opening_lines import (headline_again_as_line, headline_again_opening_text, lines_opening_own_text,
                            own_opening_lines)
from .event_fields import is_event_field
from .furniture_texts import in_furniture
from .media_in_text import INTRODUCES_MEDIA
from .prose_lines import LONG_PARAGRAPH, SHORT_LINE_CHARS, is_prose_line
from .quotes import quote_attributions
from .section_headings import linked_section_headings
from .stamp_lines import DATE_LINE_CHARS, is_date_line, is_stamp, opens_on_the_day
from .text_lines import lines_of_text, points_listed_again
from .text import fold, text_of
from .writers_closing import writers_closing
from .xpaths import HEADING_TAGS

# A heading of this many words before the text is its standfirst; a kicker or overline names a topic in a few.
_DECK_WORDS = 10
# A subheading set first in the text's own element says something in this many words ("Last minute places"); a label
# names a topic in fewer.
_SUBHEAD_WORDS = 3
# An opening line of the writer's says something in this many words.
_OPENING_WORDS = 3
# A heading holding this share of the title's words restates the headline.
_HEADLINE_SHARE = 0.75
# A short subheading holding half of the title's words is the headline worded for the page (the title is for search).
_HEADLINE_HALF = 0.5
# Paragraphs above an <h1> that make it a heading within the text: more than a standfirst or a teaser's excerpt.
_PROSE_ABOVE_HEADLINE = 500
# Linked headings closing a post point to its sources; more of them in a row are a list of other stories.
_CLOSING_HEADLINES = 2
# The heading ranks a text's sections are set in, highest first.
_SECTION_RANKS = ("h2", "h3", "h4", "h5", "h6")
# A text running in sections has a few subheadings set alike; its last section may be a line or two.
_SECTIONS_ABOVE = 2
_SECTION_LINES = 2
# French sets a space before "?", "!" and ":" ("Pourquoi ?"), and so do some writers in other languages.
_OPENING_LINE = re.compile(r"[\w\d]\s?[.!?,:…][\"”»)]?$")
# The writer says a paragraph again once ("Send your application to" closing two sections); a line shown more often
# is a template's ("Click to enlarge" under every picture).
_SAID_AGAIN_TIMES = 2
# Its showings stand in the same element, or in elements set alike up to this many levels (a builder's rows).
_SAID_AGAIN_HOLDERS = 2
_DIGITS = re.compile(r"\d+")
# A song's or a poem's words set one short line a paragraph: this many unlinked lines in a row, set alike under the
# text's own paragraphs, are the text's verse (a refrain sung four times, its last line closing the post); a
# signature or an address under a post runs a few lines.
_VERSE_LINES = 8
_VERSE_LINE_CHARS = 60
# A point of the writer's own in a list names something in a few words ("Chapter six"); one word is a label.
_PLAIN_POINT_WORDS = 2
# The mark a press release ends on, alone on its line ("###", "# # #", "-30-", "- END -"): the sender's boilerplate
# under it (who they are, whom the press may call) is set under every release, not the release's text.
_RELEASE_END_MARK = re.compile(r"^(?:#\s?#\s?#|-\s?30\s?-|-\s?(?:END|ENDS|End|Ends)\s?-)$")


def content_blocks(blocks: list[Block], title: str | None, furniture_texts, host: str,
                   page_days: frozenset[str] | set[str] = frozenset(), headline_above: bool = False,
                   own_closing: frozenset[int] | set[int] = frozenset(), headline_shown: bool = False) -> list[Block]:
    """`headline_above`: the page's own headline stands above the blocks, whose <h1>s then head parts of the text.
    `own_closing`: ids of blocks known to be the post's own lines however short (body.py's pointer lines, closing or
    opening the text).
    `headline_shown`: the page, before pruning, showed the title whole in an element of its own (its headline)."""
    start = _after_headline(blocks, title, headline_above)
    blocks = blocks[:min(_author_box(blocks, start), _release_end(blocks, start))]
    kept: list[Block] = []
    link_lines: set[int] = set()
    seen: dict[str, Block] = {}  # folded text: the block first showing it
    shown = Counter(fold(block.text) for block in blocks[start:])
    opening = True
    dated = False
    text_lines = lines_of_text(blocks, host) | _opening_line(blocks[start:])
    listed_again = points_listed_again(blocks)
    verse = _verse_lines(blocks[start:])
    closing = {id(block) for block in writers_closing(blocks[start:], title, page_days)} | set(own_closing) \
        | {id(block) for block in blocks[start:] if is_decorated_line(block)} | _timeline_after_text(blocks[start:]) \
        | own_notes(blocks[start:]) | notes_linked_to(blocks[start:]) | quote_attributions(blocks[start:]) \
        | _section_day_facts(blocks[start:], page_days) | lines_introducing_addresses(blocks[start:])
    labelled = {id(block) for block in own_closing_labels(blocks[start:], host)} \
        | own_opening_lines(blocks[start:], host) | lines_opening_own_text(blocks[start:], title, host, page_days) \
        | headline_again_opening_text(blocks[start:], title, page_days) | _event_fields(blocks[start:]) \
        | linked_section_headings(blocks[start:])
    headline_again = headline_again_as_line(blocks[start:], title)
    listed = _linked_points_beside_own(blocks[start:], title)
    for block in blocks[start:]:
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
            elif is_link_line(block, host):
                link_lines.add(id(block))
            elif not opening and _mail_line(block):
                pass  # "Email: <address>" after the text: the edge trim keeps it where a line introduces it
            else:
                dated = dated or (opening and block.chars <= DATE_LINE_CHARS and is_date_line(block.text, page_days))
                continue
        folded = fold(block.text)
        # A paragraph shown twice is a pull quote or a repeated box: keep the first, unless the writer says it again
        # among the same paragraphs. A sign-off's association line is the name the site's own header or footer shows.
        if (in_furniture(block.text, bool(block.link_chars) or block.kind != "item", furniture_texts)
                and id(block) not in closing) \
                or (folded in seen and id(block) not in listed_again and id(block) not in verse
                    and not (shown[folded] <= _SAID_AGAIN_TIMES
                             and _said_again(block, seen[folded], _blocks_between(blocks, seen[folded], block), shown))):
            continue
        seen.setdefault(folded, block)
        kept.append(block)
        opening = opening and block.chars < LONG_PARAGRAPH
    # A dated post under its own headline may be a line or two and nothing else ("Join us in May.", "Details to
    # follow"): with no other text on the page those lines are the post, not the labels the short-line rule takes.
    if page_days and (start or headline_above) and all(b.kind == "heading" for b in kept):
        kept = lines_of_a_short_post(blocks[start:], page_days) or kept
    # A line that is one link to another site or a document closes a post ("Read the full article: ...",
    # the post's PDF); amid the text such lines are "read also" teasers, and so is a run of linked headlines after it,
    # unless the writer set the link among their own paragraphs (links_amid_text). A credit under them ("Foto: ...")
    # closes the text after its sources.
    last_text = max((i for i, b in enumerate(kept) if id(b) not in link_lines and b.kind != "heading"
                     and not (id(b) in labelled and is_closing_credit(b, host))), default=-1)
    headlines = sum(1 for i, b in enumerate(kept) if id(b) in link_lines and i > last_text and b.kind == "heading")
    kept = [b for i, b in enumerate(kept)
            if id(b) not in link_lines or (i > last_text and headlines <= _CLOSING_HEADLINES)
            or writers_link_amid_text(b, host)]
    # A closing line linking to another site or a document ("Link to the event: <url>", "The full release <a>here</a>",
    # "Register <a>at the venue</a>; <a>the schedule</a>") is no sign-off, however few of its words are linked.
    kept_lines = link_lines | closing | labelled | {id(b) for b in kept if is_closing_link(b, host)} \
        | _closing_section(kept) | verse
    return _trim_edges(kept, kept_lines, title, page_days, headline_shown)


def _section_day_facts(blocks: list[Block], page_days: frozenset[str] | set[str]) -> set[int]:
    """A line giving another day than the page's and ending as a sentence does, alone under a subheading of the text
    ("Next meeting" over "2018-01-08 at 19:00."): the section's fact, none of the post's date lines."""
    if not page_days:
        return set()
    return {id(line) for heading, line, after in zip(blocks, blocks[1:], [*blocks[2:], None])
            if heading.kind == "heading" and line.kind in ("p", "text") and not line.link_chars
            and (after is None or after.kind in ("heading", "title")) and SENTENCE_END.search(line.text)
            and (found := find_date(line.text)) is not None and found[0][:10] not in page_days}


def _linked_points_beside_own(blocks: list[Block], title: str | None) -> set[int]:
    """Ids of the linked points of a list in the text, below its first long paragraph, most of whose points are the
    writer's own words, linking nowhere and no furniture: one list of the text (a series' index, the parts out linked,
    this one and those to come plain). A box of other stories or a menu links every point; a header's list above the
    text sets its bylines' links beside a plain date and reading time."""
    opened = next((i for i, b in enumerate(blocks) if b.kind == "p" and b.chars >= LONG_PARAGRAPH), len(blocks))
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
    repeated-box rule)."""
    seen_text = False
    for i in range(start, len(blocks)):
        if seen_text and heads_author_box(blocks[i]) and not _text_runs_on_after(blocks, i):
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
             and blocks[j].element is not None and _set_alike(blocks[j], heading)]
    # Prose, not a link long only by its address ("Further reading: <https://...>").
    return any(is_prose_line(b) and b.chars >= LONG_PARAGRAPH and b.element is not None
               and b.element.getparent() is heading.element.getparent()
               for j in later for b in blocks[j + 1:])


def _release_end(blocks: list[Block], start: int) -> int:
    """Where a press release's end mark stands, or the end. The text stands above the mark: a mark with more text
    under it than above separates the text's parts."""
    for i in range(start, len(blocks)):
        if blocks[i].kind in ("p", "text") and _RELEASE_END_MARK.match(blocks[i].text.strip()):
            above, under = (sum(b.chars for b in part) for part in (blocks[start:i], blocks[i + 1:]))
            if above >= under:
                return i
    return len(blocks)


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
        and any(b.chars >= LONG_PARAGRAPH and shown[fold(b.text)] == 1 for b in between)


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


def _closing_section(kept: list[Block]) -> set[int]:
    """The text's last section when the text runs in sections: a heading set as a few of the text's subheadings
    above it (the same tag and class, in the same element), then a short line or two, all of the section ("Newsletter"
    over "Keep up to date with our newsletter: <address>"). However short, or named like furniture, the section is
    the text's, as the others are; a site's box after the text is set apart from its subheadings, and a label after
    a section's paragraph ("Related:") closes that section, not the text. A heading a rank below the text's
    subheadings, set as they are, heads a part of the last section (an <h3> under the <h2>s): the text's too."""
    last = max((i for i, b in enumerate(kept) if b.kind == "heading"), default=None)
    if last is None or not 0 < len(kept) - last - 1 <= _SECTION_LINES:
        return set()
    heading, lines = kept[last], kept[last + 1:]
    if heading.element is None or any(b.kind not in ("p", "text") or b.element is None or b.chars >= LONG_PARAGRAPH
                                      or b.element.getparent() is not heading.element.getparent() for b in lines):
        return set()
    alike = sum(1 for b in kept[:last] if b.kind == "heading" and b.element is not None
                and (_set_alike(b, heading) or _ranks_above(b, heading)))
    return {id(heading), *(id(b) for b in lines)} if alike >= _SECTIONS_ABOVE else set()


def _set_alike(block: Block, heading: Block) -> bool:
    one, other = block.element, heading.element
    return one.tag == other.tag and one.get("class") == other.get("class") and one.getparent() is other.getparent()


def _ranks_above(block: Block, heading: Block) -> bool:
    """`block` is a subheading of a higher rank than `heading`, set in the same element and class (<h2> over <h3>)."""
    one, other = block.element, heading.element
    return one.tag in HEADING_TAGS and other.tag in HEADING_TAGS \
        and HEADING_TAGS.index(one.tag) < HEADING_TAGS.index(other.tag) \
        and one.get("class") == other.get("class") and one.getparent() is other.getparent()


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


def _event_fields(blocks: list[Block]) -> set[int]:
    """Lines of an event's facts ("When: 14 April, 18:00", "Date: 14 April" above "Time: 18:00"): the post announcing
    the event states them, however dated or short; the page's own date line names no when or where."""
    lines = [b for b in blocks if b.kind in ("p", "text")]
    return {id(line) for before, line, after in zip([None, *lines], lines, [*lines[1:], None])
            if is_event_field(line.text, tuple(b.text for b in (before, after) if b is not None))}


def _opening_line(blocks: list[Block]) -> set[int]:
    """A short line of a few words, one in lower case, set just above the text's first paragraph in the same element
    ("Rest in peace, Anna", "So it begins"): the writer's opening, where a label names a thing in a word or two."""
    first = next((i for i, b in enumerate(blocks) if is_prose_line(b) and b.chars >= LONG_PARAGRAPH), None)
    if not first:
        return set()
    line, paragraph = blocks[first - 1], blocks[first]
    words = line.text.split()
    # A salutation ("Beste leden", "Dear Anna") opens a letter in two words, capitalised or not.
    if line.kind != "p" or line.element is None or paragraph.element is None or line.link_chars \
            or line.chars >= SHORT_LINE_CHARS or FURNITURE_LINE.search(line.text) \
            or line.element.getparent() is not paragraph.element.getparent():
        return set()
    if not is_salutation(line) and (len(words) < _OPENING_WORDS or not any(word[0].islower() for word in words[1:])):
        return set()
    return {id(line)}


def _trim_edges(kept: list[Block], kept_lines: set[int] = frozenset(), headline: str | None = None,
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
                   if is_date_line(b.text, page_days) and not anchored_subheading(b.element)), default=0)
    start = stamped or next((i for i, b in enumerate(kept)
                             if b.kind != "heading" or id(b) in kept_lines or _OPENING_LINE.search(b.text)
                             or anchored_subheading(b.element)
                             or (headline is not None
                                 and (_is_deck(b, headline)
                                      or _opens_its_text(kept, i, headline, page_days, headline_shown)))),
                            len(kept))
    end = len(kept)
    # A sign-off closes the text above it: a post's only line (a one-line note under its headline) is its text.
    while end > start + 1 and id(kept[end - 1]) not in kept_lines and (is_closing_heading(kept[end - 1])
                                                                    or is_sign_off(kept[end - 1])) \
            and not _introduces_media(kept[end - 1]) and not _closing_exclamation(kept[end - 1], kept[end - 2]):
        end -= 1
    # A line of the text introducing the short lines after it ("For more information, please contact:", then a
    # name, a phone number and an address) makes them its own, as a press release closes; a line introducing a box
    # of links ("More stories:") introduces what pruning took away, or links.
    if end + 1 < len(kept) and _introduces_lines(kept[end]) and all(_contact_line(b) for b in kept[end + 1:]):
        end = len(kept)
    elif start < end < len(kept) and _introduces_lines(kept[end - 1]) and all(_contact_line(b) for b in kept[end:]):
        end = len(kept)  # the introducing line is long enough to stay on its own
    return kept[start:end]


def _closing_exclamation(block: Block, before: Block) -> bool:
    """A Chinese or Japanese line ending on ！ or ？ right after the text's paragraphs is its last sentence ("祝大家羊年
    行大運！"); after headings (the related posts' and keywords' boxes) it is a box's call, not the text."""
    return CJK_EXCLAMATION.search(block.text) is not None and block.kind in ("p", "text") \
        and before.kind not in ("heading", "title")


def _introduces_lines(block: Block) -> bool:
    return block.kind in ("p", "text") and block.text.endswith(":") and len(WORD.findall(block.text)) >= 3 \
        and not block.link_chars and not FURNITURE_LINE.search(block.text)


def _mail_line(block: Block) -> bool:
    """A labelled line linking nowhere but to an address to write or call ("Email: <a>anna@...</a>")."""
    links = [a.get("href") or "" for a in block.element.iter("a")] if block.element is not None else []
    return block.kind in ("p", "text") and ":" in block.text and bool(links) \
        and all(link.startswith(CLOSING_LINKS) for link in links) and not FURNITURE_LINE.search(block.text)


def _contact_line(block: Block) -> bool:
    """A short line that links nowhere but to an address to write or call, or to a site it shows the address of."""
    return block.kind in ("p", "text") \
        and all((a.get("href") or "").startswith(CLOSING_LINKS) or BARE_ADDRESS.match(text_of(a).strip())
                for a in block.element.iter("a"))


def _introduces_media(block: Block) -> bool:
    """A line marked by pruning as the one above an embedded player, unless it names furniture ("Related videos",
    "Advertisement")."""
    return block.element is not None and block.element.get(INTRODUCES_MEDIA) is not None \
        and not FURNITURE_LINE.search(block.text)


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
    if (len(block.text.split()) < _SUBHEAD_WORDS and not _heads_first_section(kept, at)) \
            or FURNITURE_LINE.search(block.text) or block.element is None or block.element.getparent() is None \
            or any(_shows_text_besides(s, headline, page_days) for s in block.element.itersiblings(preceding=True)):
        return False
    if _opens_paragraph(block, _text_opened(kept, at)) and _is_deck(block, headline, _SUBHEAD_WORDS, _HEADLINE_HALF):
        return True
    return headline_shown and fold(block.text) != fold(headline) \
        and _opens_paragraph(block, _text_opened(kept, at, past_headings=True))


def _heads_first_section(kept: list[Block], at: int) -> bool:
    """The heading is the first of the text's section headings: the element holding it sets more subheadings alike
    (the same tag and class) further down, each over a long paragraph of its own ("Rising prices" over the text
    running on under "A soft landing?" and "What next?"). A label or kicker of a word or two stands alone."""
    heading = kept[at]
    if heading.element is None:
        return False
    later = [i for i in range(at + 1, len(kept)) if kept[i].kind == "heading" and kept[i].element is not None
             and _set_alike(kept[i], heading)]
    return len(later) >= _SECTIONS_ABOVE and all(
        any(b.kind in ("p", "text") and b.chars >= LONG_PARAGRAPH for b in kept[i + 1:j])
        for i, j in zip([at, *later], [*later, len(kept)]))


def _opens_paragraph(heading: Block, text: list[Block]) -> bool:
    """The heading is set in the element that holds the text it opens, a paragraph's worth."""
    return bool(text) and sum(b.chars for b in text) >= LONG_PARAGRAPH \
        and all(b.kind != "heading" and b.element is not None for b in text) \
        and any(a is heading.element.getparent() for a in text[-1].element.iterancestors())


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
            shown = " ".join(shown.replace(" ".join(text_of(heading).split()), " ", 1).split())
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
        if block.kind != "title":
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
            return index + 1
    return 0
