"""An old CMS template heads each box of its side column with an <h1> ("Quicklinks", "Our partners - Section"),
set in the source after the post, whose own headline is an <h2> over a date line. <title> names the section
("Section - News - Section | Site"): a box's name sharing the section's word is no headline, and the date under the
<h2> is the post's."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://www.swim-league.example/synchro/news-synchro/read/?tx_news=5801"
TITLE = "Synchro Swimming&nbsp;-&nbsp;News - Synchro Swimming&nbsp;&#124; Regional Swimming League e.V."
PARAGRAPHS = "".join(
    f"<p>The league's coaches met in the spring to settle the stages of the new training passes, part {n}: each "
    f"stage names a sea creature, and every club may now order the passes for its young swimmers free of charge.</p>"
    for n in range(1, 5)) + (
    "<p>Order by e-mail, post or phone from:</p><p>Regional Swimming League e.V.</p><p>Synchro Swimming office</p>"
    "<p>Ms Jane Doe</p><p>12 Harbour Road</p><p>Phone: 0123 456 (Monday to Thursday)</p>"
    "<p>Please state:</p><ul><li>The ordering club</li><li>Number of passes</li><li>Delivery address</li></ul>"
    "<p>Transfer the fee to:</p><p>Regional Swimming League e.V.</p><p>IBAN: XX00 0000 0000 0000 00</p>"
    "<p>Harbour Savings Bank</p><p>The pass is sent once the fee is in.</p>")


def _page(side_column: str, footer: str = "") -> str:
    return (f"<html><head><title>{TITLE}</title></head><body><div id='header'><a href='/'>League</a></div>"
            "<div id='content'><div id='col_1'><h2>Club finder</h2><form><input name='zip'></form>"
            "<h2>Coming events</h2><div><a href='/events/'><img src='/e.png' alt=''></a></div></div>"
            "<div id='col_2'><h2>Training passes for synchro swimming can be ordered now</h2><p></p>"
            "<div class='newsSingleHeader'><b>Synchro Swimming</b><br><span class='blue'>01.02.2022</span> "
            "Category: Synchro Swimming, League<br></div><div class='right'>" + PARAGRAPHS + "</div>"
            "<div class='back'><a href='javascript:history.go(-1)'>...back</a></div></div>"
            f"<div id='col_3'>{side_column}</div></div>{footer}</body></html>")


SIDE_COLUMN = ("<div><h1>Quicklinks</h1><div><b>Dates</b> <a href='/dates/'>View</a></div>"
               "<div><b>Results</b> <a href='/results/'>View</a></div><div><b>Reports</b> View</div></div>"
               "<div><h1>Our partners - Synchro Swimming</h1><table><tr><td>Premium partner</td></tr><tr><td>"
               "<a href='https://partner.example/'><img src='/p.png' alt=''></a></td></tr></table></div>"
               "<div><h1>Book hotels and do good</h1><p>Use the button to reach the booking portal: a share of "
               "each booking goes to the league.</p></div>")


def test_a_side_box_named_with_the_sections_word_is_not_the_headline():
    """Fails before: "Our partners - Synchro Swimming" shares "Synchro Swimming" with <title> and was taken for the headline."""
    found = extract_article(_page(SIDE_COLUMN), URL)
    assert found.title == "Training passes for synchro swimming can be ordered now"


def test_the_date_under_the_h2_headline_dates_the_post():
    """Fails before: with a side box's <h1> for the headline, the date line under the <h2> was never read as the
    one by the headline, and the post had no date."""
    assert extract_article(_page(SIDE_COLUMN), URL).published[:10] == "2022-02-01"


def test_an_h1_opening_the_post_stands_though_the_side_column_has_more():
    """Guards the rule's reach: the post's own <h1>, text following it, is its headline, though a side column set
    before it in the source holds a teaser paragraph."""
    teaser = ("<div id='col_0'><h2>About the league</h2><p>The league brings together the swimming clubs of the region "
              "and runs their meets, courses and training camps.</p></div>")
    html = (f"<html><head><title>Training passes ready - Regional Swimming League</title></head><body>{teaser}"
            "<div id='main'><h1>Training passes ready</h1>" + PARAGRAPHS + "</div>"
            "<div id='side'><h1>Our partners</h1><p>Premium partner</p></div></body></html>")
    assert extract_article(html, URL).title == "Training passes ready"


def test_a_side_box_named_in_an_h1_is_no_headline_for_the_date_by_it():
    """Fails before (2021-07-03): a post showing its headline in no heading, only in <title>, has a side box after
    its text named in an <h1>; that <h1> was taken for the headline, and the first day listed under it (an event's)
    for the post's date line, not the post's own date over its text."""
    paragraphs = "".join(
        f"<p>The club's board met on the lake shore to plan the summer season, part {n}, and agreed to open the new "
        f"jetty to members and guests from the first warm weekend on.</p>" for n in range(1, 5))
    html = ("<html><head><title>Summer season planned | Lake Club</title></head><body><div id='header'>"
            "<a href='/'>Lake Club</a></div><div id='main'><div class='info'>14.05.2021</div>" + paragraphs + "</div>"
            "<div id='side'><h1>Next dates</h1><p>Regatta: 03.07.2021</p><p>Club party: 21.08.2021</p></div>"
            "</body></html>")
    found = extract_article(html, "https://lake-club.example/news/summer-season")
    assert found.title == "Summer season planned"
    assert found.published[:10] == "2021-05-14"


def test_an_h1_that_is_the_stated_title_stands_after_a_portals_teasers():
    """Guards the rule's reach: a portal sets its teasers' summaries above the story, more text than the short story
    under its <h1>; the <h1> that <title> states is the headline still, not the portal's og:title."""
    teasers = "".join(f"<div class='teaser'><h3><a href='/news/{n}.html'>Other story {n}</a></h3><p>A summary of "
                      f"another story of the day, number {n}, long enough to read as a paragraph of running text "
                      f"on the portal's front.</p></div>" for n in range(1, 9))
    html = ("<html><head><title>Cargo ship breaks up over the steppe</title><meta property='og:title' "
            "content='Portal News - Latest News &amp; Headlines'></head><body>" + teasers +
            "<div id='story'><h1>Cargo ship breaks up over the steppe</h1><p>An unmanned cargo ship broke up soon "
            "after its launch on Thursday, the space agency said.</p></div></body></html>")
    assert extract_article(html, "https://news.portal.example/news/cargo-ship-1.html").title == \
        "Cargo ship breaks up over the steppe"
