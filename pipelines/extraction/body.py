"""Find the article's main text among a page's blocks: pick the best container, then keep its content blocks."""
from __future__ import annotations

from dataclasses import dataclass, field

from .ancestry import ancestors_below, within
from .blocks import Block, decks_as_text, linearise
from .box_label import without_box_label
from .builder_documents import outside_own_document, own_document, without_other_documents
from .call_headings import with_closing_calls
from .closing_links import (own_closing_link, own_inline_references, own_link_series, own_page_pointer,
                            own_reference_lines, own_reference_list)
from .container_scores import TEXT_KINDS, below_own_headline, container_scores, own_text
from .container_widening import (around_data_table, around_list, entry_continued, media_line_after, paragraphs_around,
                                 sets_a_paragraph, standfirst, twins)
from .content_blocks import content_blocks
from .heading_lines import is_teaser_headline
from .lead_heading import heading_readings
from .line_patterns import FULL_STOP, FURNITURE_LINE, WORD
from .link_lines import host_of, is_closing_link, is_pager_button, is_pointer_line, leads_away, leads_to_social_network
from .links import absolute
from .dated_header_lines import lines_under_dated_header
from .listing_cards import LinkBoxes, cards_of_posts, lone_card_of_a_post
from .listing_evidence import (headed_elsewhere, listing_teasers, post_box_apart_from_teasers,
                               teaser_under_other_headline)
from .media_in_text import HELD_MEDIA
from .points_below_standfirst import standfirst_over_pointer_lines, standfirst_over_points
from .prose_lines import LONG_PARAGRAPH
from .post_data_cards import post_data_cards
from .own_post import (after_own_headline, bare_own_post, marked_article, marks_own_entry, own_article, own_entry,
                       own_text_element, wraps_own_post)
from .pointer_lines import writers_opening_link, writers_opening_pointers, writers_pointers
from .read_on_sentences import read_on_closing
from .self_citation import citation_box_start
from .short_posts import lines_of_a_short_post
from .shown_media import shows_media
from .stamp_lines import is_stamp
from .teaser_cards import TEASER_CARD_CHARS, heads_teaser_card, in_teaser_card, titles_teaser_list
from .text import fold, spaced_text, text_of
from .xpaths import HEADING_GROUP_TAG, HEADING_TAGS


# A post written as lists has a few points, most of whose words are the writer's, not links.
_LIST_POST_POINTS = 5
_LIST_POST_OWN_SHARE = 0.5
# A link closing the writer's paragraph on a line of its own names where it leads in a few words ("Register now").
_CLOSING_LINK_WORDS = 4
# The label over a post's tags ("Type", "Filed under").
_TAG_LABEL_WORDS = 2
# The line introducing a post's list under its headline ("In this issue:", "On the agenda:") is a few words.
_LIST_HEADING_WORDS = 6
# A line of a post shown with no headline says this much besides its links ("UC Health Insider" under a linked title).
_OWN_LINE_CHARS = 10
# The headline's own box: its parent, or an element this many levels up from it.
_HEADLINE_BOX_LEVELS = 3


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
    points = _written_as_lists(blocks, title, page_days) if page_days else None
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
            line = _lone_link_line(blocks, title, host_of(url), dated=bool(page_days))
            if line or not page_days:
                return Body(with_closing_calls(line, blocks), pointer_only=bool(line) and _captions_player(line[0]))
            # A dated post whose theme shows no headline: its one post wrapper's text, however short.
            kept = content_blocks(_unheaded_post(blocks), title, furniture_texts, host_of(url), page_days,
                                  page_url=url)
            if kept:
                return Body(kept, in_post_wrapper=True)
            # A dated post of a line or two under its own headline, or of links under its headline and date line.
            return Body(_short_post_under_headline(blocks, title, page_days)
                        or lines_under_dated_header(blocks, title, url)
                        or _headings_alone_in_text(blocks, title, page_days))
        kept = content_blocks(points, title, furniture_texts, host_of(url), page_days, headline_above=True,
                              own_closing={id(b) for b in writers_opening_link(points, url)}, page_url=url)
        return Body(kept, in_post_wrapper=_in_post_wrapper(kept))
    container = after_own_headline(page if page is not None else root, container, title, scores)
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
    headline_above = _own_headline_before(blocks, title, positions)
    pointers = _closing_pointers(uncarded, blocks, url)
    closing = own_closing_link(uncarded, title, url) + own_reference_list(uncarded, url) \
        + own_reference_lines(uncarded, url) \
        + own_inline_references(uncarded, url) + own_page_pointer(uncarded, url) + own_link_series(uncarded) \
        + writers_pointers(uncarded, url) + read_on_closing(uncarded, url) + writers_opening_pointers(uncarded, url) \
        + writers_opening_link(uncarded, url)
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


