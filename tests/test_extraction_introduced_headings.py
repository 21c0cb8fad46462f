"""A line of the text introducing what follows ("This year's winners are:") and then a heading per item (each
winner's name and award set as an <h4>, nothing after them): the headings are the list the line announces, set large,
and close the body with it. Headings linking posts after such a line are a box's, and stay out."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://usergroup.example/2017/03/11/partner-awards-2016/"
TITLE = "Partner awards 2016"


def _page(closing: str) -> str:
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Partner awards 2016</title>"
            "<meta property='article:published_time' content='2017-03-11T10:15:00+00:00'></head><body>"
            "<header><nav><a href='/'>Home</a> <a href='/articles/'>Articles</a> <a href='/about/'>About</a></nav>"
            f"</header><main><article class='post type-post'><header><h1 class='entry-title'>{TITLE}</h1>"
            "<p class='entry-meta'>11/03/2017</p></header><div class='entry-content'>"
            "<p><img src='/uploads/awards.jpg' alt=''></p><p>&nbsp;</p>"
            "<p>The vendor handed its partner awards for the past year to the best local partners at its partner "
            "day in the capital on Tuesday, in front of some two hundred guests.</p>"
            f"<p>This year's winners are:</p>{closing}<p>&nbsp;</p></div></article>"
            "<nav class='post-nav'><a href='/2017/03/02/older/'>Previous</a></nav></main>"
            "<footer><p>© 2017 The user group</p></footer></body></html>")


WINNERS = ("<h4><strong>Most Influential Partner: Northwind</strong><br>"
           "<span style='font-size: 10pt;'><em>Solution advisor, gold</em></span></h4>"
           "<h4><strong>Fastest Growing Partner: Contoso</strong><br>"
           "<span style='font-size: 10pt;'><em>Solution advisor, silver</em></span></h4>"
           "<h4><strong>Outstanding Achievement: Fabrikam</strong><br>"
           "<span style='font-size: 10pt;'><em>Service provider</em></span></h4>")


def test_headings_a_line_introduces_close_the_body():
    # Fails before: the closing headings were trimmed as a box's, and the short line introducing them with them.
    body = extract_article(_page(WINNERS), URL).body
    assert "This year's winners are:" in body
    assert body.endswith("Outstanding Achievement: Fabrikam Service provider")


def test_linked_headings_after_such_a_line_stay_out():
    linked = ("<h4><a href='/2017/02/20/partner-day/'>Partner day programme announced</a></h4>"
              "<h4><a href='/2017/01/10/new-members/'>New members joined in January</a></h4>")
    body = extract_article(_page(linked), URL).body
    assert "Partner day programme" not in body and "New members" not in body
