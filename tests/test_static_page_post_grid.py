"""A WordPress news page made with a page builder: a static page (the body's classes say `page`, the SEO plugin types it
an article like every page) whose content is a grid of the blog's posts, each wrapper the theme's post entry
(`post-12 post type-post`) with a date, a linked headline and an excerpt. The crawl starts at the home page, which
shows the two latest posts and a button to that news page."""
from __future__ import annotations

from fault_site import FaultServer, crawl_one_source, page, stored_paths

POSTS = [(f"/lab-update-{n}/", f"Lab update {n}: the screening study enrols its next cohort") for n in range(1, 7)]
TEXT = ("The clinic's research nurses met the families of the study this week to explain the samples, the visits and "
        "what the results will tell them, part {n}.")
HUB = "/updates/"


def _menu() -> str:
    items = "".join(f"<li class='menu-item'><a href='{href}'>{label}</a></li>"
                    for href, label in (("/", "Home"), ("/about/", "About us"), (HUB, "Updates")))
    return f"<header><nav class='main-menu'><ul class='menu'>{items}</ul></nav></header>"


def _card(n: int, path: str, title: str) -> str:
    return (f"<div class='grid-column'><div class='grid-entry post-{n} post type-post status-publish hentry'>"
            f"<div class='entry-date'>March {n}, 2021</div><h3 class='entry-title'><a href='{path}'>{title}</a></h3>"
            f"<div class='entry-excerpt'><p>{TEXT.format(n=n)[:90]}…</p></div></div></div>")


def _hub() -> str:
    cards = "".join(_card(n, path, title) for n, (path, title) in enumerate(POSTS, 1))
    return ("<html><head><title>Updates - Screening Lab</title><meta property='og:type' content='article'></head>"
            f"<body class='page-template-default page page-id-40'>{_menu()}<main><h1>Updates</h1>"
            f"<div class='post-grid'>{cards}</div></main>"
            "<footer><p>Screening Lab, department of paediatrics, university hospital.</p></footer></body></html>")


def _home() -> str:
    latest = "".join(_card(n, path, title) for n, (path, title) in list(enumerate(POSTS, 1))[-2:])
    return ("<html><head><title>Screening Lab</title><meta property='og:type' content='article'></head>"
            f"<body class='home page-template-default page page-id-2'>{_menu()}<main><h1>Screening Lab</h1>"
            "<p>We study early screening of rare diseases in children, with the families who join our studies.</p>"
            f"{latest}<div class='button'><a href='{HUB}'>All updates</a></div></main></body></html>")


def _post(n: int, title: str) -> str:
    text = "".join(f"<p>{TEXT.format(n=f'{n}.{k}')}</p>" for k in range(3))
    return (f"<html><head><title>{title} - Screening Lab</title><meta property='og:type' content='article'></head>"
            f"<body class='post-template-default single single-post postid-{n} single-format-standard'>{_menu()}"
            f"<main><article class='post-{n} post type-post hentry'><h1>{title}</h1>"
            f"<div class='entry-date'>March {n}, 2021</div>{text}</article></main></body></html>")


def _about() -> str:
    return ("<html><head><title>About us - Screening Lab</title><meta property='og:type' content='article'></head>"
            f"<body class='page-template-default page page-id-3'>{_menu()}<main><h1>About us</h1>"
            f"<p>{TEXT.format(n='about')}</p></main></body></html>")


def test_a_static_page_showing_a_grid_of_posts_is_a_listing(tmp_path):
    """Fails before: the news page, reached by the home page's button, declared an article and marked a static page,
    was filed "static page" and its links dropped; only the two posts the home page shows were stored."""
    server = FaultServer()
    server.routes["/"] = page(_home())
    server.routes[HUB] = page(_hub())
    server.routes["/about/"] = page(_about())
    for n, (path, title) in enumerate(POSTS, 1):
        server.routes[path] = page(_post(n, title))
    _run, requested = crawl_one_source(server, tmp_path, "lab", "Screening Lab", "/")
    assert HUB in requested
    assert stored_paths(server, tmp_path) == {path for path, _title in POSTS}
