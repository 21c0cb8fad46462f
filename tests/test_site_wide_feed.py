"""A static-site theme whose news listing links, in its <head>, the site-wide feed: every page of the site is an item
(about, contact, team, docs, projects and the posts), and every page is typed a JSON-LD Article with a date of its
own. The listing's teasers show where the posts live; the feed's other items are no news."""
from __future__ import annotations

import sqlite3

from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.sources import load_sources
from news_archive.spiders.decisions import SourceDecisions
from fault_site import FaultServer, crawl_one_source, page, stored_paths

POSTS = [(f"/posts/lantern-walk-{n}/", f"Lantern walk number {n} through the old harbour") for n in range(1, 7)]
PAGES = [("/about/", "About the harbour society"), ("/contact/", "How to reach the society"),
         ("/team/ada-reed/", "Ada Reed, chair"), ("/team/bo-lind/", "Bo Lind, treasurer"),
         ("/docs/mooring-rules/", "Mooring rules"), ("/docs/winter-storage/", "Winter storage of boats"),
         ("/projects/new-jetty/", "The new jetty project"), ("/projects/lighthouse/", "Restoring the lighthouse")]
PER_PAGE = 3
FEED = '<link rel="alternate" type="application/rss+xml" href="/index.xml" title="Harbour society">'


def _head(title: str, day: str) -> str:
    """The theme's head: every page an Article dated by its front matter, and the site-wide feed."""
    return (f"<title>{title} | Harbour society</title>{FEED}<meta property='og:type' content='article'>"
            f"<script type='application/ld+json'>{{\"@context\": \"https://schema.org\", \"@type\": \"Article\", "
            f"\"headline\": \"{title}\", \"datePublished\": \"{day}T09:00:00+01:00\"}}</script>")


def _menu() -> str:
    return "<header><nav><ul>" + "".join(f"<li><a href='{path}'>{title}</a></li>" for path, title in PAGES[:2]) \
        + "<li><a href='/posts/'>News</a></li></ul></nav></header>"


def _listing(number: int, folder: str = "/posts/") -> str:
    shown = POSTS[(number - 1) * PER_PAGE:number * PER_PAGE]
    teasers = "".join(f"<article class='teaser'><h2><a href='{path}'>{title}</a></h2>"
                      f"<p>Lanterns, songs and a cup of cocoa on the pier, evening {path[-2]}.</p></article>"
                      for path, title in shown)
    pager = f"<nav class='pagination'><a href='{folder}page/2/'>Older posts</a></nav>" if number == 1 else ""
    return (f"<html lang='en'><head><title>News | Harbour society</title>{FEED}</head><body>{_menu()}<main><h1>News</h1>"
            f"{teasers}{pager}</main></body></html>")


def _page(title: str, day: str, word: str) -> str:
    text = "".join(f"<p>The society keeps the old harbour alive with walks, repairs and evenings on the pier for "
                   f"everyone who lives nearby, and every member lends a hand where it is needed, {word} {k}.</p>"
                   for k in range(4))
    return (f"<html lang='en'><head>{_head(title, day)}</head><body>{_menu()}<main><article><h1>{title}</h1>"
            f"{text}</article></main></body></html>")


def _feed(entries) -> str:
    items = "".join(f"<item><title>{title}</title><link>{{base}}{path}</link>"
                    f"<pubDate>Mon, 0{n % 9 + 1} Jan 2024 09:00:00 +0100</pubDate></item>"
                    for n, (path, title) in enumerate(entries))
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>Harbour society</title>{items}</channel></rss>"


