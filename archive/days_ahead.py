"""A day the page's text shows that was still ahead when the site published the post, by the day its feed or listing
gives it: an event's day ("08 May 2018 in Bielefeld", "Next meetup: 25 October 2018, campus"), not a date line. Read
as a page is cleaned (pipelines/clean.py) and when a feed read after the page dates it (storage.date_from_feeds)."""
from __future__ import annotations

import datetime as dt

from news_archive.archive.record import FROM_RUNNING_TEXT

# A date line the page shows in its text (extraction.page_dates' "text"), as a press release's dateline is: its day is
# the day the release went out, the feed's day but for the zones between them.
SHOWN_IN_TEXT = "text"
# A feed states a moment, often in UTC, the page its local day; a release may go out the evening before its dateline.
_ZONE_SLACK = dt.timedelta(days=1)


def source_of_shown_day(published: str | None, published_from: str | None, listing_day: str | None) -> str | None:
    """`published_from`, or FROM_RUNNING_TEXT when the day the page's text shows comes more than a day after the day
    its feed or listing gives the post: a day the text only mentions, which that feed's or listing's day replaces
    (record.REPLACEABLE_DATE_SOURCES)."""
    if published_from != SHOWN_IN_TEXT or not published or not listing_day:
        return published_from
    shown, listed = _day(published), _day(listing_day)
    if shown is None or listed is None or shown - listed <= _ZONE_SLACK:
        return published_from
    return FROM_RUNNING_TEXT


def _day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None
