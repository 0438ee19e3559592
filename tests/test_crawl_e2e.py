"""Whole crawls: a real HTTP server on 127.0.0.1, `archiver crawl` in a subprocess, then the SQLite file."""

import json
import re
import shutil

import pytest
from conftest import DEMO_SITE, FIXTURES, archiver, assert_one_line_error, free_port, rows, run_archiver
from portal_server import serve_traps

pytestmark = pytest.mark.e2e

ARTICLES = sorted((DEMO_SITE / "tin-hoat-dong").glob("*.aspx"))
LISTED = {  # the articles the listing pages link to (one more is linked only from the home page)
    name
    for page in (DEMO_SITE / "tin-hoat-dong").glob("*.html")
    for name in re.findall(
        r'class="news-title" href="(?:/tin-hoat-dong/)?([^"/]+\.aspx)"', page.read_text(encoding="utf-8")
    )
    if (DEMO_SITE / "tin-hoat-dong" / name).exists()
}


def crawl(*args):
    result = run_archiver("crawl", *args, "--delay", "0", "-q")
    assert "Traceback" not in result.stderr, result.stderr
    return result


def test_profile_crawl_archives_every_listed_article(demo_crawl, demo_archive):
    db, result = demo_archive, demo_crawl.result  # the run's one `archiver crawl demo`
    assert result.returncode == 3, result.stdout + result.stderr  # partial: the listing links one missing page
    assert "http_404 1" in result.stdout
    archived = {url.rsplit("/", 1)[1] for (url,) in rows(db, "SELECT url FROM articles")}
    assert archived == LISTED and len(LISTED) >= 20
    assert rows(db, "SELECT count(*) FROM articles WHERE title IS NULL OR body IS NULL") == [(0,)]
    # every response is kept, the 404 included, with its reason
    assert rows(db, "SELECT count(*) FROM captures WHERE status = 404 AND error = 'http_404'") == [(1,)]
    assert rows(db, "SELECT count(*) FROM captures WHERE kind = 'listing'")[0][0] >= 3
    # the article with no date is stored, and the missing date recorded
    assert rows(db, "SELECT count(*) FROM articles WHERE published_at IS NULL") == [(1,)]
    assert rows(db, "SELECT field FROM extraction_issues") == [("published_at",)]
    crawl_row = rows(db, "SELECT finish_reason, articles_new, errors FROM crawls")
    assert crawl_row == [("finished", len(LISTED), 1)]
    # the article rows point at a capture whose bytes are the page as served
    url, sha = rows(db, "SELECT a.url, c.sha256 FROM articles a JOIN captures c ON c.id = a.capture_id LIMIT 1")[0]
    import hashlib

    assert sha == hashlib.sha256((DEMO_SITE / "tin-hoat-dong" / url.rsplit("/", 1)[1]).read_bytes()).hexdigest()


def test_second_crawl_adds_no_article_rows(demo_portal, demo_archive):
    db = demo_archive  # after one crawl of demo_portal
    first = rows(db, "SELECT canonical_url, content_hash FROM articles ORDER BY 1")
    crawl("demo", "--base-url", demo_portal, "--db", db)
    assert rows(db, "SELECT canonical_url, content_hash FROM articles ORDER BY 1") == first
    assert rows(db, "SELECT count(*) FROM crawls") == [(2,)]
    assert rows(db, "SELECT count(*) FROM article_versions") == [(0,)]


def test_generic_crawl_recognises_articles_by_content(demo_portal, tmp_path):
    db = tmp_path / "a.db"
    crawl("--url", f"{demo_portal}/index.html", "--db", db)
    archived = {url.rsplit("/", 1)[1] for (url,) in rows(db, "SELECT url FROM articles")}
    assert archived == {p.name for p in ARTICLES}  # listings and the home page are not articles
    assert rows(db, "SELECT count(*) FROM articles WHERE title IS NULL OR body IS NULL") == [(0,)]
    assert rows(db, "SELECT DISTINCT site FROM articles") == [("127.0.0.1",)]
    before = rows(db, "SELECT count(*) FROM articles")
    crawl("--url", f"{demo_portal}/index.html", "--db", db)
    assert rows(db, "SELECT count(*) FROM articles") == before


def test_max_pages_caps_the_fetches(demo_portal, tmp_path):
    db = tmp_path / "a.db"
    crawl("demo", "--base-url", demo_portal, "--db", db, "--max-pages", "5")
    assert rows(db, "SELECT count(*) FROM captures") == [(5,)]


