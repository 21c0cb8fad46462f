"""A post closing on a series the writer numbers line by line ("Round 1 18/11/2024", "Round 2", ... a schedule whose
days are still to be set) keeps those lines, however short; a series of links ("Part 1", "Part 2") is a pager's."""
from __future__ import annotations

from article_page import page

from news_archive.pipelines.extraction import extract_article

URL = "https://chess.example/club-championship/"
TITLE = "Club championship"
HEAD = ('<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2025-01-13T10:00:00+00:00">')
OPENING = "This year's club championship starts on the 18th of November. Click here for players and results."
ROUNDS = ["Round 1 18/11/2024", "Round 2", "Round 3", "Round 4", "Round 5"]


def _page(text: str) -> str:
    return page(head=HEAD, body=text, title=TITLE, lang="en")


def test_a_numbered_schedule_closing_the_post_stays():
    """Fails before: each round's line, short and with no full stop, went as a stray line after the text."""
    opening = OPENING.replace("Click here", '<a href="https://results.example/t/1">Click here</a>')
    text = f"<p>{opening}</p>" + "".join(f"<p>{line}</p>" for line in ROUNDS)
    assert extract_article(_page(text), URL).body.split("\n\n") == [OPENING, *ROUNDS]


def test_linked_parts_of_a_series_stay_out():
    parts = "".join(f'<p><a href="/series/part-{n}/">Part {n}</a></p>' for n in range(1, 4))
    assert extract_article(_page(f"<p>{OPENING}</p>" + parts), URL).body == OPENING
