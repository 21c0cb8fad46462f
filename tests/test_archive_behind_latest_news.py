"""A club's news page showing only its newest posts, with no pager: the whole archive is another page of the top menu,
one listing every post or an index of year pages listing them, in markup of its own. An events calendar in the same
menu lists dated event pages by year the same way: it shows none of the news page's posts and stays out."""
from __future__ import annotations

import pytest
import sqlite_utils
from lxml import html

from fault_site import FaultServer, crawl_one_source, page, stored_paths
from news_archive.spiders.menu_listings import top_menu_links
from news_archive.spiders.navigation_regions import NavigationRegions

POSTS = [  # (path, title, day): newest first
    ("/2024/04/spring-grading-in-the-hall/", "Spring grading in the hall", "2024-04-20"),
    ("/2024/02/a-winter-camp-by-the-lake/", "A winter camp by the lake", "2024-02-11"),
    ("/2023/11/three-new-black-belts/", "Three new black belts", "2023-11-05"),
    ("/2023/06/summer-festival-in-the-valley/", "Summer festival in the valley", "2023-06-18"),
    ("/2023/03/the-annual-meeting-was-held/", "The annual meeting was held", "2023-03-09"),
    ("/2022/10/medals-at-the-national-cup/", "Medals at the national cup", "2022-10-02"),
    ("/2022/05/new-mats-for-the-training-room/", "New mats for the training room", "2022-05-14"),
    ("/2022/01/a-grant-for-the-youth-group/", "A grant for the youth group", "2022-01-23"),
]
NEWEST = POSTS[:3]
EVENTS = [(f"/events/{year}/{slug}-{year}/", f"{name} {year}", f"{year}-0{month}-1{month}")
          for year in (2024, 2023, 2022) for slug, name, month in
          (("cup", "Regional cup", 3), ("seminar", "Black belt seminar", 5), ("camp", "Summer camp", 7))]
YEARS = (2024, 2023, 2022)


def _menu(flat: bool) -> str:
    entries = [("/", "Home"), ("/news/", "News"), ("/posts/", "Posts"), ("/events/", "Events"), ("/about/", "About")]
    if flat:
        return "<header><nav>" + "".join(f"<a href='{href}'>{label}</a>" for href, label in entries) + "</nav></header>"
    items = "".join(f"<li><a href='{href}'>{label}</a></li>" for href, label in entries)
    return f"<header><nav class='menu'><ul>{items}</ul></nav></header>"


def _page(title: str, main: str, flat: bool, head: str = "") -> str:
    return (f"<html lang='en'><head><title>{title}</title>{head}</head><body>{_menu(flat)}<main class='wrap'>{main}"
            "</main><footer><p>Lakeside Taekwondo Club</p></footer></body></html>")


def _dated_list(entries) -> str:
    items = "".join(f"<li><a href='{path}'>{title}</a> <span class='muted'>({day})</span></li>"
                    for path, title, day in entries)
    return f"<ul class='plain'>{items}</ul>"


def _post(title: str, day: str, flat: bool) -> str:
    text = "".join(f"<p>The club tells how {title.lower()} went, part {k}, and thanks the parents who drove the "
                   "children to the hall and back through the snow that evening.</p>" for k in range(1, 4))
    main = (f"<article class='card'><p class='kicker'>Post</p><h1>{title}</h1><p class='meta'>Published: {day}</p>"
            f"<div class='content'>{text}</div></article>")
    return _page(title, main, flat, head=f"<meta property='article:published_time' content='{day}T10:00:00+00:00'>")


def _event(title: str, day: str, flat: bool) -> str:
    main = (f"<article class='card'><p class='kicker'>Event</p><h1>{title}</h1><p class='meta'>Start: {day} 10:00 | "
            f"Place: the sports hall by the lake</p><div class='content'><p>Everyone who trains with the club is "
            f"welcome to {title.lower()}, where the coaches will lead the training and the grading.</p><p>Bring your "
            "suit, your belt and something to eat, and tell the coach by the week before if you are coming.</p></div>"
            "</article>")
    return _page(title, main, flat, head=f"<meta property='article:published_time' content='{day}T10:00:00+00:00'>")


def _year_index(title: str, folder: str, flat: bool) -> str:
    years = "".join(f"<div class='year-card'><h3><a href='/{folder}/{year}/'>{year}</a></h3></div>" for year in YEARS)
    return _page(title, f"<h1>{title}</h1><p>Year by year.</p><div class='years'>{years}</div>", flat)


def _post_cards(entries) -> str:
    return "".join(f"<article class='post-card'><p class='day'>{day}</p><h3><a href='{path}'>{title}</a></h3>"
                   "<p>What the club did.</p></article>" for path, title, day in entries)


