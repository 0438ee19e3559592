"""The cluster: `archiver cycle`, workers and one ingest against a real redis-server and a local portal."""

import itertools
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from functools import partial
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import DEMO_SITE, ROOT, assert_one_line_error, free_port, rows, run_archiver
from hostile_server import bomb, serve_hostile
from redis_server import RedisServer, redis_available

from archiver.localserver import PortalHandler, serve

pytestmark = [
    pytest.mark.e2e,  # workers, the ingest, Redis and Scrapyd run as processes
    pytest.mark.skipif(not redis_available(), reason="redis-server is not installed (see .ci/run)"),
]


@pytest.fixture
def redis_server(tmp_path):
    server = RedisServer(tmp_path / "redis").start()
    yield server
    server.kill()


@pytest.fixture
def demo_portal():
    server, base = serve(DEMO_SITE)
    yield base
    server.shutdown()


@pytest.fixture
def local_articles(demo_portal, tmp_path):
    """The articles a single local `archiver crawl demo` archives: what the cluster must end with."""
    db = tmp_path / "local.db"
    run_archiver("crawl", "demo", "--base-url", demo_portal, "--db", db, "--delay", "0", "-q")
    return rows(db, "SELECT canonical_url, content_hash, published_at, views FROM articles ORDER BY 1")


