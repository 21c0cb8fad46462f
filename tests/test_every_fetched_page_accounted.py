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
