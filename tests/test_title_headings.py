"""Titles read from the heading that opens the text when the stated titles name the site, the section or an
editor's search-engine headline; and the post's date line rather than a day its headline names."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

TEXT = ("<p>The working group met for two days to agree the next steps of the archive project, and the minutes are "
        "now open for comments from every member of the association.</p>"
        "<p>Members who could not attend may send their notes to the secretary before the end of the month.</p>")

SIDEBAR = "<div class='side'><h2>Quick links</h2><ul><li><a href='/a'>Members</a></li><li><a href='/b'>Join</a></li></ul></div>"


def _page(head: str, body: str) -> str:
    return f"<html lang='en'><head>{head}</head><body>{body}</body></html>"


def test_a_stated_title_no_heading_shows_loses_to_the_h2_opening_the_text():
    # og:title names the site on every page and <title> the section; the post's headline is an <h2>, no <h1>.
    head = "<title>Association News</title><meta property='og:title' content='Heritage-Home'>"
    body = (f"<header><a href='/'>Heritage Association</a></header>{SIDEBAR}"
            "<div id='content'><h2>Working group agrees the archive plan</h2>"
            f"<h6>Association News | March 3, 2021, 10:15 a.m.</h6>{TEXT}</div>"
            "<footer><h2>Contact</h2><p>Write to us.</p></footer>")
    found = extract_article(_page(head, body), "https://heritage.example/news/association_news/41.html")
    assert found.title == "Working group agrees the archive plan"
    # A stated title that a heading shows stays the title.
    shown = body.replace("<h6>", "<div class='post-title'>Archive plan agreed</div><h6>")
    found = extract_article(_page(head.replace("Heritage-Home", "Archive plan agreed"), shown),
                            "https://heritage.example/news/association_news/41.html")
    assert found.title == "Archive plan agreed"


def test_a_headline_under_a_logo_h1_keeps_its_dashes_and_commas_and_its_date_line_dates_it():
    # The site's logo is the <h1> (a link home); the headline is an <h2> linking to the page itself, naming the
    # days of an event; <title> repeats it. No part of it is the site's name, so nothing is cut, and the post's
    # date line under the headline dates the page, not the event's days in the breadcrumb and headline.
    headline = "Summer School on Archives, 22 - 26 July 2013"
    head = f"<title>{headline}</title>"
    body = ("<h1 class='logo'><a href='index.html'>Heritage - Network for Archives</a></h1>"
            f"<div class='crumbs'><a href='index.html'>Home</a> <a href='news.html'>News</a> {headline}</div>"
            f"<h2 class='contentheading'><a href='page7.html?view=article&amp;id=7'>{headline}</a></h2>"
            "<div class='article-meta'><span class='createdate'>Friday, 22 February 2013</span></div>"
            f"<div class='article-content'>{TEXT}</div>")
    found = extract_article(_page(head, body), "https://heritage.example/page7.html")
    assert found.title == headline
    assert found.published == "2013-02-22"


def test_an_articles_h1_beats_a_differing_search_engine_title():
    head = ("<title>Moving house, online</title><meta property='og:title' content='Moving house, online'>"
            "<script type='application/ld+json'>{\"@type\": \"Article\", \"headline\": \"Moving house, online\"}</script>")
    body = ("<header class='site-head'><a class='logo' href='/'>Tinkerer</a></header><main><article>"
            "<header class='article-header'><a href='/tag/hosting/'>hosting</a>"
            "<h1 class='article-title'>Why I moved my blog to a container</h1>"
            "<time datetime='2021-12-05'>Dec 5, 2021</time></header>"
            f"<section class='content'><h3>An update first</h3>{TEXT}<h1>Containers!</h1>{TEXT}</section>"
            "</article></main>")
    found = extract_article(_page(head, body), "https://tinkerer.example/posts/moved-my-blog/")
    assert found.title == "Why I moved my blog to a container"
