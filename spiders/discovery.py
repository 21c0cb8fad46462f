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
from news_archive.archive.urls import (absolute_url, folder_path, is_paginated_url, is_probably_html, listing_key,
                                       page_key, paged_only_by_post_id, sole_canonical, without_tracking)
from news_archive.spiders.card_link_bars import in_card_link_bar
from news_archive.spiders.entry_slots import headlines_by_place
from news_archive.spiders.navigation_regions import HEADINGS, PAGER_CLASS, NavigationRegions
from news_archive.spiders.script_links import LINKING_ELEMENTS, link_address
from news_archive.spiders.year_menus import year_menu_links

# Weaker signs of a pager, believed only for a link to an address of the listing's own family (a post's "Next"
# link leads elsewhere): the link's own class (Pelican `next_page`, `older-posts`) or its pager's (`pages`), its
# words ("Next →", "Äldre inlägg", "Weiter", a page number) and a "Page 1 of 5" beside it.
PAGER_OWN_CLASS = re.compile(
    r"(^|[\s_-])(pages|next|prev|previous|older|newer)([\s_-]|$)|(next|prev|older|newer)[-_]?(page|posts|entries)", re.I)
PAGER_TEXT = re.compile(
    r"^[«‹←<\s]*(?:(?:next|previous|prev|older|newer|nästa|föregående|äldre|nyare|weiter|zurück|nächste|vorherige|"
    r"ältere|neuere)(?:\s+(?:page|posts|entries|sida|inlägg|nyheter|artiklar|seite|beiträge|einträge))?|\d{1,3})?"
    r"[»›→>\s]*$", re.I)
PAGE_OF_PAGES = re.compile(r"\b(?:page|sida|seite)\s+\d+\s+(?:of|av|von)\s+\d+", re.I)
NUMBERS_IN_PATH = re.compile(r"[-_]?\d+")
INLINE_TAGS = {"strong", "b", "em", "i", "span", "u", "mark", "small"}
TEASER_MIN_WORDS = 4
LABEL_RELS = {"author", "tag"}  # what HTML says these links lead to: the writer's page, a topic's listing
# Classes themes give the label naming a post's section or writer in its card ("<span class="category"><a>Office of
# Emergency Management</a></span>"): the section's or writer's page, not a headline. Whole tokens only: WordPress
# classes every post's wrapper "category-<slug>".
LABEL_CLASSES = {"category", "categories", "cat-links", "post-categories", "entry-categories", "tags", "tag-links",
                 "byline", "author", "entry-author"}
# A link's line runs on for more words than this after it: a sentence the link opens, no headline's byline or label.
SENTENCE_AFTER_LINK_WORDS = 3
DATE_LINE_WORDS = 4  # "Mon, 3 March 2024 –" before a headline on its line: its date, no sentence
# A listing whose entries each close their excerpt with the same short link ("Läs mer", "Read more") to the entry's
# own page, under a headline that links nowhere: that many of them, to as many pages of the site, make them the
# entries' links. Labels closing lines to other sites, or under no headline of their entry ("[Code]", "[Project
# website]" after each item a lab's news page prints whole), lead to no entry's page.
MIN_CLOSING_LABELS = 4
CLOSING_LABEL_MAX_WORDS = 3
ENTRY_LEVELS = 3  # the excerpt's paragraph and two elements around it: an entry's headline is no further away
ENTRY_HEADERS = HEADINGS | {"header"}  # what an entry's headline stands in: a heading, or a <header> holding one
WORD = re.compile(r"\w+")
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
    own_listing, own_key = listing_key(page_url), page_key(page_url)
    seen, teasers, content_urls = set(), set(), set()
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
            if key not in teasers and href in content_urls and not regions.contains(anchor) \
                    and is_teaser_link(anchor, text, regions) and not inside_sentence(anchor) \
                    and not in_card_link_bar(anchor, page_url):
                links.teasers.append(href)
                links.headlines[href] = text
                _note_entry(links, href, anchor)
                teasers.add(key)
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
    for anchor in headlines_by_place(placed):  # a short headline where the listing's other entries have theirs
        href = link_address(anchor, page_url)
        if page_key(href) not in teasers:
            links.teasers.append(href)
            links.headlines[href] = " ".join(element_text(anchor).split())
            _note_entry(links, href, anchor)
            teasers.add(page_key(href))
    links.filters = [url for url, _text in links.content if page_key(url) not in teasers and is_filter_link(url, page_url)]
    return links


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


