"""A blog engine names its comments feed beside its posts' feed in every page's head, under the same fixed address
whatever the site's language: its items are readers' comments (places within pages), no post, so it is not asked for."""
from __future__ import annotations

import pytest

from fault_site import FaultServer, article_html, crawl_one_source, page, stored_paths
from news_archive.spiders.site_maps import lists_no_posts

POSTS = [f"/2024/03/nyhet-{n}/" for n in range(1, 4)]


@pytest.mark.parametrize("feed", [
    "http://s/comments/feed/", "http://s/en/comments/feed/index.html", "http://s/comments/feed/atom/",
    "http://s/?feed=comments-rss2", "http://s/index.php?lang=pt&feed=comments-atom",
    "http://s/feeds/comments/default", "http://s/feeds/4417/comments/default",
])
def test_a_blog_engines_comments_feed_lists_no_posts(feed):
    assert lists_no_posts(feed)


@pytest.mark.parametrize("feed", [
    "http://s/feed/", "http://s/news/feed/", "http://s/category/comments/", "http://s/comments-on-the-law/feed/",
    "http://s/?feed=rss2", "http://s/feeds/posts/default", "http://s/2024/03/comments-please/",
])
def test_a_feed_of_posts_is_read(feed):
    assert not lists_no_posts(feed)


def _site() -> FaultServer:
    server = FaultServer()
    feeds = ("<link rel='alternate' type='application/rss+xml' title='Felpartner' href='/feed/'>"
             "<link rel='alternate' type='application/rss+xml' title='Felpartner, svar' href='/comments/feed/'>")
    teasers = "".join(f"<li><h2><a href='{path}'>Nyhet nummer {n} om partnerns arbete</a></h2></li>"
                      for n, path in enumerate(POSTS, 1))
    server.routes["/nyheter/"] = page(f"<html lang='sv'><head><title>Nyheter</title>{feeds}</head><body><main>"
                                      f"<h1>Nyheter</h1><ul>{teasers}</ul></main></body></html>")
    for n, path in enumerate(POSTS, 1):
        server.routes[path] = page(article_html(f"Nyhet nummer {n} om partnerns arbete", f"nyhet{n}"))
    items = "".join(f"<item><title>Nyhet {n}</title><link>{server.base_url}{path}</link></item>"
                    for n, path in enumerate(POSTS, 1))
    server.routes["/feed/"] = page(f"<?xml version='1.0'?><rss version='2.0'><channel><link>{server.base_url}/nyheter/"
                                   f"</link>{items}</channel></rss>", "application/rss+xml")
    comments = "".join(f"<item><title>Svar {n}</title><link>{server.base_url}{path}#comment-{n}</link></item>"
                       for n, path in enumerate(POSTS, 1))
    server.routes["/comments/feed/"] = page(f"<?xml version='1.0'?><rss version='2.0'><channel><link>{server.base_url}"
                                            f"/</link>{comments}</channel></rss>", "application/rss+xml")
    return server


def test_the_comments_feed_a_listing_names_is_not_fetched(tmp_path):
    """Fails before: the comments feed was asked for beside the posts' feed, and every post read meanwhile waited
    for it; the posts are stored the same."""
    server = _site()
    _run, requested = crawl_one_source(server, tmp_path, "felpartner", "Felpartner", "/nyheter/")
    assert "/feed/" in requested
    assert "/comments/feed/" not in requested
    assert stored_paths(server, tmp_path) == set(POSTS)
