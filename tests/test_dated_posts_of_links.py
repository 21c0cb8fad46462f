"""A dated post whose text is links or short lines, under its headline (an <h2>) right over its date line (an <h6>),
on a site whose <title> and og:title name only the section or the site: an event's recordings and slides, a press
release linked, a programme of lists and one-line facts. The heading over the date line is the post's headline, and
the lines under it are its text, less the site's own "Back to ..." and "Event page" links. A tag page listing the
site's own posts under a dated heading, and a page of several dated headings over links, stay no article."""
from __future__ import annotations

import sqlite_utils

from fault_site import FaultServer, crawl_one_source, page
from news_archive.pipelines.extraction import extract_article

MENU = "".join(f"<li><a href='/{slug}/'>{label}</a></li>" for slug, label in (
    ("about", "About the society"), ("members", "Members"), ("news", "News"), ("library", "Library"),
    ("contact", "Contact")))

FOOTER = ("<footer class='block footer'><div class='footer__sections'>" + "".join(
    f"<section><h2 class='footer__heading'>{heading}</h2><ul>"
    + "".join(f"<li><a href='/{link.lower()}/'>{link}</a></li>" for link in links) + "</ul></section>"
    for heading, links in (("Sites", ("Forum", "Wiki", "Maps")), ("Using the site", ("Terms", "Privacy", "Feedback"))))
    + "</div><p>Copyright 2024 Field Survey Society. All rights reserved.</p></footer>")
PROSE = ("<p>The society met in the town hall to agree the survey plan for the coming year. Members chose three "
         "wetlands to map first and asked the library to keep the field notes in one shared folder.</p>")

# path -> (headline, date line, what follows the date line)
POSTS = {
    "/news/reports/18.html": (
        "Spring meeting by video call - 16 February 2021", "Reports | Feb. 16, 2021",
        "<p><span>Recordings </span></p><ul><li><a href='https://video.example/watch/spring-am'>Spring meeting, "
        "morning</a></li></ul><p><br><span>Slides </span></p><ul><li><a href='https://files.example/spring.pdf'>"
        "Spring meeting, all talks</a></li></ul><p>&nbsp;</p><br><a href='../meetings/329.html'>Event page</a>"),
    "/news/reports/87.html": (
        "Survey tool adds a map view", "Industry | Oct. 17, 2013, 12:20 a.m.",
        "<br><p><a href='https://tools.example/2013/10/map-view/'>Map view press release</a></p>"
        "<br><br><br><a href='../industry.html'>&gt;&gt; Back to Industry</a>"),
    "/news/reports/219.html": (
        "Second northern survey days", "Meetings | Dec. 1, 2017, 12:24 a.m.",
        "<br><h2>Home page and free registration</h2><ul><li><a href='https://north.example/days'>Northern "
        "survey days, second round</a></li></ul><p>contact: <a href='mailto:desk@north.example'>desk@north.example"
        "</a></p><h2>Topics</h2><ul><li>Mapping wetlands by drone</li><li>Counting birds from sound</li>"
        "<li>Sharing field notes between teams</li><li>Keeping old maps readable</li></ul><h2>Programme</h2>"
        "<h3><strong>Thursday 18 January</strong></h3><ul><li>Wetland office - Ada North</li><li>Bird desk - "
        "Per Lund</li></ul><h3><strong>Friday 19 January</strong></h3><ul><li>Map room - Eva Strand</li></ul>"
        "<br><br><p><em>Start date:</em> Jan. 18, 2018</p><p><em>End date:</em> Jan. 19, 2018</p>"
        "<p><em>Location:</em> Northtown, NO</p><br><br><a href='../meetings.html'>&gt;&gt; Back to Meetings</a>"),
    "/news/reports/12.html": ("Survey plan agreed", "Reports | May 3, 2019", PROSE),
    "/news/reports/13.html": ("Wetland maps shared", "Reports | June 9, 2019", PROSE.replace("met", "gathered")),
}
SUMMARIES = (("16-02-2021", "Watch the spring meeting again, or read its slides."),
             ("17-10-2013", "A map view comes to the survey tool we use."),
             ("01-12-2017", "Two days of talks on surveying the far north, free to attend."),
             ("03-05-2019", "The plan for the coming year is agreed."),
             ("09-06-2019", "The first wetland maps are in the shared folder."))
