"""A listing card names its post's writer on a line of its own, classed so and linking the writer's page
(`<p class="entry-author"><a>A. Writer</a></p>`), above the day it shows: the writer's link is the card's label, not
another page the card presents, so the card stays the post's teaser and its day dates the undated post."""
from __future__ import annotations

from pathlib import Path

from lxml import html as lxml_html

from news_archive.spiders.discovery import page_links
from news_archive.spiders.listing_dates import teaser_texts
from news_archive.spiders.navigation_regions import NavigationRegions
from fault_site import FaultServer, crawl_one_source, page, stored_column

POSTS = {"/stretching-at-home/": ("Stretching at home", "Październik 21, 2018", "2018-10-21"),
         "/rolling-the-back/": ("Rolling the back muscles", "Sierpień 14, 2018", "2018-08-14"),
         "/ankle-after-a-sprain/": ("The ankle after a sprain", "Czerwiec 2, 2018", "2018-06-02")}


def _card(path: str) -> str:
    title, shown, _day = POSTS[path]
    return (f"<article class='entry-item post type-post'><div class='entry-content'>"
            f"<h4 class='entry-title'><a href='{path}'>{title}</a></h4><div class='meta-box'>"
            f"<p class='entry-author pull-left'><a href='/author/admin/' title='Anna Berg'>mgr Anna Berg</a></p>"
            f"<span class='entry-meta'> / </span><span class='entry-date pull-left'>{shown}</span>"
            f"<span class='entry-meta'> / </span><span class='entry-categories'>"
            f"<a href='/category/advice/' rel='category'>advice</a></span></div>"
            f"<p>A few lines from the post on {title.lower()}, for readers who exercise at home…</p>"
            f"<a href='{path}' class='button'>Read more</a></div></article>")


LISTING = ("<html lang='pl'><head><title>Blog – Practice</title></head><body><header><a href='/'>Practice</a></header>"
           "<div id='main'><h1 class='page-title'>Blog</h1>" + "".join(_card(path) for path in POSTS)
           + "</div></body></html>")


def _post(path: str) -> str:
    """The post's page shows its weekday, day and month, no year, and no metadata dates it."""
    title = POSTS[path][0]
    text = "".join(f"<p>The exercise of this post, {title.lower()}, step {n}: stand straight, breathe in slowly and "
                   f"hold the position for ten seconds before you let go and rest.</p>" for n in range(1, 5))
    return (f"<html lang='pl'><head><title>{title} – Practice</title></head><body class='single single-post postid-7'>"
            f"<header><a href='/'>Practice</a></header><div id='main'><h1 class='page-title'>{title}</h1>"
            f"<div class='entry-date'><p>niedziela</p><strong>21</strong><span>Paź</span></div>"
            f"<div class='single-content'>{text}</div></div></body></html>")


def test_the_card_around_a_writer_line_is_the_teaser_of_its_post():
    root = lxml_html.fromstring(LISTING)
    regions = NavigationRegions(root)
    url = "http://s.example/blog/"
    texts = teaser_texts(root, url, page_links(root, url, regions), regions)
    assert "Październik 21, 2018" in texts["http://s.example/stretching-at-home/"][0].split("\n")


def test_undated_posts_take_the_day_their_card_shows_beside_the_writer_line(tmp_path: Path):
    """Fails before: the writer's link made each card present two pages, the card was no post's teaser, and the posts
    were stored undated."""
    server = FaultServer()
    server.routes["/blog/"] = page(LISTING)
    for path in POSTS:
        server.routes[path] = page(_post(path))
    crawl_one_source(server, tmp_path, "practice", "Practice", "/blog/")
    assert stored_column(server, tmp_path, "published") == {path: day for path, (_t, _s, day) in POSTS.items()}
