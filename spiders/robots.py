"""robots.txt read once per host, by Scrapy's RobotsTxtMiddleware: its `Sitemap:` lines are kept for the spider."""
from __future__ import annotations

from scrapy.robotstxt import ProtegoRobotParser

from news_archive.spiders.site_maps import robots_sitemaps


class SitemapRobotParser(ProtegoRobotParser):
    """Scrapy's default parser, which also answers which sitemaps the file names.

    Scrapy sends `signals.robots_parsed` with this parser; the spider asks it for the sitemaps
    instead of fetching robots.txt a second time.
    """

    def __init__(self, robotstxt_body: bytes, spider):
        super().__init__(robotstxt_body, spider)
        self._body = robotstxt_body

    def sitemaps(self, robots_url: str) -> list[str]:
        return robots_sitemaps(self._body, robots_url)