def archiver(*args) -> subprocess.Popen:
    """The CLI in the background, as an operator starts a worker or an ingest."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": ""}
    return subprocess.Popen(
        [sys.executable, "-m", "archiver", *map(str, args)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finished(process: subprocess.Popen, timeout: float = 120) -> str:
    out, err = process.communicate(timeout=timeout)
    assert process.returncode == 0, out + err
    assert "Traceback" not in err, err
    return out + err


def cycle(redis_url: str, portal: str) -> str:
    result = run_archiver("cycle", "demo", "--base-url", portal, "--redis", redis_url)
    assert result.returncode == 0, result.stderr
    return result.stdout


def articles(db) -> list[tuple]:
    return rows(db, "SELECT canonical_url, content_hash, published_at, views FROM articles ORDER BY 1")


def test_cycle_worker_ingest_archive_what_a_local_crawl_does(redis_server, demo_portal, local_articles, tmp_path):
    db = tmp_path / "cluster.db"
    assert "cycle 1: 1 start pages pushed" in cycle(redis_server.url, demo_portal)
    log = finished(archiver("worker", "--redis", redis_server.url, "--delay", "0", "--until-idle", "1", "-v"))
    assert "28 pages fetched" in log
    # the compatibility layer leaves no deprecation warning in a worker's log, Scrapy's own included
    assert "Deprecat" not in log and "deprecat" not in log
    assert "Telnet" not in log  # Scrapy's remote-control console stays off
    out = finished(archiver("ingest", "--redis", redis_server.url, "--db", db, "--until-idle", "1", "-q"))
    assert "28 captures stored, 24 new articles" in out
    assert articles(db) == local_articles and len(local_articles) == 24
    assert rows(db, "SELECT count(*) FROM captures WHERE status = 404 AND error = 'http_404'") == [(1,)]
    assert rows(db, "SELECT json_extract(settings, '$.cycle'), finish_reason, pages, articles_new FROM crawls") == [
        (1, "finished", 28, 24)
    ]
    # every capture was acknowledged and every stored article is known to the workers
    client = redis_server.client()
    assert client.llen("archiver:captures") == client.llen("archiver:captures:processing") == 0
    assert {u.decode() for u in client.smembers("archiver:archived")} >= {u for (u, *_) in local_articles}


def test_extracting_beside_the_writer_stores_the_same(redis_server, demo_portal, local_articles, tmp_path):
    db = tmp_path / "cluster.db"
    cycle(redis_server.url, demo_portal)
    finished(archiver("worker", "--redis", redis_server.url, "--delay", "0", "--until-idle", "1"))
    out = finished(
        archiver("ingest", "--redis", redis_server.url, "--db", db, "--until-idle", "1", "--extractors", "2")
    )
    assert "28 captures stored, 24 new articles" in out
    assert articles(db) == local_articles
    assert rows(db, "SELECT field FROM extraction_issues") == [("published_at",)]


def test_a_second_cycle_fetches_no_archived_article(redis_server, demo_portal, tmp_path):
    db = tmp_path / "cluster.db"
    for _ in range(2):
        cycle(redis_server.url, demo_portal)
        finished(archiver("worker", "--redis", redis_server.url, "--delay", "0", "--until-idle", "1"))
        finished(archiver("ingest", "--redis", redis_server.url, "--db", db, "--until-idle", "1", "-q"))
    assert rows(db, "SELECT count(*) FROM captures WHERE kind = 'article'") == [(25,)]  # 24 and the missing one
    assert rows(db, "SELECT count(*) FROM articles") == [(24,)]
    assert rows(db, "SELECT count(*) FROM crawls") == [(2,)]


class BrokenPageTwo(PortalHandler):
    """The demo portal whose second listing page answers 500 while `broken` is set."""

    broken = True

    def do_GET(self):
        if type(self).broken and self.path.endswith("/trang-2.html"):
            self.send_response(500)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        super().do_GET()


@pytest.fixture
def flaky_portal():
    handler = type("Handler", (BrokenPageTwo,), {})  # its own flag
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(DEMO_SITE)))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", handler
    server.shutdown()


def run_cycle(redis_url: str, portal: str, db) -> None:
    """One whole cycle: pushed, fetched by a worker, stored by the ingest."""
    cycle(redis_url, portal)
    finished(archiver("worker", "--redis", redis_url, "--delay", "0", "--until-idle", "1"))
    finished(archiver("ingest", "--redis", redis_url, "--db", db, "--until-idle", "1", "-q"))


def listing_requests(db, crawl_id: int) -> list[tuple]:
    """(page, status, whether it was asked for conditionally) of each listing page a cycle fetched."""
    found = rows(
        db, "SELECT url, status, request_headers FROM captures WHERE crawl_id = ? AND kind = 'listing'", (crawl_id,)
    )
    return sorted((url.rsplit("/", 1)[1], status, "If-Modified-Since" in headers) for url, status, headers in found)


def on_any_port(found: list[tuple], base: str) -> list[tuple]:
    return [(url.removeprefix(base), *rest) for url, *rest in found]


def test_a_cycle_asks_conditionally_for_what_the_last_one_walked_to_its_end(
    redis_server, flaky_portal, demo_portal, local_articles, tmp_path
):
    portal, handler = flaky_portal
    single_crawl = on_any_port(local_articles, demo_portal)
    status = run_archiver("cycle", "--status", "--redis", redis_server.url)
    assert status.stdout.splitlines()[0] == "no cycle yet: start one with archiver cycle SITE... --redis URL"
    db = tmp_path / "cluster.db"
    run_cycle(redis_server.url, portal, db)  # the second listing page fails: the chain is not walked to its end
    assert listing_requests(db, 1) == [("index.html", 200, False), ("trang-2.html", 500, False)]
    first_cycle = rows(db, "SELECT count(*) FROM articles")[0][0]
    handler.broken = False
    # The first page is unchanged, but a 304 there must not end the walk: pages past it were never covered.
    run_cycle(redis_server.url, portal, db)
    assert listing_requests(db, 2) == [
        ("index.html", 200, False),
        ("trang-2.html", 200, False),
        ("trang-3.html", 200, False),
    ]
    assert on_any_port(articles(db), portal) == single_crawl
    run_cycle(redis_server.url, portal, db)  # walked to its end last cycle: asked conditionally, and unchanged
    assert listing_requests(db, 3) == [("index.html", 304, True)]
    assert rows(db, "SELECT count(*) FROM captures WHERE crawl_id = 3") == [(1,)]
    assert on_any_port(articles(db), portal) == single_crawl

    status = run_archiver("cycle", "--status", "--redis", redis_server.url, "--db", db, "--last", "2")
    assert status.returncode == 0, status.stderr
    lines = status.stdout.splitlines()
    assert lines[0].startswith("cycle 3 (running, started ")
    assert lines[0].endswith("1 requests queued, 1 fetched, 1 stored, 0 failed")
    assert lines[1] == "  articles: 0 new, 0 changed, 0 unchanged; 1 pages unchanged since the last cycle (304)"
    assert lines[2] == "  fill rates: no article stored in this cycle"
    assert lines[3].startswith("cycle 2 (ended ")
    assert lines[3].endswith("18 requests queued, 18 fetched, 18 stored, 1 failed")  # the missing article: a 404
    second_cycle = len(single_crawl) - first_cycle
    assert (
        lines[4]
        == f"  articles: {second_cycle} new, 0 changed, 0 unchanged; 0 pages unchanged since the last cycle (304)"
    )
    assert lines[5].startswith(f"  fill rates of its {second_cycle} articles: title 100.0%, published_at ")
    assert lines[-1] == (
        "waiting: 0 start pages, 0 requests in the frontier, 0 captures for the ingest, 0 captures being stored"
    )


def wait_until(condition, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


HELD = "/tin-hoat-dong/ky-niem-90-nam-ngay-truyen-thong-mat-tran-to-quoc-viet-nam-1684.aspx"  # on the first page
MISSING = "/tin-hoat-dong/uy-ban-mttq-tinh-tiep-nhan-ung-ho-phong-chong-dich-covid-19-dot-1-1489.aspx"  # a 404


class HoldsOneArticle(PortalHandler):
    """The demo portal that holds its first request for HELD without an answer until `released` is set:
    the worker that sent it is, for certain, holding a claimed request it has not handed over."""

    arrived: threading.Event
    released: threading.Event

    def do_GET(self):
        if self.path == HELD and not type(self).arrived.is_set():
            type(self).arrived.set()
            type(self).released.wait(120)
            return  # no answer: the worker that asked was killed meanwhile
        super().do_GET()


@pytest.fixture
def holding_portal():
    handler = type("Handler", (HoldsOneArticle,), {"arrived": threading.Event(), "released": threading.Event()})
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(DEMO_SITE)))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", handler
    handler.released.set()
    server.shutdown()


def test_a_killed_worker_loses_nothing_and_nothing_is_stored_twice(
    redis_server, holding_portal, local_articles, demo_portal, tmp_path
):
    portal, handler = holding_portal
    db = tmp_path / "cluster.db"
    client = redis_server.client()
    cycle(redis_server.url, portal)
    # 0.3 s between requests to the portal, shared by the workers; worker a holds the held article in one of its
    # two connections and fetches on with the other (a timeout longer than the test: it never answers)
    worker = lambda name: archiver(  # noqa: E731
        "worker", "--redis", redis_server.url, "--id", name, "--delay", "0.3", "--until-idle", "2",
        "--concurrency", "2", "--timeout", "300",
    )  # fmt: skip
    ingest = archiver("ingest", "--redis", redis_server.url, "--db", db, "--until-idle", "4", "-q")
    workers = {"a": worker("a")}
    wait_until(handler.arrived.is_set)
    workers["b"] = worker("b")  # joins a frontier that holds requests
    wait_until(lambda: client.scard("archiver:fetched:1") == 27)  # everything else, the 404 article included
    workers["a"].send_signal(signal.SIGKILL)
    workers["a"].wait()
    finished(workers["b"])
    finished(ingest)
    single_crawl = on_any_port(local_articles, demo_portal)
    assert on_any_port(articles(db), portal) == [a for a in single_crawl if a[0] != HELD]
    # exactly what the killed worker held comes back in the next cycle
    assert "1 requests an earlier cycle lost pushed again" in cycle(redis_server.url, portal)
    finished(archiver("worker", "--redis", redis_server.url, "--delay", "0", "--until-idle", "1"))
    finished(archiver("ingest", "--redis", redis_server.url, "--db", db, "--until-idle", "1", "-q"))
    assert on_any_port(articles(db), portal) == single_crawl
    # nothing fetched twice: one capture of each article page over both cycles. The second cycle walks the
    # listing afresh (a request of it was lost) and asks again, as a local crawl does, for the one article the
    # archive does not hold because it answered 404; beside it, only the lost request.
    captures = rows(db, "SELECT crawl_id, url, status FROM captures WHERE kind = 'article' ORDER BY 1, 2")
    assert sorted(u for _, u, s in captures if s == 200) == sorted({u for _, u, s in captures if s == 200})
    assert [(c, u.removeprefix(portal), s) for c, u, s in captures if c == 2] == sorted(
        [(2, HELD, 200), (2, MISSING, 404)]
    )
    assert [u.removeprefix(portal) for c, u, s in captures if s == 404] == [MISSING, MISSING]


def settled(read, quiet: float, timeout: float = 30.0):
    """read()'s value once it has not changed for `quiet` seconds."""
    deadline = time.monotonic() + timeout
    value, since = read(), time.monotonic()
    while time.monotonic() - since < quiet:
        assert time.monotonic() < deadline, "never settled"
        time.sleep(0.1)
        if (now := read()) != value:
            value, since = now, time.monotonic()
    return value


