"""A page's back-to-top control ("Back to top", "Nach oben", "Till toppen"): a link or button that only scrolls the
page to its top. Themes set it inside <main> after the post; its words are no line of the post, in any language."""
from __future__ import annotations

import re

from lxml import etree

from .line_patterns import WORD
from .text import text_of

_CONTROL_TAGS = ("a", "button")
# A control's label is a few words at most ("Back to top", "Retour en haut de la page").
_LABEL_WORDS = 5
# Ids and classes naming the control ("back-to-top", "scrollTop", "gotop", "quarto-back-to-top"); a bare "top" is
# no such name ("top-bar").
_TOP_NAME = re.compile(r"(?<![a-z0-9])(?:(?:back|scroll|go|return|jump)[-_]?(?:to[-_]?)?|to[-_]?)top(?![a-z0-9])")
# A script scrolling the window to its top: scrollTo(0, 0), scrollTo({top: 0}), scroll(0,0), scrollTop = 0.
_SCROLLS_TO_TOP = re.compile(r"scroll(?:to)?\s*\(\s*(?:0\s*,\s*0\s*\)|\{\s*top\s*:\s*0\b)|scrolltop\W{0,4}0\b")
# Fragments a browser scrolls to the page's top by themselves (HTML's "#top"), or that themes give the page's wrapper.
_TOP_FRAGMENTS = frozenset({"top", "page"})


def top_controls(root) -> list:
    """The back-to-top links and buttons of the page, standing on their own lines. A link is one by its markup: a
    script scrolling to the top, an id or class naming it so, or a fragment leading to the page's top (an element
    with no text before it); a link set in a sentence ("see <a href='#top'>the summary</a> above") is the text's."""
    targets = _FragmentTargets(root)
    return [control for control in root.iter(*_CONTROL_TAGS)
            if _short_label(control) and _scrolls_to_top(control, targets) and not _in_a_sentence(control)]


def _short_label(element) -> bool:
    return len(WORD.findall(text_of(element))) <= _LABEL_WORDS


def _names_top(element) -> bool:
    return _TOP_NAME.search(f"{element.get('id') or ''} {element.get('class') or ''}".lower()) is not None


def _scrolls_to_top(control, targets: "_FragmentTargets") -> bool:
    if _SCROLLS_TO_TOP.search((control.get("onclick") or "").lower()) or _names_top(control):
        return True
    parent = control.getparent()
    # The theme may name the control's wrapper rather than the link (<div class="back-to-top"><a href="#">); the
    # wrapper's name is read first, its text (a whole paragraph's, for a link in one) only then.
    if parent is not None and _names_top(parent) and _short_label(parent):
        return True
    href = (control.get("href") or "").strip()
    return href.startswith("#") and targets.at_page_top(href[1:])


class _FragmentTargets:
    """Where the page's fragments lead, worked out in one pass over the page the first time a fragment link asks: a
    page of hundreds of footnote links otherwise searched the whole tree, and all text before each note, per link."""

    def __init__(self, root) -> None:
        self._root = root.getroottree().getroot()
        self._first_by_name: dict | None = None
        self._before_text: set | None = None

    def at_page_top(self, fragment: str) -> bool:
        if fragment.lower() in _TOP_FRAGMENTS:
            return True
        if not fragment:
            return False
        if self._first_by_name is None:
            self._first_by_name, self._before_text = _names_and_page_top(self._root)
        target = self._first_by_name.get(fragment)
        return target is not None and (target.tag in ("html", "body") or target in self._before_text)


def _names_and_page_top(root) -> tuple[dict, set]:
    """The first element of each id or name, in document order; and the elements that open before the page shows
    any text (text in <head> shows nothing): no shown text precedes them."""
    first_by_name: dict = {}
    before_text: set = set()
    shown = False
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if not isinstance(element.tag, str):
            if event == "end":
                shown = shown or _shows(element.tail, element)
            continue
        if event == "start":
            for name in (element.get("id"), element.get("name")):
                if name is not None:
                    first_by_name.setdefault(name, element)
            if not shown:
                before_text.add(element)
            shown = shown or _shows(element.text, element, own=True)
        else:
            shown = shown or _shows(element.tail, element)
    return first_by_name, before_text


def _shows(text: str | None, element, own: bool = False) -> bool:
    """Text that is not blank (XPath's whitespace) and not in <head>: an element's own text lies within it, its tail
    within its parent."""
    if not text or not text.strip(" \t\r\n"):
        return False
    holder = element if own else element.getparent()
    return holder is None or not any(e.tag == "head" for e in holder.iterancestors()) and holder.tag != "head"


def _in_a_sentence(control) -> bool:
    """Words stand right before or after the control on its line."""
    parent = control.getparent()
    if parent is None:
        return False
    previous = control.getprevious()
    before = previous.tail if previous is not None else parent.text
    return bool(WORD.search(before or "") or WORD.search(control.tail or ""))
