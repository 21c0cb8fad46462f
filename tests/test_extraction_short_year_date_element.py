"""A post's date element printing the day, the month's short name and the year's last two digits ("17 Jun, 21",
"14 Avg, 18": a WordPress theme's "d M, y" in the site's language), beside a side column of recent posts dated in
full ("4. julija, 2023"). The element was read as no date: the post took a recent post's day from the side column,
or the feed's UTC time, the day before the one the page shows."""
import pytest

from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.extraction.dates import date_without_year, parse_date

TEXT = "".join(f"<p>{line}</p>" for line in (
    "Our team joined the regional meeting of water utilities and showed the new meter reading service to the "
    "members. Each utility can now follow its readings on a map and send the bills the same week, without a "
    "second round of paper forms or a call to the office.",
    "The readings arrive every night from the meters in the field and are checked against the month before. A "
    "reading far from the usual one is marked for the field team, who visit the meter within two days and write "
    "down what they found.",
    "Customers see their own readings in the portal and can compare each month with the same month a year ago. "
    "The service goes live for the first three utilities in the autumn, after a month of trial runs in two towns.",
))
RECENT = [("/news/new-portal/", "4. julija, 2023"), ("/news/club-member/", "20. junija, 2023"),
          ("/news/data-analytics/", "21. septembra, 2022")]


def _page(shown: str) -> str:
    recent = "".join(f"<li><a href='..{href}index.html'>Recent post</a><span class='post-date'>"
                     f"<a href='..{href}index.html'>{day}</a></span></li>" for href, day in RECENT)
    return f"""<!DOCTYPE html><html lang="sl-SI"><head><meta charset="utf-8"><title>Meter readings on a map - Firm</title>
</head><body class="single single-post"><header><a href="../index.html">Firm</a></header>
<div class="title-bar"><h1 class="title-bar-title">Meter readings on a map</h1></div>
<div id="content"><div id="primary"><main><article class="post type-post"><div class="featured-image"><img
src="../uploads/meter.jpg" alt=""></div><div class="meta-date-wrapper"><span class="meta-date">{shown}</span></div>
<div class="entry-content">{TEXT}</div></article></main></div>
<aside id="secondary" class="widget-area"><aside class="widget recent-posts-widget"><h2 class="widget-title">Recent
news</h2><ul class="recent-posts">{recent}</ul></aside></aside></div>
<footer><p>Firm d.o.o.</p></footer></body></html>"""


@pytest.mark.parametrize("shown, expected", [
    ("17 Jun, 21", "2021-06-17"),
    ("05 Jul, 23", "2023-07-05"),
    ("14 Avg, 18", "2018-08-14"),
    ("26 Okt, 19", "2019-10-26"),
])
def test_the_date_elements_two_digit_year_dates_the_post(shown, expected):
    """Before, the post was dated 2022-09-21, the side column's first day it could read."""
    assert extract_article(_page(shown), "https://firm.example/meter-readings/index.html").published == expected


def test_a_two_digit_year_in_the_running_text_dates_nothing():
    # "3 May, 21 people": a day and a count
    assert parse_date("The hall opened on 3 May, 21 people came to the first evening.") is None


@pytest.mark.parametrize("text, expected", [
    ("4. julija 2023", "2023-07-04"),
    ("20. junija 2023", "2023-06-20"),
    ("14. avgusta 2018", "2018-08-14"),
    ("1. aprila 2020", "2020-04-01"),
    ("9. januarja 2019", "2019-01-09"),
    ("28. februarja 2021", "2021-02-28"),
])
def test_slovenian_dates_written_out(text, expected):
    assert parse_date(text) == expected


def test_avg_before_a_number_is_no_august():
    # "avg" is English for "average": "avg 12" is no day and month printed without a year
    assert date_without_year("the queue held avg 12 requests a second", lambda month, day: 2024) is None
