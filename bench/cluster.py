"""The cluster on one machine: twenty local portals crawled by 1, 2 and 4 workers with one ingest.

    python bench/cluster.py [--portals 20] [--pages 100] [--delay 0.05] [--workers 1,2,4] [--ingest-alone 0,2]

Each portal is a generated Liferay portal (bench/portal.py) of --pages articles on its own loopback
address (127.0.0.2, 127.0.0.3, ...), all served by one process of their own that records the arrival
time of every request per address. For each worker count, against a fresh redis-server and a fresh
archive: `archiver cycle sotttt --base-url <each portal>`, then one `archiver ingest` and N
`archiver worker --delay D` processes, all with --until-idle. Reported per run:

- pages/s: captures handed over by the workers (Redis `fetched` set, sampled every 0.1 s), from the
  first to the last one (process start-up and the idle tail left out); the ratio to 1 worker's;
- highest per-host rate: the most requests one portal received in any 1-second window (and 5-second,
  per second), against the 1/D the delay allows (a window that starts and ends on a request holds one
  more: 1/D + 1 at 1 s); robots.txt included, it is a request;
- ingest lag: seconds from the last capture handed over to the last one committed, and the longest the
  capture queue grew;
- peak memory of each process (ru_maxrss from os.wait4);
- CPU (user + system) a page, in ms: of the workers and the ingest (os.wait4: start-up and idle tail
  included), of the portals' server (/proc) and of Redis (INFO cpu); and, between the first capture and
  the last, each worker's share of that time on a core and runnable but waiting for one (its main
  thread's /proc schedstat, sampled with the counts): a worker short of CPU on a busy machine waits for
  a core; one that waits on neither is held back by something else (politeness, Redis, the reactor).

The portals are the remote side, not what is measured: every page is rendered once before the clock
starts and served from memory (rendering took ~0.1 ms a page; the server's whole CPU a page, reported,
is ~0.3 ms, a twentieth of a worker's). Each portal has articles of its own (asset ids of its own), so
that every article is a new one in the archive as in a back-fill (they were one portal's 100 articles
twenty times over: the ingest stored 1,900 of 2,000 as unchanged, no new row, no search index entry).

Then the ingest alone: 2 workers fill the queue with no ingest running, and one ingest stores it all;
its rows a second (captures, with extraction and both search indexes) from its first take to its last,
extracting in the writer (--extractors 0) and in two processes beside it (--extractors 2).
Exit status 2, with one line, when something the benchmark needs is missing.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import copy
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(ROOT), str(BENCH)]
SITE = "sotttt"
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": ""}


class Missing(Exception):
    """Something the benchmark needs is not there; exit 2."""


# -- the portals ----------------------------------------------------------------------------------


def serve_portals(count: int, pages: int, log: Path, latency: float) -> None:
    """Child mode: serve `count` portals, one per loopback address, each answer sent `latency` seconds after its
    request; SIGUSR1 writes and clears the arrivals."""
    import portal

    from archiver import profiles

    categories = tuple(urlsplit(u).path.rstrip("/").rsplit("/", 1)[-1] for u in profiles.load(SITE).crawl["start_urls"])
    template = portal.Portal(pages, categories)
    hosts = [f"127.0.0.{i + 2}" for i in range(count)]
    sites = {host: prerendered(copy.copy(template), i) for i, host in enumerate(hosts)}
    arrivals: dict[str, list[float]] = {h: [] for h in hosts}

    class Logged(portal.HttpConnection):
        def connection_made(self, transport):
            super().connection_made(transport)
            if latency:
                self.transport = Late(transport, latency)
            host = transport.get_extra_info("sockname")[0]
            times, site = arrivals[host], sites[host]

            class Recording:
                def respond(self, target):
                    times.append(time.time())
                    return site.respond(target)

            self.portal = Recording()

    def dump(*_):
        log.write_text(json.dumps(arrivals))
        for times in arrivals.values():
            times.clear()

    async def main():
        loop = asyncio.get_running_loop()
        loop.add_signal_handler(signal.SIGUSR1, dump)
        servers = [await loop.create_server(Logged, host, 0, backlog=256) for host in hosts]
        urls = [f"http://{host}:{s.sockets[0].getsockname()[1]}" for host, s in zip(hosts, servers, strict=True)]
        print("READY " + json.dumps(urls), flush=True)
        await asyncio.Event().wait()

    asyncio.run(main())


class Late:
    """A transport whose writes (and close) happen `latency` seconds later, in order: a portal that takes that
    long to answer, as a remote one does, without holding the server's loop."""

    def __init__(self, transport, latency: float):
        self.transport, self.latency = transport, latency
        self.loop = asyncio.get_running_loop()

    def write(self, data: bytes) -> None:
        self.loop.call_later(self.latency, self.transport.write, data)

    def close(self) -> None:
        self.loop.call_later(self.latency, self.transport.close)