def _short_post_under_headline(blocks: list[Block], title: str | None,
                               page_days: frozenset[str] | set[str]) -> list[Block]:
    """The lines a dated post shows under its own headline when no element outweighs the page's furniture: a post of
    a line or two ("Join us in May." over "Details to follow"). Only lines in the headline's own box (its parent, a few
    levels up at most) count: the page's lines further off are the theme's."""
    wanted = fold(title or "")
    at = next((i for i, b in enumerate(blocks) if b.kind == "title" and wanted and fold(b.text) == wanted), None)
    if at is None:
        return []
    lines = lines_of_a_short_post(blocks[at + 1:], page_days)
    holder = blocks[at].element
    for _ in range(_HEADLINE_BOX_LEVELS):
        holder = holder.getparent()
        if holder is None or holder.tag == "body":
            break
        own = [b for b in lines if within(b.element, holder)]
        if own:
            return own
    return []


def _headings_alone_in_text(blocks: list[Block], title: str | None,
                            page_days: frozenset[str] | set[str] = frozenset()) -> list[Block]:
    """A dated post whose whole text is a subheading or two ("#### Currently no open positions" in Markdown), set in
    the page's one element marked as the post's text ("post-content", itemprop="articleBody"), far from a headline set
    in the theme's banner: those lines are the post, not labels. Where the theme marks no post's element, the box of
    the page's own headline holds the post under its date line (a static generator's `<div><h1>..<p>date<p><h2>`).
    A heading that links, repeats the title or is a word is no such text; an element holding lines of other kinds is
    judged by them."""
    wanted = fold(title or "")
    marked = {}
    for block in blocks:
        element = next((a for a in block.element.iterancestors() if marks_own_entry(a)), None) \
            if block.element is not None and block.chars else None
        if element is not None:
            marked.setdefault(id(element), []).append(block)
    if len(marked) > 1:
        return []
    # Under the date line, an <h1> is the post's line set big, the headline being above it.
    inside, kinds = (next(iter(marked.values())), ("heading",)) if marked \
        else (_under_own_headline(blocks, page_days), ("heading", "title"))
    if not inside or not all(b.kind in kinds and not b.link_chars and len(WORD.findall(b.text)) >= 2
                             and fold(b.text) != wanted for b in inside):
        return []
    return inside


def _under_own_headline(blocks: list[Block], page_days) -> list[Block]:
    """The lines after the page's date line inside the box it shares with the headline right above it (never
    <body>)."""
    lines = [b for b in blocks if b.chars and b.element is not None]
    at = next((i for i, b in enumerate(lines) if i and lines[i - 1].kind == "title" and is_stamp(b, page_days)), None)
    if at is None:
        return []
    box = lines[at].element.getparent()
    if box is None or box.tag == "body" or not within(lines[at - 1].element, box):
        return []
    return [b for b in lines[at + 1:] if within(b.element, box)]


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
    link = next((a for a in reversed(list(block.element.iter("a"))) if text_of(a).strip()), None)
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


