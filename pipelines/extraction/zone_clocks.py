"""The publisher's zone of a UTC timestamp, told by the clock the page shows beside it.

CMSs state a post's datePublished in UTC: an evening post is a day off there. The page itself shows the publisher's
clock (a byline's "Publié à 10:18h", a <time> without a zone): where its minute matches the stamp's, the difference
in hours is the publisher's zone, and the day in that zone the post's."""
from __future__ import annotations

import datetime as dt
import re

from .header_texts import SHORT_TEXT_CHARS

_HALF_HOUR = 1800
_BYLINE_TEXTS = 3  # the texts right under a headline where its byline stands
_SHOWN_CLOCK = re.compile(r"(?<![\d:.])([01]?\d|2[0-3])\s?[:h.]\s?([0-5]\d)(?![\d:.])(?:\s?([ap])\.?\s?m\b\.?)?", re.I)


def day_by_shown_clock(after_headline: list[str], moment: dt.datetime) -> str | None:
    """The day of the UTC `moment` in the zone of the clock the post's byline shows at the same minute ("Publié à
    10:18h" under a headline stamped 08:18 UTC): the publisher's day, whatever day a source line quoted in the text
    names ("Le Monde, 12 October 2018"). A stamp on the hour tells nothing: a bare day's midnight, which an event's
    "8:00 - 9:15" under the headline matches as readily."""
    if not moment.minute:
        return None
    for text in after_headline[:_BYLINE_TEXTS]:
        if len(text) > SHORT_TEXT_CHARS:
            continue
        for clock in _SHOWN_CLOCK.finditer(text):
            if int(clock.group(2)) != moment.minute:
                continue
            hour, half = int(clock.group(1)), (clock.group(3) or "").lower()
            # "3:40" may be a 12-hour clock with its "PM" left off: the nearer of the two readings is the zone's.
            hours = [hour % 12 + (12 if half == "p" else 0)] if half else [hour, hour + 12] if hour < 12 else [hour]
            offset = min((_zone_offset(reading - moment.hour) for reading in hours), key=abs)
            return (moment + dt.timedelta(hours=offset)).date().isoformat()
    return None


def _zone_offset(hours: int) -> int:
    """A difference of clock hours as a zone's offset from UTC, within UTC-12 to UTC+14."""
    return hours + 24 if hours < -12 else hours - 24 if hours > 14 else hours


def is_zone_offset(offset: dt.timedelta, moment: dt.datetime) -> bool:
    """A difference between two clocks that a time zone has (UTC-12 to UTC+14 in half hours), told apart from a
    chance one by a moment with its own seconds (teasers beside the article are often stamped on the hour)."""
    seconds = offset.total_seconds()
    return bool(moment.second) and -12 * 3600 <= seconds <= 14 * 3600 and seconds % _HALF_HOUR == 0
