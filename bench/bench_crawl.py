"""Benchmark: crawl a generated local site end to end, in rounds, each beside trafilatura's extract() on the same pages.

    python bench/bench_crawl.py [--articles 2000] [--rounds 5]

A figure of one run swings with what else the machine runs (CPU per article 8.1-11.6 ms between runs of one commit
on a busy 2-core machine), so the crawl runs `--rounds` times in a row, each in a fresh process with a fresh archive,
and trafilatura.extract() alone on the same article pages runs after each crawl, in a fresh process too (its heap
holds the pages and nothing else). Each round's ratio sets the crawl's CPU per article against trafilatura's runs just
before and after it, which met the same load: the ratio is the figure to compare across commits. Printed per round
and as median and range: CPU ms per article of the crawl (language models' loading included), of trafilatura, their
ratio, articles/s, the crawl process's peak memory (a crawl of its own process: one forked from the process
serving the site counted the site's pages too, 20-25 MB of 2,000 articles), and how long the crawl's event loop stood
still while pages downloaded (other sources' downloads wait that long): in all and its longest stall.
"""
from __future__ import annotations

import argparse
import json
import pickle
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import sqlite_utils


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--trafilatura-sample", type=int, default=0, help="pages for the trafilatura side (0: all)")
    args = parser.parse_args()
    from news_archive.archive.sample_sites import serve_generated_site
    from news_archive.archive.sample_sites.running import write_sources_file

    with serve_generated_site(args.articles) as site, tempfile.TemporaryDirectory() as folder:
        sources_file = write_sources_file(site.sources, Path(folder) / "sources.toml")
        pages_file = Path(folder) / "pages.pickle"
        crawls, extracts = [], []
        for number in range(1, args.rounds + 1):
            crawl = _in_fresh_process("--crawl-once", str(sources_file), str(Path(folder) / f"round{number}.db"))
            crawls.append(crawl)
            if number == 1:
                pages = [urllib.request.urlopen(url).read() for url in crawl["urls"][: args.trafilatura_sample or None]]
                pages_file.write_bytes(pickle.dumps(pages))
                print(f"{crawl['stored']} articles stored of {site.article_count}, {crawl['pages']} pages fetched, "
                      f"status {crawl['status']}; trafilatura on {len(pages)} of the same pages")
            extracts.append(_in_fresh_process("--time-trafilatura", str(pages_file)))
            _print_round(number, crawls, extracts)
        _print_summary(crawls, extracts)


def _in_fresh_process(*arguments: str) -> dict:
    done = subprocess.run([sys.executable, __file__, *arguments], check=True, capture_output=True, text=True)
    return json.loads(done.stdout.splitlines()[-1])


def _ratio(crawls: list[dict], extracts: list[dict], number: int) -> float:
    """The round's crawl CPU per article over trafilatura's, as its runs just before and after the crawl measured."""
    beside = [extract["cpu_ms"] for extract in extracts[max(number - 2, 0):number]]
    return crawls[number - 1]["cpu_ms"] / statistics.mean(beside)


def _print_round(number: int, crawls: list[dict], extracts: list[dict]) -> None:
    crawl, extract = crawls[number - 1], extracts[number - 1]
    print(f"round {number}: crawl {crawl['cpu_ms']:.2f} ms CPU per article, {crawl['per_second']:.1f} articles/s, "
          f"peak {crawl['peak_mb']:.0f} MB, loop stood still {crawl['stalled']:.1f} s "
          f"(longest {crawl['longest_stall']:.2f} s); "
          f"trafilatura {extract['cpu_ms']:.2f} ms CPU per page; "
          f"ratio {_ratio(crawls, extracts, number):.2f}x", flush=True)


def _print_summary(crawls: list[dict], extracts: list[dict]) -> None:
    def line(name: str, values: list[float], unit: str, digits: int = 2) -> None:
        middle = statistics.median(values)
        print(f"  {name:<30} median {middle:.{digits}f}{unit}, range {min(values):.{digits}f}-{max(values):.{digits}f} "
              f"(spread {(max(values) - min(values)) / middle * 100:.0f}% of the median)")

    print(f"over {len(crawls)} rounds:")
    line("ratio crawl / trafilatura CPU", [_ratio(crawls, extracts, n) for n in range(1, len(crawls) + 1)], "x")
    line("crawl CPU per article", [crawl["cpu_ms"] for crawl in crawls], " ms")
    line("trafilatura CPU per page", [extract["cpu_ms"] for extract in extracts], " ms")
    line("crawl articles/s", [crawl["per_second"] for crawl in crawls], "", 1)
    line("crawl peak memory", [crawl["peak_mb"] for crawl in crawls], " MB", 0)
    line("longest loop stall", [crawl["longest_stall"] for crawl in crawls], " s")


def crawl_once(sources_file: str, db_path: str) -> dict:
    """One crawl of the site. run_crawl forks a child for the crawl, whose CPU time and peak memory are this
    process's children's."""
    from news_archive.archive.crawl.run import run_crawl
    from news_archive.archive.sources import load_sources

    sources = load_sources(sources_file)
    stalls_file = Path(db_path).with_suffix(".stalls.json")
    started = time.perf_counter()
    [run] = run_crawl(sources, db_path, show_progress=False, settings={"LOOP_STALLS_FILE": str(stalls_file)})
    seconds = time.perf_counter() - started
    stalls = json.loads(stalls_file.read_text(encoding="utf-8"))
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    db = sqlite_utils.Database(db_path)
    stored = max(db["articles"].count, 1)
    return {"stored": db["articles"].count, "pages": run.pages_fetched, "status": run.status,
            "cpu_ms": (usage.ru_utime + usage.ru_stime) / stored * 1000, "per_second": stored / seconds,
            "peak_mb": usage.ru_maxrss / 1024, "longest_stall": stalls["loop/longest_stall_seconds"],
            "stalled": stalls["loop/stalled_seconds"],
            "urls": [row["url"] for row in db.query("select url from articles order by id")]}


def time_trafilatura(pages_file: str) -> dict:
    """CPU milliseconds trafilatura.extract() takes a page."""
    import trafilatura

    pages = pickle.loads(Path(pages_file).read_bytes())
    started = time.process_time()
    for page in pages:
        trafilatura.extract(page.decode("utf-8"))
    return {"cpu_ms": (time.process_time() - started) / max(len(pages), 1) * 1000}


if __name__ == "__main__":
    if sys.argv[1:2] == ["--time-trafilatura"]:
        print(json.dumps(time_trafilatura(sys.argv[2])))
    elif sys.argv[1:2] == ["--crawl-once"]:
        print(json.dumps(crawl_once(sys.argv[2], sys.argv[3])))
    else:
        main()
