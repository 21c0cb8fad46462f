"""A news page showing its newest posts as picture cards with no pager: the older posts are reached only through the
topic listings the posts name as their own (`rel="category tag"`), whose pager is a script's, and the month archives
their cards' dates link. The cards sit in a two-column wrapper named by its layout ("background_color_sidebar")."""
from __future__ import annotations

import lxml.html

from fault_site import FaultServer, crawl_one_source, page, slowly, stored_paths
from news_archive.spiders.discovery import page_links

MENU = ("<header><nav class='main_menu'><ul><li><a href='/news/'>News</a></li><li><a href='/about/'>About us</a></li>"
        "</ul></nav></header>")
SIDEBAR = ("<div class='column2'><div class='column_inner'><aside class='sidebar'><div class='widget'><h5>Give</h5>"
           "<p>Every gift helps a child in our valley to stay at school.</p><a href='/about/'>Read how</a></div></aside>"
           "</div></div>")
NEWEST = [(f"/harvest-day-{n}/", f"Harvest day number {n} in the valley", f"2024/0{n}", "press") for n in range(1, 4)]
OLDER = [(f"/school-garden-{n}/", f"School garden opens its gate {n}", "2023/01", "press") for n in range(1, 4)]
MONTH_ONLY = [(f"/winter-coats-{n}/", f"Winter coats for the little ones {n}", "2023/01", "press") for n in range(1, 3)]


def _page(body_class: str, title: str, main: str, head: str = "", og_type: str = "website") -> str:
    return (f"<html lang='en'><head><title>{title} - Valley Trust</title><meta property='og:type' content='{og_type}'>"
            f"{head}</head><body class='{body_class}'>{MENU}<div class='wrapper'><div class='content'>"
            f"<div class='two_columns_66_33 background_color_sidebar grid2'><div class='column1'>"
            f"<div class='column_inner'>{main}</div></div>{SIDEBAR}</div></div></div></body></html>")


def _cards(posts, with_dates: bool = True, with_labels: bool = True) -> str:
    cards = ""
    for path, title, month, topic in posts:
        date = f"<div class='post-info-date'><a href='/{month}/'>12 {month}</a></div>" if with_dates else ""
        label = (f"<div class='post-info-category'><a href='/category/{topic}/'>{topic.title()}</a></div>"
                 if with_labels else "")
        cards += (f"<div class='news-item'><div class='post-image'><a href='{path}' title='{title}'><img src='/p.jpg' "
                  f"alt=''></a></div><div class='news-content'>{label}<h4 class='entry-title'><a href='{path}'>{title}"
                  f"</a></h4>{date}</div></div>")
    return f"<div class='news-holder'>{cards}</div>"


def _post(path: str, title: str, month: str, topic: str) -> str:
    text = "".join(f"<p>The trust tells how {title.lower()} went, part {k}, and how the families of the valley "
                   f"helped the children carry the baskets home before the evening rain.</p>" for k in range(1, 4))
    main = (f"<article class='post type-post'><h1 class='entry_title'>{title}</h1><div class='post_info'>Posted on "
            f"12 {month.replace('/', '-')} in <a href='/category/{topic}/' rel='category tag'>{topic.title()}</a>"
            f"</div><div class='post_text'>{text}</div></article>")
    day = f"{month.replace('/', '-')}-12T09:00:00+00:00"
    return _page("post-template-default single single-post", title, main,
                 head=f"<meta property='article:published_time' content='{day}'>", og_type="article")


def _archive(kind: str, title: str, posts, next_page: str | None = None) -> str:
    pager = "<div class='pagination'><a href='#' data-paged='1'>1</a><a href='#' data-paged='2'>2</a></div>"
    head = f"<link rel='next' href='{next_page}'>" if next_page else ""
    return _page(f"archive {kind}", title, f"<h1>{title}</h1>{_cards(posts)}{pager if next_page else ''}", head=head)


def _site() -> FaultServer:
    server = FaultServer()
    server.routes["/news/"] = page(_page("page-template-default page page-id-12", "News",
                                         f"<h2>Latest news</h2>{_cards(NEWEST, with_dates=False)}"))
    server.routes["/about/"] = page(_page("page-template-default page page-id-2", "About us",
                                          "<h1>About us</h1><p>The trust was founded by three teachers of the valley "
                                          "who wanted every child to finish school.</p>"))
    for path, title, month, topic in NEWEST + OLDER + MONTH_ONLY:
        server.routes[path] = page(_post(path, title, month, topic))
    # The topic's listing shows its five newest posts on every page; only <link rel=next> names its page 2.
    shown = NEWEST[:2] + OLDER
    server.routes["/category/press/"] = page(_archive("category", "Press", shown, "/category/press/page/2/"))
    server.routes["/category/press/page/2/"] = page(_archive("category", "Press", shown))
    server.routes["/2023/01/"] = page(_archive("date", "January 2023", OLDER + MONTH_ONLY))
    for n in range(1, 4):
        server.routes[f"/2024/0{n}/"] = page(_archive("date", f"Month {n} of 2024", [NEWEST[n - 1]]))
    return server


