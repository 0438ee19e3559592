"""What the CLI writes: never over the archive, complete or not at all, and a full disk, a closed pipe or a
read-only folder is one line."""

import gzip
import hashlib
import os
import resource
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from conftest import DEMO_SITE, ROOT, assert_one_line_error, rows, run_archiver
from test_archive_open import NO_OVERRIDE
from test_hostile import write_warc
from test_search import ARTICLES, build_archive

from archiver.store import Archive


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def many_articles(n: int) -> list[dict]:
    """n articles (enough output to fill a pipe's buffer many times over), each its own: the archive keeps
    one row for the same content found at several URLs."""
    return [
        (a := ARTICLES[i % len(ARTICLES)])
        | {"canonical_url": f"{ARTICLES[0]['canonical_url']}?n={i}", "title": f"{a['title']} ({i})"}
        for i in range(n)
    ]


def cli(*args, file_size_limit: int | None = None, stdout=subprocess.PIPE, prefix=()) -> subprocess.CompletedProcess:
    """The CLI in a subprocess; file_size_limit: no file it writes may grow past that many bytes, as on a
    full disk (RLIMIT_FSIZE: a write past it fails with EFBIG instead of the signal that would kill it)."""

    def limit_file_size():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))

    return subprocess.run(
        [*prefix, sys.executable, "-m", "archiver", *map(str, args)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": ""},
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        timeout=180,
        preexec_fn=limit_file_size if file_size_limit else None,
    )


@pytest.fixture
def archive(tmp_path) -> Path:
    return build_archive(tmp_path / "archive.db")


def test_output_over_the_archive_is_refused(tmp_path, archive):
    (tmp_path / "link.db").symlink_to(archive)
    os.link(archive, tmp_path / "hardlink.db")
    before = digest(archive)
    for target in (
        archive,
        Path(f"{archive}-wal"),
        Path(f"{archive}-shm"),
        tmp_path / "link.db",
        tmp_path / "hardlink.db",
    ):
        for command in (
            ("report", "--db", archive, "-o", target),
            ("export", "--db", archive, "-o", target),
            ("export", "--db", archive, "--format", "warc", "-o", target),
        ):
            result = run_archiver(*command)
            assert_one_line_error(result, 2)
            assert "would overwrite the archive" in result.stderr
            assert digest(archive) == before
    relative = run_archiver("report", "--db", archive, "-o", os.path.relpath(archive, ROOT))
    assert_one_line_error(relative, 2)
    assert digest(archive) == before
    assert run_archiver("stats", "--db", archive).returncode == 0


def test_output_on_a_symlink_replaces_its_target_and_keeps_the_link(tmp_path, archive):
    target = tmp_path / "reports" / "latest.html"
    target.parent.mkdir()
    target.write_text("old report")
    link = tmp_path / "report.html"
    link.symlink_to(target)
    assert run_archiver("report", "--db", archive, "-o", link).returncode == 0
    assert link.is_symlink()
    assert "<html" in target.read_text(encoding="utf-8")
    assert sorted(p.name for p in target.parent.iterdir()) == ["latest.html"]  # no partial file left


@pytest.mark.parametrize("fmt", ["jsonl", "warc"])
def test_output_into_a_fifo_is_streamed_not_replaced(tmp_path, archive, fmt):
    fifo = tmp_path / "export.fifo"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = run_archiver("export", "--db", archive, "--format", fmt, "-o", fifo)
    if reader.is_alive():  # the command never opened the FIFO: let the reader go
        with open(fifo, "wb"):
            pass
    reader.join(timeout=60)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("archive.db")] == ["export.fifo"]
    if fmt == "jsonl":
        assert received[0].count(b"\n") == len(ARTICLES)
    else:
        assert gzip.decompress(received[0]).startswith(b"WARC/1.1")


@pytest.fixture
def full_device(tmp_path) -> Path:
    """A device on which every write fails with ENOSPC. As root, a private node of /dev/full's kind: code
    that replaced its -o would replace the system's /dev/full otherwise (as another user it cannot)."""
    if os.geteuid() != 0:
        return Path("/dev/full")
    device = tmp_path / "full"
    try:
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    except OSError:
        pytest.skip("running as root without the right to make a device node")
    return device


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "warc"])
def test_full_device_is_one_line_and_the_device_stays(archive, full_device, fmt):
    result = run_archiver("export", "--db", archive, "--format", fmt, "-o", full_device)
    assert_one_line_error(result, 1)
    assert f"cannot write {full_device}: No space left on device" in result.stderr
    assert stat.S_ISCHR(os.stat(full_device).st_mode)


