"""Commands for analysts: export (and, to come, search, serve, report)."""

import sys
from pathlib import Path

import click

from .cli import db_option, fail, open_archive


@click.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "warc"]), default="jsonl", show_default=True,
              help="warc: the captures themselves (WARC/1.1, gzip; needs -o; --since/--until match the fetch date).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default: standard output).")
@click.option("--site", help="Only this site.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Published on or after this date.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Published on or before this date.")
@click.option("--bom", is_flag=True, help="CSV: start with a UTF-8 byte order mark, for spreadsheet programs.")
def export(db, fmt, output, site, since, until, bom):
    """Export articles with their provenance (capture id, payload digest, fetched_at)."""
    from .export import iter_articles, write_csv, write_jsonl

    day = lambda d: d.date().isoformat() if d else None  # noqa: E731
    if fmt == "warc":
        return export_warc(db, output, site, day(since), day(until))
    with open_archive(db) as archive:
        rows = iter_articles(archive, site, day(since), day(until))
        try:
            out = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
        except OSError as exc:
            fail(f"cannot write {output}: {exc.strerror}")
        with out if output else open(sys.stdout.fileno(), "w", encoding="utf-8", newline="", closefd=False) as stream:
            count = write_csv(rows, stream, bom) if fmt == "csv" else write_jsonl(rows, stream)
    if output:
        click.echo(f"{count} articles written to {output}", err=True)



def export_warc(db, output, site, since, until):
    from .warc import write_warc

    if not output:
        fail("--format warc writes a binary file: give it with -o FILE.warc.gz")
    with open_archive(db) as archive:
        count = write_warc(archive, output, site=site, since=since, until=until)
    click.echo(f"{count} captures written to {output}", err=True)


COMMANDS = [export]
