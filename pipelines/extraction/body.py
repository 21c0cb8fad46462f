"""Find the article's main text among a page's blocks: pick the best container, then keep its content blocks."""
from __future__ import annotations

from dataclasses import dataclass, field

from .ancestry import ancestors_below, within
from .blocks import Block, decks_as_text, linearise, links_showing_words
from .box_label import without_box_label
from .builder_documents import outside_own_document, own_document, without_other_documents
from .call_headings import with_closing_calls
from .closing_links import (own_closing_link, own_inline_references, own_link_series, own_page_pointer,
                            own_reference_lines, own_reference_list, own_text_element_line, site_pointers_closing)
from .container_scores import TEXT_KINDS, below_own_headline, container_scores
from .container_widening import (around_data_table, around_list, entry_continued, media_line_after, paragraphs_around,
                                 sets_a_paragraph, standfirst, twins)
from .content_blocks import content_blocks
from .heading_lines import is_teaser_headline
from .heading_reading import heading_readings
from .line_patterns import FULL_STOP, FURNITURE_LINE
from .link_lines import host_of, is_pager_button, is_pointer_line, leads_away, leads_to_social_network
from .links import absolute
from .dated_header_lines import lines_under_dated_header
from .listing_cards import LinkBoxes, cards_of_posts, lone_card_of_a_post
from .listing_evidence import (headed_elsewhere, listing_teasers, post_box_apart_from_teasers,
                               teaser_under_other_headline)
from .points_below_standfirst import standfirst_over_pointer_lines, standfirst_over_points
from .post_data_cards import post_data_cards
from .own_post import (after_own_headline, bare_own_post, marked_article, marks_own_entry, own_article, own_entry,
                       own_text_element, wraps_own_post)
from .pointer_lines import writers_opening_link, writers_opening_pointers, writers_pointers
from .read_on_sentences import read_on_closing
from .self_citation import citation_box_start
from .one_line_posts import captions_player, lone_link_line
from .posts_as_lists import written_as_lists
from .short_posts import headings_alone_in_text, short_post_under_headline, unheaded_post
from .shown_media import shows_media
from .stamp_lines import is_stamp
from .teaser_cards import TEASER_CARD_CHARS, heads_teaser_card, in_teaser_card, titles_teaser_list
from .text import fold, spaced_text, text_of
from .xpaths import HEADING_TAGS


# A link closing the writer's paragraph on a line of its own names where it leads in a few words ("Register now").
_CLOSING_LINK_WORDS = 4
# The label over a post's tags ("Type", "Filed under").
_TAG_LABEL_WORDS = 2


@dataclass
class Body:
    """The article's blocks in document order, and how many linked teaser headlines surrounded them.

    `longest_run` is the most prose the container holds between two linked headlines: an article's own
    text runs on, a listing's is cut into teasers.
    """

    blocks: list[Block] = field(default_factory=list)
    linked_headings: int = 0
    longest_run: int = 0
    # The text is the line closing the post's own element that points to where the post goes on, alone (a picture
    # and "See them <a>here</a>"), or the caption of the post's embedded player, alone (a video and a line): a post
    # however short.
    pointer_only: bool = False
    # The heading over the text links to another page: the page repeats a post that lives there.
    headed_elsewhere: bool = False
    # The text lies in a post's own wrapper (<article>, "entry-content"...), not loose in the theme's boxes.
    in_post_wrapper: bool = False
    # The post's own wrapper holds no text (a picture or a player alone): only the site's chrome showed any.
    bare_post: bool = False
    # The heading over the text links to another page and is not the page's own headline: one teaser of a listing
    # (listing_evidence.teaser_under_other_headline).
    teaser_under_other_headline: bool = False
    # That teaser is a listing's only card of a post, its box linking to the post's page again
    # (listing_cards.lone_card_of_a_post).
    lone_card: bool = False
    # Where no text is kept: how many teaser headlines head a card linking to their page again
    # (listing_cards.cards_of_posts), a listing of posts, each with its "Read more".
    cards_linking_twice: int = 0
    # The linked headlines stand beside the box holding the post's own headline, date line and text
    # (listing_evidence.post_box_apart_from_teasers): a column of other posts' cards next to a short post.
    post_card_apart_from_teasers: bool = False


