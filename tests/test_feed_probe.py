"""A source whose pages name no feed: its usual feed addresses are asked for, and the 404s are no broken links."""
from __future__ import annotations

import json
import sqlite_utils

from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.sample_sites.running import write_sources_file
from news_archive.archive.sources import load_sources
from news_archive.spiders.feed_probe import USUAL_FEED_NAMES, FeedProbe, probe_folders, start_folders
from news_archive.spiders.page_outcomes import NO_FEED_AT_USUAL_ADDRESS
from fault_site import FaultServer, article_html, page

NOTICES = [(f"/klubben/notis-{n}/", f"Klubbens notis nummer {n} om banan") for n in range(1, 7)]


def _rss(base: str, items: list[tuple[str, str]]) -> str:
    entries = "".join(f"<item><title>{title}</title><link>{base}{path}</link>"
                      f"<pubDate>Tue, 0{n} Apr 2024 08:00:00 GMT</pubDate></item>"
                      for n, (path, title) in enumerate(items, 1))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Klubben</title>{entries}</channel></rss>'


def _club_without_named_feed(server: FaultServer) -> None:
    """A club site served under `/klubben/`: its news page prints every notice in full (a heading and its text,
    no link to the notice's own page); the notices' pages are listed only in `/klubben/rss.xml`, which one
    documentation page's menu links, and no page's head."""
    notices = "".join(f"<h3>2024-04-0{n} - {title}</h3><p>Banan är öppen som vanligt, notis {n}.</p>"
                      for n, (_path, title) in enumerate(NOTICES, 1))
    menu = "<nav><a href='/klubben/'>Hem</a><a href='/klubben/nyheter/'>Nyheter</a><a href='/klubben/anslut/'>Anslut</a></nav>"
    server.routes["/klubben/nyheter/"] = page(f"<html><head><title>Nyheter</title></head><body>{menu}<main><h1>Nyheter"
                                              f"</h1>{notices}</main></body></html>")
    server.routes["/klubben/anslut/"] = page(f"<html><body>{menu}<main><h1>Anslut</h1><p>Prenumerera på "
                                             "<a href='/klubben/rss.xml'>flödet</a>.</p></main></body></html>")
    server.routes["/klubben/rss.xml"] = page(_rss(server.base_url, NOTICES), content_type="application/rss+xml")
    for n, (path, title) in enumerate(NOTICES, 1):
        server.routes[path] = page(article_html(title, f"notis{n}"))


def _sources(tmp_path, server: FaultServer, start: str):
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[source]]\nid = "klubben"\nname = "Klubben"\nstart_urls = ["{server.base_url}{start}"]\n',
                       encoding="utf-8")
    return load_sources(sources)


def test_the_folders_to_probe_run_from_the_start_urls_up_to_the_site_root():
    assert probe_folders(["http://s.example/klubben/nyheter/"]) == [
        "http://s.example/klubben/nyheter/", "http://s.example/klubben/", "http://s.example/"]
    assert probe_folders(["http://s.example/nyheter/index.html"]) == ["http://s.example/nyheter/", "http://s.example/"]
    assert probe_folders(["http://s.example/a/b/c/d/nyheter.html"]) == [  # three folders up at most, and the root
        "http://s.example/a/b/c/d/", "http://s.example/a/b/c/", "http://s.example/a/b/", "http://s.example/"]


def test_a_feed_found_for_one_start_section_does_not_end_probing_for_the_others():
    """Fails before: once /blogg/ answered with a feed, the probing stopped and /nyheter/ was never asked."""
    starts = ["http://s.example/blogg/", "http://s.example/nyheter/index.html"]
    assert start_folders(starts) == ["http://s.example/blogg/", "http://s.example/nyheter/"]
    probe = FeedProbe(probe_folders(starts), start_folders(starts))
    asked = probe.next_addresses()
    assert asked[0] == "http://s.example/blogg/rss.xml"
    probe.awaited = len(asked)
    for url in asked:
        probe.answered(url if url.endswith("/index.xml") else None)
    asked = probe.next_addresses()
    assert asked[3] == "http://s.example/nyheter/index.xml"  # the other start page's own folder
    probe.awaited = len(asked)
    for url in asked:
        probe.answered(None)
    # no feed covers /nyheter/ yet: the root above it is asked (see the languages' test below)
    assert probe.next_addresses()[3] == "http://s.example/index.xml"


