"""The portal spider as a cluster worker: requests come from and go to the shared Redis frontier.

It discovers exactly as `archiver crawl` does (the parse methods are PortalSpider's); what changes is
where its state lives. The seen-set is the cycle's hash in Redis (HSETNX: one worker claims a URL), the
archived articles are a Redis set the ingest fills after commit, and the start pages are a Redis list
read when the worker is idle (scrapy-redis's idle path; Scrapy 2.19 no longer calls start_requests()).
Run by `archiver worker`, or as a Scrapyd job: `scrapy crawl cluster -s REDIS_URL=redis://...`.
"""

import json
import time
from datetime import date
from typing import cast

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy_redis.spiders import RedisMixin

from archiver.cluster import MAX_BACKLOG
from archiver.cluster.frontier import Cycle, client_options
from archiver.cluster.keys import Keys
from archiver.crawl import CrawlMemory
from spiders.portal import PortalSpider

KEYS = Keys()


class RedisMemory:
    """What the local crawl reads from the archive (CrawlMemory), read from Redis instead: the archived
    articles (the ingest adds them after commit) and the listing chains walked to their end (`archiver
    cycle` records them when the next cycle starts). The validators of a conditional request (the ingest
    keeps them) are read with the claim (ClusterSpider.request)."""

    def __init__(self, server):
        self.server = server
        self.known = self
        self.answered: dict[str, bool] = {}  # the last listing page's look-up, for the requests it makes next

    def complete(self, chain: str | None) -> bool:
        """The last cycle that walked this chain walked it to its end: a 304 or a page of archived articles
        ends what is new in it."""
        return chain is not None and bool(self.server.sismember(KEYS.coverage, chain))

    def __contains__(self, url: str) -> bool:
        """Archived already, or handed to the ingest and not yet committed."""
        if (answer := self.answered.pop(url, None)) is not None:
            return answer
        return self.look_up([url])[url]

    def intersection(self, urls) -> set[str]:
        """Those of `urls` archived or pending (known.intersection, as of the local crawl's set)."""
        self.answered = self.look_up(list(urls))
        return {url for url, known in self.answered.items() if known}

    def look_up(self, urls: list[str]) -> dict[str, bool]:
        """URL -> archived or pending, in one round trip."""
        if not urls:
            return {}
        with self.server.pipeline(transaction=False) as pipe:
            pipe.smismember(KEYS.archived, urls)
            pipe.smismember(KEYS.pending, urls)
            archived, pending = pipe.execute()
        return {url: bool(a or p) for url, a, p in zip(urls, archived, pending, strict=True)}


class FailedChains:
    """The spider's failed_chains, kept in the cycle's set in Redis: the next cycle walks them afresh."""

    def __init__(self, spider: "ClusterSpider"):
        self.spider = spider

    def add(self, chain: str | None) -> None:
        if chain:
            self.spider.server.sadd(KEYS.failed(self.spider.cycle.id), chain)


