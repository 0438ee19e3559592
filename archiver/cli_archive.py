"""Commands for archivists: WARC import and offline reparse (WARC export is 'export --format warc')."""

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .cli_common import check_site, db_option, fail, open_archive

if TYPE_CHECKING:
    from .reparse import ReparseResult

CHANGED_URLS_SHOWN = 10


@click.command(name="import-warc")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@db_option
@click.option(
    "--site",
    help="Extract every page with this profile (default: the profile whose domain matches the URL, else the CMS "
    "family the page shows, else generic).",
)
def import_warc_command(files, db, site):
    """Import WARC files (this tool's, Heritrix, Browsertrix, wget --warc-file) into the archive.

    Each HTML response becomes a capture and, when it reads as an article, an article. Importing the
    same file again adds nothing.
    """
    from .store import Archive
    from .warc import import_warc

    with Archive(db) as archive:
        counts = import_warc(archive, files, site=site)
    click.echo(import_summary(len(files), counts))


def import_summary(files: int, c: dict) -> str:
    def listed(parts: dict) -> str:
        return ", ".join(f"{n} {what}" for what, n in parts.items() if n) or "none"

    no_article = {
        "pages that are not articles": c.get("not_article", 0),
        "fetch problems (4xx/5xx, redirects, empty)": sum(v for k, v in c.items() if k.startswith("problem_")),
        "pages the extractor failed on": c.get("failed", 0),
        "pages older than their archived article": c.get("older_than_archive", 0),
    }
    skipped = {
        "not HTML": c.get("skipped_not_html", 0),
        "revisits": c.get("skipped_revisit", 0),
        "already in the archive": c.get("skipped_already_in_archive", 0),
        "in an encoding not undone": c.get("skipped_unknown_encoding", 0),
        "with a malformed target URI": c.get("skipped_bad_target_uri", 0),
        "too large": c.get("skipped_too_large", 0),
        "other": c.get("skipped_not_http", 0) + c.get("skipped_bad_status_line", 0),
    }
    return (
        f"imported {files} file{'s' if files != 1 else ''}: {c.get('records', 0)} records, "
        f"{c.get('responses', 0)} responses, {c.get('captures', 0)} captures stored; articles: "
        f"{c.get('new', 0)} new, {c.get('changed', 0)} changed, {c.get('same', 0)} same; "
        f"no article from: {listed(no_article)}; skipped: {listed(skipped)}"
    )


@click.command()
@db_option
@click.option("--site", help="Only captures of this site.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Only pages last fetched on or after this date.")
@click.option("--stale", is_flag=True, help="Only articles an older (other) extractor version made.")
def reparse(db, site, since, stale):
    """Re-extract archived pages offline with the current extractor.

    The latest good capture of each page is read again; changed articles keep their old content in
    article_versions. No network.
    """
    from .reparse import reparse as run_reparse

    with open_archive(db, write=True) as archive:
        check_site(archive, site)
        result = run_reparse(archive, site=site, since=since.date().isoformat() if since else None, stale=stale)
    for line in reparse_report(result):
        click.echo(line)


def reparse_report(r: "ReparseResult") -> list[str]:
    lines = [
        f"reparsed {r['reparsed']} articles: {r['changed']} changed, {r['unchanged']} unchanged "
        f"({r['updated']} with other fields updated), {r['new']} new; {r['failed']} failed, "
        f"{r['not_article']} not articles, {r['skipped']} skipped"
    ]
    lines += [f"  changed: {url}" for url in r["changed_urls"][:CHANGED_URLS_SHOWN]]
    if len(r["changed_urls"]) > CHANGED_URLS_SHOWN:
        lines.append(f"  ... and {len(r['changed_urls']) - CHANGED_URLS_SHOWN} more")
    lines += [
        f"  now under another URL (merged into it): {', '.join(old)} -> {new}"
        for old, new in r["rekeyed"][:CHANGED_URLS_SHOWN]
    ]
    lines += [f"  failed: {url}: {why}" for url, why in r["failures"][:CHANGED_URLS_SHOWN]]
    return lines


@click.command(name="import-dir")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@db_option
@click.option(
    "--site",
    help="Extract every page with this profile (default: the profile whose domain matches the URL, else the CMS "
    "family the page shows, else generic).",
)
@click.option(
    "--generic",
    is_flag=True,
    help="No site profile, as a --url crawl reads: the CMS family each page shows, else the generic rules; only "
    "pages that read as articles or notices get an article row.",
)
@click.option(
    "--base-url", help="The portal's address: a page's URL is its path under it when the page does not name one."
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def import_dir_command(folder, db, site, generic, base_url, quiet):
    """Import a portal saved by HTTrack or `wget --mirror`, offline.

    Every HTML file under FOLDER is a capture: its URL is HTTrack's `Mirrored from` comment, else the
    page's canonical link, else its path under --base-url. Pages are extracted and stored as a crawl
    stores them, one row per article; importing the same folder again adds nothing.
    """
    from .savedsite import html_files, import_dir, summary
    from .store import Archive

    if not folder.is_dir():
        fail(f"no such folder: {folder}")
    if site and generic:
        fail("--site and --generic exclude each other", 2)
    files = html_files(folder)
    bar = click.progressbar(length=len(files), label="importing", file=sys.stderr, hidden=quiet)
    with Archive(db) as archive, bar:
        counts = import_dir(
            archive, folder, site=site, generic=generic, base_url=base_url, progress=bar.update, files=files
        )
    click.echo(summary(folder, counts))


@click.command()
@db_option
def upgrade(db):
    """Bring an archive made by an older version up to date (the commands that only read never do)."""
    from .migrations import MIGRATIONS

    with open_archive(db, write=True):
        pass
    click.echo(f"{db}: archive schema {len(MIGRATIONS)}, up to date")


def register(group: click.Group) -> None:
    """Add this module's commands to the `archiver` group."""
    for command in (import_warc_command, import_dir_command, reparse, upgrade):
        group.add_command(command)