def extract_body(root, title: str | None = None, furniture_texts: frozenset[str] | set[str] = frozenset(),
                 url: str = "", page_days: frozenset[str] | set[str] = frozenset(),
                 headline_shown: bool = False, page_links: LinkBoxes | None = None,
                 canonical: str | None = None) -> Body:
    """The main text of a page (no blocks when no container holds enough prose).

    `furniture_texts` are folded texts the page shows in furniture (prune.prune_tree): blocks repeating them are
    dropped.
    `url` (the page's) tells links to other sites and documents, which a closing line may point to.
    `page_days` ("YYYY-MM-DD") are the page's publication and update days: a short line showing one of them is
    the byline's date line, a short line naming another day is the text's own ("CONCERT IN TOWN on 26 April").
    `headline_shown`: the page showed the title whole as its headline before pruning took it (shown_titles.shows_title).
    `page_links`: the page's links and the elements around each, read before pruning (listing_cards.LinkBoxes);
    `canonical`: the address the page names as its own.
    """
    page = root.find("body")
    blocks = decks_as_text(linearise(page if page is not None else root), title)
    scores = container_scores(blocks)
    container = max(scores, key=scores.get) if scores else None
    points = written_as_lists(blocks, title, page_days) if page_days else None
    # Short points and link lines weigh nothing or less: a date line or dated byline long enough to weigh as prose
    # ("October 28, 2024 · One min read", "written by <name> on <day>") outweighs a post written as lists or of a
    # linked line or two; a box holding only such lines is no text.
    stamps_only = container is not None and bool(page_days) \
        and all(is_stamp(b, page_days) for b in blocks if b.chars and within(b.element, container))
    below_standfirst = standfirst_over_points(container, blocks, title, points)
    if below_standfirst:
        kept = content_blocks(below_standfirst, title, furniture_texts, host_of(url), page_days, headline_above=True,
                              page_url=url)
        return Body(kept, in_post_wrapper=_in_post_wrapper(kept))
    pointing = standfirst_over_pointer_lines(container, blocks, title, host_of(url)) if page_days else None
    if pointing:
        lead, lines = pointing
        kept = content_blocks(lead + lines, title, furniture_texts, host_of(url), page_days, headline_above=True,
                              own_closing={id(line) for line in lines}, page_url=url)
        return Body(kept, in_post_wrapper=_in_post_wrapper(kept))
    if container is None or scores[container] <= 0 or stamps_only:
        if points is None:
            line = lone_link_line(blocks, title, host_of(url), dated=bool(page_days))
            if line or not page_days:
                return Body(with_closing_calls(line, blocks), pointer_only=bool(line) and captions_player(line[0]))
            # A dated post whose theme shows no headline: its one post wrapper's text, however short.
            kept = content_blocks(unheaded_post(blocks), title, furniture_texts, host_of(url), page_days,
                                  page_url=url)
            if kept:
                return Body(kept, in_post_wrapper=True)
            # A dated post of a line or two under its own headline, or of links under its headline and date line.
            return Body(short_post_under_headline(blocks, title, page_days)
                        or lines_under_dated_header(blocks, title, url)
                        or headings_alone_in_text(blocks, title, page_days))
        kept = content_blocks(points, title, furniture_texts, host_of(url), page_days, headline_above=True,
                              own_closing={id(b) for b in writers_opening_link(points, url)}, page_url=url)
        return Body(kept, in_post_wrapper=_in_post_wrapper(kept))
    container = after_own_headline(page if page is not None else root, container, title, scores, blocks)
    container = own_entry(page if page is not None else root, container, title, blocks)
    if sets_a_paragraph(container, blocks, scores):
        container = paragraphs_around(container, blocks, url)
    container = around_list(container, blocks, url)
    container = around_data_table(container, blocks)
    wider = container
    container = own_article(marked_article(container, below_own_headline(blocks, title, container) or scores),
                            title, scores)
    container = own_text_element(container, blocks, host_of(url))
    if page_days:
        container = _post_beside_teasers(container, blocks, (fold(title or ""), url))
        container = _own_post_among_cards(container, blocks)
    parts = [container, *twins(container, scores), *entry_continued(container, scores),
             *media_line_after(container, blocks)]
    positions = [i for i, b in enumerate(blocks) if any(within(b.element, part) for part in parts)]
    inside = standfirst(blocks, positions, wider) + [blocks[i] for i in positions]
    longest_run = _longest_run(inside)
    cards: dict = {}
    own = (fold(title or ""), url)
    # A pager's buttons to the neighbouring posts close the post's element on some themes: never its text, and no
    # line closing it (the writer's references list above them closes it).
    uncarded = [b for b in inside if not is_pager_button(b)
                and (b.kind in ("title", "heading") or not in_teaser_card(b, container, cards, own, page_links))
                and not heads_teaser_card(b, container, cards, own, page_links)
                and not titles_teaser_list(b, cards, own, page_links)]
    # The generator's "cite this post" box closes the text: the post's own reference, no line of it.
    uncarded = uncarded[:citation_box_start(uncarded, title, url)]
    # The theme's card restating the post's headline and day under the text: none of it, and no text after the
    # post's closing lines (its links to documents) either.
    cards_of_data = post_data_cards(uncarded, title)
    uncarded = [b for b in uncarded if id(b) not in cards_of_data]
    # The site's pointer to its home page or a listing, linked whole closing the text, is none of it.
    pointing_back = {id(b) for b in site_pointers_closing(uncarded, url)}
    uncarded = [b for b in uncarded if id(b) not in pointing_back]
    headline_above = _own_headline_before(blocks, title, positions)
    pointers = _closing_pointers(uncarded, blocks, url)
    closing = own_closing_link(uncarded, title, url) + own_reference_list(uncarded, url) \
        + own_reference_lines(uncarded, url) \
        + own_inline_references(uncarded, url) + own_page_pointer(uncarded, url) + own_link_series(uncarded) \
        + writers_pointers(uncarded, url) + read_on_closing(uncarded, url) + writers_opening_pointers(uncarded, url) \
        + writers_opening_link(uncarded, url) + own_text_element_line(uncarded)
    own_closing = pointers | {id(b) for b in closing}
    kept = content_blocks(uncarded, title, furniture_texts, host_of(url), page_days, headline_above, own_closing,
                          headline_shown, page_url=url)
    kept = with_closing_calls(without_box_label(kept), blocks)
    kept = without_other_documents(page if page is not None else root, kept)
    if bare_own_post(page if page is not None else root, title, kept) \
            or outside_own_document(page if page is not None else root, kept, blocks, TEXT_KINDS):
        # A post of a picture or a player alone: no text, rather than the site's tagline or footer line.
        return Body([], bare_post=True)
    teasers = listing_teasers(inside, kept, dated=bool(page_days), url=url)
    post_box = post_box_apart_from_teasers(inside, kept, teasers, title, page_days)
    if post_box is not None and container.tag in ("body", "html"):
        # The page-wide container kept the site's lines around the post's own box (a language switcher above it, the
        # footer's company and trademark lines under the cards): the post is what its box holds.
        kept = [b for b in kept if within(b.element, post_box)]
    page_links = {} if page_links is None else page_links  # not `or {}`: that would resolve every link of LinkBoxes
    return Body(kept, len(teasers), longest_run, bool(kept) and all(id(b) in pointers for b in kept),
                headed_elsewhere(blocks, kept, url), _in_post_wrapper(kept),
                teaser_under_other_headline=teaser_under_other_headline(blocks, kept, url, title),
                lone_card=lone_card_of_a_post(blocks, kept, url, title, canonical, page_links),
                cards_linking_twice=cards_of_posts(teasers, url, page_links) if teasers and not kept else 0,
                post_card_apart_from_teasers=post_box is not None)


