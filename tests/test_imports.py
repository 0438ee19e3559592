"""Every module imports on its own, in a fresh interpreter: no import cycle hides behind an import order."""

import os
import pkgutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest
from conftest import ROOT

import archiver
import pipelines
import spiders


def all_modules() -> list[str]:
    names = []
    for package in (archiver, spiders, pipelines):
        names.append(package.__name__)
        names += [m.name for m in pkgutil.walk_packages(package.__path__, package.__name__ + ".")]
    return names


def import_alone(name: str) -> str | None:
    """Why `import name` fails in a fresh interpreter, or None."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-c", f"import {name}"], capture_output=True, text=True, env=env, cwd=ROOT)
    return f"{name}: {run.stderr.strip().splitlines()[-1]}" if run.returncode else None


@pytest.mark.e2e
def test_every_module_imports_on_its_own():
    names = all_modules()
    assert {"archiver.cli_archive", "archiver.cli_analysts", "archiver.migrations", "spiders.portal"} <= set(names)
    with ThreadPoolExecutor(max_workers=2) as pool:  # one process per module: an import order cannot hide a cycle
        failures = [why for why in pool.map(import_alone, names) if why]
    assert failures == []