def test_a_worker_pauses_while_more_captures_wait_than_its_backlog_allows(
    redis_server, demo_portal, local_articles, tmp_path
):
    """A crawl faster than its ingest does not fill Redis: past --max-backlog captures waiting, the worker takes no
    request until the ingest has stored enough of them, then goes on to the end."""
    db = tmp_path / "cluster.db"
    client = redis_server.client()
    cycle(redis_server.url, demo_portal)
    worker = archiver(
        "worker", "--redis", redis_server.url, "--delay", "0.1", "--until-idle", "2", "--max-backlog", "5", "-v"
    )  # fmt: skip
    wait_until(lambda: client.llen("archiver:captures") > 5)
    # its next look at the backlog (every second) pauses it; what had its host's turn is fetched and handed over
    paused_at = settled(lambda: client.scard("archiver:fetched:1"), quiet=1.5)
    time.sleep(3)
    assert client.scard("archiver:fetched:1") == paused_at < 28  # of the demo portal's 28 pages
    ingest = archiver("ingest", "--redis", redis_server.url, "--db", db, "--until-idle", "4", "-q")
    log = finished(worker)
    finished(ingest)
    assert "pausing: " in log and "resuming: " in log
    assert client.scard("archiver:fetched:1") == 28
    assert articles(db) == local_articles


