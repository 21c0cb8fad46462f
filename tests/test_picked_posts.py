"""A WordPress-like site whose news page is one of its static pages with a grid of the news category's posts, and whose
posts' previous/next links run through every post of the blog: the paper records and a flyer filed under other
categories, which no grid shows, are no news."""
from __future__ import annotations

import sqlite_utils

from fault_site import FaultServer, crawl_one_source, crawl_source, page, stored_paths

# (path, post id, categories, title), newest first: the lab's news and its paper records, interleaved.
POSTS = [
    ("/field-study-ends-in-march/", 40, ("news",), "Our field study ends in March"),
    ("/paper-quiet-rooms-at-work/", 39, ("papers", "long-paper"), "Quiet rooms at work: a field study"),
    ("/talk-at-the-spring-meeting/", 38, ("news", "talks"), "A talk at the spring meeting of the society"),
    ("/advisory-board-meets-again/", 37, ("news",), "The advisory board meets for the second time"),
    ("/paper-headsets-in-open-offices/", 36, ("papers", "short-paper", "talks"),
     "Headsets in open offices: who wears them"),
    ("/our-project-flyer-online/", 35, ("misc",), "Our project flyer, online"),
    ("/workshop-materials-published/", 34, ("news", "misc"), "The workshop materials are published"),
    ("/new-colleague-in-the-team/", 33, ("news",), "A new colleague joins the team"),
]
NEWS = {path for path, _id, categories, _title in POSTS if "news" in categories}
SENTENCES = ("The team met the participants in the workshop rooms of the institute and talked about the next steps. "
             "Everyone agreed to meet again after the summer, when the first results are in. ")


def _grid(posts) -> str:
    """A page builder's post grid: a card per post, its headline linked, no entry classes."""
    cards = "".join(f"<div class='grid-card'><h2 class='grid-title'><a href='{path}'>{title}</a></h2>"
                    f"<div class='grid-excerpt'>{SENTENCES[:90]}<a href='{path}' class='readmore'>Read more</a></div>"
                    f"</div>" for path, _id, _cats, title in posts)
    return (f"<!DOCTYPE html><html lang='en'><head><title>News | Quiet Lab</title></head>"
            f"<body class='page-template-default page page-id-5'><header><nav class='primary-navigation'><ul>"
            f"<li><a href='/'>Home</a></li><li><a href='/news/'>News</a></li><li><a href='/publications/'>Publications"
            f"</a></li></ul></nav></header><main id='main'><article id='post-5' class='post-5 page type-page'>"
            f"<h1 class='entry-title'>News</h1><div class='entry-content'><div class='grid'>{cards}</div></div>"
            f"</article></main></body></html>")


def _post_page(posts, position: int) -> str:
    path, post_id, categories, title = posts[position]
    older = f"<a href='{posts[position + 1][0]}' rel='prev'>Previous post</a>" if position + 1 < len(posts) else ""
    newer = f"<a href='{posts[position - 1][0]}' rel='next'>Next post</a>" if position > 0 else ""
    classes = f"post-{post_id} post type-post status-publish hentry " + " ".join(f"category-{c}" for c in categories)
    text = "".join(f"<p>{SENTENCES}This is part {n} of the page about {title.lower()}.</p>" for n in range(1, 4))
    return (f"<!DOCTYPE html><html lang='en'><head><title>{title} | Quiet Lab</title>"
            f"<meta property='og:type' content='article'><link rel='shortlink' href='/?p={post_id}'></head>"
            f"<body class='post-template-default single single-post postid-{post_id} single-format-standard'>"
            f"<header><nav class='primary-navigation'><ul><li><a href='/'>Home</a></li><li><a href='/news/'>News</a>"
            f"</li></ul></nav></header><main id='main'><article id='post-{post_id}' class='{classes}'>"
            f"<h1 class='entry-title'>{title}</h1><time datetime='2024-05-{post_id - 20:02d}'>May {post_id - 20}, 2024"
            f"</time><div class='entry-content'>{text}</div></article>"
            f"<div class='post-navigation'>{older}{newer}</div></main></body></html>")


def _site(grid_posts, server: FaultServer | None = None, posts=POSTS) -> FaultServer:
    """The news page and every post; a post answers "unchanged" to a crawl that read it before."""
    server = server or FaultServer()
    server.routes["/news/"] = page(_grid(grid_posts))
    for position, (path, post_id, *_rest) in enumerate(posts):
        server.routes[path] = page(_post_page(posts, position), ETag=f'"{post_id}"')
    return server


def test_a_static_news_pages_grid_shows_its_categorys_posts_alone(tmp_path):
    """Fails before: the paper records and the flyer, reached through the posts' previous/next links, were stored."""
    server = _site([post for post in POSTS if post[0] in NEWS])
    run, _read = crawl_one_source(server, tmp_path, "lab", "Quiet Lab", "/news/")
    assert stored_paths(server, tmp_path) == NEWS
    assert run.status == "ok"
    skipped = {row["url"].removeprefix(server.base_url): row["reason"]
               for row in sqlite_utils.Database(tmp_path / "a.db")["crawl_pages_skipped"].rows}
    assert {path for path, reason in skipped.items() if reason == "another category's post"} == \
        {path for path, *_rest in POSTS} - NEWS


def test_a_grid_of_posts_of_every_category_is_the_blogs_news(tmp_path):
    """A static page whose grid shows posts sharing no category shows the blog's news: every post is stored, those its
    grid leaves out and the posts' previous/next links lead to as well."""
    server = _site(POSTS[:5])
    crawl_one_source(server, tmp_path, "lab", "Quiet Lab", "/news/")
    assert stored_paths(server, tmp_path) == {path for path, *_rest in POSTS}


def test_a_later_crawl_reading_few_of_the_grids_posts_leaves_out_a_new_post_of_another_category(tmp_path):
    """Fails before: the second crawl read the one new post of the grid, the others answering "unchanged", too few to
    tell the grid's category, and stored the new paper record its previous-post link led to."""
    server = _site([post for post in POSTS if post[0] in NEWS])
    newer = [("/summer-school-announced/", 42, ("news",), "A summer school on quiet work is announced"),
             ("/paper-noise-maps/", 41, ("papers", "short-paper"), "Noise maps of open offices"), *POSTS]
    try:
        crawl_source(server, tmp_path, "lab", "Quiet Lab", "/news/")
        _site([post for post in newer if "news" in post[2]], server, newer)
        first_requests = len(server.requests)
        crawl_source(server, tmp_path, "lab", "Quiet Lab", "/news/")
        read_again = {path for _at, path in server.requests[first_requests:]}
    finally:
        server.stop()
    assert {"/summer-school-announced/", "/paper-noise-maps/"} <= read_again
    assert stored_paths(server, tmp_path) == NEWS | {"/summer-school-announced/"}
