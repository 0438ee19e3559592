"""One host's requests at its configured rate across every worker of the cluster.

Scrapy's DOWNLOAD_DELAY holds within one process only (two workers at 0.1 s each sent about 20 requests
a second to one host). Here each request first books the host's next turn in Redis: a Lua script reads
the Redis clock and the host's next free time, books that turn (or now, if it has passed) and moves the
host's next free time on by the delay, and answers how long to wait for the booked turn. One clock, one
atomic step and one round trip a request: no two requests get one turn, whatever the workers. (Asking
again after each wait, as it first did, took two round trips a request on busy hosts.)
"""

from urllib.parse import urlsplit

from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import reactor
from twisted.internet.task import deferLater

from .keys import Keys

BOOK_TURN = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local turn = math.max(tonumber(redis.call('GET', KEYS[1]) or '0'), now)
local next_free = turn + tonumber(ARGV[1])
redis.call('SET', KEYS[1], next_free, 'PX', next_free - now + 60000)
return turn - now
"""


class SharedHostDelay:
    """Downloader middleware: book the host's turn (CLUSTER_HOST_DELAY s apart), wait for it, then download."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.delay_ms = int(crawler.settings.getfloat("CLUSTER_HOST_DELAY") * 1000)
        self.keys = Keys()
        self.script = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_request(self, request):
        if self.delay_ms <= 0:
            return None
        if self.script is None:
            self.script = self.crawler.spider.server.register_script(BOOK_TURN)
        key = self.keys.host(urlsplit(request.url).netloc)
        if wait_ms := self.script(keys=[key], args=[self.delay_ms]):
            self.crawler.stats.inc_value("archiver/host_turn_waits")
            await maybe_deferred_to_future(deferLater(reactor, wait_ms / 1000, lambda: None))
        return None
