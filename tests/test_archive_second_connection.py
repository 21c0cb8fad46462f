"""A process that opens its archive a second time (a crawl's run recorder beside its stages) keeps its hold on the
archive: a reader elsewhere closing cannot take the archive for unused and delete the WAL the crawl is writing to."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from news_archive.archive.storage import Archive

READ_AND_CLOSE = "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); print(c.execute({sql!r}).fetchone()[0]); c.close()"


def read_elsewhere(db: Path, sql: str) -> str:
    """What a reader in another process (Datasette, the sqlite3 shell) sees, closing its connection after."""
    return subprocess.run([sys.executable, "-c", READ_AND_CLOSE.format(sql=sql), str(db)], capture_output=True,
                          text=True, check=True).stdout.strip()


def add_source(archive: Archive, source_id: str) -> None:
    archive.db.execute("insert into sources (id, name) values (?, ?)", [source_id, source_id])
    archive.commit()


def test_a_reader_closing_elsewhere_leaves_the_writers_wal_in_place(tmp_path):
    db = tmp_path / "archive.db"
    writer = Archive(db)
    add_source(writer, "first")
    second = Archive(db)  # the same process opens the archive again
    assert read_elsewhere(db, "select count(*) from sources") == "1"
    assert Path(f"{db}-wal").exists()
    add_source(writer, "second")  # committed to the WAL every reader sees
    assert read_elsewhere(db, "select group_concat(id) from sources") == "first,second"
    second.close()
    writer.close()
