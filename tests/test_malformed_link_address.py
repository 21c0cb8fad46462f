"""A link whose address names no readable port or a host with a space in it (`http://site.example:8080 /fr/`, a
template's stray space in an hreflang alternate) is no address: it used to end the harvest of the listing that held it,
so the listing's posts were never asked for."""
from __future__ import annotations

from news_archive.archive.urls import absolute_url
from fault_site import FaultServer, crawl_one_source, page, stored_paths

POSTS = {"/news/lantern-repairs-finished/": "Lantern repairs finished on the north pier",
         "/news/winter-timetable-for-the-ferry/": "Winter timetable for the ferry",
         "/news/volunteers-scan-old-logbooks/": "Volunteers scan the old logbooks"}
TEXT = ("<p>The harbour board met on Tuesday evening and agreed on the {word} plan for the coming winter months.</p>"
        "<p>Volunteers will start next week, weather allowing, and the work is paid for by the rowing club.</p>")


def test_an_address_of_no_readable_port_or_a_spaced_host_is_none():
    assert absolute_url("https://harbour.example/news/", "https://harbour.example:80x/fr/") is None
    assert absolute_url("https://harbour.example/news/", "https://harbour.example /fr/news/") is None
    assert absolute_url("https://harbour.example/news/", "http://127.0.0.1:8080 /fr/news/") is None
    # A space in the path is the page's own (a broken link, answered 404), a readable port an address.
    assert absolute_url("https://harbour.example/news/", "/fr /news/") == "https://harbour.example/fr /news/"
    assert absolute_url("https://harbour.example/news/", "https://harbour.example:8443/fr/") == \
        "https://harbour.example:8443/fr/"


def test_a_listing_naming_a_spaced_alternate_still_leads_to_its_posts(tmp_path):
    # Fails before: the x-default alternate `http://127.0.0.1:PORT /news/` raised building its request, which ended
    # the start listing's harvest: none of its posts was asked for.
    server = FaultServer()
    teasers = "".join(f"<h2><a href='{path}'>{headline}</a></h2>" for path, headline in POSTS.items())
    server.routes["/news/"] = page(
        "<!DOCTYPE html><html lang='en'><head><title>News | Harbour</title>"
        "<link rel='alternate' hreflang='en' href='/news/'>"
        f"<link rel='alternate' hreflang='x-default' href='{server.base_url} /news/'></head>"
        f"<body><main><h1>News</h1>{teasers}</main></body></html>")
    for path, headline in POSTS.items():
        server.routes[path] = page(
            f"<!DOCTYPE html><html lang='en'><head><title>{headline} | Harbour</title></head><body><main><article>"
            f"<h1>{headline}</h1><p class='date'>Published 2024-03-05</p>{TEXT.format(word=path.split('/')[2])}"
            "</article></main></body></html>")
    crawl_one_source(server, tmp_path, "harbour", "Harbour club", "/news/")
    assert stored_paths(server, tmp_path) == set(POSTS)
