"""A teachers' network posts a roundup for a holiday: an opening paragraph, then one small heading per classroom
project linking the project's page on another site, each over a few lines on how to use it. Inside the post's own
element, headings that lead only to other sites are its subheadings, no teasers of the site's pages: the post is no
listing. The same headings leading to the site's own pages still make one."""
from __future__ import annotations

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


def test_headings_linking_other_sites_do_not_make_a_dated_post_a_listing():
    # Fails before ("listing", "5 linked headlines over short teasers"): each project's heading counted as a teaser.
    page = extract_article(_post(lambda name, link: link), URL)
    assert page.page_type == "article", page.page_reason
    assert page.body.startswith("The festival brings lights")
    assert page.body.rstrip().endswith("before the end of the month.")


def test_headings_linking_the_sites_own_pages_still_make_a_listing():
    page = extract_article(_post(lambda name, link: "/blog/2021/11/" + name.lower().replace(" ", "-") + "/"), URL)
    assert page.page_type == "listing"
