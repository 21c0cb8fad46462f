"""What an incremental crawl fetches: new pages, pages a sitemap or feed dates later, recent articles; `--full` all.

The archive keeps, per page, the validators of its last answer and the `lastmod` a sitemap or feed last gave it
(`fetch_state`). A run loads them at the start and writes what it learnt at the end, so the next run can ask
the site "changed since?" (conditional GET) and skip what it already has.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from lxml import etree

from news_archive.archive.clock import now
from news_archive.archive.picked_post_categories import earlier_categories, save_categories
from news_archive.archive.repeated_links import earlier_links, save_links
from news_archive.archive.storage import Archive
from news_archive.archive.urls import PAGE_PARAMS, PAGE_SUFFIX, absolute_url, page_key, url_key, with_saved_query
from news_archive.spiders.feed_document import FeedDocument
from news_archive.spiders.pagetype import RepeatedLinks
from news_archive.spiders.picked_posts import PickedPosts

REVISIT_DAYS = 14  # articles this recent are asked for again each night (conditional GET): late corrections
KEPT_STATUSES = (200, 203, 404, 410)  # answers worth remembering; a 500 or a timeout is tried again next time
# A page answering 404 may come back (a post published late, a broken deploy): later crawls ask for it again, after
# 0, 1, 3, 7 days (2^(misses-1) - 1 since the last ask), until it has answered 404 on this many crawls in a row. A 410
# Gone is the site's word that the page is gone for good: not asked again. A --full crawl asks for every page.
MISSING_RETRIES = 5


class FetchPlan:
    """One crawl's memory of earlier crawls, and the decisions taken from it."""

    def __init__(self, db_path: str | None, source_ids: list[str], full: bool, revisit_days: int = REVISIT_DAYS):
        self.db_path = db_path
        self.full = full
        self.revisit_days = revisit_days
        self.state: dict[str, dict] = {}  # page_key -> its fetch_state row
        self.article_keys: set[str] = set()  # url_keys of archived articles: known in whichever URL form
        self.recent: dict[str, list[str]] = {}  # source id -> article URLs to revisit
        self.recent_keys: set[str] = set()
        self.archived: dict[str, list[str]] = {}  # source id -> the addresses of its archived articles
        self.listed: dict[str, str] = {}  # page_key -> lastmod given this run by a sitemap or feed
        self.answers: dict[str, dict] = {}  # page_key -> this run's fetch_state row
        self.source_ids = source_ids
        self.remembered: set[str] = set()  # sources earlier runs fetched pages of
        # source id -> page_key -> the teaser-like links earlier crawls read on the page (archive/repeated_links.py)
        self.earlier_links: dict[str, dict[str, frozenset[str]]] = {}
        # source id -> this run's count of those links (spiders/pagetype.py), kept for the next run at its end
        self.repeated_links: dict[str, RepeatedLinks] = {}
        # source id -> page_key -> the categories earlier crawls read on a static news page's posts, and this run's
        # (spiders/picked_posts.py, archive/picked_post_categories.py)
        self.earlier_picked: dict[str, dict[str, tuple[frozenset[str], frozenset[str]]]] = {}
        self.picked_posts: dict[str, PickedPosts] = {}

    def load(self) -> None:
        """Read what earlier crawls left; called once the crawl holds the archive's lock (the spider's start)."""
        if not self.db_path or not Path(self.db_path).exists():
            return
        archive = Archive(self.db_path)
        try:
            since = (datetime.now(timezone.utc) - timedelta(days=self.revisit_days)).date().isoformat()
            for source in self.source_ids:
                rows = archive.fetch_state(source)
                self.state.update((row["page_key"], row) for row in rows)
                article_keys = archive.article_url_keys(source)
                self.article_keys |= article_keys
                if rows or article_keys:
                    self.remembered.add(source)
                self.recent[source] = [] if self.full else archive.recent_article_urls(source, since)
                self.archived[source] = [] if self.full else archive.article_urls(source)
                self.recent_keys |= {page_key(url) for url in self.recent[source]}
                self.earlier_links[source] = {} if self.walks_all(source) else earlier_links(archive, source)
                self.earlier_picked[source] = {} if self.walks_all(source) else earlier_categories(archive, source)
        finally:
            archive.close()

    def kind(self, source_id: str) -> str:
        """'full', or 'incremental' when the run could skip what earlier runs fetched (a first run walks it all)."""
        return "full" if self.walks_all(source_id) else "incremental"

    # --- decisions ----------------------------------------------------------------------------------

    def walks_all(self, source_id: str) -> bool:
        """A full crawl, or the first of a source: nothing to skip."""
        return self.full or source_id not in self.remembered

    def wants(self, source_id: str, url: str) -> bool:
        """Fetch this article link? A full crawl fetches all; an incremental one what is new or dated later."""
        if self.walks_all(source_id) or not self.knows(url):
            return True
        key = page_key(url)
        return key in self.recent_keys or _later(self.listed.get(key), self.state.get(key, {}).get("lastmod")) \
            or self.retries_missing(source_id, url)

    def retries_missing(self, source_id: str, url: str) -> bool:
        """True when an incremental crawl asks again for a page that answered 404 (MISSING_RETRIES): its back-off
        waited out, and it has not answered 404 on MISSING_RETRIES crawls in a row yet."""
        row = self.state.get(page_key(url))
        if self.walks_all(source_id) or not row or row.get("status") != 404:
            return False
        misses = row.get("misses") or 1  # a 404 kept before misses were counted: one
        if misses >= MISSING_RETRIES:
            return False
        asked = datetime.fromisoformat(row["fetched"]) if row.get("fetched") else None
        return asked is None or datetime.now(timezone.utc) - asked >= timedelta(days=2 ** (misses - 1) - 1)

    def known_gone(self, source_id: str, url: str) -> str | None:
        """Why an incremental crawl leaves out a link to a page that answered 404 or 410 on earlier crawls: the
        partner's dead link all the same, counted and listed as one; None for any other page."""
        row = self.state.get(page_key(url))
        if self.walks_all(source_id) or not row or row.get("status") not in (404, 410):
            return None
        since = (row.get("missing_since") or row.get("fetched") or "")[:10]
        if row["status"] == 410:
            return f"HTTP 410 Gone on an earlier crawl ({since}): not asked again"
        misses = row.get("misses") or 1
        if misses >= MISSING_RETRIES:
            return f"HTTP 404 on {misses} crawls in a row since {since}: not asked again"
        return f"HTTP 404 on {misses} crawl{'s' if misses > 1 else ''} in a row since {since}: asked again after a wait"

    def knows(self, url: str) -> bool:
        return page_key(url) in self.state or url_key(url) in self.article_keys

    def pages_to_read(self, source_id: str, page_url: str, pagination: list[str], content_urls: list[str]) -> list[str]:
        """The listing pages to read after this one: all on a full crawl; on an incremental one the next page
        only (a pager links to every page), and only while this one links to an article the archive lacks."""
        if self.walks_all(source_id):
            return pagination
        if all(self.knows(url) for url in content_urls):
            return []
        here = page_position(page_url) or 0
        later = [url for url in pagination if (page_position(url) or 0) > here]
        if later:
            return [min(later, key=page_position)]
        return [] if any(page_position(url) is not None for url in pagination) else pagination

    def revisits(self, source_id: str) -> list[str]:
        return self.recent.get(source_id, [])

    def archived_articles(self, source_id: str) -> list[str]:
        """The source's archived articles, on an incremental run: where its posts live, on a night its listings answer
        "unchanged" and show no teaser."""
        return [] if self.walks_all(source_id) else self.archived.get(source_id, [])

    def links_read_before(self, source_id: str) -> dict[str, frozenset[str]]:
        """What the source's recently read pages showed of teaser-like links, on an incremental run: a full one reads
        the source's pages itself, and judges its first pages as ever."""
        return self.earlier_links.get(source_id, {})

    def picked_read_before(self, source_id: str) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
        """The categories of a static news page's posts that earlier crawls read, on an incremental run."""
        return self.earlier_picked.get(source_id, {})

    def feeds(self, source_id: str) -> list[str]:
        """The feeds and sitemaps earlier runs read: asked for again (conditionally) even when the page or
        sitemap index that links them is unchanged, as a WordPress sitemap index stays while its parts change."""
        if self.full:
            return []
        return [row["url"] for row in self.state.values()
                if row["source"] == source_id and row.get("role") == "feed" and row["status"] == 200]

    def validators(self, url: str) -> dict[str, str]:
        """Headers of a conditional GET for this page, from its last answer; none on a full crawl."""
        row = self.state.get(page_key(url))
        if self.full or not row:
            return {}
        headers = {"If-None-Match": row.get("etag"), "If-Modified-Since": row.get("last_modified")}
        return {name: value for name, value in headers.items() if value}

    # --- what this run learns -------------------------------------------------------------------------

    def note_listed(self, source_id: str, feed: FeedDocument, base_url: str) -> None:
        """The dates a sitemap (`lastmod`) or Atom feed (`updated`) gives its pages."""
        for url, lastmod in xml_dates(feed.root, base_url).items():
            self.listed[page_key(url)] = lastmod

    def note_answer(self, source_id: str, role: str, urls: list[str], status: int, etag: str | None,
                    last_modified: str | None) -> None:
        """An answer for a page (under each URL it was asked at, redirects included); a 304 keeps the validators."""
        if status not in KEPT_STATUSES + (304,):
            return
        for url in urls:
            key = page_key(url)
            before = self.state.get(key, {})
            if status == 304:
                status, etag, last_modified = before.get("status", 200), before.get("etag"), before.get("last_modified")
            misses, missing_since = None, None  # any other answer ends a run of 404s
            if status == 404 and before.get("status") == 404:
                misses, missing_since = (before.get("misses") or 1) + 1, before.get("missing_since") or now()
            elif status == 404:
                misses, missing_since = 1, now()
            self.answers[key] = {"page_key": key, "source": source_id, "url": url, "role": role, "status": status, "etag": etag,
                                 "last_modified": last_modified, "fetched": now(), "lastmod": before.get("lastmod"),
                                 "misses": misses, "missing_since": missing_since}

    def save(self) -> None:
        """Write this run's answers, with the date a sitemap gave each page, for the next run.

        A page dated later in a sitemap whose fetch failed keeps its older date, so the next run asks again.
        """
        for key, lastmod in self.listed.items():
            if key in self.answers:
                self.answers[key]["lastmod"] = lastmod
        read = {source: repeated.observed for source, repeated in self.repeated_links.items() if repeated.observed}
        picked = {source: posts for source, posts in
                  ((source, picked.read()) for source, picked in self.picked_posts.items()) if posts}
        if not self.db_path or not (self.answers or read or picked):
            return
        archive = Archive(self.db_path)
        try:
            if self.answers:
                archive.save_fetch_state(list(self.answers.values()))
            seen = now()
            for source, pages in read.items():
                save_links(archive, source, pages, seen)
            for source, posts in picked.items():
                save_categories(archive, source, posts, seen)
        finally:
            archive.close()


