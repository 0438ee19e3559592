"""What every `archiver` command shares: the --db option, the one-line failure, opening an archive."""

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

if TYPE_CHECKING:  # the store is imported when a command opens one: `archiver --help` stays quick
    from .store import Archive

DEFAULT_DB = Path("data/archive.db")
db_option = click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=DEFAULT_DB,
    show_default=True,
    help="The archive file.",
)
# What a download may take, shared by `archiver crawl` and `archiver worker` (same defaults, same outcomes).
timeout_option = click.option(
    "--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True, help="Seconds to wait for a response."
)
max_size_option = click.option(
    "--max-size",
    type=click.FloatRange(min=0.001),
    default=16.0,
    show_default=True,
    metavar="MB",
    help="Refuse a response larger than this, compressed or once decompressed (recorded as too_large).",
)


def fail(message: str, code: int = 1) -> NoReturn:
    """Say what went wrong in one line on stderr and exit with `code`."""
    click.echo(f"archiver: {message}", err=True)
    sys.exit(code)


def open_archive(db: Path, write: bool = False) -> "Archive":
    """An existing archive (a missing file is the user's mistake, not a new archive), read-only unless the
    command writes: a command that reads never changes the file, and reads a copy on a read-only share."""
    from .store import Archive

    return Archive(db, create=False, readonly=not write)


def check_site(archive: "Archive", site: str | None) -> None:
    """A --site that names neither a profile nor a site this archive holds would match nothing: say so (exit 2)."""
    if not site:
        return
    from . import profiles

    if site in profiles.available():
        return
    # EXISTS each, articles first (its site index answers at once): a UNION would read every capture.
    if archive.db.execute(
        "SELECT EXISTS (SELECT 1 FROM articles WHERE site = ?) OR EXISTS (SELECT 1 FROM captures WHERE site = ?)",
        (site, site),
    ).fetchone()[0]:
        return
    held = [s for (s,) in archive.db.execute("SELECT DISTINCT site FROM articles WHERE site IS NOT NULL ORDER BY 1")]
    fail(
        f"unknown site {site!r}: not a profile (see 'archiver sites') nor in this archive ({', '.join(held) or 'no articles yet'})",
        2,
    )


# Scrapy and Twisted log every failed fetch with a traceback; the pipeline already says it in one line.
NOISY_LOGGERS = ("scrapy", "twisted", "py.warnings")


class QuietLibraries(logging.Filter):
    """Let through only critical records of the noisy libraries (and everything of this project's)."""

    def filter(self, record: logging.LogRecord) -> bool:
        noisy = any(record.name == n or record.name.startswith(n + ".") for n in NOISY_LOGGERS)
        return not noisy or record.levelno >= logging.CRITICAL


def configure_crawl_logging(verbose: bool) -> None:
    """One line per record on stderr: the crawl's warnings, or with --verbose Scrapy's log too."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    handler.setLevel(logging.INFO if verbose else logging.WARNING)
    if not verbose:
        handler.addFilter(QuietLibraries())
    logging.root.addHandler(handler)
    logging.root.setLevel(logging.NOTSET)
