"""What a crawl covered: a crawl cut short (Ctrl-C, --max-pages, --since, killed) is recorded as such and
the next plain crawl finishes its walk; a crawl that finds nothing says so; the crawls table tells the truth.

The portal is the demo site on Python's http.server, which answers If-Modified-Since with 304, as a real
portal does: the case in which a cut-short crawl used to lose the rest of the portal for good.
"""

import json
import shutil
import signal
import subprocess
import sys
import threading
import time
from functools import partial
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import DEMO_SITE, FIXTURES, ROOT, assert_one_line_error, rows, run_archiver

from archiver.localserver import PortalHandler, serve

pytestmark = pytest.mark.e2e

ARTICLE_ROWS = "SELECT canonical_url, title, published_at, author, body FROM articles ORDER BY 1"


class SlowArticles(PortalHandler):
    """Article pages take `slow` seconds when set, so that a crawl can be stopped half-way through; `served`
    counts the article pages answered (the portal's own view of how far the crawl has gone)."""

    slow = 0.0
    served = 0
    lock = threading.Lock()

    def do_GET(self):
        if self.path.endswith(".aspx"):
            time.sleep(type(self).slow)
            with self.lock:
                type(self).served += 1
        super().do_GET()


@pytest.fixture
def portal(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(DEMO_SITE, site)
    server, base = serve(site)
    yield site, base
    server.shutdown()


@pytest.fixture
def slow_portal():
    handler = type("Handler", (SlowArticles,), {})  # its own counters
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(DEMO_SITE)))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", handler
    server.shutdown()


def crawl(base, db, *extra, site="demo"):
    result = run_archiver("crawl", site, "--base-url", base, "--db", db, "--delay", "0", "-q", *extra)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def one_uninterrupted_crawl(base, tmp_path):
    clean = tmp_path / "clean.db"
    crawl(base, clean)
    return rows(clean, ARTICLE_ROWS)


def start_crawl(base, db) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "archiver", "crawl", "demo", "--base-url", base, "--db", str(db), "--delay", "0", "-q"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": ""},
    )


def stop_mid_crawl(portal, db, sig, before=lambda pid: None) -> subprocess.Popen:
    """Start a crawl of the slowed portal; once it has been served a few articles, send it `sig`."""
    base, handler = portal
    handler.slow, handler.served = 0.3, 0
    proc = start_crawl(base, db)
    deadline = time.monotonic() + 60
    while handler.served < 4 and time.monotonic() < deadline:
        assert proc.poll() is None, "the crawl ended before it could be stopped"
        time.sleep(0.02)
    before(proc.pid)
    proc.send_signal(sig)
    return proc


def test_ctrl_c_mid_crawl_then_a_plain_crawl_archives_everything(slow_portal, tmp_path):
    base, _ = slow_portal
    expected = one_uninterrupted_crawl(base, tmp_path)
    db = tmp_path / "a.db"
    proc = stop_mid_crawl(slow_portal, db, signal.SIGINT)  # one Ctrl-C: Scrapy stops gracefully
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, out + err
    assert "Traceback" not in err
    assert "crawl 1 interrupted" in out
    assert rows(db, "SELECT finish_reason FROM crawls") == [("interrupted",)]
    assert rows(db, "SELECT count(*) FROM articles")[0][0] < len(expected)  # it was cut short
    assert rows(db, "SELECT DISTINCT complete, reason FROM coverage") == [(0, "interrupted")]
    again = crawl(base, db)
    assert "crawl 2 finished" in again.stdout
    assert rows(db, ARTICLE_ROWS) == expected
    assert rows(db, "SELECT DISTINCT complete FROM coverage") == [(1,)]


def test_max_pages_then_a_plain_crawl_archives_everything(portal, tmp_path):
    _, base = portal
    expected = one_uninterrupted_crawl(base, tmp_path)
    db = tmp_path / "a.db"
    first = crawl(base, db, "--max-pages", "5")
    assert first.returncode == 0, first.stdout + first.stderr  # cut short as asked: not a failure
    assert "crawl 1 budget" in first.stdout and "not walked to their end (budget)" in first.stdout
    assert rows(db, "SELECT finish_reason FROM crawls") == [("budget",)]
    crawl(base, db)
    assert rows(db, ARTICLE_ROWS) == expected
    assert rows(db, "SELECT finish_reason FROM crawls ORDER BY id") == [("budget",), ("finished",)]
    # walked to its end now: the next crawl asks conditionally and stops at the first listing (304)
    third = crawl(base, db)
    assert rows(db, "SELECT status FROM captures WHERE crawl_id = 3 AND kind = 'listing'") == [(304,)]
    assert third.returncode == 0 or "http_404" in third.stdout