BODIES = {
    "/news/reports/18.html": "Recordings\n\nSpring meeting, morning\n\nSlides\n\nSpring meeting, all talks",
    "/news/reports/87.html": "Map view press release",
    "/news/reports/12.html": PROSE[3:-4],
    "/news/reports/13.html": PROSE[3:-4].replace("met", "gathered"),
}


def _shell(section: str, content: str) -> str:
    """A hand-built CMS's page: no <h1>, <title> the section, og:title the site, a menu and a side menu."""
    return (
        f"<html lang='en'><head><title>{section}</title><meta property='og:title' content='Society-Home'>"
        "<meta property='og:type' content='website'></head><body>"
        f"<div class='navbar'><ul>{MENU}</ul></div><div class='container'><div class='content'>"
        "<div id='SideMenu'>News and events <a href='/news/'>All news</a> <a href='/news/reports.html'>Reports</a> "
        "<a href='/news/meetings.html'>Meetings</a></div>"
        f"<div id='Content'>{content}<br class='clear'></div></div></div>"
        f"{FOOTER}</body></html>")


def _post(headline: str, dateline: str, text: str) -> str:
    return _shell("Reports", f"<h2>{headline}</h2><h6>{dateline}</h6>{text}")


def _tag_page() -> str:
    """The site's own posts under a tag, the heading over a date line: links to the site's pages, no text."""
    return _shell("Tag", "<h2>Tagged: meetings</h2><h6>Updated | Jan. 5, 2022</h6><ul>" + "".join(
        f"<li><a href='{path}'>{headline}</a></li>" for path, (headline, _line, _text) in POSTS.items()) + "</ul>")


def _recordings_page() -> str:
    """A page of several dated headings, each over a link to a recording: a listing of them, no one post."""
    return _shell("Recordings", "".join(
        f"<h2>{name}</h2><h6>Recordings | {day}</h6><ul><li><a href='https://video.example/watch/{slug}'>Watch "
        f"{name.lower()}</a></li></ul>"
        for name, day, slug in (("Autumn meeting", "Oct. 2, 2020", "autumn"), ("Spring meeting", "Feb. 16, 2021",
                                                                                   "spring"))))


def test_dated_posts_of_links_and_short_lines_are_stored_with_their_lines(tmp_path):
    """Fails before: with no paragraph of text after the date line, the <h2> was not taken for the headline, the
    title was og:title's site name, and the first two posts were dropped as shells ('no headline of its own'); the
    programme's lines weighed as no container's prose and the third was dropped as empty. The tag page and the page of
    recordings linked from the listing stay unstored."""
    server = FaultServer()
    # The listing's teasers: a link, its day under it, a line of summary.
    listing = "".join(f"<a href='{path}'>{headline}</a><h6>{day}</h6>{summary}<br><br><br>"
                      for path, (headline, _line, _text), (day, summary) in zip(POSTS, POSTS.values(), SUMMARIES))
    server.routes["/news/"] = page(_shell("News", f"<h1 class='center'>News and events</h1>{listing}"
                                                  "<a href='/news/tags/meetings.html'>meetings</a> "
                                                  "<a href='/news/recordings.html'>All recordings</a>"))
    for path, post in POSTS.items():
        server.routes[path] = page(_post(*post))
    server.routes["/news/tags/meetings.html"] = page(_tag_page())
    server.routes["/news/recordings.html"] = page(_recordings_page())
    crawl_one_source(server, tmp_path, "society", "Society", "/news/")
    stored = {row["url"].removeprefix(server.base_url): row
              for row in sqlite_utils.Database(tmp_path / "a.db")["articles"].rows}
    assert set(stored) == set(POSTS)
    assert {path: row["title"] for path, row in stored.items()} == {
        path: headline for path, (headline, _line, _text) in POSTS.items()}
    for path, body in BODIES.items():
        assert stored[path]["body"] == body
    programme = stored["/news/reports/219.html"]["body"]
    assert programme.startswith("Home page and free registration\n\nNorthern survey days, second round")
    assert programme.endswith("Location: Northtown, NO")
    assert "Back to" not in programme


def test_a_tag_page_and_a_page_of_dated_recordings_are_no_articles():
    """However listed: the tag page's lines are links to the site's own posts; the recordings page shows several
    headings over date lines, none the page's own headline."""
    for html, url in ((_tag_page(), "https://society.example/news/tags/meetings.html"),
                      (_recordings_page(), "https://society.example/news/recordings.html")):
        for listed in (False, True):
            result = extract_article(html, url, listed_as_article=listed)
            assert result.page_type != "article", (url, listed, result.page_reason)
