"""A listing's head `rel=next` to another page of the site is no pager when the listing shows a pager of its own.

WordPress names a static page's siblings in its head (`<link rel='next' title='Contribute'>`), and so does each of
them: read as the news listing's next page, that chain led through every page of the site, the venues page among
them, and every venue it lists was fetched and judged (openhouse-lisboa fetched 192 pages for 15 articles).
"""
from __future__ import annotations

from fault_site import FaultServer, article_html, crawl_one_source, page, stored_paths

POSTS = [(f"/blog/2024/0{n}/0{n}/post-{n}/", title) for n, title in
         enumerate(("Open doors weekend", "A new walking route", "Guides wanted", "The weekend in pictures"), 1)]
VENUES = [f"/places/venue-{n}/" for n in range(1, 7)]
# the site's static pages in their order: each names the one before and after it in its head
SIBLINGS = ["/places/", "/news/", "/contribute/", "/archive/"]


def _head(path: str) -> str:
    at = SIBLINGS.index(path.split("page/")[0])
    before = f"<link rel='prev' href='{SIBLINGS[at - 1]}'>" if at > 0 else ""
    after = f"<link rel='next' href='{SIBLINGS[at + 1]}'>" if at + 1 < len(SIBLINGS) else ""
    return f"<head><title>Open House</title>{before}{after}</head>"


def _page(path: str, main: str) -> str:
    return f"<!DOCTYPE html><html lang='en'>{_head(path)}<body><main>{main}</main></body></html>"


def _cards(links: list[tuple[str, str]]) -> str:
    return "".join(f"<article><h2><a href='{path}'>{title}</a></h2><p>A few words on it.</p></article>"
                   for path, title in links)


def _routes() -> dict:
    routes = {
        "/news/": page(_page("/news/", f"{_cards(POSTS[:2])}<nav class='pagination'>"
                                       f"<a href='/news/page/2/'>Older &raquo;</a></nav>")),
        "/news/page/2/": page(_page("/news/page/2/", f"{_cards(POSTS[2:])}<nav class='pagination'>"
                                                     f"<a href='/news/'>&laquo; Newer</a></nav>")),
        "/places/": page(_page("/places/", _cards([(path, f"Venue {path[-2]}") for path in VENUES]))),
        "/contribute/": page(_page("/contribute/", "<h1>Contribute</h1><p>Give a hand at the doors.</p>")),
        "/archive/": page(_page("/archive/", _cards([(path, f"Venue {path[-2]}") for path in VENUES]))),
    }
    routes |= {path: page(article_html(title, path.strip("/").replace("/", "-"))) for path, title in POSTS}
    routes |= {path: page(_page("/places/", f"<h1>Venue {path[-2]}</h1><p>An old house by the river.</p>"))
               for path in VENUES}
    return routes


def test_a_listings_head_neighbours_are_not_read_as_its_pager(tmp_path):
    # Fails before: the news pages' head rel=next led to /contribute/, whose own led to /archive/ and its six venues.
    server = FaultServer()
    server.routes.update(_routes())
    _run, asked = crawl_one_source(server, tmp_path, "open-house", "Open House", "/news/")
    assert {path for path, _title in POSTS} <= stored_paths(server, tmp_path)
    assert not asked & {"/contribute/", "/archive/", *VENUES}
