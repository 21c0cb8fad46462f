"""Pages that were lost with nothing to say so: a start page leading nowhere, and a post whose canonical is dead."""
from __future__ import annotations

import sqlite3

import sqlite_utils
from click.testing import CliRunner

from fault_site import FaultServer, article_html, crawl_one_source, page, stored_paths
from news_archive.archive.cli.main import cli

MENU = "<header><nav><a href='/'>Home</a> <a href='/about/'>About</a> <a href='/news/'>News</a></nav></header>"


def _skipped(folder) -> dict[str, tuple[str, str]]:
    with sqlite3.connect(folder / "a.db") as db:
        return {url: (reason, detail) for url, reason, detail in
                db.execute("select url, reason, detail from crawl_pages_skipped")}


def test_a_start_page_with_nothing_to_follow_says_so(tmp_path):
    """Fails before: the run was `ok` with nothing stored, and the start page only counted as a listing page."""
    server = FaultServer()
    # A script fills the news list in the browser: the page as served shows no teaser, no pager, no feed.
    server.routes["/news/"] = page(f"<html><head><title>News | Tide lab</title></head><body>{MENU}<main><h1>News</h1>"
                                   "<div id='news-list' data-source='/api/news.json'></div></main></body></html>")
    server.routes["/about/"] = page(article_html("About the tide lab", "about"))
    run, _read = crawl_one_source(server, tmp_path, "tide", "Tide lab", "/news/")
    assert stored_paths(server, tmp_path) == set()
    assert run.status == "warning" and "no page was taken for an article" in run.warning
    reason, detail = _skipped(tmp_path)[server.base_url + "/news/"]
    assert reason == "listing page" and "start page" in detail and "no link to an article" in detail


def test_a_post_whose_canonical_answers_404_is_kept_at_its_own_address(tmp_path):
    """Fails before: the post was left out as a duplicate of its canonical, and the canonical was a dead link."""
    server = FaultServer()
    titles = {n: f"Tide gauge number {n} back in the water" for n in range(1, 5)}
    teasers = "".join(f"<article><h2><a href='/news/gauge-{n}/'>{title}</a></h2><p>Short teaser.</p></article>"
                      for n, title in titles.items())
    server.routes["/news/"] = page(f"<html><body>{MENU}<main><h1>News</h1>{teasers}</main></body></html>")
    for n, title in titles.items():
        html = article_html(title, f"gauge{n}")
        if n == 2:  # moved in the CMS, its canonical left pointing at the old address
            html = html.replace("</title>", "</title><link rel='canonical' href='/news/old-gauge-address/'>")
        server.routes[f"/news/gauge-{n}/"] = page(html)
    run, _read = crawl_one_source(server, tmp_path, "tide", "Tide lab", "/news/")
    assert stored_paths(server, tmp_path) == {f"/news/gauge-{n}/" for n in titles}
    skipped = _skipped(tmp_path)
    reason, detail = skipped[server.base_url + "/news/old-gauge-address/"]
    assert reason == "broken link" and f"HTTP 404: the rel=canonical of {server.base_url}/news/gauge-2/, judged" in detail
    assert server.base_url + "/news/gauge-2/" not in skipped  # stored after all: no reason to leave it out
    assert run.broken_links == 1 and run.status == "ok"


def test_a_post_kept_at_its_own_address_stays_there_when_rebuilt_from_its_capture(tmp_path):
    """Fails before: the capture did not say the canonical was dead, so `reprocess` filed the post under it."""
    server = FaultServer()
    server.routes["/news/"] = page(f"<html><body>{MENU}<main><h1>News</h1><article><h2><a href='/news/buoy/'>"
                                   "A new buoy off the pier</a></h2></article></main></body></html>")
    html = article_html("A new buoy off the pier", "buoy")
    server.routes["/news/buoy/"] = page(html.replace("</title>", "</title><link rel='canonical' href='/news/buoy-old/'>"))
    crawl_one_source(server, tmp_path, "tide", "Tide lab", "/news/")
    crawled = stored_paths(server, tmp_path)
    assert crawled == {"/news/buoy/"}
    result = CliRunner().invoke(cli, ["reprocess", "--db", str(tmp_path / "rebuilt.db"), "--warc", str(tmp_path / "warc")])
    assert result.exit_code == 0, result.output
    rebuilt = {row["url"].removeprefix(server.base_url) for row in sqlite_utils.Database(tmp_path / "rebuilt.db")["articles"].rows}
    assert rebuilt == crawled
