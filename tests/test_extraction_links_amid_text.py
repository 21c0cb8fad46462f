"""A link the writer sets as a paragraph of its own among the text's paragraphs stays: the story a post is about on
another site, the answers of a quiz's round as a PDF between the rounds. A "read also" line amid the text, a share
prompt and a linked headline of another story are no text."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://club.example/blog/quiz-night/"
TITLE = "Quiz night"
OPENING = ("We held our hundredth monthly meeting yesterday in the back room of the pub on the square, and more people "
           "came than ever before. I promised to put the questions and answers online, so here they are.")
ROUND_ONE = ("The first round asked about radio plays, old magazines and the writers who edited them in the years "
             "before the war, and most tables got half of the questions right.")
ROUND_TWO = ("The second round asked each table to sort twenty writers by the year of their birth, which turned out to "
             "be much harder than anyone had thought it would be.")


def page(between: str) -> str:
    """A class-less theme's post: the header with its byline and tags in the <article>, then the text's paragraphs
    and the rounds' subheadings, siblings in it."""
    return f"""<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>{TITLE} - Club</title></head>
<body><header><a href="https://club.example/">Club</a> <a href="https://club.example/blog/">Blog</a></header>
<main><article><header><h1>{TITLE}</h1><p>By <a href="https://club.example/authors/anna/">Anna</a>
<time datetime="2013-08-07">2013-08-07</time></p></header>
<p>{OPENING}</p><h2>Round one</h2><p>{ROUND_ONE}</p>{between}<h2>Round two</h2><p>{ROUND_TWO}</p></article></main>
<footer><p>Club, founded 1997</p></footer></body></html>"""


@pytest.mark.parametrize("between, kept", [
    ('<p><a href="https://club.example/blog/quiz-night/answers1.pdf">Answers to round one</a></p>',
     "Answers to round one"),
    ('<p><a href="https://news.example/2013/08/club-meets">Newspaper report</a>.</p>',
     "Newspaper report."),
])
def test_a_link_set_as_a_paragraph_among_the_writers_paragraphs_stays(between, kept):
    body = extract_article(page(between), URL).body
    assert kept in body
    assert body.endswith(ROUND_TWO)


@pytest.mark.parametrize("between", [
    '<p>Read also: <a href="https://news.example/2013/08/other-quiz">Another quiz in town</a></p>',
    '<p><a href="https://social.example/sharer?u=https://club.example/blog/quiz-night/">Share this post</a></p>',
    '<h3><a href="https://news.example/2013/08/pub-closes">The pub on the square closes for the summer</a></h3>',
    '<p><strong><a href="https://news.example/2013/08/pub-closes">The pub on the square closes for the summer</a>'
    '</strong></p>',
])
def test_a_read_also_line_a_share_prompt_or_another_storys_headline_amid_the_text_goes(between):
    body = extract_article(page(between), URL).body
    assert "another quiz" not in body.casefold() and "Share" not in body and "closes for" not in body
    assert body.endswith(ROUND_TWO)



SHOP_URL = "https://harbour-swap.example/news/oat-milk/"
SHOP_TITLE = "Which oat milk should we sell?"
SHOP_TEXT = [
    "Our cafe sells three oat milks, and we looked at who makes each of them and how they treat their workers.",
    "Two of the makers publish reports on their supply chains, and the third belongs to a group that does so too.",
]
FUNDERS = ("Harbour Swap is supported by grants and by generous donations from our community, and we are grateful "
           "for all their support. Find out more about our funders below.")


def page_with_box_after(closing: str) -> str:
    """The text's element closes on the writer's link; the theme sets a box of its own after the post's element, in
    the same column (the funders' thanks)."""
    text = "".join(f"<p>{p}</p>" for p in SHOP_TEXT)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{SHOP_TITLE} | Harbour Swap</title>
</head><body><header><a href="/">Harbour Swap</a><nav><a href="/news/">News</a><a href="/shop/">Shop</a></nav></header>
<main><div class="post"><h1>{SHOP_TITLE}</h1><p class="date">12 September 2024</p><div class="post-text">{text}
{closing}</div></div><div class="funders"><p>{FUNDERS}</p></div></main>
<footer><p>Harbour Swap, Pier Road 5</p></footer></body></html>"""


def test_a_link_closing_the_texts_element_stays_before_a_box_of_the_site():
    # Fails before: the funders' paragraph after the post's element left the writer's closing link amid the page's
    # text, where only a link followed by more of the writer's own paragraphs stayed.
    closing = '<p><a href="https://reports.example/files/2024/maker-report.pdf">Link to the maker\'s report</a></p>'
    body = extract_article(page_with_box_after(closing), SHOP_URL).body.split("\n\n")
    assert body[:3] == [*SHOP_TEXT, "Link to the maker's report"]


@pytest.mark.parametrize("closing", [
    '<p>Read also: <a href="https://news.example/2024/09/other-cafe">Another cafe in town</a></p>',
    '<p><a href="/news/2024/09/new-opening-hours/">New opening hours at the shop</a></p>',
    '<p><strong><a href="https://news.example/2024/09/pier-closes">The pier closes for the winter</a></strong></p>',
])
def test_a_read_also_line_closing_the_texts_element_still_goes(closing):
    body = extract_article(page_with_box_after(closing), SHOP_URL).body.split("\n\n")
    assert body == [*SHOP_TEXT, FUNDERS]
