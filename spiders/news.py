"""The one spider: finds a partner's articles through feeds, sitemaps and paginated listings, and fetches them."""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timezone
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import (DontCloseSpider, DownloadCancelledError, DownloadConnectionRefusedError,
                               DownloadTimeoutError, IgnoreRequest)
from scrapy.http import TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import ConnectionRefusedError, DNSLookupError, TCPTimedOutError, TimeoutError

from news_archive.archive.cms_classes import marks_archive
from news_archive.archive.crawl_signals import feed_dates_read, listing_author_read, listing_dates_read, page_not_stored
from news_archive.archive.record import ArticleItem
from news_archive.archive.run_counters import (CANDIDATES, CUT_SHORT, LISTING_PAGES, PAGES_FETCHED, REQUESTS,
                                               START_PAGES_OK, STOPPED, counter_key)
from news_archive.archive.sources import Source, load_sources, select_sources
from news_archive.archive.urls import is_probably_html, listing_key, page_key, url_key, without_tracking
from news_archive.spiders.app_data import data_teasers
from news_archive.spiders.categories import archive_categories
from news_archive.spiders.decisions import SourceDecisions
from news_archive.spiders.discovery import (PageLinks, head_links, neighbour_links, page_links, same_address_family,
                                            term_listing_links)
from news_archive.spiders.feed_document import FeedDocument, read_feed
from news_archive.spiders.feed_items import feed_home_page, feed_item_dates, zero_time_items
from news_archive.spiders.feed_probe import FeedProbe, probe_folders, start_folders
from news_archive.spiders.incremental import FetchPlan
from news_archive.spiders.language_listings import listing_translations
from news_archive.spiders.listing_dates import teaser_texts
from news_archive.spiders.markup import MAX_MARKUP_DEPTH, page_tree, stated_author
from news_archive.spiders.menu_listings import card_makes, shows_cards_of, top_menu_links
from news_archive.spiders.navigation_regions import NavigationRegions
from news_archive.spiders.offsite import on_source_hosts
from news_archive.spiders.pagetype import leads_to_its_next_page
from news_archive.spiders.passed_over import LISTING_LEFT_UNREAD, PassedOver
from news_archive.spiders.politeness import user_agent
from news_archive.spiders.post_lists import chrome_link_lists
from news_archive.spiders.redirects import OffsiteRedirect, RedirectLoop, TooManyRedirects
from news_archive.spiders.section_listings import section_menu_links
from news_archive.spiders.site_maps import feed_kind, lists_no_posts, robots_sitemaps, sub_path_robots, xml_links

# Listings found by following teaser links are read, but not the listings they lead to: the news
# section is reached in one step from its start URLs, and this keeps the crawl out of the rest of the site.
MAX_LISTING_DEPTH = 1
# A start listing's filters read when it has no pager: a year per year of news, or a topic each, bounded.
MAX_FILTER_PAGES = 30
GONE_STATUSES = (404, 410)
FEED_KINDS = ("rss", "atom", "json")  # a sitemap's `lastmod` dates a page's last change, not its publication
BROKEN_LINK = "broken link"  # the reason counted apart from errors: the partner's own dead link
NOT_AN_HTML_PAGE = "not an HTML page"  # binary bytes where a page was linked: the partner's, not an error
ANOTHER_CATEGORY = "another category's post"  # a post a side box or prev/next link led to, out of the start category
MENU_PAGE = "menu page"  # a page the start listing's top menu names, looked at for older posts: the site's own
ROBOTS_FORBIDDEN = "forbidden by robots.txt"  # the site's wish, no error; named if it kept out every start page
# Our guess at a feed address that held none (spiders/feed_probe.py): no link of the partner's, no error; listed for
# the operator to see what was tried.
NO_FEED_AT_USUAL_ADDRESS = "usual feed address tried: no feed there"


