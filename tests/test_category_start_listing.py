"""A WordPress-like blog with two categories, a "Recent posts" side box on every page and previous/next links between
posts of both: a start URL that is one category's archive stores that category's posts, not the other's."""
from __future__ import annotations

import sqlite_utils
from lxml import html as lxml_html

from news_archive.spiders.categories import archive_categories
from news_archive.spiders.decisions import SourceDecisions
from news_archive.spiders.navigation_regions import NavigationRegions
from fault_site import FaultServer, crawl_one_source, page, stored_paths

# (path, post id, categories, title), newest first: the harbour news and the rowing club's posts, interleaved.
POSTS = [
    ("/harbour-news/new-crane-on-the-east-quay/", 30, ("harbour-news",), "A new crane stands on the east quay"),
    ("/harbour-news/ferry-timetable-changes/", 29, ("harbour-news",), "The ferry timetable changes in May"),
    ("/rowing/spring-regatta-results/", 28, ("rowing",), "Results of the spring regatta on the bay"),
    ("/harbour-news/lighthouse-gets-new-lamps/", 27, ("harbour-news",), "The old lighthouse gets new lamps"),
    ("/rowing/new-boats-for-the-juniors/", 26, ("rowing",), "New boats for the junior rowers"),
    ("/rowing/dredging-works-close-the-inner-basin/", 25, ("rowing", "harbour-news"),
     "Dredging works close the inner basin for a week"),
    ("/rowing/club-dinner-in-the-boathouse/", 24, ("rowing",), "The club dinner moves to the boathouse"),
    ("/harbour-news/pier-repairs-finished/", 23, ("harbour-news",), "Repairs of the north pier are finished"),
    ("/rowing/winter-training-starts/", 22, ("rowing",), "Winter training starts on the river"),
]
HARBOUR = [post for post in POSTS if "harbour-news" in post[2]]
# Reached through the side box, the previous/next links and a link in a listed post's text, never the listing's teasers.
ROWING_ONLY = {path for path, _id, categories, _title in POSTS if categories == ("rowing",)}
PER_PAGE = 3
SENTENCES = ("The port authority wrote to the residents of the old town about the work planned for the season. "
             "Boats will keep their moorings, and the café on the quay stays open every day of the week. ")


def _recent_posts() -> str:
    """The theme's side box: the five newest posts of every category."""
    items = "".join(f"<li><a href='{path}'>{title}</a></li>" for path, _id, _cats, title in POSTS[:5])
    return (f"<div id='secondary'><aside class='widget widget_recent_entries'><h1 class='widget-title'>Recent posts"
            f"</h1><ul>{items}</ul></aside></div>")


def _entry_classes(post_id: int, categories: tuple[str, ...]) -> str:
    return f"post-{post_id} post type-post status-publish hentry " + " ".join(f"category-{c}" for c in categories)


def _category_links(categories: tuple[str, ...]) -> str:
    return ", ".join(f"<a href='/category/{c}/' rel='category tag'>{c.replace('-', ' ').title()}</a>" for c in categories)


def _listing_page(number: int, pages: int, whole_news: bool) -> str:
    body_class = "blog" if whole_news else "archive category category-harbour-news category-4"
    entries = ""
    for path, post_id, categories, title in HARBOUR[(number - 1) * PER_PAGE:number * PER_PAGE]:
        # The listing prints each post whole: a link in its text to another category's post stands on a line alone.
        aside = "<blockquote class='wp-embedded-content'><p><a href='/rowing/spring-regatta-results/'>Results of the " \
            "spring regatta on the bay</a></p></blockquote>" \
            if post_id == 27 else ""
        entries += (f"<article id='post-{post_id}' class='{_entry_classes(post_id, categories)}'><header>"
                    f"<span class='cat-links'>{_category_links(categories)}</span>"
                    f"<h1 class='entry-title'><a href='{path}' rel='bookmark'>{title}</a></h1></header>"
                    f"<div class='entry-content'><p>{SENTENCES}</p>{aside}</div></article>")
    base = "/news/" if whole_news else "/category/harbour-news/"
    pager = "".join(f"<a class='page-numbers' href='{base}page/{n}/'>{n}</a>" if n > 1 else
                    f"<a class='page-numbers' href='{base}'>1</a>" for n in range(1, pages + 1) if n != number)
    return (f"<!DOCTYPE html><html lang='en'><head><title>Harbour news | Bay Town</title></head>"
            f"<body class='{body_class}'><header><nav class='primary-navigation'><ul><li><a href='/'>Home</a></li>"
            f"<li><a href='/category/harbour-news/'>Harbour news</a></li><li><a href='/category/rowing/'>Rowing</a>"
            f"</li></ul></nav></header><div id='primary'><main id='main'>{entries}"
            f"<nav class='navigation paging-navigation'><div class='pagination loop-pagination'>{pager}</div></nav>"
            f"</main></div>{_recent_posts()}</body></html>")


