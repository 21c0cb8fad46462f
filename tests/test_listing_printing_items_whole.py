"""A lab's news listing that prints every item whole and links no post page: its items' text links papers on other
hosts and the lab's project pages. The post pages are in the sitemap its robots.txt names and in a feed no page
names. The papers teach no article family, and the feed's items show which of the sitemap's pages are news."""
from __future__ import annotations

from fault_site import FaultServer, crawl_one_source, page, stored_paths

POSTS = [(f"/2024/0{n}/1{n}/item-{n}/", f"Lab note number {n} about a model of cells") for n in range(1, 7)]
PROJECTS = [("/projects/cellmap/", "Cell map"), ("/projects/foldkit/", "Fold kit"), ("/people/", "People")]
JOBS = "/jobs/"  # in the sitemap only: a page typed and dated like the posts, which no listing nor feed shows as news
TEXT = ("New preprint from the lab on a model that reads how cells answer a drug, tested on four cohorts of "
        "patients and shared with its code, note {n}.")


def _item_text(n: int) -> str:
    """An item's one paragraph, opening with a link to the paper on a preprint server (a headline-like link), and
    one to the lab's project page."""
    project = PROJECTS[n % 2][0]
    return (f"<p><a href='https://papers.example/abs/24{n}'>A model of how cells answer a drug, part {n}</a> is out. "
            f"{TEXT.format(n=n)} <a href='{project}'>[Project website]</a></p>")


def _listing() -> str:
    cards = "".join(f"<div class='card'><header><p class='card-title'>Month {n}: <span>{title}</span></p></header>"
                    f"<div class='card-content'>{_item_text(n)}</div></div>"
                    for n, (_path, title) in enumerate(POSTS, 1))
    return (f"<html><head><title>News</title></head><body><nav><a href='/'>Lab</a> <a href='/people/'>People</a>"
            f"</nav><section><h1>News</h1>{cards}</section></body></html>")


def _post(title: str, n: int) -> str:
    return (f"<html><head><title>{title} | Lab</title><meta property='og:type' content='article'></head><body>"
            f"<nav><a href='/'>Lab</a> <a href='/news/'>News</a></nav><h1>{title}</h1><div class='content'>"
            f"<p>Published: Jan 1{n}, 2024</p>{_item_text(n)}<p>{TEXT.format(n=n + 10)}</p></div></body></html>")


def _static(title: str) -> str:
    text = "".join(f"<p>The lab builds open tools for biology and medicine, and this page lists what one of them "
                   f"does and who keeps it up, part {k}.</p>" for k in range(4))
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{text}</body></html>"


def _jobs() -> str:
    text = "".join(f"<p>We look for a research engineer who likes models of cells and clean code; write to the lab with "
                   f"a short letter and two references, point {k}.</p>" for k in range(4))
    return (f"<html><head><title>Open positions</title><meta property='og:type' content='article'></head><body>"
            f"<h1>Open positions</h1><p>Published: Jan 5, 2024</p>{text}</body></html>")


def test_a_listing_printing_its_items_whole_gets_its_posts_from_the_sitemap_by_the_feed(tmp_path):
    """Fails before: the preprint server's links taught an article family, the sitemap's posts were outside it and
    never fetched (the sitemap counted as the news feed, so the feed was never looked for): nothing was stored.
    Without the feed, every page of the sitemap would be fetched and believed: the open positions page too."""
    server = FaultServer()
    base = server.base_url
    server.routes["/news/"] = page(_listing())
    for n, (path, title) in enumerate(POSTS, 1):
        server.routes[path] = page(_post(title, n))
    for path, title in PROJECTS:
        server.routes[path] = page(_static(title))
    server.routes[JOBS] = page(_jobs())
    entries = "".join(f"<entry><title>{title}</title><link href='{base}{path}'/><published>2024-0{n}-1{n}T00:00:00Z"
                      f"</published></entry>" for n, (path, title) in list(enumerate(POSTS, 1))[-3:])
    server.routes["/feed.xml"] = page(f"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'>{entries}</feed>",
                                      content_type="application/atom+xml")
    urls = "".join(f"<url><loc>{base}{path}</loc></url>" for path, _title in [*POSTS, *PROJECTS, (JOBS, "")])
    server.routes["/sitemap.xml"] = page(
        f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>',
        content_type="application/xml")
    server.routes["/robots.txt"] = page(f"Sitemap: {base}/sitemap.xml\n", content_type="text/plain")
    crawl_one_source(server, tmp_path, "lab", "Lab", "/news/")
    assert stored_paths(server, tmp_path) == {path for path, _title in POSTS}
