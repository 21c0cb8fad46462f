"""A script-built news page (one React tree for every layout) prints its side boxes twice, once for the desktop layout
and once for the mobile one: a newsletter box's lines shown twice are one text of the page's own, and the page whose
whole-card teasers stand beside that box alone is the listing it shows, though it types itself an article as every page
of the site does."""
from __future__ import annotations

import lxml.html

from news_archive.spiders.decisions import SourceDecisions
from fault_site import FaultServer, article_html, crawl_one_source, page

POSTS = [(f"/news/{slug}/", f"How the {slug} depot changed its night deliveries this season")
         for slug in ("harbour", "airport", "northside", "riverside", "quarry", "station")]
TYPED_ARTICLE = '<meta property="og:type" content="article">'


def _newsletter_box() -> str:
    """The theme's sign-up box, about 35 words: under the 60 a page may write beside its teasers, twice over it."""
    return ('<div class="styled__SubscribeBlock-sc-x1 abc"><p class="styled__Title-sc-x2 def">Get our monthly letter.</p>'
            '<p>Receive news from our planners including route changes, depot openings, driver stories and more.</p>'
            '<p>By sending the form below I agree to the terms under which the company keeps my address.</p></div>')


def _card(path: str, title: str, n: int) -> str:
    return (f'<div class="styled__CardItem-sc-c1 ghi"><div class="styled__CardImage-sc-c2 jkl"><a href="{path}">'
            f'<img alt="{title}" src="/static/{n}.webp"></a></div><a class="styled__CardBody-sc-c3 mno" href="{path}">'
            f'<div><div class="styled__CardType-sc-c4 pqr">BLOG POST</div><div class="styled__CardTitle-sc-c5 stu">'
            f'{title}</div></div><div class="styled__CardFooter-sc-c6 vwx"><div>March 0{n}, 2024</div></div></a></div>')


def _news_page() -> str:
    cards = "".join(_card(path, title, n) for n, (path, title) in enumerate(POSTS, 1))
    return (f"<html><head><title>Blog | Depot Co</title>{TYPED_ARTICLE}</head><body><div id='___app'>"
            "<header><nav><a href='/'>Home</a><a href='/news/'>Blog</a><a href='/about/'>About</a></nav></header>"
            "<main class='Layout__Main-sc-m1 aaa'><div><h2>Depot Co Blog</h2><input placeholder='Search articles'></div>"
            f"<div class='styled__DesktopCards-sc-d1 bbb'>{cards}</div>"
            f"<div class='styled__DesktopAside-sc-d2 ccc'>{_newsletter_box()}</div>"
            f"<div class='styled__MobileAside-sc-d3 ddd'>{_newsletter_box()}</div></main>"
            "<footer><a href='/privacy/'>Privacy</a></footer></div></body></html>")


def test_a_box_printed_for_two_layouts_counts_once_beside_the_teasers():
    """Fails before: the box's 70 words, printed twice, outweighed the 60 a page of teasers may write."""
    root = lxml.html.fromstring(_news_page())
    assert SourceDecisions(lambda url, why: None).is_listing(root, "http://depot.example/news/", "start")


def test_a_news_page_with_its_side_box_printed_twice_is_crawled_to_its_posts(tmp_path):
    """Fails before: 0 of 6 posts (the start page alone was fetched, taken for an article and judged empty)."""
    server = FaultServer()
    server.routes["/news/"] = page(_news_page())
    for n, (path, title) in enumerate(POSTS, 1):
        server.routes[path] = page(article_html(title, f"post{n}"))
    run, _asked = crawl_one_source(server, tmp_path, "depot", "Depot Co", start="/news/")
    assert (run.status, run.articles_new) == ("ok", len(POSTS))
