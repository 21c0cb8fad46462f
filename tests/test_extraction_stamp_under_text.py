"""The page's labelled stamp under the text ("Publié : 2019-06-28"), set by the theme as the first point of the list
holding its pager's links to the neighbouring posts, is no line of the text; a day the writer gives in the text's own
list stays."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://glider-club.example/news/2019/06/28/heatwave.html"
TEXT = ("Because of the heat and the lack of shade on the field, the club calls off most of the open day planned for "
        "the last weekend of the month, apart from the morning flights in the motor glider.")


def page(points: str) -> str:
    """A static theme's post: headline in the header, the text and its list, a rule, then the stamp and the pager."""
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Heatwave | Glider club</title></head>
<body><header id="header"><a href="/" class="title">Glider club</a><nav><a href="/news/">News</a></nav></header>
<div id="main"><section class="main"><div class="inner"><header class="major"><span class="category">News</span>
<h2><a href="#">Heatwave</a></h2></header>
<p>{TEXT}</p><p>The decisions in detail:</p><ul>{points}</ul>
<hr /><ul><li>Publié : 2019-06-28</li>
<li>Plus récent : <a href="/news/2019/07/30/star-night.html">The star night of the astronomy club 2019</a></li>
<li>Plus ancien : <a href="/news/2019/06/16/open-day.html">Open day for women pilots 2019</a></li></ul>
</div></section></div><footer id="footer"><p>&copy; 2026 Glider club (2026-02-04 19:16)</p></footer></body></html>"""


def test_the_pages_stamp_set_as_a_point_under_the_text_goes():
    """Fails before: the stamp, a point of a list, was kept as the text's last line (a list's last row is no
    sign-off)."""
    points = "<li>The paella dinner is called off.</li><li>The club stays open to members, bring water and a hat.</li>"
    found = extract_article(page(points), URL)
    assert found.published and found.published.startswith("2019-06-28")
    assert found.body.startswith(TEXT[:40])
    assert found.body.endswith("The club stays open to members, bring water and a hat.")


def test_a_day_the_writer_lists_in_the_text_stays():
    points = "<li>The paella dinner is called off.</li><li>New open day: 2019-09-14</li>"
    assert extract_article(page(points), URL).body.endswith("New open day: 2019-09-14")
