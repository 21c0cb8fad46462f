"""A site whose address is its name's initials, and a script-built page with no <h1>: the headline is the <title>'s
own piece, shown as a styled line above the press release's heading, not the heading that names the organisation."""
from news_archive.pipelines.extraction import extract_article

TEXT = ("The Cloud Project Network releases the fifth version of its software today, with checks that run on every "
        "change and a longer list of partners who run it in their data centres.")


def press_page(headline: str, heading: str) -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body><div class='css-a1'><nav>"
            "<a href='/'>Home</a><a href='/announcements/'>Announcements</a></nav></div>"
            f"<main class='css-b2'><title>{headline}<!-- --> – Cloud Project Network</title>"
            "<div class='css-c3'><div class='css-d4'><span class='css-e5'>March 3, 2025</span></div>"
            f"<div class='css-f6'><span class='css-g7'>{headline}</span></div>"
            f"<div class='css-d4'><div class='css-h8'><h2>{heading}</h2><p>{TEXT}</p><p>{TEXT}</p></div></div></div>"
            "</main><footer><p>Cloud Project Network</p></footer></body></html>")


def test_the_titles_own_piece_beats_a_heading_naming_the_organisation():
    # Fails before: the shorter end of the <title> was taken for the site's unknown name, and its other end, the
    # organisation's name, confirmed the heading that holds it as a title cut short.
    html = press_page("Release 5 out", "Cloud Project Network publishes release 5")
    result = extract_article(html, "https://cpn.example/announcements/release5/")
    assert result.title == "Release 5 out"


def test_a_heading_showing_the_titles_own_piece_stays_the_headline():
    html = press_page("Release 5 out", "Release 5 out")
    assert extract_article(html, "https://cpn.example/announcements/release5/").title == "Release 5 out"