class ClusterSpider(RedisMixin, PortalSpider):
    name = "cluster"
    redis_key = KEYS.starts
    redis_batch_size = 1000  # start pages only go on into the shared frontier: take them all at once
    custom_settings = {
        "SCHEDULER": "archiver.cluster.compat.Scheduler",
        "SCHEDULER_PERSIST": True,
        "SCHEDULER_QUEUE_KEY": KEYS.frontier,
        "SCHEDULER_QUEUE_CLASS": "archiver.cluster.compat.SpreadPriorityQueue",
        "DUPEFILTER_CLASS": "archiver.cluster.compat.CycleDupeFilter",
        "ITEM_PIPELINES": {"pipelines.handover.HandOver": 300},
        "DOWNLOADER_MIDDLEWARES": {
            "pipelines.raw.KeepRawBytesMiddleware": 595,
            "archiver.cluster.throttle.SharedHostDelay": 950,
        },
        # The delay between requests to one host is kept across all workers by SharedHostDelay.
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False,
        "CLUSTER_HOST_DELAY": 1.0,
        "CLUSTER_MAX_BACKLOG": MAX_BACKLOG,
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "REDIS_PARAMS": client_options(),
        "TELNETCONSOLE_ENABLED": False,
        "REMOTE_CONTROL_ENABLED": False,
    }

    def __init__(self, until_idle: str = "", **kwargs):
        super().__init__(**kwargs)
        self.until_idle = float(until_idle) if until_idle else None
        self.idle_since: float | None = None
        self.cycle = Cycle()
        self.failed_chains = FailedChains(self)  # type: ignore[assignment]

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.setup_redis(crawler)
        crawler.signals.connect(spider.busy, signal=signals.response_received)
        return spider

    # -- the cycle and the frontier ---------------------------------------------------------

    def follow_cycle(self) -> None:
        """Read the current cycle's settings (a new cycle may have started since the last read)."""
        self.cycle = Cycle.current(self.server, KEYS)
        self.since = date.fromisoformat(self.cycle.since) if self.cycle.since else None
        self.full = self.cycle.full
        self.memory = cast(CrawlMemory, RedisMemory(self.server))

    async def start(self):
        """The start list, into the shared frontier (Scrapy 2.19 reads start(), not start_requests())."""
        self.follow_cycle()
        while self.count_size(self.redis_key):
            for request in self.next_requests():
                yield request

    def make_request_from_data(self, data):
        """A start-list entry (archiver.cluster.frontier.entry) as a request, if no worker claimed it yet."""
        found = json.loads(data)
        request = self.request(found["url"], getattr(self, found["callback"]), **found["meta"])
        return [request] if request else []

    def request(self, url: str, callback, **meta) -> scrapy.Request | None:
        """A request for a URL not archived and not yet claimed in this cycle by any worker; conditional
        where the local crawl's would be (PortalSpider.ask_conditionally)."""
        assert self.memory is not None  # follow_cycle() ran in start()
        if meta["kind"] in ("article", "page") and url in self.memory.known:
            self.crawler.stats.inc_value("archiver/skipped_known")
            return None
        meta["cycle"] = self.cycle.id
        claim = json.dumps({"callback": callback.__name__, "meta": meta})
        with self.server.pipeline(transaction=False) as pipe:  # the claim and the validators: one round trip
            pipe.hsetnx(KEYS.requested(self.cycle.id), url, claim)
            if conditional := self.ask_conditionally(meta):
                pipe.hget(KEYS.validators, url)
            claimed, *validators = pipe.execute()
        if not claimed:
            return None
        headers = json.loads(validators[0]) if conditional and validators[0] else {}
        return scrapy.Request(
            url, callback=callback, errback=self.on_error, meta=meta, headers=headers, dont_filter=True
        )

    def captured(self, response, kind: str | None = None) -> dict:
        return super().captured(response, kind) | {"cycle": response.meta["cycle"]}

    def on_error(self, failure):
        for item in super().on_error(failure):
            yield item | {"cycle": failure.request.meta.get("cycle", self.cycle.id)}

    def parse_page(self, response):
        self.allowed_hosts.add(response.meta["site"])  # generic mode stays on the start page's host
        yield from super().parse_page(response)

    # -- when to stop ---------------------------------------------------------------------

    def busy(self, *args, **kwargs):
        self.idle_since = None

    def spider_idle(self):
        """Take start pages when the frontier is empty; stop after --until-idle seconds of nothing to do."""
        self.follow_cycle()
        scheduler = self.crawler.engine.scheduler
        if self.count_size(self.redis_key) or (scheduler is not None and scheduler.has_pending_requests()):
            self.idle_since = None
        self.schedule_next_requests()
        now = time.monotonic()
        if self.idle_since is None:
            self.idle_since = now
        if self.until_idle is not None and now - self.idle_since >= self.until_idle:
            return
        raise DontCloseSpider
