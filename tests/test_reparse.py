"""Offline reparse: archived captures read again with the current extractor."""

import dataclasses
import json
import sqlite3

from conftest import FIXTURES, archiver, rows

from archiver import EXTRACTOR_VERSION
from archiver.extract import extract
from archiver.reparse import reparse
from archiver.search import search
from archiver.store import Archive, Capture

HTML = "text/html; charset=utf-8"
COMPARED = ("title", "published_at", "author", "views", "body")


def fixture(name: str) -> tuple[str, bytes]:
    page = FIXTURES / "mttq-baclieu" / f"{name}.html"
    url = json.loads(page.with_name(f"{name}.expected.json").read_text("utf-8"))["url"]
    return url, page.read_bytes()


ARTICLES = [fixture(n) for n in ("article-seed", "article-attachments", "article-source-two-authors")]


def older_parser(body: bytes, url: str, content_type=None, profile=None):
    """What a previous extractor version might have read: a cruder title, no byline, a cut body."""
    ex = extract(body, url, content_type, profile)
    return dataclasses.replace(
        ex,
        title=f"{ex.title} | Cổng thông tin",
        author=None,
        views=None,
        body=(ex.body or "")[:80],
        provenance={},
        issues=[],
    )


def store(archive, url, body, fetched_at, parser=older_parser, kind="article", site="mttq.baclieu.gov.vn") -> int:
    capture_id = archive.add_capture(
        Capture(
            url=url,
            final_url=url,
            status=200,
            fetched_at=fetched_at,
            body=body,
            content_type=HTML,
            headers=[("Content-Type", HTML)],
            kind=kind,
            site=site,
        )
    )
    ex = parser(body, url, HTML, None)
    if kind == "article" or (kind == "page" and ex.is_article):  # as the live pipeline decides
        archive.save_article(ex, capture_id=capture_id, site=site, fetched_at=fetched_at)
    return capture_id


def stored_articles(db) -> dict[str, dict]:
    found = {}
    for row in rows(db, f"SELECT canonical_url, {', '.join(COMPARED)}, first_seen_at FROM articles"):
        found[row[0]] = dict(zip((*COMPARED, "first_seen_at"), row[1:], strict=True))
    return found


def current(url: str, body: bytes) -> dict:
    ex = extract(body, url, HTML, None)
    return {name: getattr(ex, name) for name in COMPARED}


def old_archive(path) -> Archive:
    archive = Archive(path)
    for n, (url, body) in enumerate(ARTICLES):
        store(archive, url, body, f"2024-02-0{n + 1}T01:00:00+00:00")
    # a listing page, a 404 and a failed fetch are not article captures to reparse
    listing = FIXTURES / "mttq-baclieu" / "listing.html"
    store(
        archive,
        "https://mttq.baclieu.gov.vn/Pages/tin-hoat-dong.aspx",
        listing.read_bytes(),
        "2024-02-01T00:00:00+00:00",
        kind="listing",
    )
    archive.add_capture(
        Capture(
            url="https://mttq.baclieu.gov.vn/gone.aspx",
            status=404,
            body=b"<html></html>",
            fetched_at="2024-02-01T00:00:01+00:00",
            kind="article",
            error="http_404",
        )
    )
    archive.add_capture(
        Capture(
            url="https://mttq.baclieu.gov.vn/slow.aspx",
            fetched_at="2024-02-01T00:00:02+00:00",
            kind="article",
            error="timeout",
        )
    )
    archive.flush()
    return archive


def test_reparse_brings_articles_up_to_the_current_extractor(tmp_path):
    db = tmp_path / "a.db"
    with old_archive(db) as archive:
        before = stored_articles(db)
        views_before = rows(db, "SELECT count(*) FROM article_views")[0][0]
        result = reparse(archive)
    after = stored_articles(db)
    keys = {extract(body, url, HTML).canonical_url or url: current(url, body) for url, body in ARTICLES}
    assert set(after) == set(keys)
    for key, expected in keys.items():
        assert {name: after[key][name] for name in COMPARED} == expected
        assert after[key]["first_seen_at"] == before[key]["first_seen_at"]
    assert result["reparsed"] == result["changed"] == len(ARTICLES)
    assert sorted(result["changed_urls"]) == sorted(keys)
    assert result["failed"] == 0 and result["unchanged"] == 0
    # the old parser's reading is kept as a version of each article
    versions = rows(db, "SELECT canonical_url, title, author FROM article_versions ORDER BY canonical_url")
    assert [(url, title) for url, title, _ in versions] == sorted((k, before[k]["title"]) for k in keys)
    assert all(author is None for _, _, author in versions)
    # view counts the new extractor reads are samples of the same fetch: replaced, never added twice
    views = rows(db, "SELECT canonical_url, count(*) FROM article_views GROUP BY canonical_url")
    assert all(n == 1 for _, n in views) and views_before == 0
    assert {url for url, _ in views} == {k for k, v in keys.items() if v["views"] is not None}


