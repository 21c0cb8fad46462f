"""An event's period printed in the site's banner ("11-12 Oct 2024" on every page of a festival's site) is no day a
page went out: the festival's venue pages, which show no date of their own, are not dated by it, so the crawl judges
them with their undated address family (not news beside the dated posts) instead of storing them dated."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

VENUES = ["old-mill", "glass-house", "tram-depot", "river-school", "water-tower", "print-works"]


def _shell(title: str, inner: str, logo: str = "p") -> str:
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            f"<title>{title} | Open Doors Weekend</title></head><body>"
            "<header class='site-header' role='banner'><p class='festival-date'>11-12 Oct 2024</p>"
            f"<{logo} class='logo'><a href='/'>Open Doors Weekend</a></{logo}>"
            "<nav class='site-nav'><ul><li><a href='/about/'>About</a></li><li><a href='/zones/'>Venues</a></li>"
            "<li><a href='/news/'>News</a></li></ul></nav></header>"
            f"<div class='page-content' role='main'>{inner}</div>"
            "<footer><p>Open Doors Weekend opens buildings of the town to visitors for free.</p></footer>"
            "</body></html>")


def _post(day: int, title: str) -> str:
    venue = VENUES[day % len(VENUES)]
    return _shell(title, f"<article class='post'><header><p class='post-date'>{day} September 2024</p>"
                         f"<h1 class='post-title'>{title}</h1></header><div class='post-content'>"
                         f"<p>This year {day + 40} buildings take part, among them the <a href='/blog/places/{venue}/'>"
                         f"{venue.replace('-', ' ')}</a>, which opens its doors for the first time in {day + 1990}.</p>"
                         f"<p>Volunteers will guide {day * 12} visitors an hour through the halls.</p></div></article>")


def _venue(slug: str, logo: str = "p") -> str:
    name = slug.replace("-", " ").title()
    return _shell(name, logo=logo, inner=f"<article class='place'><section class='place-header'><h2 class='place-name'>{name}</h2>"
                        "<p>Architect unknown / restored 2019</p></section><section class='place-content'>"
                        "<h3>Guided visits</h3><p>Saturday 10am with the architect, at most 25 people a visit.</p>"
                        f"<h3>Description</h3><p>The {name} was built for the town's trade and kept its brick walls, "
                        "its iron stairs and the tall windows of the first hall when it was turned into a place for "
                        "exhibitions and concerts.</p></section></article>")


def test_a_period_in_the_banner_dates_no_page():
    # Fail before: the venue page took 2024-10-12, the period's last day, from the banner's line: as the date line
    # near the venue's heading, or (the site's name the banner's <h1>) as the text of a date-classed element.
    for logo in ("p", "h1"):
        found = extract_article(_venue("old-mill", logo), "http://doors.example/blog/places/old-mill/")
        assert (logo, found.published) == (logo, None)
    # A post's own date line still dates it.
    assert extract_article(_post(3, "Booking opens"), "http://doors.example/blog/2024/09/03/booking-opens/").published \
        == "2024-09-03"
