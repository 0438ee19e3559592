"""`archiver serve`: browse, facet and search the archive with datasette (an optional extra)."""

import json
import socket
import tempfile
from pathlib import Path

import click

from .datasette.metadata import build_metadata
from .errors import ArchiverError
from .store import Archive

PLUGINS = Path(__file__).parent / "datasette" / "plugins"
INSTALL_HINT = "datasette is not installed: pip install -e '.[serve]'"
# Folded search over a large archive and four facets need more than datasette's 1 s and 200 ms defaults;
# facet suggestions (trying every column of every table) cost seconds on a large archive and the useful
# facets are configured.
SETTINGS = {"sql_time_limit_ms": 5000, "facet_time_limit_ms": 1000, "default_page_size": 50, "suggest_facets": "off"}


def datasette_cli():
    try:
        from datasette.cli import cli
    except ImportError:
        raise ArchiverError(INSTALL_HINT) from None
    return cli


def check_port_free(host: str, port: int) -> None:
    """A port taken by another program is one line, not datasette's traceback."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server will: only a listener is in the way
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise ArchiverError(f"cannot serve on {host}:{port}: {exc.strerror} (try another --port)") from None


def serve(db: Path, host: str, port: int, allow_sql: bool = True) -> None:
    """Run datasette on the archive until interrupted. datasette opens it read-only (mode=ro, not immutable:
    a crawl may be writing it); allow_sql False leaves visitors the tables, facets, search and canned
    queries, but no SQL of their own."""
    cli = datasette_cli()
    check_port_free(host, port)
    with Archive(db, readonly=True):  # refuses what is not an archive, or one of another version, untouched
        pass
    with tempfile.TemporaryDirectory(prefix="archiver-serve-") as folder:
        metadata = Path(folder) / "metadata.json"
        metadata.write_text(json.dumps(build_metadata(Path(db).stem), ensure_ascii=False), encoding="utf-8")
        args = [
            "serve",
            str(db),
            "--host",
            host,
            "--port",
            str(port),
            "--metadata",
            str(metadata),
            "--plugins-dir",
            str(PLUGINS),
        ]
        settings = SETTINGS | ({} if allow_sql else {"default_allow_sql": "off"})
        for name, value in settings.items():
            args += ["--setting", name, str(value)]
        click.echo(f"Serving {db} at http://{host}:{port}/ (Ctrl-C to stop)", err=True)
        cli.main(args, prog_name="archiver serve", standalone_mode=False)
