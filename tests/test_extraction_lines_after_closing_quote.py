"""A post that closes on a quotation (its last long paragraphs set in a <blockquote>) runs on beside the quotation:
the line after it in the text's own element (a list of the one document the quotation comes from, "Full speech -
PDF") is read as a line closing the text, as it would be after a plain paragraph."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://residents.example/news/2024-06-20-council-session/"
SPEECH = ("<p>In his speech he described the technical risks of the project, which in his view threaten the "
          "foundations of the old houses along the street and were never answered by the city.</p>"
          "<p>Summing up, he said that the problem is not only the tram line itself but the way the city is run and "
          "how the authorities treat the people who live here.</p>")
LINK = "<ul><li><a href='/news/2024-06-20-council-session/speech-john-doe.pdf'>Full speech of John Doe - PDF</a></li></ul>"


def _page(entry: str) -> str:
    return ("<html lang='en'><head><title>At the council session | Residents</title></head><body>"
            "<header><nav><a href='/'>Home</a> <a href='/news/'>News</a></nav></header><main><article class='post'>"
            "<header><h1 class='post-title'>At the council session</h1><div class='post-meta'>20 Jun 2024</div></header>"
            "<div class='post-content'><p>We spoke at the council's annual session. Two of our members had the chance "
            "to object to the tram line that the city wants to build through our street.</p>"
            f"<h2>John Doe</h2>{entry}</div>"
            "<footer class='post-footer'><a href='/tags/council/'>council</a></footer></article></main>"
            "<footer>Residents of the street</footer></body></html>")


def test_the_line_after_a_closing_quotation_closes_the_text():
    """Fails before: the lines after the text were sought beside the quotation's paragraphs, inside the <blockquote>,
    so the list after it was no line of the text and went with the boxes."""
    body = extract_article(_page(f"<blockquote>{SPEECH}</blockquote>{LINK}"), URL).body
    assert body.split("\n\n")[-1] == "Full speech of John Doe - PDF"


def test_the_line_after_plain_paragraphs_closes_the_text_as_before():
    body = extract_article(_page(SPEECH + LINK), URL).body
    assert body.split("\n\n")[-1] == "Full speech of John Doe - PDF"


def test_a_box_of_links_after_a_closing_quotation_stays_out():
    box = ("<ul><li><a href='/news/2024-05-01-spring-cleanup/'>Spring clean-up of the park</a></li>"
           "<li><a href='/news/2024-04-12-letter-to-the-mayor/'>Our letter to the mayor</a></li>"
           "<li><a href='/news/2024-03-03-first-meeting/'>The first residents' meeting</a></li></ul>")
    body = extract_article(_page(f"<blockquote>{SPEECH}</blockquote>{box}"), URL).body
    assert body.split("\n\n")[-1].startswith("Summing up, he said")
