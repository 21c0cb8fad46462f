"""Whether a page is dated in its metadata only, and whether it is a blog engine's entry of another kind than a post
(a sponsor, a speaker) so dated: WordPress stamps every entry with the day it was saved, so that date says nothing
of news."""
from __future__ import annotations

import copy
import datetime as dt

from news_archive.archive.cms_classes import POST_TYPE, entry_post_type
from news_archive.archive.record import FROM_URL_PATH
from .hints import ClassIndex
from .page_dates import find_dates
from .page_type import VISIBLE_DATE_SOURCES
from .shown_days import shows_any_day
from .structured import PageMetadata

# Where a date only the page's metadata states comes from (pipelines/build_stamps.py holds such pages by it too).
METADATA_SOURCES = frozenset({"json-ld", "meta"})
# Where a date a reader sees as the page's own line comes from: not a day its running text mentions, its address's
# words name or its last update stands in for (record.WEAK_DATE_SOURCES).
_OWN_DATE_SOURCES = frozenset({"time", "text"})


def entry_dated_in_metadata_only(root, url: str, title: str, published_from: str | None,
                                 month_first: bool | None, fetched: dt.datetime | None) -> str | None:
    """The post type named by the `<body>` classes (`single-sponsor`) when it is not the blog's posts and the page's
    date comes from its metadata with none shown to readers (no date line, <time> or dated address); else None."""
    kind = entry_post_type(root)
    if kind in (None, POST_TYPE):
        return None
    return kind if dated_in_metadata_only(root, url, title, published_from, month_first, fetched) else None


def dated_in_metadata_only(root, url: str, title: str, published_from: str | None,
                           month_first: bool | None = None, fetched: dt.datetime | None = None) -> bool:
    """True when the page's date comes from its metadata and readers are shown none (no date line, <time> or dated
    address). `root`: the page's tree before pruning; it is left as it is."""
    if published_from not in METADATA_SOURCES:
        return False
    return _date_shown(root, url, title, month_first, fetched)[1] not in VISIBLE_DATE_SOURCES


def shows_no_own_date(root, url: str, title: str, published: str | None, published_from: str | None) -> bool:
    """True when the page's date comes from its metadata and no date line, <time> or dated address shows readers
    that day (within a day: a UTC moment may fall on the day before or after the one printed). The days a page
    nothing presents as news shows otherwise are those it is about, not its publication's: a day its text mentions, a
    life's dates under a name ("°Ghent 3 May 1931 +Bruges, 8 June 2009"), the evenings of a course listed line by
    line. `root`: the page's tree before pruning; it is left as it is."""
    if published_from not in METADATA_SOURCES or not published:
        return False
    page = _without_metadata(root)
    shown, shown_from, _ = find_dates(page, PageMetadata(), url, ClassIndex(page), title)
    if shown_from in FROM_URL_PATH:  # a dated address is the page's own stamp, a month's at least
        return False
    if shown_from in _OWN_DATE_SOURCES and _within_a_day(shown, published):
        return False
    # The date the page's reading picked may be another line's (a theme's hidden "updated" stamp, a day of its
    # text): a line of its own showing the publication's day still shows it.
    return not shows_any_day(page, _printed_days(published))


def metadata_day_shown(root, published: str | None, published_from: str | None) -> bool:
    """True when the page's date comes from its metadata (a theme's microdata <meta itemprop="datePublished">) and a
    line or <time> of the page shows readers that day too: a date they see, not a stamp the generator puts on every
    page. `root`: the page's tree before pruning, which may take the date line."""
    return published_from in METADATA_SOURCES and bool(published) and shows_any_day(root, _printed_days(published))


def shows_metadata_day(root, published: str | None, published_from: str | None) -> bool:
    """True when the page's metadata alone dates it to a day (no time of day, or midnight: no moment a site's build
    stamps every page with) and a line or <time> of the page shows readers that very day: a post dated there, which
    pipelines/build_stamps.py counts among its family's dated pages. `root`: the page's tree before pruning."""
    return published_from in METADATA_SOURCES and bool(published) \
        and metadata_moment(published, published_from) is None and shows_any_day(root, {published[:10]})


def metadata_moment(published: str | None, published_from: str | None) -> str | None:
    """The publication time when only the page's metadata states it, to a time of day; None otherwise (a date without
    a time, or at midnight, is a post's day, which many posts share; a build stamps its every page at one moment)."""
    published = published or ""
    if published_from not in METADATA_SOURCES or len(published) < 19:
        return None
    return None if published[11:19] == "00:00:00" else published


def _date_shown(root, url: str, title: str, month_first: bool | None, fetched: dt.datetime | None):
    """The (date, where it came from) a reader sees: the page read again without its metadata, microdata
    `<meta itemprop="datePublished">` in the text too. A picture's caption ("The fair, 26 June 2016") dates the
    picture, not the page."""
    shown = _without_metadata(root)
    published, shown_from, _ = find_dates(shown, PageMetadata(), url, ClassIndex(shown), title,
                                          month_first=month_first, fetched=fetched)
    return published, shown_from


def _without_metadata(root):
    """A copy of the page without its <meta> elements and picture captions (a related post's card under its picture
    shows that post's day)."""
    shown = copy.deepcopy(root)
    for element in list(shown.iter("meta", "figcaption")):
        element.drop_tree()
    return shown


def _printed_days(published: str) -> set[str]:
    """The days the publication may be printed as: its own, and the days either side when its moment is given in UTC
    or in no zone (the page prints it in the site's)."""
    try:
        moment = dt.datetime.fromisoformat(published)
    except ValueError:
        return set()
    if moment.utcoffset():
        return {moment.date().isoformat()}
    return {(moment.date() + dt.timedelta(days=offset)).isoformat() for offset in (-1, 0, 1)}


def _within_a_day(shown: str | None, published: str) -> bool:
    try:
        days = dt.date.fromisoformat((shown or "")[:10]) - dt.date.fromisoformat(published[:10])
    except ValueError:
        return False
    return abs(days.days) <= 1
