"""Article extraction: dates in every partner format, boilerplate removal, metadata, sanitising, robustness."""
from __future__ import annotations

import json
import urllib.request
from urllib.parse import urlsplit

import lxml.html
import pytest
from parsel import Selector

from news_archive.archive.cli.extract import clean_page
from news_archive.archive.record import ArticleItem
from news_archive.archive.sample_sites import serve_sample_sites
from news_archive.pipelines.clean import clean_item
from news_archive.pipelines.dedupe import dedupe_item
from news_archive.pipelines.extraction import BoilerplateMemory, Extracted, extract_article
from news_archive.pipelines.extraction.dates import parse_date, reads_month_first

PARAGRAPHS = [
    "Forskare vid campuset har tagit fram en ny metod för att odla celler som kan användas i framtida behandlingar.",
    "Metoden har testats i tre år tillsammans med sjukhuset och resultaten publiceras nu i en internationell tidskrift.",
    "Nästa steg är en klinisk studie där de första patienterna kan behandlas redan under nästa år, säger projektledaren.",
]


def page(*, head: str = "", header: str = "", body: str | None = None, before: str = "", after: str = "",
         title: str = "Ny metod för cellterapi", lang: str = "sv") -> str:
    """A small article page in the shape partner CMSs print: site chrome around an <article>."""
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) if body is None else body
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Campus</title>{head}</head>
<body><header class="site-header"><a href="/">Start</a><nav><a href="/nyheter">Nyheter</a><a href="/om">Om oss</a></nav></header>
<main>{before}<article><h1>{title}</h1>{header}<div class="entry-content">{paragraphs}</div>{after}</article></main>
<footer><p>Campus Flemingsberg, Box 1, 141 00 Huddinge</p></footer></body></html>"""


ARTICLE_URL = "https://campus.example/sv/nyheter/ny-metod/"


# --- publication dates: every format printed by a partner site -----------------------------------------------------

@pytest.mark.parametrize("header, expected", [
    ("<p class='date'>Måndag, 16 december 2019</p>", "2019-12-16"),
    ("<p class='date'>Monday, 27 April 2020</p>", "2020-04-27"),
    ("<div>Published: 12-07-2023 17:35 | Updated: 09-01-2024 15:52</div>", "2023-07-12T17:35"),
    ("<div>Publicerad: 2022-02-04 14:43</div>", "2022-02-04T14:43"),
    ("<div>Published On: 13 september 2022</div>", "2022-09-13"),
    ("<div>Pressmeddelande2021-11-22 13:54</div>", "2021-11-22T13:54"),
    ("<div>Published Oct 25, 2021</div>", "2021-10-25"),
    ("<div>Publicerad 2021-12-02</div>", "2021-12-02"),
    ("<span>21-11-29</span>", "2021-11-29"),
    ("<span>3 maj 2022</span>", "2022-05-03"),
    ("<span>12 okt. 2021</span>", "2021-10-12"),
    ("<time datetime='2018-06-28T10:39:01+00:00'>28 juni 2018</time>", "2018-06-28T10:39:01+00:00"),
    ("<div>Published: 2020-12-10 07:00 CET</div>", "2020-12-10T07:00+01:00"),
])
def test_publication_date_formats(header, expected):
    result = extract_article(page(header=header), ARTICLE_URL)
    assert result.published == expected
    assert result.is_article


def test_day_month_year_is_not_read_as_month_first():
    result = extract_article(page(header="<div>Published: 05-03-2023 09:00</div>"), ARTICLE_URL)
    assert result.published == "2023-03-05T09:00"


def test_update_date_is_reported_and_not_taken_for_publication():
    header = "<div>Published: 12-07-2023 17:35 | Updated: 09-01-2024 15:52</div>"
    result = extract_article(page(header=header), ARTICLE_URL)
    assert (result.published, result.updated) == ("2023-07-12T17:35", "2024-01-09T15:52")
    swedish = extract_article(page(header="<p>Uppdaterad 29 november 2021</p><p>21-11-25</p>"), ARTICLE_URL)
    assert (swedish.published, swedish.updated) == ("2021-11-25", "2021-11-29")


def test_date_sources_in_order_of_trust():
    jsonld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-06-12T09:00:00+02:00"}</script>'
    meta = '<meta property="article:published_time" content="2023-06-11T08:00:00+02:00">'
    text = "<p>Publicerad 10 juni 2023</p>"
    url = "https://campus.example/sv/2023/06/09/ny-metod/"
    assert extract_article(page(head=jsonld + meta, header=text), url).published_from == "json-ld"
    from_meta = extract_article(page(head=meta, header=text), url)
    assert (from_meta.published, from_meta.published_from) == ("2023-06-11T08:00:00+02:00", "meta")
    from_text = extract_article(page(header=text), url)
    assert (from_text.published, from_text.published_from) == ("2023-06-10", "text")
    from_url = extract_article(page(), url)
    assert (from_url.published, from_url.published_from) == ("2023-06-09", "url")


def test_utc_timestamp_gives_the_publishers_own_day():
    jsonld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-11-09T02:11:03Z"}</script>'
    shown = "<time datetime='2023-11-08T21:11:03-05:00'>November 8, 2023</time>"
    assert extract_article(page(head=jsonld, header=shown), ARTICLE_URL).published == "2023-11-08T21:11:03-05:00"
    in_url = extract_article(page(head=jsonld), "https://news.example/2023/11/08/story/")
    assert in_url.published == "2023-11-08"
    # An address day no real time zone can reach is the address's own business (a slug date, an old id).
    far = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-04-25T12:26:15Z"}</script>'
    assert extract_article(page(head=far), "https://news.example/x-2023-04-24/").published == "2023-04-25T12:26:15+00:00"


def test_date_in_a_date_classed_element_or_date_line_after_the_lead():
    lead = f"<p class='lead'>{PARAGRAPHS[0]} {PARAGRAPHS[1]}</p>"
    classed = page(header=lead + "<span class='date'>20.01.2022</span>")
    assert extract_article(classed, ARTICLE_URL).published == "2022-01-20"
    line = page(header=lead + "<div>Montag, 24. Januar 2022</div>")
    assert extract_article(line, ARTICLE_URL).published == "2022-01-24"


def test_disagreeing_metadata_dates_are_settled_by_the_date_the_page_shows():
    head = ('<meta name="pubdate" content="2021-12-14T15:41:07+01:00">'
            '<meta name="dc.date.issued" content="2022-02-04T15:33:00+01:00">')
    result = extract_article(page(head=head, header="<p class='author'>04.02.2022 | 15:33 Uhr</p>"), ARTICLE_URL)
    assert (result.published, result.published_from) == ("2022-02-04T15:33:00+01:00", "meta")
    assert extract_article(page(head=head), ARTICLE_URL).published == "2021-12-14T15:41:07+01:00"


def test_jsonld_in_a_cdata_section_is_read():
    head = ('<script type="application/ld+json">//<![CDATA[\n{"@type": "NewsArticle", "datePublished": '
            '"2020-07-10T14:15:42+02:00"}\n//]]></script>')
    assert extract_article(page(head=head), ARTICLE_URL).published_from == "json-ld"


def test_date_from_the_pages_own_script_data_or_a_dateline_paragraph():
    data = '<script>window.product = {"title": "Kaffe", "published_at": "2019-03-02T06:22:28+01:00"};</script>'
    assert extract_article(page(head=data), ARTICLE_URL).published == "2019-03-02T06:22:28+01:00"
    dateline = page(body=f"<p>{PARAGRAPHS[0]} {PARAGRAPHS[1]}</p><p>01.02.2022 – {PARAGRAPHS[2]}</p>")
    assert extract_article(dateline, ARTICLE_URL).published == "2022-02-01"


def test_a_post_date_linked_to_the_post_itself_is_its_date():
    header = ("<a href='https://campus.example/sv/nyheter/ny-metod/' rel='bookmark'>"
              "<time class='entry-date published' datetime='2019-02-10T09:30:10+01:00'>10 februari 2019</time></a>")
    assert extract_article(page(header=header), ARTICLE_URL).published == "2019-02-10T09:30:10+01:00"


def test_update_date_equal_to_publication_is_no_update():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-06-12T09:00:00Z",'
            ' "dateModified": "2023-06-12T09:00:00Z"}</script>')
    result = extract_article(page(head=head), ARTICLE_URL)
    assert (result.published, result.updated) == ("2023-06-12T09:00:00+00:00", None)


def test_month_in_url_gives_first_of_month_only_without_a_better_date():
    url = "https://region.example/nyheter/2023/06/ny-metod/"
    assert extract_article(page(), url).published == "2023-06-01"
    assert extract_article(page(header="<p>14 juni 2023</p>"), url).published == "2023-06-14"


@pytest.mark.parametrize("lang, shown, expected", [
    ("da", "20. marts 2015 af <a href='/author/anna/'>Anna Holm</a>", "2015-03-20"),
    ("no", "20. mars 2015 av <a href='/author/anna/'>Anna Holm</a>", "2015-03-20"),
    ("fi", "Kirjoitettu 13. maaliskuuta 2015 by <a href='/author/anna/'>Anna Holm</a>", "2015-03-13"),
    ("fi", "13. joulukuuta 2015", "2015-12-13"),
    ("de", "20. März 2015 von <a href='/author/anna/'>Anna Holm</a>", "2015-03-20"),
    ("pl", "3 marca 2015", "2015-03-03"),
])
def test_a_date_line_in_words_beats_the_year_and_month_of_the_address(lang, shown, expected):
    """Danish "marts" and the Finnish and Polish forms a date puts its month in were not month names: a
    /YYYY/MM/slug/ address then gave the month's first day."""
    url = f"https://blog.example/{expected[:4]}/{expected[5:7]}/ny-metod/"
    assert extract_article(page(header=f"<p class='post-author'>{shown}</p>", lang=lang), url).published == expected


def test_a_number_opening_the_slug_yields_to_the_posts_date_line():
    """"/2015/03/5-tips-for-x/" is the headline's "5 tips", not the 5th: the date line under the headline dates it."""
    url = "https://blog.example/2015/03/5-nya-metoder-for-cellterapi/"
    assert extract_article(page(header="<p class='post-author'>8 mars 2015</p>"), url).published == "2015-03-08"
    assert extract_article(page(), url).published == "2015-03-05", "without a date line the address's reading stays"
    # A day in its own folder gives way too: the date line by the headline is the day the post went out (a static
    # generator keeps the draft's day in the path; tests/test_date_line_beats_address.py).
    assert extract_article(page(header="<p>8 mars 2015</p>"), "https://blog.example/2015/03/05/ny-metod/").published \
        == "2015-03-08"
    assert extract_article(page(), "https://blog.example/2015/03/05/ny-metod/").published == "2015-03-05"


def test_a_year_and_month_address_takes_the_day_a_closing_post_line_shows():
    """A theme that prints the post's date only in its closing line ("This entry was filed on ..."), below a long
    text: a day of the address's month anywhere outside comments and teasers beats the month's first."""
    body = "".join(f"<p>{PARAGRAPHS[0]} {PARAGRAPHS[i % 2 + 1]} ({i})</p>" for i in range(80))
    after = ("<div class='postmetadata'>This entry was filed on 20 March 2015 at 13:55 under "
             "<a href='/category/news/'>News</a>.</div>"
             "<div class='comments-area'><p class='comment-meta'>21 March 2015</p></div>")
    url = "https://blog.example/2015/03/ny-metod/"
    assert extract_article(page(body=body, after=after), url).published == "2015-03-20T13:55"
    other_month = after.replace("20 March", "20 April")
    assert extract_article(page(body=body, after=other_month), url).published == "2015-03-01", \
        "a date of another month is not this post's"
    comment_only = after.replace("filed on 20 March 2015 at 13:55 under", "filed under")
    assert extract_article(page(body=body, after=comment_only), url).published == "2015-03-01", \
        "a reader's comment date is not the post's"
    teaser = comment_only.replace("</div><div class='comments-area'>",
                                  "</div><aside><a href='/2015/03/annan/'>Annan nyhet 12 March 2015</a></aside>"
                                  "<div class='comments-area'>")
    assert extract_article(page(body=body, after=teaser), url).published == "2015-03-01", \
        "another post's teaser is not this post's"


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


def test_headline_is_the_h1_that_shows_the_title_and_a_date_inside_it_counts():
    logo = "<div class='logo'><h1>Campus</h1></div><div class='teasers'><span>Sista dag 31.12.2018</span></div>"
    kicker = ("<h1><span class='topline'>Nyhet <span class='date'>27.01.2022</span></span>"
              "<span>Ny metod för cellterapi</span></h1>")
    html = page(before=logo).replace("<h1>Ny metod för cellterapi</h1>", kicker)
    assert extract_article(html, ARTICLE_URL).published == "2022-01-27"


def test_a_headline_that_names_a_day_does_not_date_the_post():
    html = page(title="Konsert den 7 mars 2014", header="<p>20 februari 2014</p>").replace(
        "<h1>Konsert den 7 mars 2014</h1>", "<h1><a href='/konsert/'>Konsert den 7 mars 2014</a></h1>")
    assert extract_article(html, ARTICLE_URL).published == "2014-02-20"


def test_a_linked_post_date_beside_the_headline_counts_even_above_it():
    header = ("<div class='entry-meta'><a href='https://mirror.example/ny-metod' rel='bookmark'>"
              "<time>27 januari 2014</time></a> av Anna</div>")
    menu = "<nav><a href='/arkiv/2013'>Arkiv 5 mars 2013</a></nav>"
    html = page(before=menu).replace("<article><h1>", f"<article><header>{header}<h1>").replace("</h1>", "</h1></header>", 1)
    assert extract_article(html, ARTICLE_URL).published == "2014-01-27"


def test_a_bare_date_tag_gives_way_to_the_date_the_header_shows():
    saved = '<meta name="date" content="2020-02-12">'
    shown = "<div>05.02.2020 - Redaktion: Anna Berg</div>"
    assert extract_article(page(head=saved, header=shown), ARTICLE_URL).published == "2020-02-05"
    assert extract_article(page(head=saved), ARTICLE_URL).published == "2020-02-12"
    # A named publication tag keeps its trust over the header.
    named = '<meta property="article:published_time" content="2020-02-12T10:00:00+01:00">'
    assert extract_article(page(head=named, header=shown), ARTICLE_URL).published == "2020-02-12T10:00:00+01:00"


def test_a_date_glued_to_a_label_in_another_element_is_read():
    header = "<div class='kicker'><span>Original Research</span><span>7 April 2020</span></div>"
    assert extract_article(page(header=header), ARTICLE_URL).published == "2020-04-07"