def test_since_then_a_plain_crawl_archives_everything(portal, tmp_path):
    _, base = portal
    expected = one_uninterrupted_crawl(base, tmp_path)
    dates = sorted(d for (_, _, d, _, _) in expected if d)
    db = tmp_path / "a.db"
    crawl(base, db, "--since", dates[-8][:10])
    assert rows(db, "SELECT finish_reason FROM crawls") == [("since",)]
    assert rows(db, "SELECT count(*) FROM articles")[0][0] < len(expected)
    crawl(base, db)
    assert rows(db, ARTICLE_ROWS) == expected


def test_full_walks_every_listing_without_conditional_headers(portal, tmp_path):
    _, base = portal
    db = tmp_path / "a.db"
    crawl(base, db)
    listings = rows(db, "SELECT count(*) FROM captures WHERE crawl_id = 1 AND kind = 'listing'")[0][0]
    crawl(base, db, "--full")
    sent = rows(db, "SELECT status, request_headers FROM captures WHERE crawl_id = 2 AND kind = 'listing'")
    assert len(sent) == listings and {status for status, _ in sent} == {200}
    assert not any("If-Modified-Since" in headers or "If-None-Match" in headers for _, headers in sent)


def test_a_killed_crawls_row_is_repaired_and_every_setting_recorded(slow_portal, tmp_path):
    base, handler = slow_portal
    db, workers = tmp_path / "a.db", []
    proc = stop_mid_crawl(slow_portal, db, signal.SIGKILL, before=lambda pid: workers.extend(children(pid)))
    proc.communicate(timeout=60)
    wait_for_exit(workers)  # the storage process, left alone, stores what reached it and writes the row's counts
    handler.slow = 0
    crawl(base, db, "--refresh-days", "0", "--full")
    (pages, new, reason, finished) = rows(
        db, "SELECT pages, articles_new, finish_reason, finished_at FROM crawls WHERE id = 1"
    )[0]
    assert reason == "killed" and finished
    assert rows(db, "SELECT reason FROM coverage") == [(None,)]  # 'killed' until the second crawl completed it
    assert pages == rows(db, "SELECT count(*) FROM captures WHERE crawl_id = 1")[0][0] > 0
    assert new >= 3
    settings = json.loads(rows(db, "SELECT settings FROM crawls WHERE id = 2")[0][0])
    assert settings["base_url"] == base and settings["full"] is True and settings["refresh_days"] == 0
    assert settings["sites"] == ["demo"] and settings["urls"] == [] and settings["delay"] == 0


def children(pid: int) -> list[int]:
    tasks = Path(f"/proc/{pid}/task")
    return [int(c) for task in tasks.iterdir() for c in (task / "children").read_text().split()]


def wait_for_exit(pids: list[int], seconds: float = 30) -> None:
    """Until these processes are gone (bounded)."""
    deadline = time.monotonic() + seconds
    while any(Path(f"/proc/{pid}").exists() for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.05)


def test_crawls_lists_every_crawl_and_the_coverage(portal, tmp_path):
    _, base = portal
    db = tmp_path / "a.db"
    for extra in (["--max-pages", "3"], [], [], [], [], []):
        crawl(base, db, *extra)
    listed = run_archiver("crawls", "--db", db)
    assert listed.returncode == 0, listed.stderr
    table = listed.stdout.split("\n\ncoverage\n")[0]
    assert len([line for line in table.splitlines() if line.split()[:1] and line.split()[0].isdigit()]) == 6  # stats: 5
    assert "budget" in table
    data = json.loads(run_archiver("crawls", "--db", db, "--limit", "2", "--json").stdout)
    assert [c["id"] for c in data["crawls"]] == [6, 5]
    assert data["crawls"][0]["settings"]["base_url"] == base
    assert [(c["site"], c["coverage"]) for c in data["coverage"]] == [("demo", "complete")]
    assert json.loads(run_archiver("crawls", "--db", db, "--site", "other", "--json").stdout)["crawls"] == []


def test_listing_pages_matching_no_selector_warn_and_exit_3(portal, tmp_path):
    site, base = portal
    for page in (site / "tin-hoat-dong").glob("*.html"):  # the portal's new template renames its list items
        page.write_text(page.read_text(encoding="utf-8").replace("news-item", "tin-bai"), encoding="utf-8")
    result = crawl(base, tmp_path / "a.db")
    assert result.returncode == 3, result.stdout + result.stderr
    assert "WARNING found nothing: demo:" in result.stdout
    assert "listing_item 'li.news-item' matched nothing" in result.stdout


