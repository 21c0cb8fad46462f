"""What crawls learnt of each source's address families, kept for its next crawls.

The crawl's end tells a catalogue from news by address family (pipelines/build_stamps.py): a family of several pages
none of which shows its day, where another family of the source shows the day on most of its pages. An incremental
crawl fetching one new product page has a family of one, and no news beside it, and stored as news what the crawl that
read the whole site did not. Here each page judged so keeps its family and whether it showed its day (one row per
source and address), and a crawl judges its pages beside what the source's most recently judged others showed.
"""
from __future__ import annotations

import json

from news_archive.archive.recent_evidence import keep_recent, recent_rows


def earlier_pages(archive, source: str, besides: set[str]) -> list[tuple[str, tuple[str, ...], bool]]:
    """(address, family, whether it showed its day) of the source's most recently judged pages, bar `besides`."""
    rows = recent_rows(archive, "page_families", "url, family, shows_day", source)
    return [(url, tuple(json.loads(family)), bool(shows)) for url, family, shows in rows if url not in besides]


def save_pages(archive, source: str, pages: list[tuple[str, tuple[str, ...], bool]], seen: str) -> None:
    """Keep what each page (address, family, whether it showed its day) showed in place of what it showed before
    (archive/recent_evidence.py)."""
    keep_recent(archive, "page_families", ("url", "family", "shows_day"), source,
                [(url, json.dumps(family, ensure_ascii=False), int(shows)) for url, family, shows in pages], seen)
