"""Follow redirects only within the source's hosts; loops and long chains fail with one clear reason."""
from __future__ import annotations

from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware, RedirectMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse
from scrapy.utils.response import get_meta_refresh

from news_archive.archive.sources import Source
from news_archive.archive.urls import page_key
from news_archive.spiders.offsite import on_source_hosts


class RedirectLoop(IgnoreRequest):
    """A redirect back to a URL already passed on the way."""


class TooManyRedirects(IgnoreRequest):
    """A chain longer than REDIRECT_MAX_TIMES."""


class OffsiteRedirect(IgnoreRequest):
    """A redirect to a host outside the source: that page is never fetched or stored as the partner's."""


class SourceRedirects:
    """Checks every hop before Scrapy's redirect middlewares follow it (their `_redirect` is the one place all pass)."""

    def _redirect(self, redirected, request, reason):
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if redirected.url in chain:
            raise RedirectLoop(f"redirect loop: {' -> '.join([*chain[chain.index(redirected.url):], redirected.url])}")
        if len(chain) > self.max_redirect_times:
            raise TooManyRedirects(f"more than {self.max_redirect_times} redirects, from {chain[0]}")
        source = request.cb_kwargs.get("source")
        if isinstance(source, Source) and not on_source_hosts(redirected.url, source):
            raise OffsiteRedirect(f"redirected to another site: {redirected.url}")
        redirected = super()._redirect(redirected, request, reason)
        if page_key(redirected.url) == page_key(request.url):
            # `/slug` -> `/slug/` or `host` -> `www.host`: the dupefilter counts those as the request just made.
            redirected.dont_filter = True
        return redirected


class SourceRedirectMiddleware(SourceRedirects, RedirectMiddleware):
    """HTTP 3xx redirects."""


class SourceMetaRefreshMiddleware(SourceRedirects, MetaRefreshMiddleware):
    """`<meta http-equiv="refresh">` redirects."""

    def process_response(self, request, response, spider=None):
        # Scrapy reads a refresh only from the first 4096 characters, and w3lib only from a `<meta>` whose
        # attributes say "refresh" (lower-cased): a page without the word cannot redirect, and most pages
        # have none. Ruling it out here spares each page working out its base URL and scanning its tags.
        if isinstance(response, HtmlResponse) and "refresh" not in response.text[:4096].lower():
            return response
        # A refresh naming the page's own address reloads it and moves nowhere (a generator's alias page left on
        # its own address, a front page reloading itself): the page is what was fetched, no redirect loop.
        if isinstance(response, HtmlResponse) \
                and get_meta_refresh(response, ignore_tags=self._ignore_tags)[1] in (request.url, response.url):
            return response
        return super().process_response(request, response)
