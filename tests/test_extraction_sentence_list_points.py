"""A post summing up a week as a list of sentences, each linking the news it tells of ("We released the <a>new
tide tables</a>."): the points are the writer's prose and the post is the text, not a sidebar of event blurbs beside
it; a list of teasers, a label and a headline linked whole, stays out."""
from __future__ import annotations

import lxml.html

from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.extraction.blocks import linearise
from news_archive.pipelines.extraction.container_scores import block_weight

URL = "https://harbourworks.example.net/blog/2024/03/week-in-review-march-4/"
TITLE = "Week in review - March 4"
OPENING = "Here is a quick look at what happened around the harbour works last week:"
POINTS = [
    ("The ", "north pier's new crane is now in service, and it lifts twice the old one's load", "."),
    ("We made some ", "changes to the summer berth booking rules", "."),
    ("We released the ", "updated tide tables for the spring months", "."),
    ("We ", "raised the speed limit in the outer channel", ", after a month of trials with the pilots."),
    ("The ", "ferry timetable", " now lists the extra evening crossings on Fridays and Saturdays."),
]
CLOSING = "Stay tuned for next week! Meanwhile, follow us on the social networks and subscribe to the feed."
EVENTS = [
    "Tuesday, March 12, 2024 18:00 - 20:00 An evening talk on how the old harbour walls were built and what the "
    "divers found under them last winter, with pictures from the survey and time for questions from the audience.",
    "Thursday, March 14, 2024 10:00 AM An online session for boat owners on the new berth booking system: how to "
    "register, how to book a season and what to do when a booking has to be moved at short notice.",
    "Saturday, March 16, 2024 all day The open day at the works yard, with guided tours of the new crane, the "
    "workshop and the survey boat, and a chance to talk with the engineers about the plans for the coming years.",
    "Wednesday, March 20, 2024 19:00 A meeting of the harbour users' council, open to all: the agenda covers the "
    "dredging of the inner basin, the prices for the coming season and the plans for a second slipway by the yard.",
]
TEASERS = [("Cranes", "Why our new crane lifts so much more!"), ("Tides", "The spring tides are the highest in years!"),
           ("Ferries", "Extra crossings on summer weekends!"), ("Divers", "What lies under the old harbour walls?")]


def _page(points: list[tuple[str, str, str]]) -> str:
    items = "".join(f"<li>{before}<a href='/blog/2024/03/news-{n}/'>{linked}</a>{after}</li>"
                    for n, (before, linked, after) in enumerate(points))
    teasers = "".join(f"<li><strong>{label}:</strong> <a href='/blog/2024/02/{n}/'>{headline}</a></li>"
                      for n, (label, headline) in enumerate(TEASERS))
    events = "".join(f"<div class='event'><h4><a href='/events/{n}/'>Event {n}</a></h4><div>{text} "
                     f"<a href='/events/{n}/register'>Register now</a></div></div>" for n, text in enumerate(EVENTS))
    return (f"<html lang='en'><head><title>{TITLE}</title></head><body><div id='main'><div class='entry'>"
            f"<h2>{TITLE}</h2><div class='entry-body'><p>{OPENING}</p><table><tr><td>Monday, March 4</td>"
            f"<td><ul>{items}</ul></td></tr></table><p>{CLOSING}</p></div></div>"
            f"<div class='more'><h3>More from the blog</h3><ul>{teasers}</ul></div></div>"
            f"<div id='side'><h3>Upcoming events</h3>{events}</div></body></html>")


def _sentence(point: tuple[str, str, str]) -> str:
    return "".join(point)


def test_a_list_of_sentences_around_their_links_is_the_posts_text():
    """Fails before: the points, mostly linked, were dropped as a list of links, all but the one with more of the
    writer's words than link."""
    body = extract_article(_page(POINTS), URL).body
    for point in POINTS:
        assert _sentence(point) in body
    assert OPENING in body and CLOSING in body
    assert not any(event[:40] in body for event in EVENTS)


def test_labelled_teasers_ending_on_their_headline_stay_out():
    body = extract_article(_page(POINTS), URL).body
    assert not any(headline in body for _, headline in TEASERS)


def test_sentence_points_weigh_as_prose_and_labelled_teasers_as_a_menu():
    """Fails before: a point mostly linked weighed as a menu's item, against its post (where a sidebar of event
    blurbs sat beside a short post, the blurbs outweighed it and were taken for the text)."""
    blocks = linearise(lxml.html.fromstring(_page(POINTS)).find("body"))
    weights = {b.text: block_weight(b) for b in blocks if b.kind == "item"}
    assert all(weights[_sentence(point)] > 0 for point in POINTS)
    assert all(weights[f"{label}: {headline}"] < 0 for label, headline in TEASERS)


def test_a_sidebar_of_titles_and_excerpts_stays_out_of_a_short_post():
    """A teaser led by its linked title and followed by its excerpt, a sentence of its own, is no point of a text:
    the short post beside such a list stays alone."""
    post = ["The harbour council met on Tuesday and agreed the budget for the coming year, with more money for the "
            "dredging of the inner basin.", "The next meeting is in May; the minutes will be posted here."]
    teasers = "".join(f"<li><a href='/blog/{n}/'>Harbour news number {n}</a> We look back at the old pier.</li>"
                      for n in range(6))
    html = (f"<html lang='en'><head><title>{TITLE}</title></head><body><div id='main'><h1>{TITLE}</h1>"
            f"<div class='entry'>{''.join(f'<p>{p}</p>' for p in post)}</div></div>"
            f"<div id='side'><h3>Recent posts</h3><ul>{teasers}</ul></div></body></html>")
    assert extract_article(html, URL).body.split("\n\n") == post
