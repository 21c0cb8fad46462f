"""A post signed by an organisation's board in its name alone ("HarbourNet Interim Board", no "The" before it) keeps
that signature; a heading or a copyright line naming the board still goes."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://harbournet.example/news/2024/09/board-election/"
TITLE = "Elections to the new board"
PARAGRAPHS = [
    "Members can now nominate candidates for the five seats of the new board until the end of October this year.",
    "The vote will be held online in November, and the results will be sent to every member by the first of December.",
]
TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def page(story: str) -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | HarbourNet</title></head>
<body><header><a href="/">HarbourNet</a><nav><a href="/news/">News</a><a href="/members/">Members</a></nav></header>
<main><article><h1>{TITLE}</h1><p class="date">12 September 2024</p><div class="news-text">{story}</div></article>
</main><footer><p>HarbourNet, Pier Road 5</p></footer></body></html>"""


def body_of(story: str) -> list[str]:
    return extract_article(page(story), URL).body.split("\n\n")


@pytest.mark.parametrize("signature", ["HarbourNet Interim Board", "Harbour Society Board"])
def test_a_post_signed_in_the_name_of_an_organisations_board_keeps_its_signature(signature):
    # Fails before: only "The board", "Our board" or "The <club> board" read as a board's signature; the line went
    # as a short sign-off after the text.
    assert body_of(TEXT + f"<p>{signature}</p>") == PARAGRAPHS + [signature]


@pytest.mark.parametrize("line", ["<h3>Advisory Board</h3>", "<p>© HarbourNet Board</p>"])
def test_a_heading_or_a_copyright_line_naming_the_board_still_goes(line):
    assert body_of(TEXT + line) == PARAGRAPHS