def _lone_link_line(blocks: list[Block], title: str | None, host: str, dated: bool = False) -> list[Block]:
    """A post whose whole text is one line linking elsewhere ("[Read the story on <a>...</a>]", an embed's
    fallback) or, on a dated page, one short sentence of its own (a question under a screenshot), one sentence
    announcing what it links (a lab's "New paper on <a>...</a>. <a>[Code]</a>") or the caption of its embedded
    player (a video and a line): the one such line
    under the page's own headline, before the next heading. A linked or short line weighs as furniture, so no
    container holds prose; yet the line is the post's, never its metadata around it. An undated page's one short
    sentence ("Call us.") is a static page's."""
    wanted = fold(title or "")
    start = next((i for i, b in enumerate(blocks) if b.kind == "title" and wanted and fold(b.text) == wanted), None)
    if start is None:
        return []
    under = []
    for block in blocks[start + 1:]:
        if block.kind in ("title", "heading") and not _in_heading_group(block):
            break
        if block.kind not in ("title", "heading"):
            under.append(block)
    # The post's own wrapper (<article>) around the headline holds its line: the links to the neighbouring posts
    # after it are the theme's, however plain pruning left them.
    entry = next((a for a in blocks[start].element.iterancestors() if wraps_own_post(a)), None)
    if entry is not None:
        under = [block for block in under if within(block.element, entry)]
    box = _box_below_banner(under, blocks[start])
    if box is not None:
        # A headline in a banner of its own: the post is in the box below it, not in a link row closing the page (the
        # site's credits), and a dated post's line may be one announcing what it links however linked it is.
        under = [block for block in under if within(block.element, box)]
        announcing = [block for block in under if dated and _announces(block)]
        if len(announcing) == 1:
            return announcing
    lines = [block for block in under
             if is_closing_link(block, host) or (dated and (_own_sentence(block) or _captions_player(block)))]
    return lines if len(lines) == 1 else []


def _in_heading_group(block: Block) -> bool:
    """A heading set in a heading group (<hgroup>: the headline with its kicker or subtitle) is the headline's, no
    section heading: the text a theme sets in the group beside them goes on past it."""
    return any(a.tag == HEADING_GROUP_TAG for a in block.element.iterancestors())


def _box_below_banner(under: list[Block], headline: Block):
    """The box below the headline when the headline stands in a box of its own (a theme's hero banner), or None: the
    highest box holding the first line under the headline and not the headline."""
    if not under:
        return None
    banner = headline.element
    for ancestor in headline.element.iterancestors():
        if within(under[0].element, ancestor):
            break
        banner = ancestor
    if banner is headline.element:
        return None  # the headline and the text share a box (<article>: <h1>, date, text)
    box = under[0].element
    for ancestor in under[0].element.iterancestors():
        if within(headline.element, ancestor):
            break
        box = ancestor
    return box


def _announces(block: Block) -> bool:
    """A paragraph linking what it announces with a word or more of the writer's around ("New preprint on
    <a>...</a>. <a>[Code]</a>"), however much of it the links' words are."""
    return block.kind == "p" and block.link_chars > 0 and WORD.search(own_text(block.element)) is not None


def _captions_player(block: Block) -> bool:
    """A line of words of its own set beside an embedded player, in the element it stood in (media_in_text.HELD_MEDIA): the
    caption of a post that is a video and a line ("Vespers sung by the brothers"), no stamp or furniture."""
    if block.kind not in ("p", "text") or block.link_chars or not WORD.search(block.text) \
            or FURNITURE_LINE.search(block.text) or is_stamp(block):
        return False
    return any(e is not None and e.get(HELD_MEDIA) is not None for e in (block.element, block.element.getparent()))


def _written_as_lists(blocks: list[Block], title: str | None,
                      page_days: frozenset[str] | set[str] = frozenset()) -> list[Block] | None:
    """The blocks after the page's own headline when the post is written as lists under subheadings ("<a>The
    society</a>: what it does", a term and what it stands for), or as one list of plain points (a release note's
    changes), no paragraph between them: short points weigh as furniture, so no container holds prose, yet points
    that say more than their links are the post's text. A list of bare links (a tag page's titles, a menu) says
    nothing of its own and is no such post."""
    start = _own_headline_at(blocks, title)
    if start is None:
        return None
    after = blocks[start + 1:]
    if any(b.kind == "title" for b in after):
        return None  # another <h1>: a teaser's, or the next post's
    items = [b for b in after if b.kind == "item"]
    chars = sum(b.chars for b in items)
    own = sum(b.chars - b.link_chars for b in items)
    # Terms and what they stand for come in a few points; lines with no link at all (a dialogue) may be one or two.
    fewest = _LIST_POST_POINTS if any(b.link_chars for b in items) else 1
    if len(items) < fewest or own < _LIST_POST_OWN_SHARE * chars:
        return None
    holder = next(a for a in items[0].element.iterancestors() if all(within(b.element, a) for b in items))
    lines = _lines_beside_list(holder, after)
    if lines:
        return lines
    points = [b for b in after if within(b.element, holder)]
    # The lists are the text: a paragraph of prose beside them would have made its own container.
    if not any(b.kind not in ("item", "heading") for b in points):
        return _with_list_heading(after, points)
    # A column of bare links beside the post (its table of contents) widens that box past the post's header: the
    # post is the headline's box, its date line apart.
    own_items = [b for b in items if b.chars > b.link_chars]
    post = next((a for a in blocks[start].element.iterancestors()
                 if all(within(b.element, a) for b in own_items)), None) if own_items else None
    points = [b for b in after if post is not None and within(b.element, post) and not is_stamp(b, page_days)]
    if not points or any(b.kind not in ("item", "heading") for b in points):
        return None
    return points


