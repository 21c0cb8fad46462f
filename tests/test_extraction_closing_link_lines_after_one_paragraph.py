"""A post of one paragraph closing on a few lines that each link to another site keeps those lines, whatever words
name them ("More about the award" over "Past winners")."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://ionlab.example/news/20210806_prize/"
TITLE = "06 Aug 2021 - Mira receives the faculty prize!"


def _page(closing: str) -> str:
    """A static-site theme's post: the text's paragraphs set inside a <p> of the theme (which the parser closes, so
    they stand as siblings in the copy's element), a portrait beside them."""
    return f"""<!doctype html><html lang=en><head><meta charset=utf-8><title>{TITLE} | ION LAB</title>
<meta property="article:published_time" content="2021-08-06T00:00:00-04:00"></head><body>
<nav><a href=/>ION LAB</a><ul><li><a href=/research/>Research</a></li><li><a href=/members/>Members</a></li>
<li><a href=/news/>News</a></li></ul></nav><header><h1>{TITLE}</h1></header><main><article><header>
<p><a href=/news>NEWS</a></p><h1>{TITLE}</h1></header><div class="copy">
<div class=portrait><img src=/m.jpg alt=""></div><p class=theme><p>Congratulations to <a href=/members/mira/>Mira Lund</a>, a PhD student in the group, for receiving
the faculty prize this year! The prize goes to graduate students of the faculty for exceptional work in research,
and Mira was named for the stable laser system she built for the lab's new trap.</p>{closing}</p></div></article>
</main><footer><a href=/>&copy; ION LAB 2025</a></footer></body></html>"""


def test_link_lines_to_other_sites_closing_a_one_paragraph_post_stay():
    # Fails before: the first line's words ("More about ...") read as a box's label, so it was no closing link, and
    # the paragraph alone was taken for the whole text.
    closing = ("<p><a href=https://uni.example/awards/faculty-prize>More about the faculty prize</a></p>"
               "<p><a href=https://uni.example/awards/faculty-prize/winners>List of past winners</a></p>")
    body = extract_article(_page(closing), URL).body
    assert "More about the faculty prize" in body
    assert body.rstrip().endswith("List of past winners")

