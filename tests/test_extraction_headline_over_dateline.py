"""A short news item whose headline is an <h2> right above its date line, on a site whose <title> and og:title name
only the section or the site: the heading over the date line is the item's own headline, so a line or two of text
under it is a post, not a theme's empty shell."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://society.example/news/notices/17.html"


def _item_page(headline: str, dateline: str, text: str) -> str:
    """A hand-built CMS's news item: no <h1>, a menu and a side menu, then the item under its <h2> and <h6>."""
    menu = "".join(f"<li><a href='/{slug}/'>{label}</a></li>" for slug, label in (
        ("about", "About the society"), ("members", "Members"), ("news", "News"), ("events", "Events"),
        ("library", "Library"), ("contact", "Contact")))
    return (
        "<html lang='en'><head><title>Society Notices</title>"
        "<meta property='og:title' content='Society-Home'><meta property='og:type' content='website'>"
        "<meta name='description' content='The society keeps shared records of field surveys.'></head><body>"
        f"<div class='navbar'><ul>{menu}</ul></div>"
        "<div class='container'><div class='content'>"
        "<div id='SideMenu'><a href='/news/'>All news</a> <a href='/news/notices.html'>Notices</a> "
        "<a href='/news/events.html'>Events</a></div>"
        f"<div id='Content'><h2>{headline}</h2><h6>{dateline}</h6><br>{text}"
        "<br><br><br><a href='../notices.html'>&gt;&gt; Back to Notices</a><br class='clear'></div>"
        "</div></div>"
        "<div class='footer'><p>Society for field surveys, registered charity.</p></div></body></html>")


def test_a_short_item_under_a_headline_over_its_date_line_is_an_article():
    """Fails before: the page showed 'no headline of its own' (no <h1>, the stated titles name the section) and its
    one line of text was under 150 characters, so the listed, visibly dated item was dropped as an empty shell."""
    page = _item_page("Survey handbook 2.0 released", "Notices | Feb. 10, 2006, 1:51 p.m.",
                      "<p>The second edition of the survey handbook is out; thanks to all who sent corrections.</p>"
                      "<p><a href='https://docs.example/handbook/'>More information</a></p>")
    for listed in (True, False):
        result = extract_article(page, URL, listed_as_article=listed)
        assert (result.page_type, result.is_article) == ("article", True)
        assert result.title == "Survey handbook 2.0 released"
        assert result.published[:10] == "2006-02-10"
        assert result.body.startswith("The second edition of the survey handbook is out")


def test_a_report_of_one_line_and_two_links_under_its_dated_headline_is_an_article():
    """Fails before: as above, with less text still after the date line than a paragraph's worth."""
    page = _item_page("Spring meeting, by video call", "Reports | July 24, 2020",
                      "<p>Slides and recordings from the meeting are available to view online.</p><br>"
                      "<a href='../events/31.html'>Event page</a>, "
                      "<a href='https://slides.example/31/' target='_blank'>More information</a>")
    result = extract_article(page, URL, listed_as_article=True)
    assert (result.page_type, result.title) == ("article", "Spring meeting, by video call")
    assert result.published[:10] == "2020-07-24"
    assert result.body == "Slides and recordings from the meeting are available to view online."


def test_the_shell_without_the_item_stays_empty():
    """The same template with the item's slot empty, and a heading over a line that is no date, hold no post."""
    empty = _item_page("", "", "")
    assert extract_article(empty, URL, listed_as_article=True).page_type == "empty"
    undated = _item_page("Survey handbook 2.0 released", "Notices", "<p>See the library for details.</p>")
    assert extract_article(undated, URL).page_type == "empty"
