"""A short post's line giving a period of days ("Vom 10. - 16. August 2026.", "From 3.5.2026 - 9.5.2026.") is the
text's fact, an event's days: no date line of the page, however few its other words. A time of day joined to a date
("14:35 - 16.08.2026") stays a stamp."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article
from fault_site import crawled_column

CAMPS = {"island": ("Island camp for the older boys", "Vom 10. - 16. August 2026."),
         "forest": ("Forest weekend for the younger boys", "From 3.5.2026 - 9.5.2026."),
         "river": ("River days for the whole group", "Vom 21. bis 23. Juli 2026.")}


def _post(slug: str, stamp: str = "") -> str:
    """An announcement of a few short lines, as a post copied from a social network reads: no long paragraph."""
    headline, period = CAMPS[slug]
    return ("<!DOCTYPE html><html lang='de'><head><title>" + headline + "</title>"
            "<meta property='og:type' content='article'>"
            "<meta property='article:published_time' content='2026-01-27T00:00:00Z'></head><body>"
            "<nav><a href='/'>Start</a> <a href='/news/'>News</a></nav><main><h1>" + headline + "</h1>"
            "<time datetime='2026-01-27'>27. Januar 2026</time><article class='post'>" + stamp +
            f"<p>Save the date: the {slug} camp of the youth group opens its list.</p>"
            "<p>Tents, boats and a campfire every night.</p>"
            f"<p>{period}</p></article></main><footer><p>Youth group Wegweiser</p></footer></body></html>")


def test_a_line_giving_a_period_stays_in_a_short_post():
    # Fails before: "Vom 10. - 16. August 2026." was read as a date line of another day and dropped.
    for slug, (_, period) in CAMPS.items():
        body = extract_article(_post(slug), f"https://camp.example/news/{slug}/").body
        assert body.endswith(period), (slug, body)


def test_a_time_of_day_before_the_date_is_still_a_stamp():
    body = extract_article(_post("island", "<p>14:35 - 27.01.2026</p>"), "https://camp.example/news/island/").body
    assert "14:35" not in body and body.endswith("Vom 10. - 16. August 2026.")


def test_crawled_announcements_keep_their_periods(tmp_path):
    # Fails before: each stored post ended on "Tents, boats and a campfire every night."
    links = "".join(f"<li><a href='/news/{slug}/'>{headline}</a></li>" for slug, (headline, _) in CAMPS.items())
    listing = f"<html><head><title>News</title></head><body><h1>News</h1><ul>{links}</ul></body></html>"
    bodies = crawled_column(tmp_path, "camp", "Youth group Wegweiser", listing,
                            {f"/news/{slug}/": _post(slug) for slug in CAMPS}, "body")
    assert {path: body.rsplit("\n\n", 1)[-1] for path, body in bodies.items()} == \
        {f"/news/{slug}/": period for slug, (_, period) in CAMPS.items()}
