"""A shop's short product-news post shows a grid of the products it concerns under its few paragraphs: the cards
offer items for sale, and make the post no listing of other pages. The site's news listing is built by a script, so
only its sitemap leads to the posts."""
from __future__ import annotations

from fault_site import FaultServer, crawl_one_source, page, serve_sitemap, stored_paths

MENU = "<nav><a href='/'>Home</a> <a href='/news/'>News</a> <a href='/shop/'>Shop</a></nav>"
PRODUCTS = [(f"/product/beacon-{n}/", f"Harbour beacon model {n} with wall bracket") for n in range(1, 10)]
POSTS = [(f"/beacons/beacon-news-{n}/", f"Beacon news {n}: the lamp gets a brighter lens", n) for n in range(1, 4)]
SHORT_POST = ("/beacons/new-pocket-receiver/", "Product news: a pocket receiver joins the beacon family", 4)


def _card(path: str, name: str, n: int) -> str:
    """A shop plugin's product card, as its loop prints it in a page builder's product grid."""
    return (f"<li class='product type-product post-{700 + n} status-publish instock purchasable'>"
            f"<a href='{path}' class='product-link'><img src='/img/beacon-{n}.png' alt=''>"
            f"<h2 class='product-title'>{name}</h2></a><div class='product-meta'>Item no: 39-{n:04d}</div>"
            f"<a class='button' href='{path}'>Details</a></li>")


def _post(title: str, day: int, text: str, grid: str = "") -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><title>{title} - Beacon Works</title>"
            "<meta property='og:type' content='website'></head><body class='page-post'>"
            f"<header>{MENU}</header><main><h1>{title}</h1><article class='page-content'><div class='byline'>"
            f"<time datetime='2024-10-{day:02d}T10:00:00'>{day} October 2024</time></div><div class='legacy'>"
            f"<div class='column-wide'>{text}</div><div class='column-narrow'>{grid}</div></div></article></main>"
            "<footer><p>Beacon Works, Pier Road 4</p></footer></body></html>")


def _text(n: int, paragraphs: int) -> str:
    return "".join(f"<p>The lamp of beacon {n} now shines further over the water, paragraph {k}, and the keepers "
                   f"on the pier say boats find the channel sooner on dark evenings.</p>" for k in range(paragraphs))


def _product(name: str) -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><title>{name} - Beacon Works</title></head><body>"
            f"<header>{MENU}</header><main><h1>{name}</h1><p>Price on request.</p></main></body></html>")


def test_a_short_post_over_a_grid_of_product_cards_is_stored(tmp_path):
    """Fails before: the post's nine product cards outnumbered its few words as teasers, and the crawl took it for a
    listing."""
    server = FaultServer()
    server.routes["/news/"] = page(f"<!DOCTYPE html><html><head><title>News</title></head><body><header>{MENU}"
                                   "</header><main><h1>News</h1><div data-archive='news'></div></main></body></html>")
    for path, title, day in POSTS:
        server.routes[path] = page(_post(title, day, _text(day, 5)))
    path, title, day = SHORT_POST
    grid = "<ul class='products'>" + "".join(_card(p, name, n) for n, (p, name) in enumerate(PRODUCTS, 1)) + "</ul>"
    server.routes[path] = page(_post(title, day, _text(day, 1), grid))
    for product_path, name in PRODUCTS:
        server.routes[product_path] = page(_product(name))
    # The shop's own page shows the same cards and no post: still none.
    server.routes["/shop/"] = page(f"<!DOCTYPE html><html lang='en'><head><title>Shop - Beacon Works</title></head>"
                                   f"<body><header>{MENU}</header><main><h1>Shop</h1>{grid}</main></body></html>")
    serve_sitemap(server, [*(p for p, _t, _d in POSTS), SHORT_POST[0], "/shop/", *(p for p, _n in PRODUCTS)])
    _run, requested = crawl_one_source(server, tmp_path, "beacons", "Beacon Works", "/news/")
    assert "/shop/" in requested
    assert stored_paths(server, tmp_path) == {p for p, _t, _d in POSTS} | {SHORT_POST[0]}
