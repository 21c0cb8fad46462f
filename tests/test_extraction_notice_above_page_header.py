"""A notice set above a page's own header box (an archived copy's "You are viewing a snapshot ..." banner, a paragraph
long) is above the whole page: the <h3> that opens the page's content is still its headline, over an editor's
<title> that no heading shows. Before, the notice counted as text the heading closed, and the <title> won."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://www.project.example/press/2006-03-14.html"
HEADLINE = "Tool Foundation Opens Office in Lisbon"
NOTICE = ("You are viewing an archived copy of www.project.example as it stood in the spring of 2009. Much of it "
          "is out of date and is kept for the record only; if a page here should come back to the live site, tell us.")
TEXT = ("LISBON, Portugal - March 14, 2006 - The Tool Foundation today opened its first office outside North America, "
        "where a team of six will look after the translators and the user groups of southern Europe.")
SECOND = ("The office shares a floor with two other open source groups and will host monthly evenings for "
          "contributors, starting in April with a session on packaging the tool for smaller distributions.")


def page(notice: str = NOTICE) -> str:
    """A hand-made page: the notice, a skip link, the header box with the site's name as its <h1>, a menu, then the
    content box with the release's <h3> headline, an <h4> subtitle and the text."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Lisbon Office Release</title></head>
<body><div id="container"><p class="important">{notice}</p>
<p class="skipLink"><a href="#mainContent">Skip to main content</a></p>
<div id="header"><h1><a href="/" title="Return to home page">Tool Project</a></h1>
<ul><li><a href="/products/">Products</a></li><li><a href="/support/">Support</a></li>
<li><a href="/press/">Press</a></li></ul></div>
<div id="mBody"><div id="side"><ul><li><a href="/press/">Press releases</a></li></ul></div>
<div id="mainContent"><h3>{HEADLINE}</h3><h4>Team of six to support users in southern Europe</h4>
<p>{TEXT}</p><p>{SECOND}</p></div></div>
<div id="footer"><p>Last modified March 20, 2006</p></div></div></body></html>"""


def test_the_heading_opening_the_content_is_the_headline_under_a_notice_above_the_header():
    """Fails before: the title was the <title>'s "Lisbon Office Release"."""
    assert extract_article(page(), URL).title == HEADLINE


def test_the_same_page_without_the_notice_has_the_same_headline():
    assert extract_article(page(notice=""), URL).title == HEADLINE
