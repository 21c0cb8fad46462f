"""A static news archive sets the story's place on the site above its headline as a plain paragraph, no element named
a breadcrumb: "<a>News Archives</a> : <a>2011</a> : <headline>". The trail is no part of the text: before, the body
opened with it (and with a long headline it counted as the text's first long paragraph)."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

HEADLINE = "Spring Symposium Explores the Richest Biological Reservoir on Earth: The Microbial World"
FIRST = "Microbes are everywhere on Earth and shape every part of the lives of plants and animals alike."


def _story(trail: str) -> str:
    text = f"<p>{FIRST}</p>" + "".join(
        f"<p>Researchers from six departments met on a warm Saturday in April to compare what their soil and ocean "
        f"samples show about the microbes living there, paragraph {n}.</p>" for n in range(3))
    return ('<!doctype html><html lang="en"><head><title>Symposium - Biology News Archives</title></head><body>'
            '<div class="container"><a href="index.html"><img src="header.png" alt="Biology"></a></div>'
            f'<div class="container"><div class="row"><div class="col-12"><p>{trail}</p></div></div>'
            f'<div class="row"><div class="col-12"><h2 class="title">{HEADLINE}</h2><p>April 4, 2011</p></div>'
            f'<div class="col-12">{text}</div></div></div></body></html>')


def test_a_trail_of_links_ending_in_the_headline_is_no_part_of_the_text():
    """Fails before: the body opened "News Archives : 2011 : Spring Symposium ..."."""
    trail = f'<a href="news_year_2017.html">News Archives</a> : <a href="news_year_2011.html">2011</a> : {HEADLINE}'
    extracted = extract_article(_story(trail), "http://bio.example/story-2011-3596.html")
    assert extracted.title == HEADLINE
    assert extracted.body.startswith(FIRST)


def test_a_sentence_of_the_writers_ending_in_the_headlines_words_stays():
    sentence = f'Our <a href="/events/">events page</a> has more on the program of the {HEADLINE}'
    extracted = extract_article(_story(sentence), "http://bio.example/story-2011-3596.html")
    assert extracted.body.startswith("Our events page has more")
