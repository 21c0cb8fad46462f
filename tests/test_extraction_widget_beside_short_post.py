"""A widget in the side column's <aside> may hold more text than a short post beside it (a video plugin's error
notice, a contact box): the post is the text its own wrapper holds under the page's headline, however short."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://pollination.example/orchard-bees-do-the-work/"
TITLE = "Orchard bees do the work"

# A plugin that could not reach its video service prints its error in the widget, every page alike.
NOTICE = ("<div class='gallery-error'>Error type: \"Forbidden\". Error message: \"The request could not be completed "
          "because the daily limit of requests to the video service was used up.\" Reason: \"limitReached\"."
          "<br><br>Did you set your own key for the service? See the <a href='/help/'>help</a> of the gallery."
          "<br><br>Check that the channel named in the settings exists, and read the <a href='/faq/'>questions</a> "
          "others asked before you write to the plugin's <a href='/support/'>support</a>.</div>")


def _page(post: str, aside_inside_post: bool = False) -> str:
    """A WordPress theme's single post: its <article> with the title as <h2>, the byline's dates and the text; the
    side column's widgets in <aside>s beside it (a search box, a video gallery, the contact lines)."""
    widgets = (f"<aside id='gallery-2' class='widget'><h3 class='widget-title'>Videos</h3>{NOTICE}</aside>"
               "<aside id='text-3' class='widget widget_text'><h3 class='widget-title'>Contact</h3>"
               "<div class='textwidget'><p>Project office<br>Department of Entomology<br>"
               "<a href='mailto:office@pollination.example'>office@pollination.example</a></p></div></aside>")
    inside, beside = (widgets, "") if aside_inside_post else ("", widgets)
    return (f"<!doctype html><html lang=en-US><head><meta charset=utf-8><title>{TITLE} – Pollination Project</title>"
            "<meta property='og:type' content='article'>"
            "<meta property='article:published_time' content='2014-06-02T18:54:48+00:00'></head>"
            "<body class='single single-post postid-255'><div class='wrapper'><header><a href='/'>Pollination "
            "Project</a><nav><a href='/news/'>News</a> <a href='/about/'>About</a></nav></header>"
            "<div id='main' class='container'><div id='container'><div id='primary'><div id='content'><section>"
            f"<article><header class='entry-header'><h2 class='entry-title'>{TITLE}</h2></header>"
            "<div class='entry-meta'><span class='byline'><a href='/author/lee/'>Lee Moss</a></span> "
            "<time class='entry-date published' datetime='2014-06-02T14:54:48-04:00'>June 2, 2014</time></div>"
            f"<div class='entry-content'>{post}</div>{inside}"
            "<ul class='default-wp-page'><li class='previous'><a href='/wild-bees/'>Wild bees</a></li></ul>"
            "</article></section></div></div>"
            f"<div id='secondary'><aside id='search-3' class='widget widget_search'><form action='/'>"
            f"<input name='s'></form></aside>{beside}</div></div></div>"
            "<footer><p>Copyright 2026 Pollination Project</p></footer></div></body></html>")


POST = ("<p>Wild bees pollinate orchards better than rented hives, and at no cost, a study finds. They may help "
        "growers through the losses of their managed colonies.</p>")


def test_the_short_post_is_the_text_not_the_longer_widget_beside_it():
    # Fails before: the widget's error notice held the most text on the page, so the page-wide container around both
    # columns was the text, and the notice's three lines closed the post.
    body = extract_article(_page(POST), URL).body
    assert body.startswith("Wild bees pollinate orchards"), body
    assert body.rstrip().endswith("losses of their managed colonies.")
    assert "limit of requests" not in body and "Department of Entomology" not in body


def test_a_post_of_one_line_beside_the_widget_keeps_its_line():
    # Fails before: the widget outweighed the post's one line, which was left out as a lone link line: no text.
    post = "<p><a href='/uploads/newsletter-2014.pdf'>Click here</a> to read about the project's first year.</p>"
    body = extract_article(_page(post), URL).body
    assert body == "Click here to read about the project's first year.", body


def test_an_aside_inside_the_post_is_not_moved_beside_it():
    # The rule reads an <aside> outside the post's own wrapper: one the post holds is none of its business.
    post = POST + "<p>The growers who took part will meet again in the spring to compare their yields.</p>"
    body = extract_article(_page(post, aside_inside_post=True), URL).body
    assert body.startswith("Wild bees pollinate orchards"), body
