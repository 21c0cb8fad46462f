"""A WordPress site exported and served under a sub-path (`/forum/`): its posts and its static pages sit side by side
in that root folder, as at a host's root. A static page the menu links (the body's classes say `page`), dated and
typed like the posts and reached from the home page, is no article for sitting in the posts' folder; nor is it in the
root's language folder (`/forum/en/`), where such a site keeps its translated posts and pages side by side."""
from __future__ import annotations

import pytest

from fault_site import FaultServer, crawl_one_source, page, stored_paths

TEXT = ("Speakers from the hospitals and the companies around them talked about new treatments, the data behind "
        "them and what patients should expect next, session {n}.")


def _posts(root: str) -> list[tuple[str, str]]:
    return [(f"{root}day-{n}-recap/", f"Forum day {n} recap from the main stage") for n in range(1, 5)]


def _menu(root: str) -> str:
    # A page builder's header: boxes, no <header> nor <nav>.
    return f"<div class='page-header'><div class='logo'><a href='{root}'>World Forum home</a></div>" \
           f"<div class='menu'><a href='{root}news/'>News</a></div></div>"


def _head(title: str, day: int) -> str:
    return (f"<title>{title} - Forum</title><meta property='og:type' content='article'>"
            f"<meta property='article:published_time' content='2024-04-0{day}T10:00:00-04:00'>")


def _listing(root: str) -> str:
    teasers = "".join(f"<article class='post type-post'><h2><a href='{path}'>{title}</a></h2><p>{TEXT.format(n=n)}"
                      f"</p></article>" for n, (path, title) in enumerate(_posts(root), 1))
    return (f"<html><head><title>News - Forum</title></head><body class='archive category category-news'>{_menu(root)}"
            f"<main><h1>News</h1>{teasers}</main></body></html>")


def _home(root: str) -> str:
    """The site's home page: the event's page and the latest posts, each a headline over a line."""
    shown = [(f"{root}the-event/", "The Event: three days in Boston"), *_posts(root)]
    boxes = "".join(f"<div class='box'><h2><a href='{path}'>{title}</a></h2><p>{TEXT.format(n=n)}</p></div>"
                    for n, (path, title) in enumerate(shown, 1))
    return f"<html><head><title>Forum</title></head><body class='home page'>{_menu(root)}<main>{boxes}</main></body></html>"


def _entry(root: str, title: str, day: int, body_class: str, kind: str) -> str:
    text = "".join(f"<p>{TEXT.format(n=f'{day}.{k}')}</p>" for k in range(3))
    return (f"<html><head>{_head(title, day)}</head><body class='{body_class}'>{_menu(root)}<main>"
            f"<article class='{kind}'><h1>{title}</h1>{text}</article></main></body></html>")


@pytest.mark.parametrize("root", ["/forum/", "/forum/en/"])
def test_a_static_page_beside_the_posts_at_a_sub_path_root_is_not_stored(tmp_path, root):
    """Fails before: the posts' family was the sub-path root, and a page in a learnt family was taken for an article
    whatever its CMS said, so "The Event" was stored beside the four posts (in `/forum/en/` until the root's language
    folder was taken for a folder holding every page of that language)."""
    server = FaultServer()
    event = f"{root}the-event/"
    server.routes[root] = page(_home(root))
    server.routes[f"{root}news/"] = page(_listing(root))
    for n, (path, title) in enumerate(_posts(root), 1):
        server.routes[path] = page(_entry(root, title, n, f"post-template-default single single-post postid-{n}",
                                          "post type-post"))
    server.routes[event] = page(_entry(root, "The Event", 9, "page-template-default page page-id-9", "page type-page"))
    _run, requested = crawl_one_source(server, tmp_path, "forum", "Forum", f"{root}news/")
    assert event in requested
    assert stored_paths(server, tmp_path) == {path for path, _title in _posts(root)}
