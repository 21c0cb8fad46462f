"""The page WordPress gives an uploaded file (`single-attachment attachment-png`): the image, its size, the post it
belongs to, dated the day of the upload. It is no article, however a crawl reaches it; the post with the same markup
is one."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://community.example/2014/10/04/drawing-the-map/plot-two/"


def _page(body_class: str, entry_class: str, text: str) -> str:
    return f"""<!doctype html><html lang="en"><head><meta charset=utf-8><title>Plot two | Community</title></head>
<body class="{body_class}"><header><h1 class=site-title><a href="/">Community</a></h1><p class=tagline>The free
analysis environment and its users</p><nav><a href="/news/">News</a> <a href="/contact/">Contact</a></nav></header>
<main><div id="post-17" class="post-17 {entry_class} hentry"><h2 class=entry-title>Plot two</h2>
<div class=entry-meta><span class=entry-date><abbr class=published title="19:07">2014-10-03</abbr></span> | Full size
is <a href="/uploads/2014/10/plot-two.png">773 &times; 533</a> pixels</div><div class=entry-content>{text}</div>
</div></main><footer><p>&copy; 2014 Community</p></footer></body></html>"""


MEDIA = ("attachment attachment-template-default single single-attachment postid-17 attachmentid-17 attachment-png",
         "attachment type-attachment status-inherit")
POST = ("post-template-default single single-post postid-17 single-format-standard", "post type-post status-publish")
IMAGE = '<p class=attachment><a href="/uploads/2014/10/plot-two.png"><img src="/uploads/2014/10/plot-two.png"></a></p>'
PROSE = ("<p>The second plot draws the towns of the country from their distances alone, and the shape comes out"
         " close to the real map once it is turned round.</p><p>The code that draws it is in the post above, with"
         " the table of distances it reads.</p>")


def test_uploaded_files_page_is_no_article():
    # Fails before: the shown upload day made it a dated article, stored with the site's tagline as its text.
    for listed in (False, True):
        assert not extract_article(_page(*MEDIA, IMAGE), URL, listed_as_article=listed).is_article


def test_post_with_the_same_markup_stays_an_article():
    assert extract_article(_page(*POST, PROSE), URL).is_article
