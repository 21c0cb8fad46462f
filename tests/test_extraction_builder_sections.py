"""A post laid out with a theme's page builder: each full-width section of the layout closes the post's wrapper and
opens it again with the same classes, the post's number among them, so the text's later parts stand outside the
<main> that holds its first part."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://toolmaker.example/new-print-head/"
ENTRY = "post-entry post-entry-type-page post-entry-4711"


def _later_sections(*parts: str) -> str:
    """The layout's full-width sections after the first, each opening the post's wrapper again."""
    wrapper = f"<div class='template-page content units'><div class='{ENTRY}'><div class='entry-content-wrapper'>"
    return "".join(f"<div id='av_section_{n}' class='avia-section main_color'><div class='container'>{wrapper}"
                   f"{part}</div></div></div></div></div>" for n, part in enumerate(parts, 1))


def _page() -> str:
    first = ("<section class='av_textblock_section'><div class='avia_textblock'>"
             "<p>The new print head is the first module of the professional line, and more modules will follow during "
             "the year with the same mount and the same plug.</p>"
             "<p>It still fits every machine we have shipped, both the first kit and the later desk edition, and it "
             "prints hotter and faster than the head before it.</p>"
             "<p>What is new about it? More than one thing, as the notes below tell.</p></div></section>")
    button = "<div class='avia-button-wrap'><a class='avia-button' href='/shop/'>Discover the head</a></div>"
    last = ("<section class='av_textblock_section'><div class='avia_textblock'>"
            "<p>Come and see the head at the spring fairs, where the team shows it printing all day long.</p>"
            "<p>Price and shipping date follow in a few weeks, when the head comes to the online store.</p>"
            "</div></section>")
    return ("<html lang='en'><head><title>The new print head | Toolmaker</title>"
            "<meta property='article:published_time' content='2017-03-22T13:38:17+00:00'></head>"
            "<body class='single single-post postid-4711'><div id='wrap_all'><header><nav><a href='/'>Home</a> "
            "<a href='/news/'>News</a></nav></header><div id='main'>"
            "<div class='title_container'><div class='container'><h3 class='main-title entry-title'>"
            f"<a href='{URL}' rel='bookmark'>The new print head</a></h3></div></div>"
            "<div class='main_color container_wrap_first'><div class='container'>"
            f"<main class='template-page content units' role='main'><div class='{ENTRY}'>"
            f"<div class='entry-content-wrapper'>{first}</div></div></main></div></div>"
            f"{_later_sections(button, last)}"
            "<footer><p>Toolmaker Ltd, Harbour Road 1, all rights reserved.</p></footer></div></div></body></html>")


def test_a_posts_text_continued_in_later_builder_sections_is_kept_whole():
    """Fails before: the body ended with the first section's "What is new about it? ..." line; the last section's
    two paragraphs, in the post's wrapper opened again below the button, were left out."""
    body = extract_article(_page(), URL).body
    assert body.startswith("The new print head is the first module")
    assert body.endswith("when the head comes to the online store.")
    assert "Toolmaker Ltd" not in body and "Discover the head" not in body


def test_the_title_bar_linking_to_the_post_gives_the_headline_a_builder_heading_restates():
    """Fails before: the builder's big <h1> in the text, which reads as the stated title but for its punctuation, was
    taken whole: "Print heads for the industry: Jigs and Fixtures" for the post titled "... – Jigs and Fixtures"."""
    page = _page().replace("<title>The new print head | Toolmaker</title>",
                           "<title>Print heads for the industry - Jigs and Fixtures | Toolmaker</title>")
    page = page.replace(f"<a href='{URL}' rel='bookmark'>The new print head</a>",
                        f"<a href='{URL}' rel='bookmark'>Print heads for the industry – Jigs and Fixtures</a>")
    page = page.replace("<section class='av_textblock_section'>", "<div class='av-special-heading'><h1 "
                        "class='av-special-heading-tag'>Print heads for the industry: Jigs and Fixtures</h1></div>"
                        "<section class='av_textblock_section'>", 1)
    assert extract_article(page, URL).title == "Print heads for the industry – Jigs and Fixtures"
