"""A blog engine's entries of another type than its posts (a sponsor's profile, a speaker's bio) that only their
metadata dates are the site's pages, not its news."""
from __future__ import annotations

from lxml import html as lxml_html

from news_archive.archive.cms_classes import entry_post_type
from news_archive.pipelines.extraction import extract_article
from news_archive.spiders.decisions import SourceDecisions

PROFILE = ("<p>Harbour Instruments builds the pressure sensors used in most of the region's ferry fleet.</p>"
           "<p>The company was started by two engineers from the shipyard and now employs ninety people in "
           "three workshops along the quay.</p>")


def _entry(body_classes: str, date_line: str = "", text: str = PROFILE) -> str:
    """A WordPress entry as an SEO plugin writes it: a WebPage in JSON-LD with the day it was saved, the same day in
    microdata, og:type article on every page."""
    return (
        "<html lang='en'><head><title>Harbour Instruments - Coastal Forum</title>"
        "<meta property='og:type' content='article'><meta property='og:title' content='Harbour Instruments'>"
        "<script type='application/ld+json'>{\"@context\": \"https://schema.org\", \"@graph\": ["
        "{\"@type\": \"WebSite\", \"name\": \"Coastal Forum\"},"
        "{\"@type\": \"WebPage\", \"name\": \"Harbour Instruments\", \"datePublished\": \"2018-03-12T14:29:26-04:00\","
        " \"dateModified\": \"2018-03-12T14:31:02-04:00\"}]}</script></head>"
        f"<body class='{body_classes}'>"
        "<nav><a href='/'>Home</a> <a href='/news/'>News</a> <a href='/sponsors/'>Sponsors</a></nav>"
        "<div class='content'><article><meta itemprop='datePublished' content='2018-03-12'>"
        f"<h1 class='entry-title'>Harbour Instruments</h1>{date_line}<div class='entry-content'>{text}</div>"
        "</article></div><footer><p>Coastal Forum, Harbour Street 1</p></footer></body></html>")


SPONSOR = "sponsor-template-default single single-sponsor postid-4109 sponsor-harbour-instruments"
URL = "https://forum.example/sponsor/harbour-instruments/"


def test_a_custom_post_type_entry_dated_in_its_metadata_only_is_a_page():
    """Fails before: the JSON-LD WebPage's datePublished made the profile a dated article, stored by a crawl."""
    result = extract_article(_entry(SPONSOR), URL)
    assert result.page_type == "page"
    assert "'sponsor' entry" in result.page_reason
    assert result.body.startswith("Harbour Instruments builds")


def test_the_same_entry_stays_an_article_when_readers_see_its_date_or_the_site_lists_it_as_one():
    """News kept in a post type of its own shows its date, or is listed with the articles; posts are posts."""
    shown = _entry(SPONSOR, "<p class='entry-meta'>Posted on March 12, 2018</p>")
    assert extract_article(shown, URL).page_type == "article"
    assert extract_article(_entry(SPONSOR), URL, listed_as_article=True).page_type == "article"
    post = "post-template-default single single-post postid-4110 single-format-standard post-harbour-instruments"
    assert extract_article(_entry(post), "https://forum.example/harbour-instruments/").page_type == "article"


def test_entry_post_type_reads_wordpress_body_classes_only():
    def of(classes: str) -> str | None:
        return entry_post_type(lxml_html.fromstring(f"<html><body class='{classes}'><p>x</p></body></html>"))
    assert of(SPONSOR) == "sponsor"
    assert of("post-template-default single single-post postid-12 single-format-video") == "post"
    # A theme's own `single-author` class, a post format, no post id: no post type named.
    assert of("single single-author postid-12 single-format-video") is None
    assert of("single-sponsor sponsor-template-default") is None
    assert of("page-template-default page page-id-2") is None


def test_an_entry_of_another_type_is_not_listed_as_an_article_by_its_own_og_type():
    """Fails before: og:type article, which the SEO plugin stamps on every entry, counted as the site's word that a
    sponsor's profile is an article, and that word outweighed the missing date in the crawl."""
    decisions = SourceDecisions(lambda url, why: None, ["https://forum.example/news/"])
    assert not decisions.listed_as_article(lxml_html.fromstring(_entry(SPONSOR)), URL)
    post = "post-template-default single single-post postid-4110 single-format-standard post-harbour-instruments"
    assert decisions.listed_as_article(lxml_html.fromstring(_entry(post)), "https://forum.example/harbour-instruments/")
    assert decisions.listed_as_article(lxml_html.fromstring(_entry("")), "https://forum.example/harbour-instruments/")
    # The news listing's own family still presents an entry of any type as news.
    for slug in ("first", "second"):
        decisions.families.learn(f"https://forum.example/news/{slug}/")
    assert decisions.listed_as_article(lxml_html.fromstring(_entry(SPONSOR)), "https://forum.example/news/third/")
