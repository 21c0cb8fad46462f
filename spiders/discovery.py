"""Find what to fetch next on an HTML page: its feeds and sitemaps named in the head, its pagination, and the
candidate article links among its teasers (site chrome left out: navigation_regions.py). Feeds and sitemaps
themselves are read in site_maps.py."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from lxml import etree

from news_archive.archive.cms_classes import entry_id
from news_archive.archive.entry_markup import MIN_LABEL_CARDS, label_card
from news_archive.archive.urls import (absolute_url, folder_path, is_probably_html, listing_key, page_key,
                                       sole_canonical, without_tracking)
from news_archive.spiders.card_link_bars import in_card_link_bar
from news_archive.spiders.entry_slots import headlines_by_place, inside_whole_entries
from news_archive.spiders.navigation_regions import NavigationRegions
from news_archive.spiders.pager_links import is_pagination_link, without_page_neighbours
from news_archive.spiders.script_links import LINKING_ELEMENTS, link_address
from news_archive.spiders.teaser_links import (ENTRY_LEVELS, INLINE_TAGS, WORD, closes_its_line, element_text,
                                               entry_headline, inside_sentence, is_teaser_link, opens_a_sentence)
from news_archive.spiders.year_menus import year_menu_links

# A listing whose entries each close their excerpt with the same short link ("Läs mer", "Read more") to the entry's
# own page, under a headline that links nowhere: that many of them, to as many pages of the site, make them the
# entries' links. Labels closing lines to other sites, or under no headline of their entry ("[Code]", "[Project
# website]" after each item a lab's news page prints whole), lead to no entry's page.
MIN_CLOSING_LABELS = 4
CLOSING_LABEL_MAX_WORDS = 3
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")


@dataclass
class PageLinks:
    """The links of one HTML page, sorted by what the crawler does with them."""

    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)  # `<link rel="sitemap">`: the site's sitemap, named in its head
    pagination: list[str] = field(default_factory=list)
    content: list[tuple[str, str]] = field(default_factory=list)  # (url, anchor text)
    # content links inside a paragraph's running text (inside_sentence, opens_a_sentence)
    in_text: list[str] = field(default_factory=list)
    teasers: list[str] = field(default_factory=list)  # content links shaped like a teaser: a headline, not a label
    headlines: dict[str, str] = field(default_factory=dict)  # teaser url -> its headline link's text
    entries: dict[str, str] = field(default_factory=dict)  # teaser url -> the post id its wrapper declares
    alternates: list[str] = field(default_factory=list)  # hreflang versions of this page
    languages: dict[str, str] = field(default_factory=dict)  # hreflang -> URL, the page's own entry too (head_links)
    filters: list[str] = field(default_factory=list)  # this listing narrowed by a query: `?year=2023`, `?category=x`
    canonical: str | None = None  # the page's own address as the site names it (rel=canonical)
    neighbours: list[str] = field(default_factory=list)  # rel=prev and rel=next in the head: on a post, the posts beside it


def page_links(root: etree._Element, page_url: str, regions: NavigationRegions | None = None) -> PageLinks:
    """Sort the links of a parsed HTML page into feeds, pagination, content links and hreflang alternates.

    `regions`: the page's NavigationRegions, when the caller asked it about the page already."""
    links = head_links(root, page_url)
    head_pages = list(links.pagination)
    own_listing, own_key = listing_key(page_url), page_key(page_url)
    seen, teasers, content_urls = set(), set(), set()
    # teaser url -> each headline link to it (a post's headline in the run, and a later post's text linking it)
    teaser_anchors: dict[str, list[etree._Element]] = {}
    # a short label's words -> (url, anchor, its entry's headline, whether it is a card's button) of each link to this
    # site with that label closing its line under an unlinked headline
    closing_labels: dict[str, list[tuple[str, etree._Element, str, bool]]] = {}
    placed: list[tuple[etree._Element, bool]] = []  # each content link's anchor, and whether its words make a headline
    linked_headline: dict[str, etree._Element] = {}  # page key -> the first link to it with words, off a sentence
    own_host = urlsplit(page_url).netloc
    regions = NavigationRegions(root) if regions is None else regions
    year_pages = year_menu_links(root, page_url)  # "2017 | 2016 | 2015": the listing's pages, one a year
    for anchor in LINKING_ELEMENTS(root):  # anchors, and teasers' headlines and pictures linking by a click handler
        href = link_address(anchor, page_url)
        if not href or not is_probably_html(href):
            continue
        key = page_key(href)
        if key == own_key:
            continue
        if key in seen:
            # A card links its picture first and its headline after: the headline makes it a teaser.
            text = " ".join(element_text(anchor).split())
            headline = (key not in teasers or href in teaser_anchors) and href in content_urls \
                and not regions.contains(anchor) and not inside_sentence(anchor) \
                and is_teaser_link(anchor, text, regions) and not in_card_link_bar(anchor, page_url)
            if headline and href in teaser_anchors:
                # another headline linking the post: its own in the listing's run, when a newer post's text linked it
                teaser_anchors[href].append(anchor)
                placed.append((anchor, True))
            if key not in teasers and headline:
                links.teasers.append(href)
                links.headlines[href] = text
                _note_entry(links, href, anchor)
                teasers.add(key)
                teaser_anchors.setdefault(href, []).append(anchor)
            elif key in linked_headline and 0 < len(text.split()) <= CLOSING_LABEL_MAX_WORDS \
                    and not regions.contains(anchor) and closes_its_line(anchor) \
                    and _one_card(linked_headline[key], anchor, page_url, key):
                # A card's linked headline, then its "Read more" to the same page: the button closing the listing's
                # cards makes a headline of a few words, which alone reads as a label, its entry's link too.
                headline = " ".join(element_text(linked_headline[key]).split())
                closing_labels.setdefault(text.casefold(), []).append((href, anchor, headline, False))
            continue
        text = " ".join(element_text(anchor).split())
        if anchor in year_pages or is_pagination_link(anchor, href, text, page_url, own_listing, regions):
            links.pagination.append(href)
            seen.add(key)
        elif (anchor.get("type") or "").lower() in FEED_TYPES:
            links.feeds.append(href)
            seen.add(key)
        elif not regions.contains(anchor):
            links.content.append((href, text))
            content_urls.add(href)
            if text and urlsplit(href).netloc == own_host and not inside_sentence(anchor):
                linked_headline[key] = anchor
            # A label in a card's link bar ("Blog of Anna Berg" beside "Read more") is no headline however long.
            headline = is_teaser_link(anchor, text, regions) and not in_card_link_bar(anchor, page_url)
            in_sentence = bool(text or headline) and inside_sentence(anchor)
            if in_sentence or (text and opens_a_sentence(anchor)):
                links.in_text.append(href)
            if text and not in_sentence:
                placed.append((anchor, headline))
            if headline and not in_sentence:
                links.teasers.append(href)
                links.headlines[href] = text
                _note_entry(links, href, anchor)
                teasers.add(key)
                teaser_anchors.setdefault(href, []).append(anchor)
            elif 0 < len(text.split()) <= CLOSING_LABEL_MAX_WORDS and urlsplit(href).netloc == own_host \
                    and closes_its_line(anchor):
                card = label_card(anchor)
                headline = card[1] if card is not None else entry_headline(anchor)
                if headline:
                    closing_labels.setdefault(text.casefold(), []).append((href, anchor, headline, card is not None))
            seen.add(key)
    for closing in closing_labels.values():
        # Buttons of their own closing cards under their headlines pair up however few (a pager's last page).
        fewest = MIN_LABEL_CARDS if all(carded for *_rest, carded in closing) else MIN_CLOSING_LABELS
        if len({page_key(href) for href, *_rest in closing}) >= fewest:
            for href, anchor, headline, _carded in closing:
                if page_key(href) not in teasers:
                    links.teasers.append(href)
                    links.headlines[href] = headline
                    _note_entry(links, href, anchor)
                    teasers.add(page_key(href))
                    teaser_anchors.setdefault(href, []).append(anchor)
    for anchor in headlines_by_place(placed):  # a short headline where the listing's other entries have theirs
        href = link_address(anchor, page_url)
        if page_key(href) not in teasers:
            links.teasers.append(href)
            links.headlines[href] = " ".join(element_text(anchor).split())
            _note_entry(links, href, anchor)
            teasers.add(page_key(href))
            teaser_anchors.setdefault(href, []).append(anchor)
    _leave_out_entry_texts(links, teaser_anchors, teasers)
    links.filters = [url for url, _text in links.content if page_key(url) not in teasers and is_filter_link(url, page_url)]
    links.pagination = without_page_neighbours(links.pagination, head_pages, page_url)
    return links


