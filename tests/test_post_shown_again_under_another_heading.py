"""A page showing a stored post's whole text again under another heading (a CMS's reply page: "Reply to comment" over
the post and a comment form) is that post's copy, whatever its title: one article, at the post's own address, with its
title, whichever page the crawl meets first. Two posts of one day sharing a paragraph of boilerplate stay two."""
from __future__ import annotations

import random

import sqlite_utils

from news_archive.archive.record import ArticleItem
from news_archive.archive.storage import Archive
from news_archive.archive.stories.placement import Stories
from news_archive.pipelines.dedupe import dedupe_item
from news_archive.pipelines.store import store_item
from fault_site import FaultServer, crawl_one_source, page

SITE = "https://harbour.example"
SHARED = "Sign the harbour petition at the ferry kiosk or at any of the stands we keep in the market on Saturdays."
POSTS = {
    "/2021/03/04/ferry-timetable.html": ("The ferry keeps its winter timetable", [
        "The council voted on Thursday to keep the ferry's winter timetable through the summer, citing the crews.",
        "Boats will leave the north pier every forty minutes, and the last crossing stays at half past nine.",
        SHARED]),
    "/2021/03/04/pier-lights.html": ("New lights on the old pier", [
        "Twelve lamps now line the old pier, paid for by the fishing cooperative and fitted by volunteers in March.",
        "The cooperative asks walkers to keep to the planks on the left while the railings are painted this week.",
        SHARED]),
}
REPLY = "Reply to comment"


def _item(url: str, title: str, paragraphs: list[str]) -> ArticleItem:
    return ArticleItem(source="harbour", url=url, html="", fetched_at="2021-03-05T08:00:00+00:00", title=title,
                       body="\n\n".join(paragraphs), language="en", published="2021-03-04T10:15:00")


def _stored(tmp_path, name: str, items: list[ArticleItem]) -> list[tuple[str, str]]:
    archive = Archive(tmp_path / f"{name}.db")
    stories = Stories(archive)
    for item in items:
        store_item(archive, stories, dedupe_item(item))
    return sorted((row["url"], row["title"]) for row in archive.db["articles"].rows)


def _items() -> list[ArticleItem]:
    items = []
    for number, (path, (title, paragraphs)) in enumerate(POSTS.items(), start=41):
        # The post's page shows its writer's blog link under the text, extracted with it; the reply page does not.
        items += [_item(f"{SITE}{path}", title, [*paragraphs, "harbourmaster's blog"]),
                  _item(f"{SITE}/comment/reply/{number}.html", REPLY, paragraphs)]
    return items


def test_a_reply_page_showing_a_post_again_is_the_posts_copy_in_any_order(tmp_path):
    # Fails before: each reply page was an article of its own, titled "Reply to comment", beside its post.
    expected = sorted((f"{SITE}{path}", title) for path, (title, _paragraphs) in POSTS.items())
    items = _items()
    for order in range(4):
        random.Random(order).shuffle(items)
        assert _stored(tmp_path, f"order{order}", [dedupe_item(item) for item in items]) == expected


def test_two_posts_of_one_day_sharing_a_paragraph_of_boilerplate_stay_two(tmp_path):
    paragraphs = [SHARED, "Questions go to the harbour office, open on weekdays from nine to noon and on Fridays "
                          "until four, or to the ferry crews, who know the timetable better than anyone else does."]
    first = _item(f"{SITE}/2021/03/04/petition.html", "Sign the petition", paragraphs[:1] * 3)
    second = _item(f"{SITE}/2021/03/04/questions.html", "Questions?", paragraphs)
    # The same notice for another pier, a word changed: a post of its own.
    [ferry] = [paragraphs for title, paragraphs in POSTS.values() if "ferry" in title]
    south = _item(f"{SITE}/2021/03/04/south-ferry.html", "The south ferry too", [ferry[0].replace("ferry", "boat"),
                                                                                    *ferry[1:]])
    assert len(_stored(tmp_path, "apart", [first, second, _item(f"{SITE}/2021/03/04/ferry-timetable.html",
                                                                  "The ferry keeps its winter timetable", ferry),
                                              south])) == 4


def _page(title: str, heading: str, paragraphs: list[str], form: str = "") -> str:
    text = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return (f"<!DOCTYPE html><html lang='en'><head><title>{heading} | Harbour news</title></head><body>"
            "<div id='header'><a href='/blog.html'>Harbour news</a></div><div id='center'>"
            f"<h2>{heading}</h2><div class='node'><h2><a href='#'>{title}</a></h2>"
            "<span class='submitted'>4 March 2021 - 10:15 - harbourmaster</span>"
            f"<div class='content'>{text}</div></div>{form}</div></body></html>")


