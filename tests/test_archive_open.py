"""How --db is opened: commands that read never write, a file that is not an archive is refused untouched,
an archive of another version is named as such, a read-only copy can be read."""

import hashlib
import importlib.util
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest
from conftest import ROOT, assert_one_line_error, run_archiver
from test_search import build_archive

from archiver.errors import NotAnArchive, StoreError
from archiver.migrations import MIGRATIONS
from archiver.store import Archive

HAS_DATASETTE = importlib.util.find_spec("datasette") is not None


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def other_application_db(path):
    """A SQLite file some other program made (a rollback-journal database, as most are)."""
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        conn.executemany("INSERT INTO notes (text) VALUES (?)", [("một",), ("hai",)])
        conn.execute("PRAGMA user_version = 7")
    conn.close()
    return path


def commands_on(db, tmp_path) -> list[tuple]:
    """Every command that opens --db, reading or writing."""
    commands = [
        ("stats", "--db", db),
        ("search", "--db", db, "xu"),
        ("export", "--db", db),
        ("export", "--db", db, "--format", "warc", "-o", tmp_path / "out.warc.gz"),
        ("report", "--db", db, "-o", tmp_path / "report.html"),
        ("reparse", "--db", db),
        ("upgrade", "--db", db),
        ("import-warc", "--db", db, ROOT / "tests" / "fixtures" / "warc" / "missing.warc.gz"),
        ("crawl", "--db", db, "--url", "http://127.0.0.1:9/", "-q"),
    ]
    if HAS_DATASETTE:
        commands.append(("serve", "--db", db, "--port", "0"))
    return commands


def test_another_applications_database_is_refused_and_left_as_it_was(tmp_path):
    db = other_application_db(tmp_path / "notes.db")
    before = digest(db)
    for command in commands_on(db, tmp_path):
        result = run_archiver(*command)
        assert_one_line_error(result, 2)
        assert "is not an archive" in result.stderr, command
        assert digest(db) == before, command
        assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"], command  # no -wal, -shm, lock, output


def test_a_file_that_is_not_sqlite_is_refused_and_left_as_it_was(tmp_path):
    db = tmp_path / "notes.txt"
    db.write_text("not a database\n" * 100)
    before = digest(db)
    for command in (("stats", "--db", db), ("crawl", "--db", db, "--url", "http://127.0.0.1:9/", "-q")):
        result = run_archiver(*command)
        assert_one_line_error(result, 2)
        assert "is not an archive" in result.stderr
    assert digest(db) == before


def test_an_archive_of_a_newer_version_is_one_line(tmp_path):
    db = build_archive(tmp_path / "archive.db")
    with sqlite3.connect(db) as conn:
        conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()
    before = digest(db)
    for command in (("stats", "--db", db), ("search", "--db", db, "xu"), ("reparse", "--db", db)):
        result = run_archiver(*command)
        assert_one_line_error(result, 1)
        assert "made by a newer version of archiver" in result.stderr
    assert digest(db) == before


def test_reading_commands_do_not_migrate_an_older_archive_upgrade_does(tmp_path):
    db = tmp_path / "old.db"
    with sqlite3.connect(db) as conn:  # an archive made before search existed
        for statement in MIGRATIONS[0].split(";\n"):
            if statement.strip():
                conn.execute(statement)
        conn.execute("PRAGMA user_version = 1")
        conn.execute("INSERT INTO articles (canonical_url, title, body) VALUES ('https://old/1', 'Xử phạt', 'Đà Nẵng')")
    conn.close()
    before = digest(db)
    result = run_archiver("search", "--db", db, "xu", "phat")
    assert_one_line_error(result, 1)
    assert f"archiver upgrade --db {db}" in result.stderr
    assert digest(db) == before
    assert run_archiver("upgrade", "--db", db).returncode == 0
    result = run_archiver("search", "--db", db, "xu", "phat")
    assert result.returncode == 0, result.stderr
    assert "https://old/1" in result.stdout


def test_reading_commands_leave_the_archive_unchanged(tmp_path):
    db = build_archive(tmp_path / "archive.db")
    with sqlite3.connect(db) as conn:  # a copy made in rollback-journal mode: reading must not switch it to WAL
        conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = digest(db)
    for command in (("stats", "--db", db), ("search", "--db", db, "xu"), ("export", "--db", db)):
        assert run_archiver(*command).returncode == 0, command
    assert digest(db) == before
    assert not (tmp_path / "archive.db.lock").exists()


# Root may write anywhere: as root the command runs without the capabilities that bypass file permissions.
NO_OVERRIDE = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner,-linux_immutable", "--"]


def run_without_write_access(*args, cwd) -> subprocess.CompletedProcess:
    """The CLI as a user who may read the archive's folder but not write it (a read-only share)."""
    if os.geteuid() == 0 and not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: permissions cannot be made to apply")
    prefix = NO_OVERRIDE if os.geteuid() == 0 else []
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [*prefix, sys.executable, "-m", "archiver", *map(str, args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_an_archive_on_a_read_only_share_can_be_searched_and_exported(tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    db = build_archive(share / "archive.db")
    out = tmp_path / "out"
    out.mkdir()
    os.chmod(db, 0o444)
    os.chmod(share, 0o555)
    try:
        result = run_without_write_access("search", "--db", db, "xu", "phat", cwd=out)
        assert result.returncode == 0, result.stderr
        assert "https://danang.gov.vn/tin/1" in result.stdout
        result = run_without_write_access("export", "--db", db, "--format", "csv", "-o", out / "a.csv", cwd=out)
        assert result.returncode == 0, result.stderr
        assert "https://danang.gov.vn/tin/1" in (out / "a.csv").read_text(encoding="utf-8")
        assert run_without_write_access("stats", "--db", db, cwd=out).returncode == 0
        assert sorted(p.name for p in share.iterdir()) == ["archive.db"]
    finally:
        os.chmod(share, 0o755)
        shutil.rmtree(share)


def test_archive_api_refuses_what_is_not_an_archive(tmp_path):
    db = other_application_db(tmp_path / "notes.db")
    before = digest(db)
    with pytest.raises(NotAnArchive):
        Archive(db)  # the writing open refuses too, before anything is written
    with pytest.raises(NotAnArchive):
        Archive(db, readonly=True)
    assert digest(db) == before
    with pytest.raises(StoreError, match="no archive at"):
        Archive(tmp_path / "missing.db", readonly=True)
    assert not (tmp_path / "missing.db").exists()


def test_a_read_only_archive_cannot_be_written(tmp_path):
    db = build_archive(tmp_path / "archive.db")
    with Archive(db, readonly=True) as archive, pytest.raises(StoreError, match="readonly"):
        archive.begin_crawl(["x"], {})
