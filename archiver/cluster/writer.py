"""`archiver ingest`: the one process that writes the archive for a cluster of workers.

It stores each capture exactly as a local crawl does (archiver.ingest.Ingester: same identity rules,
versions, views, search indexes), commits a batch, and only then acknowledges the batch in Redis. A
capture taken and not acknowledged (the ingest was killed) is still in the processing list; on start it
is stored unless the archive already holds it (committed before the kill, acknowledged never). The
same check runs on every capture: a push retried across a Redis restart may deliver one twice.
"""

import json
import logging
import multiprocessing
import resource
import signal
import sys
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor

import redis

from .. import profiles
from ..crawl import archived_validators
from ..ingest import Ingester, fetch_problem
from ..store import Archive, Capture
from . import handoff
from .frontier import Cycle
from .keys import Keys

log = logging.getLogger(__name__)
BATCH = 200  # captures per transaction
SEED_BATCH = 10000  # entries per Redis command when the ingest tells Redis what the archive holds
WAIT = 1  # seconds to block on an empty queue before checking --until-idle
PROGRESS_EVERY = 10.0
SAVED = ("new", "changed", "same")


class CycleCrawls:
    """One row in `crawls` per cycle, found again when the ingest restarts; counts kept per row."""

    def __init__(self, archive: Archive, client: redis.Redis, keys: Keys):
        self.archive, self.client, self.keys = archive, client, keys
        self.ids: dict[int, int] = {}
        self.counts: dict[int, Counter] = {}

    def crawl_id(self, cycle: int) -> int:
        if cycle not in self.ids:
            row = self.archive.db.execute(
                "SELECT id FROM crawls WHERE json_extract(settings, '$.cycle') = ? ORDER BY id DESC LIMIT 1", (cycle,)
            ).fetchone()
            if row:
                self.ids[cycle] = row[0]
            else:
                current = Cycle.current(self.client, self.keys)
                sites = current.sites if current.id == cycle else []
                self.ids[cycle] = self.archive.begin_crawl(sites, {"cycle": cycle, "cluster": True})
            self.counts[self.ids[cycle]] = Counter()
        return self.ids[cycle]

    def finish(self) -> None:
        """Record each crawl's counts (added to those of earlier ingest runs of the same cycle)."""
        for crawl_id, counts in self.counts.items():
            (stats_json,) = self.archive.db.execute("SELECT stats FROM crawls WHERE id = ?", (crawl_id,)).fetchone()
            before = {k: v for k, v in json.loads(stats_json or "{}").items() if isinstance(v, int)}
            self.archive.finish_crawl(crawl_id, "finished", dict(Counter(before) + counts))


def extract_page(body: bytes, url: str | None, content_type: str | None, profile_name: str | None):
    from ..extract import extract

    return extract(body, url, content_type, profiles.load(profile_name) if profile_name else None)


class Prepared:
    """The Ingester's extract(), answered from extractions done ahead in other processes (by body object)."""

    def __init__(self, extract):
        self.extract = extract
        self.ready: dict[int, object] = {}

    def __call__(self, body, url, content_type, profile):
        found = self.ready.pop(id(body), None)
        return found if found is not None else self.extract(body, url, content_type, profile)


def will_extract(capture: Capture) -> bool:
    """What Ingester.ingest extracts: a fine response of an article or a page."""
    return fetch_problem(capture) is None and capture.kind in ("article", "page")


def fetch_failed(capture: Capture) -> bool:
    """A fetch problem the crawl counts as an error (a 304 is none, nor a PDF where no article was expected)."""
    problem = fetch_problem(capture)
    return problem not in (None, "not_modified") and (problem != "not_html" or capture.kind == "article")


def cycle_figures(capture: Capture, outcome: str) -> Counter:
    """What one capture stored now adds to its cycle's figures (archiver cycle --status)."""
    figures = Counter(stored=1, failed=int(fetch_failed(capture)))
    if outcome in (*SAVED, "not_modified", "ingest_failed"):
        figures[outcome] += 1
    return figures