def captures_stored(db) -> int:
    """Captures committed so far (0 while the ingest is still creating the archive)."""
    try:
        return rows(db, "SELECT count(*) FROM captures")[0][0]
    except sqlite3.OperationalError:
        return 0


def test_an_ingest_sigkilled_mid_cycle_restarts_and_loses_nothing(redis_server, demo_portal, local_articles, tmp_path):
    db = tmp_path / "cluster.db"
    cycle(redis_server.url, demo_portal)
    worker = archiver("worker", "--redis", redis_server.url, "--delay", "0.2", "--until-idle", "2")
    ingest = archiver("ingest", "--redis", redis_server.url, "--db", db, "--until-idle", "30", "-q")
    wait_until(lambda: captures_stored(db) >= 5)
    ingest.send_signal(signal.SIGKILL)
    ingest.wait()
    finished(worker)
    finished(archiver("ingest", "--redis", redis_server.url, "--db", db, "--until-idle", "1", "-q"))
    assert articles(db) == local_articles
    assert rows(db, "SELECT count(*) FROM captures") == [(28,)]  # each response once


def test_a_killed_ingest_loses_no_capture_and_stores_none_twice(redis_server, demo_portal, local_articles, tmp_path):
    from archiver.cluster import handoff
    from archiver.cluster.keys import Keys
    from archiver.cluster.writer import Writer
    from archiver.store import Archive

    db = tmp_path / "cluster.db"
    client = redis_server.client()
    cycle(redis_server.url, demo_portal)
    finished(archiver("worker", "--redis", redis_server.url, "--delay", "0", "--until-idle", "1"))
    assert client.llen("archiver:captures") == 28
    # an ingest that took two batches: it committed the first and was killed before acknowledging it,
    # and was killed before committing the second (what SIGKILL leaves, step by step as Writer.store goes)
    archive = Archive(db, batch_size=10**9)
    writer = Writer(client, archive)
    first = handoff.take(client, Keys(), 10, 1)
    for raw in first:
        handed = handoff.decode(raw)
        writer.ingest(handed, writer.crawls.crawl_id(handed.cycle))
    archive.flush()
    second = handoff.take(client, Keys(), 10, 1)
    for raw in second:
        handed = handoff.decode(raw)
        writer.ingest(handed, writer.crawls.crawl_id(handed.cycle))
    archive.db.conn.rollback()
    archive.db.close()
    assert client.llen("archiver:captures:processing") == 20
    assert rows(db, "SELECT count(*) FROM captures") == [(10,)]

    out = finished(archiver("ingest", "--redis", redis_server.url, "--db", db, "--until-idle", "1", "-q"))
    assert "18 captures stored" in out  # 10 of the second batch, 8 never taken; the first 10 were in
    assert rows(db, "SELECT count(*) FROM captures") == [(28,)]
    assert articles(db) == local_articles
    assert client.llen("archiver:captures:processing") == 0


