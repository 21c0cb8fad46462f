"""A post closing on a line of the writer's that ends on a colon with nothing after it on the page (a credit whose
name was never filled in: "Adaptation and translation:") closes on that line, as the page shows it. A box's label
closing the text ("Share this:", "Read also:" over the box pruning takes) stays out, as before."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://islandlife.example/harbour-festival-returns.html"
PARAGRAPHS = [
    "The harbour festival of Puerto Velmar returned on Sunday after three quiet years, with boats, music and stalls "
    "along the whole quay from the lighthouse to the old fish market.",
    "Thousands of visitors walked the quay in the afternoon sun, and the evening ended with the crowning of the "
    "festival queen on the square in front of the church.",
    "Source: an article in the island's daily paper, based on the organisers' report",
]


def _page(closing: str, after: str = "") -> str:
    text = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Harbour festival returns - Island Life"
            "</title><meta property='og:type' content='article'></head><body><header class='top'><a href='/'>Island "
            "Life</a><nav><a href='/trips/'>Trips</a> <a href='/history/'>History</a></nav></header><main><div "
            "class='wrapper'><div class='post'><article><header class='post__header'><a href='/2009/' "
            "class='post__maintag'>2009</a><h1 class='post__title'>Harbour festival returns</h1><div "
            "class='post__meta'>By <a href='/authors/ines/'>Ines Varga</a> <time datetime='2009-12-02T13:08'>"
            f"2 December 2009</time></div></header><div class='post__inner post__entry'>{text}{closing}</div>{after}"
            "<footer class='post__footer'><h3>Tagged in:</h3><ul><li><a href='/2009/'>2009</a></li></ul></footer>"
            "</article></div></div></main><footer class='footer'><p>Powered by a static site generator</p></footer>"
            "</body></html>")


@pytest.mark.parametrize("line", ["Adaptation and translation:", "Text and pictures otherwise:"])
def test_a_closing_line_ending_on_a_colon_with_nothing_after_it_closes_the_text(line):
    # Fails before: the edge trim took the short line for a sign-off, or for the label of a box pruning took.
    body = extract_article(_page(f"<p>{line}</p>"), URL).body
    assert body.split("\n\n")[-2:] == [PARAGRAPHS[-1], line]


def test_a_box_label_over_what_pruning_took_stays_out():
    box = ("<div class='related-posts'><a href='/lighthouse-walk.html'>A walk to the lighthouse</a> "
           "<a href='/fish-market.html'>The old fish market</a></div>")
    body = extract_article(_page("<p>Read also:</p>" + box), URL).body
    assert body.split("\n\n")[-1] == PARAGRAPHS[-1]


def test_a_furniture_label_closing_the_text_stays_out():
    body = extract_article(_page("<p>Share this:</p>"), URL).body
    assert body.split("\n\n")[-1] == PARAGRAPHS[-1]
