"""A post headed by an <h2> (a template that keeps <h1> for nothing) whose pasted text opens with an <h1> of its own:
the <h2> showing the title is the headline, and the date line under it the post's, not a day the text prints."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://forum.site.example/news/reports/31.html"
TEXT = "".join(f"<p>The working group met again to compare notes on shared records, round {n} of the series, "
               f"and agreed on the next steps for the coming months.</p>" for n in range(1, 4))


def _post(headline: str, date_line: str, pasted: str) -> str:
    return (f"<html><head><title>Forum news</title></head><body><div id='Menu'><ul><li><a href='/'>Home</a></li>"
            f"<li><a href='/news/'>News</a></li></ul></div><div id='Content'><h2>{headline}</h2>"
            f"<h6>{date_line}</h6><br>{pasted}{TEXT}</div></body></html>")


def test_the_h2_showing_the_title_heads_the_post_over_an_h1_in_its_text():
    """Fails before (2024-11-05): the first <h1>, the pasted text's own heading, was taken for the headline, the
    template's date line above it for a menu's text, and the event's day in the text for the post's."""
    pasted = ("<div><h1>Come to the yearly gathering of the working group</h1><table><tr><td><h2>Date and time:</h2>"
              "<p><span>Tue, 5 Nov 2024 08:30 - Wed, 6 Nov 2024 18:00 GMT</span></p></td></tr></table></div>")
    html = _post("Working group yearly gathering", "Events | June 13, 2024, 1:34 p.m.", pasted)
    found = extract_article(html, URL)
    assert found.title == "Working group yearly gathering"
    assert found.published[:10] == "2024-06-13"



def test_the_h2_that_is_the_title_heads_the_post_over_an_h1_naming_it_among_more_words():
    """Fails before (2024-11-05): the text's <h1> names the title among more words and was taken for the headline."""
    pasted = ("<div><h1>Working group yearly gathering: be there!</h1><h2>Date and time:</h2>"
              "<p>Tue, 5 Nov 2024 08:30 - Wed, 6 Nov 2024 18:00 GMT</p></div>")
    html = _post("Working group yearly gathering", "Events | June 13, 2024, 1:34 p.m.", pasted)
    assert extract_article(html, URL).published[:10] == "2024-06-13"


def test_a_sticky_bar_repeating_the_headline_over_the_h1_heads_nothing():
    """Guards the rule's reach: a sticky menu bar's <h3>, hidden until the reader scrolls, repeats the headline above
    the <h1> that is the title; the date line under that <h1>, set after the lead, dates the post (with the hidden
    <h3> for the headline, every text of the page was read as above it, and none dated the post)."""
    html = ("<html><head><title>Forum news</title></head><body><header><nav>"
            "<div style='display: none;'><h3>Working group yearly gathering</h3></div>"
            "<ul><li><a href='/'>Home</a></li></ul></nav></header><main><h1>Working group yearly gathering</h1>"
            "<p>The group met again this spring to agree on the next steps for shared records.</p>"
            "<div class='meta'>Anna Writer | 05.04.2025 - Updated : 05.04.2025</div>"
            "<p>Date and time of the next meeting: 12.06.2025</p>" + TEXT + "</main></body></html>")
    assert extract_article(html, URL).published[:10] == "2025-04-05"
