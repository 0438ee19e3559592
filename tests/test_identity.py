"""One article, one row: a portal's article reached under several URLs (categories, print view) is one row,
whether crawled from a real local server or imported from the saved folder (`archiver import-dir`)."""

import gzip
import json
import sqlite3

import pytest
from conftest import FIXTURES, assert_one_line_error, rows, run_archiver
from portal_server import serve_saved

from archiver.extract import extract
from archiver.migrations import MIGRATIONS
from archiver.store import Archive, Capture

SAVED = FIXTURES / "saved_portal"  # a few pages of the saved sotttt portal (README there)
ASSETS = {"sotttt:1024534", "sotttt:1024565", "sotttt:1024556", "sotttt:1022517"}
TWICE_FILED = "sotttt:1024534"  # under tin-tuc-su-kien and bao-chi-xuat-ban, and its print view
PORTAL = "https://sotttt.hanoi.gov.vn/vi"


@pytest.fixture
def saved_portal(tmp_path):
    """The replica unpacked as HTTrack left it."""
    folder = tmp_path / "saved"
    for packed in SAVED.rglob("*.html.gz"):
        target = folder / packed.relative_to(SAVED).with_suffix("")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(gzip.decompress(packed.read_bytes()))
    return folder


def import_dir(folder, db, *args):
    result = run_archiver("import-dir", folder, "--db", db, *args)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    return result


def keys(db) -> set[str]:
    return {key for (key,) in rows(db, "SELECT article_key FROM articles")}


@pytest.mark.e2e
def test_a_crawl_of_the_saved_portal_stores_one_row_per_asset(saved_portal, tmp_path):
    server, base = serve_saved(saved_portal)
    db = tmp_path / "crawl.db"
    try:
        first = run_archiver("crawl", "sotttt", "--base-url", base, "--db", db, "--delay", "0", "-q")
        assert "Traceback" not in first.stderr, first.stderr
        assert rows(db, "SELECT count(*) FROM captures WHERE kind = 'article' AND status = 200") == [(6,)]
        assert keys(db) == ASSETS
        # both category pages of the asset lead to its row; its categories are both listings'
        (categories,) = rows(db, "SELECT categories FROM articles WHERE article_key = ?", (TWICE_FILED,))[0]
        assert len(json.loads(categories)) == 2
        for category in ("tin-tuc-su-kien", "bao-chi-xuat-ban"):
            url = f"{base}/vi/{category}/-/view_content/1024534-mot-so-quy-dinh-cua-ban-to-chuc-doi-voi-cac-don-vi-tham-gia-hoi-sach-thieu-nhi-01-6-2016.html"
            assert rows(db, "SELECT article_key FROM article_urls WHERE url = ?", (url,)) == [(TWICE_FILED,)]
        # a second crawl knows every URL it reached them by: nothing is fetched again, no row added
        again = run_archiver("crawl", "sotttt", "--base-url", base, "--db", db, "--delay", "0", "--full", "-q")
        assert "Traceback" not in again.stderr, again.stderr
        assert rows(db, "SELECT count(*) FROM articles") == [(len(ASSETS),)]
        assert rows(db, "SELECT count(*) FROM captures WHERE kind = 'article' AND status = 200") == [(6,)]
    finally:
        server.shutdown()
    # the saved folder imports into the same articles as its crawl
    imported = tmp_path / "imported.db"
    import_dir(saved_portal, imported, "--site", "sotttt")
    assert keys(imported) == keys(db)


def test_import_dir_reads_urls_from_the_httrack_comment_and_is_idempotent(saved_portal, tmp_path):
    db = tmp_path / "a.db"
    result = import_dir(saved_portal, db)  # the profile found by the saved pages' domain
    assert "9 HTML files, 9 captures stored; articles: 4 new" in result.stdout
    assert keys(db) == ASSETS
    assert rows(db, "SELECT DISTINCT site FROM articles") == [("sotttt",)]
    urls = {url for (url,) in rows(db, "SELECT url FROM article_urls WHERE article_key = ?", (TWICE_FILED,))}
    assert {u for u in urls if u.startswith(PORTAL)} == {
        f"{PORTAL}/tin-tuc-su-kien/-/view_content/1024534-mot-so-quy-dinh-cua-ban-to-chuc-doi-voi-cac-don-vi-tham-gia-hoi-sach-thieu-nhi-01-6-2016.html",
        f"{PORTAL}/bao-chi-xuat-ban/-/view_content/1024534-mot-so-quy-dinh-cua-ban-to-chuc-doi-voi-cac-don-vi-tham-gia-hoi-sach-thieu-nhi-01-6-2016.html",
        f"{PORTAL}/tin-tuc-su-kien/-/view_content/pop_up/1024534-mot-so-quy-dinh-cua-ban-to-chuc-doi-voi-cac-don-vi-tham-gia-hoi-sach-thieu-nhi-01-6-2016.html?_101_viewMode=print",
    }
    # the capture keeps HTTrack's date as its fetch time
    assert rows(db, "SELECT min(fetched_at) FROM captures")[0][0].startswith("2022-08-27T")
    before = rows(db, "SELECT * FROM articles ORDER BY article_key")
    again = import_dir(saved_portal, db)
    assert "0 captures stored" in again.stdout and "skipped_already_in_archive 9" in again.stdout
    assert rows(db, "SELECT * FROM articles ORDER BY article_key") == before
    assert rows(db, "SELECT count(*) FROM captures") == [(9,)]


