"""A standfirst set as a heading under the headline (`<h2 class="subtitle">`, "article-excerpt"), without its full
stop: the text's first paragraph, as a standfirst set in <p> is."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

PARAGRAPHS = (
    "The ferry company said on Tuesday that the older of its two boats would stay in the yard until the end of "
    "the month, after an inspection found wear on the propeller shaft.",
    "Passengers on the morning crossings have been moved to the smaller boat, which carries fewer cars, and the "
    "company asked drivers to book ahead where they can.",
    "The harbour board said the timetable for the summer would not change, and that it expected both boats back "
    "in service before the school holidays begin.",
)


def _page(deck: str) -> str:
    text = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    return ("<html lang='en'><head><title>Ferry out of service for a month | Island Post</title></head><body>"
            "<header class='site-header'><a href='/'>Island Post</a><nav><a href='/news/'>News</a>"
            "<a href='/sport/'>Sport</a></nav></header><main><article class='story'>"
            f"<header class='story-header'><h1>Ferry out of service for a month</h1>{deck}"
            "<div class='byline'>By Ann Berg <time datetime='2024-03-12T08:00:00'>12 March 2024</time></div>"
            f"</header><div class='story-body'>{text}</div></article></main>"
            "<footer class='site-footer'><p>Island Post, Quay Street 2</p></footer></body></html>")


DECK = "Morning crossings move to the smaller boat while the older one waits in the yard for repairs"


def test_a_standfirst_set_as_a_heading_classed_as_the_subtitle_opens_the_text():
    """Fails before: only paragraphs were taken from between the headline and the text, so the deck was lost."""
    found = extract_article(_page(f"<h2 class='story-subtitle'>{DECK}</h2>"), "https://post.example/news/ferry/")
    assert found.body.startswith(DECK + "\n\n" + PARAGRAPHS[0])


def test_a_deck_classed_as_the_excerpt_opens_the_text_too():
    found = extract_article(_page(f"<h2 class='article-excerpt text-xl'>{DECK}</h2>"),
                            "https://post.example/news/ferry/")
    assert found.body.startswith(DECK + "\n\n")


def test_a_short_heading_under_the_headline_or_one_not_named_a_standfirst_stays_out():
    """A label of a few words classed as the subtitle, and a sentence-long heading of no lead class, are no deck."""
    for deck in ("<h2 class='subtitle'>Island news in brief</h2>", f"<h2 class='story-kicker'>{DECK}</h2>"):
        found = extract_article(_page(deck), "https://post.example/news/ferry/")
        assert found.body.startswith(PARAGRAPHS[0]), deck
