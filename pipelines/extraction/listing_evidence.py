"""What in a page's text says it lists other pages: linked teaser headlines that are no related-posts block, a text
headed by a link to another page."""
from __future__ import annotations

from urllib.parse import urlsplit

from news_archive.archive.urls import is_start_page

from .ancestry import within
from .blocks import Block
from .container_scores import TEXT_KINDS
from .heading_lines import is_teaser_headline
from .links import absolute, all_lead_to_documents, links_to_page
from .own_post import wraps_own_post
from .stamp_lines import is_dated_line
from .text import fold

_LINES_UNDER_HEADLINE = 3
_SHORT_LINE = 100


def listing_teasers(inside: list[Block], kept: list[Block], dated: bool, url: str = "") -> list[Block]:
    """The linked teaser headlines among `inside` that say the page lists other pages.

    A headline linking to the page itself (`url`, in any address form) is the page's own post shown again, however
    often its CMS repeats it in the page's boxes (a promoted post in each of its display modes): no other page.

    A dated post whose text lies in a wrapper of its own (<article>, a post's classes) that holds no linked headline
    and is no card in a row of like ones keeps its page: teasers outside that wrapper ("You may also enjoy", "Latest
    news") are the theme's furniture around the post, however many and however short. A listing's text is a
    teaser's excerpt, whose card holds its linked headline, or spans many cards."""
    teasers = [b for b in inside if is_teaser_headline(b) and not _links_here_only(b.element, url)
               and not _leads_to_documents_only(b.element)]
    # Inside that wrapper, headlines linking only to other sites are the post's own subheadings (a roundup naming the
    # projects or tools it recommends, each over its description): a listing's teasers lead to the site's own pages.
    offsite = {id(b) for b in teasers if leads_to_other_sites_only(b.element, url)}
    wrapper = _own_wrapper(kept, [b for b in teasers if id(b) not in offsite]) if dated and teasers else None
    if wrapper is None:
        # A dated page in no wrapper of its own whose linked headlines all lead to other sites (a results post naming
        # each winner's entry on the jam's site) lists none of this site's pages either.
        return [] if dated and len(offsite) == len(teasers) else teasers
    return [b for b in teasers if within(b.element, wrapper) and not _in_card_of(b, wrapper)
            and id(b) not in offsite]


def post_box_apart_from_teasers(inside: list[Block], kept: list[Block], teasers: list[Block], title: str | None,
                                page_days: frozenset[str] | set[str]):
    """The post's own box, holding its headline, its date line and its text, holds none of the linked teaser
    headlines, which stand beside it: a short post set as a card of its own (often with no <article> or post
    class but the page's outer one) next to a column of other posts' cards ("More news"). A listing's cards share
    the box of its headline and text, and its header states no day of its own.

    The box must hold the post's prose, not every line the page-wide container kept: items (a language switcher's
    "EN | IT") are no prose, the cards' region holds the cards' excerpts (the post's own card among them), and the
    lines under the last card (the footer's company line, a trademark notice) close the page, not the post. The box,
    or None."""
    wanted = fold(title or "")
    headline = next((b for b in inside if b.kind in ("title", "heading") and wanted and fold(b.text) == wanted), None)
    text = [b for b in kept if b.kind not in ("title", "heading")]
    if headline is None or not text or not teasers or not page_days:
        return None
    below_cards = _below_last(inside, teasers)
    cards = _cards_region(teasers)
    prose = [b for b in text if b.kind in TEXT_KINDS and id(b.element) not in below_cards
             and (cards is None or not within(b.element, cards))] or text
    for box in headline.element.iterancestors():
        # Up from the headline until a teaser joins: only the lines of the post's own region are read for a date.
        if box.tag in ("body", "html") or any(within(t.element, box) for t in teasers):
            return None
        if all(within(b.element, box) for b in prose) \
                and any(within(b.element, box) and is_dated_line(b, page_days) for b in inside):
            return box
    return None


def _cards_region(teasers: list[Block]):
    """The smallest element holding every linked teaser headline, or None where that is the whole page."""
    for box in teasers[0].element.iterancestors():
        if box.tag in ("body", "html"):
            return None
        if all(within(t.element, box) for t in teasers):
            return box
    return None


def _below_last(inside: list[Block], teasers: list[Block]) -> set[int]:
    """The elements of the lines after the last linked teaser headline."""
    last = max((i for i, b in enumerate(inside) if any(b is t for t in teasers)), default=len(inside))
    return {id(b.element) for b in inside[last + 1:]}


