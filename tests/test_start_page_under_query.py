"""A site's start page is never stored as an article: not at its own address, nor under a query a static host
ignores (a `/?p=N` shortlink a WordPress import left in the news listing, answered with the home page)."""
from __future__ import annotations

import pytest
from scrapy.exceptions import DropItem

from fault_site import FaultServer, crawl_one_source, page, stored_paths
from news_archive.archive.record import ArticleItem
from news_archive.pipelines.clean import clean_item

POSTS = {
    "/2023/05/board-meeting/": ("New board for the foundation", "May 2, 2023"),
    "/2022/09/map-day/": ("Report of our open map day", "Sep 14, 2022"),
    "/2021/11/winter-drinks/": ("Winter drinks with the mapping community", "Nov 20, 2021"),
}
SHORTLINK = "/?p=41/"
PROSE = ("The foundation brings together people who build and use open geographic software, and every season it "
         "invites members, students and companies to share what they learned with one another.")


def _card(path: str, title: str, day: str) -> str:
    return (f'<li class="post_item"><div class="excerpt"><h3 class="post_link"><a href="{path}">{title}</a></h3>'
            f'<div class="post_meta"><span class="post_date">{day}</span></div>'
            f'<div class="pale"><p>A short teaser of the post.</p>'
            f'<a href="{path}" class="excerpt_more">Read More</a></div></div></li>')


def _shell(title: str, kind: str, canonical: str, main: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><title>{title} | Open Maps Foundation</title>'
            f'<meta property="og:type" content="{kind}"><link rel="canonical" href="{canonical}"></head>'
            f'<body><header><nav><a href="/">Home</a> <a href="/news/">News</a></nav></header>'
            f"<main>{main}</main><footer><p>Open Maps Foundation</p></footer></body></html>")


def _home() -> str:
    latest = "".join(f'<div class="recent"><a href="{path}">{title}</a> <span class="post_date">{day}</span></div>'
                     for path, (title, day) in POSTS.items())
    return _shell("Home", "website", "/", f'<article class="post_content"><h1 class="post_title">Welcome to the '
                                          f'Open Maps Foundation</h1><div class="post_body"><p>{PROSE}</p>'
                                          f"<p>{PROSE}</p></div></article><section>{latest}</section>")


def _post(path: str, title: str, day: str) -> str:
    return _shell(title, "article", path, f'<article class="post_content"><h1 class="post_title">{title}</h1>'
                                          f'<div class="post_meta"><span class="post_date">{day}</span></div>'
                                          f'<div class="post_body"><p>{PROSE} This time: {title.lower()}.</p>'
                                          f"<p>{PROSE}</p></div></article>")


def test_a_shortlink_answered_with_the_home_page_is_not_stored(tmp_path):
    """Fails before: the home page, fetched at the listing's `/?p=41/` link, was stored as an article (dated by its
    newest post's line), its canonical naming the root taken for a template's mistake."""
    server = FaultServer()
    cards = "".join(_card(path, title, day) for path, (title, day) in POSTS.items())
    server.routes["/news/"] = page(_shell("News", "website", "/news/",
                                          f'<ul class="posts">{cards}{_card(SHORTLINK, "Our history", "Nov 30, 2001")}'
                                          "</ul>"))
    server.routes["/"] = page(_home())  # the server ignores the query, as a static host does
    for path, (title, day) in POSTS.items():
        server.routes[path] = page(_post(path, title, day))
    run, _asked = crawl_one_source(server, tmp_path, "maps", "Open Maps Foundation", "/news/")
    assert run.status == "ok"
    assert stored_paths(server, tmp_path) == set(POSTS)


def test_the_start_page_is_no_article_whatever_it_shows():
    """Fails before: the home page's welcome text under its own headline, dated by its newest post, was an article."""
    for url in ("https://maps.example/", "https://maps.example/index.html"):
        with pytest.raises(DropItem, match="the site's start page"):
            clean_item(ArticleItem(source="maps", url=url, html=_home(), fetched_at="2024-03-05T10:00:00+00:00"))
    # Posts, one at a root slug shaped like a language folder (`/mi-pyt/`, as `pt-br`), are kept.
    for post in ("https://maps.example/2023/05/board-meeting/", "https://maps.example/mi-pyt/"):
        stored = clean_item(ArticleItem(source="maps", url=post, html=_post("/2023/05/board-meeting/",
                                                                            *POSTS["/2023/05/board-meeting/"]),
                                        fetched_at="2024-03-05T10:00:00+00:00"))
        assert stored.title == "New board for the foundation"
