"""A press release under a full date line names, in its text, the day a journal or a paper printed something ("were
published in the June 1 issue of ...", "..., published Jan. 8 in USA Today"): a day without its year that a label
word precedes, but in a clause of a sentence, not a stamp. The date line under the headline dates the release."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article
from article_page import US_ARTICLE_URL, page

TEXT = ["The university's immunology group has found a peptide in primates that blocks one route of infection in "
        "cell cultures, a result the group hopes leads to a cheap way of producing new drugs.",
        "{sentence}",
        "The group plans trials with a partner laboratory next year, the professor said."]


@pytest.mark.parametrize("sentence", [
    "The professor's findings were published in the June 1 issue of The Journal of Immunology, a leading journal.",
    "The university ranks among the top 50 in the guide's \u201cBest Value Colleges for 2009,\u201d published Jan. 8 "
    "in USA Today.",
])
def test_a_journal_issues_day_in_the_text_does_not_beat_the_date_line(sentence):
    body = "".join(f"<p>{p.format(sentence=sentence)}</p>" for p in TEXT)
    html = page(header="<p class='article_info'>By Chad Example <span class='date'>Aug. 9, 2006</span></p>",
                body=body, title="Peptide Found in Primates May Block Infection", lang="en")
    assert extract_article(html, US_ARTICLE_URL, fetched_at="2026-12-06T05:00:00+00:00").published == "2006-08-09"


def test_a_stamps_day_without_its_year_still_dates_a_post_with_no_date_line():
    html = page(header="<p>Published on Monday, 3 March</p>", title="Peptide Found in Primates", lang="en")
    assert extract_article(html, US_ARTICLE_URL, fetched_at="2026-12-06T05:00:00+00:00").published == "2026-03-03"
