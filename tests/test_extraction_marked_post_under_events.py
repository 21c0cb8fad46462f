"""A town centre's WordPress site files a monthly round-up press release ("April events at the harbour") at an address
under its events pages (`/things-to-do/events/april/`). Its news listing presents it as a post; the page carries no
metadata at all (an empty <head>), but its <body> classes mark it a blog post (`single-post postid-N`) and it shows its
date. That is an article; an event's own page at such an address (the events plugin's classes), or a post no listing
presents there, stays out."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://harbourtown.example/things-to-do/events/april/"
TEXT = "".join(f"<p>{line}</p>" for line in (
    "Join the harbour town and the local growers this April for a month of home-grown food, starting with a cooking "
    "show by a young chef from the island.",
    "Children who like to cook can sign up for a seed-to-plate workshop where they plant herbs and make a salad.",
    "The science fair returns to the arts centre, where pupils show what they built over the winter term.",
    "And remember to download the events app for updates on everything happening around the harbour."))


def _page(body_classes: str) -> str:
    return ("<!DOCTYPE html><html lang='en-US'><head></head>"
            f"<body class='{body_classes}'><header><a href='/'><img src='/logo.png' alt='Harbour Town'></a>"
            "<nav><a href='/news/'>News</a> <a href='/things-to-do/'>Things to do</a></nav></header>"
            "<main><div class='heading'><h1 class='single-heading'>April Events At The Harbour</h1>"
            "<p class='date'>01 April 2018</p></div><article id='post-173' class='post-173 post type-post hentry'>"
            f"<div class='single-article'>{TEXT}</div></article></main>"
            "<footer><p>Harbour Town, 2018</p></footer></body></html>")


POST = "post-template-default single single-post postid-173 single-format-standard"
EVENT = "single single-tribe_events postid-174 tribe-events-page-template"


def test_a_listed_post_marked_by_its_body_classes_under_an_events_address_is_an_article():
    # Fails before ("other", "address segment /events"): only JSON-LD declaring a blog post let such a page in.
    result = extract_article(_page(POST), URL, listed_as_article=True)
    assert result.page_type == "article", result.page_reason
    assert result.published.startswith("2018-04-01")


def test_an_events_plugins_page_under_an_events_address_stays_out():
    result = extract_article(_page(EVENT), URL, listed_as_article=True)
    assert result.page_type == "other"


def test_a_post_no_listing_presents_under_an_events_address_stays_out():
    result = extract_article(_page(POST), URL, listed_as_article=False)
    assert result.page_type == "other"
