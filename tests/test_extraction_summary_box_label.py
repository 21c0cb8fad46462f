"""A summary box's label between the standfirst and the text ("In short" over a few points, "On this page:" over
jump links) is no line of the article; the points stay, and a subheading among the text's paragraphs stays."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://valley-news.example/region/bridge-reopens-4411"
TITLE = "Old river bridge reopens after two years"
LEAD = "The old river bridge is open to traffic again after two years of repairs, a year later than planned."
POINTS = ["Cars and bikes may cross from Monday morning.", "Lorries stay on the ring road until the autumn.",
          "The repairs cost twice the first estimate."]
TEXT = [f"The council said on Friday that the last inspection had found the new deck sound, part {n} of the report "
        f"read out at the meeting, and that the river path under the arches opens again in the summer." for n in range(1, 5)]


def story(box: str, text: str | None = None) -> str:
    paragraphs = text if text is not None else "".join(f"<p>{line}</p>" for line in TEXT)
    return (f"<html><head><title>{TITLE}</title><meta property='og:type' content='article'></head><body>"
            f"<article><h1>{TITLE}</h1><time datetime='2024-05-03'>3 May 2024</time>"
            f"<div class='article-text'><p><b>{LEAD}</b></p>{box}{paragraphs}</div></article></body></html>")


@pytest.mark.parametrize("label, tag", [("In short", "h2"), ("The essentials", "h3"), ("Key points:", "p")])
def test_a_summary_box_label_after_the_lead_goes_and_its_points_stay(label, tag):
    # Fails before: the box's label stood as the body's second line.
    points = "".join(f"<li>{point}</li>" for point in POINTS)
    box = f"<div class='brief-box'><{tag} class='brief-box-title'>{label}</{tag}><ul>{points}</ul></div>"
    body = extract_article(story(box), URL).body.split("\n\n")
    assert body == [LEAD, *POINTS, *TEXT]


def test_a_table_of_contents_label_left_alone_goes():
    # The jump links are dropped as furniture; their label stood alone.
    links = "".join(f"<li><a href='#part{n}'>Part {n}</a></li>" for n in range(1, 4))
    box = f"<div class='box'><div class='jump-list'><p class='jump-title'>On this page:</p><ul>{links}</ul></div></div>"
    assert extract_article(story(box), URL).body.split("\n\n") == [LEAD, *TEXT]


def test_a_subheading_among_the_text_stays():
    text = "<h2>The repairs</h2>" + "".join(f"<p>{line}</p>" for line in TEXT)
    assert extract_article(story("", text), URL).body.split("\n\n") == [LEAD, "The repairs", *TEXT]


def test_the_heading_of_the_first_of_a_series_of_cards_stays():
    cards = "".join(f"<li class='card'><h2>Tool {n}</h2><p>{line}</p></li>" for n, line in enumerate(TEXT[:3], 1))
    body = extract_article(story(f"<ul class='cards'>{cards}</ul>", ""), URL).body.split("\n\n")
    assert body[:3] == [LEAD, "Tool 1", TEXT[0]]


def test_the_heading_of_a_section_in_a_page_builder_column_stays():
    # A page builder wraps each text column apart: heading and paragraph alone in their box, a section of the text.
    column = f"<div class='column'><div class='wrapper'><h2>The repairs</h2><p>{TEXT[0]}</p></div></div>"
    body = extract_article(story(column, "".join(f"<p>{line}</p>" for line in TEXT[1:])), URL).body.split("\n\n")
    assert body == [LEAD, "The repairs", *TEXT]
