"""Find what to fetch next: feeds, sitemaps, pagination and candidate article links on a page.

Sitemaps and robots.txt are read with Scrapy's own utilities; RSS and Atom feeds here, JSON Feeds in feed_items.py."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from urllib.parse import urlsplit

from news_archive.archive.cms_classes import entry_id
from news_archive.archive.entry_markup import MIN_LABEL_CARDS, label_card
from news_archive.archive.urls import (absolute_url, folder_path, is_paginated_url, is_probably_html, listing_key,
                                       page_key, paged_only_by_post_id, sole_canonical, without_tracking)
from news_archive.spiders.feed_document import FeedDocument, is_json_feed
from news_archive.spiders.feed_items import json_feed_links
from news_archive.spiders.script_links import LINKING_ELEMENTS, link_address

# Regions whose links are site navigation, never news: skipped when harvesting article links.
NAVIGATION_TAGS = {"nav", "aside", "form", "select", "button"}
PAGE_CHROME_TAGS = {"header", "footer"}  # chrome only outside <main>/<article>: teasers have <header>s too
# A listing's entry blocks with no <main>/<article> around them (Pelican's Pure theme: `<section class="post"><header>
# <h3><a>`) still show whose header it is: the block repeats beside like blocks, each with a header at the same depth
# holding a headline link. How deep in its block an entry's header may sit:
ENTRY_HEADER_DEPTH = 2
HEADERS_AT_DEPTH = {depth: etree.XPath("/".join(["."] + ["*"] * (depth - 1) + ["header"]))
                    for depth in range(1, ENTRY_HEADER_DEPTH + 1)}
HEADLINE_LINK = etree.XPath(".//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]//a[@href]")
NAVIGATION_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search"}
NAVIGATION_CLASS = re.compile(
    # `nav` or `navigation` naming a kind of teaser (`navigation-card__title`, BEM) is a card linking a post: content.
    r"(^|[\s_-])((nav|navigation)(?![_-](cards?|teasers?|tiles?)([\s_-]|$))|navbar|menu|breadcrumbs?|cookies?|consent|"
    r"sidebar|site-?footer|site-?header|skip-?link|social|share|sharing|language-?switcher|lang-?switch)([\s_-]|$)",
    re.I,
)
# Class words of a layout option saying where the column's sidebar sits or that it has one ("sidebar-right",
# "has-sidebar", "no-sidebar", and as BEM modifiers "with--sidebar-second", "without--sidebar-first"): themes put
# them on the main column as well as on the sidebar itself.
SIDEBAR_LAYOUT_WORD = re.compile(
    r"(?:(?:has|with|without|no)(?:[-_]{1,2})?sidebars?(?:[-_](?:first|second|left|right))?"
    r"|sidebars?[-_](?:left|right|both|none)|(?:left|right)[-_]sidebars?)", re.I)
# Class words naming a post's taxonomy terms (WordPress' post_class(): `category-social-media`, `tag-menu-planning`
# beside `hentry type-post` on every teaser and post wrapper): the site's topics, no role of the element, though a slug
# may hold a navigation word. Only on an element the classes mark a post's wrapper: a `category-menu` is a menu.
TERM_CLASS_WORD = re.compile(r"(?:category|tag)-[\w-]+", re.I)
POST_WRAPPER_WORD = re.compile(r"hentry|type-[\w-]+|status-publish", re.I)
# Class words saying the element leaves room for the site's menu bar ("has-navbar-fixed-top", Bulma's, on the column
# under a fixed bar): the element has a menu above it, it is none. Such a column may hold a listing's cards, mostly
# link words, which the sidebar words' test of prose would take for a menu.
MENU_LAYOUT_WORD = re.compile(r"(?:has|with)[-_](?:navbar|nav|menu)(?:[-_][a-z]+)*", re.I)
# The page and its main region: never a menu, whatever their classes say.
PAGE_TAGS = frozenset({"html", "body", "main"})
# A region named like navigation that holds a third of the page's words, most of them outside links, is a
# layout wrapper around the content (`<div class="nav-padding">` under a fixed menu bar), not a menu.
WRAPPER_TEXT_SHARE = 1 / 3
WRAPPER_MAX_LINK_SHARE = 0.5
PAGER_CLASS = re.compile(r"pag(er|ination|ing)|page-numbers|nav-links|load-?more", re.I)
# A block named like a pager is one when it holds page links: numbers, "Older posts", "Page 2 of 9", a hidden
# "Posts navigation" heading. A page builder's `ajax_pagination_container` or a "load more" wrapper holds the
# whole listing instead: headline links, or excerpts and bylines outside the links. Numbers outside the links
# (the current page, a page menu's options) are a pager's own.
PAGER_MAX_LOOSE_WORDS = 12
LETTER = re.compile(r"[^\W\d_]")
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
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
INLINE_TAGS = {"strong", "b", "em", "i", "span", "u", "mark", "small"}
TEASER_MIN_WORDS = 4
LABEL_RELS = {"author", "tag"}  # what HTML says these links lead to: the writer's page, a topic's listing
# Classes themes give the label naming a post's section or writer in its card ("<span class="category"><a>Office of
# Emergency Management</a></span>"): the section's or writer's page, not a headline. Whole tokens only: WordPress
# classes every post's wrapper "category-<slug>".
LABEL_CLASSES = {"category", "categories", "cat-links", "post-categories", "entry-categories", "tags", "tag-links",
                 "byline", "author"}
DATE_LINE_WORDS = 4  # "Mon, 3 March 2024 –" before a headline on its line: its date, no sentence
# A listing whose entries each close their excerpt with the same short link ("Läs mer", "Read more") to the entry's
# own page, under a headline that links nowhere: that many of them, to as many pages of the site, make them the
# entries' links. Labels closing lines to other sites, or under no headline of their entry ("[Code]", "[Project
# website]" after each item a lab's news page prints whole), lead to no entry's page.
MIN_CLOSING_LABELS = 4
CLOSING_LABEL_MAX_WORDS = 3
ENTRY_LEVELS = 3  # the excerpt's paragraph and two elements around it: an entry's headline is no further away
WORD = re.compile(r"\w+")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")
# Sitemaps a blog engine writes for its static pages, topics and authors (Yoast and Rank Math `page-sitemap.xml`,
# `post_tag-sitemap2.xml`; WordPress core `wp-sitemap-taxonomies-category-1.xml`, `wp-sitemap-users-1.xml`): none
# lists a post, and reading them costs a fetch for every page of the site that is not news.
NON_POST_SITEMAP = re.compile(
    r"/(?:(?:page|category|post_tag|tag|author)-sitemap|wp-sitemap-(?:posts-page|taxonomies-[\w-]+?|users))"
    r"-?\d*\.xml(?:\.gz)?$", re.I)


@dataclass
class PageLinks:
    """The links of one HTML page, sorted by what the crawler does with them."""

    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)  # `<link rel="sitemap">`: the site's sitemap, named in its head
    pagination: list[str] = field(default_factory=list)
    content: list[tuple[str, str]] = field(default_factory=list)  # (url, anchor text)
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
    own_host = urlsplit(page_url).netloc
    regions = NavigationRegions(root) if regions is None else regions
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
                    and is_teaser_link(anchor, text, regions) and not inside_sentence(anchor):
                links.teasers.append(href)
                links.headlines[href] = text
                _note_entry(links, href, anchor)
                teasers.add(key)
            continue
        text = " ".join(element_text(anchor).split())
        if is_pagination_link(anchor, href, text, page_url, own_listing, regions):
            links.pagination.append(href)
            seen.add(key)
        elif (anchor.get("type") or "").lower() in FEED_TYPES:
            links.feeds.append(href)
            seen.add(key)
        elif not regions.contains(anchor):
            links.content.append((href, text))
            content_urls.add(href)
            if is_teaser_link(anchor, text, regions) and not inside_sentence(anchor):
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
    links.filters = [url for url, _text in links.content if page_key(url) not in teasers and is_filter_link(url, page_url)]
    return links


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
    if _in_label(anchor):
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


def _in_label(anchor: etree._Element) -> bool:
    """The link stands in a card's section or writer label: an inline element classed so, around the link alone."""
    parent = anchor.getparent()
    while parent is not None and parent.tag in INLINE_TAGS:
        if LABEL_CLASSES.intersection((parent.get("class") or "").lower().split()):
            return True
        parent = parent.getparent()
    return False


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
    line of text, its closing links leading to the work it names ("[Code]", "[Project website]")."""
    node = anchor.getparent()
    for _level in range(ENTRY_LEVELS):
        if node is None:
            return None
        headings = [element for element in node.iter(*HEADINGS) if element is not node]
        if headings:
            if len(headings) > 1 or next(headings[0].iter("a"), None) is not None:
                return None
            return " ".join(element_text(headings[0]).split()) or None
        node = node.getparent()
    return None


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


class NavigationRegions:
    """Which elements of one parsed page sit in site chrome (menus, breadcrumbs, header, footer, sidebars), and
    which under a heading.

    An element is in chrome when an ancestor is navigation, or when an ancestor is a header or footer and none
    is the page's main content; a header opening one of a listing's repeated entry blocks is the entry's, no chrome.
    What holds for an element's ancestors is worked out once per element and kept: a page's links share their
    ancestors, and every link of a listing was asked about.
    """

    def __init__(self, root: etree._Element):
        self.root = root
        self._page_text: int | None = None  # the words of the whole document, <head> included
        self._shown_text: int | None = None  # the words readers see: the <body>'s, its scripts and styles left out
        # Holding the elements as keys keeps lxml's proxies alive, so the keys stay valid.
        self._wrappers: dict[etree._Element, bool] = {}
        self._in_navigation: dict[etree._Element, bool] = {}  # element -> it or an ancestor is navigation
        # element -> (under page chrome, under content, under a heading), the element itself counted
        self._framing: dict[etree._Element, tuple[bool, bool, bool]] = {}
        # (parent, tag, class, depth) -> the blocks of that kind under that parent repeat, each with an entry header
        self._entry_groups: dict[tuple, bool] = {}
        self._pagers: dict[etree._Element, bool] = {}  # pager-named element -> it holds page links, not a listing

    def in_pager(self, element: etree._Element) -> bool:
        """True when an ancestor of the element is named like a pager and holds page links, not a listing."""
        return any(PAGER_CLASS.search(f"{node.get('class', '')} {node.get('id', '')}") and self._is_pager(node)
                   for node in element.iterancestors())

    def _is_pager(self, element: etree._Element) -> bool:
        if element not in self._pagers:
            loose_words = _lettered_words(element) - sum(_lettered_words(anchor) for anchor in element.iter("a"))
            self._pagers[element] = loose_words <= PAGER_MAX_LOOSE_WORDS and not HEADLINE_LINK(element)
        return self._pagers[element]

    def contains(self, element: etree._Element) -> bool:
        parent = element.getparent()
        if parent is None:
            return False
        if self._navigation_at_or_above(parent):
            return True
        chrome, content, _heading = self._framing_at_or_above(parent)
        return chrome and not content

    def under_heading(self, element: etree._Element) -> bool:
        """True when an ancestor of the element is a heading (h1 to h6)."""
        parent = element.getparent()
        # Asked of every link of a listing's pager: one walk up per parent, where lxml's iterancestors() with
        # six tag names took two microseconds a link.
        return parent is not None and self._framing_at_or_above(parent)[2]

    def _navigation_at_or_above(self, element: etree._Element) -> bool:
        below = []  # elements up to the first one already known, nearest first
        node, found = element, False
        while node is not None:
            known = self._in_navigation.get(node)
            if known is not None:
                found = known
                break
            below.append(node)
            if self._is_navigation(node):
                found = True
                break
            node = node.getparent()
        for node in below:  # all of them sit inside what was found, or nothing was
            self._in_navigation[node] = found
        return found

    def _is_navigation(self, element: etree._Element) -> bool:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in NAVIGATION_TAGS or (element.get("role") or "").lower() in NAVIGATION_ROLES:
            return True
        if tag in PAGE_TAGS:  # their classes name layout options ("menu_sidebar_slide_left"), not a menu
            return False
        words = [word for word in f"{element.get('class', '')} {element.get('id', '')}".split()
                 if not MENU_LAYOUT_WORD.fullmatch(word)]
        if any(POST_WRAPPER_WORD.fullmatch(word) for word in words):
            words = [word for word in words if not TERM_CLASS_WORD.fullmatch(word)]
        names = " ".join(words)
        if not NAVIGATION_CLASS.search(names):
            return False
        if not NAVIGATION_CLASS.search(" ".join(word for word in names.split()
                                                if not SIDEBAR_LAYOUT_WORD.fullmatch(word))):
            # Named only by where a sidebar sits: the sidebar, or the main column beside it, which holds the
            # page's text (its teasers and excerpts, the post) rather than links, or the page's wrapper around its
            # masthead, main region and footer (a listing of link-only teasers holds little text outside links).
            return not (self._holds_page_text(element) or _frames_page(element))
        if _names_only_a_sidebar(words) and _holds_sidebar_beside_column(element):
            return False
        return not self._is_wrapper(element)

    def _framing_at_or_above(self, element: etree._Element) -> tuple[bool, bool, bool]:
        """(a header or footer, main content, a heading): whether the element or an ancestor is one."""
        above = []  # elements up to the first one already known, nearest first
        node, framing = element, (False, False, False)
        while node is not None:
            known = self._framing.get(node)
            if known is not None:
                framing = known
                break
            above.append(node)
            node = node.getparent()
        for node in reversed(above):
            tag = node.tag if isinstance(node.tag, str) else ""
            chrome = tag in PAGE_CHROME_TAGS and not (tag == "header" and self._is_entry_header(node))
            framing = (framing[0] or chrome,
                       framing[1] or tag in ("main", "article") or (node.get("role") or "").lower() == "main",
                       framing[2] or tag in HEADINGS)
            self._framing[node] = framing
        return framing

    def _is_entry_header(self, header: etree._Element) -> bool:
        """True when the header is an entry's own, not the page's masthead: it holds a headline link, and the block
        it opens repeats as a sibling of like blocks (same tag and class), at least one of them with a header at
        the same depth holding a headline link too. A masthead's wrapper has no such twin."""
        if not HEADLINE_LINK(header):
            return False
        block = header.getparent()
        for depth in range(1, ENTRY_HEADER_DEPTH + 1):
            if block is None or block.tag in ("body", "html") or block.getparent() is None:
                return False
            if self._repeats_with_headers(block, depth):
                return True
            block = block.getparent()
        return False

    def _repeats_with_headers(self, block: etree._Element, depth: int) -> bool:
        key = (block.getparent(), block.tag, block.get("class"), depth)
        if key not in self._entry_groups:
            headers = HEADERS_AT_DEPTH[depth]
            twins = [sibling for sibling in block.getparent()
                     if sibling.tag == block.tag and sibling.get("class") == block.get("class")]
            self._entry_groups[key] = sum(
                1 for twin in twins if any(HEADLINE_LINK(header) for header in headers(twin))) >= 2
        return self._entry_groups[key]

    def _is_wrapper(self, element: etree._Element) -> bool:
        if element not in self._wrappers:
            # A menu's words are mostly its links': that settles it before the whole page's words are counted.
            words = _own_words(element)
            if words and self._page_text is None:
                self._page_text = _word_count(self.root)
            self._wrappers[element] = bool(words) and words >= WRAPPER_TEXT_SHARE * max(self._page_text, 1)
        return self._wrappers[element]

    def _holds_page_text(self, element: etree._Element) -> bool:
        """True when most of the element's words are outside links and it holds a third of the words readers
        see on the page (a <head> full of styles is no text of the page)."""
        words = _own_words(element)
        if words and self._shown_text is None:
            body = self.root.find(".//body")
            shown = body if body is not None else self.root
            self._shown_text = _word_count(shown) - sum(_word_count(node) for node in shown.iter("script", "style"))
        return bool(words) and words >= WRAPPER_TEXT_SHARE * max(self._shown_text, 1)


