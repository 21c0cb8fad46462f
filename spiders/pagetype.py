"""Tell a listing page (teasers to follow) from a page that may be an article (to extract)."""
from __future__ import annotations

import json
import re
from collections import Counter
from urllib.parse import urlsplit

from lxml import etree

from news_archive.archive.cms_classes import shop_item_cards
from news_archive.archive.entry_markup import lists_other_entries
from news_archive.archive.word_measure import word_count
from news_archive.spiders.navigation_regions import NavigationRegions
from news_archive.spiders.teaser_links import element_text
from news_archive.archive.urls import absolute_url, is_paged_path, is_probably_html, listing_key, page_key, url_key

ARTICLE_TYPES = re.compile(r"(News|Blog|Report|Scholarly|Tech)?Article$|^BlogPosting$|^PressRelease$")
LISTING_TYPES = re.compile(r"^(CollectionPage|ItemList|SearchResultsPage)$")
MIN_TEASERS = 4
# Compiled once: asked of nearly every page a crawl fetches, and compiling one cost about as much as running it.
ENTRIES = etree.XPath("//*[contains(concat(' ', normalize-space(@class), ' '), ' hentry ') or "
                      "contains(concat(' ', normalize-space(@class), ' '), ' h-entry ')]")
SHORTLINK = etree.XPath("//link[@rel='shortlink']")
CANONICAL_HREF = etree.XPath("//link[@rel='canonical']/@href")
PUBLISHED_TIME = etree.XPath("//meta[@property='article:published_time' or @name='article:published_time']"
                              "[normalize-space(@content)]")
ARTICLE_ELEMENTS = etree.XPath("//article")
TITLE_LINKS = etree.XPath(".//*[self::h1 or self::h2 or self::h3]//a[@href]")
HEADLINE_LINKS = etree.XPath("//body//*[self::h1 or self::h2 or self::h3 or self::h4]//a[@href]")
FRAME_TAGS = frozenset({"nav", "header", "footer", "aside"})
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4"})
# Above a teaser's linked headline: a date, a category, an author line at most.
MAX_WORDS_ABOVE_TITLE = 20
# A listing's teasers carry a few lines of excerpt each; an article's prose runs far longer.
MAX_WORDS_PER_TEASER = 60
# A link shown on half the pages of a source, once it has shown this many, is part of its page frame.
REPEATED_SHARE = 0.5
MIN_PAGES_FOR_REPEATS = 4


def declared_type(root: etree._Element) -> str | None:
    """'article' or 'listing' when og:type, JSON-LD, a shortlink or hAtom entries say so, else None."""
    for meta in root.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() == "og:type":
            value = (meta.get("content") or "").strip().lower()
            if value == "article":
                return "article"
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for type_name in _jsonld_types(data):
            if ARTICLE_TYPES.search(type_name):
                return "article"
            if LISTING_TYPES.search(type_name):
                return "listing"
    return _entries_type(root)


def leads_to_its_next_page(root: etree._Element, url: str) -> bool:
    """True when the page links a later page of itself by its path (`/news/page/2/`, `/news/page2.html`): a paged
    listing's first page. A post's links to its neighbours are other pages; a `?p=N` shortlink is no page number."""
    own_listing = listing_key(url)
    for anchor in root.iter("a"):
        href = absolute_url(url, anchor.get("href", ""))
        if href and is_paged_path(urlsplit(href).path) and listing_key(href) == own_listing:
            return True
    return False


def _entries_type(root: etree._Element) -> str | None:
    """What the page's own markup of its entries says: several hAtom entries make it a listing, unless one of them is
    the page's own beside related posts; a shortlink makes it one entry (WordPress prints `rel=shortlink` on single
    posts and pages only). One hAtom entry says nothing: a month's archive may hold a single post. A shortlink beside
    a run of linked headlines says nothing either: other CMSs print it on every page, their listings too."""
    entries = ENTRIES(root)
    if len(entries) >= MIN_TEASERS and not _has_own_entry(entries):
        return "listing"
    if SHORTLINK(root) and not _has_headline_run(root):
        return "article"
    return None