class NewsSpider(scrapy.Spider):
    name = "news"

    def __init__(self, sources: list[Source] | None = None, source: str | None = None,
                 sources_file: str | None = None, **kwargs):
        super().__init__(**kwargs)
        if sources is None:
            ids = [part for part in (source or "").split(",") if part]
            sources = select_sources(load_sources(sources_file), ids, sources_file)
        self.sources = list(sources)
        self.link_forms: dict[str, set[str]] = defaultdict(set)  # url_key -> every URL form seen for it
        # source id -> the links left out and why (the reason that decided, whatever the order they were met in)
        self.passed_over: dict[str, PassedOver] = {src.id: PassedOver() for src in self.sources}
        self.decisions = {src.id: SourceDecisions(self.passed_over[src.id].note, src.start_urls)
                          for src in self.sources}
        self.listed_links: dict[str, set[str]] = defaultdict(set)  # source id -> url_keys of links its listings showed
        # page_key -> pages in a row with no new article link on the pager chain that led to it (0: a fresh listing)
        self.barren_chain: dict[str, int] = {}
        # page_key -> depth of the pages of a start listing's versions in other languages (spiders/language_listings.py),
        # read on only while they bring article links the source's other listings did not show
        self.translation_listings: dict[str, int] = {}
        self.listings_stopped: set[str] = set()
        # Sources that read a news feed or a sitemap naming pages (a remembered one answering 304 counts): the
        # rest have their usual feed addresses probed once the listings are read (spiders/feed_probe.py).
        self.feeds_read: set[str] = set()
        # Of those, the sources that read a news feed (RSS, Atom, JSON) or a remembered feed answering 304: a
        # sitemap lists every page of a site, and says nothing of which are news.
        self.news_feeds_read: set[str] = set()
        self.feed_probes: dict[str, FeedProbe] = {}
        self.requests_stopped: set[str] = set()
        # page_key of a canonical asked for -> (url, depth) of the pages naming it, until it answers
        self.naming_canonical: dict[str, list[tuple[str, int]]] = defaultdict(list)
        # Scrapy checks each callback for `return value` in a cache keyed weakly by the callable: a bound method made
        # per request dies with it, and the check (inspect.getsource and an AST walk) ran again for every page.
        # Requests take these very objects, which live as long as the spider, so the cache's entries do too.
        self._callbacks = (self.parse_page, self.on_error)
        self._probe_callbacks = (self.parse_probe, self.on_probe_error)

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        kwargs.setdefault("sources_file", crawler.settings.get("SOURCES_FILE"))
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.fetch_plan = FetchPlan(crawler.settings.get("ARCHIVE_DB"), [src.id for src in spider.sources],
                                      full=crawler.settings.getbool("FULL_CRAWL"),
                                      revisit_days=crawler.settings.getint("REVISIT_DAYS"))
        spider.user_agent = user_agent(crawler.settings) or crawler.settings.get("USER_AGENT")
        crawler.signals.connect(spider.on_robots_parsed, signal=signals.robots_parsed)
        crawler.signals.connect(spider.on_request_sent, signal=signals.request_reached_downloader)
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        spider.max_requests = crawler.settings.getint("NEWS_MAX_REQUESTS")
        # Sources whose requests reached that bound, noted as each request is sent: asking the stats collector
        # for every link a page shows cost more than the rest of following it.
        spider.at_request_bound = {src.id for src in spider.sources} if spider.max_requests <= 0 else set()
        return spider

    def crawl_kind(self, source_id: str) -> str:
        """'full' or 'incremental': recorded with each run, which is compared with runs of its kind."""
        return self.fetch_plan.kind(source_id)

    async def start(self):
        self.fetch_plan.load()
        for src in self.sources:
            self.decisions[src.id].note_archived(self.fetch_plan.archived_articles(src.id))
            for url in src.start_urls:
                for request in self._follow(url, src, "start", depth=0):
                    yield request
            for url in self.fetch_plan.feeds(src.id):  # even when the page or index that names them is unchanged
                for request in self._follow(url, src, "feed", depth=0):
                    yield request
            for url in self.fetch_plan.revisits(src.id):  # recent articles: a late correction is fetched too
                for request in self._follow(url, src, "candidate", depth=1):
                    yield request
            # The host's robots.txt comes through RobotsTxtMiddleware (see on_robots_parsed); one under the
            # start URLs' path is read for its `Sitemap:` lines only.
            for robots_url in sub_path_robots(src.start_urls):
                yield scrapy.Request(robots_url, callback=self.parse_robots, errback=self.ignore_error,
                                     cb_kwargs={"source": src}, meta={"dont_obey_robotstxt": True})

    # --- callbacks -------------------------------------------------------------------------------

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

    def on_request_sent(self, request, spider):
        """Count what each source costs its site, retries and redirects included (the dupefilter's drops are not)."""
        source = request.cb_kwargs.get("source")
        if isinstance(source, Source):
            self._count(source, REQUESTS)
            if self.crawler.stats.get_value(counter_key(source.id, REQUESTS)) >= self.max_requests:
                self.at_request_bound.add(source.id)

    def parse_page(self, response, source: Source, role: str, depth: int):
        if role == "candidate" and page_key(response.url) in self.translation_listings:
            # a start listing's language version that another listing linked first (a label in a switcher, fetched
            # before the article families were known): read as the listing it is
            role, depth = "listing", self.translation_listings[page_key(response.url)]
        if role == "start":
            self._count(source, START_PAGES_OK)
        if role == "canonical":
            self._canonical_answered(source, response)
        if response.status == 304:  # unchanged since the last crawl: counted by spiders/conditional.py
            if role == "feed":
                self.feeds_read.add(source.id)
                self.news_feeds_read.add(source.id)
            return
        self._count(source, PAGES_FETCHED)
        self.link_forms[url_key(response.url)].add(response.url)
        kind = feed_kind(response.body)
        if kind:
            self._not_stored(source, response.url, "feed or sitemap")
            yield from self._parse_xml(response, source, kind, role, depth)
            return
        if not isinstance(response, TextResponse) or b"\x00" in response.body[:4096]:
            # The partner's own unreadable page (a mirror's saved gzip bytes served as text/html, a file behind a page
            # address): not stored, with its reason; the crawl did not fail.
            content_type = response.headers.get("Content-Type", b"?").decode("latin-1")
            self._not_stored(source, response.url, NOT_AN_HTML_PAGE,
                             f"{NOT_AN_HTML_PAGE}: binary content (served as {content_type})")
            return
        root = page_tree(response)
        if root is None:
            self._failed(source, response.url, "markup too deep", f"markup nested more than {MAX_MARKUP_DEPTH} levels deep")
            return
        decisions = self.decisions[source.id]
        regions = NavigationRegions(root)  # asked by the page-type decision, and by the harvest after it
        if role == "menu":
            # A page the start listing's top menu names: a listing of older posts when it shows the listing's own
            # cards linking addresses of the posts' families; a post by the listings' or feed's word is judged as
            # one; any other page of the menu is the site's.
            if shows_cards_of(decisions.card_makes, root, response.url, regions, decisions.families.admits):
                role = "listing"
                decisions.note_menu_listing(response.url)
            elif decisions.presents_as_article(response.url):
                role, depth = "candidate", depth + 1
            else:
                self._not_stored(source, response.url, MENU_PAGE, f"{MENU_PAGE}: shows none of the news listing's cards")
                return
        if decisions.is_listing(root, response.url, role, regions, depth):
            if depth == 0:  # a category's archive given as the start URL asks for that category's posts
                decisions.note_news_listing(role, archive_categories(root, response.url,
                                                                     head_links(root, response.url).canonical))
            links = page_links(root, response.url, regions) if depth <= MAX_LISTING_DEPTH else None
            self._not_stored(source, response.url, "listing page", _listing_detail(role, links))
            if links is not None:
                yield from self._harvest(root, regions, links, response.url, source, role, depth)
            return
        if role != "alternate" and not source.matches_article_pattern(response.url):
            self._not_stored(source, response.url, "outside article_pattern")
            return
        head = head_links(root, response.url)
        decisions.note_language(response.url, root)
        canonical = None if role == "canonical" else decisions.canonical_elsewhere(head, response.url, root)
        if canonical and on_source_hosts(canonical, source):
            # Stored at the address the site names as its own, with this one among its URLs.
            self.link_forms[url_key(canonical)].update({response.url, response.request.url})
            requests = list(self._follow(canonical, source, "canonical", depth))
            if requests or page_key(canonical) in self.naming_canonical:
                # Left out once the canonical answers; kept at this address should it not (on_error).
                self.naming_canonical[page_key(canonical)].append((response.url, depth))
            else:
                self._not_stored(source, response.url, "duplicate of canonical", f"the page names {canonical} as its own")
            yield from requests
            return
        if decisions.static_page(root, response.url):
            self._not_stored(source, response.url, "static page",
                             "the site's CMS marks it a static page (body class or section), and no listing or feed shows it as news")
            return
        if decisions.another_category(root, response.url, regions):
            self._not_stored(source, response.url, ANOTHER_CATEGORY,
                             f"{ANOTHER_CATEGORY}: filed under none of the start listing's categories, and no news "
                             "listing's teaser shows it")
            return
        self._count(source, CANDIDATES)
        for alternate in head.alternates:
            yield from self._follow(alternate, source, "alternate", depth)
        for neighbour in decisions.from_article(neighbour_links(root, response.url, head)):
            if source.matches_article_pattern(neighbour):
                yield from self._follow(neighbour, source, "candidate", depth)
        for linked in decisions.from_article_text(root, response.url, regions):
            if source.matches_article_pattern(linked):
                yield from self._follow(linked, source, "candidate", depth)
        for listed in decisions.from_article_post_lists(chrome_link_lists(root, response.url, regions)):
            if source.matches_article_pattern(listed):
                yield from self._follow(listed, source, "candidate", depth)
        for topic in decisions.from_article_topics(term_listing_links(root, response.url, regions)):
            yield from self._follow(topic, source, "listing", MAX_LISTING_DEPTH)
        yield ArticleItem(
            source=source.id,
            url=response.url,
            html=response.text,
            tree=root,
            fetched_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
            seen_urls=sorted(self.link_forms[url_key(response.url)] | {response.request.url}),
            source_languages=source.languages,
            listed_as_article=decisions.listed_as_article(root, response.url),
            outside_news=decisions.outside_news(root, response.url),
            address_only=decisions.presented_by_address_only(root, response.url),
            canonical_gone=response.meta.get("canonical_gone", False),
        )

    def links_not_followed(self):
        """(source id, url, why, detail) of every link the crawl left out in the end; read once the crawl is over."""
        for source_id, passed_over in self.passed_over.items():
            for url, why, detail in passed_over.decided():
                yield source_id, url, why, detail

    def ignore_error(self, failure):
        """A robots.txt under a sub-path is rare: none is no error."""

    def on_error(self, failure):
        request = failure.request
        source: Source = request.cb_kwargs["source"]
        url = (request.meta.get("redirect_urls") or [request.url])[0]  # the link followed, before any redirect
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
            reason, detail = _describe(failure)
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

    # --- following links ------------------------------------------------------------------------

    def _sitemap_requests(self, sitemaps: list[str], source: Source):
        for sitemap in sitemaps:
            if not lists_no_posts(sitemap):
                yield from self._follow(sitemap, source, "feed", depth=0)

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
                if not lists_no_posts(url):
                    yield from self._follow(url, source, "feed", depth=1)
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

    def on_idle(self):
        """Listings and feeds are read: the links that waited for them and sit in an article family go now, and
        the usual feed addresses of a source that read no feed or sitemap are asked for."""
        requests = []
        for source in self.sources:
            probes = list(self._start_probe(source))
            requests += probes
            if probes and self._judges_sitemap_by_feed(source):
                continue  # the sitemap's links wait for the feed, whose items show which of them are news
            requests += [request for url, linked_as in self.decisions[source.id].release()
                         for request in self._follow(url, source, "candidate", depth=1, alias=linked_as)]
        for request in requests:
            self.crawler.engine.crawl(request)
        if requests:
            raise DontCloseSpider

    # --- probing the usual feed addresses ----------------------------------------------------------

    def _start_probe(self, source: Source):
        """A source's first probes, once: only when its start page answered and it read no feed nor sitemap, and not
        every night."""
        if source.id in self.feed_probes or (source.id in self.feeds_read and not self._judges_sitemap_by_feed(source)) \
                or not self.crawler.stats.get_value(counter_key(source.id, START_PAGES_OK)):
            return
        probe = self.feed_probes[source.id] = FeedProbe(probe_folders(source.start_urls), start_folders(source.start_urls))
        if not self.fetch_plan.walks_all(source.id) and self.fetch_plan.knows(probe.first_address()):
            return  # asked on an earlier run, and no feed answered (one that did is read first): a full crawl asks again
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
        if failure.check(HttpError):
            detail = f"HTTP {failure.value.response.status}"
        elif failure.check(IgnoreRequest):
            detail = ROBOTS_FORBIDDEN
        else:
            detail = _describe(failure)[1]
        self._not_stored(source, failure.request.url, NO_FEED_AT_USUAL_ADDRESS, detail)
        yield from self._probe_requests(source)

    def _harvest(self, root, regions: NavigationRegions, links: PageLinks, page_url: str, source: Source, role: str,
                 depth: int):
        dates = teaser_texts(root, page_url, links, regions)
        if dates:  # kept by the archive for the pages that state no date (pipelines/listing_dates.py)
            self.crawler.signals.send_catch_log(listing_dates_read, source=source.id, listing=page_url, dates=dates)
        author = stated_author(root)
        if author:  # a name the site's listings state too is its owner's, no post's writer (pipelines/site_author.py)
            self.crawler.signals.send_catch_log(listing_author_read, source=source.id, listing=page_url, author=author)
        more_pages = links.pagination
        if role == "start" and not links.pagination and links.filters:
            # No pager (a "Load more" button runs a script): the older news is reached through the listing's
            # own filters, read as pages of it. Only a start page's: filters of filters multiply.
            more_pages = links.filters[:MAX_FILTER_PAGES]
            links.content = [(url, text) for url, text in links.content if url not in more_pages]
        if role == "start":  # a "See all posts" link to its own page 2 is a pager too
            self.decisions[source.id].note_start_listing(bool(more_pages) or leads_to_its_next_page(root, page_url))
        # A teaser on another host (a paper, a partner's site) is no article of the source's: its address teaches
        # no article family, which would shut the source's own posts out of the sitemap's links.
        links.teasers = [url for url in links.teasers if on_source_hosts(url, source)]
        if depth == 0:  # the posts a "Show all" button would render from the listing's script data
            listed = {url for url, _text in links.content}
            links.content += [(url, "") for url in data_teasers(root, page_url, links.teasers) if url not in listed]
        shown = self.listed_links[source.id]
        new_links = {url_key(url) for url, _text in links.content} - shown
        shown |= new_links
        # Counted along the pager chain, not in crawl order: a blog's many tag, author and category archives, each
        # re-listing known posts, are no endless pager; nor is a chain of them that a documentation theme's
        # "next page" links (`/category-a/` -> `/category-b/`), each another listing. A pager's next page is the same
        # listing's (`/page/2/`, `?page=2`), the same path's, or an address differing in its numbers alone (a
        # calendar's months).
        if page_key(page_url) in self.translation_listings:
            # A language version listing nothing new shows the posts of the listing already read (a site whose other
            # languages list the same posts): its pager is that listing's again, and is not read.
            more_pages = more_pages if new_links else []
            self.translation_listings.update((page_key(without_tracking(url)), depth) for url in more_pages)
        barren = 0 if new_links else self.barren_chain.get(page_key(page_url), 0) + 1
        self._watch_for_traps(source, barren)
        # An incremental crawl reads on only while the listing still shows articles it does not have.
        for url in self.fetch_plan.pages_to_read(source.id, page_url, more_pages, [url for url, _ in links.content]):
            same_listing = listing_key(url) == listing_key(page_url)
            if same_listing or urlsplit(url).netloc == urlsplit(page_url).netloc:
                path, listing_path = urlsplit(url).path, urlsplit(page_url).path
                runs_on = same_listing or path == listing_path or same_address_family(path, listing_path)
                self.barren_chain.setdefault(page_key(without_tracking(url)), barren if runs_on else 0)
                yield from self._follow(without_tracking(url), source, "listing", depth, alias=url,
                                        linked_by_a_page_bringing_new=bool(new_links))
        for url in links.feeds:
            yield from self._follow(url, source, "feed", depth)
        links.content = [(url, text) for url, text in links.content
                         if not source.article_pattern or source.matches_article_pattern(url)]
        if role == "start":
            # the same listing in the site's other languages lists the posts' translations (asked for before the
            # listing's other links, among which a switcher's entries are labels)
            for url in listing_translations(root, page_url, links):
                self.translation_listings[page_key(url)] = depth
                yield from self._follow(url, source, "listing", depth)
            # the sitemap the page names in its head, as robots.txt's `Sitemap:` lines name one
            yield from self._sitemap_requests(links.sitemaps, source)
        if depth > 0 and marks_archive(root):
            self.decisions[source.id].note_archive_teasers(links)
        for url, linked_as in self.decisions[source.id].from_listing(links, depth, page_url):
            yield from self._follow(url, source, "candidate", depth + 1, alias=linked_as)
        if role == "start":  # the sections of its own its menus name show posts the start listing may not
            for url in self.decisions[source.id].from_section_menu(section_menu_links(root, page_url, regions), links):
                yield from self._follow(url, source, "listing", depth)
            # with no pager, its older posts may be shown only by other pages its top menu names
            makes = card_makes(root, page_url, regions, links.teasers) if self.decisions[source.id].newest_only else {}
            for url in self.decisions[source.id].from_top_menu(top_menu_links(root, page_url, regions), links, set(makes)):
                yield from self._follow(url, source, "menu", depth)
        if depth == 0:  # a news listing's side column: its "Recent posts" also show the other sections' posts
            for url, linked_as in self.decisions[source.id].from_post_lists(chrome_link_lists(root, page_url, regions)):
                if source.matches_article_pattern(url):
                    yield from self._follow(url, source, "candidate", depth + 1, alias=linked_as)

    def _watch_for_traps(self, source: Source, barren: int) -> None:
        """Stop reading a source's listings when a pager runs on for `barren` pages without a new article link, or
        when they pass their bound."""
        settings, stats = self.crawler.settings, self.crawler.stats
        listed = stats.get_value(counter_key(source.id, LISTING_PAGES), 0) + 1
        stats.set_value(counter_key(source.id, LISTING_PAGES), listed)
        if source.id in self.listings_stopped:
            return
        barren_limit, listing_limit = settings.getint("NEWS_MAX_BARREN_LISTINGS"), settings.getint("NEWS_MAX_LISTING_PAGES")
        if barren >= barren_limit:
            self.listings_stopped.add(source.id)
            self._stop(source, f"stopped reading listings: {barren_limit} listing pages in a row brought no new "
                               "article link (an endless pager or calendar?)")
        elif listed >= listing_limit:
            self.listings_stopped.add(source.id)
            self._stop(source, f"stopped reading listings at the bound of {listing_limit} listing pages")

    def _stop(self, source: Source, why: str) -> None:
        if self.crawler.stats.get_value(counter_key(source.id, STOPPED)):
            return
        self.crawler.stats.set_value(counter_key(source.id, STOPPED), why)
        self.logger.warning("%s: %s", source.id, why)

    def _listing_left_unread(self, source: Source, url: str, linked_by_a_page_bringing_new: bool) -> None:
        """A listing page the listing bound leaves unread is counted, not stored, with the bound's line. Only one linked
        by a page that still brought new article links cuts the crawl short: a pager or archive that had brought
        nothing new for pages on end shows known posts, and the run that stored them is ok."""
        if self.decisions[source.id].requested(url):
            return
        self.passed_over[source.id].note(url, LISTING_LEFT_UNREAD)
        if linked_by_a_page_bringing_new:
            self._count(source, CUT_SHORT)

    def _follow(self, url: str, source: Source, role: str, depth: int, alias: str | None = None,
                linked_by_a_page_bringing_new: bool = True):
        self.link_forms[url_key(url)].add(alias or url)
        if role != "feed" and not is_probably_html(url):
            return
        if source.id in self.requests_stopped:
            return
        if role == "listing" and source.id in self.listings_stopped:
            self._listing_left_unread(source, url, linked_by_a_page_bringing_new)
            return
        if role not in ("start", "listing", "feed", "menu") and not self.fetch_plan.wants(source.id, url):
            return
        if source.id in self.at_request_bound:
            self.requests_stopped.add(source.id)
            self._stop(source, f"stopped at the bound of {self.max_requests} requests")
            self._count(source, CUT_SHORT)  # the page asked for is new to the crawl
            return
        first_request = self.decisions[source.id].note_request(url, role)
        self.passed_over[source.id].forget(url)
        if not first_request:
            # The dupefilter (spiders/fingerprints.py, by the same page_key) would drop it, after every spider
            # middleware and the scheduler had handled it: a listing's pager links every page on every page.
            return
        # Offsite links are OffsiteMiddleware's, per source.
        parse_page, on_error = self._callbacks
        yield scrapy.Request(url, callback=parse_page, errback=on_error,
                             cb_kwargs={"source": source, "role": role, "depth": depth},
                             priority={"start": 30, "listing": 20, "feed": 20, "menu": 20}.get(role, 0))

    # --- counting ---------------------------------------------------------------------------------

    def _count(self, source: Source, name: str) -> None:
        self.crawler.stats.inc_value(counter_key(source.id, name))

    def _not_stored(self, source: Source, url: str, reason: str, detail: str | None = None) -> None:
        self.crawler.signals.send_catch_log(page_not_stored, source=source.id, url=url, reason=reason, error=False,
                                            detail=detail or reason)

    def _failed(self, source: Source, url: str, reason: str, detail: str) -> None:
        self.crawler.signals.send_catch_log(page_not_stored, source=source.id, url=url, reason=reason, error=True,
                                            detail=detail)


def _listing_detail(role: str, links: PageLinks | None) -> str | None:
    """What an operator should know of a listing page left out: a start page leading nowhere is why a source's crawl
    finds nothing (its news filled in by a script, a redesign the listing's teasers no longer match)."""
    leads_on = links is not None and (links.teasers or links.pagination or links.feeds or links.filters)
    if role == "start" and links is not None and not leads_on:
        return ("a start page with no link to an article: no teaser headline, no pager, no feed "
                f"({len(links.content)} other links followed)")
    return None


def _describe(failure) -> tuple[str, str]:
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