@pytest.mark.parametrize(
    ("command", "name"), [("export", "out.jsonl"), ("report", "out.html"), ("warc", "out.warc.gz")]
)
def test_disk_full_while_writing_keeps_the_old_file_and_leaves_no_partial(tmp_path, command, name):
    db = build_archive(tmp_path / "archive.db", many_articles(600))
    with sqlite3.connect(db) as conn:  # a copy in rollback-journal mode: reading it needs no WAL index file
        conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    out = tmp_path / "out"
    out.mkdir()
    (out / name).write_text("the previous export\n")
    args = {
        "export": ("export", "--db", db, "-o", out / name),
        "report": ("report", "--db", db, "-o", out / name),
        "warc": ("export", "--format", "warc", "--db", db, "-o", out / name),
    }[command]
    result = cli(*args, file_size_limit=4096)
    assert_one_line_error(result, 1)
    assert f"cannot write {out / name}: File too large" in result.stderr
    assert (out / name).read_text() == "the previous export\n"
    assert sorted(p.name for p in out.iterdir()) == [name]


@pytest.mark.parametrize("command", [("search", "tai", "--limit", "5000"), ("export",), ("export", "--format", "csv")])
def test_closed_pipe_is_no_traceback(tmp_path, command):
    db = build_archive(tmp_path / "archive.db", many_articles(2000))
    pipeline = subprocess.run(
        f"{sys.executable} -m archiver {command[0]} --db {db} {' '.join(command[1:])} | head -1",
        shell=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert pipeline.stdout.count("\n") == 1
    assert "Traceback" not in pipeline.stderr and "Exception" not in pipeline.stderr, pipeline.stderr
    assert len(pipeline.stderr.splitlines()) <= 1


def test_warc_export_to_a_read_only_folder_is_one_line(tmp_path, archive):
    if os.geteuid() == 0 and not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: permissions cannot be made to apply")
    folder = tmp_path / "read-only"
    folder.mkdir()
    os.chmod(folder, 0o555)
    try:
        result = cli(
            "export",
            "--db",
            archive,
            "--format",
            "warc",
            "-o",
            folder / "out.warc.gz",
            prefix=NO_OVERRIDE if os.geteuid() == 0 else (),
        )
        assert_one_line_error(result, 1)
        assert "Permission denied" in result.stderr
        assert list(folder.iterdir()) == []
    finally:
        os.chmod(folder, 0o755)


def test_import_warc_onto_a_full_disk_is_one_line(tmp_path):
    pages = sorted((DEMO_SITE / "tin-hoat-dong").glob("*.aspx"))
    warc = tmp_path / "pages.warc.gz"
    write_warc(warc, [(f"http://127.0.0.1/tin-hoat-dong/{p.name}", p.read_bytes(), None) for p in pages])
    db = tmp_path / "archive.db"
    Archive(db).close()
    result = cli("import-warc", "--db", db, warc, file_size_limit=db.stat().st_size + (64 << 10))
    assert_one_line_error(result, 1)
    assert f"cannot write the archive {db}" in result.stderr
    # what was stored before the disk filled is still readable; the import is recorded as failed
    assert rows(db, "SELECT finish_reason FROM crawls") in ([("failed",)], [(None,)])


def test_a_file_is_synced_while_it_is_written_and_whole_at_the_end(tmp_path, monkeypatch):
    """What is written goes to the disk meanwhile (so that the last fsync has only the end left to wait for),
    by a thread that is gone when the file is in place."""
    from archiver import output

    synced: list[int] = []
    monkeypatch.setattr(output, "SYNC_INTERVAL", 0.01)
    monkeypatch.setattr(output, "SYNC_DATA", lambda fd: synced.append(os.fstat(fd).st_size))
    target = tmp_path / "out.jsonl"
    threads = threading.active_count()
    with output.output_file(target, binary=True) as stream:
        for _ in range(20):
            stream.write(b"x" * 1000)
            stream.flush()
            threading.Event().wait(0.01)
    assert target.read_bytes() == b"x" * 20_000
    assert any(0 < size < 20_000 for size in synced)  # synced before the end
    assert threading.active_count() == threads