def test_second_reparse_changes_nothing(tmp_path):
    db = tmp_path / "a.db"
    with old_archive(db) as archive:
        reparse(archive)
        snapshot = rows(db, "SELECT * FROM articles ORDER BY canonical_url")
        views = rows(db, "SELECT * FROM article_views ORDER BY canonical_url")
        again = reparse(archive)
    assert again["changed"] == 0 and again["unchanged"] == len(ARTICLES) and again["changed_urls"] == []
    assert rows(db, "SELECT count(*) FROM article_versions") == [(len(ARTICLES),)]
    assert rows(db, "SELECT * FROM article_views ORDER BY canonical_url") == views
    assert rows(db, "SELECT * FROM articles ORDER BY canonical_url") == snapshot


def test_reparse_reads_the_latest_good_capture(tmp_path):
    url, body = ARTICLES[0]
    title = extract(body, url, HTML).title
    edited = body.replace(title.encode(), f"{title} (cập nhật)".encode())  # the page as edited later
    with Archive(tmp_path / "a.db") as archive:
        store(archive, url, body, "2024-02-01T00:00:00+00:00", parser=extract)
        newest = archive.add_capture(
            Capture(
                url=url,
                final_url=url,
                status=200,
                body=edited,
                content_type=HTML,
                fetched_at="2024-03-01T00:00:00+00:00",
                kind="article",
                site="s",
            )
        )
        # a later failed fetch of the same page is not a capture to read
        archive.add_capture(
            Capture(url=url, status=503, fetched_at="2024-04-01T00:00:00+00:00", kind="article", error="http_503")
        )
        archive.touch_article(url, "2024-05-01T00:00:00+00:00")  # revalidated later (a 304)
        archive.flush()
        reparse(archive)
        (row,) = archive.query("SELECT capture_id, title, last_seen_at FROM articles")
    assert row["capture_id"] == newest
    assert row["title"] == extract(edited, url, HTML).title != title
    assert row["last_seen_at"] == "2024-05-01T00:00:00+00:00"  # not moved back to the capture's date


def test_reparse_filters_by_site_and_date(tmp_path):
    with old_archive(tmp_path / "a.db") as archive:
        assert reparse(archive, site="elsewhere")["reparsed"] == 0
        assert reparse(archive, since="2024-02-02")["reparsed"] == len(ARTICLES) - 1
        assert reparse(archive, site="mttq.baclieu.gov.vn")["reparsed"] == len(ARTICLES)


def test_a_page_the_extractor_cannot_read_keeps_its_article(tmp_path):
    def broken(body, url, content_type=None, profile=None):
        ex = extract(b"", url)
        ex.issues.append(("page", "extraction failed: RuntimeError: boom"))
        return ex

    db = tmp_path / "a.db"
    with old_archive(db) as archive:
        before = rows(db, "SELECT * FROM articles ORDER BY canonical_url")
        result = reparse(archive, extract=broken)
    assert result["failed"] == len(ARTICLES) and result["reparsed"] == 0
    assert "boom" in result["failures"][0][1]
    assert rows(db, "SELECT * FROM articles ORDER BY canonical_url") == before


def test_reparse_command_prints_counts_and_changed_urls(tmp_path):
    old_archive(tmp_path / "a.db").close()
    result = archiver("reparse", "--db", tmp_path / "a.db")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"reparsed {len(ARTICLES)} articles: {len(ARTICLES)} changed")
    assert sum(line.startswith("  changed: https://mttq.baclieu.gov.vn/") for line in lines) == len(ARTICLES)


def test_view_only_differences_and_new_canonical_urls_are_reported(tmp_path):
    (url_a, body_a), (url_b, body_b) = ARTICLES[:2]

    def views_off_by_one(body, url, content_type=None, profile=None):
        ex = extract(body, url, content_type, profile)
        return dataclasses.replace(ex, views=(ex.views or 0) + 1)

    def other_canonical(body, url, content_type=None, profile=None):
        return dataclasses.replace(extract(body, url, content_type, profile), canonical_url=url + "&old=1")

    db = tmp_path / "a.db"
    with Archive(db) as archive:
        store(archive, url_a, body_a, "2024-02-01T00:00:00+00:00", parser=views_off_by_one)
        store(archive, url_b, body_b, "2024-02-01T00:00:01+00:00", parser=other_canonical)
        result = reparse(archive)
    assert result["unchanged"] == 1 and result["updated"] == 1 and result["changed"] == 0
    new_key = extract(body_b, url_b, HTML).canonical_url or url_b
    assert result["new"] == 1 and result["rekeyed"] == [([url_b + "&old=1"], new_key)]
    assert rows(
        db, "SELECT views FROM articles WHERE canonical_url = ?", (extract(body_a, url_a).canonical_url or url_a,)
    ) == [(extract(body_a, url_a, HTML).views,)]
    assert rows(db, "SELECT count(*) FROM article_views") == rows(
        db, "SELECT count(DISTINCT canonical_url) FROM article_views"
    )


