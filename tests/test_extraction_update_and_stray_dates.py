"""Dates that are not the publication: updates, readers' comments, copyright lines, clocks, sign-up days and the
days a headline names."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article
from article_page import ARTICLE_URL, US_ARTICLE_URL, page


def test_update_date_is_reported_and_not_taken_for_publication():
    header = "<div>Published: 12-07-2023 17:35 | Updated: 09-01-2024 15:52</div>"
    result = extract_article(page(header=header), ARTICLE_URL)
    assert (result.published, result.updated) == ("2023-07-12T17:35", "2024-01-09T15:52")
    swedish = extract_article(page(header="<p>Uppdaterad 29 november 2021</p><p>21-11-25</p>"), ARTICLE_URL)
    assert (swedish.published, swedish.updated) == ("2021-11-25", "2021-11-29")


def test_update_date_equal_to_publication_is_no_update():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-06-12T09:00:00Z",'
            ' "dateModified": "2023-06-12T09:00:00Z"}</script>')
    result = extract_article(page(head=head), ARTICLE_URL)
    assert (result.published, result.updated) == ("2023-06-12T09:00:00+00:00", None)


def test_copyright_year_and_event_dates_in_body_are_not_publication_dates():
    result = extract_article(page(after="<p>© 2019 Campus</p>"), "https://campus.example/sv/2024/02/05/x/")
    assert result.published == "2024-02-05"


def test_a_readers_comment_date_is_not_the_posts_date():
    comments = ("<div class='comments-area'><ol class='comment-list'><li><footer class='comment-meta'>"
                "<time datetime='2021-05-20T08:00:00+02:00'>20 maj 2021</time></footer><p>Bra skrivet!</p></li></ol></div>")
    result = extract_article(page(header="<p>Publicerad den 14.05.2021</p>", after=comments), ARTICLE_URL)
    assert result.published == "2021-05-14"


def test_sign_up_and_clock_dates_are_not_publication_dates():
    forum = page(header="<div>Registriert: 02.03.2015, 10:00</div><div>Beitrag von kalle » 17.06.2019, 21:15</div>",
                 after="<div class='current-time'>Aktuelles Datum und Uhrzeit: 01/12/24, 08:00 pm</div>")
    assert extract_article(forum, ARTICLE_URL).published == "2019-06-17T21:15"
    clock_only = page(after="<div>Aktuelles Datum und Uhrzeit: 01/12/24, 08:00 pm</div>")
    assert extract_article(clock_only, ARTICLE_URL).published is None


def test_publiziert_labels_a_publication_and_last_edited_an_update():
    menu = "<div class='menu'><span>Archiv 12. Mai 2012</span></div>"
    result = extract_article(page(before=menu, header="<p>Publiziert am 13. Januar 2014 von redaktion</p>"), ARTICLE_URL)
    assert result.published == "2014-01-13"
    edited = extract_article(page(after="<p>Page revision 4, last edited: 17 Jun 2018 15:15</p>"), ARTICLE_URL)
    assert (edited.published, edited.updated) == (None, "2018-06-17T15:15")


def test_a_headline_that_names_a_day_does_not_date_the_post():
    html = page(title="Konsert den 7 mars 2014", header="<p>20 februari 2014</p>").replace(
        "<h1>Konsert den 7 mars 2014</h1>", "<h1><a href='/konsert/'>Konsert den 7 mars 2014</a></h1>")
    assert extract_article(html, ARTICLE_URL).published == "2014-02-20"


@pytest.mark.parametrize("header, expected", [
    # A label claims the date right after it, not one behind another label or another date.
    ("<div class='byline'>Posted Mar 3 <span>Updated Mar 4, 2020</span></div>", "2020-03-03"),
    ("<div class='byline'>Updated March 5, 2020<br>March 3, 2020</div>", "2020-03-03"),
])
def test_a_label_claims_only_the_date_right_after_it(header, expected):
    html = page(header=header, title="Council approves new budget", lang="en")
    result = extract_article(html, US_ARTICLE_URL)
    assert result.published == expected
    assert result.updated in ("2020-03-04", "2020-03-05")


def test_a_date_classed_published_and_updated_is_the_publication_and_one_in_an_update_box_is_not():
    # WordPress themes class a never-edited post's one date "published updated".
    never_edited = ("<span class='posted-on'><time class='entry-date published updated' "
                    "datetime='2020-03-03T17:03:00-05:00'></time></span>")
    assert extract_article(page(header=never_edited, lang="en"), US_ARTICLE_URL).published == "2020-03-03T17:03:00-05:00"
    boxed = ("<div class='timestamps'><div class='timestamp--updated'><time datetime='2020-03-04T09:00:00-05:00'>"
             "March 4, 2020</time></div><div class='timestamp--first'><time datetime='2020-03-03T17:03:00-05:00'>"
             "March 3, 2020</time></div></div>")
    assert extract_article(page(header=boxed, lang="en"), US_ARTICLE_URL).published == "2020-03-03T17:03:00-05:00"


@pytest.mark.parametrize("header", [
    "<ul class='list-inline'><li><time datetime='2020-03-04T09:00:00-06:00' class='asset-date'>Updated Mar 4, 2020"
    "</time></li><li><time datetime='2020-03-03T17:03:00-06:00' class='asset-date'>Mar 3, 2020</time></li></ul>",
    "<div class='meta'><time datetime='2020-03-04T09:00:00-06:00'>Updated: 9:00 AM CST Mar 4, 2020</time> "
    "<time datetime='2020-03-03T17:03:00-06:00'>Published: 5:03 PM CST Mar 3, 2020</time></div>",
])
def test_a_time_whose_own_text_says_updated_is_the_update_and_the_next_one_the_publication(header):
    result = extract_article(page(header=header, lang="en"), US_ARTICLE_URL)
    assert (result.published, result.updated[:10]) == ("2020-03-03T17:03:00-06:00", "2020-03-04")
