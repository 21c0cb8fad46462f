"""The archive a crawl writes to, opened once per crawler, and the end-of-crawl work on it in its one order."""
from __future__ import annotations

from scrapy import signals

from news_archive.archive.clock import now
from news_archive.archive.crawl_signals import feed_dates_read, listing_author_read, listing_dates_read
from news_archive.archive.storage import Archive
from news_archive.archive.stories.placement import Stories
from news_archive.pipelines.build_days import redate_build_days
from news_archive.pipelines.equal_after_cleaning import fold_equal_copies
from news_archive.pipelines.feed_dates import FeedDates
from news_archive.pipelines.listing_dates import ListingDates
from news_archive.pipelines.near_language_posts import tag_by_near_language
from news_archive.pipelines.reopened_language import tag_reopened, tag_shortened
from news_archive.pipelines.retitled_language import tag_retitled
from news_archive.pipelines.shared_leads import tag_without_shared_leads
from news_archive.pipelines.site_boilerplate import SiteBoilerplate
from news_archive.pipelines.source_declarations import tag_by_source_language


class CrawlArchive:
    """The crawl's one Archive, with what its stages build up on it: the boilerplate learnt, the stories placed,
    the dates the feeds gave and the listings showed."""

    def __init__(self, archive: Archive, crawl_id: str | None = None):
        self.archive = archive
        self.crawl_id = crawl_id  # the crawl whose runs count the copies its end folds
        self.boilerplate = SiteBoilerplate(archive)
        self.stories = Stories(archive)
        self.feed_dates = FeedDates(archive)
        self.listing_dates = ListingDates(archive)
        self.listing_authors: set[tuple[str, str]] = set()  # (source, name) kept this crawl

    def note_listing_author(self, source: str, listing: str, author: str) -> None:
        """Keep the name a listing page of the source states as its author (its `listing_author_read` signal), once a
        crawl: a template states it on every listing page."""
        if (source, author) not in self.listing_authors:
            self.listing_authors.add((source, author))
            self.archive.save_listing_author(source, author, now())

    def finish(self) -> None:
        """The end-of-crawl work, in order: clean this crawl's articles again with all the boilerplate learnt,
        judge again the language of those whose opening it dropped as boilerplate, and of the short ones whose closing
        furniture or description it cut (reopened_language.py), then of
        its short posts given their own headline (retitled_language.py), then of those
        stating a description their source states for posts of other headlines (shared_leads.py), keep as one article
        two whose texts it made equal, or a post and its untranslated copy stored by the crawl (equal_after_cleaning.py:
        an untranslated copy under another language's folder is no evidence of what that folder's posts are written
        in), then judge again the language of those whose pages declare one their source's long posts show wrong
        (source_declarations.py), store in their source's language those stored in its near neighbour's
        (near_language_posts.py), date again those dated by their site's build day (build_days.py), date those stored
        undated before their feed was read, then by their listing's, then re-check their stories with their final
        texts, languages and dates; then close the archive.

        Runs on Scrapy's `spider_closed`, after every stage's close_spider, whatever order those run in.
        """
        try:
            refined = self.boilerplate.clean_again()
            refined |= set(tag_reopened(self.archive, self.boilerplate.reopened))
            refined |= set(tag_shortened(self.archive, self.boilerplate.shortened))
            refined |= set(tag_retitled(self.archive, self.boilerplate.retitled))
            refined |= set(tag_without_shared_leads(self.archive, self.stories.placed | refined,
                                                    self.boilerplate.leads_dropped))
            folded = fold_equal_copies(self.archive, self.stories, refined | self.stories.placed, self.crawl_id)
            refined = (refined - folded.keys()) | set(folded.values())
            self.stories.placed -= folded.keys()
            refined |= set(tag_by_source_language(self.archive, self.stories.placed | refined))
            refined |= set(tag_by_near_language(self.archive, self.stories.placed | refined))
            built = redate_build_days(self.archive, self.stories.placed | refined)
            dated = self.stories.redated(built + self.feed_dates.date_stored() + self.listing_dates.date_stored())
            self.stories.settle(self.stories.placed | refined | dated, now())
        finally:
            self.archive.close()


def crawl_archive(crawler) -> CrawlArchive:
    """The crawl's CrawlArchive; every stage must see the same database state."""
    crawl = getattr(crawler, "news_archive", None)
    if crawl is None:
        crawl = crawler.news_archive = CrawlArchive(Archive(crawler.settings.get("ARCHIVE_DB")),
                                                            crawler.settings.get("CRAWL_ID"))
        crawler.signals.connect(crawl.finish, signal=signals.spider_closed, weak=False)
        crawler.signals.connect(crawl.feed_dates.note, signal=feed_dates_read, weak=False)
        crawler.signals.connect(crawl.listing_dates.note, signal=listing_dates_read, weak=False)
        crawler.signals.connect(crawl.note_listing_author, signal=listing_author_read, weak=False)
    return crawl
