"""A WordPress site exported and served under a sub-path (`/forum/`): its posts and its static pages sit side by side
in that root folder, as at a host's root. A static page the menu links (the body's classes say `page`), dated and
typed like the posts and reached from the home page, is no article for sitting in the posts' folder."""
from __future__ import annotations

from fault_site import FaultServer, crawl_one_source, page, stored_paths

POSTS = [(f"/forum/day-{n}-recap/", f"Forum day {n} recap from the main stage") for n in range(1, 5)]
EVENT = "/forum/the-event/"
TEXT = ("Speakers from the hospitals and the companies around them talked about new treatments, the data behind "
        "them and what patients should expect next, session {n}.")


def _menu() -> str:
    # A page builder's header: boxes, no <header> nor <nav>.
    return "<div class='page-header'><div class='logo'><a href='/forum/'>World Forum home</a></div>" \
           "<div class='menu'><a href='/forum/news/'>News</a></div></div>"


def _head(title: str, day: int) -> str:
    return (f"<title>{title} - Forum</title><meta property='og:type' content='article'>"
            f"<meta property='article:published_time' content='2024-04-0{day}T10:00:00-04:00'>")


def _listing() -> str:
    teasers = "".join(f"<article class='post type-post'><h2><a href='{path}'>{title}</a></h2><p>{TEXT.format(n=n)}"
                      f"</p></article>" for n, (path, title) in enumerate(POSTS, 1))
    return (f"<html><head><title>News - Forum</title></head><body class='archive category category-news'>{_menu()}"
            f"<main><h1>News</h1>{teasers}</main></body></html>")


def _home() -> str:
    """The site's home page: the event's page and the latest posts, each a headline over a line."""
    boxes = "".join(f"<div class='box'><h2><a href='{path}'>{title}</a></h2><p>{TEXT.format(n=n)}</p></div>"
                    for n, (path, title) in enumerate([(EVENT, "The Event: three days in Boston"), *POSTS], 1))
    return f"<html><head><title>Forum</title></head><body class='home page'>{_menu()}<main>{boxes}</main></body></html>"


def _entry(title: str, day: int, body_class: str, kind: str) -> str:
    text = "".join(f"<p>{TEXT.format(n=f'{day}.{k}')}</p>" for k in range(3))
    return (f"<html><head>{_head(title, day)}</head><body class='{body_class}'>{_menu()}<main>"
            f"<article class='{kind}'><h1>{title}</h1>{text}</article></main></body></html>")


def test_a_static_page_beside_the_posts_at_a_sub_path_root_is_not_stored(tmp_path):
    """Fails before: the posts' family was the sub-path root, and a page in a learnt family was taken for an article
    whatever its CMS said, so "The Event" was stored beside the four posts."""
    server = FaultServer()
    server.routes["/forum/"] = page(_home())
    server.routes["/forum/news/"] = page(_listing())
    for n, (path, title) in enumerate(POSTS, 1):
        server.routes[path] = page(_entry(title, n, f"post-template-default single single-post postid-{n}",
                                          "post type-post"))
    server.routes[EVENT] = page(_entry("The Event", 9, "page-template-default page page-id-9", "page type-page"))
    _run, requested = crawl_one_source(server, tmp_path, "forum", "Forum", "/forum/news/")
    assert EVENT in requested
    assert stored_paths(server, tmp_path) == {path for path, _title in POSTS}
