"""The worker's pipeline: each response or failure becomes a capture handed to the ingest through Redis.

It counts and reports fetch problems as the local pipeline does (it is that pipeline, with another way
out: Redis instead of the local storage process).
"""

from archiver.cluster.handoff import hand_over
from archiver.cluster.keys import Keys
from pipelines.archive import ArchivePipeline, capture_from_response, capture_of_failure


class HandOver(ArchivePipeline):
    def __init__(self, crawler):
        super().__init__(crawler)
        self.crawler = crawler
        self.keys = Keys()

    def open_spider(self):
        pass  # no local storage process: the ingest stores

    def close_spider(self):
        pass  # the ingest records the crawl; nothing is left here to store

    def record_end(self, spider, reason):
        pass  # no crawls row or coverage here: the archive is the ingest's

    def process_item(self, item):
        capture = capture_from_response(item) if "response" in item else capture_of_failure(item)
        self.stats.inc_value("archiver/pages")
        self.count(capture)
        capture.compress()
        profile = item.get("site") if item.get("profile") else None
        hand_over(self.crawler.spider.server, self.keys, capture, profile, item["cycle"])
        return {"url": capture.url, "kind": capture.kind}
