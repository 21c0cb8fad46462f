"""Every page a crawl fetched is stored or listed with its reason, once, in Datasette's list of the pages a crawl did not
store (`pages_not_stored`), and `crawl_runs` counts what the list shows: no page is dropped without a word."""
from __future__ import annotations

import asyncio
import json

from fault_site import FaultServer, article_html, crawl_one_source, moved, page, stored_paths
from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.sources import load_sources
from news_archive.archive.web.site import make_datasette
from news_archive.spiders.page_outcomes import REDIRECTS_TO_A_PAGE_FETCHED
from skipped_pages import last_run, pages_not_stored

MENU = "<header><nav><a href='/'>Hem</a> <a href='/nyheter/'>Nyheter</a></nav></header>"
TITLES = {"/nyheter/skordefest/": "Skördefesten flyttar till ladan i år",
          "/nyheter/arsmote/": "Årsmötet valde en ny styrelse för föreningen",
          "/nyheter/cykelfest/": "Cykelfesten samlade fyrtio deltagare i söndags"}


def test_a_page_redirecting_to_one_fetched_already_is_listed(tmp_path):
    """Fails before: the old addresses were fetched, their redirect dropped as a duplicate of the post's own address,
    and neither stored nor listed (2 of 6 fetched pages without a word)."""
    server = FaultServer()
    # Two posts linked again under their old addresses, which redirect (HTTP, and a static site's refresh page).
    cards = {**TITLES, "/nyheter/skordefest-2023": "Skördefesten i ladan: programmet",
             "/nyheter/arsmote.html": "Årsmötet: protokollet"}
    teasers = "".join(f"<article><h2><a href='{path}'>{title}</a></h2><p>Läs mer om det här.</p></article>"
                      for path, title in cards.items())
    server.routes["/nyheter/"] = page(f"<html><body>{MENU}<main><h1>Nyheter</h1>{teasers}</main></body></html>")
    for n, (path, title) in enumerate(TITLES.items()):
        server.routes[path] = page(article_html(title, f"post{n}"))
    server.routes["/nyheter/skordefest-2023"] = moved("/nyheter/skordefest/")
    server.routes["/nyheter/arsmote.html"] = page("<html><head><meta http-equiv='refresh' content='0;url=/nyheter/arsmote/'>"
                                                  "</head><body><a href='/nyheter/arsmote/'>Hit</a></body></html>")
    run, asked = crawl_one_source(server, tmp_path, "byalag", "Byalaget", "/nyheter/")
    assert stored_paths(server, tmp_path) == set(TITLES)
    pages = pages_not_stored(tmp_path / "a.db", "byalag")
    for path, post in (("/nyheter/skordefest-2023", "/nyheter/skordefest/"), ("/nyheter/arsmote.html", "/nyheter/arsmote/")):
        assert path in asked
        reason, detail = pages[server.base_url + path]
        assert reason == REDIRECTS_TO_A_PAGE_FETCHED and server.base_url + post in detail
    row = last_run(tmp_path / "a.db", "byalag")
    assert row["pages_skipped"] == len(pages) == sum(json.loads(row["skip_reasons"]).values())
    assert row["status"] == "ok"


