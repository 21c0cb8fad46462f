"""A post quoted in the text (an embedded social-media post) dates the quoted post, not the page."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://city.example/posts/education/2024-05-19-pre-k-seats/"
TITLE = "Pre-K seats for the coming school year"
TEXT = """<p>Families can now apply for the free pre-K seats the city funds at centres in every neighbourhood this autumn.</p>
<p>The mayor visited one of the centres in March and read a story to the children, who asked him about his dog.</p>"""
EMBED = """<blockquote class="instagram-media" data-instgrm-version="7"><div><p><a href="https://social.example/p/x1/">
Reading time at the centre this morning!</a></p><p>A video posted by the Mayor (@mayor) on
<time style="font-family:Arial" datetime="2024-03-29T22:35:07+00:00">Mar 29, 2024 at 3:35pm PDT</time></p></div></blockquote>"""
AFTER = "<p>Applications close on the last day of June; centres answer questions by phone on weekdays.</p>"


def page() -> str:
    """A theme setting the post's byline and date in a side column beside the text, an embed within the text."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | City</title></head>
<body><header><a href="/">City</a><nav><a href="/posts/">Posts</a><a href="/services/">Services</a></nav></header>
<main><article class="type-post"><header><h1 class="entry-title">{TITLE}</h1></header>
<div class="entry-content">{TEXT}{EMBED}{AFTER}</div>
<aside id="secondary"><div class="byline"><span>Posted by <a href="/posts/author/office/">Education office</a></span>
<time class="entry-date published updated" datetime="2024-05-19T11:00:27+00:00">May 19, 2024</time></div></aside>
</article></main><footer><p>City Hall</p></footer></body></html>"""


def test_the_embedded_posts_time_does_not_date_the_page():
    assert extract_article(page(), URL).published[:10] == "2024-05-19"
