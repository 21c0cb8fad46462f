"""A gallery of captioned pictures (a grid of <figure>s and nothing else) that closes the run of a post's paragraphs
closes the text, as a single captioned picture there does: the writer ended the post on the pictures."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://walks.example/trip-to-the-north-cape.html"
PARAGRAPHS = (
    "<p>We left the village before dawn and drove north along the coast road, past the fishing harbours and the long "
    "empty beaches that the summer guests had left behind weeks ago.</p>"
    "<p>By noon we reached the cape, where the wind was so strong that we could hardly open the doors of the car, "
    "and the light over the sea changed from grey to silver every few minutes.</p>"
    "<p>On the way back we stopped at a small farm that sells cheese and honey, and the owner showed us the stone "
    "barn his grandfather built with his own hands.</p>")


def _figure(n: int, caption: str) -> str:
    return (f"<figure class='gallery__item'><a href='/media/photo{n}.jpg' data-size='800x600'>"
            f"<img src='/media/photo{n}-thumb.jpg' alt='' width='768' height='576'></a>"
            f"<figcaption class='gallery-description'>{caption}</figcaption></figure>")


GALLERY = ("<div class='gallery-wrapper'><div class='gallery' data-columns='3'>"
           + _figure(1, "The coast road just after sunrise.")
           + _figure(2, "The stone barn at the cheese farm.")
           + _figure(3, "The lighthouse seen from the cliffs at the cape.")
           + "</div></div>")


def _page(entry: str) -> str:
    return ("<html lang='en'><head><title>A trip to the cape - Walks</title></head><body>"
            "<header><a href='/'>Walks</a></header><main><article><header><h1>A trip to the cape</h1>"
            "<time datetime='2021-05-02T10:00'>2 May 2021</time></header>"
            f"<div class='post__entry'>{entry}</div><footer><a href='/tags/trips/'>Trips</a></footer></article>"
            "</main><footer>Walks footer</footer></body></html>")


def test_a_gallery_closing_the_post_ends_the_text():
    """Fails before: the gallery's captions went, so the post ended on its last paragraph."""
    body = extract_article(_page(PARAGRAPHS + GALLERY), URL).body
    assert body.split("\n\n")[-1] == "The lighthouse seen from the cliffs at the cape."
    assert "The coast road just after sunrise." in body


def test_a_gallery_amid_the_paragraphs_stays_out():
    entry = PARAGRAPHS + GALLERY + "<p>Next summer we want to walk the last part of the way instead of driving it.</p>"
    body = extract_article(_page(entry), URL).body
    assert "The stone barn at the cheese farm." not in body
    assert body.split("\n\n")[-1].startswith("Next summer")


def test_a_gallery_over_the_writers_credit_line_closes_the_text_with_it():
    """The credit under the pictures ("Text and pictures: <name>") is the post's closing fact, so the gallery above it
    still closes the text, a long caption too. Fails before: the captions went, and with a caption as long as a
    sentence the credit went as well (the lines after the text were sought beside that caption)."""
    gallery = GALLERY.replace("The lighthouse seen from the cliffs at the cape.",
                              "The lighthouse seen from the cliffs at the cape, where the keeper still lives in the "
                              "small white house below the tower.")
    body = extract_article(_page(PARAGRAPHS + gallery + "<p>Text and pictures: Anna Berg</p>"), URL).body
    lines = body.split("\n\n")
    assert lines[-1] == "Text and pictures: Anna Berg"
    assert lines[-2].startswith("The lighthouse seen from the cliffs")
    assert "The coast road just after sunrise." in body
