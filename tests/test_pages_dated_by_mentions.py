"""A company's pages beside its posts (a product sheet, a fair's page) show no date of their own; a day their text
mentions (the product's launch in its data table, the fair's days) makes them no posts where the site's posts show
theirs. The site's news listing is built by a script, so only its sitemap leads to the pages."""
from __future__ import annotations

import sqlite3

from fault_site import FaultServer, crawl_one_source, page, serve_sitemap, stored_paths
from news_archive.archive.record import FROM_RUNNING_TEXT
from news_archive.pipelines.extraction import extract_article

MENU = "<nav><a href='/'>Home</a> <a href='/news/'>News</a></nav>"
POSTS = [(f"/beacons/beacon-news-{n}/", f"Beacon news {n}: the lamp gets a brighter lens", n) for n in range(1, 5)]
# A post of the same family whose text only mentions a day: the family shows its posts' days, so it is one of them.
MENTIONING_POST = ("/beacons/keepers-meeting/", "The keepers meet again at the old pier")
SPEC_TABLE = ("<table><tr><td>Model</td><td>Beacon {n}</td><td>Beacon {m}</td></tr>"
              "<tr><td>Launched</td><td>2022-02-0{n}</td><td>2008</td></tr>"
              "<tr><td>Weight without battery</td><td>1.2 kg</td><td>1.9 kg</td></tr>"
              "<tr><td>Radio</td><td>2.4 GHz and 868 MHz, both built in</td><td>868 MHz only</td></tr>"
              "<tr><td>Screen</td><td>Colour touch screen of seven inches</td><td>None</td></tr></table>")
PAGES = {
    "/beacon-hub-2/": ("Beacon hub 2", "<p>The hub joins every beacon of the harbour in one network and shows each "
                       "lamp's state on its screen, for the keepers on duty and the pilots alike. It keeps a log of every "
                       "alarm for a year.</p>" + SPEC_TABLE.format(n=2, m=1)),
    "/beacon-hub-3/": ("Beacon hub 3", "<p>The larger hub joins the beacons of two harbours in one network and shows "
                       "each lamp's state on its screen, for the keepers on duty and the pilots alike. It keeps a log of "
                       "every alarm for two years.</p>" + SPEC_TABLE.format(n=3, m=1)),
    "/beacon-hub-4/": ("Beacon hub 4", "<p>The smallest hub joins the beacons of one pier in a network and shows "
                       "each lamp's state on its screen, for the keepers on duty and the pilots alike. It keeps a log of "
                       "every alarm for a month.</p>" + SPEC_TABLE.format(n=4, m=1)),
    "/about-the-harbour-fair/": ("About the harbour fair", "<p>Book two days in your calendar: the harbour fair opens "
                                 "its doors on 25 January 2023 at the old warehouse, and we will show our newest "
                                 "beacons at our stand by the entrance.</p><p>Come by and say hello to the team, "
                                 "who will gladly tell you about every lamp and hub we make.</p>"),
}


def _page(title: str, text: str, day: int | None = None) -> str:
    byline = f"<div class='byline'><time datetime='2024-10-{day:02d}T10:00:00'>{day} October 2024</time></div>" \
        if day else ""
    return (f"<!DOCTYPE html><html lang='en'><head><title>{title} - Beacon Works</title>"
            "<meta property='og:type' content='website'></head><body>"
            f"<header>{MENU}</header><main><h1>{title}</h1><article class='page-content'>{byline}"
            f"<div class='text'>{text}</div></article></main><footer><p>Beacon Works, Pier Road 4</p></footer>"
            "</body></html>")


def _text(n: int) -> str:
    return "".join(f"<p>The lamp of beacon {n} now shines further over the water, paragraph {k}, and the keepers "
                   f"on the pier say boats find the channel sooner on dark evenings.</p>" for k in range(3))


def test_a_date_in_a_labelled_row_of_a_data_table_is_a_mention_not_the_pages_date_line():
    """Fails before: the launch day in the product sheet's table ("Launched | 2022-02-02 | 2008") was read as the
    page's own date line."""
    title, text = PAGES["/beacon-hub-2/"]
    found = extract_article(_page(title, text), "https://beacons.example/beacon-hub-2/")
    assert (found.published, found.published_from) == ("2022-02-02", FROM_RUNNING_TEXT)


def test_pages_dated_only_by_a_day_their_text_mentions_are_not_stored_beside_dated_posts(tmp_path):
    """Fails before: the three product sheets, dated by the launch days their tables give, were stored beside the
    posts. The fair's page, whose day is in a sentence of its text, states no date and is not stored either."""
    server = FaultServer()
    server.routes["/news/"] = page(f"<!DOCTYPE html><html><head><title>News</title></head><body><header>{MENU}"
                                   "</header><main><h1>News</h1><div data-archive='news'></div></main></body></html>")
    for path, title, day in POSTS:
        server.routes[path] = page(_page(title, _text(day), day))
    path, title = MENTIONING_POST
    server.routes[path] = page(_page(title, "<p>The keepers of every beacon meet again on 12 November 2024 at the old "
                                     "pier, to share what the brighter lenses changed for the pilots this autumn.</p>"
                                     "<p>Coffee is served from nine, and the meeting ends with a walk to the "
                                     "lighthouse.</p>"))
    for page_path, (page_title, text) in PAGES.items():
        server.routes[page_path] = page(_page(page_title, text))
    serve_sitemap(server, [*(p for p, _t, _d in POSTS), MENTIONING_POST[0], *PAGES])
    _run, requested = crawl_one_source(server, tmp_path, "beacons", "Beacon Works", "/news/")
    assert set(PAGES) <= requested
    assert stored_paths(server, tmp_path) == {p for p, _t, _d in POSTS} | {MENTIONING_POST[0]}
    with sqlite3.connect(tmp_path / "a.db") as db:
        reasons = db.execute(f"select reason, detail from crawl_pages_skipped where url in "
                             f"({', '.join('?' * len(PAGES))})", [server.base_url + p for p in PAGES]).fetchall()
    assert len(reasons) == 4 and all(reason == "not an article" for reason, _detail in reasons)
    assert sum("none of the 3 pages of its address family (/)" in detail for _reason, detail in reasons) == 3
