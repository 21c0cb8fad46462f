"""A post's date line set apart above its headline, not the dateline its text opens with, dates the page: a press
release's "Place, 29.9.2025: ..." names the day it was written, the site shows the day it went out."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://harbour.example/de/announcements/release-seven/"


def _page(date_line: str, dateline: str) -> str:
    # A script-rendered page: no <h1>, the headline a styled <span> under the date, the text opening with an <h2>.
    return ("<html><head><title>Harbour Stack seven released - Harbour Stack</title></head><body>"
            "<header><a href='/'>Harbour Stack</a><nav><a href='/news/'>News</a></nav></header><main>"
            f"<div><div><span class='css-a1'>{date_line}</span></div>"
            "<div><span class='css-b2'>Harbour Stack seven released</span></div>"
            "<div><span class='css-c3'>Harbour Stack</span></div>"
            "<div class='css-d4'><h2>Harbour Stack seven comes with wider uses for the quays</h2>"
            f"<p><strong>{dateline}: Harbour Stack version seven is ready</strong></p>"
            "<p>The busy summit of the harbour towns showed again that the quays need one open stack, kept by many "
            "hands, that every town can run on its own machines without asking anyone for leave.</p>"
            "<p>The next versions turn to the standards the towns agreed on, so that the stack serves them better "
            "every year and the works on the quays can rely on it.</p>"
            "<p>Towns that want to join the work meet each month in the old harbour hall, where the teams show what "
            "they built since the last meeting and plan what comes next, with coffee and a view of the boats.</p>"
            "</div></div></main>"
            "<footer><p>Harbour Stack, a project of the harbour towns</p></footer></body></html>")


def test_a_lone_date_line_above_the_headline_beats_the_dateline_opening_the_text():
    """Fails before: the text's opening dateline (29.9.2025) was read near the <h2> taken for the headline, and the
    shown "September 26, 2025" passed over."""
    assert extract_article(_page("September 26, 2025", "Europe, 29.9.2025"), URL).published == "2025-09-26"


def test_the_dateline_still_dates_a_page_showing_no_date_line_of_its_own():
    page = _page("Announcements", "Europe, 29.9.2025")
    assert extract_article(page, URL).published == "2025-09-29"
    # A line above naming a day among other words is no date line of the post's own.
    page = _page("Summit on September 26, 2025 in the old harbour hall", "Europe, 29.9.2025")
    assert extract_article(page, URL).published == "2025-09-29"
