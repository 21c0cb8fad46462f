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


def test_a_heading_holding_the_title_and_a_comment_count_or_date_gives_the_clean_title():
    # The theme prints the comment count or the post's day inside the headline's element; <title> is the headline.
    for extra in ("<span class='comments'>57</span>", "<em>March 3, 2021</em>"):
        head = "<title>Working group agrees the archive plan - Heritage</title>"
        body = (f"<div id='content'><h2><a href='/news/41.html'>Working group agrees the archive plan</a> {extra}</h2>"
                f"{TEXT}</div>")
        found = extract_article(_page(head, body), "https://heritage.example/news/41.html")
        assert found.title == "Working group agrees the archive plan"


def test_heading_text_drops_ruby_notes_keeps_soft_hyphens_and_keeps_lines_apart():
    head = "<title>Heritage</title>"
    body = (f"<article><h1 class='title'>Ar\u00adchive plan <ruby>agreed<rt>note</rt></ruby></h1>{TEXT}</article>")
    assert extract_article(_page(head, body), "https://heritage.example/n/1").title == "Ar\u00adchive plan agreed"
    body = f"<div id='content'><h2>Working group meets<br>Archive plan agreed</h2>{TEXT}</div>"
    found = extract_article(_page("<meta property='og:title' content='Heritage-Home'>", body),
                            "https://heritage.example/n/2")
    assert found.title == "Working group meets Archive plan agreed"


def test_label_owner_and_landmark_headings_do_not_beat_a_stated_title():
    head = "<title>Working group agrees the archive plan | Anna Berg</title>"
    pages = [
        # The blog owner's name in the site's header box.
        f"<div class='site-header'><h2>ANNA BERG</h2><p>{TEXT}</p></div><div id='content'>{TEXT}</div>",
        # A sharing box's label.
        f"<div id='content'><p>Working group agrees the archive plan</p>"
        f"<div class='likes'><h3>Like this:</h3>{TEXT}</div></div>",
        # A contents toggle.
        f"<div id='content'><button><h2>Contents</h2></button>{TEXT}</div>",
        # A short heading sharing no word with the title, whose words the page shows.
        f"<div id='content'><p>Working group agrees the archive plan</p><h2>Minutes</h2>{TEXT}</div>",
    ]
    for body in pages:
        found = extract_article(_page(head, body), "https://heritage.example/news/41.html")
        assert found.title == "Working group agrees the archive plan", body


def test_a_kicker_block_and_a_headline_join_without_a_space_before_the_colon_and_an_ellipsis_stays():
    head = "<title>Heritage</title>"
    body = ("<article><h1 class='title'><div class='kicker'>Archive plan</div><span class='hidden'>: </span>"
            f"<span>Working group agrees</span></h1>{TEXT}</article>")
    assert extract_article(_page(head, body), "https://heritage.example/n/3").title == \
        "Archive plan: Working group agrees"
    head = "<title>Working group agrees the archive plan… - Heritage</title>"
    body = f"<div id='content'><h2>Working group agrees the archive plan…</h2>{TEXT}</div>"
    assert extract_article(_page(head, body), "https://heritage.example/n/4").title == \
        "Working group agrees the archive plan…"
