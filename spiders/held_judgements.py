"""Pages whose type waits for the links the source repeats on most of its pages (spiders/pagetype.py RepeatedLinks).

A page read before enough of the source's pages were read to tell its "latest posts" block from teasers, and taken for
a listing only by links that block may hold, is held: judged when the crawl runs out of pages to fetch (the spider's
idle), from the response kept, not fetched again. Held pages are few: once the count can tell, none is held.
A post no news listing shows waits there too while a static news page's posts are read, whose categories say whether
it is another category's (spiders/picked_posts.py)."""
from __future__ import annotations

import scrapy

# Request meta: the kept response a request carries back through the engine, and the page's teaser-like links as
# counted when it was first read (counted once; a page judged again is never held again).
KEPT_RESPONSE = "news_archive_kept_response"
HELD_LINKS = "news_archive_held_links"


class HeldJudgements:
    """The pages one crawl holds, with what its spider needs to judge them again."""

    def __init__(self):
        self.pages: list[tuple[scrapy.http.Response, dict, dict[str, int]]] = []

    def hold(self, response, cb_kwargs: dict, found: dict[str, int]) -> None:
        self.pages.append((response, cb_kwargs, found))

    def requests(self, callback, errback) -> list[scrapy.Request]:
        """Requests answered with the kept responses (KeptResponseMiddleware), to judge the held pages now."""
        held, self.pages = self.pages, []
        return [response.request.replace(callback=callback, errback=errback, cb_kwargs=cb_kwargs, dont_filter=True,
                                         meta={**response.request.meta, KEPT_RESPONSE: response, HELD_LINKS: found})
                for response, cb_kwargs, found in held]


class KeptResponseMiddleware:
    """A downloader middleware: a request carrying a kept response is answered with it, and reaches no site."""

    def process_request(self, request, spider=None):
        kept = request.meta.pop(KEPT_RESPONSE, None)
        return None if kept is None else kept.replace(request=request)
