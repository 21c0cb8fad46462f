"""A blog theme printing a card of the post's data under its text ("Meta Data": "Title: <headline>", "Date Posted:
2016-12-15", "Posted By: <name>", "Category: News"), outside the post's <article>: none of it is the post's text,
and a post of a picture alone under such a card is a post with no text, stored when the site lists it. The theme
sets the headline as an <h2> in the article's header and states it in <title> only (no og:title), beside an <h1>
of the site's name."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://representative.example/2018/01/26/scholarships-raised/"
TITLE = "Borse di dottorato aumentate"
SITE = "Anna Rossi, rappresentante dei dottorandi"


def _page(text: str, card_title: str = TITLE) -> str:
    return f"""<!doctype html><html lang="it-IT"><head><meta charset=utf-8><title>{TITLE} | {SITE}</title>
<meta name="description" content="PhD student representative in the Academic Senate of the university">
</head><body class="single single-post postid-641 single-format-standard"><div id=page>
<header class=main-header><h1 class=site-title><a href="/#page">{SITE}</a></h1>
<h2 class=site-description>PhD student representative in the Academic Senate of the university</h2>
<nav><a href="/category/news/">News</a> <a href="/chi-sono/">Chi sono</a> <a href="/contatti/">Contatti</a></nav></header>
<section id=content class=site-main role=main><section class=site-post role=main>
<article id=post-641 class="post-641 post type-post status-publish hentry category-news">
<header class=content-header><h2>{TITLE}</h2></header>
<div id=content-full class=content-full>{text}<p></p></div></article>
<nav class=post-navigation><h1 class=screen-reader-text>Post navigation</h1>
<div class=nav-previous><a href="/2018/01/21/vigil/" rel=prev>Fiaccolata in piazza</a></div></nav>
<div class=info-boxes><div class=info><h2>Meta Data</h2><p>Title: {card_title}<br>Date Posted: 2018-01-26<br>
Posted By: <a href="/author/anna/" rel=author>anna</a><br>Category: <a href="/category/news/" rel="category tag">News</a>
</p></div></div>
<div id=comments><h3>Leave a Reply</h3><form action="/wp-comments-post.php"><textarea name=comment></textarea></form>
</div></section></section><footer><p>Copyright &copy; 2015 - 2025 Anna Rossi</p></footer></div></body></html>"""


PICTURE = '<p><img src="/wp-content/uploads/2018/01/poster.jpg" width="680" height="960" alt=""></p>'
LINE = "<p>Pubblicato sul quotidiano del 25 gennaio insieme agli altri rappresentanti.</p>"


def test_the_card_restating_headline_and_day_is_no_text():
    # Fails before: the card's fields outweighed the post's one line and closed the body ("Title: ... Category:").
    body = extract_article(_page(LINE), URL, listed_as_article=True).body
    assert body == "Pubblicato sul quotidiano del 25 gennaio insieme agli altri rappresentanti."


def test_a_listed_picture_post_under_the_card_is_a_post_with_no_text():
    # Fails before: the card stood in for the text, and with <title> read after pruning had taken it the <h2>
    # headline was no headline of its own: "too little text" for a page that is the site's listed post.
    found = extract_article(_page(PICTURE), URL, listed_as_article=True)
    assert found.is_article and found.body == "" and found.published[:10] == "2018-01-26"


def test_labelled_lines_not_naming_the_headline_stay():
    # The rule is the card restating the page's own headline: labelled lines of other data are the writer's.
    body = extract_article(_page(LINE, card_title="Regolamento dottorati 2018"), URL, listed_as_article=True).body
    assert "Regolamento dottorati 2018" in body


CLIPPINGS = """<p>PDF:</p><p><a href="/wp-content/uploads/2018/01/Gazzetta-26-1-18.pdf">Gazzetta Milano 26-1-18</a></p>
<p><a href="/wp-content/uploads/2018/01/Gazzetta-24-1-18.pdf">Gazzetta Milano 24-1-18</a></p>"""


def test_document_links_closing_the_post_stay_above_the_card():
    # Fails before: the card, kept as text after them, made the post's closing links to its documents lines amid
    # the text ("read also" teasers), and they went.
    body = extract_article(_page(CLIPPINGS), URL, listed_as_article=True).body
    assert body.split("\n\n") == ["PDF:", "Gazzetta Milano 26-1-18", "Gazzetta Milano 24-1-18"]