def _post_beside_teasers(container, blocks: list[Block], own: tuple[str, str]):
    """The dated post's own wrapper (<article>, a post's classes) when the heaviest container is nothing but teaser
    cards ("You may also enjoy"): a post of a line or two, its links weighing it down, outweighed by the related
    posts' excerpts beside it. The wrapper holds text of its own and no linked headline, or is a picture alone
    (_picture_post_beside); else the container stays."""
    cards: dict = {}
    # A linked line is a teaser's headline however its theme tags it, never a post's text.
    text = [b for b in blocks if b.kind in TEXT_KINDS and b.link_density <= 0.5 and within(b.element, container)]
    # A card's date line may stand above its headline, outside what in_teaser_card reads as the card's.
    if not text or not all(in_teaser_card(b, container, cards, own) or is_stamp(b) for b in text):
        return container
    for block in blocks:
        if block.kind not in TEXT_KINDS or within(block.element, container):
            continue
        wrapper = next((a for a in block.element.iterancestors() if wraps_own_post(a)), None)
        if wrapper is None or within(container, wrapper) or any(
                is_teaser_headline(b) for b in blocks if within(b.element, wrapper)):
            continue
        return wrapper
    picture_post = _picture_post_beside(container, blocks)
    return container if picture_post is None else picture_post


def _picture_post_beside(container, blocks: list[Block]):
    """A dated post of a picture alone (a notice's scan, a greeting card) beside the related posts' cards: its own
    wrapper, outside the cards, shows a picture and holds no line of text, so no text draws the body to it. The one
    such wrapper on the page; its empty text is the post's, never the cards' excerpts."""
    page = container.getroottree().getroot()
    outermost = [e for e in page.iter() if isinstance(e.tag, str) and wraps_own_post(e)
                 and not within(e, container) and not within(container, e)
                 and not any(wraps_own_post(a) for a in e.iterancestors())]
    bare = [w for w in outermost if shows_media(w) and not any(within(b.element, w) for b in blocks)]
    return bare[0] if len(bare) == 1 else None