def _post_page(position: int) -> str:
    path, post_id, categories, title = POSTS[position]
    older = f"<a href='{POSTS[position + 1][0]}' rel='prev'>Previous post</a>" if position + 1 < len(POSTS) else ""
    newer = f"<a href='{POSTS[position - 1][0]}' rel='next'>Next post</a>" if position > 0 else ""
    text = "".join(f"<p>{SENTENCES}This is part {n} of the story about {title.lower()}.</p>" for n in range(1, 4))
    return (f"<!DOCTYPE html><html lang='en'><head><title>{title} | Bay Town</title>"
            f"<meta property='og:type' content='article'><link rel='canonical' href='{path}'></head>"
            f"<body class='post-template-default single single-post postid-{post_id} singular'><div id='primary'>"
            f"<main id='main'><article id='post-{post_id}' class='{_entry_classes(post_id, categories)}'><header>"
            f"<span class='cat-links'>{_category_links(categories)}</span><h1 class='entry-title'>{title}</h1>"
            f"<time class='entry-date' datetime='2024-04-{post_id - 20:02d}T09:00:00+00:00'>April {post_id - 20}, 2024"
            f"</time></header><div class='entry-content'>{text}</div></article>"
            f"<nav class='navigation post-navigation'><div class='nav-links'>{older}{newer}</div></nav></main></div>"
            f"{_recent_posts()}</body></html>")


def _site(whole_news: bool = False) -> FaultServer:
    server = FaultServer()
    pages = -(-len(HARBOUR) // PER_PAGE)
    base = "/news/" if whole_news else "/category/harbour-news/"
    for number in range(1, pages + 1):
        server.routes[base if number == 1 else f"{base}page/{number}/"] = page(_listing_page(number, pages, whole_news))
    for position, (path, *_rest) in enumerate(POSTS):
        server.routes[path] = page(_post_page(position))
    return server


def test_a_category_archive_given_as_start_url_stores_that_categorys_posts_alone(tmp_path):
    """Fails before: the rowing club's posts, reached through the side box and previous/next links, were stored."""
    server = _site()
    run, _read = crawl_one_source(server, tmp_path, "bay", "Bay Town", "/category/harbour-news/")
    assert stored_paths(server, tmp_path) == {path for path, *_rest in HARBOUR}
    assert run.status == "ok"
    skipped = {row["url"].removeprefix(server.base_url): row["reason"]
               for row in sqlite_utils.Database(tmp_path / "a.db")["crawl_pages_skipped"].rows}
    assert {path for path, reason in skipped.items() if reason == "another category's post"} == ROWING_ONLY


def test_a_whole_news_listing_given_as_start_url_keeps_every_categorys_posts(tmp_path):
    """A start listing that is no category's archive is the blog's news: the posts its side box and previous/next
    links lead to are stored as before, whatever their category."""
    server = _site(whole_news=True)
    crawl_one_source(server, tmp_path, "bay", "Bay Town", "/news/")
    assert stored_paths(server, tmp_path) == {path for path, *_rest in POSTS}


def _judge(start_listing: str, post: str, post_url: str = "http://bay.example/harbour-news/a-post/") -> bool:
    """Whether a source whose start listing is `start_listing` (at /category/harbour-news/) judges `post` another
    category's, no listing's teaser having shown it."""
    site = "http://bay.example"
    decisions = SourceDecisions(lambda url, why: None, [f"{site}/category/harbour-news/"])
    listing = lxml_html.fromstring(start_listing)
    decisions.note_news_listing("start", archive_categories(listing, f"{site}/category/harbour-news/"))
    root = lxml_html.fromstring(post)
    return decisions.another_category(root, post_url, NavigationRegions(root))


def test_a_subcategorys_post_is_the_parent_categorys():
    """The parent's archive lists its subcategories' posts, which name the child alone in their classes; the child's
    listing sits under the parent's address."""
    archive = "<html><body class='archive category category-harbour-news'><main></main></body></html>"
    child = ("<html><body class='single single-post postid-7'><article id='post-7' class='post-7 post type-post "
             "category-ferries'><a href='/category/harbour-news/ferries/' rel='category tag'>Ferries</a><p>Text</p>"
             "</article></body></html>")
    assert not _judge(archive, child)
    other = child.replace("/category/harbour-news/ferries/", "/category/rowing/")
    assert _judge(archive, other)
    # No category declared: judged as ever. A start listing that is no category's archive: every category is news.
    assert not _judge(archive, "<html><body class='single postid-7'><article id='post-7'><p>Text</p></article></body></html>")
    assert not _judge("<html><body class='blog'><main></main></body></html>", other)


def test_the_rule_waits_for_every_start_listing():
    """With a category's archive and the blog's whole listing as start URLs, a post met before the whole listing
    answered is judged as ever: that listing, once read, makes every category's posts the source's."""
    site = "http://bay.example"
    decisions = SourceDecisions(lambda url, why: None, [f"{site}/category/harbour-news/", f"{site}/blog/"])
    archive = lxml_html.fromstring("<html><body class='archive category category-harbour-news'></body></html>")
    decisions.note_news_listing("start", archive_categories(archive, f"{site}/category/harbour-news/"))
    post = lxml_html.fromstring("<html><body class='single postid-7'><article id='post-7' class='post-7 post "
                                "type-post category-rowing'><p>Text</p></article></body></html>")
    assert not decisions.another_category(post, f"{site}/rowing/a-post/", NavigationRegions(post))