def test_since_skips_older_articles_and_stops_paginating(demo_portal, demo_archive, tmp_path):
    db_all, db_recent = demo_archive, tmp_path / "recent.db"  # db_all: a crawl of demo_portal without --since
    dates = sorted(d for (d,) in rows(db_all, "SELECT published_at FROM articles WHERE published_at IS NOT NULL"))
    cutoff = dates[-8][:10]  # inside the first listing page: the second is all older, the third never asked for
    crawl("demo", "--base-url", demo_portal, "--db", db_recent, "--since", cutoff)
    recent = rows(db_recent, "SELECT published_at FROM articles WHERE published_at IS NOT NULL")
    assert recent and all(d[:10] >= cutoff for (d,) in recent)
    assert len(recent) < len(dates)
    listings = lambda db: rows(db, "SELECT count(*) FROM captures WHERE kind = 'listing'")[0][0]  # noqa: E731
    assert listings(db_recent) < listings(db_all)


def test_bad_responses_are_kept_counted_and_the_crawl_goes_on(tmp_path):
    site = tmp_path / "site"
    (site / "trap").mkdir(parents=True)
    shutil.copy(FIXTURES / "bad" / "malformed.html", site / "malformed.html")
    shutil.copy(FIXTURES / "bad" / "nodate.html", site / "nodate.html")
    shutil.copy(FIXTURES / "bad" / "cp1258.html", site / "cp1258.html")
    links = [
        "malformed.html",
        "nodate.html",
        "cp1258.html",
        "missing.html",
        "trap/error-500.html",
        "trap/slow.html",
        "trap/loop.html",
        "trap/download.aspx",
    ]
    (site / "index.html").write_text(
        "<html><body>" + "".join(f'<a href="/{h}">{h}</a> ' for h in links) + "</body></html>"
    )
    server, base = serve_traps(site)
    try:
        db = tmp_path / "a.db"
        result = run_archiver(
            "crawl", "--url", f"{base}/index.html", "--db", db, "--delay", "0", "--timeout", "1", "-q"
        )
    finally:
        server.shutdown()
    assert result.returncode == 3, result.stdout + result.stderr  # finished, with errors
    assert "Traceback" not in result.stderr
    errors = dict(rows(db, "SELECT url, error FROM captures WHERE error IS NOT NULL"))
    by_name = {url.rsplit("/", 1)[1]: reason for url, reason in errors.items()}
    assert by_name["missing.html"] == "http_404"
    assert by_name["error-500.html"] == "http_500"
    assert by_name["slow.html"] == "timeout"
    assert by_name["loop.html"] == "redirect_loop"
    assert by_name["download.aspx"] == "not_html"
    titles = dict(rows(db, "SELECT url, title FROM articles"))
    names = {url.rsplit("/", 1)[1] for url in titles}
    assert {"malformed.html", "nodate.html", "cp1258.html"} <= names
    cp1258_title = next(t for u, t in titles.items() if u.endswith("cp1258.html"))
    assert "\ufffd" not in cp1258_title and cp1258_title.isprintable()
    nodate = rows(db, "SELECT canonical_url FROM articles WHERE url LIKE '%/nodate.html'")[0][0]
    assert rows(db, "SELECT field FROM extraction_issues WHERE url = ?", (nodate,)) == [("published_at",)]
    assert "http_500" in result.stdout and "timeout" in result.stdout


def test_stats_and_export_read_the_crawled_archive(demo_archive):
    db = demo_archive
    stats = archiver("stats", "--db", db, "--json")
    assert stats.returncode == 0, stats.stderr
    sections = json.loads(stats.stdout)
    assert sections["articles per site"][0]["site"] == "demo"
    assert sections["articles per site"][0]["articles"] == len(LISTED)
    assert sum(row["articles"] for row in sections["articles per month"]) == len(LISTED)
    fill = sections["field fill rates (% of articles)"][0]
    assert fill["title"] == 100 and fill["body"] == 100 and fill["published_at"] < 100  # one has no date
    table = archiver("stats", "--db", db).stdout
    assert "articles per month" in table and "2020-05" in table
    # a subprocess: export writes to file descriptor 1 itself, which click's runner does not capture
    exported = run_archiver("export", "--db", db, "--format", "jsonl", "--since", "2020-01-01").stdout.splitlines()
    records = [json.loads(line) for line in exported]
    assert records and all(r["published_at"] >= "2020-01-01" for r in records)
    assert all(r["capture_id"] and len(r["sha256"]) == 64 and r["fetched_at"] for r in records)


def test_demo_serves_crawls_and_says_what_to_try(tmp_path):
    db, port = tmp_path / "demo.db", free_port()
    first = run_archiver("demo", "--db", db, "--port", port)
    assert first.returncode == 0, first.stderr
    assert "Try next:" in first.stdout and f"archiver stats --db {db}" in first.stdout
    assert rows(db, "SELECT count(*) FROM articles") == [(len(LISTED),)]
    again = run_archiver("demo", "--db", db, "--port", port)
    assert again.returncode == 0 and "0 new articles" in again.stdout
    assert rows(db, "SELECT count(*) FROM articles") == [(len(LISTED),)]


def test_demo_on_a_busy_port_is_one_line(tmp_path):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        result = archiver("demo", "--db", tmp_path / "d.db", "--port", busy.getsockname()[1])
    assert_one_line_error(result, 1)
    assert "try --port 0" in result.stderr
