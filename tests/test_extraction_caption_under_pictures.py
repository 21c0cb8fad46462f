"""A post closing on its pictures and a line under them set as a paragraph of its own (<p><img><img></p>, then
<p>The lantern and the oar (harbour museum, 1890s)</p>): the line is the pictures' caption, the post's last line as a
<figcaption> closing it is, not a signature the edge trim takes off. The greeting above is set as an editor writes it,
a centred <div> inside a bold paragraph, which the parser splits out of the <p>."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://quill.example/greetings-for-the-new-season.html"
GREETING = "The rowing club wishes all its members and friends a bright and happy new season on the water!"
CAPTION = "The lantern and the oar (harbour museum collection - 1890s)"


def _page(under: str) -> str:
    return (
        "<html><head><title>Greetings for the new season | Quill</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news/'>News</a> <a href='/about/'>About</a></nav>"
        "<section id='content'><article><header><h1>Greetings for the new season</h1></header>"
        "<div class='entry-content'><footer class='post-info'><time datetime='2025-01-01'>1 January 2025</time>"
        f"</footer><p><strong><div align='center'>{GREETING}</div></strong></p>"
        f"{under}<p>{CAPTION}</p></div></article></section>"
        "<footer><p>Quill is written by the people of the harbour town.</p></footer></body></html>")


PICTURES = "<p><img src='/img/lantern.jpg' alt='Lantern'>\n<img src='/img/oar.jpg' alt='Oar'></p>"
SPACER = "<p><br><br><br><br></p>"


@pytest.mark.parametrize("under", [PICTURES, PICTURES + SPACER])
def test_a_line_under_closing_pictures_is_their_caption_and_the_posts_text(under):
    # Fails before: the short line closing the post, with no full stop, was taken for a sign-off and trimmed.
    found = extract_article(_page(under), URL)
    assert GREETING in found.body
    assert found.body.rstrip().endswith(CAPTION)
