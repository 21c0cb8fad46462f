"""Incremental crawls on a generated site: what a night costs when nothing, one post, one edit or one old post changed.

    python bench/bench_incremental.py [--articles 5000]

Five runs on one archive: the first crawl; an unchanged re-crawl (target: at most 5% of the first one's requests);
after `publish()` (a new post on the listing's first page: stored); after `edit(n)` (a post rewritten with a new
sitemap lastmod: updated, its earlier text in article_versions); after `backdate()` (a post dated mid-archive),
a `--full` run (found).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import sqlite_utils

from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.sample_sites import serve_generated_site
from news_archive.archive.sample_sites.running import write_sources_file
from news_archive.archive.sources import load_sources
from news_archive.archive.urls import url_key


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    args = parser.parse_args()
    failures = []
    with serve_generated_site(args.articles) as site, tempfile.TemporaryDirectory() as folder:
        sources = load_sources(write_sources_file(site.sources, Path(folder) / "sources.toml"))
        db_path = Path(folder) / "bench.db"
        db = sqlite_utils.Database(db_path)

        def crawl(label: str, full: bool = False):
            before = len(site.server.requests)
            started = time.perf_counter()
            [run] = run_crawl(sources, db_path, show_progress=False, full=full)
            seconds = time.perf_counter() - started
            requests = len(site.server.requests) - before
            not_modified = list(db["crawl_runs"].rows_where(order_by="id desc", limit=1))[0]["pages_not_modified"]
            print(f"{label:<34} {requests:>6} requests ({not_modified} answered 304), {seconds:6.1f} s, status {run.status}, "
                  f"{run.articles_new} new, {run.articles_updated} updated")
            return run, requests

        def article(url: str) -> dict | None:
            row = db.execute("select article_id from article_urls where url_key = ?", [url_key(url)]).fetchone()
            return db["articles"].get(row[0]) if row else None

        def check(ok: bool, what: str) -> None:
            print(f"  {'ok' if ok else 'FAILED'}: {what}")
            if not ok:
                failures.append(what)

        print(f"generated site: {site.article_count} articles")
        first, first_requests = crawl("first crawl")
        check(first.articles_new == site.article_count, f"{first.articles_new} of {site.article_count} articles stored")

        _run, unchanged_requests = crawl("unchanged re-crawl")
        share = unchanged_requests / first_requests
        check(share <= 0.05, f"unchanged re-crawl: {unchanged_requests} of the first crawl's {first_requests} requests "
                             f"= {share:.2%} (target <= 5%)")

        new = site.publish()
        crawl("after publish()")
        check(article(new.url) is not None, "the new post on the listing's first page is stored")

        number = site.article_count // 3
        before = article(site.articles[number].url)
        edited = site.edit(number)
        crawl(f"after edit({number})")
        after = article(edited.url)
        versions = list(db["article_versions"].rows_where("article_id = ?", [after["id"]]))
        check(after["content_hash"] != before["content_hash"] and [v["body"] for v in versions] == [before["body"]],
              "the edited post is updated, its earlier text in article_versions")

        backdated = site.backdate()
        crawl("after backdate(), --full", full=True)
        check(article(backdated.url) is not None, "the backdated post deep in the archive is found by --full")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
