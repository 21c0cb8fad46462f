"""A page builder's post template with no <h1>: the post's headline is an <h2> in the theme's post-title widget,
linked to the post's own address, under a line of its category and date. It is the post's own headline where the
stated titles say otherwise: a translation plugin leaves <title>, og:title and the schema plugin's JSON-LD in the
original language, or an editor's search-engine title is one of the text's subheadings."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://genelab.example/press-example-news-false-alarms-after-the-flu-shot/"
GERMAN = "Falscher Alarm nach der Grippeimpfung?"
ENGLISH = "example-news.eu - Lab tests: false alarms after the flu shot?"
TEXT = ("<p>Our lab answers questions about test results every week. This spring many readers asked whether a flu "
        "shot can change what a swab shows.</p><h2>What the swab measures</h2><p>A swab test looks for the virus "
        "itself, not for the body's answer to it, so a shot given days before leaves the result as it was.</p>"
        "<h2>Why do results differ?</h2><p>Samples taken too early or stored too warm are the usual reasons; we "
        "explain how to take one well in our guide for clinics and patients alike.</p>")


def _page(stated: str, headline: str, content: str, href: str = URL, lang: str = "en-US") -> str:
    """An Elementor-style post: menu, a language switcher, the post-info list, the title widget, the content widget."""
    schema = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Article", '
              f'"headline": "{stated}", "inLanguage": "{lang}"}}</script>')
    return (
        f"<html lang='{lang}'><head><title>{stated} | Genelab</title><meta property='og:title' "
        f"content='{stated} | Genelab'><meta property='og:site_name' content='Genelab'>"
        "<meta property='article:published_time' content='2017-01-26T15:00:06+00:00'></head>"
        f"<body class='single single-post postid-14 elementor-default'>{schema}"
        "<header class='elementor-location-header'><a href='/'><img src='/logo.svg' alt='Genelab'></a>"
        "<nav><a href='/tests/'>Tests</a> <a href='/press/'>Press</a> <a href='/contact/'>Contact</a></nav>"
        "<nav class='cpel-switcher__nav'><a lang='de-DE' hreflang='de-DE' href='/de/press-beispiel/'>Deutsch</a>"
        "</nav></header><div data-elementor-type='single-post' class='elementor elementor-20084'>"
        "<div class='elementor-element elementor-widget-post-info'><ul class='elementor-post-info'>"
        "<li><a href='/category/press-en/'>Press</a></li><li><time>January 26, 2017</time></li></ul></div>"
        "<div class='elementor-element elementor-widget-theme-post-title elementor-widget-heading'>"
        f"<h2 class='elementor-heading-title'><a href='{href}'>{headline}</a></h2></div>"
        f"<div class='elementor-element elementor-widget-theme-post-content'>{content}</div></div>"
        "<footer><a href='/imprint/'>Imprint</a> <a href='/privacy/'>Privacy</a> <span>© Genelab</span></footer>"
        "</body></html>")


def test_a_translated_textless_post_keeps_its_linked_headline_and_is_stored_when_listed():
    """Fails before: the title was <title>'s German words (the JSON-LD in the <body> showed them, so they counted as
    shown), no heading showed it, and the listed, dated post of no text was dropped as a shell ('no headline of its
    own')."""
    page = _page(GERMAN, ENGLISH, "")
    listed = extract_article(page, URL, listed_as_article=True)
    assert (listed.title, listed.page_type, listed.body) == (ENGLISH, "article", "")
    # Not listed, a post of no text is none.
    assert extract_article(page, URL).page_type != "article"


def test_the_linked_headline_over_a_subheading_the_search_engine_title_repeats_is_the_title():
    """Fails before: <title> (the editor's search-engine title) showed as the text's second subheading, which the
    title followed."""
    page = _page("Why do results differ?", "Lab tests and the flu shot", TEXT)
    assert extract_article(page, URL).title == "Lab tests and the flu shot"


def test_the_stated_title_stands_where_the_widget_heading_links_elsewhere():
    # The heading over the text links to another page: a teaser's, not the post's headline.
    teaser = _page("Why do results differ?", "Lab tests and the flu shot", TEXT, href="/press/other-post/")
    assert extract_article(teaser, URL).title == "Why do results differ?"
