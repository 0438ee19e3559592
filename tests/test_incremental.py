"""Re-runs: incremental crawls, refreshes that catch edits and view counts, and crashes mid-crawl."""

import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from conftest import DEMO_SITE, ROOT, archiver, rows, run_archiver

from archiver.localserver import serve

pytestmark = pytest.mark.e2e


@pytest.fixture
def portal(tmp_path):
    """A copy of the demo portal that a test may edit, served on 127.0.0.1."""
    site = tmp_path / "site"
    shutil.copytree(DEMO_SITE, site)
    server, base = serve(site)
    yield site, base
    server.shutdown()


def crawl(base, db, *extra):
    result = run_archiver("crawl", "demo", "--base-url", base, "--db", db, "--delay", "0", "-q", *extra)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def touch_later(page):
    """Give an edited page a modification time no earlier response had, so a conditional request sees the change
    (without waiting for the clock's next second)."""
    later = time.time() + 2
    os.utime(page, (later, later))


def captures_of(db, crawl_id):
    return rows(db, "SELECT count(*) FROM captures WHERE crawl_id = ?", (crawl_id,))[0][0]


def test_second_crawl_of_an_unchanged_portal_sends_few_requests(demo_crawl, demo_archive):
    db = demo_archive  # after one crawl of the demo portal at demo_crawl.base
    result = crawl(demo_crawl.base, db)
    assert captures_of(db, 2) <= 0.1 * captures_of(db, 1)
    assert "unchanged since the last crawl" in result.stdout
    assert rows(db, "SELECT articles_new, articles_changed FROM crawls WHERE id = 2") == [(0, 0)]


def test_new_article_on_a_listing_is_the_only_article_fetched(portal, tmp_path):
    site, base = portal
    db = tmp_path / "a.db"
    crawl(base, db)
    listing = site / "tin-hoat-dong" / "index.html"
    article = next((site / "tin-hoat-dong").glob("*.aspx"))
    fresh = article.with_name("bai-moi-99999.aspx")
    fresh.write_bytes(article.read_bytes().replace(b"<title>", b"<title>M\xe1\xbb\x9bi: "))
    html = listing.read_text(encoding="utf-8")
    first_item = html.index('<li class="news-item"')
    listing.write_text(
        html[:first_item] + f'<li class="news-item"><a class="news-title" href="{fresh.name}">Bài mới</a>'
        '<span class="news-date">28/05/2020 09:00</span></li>\n' + html[first_item:],
        encoding="utf-8",
    )
    crawl(base, db)
    fetched = {
        url.rsplit("/", 1)[1] for (url,) in rows(db, "SELECT url FROM captures WHERE crawl_id = 2 AND kind = 'article'")
    }
    assert fetched == {fresh.name}
    assert rows(db, "SELECT count(*) FROM articles WHERE url LIKE '%bai-moi-99999.aspx'") == [(1,)]


def test_refresh_catches_an_edit_and_a_new_view_count(portal, tmp_path):
    site, base = portal
    db = tmp_path / "a.db"
    crawl(base, db)
    url, views, body = rows(db, "SELECT url, views, body FROM articles WHERE views IS NOT NULL LIMIT 1")[0]
    page = site / "tin-hoat-dong" / url.rsplit("/", 1)[1]
    html = page.read_text(encoding="utf-8")
    first_sentence = body.split("\n\n")[0][:40]
    edited = html.replace(first_sentence, first_sentence + " (đã sửa)", 1).replace(str(views), str(views + 50))
    assert edited != html
    page.write_text(edited, encoding="utf-8")
    touch_later(page)
    crawl(base, db, "--refresh-days", "30")
    assert rows(db, "SELECT views FROM articles WHERE url = ?", (url,)) == [(views + 50,)]
    series = rows(db, "SELECT views FROM article_views WHERE canonical_url = ? ORDER BY fetched_at", (url,))
    assert [v for (v,) in series] == [views, views + 50]
    versions = rows(db, "SELECT body, old_capture_id < new_capture_id FROM article_versions")
    assert len(versions) == 1 and versions[0][0] == body and versions[0][1] == 1


def start_crawl(base, db, delay="0.05") -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "archiver",
            "crawl",
            "demo",
            "--base-url",
            base,
            "--db",
            str(db),
            "--delay",
            delay,
            "--no-autothrottle",
            "-q",
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": ""},
    )


def test_crawl_killed_at_random_moments_ends_like_an_uninterrupted_one(demo_crawl, demo_archive, tmp_path):
    base, clean, killed = demo_crawl.base, demo_archive, tmp_path / "killed.db"  # clean: one uninterrupted crawl
    rng = random.Random(2020)
    for _ in range(3):
        proc = start_crawl(base, killed)
        time.sleep(rng.uniform(0.8, 2.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if killed.exists():
            assert rows(killed, "PRAGMA integrity_check") == [("ok",)]
    crawl(base, killed)
    article_rows = "SELECT canonical_url, title, published_at, author, body FROM articles ORDER BY 1"
    assert rows(killed, article_rows) == rows(clean, article_rows)
    assert rows(killed, "SELECT count(*) FROM articles") == rows(clean, "SELECT count(*) FROM articles")


def test_two_crawls_on_one_archive_at_once_are_refused(demo_portal, tmp_path):
    db = tmp_path / "a.db"
    first = start_crawl(demo_portal, db, delay="0.3")
    try:
        deadline = time.monotonic() + 20
        while not (tmp_path / "a.db.lock").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        second = crawl(demo_portal, db)
        if first.poll() is None:  # only meaningful while the first is still running
            assert second.returncode == 1
            assert "another crawl is writing" in second.stderr
    finally:
        first.kill()
        first.wait()


def test_a_template_change_is_flagged_and_exits_3(portal, tmp_path):
    site, base = portal
    db = tmp_path / "a.db"
    assert crawl(base, db).returncode == 3  # the demo portal links one missing page
    for page in (site / "tin-hoat-dong").glob("*.aspx"):  # the portal's new template drops the date line
        html = page.read_text(encoding="utf-8")
        page.write_text(re.sub(r'<div class="post-date">.*?</div>', "", html, flags=re.S), encoding="utf-8")
        touch_later(page)
    result = crawl(base, db, "--refresh-days", "30")
    assert result.returncode == 3
    assert "WARNING template change? demo: published_at found in 0% of articles" in result.stdout
    fill = json.loads(rows(db, "SELECT stats FROM crawls WHERE id = 2")[0][0])["fill"]["demo"]
    assert fill["published_at"] == 0 and fill["body"] == 100


def test_reparse_after_a_real_crawl_brings_articles_up_to_date(demo_archive):
    db = demo_archive  # after a real crawl
    good = rows(db, "SELECT canonical_url, title, author FROM articles ORDER BY 1")
    with sqlite3.connect(db) as conn:  # what an older, worse parser had stored for three articles
        conn.execute(
            "UPDATE articles SET title = 'null ' || title, author = 'admin admin', content_hash = 'old' "
            "WHERE canonical_url IN (SELECT canonical_url FROM articles ORDER BY 1 LIMIT 3)"
        )
    result = archiver("reparse", "--db", db)
    assert result.returncode == 0, result.stderr
    assert "3 changed" in result.stdout
    assert rows(db, "SELECT canonical_url, title, author FROM articles ORDER BY 1") == good
    assert rows(db, "SELECT count(*), min(author) FROM article_versions") == [(3, "admin admin")]
    assert rows(db, "SELECT count(*) FROM articles") == [(len(good),)]
