"""A site that posts a picture alone under the same headline every year (a season's greeting card) has one post a year:
with no text, headline and empty body agree across years, and only the day tells them apart. The same picture post
met at two addresses of the site on its day stays one article."""
from __future__ import annotations

import sqlite_utils

from fault_site import FaultServer, crawl_one_source, page, stored_paths
from news_archive.archive.storage import Archive
from news_archive.pipelines.dedupe import content_fingerprint

PROSE = ("The seed bank counted its drawers again this spring and found room for two hundred more samples. Growers "
         "who want to lend a variety can write to the curator, who keeps the lending book up to date.")
GREETING = "<p><img src='/images/card-{year}.png' width='60%' alt='A card' /></p>"
POSTS = {"/content/news/2022-12-22-season-greetings.html": ("Season greetings", "22 Dec 2022", GREETING.format(year=2022)),
         "/content/news/2023-05-10-drawers-counted.html": ("Drawers counted", "10 May 2023", f"<p>{PROSE}</p>"),
         "/content/news/2023-12-21-season-greetings.html": ("Season greetings", "21 Dec 2023", GREETING.format(year=2023))}
SITE = "https://seedbank.example"
# The 2023 card as a newsletter links it, with a tracking parameter: the same post.
ALIAS = "/content/news/2023-12-21-season-greetings.html?utm_source=newsletter"


def _shell(title: str, inner: str) -> str:
    # The <h1> in the hero is left empty.
    return (f"<html><head><meta charset='utf-8'><title>{title} - seedbank</title></head><nav class='navbar'>"
            "<a href='/news.html'>News</a></nav><body><section class='hero is-dark'><div class='hero-body'>"
            "<div class='container'><h1 class='title'></h1></div></div></section><section class='section'>"
            f"<div class='container p-4'>{inner}</div></section></body></html>")


def _post(title: str, day: str, content: str) -> str:
    return _shell(title, f"<h1 class='title is-1'>{title}</h1><h2 class='subtitle is-2'>{day}</h2>"
                  f"<div class='content'>{content}</div>")


def _listing() -> str:
    cards = "".join(f"<div class='card'><a href='{path}'><h3>{title}</h3></a><p>{day}</p></div>"
                    for path, (title, day, _content) in POSTS.items())
    title, day, _content = POSTS["/content/news/2023-12-21-season-greetings.html"]
    cards += f"<div class='card'><a href='{ALIAS}'><h3>{title}</h3></a><p>{day}</p></div>"
    return _shell("News", f"<h1 class='title is-1'>News</h1><div class='columns'>{cards}</div>")


def test_picture_posts_of_one_headline_a_year_apart_are_two_articles_and_a_tracking_address_adds_none(tmp_path):
    # Fails before: the two cards had one fingerprint (the same headline, no text) and the second met was folded into
    # the first, its address recorded as an alias of it.
    server = FaultServer()
    server.routes["/news.html"] = page(_listing())
    for path, post in POSTS.items():
        server.routes[path] = page(_post(*post))
    crawl_one_source(server, tmp_path, "seedbank", "seedbank", "/news.html")
    stored = stored_paths(server, tmp_path)
    assert stored == set(POSTS)
    days = sorted(row["published"][:10] for row in sqlite_utils.Database(tmp_path / "a.db")["articles"].rows)
    assert days == ["2022-12-22", "2023-05-10", "2023-12-21"]


def _picture_post(url: str, published: str) -> dict:
    return {"source": "seedbank", "url": url, "title": "Season greetings", "body": "", "language": "en",
            "published": published, "content_hash": content_fingerprint("Season greetings", "")}


def test_a_picture_post_is_one_article_at_two_addresses_on_its_day_and_another_on_another_day(tmp_path):
    # Fails before: the fingerprint of a headline and no text matched whatever the day, so next year's card was
    # folded into this year's.
    archive = Archive(tmp_path / "archive.db")
    seen = "2024-01-05T08:00:00+00:00"
    first = archive.save_article(_picture_post(f"{SITE}/news/season-greetings/", "2022-12-22"),
                                 [f"{SITE}/news/season-greetings/"], seen).article_id
    alias = archive.save_article(_picture_post(f"{SITE}/?p=311", "2022-12-22T09:30:00+01:00"), [f"{SITE}/?p=311"],
                                 seen)
    assert (alias.article_id, alias.outcome) == (first, "unchanged")
    next_year = archive.save_article(_picture_post(f"{SITE}/news/season-greetings-2/", "2023-12-21"),
                                     [f"{SITE}/news/season-greetings-2/"], seen)
    assert (next_year.article_id != first, next_year.outcome) == (True, "new")
    # A long enough text is one post by its words alone, at any address and whatever its day.
    long_text = {**_picture_post(f"{SITE}/news/report/", "2023-03-01"), "body": PROSE}
    long_text["content_hash"] = content_fingerprint(long_text["title"], PROSE)
    report = archive.save_article(long_text, [long_text["url"]], seen).article_id
    moved = archive.save_article({**long_text, "url": f"{SITE}/archive/report/", "published": "2023-03-04"},
                                 [f"{SITE}/archive/report/"], seen).article_id
    assert moved == report
