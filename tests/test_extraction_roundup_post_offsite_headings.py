"""A teachers' network posts a roundup for a holiday: an opening paragraph, then one small heading per classroom
project linking the project's page on another site, each over a few lines on how to use it. Inside the post's own
element, headings that lead only to other sites are its subheadings, no teasers of the site's pages: the post is no
listing. The same headings leading to the site's own pages still make one.

A game jam's blog announces its results: a theme with no post element of its own sets the post under its <h1> and
date line, one small heading per prize naming the winning entry, linked to the entry's page on the jam's other site,
over the team's picture. Dated, with every linked headline leading off the site, it lists none of the site's pages."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://teachnet.example/blog/2021/11/30/maker-projects-for-the-festival-of-lights/"
PROJECTS = [("Cardboard lantern circuit", "https://makerkids.example/projects/lantern"),
            ("Spinning top lab", "http://physicsfun.example/2019/12/spinning-tops.html"),
            ("Animated candles in a block language", "https://blockcode.example/"),
            ("Magnetic building kit", "https://kits.example/festival/candles"),
            ("Brick sculpture challenge", "http://bricks.example/ideas/lights/")]


def _post(target) -> str:
    items = "".join(
        f"<h3><strong><a href='{target(name, link)}' target='_blank'>{name}</a></strong></h3>"
        f"<p>Pupils try the {name.lower()} in pairs and explain to the class what they changed and why.</p>"
        f"<p>&nbsp;</p>" for name, link in PROJECTS)
    return ("<!DOCTYPE html><html lang='en'><head><title>Maker projects for the festival of lights | TeachNet</title>"
            "</head><body class='html not-front page-node page-node-512 node-type-blog'>"
            "<section class='span9'><h1 class='page-header'>Maker projects for the festival of lights</h1>"
            "<article id='node-512' class='node node-blog clearfix'><div class='date-author'><p>"
            "<span class='date-display-single' property='dc:date' content='2021-11-30T00:00:00-05:00'>"
            "November 30, 2021</span> | <strong>By Dana Levi</strong></p></div>"
            "<div class='field field-name-body'><div class='field-item'><p>The festival brings lights, games and "
            "stories into every classroom, and hands-on projects let pupils explore them while they build.</p>"
            f"{items}<p>Share what your class built with the network before the end of the month.</p></div></div>"
            "</article></section><aside><h2>Blog archive</h2><ul><li><a href='/blog/2021/'>2021</a></li></ul></aside>"
            "</body></html>")


RESULTS_URL = "https://jamclub.example/posts/2019-11-24-harbour-jam-results/"
PRIZES = [("Best technical", "The Valley of Slow Drifts", "https://entries.example/harbour-2019/drifts/"),
          ("Best solo", "Teapot Panic at Midnight", "https://entries.example/harbour-2019/teapot/"),
          ("Best group", "Two Lanterns Over the Bay", "https://entries.example/harbour-2019/lanterns/")]


def _results_post(target) -> str:
    prizes = "".join(
        f"<h3>{prize} &#8211; <a href='{target(name, link)}'>{name}</a></h3>"
        f"<p><a href='https://photos.example/{i}/'><img src='https://photos.example/{i}.jpg' alt='team {i}'></a></p>"
        for i, (prize, name, link) in enumerate(PRIZES))
    return ("<!DOCTYPE html><html lang='en'><head><title>Jam Club Blog</title></head><body>"
            "<div class='navbar'><a href='/'>Home</a> <a href='/events/'>Events</a></div>"
            "<div class='container'><div class='page-header'>"
            "<h1>HARBOUR JAM: STORY AND RESULTS <small>by Orla Finch</small></h1><p><em>2019-11-24 20:00</em></p>"
            "<p>Our first harbour jam went really well. Thanks to the college staff and all the helpers who made the "
            "long day a success for every team.</p><h2>Winners</h2>"
            f"{prizes}<h3>Thanks to our judges</h3><p>Five judges played every entry and argued until late.</p>"
            "<p>A big thanks to the staff and helpers at the college, who opened the hall on a Sunday for us.</p>"
            "</div></div><footer><p>Jam Club, run by volunteers.</p></footer></body></html>")


# Each post, its address, and the first and last words of its text.
POSTS = [pytest.param(_post, URL, "The festival brings lights", "before the end of the month.", id="in-post-element"),
         pytest.param(_results_post, RESULTS_URL, "Our first harbour jam", "opened the hall on a Sunday for us.",
                      id="no-post-element")]


@pytest.mark.parametrize("post, url, first, last", POSTS)
def test_headings_linking_other_sites_do_not_make_a_dated_post_a_listing(post, url, first, last):
    # Fails before ("listing", "5 linked headlines over short teasers"): each project's heading counted as a teaser;
    # no-post-element fails before this commit ("3 linked headlines over short teasers"): no post element to exempt.
    page = extract_article(post(lambda name, link: link), url)
    assert page.page_type == "article", page.page_reason
    assert page.body.startswith(first)
    assert page.body.rstrip().endswith(last)


@pytest.mark.parametrize("post, url, first, last", POSTS)
def test_headings_linking_the_sites_own_pages_still_make_a_listing(post, url, first, last):
    page = extract_article(post(lambda name, link: "/blog/2021/11/" + name.lower().replace(" ", "-") + "/"), url)
    assert page.page_type == "listing"