def test_text_set_without_paragraph_tags_ends_the_header_but_a_standfirst_does_not():
    body = (f"<div class='text'><strong>Huddinge (12.11.2021). {PARAGRAPHS[0]} {PARAGRAPHS[1]}</strong></div>"
            f"<div class='text'>{PARAGRAPHS[2]} {PARAGRAPHS[1]}</div>"
            "<div class='events'><div>Lör 13.11.2021 Konsert</div><div>Sön 14.11.2021 Gudstjänst</div></div>")
    assert extract_article(page(body=body), ARTICLE_URL).published == "2021-11-12"
    standfirst = (f"<div class='excerpt'><div>{PARAGRAPHS[0]} {PARAGRAPHS[1]}</div></div>"
                  f"<div class='meta'>Stockholm, 23 oktober 2024</div>")
    assert extract_article(page(header=standfirst), ARTICLE_URL).published == "2024-10-23"


def test_an_indented_byline_line_below_the_lead_is_a_date_line():
    indent = "\n" + " " * 24
    byline = (f"<div class='byline'>{indent}<span>Anna Svensson |</span>{indent}"
              f"<span>05.04.2025 - Uppdaterad: 06.04.2025</span>{indent}</div>")
    result = extract_article(page(header=f"<p>{PARAGRAPHS[0]} {PARAGRAPHS[1]}</p>{byline}"), ARTICLE_URL)
    assert (result.published, result.updated) == ("2025-04-05", "2025-04-06")


US_ARTICLE_URL = "https://daily.example/news/council-approves-budget"


@pytest.mark.parametrize("head, header, url, expected", [
    ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": '
     '"2020-03-03T18:02:00-05:00", "dateModified": "2020-03-04T09:00:00-05:00"}</script>', "", US_ARTICLE_URL,
     "2020-03-03T18:02:00-05:00"),
    ('<meta property="article:published_time" content="2020-03-03T18:02:00-05:00">', "", US_ARTICLE_URL,
     "2020-03-03T18:02:00-05:00"),
    ('<meta name="parsely-pub-date" content="2020-03-03T23:02:00Z">', "", US_ARTICLE_URL, "2020-03-03T23:02:00+00:00"),
    ('<meta name="sailthru.date" content="Tue, 03 Mar 2020 18:02:00 -0500">', "", US_ARTICLE_URL,
     "2020-03-03T18:02:00-05:00"),
    ('<meta name="dc.date" content="2020-03-03">', "", US_ARTICLE_URL, "2020-03-03"),
    ('<meta name="publication_date" content="2020-03-03">', "", US_ARTICLE_URL, "2020-03-03"),
    ('<meta name="displaydate" content="2020-03-03">', "", US_ARTICLE_URL, "2020-03-03"),
    ('<meta name="pdate" content="20200303">', "", US_ARTICLE_URL, "2020-03-03"),
    ("", '<meta itemprop="datePublished" content="2020-03-03T18:02:00-05:00">', US_ARTICLE_URL,
     "2020-03-03T18:02:00-05:00"),
    ("", "<time datetime='2020-03-03T18:02:00-05:00'>March 3, 2020</time>", US_ARTICLE_URL, "2020-03-03T18:02:00-05:00"),
    ("", "<abbr class='published' title='2020-03-03T18:02:00-05:00'>March 3</abbr>", US_ARTICLE_URL,
     "2020-03-03T18:02:00-05:00"),
    ("", "<div class='byline'>By Jane Doe | Published 6:02 PM ET Mar 3, 2020</div>", US_ARTICLE_URL, "2020-03-03"),
    ("", "<p>Updated 9:15 AM EST, Wed March 4, 2020</p><p>Published 6:02 PM EST, Tue March 3, 2020</p>",
     US_ARTICLE_URL, "2020-03-03"),
    ("", "<div>Posted: Mar 3, 2020 / 06:02 PM EST / Updated: Mar 4, 2020 / 09:15 AM EST</div>", US_ARTICLE_URL,
     "2020-03-03T18:02-05:00"),
    ("", "<div class='date'>Tuesday, March 3rd 2020</div>", US_ARTICLE_URL, "2020-03-03"),
    ("", "", "https://daily.example/2020/03/03/council-approves-budget/", "2020-03-03"),
    ("", "", "https://daily.example/news/council-approves-budget-20200303.html", "2020-03-03"),
    # A relative time names no day without the moment of the visit.
    ("", "<p>Published 2 hours ago</p>", "https://daily.example/2020/03/03/council-approves-budget/", "2020-03-03"),
    ('<meta name="article.published" content="2020-03-03T18:02:00-05:00">', "", US_ARTICLE_URL,
     "2020-03-03T18:02:00-05:00"),
    ("", "<span itemprop='dateCreated'>March 3, 2020</span>", US_ARTICLE_URL, "2020-03-03"),
    ("", "<div class='gnt_ar_dt'>Published 6:02 p.m. ET March 3, 2020 | Updated 9:15 a.m. ET March 4, 2020</div>",
     US_ARTICLE_URL, "2020-03-03"),
    # Unix timestamps that a script renders as "2 hours ago", in seconds or milliseconds.
    ("", "<time class='timeago' data-timestamp='1583276520'>2 hours ago</time>", US_ARTICLE_URL,
     "2020-03-03T23:02:00+00:00"),
    ("", "<span class='publish-date' data-published='1583276520000'></span>", US_ARTICLE_URL,
     "2020-03-03T23:02:00+00:00"),
    ("", "<span class='timestamp' data-timestamp='1583276520'>2 hours ago</span>", US_ARTICLE_URL,
     "2020-03-03T23:02:00+00:00"),
    ("", "<div class='byline'><span class='date' data-time='1583276520'></span></div>", US_ARTICLE_URL,
     "2020-03-03T23:02:00+00:00"),
    ("", "<span class='post-date' data-date='2020-03-03T18:02:00-05:00'></span>", US_ARTICLE_URL,
     "2020-03-03T18:02:00-05:00"),
    # The shown day of the moment wins over the UTC one.
    ("", "<time data-timestamp='1583291520'>March 3, 2020 10:12 PM</time>", US_ARTICLE_URL, "2020-03-03T22:12"),
    ("", "<time datetime='2020-03-04T03:12:00Z'>March 3, 2020</time>", US_ARTICLE_URL, "2020-03-03"),
    # US-style days in the address.
    ("", "", "https://daily.example/news/03/04/2020/council-approves-budget/", "2020-03-04"),
    ("", "", "https://daily.example/news/3/4/2020/council-approves-budget/", "2020-03-04"),
    ("", "", "https://daily.example/news/council-approves-budget-03-04-2020", "2020-03-04"),
    # The zone after "p.m." stays the time's; American zones named without standard or daylight take the day's.
    ("", "<p>March 3, 2020 6:02 p.m. EST</p>", US_ARTICLE_URL, "2020-03-03T18:02-05:00"),
    ("", "<p>Posted: March 9, 2020 10:15 a.m. ET</p>", US_ARTICLE_URL, "2020-03-09T10:15-04:00"),
    ("", "<p>Posted Tue, Mar 3, 2020 at 5:03 pm CT</p>", US_ARTICLE_URL, "2020-03-03T17:03-06:00"),
    ("", "<p>Published: 5:03 PM EDT Mar 3, 2020 Updated: 7:03 PM EDT Mar 4, 2020</p>", US_ARTICLE_URL, "2020-03-03"),
    ("", "<p>Updated: March 4, 2020 @ 9:00 am</p><p>Posted: March 3, 2020 @ 5:03 pm</p>", US_ARTICLE_URL,
     "2020-03-03T17:03"),
    ("", "<p>Posted at 5:03 PM, Mar 03, 2020 and last updated 7:00 PM, Mar 04, 2020</p>", US_ARTICLE_URL, "2020-03-03"),
    ("", "<p>Last modified on Wed 4 Mar 2020 09.00 EST</p><p>First published on Tue 3 Mar 2020 17.03 EST</p>",
     US_ARTICLE_URL, "2020-03-03T17:03-05:00"),
    ("", "<p>Tue, March 3rd 2020, 5:03 PM EST</p>", US_ARTICLE_URL, "2020-03-03T17:03-05:00"),
    # A label with a time, its zone and a weekday before the day; an update and the publication on one line.
    ("", "<p>Updated 9:00 a.m. PDT, Thursday, September 3, 2020</p>"
         "<p>Published 11:03 a.m. PDT, Wednesday, September 2, 2020</p>", "https://daily.example/2020/09/03/budget/",
     "2020-09-02"),
    ("", "<p>Updated 9:00 a.m. PDT, Thursday, September 3, 2020 | Published 11:03 a.m. PDT, Wednesday, September 2, "
         "2020</p>", US_ARTICLE_URL, "2020-09-02"),
    ("", "<p class='updated'>Updated 2 hours ago</p><p>Posted March 3, 2020</p>", US_ARTICLE_URL, "2020-03-03"),
    ("", "<p>WASHINGTON (AP) — Posted March 3, 2020</p>", US_ARTICLE_URL, "2020-03-03"),
    # Dotted and dashed dates are month first where their clock is American.
    ("", "<div class='date'>3.4.2020 5:03 PM</div>", US_ARTICLE_URL, "2020-03-04T17:03"),
    ("", "<div class='date'>11.05.12 17:03 EST</div>", US_ARTICLE_URL, "2012-11-05T17:03-05:00"),
    ("", "<p>03-04-2020 05:03 pm ET</p>", US_ARTICLE_URL, "2020-03-04T17:03-05:00"),
    ("", "<p>Filed 12/31/2019 5:03 PM</p>", US_ARTICLE_URL, "2019-12-31T17:03"),
    ('<meta name="publishdate" content="03/04/2020 17:03:00">', "", US_ARTICLE_URL, "2020-03-04T17:03:00"),
    # Unix timestamps stated in JSON-LD, meta tags and script data, in seconds or milliseconds.
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": 1583276520}</script>', "",
     US_ARTICLE_URL, "2020-03-03T23:02:00+00:00"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "1583276520000"}</script>', "",
     US_ARTICLE_URL, "2020-03-03T23:02:00+00:00"),
    ('<meta property="article:published_time" content="1583276520">', "", US_ARTICLE_URL, "2020-03-03T23:02:00+00:00"),
    ('<script>window.__DATA__ = {"story": {"publishedAt": 1583276520000, "id": 1583276520}}</script>', "",
     US_ARTICLE_URL, "2020-03-03T23:02:00+00:00"),
    # Publication tags of older newspaper CMSs and analytics.
    ('<meta name="OriginalPublicationDate" content="2020/03/03 18:02:00">', "", US_ARTICLE_URL, "2020-03-03T18:02:00"),
    ('<meta name="DatePosted" content="2020-03-03T18:02:00-05:00">', "", US_ARTICLE_URL, "2020-03-03T18:02:00-05:00"),
    ('<meta itemprop="datePublished" content="2020-03-03T18:02:00-05:00">', "", US_ARTICLE_URL,
     "2020-03-03T18:02:00-05:00"),
    ('<meta name="article:published_time" content="2020-03-03T18:02:00-05:00">', "", US_ARTICLE_URL,
     "2020-03-03T18:02:00-05:00"),
])
def test_us_news_date_conventions(head, header, url, expected):
    result = extract_article(page(head=head, header=header, title="Council approves new budget", lang="en"), url)
    assert result.published == expected


# A related block and a copyright line of another year: neither names the year of a day printed without one.
US_PAGE_EXTRAS = ("<aside class='related'><h3>More news</h3><ul><li><a href='/news/school-board'>School board meets</a> "
                  "Feb 20, 2019</li><li><a href='/news/new-park'>New park opens</a> Feb 18, 2019</li></ul></aside>"
                  "<p>© 2021 Daily Example Media</p>")


@pytest.mark.parametrize("header, url, fetched_at, expected", [
    # The year from the update date, the address's month, the moment of the fetch: the latest such day not after it.
    ("<div class='byline'>Published Mar 3 at 5:03 PM <span>Updated Mar 4, 2020</span></div>", US_ARTICLE_URL, None,
     "2020-03-03T17:03"),
    ("<div class='byline'>Posted Dec. 31 <span>Updated Jan. 2, 2021</span></div>", US_ARTICLE_URL, None, "2020-12-31"),
    ("<div class='byline'>Published Mar 3 at 5:03 PM</div>", "https://daily.example/2020/03/council-approves-budget/",
     None, "2020-03-03T17:03"),
    # The address names the day of the draft or the zone's: the nearest year to it.
    ("<div class='byline'>Published Jan. 1 at 12:03 AM</div>", "https://daily.example/2019/12/31/council-approves-budget/",
     None, "2020-01-01T00:03"),
    ("<div class='byline'>Published Mar 4 at 5:03 PM</div>", "https://daily.example/2020/03/03/council-approves-budget/",
     "2021-01-02T12:00:00+00:00", "2020-03-04T17:03"),
    ("<div class='byline'>Published Dec 31 at 5:03 PM</div>", US_ARTICLE_URL, "2021-01-02T12:00:00+00:00",
     "2020-12-31T17:03"),
    ("<p>WASHINGTON, March 3 (Reuters) - " + PARAGRAPHS[0] + "</p>",
     "https://daily.example/2020/03/council-approves-budget/", None, "2020-03-03"),
    ("<div class='byline'>By Jane Doe</div><p class='date'>Publicerad 3 mars kl 14.03</p>", US_ARTICLE_URL,
     "2020-03-05T12:00:00+00:00", "2020-03-03T14:03"),
    # No evidence of the year: no date (the copyright line and the teasers' dates are another matter's).
    ("<div class='byline'>Published Mar 3 at 5:03 PM</div>", US_ARTICLE_URL, None, None),
    ("<p>WASHINGTON, March 3 (Reuters) - " + PARAGRAPHS[0] + "</p>", US_ARTICLE_URL, None, None),
    # An unlabelled day may be an event's, ahead of the fetch as often as behind: the fetch alone dates no such line.
    ("<p class='when'>May 12, 7 p.m.</p>", US_ARTICLE_URL, "2020-03-05T12:00:00+00:00", None),
])
def test_a_day_printed_without_its_year_takes_the_year_of_the_pages_own_evidence(header, url, fetched_at, expected):
    html = page(header=header, after=US_PAGE_EXTRAS, title="Council approves new budget", lang="en")
    assert extract_article(html, url, fetched_at=fetched_at).published == expected


@pytest.mark.parametrize("header, fetched_at, expected", [
    ("<p class='byline'>Published 2 hours ago</p>", "2020-03-03T20:10:00+00:00", "2020-03-03T18:10:00+00:00"),
    ("<p class='byline'>By Jane Doe <time>3 days ago</time></p>", "2020-03-06T20:00:00+00:00", "2020-03-03"),
    ("<p class='byline'>Publicerad för 2 dagar sedan</p>", "2020-03-05T08:00:00+00:00", "2020-03-03"),
    # Without the moment of the fetch (a saved page), and an update's age, name no publication.
    ("<p class='byline'>Published 2 hours ago</p>", None, None),
    ("<p class='byline'>Updated 2 hours ago</p>", "2020-03-03T20:10:00+00:00", None),
])
def test_an_age_dates_the_publication_only_from_the_moment_of_the_fetch(header, fetched_at, expected):
    html = page(header=header, after=US_PAGE_EXTRAS, title="Council approves new budget", lang="en")
    assert extract_article(html, US_ARTICLE_URL, fetched_at=fetched_at).published == expected