def _site(server: FaultServer) -> None:
    server.routes["/posts/"] = page(_listing(1))
    server.routes["/posts/page/2/"] = page(_listing(2))
    for n, (path, title) in enumerate([*POSTS, *PAGES]):
        server.routes[path] = page(_page(title, f"2023-{n % 12 + 1:02d}-{n % 27 + 1:02d}", f"note{n}"))
    # Every page of the site, the static ones among the posts, as the generator's default site feed lists them.
    entries = [*PAGES[:4], *POSTS, *PAGES[4:]]
    server.routes["/index.xml"] = page(_feed(entries).replace("{base}", server.base_url),
                                       content_type="application/rss+xml")


def test_a_site_wide_feed_brings_in_no_page_outside_the_listings_families(tmp_path):
    """Fails before: the eight static pages the site-wide feed lists were stored beside the six posts."""
    server = FaultServer()
    _site(server)
    run, read = crawl_one_source(server, tmp_path, "harbour", "Harbour society", "/posts/")
    assert run.status == "ok" and not read & {path for path, _title in PAGES}  # never asked for
    assert stored_paths(server, tmp_path) == {path for path, _title in POSTS}
    with sqlite3.connect(tmp_path / "a.db") as db:
        skipped = dict(db.execute("select url, reason from crawl_pages_skipped"))
    # Each static page is left out with a reason an operator can read.
    for path, _title in PAGES:
        assert "outside the article URL families" in skipped[server.base_url + path], path


def test_a_section_feed_alone_still_brings_every_post(tmp_path):
    """The start page shows no teaser (a script fills it): its feed is the only discovery, and is trusted whole."""
    server = FaultServer()
    _site(server)
    server.routes["/posts/"] = page(f"<html><head><title>News</title>{FEED}</head><body>{_menu()}<main><h1>News</h1>"
                                    "<div id='app'></div></main></body></html>")
    server.routes["/index.xml"] = page(_feed(POSTS).replace("{base}", server.base_url),
                                       content_type="application/rss+xml")
    crawl_one_source(server, tmp_path, "harbour", "Harbour society", "/posts/")
    assert stored_paths(server, tmp_path) == {path for path, _title in POSTS}


def test_feed_items_in_the_listings_families_are_taken_at_once():
    decisions = SourceDecisions(lambda url, why: None, ["http://harbour.example/posts/"])
    for path, _title in POSTS[:3]:
        decisions.families.learn(f"http://harbour.example{path}")
    items = [f"http://harbour.example{path}" for path, _title in [*POSTS, *PAGES]]
    assert decisions.from_feed(items, 0, sitemap=False) == [f"http://harbour.example{path}" for path, _ in POSTS]
    # The rest wait for every listing to be read: a later page may show their family.
    assert {url for url, _ in decisions.release()} == set()


def test_a_night_the_listing_is_unchanged_brings_in_no_static_page_either(tmp_path):
    """The listing answers 304 and shows no teaser that night; the site-wide feed changed (a static page was edited).
    The source's archived posts show where its posts live all the same. (The listing is the site's news page, not the
    posts' own folder, which would vouch for them.)"""
    server = FaultServer()
    _site(server)
    for number, path in ((1, "/news/"), (2, "/news/page/2/")):
        server.routes[path] = page(_listing(number, "/news/"), ETag=f'"listing-{number}"')
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[source]]\nid = "harbour"\nname = "Harbour society"\nstart_urls = ["{server.base_url}/news/"]\n',
                       encoding="utf-8")
    try:
        run_crawl(load_sources(sources), tmp_path / "a.db", show_progress=False)
        entries = [*PAGES[:4], *POSTS, *PAGES[4:]]
        server.routes["/index.xml"] = page(_feed(entries).replace("{base}", server.base_url).replace("Jan", "Feb"),
                                           content_type="application/rss+xml")
        before = len(server.requests)
        [night] = run_crawl(load_sources(sources), tmp_path / "a.db", show_progress=False)
        asked = {path for _at, path in server.requests[before:]}
    finally:
        server.stop()
    assert night.articles_new == 0
    assert stored_paths(server, tmp_path) == {path for path, _title in POSTS}
    assert not asked & {path for path, _title in PAGES}
