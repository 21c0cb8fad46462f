"""A text opening on the writer's field list ("Name: <a>...</a>", "Organization: <a>...</a>", "Project: <a>...</a>")
keeps it, however linked: facts under labels of their own, each linking where it is told about."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://toolkit.example/posts/2024/final-report-anna.html"
TITLE = "Final report: faster file readers"


def page(story: str) -> str:
    """A project blog's post page: the site's navigation, the post's sections, a pager to the neighbouring posts."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} - Toolkit</title></head>
<body><nav><a href="/">Toolkit</a><a href="/blog.html">Blog</a><a href="/docs.html">Docs</a></nav>
<main><article><section id="report"><h1>Summer programme final work product</h1>{story}</section>
<div class="prev-next"><a href="/posts/2024/final-report-ben.html">Final report: viewer options</a></div>
</article></main><footer><p>Toolkit developers</p></footer></body></html>"""


FIELDS = ("<ul><li><p><strong>Name:</strong> <a href='https://code.example/annaberg'>Anna Berg</a></p></li>"
          "<li><p><strong>Organization:</strong> <a href='https://foundation.example/'>Open Science Foundation</a>"
          "</p></li><li><p><strong>Project:</strong> <a href='https://code.example/toolkit/wiki/readers'>Faster file "
          "readers</a></p></li></ul>")
TEXT = ("<section id='abstract'><h2>Abstract</h2><p>The project rewrote the readers of the three file formats the "
        "toolkit's users load most often, so that a large data set now opens in a few seconds instead of a minute, "
        "and added tests for every reader.</p><p>The work went on all summer with weekly calls with the mentors, "
        "who reviewed each change before it was merged into the main branch of the toolkit.</p></section>"
        "<section id='work'><h2>Work done</h2><p>The first month went to the reader of the oldest format, whose "
        "files hold their header at the end, so that the new reader now seeks there first and reads the data in "
        "large blocks.</p><p>The second month brought the two newer formats, which share a compression library; "
        "the readers now decompress in parallel threads, one per block of data.</p></section>")


def test_the_field_list_opens_the_report():
    body = extract_article(page(FIELDS + TEXT), URL).body.split("\n\n")
    assert body[:3] == ["Name: Anna Berg", "Organization: Open Science Foundation", "Project: Faster file readers"]


def test_a_meta_box_linking_the_sites_own_pages_is_no_field_list():
    meta = ("<ul><li><p>Author: <a href='/authors/anna.html'>Anna Berg</a></p></li>"
            "<li><p>Category: <a href='/category/reports.html'>Reports</a></p></li>"
            "<li><p>Series: <a href='/series/summer.html'>Summer programme</a></p></li></ul>")
    body = extract_article(page(meta + TEXT), URL).body
    assert "Anna Berg" not in body
