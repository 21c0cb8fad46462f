"""A feed given as a start URL: the page it names as its own (RSS channel link, Atom feed link, JSON Feed home page)
is walked as a start listing, so the posts older than the feed's newest few are found through that listing's pager."""
from __future__ import annotations

import json

import pytest
import sqlite_utils

from news_archive.spiders.feed_document import read_feed
from news_archive.spiders.feed_items import feed_home_page
from fault_site import FaultServer, article_html, crawl_one_source, page

# Twelve notices, newest first, four to a listing page; the feed holds the four newest only, as generators'
# feeds do (Hugo's rssLimit, WordPress's "syndication feeds show the most recent 10").
NOTICES = [(f"/aktuellt/notis-{n:02d}/", f"Föreningens notis nummer {n} om sommarens arbetsdag") for n in range(12, 0, -1)]
PER_PAGE = 4


def _listing_page(number: int) -> str:
    shown = NOTICES[(number - 1) * PER_PAGE:number * PER_PAGE]
    items = "".join(f"<article><h2><a href='{path}'>{title}</a></h2><p>Kort om notisen.</p></article>"
                    for path, title in shown)
    older = f"<a href='/aktuellt/page/{number + 1}/'>Äldre inlägg</a>" if number * PER_PAGE < len(NOTICES) else ""
    return (f"<html><head><title>Aktuellt</title></head><body><nav><a href='/'>Hem</a></nav><main><h1>Aktuellt</h1>"
            f"{items}<nav class='pagination'>{older}</nav></main></body></html>")


def _rss(base: str) -> str:
    items = "".join(f"<item><title>{title}</title><link>{base}{path}</link>"
                    f"<pubDate>Mon, {13 - n:02d} May 2024 08:00:00 GMT</pubDate></item>"
                    for n, (path, title) in enumerate(NOTICES[:PER_PAGE], 1))
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Aktuellt</title><link>{base}/aktuellt/</link>'
            f"{items}</channel></rss>")


def _club(server: FaultServer) -> None:
    """A club's Hugo-like news section: `/aktuellt/` and its pager, each notice's page, and `/aktuellt/index.xml`;
    no robots.txt and no sitemap."""
    server.routes["/aktuellt/"] = page(_listing_page(1))
    for number in range(2, len(NOTICES) // PER_PAGE + 1):
        server.routes[f"/aktuellt/page/{number}/"] = page(_listing_page(number))
    server.routes["/aktuellt/index.xml"] = page(_rss(server.base_url), content_type="application/rss+xml")
    for n, (path, title) in enumerate(NOTICES):
        server.routes[path] = page(article_html(title, f"notis{n}"))


def test_a_start_feed_holding_the_newest_posts_only_leads_to_its_listing_and_every_older_post(tmp_path):
    """Fails before: the feed's four items were stored and the eight older notices never found."""
    server = FaultServer()
    _club(server)
    run, _asked = crawl_one_source(server, tmp_path, "klubben", "Klubben", "/aktuellt/index.xml")
    stored = {row["url"].removeprefix(server.base_url) for row in sqlite_utils.Database(tmp_path / "a.db")["articles"].rows}
    assert (run.status, run.errors, run.broken_links) == ("ok", 0, 0)
    assert stored == {path for path, _title in NOTICES}


@pytest.mark.parametrize("body, home", [
    (b'<?xml version="1.0"?><rss version="2.0"><channel><title>N</title><link>/nyheter/</link>'
     b"<item><link>/nyheter/a/</link></item></channel></rss>", "http://s.example/nyheter/"),
    (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><link rel="self" href="/atom.xml"/>'
     b'<link href="http://s.example/blogg/"/><entry><link href="/blogg/a/"/></entry></feed>', "http://s.example/blogg/"),
    (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><link rel="self" href="/atom.xml"/>'
     b'<entry><link href="/blogg/a/"/></entry></feed>', None),  # an entry's link is no page of the feed's own
    (json.dumps({"version": "https://jsonfeed.org/version/1.1", "home_page_url": "http://s.example/",
                 "items": []}).encode(), "http://s.example/"),
    (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>/a/</loc></url>'
     b"</urlset>", None),
])
def test_the_page_a_feed_names_as_its_own(body, home):
    assert feed_home_page(read_feed(body), "http://s.example/feed.xml") == home


def test_a_dead_page_named_by_a_start_feed_is_the_sites_broken_link_and_the_crawl_is_fine(tmp_path):
    """The feed's items are stored and its channel link's 404 is counted a broken link, not a failed start page."""
    server = FaultServer()
    _club(server)
    del server.routes["/aktuellt/"]
    run, _asked = crawl_one_source(server, tmp_path, "klubben", "Klubben", "/aktuellt/index.xml")
    assert (run.status, run.errors, run.broken_links, run.articles_new) == ("ok", 0, 1, PER_PAGE)
