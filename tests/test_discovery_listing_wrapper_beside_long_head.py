"""A listing page's wrapper around its column of teasers and its sidebar, named after the sidebar ("sidebar-page"),
holds the words readers see: it is the page's content, not a menu, however many words the theme's <head> of inline
scripts and styles holds."""
from __future__ import annotations

import lxml.html

from news_archive.spiders.discovery import page_links

URL = "https://parents.example/blog/page/18/"
EXCERPT = "The families met the lawyers of the association in the evening to prepare the appeal ..."
# A theme's head: settings, cookie consent texts and styles inline, hundreds of words readers never see.
HEAD_SCRIPT = "var consent = {" + ", ".join(f'"label_{n}": "allow the functional cookies of group {n}"'
                                          for n in range(120)) + "};"


def _page(teasers: int) -> str:
    entries = "".join(f'<div class="column blog-news-column"><article class="inner-box"><div class="content-box">'
                      f'<h3><a href="../../../2017/0{n % 9 + 1}/meeting-{n}/">Meeting {n} of the families</a></h3>'
                      f'<div class="text">{EXCERPT}</div><a href="../../../2017/0{n % 9 + 1}/meeting-{n}/">Read on</a>'
                      '</div></article></div>' for n in range(teasers))
    sidebar = ('<div class="col-lg-3 sidebar"><div class="widget"><div class="sidebar-title"><h3>Never shake a baby'
               '</h3></div><p>Crying is normal; put the baby down safely and take a break.</p></div>'
               '<div class="widget"><div class="sidebar-title"><h3>Menu</h3></div><ul><li><a href="/about/">About</a>'
               '</li><li><a href="/contact/">Contact</a></li></ul></div></div>')
    pager = '<div class="styled-pagination"><ul><li><a href="../17/">17</a></li><li><a href="../19/">19</a></li></ul></div>'
    return (f"<html><head><title>News</title><script>{HEAD_SCRIPT}</script></head><body>"
            '<header><nav><a href="/">Home</a> <a href="/blog/">News</a></nav></header>'
            '<section class="page-title"><h1>News</h1></section>'
            f'<div class="sidebar-page"><div class="auto-container"><div class="row"><div class="col-lg-9">'
            f'<section class="blog-news-section">{entries}</section>{pager}</div>{sidebar}</div></div></div>'
            "<footer><p>Parents' association</p></footer></body></html>")


def test_a_listing_pages_teasers_inside_a_wrapper_named_after_its_sidebar_are_its_teasers():
    # Fails before: the wrapper held a third of the words readers see but not of the document's, whose <head> holds
    # the theme's inline settings: it was taken for a menu and the page's twelve posts were never followed.
    links = page_links(lxml.html.fromstring(_page(12)), URL)
    assert len(links.teasers) == 12
    assert links.teasers[0] == "https://parents.example/2017/01/meeting-0/"


def test_the_sidebar_beside_the_teasers_is_still_chrome():
    links = page_links(lxml.html.fromstring(_page(12)), URL)
    assert not {"https://parents.example/about/", "https://parents.example/contact/"} & {url for url, _ in links.content}
