"""How the crawler treats partner sites: robots.txt obeyed, a User-Agent naming the project, each article fetched once."""
from __future__ import annotations

from collections import Counter
from urllib.error import HTTPError
from urllib.request import Request, urlopen

import pytest
from protego import Protego

from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.sample_sites import serve_sample_sites
from news_archive.archive.sources import load_sources
from news_archive.archive.urls import url_key


@pytest.fixture(scope="module")
def one_crawl(tmp_path_factory):
    """Fresh sample sites crawled exactly once, so their request logs hold one crawl."""
    folder = tmp_path_factory.mktemp("polite")
    with serve_sample_sites() as sites:
        runs = run_crawl(load_sources(sites.write_sources(folder / "sources.toml")), folder / "a.db", show_progress=False)
        # The crawl's requests as they were when it ended: a test's own requests to the sites must not count.
        crawl_requests = {host: list(sites.requests(host)) for host in sites.host_ids}
        yield sites, runs, crawl_requests


def fetches(one_crawl):
    sites, _runs, crawl_requests = one_crawl
    for host, requests in crawl_requests.items():
        base = sites.base_url(host)
        for request in requests:
            yield host, base, request


def test_every_request_names_the_project(one_crawl):
    agents = {request.user_agent for _host, _base, request in fetches(one_crawl)}
    assert agents and all(agent.startswith("news-archive/") for agent in agents)


def root_robots(base: str) -> str:
    """The host's robots.txt; none (a site served under a sub-path keeps its own there) allows everything."""
    try:
        return urlopen(f"{base}/robots.txt").read().decode()
    except HTTPError as error:
        assert error.code == 404, base
        return ""


def test_robots_txt_is_obeyed(one_crawl):
    sites, _runs, _requests = one_crawl
    pressroom = sites.base_url("pressrum-ssci")
    assert "/search?q=cellterapi" in urlopen(Request(pressroom + "/")).read().decode()  # a link the crawler must refuse
    robots = {host: Protego.parse(root_robots(sites.base_url(host))) for host in sites.host_ids}
    disallowed = [f"{base}{request.path}" for host, base, request in fetches(one_crawl)
                  if not robots[host].can_fetch(f"{base}{request.path}", "news-archive")]
    assert disallowed == []


def test_each_article_is_fetched_once(one_crawl):
    sites, runs, _requests = one_crawl
    assert [(run.source, run.status, run.error_summary) for run in runs if run.status != "ok"] == []
    fetched = Counter(url_key(f"{base}{request.path}") for _host, base, request in fetches(one_crawl) if request.method == "GET")
    assert {article.url: fetched[url_key(article.url)] for article in sites.articles} == {article.url: 1 for article in sites.articles}


def test_a_sitemap_named_only_in_a_sub_path_robots_txt_is_read_and_its_other_pages_left_alone(one_crawl):
    _sites, _runs, crawl_requests = one_crawl
    paths = {request.path for request in crawl_requests["nordlab-blogg"]}
    assert {"/robots.txt", "/nordlab-webb/robots.txt", "/nordlab-webb/sitemap.xml"} <= paths
    # The sitemap also names tags, contact and privacy pages: outside the families the blog's cards show.
    assert not [path for path in paths if "/taggar/" in path or path.endswith(("/kontakt/", "/integritetspolicy/"))]
