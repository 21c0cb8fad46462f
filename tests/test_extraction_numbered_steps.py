"""A how-to whose theme sets each step's heading as a styled line ("<span class='step-title'>Step 1</span>"), not a
heading element, over the step's paragraph: the numbered lines running on by one are the text's headings, not short
labels."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://crafts.example.com/how-to/make-a-bird-feeder.html"
TITLE = "How to make a bird feeder from a milk carton"
INTRO = ("A feeder made from an empty carton brings finches to a balcony within a week, and it takes an afternoon "
         "with tools most kitchens already have.")
STEPS = [
    "Rinse the carton twice with warm water and leave it upside down on a towel until it is completely dry inside.",
    "Cut a window into two opposite sides, leaving a rim of three centimetres at the bottom to hold the seed.",
    "Push a wooden spoon through both sides under the windows so the birds have somewhere to stand while they eat.",
    "Tie a length of garden twine through the top and hang the feeder from a branch out of reach of the cats.",
]


def _page(steps: str) -> str:
    return (f"<html lang='en'><head><title>{TITLE}</title><meta property='og:type' content='article'></head><body>"
            f"<header><a href='/'>Crafts</a></header><article><h1>{TITLE}</h1><p>{INTRO}</p>{steps}</article>"
            f"<footer><a href='/about'>About us</a></footer></body></html>")


def _step(label: str, text: str) -> str:
    return (f"<div class='step'><div class='step-body'><span class='step-title'>{label}</span><p>{text}</p></div>"
            f"<figure><img src='/img/{label.split()[-1]}.jpg' alt=''></figure></div>")


def test_numbered_step_lines_over_each_step_stay():
    """Fails before: "Step 1" ... "Step 4" were dropped as short lines loose in the step's <div>."""
    steps = "".join(_step(f"Step {n}", text) for n, text in enumerate(STEPS, 1))
    found = extract_article(_page(steps), URL)
    assert found.body.split("\n\n") == [INTRO, *(line for n, text in enumerate(STEPS, 1)
                                                  for line in (f"Step {n}", text))]


def test_short_lines_not_numbering_steps_still_go():
    """A label over each paragraph that does not count on by one ("Photo 2", "Photo 7", "Photo 3") is no step."""
    steps = "".join(_step(f"Photo {n}", text) for n, text in zip((2, 7, 3, 5), STEPS))
    found = extract_article(_page(steps), URL)
    assert found.body.split("\n\n") == [INTRO, *STEPS]
