"""A page that states no date is dated by its source's feed: RSS, Atom and JSON Feed item dates, kept in the archive
and in the captures, whichever of page and feed the crawl meets first."""
from __future__ import annotations

import datetime as dt
import json

import sqlite_utils

from news_archive.archive.captures import Capture, CaptureWriter, LinkForms
from news_archive.archive.crawl.replay import replay_captures
from news_archive.archive.record import ArticleItem
from news_archive.archive.sources import Source
from news_archive.pipelines.archive_connection import CrawlArchive
from news_archive.archive.storage import Archive
from news_archive.pipelines.clean import clean_item
from news_archive.pipelines.dedupe import dedupe_item
from news_archive.pipelines.feed_dates import feed_date
from news_archive.pipelines.store import store_item
from news_archive.spiders.feed_document import read_feed
from news_archive.spiders.feed_items import feed_item_dates
from news_archive.spiders.site_maps import feed_kind, xml_links

RSS = b"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Blog</title><link>http://s/</link>
<item><title>One</title><link>http://s/news/one/</link><pubDate>Tue, 12 Oct 2021 23:14:04 +0000</pubDate></item>
<item><title>Two</title><link>/news/two/</link><dc:date>2021-10-10T08:00:00+02:00</dc:date></item>
<item><title>Undated</title><link>http://s/news/three/</link></item>
</channel></rss>"""
RSS1 = b"""<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="http://s/"><title>Blog</title></channel>
<item rdf:about="http://s/news/four/"><title>Four</title><link>http://s/news/four/</link>
<dc:date>2020-02-03T10:00:00+01:00</dc:date></item></rdf:RDF>"""
ATOM = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title>
<entry><title>Five</title><link rel="alternate" href="http://s/news/five/"/><link rel="replies" href="http://s/c/"/>
<published>2022-03-01T09:00:00Z</published><updated>2022-04-01T09:00:00Z</updated></entry>
<entry><title>Six</title><link href="http://s/news/six/"/><updated>2022-03-05T12:00:00-05:00</updated></entry>
</feed>"""
JSON_FEED = json.dumps({
    "version": "https://jsonfeed.org/version/1.1", "title": "Blog",
    "items": [{"id": "7", "url": "http://s/news/seven/", "date_published": "2023-01-02T15:30:00+01:00"},
              {"id": "8", "url": "http://s/news/eight/"}],
}).encode()
# A WordPress comment feed: each item is a comment, linked into the post.
COMMENTS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Comments on: One</title>
<item><title>By: A reader</title><link>http://s/news/one/#comment-12</link>
<pubDate>Sat, 01 Jan 2022 10:00:00 +0000</pubDate></item></channel></rss>"""


def test_feed_items_give_their_publication_dates():
    assert feed_item_dates(read_feed(RSS), "http://s/feed/") == {"http://s/news/one/": "Tue, 12 Oct 2021 23:14:04 +0000",
                                                      "http://s/news/two/": "2021-10-10T08:00:00+02:00"}
    assert feed_item_dates(read_feed(RSS1), "http://s/feed/") == {"http://s/news/four/": "2020-02-03T10:00:00+01:00"}
    # Atom: `published`, else `updated`; only the entry's own (alternate) link.
    assert feed_item_dates(read_feed(ATOM), "http://s/feed/") == {"http://s/news/five/": "2022-03-01T09:00:00Z",
                                                       "http://s/news/six/": "2022-03-05T12:00:00-05:00"}
    assert feed_item_dates(read_feed(JSON_FEED), "http://s/feed.json") == {"http://s/news/seven/": "2023-01-02T15:30:00+01:00"}
    assert feed_item_dates(read_feed(COMMENTS), "http://s/news/one/feed/") == {}
    assert feed_item_dates(read_feed(b"<html><body>no feed</body></html>"), "http://s/") == {}


def test_json_and_rss1_feeds_are_read_as_feeds():
    assert (feed_kind(JSON_FEED), xml_links(read_feed(JSON_FEED), "http://s/feed.json")) == (
        "json", ["http://s/news/seven/", "http://s/news/eight/"])
    assert (feed_kind(RSS1), xml_links(read_feed(RSS1), "http://s/feed/")) == ("rss", ["http://s/news/four/"])
    assert feed_kind(b'{"version": "1.0", "items": []}') is None  # JSON, but no feed


def test_a_feed_date_keeps_the_zone_the_feed_states():
    read_at = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
    assert feed_date("Tue, 12 Oct 2021 23:14:04 +0000", read_at) == "2021-10-12T23:14:04+00:00"
    # The publisher's own offset: its day, not UTC's (2021-10-12 22:30 UTC).
    assert feed_date("Wed, 13 Oct 2021 00:30:00 +0200", read_at) == "2021-10-13T00:30:00+02:00"
    assert feed_date("2022-03-01T09:00:00Z", read_at) == "2022-03-01T09:00:00+00:00"
    # An event calendar's feed dates its items by the event, ahead of the day it is read.
    assert feed_date("2024-02-01T09:00:00Z", read_at) is None
    assert feed_date("soon", read_at) is None


UNDATED_POST = """<html lang="en"><head><title>Autumn workshop</title><meta property="og:type" content="article"></head><body class="single-post">
<article class="post type-post"><h1>Autumn workshop on design research</h1>
<div class="entry-content"><p>Our autumn workshop brings researchers and designers together for two days of talks.</p>
<p>Each team shows a project in progress and the others respond with questions and notes.</p>
<p>Registration opens next week on this site, and places are limited to forty people.</p></div></article>
</body></html>"""
POST_URL = "http://s.example/news/autumn-workshop/"


def stored_undated_post(archive: CrawlArchive) -> int:
    item = ArticleItem(source="blog", url=POST_URL, html=UNDATED_POST, fetched_at="2024-05-03T10:00:00+00:00",
                       seen_urls=[POST_URL + "?p=12"], listed_as_article=True)
    item = dedupe_item(archive.feed_dates.date(clean_item(item)))
    assert item.published is None
    store_item(archive.archive, archive.stories, item)
    return archive.archive.article_seen_at(POST_URL)["id"]


def test_an_article_stored_before_its_feed_is_dated_at_the_end_of_the_crawl_without_a_version(tmp_path):
    crawl = CrawlArchive(Archive(tmp_path / "archive.db"))
    article_id = stored_undated_post(crawl)
    crawl.feed_dates.note("blog", "http://s.example/feed/", {POST_URL + "?p=12": "Thu, 02 May 2024 09:15:00 +0000"})
    crawl.finish()
    db = sqlite_utils.Database(tmp_path / "archive.db")
    row = db["articles"].get(article_id)
    assert (row["published"], row["published_from"]) == ("2024-05-02T09:15:00+00:00", "feed")
    assert db["article_versions"].count == 0
    # The story index holds the article under its day now.
    day, = db.execute("select day from story_indexed where article_id = ?", [article_id]).fetchone()
    assert day == dt.date(2024, 5, 2).toordinal()


def test_a_date_the_page_states_wins_over_the_feed(tmp_path):
    crawl = CrawlArchive(Archive(tmp_path / "archive.db"))
    crawl.feed_dates.note("blog", "http://s.example/feed/", {POST_URL: "Thu, 02 May 2024 09:15:00 +0000"})
    dated = UNDATED_POST.replace("<h1>", '<time datetime="2024-04-30">30 April 2024</time><h1>')
    item = ArticleItem(source="blog", url=POST_URL, html=dated, fetched_at="2024-05-03T10:00:00+00:00")
    item = crawl.feed_dates.date(clean_item(item))
    assert (item.published, item.published_from) == ("2024-04-30", "time")
    # Another source's feed says nothing of this source's pages.
    other = ArticleItem(source="other", url=POST_URL, html=UNDATED_POST, fetched_at="2024-05-03T10:00:00+00:00",
                        listed_as_article=True)
    assert crawl.feed_dates.date(clean_item(other)).published is None
    crawl.archive.close()


# A notice page with no date line: its one short paragraph mentions the day of the work it announces.
MENTIONED_DAY_POST = """<html lang="en"><head><title>Planned maintenance</title></head><body>
<header class="banner"><h1><span class="subtitle">Planned maintenance</span></h1></header>
<div class="content"><nav class="side"><div><a href="/about/">About the services</a></div>
<a href="/model/">Information model</a> <a href="/security/">Security</a> <a href="/access/">Getting access</a>
<a href="/guide/">Guide for consumers</a> <a href="/test/">Test environments</a> <a href="/lookup/">Lookup</a>
<div><a href="/questions/">Questions and answers</a></div><div><a href="/news/">News</a></div></nav>
<div class="data"><div class="block"><div class="block-body">
<p>Routine work on our servers. The lookup service will be unavailable on Thursday 05.10.2023 between 18:00 and 19:00.</p>
</div></div></div></div></body></html>"""


def test_a_day_the_running_text_mentions_is_weak_and_the_feed_date_wins(tmp_path):
    crawl = CrawlArchive(Archive(tmp_path / "archive.db"))
    item = ArticleItem(source="blog", url=POST_URL, html=MENTIONED_DAY_POST, fetched_at="2024-05-03T10:00:00+00:00",
                       listed_as_article=True)
    item = crawl.feed_dates.date(clean_item(item))
    # Without a feed date the mentioned day is all there is, kept and marked as weak.
    assert (item.published, item.published_from) == ("2023-10-05", "running-text")
    store_item(crawl.archive, crawl.stories, dedupe_item(item))
    # The feed, read after the page, dates it at the end of the crawl; read before, as the page is cleaned.
    crawl.feed_dates.note("blog", "http://s.example/feed/", {POST_URL: "Wed, 04 Oct 2023 10:20:00 +0000"})
    crawl.finish()
    row = sqlite_utils.Database(tmp_path / "archive.db")["articles"].get(crawl_id := 1)
    assert (row["published"], row["published_from"]) == ("2023-10-04T10:20:00+00:00", "feed"), crawl_id
    again = Archive(tmp_path / "again.db")
    fed = CrawlArchive(again)
    fed.feed_dates.note("blog", "http://s.example/feed/", {POST_URL: "Wed, 04 Oct 2023 10:20:00 +0000"})
    item = ArticleItem(source="blog", url=POST_URL, html=MENTIONED_DAY_POST, fetched_at="2024-05-03T10:00:00+00:00")
    assert fed.feed_dates.date(clean_item(item)).published_from == "feed"
    again.close()


def test_a_day_among_the_address_words_is_weak_and_the_feed_date_wins(tmp_path):
    """Fails before: a notice's address names the day it is about ("maintenance-25-10-2023"), not the day it was
    published; with no date on the page that day was the article's date even though the feed dated it."""
    crawl = CrawlArchive(Archive(tmp_path / "archive.db"))
    url = "http://s.example/news/maintenance-25-10-2023/"
    undated = MENTIONED_DAY_POST.replace(" on Thursday 05.10.2023", " on Thursday")
    item = ArticleItem(source="blog", url=url, html=undated, fetched_at="2024-05-03T10:00:00+00:00")
    assert (crawl.feed_dates.date(clean_item(item)).published, item.published_from) == ("2023-10-25", "url-words")
    crawl.feed_dates.note("blog", "http://s.example/feed/", {url: "Wed, 04 Oct 2023 10:20:00 +0000"})
    item = ArticleItem(source="blog", url=url, html=undated, fetched_at="2024-05-03T10:00:00+00:00")
    item = crawl.feed_dates.date(clean_item(item))
    assert (item.published, item.published_from) == ("2023-10-04T10:20:00+00:00", "feed")
    crawl.archive.close()


