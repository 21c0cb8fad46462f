"""Start every sample site on loopback ports and expose the running sites and their ground truth."""

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .cms import STYLES
from .content import SiteData, load_sites
from .server import SampleServer
from .sitekit import SiteBuild, SiteContext, template_environment
from .truth import SampleArticle


class SampleSites:
    """The running sample sites: their sources entries, base URLs and ground truth."""

    def __init__(self, servers: dict[str, SampleServer], builds: list[SiteBuild]) -> None:
        self._servers = servers
        self.sources: list[dict] = [build.source for build in builds]
        self.articles: list[SampleArticle] = [article for build in builds for article in build.articles]
        self.non_article_urls: list[str] = [url for build in builds for url in build.non_article_urls]
        self.site_level_non_article_urls: set[str] = {url for build in builds
                                                      for url in build.site_level_non_article_urls}

    def base_url(self, host_id: str) -> str:
        """`http://127.0.0.1:PORT` of one host, e.g. "ssci", "ki-news-en", "ki-news-sv"."""
        return self._servers[host_id].base_url

    def requests(self, host_id: str) -> list:
        """Every request the host answered so far (method, path with query, User-Agent)."""
        return list(self._servers[host_id].requests)

    @property
    def host_ids(self) -> list[str]:
        return list(self._servers)

    def write_sources(self, path: str | Path) -> Path:
        """Write the sources as a TOML sources file ([[source]] tables) and return its path."""
        return write_sources_file(self.sources, Path(path))


def write_sources_file(sources: list[dict], path: Path) -> Path:
    # JSON string and array syntax is valid TOML for the plain values a source holds.
    tables = [
        "[[source]]\n" + "".join(f"{key} = {json.dumps(value, ensure_ascii=False)}\n" for key, value in source.items())
        for source in sources
    ]
    path.write_text("\n".join(tables), encoding="utf-8")
    return path


@contextmanager
def serve_sample_sites() -> Iterator[SampleSites]:
    """Serve every bundled sample site on 127.0.0.1 (ephemeral ports) until the block ends."""
    sites = load_sites()
    servers = {host: SampleServer() for site in sites for host in dict.fromkeys(site.hosts.values())}
    try:
        builds = build_sites(sites, {host: server.base_url for host, server in servers.items()})
        for build in builds:
            for host, router in build.routers.items():
                servers[host].router = router
        for server in servers.values():
            server.start()
        yield SampleSites(servers, builds)
    finally:
        for server in servers.values():
            server.stop()


def build_sites(sites: list[SiteData], bases: dict[str, str]) -> list[SiteBuild]:
    """Build every site; article URLs are known up front so cross-posts can link each other."""
    article_urls = {}
    for site in sites:
        for article in site.articles:
            host, path = STYLES[site.cms].locate(site, article)
            article_urls[(site.id, article.language, article.slug)] = bases[host] + path
    context = SiteContext(bases=bases, templates=template_environment(), article_urls=article_urls)
    return [STYLES[site.cms].build(site, context) for site in sites]
