"""What became of each page the news spider asked for: counted per source, not stored with its reason, or
failed with a line for the operator."""
from __future__ import annotations

import scrapy
from scrapy.exceptions import (DownloadCancelledError, DownloadConnectionRefusedError, DownloadTimeoutError,
                               IgnoreRequest)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import ConnectionRefusedError, DNSLookupError, TCPTimedOutError, TimeoutError

from news_archive.archive.crawl_signals import page_not_stored
from news_archive.archive.run_counters import REQUESTS, STOPPED, counter_key
from news_archive.archive.sources import Source
from news_archive.archive.urls import page_key
from news_archive.spiders.discovery import PageLinks
from news_archive.spiders.redirects import OffsiteRedirect, RedirectLoop, TooManyRedirects

GONE_STATUSES = (404, 410)
BROKEN_LINK = "broken link"  # the reason counted apart from errors: the partner's own dead link
NOT_AN_HTML_PAGE = "not an HTML page"  # binary bytes where a page was linked: the partner's, not an error
ANOTHER_CATEGORY = "another category's post"  # a post a side box or prev/next link led to, out of the start category
# a forum topic or book page a side box or prev/next link led to, filed by its breadcrumb trail under no news listing
ANOTHER_SECTION = "another section's page"
MENU_PAGE = "menu page"  # a page the start listing's top menu names, looked at for older posts: the site's own
ROBOTS_FORBIDDEN = "forbidden by robots.txt"  # the site's wish, no error; named if it kept out every start page
# A JSON file a news listing declares for its script, read for the posts its pager would show (listing_reading.py)
LISTING_DATA = "listing data"
# Our guess at a feed address that held none (spiders/feed_probe.py): no link of the partner's, no error; listed for
# the operator to see what was tried.
NO_FEED_AT_USUAL_ADDRESS = "usual feed address tried: no feed there"
# Likewise a guess at an archive page's address (spiders/archive_probe.py) that answered no page.
NO_ARCHIVE_AT_USUAL_ADDRESS = "usual archive address tried: no page there"
# A page that redirects (HTTP or <meta> refresh) to another page: judged, stored or listed under the address it leads
# to, whether the crawl followed the redirect or had asked for that address already (the dupefilter drops the ask).
REDIRECTS_TO_A_PAGE_FETCHED = "redirects to a page fetched at its own address"


