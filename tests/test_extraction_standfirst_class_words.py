"""A standfirst set right under the headline in a <p> or <div> whose class names it in a newsroom's own word
("strapline" in British, "deck" in American newsrooms) opens the body, as one classed "standfirst", "summary" or
"intro" does, wherever the theme puts it: in the article's header beside the date, or first in the text element."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://harbour-news.example/2021/05/02/quay-plan.html"
DECK = "The old quays get flats, workshops and a ferry stop after a vote that split the town council."
PARAGRAPHS = (
    "<p>The council voted on Tuesday evening to approve the long-debated plan for the old quays, ending two years of "
    "hearings, appeals and public meetings that at times drew several hundred residents to the town hall.</p>"
    "<p>Under the plan the warehouses along the north quay become flats and workshops, while the south quay stays "
    "open for the fishing boats that still land their catch there early every morning of the week.</p>"
    "<p>Work is due to start next spring, and the first flats should be ready for their tenants two years later, "
    "the planning office said in a statement it sent out after the vote.</p>")


def _page(deck: str, in_header: bool) -> str:
    header = "<h1>Quay plan approved</h1>" + (deck if in_header else "") + \
        "<time datetime='2021-05-02T10:00'>2 May 2021</time>"
    text = ("" if in_header else deck) + PARAGRAPHS
    return ("<html lang='en'><head><title>Quay plan approved - Harbour News</title></head><body>"
            "<header><a href='/'>Harbour News</a><nav><a href='/town/'>Town</a> <a href='/sport/'>Sport</a></nav>"
            f"</header><main><article><header>{header}</header><div class='entry-content'>{text}</div></article>"
            "</main><footer>Harbour News, Quay Street 1</footer></body></html>")


@pytest.mark.parametrize("deck", [f"<p class='strapline'>{DECK}</p>", f"<div class='article-deck'>{DECK}</div>",
                                  f"<p class='standfirst'>{DECK}</p>"])
@pytest.mark.parametrize("in_header", [True, False])
def test_a_classed_standfirst_under_the_headline_opens_the_body(deck, in_header):
    """Fails before for "strapline" and "deck" in the header: the body opened on the first paragraph."""
    found = extract_article(_page(deck, in_header), URL)
    assert found.body.startswith(DECK)
    assert found.body.endswith("after the vote.")


def test_a_grid_of_cards_classed_card_deck_is_no_standfirst():
    """Bootstrap's "card-deck" (a grid of other posts' teaser cards) holds "deck" too. Fails before the card grid
    was told apart: a card deck with a line of text set under the headline opened the body."""
    cards = "<div class='card-deck'>A short note in a grid of cards about playgrounds, their swings and slides.</div>"
    assert extract_article(_page(cards, True), URL).body.startswith("The council voted")
