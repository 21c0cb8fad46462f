"""An event's announcement whose text opens on headings of the event's day and hour and its place, set in the post's
own text element under the page's headline and date line: the headings are the text's, not a second header. A day
named there well after the page's own is the event's; the header's stamp shows the page's day."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://centre.example/news/roundtable-on-archives/"
TITLE = "Roundtable on community archives this month"
PARAGRAPHS = [
    "Our centre invites students and staff to a roundtable on the community archives we have gathered since the "
    "spring, with short talks by the four project teams and time for questions from everyone in the room.",
    "The teams will show how they collected the letters, photographs and recordings, and which of them are now "
    "open to the public in the reading room and online through the library's catalogue.",
]


def announcement(opening: str) -> str:
    """A static theme: the headline and a "by ... on <day>" line over the post's text element."""
    text = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Centre</title></head>
<body><header><a href="/">Centre</a></header><nav><ul><li><a href="/news/">News</a></li>
<li><a href="/people/">People</a></li></ul></nav><main><div class="page-post"><section class="post">
<h1 class="post-title">{TITLE}</h1><div class="post-meta">by Centre staff on March 3, 2016</div>
<div class="post-content">{opening}{text}</div></section></div></main>
<footer><p>Centre for Digital Studies, Library Building, Room 0301</p></footer></body></html>"""


def test_an_events_day_and_hour_opening_the_text_stays():
    """Fails before: the day's heading and the place's under it were read as the header's stamp and dropped."""
    body = extract_article(announcement("<h2>Tuesday March 15, 2016 at 12:30pm</h2><h4>Seminar Room 0301</h4>"),
                           URL).body.split("\n\n")
    assert body[:3] == ["Tuesday March 15, 2016 at 12:30pm", "Seminar Room 0301", PARAGRAPHS[0]]


def test_the_events_name_over_its_day_opens_the_text():
    """Fails before: the event's name above its day heading went with it as the page's header."""
    name = "Gathering the Community: A Roundtable on Letters, Photographs and Recordings"
    body = extract_article(announcement(f"<h2>{name}</h2><h3>Thursday March 24, 2016, 1:30 - 4:30pm</h3>"),
                           URL).body.split("\n\n")
    assert body[:3] == [name, "Thursday March 24, 2016, 1:30 - 4:30pm", PARAGRAPHS[0]]


def test_the_pages_own_day_set_as_a_heading_atop_the_text_still_goes():
    body = extract_article(announcement("<h4>March 3, 2016</h4>"), URL).body.split("\n\n")
    assert body[0] == PARAGRAPHS[0]
