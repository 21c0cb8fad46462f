"""Which elements of a parsed page sit in site chrome (menus, breadcrumbs, header, footer, sidebars, pagers): what
discovery leaves out when it harvests a page's links to articles."""
from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from lxml import etree

from news_archive.archive.cms_classes import LAYOUT_SETTING_CLASS
from news_archive.archive.urls import DATE_FOLDER, NUMBER

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
# What the column holding the page's content holds and a sidebar does not: the page's headline, its main region or a
# post, or headlines linking posts (a listing's teasers). A sidebar's blocks are headed by labels ("New in the
# forum"); on a listing's last page, with few teasers, its widgets may hold more words than the main column.
HEADLINE_OR_MAIN = etree.XPath(".//*[self::h1 or self::main or self::article][1]")
LINKED_HEADINGS = etree.XPath(".//*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6][.//a[@href]]")
CONTENT_HEADLINES = 2
PAGER_CLASS = re.compile(r"pag(er|ination|ing)|page-numbers|nav-links|load-?more", re.I)
# A block named like a pager is one when it holds page links: numbers, "Older posts", "Page 2 of 9", a hidden
# "Posts navigation" heading. A page builder's `ajax_pagination_container` or a "load more" wrapper holds the
# whole listing instead: headline links, or excerpts and bylines outside the links. Numbers outside the links
# (the current page, a page menu's options) are a pager's own.
PAGER_MAX_LOOSE_WORDS = 12
# A pager's links stay in its listing's part of the site (`/news/`, `/news/page/2/`, `/?paged=3`; a year pager's
# `/2024/`, `/2023/` count as one). A block named so whose links lead into this many of the site's top folders is the
# site's menu (VuePress names its top bar `<nav class="nav-links">`, as WordPress names its pager's box): Blog,
# Documentation, Add-ons, Community.
MENU_MIN_TOP_FOLDERS = 4
LETTER = re.compile(r"[^\W\d_]")
# A path segment naming a file (`about.html`, `index.php`), not a folder.
FILE_NAME = re.compile(r"\.[a-z]{2,5}$", re.I)
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


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
        self._shown_text: int | None = None  # the words readers see: the <body>'s, its scripts and styles left out
        # Holding the elements as keys keeps lxml's proxies alive, so the keys stay valid.
        self._wrappers: dict[etree._Element, bool] = {}
        self._in_navigation: dict[etree._Element, bool] = {}  # element -> it or an ancestor is navigation
        # element -> (under page chrome, under content, under a heading), the element itself counted
        self._framing: dict[etree._Element, tuple[bool, bool, bool]] = {}
        # (parent, tag, class, depth) -> the blocks of that kind under that parent repeat, each with an entry header
        self._entry_groups: dict[tuple, bool] = {}
        self._pagers: dict[etree._Element, bool] = {}  # pager-named element -> it holds page links, not a listing
        # element -> navigation by its own markup, judged without asking what sits beside it (_beside_chrome_alone)
        self._marked_navigation: dict[etree._Element, bool] = {}
        self._word_counts: dict[etree._Element, int] = {}

    def in_pager(self, element: etree._Element) -> bool:
        """True when an ancestor of the element is named like a pager and holds page links, not a listing."""
        return any(PAGER_CLASS.search(f"{node.get('class', '')} {node.get('id', '')}") and self._is_pager(node)
                   for node in element.iterancestors())

    def _is_pager(self, element: etree._Element) -> bool:
        if element not in self._pagers:
            loose_words = _lettered_words(element) - sum(_lettered_words(anchor) for anchor in element.iter("a"))
            self._pagers[element] = loose_words <= PAGER_MAX_LOOSE_WORDS and not HEADLINE_LINK(element) \
                and len(_top_folders(element)) < MENU_MIN_TOP_FOLDERS
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

    def _is_navigation(self, element: etree._Element, judge_beside: bool = True) -> bool:
        """`judge_beside`: a box named only like a sidebar is the column when nothing but the page's chrome sits
        beside it; asked of the boxes beside one, whose own neighbours are not looked at again."""
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in NAVIGATION_TAGS or (element.get("role") or "").lower() in NAVIGATION_ROLES:
            return True
        if tag in PAGE_TAGS:  # their classes name layout options ("menu_sidebar_slide_left"), not a menu
            return False
        # A layout setting ("page-layout-one-sidebar", "sidebar-width-default") says how the page is laid out around
        # the element, as a menu bar's room does: no role of the element's own.
        words = [word for word in f"{element.get('class', '')} {element.get('id', '')}".split()
                 if not MENU_LAYOUT_WORD.fullmatch(word) and not LAYOUT_SETTING_CLASS.fullmatch(word)]
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
            return not (self._holds_page_text(element) or _frames_page(element) or _frames_content(element))
        if _names_only_a_sidebar(words) and _holds_sidebar_beside_column(element):
            return False
        # The page's wrapper, named by its header's settings ("site-header-sticky"), holds the page's footer beside its
        # content: no menu or sidebar holds the footer, however many of the page's words are links (a listing page of
        # short excerpts beside a long archive menu).
        if self._is_wrapper(element) or _frames_content_above_footer(element):
            return False
        return not (judge_beside and _names_only_a_sidebar(words) and self._beside_chrome_alone(element))

    def _beside_chrome_alone(self, element: etree._Element) -> bool:
        """True when nothing but the page's chrome sits beside the element: the nearest element around it holding text
        besides it holds menus, a masthead or a footer alone there. A sidebar sits beside the page's column; the
        wrapper a framework names after the column and its sidebar ("content-sidebar-wrap") is that column, whatever
        its cards' links outweigh, on a page laid out without a sidebar. Its ancestors are no navigation when this is
        asked (the answer counts only then), so a box beside it is chrome by its own markup."""
        node = element
        while (parent := node.getparent()) is not None and parent.tag not in PAGE_TAGS:
            beside = [sibling for sibling in parent if sibling is not node and isinstance(sibling.tag, str)
                      and sibling.tag not in ("script", "style", "template") and self._words(sibling)]
            if beside:
                return all(sibling.tag in PAGE_CHROME_TAGS or self._is_chrome_beside(sibling) for sibling in beside)
            node = parent
        return False

    def _is_chrome_beside(self, element: etree._Element) -> bool:
        """A menu or other navigation by its own markup, no box named like a sidebar: such a box beside the element
        makes it one of the sidebar's boxes (widgets named "sidebar-menu" side by side) or the column beside the
        sidebar, which the rules above tell apart. Judged once per element, never by its own neighbours, so no two
        boxes ask each other."""
        if element not in self._marked_navigation:
            words = f"{element.get('class', '')} {element.get('id', '')}".split()
            named_sidebar = any(NAVIGATION_CLASS.search(word) for word in words) and _names_only_a_sidebar(words)
            self._marked_navigation[element] = not named_sidebar and self._is_navigation(element, judge_beside=False)
        return self._marked_navigation[element]

    def _words(self, element: etree._Element) -> int:
        if element not in self._word_counts:
            self._word_counts[element] = _word_count(element)
        return self._word_counts[element]

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
            # Its share of the words readers see, as the main column's: a theme's <head> of inline scripts and styles
            # (hundreds of words) made the wrapper of a listing's page of a dozen teasers and a sidebar fall under a
            # third of the document's words, and a menu.
            self._wrappers[element] = self._holds_page_text(element) and _frames_content(element)
        return self._wrappers[element]

    def _holds_page_text(self, element: etree._Element) -> bool:
        """True when most of the element's words are outside links and it holds a third of the words readers
        see on the page (a <head> full of styles is no text of the page)."""
        # A menu's words are mostly its links': that settles it before the page's words are counted.
        words = _own_words(element)
        if words and self._shown_text is None:
            body = self.root.find(".//body")
            shown = body if body is not None else self.root
            self._shown_text = _word_count(shown) - sum(_word_count(node) for node in shown.iter("script", "style"))
        return bool(words) and words >= WRAPPER_TEXT_SHARE * max(self._shown_text, 1)


