"""A hostile or broken partner site (tests/fault_site.py) crawled with the real spider and stages: whatever it serves,
the crawl ends, keeps every article it can, stays small, and names every page it did not store."""
from __future__ import annotations

import asyncio
import json
import re
import subprocess
import sys

import pytest
import sqlite_utils

from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.sample_sites import serve_generated_site
from news_archive.archive.sample_sites.running import write_sources_file
from news_archive.archive.sources import load_sources
from news_archive.archive.web.site import make_datasette
from news_archive.spiders.encoding import page_encoding
from news_archive.spiders.feed_probe import USUAL_FEED_NAMES
from fault_site import (ENCODING_CASES, ENCODING_TITLE, LONG_ARCHIVE_PAGES, FaultServer, article_html, crawl_one_source,
                        page, start_fault_site, stored_paths)

LISTING_BOUND = 25
PEAK_MEMORY_MB = 300
CRAWL = """
import json, resource, sys
from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.sources import load_sources
runs = run_crawl(load_sources(sys.argv[1]), sys.argv[2], settings={"NEWS_MAX_LISTING_PAGES": %d}, show_progress=False)
print(json.dumps({"peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
""" % LISTING_BOUND


@pytest.fixture(scope="module")
def faults(tmp_path_factory):
    """One crawl of the fault site, run from a fresh interpreter so the crawl's peak memory is its own."""
    folder = tmp_path_factory.mktemp("faults")
    site = start_fault_site()
    try:
        sources = folder / "sources.toml"
        sources.write_text(site.sources_toml(), encoding="utf-8")
        db_path = folder / "archive.db"
        done = subprocess.run([sys.executable, "-c", CRAWL, str(sources), str(db_path)], capture_output=True, text=True,
                              timeout=300, check=True)
        yield site, sqlite_utils.Database(db_path), json.loads(done.stdout.splitlines()[-1])
    finally:
        site.stop()


def run_of(db, source: str) -> dict:
    [run] = db["crawl_runs"].rows_where("source = ?", [source])
    return run


def stored(db, url: str) -> dict | None:
    rows = list(db.query("select a.* from articles a join article_urls u on u.article_id = a.id where u.url = ?", [url]))
    return rows[0] if rows else None


def skipped(db, url: str) -> list[str]:
    return [row["reason"] for row in db["crawl_pages_skipped"].rows_where("url = ?", [url])]


@pytest.mark.parametrize("case", sorted(ENCODING_CASES))
def test_swedish_text_comes_out_right_whatever_the_declared_encoding(faults, case):
    site, db, _peak = faults
    article = stored(db, site.url(f"/nyheter/{case}/"))
    assert article is not None, case
    assert article["title"] == ENCODING_TITLE
    assert f"Fallet {case}, stycke 1." in article["body"] and "för att odla celler" in article["body"]


def test_transient_failures_are_retried_and_retry_after_is_honoured(faults):
    site, db, _peak = faults
    for slug in ("svarar-503-tva-ganger", "svarar-429-vanta", "svarar-503-utan-besked"):
        assert stored(db, site.url(f"/nyheter/{slug}/")) is not None, slug
    assert len(site.partner.times("/nyheter/svarar-503-tva-ganger/")) == 3
    first, retry = site.partner.times("/nyheter/svarar-429-vanta/")
    assert retry - first >= 1.9  # the server asked for two seconds


def test_redirects_stay_on_the_partners_site(faults):
    site, db, _peak = faults
    assert site.elsewhere.requests == []
    assert stored(db, site.url("/nyheter/flyttad-till-annan-sajt/")) is None
    assert skipped(db, site.url("/nyheter/flyttad-till-annan-sajt/")) == ["redirected to another site"]
    assert skipped(db, site.url("/nyheter/meta-refresh-bort/")) == ["redirected to another site"]
    assert db.execute("select count(*) from articles where title like 'Främmande%'").fetchone()[0] == 0
    assert stored(db, site.url("/nyheter/ny-adress/"))["title"] == "Ny adress på samma sajt"  # reached from gammal-adress


def test_redirect_loops_and_long_chains_are_counted_errors(faults):
    site, db, _peak = faults
    summary = run_of(db, "fault-partner")["error_summary"]
    assert f"{site.url('/nyheter/omdirigering-i-ring/')}: redirect loop: " in summary
    assert f"{site.url('/nyheter/lang-kedja/')}: more than 5 redirects" in summary
    assert skipped(db, site.url("/nyheter/omdirigering-i-ring/")) == ["redirect loop"]
    assert len(site.partner.times("/nyheter/ring-b/")) == 1