def element_text(element: etree._Element) -> str:
    """The element's text content (what lxml's text_content() gives); read straight from the element when it holds
    nothing but text, as most links do. text_content() runs an XPath query each time, on every link of every page:
    libxml2's text serialisation collects the same text nodes in a fifth of the time."""
    if not len(element):
        return element.text or ""
    return etree.tostring(element, method="text", encoding=str, with_tail=False)


def is_teaser_link(anchor: etree._Element, text: str, regions: NavigationRegions) -> bool:
    """True for a headline link (in or around a heading, or a sentence long), not a one-word label or menu entry.

    `text`: the link's words, `regions`: its page's NavigationRegions, which knows the headings above it."""
    if LABEL_RELS.intersection((anchor.get("rel") or "").lower().split()):
        return False  # "by <a rel=author>A. Writer, Some University</a>": its author's page, however many words
    if in_label(anchor):
        return False
    if len(text.split()) >= TEASER_MIN_WORDS:
        return True
    if text.isdigit():
        return False  # a year or a page number in a heading heads an archive or a pager, not a story
    # lxml picks the headings out in C, and a link with nothing but text holds none: a listing's pager asks this
    # of a hundred links a page.
    if anchor.tag in HEADINGS or (len(anchor) and next(anchor.iter(*HEADINGS), None) is not None):
        return True
    return regions.under_heading(anchor)


def in_label(anchor: etree._Element) -> bool:
    """The link stands in a card's section or writer label: an inline element classed so, around the link alone, or
    a line of its own classed so that shows the link's words alone ("<p class="entry-author"><a>A. Writer</a></p>")."""
    parent = anchor.getparent()
    while parent is not None and parent.tag in INLINE_TAGS:
        if LABEL_CLASSES.intersection((parent.get("class") or "").lower().split()):
            return True
        parent = parent.getparent()
    return parent is not None and parent.tag in ("p", "div") \
        and bool(LABEL_CLASSES.intersection((parent.get("class") or "").lower().split())) \
        and element_text(parent).split() == element_text(anchor).split()


def inside_sentence(anchor: etree._Element) -> bool:
    """True for a link in the middle of a paragraph's running text: the writer's own words come before it on its
    line ("The weekend is held online. <a>Further details and registration</a>."). A listing showing its posts in
    full links schedules, forms and results from their text; a teaser's headline opens its line, or follows its
    date ("3 mars 2024 – <a>…</a>"), and links side by side (a row of labels and headlines) are no sentence."""
    element, parent = anchor, anchor.getparent()
    while parent is not None and parent.tag in INLINE_TAGS:
        element, parent = parent, parent.getparent()
    if parent is None or parent.tag != "p":
        return False
    before = []  # the line's text before the link, nearest first; other links' words left out
    previous = element.getprevious()
    while previous is not None and previous.tag != "br":
        before.append(previous.tail or "")
        if isinstance(previous.tag, str) and previous.tag != "a":
            before.append(element_text(previous))
        previous = previous.getprevious()
    if previous is None:
        before.append(parent.text or "")
    words = WORD.findall(" ".join(before))
    return bool(words) and not (len(words) <= DATE_LINE_WORDS and any(word.isdigit() for word in words))


def entry_headline(anchor: etree._Element) -> str | None:
    """The headline of the entry the link closes: the one heading, linking nowhere, of the nearest element around
    the link's line that holds a heading (`<li><h1>Title</h1><p>byline</p><p>excerpt <a>Read more</a></p></li>`).
    None where the nearest holds several headings or a linked one, or none is near: an item printed whole under a
    line of text, its closing links leading to the work it names ("[Code]", "[Project website]"); and None where a
    headline linking a page stands before that element: the entry's own headline links its page, the heading found is
    a subtitle of its text, and the label a link of that text (a blog's listing showing its posts whole, each ending
    "Read more <a>here</a>" to another page of the site)."""
    node = anchor.getparent()
    for level in range(ENTRY_LEVELS):
        if node is None:
            return None
        headings = [element for element in node.iter(*HEADINGS) if element is not node]
        if headings:
            if len(headings) > 1 or next(headings[0].iter("a"), None) is not None:
                return None
            if _linked_headline_before(node, ENTRY_LEVELS - level):
                return None
            return " ".join(element_text(headings[0]).split()) or None
        node = node.getparent()
    return None


