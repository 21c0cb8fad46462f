"""A news page showing its newest posts as cards with no pager, whose older posts are shown only by another page of the
site's top menu ("Observatory": a static page whose page builder prints a topic's posts as cards of the news page's
own make, each card's date linking its month archive). The other pages of the menu ("About us", with cards of the
team) are the site's own: looked at, never read as listings nor stored."""
from __future__ import annotations

import time

import sqlite_utils

from fault_site import FaultServer, Reply, crawl_one_source, page, stored_paths
from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.sources import load_sources

MENU = ("<header><nav class='main_menu'><ul><li><a href='/news/'>News</a><ul><li><a href='/news/'>Latest</a></li>"
        "</ul></li><li><a href='/observatory/'>Observatory</a><ul><li><a href='/observatory/#links'>Links</a></li>"
        "</ul></li><li><a href='/about/'>About us</a></li><li><a href='/members/'>Members</a></li></ul></nav></header>")
NEWEST = [(f"/orchard-walk-{n}/", f"An orchard walk with the pupils {n}", f"2024/0{n}") for n in range(1, 4)]
OBSERVED = [(f"/field-notes-{n}/", f"Field notes on the river schools {n}", "2022/05") for n in range(1, 4)]
MONTH_ONLY = [(f"/lantern-night-{n}/", f"Lantern night at the old mill {n}", "2022/05") for n in range(1, 3)]
TEAM = [(f"/team/{name}/", name.title()) for name in ("anna", "bertil", "cecilia")]
# The members' page prints each member in a card of the news cards' very make (a CSS framework's), and the posts
# they wrote in cards of it too.
MEMBERS = [(f"/members/{name}/", f"{name.title()} of the river board", "2021/03") for name in ("dora", "erik", "frida")]


def _page(body_class: str, title: str, main: str, head: str = "", og_type: str = "website") -> str:
    return (f"<html lang='en'><head><title>{title} - Mill Trust</title><meta property='og:type' content='{og_type}'>"
            f"{head}</head><body class='{body_class}'>{MENU}<div class='wrapper'><div class='content'>{main}</div>"
            "</div><footer><p>Mill Trust, by the river.</p></footer></body></html>")


def _cards(posts, with_dates: bool = True) -> str:
    cards = ""
    for path, title, month in posts:
        date = f"<div class='item-date'><a href='/{month}/'>3 {month}</a></div>" if with_dates else ""
        cards += (f"<div class='news-item layout-one'><div class='item-image'><a href='{path}' title='{title}'>"
                  f"<img src='/p.jpg' alt=''></a></div><div class='item-content'><h4 class='item-title'>"
                  f"<a href='{path}'>{title}</a></h4>{date}</div></div>")
    return f"<div class='news-holder'>{cards}</div>"


def _post(title: str, month: str) -> str:
    text = "".join(f"<p>The trust tells how {title.lower()} went, part {k}, and how the families by the river "
                   "helped the children carry their lanterns home before the evening rain.</p>" for k in range(1, 4))
    main = (f"<article class='post type-post'><h1 class='entry_title'>{title}</h1><div class='post_info'>Posted on "
            f"{month.replace('/', '-')}-03</div><div class='post_text'>{text}</div></article>")
    return _page("single single-post", title, main, og_type="article",
                 head=f"<meta property='article:published_time' content='{month.replace('/', '-')}-03T09:00:00+00:00'>")


def _site(news_pager: bool = False) -> FaultServer:
    server = FaultServer()
    pager = "<div class='pagination'><a href='/news/page/2/'>2</a></div>" if news_pager else ""
    server.routes["/news/"] = page(_page("page page-id-12", "News",
                                         f"<h2>Latest news</h2>{_cards(NEWEST, with_dates=False)}{pager}"))
    server.routes["/news/page/2/"] = page(_page("page page-id-12 paged", "News", f"<h2>News</h2>{_cards(OBSERVED)}"))
    server.routes["/observatory/"] = page(_page(
        "page page-id-30", "Observatory", "<h1>Observatory</h1><p>What we learnt in the schools by the river.</p>"
        f"<h2>Our reflections</h2>{_cards(OBSERVED)}<h2 id='links'>Links</h2><p>The river council's reports.</p>"))
    people = "".join(f"<div class='person-card'><div class='person-photo'><a href='{path}'><img src='/f.jpg' alt=''>"
                     f"</a></div><h4 class='person-name'><a href='{path}'>{name}</a></h4></div>" for path, name in TEAM)
    server.routes["/about/"] = page(_page("page page-id-2", "About us", "<h1>About us</h1><p>The trust was founded by "
                                          f"three teachers of the river valley.</p><div class='people'>{people}</div>"))
    for path, name in TEAM:
        server.routes[path] = page(_page("page page-id-40", name, f"<h1>{name}</h1><p>{name} teaches by the river "
                                         "and keeps the trust's books in order every spring.</p>"))
    server.routes["/members/"] = page(_page("page page-id-50", "Members", "<h1>Members</h1><p>The people of the "
                                            f"board.</p>{_cards(MEMBERS, with_dates=False)}<h2>What they wrote</h2>"
                                            f"{_cards(NEWEST[:2], with_dates=False)}"))
    for path, title, _month in MEMBERS:
        server.routes[path] = page(_page("page page-id-51", title, f"<h1>{title}</h1><p>{title} has kept the trust's "
                                         "garden since the first spring and reads to the children on Sundays.</p>"))
    for path, title, month in NEWEST + OBSERVED + MONTH_ONLY:
        server.routes[path] = page(_post(title, month))
    server.routes["/2022/05/"] = page(_page("archive date", "May 2022", f"<h1>May 2022</h1>{_cards(OBSERVED + MONTH_ONLY)}"))
    return server


