"""A page builder's wrapper named like a pager (`ajax_pagination_container`) around a whole listing is no pager: its
teasers stay content links and their posts are read as articles; the small pager inside it stays the pager."""
from __future__ import annotations

import lxml.html

from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.sources import load_sources
from news_archive.spiders.discovery import page_links
from fault_site import FaultServer, article_html, page, stored_paths

POSTS_PER_PAGE, PAGES = 3, 2
POSTS = [(f"/bericht-{n}/", f"Nieuw proeflab voor winkeliers in wijk {n} geopend")
         for n in range(PAGES * POSTS_PER_PAGE, 0, -1)]


def _listing(number: int) -> str:
    """A listing page as a page builder's blog module writes it: picture link, headline, byline with author and
    category links, excerpt and "read more" per teaser, all inside the ajax pager's container with the real pager."""
    teasers = "".join(
        f'<article class="builder_post post-{n}"><div class="image_container"><a href="{path}" class="featured-image">'
        f'<img src="/img/{n}.jpg" alt="{title}"></a></div><h2 class="entry-title"><a href="{path}">{title}</a></h2>'
        f'<p class="post-meta">door <span class="author"><a href="/author/redactie/" rel="author">Redactie</a></span>'
        f' | <span class="published">Mar {n}, 2024</span> | <a href="/category/labs/" rel="category tag">Labs</a></p>'
        f'<div class="post-content"><p>Winkeliers en studenten werkten een week samen aan nieuwe ideeën voor de '
        f'straat, en de eerste resultaten zijn veelbelovend...</p><a href="{path}" class="more-link">lees meer</a>'
        f'</div></article>'
        for n, (path, title) in enumerate(POSTS[(number - 1) * POSTS_PER_PAGE:number * POSTS_PER_PAGE], start=1))
    older = '<a href="/nieuws/page/2/">« Oudere berichten</a>' if number < PAGES else ""
    return ('<html><head><title>Nieuws | Proeflabs</title></head><body><main><h1>Nieuws</h1>'
            f'<div class="builder_blog"><div class="builder_ajax_pagination_container"><div class="columns">{teasers}'
            f'</div><div class="pagination clearfix"><div class="alignleft">{older}</div></div></div></div>'
            '</main></body></html>')


def test_a_listing_wrapped_in_a_pager_named_container_keeps_its_teasers_as_content():
    """Fails before: every link under the container counted as a pager link, the teasers' included."""
    root = lxml.html.fromstring(_listing(1))
    links = page_links(root, "http://site.example/nieuws/")
    assert links.pagination == ["http://site.example/nieuws/page/2/"]
    assert set(links.teasers) == {f"http://site.example{path}" for path, _title in POSTS[:POSTS_PER_PAGE]}


def test_the_posts_of_a_listing_in_a_pager_named_container_are_stored_as_articles(tmp_path):
    """Fails before: the posts were followed as pages of the listing and skipped as listing pages, none stored."""
    server = FaultServer()
    server.routes["/nieuws/"] = page(_listing(1))
    server.routes["/nieuws/page/2/"] = page(_listing(2))
    for n, (path, title) in enumerate(POSTS):
        server.routes[path] = page(article_html(title, f"bericht{n}"))
    try:
        sources = tmp_path / "sources.toml"
        sources.write_text(f'[[source]]\nid = "labs"\nname = "Proeflabs"\nstart_urls = ["{server.base_url}/nieuws/"]\n',
                           encoding="utf-8")
        [run] = run_crawl(load_sources(sources), tmp_path / "a.db", show_progress=False)
    finally:
        server.stop()
    stored = stored_paths(server, tmp_path)
    assert run.status == "ok" and stored == {path for path, _title in POSTS}
