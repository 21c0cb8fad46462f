"""What crawls read of the teaser-like links on each source's pages, kept for its next crawls.

The spider tells a listing from a post by its teasers (spiders/pagetype.py), leaving out the links the source shows on
most of its pages: a "latest posts" block under every post is no list of teasers. Only many pages show which links
those are. An incremental crawl fetching one new post has too few pages to see the block repeated, and took the post
for a listing, which the crawl that read the whole site did not. Here each page read keeps the teaser-like links it
showed (one row per source and page), and an incremental crawl starts from what the source's most recently read pages
showed.
"""
from __future__ import annotations

import json

# A source's evidence is what its most recently read pages showed: after a redesign, the new template's pages outweigh
# the old one's, which age out (and are deleted) once this many newer pages were read (as archive/site_layout.py's).
RECENT_PAGES = 200


def earlier_links(archive, source: str) -> dict[str, frozenset[str]]:
    """page_key -> the url_keys of the teaser-like links each of the source's most recently read pages showed."""
    rows = archive.db.execute("select page, links from repeated_links where source = ? "
                              "order by seen desc, rowid desc limit ?", [source, RECENT_PAGES]).fetchall()
    return {page: frozenset(json.loads(links)) for page, links in rows}


def save_links(archive, source: str, pages: dict[str, frozenset[str]], seen: str) -> None:
    """Keep what each page (page_key -> its links' url_keys) showed in place of what it showed before; drop what has
    aged out of the source's recent pages, and rows whose source is gone."""
    with archive.transaction():
        archive.db.conn.executemany(
            "insert or replace into repeated_links (source, page, links, seen) values (?, ?, ?, ?)",
            [(source, page, json.dumps(sorted(links), ensure_ascii=False), seen) for page, links in pages.items()])
        archive.db.execute(
            "delete from repeated_links where source = ? and rowid not in (select rowid from repeated_links "
            "where source = ? order by seen desc, rowid desc limit ?)", [source, source, RECENT_PAGES])
        archive.db.execute("delete from repeated_links where source not in (select id from sources)")
