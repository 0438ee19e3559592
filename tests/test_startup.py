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
