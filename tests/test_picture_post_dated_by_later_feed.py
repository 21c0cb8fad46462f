"""A static generator's club site: each post shows its picture over its headline, then its text, which one post
leaves empty (a course's poster and its headline alone). No page shows a date or names a feed; the feed at the usual
address in the news folder dates the posts, and the crawl reads it only after the posts. The picture post the feed
dates is stored with no text; one the feed leaves out, and the site's pages showing a picture, are not."""
from __future__ import annotations

import sqlite_utils

from fault_site import FaultServer, crawl_one_source, page, stored_paths
from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.textless_posts import UNDATED_TEXTLESS

PROSE = ("<p>The spring season of the beginners' group starts in the small hall on the first Monday of the month. "
         "Bring loose clothes and a bottle of water; the club lends the rest until you have your own.</p>")
# path -> (headline, text): the feed names the first three.
POSTS = {"/news/new-site/": ("Our new site", PROSE),
         "/news/spring-course/": ("Spring course for beginners", ""),
         "/news/summer-camp/": ("Summer camp", PROSE.replace("spring", "summer").replace("Monday", "Friday"))}
UNFED = {"/news/old-poster/": ("An old poster", "")}
DATES = ["Sat, 01 Jan 2022 10:00:00 +0000", "Mon, 19 Oct 2020 09:00:00 +0000", "Sat, 18 Apr 2020 10:00:00 +0000"]
MENU = "<nav><a href='/'>Home</a><a href='/news/'>News</a><a href='/gallery/'>Gallery</a></nav>"


def _shell(title: str, inner: str) -> str:
    # No <article>, no post class, no date and no feed named anywhere: only the feed at the usual address dates posts.
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<header>{MENU}</header><main><section class='section'><div class='container'><div class='row'>"
            f"<div class='col-lg-8'>{inner}</div></div></div></section></main>"
            "<footer><ul><li><a href='/news/'>News</a></li><li><a href='/gallery/'>Gallery</a></li></ul></footer>"
            "</body></html>")


def _post(path: str, title: str, text: str) -> str:
    picture = f"<img src='/images{path.rstrip('/')}.webp' alt='{title}' class='img-fluid'>"
    return _shell(title, f"{picture}<h2 class='mb-4'>{title}</h2><div class='content'>{text}</div>")


def _listing() -> str:
    cards = "".join(f"<div class='col-lg-4'><div class='card'><a href='{path}'><img src='/images/{n}.webp' alt=''></a>"
                    f"<div class='card-body'><h4><a href='{path}'>{title}</a></h4>"
                    f"<a class='btn' href='{path}'>Read more</a></div></div></div>"
                    for n, (path, (title, _text)) in enumerate({**POSTS, **UNFED}.items()))
    return _shell("News", f"<h2>News</h2><div class='row'>{cards}</div>")


def _feed(base: str) -> str:
    items = "".join(f"<item><title>{title}</title><link>{base}{path}</link><pubDate>{day}</pubDate>"
                    f"<guid>{base}{path}</guid></item>" for (path, (title, _text)), day in zip(POSTS.items(), DATES))
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>News</title>"
            f"<link>{base}/news/</link>{items}</channel></rss>")


def test_a_listed_picture_post_the_feed_read_after_it_dates_is_stored(tmp_path):
    # Fails before: the picture post, read before its feed and showing its picture above its headline, was dropped
    # as "no text at all".
    server = FaultServer()
    server.routes["/news/"] = page(_listing())
    server.routes["/news/index.xml"] = page(_feed(server.base_url), content_type="application/rss+xml")
    for path, post in {**POSTS, **UNFED}.items():
        server.routes[path] = page(_post(path, *post))
    # The pages of the menu, one showing a picture over its headline and nothing else.
    server.routes["/gallery/"] = page(_post("/gallery/", "Gallery", ""))
    server.routes["/"] = page(_shell("Club", "<h2>Welcome</h2>" + PROSE))
    crawl_one_source(server, tmp_path, "club", "Club", "/news/")
    assert stored_paths(server, tmp_path) == set(POSTS)
    rows = {row["url"].removeprefix(server.base_url): row
            for row in sqlite_utils.Database(tmp_path / "a.db")["articles"].rows}
    assert (rows["/news/spring-course/"]["title"], rows["/news/spring-course/"]["body"]) == \
        ("Spring course for beginners", "")
    assert rows["/news/spring-course/"]["published"].startswith("2020-10-19")
    skipped = {row["url"].removeprefix(server.base_url): row["detail"]
               for row in sqlite_utils.Database(tmp_path / "a.db")["crawl_pages_skipped"].rows}
    assert skipped["/news/old-poster/"] == UNDATED_TEXTLESS


def _page_over_headline(above: str) -> str:
    return _shell("Spring course", f"{above}<h2>Spring course</h2><div class='content'></div>")


def test_only_a_picture_right_above_the_headline_is_the_posts_own():
    """A listed, dated page of no words is a post of its picture when the picture sits right over its headline; a
    banner parted from the headline by a line of text is the site's."""
    def verdict(above: str) -> str:
        return extract_article(_page_over_headline(above), "http://club.example/news/spring-course/",
                               listed_as_article=True, listing_day="2020-10-19").page_type

    assert verdict("<img src='/images/course.webp' alt=''>") == "article"
    assert verdict("<figure><img src='/images/course.webp' alt=''><figcaption>The course poster</figcaption>"
                   "</figure>") == "article"
    assert verdict("<img src='/images/banner.webp' alt=''><p class='crumbs'>Club news</p>") == "empty"
