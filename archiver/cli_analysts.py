"""Commands for analysts: search, serve (datasette), report, export."""

import json
import sys
from contextlib import closing, contextmanager
from pathlib import Path

import click

from .cli_common import check_site, db_option, fail, open_archive


@click.command()
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "parquet", "warc"]),
    default="jsonl",
    show_default=True,
    help="parquet: needs pyarrow and -o. warc: the captures themselves (WARC/1.1, gzip; needs -o; --since/--until match the fetch date).",
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default: standard output)."
)
@click.option("--site", help="Only this site.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Published on or after this date.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Published on or before this date.")
@click.option("--bom", is_flag=True, help="CSV: start with a UTF-8 byte order mark, for spreadsheet programs.")
def export(db, fmt, output, site, since, until, bom):
    """Export articles with their provenance (capture id, payload digest, fetched_at, extractor version).

    Rows stream in batches; writing to a file on a terminal shows a progress bar.
    """
    from . import export as ex
    from .output import output_file

    day = lambda d: d.date().isoformat() if d else None  # noqa: E731
    if fmt == "warc":
        return export_warc(db, output, site, day(since), day(until))
    if fmt == "parquet" and not output:
        fail("--format parquet writes a binary file: give it with -o FILE.parquet")
    with open_archive(db) as archive:
        check_site(archive, site)
        total = ex.count_articles(archive, site, day(since), day(until)) if output else 0
        with export_progress(total, enabled=bool(output) and sys.stderr.isatty()) as advance:
            # the rows are read in one transaction, ended here (closing) even when writing fails
            if fmt == "parquet":
                with output_file(output, db, binary=True) as stream:
                    count = ex.write_parquet(archive, stream, site, day(since), day(until), advance)
            else:
                chunks = (
                    ex.csv_chunks(archive, site, day(since), day(until), bom)
                    if fmt == "csv"
                    else ex.jsonl_chunks(archive, site, day(since), day(until))
                )
                with closing(chunks), output_file(output, db, binary=True) if output else stdout_bytes() as stream:
                    count = write_chunks(chunks, stream, advance)
    if output:
        click.echo(f"{count} articles written to {output}", err=True)


def write_chunks(chunks, stream, advance) -> int:
    """Write the chunks of bytes, reporting their rows to the progress bar; the number of rows written."""
    count = 0
    for chunk, rows in chunks:
        stream.write(chunk)
        advance(rows)
        count += rows
    return count


@contextmanager
def stdout_bytes():
    """Standard output for bytes (what was echoed before them is flushed first)."""
    sys.stdout.flush()
    yield sys.stdout.buffer
    sys.stdout.buffer.flush()


@contextmanager
def export_progress(total: int, enabled: bool):
    """Yields advance(n): a click progress bar on stderr when enabled, else a no-op."""
    if not enabled:
        yield lambda n: None
        return
    with click.progressbar(length=total, label="exporting", file=sys.stderr, show_pos=True) as bar:
        yield bar.update


def export_warc(db, output, site, since, until):
    from .warc import write_warc

    if not output:
        fail("--format warc writes a binary file: give it with -o FILE.warc.gz")
    with open_archive(db) as archive:
        check_site(archive, site)
        count = write_warc(archive, output, site=site, since=since, until=until)
    click.echo(f"{count} captures written to {output}", err=True)


@click.command()
@click.argument("query", nargs=-1, required=True)
@db_option
@click.option("--site", help="Only this site.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Published on or after this date.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Published on or before this date.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="At most this many articles.")
def search(query, db, site, since, until, limit):
    """Full-text search of titles, leads and bodies; diacritics optional ('xu phat' finds 'xử phạt').

    Syllables typed together are one word, in order: 'xu ly vi pham'. Several words: "quoted" "phrases"
    or AND; also OR, -excluded, prefix*. A query typed with marks ranks exact matches first. Prints JSON
    Lines, best first, with a [highlighted] snippet.
    """
    from .search import search as run_search

    text = " ".join(query)
    day = lambda d: d.date().isoformat() if d else None  # noqa: E731
    with open_archive(db) as archive:
        check_site(archive, site)
        hits = run_search(archive, text, site=site, since=day(since), until=day(until), limit=limit)
    for hit in hits:
        click.echo(json.dumps(hit, ensure_ascii=False))
    if not hits:
        click.echo(f"no articles match {text!r}", err=True)


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8001, show_default=True, help="Port to listen on.")
@click.option(
    "--no-sql",
    is_flag=True,
    help="Turn off visitors' own SQL (by default any read-only query, 5 s at most); for a shared deployment.",
)
def serve(db, host, port, no_sql):
    """Browse, facet and search the archive in datasette (pip install -e '.[serve]'). Read-only."""
    from .serve import serve as run_datasette

    run_datasette(db, host, port, allow_sql=not no_sql)


@click.command()
@db_option
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("report.html"),
    show_default=True,
    help="The HTML file to write.",
)
def report(db, output):
    """Write a one-page HTML report: articles per month per site, fill rates, crawls, most viewed."""
    from .report import write_report

    with open_archive(db) as archive:
        write_report(archive, output)
    click.echo(f"report written to {output}", err=True)


def register(group: click.Group) -> None:
    """Add this module's commands to the `archiver` group."""
    for command in (export, search, serve, report):
        group.add_command(command)