def test_a_feed_found_in_one_language_folder_does_not_end_probing_above_the_other_languages_start_page():
    """Fails before: a Hugo site in two languages writes `/en/index.xml` and `/index.xml`; once `/en/` answered, the
    probing stopped and the root's feed, the one listing the French posts, was never asked for."""
    starts = ["http://s.example/actualites/", "http://s.example/en/news/"]
    probe = FeedProbe(probe_folders(starts), start_folders(starts))
    answers = {"http://s.example/en/index.xml", "http://s.example/index.xml"}
    asked_all = []
    while asked := probe.next_addresses():
        asked_all += asked
        probe.awaited = len(asked)
        for url in asked:
            probe.answered(url if url in answers else None)
    assert probe.found == ["http://s.example/en/index.xml", "http://s.example/index.xml"]
    assert "http://s.example/en/news/index.xml" in asked_all and "http://s.example/actualites/index.xml" in asked_all


def test_each_start_section_is_found_through_its_own_feed(sample_sites, tmp_path):
    """A Hugo site names its blog and its news archive as start pages, and each section's feed sits at
    <section>/index.xml, named by no page: both feeds are asked for. Failed before the listings' navigation cards
    were read as teasers, which were then the one other way to the posts: the blog's feed answered first and the
    news archive's posts were never found."""
    [source] = [source for source in sample_sites.sources if source["id"] == "lansdata-devops"]
    sources = load_sources(write_sources_file([source], tmp_path / "sources.toml"))
    before = len(sample_sites.requests("lansdata-devops"))
    [run] = run_crawl(sources, tmp_path / "a.db", show_progress=False)
    requested = [record.path for record in sample_sites.requests("lansdata-devops")[before:]]
    stored = {row["url"] for row in sqlite_utils.Database(tmp_path / "a.db")["articles"].rows}
    expected = {article.url for article in sample_sites.articles if article.source == "lansdata-devops"}
    assert any("/nyheter/" in url for url in expected) and any("/blogg/" in url for url in expected)
    assert (run.status, run.broken_links, run.errors) == ("ok", 0, 0)
    assert stored == expected
    assert "/blogg/index.xml" in requested and "/nyheter/index.xml" in requested
    assert "/index.xml" not in requested  # a section's feed answered: no folder above is asked


def test_a_feed_no_page_names_is_found_at_its_usual_address_and_the_next_night_fetches_nothing_new(tmp_path):
    """Fails before: the news page links no notice and names no feed, and nothing was stored."""
    server = FaultServer()
    _club_without_named_feed(server)
    try:
        [run] = run_crawl(_sources(tmp_path, server, "/klubben/nyheter/"), tmp_path / "a.db", show_progress=False)
        first_night = [path for _at, path in server.requests]
        [night] = run_crawl(_sources(tmp_path, server, "/klubben/nyheter/"), tmp_path / "a.db", show_progress=False)
        second_night = [path for _at, path in server.requests[len(first_night):]]
    finally:
        server.stop()
    assert (run.status, run.articles_new, run.broken_links, run.errors) == ("ok", len(NOTICES), 0, 0)
    probes = [path for path in first_night if path.rsplit("/", 2)[-1] in USUAL_FEED_NAMES
              or path.endswith(("/feed/", "/rss/"))]
    # The start page's folder, then the folder above, where the first usual name answers: no further folder.
    assert len(probes) <= 2 * len(USUAL_FEED_NAMES) and "/klubben/rss.xml" in probes and "/rss.xml" not in probes
    skipped = {row["url"]: row["reason"] for row in sqlite_utils.Database(tmp_path / "a.db")["crawl_pages_skipped"].rows}
    assert {skipped[server.base_url + path] for path in ("/klubben/nyheter/feed.xml", "/klubben/nyheter/rss.xml")} \
        == {NO_FEED_AT_USUAL_ADDRESS}
    assert night.status == "ok" and night.articles_new == 0
    assert not set(second_night) & {path for path, _title in NOTICES}  # the feed is read first: nothing to probe
    assert not [path for path in second_night if path in probes and path != "/klubben/rss.xml"]


