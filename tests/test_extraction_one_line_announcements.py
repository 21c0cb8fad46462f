"""A lab's news post of one line announcing what it links (a paper, a preprint), under a headline its theme sets in a
`<p class="title">` banner, not a heading: the line is the post, however much of it the links' words are, and the
site's credits row closing the page is not."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://lab.example/2024/03/03/cell-answers/"
TITLE = "How Cells Answer a Drug"


def page(line: str) -> str:
    """A Bulma-like post: the headline in a hero banner, the date line and the post's one line in the section below,
    then the footer and the site's credits row."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Lab</title>
<meta property="og:title" content="{TITLE}"><meta property="og:type" content="article">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "BlogPosting", "headline": "{TITLE}",
"datePublished": "2024-03-03T00:00:00+01:00"}}</script></head>
<body><nav class="navbar"><a href="/" class="navbar-item"><b>Lab</b></a><a href="/news/">News</a>
<a href="/people/">People</a></nav>
<section class="hero is-primary"><div class="hero-body"><div class="container">
<p class="title is-2">{TITLE}</p><p class="subtitle is-3"></p></div></div></section>
<section class="section"><div class="container"><div class="content"><p>Published: Mar 3, 2024</p>
{line}</div></div></section>
<footer class="footer"><p>Lab, Hill Road 4</p></footer>
<div><p><a href="https://people.example/head"><b>Lab</b></a> &middot; <a href="#"><b>Cells and Medicines</b></a>
&middot; <a href="https://institute.example/"><b>The Institute</b></a></p></div></body></html>"""


@pytest.mark.parametrize("line, text", [
    # Mostly the paper's title, linked, and the project's links in brackets: no container scored it prose.
    ("<p>New preprint on <a href='https://papers.example/abs/2403'>a model that reads how cells answer drugs across "
     "four cohorts of patients</a>. <a href='https://code.example/cells'>[Code]</a> "
     "<a href='/projects/cells/'>[Project website]</a></p>",
     "New preprint on a model that reads how cells answer drugs across four cohorts of patients. [Code] "
     "[Project website]"),
    # A sentence of the writer's around its links, outweighed by the banner's headline set as a paragraph.
    ("<p><a href='https://papers.example/forum/77'>Reading cell answers to drugs</a> accepted as a spotlight paper "
     "at <a href='https://conference.example/'>the spring conference</a>.</p>",
     "Reading cell answers to drugs accepted as a spotlight paper at the spring conference."),
])
def test_a_one_line_announcement_under_a_banner_headline_is_the_post(line, text):
    """Fails before: the body was empty, or the credits row, and the page was called empty ("no headline of its own
    and less than 150 characters of text"), so the crawl stored nothing."""
    result = extract_article(page(line), URL)
    assert result.body == text
    assert result.page_type == "article"
    assert result.title == TITLE


def test_the_credits_row_is_no_announcement():
    """A post whose only line is the date line: the credits row closing the page does not become its text."""
    assert "Institute" not in extract_article(page(""), URL).body
