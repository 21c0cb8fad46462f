"""Store the pages kept in WARC files again, through the crawl's own pipelines, with no network."""
from __future__ import annotations

from pathlib import Path

from news_archive.archive.captures import captured_sources
from news_archive.archive.crawl.lock import archive_lock
from news_archive.archive.crawl.run import SourceRun, new_crawl_id, run_spider, source_runs
from news_archive.archive.crawl.watch import watch_crawl


class NothingToReplay(ValueError):
    """No captures for what was asked; the message says where none were found."""


def replay_captures(warc_files: list[Path], db_path: str | Path, source_ids: list[str] | tuple[str, ...] = (),
                    kind: str = "reprocess", show_progress: bool | None = None) -> list[SourceRun]:
    """Store every capture in `warc_files` (of the named sources, or all), oldest file first.

    Each replayed source gets a run in `crawl_runs`, its crawl id starting with `kind` ("reprocess-...",
    "ingest-..."), so the runs' history can tell them from crawls. A reprocess skips the middle of each
    series of identical captures (see captures.without_repeats); an ingest stores every capture, as the
    crawls that made them did.
    """
    from news_archive.spiders.replay import ReplaySpider

    if not warc_files:
        raise NothingToReplay("no WARC files")
    with archive_lock(db_path):
        captured = captured_sources(warc_files)
        unknown = [source_id for source_id in source_ids if source_id not in captured]
        if unknown:
            raise NothingToReplay(f"no captures of {', '.join(map(repr, unknown))} in {len(warc_files)} WARC files")
        sources = [source for source in captured.values() if not source_ids or source.id in source_ids]
        if not sources:
            raise NothingToReplay(f"no pages captured by a news-archive crawl in {len(warc_files)} WARC files")
        crawl_id = new_crawl_id(f"{kind}-")
        # Nothing is fetched, so nothing is captured again; a replay does not write WARC files.
        settings = {"WARC_ENABLED": False}
        spider_args = {"warc_files": [str(path) for path in warc_files], "source": list(source_ids),
                       "skip_repeats": kind == "reprocess"}
        run_spider(ReplaySpider, spider_args, db_path, crawl_id, settings, show_progress)
        if kind == "ingest":
            watch_crawl(db_path, crawl_id)  # a crawl done elsewhere is watched here, where its history is
        return source_runs(db_path, crawl_id, [source.id for source in sources])