LONG_SENTENCE = ("Routine work on our servers means the lookup service answers slowly for a while, and replies to"
                 " requests may come late; please send them again if no reply has come within the hour.")
# Dates the page's text mentions, each where a notice without a date line of its own sets them: a status line
# after the text (in one short block of paragraphs, or in a paragraph of its own), a subheading naming the day a
# change starts, a deadline in a later paragraph or list item. None is the day of publication.
TEXT_DATES = {
    "status line in a short block": '<p>The lookup service is unstable.</p><p>Error since: 05.10.2023 18:00</p>',
    "status line after a paragraph": f'<p>{LONG_SENTENCE[:120]}.</p><p>Error since: Thursday 05.10.2023 kl 18:00</p>',
    "subheading naming a day": f'<h3>Meeting about the changes to the register from 5.10.23</h3><p>{LONG_SENTENCE}</p>',
    "deadline paragraph": f'<p>{LONG_SENTENCE} {LONG_SENTENCE}</p><p>Deadline for replies: 5 October 2023.</p>',
    "list item": f'<p>{LONG_SENTENCE} {LONG_SENTENCE}</p><ul><li><b>Thursday 05.10.2023</b> from 18:00 for two'
                 f' hours. {LONG_SENTENCE}</li></ul>',
}


def test_a_day_the_text_mentions_after_its_start_or_in_a_subheading_is_weak_and_the_feed_date_wins(tmp_path):
    """Fails before: each of these days was taken as the page's own ("text") and kept over the feed's date."""
    crawl = CrawlArchive(Archive(tmp_path / "archive.db"))
    page = MENTIONED_DAY_POST.split('<div class="block-body">')[0] + '<div class="block-body">{}</div></div></div></div>'
    for case, text in TEXT_DATES.items():
        item = ArticleItem(source="blog", url=POST_URL, html=page.format(text), fetched_at="2024-05-03T10:00:00+00:00")
        item = clean_item(item)
        assert (item.published[:10], item.published_from) == ("2023-10-05", "running-text"), case
    crawl.feed_dates.note("blog", "http://s.example/feed/", {POST_URL: "Wed, 04 Oct 2023 10:20:00 +0000"})
    for case, text in TEXT_DATES.items():
        item = ArticleItem(source="blog", url=POST_URL, html=page.format(text), fetched_at="2024-05-03T10:00:00+00:00")
        item = crawl.feed_dates.date(clean_item(item))
        assert (item.published, item.published_from) == ("2023-10-04T10:20:00+00:00", "feed"), case
    crawl.archive.close()


