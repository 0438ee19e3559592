"""The hostile portal (tests/hostile_server.py): what a server can do to the crawler, and what it refuses."""

import gzip
import json
from io import BytesIO
from types import SimpleNamespace

import pytest
from conftest import rows, run_archiver
from hostile_server import LONG_URL, RETRY_AFTER, article, serve_hostile
from scrapy.http import Response
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archiver import htmltree
from archiver.extract import extract
from archiver.middlewares import RetryAfterMiddleware, retry_after_seconds
from archiver.store import decode_payload

URL = "http://127.0.0.1/tin/bai-viet.aspx"


# -- bad input ----------------------------------------------------------------------------------


def test_a_malformed_canonical_link_is_ignored_and_the_page_extracted():
    page = article(head=b'<link rel="canonical" href="http://[x]/">')
    for given in (URL, None):
        ex = extract(page, given, "text/html", None)
        assert ex.is_article and ex.title and ex.body, ex.issues
        assert not [i for i in ex.issues if i[0] == "page"]
    assert extract(page, URL, "text/html", None).canonical_url == URL


def test_a_page_nested_deeper_than_libxml2s_default_is_read():
    ex = extract(article(depth=400), URL, "text/html", None)  # libxml2 stops at 256 by default
    assert ex.is_article and ex.title and ex.body, ex.issues


def test_a_page_nested_deeper_than_the_parser_reads_is_recorded_not_silently_empty():
    ex = extract(article(depth=htmltree.MAX_DEPTH + 100), URL, "text/html", None)
    assert ("page", f"too_deep: elements nested deeper than {htmltree.MAX_DEPTH}, the rest is unread") in ex.issues


# -- the hostile portal, crawled --------------------------------------------------------------

MAX_SIZE_MB = 1  # the bomb expands to BOMB_MB, the stream runs to ENDLESS_MB: both far over it
MEMORY_BOUND_KB = 300 * 1024  # each process; unbounded, the crawl took 1.3 GB (crawler) and 0.8 GB (worker)


def crawl_hostile(tmp_path, *paths, delay="0"):
    server, handler, other, other_handler, base = serve_hostile(tmp_path)
    db = tmp_path / "a.db"
    starts = [arg for p in paths for arg in ("--url", f"{base}{p}")]
    try:
        result = run_archiver(
            "crawl", *starts, "--db", db, "--delay", delay, "--no-autothrottle", "--max-size", MAX_SIZE_MB, "-q"
        )
    finally:
        server.shutdown()
        other.shutdown()
    assert "Traceback" not in result.stderr, result.stderr
    return SimpleNamespace(result=result, db=db, requests=handler.requests, other_requests=other_handler.requests)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    return crawl_hostile(tmp_path_factory.mktemp("hostile"), "/")


def capture_error(db, path: str):
    return rows(db, "SELECT status, error FROM captures WHERE url LIKE ?", (f"http://127.0.0.1:%{path}",))


@pytest.mark.e2e
def test_oversized_responses_are_refused_as_too_large_and_memory_stays_bounded(hostile):
    assert capture_error(hostile.db, "/bomb.html") == [(None, "too_large")]
    assert capture_error(hostile.db, "/endless.html") == [(None, "too_large")]
    assert rows(
        hostile.db, "SELECT count(*) FROM articles WHERE url LIKE '%/bomb.html' OR url LIKE '%/endless.html'"
    ) == [(0,)]
    assert "too_large 2" in hostile.result.stdout
    (stats,) = rows(hostile.db, "SELECT stats FROM crawls")[0]
    stats = json.loads(stats)
    assert stats["crawler_peak_rss_kb"] < MEMORY_BOUND_KB and stats["worker_peak_rss_kb"] < MEMORY_BOUND_KB, stats


@pytest.mark.e2e
def test_redirects_to_other_hosts_are_refused_before_any_request(hostile):
    assert capture_error(hostile.db, "/to-localhost.html") == [(None, "offsite_redirect")]
    assert capture_error(hostile.db, "/to-other-ip.html") == [(None, "offsite_redirect")]
    finals = {f for (f,) in rows(hostile.db, "SELECT final_url FROM captures WHERE error = 'offsite_redirect'")}
    assert {f.split(":")[1] for f in finals} == {"//localhost", "//127.0.0.2"}
    assert not [r for r in hostile.requests if not r[1].startswith("127.0.0.1:")]  # no Host: localhost
    assert hostile.other_requests == []  # not even its robots.txt
    assert rows(hostile.db, "SELECT count(*) FROM articles WHERE url NOT LIKE 'http://127.0.0.1:%'") == [(0,)]