def test_redis_restarted_with_aof_the_cycle_goes_on(demo_portal, local_articles, tmp_path):
    redis_server = RedisServer(tmp_path / "redis", appendonly=True).start()
    try:
        db = tmp_path / "cluster.db"
        client = redis_server.client()
        cycle(redis_server.url, demo_portal)
        worker = archiver("worker", "--redis", redis_server.url, "--delay", "0.3", "--until-idle", "3")
        ingest = archiver("ingest", "--redis", redis_server.url, "--db", db, "--until-idle", "5", "-q")
        wait_until(lambda: client.scard("archiver:fetched:1") >= 6)
        redis_server.kill()
        redis_server.start()  # same port, same folder: it reads its append-only file back
        finished(worker)
        finished(ingest)
        assert articles(db) == local_articles
        assert rows(db, "SELECT url FROM captures GROUP BY url HAVING count(*) > 1") == []
    finally:
        redis_server.kill()


PROJECT_FILES = ("archiver", "spiders", "pipelines", "setup.py", "pyproject.toml", "scrapy.cfg", "README.md")


def scrapyd_api(base: str, endpoint: str, data: list[tuple[str, str]] | None = None) -> dict:
    from urllib.parse import urlencode
    from urllib.request import urlopen

    with urlopen(f"{base}/{endpoint}", data=urlencode(data).encode() if data else None, timeout=30) as response:
        return json.loads(response.read())


@pytest.fixture
def scrapyd(tmp_path):
    if shutil.which("scrapyd", path=str(Path(sys.executable).parent)) is None:
        pytest.skip("scrapyd is not installed (pip install -e '.[cluster]')")
    home = tmp_path / "scrapyd"
    home.mkdir()
    port = free_port()
    (home / "scrapyd.conf").write_text(
        f"[scrapyd]\nbind_address = 127.0.0.1\nhttp_port = {port}\npoll_interval = 0.5\n"
        "eggs_dir = eggs\nlogs_dir = logs\ndbs_dir = dbs\n"
    )
    env = {**os.environ, "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": ""}
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "scrapyd")],
        cwd=home,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    wait_until(lambda: ready(base))
    yield base, home
    process.kill()
    process.wait()


def ready(base: str) -> bool:
    try:
        return scrapyd_api(base, "daemonstatus.json")["status"] == "ok"
    except OSError:
        return False


