"""A big page's trees, once freed, go back to the system before the next pages' bodies arrive.

lxml builds a page's tree (and the clean stage its copy) from many small allocations, which glibc takes from its heap;
freed, they stay in the process's memory, scattered among live objects, so the heap keeps its size. Page bodies and
texts come from mmap (archive/crawl/run.py sets the threshold), outside that heap: the crawl's peak was the heap's
largest size, its trees' at their most, plus every body and text waiting at the peak, though the two seldom met.
After each big page is finished its freed heap pages are handed back (malloc_trim), a few milliseconds a time.
"""
from __future__ import annotations

import ctypes
import ctypes.util

from scrapy import signals

BIG_PAGE_CHARACTERS = 1_000_000  # markup past which a page's trees (two, of about twice its size each) are worth it


def _malloc_trim():
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc: its allocator decides
        return None


class FreedHeapReturn:
    """Extension: once a big page's item has left the pipelines (stored, dropped or failed), its trees are gone;
    the heap's free pages go back to the system."""

    def __init__(self):
        self.trim = _malloc_trim()

    @classmethod
    def from_crawler(cls, crawler):
        extension = cls()
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(extension.page_finished, signal=signal)
        return extension

    def page_finished(self, item, **_kwargs) -> None:
        if self.trim is not None and len(getattr(item, "html", None) or "") >= BIG_PAGE_CHARACTERS:
            self.trim(0)