def test_older_posts_shown_only_by_a_top_menu_page_with_the_news_cards_are_found(tmp_path):
    """Fails before: nothing led past the news page's three newest posts (3 of 8 stored). Now the Observatory page,
    showing cards of the news page's make, is read as a listing: its posts and the month archive its cards link are
    found. About us, whose cards are another make, is looked at and left out with its reason; its team pages are
    never asked for. The members' pages, in cards of the news make beside two posts, say for themselves what they
    are (static pages): no teaser of a menu page vouches for them."""
    server = _site()
    _run, requested = crawl_one_source(server, tmp_path, "mill", "Mill Trust", "/news/")
    assert stored_paths(server, tmp_path) == {path for path, *_rest in NEWEST + OBSERVED + MONTH_ONLY}
    assert not any(path.startswith("/team/") for path in requested)
    skipped = {row["url"].removeprefix(server.base_url): row["reason"]
               for row in sqlite_utils.Database(tmp_path / "a.db")["crawl_pages_skipped"].rows}
    assert skipped["/about/"] == "menu page"
    assert skipped["/observatory/"] == "listing page"


def test_a_menu_page_whose_cards_of_the_news_make_show_people_too_leads_only_to_the_posts(tmp_path):
    """Fails with cards of the make alone as evidence: the members' page, showing two posts in the news cards' make,
    was read as a listing whose every card was a teaser, and the members' pages were stored as articles. Only its
    cards at the posts' addresses are teasers: the members' pages are labels outside the posts' families."""
    server = _site()
    server.routes["/news/"] = page(_page("page page-id-12", "News", "<h2>Latest news</h2>"
                                         f"{_cards(NEWEST + [('/news/notes/', 'Notes from the board meetings', '')], False)}"))
    _run, requested = crawl_one_source(server, tmp_path, "mill", "Mill Trust", "/news/")
    assert not {path for path, *_rest in MEMBERS} & stored_paths(server, tmp_path)


def test_a_news_page_with_a_pager_leaves_its_menu_pages_unread(tmp_path):
    """A news page whose pager leads to its older posts shows them all: the menu's other pages cost no request."""
    server = _site(news_pager=True)
    _run, requested = crawl_one_source(server, tmp_path, "mill", "Mill Trust", "/news/")
    assert "/observatory/" not in requested and "/about/" not in requested
    assert {path for path, *_rest in NEWEST + OBSERVED} <= stored_paths(server, tmp_path)


def _answering_late(route):
    """The page, answered after the other start listing's (the order concurrent requests may come back in)."""
    def answer(query, hit) -> Reply:
        time.sleep(0.6)
        return route(query, hit)
    return answer


def _requested_with_two_start_listings(tmp_path, late: str) -> set[str]:
    """Crawl the trust's news page (newest posts, no pager) and its English copy at /en/news/ (with a pager, and a top
    menu of its own pages) as one source's two start listings, `late` answering last: the paths asked for."""
    server = _site()
    en_menu = MENU.replace("href='/", "href='/en/")
    en_listing = _page("page page-id-112", "News", f"<h2>Latest news</h2>{_cards(NEWEST, with_dates=False)}"
                       "<div class='pagination'><a href='/en/news/page/2/'>2</a></div>").replace(MENU, en_menu)
    server.routes["/en/news/"] = page(en_listing)
    server.routes["/en/news/page/2/"] = page(_page("page page-id-112 paged", "News", f"<h2>News</h2>{_cards(OBSERVED)}")
                                             .replace(MENU, en_menu))
    server.routes[late] = _answering_late(server.routes[late])
    tmp_path.mkdir()
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[source]]\nid = "mill"\nname = "Mill Trust"\nstart_urls = ["{server.base_url}/news/", '
                       f'"{server.base_url}/en/news/"]\n', encoding="utf-8")
    try:
        run_crawl(load_sources(sources), tmp_path / "a.db", show_progress=False)
        return {path for _at, path in server.requests}
    finally:
        server.stop()


def test_a_start_listing_with_a_pager_leaves_its_menu_unread_whichever_start_listing_answers_first(tmp_path):
    """Fails before: the English listing, whose pager leads to its older posts, had its top menu's pages asked for
    when it answered after the pager-less news page (that page's "newest posts only" was taken for every start
    listing read later), and not when it answered first: which pages a crawl fetched hung on the order the
    concurrent start requests came back in. Now each start listing's own pager decides."""
    for late in ("/en/news/", "/news/"):
        requested = _requested_with_two_start_listings(tmp_path / late.strip("/").replace("/", "-"), late)
        assert "/observatory/" in requested  # the pager-less page's menu is looked at
        assert not {"/en/observatory/", "/en/about/", "/en/members/"} & requested, late
