"""A short post is its text though its wrapper's classes read "copyright": WordPress names a post's tags there
("tag-copyright"), and those describe the post, not a page footer."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://sailors.example/2021/03/open-charts/"
TITLE = "Open charts for the coastal rowing clubs"
TEXT = [
    "The rowing federation agreed on Saturday to publish its coastal charts under an open licence from next season.",
    "Clubs have asked for years to print the charts for their training nights without paying a fee for every copy.",
    "The board will present the new licence at the spring meeting, where members can still propose changes to it.",
]


def page(tags: str) -> str:
    """A WordPress theme's single post: the post's wrapper carries its categories and tags as classes, and the
    site footer ends on a short feature box."""
    text = "".join(f"<p>{line}</p>" for line in TEXT)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} – Sailors</title></head>
<body class="post-template-default single single-post postid-40">
<header id="masthead" class="site-header"><h1 class="site-title">Sailors</h1><nav><a href="/">Home</a>
<a href="/category/news/">News</a></nav></header>
<main><div class="singlepost-wrap"><article id="post-40" class="post-40 post type-post status-publish hentry
category-news {tags}"><header class="entry-header"><h1 class="entry-title">{TITLE}</h1>
<div class="entry-date"><a href="{URL}">12 March, 2021</a></div></header>
<div class="contentwrap"><div id="share-sticky"><div id="entry-content" class="entry-content">{text}</div></div></div>
<footer class="entry-footer"><a href="/tag/licences/" rel="tag">licences</a></footer></article></div></main>
<footer id="colophon" class="site-footer"><section class="big-footer-feature"><div class="footer-feature-textwrap">
<p>Join the club and row with us this summer.</p></div></section></footer></body></html>"""


@pytest.mark.parametrize("tags", ["tag-copyright tag-licences", "tag-licences tag-footer"])
def test_a_short_posts_text_stays_when_its_tags_name_a_footer(tags):
    assert extract_article(page(tags), URL).body.split("\n\n") == TEXT
