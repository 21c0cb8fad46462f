"""An archive file that cannot be used: one `Error:` line naming it and the problem, a non-zero exit, nothing written."""
from __future__ import annotations

import hashlib
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

from news_archive.archive.storage import Archive

COMMANDS = {
    "crawl": ["crawl", "--sources", "{sources}"],
    "newsletter": ["newsletter", "--since", "2020-01-01"],
    "serve": ["serve", "--port", "1"],  # never listens: the archive is refused first
    "reprocess": ["reprocess"],
    "demo": ["demo", "--no-serve"],
}


def news_archive(*args: str, limit_file_size: int | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """The real command in a process of its own, as cron runs it."""
    def limits():
        if limit_file_size is not None:  # a disk that fills up: writes past this size fail
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit_file_size, limit_file_size))

    return subprocess.run([sys.executable, "-m", "news_archive.archive.cli.main", *args], capture_output=True, text=True,
                          preexec_fn=limits, cwd=cwd, timeout=120)


def assert_one_error_line(result: subprocess.CompletedProcess, db: Path, problem: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert errors == [f"Error: {db}: {problem}"], result.stderr


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def sources_file(sample_sites, tmp_path_factory):
    return sample_sites.write_sources(tmp_path_factory.mktemp("archive-files") / "sources.toml")


def run(command: str, db: Path, sources_file: Path, **kwargs) -> subprocess.CompletedProcess:
    args = [part.format(sources=sources_file) for part in COMMANDS[command]]
    return news_archive(*args, "--db", str(db), **kwargs)


@pytest.mark.parametrize("command", COMMANDS)
def test_a_file_that_is_not_sqlite(command, tmp_path, sources_file):
    db = tmp_path / "archive.db"
    db.write_text("Rubrik;Datum\nNy forskning;2024-01-01\n" * 20, encoding="utf-8")
    before = digest(db)
    assert_one_error_line(run(command, db, sources_file), db, "is not an SQLite database")
    assert digest(db) == before and sorted(p.name for p in tmp_path.iterdir()) == ["archive.db"]


@pytest.mark.parametrize("command", COMMANDS)
def test_a_directory(command, tmp_path, sources_file):
    db = tmp_path / "archive.db"
    db.mkdir()
    assert_one_error_line(run(command, db, sources_file), db, "is a directory, not an archive file")
    assert list(db.iterdir()) == []


@pytest.mark.parametrize("command", ["crawl"])
def test_a_read_only_archive(command, tmp_path, sources_file):
    db = tmp_path / "archive.db"
    Archive(db).close()
    sqlite_utils.Database(db).execute("pragma wal_checkpoint(truncate)")
    for leftover in tmp_path.glob("archive.db-*"):
        leftover.unlink()
    before = digest(db)
    if os.geteuid() == 0:  # root writes through file modes: make it immutable instead
        if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(db)]).returncode != 0:
            pytest.skip("running as root on a file system without chattr +i")
    else:
        db.chmod(0o444)
    try:
        assert_one_error_line(run(command, db, sources_file), db, "is read-only")
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(db)])
    assert digest(db) == before


def test_a_full_disk_stops_the_crawl_with_one_line(tmp_path, sources_file):
    db = tmp_path / "archive.db"
    Archive(db).close()
    result = run("crawl", db, sources_file, limit_file_size=300_000)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert [line for line in result.stderr.splitlines() if line.startswith("Error:")] in (
        [f"Error: {db}: cannot be written: the disk is full"],
        [f"Error: {db}: cannot be written: disk I/O error (is the disk full?)"],
    ), result.stderr
    archive = sqlite_utils.Database(db)
    assert archive.execute("pragma integrity_check").fetchone()[0] == "ok"
    # What was committed before the disk filled is whole: every stored article has its URLs.
    assert archive.execute("select count(*) from articles where id not in (select article_id from article_urls)").fetchone()[0] == 0


def test_a_locked_archive_is_reported_not_waited_on_for_ever(tmp_path):
    db = tmp_path / "archive.db"
    Archive(db).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("pragma journal_mode = delete")  # rollback journal: an exclusive lock keeps readers out too
    holder.execute("begin exclusive")
    try:
        result = news_archive("newsletter", "--since", "2020-01-01", "--db", str(db))
    finally:
        holder.execute("rollback")
        holder.close()
    assert_one_error_line(result, db, "is busy: another process is writing to it")