def test_workers_run_as_scrapyd_jobs(scrapyd, redis_server, demo_portal, local_articles, tmp_path):
    base, home = scrapyd
    project = tmp_path / "project"  # a copy: the egg build writes build/ and *.egg-info beside setup.py
    for name in PROJECT_FILES:
        copy = shutil.copytree if (ROOT / name).is_dir() else shutil.copy
        copy(
            ROOT / name,
            project / name,
            **({"ignore": shutil.ignore_patterns("__pycache__", "*.so", "*.c")} if copy is shutil.copytree else {}),
        )
    deploy = subprocess.run(
        [str(Path(sys.executable).parent / "scrapyd-deploy"), "cluster"],
        cwd=project,
        env={**os.environ, "SCRAPYD_URL": base},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert deploy.returncode == 0, deploy.stderr
    assert scrapyd_api(base, "listspiders.json?project=govnews-archiver")["spiders"] == ["cluster", "portal"]

    cycle(redis_server.url, demo_portal)
    settings = [("setting", f"REDIS_URL={redis_server.url}"), ("setting", "CLUSTER_HOST_DELAY=0")]
    jobs = [
        scrapyd_api(
            base,
            "schedule.json",
            [("project", "govnews-archiver"), ("spider", "cluster"), ("until_idle", "2"), *settings],
        )["jobid"]
        for _ in range(2)
    ]
    wait_until(lambda: len(scrapyd_api(base, "listjobs.json?project=govnews-archiver")["finished"]) == 2, timeout=300)
    logs = [(home / "logs" / "govnews-archiver" / "cluster" / f"{job}.log").read_text() for job in jobs]
    db = tmp_path / "cluster.db"
    finished(archiver("ingest", "--redis", redis_server.url, "--db", db, "--until-idle", "1", "-q"))
    assert articles(db) == local_articles, "\n".join(log[-3000:] for log in logs)
    for log in logs:
        assert "Traceback" not in log and "eprecat" not in log, log


def test_a_worker_refuses_what_a_local_crawl_refuses_with_the_same_flags(redis_server, tmp_path):
    """--max-size and --timeout, as `archiver crawl` has them: the same outcomes recorded."""
    bomb()  # built once before the crawl, so that building it does not count against --timeout
    server, _, other, _, base = serve_hostile(tmp_path)
    db = tmp_path / "cluster.db"
    try:
        starts = [arg for path in ("/bomb.html", "/endless.html", "/slow.html") for arg in ("--url", base + path)]
        assert run_archiver("cycle", *starts, "--redis", redis_server.url).returncode == 0
        finished(
            archiver(
                "worker",
                "--redis",
                redis_server.url,
                "--delay",
                "0",
                "--until-idle",
                "1",
                "--max-size",
                "1",
                "--timeout",
                "2",  # /slow.html answers after SLOW (5) seconds
            )
        )
    finally:
        server.shutdown()
        other.shutdown()
    finished(archiver("ingest", "--redis", redis_server.url, "--db", db, "--until-idle", "1", "-q"))
    assert rows(db, "SELECT substr(url, instr(url, '.1:') + 3), error FROM captures ORDER BY 1") == [
        (f"{base.rsplit(':', 1)[1]}/bomb.html", "too_large"),
        (f"{base.rsplit(':', 1)[1]}/endless.html", "too_large"),
        (f"{base.rsplit(':', 1)[1]}/slow.html", "timeout"),
    ]


def test_a_worker_joining_a_frontier_that_holds_requests_logs_no_deprecation(redis_server, demo_portal, tmp_path):
    """A second worker (or Scrapyd job) starting while the shared queue holds requests: scrapy-redis 0.9.1
    says "Resuming crawl" through the deprecated Spider.log() then (the Scrapyd test's flake)."""
    import scrapy
    from scrapy_redis import picklecompat

    from archiver.cluster.compat import SpreadPriorityQueue
    from spiders.cluster import ClusterSpider

    cycle(redis_server.url, demo_portal)
    spider = ClusterSpider()
    spider.server = redis_server.client()
    spider.follow_cycle()  # as a worker does before it queues a request
    url = f"{demo_portal}/gioi-thieu.html"
    meta = {"site": "demo", "kind": "article", "cycle": 1}
    queued = scrapy.Request(url, callback=spider.parse_article, meta=meta, dont_filter=True)
    SpreadPriorityQueue(redis_server.client(), spider, "archiver:requests", picklecompat).push(queued)
    log = finished(archiver("worker", "--redis", redis_server.url, "--delay", "0", "--until-idle", "1", "-v"))
    assert "eprecat" not in log, log
    assert "Resuming crawl (1 requests scheduled)" in log
    assert url.encode() in redis_server.client().smembers("archiver:fetched:1")


def test_one_host_gets_one_turn_per_delay_whatever_the_workers(redis_server):
    """The shared per-host delay's step: one turn, then a wait until the delay has passed, per host."""
    from archiver.cluster.throttle import TAKE_TURN

    client = redis_server.client()
    take_turn = client.register_script(TAKE_TURN)
    assert take_turn(keys=["archiver:host:127.0.0.2:80"], args=[10_000]) == 0  # the first request goes
    wait = take_turn(keys=["archiver:host:127.0.0.2:80"], args=[10_000])  # another worker, same host: waits
    assert 9_000 < wait <= 10_000
    assert take_turn(keys=["archiver:host:127.0.0.3:80"], args=[10_000]) == 0  # another host does not


class SlowPortal(ThreadingHTTPServer):
    """A portal on 127.0.0.1 that answers every request `latency` seconds after it arrives (robots.txt: 404),
    noting each arrival's time."""

    daemon_threads = True

    def __init__(self, latency: float):
        from http.server import BaseHTTPRequestHandler

        self.arrivals: list[float] = []
        portal = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                portal.arrivals.append(time.monotonic())
                time.sleep(latency)
                body = f"<html><head><title>Tin {self.path}</title></head><body><p>Nội dung.</p></body></html>"
                self.send_response(404 if self.path == "/robots.txt" else 200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body.encode())))
                self.end_headers()
                self.wfile.write(body.encode())

            def log_message(self, *args):
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.serve_forever, daemon=True).start()
        self.base = f"http://127.0.0.1:{self.server_address[1]}"


