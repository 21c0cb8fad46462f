"""The writer's name and the day they wrote, split off the text's last paragraph at a blank line, is their signature
under the text; a theme's byline with the day, in an element of its own, is not the text."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://islandnews.example/harbour-fire-cleared.html"
TITLE = "The harbour fire: what is left"
PARAGRAPHS = (
    "<p>The fire that swept the hills above the harbour last week burned for four days before the crews held it at "
    "the old road, and the wind carried its ash as far as the beaches on the other side of the island.</p>"
    "<p>The island council says the paths through the burned woods stay closed until the slopes have been checked "
    "for loose stones, which will take most of the autumn.</p>")


def _page(closing: str) -> str:
    return (f"<html lang='en'><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
            "<header><a href='/'>Island news</a></header><main><article><header>"
            f"<h1>{TITLE}</h1><time datetime='2007-08-19'>19 August 2007</time></header>"
            f"<div class='post-entry'>{PARAGRAPHS}{closing}</div></article></main>"
            "<footer>Island news, a blog about the island</footer></body></html>")


def test_a_dated_signature_split_off_the_last_paragraph_stays():
    # Fails before: "Anna Berg, 19 August 2007" named the page's day and went as the byline's date line.
    closing = ("<p>The council will pay a hundred people for half a year to clear the burned slopes and replant them."
               "<br><br>Anna Berg, 19 August 2007<br><br>Source: Island Daily</p>")
    body = extract_article(_page(closing), URL).body
    assert "\n\nAnna Berg, 19 August 2007\n\n" in body
    assert body.rstrip().endswith("Source: Island Daily")


def test_a_dated_byline_in_its_own_element_after_the_text_stays_out():
    closing = ("<p>The council will pay a hundred people for half a year to clear the burned slopes and replant them."
               "</p><p class='byline'>Anna Berg, 19 August 2007</p>")
    body = extract_article(_page(closing), URL).body
    assert "Anna Berg, 19 August 2007" not in body
