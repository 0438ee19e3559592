"""What scrapy-redis 0.9.1 needs to run on Scrapy 2.19 without a deprecation warning (both pinned in the
`cluster` extra), and the two places where this project's frontier differs from scrapy-redis's defaults.

- Scheduler: 0.9.1 passes `spider=` to the stats collector (deprecated), and its `open()` says "Resuming
  crawl" through `Spider.log()` (deprecated) whenever a worker starts while the shared queue holds
  requests (a second worker, a Scrapyd job started after another); its `close()` would empty the
  shared queue of every worker when one worker stops, so the queue persists (SCHEDULER_PERSIST) and is
  reset by `archiver cycle` only.
- CycleDupeFilter: 0.9.1 hashes its own fingerprint and ignores the crawler's REQUEST_FINGERPRINTER; this
  one uses the crawler's, and keeps one set per cycle that a stopping worker does not delete.
- Start pages: Scrapy 2.19 no longer calls `start_requests()`, which is how RedisMixin reads its start
  list; the spider (spiders/cluster.py) reads it from `start()` and from the idle signal instead.
- Pipelines: `process_item(self, item)` with no `spider` argument and no Deferred (pipelines/handover.py).
- SpreadPriorityQueue: 0.9.1's sorted set orders requests of one priority by their pickled bytes, which
  begin with the URL: a worker took one host's requests in a row and waited on that host's delay. It
  also pops with one command and names a request's callbacks without inspecting the whole spider.
"""

import random

from scrapy.utils.misc import load_object
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler as RedisScheduler

from .frontier import Cycle
from .keys import Keys


class Scheduler(RedisScheduler):
    def open(self, spider):
        """0.9.1's open(), with its "Resuming crawl" line said through the spider's logger."""
        self.spider = spider
        self.queue = load_object(self.queue_cls)(
            server=self.server,
            spider=spider,
            key=self.queue_key % {"spider": spider.name},
            serializer=self.serializer,
        )
        if not self.df:  # type: ignore[has-type]
            self.df = load_object(self.dupefilter_cls).from_spider(spider)
        if self.flush_on_start:
            self.flush()
        if queued := len(self.queue):
            spider.logger.info("Resuming crawl (%d requests scheduled)", queued)

    def enqueue_request(self, request):
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        self.queue.push(request)
        return True

    def next_request(self):
        request = self.queue.pop(self.idle_before_close)
        if request and self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def close(self, reason):
        """The queue is the cluster's, not this worker's: leave it."""


class SpreadPriorityQueue(PriorityQueue):
    """Priority first (breadth-first: shallow pages first); within a priority, hosts interleaved at random."""

    def push(self, request):
        score = -request.priority + random.random() * 0.5
        self.server.execute_command("ZADD", self.key, score, self._encode_request(request))

    def pop(self, timeout=0):
        """One atomic command (0.9.1 wraps a range and a remove in MULTI/EXEC)."""
        popped = self.server.zpopmin(self.key)
        return self._decode_request(popped[0][0]) if popped else None

    def _encode_request(self, request):
        """Request.to_dict(spider=) looks for the callback's name with inspect.getmembers() over the whole
        spider, for the callback and the errback: measured the worker's largest CPU cost (7%). A bound method
        of the spider carries its name."""
        obj = request.replace(callback=None, errback=None).to_dict()
        obj["callback"] = method_name(self.spider, request.callback)
        obj["errback"] = method_name(self.spider, request.errback)
        return self.serializer.dumps(obj)


def method_name(spider, method) -> str | None:
    """The name under which `spider` holds the bound method `method` (request_from_dict finds it by it)."""
    if method is None:
        return None
    name = getattr(method, "__name__", "")
    if getattr(method, "__self__", None) is not spider or getattr(spider, name, None) != method:
        raise ValueError(f"{method!r} is not a method of the spider {spider.name!r}")
    return name


class CycleDupeFilter(RFPDupeFilter):
    def __init__(self, server, key, debug=False, fingerprinter=None):
        super().__init__(server, key, debug)
        self.fingerprinter = fingerprinter

    @classmethod
    def from_spider(cls, spider):
        crawler = spider.crawler
        server = spider.server  # the spider's client (spiders/cluster.py): one connection per worker
        key = Keys().dupefilter(Cycle.current(server, Keys()).id)
        return cls(server, key, crawler.settings.getbool("DUPEFILTER_DEBUG"), crawler.request_fingerprinter)

    def request_fingerprint(self, request) -> str:
        return self.fingerprinter.fingerprint(request).hex()

    def close(self, reason=""):
        """Other workers still use the set; `archiver cycle` drops it with the cycle."""
