"""Benchmark: the crawl's peak memory on hostile sites (tests/fault_site.py), each crawled from a fresh interpreter.

    python bench/bench_hostile.py [--flood-pages 100] [--flood-mb 3.9]

The fault site serves every hostile case once (60 MB pages, a gzip bomb, 50,000 nested divs, traps...);
the flood serves many article pages just under DOWNLOAD_MAXSIZE. The bound to hold is 300 MB. Beside it, how long the
crawl's event loop stood still while pages downloaded (other downloads wait that long), in all and at the longest.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fault_site import start_fault_site, start_flood_site  # noqa: E402

CRAWL = """
import json, resource, sys
from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.sources import load_sources
stalls_file = sys.argv[2] + ".stalls.json"
settings = {**json.loads(sys.argv[3]), "LOOP_STALLS_FILE": stalls_file}
runs = run_crawl(load_sources(sys.argv[1]), sys.argv[2], settings=settings, show_progress=False)
print(json.dumps({"peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
                  "stalls": json.load(open(stalls_file, encoding="utf-8")),
                  "runs": [[r.source, r.status, r.articles_new, r.errors, r.pages_skipped] for r in runs]}))
"""


def crawl(name: str, sources_toml: str, settings: dict) -> None:
    with tempfile.TemporaryDirectory() as folder:
        sources = Path(folder) / "sources.toml"
        sources.write_text(sources_toml, encoding="utf-8")
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", CRAWL, str(sources), str(Path(folder) / "a.db"), json.dumps(settings)],
                              capture_output=True, text=True, check=True)
        result = json.loads(done.stdout.splitlines()[-1])
    print(f"{name}: peak memory of the crawl process {result['peak_mb']:.0f} MB (bound 300 MB), "
          f"{time.perf_counter() - started:.1f} s; the event loop stood still "
          f"{result['stalls']['loop/stalled_seconds']:.1f} s while pages downloaded, "
          f"{result['stalls']['loop/longest_stall_seconds']:.2f} s at the longest")
    for source, status, new, errors, skipped in result["runs"]:
        print(f"  {source}: {status}, {new} new, {errors} errors, {skipped} not stored")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--flood-pages", type=int, default=100)
    parser.add_argument("--flood-mb", type=float, default=3.9)
    args = parser.parse_args()
    site = start_fault_site()
    try:
        crawl("fault site", site.sources_toml(), {"NEWS_MAX_LISTING_PAGES": 25})
    finally:
        site.stop()
    flood = start_flood_site(args.flood_pages, args.flood_mb)
    try:
        toml = f'[[source]]\nid = "flood"\nname = "Flood"\nstart_urls = ["{flood.base_url}/nyheter/"]\n'
        crawl(f"flood of {args.flood_pages} pages of {args.flood_mb} MB, loopback concurrency", toml, {})
        crawl(f"flood of {args.flood_pages} pages of {args.flood_mb} MB, 4 requests per site as for partners", toml,
              {"CONCURRENT_REQUESTS_PER_DOMAIN": 4})
    finally:
        flood.stop()


if __name__ == "__main__":
    main()
