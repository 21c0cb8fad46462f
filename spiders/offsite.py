"""Keep each source's requests on that source's own hosts: Scrapy's offsite rule, per source."""
from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware

from news_archive.archive.sources import Source


def _host_rules(allowed_hosts: frozenset[str]) -> tuple[tuple[re.Pattern[str], int | None], ...]:
    """Scrapy's allowed-domain pattern (the host or a subdomain of it) for each start host, with its port.

    Sample and test sites differ only by port on 127.0.0.1, so a port named in a start URL must match too.
    """
    rules = []
    for netloc in sorted(allowed_hosts):
        parts = urlsplit(f"//{netloc}")
        domain = (parts.hostname or "").removeprefix("www.")
        rules.append((re.compile(rf"^(.*\.)?{re.escape(domain)}$"), parts.port))
    return tuple(rules)


def on_source_hosts(url: str, source: Source) -> bool:
    """True when `url` is on one of the source's hosts (or a subdomain), `www.` or not."""
    return _netloc_on_hosts(urlsplit(url).netloc, source.allowed_hosts)


# Every link the spider yields is checked (twice: when scheduled, and by the downloader), and a crawl meets
# few hosts: the verdict depends on nothing but these two values.
@lru_cache(maxsize=1024)
def _netloc_on_hosts(netloc: str, allowed_hosts: frozenset[str]) -> bool:
    parts = urlsplit(f"//{netloc}")
    host = parts.hostname or ""
    try:
        port = parts.port
    except ValueError:
        return False
    return any(pattern.match(host) and (wanted is None or wanted == port) for pattern, wanted in _host_rules(allowed_hosts))


class SourceOffsiteMiddleware(OffsiteMiddleware):
    """Scrapy's OffsiteMiddleware, with the allowed domains taken from the request's own source.

    Requests without a source (robots.txt fetched by Scrapy) keep the spider-wide rule.
    """

    def should_follow(self, request, spider) -> bool:
        source = request.cb_kwargs.get("source")
        if not isinstance(source, Source):
            return super().should_follow(request, spider)
        return on_source_hosts(request.url, source)