def test_an_article_under_a_new_canonical_url_takes_over_its_old_row(tmp_path):
    url, body = ARTICLES[0]
    old_key = url + "&old=1"

    def older_with_other_key(body, url, content_type=None, profile=None):
        ex = older_parser(body, url, content_type, profile)
        return dataclasses.replace(ex, canonical_url=old_key, views=100)

    db = tmp_path / "a.db"
    with Archive(db) as archive:
        store(archive, url, body, "2024-02-01T00:00:00+00:00", parser=older_with_other_key)
        store(archive, url, body, "2024-02-03T00:00:00+00:00", parser=older_with_other_key)
        result = reparse(archive)
        new_key = extract(body, url, HTML).canonical_url or url
        assert result["rekeyed"] == [([old_key], new_key)]
        assert [hit["canonical_url"] for hit in search(archive, "Chỉ thị")] == [new_key]
    assert rows(db, "SELECT canonical_url, first_seen_at, last_seen_at FROM articles") == [
        (new_key, "2024-02-01T00:00:00+00:00", "2024-02-03T00:00:00+00:00")
    ]
    # what the older extractor read is a version of the article; its view samples stay with it
    versions = rows(db, "SELECT canonical_url, title FROM article_versions")
    assert versions == [(new_key, current(url, body)["title"] + " | Cổng thông tin")]
    assert rows(db, "SELECT canonical_url, fetched_at, views FROM article_views ORDER BY fetched_at") == [
        (new_key, "2024-02-01T00:00:00+00:00", 100),
        (new_key, "2024-02-03T00:00:00+00:00", current(url, body)["views"]),
    ]
    assert rows(db, "SELECT count(*) FROM extraction_issues WHERE url = ?", (old_key,)) == [(0,)]


def test_a_key_another_page_took_since_stays_with_that_page(tmp_path):
    (url_a, body_a), (url_b, body_b) = ARTICLES[:2]
    shared = url_b + "&shared=1"

    def keyed(keys):
        def parse(body, url, content_type=None, profile=None):
            return dataclasses.replace(extract(body, url, content_type, profile), canonical_url=keys[url])

        return parse

    db = tmp_path / "a.db"
    with Archive(db) as archive:
        store(archive, url_a, body_a, "2024-02-01T00:00:00+00:00", parser=keyed({url_a: url_a}))
        store(archive, url_b, body_b, "2024-02-02T00:00:00+00:00", parser=keyed({url_b: shared}))
        # now page a names the key page b's article had, and page b names a key of its own
        result = reparse(archive, extract=keyed({url_a: shared, url_b: url_b}))
    assert result["rekeyed"] == [([url_a], shared)]  # a's old row joins the key it now reads under
    assert sorted(rows(db, "SELECT canonical_url FROM articles")) == sorted([(shared,), (url_b,)])
    assert rows(db, "SELECT title FROM articles WHERE canonical_url = ?", (shared,)) == [
        (current(url_a, body_a)["title"],)
    ]


def test_reparse_stale_re_extracts_only_what_an_older_extractor_made(tmp_path):
    db = tmp_path / "a.db"
    old_archive(db).close()
    keys = sorted(stored_articles(db))
    stale, current_key = keys[:2], keys[2]
    with sqlite3.connect(db) as conn:  # rows an earlier release wrote: another version, or none recorded
        conn.execute("UPDATE articles SET extractor_version = '0' WHERE canonical_url = ?", (stale[0],))
        conn.execute("UPDATE articles SET extractor_version = NULL WHERE canonical_url = ?", (stale[1],))
    untouched = rows(db, "SELECT * FROM articles WHERE canonical_url = ?", (current_key,))

    result = archiver("reparse", "--stale", "--db", db)

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("reparsed 2 articles: 2 changed")
    versions = dict(rows(db, "SELECT canonical_url, extractor_version FROM articles"))
    assert versions == dict.fromkeys(keys, EXTRACTOR_VERSION)
    after = stored_articles(db)
    by_key = {extract(body, url, HTML).canonical_url or url: current(url, body) for url, body in ARTICLES}
    for key in stale:
        assert {name: after[key][name] for name in COMPARED} == by_key[key]
    assert rows(db, "SELECT * FROM articles WHERE canonical_url = ?", (current_key,)) == untouched
    assert rows(db, "SELECT canonical_url FROM article_versions ORDER BY canonical_url") == [(k,) for k in stale]
    again = archiver("reparse", "--stale", "--db", db)
    assert again.returncode == 0 and again.stdout.startswith("reparsed 0 articles")
