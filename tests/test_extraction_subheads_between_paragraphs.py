"""Subheadings set between a story's paragraphs as short lines, not heading elements: a newsroom's line in a styled
element ("<span class='cross-head'>"), a wire editor's short paragraph typed in capitals ("<p>TALKS RESUME</p>"). Each
is a subheading of the text, not a short label; a one-word line in capitals or a label naming furniture still goes."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://tidings.example.com/news/business-40012345"
TITLE = "The bakeries that chose the harbour over the high street"
PARAGRAPHS = [
    "Three of the town's new bakeries opened this year on the old harbour front, where rents are lower and the morning "
    "ferry brings a queue of hungry commuters.",
    "The owners say the quay was empty two years ago, and that the first shop to open there took a gamble that has "
    "since paid off for everyone on the waterfront.",
    "Down the quay, a second baker sells rye loaves to the fishing crews before dawn, and closes by noon when the "
    "bread is gone.",
    "Her customers say they would cross the town for the loaves, and some of them already do so every weekend.",
]


def _page(story: str) -> str:
    return (f"<html lang='en'><head><title>{TITLE}</title><meta property='og:type' content='article'></head><body>"
            f"<div class='layout'><h1 class='story-header'>{TITLE}</h1><span class='date'>4 April 2024</span>"
            f"<div class='story-body'>{story}</div></div></body></html>")


def test_a_subheading_set_in_a_span_named_for_it_between_paragraphs_stays():
    """Fails before: "Early risers" and "Bread by noon" were dropped as short lines set loose in the story's <div>."""
    story = (f"<p>{PARAGRAPHS[0]}</p><span class='cross-head'>Early risers</span><p>{PARAGRAPHS[1]}</p>"
             f"<span class='cross-head'>Bread by noon</span><p>{PARAGRAPHS[2]}</p><p>{PARAGRAPHS[3]}</p>")
    found = extract_article(_page(story), URL)
    assert found.body.split("\n\n") == [PARAGRAPHS[0], "Early risers", PARAGRAPHS[1], "Bread by noon", *PARAGRAPHS[2:]]


def test_a_short_line_in_a_span_named_otherwise_still_goes():
    story = (f"<p>{PARAGRAPHS[0]}</p><span class='label-box'>Sponsored spot</span><p>{PARAGRAPHS[1]}</p>"
             f"<span class='cross-head'>Advertisement</span><p>{PARAGRAPHS[2]}</p>")
    found = extract_article(_page(story), URL)
    assert found.body.split("\n\n") == PARAGRAPHS[:3]


def test_short_subheadings_typed_in_capitals_between_paragraphs_stay():
    """Fails before: "EARLY RISERS" and "BREAD BY NOON" were dropped as tiny lines with no full stop."""
    story = (f"<p>{PARAGRAPHS[0]}</p><p>EARLY RISERS</p><p>{PARAGRAPHS[1]}</p><p>BREAD BY NOON</p>"
             f"<p>{PARAGRAPHS[2]}</p><p>{PARAGRAPHS[3]}</p>")
    found = extract_article(_page(story), URL)
    assert found.body.split("\n\n") == [PARAGRAPHS[0], "EARLY RISERS", PARAGRAPHS[1], "BREAD BY NOON", *PARAGRAPHS[2:]]


def test_a_label_in_capitals_between_paragraphs_still_goes():
    story = (f"<p>{PARAGRAPHS[0]}</p><p>ADVERTISEMENT</p><p>{PARAGRAPHS[1]}</p><p>READ MORE</p>"
             f"<p>{PARAGRAPHS[2]}</p><p>{PARAGRAPHS[3]}</p>")
    found = extract_article(_page(story), URL)
    assert found.body.split("\n\n") == PARAGRAPHS


def test_a_subheading_in_a_widgets_title_class_between_paragraphs_stays():
    """Fails before: "Early risers" and "Bread by noon", set in the theme's "widget-title" <h2>, were pruned as a
    sidebar widget's titles, the second opening its own part of the story over a picture."""
    heading = "<h2 class='widget-title font-bold'>{}</h2>"
    story = (f"<div class='story-part'><p>{PARAGRAPHS[0]}</p>{heading.format('Early risers')}<p>{PARAGRAPHS[1]}</p>"
             f"</div><div class='story-part'>{heading.format('Bread by noon')}<div class='widget-image'>"
             f"<img src='/img/quay.jpg' alt=''></div><span class='caption'></span><p>{PARAGRAPHS[2]}</p>"
             f"<p>{PARAGRAPHS[3]}</p></div>")
    sidebar = ("<div class='sidebar'><h2 class='widget-title'>Latest news</h2><ul><li><a href='/news/1'>Ferry "
               "timetable changes</a></li><li><a href='/news/2'>Market day moves</a></li></ul></div>")
    found = extract_article(_page(story).replace("</body>", f"{sidebar}</body>"), URL)
    assert found.body.split("\n\n") == [PARAGRAPHS[0], "Early risers", PARAGRAPHS[1], "Bread by noon", *PARAGRAPHS[2:]]


def test_a_heading_for_screen_readers_between_paragraphs_still_goes():
    story = (f"<p>{PARAGRAPHS[0]}</p><h2 class='sr-only'>Story continues</h2><p>{PARAGRAPHS[1]}</p>"
             f"<h2 class='widget-title visually-hidden'>Story goes on</h2><p>{PARAGRAPHS[2]}</p><p>{PARAGRAPHS[3]}</p>")
    found = extract_article(_page(story), URL)
    assert found.body.split("\n\n") == PARAGRAPHS
