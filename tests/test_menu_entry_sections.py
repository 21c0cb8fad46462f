"""A generator that makes every page a dated post files its news under tags whose listings sit at the site root; the
news menu entry names them. The site's other pages show only their related posts' dates."""
from __future__ import annotations

import sqlite3

from fault_site import FaultServer, crawl_one_source, page, serve_sitemap, stored_paths
from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.extraction.entry_type import dated_in_metadata_only
from news_archive.pipelines.extraction.html_input import parse_html
from news_archive.pipelines.extraction.page_type import OTHER

HOST = "https://archers.example"
NEWS = [(f"/spring-shoot-{n}.html", f"Spring shoot {n} at the meadow", n) for n in range(1, 5)]
BOARD = [(f"/board-meeting-{n}.html", f"Board meeting {n} of the archers", n + 10) for n in range(1, 3)]
PAGES = [("/welcome.html", "Welcome to the archers", 20), ("/our-history.html", "Our history", 21),
         ("/the-longbow.html", "The longbow", 22)]
# "News" opens a submenu: its general listing and the tag listings of its two other kinds of news.
MENU = ("<nav class='navbar'><ul><li><a href='/welcome.html'>Welcome</a><ul><li><a href='/our-history.html'>History"
        "</a></li></ul></li><li><span>Bows</span><ul><li><a href='/the-longbow.html'>Longbow</a></li></ul></li>"
        "<li><a href='/news/'>News</a><ul><li><a href='/news/'>General</a></li><li><a href='/board/'>Board</a></li>"
        "</ul></li><li><a href='/contact.html'>Contact</a></li></ul></nav>")


def _entry(path: str, title: str, day: int, related: tuple[str, str, int] | None, hero: str = "") -> str:
    """A post as the generator makes every page: JSON-LD Article, its date in the metadata only, a related post's
    picture captioned with that post's headline and date; `hero`: the caption of a picture over the headline."""
    moment = f"2024-05-{day:02d}T20:15+02:00"
    ld = ('{"@context":"http://schema.org","@type":"Article","headline":"%s","datePublished":"%s",'
          '"mainEntityOfPage":{"@type":"WebPage","@id":"%s%s"}}' % (title, moment, HOST, path))
    text = "".join(f"<p>The {title.lower()} page tells how the members met by the targets on a windy evening, "
                   f"part {k}, and how the youngest archers kept their arrows in the straw.</p>" for k in range(1, 4))
    card = ""
    if related:
        other, other_title, other_day = related
        card = (f"<div class='post__related'><h3>Related posts</h3><figure><a href='{other}'><img src='/p.jpg' alt=''>"
                f"</a><figcaption><h4><a href='{other}'>{other_title}</a></h4><time datetime='2024-05-{other_day:02d}"
                f"T19:00'>{other_day:02d}/05/2024</time></figcaption></figure></div>")
    return (f"<html lang='en'><head><title>{title} - Archers</title><meta property='og:type' content='article'>"
            f"<script type='application/ld+json'>{ld}</script></head><body>{MENU}<main><article class='post'>"
            f"{f'<figure class=hero><img src=/h.jpg alt=><figcaption>{hero}</figcaption></figure>' if hero else ''}"
            f"<header><h1>{title}</h1><p>By the secretary</p></header><div class='post__entry'>{text}</div>"
            f"<footer class='post__footer'>{card}</footer></article></main></body></html>")


def _listing(title: str, posts) -> str:
    cards = "".join(f"<article class='c-card'><h2><a href='{path}'>{headline}</a></h2><p>A few lines about it.</p>"
                    f"<time datetime='2024-05-{day:02d}T20:15'>{day:02d}/05/2024</time></article>"
                    for path, headline, day in posts)
    return (f"<html lang='en'><head><title>{title} - Archers</title></head><body>{MENU}<main><h1>{title}</h1>{cards}"
            "</main></body></html>")


def test_news_filed_under_the_news_menu_entrys_tags_is_found_and_the_sites_pages_are_not_stored(tmp_path):
    """Fails before: the board's posts, shown only by the tag listing the "News" menu entry names at the site root,
    were not found; the site's pages, dated by the related post their footer shows, were stored as articles."""
    server = FaultServer()
    server.routes["/news/"] = page(_listing("News", NEWS))
    server.routes["/board/"] = page(_listing("Board", BOARD))
    for path, title, day in NEWS + BOARD:
        server.routes[path] = page(_entry(path, title, day, None))
    for path, title, day in PAGES:
        server.routes[path] = page(_entry(path, title, day, NEWS[0], hero="The autumn shoot, 26 June 2016"))
    # The sitemap lists every post of the generator, the site's pages too.
    serve_sitemap(server, [path for path, _title, _day in PAGES + NEWS + BOARD])
    _run, requested = crawl_one_source(server, tmp_path, "archers", "Archers", "/news/")
    assert "/board/" in requested
    assert stored_paths(server, tmp_path) == {path for path, _title, _day in NEWS + BOARD}
    with sqlite3.connect(tmp_path / "a.db") as db:
        reasons = dict(db.execute("select url, reason from crawl_pages_skipped where reason = 'not an article'"))
    assert {server.base_url + path for path, _title, _day in PAGES} <= set(reasons)


def test_a_related_posts_captioned_date_is_no_date_the_page_shows():
    """Fails before: the related post's date in the figure's caption counted as the page's own date line."""
    path, title, day = PAGES[1]
    html = _entry(path, title, day, NEWS[0])
    found = extract_article(html, HOST + path)
    assert found.published_from == "json-ld"
    assert dated_in_metadata_only(parse_html(html), HOST + path, found.title, found.published_from)


def test_a_pictures_caption_is_no_date_the_page_shows():
    """Fails before: the date in the caption of the picture over the headline counted as the page's date line."""
    path, title, day = PAGES[0]
    html = _entry(path, title, day, None, hero="The autumn shoot, 26 June 2016")
    found = extract_article(html, HOST + path)
    assert dated_in_metadata_only(parse_html(html), HOST + path, found.title, found.published_from)


def test_a_contact_page_saved_as_a_file_is_no_article():
    """Fails before: `/contact.html`, typed an Article like every page of its generator, was stored."""
    html = _entry("/contact.html", "Contact", 23, None)
    for path in ("/contact.html", "/contact.htm", "/kontakt.php", "/privacy-policy.html"):
        assert extract_article(html, HOST + path).page_type == OTHER, path
    assert extract_article(html, HOST + "/contact-day-recap.html").page_type != OTHER
