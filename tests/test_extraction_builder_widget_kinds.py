"""A page builder sets a post's paragraphs in widgets of more than one kind: text widgets, one of them with a style
option of its own (a drop cap on the first), and heading widgets holding whole sentences (a quote, the writer's last
paragraph set big). Inside the post's own <article> all of them are the text, though their class words ("widget")
read as a sidebar's; a heading widget labelling a part of the page in a few words, and the sidebar beside the
article, stay out."""
from __future__ import annotations

from article_page import page

from news_archive.pipelines.extraction import extract_article

URL = "https://greens.example/letters-from-the-coast/"
TITLE = "Letters from the coast"
HEAD = ('<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2025-09-15T10:00:00+00:00">')
OPENING = ("Our group has brought a touring exhibition of letters written by children on the coast to the "
           "community centre for the climate week, and it stays there until the end of the month.")
MIDDLE = ("The letters tell in the children's own words how storms and floods have changed their villages, "
          "and many come with drawings of the houses and fields the water took.")
QUOTE = ("A speaker for the touring group said: “We asked children and teachers to tell us how the weather is "
         "changing their lives, and we received hundreds of letters, drawings and photographs in a few months.”")
CLOSING = ("After its weeks at the community centre, the exhibition moves on to the town library and then to "
           "the schools that asked for it.")
LIST_LINES = ["Opening hours are ten to six on weekdays.", "Entry is free for everybody."]


def _widget(number: str, kind: str, inner: str, options: str = "") -> str:
    return (f'<section class="pb-section pb-top-section pb-element pb-element-{number}0a"><div class="pb-column">'
            f'<div class="pb-widget-wrap"><div class="pb-element pb-element-{number}f3 {options}pb-widget '
            f'pb-widget-{kind}"><div class="pb-widget-container">{inner}</div></div></div></div></section>')


SIDEBAR = ('<aside class="sidebar"><div class="widget widget-text"><h3 class="widget-title">About us</h3>'
           "<p>We are a local group of volunteers who campaign for cleaner air and greener streets.</p></div></aside>")


def _page(post: str) -> str:
    return page(head=HEAD, body=post, title=TITLE, lang="en", before=SIDEBAR)


def test_sentences_set_in_heading_widgets_are_the_text():
    """Fails before: the two heading widgets holding the quote and the closing paragraph were dropped as furniture
    (their class says "widget"), and the text ended on its second paragraph."""
    post = "".join([
        _widget("1a", "text-editor", f"<p>{OPENING}</p><p>{MIDDLE}</p>"),
        _widget("2b", "heading", f'<h3 class="pb-heading-title">{QUOTE}</h3>'),
        _widget("3c", "heading", f'<h3 class="pb-heading-title">{CLOSING}</h3>'),
    ])
    body = extract_article(_page(post), URL).body
    assert body.split("\n\n") == [OPENING, MIDDLE, QUOTE, CLOSING]
    assert "volunteers" not in body


def test_a_heading_widget_naming_a_part_stays_a_label():
    post = "".join([
        _widget("1a", "text-editor", f"<p>{OPENING}</p><p>{MIDDLE}</p>"),
        _widget("2b", "heading", '<h3 class="pb-heading-title">Follow us</h3>'),
    ])
    assert extract_article(_page(post), URL).body.split("\n\n") == [OPENING, MIDDLE]


def test_a_text_widget_without_the_first_ones_style_options_is_the_text():
    """Fails before: the first text widget carried a drop cap's two option classes, so the later text widget, built
    like it but without them, was no twin of it and went as furniture with the text's last lines."""
    options = "pb-drop-cap-yes pb-drop-cap-view-default "
    post = "".join([
        _widget("1a", "text-editor", f"<p>{OPENING}</p><p>{MIDDLE}</p><p>{CLOSING}</p>", options),
        _widget("2b", "text-editor", "".join(f"<p>{line}</p>" for line in LIST_LINES)),
    ])
    body = extract_article(_page(post), URL).body
    assert body.split("\n\n") == [OPENING, MIDDLE, CLOSING, *LIST_LINES]
    assert "volunteers" not in body