def _leave_out_entry_texts(links: PageLinks, teaser_anchors: dict[str, list[etree._Element]],
                           teasers: set[str]) -> None:
    """The teasers linked only from the text of a post the listing prints whole (entry_slots.inside_whole_entries) are
    links of that text: no entries of the listing's. A post the text links whose own headline is in the run stays."""
    inside = inside_whole_entries([anchor for anchors in teaser_anchors.values() for anchor in anchors])
    if not inside:
        return
    dropped = {href for href, anchors in teaser_anchors.items() if all(anchor in inside for anchor in anchors)}
    links.teasers = [href for href in links.teasers if href not in dropped]
    for href in sorted(dropped):
        links.headlines.pop(href, None)
        links.entries.pop(href, None)
        teasers.discard(page_key(href))
        if href not in links.in_text:
            links.in_text.append(href)


def _one_card(headline: etree._Element, button: etree._Element, page_url: str, key: str) -> bool:
    """The headline's link and the button stand in one card: an element a few levels above the button holds both and
    links no other page of the site (a tag list's link to a section page and that section's box further down are two
    entries)."""
    holder = button
    for _level in range(ENTRY_LEVELS + 1):
        holder = holder.getparent()
        if holder is None:
            return False
        if any(ancestor is holder for ancestor in headline.iterancestors()):
            host = urlsplit(page_url).netloc
            return all(page_key(href) == key for a in holder.iter("a")
                       if (href := absolute_url(page_url, a.get("href", ""))) and urlsplit(href).netloc == host)
    return False


