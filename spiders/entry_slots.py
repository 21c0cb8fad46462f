"""The place a link holds in a listing's repeated entries: a short headline in the headline's place is a headline too.

A list of posts prints every entry alike (`<li><span class="post-date">…</span><a class="post-link">…</a></li>`), and
a headline of one or two words ("Infomaterial", "Neue Mailinglisten") sits where the others' longer headlines do. Its
words alone make it a label; its place among entries whose links are mostly headlines makes it one of them.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from lxml import etree

# Entries repeat: this many elements of one tag side by side in one parent make it a list of entries.
MIN_ENTRIES = 3
# How far above the link its entry may begin: the link, its line, the entry's wrapper.
MAX_ENTRY_DEPTH = 4
# A place among entries is a headline's when this share of its links read as headlines by their own words, and at
# least this many do: a list of category or tag labels holds few, a list of posts nearly all.
HEADLINE_SHARE = 2 / 3
MIN_HEADLINES = 3
# A listing printing its posts whole: a run of this many headlines set alike (the same tags and classes from the page
# down to the link), this share of its entries (and MIN_RUN of them) holding this much paragraph text (visible
# characters), a post's and not an excerpt.
MIN_RUN = 3
WHOLE_ENTRY_CHARS = 300
WHOLE_ENTRY_SHARE = 1 / 2

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


def inside_whole_entries(headlines: list[etree._Element]) -> set[etree._Element]:
    """The headline-like links (a listing's teasers) that stand in the text of a post the listing prints whole: inside
    an entry of the listing's run (MIN_RUN headlines set alike, each entry the largest element around its headline
    holding no other, half of them a post's worth of paragraphs), set otherwise than the run's headlines, after a
    post's worth of its entry's paragraphs ("The new tutorials are:" and a list of them, a programme's sessions). Links
    in a post's text present what it talks about, not the listing's entries, and their folder is no family of the
    source's posts. An entry whose headline is too short to read as one (by its words alone) is an entry all the same:
    set like the others, beside them."""
    settings = {id(anchor): tuple((element.tag, _kind(element)) for element in anchor.iterancestors())
                for anchor in headlines}
    runs: dict[tuple, list[etree._Element]] = defaultdict(list)
    for anchor in headlines:
        runs[settings[id(anchor)]].append(anchor)
    found: set[etree._Element] = set()
    for setting, run in runs.items():
        if len(run) < MIN_RUN:
            continue
        # keyed by the elements themselves: lxml makes a new proxy for an element no reference keeps, its id reused
        held = Counter(element for anchor in run for element in anchor.iterancestors())
        entries = []  # each headline's entry
        for headline in run:
            entry = None
            for element in headline.iterancestors():
                if held[element] > 1:
                    break
                entry = element
            if entry is not None and entry.getparent() is not None:
                entries.append(entry)
        # Section blocks alike, one of them opening with an intro, print no posts whole: half the entries, and
        # MIN_RUN of them, hold a post's worth (a listing printing its posts whole shows short notices too).
        whole = sum(_paragraph_chars(entry) >= WHOLE_ENTRY_CHARS for entry in entries)
        if whole < MIN_RUN or whole < WHOLE_ENTRY_SHARE * len(run):
            continue
        kinds = {(entry.getparent(), entry.tag, _kind(entry)) for entry in entries}
        for anchor in headlines:
            if settings[id(anchor)] != setting and _in_entry_text(anchor, kinds):
                found.add(anchor)
    return found


def _paragraph_chars(element: etree._Element) -> int:
    """The visible characters of the element's paragraphs (HTML parsing nests no paragraph in another)."""
    return sum(_visible_chars(paragraph) for paragraph in element.iter("p"))


def _visible_chars(element: etree._Element) -> int:
    """The element's characters a reader sees, spaces left out."""
    return len("".join("".join(element.itertext()).split()))


def _in_entry_text(anchor: etree._Element, entries: set[tuple]) -> bool:
    """The link sits in one of the entries, after WHOLE_ENTRY_CHARS of the entry's paragraphs."""
    around = list(anchor.iterancestors())
    for element in around:
        parent = element.getparent()
        if parent is not None and (parent, element.tag, _kind(element)) in entries:
            chars = 0
            for paragraph in element.iter("p", anchor.tag):
                if paragraph is anchor:
                    return chars >= WHOLE_ENTRY_CHARS
                if paragraph.tag == "p" and paragraph not in around:
                    chars += _visible_chars(paragraph)
            return False
    return False
