"""A listing's card of a post: a headline linking the post's own page, in a box that links there once more ("Read
more", "1 comment") under the post's text, whole or cut. A CMS's per-user blog page shows its person's posts so,
under the listing's own heading; the post's own page heads its text with its own headline."""
from __future__ import annotations

from news_archive.archive.urls import page_key

from .ancestry import within
from .blocks import Block
from .heading_lines import is_teaser_headline
from .links import absolute, links_to_page
from .listing_evidence import heading_linked_elsewhere, leads_to_other_sites_only, teaser_under_other_headline
from .text import fold


class LinkBoxes:
    """The page's links by the page each leads to (its page key), each as the elements around it: read before pruning
    takes a post's link bar ("Read more", "1 comment"), which card_box looks for. The addresses are resolved on the
    first look-up: most pages never need one, and resolving every link of a page cost a tenth of its extraction."""

    def __init__(self, root, url: str):
        self._url = url
        self._links = [(href, tuple(a.iterancestors())) for a in root.iter("a") if (href := a.get("href"))]
        self._by_page: dict[str, list[tuple]] | None = None

    def get(self, key: str, default=()) -> list[tuple] | tuple:
        return self._resolved().get(key, default)

    def __bool__(self) -> bool:
        return bool(self._resolved())

    def pages_within(self, box) -> dict[str, list[tuple]]:
        """The page keys of the links the box held before pruning (a card's "Read" button in a footer pruned as
        furniture still tells which page the card teases), each with the elements between its link and the box as
        they stood then. Only these links are resolved, not the page's."""
        pages: dict[str, list[tuple]] = {}
        for href, around in self._links:
            for at, element in enumerate(around):
                if element is box:
                    if target := absolute(href, self._url):
                        pages.setdefault(page_key(target), []).append(around[:at])
                    break
        return pages

    def _resolved(self) -> dict[str, list[tuple]]:
        if self._by_page is None:
            self._by_page = {}
            for href, around in self._links:
                if target := absolute(href, self._url):
                    self._by_page.setdefault(page_key(target), []).append(around)
        return self._by_page


def card_box(heading, url: str, page_links: LinkBoxes, others=()):
    """The box around a headline linking another page that links to that page once more ("Read more", "1 comment"
    under a listing's card of a post), up to the first box holding another of `others` (the page's other headlines);
    None when there is none."""
    keys = {page_key(t) for a in (*heading.iterancestors("a"), *heading.iter("a"))
            if (t := absolute(a.get("href"), url)) and not links_to_page(t, url)}
    for box in heading.iterancestors():
        if box.tag in ("body", "html") or any(within(other, box) for other in others if other is not heading):
            return None
        if any(sum(1 for around in page_links.get(key, ()) if any(e is box for e in around)) > 1 for key in keys):
            return box
    return None


def lone_card_of_a_post(blocks: list[Block], kept: list[Block], url: str, title: str | None, canonical: str | None,
                        page_links: LinkBoxes) -> bool:
    """The text is one teaser under a headline not the page's own (teaser_under_other_headline), in a listing's card:
    the box holding the headline and the text links to the headline's page again, and is the page's only such card.

    A post's own page is no such card however its theme sets its headline: its headline links to its own address or
    canonical; a category or a byline linked over its text ("Personal Health", "In Travel") sits in a box that holds
    the post's own headline too. A page of several such cards, each a whole article (a weekly edition's), is left to
    the rules on listings of many."""
    if not teaser_under_other_headline(blocks, kept, url, title) or not page_links:
        return False
    heading = heading_linked_elsewhere(blocks, kept, url).element
    targets = [t for a in (*heading.iterancestors("a"), *heading.iter("a")) if (t := absolute(a.get("href"), url))]
    if canonical and any(page_key(t) == page_key(canonical) for t in targets):
        return False
    # A heading in the post's text linking to another site (a survey's form) heads no card of the listing.
    headings = [b.element for b in blocks if b.kind in ("title", "heading") and is_teaser_headline(b)
                and not leads_to_other_sites_only(b.element, url)]
    cards = [h for h in headings if card_box(h, url, page_links, headings) is not None]
    box = card_box(heading, url, page_links, headings)
    if box is None or cards != [heading]:
        return False
    own = fold(title or "")
    return not any(fold(" ".join(h.itertext())) == own for h in box.iter("h1", "h2", "h3", "h4", "h5", "h6"))


def cards_of_posts(teasers: list[Block], url: str, page_links: LinkBoxes) -> int:
    """How many of the teaser headlines head a card that links to their page again (card_box)."""
    headings = [b.element for b in teasers]
    return sum(1 for h in headings if card_box(h, url, page_links, headings) is not None)