def test_a_generic_crawl_of_directory_listings_warns_and_exits_3(tmp_path):
    folder = tmp_path / "files"
    (folder / "docs").mkdir(parents=True)
    (folder / "docs" / "readme.txt").write_text("not a portal")
    server, base = serve(folder)
    try:
        result = run_archiver("crawl", "--url", f"{base}/", "--db", tmp_path / "a.db", "--delay", "0", "-q")
    finally:
        server.shutdown()
    assert result.returncode == 3, result.stdout + result.stderr
    assert "WARNING found nothing: 127.0.0.1: no page read as an article" in result.stdout


def test_nothing_new_tonight_is_not_a_failure(portal, tmp_path):
    _, base = portal
    db = tmp_path / "a.db"
    crawl(base, db)
    again = crawl(base, db)
    assert "found nothing" not in again.stdout
    assert "0 new articles" in again.stdout


def test_a_dead_navigation_link_is_counted_not_failed(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    shutil.copy(FIXTURES / "bad" / "nodate.html", site / "nodate.html")
    (site / "index.html").write_text(
        '<html><body><a href="/nodate.html">a</a> <a href="/gone.html">b</a></body></html>'
    )
    server, base = serve(site)
    try:
        result = run_archiver("crawl", "--url", f"{base}/index.html", "--db", tmp_path / "a.db", "--delay", "0", "-q")
    finally:
        server.shutdown()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "dead links in the portal's navigation, not errors: http_404 1" in result.stdout
    assert rows(tmp_path / "a.db", "SELECT error FROM captures WHERE url LIKE '%gone.html'") == [("http_404",)]


@pytest.mark.parametrize(
    "args",
    [
        ["crawl"],
        ["crawl", "nosuchsite"],
        ["export", "--site", "nosuchsite"],
        ["search", "--site", "nosuchsite", "mat tran"],
        ["reparse", "--site", "nosuchsite"],
    ],
)
def test_usage_errors_exit_2(args, portal, tmp_path):
    _, base = portal
    db = tmp_path / "a.db"
    crawl(base, db, "--max-pages", "2")
    result = run_archiver(*args, "--db", db)
    assert_one_line_error(result, 2)
    if "--site" in args or "nosuchsite" in args:
        assert "unknown site 'nosuchsite'" in result.stderr


def test_serve_on_a_busy_port_is_one_line(portal, tmp_path):
    pytest.importorskip("datasette")
    import socket

    _, base = portal
    db = tmp_path / "a.db"
    crawl(base, db, "--max-pages", "2")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        result = run_archiver("serve", "--db", db, "--port", busy.getsockname()[1])
    assert_one_line_error(result, 1)
    assert "cannot serve on 127.0.0.1:" in result.stderr


class BrokenArticle(PortalHandler):
    """Answers 503 for the article page `broken` names, until it is set to None (the server fixed)."""

    broken: str | None = None

    def do_GET(self):
        if self.path == type(self).broken:
            self.send_response(503)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        super().do_GET()


def test_an_article_that_failed_is_fetched_again_by_the_next_plain_crawl(tmp_path):
    """Run 1: one article answers 503 (its listing chain is walked to its end); run 2: the server is fixed and
    the listings answer 304, yet the article is fetched and stored."""
    handler = type("Handler", (BrokenArticle,), {})
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(DEMO_SITE)))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        expected = one_uninterrupted_crawl(base, tmp_path)
        article = sorted(DEMO_SITE.glob("tin-hoat-dong/*.aspx"))[0]
        handler.broken = "/" + article.relative_to(DEMO_SITE).as_posix()
        db = tmp_path / "a.db"
        first = crawl(base, db)
        assert first.returncode == 3 and "http_503" in first.stdout, first.stdout
        assert rows(db, "SELECT count(*) FROM articles")[0][0] == len(expected) - 1
        assert rows(db, "SELECT DISTINCT complete FROM coverage") == [(1,)]  # the listings were all walked
        handler.broken = None
        second = crawl(base, db)
        assert second.returncode == 0, second.stdout + second.stderr
        assert "1 article that failed before fetched again" in second.stdout, second.stdout
        assert {
            status for (status,) in rows(db, "SELECT status FROM captures WHERE crawl_id = 2 AND kind = 'listing'")
        } == {304}
        assert rows(db, ARTICLE_ROWS) == expected
        # stored now: a third crawl does not ask for it again
        crawl(base, db)
        assert rows(db, "SELECT count(*) FROM captures WHERE crawl_id = 3 AND kind = 'article'") == [(0,)]
    finally:
        server.shutdown()
