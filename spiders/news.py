"""The one spider: finds a partner's articles through feeds, sitemaps and paginated listings, and fetches them."""
from __future__ import annotations

import ipaddress
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, DownloadConnectionRefusedError, DownloadTimeoutError, IgnoreRequest
from scrapy.http import TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import ConnectionRefusedError, DNSLookupError, TCPTimedOutError, TimeoutError

from news_archive.archive.sources import Source, load_sources, select_sources
from news_archive.spiders.discovery import feed_kind, head_links, page_links, robots_sitemaps, xml_links
from news_archive.spiders.families import UrlFamilies
from news_archive.archive.record import ArticleItem
from news_archive.spiders.pagetype import RepeatedLinks, declared_type, is_listing
from news_archive.archive.urls import canonical_url, is_probably_html, listing_key, page_key, url_key, without_tracking

# Listings found by following teaser links are read, but not the listings they lead to: the news
# section is reached in one step from its start URLs, and this keeps the crawl out of the rest of the site.
MAX_LISTING_DEPTH = 1
# Sites on this machine (the sample sites, benchmarks): no one to be polite to.
LOOPBACK_SETTINGS = {"DOWNLOAD_DELAY": 0, "CONCURRENT_REQUESTS_PER_DOMAIN": 16}
GONE_STATUSES = (404, 410)
SKIPPED_SITEMAPS = ("page-sitemap", "category-sitemap", "tag-sitemap", "author-sitemap")


@dataclass
class SourceProgress:
    """What one source's crawl has done so far; read by the store stage to record the run."""

    pages_fetched: int = 0
    candidates: int = 0  # pages handed to the pipelines as possible articles
    start_pages_ok: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)
    broken_links: list[str] = field(default_factory=list)  # pages the site links to that answer 404/410
    not_stored: dict[str, str] = field(default_factory=dict)  # url -> why the crawler did not hand it on as an article

    def pass_over(self, url: str, reason: str) -> None:
        self.not_stored.setdefault(url, reason)

    @property
    def unreachable(self) -> bool:
        return self.start_pages_ok == 0