class PageOutcomes:
    """NewsSpider's counters, its error callbacks and the reasons it notes; the spider holds the state they
    read (spiders/news.py)."""

    def on_request_sent(self, request, spider):
        """Count what each source costs its site, retries and redirects included (the dupefilter's drops are not)."""
        source = request.cb_kwargs.get("source")
        if isinstance(source, Source):
            self._count(source, REQUESTS)
            self.passed_over[source.id].forget(request.url)  # fetched, whichever way it was asked for
            if self.crawler.stats.get_value(counter_key(source.id, REQUESTS)) >= self.max_requests:
                self.at_request_bound.add(source.id)

    def on_request_dropped(self, request, spider=None):
        """A redirect the dupefilter dropped: its first address was fetched and is not stored under that address."""
        source = request.cb_kwargs.get("source")
        first = (request.meta.get("redirect_urls") or [None])[0]
        if isinstance(source, Source) and request.cb_kwargs.get("role") == "feed":
            self.feed_answered(source, request)
        if isinstance(source, Source) and first:
            self._not_stored(source, first, REDIRECTS_TO_A_PAGE_FETCHED,
                             f"redirects to {request.url}, which the crawl judged at that address")

    def _redirected_from(self, source: Source, response) -> None:
        """The page was reached through a redirect from another page's address (an old address, a refresh page): that
        address was fetched too, and is not stored as such. A `/slug` -> `/slug/` hop is the same page."""
        first = (response.meta.get("redirect_urls") or [None])[0]
        if first and page_key(first) != page_key(response.url):
            self._not_stored(source, first, REDIRECTS_TO_A_PAGE_FETCHED,
                             f"redirects to {response.url}, which the crawl judged at that address")

    def on_error(self, failure):
        request = failure.request
        source: Source = request.cb_kwargs["source"]
        url = (request.meta.get("redirect_urls") or [request.url])[0]  # the link followed, before any redirect
        if request.cb_kwargs.get("role") == "feed":
            self.feed_answered(source, request)
        kept = list(self._keep_pages_naming(source, url)) if request.cb_kwargs.get("role") == "canonical" else []
        yield from kept
        if failure.check(OffsiteRedirect):
            self._not_stored(source, url, "redirected to another site", failure.getErrorMessage())
        elif failure.check(RedirectLoop, TooManyRedirects):
            reason = "redirect loop" if failure.check(RedirectLoop) else "too many redirects"
            self._failed(source, url, reason, failure.getErrorMessage())
        elif failure.check(IgnoreRequest) and "DOWNLOAD_MAXSIZE" in failure.getErrorMessage():
            self._failed(source, url, "too large", "too large once decompressed (over DOWNLOAD_MAXSIZE)")
        elif failure.check(IgnoreRequest) and not failure.check(HttpError):
            # Forbidden by robots.txt: the site's wish, not an error.
            self._not_stored(source, url, ROBOTS_FORBIDDEN)
        elif request.cb_kwargs.get("role") != "start" and failure.check(HttpError) \
                and failure.value.response.status in GONE_STATUSES:
            # The partner's own dead link (an old menu entry, a feed left out of the build): the crawl is fine.
            named_by = f": the rel=canonical of {kept[0].url}, judged at its own address" if kept else ""
            self._not_stored(source, url, BROKEN_LINK, f"HTTP {failure.value.response.status}{named_by}")
            self.decisions[source.id].feed_item_gone(url)
        else:
            reason, detail = describe_failure(failure)
            self._failed(source, url, reason, detail)

    def _canonical_answered(self, source: Source, response) -> None:
        """The address pages named as their own answered: they are its duplicates, left out."""
        asked = (response.meta.get("redirect_urls") or [response.request.url])[0]
        for url, _depth in self.naming_canonical.pop(page_key(asked), ()):
            self._not_stored(source, url, "duplicate of canonical", f"the page names {asked} as its own")

    def _keep_pages_naming(self, source: Source, canonical: str):
        """The address pages named as their own is dead (a CMS that moved a post and kept the old canonical): each
        page is asked for again and judged at the address it was fetched at."""
        parse_page, on_error = self._callbacks
        for url, depth in self.naming_canonical.pop(page_key(canonical), ()):
            yield scrapy.Request(url, callback=parse_page, errback=on_error, dont_filter=True,
                                 cb_kwargs={"source": source, "role": "canonical", "depth": depth},
                                 meta={"canonical_gone": True})

    def links_not_followed(self):
        """(source id, url, why, detail) of every link the crawl left out in the end; read once the crawl is over."""
        for source_id, passed_over in self.passed_over.items():
            for url, why, detail in passed_over.decided():
                yield source_id, url, why, detail

    def ignore_error(self, failure):
        """A robots.txt under a sub-path is rare: none is no error."""

    def _count(self, source: Source, name: str) -> None:
        self.crawler.stats.inc_value(counter_key(source.id, name))

    def _not_stored(self, source: Source, url: str, reason: str, detail: str | None = None) -> None:
        self.crawler.signals.send_catch_log(page_not_stored, source=source.id, url=url, reason=reason, error=False,
                                            detail=detail or reason)

    def _failed(self, source: Source, url: str, reason: str, detail: str) -> None:
        self.crawler.signals.send_catch_log(page_not_stored, source=source.id, url=url, reason=reason, error=True,
                                            detail=detail)

    def _stop(self, source: Source, why: str) -> None:
        if self.crawler.stats.get_value(counter_key(source.id, STOPPED)):
            return
        self.crawler.stats.set_value(counter_key(source.id, STOPPED), why)
        self.logger.warning("%s: %s", source.id, why)


def listing_detail(role: str, links: PageLinks | None) -> str | None:
    """What an operator should know of a listing page left out: a start page leading nowhere is why a source's crawl
    finds nothing (its news filled in by a script, a redesign the listing's teasers no longer match)."""
    leads_on = links is not None and (links.teasers or links.pagination or links.feeds or links.filters)
    if role == "start" and links is not None and not leads_on:
        return ("a start page with no link to an article: no teaser headline, no pager, no feed "
                f"({len(links.content)} other links followed)")
    return None


def describe_failure(failure) -> tuple[str, str]:
    """A reason to count and a short line for the operator, for a request that failed."""
    if failure.check(HttpError):
        return "HTTP error", f"HTTP {failure.value.response.status}"
    if failure.check(DNSLookupError):
        return "no such host", "DNS lookup failed (no such host, or no network)"
    if failure.check(ConnectionRefusedError, DownloadConnectionRefusedError):
        return "connection refused", "connection refused"
    if failure.check(TimeoutError, TCPTimedOutError, DownloadTimeoutError):
        return "timed out", "timed out"
    if failure.check(DownloadCancelledError):  # Scrapy cancels a download only when it outgrows DOWNLOAD_MAXSIZE
        return "too large", "too large (over DOWNLOAD_MAXSIZE)"
    return "download failed", failure.getErrorMessage() or failure.type.__name__


def guessed_address_detail(failure) -> str:
    """The operator's line for an address guessed at (a usual feed or archive address) that held nothing: its HTTP
    status, robots.txt's word or what failed."""
    if failure.check(IgnoreRequest) and not failure.check(HttpError):  # an HttpError is an IgnoreRequest too
        return ROBOTS_FORBIDDEN
    return describe_failure(failure)[1]
