"""Store stage: write each article and its story to the archive, and record one crawl run per source."""
from __future__ import annotations

import sqlite3
import time
from collections import Counter
from datetime import datetime, timezone

from scrapy.utils.defer import deferred_from_coro

from news_archive.archive.archive_file import ARCHIVE_FAILURE_STAT, is_storage_failure
from news_archive.archive.record import ArticleItem, article_row
from news_archive.archive.storage import Archive, now
from news_archive.archive.stories.placement import Stories
from news_archive.pipelines.archive_connection import crawl_archive

MAX_LISTED_ERRORS = 20  # crawl_runs.error_summary lists this many; the count says how many there were
# Articles are committed together every few seconds (a crash loses at most these, which a re-crawl fetches again).
COMMIT_SECONDS = 2.0


def store_item(archive: Archive, stories: Stories, item: ArticleItem) -> str:
    """Save the article and place it in its story, in one transaction; returns `new`, `updated` or `unchanged`."""
    with archive.transaction():
        result = archive.save_article(article_row(item), item.urls, item.fetched_at)
        item.story_id = stories.place(result.article_id, item, result.outcome, item.fetched_at)
    return result.outcome


def run_status(progress) -> tuple[str, str | None]:
    """'failed' when no start page could be fetched, 'partial' when some pages failed, else 'ok'.

    Links of the site's own pages that answer 404 are its broken links, counted apart: not a failed page.
    """
    if progress.unreachable:
        return "failed", (progress.errors[0] if progress.errors else "no start page could be fetched")
    if progress.errors:
        listed = "\n".join(progress.errors[:MAX_LISTED_ERRORS])
        return "partial", f"{len(progress.errors)} pages failed: {listed}"
    return "ok", None


class StorePipeline:
    def __init__(self, archive: Archive, stories: Stories, crawler):
        self.archive = archive
        self.stories = stories
        self.crawler = crawler
        self.crawl_id = crawler.settings.get("CRAWL_ID") or datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S.%fZ")
        self.runs: dict[str, int] = {}
        self.outcomes: dict[str, Counter] = {}
        self.committed = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler):
        crawl = crawl_archive(crawler)
        return cls(crawl.archive, crawl.stories, crawler)

    def open_spider(self):
        self.stories.catch_up(now())
        spider = self.crawler.spider
        try:
            self.archive.save_sources(spider.sources)
            started = now()
            for source in spider.sources:
                self.runs[source.id] = self.archive.start_run(self.crawl_id, source.id, started)
                self.outcomes[source.id] = Counter()
        except sqlite3.Error as exc:
            self._give_up(exc)
            raise

    def process_item(self, item: ArticleItem) -> ArticleItem:
        try:
            self.archive.hold_commits()
            outcome = store_item(self.archive, self.stories, item)
            if time.monotonic() - self.committed >= COMMIT_SECONDS:
                self.archive.commit()
                self.committed = time.monotonic()
        except sqlite3.Error as exc:
            if is_storage_failure(exc):  # a full disk fails every later article too: stop rather than fetch on
                self._give_up(exc)
            raise
        self.outcomes[item.source][outcome] += 1
        return item

    def _give_up(self, exc: sqlite3.Error) -> None:
        """Stop the crawl: the archive cannot take what it fetches. `run_crawl` reports the error."""
        self.crawler.stats.set_value(ARCHIVE_FAILURE_STAT, str(exc))
        deferred_from_coro(self.crawler.engine.close_spider_async(reason=ARCHIVE_FAILURE_STAT))

    def close_spider(self):
        spider = self.crawler.spider
        self._record_late_url_forms(spider.link_forms)
        for source in spider.sources:
            progress = spider.progress[source.id]
            status, summary = run_status(progress)
            self.archive.finish_run(
                self.runs[source.id], status=status, pages_fetched=progress.pages_fetched,
                articles_found=sum(self.outcomes[source.id].values()), articles_new=self.outcomes[source.id]["new"],
                articles_updated=self.outcomes[source.id]["updated"], candidates=progress.candidates, errors=len(progress.errors),
                error_summary=summary, broken_links=len(progress.broken_links),
                broken_links_summary="\n".join(progress.broken_links[:MAX_LISTED_ERRORS]) or None,
            )

    def _record_late_url_forms(self, link_forms: dict[str, set[str]]) -> None:
        """URL forms met after their article was fetched (a `/page/3/` variant on a later listing page)."""
        seen = now()
        with self.archive.transaction():
            for forms in link_forms.values():
                article_id = self.archive.article_id_for_urls(sorted(forms))
                if article_id is not None:
                    self.archive.add_urls(article_id, sorted(forms), seen)
