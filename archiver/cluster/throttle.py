"""One host's requests at its configured rate across every worker of the cluster; and no download while more
captures wait for the ingest than CLUSTER_MAX_BACKLOG.

Scrapy's DOWNLOAD_DELAY holds within one process only (two workers at 0.1 s each sent about 20 requests
a second to one host). Here each request first takes the host's turn in Redis: a Lua script compares
the Redis clock with the host's next allowed time and either moves that time on by the delay (go now)
or answers how long to wait (then ask again). One clock, one atomic step: no two workers get one turn.
Booking a turn ahead in one call (a round trip less on a busy host) was measured and dropped: a worker
short of CPU woke late from several booked waits at once and sent them together (28 requests in one
second to a host allowed 20); asking again at the turn keeps the spacing at the moment of sending.

A turn is taken only when the request can be sent at once: Scrapy runs downloader middlewares before the
request joins its download slot, and a slot already holding CONCURRENT_REQUESTS_PER_DOMAIN requests keeps it
waiting there. A turn taken then was spent while the request waited for a slow host's answer to the one
before it, and sent late, close behind another worker's (a portal answering in 0.5 s, allowed 5 requests a
second, got 7 in one second from four workers). So each worker first waits for room in the host's slot.
"""

import time
from urllib.parse import urlsplit

from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import reactor
from twisted.internet.defer import DeferredSemaphore
from twisted.internet.task import deferLater

from .keys import Keys

TAKE_TURN = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local next_at = tonumber(redis.call('GET', KEYS[1]) or '0')
if next_at <= now then
    redis.call('SET', KEYS[1], now + tonumber(ARGV[1]), 'PX', tonumber(ARGV[1]) + 60000)
    return 0
end
return next_at - now
"""


class Backlog:
    """The captures waiting for the ingest. While more than `limit` wait (0: no limit), a worker downloads nothing,
    so that a crawl faster than its ingest does not fill Redis's memory (the requests the engine already took wait
    here too); the queue's length is read at most every `every` seconds."""

    def __init__(self, crawler, limit: int, every: float = 1.0):
        self.crawler, self.limit, self.every = crawler, limit, every
        self.full, self.read_at = False, float("-inf")

    async def room(self) -> None:
        while self.limit and self._full():
            await maybe_deferred_to_future(deferLater(reactor, self.every, lambda: None))

    def _full(self) -> bool:
        now = time.monotonic()
        if now - self.read_at >= self.every:
            self.read_at = now
            waiting = self.crawler.spider.server.llen(Keys().captures)
            if (waiting > self.limit) != self.full:
                self.full = not self.full
                what = "pausing" if self.full else "resuming"
                self.crawler.spider.logger.info(f"{what}: {waiting} captures wait for the ingest (limit {self.limit})")
            if self.full:
                self.crawler.stats.inc_value("archiver/backlog_waits")
        return self.full


class SharedHostDelay:
    """Downloader middleware: wait for room in the ingest's backlog, then for the host's turn (CLUSTER_HOST_DELAY
    seconds apart), before each download."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.delay_ms = int(crawler.settings.getfloat("CLUSTER_HOST_DELAY") * 1000)
        self.backlog = Backlog(crawler, crawler.settings.getint("CLUSTER_MAX_BACKLOG"))
        self.keys = Keys()
        self.script = None
        self.room_per_slot = crawler.settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN")
        self.slots: dict[str, DeferredSemaphore] = {}  # download slot -> its room for requests past their turn
        self.holding: dict[object, DeferredSemaphore] = {}  # request -> the slot room it holds until answered

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_request(self, request):
        await self.backlog.room()
        if self.delay_ms <= 0:
            return None
        if self.script is None:
            self.script = self.crawler.spider.server.register_script(TAKE_TURN)
        await self.slot_room(request)
        key = self.keys.host(urlsplit(request.url).netloc)
        while wait_ms := self.script(keys=[key], args=[self.delay_ms]):
            self.crawler.stats.inc_value("archiver/host_turn_waits")
            await maybe_deferred_to_future(deferLater(reactor, wait_ms / 1000, lambda: None))
            await self.backlog.room()  # the engine passes many requests here at once: each waits again
        return None

    async def slot_room(self, request) -> None:
        """Wait until the request's download slot can take it; it holds that room until its answer or error."""
        slot = self.crawler.engine.downloader.get_slot_key(request)
        room = self.slots.setdefault(slot, DeferredSemaphore(self.room_per_slot))
        await maybe_deferred_to_future(room.acquire())
        self.holding[request] = room

    def process_response(self, request, response):
        self.release(request)
        return response

    def process_exception(self, request, exception):
        self.release(request)

    def release(self, request) -> None:
        if room := self.holding.pop(request, None):
            room.release()