def test_traps_end_with_a_line_saying_why_and_the_other_sources_go_on(faults):
    """A bound that stops a pager showing only known posts leaves the run that stored them ok, its unread page counted
    with the bound's line; one that stops a calendar still bringing new links cuts the crawl short. Fails before: the
    pager's run was 'partial' as well."""
    site, db, _peak = faults
    pager, calendar, partner = run_of(db, "endless-pager"), run_of(db, "endless-calendar"), run_of(db, "fault-partner")
    assert (pager["status"], pager["error_summary"], pager["articles_new"]) == ("ok", None, 5)
    [(reason, detail)] = db.execute("select reason, detail from crawl_pages_skipped where run_id = ? and reason like "
                                    "'listing page left unread%'", [pager["id"]]).fetchall()
    assert "listing pages in a row brought no new article link" in detail
    assert calendar["status"] == "partial"
    assert f"stopped reading listings at the bound of {LISTING_BOUND} listing pages" in calendar["error_summary"]
    assert "left unread where new articles were still coming in" in calendar["error_summary"]
    assert len([path for _at, path in site.traps.requests if "?date=" in path]) <= LISTING_BOUND
    assert len(site.traps.requests) < 10 * LISTING_BOUND
    assert "stopped" not in partner["error_summary"] and partner["articles_new"] == 14


def test_a_long_listing_of_articles_the_sitemap_named_first_is_no_trap(faults):
    site, db, _peak = faults
    run = run_of(db, "long-archive")
    assert (run["status"], run["articles_new"], run["error_summary"]) == ("ok", 2 * LONG_ARCHIVE_PAGES, None)
    assert len(site.long_archive.times("/robots.txt")) == 1
    assert json.loads(run["skip_reasons"]) == {"feed or sitemap": 1, "listing page": LONG_ARCHIVE_PAGES}


def test_huge_pages_and_gzip_bombs_are_capped_and_counted(faults):
    site, db, peak = faults
    summary = run_of(db, "fault-partner")["error_summary"]
    for slug in ("sextio-megabyte", "stor-utan-langd", "gzip-bomb"):
        assert f"{site.url(f'/nyheter/{slug}/')}: too large" in summary, slug
        assert skipped(db, site.url(f"/nyheter/{slug}/")) == ["too large"]
    assert stored(db, site.url("/nyheter/liten-gzip/")) is not None
    assert peak["peak_mb"] <= PEAK_MEMORY_MB


def test_deep_markup_is_extracted_or_reported(faults):
    site, db, _peak = faults
    deep = stored(db, site.url("/nyheter/femtiotusen-div/"))
    assert deep is not None and "Fallet djup, stycke 3." in deep["body"]
    assert skipped(db, site.url("/nyheter/nastlade-ins/")) == ["markup too deep"]
    assert f"{site.url('/nyheter/nastlade-ins/')}: markup nested more than 256 levels deep" in run_of(db, "fault-partner")["error_summary"]


def test_every_page_not_stored_is_counted_with_its_reason(faults):
    site, db, _peak = faults
    run = run_of(db, "fault-partner")
    listing = site.partner.routes["/nyheter/"]({}, 1).body.decode()
    linked = sorted(set(re.findall(r'href="(/nyheter/[^"]+)"', listing)))
    # A link that moved to a page stored under its new address is accounted for by that page.
    moved_to = {path: site.partner.routes[path]({}, 1).headers.get("Location") for path in linked}
    unaccounted = [path for path in linked if stored(db, site.url(path)) is None and not skipped(db, site.url(path))
                   and not (moved_to[path] and stored(db, site.url(moved_to[path])))]
    assert unaccounted == []
    assert skipped(db, site.url("/nyheter/kontakt-oss/")) == ["not an article"]
    assert skipped(db, site.url("/nyheter/dod-lank/")) == ["broken link"]
    reasons = json.loads(run["skip_reasons"])
    assert run["pages_skipped"] == sum(reasons.values()) == db["crawl_pages_skipped"].count_where("run_id = ?", [run["id"]])
    assert run["status"] == "partial" and run["errors"] == 6 and run["broken_links"] == 1


