"""A post whose content is an embedded video and a line of caption, with its headline and date, is a post of the
site like its others: stored, its caption its body, however short, and not taken for a page without text."""
from __future__ import annotations

import pytest
import sqlite_utils

from news_archive.pipelines.extraction import extract_article
from fault_site import FaultServer, crawl_one_source, page, stored_paths

PLAYER = '<iframe width="560" height="315" src="https://video.example/embed/abc123" allowfullscreen></iframe>'
TEXT = ("The brothers sang vespers on the eve of the feast, and many friends of the society came from the town to "
        "join them in the old chapel, which was full to the last bench.")


def post(title: str, day: str, content: str) -> str:
    """A static blog theme's post: the headline and its date in the post's header, the Markdown body below."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | Friends of the Abbey</title>
</head><body><header class="site-header"><a class="site-title" href="/">Friends of the Abbey</a>
<nav><a href="/about/">About</a> <a href="/blog/">Blog</a></nav></header>
<main class="page-content"><article class="post h-entry"><header class="post-header"><h1 class="post-title">{title}</h1>
<p class="post-meta"><time class="dt-published" datetime="{day}T00:00:00+00:00">{day}</time></p></header>
<div class="post-content e-content">{content}</div></article></main>
<footer class="site-footer"><p>Friends of the Abbey, a society supporting the brothers.</p></footer></body></html>"""


@pytest.mark.parametrize("content", [
    f"{PLAYER}\n<p>Vespers sung by the brothers</p>",
    f"{PLAYER}\nVespers sung by the brothers",
    f"<p>{PLAYER}<br>Vespers sung by the brothers</p>",
    f'<div class="video-wrap">{PLAYER}</div><p><em>Vespers sung by the brothers</em></p>',
])
def test_a_video_and_its_caption_is_a_post_whose_body_is_the_caption(content):
    article = extract_article(post("Vespers on the feast day", "2021-08-15", content),
                              "https://abbey.example/2021/08/15/vespers.html")
    assert (article.page_type, article.body) == ("article", "Vespers sung by the brothers")


def test_a_line_under_no_player_is_still_no_post():
    article = extract_article(post("Vespers on the feast day", "2021-08-15", "<p>Vespers sung by the brothers</p>"),
                              "https://abbey.example/2021/08/15/vespers.html")
    assert article.page_type == "empty"


def test_a_blogs_video_posts_are_stored_with_the_others(tmp_path):
    server = FaultServer()
    posts = {"/2021/08/15/vespers.html": ("Vespers on the feast day", "2021-08-15", f"{PLAYER}\n<p>Vespers sung by the brothers</p>"),
             "/2021/09/02/bells.html": ("The new bells ring", "2021-09-02", f"<p>{PLAYER}<br>The bells on their first day</p>"),
             "/2021/07/01/summer.html": ("Summer at the abbey", "2021-07-01", f"<p>{TEXT}</p><p>{TEXT[:80]}.</p>"),
             "/2021/06/03/garden.html": ("The garden in June", "2021-06-03", f"<p>{TEXT.replace('vespers', 'lauds')}</p>")}
    bodies = _crawl_blog(server, tmp_path, posts)
    assert bodies["Vespers on the feast day"] == "Vespers sung by the brothers"
    assert bodies["The new bells ring"] == "The bells on their first day"


def test_a_post_that_is_only_a_player_has_no_body_rather_than_the_footers_line():
    """Fails before: the footer's line ("Friends of the Abbey, a society ...") was the post's body, and a dated post
    was stored with it whether or not the site listed it."""
    html = post("Compline in the crypt", "2021-10-03", PLAYER)
    article = extract_article(html, "https://abbey.example/2021/10/03/compline.html")
    assert (article.page_type, article.body) == ("empty", "")
    listed = extract_article(html, "https://abbey.example/2021/10/03/compline.html", listed_as_article=True)
    assert (listed.page_type, listed.body, listed.title) == ("article", "", "Compline in the crypt")


def test_a_blogs_post_that_is_only_a_player_is_stored_with_no_body(tmp_path):
    server = FaultServer()
    posts = {"/2021/10/03/compline.html": ("Compline in the crypt", "2021-10-03", PLAYER),
             "/2021/07/01/summer.html": ("Summer at the abbey", "2021-07-01", f"<p>{TEXT}</p><p>{TEXT[:80]}.</p>"),
             "/2021/06/03/garden.html": ("The garden in June", "2021-06-03", f"<p>{TEXT.replace('vespers', 'lauds')}</p>")}
    bodies = _crawl_blog(server, tmp_path, posts)
    assert bodies["Compline in the crypt"] == ""


def _crawl_blog(server, tmp_path, posts: dict) -> dict[str, str]:
    """Serves `posts` (path -> (title, day, content)) under a dated blog listing, crawls it, checks every post was
    stored and returns title -> stored body."""
    teasers = "".join(f'<li><span class="post-meta">{day}</span><h3><a class="post-link" href="{path}">{title}</a></h3></li>'
                      for path, (title, day, _content) in posts.items())
    server.routes["/blog/"] = page(f'<html><body><main><h1>Blog</h1><ul class="post-list">{teasers}</ul></main></body></html>')
    for path, (title, day, content) in posts.items():
        server.routes[path] = page(post(title, day, content))
    crawl_one_source(server, tmp_path, "abbey", "Friends of the Abbey", "/blog/")
    assert stored_paths(server, tmp_path) == set(posts)
    return {row["title"]: row["body"] for row in sqlite_utils.Database(tmp_path / "a.db")["articles"].rows}
