"""A research network's Drupal site, saved as static files by a website copier: its "Archive of notes and events" is
a Views list whose rows number themselves (`views-row views-row-3 views-row-odd`), each a title, the day it was
created and an excerpt; the posts sit at the site root (`/buoy-workshop.html`) beside the static pages, and their pages
show no date and carry no metadata. Only the rows and the <body> classes Drupal prints (`node-type-story`,
`node-type-event`, `node-type-page`) tell the posts from the pages: the crawl stores every row's post, dated by its row,
and none of the static pages the menu and an excerpt link."""
from __future__ import annotations

import sqlite_utils
from lxml import html as lxml_html

from fault_site import FaultServer, crawl_one_source, page
from news_archive.archive.cms_classes import marks_cms_entry
from news_archive.spiders.discovery import page_links
from news_archive.spiders.listing_dates import teaser_texts
from news_archive.spiders.navigation_regions import NavigationRegions

# path -> (headline, node type, day the row shows, excerpt); newest first, five rows a page.
POSTS = {
    "/sensor-data-release.html": ("First release of the sensor data from the bay", "story", "3 Feb 2014",
                                  "Readings of all twelve buoys from the past winter are now open to everyone."),
    "/summer-school-call.html": ("Call for applications to the summer school on ocean sensing", "story", "20 Jan 2014",
                                 "Doctoral students can apply until the end of March for two weeks at the station."),
    "/buoy-workshop.html": ("Buoy Workshop", "event", "9 Jan 2014",
                            "Two days of hands-on work on the buoys, held at the harbour lab."),
    "/calibration-notes.html": ("Notes on calibrating the salinity probes in cold water", "story", "12 Dec 2013",
                                'The probes drift in winter; our <a href="tools.html">calibration tool</a> corrects '
                                "the readings from the reference samples taken each week."),
    "/new-station-opened.html": ("A new measuring station opens on the northern cape", "story", "28 Nov 2013",
                                 "The station records wind, waves and water temperature every ten minutes."),
    "/network-meeting-report.html": ("Report from the autumn meeting of the network partners", "story", "4 Nov 2013",
                                     "Partners from five universities met to plan the next round of measurements."),
    "/ice-season.html": ("Taking the buoys out before the ice season", "story", "17 Oct 2013",
                         "How the buoys are taken out of the water before the bay freezes over."),
}
STATIC = {"/about.html": "About the network", "/tools.html": "Tools and data"}
MENU = ('<div id="navbar"><ul class="menu"><li class="leaf first"><a href="about.html">About</a></li>'
        '<li class="leaf"><a href="tools.html">Tools</a></li><li class="leaf last"><a href="archive.html">Archive</a>'
        "</li></ul></div>")


def _row(n: int, count: int, path: str) -> str:
    title, _kind, day, excerpt = POSTS[path]
    place = " views-row-odd" if n % 2 else " views-row-even"
    place += " views-row-first" if n == 1 else " views-row-last" if n == count else ""
    return (f'<div class="views-row views-row-{n}{place}">\n  <span class="views-field views-field-title">'
            f'<span class="field-content"><a href="{path[1:]}">{title}</a></span></span>\n'
            '  <span class="views-field views-field-created">'
            f'<span class="field-content">{day}</span></span>\n  <div class="views-field views-field-teaser">'
            f'<div class="field-content"><p>{excerpt}</p>\n</div></div></div>\n')


def _archive(paths: list[str], pager: str, dom_id: str) -> str:
    rows = "".join(_row(n, len(paths), path) for n, path in enumerate(paths, start=1))
    return ('<!DOCTYPE html><html lang="en"><head><title>Archive of notes and events | Bay Sensor Network</title>'
            '</head><body class="not-front not-logged-in page-archive two-sidebars">'
            '<div id="header"><a href="index.html" rel="home">Bay Sensor Network</a></div><div id="main">'
            '<div id="content"><h1 class="title">Archive of notes and events</h1><div id="content-area">'
            f'<div class="view view-full-archive view-dom-id-{dom_id}"><div class="view-content">{rows}</div>'
            f'<div class="item-list"><ul class="pager">{pager}</ul></div></div></div></div>{MENU}</div>'
            "</body></html>")


def _node(path: str, title: str, kind: str, text: str) -> str:
    recent = "".join(f'<li><a href="{p[1:]}">{POSTS[p][0]}</a></li>' for p in list(POSTS)[:3])
    return ('<!DOCTYPE html><html lang="en"><head>'
            f'<title>{title} | Bay Sensor Network</title></head><body class="not-front not-logged-in '
            f'node-type-{kind} two-sidebars page-{path[1:-5]}"><div id="header"><a href="index.html" rel="home">'
            f'Bay Sensor Network</a></div><div id="main"><div id="content"><h1 class="title">{title}</h1>'
            f'<div id="content-area"><div id="node-{len(path)}" class="node node-type-{kind}"><div class="node-inner">'
            f'<div class="content">{text}</div></div></div></div></div>{MENU}<div id="sidebar-left">'
            f'<div class="block"><h2 class="title">Recent notes</h2><ul>{recent}</ul></div></div></div></body></html>')


