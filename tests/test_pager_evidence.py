"""Pagers known by their evidence (own class, words, "Page 1 of 5", static generators' page addresses), not only by a
`pagination` class around them; and a post's "Next" link, which leads out of the listing's address family, is no pager."""
from __future__ import annotations

import lxml.html

from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.sources import load_sources
from news_archive.spiders.discovery import page_links
from fault_site import FaultServer, article_html, page

POSTS_PER_PAGE, PAGES = 3, 3
POSTS = [(f"/blogg/2024/03/{n:02d}/inlagg-{n}/", f"Inlägg nummer {n} om föreningens vårarbete")
         for n in range(PAGES * POSTS_PER_PAGE, 0, -1)]


def _pelican_pager(number: int, base: str) -> str:
    """A static generator's pager: its links' own classes, a "Page 1 of 3" beside them, no `pagination` anywhere."""
    def address(n: int) -> str:
        return f"{base}/blogg/index.html" if n == 1 else f"{base}/blogg/index{n}.html"
    older = f'<a href="{address(number + 1)}" class="next_page">Next&nbsp;&rarr;</a>' if number < PAGES else ""
    newer = f'<a href="{address(number - 1)}" class="prev_page">&larr;&nbsp;Previous</a>' if number > 1 else ""
    return f'<div class="pages">{newer}{older}<span>Page {number} of {PAGES}</span></div>'


def _listing(number: int, base: str) -> str:
    shown = POSTS[(number - 1) * POSTS_PER_PAGE:number * POSTS_PER_PAGE]
    posts = "".join(f'<div class="post"><h2 class="title"><a href="{base}{path}" rel="bookmark">{title}</a></h2>'
                    f"<p>Föreningen berättar om arbetet under våren, del {path[-3:-1]}.</p></div>"
                    for path, title in shown)
    return (f'<html><head><title>Föreningens blogg</title><link rel="alternate" type="application/atom+xml" '
            f'href="{base}/blogg/feeds/all.atom.xml"></head><body><h1><a href="{base}/blogg/">Föreningen</a></h1>'
            f"{posts}{_pelican_pager(number, base)}</body></html>")


def _atom(base: str) -> str:
    """The feed holds the newest page's posts only: the older ones are reached through the pager alone."""
    entries = "".join(f'<entry><title>{title}</title><link href="{base}{path}" rel="alternate"/>'
                      f"<id>{base}{path}</id><updated>2024-03-{path[15:17]}T10:00:00Z</updated></entry>"
                      for path, title in POSTS[:POSTS_PER_PAGE])
    return f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Föreningen</title>{entries}</feed>'


def test_a_static_generators_pager_with_no_pagination_class_is_read_to_its_last_page(tmp_path):
    """Fails before: `index2.html` was no page address and `pages`/`next_page` no pager class: 3 of 9 posts."""
    server = FaultServer()
    base = server.base_url
    server.routes["/blogg/"] = server.routes["/blogg/index.html"] = page(_listing(1, base))
    for number in range(2, PAGES + 1):
        server.routes[f"/blogg/index{number}.html"] = page(_listing(number, base))
    server.routes["/blogg/feeds/all.atom.xml"] = page(_atom(base), content_type="application/atom+xml")
    for n, (path, title) in enumerate(POSTS, 1):
        server.routes[path] = page(article_html(title, f"inlagg{n}"))
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[source]]\nid = "foreningen"\nname = "Föreningen"\nstart_urls = ["{base}/blogg/"]\n',
                       encoding="utf-8")
    try:
        [run] = run_crawl(load_sources(sources), tmp_path / "a.db", show_progress=False)
    finally:
        server.stop()
    assert (run.status, run.articles_new) == ("ok", len(POSTS))


def _links(body: str, url: str):
    return page_links(lxml.html.fromstring(f"<html><body><main>{body}</main></body></html>"), url)


TEASER = "<h2><a href='/nyheter/2024/03/05/labbet-oppnar/'>Labbet öppnar för forskare i höst</a></h2>"


def test_a_link_named_like_a_pager_to_a_numbered_page_of_the_listing_is_pagination():
    """Fails before: no pager class around these links, and the addresses are no `/page/N/` or `?page=N`."""
    assert _links(f"{TEASER}<p><a href='/nyheter/arkiv-2.html'>Äldre inlägg</a></p>",
                  "https://s.example/nyheter/arkiv.html").pagination == ["https://s.example/nyheter/arkiv-2.html"]
    assert _links(f"{TEASER}<p><span>Sida 1 av 4</span> <a href='/nyheter/2/'>Framåt</a></p>",
                  "https://s.example/nyheter/").pagination == ["https://s.example/nyheter/2/"]
    assert _links(f"{TEASER}<p><a href='/nyheter/page2/'>Weiter</a></p>",
                  "https://s.example/nyheter/").pagination == ["https://s.example/nyheter/page2/"]


def test_a_posts_next_link_and_a_shortlink_without_pager_evidence_are_no_pager():
    links = _links(f"{TEASER}<p><a class='next' href='/nyheter/2024/03/01/forra/'>Next &rarr;</a>"
                   f"<a href='/?p=42'>Läs mer</a></p>", "https://s.example/")
    assert links.pagination == []
    assert _links(f"{TEASER}<p><a href='/?p=2'>Nästa sida</a></p>", "https://s.example/").pagination == [
        "https://s.example/?p=2"]


def test_a_long_author_link_on_an_older_listing_page_is_no_headline():
    """Fails before: a byline naming several writers and their university reads as a headline, and the older pages
    the pager now reaches made the author pages an article family."""
    links = _links(f"{TEASER}<div>by <a rel='author' href='/nyheter/author/a-writer.html'>Anna Skribent, Lisa Penna, "
                   f"Södra högskolan</a></div>", "https://s.example/nyheter/")
    assert links.teasers == ["https://s.example/nyheter/2024/03/05/labbet-oppnar/"]
