"""A day a source's article pages all show alike is the day its site was built: its articles take their own days."""
from __future__ import annotations

import sqlite_utils

from news_archive.pipelines.build_days import build_days
from fault_site import FaultServer, crawl_one_source, page

DAYS = ["2023-10-04", "2023-11-20", "2024-01-23", "2024-02-22", "2024-03-20", "2024-05-02"]
BUILT = "Friday 21 August 2026"


def _post(n: int) -> str:
    """A post of an app's static export: its date line prints the build's day, as on every post."""
    text = "".join(f"<p>Members met for meeting number {n} to go through point {k} of the agenda and agreed to share "
                   f"the outcome with everyone before the next term begins.</p>" for k in range(1, 4))
    return (f"<!DOCTYPE html><html lang='en'><head><title>Meeting {n} | Harbour Society</title></head><body><main>"
            f"<article><h1>Meeting {n}</h1><p class='date'>Published on {BUILT}</p>{text}</article></main></body></html>")


def test_posts_all_showing_their_sites_build_day_take_their_addresses_days(tmp_path):
    """Fails before: every post was dated 2026-08-21, the day the site was built."""
    server = FaultServer()
    links = "".join(f"<li><a href='/news/{day}-meeting-{n}/'>Meeting {n}</a></li>" for n, day in enumerate(DAYS))
    server.routes["/news/"] = page(f"<html><head><title>News</title></head><body><main><h1>News</h1><ul>{links}</ul>"
                                   "</main></body></html>")
    for n, day in enumerate(DAYS):
        server.routes[f"/news/{day}-meeting-{n}/"] = page(_post(n))
    crawl_one_source(server, tmp_path, "society", "Harbour Society", "/news/")
    dates = {row["url"].removeprefix(server.base_url): row["published"][:10]
             for row in sqlite_utils.Database(tmp_path / "a.db")["articles"].rows}
    assert dates == {f"/news/{day}-meeting-{n}/": day for n, day in enumerate(DAYS)}


def test_only_a_day_many_posts_show_whose_addresses_name_others_is_a_build_day():
    built = [(n, f"https://x.example/news/{day}-post/", "2026-08-21", "text") for n, day in enumerate(DAYS)]
    assert build_days(built) == dict(enumerate(DAYS))
    # Five pages are a series' day, not a build's; posts whose addresses name that day were published on it.
    assert build_days(built[:5]) == {}
    assert build_days([(n, f"https://x.example/news/2026-08-21-post-{n}/", "2026-08-21", "text") for n in range(6)]) == {}
    # Metadata dates and days of a few of a source's articles are not in question.
    assert build_days([(n, url, day, "json-ld") for n, url, day, _ in built]) == {}
    many = built + [(n + 6, f"https://x.example/news/post-{n}/", f"2024-01-{n + 10:02d}", "text") for n in range(7)]
    assert build_days(many) == {}
    # An article whose address names no day is left undated for its feed or listing.
    assert build_days(built + [(9, "https://x.example/news/post/", "2026-08-21", "text")])[9] is None
