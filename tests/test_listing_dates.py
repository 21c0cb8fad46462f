"""A page that states no date, and which no feed dates, is dated by the day its listing shows beside its link: a
"date – link" line, a teaser card's date line; kept in the archive and in the captures, for later crawls and a
`reprocess`. A teaser showing two days (an event's and the announcement's) dates nothing; a day its excerpt's sentences
name is an event's, not the post's."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlite_utils
from lxml import html as lxml_html

from news_archive.archive.crawl.replay import replay_captures
from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.record import ArticleItem
from news_archive.archive.sources import load_sources
from news_archive.archive.storage import Archive
from news_archive.pipelines.archive_connection import CrawlArchive
from news_archive.pipelines.clean import clean_item
from news_archive.pipelines.listing_dates import listing_date, teaser_date
from news_archive.spiders.discovery import page_links
from news_archive.spiders.listing_dates import teaser_texts
from news_archive.spiders.navigation_regions import NavigationRegions
from fault_site import FaultServer, page

READ_AT = dt.datetime(2024, 6, 1, tzinfo=dt.timezone.utc)


def test_a_teaser_dates_its_link_only_by_the_one_day_it_shows():
    assert teaser_date("March 5, 2024 – The club opens its new track.", READ_AT) == "2024-03-05"
    assert teaser_date("Published 2024-03-05 · 3 min read", READ_AT) == "2024-03-05"
    # The event's day and the announcement's: which one is the post's is not for us to guess.
    assert teaser_date("Workshop on 12 September 2024. Posted 2 March 2024", READ_AT) is None
    assert teaser_date("The club opens its new track.", READ_AT) is None
    assert teaser_date("Open day: 20 June 2024", READ_AT) is None  # a day to come is an event's
    # Line by line: the card's date line states the post's day, its excerpt's sentences mention the event's.
    assert teaser_date("Posted 2 January 2024\nThe camp runs 10 July 2023 to 14 July 2023.", READ_AT) == "2024-01-02"
    assert teaser_date("Am 14.11.2023 fand das zweite Treffen des Beirats statt.", READ_AT) is None
    assert teaser_date("On 14 November 2023 the board met for the second time.", READ_AT) is None
    assert teaser_date("Posted on 3 May 2024 by Anna Berg in News, Club, Events", READ_AT) == "2024-05-03"
    # A day labelled by another name is that thing's, on one line or on two.
    assert teaser_date("Call for papers\nDeadline:\n08.12.2023 (extended)", READ_AT) is None
    assert teaser_date("Deadline: 08.12.2023", READ_AT) is None
    # A page announced twice (a later line for its update) takes the later day.
    assert listing_date(["March 5, 2024 – Track plans", "April 9, 2024 – Track opened", "Track"], READ_AT) == "2024-04-09"


LISTING = """<html><head><title>News</title></head><body>
<nav class="menu"><a href="/news/">News</a> 2024-01-01 <a href="/about/">About the club</a></nav>
<main><h1>News</h1>
<p>March 5, 2024 &ndash; The club presents <a href="/news/track/">plans for the new track</a> to members.</p>
<p>February 20, 2024 &ndash; <a href="/news/meeting/">Annual meeting</a>; <a href="https://elsewhere.example/m">minutes</a>.</p>
<div class="card"><img src="/i.png"><div class="meta"><span>12 January 2024</span> in
 <a rel="category tag" href="/topics/club/">Club</a></div><h2><a href="/news/winter-cup/">The winter cup</a></h2>
 <p>Results and pictures from the cup.</p><a href="/news/winter-cup/">Read more</a></div>
<div class="card"><div class="meta">Posted 2 January 2024</div><h2><a href="/news/camp/">Summer camp</a></h2>
 <p>The camp runs 10 July 2023 to 14 July 2023 this year.</p></div>
<div class="card"><h2><a href="/news/board/">The board met</a></h2>
 <div class="excerpt">On 14 November 2023 the board met for the second time and talked about the track.</div></div>
<p class="lines">4 December 2023 &ndash; <a href="/news/lights/">New lights on the track</a><br>
 1 December 2023 &ndash; <a href="/news/coach/">A new coach for the juniors</a></p>
