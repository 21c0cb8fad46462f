"""A listing's sort, filter and page-size menus set in a page: lists whose every point asks the page itself again with
other query parameters ("?orderby=price", "?per_page=18"), and the labels beside them ("Sort by Default")."""
from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from .ancestry import within, within_any
from .line_patterns import WORD
from .text import text_of

# A menu offers a choice: two options at least.
_MIN_OPTIONS = 2
# The label a menu shows beside its options names the choice and the current one in a few words ("Sort by Default",
# "Show 9 products per page"); more words beside the menus are text of the page's own.
_LABEL_WORDS = 5
_HOLDER_TAGS = ("html", "body")


def listing_controls(root, url: str) -> list:
    """The outermost elements holding nothing but such menus and their labels. A menu's option links by `href`, or by
    the `data-href` a script follows where the theme leaves the href out (a shop's product grid set in a post): either
    way it shows the page again, re-sorted or filtered, and no word of the text. A list of links to other pages, or to
    this one's parts (#anchors), is no such menu."""
    menus = [menu for menu in root.iter("ul", "ol") if _asks_page_again(menu, url)]
    boxes: list = []
    for menu in menus:
        if within_any(menu, boxes):
            continue
        box = menu
        while (holder := box.getparent()) is not None and holder.tag not in _HOLDER_TAGS \
                and _only_menus_and_labels(holder, menus):
            box = holder
        boxes = [b for b in boxes if not within(b, box)] + [box]
    return boxes


def _asks_page_again(menu, url: str) -> bool:
    options = [item for item in menu if item.tag == "li"]
    return len(options) >= _MIN_OPTIONS and all(_option_of_page(option, url) for option in options)


def _option_of_page(option, url: str) -> bool:
    """The point links this page with a query of its own, and no other page."""
    targets = [anchor.get("href") if anchor.get("href") is not None else anchor.get("data-href")
               for anchor in option.iter("a")]
    return bool(targets) and all(target is not None and _same_page_asked_again(target.strip(), url)
                                 for target in targets)


def _same_page_asked_again(target: str, url: str) -> bool:
    # The query must be the link's own: "#part" or "" joined to an address with a query would carry the page's.
    if "?" not in target:
        return False
    try:
        asked = urlsplit(urljoin(url, target))
    except ValueError:
        return False
    page = urlsplit(url)
    return bool(asked.query) and (asked.netloc, asked.path or "/") == (page.netloc, page.path or "/")


def _only_menus_and_labels(holder, menus: list) -> bool:
    """The holder links nothing besides its menus, and its text besides them is a label per menu at most: a grid of
    the listing's cards beside the menus is the page's, whatever the text says of it."""
    inside = [menu for menu in menus if within(menu, holder)]
    if any(not within_any(anchor, inside) for anchor in holder.iter("a")):
        return False
    menu_words = sum(len(WORD.findall(text_of(menu))) for menu in inside)
    return len(WORD.findall(text_of(holder))) - menu_words <= _LABEL_WORDS * len(inside)