def _has_own_entry(entries: list) -> bool:
    """True when one entry is the page's own: the only one whose headings link nowhere, set apart from the others
    (the element nearest to them all does not hold it). A post's theme marks the post an entry and its "related
    stories" cards entries too, each headed by a link to its post, in a box of their own; a listing's entries all
    link their posts, and share one list with any that does not."""
    unlinked = [entry for entry in entries if not _titled_by_link(entry)]
    if len(unlinked) != 1:
        return False
    own = unlinked[0]
    others = [entry for entry in entries if entry is not own]
    shared = set.intersection(*(set(entry.iterancestors()) for entry in others[1:])) if len(others) > 1 else set()
    nearest = next((parent for parent in others[0].iterancestors() if parent in shared), None)
    return nearest is not None and own not in nearest.iterdescendants()


def _titled_by_link(entry: etree._Element) -> bool:
    """True when the entry opens on a heading linking a page: a teaser's headline, at most a date or category line
    above it. A post's own entry may hold a linked heading further down its text (a button set as an <h3> to a form)."""
    title_links = TITLE_LINKS(entry)
    if not title_links:
        return False
    heading = next(parent for parent in title_links[0].iterancestors() if parent.tag in ("h1", "h2", "h3"))
    words = 0
    for text in entry.xpath(".//text()"):
        parent = text.getparent()
        if parent is heading or heading in parent.iterancestors():
            return True
        words += len(text.split())
        if words > MAX_WORDS_ABOVE_TITLE:
            return False
    return True


def _has_headline_run(root: etree._Element) -> bool:
    """True when headlines of one level, outside the page's navigation, header, footer and sidebars, link
    MIN_TEASERS different pages: a listing's teasers. A single post's headings (site name, title, "Comments",
    "Leave a reply") are of different levels, and their links go home or to places within the post."""
    targets: dict[str, set[str]] = {}
    for anchor in HEADLINE_LINKS(root):
        if any(parent.tag in FRAME_TAGS for parent in anchor.iterancestors()):
            continue
        heading = next(parent for parent in anchor.iterancestors() if parent.tag in HEADING_TAGS)
        address = anchor.get("href").split("#", 1)[0].strip()
        if address:
            targets.setdefault(heading.tag, set()).add(address)
    return any(len(addresses) >= MIN_TEASERS for addresses in targets.values())


class RepeatedLinks:
    """The links one source shows on most of its pages: a "latest news" or "related" block, not teasers.

    Counted over this crawl's pages and, on an incremental crawl, over what the source's most recently read pages showed
    in the crawls before it (`remember`, archive/repeated_links.py): a crawl fetching one new post has too few pages of
    its own to see a block repeated. A page read again counts once, for what it shows now."""

    def __init__(self):
        self.pages = 0
        self.seen_on: Counter[str] = Counter()  # url_key -> pages linking it
        self.earlier: dict[str, frozenset[str]] = {}  # page_key -> links an earlier crawl read on it, not read again
        self.observed: dict[str, frozenset[str]] = {}  # page_key -> the links this crawl read on it, to keep

    def remember(self, pages: dict[str, frozenset[str]]) -> None:
        """Count what earlier crawls read on the source's pages (page_key -> its links' url_keys)."""
        for page, links in pages.items():
            self.earlier[page] = links
            self.pages += 1
            self.seen_on.update(links)

    def observe(self, root: etree._Element, page_url: str, regions: NavigationRegions | None = None) -> dict[str, int]:
        """Count the page's teaser-like links; returns them (teaser_keys) for the page's own judgement."""
        found = teaser_keys(root, page_url, regions)
        page = page_key(page_url)
        if page in self.earlier:  # read again: it counts for what it shows now
            self.pages -= 1
            self.seen_on.subtract(self.earlier.pop(page))
        self.pages += 1
        self.seen_on.update(found.keys())  # one page each: `found` maps each link to its words, not its pages
        self.observed[page] = frozenset(found)
        return found

    def this_crawl(self) -> RepeatedLinks:
        """The links counted over this crawl's pages alone: a start page is judged as the first page of a crawl."""
        if not self.earlier:
            return self
        own = RepeatedLinks()
        own.pages = self.pages - len(self.earlier)
        own.seen_on = self.seen_on.copy()
        own.seen_on.subtract(link for links in self.earlier.values() for link in links)
        return own

    def frozen(self) -> RepeatedLinks:
        """The count as it stands: what the pages held for it are judged against, whatever is read after."""
        copy = RepeatedLinks()
        copy.pages, copy.seen_on, copy.earlier = self.pages, self.seen_on.copy(), dict(self.earlier)
        return copy

    def counts_repeats(self) -> bool:
        """Enough pages are read to tell the links most of them show."""
        return self.pages >= MIN_PAGES_FOR_REPEATS

    def __contains__(self, key: str) -> bool:
        return self.counts_repeats() and self.seen_on[key] >= REPEATED_SHARE * self.pages


