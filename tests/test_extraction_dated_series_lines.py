"""A post presenting a series of dated entries, each a short line of another day than the page's and who comes then
("Tuesday 13 April 2021 – Anna", under each episode's video), keeps those lines: the page shows its own date line once,
on its own day. The stamps of a related-stories box (a day and a time alone) stay out."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "http://aid.example/news/meet-our-volunteers/"
INTRO = ("In these difficult times, let us stay in touch: every Tuesday we publish a short interview with one of the "
         "volunteers who go on our missions, about what they saw and why they go back.")
GUESTS = ["6 April 2021 – Sara", "13 April 2021 – Rickard", "20 April 2021 – Frida and Tom", "27 April 2021 – Vera"]


def _page(after: str) -> str:
    episodes = "".join(
        "<div class='wp-block-media-text'><figure class='wp-block-media-text__media'><a href='https://video.example/"
        f"v{n}'><img src='/uploads/interview-{n}.jpg' alt=''></a></figure><div class='wp-block-media-text__content'>"
        f"<p>Tuesday {guest}</p></div></div>" for n, guest in enumerate(GUESTS))
    return ("<html><head><title>Meet our volunteers – Aid</title>"
            "<meta property='article:published_time' content='2021-04-07T10:00:00+00:00'></head><body>"
            "<article class='post hentry'><h1>Meet our volunteers</h1><p class='meta'>on 07/04/2021</p>"
            f"<div class='entry-content'><p>{INTRO}</p>{episodes}{after}</div></article></body></html>")


def test_a_series_of_dated_entries_stays_in_the_text():
    # Fails before: each "Tuesday <day> – <name>" line was read as a date line, and the post kept its intro alone.
    found = extract_article(_page(""), URL)
    lines = found.body.split("\n\n")
    assert lines[0] == INTRO
    assert lines[1:] == [f"Tuesday {guest}" for guest in GUESTS]


def test_stamps_of_related_stories_stay_out():
    related = "<h4>Related</h4>" + "".join(f"<p>{day} 08:00</p>" for day in ("2021.03.17", "2021.02.04", "2020.11.26"))
    found = extract_article(_page(related), URL)
    assert found.body.split("\n\n")[-1] == f"Tuesday {GUESTS[-1]}"
    assert "2021.03.17" not in found.body
