"""A post whose theme sets its text inside the heading group (<hgroup>) with its headline and subtitle keeps that text;
a heading group of a headline and its kicker over the text gives no kicker in the body."""
from news_archive.pipelines.extraction import extract_article

URL = "https://harbour-club.example/2014/03/spring-meeting/"
_HEAD = """<html lang="en"><head><title>Spring meeting</title>
<meta property="og:type" content="article">
<meta itemprop="datePublished" content="2014-03-02T10:00:00+01:00"></head>
<body class="single-post"><div id="page"><header class="site-header"><a href="/">Harbour club</a>
<nav><a href="/about/">About</a> <a href="/news/">News</a> <a href="/contact/">Contact</a></nav></header>
<article class="post type-post"><header class="entry-header"><div class="title-wrap">
<h1 class="entry-title">Spring meeting</h1><div class="entry-cats"><a href="/category/club/">Club</a></div>
</div></header><div class="contentwrap"><div id="entry-content" class="entry-content">"""
_FOOT = """</div><footer class="entry-footer"></footer></div></article>
<footer class="site-footer"><p>Harbour club, all rights reserved.</p></footer></div></body></html>"""

# The text in the group: one line, half of it links, beside the headline again and its subtitle.
TEXT_IN_GROUP = _HEAD + """<hgroup><h1>Spring meeting</h1>
<h2>Northport, 5 and 6 April 2014 - Hall of the old customs house</h2>
<p> </p>
<p>Everything about taking part in the <a href="https://wiki.example.org/rules">spring meeting</a> of April 2014
can be read <a href="https://north.example.org/">on the page of the Northport branch of the club</a></p>
</hgroup>""" + _FOOT

# The common markup: the group holds the headline and its kicker, the text follows it.
KICKER_IN_GROUP = _HEAD + """<hgroup><h1>Spring meeting</h1><p>Club life</p></hgroup>
<p>The members met in the old customs house on a cold Saturday and chose a new board for the coming two years.</p>
<p>The harbour master spoke about the new berths, and the evening closed with soup and songs by the water.</p>
""" + _FOOT


def test_a_line_set_inside_the_heading_group_is_the_posts_text():
    body = extract_article(TEXT_IN_GROUP, URL).body
    assert body.startswith("Everything about taking part in the spring meeting")
    assert body.endswith("on the page of the Northport branch of the club")


def test_the_kicker_in_a_heading_group_is_no_body_text():
    body = extract_article(KICKER_IN_GROUP, URL).body
    assert body.startswith("The members met in the old customs house")
    assert "Club life" not in body
