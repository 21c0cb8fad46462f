"""A Pelican theme states the site's name as every page's <title> and shows it as the <h1> of its top bar (and again
in a mobile tab bar); the post's headline is the <h2> opening the page's one <article>, its byline and date under
the text. The title stored was the site's name on every post. Some posts open with a greeting of a line or two
before the text's first section heading, an <h2> like the headline: that section's heading was taken instead."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://quillproject.example/spring-sprint.html"
SITE = "Quill Project"
HEADLINE = "Spring sprint, made short"


def _post(text: str) -> str:
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            f"<title>{SITE}</title><meta name='author' content='Quill Team'></head><body>"
            "<div class='off-canvas-wrap'><nav class='tab-bar show-for-small'><section class='middle'>"
            f"<h1 class='title'>{SITE}</h1></section></nav>"
            "<nav class='top-bar'><ul class='title-area'><li class='name'>"
            f"<h1><a href='https://quillproject.example/'>{SITE}</a></h1></li></ul>"
            "<section><ul><li><a href='/pages/about.html'>About</a></li><li><a href='/category/news.html'>News</a></li>"
            "<li><a href='/pages/contact.html'>Contact</a></li></ul></section></nav>"
            "<section class='main-section'><div class='row'><div class='columns' role='content'>"
            f"<article><h2>{HEADLINE}</h2>{text}<hr/>"
            "<h6>Written by <a href='/author/mira.html'>mira</a> in <a href='/category/news.html'>News</a> "
            "on 07/06/2013.</h6></article></div>"
            "<aside class='columns'><div class='panel'><h5>Follow us</h5><ul><li><a href='/feeds/all.rss.xml'>RSS</a>"
            "</li></ul></div></aside></div></section>"
            "<footer><p>Powered by a static generator.</p></footer></div></body></html>")


LONG_OPENING = ("<p>Hello there! It has been a long time without posting, and the project was a bit sleepy, so we "
                "decided to give it a fresh start with a new blog.</p>"
                "<p>Join the discussion on our mailing list, it is a good moment to help.</p>")
GREETING = ("<p>Hello!</p><p>We come with news!</p>"
            "<h2>New helpers and happy hacking</h2>"
            "<p>Three new contributors joined the sprint and fixed the import of the council's votes, the search "
            "page and the design of the profile pages.</p>"
            "<h2>What comes next</h2><p>We plan a second sprint in the autumn, with a workshop for new helpers.</p>")


def test_a_title_naming_the_site_that_the_top_bar_shows_gives_way_to_the_posts_heading():
    # Fails before: the title stored was the site's name (SITE).
    page = extract_article(_post(LONG_OPENING), URL, listed_as_article=True)
    assert page.title == HEADLINE


def test_the_heading_opening_the_one_article_over_a_greeting_is_the_headline():
    # Fails before: the title stored was the site's name; with the site's name set aside, the first section's
    # heading ("New helpers and happy hacking"), which more text follows.
    page = extract_article(_post(GREETING), URL, listed_as_article=True)
    assert page.title == HEADLINE


def test_a_listing_of_posts_is_no_lone_article():
    # Two <article> teasers, each opening with its heading over a greeting: no heading is the page's headline.
    teaser = ("<article><h2><a href='/a.html'>First post</a></h2><p>Hello!</p>"
              "<h2>A section</h2><p>" + "Words of the first post's text. " * 6 + "</p></article>")
    html = _post(LONG_OPENING).replace(f"<article><h2>{HEADLINE}</h2>", teaser + "<article><h2>Second post</h2>")
    page = extract_article(html, "https://quillproject.example/index2.html")
    assert page.title != "Second post"
