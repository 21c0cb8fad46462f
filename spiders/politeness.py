"""Polite to partner hosts: a User-Agent naming our contact, robots.txt's Crawl-delay kept, AutoThrottle above it."""
from __future__ import annotations

import os
from importlib.metadata import PackageNotFoundError, version

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.extensions.throttle import AutoThrottle

from news_archive.archive.sources import crawler_contact

CONTACT_VARIABLE = "NEWS_ARCHIVE_CONTACT"
MAX_CRAWL_DELAY = 60.0  # seconds; a robots.txt asking for more would stall the night's crawl of that partner


def user_agent(settings) -> str | None:
    """`news-archive/VERSION (+CONTACT)` when a contact is configured: the CRAWLER_CONTACT setting, the
    NEWS_ARCHIVE_CONTACT variable or the sources file's `[crawler] contact`; None keeps USER_AGENT."""
    contact = (settings.get("CRAWLER_CONTACT") or os.environ.get(CONTACT_VARIABLE)
               or crawler_contact(settings.get("SOURCES_FILE")))
    if not contact:
        return None
    try:
        release = version("news-archive")
    except PackageNotFoundError:
        release = "0"
    return f"news-archive/{release} (partner news archive crawler; +{contact})"


def slot_key(crawler, request) -> str:
    return crawler.engine.downloader.get_slot_key(request)


class CrawlDelay:
    """A Scrapy extension: a host's robots.txt `Crawl-delay` (for our User-Agent) becomes its download slot's delay.

    Off with ROBOTSTXT_CRAWL_DELAY = False (loopback sites: archive/crawl/run.py).
    """

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("ROBOTSTXT_CRAWL_DELAY"):
            raise NotConfigured
        extension = cls(crawler)
        crawler.signals.connect(extension.robots_parsed, signal=signals.robots_parsed)
        return extension

    def robots_parsed(self, robotparser, request):
        agent = (self.crawler.settings.get("ROBOTSTXT_USER_AGENT") or request.headers.get(b"User-Agent", b"").decode()
                 or self.crawler.settings.get("USER_AGENT"))
        delay = robotparser.crawl_delay(agent)
        if not delay:
            return
        delay = min(float(delay), MAX_CRAWL_DELAY)
        downloader = self.crawler.engine.downloader
        key = slot_key(self.crawler, request)
        # One request at a time, at least `delay` apart (no random jitter below it). Kept in the per-slot settings
        # for a slot made again later (idle slots are dropped), and set on the one the robots.txt went through.
        downloader.per_slot_settings[key] = {**downloader.per_slot_settings.get(key, {}),
                                             "delay": delay, "concurrency": 1, "jitter": 0}
        if key in downloader.slots:
            slot = downloader.slots[key]
            slot.delay, slot.concurrency, slot.jitter = max(slot.delay, delay), 1, 0
        self.crawler.stats.set_value(f"news_archive/crawl_delay/{key}", delay)


class PoliteAutoThrottle(AutoThrottle):
    """Scrapy's AutoThrottle, which never goes below a host's robots.txt Crawl-delay."""

    def _response_downloaded(self, response, request, spider):
        super()._response_downloaded(response, request, spider)
        downloader = self.crawler.engine.downloader
        key = slot_key(self.crawler, request)
        floor = downloader.per_slot_settings.get(key, {}).get("delay", 0)
        if key in downloader.slots:
            downloader.slots[key].delay = max(downloader.slots[key].delay, floor)
