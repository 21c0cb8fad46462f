"""Pages whose type waits for the links the source repeats on most of its pages (spiders/pagetype.py RepeatedLinks).

A page that is a listing or not by which of its links the source shows on most of its pages (a "latest posts" block,
a side column's topics) is held: judged when the crawl runs out of pages to fetch (the spider's idle), from the
response kept, not fetched again, against the count as it stood then. Judged as it was read, the count would be
whatever pages Scrapy happened to fetch first; at the idle it is that of every page the crawl reached without the
held ones, the same whatever the order. Pages read after an idle are held for the next.
A post no news listing shows waits there too while a static news page's posts are read, whose categories say whether
it is another category's (spiders/picked_posts.py); and a page read while a feed of its source is still on its way,
whose items say which pages are posts (spiders/feed_reading.py waits_for_feed)."""
from __future__ import annotations

import scrapy

from news_archive.spiders.pagetype import RepeatedLinks

# Request meta: the kept response a request carries back through the engine, and the page's teaser-like links as
# counted when it was first read (counted once; a page judged again is never held again).
KEPT_RESPONSE = "news_archive_kept_response"
HELD_LINKS = "news_archive_held_links"
# Request meta: the source's count of repeated links as it stood at the idle the held page is judged at.
HELD_COUNT = "news_archive_held_count"
# The page bytes a crawl holds at most at once. A held page is kept whole until the idle; a site of many large posts
# that all wait (each showing a "latest posts" block) would otherwise hold them all. Past it, a page is judged as it
# is read, by the count as it stands: the order may then matter again, the memory never grows unbounded.
MAX_HELD_BYTES = 32 * 1024 * 1024


class HeldJudgements:
    """The pages one crawl holds, with what its spider needs to judge them again."""

    def __init__(self):
        self.pages: list[tuple[scrapy.http.Response, dict, dict[str, int], RepeatedLinks]] = []
        self.held_bytes = 0

    def hold(self, response, cb_kwargs: dict, found: dict[str, int], repeated: RepeatedLinks) -> bool:
        """Hold the page; False when that would pass MAX_HELD_BYTES (the caller judges it now).
        `repeated`: the source's count, read as it stands when the held pages are judged."""
        if self.held_bytes + len(response.body) > MAX_HELD_BYTES:
            return False
        self.held_bytes += len(response.body)
        self.pages.append((response, cb_kwargs, found, repeated))
        return True

    def requests(self, callback, errback) -> list[scrapy.Request]:
        """Requests answered with the kept responses (KeptResponseMiddleware), to judge the held pages now, each
        against its source's count as it stands now: the pages these requests lead to are read in no set order."""
        held, self.pages, self.held_bytes = self.pages, [], 0
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
