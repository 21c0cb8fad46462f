"""The crawl's stats collector: Scrapy's in-memory one, without the per-access shim of its base class."""
from __future__ import annotations

from scrapy.statscollectors import MemoryStatsCollector


class CrawlStats(MemoryStatsCollector):
    """MemoryStatsCollector, read and counted into many times per page (the per-source counters of
    archive/run_counters.py, Scrapy's own).

    Scrapy's StatsCollector looks every attribute up through `__getattribute__`, to wrap its methods in a
    warning about a `spider` argument: two failed lookups per call, which cost more than the counting itself
    (about 2% of a crawl's CPU). Nothing here passes `spider`, and the methods still accept it.
    """

    __getattribute__ = object.__getattribute__
