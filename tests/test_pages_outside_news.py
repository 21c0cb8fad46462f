"""A page nothing of the site presents as news (no feed item, no teaser, outside the posts' address families) is no
article for a day its running text mentions, for the article type its generator stamps on every page, or for days it
shows that are not the day its metadata gives (a life's, a course's evenings)."""
from __future__ import annotations

import sqlite3

from click.testing import CliRunner

from fault_site import FaultServer, crawl_one_source, page, serve_sitemap, stored_paths
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


# A generator that makes every page a post (the blog is one of its tags): the pages share the posts' template,
# root-level address, JSON-LD Article type and metadata date; only the tag's listing and its pager show the posts.
GREENHOUSE_POSTS = [(f"/seedling-report-{n}/", f"Seedling report {n}: the trays by the window", n % 2 == 0)
                    for n in range(1, 7)]
GREENHOUSE_PAGES = ["/the-gardeners/", "/opening-hours/", "/why-we-share-seeds/"]
GREENHOUSE_MENU = ("<nav><a href='/why-we-share-seeds/'>Home</a> <a href='/tags/journal/'>Journal</a> "
                   "<a href='/the-gardeners/'>Gardeners</a> <a href='/opening-hours/'>Visit</a></nav>")


def _greenhouse_entry(path: str, title: str, day: int, shows_date: bool) -> str:
    moment = f"2025-04-{day:02d}T09:30+02:00"
    ld = ('{"@context":"http://schema.org","@type":"Article","headline":"%s","datePublished":"%s",'
          '"mainEntityOfPage":{"@type":"WebPage","@id":"https://greenhouse.example%s"}}' % (title, moment, path))
    shown = f"<time datetime='{moment[:16]}' class='date'>{day} Apr 2025</time>" if shows_date else ""
    text = "".join(f"<p>The {title.lower()} was written on a rainy morning while the volunteers repotted the "
                   f"basil, part {k}, and the tomatoes on the upper shelf kept leaning towards the glass.</p>"
                   for k in range(1, 4))
    return (f"<html lang='en'><head><title>{title} - Greenhouse</title><meta property='og:type' content='article'>"
            f"<script type='application/ld+json'>{ld}</script></head><body>{GREENHOUSE_MENU}<main>"
            f"<article class='post'><header>{shown}<h1>{title}</h1></header><div class='post__entry'>{text}</div>"
            f"</article></main></body></html>")


def _greenhouse_listing(posts, next_page: str | None) -> str:
    cards = "".join(f"<article><header><time datetime='2025-04-{n:02d}T09:30' class='date'>{n} Apr 2025</time>"
                    f"<h2><a href='{path}'>{title}</a></h2></header><p>A few lines about the trays.</p></article>"
                    for n, path, title in posts)
    pager = f"<nav class='pagination'><a rel='next' href='{next_page}'>Older posts</a></nav>" if next_page else ""
    return (f"<html lang='en'><head><title>Journal - Greenhouse</title></head><body>{GREENHOUSE_MENU}<main>"
            f"<h1>Journal</h1>{cards}{pager}</main></body></html>")


def test_pages_a_generator_dates_like_posts_but_no_listing_shows_are_not_stored(tmp_path):
    """Fails before: the site's pages ("The gardeners", "Opening hours"), posts of its generator at the root like the
    journal's, typed Article and dated in their metadata only, were stored as articles."""
    server = FaultServer()
    numbered = [(n, path, title) for n, (path, title, _shows) in enumerate(GREENHOUSE_POSTS, 1)]
    server.routes["/tags/journal/"] = page(_greenhouse_listing(numbered[:3], "/tags/journal/page/2/"))
    server.routes["/tags/journal/page/2/"] = page(_greenhouse_listing(numbered[3:], None))
    for n, (path, title, shows_date) in enumerate(GREENHOUSE_POSTS, 1):
        server.routes[path] = page(_greenhouse_entry(path, title, n, shows_date))
    for n, path in enumerate(GREENHOUSE_PAGES, 20):
        title = path.strip("/").replace("-", " ").capitalize()
        server.routes[path] = page(_greenhouse_entry(path, title, n, shows_date=False))
    # The sitemap lists every post of the generator, pages too.
    serve_sitemap(server, [*GREENHOUSE_PAGES, *(path for path, _title, _shows in GREENHOUSE_POSTS)])
    _run, requested = crawl_one_source(server, tmp_path, "greenhouse", "Greenhouse", "/tags/journal/")
    assert set(GREENHOUSE_PAGES) <= requested
    # A post showing no date of its own is still one: the journal's listing shows it.
    assert stored_paths(server, tmp_path) == {path for path, _title, _shows in GREENHOUSE_POSTS}
    with sqlite3.connect(tmp_path / "a.db") as db:
        reasons = db.execute("select reason, detail from crawl_pages_skipped where url in (?, ?, ?)",
                             [server.base_url + path for path in GREENHOUSE_PAGES]).fetchall()
    assert len(reasons) == 3 and all(reason == "not an article" and "presents it as news" in detail
                                     for reason, detail in reasons)
    # Its capture says so: a rebuild from the WARC files leaves them out too.
    result = CliRunner().invoke(cli, ["reprocess", "--db", str(tmp_path / "rebuilt.db"), "--warc", str(tmp_path / "warc")])
    assert result.exit_code == 0, result.output
    with sqlite3.connect(tmp_path / "rebuilt.db") as db:
        rebuilt = {url.removeprefix(server.base_url) for (url,) in db.execute("select url from articles")}
    assert rebuilt == {path for path, _title, _shows in GREENHOUSE_POSTS}


