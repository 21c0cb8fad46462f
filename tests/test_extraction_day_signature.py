"""The day and the writer's name the editor typed as the text's last paragraph ("<hr><p><small>4.5.2012 Lind</small>
</p>", after the links the post closes on, in a bare <div>, or as a small heading) sign the post and stay in the body;
a theme's byline in an element of a class of its own after unclassed paragraphs stays out."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://usergroup.example/2012/05/04/new-thin-client-released/"
TITLE = "New thin client released"
TEXT = ("<p>The vendor released a thin client the size of a memory stick this week, which turns any screen with a "
        "digital input into a workstation for the virtual desktops our members run.</p>\n"
        "<p>Orders are taken online from today, and the first devices are promised to ship before the end of the "
        "month to buyers in Europe and North America.</p>\n")


def _page(closing: str, text: str = TEXT) -> str:
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>New thin client released</title>"
            "<meta property='article:published_time' content='2012-05-04T10:15:00+00:00'></head><body>"
            "<header><nav><a href='/'>Home</a> <a href='/articles/'>Articles</a> <a href='/about/'>About</a></nav>"
            f"</header><main><article class='post type-post'><header><h1 class='entry-title'>{TITLE}</h1>"
            "<p class='entry-meta'><span class='entry-meta-date'>04/05/2012</span> "
            "<a href='/author/lind/'>Ada Lind</a></p></header>"
            f"<div class='entry-content'>\n{text}{closing}</div></article>"
            "<nav class='post-nav'><a href='/2012/05/02/older/'>Previous</a></nav></main>"
            "<footer><p>© 2012 The user group</p></footer></body></html>")


def _body(closing: str, text: str = TEXT) -> str:
    return extract_article(_page(closing, text), URL).body


@pytest.mark.parametrize("closing", [
    "<hr>\n<p><span style='font-size:10px;'><strong>4.5.2012 Lind</strong></span></p>\n<p>\t</p>\n",
    "<p><small>4.5.2012 Lind</small><br></p>\n",
    "<div><p>4.5.2012 Lind</p></div>\n",
    "<h5>4.5.2012 Lind</h5>\n",
])
def test_the_day_and_the_writers_name_closing_the_text_sign_it(closing):
    # Fails before: a line of a date and one word read as a date line, furniture wherever it stands.
    assert _body(closing).endswith("\n\n4.5.2012 Lind")


def test_the_signature_after_the_links_the_post_closes_on_signs_it():
    closing = ("<p><a href='https://vendor.example/thin-client'>Product page</a></p>\n"
               "<p><a href='https://vendor.example/compare'>Comparison table</a></p>\n<p>4.5.2012 Lind</p>\n")
    assert _body(closing).endswith("\n\n4.5.2012 Lind")


def test_a_signature_set_like_the_pasted_texts_paragraphs_signs_it():
    text = TEXT.replace("<p>", "<p class='MsoNormalCxSpMiddle'>")
    assert _body("<p class='MsoNormalCxSpLast'>4.5.2012 Lind</p>\n", text).endswith("\n\n4.5.2012 Lind")


def test_a_themes_dated_byline_with_a_class_of_its_own_stays_out():
    body = _body("<p class='byline'>4.5.2012 Lind</p>\n")
    assert "Lind" not in body
    assert body.endswith("North America.")


def test_a_date_line_alone_under_the_text_stays_out():
    body = _body("<p>4.5.2012</p>\n")
    assert "4.5.2012" not in body


def test_a_sources_line_under_the_signature_in_its_paragraph_signs_it_too():
    # Fails before: the paragraph read as neither a signature nor text, so the body ended above it.
    closing = ("<hr>\n<p><strong><small>4.5.2012 Lind<br>\nSources: Vendor Chipmaker<br></small></strong></p>\n"
               "<p>\t</p>\n")
    assert _body(closing).endswith("\n\n4.5.2012 Lind Sources: Vendor Chipmaker")
