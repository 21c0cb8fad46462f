"""The pictures' credit set in a box of its own after the text's last box, under a "Credits" label, closes the text as
the same credit line after the last paragraph does."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://office.example/news/harbour-clinic/"
PARAGRAPHS = (
    "<p>The harbour clinic now books its visits online, and patients pay their fees from the same page, without a "
    "queue at the desk or a call in office hours.</p>"
    "<p>In the first months of the year more than half of the visits were booked this way, most of them in the "
    "evening, when the desk is closed and the lines are quiet.</p>"
    "<p>The clinic's staff plan to move the test results to the same page next, so that patients read them at home "
    "as soon as the laboratory sends them.</p>")
SHARE = ("<h2>Share your story</h2><div class='row'><div class='col'><p>Offices that want to tell how they changed "
         "their services can write to the editors; their stories help other offices plan the same change.</p></div>"
         "</div>")


def _page(credit_box: str) -> str:
    return ("<html lang='en'><head><title>The harbour clinic goes online</title></head><body>"
            "<header><a href='/'>Office</a></header><main><div class='intro'><h1>The harbour clinic goes online</h1>"
            "<div><span class='caption'>Date</span> <span>11 February 2022</span></div></div>"
            "<div class='container'><div class='row'><div class='col-main'><div class='formatted'><div class='row'>"
            f"<div class='col-12'>{PARAGRAPHS}</div></div></div></div><div class='col-wide'><div class='formatted'>"
            f"{SHARE}</div></div><div class='col-wide'><div class='container'><div class='my-5'>{credit_box}</div>"
            "</div></div></div></div><div class='related'><h2>You may also like</h2><div class='card'>"
            "<a href='/news/a/'>The library's new hours</a></div><div class='card'><a href='/news/b/'>A new ferry "
            "timetable</a></div></div></main><footer>Office footer</footer></body></html>")


def test_a_credit_box_after_the_text_closes_it():
    """Fails before: "Photo Harbour Clinic", out of the run of the text's paragraphs, went as a tiny label."""
    body = extract_article(_page("<span class='caption'>Credits</span> <p>Photo Harbour Clinic</p>"), URL).body
    assert body.split("\n\n")[-1] == "Photo Harbour Clinic"


def test_a_box_of_another_short_line_after_the_text_stays_out():
    body = extract_article(_page("<span class='caption'>Topics</span> <p>Health services</p>"), URL).body
    assert body.split("\n\n")[-1].startswith("Offices that want to tell")
