"""A board's minutes close on a section "Next meeting" whose one line is that day and hour ("2024-03-04 at 19:00."):
the section's fact, kept in the text, where a date line under the headline is the post's own and goes."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://makers.example/blog/2024/01/15/board-meeting-january/"
SECTIONS = (("Workshop", "We agreed to hold a soldering evening for beginners before the spring fair."),
            ("Finances", "The yearly grant has arrived and covers the rent until the summer."),
            ("Members", "Three new members joined; the key list is updated and the door code changes next week."))


def _minutes(closing: str) -> str:
    sections = "".join(f"<h3 id='s{i}'>{name}</h3><p>{text}</p>" for i, (name, text) in enumerate(SECTIONS))
    return ("<html lang='en'><head><title>Board meeting January | Makers</title></head><body>"
            "<header><a href='/'>Makers</a><nav><a href='/blog/'>Blog</a> <a href='/about/'>About</a></nav></header>"
            "<div class='container'><h1>Board meeting January</h1><p class='meta'>2024-01-15</p>"
            f"<div class='post'><p>Present: the whole board, and two guests from the radio club.</p>{sections}"
            f"{closing}</div></div><footer>Makers, a hackerspace</footer></body></html>")


def test_the_last_sections_one_line_giving_the_next_meetings_day_is_kept():
    """Fails before: the line, a date and an hour, read as a date line and was dropped, and the text closed on the
    section before."""
    result = extract_article(_minutes("<h3 id='next'>Next meeting</h3><p>2024-03-04 at 19:00.</p>"), URL)
    assert result.published[:10] == "2024-01-15"
    assert result.body.endswith("Next meeting\n\n2024-03-04 at 19:00.")
    assert not result.body.startswith("2024-01-15")


def test_a_line_of_the_pages_own_day_under_a_subheading_still_goes():
    # The page's own day again under a heading is a date stamp, none of the text.
    result = extract_article(_minutes("<h3 id='next'>Posted</h3><p>2024-01-15.</p>"), URL)
    assert "2024-01-15" not in result.body
