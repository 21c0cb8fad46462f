"""Store stage: write each article and its story to the archive, counting new and updated articles per source."""
from __future__ import annotations

import sqlite3
import time

from scrapy.utils.defer import deferred_from_coro
from twisted.internet import task

from news_archive.archive.archive_file import ARCHIVE_FAILURE_STAT, is_storage_failure
from news_archive.archive.better_address import address_claims
from news_archive.archive.clock import now
from news_archive.archive.crawl_signals import NOT_AN_ARTICLE, page_not_stored
from news_archive.archive.record import ArticleItem, article_row
from news_archive.archive.held_pages import HeldPage
from news_archive.archive.run_counters import PAGES_HELD, PAGES_HELD_LEFT, counter_key, outcome_key
from news_archive.archive.storage import Archive
from news_archive.archive.stories.placement import Stories
from news_archive.pipelines.archive_connection import crawl_archive
from news_archive.pipelines.build_stamps import BuildStamps

# Articles (and the pages held to the crawl's end) are committed together every few seconds, also while no page comes
# in (a crawl waiting on a slow site): a crash loses at most these, which a re-crawl fetches again.
COMMIT_SECONDS = 2.0


def store_item(archive: Archive, stories: Stories, item: ArticleItem) -> str:
    """Save the article and place it in its story, in one transaction; returns `new`, `updated` or `unchanged`."""
    with archive.transaction():
        result = archive.save_article(article_row(item), item.urls, item.fetched_at, list(item.alternates.values()),
                                      address_claims(item.alternates, [item.url, item.canonical_url]))
        item.story_id = stories.place(result.article_id, item, result.outcome, item.fetched_at)
    return result.outcome


class StorePipeline:
    """The counts go to Scrapy's stats; archive/crawl/recorder.py writes them to `crawl_runs`. Pages dated only by
    their metadata wait for the crawl's end, where a stamp many share is the site's build time (build_stamps.py); they
    wait in the archive, so a crawl stopped before its end leaves them to the source's next crawl or `reprocess`."""

    def __init__(self, archive: Archive, stories: Stories, crawler):
        self.archive = archive
        self.stories = stories
        self.crawler = crawler
        self.committed = time.monotonic()
        self.build_stamps = BuildStamps(archive, crawler.settings.get("CRAWL_ID"))
        self.committer = task.LoopingCall(self._commit_between_pages)

    @classmethod
    def from_crawler(cls, crawler):
        crawl = crawl_archive(crawler)
        return cls(crawl.archive, crawl.stories, crawler)

    def open_spider(self):
        try:
            self.stories.catch_up(now())
            left = self.build_stamps.take_over([source.id for source in self.crawler.spider.sources])
            self.archive.commit()
        except sqlite3.Error as exc:
            self._give_up(exc)
            raise
        for source, pages in left.items():
            self.crawler.stats.set_value(counter_key(source, PAGES_HELD_LEFT), pages)
        self.committer.start(COMMIT_SECONDS, now=False)

    def process_item(self, item: ArticleItem) -> ArticleItem:
        if self._written(lambda: self.build_stamps.hold(item)):
            self.crawler.stats.inc_value(counter_key(item.source, PAGES_HELD))
            return item
        return self._store(item)

    def _store(self, item: ArticleItem, held: HeldPage | None = None) -> ArticleItem:
        """Store the item; one held to the crawl's end is held no more, in the same transaction."""
        def save() -> str:
            with self.archive.transaction():
                outcome = store_item(self.archive, self.stories, item)
                if held is not None:
                    self.build_stamps.forget(held)
            return outcome

        self.crawler.stats.inc_value(outcome_key(item.source, self._written(save)))
        return item

    def _written(self, write):
        """`write()`'s result, written in the open transaction, which is committed every COMMIT_SECONDS."""
        try:
            self.archive.hold_commits()
            result = write()
            self._commit_if_due()
        except sqlite3.Error as exc:
            if is_storage_failure(exc):  # a full disk fails every later article too: stop rather than fetch on
                self._give_up(exc)
            raise
        return result

    def _commit_if_due(self) -> None:
        """Commit when COMMIT_SECONDS have passed since the last commit."""
        if time.monotonic() - self.committed >= COMMIT_SECONDS:
            self.archive.commit()
            self.committed = time.monotonic()

    def _commit_between_pages(self) -> None:
        """The timer's commit, for a crawl waiting on a slow page: no write is half done then, the reactor running one
        thing at a time."""
        try:
            self._commit_if_due()
        except sqlite3.Error as exc:
            self._give_up(exc)

    def close_spider(self):
        """Store the held pages not build-stamped, and commit, before the run recorder, on its own connection, writes
        the crawl's runs (with the build-stamped pages among those not stored)."""
        if self.committer.running:
            self.committer.stop()
        try:
            self.archive.hold_commits()
            stored, stamped = self.build_stamps.release()
        except sqlite3.Error as exc:
            self._give_up(exc)
            raise
        for held, why in stamped:
            self.crawler.signals.send_catch_log(page_not_stored, source=held.source, url=held.url,
                                                reason=NOT_AN_ARTICLE, error=False,
                                                detail=why)
        for held in stored:
            try:
                self._store(self.build_stamps.stored_item(held), held)
            except sqlite3.Error as exc:
                if is_storage_failure(exc):  # the crawl gave up (see _store): the rest would fail alike
                    return
                # Its row stays: the source's next crawl tries it again.
                self.crawler.signals.send_catch_log(page_not_stored, source=held.source, url=held.url,
                                                    reason="stage error", error=True,
                                                    detail=f"{type(exc).__name__}: {exc}")
        try:
            self.archive.commit()
        except sqlite3.Error as exc:
            self._give_up(exc)
            raise

    def _give_up(self, exc: sqlite3.Error) -> None:
        """Stop the crawl: the archive cannot take what it fetches. `run_crawl` reports the error."""
        self.crawler.stats.set_value(ARCHIVE_FAILURE_STAT, str(exc))
        deferred_from_coro(self.crawler.engine.close_spider_async(reason=ARCHIVE_FAILURE_STAT))
