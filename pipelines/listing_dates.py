"""Date an article whose page states no date, and which no feed dates, by its source's listing: the day its teaser
shows beside its link ("July 16, 2024 – … <a>…</a>", a card's date line).

Many sites show a post's date only where they list it. The spider reports the text of each teaser of a listing page
(archive/crawl_signals.py `listing_dates_read`), line by line; a teaser that shows one day, and one only, on a line that
states it (a date line, a line opening with the day or its label: "14.11.2025", "March 5, 2024 – …", "Posted on 3 May
2024 by …"), or a calendar badge setting the day over the month on short lines of their own ("01" / "Mai/2026"), dates
its link. A day its excerpt's sentences name ("Am 14.11.2025 fand … statt") is an event's, not the post's. A teaser
with two such days (an event's and the announcement's) says nothing certain and dates nothing. A page a listing
announces twice (a later line for its update) takes the later day: the page as fetched is its latest form. The dates are kept in the archive (`listing_dates`) and given as feed dates are (pipelines/feed_dates.py), after
them: a date the page states, then its feed's, then its listing's; the listing's beats a day the page's running text
merely mentions.
"""
from __future__ import annotations

import datetime as dt
import re

from news_archive.archive.clock import now
from news_archive.archive.record import FROM_LISTING, ArticleItem
from news_archive.archive.storage import Archive
from news_archive.pipelines.extraction.dates import find_date, slashed_order
from news_archive.pipelines.extraction.date_lines import has_date_label, has_stamp_label
from news_archive.pipelines.extraction.stamp_lines import DATE_LINE_CHARS, is_date_line
from news_archive.pipelines.feed_dates import date_if_undated, feed_date


def days_shown(text: str, month_first: bool = False) -> list[str]:
    """Every date written in the text, in order (ISO 8601)."""
    found, rest = [], text
    while (date := find_date(rest, month_first=month_first)) is not None:
        found.append(date[0])
        rest = rest[date[2]:]
    return found


# "Posted on", "Veröffentlicht am": the few words of a label before a line's day. A date line's other words, fewer
# than a sentence's ("Am 14.11.2025 fand das Treffen statt."): a weekday, a place, a time.
_LABEL_WORDS = 3
_DATE_LINE_OTHER_WORDS = 3


def states_its_day(line: str, line_above: str = "") -> bool:
    """A teaser's line that states a day rather than mentions one: a date line, or a line opening with the day or
    with a publication's label before it. A day labelled by another name ("Deadline: 08.12.2024", also with the label
    on the line above) is that thing's."""
    found = find_date(line)
    if found is None:
        return False
    before = line[:found[1]].strip()
    label = before if before.endswith(":") else line_above if not before and line_above.endswith(":") else None
    if label is not None:
        return has_date_label(label)
    date_line = len(line) <= DATE_LINE_CHARS and is_date_line(line, other_words=_DATE_LINE_OTHER_WORDS)
    return found[1] == 0 or date_line or (len(before.split()) <= _LABEL_WORDS and has_stamp_label(before))


# A calendar badge sets the day's number over the month on lines of their own ("01" / "Mai/2026", "15" / "Jun" /
# "2016"), each a few characters: read together they state the post's day, as its date line would.
_BADGE_LINE_CHARS = 10
_BADGE_LINES = (2, 3)
# "Mai/2026": a badge's month line may join its name and the year with a slash.
_MONTH_SLASH_YEAR = re.compile(r"(?<=[^\W\d_])\s*/\s*(?=\d)")


def badge_days(lines: list[str]) -> set[str]:
    """The days stated by runs of a teaser's short lines that together are a date and nothing else."""
    days = set()
    for start in range(len(lines)):
        for count in _BADGE_LINES:
            run = lines[start:start + count]
            if len(run) < count or any(len(line) > _BADGE_LINE_CHARS for line in run):
                continue
            badge = _MONTH_SLASH_YEAR.sub(" ", " ".join(run))
            found = find_date(badge)
            if found and found[1] == 0 and found[2] == len(badge):
                days.add(found[0][:10])
    return days


def teaser_date(text: str, read_at: dt.datetime, month_first: bool = False) -> str | None:
    """The one day a teaser's lines state, or None when they state none, several, or one to come (an event's)."""
    lines = text.split("\n")
    days = {date[:10] for above, line in zip(["", *lines], lines) if states_its_day(line, above)
            for date in days_shown(line, month_first)} | badge_days(lines)
    if len(days) != 1:
        return None
    return feed_date(days.pop(), read_at)


def listing_date(teasers: list[str], read_at: dt.datetime, month_first: bool = False) -> str | None:
    """The date a listing page gives a link from the texts of its teasers of it: the latest one they show."""
    dates = [date for text in teasers if (date := teaser_date(text, read_at, month_first))]
    return max(dates) if dates else None


class ListingDates:
    """The listing dates of the crawl's archive: kept as listings are read, given to the articles still undated."""

    def __init__(self, archive: Archive):
        self.archive = archive
        # source -> whether its listings print slashed dates month first, as the teasers only one order can read
        # show it ("27/09/21"); None once two listings told both orders.
        self.orders: dict[str, bool | None] = {}

    def note(self, source: str, listing: str | None, dates: dict[str, list[str]]) -> None:
        """Keep what a listing page the spider read shows (its `listing_dates_read` signal)."""
        read_at = dt.datetime.now(dt.timezone.utc)
        order = slashed_order(text for teasers in dates.values() for text in teasers)
        if order is not None:
            self.orders[source] = order if self.orders.get(source, order) == order else None
        month_first = bool(self.orders.get(source))
        parsed = {url: date for url, teasers in dates.items() if (date := listing_date(teasers, read_at, month_first))}
        if parsed:
            self.archive.save_listing_dates(source, listing, parsed, now())

    def printed_order(self, source: str) -> bool | None:
        """Whether the source's listings print slashed dates month first; None when none told (`note`). A post page's
        "posted 06/02/20" under a bare "en" is read in that order (extraction.dates.reads_month_first)."""
        return self.orders.get(source)

    def shown_day(self, item: ArticleItem) -> str | None:
        """The day the source's listing showed beside a link to the page, under the URLs that led to it."""
        return self.archive.listing_date(item.source, [item.url, *item.seen_urls])

    def date(self, item: ArticleItem) -> ArticleItem:
        """Give an item whose page states no date, or only mentions one in its running text, and which its feed did
        not date, the date its source's listing showed beside a link to it."""
        return date_if_undated(item, self.archive.listing_date, FROM_LISTING)

    def date_stored(self) -> list[int]:
        """Date the articles stored before their listing was read (and after any feed's date); returns their ids."""
        return self.archive.date_from_listings()
