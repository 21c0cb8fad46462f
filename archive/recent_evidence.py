"""Per-source evidence kept one row per page, of which a source's most recently read pages count.

A crawl judges some pages only beside many of the source's others (address families, notice lines, repeated links;
archive/page_families.py, page_lines.py, repeated_links.py). Each such table holds one row per source and page, with
`seen`, when a crawl last read it; a page read again replaces its row. After a redesign the new template's pages
outweigh the old one's, which age out (and are deleted) once RECENT_PAGES newer pages were read, and a source gone
from the archive's sources leaves no rows.
"""
from __future__ import annotations

# As many pages as archive/site_layout.py weighs, for the same reason.
RECENT_PAGES = 200


def recent_rows(archive, table: str, columns: str, source: str) -> list[tuple]:
    """`columns` of the source's RECENT_PAGES most recently read rows of `table`, newest first."""
    return archive.db.execute(f"select {columns} from {table} where source = ? order by seen desc, rowid desc limit ?",
                              [source, RECENT_PAGES]).fetchall()


def keep_recent(archive, table: str, columns: tuple[str, ...], source: str, rows: list[tuple], seen: str) -> None:
    """Keep `rows` (values of `columns`, after the source) read at `seen` in place of the pages' rows before; drop
    the source's rows that aged out, and rows whose source is gone."""
    names = ("source", *columns, "seen")
    with archive.transaction():
        archive.db.conn.executemany(
            f"insert or replace into {table} ({', '.join(names)}) values ({', '.join('?' * len(names))})",
            [(source, *row, seen) for row in rows])
        archive.db.execute(
            f"delete from {table} where source = ? and rowid not in (select rowid from {table} "
            "where source = ? order by seen desc, rowid desc limit ?)", [source, source, RECENT_PAGES])
        archive.db.execute(f"delete from {table} where source not in (select id from sources)")