def test_the_crawl_dates_an_age_by_its_fetch_and_the_extract_command_leaves_a_saved_pages_age_undated():
    html = page(header="<p class='byline'>Published 2 hours ago</p>", title="Council approves new budget", lang="en")
    item = ArticleItem(source="daily", url=US_ARTICLE_URL, html=html, fetched_at="2020-03-03T20:10:00+00:00")
    assert clean_item(item).published == "2020-03-03T18:10:00+00:00"
    assert clean_page(html.encode(), US_ARTICLE_URL)["published"] is None


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


def test_the_date_line_under_the_headline_and_the_address_outrank_a_labelled_date_in_the_first_sentence():
    """A post about another site's article names that article's day ("an article published on June 22nd, 2015"):
    the address and the date line under the headline agree on the post's own."""
    opening = ("In an article published on June 22nd, 2015, the city paper looked at the council's new budget and "
               "what it means for the schools.")
    html = page(header="<h5>2015-06-25</h5>", body=f"<p>{opening}</p>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS),
                title="The city paper on our budget", lang="en")
    assert extract_article(html, "https://council.example/news/20150625-city-paper-on-budget/").published \
        == "2015-06-25"
    assert extract_article(html, "https://council.example/news/city-paper-on-budget/").published == "2015-06-25", \
        "without the address's word the date line under the headline, before the text, still beats a label in it"
    byline = page(header="<p>Published June 22, 2015</p><h5>2015-06-25</h5>", title="The city paper on our budget",
                  lang="en")
    assert extract_article(byline, "https://council.example/news/20150625-city-paper-on-budget/").published \
        == "2015-06-22", "a label in a line of its own is the page's byline"


def test_a_bare_datum_field_in_the_text_is_an_events_day_and_the_address_dates_the_post():
    """A notice lists its event as fields ("Datum:", "Tid:") or signs off with the party's day: no publication's."""
    fields = page(body="<p>Vattnet stängs av i fastigheten för byte av ventiler:</p>"
                       "<ul><li>Datum: Tisdagen den 18 november</li><li>Tid: kl. 08:15 – 15:00</li></ul>"
                       + "".join(f"<p>{p}</p>" for p in PARAGRAPHS), title="Vattenavstängning")
    assert extract_article(fields, "https://brf.example/nyheter/2025/10/10/vatten.html").published == "2025-10-10"
    party = page(body="".join(f"<p>{p}</p>" for p in PARAGRAPHS)
                      + "<p>Vi ses på adventsfikat på gården!<br><strong>Datum:</strong> 2024-12-15 15:00</p>",
                 title="Infobrev december")
    assert extract_article(party, "https://brf.example/nyheter/2024/12/05/infobrev.html").published == "2024-12-05"
    assert extract_article(page(header="<p>Datum: 2024-12-05</p>"), ARTICLE_URL).published == "2024-12-05", \
        "a date line so labelled under the headline still dates a page whose address names no day"


def test_a_day_among_the_slugs_words_yields_to_the_posts_own_date():
    """A slug made from the headline ("Meeting 11.12.2022") names the event's day; the post's date line is its own."""
    html = page(header="<div class='entry-meta'><span class='posted-date'>5. Dezember 2022</span></div>",
                body="<p>Am Sonntag, 11.12.2022, findet unser nächstes Treffen statt.</p>"
                     + "".join(f"<p>{p}</p>" for p in PARAGRAPHS), title="Treffen 11.12.2022", lang="de")
    assert extract_article(html, "https://verein.example/treffen-11-12-2022/").published == "2022-12-05"
    assert extract_article(page(lang="de"), "https://verein.example/treffen-11-12-2022/").published \
        == "2022-12-11", "without a date of its own the page keeps its address's day"
    # A day opening the slug (newsrooms name their pages so) is the page's when nothing by the headline says
    # otherwise; the post's own date line beats it.
    assert extract_article(page(lang="de"), "https://verein.example/news/11-12-2022-treffen/").published \
        == "2022-12-11"
    assert extract_article(page(header="<p>5. Dezember 2022</p>", lang="de"),
                           "https://verein.example/news/11-12-2022-treffen/").published == "2022-12-05"


def test_a_video_pages_upload_date_dates_it_but_not_an_article_that_embeds_an_older_video():
    video = '{"@type": "VideoObject", "name": "Council vote", "uploadDate": "2020-03-03T17:02:00-05:00"}'
    html = page(head=f'<script type="application/ld+json">{video}</script>', lang="en")
    assert extract_article(html, US_ARTICLE_URL).published == "2020-03-03T17:02:00-05:00"
    stated = f'[{{"@type": "NewsArticle", "headline": "Council approves new budget"}}, {video}]'
    html = page(head=f'<script type="application/ld+json">{stated}</script>', lang="en")
    assert extract_article(html, US_ARTICLE_URL).published is None


@pytest.mark.parametrize("url", ["https://daily.example/news/2020/mar/03/council-approves-budget",
                                 "https://daily.example/news/2020/March/03/council-approves-budget",
                                 "https://daily.example/news/2020/0303/council-approves-budget"])
def test_a_day_in_the_address_with_its_month_named_or_set_beside_the_day(url):
    assert extract_article(page(title="Council approves new budget", lang="en"), url).published == "2020-03-03"


@pytest.mark.parametrize("lang, head, shown, expected", [
    ("en", "", "03/04/2020", "2020-03-04"),
    ("en-US", "", "3/4/20", "2020-03-04"),
    ("en", '<meta property="og:locale" content="en_US">', "03/04/2020", "2020-03-04"),
    ("en-GB", "", "03/04/2020", "2020-04-03"),
    ("en", '<meta property="og:locale" content="en_GB">', "03/04/2020", "2020-04-03"),
    ("de", '<meta property="og:locale" content="en_US">', "03/04/2020", "2020-04-03"),
    ("sv", "", "03/04/2020", "2020-04-03"),
    ("en", "", "13/04/2020", "2020-04-13"),
])
def test_slashed_dates_are_read_in_the_order_of_the_pages_country(lang, head, shown, expected):
    html = page(head=head, header=f"<div class='date'>{shown}</div>", lang=lang)
    assert extract_article(html, ARTICLE_URL).published == expected


def test_month_first_only_for_english_of_the_us_or_of_no_stated_country():
    site = "https://daily.example/news/x"
    assert reads_month_first(site, "en-US") and reads_month_first(site, "en") and reads_month_first(site, None, "en_US")
    assert reads_month_first("https://startup.io/blog/x", "en")
    assert not reads_month_first(site, "en-GB", "en_US") and not reads_month_first(site, "sv-SE")
    assert not reads_month_first(site, None)
    # A site under another country's domain writes the day first, whatever default its CMS states.
    assert not reads_month_first("https://campus.se/en/news/x", "en-US")
    assert not reads_month_first("https://news.example.co.uk/x", "en")
    assert reads_month_first("http://[bad/x", "en")


def test_a_dotted_or_dashed_date_is_month_first_only_where_its_clock_is_american():
    # CMSs state "en-US" by default: a Nordic site's "03.04.2020" and "03-04-2020" stay day first.
    for shown in ("03.04.2020", "03-04-2020", "03.04.2020 17:03", "3.4.20"):
        html = page(header=f"<div class='date'>{shown}</div>", lang="en-US")
        assert extract_article(html, US_ARTICLE_URL).published[:10] == "2020-04-03", shown
    for lang, expected in (("en-GB", "2020-04-03"), ("de", "2020-04-03"), ("en", "2020-03-04"),
                           ("en-US", "2020-03-04")):
        html = page(header="<div class='date'>3.4.2020, 5:03 p.m.</div>", lang=lang)
        assert extract_article(html, US_ARTICLE_URL).published[:10] == expected, lang
    html = page(header="<div class='date'>3.4.2020 5:03 PM</div>", lang="en-US")
    assert extract_article(html, "https://news.example.co.uk/x").published[:10] == "2020-04-03"


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


def test_a_stated_timestamp_counts_only_from_1995_to_tomorrow():
    for stamp in (631152000, 2524608000, "2524608000000", 1583276520.5e3):
        stated = json.dumps({"@type": "NewsArticle", "datePublished": stamp})
        head = f'<script type="application/ld+json">{stated}</script>'
        found = extract_article(page(head=head, lang="en"), US_ARTICLE_URL).published
        assert found == ("2020-03-03T23:02:00+00:00" if stamp == 1583276520.5e3 else None), stamp


def test_a_long_number_is_a_date_only_where_its_element_names_a_date_and_its_moment_is_plausible():
    for header in ("<div class='article-date' data-last-modified='1583276520'></div>",  # an update's
                   "<span class='post-date' data-id='1583276520'></span>",  # an id
                   "<time data-timestamp='2524608000'></time>",  # 2050
                   "<time data-timestamp='631152000'></time>",  # 1990
                   "<div class='share' data-timestamp='1583276520'></div>"):  # a widget's clock
        assert extract_article(page(header=header, lang="en"), US_ARTICLE_URL).published is None, header


def test_the_analytics_tags_publication_counts_only_where_the_page_shows_none():
    tag = ("<meta name='parsely-page' content='{\"title\": \"Council approves new budget\", "
           "\"pub_date\": \"2020-03-03T23:02:00Z\", \"section\": \"News\"}'>")
    assert extract_article(page(head=tag, lang="en"), US_ARTICLE_URL).published == "2020-03-03T23:02:00+00:00"
    shown = page(head=tag, header="<p>Published March 2, 2020</p>", lang="en")
    assert extract_article(shown, US_ARTICLE_URL).published == "2020-03-02"
    in_address = extract_article(page(head=tag, lang="en"), "https://daily.example/2020/03/02/budget/")
    assert in_address.published == "2020-03-02"


def test_a_day_in_the_address_is_read_in_the_pages_order_or_the_only_possible_one():
    url = "https://daily.example/news/03/04/2020/council-approves-budget/"
    assert extract_article(page(lang="en-GB"), url).published == "2020-04-03"
    assert extract_article(page(lang="en-GB"), url.replace("03/04/2020", "12/31/2019")).published == "2019-12-31"
    assert extract_article(page(lang="de"), "https://daily.example/news/23-01-2022-council").published == "2022-01-23"
    # Below the page's own labelled date.
    labelled = page(header="<p>Published March 5, 2020</p>", lang="en")
    assert extract_article(labelled, url).published == "2020-03-05"


@pytest.mark.parametrize("head, before, after, expected", [
    ("", "<div class='masthead'>Tuesday, March 10, 2020</div>", "", "2020-03-04"),
    ("", "<div class='masthead'>Tuesday, 10 March 2020</div>", "", "2020-04-03"),
    ("", "", "<p class='filed'>Filed 12/31/2019</p>", "2020-03-04"),
    ("", "", "<p class='filed'>Filed 31/12/2019</p>", "2020-04-03"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "inLanguage": "en-US"}</script>', "", "",
     "2020-03-04"),
    ('<meta name="language" content="en-GB">', "<div>Tuesday, March 10, 2020</div>", "", "2020-04-03"),
    # No evidence: the day first, as most of the world writes it.
    ("", "", "", "2020-04-03"),
])
def test_a_page_stating_no_language_reads_slashed_dates_in_the_order_its_dates_show(head, before, after, expected):
    html = page(head=head, before=before, after=after, header="<div class='date'>03/04/2020</div>", lang="")
    assert extract_article(html, "https://daily.example/news/council-approves-budget").published == expected


def test_utc_timestamp_takes_the_day_the_article_header_shows():
    evening = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2020-03-04T02:30:00Z"}</script>'
    shown = page(head=evening, header="<p>Published 9:30 PM ET Mar 3, 2020</p>", lang="en")
    assert extract_article(shown, US_ARTICLE_URL).published == "2020-03-03"
    # A masthead above the headline prints the day the page was rendered, not the article's.
    masthead = page(head=evening, before="<div class='masthead'><span>Wednesday, March 4, 2020</span></div>", lang="en")
    assert extract_article(masthead, "https://daily.example/2020/03/03/budget/").published == "2020-03-03"
    # The header shows the UTC moment's day: the address's other day is another zone's naming.
    utc_shown = page(head=evening, header="<p>March 4, 2020 - 2.30am</p>", lang="en")
    assert extract_article(utc_shown, "https://daily.example/budget-20200303-x.html").published == "2020-03-04T02:30:00+00:00"


def test_the_articles_own_time_of_a_bare_day_beats_a_utc_day_the_address_repeats():
    # A blog exported from a CMS that named its addresses by the UTC day; its theme prints the local day.
    late = '<meta property="article:published_time" content="2019-05-20T22:40:12.000Z">'
    shown = "<time class='post-date' datetime='2019-05-21'>May 21, 2019</time>"
    html = page(head=late, header=shown, lang="en")
    assert extract_article(html, "https://blog.example/2019/05/20/new-bike-shed/").published == "2019-05-21"
    # A day no zone reaches from the moment is another date, and the stated moment stands.
    far = page(head=late, header="<time class='post-date' datetime='2019-05-23'>May 23, 2019</time>", lang="en")
    assert extract_article(far, "https://blog.example/2019/05/20/new-bike-shed/").published.startswith("2019-05-20")


def test_a_zone_less_time_of_the_same_instant_gives_the_local_day():
    utc = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-11-09T01:09:55Z"}</script>'
    local = "<div class='time'><time datetime='2023-11-08 18:09:55'>November 8, 2023 at 6:09 p.m.</time></div>"
    assert extract_article(page(head=utc, header=local), ARTICLE_URL).published == "2023-11-08T18:09:55"
    # A teaser's time on the hour is another moment, whatever the offset between them.
    on_hour = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-04-08T03:00:00Z"}</script>'
    teaser = "<aside><time datetime='2025-04-07 18:00:00'>18:00</time></aside>"
    assert extract_article(page(head=on_hour, after=teaser), ARTICLE_URL).published == "2025-04-08T03:00:00+00:00"


def test_a_time_in_a_nav_or_aside_counts_only_when_the_article_shows_no_date():
    today = "<nav><ul><li>Today <time datetime='2020-03-05T08:00:00-05:00'>Mar 5, 2020</time></li></ul></nav>"
    teaser = "<aside><time datetime='2020-02-01'>Feb 1, 2020</time></aside>"
    assert extract_article(page(before=today, header="<p>March 3, 2020</p>"), ARTICLE_URL).published == "2020-03-03"
    own = "<time datetime='2020-03-03'>March 3, 2020</time>"
    assert extract_article(page(before=teaser, header=own), ARTICLE_URL).published == "2020-03-03"
    assert extract_article(page(before=teaser), ARTICLE_URL).published == "2020-02-01"


