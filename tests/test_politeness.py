"""How the crawler treats partner sites: robots.txt obeyed, a User-Agent naming the project, each article fetched once."""
from __future__ import annotations

from collections import Counter
from importlib.metadata import version
from urllib.error import HTTPError
from urllib.request import Request, urlopen

import pytest
from click.testing import CliRunner
from protego import Protego

from news_archive.archive.cli.main import cli
from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.sample_sites import serve_generated_site, serve_sample_sites
from news_archive.archive.sample_sites.running import write_sources_file
from news_archive.archive.sample_sites.server import TEXT, ok
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
    # A sitemap may name a page by a form the site redirects (a trailing slash): that hop fetches nothing.
    fetched = Counter(url_key(f"{base}{request.path}") for _host, base, request in fetches(one_crawl)
                      if request.method == "GET" and request.status not in (301, 302, 303, 307, 308))
    assert {article.url: fetched[url_key(article.url)] for article in sites.articles} == {article.url: 1 for article in sites.articles}


def test_a_sitemap_named_only_in_a_sub_path_robots_txt_is_read_and_its_other_pages_left_alone(one_crawl):
    _sites, _runs, crawl_requests = one_crawl
    paths = {request.path for request in crawl_requests["nordlab-blogg"]}
    assert {"/robots.txt", "/nordlab-webb/robots.txt", "/nordlab-webb/sitemap.xml"} <= paths
    # The sitemap also names tags, contact and privacy pages: outside the families the blog's cards show.
    assert not [path for path in paths if "/taggar/" in path or path.endswith(("/kontakt/", "/integritetspolicy/"))]


CRAWL_DELAY = 0.4


@pytest.fixture
def slow_site(tmp_path):
    """A small site whose robots.txt asks for Crawl-delay, and a sources file naming our contact."""
    with serve_generated_site(6) as site:
        site.server.router.add("/robots.txt", lambda _query: ok(f"User-agent: *\nCrawl-delay: {CRAWL_DELAY}\n", TEXT))
        sources_file = write_sources_file(site.sources, tmp_path / "sources.toml")
        text = sources_file.read_text(encoding="utf-8")
        sources_file.write_text('[crawler]\ncontact = "https://archive.example.org/crawler"\n\n' + text, encoding="utf-8")
        yield site, sources_file


@pytest.mark.parametrize("autothrottle", [False, True], ids=["delay", "autothrottle-above-delay"])
def test_robots_crawl_delay_spaces_the_requests_to_a_host_when_politeness_is_on(slow_site, tmp_path, autothrottle):
    """AutoThrottle would speed up to a fast host's latency: it stays at or above the Crawl-delay."""
    site, sources_file = slow_site
    [run] = run_crawl(load_sources(sources_file), tmp_path / "a.db", show_progress=False,
                      settings={"ROBOTSTXT_CRAWL_DELAY": True, "AUTOTHROTTLE_ENABLED": autothrottle,
                                "AUTOTHROTTLE_START_DELAY": 0})
    assert (run.status, run.articles_new) == ("ok", 6)
    # robots.txt itself goes first; every page after it waits the delay the site asked for.
    times = [request.at for request in site.server.requests if not request.path.endswith("robots.txt")]
    gaps = [later - earlier for earlier, later in zip(times, times[1:])]
    # Sent at least the delay apart; they arrive give or take the scheduling of a busy machine.
    assert len(gaps) > 6 and sum(gaps) >= len(gaps) * CRAWL_DELAY * 0.95 and min(gaps) >= CRAWL_DELAY * 0.6


def test_loopback_sites_are_crawled_without_the_delay_unless_asked(slow_site, tmp_path):
    site, sources_file = slow_site
    run_crawl(load_sources(sources_file), tmp_path / "a.db", show_progress=False)
    times = sorted(request.at for request in site.server.requests if not request.path.endswith("robots.txt"))
    assert times[-1] - times[0] < (len(times) - 1) * CRAWL_DELAY * 0.6


def test_the_user_agent_names_the_contact_of_the_sources_file(slow_site, tmp_path):
    site, sources_file = slow_site
    run_crawl(load_sources(sources_file), tmp_path / "a.db", show_progress=False,
              settings={"SOURCES_FILE": str(sources_file)})
    agents = {request.user_agent for request in site.server.requests}
    assert agents == {f"news-archive/{version('news-archive')} (partner news archive crawler; "
                      "+https://archive.example.org/crawler)"}


def test_the_contact_setting_or_variable_names_the_contact(slow_site, tmp_path, monkeypatch):
    site, sources_file = slow_site
    monkeypatch.setenv("NEWS_ARCHIVE_CONTACT", "mailto:crawler@example.org")
    run_crawl(load_sources(sources_file), tmp_path / "a.db", show_progress=False)
    assert {request.user_agent.rsplit("+", 1)[1] for request in site.server.requests} == {"mailto:crawler@example.org)"}


def test_a_bad_contact_is_one_line_naming_the_file(tmp_path):
    sources_file = tmp_path / "sources.toml"
    sources_file.write_text('[crawler]\ncontact = "call us"\n\n[[source]]\nid = "a"\nname = "A"\n'
                            'start_urls = ["http://127.0.0.1:9/"]\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["crawl", "--sources", str(sources_file), "--db", str(tmp_path / "a.db")])
    assert result.exit_code != 0
    assert result.output.strip().splitlines() == [
        f'Error: {sources_file}: [crawler] contact must be an http(s) or mailto: URL, like "https://example.org/crawler"']
