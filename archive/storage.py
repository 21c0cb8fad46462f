"""Read and write the archive: articles with every URL they were seen at, their versions, stories and sources; the
crawl runs are CrawlRuns' (archive/crawl_runs.py)."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from news_archive.archive.archive_file import archive_error, check_archive_file
from news_archive.archive.better_address import AddressClaims, declared_in_another_language, is_better_address
from news_archive.archive.crawl_runs import CrawlRuns
from news_archive.archive.given_dates import GivenDates
from news_archive.archive.near_copies import is_untranslated_copy
from news_archive.archive.record import CONTENT_COLUMNS
from news_archive.archive.schema import migrate
from news_archive.archive.stored_copies import StoredCopies
from news_archive.archive.urls import url_key


# Compiled statements the connection keeps: a story look-up's `in (...)` is a statement of its own for each
# count of keys, a few hundred in all, each costing tens of microseconds to compile again (sqlite3's default: 128).
STATEMENT_CACHE = 512
# Ids asked in one statement's `in (...)`: under SQLite's limit on a statement's parameters.
_IDS_PER_STATEMENT = 500


@dataclass(frozen=True)
class SaveResult:
    article_id: int
    outcome: str  # "new", "updated", "unchanged"


class Archive(StoredCopies, GivenDates, CrawlRuns):
    """One archive database: open it, save articles into it, record crawl runs. The dates feeds and listings give
    are GivenDates' (archive/given_dates.py), the crawl runs CrawlRuns' (archive/crawl_runs.py)."""

    def __init__(self, path: str | Path | sqlite_utils.Database):
        """Open (creating and migrating) the archive; ArchiveError names the file and what is wrong with it."""
        self._savepoints = 0  # how deep `transaction` blocks nest inside the open transaction
        if not isinstance(path, sqlite_utils.Database):
            # SQLite names a file of another kind itself ("file is not a database", archive_error).
            check_archive_file(path, read_header=False)
        try:
            self.db = path if isinstance(path, sqlite_utils.Database) else sqlite_utils.Database(
                sqlite3.connect(str(path), cached_statements=STATEMENT_CACHE))
            self.db.execute("PRAGMA busy_timeout = 10000")
            if self.db.conn.execute("PRAGMA journal_mode").fetchone()[0] != "memory":
                self.db.enable_wal()  # Datasette reads while a crawl writes
                # WAL with NORMAL sync cannot corrupt; a power cut may only lose the last commits, which a re-crawl redoes.
                self.db.execute("PRAGMA synchronous = NORMAL")
            migrate(self.db)
        except sqlite3.Error as exc:
            raise archive_error(path, exc) from None

    def close(self) -> None:
        """Commit what `hold_commits` held, and close."""
        try:
            self.commit()
        finally:
            self.db.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing, nested blocks included (savepoints): an article and its story commit together. Not
        `with conn`: sqlite-utils 4 commits a write made outside an open transaction at once, and a COMMIT that
        fails (a full disk) would stay open for the next article.

        sqlite-utils' `atomic()` does the same, but names each savepoint at random: every one is a statement
        SQLite compiles anew, and it pushes a compiled look-up out of the connection's cache. A savepoint named
        by its depth is unique among those open, and compiled once."""
        if not self.db.conn.in_transaction:
            with self.db.atomic():
                yield
            return
        savepoint = f"archive_{self._savepoints}"
        self._savepoints += 1
        try:
            self.db.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield
            except BaseException:
                # An error that destroyed the whole transaction took the savepoint with it.
                if self.db.conn.in_transaction:
                    self.db.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.db.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            self.db.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
        finally:
            self._savepoints -= 1

    def hold_commits(self) -> None:
        """Let the writes that follow share one transaction until `commit`, each still all-or-nothing (a savepoint).

        A crawl commits its articles every few seconds, not one by one: a commit writes every page its
        writes changed (the articles' indexes, both search indexes, the story index), mostly the same pages.

        Meanwhile each article's savepoint keeps the pages it changes as they were, to undo them: in memory
        (`temp_store`), not in SQLite's temporary file. SQLite keeps 64 kB of that copy in memory, and an article
        changes a hundred pages or more (its rows, both search indexes, the story index), so each article wrote
        them to a file it then threw away: a quarter of the cost of storing it. The copy lasts one article (the
        outermost savepoint's release empties it); `commit` puts the file back for the savepoints that span many
        articles, such as the story index catching up.
        """
        if not self.db.conn.in_transaction:
            self.db.execute("PRAGMA temp_store = MEMORY")  # only outside a transaction can it change
            self.db.execute("BEGIN")

    def commit(self) -> None:
        """Commit what `hold_commits` held; when that fails (a full disk), none of it is kept."""
        if self.db.conn.in_transaction:
            try:
                self.db.conn.commit()
            except sqlite3.Error:
                self.db.conn.rollback()
                raise
            finally:
                if not self.db.conn.in_transaction:
                    self.db.execute("PRAGMA temp_store = DEFAULT")

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

    def articles_naming_translation(self, urls: list[str]) -> list[int]:
        """The stored articles that name one of these URLs as their version in another language: in their hreflang
        alternates or a language plugin's canonical (story_alternates), or by their language switcher's links
        (story_language_links)."""
        keys = sorted({url_key(url) for url in urls})
        marks = ",".join("?" * len(keys))
        rows = self.db.execute(
            f"select article_id from story_alternates where url_key in ({marks}) union "
            f"select article_id from story_language_links where url_key in ({marks}) order by article_id", keys + keys)
        return [article_id for article_id, in rows.fetchall()]

    def new_story(self, seen: str) -> int:
        return self.db["stories"].insert({"created": seen}).last_pk

    def save_article(self, record: dict, urls: list[str], seen: str, alternates: list[str] = (),
                     claims: AddressClaims | None = None) -> SaveResult:
        """Insert or update one article; an earlier text is kept in `article_versions` when it changes.

        `record` holds the article columns; the article is found again by any of its URLs, or by the
        same text from the same source under another URL. `alternates` are the page's other language versions
        (hreflang): one stored already with this title and nearly this text is the story this page is an
        untranslated copy of; one stored already that named this page as such a version and copies it is too.
        A copy met under another address is one article: it keeps the better of the two addresses, and that
        address's text, by what the pages say (`claims`, archive/better_address.py), whichever the crawl met first.
        """
        with self.transaction():
            all_urls = urls + [record["url"]]
            by_address = self.article_id_for_urls(all_urls)
            if by_address is None:
                same = self.article_id_for_content(record)
                if same is None:
                    same = self.article_copied_by(record, alternates)
                if same is None:
                    same = self.same_text_stored(record)
                if same is None:
                    same = self.same_body_stored(record)
                copy = self.copy_stored_before(record, all_urls)
                if copy is not None and same in (None, copy):
                    same = copy
                if same is not None:
                    outcome = self._keep_better_copy(same, record, claims or AddressClaims(), seen)
                    self.add_urls(same, all_urls, seen)
                    return SaveResult(same, outcome)
                article_id = self._insert("articles", {**record, "first_seen": seen, "last_seen": seen, "changed": seen})
                outcome = "new"
            elif self._copy_at_alias(by_address, record, claims or AddressClaims()):
                article_id, outcome = by_address, self._keep_better_copy(by_address, record, claims or AddressClaims(),
                                                                         seen)
            else:
                article_id, outcome = by_address, self._update_article(by_address, record, seen)
            self.add_urls(article_id, all_urls, seen)
        return SaveResult(article_id, outcome)

    def _copy_at_alias(self, article_id: int, record: dict, claims: AddressClaims) -> bool:
        """Whether the record, met at one of the article's aliases, is an untranslated copy of it (its page declared in
        another language than its text): a later crawl meeting the copy again keeps the better address and its text, as
        the crawl that met both first did, and makes no version. (A post moved to a new address is edited there.)"""
        if not declared_in_another_language(record["url"], record, claims):
            return False
        stored = self.article(article_id)
        return url_key(record["url"]) != url_key(stored["url"]) and is_untranslated_copy(
            record.get("title") or "", record.get("body") or "", stored["title"] or "", stored["body"] or "")

    def _keep_better_copy(self, article_id: int, record: dict, claims: AddressClaims, seen: str) -> str:
        """The stored article takes the record's address and text when that is the better address of the two: the
        same article, so no version is kept. Returns the save's outcome."""
        stored = self.article(article_id)
        if url_key(record["url"]) == url_key(stored["url"]):
            return self._update_article(article_id, record, seen)  # the page itself, its address not yet recorded
        if is_better_address(record["url"], record, stored["url"], stored, claims):
            changes = {name: record[name] for name in CONTENT_COLUMNS if name in record}
            changes.update(url=record["url"], content_hash=record["content_hash"], last_seen=seen)
            self.db["articles"].update(article_id, changes)
        else:
            self.db.execute("update articles set last_seen = ? where id = ?", [seen, article_id])
        return "unchanged"

    def fold_copy(self, article_id: int, copy_id: int) -> None:
        """Keep the stored copy `copy_id` (its text now the article's, word for word or untranslated) as the article,
        as `save_article` keeps a copy seen equal when stored: the article takes the copy's URLs, and its address and
        text when that is the better address; the copy's row goes, with its search rows (the triggers), earlier
        versions and layout evidence, and its story when no other article is in it. Its story index postings are the
        caller's (stories/index.py StoryIndex.remove)."""
        with self.transaction():
            copy = self.article(copy_id)
            self.db.execute("update article_urls set article_id = ? where article_id = ?", [article_id, copy_id])
            for table in ("article_versions", "site_layout"):
                self.db.execute(f"delete from {table} where article_id = ?", [copy_id])
            self.db.execute("delete from articles where id = ?", [copy_id])
            if copy["story_id"] is not None:
                self.db.execute("delete from stories where id = ? and not exists "
                                "(select 1 from articles where story_id = ?)", [copy["story_id"]] * 2)
            self._keep_better_copy(article_id, copy, AddressClaims(), max(copy["last_seen"],
                                                                          self.article(article_id)["last_seen"]))

    def count_folded_copy(self, crawl: str, copy: dict) -> None:
        """Count a copy `fold_copy` folded at the crawl's end as the crawl's store would have, had it seen the copy
        equal: not a new article of the source's run (its recorder wrote the run before the crawl's end)."""
        with self.transaction():
            self.db.execute("update crawl_runs set articles_new = articles_new - 1 where crawl = ? and source = ? "
                            "and started <= ? and articles_new > 0", [crawl, copy["source"], copy["first_seen"]])

    def article(self, article_id: int) -> dict:
        """One article's row, read in plain SQL: `Table.get` first asks SQLite about the table's schema each time."""
        return _row(self.db.execute("select * from articles where id = ?", [article_id]))

    def article_seen_at(self, url: str) -> dict | None:
        """The row of the article this URL (in any of its forms) was seen at, as `article_id_for_urls` finds it."""
        return _row(self.db.execute(
            "select * from articles where id = (select min(article_id) from article_urls where url_key = ?)",
            [url_key(url)]))

    def _update_article(self, article_id: int, record: dict, seen: str) -> str:
        current = self.article(article_id)
        if current["content_hash"] == record["content_hash"]:
            # Readers comment on an article that does not change: their comments follow the page, the text stays
            # the same version.
            comments = record.get("comments", current["comments"])
            self.db.execute("update articles set last_seen = ?, comments = ? where id = ?",
                            [seen, comments, article_id])
            return "unchanged"
        self.db["article_versions"].insert({
            "article_id": article_id, "title": current["title"], "lead": current["lead"], "body": current["body"],
            "comments": current["comments"], "content_hash": current["content_hash"],
            "first_seen": current["changed"] or current["first_seen"], "last_seen": current["last_seen"],
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

    def sources_of(self, article_ids: set[int]) -> list[str]:
        ids = sorted(article_ids)
        found = set()
        for start in range(0, len(ids), _IDS_PER_STATEMENT):
            chunk = ids[start:start + _IDS_PER_STATEMENT]
            found |= {row[0] for row in self.db.execute(
                f"select distinct source from articles where id in ({','.join('?' * len(chunk))})", chunk)}
        return sorted(found)

    def article_dates(self, source: str) -> list[tuple[int, str, str | None, str | None]]:
        """(id, url, published, published_from) of the source's articles."""
        return self.db.execute("select id, url, published, published_from from articles where source = ?",
                               [source]).fetchall()

    def article_languages(self, source: str) -> list[tuple[str | None, str | None, int, str]]:
        """(declared_language, language, length of the body, url) of the source's articles."""
        return self.db.execute("select declared_language, language, length(coalesce(body, '')), url from articles "
                               "where source = ?", [source]).fetchall()

    def article_leads(self, source: str) -> list[tuple[str | None, str | None]]:
        """(lead, title) of the source's articles."""
        return self.db.execute("select lead, title from articles where source = ?", [source]).fetchall()

    def short_articles(self, source: str, article_ids: list[int], long_chars: int) -> list[dict]:
        """The rows of the source's articles among these whose body is shorter than long_chars."""
        return self._rows_among("select * from articles where source = ? and length(coalesce(body, '')) < ?",
                                [source, long_chars], article_ids)

    def source_articles(self, source: str, article_ids: list[int]) -> list[dict]:
        """The rows of the source's articles among these."""
        return self._rows_among("select * from articles where source = ?", [source], article_ids)

    def articles_in_languages(self, source: str, article_ids: list[int], languages: list[str]) -> list[dict]:
        """The rows of the source's articles among these stored in one of languages."""
        return self._rows_among(
            f"select * from articles where source = ? and language in ({','.join('?' * len(languages))})",
            [source, *languages], article_ids)

    def _rows_among(self, query: str, params: list, article_ids: list[int]) -> list[dict]:
        """The rows the query (a select on articles, with its where clause) finds among these articles' ids."""
        rows = []
        for start in range(0, len(article_ids), _IDS_PER_STATEMENT):
            chunk = article_ids[start:start + _IDS_PER_STATEMENT]
            cursor = self.db.execute(f"{query} and id in ({','.join('?' * len(chunk))})", [*params, *chunk])
            columns = [column[0] for column in cursor.description]
            rows += [dict(zip(columns, row)) for row in cursor.fetchall()]
        return rows

    def source_languages(self, source: str) -> list[str]:
        """The languages the sources file expects the source to publish in (none: any)."""
        row = self.db.execute("select languages from sources where id = ?", [source]).fetchone()
        return json.loads(row[0]) if row and row[0] else []

    def set_published(self, dates: dict[int, str | None], found_from: str) -> None:
        """Date these articles anew (`found_from` where a date is given; undated where None)."""
        with self.transaction():
            self.db.conn.executemany("update articles set published = ?, published_from = ? where id = ?",
                                     [(day, found_from if day else None, article_id) for article_id, day in dates.items()])

    # --- site-level boilerplate -----------------------------------------------------------------

    def boilerplate_rows(self, source: str) -> list[tuple[str, str]]:
        return self.db.execute("select block, page from boilerplate_blocks where source = ?", [source]).fetchall()

    def save_boilerplate(self, source: str, rows: list[tuple[str, str]]) -> None:
        with self.transaction():
            self.db["boilerplate_blocks"].insert_all(
                ({"source": source, "block": block, "page": page} for block, page in rows), ignore=True)

    # --- the names a source's listings state as their author ----------------------------------------

    def listing_authors(self, source: str) -> set[str]:
        return {row[0] for row in self.db.execute("select author from listing_authors where source = ?", [source])}

    def save_listing_author(self, source: str, author: str, seen: str) -> None:
        with self.transaction():
            self.db["listing_authors"].insert({"source": source, "author": author, "first_seen": seen}, ignore=True)

    # --- the times a source's generator stamps on its pages: its builds' ----------------------------

    def build_stamps(self, source: str) -> set[str]:
        return {row[0] for row in self.db.execute("select stamp from build_stamps where source = ?", [source])}

    def save_build_stamp(self, source: str, stamp: str, pages: int, seen: str) -> None:
        with self.transaction():
            self.db["build_stamps"].insert({"source": source, "stamp": stamp, "pages": pages, "first_seen": seen},
                                           ignore=True)

    # --- what the last crawls fetched: validators, sitemap dates, known pages ----------------------

    def fetch_state(self, source: str) -> list[dict]:
        return list(self.db["fetch_state"].rows_where("source = ?", [source]))

    def article_url_keys(self, source: str) -> set[str]:
        """Keys of every URL the source's articles were seen at: an archive crawled before fetch_state knows them."""
        return {row[0] for row in self.db.execute(
            "select u.url_key from article_urls u join articles a on a.id = u.article_id where a.source = ?", [source])}

    def article_urls(self, source: str) -> list[str]:
        """The addresses the source's articles are archived under."""
        return [row[0] for row in self.db.execute("select url from articles where source = ? order by id", [source])]

    def recent_article_urls(self, source: str, since: str) -> list[str]:
        """The source's articles published (or, undated, first seen) since then: revisited for late edits."""
        return [row[0] for row in self.db.execute(
            "select url from articles where source = ? and coalesce(published, first_seen) >= ? order by id",
            [source, since])]

    def save_fetch_state(self, rows: list[dict]) -> None:
        with self.transaction():
            self.db["fetch_state"].upsert_all(rows, pk="page_key")

    # --- sources --------------------------------------------------------------------------------

    def save_sources(self, sources) -> None:
        self.db["sources"].upsert_all(
            [{"id": s.id, "name": s.name, "start_urls": json.dumps(list(s.start_urls)), "languages": json.dumps(list(s.languages))}
             for s in sources],
            pk="id",
        )

    def stored_since(self, source: str, since: str, short_body: int) -> tuple[int, int, int]:
        """Of the source's articles stored or seen again since then: how many, how many undated, how many short."""
        row = self.db.execute(
            "select count(*), coalesce(sum(published is null), 0), coalesce(sum(length(body) < ?), 0) "
            "from articles where source = ? and last_seen >= ?", [short_body, source, since]).fetchone()
        return tuple(row)


def _row(cursor) -> dict | None:
    row = cursor.fetchone()
    return None if row is None else dict(zip([column for column, *_ in cursor.description], row))
