"""A post's own section heading (unlinked, over paragraphs of the writer's) names an event that a card of the
page's "related" column links in the same words (each card one link around its picture and headline): the heading
is the text's. A heading over a line or two that the furniture links stays furniture, and so does one the furniture
shows as plain words."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

_URL = "https://festival.example/news/comedy-nights/"
_ACTS = [("Rosa Quill - Accidental Expert", "rosa-quill"), ("Tobias Fenn - Unshaven", "tobias-fenn")]


def _card(name: str, slug: str, dash: str = " – ") -> str:
    return (f"<div class='teaser-card node-event'><a class='image' href='/event/{slug}/'><img src='/img/{slug}.jpg'>"
            f"<div class='text-overlay'><span class='display-date'>Sat 24 Aug</span>"
            f"<h3 class='node-title'>{name.replace(' - ', dash)}</h3></div></a>"
            "<div class='details'><span class='categories'>Performance / Words</span></div></div>")


def _section(name: str, slug: str, under: str) -> str:
    return (f"<h2><strong>{name}</strong></h2>{under}<p><em>Sat 24 Aug, 7pm, The Shed</em></p>"
            f"<p><a href='https://festival.example/event/{slug}/'>Book now</a></p>")


_LONG = ("<p>Is she a genius or did she simply wander into the right rooms? For years the question has followed her "
         "from club to club, and this winter she sets out to settle it on stage, with stories nobody else could tell."
         "</p><p>Her shows sell out across the country because she talks to a room as if it were one friend, and "
         "she leaves every audience wanting the next story before the last one has ended.</p>")


def _post(unders: tuple[str, str], cards: str = "") -> str:
    sections = "".join(_section(name, slug, under) for (name, slug), under in zip(_ACTS, unders))
    cards = cards or "".join(_card(name, slug) for name, slug in _ACTS)
    return ("<html lang='en'><head><title>Comedy nights | Festival</title>"
            "<meta property='og:type' content='article'>"
            "<meta property='article:published_time' content='2019-05-27T12:25:07+10:00'></head><body>"
            "<nav><a href='/'>Home</a><a href='/news/'>News</a><a href='/about/'>About</a></nav>"
            "<div class='main-container'><section class='col-sm-8'><h1 class='page-header'>Comedy nights</h1>"
            f"<div class='field-name-body'>{sections}</div>"
            "<div class='mt-3'><a href='/news/' class='btn'>View all news &amp; stories</a></div></section>"
            f"<aside class='col-sm-4'><h2>Related stories &amp; events</h2>{cards}</aside></div>"
            "<footer><p>Festival office, Main Street 1</p></footer></body></html>")


def test_a_section_heading_a_related_card_links_in_the_same_words_is_the_texts():
    """Fails before: both section headings were dropped, the column's cards showing the same names."""
    body = extract_article(_post((_LONG, _LONG)), _URL).body
    assert body.startswith("Rosa Quill - Accidental Expert\n\nIs she a genius")
    assert "\n\nTobias Fenn - Unshaven\n\nIs she a genius" in body


def test_a_heading_over_a_line_that_a_card_links_stays_furniture():
    body = extract_article(_post((_LONG, "<p>Back by demand.</p>")), _URL).body
    assert body.startswith("Rosa Quill - Accidental Expert")
    assert "Tobias Fenn" not in body


def test_a_heading_the_column_shows_as_plain_words_stays_furniture():
    plain = "".join(f"<div class='box'><p>{name}</p></div>" for name, _slug in _ACTS)
    body = extract_article(_post((_LONG, _LONG), cards=plain), _URL).body
    assert "Rosa Quill" not in body and "Tobias Fenn" not in body
