"""What crawls learnt of each source's address families, kept for its next crawls.

The crawl's end tells a catalogue from news by address family (pipelines/build_stamps.py): a family of several pages
none of which shows its day, where another family of the source shows the day on most of its pages. An incremental
crawl fetching one new product page has a family of one, and no news beside it, and stored as news what the crawl that
read the whole site did not. Here each page judged so keeps its family and whether it showed its day (one row per
source and address), and a crawl judges its pages beside what the source's most recently judged others showed.
"""
from __future__ import annotations

import json

# A source's evidence is what its most recently judged pages showed: after a redesign, the new addresses outweigh the
# old ones, which age out (and are deleted) once this many newer pages were judged (as archive/site_layout.py's).
RECENT_PAGES = 200


def earlier_pages(archive, source: str, besides: set[str]) -> list[tuple[str, tuple[str, ...], bool]]:
    """(address, family, whether it showed its day) of the source's most recently judged pages, bar `besides`."""
    rows = archive.db.execute("select url, family, shows_day from page_families where source = ? "
                              "order by seen desc, rowid desc limit ?", [source, RECENT_PAGES]).fetchall()
    return [(url, tuple(json.loads(family)), bool(shows)) for url, family, shows in rows if url not in besides]


def save_pages(archive, source: str, pages: list[tuple[str, tuple[str, ...], bool]], seen: str) -> None:
    """Keep what each page (address, family, whether it showed its day) showed in place of what it showed before; drop
    what has aged out of the source's recent pages, and rows whose source is gone."""
    with archive.transaction():
        archive.db.conn.executemany(
            "insert or replace into page_families (source, url, family, shows_day, seen) values (?, ?, ?, ?, ?)",
            [(source, url, json.dumps(family, ensure_ascii=False), int(shows), seen) for url, family, shows in pages])
        archive.db.execute(
            "delete from page_families where source = ? and rowid not in (select rowid from page_families "
            "where source = ? order by seen desc, rowid desc limit ?)", [source, source, RECENT_PAGES])
        archive.db.execute("delete from page_families where source not in (select id from sources)")
