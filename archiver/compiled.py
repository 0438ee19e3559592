"""Which of the optional compiled modules (setup.py builds them where a C compiler is at hand) to use."""

import importlib
import os


def compiled(module: str, *names: str) -> tuple | None:
    """The named objects of the compiled module archiver.<module>, or None for the pure-Python twins: when
    ARCHIVER_PURE_PYTHON=1 asks for them (the tests run on both), or the module was not built (or was built for
    another lxml, which its import refuses)."""
    if os.environ.get("ARCHIVER_PURE_PYTHON") == "1":
        return None
    try:
        found = importlib.import_module(f"archiver.{module}")
    except ImportError:
        return None
    return tuple(getattr(found, name) for name in names)
