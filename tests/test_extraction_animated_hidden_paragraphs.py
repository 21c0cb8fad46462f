"""Paragraphs a theme hides until a scroll script animates them in (class "hidden animated fadeInUp", animate.css)
are shown to every reader who scrolls: the text's, where a plain "hidden" paragraph stays out."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://club.example/news/geographers-meet/"
MIDDLE = ("<p>The meeting marked a hundred years of the national geographical society, seventy of its regional branch "
          "and forty-five of geography at the university, with talks, field trips and an evening in the old town.</p>")


def _page(first: str, last: str) -> str:
    return ("<html lang='en'><head><title>Geographers meet in the city</title></head><body>"
            "<header><a href='/'>Club</a></header><article><header class='entry-header'>"
            "<h1 class='entry-title'>Geographers meet in the city</h1><div class='entry-meta'>"
            "<time class='entry-date published' datetime='2018-09-27T20:47:11+02:00'>27 September 2018</time></div>"
            f"</header><div class='entry-content'>{first}{MIDDLE}{last}</div></article>"
            "<footer>Club footer</footer></body></html>")


def test_paragraphs_hidden_until_animated_in_open_and_close_the_text():
    """Fails before: the first and last paragraphs, classed "hidden animated bounceInUp", were dropped as hidden."""
    first = ("<p class='hidden animated bounceInUp'>From 28 to 30 September the faculty of earth sciences hosted the "
             "regional meeting of geographers, on the challenges the region and the world face.</p>")
    last = "<p class='hidden animated bounceInUp'>Honorary patron: the rector of the university</p>"
    body = extract_article(_page(first, last), URL).body.split("\n\n")
    assert body[0].startswith("From 28 to 30 September") and body[-1] == "Honorary patron: the rector of the university"


def test_a_paragraph_hidden_without_animation_stays_out():
    first = ("<p class='hidden'>From 28 to 30 September the faculty of earth sciences hosted the regional meeting of "
             "geographers, on the challenges the region and the world face.</p>")
    body = extract_article(_page(first, ""), URL).body.split("\n\n")
    assert body[0].startswith("The meeting marked a hundred years")
