"""Downloader middlewares that keep the crawler where it may go, and as slow as a portal asks.

- OffsiteRedirectMiddleware: a redirect is followed only to a host the spider may visit
  (`spider.may_visit`); anything else is refused before any connection is made.
- RetryAfterMiddleware: a 429 or 503 with Retry-After holds every request to that host for that
  long (at most RETRY_AFTER_MAX seconds); Scrapy's RetryMiddleware then asks again.
"""

import time
from email.utils import parsedate_to_datetime

from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.asyncio import call_later
from scrapy.utils.httpobj import urlparse_cached

WAIT_STATUSES = (429, 503)


class OffsiteRedirect(IgnoreRequest):
    """A redirect to a host the crawl may not visit."""


class OffsiteRedirectMiddleware:
    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request):
        if not request.meta.get("redirect_urls"):
            return None  # the spider chose this URL itself
        host = urlparse_cached(request).hostname or ""
        if not self.crawler.spider.may_visit(host):
            raise OffsiteRedirect(f"redirect to {host!r}, a host this crawl does not visit")
        return None


def retry_after_seconds(value: str | None, now: float) -> float | None:
    """Seconds a Retry-After header asks for (delay-seconds or an HTTP date), or None if unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - now)
    except (TypeError, ValueError):
        return None


class RetryAfterMiddleware:
    """Not a middleware by its methods: it listens to response_downloaded, which Scrapy sends before the
    host's download slot takes its next request, and holds that slot the way a download delay does
    (Slot.latercall, which Downloader._process_queue waits for). Waiting in a middleware method would be
    too late: the next request queued for the host is already on its way by then."""

    def __init__(self, crawler, cap: float):
        self.crawler, self.cap = crawler, cap

    @classmethod
    def from_crawler(cls, crawler):
        middleware = cls(crawler, crawler.settings.getfloat("RETRY_AFTER_MAX"))
        crawler.signals.connect(middleware.response_downloaded, signal=signals.response_downloaded)
        return middleware

    def wait_asked(self, response) -> float:
        """Seconds the response asks the crawler to wait, at most the cap (0: none asked)."""
        if response.status not in WAIT_STATUSES:
            return 0.0
        header = response.headers.get(b"Retry-After")
        seconds = retry_after_seconds(header.decode("latin-1") if header else None, time.time())
        return min(seconds or 0.0, self.cap)

    def response_downloaded(self, response, request, spider=None):
        wait = self.wait_asked(response)
        downloader = self.crawler.engine.downloader
        slot = downloader.slots.get(downloader.get_slot_key(request))
        if not wait or slot is None:
            return
        if slot.latercall:
            slot.latercall.cancel()
        slot.latercall = call_later(wait, downloader._latercall, slot)
        self.crawler.stats.inc_value("archiver/retry_after_waits")