def test_a_bare_date_tag_gives_way_to_the_articles_time_element():
    saved = '<meta name="dcterms.date" content="2022-01-21T09:43+01:00">'
    time = "<div class='article-meta'><time datetime='2022-01-25T08:00:00+01:00'>25.01.2022</time></div>"
    assert extract_article(page(head=saved, after=time), ARTICLE_URL).published == "2022-01-25T08:00:00+01:00"


@pytest.mark.parametrize("text, expected", [
    ("fredag, 23 oktober, 2015 - 07:30 till 09:15", "2015-10-23T07:30"),
    ("2024-05-03T15:47:42.389Z", "2024-05-03T15:47:42+00:00"),
    ("25. Oktober 2021", "2021-10-25"),
    ("October 25, 2021 at 2:30 pm EDT", "2021-10-25T14:30-04:00"),
    ("Nov. 1, 2020, 10:15 p.m. PT", "2020-11-01T22:15-08:00"),
    ("Posted on March 3, 2020, at 5:03 p.m. ET", "2020-03-03T17:03-05:00"),
    ("3 mars 2020, 10:15 et 11:00", "2020-03-03T10:15"),
    ("Mar 03, 2020, 17:03 ET", "2020-03-03T17:03-05:00"),
    ("Oct. 31, 2020, 10:15 p.m. PT", "2020-10-31T22:15-07:00"),
    ("July 4, 2020 1:00 p.m. HST", "2020-07-04T13:00-10:00"),
    ("12.31.2019", "2019-12-31"),
    ("31 februari 2021", None),
    ("inget datum här", None),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


# --- boilerplate of the partner sites ----------------------------------------------------------------------------

SIGNUP = "Vill du veta mer? Prenumerera på vårt nyhetsbrev."


@pytest.mark.parametrize("chrome, unwanted", [
    (dict(after=f"<div class='newsletter'><p>{SIGNUP}</p></div><div><p>{SIGNUP}</p></div><a href='#top'>Go to Top</a>"),
     [SIGNUP, "Go to Top"]),
    (dict(before="<div class='category'><a href='/kategori/nyheter'>Nyheter</a></div>"), ["Nyheter"]),
    (dict(body=f"<p>{PARAGRAPHS[0]}</p><p>Foto: Anna Svensson</p><p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>"),
     ["Foto: Anna Svensson"]),
    (dict(before="<img src='/logo.png' alt='CF_logo_neg'>"), ["CF_logo_neg"]),
    (dict(before="<div class='breadcrumbs'>Du är här: <a href='/'>Start</a> / <a href='/nyheter'>Nyheter</a></div>"),
     ["Du är här"]),
    (dict(before="<a class='skip' href='#main'>Hoppa till huvudinnehåll</a><a href='#main'>Skip to main content</a>"),
     ["Hoppa till huvudinnehåll", "Skip to main content"]),
    (dict(after="<p><a href='/sv/x'>Swedish version &gt;&gt;</a></p>"), ["Swedish version"]),
    (dict(after="<div class='share'><a href='https://facebook.com/sharer'>Dela på Facebook</a>"
                "<a href='https://linkedin.com/share'>Dela på LinkedIn</a></div>"), ["Dela på"]),
    (dict(before="<div class='contact-person'><h3>Kontakt</h3><p>Anna Svensson, kommunikatör, 08-123 456 78</p></div>"),
     ["Anna Svensson, kommunikatör"]),
    (dict(after="<h2>Relaterade nyheter</h2><ul><li><a href='/a'>Ny forskning om stamceller vid campuset</a></li>"
                "<li><a href='/b'>Nytt labb invigs i Flemingsberg under hösten</a></li></ul>"),
     ["Relaterade nyheter", "Ny forskning om stamceller"]),
    (dict(before="<div id='cookie-notice'><p>Vi använder kakor för att webbplatsen ska fungera så bra som möjligt "
                 "för dig. Genom att fortsätta godkänner du att vi använder kakor.</p><button>OK</button></div>"),
     ["Vi använder kakor"]),
    (dict(after="<div class='feedback'><p>Was this information helpful?</p><button>Yes</button><button>No</button></div>"),
     ["Was this information helpful?"]),
    (dict(body=f"<p>{PARAGRAPHS[0]}</p><p>IMG_4711.jpg</p><p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>"),
     ["IMG_4711.jpg"]),
    (dict(body="".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "<div class='writerBio'><p>Anna Svensson är "
               "vetenskapsreporter och har skrivit om forskningen vid campuset sedan 2019.</p></div>"),
     ["Anna Svensson är vetenskapsreporter"]),
    (dict(body="".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "<p class='postmetadata'>Inlägget publicerades i "
               "<a href='/kategori/forskning'>Forskning</a> och märktes med cellterapi. Bokmärk permalänken.</p>"),
     ["Inlägget publicerades"]),
])
def test_partner_boilerplate_is_not_in_body(chrome, unwanted):
    result = extract_article(page(header="<p>Publicerad 2023-06-13</p>", **chrome), ARTICLE_URL)
    assert result.is_article
    for paragraph in PARAGRAPHS:
        assert paragraph in result.body
    for text in unwanted:
        assert text not in result.body


def test_body_keeps_paragraphs_subheadings_and_list_items():
    body = (f"<p>{PARAGRAPHS[0]}</p><h2>Så fungerar metoden</h2><p>{PARAGRAPHS[1]}</p>"
            "<ul><li>Cellerna odlas i ett slutet system utan djurprodukter.</li>"
            "<li>Hela processen tar ungefär tre veckor från start till färdig produkt.</li></ul>"
            f"<p>{PARAGRAPHS[2]}</p>")
    result = extract_article(page(body=body, header="<p>Publicerad 2023-06-13</p>"), ARTICLE_URL)
    assert result.body.split("\n\n") == [
        PARAGRAPHS[0], "Så fungerar metoden", PARAGRAPHS[1],
        "Cellerna odlas i ett slutet system utan djurprodukter.",
        "Hela processen tar ungefär tre veckor från start till färdig produkt.", PARAGRAPHS[2]]
    assert "<h2>Så fungerar metoden</h2>" in result.body_html
    assert "<li>Cellerna odlas" in result.body_html


def test_standfirst_in_the_article_header_opens_the_body():
    standfirst = "Ett nytt program ska hjälpa små life science-bolag i södra Stockholm att växa snabbare och anställa fler."
    links = "".join(f"<li><a href='/tema/{n}'>Tema nummer {n} med en lång länktext</a></li>" for n in range(12))
    html = (f"<html><head><title>Ny metod | Campus</title></head><body><div class='top'><h1>Ny metod</h1>"
            f"<p>{standfirst}</p><p>Publicerad 2023-06-13</p><ul>{links}</ul></div>"
            f"<div class='text'>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}</div></body></html>")
    assert extract_article(html, ARTICLE_URL).body == "\n\n".join([standfirst, *PARAGRAPHS])


def test_blog_description_under_the_linked_site_name_is_no_standfirst():
    """A blog's name is a linked <h1> on every page, its description under it: neither opens the post."""
    description = "Anteckningar från ett labb i Flemingsberg: om celler, om mätningar och om allt som går fel på vägen."
    html = (f"<html><head><title>Labbloggen: Ny metod</title></head><body><div class='header'><h1><a href='/'>Labbloggen"
            f"</a></h1><p class='description'>{description}</p></div><div class='main'><h2>13 juni 2023</h2>"
            f"<div class='post'><h3 class='post-title'>Ny metod</h3><div class='post-body'>"
            f"{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}</div></div></div></body></html>")
    assert extract_article(html, ARTICLE_URL).body == "\n\n".join(PARAGRAPHS)


def test_standfirst_is_kept_when_a_teaser_headline_follows_the_text():
    """An <h1> after the text (a teaser of the next article) does not make the body container the article header."""
    standfirst = "Ett nytt program ska hjälpa små life science-bolag i södra Stockholm att växa snabbare och anställa fler."
    text = [*PARAGRAPHS, "Studien görs tillsammans med två sjukhus i regionen och ska pågå i minst tre år framåt.",
            "Den som vill veta mer kan besöka labbet under höstens öppna hus, då forskarna visar hur cellerna odlas."]
    links = "".join(f"<li><a href='/tema/{n}'>Tema nummer {n} med en lång länktext</a></li>" for n in range(12))
    html = (f"<html><head><title>Ny metod | Campus</title></head><body><div class='top'><h1>Ny metod</h1>"
            f"<p>{standfirst}</p><ul>{links}</ul></div><div class='text'>"
            f"{''.join(f'<p>{p}</p>' for p in text)}<div class='next'><h1>Nästa artikel: Nytt labb</h1>"
            f"<p>Kort om labbet.</p></div></div></body></html>")
    assert extract_article(html, ARTICLE_URL).body.split("\n\n")[:6] == [standfirst, *text]


def test_figure_captions_scripts_and_forms_are_dropped():
    body = (f"<p>{PARAGRAPHS[0]}</p><figure><img src='a.jpg'><figcaption>Forskarna i labbet. Bild: Per Olsson"
            f"</figcaption></figure><script>var tracking = 1;</script><p>{PARAGRAPHS[1]}</p>"
            f"<form><label>E-post</label><input name='email'><button>Skicka</button></form><p>{PARAGRAPHS[2]}</p>")
    result = extract_article(page(body=body, header="<p>2023-06-13</p>"), ARTICLE_URL)
    assert result.body == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize("closing", [
    "<figure><img src='fest.jpg'><figcaption>Styrelsen och kungaparet bjuder in till festen.</figcaption></figure>",
    "<div class='gallery'><div class='box'><figure><div class='img'><img src='fest.jpg'></div><a href='fest.jpg'></a>"
    "<figcaption><p>Styrelsen och kungaparet bjuder in till festen.</p></figcaption></figure></div></div>",
    # A lazy-loading picture: a blurred placeholder painted as a background, the real <img> in a <noscript>.
    "<figure><div style='background-image:url(data:image/jpeg;base64,AAAA);position:relative'><svg></svg>"
    "<noscript><img src='fest.jpg'></noscript></div><figcaption>Styrelsen och kungaparet bjuder in till festen."
    "</figcaption></figure>",
])
def test_a_post_ending_on_a_captioned_picture_keeps_the_caption_as_its_last_line(closing):
    """A writer who ends the post on a picture (the poster of the event it announces) ends it on the caption, as the
    site's own body element and feed have it; in a gallery's wrappers too. A picture amid the paragraphs is the
    page's illustration (see the test above)."""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + closing
    result = extract_article(page(body=body, header="<p>2023-06-13</p>"), ARTICLE_URL)
    assert result.body.split("\n\n") == [*PARAGRAPHS, "Styrelsen och kungaparet bjuder in till festen."]


@pytest.mark.parametrize("box", [
    "<div class='box'><h3>Missa inget från campus</h3><p>Veckans nyheter i din inkorg varje fredag, helt gratis.</p>"
    "<form action='/lista'><input type='email' name='adress'><button>Skicka</button></form></div>",
    "<div class='col'><div><h4>Sök på webbplatsen</h4><p>Hitta äldre nyheter och evenemang i vårt arkiv.</p>"
    "<form><input name='q'></form></div></div>",
])
def test_box_around_a_form_asking_for_an_address_is_dropped(box):
    """A sign-up or search box is a form with its heading and pitch, whatever the site calls it."""
    for html in (page(header="<p>Publicerad 2023-06-13</p>", after=box),
                 page(header="<p>Publicerad 2023-06-13</p>", body="".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])
                      + box + f"<p>{PARAGRAPHS[2]}</p>")):
        assert extract_article(html, ARTICLE_URL).body == "\n\n".join(PARAGRAPHS)


def test_text_around_a_form_in_the_article_stays():
    """A form set in the article's own text (a registration for the event it announces) takes no paragraph with it."""
    body = (f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p><p>Anmäl dig senast den 1 juni.</p>"
            f"<form><input type='text' name='namn'><button>Anmäl</button></form><p>{PARAGRAPHS[2]}</p>")
    result = extract_article(page(header="<p>Publicerad 2023-06-13</p>", body=body), ARTICLE_URL)
    assert result.body == "\n\n".join([PARAGRAPHS[0], PARAGRAPHS[1], "Anmäl dig senast den 1 juni.", PARAGRAPHS[2]])


@pytest.mark.parametrize("caption", [
    "Forskarna Anna och Per i det nya labbet på campuset (Foto: Per Olsson/Campus)",
    "Cellerna växer i ett slutet system utan djurprodukter. Bild: Anna Berg",
    "Researchers in the new laboratory on campus during the opening week (Picture: Campus Press)",
])
def test_caption_set_as_a_paragraph_ending_on_its_credit_is_dropped(caption):
    body = f"<p>{PARAGRAPHS[0]}</p><div class='pic'><img src='a.jpg'><p>{caption}</p></div><p>{PARAGRAPHS[1]}</p>" \
           f"<p>{PARAGRAPHS[2]}</p>"
    result = extract_article(page(header="<p>Publicerad 2023-06-13</p>", body=body), ARTICLE_URL)
    assert result.body == "\n\n".join(PARAGRAPHS)


def test_sentence_naming_a_picture_stays():
    """A sentence of the text that speaks of a photo ends like a sentence, not on a credit."""
    sentence = "Så här beskriver hon bilden: en tidig morgon i labbet, innan studenterna kommit."
    body = f"<p>{PARAGRAPHS[0]}</p><p>{sentence}</p><p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>"
    result = extract_article(page(header="<p>Publicerad 2023-06-13</p>", body=body), ARTICLE_URL)
    assert sentence in result.body


def test_page_wrapped_in_a_form_keeps_its_article():
    """ASP.NET sites (Episerver) put the whole page inside one <form>."""
    html = page(header="<p>Publicerad 2023-06-13</p>").replace("<body>", "<body><form id='aspnetForm' method='post'>")
    html = html.replace("</body>", "</form></body>")
    assert extract_article(html, ARTICLE_URL).body == "\n\n".join(PARAGRAPHS)


def test_article_split_by_an_ad_keeps_both_parts():
    body = (f"<div class='article-body sidebar-layout'><p>{PARAGRAPHS[0]}</p></div><div class='ad-slot'>Annons</div>"
            f"<div class='article-body sidebar-layout'><p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p></div>")
    result = extract_article(page(body=body, header="<p>Publicerad 2023-06-13</p>"), ARTICLE_URL)
    assert result.body == "\n\n".join(PARAGRAPHS)


def test_article_split_by_a_heavy_link_strip_keeps_both_parts():
    """A strip of links between two parts of the text outweighs the second part in their common parent: the part
    sharing the first one's tag and class is still the article."""
    strip = "".join(f"<li><a href='/nyheter/{n}'>Fler nyheter från campus, del {n}</a></li>" for n in range(12))
    body = (f"<div class='stycke'><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></div><div class='lista'><ul>{strip}</ul>"
            f"</div><div class='stycke'><p>{PARAGRAPHS[2]}</p></div>")
    result = extract_article(page(body=body, header="<p>Publicerad 2023-06-13</p>"), ARTICLE_URL)
    assert result.body == "\n\n".join(PARAGRAPHS)


