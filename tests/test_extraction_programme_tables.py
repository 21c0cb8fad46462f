"""A network announces its yearly meeting: a paragraph, the venue as a field line, "Programme:", then the programme as
a table whose rows start with a cell of times ("09:30-09:40", "16.15 - 17.00"), the session beside it and the speaker
in a third cell, empty for a break. Every cell is the text's: the times, a break's one word shown twice ("Coffee
break"), a speaker's name alone. A table of linked events after the text is not the post's programme."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://network.example/news/annual-meeting-2025/"
ROWS = [
    ("09:30-09:40", "Welcome by the head of the host department", "Maria Keller"),
    ("09:40-10:40", "The network's plans for the next three years", ""),
    ("10:40-11:00", "Coffee break", ""),
    ("11:00-12:00", "Reports from the local groups and discussion", "Jon Berg"),
    ("14:45-15:00", "Coffee break", ""),
    ("16.15 - 17.00", "Reception", ""),
]
INTRO = ("The network holds its yearly meeting in person on 13 March in the old university building, and every "
         "member is welcome to join the sessions and the reception afterwards.")
VENUE = "Location: University main building, Hall 4"


def _page(after: str = "") -> str:
    rows = "".join(f"<tr><td style='text-align:right'>{t}</td><td>{s}</td><td>{p}</td></tr>" for t, s, p in ROWS)
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Annual meeting 2025 - Network</title>"
            "<meta property='article:published_time' content='2025-02-10T00:00:00+00:00'></head><body>"
            "<header><a href='/'>Network</a><nav><a href='/news/'>News</a> <a href='/about/'>About</a></nav></header>"
            "<main><article class='post'><header><h2><a href='/news/annual-meeting-2025/'>Annual meeting 2025</a></h2>"
            "<time class='published'>February 10, 2025</time></header>"
            f"<div class='content'><p>{INTRO}</p><p><strong>{VENUE.split(':')[0]}</strong>:{VENUE.split(':')[1]}</p>"
            "<p>Programme:</p><table><thead><tr><th>Time</th><th>Session</th><th>Speaker</th></tr></thead>"
            f"<tbody>{rows}</tbody></table><hr></div>{after}</article></main>"
            "<footer><p>© 2025 Network</p></footer></body></html>")


def test_a_programme_table_keeps_its_times_breaks_and_speakers():
    # Fails before: after a field line (no prose) and "Programme:", the cells holding only times, the second "Coffee
    # break", a lone speaker's name and the closing "16.15 - 17.00" / "Reception" row were dropped as short lines.
    lines = extract_article(_page(), URL).body.split("\n\n")
    assert lines[:3] == [INTRO, VENUE, "Programme:"]
    cells = [cell for row in ROWS for cell in row if cell]
    assert lines[-len(cells):] == cells


def test_a_table_of_linked_events_after_the_text_stays_out():
    events = "".join(f"<tr><td>{t}</td><td><a href='/events/{n}/'>Another network's evening talk number {n}</a></td></tr>"
                     for n, t in enumerate(["18:00", "18:30", "19:00", "19:30"]))
    body = extract_article(_page(f"<div class='related'><table>{events}</table></div>"), URL).body
    assert "evening talk" not in body and "19:30" not in body
