"""A post signed by a team whose name runs into the word "team" ("MAKERteam") under a closing formula ending on a
comma ("Keep following us,") keeps both lines: the letter's close, though no word of it is a greeting."""
from __future__ import annotations

from article_page import page

from news_archive.pipelines.extraction import extract_article

URL = "https://makers.example/community-highlight-carousel/"
TITLE = "Community highlight: a carousel"
HEAD = ('<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2017-01-31T10:00:00+00:00">')
PARAGRAPHS = [
    "This month's community highlight is a moving carousel a reader printed for his nephew's birthday party.",
    "He designed every part himself, from the little horses to the gears that turn the roof as the music plays.",
    "That's all for this highlight, thanks to everybody who sent us their projects, keep sharing!",
]


def _page(text: str) -> str:
    return page(head=HEAD, body=text, title=TITLE, lang="en")


def test_a_formula_over_a_compound_team_name_closes_the_text():
    """Fails before: neither line reads as a greeting or a board's name; both went as short lines after the text."""
    text = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "<p>&nbsp;</p><p>Keep following us,</p><p>MAKERteam</p>"
    assert extract_article(_page(text), URL).body.split("\n\n") == PARAGRAPHS + ["Keep following us,", "MAKERteam"]


def test_a_word_ending_in_team_alone_is_no_signature():
    text = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "<p>Dreamteam</p>"
    assert extract_article(_page(text), URL).body.split("\n\n") == PARAGRAPHS
