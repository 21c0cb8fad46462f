"""The one spider: finds a partner's articles through feeds, sitemaps and paginated listings, and fetches them. Its
crawl flow is here (what it starts from, how each page is judged, which links it follows); reading a listing page,
reading feeds and sitemaps and noting what became of each page are its mixins' (listing_reading.py, feed_reading.py,
page_outcomes.py)."""
from __future__ import annotations

from collections import defaultdict

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.http import TextResponse

from news_archive.archive.clock import now
from news_archive.archive.cms_classes import marks_static_page
from news_archive.archive.record import ArticleItem
from news_archive.archive.run_counters import CANDIDATES, CUT_SHORT, MISSING_RETRIED, PAGES_FETCHED, START_PAGES_OK
from news_archive.archive.sources import Source, load_sources, select_sources
from news_archive.archive.urls import is_probably_html, page_key, url_key
from news_archive.spiders.archive_probe import ArchiveProbing
from news_archive.spiders.categories import archive_categories
from news_archive.spiders.decisions import SourceDecisions
from news_archive.spiders.discovery import head_links, neighbour_links, page_links, term_listing_links
from news_archive.spiders.feed_probe import FeedProbe
from news_archive.spiders.feed_reading import FeedReading
from news_archive.spiders.held_judgements import HELD_COUNT, HELD_LINKS, HeldJudgements
from news_archive.spiders.incremental import FetchPlan
from news_archive.spiders.language_listings import TranslationListing
from news_archive.spiders.listing_reading import ListingReading
from news_archive.spiders.markup import MAX_MARKUP_DEPTH, page_text, page_tree
from news_archive.spiders.menu_listings import shows_cards_of
from news_archive.spiders.navigation_regions import NavigationRegions
from news_archive.spiders.offsite import on_source_hosts
from news_archive.spiders.page_outcomes import (ANOTHER_CATEGORY, ANOTHER_SECTION, BROKEN_LINK, MENU_PAGE,
                                                NOT_AN_HTML_PAGE, PageOutcomes, listing_detail)
from news_archive.spiders.pager_chains import PagerChains
from news_archive.spiders.passed_over import PassedOver
from news_archive.spiders.politeness import user_agent
from news_archive.spiders.post_lists import chrome_link_lists
from news_archive.spiders.site_maps import feed_kind, lists_no_posts, sub_path_robots
from news_archive.spiders.year_menus import year_menu_links

# Listings found by following teaser links are read, but not the listings they lead to: the news
# section is reached in one step from its start URLs, and this keeps the crawl out of the rest of the site.
MAX_LISTING_DEPTH = 1


