"""The news spider's reading of feeds and sitemaps: those robots.txt and pages name, a feed's home page, and
the usual feed addresses probed for a source that names none."""
from __future__ import annotations

from urllib.parse import urlsplit

import scrapy

from news_archive.archive.crawl_signals import feed_dates_read
from news_archive.archive.run_counters import START_PAGES_OK, counter_key
from news_archive.archive.sources import Source
from news_archive.archive.urls import page_key
from news_archive.spiders.page_presentation import ARTICLE_ROLES
from news_archive.spiders.feed_document import FeedDocument, read_feed
from news_archive.spiders.feed_items import feed_home_page, feed_item_dates, zero_time_items
from news_archive.spiders.feed_probe import FeedProbe, probe_folders, start_folders
from news_archive.spiders.offsite import on_source_hosts
from news_archive.spiders.page_outcomes import NO_FEED_AT_USUAL_ADDRESS, guessed_address_detail
from news_archive.spiders.site_maps import feed_kind, robots_sitemaps, xml_links

FEED_KINDS = ("rss", "atom", "json")  # a sitemap's `lastmod` dates a page's last change, not its publication


class FeedReading:
    """NewsSpider's feed and sitemap callbacks; the spider holds the state they read (spiders/news.py)."""

    def on_robots_parsed(self, robotparser, request):
        """Scrapy fetched a host's robots.txt to obey it: schedule the sitemaps it names, for the sources on that host."""
        if not hasattr(robotparser, "sitemaps"):
            return
        parts = urlsplit(request.url)
        sitemaps = robotparser.sitemaps(f"{parts.scheme}://{parts.netloc}/robots.txt")
        for source in self.sources:
            if on_source_hosts(request.url, source):
                for sitemap_request in self._sitemap_requests(sitemaps, source):
                    self.crawler.engine.crawl(sitemap_request)

    def parse_robots(self, response, source: Source):
        yield from self._sitemap_requests(robots_sitemaps(response.body, response.url), source)

    def _sitemap_requests(self, sitemaps: list[str], source: Source):
        for sitemap in sitemaps:
            yield from self._follow(sitemap, source, "feed", depth=0)

    def waits_for_feed(self, source: Source, role: str, url: str) -> bool:
        """True when a page reached from the listings is read while a feed of its source is still on its way: the
        feed's items say which pages are posts (presents_as_article), and its addresses which families are the
        posts'. Judged before the feed, a post with no date or article markup of its own is a page; held until the
        crawl runs out of pages (held_judgements.py), it is judged as when the feed answers first, the same whatever
        order a loaded machine or a slow feed gives the answers. Listings, menus and feeds lead on, and never wait."""
        return role in (*ARTICLE_ROLES, "alternate") and bool(self.feeds_awaited[source.id]) \
            and not self.decisions[source.id].presents_as_article(url)

    def feed_answered(self, source: Source, request) -> None:
        """A feed asked for answered, failed or was dropped: the pages read from now on need not wait for it."""
        awaited = self.feeds_awaited[source.id]
        awaited.discard(page_key(request.url))
        for url in request.meta.get("redirect_urls") or ():
            awaited.discard(page_key(url))

    def _parse_xml(self, response, source: Source, kind: str, role: str, depth: int):
        feed = read_feed(response.body)
        urls = xml_links(feed, response.url)
        if role == "start" and kind in FEED_KINDS:
            yield from self._follow_feed_home(feed, response.url, source)
        if kind in FEED_KINDS or urls:
            self.feeds_read.add(source.id)
        if kind in FEED_KINDS:
            self.news_feeds_read.add(source.id)
        self.fetch_plan.note_listed(source.id, feed, response.url)
        dates = feed_item_dates(feed, response.url) if kind in FEED_KINDS else {}
        # A site-wide feed's undated pages wait like a sitemap's links: its dated items show which of them are news.
        pages = zero_time_items(dates)
        dates = {url: date for url, date in dates.items() if url not in pages}
        self.decisions[source.id].from_feed([url for url in urls if url in pages], depth, sitemap=True)
        urls = [url for url in urls if url not in pages]
        if dates:  # kept by the archive for the pages that state no date (pipelines/feed_dates.py)
            self.crawler.signals.send_catch_log(feed_dates_read, source=source.id, feed=response.url, dates=dates)
        if kind == "sitemapindex":
            for url in urls:
                yield from self._follow(url, source, "feed", depth=1, indexed_sitemap=True)
            return
        for url in self.decisions[source.id].from_feed(urls, depth, sitemap=kind == "sitemap", named=role == "start"):
            yield from self._follow(url, source, "candidate", depth=1)

    def _follow_feed_home(self, feed: FeedDocument, feed_url: str, source: Source):
        """A feed named as a start URL holds its section's newest posts only: the page it names as its own lists
        them all, its pager leading to the older ones. That page may be the site's home page, whose menu leads
        anywhere: it is read as a listing one step away, whose links wait for the article families the feed's
        items show, as a category page's do."""
        home = feed_home_page(feed, feed_url)
        if home:
            yield from self._follow(home, source, "listing", depth=1)

    def _start_probe(self, source: Source):
        """A source's first probes, once: only when its start page answered and it read no feed nor sitemap, and not
        every night."""
        if source.id in self.feed_probes or (source.id in self.feeds_read and not self._judges_sitemap_by_feed(source)) \
                or not self.crawler.stats.get_value(counter_key(source.id, START_PAGES_OK)):
            return
        probe = self.feed_probes[source.id] = FeedProbe(probe_folders(source.start_urls), start_folders(source.start_urls))
        if not self.fetch_plan.walks_all(source.id) and self.fetch_plan.knows(probe.first_address()):
            # asked on an earlier run, and no feed answered (one that did is read first): a full crawl asks again;
            # the archive page an earlier run found in its stead is read again
            yield from self._archive_probe_requests(source)
            return
        yield from self._probe_requests(source)

    def _judges_sitemap_by_feed(self, source: Source) -> bool:
        """The source read a sitemap but no news feed, and its listings linked no article family of its own site (a
        listing printing each news item whole, its links leading to papers and project pages elsewhere): the usual
        feed addresses are asked for, as for a source with no sitemap, and the sitemap's pages wait for the feed."""
        return source.id in self.feeds_read and source.id not in self.news_feeds_read \
            and not self.decisions[source.id].families.known

    def _probe_requests(self, source: Source):
        """The next folder's usual feed addresses (none asked before), or a summary line once probing is done."""
        probe = self.feed_probes[source.id]
        while probe.asks_on():
            for url in probe.next_addresses():
                if source.id in self.at_request_bound or not self.decisions[source.id].note_request(url, "feed"):
                    continue
                probe.awaited += 1
                probe.asked += 1
                parse_probe, on_probe_error = self._probe_callbacks
                # Role "feed": a feed found is remembered like a linked one and asked for first on the next run.
                yield scrapy.Request(url, callback=parse_probe, errback=on_probe_error,
                                     cb_kwargs={"source": source, "role": "feed", "depth": 0}, priority=20)
        if not probe.awaited:
            found = ", ".join(probe.found) or "none"
            self.logger.info("%s: no page names a feed; asked for %d usual feed addresses, found: %s",
                             source.id, probe.asked, found)
            if not probe.found:  # the listings may print their posts whole, naming them on an archive page only
                yield from self._archive_probe_requests(source)

    def parse_probe(self, response, source: Source, role: str, depth: int):
        """A usual feed address answered: read it when it is a feed; anything else there (a site answering every
        address with its home page) is no page of the site's, listed as a usual address that held no feed."""
        kind = feed_kind(response.body) if response.status == 200 else None
        self.feed_probes[source.id].answered(response.url if kind in FEED_KINDS else None)
        if kind in FEED_KINDS:
            yield from self.parse_page(response, source, role, depth)
        else:
            self._not_stored(source, response.request.url, NO_FEED_AT_USUAL_ADDRESS,
                             f"HTTP {response.status}: not a feed")
        yield from self._probe_requests(source)

    def on_probe_error(self, failure):
        """No feed at a usual address (404, forbidden by robots.txt, a redirect off the site): expected, no
        broken link of the partner's and no error, listed under its own reason; the probing goes on in the folder
        above."""
        source: Source = failure.request.cb_kwargs["source"]
        self.feed_probes[source.id].answered(None)
        self._not_stored(source, failure.request.url, NO_FEED_AT_USUAL_ADDRESS, guessed_address_detail(failure))
        yield from self._probe_requests(source)
