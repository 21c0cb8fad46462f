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
