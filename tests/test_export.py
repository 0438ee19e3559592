"""`archiver export`: JSON Lines, CSV and Parquet with provenance, filters, batches, progress bar."""

import csv
import io
import json
import os
import pty
import subprocess
import sys

import pytest
from conftest import ROOT, archiver, assert_one_line_error, rows, run_archiver
from test_search import ARTICLES, build_archive

from archiver.export import EXPORT_COLUMNS, iter_batches
from archiver.store import Archive

PROVENANCE = ("capture_id", "sha256", "fetched_at", "extractor_version")


@pytest.fixture
def db(tmp_path):
    return build_archive(tmp_path / "archive.db")


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
        assert tuple(record) == EXPORT_COLUMNS
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
    assert table.column_names == list(EXPORT_COLUMNS)
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
