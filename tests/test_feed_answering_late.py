"""A page read while the source's feed is still on its way waits for it: the same posts whether the feed answers
first or last (a loaded machine, a slow feed).

A small blog files its posts at the site root (`/slug.html`, beside its about page) and shows no date or article
markup on them: only its Atom feed, named on the start page, says which pages are posts. Read before the feed, a
post was judged a page of the site and never stored.
"""
from __future__ import annotations

import json
from urllib.parse import urlsplit

from fault_site import FaultServer, article_html, crawl_one_source, page, slowly, stored_paths
from scrapy import signals

from news_archive.spiders.held_judgements import HELD_LINKS
from news_archive.spiders.settings import SPIDER_MIDDLEWARES

POSTS = {  # path -> headline
    "/lantern-walk.html": "A lantern walk by the river",
    "/seed-swap.html": "The spring seed swap",
    "/bench-repairs.html": "Repairing the park benches",
}
FEED = "/feeds/all.atom.xml"


def _post(title: str, word: str) -> str:
    paragraphs = "".join(f"<p>The neighbours of the {word} gathered early, brought tools and tea, and by noon the "
                         f"work on part {n} was done and shared with everyone.</p>" for n in range(1, 4))
    return (f"<!DOCTYPE html><html lang='en'><head><title>Parkside Friends</title></head><body>"
            f"<nav><a href='/'>Blog</a> <a href='/about.html'>About</a></nav><main><h2>{title}</h2>{paragraphs}"
            f"</main></body></html>")


def _start() -> str:
    teasers = "".join(f"<article><h2><a href='{path}'>{title}</a></h2><p>A short note on it.</p></article>"
                      for path, title in POSTS.items())
    return (f"<!DOCTYPE html><html lang='en'><head><title>Parkside Friends</title>"
            f"<link rel='alternate' type='application/atom+xml' href='{FEED}'></head><body>"
            f"<nav><a href='/'>Blog</a> <a href='/about.html'>About</a></nav><main>{teasers}</main></body></html>")


def _feed(base_url: str) -> str:
    entries = "".join(f"<entry><title>{title}</title><link href='{base_url}{path}'/><id>{base_url}{path}</id>"
                      f"<updated>2024-04-{10 + n:02d}T09:00:00Z</updated></entry>"
                      for n, (path, title) in enumerate(POSTS.items()))
    return (f"<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
            f"<title>Parkside Friends</title><id>{base_url}/</id><updated>2024-04-12T09:00:00Z</updated>"
            f"{entries}</feed>")


def _crawl(tmp_path, feed_delay: float) -> set[str]:
    server = FaultServer()
    server.routes["/"] = page(_start())
    server.routes["/about.html"] = page(_post("About us", "about page"))
    for path, title in POSTS.items():
        server.routes[path] = page(_post(title, path.strip("/.html")))
    feed = page(_feed(server.base_url), "application/atom+xml; charset=utf-8")
    server.routes[FEED] = slowly(feed, feed_delay) if feed_delay else feed
    folder = tmp_path / f"feed-{feed_delay}"
    folder.mkdir()
    crawl_one_source(server, folder, "parkside", "Parkside Friends", "/")
    return stored_paths(server, folder)


def test_the_posts_only_a_slow_feed_names_are_archived_as_when_it_answers_first(tmp_path):
    # Fails before: with the feed answering 2 s late, the posts were read first, judged pages of the site ("not a
    # post: no date or article markup") and none was stored; with the feed on time, all three were.
    on_time = _crawl(tmp_path, 0)
    late = _crawl(tmp_path, 2.0)
    assert on_time == set(POSTS)
    assert late == on_time


class HeldPagesWatch:
    """Beside the spider: the pages judged again at the crawl's idle, having been held (their kept links in meta)."""

    def __init__(self, crawler):
        self.report = crawler.settings.get("HELD_PAGES_REPORT")
        self.held: list[str] = []
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_spider_output(self, response, result):
        if HELD_LINKS in response.meta:
            self.held.append(urlsplit(response.url).path)
        async for output in result:
            yield output

    def closed(self, spider):
        with open(self.report, "w", encoding="utf-8") as out:
            json.dump(sorted(self.held), out)


def test_no_page_waits_for_a_sitemap_a_sitemap_index_names(tmp_path):
    # Fails before: every sitemap was awaited as a feed is, and the posts read while the index's slow sitemap was on
    # its way were held until the crawl ran out of pages (all 3). A sitemap index's entry is a sitemap, whose links
    # wait for the listings and say no page is a post: nothing waits for it. The posts are dated, there is no feed.
    server = FaultServer()
    server.routes["/"] = page(_start().replace(f"<link rel='alternate' type='application/atom+xml' href='{FEED}'>", ""))
    for path, title in POSTS.items():
        server.routes[path] = page(article_html(title, path.strip("/.html")))
    server.routes["/robots.txt"] = page(f"User-agent: *\nSitemap: {server.base_url}/sitemap_index.xml\n", "text/plain")
    server.routes["/sitemap_index.xml"] = page(
        "<?xml version='1.0' encoding='UTF-8'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
        f"<sitemap><loc>{server.base_url}/pages-sitemap.xml</loc></sitemap></sitemapindex>", "application/xml")
    urls = "".join(f"<url><loc>{server.base_url}{path}</loc></url>" for path in POSTS)
    server.routes["/pages-sitemap.xml"] = slowly(page(
        f"<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{urls}"
        "</urlset>", "application/xml"), 3.0)
    report = tmp_path / "held.json"
    settings = {"HELD_PAGES_REPORT": str(report),
                "SPIDER_MIDDLEWARES": {**SPIDER_MIDDLEWARES, f"{__name__}.HeldPagesWatch": 960}}
    _run, requested = crawl_one_source(server, tmp_path, "parkside", "Parkside Friends", "/", settings)
    assert "/pages-sitemap.xml" in requested
    assert json.loads(report.read_text(encoding="utf-8")) == []
    assert stored_paths(server, tmp_path) == set(POSTS)