class NewsSpider(ListingReading, FeedReading, ArchiveProbing, PageOutcomes, scrapy.Spider):
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
        self.pager_chains = PagerChains()  # the pager chains of the listings read, and their pages bringing nothing new
        # page_key -> the pages of a start listing's versions in other languages (spiders/language_listings.py), read on
        # only while they show links the listing that named them did not
        self.translation_listings: dict[str, TranslationListing] = {}
        self.listings_stopped: set[str] = set()
        # Sources that read a news feed or a sitemap naming pages (a remembered one answering 304 counts): the
        # rest have their usual feed addresses probed once the listings are read (spiders/feed_probe.py).
        self.feeds_read: set[str] = set()
        # Of those, the sources that read a news feed (RSS, Atom, JSON) or a remembered feed answering 304: a
        # sitemap lists every page of a site, and says nothing of which are news.
        self.news_feeds_read: set[str] = set()
        # source id -> page_keys of the feeds asked for and not yet answered: the pages read meanwhile wait for them
        # (spiders/feed_reading.py waits_for_feed).
        self.feeds_awaited: dict[str, set[str]] = defaultdict(set)
        self.feed_probes: dict[str, FeedProbe] = {}
        self.archive_probed: set[str] = set()  # sources whose usual archive addresses were asked (archive_probe.py)
        self.requests_stopped: set[str] = set()
        # page_key of a canonical asked for -> (url, depth) of the pages naming it, until it answers
        self.naming_canonical: dict[str, list[tuple[str, int]]] = defaultdict(list)
        self.held_judgements = HeldJudgements()
        # Scrapy checks each callback for `return value` in a cache keyed weakly by the callable: a bound method made
        # per request dies with it, and the check (inspect.getsource and an AST walk) ran again for every page.
        # Requests take these very objects, which live as long as the spider, so the cache's entries do too.
        self._callbacks = (self.parse_page, self.on_error)
        self._probe_callbacks = (self.parse_probe, self.on_probe_error)
        # an archive address that answered is read as any listing
        self._archive_probe_callbacks = (self.parse_page, self.on_archive_probe_error)
        self._listing_data_callbacks = (self.parse_listing_data, self.on_listing_data_error)

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
        crawler.signals.connect(spider.on_request_dropped, signal=signals.request_dropped)
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
            self.decisions[src.id].repeated.remember(self.fetch_plan.links_read_before(src.id))
            self.fetch_plan.repeated_links[src.id] = self.decisions[src.id].repeated
            self.decisions[src.id].picked.remember(self.fetch_plan.picked_read_before(src.id))
            self.fetch_plan.picked_posts[src.id] = self.decisions[src.id].picked
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

    def parse_page(self, response, source: Source, role: str, depth: int):
        if role == "feed":
            self.feed_answered(source, response.request)
        if role == "candidate" and page_key(response.url) in self.translation_listings:
            # a start listing's language version that another listing linked first (a label in a switcher, fetched
            # before the article families were known): read as the listing it is
            role, depth = "listing", self.translation_listings[page_key(response.url)].depth
        if role == "start":
            self._count(source, START_PAGES_OK)
        if role == "canonical":
            self._canonical_answered(source, response)
        if response.status == 304:  # unchanged since the last crawl: counted by spiders/conditional.py
            if role == "feed":
                self.feeds_read.add(source.id)
                self.news_feeds_read.add(source.id)
            return
        if HELD_LINKS not in response.meta:  # a held page was counted when it was fetched
            self._count(source, PAGES_FETCHED)
            self._redirected_from(source, response)
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
        text = page_text(response)
        root = page_tree(response, text)
        if root is None:
            self._failed(source, response.url, "markup too deep", f"markup nested more than {MAX_MARKUP_DEPTH} levels deep")
            return
        decisions = self.decisions[source.id]
        regions = NavigationRegions(root)  # asked by the page-type decision, and by the harvest after it
        if role == "menu":
            # A page the start listing's top menu names: a listing of older posts when it shows the listing's own
            # cards linking addresses of the posts' families, or lists posts the listing shows and older ones in
            # markup of its own (its archive, a year of it); a post by the listings' or feed's word is judged as
            # one; any other page of the menu is the site's, though its pager may lead to the archive's years.
            menu_links = page_links(root, response.url, regions)
            if shows_cards_of(decisions.card_makes, root, response.url, regions, decisions.families.admits) \
                    or decisions.continues_start_listing(response.url, menu_links):
                role = "listing"
                for url in decisions.note_menu_listing(response.url):
                    yield from self._follow(url, source, "listing", depth)
            elif decisions.presents_as_article(response.url):
                role, depth = "candidate", depth + 1
            else:
                for url in decisions.pager_probe(response.url, menu_links, bool(year_menu_links(root, response.url))):
                    yield from self._follow(url, source, "menu", depth)
                self._not_stored(source, response.url, MENU_PAGE,
                                 f"{MENU_PAGE}: shows none of the news listing's cards nor its older posts")
                return
        held = response.meta.get(HELD_LINKS)  # a held page judged now: its links were counted when it was read
        found = decisions.repeated.observe(root, response.url, regions) if held is None else held
        if held is None:
            decisions.note_picked_post(root, response.url, regions)
        if held is None and (decisions.waits_for_repeats(root, response.url, role, regions, depth, found)
                             or self.waits_for_feed(source, role, response.url)) \
                and self.held_judgements.hold(response, {"source": source, "role": role, "depth": depth}, found,
                                              decisions.repeated):
            return
        repeated = response.meta.get(HELD_COUNT)  # a held page's: the count as it stood when the crawl was idle
        if decisions.is_listing(root, response.url, role, regions, depth, found, repeated):
            if decisions.lists_news_listing_headlines(root, response.url, regions, depth):
                # A date archive's month the news listing indexes: its headlines are that listing's own teasers,
                # wherever in the site's folders they sit.
                decisions.note_headline_listing(response.url)
                depth = 0
            if depth == 0:  # a category's archive given as the start URL asks for that category's posts
                decisions.note_news_listing(role, archive_categories(root, response.url,
                                                                     head_links(root, response.url).canonical),
                                            response.url, marks_static_page(root))
                decisions.listing_intros.note(root, response.url, regions)
                decisions.news_headings.note(root)
            links = page_links(root, response.url, regions) if depth <= MAX_LISTING_DEPTH else None
            self._not_stored(source, response.url, "listing page", listing_detail(role, links))
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
        if held is None and (decisions.waits_for_picked_posts(root, response.url, regions)
                             or decisions.waits_for_listings(root, response.url, regions)) \
                and self.held_judgements.hold(response, {"source": source, "role": role, "depth": depth}, found,
                                              decisions.repeated):
            # Judged when the static news pages' posts are read, which tell their categories (picked_posts.py), or
            # when the news listings are, whose teasers may present a page its breadcrumb files elsewhere.
            return
        if decisions.another_category(root, response.url, regions):
            self._not_stored(source, response.url, ANOTHER_CATEGORY,
                             f"{ANOTHER_CATEGORY}: filed under none of the start listing's categories, and no news "
                             "listing's teaser shows it")
            return
        if decisions.another_section(root, response.url):
            self._not_stored(source, response.url, ANOTHER_SECTION,
                             f"{ANOTHER_SECTION}: its breadcrumb trail runs through no news listing, and no news "
                             "listing's teaser shows it")
            return
        decisions.note_post(root, response.url, regions, head.alternates)
        self._count(source, CANDIDATES)
        for alternate in head.alternates:
            yield from self._follow(alternate, source, "alternate", depth)
        for neighbour in decisions.from_article(neighbour_links(root, response.url, head)):
            if source.matches_article_pattern(neighbour):
                yield from self._follow(neighbour, source, "candidate", depth)
        for linked in decisions.from_article_text(root, response.url, regions, repeated):
            if source.matches_article_pattern(linked):
                yield from self._follow(linked, source, "candidate", depth)
        for listed in decisions.from_article_post_lists(chrome_link_lists(root, response.url, regions)):
            if source.matches_article_pattern(listed):
                yield from self._follow(listed, source, "candidate", depth)
        decisions.note_article_topics(term_listing_links(root, response.url, regions))
        yield ArticleItem(
            source=source.id,
            url=response.url,
            html=text,
            tree=root,
            fetched_at=now(),
            seen_urls=sorted(self.link_forms[url_key(response.url)] | {response.request.url}),
            source_languages=source.languages,
            listed_as_article=decisions.listed_as_article(root, response.url),
            outside_news=decisions.outside_news(root, response.url, regions),
            address_only=decisions.presented_by_address_only(root, response.url, regions),
            running_text_only=decisions.presented_by_running_text_only(root, response.url),
            canonical_gone=response.meta.get("canonical_gone", False),
        )

    def on_idle(self):
        """Listings and feeds are read: the links that waited for them and sit in an article family go now, and
        the usual feed addresses of a source that read no feed or sitemap are asked for, and the topics the posts
        read so far name most (SourceDecisions.topics_to_read)."""
        # Pages held for the count of the links the sources repeat, or for the categories of the posts a static news
        # page shows (spiders/held_judgements.py), are judged now.
        for decisions in self.decisions.values():
            decisions.settle()
        requests = self.held_judgements.requests(*self._callbacks)
        for source in self.sources:
            requests += [request for topic in self.decisions[source.id].topics_to_read()
                         for request in self._follow(topic, source, "listing", MAX_LISTING_DEPTH)]
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

    # --- following links ------------------------------------------------------------------------

    def _follow(self, url: str, source: Source, role: str, depth: int, alias: str | None = None,
                linked_by_a_page_bringing_new: bool = True, indexed_sitemap: bool = False):
        self.link_forms[url_key(url)].add(alias or url)
        if role != "feed" and not is_probably_html(url):
            return
        if role == "feed" and lists_no_posts(url):
            return  # a sitemap of the engine's static pages or topics, its comments feed: whoever names it, no post
        if source.id in self.requests_stopped:
            return
        if role == "listing" and source.id in self.listings_stopped:
            self._listing_left_unread(source, url, linked_by_a_page_bringing_new)
            return
        if role not in ("start", "listing", "feed", "menu") and not self.fetch_plan.wants(source.id, url):
            gone = self.fetch_plan.known_gone(source.id, url)
            if gone:  # still linked, known dead: the partner's broken link tonight as on the night it was asked
                self.passed_over[source.id].note(url, BROKEN_LINK, gone)
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
        if role == "feed" and not indexed_sitemap:
            # A sitemap index's entry is a sitemap by the index's word: it lists pages, and says none is a post, so no
            # page waits for it. One robots.txt or a page names may be a feed (an RSS feed in a `Sitemap:` line).
            self.feeds_awaited[source.id].add(page_key(url))
        if self.fetch_plan.retries_missing(source.id, url):  # answered 404 on an earlier crawl: asked for again
            self._count(source, MISSING_RETRIED)
        # Offsite links are OffsiteMiddleware's, per source.
        parse_page, on_error = self._callbacks
        yield scrapy.Request(url, callback=parse_page, errback=on_error,
                             cb_kwargs={"source": source, "role": role, "depth": depth},
                             priority={"start": 30, "listing": 20, "feed": 20, "menu": 20}.get(role, 0))