# Pages of the same generator that show days, though none is the day they went out: a late chairman's page under his
# name and his life's dates, and two course pages giving their evenings (one line each, or in a sentence).
GREENHOUSE_DAYS_PAGES = {
    "/honorary-chairman-piet-claes/": ("Piet Claes", "<p>(°Ghent 3 May 1931 +Bruges, 8 June 2009)</p>"),
    "/pruning-course-evenings/": ("Pruning course evenings", "<p>The evenings of the spring course:</p>"
                                  + "".join(f"<p>{day} March 2025</p>" for day in (4, 11, 18, 25))),
    "/grafting-course/": ("Grafting course", "<p>Hello everyone, on 25 September 2024 the first grafting evening "
                          "opens the course at the community hall, and more evenings follow in October.</p>"),
}
# An older post the listing no longer shows, reached through the sitemap: its date line is the day its metadata gives.
GREENHOUSE_OLD_POST = "/first-seedling-report/"


def test_pages_showing_other_days_than_their_metadata_date_are_not_stored(tmp_path):
    """Fails before: a biography dated only by its subject's life, and two course pages dated by their evenings,
    typed Article and dated in their metadata like the posts and reached through the sitemap, were stored."""
    server = FaultServer()
    numbered = [(n, path, title) for n, (path, title, _shows) in enumerate(GREENHOUSE_POSTS, 1)]
    server.routes["/tags/journal/"] = page(_greenhouse_listing(numbered, None))
    for n, path, title in numbered:
        server.routes[path] = page(_greenhouse_entry(path, title, n, shows_date=True))
    server.routes[GREENHOUSE_OLD_POST] = page(_greenhouse_entry(GREENHOUSE_OLD_POST, "First seedling report", 28,
                                                                shows_date=True).replace("2025-04-", "2024-03-"))
    for n, (path, (title, opening)) in enumerate(GREENHOUSE_DAYS_PAGES.items(), 20):
        entry = _greenhouse_entry(path, title, n, shows_date=False)
        server.routes[path] = page(entry.replace("<div class='post__entry'>", f"<div class='post__entry'>{opening}"))
    serve_sitemap(server, [*GREENHOUSE_DAYS_PAGES, GREENHOUSE_OLD_POST, *(path for _n, path, _title in numbered)])
    _run, requested = crawl_one_source(server, tmp_path, "greenhouse", "Greenhouse", "/tags/journal/")
    assert set(GREENHOUSE_DAYS_PAGES) <= requested
    assert stored_paths(server, tmp_path) == {path for _n, path, _title in numbered} | {GREENHOUSE_OLD_POST}
    with sqlite3.connect(tmp_path / "a.db") as db:
        reasons = db.execute(f"select reason, detail from crawl_pages_skipped where url in "
                             f"({', '.join('?' * len(GREENHOUSE_DAYS_PAGES))})",
                             [server.base_url + path for path in GREENHOUSE_DAYS_PAGES]).fetchall()
    assert len(reasons) == 3 and all(reason == "not an article" and "presents it as news" in detail
                                     for reason, detail in reasons)


def _filed_under(entry: str, tags: list[str]) -> str:
    """The entry with its generator's tag list under the text, inside the post: a link to each tag's listing."""
    items = "".join(f"<li><a href='/tags/{tag}/'>{tag.capitalize()}</a></li>" for tag in tags)
    return entry.replace("</article>", f"<footer class='post__footer'><ul class='post__tag'>{items}</ul></footer>"
                                       "</article>")


def test_an_older_post_only_the_sitemap_names_is_stored_by_its_tag_link_to_the_news_listing(tmp_path):
    """Fails before: an older post of the journal, showing no date line and no card of the listing naming it (only the
    sitemap leads to it), was judged a page nothing presents as news, though its own tag list files it under the
    journal. A page filed under another tag, or one whose sentence links the journal, is still no article."""
    server = FaultServer()
    numbered = [(n, path, title) for n, (path, title, _shows) in enumerate(GREENHOUSE_POSTS, 1)]
    server.routes["/tags/journal/"] = page(_greenhouse_listing(numbered, None))
    for n, path, title in numbered:
        server.routes[path] = page(_filed_under(_greenhouse_entry(path, title, n, shows_date=False),
                                                ["seedlings", "journal"]))
    older = "/seedling-report-winter/"
    server.routes[older] = page(_filed_under(_greenhouse_entry(older, "Seedling report from the winter", 28,
                                                               shows_date=False), ["seedlings", "journal"]))
    gardeners, visit = GREENHOUSE_PAGES[:2]
    server.routes[gardeners] = page(_filed_under(_greenhouse_entry(gardeners, "The gardeners", 20, shows_date=False),
                                                 ["about"]))
    visit_page = _greenhouse_entry(visit, "Opening hours", 21, shows_date=False).replace(
        "</div></article>", "<p>What happens in the greenhouse each week is told in <a href='/tags/journal/'>our "
                            "journal</a>, with pictures of the trays.</p></div></article>")
    server.routes[visit] = page(visit_page)
    serve_sitemap(server, [gardeners, visit, older, *(path for _n, path, _title in numbered)])
    _run, requested = crawl_one_source(server, tmp_path, "greenhouse", "Greenhouse", "/tags/journal/")
    assert {gardeners, visit, older} <= requested
    assert stored_paths(server, tmp_path) == {path for _n, path, _title in numbered} | {older}
