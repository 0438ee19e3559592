"""The archiver command as a user meets it: help, listings, and one clear line for every mistake.

In process (click's runner behind the same entry point), except the test that really crawls."""

import json

import pytest
from conftest import FIXTURES, archiver, assert_one_line_error, rows, run_archiver


def test_help_lists_every_command():
    result = archiver("--help")
    assert result.returncode == 0
    for command in ("crawl", "parse", "stats", "export", "sites", "demo", "eval"):
        assert command in result.stdout


def test_sites_lists_families_and_site_profiles():
    result = archiver("sites")
    assert result.returncode == 0
    names = {line.split()[0] for line in result.stdout.splitlines()}
    assert {"liferay", "sharepoint", "nukeviet", "presscms", "sotttt", "mttq-baclieu", "demo"} <= names
    assert "sotttt.hanoi.gov.vn" in result.stdout


def test_unknown_site_is_one_line(tmp_path):
    result = archiver("crawl", "no-such-portal", "--db", tmp_path / "a.db")
    assert_one_line_error(result, 2)  # a usage error, as README says
    assert "unknown site 'no-such-portal'" in result.stderr
    assert not (tmp_path / "a.db").exists()


def test_crawl_without_site_or_url_is_one_line(tmp_path):
    assert_one_line_error(archiver("crawl", "--db", tmp_path / "a.db"), 2)


def test_family_profile_is_not_crawlable(tmp_path):
    result = archiver("crawl", "liferay", "--db", tmp_path / "a.db")
    assert_one_line_error(result, 2)
    assert "CMS family" in result.stderr


def test_bad_flag_is_a_usage_error():
    result = archiver("crawl", "--concurrency", "zero")
    assert_one_line_error(result, 2)
    assert "--concurrency" in result.stderr


def test_bad_since_date_is_a_usage_error():
    assert_one_line_error(archiver("crawl", "demo", "--since", "27/05/2020"), 2)


def test_url_must_be_http(tmp_path):
    result = archiver("crawl", "--url", "ftp://example.org/", "--db", tmp_path / "a.db")
    assert_one_line_error(result, 2)


def test_unwritable_database_path(tmp_path):
    (tmp_path / "file").write_text("not a folder")
    result = archiver("crawl", "--url", "http://127.0.0.1:9/", "--db", tmp_path / "file" / "a.db")
    assert_one_line_error(result, 1)
    assert "cannot open archive" in result.stderr


@pytest.mark.e2e
def test_unreachable_host_fails_with_one_line_and_keeps_the_archive_sound(tmp_path):
    db = tmp_path / "a.db"
    result = run_archiver("crawl", "--url", "http://127.0.0.1:9/", "--db", db, "--timeout", "5", "--delay", "0", "-q")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "archiver: nothing could be fetched" in result.stderr
    assert "connection_refused" in result.stderr
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]
    assert rows(db, "SELECT error FROM captures") == [("connection_refused",)]
    assert rows(db, "SELECT finish_reason FROM crawls") == [("finished",)]


def test_parse_missing_file_is_one_line():
    result = archiver("parse", "no/such/page.html")
    assert_one_line_error(result, 1)
    assert "no such file" in result.stderr


def test_parse_prints_one_json_object_per_page():
    pages = sorted((FIXTURES / "mttq-baclieu").glob("*.html"))[:2]
    result = archiver("parse", *pages)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == len(pages)
    for record in records:
        for key in (
            "url",
            "title",
            "published_at",
            "updated_at",
            "author",
            "source",
            "views",
            "lead",
            "body",
            "category",
            "images",
            "attachments",
            "language",
            "provenance",
        ):
            assert key in record


def test_parse_reads_the_seed_page_right():
    page = FIXTURES / "mttq-baclieu" / "article-seed.html"
    record = json.loads(archiver("parse", page).stdout)
    assert record["title"] == (
        "Kết quả 04 năm triển khai, thực hiện Chỉ thị số 05 của Bộ Chính trị, Chỉ thị 06 của Ban Thường vụ Tỉnh ủy"
    )
    assert record["published_at"] == "2020-05-27T08:09:00+07:00"
    assert record["author"] == "Trọng Nghĩa"
    assert record["views"] == 297
    assert record["body"].startswith("Mặt trận Tổ quốc Việt Nam tỉnh đã có Kế hoạch số 67/KH-MTTQ-BTT")
    assert record["body"].endswith("nhiệm vụ được giao.")
    assert len(record["body"].split("\n\n")) == 8
    assert record["provenance"]["title"]


def test_parse_picks_the_profile_of_the_address_the_page_names():
    page = FIXTURES / "mttq-baclieu" / "article-seed.html"

    def profile(*args):
        return json.loads(archiver("parse", page, *args).stdout)["profile"]

    assert profile() == "mttq-baclieu"  # its canonical URL is on that profile's domain
    assert profile("--generic") is None
    assert profile("--url", "https://example.org/tin/1.html") is None  # a given address wins
    assert profile("--url", "https://mttq.baclieu.gov.vn/Lists/Posts/Post.aspx?ID=1") == "mttq-baclieu"


def test_parse_unknown_site_is_one_line():
    page = next((FIXTURES / "mttq-baclieu").glob("*.html"))
    assert_one_line_error(archiver("parse", page, "--site", "nowhere"), 1)


def test_stats_and_export_on_a_missing_archive(tmp_path):
    assert_one_line_error(archiver("stats", "--db", tmp_path / "none.db"), 1)
    assert_one_line_error(archiver("export", "--db", tmp_path / "none.db"), 1)
    assert not (tmp_path / "none.db").exists()


def test_eval_missing_gold_is_one_line(tmp_path):
    assert_one_line_error(archiver("eval", tmp_path / "gold.jsonl", tmp_path), 1)
