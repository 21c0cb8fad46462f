"""The text of an element, as lxml's `text_content()` gives it, at a third of the cost; and texts folded to compare."""
from __future__ import annotations

import functools
import re
import unicodedata

from lxml import etree

FOLDED_WORD = re.compile(r"[^\W_]+")


def text_of(element) -> str:
    """All text inside the element, its own tail left out: what `text_content()` returns.

    `text_content()` runs an XPath `string()` per call; the text serialiser reads the same text nodes
    without setting up an XPath context, and the extractor asks for the text of hundreds of elements per page.
    Most of those (a link, a span, a paragraph without markup) hold nothing but their own text, which is read
    straight from the element: the serialiser's set-up costs ten times that read.
    """
    if not len(element):
        return element.text or ""
    return etree.tostring(element, method="text", encoding=str, with_tail=False)


def lines_at_breaks(element, *, breaks_only: bool = False) -> list[str]:
    """The element's text split where its <br>s break it, each line's spacing collapsed, blank lines left out (the
    lines of a field list or a signature set in one paragraph). The source's own line ends split it too, unless
    `breaks_only` (a paragraph's sentences run on over them)."""
    parts: list[str] = []
    mark = "\0" if breaks_only else "\n"
    _text_with_breaks(element, parts, mark)
    return [" ".join(line.split()) for line in "".join(parts).split(mark) if line.strip()]


def _text_with_breaks(element, parts: list[str], mark: str) -> None:
    if element.tag == "br":
        parts.append(mark)
    elif isinstance(element.tag, str):
        parts.append(element.text or "")
        for child in element:
            _text_with_breaks(child, parts, mark)
            parts.append(child.tail or "")


def spaced_text(element) -> str:
    """The element's text as one line reads it: each run of spaces and line breaks one space, none at the ends."""
    return " ".join(text_of(element).split())


# A site repeats its menus, sign-up boxes and contact lines on every page, and each of their texts is folded on each:
# once per process does. The fold is a pure function of the text, so the cache cannot go stale. Only texts up to this
# many characters are kept: a page's whole text (the densest element's, densest_text.py) is folded once or twice,
# and kept it stayed in the cache with its fold for the rest of the crawl, page after page (a flood of 4 MB pages
# grew the crawl by 7.5 MB a page).
FOLD_CACHED_UP_TO = 2000


def fold(text: str) -> str:
    """Text compared for sameness: case, spacing and punctuation ignored."""
    return _folded(text) if len(text) > FOLD_CACHED_UP_TO else _folded_cached(text)


def plain_letters(text: str) -> str:
    """Casefolded without accents: slug makers drop them ("besök" -> "besok") or keep them, and so do editors
    typing a search-engine title ("rios" for "ríos")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def _folded(text: str) -> str:
    return " ".join(FOLDED_WORD.findall(text.casefold()))


_folded_cached = functools.lru_cache(maxsize=8192)(_folded)
