"""A short standfirst the page shows under its headline is the lead, where the description only says it in fewer
words; a short line classed as the lead that the description does not shorten (a tagline, a section's subtitle) is
still no lead.

A ministry's CMS has a field for the standfirst and fills the description with a shorter wording of it: the archive
stored "The details of the ruling" where readers see "The details of the new harbour ruling" under the headline.
"""
from __future__ import annotations

from pipelines.extraction import extract_article

URL = "https://ministry.example/news/press/harbour-ruling.html"
TITLE = "Harbour board rules on the ferry landing"
TEXT = ["The harbour board decided on Tuesday that the ferry landing moves to the north pier from next spring.",
        "The old landing stays open for fishing boats, and the board pays for the new waiting room in full.",
        "Islanders may comment on the drawings at the town hall until the end of the month."]


def page(under_headline: str, description: str, above_headline: str = "", text_opening: str = "") -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in TEXT)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE}</title>'
            f'<meta name="description" content="{description}"><meta property="og:description" '
            f'content="{description}"></head><body><header><a href="/">Ministry of Harbours</a>'
            f'<div class="site-subtitle">For calm waters</div></header><main><div class="container">'
            f'{above_headline}<div class="pb-4"><h1 class="h2">{TITLE}</h1>{under_headline}</div>'
            f'<div class="row"><span class="caption">Date</span> <span>3 March 2021</span></div></div>'
            f'<div class="container formatted-content">{text_opening}{paragraphs}</div></main>'
            f'<footer><p>Ministry of Harbours, Quay Street 1</p></footer></body></html>')


def test_a_short_standfirst_the_description_shortens_is_the_lead():
    # Fails before: the lead was the description, "The details of the ruling".
    shown = "The details of the new harbour ruling"
    result = extract_article(page(f'<p class="lead caption--lead">{shown}</p>', "The details of the ruling"), URL)
    assert result.lead == shown


def test_a_description_shortening_it_with_a_word_inflected_gives_the_shown_standfirst():
    # Fails before: the lead was the description, "How to apply for accreditation".
    shown = "How to apply for press accreditations"
    result = extract_article(page(f'<p class="lead">{shown}</p>', "How to apply for accreditation"), URL)
    assert result.lead == shown


def test_a_description_in_other_words_stays_the_lead():
    description = "Ferries land at the north pier from spring"
    result = extract_article(page('<p class="lead">The details of the new harbour ruling</p>', description), URL)
    assert result.lead == description


def test_a_short_line_classed_as_the_lead_under_a_section_heading_is_no_lead():
    description = "The north pier"
    section = '<h2>Where the ferry lands</h2><p class="subtitle">The north pier from next spring</p>'
    result = extract_article(page("", description, text_opening=section), URL)
    assert result.lead == description


def test_a_kicker_above_the_headline_is_no_lead():
    description = "Press releases"
    result = extract_article(page("", description, above_headline='<p class="intro">Press releases 2021</p>'), URL)
    assert result.lead == description