def page_position(url: str) -> int | None:
    """A listing page's number (`/page/3/`, `?page=3`, a mirror's `@page=3.html`) or offset (`?start=20`); None for a
    page without one."""
    parts = urlsplit(with_saved_query(url))
    suffix = PAGE_SUFFIX.search(parts.path)
    if suffix:
        return int(suffix.group(1))
    numbers = [int(value) for name, value in parse_qsl(parts.query) if PAGE_PARAMS.match(name) and value.isdigit()]
    return numbers[0] if numbers else None


def _later(lastmod: str | None, before: str | None) -> bool:
    return bool(lastmod) and (not before or lastmod > before)


def xml_dates(root: etree._Element | None, base_url: str) -> dict[str, str]:
    """url -> date of a sitemap's `<url>` (`lastmod`) or an Atom feed's `<entry>` (`updated`)."""
    dates = {}
    for element in root.iter() if root is not None else ():
        if not isinstance(element.tag, str) or etree.QName(element).localname not in ("url", "entry"):
            continue
        children = {etree.QName(child).localname: child for child in element if isinstance(child.tag, str)}
        loc, date = children.get("loc"), children.get("lastmod", children.get("updated"))
        link = loc.text if loc is not None else (children["link"].get("href") if "link" in children else None)
        if link and date is not None and date.text:
            dates[absolute_url(base_url, link.strip())] = date.text.strip()
    return dates