def test_a_page_reached_through_a_redirect_from_another_address_lists_that_address(tmp_path):
    """Fails before: the old addresses were fetched and their pages judged at the addresses they led to, the old ones
    neither stored nor listed (2 of 6 fetched pages without a word)."""
    server = FaultServer()
    old = {"/nyheter/skordefest-2023": "/nyheter/skordefest/", "/nyheter/arsmote.html": "/nyheter/arsmote/"}
    linked = {"/nyheter/skordefest-2023": TITLES["/nyheter/skordefest/"], "/nyheter/arsmote.html": TITLES["/nyheter/arsmote/"],
              "/nyheter/cykelfest/": TITLES["/nyheter/cykelfest/"]}
    teasers = "".join(f"<article><h2><a href='{path}'>{title}</a></h2><p>Läs mer om det här.</p></article>"
                      for path, title in linked.items())
    server.routes["/nyheter/"] = page(f"<html><body>{MENU}<main><h1>Nyheter</h1>{teasers}</main></body></html>")
    for n, (path, title) in enumerate(TITLES.items()):
        server.routes[path] = page(article_html(title, f"post{n}"))
    server.routes["/nyheter/skordefest-2023"] = moved("/nyheter/skordefest/")
    server.routes["/nyheter/arsmote.html"] = page("<html><head><meta http-equiv='refresh' content='0;url=/nyheter/arsmote/'>"
                                                  "</head><body><a href='/nyheter/arsmote/'>Hit</a></body></html>")
    _run, asked = crawl_one_source(server, tmp_path, "byalag", "Byalaget", "/nyheter/")
    assert stored_paths(server, tmp_path) == set(TITLES) and set(old) <= asked
    pages = pages_not_stored(tmp_path / "a.db", "byalag")
    for path, post in old.items():
        reason, detail = pages[server.base_url + path]
        assert reason == REDIRECTS_TO_A_PAGE_FETCHED and server.base_url + post in detail
    row = last_run(tmp_path / "a.db", "byalag")
    assert row["pages_skipped"] == len(pages) == sum(json.loads(row["skip_reasons"]).values())


def test_a_feed_a_later_listing_shows_as_a_label_is_listed_once_as_read(tmp_path):
    """Fails before: the feed was read, then an older listing page showed its link among the posts' and it was listed a
    second time, as a label link never followed."""
    server = FaultServer()
    first, later = list(TITLES.items())[:1], list(TITLES.items())[1:]
    cards = lambda posts: "".join(f"<article><h2><a href='{path}'>{title}</a></h2><p>Läs mer om det här.</p></article>"
                                  for path, title in posts)
    server.routes["/nyheter/"] = page("<html><head><link rel='alternate' type='application/rss+xml' href='/taxonomi/by/flode'>"
                                      f"</head><body>{MENU}<main><h1>Nyheter</h1>{cards(first)}"
                                      "<nav class='pagination'><a rel='next' href='/nyheter/sida/2/'>Äldre</a></nav>"
                                      "</main></body></html>")
    server.routes["/nyheter/sida/2/"] = page(f"<html><body>{MENU}<main><h1>Nyheter</h1>{cards(later[:1])}"
                                             "<nav class='pagination'><a rel='next' href='/nyheter/sida/3/'>Äldre</a>"
                                             "</nav></main></body></html>")
    server.routes["/nyheter/sida/3/"] = page(f"<html><body>{MENU}<main><h1>Nyheter</h1>{cards(later[1:])}"
                                             "<p><a href='/taxonomi/by/flode'>Prenumerera</a> <a href='/om-oss/'>Om oss</a></p>"
                                             "</main></body></html>")
    items = "".join(f"<item><title>{title}</title><link>{server.base_url}{path}</link></item>"
                    for path, title in TITLES.items())
    server.routes["/taxonomi/by/flode"] = page(f"<?xml version='1.0'?><rss version='2.0'><channel><title>By</title>{items}"
                                         "</channel></rss>", "application/rss+xml")
    for n, (path, title) in enumerate(TITLES.items()):
        server.routes[path] = page(article_html(title, f"post{n}"))
    run, asked = crawl_one_source(server, tmp_path, "byalag", "Byalaget", "/nyheter/")
    assert {"/taxonomi/by/flode", "/nyheter/sida/3/"} <= asked and stored_paths(server, tmp_path) == set(TITLES)
    pages = pages_not_stored(tmp_path / "a.db", "byalag")
    assert pages[server.base_url + "/taxonomi/by/flode"][0] == "feed or sitemap"
    row = last_run(tmp_path / "a.db", "byalag")
    assert row["pages_skipped"] == len(pages) == sum(json.loads(row["skip_reasons"]).values())


