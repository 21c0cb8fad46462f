"""Where an element stands in its tree: whether it sits inside another (footnotes and container both ask) or in the
site's navigation, whether it holds an element of a tag, whether two are made alike."""
from __future__ import annotations


def within(element, container) -> bool:
    """The element is the container or sits inside it."""
    while element is not None:
        if element is container:
            return True
        element = element.getparent()
    return False


def in_navigation(element) -> bool:
    """The element is or sits in a <nav>: the site's menus and pagers, the same on every page."""
    return element.tag == "nav" or next(element.iterancestors("nav"), None) is not None


def ancestors_below(element, top):
    """The element's ancestors up to `top`, not included (all of them when `top` holds it not)."""
    for ancestor in element.iterancestors():
        if ancestor is top:
            return
        yield ancestor


def set_alike(one, other) -> bool:
    """Two elements made the same way: the same tag and class, held by elements of the same tag (two <div> lines in a
    post's text element, or each in a wrapper <div>, whatever classes a social network gave the wrappers); never one
    element."""
    holders = one.getparent(), other.getparent()
    return one is not other and None not in holders and (one.tag, one.get("class")) == (other.tag, other.get("class")) \
        and holders[0].tag == holders[1].tag


def has_descendant(element, tag: str) -> bool:
    """`element.find(".//tag") is not None` without ElementPath's parsing of the path on each call."""
    return next(element.iterdescendants(tag), None) is not None


def enclosing(element, tag: str, depth: int):
    """The element of that tag the element is or stands in, at most `depth` levels up (a table cell's block: a <td>,
    or a <p> or <span> inside one), or None."""
    for _ in range(depth):
        if element is None:
            return None
        if element.tag == tag:
            return element
        element = element.getparent()
    return None


# A cell's block sits in <td>/<th>, or in a <p> or <span> inside it.
CELL_DEPTH = 5


def table_of(element):
    """The <table> a cell's block stands in (a cell, or a paragraph set in one)."""
    return enclosing(element, "table", CELL_DEPTH)


def within_any(element, containers) -> bool:
    """The element is one of the containers or sits inside one."""
    return any(c is element or any(a is c for a in element.iterancestors()) for c in containers)
