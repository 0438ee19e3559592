import json
import sqlite3

import pytest

from archiver.errors import StoreError
from archiver.models import Extraction
from archiver.store import Archive, Capture, utc_now


def article(**changes) -> Extraction:
    fields = dict(
        url="https://mttq.example.vn/tin/a-1.aspx",
        canonical_url="https://mttq.example.vn/tin/a-1.aspx",
        title="Hội nghị tổng kết",
        published_at="2020-05-27T08:09:00+07:00",
        author="Trọng Nghĩa",
        views=297,
        body="Đoạn một.\n\nĐoạn hai.",
        provenance={"title": "profile:h1"},
        is_article=True,
    )
    return Extraction(**(fields | changes))


def store(archive: Archive, ex: Extraction, body: bytes = b"<html>page</html>") -> str:
    capture_id = archive.add_capture(Capture(url=ex.url, status=200, fetched_at=utc_now(), body=body, kind="article"))
    return archive.save_article(ex, capture_id=capture_id, site="demo", fetched_at=utc_now())


def test_recrawl_updates_instead_of_duplicating(tmp_path):
    with Archive(tmp_path / "a.db") as archive:
        assert store(archive, article()) == "new"
        assert store(archive, article()) == "same"
        assert store(archive, article(views=301)) == "same"  # a view count is not a content change
        assert archive.article_count() == 1
        views = archive.query("SELECT views FROM article_views ORDER BY fetched_at")
        assert [v["views"] for v in views][-1] == 301


def test_changed_content_keeps_the_old_version(tmp_path):
    with Archive(tmp_path / "a.db") as archive:
        store(archive, article())
        assert store(archive, article(title="Hội nghị tổng kết năm 2020")) == "changed"
        versions = archive.query("SELECT title, old_capture_id, new_capture_id FROM article_versions")
        assert versions == [{"title": "Hội nghị tổng kết", "old_capture_id": 1, "new_capture_id": 2}]
        assert archive.query("SELECT title, capture_id FROM articles")[0] == {
            "title": "Hội nghị tổng kết năm 2020",
            "capture_id": 2,
        }


def test_capture_keeps_exact_bytes_and_digest(tmp_path):
    body = "<html><body>Lượt xem: 1.234</body></html>".encode()
    with Archive(tmp_path / "a.db") as archive:
        cid = archive.add_capture(Capture(url="http://x/", status=200, fetched_at=utc_now(), body=body))
        archive.flush()
        assert archive.capture_body(cid) == body
        import hashlib

        assert archive.query("SELECT sha256 FROM captures")[0]["sha256"] == hashlib.sha256(body).hexdigest()


def test_missing_fields_are_recorded_as_issues(tmp_path):
    with Archive(tmp_path / "a.db") as archive:
        store(archive, article(published_at=None, issues=[("published_at", "no date found")]))
        issues = archive.query("SELECT field, reason FROM extraction_issues")
        assert issues == [{"field": "published_at", "reason": "no date found"}]
        store(archive, article())  # a later capture with the date clears the issue
        assert archive.query("SELECT * FROM extraction_issues") == []


def test_schema_is_plain_sqlite_in_wal_mode(tmp_path):
    Archive(tmp_path / "a.db").close()
    with sqlite3.connect(tmp_path / "a.db") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"captures", "articles", "crawls", "extraction_issues", "article_versions", "article_views"} <= tables
    Archive(tmp_path / "a.db").close()  # reopening migrates nothing twice


def test_second_crawl_on_the_same_archive_is_refused(tmp_path):
    first = Archive(tmp_path / "a.db")
    first.lock_for_crawl()
    second = Archive(tmp_path / "a.db")
    with pytest.raises(StoreError, match="another crawl"):
        second.lock_for_crawl()
    first.close()
    second.lock_for_crawl()  # free again once the first has finished
    second.close()


def test_unwritable_path_is_a_store_error(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="cannot open archive"):
        Archive(tmp_path / "file" / "a.db")


def test_crawl_rows_record_counts(tmp_path):
    with Archive(tmp_path / "a.db") as archive:
        crawl_id = archive.begin_crawl(["demo"], {"delay": 1})
        archive.finish_crawl(crawl_id, "finished", {"pages": 3, "articles/new": 2, "errors": 1})
        row = archive.query("SELECT pages, articles_new, errors, finish_reason, stats FROM crawls")[0]
        assert (row["pages"], row["articles_new"], row["errors"], row["finish_reason"]) == (3, 2, 1, "finished")
        assert json.loads(row["stats"])["pages"] == 3
