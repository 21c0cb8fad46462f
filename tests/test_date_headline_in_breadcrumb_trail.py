"""A city's press release (a WordPress newsroom) whose headline names the day it is about ("Harbour Master's
Schedule: Tuesday, March 9, 2021"): the breadcrumb trail over it ends with the headline, and the release shows no date
line of its own (an empty "For Immediate Release:" label). The trail's day is the headline's subject's, read with
the crumbs before it as one short text; the page's date is the one its site-search tag states, the day before."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

HEADLINE = "Harbour Master's Schedule: Tuesday, March 9, 2021"


def _page(trail_end: str) -> str:
    return ("<!DOCTYPE html><html lang='en-US'><head><meta charset='utf-8'>"
            f"<title>{HEADLINE} | Port Office | Press Release | Bayport</title>"
            "<meta class='swiftype' name='published_at' data-type='date' content='2021-03-08T18:05:00+00:00'>"
            "</head><body><header class='site-header'><a href='/'>City of Bayport</a><nav class='menu'>"
            "<a href='/services/'>Services</a> <a href='/news/'>News</a> <a href='/press-releases/'>Press</a></nav>"
            "</header><div class='row'><div class='columns'><ul class='breadcrumbs'>"
            "<li><a href='/'>Home</a></li><li><a href='/press-releases/'>Press releases</a></li>"
            f"<li><a href='/press-releases/port/'>Port Office</a></li><li>{trail_end}</li></ul></div></div>"
            "<main><article class='press_release type-press_release'><header class='entry-header'>"
            f"<h1 class='entry-title'>{HEADLINE}</h1></header>"
            "<div class='entry-content'><strong>For Immediate Release: </strong><br><strong>Published By:</strong> "
            "<a href='/departments/port/'>Port Office</a><br><strong>Contact: </strong><div class='mtm'>"
            "<p><strong>9:00 AM Harbour Master to Inspect the New Ferry Pier</strong><br>"
            "<em>The Harbour Master will walk the pier with the engineers who built it.</em><br>"
            "Where: North Quay, 12 Dock Street, Bayport.</p>"
            "<p><strong>2:30 PM Harbour Master to Meet the Fishing Cooperative</strong><br>"
            "Where: Port Office, 3 Harbour Road, Bayport.</p>"
            "<div class='center'>###</div></div></div></article>"
            "<div class='small-text'>This content was last updated on "
            "<time datetime='2021-03-08T18:05:00+00:00'>March 8, 2021</time> by "
            "<a href='/departments/port/'>Port Office</a>.</div></main>"
            "<footer><p>City of Bayport, 1 Market Square</p></footer></body></html>")


def test_a_headline_day_repeated_by_the_breadcrumb_trail_is_no_date_line():
    """Fails before: the trail's last crumb, the headline, gave its day ("2021-03-09")."""
    found = extract_article(_page(HEADLINE), "https://bayport.example/press-releases/port/harbour-master-schedule/")
    assert found.published.startswith("2021-03-08")


def test_a_trail_ending_in_a_date_crumb_still_dates_the_page():
    """A trail whose crumbs before the headline hold a day is not only the headline: that day stands."""
    found = extract_article(_page(f"March 5, 2021 › {HEADLINE}"),
                            "https://bayport.example/press-releases/port/harbour-master-schedule/")
    assert found.published.startswith("2021-03-05")