def _club_site(flat: bool, archive: str) -> FaultServer:
    server = FaultServer()
    server.routes["/news/"] = page(_page("News", "<article class='card'><h1>News</h1><div class='notice'><p>The "
                                         f"newest posts:</p>{_dated_list(NEWEST)}</div></article>", flat))
    server.routes["/"] = page(_page("Lakeside Taekwondo Club", "<h1>Welcome</h1><p>Training for all ages.</p>"
                                    "<p><a href='/about/'>About the club</a></p>", flat))
    server.routes["/about/"] = page(_page("About", "<h1>About</h1><p>The club has trained by the lake since 1990, "
                                          "and everyone from six years old is welcome to try.</p>"
                                          "<div class='pagination'><a href='/about/page/2/'>2</a></div>", flat))
    server.routes["/about/page/2/"] = page(_page("About", "<h1>About</h1><p>Our coaches.</p>", flat))
    if archive == "years":
        server.routes["/posts/"] = page(_year_index("Posts", "posts", flat))
    elif archive == "one page":
        server.routes["/posts/"] = page(_page("Posts", f"<h1>Posts</h1>{_post_cards(POSTS)}", flat))
    else:  # the newest posts again, and a pager
        for number, shown in ((1, POSTS[:3]), (2, POSTS[3:6]), (3, POSTS[6:])):
            pager = "".join(f"<a class='page-numbers' href='/posts/page/{n}/'>{n}</a>"
                            for n in (1, 2, 3) if n != number)
            server.routes["/posts/" if number == 1 else f"/posts/page/{number}/"] = page(_page(
                "Posts", f"<h1>Posts</h1>{_post_cards(shown)}<nav class='pagination'>{pager}</nav>", flat))
    server.routes["/events/"] = page(_year_index("Events", "events", flat))
    for year in YEARS:
        for folder, entries in (("posts", POSTS), ("events", EVENTS)):
            listed = [entry for entry in entries if entry[2].startswith(str(year))]
            server.routes[f"/{folder}/{year}/"] = page(_page(f"{folder.title()} of {year}", f"<h1>{folder.title()} of "
                                                             f"{year}</h1>{_dated_list(listed)}", flat))
    for path, title, day in POSTS:
        server.routes[path] = page(_post(title, day, flat))
    for path, title, day in EVENTS:
        server.routes[path] = page(_event(title, day, flat))
    return server


@pytest.mark.parametrize("flat", [True, False], ids=["menu-of-bare-links", "menu-list"])
def test_the_year_pages_an_archive_menu_entry_leads_to_are_read_and_the_calendar_is_not(tmp_path, flat):
    """Fails before: only the news page's three newest posts were stored (3 of 8); a menu written as bare links in
    a <nav> was not read at all, and a menu page in other markup than the news page's was no listing. Now the
    archive's year pages are tried newest first: a year showing only the news page's posts leads on to the next,
    one showing those and older posts is read as a listing, and its year menu leads to the rest. The events
    calendar's newest year shows none of the news page's posts: its event pages are never asked for. The about
    page, showing no post and no menu of years, has its pager left unread."""
    server = _club_site(flat, "years")
    _run, requested = crawl_one_source(server, tmp_path, "lakeside", "Lakeside Taekwondo Club", "/news/")
    assert stored_paths(server, tmp_path) == {path for path, *_rest in POSTS}
    assert not {path for path, *_rest in EVENTS} & requested
    assert not {"/events/2023/", "/events/2022/", "/about/page/2/"} & requested
    skipped = {row["url"].removeprefix(server.base_url): row["reason"]
               for row in sqlite_utils.Database(tmp_path / "a.db")["crawl_pages_skipped"].rows}
    assert skipped["/events/"] == skipped["/events/2024/"] == skipped["/about/"] == "menu page"


@pytest.mark.parametrize("archive", ["one page", "paged"])
def test_a_menu_page_listing_the_news_pages_posts_and_older_ones_is_read_as_a_listing(tmp_path, archive):
    """Fails before: the "Posts" page lists the posts in cards of its own make, not the news page's list: it was
    left as a menu page and 3 of 8 posts were stored. It shows the news page's posts and older ones: the archive.
    Paged, its first page shows only the news page's posts: its second, showing older ones after them, is the
    archive's, and leads to the rest."""
    server = _club_site(True, archive)
    _run, requested = crawl_one_source(server, tmp_path, "lakeside", "Lakeside Taekwondo Club", "/news/")
    assert stored_paths(server, tmp_path) == {path for path, *_rest in POSTS}
    assert not {path for path, *_rest in EVENTS} & requested


def test_a_home_page_showing_the_newest_post_beside_another_page_is_no_archive(tmp_path):
    """Fails with "some of the news page's posts and others" as the evidence: the home page, showing the newest post
    beside a page of the club's history at an address shaped like the posts', was read as a listing and the history
    page stored as news. An archive lists most of the posts the news page shows; the home page shows one of three."""
    server = _club_site(True, "years")
    shown = [NEWEST[0], ("/2021/09/our-history/", "Our history", "2021-09-01")]
    server.routes["/"] = page(_page("Lakeside Taekwondo Club", f"<h1>Welcome</h1><h2>Latest</h2>{_post_cards(shown)}",
                                    True))
    server.routes["/2021/09/our-history/"] = page(_post("Our history", "2021-09-01", True))
    _run, requested = crawl_one_source(server, tmp_path, "lakeside", "Lakeside Taekwondo Club", "/news/")
    assert stored_paths(server, tmp_path) == {path for path, *_rest in POSTS}
    assert "/2021/09/our-history/" not in requested


def test_a_nav_holding_a_logo_link_alone_names_no_menu_entry():
    """Fails with every bare link of a <nav> taken for a menu entry: a theme's header row for phones, a <nav> holding
    the logo's link alone beside the menu's list, named the home page, which was then read as an archive. A <nav> of
    bare links is a menu when it holds a few."""
    logo_row = "<nav class='header-row mobile'><div><a href='/'><img src='/logo.png' alt='Club'></a></div></nav>"
    menu = "<nav class='menu'><ul><li><a href='/news/'>News</a></li><li><a href='/about/'>About</a></li></ul></nav>"
    bare = "<nav><a href='/'>Home</a><a href='/posts/'>Posts</a><a href='/events/'>Events</a></nav>"
    for header, expected in ((logo_row + menu, ["/about/"]), (bare, ["/", "/posts/", "/events/"])):
        root = html.fromstring(f"<html><body><header>{header}</header><main><p>News</p></main></body></html>")
        links = top_menu_links(root, "http://club.example/news/", NavigationRegions(root))
        assert [link.removeprefix("http://club.example") for link in links] == expected