SIDEBAR_HOLDERS = etree.XPath("descendant-or-self::*[self::aside or @role='complementary']")


def _names_only_a_sidebar(words: list[str]) -> bool:
    """Every class word naming the element as navigation names a sidebar ("background_color_sidebar")."""
    return all("sidebar" in word.lower() for word in words if NAVIGATION_CLASS.search(word))


def _holds_sidebar_beside_column(element: etree._Element) -> bool:
    """The element holds the page's sidebar (an <aside>) in one of its blocks and words in another, beside it: it is
    the two columns' wrapper, named by its layout ("two_columns background_color_sidebar"), not the sidebar itself,
    whose widgets are all it holds."""
    with_sidebar = without = False
    for child in element:
        if not isinstance(child.tag, str) or child.tag in HEADINGS:
            continue
        if SIDEBAR_HOLDERS(child):
            with_sidebar = True
        elif _word_count(child):
            without = True
    return with_sidebar and without


# The page's main region, its masthead and its footer (not an entry's own <header> or <footer>): a sidebar holds
# neither the main region nor both of the others.
PAGE_MAIN = etree.XPath(".//*[self::main or @role='main']")
PAGE_MASTHEAD = etree.XPath(".//*[(self::header or @role='banner') and not(ancestor::article)]")
PAGE_FOOTER = etree.XPath(".//*[(self::footer or @role='contentinfo') and not(ancestor::article)]")


