"""Date an article whose page states no date by its source's feed: the publisher's word on when it was published.

Many themes show no date on a post while the site's RSS, Atom or JSON feed dates every item. The spider reports
each feed it reads (archive/crawl_signals.py `feed_dates_read`); the dates are kept in the archive (`feed_dates`), so
they date the article in this crawl, in later ones (an unchanged feed answers 304 and lists nothing) and in a
`reprocess`. A date the page states wins, but for a day its running text merely mentions (FROM_RUNNING_TEXT: an
event's, a deadline's) or its address names among the slug's words (FROM_SLUG_WORDS: "maintenance-05-10-2023"),
which are no statement of when the page was published.
"""
from __future__ import annotations

import datetime as dt

from news_archive.archive.clock import now
from news_archive.archive.record import FROM_FEED, ArticleItem, dated_weakly, gives_day
from news_archive.archive.storage import Archive
from news_archive.pipelines.extraction.dates import parse_date_value

# A feed's date beyond tomorrow is no publication: an event calendar's feed dates its items by the event.
FUTURE_SLACK = dt.timedelta(days=1)


def feed_date(value: str, read_at: dt.datetime) -> str | None:
    """A feed's date as the archive stores dates (ISO 8601), in the zone the feed states it in, as a page's stated
    moment is kept: a feed that writes the publisher's offset gives the publisher's day. RFC 822 in RSS
    ("Tue, 12 Oct 2021 23:14:04 +0200"), RFC 3339 in Atom and JSON Feed. None for no date or a future one."""
    found = parse_date_value(value)
    if not found:
        return None
    moment = dt.datetime.fromisoformat(found)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return None if moment > read_at + FUTURE_SLACK else found


class FeedDates:
    """The feed dates of the crawl's archive: kept as feeds are read, given to the undated articles."""

    def __init__(self, archive: Archive):
        self.archive = archive

    def note(self, source: str, feed: str, dates: dict[str, str]) -> None:
        """Keep what a feed the spider read says (its `feed_dates_read` signal): item link -> date as written."""
        read_at = dt.datetime.now(dt.timezone.utc)
        parsed = {url: date for url, written in dates.items() if (date := feed_date(written, read_at))}
        if parsed:
            self.archive.save_feed_dates(source, feed, parsed, now())

    def shown_day(self, item: ArticleItem) -> str | None:
        """The date the source's feed gave the page, under the URLs that led to it."""
        return self.archive.feed_date(item.source, [item.url, *item.seen_urls])

    def date(self, item: ArticleItem) -> ArticleItem:
        """Give an item whose page states no date, or only mentions one in its running text, the date its source's
        feed gave it, under the URL it was fetched at, any that led to it or the canonical one it names."""
        return date_if_undated(item, self.archive.feed_date, FROM_FEED)

    def date_stored(self) -> list[int]:
        """Date the articles stored before their feed was read; returns their ids."""
        return self.archive.date_from_feeds()


def date_if_undated(item: ArticleItem, stated_date, found_in: str) -> ArticleItem:
    """Date an item whose page states no date, or only a weak one, by `stated_date(source, urls)` (a feed's or a
    listing's, under any of the item's addresses), marking it `published_from = found_in`. A date its address gives
    without the day takes the stated day of that month."""
    if not dated_weakly(item.published, item.published_from):
        return item
    found = stated_date(item.source, [item.url, *item.seen_urls, item.canonical_url])
    if found and gives_day(item.published, item.published_from, found):
        item.published, item.published_from = found, found_in
    return item