def _own_post_among_cards(container, blocks: list[Block]):
    """The dated post's own wrapper when the container holds it beside a box of related posts, each a wrapper of its
    own headed by a link to its post ("Related stories" cards set as posts): a post of a line or two under a banner
    headline weighs less than the cards' headlines and excerpts, yet its text is what its wrapper holds. The wrapper
    holds text and no linked headline, and all the container's text outside it lies in the cards, each of a teaser's
    size; else the container stays."""
    outermost = [e for e in container.iterdescendants() if isinstance(e.tag, str) and wraps_own_post(e)
                 and not any(wraps_own_post(a) for a in ancestors_below(e, container))]
    text = [b for b in blocks if b.kind in TEXT_KINDS and within(b.element, container)]
    headed = {id(w) for w in outermost if any(h.find(".//a[@href]") is not None for h in w.iter(*HEADING_TAGS))}
    own = [w for w in outermost if id(w) not in headed and any(within(b.element, w) for b in text)]
    if len(own) != 1 or not headed:
        return container
    cards = [w for w in outermost if id(w) in headed]
    if any(len(text_of(card)) > TEASER_CARD_CHARS for card in cards):
        return container  # a wrapper holding a whole text is no card: a post whose title links to its permalink
    outside = [b for b in text if not within(b.element, own[0])]
    return own[0] if all(any(within(b.element, card) for card in cards) for b in outside) else container


def _in_post_wrapper(kept: list[Block]) -> bool:
    first = next((b for b in kept if b.kind not in ("title", "heading")), None)
    if first is None:
        return False
    # A page builder's document of the post's own id (builder_documents.py) is its wrapper too.
    own = own_document(first.element.getroottree().getroot())
    return any(marks_own_entry(a) for a in first.element.iterancestors()) \
        or (own is not None and within(first.element, own))


def _closing_pointers(inside: list[Block], blocks: list[Block], url: str) -> set[int]:
    """A pointer line ("Read the rest <a>here</a>") that is the last line of the post's own element (its tags and
    their label apart): where the post goes on, however short, and however many of the site's posts close on the
    same words."""
    found = set()
    for previous, block in zip([None, *inside], inside):
        if not (is_pointer_line(block, url) or _link_closing_paragraph(block, previous, url)):
            continue
        entry = next((a for a in block.element.iterancestors() if marks_own_entry(a)), None)
        position = next(i for i, b in enumerate(blocks) if b is block)
        if entry is not None and all(_tag_line(b) for b in blocks[position + 1:] if within(b.element, entry)):
            found.add(id(block))
    return found


def _link_closing_paragraph(block: Block, previous: Block | None, url: str) -> bool:
    """A link of a few words alone on the last line of the writer's paragraph, after a line break ("Registration is
    open.<br><a>Register now</a>"), to another site or a document: the post's way on, as a pointer line is. A
    teaser's "Read more" leads to the site's own post, a share line to a social network or under a furniture word."""
    if previous is None or previous.element is not block.element or block.kind not in ("p", "text") \
            or previous.link_density > 0.5 or FULL_STOP.search(previous.text) is None \
            or len(block.text.split()) > _CLOSING_LINK_WORDS or FURNITURE_LINE.search(block.text):
        return False
    # The paragraph's last link is the line's: its other links are in the lines above.
    links = links_showing_words(block)
    link = links[-1] if links else None
    href = (absolute(link.get("href"), url) or "") if link is not None else ""
    return link is not None and spaced_text(link) == block.text \
        and leads_away(href, host_of(url)) and not leads_to_social_network(href)


def _tag_line(block: Block) -> bool:
    """A line of the post's tags under its text: a link alone, or the word or two labelling them ("Type")."""
    return block.kind in ("text", "item") and (block.link_density > 0.5 or len(block.text.split()) <= _TAG_LABEL_WORDS)


def _own_headline_before(blocks: list[Block], title: str | None, positions: list[int]) -> bool:
    """The page's own headline stands above the body container (a theme's "entry-title" over its "entry-content"): an
    <h1> showing the title, or a lower heading showing it once the subtitle the theme sets inside it is read apart
    (`<h2>Title <span>Subtitle</span></h2>` under a header <h1> of the site's name)."""
    wanted = fold(title or "")
    first = positions[0] if positions else len(blocks)
    return bool(wanted) and any(
        (b.kind == "title" and fold(b.text) == wanted)
        or (b.kind == "heading" and fold(b.text) != wanted and b.element is not None and b.element.tag in HEADING_TAGS
            and any(fold(text) == wanted for text in heading_readings(b.element)[1:]))
        for b in blocks[:first])


def _longest_run(blocks: list[Block]) -> int:
    longest = run = 0
    for block in blocks:
        if is_teaser_headline(block):
            run = 0
        elif block.kind in TEXT_KINDS and block.link_density < 0.35:
            run += block.chars
            longest = max(longest, run)
    return longest