class _EveryLinkRepeated(RepeatedLinks):
    """Every link counted as shown on most pages: what a page is judged with no teaser-like link of its own."""

    def this_crawl(self) -> RepeatedLinks:
        return self

    def __contains__(self, key: str) -> bool:
        return True


EVERY_LINK_REPEATED = _EveryLinkRepeated()
# No link counted as shown on most pages: what a page is judged with every teaser-like link of its own.
NO_LINK_REPEATED = RepeatedLinks()


def teaser_keys(root: etree._Element, page_url: str, regions: NavigationRegions | None = None) -> dict[str, int]:
    """url_key -> words of the page's teaser-like links outside site chrome and outside running text."""
    body = root.find(".//body")
    if body is None:
        return {}
    own_key, teasers = url_key(page_url), {}
    own_host = own_key.split("/", 1)[0]
    regions = NavigationRegions(root) if regions is None else regions
    # A shop's product cards (a grid of them set in a short post) offer items for sale: no teasers of posts.
    in_products = {a for card in shop_item_cards(body) for a in card.iterdescendants("a")}
    for anchor in body.iter("a"):
        # A headline in a script written without spaces is many words, not one (word_count).
        words = word_count(element_text(anchor))
        if not (words >= 3 or (len(anchor) and next(anchor.iter("h2", "h3"), None) is not None)):
            continue
        # Where the link sits first: most links a page shows are chrome, and their addresses need no key.
        if anchor in in_products or regions.contains(anchor) or _in_running_text(anchor, words):
            continue
        href = absolute_url(page_url, anchor.get("href", ""))
        if not href or not is_probably_html(href):  # a PDF or picture the text offers: no page of the site
            continue
        key = url_key(href)
        # Neither the page itself (its headline's permalink), the site's home (the logo, a "Home" link), nor
        # another site (a source the text cites): a listing's teasers lead to the site's own pages.
        if key != own_key and not _is_site_root(key) and key.split("/", 1)[0] == own_host:
            teasers[key] = teasers.get(key, 0) + words
    return teasers


def _is_site_root(key: str) -> bool:
    """True for the url_key of a host's root page: `host/`, no path and no query."""
    return key.endswith("/") and key.count("/") == 1


def _in_running_text(anchor: etree._Element, words: int) -> bool:
    """A link inside a sentence of a paragraph (a source, a partner's name), not a headline on its own."""
    block = next((a for a in anchor.iterancestors() if a.tag in ("p", "li", "dd", "td", "blockquote")), None)
    return block is not None and block.tag == "p" and word_count(element_text(block)) > 2 * words + 8


def _entries_link_elsewhere(root: etree._Element, page_url: str) -> bool:
    """True when the page's hAtom entries title themselves with links to other pages: a list of entries,
    even of one (a month's archive), where a single post's title links to itself or nowhere."""
    canonical = next(iter(CANONICAL_HREF(root)), None)
    own = {url_key(page_url)} | ({url_key(absolute_url(page_url, canonical) or page_url)} if canonical else set())
    entries = ENTRIES(root)
    if not entries:
        return False
    for entry in entries:
        title_links = TITLE_LINKS(entry) if _titled_by_link(entry) else []
        target = absolute_url(page_url, title_links[0].get("href")) if title_links else None
        if target is None or url_key(target) in own:
            return False
    return True


