"""A full crawl stores every post whatever order Scrapy fetched the source's pages in: a page that would be taken for a
listing only by links the source may show on most of its pages (a "latest posts" block) waits until enough pages are
read to tell, and is judged then from the response kept, not fetched again (spiders/held_judgements.py)."""
from __future__ import annotations

import sqlite_utils

from fault_site import FaultServer, page
from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.sources import load_sources

# A village choir's blog: its posts at the site's root, no page typing itself, each a few lines over the block of the
# newest posts the theme prints under every post.
TITLES = {n: f"Konzert des Dorfchors am Sonntag Nummer {n}" for n in range(1, 8)}
# Older posts, which only the blog's archive page lists.
OLDER = {n: f"Probenwochenende des Dorfchors im Herbst Nummer {n}" for n in range(1, 5)}


def _post(number: int) -> str:
    block = "".join(f"<li><a href='/konzert-{other}/'>{TITLES[other]}</a></li>" for other in TITLES if other != number)
    return ("<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'>"
            f"<title>{TITLES[number]} – Dorfchor</title></head><body>"
            "<header><a href='/'>Dorfchor</a></header>"
            f"<main><div class='post'><h1>{TITLES[number]}</h1><p class='date'>{number}. Juni 2024</p>"
            f"<p>Im Gemeindesaal sangen {number + 12} Stimmen vor {number * 30} Gästen alte Volkslieder.</p>"
            "<p>Nach dem Konzert gab es Kuchen, und der Erlös geht an die Orgel der Kirche.</p></div>"
            f"<div class='recent'><h2>Neueste Beiträge</h2><ul>{block}</ul></div></main>"
            "<footer><p>Dorfchor seit 1950</p></footer></body></html>")


def _older(number: int) -> str:
    return ("<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'>"
            f"<title>{OLDER[number]} – Dorfchor</title></head><body><main><div class='post'><h1>{OLDER[number]}</h1>"
            f"<p class='date'>{number}. Oktober 2023</p>"
            f"<p>Zwei Tage lang übten {number + 20} Sängerinnen und Sänger im Jugendheim am See die neuen Lieder.</p>"
            "<p>Am Abend wurde gegrillt, und am Sonntag sangen alle zusammen im Gottesdienst der Gemeinde.</p>"
            "<p>Die Chorleiterin dankte den Helfern in der Küche und lud alle zum nächsten Wochenende ein.</p></div></main>"
            "</body></html>")


def _serve() -> FaultServer:
    server = FaultServer()
    cards = "".join(f"<div class='card'><h2><a href='/konzert-{n}/'>{TITLES[n]}</a></h2><p>Ein Bericht.</p></div>"
                    for n in TITLES)
    server.routes["/blog/"] = page("<!DOCTYPE html><html lang='de'><head><title>Blog – Dorfchor</title></head>"
                                   f"<body><main><h1>Blog</h1>{cards}<p><a href='/archiv/'>Ältere Beiträge</a></p>"
                                   "</main></body></html>")
    older = "".join(f"<div class='card'><h2><a href='/probe-{n}/'>{OLDER[n]}</a></h2><p>Ein Bericht.</p></div>"
                    for n in OLDER)
    server.routes["/archiv/"] = page("<!DOCTYPE html><html lang='de'><head><title>Archiv – Dorfchor</title></head>"
                                     f"<body><main><h1>Archiv</h1>{older}</main></body></html>")
    for number in TITLES:
        server.routes[f"/konzert-{number}/"] = page(_post(number))
    for number in OLDER:
        server.routes[f"/probe-{number}/"] = page(_older(number))
    return server


def test_a_full_crawl_reading_posts_before_it_can_tell_the_latest_posts_block_stores_every_post(tmp_path):
    # Fails before: one page at a time, the first posts were judged when too few pages (under 4) were read to see the
    # block repeated: their six block links counted as teasers, and they were left out as listings.
    server = _serve()
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[source]]\nid = "chor"\nname = "Chor"\nstart_urls = ["{server.base_url}/blog/"]\n',
                       encoding="utf-8")
    try:
        run_crawl(load_sources(sources), tmp_path / "a.db", settings={"CONCURRENT_REQUESTS": 1}, show_progress=False)
    finally:
        server.stop()
    db = sqlite_utils.Database(tmp_path / "a.db")
    stored = {row["url"].removeprefix(server.base_url) for row in db["articles"].rows}
    assert stored == {f"/konzert-{n}/" for n in TITLES} | {f"/probe-{n}/" for n in OLDER}
    # Judged from the kept response, not fetched again; the archive page, held too, is judged the listing it is.
    assert all(hits == 1 for path, hits in server.hits.items() if path != "/robots.txt")
    listings = {row["url"].removeprefix(server.base_url) for row in db["crawl_pages_skipped"].rows
                if row["reason"] == "listing page"}
    assert listings == {"/blog/", "/archiv/"}