def test_a_link_left_out_under_two_forms_is_listed_once(tmp_path):
    """Fails before: the partner's profile elsewhere, linked over http on one listing page and over https on the next,
    was two rows and counted twice."""
    server = FaultServer()
    posts = list(TITLES.items())

    def listing(scheme: str, shown, pager: str) -> str:
        cards = "".join(f"<article><h2><a href='{path}'>{title}</a></h2><p>Läs mer om det här.</p></article>"
                        for path, title in shown)
        return (f"<html><body>{MENU}<main><h1>Nyheter</h1>{cards}<p>Följ oss: <a href='{scheme}://social.example/"
                f"byalaget'>Byalaget</a></p><nav class='pagination'>{pager}</nav></main></body></html>")

    server.routes["/nyheter/"] = page(listing("http", posts[:2], "<a rel='next' href='/nyheter/sida/2/'>Äldre</a>"))
    server.routes["/nyheter/sida/2/"] = page(listing("https", posts[2:], "<a href='/nyheter/'>Nyare</a>"))
    for n, (path, title) in enumerate(TITLES.items()):
        server.routes[path] = page(article_html(title, f"post{n}"))
    crawl_one_source(server, tmp_path, "byalag", "Byalaget", "/nyheter/")
    pages = pages_not_stored(tmp_path / "a.db", "byalag")
    assert len([url for url in pages if url.endswith("//social.example/byalaget")]) == 1
    row = last_run(tmp_path / "a.db", "byalag")
    assert row["pages_skipped"] == len(pages) == sum(json.loads(row["skip_reasons"]).values())


def _partner(word: str) -> FaultServer:
    """A news listing of three posts and a fourth teaser leading to a page with no text of its own."""
    server = FaultServer()
    cards = {**{path: f"{title} ({word})" for path, title in TITLES.items()}, "/nyheter/bilder/": f"Bilder från {word}"}
    teasers = "".join(f"<article><h2><a href='{path}'>{title}</a></h2><p>Läs mer om det här.</p></article>"
                      for path, title in cards.items())
    server.routes["/nyheter/"] = page(f"<html><body>{MENU}<main><h1>Nyheter</h1>{teasers}</main></body></html>")
    for n, (path, title) in enumerate(TITLES.items()):
        server.routes[path] = page(article_html(f"{title} ({word})", f"{word}{n}"))
    server.routes["/nyheter/bilder/"] = page(f"<html><body>{MENU}<main><h1>Bilder från {word}</h1></main></body></html>")
    return server


def test_staff_list_the_pages_judged_not_articles_by_partner_and_run_with_a_plain_reason(tmp_path):
    """Fails before: the list showed every partner's last crawl only, whatever was asked, and its line on a page
    judged no article repeated the partner and the address before a stage's code word ("empty: less than ...")."""
    servers = {"norrby": _partner("Norrby"), "soderby": _partner("Söderby")}
    sources = tmp_path / "sources.toml"
    sources.write_text("".join(f'[[source]]\nid = "{id}"\nname = "{id.title()}"\n'
                               f'start_urls = ["{server.base_url}/nyheter/"]\n\n' for id, server in servers.items()),
                       encoding="utf-8")
    try:
        run_crawl(load_sources(sources), tmp_path / "a.db", show_progress=False)
        first = last_run(tmp_path / "a.db", "norrby")["id"]
        run_crawl(load_sources(sources), tmp_path / "a.db", show_progress=False)
    finally:
        for server in servers.values():
            server.stop()
    norrby = servers["norrby"].base_url
    pages = pages_not_stored(tmp_path / "a.db", "norrby", run_id=first)
    assert all(url.startswith(norrby) for url in pages)
    reason, detail = pages[norrby + "/nyheter/bilder/"]
    assert reason == "not an article" and detail == "no text at all"
    runs = {row["run"] for row in _rows(tmp_path / "a.db", "source=norrby")}
    assert runs == {last_run(tmp_path / "a.db", "norrby")["id"]} != {first}  # no run given: the partner's last crawl
    assert {row["source"] for row in _rows(tmp_path / "a.db", "reason=listing+page")} == set(servers)


def _rows(db_path, query: str) -> list[dict]:
    datasette = make_datasette(str(db_path))
    asyncio.run(datasette.invoke_startup())
    response = asyncio.run(datasette.client.get(f"/archive/pages_not_stored.json?_shape=objects&{query}"))
    assert response.status_code == 200, response.text
    return response.json()["rows"]
