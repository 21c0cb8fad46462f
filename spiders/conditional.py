"""Conditional GETs: each page is asked for with the validators of its last answer, and every answer noted."""
from __future__ import annotations

from scrapy import signals

from news_archive.archive.run_counters import NOT_MODIFIED, counter_key


class ConditionalGetMiddleware:
    """A downloader middleware over the spider's FetchPlan (spiders/incremental.py).

    A 304 is "unchanged": HTTPERROR_ALLOWED_CODES lets it reach the spider, which reads nothing from it.
    """

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        middleware = cls(crawler)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def _plan(self, request):
        """The plan and the source, for the spider's own page requests (robots.txt is Scrapy's business)."""
        plan = getattr(self.crawler.spider, "fetch_plan", None)
        source = request.cb_kwargs.get("source")
        return (plan, source) if plan is not None and "role" in request.cb_kwargs and source is not None else (None, None)

    def process_request(self, request, spider=None):
        plan, _source = self._plan(request)
        if plan is not None:
            for name, value in plan.validators(request.url).items():
                request.headers.setdefault(name, value)
        return None

    def process_response(self, request, response, spider=None):
        plan, source = self._plan(request)
        if plan is not None:
            urls = [*request.meta.get("redirect_urls", []), response.url]
            plan.note_answer(source.id, request.cb_kwargs["role"], urls, response.status, _header(response, b"ETag"),
                             _header(response, b"Last-Modified"))
            if response.status == 304:
                self.crawler.stats.inc_value(counter_key(source.id, NOT_MODIFIED))
        return response

    def spider_closed(self, spider):
        plan = getattr(spider, "fetch_plan", None)
        if plan is not None:
            plan.save()


def _header(response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None