def test_workers_keep_a_slow_hosts_requests_a_delay_apart(redis_server):
    """Three workers, one host that takes 1 s to answer and a delay of 0.4 s: no two requests closer than the
    delay allows (less what a busy machine may add between a turn and its request). A turn taken while the
    worker's own request to that host was still unanswered was sent late, close behind another worker's."""
    portal = SlowPortal(latency=1.0)
    try:
        starts = [arg for n in range(12) for arg in ("--url", f"{portal.base}/tin-{n}.html")]
        assert run_archiver("cycle", *starts, "--redis", redis_server.url).returncode == 0
        workers = [
            archiver("worker", "--redis", redis_server.url, "--delay", "0.4", "--until-idle", "2", "--id", f"w{i}")
            for i in range(3)
        ]
        for worker in workers:
            finished(worker)
    finally:
        portal.shutdown()
    arrivals = sorted(portal.arrivals)
    assert len(arrivals) >= 12 + 1  # the pages and at least one robots.txt
    gaps = [b - a for a, b in itertools.pairwise(arrivals)]
    assert min(gaps) > 0.25, [round(g, 3) for g in gaps]


@pytest.mark.parametrize(
    "args",
    [
        ("worker", "--redis", "localhost:6379"),
        ("ingest", "--redis", "redis://127.0.0.1:{port}/0", "--db", "x.db"),
        ("cycle", "demo", "--redis", "redis://127.0.0.1:{port}/0"),
    ],
)
def test_a_wrong_or_unreachable_redis_is_one_line(args, tmp_path):
    port = free_port()  # nothing listens there
    result = run_archiver(*(a.format(port=port) for a in args), cwd=tmp_path)
    assert_one_line_error(result, 1)
    assert "Redis" in result.stderr


def test_a_cycle_needs_sites_and_a_base_url_for_relative_starts(redis_server):
    assert_one_line_error(run_archiver("cycle", "--redis", redis_server.url), 2)  # usage errors, as for archiver crawl
    result = run_archiver("cycle", "demo", "--redis", redis_server.url)
    assert_one_line_error(result, 2)  # usage errors, as for archiver crawl
    assert "--base-url" in result.stderr
