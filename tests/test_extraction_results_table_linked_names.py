"""A results table pasted from a spreadsheet or a results service closes the post: its header row set in bold cells,
not <th>, and one column linking each player's name to their profile beside unlinked scores. Every cell is the
text's; a table of links after the text (another stories' box) stays out."""
from __future__ import annotations

from article_page import page

from news_archive.pipelines.extraction import extract_article

URL = "https://chess.example/allegro-august/"
TITLE = "Allegro August"
HEAD = ('<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2024-08-14T10:00:00+00:00">')
OPENING = ("Our biggest tournament yet: juniors and seniors, some played every round, others came and went as they "
           "could. All had a good time, and congratulations to the winner!")
PLAYERS = [("Adams, John", "1747", "4½"), ("Baker, Kate", "1300", "4"), ("Cole, Sam", "1290", "3"),
           ("Dunn, Lee", "1150", "3"), ("Evans, Amy", "1020", "2"), ("Ford, Tom", "980", "1")]


def _page(text: str) -> str:
    return page(head=HEAD, body=text, title=TITLE, lang="en")


def _table() -> str:
    header = "".join(f"<td><b>{name}</b></td>" for name in ("Place", "Name", "Rating", "Rd 1", "Rd 2", "Pts"))
    rows = "".join(f'<tr><td>{n}</td><td><a href="https://results.example/players/{n}">{name}</a></td>'
                   f"<td>{rating}</td><td>1w{n + 1}</td><td>0b{n + 2}</td><td><b>{points}</b></td></tr>"
                   for n, (name, rating, points) in enumerate(PLAYERS, 1))
    return f"<table><tbody><tr>{header}</tr>{rows}</tbody></table>"


def test_a_results_table_with_linked_names_closes_the_post():
    """Fails before: a third of the table's words were links, so it read as a box of links after the text and went
    whole."""
    body = extract_article(_page(f"<p>{OPENING}</p>{_table()}"), URL).body
    assert body.startswith(OPENING)
    assert "Ford, Tom" in body and body.endswith("1")
