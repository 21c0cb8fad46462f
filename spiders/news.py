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
from news_archive.spiders.decisions import SourceDecisions
from news_archive.spiders.discovery import feed_kind, head_links, page_links, robots_sitemaps, sub_path_robots, xml_links
from news_archive.archive.record import ArticleItem
from news_archive.archive.urls import is_probably_html, listing_key, page_key, url_key, without_tracking

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
        self.not_stored[url] = reason  # the last word: a link left out on one page may be fetched from another

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
        self.requested: set[str] = set()
        self.decisions = {src.id: SourceDecisions(self.progress[src.id].pass_over) for src in self.sources}

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
                self.requested.add(page_key(url))
                yield self._request(url, src, "start", depth=0)
            hosts = [f"{urlsplit(u).scheme}://{urlsplit(u).netloc}/robots.txt" for u in src.start_urls]
            for robots_url in sorted(set(hosts)) + sub_path_robots(src.start_urls):
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
        decisions = self.decisions[source.id]
        if decisions.is_listing(root, response.url, role):
            if depth <= MAX_LISTING_DEPTH:
                yield from self._harvest(root, response.url, source, depth)
            if role not in ("start", "listing"):
                progress.pass_over(response.url, "not an article: listing")
            return
        if role != "alternate" and not source.matches_article_pattern(response.url):
            progress.pass_over(response.url, "not an article: outside the source's article_pattern")
            return
        canonical = None if role == "canonical" else decisions.canonical_elsewhere(root, response.url)
        if canonical and self._allowed(canonical, source):
            # Stored at the address the site names as its own, with this one among its URLs.
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
            listed_as_article=decisions.listed_as_article(root, response.url),
        )

    def closed(self, reason):
        """Count, per source, the pages not handed on as articles by why, and the site's broken links."""
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
        urls = xml_links(response.body, response.url)
        if kind == "sitemapindex":
            for url in urls:
                if not url.endswith(SKIPPED_SITEMAPS):
                    yield from self._follow(url, source, "feed", depth=1)
            return
        for url in self.decisions[source.id].from_feed(urls, depth, sitemap=kind == "sitemap"):
            yield from self._follow(url, source, "candidate", depth=1)

    def on_idle(self):
        """Listings and feeds are read: the links that waited for them and sit in an article family go now."""
        requests = [request for source in self.sources
                    for url, linked_as in self.decisions[source.id].release()
                    for request in self._follow(url, source, "candidate", depth=1, alias=linked_as)]
        for request in requests:
            self.crawler.engine.crawl(request)
        if requests:
            raise DontCloseSpider

    def _harvest(self, root, page_url: str, source: Source, depth: int):
        links = page_links(root, page_url)
        for url in links.pagination:
            if listing_key(url) == listing_key(page_url) or urlsplit(url).netloc == urlsplit(page_url).netloc:
                yield from self._follow(without_tracking(url), source, "listing", depth, alias=url)
        for url in links.feeds:
            yield from self._follow(url, source, "feed", depth)
        links.content = [(url, text) for url, text in links.content
                         if not source.article_pattern or source.matches_article_pattern(url)]
        for url, linked_as in self.decisions[source.id].from_listing(links, depth):
            yield from self._follow(url, source, "candidate", depth + 1, alias=linked_as)

    def _follow(self, url: str, source: Source, role: str, depth: int, alias: str | None = None):
        self.link_forms[url_key(url)].add(alias or url)
        key = page_key(url)
        if key in self.requested or not self._allowed(url, source):
            return
        if role != "feed" and not is_probably_html(url):
            return
        self.requested.add(key)
        yield self._request(url, source, role, depth)

    def _request(self, url: str, source: Source, role: str, depth: int) -> scrapy.Request:
        self.decisions[source.id].note_request(url, role)
        self.progress[source.id].not_stored.pop(url, None)
        return scrapy.Request(url, callback=self.parse_page, errback=self.on_error, dont_filter=True,
                              cb_kwargs={"source": source, "role": role, "depth": depth},
                              priority={"start": 30, "listing": 20, "feed": 20}.get(role, 0))

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
