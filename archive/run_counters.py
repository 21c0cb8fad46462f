"""Names of the per-source counters a crawl keeps in Scrapy's stats collector, read back into `crawl_runs`.

The spider, the stages and the run recorder meet only here: each writes or reads
`news_archive/<source id>/<counter>` in `crawler.stats`, so no component reads another's attributes.
"""
from __future__ import annotations

PAGES_FETCHED = "pages_fetched"
START_PAGES_OK = "start_pages_ok"
CANDIDATES = "candidates"  # pages handed to the stages as possible articles
REQUESTS = "requests"
LISTING_PAGES = "listing_pages"
NOT_MODIFIED = "not_modified"  # conditional GETs answered 304: unchanged since the last crawl
# Pages that answered 404 on an earlier crawl, asked for again (spiders/incremental.py FetchPlan.retries_missing).
MISSING_RETRIED = "missing_retried"
STOPPED = "stopped"  # why a bound stopped reading a source's listings or pages, as one line
# Pages a bound left unread while the crawl still found new ones there (a listing page linked by one that brought new
# article links, a request past the request bound): the bound cut the crawl short, and the run is 'partial'.
CUT_SHORT = "cut_short"

# Pages the store stage held to the crawl's end, to judge them against the source's others (pipelines/build_stamps.py);
# and those a crawl stopped before its end left held, which this one took over and judged.
PAGES_HELD = "pages_held"
PAGES_HELD_LEFT = "pages_held_left"


def counter_key(source_id: str, name: str) -> str:
    return f"news_archive/{source_id}/{name}"


def outcome_key(source_id: str, outcome: str) -> str:
    """Articles the store stage saved as `new`, `updated` or `unchanged`."""
    return counter_key(source_id, f"articles/{outcome}")
