"""One writer at a time: a lock file beside the archive, held for as long as a crawl, reprocess or ingest runs."""
from __future__ import annotations

import fcntl
import os
from contextlib import contextmanager
from pathlib import Path

from news_archive.archive.archive_file import check_archive_file


class ArchiveBusy(RuntimeError):
    """Another process writes to this archive; the message names the archive and that process."""


def lock_path(db_path: str | Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


@contextmanager
def archive_lock(db_path: str | Path):
    """Hold the archive's lock, or raise ArchiveBusy at once when another process holds it.

    flock, not the file's existence: a crawl killed with SIGKILL leaves the file behind but not the lock.
    Forked children inherit the lock, so a crawl's Scrapy process runs under its parent's lock. An archive
    file that cannot be used raises ArchiveError first, with no lock file left beside it.
    """
    check_archive_file(db_path)
    path = lock_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(path, "a+")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise ArchiveBusy(f"{db_path}: another crawl is writing to this archive ({holder}); nothing was done") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        yield
    finally:
        handle.close()
