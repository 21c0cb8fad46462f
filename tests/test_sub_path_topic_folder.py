"""A news section started below its first folder (`/news/events/`) makes `/news/` a sub-path root, but its two-letter
topic folders (`/news/ai/`) name no language: they hold the section's posts, not every page of a language. A post
there that only the sitemap leads to, dated in its metadata alone, is one of the family's posts and is stored."""
from __future__ import annotations

from fault_site import FaultServer, crawl_one_source, page, stored_paths

LISTED = [f"/news/ai/model-note-{n}/" for n in range(1, 5)]
SITEMAP_ONLY = "/news/ai/model-note-5/"
TEXT = ("The working group compared the new models on the shared test bench and wrote down what changed since the "
        "last round, note {n}.")


def _post(title: str, day: int, dated_line: bool) -> str:
    text = "".join(f"<p>{TEXT.format(n=f'{day}.{k}')}</p>" for k in range(3))
    line = f"<p class='byline'>Published 0{day} May 2026</p>" if dated_line else ""
    return (f"<html><head><title>{title}</title><meta property='og:type' content='article'>"
            f"<meta property='article:published_time' content='2026-05-0{day}T10:00:00+02:00'></head>"
            f"<body><main><h1>{title}</h1>{line}{text}</main></body></html>")


def test_a_two_letter_topic_folder_below_a_sub_path_root_is_no_language_folder(tmp_path):
    """Fails before: any two letters below the sub-path root made a language folder, so `/news/ai/` held every page
    and the sitemap's post, dated in its metadata alone, was taken for a page only its address presented."""
    server = FaultServer()
    teasers = "".join(f"<article class='post'><h2><a href='{path}'>Model note {n} from the bench</a></h2>"
                      f"<p>{TEXT.format(n=n)}</p></article>" for n, path in enumerate(LISTED, 1))
    server.routes["/news/events/"] = page("<html><head><title>Events</title></head><body><main><h1>Events</h1>"
                                          f"{teasers}</main></body></html>")
    for n, path in enumerate(LISTED, 1):
        server.routes[path] = page(_post(f"Model note {n} from the bench", n, dated_line=True))
    server.routes[SITEMAP_ONLY] = page(_post("Model note 5 from the bench", 5, dated_line=False))
    server.routes["/robots.txt"] = page(f"User-agent: *\nSitemap: {server.base_url}/sitemap.xml\n", "text/plain")
    locs = "".join(f"<url><loc>{server.base_url}{path}</loc></url>" for path in [*LISTED, SITEMAP_ONLY])
    server.routes["/sitemap.xml"] = page('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/'
                                         f'sitemap/0.9">{locs}</urlset>', "application/xml")
    _run, requested = crawl_one_source(server, tmp_path, "bench", "Bench", "/news/events/")
    assert SITEMAP_ONLY in requested
    assert stored_paths(server, tmp_path) == {*LISTED, SITEMAP_ONLY}
