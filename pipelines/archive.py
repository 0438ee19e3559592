"""The one pipeline: capture every response, extract articles from it, store both.

A thin adapter: the archive (archiver.store) and the extractor (archiver.extract) do the work.
The capture is written before extraction, so a page whose extraction fails is never lost.
"""

import logging

from archiver import profiles
from archiver.extract import extract
from archiver.store import Archive, Capture, utc_now

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")


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
        request_headers=[
            (k.decode("latin-1"), v.decode("latin-1")) for k, vs in request.headers.items() for v in vs
        ],
        body=response.body,
        raw_body=response.meta.get("raw_body"),
        content_encoding=response.meta.get("raw_content_encoding"),
        content_type=header(response, "Content-Type"),
        kind=item["kind"],
        site=item.get("site"),
    )


def capture_of_failure(item: dict) -> Capture:
    return Capture(
        url=item["url"], fetched_at=utc_now(), kind=item["kind"], site=item.get("site"), error=item["error"]
    )


def fetch_problem(capture: Capture) -> str | None:
    """Why a stored response cannot hold an article, or None."""
    if capture.status is None:
        return capture.error
    if capture.status == 304:
        return "not_modified"
    if capture.status >= 400:
        return f"http_{capture.status}"
    if capture.status >= 300:
        return "redirect_not_followed"
    ctype = (capture.content_type or "").split(";")[0].strip().lower()
    if ctype and ctype not in HTML_TYPES:
        return "not_html"
    if not capture.body.strip():
        return "empty_body"
    return None


class ArchivePipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.settings = crawler.settings
        self.archive: Archive | None = None
        self.crawl_id: int | None = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self):
        self.archive = Archive(self.settings.get("ARCHIVE_DB"))
        self.crawl_id = self.settings.getint("ARCHIVE_CRAWL_ID") or self.archive.begin_crawl(
            self.settings.getlist("ARCHIVE_SITES"), {}
        )

    def close_spider(self):
        reason = self.stats.get_value("finish_reason") or "finished"
        self.archive.finish_crawl(self.crawl_id, reason, self.counts())
        self.archive.close()

    def counts(self) -> dict:
        stats = self.stats.get_stats()
        counts = {k.removeprefix("archiver/"): v for k, v in stats.items() if k.startswith("archiver/")}
        for outcome in ("new", "changed", "same"):
            counts[outcome] = stats.get(f"archiver/articles/{outcome}", 0)
        counts["pages"] = stats.get("archiver/pages", 0)
        counts["errors"] = stats.get("archiver/errors", 0)
        return counts

    def process_item(self, item):
        capture = capture_from_response(item) if "response" in item else capture_of_failure(item)
        capture_id = self.archive.add_capture(capture, self.crawl_id)
        self.stats.inc_value("archiver/pages")
        problem = fetch_problem(capture)
        if problem in (None, "not_modified", "not_html"):
            self.stats.inc_value("archiver/pages_ok")
        if problem == "not_modified":
            self.stats.inc_value("archiver/not_modified")
            self.archive.touch_article(capture.url, capture.fetched_at)
        elif problem:
            self.count_error(capture, capture_id, problem)
        elif capture.kind in ("article", "page"):
            self.store_article(capture, capture_id, item)
        return {"url": capture.url, "capture_id": capture_id}

    def count_error(self, capture: Capture, capture_id: int, reason: str) -> None:
        if capture.error is None:
            self.archive.set_capture_error(capture_id, reason)
        if reason != "not_html" or capture.kind == "article":
            self.stats.inc_value("archiver/errors")
            self.stats.inc_value(f"archiver/fetch/{reason}")
            log.warning("%s: %s", capture.url, reason)

    def store_article(self, capture: Capture, capture_id: int, item: dict) -> None:
        profile = profiles.load(item["site"]) if item.get("profile") else None
        ex = extract(capture.body, capture.final_url, capture.content_type, profile)
        if capture.kind == "page" and not ex.is_article:
            return
        site = item.get("site")
        outcome = self.archive.save_article(ex, capture_id=capture_id, site=site, fetched_at=capture.fetched_at)
        self.stats.inc_value(f"archiver/articles/{outcome}")
        for field, _reason in ex.issues:
            self.stats.inc_value(f"archiver/extract/missing_{field}")
