"""The news spider's reading of a listing page: what it shows is followed (its pager, feeds, teasers, menus,
language versions), and its pager is watched for traps."""
from __future__ import annotations

import json
from urllib.parse import urlsplit

import scrapy

from news_archive.archive.cms_classes import marks_archive
from news_archive.archive.crawl_signals import listing_author_read, listing_dates_read
from news_archive.archive.run_counters import CUT_SHORT, LISTING_PAGES, PAGES_FETCHED, counter_key
from news_archive.archive.sources import Source
from news_archive.archive.urls import listing_key, page_key, url_key, without_tracking
from news_archive.spiders.app_data import data_teasers, json_fields, named_posts
from news_archive.spiders.declared_data import MAX_DATA_BYTES, declared_data
from news_archive.spiders.discovery import PageLinks
from news_archive.spiders.language_listings import TranslationListing, listing_translations
from news_archive.spiders.listing_dates import teaser_texts
from news_archive.spiders.markup import stated_author
from news_archive.spiders.menu_listings import CARD_MAKE_LEVELS, card_makes, top_menu_links
from news_archive.spiders.navigation_regions import NavigationRegions
from news_archive.spiders.offsite import on_source_hosts
from news_archive.spiders.page_outcomes import LISTING_DATA, describe_failure
from news_archive.spiders.pager_links import same_address_family
from news_archive.spiders.pagetype import leads_to_its_next_page
from news_archive.spiders.passed_over import LISTING_LEFT_UNREAD
from news_archive.spiders.post_lists import chrome_link_lists
from news_archive.spiders.section_listings import section_menu_links

# A start listing's filters read when it has no pager: a year per year of news, or a topic each, bounded.
MAX_FILTER_PAGES = 30