def prerendered(site, number: int):
    """Portal `number`, its articles its own (asset ids of their own: each is a new article in the archive,
    as on real portals), every page rendered once and served from memory from then on."""
    site.first_id += number * site.pages
    articles = [site.render_article(i) for i in range(site.pages)]
    listings = {(c, p): site.render_listing(c, p) for c in site.categories for p in range(1, site.listing_pages(c) + 1)}
    site.render_article = articles.__getitem__
    site.render_listing = lambda category, page: listings[category, page]
    return site


def scheduled(pid: int) -> tuple[float, float]:
    """Seconds a process's main thread has run on a core and waited for one, so far (Linux schedstat)."""
    on_cpu, waiting, _ = Path(f"/proc/{pid}/schedstat").read_text().split()
    return int(on_cpu) / 1e9, int(waiting) / 1e9


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a running process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Portals:
    def __init__(self, count: int, pages: int, latency: float, work: Path):
        self.log, self.latency = work / "arrivals.json", latency
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--serve-portals", str(count), "--pages", str(pages), "--log", str(self.log)]
            + ["--latency", str(latency)],
            stdout=subprocess.PIPE,
            text=True,
            env=ENV,
        )
        line = self.proc.stdout.readline()
        if not line.startswith("READY "):
            raise Missing(f"the portals did not start: {line.strip() or 'no output'}")
        self.urls: list[str] = json.loads(line.split(" ", 1)[1])

    def arrivals(self) -> dict[str, list[float]]:
        """Every request's arrival time per portal since the last call."""
        self.log.unlink(missing_ok=True)
        self.proc.send_signal(signal.SIGUSR1)
        while not self.log.exists():
            time.sleep(0.05)
        time.sleep(0.1)
        return json.loads(self.log.read_text())

    def cpu(self) -> float:
        return cpu_seconds(self.proc.pid)

    def stop(self):
        self.proc.kill()
        self.proc.wait()


def highest_rate(arrivals: dict[str, list[float]], window: float = 1.0) -> float:
    """The most requests any one portal received within `window` seconds, per second."""
    best = 0
    for times in arrivals.values():
        times = sorted(times)
        start = 0
        for end, t in enumerate(times):
            while t - times[start] > window:
                start += 1
            best = max(best, end - start + 1)
    return best / window


# -- the cluster's processes ----------------------------------------------------------------------


class Redis:
    def __init__(self, work: Path):
        import socket

        import redis

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        self.url = f"redis://127.0.0.1:{port}/0"
        command = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        self.proc = subprocess.Popen(command + ["--dir", str(work)], stdout=subprocess.DEVNULL)
        self.client = redis.Redis.from_url(self.url)
        for _ in range(100):
            try:
                self.client.ping()
                return
            except redis.ConnectionError:
                time.sleep(0.05)
        raise Missing("redis-server did not start")

    def cpu(self) -> float:
        info = self.client.info("cpu")
        return info["used_cpu_user"] + info["used_cpu_sys"]

    def commands(self) -> int:
        """Commands run so far (a pipeline's or a script's each counted)."""
        return sum(stat["calls"] for stat in self.client.info("commandstats").values())

    def stop(self):
        self.proc.kill()
        self.proc.wait()


@dataclass
class Child:
    name: str
    proc: subprocess.Popen
    peak_kb: int = 0
    cpu_s: float = 0.0
    status: int | None = None
    sched: tuple[float, float] = (0.0, 0.0)  # main thread's seconds on a core and waiting for one

    def scheduled(self) -> tuple[float, float]:
        """Its schedstat now, or as last read once it has exited."""
        with contextlib.suppress(OSError):
            self.sched = scheduled(self.proc.pid)
        return self.sched

    def reap(self) -> bool:
        if self.status is None:
            pid, status, usage = os.wait4(self.proc.pid, os.WNOHANG)
            if pid:
                self.status, self.peak_kb = os.waitstatus_to_exitcode(status), usage.ru_maxrss
                self.cpu_s = usage.ru_utime + usage.ru_stime
        return self.status is not None


def archiver(name: str, *args) -> Child:
    command = [sys.executable, "-m", "archiver", *map(str, args)]
    return Child(name, subprocess.Popen(command, cwd=ROOT, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))


def drain_stderr(child: Child) -> None:
    threading.Thread(target=lambda: child.proc.stderr.read(), daemon=True).start()