def test_boilerplate_memory_drops_blocks_repeated_across_a_source():
    contact = "Kontakt: Anna Svensson, presschef vid Campus Flemingsberg, telefon 08-123 456 78"
    memory = BoilerplateMemory()
    bodies = []
    for number in range(4):
        body = f"<p>Artikel nummer {number} handlar om något helt eget och har en egen lång text.</p>" + \
               "".join(f"<p>{p} ({number})</p>" for p in PARAGRAPHS) + f"<p>{contact}</p>"
        url = f"https://campus.example/sv/2023/06/1{number}/artikel-{number}/"
        bodies.append(extract_article(page(body=body), url, boilerplate=memory).body)
    assert contact in bodies[0] and contact in bodies[1]
    assert contact not in bodies[3]
    assert "Artikel nummer 3" in bodies[3]


def test_boilerplate_memory_rules():
    memory = BoilerplateMemory(min_other_pages=2, max_chars=100)
    shared, long_shared = "Prenumerera på vårt nyhetsbrev.", "Lång gemensam text. " * 10
    for _ in range(3):
        memory.observe("a", [shared, long_shared])
    assert not memory.is_boilerplate("c", shared), "one page seen three times is one page"
    memory.observe("b", [shared, long_shared])
    assert memory.is_boilerplate("c", shared), "seen on two other pages: three pages with this one"
    assert not memory.is_boilerplate("b", shared), "only one page besides this one"
    assert not memory.is_boilerplate("d", long_shared), "long shared paragraphs are cross-posts, not boilerplate"
    assert memory.clean("e", ["Egen text", shared]) == ["Egen text"]


def test_closing_link_lines_stay_at_the_end_of_the_body():
    closing = [
        "<p>Läs hela artikeln här: <a href='https://tidning.example/nyheter/12345'>https://tidning.example/nyheter/12345</a></p>",
        "<h5><a href='https://tidning.example/2020/02/28/artikel/'>Klicka här för att läsa artikeln</a></h5>",
        "<p><a href='/files/2018/09/medlemsbrev-september.pdf'>Septembers medlemsbrev från föreningen</a></p>",
        "<p><a href='https://radio.example/play/2227195'>https://radio.example/play/2227195</a></p>",
    ]
    for line in closing:
        result = extract_article(page(body="".join(f"<p>{p}</p>" for p in PARAGRAPHS) + line,
                                      header="<p>Publicerad 2023-06-13</p>"), ARTICLE_URL)
        assert result.body.startswith(PARAGRAPHS[0])
        assert result.body.split("\n\n")[-1] not in PARAGRAPHS, line


def test_linked_headlines_closing_the_text_are_teasers():
    """Three or more linked headlines after the text are a list of other stories, even on the site's other hosts."""
    teasers = "".join(f"<h2><a href='https://{host}.campus.example/nyheter/{n}'>{headline}</a></h2>" for n, (host, headline)
                      in enumerate([("forskning", "Nytt labb invigt i Flemingsberg"), ("nyheter", "Rekordmånga sökande till kurserna"),
                                    ("student", "Så blir höstens öppna hus")]))
    result = extract_article(page(body="".join(f"<p>{p}</p>" for p in PARAGRAPHS) + teasers,
                                  header="<p>Publicerad 2023-06-13</p>"), ARTICLE_URL)
    assert result.body == "\n\n".join(PARAGRAPHS)


def test_link_lines_amid_the_text_are_still_teasers():
    teaser = "<p><a href='https://annan.example/nyhet'>Läs också: Nytt labb invigt i Flemingsberg</a></p>"
    body = f"<p>{PARAGRAPHS[0]}</p>{teaser}<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>"
    result = extract_article(page(body=body, header="<p>Publicerad 2023-06-13</p>"), ARTICLE_URL)
    assert result.body == "\n\n".join(PARAGRAPHS)


def test_a_list_of_links_to_other_sites_between_paragraphs_is_the_texts_and_one_of_the_sites_pages_is_not():
    def items(*hrefs):
        return "<ul>" + "".join(f"<li><a href='{href}'>Programmet {n} på campus</a></li>" for n, href in enumerate(hrefs)) + "</ul>"
    elsewhere = items("https://utbildning.example/a", "https://utbildning.example/b", "https://antagning.example/")
    related = items("/sv/nyheter/ett/", "/sv/nyheter/tva/", "https://campus.example/sv/nyheter/tre/")
    for listed, kept in ((elsewhere, True), (related, False)):
        body = f"<p>{PARAGRAPHS[0]}</p>{listed}<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>"
        result = extract_article(page(body=body, header="<p>Publicerad 2023-06-13</p>"), ARTICLE_URL)
        assert ("Programmet 0 på campus" in result.body) is kept
        assert all(paragraph in result.body for paragraph in PARAGRAPHS)


def test_a_post_whose_sentences_link_most_of_their_words_outweighs_a_cookie_notice_above_its_headline():
    """A municipality's list of summer activities names its organisers in links: the post, not the notice."""
    cookie = ("Vi använder kakor för att webbplatsen ska fungera och för att förbättra den. Du väljer själv om du "
              "godkänner statistikkakor.")
    linked = ("Aktiviteterna ordnas av <a href='https://fritid.example/'>fritidsgårdarna</a>, <a href='https://bibliotek"
              ".example/'>biblioteken</a>, <a href='https://segel.example/'>Södervik Segelsällskap</a> och <a href='https"
              "://kultur.example/'>kulturskolan</a>. Anmälan öppnar den 10 juni i <a href='https://boka.example/'>"
              "bokningssystemet</a>.")
    links = "".join(f"<li><a href='https://fritid.example/{n}'>Aktivitet nummer {n}</a>, vecka 2{n}</li>" for n in range(5))
    html = f"""<html><head><title>Sommarlov</title></head><body><div class="banner"><p>{cookie}</p></div>
<div class="layout"><div class="portlet"><h1>Sommarlov</h1></div><div class="portlet"><p>24-06-03</p></div>
<div class="portlet"><p>Under sommarlovet kan barn och unga prova på allt från segling till serieteckning.</p></div>
<div class="portlet"><p>{linked}</p><ul>{links}</ul>
<p>Frågor besvaras av <a href="/kontakt/">fritidsenheten</a>. Läs också om <a href="https://fritid.example/bad">
kommunens badplatser</a> och <a href="https://fritid.example/lek">lekplatser</a>.</p></div></div></body></html>"""
    result = extract_article(html, "https://kommun.example/nyheter/kultur/2024/sommarlov/")
    assert cookie not in result.body
    assert result.body.startswith("Under sommarlovet") and "Aktivitet nummer 4, vecka 24" in result.body
    assert result.body.endswith("lekplatser.")


def test_a_post_that_is_only_a_link_to_its_document_keeps_it():
    body = "<p><a href='/files/2018/09/medlemsbrev-september.pdf'>Septembers medlemsbrev från föreningen</a></p>"
    html = page(body=body, before="<p class='notice'>Det här är vår arkiverade webbplats. Gå till den nya webbplatsen "
                                  "på <a href='https://ny.example'>ny.example</a> för aktuella nyheter.</p>")
    result = extract_article(html, "https://campus.example/2018/09/04/hosten-borjar/")
    assert (result.body, result.page_type) == ("Septembers medlemsbrev från föreningen", "article")


BLOG_URL = "https://visor.example/2014/04/10/skivslapp/"


def blog_post(post: str, title: str = "Vinylerna ger ut en skiva") -> str:
    """An old blog theme's post page: a site notice above, the post in an hAtom "hentry" wrapper whose headline
    links to the post's shortlink, and an empty comments section below."""
    return f"""<html lang="en-US"><head><title>{title} | Visföreningen</title></head><body><div id="canvas">
<div id="header"><div id="site-description">OBS: Det här är vår arkiverade hemsida som inte längre uppdateras.
Gå till vår nya hemsida på <a href="https://ny.example">ny.example</a></div></div>
<div id="primaryContent"><div id="post-303" class="post-303 post type-post hentry postWrapper">
<h1 class="postTitle"><a href="https://visor.example/index.html?p=303" rel="bookmark">{title}</a></h1>
<p class="date"><small>10.04.2014 by redaktionen</small></p><div class="post">{post}</div></div>
<h2 id="comments">No Comments</h2><p>No comments yet.</p></div></div></body></html>"""


def test_a_blog_post_is_its_hentry_wrapper_and_keeps_its_closing_address_line():
    post = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + \
        "<p>Länk till evenemanget: <b><a href='https://event.example/fdg'>https://event.example/fdg</a></b></p>"
    result = extract_article(blog_post(post), BLOG_URL)
    assert result.body.split("\n\n") == [*PARAGRAPHS, "Länk till evenemanget: https://event.example/fdg"]


def test_a_short_post_under_a_site_notice_is_its_hentry_without_the_comment_section():
    post = "<p>Vår sekreterare har skrivit om skivan i sin blogg. <a href='https://blogg.example/skivan'>Här</a> är texten.</p>"
    result = extract_article(blog_post(post), BLOG_URL)
    assert result.body == "Vår sekreterare har skrivit om skivan i sin blogg. Här är texten."


def wp_caption(text: str, picture: str = "/files/2014/04/konsert.jpg") -> str:
    return (f"<div id='attachment_12' class='wp-caption alignleft' style='width: 285px'><a href='{picture}'>"
            f"<img src='{picture}' alt='{text}' width='275' height='183'></a><p class='wp-caption-text'>{text}</p></div>")


def embed_post(entry: str) -> str:
    """An old WordPress theme's post: headline, the post wrapper with its author line, the entry and the
    "postmetadata" box of categories and feed notes below it."""
    return f"""<html lang="sv"><head><title>Berättelsen om skivan &raquo; Visföreningen</title></head><body>
<div id="content"><h1 class="content-title">Berättelsen om skivan</h1>
<article class="post-12 post type-post hentry"><p class="post-author">10 april 2014 av <a href="/author/lena/"
rel="author">Lena Ek</a></p><div class="entry">{entry}<div class="clear"></div></div>
<div class="postmetadata alt">Publicerat 10 april 2014 kl 19:05 i <a href="/category/skivor/" rel="category tag">Skivor</a>.
<div><div>Du kan följa svaren på inlägget via <a href="/2014/04/berattelsen/feed/">RSS 2.0</a>-flödet.
<div>Både kommentarer och pingbacks är stängda.</div></div></div></div></article></div>
<div class="navigation"><a href="/2014/04/annat/" rel="prev">Ett annat inlägg</a></div></body></html>"""


def test_a_post_of_one_embed_fallback_line_is_that_line_never_its_metadata_box():
    """The script of an embedded story service is gone; its <noscript> line linking to the story is the post."""
    entry = ("<p><script src='https://stories.example/lena/skivan.js'></script><noscript>[<a "
             "href='https://stories.example/lena/skivan'>Läs berättelsen “Skivan” på Stories</a>]</noscript></p>")
    result = extract_article(embed_post(entry), "https://visor.example/2014/04/berattelsen/")
    assert (result.body, result.page_type) == ("[Läs berättelsen “Skivan” på Stories]", "article")
    plain = entry.replace("<noscript>", "").replace("</noscript>", "")
    assert extract_article(embed_post(plain), "https://visor.example/2014/04/berattelsen/").body \
        == "[Läs berättelsen “Skivan” på Stories]"


def test_a_noscript_notice_outside_a_paragraph_is_no_text():
    entry = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + (
        "<div id='thread'><noscript>Please enable JavaScript to view the <a href='https://talk.example/'>comments "
        "powered by Talk.</a></noscript></div><p><img src='/a.jpg' class='lazy'><noscript><img src='/a.jpg'></noscript></p>"
        "<p><noscript>Get the &lt;a href='https://widgets.example/'&gt;Scores&lt;/a&gt; widget!</noscript></p>")
    assert extract_article(embed_post(entry), "https://visor.example/2014/04/berattelsen/").body \
        == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize("opening", [
    "<blockquote><p><strong>”Metoden gav oss tid för varje patient.”</strong></p></blockquote>",
    "<p><a href='/2014/01/forra-studien/'>Förra årets studie</a> visade vägen för den nya metoden på campus.</p>",
    "<p><strong>Texten följer upp <a href='/2014/01/forra-studien/'>Ny metod för cellterapi: de första "
    "patienterna efter ett år</a>.</strong></p>",
])
def test_a_post_opening_with_a_pull_quote_or_a_linked_line_keeps_it_above_its_first_h1_heading(opening):
    """Under the theme's own headline, an <h1> in the entry content is the writer's section heading: the text above
    it, however short, is the post's opening, not a kicker."""
    post = opening + "<h1>Så gick det till</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    first = lxml.html.fromstring(opening).text_content()
    html = embed_post(post)
    # the <h1> heads the section it opens, as an <h2> would (tests/test_extraction_h1_section_headings.py)
    assert extract_article(html, "https://visor.example/2014/04/berattelsen/").body.split("\n\n")[:3] \
        == [first, "Så gick det till", PARAGRAPHS[0]]


def test_captions_of_pictures_set_among_the_paragraphs_are_the_posts_text_but_a_bare_credit_is_not():
    post = (wp_caption("Kören på scenen 9.4.2014 foto Lena Ek") + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
            + wp_caption("Foto: Lena Ek") + wp_caption("Publiken 9.4.2014"))
    result = extract_article(blog_post(post), BLOG_URL)
    assert result.body.split("\n\n") == ["Kören på scenen 9.4.2014 foto Lena Ek", *PARAGRAPHS, "Publiken 9.4.2014"]


def test_a_placeholder_anchor_without_href_is_no_link():
    closing = ("<p><a>Projects in strategic programmes are funded by</a> <a href='https://council.example/'>the "
               "research council</a>, which works under the academy</p>")
    result = extract_article(page(body="".join(f"<p>{p}</p>" for p in PARAGRAPHS) + closing,
                                  header="<p>Publicerad 2024-03-06</p>"), ARTICLE_URL)
    assert result.body.split("\n\n")[-1] == ("Projects in strategic programmes are funded by the research council, "
                                              "which works under the academy")


def test_a_part_split_off_at_two_line_breaks_keeps_none_of_the_other_parts_links():
    # Page builders set whole posts in one heading: the link closes the first part, not the event details.
    heading = ("<h2>Vår forskare deltar i debatten om maskininlärning och fysik på akademien. <a "
               "href='https://akademi.example/debatt'>https://akademi.example/debatt</a><br><br><strong>Tid:</strong> "
               "24.10. 17.00–18.30 <strong>Plats:</strong> Stora salen i akademiens hus vid torget<br><br>"
               "Välkommen att lyssna på forskare som berättar om höstens pris och om vad det betyder för fältet.</h2>")
    result = extract_article(page(body=heading + "".join(f"<p>{p}</p>" for p in PARAGRAPHS),
                                  header="<p>Publicerad 2024-10-01</p>"), ARTICLE_URL)
    assert "Tid: 24.10. 17.00–18.30 Plats: Stora salen i akademiens hus vid torget" in result.body.split("\n\n")


