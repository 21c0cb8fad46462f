"""A post's first paragraph that links most of its words (the event's and its host's names) but runs on past a full
stop in the writer's own words is the text's, however it ends."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://club.example/news/polar-meeting/"
FIRST = ("<p>On 5-8.08.2025 the city hosts for the first time the <a href='https://meeting.example/agm'>37th Annual "
         "General Meeting of the Managers of National Polar Programmes – MNPP</a> . The meeting's host will be "
         "<a href='https://institute.example/'>the Institute of Biochemistry and Biophysics</a></p>")
SECOND = ("<p>In the many expert groups (Air operations, Education, Outreach and Training, Environmental Protection, "
          "Marine Platforms) some 200 delegates from around the world will share their experience and strengthen "
          "their cooperation, and a symposium on the future of the region will follow.</p>")


def _page(text: str) -> str:
    return ("<html lang='en'><head><title>A polar meeting in the city</title></head><body>"
            "<header><a href='/'>Club</a></header><article><header class='entry-header'>"
            "<h1 class='entry-title'>A polar meeting in the city</h1><div class='entry-meta'>"
            "<time class='entry-date published' datetime='2025-07-28T15:32:36+02:00'>28 July 2025</time></div>"
            f"</header><div class='entry-content'>{text}</div></article><footer>Club footer</footer></body></html>")


def test_a_mostly_linked_first_paragraph_running_on_past_a_spaced_full_stop_opens_the_text():
    """Fails before: the paragraph, more than half links and no full stop at its end, weighed as a list of links,
    so the second paragraph alone was taken for the text."""
    body = extract_article(_page(FIRST + SECOND), URL).body.split("\n\n")
    assert body[0].startswith("On 5-8.08.2025 the city hosts") and body[0].endswith("Biochemistry and Biophysics")
    assert len(body) == 2


def test_a_line_of_links_with_no_sentence_of_its_own_stays_out():
    links = ("<p><a href='https://meeting.example/agm'>The Annual General Meeting of the Managers of Polar Programmes"
             "</a> <a href='https://institute.example/'>The Institute of Biochemistry and Biophysics</a></p>")
    body = extract_article(_page(links + SECOND), URL).body.split("\n\n")
    assert body[0].startswith("In the many expert groups")