def _frames_content(element: etree._Element) -> bool:
    """The element holds the page's headline, its main region or a post, or a listing's headlines linking posts."""
    return bool(HEADLINE_OR_MAIN(element)) or len(LINKED_HEADINGS(element)) >= CONTENT_HEADLINES


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


def _frames_content_above_footer(element: etree._Element) -> bool:
    """The element holds the page's footer and, outside it, the page's headline, main region or a post, or a listing's
    headlines linking posts: the page's wrapper (a footer's own box holds no content beside it)."""
    footers = PAGE_FOOTER(element)
    if not footers:
        return False
    in_footer = {node for footer in footers for node in footer.iter()}
    content = [node for node in HEADLINE_OR_MAIN(element) if node not in in_footer]
    return bool(content) or sum(node not in in_footer for node in LINKED_HEADINGS(element)) >= CONTENT_HEADLINES


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


def _top_folders(element: etree._Element) -> set[tuple[str, str]]:
    """The top folders of the site (host and first path segment, a number or a day standing for any) the element's
    links lead into. A link relative to the page's folder (`docs/`) names its folder from there, which tells
    folders apart all the same. A file beside the page (`index5206.html`, `page2.php`: a mirror saves each page of a
    listing under a name of its own) lies in no folder of its own: the pages of one folder count as one."""
    found = set()
    for anchor in element.iter("a"):
        parts = urlsplit(anchor.get("href") or "")
        segments = [unquote(segment) for segment in parts.path.split("/") if segment not in ("", ".", "..")]
        top = segments[0] if segments else ""
        if len(segments) == 1 and not parts.path.endswith("/") and FILE_NAME.search(top):
            top = ""
        found.add((parts.netloc.lower(), "#" if NUMBER.match(top) or DATE_FOLDER.match(top) else top))
    return found


def _lettered_words(element: etree._Element) -> int:
    return sum(1 for word in " ".join(TEXT_NODES(element)).split() if LETTER.search(word))
