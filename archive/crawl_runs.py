"""The crawl runs the archive records: one `crawl_runs` row per source a crawl runs, its outcome, and the pages it
fetched and did not store."""
from __future__ import annotations

from news_archive.archive.clock import now


class CrawlRuns:
    """Archive's tables of crawl runs (`crawl_runs`, `crawl_pages_skipped`); the Archive holds the database and its
    `transaction` (archive/storage.py)."""

    def start_run(self, crawl: str, source: str, started: str) -> int:
        return self.db["crawl_runs"].insert({
            "crawl": crawl, "source": source, "started": started, "status": "running", "pages_fetched": 0,
            "articles_found": 0, "articles_new": 0, "articles_updated": 0, "errors": 0,
        }).last_pk

    def finish_run(self, run_id: int, **fields) -> None:
        self.db["crawl_runs"].update(run_id, {"finished": now(), **fields})

    def add_skipped_pages(self, run_id: int, pages: list[tuple[str, str, str]]) -> None:
        """The (url, reason, detail) of pages a run fetched and did not store."""
        self.db["crawl_pages_skipped"].insert_all(
            ({"run_id": run_id, "url": url, "reason": reason, "detail": detail} for url, reason, detail in pages))

    def interrupt_runs(self, crawl: str, reason: str, finished_too: bool = False) -> None:
        """A crawl cut short: what it stored stays, its runs say so (`finished_too`: also those it closed itself)."""
        statuses = ("running", "ok", "partial", "warning") if finished_too else ("running",)
        with self.transaction():
            self.db.execute(f"update crawl_runs set status = 'interrupted', finished = coalesce(finished, ?), "
                            f"error_summary = ? where crawl = ? and status in ({','.join('?' * len(statuses))})",
                            [now(), reason, crawl, *statuses])

    def close_stale_runs(self) -> None:
        """Runs left `running` by a crawl that was killed: called while no other crawl runs on this archive."""
        with self.transaction():
            self.db.execute("update crawl_runs set status = 'interrupted', finished = coalesce(finished, ?), "
                            "error_summary = coalesce(error_summary, 'the crawl was stopped before it finished') "
                            "where status = 'running'", [now()])

    def runs_of_crawl(self, crawl: str) -> list[dict]:
        return list(self.db["crawl_runs"].rows_where("crawl = ?", [crawl], order_by="id"))

    def earlier_runs(self, source: str, run_id: int) -> list[dict]:
        """The source's finished runs before this one, oldest first; a `reprocess` fetched nothing, so it is left out."""
        return list(self.db["crawl_runs"].rows_where(
            "source = ? and id < ? and finished is not null and crawl not like 'reprocess-%'", [source, run_id], order_by="id"))

    def update_run(self, run_id: int, **fields) -> None:
        self.db["crawl_runs"].update(run_id, fields)
