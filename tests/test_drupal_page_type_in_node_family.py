"""A Drupal site gives every content type the same `/node/N` addresses and names the node's type in the body's
classes: the news posts are `page-node-type-article`, the about and partners pages `page-node-type-page`. A page the
CMS types a basic page is no article for sitting at `/node/N` beside the posts: only a news listing's teaser or a
feed item could make it one."""
from __future__ import annotations

from fault_site import FaultServer, crawl_one_source, page, stored_paths

POSTS = {f"/node/{n}": f"Choir workshop number {n} held in the old library" for n in (21, 22, 23, 24)}
PAGES = {"/node/3": "About the project", "/node/5": "Partners", "/node/7": "Research themes"}
TEXT = ("The workshop brought singers, conductors and engineers together for an afternoon of rehearsals with the "
        "new score tools, and the group agreed on the next steps for the spring term, part {n}.")


def _menu() -> str:
    links = "".join(f"<li><a href='{path}'>{title}</a></li>" for path, title in PAGES.items())
    return f"<header><nav><ul class='menu'><li><a href='/news'>News</a></li>{links}</ul></nav></header>"


def _listing() -> str:
    teasers = "".join(
        f"<div class='views-row'><article class='node node--type-article node--view-mode-teaser'>"
        f"<h2><a href='{path}'>{title}</a></h2><div class='submitted-date'>Mar 0{k} 2021</div>"
        f"<p>{TEXT.format(n=k)}</p></article></div>" for k, (path, title) in enumerate(POSTS.items(), 1))
    return (f"<html lang='en'><head><title>News | Choir project</title></head>"
            f"<body class='path-taxonomy'>{_menu()}<main><h1>News</h1>{teasers}</main></body></html>")


def _node(title: str, body_class: str, kind: str, date: str, k: int) -> str:
    text = "".join(f"<p>{TEXT.format(n=f'{k}.{i}')}</p>" for i in range(3))
    shown = f"<div class='submitted-date'>{date}</div>" if date else ""
    return (f"<html lang='en'><head><title>{title} | Choir project</title></head><body class='{body_class}'>"
            f"{_menu()}<main><article class='node node--type-{kind} node--view-mode-full'>{shown}"
            f"<h1>{title}</h1><div class='field--name-body'>{text}</div></article></main></body></html>")


def test_a_basic_page_at_the_posts_node_addresses_is_not_stored(tmp_path):
    """Fails before: the about, partners and themes pages sat in the learnt `/node/N` family, which outweighed their
    CMS's word, and were stored as undated articles beside the four posts."""
    server = FaultServer()
    server.routes["/news"] = page(_listing())
    for k, (path, title) in enumerate(POSTS.items(), 1):
        server.routes[path] = page(_node(title, "path-node page-node-type-article", "article", f"Mar 0{k} 2021", k))
    for k, (path, title) in enumerate(PAGES.items(), 1):
        server.routes[path] = page(_node(title, "path-node page-node-type-page", "page", "", 10 + k))
    _run, requested = crawl_one_source(server, tmp_path, "choir", "Choir project", "/news")
    assert set(PAGES) & set(requested), "the pages were fetched and judged"
    assert stored_paths(server, tmp_path) == set(POSTS)


def test_a_drupal_7_basic_page_at_the_posts_node_addresses_is_not_stored(tmp_path):
    """Drupal 7 names the type without the `page-` prefix (`node-type-page` beside `page-node-7`). Fails before: the
    pages sat in the learnt `/node/N` family and were stored as undated articles beside the four posts."""
    server = FaultServer()
    server.routes["/news"] = page(_listing())
    for k, (path, title) in enumerate(POSTS.items(), 1):
        server.routes[path] = page(_node(title, f"html not-front page-node page-node- page-node-{20 + k} "
                                                "node-type-article", "article", f"Mar 0{k} 2021", k))
    for k, (path, title) in enumerate(PAGES.items(), 1):
        server.routes[path] = page(_node(title, f"html not-front page-node page-node- page-node-{k} node-type-page",
                                         "page", "", 10 + k))
    _run, requested = crawl_one_source(server, tmp_path, "choir", "Choir project", "/news")
    assert set(PAGES) & set(requested), "the pages were fetched and judged"
    assert stored_paths(server, tmp_path) == set(POSTS)
