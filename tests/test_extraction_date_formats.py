"""How a printed or stated date is read: formats and languages, day and month order, days without their year,
ages, timestamps."""
from __future__ import annotations

import json

import pytest

from news_archive.archive.cli.extract import clean_page
from news_archive.archive.record import ArticleItem
from news_archive.pipelines.clean import clean_item
from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.extraction.dates import parse_date, reads_month_first
from article_page import ARTICLE_URL, PARAGRAPHS, US_ARTICLE_URL, page


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
    # a WordPress theme's "F j, Y" in a French locale: the month named first, as in English
    ("<span class='post-date' itemprop='datePublished'>mai 6, 2020 </span>", "2020-05-06"),
    # Italian short forms of May, June and July, as an Italian listing and date line print them (fail before: no date)
    ("<span>16 mag 2012</span>", "2012-05-16"),
    ("<span>25 giu 2012</span>", "2012-06-25"),
    ("<span>12 lug 2015</span>", "2015-07-12"),
])
def test_publication_date_formats(header, expected):
    result = extract_article(page(header=header), ARTICLE_URL)
    assert result.published == expected
    assert result.is_article


def test_day_month_year_is_not_read_as_month_first():
    result = extract_article(page(header="<div>Published: 05-03-2023 09:00</div>"), ARTICLE_URL)
    assert result.published == "2023-03-05T09:00"


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
    ("février 22, 2022", "2022-02-22"),
    ("31 februari 2021", None),
    ("inget datum här", None),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected
