"""A public body's news page, a static page of its CMS typed an article (og:type, as SEO plugins print it on every
page), shows its posts as a grid of whole-card links: each link wraps a date, a headline and an excerpt, with no
heading element and no <article> block, and the page writes no text of its own under its bare heading. It is the
listing the sources file names, and its posts are found; a post whose text is followed by related posts stays one."""
from __future__ import annotations

import lxml.html

from news_archive.spiders.decisions import SourceDecisions
from fault_site import FaultServer, article_html, crawl_one_source, page, stored_paths

POSTS = [(f"/{slug}/index.html", title) for slug, title in [
    ("new-meadow-bought", "A new meadow bought by the river"), ("pond-survey-done", "The pond survey is done"),
    ("winter-volunteers", "Volunteers cleared the winter hedges"), ("orchid-count", "Orchid count on the chalk hill"),
    ("moth-night", "A moth night at the old quarry"), ("annual-report-out", "Our annual report is out")]]
TYPED_ARTICLE = '<meta property="og:type" content="article">'
MENU = "".join(f"<li><a href='/{name}/index.html'>{name.title()}</a></li>" for name in ("about", "sites", "agenda", "join"))


def _card(path: str, title: str, n: int) -> str:
    return (f"<a href='..{path}' class='cell event-item'><div class='image'><img src='../uploads/p{n}.jpg' alt=''>"
            f"</div><div class='content'><div class='date'> {n + 1} March 2024</div><div class='title'> {title}</div>"
            f"<div class='excerpt'> The team tells what was done on the site this month and what comes next ...</div>"
            f"</div></a>")


def _news_page() -> str:
    cards = "".join(_card(path, title, n) for n, (path, title) in enumerate(POSTS))
    return (f"<html><head><title>News - Nature trust</title>{TYPED_ARTICLE}</head><body id='news'><header><nav><ul>"
            f"{MENU}</ul></nav></header><main><section id='intro'><h1> News</h1></section><section id='news'>{cards}"
            "</section></main><footer><p>Nature trust, 3 Mill Lane</p></footer></body></html>")


def test_a_start_page_typed_article_showing_card_links_only_is_read_as_a_listing():
    """Fails before: declared an article, with no <article> blocks nor a pager, the start page was kept one."""
    base = "http://trust.example"
    root = lxml.html.fromstring(_news_page())
    assert SourceDecisions(lambda url, why: None).is_listing(root, f"{base}/news/index.html", "start")
    related = "".join(_card(path, title, n) for n, (path, title) in enumerate(POSTS[:4]))
    text = "".join(f"<p>The trust bought a wet meadow of four hectares by the river, where the team will mow late and "
                   f"let the reeds spread back over the coming years, step {n}.</p>" for n in range(4))
    post = lxml.html.fromstring(f"<html><head><title>A meadow</title>{TYPED_ARTICLE}</head><body><main><h1>A meadow"
                                f"</h1>{text}<section class='related'>{related}</section></main></body></html>")
    assert not SourceDecisions(lambda url, why: None).is_listing(post, f"{base}/a-meadow/index.html", "start")


def test_the_posts_of_a_card_link_news_page_typed_article_are_stored(tmp_path):
    """Fails before: 0 of 6 posts (the start page alone was fetched, and judged no article)."""
    server = FaultServer()
    server.routes["/news/index.html"] = page(_news_page())
    for n, (path, title) in enumerate(POSTS):
        server.routes[path] = page(article_html(title, f"post{n}"))
    run, _asked = crawl_one_source(server, tmp_path, "trust", "Nature trust", "/news/index.html")
    assert stored_paths(server, tmp_path) == {path for path, _title in POSTS}
    assert run.status == "ok"
