"""Log lines that name the page, not the whole item: an article's HTML has no place in a log line."""
from __future__ import annotations

import logging

from scrapy import logformatter


class QuietLogFormatter(logformatter.LogFormatter):
    def dropped(self, item, exception, response, spider=None):
        return {"level": logging.INFO, "msg": "Dropped: %(exception)s", "args": {"exception": exception}}

    def item_error(self, item, exception, response, spider=None):
        return {"level": logging.ERROR, "msg": "Error processing %(url)s", "args": {"url": getattr(item, "url", "?")}}

    def scraped(self, item, response, spider=None):
        return {"level": logging.DEBUG, "msg": "Stored %(url)s", "args": {"url": getattr(item, "url", "?")}}
