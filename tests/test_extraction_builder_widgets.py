"""A page builder sets a post as a column of widgets: each widget repeats the classes of the one holding the most
text but for a numbered name of its own, and its class words ("widget") read as a sidebar's. Inside the post's own
<article> those widgets are the post's text; the sidebar's widgets beside the article stay out."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://club.example/the-new-board/"


def _widget(number: str, inner: str) -> str:
    return (f'<section class="pb-section pb-top-section pb-element pb-element-{number}0a"><div class="pb-column">'
            f'<div class="pb-widget-wrap"><div class="pb-element pb-element-{number}f3 pb-widget pb-widget-text-editor">'
            f'<div class="pb-widget-container"><div class="pb-text-editor">{inner}</div></div></div></div></div>'
            "</section>")


POST = "".join([
    _widget("1a", "<p>Meet the students who take over the magazine this spring and will run it until next year.</p>"),
    _widget("2b", "<p>The handover took place on a rainy Tuesday in the workshop, and for its twelfth edition the "
                  "magazine passes into the hands of six engineering students, as keen as the team before them to "
                  "learn by doing.</p><p>Here is who does what, from left to right:</p>"),
    _widget("3c", "<ul><li>Ada Marsh – editor in chief</li><li>Bruno Keller – partnerships</li>"
                  "<li>Chloé Varin – layout and printing</li><li>Dmitri Olsen – website</li></ul>"),
    _widget("4d", "<p>A new chapter is about to begin!</p>"),
])
SIDEBAR = ('<aside class="sidebar"><div class="widget widget-text"><h3 class="widget-title">About us</h3>'
           "<p>We are a students' magazine about hospital engineering, printed once a year.</p></div></aside>")
PAGE = (f'<html lang="en"><head><title>The new board - Club</title><meta property="og:type" content="article">'
        f'<meta property="article:published_time" content="2024-03-05T10:00:00+00:00"></head><body>'
        f'<main><article class="post-77 post type-post category-news"><header><h1 class="entry-title">The new board'
        f'</h1></header><div class="entry-content">{POST}</div></article>{SIDEBAR}</main></body></html>')


def test_every_widget_of_a_post_set_by_a_page_builder_is_its_text():
    """Fails before: only the widget holding the most text was kept; the opening line (taken as the lead), the list
    of the team and the closing line, each a widget with a numbered class name of its own, were dropped as furniture."""
    body = extract_article(PAGE, URL).body
    assert body.startswith("Meet the students who take over")
    assert "Chloé Varin – layout and printing" in body
    assert body.endswith("A new chapter is about to begin!")
    assert "printed once a year" not in body


# A theme builder's single-post template sets the post in a <div> carrying WordPress' post classes, no <article>.
TEMPLATE_PAGE = (f'<html lang="en"><head><title>The new board - Club</title><meta property="og:type" content="article">'
                 f'<meta property="article:published_time" content="2024-03-05T10:00:00+00:00"></head><body>'
                 f'<div class="tb tb-77 tb-location-single post-77 post type-post status-publish hentry '
                 f'category-news"><div class="tb-title"><h1>The new board</h1></div>'
                 f'<div class="tb-post-content">{POST}</div></div>{SIDEBAR}</body></html>')


def test_widgets_in_a_theme_builders_post_wrapper_are_its_text():
    """Fails before: with no <article>, only the widget holding the most text was kept; the widgets beside it, inside
    the <div> carrying the post's classes ("type-post hentry"), were dropped as furniture."""
    body = extract_article(TEMPLATE_PAGE, URL).body
    assert body.startswith("Meet the students who take over")
    assert "Chloé Varin – layout and printing" in body
    assert body.endswith("A new chapter is about to begin!")
    assert "printed once a year" not in body