def _frames_page(element: etree._Element) -> bool:
    return bool(PAGE_MAIN(element)) or (bool(PAGE_MASTHEAD(element)) and bool(PAGE_FOOTER(element)))


# The element's text nodes as plain strings: itertext() makes a Python object for every element on the way.
TEXT_NODES = etree.XPath(".//text()", smart_strings=False)


def _word_count(element: etree._Element) -> int:
    return len(" ".join(TEXT_NODES(element)).split())


def _own_words(element: etree._Element) -> int:
    """The element's word count when most of its words are outside its links (text, not a menu), else 0."""
    words = _word_count(element)
    link_words = sum(_word_count(anchor) for anchor in element.iter("a")) if words else 0
    return words if link_words < WRAPPER_MAX_LINK_SHARE * words else 0


def _lettered_words(element: etree._Element) -> int:
    return sum(1 for word in " ".join(TEXT_NODES(element)).split() if LETTER.search(word))


def sub_path_roots(start_urls: list[str]) -> list[str]:
    """The first folder of start URLs that sit deeper (`/club/news/` -> `/club/`): where a site served under a
    sub-path (a GitHub Pages project site) has its root."""
    found = []
    for url in start_urls:
        parts = urlsplit(url)
        segments = [segment for segment in parts.path.split("/") if segment]
        if len(segments) > 1:
            root = f"{parts.scheme}://{parts.netloc}/{segments[0]}/"
            if root not in found:
                found.append(root)
    return found