class ListingReading:
    """NewsSpider's harvest of a listing page; the spider holds the state it reads (spiders/news.py)."""

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
        # a "See all posts" link to its own page 2 is a pager too
        leads_on = role == "start" and (bool(more_pages) or leads_to_its_next_page(root, page_url))
        if role == "start":
            self.decisions[source.id].note_start_listing(leads_on)
        # A teaser on another host (a paper, a partner's site) is no article of the source's: its address teaches
        # no article family, which would shut the source's own posts out of the sitemap's links.
        links.teasers = [url for url in links.teasers if on_source_hosts(url, source)]
        if depth == 0:  # the posts a "Show all" button would render from the listing's script data
            listed = {url for url, _text in links.content}
            links.content += [(url, "") for url in data_teasers(root, page_url, links.teasers) if url not in listed]
            yield from self._listing_data_requests(root, page_url, source, links.teasers)
        shown = self.listed_links[source.id]
        link_keys = {url_key(url) for url, _text in links.content}
        new_links = link_keys - shown
        shown |= new_links
        # Counted along the pager chain, not in crawl order, and against the links the chain showed, not every
        # listing's (spiders/pager_chains.py): a blog's many tag, author and category archives, each re-listing known
        # posts, are no endless pager; nor is a chain of them that a documentation theme's "next page" links
        # (`/category-a/` -> `/category-b/`), each another listing. A pager's next page is the same listing's
        # (`/page/2/`, `?page=2`), the same path's, or an address differing in its numbers alone (a calendar's months).
        translation = self.translation_listings.get(page_key(page_url))
        if translation is not None:
            # A language version showing only the posts of the listing that named it (a site whose other languages
            # list the same posts): its pager is that listing's again, and is not read. Its pages are judged so too.
            more_pages = more_pages if translation.shows_its_own(link_keys) else []
            for url in more_pages:
                self.translation_listings.setdefault(page_key(without_tracking(url)), translation)
        barren = self.pager_chains.read(page_url, link_keys)
        self._watch_for_traps(source, barren)
        # An incremental crawl reads on only while the listing still shows articles it does not have.
        for url in self.fetch_plan.pages_to_read(source.id, page_url, more_pages, [url for url, _ in links.content]):
            same_listing = listing_key(url) == listing_key(page_url)
            if same_listing or urlsplit(url).netloc == urlsplit(page_url).netloc:
                path, listing_path = urlsplit(url).path, urlsplit(page_url).path
                runs_on = same_listing or path == listing_path or same_address_family(path, listing_path)
                self.pager_chains.leads_to(page_url, without_tracking(url), barren, runs_on)
                yield from self._follow(without_tracking(url), source, "listing", depth, alias=url,
                                        linked_by_a_page_bringing_new=bool(new_links))
        for url in links.feeds:
            yield from self._follow(url, source, "feed", depth)
        links.content = [(url, text) for url, text in links.content
                         if not source.article_pattern or source.matches_article_pattern(url)]
        if role == "start" or (role == "listing" and depth == 0):
            # the same listing in the site's other languages lists the posts' translations (asked for before the
            # listing's other links, among which a switcher's entries are labels); a start listing's pager page's
            # switcher names the other language's page of the same number, a listing whichever pager reaches it
            # first: asked for as a post, it would be judged a listing and its own pager cut there
            named_by = TranslationListing(depth, frozenset(link_keys))
            for url in listing_translations(root, page_url, links):
                self.translation_listings.setdefault(page_key(url), named_by)
                yield from self._follow(url, source, "listing", depth)
        if role == "start":
            # the sitemap the page names in its head, as robots.txt's `Sitemap:` lines name one
            yield from self._sitemap_requests(links.sitemaps, source)
        if depth > 0 and marks_archive(root):
            self.decisions[source.id].note_archive_teasers(links)
        self.decisions[source.id].running_text.note(links, depth, page_url)
        for url, linked_as in self.decisions[source.id].from_listing(links, depth, page_url):
            yield from self._follow(url, source, "candidate", depth + 1, alias=linked_as)
        # its teaser cards by make, read once for the top menu's pages and the featured cards
        makes = card_makes(root, page_url, regions, links.teasers, short_makes=True) \
            if depth == 0 or (role == "start" and not leads_on) else {}
        if role == "start":  # the sections of its own its menus name show posts the start listing may not
            for url in self.decisions[source.id].from_section_menu(section_menu_links(root, page_url, regions), links):
                yield from self._follow(url, source, "listing", depth)
            # with no pager, its older posts may be shown only by other pages its top menu names; this listing's own
            # pager, not another start listing's read before it, decides: the crawl then asks for the same pages in
            # whichever order the start listings answer
            full_makes = {make for make in makes if len(make) == CARD_MAKE_LEVELS} if not leads_on else set()
            for url in self.decisions[source.id].from_top_menu(top_menu_links(root, page_url, regions), links, full_makes):
                yield from self._follow(url, source, "menu", depth)
        if depth == 0:
            # the teasers it shows apart from its run of post cards, which present no page outside the posts' families
            self.decisions[source.id].featured.note(makes)
            # a news listing's side column: its "Recent posts" also show the other sections' posts
            for url, linked_as in self.decisions[source.id].from_post_lists(chrome_link_lists(root, page_url, regions)):
                if source.matches_article_pattern(url):
                    yield from self._follow(url, source, "candidate", depth + 1, alias=linked_as)

    def _listing_data_requests(self, root, page_url: str, source: Source, teasers: list[str]):
        """The data files a news listing declares for its script (spiders/declared_data.py), each asked for once and
        read against the listing's shown teasers: a pager or "Load more" its script runs shows the posts they name."""
        parse_listing_data, on_listing_data_error = self._listing_data_callbacks
        for url in declared_data(root, page_url):
            if source.id in self.at_request_bound or not self.decisions[source.id].note_request(url, LISTING_DATA):
                continue
            yield scrapy.Request(url, callback=parse_listing_data, errback=on_listing_data_error, priority=20,
                                 cb_kwargs={"source": source, "listing": page_url, "teasers": list(teasers)},
                                 meta={"download_maxsize": MAX_DATA_BYTES})

    def parse_listing_data(self, response, source: Source, listing: str, teasers: list[str]):
        """A listing's data file answered: the posts named by the field naming its shown teasers (app_data.named_posts)
        are followed as the listing's own links; the file itself is not stored."""
        self._count(source, PAGES_FETCHED)
        try:
            data = json.loads(response.body)
        except (ValueError, RecursionError):  # a text no JSON, or nested past Python's stack
            self._not_stored(source, response.url, LISTING_DATA, f"{LISTING_DATA}: not JSON")
            return
        posts = [url for url in named_posts(json_fields(data), listing, teasers, declared=True)
                 if source.matches_article_pattern(url)]
        self._not_stored(source, response.url, LISTING_DATA,
                         f"{LISTING_DATA} of {listing}: names {len(posts)} posts besides the teasers it shows")
        links = PageLinks(content=[(url, "") for url in posts])
        for url, linked_as in self.decisions[source.id].from_listing(links, 0, listing):
            yield from self._follow(url, source, "candidate", 1, alias=linked_as)

    def on_listing_data_error(self, failure):
        """A data file the listing declares is missing or unreadable: the listing was read all the same."""
        source: Source = failure.request.cb_kwargs["source"]
        self._not_stored(source, failure.request.url, LISTING_DATA, f"{LISTING_DATA}: {describe_failure(failure)[1]}")

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

    def _listing_left_unread(self, source: Source, url: str, linked_by_a_page_bringing_new: bool) -> None:
        """A listing page the listing bound leaves unread is counted, not stored, with the bound's line. Only one linked
        by a page that still brought new article links cuts the crawl short: a pager or archive that had brought
        nothing new for pages on end shows known posts, and the run that stored them is ok."""
        if self.decisions[source.id].requested(url):
            return
        self.passed_over[source.id].note(url, LISTING_LEFT_UNREAD)
        if linked_by_a_page_bringing_new:
            self._count(source, CUT_SHORT)
