"""A site name that holds a separator, known from the label of the logo's link home, is cut off <title> whole, so a
short or numeric headline stays the title; a day inside a web address the text writes out dates no page."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.extraction.metadata import home_link_labels
from news_archive.pipelines.extraction.html_input import parse_html

SITE = "1999 | Tinker Often Rest Well"
URL = "https://tinker.example/blog/2021/500/"


def _post(title: str, h1: str, items: str = "", day: str = "2021-03-09 00:00:00+00:00", shown: str = "09-03-2021",
          h1_last: bool = False) -> str:
    """A documentation-theme blog post: a logo link home labelled with the site's name, the post's date in a
    sidebar's <nav>, the text a bare list of lines."""
    lines = items or "".join(f"<li>line {n} of a short talk between a child and a parent about the garden</li>"
                             for n in range(1, 9))
    return (f"<html lang='en'><head><title>{title} - {SITE}</title>"
            f"<meta property='og:title' content='{title} - {SITE}'></head><body>"
            f"<header><a href='../../..' title='{SITE}' aria-label='{SITE}' class='logo'><img src='/l.png' alt='logo'>"
            f"</a><div class='topic'><span>{SITE}</span></div></header><main><div class='content content--post'>"
            "<div class='sidebar sidebar--post'><nav class='nav'><a href='../../'>Back to the index</a>"
            f"<ul class='post__meta'><li><div class='nav__link'><time datetime='{day}'>{shown}</time></div></li>"
            "<li><div class='nav__link'>in <a href='../../category/talks/'>talks</a></div></li></ul></nav></div>"
            "<article class='content__inner'><nav class='tags'><a href='/tags/#talks'>talks</a></nav>"
            + (f"<ul>{lines}</ul><h1>{h1}</h1>" if h1_last else f"<h1>{h1}</h1><ul>{lines}</ul>") + "</article>"
            "</div></main><footer><p>Made with a generator</p></footer></body></html>")


def test_a_numeric_headline_stays_the_title_when_the_site_name_holds_a_separator():
    """Fails before: "500 - 1999" reads as a range, the site's name was unknown, and the title was its last piece,
    "Tinker Often Rest Well"."""
    assert extract_article(_post("500", "500"), URL).title == "500"


def test_a_title_no_heading_shows_loses_the_whole_site_name():
    """Fails before: "Snow - 1999 | ..." lost only the last piece ("1999 - Tinker Often Rest Well" was stored);
    "GARDEN DAY – SPRING 2021 - 1999 | ..." kept "SPRING 2021 - 1999" with the site's name."""
    # A note left as an <h1> under the text.
    page = _post("Snow", "NOTE/IMAGE snow 31415926_27182818_n.jpg", h1_last=True)
    assert extract_article(page, "https://tinker.example/blog/2021/snow/").title == "Snow"
    # An announcement in paragraphs, its <h1> a section of it further down.
    page = _post("GARDEN DAY – SPRING 2021", "How to take part", h1_last=True).replace(
        "<ul>", "<p>On the 20th and 21st of March, for the spring garden day, the garden opens to families, who plant "
                "a bed of herbs together and take home a pot of seedlings, while the children map the paths.</p><ul>", 1)
    found = extract_article(page, "https://tinker.example/blog/2021/garden-day/")
    assert found.title == "GARDEN DAY – SPRING 2021"


def test_the_label_of_a_link_home_that_title_appends_names_the_site():
    html = ("<html><head><title>Tide tables - Harbour Notes</title></head><body>"
            "<a href='/' title='Harbour Notes'><img src='l.png'></a><a href='/' aria-label='Home'>x</a>"
            "<a href='/about/' title='About us'>About</a><a href='https://other.example/' aria-label='Elsewhere'>x</a>"
            "</body></html>")
    assert home_link_labels(parse_html(html), "https://harbour.example/news/1/") == {"harbour notes"}
    # A slogan that the title's last piece only begins is no name of the site's.
    html = html.replace("Harbour Notes</title>", "Harbour Notes for everyone on the quay</title>")
    assert home_link_labels(parse_html(html), "https://harbour.example/news/1/") == set()


def test_a_day_in_a_web_address_the_text_writes_out_does_not_date_the_post():
    """Fails before: the link's shown address "https://news.example/2021/03/14-..." gave 2021-03-14; the post's
    own date is the sidebar's 09-03-2021."""
    items = ("<li>where did you read that?</li><li>in this piece about gardens on balconies: "
             "<a href='https://news.example/2021/03/14-balcony-gardens.html'>"
             "https://news.example/2021/03/14-balcony-gardens.html</a></li>"
             + "".join(f"<li>line {n} of the talk about what grows in a pot</li>" for n in range(1, 7)))
    found = extract_article(_post("Pots", "Pots", items), "https://tinker.example/blog/2021/pots/")
    assert found.published[:10] == "2021-03-09"
