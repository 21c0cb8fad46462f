"""A board's minutes close on a section "Next meeting" whose one line is that day and hour ("2024-03-04 at 19:00."):
the section's fact, kept in the text, where a date line under the headline is the post's own and goes. So is the line
of an event's day, hour and room under a subheading naming when or where, even on the day the event is announced."""
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


def _workshop(heading: str) -> str:
    """A workshop announced on its own day: the page's date in its metadata and title block, the event's day, hour and
    room under a subheading of the text."""
    return ("<html lang='en'><head><title>Pipelines workshop | Compute cafe</title>"
            "<meta name='dcterms.date' content='2025-11-20'></head><body>"
            "<main><header><h1>Pipelines workshop</h1><p class='date'>November 20, 2025</p></header>"
            "<p>The cluster team runs a hands-on workshop on building reproducible pipelines with a small Python "
            "package, and the cafe team joins to answer your questions.</p>"
            "<h2>Who it is for</h2>"
            "<p>Users of the cluster who want their analyses to run again next year, unchanged.</p>"
            f"<h2>{heading}</h2><p>November 20, 2025, 09:00-14:00 @ room 2-118</p>"
            "<h2>Before you come</h2><p>Bring a laptop with a working login to the cluster and its two-factor app.</p>"
            "</main></body></html>")


def test_the_events_day_hour_and_room_under_a_when_and_where_subheading_is_kept():
    """Fails before: the line gave the page's own day, with an hour and a place, and was dropped as a date line: two
    announcements of the same workshop on two days had the same text and were archived as one."""
    result = extract_article(_workshop("Date and location"), "https://cafe.example/news/2025-11-20-pipelines.html")
    assert result.published[:10] == "2025-11-20"
    assert "Date and location\n\nNovember 20, 2025, 09:00-14:00 @ room 2-118\n\nBefore you come" in result.body


def test_the_same_line_under_a_heading_naming_no_when_or_where_still_goes():
    result = extract_article(_workshop("Posted"), "https://cafe.example/news/2025-11-20-pipelines.html")
    assert "09:00-14:00" not in result.body
