"""A teaser whose wrapper names the post's category in its classes (WordPress' post_class(): `hentry type-post
category-social-media`) is a teaser, not a social-sharing box: the post it links is found. An element named like a menu
(`category-menu`) with no post's classes stays navigation."""
from __future__ import annotations

import lxml.html

from news_archive.spiders.navigation_regions import NavigationRegions
from fault_site import FaultServer, article_html, crawl_one_source, page

POSTS = [("/2025/11/07/radio-interview/", "Radio interview with the chair", "social-media"),
         ("/2025/10/17/october-letter/", "October letter to the members", "newsletters"),
         ("/2025/10/02/first-aid-course/", "First aid course in the town hall", "trainings"),
         ("/2025/09/12/walk-by-the-river/", "Walk by the river raised funds", "social-menu-nights")]


def _teaser(path: str, title: str, category: str, base: str) -> str:
    return (f'<article id="post-{len(path)}" class="et_pb_post clearfix post type-post status-publish hentry '
            f'category-{category}"><h3 class="entry-title"><a href="{base}{path}">{title}</a></h3>'
            f'<p class="post-meta"><span class="published">Nov 7, 2025</span> | '
            f'<a href="{base}/category/{category}/" rel="tag">{category}</a></p><div class="post-content">'
            f'<p>The volunteers told the listeners how the network helps families in the county...</p></div></article>')


def _listing(base: str) -> str:
    teasers = "".join(_teaser(path, title, category, base) for path, title, category in POSTS)
    return (f"<html><head><title>News | The network</title></head><body><header><a href='{base}/'>The network</a>"
            f"</header><div id='main-content'><div class='et_pb_blog_grid'>{teasers}</div></div>"
            f"<div class='category-menu'><a href='{base}/category/newsletters/'>Newsletters</a></div></body></html>")


def test_a_teaser_naming_a_social_category_is_no_navigation():
    """Fails before: the teaser of the post filed under "Social Media" counted as a social-sharing box."""
    root = lxml.html.fromstring(_listing("http://network.example"))
    regions = NavigationRegions(root)
    headlines = {a.get("href"): regions.contains(a) for a in root.iter("a") if a.getparent().tag == "h3"}
    assert list(headlines.values()) == [False] * len(POSTS)
    [menu_link] = [a for a in root.iter("a") if a.getparent().get("class") == "category-menu"]
    assert regions.contains(menu_link)


def test_every_post_of_a_listing_is_found_whatever_its_category_is_called(tmp_path):
    """Fails before: 2 of 4 posts (those filed under "social-media" and "social-menu-nights" were never fetched)."""
    server = FaultServer()
    base = server.base_url
    server.routes["/news/"] = page(_listing(base))
    for n, (path, title, _category) in enumerate(POSTS, 1):
        server.routes[path] = page(article_html(title, f"post{n}"))
    run, _asked = crawl_one_source(server, tmp_path, "network", "The network", start="/news/")
    assert run.articles_new == len(POSTS)
