"""A standfirst set as a list of key points under the headline (a box classed as the summary): the text's opening
points, as a standfirst set in <p> is."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

POINTS = ("The older of the island's two ferries stays in the yard until the end of the month.",
          "Morning crossings move to the smaller boat, which carries fewer cars.",
          "The summer timetable does not change, the harbour board says.")
PARAGRAPHS = (
    "The ferry company said on Tuesday that the older of its two boats would stay in the yard until the end of "
    "the month, after an inspection found wear on the propeller shaft.",
    "Passengers on the morning crossings have been moved to the smaller boat, and the company asked drivers to "
    "book ahead where they can.",
    "The harbour board expects both boats back in service before the school holidays begin.",
)


def _page(box: str) -> str:
    text = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    return ("<html lang='en'><head><title>Ferry out of service for a month | Island Post</title></head><body>"
            "<header class='site-header'><a href='/'>Island Post</a><nav><a href='/news/'>News</a>"
            "<a href='/sport/'>Sport</a></nav></header><main><article class='story'>"
            "<h1>Ferry out of service for a month</h1>"
            "<div class='byline'>By Ann Berg <time datetime='2024-03-12T08:00:00'>12 March 2024</time></div>"
            f"{box}<section class='story-body-content'>{text}</section></article></main>"
            "<footer class='site-footer'><p>Island Post, Quay Street 2</p></footer></body></html>")


def _box(points, holder_class: str = "story-summary-bullets") -> str:
    items = "".join(f"<li class='body-md'>{point}</li>" for point in points)
    return f"<div class='{holder_class}'><ul>{items}</ul></div>"


def test_key_points_in_a_box_classed_as_the_summary_open_the_text():
    """Fails before: only paragraphs were taken from between the headline and the text, so the points were lost."""
    found = extract_article(_page(_box(POINTS)), "https://post.example/news/ferry/")
    assert found.body.startswith("\n\n".join(POINTS) + "\n\n" + PARAGRAPHS[0])


def test_a_list_of_labels_classed_as_the_summary_or_points_in_a_box_of_no_lead_class_stay_out():
    """A contents box (labels, no sentences) classed as the summary, and sentences in a box not named a standfirst,
    are no standfirst."""
    contents = _box(("What happened to the boat", "How the crossings change", "What the harbour board says"))
    for box in (contents, _box(POINTS, "story-box")):
        found = extract_article(_page(box), "https://post.example/news/ferry/")
        assert found.body.startswith(PARAGRAPHS[0]), box
