"""A documentation theme's blog (a research software project's news): the post's day, author and reading time stand in a
side column's <nav>, in the theme's box of the post's fields (class "doc-post__meta"), as the page's only <time>. The
text under the headline may open on a boxed entry dated later (a changelog adds its entries to one post), and a plugin
prints the file's last change under the text, labelled only by its icon's tooltip. The post's day is the box's."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://lab.example/news/2022/04/14/changes-2022/"


def _page(text: str) -> str:
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Changes 2022 - Lab software</title>"
            "</head><body><header class='doc-header'><a href='/'>Lab software</a></header><div class='doc-main'>"
            "<div class='doc-sidebar'><nav class='doc-nav'><a href='/news/'>Back to index</a>"
            "<ul class='doc-post__meta doc-nav__list'><li class='doc-nav__item'><div class='doc-nav__title'>Metadata</div>"
            "<nav class='doc-nav'><ul class='doc-nav__list'><li class='doc-nav__item'><div class='doc-nav__link'>"
            "<time datetime='2022-04-14 00:00:00+00:00'>April 14, 2022</time></div></li><li class='doc-nav__item'>"
            "<div class='doc-nav__link'><span>2 min read</span></div></li></ul></nav></li></ul></nav></div>"
            f"<article class='doc-content__inner'><h1>Changes 2022</h1>{text}"
            "<aside class='doc-source-file'><span class='doc-source-file__fact'><span class='doc-icon' "
            "title='Last update'><svg viewBox='0 0 24 24'><path d='M1 1h2'/></svg></span>"
            "<span class='revision-date' title='May 8, 2025 16:20:30 UTC'>May 8, 2025</span></span></aside>"
            "</article></div><footer><p>Copyright 2003-2025 the lab</p></footer></body></html>")


def test_a_changelog_post_keeps_the_day_of_its_post_meta_box():
    """Fails before: the first entry's day under the headline ("20 June 2022") was taken over the side column's <time>."""
    entries = ("<div class='admonition info'><p class='admonition-title'>20 June 2022</p><p>Version 3.2 of the solver "
               "is out: it fixes the activity model for salty water and the rounding of printed numbers.</p></div>"
               "<div class='admonition info'><p class='admonition-title'>14 April 2022</p><p>Version 3.1 of the solver "
               "is out: it fixes the enthalpies of dissolved species read from the database.</p></div>")
    assert extract_article(_page(entries), URL).published.startswith("2022-04-14")


def test_a_one_line_post_keeps_the_day_of_its_post_meta_box_over_the_update_stamp():
    """Fails before: the last change's day printed under the one-line text was taken for the post's."""
    assert extract_article(_page("<p>The new website of the project is online.</p>"), URL).published.startswith(
        "2022-04-14")