def sub_path_robots(start_urls: list[str]) -> list[str]:
    """robots.txt in the sub-path roots of start URLs: a site served under a sub-path names its sitemap there, while
    the host's own robots.txt knows nothing of it. Read for its `Sitemap:` lines only: only the host's robots.txt
    says what may be fetched."""
    return [f"{root}robots.txt" for root in sub_path_roots(start_urls)]


def feed_kind(body: bytes) -> str | None:
    """'rss', 'atom', 'json', 'sitemap' or 'sitemapindex' when the body is such a feed (RSS 1.0 too, an RDF
    document) or sitemap, else None."""
    if is_json_feed(body):
        return "json"
    head = body[:2048].lstrip().lower()
    if not head.startswith(b"<?xml") and not head.startswith(b"<rss") and not head.startswith(b"<feed") \
            and not head.startswith(b"<rdf:rdf") and not head.startswith(b"<urlset") \
            and not head.startswith(b"<sitemapindex"):
        return None
    for marker, kind in ((b"<rss", "rss"), (b"<rdf:rdf", "rss"), (b"<feed", "atom"), (b"<urlset", "sitemap"),
                         (b"<sitemapindex", "sitemapindex")):
        if marker in head:
            return kind
    return None


def lists_no_posts(sitemap_url: str) -> bool:
    """True for a sitemap the site's engine names as one of its static pages, topics or authors."""
    return NON_POST_SITEMAP.search(urlsplit(sitemap_url).path) is not None


