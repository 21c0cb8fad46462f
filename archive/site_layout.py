"""What crawls learnt of each source's page layout, kept with the articles it was read from, for its next crawls.

A crawl reads some things only across many of a source's pages: which slot of its template holds the posts' own
text (pipelines/writers_lines.py) is one; the `<title>` or `<h1>` it shows on every page, its name ending each title,
and the owner its template names as every page's author (pipelines/shared_title.py, site_author.py) are others. An
incremental crawl fetching one or two new posts has too few pages to read them again, and cleaned and titled those
posts otherwise than the crawl that read the whole site did their like. Here each archived article keeps what its
page showed to the source whose crawl read it (`site_layout`: one row per value, an empty value for a page that showed
none), and a crawl starts from what that source's most recently read pages showed.

The evidence belongs to articles: a page read again replaces what it showed, under the source now reading it (a source
renamed in the sources file takes over its pages' evidence as its crawl reads them), and rows whose article is gone,
or whose source is gone from the archive's sources, are deleted with the next save.
"""
from __future__ import annotations

from collections.abc import Iterable

# A source's evidence is what its most recently read pages showed: after a redesign, the new template's pages
# outweigh the old one's, which age out (and are deleted) once this many newer pages were read.
RECENT_PAGES = 200


def layout_values(archive, source: str, language: str, kind: str) -> set[str]:
    """The values of `kind` the source's most recently read pages in `language` showed (a memory key's language)."""
    rows = archive.db.execute(
        "select distinct value from site_layout where kind = ? and value != '' and article_id in ("
        f"  {_RECENT_ARTICLES})", [kind, source, language, kind, RECENT_PAGES]).fetchall()
    return {row[0] for row in rows}


def layout_pages(archive, source: str, language: str, kind: str) -> dict[int, list[str]]:
    """What each of the source's most recently read pages in `language` showed of `kind`, by article id."""
    pages: dict[int, list[str]] = {}
    for article_id, value in archive.db.execute(
            f"select article_id, value from site_layout where article_id in ({_RECENT_ARTICLES}) and kind = ? "
            "order by article_id, value", [source, language, kind, RECENT_PAGES, kind]):
        pages.setdefault(article_id, []).extend([value] if value else [])
    return pages


def save_layout(archive, source: str, language: str, kind: str, pages: dict[int, Iterable[str]], seen: str) -> None:
    """Keep what each article's page (by article id) showed of `kind` in place of what it showed before; drop what
    has aged out of the source's recent pages, and rows whose article or source is gone."""
    rows = [(article_id, source, language, kind, value, seen) for article_id, values in pages.items()
            for value in (sorted(set(values)) or [""])]
    with archive.transaction():
        archive.db.conn.executemany("delete from site_layout where article_id = ? and kind = ?",
                                    [(article_id, kind) for article_id in pages])
        archive.db.conn.executemany(
            "insert into site_layout (article_id, source, language, kind, value, seen) values (?, ?, ?, ?, ?, ?)", rows)
        archive.db.execute(
            "delete from site_layout where source = ? and language = ? and kind = ? "
            f"and article_id not in ({_RECENT_ARTICLES})",
            [source, language, kind, source, language, kind, RECENT_PAGES])
        archive.db.execute("delete from site_layout where article_id not in (select id from articles) "
                           "or source not in (select id from sources)")


# The ids of the articles a source most recently read for a kind of evidence in a language (parameters: source,
# language, kind, how many).
_RECENT_ARTICLES = ("select article_id from site_layout where source = ? and language = ? and kind = ? "
                    "group by article_id order by max(seen) desc, article_id desc limit ?")
