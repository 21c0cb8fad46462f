"""Date formats the partner sites print, in Swedish and English."""

from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

from news_archive.archive.calendar_words import ENGLISH_MONTHS, ENGLISH_WEEKDAYS, SWEDISH_MONTHS, SWEDISH_WEEKDAYS


def day_month_year(moment: datetime, language: str) -> str:
    """`13 mars 2024` / `13 March 2024`."""
    months = SWEDISH_MONTHS if language == "sv" else ENGLISH_MONTHS
    return f"{moment.day} {months[moment.month - 1]} {moment.year}"


def short_english_date(moment: datetime) -> str:
    """`Oct 25, 2021` (month first, abbreviated, as many university sites print it)."""
    return f"{ENGLISH_MONTHS[moment.month - 1][:3]} {moment.day}, {moment.year}"


def weekday_date(moment: datetime, language: str) -> str:
    """`Måndag, 16 december 2019` / `Monday, 27 April 2020` (Episerver style)."""
    weekdays = SWEDISH_WEEKDAYS if language == "sv" else ENGLISH_WEEKDAYS
    return f"{weekdays[moment.weekday()].capitalize()}, {day_month_year(moment, language)}"


def event_time_span(start: datetime, end: datetime, language: str) -> str:
    """`fredag, 23 oktober, 2015 - 07:30 till 09:15` (Drupal calendar style)."""
    if language == "sv":
        weekday, month, until = SWEDISH_WEEKDAYS[start.weekday()], SWEDISH_MONTHS[start.month - 1], "till"
    else:
        weekday, month, until = ENGLISH_WEEKDAYS[start.weekday()], ENGLISH_MONTHS[start.month - 1], "to"
    return f"{weekday}, {start.day} {month}, {start.year} - {start:%H:%M} {until} {end:%H:%M}"


def rfc822(moment: datetime) -> str:
    """RSS pubDate; the sample sites pretend to run in UTC."""
    return format_datetime(moment.replace(tzinfo=timezone.utc))


def iso_utc(moment: datetime) -> str:
    """`2018-06-28T10:39:01+00:00`, as older WordPress themes print it."""
    return f"{moment:%Y-%m-%dT%H:%M:%S}+00:00"


def wordpress_comment_time(moment: datetime) -> str:
    """`November 10, 2022 at 2:32 pm`, as WordPress dates a reader's comment in English."""
    hour = moment.hour % 12 or 12
    return f"{ENGLISH_MONTHS[moment.month - 1].capitalize()} {moment.day}, {moment.year} at {hour}:{moment:%M} " \
           f"{'am' if moment.hour < 12 else 'pm'}"


def relative_age(moment: datetime, now: datetime, language: str) -> str:
    """`för 3 månader sedan` / `3 months ago`, as JavaScript front ends print a date (timeago, date-fns)."""
    days = (now - moment).days
    for unit_days, swedish, english in ((365, ("år", "år"), ("year", "years")),
                                        (30, ("månad", "månader"), ("month", "months")),
                                        (7, ("vecka", "veckor"), ("week", "weeks")),
                                        (1, ("dag", "dagar"), ("day", "days"))):
        count = days // unit_days
        if count >= 1:
            if language == "sv":
                return f"för {count} {swedish[count > 1]} sedan"
            return f"{count} {english[count > 1]} ago"
    return "idag" if language == "sv" else "today"


def iso_utc_millis(moment: datetime, offset_hours: int) -> str:
    """`2024-03-12T08:00:00.000Z`: a local time (`offset_hours` east of UTC) as JavaScript's toISOString() writes it."""
    return f"{moment - timedelta(hours=offset_hours):%Y-%m-%dT%H:%M:%S}.000Z"


def iso_with_offset(moment: datetime, offset_hours: int) -> str:
    """`2024-03-12T09:00:00+01:00`: a local time with its offset, as structured data states it."""
    return f"{moment:%Y-%m-%dT%H:%M:%S}+{offset_hours:02}:00"


def stockholm_offset(moment: datetime) -> int:
    """Hours Swedish time runs ahead of UTC on that day (summer time from the last Sunday of March to the last
    Sunday of October; the hour of the switch is not modelled)."""
    def last_sunday(month: int) -> int:
        last = datetime(moment.year, month, 31)
        return last.day - (last.weekday() + 1) % 7

    start, end = datetime(moment.year, 3, last_sunday(3), 2), datetime(moment.year, 10, last_sunday(10), 3)
    return 2 if start <= moment < end else 1
