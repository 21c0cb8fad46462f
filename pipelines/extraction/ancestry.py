"""Where an element stands in its tree: whether it sits inside another (footnotes and container both ask)."""
from __future__ import annotations


def within(element, container) -> bool:
    """The element is the container or sits inside it."""
    while element is not None:
        if element is container:
            return True
        element = element.getparent()
    return False
