"""A hand-made press release writes its first paragraph straight after the headline, with no <p> around it, the
dateline opening it ("SEATTLE, Wash. - September 20, 2004 - ..."): that dateline dates the release, as it does when
the paragraph has its <p>. Before, the loose text was no paragraph, the page had no date, and it was judged no post."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://www.project.example/press/downloads-milestone.html"
HEADLINE = "GARDEN PLANNER PASSES HALF A MILLION DOWNLOADS IN ITS FIRST WEEK"
STATED = "Garden Planner Downloads Milestone"
OPENING = ("SEATTLE, Wash. - September 20, 2004 - The Garden Planner project today said its first public release "
           "was downloaded more than half a million times in the week after it came out, far beyond the goal the "
           "volunteers had set themselves for the whole month.")
SECOND = ("\"We did not expect gardeners to find us this fast,\" said the project's coordinator, who thanked the "
          "translators that made the release ready in twelve languages on its first day.")


def page(opening: str) -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{STATED}</title></head>
<body><div id="container"><div id="header"><h1><a href="/">Garden Planner</a></h1>
<ul><li><a href="/download/">Download</a></li><li><a href="/press/">Press</a></li></ul></div>
<div id="mainContent">
<h1>{HEADLINE}</h1>
{opening}
<p>{SECOND}</p>
<p>The planner keeps a garden's beds, sowing days and harvests on the gardener's own computer, and prints a
calendar of the season's work.</p></div>
<div id="footer"><p>Last modified October 2, 2004</p></div></div></body></html>"""


@pytest.mark.parametrize("opening", [OPENING, f"<p>{OPENING}</p>"])
def test_the_dateline_of_a_first_paragraph_with_or_without_its_p_dates_the_release(opening):
    """Fails before (the loose paragraph): no date, page_type "page"."""
    found = extract_article(page(opening), URL)
    assert found.published and found.published.startswith("2004-09-20")
    assert found.page_type == "article"
    assert found.body.startswith("SEATTLE, Wash. - September 20, 2004")
