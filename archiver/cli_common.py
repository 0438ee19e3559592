"""What every `archiver` command shares: the --db option, the one-line failure, opening an archive."""

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


def fail(message: str, code: int = 1) -> NoReturn:
    """Say what went wrong in one line on stderr and exit with `code`."""
    click.echo(f"archiver: {message}", err=True)
    sys.exit(code)


def open_archive(db: Path) -> "Archive":
    """An existing archive (a missing file is the user's mistake, not a new archive)."""
    from .store import Archive

    return Archive(db, create=False)
