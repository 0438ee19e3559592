"""The worker's pipeline: each response or failure becomes a capture handed to the ingest through Redis.

It counts and reports fetch problems as the local pipeline does (it is that pipeline, with another way
out: Redis instead of the local storage process).

Captures are handed over a few at a time: a Redis round trip stalls the worker's reactor, and on a busy
machine each one costs it its turn on a core (one a page was an eighth of a worker's time). A capture
waits HAND_OVER_EVERY seconds at most. A worker killed meanwhile loses the captures it held: their URLs
are claimed and not fetched, so the next cycle requests them again, as it does what was in flight.
"""

import logging

import redis
from twisted.internet.task import LoopingCall

from archiver.cluster.handoff import hand_over
from archiver.cluster.keys import Keys
from pipelines.archive import ArchivePipeline, capture_from_response, capture_of_failure

log = logging.getLogger(__name__)
HAND_OVER_BATCH = 16  # captures a transaction at most
HAND_OVER_EVERY = 0.2  # seconds a capture waits at most


class HandOver(ArchivePipeline):
    def __init__(self, crawler):
        super().__init__(crawler)
        self.crawler = crawler
        self.keys = Keys()
        self.held: list = []  # (capture, profile, cycle) not yet handed over
        self.timer = LoopingCall(self.flush_on_time)

    def open_spider(self):
        self.timer.start(HAND_OVER_EVERY, now=False)  # no local storage process: the ingest stores

    def close_spider(self):
        self.timer.stop()
        self.flush()  # the ingest records the crawl; nothing is left here to store

    def record_end(self, spider, reason):
        pass  # no crawls row or coverage here: the archive is the ingest's

    def process_item(self, item):
        capture = capture_from_response(item) if "response" in item else capture_of_failure(item)
        self.stats.inc_value("archiver/pages")
        self.count(capture)
        capture.compress()
        profile = item.get("site") if item.get("profile") else None
        self.held.append((capture, profile, item["cycle"]))
        if len(self.held) >= HAND_OVER_BATCH:
            self.flush()
        return {"url": capture.url, "kind": capture.kind}

    def flush_on_time(self) -> None:
        try:
            self.flush()
        except redis.RedisError as exc:  # Redis gone for longer than the client retries: the timer goes on
            log.error("captures not handed over (the next cycle requests them again): %s", exc)

    def flush(self) -> None:
        if self.held:
            held, self.held = self.held, []
            hand_over(self.crawler.spider.server, self.keys, held)
