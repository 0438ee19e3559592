"""The cluster: `archiver cycle`, workers and one ingest against a real redis-server and a local portal."""

import os
import subprocess
import sys

import pytest
from conftest import DEMO_SITE, ROOT, rows, run_archiver
from redis_server import RedisServer, redis_available

from archiver.localserver import serve

pytestmark = pytest.mark.skipif(not redis_available(), reason="redis-server is not installed (see .ci/run)")


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


def test_a_second_cycle_fetches_no_archived_article(redis_server, demo_portal, tmp_path):
    db = tmp_path / "cluster.db"
    for _ in range(2):
        cycle(redis_server.url, demo_portal)
        finished(archiver("worker", "--redis", redis_server.url, "--delay", "0", "--until-idle", "1"))
        finished(archiver("ingest", "--redis", redis_server.url, "--db", db, "--until-idle", "1", "-q"))
    assert rows(db, "SELECT count(*) FROM captures WHERE kind = 'article'") == [(25,)]  # 24 and the missing one
    assert rows(db, "SELECT count(*) FROM articles") == [(24,)]
    assert rows(db, "SELECT count(*) FROM crawls") == [(2,)]
