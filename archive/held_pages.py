"""The pages a crawl holds back to its end, kept in the archive from the moment they are held.

The store stage judges some pages against the source's other pages when the crawl ends (pipelines/build_stamps.py).
Kept in memory, they were lost with a crawl killed before its end (SIGKILL, out of memory, a reboot, a Scrapyd job
cancelled twice), and a large crawl kept thousands of them. Here each is one `held_pages` row as the stages left it:
its record as JSON, its page compressed, the crawl that held it and the one that is to judge it. The crawl's end
judges its rows and deletes each in the transaction that stores its article; a source's next crawl (or `reprocess`)
takes over the rows a stopped crawl left and judges them with its own.
"""
from __future__ import annotations

import json
import zlib
from dataclasses import dataclass, fields

from news_archive.archive.record import ArticleItem

# The record fields not kept in a row's JSON: the page goes compressed beside it, the parsed tree is the clean stage's.
NOT_IN_RECORD = frozenset({"html", "tree"})
RECORD_FIELDS = tuple(item.name for item in fields(ArticleItem) if item.name not in NOT_IN_RECORD)
# Fields whose JSON list reads back as a tuple.
TUPLE_FIELDS = frozenset(item.name for item in fields(ArticleItem) if str(item.type).startswith("tuple"))
# Level 1: the page is read back at most once, and a crawl holds many.
PAGE_COMPRESSION = 1


@dataclass
class HeldPage:
    """What the judgement reads of a held page; its full record and page stay in the archive until needed."""

    row: int
    source: str
    url: str
    key: str  # what it is held for (build_stamps.py): a metadata stamp, no date, or a date beside its link
    title: str
    body: str  # only where the judgement reads it (`bodies_for`), empty otherwise
    published: str | None
    published_from: str | None
    awaits_date: bool = False  # a post of no words that nothing dated when read (pipelines/textless_posts.py)


class HeldPages:
    """One crawl's view of `held_pages`: the rows it holds and judges, by its crawl id."""

    def __init__(self, archive, crawl: str):
        self.archive = archive
        self.crawl = crawl

    def hold(self, item: ArticleItem, key: str) -> None:
        """Keep the item (after every stage but the store) until the crawl's end. A page a stopped crawl left held is
        replaced by its fresh copy."""
        record = {name: getattr(item, name) for name in RECORD_FIELDS}
        html = item.html.encode("utf-8", "replace") if isinstance(item.html, str) else item.html or b""
        with self.archive.transaction():
            self.archive.db.execute("delete from held_pages where source = ? and url = ? and held_by != ?",
                                    [item.source, item.url, self.crawl])
            self.archive.db.execute(
                "insert into held_pages (source, url, held_by, crawl, judged, key, record, page) "
                "values (?, ?, ?, ?, 0, ?, ?, ?)",
                [item.source, item.url, self.crawl, self.crawl, key, json.dumps(record, ensure_ascii=False),
                 zlib.compress(html, PAGE_COMPRESSION)])

    def take_over(self, sources: list[str]) -> dict[str, int]:
        """Make the rows of these sources that other crawls left (stopped before their end) this crawl's to judge;
        returns how many per source."""
        left = {}
        with self.archive.transaction():
            for source in sources:
                left[source] = self.archive.db.execute(
                    "update held_pages set crawl = ?, judged = 0 where source = ? and crawl != ?",
                    [self.crawl, source, self.crawl]).rowcount
        return {source: count for source, count in left.items() if count}

    def to_judge(self, bodies_for: frozenset[str]) -> list[HeldPage]:
        """The crawl's rows not judged yet, in the order they were held; with their body where held for one of
        `bodies_for`."""
        keys = sorted(bodies_for)
        rows = self.archive.db.execute(
            "select id, source, url, key, json_extract(record, '$.title'), "
            f"case when key in ({','.join('?' * len(keys))}) then json_extract(record, '$.body') end, "
            "json_extract(record, '$.published'), json_extract(record, '$.published_from'), "
            "json_extract(record, '$.awaits_date') from held_pages where crawl = ? and judged = 0 order by id",
            [*keys, self.crawl])
        return [HeldPage(row, source, url, key, title or "", body or "", published, published_from, bool(awaits))
                for row, source, url, key, title, body, published, published_from, awaits in rows]

    def judged(self, kept: list[HeldPage], dropped: list[HeldPage]) -> None:
        """Record the judgement: the pages to store stay until stored (`forget`), those not to store go."""
        with self.archive.transaction():
            self.archive.db.conn.executemany("update held_pages set judged = 1 where id = ?", [(page.row,) for page in kept])
            self.archive.db.conn.executemany("delete from held_pages where id = ?", [(page.row,) for page in dropped])

    def page(self, held: HeldPage) -> str:
        """The held page's HTML."""
        [blob] = self.archive.db.execute("select page from held_pages where id = ?", [held.row]).fetchone()
        return zlib.decompress(blob).decode("utf-8", "replace")

    def item(self, held: HeldPage) -> ArticleItem:
        """The held page's record as the stages left it (its page read by no later stage)."""
        [record] = self.archive.db.execute("select record from held_pages where id = ?", [held.row]).fetchone()
        values = json.loads(record)
        return ArticleItem(html="", **{name: tuple(value) if name in TUPLE_FIELDS else value
                                       for name, value in values.items()})

    def forget(self, held: HeldPage) -> None:
        """The page's article is stored: in the same transaction, its row goes."""
        self.archive.db.execute("delete from held_pages where id = ?", [held.row])
