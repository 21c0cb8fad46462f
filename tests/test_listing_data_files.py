"""A news listing whose pager runs in the browser names, in its own markup, the JSON its script renders the posts from
(a preloaded page-data file, a "Load more" button's next batch): the crawler reads that data for the posts no link
leads to."""
from __future__ import annotations

import json
import re
from urllib.parse import quote, unquote

from fault_site import FaultServer, article_html, crawl_one_source, page, stored_paths

POSTS = ["/news/Spring fair at Björkö/", "/news/New pontoon opened/", "/news/Rowing course for beginners/",
         "/news/Winter storage of boats/", "/news/Annual meeting minutes/", "/news/Lighthouse open day/",
         "/news/Volunteers wanted for the regatta/"]
SHOWN = 3
# Pages of the site the data names too that are no news: people, jobs, events, topic listings, pictures.
OTHER_PAGES = ["/people/mira-holt/", "/jobs/harbour-master/", "/jobs/summer-assistant/", "/events/regatta-2024/",
               "/events/open-house/", "/about/history/", "/about/board/", "/about/statutes/", "/contact/"]
TOPICS = ["/news/topics/boats/", "/news/topics/club-life/"]
PICTURE = "/static/a1b2c3/cover.png"
PAGE_DATA, SITE_QUERY, APP_DATA = "/page-data/news/page-data.json", "/page-data/sq/d/4021.json", "/page-data/app-data.json"


def _title(path: str) -> str:
    return path.rstrip("/").rsplit("/", 1)[-1]


def _gatsby_listing() -> str:
    """The newest posts as cards, a pager whose links only its script understands, and the data files it preloads."""
    cards = "".join(f"<div class='col-md-4'><div class='text'><h5><a href='{path}'>{_title(path)}</a><br/>"
                    f"<span class='date'>Posted on: May {20 - n:02d}, 2024</span></h5></div>"
                    f"<div class='text'>A few words on {_title(path).lower()} and what comes next.</div></div>"
                    for n, path in enumerate(POSTS[:SHOWN]))
    preloads = "".join(f"<link as='fetch' rel='preload' href='{href}' crossorigin='anonymous'/>"
                       for href in (PAGE_DATA, SITE_QUERY, APP_DATA))
    pager = "".join(f"<li class='page-item'><a class='page-link' href='/news&amp;page={n}'>{n}</a></li>"
                    for n in (1, 2, 3))
    return (f"<!DOCTYPE html><html><head><title></title>{preloads}</head><body><div id='___gatsby'><nav>"
            "<a href='/'>Home</a><a href='/news'>News</a><a href='/about/history/'>History</a>"
            f"<a href='/contact/'>Contact</a></nav><main><h1>News</h1><div class='row'>{cards}</div>"
            f"<ul class='pagination'>{pager}</ul></main></div></body></html>")


def _page_data() -> dict:
    """The listing's own data: every post with its picture, writer and topics."""
    entries = [{"node": {"fields": {"slug": path},
                         "frontmatter": {"title": _title(path), "date": f"May {20 - n:02d}, 2024",
                                         "cover": {"publicURL": PICTURE},
                                         "author": {"fields": {"slug": "/people/mira-holt/"}}, "topics": TOPICS}}}
               for n, path in enumerate(POSTS)]
    return {"componentChunkName": "component---src-pages-news-js", "path": "/news/",
            "result": {"data": {"posts": {"edges": entries}}, "pageContext": {}}, "staticQueryHashes": ["4021"]}


def _site_query() -> dict:
    """A query every page runs: the site's whole index of pages, the news among far more that are none."""
    return {"data": {"site": {"siteMetadata": {"title": "Harbour Society"}},
                     "allPages": {"nodes": [{"fields": {"slug": path}} for path in POSTS + OTHER_PAGES]}}}


def _serve(server: FaultServer, path: str, html: str) -> None:
    server.routes[quote(path)] = page(html)


def test_the_posts_a_script_pager_renders_from_the_preloaded_page_data_are_stored(tmp_path):
    """Fails before: only the shown cards' posts were stored; the data files were never read."""
    server = FaultServer()
    server.routes["/news/"] = page(_gatsby_listing())
    for path, data in ((PAGE_DATA, _page_data()), (SITE_QUERY, _site_query()), (APP_DATA, {"webpackHash": "9f8e"})):
        server.routes[path] = page(json.dumps(data), "application/json")
    for n, path in enumerate(POSTS + OTHER_PAGES + TOPICS):
        _serve(server, path, article_html(_title(path), f"page{n}"))
    _run, requested = crawl_one_source(server, tmp_path, "harbour", "Harbour Society", "/news/")
    assert {unquote(path) for path in stored_paths(server, tmp_path)} == set(POSTS)
    # The site-wide index, the writers', topics' and pictures' addresses the data holds are never followed.
    asked = {unquote(path) for path in requested}
    assert not asked & set(OTHER_PAGES + TOPICS + [PICTURE])