def _post_text(path: str) -> str:
    word = path[1:-5].replace("-", " ")
    return "".join(f"<p>The network's note on {word}: the team at the station explains what changed, paragraph {n}, "
                   "and what the readings of the buoys show for the seasons ahead.</p>" for n in range(1, 4))


def _site() -> FaultServer:
    server = FaultServer()
    paths = list(POSTS)
    server.routes["/archive.html"] = page(_archive(paths[:5], '<li class="pager-next"><a href="archive-2.html">'
                                                             "next ›</a></li>", "5f0c1d2e"))
    server.routes["/archive-2.html"] = page(_archive(paths[5:], '<li class="pager-previous"><a href="archive.html">'
                                                              "‹ previous</a></li>", "9a8b7c6d"))
    for path, (title, kind, _day, _excerpt) in POSTS.items():
        server.routes[path] = page(_node(path, title, kind, _post_text(path)))
    for path, title in STATIC.items():
        server.routes[path] = page(_node(path, title, "page", _post_text(path)))
    return server


def test_the_crawl_stores_every_row_of_the_archive_dated_by_its_row(tmp_path):
    """Fails before: no post was stored; each, showing no date, was dropped as "no date or article markup" (a row's
    teaser counted only for a page its CMS marks a static page or a WordPress post, not a Drupal story or event)."""
    run, _asked = crawl_one_source(_site(), tmp_path, "bay", "Bay Sensor Network", "/archive.html")
    assert run.status == "ok"
    rows = sqlite_utils.Database(tmp_path / "a.db").query("select url, published from articles")
    stored = {"/" + row["url"].split("/", 3)[3]: row["published"] for row in rows}
    months = {"Oct": 10, "Nov": 11, "Dec": 12, "Jan": 1, "Feb": 2}
    expected = {}
    for path, (_title, _kind, day, _excerpt) in POSTS.items():
        d, month, year = day.split()
        expected[path] = f"{year}-{months[month]:02d}-{int(d):02d}"
    assert stored == expected


def test_short_headlines_in_numbered_rows_are_headlines():
    """Fails before: "Buoy Workshop" read as a label; each row's numbered classes (views-row-3,
    views-row-odd) made its place in the list its own, so no other row's headline vouched for its."""
    paths = list(POSTS)
    root = lxml_html.fromstring(_archive(paths[:5], "", "5f0c1d2e"))
    links = page_links(root, "http://bay.example/archive.html")
    assert {url.removeprefix("http://bay.example") for url in links.teasers} == set(paths[:5])


def test_a_row_whose_excerpt_links_another_page_shows_its_date():
    """Fails before: the row of the calibration notes also links the tools page from its excerpt, so its teaser
    shrank to the headline's own wrapper and the day beside it was not read."""
    root = lxml_html.fromstring(_archive(list(POSTS)[:5], "", "5f0c1d2e"))
    regions = NavigationRegions(root)
    url = "http://bay.example/archive.html"
    texts = teaser_texts(root, url, page_links(root, url, regions), regions)
    assert texts["http://bay.example/calibration-notes.html"][0].startswith("12 Dec 2013\n")
    assert texts["http://bay.example/buoy-workshop.html"][0].startswith("9 Jan 2014\n")
    # A list of headlines each on its own line is no excerpt: a row is never read as another's.
    listing = lxml_html.fromstring('<html><body><main><div class="list"><p>3 May 2024</p><p><a href="/a.html">The '
                                   'first post of the spring</a></p><p><a href="/b.html">The second post of the '
                                   'spring</a></p></div></main></body></html>')
    regions = NavigationRegions(listing)
    texts = teaser_texts(listing, url, page_links(listing, url, regions), regions)
    assert "http://bay.example/a.html" not in texts


def test_drupal_nodes_of_every_type_are_entries_of_the_cms():
    def body(classes: str):
        return lxml_html.fromstring(f'<html><body class="{classes}"><p>x</p></body></html>')
    assert marks_cms_entry(body("not-front node-type-story page-ice-season"))
    assert marks_cms_entry(body("path-node page-node-type-event"))
    assert marks_cms_entry(body("node-type-page"))
    assert marks_cms_entry(body("single single-post postid-4"))
    # A taxonomy page prints its first node's type too: it is an archive, no entry.
    assert not marks_cms_entry(body("page-taxonomy-term node-type-story"))
    assert not marks_cms_entry(body("not-front page-archive"))
