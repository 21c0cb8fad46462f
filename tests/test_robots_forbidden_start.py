"""A source whose robots.txt forbids its start page fails with a summary that names robots.txt and the page, so an
operator sees at once that the partner asks not to be crawled, rather than looking for a dead site."""
from __future__ import annotations

from fault_site import FaultServer, crawl_one_source, page


def test_a_start_page_robots_txt_forbids_is_named_as_the_reason_the_crawl_failed(tmp_path):
    """Fails before: the summary said only "no start page could be fetched"."""
    server = FaultServer()
    base = server.base_url
    server.routes["/robots.txt"] = page("User-agent: *\nDisallow: /\n", "text/plain")
    server.routes["/news/"] = page("<html><body><h1>News</h1></body></html>")
    run, asked = crawl_one_source(server, tmp_path, "shut", "A closed site", start="/news/")
    assert "/news/" not in asked
    assert run.status == "failed"
    assert run.error_summary == f"no start page could be fetched: robots.txt forbids {base}/news/"
