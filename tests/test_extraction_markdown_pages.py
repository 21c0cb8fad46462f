"""Pages whose text an editor wrote in Markdown and a site generator rendered as it stood: "#tag" lines set as
<h1>s in the middle of the text, and score lines closing a report."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://discs.example/club/reports/2018/lantern-cup/"


def _page(description: str, report: str) -> str:
    return ("<html><head><title></title></head><body><nav><a href='/club/'>Home</a> <a href='/club/reports/'>Reports"
            "</a></nav><section class='section'><div class='container'><div class='content'>"
            "<h1 class='is-1 title'>Lantern Cup</h1><div class='tags'><span class='tag'>Date</span>"
            "<span class='tag'>18.08.2018</span><span class='tag'>Place</span><span class='tag'>Harbourtown</span></div>"
            f"<div class='wrapper'><div><h2 class='subtitle'>Invitation</h2><div>{description}</div></div>"
            f"<div><h2 class='subtitle'>Reports</h2><div><p>Report of 19.09.2018, 13:09:48</p>{report}</div></div>"
            "</div></div></div></section><footer class='footer'><p><strong>Disc club</strong> Harbourtown</p>"
            "<a href='/club/imprint/'>Imprint</a></footer></body></html>")


def test_hashtags_set_as_h1s_in_the_text_do_not_cut_the_report_after_them():
    """Fails before: the text's three <h1>s passed for headlines of articles appended to the page, and only the
    invitation holding them was kept."""
    description = ("<p>Hello all! Only 300 more nights until the Lantern Cup on the meadows by the old harbour, with "
                   "twelve teams, a long dinner and a party under the lanterns.</p>"
                   "<p>Do not miss it. Sign-up opens soon, so put the weekend in your new calendar now.</p>"
                   "<h1>QuietFamilyBrunch</h1><h1>MarryQuicklyNow</h1><h1>SweepOrPolishOrBoth?</h1>"
                   "<p>Cheers, Nils</p>")
    report = ("<p>At last I scanned the certificate; you find it under documents, and the original is far more "
              "colourful than the scanner could show.</p>"
              "<p>At the ceremony we also got a mixtape burnt on a CD. Anyone who wants to listen, just ask!</p>")
    found = extract_article(_page(description, report), URL)
    assert found.title == "Lantern Cup"
    assert found.body.startswith("Hello all!") and found.body.endswith("Anyone who wants to listen, just ask!")
    assert "QuietFamilyBrunch" not in found.body


def test_a_report_of_scores_keeps_its_result_lines_after_a_one_line_invitation():
    """Fails before: the score lines ("Cats : Gulls 15:8") closing the report were trimmed as
    sign-off lines."""
    description = "<ul> <li>Indoor league north, first weekend: 25/26 January in Portby and 1/2 February here</li> </ul>"
    report = "<p>Scores of the Cats (day 1)</p><p>Cats : Gulls 15:8 Cats : Terns 8:15 Cats : Dunes 15:14</p>"
    found = extract_article(_page(description, report), URL)
    assert found.body.endswith("Scores of the Cats (day 1)\n\nCats : Gulls 15:8 Cats : Terns 8:15 Cats : Dunes 15:14")
