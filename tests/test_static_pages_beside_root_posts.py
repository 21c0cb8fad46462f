"""An old blog files its posts and its static pages alike at the site root. The posts show a date line and the news
listing's teasers name them; a static page ("Past actions", a log of dated entries) is reached only from a post's
text (which the listing shows whole), shows no date line, and is dated at most by a day its text mentions: not an
article."""
from __future__ import annotations

import sqlite3

from fault_site import FaultServer, crawl_one_source, page, stored_paths

SITE = "Collectif des labos"
POSTS = [(f"/reunion-numero-{n}/", f"Réunion numéro {n} des équipes mobilisées", n) for n in range(1, 7)]
PAGES = ["/actions-passees/", "/comptes-rendus/"]
SIDEBAR = ("<div id='sidebar'><ul><li><h2>Le collectif</h2><ul><li><a href='/?page_id=7'>Actions passées</a></li>"
           "<li><a href='/?page_id=9'>Comptes rendus</a></li></ul></li></ul></div>")


def _frame(title: str, content: str) -> str:
    return (f"<!DOCTYPE html><html lang='fr'><head><title>{title} &laquo; {SITE}</title>"
            "<link rel='shortlink' href='/?p=12'></head><body><div id='page'><div id='header'>"
            f"<h1><a href='/'>{SITE}</a></h1></div><div id='content'>{content}</div>{SIDEBAR}</div></body></html>")


def _post(title: str, day: int, links: str) -> str:
    text = "".join(f"<p>Les équipes se sont retrouvées dans la grande salle pour préparer la suite du mouvement, "
                   f"point {k}, et chacun a pu dire ce que son laboratoire avait décidé.</p>" for k in range(1, 4))
    return _frame(title, f"<div class='post type-post hentry' id='post-{day}'><h2>{title}</h2><div class='entry'>"
                         f"{text}{links}<p class='postmetadata'><small>This entry was posted on Monday, March {day}th, "
                         f"2009 at 09:15 and is filed under <a href='/category/general/'>General</a>.</small></p>"
                         "</div></div>")


def _static_page(title: str) -> str:
    entries = "".join(f"<p>Lors de la semaine du {day} mars 2009, les équipes ont tenu une assemblée et voté la poursuite du mouvement "
                      f"dans chaque laboratoire, avec une motion envoyée à la direction.</p>" for day in (3, 10, 17))
    return _frame(title, f"<div class='post' id='post-7'><h2>{title}</h2><div class='entry'>"
                         f"<p>Cette partie recense les actions menées par les équipes depuis le début du mouvement, "
                         f"semaine après semaine.</p>{entries}</div></div>")


LINKS = ("<p>Voir aussi <a href='/actions-passees/'>les actions passées</a> et <a href='/comptes-rendus/'>les "
         "comptes rendus</a>.</p>")


def _listing() -> str:
    """The posts shown whole, the links in their text too (the theme's index)."""
    teasers = "".join(f"<div class='post type-post hentry'><h3><a href='{path}'>{title}</a></h3><small>March {day}th, "
                      f"2009</small><div class='entry'><p>Quelques lignes sur la réunion.</p>"
                      f"{LINKS if day == 2 else ''}</div></div>" for path, title, day in POSTS)
    return _frame(SITE, teasers)


def _undated_page(title: str) -> str:
    """A static page of prose that names no day at all, in the same wrapper as the posts but for the post type."""
    text = "".join(f"<p>La coordination réunit des délégués de toutes les universités mobilisées, partie {k}, qui "
                   "portent les motions votées dans leurs assemblées et rapportent les décisions prises.</p>"
                   for k in range(1, 5))
    return _frame(title, f"<div class='post' id='post-9'><h2>{title}</h2><div class='entry'>{text}</div></div>")


def test_a_static_page_showing_no_date_beside_root_posts_is_not_stored(tmp_path):
    """Fails before: undated, it was judged by its markup, and the root family its address is in made it an article
    though the markup says no post (no post type, no date line); the posts beside it, each showing its date line,
    stay (the listing test above)."""
    server = FaultServer()
    server.routes["/"] = page(_listing().replace("</div></div></div><div id='sidebar'>",
                                                 "<p>Voir <a href='/coordination/'>la coordination</a>.</p>"
                                                 "</div></div></div><div id='sidebar'>", 1))
    for path, title, day in POSTS:
        server.routes[path] = page(_post(title, day, ""))
    server.routes["/coordination/"] = page(_undated_page("La coordination nationale"))
    _run, requested = crawl_one_source(server, tmp_path, "collectif", SITE, "/")
    assert "/coordination/" in requested
    assert stored_paths(server, tmp_path) == {path for path, _title, _day in POSTS}
    with sqlite3.connect(tmp_path / "a.db") as db:
        reasons = db.execute("select reason from crawl_pages_skipped where url = ?",
                             [server.base_url + "/coordination/"]).fetchall()
    assert reasons == [("not an article",)]


def test_a_static_page_dated_only_by_days_its_text_mentions_is_not_stored(tmp_path):
    """Fails before: the two pages, linked from a post's text at the root beside the posts and dated by the last day
    their log mentions, were stored as articles."""
    server = FaultServer()
    server.routes["/"] = page(_listing())
    for path, title, day in POSTS:
        server.routes[path] = page(_post(title, day, LINKS if day == 2 else ""))
    server.routes[PAGES[0]] = page(_static_page("Les actions passées"))
    server.routes[PAGES[1]] = page(_static_page("Comptes rendus des assemblées"))
    _run, requested = crawl_one_source(server, tmp_path, "collectif", SITE, "/")
    assert set(PAGES) <= requested
    assert stored_paths(server, tmp_path) == {path for path, _title, _day in POSTS}
    with sqlite3.connect(tmp_path / "a.db") as db:
        reasons = db.execute("select reason from crawl_pages_skipped where url in (?, ?)",
                             [server.base_url + path for path in PAGES]).fetchall()
    assert reasons == [("not an article",), ("not an article",)]