def test_the_pages_not_stored_are_listed_in_datasette(faults):
    site, db, _peak = faults
    db_path = db.execute("pragma database_list").fetchone()[2]
    datasette = make_datasette(db_path)
    asyncio.run(datasette.invoke_startup())
    response = asyncio.run(datasette.client.get("/archive/pages_not_stored.json?_shape=objects&_size=max"))
    assert response.status_code == 200, response.text
    reasons = {row["url"]: row["reason"] for row in response.json()["rows"] if row["source"] == "fault-partner"}
    assert reasons[site.url("/nyheter/kontakt-oss/")] == "not an article"
    assert reasons[site.url("/nyheter/gzip-bomb/")] == "too large"
    health = asyncio.run(datasette.client.get("/archive/crawl_health.json?_shape=objects")).json()["rows"]
    assert {row["source"]: row["pages_not_stored"] for row in health}["fault-partner"] == run_of(db, "fault-partner")["pages_skipped"]


def test_a_source_stops_at_the_request_bound_with_a_line_saying_so(tmp_path):
    with serve_generated_site(60) as site:
        sources = load_sources(write_sources_file(site.sources, tmp_path / "sources.toml"))
        [run] = run_crawl(sources, tmp_path / "a.db", settings={"NEWS_MAX_REQUESTS": 8}, show_progress=False)
        fetched = [request for request in site.server.requests if not request.path.endswith("robots.txt")]
    assert run.status == "partial" and "stopped at the bound of 8 requests" in run.error_summary
    assert 8 <= len(fetched) < 60 and 0 < run.articles_new < 60


def test_a_blogs_tag_archives_re_listing_its_posts_are_no_endless_pager(tmp_path):
    """Every teaser links its post's tag archive, and each archive lists posts the blog's listing showed already:
    twelve listing pages with no new link, but no pager runs on. The crawl reads them all and ends ok."""
    server = FaultServer()
    tags = 12
    posts = [(f"/inlagg-{n}/", f"Föreningen berättar om vecka {n}") for n in range(1, tags + 1)]
    entry = ('<article class="post hentry"><h2 class="entry-title"><a href="{}">{}</a></h2><p>Kort om veckan.</p>'
             '{}</article>')
    teasers = "".join(entry.format(url, title, f'<footer>Taggar: <a href="/tagg/amne-{n}/">Ämne {n}</a></footer>')
                      for n, (url, title) in enumerate(posts, 1))
    server.routes["/"] = page(f"<html><body><main><h1>Inlägg</h1>{teasers}</main></body></html>")
    for n, (url, title) in enumerate(posts, 1):
        server.routes[url] = page(article_html(title, f"vecka{n}"))
        archive = "".join(entry.format(u, t, "") for u, t in posts[n - 1:n + 2] + posts[:max(0, n + 2 - tags)])
        server.routes[f"/tagg/amne-{n}/"] = page(f"<html><body><main><h1>Ämne {n}</h1>{archive}</main></body></html>")
    run, read = crawl_one_source(server, tmp_path, "forening", "Föreningen")
    assert all(f"/tagg/amne-{n}/" in read for n in range(1, tags + 1))
    assert run.status == "ok" and "stopped" not in (run.error_summary or "")
    assert run.articles_new == tags