<p>See also <a href="/news/track/">the track</a> and <a href="/news/meeting/">the meeting</a> on 3 March 2024.</p>
</main></body></html>"""


def test_the_text_of_each_teaser_around_a_link_goes_with_the_link_its_words_left_out():
    root = lxml_html.fromstring(LISTING)
    regions = NavigationRegions(root)
    texts = teaser_texts(root, "http://s.example/news/", page_links(root, "http://s.example/news/", regions), regions)
    assert texts["http://s.example/news/track/"] == ["March 5, 2024 – The club presents to members."]
    assert texts["http://s.example/news/meeting/"] == ["February 20, 2024 – ; minutes ."]
    # A card: its date line, its tag link and excerpt; the picture's and the headline's links are the page's own.
    # Each element's text on a line of its own.
    assert texts["http://s.example/news/winter-cup/"] == ["12 January 2024 in Club\nResults and pictures from the cup."]
    assert texts["http://s.example/news/camp/"] == ["Posted 2 January 2024\nThe camp runs 10 July 2023 to 14 July 2023 "
                                                    "this year."]
    # Lines of one paragraph, each its own link's.
    assert texts["http://s.example/news/lights/"] == ["4 December 2023 –"]
    assert texts["http://s.example/news/coach/"] == ["1 December 2023 –"]
    assert "http://s.example/about/" not in texts  # the menu's


def undated_post(title: str, word: str) -> str:
    paragraphs = "".join(f"<p>The club's news about {word}: members met at the track and talked about the season"
                         f" ahead, paragraph {n}, with plans for training and races.</p>" for n in range(1, 4))
    return (f"<!DOCTYPE html><html lang=\"en\"><head><title>{title} | The Club</title>"
            f"<meta property=\"og:type\" content=\"article\"></head><body><main><article><h1>{title}</h1>"
            f"{paragraphs}</article></main></body></html>")


POSTS = {"/news/track/": "Plans for the new track", "/news/meeting/": "Annual meeting",
         "/news/winter-cup/": "The winter cup", "/news/camp/": "Summer camp", "/news/lights/": "New lights on the track",
         "/news/coach/": "A new coach for the juniors", "/news/board/": "The board met"}
EXPECTED = {"/news/track/": "2024-03-05", "/news/meeting/": "2024-02-20", "/news/winter-cup/": "2024-01-12",
            "/news/camp/": "2024-01-02",  # its card's date line; its excerpt names the camp's days
            "/news/lights/": "2023-12-04", "/news/coach/": "2023-12-01",
            "/news/board/": None}  # its excerpt names the meeting's day, which is no post's


def _club(tmp_path: Path):
    server = FaultServer()
    server.routes["/news/"] = page(LISTING)
    for path, title in POSTS.items():
        server.routes[path] = page(undated_post(title, path.strip("/").split("/")[-1]))
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[source]]\nid = "club"\nname = "The Club"\nstart_urls = ["{server.base_url}/news/"]\n',
                       encoding="utf-8")
    return server, load_sources(sources)


def _dates(db_path: Path) -> dict[str, tuple[str | None, str | None]]:
    rows = sqlite_utils.Database(db_path).query("select url, published, published_from from articles")
    return {"/" + row["url"].split("/", 3)[3]: (row["published"], row["published_from"]) for row in rows}


def test_a_crawl_dates_undated_posts_by_their_listing_and_a_reprocess_keeps_it(tmp_path):
    """Fails before: no post's page states a date, and every post was stored undated. (Until teasers were read line by
    line, the camp's card was not dated by its date line and the board's by the day its excerpt names.)"""
    server, sources = _club(tmp_path)
    try:
        [run] = run_crawl(sources, tmp_path / "a.db", show_progress=False, warc_dir=tmp_path / "warc")
        [night] = run_crawl(sources, tmp_path / "a.db", show_progress=False, warc_dir=tmp_path / "warc")
    finally:
        server.stop()
    assert (run.status, run.articles_new) == ("ok", len(POSTS))
    expected = {path: (day, "listing" if day else None) for path, day in EXPECTED.items()}
    assert _dates(tmp_path / "a.db") == expected
    assert night.status == "ok"  # the next night's incremental crawl leaves them as they are
    assert _dates(tmp_path / "a.db") == expected
    replay_captures(sorted((tmp_path / "warc").glob("*.warc.gz")), tmp_path / "rebuilt.db", show_progress=False)
    assert _dates(tmp_path / "rebuilt.db") == expected


def test_the_page_and_the_feed_date_it_before_the_listing(tmp_path):
    crawl = CrawlArchive(Archive(tmp_path / "archive.db"))
    url = "http://s.example/news/track/"
    crawl.listing_dates.note("club", "http://s.example/news/", {url: ["March 5, 2024 – The club presents"]})
    fetched = "2024-05-03T10:00:00+00:00"
    item = ArticleItem(source="club", url=url, html=undated_post("Track", "track"), fetched_at=fetched)
    item = crawl.listing_dates.date(crawl.feed_dates.date(clean_item(item)))
    assert (item.published, item.published_from) == ("2024-03-05", "listing")
    dated = undated_post("Track", "track").replace("<h1>", '<time datetime="2024-03-04">4 March 2024</time><h1>')
    item = ArticleItem(source="club", url=url, html=dated, fetched_at=fetched)
    assert crawl.listing_dates.date(crawl.feed_dates.date(clean_item(item))).published_from == "time"
    crawl.feed_dates.note("club", "http://s.example/feed/", {url: "Mon, 04 Mar 2024 18:00:00 +0000"})
    item = ArticleItem(source="club", url=url, html=undated_post("Track", "track"), fetched_at=fetched)
    assert crawl.listing_dates.date(crawl.feed_dates.date(clean_item(item))).published_from == "feed"
    crawl.archive.close()


def _long_excerpt_card(path: str, day: str, title: str) -> str:
    """A blog generator's listing entry: the headline, a list of the post's day, author and category, and the post's
    first paragraphs as its excerpt, here longer than a teaser."""
    excerpt = "".join(f"<p>The juniors trained on the new track this week, lap {n} of a long session, and the coach "
                      f"wrote down how each of them did in the wet corners and on the long straight.</p>"
                      for n in range(1, 9))
    return (f"<div class='section blog-post'><h2 class='blog-post-title'><a href='{path}'>{title}</a></h2>"
            f"<ul class='blog-archive'><li><span>{day}</span></li>"
            f"<li><a rel='author' href='/blog/author/anna/'>Anna Berg</a></li>"
            f"<li><a rel='tag' href='/blog/category/juniors/'>juniors</a></li></ul>"
            f"<p class='blog-post-excerpt'>{excerpt}</p>"
            f"<p><a class='more' href='{path}'>Read more ...</a></p></div>")


def test_a_long_excerpt_leaves_its_date_line_to_date_the_post(tmp_path):
    """Fails before: a listing entry showing more than a teaser's text (the post's first paragraphs) counted as a post
    shown in full, so the date line at its head dated nothing, and the undated posts were stored without a day."""
    posts = {"/blog/week-1/": ("29 May 2023", "Training week 1"), "/blog/week-2/": ("05 June 2023", "Training week 2")}
    listing = ("<html><head><title>Blog</title></head><body><main><h1>All posts</h1>"
               + "".join(_long_excerpt_card(path, day, title) for path, (day, title) in posts.items())
               + "</main></body></html>")
    server = FaultServer()
    server.routes["/blog/"] = page(listing)
    for path, (_day, title) in posts.items():
        server.routes[path] = page(undated_post(title, path.strip("/").split("/")[-1]))
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[source]]\nid = "club"\nname = "The Club"\nstart_urls = ["{server.base_url}/blog/"]\n',
                       encoding="utf-8")
    try:
        [run] = run_crawl(load_sources(sources), tmp_path / "a.db", show_progress=False)
    finally:
        server.stop()
    assert run.articles_new == 2
    assert _dates(tmp_path / "a.db") == {"/blog/week-1/": ("2023-05-29", "listing"),
                                         "/blog/week-2/": ("2023-06-05", "listing")}