def _harbour_site(reply_first: bool) -> FaultServer:
    server = FaultServer()
    teasers = []
    for number, (path, (title, paragraphs)) in enumerate(POSTS.items(), start=41):
        reply = f"/comment/reply/{number}.html"
        links = f"<ul class='links'><li><a href='{reply}'>Add new comment</a></li></ul>"
        server.routes[path] = page(_page(title, title, paragraphs, links).replace(f"<h2>{title}</h2>", "", 1))
        form = ("<form action='#' method='post'><label>Subject</label><input name='subject'><label>Comment</label>"
                "<textarea name='comment'></textarea><input type='submit' value='Save'></form>")
        server.routes[reply] = page(_page(title, REPLY, paragraphs, form))
        teaser = (f"<div class='node'><h2><a href='{path}'>{title}</a></h2><span class='submitted'>4 March 2021 - "
                  f"10:15</span><div class='content'><p>{paragraphs[0]}</p></div>{links}</div>")
        teasers.append(teaser)
    if reply_first:
        teasers.reverse()
    server.routes["/blog.html"] = page("<html><head><title>Blog | Harbour news</title></head><body><div id='center'>"
                                       f"<h2>Blog</h2>{''.join(teasers)}</div></body></html>")
    return server


def test_a_crawl_archives_each_post_once_at_its_own_address_whichever_page_it_meets_first(tmp_path):
    stored = []
    for reply_first in (False, True):
        folder = tmp_path / f"reply-first-{reply_first}"
        folder.mkdir()
        server = _harbour_site(reply_first)
        base = server.base_url
        crawl_one_source(server, folder, "harbour", "Harbour news", start="/blog.html")
        stored.append(sorted((row["url"].removeprefix(base), row["title"])
                             for row in sqlite_utils.Database(folder / "a.db")["articles"].rows))
    assert stored == [sorted((path, title) for path, (title, _paragraphs) in POSTS.items())] * 2


def test_two_posts_of_one_series_naming_their_own_theme_stay_two(tmp_path):
    # Fails before: the second video post was folded into the first as its copy, since the words they differ by (one
    # dropped, another added: "harbour safety" against "safe harbour") looked like a label one shows and the other not.
    series = ("Our volunteers filmed a series of short videos about life in the harbour this spring. Each of them "
              "shows how the crews, the fishers and the ferry staff share the quays through the busy season.")
    first = _item(f"{SITE}/2021/03/04/video-safety.html", "Harbour safety on film",
                  [series, "This video is about the theme of harbour safety."])
    second = _item(f"{SITE}/2021/03/04/video-shelter.html", "A shelter for every boat",
                   [series, "This video is about the theme of safe harbour."])
    assert _stored(tmp_path, "series", [first, second]) == sorted(
        (item.url, item.title) for item in (first, second))


def test_two_notices_of_one_template_under_headlines_of_their_own_stay_two(tmp_path):
    # Fails before: the second notice, word for word the first one's text, was folded into it as a copy shown under
    # another heading, and the archive kept one of them under the other's address.
    notice = ["The harbour board has read the offers sent in answer to its call and publishes its record of them here.",
              "The full record of the offers and the call itself are in the documents below.",
              "We thank every supplier who took part. Chair of the harbour board"]
    welding = _item(f"{SITE}/notices/welding-line.html", "Offers read - a welding line for the north quay cranes",
                    notice)
    deburring = _item(f"{SITE}/notices/deburring-line.html", "Offers read - a deburring line for the ferry workshop",
                      notice)
    assert _stored(tmp_path, "notices", [welding, deburring]) == sorted(
        (item.url, item.title) for item in (welding, deburring))


def test_a_language_folders_version_under_a_translated_headline_stays_an_article_of_its_own(tmp_path):
    # Fails before: the `/en/` version, the post's text under a short translated headline, met on the same day (both
    # dated by a day their text names), was folded into the post as a copy shown under another heading; its twin
    # with a two-word headline was kept apart, as an untranslated copy is one only under the post's own title.
    [(title, paragraphs)] = [post for post in POSTS.values() if "ferry" in post[0]]
    original = _item(f"{SITE}/news/ferry-timetable/", "Lautta talviaikataulu", paragraphs)
    version = _item(f"{SITE}/en/news/ferry-timetable/", "New ferry winter timetable", paragraphs)
    for order, items in enumerate(([original, version], [version, original])):
        assert _stored(tmp_path, f"twins{order}", items) == sorted((item.url, item.title) for item in items)