def _note_entry(links: PageLinks, href: str, anchor: etree._Element) -> None:
    declared = entry_id(anchor)
    if declared is not None:
        links.entries[href] = declared


def is_filter_link(href: str, page_url: str) -> bool:
    """True for a link to the page's own listing narrowed by a query (`/news?year=2023` on `/news`), not to
    another page of it."""
    here, there = urlsplit(page_url), urlsplit(without_tracking(href))
    return bool(there.query) and there.netloc == here.netloc and there.path.rstrip("/") == here.path.rstrip("/") \
        and listing_key(href) != listing_key(page_url)


def neighbour_links(root: etree._Element, page_url: str, head: PageLinks | None = None) -> list[str]:
    """An article's links to the posts before and after it: `rel=prev`/`rel=next` in its head, or the links of its
    post navigation ("← Previous post"). Followed from post to post they reach every post of a blog whose listing
    pager breaks, stops after some pages, or was never there. Links below the page's own address (its second
    page, its comment pages) are the same post. `head`: the page's head_links, when the caller has them."""
    head = head_links(root, page_url) if head is None else head
    own_key = page_key(page_url)
    own_folder = folder_path(urlsplit(page_url).path).rstrip("/") + "/"
    found = []
    for href in head.neighbours + [absolute_url(page_url, anchor.get("href", "")) for anchor in _post_navigation_links(root)]:
        if not href or not is_probably_html(href) or page_key(href) == own_key or href in found:
            continue
        if urlsplit(href).path.startswith(own_folder):
            continue
        found.append(href)
    return found


# Links a post marks as its own topic's listing: HTML's rel=tag ("a tag page for the current document"), which blog
# engines also give the post's category links (WordPress `rel="category tag"`).
TERM_RELS = {"tag", "category"}
LINE_LABEL_MAX_WORDS = 2  # "Filed under:", "Tags:" before a post's own topic links


def term_listing_links(root: etree._Element, page_url: str, regions: NavigationRegions) -> list[str]:
    """The listings of the topics a page files itself under in its own markup (`<a rel="category tag"
    href="/category/press/">` by its date line), on its own host, once each. A tag cloud in the side column is the
    site's, on every page."""
    host, found = urlsplit(page_url).netloc, {}
    body = root.find(".//body")
    for anchor in (body.iter("a") if body is not None else ()):
        if not TERM_RELS.intersection((anchor.get("rel") or "").lower().split()) or regions.contains(anchor):
            continue
        url = absolute_url(page_url, anchor.get("href") or "")
        if url and urlsplit(url).netloc == host and is_probably_html(url):
            found.setdefault(page_key(url), url)
    return list(found.values())


