"""A press release opens its first paragraph with a wire dateline: the place it was issued, often with its state or
country after a comma, then the day and a dash ("MOUNTAIN VIEW, Calif. - February 16th, 2005 - The Foundation
today ...", "Mountain View, CA, October 15, 2003 - ..."). That day is the release's date, shown to readers, as
"WASHINGTON, March 3 (Reuters) -" is; a weekday before a day is no place, nor a capitalised word opening a
sentence ("On 20th May 2022, ...")."""
import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://foundation.example/press/release-0216.html"
TEXT = ("The Harbour Software Foundation, a non-profit organisation that supports open source projects, today announced "
        "that its web browser has been downloaded more than ten million times since its release in the autumn.")
MORE = "".join(f"<p>The foundation's volunteers translated the browser into more languages, paragraph {n}, and "
               f"thanked the thousands of people who tested the early releases and reported their bugs.</p>"
               for n in range(1, 4))


def page(first: str) -> str:
    return f"""<!DOCTYPE html><html><head><title>FOUNDATION ANNOUNCES TEN MILLION DOWNLOADS</title></head><body>
<div id="header"><h1><a href="/">Foundation</a></h1><ul><li><a href="/about/">About</a></li></ul></div>
<div id="mainContent"><h1>FOUNDATION ANNOUNCES TEN MILLION DOWNLOADS</h1>
<p><i>Volunteers translate the browser into forty languages</i></p>
<p>{first}</p>{MORE}
<p><b>Press Contact:</b><br>Jane Doe<br>555-0100<br><a href="mailto:press@foundation.example">press@foundation.example</a></p>
</div><div id="footer"><p><span>Last modified June 13, 2005</span></p></div></body></html>"""


@pytest.mark.parametrize("dateline, day", [
    ("<b>MOUNTAIN VIEW, Calif. - February 16th, 2005 -</b> ", "2005-02-16"),
    ("<b>MOUNTAIN VIEW, Calif. - November 9, 2004 -</b> ", "2004-11-09"),
    ("<strong>MOUNTAIN VIEW, CA - Nov. 9, 2005</strong> -- ", "2005-11-09"),
    ("Mountain View, CA, October 15, 2003 - ", "2003-10-15"),
    ("NEW YORK, N.Y. -- March 4, 2005 -- ", "2005-03-04"),
])
def test_a_dateline_whose_place_names_its_state_dates_the_release(dateline, day):
    # Fails before: only a place in capitals alone ("WASHINGTON, ") made a dateline, so the day was read as one the
    # running text merely names, which dates no page nothing else presents as news.
    article = extract_article(page(dateline + TEXT), URL)
    assert (article.page_type, article.published[:10], article.published_from) == ("article", day, "text")


def test_a_weekday_before_the_day_is_no_place():
    article = extract_article(page("Tuesday, March 3, 2020 - " + TEXT), URL)
    assert article.published_from != "text" or article.published is None


def test_a_sentence_opening_with_a_capitalised_word_before_its_day_is_no_dateline():
    # A place in capitalised words counts only with its state or country: "On 20th May 2022, ..." names an event's day.
    article = extract_article(page("On 20th May 2022, the foundation will host its first hackathon. " + TEXT), URL)
    assert article.published_from != "text" or article.published is None