def is_listing(root: etree._Element, page_url: str, repeated: RepeatedLinks | None = None,
               regions: NavigationRegions | None = None, found: dict[str, int] | None = None) -> bool:
    """True when the page is mostly teasers linking to other pages of the site.

    Links the source repeats on most pages (`repeated`) are not teasers of this page. `regions` and `found`
    (the page's NavigationRegions and teaser_keys), when the caller worked them out already.
    """
    declared = declared_type(root)
    if declared:
        return declared == "listing"
    return lists_teasers(root, page_url, repeated, regions, found)


def lists_teasers(root: etree._Element, page_url: str, repeated: RepeatedLinks | None = None,
                  regions: NavigationRegions | None = None, found: dict[str, int] | None = None) -> bool:
    """What the page shows, whatever it declares: entries titled with links to other pages, or mostly teasers."""
    if _entries_link_elsewhere(root, page_url) or lists_other_entries(root, page_url):
        return True
    body = root.find(".//body")
    if body is None:
        return False
    regions = NavigationRegions(root) if regions is None else regions
    found = teaser_keys(root, page_url, regions) if found is None else found
    teasers = {key for key in found if repeated is None or key not in repeated}
    link_words = sum(found[key] for key in teasers)
    if len(teasers) < MIN_TEASERS:
        return False
    prose_words = sum(word_count(element_text(p)) for p in body.iter("p") if not regions.contains(p)) - link_words
    return prose_words < MAX_WORDS_PER_TEASER * len(teasers)


def shows_teasers_alone(root: etree._Element, page_url: str, repeated: RepeatedLinks | None = None,
                        regions: NavigationRegions | None = None, found: dict[str, int] | None = None) -> bool:
    """True when the page shows teasers linking to other pages of the site and writes less than one teaser's words of
    its own beside them: a news page of whole-card links, whatever it declares. A post with related posts under its
    text writes far more."""
    body = root.find(".//body")
    if body is None:
        return False
    regions = NavigationRegions(root) if regions is None else regions
    found = teaser_keys(root, page_url, regions) if found is None else found
    teasers = [key for key in found if repeated is None or key not in repeated]
    # The paragraphs outside every link: a card's excerpt inside its link is the teaser's, not the page's own text.
    # A paragraph printed twice is one text: a script-built page prints a box (a newsletter form's lines) once for
    # its desktop layout and once for its mobile one.
    own_texts = {" ".join(element_text(p).split()) for p in body.iter("p")
                 if not regions.contains(p) and next(p.iterancestors("a"), None) is None}
    own_words = sum(word_count(text) for text in own_texts)
    return len(teasers) >= MIN_TEASERS and own_words < MAX_WORDS_PER_TEASER


def one_dated_entry(root: etree._Element, page_url: str, repeated: RepeatedLinks | None = None,
                    regions: NavigationRegions | None = None, found: dict[str, int] | None = None,
                    in_feed: bool = False) -> bool:
    """True when the page shows itself one dated post: it declares an article with its publication time (or the
    site's feed lists it, `in_feed`), holds one <article> element at most, and shows no list of entries or teasers.
    A blog engine gives a post without a slug its bare date folder (`/blog/2024/02/11/`), the address of a day's
    archive elsewhere; the archive, several posts' teasers, shows itself a listing."""
    if declared_type(root) != "article" or not (in_feed or PUBLISHED_TIME(root)):
        return False
    return len(ARTICLE_ELEMENTS(root)) <= 1 and not lists_teasers(root, page_url, repeated, regions, found)


def _jsonld_types(data) -> list[str]:
    """Every @type named in a JSON-LD document, including inside @graph and lists."""
    found = []
    if isinstance(data, list):
        for entry in data:
            found += _jsonld_types(entry)
    elif isinstance(data, dict):
        kind = data.get("@type")
        found += [kind] if isinstance(kind, str) else [k for k in kind or [] if isinstance(k, str)]
        found += _jsonld_types(data.get("@graph", []))
    return found
