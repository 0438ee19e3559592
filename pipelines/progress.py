"""A progress line on stderr every few seconds, so a long crawl is not silent."""

import sys
import time

from scrapy import signals


class ProgressLine:
    INTERVAL = 10.0

    def __init__(self, stats, enabled: bool):
        self.stats = stats
        self.enabled = enabled
        self.last = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler.stats, crawler.settings.getbool("ARCHIVE_PROGRESS", False))
        crawler.signals.connect(ext.item_scraped, signal=signals.item_scraped)
        return ext

    def item_scraped(self, item, response):
        now = time.monotonic()
        if self.enabled and now - self.last >= self.INTERVAL:
            self.last = now
            get = self.stats.get_value
            print(
                f"  ... {get('archiver/pages', 0)} pages fetched, {get('archiver/errors', 0)} errors",
                file=sys.stderr,
                flush=True,
            )
