"""A site mirrored with wget's Windows-safe file names saves a listing's `?page=N` pages as files named
`actus@page=N.html` beside `actus.html`: the query is in the file name, and the pager leads there."""
from __future__ import annotations

from news_archive.archive.urls import is_paginated_url, listing_key
from news_archive.spiders.incremental import page_position
from fault_site import FaultServer, article_html, crawl_one_source, page

POSTS_PER_PAGE, PAGES = 3, 3
POSTS = [(f"/nouvelles/annonce-{n}.html", f"Annonce numéro {n} de l'association du quartier")
         for n in range(PAGES * POSTS_PER_PAGE, 0, -1)]


def _address(number: int) -> str:
    return "actus.html" if number == 0 else f"actus@page={number}.html"


def _listing(number: int) -> str:
    """Page `number` of the listing (0 is the bare `actus.html`, which shows page 1): cards with a "read more"
    button, then a row of numbered buttons linking the saved query files by relative links."""
    shown = POSTS[max(number - 1, 0) * POSTS_PER_PAGE:max(number, 1) * POSTS_PER_PAGE]
    cards = "".join(f'<div class="card"><h4><a href="{path[1:]}">{title}</a></h4><div>Le bureau annonce la '
                    f'nouvelle aux adhérents, épisode {path[-6]}.</div><a href="{path[1:]}" class="btn">Lire la '
                    f"suite</a></div>" for path, title in shown)
    pager = "".join(f'<a class="button-pagination" href="{_address(n)}"><div>{n}</div></a>'
                    for n in range(1, PAGES + 1))
    return (f"<html lang=\"fr\"><head><title>Les actus</title></head><body><header><a href=\"index.html\">Accueil</a>"
            f"</header><main><h1>Les actus</h1>{cards}<div class=\"flex gap-4\">{pager}</div></main></body></html>")


def test_a_query_saved_in_a_mirrors_file_name_is_the_listings_page_number():
    """Fails before: `actus@page=2.html` was a page of its own, no page of `actus.html`."""
    base = "https://asso.example/actus.html"
    assert listing_key("https://asso.example/actus@page=2.html") == listing_key(base)
    assert is_paginated_url("https://asso.example/actus@page=2.html")
    assert listing_key("https://asso.example/actus@categorie=sante&page=1.html") != listing_key(base)
    assert not is_paginated_url("https://asso.example/contact@2x.html")


def test_a_mirrors_pager_of_saved_query_files_is_read_to_its_last_page(tmp_path):
    """Fails before: the numbered buttons were "a label link outside the article URL families": 3 of 9 posts."""
    server = FaultServer()
    server.routes["/actus.html"] = page(_listing(0))
    for number in range(1, PAGES + 1):
        server.routes[f"/{_address(number)}"] = page(_listing(number))
    for n, (path, title) in enumerate(POSTS, 1):
        server.routes[path] = page(article_html(title, f"annonce{n}"))
    run, _asked = crawl_one_source(server, tmp_path, "asso", "Asso", "/actus.html")
    assert (run.status, run.articles_new) == ("ok", len(POSTS))


def test_a_saved_query_files_page_number_orders_an_incremental_crawls_pages():
    """Fails before: `actus@page=3.html` had no page number, so a later crawl could not tell which pages come after."""
    assert page_position("https://asso.example/actus@page=3.html") == 3