def test_a_found_feeds_dead_items_in_the_news_folder_do_not_shut_out_its_others(tmp_path):
    """Fails before: the feed also lists two old notices filed in the news page's own folder (gone since, 404); taken
    at once as that folder's, they taught it as the articles' family, and the feed's six notices at the site's root
    were passed over as "outside the article URL families the listings show": nothing was stored. A feed item whose
    page is gone shows no article's address."""
    server = FaultServer()
    _club_without_named_feed(server)
    moved = [(f"/klubben/nyheter/gammal-{n}", f"En gammal notis {n}") for n in (1, 2)]
    server.routes["/klubben/rss.xml"] = page(_rss(server.base_url, NOTICES + moved),
                                             content_type="application/rss+xml")
    try:
        [run] = run_crawl(_sources(tmp_path, server, "/klubben/nyheter/"), tmp_path / "a.db", show_progress=False)
    finally:
        server.stop()
    stored = {row["url"] for row in sqlite_utils.Database(tmp_path / "a.db")["articles"].rows}
    assert stored == {server.base_url + path for path, _title in NOTICES}
    assert (run.status, run.articles_new, run.broken_links) == ("ok", len(NOTICES), len(moved))


def test_a_source_with_no_feed_anywhere_costs_a_few_404s_that_are_no_broken_links(tmp_path):
    server = FaultServer()
    teasers = "".join(f"<article><h2><a href='{path}'>{title}</a></h2><p>Kort om notisen.</p></article>"
                      for path, title in NOTICES)
    server.routes["/klubben/nyheter/"] = page(f"<html><body><main><h1>Nyheter</h1>{teasers}</main></body></html>")
    for n, (path, title) in enumerate(NOTICES, 1):
        server.routes[path] = page(article_html(title, f"notis{n}"))
    try:
        [run] = run_crawl(_sources(tmp_path, server, "/klubben/nyheter/"), tmp_path / "a.db", show_progress=False)
        requested = [path for _at, path in server.requests]
        run_crawl(_sources(tmp_path, server, "/klubben/nyheter/"), tmp_path / "a.db", show_progress=False)
        next_night = [path for _at, path in server.requests[len(requested):]]
    finally:
        server.stop()
    assert (run.status, run.articles_new, run.broken_links, run.errors) == ("ok", len(NOTICES), 0, 0)
    assert "/klubben/nyheter/rss.xml" in requested and "/klubben/nyheter/rss.xml" not in next_night  # not every night
    assert len(requested) <= 1 + len(NOTICES) + 3 * len(USUAL_FEED_NAMES) + 2  # + robots.txt at two levels
    # Each address tried is listed under its own reason, with the answer: our guess, no dead link of the partner's.
    db = sqlite_utils.Database(tmp_path / "a.db")
    probed = [row for row in db["crawl_pages_skipped"].rows if row["url"].endswith(USUAL_FEED_NAMES)]
    assert {(row["reason"], row["detail"]) for row in probed} == {(NO_FEED_AT_USUAL_ADDRESS, "HTTP 404")}
    assert len(probed) == len([path for path in requested if path.endswith(USUAL_FEED_NAMES)])
    skip_reasons = db.execute("select skip_reasons from crawl_runs order by id").fetchone()[0]
    assert json.loads(skip_reasons)[NO_FEED_AT_USUAL_ADDRESS] == len(probed)
