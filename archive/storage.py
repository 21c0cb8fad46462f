"""Read and write the archive: articles with every URL they were seen at, their versions, stories and crawl runs."""
from __future__ import annotations

import json
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from news_archive.archive.record import CONTENT_COLUMNS
from news_archive.archive.schema import migrate
from news_archive.archive.urls import url_key


@dataclass(frozen=True)
class SaveResult:
    article_id: int
    outcome: str  # "new", "updated", "unchanged"


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Archive:
    """One archive database: open it, save articles into it, record crawl runs."""

    def __init__(self, path: str | Path | sqlite_utils.Database):
        self.db = path if isinstance(path, sqlite_utils.Database) else sqlite_utils.Database(path)
        self.db.execute("PRAGMA busy_timeout = 10000")
        if self.db.conn.execute("PRAGMA journal_mode").fetchone()[0] != "memory":
            self.db.enable_wal()  # Datasette reads while a crawl writes
            # WAL with NORMAL sync cannot corrupt; a power cut may only lose the last commits, which a re-crawl redoes.
            self.db.execute("PRAGMA synchronous = NORMAL")
        migrate(self.db)

    def close(self) -> None:
        """Commit what `hold_commits` held, and close."""
        self.commit()
        self.db.conn.close()

    def transaction(self) -> AbstractContextManager:
        """One transaction; nested in another, a savepoint of it (an article and its story commit together)."""
        return self.db.atomic()

    def hold_commits(self) -> None:
        """Let the writes that follow share one transaction until `commit`, each still all-or-nothing (a savepoint).

        A crawl commits its articles every few seconds, not one by one: a commit writes every page its
        writes changed (the articles' indexes, both search indexes, the story index), mostly the same pages.
        """
        if not self.db.conn.in_transaction:
            self.db.execute("BEGIN")

    def commit(self) -> None:
        if self.db.conn.in_transaction:
            self.db.conn.commit()

    # --- articles -----------------------------------------------------------------------------

    def article_id_for_urls(self, urls: list[str]) -> int | None:
        """The article any of these URLs (in any of their forms) was seen at before."""
        keys = sorted({url_key(url) for url in urls})
        if not keys:
            return None
        row = self.db.execute(
            f"select article_id from article_urls where url_key in ({','.join('?' * len(keys))}) order by article_id limit 1",
            keys,
        ).fetchone()
        return row[0] if row else None

    def article_id_for_content(self, source: str, content_hash: str) -> int | None:
        row = self.db.execute(
            "select id from articles where source = ? and content_hash = ? order by id limit 1", [source, content_hash]
        ).fetchone()
        return row[0] if row else None

    def new_story(self, seen: str) -> int:
        return self.db["stories"].insert({"created": seen}).last_pk

    def save_article(self, record: dict, urls: list[str], seen: str) -> SaveResult:
        """Insert or update one article; an earlier text is kept in `article_versions` when it changes.

        `record` holds the article columns; the article is found again by any of its URLs, or by the
        same text from the same source under another URL.
        """
        with self.transaction():
            article_id = self.article_id_for_urls(urls + [record["url"]]) or self.article_id_for_content(
                record["source"], record["content_hash"])
            if article_id is None:
                article_id = self._insert("articles", {**record, "first_seen": seen, "last_seen": seen, "changed": seen})
                outcome = "new"
            else:
                outcome = self._update_article(article_id, record, seen)
            self.add_urls(article_id, urls + [record["url"]], seen)
        return SaveResult(article_id, outcome)

    def _update_article(self, article_id: int, record: dict, seen: str) -> str:
        current = self.db["articles"].get(article_id)
        if current["content_hash"] == record["content_hash"]:
            self.db.execute("update articles set last_seen = ? where id = ?", [seen, article_id])
            return "unchanged"
        self.db["article_versions"].insert({
            "article_id": article_id, "title": current["title"], "lead": current["lead"], "body": current["body"],
            "content_hash": current["content_hash"], "first_seen": current["changed"] or current["first_seen"],
            "last_seen": current["last_seen"],
        })
        changes = {name: record[name] for name in CONTENT_COLUMNS if name in record}
        changes.update(content_hash=record["content_hash"], last_seen=seen, changed=seen)
        self.db["articles"].update(article_id, changes)
        return "updated"

    def add_urls(self, article_id: int, urls: list[str], seen: str) -> None:
        self.db.conn.executemany(
            "insert or ignore into article_urls (url, url_key, article_id, first_seen) values (?, ?, ?, ?)",
            [(url, url_key(url), article_id, seen) for url in dict.fromkeys(urls)])

    def _insert(self, table: str, row: dict) -> int:
        """Insert one row in plain SQL, which costs a crawl's every article far less than `Table.insert`."""
        return self.db.execute(f"insert into {table} ({', '.join(row)}) values ({', '.join('?' * len(row))})",
                               list(row.values())).lastrowid

    def refine_article(self, article_id: int, changes: dict) -> None:
        """Store a cleaner text of the same article (learnt boilerplate removed): not an edit, so no version."""
        with self.transaction():
            self.db["articles"].update(article_id, changes)

    # --- site-level boilerplate -----------------------------------------------------------------

    def boilerplate_rows(self, source: str) -> list[tuple[str, str]]:
        return self.db.execute("select block, page from boilerplate_blocks where source = ?", [source]).fetchall()

    def save_boilerplate(self, source: str, rows: list[tuple[str, str]]) -> None:
        with self.transaction():
            self.db["boilerplate_blocks"].insert_all(
                ({"source": source, "block": block, "page": page} for block, page in rows), ignore=True)

    # --- sources and crawl runs -----------------------------------------------------------------

    def save_sources(self, sources) -> None:
        self.db["sources"].upsert_all(
            [{"id": s.id, "name": s.name, "start_urls": json.dumps(list(s.start_urls)), "languages": json.dumps(list(s.languages))}
             for s in sources],
            pk="id",
        )

    def start_run(self, crawl: str, source: str, started: str) -> int:
        return self.db["crawl_runs"].insert({
            "crawl": crawl, "source": source, "started": started, "status": "running", "pages_fetched": 0,
            "articles_found": 0, "articles_new": 0, "articles_updated": 0, "errors": 0,
        }).last_pk

    def finish_run(self, run_id: int, **fields) -> None:
        self.db["crawl_runs"].update(run_id, {"finished": now(), **fields})

    def runs_of_crawl(self, crawl: str) -> list[dict]:
        return list(self.db["crawl_runs"].rows_where("crawl = ?", [crawl], order_by="id"))
