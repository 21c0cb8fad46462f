"""After a crawl: compare each source's run with the source's history and record a warning where it differs."""
from __future__ import annotations

from pathlib import Path

from news_archive.archive.crawl.health import RunFigures, assess
from news_archive.archive.storage import Archive

SHORT_BODY_CHARS = 300  # shorter than a short news item: a teaser, a cookie notice, an empty template


def watch_crawl(db_path: str | Path, crawl_id: str) -> None:
    """Record each run's date and length figures, then its status and warning against the source's history."""
    archive = Archive(db_path)
    try:
        for run in archive.runs_of_crawl(crawl_id):
            _stored, undated, short = archive.stored_since(run["source"], run["started"], SHORT_BODY_CHARS)
            run.update(undated=undated, short_body=short)
            status, warning = assess(figures(run), [figures(row) for row in archive.earlier_runs(run["source"], run["id"])])
            archive.update_run(run["id"], undated=undated, short_body=short, status=status, warning=warning)
    finally:
        archive.close()


def figures(row: dict) -> RunFigures:
    return RunFigures(started=row["started"], status=row["status"], pages_fetched=row["pages_fetched"] or 0,
                      articles_found=row["articles_found"] or 0, articles_new=row["articles_new"] or 0,
                      candidates=row.get("candidates"), undated=row.get("undated"), short_body=row.get("short_body"),
                      kind=row.get("kind"))
