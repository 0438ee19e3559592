"""The `archiver` command: thin wrappers over the library. Errors a user can fix are one line."""

import json
import sys
from pathlib import Path

import click

from . import __version__, profiles
from .errors import ArchiverError

DEFAULT_DB = Path("data/archive.db")
db_option = click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=DEFAULT_DB,
    show_default=True,
    help="The archive file.",
)


def fail(message: str, code: int = 1):
    click.echo(f"archiver: {message}", err=True)
    sys.exit(code)


def open_archive(db: Path):
    from .store import Archive

    return Archive(db, create=False)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="archiver")
def cli():
    """Crawl Vietnamese government news portals into a SQLite archive."""


@cli.command()
def sites():
    """List the shipped site and CMS-family profiles."""
    for name in profiles.available():
        p = profiles.load(name)
        kind = f"site ({', '.join(p.domains) or 'any host'})" if p.is_site else "CMS family"
        click.echo(f"{name:16} {kind:40} {p.description}")


@cli.command()
@click.argument("site", nargs=-1)
@click.option(
    "--url",
    "urls",
    multiple=True,
    metavar="START_URL",
    help="Crawl a portal with no profile: stay on this host, follow links, keep what reads as an article.",
)
@db_option
@click.option("--max-pages", type=click.IntRange(min=1), help="Stop after fetching this many pages in all.")
@click.option(
    "--since",
    type=click.DateTime(["%Y-%m-%d"]),
    help="Skip articles listed before this date (YYYY-MM-DD) and stop paginating past them.",
)
@click.option(
    "--delay",
    type=click.FloatRange(min=0),
    default=1.0,
    show_default=True,
    help="Seconds between requests to one domain (AutoThrottle adapts from there).",
)
@click.option(
    "--concurrency", type=click.IntRange(min=1), default=1, show_default=True, help="Requests in flight per domain."
)
@click.option(
    "--autothrottle/--no-autothrottle",
    default=True,
    show_default=True,
    help="Adapt the delay to the server's response times.",
)
@click.option(
    "--base-url",
    metavar="URL",
    help="Resolve a profile's relative start URLs against this address (a local mirror, the demo portal).",
)
@click.option(
    "--refresh-days",
    type=click.IntRange(min=0),
    metavar="N",
    help="Re-fetch articles first seen within N days (edits, view counts).",
)
@click.option("--full", is_flag=True, help="Walk every listing page, even past pages that hold only archived articles.")
@click.option(
    "--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True, help="Seconds to wait for a response."
)
@click.option("-v", "--verbose", is_flag=True, help="Show Scrapy's log.")
@click.option("-q", "--quiet", is_flag=True, help="No progress lines.")
def crawl(
    site,
    urls,
    db,
    max_pages,
    since,
    delay,
    concurrency,
    autothrottle,
    base_url,
    refresh_days,
    full,
    timeout,
    verbose,
    quiet,
):
    """Crawl SITE profiles (see 'archiver sites') or --url START_URL into the archive.

    Exit status: 0 all fine, 3 finished with some pages failing, 1 failed.
    """
    from .crawl import CrawlOptions, run, summary

    options = CrawlOptions(
        sites=list(site),
        urls=list(urls),
        db=db,
        since=since.date().isoformat() if since else None,
        max_pages=max_pages,
        delay=delay,
        concurrency=concurrency,
        autothrottle=autothrottle,
        base_url=base_url,
        refresh_days=refresh_days,
        full=full,
        timeout=timeout,
        verbose=verbose,
        progress=not quiet,
    )
    result = run(options)
    for line in summary(result, db):
        click.echo(line)
    if result.exit_code == 1:
        fail(f"nothing could be fetched: {result.start_failure}")
    sys.exit(result.exit_code)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--url", help="The address the page was fetched from (default: its canonical URL, og:url or HTTrack comment)."
)
@click.option("--site", help="Use this profile (default: the profile whose domain matches the URL, else generic).")
@click.option("--generic", is_flag=True, help="Ignore profiles: generic extraction only.")
def parse(files, url, site, generic):
    """Extract articles from saved pages offline; print one JSON object per page."""
    from .extract import extract

    chosen = profiles.load(site) if site else None
    for path in files:
        if not path.is_file():
            fail(f"no such file: {path}")
        body = path.read_bytes()
        profile = chosen or (profiles.for_url(url) if url and not generic else None)
        ex = extract(body, url, None, profile)
        if profile is None and not generic and not url and ex.url:
            # no address given: the one the page names may belong to a profiled site
            named = profiles.for_url(ex.url)
            if named is not None:
                profile, ex = named, extract(body, url, None, named)
        record = ex.to_dict() | {"file": str(path), "profile": profile.name if profile else None}
        if ex.issues:
            record["issues"] = [list(i) for i in ex.issues]
        click.echo(json.dumps(record, ensure_ascii=False))


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
def stats(db, as_json):
    """Articles per site and per month, field fill rates, latest crawls."""
    from . import stats as st

    with open_archive(db) as archive:
        sections = {
            "articles per site": st.per_site(archive),
            "articles per month": st.per_month(archive),
            "field fill rates (% of articles)": st.fill_rates(archive),
            "latest crawls": st.crawl_history(archive),
        }
    if as_json:
        click.echo(json.dumps(sections, ensure_ascii=False, indent=2))
        return
    for title, rows in sections.items():
        click.echo(f"\n{title}\n{st.render_table(rows)}")


@cli.command(name="eval")
@click.argument("gold", type=click.Path(path_type=Path))
@click.argument("pages", type=click.Path(path_type=Path))
@click.option("--site", help="Extract with this profile (default: generic, no profile).")
def eval_command(gold, pages, site):
    """Score extraction against hand-checked pages: per-field accuracy and every wrong field."""
    from .evaluate import run_eval

    if not gold.is_file():
        fail(f"no such gold file: {gold}")
    if not pages.is_dir():
        fail(f"no such pages folder: {pages}")
    result = run_eval(gold, pages, profiles.load(site) if site else None)
    click.echo(result.render())


@cli.command()
@db_option
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8377,
    show_default=True,
    help="Port for the demo portal on 127.0.0.1 (0: any free port). A fixed port keeps its URLs stable across runs.",
)
def demo(db, port):
    """Serve a bundled sample portal on 127.0.0.1, crawl it into an archive, show what to try next."""
    from .demo import run_demo

    sys.exit(run_demo(db, port))


from . import cli_analysts, cli_archive, cli_cluster  # noqa: E402  (their commands need the helpers above)

for _command in (*cli_archive.COMMANDS, *cli_analysts.COMMANDS, *cli_cluster.COMMANDS):
    cli.add_command(_command)


def main():
    try:
        code = cli.main(standalone_mode=False)
    except click.exceptions.NoArgsIsHelpError as exc:
        click.echo(exc.ctx.get_help())
        code = 0
    except click.UsageError as exc:
        hint = (
            f" (try 'archiver {exc.ctx.info_name} --help')"
            if exc.ctx and exc.ctx.parent
            else " (try 'archiver --help')"
        )
        fail(exc.format_message() + hint, 2)
    except click.Abort:
        fail("aborted", 130)
    except ArchiverError as exc:
        fail(str(exc))
    except BrokenPipeError:
        sys.stderr.close()
        code = 0
    sys.exit(code if isinstance(code, int) else 0)