def test_a_documentation_themes_reading_order_is_no_pager_and_its_manual_no_news(tmp_path):
    """A news blog inside a documentation site: posts at the site root named by their day, every page's head linking
    the next page of the theme's reading order (`rel=next`): the blog's home the first category page, each category
    page the next, each post a page of the manual. Fails before: twelve category pages bringing no new link read as
    an endless pager (the crawl ended partial), and the manual's pages, dated by their "Last update" stamp and
    admitted by a family at the site root, were stored as news."""
    server = FaultServer()
    count = 12
    posts = [(f"/2024-03-{n:02d}-lab-news-{n}/", f"Föreningens nyhet nummer {n}") for n in range(1, count + 1)]
    topics = ("fysik", "kemi", "biologi", "medicin", "data", "kurser", "verktyg", "kluster", "modeller", "klimat",
              "hav", "rymd")
    categories = [f"/category-{topic}/" for topic in topics]  # named, not numbered: no pages of one listing
    manual = [f"/guides/part-{n}/" for n in range(1, count + 1)]
    entry = '<article class="post"><h2><a href="{}">{}</a></h2><p>Kort om nyheten.</p></article>'

    def head_next(url: str | None) -> str:
        return f'<head><link rel="next" href="{url}"></head>' if url else "<head></head>"

    teasers = "".join(entry.format(url, title) for url, title in posts)
    server.routes["/"] = page(f"<html>{head_next(categories[0])}<body><main><h1>Nyheter</h1>{teasers}</main></body></html>")
    for n, (url, title) in enumerate(posts):
        server.routes[url] = page(article_html(title, f"dag{n}").replace("<head>", head_next(manual[n])[:-7]))
        later = "".join(entry.format(*post) for post in posts[n:n + 2])
        following = categories[n + 1] if n + 1 < count else None
        server.routes[categories[n]] = page(f"<html>{head_next(following)}<body><main><h1>Ämne {n}</h1>{later}</main>"
                                            "</body></html>")
        server.routes[manual[n]] = page(
            f"<html><head><title>Handbok del {n}</title></head><body><main><article><h1>Handbok del {n}</h1>"
            + "".join(f"<p>Så här använder du instrumentet, steg {step} av delen {n}, med alla inställningar.</p>"
                      for step in range(1, 5))
            + '<aside class="source-file"><span title="Last update">&#9998;</span><span class="revision-date">'
              "July 23, 2026</span></aside></article></main></body></html>")
    run, read = crawl_one_source(server, tmp_path, "lab", "Labbet")
    assert all(url in read for url in categories), run.error_summary
    assert run.status == "ok" and "stopped" not in (run.error_summary or "")
    stored = stored_paths(server, tmp_path)
    assert stored == {url for url, _title in posts}


def test_a_listings_posts_opened_by_their_own_headers_are_found_without_main_or_article(tmp_path):
    """A static blog theme's listing with no <main> or <article>: each post a repeated `<section>` opened by its own
    `<header>` holding the headline link, beside a masthead header naming the blog and its pages. Fails before:
    every header outside <main>/<article> was page chrome, so the listing showed no post at all."""
    server = FaultServer()
    count = 6
    posts = [(f"/inlagg-{n}/", f"Föreningens inlägg nummer {n}") for n in range(1, count + 1)]
    entries = "".join(f'<section class="post"><header class="post-header"><h3><a class="post-title" href="{url}">'
                      f'{title}</a></h3><p class="post-meta">Kort om inlägget.</p></header></section>'
                      for url, title in posts)
    server.routes["/"] = page('<html><body><div class="layout"><div class="cover"><header class="header"><h1>'
                              '<a href="/">Föreningen</a></h1><ul><li><a href="/om-oss/">Om oss</a></li></ul>'
                              f'</header></div><div class="content"><div class="posts">{entries}</div></div>'
                              '</div></body></html>')
    for n, (url, title) in enumerate(posts):
        server.routes[url] = page(article_html(title, f"inlagg{n}"))
    server.routes["/om-oss/"] = page(article_html("Om föreningen", "om"))
    try:
        sources = tmp_path / "sources.toml"
        sources.write_text(f'[[source]]\nid = "blogg"\nname = "Bloggen"\nstart_urls = ["{server.base_url}/"]\n',
                           encoding="utf-8")
        [run] = run_crawl(load_sources(sources), tmp_path / "a.db", show_progress=False)
        read = {path for _at, path in server.requests}
    finally:
        server.stop()
    stored = stored_paths(server, tmp_path)
    assert run.status == "ok" and stored == {url for url, _title in posts}
    # The masthead's links stay chrome: its top menu's page is only looked at for the listing's cards (a listing with
    # no pager), never harvested nor stored.
    skipped = {row["url"].removeprefix(server.base_url): row["reason"]
               for row in sqlite_utils.Database(tmp_path / "a.db")["crawl_pages_skipped"].rows}
    assert "/om-oss/" not in read or skipped.get("/om-oss/") == "menu page"