def test_a_heading_that_cites_its_sources_address_opens_a_quoted_text():
    source = "https://konferens.example/2024/05/27/ai-och-hogre-utbildning-en-panel-om-undervisning-och-larande/"
    opening = f"Vår projektledare deltog i panelen om AI i högre utbildning 6.3.2024. Läs originalet här: <a href='{source}'>{source}</a>"
    quoted = "<br><br>".join(PARAGRAPHS)
    result = extract_article(page(body=f"<h2>{opening}</h2><blockquote><p>{quoted}</p></blockquote>",
                                  header="<p>Publicerad 2024-05-28</p>"), ARTICLE_URL)
    assert result.body.split("\n\n") == [f"Vår projektledare deltog i panelen om AI i högre utbildning 6.3.2024. "
                                          f"Läs originalet här: {source}", *PARAGRAPHS]


def test_text_linked_to_its_picture_is_the_posts_text():
    opening = ("Nordisk visafton på föreningshuset den 7 mars 2014, med ett tiotal artister från hela Norden och "
               "stråkar under kapellmästarens ledning.")
    post = (f"<p><a href='/files/2014/03/visafton-18.jpg'>{opening}</a></p>"
            "<p><a href='/files/2014/03/visafton-18.jpg'><img src='/files/2014/03/visafton-18.jpg' alt=''></a></p>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])
            + "<p><a href='https://video.example/x1'>Artisterna på scen 7.3.2014</a></p>")
    result = extract_article(blog_post(post, title="Visafton den 7 mars 2014"), "https://visor.example/2014/04/10/visafton/")
    assert result.body.split("\n\n") == [opening, *PARAGRAPHS[:2], "Artisterna på scen 7.3.2014"]


def test_closing_links_to_two_documents_stay():
    closing = ("<p><a href='/files/program.pdf'>Vinterkurs 2012 PROGRAM<br></a><a href='/files/affisch.pdf'>"
               "Jubileumskonsert 10.3.2012 AFFISCH</a><a href='/files/program.pdf'><br></a></p>")
    result = extract_article(blog_post("".join(f"<p>{p}</p>" for p in PARAGRAPHS) + closing), BLOG_URL)
    assert result.body.split("\n\n")[-1] == "Vinterkurs 2012 PROGRAM Jubileumskonsert 10.3.2012 AFFISCH"


def test_an_opening_line_naming_another_day_is_text_and_the_byline_date_is_not():
    post = "<p>SKIVSLÄPPSKONSERT I HELSINGFORS den 26 april 2014</p>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    result = extract_article(blog_post(post), BLOG_URL)
    assert result.body.split("\n\n") == ["SKIVSLÄPPSKONSERT I HELSINGFORS den 26 april 2014", *PARAGRAPHS]



def test_a_press_releases_dateline_opens_its_text_and_a_date_stamp_does_not():
    # Reversed on purpose: this line was once asserted to be dropped as a byline. A place and the day, set as the
    # first paragraph of the release's own text, is the release's dateline, and the release's feed keeps it; the date
    # stays the post's byline date.
    dateline = "<p>Stockholm, 10 april 2014</p>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    result = extract_article(blog_post(dateline), BLOG_URL)
    assert result.body.split("\n\n") == ["Stockholm, 10 april 2014", *PARAGRAPHS]
    assert result.published == "2014-04-10"
    stamp = "<p>Torsdag, 10 april 2014</p>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    assert extract_article(blog_post(stamp), BLOG_URL).body.split("\n\n") == PARAGRAPHS
    opening = f"<p>STOCKHOLM, 3 april 2014 – {PARAGRAPHS[0]}</p>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])
    result = extract_article(blog_post(opening), BLOG_URL)
    assert result.body.startswith("STOCKHOLM, 3 april 2014 – ") and result.published == "2014-04-10"


def test_an_author_line_linking_the_writers_pages_opens_the_posts_text():
    line = ("<p>Authors: <a href='/authors/anna-berg/'>Anna Berg</a>, <a href='/authors/per-holm/'>Per Holm</a></p>")
    result = extract_article(blog_post(line + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)), BLOG_URL)
    assert result.body.split("\n\n") == ["Authors: Anna Berg, Per Holm", *PARAGRAPHS]
    # In the article's header, outside the text's own element, the same line is a byline.
    header = page(header=line.replace("<p>", "<p class='meta'>"), body="".join(f"<p>{p}</p>" for p in PARAGRAPHS))
    assert extract_article(header, ARTICLE_URL).body.split("\n\n") == PARAGRAPHS


def test_a_subheading_in_capitals_first_in_the_text_opens_it():
    body = "<h2>Nya Metoder Och Planer</h2>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    result = extract_article(page(body=body, header="<p>Publicerad 2023-06-13</p>"), ARTICLE_URL)
    assert result.body.split("\n\n") == ["Nya Metoder Och Planer", *PARAGRAPHS]


@pytest.mark.parametrize("heading, opens", [
    # Fails before: under a header of headline, subtitle and date line, a subheading first in the text went as a
    # kicker, though its id is the anchor a Markdown generator makes of its words.
    ("<h2 id='financing-the-teaching'>Financing the teaching</h2>", True),
    ("<h3><a id='financing-the-teaching' href='#financing-the-teaching'>Financing the teaching</a></h3>", True),
    # Fails before: naming a day in a word or two besides, it was taken for a date line over the text.
    ("<h3 id='teaching-day-1162024'>Teaching day - 11.6.2024</h3>", True),
    # A kicker carries no anchor, or one naming something else.
    ("<h2>Financing the teaching</h2>", False),
    ("<h2 id='kicker'>Financing the teaching</h2>", False),
])
def test_a_subheading_with_its_markdown_anchor_first_in_the_text_opens_it(heading, opens):
    title = "Planning the years ahead of the teaching network"
    texts = ["The network funds two half-time posts and the travel of its teachers, and partners give their time.",
             "We met in the north in February to plan how the work can go on when the present funding ends."]
    header = (f"<h1 class='article-title'><a href=''>{title}</a></h1><p class='article-meta'><h2>How the network "
              "can go on</h2> June 17, 2024 - Anna Berg</p><hr>")
    html = (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title} - Network</title></head><body>"
            "<nav><a href='/'>Home</a><a href='/blog/'>Blog</a></nav><article>" + header + heading
            + "".join(f"<p>{t}</p>" for t in texts) + "</article><footer><p>Network, a project</p></footer></body></html>")
    result = extract_article(html, "https://network.example/blog/2024/06/17/planning/")
    assert result.body.split("\n\n") == ([lxml.html.fromstring(heading).text_content()] if opens else []) + texts


@pytest.mark.parametrize("heading, text", [
    # The slug drops the apostrophe and the point inside words, and numbers a repeated heading.
    ("<h2 id='whats-new-in-contact-20'>What's new in contact 2.0</h2>", "What's new in contact 2.0"),
    ("<h2 id='contact-tracing-1'>Contact tracing</h2>", "Contact tracing"),
    # The id on an anchor or a span inside the heading, its words linked to it.
    ("<h2><a id='related-work-on-cells' href='#related-work-on-cells'>Related work on cells</a></h2>",
     "Related work on cells"),
    ("<h2><span id='share-of-patients'>Share of patients</span></h2>", "Share of patients"),
    ("<h2 id='cells-in-the-clinic'><a href='#cells-in-the-clinic'>Cells in the clinic</a></h2>", "Cells in the clinic"),
])
def test_a_heading_with_a_permalink_to_itself_is_text(heading, text):
    body = f"<p>{PARAGRAPHS[0]}</p>{heading}" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])
    result = extract_article(page(body=body, header="<p>Publicerad 2023-06-13</p>"), ARTICLE_URL)
    assert result.body.split("\n\n") == [PARAGRAPHS[0], text, *PARAGRAPHS[1:]]


def test_a_heading_whose_markdown_anchor_says_contact_is_still_text():
    closing = ("<h6 id='for-kontakt-med-forskarna-besok-garna-projektets-webbplats-har'>För kontakt med forskarna, besök "
               "gärna projektets webbplats <a href='https://projekt.example/'>här</a></h6>")
    result = extract_article(page(body="".join(f"<p>{p}</p>" for p in PARAGRAPHS) + closing,
                                  header="<p>Publicerad 2023-06-13</p>"), ARTICLE_URL)
    assert result.body.split("\n\n")[-1] == "För kontakt med forskarna, besök gärna projektets webbplats här"


def test_a_sentence_that_shows_its_sources_address_opens_the_text():
    source = "https://konferens.example/2024/05/27/ai-och-hogre-utbildning-en-panel-om-undervisning-och-larande/"
    opening = (f"<p>Vår projektledare prof. Anna Berg deltog i panelen om AI i högre utbildning 6.3.2024. "
               f"Läs originalnyheten här: <a href='{source}'>{source}</a></p>")
    result = extract_article(page(body=opening + "".join(f"<p>{p}</p>" for p in PARAGRAPHS),
                                  header="<p>Publicerad 2024-03-06</p>"), ARTICLE_URL)
    assert result.body.startswith("Vår projektledare prof. Anna Berg deltog")


def test_a_programme_table_keeps_its_short_last_row():
    table = ("<figure class='wp-block-table'><table><tr><td>10:00</td><td>Välkommen och presentation av projektet "
             "och dagens program för alla deltagare</td></tr><tr><td>16:45</td><td>Avslutning: Anna Berg</td></tr>"
             "</table></figure>")
    result = extract_article(page(body="".join(f"<p>{p}</p>" for p in PARAGRAPHS) + table,
                                  header="<p>Publicerad 2023-06-13</p>"), ARTICLE_URL)
    assert result.body.split("\n\n")[-1] == "Avslutning: Anna Berg"


@pytest.mark.parametrize("opening", ["Liebe Spender:innen,", "Nu har familjedaghemmet startat i Eskilstuna!",
                                     "Vad gör metoden?"])
def test_a_heading_that_opens_the_text_like_a_sentence_stays(opening):
    body = f"<h3>{opening}</h3>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    result = extract_article(page(body=body, header="<p>Publicerad 2023-06-13</p>"), ARTICLE_URL)
    assert result.body.split("\n\n") == [opening, *PARAGRAPHS]


def test_sentences_set_as_headings_open_and_close_the_text():
    opening = ("<h2>Radion intervjuade professorn den 29.1.2025. Lyssna på intervjun här: "
               "<a href='https://radio.example/1-72883304'>https://radio.example/1-72883304</a></h2>")
    closing = "<h3>Välkommen till vår monter på mässan!</h3><h3>Relaterat</h3>"
    body = opening + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + closing
    result = extract_article(page(body=body, header="<p>Publicerad 2023-06-13</p>"), ARTICLE_URL)
    assert result.body.split("\n\n") == [
        "Radion intervjuade professorn den 29.1.2025. Lyssna på intervjun här: https://radio.example/1-72883304",
        *PARAGRAPHS, "Välkommen till vår monter på mässan!"]


def test_short_post_keeps_its_short_closing_line():
    body = (f"<div class='post-content'><p>{PARAGRAPHS[0]}</p><p>Ha en trevlig helg!</p>"
            "<p><a href='/bilder/helg.jpg'><img src='/bilder/helg.jpg' alt=''></a></p></div>")
    result = extract_article(page(body=body), "https://campus.example/posts/2022/02/25/kontoret/")
    assert result.body.split("\n\n") == [PARAGRAPHS[0], "Ha en trevlig helg!"]


def test_a_table_set_in_a_figure_and_a_closing_link_heading_stay():
    table = ("<figure class='wp-block-table'><table><tr><td>09:00</td><td>Öppning: Anna Svensson</td></tr>"
             "<tr><td>15:30</td><td>Avslutning: Per Olsson</td></tr></table></figure>")
    closing = "<h2>Programmet finns här: <a href='https://konferens.example/program'>konferens.example</a></h2>"
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + table + closing
    result = extract_article(page(body=body, header="<p>Publicerad 2023-06-13</p>"), ARTICLE_URL)
    assert "Avslutning: Per Olsson" in result.body
    assert result.body.endswith("Programmet finns här: konferens.example")


def test_text_set_in_heading_type_is_prose():
    body = "".join(f"<h2 class='kb-adv-heading'>{p}</h2>" for p in PARAGRAPHS)
    result = extract_article(page(body=body, header="<p>Publicerad 2023-06-13</p>"), ARTICLE_URL)
    assert result.body == "\n\n".join(PARAGRAPHS)


def test_first_line_before_a_line_break_stays():
    body = f"<div class='entry'>Kära medlemmar,<br>{PARAGRAPHS[0]}<br><br>{PARAGRAPHS[1]}<br><br>{PARAGRAPHS[2]}</div>"
    result = extract_article(page(body=body, header="<p>Publicerad 2023-06-13</p>"), ARTICLE_URL)
    assert result.body.startswith("Kära medlemmar, " + PARAGRAPHS[0])
    assert result.body.endswith(PARAGRAPHS[2])


def test_blog_post_set_as_text_and_line_breaks_in_a_widget_is_kept():
    post = "<br><br>".join(PARAGRAPHS)
    archive = "".join(f"<li><a href='/2023/0{n}/'>Arkiv för månad nummer {n}</a></li>" for n in range(1, 9))
    html = page(body=f"<div class='widget Blog'><div class='post'><div class='post-body'>{post}</div></div></div>"
                     f"<div class='widget Archive'><ul>{archive}</ul></div>", header="<p>Publicerad 2023-06-13</p>")
    assert extract_article(html, ARTICLE_URL).body == "\n\n".join(PARAGRAPHS)


def test_short_dated_post_is_an_article():
    text = "Här kan du se hela vår konsert på Visans dag, inspelad i Helsingfors."
    result = extract_article(page(body=f"<p>{text}</p>"), "https://campus.example/2021/03/12/konsert/")
    assert (result.page_type, result.body) == ("article", text)
    assert extract_article(page(body=f"<p>{text}</p>"), "https://campus.example/konsert/").page_type == "empty"


def test_a_stray_body_end_does_not_hide_the_page():
    html = page(header="<p>Publicerad 2023-06-13</p>").replace("<body>", "<body></body><body class='real'>", 1)
    assert extract_article(html, ARTICLE_URL).body == "\n\n".join(PARAGRAPHS)


# --- metadata ----------------------------------------------------------------------------------------------------

def test_title_loses_site_name_suffix():
    for separator in (" | ", " - ", " – "):
        html = page().replace("<title>Ny metod för cellterapi | Campus</title>",
                              f"<title>Ny metod för cellterapi{separator}Campus Flemingsberg</title>")
        html = html.replace("<h1>Ny metod för cellterapi</h1>", "")
        assert extract_article(html, ARTICLE_URL).title == "Ny metod för cellterapi"


