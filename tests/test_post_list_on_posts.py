"""A blog whose news listing shows its ten newest posts and no pager: the older posts are reached only through the
"Latest news" widget in each post's side column, which lists the posts published before it."""
from __future__ import annotations

from news_archive.spiders.decisions import SourceDecisions
from fault_site import FaultServer, article_html, crawl_one_source, page, stored_paths

POSTS = [(f"/2024/{12 - n // 2:02d}/{1 + n:02d}/choir-rehearsal-{n}/", f"Choir rehearsal number {n} in the old hall")
         for n in range(21)]  # newest first
FURNITURE = ["/about/", "/contact/", "/category/concerts/", "/category/rehearsals/", "/2024/03/", "/2024/02/"]
SHOWN = 10


def _side(position: int) -> str:
    """The theme's side column on a post: the five posts before it, then the site's pages, categories and months."""
    latest = "".join(f"<li><a href='{path}'>{title}</a></li>" for path, title in POSTS[position + 1:position + 6])
    pages = "".join(f"<li><a href='{path}'>{path.strip('/').replace('/', ' ')}</a></li>" for path in FURNITURE)
    return (f"<aside id='secondary' class='widget-area'><section class='widget'><h2>Latest news</h2><ul>{latest}</ul>"
            f"</section><section class='widget'><h2>More</h2><ul>{pages}</ul></section></aside>")


def _site(server: FaultServer) -> None:
    teasers = "".join(f"<article class='post type-post'><h2 class='entry-title'><a href='{path}'>{title}</a></h2>"
                      f"<p>The altos and the basses met for an evening of scales and one new song.</p></article>"
                      for path, title in POSTS[:SHOWN])
    newest = "".join(f"<li><a href='{path}'>{title}</a></li>" for path, title in POSTS[:5])
    side = f"<aside id='secondary' class='widget-area'><section class='widget'><h2>Latest news</h2><ul>{newest}</ul></section></aside>"
    server.routes["/news/"] = page(f"<html><body><header><nav><a href='/'>Home</a></nav></header><main><h1>News</h1>"
                                   f"{teasers}</main>{side}</body></html>")
    for position, (path, title) in enumerate(POSTS):
        server.routes[path] = page(article_html(title, f"rehearsal{position}").replace("</main>", f"</main>{_side(position)}"))
    for path in FURNITURE:
        server.routes[path] = page(article_html("A page of the choir, not a post", path.replace("/", "")))


def test_posts_reached_only_through_the_latest_news_widget_of_other_posts_are_stored(tmp_path):
    """Fails before: only the ten posts the listing shows were stored (and the five its own widget shows again)."""
    server = FaultServer()
    _site(server)
    run, read = crawl_one_source(server, tmp_path, "choir", "Choir", "/news/")
    assert stored_paths(server, tmp_path) == {path for path, _title in POSTS}
    assert run.status == "ok"
    # The side column's pages, categories and months are no posts of the blog: never asked for.
    assert not read & set(FURNITURE)


def test_a_language_folders_family_vouches_for_no_side_list():
    """Posts at `/en/slug/` teach a family that holds every English page: the menus beside a post are no widget of
    posts. Posts in a folder of their own (`/en/news/slug/`) are."""
    site = "http://choir.example"
    menu = [[(f"{site}/en/{slug}/", slug) for slug in ("about", "team", "join-us", "rehearsal-1")]]
    at_language_root = SourceDecisions(lambda url, why: None, [f"{site}/en/"])
    for n in range(3):
        at_language_root.families.learn(f"{site}/en/rehearsal-{n}/")
    assert not list(at_language_root.from_article_post_lists(menu))
    in_a_folder = SourceDecisions(lambda url, why: None, [f"{site}/en/news/"])
    for n in range(3):
        in_a_folder.families.learn(f"{site}/en/news/rehearsal-{n}/")
    widget = [[(f"{site}/en/news/rehearsal-{n}/", "A rehearsal") for n in range(2, 6)] + [(f"{site}/en/about/", "About")]]
    assert list(in_a_folder.from_article_post_lists(widget)) == [f"{site}/en/news/rehearsal-{n}/" for n in range(2, 6)]
