"""A post announcing an event opens or closes on the event's day and place ("08 May 2018 in Leipzig"): a day still
ahead when the post went out, by the day the site's feed gives it, is one its text mentions, and the feed's day dates
the post. A press release's dateline states the day it went out, the feed's day but for the zones between them."""
from __future__ import annotations

import sqlite_utils

from news_archive.archive.record import ArticleItem
from news_archive.archive.storage import Archive
from news_archive.pipelines.archive_connection import CrawlArchive
from news_archive.pipelines.clean import clean_item
from news_archive.pipelines.dedupe import dedupe_item
from news_archive.pipelines.store import store_item

URL = "http://company.example/de/blog/events/workshop-in-leipzig/"
FEED = "http://company.example/de/blog/index.xml"


def announcement(opening: str, closing: str = "") -> str:
    """A company blog's post with no date line of its own: the theme shows the day on the listing's cards only."""
    return f"""<!DOCTYPE html><html lang="de"><head><title>Workshop in Leipzig | Company</title></head><body>
<header><a href="/">Company</a><nav><a href="/de/trainings">Trainings</a> <a href="/de/blog">Blog</a></nav></header>
<div id="content"><article class="post"><h2>Unterwegs: Workshop in Leipzig</h2><div class="blog-content">
<p><img src="/images/blog/leipzig.png" alt="Workshop">
{opening}</p>
<p>Einmal im Jahr treffen sich Entwicklerinnen und Entwickler aus der Region zu einem Tag voller Workshops. In diesem
Jahr sind wir mit einem eigenen Workshop zu Container-Plattformen dabei und freuen uns auf viele Fragen.</p>
<p>Am Vormittag zeigen wir die Grundlagen, am Nachmittag bauen alle gemeinsam eine kleine Plattform auf dem Laptop.</p>
{closing}<p>Eure Crew</p></div></article></div></body></html>"""


def cleaned(crawl: CrawlArchive, html: str, feed_moment: str) -> ArticleItem:
    crawl.feed_dates.note("blog", FEED, {URL: feed_moment})
    item = ArticleItem(source="blog", url=URL, html=html, fetched_at="2024-05-03T10:00:00+00:00",
                       listed_as_article=True)
    return crawl.feed_dates.date(clean_item(item, listing_day=crawl.feed_dates.shown_day(item)))


def test_event_day_opening_the_text_after_the_feed_day_yields_to_it(tmp_path):
    """Fails before: the post was dated by the event's day, six days after it went out."""
    crawl = CrawlArchive(Archive(tmp_path / "archive.db"))
    item = cleaned(crawl, announcement("08. Mai 2018 in Leipzig, Sachsen"), "Wed, 02 May 2018 09:00:00 +0000")
    assert (item.published[:10], item.published_from) == ("2018-05-02", "feed")
    crawl.archive.close()


def test_next_meetings_day_closing_the_text_yields_to_the_feed_day(tmp_path):
    """Fails before: the next meeting's day, a month on, dated the report of the last one."""
    crawl = CrawlArchive(Archive(tmp_path / "archive.db"))
    closing = ("<h2>Nächster Termin</h2><ul><li>25. Oktober 2018, Campus in Leipzig</li>"
               "<li>Themen: Testen mit Infrastruktur</li></ul>")
    item = cleaned(crawl, announcement("Ein Rückblick auf unseren Workshop.", closing),
                   "Wed, 26 Sep 2018 08:00:00 +0000")
    assert (item.published[:10], item.published_from) == ("2018-09-26", "feed")
    crawl.archive.close()


def test_a_dateline_of_the_feeds_day_or_the_next_stays_the_posts_date(tmp_path):
    """A release the feed dates the evening before its dateline, in UTC, went out on its dateline's day."""
    for moment in ("Tue, 08 May 2018 07:00:00 +0000", "Mon, 07 May 2018 22:30:00 +0000"):
        crawl = CrawlArchive(Archive(tmp_path / f"{moment[5:7]}.db"))
        item = cleaned(crawl, announcement("LEIPZIG, 8. Mai 2018 – Wir eröffnen heute unser neues Büro."), moment)
        assert (item.published[:10], item.published_from) == ("2018-05-08", "text"), moment
        crawl.archive.close()


def test_without_a_feed_or_listing_day_the_texts_day_is_kept(tmp_path):
    item = clean_item(ArticleItem(source="blog", url=URL, html=announcement("08. Mai 2018 in Leipzig, Sachsen"),
                                  fetched_at="2024-05-03T10:00:00+00:00", listed_as_article=True))
    assert (item.published[:10], item.published_from) == ("2018-05-08", "text")


def test_a_page_judged_by_its_own_date_line_is_kept_before_the_listings_day_dates_it():
    """A page no news listing presents is kept for the date line it shows; the day a listing gives it then dates it,
    the line's day being ahead of that (a journal issue's day the text names, read as the post's)."""
    item = ArticleItem(source="blog", url="http://company.example/de/blog/workshop-in-leipzig/", outside_news=True,
                       html=announcement("08. Mai 2018 in Leipzig, Sachsen"), fetched_at="2024-05-03T10:00:00+00:00")
    item = clean_item(item, listing_day="2018-05-02")
    assert (item.published[:10], item.published_from) == ("2018-05-08", "running-text")


def test_an_event_day_stored_before_the_feed_was_read_yields_to_the_feeds_day_once_it_is(tmp_path):
    """The crawl may fetch the post before the feed that dates it (a listing links the post first): the post is stored
    with the event's day, and the feed's day, read later, dates it all the same, while a dateline of the feed's day
    stays. Fails before: the event's day, six days after the post went out, stayed its date."""
    cases = [("08. Mai 2018 in Leipzig, Sachsen", "Wed, 02 May 2018 09:00:00 +0000", ("2018-05-02", "feed")),
             ("LEIPZIG, 8. Mai 2018 – Wir eröffnen heute unser neues Büro.", "Mon, 07 May 2018 22:30:00 +0000",
              ("2018-05-08", "text"))]
    for number, (opening, moment, dated) in enumerate(cases):
        crawl = CrawlArchive(Archive(tmp_path / f"{number}.db"))
        item = clean_item(ArticleItem(source="blog", url=URL, html=announcement(opening),
                                      fetched_at="2024-05-03T10:00:00+00:00", listed_as_article=True))
        assert (item.published[:10], item.published_from) == ("2018-05-08", "text")
        store_item(crawl.archive, crawl.stories, dedupe_item(item))
        crawl.feed_dates.note("blog", FEED, {URL: moment})
        crawl.finish()
        row, = sqlite_utils.Database(tmp_path / f"{number}.db")["articles"].rows
        assert (row["published"][:10], row["published_from"]) == dated, opening
