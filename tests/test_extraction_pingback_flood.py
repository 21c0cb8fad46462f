"""A short post under a long list of pingbacks (a blog left open to trackback spam: hundreds of "Pingback: <link>"
lines below two sentences): the link lines outweigh the post's prose, so the page-wide wrapper weighs below nothing.
The post is still read from the element the page marks as its text, its two sentences kept and no pingback with
them; the extractor must not fail on such a page and store it as one without text."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://rgroup.example/2014/07/17/survey-of-analysis-tools/"
TITLE = "Our language tops a survey of analysis tools"
LEAD = "A survey among data analysts ranks our language first among the tools they use every week."
SECOND = "It is ahead of the spreadsheet for the first time since the survey began."


def page(pingbacks: int) -> str:
    """A TwentyTen-like single post: menu, the post (headline, date line, two sentences, a chart and a source line), the
    author box, then the comment list of pingbacks, each a link to a spam page."""
    # one or two words a link, as spam names itself: "Pingback: " outweighs the link, each line is no link line
    words = ("watches", "cheap loans", "pills", "buy shoes", "casino", "loans", "free spins", "gold")
    spam = "\n".join(f"""<li class="post pingback"><p>Pingback: <a href="http://spam{n}.example/" rel="external nofollow"
class="url">{words[n % len(words)]}</a></p></li>""" for n in range(pingbacks))
    return f"""<!DOCTYPE html><html lang="hu"><head><meta charset="utf-8"><title>{TITLE} | R group</title></head>
<body class="post-template-default single single-post postid-421"><div id="wrapper" class="hfeed">
<div id="header"><div id="branding"><h1 id="site-title"><span>R group: software, language, community</span></h1></div>
<div id="access"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/news/">News</a></li>
<li><a href="/events/">Events</a></li><li><a href="/questions/">Questions</a></li></ul></div></div>
<div id="main"><div id="container"><div id="content" role="main">
<div id="post-421" class="post-421 post type-post status-publish format-standard hentry">
<h1 class="entry-title">{TITLE}</h1>
<div class="entry-meta">Posted by <a href="/author/editor/">editor</a> on 17 July 2014</div>
<div class="entry-content"><p>{LEAD} {SECOND}</p>
<p><a href="/uploads/2014/07/tools-chart.png"><img src="/uploads/2014/07/tools-chart.png" alt="tools chart"></a></p>
<p>&nbsp;</p>
<p>Source: <a href="http://blog.example/tools-survey.html">Analytics blog</a></p></div>
<div id="entry-author-info"><div id="author-description"><h2>About editor</h2>The group's site
<div id="author-link"><a href="/author/editor/">View all posts by editor</a></div></div></div>
</div>
<div id="comments"><h3 id="comments-title">{pingbacks} Responses to <em>{TITLE}</em></h3>
<ol class="commentlist">{spam}</ol></div>
</div></div></div>
<div id="footer"><p>Powered by a blog engine</p></div></div></body></html>"""


def test_short_post_under_a_flood_of_pingbacks_is_read_from_its_text_element():
    result = extract_article(page(pingbacks=300), URL)
    assert (result.page_type, result.is_article, result.title) == ("article", True, TITLE)
    assert result.body.startswith(LEAD) and SECOND in result.body
    assert "Pingback" not in result.body and "casino" not in result.body and "View all posts" not in result.body
