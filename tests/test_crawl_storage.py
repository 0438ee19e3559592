"""A crawl whose pages cannot be stored (a full disk) says so in its summary and its exit status."""

import sqlite3

import pytest
from conftest import DEMO_SITE, rows, run_archiver

from archiver.localserver import serve
from archiver.store import Archive


@pytest.mark.e2e
def test_pages_the_storage_worker_could_not_store_are_errors(tmp_path):
    db = tmp_path / "archive.db"
    Archive(db).close()
    with sqlite3.connect(db) as conn:  # every capture insert fails, as it would on a full disk
        conn.execute(
            "CREATE TRIGGER no_room BEFORE INSERT ON captures BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
        )
    conn.close()
    server, base = serve(DEMO_SITE)
    try:
        result = run_archiver("crawl", "demo", "--base-url", base, "--db", db, "--delay", "0", "-q", "--max-pages", "3")
    finally:
        server.shutdown()
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 3, result.stdout + result.stderr
    assert "0 errors" not in result.stdout
    assert "pages fetched but not stored: the archive could not be written" in result.stdout
    assert rows(db, "SELECT count(*) FROM captures") == [(0,)]
    assert rows(db, "SELECT errors > 0 FROM crawls") == [(1,)]
