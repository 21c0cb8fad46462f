"""A research centre's site (a Hugo build) prints its news whole on one page that links no post, and names no feed.
Its site-wide feed at the usual address lists every page of the site: the posts with their dates, and the tool,
project and team pages dated at the generator's zero time (`Mon, 01 Jan 0001`). Only the posts are news."""
from __future__ import annotations

from fault_site import FaultServer, article_html, crawl_one_source, page, stored_paths
from news_archive.spiders.feed_items import zero_time_items

POSTS = [(f"/posts/note-{n}/", f"Centre note number {n} on the survey panel", f"Tue, 0{n} Mar 2022 00:00:00 +0000")
         for n in range(1, 5)]
PAGES = [(f"/tools/{name}/", f"The {name} tool") for name in ("crawler", "viewer", "panel")] + [("/team/", "Team")]
ZERO = "Mon, 01 Jan 0001 00:00:00 +0000"


def _feed(base: str) -> str:
    items = [(path, title, date) for path, title, date in POSTS] + [(path, title, ZERO) for path, title in PAGES]
    entries = "".join(f"<item><title>{title}</title><link>{base}{path}</link><pubDate>{date}</pubDate></item>"
                      for path, title, date in items)
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Centre</title><link>{base}/"
            f"</link><description>Recent content</description>{entries}</channel></rss>")


def _news_page() -> str:
    items = "".join(f"<h2>{title}</h2><p>The centre's survey panel answered a new wave of questions on work and "
                    f"health this month, and the data are open to researchers, part {n}.</p>"
                    for n, (_path, title, _date) in enumerate(POSTS))
    return f"<html><head><title>News</title></head><body><main><h1>News</h1>{items}</main></body></html>"


def _static(title: str) -> str:
    text = "".join(f"<p>This page tells what the {title.lower()} does, who keeps it up and how to cite it in a paper, "
                   f"part {k}.</p>" for k in range(4))
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{text}</body></html>"


def test_zero_time_items_are_the_feeds_undated_pages():
    dates = {"a": ZERO, "b": "0001-01-01T00:00:00Z", "c": "Tue, 01 Mar 2022 00:00:00 +0000", "d": "2022-03-01"}
    assert zero_time_items(dates) == {"a", "b"}


def test_a_site_wide_feeds_zero_dated_pages_are_not_stored(tmp_path):
    """Fails before: the 4 tool and team pages were stored beside the 4 posts."""
    server = FaultServer()
    server.routes["/news/"] = page(_news_page())
    server.routes["/index.xml"] = page(_feed(server.base_url), content_type="application/rss+xml")
    for n, (path, title, _date) in enumerate(POSTS):
        server.routes[path] = page(article_html(title, f"note{n}"))
    for path, title in PAGES:
        server.routes[path] = page(_static(title))
    crawl_one_source(server, tmp_path, "centre", "Research centre", "/news/")
    assert stored_paths(server, tmp_path) == {path for path, _title, _date in POSTS}
