"""Benchmark: crawl a generated local site end to end; beside it, trafilatura's extract() alone on the same pages.

    python bench/bench_crawl.py [--articles 5000]

Prints articles/s and the crawl process's peak memory, and how long trafilatura.extract() takes on
the same article pages in the same run, so the pipeline's overhead over bare extraction is known.
"""
from __future__ import annotations

import argparse
import json
import pickle
import resource
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import sqlite_utils

from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.sample_sites import serve_generated_site
from news_archive.archive.sample_sites.running import write_sources_file
from news_archive.archive.sources import load_sources


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--trafilatura-sample", type=int, default=0, help="pages for the trafilatura side (0: all)")
    args = parser.parse_args()
    with serve_generated_site(args.articles) as site, tempfile.TemporaryDirectory() as folder:
        sources = load_sources(write_sources_file(site.sources, Path(folder) / "sources.toml"))
        db_path = Path(folder) / "bench.db"
        started = time.perf_counter()
        [run] = run_crawl(sources, db_path, show_progress=False)
        crawl_seconds = time.perf_counter() - started
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        peak_mb, cpu_seconds = usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime
        db = sqlite_utils.Database(db_path)
        stored = db["articles"].count
        urls = [row["url"] for row in db.query("select url from articles order by id")]
        print(f"crawl: {stored} articles stored of {site.article_count}, {run.pages_fetched} pages fetched, "
              f"status {run.status}, {crawl_seconds:.1f} s, {stored / crawl_seconds:.1f} articles/s, "
              f"peak memory of the crawl process {peak_mb:.0f} MB, its CPU time {cpu_seconds:.1f} s "
              f"({cpu_seconds / max(stored, 1) * 1000:.1f} ms per article, language models loading included)")
        compare_with_trafilatura(urls[: args.trafilatura_sample or None], crawl_seconds / max(stored, 1),
                                 cpu_seconds / max(stored, 1))


def compare_with_trafilatura(urls: list[str], pipeline_seconds_per_article: float, pipeline_cpu_per_article: float) -> None:
    """trafilatura on the same pages, timed twice: here, and in a fresh interpreter whose heap holds nothing
    else (this process holds the whole generated site, which every full garbage collection walks)."""
    pages = [urllib.request.urlopen(url).read() for url in urls]
    timings = {"in this process": time_trafilatura(pages)}
    with tempfile.NamedTemporaryFile(suffix=".pickle") as saved:
        pickle.dump(pages, saved)
        saved.flush()
        fresh = subprocess.run([sys.executable, __file__, "--time-trafilatura", saved.name],
                               check=True, capture_output=True, text=True)
    timings["in a fresh process"] = tuple(json.loads(fresh.stdout))
    for where, (seconds, cpu_seconds) in timings.items():
        per_page, cpu_per_page = seconds / max(len(pages), 1), cpu_seconds / max(len(pages), 1)
        print(f"trafilatura.extract() alone on {len(pages)} of the same pages, {where}: {seconds:.1f} s, "
              f"{len(pages) / seconds:.1f} pages/s")
        print(f"  per article: pipeline {pipeline_seconds_per_article * 1000:.1f} ms; trafilatura "
              f"{per_page * 1000:.1f} ms; ratio {pipeline_seconds_per_article / per_page:.2f}x")
        # CPU time does not count waiting for the other processes of a busy machine.
        print(f"  CPU per article: pipeline {pipeline_cpu_per_article * 1000:.1f} ms; trafilatura "
              f"{cpu_per_page * 1000:.1f} ms; ratio {pipeline_cpu_per_article / cpu_per_page:.2f}x")


def time_trafilatura(pages: list[bytes]) -> tuple[float, float]:
    """Wall and CPU seconds trafilatura.extract() takes on these pages."""
    import trafilatura

    started, started_cpu = time.perf_counter(), time.process_time()
    for page in pages:
        trafilatura.extract(page.decode("utf-8"))
    return time.perf_counter() - started, time.process_time() - started_cpu


if __name__ == "__main__":
    if sys.argv[1:2] == ["--time-trafilatura"]:
        print(json.dumps(time_trafilatura(pickle.loads(Path(sys.argv[2]).read_bytes()))))
    else:
        main()
