"""Pages whose type waits for the links the source repeats on most of its pages (spiders/pagetype.py RepeatedLinks).

A page that is a listing or not by which of its links the source shows on most of its pages (a "latest posts" block,
a side column's topics) is held: judged when the crawl runs out of pages to fetch (the spider's idle), from the
response kept, not fetched again, against the count as it stood then. Judged as it was read, the count would be
whatever pages Scrapy happened to fetch first; at the idle it is that of every page the crawl reached without the
held ones, the same whatever the order. Pages read after an idle are held for the next."""
from __future__ import annotations

import scrapy

from news_archive.spiders.pagetype import RepeatedLinks

# Request meta: the kept response a request carries back through the engine, and the page's teaser-like links as
# counted when it was first read (counted once; a page judged again is never held again).
KEPT_RESPONSE = "news_archive_kept_response"
HELD_LINKS = "news_archive_held_links"
# Request meta: the source's count of repeated links as it stood at the idle the held page is judged at.
HELD_COUNT = "news_archive_held_count"


class HeldJudgements:
    """The pages one crawl holds, with what its spider needs to judge them again."""

    def __init__(self):
        self.pages: list[tuple[scrapy.http.Response, dict, dict[str, int], RepeatedLinks]] = []

    def hold(self, response, cb_kwargs: dict, found: dict[str, int], repeated: RepeatedLinks) -> None:
        """`repeated`: the source's count, read as it stands when the held pages are judged."""
        self.pages.append((response, cb_kwargs, found, repeated))

    def requests(self, callback, errback) -> list[scrapy.Request]:
        """Requests answered with the kept responses (KeptResponseMiddleware), to judge the held pages now, each
        against its source's count as it stands now: the pages these requests lead to are read in no set order."""
        held, self.pages = self.pages, []
        counts = {id(repeated): repeated.frozen() for *_, repeated in held}
        return [response.request.replace(callback=callback, errback=errback, cb_kwargs=cb_kwargs, dont_filter=True,
                                         meta={**response.request.meta, KEPT_RESPONSE: response, HELD_LINKS: found,
                                               HELD_COUNT: counts[id(repeated)]})
                for response, cb_kwargs, found, repeated in held]


class KeptResponseMiddleware:
    """A downloader middleware: a request carrying a kept response is answered with it, and reaches no site."""

    def process_request(self, request, spider=None):
        kept = request.meta.pop(KEPT_RESPONSE, None)
        return None if kept is None else kept.replace(request=request)
