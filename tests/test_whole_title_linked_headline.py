"""A theme with no heading element shows the headline as `<div class="title">` linking to the post itself, whole as
<title> states it ("Spring course online - 2026"): the piece after its last dash is the headline's, not a site's name."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article
from fault_site import crawled_column

TEXT = ("<p>The rowing club opens its spring course to beginners, and the first evening is free for everyone who"
        " signs up before the end of the month.</p><p>Lessons run on Tuesdays and Thursdays from the old boathouse,"
        " boats and life jackets are lent to everyone who comes along.</p>")


def _titled_post(path: str, headline: str, day: str) -> str:
    # No <h1>..<h6>: the headline is a linked div named a title, over a small line of the day and writer.
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            f"<title>{headline}</title></head><body><nav><a href='/'>Harbour Club</a> <a href='/news/'>News</a></nav>"
            f"<div class='post'><div class='title media-heading'><a href='{path}' class='off'>{headline}</a></div>"
            f"<div class='smallhead'>{day} by <a href='/team/ada/'>Ada</a></div>{TEXT}</div>"
            "<footer><p>Harbour Club, the old customs house.</p></footer></body></html>")


def test_a_title_the_linked_headline_shows_whole_keeps_its_last_piece():
    # Fails before: "Spring course online", " - 2026" cut as though it were the site's name.
    path = "/news/spring-course-2026/"
    html = _titled_post(path, "Spring course online - 2026", "22 Apr 2026")
    assert extract_article(html, f"https://harbour.example{path}").title == "Spring course online - 2026"


def test_a_title_no_headline_shows_whole_still_loses_the_site_name():
    # The div shows the headline alone: the <title>'s last piece is the site's name, cut as before.
    path = "/news/boathouse/"
    html = _titled_post(path, "Boathouse repairs", "22 Apr 2026").replace(
        "<title>Boathouse repairs</title>", "<title>Boathouse repairs - Harbour Club</title>")
    assert extract_article(html, f"https://harbour.example{path}").title == "Boathouse repairs"


def test_crawled_posts_keep_the_whole_title_their_headline_shows(tmp_path):
    posts = {"/news/spring-course-2026/": ("Spring course online - 2026", "22 Apr 2026"),
             "/news/spring-course/": ("Spring course online", "3 Mar 2025")}
    listing = ("<!DOCTYPE html><html lang='en'><head><title>News</title></head><body><main>"
               + "".join(f"<article><h2><a href='{p}'>{h}</a></h2><p>{d}</p></article>" for p, (h, d) in posts.items())
               + "</main></body></html>")
    titles = crawled_column(tmp_path, "harbour", "Harbour club", listing,
                            {p: _titled_post(p, h, d) for p, (h, d) in posts.items()}, "title")
    assert titles == {p: h for p, (h, _) in posts.items()}
