"""A post pasted from a social network sets each paragraph as a <div> of bare text, each in a wrapper <div> of its own
(no <p> anywhere). The longest such line outweighs the others, but it is one paragraph of the text, not the whole
article: the text is every paragraph of the post's text element, as it is for <p> paragraphs."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://polarclub.example/news/expedition-reaches-the-station/"
TITLE = "Expedition reaches the inland station"
FIRST = ("On 8 January four researchers of the geophysics institute reached the inland station in the oasis after a "
         "flight of three days along the coast and a last leg over the ice sheet by tractor.")
SECOND = "They plan to stay at the station until the middle of February."
THIRD = "The station had stood empty for forty years before this season's expedition."


def page(paragraphs: str) -> str:
    """A GeneratePress-like single post: menu, the post (headline, date line, text element), sidebar and footer."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} – Polar Club</title></head>
<body class="post-template-default single single-post postid-2790"><header class="site-header"><nav class="main-navigation">
<ul class="menu"><li><a href="/about/">The club</a></li><li><a href="/category/news/">News</a></li>
<li><a href="/gallery/">Gallery</a></li><li><a href="/contact/">Contact</a></li></ul></nav></header>
<div class="site-content" id="content"><div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-2790" class="post-2790 post type-post status-publish hentry"><div class="inside-article">
<header class="entry-header"><h1 class="entry-title">{TITLE}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2022-01-13T10:00:00+01:00">
13/01/2022</time></span> by admin</div></header>
<div class="entry-content">{paragraphs}</div>
<footer class="entry-meta"><span class="cat-links"><a href="/category/news/">News</a></span></footer>
</div></article></main></div>
<div class="widget-area sidebar"><aside class="widget"><h2 class="widget-title">Recent posts</h2><ul>
<li><a href="/news/winter-meeting/">Winter meeting of the club</a></li>
<li><a href="/news/new-bulletin/">The new bulletin is out</a></li></ul></aside></div></div>
<footer class="site-info">© 2022 Polar Club</footer></body></html>"""


def pasted(*lines: str) -> str:
    return "".join(f'<div class="x{n} x{n + 1}"><div dir="auto">{line}</div></div>' for n, line in enumerate(lines))


LINKS = "".join(f'<div dir="auto"><a href="https://{site}">https://{site}</a></div>' for site in (
    "station.institute.example", "www.social.example/InlandStation",
    "news.example/2022-01-08/researchers-reached-the-inland-station-that-stood-empty-for-forty-years/?ref=tiles"))


def test_paragraphs_set_as_divs_are_all_kept():
    result = extract_article(page(pasted(FIRST, SECOND, THIRD)), URL)
    assert result.is_article
    assert result.body.split("\n\n") == [FIRST, SECOND, THIRD]


def test_paragraphs_set_as_divs_above_closing_links_are_all_kept():
    # The closing links weigh the text element below its longest line: that line alone was the body.
    body = pasted(FIRST, SECOND, THIRD) + '<div dir="auto"></div><div dir="auto">More on the station:</div>' + LINKS \
        + "<p>&nbsp;</p>"
    assert extract_article(page(body), URL).body.split("\n\n")[:3] == [FIRST, SECOND, THIRD]


def test_same_post_in_p_paragraphs_reads_the_same():
    as_divs = extract_article(page(pasted(FIRST, SECOND, THIRD)), URL)
    as_ps = extract_article(page("".join(f"<p>{line}</p>" for line in (FIRST, SECOND, THIRD))), URL)
    assert as_divs.body == as_ps.body


def test_closing_line_of_a_sentence_set_across_div_lines_is_kept():
    # The editor's lines straight in the text element, no wrappers, a sentence broken across two of them: its short
    # last line closes the post.
    lines = (FIRST, "Teams of the institute are welcome to apply for a place at the station in the coming", "summer season.")
    result = extract_article(page("".join(f"<div>{line}</div>" for line in lines)), URL)
    assert result.body.split("\n\n") == list(lines)


def test_loose_short_line_after_the_text_stays_out():
    # A line not set like the text's ("Share this post" in a box of its own) is still no line of it.
    body = "".join(f"<div>{line}</div>" for line in (FIRST, SECOND)) + '<div class="share-box"><span>Share it.</span></div>'
    assert extract_article(page(body), URL).body.split("\n\n") == [FIRST, SECOND]


def test_opening_div_set_straight_in_the_text_element_is_one_paragraph_of_it():
    # A first paragraph pasted as a <div>, the rest written as <p>s in the same text element (where to read more,
    # with the addresses written out): the <div> is the text's first paragraph, not the whole of it.
    long = LINKS.split('href="https://')[3].split('"')[0]
    lines = [FIRST, "More on the station:", f"– on the page of the institute: https://{long}",
             "– on the programme's page: https://programme.example/stations/inland/"]
    body = f"<div>{FIRST}</div><p>{lines[1]}</p>" + "".join(
        f'<p>{text}<a href="{address}">{address}</a></p>' for text, address in (
            ("– on the page of the institute: ", f"https://{long}"),
            ("– on the programme's page: ", "https://programme.example/stations/inland/")))
    assert extract_article(page(body), URL).body.split("\n\n") == lines
