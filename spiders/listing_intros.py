"""A news listing's introduction (its own first paragraphs, above its first entry), and the pages that show it
again over a few of the listing's teasers: the listing narrowed to one topic or tag, however few posts it holds,
not a post."""
from __future__ import annotations

from lxml import etree

from news_archive.archive.urls import absolute_url, url_key
from news_archive.archive.word_measure import word_count
from news_archive.spiders.navigation_regions import NavigationRegions
from news_archive.spiders.pagetype import MAX_WORDS_PER_TEASER, RepeatedLinks, teaser_keys
from news_archive.spiders.teaser_links import element_text

# A line of a few words ("Read more", "Latest news") is said on many pages of a site: no introduction of the listing's.
MIN_INTRO_WORDS = 8
# An introduction says what the section is in a few paragraphs; a listing printing its entries whole goes on.
MAX_INTRO_PARAGRAPHS = 5
HEADINGS = ("h2", "h3", "h4", "h5", "h6")


class ListingIntros:
    """The introductions of the source's news listings read at depth 0 (each listing's folded paragraph texts), and the
    url_keys of their teasers."""

    def __init__(self):
        self.intros: set[frozenset[str]] = set()
        self.listed: set[str] = set()

    def note(self, root: etree._Element, page_url: str, regions: NavigationRegions) -> None:
        """Remember the listing's teasers and its own first paragraphs, above its first entry (a teaser's link, or a
        heading after them: an entry printed whole): what the section says of itself."""
        teasers = set(teaser_keys(root, page_url, regions))
        self.listed |= teasers
        intro = frozenset(p for p in _own_paragraphs(root, regions, page_url, until=teasers)[:MAX_INTRO_PARAGRAPHS]
                          if word_count(p) >= MIN_INTRO_WORDS)
        if intro:
            self.intros.add(intro)

    def narrowed_listing(self, root: etree._Element, page_url: str, regions: NavigationRegions,
                         found: dict[str, int], repeated: RepeatedLinks | None) -> bool:
        """True when the page repeats a news listing's whole introduction, shows teasers of other pages, one of them a
        post the news listings show too, and writes fewer words of its own beside them than a teaser's excerpt each
        (pagetype.lists_teasers' measure): a topic's or tag's page printing the section's introduction over its one to
        three posts' cards. A post quoting the section's blurb writes its own text beside it; a paragraph the site
        prints on every page (a banner) is no whole introduction; a listing of four teasers or more is one by
        lists_teasers.
        `found`: the page's teaser-like links (pagetype.teaser_keys), `repeated`: the links the source shows on most
        of its pages, no teasers of this one."""
        if not self.intros:
            return False
        teasers = [key for key in found if repeated is None or key not in repeated]
        if not self.listed.intersection(teasers):
            return False
        paragraphs = _own_paragraphs(root, regions, page_url)
        shown = set(paragraphs)
        return any(intro <= shown and sum(word_count(p) for p in paragraphs if p not in intro)
                   < MAX_WORDS_PER_TEASER * len(teasers) for intro in self.intros)


def _own_paragraphs(root: etree._Element, regions: NavigationRegions, page_url: str,
                    until: set[str] | None = None) -> list[str]:
    """The page's paragraphs outside site chrome and outside links (a card's excerpt inside its link is the teaser's),
    whitespace folded; with `until` (url_keys), only those above the first link to one of them and above the first
    heading after them."""
    body = root.find(".//body")
    if body is None:
        return []
    found = []
    for element in body.iter("p", "a", *HEADINGS):
        if element.tag in HEADINGS:
            if until is not None and found and not regions.contains(element):
                break
            continue
        if element.tag == "a":
            href = absolute_url(page_url, element.get("href", "")) if until is not None else None
            if href and url_key(href) in until and not regions.contains(element):  # the menu's link to it is chrome
                break
            continue
        if regions.contains(element) or next(element.iterancestors("a"), None) is not None:
            continue
        text = " ".join(element_text(element).split())
        if text:
            found.append(text)
    return found
