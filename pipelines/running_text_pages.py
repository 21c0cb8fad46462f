"""Whether a page only a listing's running text links (record.ArticleItem.running_text_only) shows itself a post.

Nothing of its site presents such a page as news, and its markup types it no post (the spider judged both): what is
left is its address. A site that files its posts under the day they came out (`/press/acme-2004-06-15.html`,
`/2024/06/15/slug/`) and whose page states that day in its own text files a post there; release notes, a product's
page or an FAQ are filed by version or subject, and the day they state is an edit's or one they mention.
"""
from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from news_archive.archive.record import FROM_FEED, FROM_LISTING, FROM_TRANSLATION
from news_archive.pipelines.extraction.dates import date_from_url

# A day written year first anywhere in the address, its month and day with or without their zero
# (`mozilla-2004-12-7.html`, `/2024/06/15/`): date_from_url reads only days standing as a path segment of their own.
_ADDRESS_DAY = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_/.]([01]?\d)[-_/.]([0-3]?\d)(?!\d)")
# The day a release is filed under is the one it was planned for; its dateline may say the day before or after.
DAY_SLACK = dt.timedelta(days=3)
# Days given from elsewhere than the page itself: they say nothing of what the page states.
_DAYS_NOT_THE_PAGES = {FROM_FEED, FROM_LISTING, FROM_TRANSLATION}


def shows_itself_a_post(url: str, published: str | None, published_from: str | None, listing_day: str | None) -> bool:
    """True when the day the page itself states is, within a few days, the day its address names or the day the
    listing shows beside the entry linking it (the entry announcing it)."""
    own = _day(published) if published_from not in _DAYS_NOT_THE_PAGES else None
    if own is None:
        return False
    days = _address_days(url) + [day for day in (_day(listing_day),) if day is not None]
    return any(abs(day - own) <= DAY_SLACK for day in days)


def _day(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def _address_days(url: str) -> list[dt.date]:
    path = urlsplit(url).path
    found, named_day = date_from_url(path)
    texts = [found] if found and named_day else []
    texts += [f"{year}-{int(month):02d}-{int(day):02d}" for year, month, day in _ADDRESS_DAY.findall(path)]
    days = []
    for text in texts:
        try:
            days.append(dt.date.fromisoformat(text))
        except ValueError:
            continue
    return days