def _links_here_only(heading, url: str) -> bool:
    links = [*heading.iterancestors("a"), *heading.iter("a")]
    return bool(url) and bool(links) and all(links_to_page(a.get("href"), url) for a in links)


def _leads_to_documents_only(heading) -> bool:
    """A headline whose links all lead to documents (a manual's PDF) labels a download in the post's text, no teaser
    of another page."""
    return all_lead_to_documents(a.get("href") or "" for a in (*heading.iterancestors("a"), *heading.iter("a")))


def leads_to_other_sites_only(heading, url: str) -> bool:
    """Every link of the heading leads to another site than the page's."""
    links = [*heading.iterancestors("a"), *heading.iter("a")]
    hosts = [urlsplit(absolute(a.get("href"), url) or "").netloc for a in links]
    return bool(url) and bool(links) and all(h and h != urlsplit(url).netloc for h in hosts)


def _own_wrapper(kept: list[Block], teasers: list[Block]):
    text = [b for b in kept if b.kind not in ("title", "heading")]
    if not text:
        return None
    for ancestor in text[0].element.iterancestors():
        if ancestor.tag in ("body", "html"):
            return None
        if not wraps_own_post(ancestor) or not all(within(b.element, ancestor) for b in text):
            continue
        # Cards set as <article>s inside the post's own ("Related posts" under its text) are its furniture, when
        # the post's text stands outside them.
        if any(within(b.element, ancestor) and not _in_card_of(b, ancestor) for b in teasers) \
                or all(_in_card_of(b, ancestor) for b in text) or _in_a_row(ancestor):
            return None
        return ancestor
    return None


def _in_card_of(block: Block, wrapper) -> bool:
    """The block sits in an <article> nested inside `wrapper`: another post's card."""
    for ancestor in block.element.iterancestors():
        if ancestor is wrapper:
            return False
        if ancestor.tag == "article":
            return True
    return False


def _in_a_row(element) -> bool:
    """The element has a sibling of its tag and classes: one card among many."""
    parent = element.getparent()
    return parent is not None and any(
        s is not element and s.tag == element.tag and s.get("class") == element.get("class") for s in parent)


def headed_elsewhere(blocks: list[Block], kept: list[Block], url: str) -> bool:
    """The heading over the text's first paragraph links to another page: the page repeats a post whose own page is
    there (an author or tag page showing one post whole), however long and dated the text."""
    return heading_linked_elsewhere(blocks, kept, url) is not None


def teaser_under_other_headline(blocks: list[Block], kept: list[Block], url: str, title: str | None) -> bool:
    """The text is headed by a link to another page, and that heading is not the page's own headline: one teaser of
    a listing under the listing's own name (a person's or a section's list of one post). A post's own headline
    linking to its permalink in another address form is no such heading."""
    heading = heading_linked_elsewhere(blocks, kept, url)
    if heading is None or not title or fold(heading.text) == fold(title):
        return False
    # A teaser links a post of the same site; a heading linking another site's page (a game's score card) or the
    # site's start page (its name over the text) heads no teaser.
    targets = [absolute(a.get("href"), url) for a in (*heading.element.iterancestors("a"), *heading.element.iter("a"))]
    return any(target and urlsplit(target).netloc == urlsplit(url).netloc and not is_start_page(target)
               and not links_to_page(target, url) for target in targets)


def heading_linked_elsewhere(blocks: list[Block], kept: list[Block], url: str) -> Block | None:
    """The teaser headline right over the text's first paragraph (a byline or date line between at most) when it
    links to another page, else None."""
    first = next((b for b in kept if b.kind not in ("title", "heading")), None)
    if first is None:
        return None
    position = next((i for i, b in enumerate(blocks) if b is first), None)
    if position is None:
        return None
    start = next((i for i in range(position - 1, -1, -1) if blocks[i].kind in ("title", "heading")), None)
    # Only a byline or a date line stands between a headline and its text.
    if start is None or position - start > _LINES_UNDER_HEADLINE + 1 \
            or any(b.chars > _SHORT_LINE for b in blocks[start + 1:position]):
        return None
    heading = blocks[start]
    if not is_teaser_headline(heading):
        return None
    element = heading.element
    links = [*element.iterancestors("a"), *element.iter("a")]
    return heading if any((a.get("href") or "").strip() and not links_to_page(a.get("href"), url) for a in links) \
        else None
