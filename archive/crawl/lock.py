"""One writer at a time: a lock file beside the archive, held for as long as a crawl, reprocess or ingest runs."""
from __future__ import annotations

import fcntl
import os
from contextlib import contextmanager
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured

from news_archive.archive.archive_file import check_archive_file


class ArchiveBusy(RuntimeError):
    """Another process writes to this archive; the message names the archive and that process."""


def lock_path(db_path: str | Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


class ArchiveLock:
    """flock on `ARCHIVE.lock`, not the file's existence: a crawl killed with SIGKILL leaves the file, not the lock.

    Forked children inherit it, so a crawl's Scrapy process runs under its parent's lock.
    """

    def __init__(self, db_path: str | Path):
        self.db_path = db_path
        self._handle = None

    def acquire(self) -> None:
        """Take the lock, or raise ArchiveBusy at once. An archive file that cannot be used raises ArchiveError
        first, with no lock file left beside it."""
        check_archive_file(self.db_path)
        path = lock_path(self.db_path)
        handle = open(path, "a+")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            raise ArchiveBusy(f"{self.db_path}: another crawl is writing to this archive ({holder}); nothing was done") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


@contextmanager
def archive_lock(db_path: str | Path):
    """Hold the archive's lock for the block; ArchiveBusy at once when another process holds it."""
    lock = ArchiveLock(db_path)
    lock.acquire()
    try:
        yield
    finally:
        lock.release()


class ArchiveLockExtension:
    """The same lock for a crawl started by `scrapy crawl` or Scrapyd: taken before any stage opens the archive.

    A busy archive stops the crawl before it starts (ArchiveBusy in the log). `news-archive` commands hold
    the lock in the parent process and turn this off (ARCHIVE_LOCK = False).
    """

    def __init__(self, lock: ArchiveLock):
        self.lock = lock

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("ARCHIVE_LOCK", True):
            raise NotConfigured("the archive is locked by the command that started this crawl")
        extension = cls(ArchiveLock(crawler.settings.get("ARCHIVE_DB")))
        extension.lock.acquire()
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_closed(self, spider) -> None:
        self.lock.release()
