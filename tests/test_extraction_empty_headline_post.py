"""A research project's static theme prints every post's banner with an empty <h1> and shows the post's title
nowhere on its page: only the <title> ("Save the date for our webinars - Sea Ice Lab") and the news listing's card
name it. A short post (a two-line announcement) the listing shows as a dated card was called a theme's shell ("no
headline of its own and less than 150 characters of text") and not stored. A template's shell, whose <title> is the
site's name alone, stays no article."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://sealab.example/news/savedates/"


def _page(title: str, text: str) -> str:
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            '<div class="header"><a href="https://sealab.example/"><img src="/logo.png" alt="Sea Ice Lab"></a>'
            '<ul class="main-menu"><li><a href="/news">News</a></li><li><a href="/team/">Team</a></li></ul></div>'
            '<div id="hero" class="hero-image"><div class="container"><div class="hero-text">'
            '<span class="hero-section">news</span><h1></h1><p></p></div></div></div>'
            '<div class="container"><div class="row"><div class="col-12 col-md-8"><div class="service service-single">'
            f'<div class="content">{text}</div></div></div></div></div>'
            '<div class="footer"><p>Sea Ice Lab, funded by the Northern Science Trust</p></div></body></html>')


TEXT = "<p>Mark your calendars for our next webinars:</p><p>January the 27th by Ludo Moreau,</p>" \
       "<p>February the 23rd by Ivo Pasma.</p>"


def test_a_short_listed_post_under_an_empty_headline_is_an_article():
    """Fails before: page type "empty", "no headline of its own and less than 150 characters of text"."""
    result = extract_article(_page("Save the date for our webinars - Sea Ice Lab", TEXT), URL,
                             listed_as_article=True, listing_day="2022-01-03")
    assert (result.page_type, result.is_article) == ("article", True)
    assert result.title == "Save the date for our webinars"
    assert result.body.startswith("Mark your calendars")


def test_a_shell_titled_by_the_site_alone_stays_empty():
    result = extract_article(_page("Sea Ice Lab", TEXT), URL, listed_as_article=True, listing_day="2022-01-03")
    assert (result.page_type, result.is_article) == ("empty", False)
