"""Reading commands start without what only writing or crawling needs (bench/analysts.py times them)."""

import os
import subprocess
import sys

import pytest
from conftest import ROOT
from test_search import build_archive

# Imported by a reading command, each would add to every search's start-up (sqlite-utils alone was a third).
WRITING_ONLY = ("sqlite_utils", "scrapy", "twisted", "dateparser", "lxml")


def modules_loaded_by(*args) -> set[str]:
    """The modules `archiver ARGS` has imported when it exits (it must succeed)."""
    program = (
        "import atexit, sys\n"
        "atexit.register(lambda: sys.stderr.write('\\nMODULES ' + ' '.join(sys.modules) + '\\n'))\n"
        "from archiver.cli import main\n"
        f"sys.argv = ['archiver', *{list(map(str, args))!r}]\n"
        "main()\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, env=env, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    listed = [line for line in run.stderr.splitlines() if line.startswith("MODULES ")]
    return {name.split(".")[0] for name in listed[-1].split()[1:]}


@pytest.mark.parametrize(
    "command",
    [["search", "xu phat"], ["stats"], ["export", "--format", "csv"]],
    ids=["search", "stats", "export"],
)
def test_reading_commands_import_nothing_only_writing_needs(tmp_path, command):
    db = build_archive(tmp_path / "archive.db")
    loaded = modules_loaded_by(*command[:1], "--db", db, *command[1:])
    assert "archiver" in loaded  # the command ran through the package
    assert loaded.isdisjoint(WRITING_ONLY), sorted(loaded & set(WRITING_ONLY))


# A search reads the index: the profiles (read with tomllib), hashing (OpenSSL) and the writing of files
# (tempfile) are for other commands, Parquet (pyarrow) for export.
NOT_FOR_SEARCH = ("tomllib", "hashlib", "tempfile", "pyarrow")


def test_search_starts_with_what_a_search_needs(tmp_path):
    db = build_archive(tmp_path / "archive.db")
    loaded = modules_loaded_by("search", "--db", db, "xu phat", "--since", "2024-01-01")
    assert "sqlite3" in loaded
    assert loaded.isdisjoint(NOT_FOR_SEARCH), sorted(loaded & set(NOT_FOR_SEARCH))
    # a --site is checked against the profiles, which then are read
    assert "tomllib" in modules_loaded_by("search", "--db", db, "xu phat", "--site", "hue")
