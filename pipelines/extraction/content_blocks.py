"""Keep the container's content blocks: drop its furniture, sort its link lines and lists; text_edges.py trims them."""
from __future__ import annotations

import re
from collections import Counter

from .address_intros import introduced_addresses
from .announced_lines import announced_closing_lines
from .blocks import Block, link_addresses
from .button_calls import lines_over_own_button
from .call_headings import anchored_closing_calls, anchored_opening_call
from .closing_date_notes import closing_date_notes
from .closing_labels import is_closing_credit, own_closing_labels
from .closing_section import closing_links_of_last_section, closing_section
from .comment_lines import credits_comment_widget
from .dated_series import other_days_series
from .embedded_posts import in_roundup_post
from .entry_feed_lines import entry_feed_lines
from .enumeration_lines import enumeration_lines
from .event_fields import event_field_lines, section_day_facts
from .field_lists import field_list_lines
from .footnotes import notes_linked_to, own_notes
from .furniture_lines import is_decorated_line, is_furniture, is_timeline_row
from .furniture_texts import in_furniture, names_a_card
from .line_patterns import FURNITURE_LINE, SENTENCE_END, WORD
from .link_lines import BARE_ADDRESS, CLOSING_LINKS, cites_address, is_closing_link, is_closing_sentence, is_link_line
from .links_amid_text import writers_link_amid_text
from .media_in_text import lines_over_player
from .opening_lines import (documents_named_as_headline, headline_again_as_line, headline_again_opening_text,
                            lines_opening_own_text, own_opening_lines, short_opening_lines)
from .own_page_calls import calls_to_own_pages
from .postal_addresses import postal_address_lines
from .prose_lines import LONG_PARAGRAPH, first_long_paragraph, is_long_paragraph
from .quotes import quote_attributions
from .release_marks import lines_under_release_mark, without_release_marks
from .repeated_paragraphs import repeat_key, shown_again_on_purpose
from .section_headings import headings_over_own_prose, linked_section_headings
from .short_posts import lines_of_a_short_post
from .stamp_lines import DATE_LINE_CHARS, is_date_line, opens_on_the_day
from .text_edges import trim_edges
from .text import fold
from .tables_amid_prose import dated_record_cells
from .text_lines import capital_subheadings, lines_of_text, points_listed_again
from .text_span import after_headline, author_box
from .writers_closing import dated_signatures, kissed_signatures, writers_closing
from .writers_link_lists import writers_link_lists

# An opening line of the writer's says something in this many words.
_OPENING_WORDS = 3
# Linked headings closing a post point to its sources; more of them in a row are a list of other stories.
_CLOSING_HEADLINES = 2
# A contact line closing a release: an address to write to and a handle or a phone number, no more.
_CONTACT_LINE_CHARS = 80
_MAIL_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A song's or a poem's words set one short line a paragraph: this many unlinked lines in a row, set alike under the
# text's own paragraphs, are the text's verse (a refrain sung four times, its last line closing the post); a
# signature or an address under a post runs a few lines.
_VERSE_LINES = 8
_VERSE_LINE_CHARS = 60
# A point of the writer's own in a list names something in a few words ("Chapter six"); one word is a label.
_PLAIN_POINT_WORDS = 2


