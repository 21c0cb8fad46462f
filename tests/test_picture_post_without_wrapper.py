"""A static generator's post of a picture alone, its headline, date line and picture in one plain box (no <main>, no
<article>, no CMS marks): the site lists it among its news, so it is stored with no text; its pages that are no
posts stay out however pictured."""
from __future__ import annotations

from fault_site import FaultServer, crawl_one_source, page, stored_paths

PROSE = ("<p>The greenhouse team sowed the first test rows of the season this week. Each row carries a tag that links "
         "its seeds to the records kept in the shared data store, so any lab can trace a plant to its batch.</p>")
POSTS = {"/content/news/2023-04-02-first-rows-sown.html": ("First rows sown", "02 Apr 2023", PROSE),
         "/content/news/2023-12-20-greetings-from-the-lab.html": ("Greetings from the lab", "20 Dec 2023",
                                                             "<p><img src='../../images/greetings.png' width='70%' "
                                                             "alt='Season greetings' /></p>"),
         "/content/news/2024-01-15-workshop-ahead.html": ("Workshop ahead", "15 Jan 2024", PROSE.replace("sowed", "sorted"))}


def _shell(title: str, inner: str) -> str:
    # The <title> names the site and the section only; the <h1> in the hero is left empty.
    return ("<html><head><meta charset='utf-8'><title>plantlab - News</title></head><nav class='navbar'>"
            "<a href='/news.html'>News</a><a href='/contact.html'>Contact</a><a href='/tags/greenhouse.html'>Tags</a>"
            "</nav><body><section class='hero is-dark'><div class='hero-body'><div class='container'><h1 class='title'>"
            f"</h1></div></div></section><section class='section'><div class='container p-4'>{inner}</div></section>"
            "</body><site-footer></site-footer></html>")  # a script renders the footer


def _post(title: str, day: str, content: str) -> str:
    return _shell(title, f"<h1 class='title is-1'>{title}</h1><h2 class='subtitle is-2'>{day}</h2>"
                         f"<div class='content'>{content}</div>")


def _listing() -> str:
    cards = "".join(f"<div class='card'><a href='{path}'><h3>{title}</h3></a><p>{day}</p></div>"
                    for path, (title, day, _content) in POSTS.items())
    return _shell("News", f"<h1 class='title is-1'>News</h1><div class='columns'>{cards}</div>")


def test_a_listed_dated_post_of_a_picture_in_a_plain_box_is_stored_and_the_sites_pages_are_not(tmp_path):
    # Fails before: with no <main>, <article> or post class around its headline, the picture post was dropped as
    # empty ("less than 1 characters of text") though the news listing shows it among the posts.
    server = FaultServer()
    server.routes["/news.html"] = page(_listing())
    for path, post in POSTS.items():
        server.routes[path] = page(_post(*post))
    # The contact page shows a picture under its headline too, the tag page lists the posts: neither is a post.
    server.routes["/contact.html"] = page(_shell("Contact", "<h1 class='title is-1'>Contact</h1><div class='content'>"
                                                             "<p><img src='/images/map.png' alt='map'></p></div>"))
    server.routes["/tags/greenhouse.html"] = page(_shell("Greenhouse", "<h1 class='title is-1'>Greenhouse</h1>" +
                                                         _listing().split("<div class='columns'>")[1]))
    crawl_one_source(server, tmp_path, "plantlab", "plantlab", "/news.html")
    assert stored_paths(server, tmp_path) == set(POSTS)
