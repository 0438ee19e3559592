"""Captures between workers and the ingest: their encoding, and the reliable queue in Redis.

A worker pushes captures, a few at a time, with the marks that go with them in one transaction. The ingest moves
captures to a processing list (BLMOVE), stores them, commits, and only then removes them from that list
and records them as archived; on start it first finishes what a killed ingest left in the list.
"""

import dataclasses
import json
from collections import Counter
from typing import cast

import redis

from ..crawl import conditional_headers
from ..store import Capture, decode_payload, stored_bytes
from .keys import Keys

# The compressed bytes travel; the decoded payload is rebuilt from them (a quarter of the memory in Redis).
_BYTE_FIELDS = ("body", "raw_body", "compressed")


@dataclasses.dataclass
class Handed:
    """One capture as the ingest receives it."""

    capture: Capture
    profile: str | None  # the profile to extract with (None: generic mode)
    cycle: int
    raw: bytes  # the encoded form, to acknowledge it by


def encode(capture: Capture, profile: str | None, cycle: int) -> bytes:
    if capture.compressed is None:
        capture.compress()
    header = {f.name: getattr(capture, f.name) for f in dataclasses.fields(capture) if f.name not in _BYTE_FIELDS}
    header |= {"profile": profile, "cycle": cycle, "encoded": capture.raw_body is not None}
    return json.dumps(header, ensure_ascii=False).encode() + b"\0" + (capture.compressed or b"")


def decode(raw: bytes) -> Handed:
    head, _, compressed = raw.partition(b"\0")
    header = json.loads(head)
    profile, cycle, encoded = header.pop("profile"), header.pop("cycle"), header.pop("encoded")
    header["headers"] = [tuple(h) for h in header["headers"]]
    header["request_headers"] = [tuple(h) for h in header["request_headers"]]
    stored = stored_bytes(compressed, "zstd") if compressed else b""
    capture = Capture(**header, compressed=compressed or None)
    capture.raw_body = stored if encoded else None
    capture.body = decode_payload(stored, capture.content_encoding) if encoded else stored
    return Handed(capture, profile, cycle, raw)


def hand_over(client: redis.Redis, keys: Keys, captures: list[tuple[Capture, str | None, int]]) -> None:
    """Queue the captures (each with its profile and cycle) for the ingest and mark their URLs fetched in
    their cycle, in one transaction."""
    with client.pipeline(transaction=True) as pipe:
        pipe.rpush(keys.captures, *(encode(capture, profile, cycle) for capture, profile, cycle in captures))
        for capture, _, cycle in captures:
            pipe.sadd(keys.fetched(cycle), capture.url)
            if capture.kind in ("article", "page"):
                pipe.sadd(keys.pending, capture.url)
        pipe.execute()


# redis-py types its replies bytes | str; this client never decodes them (no decode_responses).


# The rest of a batch in one round trip (a move a round trip cost the ingest 6% of its time).
MOVE_MANY = """
local moved = {}
for _ = 1, tonumber(ARGV[1]) do
    local capture = redis.call('LMOVE', KEYS[1], KEYS[2], 'LEFT', 'RIGHT')
    if not capture then break end
    moved[#moved + 1] = capture
end
return moved
"""


def take(client: redis.Redis, keys: Keys, limit: int, wait: int) -> list[bytes]:
    """Up to `limit` captures moved to the processing list; waits up to `wait` seconds for the first."""
    first = client.blmove(keys.captures, keys.processing, wait, "LEFT", "RIGHT")
    if first is None:
        return []
    more = client.register_script(MOVE_MANY)(keys=[keys.captures, keys.processing], args=[limit - 1])
    return cast(list[bytes], [first, *more])


def left_in_processing(client: redis.Redis, keys: Keys) -> list[bytes]:
    """What an ingest took and may not have committed before it stopped."""
    return cast(list[bytes], client.lrange(keys.processing, 0, -1))


def acknowledge(
    client: redis.Redis, keys: Keys, done: list[tuple[Handed, bool]], counts: dict[int, Counter] | None = None
) -> None:
    """After commit: drop the captures from the processing list; the URLs of stored articles become archived,
    the validators of other pages are kept for the next cycle's conditional requests; `counts` (cycle ->
    figures of this batch) are added to the cycles' figures.

    Each capture is removed by its value, not as the head of the list: a move whose reply a Redis restart
    lost, and which was retried, left an orphan there that recover() stores later."""
    with client.pipeline(transaction=True) as pipe:
        for handed, article_saved in done:
            pipe.lrem(keys.processing, 1, cast(str, handed.raw))
            capture = handed.capture
            if capture.kind in ("article", "page"):
                pipe.srem(keys.pending, capture.url)
            if article_saved:
                pipe.sadd(keys.archived, *{capture.url, capture.final_url or capture.url})
            elif capture.status == 200:
                keep_validators(pipe, keys, capture)
        for cycle, figures in (counts or {}).items():
            for name, value in figures.items():
                pipe.hincrby(keys.counts(cycle), name, value)
        pipe.execute()


def keep_validators(pipe, keys: Keys, capture: Capture) -> None:
    """The URL's conditional request as its latest 200 allows (none: the page no longer sends validators)."""
    if conditional := conditional_headers(capture.headers):
        pipe.hset(keys.validators, capture.url, json.dumps(conditional))
    else:
        pipe.hdel(keys.validators, capture.url)
