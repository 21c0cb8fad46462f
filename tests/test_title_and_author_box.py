"""A <title> whose headline part is empty (" | Site") states no title; the writer's box after the text ("About the
author" and a bio as long as a paragraph) is not the text."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

TEXT = ("<p>The choir travelled to the coast for its spring weekend and sang at two services in the old chapel, "
        "where the parish had prepared a reception for all the singers and their families.</p>"
        "<p>Next year the weekend will take the choir inland, to the hill villages, if enough members can come.</p>")
BIO = ("<p>Anna sings alto in the choir and has written for this blog since it began. She works as a teacher in "
       "the town and spends her free time walking the coast paths with her two dogs and a camera.</p>")


def _page(head: str, body: str) -> str:
    return f"<html lang='en'><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def test_a_title_with_an_empty_headline_part_loses_to_the_articles_heading():
    # Fails before: " | Chapel Choir" folded to the banner <h1>'s words and made the site's name the title.
    head = "<title> | Chapel Choir</title><meta property='og:title' content='Spring weekend at the coast'>"
    body = ("<div class='banner'><h1>Chapel Choir</h1></div>"
            "<article><header><h1 class='title'>Spring weekend at the coast</h1>"
            f"<time>03-05-2019</time></header><section class='text'>{TEXT}</section></article>")
    found = extract_article(_page(head, body), "https://choir.example/2019/05/03/spring-weekend/")
    assert found.title == "Spring weekend at the coast"
    # Without og:title (or with one the template broke) the banner showing the site's name is still no headline.
    found = extract_article(_page("<title> | Chapel Choir</title>", body),
                            "https://choir.example/2019/05/03/spring-weekend/")
    assert found.title == "Spring weekend at the coast"


@pytest.mark.parametrize("heading", ["About the author", "About the authors", "Über die Autorin", "Om författaren",
                                     "Om forfatteren", "Kirjoittajasta"])
def test_the_writers_box_after_the_text_is_not_the_text(heading):
    # Fails before: the bio runs as long as a paragraph, so it stayed as the text's last paragraph.
    body = ("<main><h1>Spring weekend at the coast</h1>"
            f"<div class='post'>{TEXT}<p>See you there,\nAnna Berg (choir board)</p>"
            f"<h2 id='about'>{heading}</h2><div class='card'><div><b>Anna Berg</b></div>"
            f"<div class='small'>Alto, Chapel Choir</div>{BIO}</div></div></main>")
    found = extract_article(_page("<title>Spring weekend at the coast</title>", body),
                            "https://choir.example/2019/05/03/spring-weekend/")
    assert "Anna sings alto" not in found.body
    assert heading not in found.body
    assert found.body.startswith("The choir travelled")


def test_an_about_the_author_heading_before_any_text_is_left_to_the_other_rules():
    # A post opening with its writer's introduction keeps the text below it.
    body = ("<main><h1>Spring weekend at the coast</h1>"
            f"<div class='post'><h2>About the author</h2>{TEXT}</div></main>")
    found = extract_article(_page("<title>Spring weekend at the coast</title>", body),
                            "https://choir.example/2019/05/03/spring-weekend/")
    assert "Next year the weekend" in found.body


def test_an_about_the_author_section_the_text_runs_on_after_is_the_texts():
    # Fails before: the post's "About the author" section cut the body there, losing the sections after it (a
    # student's report: who they are, then why the project matters, then what they built).
    section = ("<p>The project set out to make the town's bus timetables readable on a phone, and it took most of "
               "the summer to gather the old tables and check every stop against the map.</p>")
    body = ("<main><h1>Summer project: timetables for phones</h1>"
            f"<div class='post'>{TEXT}<h2>About the author</h2>"
            "<p>I study computing at the college and have sung in the choir for three years, mostly alto, "
            "and I like building small tools for the people around me.</p>"
            f"<h2>Why this project matters</h2>{section}"
            "<h2>What comes next</h2><p>Next spring the tables will cover the night buses too, once the "
            "company sends its new data.</p></div></main>")
    found = extract_article(_page("<title>Summer project: timetables for phones</title>", body),
                            "https://choir.example/2019/09/03/summer-project/")
    assert "I study computing" in found.body
    assert "readable on a phone" in found.body
    assert found.body.rstrip().endswith("once the company sends its new data.")


def test_a_further_reading_link_after_the_writers_box_does_not_make_the_box_text():
    # Fails before the prose test: a "Further reading" line set under a heading like the box's, long only by the
    # address it links, made the writers' bios above it read as a section of the text.
    body = ("<main><h1>Spring weekend at the coast</h1>"
            f"<div class='post'>{TEXT}<h4>About the authors</h4><blockquote>{BIO}</blockquote>"
            "<h4>Further reading</h4><p>The route we sang along (as shown on the map): "
            "<a href='https://maps.example/routes/coast-chapel-weekend-2019-spring'>"
            "https://maps.example/routes/coast-chapel-weekend-2019-spring</a></p></div></main>")
    found = extract_article(_page("<title>Spring weekend at the coast</title>", body),
                            "https://choir.example/2019/05/03/spring-weekend/")
    assert "Anna sings alto" not in found.body
    assert found.body.rstrip().endswith("if enough members can come.")


@pytest.mark.parametrize("heading", ["About the author", "About the Author ", "Om författaren"])
def test_a_writers_box_headed_by_a_bold_line_after_the_text_is_not_the_text(heading):
    # Fails before: an editor without a heading style sets the box's heading as a paragraph wholly in bold
    # ("<p><strong>About the author</strong></p>"); only a heading element started the box, so the bio stayed.
    body = ("<main><h1>Spring weekend at the coast</h1>"
            f"<div class='post'>{TEXT}<p><em>This report first appeared in the choir's spring newsletter.</em></p>"
            f"<p><strong>{heading}</strong></p>{BIO}<p>Anna also leads the children's choir on Saturdays and has "
            "written two songbooks for the youngest singers, both still in use at the chapel.</p></div></main>")
    found = extract_article(_page("<title>Spring weekend at the coast</title>", body),
                            "https://choir.example/2019/05/03/spring-weekend/")
    assert "Anna sings alto" not in found.body and "children's choir" not in found.body
    assert found.body.rstrip().endswith("first appeared in the choir's spring newsletter.")


def test_a_bold_about_the_author_line_the_text_runs_on_after_is_the_texts():
    # Bold lines set alike head the text's sections: the writer's introduction is one of them.
    section = ("<p>The project set out to make the town's bus timetables readable on a phone, and it took most of "
               "the summer to gather the old tables and check every stop against the map.</p>")
    body = ("<main><h1>Summer project: timetables for phones</h1>"
            f"<div class='post'>{TEXT}<p><strong>About the author</strong></p>"
            "<p>I study computing at the college and have sung in the choir for three years, mostly alto, "
            "and I like building small tools for the people around me.</p>"
            f"<p><strong>Why this project matters</strong></p>{section}</div></main>")
    found = extract_article(_page("<title>Summer project: timetables for phones</title>", body),
                            "https://choir.example/2019/09/03/summer-project/")
    assert "I study computing" in found.body
    assert found.body.rstrip().endswith("check every stop against the map.")


BLURB = ("<p>\"The Garden Year walks through every month of a small allotment, from the first sowing under glass to "
         "the last leeks pulled in the frost, with plans, lists and the mistakes the writer made along the way.</p>"
         "<p><strong>About the Author</strong></p>"
         "<p>Ruth Lind has kept the same plot for thirty years and writes a column for the county paper about "
         "vegetables, weather and the neighbours who share her lane.\"</p>")
AFTER_BLURB = ("<p><strong>Where to find the book:</strong></p>"
               "<p>The town library has two copies, and the bookshop by the station orders it within a week.</p>")


@pytest.mark.parametrize("quoted", [f"<p><em>From the publisher:</em></p>{BLURB}",
                                    "<blockquote>" + BLURB.replace('"', "") + "</blockquote>"])
def test_an_about_the_author_line_inside_a_quoted_blurb_does_not_cut_the_text(quoted):
    # Fails before: the bold "About the Author" of a book's blurb the post quotes (across paragraphs in quotation
    # marks, or in a <blockquote>) was taken for the site's box for the writer, and the text after it was cut.
    body = ("<main><h1>Book tip: The Garden Year</h1>"
            f"<div class='post'>{TEXT}{quoted}{AFTER_BLURB}</div></main>")
    found = extract_article(_page("<title>Book tip: The Garden Year</title>", body),
                            "https://choir.example/2019/06/01/book-tip/")
    assert "Ruth Lind has kept the same plot" in found.body
    assert found.body.rstrip().endswith("orders it within a week.")
