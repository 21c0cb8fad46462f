"""Classify elements by the words of their class and id attributes, in one pass over the page."""
from __future__ import annotations

import functools
import re
import unicodedata

from . import xpaths

_CAMEL_CASE = re.compile(r"([a-z])([A-Z])")


class ClassIndex:
    """Every element carrying a class or id, with its lowercased class string; built once per page."""

    def __init__(self, root):
        self.entries = [(el, (el.get("class") or "").lower(), el.get("id") or "") for el in root.xpath(xpaths.CLASS_OR_ID)]

    def with_class(self, substrings: tuple[str, ...], tags: frozenset[str] | None = None) -> list:
        """Elements whose class contains any of `substrings`, in document order."""
        pattern = re.compile("|".join(map(re.escape, substrings)))
        return [el for el, classes, _ in self.entries
                if classes and pattern.search(classes) and (tags is None or el.tag in tags)]

    def furniture(self) -> list:
        """Elements whose class or id names page furniture (share bars, sign-ups, ads...) or hides them."""
        found = []
        for el, _, element_id in self.entries:
            if names_furniture(el.get("class") or "") or (
                    element_id and names_furniture(element_id) and not _is_heading_anchor(el, element_id)):
                found.append(el)
        return found


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_ID_WORDS = re.compile(r"[^\W_]+")


def _is_heading_anchor(element, element_id: str) -> bool:
    """A heading's id made from its own words (Markdown generators' anchors: "for-contact-visit-our-site"):
    it names the text, not the element's role."""
    if element.tag not in _HEADINGS:
        return False
    text = set(_ID_WORDS.findall(_plain(element.text_content())))
    return set(_ID_WORDS.findall(_plain(element_id))) <= text


def _plain(text: str) -> str:
    """Casefolded without accents: slug makers drop them ("besök" -> "besok") or keep them."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


_SEPARATORS = str.maketrans({"-": " ", "_": " "})


# A site's templates repeat the same few hundred class strings on every page: each is judged once per process.
@functools.lru_cache(maxsize=16384)
def names_furniture(attribute: str) -> bool:
    """True when a class or id attribute names furniture or hides the element."""
    spaced = _CAMEL_CASE.sub(r"\1 \2", attribute) if not attribute.islower() else attribute
    words = spaced.lower().translate(_SEPARATORS).split()
    for index, word in enumerate(words):
        if word in xpaths.FURNITURE_WORDS or word.startswith(xpaths.FURNITURE_PREFIXES):
            return True
        if index and words[index - 1] + word in xpaths.FURNITURE_WORDS:
            return True
    lowered = attribute.lower()
    hidden = any(name in xpaths.HIDDEN_CLASSES for name in lowered.split())
    return hidden and not xpaths.RESPONSIVE_SHOW.search(lowered)
