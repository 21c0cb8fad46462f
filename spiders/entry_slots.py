"""The place a link holds in a listing's repeated entries: a short headline in the headline's place is a headline too.

A list of posts prints every entry alike (`<li><span class="post-date">…</span><a class="post-link">…</a></li>`), and
a headline of one or two words ("Infomaterial", "Neue Mailinglisten") sits where the others' longer headlines do. Its
words alone make it a label; its place among entries whose links are mostly headlines makes it one of them.
"""
from __future__ import annotations

from collections import defaultdict

from lxml import etree

# Entries repeat: this many elements of one tag side by side in one parent make it a list of entries.
MIN_ENTRIES = 3
# How far above the link its entry may begin: the link, its line, the entry's wrapper.
MAX_ENTRY_DEPTH = 4
# A place among entries is a headline's when this share of its links read as headlines by their own words, and at
# least this many do: a list of category or tag labels holds few, a list of posts nearly all.
HEADLINE_SHARE = 2 / 3
MIN_HEADLINES = 3

Slot = tuple[object, ...]
# Class names that number an entry or its place rather than say what it is: CMSs print them on every entry of a list
# alike (Drupal Views' `views-row views-row-3 views-row-odd views-row-first`, WordPress' `post-812`).
_PLACE_CLASSES = frozenset({"odd", "even", "first", "last"})


def entry_slot(anchor: etree._Element) -> Slot | None:
    """The link's place in its list of entries: the list's markup (its tag and class, and its parent's) and the path of
    tags and classes from the entry down to the link; None when no repeated entry holds it near enough."""
    path: list[tuple[str, str]] = []
    element, parent = anchor, anchor.getparent()
    while parent is not None and len(path) < MAX_ENTRY_DEPTH:
        path.append((element.tag, _kind(element)))
        if sum(1 for sibling in parent if sibling.tag == element.tag) >= MIN_ENTRIES:
            above = parent.getparent()
            frame = (parent.tag, _kind(parent), above.tag if above is not None else "",
                     _kind(above) if above is not None else "")
            return frame + tuple(path)
        element, parent = parent, parent.getparent()
    return None


def _kind(element: etree._Element) -> str:
    """The element's class names that say what it is, less those numbering its place among its siblings."""
    names = (element.get("class") or "").split()
    return " ".join(name for name in names if not any(c.isdigit() for c in name)
                    and name.rsplit("-", 1)[-1] not in _PLACE_CLASSES)


def headlines_by_place(links: list[tuple[etree._Element, bool]]) -> list[etree._Element]:
    """The links (anchor, whether its words make it a headline) that read as labels but hold a headline's place: the
    place of most links in entries of the same list markup is a headline's."""
    places: dict[Slot, list[tuple[etree._Element, bool]]] = defaultdict(list)
    for anchor, headline in links:
        slot = entry_slot(anchor)
        if slot is not None:
            places[slot].append((anchor, headline))
    found = []
    for members in places.values():
        headlines = sum(1 for _anchor, headline in members if headline)
        if headlines >= MIN_HEADLINES and headlines >= HEADLINE_SHARE * len(members):
            found += [anchor for anchor, headline in members if not headline]
    return found
