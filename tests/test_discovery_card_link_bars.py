"""A card's link bar (the list a CMS sets under a post's card, beside its "Read more" to the post) labels the post: its
writer's blog ("Blog of Harriet Lund") is no teaser however many words it holds, and teaches no article family."""
from __future__ import annotations

import lxml.html

from fault_site import FaultServer, crawl_one_source, page, stored_column

from news_archive.spiders.discovery import page_links

BASE = "http://club.example"
TEXT = ("The users' group met in the back room of the town library to compare notes on the new release, and three "
        "members showed how they moved their sites over a weekend without losing a single page of old posts {n}.")
POSTS = {"/node/41/": ("Moving a site to the new release", "Harriet Lund", "/blog/7/"),
         "/node/42/": ("Translating the admin screens", "Oskar Viktor Berg", "/blog/9/"),
         "/node/43/": ("Notes from the spring meetup", "Oskar Viktor Berg", "/blog/9/")}


def _chrome(title: str, main: str) -> str:
    return (f"<html lang='en'><head><title>{title} | Web Users Club</title></head><body><div id='header'>"
            "<a href='/'>Web Users Club</a><ul class='menu'><li><a href='/'>Home</a></li>"
            "<li><a href='/forum/'>Forum</a></li></ul></div><div id='content' class='main-content'>"
            f"{main}</div><div id='footer'><p>Web Users Club, since 2005.</p></div></body></html>")


def _card(path: str, whole: bool = False) -> str:
    """A post as the CMS lists it: its linked headline, its submitted line, its text cut (or a short post whole,
    comments closed: no "Read more"), and its link bar: the writer's blog, and "Read more" to the post."""
    title, user, blog = POSTS[path]
    n = path.strip("/").split("/")[-1]
    text = f"<p>{TEXT.format(n=n)}</p>" if whole else f"<p>{TEXT.format(n=n)[:140]}…</p>"
    more = "" if whole else f"<li class='node_read_more last'><a href='{path}'>Read more</a></li>"
    return (f"<div id='node-{n}' class='node clear-block'><h1><a href='{path}'>{title}</a></h1>"
            f"<span class='submitted'>12 March 2019 - 18:05 posted by {user}</span><div class='content'>{text}</div>"
            f"<ul class='links inline'><li class='blog_usernames_blog first'><a href='{blog}'>Blog of {user}</a></li>"
            f"<li class='comment_forbidden'></li>{more}</ul></div>")


def test_a_writers_blog_in_a_cards_link_bar_is_no_teaser():
    # Fails before: "Blog of Oskar Viktor Berg" is four words, read as a headline.
    links = page_links(lxml.html.fromstring(_chrome("Blogs", "<h1>Blogs</h1>" + "".join(map(_card, POSTS)))),
                       f"{BASE}/blog/")
    assert links.teasers == [f"{BASE}{path}" for path in POSTS]


def test_a_list_of_headlines_under_a_linked_heading_stays_teasers():
    # A "Latest posts" list under a section heading linking the section: no link of it leads where the heading does.
    items = "".join(f"<li><a href='{path}'>{title}</a></li>" for path, (title, _user, _blog) in POSTS.items())
    html = _chrome("Club", f"<h2><a href='/news/'>Latest from the club</a></h2><ul class='latest'>{items}</ul>")
    teasers = page_links(lxml.html.fromstring(html), f"{BASE}/").teasers
    assert {f"{BASE}{path}" for path in POSTS} <= set(teasers), teasers


def test_a_crawl_stores_the_posts_not_the_writers_blogs(tmp_path):
    # Fails before: the writers' blogs, read as the stream's teasers, taught the blog folder as an article family;
    # each writer's blog showing a short post whole with comments closed was then stored, titled "Blog of ...", and
    # the post's own page folded into it.
    server = FaultServer()
    server.routes["/blog/"] = page(_chrome("Blogs", "<h1>Blogs</h1>" + "".join(map(_card, POSTS))))
    for path, (title, user, blog) in POSTS.items():
        n = path.strip("/").split("/")[-1]
        text = f"<p>{TEXT.format(n=n)}</p>"
        server.routes[path] = server.routes[path.rstrip("/")] = page(_chrome(title, (
            f"<h1>{title}</h1><div id='node-{n}' class='node clear-block'><span class='submitted'>12 March 2019 - "
            f"18:05 posted by {user}</span><div class='content'>{text}</div><ul class='links inline'>"
            f"<li class='blog_usernames_blog first'><a href='{blog}'>Blog of {user}</a></li></ul></div>")))
    server.routes["/blog/7/"] = page(_chrome("Blog of Harriet Lund", "<h1>Blog of Harriet Lund</h1>"
                                             + _card("/node/41/", whole=True)))
    server.routes["/blog/9/"] = page(_chrome("Blog of Oskar Viktor Berg", "<h1>Blog of Oskar Viktor Berg</h1>"
                                             + _card("/node/42/", whole=True) + _card("/node/43/", whole=True)))
    crawl_one_source(server, tmp_path, "club", "Web Users Club", "/blog/")
    titles = {path.rstrip("/") + "/": title for path, title in stored_column(server, tmp_path, "title").items()}
    assert titles == {path: title for path, (title, _user, _blog) in POSTS.items()}, titles
