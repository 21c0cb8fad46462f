"""A card named for a person ("author-card") that holds a quote of a sentence or more, set beside their picture, is
the text's own quote of the person the post is about, kept where it opens the text; the box presenting the post's
writer (a picture, a name and a line of bio, however it is named) still goes."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://lighthouse.example/news/summer-of-code-tide-tables/"
TITLE = "Summer of code 2025: faster tide tables for the harbour app"
QUOTE = ("\"Working on the tide tables with two patient mentors taught me more about open source than a year "
         "of reading about it.\"")
PARAGRAPHS = [
    "Growing up by the harbour in Portsmouth, Mina Holt spent her summer making the app's tide tables load in a "
    "blink. Her project cached the tables per port and dropped two slow lookups from every start.",
    "The new cache is in the app since the autumn release, and three other harbour apps have taken it over since.",
]
TEXT = "".join(f"<p class='para'>{p}</p>" for p in PARAGRAPHS)


def page(story: str) -> str:
    """A static site's post: a date line and the headline above the Markdown body."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE}</title></head>
<body><header><a href="/">Lighthouse Foundation</a><nav><a href="/news/">News</a><a href="/grants/">Grants</a></nav>
</header><div class="layout"><div class="markdown"><p class="date">November 19, 2025</p><h1>{TITLE}</h1>
<div class="markdown">{story}</div></div></div>
<footer><p>Lighthouse Foundation, Quay Street 4</p></footer></body></html>"""


def body_of(story: str) -> list[str]:
    return extract_article(page(story), URL).body.split("\n\n")


def test_a_persons_quote_card_opening_the_text_stays():
    # Fails before: the card's "author" class made it the writer's box, and the text lost its opening quote.
    card = "<div class='sc-author-card'><img src='/img/mina.jpeg' alt='Mina Holt' class='sc-author-img'>" \
           f"<blockquote class='sc-quote'><p class='para'>{QUOTE}</p><p class='para'><strong>Mina Holt</strong></p>" \
           "</blockquote></div>"
    assert body_of(card + TEXT) == [QUOTE, "Mina Holt", *PARAGRAPHS]


def test_the_writers_box_goes():
    # A picture, the writer's name and a line of bio: the site's card, wherever it stands.
    box = "<div class='author-card'><img src='/img/per.jpeg' alt='Per Lind'><p><strong>Per Lind</strong></p>" \
          "<p>Per writes about the foundation's grants and the people behind its projects.</p></div>"
    assert body_of(box + TEXT) == PARAGRAPHS
    assert body_of(TEXT + box) == PARAGRAPHS


def test_a_writers_box_with_a_short_motto_goes():
    # A quote that is a motto beside the bio is the box's, not the text's.
    box = "<div class='author-box'><img src='/img/per.jpeg' alt='Per Lind'><p><strong>Per Lind</strong></p>" \
          "<blockquote>Tides wait for no one.</blockquote>" \
          "<p>Per writes about the foundation's grants and the people behind its projects.</p></div>"
    assert body_of(TEXT + box) == PARAGRAPHS


def test_a_quote_in_a_share_box_goes():
    # A box named for sharing, not for a person, holding a quote to share: the site's.
    box = f"<div class='share-quote'><blockquote><p>{QUOTE}</p></blockquote><a href='/share'>Share this</a></div>"
    assert body_of(TEXT + box) == PARAGRAPHS
