"""A framework names the box of the page's column and its sidebar after both ("content-sidebar-wrap"), on pages laid
out without a sidebar too: there it holds the page's column alone, beside nothing but the menu and the footer. A news
listing of cards whose whole box is the link (headline and date in paragraphs, no heading) sits in it."""
from __future__ import annotations

import lxml.html

from fault_site import FaultServer, crawl_one_source, page, stored_paths
from news_archive.spiders.discovery import page_links
from news_archive.spiders.navigation_regions import NavigationRegions

MENU = ("<nav class='nav-primary'><ul><li><a href='/news/'>News</a></li><li><a href='/about/'>About us</a></li>"
        "<li><a href='/contact/'>Contact</a></li></ul></nav>")
FOOTER = "<footer class='site-footer'><p>Harbour Works Ltd, Quay Street 4, Saltmarsh. All rights kept.</p></footer>"
POSTS = [(f"/harbour-order-{n}/", f"Harbour Works receives order number {n}", f"0{n}/03/2024") for n in range(1, 7)]


def _page(title: str, column: str, sidebar: str = "") -> str:
    return (f"<html lang='en'><head><title>{title} - Harbour Works</title></head><body class='page'>"
            f"<div class='site-container'>{MENU}<div class='site-inner'><div class='content-sidebar-wrap'>"
            f"{column}{sidebar}</div></div>{FOOTER}</div></body></html>")


def _listing() -> str:
    cards = "".join(f"<div class='item-news'><a href='{path}'><div class='item-content'><div class='post-title'>"
                    f"<p>{title}</p></div><div class='post-date'><p>{day}</p></div></div></a></div>"
                    for path, title, day in POSTS)
    return _page("News", f"<div class='news-listing-page'><div class='block-header'><p>News</p></div>"
                         f"<div class='slider'>{cards}</div></div>")


def _post(title: str, day: str) -> str:
    text = "".join(f"<p>The yard tells how {title.lower()} came in, part {k}, and how the crews of the quay will "
                   f"build the cranes over the coming months before the winter storms.</p>" for k in range(1, 4))
    return _page(title, f"<div class='news-single'><h1>{title}</h1><div class='date'><p>{day}</p></div>"
                        f"<div class='content'>{text}</div></div>")


def _site() -> FaultServer:
    server = FaultServer()
    server.routes["/news/"] = page(_listing())
    for path, title, day in POSTS:
        server.routes[path] = page(_post(title, day))
    for path, title in (("/about/", "About us"), ("/contact/", "Contact")):
        server.routes[path] = page(_page(title, f"<h1>{title}</h1><p>Harbour Works has built cranes for the quays "
                                                f"of the northern coast since the old yard opened.</p>"))
    return server


def test_cards_in_a_column_box_named_after_its_sidebar_are_the_listings_posts(tmp_path):
    """Fails before: the box named "content-sidebar-wrap", its words mostly the cards' links, was taken for a sidebar
    and no card for a teaser: no post was stored. Now every post is, and no other page."""
    server = _site()
    crawl_one_source(server, tmp_path, "harbour", "Harbour Works", "/news/")
    assert stored_paths(server, tmp_path) == {path for path, *_rest in POSTS}


def test_a_sidebar_beside_the_column_stays_chrome():
    """The same box holding a sidebar beside the column: the sidebar's links of many words are no teasers."""
    sidebar = ("<div class='sidebar widget-area'><ul><li><a href='/about/'>Read all about the history of our yard</a>"
               "</li><li><a href='/contact/'>Talk to the people who run the crane desk</a></li></ul></div>")
    html = _page("News", "<div class='news-listing-page'><p>Our newest orders and the stories of the quay.</p>"
                         "<p>More will follow as the yard grows through the coming season.</p></div>", sidebar)
    links = page_links(lxml.html.fromstring(html), "http://127.0.0.1:8000/news/")
    assert links.teasers == []


def test_nested_boxes_named_like_sidebars_are_judged_once_each():
    """Fails before (RecursionError): boxes named like a sidebar side by side ("sidebar-menu" widgets) each asked
    whether the other beside it was chrome, which asked back, without end; nested forty deep beside a menu and a
    footer, every box and link on the page is now judged with _is_navigation called at most twice per element."""
    depth = 40
    box = "<div class='slider'>" + "".join(f"<div class='item-news'><a href='{path}'><p>{title}</p><p>{day}</p>"
                                           f"</a></div>" for path, title, day in POSTS) + "</div>"
    for level in range(depth):
        box = (f"<div class='content-sidebar-wrap'><div class='sidebar-menu'><a href='/topic-{level}/'>Topic number "
               f"{level} of the yard</a></div>{box}</div>")
    root = lxml.html.fromstring(_page("News", box))
    regions = NavigationRegions(root)
    asked = 0
    is_navigation = regions._is_navigation

    def counting(element, *args, **kwargs):
        nonlocal asked
        asked += 1
        return is_navigation(element, *args, **kwargs)

    regions._is_navigation = counting
    links = list(root.iter("a"))
    in_chrome = {anchor.get("href") for anchor in links if regions.contains(anchor)}
    assert {f"/topic-{level}/" for level in range(depth)} <= in_chrome
    assert asked <= 2 * sum(1 for _ in root.iter())