def links_alone_to(root: etree._Element, page_url: str, keys: set[str], regions: NavigationRegions) -> bool:
    """Whether a link of the page's own, outside site chrome, leads to one of the pages `keys` names (page_key) and
    stands alone on its line, a label at most beside it: a tag list under a post (`<li><a>News</a></li>`, "Filed
    under: News, Events"), a "Back to news" link. A sentence's link ("see our news page") files the page nowhere."""
    body = root.find(".//body") if keys else None
    for anchor in (body.iter("a") if body is not None else ()):
        href = anchor.get("href")
        url = absolute_url(page_url, href) if href else None
        if url and page_key(url) in keys and not regions.contains(anchor) and _alone_on_its_line(anchor):
            return True
    return False


def _alone_on_its_line(anchor: etree._Element) -> bool:
    """The anchor's line (its nearest ancestor that is no inline element) holds no more than a label's words outside
    its links."""
    line = anchor.getparent()
    while line is not None and line.tag in INLINE_TAGS:
        line = line.getparent()
    if line is None:
        return False
    linked = sum(len(WORD.findall(" ".join(link.itertext()))) for link in line.iter("a"))
    return len(WORD.findall(" ".join(line.itertext()))) - linked <= LINE_LABEL_MAX_WORDS


def text_links(root: etree._Element, page_url: str, regions: NavigationRegions) -> Iterator[str]:
    """The page's links outside site chrome (menus, header, footer, sidebars) to other pages of its site: on an
    article, the links of its own text."""
    own_key, host = page_key(page_url), urlsplit(page_url).netloc
    body = root.find(".//body")
    for anchor in (body.iter("a") if body is not None else ()):
        href = anchor.get("href")
        if not href or regions.contains(anchor):
            continue
        url = absolute_url(page_url, href)
        if url and urlsplit(url).netloc == host and is_probably_html(url) and page_key(url) != own_key:
            yield url


# A single post's own navigation to the posts beside it: WordPress `post-navigation` and `nav-single`, Hugo
# themes' `post-nav` and `paginav`.
POST_NAVIGATION = re.compile(r"post-?nav|entry-nav|nav-single|nav-(?:previous|next)|paginav", re.I)
# Only <nav> elements are looked at: found in C in a blink, where asking each of a page's links about the
# elements around it cost more than the rest of reading an article's links.
NAV_ELEMENTS = etree.XPath("//nav[@class or @id]")
# Links a theme marks as the previous and next post, wherever they sit (WordPress's Neve: a <div> of them).
REL_NEIGHBOUR_ANCHORS = etree.XPath("//a[contains(@rel, 'prev') or contains(@rel, 'next')]")


def _post_navigation_links(root: etree._Element) -> Iterator[etree._Element]:
    for nav in NAV_ELEMENTS(root):
        if POST_NAVIGATION.search(f"{nav.get('class', '')} {nav.get('id', '')}"):
            yield from nav.iter("a")
    for anchor in REL_NEIGHBOUR_ANCHORS(root):
        if {"prev", "next"} & set(anchor.get("rel", "").lower().split()):
            yield anchor


def head_links(root: etree._Element, page_url: str) -> PageLinks:
    """Feeds, hreflang alternates and rel=next from the page's `<link>` elements alone: cheap, for article pages."""
    links = PageLinks()
    own_key = page_key(page_url)
    canonicals = []
    for element in root.iter("link"):
        rel = (element.get("rel") or "").lower().split()
        if "alternate" not in rel and "next" not in rel and "prev" not in rel and "canonical" not in rel \
                and "sitemap" not in rel:
            continue  # a stylesheet, an icon, a preload: no address to work out
        href = absolute_url(page_url, element.get("href", ""))
        if not href:
            continue
        if "sitemap" in rel:  # static generators name the sitemap index they write so, with no robots.txt
            links.sitemaps.append(href)
            continue
        if "alternate" in rel and (element.get("type") or "").lower() in FEED_TYPES:
            links.feeds.append(href)
        elif "alternate" in rel and element.get("hreflang"):
            links.languages.setdefault(element.get("hreflang").strip(), href)
            if page_key(href) != own_key:
                links.alternates.append(href)
        elif "next" in rel:
            links.pagination.append(href)
            links.neighbours.append(href)
        elif "prev" in rel:
            links.neighbours.append(href)
        elif "canonical" in rel:
            canonicals.append(href)
    links.canonical = sole_canonical(canonicals)
    return links


