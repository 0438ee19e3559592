"""The shared frontier's state in Redis: connecting, the current cycle, starting a new one."""

import dataclasses
import json
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import redis
from redis.backoff import ExponentialBackoff
from redis.retry import Retry

from .. import profiles
from ..crawl import CrawlOptions, check_options
from ..errors import ArchiverError
from ..store import utc_now
from .keys import Keys

SCAN_BATCH = 1000


def client_options() -> dict:
    """Ride out a Redis restart (about a minute of retries) instead of failing the worker or the ingest.
    A command retried after a lost reply may run twice: the ingest stores a capture once all the same."""
    return {
        "socket_connect_timeout": 10,
        "health_check_interval": 30,
        "retry": Retry(ExponentialBackoff(cap=1.0, base=0.05), retries=60),
        "retry_on_error": [redis.ConnectionError, redis.TimeoutError],
    }


def connect(url: str) -> redis.Redis:
    """A client for the cluster's Redis; a one-line error at once when it cannot be reached."""
    if not url.startswith(("redis://", "rediss://", "unix://")):
        raise ArchiverError(f"not a Redis address: {url!r} (redis://HOST:PORT/DB)")
    try:
        with redis.Redis.from_url(url, socket_connect_timeout=5) as first:  # no minute of retries for a typo
            first.ping()
    except (redis.RedisError, ValueError) as exc:
        raise ArchiverError(f"cannot reach Redis at {url}: {exc}") from None
    return redis.Redis.from_url(url, **client_options())


@dataclass
class Cycle:
    id: int = 0
    sites: list[str] = field(default_factory=list)
    since: str | None = None
    full: bool = False

    @classmethod
    def current(cls, client: redis.Redis, keys: Keys) -> "Cycle":
        raw = {as_text(k): as_text(v) for k, v in client.hgetall(keys.cycle).items()}
        if not raw:
            return cls()
        return cls(int(raw["id"]), json.loads(raw["sites"]), raw.get("since") or None, raw.get("full") == "1")


def as_text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


def entry(url: str, callback: str, **meta) -> bytes:
    """One start-list entry: what the worker's spider needs to make the request."""
    return json.dumps({"url": url, "callback": callback, "meta": meta}).encode()


def start_entries(options: CrawlOptions, mirrors: list[str]) -> list[bytes]:
    """The listing pages, sitemaps and feeds of each site, and the --url start pages (as `archiver crawl`);
    a site's relative start URLs once on each of `mirrors` (--base-url given more than once)."""
    entries = []
    bases: list[str | None] = list(mirrors) or [options.base_url]
    for name, base_url in ((n, b) for n in options.sites for b in bases):
        crawl = profiles.load(name).crawl
        for key, callback, kind in (
            ("start_urls", "parse_listing", "listing"),
            ("sitemaps", "parse_sitemap", "other"),
            ("feeds", "parse_feed", "other"),
        ):
            for url in crawl.get(key, ()):
                url = rebase(url, base_url)
                entries.append(entry(url, callback, site=name, kind=kind, start=True, chain=url))
    entries += [
        entry(u, "parse_page", site=urlsplit(u).hostname, kind="page", start=True, chain=u) for u in options.urls
    ]
    return entries


def rebase(url: str, base_url: str | None) -> str:
    if not base_url:
        return url
    parts = urlsplit(url)
    return urljoin(base_url, parts.path + (f"?{parts.query}" if parts.query else ""))


def lost_requests(client: redis.Redis, keys: Keys, cycle: int) -> list[bytes]:
    """What the cycle claimed and never handed over: in a killed worker, or still queued."""
    requested, fetched = keys.requested(cycle), keys.fetched(cycle)
    lost = []
    for batch in _hscan_batches(client, requested):
        urls = list(batch)
        done = client.smismember(fetched, urls) if urls else []
        for url, was_fetched in zip(urls, done, strict=True):
            if not was_fetched:
                claim = json.loads(batch[url])
                lost.append(entry(url.decode(), claim["callback"], **(claim["meta"] | {"start": False})))
    return lost


def _hscan_batches(client: redis.Redis, key: str):
    cursor = 0
    while True:
        cursor, found = client.hscan(key, cursor, count=SCAN_BATCH)
        if found:
            yield found
        if cursor == 0:
            return


def walked_to_the_end(client: redis.Redis, keys: Keys, cycle: Cycle, lost: list[bytes]) -> tuple[set, set]:
    """The chains a cycle walked to their end, and those it did not: a listing page of the chain failed,
    a request of it was lost, or --since left articles out (the cycle is not followed per chain for that)."""
    chains = {as_text(c) for c in client.smembers(keys.chains(cycle.id))}
    cut = {as_text(c) for c in client.smembers(keys.failed(cycle.id))}
    cut |= {json.loads(e)["meta"].get("chain") for e in lost}
    if cycle.since:
        cut = set(chains)
    return chains - cut, chains & cut


def start_cycle(
    client: redis.Redis, keys: Keys, options: CrawlOptions, mirrors: list[str] | None = None
) -> tuple[int, int, int]:
    """Begin a new cycle: the last one's figures kept and its chains' coverage recorded, requests it lost
    come back, the seen-set starts empty, the sites' start pages are pushed. Returns (cycle id, start
    pages, lost requests pushed)."""
    mirrors = mirrors or []
    for base_url in mirrors:
        check_options(dataclasses.replace(options, base_url=base_url))
    check_options(options)
    previous = Cycle.current(client, keys)
    lost = lost_requests(client, keys, previous.id) if previous.id else []
    starts = start_entries(options, mirrors)
    chains = {json.loads(e)["meta"].get("chain") for e in starts + lost} - {None}
    number = client.incr(keys.cycle_counter)
    with client.pipeline(transaction=True) as pipe:
        pipe.delete(keys.frontier, keys.starts)
        if previous.id:
            end_cycle(client, pipe, keys, previous, lost)
        pipe.hset(
            keys.cycle,
            mapping={
                "id": number,
                "sites": json.dumps(options.sites + options.urls),
                "since": options.since or "",
                "full": "1" if options.full else "",
                "started_at": utc_now(),
            },
        )
        pipe.hset(keys.counts(number), "started_at", utc_now())
        if chains:
            pipe.sadd(keys.chains(number), *chains)
        if lost or starts:
            pipe.rpush(keys.starts, *starts, *lost)
        pipe.execute()
    return number, len(starts), len(lost)


def end_cycle(client: redis.Redis, pipe, keys: Keys, cycle: Cycle, lost: list[bytes]) -> None:
    """Queue (on `pipe`) what ends a cycle: its figures kept, its chains' coverage recorded, its sets dropped."""
    walked, cut = walked_to_the_end(client, keys, cycle, lost)
    if walked:
        pipe.sadd(keys.coverage, *walked)
    if cut:
        pipe.srem(keys.coverage, *cut)
    figures = {"queued": client.hlen(keys.requested(cycle.id)), "fetched": client.scard(keys.fetched(cycle.id))}
    pipe.hset(keys.counts(cycle.id), mapping=figures | {"lost": len(lost), "ended_at": utc_now()})
    pipe.delete(keys.requested(cycle.id), keys.fetched(cycle.id), keys.dupefilter(cycle.id))
    pipe.delete(keys.chains(cycle.id), keys.failed(cycle.id))
