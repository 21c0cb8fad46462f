"""A post closing on an English letter's closing adverb and the writer's name on one line ("Warmly, Anna Lind",
"Sincerely, Per Holm") keeps that sign-off as its last line, as "Best regards, Anna" does."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://network.example/news/2024-06-03_reviewers.html"


def _page(sign_off: str) -> str:
    # A Quarto page's shape: the title block in the main element, the note's paragraphs after it.
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Call for reviewers - Network</title>"
            "</head><body><nav class='navbar'><a href='/'>Network</a> <a href='/news.html'>News</a></nav>"
            "<main class='content' id='document-content'><header id='title-block-header'><h1 class='title'>Call for "
            "reviewers</h1><p class='date'>June 3, 2024</p></header>"
            "<p>One of our members has joined the editorial boards of three journals in our field and has sent us a "
            "note for everyone in the network, which we share below.</p>"
            "<p>I would like to invite all members to consider these journals for their next paper, and to volunteer "
            "as reviewers where the scope of a journal matches their own research interests.</p>"
            "<p>If you would like to review, please fill in the short form linked from our members' page and tell us "
            "which topics you know best.</p>"
            f"<p>{sign_off}</p></main><footer><p>© Network</p></footer></body></html>")


@pytest.mark.parametrize("sign_off", ["Warmly, Anna Lind", "Sincerely, Per Holm", "Cordially,\nAnna Lind"])
def test_a_closing_adverb_and_the_writers_name_close_the_text(sign_off):
    # Fails before: the line, short and with no full stop, was trimmed as a credit under the text.
    body = extract_article(_page(sign_off), URL).body
    assert body.split("\n\n")[-1] == " ".join(sign_off.split())