def content_blocks(blocks: list[Block], title: str | None, furniture_texts, host: str,
                   page_days: frozenset[str] | set[str] = frozenset(), headline_above: bool = False,
                   own_closing: frozenset[int] | set[int] = frozenset(), headline_shown: bool = False,
                   page_url: str = "") -> list[Block]:
    """`headline_above`: the page's own headline stands above the blocks, whose <h1>s then head parts of the text.
    `own_closing`: ids of blocks known to be the post's own lines however short (body.py's pointer lines, closing or
    opening the text).
    `headline_shown`: the page, before pruning, showed the title whole in an element of its own (its headline).
    `page_url`: the page's address, which tells the writer's closing call to a page of the site from a listing's."""
    start = after_headline(blocks, title, headline_above)
    wanted = fold(title or "") or None
    blocks = blocks[:author_box(blocks, start)]
    under_mark = lines_under_release_mark(blocks[start:])
    blocks = without_release_marks(blocks, start)
    text_blocks = blocks[start:]  # the text's blocks after the headline, which every rule below reads
    kept: list[Block] = []
    link_lines: set[int] = set()
    seen: dict[str, Block] = {}  # folded text: the block first showing it
    shown = Counter(repeat_key(block) for block in text_blocks)
    opening = True
    dated = False
    text_lines = lines_of_text(blocks, host) | short_opening_lines(text_blocks)
    listed_again = points_listed_again(blocks)
    verse = _verse_lines(text_blocks)
    # The text's last section (a heading set as its subheadings are, a line or two under it) is the writer's: its
    # call's button too, worded as a site's ("Contact us"), however the furniture rule weighs it.
    address_intros, addresses_under_intros = introduced_addresses(text_blocks)
    closing = {id(block) for block in writers_closing(text_blocks, title, page_days)} | set(own_closing) \
        | {id(block) for block in text_blocks if is_decorated_line(block)} | _timeline_after_text(text_blocks) \
        | own_notes(text_blocks) | notes_linked_to(text_blocks) | quote_attributions(text_blocks) \
        | section_day_facts(text_blocks, page_days) | address_intros | addresses_under_intros \
        | writers_link_lists(text_blocks, host) | {id(block) for block in dated_signatures(text_blocks)} \
        | postal_address_lines(text_blocks) | {id(block) for block in text_blocks if in_roundup_post(block.element)} \
        | closing_links_of_last_section(text_blocks, host) | enumeration_lines(text_blocks) \
        | closing_date_notes(text_blocks) | announced_closing_lines(text_blocks, host) \
        | other_days_series(text_blocks, page_days) | kissed_signatures(text_blocks) | under_mark \
        | lines_over_player(text_blocks, page_days) | documents_named_as_headline(text_blocks, title)
    labelled = {id(block) for block in own_closing_labels(text_blocks, host)} \
        | own_opening_lines(text_blocks, host) | lines_opening_own_text(text_blocks, title, host, page_days) \
        | headline_again_opening_text(text_blocks, title, page_days) | event_field_lines(text_blocks, page_days) \
        | linked_section_headings(text_blocks) | capital_subheadings(text_blocks) \
        | anchored_closing_calls(text_blocks) | anchored_opening_call(text_blocks) | field_list_lines(text_blocks, host) \
        | calls_to_own_pages(text_blocks, page_url, title) | lines_over_own_button(text_blocks)
    # A dated record's cells are the text's however linked (its press coverage), once it is set amid the text.
    labelled |= dated_record_cells(text_blocks, host) & text_lines
    headline_again = headline_again_as_line(text_blocks, title, host)
    listed = _linked_points_beside_own(text_blocks, title)
    # A card beside the text linking the page of what a section of the text is about names it in the same words:
    # the section's heading stays the writer's.
    own_headings = headings_over_own_prose(text_blocks)
    entry_feeds = entry_feed_lines(text_blocks, page_url)
    for block in text_blocks:
        if (block.kind == "title" and id(block) not in labelled) or id(block) in headline_again \
                or id(block) in entry_feeds:
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
        folded = repeat_key(block)
        # A paragraph shown twice is a pull quote or a repeated box: keep the first, unless the writer says it again
        # among the same paragraphs. A sign-off's association line is the name the site's own header or footer shows.
        # The headline's own words are the page's, not the site's: a breadcrumb or banner showing the page's title
        # makes no furniture of a line opening the text that says it (whether that line is the headline typed again,
        # the headline rules above decide). Further down, the title's words are a box's again (a live blog's entry).
        if (in_furniture(block.text, bool(block.link_chars) or block.kind != "item", furniture_texts)
                and id(block) not in closing and not (opening and fold(block.text) == wanted)
                and not (id(block) in own_headings and names_a_card(block.text, furniture_texts))) \
                or (folded in seen and id(block) not in listed_again and id(block) not in verse
                    and not shown_again_on_purpose(block, seen[folded], blocks, shown)):
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


def _linked_points_beside_own(blocks: list[Block], title: str | None) -> set[int]:
    """Ids of the linked points of a list in the text, below its first long paragraph, most of whose points are the
    writer's own words, linking nowhere and no furniture: one list of the text (a series' index, the parts out linked,
    this one and those to come plain). A box of other stories or a menu links every point; a header's list above the
    text sets its bylines' links beside a plain date and reading time."""
    opened = first_long_paragraph(blocks)
    if opened is None:
        return set()
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


def _timeline_after_text(blocks: list[Block]) -> set[int]:
    """Rows of a notice's timeline closing its text ("Resolved kl 13:45", "Occurred: 23:02 16.11.2022"), however
    short that text ("The outage is over"): above the text, or amid its paragraphs, a line of a label and a time is
    the page's date line."""
    first = next((i for i, b in enumerate(blocks) if b.kind in ("p", "text") and not is_timeline_row(b)
                  and len(WORD.findall(b.text)) >= _OPENING_WORDS and any(w.islower() for w in WORD.findall(b.text))),
                 None)
    if first is None:
        return set()
    last = max((i for i, b in enumerate(blocks) if is_long_paragraph(b)), default=first)
    return {id(b) for b in blocks[max(first, last) + 1:] if is_timeline_row(b)}


def _mail_line(block: Block) -> bool:
    """A labelled line linking nowhere but to an address to write or call ("Email: <a>anna@...</a>"), or a short line
    showing the e-mail addresses it links, with no more than the sender's handle beside them ("<a>courses@...</a>
    @school on twitter"): the contact a release closes on."""
    if block.kind not in ("p", "text") or block.element is None or FURNITURE_LINE.search(block.text):
        return False
    links = link_addresses(block)
    if ":" in block.text and links and all(link.startswith(CLOSING_LINKS) for link in links):
        return True
    # A line typed bare shares its element with the text's other lines: its own links are the addresses it shows.
    shown = _MAIL_ADDRESS.findall(block.text)
    return bool(shown) and block.chars <= _CONTACT_LINE_CHARS and block.link_chars <= sum(map(len, shown)) + 1 \
        and all(f"mailto:{address}".lower() in (link.lower() for link in links) for address in shown)


