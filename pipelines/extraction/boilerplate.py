"""Remember the text blocks one source repeats across its pages, so they can be dropped as boilerplate."""
from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterable

_WORD = re.compile(r"\w+")


class BoilerplateMemory:
    """Paragraphs seen on several distinct pages of one source: sign-up boxes, contact blocks, teasers.

    Hold one per source. A paragraph counts as boilerplate on a page when it also appeared on at least
    `min_other_pages` other pages of the source, and on at least `min_share` of all its pages seen.
    Only blocks of at most `max_chars` characters are tracked: long paragraphs shared by pages are
    cross-posted or translated articles, not furniture. A page's lead is tracked at any length (`is_repeated_lead`). The share keeps a sentence that a series of
    three articles repeats (the same intro on each) in those articles: furniture is on most pages.
    """

    def __init__(self, min_other_pages: int = 2, max_chars: int = 400, min_share: float = 0.0):
        self.min_other_pages = min_other_pages
        self.max_chars = max_chars
        self.min_share = min_share
        self._pages_by_block: dict[bytes, set[bytes]] = {}
        self._pages: set[bytes] = set()

    def observe(self, page: str, paragraphs: Iterable[str], lead: str = "") -> None:
        """Record the paragraphs of one page (a page seen again is not counted twice), and its lead at any length: a
        description the source states on most of its pages is its account of itself (a project's mission statement)
        however long it runs, where a long paragraph that bodies share is a cross-posted text."""
        page_key = _digest(page)
        self._pages.add(page_key)
        for key in [self._key(paragraph) for paragraph in paragraphs] + [_paragraph_key(lead) if lead else None]:
            if key is not None:
                self._pages_by_block.setdefault(key, set()).add(page_key)

    def rows(self) -> list[tuple[str, str]]:
        """(block, page) digests, hex (block "" for a page seen): what a later crawl needs to start where this ended.

        Blocks seen on one page only are left out: they are that page's own text.
        """
        return [("", page.hex()) for page in self._pages] + [
            (block.hex(), page.hex()) for block, pages in self._pages_by_block.items() if len(pages) > 1 for page in pages]

    def remember(self, rows: Iterable[tuple[str, str]]) -> None:
        """Take back what `rows()` gave."""
        for block, page in rows:
            if block:
                self._pages_by_block.setdefault(bytes.fromhex(block), set()).add(bytes.fromhex(page))
            else:
                self._pages.add(bytes.fromhex(page))

    def is_boilerplate(self, page: str, paragraph: str) -> bool:
        return self._repeated(paragraph, _digest(page))

    def is_repeated_lead(self, page: str, lead: str) -> bool:
        """The lead is one the source states on other pages as often as furniture stands there, whatever its length."""
        key = _paragraph_key(lead) if lead else None
        return key is not None and self._on_most_pages(key, _digest(page))

    def kept(self, page: str, paragraphs: Iterable[str]) -> list[str]:
        """The paragraphs that are not boilerplate on this page (the page's digest made once, not per paragraph)."""
        page_key = _digest(page)
        return [p for p in paragraphs if not self._repeated(p, page_key)]

    def clean(self, page: str, paragraphs: list[str]) -> list[str]:
        """Observe a page, then return its paragraphs without the repeated ones."""
        self.observe(page, paragraphs)
        return self.kept(page, paragraphs)

    def _repeated(self, paragraph: str, page_key: bytes) -> bool:
        key = self._key(paragraph)
        return key is not None and self._on_most_pages(key, page_key)

    def _on_most_pages(self, key: bytes, page_key: bytes) -> bool:
        pages = self._pages_by_block.get(key, ())
        others = len(pages) - (page_key in pages) if pages else 0
        return others >= self.min_other_pages and len(pages) >= self.min_share * len(self._pages)

    def _key(self, paragraph: str) -> bytes | None:
        if not paragraph or len(paragraph) > self.max_chars:
            return None
        return _paragraph_key(paragraph)


# A crawl asks for the key of each paragraph twice in a row (learning from a page, then cleaning it): the second
# time is a look-up. The key is a pure function of the text, so the cache cannot go stale.
@functools.lru_cache(maxsize=1024)
def _paragraph_key(paragraph: str) -> bytes | None:
    folded = " ".join(_WORD.findall(paragraph.casefold()))
    return _digest(folded) if folded else None


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "replace"), digest_size=8).digest()
