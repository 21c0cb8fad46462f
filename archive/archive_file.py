"""Open an archive file, or say in one line what is wrong with it: not SQLite, read-only, a folder, locked, full."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

# The crawl stat (and close reason) holding the SQLite error that made a crawl stop writing.
ARCHIVE_FAILURE_STAT = "archive_unusable"
SQLITE_HEADER = b"SQLite format 3\x00"
# SQLite's own words for the failures a user can cause or meet, and how we name them to the operator.
SQLITE_PROBLEMS = (
    ("database is locked", "is busy: another process is writing to it"),
    ("database or disk is full", "cannot be written: the disk is full"),
    ("disk i/o error", "cannot be written: disk I/O error (is the disk full?)"),
    ("readonly database", "is read-only"),
    ("file is not a database", "is not an SQLite database"),
    ("unable to open database file", "cannot be opened"),
)


class ArchiveError(Exception):
    """An archive file that cannot be used; the message names the file and the problem in one line."""


def check_archive_file(path: str | Path, *, writable: bool = True, read_header: bool = True) -> None:
    """Raise ArchiveError when `path` cannot be an archive: a folder, another kind of file, or (for writers) read-only.

    A missing file is fine for a writer: the archive is created. Without `read_header`, the file is not opened: where
    this process may have the archive open already (see Archive), a file of our own opened on it and closed again drops
    the locks its connections hold (POSIX record locks belong to the process, and go with any of its descriptors), and a
    reader elsewhere closing then takes the archive for unused and deletes the WAL a crawl is writing its pages to.
    """
    path = Path(path)
    if path.is_dir():
        raise ArchiveError(f"{path}: is a directory, not an archive file")
    if path.exists() and read_header:
        try:
            with path.open("rb") as file:
                header = file.read(len(SQLITE_HEADER))
        except OSError as exc:
            raise ArchiveError(f"{path}: cannot be read: {exc.strerror}") from None
        if header and header != SQLITE_HEADER:
            raise ArchiveError(f"{path}: is not an SQLite database")
    if path.exists():
        if writable and not os.access(path, os.W_OK):
            raise ArchiveError(f"{path}: is read-only")
    elif not writable:
        raise ArchiveError(f"{path}: no archive here; run `news-archive crawl` first")
    # WAL mode keeps -wal and -shm files beside the archive: its folder must take new files.
    folder = path.parent if str(path.parent) else Path(".")
    if writable and not os.access(folder, os.W_OK | os.X_OK):
        raise ArchiveError(f"{path}: its folder {folder} is read-only")


def archive_error(path: str | Path, exc: sqlite3.Error) -> ArchiveError:
    """The operator's one line for an SQLite error on the archive at `path`."""
    message = str(exc)
    for words, problem in SQLITE_PROBLEMS:
        if words in message.lower():
            return ArchiveError(f"{path}: {problem}")
    return ArchiveError(f"{path}: {message}")


def is_storage_failure(exc: BaseException) -> bool:
    """True for errors that no retry of the same write can fix: the archive itself is unusable."""
    return isinstance(exc, sqlite3.OperationalError | sqlite3.DatabaseError) and any(
        words in str(exc).lower() for words, _problem in SQLITE_PROBLEMS)