def _static_blog_with_a_broken_pager(server: FaultServer, posts: int, per_page: int = 3) -> list[str]:
    """A blog saved as a static export (`/page/2/index.html`, relative links) whose last saved listing page links an
    older page the export left out (404): the older posts are reached only from post to post. Half the posts name
    their neighbours in the head (`rel=prev`, WordPress), half by a post navigation's class alone (Hugo themes)."""
    paths = [f"/2024/{month:02d}/inlagg-{month}/index.html" for month in range(posts, 0, -1)]  # newest first
    for n, path in enumerate(paths):
        newer, older = (paths[n - 1] if n else None), (paths[n + 1] if n + 1 < len(paths) else None)
        if n % 2:
            head = "".join(f'<link rel="{rel}" href="{url}">' for rel, url in (("prev", older), ("next", newer)) if url)
            nav = ""
        else:
            head = ""
            nav = "".join(f'<a class="{cls}" href="{url}">{label}</a>' for cls, url, label
                          in (("prev", older, "« Äldre inlägg"), ("next", newer, "Nyare inlägg »")) if url)
            nav = f'<nav class="post-nav">{nav}</nav>'
        html = article_html(f"Föreningens inlägg nummer {n + 1}", f"inlagg{n}")
        server.routes[path] = page(html.replace("</head>", head + "</head>").replace("</main>", nav + "</main>"))
    saved_pages = 2
    for number in range(1, saved_pages + 1):
        teasers = "".join(f'<article class="post"><h2><a href="{path}">Föreningens inlägg nummer {paths.index(path) + 1}'
                          f'</a></h2><p>Kort om inlägget.</p></article>'
                          for path in paths[(number - 1) * per_page:number * per_page])
        older = f"/page/{number + 1}/index.html" if number < saved_pages else f"{server.base_url}/page/{number + 1}/"
        pager = f'<div class="navigation"><a href="{older}">« Äldre inlägg</a></div>'
        route = "/" if number == 1 else f"/page/{number}/index.html"
        server.routes[route] = page(f"<html><body><main><h1>Föreningen</h1>{teasers}{pager}</main></body></html>")
    return paths


def test_posts_past_a_broken_pager_are_reached_from_post_to_post_and_the_next_night_fetches_none(tmp_path):
    """Fails before: the export's pager (`/page/2/index.html`) was no pager, and nothing led past its dead end."""
    server = FaultServer()
    paths = _static_blog_with_a_broken_pager(server, posts=12)
    try:
        sources = tmp_path / "sources.toml"
        sources.write_text(f'[[source]]\nid = "export"\nname = "Export"\nstart_urls = ["{server.base_url}/"]\n',
                           encoding="utf-8")
        [run] = run_crawl(load_sources(sources), tmp_path / "a.db", show_progress=False)
        first_night = [path for _at, path in server.requests]
        [night] = run_crawl(load_sources(sources), tmp_path / "a.db", show_progress=False)
        second_night = [path for _at, path in server.requests[len(first_night):]]
    finally:
        server.stop()
    assert (run.status, run.articles_new, run.broken_links) == ("ok", 12, 1)
    assert {"/", "/page/2/index.html", "/page/3/"} <= set(first_night)
    assert sorted(path for path in first_night if path in paths) == sorted(paths)  # each post fetched once
    # The posts, two listing pages, the dead one, robots.txt; and, as no page names a feed, the usual feed addresses.
    assert len([path for path in first_night if not path.endswith(USUAL_FEED_NAMES)]) <= len(paths) + 4
    assert len(first_night) <= len(paths) + 4 + len(USUAL_FEED_NAMES)
    assert night.articles_new == 0 and not set(second_night) & set(paths)


def test_a_page_declaring_utf8_stays_utf8_despite_a_stray_byte():
    """A mirror's page declares UTF-8 and is UTF-8 but for one mangled byte in a menu link; its few non-ASCII
    characters (a no-break space, an accent) must not turn to cp1252 mojibake ("Â ", "Ã©"). Undeclared, the
    bytes must show many more valid sequences than stray ones; cp1252 text shows none."""
    utf8_page = ('<html><head><meta charset="utf-8"></head><body><nav><a href="/om-\udce2\udc80/">Om</a></nav>'
                 "<p>René presented\u00a0the project in Graz.</p></body></html>").encode("utf-8", "surrogateescape")
    assert page_encoding(utf8_page, "text/html; charset=utf-8") == "utf-8"
    assert page_encoding(utf8_page, "text/html") == "utf-8"  # the <meta> declares it
    undeclared = utf8_page.replace(b'<meta charset="utf-8">', b"")
    assert page_encoding(undeclared, "text/html") == "cp1252"  # 2 valid characters, 1 stray byte: not enough
    cp1252_page = "<html><body><p>Åtgärder för ökad vårdkvalitet</p></body></html>".encode("cp1252")
    assert page_encoding(cp1252_page, "text/html; charset=utf-8") == "cp1252"
