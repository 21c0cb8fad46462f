"""An article whose page shows only when it was last updated ("Sist oppdatert 12.03.2024", "Senast uppdaterad",
"Last updated", "Zuletzt aktualisiert", "Päivitetty") is dated by that day (`published_from = 'updated'`): a news
archive sorts by a date and a newsletter selects by one. The day is given once the page is judged an article, so a
help page showing the same line stays a page; the source's feed, naming the publication, still wins."""
from __future__ import annotations

import pytest
import sqlite_utils

from news_archive.archive.record import ArticleItem
from news_archive.archive.storage import Archive
from news_archive.pipelines.archive_connection import CrawlArchive
from news_archive.pipelines.clean import clean_item
from news_archive.pipelines.dedupe import dedupe_item
from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.store import store_item

NEWS_URL = "https://agency.example/nyheter/nye-regler-for-kvoter/"
HELP_URL = "https://agency.example/hjelp/slik-soker-du/"
TEXT = ("Direktoratet innfører nye regler for hvordan kvotene fordeles mellom fartøyene langs kysten. Endringen "
        "gjelder fra første mars og berører flere hundre fartøy.")


def page(stamp: str, title: str = "Nye regler for kvoter fra mars") -> str:
    return f"""<!doctype html><html lang="no"><head><meta charset="utf-8"><title>{title} | Direktoratet</title></head>
<body><header><nav><a href="/">Hjem</a> <a href="/nyheter/">Nyheter</a> <a href="/hjelp/">Hjelp</a></nav></header>
<main><article><h1>{title}</h1><p class="meta">{stamp}</p><p>{TEXT}</p>
<p>Søknaden sendes elektronisk gjennom den vanlige portalen innen fristen som er satt i forskriften.</p>
</article></main><footer><p>Direktoratet, Postboks 1, 5001 Bergen</p></footer></body></html>"""


@pytest.mark.parametrize("stamp", ["Sist oppdatert 12.03.2024", "Senast uppdaterad 2024-03-12", "Last updated 12 March 2024",
                                   "Zuletzt aktualisiert am 12.03.2024", "Päivitetty 12.3.2024"])
def test_a_listed_article_showing_only_its_update_is_dated_by_it(stamp):
    article = extract_article(page(stamp), NEWS_URL, listed_as_article=True)
    assert (article.page_type, article.published[:10], article.published_from) == ("article", "2024-03-12", "updated")


def test_a_help_page_showing_the_same_line_stays_an_undated_page():
    help_page = extract_article(page("Sist oppdatert 12.03.2024", "Slik søker du"), HELP_URL)
    assert (help_page.page_type, help_page.published) == ("page", None)


def test_the_feeds_date_wins_over_the_update_day(tmp_path):
    crawl = CrawlArchive(Archive(tmp_path / "archive.db"))
    item = ArticleItem(source="agency", url=NEWS_URL, html=page("Sist oppdatert 12.03.2024"),
                       fetched_at="2024-05-03T10:00:00+00:00", listed_as_article=True)
    item = crawl.feed_dates.date(clean_item(item))
    assert (item.published[:10], item.published_from) == ("2024-03-12", "updated")
    store_item(crawl.archive, crawl.stories, dedupe_item(item))
    # The feed, read after the page, dates it at the end of the crawl.
    crawl.feed_dates.note("agency", "https://agency.example/feed/", {NEWS_URL: "Mon, 04 Mar 2024 08:00:00 +0000"})
    crawl.finish()
    row = sqlite_utils.Database(tmp_path / "archive.db")["articles"].get(1)
    assert (row["published"], row["published_from"]) == ("2024-03-04T08:00:00+00:00", "feed")


def test_a_modification_time_in_the_metadata_alone_dates_nothing():
    # A generator may stamp every page's article:modified_time with its build's time: readers see no such date.
    stamped = page("").replace("<head>", '<head><meta property="article:modified_time" content="2024-03-12T10:08:30Z">')
    article = extract_article(stamped, NEWS_URL, listed_as_article=True)
    assert (article.page_type, article.published, article.updated[:10]) == ("article", None, "2024-03-12")


def test_the_update_day_shown_beats_a_day_the_lead_sentence_names():
    # The lead tells of an event ("On 1 January ... merged"): a day named in a sentence is the event's; the page's own
    # line under the headline is the update day, and it dates the article.
    lead = ('<p class="lead">Den 1. januar 2020 ble tre etater slått sammen til ett nytt direktorat med ansvar '
            'for kvotene langs kysten, for tilsynet med fartøyene og for den årlige fordelingen mellom regionene.</p>')
    html = page("Sist oppdatert 06.01.2020").replace("<h1>Nye regler for kvoter fra mars</h1>",
                                                    "<h1>Nye regler for kvoter fra mars</h1>" + lead)
    article = extract_article(html, NEWS_URL, listed_as_article=True)
    assert (article.page_type, article.published[:10], article.published_from) == ("article", "2020-01-06", "updated")


def test_a_sites_last_edit_line_at_the_foot_leaves_the_day_the_text_names():
    # A schedule names its day in its text; "This content was last updated on ..." at the page's foot dates the
    # site's last edit of the page, not the post: the text's day still dates it.
    title = "Mayor Public Schedule: April 9, 2016 &amp; April 10, 2016"
    schedule = ('<p><strong>For Immediate Release:</strong><br><strong>Published By:</strong> '
                '<a href="/mayor/">Office of the Mayor</a></p>'
                '<p>Saturday April 9, 2016<br><strong>10:00 AM Harbour market opening</strong><br>'
                'Where: The old pier, 12 Dock Street.</p>'
                '<p><strong>2:00 PM The mayor visits the sailing school</strong><br><em>The mayor will speak with the '
                'instructors about the season ahead.</em><br>Where: Sailing school, 3 Beach Road.</p>'
                '<p>Sunday, April 10, 2016<br><strong>3:00 PM Rally for safer streets</strong><br>'
                'Where: City Hall North Apron.</p>')
    html = page("", title).replace('<p class="meta"></p>', "").replace(f"<p>{TEXT}</p>", schedule).replace(
        "<footer>", '<div class="small">This content was last updated on April 11, 2016 by the Mayor\'s Office.</div>'
                    "<footer>")
    article = extract_article(html, NEWS_URL, listed_as_article=True)
    assert (article.page_type, article.published[:10]) == ("article", "2016-04-09")
