"""A page builder lays a post out as a grid of sections, each a heading, a paragraph and a "Read more" button to a
page of the site about its subject. Pruning takes the buttons, so the sections hold no link any more, like the cards
of an "Other news" box whose footers ("Read" and the day) went with the furniture. The sections are the post's text:
no entry held a date, and they are no list of the site's posts."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

INTRO = ("The cooperative opened its spring season with three programmes for growers of the valley, each run by "
         "a team of volunteers who meet on the first weekend of every month.")
SECTIONS = [(f"Programme {name}", f"The {name} programme gathers growers of the lower valley around shared tools "
             f"and seed stocks, with a weekly meeting in the old mill where members plan the plots of {name} "
             "together, trade surplus harvests and teach newcomers how the cooperative keeps its ledgers open.")
            for name in ("Alder", "Birch", "Cedar", "Damson")]


def _post() -> str:
    sections = "".join(
        f"<section class='col'><h3>{heading}</h3><p>{text}</p><div class='cta'>"
        f"<a class='button' href='/programmes/{heading.split()[1].lower()}/'>Read more</a></div></section>"
        for heading, text in SECTIONS)
    return ("<!DOCTYPE html><html lang='en'><head><title>Spring season opens</title></head><body>"
            "<header><nav><a href='/'>Home</a><a href='/news/'>News</a></nav></header><main><article>"
            f"<h1>Spring season opens</h1><div class='entry-content'><p>{INTRO}</p>"
            f"<div class='grid'>{sections}</div></div></article></main>"
            "<footer><p>Valley growers cooperative.</p></footer></body></html>")


def test_builder_sections_over_pruned_buttons_are_the_text():
    """Fails before: every section read as a teaser card of its programme's page; the body was the intro alone."""
    found = extract_article(_post(), "https://growers.example/news/spring-season/")
    assert found.body.split("\n\n") == [INTRO, *(line for pair in SECTIONS for line in pair)]
