"""The newsletter's own words in Swedish and English: labels, month names, how dates and weeks read."""
from __future__ import annotations

from datetime import date, timedelta

from news_archive.archive.calendar_words import ENGLISH_MONTHS, SWEDISH_MONTHS

MONTHS = {"sv": SWEDISH_MONTHS, "en": ENGLISH_MONTHS}
LABELS = {
    "sv": {"title": "Nyheter från partnerna", "also_published_by": "Även publicerad av", "week": "Vecka",
           "empty": "Inga nyheter under perioden.", "and": "och",
           "language_names": {"sv": "på svenska", "en": "på engelska"}},
    "en": {"title": "News from the partners", "also_published_by": "Also published by", "week": "Week",
           "empty": "No news in this period.", "and": "and",
           "language_names": {"sv": "in Swedish", "en": "in English"}},
}


def labels(language: str) -> dict:
    return LABELS.get(language, LABELS["en"])


def long_date(day: date, language: str) -> str:
    """`12 juni 2025` / `12 June 2025`."""
    return f"{day.day} {MONTHS.get(language, MONTHS['en'])[day.month - 1]} {day.year}"


def date_range(first: date, last: date, language: str) -> str:
    """`2–8 juni 2025`, `30 juni – 6 juli 2025`, `29 december 2025 – 4 januari 2026`."""
    months = MONTHS.get(language, MONTHS["en"])
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {months[last.month - 1]} {last.year}"
    if first.year == last.year:
        return f"{first.day} {months[first.month - 1]} – {last.day} {months[last.month - 1]} {last.year}"
    return f"{long_date(first, language)} – {long_date(last, language)}"


def week_heading(monday: date, language: str) -> str:
    """`Vecka 23 · 2–8 juni 2025`."""
    week = monday.isocalendar().week
    return f"{labels(language)['week']} {week} · {date_range(monday, monday + timedelta(days=6), language)}"


def language_note(language: str | None, wanted: str) -> str:
    """`på engelska` for an English version in a Swedish newsletter; `[de]` for a language without a name."""
    names = labels(wanted)["language_names"]
    return names.get(language or "", f"[{language or '?'}]")


def joined(names: list[str], language: str) -> str:
    """`A, B och C`."""
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} {labels(language)['and']} {names[-1]}"
