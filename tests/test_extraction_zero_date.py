"""A post whose byline prints Go's and Hugo's zero date ("Monday, January 01, 0001", front matter without a date)
shows readers no date. Before, "January 01" was read as a day printed without a year and dated in the year of the
page's update (2024-01-01): a day the page never shows."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article


def page(byline: str, datetime: str) -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>2024 Workshop Porto | Lab</title>
<meta property="og:title" content="2024 Workshop Porto">
<meta property="article:modified_time" content="2024-03-28T14:26:01-04:00"></head>
<body><nav><a href="/">Lab</a> <a href="/news/">News</a></nav>
<main><div class="td-content"><h1>2024 Workshop Porto</h1>
<div class="lead">Join us for two days of work on shared health records in Porto.</div>
<div class="td-byline"><time datetime="{datetime}" class="text-muted">{byline}</time></div>
<p>The workshop brings clinicians and data scientists together around one question a day, with the data sets
opened for the occasion and mentors at every table.</p>
<p>Places are limited, and the programme follows in the coming weeks on this page.</p>
</div></main><footer><p>The Lab</p></footer></body></html>"""


URL = "https://lab.example/news/upcoming/2024-07-porto/"


def test_a_byline_printing_the_zero_date_dates_nothing():
    result = extract_article(page("Monday, January 01, 0001", "0001-01-01"), URL, listed_as_article=True)
    assert not result.published
    assert "The workshop brings clinicians" in result.body


def test_a_byline_printing_a_real_day_still_dates_the_post():
    result = extract_article(page("Tuesday, March 12, 2024", "2024-03-12"), URL, listed_as_article=True)
    assert result.published[:10] == "2024-03-12"
