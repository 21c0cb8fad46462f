"""Find the stories a newsletter covers: those published in a period, or those of some articles."""
from __future__ import annotations

import sqlite3
from datetime import date

from news_archive.archive.record import LISTED_COLUMNS

# What an entry shows of each version (the record's listed columns), and how it is grouped, dated and credited.
VERSION_COLUMNS = ", ".join(f"articles.{column}" for column in LISTED_COLUMNS)
# An article without a story of its own (none should be) counts as a story by itself: -id keeps it apart.
STORY_KEY = "coalesce(articles.story_id, -articles.id)"
PUBLISHED_DAY = "substr(coalesce(articles.published, articles.first_seen), 1, 10)"


def stories_published_between(conn: sqlite3.Connection, since: date, until: date) -> list[int]:
    """Stories with at least one version published from `since` to `until`, both days included."""
    rows = conn.execute(
        f"select distinct {STORY_KEY} from articles where {PUBLISHED_DAY} between ? and ?",
        [since.isoformat(), until.isoformat()],
    ).fetchall()
    return [row[0] for row in rows]


def stories_of_articles(conn: sqlite3.Connection, article_ids: list[int]) -> list[int]:
    """The stories these articles belong to, in the order the articles came."""
    stories: dict[int, None] = {}
    for start in range(0, len(article_ids), 500):
        chunk = article_ids[start:start + 500]
        rows = conn.execute(
            f"select id, {STORY_KEY} from articles where id in ({','.join('?' * len(chunk))})", chunk
        ).fetchall()
        by_id = dict(rows)
        stories.update((by_id[article_id], None) for article_id in chunk if article_id in by_id)
    return list(stories)


def story_versions(conn: sqlite3.Connection, story_keys: list[int]) -> dict[int, list[dict]]:
    """Every article of these stories, with its partner's name, grouped by story."""
    versions: dict[int, list[dict]] = {key: [] for key in story_keys}
    positive = [key for key in story_keys if key >= 0]
    loose = [-key for key in story_keys if key < 0]
    for column, keys in (("story_id", positive), ("id", loose)):
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            cursor = conn.execute(
                f"select articles.id, {STORY_KEY} as story, {VERSION_COLUMNS}, {PUBLISHED_DAY} as day, "
                f"coalesce(sources.name, articles.source) as partner "
                f"from articles left join sources on sources.id = articles.source "
                f"where articles.{column} in ({','.join('?' * len(chunk))})", chunk,
            )
            names = [description[0] for description in cursor.description]
            for row in cursor.fetchall():
                record = dict(zip(names, row))
                versions[record["story"]].append(record)
    return versions
