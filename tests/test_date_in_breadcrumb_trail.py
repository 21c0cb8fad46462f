"""A research centre's news post (a Drupal theme) shows its day only as the last crumb of the breadcrumb trail over
the headline: "All news › Blog › <time datetime=...>March 19, 2020</time>", a <nav> inside the post's own header. The
text then names other days near the headline ("a longer version was published on June 8, 2020", a workshop's day in the
address). The trail is the page's own, its <time> the post's date: no other article's teaser nor a clock."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article


def _page(opening: str) -> str:
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Seed bank report | Plant Centre</title>"
            "</head><body><header class='site-header'><a href='/'>Plant Centre</a><nav class='main-menu'>"
            "<a href='/news'>News</a> <a href='/events'>Events</a> <a href='/people'>People</a></nav></header>"
            "<main class='main-content'><article class='node node--type-news node--view-mode-full'>"
            "<div class='header-news'><nav class='breadcrumb' aria-label='Breadcrumb'><ol class='breadcrumb__list'>"
            "<li class='breadcrumb__item'><a href='/news'>All news</a></li>"
            "<li class='breadcrumb__item'><a href='/news/blog'>Blog</a></li>"
            "<li class='breadcrumb__item'><time datetime='2020-03-19T12:00:00Z'>March 19, 2020</time></li>"
            "</ol></nav><h1>How the seed bank kept its collection cold</h1></div>"
            f"<div class='field-paragraphs'>{opening}"
            "<p>The cooling units of the vault were renewed over the winter, and the seeds stayed at minus eighteen "
            "degrees the whole time. Volunteers checked the thermometers twice a day.</p>"
            "<p>The collection now holds more than four thousand varieties of grain and beans.</p></div>"
            "</article></main><footer><p>Plant Centre, Garden Road 4</p></footer></body></html>")


def test_a_posts_day_in_its_breadcrumb_trail_beats_a_day_its_text_names_by_the_headline():
    """Fails before: the day of the longer version named under the headline was taken ("2020-06-08")."""
    opening = ("<p>Ada Berg, Plant Centre</p><p><em>A longer version of this report was published on June 8, 2020 "
               "in the Garden Review.</em></p>")
    found = extract_article(_page(opening), "https://plants.example/news/seed-bank-report")
    assert found.published.startswith("2020-03-19")


def test_a_posts_day_in_its_breadcrumb_trail_beats_a_day_in_its_address():
    """Fails before: the workshop's day in the address was taken ("2020-03-13")."""
    found = extract_article(_page("<p>Our staff met the growers at a workshop in spring.</p>"),
                            "https://plants.example/news/seed_workshop_summary_20200313")
    assert found.published.startswith("2020-03-19")