def test_the_posts_of_a_load_more_buttons_data_file_are_stored(tmp_path):
    """A "Load more" button names the JSON of the next posts, none of which the listing shows. Fails before: only the
    shown cards' posts were stored."""
    server = FaultServer()
    shown, more = ["/blog/first-light/", "/blog/tide-tables/"], ["/blog/net-mending/", "/blog/gull-census/"]
    cards = "".join(f"<article class='card'><h2><a href='{path}'>{_title(path)}</a></h2><p>Posted 3 June 2024</p>"
                    "</article>" for path in shown)
    server.routes["/blog/"] = page(
        "<!DOCTYPE html><html lang='en'><head><title>Blog | Harbour Society</title></head><body><nav><a href='/'>Home"
        f"</a><a href='/blog/'>Blog</a><a href='/about/board/'>Board</a></nav><main><h1>Blog</h1>{cards}"
        "<button class='load-more' data-next-page='/blog/more/2.json'>Load more</button></main></body></html>")
    batch = {"posts": [{"link": path, "title": _title(path), "image": "/img/gull.jpg", "author": "/people/mira-holt/"}
                       for path in more], "next": "/blog/more/3.json"}
    server.routes["/blog/more/2.json"] = page(json.dumps(batch), "application/json")
    for n, path in enumerate(shown + more + ["/about/board/", "/people/mira-holt/"]):
        _serve(server, path, article_html(_title(path), f"blog{n}"))
    _run, requested = crawl_one_source(server, tmp_path, "harbour", "Harbour Society", "/blog/")
    assert stored_paths(server, tmp_path) == set(shown + more)
    assert "/people/mira-holt/" not in requested


def test_slugs_of_posts_filed_under_several_year_folders_are_not_placed_in_one_of_them(tmp_path):
    """A listing shows every post, filed by year (`/results/2019/<slug>`); its page-data names each by its bare slug
    beside its year. A slug does not say which folder its post is in. Fails before: each slug was put in the first
    shown card's folder (`/results/2017/<every slug>`), a request to a missing page for every post of another year,
    all counted as the site's broken links."""
    server = FaultServer()
    posts = {"2017": ["spring-cup", "harbour-relay"], "2018": ["lake-tournament", "indoor-league-day-one"],
             "2019": ["beach-weekend", "autumn-hat-tournament", "indoor-league-day-two"]}
    paths = [f"/results/{year}/{slug}" for year, slugs in posts.items() for slug in slugs]
    cards = "".join(f"<div class='box'><dt><a href='{path}'><h3>{_title(path)}</h3></a></dt>"
                    f"<dd><span class='tag'>Datum</span><span class='tag'>0{n + 1}.05.20{path[11:13]}</span></dd></div>"
                    for n, path in enumerate(paths))
    server.routes["/results/"] = page(
        "<!DOCTYPE html><html><head><title></title>"
        "<link as='fetch' rel='preload' href='/page-data/results/page-data.json' crossorigin='anonymous'/></head>"
        "<body><div id='___gatsby'><nav><a href='/'>Home</a><a href='/results/'>Results</a></nav><main>"
        f"<h1>Tournament history</h1><dl>{cards}</dl></main></div></body></html>")
    data = {"componentChunkName": "component---src-pages-results-index-js", "path": "/results/",
            "result": {"data": {"allReport": {"edges": [{"node": {"year": year, "slug": slug, "title": slug}}
                                                        for year, slugs in posts.items() for slug in slugs]}}}}
    server.routes["/page-data/results/page-data.json"] = page(json.dumps(data), "application/json")
    for n, path in enumerate(paths):
        _serve(server, path, article_html(_title(path), f"result{n}"))
        _serve(server, path + "/", article_html(_title(path), f"result{n}"))
    run, requested = crawl_one_source(server, tmp_path, "club", "Frisbee Club", "/results/")
    assert {path.rstrip("/") for path in stored_paths(server, tmp_path)} == set(paths)
    made_up = {path for path in requested if re.fullmatch(r"/results/\d{4}/[^/]+/?", path) and path.rstrip("/") not in paths}
    assert not made_up
    assert not run.broken_links
