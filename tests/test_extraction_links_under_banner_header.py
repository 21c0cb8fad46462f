"""A post whose whole text is subheadings over lists of its documents, set after a banner that shows the post's
header (its headline and byline, no date line) over the post's picture, keeps those lines: the post's lines follow
the banner, not the header alone. A picture-only post under such a banner stays without text."""
from news_archive.pipelines.extraction import extract_article

URL = "https://guilds.example/study-day.html"
TITLE = "Study day"
DOCS = ('<h2>Study day 12 February 2026</h2><ul><li><a href="/media/files/invitation-2026.pdf">Invitation</a></li></ul>'
        '<h2>Study day 8 February 2025</h2><ul><li><a href="/media/files/programme-2025.pdf">Study day 2025, '
        'programme</a></li><li><a href="/media/files/report-2025.pdf">Report of the study day 2025</a></li></ul>')


def post(entry: str) -> str:
    return f"""<html lang="en"><head><meta charset="utf-8"><title>{TITLE} - Guild Council</title>
<meta property="og:type" content="article"><meta property="og:title" content="{TITLE}">
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"Article","mainEntityOfPage":{{"@type":
"WebPage","@id":"{URL}"}},"headline":"{TITLE}","datePublished":"2025-03-25T19:44+01:00"}}</script></head><body>
<header class="top"><a href="/" class="logo">Guild Council</a><nav><ul><li><a href="/welcome.html">Welcome</a></li>
<li><a href="/news/">News</a></li><li><a href="/contact.html">Contact</a></li></ul></nav></header>
<main><article class="post"><div class="hero"><div class="hero__wrap"><img src="/media/posts/9/banner.jpg" alt="">
</div><header class="hero__text"><h1>{TITLE}</h1><p class="post__meta">By <a href="/authors/ann-berg/">Ann Berg</a>
</p></header></div><div class="post__entry">{entry}</div><footer class="post__footer"><ul class="post__tag"><li>
<a href="/news/">News</a></li></ul></footer></article></main>
<footer class="footer"><a href="/sitemap.xml">Sitemap</a> <a href="/search.html">Search</a></footer></body></html>"""


def test_documents_under_subheadings_after_a_banner_header_stay():
    """Fails before: the lines were looked for in the banner alone, which holds none, and the body came out empty."""
    body = extract_article(post(DOCS), URL, listed_as_article=True).body
    assert body.startswith("Study day 12 February 2026")
    assert body.endswith("Report of the study day 2025")
    assert "Sitemap" not in body and "Contact" not in body and "News" not in body


def test_a_picture_only_post_under_a_banner_header_stays_without_text():
    picture = '<figure class="post__image"><img src="/media/posts/9/poster.jpg" alt=""></figure>'
    assert extract_article(post(picture), URL, listed_as_article=True).body == ""
