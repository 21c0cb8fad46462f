"""Turn stories into newsletter entries: the version in the wanted language, its partners, date and lead."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta

from news_archive.archive.newsletter.leads import cut_lead, first_paragraph
from news_archive.archive.newsletter.select import story_versions
from news_archive.archive.newsletter.words import long_date, week_heading

GROUPINGS = ("partner", "week")


@dataclass(frozen=True)
class Entry:
    story_id: int
    title: str
    url: str
    partner: str
    also_published_by: tuple[str, ...]
    published: date | None
    published_text: str
    language: str | None
    other_language: bool  # no version in the newsletter's language: this one is marked with its language
    lead: str


@dataclass(frozen=True)
class Section:
    heading: str
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Newsletter:
    language: str
    group_by: str
    since: date | None
    until: date | None
    sections: tuple[Section, ...]

    @property
    def entries(self) -> list[Entry]:
        return [entry for section in self.sections for entry in section.entries]


def build_newsletter(conn: sqlite3.Connection, story_keys: list[int], language: str = "sv", group_by: str = "partner",
                     since: date | None = None, until: date | None = None) -> Newsletter:
    """One entry per story, grouped by the chosen version's partner or by the week it was published."""
    if group_by not in GROUPINGS:
        raise ValueError(f"group_by must be one of {', '.join(GROUPINGS)}, not {group_by!r}")
    versions = story_versions(conn, story_keys)
    entries = [entry_for_story(key, versions[key], language) for key in story_keys if versions.get(key)]
    return Newsletter(language, group_by, since, until, tuple(group_entries(entries, group_by, language)))


def entry_for_story(story_key: int, versions: list[dict], language: str) -> Entry:
    chosen = choose_version(versions, language)
    partners = list(dict.fromkeys(version["partner"] for version in sorted(versions, key=_publication_order)))
    published = _day(chosen["day"])
    return Entry(
        story_id=story_key,
        title=chosen["title"] or chosen["url"],
        url=chosen["url"],
        partner=chosen["partner"],
        also_published_by=tuple(partner for partner in partners if partner != chosen["partner"]),
        published=published,
        published_text=long_date(published, language) if published else "",
        language=chosen["language"],
        other_language=chosen["language"] != language,
        lead=cut_lead(chosen["lead"] or first_paragraph(chosen["body"])),
    )


def choose_version(versions: list[dict], language: str) -> dict:
    """The first published version in `language`; the first published of all when none is in it."""
    in_language = [version for version in versions if version["language"] == language]
    return min(in_language or versions, key=_publication_order)


def group_entries(entries: list[Entry], group_by: str, language: str) -> list[Section]:
    """Sections by partner (alphabetical) or by ISO week (newest first); newest entries first in each."""
    groups: dict[object, list[Entry]] = {}
    for entry in entries:
        key = entry.partner if group_by == "partner" else _monday(entry.published)
        groups.setdefault(key, []).append(entry)
    if group_by == "partner":
        keys = sorted(groups, key=lambda name: str(name).casefold())
        headings = {key: str(key) for key in keys}
    else:
        keys = sorted(groups, key=lambda monday: monday or date.min, reverse=True)
        headings = {key: week_heading(key, language) if key else "–" for key in keys}
    return [Section(headings[key], tuple(sorted(groups[key], key=_newest_first))) for key in keys]


def _publication_order(version: dict) -> tuple:
    return (version["day"] or "9999", version["id"])


def _newest_first(entry: Entry) -> tuple:
    return (-(entry.published or date.min).toordinal(), entry.title.casefold())


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def _monday(day: date | None) -> date | None:
    return day - timedelta(days=day.weekday()) if day else None
