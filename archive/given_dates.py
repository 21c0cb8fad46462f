"""The dates a source's feeds and listings give their items, kept apart from the articles and given to those stored
undated (or only weakly dated) once the feeds and listings are read."""
from __future__ import annotations

from news_archive.archive.days_ahead import SHOWN_IN_TEXT, source_of_shown_day
from news_archive.archive.record import FROM_FEED, FROM_LISTING, REPLACEABLE_DATE_SOURCES, gives_day
from news_archive.archive.urls import url_key


class GivenDates:
    """Archive's tables of the dates feeds and listings give (`feed_dates`, `listing_dates`); the Archive holds the
    database and its `transaction` (archive/storage.py)."""

    def save_feed_dates(self, source: str, feed: str, dates: dict[str, str], seen: str) -> None:
        """Keep `dates` (item URL -> publication date) a feed of the source gave; an item's first date stays."""
        self._save_given_dates("feed_dates", "feed", source, feed, dates, seen)

    def save_listing_dates(self, source: str, listing: str, dates: dict[str, str], seen: str) -> None:
        """Keep `dates` (item URL -> date) a listing page of the source showed beside its links; the first stays."""
        self._save_given_dates("listing_dates", "listing", source, listing, dates, seen)

    def feed_date(self, source: str, urls: list[str]) -> str | None:
        """The date the source's feeds gave the page at any of these URLs (in any of their forms)."""
        return self._given_date("feed_dates", source, urls)

    def listing_date(self, source: str, urls: list[str]) -> str | None:
        """The date the source's listings showed beside a link to the page at any of these URLs."""
        return self._given_date("listing_dates", source, urls)

    def date_from_feeds(self) -> list[int]:
        """Date the articles stored undated, or dated only by a day their running text mentions or one still ahead of
        the feed's (archive/days_ahead.py), whose source's feed dated one of their URLs since (the page came before its
        feed); returns their ids. A date filled in is not an edit: no version, the text's times stay."""
        return self._date_stored_from("feed_dates", FROM_FEED)

    def date_from_listings(self) -> list[int]:
        """As date_from_feeds, by the dates the source's listings showed: for the articles still undated (or only
        weakly) once the feeds' dates are given."""
        return self._date_stored_from("listing_dates", FROM_LISTING)

    def _save_given_dates(self, table: str, origin: str, source: str, where: str, dates: dict[str, str],
                          seen: str) -> None:
        with self.transaction():
            self.db.conn.executemany(
                f"insert or ignore into {table} (source, url_key, url, published, {origin}, first_seen) "
                "values (?, ?, ?, ?, ?, ?)", [(source, url_key(url), url, date, where, seen) for url, date in dates.items()])

    def _given_date(self, table: str, source: str, urls: list[str]) -> str | None:
        keys = sorted({url_key(url) for url in urls if url})
        if not keys:
            return None
        row = self.db.execute(
            f"select published from {table} where source = ? and url_key in ({','.join('?' * len(keys))}) "
            "order by first_seen, rowid limit 1", [source, *keys]).fetchone()
        return row[0] if row else None

    def _date_stored_from(self, table: str, found_from: str) -> list[int]:
        # A date line the text shows is replaced too when the day given comes more than a day before it: the text
        # named a day still ahead, an event's (days_ahead), as it is when the feed is read before the page.
        weak = sorted(REPLACEABLE_DATE_SOURCES | {SHOWN_IN_TEXT})
        rows = self.db.execute(
            f"select a.id, a.published, a.published_from, (select f.published from article_urls u join {table} f "
            "              on f.url_key = u.url_key and f.source = a.source "
            "              where u.article_id = a.id order by f.first_seen, f.rowid limit 1) "
            f"from articles a where a.published is null or a.published_from in ({','.join('?' * len(weak))})",
            weak).fetchall()
        dated = [(given, article_id) for article_id, published, published_from, given in rows
                 if given and (found := source_of_shown_day(published, published_from, given)) != SHOWN_IN_TEXT
                 and gives_day(published, found, given)]
        with self.transaction():
            self.db.conn.executemany(f"update articles set published = ?, published_from = '{found_from}' where id = ?",
                                     dated)
        return [article_id for _published, article_id in dated]
