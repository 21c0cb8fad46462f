"""The pages a start listing's top menu names, and whether one shows the start listing's own post cards.

A news listing with no pager shows the newest posts alone. Some sites show the older ones only on other pages of
their top menu ("Observatory", "Reflections"): static pages whose page builder prints the posts of a topic as cards
of the very make the news listing's are, linking their month archives too. Whether such a page is read as a listing
is the source's call (decisions.SourceDecisions.from_top_menu); this module only reads the menus and the cards."""
from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from lxml import etree

from news_archive.archive.urls import absolute_url, is_probably_html, page_key
from news_archive.spiders.navigation_regions import NavigationRegions
from news_archive.spiders.section_listings import own_submenu_anchors

# The classes of this many classed elements around a teaser's link (its picture box, its card, the card's slot) make
# the card's make: the theme's, the same on every listing it prints, another on a page of services or people.
CARD_MAKE_LEVELS = 3
# One classed level of a card's make: the element's tag and its class names.
CardLevel = tuple[str, frozenset[str]]
# A card's make: its classed levels, the link's own first.
CardMake = tuple[CardLevel, ...]
# A menu page showing this many links to other pages in cards of the start listing's make lists posts as it does.
MIN_CARDS_OF_MAKE = 2
# A <nav> of bare links (no list) is a menu when it holds this many.
MIN_BARE_MENU_LINKS = 3
# An archive of the posts a start listing shows the newest of lists most of those, on one page or along its pager.
SHOWN_SHARE = 2 / 3


def top_menu_links(root: etree._Element, page_url: str, regions: NavigationRegions) -> list[str]:
    """The links of the submenu under the page's own menu entry ("Press": Latest news, In the media), then of the
    top-level entries of the page's menus (`<nav><ul><li><a>`, no list item above the entry's list; or the links of a
    `<nav>` holding a few and no list item), to other pages of its host, in order, once each. Other submenus name the parts of
    a section, not its own pages."""
    host, own = urlsplit(page_url).netloc.lower(), page_key(page_url)
    own_entry = own_submenu_anchors(root, page_url, regions)
    top_level = (anchor for anchor in root.iter("a") if _opens_top_entry(anchor) and regions.contains(anchor))
    found: dict[str, str] = {}
    for anchor in [*own_entry, *top_level]:
        url = absolute_url(page_url, anchor.get("href") or "")
        if not url or urlsplit(url).netloc.lower() != host or urlsplit(url).query or not is_probably_html(url):
            continue
        if page_key(url) != own:
            found.setdefault(page_key(url), url)
    return list(found.values())


def _opens_top_entry(anchor: etree._Element) -> bool:
    entry = anchor.getparent()
    if entry is not None and entry.tag == "li":
        return not any(above.tag == "li" for above in entry.iterancestors())
    # a menu written with no list, of a few links at least: a logo's link alone in a header row, or beside a <nav>'s
    # list, names no entry of it
    nav = next((above for above in anchor.iterancestors() if above.tag == "nav"), None)
    return nav is not None and next(nav.iter("li"), None) is None \
        and sum(1 for _link in nav.iter("a")) >= MIN_BARE_MENU_LINKS


def card_makes(root: etree._Element, page_url: str, regions: NavigationRegions,
               urls: list[str] | None = None, short_makes: bool = False) -> dict[CardMake, dict[str, str]]:
    """The make of each card linking another page outside site chrome (or only the cards linking `urls`), with the
    pages each make links (page_key -> url): the classes of the link's nearest classed elements, the link's own
    first. `short_makes`: a card with fewer classed elements around it than CARD_MAKE_LEVELS (a hand-written page's
    `div.posts > a.post`) has a make too."""
    wanted = None if urls is None else {page_key(url) for url in urls}
    own = page_key(page_url)
    makes: dict[CardMake, dict[str, str]] = {}
    for anchor in root.iter("a"):
        href = anchor.get("href")
        if not href or regions.contains(anchor):
            continue
        url = absolute_url(page_url, href)
        key = page_key(url) if url else None
        if key is None or key == own or (wanted is not None and key not in wanted):
            continue
        make = _make(anchor, short_makes)
        if make:
            makes.setdefault(make, {})[key] = url
    return makes


def _make(anchor: etree._Element, short_makes: bool = False) -> CardMake:
    classes = []
    for element in (anchor, *anchor.iterancestors()):
        names = frozenset((element.get("class") or "").split())
        if names:
            classes.append((element.tag, names))
            if len(classes) == CARD_MAKE_LEVELS:
                return tuple(classes)
    return tuple(classes) if short_makes else ()


def continues_listing(posts: set[str], shown: list[set[str]], shown_before: set[str]) -> bool:
    """True when `posts` (the page_keys of a page's teasers at the posts' addresses) are posts a start listing shows
    (one set of `shown` a start listing), with those pages of the same pager before it showed (`shown_before`), most
    of them, and posts none shows: the archive whose newest posts the listing shows ("All news", a year's page, a
    pager's next page), whatever its markup. A home page's box of the newest posts of every kind shows a few of them;
    a page of events or of the site's people none."""
    listed = set().union(*shown)
    covered = shown_before | (posts & listed)
    return bool(posts - listed) and any(len(covered & own) >= SHOWN_SHARE * len(own) for own in shown if own)


def shows_cards_of(makes: set[CardMake], root: etree._Element, page_url: str, regions: NavigationRegions,
                   is_post_address: Callable[[str], bool]) -> bool:
    """True when the page links MIN_CARDS_OF_MAKE pages or more through cards of one of `makes`, at addresses of the
    posts' (`is_post_address`): a CSS framework's cards hold a site's people and projects as readily as its posts."""
    return any(sum(map(is_post_address, pages.values())) >= MIN_CARDS_OF_MAKE
               for make, pages in card_makes(root, page_url, regions).items() if make in makes)
