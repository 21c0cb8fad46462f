"""Record one `crawl_runs` row per source: started when the spider opens, finished from the crawl's stats."""
from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from datetime import datetime, timezone

from scrapy import signals
from scrapy.utils.defer import deferred_from_coro

from news_archive.archive.archive_file import ARCHIVE_FAILURE_STAT
from news_archive.archive.clock import now
from news_archive.archive.crawl_signals import NOT_AN_ARTICLE, NotAnArticle, page_not_stored
from news_archive.archive.run_counters import (CANDIDATES, CUT_SHORT, MISSING_RETRIED, NOT_MODIFIED, PAGES_FETCHED,
                                               PAGES_HELD, PAGES_HELD_LEFT, START_PAGES_OK, STOPPED, counter_key, outcome_key)
from news_archive.archive.storage import Archive
from news_archive.spiders.page_outcomes import BROKEN_LINK, ROBOTS_FORBIDDEN
from news_archive.spiders.passed_over import LISTING_LEFT_UNREAD

MAX_LISTED_ERRORS = 20  # crawl_runs.error_summary lists this many; the count says how many there were
MAX_LISTED_PAGES = 5000  # per source in crawl_pages_skipped; the per-reason counts stay exact
# The extractor's page types, as the list of pages not stored words them beside the extractor's reason
VERDICT_KINDS = {"listing": "a listing", "page": "not a post", "other": "not a post", "empty": "too little text"}


def run_status(stats, source_id: str, errors: list[str], forbidden: list[str] = ()) -> tuple[str, str | None]:
    """'failed' when no start page could be fetched, 'partial' when pages failed or a bound cut the crawl short.
    `forbidden`: the pages robots.txt kept the crawl from, which name why a source without an error got nothing.

    A bound cuts it short when it left pages unread while they still brought new articles (CUT_SHORT); one that stopped
    listings which had brought none for pages on end leaves the run 'ok', its unread pages counted as not stored."""
    if not stats.get_value(counter_key(source_id, START_PAGES_OK)):
        if errors:
            return "failed", errors[0]
        because = f": robots.txt forbids {forbidden[0]}" if forbidden else ""
        return "failed", f"no start page could be fetched{because}"
    lines = []
    stopped = stats.get_value(counter_key(source_id, STOPPED))
    cut_short = stats.get_value(counter_key(source_id, CUT_SHORT))
    if stopped and cut_short:
        lines.append(f"{stopped}; {cut_short} pages left unread where new articles were still coming in")
    if errors:
        listed = "\n".join(errors[:MAX_LISTED_ERRORS])
        lines.append(f"{len(errors)} pages failed: {listed}")
    return ("partial", "\n".join(lines)) if lines else ("ok", None)


