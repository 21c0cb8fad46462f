"""A box classed as the standfirst that holds the headline and the date line gives neither to the lead, and the texts
of its separate blocks are read apart.

A theme's "article-intro" box sets the `<h1>`, the picture and the `<time>` together; its whole text, the headline run
into the date ("Twelve new weather stations12 Mar 2023"), was stored as the post's lead.
"""
from __future__ import annotations

import pytest

from pipelines.extraction import extract_article

URL = "https://makers.example/en/news/twelve-new-weather-stations/"
TITLE = "Twelve new weather stations for the valley schools"
DESCRIPTION = "The valley's schools read their own weather from this spring, on stations their pupils built."
TEXT = ["Pupils of four valley schools built twelve weather stations in the makerspace over the winter term.",
        "Each station reads wind, rain and temperature and sends its readings to the schools' shared page.",
        "The stations go up on the school roofs in April, and the pupils keep them running themselves."]


def post(intro: str, description: str = "") -> str:
    meta = f'<meta name="description" content="{description}">' if description else ""
    paragraphs = "".join(f"<p>{line}</p>" for line in TEXT)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Makers Hall</title>{meta}</head>'
            f'<body><nav><a href="/">Home</a><a href="/en/news/">News</a></nav><main><article class="article">'
            f'<div class="article-intro">{intro}</div><div class="article__content">{paragraphs}</div></article>'
            f'</main><footer><p>Makers Hall, 12 Main Street</p></footer></body></html>')


HEADLINE = f'<h1 class="article-intro__title">{TITLE}</h1>'
PICTURE = '<img class="article-intro__img" src="/img/stations.jpg">'
TIME = '<div class="article-intro__info"><time datetime="2023-03-12">12 Mar 2023</time></div>'


@pytest.mark.parametrize("intro", [
    HEADLINE + PICTURE + TIME,
    f'{HEADLINE}{PICTURE}<div class="article-intro__info">12 Mar 2023</div>',
])
def test_an_intro_box_of_headline_and_date_is_no_lead(intro):
    """Fails before: the lead was the headline run into the date ("...valley schools12 Mar 2023")."""
    article = extract_article(post(intro, DESCRIPTION), URL)
    assert article.lead == DESCRIPTION
    assert article.published == "2023-03-12"


def test_without_a_description_the_lead_is_the_opening_line():
    """Fails before: the headline and date were the lead."""
    assert extract_article(post(HEADLINE + PICTURE + TIME), URL).lead == TEXT[0]


def test_the_standfirst_under_the_headline_is_the_lead_without_it():
    """Fails before: the lead was the headline, the date and the standfirst run together."""
    standfirst = "Four schools, one winter term and a makerspace: the valley now measures its own weather."
    intro = f"{HEADLINE}{TIME}<p>{standfirst}</p>"
    assert extract_article(post(intro), URL).lead == standfirst


def test_the_blocks_of_a_lead_box_are_read_apart():
    """Fails before: two paragraphs written with no space between them ran together ("term.Each")."""
    first, second = "Pupils built twelve stations this term.", "Each one reads wind, rain and temperature."
    intro = f'{PICTURE}</div><div class="lead"><p>{first}</p><p>{second}</p>'
    assert extract_article(post(intro), URL).lead == f"{first} {second}"


def test_a_description_repeating_the_headline_is_no_lead():
    """Fails before: a CMS that fills the description with the post's title gave the headline as the lead."""
    page = post(PICTURE + TIME, TITLE).replace("<main>", f"<main><h1>{TITLE}</h1>")
    assert extract_article(page, URL).lead == TEXT[0]
