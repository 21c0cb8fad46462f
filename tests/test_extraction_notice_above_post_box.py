"""A notice the site sets over every post in its content column (a farewell, a closure), above the box holding the
post's headline, date line, teaser and marked text element: the post is what its box holds, however short (a teaser
and a line linking to the programme), and a line that is all the marked text element holds is the writer's, however
linked. Before, the notice outweighed the post and stood as its whole text."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://filmfest.example/news/our-programme-is-out/"
NOTICE = ("After five wonderful years of screenings under the old mill we have decided not to hold the festival again. "
          "We thank every volunteer who sold tickets, swept the hall and carried chairs, and above all the makers of "
          "the films for their trust. The festival crew.")
TEASER = "Sixty films from eighteen countries are waiting"
LINE = "and here is the whole programme"


def page(text: str = f"<p><a href='/programme/'>{LINE}</a></p>", teaser: str = TEASER) -> str:
    return ("<!DOCTYPE html><html lang='en'><head><title>Our programme is out - Film Days</title></head><body>"
            "<div id='menu'><ul><li><a href='/news/'>News</a></li><li><a href='/festival/'>The festival</a></li>"
            "<li><a href='/programme/'>Programme</a></li><li><a href='/contact/'>Contact</a></li></ul></div>"
            f"<div id='content'><div id='main'><div class='block'><h2>{NOTICE}</h2></div>"
            "<div class='news single'><div class='item' itemscope itemtype='http://schema.org/Article'>"
            "<div class='header'><h3 itemprop='headline'>Our programme is out</h3></div>"
            "<div class='footer'><p><span class='date'>29.09.2013</span></p></div>"
            f"<div class='teaser' itemprop='description'><p>{teaser}</p></div>"
            "<div class='pictures'><img src='/pictures/poster.png' alt=''></div>"
            f"<div class='text' itemprop='articleBody'>{text}</div>"
            "<div class='back'><a href='/news/'>Back</a></div></div></div></div></div>"
            "<div id='foot'><p>Film Days, Mill Street 4</p></div></body></html>")


def test_a_notice_over_every_post_is_not_the_text_of_a_short_post_in_its_box():
    result = extract_article(page(), URL)
    assert NOTICE[:40] not in result.body
    assert result.body.startswith(TEASER) and result.body.endswith(LINE)


def test_a_post_of_its_own_sentences_under_the_notice_keeps_them_and_not_the_notice():
    text = ("<p>The programme booklet lists every screening with its hall and time, and the tickets go on sale at the "
            "mill's door an hour before each show.</p><p>Films for children run on Saturday morning only.</p>")
    result = extract_article(page(text=text), URL)
    assert NOTICE[:40] not in result.body
    assert result.body.endswith("Films for children run on Saturday morning only.")


def test_a_read_more_alone_in_the_text_element_is_no_line_of_the_post():
    result = extract_article(page(text="<p><a href='/programme/'>Read more</a></p>"), URL)
    assert "Read more" not in result.body


def test_a_post_of_one_line_linking_elsewhere_under_a_notice_that_outweighs_its_whole_box_keeps_the_line():
    text = "<p>More on it at <a href='https://shortfilmday.example/'>shortfilmday.example</a></p>"
    result = extract_article(page(text=text, teaser="...is on the shortest day"), URL)
    assert NOTICE[:40] not in result.body and result.body.endswith("More on it at shortfilmday.example")