def test_older_posts_are_found_through_the_topic_listing_and_month_archives_their_posts_name(tmp_path):
    """Fails before: the cards sat in a wrapper taken for a sidebar, and nothing led past the news page's three
    newest posts: no post was stored. Now every post is, and no listing or static page."""
    server = _site()
    _run, requested = crawl_one_source(server, tmp_path, "valley", "Valley Trust", "/news/")
    assert "/category/press/" in requested and "/2023/01/" in requested
    assert stored_paths(server, tmp_path) == {path for path, *_rest in NEWEST + OLDER + MONTH_ONLY}


def test_a_two_column_wrapper_named_by_its_sidebar_holds_content_and_its_sidebar_stays_chrome():
    """Fails before: "background_color_sidebar" on the wrapper of the main column and the sidebar made every card
    a sidebar's link."""
    links = page_links(lxml.html.fromstring(_archive("date", "January 2023", OLDER)), "http://127.0.0.1:8000/2023/01/")
    assert {url.removeprefix("http://127.0.0.1:8000") for url in links.teasers} == {path for path, *_ in OLDER}
    assert "http://127.0.0.1:8000/about/" not in {url for url, _text in links.content}


def test_a_news_page_leading_to_its_own_page_two_reads_no_topic_listing(tmp_path):
    """Fails before the home page's own page-2 link counted: the topic listing was read. The older posts are on the home page's own pages ("Read all posts" to page 2, a link no pager holds): the
    topics its posts name stay unread."""
    server = _site()
    server.routes["/"] = page(_page("home blog", "Home", f"<h2>Latest news</h2>{_cards(NEWEST, False, False)}"
                                    "<div class='nav-all'><a href='page/2/index.html'>Read all posts &rarr;</a></div>"))
    server.routes["/page/2/index.html"] = page(_page("home blog paged", "Home",
                                                     f"<h2>Older news</h2>{_cards(OLDER + MONTH_ONLY, False, False)}"))
    _run, requested = crawl_one_source(server, tmp_path, "valley", "Valley Trust", "/")
    assert "/category/press/" not in requested


def _post_of_topics(path: str, title: str, topics: list[str]) -> str:
    links = ", ".join(f"<a href='/tag/{topic}/' rel='category tag'>{topic.title()}</a>" for topic in topics)
    text = "".join(f"<p>The trust tells how {title.lower()} went, part {k}, and how the families of the valley "
                   f"helped the children carry the baskets home before the evening rain.</p>" for k in range(1, 4))
    main = (f"<article class='post type-post'><h1 class='entry_title'>{title}</h1><div class='post_info'>Posted on "
            f"12 2024-01 in {links}</div><div class='post_text'>{text}</div></article>")
    return _page("post-template-default single single-post", title, main,
                 head="<meta property='article:published_time' content='2024-01-12T09:00:00+00:00'>", og_type="article")


def _topics_read(tmp_path, order: list[int]) -> set[str]:
    """Three newest posts, shown and answering in `order`: the first names seven topics, the second seven others,
    the third all fourteen, more than the topics a crawl reads; each topic is named by two posts."""
    first, second = [f"crop-{n:02}" for n in range(7)], [f"tool-{n:02}" for n in range(7)]
    topics = (first, second, second + first)
    server = _site()
    shown = [NEWEST[index] for index in order]
    server.routes["/news/"] = page(_page("page-template-default page page-id-12", "News",
                                         f"<h2>Latest news</h2>{_cards(shown, with_dates=False)}"))
    for late, index in enumerate(order):
        path, title, *_rest = NEWEST[index]
        server.routes[path] = slowly(page(_post_of_topics(path, title, topics[index])), 0.5 * late)
    for topic in first + second:
        server.routes[f"/tag/{topic}/"] = page(_archive("tag", topic.title(), NEWEST[:1]))
    folder = tmp_path / "-".join(map(str, order))
    folder.mkdir()
    _run, requested = crawl_one_source(server, folder, "valley", "Valley Trust", "/news/")
    return {path for path in requested if path.startswith("/tag/")}


def test_the_topics_read_do_not_depend_on_which_post_answered_first(tmp_path):
    """Fails before: a topic was read as soon as its second post was, the first twelve so met: with the third post
    first, the first post's seven topics and five of the second's; with it last, the twelve it names first."""
    third_first = _topics_read(tmp_path, [2, 0, 1])
    third_last = _topics_read(tmp_path, [0, 1, 2])
    assert third_first == third_last
    assert len(third_first) == 12
