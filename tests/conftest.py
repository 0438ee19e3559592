"""Shared test helpers: run the real `archiver` command, serve pages on 127.0.0.1, read the archive."""

import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

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
