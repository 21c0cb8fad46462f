"""Benchmark: crawl the development real sites from their news listings and score the archive against their truth.

    python bench/bench_sites.py [--devdata ../shared/devdata] [--sites rapdv,ignite-no] [--failures 3]

Runs `devdata/sites/run.sh` with this environment's `news-archive` (its own loopback server, a fresh
archive) and prints its table: per site recall, precision, title, date, language, body start and end,
pages fetched and the run status, then the same rates as one table with the bars (0.95) the issue sets.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

COLUMNS = ("recall", "precision", "title_rate", "date_rate", "language_rate", "body_start_rate", "body_end_rate")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devdata", default=str(Path(__file__).resolve().parents[1] / ".." / "shared" / "devdata"))
    parser.add_argument("--sites", default="", help="comma-separated site ids (default: all five)")
    parser.add_argument("--failures", type=int, default=0, help="examples of each failure kind to print")
    args = parser.parse_args()
    run_sh = Path(args.devdata) / "sites" / "run.sh"
    if not run_sh.exists():
        sys.exit(f"bench_sites: no {run_sh} (give --devdata)")
    venv = Path(sys.executable).parent.parent
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "scores.json"
        env = dict(os.environ, **({"SITES": args.sites} if args.sites else {}))
        command = ["bash", str(run_sh), str(venv), "--failures", str(args.failures), "--json", str(out)]
        subprocess.run(command, env=env, check=False)
        if not out.exists():
            sys.exit("bench_sites: the run wrote no scores")
        print_table(json.loads(out.read_text("utf-8")))


def print_table(rows: list[dict]) -> None:
    print("\nsite                 " + "  ".join(f"{name.removesuffix('_rate'):>10}" for name in COLUMNS))
    for row in rows:
        print(f"{row.get('site', '?'):<20} " + "  ".join(_cell(row.get(name)) for name in COLUMNS))
    print("bars: every site >= 0.95 on each column")


def _cell(value) -> str:
    return f"{value:>10.3f}" if isinstance(value, (int, float)) else f"{'-':>10}"


if __name__ == "__main__":
    main()