def xml_links(feed: FeedDocument, base_url: str) -> list[str]:
    """Item links of an RSS, Atom or JSON feed, or the `<loc>`s of a sitemap or sitemap index. An item's link keeps
    its fragment: a comments feed's items link to places within pages (`#comment-12`)."""
    kind = feed_kind(feed.body)
    if kind == "json":
        return json_feed_links(feed, base_url)
    if kind in ("sitemap", "sitemapindex"):  # Scrapy's reader, on the bytes: it parses them its own way
        return list(dict.fromkeys(url for entry in Sitemap(feed.body)
                                  if (url := absolute_url(base_url, entry.get("loc", "")))))
    root = feed.root
    if root is None:
        return []
    urls = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        name = etree.QName(element).localname
        parent = element.getparent()
        parent_name = etree.QName(parent).localname if parent is not None else ""
        if name == "link" and parent_name == "item":
            href = element.text or ""
        elif name == "link" and parent_name == "entry" and element.get("rel", "alternate") == "alternate":
            href = element.get("href", "")
        else:
            continue
        url = absolute_url(base_url, href)
        if url and (place := urlsplit(href.strip()).fragment):
            url += "#" + place  # a place within a page (a comment on it): the crawl's decisions read it
        if url and url not in urls:
            urls.append(url)
    return urls


def robots_sitemaps(body: bytes, base_url: str) -> list[str]:
    """The `Sitemap:` lines of a robots.txt, as absolute URLs."""
    return [url for line in sitemap_urls_from_robots(body, base_url) if (url := absolute_url(base_url, line))]
