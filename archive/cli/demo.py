"""The whole product offline: serve the sample partner sites, crawl them, serve the archive."""
from __future__ import annotations

from pathlib import Path

import click

from news_archive.archive.archive_file import check_archive_file
from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.crawl.report import print_summary
from news_archive.archive.sample_sites import serve_sample_sites
from news_archive.archive.sources import load_sources


def run_demo(db_path: str | Path, serve: bool = True, port: int = 8001, host: str = "127.0.0.1") -> int:
    """Build the demo archive from the sample sites; serve it (sites still up, so titles link somewhere)."""
    # The sample sites get new ports every run, so an old demo archive would hold every article twice.
    # Only an archive is replaced: a folder or another kind of file under that name is refused, not deleted.
    check_archive_file(db_path)
    for stale in (Path(db_path), Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        stale.unlink(missing_ok=True)
    with serve_sample_sites() as sites:
        sources_file = sites.write_sources(Path(db_path).with_suffix(".sources.toml"))
        click.echo(f"Sample partner sites running on 127.0.0.1: {', '.join(s['id'] for s in sites.sources)}")
        runs = run_crawl(load_sources(sources_file), db_path)
        print_summary(runs)
        failed = any(run.status == "failed" for run in runs)
        if not serve:
            click.echo(f"Demo archive written to {db_path}")
            return 1 if failed else 0
        from news_archive.archive.web.serve import serve_archive

        click.echo(f"Open http://{host}:{port}/archive/articles in a browser")
        serve_archive(db_path, host, port)
    return 1 if failed else 0
