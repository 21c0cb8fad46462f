"""A page nothing of the site presents as news (no feed item, no teaser, outside the posts' address families) is no
article for a day its running text mentions or for the article type its generator stamps on every page."""
from __future__ import annotations

import sqlite3

from click.testing import CliRunner

from fault_site import FaultServer, crawl_one_source, page, stored_paths
from news_archive.archive.cli.main import cli
from news_archive.archive.record import FROM_RUNNING_TEXT
from news_archive.pipelines.extraction import extract_article

POSTS = [(f"/club-night-{n}.html", f"Club night number {n} drew a full hall") for n in range(1, 5)]
JOIN = "/pages/join.html"
UNDATED_POST = "/summer-camp-photos.html"
MENU = "<nav><a href='/'>Home</a> <a href='/category/news.html'>News</a></nav>"
TEXT = ("The players of every age met at the school hall for a long evening of quick games, and the youngest "
        "pupils surprised their coaches once again, round {n}.")


def _head(title: str, day: int | None) -> str:
    dated = f"<meta property='article:published_time' content='2026-03-0{day}T18:00:00+01:00'>" if day else ""
    return f"<title>{title} - Pawn Club</title><meta property='og:type' content='article'>{dated}"


def _entry(title: str, day: int | None, text: str) -> str:
    return (f"<html lang='en'><head>{_head(title, day)}</head><body>{MENU}<main><article><h1>{title}</h1>"
            f"<div class='entry-content'>{text}</div></article></main></body></html>")


LINKS = (f"<p>Registrations are open on <a href='{JOIN}'>the dedicated page</a>, and the photos of the summer are "
         f"in <a href='{UNDATED_POST}'>this post</a>.</p>")


def _listing() -> str:
    """The newest post shown whole, the links in its text too (a static generator's index)."""
    teasers = "".join(f"<article><h2><a href='{path}'>{title}</a></h2><p>{TEXT.format(n=n)}</p>"
                      f"{LINKS if n == 4 else ''}</article>" for n, (path, title) in enumerate(POSTS, 1))
    return (f"<html><head><title>News - Pawn Club</title></head><body>{MENU}<main><h1>News</h1>{teasers}</main>"
            "</body></html>")


def test_a_page_no_listing_or_feed_presents_dated_by_a_season_in_its_text_is_not_stored(tmp_path):
    """Fails before: the registration page, typed an article like every page and dated by the first day of the
    season its text names, was stored beside the posts."""
    server = FaultServer()
    server.routes["/category/news.html"] = page(_listing())
    for n, (path, title) in enumerate(POSTS, 1):
        text = "".join(f"<p>{TEXT.format(n=f'{n}.{k}')}</p>" for k in range(3))
        if n == 4:  # the season's opening post points to the registration page and to an undated post
            text += LINKS
        server.routes[path] = page(_entry(title, n, text))
    server.routes[JOIN] = page(_entry("Join the club", None, (
        "<h2>Weekly classes</h2><p>From 14 September 2026 to 25 June 2027, except during the school holidays. "
        "Registration is done online through the form of our association.</p>"
        "<p>The fee includes the federation licence, the team matches, the internal tournaments and every weekly "
        "class with our qualified coaches.</p>")))
    server.routes[UNDATED_POST] = page(_entry("Summer camp photos", None, "".join(
        f"<p>{TEXT.format(n=f'camp {k}')}</p>" for k in range(3))))
    _run, requested = crawl_one_source(server, tmp_path, "pawn", "Pawn Club", "/category/news.html")
    assert JOIN in requested
    # An undated page at the posts' own address shape is still judged by its markup: the posts are at the root.
    assert stored_paths(server, tmp_path) == {path for path, _title in POSTS} | {UNDATED_POST}
    with sqlite3.connect(tmp_path / "a.db") as db:
        [(reason, detail)] = db.execute("select reason, detail from crawl_pages_skipped where url = ?",
                                        [server.base_url + JOIN]).fetchall()
    assert reason == "not an article" and "presents it as news" in detail
    # Its capture says so: a rebuild from the WARC files leaves it out too.
    result = CliRunner().invoke(cli, ["reprocess", "--db", str(tmp_path / "rebuilt.db"), "--warc", str(tmp_path / "warc")])
    assert result.exit_code == 0, result.output
    with sqlite3.connect(tmp_path / "rebuilt.db") as db:
        rebuilt = {url.removeprefix(server.base_url) for (url,) in db.execute("select url from articles")}
    assert rebuilt == {path for path, _title in POSTS} | {UNDATED_POST}


def test_a_date_opening_a_period_is_a_mention_not_a_date_line():
    """Fails before: "From 14 September 2026 to 25 June 2027" opening the text was read as the page's date line."""
    text = ("<p>From 14 September 2026 to 25 June 2027, except during the school holidays, the classes meet twice a "
            "week.</p><p>The fee includes the federation licence and every weekly class with our coaches.</p>")
    found = extract_article(_entry("Join the club", None, text), "https://club.example/pages/join.html")
    assert (found.published, found.published_from) == ("2026-09-14", FROM_RUNNING_TEXT)
    # A date line followed by words, or a time, states the day the page went out.
    for line in ("14 September 2026 - News", "14 September 2026 - 18:00"):
        found = extract_article(_entry("Join the club", None, f"<p>{line}</p>{text}"), "https://club.example/a.html")
        assert (found.published[:10], found.published_from) == ("2026-09-14", "text"), line
