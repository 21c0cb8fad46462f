"""Migrations: a new archive gets every one, an archive made by earlier code moves forward with nothing lost."""
from __future__ import annotations

import gzip
import sqlite3
from pathlib import Path

import sqlite_utils

from news_archive.archive.schema import OWN_REGISTRY, migrate, migrations
from news_archive.archive.storage import Archive
from news_archive.archive.stories.placement import Stories
from news_archive.archive.urls import url_key

# Made by tests/data/make_b731e1b_archive.py with the code of commit b731e1b, whose own registry
# recorded m001-m005 in a `migrations` table.
OLD_ARCHIVE = Path(__file__).parent / "data" / "archive-b731e1b.db.gz"
OLD_MIGRATIONS = ["m001_initial", "m002_swedish_search", "m003_story_index", "m004_site_boilerplate",
                  "m005_compact_story_index"]


def rows(path: Path) -> dict[str, set[tuple]]:
    """Every row of every table but the full-text indexes' shadow tables, with the column names."""
    with sqlite3.connect(path) as conn:
        tables = [name for name, in conn.execute(
            "select name from sqlite_master where type = 'table' and name not like 'articles_fts%' "
            "and name not like 'articles_parts%'")]
        found = {}
        for table in tables:
            cursor = conn.execute(f"select * from [{table}]")
            names = tuple(column[0] for column in cursor.description)
            found[table] = {tuple(zip(names, row)) for row in cursor}
        return found


def old_archive(tmp_path: Path) -> Path:
    path = tmp_path / "old.db"
    path.write_bytes(gzip.decompress(OLD_ARCHIVE.read_bytes()))
    return path


def test_a_new_archive_gets_every_migration_once():
    db = sqlite_utils.Database(memory=True)
    assert migrate(db) == [migration.name for migration in migrations.pending(sqlite_utils.Database(memory=True))]
    assert migrate(db) == []
    assert [applied.name for applied in migrations.applied(db)][:5] == OLD_MIGRATIONS


def test_an_archive_made_by_the_previous_registry_migrates_forward_with_nothing_lost(tmp_path):
    path = old_archive(tmp_path)
    before = rows(path)
    assert [name for name, in sqlite3.connect(path).execute(f"select name from {OWN_REGISTRY}")] == OLD_MIGRATIONS

    archive = Archive(path)
    applied = [migration.name for migration in migrations.applied(archive.db)]
    assert applied[:5] == OLD_MIGRATIONS and len(applied) == len(set(applied)) > 5
    assert OWN_REGISTRY not in archive.db.table_names()
    assert migrate(archive.db) == []
    # Indexed by older story features: the next crawl indexes every article again.
    articles = [article_id for article_id, in archive.db.execute("select id from articles order by id")]
    assert Stories(archive).index.stale_articles() == articles
    archive.close()

    after = rows(path)
    for table, old_rows in before.items():
        if table in (OWN_REGISTRY, "article_urls", "story_alternates"):
            continue
        old_columns = {name for name, _value in next(iter(old_rows), ())}
        # Columns added since keep every old row's values beside them.
        assert {tuple(pair for pair in row if pair[0] in old_columns) for row in after[table]} == old_rows, table
    # Every URL is still there, its key now in w3lib's form.
    assert {dict(row)["url"] for row in after["article_urls"]} == {dict(row)["url"] for row in before["article_urls"]}
    assert len(after["story_alternates"]) == len(before["story_alternates"])
    db = sqlite_utils.Database(path)
    swedish = db.execute("select id from articles where title like '%hårforskning%' and source = 'region'").fetchone()[0]
    assert swedish in {rowid for rowid, in db.execute("select rowid from articles_fts where articles_fts match 'hårforskning'")}


def test_a_percent_encoded_link_finds_the_article_archived_at_its_unicode_url(tmp_path):
    archive = Archive(old_archive(tmp_path))
    found = archive.article_id_for_urls(["https://region.example/nyheter/h%C3%A5r"])
    assert found == archive.article_id_for_urls(["https://www.region.example/nyheter/hår"]) is not None
    # The English version's hreflang named the Swedish one percent-encoded: that key finds it now.
    [alternate] = archive.db.execute("select url_key from story_alternates where article_id = "
                                     "(select id from articles where url like '%/en/news/hair')").fetchone()
    assert Stories(archive).index.linked_articles([], [alternate]) == {found}
    archive.close()


def test_an_archive_from_before_reader_comments_gains_the_column_with_nothing_lost(tmp_path):
    path = tmp_path / "before-comments.db"
    db = sqlite_utils.Database(path)
    migrations.apply(db, stop_before="m011_reader_comments")
    db["sources"].insert({"id": "lab", "name": "Lab blog", "start_urls": "[]", "languages": "[]"})
    db["articles"].insert({"url": "https://lab.example/notes/", "source": "lab", "title": "Seminar notes",
                           "lead": "A seminar on tissue growth.", "body": "A seminar on tissue growth.\n\nSlides follow.",
                           "content_hash": "abc", "first_seen": "2024-05-03", "last_seen": "2024-05-03"})
    db["article_versions"].insert({"article_id": 1, "title": "Seminar", "body": "A seminar.", "content_hash": "old"})
    # Its address, where the next crawl finds it again: a text of two lines tells no post by its words alone.
    db["article_urls"].insert({"url": "https://lab.example/notes/", "url_key": url_key("https://lab.example/notes/"),
                               "article_id": 1, "first_seen": "2024-05-03"})
    db.conn.commit()
    before = rows(path)
    db.close()

    archive = Archive(path)
    assert "comments" in archive.db["articles"].columns_dict and "comments" in archive.db["article_versions"].columns_dict
    after = rows(path)
    for table in ("articles", "article_versions"):
        columns = {name for row in before[table] for name, _value in row}  # later migrations add more
        assert {tuple(pair for pair in row if pair[0] in columns) for row in after[table]} == before[table]
        assert {dict(row)["comments"] for row in after[table]} == {None}
    # The comments stay out of the full-text index of title, lead and body.
    assert [column.name for column in archive.db["articles_fts"].columns] == ["title", "lead", "body"]
    # The next crawl of the unchanged article brings its comments, with no new version.
    record = {"url": "https://lab.example/notes/", "source": "lab", "content_hash": "abc", "comments": "Ada\n\nThanks!"}
    assert archive.save_article(record, [], "2024-05-04").outcome == "unchanged"
    assert archive.article(1)["comments"] == "Ada\n\nThanks!" and archive.db["article_versions"].count == 1
    archive.close()