def test_a_day_the_headline_stamps_in_the_address_is_weak_and_the_feed_date_wins(tmp_path):
    """Fails before: "/maintenance-20231005/" under the headline "Maintenance - 20231005" was the page's date
    ("url") over the feed's; the address was made from the headline, whose stamp is no publication day. A news
    address stamped by its system ("/budget-approved-20231005.html", the headline without it) still dates it."""
    crawl = CrawlArchive(Archive(tmp_path / "archive.db"))
    url = "http://s.example/news/maintenance-20231005/"
    stamped = MENTIONED_DAY_POST.replace(" on Thursday 05.10.2023", "")
    stamped = stamped.replace("Planned maintenance", "Maintenance - 20231005")
    item = ArticleItem(source="blog", url=url, html=stamped, fetched_at="2024-05-03T10:00:00+00:00")
    assert (clean_item(item).published, item.published_from) == ("2023-10-05", "url-words")
    crawl.feed_dates.note("blog", "http://s.example/feed/", {url: "Wed, 04 Oct 2023 10:20:00 +0000"})
    item = ArticleItem(source="blog", url=url, html=stamped, fetched_at="2024-05-03T10:00:00+00:00")
    item = crawl.feed_dates.date(clean_item(item))
    assert (item.published, item.published_from) == ("2023-10-04T10:20:00+00:00", "feed")
    news_url = "http://s.example/news/budget-approved-20231005.html"
    plain = MENTIONED_DAY_POST.replace(" on Thursday 05.10.2023", "")
    item = ArticleItem(source="blog", url=news_url, html=plain, fetched_at="2024-05-03T10:00:00+00:00")
    assert (clean_item(item).published, item.published_from) == ("2023-10-05", "url")
    crawl.archive.close()


