"""A post that reposts another's article opens its text with that article's byline ("Published in <a magazine> on
..."): the date line the template sets under the headline, before the text, dates the post; the label the text."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://forum.site.example/news/industry/212.html"
TEXT = "".join(f"<p>The software firm plans to hire more staff this year and open a second office in the north, "
               f"part {n} of its plan for the coming seasons.</p>" for n in range(1, 4))


def _post(byline: str, date_line: str = "Industry News | Sept. 17, 2015, 10:22 a.m.") -> str:
    return (f"<html><head><title>Forum news</title></head><body><div id='Content'>"
            f"<h1>Software firm grows in the north</h1><h6>{date_line}</h6><br>{byline}{TEXT}</div></body></html>")


def test_a_reposted_articles_publication_line_does_not_date_the_post():
    """Fails before (2015-09-15): the "Published" label opening the text's first paragraph beat the date line."""
    html = _post("<p>Published in <a href='https://magazine.example/a/1'>The Magazine</a> on September 15, 2015 "
                 "by Anna Writer:</p>")
    assert extract_article(html, URL).published[:10] == "2015-09-17"


def test_a_reposted_reports_byline_does_not_date_the_post():
    """Fails before (2020-06-30)."""
    html = _post("<p>Published June 30, 2020 - Anna Writer, chair of the group</p>", "Event reports | March 25, 2020")
    assert extract_article(html, URL).published[:10] == "2020-03-25"


def test_a_published_label_classed_as_the_byline_still_dates_the_post():
    """Guards the rule's reach: a theme's own byline, classed as one, is the post's stamp."""
    html = _post("<p class='byline'>Published June 30, 2020 - Anna Writer</p>", "Event reports | March 25, 2020")
    assert extract_article(html, URL).published[:10] == "2020-06-30"