@pytest.mark.e2e
def test_refusals_are_recorded_and_counted_apart_from_errors(hostile):
    assert capture_error(hostile.db, "/private/secret.html") == [(None, "robots_disallowed")]
    assert not [r for r in hostile.requests if r[2].startswith("/private/")]
    assert capture_error(hostile.db, LONG_URL) == [(None, "url_too_long")]
    assert "refused, not errors: offsite_redirect 2, robots_disallowed 1, url_too_long 1" in hostile.result.stdout
    # the two oversized responses are the crawl's only errors: exit 3 for them, not for the refusals
    assert rows(hostile.db, "SELECT errors FROM crawls") == [(2,)]
    assert hostile.result.returncode == 3


@pytest.mark.e2e
def test_bad_canonical_and_deep_pages_are_archived_as_articles(hostile):
    for path in ("/bad-canonical.html", "/deep.html", "/fine.html"):
        assert capture_error(hostile.db, path) == [(200, None)]
        found = rows(hostile.db, "SELECT title, body FROM articles WHERE url LIKE ?", (f"%{path}",))
        assert found and all(found[0]), path


@pytest.mark.e2e
def test_retry_after_holds_every_request_to_the_host(tmp_path):
    # a small delay: at 0 Scrapy 2.19 sends a host's queued requests at once, whatever its concurrency
    crawled = crawl_hostile(tmp_path, "/busy.html", "/unavailable.html", "/fine.html", delay="0.05")
    assert crawled.result.returncode == 0, crawled.result.stdout + crawled.result.stderr
    assert rows(crawled.db, "SELECT count(*) FROM articles") == [(3,)]
    asked = [(t, path) for t, _host, path in crawled.requests if path != "/robots.txt"]
    assert sorted(p for _, p in asked) == sorted(["/busy.html"] * 2 + ["/unavailable.html"] * 2 + ["/fine.html"])
    refused_at = [min(t for t, p in asked if p == path) for path in ("/busy.html", "/unavailable.html")]
    for t in refused_at:  # each answered 429 / 503 with Retry-After: RETRY_AFTER
        next_request = min(u for u, _ in asked if u > t)
        assert next_request - t >= RETRY_AFTER, asked  # to any page of the host, not only the one refused


def test_retry_after_is_read_as_seconds_or_a_date_and_capped():
    assert retry_after_seconds("7", now=0) == 7
    assert retry_after_seconds("Thu, 01 Jan 1970 00:01:40 GMT", now=40) == 60
    assert retry_after_seconds("soon", now=0) is None
    middleware = RetryAfterMiddleware(crawler=None, cap=5)
    url = "http://127.0.0.1/a"
    assert middleware.wait_asked(Response(url, status=429, headers={"Retry-After": "86400"})) == 5
    assert middleware.wait_asked(Response(url, status=503, headers={"Retry-After": "2"})) == 2
    assert middleware.wait_asked(Response(url, status=200, headers={"Retry-After": "2"})) == 0  # only 429 and 503
    assert middleware.wait_asked(Response(url, status=429)) == 0


# -- import-warc --------------------------------------------------------------------------------


def write_warc(path, responses) -> None:
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True, warc_version="1.1")
        for url, body, encoding in responses:
            headers = [("Content-Type", "text/html; charset=utf-8")] + (
                [("Content-Encoding", encoding)] if encoding else []
            )
            record = writer.create_warc_record(
                url,
                "response",
                payload=BytesIO(body),
                length=len(body),
                http_headers=StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1"),
                warc_headers_dict={"WARC-Date": "2023-11-20T07:15:42Z"},
            )
            writer.write_record(record)


def test_import_warc_skips_a_record_with_a_malformed_target_uri_and_goes_on(tmp_path):
    warc = tmp_path / "bad-uri.warc.gz"
    write_warc(warc, [("http://[x]/", article(), None), ("http://127.0.0.1/tin/sau.aspx", article(), None)])
    result = run_archiver("import-warc", warc, "--db", tmp_path / "a.db")
    assert result.returncode == 0, result.stderr
    assert "1 with a malformed target URI" in result.stdout
    assert rows(tmp_path / "a.db", "SELECT url FROM articles") == [("http://127.0.0.1/tin/sau.aspx",)]


def test_import_warc_does_not_expand_a_gzip_bomb(tmp_path):
    bomb = gzip.compress(b"<html><body>" + b"a" * (64 << 20), 9)  # 64 MB once expanded
    warc = tmp_path / "bomb.warc.gz"
    write_warc(warc, [("http://127.0.0.1/bomb.html", bomb, "gzip"), ("http://127.0.0.1/tin/sau.aspx", article(), None)])
    result = run_archiver("import-warc", warc, "--db", tmp_path / "a.db")
    assert result.returncode == 0, result.stderr
    assert "1 too large" in result.stdout
    assert rows(tmp_path / "a.db", "SELECT url FROM articles") == [("http://127.0.0.1/tin/sau.aspx",)]
    assert decode_payload(bomb, "gzip", 1 << 20) == (b"<html><body>" + b"a" * (64 << 20))[: 1 << 20]
