"""A byline set as loose text between the headline and the text, the writers' names and the post's day on lines of
their own and no label ("Ada Lind, Bo Berg, Cy Holm<br>August 16, 2024"), is no line of the text, however many
writers it names."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://association.example/blog/why-it-matters/"
FIRST = ("A summary of what the members said in the open discussion at this spring's meeting, and of what they "
         "asked the board to take up before the next one.")
TEXT = (f"<p>{FIRST}</p><h4 id='who'>Who we are</h4>"
        "<p>The association brings together the people who write and maintain the tools their colleagues' studies "
        "rely on, in universities, institutes and companies, to share what they learn and meet once a year.</p>"
        "<p>Anyone who writes code for research is welcome, whatever their title says; membership is free and "
        "the meetings are open to all who want to take part in them.</p>")


def _page(byline: str) -> str:
    # A Zola theme's post: the headline, the authors and the date as bare text, then the text's own element.
    return ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Why it matters</title></head><body>"
            "<div class='container'><nav class='navbar'><a class='nav-link' href='/blog/'>Blog</a>"
            "<a class='nav-link' href='/join/'>Get involved</a></nav><div class='row top-buffer'><div class='post'>"
            f"<h1>Why it matters</h1>\n    {byline}\n    <div>{TEXT}</div></div></div>"
            "<footer><p>Content licensed under a Creative Commons licence.</p></footer></div></body></html>")


@pytest.mark.parametrize("byline", [
    "Aurélie Lind, Samantha Berg, Konstantin Holm\n    <br>\n    August 16, 2024",
    "Ada Lind and Bo van der Berg\n    <br>\n    August 16, 2024",
    "Ada Lind\n    <br>\n    August 16, 2024",
])
def test_the_writers_names_and_the_day_are_no_line_of_the_text(byline):
    # Fails before for several writers: the names made more words than a date line holds, and the byline opened the
    # body ("Aurélie Lind, Samantha Berg, Konstantin Holm August 16, 2024").
    found = extract_article(_page(byline), URL)
    assert found.published[:10] == "2024-08-16"
    assert found.body.startswith(FIRST)


def test_a_line_naming_people_and_another_day_stays():
    """Guards the names read as a byline: a line of the text naming people and another day is the writer's."""
    page = _page("Ada Lind\n    <br>\n    August 16, 2024").replace(
        f"<p>{FIRST}</p>", f"<p>{FIRST}</p><p>Ada Lind, Bo Berg, Cy Holm May 4, 2024</p>")
    assert "Ada Lind, Bo Berg, Cy Holm May 4, 2024" in extract_article(page, URL).body
