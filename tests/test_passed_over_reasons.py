"""A link left out for several reasons (a label on the news listing, a page the sitemap names outside the article
families) is listed with the reason that decided, the others in its detail, whatever the order they were met in."""
from __future__ import annotations

import sqlite_utils

from news_archive.spiders.passed_over import LABEL_LINK, LISTING_LEFT_UNREAD, OUTSIDE_FAMILIES, PassedOver
from fault_site import FaultServer, article_html, crawl_one_source, page, serve_sitemap

POSTS = {f"/news/2024/choir-evening-{n}/": f"Choir evening number {n} in the chapel" for n in range(1, 4)}
LABEL = "/join-the-choir/"


def _site() -> FaultServer:
    server = FaultServer()
    teasers = "".join(f"<article><h2><a href='{path}'>{title}</a></h2><p>Songs and tea afterwards.</p></article>"
                      for path, title in POSTS.items())
    server.routes["/news/"] = page(
        f"<html lang='en'><head><title>News | Chapel choir</title></head><body><nav><a href='/'>Home</a></nav><main>"
        f"<h1>News</h1>{teasers}<p><a href='{LABEL}'>Join the choir</a></p></main></body></html>")
    for n, (path, title) in enumerate(POSTS.items()):
        server.routes[path] = page(article_html(title, f"choir{n}"))
    server.routes[LABEL] = page(article_html("Join the choir", "join"))
    serve_sitemap(server, [*POSTS, LABEL])
    return server


def test_a_label_link_the_sitemap_names_too_is_listed_as_the_listings_label(tmp_path):
    # Fails before: the sitemap's "outside the article URL families", met last, overwrote the listing's word.
    server = _site()
    base = server.base_url
    crawl_one_source(server, tmp_path, "choir", "Chapel choir", "/news/")
    [row] = [row for row in sqlite_utils.Database(tmp_path / "a.db")["crawl_pages_skipped"].rows
             if row["url"] == base + LABEL]
    assert row["reason"] == LABEL_LINK
    assert row["detail"] == f"{LABEL_LINK}; also {OUTSIDE_FAMILIES}"


def test_the_deciding_reason_does_not_depend_on_the_order_met():
    orders = [(OUTSIDE_FAMILIES, LABEL_LINK, LISTING_LEFT_UNREAD), (LISTING_LEFT_UNREAD, OUTSIDE_FAMILIES, LABEL_LINK)]
    decided = []
    for reasons in orders:
        passed = PassedOver()
        for reason in reasons:
            passed.note("http://s.example/a/", reason)
        passed.note("http://s.example/b/", "not followed: something new")
        decided.append(sorted(passed.decided()))
    assert decided[0] == decided[1]
    assert decided[0][0][1] == LISTING_LEFT_UNREAD
    passed.forget("http://s.example/a/")  # another page led to it after all
    assert [url for url, _why, _detail in passed.decided()] == ["http://s.example/b/"]
