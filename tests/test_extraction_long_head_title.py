"""A static news archive's story shows its headline as an <h2> over a byline and the day, with no <h1>; its <title>
states that headline followed by the department's, the archive's and the university's names. Where headline and names
run past 150 characters together, the <title> read as a paragraph of text before the <h2> (the <head> was walked as if
shown), so the <h2> opened nothing and the title became the <title> less its last piece, the archive's names kept."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

HEADLINE = "Spring Symposium Explores the Richest Biological Reservoir on Earth: The Microbial World"
SUFFIX = " - Molecular & Cellular Biology - News Archives - Northfield University"


def _story(headline: str) -> str:
    text = "".join(f"<p>Researchers from six departments met on the first warm Saturday of April to compare what their "
                   f"soil and ocean samples show about the microbes living there, paragraph {n}.</p>" for n in range(4))
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{headline}{SUFFIX.replace("&", "&amp;")}'
            '</title></head><body><div class="container"><a href="index.html"><img src="header.png" alt="Biology"></a>'
            '</div><div class="container" id="news-page-body"><div class="row"><div class="col-5">'
            '<a href="story-2011-3597.html">&lt;&lt;</a> <a href="story-2011-3597.html">An older story</a></div></div>'
            '<div class="row"><div class="col-12"><p><a href="news_year_2017.html">News Archives</a> : '
            f'<a href="news_year_2011.html">2011</a> : {headline}</p></div></div><div class="row"><div class="col-12">'
            f'<h2 class="title">{headline}</h2><p>by Karen Lindqvist</p><p>April 4, 2011</p></div>'
            f'<div class="col-12">{text}</div></div></div></body></html>')


def test_a_long_stated_title_in_the_head_is_no_text_before_the_headline():
    """Fails before: the title read was the <title> less " - Northfield University"."""
    assert len(HEADLINE + SUFFIX) >= 150
    extracted = extract_article(_story(HEADLINE), "http://bio.example/story-2011-3596.html")
    assert extracted.title == HEADLINE
    assert extracted.published == "2011-04-04"


def test_a_short_stated_title_gave_the_headline_already():
    headline = "New Stem Cell Institute Opens"
    assert extract_article(_story(headline), "http://bio.example/story-2004-3315.html").title == headline
