"""Dates an editor typed by hand with a slip ("July 28,2008", "Aug.12, 2006", "Jan. 10,, 2008", "April 19. 2010"):
read where a date belongs (the byline, the page's date element), never out of the running text."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article
from article_page import US_ARTICLE_URL, page
from test_extraction_update_byline_listed_day import HEADLINE, TEXT, URL, newsroom_page

TITLE = "Students Deliver Storm Supplies to Seniors"
BODY = "".join(f"<p>{text}</p>" for text in (
    "Volunteers from the social work program loaded two vans with water, canned food and batteries on Friday.",
    "They visited more than forty homes in the neighborhood, checking on residents who live alone.",
    "The program plans a second round of visits before the end of the storm season, its director said.",
))


def _published(header: str, body: str = BODY) -> str | None:
    result = extract_article(page(header=header, body=body, title=TITLE, lang="en"), US_ARTICLE_URL)
    assert result.is_article
    return result.published


@pytest.mark.parametrize("typed, expected", [
    ("July 28,2008", "2008-07-28"),
    ("Oct. 11,2006", "2006-10-11"),
    ("Aug.12, 2006", "2006-08-12"),
    ("Jan. 10,, 2008", "2008-01-10"),
    ("April 19. 2010", "2010-04-19"),
])
def test_a_bylines_typed_date_dates_the_post(typed, expected):
    """Before, no pattern read these slips: the release had no date and was dropped."""
    header = f"<p class='article_info'>By Jane Q. Writer <span class='date'>{typed}</span></p>"
    assert _published(header) == expected


def test_a_date_elements_typed_date_dates_the_post():
    """A date element set apart from the byline, below the text."""
    body = BODY + "<p class='posted'><span class='date'>July 17. 2008</span></p>"
    assert _published("", body) == "2008-07-17"


def test_a_typed_date_in_the_running_text_dates_nothing():
    """"April 19. 2010" there ends one sentence and opens the next: no date line."""
    body = ("<p>The fair closed April 19. 2010 drew the most visitors.</p>"
            "<p>Ticket sales rose again, up 12. 2009 saw fewer.</p>" + BODY)
    assert _published("", body) is None


def test_a_typed_update_date_is_no_publication():
    header = "<p class='article_info'>By Jane Q. Writer <span>Updated Aug.12, 2006</span></p>"
    assert _published(header) is None


@pytest.mark.parametrize("typed, expected", [("July 28,2008", "2008-07-28"), ("Aug.12, 2006", "2006-08-12")])
def test_the_h2_over_a_typed_date_line_is_the_headline(typed, expected):
    """The <h2> over the byline heads the post when the page's <h1>s are banners: a slip in the byline's date left
    the line no date line, and the title fell to the logo's <h1>."""
    result = extract_article(newsroom_page(typed, TEXT), URL)
    assert (result.title, result.published) == (HEADLINE, expected)
