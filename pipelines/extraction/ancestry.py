"""Where an element stands in its tree: whether it sits inside another (footnotes and container both ask)."""
from __future__ import annotations


def within(element, container) -> bool:
    """The element is the container or sits inside it."""
    while element is not None:
        if element is container:
            return True
        element = element.getparent()
    return False


def ancestors_below(element, top):
    """The element's ancestors up to `top`, not included (all of them when `top` holds it not)."""
    for ancestor in element.iterancestors():
        if ancestor is top:
            return
        yield ancestor
