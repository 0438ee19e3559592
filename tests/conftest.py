"""Shared test helpers: run the real `archiver` command, serve pages on 127.0.0.1, read the archive."""

import os
import socket
import sqlite3
import subprocess
import sys
import traceback
from pathlib import Path
from types import SimpleNamespace
from unittest import mock

import pytest
from click.testing import CliRunner

from archiver import cli as archiver_cli
from archiver.localserver import serve

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
REALPAGES = ROOT.parent / "shared" / "realpages"
DEMO_SITE = ROOT / "archiver" / "demo_site"


def saved_pages() -> list[Path]:
    """Every saved page the tests have: the fixtures, the demo site, the real pages when present."""
    return (
        sorted(FIXTURES.rglob("*.html"))
        + sorted(DEMO_SITE.rglob("*.html"))
        + sorted((REALPAGES / "pages").glob("*.html"))
    )


def parsed_pages(edge_cases: list[str]):
    """The parsed root of every saved page, of each edge case as a page's body, and of three pages without the
    usual frame (no html element, an empty body, a frameset): what a compiled part and its twin are compared on."""
    from archiver import htmltree
    from archiver.decode import decode_html

    bodies = [p.read_bytes() for p in saved_pages()]
    bodies += [f"<html><head><title>t</title></head><body>{case}</body></html>".encode() for case in edge_cases]
    bodies += [b"<p>no html or body element written</p>", b"<html><body></body></html>", b"<frameset></frameset>"]
    for raw in bodies:
        decoded = decode_html(raw)
        root = htmltree.parse(decoded.text, decoded.utf8)
        if root is not None:
            yield root


def run_archiver(*args, cwd=None, timeout=180) -> subprocess.CompletedProcess:
    """The CLI in a subprocess, as a user runs it (Scrapy's reactor cannot restart in one process)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": ""}
    return subprocess.run(
        [sys.executable, "-m", "archiver", *map(str, args)],
        cwd=cwd or ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def archiver(*args) -> subprocess.CompletedProcess:
    """The CLI in this process, through the same entry point as the `archiver` command: for commands that do not
    crawl (Scrapy's reactor starts once per process). The result reads like run_archiver's; an exception that would
    have printed a traceback in a subprocess is put into stderr the same way."""
    argv = ["archiver", *map(str, args)]
    with CliRunner().isolation() as (out, err, _), mock.patch.object(sys, "argv", argv):
        try:
            archiver_cli.main()
            code = 0
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
        except Exception:
            sys.stderr.write(traceback.format_exc())
            code = 1
        sys.stdout.flush()
        sys.stderr.flush()
        stdout, stderr = out.getvalue(), err.getvalue()
    return subprocess.CompletedProcess(argv, code, stdout.decode(), stderr.decode())


def rows(db: Path, sql: str, params=()) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def assert_one_line_error(result: subprocess.CompletedProcess, code: int | None = None):
    assert result.returncode != 0
    if code is not None:
        assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("archiver: ")


@pytest.fixture
def realpages() -> Path:
    if not (REALPAGES / "gold.jsonl").is_file():
        pytest.skip("../shared/realpages is not present")
    return REALPAGES


def copy_archive(src: Path, dst: Path) -> Path:
    """A consistent copy of an SQLite archive (WAL included), through SQLite's backup API."""
    source, target = sqlite3.connect(src), sqlite3.connect(dst)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    return dst


@pytest.fixture(scope="session")
def demo_portal():
    """The bundled demo portal, served on 127.0.0.1 for the whole run (one server per xdist worker)."""
    server, base = serve(DEMO_SITE)
    yield base
    server.shutdown()


@pytest.fixture(scope="session")
def demo_crawl(demo_portal, tmp_path_factory) -> SimpleNamespace:
    """One real `archiver crawl demo` per run (per xdist worker): its archive, its output, the portal it crawled.
    Tests read it through demo_archive, a copy of their own."""
    db = tmp_path_factory.mktemp("demo-crawl") / "demo.db"
    result = run_archiver("crawl", "demo", "--base-url", demo_portal, "--db", db, "--delay", "0", "-q")
    assert "Traceback" not in result.stderr, result.stderr
    return SimpleNamespace(db=db, result=result, base=demo_portal)


@pytest.fixture
def demo_archive(demo_crawl, tmp_path) -> Path:
    """A copy of the crawled demo archive that the test may change; its URLs point at demo_crawl.base."""
    return copy_archive(demo_crawl.db, tmp_path / "demo.db")
