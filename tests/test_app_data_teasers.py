"""A listing of a JavaScript app's static export shows a few cards and a "Show all" button; the other posts are in
the data its scripts render from."""
from __future__ import annotations

import json

from lxml import html as lxml_html

from news_archive.spiders.app_data import data_teasers
from fault_site import FaultServer, article_html, crawl_one_source, page, stored_paths

POSTS = [("2024-05-02-spring-meeting", "Spring meeting"), ("2024-03-11-new-committee", "The new committee"),
         ("2023-11-20-winter-social", "Winter social"), ("2023-10-01-welcome-week", "Welcome week"),
         ("2023-09-15-call-for-volunteers", "Call for volunteers")]
SHOWN = 2


def _listing(base: str) -> str:
    """Whole-card links for the newest posts, a button, and every post in a flight payload pushed by a script: a JSON
    text inside a JavaScript string, its quotes escaped."""
    cards = "".join(f"<a href='{base}/news/{slug}'><div class='card'><h3>{title}</h3><span>Thursday 2 May 2024</span>"
                    f"</div></a>" for slug, title in POSTS[:SHOWN])
    data = json.dumps({"news": [{"slug": slug, "content": "$1", "title": title, "date": slug[:10]}
                                for slug, title in POSTS]})
    push = json.dumps([1, f"5:{data}\n"])
    return (f"<!DOCTYPE html><html lang='en'><head><title>Harbour Society</title></head><body><nav>"
            f"<a href='{base}/'>Home</a><a href='{base}/news/'>News</a><a href='{base}/team/'>Team</a></nav><div>"
            f"<h1>News</h1>{cards}<button>Show all {len(POSTS) - SHOWN} more news</button></div>"
            f"<script>self.__next_f.push({push})</script></body></html>")


def test_the_posts_a_show_all_button_would_render_from_script_data_are_stored(tmp_path):
    """Fails before: only the shown cards' posts were stored."""
    server = FaultServer()
    server.routes["/news/"] = page(_listing(server.base_url))
    for n, (slug, title) in enumerate(POSTS):
        server.routes[f"/news/{slug}"] = page(article_html(title, f"post{n}"))
    server.routes["/team/"] = page(article_html("The committee", "team"))
    crawl_one_source(server, tmp_path, "society", "Harbour Society", "/news/")
    assert stored_paths(server, tmp_path) == {f"/news/{slug}" for slug, _title in POSTS}


def test_only_a_field_naming_the_shown_cards_names_posts():
    base = "http://site.example"
    root = lxml_html.fromstring(_listing(base))
    shown = [f"{base}/news/{slug}" for slug, _title in POSTS[:SHOWN]]
    assert data_teasers(root, f"{base}/news/", shown) == [f"{base}/news/{slug}" for slug, _ in POSTS[SHOWN:]]
    # One card named is a chance match, not the posts' field; data naming no card names nothing.
    assert data_teasers(root, f"{base}/news/", shown[:1]) == []
    assert data_teasers(root, f"{base}/news/", [f"{base}/news/other-a", f"{base}/news/other-b"]) == []
    paths = lxml_html.fromstring("<html><body><script>window.__DATA__={\"items\":[{\"path\":\"/blog/a/\"},"
                                 "{\"path\":\"/blog/b/\"},{\"path\":\"/blog/c/\"}]}</script></body></html>")
    assert data_teasers(paths, f"{base}/blog/", [f"{base}/blog/a/", f"{base}/blog/b/"]) == [f"{base}/blog/c/"]


def _next_listing(base: str) -> str:
    """Two cards, a "Load more" button, and every post in the page's __NEXT_DATA__ JSON with its writer's and topics'
    slugs and its picture beside its own slug."""
    cards = "".join(f"<div class='card'><h3><a href='{base}/news/{slug}'>{title}</a></h3><span>2 May 2024</span></div>"
                    for slug, title in POSTS[:SHOWN])
    data = {"props": {"pageProps": {"posts": [
        {"slug": slug, "title": title, "author": {"slug": "mira-holt", "name": "Mira Holt"},
         "topics": [{"slug": "river-walks"}, {"slug": "club-news"}], "cover": {"src": f"/img/{slug}.jpg"}}
        for slug, title in POSTS]}}, "page": "/news", "buildId": "b7c1"}
    return (f"<!DOCTYPE html><html lang='en'><head><title>News | Harbour Society</title></head><body><div id='__next'>"
            f"<nav><a href='{base}/'>Home</a><a href='{base}/news/'>News</a></nav><main><h1>News</h1>{cards}"
            f"<button>Load more</button></main></div><script id='__NEXT_DATA__' type='application/json'>"
            f"{json.dumps(data)}</script></body></html>")


def test_only_the_posts_own_field_of_next_data_names_posts(tmp_path):
    """The posts' `slug` and their writer's and topics' `slug` are different fields of the page's JSON: only the
    posts' are followed. Fails before: every `slug` of the data was taken for a post's (/news/mira-holt asked for)."""
    server = FaultServer()
    server.routes["/news/"] = page(_next_listing(server.base_url))
    for n, (slug, title) in enumerate(POSTS):
        server.routes[f"/news/{slug}"] = page(article_html(title, f"post{n}"))
    for slug in ("mira-holt", "river-walks", "club-news"):
        server.routes[f"/news/{slug}"] = page(article_html(slug.replace("-", " ").title(), slug))
    _run, requested = crawl_one_source(server, tmp_path, "society", "Harbour Society", "/news/")
    assert stored_paths(server, tmp_path) == {f"/news/{slug}" for slug, _title in POSTS}
    assert not requested & {"/news/mira-holt", "/news/river-walks", "/news/club-news"}
