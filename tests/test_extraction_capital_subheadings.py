"""A wire story whose editor types its subheadings as short paragraphs in capitals between the story's paragraphs
("<p>TALKS RESUME</p>"): each is a subheading of the text, not a short label; a one-word line in capitals or a label
naming furniture between the same paragraphs still goes."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://wire.example.com/article/ferry-strike-idUS0001"
TITLE = "Ferry crews end strike after night of talks at the harbour office"
PARAGRAPHS = [
    "Ferry crews on the northern routes went back to work on Tuesday after a night of talks with the operator ended "
    "a strike that had stranded island commuters for four days.",
    "The union said the deal raises night-shift pay and adds a second deckhand on the longest crossings, which crews "
    "had asked for since the winter storms.",
    "Islanders queued at the quay before dawn for the first sailing, some carrying shopping they had ordered by post "
    "while the boats stood idle.",
    "The operator said the timetable would be back to normal by the weekend, once the boats laid up in the yard had "
    "been checked.",
]


def _page(story: str) -> str:
    return (f"<html lang='en'><head><title>{TITLE}</title><meta property='og:type' content='article'></head><body>"
            f"<div class='layout'><h1>{TITLE}</h1><span class='date'>4 April 2024</span>"
            f"<div class='story-body'>{story}</div></div></body></html>")


def test_short_subheadings_typed_in_capitals_between_paragraphs_stay():
    """Fails before: "DEAL AT DAWN" and "BOATS BACK" were dropped as tiny lines with no full stop."""
    story = (f"<p>{PARAGRAPHS[0]}</p><p>DEAL AT DAWN</p><p>{PARAGRAPHS[1]}</p><p>BOATS BACK</p>"
             f"<p>{PARAGRAPHS[2]}</p><p>{PARAGRAPHS[3]}</p>")
    found = extract_article(_page(story), URL)
    assert found.body.split("\n\n") == [PARAGRAPHS[0], "DEAL AT DAWN", PARAGRAPHS[1], "BOATS BACK", *PARAGRAPHS[2:]]


def test_a_label_in_capitals_between_paragraphs_still_goes():
    story = (f"<p>{PARAGRAPHS[0]}</p><p>ADVERTISEMENT</p><p>{PARAGRAPHS[1]}</p><p>READ MORE</p>"
             f"<p>{PARAGRAPHS[2]}</p><p>{PARAGRAPHS[3]}</p>")
    found = extract_article(_page(story), URL)
    assert found.body.split("\n\n") == PARAGRAPHS