class Writer:
    def __init__(self, client: redis.Redis, archive: Archive, keys: Keys | None = None, extractors: int = 0):
        self.client, self.archive, self.keys = client, archive, keys or Keys()
        self.ingester = Ingester(archive, None)
        # Extraction is pure and most of the cost: --extractors N runs it in N processes; one writes.
        self.pool = None
        if extractors:
            context = multiprocessing.get_context("spawn")
            self.pool = ProcessPoolExecutor(extractors, mp_context=context)
            self.prepared = Prepared(self.ingester.extract)
            # the same call, answered from the extractions done ahead
            self.ingester.extract = self.prepared  # type: ignore[assignment]
        self.crawls = CycleCrawls(archive, client, self.keys)
        self.total: Counter = Counter()
        self.stopping = False

    def seed_archived(self) -> None:
        """A Redis that lost its data (or a first cluster run on an existing archive) learns what is archived,
        and the validators of the pages workers ask for again (listings, sitemaps, feeds, pages)."""
        if self.client.exists(self.keys.archived):
            return
        urls = [u for (u,) in self.archive.db.execute("SELECT url FROM articles WHERE url IS NOT NULL")]
        urls += [u for (u,) in self.archive.db.execute("SELECT canonical_url FROM articles")]
        for start in range(0, len(urls), SEED_BATCH):
            self.client.sadd(self.keys.archived, *urls[start : start + SEED_BATCH])
        validators = [
            (url, json.dumps(headers))
            for url, headers in archived_validators(self.archive, ("listing", "other", "page")).items()
        ]
        for start in range(0, len(validators), SEED_BATCH):
            self.client.hset(self.keys.validators, mapping=dict(validators[start : start + SEED_BATCH]))

    def recover(self) -> None:
        """Store what a stopped ingest took from the queue and may not have committed (or a BLMOVE whose
        reply a Redis restart lost)."""
        left = handoff.left_in_processing(self.client, self.keys)
        if left:
            log.warning("ingest: %d captures taken and not acknowledged are stored now", len(left))
            self.store(left)

    def store(self, batch: list[bytes]) -> None:
        done = []
        figures: dict[int, Counter] = defaultdict(Counter)  # cycle -> what this batch adds to its figures
        taken = [handoff.decode(raw) for raw in batch]
        if self.pool:
            self.extract_ahead([h.capture for h in taken], [h.profile for h in taken])
        crawl_ids = [self.crawls.crawl_id(handed.cycle) for handed in taken]
        held = self.held_already(taken, crawl_ids)
        stored_now: set[tuple] = set()
        for handed, crawl_id in zip(taken, crawl_ids, strict=True):
            key = (handed.capture.url, handed.capture.fetched_at, crawl_id)
            if key in held:
                self.total["already_stored"] += 1
                saved = held[key]
                if key not in stored_now:
                    figures[handed.cycle]["stored"] += 1  # committed by a killed ingest, counted now
            else:
                outcome = self.ingest(handed, crawl_id)
                saved = held[key] = outcome in SAVED  # the same capture twice in one batch is stored once
                stored_now.add(key)
                figures[handed.cycle] += cycle_figures(handed.capture, outcome)
            done.append((handed, saved))
        self.archive.flush()
        handoff.acknowledge(self.client, self.keys, done, figures)

    def extract_ahead(self, captures: list[Capture], profile_names: list[str | None]) -> None:
        assert self.pool is not None
        jobs = [(c, p) for c, p in zip(captures, profile_names, strict=True) if will_extract(c)]
        results = self.pool.map(
            extract_page,
            [c.body for c, _ in jobs],
            [c.final_url for c, _ in jobs],
            [c.content_type for c, _ in jobs],
            [p for _, p in jobs],
            chunksize=8,
        )
        self.prepared.ready = {id(c.body): ex for (c, _), ex in zip(jobs, results, strict=True)}

    def ingest(self, handed: handoff.Handed, crawl_id: int) -> str:
        counts = self.crawls.counts[crawl_id]
        self.ingester.crawl_id, self.ingester.counts = crawl_id, counts
        capture = handed.capture
        counts["pages"] += 1
        counts["errors"] += fetch_failed(capture)
        try:
            outcome = self.ingester.ingest(capture, handed.profile)
        except Exception as exc:  # a bug must not lose the pages after it
            log.error("%s: could not be stored: %s", capture.url, exc)
            counts["ingest_failed"] += 1
            outcome = "ingest_failed"
        self.total[outcome] += 1
        self.total["captures"] += 1
        return outcome

    def held_already(self, taken: list[handoff.Handed], crawl_ids: list[int]) -> dict[tuple, bool]:
        """The captures of a batch the archive holds already (a killed ingest committed them; a push retried
        across a Redis restart delivered one twice), by (URL, fetch time, crawl), each with whether an article
        was saved from it. One query a batch (one a capture took the ingest a tenth of its time)."""
        wanted = {(h.capture.url, h.capture.fetched_at, c) for h, c in zip(taken, crawl_ids, strict=True)}
        urls = sorted({url for url, _, _ in wanted})
        found = self.archive.db.execute(
            f"SELECT url, fetched_at, crawl_id, id FROM captures WHERE url IN ({', '.join('?' * len(urls))})", urls
        )
        held = {}
        for url, fetched_at, crawl_id, capture_id in found:
            if (url, fetched_at, crawl_id) in wanted:
                saved = self.archive.db.execute("SELECT 1 FROM articles WHERE capture_id = ?", (capture_id,)).fetchone()
                held[(url, fetched_at, crawl_id)] = saved is not None
        return held

    def run(self, until_idle: float | None, progress: bool = True) -> Counter:
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, self.stop)
        self.seed_archived()
        self.recover()
        idle_since = last_report = time.monotonic()
        while not self.stopping:
            batch = handoff.take(self.client, self.keys, BATCH, WAIT)
            now = time.monotonic()
            if batch:
                self.store(batch)
                idle_since = now
            else:
                self.recover()  # one writer holds nothing between batches: what is left there was orphaned
                if until_idle is not None and now - idle_since >= until_idle:
                    break
            if progress and now - last_report >= PROGRESS_EVERY:
                last_report = now
                print(f"  ... {self.total['captures']} captures stored", file=sys.stderr, flush=True)
        self.crawls.finish()
        if self.pool:
            self.pool.shutdown()
        self.total["peak_rss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return self.total

    def stop(self, signum, frame) -> None:
        self.stopping = True  # the batch in hand is stored and acknowledged first


def summary(total: Counter) -> str:
    return (
        f"ingest: {total['captures']} captures stored, {total['new']} new articles, {total['changed']} changed, "
        f"{total['same']} unchanged"
        + (f", {total['ingest_failed']} could not be stored" if total["ingest_failed"] else "")
    )
