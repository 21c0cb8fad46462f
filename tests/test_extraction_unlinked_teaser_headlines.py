"""A news page listing its other stories beside the story, each under a headline that links nowhere, its blurb
closing on the same short link ("Read more...") to the story's own page: those entries are teasers of other
articles, no part of the story's text. A story whose own sections close on a link stays whole."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://games.example/whatsnew/detail/lantern-valley-trailers"

STORY = ("<p>Three new trailers for Lantern Valley can now be watched in the shop, each showing another side of the "
         "game's quiet farming and its stormy nights on the coast.</p>"
         "<p>From the first of the month the shop also offers a demo with the opening chapter and its two harbours, "
         "so players can try the sailing before the launch.</p>"
         "<p><b>Harbour Life</b></p><p>A look at the traders of the east harbour and the goods they swap for "
         "the player's harvest in the autumn markets.</p>"
         "<p><b>Night Storms</b></p><p>How the storms were built to follow the tides, and why the lighthouse matters "
         "more than any tool in the barn.</p>")

OTHERS = [
    # A headline of eight words or more broken as a sentence ("Inc. Shows") is read as a line of text, not a heading.
    ("sky-racers-details", "Sky Racers Inc. Shows the new courses and cars of its sequel coming to the new console",
     "Sky Racers details", "2012-11-10"),
    ("midnight-launch-gathering", "Midnight gathering for the console launch at the flagship store",
     "The first consoles go on sale at midnight with a party in the store", "2012-11-09"),
    ("download-highlights-november", "Download highlights for the week of November 8",
     "Puzzles, racing and more: see what is new to download this week", "2012-11-08"),
    ("kiosks-in-stores", "Five thousand demo kiosks roll out to stores before launch day",
     "Shoppers can play the new console in stores across the country", "2012-11-05"),
    ("party-game-details", "Get ready to sing along when the party game arrives",
     "Details of the party game and its songs", "2012-11-02"),
]


def other_story(slug: str, headline: str, blurb: str, day: str) -> str:
    return (f"<li><h3>{headline}</h3><p class='text'>{blurb} <a href='/whatsnew/detail/{slug}'>Read more...</a>"
            f"</p><p class='date'>{day}</p></li>")


def page(story: str, others: list) -> str:
    return ("<html lang='en'><head><title>Lantern Valley: three new trailers in the shop - What's New</title></head>"
            "<body><div id='header'><a href='/'>Games</a> <a href='/whatsnew/'>What's New</a></div>"
            "<div id='main'><div id='primary'><h1>Lantern Valley: three new trailers in the shop</h1>"
            "<p class='date'>2012-11-01</p>" + story + "</div>"
            "<div id='secondary'><h3 class='header'> </h3><ul>"
            + "".join(other_story(*other) for other in others) + "</ul></div></div>"
            "<div id='footer'><p>Games and all its marks belong to their owner.</p></div></body></html>")


def test_other_stories_under_unlinked_headlines_closing_on_read_more_are_no_part_of_the_text():
    # Fails before: the body ran on into the four other stories' headlines and blurbs.
    result = extract_article(page(STORY, OTHERS), URL)
    assert result.page_type == "article", result.page_reason
    assert result.body.startswith("Three new trailers for Lantern Valley"), result.body[:200]
    assert result.body.rstrip().endswith("more than any tool in the barn."), result.body[-300:]
    for _slug, headline, blurb, _day in OTHERS:
        assert headline not in result.body and blurb not in result.body


def test_a_story_whose_sections_close_on_a_short_link_keeps_them():
    sections = "".join(
        f"<div class='section'><h3>{name}</h3><p>{text} <a href='/whatsnew/detail/{slug}'>Read more...</a></p></div>"
        for name, text, slug in [
            ("Harbour Life", "A look at the traders of the east harbour and the goods they swap for the player's "
             "harvest in the autumn markets, with a new trailer.", "harbour-life"),
            ("Night Storms", "How the storms were built to follow the tides, and why the lighthouse matters more "
             "than any tool in the barn.", "night-storms"),
        ])
    story = STORY.split("<p><b>")[0] + sections
    result = extract_article(page(story, []), URL)
    assert "the goods they swap for the player's harvest" in result.body, result.body
    assert "why the lighthouse matters more than any tool in the barn" in result.body, result.body
