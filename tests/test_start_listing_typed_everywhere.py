"""A Hugo-like theme that puts a JSON-LD Article on every page, its news listing and static pages too: the start page
is that listing when it leads to its own next page, even with teasers written as plain paragraphs, and the static
pages a menu and the sitemap link stay out of the archive."""
from __future__ import annotations

import sqlite3

import lxml.html

from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.sources import load_sources
from news_archive.spiders.decisions import SourceDecisions
from fault_site import FaultServer, page

POSTS = [(f"/garden/news/2025/harvest-{n}/", f"Harvest report number {n} from the allotments") for n in range(6, 0, -1)]
STATIC = [("/garden/club/beds/", "Small beds"), ("/garden/club/donations/", "Donations"), ("/garden/dates/", "Dates")]
PER_PAGE = 3


def _typed(title: str, created: str) -> str:
    """The theme's head: every page an Article with a creation date in its JSON-LD."""
    return (f"<title>{title} | Garden club</title><script type='application/ld+json'>"
            f'{{"@context": "https://schema.org", "@type": "Article", "headline": "{title}", '
            f'"dateCreated": "{created}"}}</script>')


def _menu(base: str) -> str:
    links = "".join(f"<li><a href='{base}{path}'>{title}</a></li>" for path, title in STATIC)
    return f"<header><nav><ul><li><a href='{base}/garden/news/'>News</a></li>{links}</ul></nav></header>"


def _listing(number: int, base: str) -> str:
    shown = POSTS[(number - 1) * PER_PAGE:number * PER_PAGE]
    teasers = "".join(f"<div class='entry'><p class='entry-title'><a href='{base}{path}'>{title}</a></p>"
                      f"<p class='summary'>What grew and what we picked, part {path[-2]}.</p>"
                      f"<p class='date'><time datetime='2025-0{n}-05'>5.{n}.2025</time></p></div>"
                      for n, (path, title) in enumerate(shown, 1))
    pager = (f"<nav aria-label='pages'><ul class='pagination'><li><a href='{base}/garden/news/'>First</a></li>"
             f"<li><a href='{base}/garden/news/page/2/'>Next</a></li></ul></nav>") if number == 1 else ""
    return (f"<html><head>{_typed('News', '2024-07-11T12:00:00+02:00')}</head><body>{_menu(base)}"
            f"<article><h1>News</h1><main></main></article><div class='pages'>{teasers}{pager}</div></body></html>")


def _post(title: str, n: int) -> str:
    text = "".join(f"<p>The beds behind the shed gave more beans than ever this summer, and the members bottled "
                   f"juice from the old apple trees for the autumn market, note {n}.{k}.</p>" for k in range(4))
    return (f"<html><head>{_typed(title, f'2025-0{n}-05T10:00:00+02:00')}</head><body><article><h1>{title}</h1>"
            f"<p class='date'><time datetime='2025-0{n}-05'>5.{n}.2025</time></p><main>{text}</main></article>"
            "</body></html>")


def _static(title: str, base: str) -> str:
    text = "".join(f"<p>Members who would like a small bed of their own write to the board, which hands them out in "
                   f"spring and keeps a waiting list for the rest of the year, rule {k}.</p>" for k in range(4))
    return (f"<html><head>{_typed(title, '2024-07-01T13:00:00+02:00')}</head><body>{_menu(base)}<article>"
            f"<h1>{title}</h1><main>{text}</main></article></body></html>")


def test_a_start_page_typed_article_with_a_pager_of_its_own_is_a_listing():
    """Fails before: the start page declared an Article, and its teasers are no headings nor <article> blocks."""
    base = "http://garden.example"
    decisions = SourceDecisions(lambda url, why: None)
    assert decisions.is_listing(lxml.html.fromstring(_listing(1, base)), f"{base}/garden/news/", "start")
    # A post linking its neighbours is still one post.
    post = lxml.html.fromstring(_post("Harvest report", 1).replace(
        "</article>", f"<a href='{base}{POSTS[1][0]}'>Next post</a></article>"))
    assert not SourceDecisions(lambda url, why: None).is_listing(post, f"{base}{POSTS[0][0]}", "start")


def test_a_theme_typing_every_page_an_article_archives_its_posts_only(tmp_path):
    """Fails before: the start listing and the three static pages were stored beside the six posts (the listing,
    taken for an article, taught no article family, so every menu and sitemap link was fetched and believed)."""
    server = FaultServer()
    base = server.base_url
    server.routes["/garden/news/"] = page(_listing(1, base))
    server.routes["/garden/news/page/2/"] = page(_listing(2, base))
    for n, (path, title) in enumerate(POSTS, 1):
        server.routes[path] = page(_post(title, n))
    for path, title in STATIC:
        server.routes[path] = page(_static(title, base))
    urls = "".join(f"<url><loc>{base}{path}</loc></url>" for path, _title in [*POSTS, *STATIC])
    server.routes["/garden/sitemap.xml"] = page(
        f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>',
        content_type="application/xml")
    server.routes["/robots.txt"] = page(f"Sitemap: {base}/garden/sitemap.xml\n", content_type="text/plain")
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[source]]\nid = "garden"\nname = "Garden club"\nstart_urls = ["{base}/garden/news/"]\n',
                       encoding="utf-8")
    try:
        run_crawl(load_sources(sources), tmp_path / "a.db", show_progress=False)
    finally:
        server.stop()
    with sqlite3.connect(tmp_path / "a.db") as db:
        stored = {url.removeprefix(base) for (url,) in db.execute("select url from articles")}
    assert stored == {path for path, _title in POSTS}
