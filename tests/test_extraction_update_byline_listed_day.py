"""An old newsroom CMS's post page: the university's logo and the newsroom's banner ("News Archive" beside its feed's
link) are both <h1>s wholly of links, the post's headline is an <h2> over a byline whose only date may be the day it
was updated, and the text may stand loose after a print box, with no paragraphs.

- The <h2> over the date line is the headline, however the text after it is set.
- A byline showing only "Updated <day>" dates no page by itself (a policy page's "Last updated"), but when the
  listing's card showed that same day beside the link, the site dates the post by it: an article of that day.
"""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.extraction.page_type import ARTICLE

URL = "https://news.campus.example/archive/story_id_00a1b2c3.html"
HEADLINE = "Marine Biology Students Map the Lagoon's Seagrass Beds"
TEXT = ("Students of the marine biology programme spent three weeks mapping the seagrass beds of the lagoon with "
        "divers from the county's environmental office. Their maps show the beds recovering on the northern shore "
        "since the dredging stopped, and shrinking near the new marina. The county will use the maps to plan the "
        "next five years of monitoring, the programme's director said.")


def newsroom_page(date_line: str, body: str) -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Campus Newsroom</title></head><body>
<div id="top"><h1><a href="https://www.campus.example/"><span class="text">State University of Campus</span></a></h1>
<form action="/search"><label for="q">Search Campus</label><input id="q" name="q"></form></div>
<ul id="nav"><li><a href="https://www.campus.example/study/">Study</a></li>
<li><a href="https://www.campus.example/research/">Research</a></li></ul>
<div id="content"><h1 class="newshead"><a href="/">Campus News Archive</a>
<a class="rss" href="https://news.campus.example/feed.xml">RSS Feed</a></h1>
<div id="side"><h2>Read About:</h2><ul><li><a href="/subject_1.html">Science</a></li>
<li><a href="/subject_2.html">Campus Life</a></li></ul></div>
<div id="main_content"><h2>{HEADLINE}</h2>
<p class="article_info">By News Office Staff <span class="date">{date_line}</span></p>
<div id="share"><ul><li><a href="javascript:window.print();">Print this Page</a></li></ul></div>
{body}
<p id="back"><a href="/">&lt; Back to the Newsroom</a></p></div></div>
<div id="footer"><p>State University of Campus, 1 College Road</p></div></body></html>"""


def test_the_h2_over_the_date_line_is_the_headline_though_the_text_stands_loose():
    loose = extract_article(newsroom_page("October 28, 2003", TEXT), URL)
    assert (loose.title, loose.published) == (HEADLINE, "2003-10-28")
    in_paragraphs = extract_article(newsroom_page("October 28, 2003", f"<p>{TEXT}</p>"), URL)
    assert in_paragraphs.title == HEADLINE


def test_an_update_only_byline_dates_the_post_when_its_listing_showed_that_day():
    html = newsroom_page("Updated Oct. 10, 2006", f"<p>{TEXT}</p>")
    listed = extract_article(html, URL, listing_day="2006-10-10")
    assert (listed.page_type, listed.published, listed.title) == (ARTICLE, "2006-10-10", HEADLINE)
    # The update line alone, or beside a listing's card showing another day, still dates no page.
    for alone in (extract_article(html, URL), extract_article(html, URL, listing_day="2006-10-02")):
        assert (alone.page_type, alone.published, alone.updated) == ("page", None, "2006-10-10")


def test_a_policy_page_last_updated_at_its_foot_is_no_article_whatever_a_listing_shows():
    policy = newsroom_page("", f"<p>{TEXT}</p><p>Last updated: October 10, 2006</p>")
    result = extract_article(policy, URL, listing_day="2006-10-10")
    assert (result.page_type, result.published) == ("page", None)
