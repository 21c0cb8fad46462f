"""Feeds, sitemaps and robots.txt: the item links they give, and the sitemaps and feed items that list no posts."""
from __future__ import annotations

import lxml.html
import pytest

from news_archive.spiders.feed_document import read_feed
from news_archive.spiders.decisions import SourceDecisions
from news_archive.spiders.site_maps import feed_kind, lists_no_posts, robots_sitemaps, sub_path_robots, xml_links


def test_feeds_and_sitemaps_give_their_item_links():
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><link>http://s/</link>
      <item><link>http://s/en/2024/01/02/a/</link></item><item><link>http://s/en/2024/01/01/b/</link></item></channel></rss>"""
    atom = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><link href="http://s/"/>
      <entry><link rel="alternate" href="http://s/a"/></entry></feed>"""
    sitemap = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <url><loc>http://s/x/</loc></url><url><loc>http://s/y/</loc></url></urlset>"""
    assert (feed_kind(rss), xml_links(read_feed(rss), "http://s/feed/")) == ("rss", ["http://s/en/2024/01/02/a/", "http://s/en/2024/01/01/b/"])
    assert (feed_kind(atom), xml_links(read_feed(atom), "http://s/feed/")) == ("atom", ["http://s/a"])
    assert (feed_kind(sitemap), xml_links(read_feed(sitemap), "http://s/sitemap.xml")) == ("sitemap", ["http://s/x/", "http://s/y/"])
    assert feed_kind(b"<!doctype html><html></html>") is None


def test_a_saved_feed_opening_on_a_blank_line_and_a_byte_order_mark_is_still_a_feed():
    # Fails before: a mirror's copy of WordPress' /feed/ (served as a page) opens on a newline and a BOM before its
    # XML declaration; it read as a page and was stored as an article, its items unread.
    rss = (b'\n\xef\xbb\xbf<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><link>http://s/</link>'
           b"<item><link>http://s/carnival-2020/</link></item></channel></rss>")
    assert (feed_kind(rss), xml_links(read_feed(rss), "http://s/feed/")) == ("rss", ["http://s/carnival-2020/"])


def test_a_json_feed_opening_on_a_byte_order_mark_is_still_a_json_feed():
    # Fails before: feed_kind read the raw bytes, so the mark hid the object that read_feed parses.
    feed = b'\n\xef\xbb\xbf{"version": "https://jsonfeed.org/version/1.1", "items": [{"url": "http://s/a/"}]}'
    assert feed_kind(feed) == "json"
    assert read_feed(feed).json["items"] == [{"url": "http://s/a/"}]


def test_robots_txt_sitemap_lines():
    robots = b"User-agent: *\nDisallow: /wp-admin/\nSitemap: http://s/sitemap.xml\nsitemap: /news-sitemap.xml\n"
    assert robots_sitemaps(robots, "http://s/robots.txt") == ["http://s/sitemap.xml", "http://s/news-sitemap.xml"]


@pytest.mark.parametrize("sitemap", [
    "http://s/page-sitemap.xml", "http://s/category-sitemap.xml", "http://s/post_tag-sitemap2.xml",
    "http://s/author-sitemap.xml.gz", "http://s/wp-sitemap-posts-page-1.xml", "http://s/wp-sitemap-users-1.xml",
    "http://s/wp-sitemap-taxonomies-category-1.xml", "http://s/wp-sitemap-taxonomies-post_tag-2.xml",
])
def test_sitemaps_of_a_blog_engines_static_pages_topics_and_authors_are_not_read(sitemap):
    assert lists_no_posts(sitemap)


@pytest.mark.parametrize("sitemap", [
    "http://s/post-sitemap.xml", "http://s/post-sitemap2.xml", "http://s/wp-sitemap-posts-post-1.xml",
    "http://s/sitemap.xml", "http://s/news-sitemap.xml", "http://s/sitemap-pages.xml", "http://s/page-sitemap/news.xml",
    "http://s/wp-sitemap-posts-news-1.xml",
])
def test_sitemaps_that_may_list_posts_are_read(sitemap):
    assert not lists_no_posts(sitemap)


def test_robots_txt_is_also_read_in_the_sub_path_a_site_is_served_under():
    assert sub_path_robots(["http://s/project-site/news/", "http://s/project-site/en/news/", "http://s/news/"]) == [
        "http://s/project-site/robots.txt"]


def test_a_comments_feeds_items_present_no_page_as_news():
    """A blog's home page offers its posts' feed and its comments feed; a comment's item links to a place in the
    page it is on (`#comment-12`), a static page as readily as a post, and so shows no page as news."""
    rss = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Kommentarer</title>' + "".join(
        f"<item><title>Svar på {n}</title><link>{url}</link></item>" for n, url in enumerate(
            ["http://s/2013/01/inlagg-1/#comment-40", "/larmiljo/metoden/#comment-41", "/larmiljo/verktyg/#comment-42"]))
           + "</channel></rss>").encode()
    comments = xml_links(read_feed(rss), "http://s/comments/feed/")
    assert comments == ["http://s/2013/01/inlagg-1/#comment-40", "http://s/larmiljo/metoden/#comment-41",
                        "http://s/larmiljo/verktyg/#comment-42"]
    decisions = SourceDecisions(lambda url, why: None)
    posts = [f"http://s/2013/0{n}/inlagg-{n}/" for n in range(1, 4)]
    assert decisions.from_feed(posts, depth=0, sitemap=False) == []  # no listing has shown their family yet
    assert decisions.from_feed(comments, depth=0, sitemap=False) == []
    # None did: the feed is the only discovery, its items the posts; of the comments' places, the posts' own.
    assert [url for url, _ in decisions.release()] == [*posts, "http://s/2013/01/inlagg-1/#comment-40"]
    page = lxml.html.fromstring('<html><body class="page-template-default page page-id-7"><h1>Metoden</h1></body></html>')
    assert not decisions.presents_as_article("http://s/larmiljo/metoden/")
    assert decisions.static_page(page, "http://s/larmiljo/metoden/")
