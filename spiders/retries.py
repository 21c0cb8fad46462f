"""Retry what a server says is passing (429, 503, 5xx, timeouts), waiting as long as it asks."""
from __future__ import annotations

from email.utils import parsedate_to_datetime
from datetime import datetime, timezone

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.utils.asyncio import sleep
from scrapy.utils.response import response_status_message

# A server asking to slow down (429, 503) gets this wait before retry N when it names none: 1 s, 2 s, 4 s...
BACKOFF_FIRST_SECONDS = 1.0


def retry_after_seconds(value: bytes | None, limit: float) -> float | None:
    """The wait a `Retry-After` header asks for (seconds or an HTTP date), capped at `limit`; None if unreadable."""
    if not value:
        return None
    text = value.decode("latin-1").strip()
    try:
        seconds = float(text)
    except ValueError:
        try:
            seconds = (parsedate_to_datetime(text) - datetime.now(timezone.utc)).total_seconds()
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    return min(max(seconds, 0.0), limit)


class PoliteRetryMiddleware(RetryMiddleware):
    """Scrapy's RetryMiddleware, plus a wait before retrying 429 and 503, and fewer retries for timeouts.

    A hanging server costs DOWNLOAD_TIMEOUT per try, so failed connections get RETRY_EXCEPTION_TIMES tries.
    """

    SLOW_DOWN_CODES = {429, 503}

    def __init__(self, settings):
        super().__init__(settings)
        self.max_wait = settings.getfloat("RETRY_AFTER_MAX_SECONDS")
        self.exception_retry_times = settings.getint("RETRY_EXCEPTION_TIMES")

    async def process_response(self, request, response, spider=None):
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        if response.status in self.SLOW_DOWN_CODES:
            wait = retry_after_seconds(response.headers.get(b"Retry-After"), self.max_wait)
            if wait is None:
                wait = min(BACKOFF_FIRST_SECONDS * 2 ** (retry.meta["retry_times"] - 1), self.max_wait)
            await sleep(wait)
        return retry

    def process_exception(self, request, exception, spider=None):
        request.meta.setdefault("max_retry_times", self.exception_retry_times)
        return super().process_exception(request, exception)
