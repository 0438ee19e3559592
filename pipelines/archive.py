"""The one pipeline: every response becomes a capture, every article page an article.

A thin adapter. In the crawler's process it turns a Scrapy response into a Capture, counts and
reports fetch problems, and compresses the body; a worker process (archiver.ingest.IngestWorker)
stores the capture first, then extracts and stores the article, so a page whose extraction fails
is never lost and extraction runs on the other core while Scrapy fetches.
"""

import logging

from scrapy import signals

from archiver.crawl import archiver_counts
from archiver.ingest import IngestWorker, fetch_problem, fetch_verdict
from archiver.store import Archive, Capture, utc_now

log = logging.getLogger(__name__)


def header(response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def capture_from_response(item: dict) -> Capture:
    response = item["response"]
    request = response.request
    return Capture(
        url=(response.meta.get("redirect_urls") or [request.url])[0],
        final_url=response.url,
        status=response.status,
        fetched_at=item.get("fetched_at") or utc_now(),
        headers=response.meta.get("raw_headers") or [],
        request_headers=[(k.decode("latin-1"), v.decode("latin-1")) for k, vs in request.headers.items() for v in vs],
        body=response.body,
        raw_body=response.meta.get("raw_body"),
        content_encoding=response.meta.get("raw_content_encoding"),
        content_type=header(response, "Content-Type"),
        kind=item["kind"],
        site=item.get("site"),
    )


def capture_of_failure(item: dict) -> Capture:
    return Capture(
        url=item["url"],
        final_url=item.get("final_url"),
        fetched_at=utc_now(),
        kind=item["kind"],
        site=item.get("site"),
        error=item["error"],
    )


class ArchivePipeline:
    def __init__(self, crawler):
        self.stats = crawler.stats
        self.settings = crawler.settings
        self._worker: IngestWorker | None = None

    @property
    def worker(self) -> IngestWorker:
        """The storage process, started when the spider opens."""
        if self._worker is None:
            raise RuntimeError("the pipeline is not open: no storage process")
        return self._worker

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(crawler)
        # After close_spider (the worker has stored everything): Scrapy says here why the crawl ended.
        crawler.signals.connect(pipeline.record_end, signal=signals.spider_closed)
        return pipeline

    def open_spider(self):
        db = self.settings.get("ARCHIVE_DB")
        self.crawl_id = self.settings.getint("ARCHIVE_CRAWL_ID")
        if not self.crawl_id:  # started as `scrapy crawl portal -a sites=...` rather than `archiver crawl`
            with Archive(db) as archive:
                self.crawl_id = archive.begin_crawl(self.settings.getlist("ARCHIVE_SITES"), {})
        self._worker = IngestWorker(db, self.crawl_id)

    def close_spider(self):
        for key, value in self.worker.finish().items():
            self.stats.inc_value(f"archiver/{key}", value)

    def record_end(self, spider, reason):
        """The crawls row's end (why, and the counts) and what the crawl covered, in one place."""
        finish_reason = spider.finish_reason(reason)
        self.stats.set_value("archiver/finish_reason", finish_reason)
        with Archive(self.settings.get("ARCHIVE_DB")) as archive:
            archive.set_coverage(spider.coverage_outcome(finish_reason), self.crawl_id)
            archive.finish_crawl(self.crawl_id, finish_reason, archiver_counts(self.stats.get_stats()))

    def process_item(self, item):
        capture = capture_from_response(item) if "response" in item else capture_of_failure(item)
        self.stats.inc_value("archiver/pages")
        self.count(capture)
        capture.compress()
        self.worker.send(capture, item.get("site") if item.get("profile") else None)
        return {"url": capture.url, "kind": capture.kind}

    def count(self, capture: Capture) -> None:
        """Count the fetch; report a problem in one line."""
        problem = fetch_problem(capture)
        verdict = fetch_verdict(capture, problem)
        if verdict == "refused":
            self.stats.inc_value(f"archiver/refused/{problem}")
            log.info("%s: %s", capture.url, problem)
            return
        if problem is None or problem in ("not_modified", "not_html"):
            self.stats.inc_value("archiver/pages_ok")
        if verdict == "not_modified":
            self.stats.inc_value("archiver/not_modified")
        elif verdict == "dead_link":
            self.stats.inc_value(f"archiver/dead_link/{problem}")
            log.info("%s: %s (a dead link in the portal's navigation)", capture.url, problem)
        elif verdict == "error":
            self.stats.inc_value("archiver/errors")
            self.stats.inc_value(f"archiver/fetch/{problem}")
            log.warning("%s: %s", capture.url, problem)