@pytest.mark.parametrize("headline", ["Feverish", "Klockan", "12 mars 2021", "2021-03-12"])
def test_short_or_date_headline_is_the_title_not_the_site_name(headline):
    head = '<meta property="og:site_name" content="Datenspende Projekt | News &amp; Analysen">'
    html = page(head=head, title=headline).replace(f"<title>{headline} | Campus</title>",
                                                   f"<title>{headline} | Datenspende Projekt | News &amp; Analysen</title>")
    html = html.replace("<main>", "<main><div class='search-modal'><h1>Search</h1></div>")
    assert extract_article(html, ARTICLE_URL).title == headline
    without_h1 = html.replace(f"<h1>{headline}</h1>", "")
    assert extract_article(without_h1, ARTICLE_URL).title == headline


def test_title_cut_short_by_the_site_names_its_headline():
    headline = "Fremtidens innkjøpsfunksjon – hvor er vi på vei?"
    html = page(title=headline).replace(f"<title>{headline} | Campus</title>",
                                        "<title>Ignite Procurement - Fremtidens innkjøpsfunksjon – hvor er vi på …</title>")
    assert extract_article(html, ARTICLE_URL).title == headline


@pytest.mark.parametrize("home_link", ['<a href="https://campus.example/" rel="home">',
                                       '<a href="/" title="Start">', '<a href="/sv/" rel="home">',
                                       '<a href="../../../index.html">'])
@pytest.mark.parametrize("headline", ["Ny metod för cellterapi", "Ny metod – cellterapi på campus"])
def test_header_heading_linking_home_is_the_site_name_not_the_headline(home_link, headline):
    """Themes print the site's name as an <h1> wrapped in a link home above the post's own <h1>; <title> holds both,
    and a site name longer than the headline (or a headline with a dash) made the name look like the headline."""
    site = "Framtidens forskning vid campus"
    html = page(title=headline).replace(f"<title>{headline} | Campus</title>", f"<title>{headline} | {site}</title>")
    html = html.replace('<header class="site-header">',
                        f'<header class="site-header"><h1 id="site-title"><span>{home_link}{site}</a></span></h1>')
    result = extract_article(html, ARTICLE_URL)
    assert result.title == headline
    without_post_h1 = html.replace(f"<h1>{headline}</h1>", "")
    assert extract_article(without_post_h1, ARTICLE_URL).title == headline


def test_a_headline_linking_to_the_page_itself_stays_the_title():
    html = page().replace("<h1>Ny metod för cellterapi</h1>",
                          f'<h1><a href="{ARTICLE_URL}" rel="bookmark">Ny metod för cellterapi</a></h1>')
    assert extract_article(html, ARTICLE_URL).title == "Ny metod för cellterapi"


def test_posts_whose_theme_also_names_the_site_root_as_canonical_keep_their_own_addresses():
    """A theme printing its own canonical (the site root, `../../`) before the CMS's names two pages; search engines
    then ignore both. Taking the first would archive every post of the site under the home page, one over the other."""
    urls = []
    for slug in ("ny-metod", "nytt-labb"):
        url = f"https://campus.example/sv/nyheter/{slug}.html"
        head = f'<link href="../../" rel="canonical"><link href="{slug}.html" rel="canonical">'
        html = page(head=head, header="<p class='date'>Publicerad 2024-03-05</p>")
        item = ArticleItem(source="campus", url=url, html=html, fetched_at="2024-03-05T10:00:00+00:00")
        urls.append(dedupe_item(clean_item(item)).canonical_url)
    assert urls == ["https://campus.example/sv/nyheter/ny-metod.html",
                    "https://campus.example/sv/nyheter/nytt-labb.html"]
    with_og = ('<link href="/" rel="canonical"><link href="/sv/x/" rel="canonical">'
               '<meta property="og:url" content="/sv/y/">')
    assert extract_article(page(head=with_og), ARTICLE_URL).canonical_url == "https://campus.example/sv/y/"
    same_twice = ('<link href="/sv/nyheter/ny-metod/" rel="canonical">'
                  '<link href="https://campus.example/sv/nyheter/ny-metod" rel="canonical">')
    assert extract_article(page(head=same_twice), ARTICLE_URL).canonical_url == ARTICLE_URL


def test_metadata_fields():
    head = ('<link rel="canonical" href="/sv/nyheter/ny-metod/"><meta property="og:locale" content="sv_SE">'
            '<meta property="og:image" content="/bilder/labb.jpg"><meta name="description" content="Kort om metoden.">'
            '<link rel="alternate" hreflang="en" href="https://campus.example/en/news/new-method/">'
            '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle",'
            ' "headline": "Ny metod för cellterapi", "datePublished": "2023-06-13T10:00:00+02:00",'
            ' "dateModified": "2023-06-14T08:00:00+02:00", "author": [{"@type": "Person", "name": "Anna Svensson"},'
            ' {"@type": "Person", "name": "Per Olsson"}], "publisher": {"@type": "Organization", "name": "Campus"}}]}'
            '</script>')
    result = extract_article(page(head=head, header="<p class='ingress'>Forskare har hittat ett nytt sätt att "
                                                    "odla celler för behandling av svåra sjukdomar.</p>"), ARTICLE_URL)
    assert result.title == "Ny metod för cellterapi"
    assert (result.published, result.updated) == ("2023-06-13T10:00:00+02:00", "2023-06-14T08:00:00+02:00")
    assert result.author == "Anna Svensson, Per Olsson"
    assert result.canonical_url == "https://campus.example/sv/nyheter/ny-metod/"
    assert result.image == "https://campus.example/bilder/labb.jpg"
    assert (result.html_lang, result.og_locale) == ("sv", "sv_SE")
    assert result.alternates == {"en": "https://campus.example/en/news/new-method/"}
    assert result.lead.startswith("Forskare har hittat ett nytt sätt")


@pytest.mark.parametrize("byline, expected", [
    ("<p class='byline'>By Anna Svensson</p>", "Anna Svensson"),
    ("<p class='author'>Text: Anna Svensson och Per Olsson</p>", "Anna Svensson, Per Olsson"),
    ("<p class='byline'>Av <a href='https://campus.example/anna'>Anna Svensson</a> 2023-06-13</p>", "Anna Svensson"),
    ("<p class='author'>https://campus.example/author/anna</p>", None),
    ("<p class='author'>Campus</p>", None),
    ("<p class='author'>Folgen</p>", None),
    ("<p class='byline'>Quelle: red</p>", None),
])
def test_author_from_byline_without_junk(byline, expected):
    head = '<meta property="og:site_name" content="Campus">'
    assert extract_article(page(head=head, header=byline), ARTICLE_URL).author == expected


def test_author_from_meta_tag():
    result = extract_article(page(head='<meta name="author" content="Per Olsson">'), ARTICLE_URL)
    assert result.author == "Per Olsson"


def test_lead_falls_back_to_first_paragraph():
    assert extract_article(page(header="<p>2023-06-13</p>"), ARTICLE_URL).lead == PARAGRAPHS[0]


def test_tailwind_line_height_classes_mark_no_lead():
    """Tailwind sets line heights with "leading-6", "leading-relaxed"... on every paragraph: no standfirst marker."""
    notice = "Redaktionen har sommaruppehåll och nya nyheter publiceras igen i mitten av augusti."
    body = "".join(f'<p class="mb-4 text-lg leading-7">{line}</p>' for line in PARAGRAPHS)
    html = page(body=body, header="<p>2023-06-13</p>",
                before=f'<div class="bg-yellow-100"><p class="text-sm leading-6 md:leading-relaxed">{notice}</p></div>')
    result = extract_article(html, ARTICLE_URL)
    assert result.lead == PARAGRAPHS[0]
    assert result.body == "\n\n".join(PARAGRAPHS)


def test_of_two_stated_descriptions_the_one_the_page_shows_is_the_lead():
    """A site-wide meta description beside the article's own in its JSON-LD: the page shows the article's."""
    tagline = "Nyheter och berättelser från forskare och företag på campus, samlade på ett ställe."
    standfirst = "Ett nytt sätt att odla celler kan ge bättre behandlingar, visar forskare på campuset."
    ld = json.dumps({"@type": "NewsArticle", "headline": "Ny metod för cellterapi", "description": standfirst})
    head = f'<meta name="description" content="{tagline}"><script type="application/ld+json">{ld}</script>'
    header = f'<p class="mt-6 text-xl text-slate-600">{standfirst}</p><p>2023-06-13</p>'
    assert extract_article(page(head=head, header=header), ARTICLE_URL).lead == standfirst


@pytest.mark.parametrize("marked", ["article-lead", "c-article__lead", "entry leadText", "ingress", "post-excerpt"])
def test_a_class_naming_the_lead_in_words_marks_the_standfirst(marked):
    standfirst = "Ett nytt sätt att odla celler kan ge bättre behandlingar, visar forskare på campuset."
    ad = "Annons: prenumerera på vårt nyhetsbrev och få veckans viktigaste nyheter från campus."
    header = f'<div class="ad-leaderboard"><p>{ad}</p></div><p class="{marked}">{standfirst}</p><p>2023-06-13</p>'
    assert extract_article(page(header=header), ARTICLE_URL).lead == standfirst


def test_the_writers_intro_in_an_author_card_is_no_standfirst():
    """Fails before: a blog theme's author card ("avatar__intro": the writer's name over their job title) named an
    intro, so the writer's name and employer became the post's lead wherever they ran to 40 characters."""
    card = ('<div class="avatar"><a href="https://people.example/maria"><img src="/m.png" alt="Maria"></a>'
            '<div class="avatar__intro authorDetails_x1"><div class="avatar__name"><span>Maria Lind</span></div>'
            '<small class="authorTitle_x2">Forskningsingenjör vid Institutionen för cellbiologi</small></div></div>')
    assert extract_article(page(header=f"<p>2023-06-13</p>{card}"), ARTICLE_URL).lead == PARAGRAPHS[0]


# --- sanitising and decoding -------------------------------------------------------------------------------------

def test_body_html_is_sanitised():
    body = (f"<p onclick='steal()'>{PARAGRAPHS[0]} <a href='javascript:alert(1)'>länk</a></p>"
            f"<p>{PARAGRAPHS[1]}<img src=x onerror='alert(1)'></p><p>{PARAGRAPHS[2]} <a href='/mer'>Mer</a></p>")
    html = extract_article(page(body=body, header="<p>2023-06-13</p>"), ARTICLE_URL).body_html
    for forbidden in ("<script", "onclick", "onerror", "javascript:"):
        assert forbidden not in html
    assert 'href="https://campus.example/mer"' in html


def test_bytes_are_decoded_by_declared_charset():
    html = page().replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">')
    result = extract_article(html.encode("iso-8859-1"), "https://campus.example/sv/2023/06/13/x/")
    assert PARAGRAPHS[0] in result.body
    utf8_with_wrong_declaration = extract_article(html.encode("utf-8"), "https://campus.example/sv/2023/06/13/x/")
    assert PARAGRAPHS[0] in utf8_with_wrong_declaration.body


def test_article_body_from_jsonld_when_page_lacks_the_text():
    stated = "\\n".join(PARAGRAPHS)
    head = f'<script type="application/ld+json">{{"@type": "NewsArticle", "articleBody": "{stated}"}}</script>'
    result = extract_article(page(head=head, body="<p>Logga in för att läsa vidare.</p>"), ARTICLE_URL)
    assert result.body == "\n\n".join(PARAGRAPHS)


# --- pages that are not articles ---------------------------------------------------------------------------------

def test_listing_page_is_not_an_article():
    teasers = "".join(
        f"<div class='post'><h2><a href='/sv/2023/06/{day}/nyhet-{day}/'>Nyhet nummer {day} om forskning</a></h2>"
        f"<p>En kort ingress om nyhet {day} som lockar till läsning.</p><a href='/sv/2023/06/{day}/nyhet-{day}/'>Läs mer</a></div>"
        for day in range(10, 20))
    html = f"<html><head><title>Nyheter | Campus</title></head><body><main><h1>Nyheter</h1>{teasers}</main></body></html>"
    result = extract_article(html, "https://campus.example/sv/category/nyheter/")
    assert (result.is_article, result.page_type) == (False, "listing")


def test_a_page_repeating_whole_posts_under_links_to_them_is_a_listing_even_when_listed_as_an_article():
    """A topic page of a static blog prints its one post whole, header, date and all, under a headline linking to
    the post: a listing, though the crawler met its address in a family of article addresses. The post itself, the
    same <article> headed by its own unlinked title, is the article."""
    def page(headline: str, heading: str) -> str:
        text = "".join(f"<p>Paragraph {n} of the report from the spring planting day, with all the beds we dug, the "
                       "seeds we swapped and the names of everyone who came to help.</p>" for n in range(5))
        return (f"<html><head><title>Garden club</title></head><body><header><p><a href='/'>Garden club</a></p>"
                f"</header><main>{heading}<article><header><h2>{headline}</h2><p>By Kim <time datetime='2021-04-11'>"
                f"2021-04-11</time></p></header>{text}</article></main></body></html>")

    tag = extract_article(page("<a href='/blog/spring-planting/'>Spring planting</a>", "<h1>seeds</h1>"),
                          "https://garden.example/topics/seeds/", listed_as_article=True)
    post = extract_article(page("Spring planting", ""), "https://garden.example/blog/spring-planting/",
                           listed_as_article=True)
    assert (tag.page_type, tag.is_article) == ("listing", False)
    assert (post.page_type, post.is_article) == ("article", True)


@pytest.mark.parametrize("url, head", [
    ("https://campus.example/sv/om-oss/", ""),
    ("https://campus.example/sv/kontakt/", ""),
    ("https://ssci.example/sv/event/frukostmote/", ""),
    ("https://campus.example/sv/frukostmote/", '<script type="application/ld+json">{"@type": "Event", "name": "Frukostmöte",'
                                               ' "startDate": "2015-10-23T07:30"}</script>'),
])
def test_about_contact_and_event_pages_are_not_articles(url, head):
    html = page(head=head, header="<p>fredag, 23 oktober, 2015 - 07:30 till 09:15</p>")
    result = extract_article(html, url)
    assert (result.is_article, result.page_type) == (False, "other")
    assert PARAGRAPHS[0] in result.body, "the page's text is still extracted: the verdict is apart from the body"


@pytest.mark.parametrize("url, page_type", [
    ("https://campus.example/sv/nyheter/2015/10/02/frukostmote/", "article"),  # posted three weeks before
    ("https://campus.example/sv/aktuellt/2015/10/23/frukostmote/", "other"),  # dated by the event's own day
    ("https://campus.example/sv/nyheter/frukostmote/", "other"),  # nothing tells the post from the event's page
])
def test_a_news_post_announcing_an_event_is_an_article_when_its_address_dates_it_before_the_event(url, page_type):
    """Blog engines date every post's address: a post dated before the event its JSON-LD `Event` describes is the
    news stream's announcement; an event page in a news stream, undated, stays the event's (see havslund-park)."""
    head = ('<script type="application/ld+json">{"@type": "Event", "name": "Frukostmöte", '
            '"startDate": "2015-10-23T07:30+02:00"}</script>')
    assert extract_article(page(head=head), url).page_type == page_type