class CrawlRunRecorder:
    """A Scrapy extension: the spider and the stages count into `crawler.stats` and signal the pages they do not
    store; this writes it all to `crawl_runs` and `crawl_pages_skipped` once the spider closes."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.crawl_id = crawler.settings.get("CRAWL_ID") or datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S.%fZ")
        self.archive: Archive | None = None
        self.runs: dict[str, int] = {}
        self.errors: dict[str, list[str]] = defaultdict(list)
        self.broken_links: dict[str, list[str]] = defaultdict(list)  # the partner's own 404/410 links: not errors
        self.skipped: dict[str, list[tuple[str, str, str]]] = defaultdict(list)

    @classmethod
    def from_crawler(cls, crawler):
        recorder = cls(crawler)
        crawler.signals.connect(recorder.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(recorder.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(recorder.page_not_stored, signal=page_not_stored)
        crawler.signals.connect(recorder.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(recorder.item_error, signal=signals.item_error)
        return recorder

    def spider_opened(self, spider):
        self.archive = Archive(self.crawler.settings.get("ARCHIVE_DB"))
        try:
            with self.archive.transaction():
                self.archive.save_sources(spider.sources)
                started = now()
                for source in spider.sources:
                    self.runs[source.id] = self.archive.start_run(self.crawl_id, source.id, started)
        except sqlite3.Error as exc:
            # Nothing could be recorded, so nothing is fetched; `run_crawl` reports the error.
            self.crawler.stats.set_value(ARCHIVE_FAILURE_STAT, str(exc))
            deferred_from_coro(self.crawler.engine.close_spider_async(reason=ARCHIVE_FAILURE_STAT))

    def page_not_stored(self, source: str, url: str, reason: str, error: bool, detail: str):
        self.crawler.stats.inc_value(counter_key(source, f"skipped/{reason}"))
        if error:
            self.errors[source].append(f"{url}: {detail}")
        elif reason == BROKEN_LINK:
            self.broken_links[source].append(f"{url}: {detail}")
        if len(self.skipped[source]) < MAX_LISTED_PAGES:
            self.skipped[source].append((url, reason, detail))

    def item_dropped(self, item, response, exception, spider):
        if isinstance(exception, NotAnArticle):
            self.page_not_stored(item.source, item.url, NOT_AN_ARTICLE, False, plain_verdict(exception))
        else:
            self.page_not_stored(item.source, item.url, "dropped by a stage", False, str(exception))

    def item_error(self, item, response, spider, failure):
        """A page a stage failed on: counted against its source; the crawl goes on."""
        self.page_not_stored(item.source, item.url, "stage error", True,
                             f"{failure.type.__name__}: {failure.getErrorMessage()}")

    def spider_closed(self, spider, reason):
        if self.archive is None:
            return
        try:
            if self.runs:
                self._record_late_url_forms(spider.link_forms)
                for source_id, url, why, detail in getattr(spider, "links_not_followed", lambda: ())():
                    bound = self.crawler.stats.get_value(counter_key(source_id, STOPPED))
                    self.page_not_stored(source_id, url, why, False, (why == LISTING_LEFT_UNREAD and bound) or detail)
                kind = getattr(spider, "crawl_kind", lambda _source: None)  # a replay is neither full nor incremental
                for source in spider.sources:
                    self._finish_run(source.id, kind(source.id))
        finally:
            self.archive.close()

    def _finish_run(self, source_id: str, kind: str | None) -> None:
        stats = self.crawler.stats
        forbidden = [url for url, reason, _detail in self.skipped[source_id] if reason == ROBOTS_FORBIDDEN]
        status, summary = run_status(stats, source_id, self.errors[source_id], forbidden)
        outcomes = {name: stats.get_value(outcome_key(source_id, name), 0) for name in ("new", "updated", "unchanged")}
        prefix = counter_key(source_id, "skipped/")
        reasons = {key[len(prefix):]: count for key, count in sorted(stats.get_stats().items()) if key.startswith(prefix)}
        with self.archive.transaction():
            self.archive.add_skipped_pages(self.runs[source_id], self.skipped[source_id])
            self.archive.finish_run(
                self.runs[source_id], status=status,
                pages_fetched=stats.get_value(counter_key(source_id, PAGES_FETCHED), 0),
                articles_found=sum(outcomes.values()), articles_new=outcomes["new"],
                articles_updated=outcomes["updated"], errors=len(self.errors[source_id]),
                candidates=stats.get_value(counter_key(source_id, CANDIDATES), 0),
                broken_links=len(self.broken_links[source_id]),
                broken_links_summary="\n".join(self.broken_links[source_id][:MAX_LISTED_ERRORS]) or None,
                error_summary=summary, pages_skipped=sum(reasons.values()),
                skip_reasons=json.dumps(reasons, ensure_ascii=False) if reasons else None,
                kind=kind, pages_not_modified=stats.get_value(counter_key(source_id, NOT_MODIFIED), 0),
                pages_held=stats.get_value(counter_key(source_id, PAGES_HELD), 0),
                pages_missing_retried=stats.get_value(counter_key(source_id, MISSING_RETRIED), 0),
                pages_held_left=stats.get_value(counter_key(source_id, PAGES_HELD_LEFT), 0),
            )

    def _record_late_url_forms(self, link_forms: dict[str, set[str]]) -> None:
        """URL forms met after their article was fetched (a `/page/3/` variant on a later listing page)."""
        seen = now()
        with self.archive.transaction():
            for forms in link_forms.values():
                article_id = self.archive.article_id_for_urls(sorted(forms))
                if article_id is not None:
                    self.archive.add_urls(article_id, sorted(forms), seen)


def plain_verdict(verdict: NotAnArticle) -> str:
    """Why a stage judged a page no article, in words: the list shows the source and the page beside it ("a listing:
    12 linked headlines over short teasers", "no text at all")."""
    if verdict.why == "less than 1 characters of text":
        return "no text at all"
    return f"{VERDICT_KINDS[verdict.kind]}: {verdict.why}" if verdict.kind in VERDICT_KINDS else verdict.why