def test_a_date_line_opening_the_text_or_standing_alone_still_wins_over_the_feed(tmp_path):
    crawl = CrawlArchive(Archive(tmp_path / "archive.db"))
    crawl.feed_dates.note("blog", "http://s.example/feed/", {POST_URL: "Wed, 04 Oct 2023 10:20:00 +0000"})
    opening = MENTIONED_DAY_POST.replace("<p>Routine work", "<p>05.10.2023 Routine work")
    alone = MENTIONED_DAY_POST.replace('<div class="block-body">', '<div class="block-body"><p>3 October 2023</p>')
    for html, day in ((opening, "2023-10-05"), (alone, "2023-10-03")):
        item = ArticleItem(source="blog", url=POST_URL, html=html, fetched_at="2024-05-03T10:00:00+00:00")
        item = crawl.feed_dates.date(clean_item(item))
        assert (item.published, item.published_from) == (day, "text")
    crawl.archive.close()


def test_a_rebuild_from_the_captures_keeps_a_feed_date_met_after_the_page(tmp_path):
    source = Source("blog", "Blog", ("http://s.example/news/",), allowed_hosts=("s.example",))
    writer = CaptureWriter(tmp_path / "warc", [source])
    writer.write(Capture(source="blog", url=POST_URL, status=200, headers=[("Content-Type", "text/html; charset=utf-8")],
                         body=UNDATED_POST.encode(), fetched_at="2024-05-03T10:00:00+00:00"))
    writer.write_link_forms(LinkForms("blog", POST_URL, (), "2024-05-02T09:15:00+00:00"), "2024-05-03T10:05:00+00:00")
    writer.close()
    replay_captures(sorted((tmp_path / "warc").glob("*.warc.gz")), tmp_path / "rebuilt.db", show_progress=False)
    row = next(sqlite_utils.Database(tmp_path / "rebuilt.db").query("select published, published_from from articles"))
    assert row == {"published": "2024-05-02T09:15:00+00:00", "published_from": "feed"}


