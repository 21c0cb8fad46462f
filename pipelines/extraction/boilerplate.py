"""Remember the text blocks one source repeats across its pages, so they can be dropped as boilerplate."""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

_NON_WORD = re.compile(r"\W+")


class BoilerplateMemory:
    """Paragraphs seen on several distinct pages of one source: sign-up boxes, contact blocks, teasers.

    Hold one per source. A paragraph counts as boilerplate on a page when it also appeared on at least
    `min_other_pages` other pages of the source. Only blocks of at most `max_chars` characters are
    tracked: long paragraphs shared by pages are cross-posted or translated articles, not furniture.
    """

    def __init__(self, min_other_pages: int = 2, max_chars: int = 400):
        self.min_other_pages = min_other_pages
        self.max_chars = max_chars
        self._pages_by_block: dict[bytes, set[bytes]] = {}

    def observe(self, page: str, paragraphs: Iterable[str]) -> None:
        """Record the paragraphs of one page (a page seen again is not counted twice)."""
        page_key = _digest(page)
        for paragraph in paragraphs:
            key = self._key(paragraph)
            if key is None:
                continue
            pages = self._pages_by_block.setdefault(key, set())
            # Knowing "more than enough" is all that matters: cap the set to bound memory.
            if len(pages) <= self.min_other_pages:
                pages.add(page_key)

    def is_boilerplate(self, page: str, paragraph: str) -> bool:
        key = self._key(paragraph)
        if key is None:
            return False
        pages = self._pages_by_block.get(key, ())
        others = len(pages) - (_digest(page) in pages)
        return others >= self.min_other_pages

    def clean(self, page: str, paragraphs: list[str]) -> list[str]:
        """Observe a page, then return its paragraphs without the repeated ones."""
        self.observe(page, paragraphs)
        return [p for p in paragraphs if not self.is_boilerplate(page, p)]

    def _key(self, paragraph: str) -> bytes | None:
        if not paragraph or len(paragraph) > self.max_chars:
            return None
        folded = _NON_WORD.sub(" ", paragraph.casefold()).strip()
        return _digest(folded) if folded else None


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "replace"), digest_size=8).digest()
