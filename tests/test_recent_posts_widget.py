"""A post of another section, linked only from the side column's "Recent posts" widget beside the news listing."""
from __future__ import annotations

from lxml import html as lxml_html

from news_archive.archive.urls import page_key
from news_archive.spiders.decisions import SourceDecisions
from news_archive.spiders.navigation_regions import NavigationRegions
from news_archive.spiders.post_lists import chrome_link_lists
from fault_site import FaultServer, article_html, crawl_one_source, page, stored_paths

TITLES = {1: "Club members gather for the spring cleaning day", 2: "Youth team sails its first summer camp",
          3: "Annual meeting elects a new board for the club"}
REGATTA = "/races/autumn-long-distance-race/"


def _sidebar() -> str:
    """A blog theme's side column: the newest posts of every section (one in the races section), the categories,
    the archive months, the tags, and a links widget to the club's static pages."""
    recent = [(REGATTA, "Autumn long distance race on the river")] + [(f"/news/post-{n}/", TITLES[n]) for n in (3, 2, 1)]
    widgets = {
        "Recent posts": recent,
        "Categories": [("/categories/club-life/", "Club life"), ("/categories/youth/", "Youth")],
        "Archives": [("/2024/03/", "March 2024"), ("/2024/02/", "February 2024")],
        "Links": [("/about/harbour/", "Our harbour and its moorings"), ("/about/board/", "The board of the club")],
    }
    blocks = "".join(f'<div class="widget"><h4>{name}</h4><ul>'
                     + "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in links) + "</ul></div>"
                     for name, links in widgets.items())
    tags = '<div class="widget"><h4>Tags</h4><a rel="tag" href="/tags/sailing/">sailing</a></div>'
    return f'<aside class="sidebar">{blocks}{tags}</aside>'


def _blog(server: FaultServer) -> None:
    side = _sidebar()
    teasers = "".join(f'<article><h2><a href="/news/post-{n}/">{TITLES[n]}</a></h2><p>A short teaser of the post.</p>'
                      f'</article>' for n in (3, 2, 1))
    server.routes["/news/"] = page(f"<html><body><main><h1>News</h1>{teasers}</main>{side}</body></html>")
    posts = {f"/news/post-{n}/": (TITLES[n], f"post{n}") for n in TITLES}
    posts[REGATTA] = ("Autumn long distance race on the river", "regatta")
    for path, (title, word) in posts.items():
        server.routes[path] = page(article_html(title, word).replace("</main>", f"</main>{side}"))
    for path in ("/categories/club-life/", "/categories/youth/", "/2024/03/", "/2024/02/", "/about/harbour/",
                 "/about/board/", "/tags/sailing/"):
        server.routes[path] = page(article_html("Not a post of the blog", path.replace("/", "")))


def test_a_post_linked_only_from_the_recent_posts_widget_is_stored(tmp_path):
    """Fails before: the side column is site chrome, and none of its links was followed."""
    server = FaultServer()
    _blog(server)
    run, read = crawl_one_source(server, tmp_path, "club", "Club", "/news/")
    stored = stored_paths(server, tmp_path)
    assert stored == {REGATTA, "/news/post-1/", "/news/post-2/", "/news/post-3/"}
    assert run.status == "ok"
    # The categories, archive months, tags and the links widget show no post of the listing's: never asked for.
    assert not read & {"/categories/club-life/", "/categories/youth/", "/2024/03/", "/2024/02/", "/about/harbour/",
                       "/about/board/", "/tags/sailing/"}


def _decisions_after_listing(teasers: list[str]) -> SourceDecisions:
    decisions = SourceDecisions(lambda url, reason: None, ["http://site.example/news/"])
    for url in teasers:  # what the news listing's teasers teach (from_listing at depth 0)
        decisions.families.learn(url)
        decisions.teasers[page_key(url)] = "A headline"
    return decisions


def test_only_a_list_mostly_of_the_listings_posts_leads_to_posts_shaped_like_them():
    root = lxml_html.fromstring(f"<html><body><main><p>News</p></main>{_sidebar()}</body></html>")
    lists = chrome_link_lists(root, "http://site.example/news/", NavigationRegions(root))
    assert len(lists) == 4  # the tag cloud is no list
    decisions = _decisions_after_listing([f"http://site.example/news/post-{n}/" for n in (1, 2, 3)])
    assert [url for url, _ in decisions.from_post_lists(lists)] == [f"http://site.example{REGATTA}"]
    # One post of the listing's in a list is no widget of posts: a menu may link one.
    one_known = [[("http://site.example/news/post-1/", "A"), ("http://site.example/about/board/", "B"),
                  ("http://site.example/about/harbour/", "C")]]
    assert not list(decisions.from_post_lists(one_known))
    # Beside the listing's posts, a folder deeper down or a page of another shape is no post of another section.
    mixed = [[(f"http://site.example/news/post-{n}/", "A") for n in (1, 2, 3)]
             + [("http://site.example/shop/items/boat-hook/", "C"), ("http://site.example/races/2024/", "D"),
                ("http://site.example/races/summer-race/", "E")]]
    assert [url for url, _ in decisions.from_post_lists(mixed)] == ["http://site.example/races/summer-race/"]



def test_a_static_page_the_listing_links_in_a_posts_text_teaches_no_shape():
    """A listing showing whole posts links the static pages their text names, headline-long; beside dated posts
    such a page is no post of another section, nor is the page beside it in a "Popular" widget."""
    posts = [f"http://site.example/2024/03/post-{n}/" for n in (1, 2, 3)]
    decisions = _decisions_after_listing(posts)
    decisions.teasers[page_key("http://site.example/method/teaching-model/")] = "Our teaching model in short"
    popular = [[(url, "A post") for url in posts] + [("http://site.example/method/teaching-model/", "Model"),
                                                     ("http://site.example/tools/videos/", "Videos")]]
    assert not list(decisions.from_post_lists(popular))
