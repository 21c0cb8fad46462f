"""Every page a crawl fetched is stored or listed with its reason, once, in Datasette's list of the pages a crawl did not
store (`pages_not_stored`), and `crawl_runs` counts what the list shows: no page is dropped without a word."""
from __future__ import annotations

import json

from fault_site import FaultServer, article_html, crawl_one_source, moved, page, stored_paths
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