@dataclass
class RunResult:
    workers: int
    pages: int = 0
    crawl_seconds: float = 0.0
    highest_rate: float = 0.0
    highest_rate_5s: float = 0.0
    ingest_lag: float = 0.0
    queue_max: int = 0
    peaks: dict[str, int] = field(default_factory=dict)
    rows_per_s: float = 0.0
    cpu_ms: dict[str, float] = field(default_factory=dict)  # CPU a page, per process kind
    redis_commands: float = 0.0  # Redis commands a page, all processes
    worker_busy: list[tuple[float, float]] = field(default_factory=list)  # each worker: on a core, waiting
    sizes: dict[str, float] = field(default_factory=dict)  # bytes per entry: Redis keys, the archive

    @property
    def rate(self) -> float:
        return self.pages / self.crawl_seconds if self.crawl_seconds else 0.0


def cycle(redis: Redis, portals: Portals) -> None:
    bases = [arg for url in portals.urls for arg in ("--base-url", url)]
    result = subprocess.run(
        [sys.executable, "-m", "archiver", "cycle", SITE, *bases, "--redis", redis.url],
        cwd=ROOT,
        env=ENV,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        raise Missing(f"archiver cycle failed: {result.stderr.strip()}")


def run(workers: int, portals: Portals, work: Path, delay: float) -> RunResult:
    folder = work / f"run-{workers}"
    folder.mkdir()
    redis = Redis(folder)
    db = folder / "archive.db"
    result = RunResult(workers)
    try:
        cycle(redis, portals)
        portals.arrivals()  # start counting from here
        cpu_before = {"portals": portals.cpu(), "redis": redis.cpu()}
        commands_before = redis.commands()
        children = [
            archiver(f"worker{i}", "worker", "--redis", redis.url, "--delay", delay, "--until-idle", 3, "--id", f"w{i}")
            for i in range(workers)
        ]
        # idle for longer than a slow portal's first answers take to come (the ingest starts with the workers)
        idle = 5 + 10 * (portals.latency + delay)
        children.append(archiver("ingest", "ingest", "--redis", redis.url, "--db", db, "--until-idle", idle, "-q"))
        for child in children:
            drain_stderr(child)
        workers = [c for c in children if c.name.startswith("worker")]
        times: dict[float, list[tuple[float, float]]] = {}
        samples = sample(redis, children, lambda t: times.__setitem__(t, [w.scheduled() for w in workers]))
        arrivals = portals.arrivals()
        result.highest_rate, result.highest_rate_5s = highest_rate(arrivals), highest_rate(arrivals, 5.0)
        fetched = [(t, n) for t, n, _ in samples]
        first = next(t for t, n in fetched if n)
        last_t, last_n = max(fetched, key=lambda s: (s[1], -s[0]))
        last_t = min(t for t, n in fetched if n == last_n)
        result.pages, result.crawl_seconds = last_n, last_t - first
        result.queue_max = max(q for _, _, q in samples)
        drained = min((t for t, n, q in samples if t >= last_t and q == 0), default=last_t)
        result.ingest_lag = drained - last_t
        result.peaks = {c.name: c.peak_kb // 1024 for c in children}
        span = last_t - first
        result.worker_busy = [
            ((b[0] - a[0]) / span, (b[1] - a[1]) / span) for a, b in zip(times[first], times[last_t], strict=True)
        ]
        result.cpu_ms = {
            "workers": sum(w.cpu_s for w in workers),
            "ingest": sum(c.cpu_s for c in children if c.name == "ingest"),
            "portals": portals.cpu() - cpu_before["portals"],
            "redis": redis.cpu() - cpu_before["redis"],
        }
        result.cpu_ms = {k: 1000 * v / result.pages for k, v in result.cpu_ms.items()}
        result.redis_commands = (redis.commands() - commands_before) / result.pages
        result.sizes = sizes(redis, db)
        bad = [f"{c.name} exited {c.status}" for c in children if c.status]
        if bad:
            raise Missing("; ".join(bad))
        return result
    finally:
        redis.stop()


def sizes(redis: Redis, db: Path) -> dict[str, float]:
    """Bytes per entry of the cycle's seen-set (URL -> claim) and of the archived set, and of the archive
    per capture: the figures a back-fill's Redis and disk are planned from."""
    client, found = redis.client, {}
    for name, key, count in (
        ("seen-set", "archiver:requested:1", client.hlen),
        ("archived", "archiver:archived", client.scard),
    ):
        if n := count(key):
            found[name] = client.memory_usage(key, samples=0) / n
    import sqlite3

    with sqlite3.connect(db) as conn:
        captures = conn.execute("SELECT count(*) FROM captures").fetchone()[0]
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if not captures:
        raise Missing("the ingest stored no capture")
    found["archive per capture"] = db.stat().st_size / captures
    return found


def sample(redis: Redis, children: list[Child], also=lambda t: None) -> list[tuple[float, int, int]]:
    """(time, captures handed over, captures waiting for the ingest) every 0.1 s until every child exits;
    `also(time)` is called with each sample."""
    samples = []
    while not all([c.reap() for c in children]):
        pipe = redis.client.pipeline()
        pipe.scard("archiver:fetched:1").llen("archiver:captures").llen("archiver:captures:processing")
        fetched, queued, processing = pipe.execute()
        samples.append((time.monotonic(), fetched, queued + processing))
        also(samples[-1][0])
        time.sleep(0.1)
    return samples


def ingest_alone(portals: Portals, work: Path, delay: float, extractors: int) -> RunResult:
    """2 workers fill the queue with no ingest; then one ingest stores it all, timed."""
    folder = work / f"ingest-alone-{extractors}"
    folder.mkdir()
    redis = Redis(folder)
    result = RunResult(2)
    try:
        cycle(redis, portals)
        children = [
            archiver(f"worker{i}", "worker", "--redis", redis.url, "--delay", delay, "--until-idle", 3)
            for i in range(2)
        ]
        for child in children:
            drain_stderr(child)
        sample(redis, children)
        waiting = redis.client.llen("archiver:captures")
        db = folder / "archive.db"
        ingest = archiver(
            "ingest", "ingest", "--redis", redis.url, "--db", db, "--until-idle", 2, "--extractors", extractors
        )
        drain_stderr(ingest)
        samples = sample(redis, [ingest])
        started = max(t for t, _, q in samples if q == waiting)  # the last look before its first take
        done = next(t for t, _, q in samples if q == 0)
        result.pages, result.rows_per_s = waiting, waiting / (done - started) if done > started else 0.0
        result.peaks = {"ingest": ingest.peak_kb // 1024}
        result.workers = extractors
        return result
    finally:
        redis.stop()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--portals", type=int, default=20)
    parser.add_argument("--pages", type=int, default=100, help="articles per portal")
    parser.add_argument("--delay", type=float, default=0.05, help="seconds between requests to one portal")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds each portal takes to answer")
    parser.add_argument("--workers", default="1,2,4")
    parser.add_argument(
        "--ingest-alone", default="0,2", metavar="N,...", help="--extractors of the ingest-alone runs ('': none)"
    )
    parser.add_argument("--serve-portals", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--log", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve_portals:
        serve_portals(args.serve_portals, args.pages, args.log, args.latency)
        return 0
    try:
        if not shutil.which("redis-server"):
            raise Missing("redis-server is not installed (apt-get install redis-server)")
        work = Path(tempfile.mkdtemp(prefix="bench-cluster-"))
        portals = Portals(args.portals, args.pages, args.latency, work)
        try:
            results = [run(int(n), portals, work, args.delay) for n in args.workers.split(",")]
            alone = [ingest_alone(portals, work, args.delay, int(n)) for n in args.ingest_alone.split(",") if n]
        finally:
            portals.stop()
            shutil.rmtree(work, ignore_errors=True)
    except Missing as exc:
        print(f"bench: {exc}", file=sys.stderr)
        return 2
    report(results, alone, args)
    return 0


def report(results: list[RunResult], alone: list[RunResult], args) -> None:
    base = results[0].rate
    print(
        f"{args.portals} portals x {args.pages} articles, {args.delay} s between requests to one portal "
        f"(at most {1 / args.delay:g}/s each), each answering {args.latency} s after a request\n"
    )
    print("workers  pages  crawl s  pages/s  vs 1  one host max/s (1 s, 5 s)  ingest lag s  queue max  peak MB")
    for r in results:
        peaks = ", ".join(f"{k} {v}" for k, v in r.peaks.items())
        print(
            f"{r.workers:7} {r.pages:6} {r.crawl_seconds:8.1f} {r.rate:8.1f} {r.rate / base:5.2f}"
            f" {r.highest_rate:17.0f} {r.highest_rate_5s:7.1f} {r.ingest_lag:13.1f} {r.queue_max:10}  {peaks}"
        )
    print(
        "\nCPU ms a page (all workers, the ingest, the portals' server, Redis); each worker on a core / waiting for one;"
    )
    for r in results:
        cpu = ", ".join(f"{k} {v:.2f}" for k, v in r.cpu_ms.items())
        busy = ", ".join(f"{on:.0%} / {wait:.0%}" for on, wait in r.worker_busy)
        print(f"{r.workers:7}  {cpu}; {busy}; {r.redis_commands:.1f} Redis commands a page")
    sizes = results[-1].sizes
    print("\nbytes per entry: " + ", ".join(f"{k} {v:,.0f}" for k, v in sizes.items()))
    if alone:
        print("\ningest alone (extraction, captures, articles and both search indexes):")
    for r in alone:
        print(
            f"  --extractors {r.workers}: {r.pages} captures stored at {r.rows_per_s:.0f} a second "
            f"({r.rows_per_s / alone[0].rows_per_s:.2f}x), writer's peak {r.peaks['ingest']} MB"
        )


if __name__ == "__main__":
    sys.exit(main())
