"""What crawls read of the lines of each source's pages judged for a notice, kept for its next crawls.

The crawl's end tells a notice the site prints in place of content from a post (pipelines/build_stamps.py): a page
every line of which many of the source's other pages show, under other titles ("this page has moved", "this issue
could not be carried over"). An incremental crawl fetching one new such page has no other page showing its line, and
stored as an article what the crawl that read the whole site did not. Here each page judged so keeps its title and
its lines (as digests: one row per source and address), and a crawl judges its pages beside the lines the source's
most recently judged others showed.
"""
from __future__ import annotations

import hashlib
import json

from news_archive.archive.recent_evidence import keep_recent, recent_rows


def line_digest(line: str) -> str:
    """The digest a line is kept as: the lines themselves are the page's text, stored with its article if anywhere."""
    return hashlib.blake2b(line.encode("utf-8", "replace"), digest_size=8).hexdigest()


def earlier_lines(archive, source: str, besides: set[str]) -> list[tuple[str, set[str]]]:
    """(title, digests of its lines) of the source's most recently judged pages, bar those at `besides`."""
    rows = recent_rows(archive, "page_lines", "url, title, lines", source)
    return [(title, set(json.loads(lines))) for url, title, lines in rows if url not in besides]


def save_lines(archive, source: str, pages: list[tuple[str, str, set[str]]], seen: str) -> None:
    """Keep what each page (address, title, its lines) showed in place of what it showed before, its lines as
    digests (archive/recent_evidence.py)."""
    keep_recent(archive, "page_lines", ("url", "title", "lines"), source,
                [(url, title, json.dumps(sorted(line_digest(line) for line in lines))) for url, title, lines in pages],
                seen)
