"""The same site gives the same archive whatever the order its pages answer in (a loaded machine, a slow server).

A roundup post lists four posts as entries of their own and links the next post as WordPress does (`rel="next"`):
taken for a listing, its "next page" is that post. Whether the news listing's second page, which shows the post
too, answers before the roundup or after must not decide whether the post is archived.
"""
from __future__ import annotations

from fault_site import FaultServer, article_html, crawl_one_source, page, slowly, stored_paths

POSTS = {  # path -> headline; the listing's first page shows the first four, its second page the others
    "/2024/05/20/weekly-roundup/": "Our week in four posts",
    "/2024/05/17/orchard-pruning/": "Pruning the orchard",
    "/2024/05/15/new-beehives/": "Two new beehives",
    "/2024/05/13/pond-cleaning/": "Cleaning the pond",
    "/2024/05/10/seed-library/": "A seed library at the school",
    "/2024/05/08/hedge-planting/": "Planting a hedge of hawthorn",
    "/2024/05/06/compost-course/": "A course on compost",
}
ROUNDUP, NEXT_POST = "/2024/05/20/weekly-roundup/", "/2024/05/10/seed-library/"


def _listing(paths: list[str], pager: str) -> str:
    teasers = "".join(f"<article><h2><a href='{path}'>{POSTS[path]}</a></h2><p>{path[1:11]}: a few words.</p></article>"
                      for path in paths)
    return (f"<!DOCTYPE html><html lang='en'><head><title>News | Allotments</title></head><body><nav><a href='/'>Home"
            f"</a></nav><main><h1>News</h1>{teasers}<nav class='pagination'>{pager}</nav></main></body></html>")


def _roundup() -> str:
    entries = "".join(f"<div class='hentry'><h2 class='entry-title'><a href='{path}'>{POSTS[path]}</a></h2>"
                      f"<p>Read how it went.</p></div>" for path in list(POSTS)[1:5])
    return (f"<!DOCTYPE html><html lang='en'><head><title>{POSTS[ROUNDUP]} | Allotments</title>"
            f"<link rel='next' href='{NEXT_POST}'></head><body><main><h1>{POSTS[ROUNDUP]}</h1>{entries}"
            f"<a rel='next' href='{NEXT_POST}'>Next post</a></main></body></html>")


def _crawl(tmp_path, slow_path: str) -> set[str]:
    server = FaultServer()
    paths = list(POSTS)
    routes = {"/news/": _listing(paths[:4], "<a href='/news/page/2/'>Older posts</a>"),
              "/news/page/2/": _listing(paths[4:], "<a href='/news/'>Newer posts</a>"), ROUNDUP: _roundup()}
    for path in paths[1:]:
        routes[path] = article_html(POSTS[path], path.strip("/").replace("/", "-"))
    for path, text in routes.items():
        server.routes[path] = slowly(page(text), 1.0) if path == slow_path else page(text)
    folder = tmp_path / slow_path.strip("/").replace("/", "-")
    folder.mkdir()
    crawl_one_source(server, folder, "allotments", "Allotments", "/news/")
    return stored_paths(server, folder)


def test_a_post_the_roundup_links_as_next_is_archived_whichever_answers_first(tmp_path):
    # Fails before: with the listing's second page slow, the roundup's "next" link asked for the post first, as a
    # listing page, and it was never stored; with the roundup slow, the listing's teaser asked for it and it was.
    listing_slow = _crawl(tmp_path, "/news/page/2/")
    roundup_slow = _crawl(tmp_path, ROUNDUP)
    assert listing_slow == roundup_slow == set(list(POSTS)[1:])