def test_import_dir_places_a_page_without_an_address_under_base_url(saved_portal, tmp_path):
    wget = tmp_path / "wget"
    (page,) = saved_portal.glob("vi/bao-chi-xuat-ban/-/view_content/1022517-*.html")
    target = wget / "vi" / "bao-chi-xuat-ban" / "-" / "view_content" / page.name
    target.parent.mkdir(parents=True)
    text = page.read_text(encoding="utf-8")
    target.write_text("\n".join(line for line in text.splitlines() if "Mirrored from" not in line), encoding="utf-8")
    db = tmp_path / "a.db"
    unplaced = import_dir(wget, db)
    assert "skipped_no_url 1" in unplaced.stdout and rows(db, "SELECT count(*) FROM articles") == [(0,)]
    import_dir(wget, db, "--base-url", "https://sotttt.hanoi.gov.vn/")
    assert rows(db, "SELECT article_key, url FROM articles") == [
        ("sotttt:1022517", f"{PORTAL}/bao-chi-xuat-ban/-/view_content/{page.name}")
    ]


def test_import_dir_of_a_missing_folder_says_so_in_one_line(tmp_path):
    result = run_archiver("import-dir", tmp_path / "nowhere", "--db", tmp_path / "a.db")
    assert_one_line_error(result)
    assert "no such folder" in result.stderr


def test_without_an_id_rule_the_same_article_on_another_page_is_the_same_row(saved_portal, tmp_path):
    """A portal no profile knows: the same title, date and body read from another page is one article."""
    (page,) = saved_portal.glob("vi/tin-tuc-su-kien/-/view_content/1024556-*.html")
    body = page.read_bytes()
    with Archive(tmp_path / "a.db") as archive:
        for n, url in enumerate(("http://portal.example/tin/1024556.html", "http://portal.example/in/1024556.html")):
            capture_id = archive.add_capture(
                Capture(url=url, final_url=url, status=200, body=body, fetched_at=f"2024-01-0{n + 1}T00:00:00+00:00")
            )
            ex = extract(body, url, "text/html")
            ex.canonical_url = url
            archive.save_article(ex, capture_id=capture_id, site="portal.example", fetched_at=f"2024-01-0{n + 1}")
        assert archive.query("SELECT article_key, first_seen_at FROM articles") == [
            {"article_key": "http://portal.example/tin/1024556.html", "first_seen_at": "2024-01-01"}
        ]
        assert archive.query("SELECT count(*) AS n FROM article_urls") == [{"n": 2}]


def test_an_archive_stored_before_identity_is_merged_to_one_row_per_article(tmp_path):
    """An archive written with one row per canonical URL: opening it merges the rows of one asset."""
    db = tmp_path / "old.db"
    with sqlite3.connect(db) as conn:
        for script in MIGRATIONS[:3]:
            assert isinstance(script, str)
            conn.executescript(script.replace("; --", ";"))
        conn.execute("PRAGMA user_version = 3")
        for n, category in enumerate(("tin-tuc-su-kien", "bao-chi-xuat-ban")):
            url = f"{PORTAL}/{category}/-/view_content/1024534-hoi-sach.html"
            conn.execute(
                "INSERT INTO captures (id, url, final_url, status, fetched_at, kind, site) VALUES (?,?,?,200,?,?,?)",
                (n + 1, url, url, f"2024-0{n + 1}-01", "article", "sotttt"),
            )
            conn.execute(
                "INSERT INTO articles (canonical_url, url, site, title, body, category, content_hash, capture_id,"
                " fetched_at, first_seen_at, last_seen_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (url, url, "sotttt", "Hội sách", f"body {n}", category, f"h{n}", n + 1, f"2024-0{n + 1}-01")
                + (f"2024-0{n + 1}-01",) * 2,
            )
            conn.execute(
                "INSERT INTO article_views (canonical_url, fetched_at, views) VALUES (?, ?, ?)",
                (url, f"2024-0{n + 1}-01", 10 + n),
            )
    with Archive(db) as archive:
        (row,) = archive.query("SELECT article_key, body, categories, first_seen_at, last_seen_at FROM articles")
        assert row == {
            "article_key": TWICE_FILED,
            "body": "body 1",  # the latest content
            "categories": json.dumps(["bao-chi-xuat-ban", "tin-tuc-su-kien"]),
            "first_seen_at": "2024-01-01",
            "last_seen_at": "2024-02-01",
        }
        assert [r["views"] for r in archive.query("SELECT views FROM article_views ORDER BY fetched_at")] == [10, 11]
        assert [r["body"] for r in archive.query("SELECT body FROM article_versions")] == ["body 0"]
        assert archive.query("SELECT count(*) AS n FROM article_urls WHERE article_key = ?", (TWICE_FILED,)) == [
            {"n": 2}
        ]