def test_cms_stamping_og_type_article_on_an_about_page_does_not_make_it_an_article():
    head = '<meta property="og:type" content="article">'
    assert not extract_article(page(head=head), "https://campus.example/sv/om-oss/").is_article
    assert extract_article(page(head=head), "https://campus.example/sv/nyheter/ny-metod/").is_article


def test_a_theme_typing_every_page_an_article_does_not_make_contact_or_privacy_pages_articles():
    head = '<script type="application/ld+json">{"@type": "BlogPosting", "datePublished": "2022-09-09T10:08:30Z"}</script>'
    for path in ("/kontakt/", "/privacy-policy/", "/datenschutz/"):
        assert extract_article(page(head=head), f"https://campus.example{path}").page_type == "other", path
    assert extract_article(page(head=head), "https://campus.example/posts/ny-metod/").page_type == "article"


def test_french_and_dutch_legal_pages_typed_articles_are_no_articles():
    """Fails before: a WordPress theme types its legal notice an article, dated, and the address was not known as a
    legal page's (`mentions-legales-politique-confidentialite`, `privacyverklaring`). Politics news stays news."""
    head = '<script type="application/ld+json">{"@type": "BlogPosting", "datePublished": "2023-04-20T05:42:08Z"}</script>'
    for path in ("/mentions-legales-politique-confidentialite/", "/mentions-legales/", "/politique-de-confidentialite/",
                 "/privacyverklaring/", "/nl/cookiebeleid/"):
        assert extract_article(page(head=head), f"https://trust.example{path}").page_type == "other", path
    for path in ("/politique/le-conseil-vote-le-budget/", "/actualites/mentions-dans-la-presse/"):
        assert extract_article(page(head=head), f"https://trust.example{path}").page_type == "article", path


def test_dates_in_a_latest_news_list_beside_a_page_do_not_date_it_and_a_comment_lists_dates_still_count():
    """Sites set a "latest news" list beside every page: its dates are other articles', not the contact page's."""
    latest = ("<div class='portlet'><h2>Senaste nyheter</h2><ul>"
              "<li><a href='/nyheter/trafik/2024/klart/'>Klart!</a><p class='datum'>24-09-27</p></li>"
              "<li><a href='/nyheter/press/2024/badet/'>Kommunen tar över badet</a><p>Publicerad 2024-09-19</p></li>"
              "</ul></div>")
    contact = page(body="".join(f"<p>{p}</p>" for p in PARAGRAPHS), after=latest, title="Öppettider")
    result = extract_article(contact, "https://kommun.example/service/oppettider/")
    assert (result.published, result.page_type) == (None, "page")
    comments = ("<ol class='commentlist'>" + "".join(
        f"<li class='comment'><a href='https://reader{n}.example/'>Läsare {n}</a> <p>27 september 2012</p>"
        f"<p>Så fint!</p></li>" for n in range(3)) + "</ol>")
    post = page(body="".join(f"<p>{p}</p>" for p in PARAGRAPHS), after=comments)
    assert extract_article(post, "https://blogg.example/om-hosten/").published == "2012-09-27"


def test_news_kept_under_an_about_section_are_articles_and_the_about_pages_are_not():
    """Hospitals and universities keep their news under "about us": the innermost section names the page."""
    dated = page(header="<p>Publicerad 2024-05-02</p>")
    for path in ("/om-oss/centrala-nyheter/2024/05/ny-mottagning/", "/om/nyheter/juni-1.1198344", "/en/about/news/june"):
        assert extract_article(dated, f"https://campus.example{path}").page_type == "article", path
    for path in ("/om-oss/kontakt/", "/nyheter/evenemang/hostmarknad/", "/om/"):
        assert extract_article(dated, f"https://campus.example{path}").page_type == "other", path


def test_segments_joined_by_underscores_name_sections_and_the_news_listings_events_are_news():
    """`news_events` is a news section as `news-events` is, and `about_us` an about page. An events folder inside
    the news section holds the stream's event notices: those its news listing shows as news are articles."""
    dated = page(header="<p>Events | 2024-04-05</p>")
    assert extract_article(dated, "https://campus.example/about_us/news_items/june.html").page_type == "article"
    assert extract_article(dated, "https://campus.example/about_us/").page_type == "other"
    assert extract_article(dated, "https://campus.example/privacy_policy/").page_type == "other"
    event = "https://campus.example/news_events/events/448.html"
    assert extract_article(dated, event).page_type == "other"  # not shown by the news listing: an event page
    assert extract_article(dated, event, listed_as_article=True).page_type == "article"
    assert extract_article(dated, "https://campus.example/events/448.html", listed_as_article=True).page_type == "other"

def test_tag_address_is_a_listing_unless_it_shows_one_long_dated_text():
    tag_url = "https://campus.example/tag/cellterapi/"
    short = extract_article(page(header="<p>Publicerad 2023-06-13</p>"), tag_url)
    assert (short.page_type, short.page_reason) == ("listing", "address segment /tag")
    long_text = "".join(f"<p>{p} {p} {p} {p}</p>" for p in PARAGRAPHS)
    assert extract_article(page(body=long_text, header="<p>Publicerad 2023-06-13</p>"), tag_url).page_type == "article"


def test_page_without_date_or_article_markup_is_not_a_news_article():
    """Its text may be an undated article or a plain page: the crawl stores it only with other evidence."""
    result = extract_article(page(), "https://campus.example/sv/verksamhet/")
    assert (result.is_article, result.page_type, result.page_reason) == (True, "page", "no date or article markup")
    assert result.body == "\n\n".join(PARAGRAPHS)


GARBAGE = {
    "empty bytes": b"", "empty text": "", "binary": b"\x00\x01\x02\xff\xfe", "brackets": "<<<>>>",
    "bare html tag": "<html>", "plain text": "plain text without markup",
    "bom": b"\xef\xbb\xbf<html><body><p>bom</p></body></html>", "xml": "<?xml version='1.0'?><rss></rss>",
    "deep nesting": "<div>" * 5000 + "deep" + "</div>" * 5000, "huge paragraph": "<p>" + "ord " * 500_000 + "</p>",
    "odd json-ld": '<script type="application/ld+json">{"@type": ["NewsArticle"], "author": [[{"name": 3}]], '
                   '"datePublished": {"x": 1}, "articleBody": 7}</script>',
}


@pytest.mark.parametrize("garbage", GARBAGE.values(), ids=GARBAGE.keys())
def test_never_raises_on_garbage(garbage):
    result = extract_article(garbage, "not a url")
    assert isinstance(result, Extracted)
    assert isinstance(result.body, str)


def test_a_fault_of_the_extractor_is_said_in_one_line_naming_the_page(monkeypatch, caplog):
    """The page still comes back as one without text (the crawl goes on), but the fault is logged, not swallowed."""
    from news_archive.pipelines.extraction import page_dates

    def broken(*args, **kwargs):
        raise KeyError("lost")
    monkeypatch.setattr(page_dates, "find_dates", broken)
    result = extract_article(page(), ARTICLE_URL)
    assert result == Extracted()
    [record] = [r for r in caplog.records if "extractor failed" in r.getMessage()]
    assert ARTICLE_URL in record.getMessage() and "KeyError" in record.getMessage()


def test_a_tree_parsed_already_gives_the_same_article():
    html = page(header="<p>Publicerad 2023-06-13</p>")
    assert extract_article(lxml.html.document_fromstring(html), ARTICLE_URL) == extract_article(html, ARTICLE_URL)


def test_non_article_result_is_json_serialisable():
    result = extract_article("", "https://campus.example/")
    assert json.dumps(result.__dict__)
    assert result == Extracted()


# --- every bundled sample-site page, fetched over HTTP: adding a site adds its tests -----------------------------

def _sample_site_pages() -> tuple[list[str], list[str]]:
    """Ids of the sample articles and non-article pages, in the order the sites list them."""
    with serve_sample_sites() as sites:
        articles = [f"{a.source}:{urlsplit(a.url).path}" for a in sites.articles]
        # A page only the crawl's view of the whole site tells apart: tests/test_crawl_e2e.py.
        others = [urlsplit(url).path + (f"?{urlsplit(url).query}" if urlsplit(url).query else "")
                  for url in sites.non_article_urls if url not in sites.site_level_non_article_urls]
    return articles, others


SAMPLE_ARTICLES, SAMPLE_NON_ARTICLES = _sample_site_pages()


@pytest.fixture(scope="module")
def served_sites():
    with serve_sample_sites() as sites:
        yield sites


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read()


@pytest.mark.parametrize("index", range(len(SAMPLE_ARTICLES)), ids=SAMPLE_ARTICLES)
def test_sample_site_article(served_sites, index):
    article = served_sites.articles[index]
    result = extract_article(fetch(article.url), article.url)
    assert (result.is_article, result.page_type) == (True, "article")
    assert result.title == article.title
    # A page only its feed dates states none: the crawl dates it (tests/test_crawl_e2e.py).
    assert (result.published or "")[:len(article.published)] == ("" if article.dated_by_feed else article.published)
    if article.updated:
        assert (result.updated or "")[:len(article.updated)] == article.updated
    assert result.author == article.author
    assert result.lead == article.lead
    paragraphs = result.body.split("\n\n")
    assert [p for p in article.paragraphs if p not in paragraphs] == []
    assert [text for text in article.boilerplate if text in result.body] == []


@pytest.mark.parametrize("index", range(len(SAMPLE_NON_ARTICLES)), ids=SAMPLE_NON_ARTICLES)
def test_sample_site_non_article_page(served_sites, index):
    url = [url for url in served_sites.non_article_urls if url not in served_sites.site_level_non_article_urls][index]
    result = extract_article(fetch(url), url)
    assert result.page_type != "article", result.page_reason


def test_a_tree_parsed_by_the_spider_with_its_comments_gives_what_the_page_text_gives():
    # The spider's parser keeps HTML comments; a comment just before the date element once emptied the article.
    page = ("<html><head><title>Ny mätstation på taket</title></head><body><article>"
            "<h1>Ny mätstation på taket</h1><!-- byline --><time datetime='2024-05-06'>6 maj 2024</time>"
            + "<p>Forskarna har satt upp en mätstation på taket som loggar luftens partiklar varje minut.</p>" * 4
            + "<!-- end --></article></body></html>").encode()
    from_text = extract_article(page, "https://example.org/nyheter/matstation")
    from_tree = extract_article(Selector(body=page, encoding="utf-8", type="html").root,
                                "https://example.org/nyheter/matstation")
    assert from_tree.body and from_tree == from_text
    assert from_tree.published == "2024-05-06"


# Teaser cards as React front ends and blog themes set them: the whole card one link, or a row of <article>s each
# headed by a link, with the date beside it.
WHOLE_CARDS = "".join(
    f'<a href="/en/news/post-{n}" class="group flex flex-col"><div class="text-xs"><span>Research</span>'
    f'<time dateTime="2024-0{n}-12T08:00:00.000Z">{n} months ago</time></div><h3 class="mt-3">Post number {n}</h3>'
    f'<p>An excerpt of post {n}, cut after a line.</p></a>' for n in range(1, 3))
ARTICLE_CARDS = "".join(
    f'<article class="post-card post"><a class="post-card-content-link" href="/post-{n}/"><header><h2>Post {n}</h2>'
    f'</header><div class="post-card-excerpt">An excerpt of post {n}.</div></a><footer class="post-card-meta">'
    f'<time datetime="2024-0{n}-12">12 Mar 2024</time></footer></article>' for n in range(1, 5))


@pytest.mark.parametrize("cards", [WHOLE_CARDS, ARTICLE_CARDS])
def test_a_cards_date_dates_no_page_and_a_page_of_cards_is_no_article(cards):
    html = (f"<html><body><main><h1>News</h1><p>News from the park and its companies.</p>"
            f"<div class='grid'>{cards}</div></main></body></html>")
    result = extract_article(html, "https://park.example/en/news")
    assert result.published is None
    assert result.page_type != "article"


def test_an_article_keeps_its_own_date_beside_a_linked_kicker_or_a_linked_headline():
    text = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    kicker = (f"<article><h6><a href='/sv/nyheter/'>Nyheter</a></h6><h2>Ny metod för att mäta fibrer</h2>"
              f"<time datetime='2024-03-12'>12 mars 2024</time>{text}</article>")
    linked_h1 = (f"<article class='post'><h1><a href='https://campus.example/ny-metod'>Ny metod för att mäta fibrer</a>"
                 f"</h1><time datetime='2024-03-12'>12 mars 2024</time>{text}</article><article class='post'>"
                 f"<h2><a href='/annat/'>Ett annat inlägg</a></h2></article>")
    for body in (kicker, linked_h1):
        assert extract_article(f"<html><body>{body}</body></html>", ARTICLE_URL).published == "2024-03-12", body[:40]


def test_a_page_the_cms_marks_static_is_a_plain_page_though_typed_and_dated_like_a_post():
    head = ('<meta property="og:type" content="article"><script type="application/ld+json">{"@context": '
            '"https://schema.org", "@type": "Article", "headline": "Styrelsen", "datePublished": "2021-04-11"}</script>')
    text = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)

    def judged(body_class: str, **options):
        html = f"<html><head>{head}</head><body class='{body_class}'><main><h1>Styrelsen</h1>{text}</main></body></html>"
        return extract_article(html, "https://forening.example/styrelsen/", **options)

    static = judged("page-template page-styrelsen")
    assert (static.page_type, static.page_reason) == ("page", "the CMS marks it a static page")
    assert static.is_article and static.published.startswith("2021-04-11")  # text and date kept for who asks
    assert judged("post-template tag-nyheter").page_type == "article"
    assert judged("page-template-default page page-id-7", listed_as_article=True).page_type == "article"


def test_a_description_the_page_shows_in_its_footer_is_the_sites_tagline_not_the_lead():
    tagline = "Vi samlar forskare, vårdgivare och företag kring nya material för ett hållbart samhälle i regionen."
    opening = "Labbet tog i veckan emot fyra nya doktorander som ska arbeta med återvunnen betong."
    text = "".join(f"<p>{line}</p>" for line in (opening, "De första proverna gjuts redan i mars och mäts under våren.",
                                                  "Resultaten presenteras på en öppen seminariedag i juni."))

    def page(footer: str) -> str:
        return (f'<html><head><title>Nya doktorander</title><meta name="description" content="{tagline}"></head>'
                f'<body><main><article><h1>Nya doktorander</h1>{text}</article></main>'
                f'<footer><div class="widget"><p>{footer}</p></div></footer></body></html>')

    assert extract_article(page(tagline), "http://p/nyheter/doktorander/").lead == opening
    assert extract_article(page("Kanalgatan 4, Norrköping"), "http://p/nyheter/doktorander/").lead == tagline