def _linked_headline_before(node: etree._Element, levels: int) -> bool:
    """True when an element before `node`, or before one of the `levels` - 1 elements around it, is a heading holding
    a link, or a <header> holding one: the headline of the entry `node` is part of."""
    for _level in range(levels):
        if node is None:
            return False
        for earlier in node.itersiblings(preceding=True):
            if earlier.tag in ENTRY_HEADERS and any(
                    heading.find(".//a[@href]") is not None
                    for heading in (earlier.iter(*HEADINGS) if earlier.tag == "header" else (earlier,))):
                return True
        node = node.getparent()
    return False


def opens_a_sentence(anchor: etree._Element) -> bool:
    """True for a link opening a paragraph's sentence that runs on after it ("<a>NSS 3.1</a> is available for download
    from the FTP site."): the subject of the writer's sentence, not a headline, which closes its line or is followed
    by its date or a word or two ("– 3 March 2024", "(video)")."""
    element, parent = anchor, anchor.getparent()
    while parent is not None and parent.tag in INLINE_TAGS:
        element, parent = parent, parent.getparent()
    if parent is None or parent.tag != "p":
        return False
    after = [element.tail or ""]
    following = element.getnext()
    while following is not None and following.tag != "br":
        after += [element_text(following) if isinstance(following.tag, str) else "", following.tail or ""]
        following = following.getnext()
    words = WORD.findall(" ".join(after))
    return len(words) > SENTENCE_AFTER_LINK_WORDS and not (len(words) <= DATE_LINE_WORDS
                                                             and any(word.isdigit() for word in words))


def closes_its_line(anchor: etree._Element) -> bool:
    """True for a link after which its line holds no more words: the "Read more" closing a teaser's excerpt."""
    element, parent = anchor, anchor.getparent()
    while parent is not None and parent.tag in INLINE_TAGS:
        element, parent = parent, parent.getparent()
    after = [element.tail or ""]
    following = element.getnext()
    while following is not None and following.tag != "br":
        after += [element_text(following) if isinstance(following.tag, str) else "", following.tail or ""]
        following = following.getnext()
    return not WORD.search(" ".join(after))


def is_pagination_link(anchor: etree._Element, href: str, text: str, page_url: str, own_listing: str,
                       regions: NavigationRegions) -> bool:
    """True for links to another page of the same listing: rel=next, a pager, or the same path with a page number."""
    rel = (anchor.get("rel") or "").lower().split()
    if "next" in rel or "prev" in rel:
        return True
    if listing_key(href) == own_listing and regions.in_pager(anchor):
        # a pager's own page of the listing however many its words: "First page « First", "Last page Last »"
        # (a label for screen readers beside the shown one) counts as many as a headline
        return True
    if is_teaser_link(anchor, text, regions):
        return False  # a headline, though its address looks like a page number (WordPress `/?p=123`)
    if listing_key(href) == own_listing:
        return not paged_only_by_post_id(href) or shows_pager_evidence(anchor, text)
    here, there = urlsplit(page_url), urlsplit(href)
    if there.netloc != here.netloc:
        return False
    if there.path.rstrip("/") == here.path.rstrip("/") and is_paginated_url(href):
        return True  # e.g. `?skip=20&take=20` first linked from the bare listing URL
    if regions.in_pager(anchor):
        return True
    return same_address_family(there.path, here.path) and shows_pager_evidence(anchor, text)


def shows_pager_evidence(anchor: etree._Element, text: str) -> bool:
    """True when the link looks like a pager's: its class or its parent's, its words, or a "Page 1 of 5" beside it."""
    parent = anchor.getparent()
    classes = f"{anchor.get('class', '')} {anchor.get('id', '')}"
    if parent is not None:
        classes += f" {parent.get('class', '')} {parent.get('id', '')}"
    if PAGER_CLASS.search(classes) or PAGER_OWN_CLASS.search(classes):
        return True
    if text and PAGER_TEXT.match(text):
        return True
    return parent is not None and PAGE_OF_PAGES.search(" ".join(element_text(parent).split())) is not None


def same_address_family(path: str, listing_path: str) -> bool:
    """True when two paths differ in their numbers alone (`/news/archive-2.html`, `/news/archive.html`, `/news/3/`,
    `/news/`): pages of one listing. A post's address (`/2014/05/28/slug/`) is of another family."""
    def family(value: str) -> str:
        return NUMBERS_IN_PATH.sub("", folder_path(value)).rstrip("/")
    return path != listing_path and family(path) == family(listing_path)
