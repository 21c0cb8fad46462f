"""Remove the parts of a page that never hold article text: scripts, navigation, forms, furniture."""
from __future__ import annotations

import re

from . import xpaths
from .hints import ClassIndex

_CODE_TAGS = frozenset({"script", "style", "noscript", "template", "svg"})
_MAX_FURNITURE_TEXT = 120
_NON_WORD = re.compile(r"[\W_]+")
# A container holding this share of the page's paragraph text is the article, whatever its class says.
_PROTECTED_SHARE = 0.5


def prune_tree(root, classes: ClassIndex) -> set[str]:
    """Drop non-content elements in place, keeping tails; return the folded texts of the furniture dropped.

    A text the page also shows inside furniture (a second sign-up box, a repeated contact line) is
    furniture wherever it appears.
    """
    paragraph_chars = {p: len(p.text_content()) for p in root.iter("p")}
    total = sum(paragraph_chars.values()) or 1
    densest = _densest_paragraph_parent(paragraph_chars)
    article_path = [densest, *densest.iterancestors()] if densest is not None else []
    # An article split by an ad repeats its container's class: those twins are article too.
    article_classes = {el.get("class") for el in article_path} - {None, ""}

    def protected(element) -> bool:
        if element.tag in ("html", "body", "main", "article") or any(a is element for a in article_path):
            return True
        if element.get("class") in article_classes:
            return True
        inside = sum(paragraph_chars.get(p, 0) for p in element.iter("p"))
        return inside / total >= _PROTECTED_SHARE or element.find(".//h1") is not None

    doomed = [el for el in root.iter(*xpaths.NON_CONTENT_TAGS)]
    doomed += root.xpath(xpaths.HIDDEN_ELEMENTS)
    doomed += classes.furniture()
    furniture_texts: set[str] = set()
    for element in doomed:
        if element.getparent() is None or _detached(element):
            continue
        if element.tag in _CODE_TAGS:
            element.drop_tree()
        elif not protected(element):
            furniture_texts.update(_block_texts(element))
            element.drop_tree()
    return furniture_texts


def fold(text: str) -> str:
    """Text compared for sameness: case, spacing and punctuation ignored."""
    return " ".join(_NON_WORD.sub(" ", text.casefold()).split())


def _block_texts(element):
    for part in element.iter("p", "li", "h2", "h3", "h4"):
        text = part.text_content()
        if 10 <= len(text) <= _MAX_FURNITURE_TEXT:
            folded = fold(text)
            if folded:
                yield folded


def _detached(element) -> bool:
    """True when an ancestor was already dropped (lxml keeps detached subtrees alive)."""
    for ancestor in element.iterancestors():
        if ancestor.getparent() is None:
            return ancestor.tag != "html"
    return False


def _densest_paragraph_parent(paragraph_chars: dict):
    """The element whose own <p> children hold the most text: the likely article body."""
    by_parent: dict = {}
    for p, chars in paragraph_chars.items():
        parent = p.getparent()
        if parent is not None:
            by_parent[parent] = by_parent.get(parent, 0) + chars
    return max(by_parent, key=by_parent.get) if by_parent else None
