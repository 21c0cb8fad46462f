"""Benchmark: `reprocess` and `ingest` speed: a generated local site crawled to WARC, then stored again from the captures.

    python bench/bench_reprocess.py [--articles 2000]

Prints the crawl beside two replays of its WARC files through the same pipelines, with no network:
into a fresh archive (what `ingest` of another machine's crawl does, and a rebuild from scratch),
and into the crawled archive itself (a `reprocess` after which nothing changed).
"""
from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

import sqlite_utils

from news_archive.archive.captures import warc_files
from news_archive.archive.crawl.replay import replay_captures
from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.sample_sites import serve_generated_site
from news_archive.archive.sample_sites.running import write_sources_file
from news_archive.archive.sources import load_sources


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    with serve_generated_site(args.articles) as site, tempfile.TemporaryDirectory() as folder:
        sources = load_sources(write_sources_file(site.sources, Path(folder) / "sources.toml"))
        db_path = Path(folder) / "crawled.db"
        started, cpu = time.perf_counter(), child_cpu_seconds()
        [crawl] = run_crawl(sources, db_path, show_progress=False)
        report("crawl", crawl, time.perf_counter() - started, child_cpu_seconds() - cpu, db_path)
        files = warc_files(Path(folder) / "warc")
        size_mb = sum(path.stat().st_size for path in files) / 1e6
        print(f"WARC: {len(files)} files, {size_mb:.1f} MB ({size_mb * 1000 / max(crawl.articles_found, 1):.1f} kB per article)")
        for label, kind, target in (("ingest into a fresh archive", "ingest", Path(folder) / "fresh.db"),
                                    ("reprocess of the crawled archive", "reprocess", db_path)):
            started, cpu = time.perf_counter(), child_cpu_seconds()
            [run] = replay_captures(files, target, kind=kind, show_progress=False)
            report(label, run, time.perf_counter() - started, child_cpu_seconds() - cpu, target)


def child_cpu_seconds() -> float:
    """CPU time of the finished crawl processes: unlike wall time, not stretched by other work on the machine."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def report(label: str, run, seconds: float, cpu_seconds: float, db_path: Path) -> None:
    stored = sqlite_utils.Database(db_path)["articles"].count
    print(f"{label}: {run.articles_found} articles through the pipelines ({run.articles_new} new, {run.articles_updated} "
          f"updated), {stored} in the archive; {seconds:.1f} s, {run.articles_found / seconds:.1f} articles/s; "
          f"CPU {cpu_seconds:.1f} s, {run.articles_found / cpu_seconds:.1f} articles per CPU second")


if __name__ == "__main__":
    main()
