"""A source whose listings print each post whole, link no post and name no feed: the generator's archive page, linked
from nowhere, names every post's address; it is asked for at its usual addresses, and the 404s are no broken links."""
from __future__ import annotations

import sqlite_utils

from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.sources import load_sources
from news_archive.spiders.archive_probe import USUAL_ARCHIVE_NAMES, archive_addresses
from news_archive.spiders.page_outcomes import NO_ARCHIVE_AT_USUAL_ADDRESS
from fault_site import FaultServer, page

POSTS = [(f"/ligue/2025/0{n}/1{n}/communique-{n}.html", f"Communiqué numéro {n} de la ligue", f"2025-0{n}-1{n}")
         for n in range(1, 7)]
PROSE = ("La ligue départementale informe les clubs que l'épreuve prévue dimanche se tiendra aux horaires "
         "annoncés, et remercie les bénévoles qui assurent la sécurité du parcours.")


def _post_text(n: int) -> str:
    return "".join(f"<p>{PROSE} Communiqué {n}, paragraphe {k}.</p>" for k in range(1, 4))


def _league_without_post_links(server: FaultServer, with_archive: bool = True, posts=POSTS) -> None:
    """A static league site served under `/ligue/`: its news category page prints each post whole in a card (title,
    day, text) with no link to the post's own page, which carries a permalink to itself only; `archives.html` lists
    every post's address and no page links it; there is no feed."""
    menu = "<nav><a href='/ligue/'>Accueil</a><a href='/ligue/category/news.html'>Actualités</a></nav>"
    cards = "".join(f"<div class='card'><h5>{title}</h5><small>{day}</small><div class='card-body'>{_post_text(n)}"
                    f"</div></div>" for n, (_path, title, day) in enumerate(posts, 1))
    server.routes["/ligue/category/news.html"] = page(
        f"<html lang='fr'><head><title>Actualités</title></head><body>{menu}<main><h2>Actualités</h2>{cards}"
        "</main></body></html>")
    server.routes["/ligue/"] = page(f"<html lang='fr'><body>{menu}<main><h1>La ligue</h1><p>Bienvenue.</p></main>"
                                    "</body></html>")
    if with_archive:
        entries = "".join(f"<dt>{day}</dt><dd><a href='{server.base_url}{path}'>{title}</a></dd>"
                          for path, title, day in posts)
        server.routes["/ligue/archives.html"] = page(
            f"<html lang='fr'><head><title>Archives</title></head><body>{menu}<main><h1>Archives</h1><dl>{entries}"
            "</dl></main></body></html>")
    for n, (path, title, day) in enumerate(posts, 1):
        server.routes[path] = page(
            f"<html lang='fr'><head><title>{title}</title></head><body><main><article><header><h2>"
            f"<a href='{server.base_url}{path}' rel='bookmark'>{title}</a></h2></header>{_post_text(n)}<footer><p>"
            f"Publié : <time datetime='{day}T00:00:00+02:00'>{day}</time></p></footer></article></main></body></html>")


def _sources(tmp_path, server: FaultServer):
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[source]]\nid = "ligue"\nname = "Ligue"\n'
                       f'start_urls = ["{server.base_url}/ligue/category/news.html"]\n', encoding="utf-8")
    return load_sources(sources)


def test_the_archive_addresses_run_from_the_start_urls_folder_up_to_the_site_root():
    assert archive_addresses(["http://s.example/ligue/category/news.html"])[:len(USUAL_ARCHIVE_NAMES) + 1] == [
        "http://s.example/ligue/category/archives.html", "http://s.example/ligue/category/archives/",
        "http://s.example/ligue/category/archive/", "http://s.example/ligue/category/archive.html",
        "http://s.example/ligue/archives.html"]
    assert archive_addresses(["http://s.example/ligue/category/news.html"])[-1] == "http://s.example/archive.html"


def test_posts_printed_whole_on_the_listing_are_found_through_the_archive_page_no_page_links(tmp_path):
    """Fails before: the listing links no post and no feed answers, so nothing was stored."""
    server = FaultServer()
    _league_without_post_links(server)
    try:
        [run] = run_crawl(_sources(tmp_path, server), tmp_path / "a.db", show_progress=False)
    finally:
        server.stop()
    db = sqlite_utils.Database(tmp_path / "a.db")
    stored = {row["url"]: row for row in db["articles"].rows}
    assert (run.status, run.broken_links, run.errors) == ("ok", 0, 0)
    assert set(stored) == {server.base_url + path for path, _title, _day in POSTS}
    assert {row["title"] for row in stored.values()} == {title for _path, title, _day in POSTS}
    skipped = {row["url"]: row["reason"] for row in db["crawl_pages_skipped"].rows}
    assert skipped[server.base_url + "/ligue/archives/"] == NO_ARCHIVE_AT_USUAL_ADDRESS


def test_a_listing_that_links_its_posts_asks_for_no_archive_page(tmp_path):
    """A listing teasing its posts by link teaches their family: no archive address is asked for."""
    server = FaultServer()
    _league_without_post_links(server, with_archive=False)
    links = "".join(f"<article><h3><a href='{path}'>{title}</a></h3><p>{day}</p></article>"
                    for path, title, day in POSTS)
    server.routes["/ligue/category/news.html"] = page(
        f"<html lang='fr'><head><title>Actualités</title></head><body><main><h2>Actualités</h2>{links}</main>"
        "</body></html>")
    try:
        [run] = run_crawl(_sources(tmp_path, server), tmp_path / "a.db", show_progress=False)
    finally:
        server.stop()
    asked = [path for _at, path in server.requests]
    assert run.articles_new == len(POSTS)
    assert not [path for path in asked if path.rstrip("/").rsplit("/", 1)[-1] in ("archives.html", "archives",
                                                                                   "archive", "archive.html")]



def test_a_later_night_reads_the_archive_page_found_again_and_asks_no_other_usual_address(tmp_path):
    """Fails before: the next night skipped the feed probing the first did in vain, and with it the archive page; the
    listing links no post, so the post written since was never found."""
    server = FaultServer()
    _league_without_post_links(server)
    newer = POSTS + [("/ligue/2025/07/17/communique-7.html", "Communiqué numéro 7 de la ligue", "2025-07-17")]
    try:
        run_crawl(_sources(tmp_path, server), tmp_path / "a.db", show_progress=False)
        first_night = len(server.requests)
        _league_without_post_links(server, posts=newer)
        [night] = run_crawl(_sources(tmp_path, server), tmp_path / "a.db", show_progress=False)
        asked = [path for _at, path in server.requests[first_night:]]
    finally:
        server.stop()
    assert (night.status, night.articles_new) == ("ok", 1)
    assert "/ligue/archives.html" in asked and "/ligue/archives/" not in asked and "/ligue/category/archive/" not in asked