class NewsSpider(scrapy.Spider):
    name = "news"

    def __init__(self, sources: list[Source] | None = None, source: str | None = None,
                 sources_file: str | None = None, **kwargs):
        super().__init__(**kwargs)
        if sources is None:
            ids = [part for part in (source or "").split(",") if part]
            sources = select_sources(load_sources(sources_file), ids, sources_file)
        self.sources = list(sources)
        self.progress = {src.id: SourceProgress() for src in self.sources}
        self.link_forms: dict[str, set[str]] = defaultdict(set)  # url_key -> every URL form seen for it
        self.requested: dict[str, str] = {}  # page_key -> the role it was requested in
        self.families = {src.id: UrlFamilies() for src in self.sources}
        self.feed_items: set[str] = set()  # page_keys of RSS/Atom items
        self.repeated = {src.id: RepeatedLinks() for src in self.sources}
        # Sitemaps list every page of a site (contact, tags, authors), a category's feed every page filed
        # there (publications, tools): their URLs wait until the news listings and their feeds have shown
        # which address families hold the source's articles.
        self.unvouched: dict[str, list[tuple[str, str]]] = {src.id: [] for src in self.sources}  # (url, as linked)

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        kwargs.setdefault("sources_file", crawler.settings.get("SOURCES_FILE"))
        spider = super().from_crawler(crawler, *args, **kwargs)
        if all_on_loopback(spider.sources) and not crawler.settings.frozen:
            crawler.settings.update(LOOPBACK_SETTINGS, priority="spider")
        crawler.signals.connect(spider.on_item_error, signal=signals.item_error)
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        return spider

    async def start(self):
        for src in self.sources:
            for url in src.start_urls:
                self.requested[page_key(url)] = "start"
                yield self._request(url, src, "start", depth=0)
            for robots_url in robots_locations(src.start_urls):
                yield scrapy.Request(robots_url, callback=self.parse_robots, errback=self.ignore_error,
                                     cb_kwargs={"source": src}, meta={"dont_obey_robotstxt": True}, dont_filter=True)

    # --- callbacks -------------------------------------------------------------------------------

    def parse_robots(self, response, source: Source):
        for sitemap in robots_sitemaps(response.body, response.url):
            if self._allowed(sitemap, source) and not sitemap.endswith(SKIPPED_SITEMAPS):
                yield from self._follow(sitemap, source, "feed", depth=0)

    def parse_page(self, response, source: Source, role: str, depth: int):
        progress = self.progress[source.id]
        progress.pages_fetched += 1
        if role == "start":
            progress.start_pages_ok += 1
        self.link_forms[url_key(response.url)].add(response.url)
        kind = feed_kind(response.body)
        if kind:
            yield from self._parse_xml(response, source, kind, depth)
            return
        if not isinstance(response, TextResponse) or b"\x00" in response.body[:4096]:
            progress.errors.append(f"{response.url}: not an HTML page ({response.headers.get('Content-Type', b'?').decode()}, binary content)")
            return
        root = response.selector.root
        self.repeated[source.id].observe(root, response.url)
        if role == "start":
            listing = declared_type(root) != "article"
        elif role == "listing":
            listing = True
        elif self.families[source.id].holds(response.url) or page_key(response.url) in self.feed_items:
            # The site's listings or feed present it as an article: a "latest news" block or many links in
            # the text do not make it a listing; only the page's own declaration does.
            listing = declared_type(root) == "listing"
        else:
            listing = is_listing(root, response.url, self.repeated[source.id])
        if listing:
            if depth <= MAX_LISTING_DEPTH:
                yield from self._harvest(root, response.url, source, depth)
            if role not in ("start", "listing"):
                progress.pass_over(response.url, "not an article: listing")
            return
        if role != "alternate" and not source.matches_article_pattern(response.url):
            progress.pass_over(response.url, "not an article: outside the source's article_pattern")
            return
        canonical = head_links(root, response.url).canonical
        if role != "canonical" and self._names_other_page(canonical, response.url, source):
            # The site names another address as this page's own (a `?p=N` shortlink, a print view): that
            # one is stored, with this address as one of its URLs.
            self.link_forms[url_key(canonical)].update({response.url, response.request.url})
            progress.pass_over(response.url, "duplicate of canonical")
            yield from self._follow(canonical, source, "canonical", depth)
            return
        progress.candidates += 1
        for alternate in head_links(root, response.url).alternates:
            yield from self._follow(alternate, source, "alternate", depth)
        yield ArticleItem(
            source=source.id,
            url=response.url,
            html=response.text,
            fetched_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
            seen_urls=sorted(self.link_forms[url_key(response.url)] | {response.request.url}),
            source_languages=source.languages,
            listed_as_article=self._listed_as_article(root, response.url, source),
        )

    def closed(self, reason):
        """Count, per source, the pages not handed on as articles by why: the crawl's stats say what it passed over."""
        for source_id, progress in self.progress.items():
            for why, count in Counter(progress.not_stored.values()).items():
                self.crawler.stats.set_value(f"not_stored/{source_id}/{why}", count)
            self.crawler.stats.set_value(f"broken_links/{source_id}", len(progress.broken_links))

    def ignore_error(self, failure):
        """robots.txt is optional: a site without one is crawled as if it allowed everything."""

    def on_item_error(self, item, response, spider, failure):
        """A page a pipeline stage failed on: counted against its source; the crawl goes on."""
        self.progress[item.source].errors.append(f"{item.url}: {failure.type.__name__}: {failure.getErrorMessage()}")

    def on_error(self, failure):
        request = failure.request
        source: Source = request.cb_kwargs["source"]
        if failure.check(IgnoreRequest) and not failure.check(HttpError):
            self.progress[source.id].skipped += 1  # forbidden by robots.txt: the site's wish, not an error
            return
        progress = self.progress[source.id]
        if request.cb_kwargs.get("role") != "start" and failure.check(HttpError) \
                and failure.value.response.status in GONE_STATUSES:
            # The partner's own dead link (an old menu entry, a feed left out of the build): the crawl is fine.
            progress.broken_links.append(f"{request.url}: HTTP {failure.value.response.status}")
            return
        progress.errors.append(f"{request.url}: {_describe(failure)}")

    # --- following links ------------------------------------------------------------------------

    def _parse_xml(self, response, source: Source, kind: str, depth: int):
        for url in xml_links(response.body, response.url):
            if kind == "sitemapindex":
                if not url.endswith(SKIPPED_SITEMAPS):
                    yield from self._follow(url, source, "feed", depth=1)
            elif kind == "sitemap" or depth > 0:
                self.unvouched[source.id].append((url, url))
            else:
                # The news section's own feed lists its posts: its items show the article families.
                self.families[source.id].learn(url)
                self.feed_items.add(page_key(url))
                yield from self._follow(url, source, "candidate", depth=1)

    def on_idle(self):
        """Listings and feeds are read: sitemap and category-feed URLs in a learnt article family are fetched now."""
        requests = [request for source in self.sources for request in self._unvouched_requests(source)]
        for request in requests:
            self.crawler.engine.crawl(request)
        if requests:
            raise DontCloseSpider

    def _unvouched_requests(self, source: Source):
        urls, self.unvouched[source.id] = self.unvouched[source.id], []
        families = self.families[source.id]
        for url, linked_as in urls:
            if families.known and not families.admits(url):
                if page_key(url) not in self.requested:  # reached another way too: judged there
                    self.progress[source.id].pass_over(url, "not fetched: outside the article URL families")
                continue
            yield from self._follow(url, source, "candidate", depth=1, alias=linked_as)

    def _harvest(self, root, page_url: str, source: Source, depth: int):
        links = page_links(root, page_url)
        for url in links.pagination:
            if listing_key(url) == listing_key(page_url) or urlsplit(url).netloc == urlsplit(page_url).netloc:
                yield from self._follow(without_tracking(url), source, "listing", depth, alias=url)
        for url in links.feeds:
            yield from self._follow(url, source, "feed", depth)
        if depth == 0:  # the news listings themselves, not the category and tag pages they lead to
            for url in links.teasers:
                self.families[source.id].learn(url)
        families, teasers = self.families[source.id], set(links.teasers)
        for url, _text in links.content:
            if source.article_pattern and not source.matches_article_pattern(url):
                continue
            if url not in teasers and families.known and not families.admits(url) and not families.indexes(url):
                # A label ("Contact", "Privacy") outside every family the teasers show: site furniture.
                self.progress[source.id].pass_over(url, "not followed: a label link outside the article URL families")
                continue
            if depth == 0:
                yield from self._follow(canonical_url(url), source, "candidate", depth + 1, alias=url)
            else:  # an author's or category's page also links publications, tools, events
                self.unvouched[source.id].append((canonical_url(url), url))

    def _follow(self, url: str, source: Source, role: str, depth: int, alias: str | None = None):
        self.link_forms[url_key(url)].add(alias or url)
        key = page_key(url)
        if key in self.requested or not self._allowed(url, source):
            return
        if role != "feed" and not is_probably_html(url):
            return
        self.requested[key] = role
        yield self._request(url, source, role, depth)

    def _request(self, url: str, source: Source, role: str, depth: int) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse_page, errback=self.on_error, dont_filter=True,
                              cb_kwargs={"source": source, "role": role, "depth": depth},
                              priority={"start": 30, "listing": 20, "feed": 20}.get(role, 0))

    def _listed_as_article(self, root, url: str, source: Source) -> bool:
        """The site's own word that the page is an article: a feed item, an address in an article family its
        listings show, or a page marking itself as a single entry."""
        return (page_key(url) in self.feed_items or self.families[source.id].holds(url)
                or declared_type(root) == "article")

    def _names_other_page(self, canonical: str | None, url: str, source: Source) -> bool:
        """True when rel=canonical names another article page; not a listing, the home page or a folder above."""
        if not canonical or page_key(canonical) == page_key(url) or not self._allowed(canonical, source):
            return False
        if self.requested.get(page_key(canonical), "candidate") not in ("candidate", "canonical"):
            return False  # a start page or listing: a site-wide canonical set by mistake
        above = urlsplit(canonical).path.rstrip("/") + "/"
        return not urlsplit(url).path.startswith(above)

    @staticmethod
    def _allowed(url: str, source: Source) -> bool:
        host = urlsplit(url).netloc.lower()
        return host in source.allowed_hosts or host.removeprefix("www.") in {h.removeprefix("www.") for h in source.allowed_hosts}


def _describe(failure) -> str:
    """A short reason a request failed, for the operator's one-line error."""
    if failure.check(HttpError):
        return f"HTTP {failure.value.response.status}"
    if failure.check(DNSLookupError):
        return "DNS lookup failed (no such host, or no network)"
    if failure.check(ConnectionRefusedError, DownloadConnectionRefusedError):
        return "connection refused"
    if failure.check(TimeoutError, TCPTimedOutError, DownloadTimeoutError):
        return "timed out"
    return failure.getErrorMessage() or failure.type.__name__


def robots_locations(start_urls: list[str]) -> list[str]:
    """robots.txt at each start URL's host and, for a site served under a sub-path, in that sub-path's root."""
    found = []
    for url in start_urls:
        parts = urlsplit(url)
        segments = [segment for segment in parts.path.split("/") if segment]
        roots = [""] + ([f"/{segments[0]}"] if len(segments) > 1 else [])
        for root in roots:
            robots = f"{parts.scheme}://{parts.netloc}{root}/robots.txt"
            if robots not in found:
                found.append(robots)
    return found


def all_on_loopback(sources: list[Source]) -> bool:
    return all(_is_loopback(url) for source in sources for url in source.start_urls)


def _is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