def _lines_beside_list(listing, after: list[Block]) -> list[Block]:
    """The blocks of the post's text element when the list is set straight in it beside short lines only (the line
    it follows, linked to what it lists, and a sentence after it): the same text as the list. None of them is a
    paragraph of prose, which would have made its own container."""
    element = listing.getparent()
    if element is None or not marks_own_entry(element) or wraps_own_post(element):
        return []
    lines = [b for b in after if within(b.element, element)]
    if any(b.kind not in ("item", "heading") and (b.kind != "p" or b.chars >= LONG_PARAGRAPH) for b in lines) \
            or all(b.kind in ("item", "heading") for b in lines):
        return []
    return lines


def _with_list_heading(after: list[Block], points: list[Block]) -> list[Block]:
    """The points with the line right above them that introduces them ("In this issue:"), a few words closing on a
    colon and linking nowhere: the list's heading, set as a paragraph of its own outside the list's element."""
    at = next(i for i, b in enumerate(after) if b is points[0])
    line = after[at - 1] if at else None
    if line is None or line.link_chars or not line.text.rstrip().endswith(":") \
            or len(line.text.split()) > _LIST_HEADING_WORDS:
        return points
    return [line, *points]


def _unheaded_post(blocks: list[Block]) -> list[Block]:
    """The blocks of a dated post whose theme shows no headline (it is only in <title> and the listing's teaser) and
    whose text is a line or two, too short or too linked to weigh as prose: what the page's one post wrapper
    (<article>, a CMS's node) holds. Where one of its parts holds most of its text and the others only lines that are
    no sentences (a subtitle, the tags), that part is the text. A wrapper holding a heading is judged by it, and two
    wrappers are a listing's teasers."""
    entries = {id(entry): entry for entry in (_outermost_wrapper(b.element) for b in blocks if b.kind in TEXT_KINDS)
               if entry is not None}
    if len(entries) != 1:
        return []
    entry = next(iter(entries.values()))
    inside = [b for b in blocks if within(b.element, entry)]
    if any(b.kind in ("title", "heading") for b in inside):
        return []
    parts = [part for part in entry if any(within(b.element, part) for b in inside)]
    main = max(parts, key=lambda part: sum(b.chars for b in inside if within(b.element, part)), default=None)
    header = [b for b in inside if main is not None and not within(b.element, main)]
    if main is not None and all(FULL_STOP.search(b.text) is None for b in header):
        inside = [b for b in inside if within(b.element, main)]
    # A bare address is no text (the post is a link alone): the writer says something of their own.
    return inside if any(b.chars - b.link_chars >= _OWN_LINE_CHARS for b in inside) else []


def _outermost_wrapper(element):
    return next((a for a in reversed(list(element.iterancestors())) if wraps_own_post(a)), None)


def _own_headline_at(blocks: list[Block], title: str | None) -> int | None:
    """Where the page's own headline stands: the <h1> showing the title or, where no <h1> does (the theme's <h1> is
    its logo, <title> the site's name on every page), the last heading showing it (a banner repeats the headline
    above the post's own <h2>)."""
    wanted = fold(title or "")
    if not wanted:
        return None
    shown = [i for i, b in enumerate(blocks) if b.kind in ("title", "heading") and fold(b.text) == wanted]
    return next((i for i in shown if blocks[i].kind == "title"), shown[-1] if shown else None)


def _own_sentence(block: Block) -> bool:
    """A paragraph (<p>) of the writer's words, no link, ending as a sentence does: a byline or a date line is
    loose text and ends on no full stop."""
    return block.kind == "p" and not block.link_chars and FULL_STOP.search(block.text) is not None


def _longest_run(blocks: list[Block]) -> int:
    longest = run = 0
    for block in blocks:
        if is_teaser_headline(block):
            run = 0
        elif block.kind in TEXT_KINDS and block.link_density < 0.35:
            run += block.chars
            longest = max(longest, run)
    return longest
