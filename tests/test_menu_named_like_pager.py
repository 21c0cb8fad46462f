"""A site's top menu in a box named like WordPress's pager box (`<nav class="nav-links">`, VuePress's top bar) is the
site's menu, no pager: its sections (Download, Documentation, Add-ons) are not read as pages of the news listing,
and the documentation pages those sections list are not stored as news. A pager in such a box stays the pager."""
from __future__ import annotations

import lxml.html

from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.sources import load_sources
from news_archive.spiders.discovery import page_links
from fault_site import FaultServer, page, stored_paths

POSTS = {
    "/blog/2023-04-02-spring-release.html": ("Spring release of the hub software", "April 2, 2023"),
    "/blog/2023-09-15-meetup-in-graz.html": ("Our first meetup in Graz", "September 15, 2023"),
    "/blog/2024-01-20-new-website.html": ("Building a new website for the hub", "January 20, 2024"),
}
DOCS = {
    "/docs/concepts/devices.html": "Devices",
    "/docs/concepts/channels.html": "Channels",
    "/docs/setup/rules.html": "Writing rules",
    "/docs/setup/backups.html": "Backups",
}
PROSE = ("The hub connects the lamps, heaters and sensors of a household and lets them work together without "
         "any cloud service in between, which many of our users value above everything else. ")


def _menu() -> str:
    """The top bar as the theme prints it: one box per entry, a dropdown of grouped links under a group title."""
    entries = "".join(f'<div class="nav-item"><a href="{href}" class="nav-link">{label}</a></div>'
                      for href, label in [("/blog/", "Blog"), ("/download/", "Download"), ("/docs/", "Documentation"),
                                          ("/addons/", "Add-ons"), ("/community/", "Community")])
    dropdown = ('<div class="nav-item"><div class="dropdown-wrapper"><a class="dropdown-title">About</a>'
                '<ul class="nav-dropdown"><li class="dropdown-item"><h4>Take part</h4><ul>'
                '<li><a href="/about/team.html">Our team</a></li><li><a href="/about/events.html">Events</a></li>'
                '</ul></li><li class="dropdown-item"><h4>Support us</h4><ul>'
                '<li><a href="/about/donate.html">Donate</a></li></ul></li></ul></div></div>')
    return f'<header class="navbar"><a href="/">Hub</a><nav class="nav-links">{entries}{dropdown}</nav></header>'


def _shell(title: str, inner: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><title>{title} | Hub</title>'
            f'<meta property="og:type" content="website"></head><body><div id="app">{_menu()}'
            f'<div class="page">{inner}</div></div></body></html>')


def _blog() -> str:
    cards = "".join(f'<div class="post-card"><h2><a href="{path}">{title}</a></h2><p>{shown}</p>'
                    f'<p>{PROSE[:90]}...</p></div>' for path, (title, shown) in POSTS.items())
    return _shell("Blog", f"<h1>Blog</h1>{cards}")


def _post(title: str, shown: str, n: int) -> str:
    return _shell(title, f'<div class="post-header"><h1 class="post-title">{title}</h1></div>'
                         f'<div class="page-author"><strong>Maintainers</strong> posted on <span>{shown}</span></div>'
                         f'<div class="content">' + "".join(f"<p>{PROSE}Post {n}, part {k}.</p>" for k in range(3))
                  + "</div>")


def _docs_index() -> str:
    sections = "".join(f'<h3><a href="{path}">{title}</a></h3><p>How the hub handles it.</p>'
                       for path, title in DOCS.items())
    return _shell("Documentation", f"<h1>Documentation</h1>{sections}")


def _doc(title: str, n: int) -> str:
    return _shell(title, f'<div class="content"><h1>{title}</h1>'
                         + "".join(f"<p>{PROSE}Chapter {n}, part {k}.</p>" for k in range(4)) + "</div>")


def test_a_top_menu_named_like_a_pager_box_is_no_pager():
    """Fails before: every entry of the top bar was taken for a page of the blog's listing."""
    links = page_links(lxml.html.fromstring(_blog()), "http://site.example/blog/")
    assert links.pagination == []


def test_a_pager_in_a_box_so_named_stays_the_pager():
    html = ('<html><body><main><h1>News</h1><h2><a href="/news/first-post/">A first post of ours</a></h2>'
            '<nav class="navigation pagination"><div class="nav-links"><a href="/news/">1</a>'
            '<a href="/news/page/2/">2</a><a href="/news/page/3/">3</a><a href="/news/page/2/">Next</a></div></nav>'
            '</main></body></html>')
    links = page_links(lxml.html.fromstring(html), "http://site.example/news/")
    assert sorted(set(links.pagination)) == ["http://site.example/news/page/2/", "http://site.example/news/page/3/"]


def test_the_documentation_a_top_menu_leads_to_is_not_stored_as_news(tmp_path):
    """Fails before: /docs/ was read as a page of the blog's listing, its headings taught the docs folders as
    article families, and the four documentation pages were stored as articles the site lists."""
    server = FaultServer()
    server.routes["/blog/"] = page(_blog())
    for n, (path, (title, shown)) in enumerate(POSTS.items()):
        server.routes[path] = page(_post(title, shown, n))
    server.routes["/docs/"] = page(_docs_index())
    for n, (path, title) in enumerate(DOCS.items()):
        server.routes[path] = page(_doc(title, n))
    for path in ("/download/", "/addons/", "/community/", "/about/team.html", "/about/events.html",
                 "/about/donate.html"):
        server.routes[path] = page(_shell("About the hub", f"<h1>About the hub</h1><p>{PROSE}</p>"))
    try:
        sources = tmp_path / "sources.toml"
        sources.write_text(f'[[source]]\nid = "hub"\nname = "Hub"\nstart_urls = ["{server.base_url}/blog/"]\n',
                           encoding="utf-8")
        [run] = run_crawl(load_sources(sources), tmp_path / "a.db", show_progress=False)
    finally:
        server.stop()
    assert run.status == "ok"
    assert stored_paths(server, tmp_path) == set(POSTS)