def test_an_address_naming_only_the_month_takes_the_feeds_day_of_that_month(tmp_path):
    """Fails before: "/2023/10/slug/" dated the page 2023-10-01 ("url") and the feed's 2023-10-04 never replaced it;
    a feed date in another month does not move it."""
    crawl = CrawlArchive(Archive(tmp_path / "archive.db"))
    url = "http://s.example/news/2023/10/maintenance/"
    undated = MENTIONED_DAY_POST.replace(" on Thursday 05.10.2023", " on Thursday")
    item = clean_item(ArticleItem(source="blog", url=url, html=undated, fetched_at="2024-05-03T10:00:00+00:00"))
    assert (item.published, item.published_from) == ("2023-10-01", "url-month")
    crawl.feed_dates.note("blog", "http://s.example/feed/", {url: "Wed, 04 Oct 2023 10:20:00 +0000"})
    item = ArticleItem(source="blog", url=url, html=undated, fetched_at="2024-05-03T10:00:00+00:00")
    item = crawl.feed_dates.date(clean_item(item))
    assert (item.published, item.published_from) == ("2023-10-04T10:20:00+00:00", "feed")
    other = "http://s.example/news/2023/11/maintenance/"
    crawl.feed_dates.note("blog", "http://s.example/feed/", {other: "Wed, 04 Oct 2023 10:20:00 +0000"})
    item = ArticleItem(source="blog", url=other, html=undated, fetched_at="2024-05-03T10:00:00+00:00")
    item = crawl.feed_dates.date(clean_item(item))
    assert (item.published, item.published_from) == ("2023-11-01", "url-month")
    crawl.archive.close()
