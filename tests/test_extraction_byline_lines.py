"""A byline box setting the writer, their office and the date on lines of their own names the writer."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://city.example/posts/mayor/2024-01-04-new-year-pledge/"
TITLE = "A pledge for the new year"
TEXT = """<p>Today I was sworn in as mayor, and I pledged to serve every neighbourhood of this city with all my heart.</p>
<p>Government works only when people can reach it, so this office will answer every letter within two weeks.</p>"""


def page(byline: str) -> str:
    """A theme setting the byline in a side column: who posted, for which office, when, each on its line."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | City</title></head>
<body><header><a href="/">City</a><nav><a href="/posts/">Posts</a></nav></header>
<main><article class="type-post"><header><h1 class="entry-title">{TITLE}</h1></header>
<div class="entry-content">{TEXT}</div>
<aside><div class="byline"><div class="details">
{byline}
</div></div></aside></article></main><footer><p>City Hall</p></footer></body></html>"""


@pytest.mark.parametrize("byline", [
    """<span>Posted by <a href="/posts/author/ada-lind/">Ada Lind</a></span><br>
    <a href="/departments/mayor/">Office of the Mayor</a><br>
    <span><time class="entry-date published" datetime="2024-01-04T11:00:27+00:00">January 4, 2024</time></span>""",
    """<span>By <a href="/posts/author/ada-lind/">Ada Lind</a></span>
    <span>Department of Parks and Recreation</span>""",
])
def test_the_writer_is_named_beside_their_office(byline):
    assert extract_article(page(byline), URL).author == "Ada Lind"


def test_a_name_broken_over_two_lines_stays_whole():
    assert extract_article(page("By Ada\n Lind"), URL).author == "Ada Lind"
