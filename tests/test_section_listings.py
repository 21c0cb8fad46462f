"""A blog's start listing names its own sections in a side menu (`/blog/news/`, `/blog/releases/`): those section
listings are read as listings, so a post only one of them shows is found, and they are never stored."""
from __future__ import annotations

from fault_site import FaultServer, article_html, crawl_one_source, page, stored_paths

SHOWN = [("2025/10/09/quick-start", "Quick start with the new store"),
         ("2025/09/30/configuration", "Configuring the new store"),
         ("2025/08/12/graph-queries", "Faster graph queries")]
ONLY_IN_NEWS = ("2025/03/01/project-joins-foundation", "The project joins the foundation")


def _chrome(body: str) -> str:
    """A documentation theme's page: a top menu, a side menu nesting the blog's sections, the page's own column."""
    return (f"<!DOCTYPE html><html lang='en'><head><title>Blog | Graph project</title></head><body>"
            f"<header><nav><ul><li><a href='/'>Home</a></li><li><a href='/docs/'>Docs</a></li>"
            f"<li><a href='/blog/'>Blog</a></li></ul></nav></header><div class='row'>"
            f"<aside class='sidebar'><nav class='section-nav'><ul><li><a href='/blog/'>Blog</a><ul>"
            f"<li><a href='/blog/news/'>News</a></li><li><a href='/blog/releases/'>Releases</a></li>"
            f"<li><a href='/blog/2025/10/09/quick-start/'>Quick start with the new store</a></li></ul></li></ul>"
            f"</nav></aside><main>{body}</main></div><footer><p>Graph project, 2025</p></footer></body></html>")


def _listing(heading: str, posts) -> str:
    teasers = "".join(f"<li><h5><a href='/blog/{path}/'>{title}</a></h5><p>Posted on {path[:10]}: a few words on "
                      f"{title.lower()}.</p><p><a href='/blog/{path}/'>Read more</a></p></li>" for path, title in posts)
    return _chrome(f"<h1>{heading}</h1><ul class='posts'>{teasers}</ul>")


def test_a_post_only_a_section_listing_shows_is_found(tmp_path):
    """Fails before: the side menu's section listings were never read, and the post only News shows was missed."""
    server = FaultServer()
    server.routes["/blog/"] = page(_listing("Blog", SHOWN))
    server.routes["/blog/news/"] = page(_listing("News", [ONLY_IN_NEWS, SHOWN[2]]))
    server.routes["/blog/releases/"] = page(_listing("Releases", SHOWN[:2]))
    server.routes["/docs/"] = page(article_html("Documentation", "docs"))
    for n, (path, title) in enumerate([*SHOWN, ONLY_IN_NEWS]):
        server.routes[f"/blog/{path}/"] = page(article_html(title, f"post{n}"))
    run, asked = crawl_one_source(server, tmp_path, "graph", "Graph project", "/blog/")
    assert stored_paths(server, tmp_path) == {f"/blog/{path}/" for path, _title in [*SHOWN, ONLY_IN_NEWS]}
    assert {"/blog/news/", "/blog/releases/"} <= asked
    assert "/docs/" not in asked  # the top menu's other sections are no part of the blog
