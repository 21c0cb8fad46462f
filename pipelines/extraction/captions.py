"""Tell a picture's caption by its markup: <figcaption>, or an element whose class names a caption."""
from __future__ import annotations

import re

# How far above a block its caption element may sit (<figcaption><p>...</p></figcaption>).
CAPTION_DEPTH = 3

_CLASS_WORDS = re.compile(r"[\s_-]+")


def is_caption(element) -> bool:
    """A picture's caption: <figcaption>, or a class naming a caption ("wp-caption-text")."""
    if element.tag == "figcaption":
        return True
    names = (element.get("class") or "").lower()
    return "caption" in names and any(word.startswith("caption") for word in _CLASS_WORDS.split(names))


def within_caption(element) -> bool:
    """The element is a picture's caption or inside one, a few levels down (<figcaption><p>...</p></figcaption>)."""
    for _ in range(CAPTION_DEPTH):
        if element is None or not isinstance(element.tag, str):
            return False
        if is_caption(element):
            return True
        element = element.getparent()
    return False
