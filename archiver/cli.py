"""The `archiver` command: thin wrappers over the library. Errors a user can fix are one line.

Each command imports what it needs when it runs: `archiver search` or `export` starts without the
crawler, the extractor or the profiles (bench/analysts.py times it)."""

import json
import os
import sys
from pathlib import Path

import click

from . import PROFILES_ENV, __version__, cli_analysts, cli_archive, cli_cluster, cli_crawls
from .cli_common import configure_crawl_logging, db_option, fail, max_size_option, open_archive, timeout_option
from .errors import ArchiverError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="archiver")
@click.option(
    "--profiles",
    "profile_dirs",
    multiple=True,
    type=click.Path(file_okay=False, path_type=Path),
    metavar="DIR",
    help=f"Also read site profiles (*.toml) from DIR, before the shipped ones (also: {PROFILES_ENV}).",
)
def cli(profile_dirs):
    """Crawl Vietnamese government news portals into a SQLite archive."""
    if not profile_dirs and not os.environ.get(PROFILES_ENV):
        return  # no profiles of the user's to check: the shipped ones are read when a command needs them
    from . import profiles

    if profile_dirs:
        profiles.add_user_dirs(profile_dirs)
    else:
        profiles.check_user_profiles()


@cli.command()
def sites():
    """List the site and CMS-family profiles, and the file each is read from."""
    from . import profiles

    for name in profiles.available():
        p = profiles.load(name)
        kind = f"site ({', '.join(p.domains) or 'any host'})" if p.is_site else "CMS family"
        origin = "shipped" if profiles.is_shipped(name) else str(profiles.source(name))
        click.echo(f"{name:16} {kind:40} {p.description}  [{origin}]")


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
@timeout_option
@max_size_option
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
    max_size,
    verbose,
    quiet,
):
    """Crawl SITE profiles (see 'archiver sites') or --url START_URL into the archive.

    Exit status: 0 fine (nothing new is fine; so is a crawl cut short by --max-pages or --since), 3 something
    is wrong (a listing page, article or sitemap failed; a site found nothing; a fill rate dropped), 1 nothing
    could be fetched, 2 a usage error, 130 interrupted. A 404 on a page a --url crawl found in the portal's
    navigation is a dead link, counted apart, not a failure.
    """
    import logging

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
        max_size_mb=max_size,
        verbose=verbose,
        progress=not quiet,
    )
    configure_crawl_logging(verbose)
    result = run(options)
    logging.shutdown()
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
@click.option(
    "--site",
    help="Use this profile (default: the profile whose domain matches the URL, else the CMS family the page shows, "
    "else generic).",
)
@click.option("--generic", is_flag=True, help="Ignore profiles and CMS families: generic extraction only.")
def parse(files, url, site, generic):
    """Extract articles from saved pages offline; print one JSON object per page."""
    from . import profiles
    from .extract import extract

    profile = profiles.for_page(url, site, generic=generic)
    for path in files:
        if not path.is_file():
            fail(f"no such file: {path}")
        body = path.read_bytes()
        ex, used = extract(body, url, None, profile, families=not generic), profile
        # no address given: the one the page names may belong to a profiled site
        if profile is None and not generic and not url and ex.url and (named := profiles.for_page(ex.url)):
            ex, used = extract(body, url, None, named), named
        record = ex.to_dict() | {"file": str(path), "profile": used.name if used else None}
        if ex.issues:
            record["issues"] = [list(i) for i in ex.issues]
        click.echo(json.dumps(record, ensure_ascii=False))


@cli.command()
@db_option
@click.option("--site", help="Only this site.")
@click.option(
    "--by",
    type=click.Choice(["year", "month"]),
    help="Articles per year (a column per site), or per month (a line per year, a column per month).",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
def stats(db, site, by, as_json):
    """Articles per site and per month (or --by year|month, compact), field fill rates, latest crawls.

    Publication times are the portal's (+07:00); a crawl's times are shown in +07:00 with UTC beside.
    """
    from . import stats as st

    with open_archive(db) as archive:
        counts = st.per_period(archive, by or "month", site)
        sections = {
            "articles per site": st.per_site(archive, site),
            f"articles per {by or 'month'}": counts,
            "field fill rates (% of articles)": st.fill_rates(archive, site=site),
            "latest crawls": st.crawl_history(archive, site=site),
        }
    if site and not sections["articles per site"]:
        fail(f"no articles of site {site!r} in {db} (see 'archiver stats --db {db}' for its sites)")
    if as_json:
        click.echo(json.dumps(sections, ensure_ascii=False, indent=2))
        return
    compact = {"year": st.year_table, "month": st.month_grid}
    shown = {
        "articles per site": st.sites_for_display(sections["articles per site"]),
        f"articles per {by or 'month'}": compact[by](counts) if by else counts,
        "field fill rates (% of articles)": sections["field fill rates (% of articles)"],
        "latest crawls": st.crawls_for_display(sections["latest crawls"]),
    }
    for title, rows in shown.items():
        click.echo(f"\n{title}\n{st.render_table(rows)}")


@cli.command(name="eval")
@click.argument("gold", type=click.Path(path_type=Path))
@click.argument("pages", type=click.Path(path_type=Path), required=False)
@click.option("--site", help="Extract with this profile (default: the CMS family each page shows, else generic).")
@click.option("--generic", is_flag=True, help="No profile, no family recognised: the generic rules alone.")
@click.option("--by-family", is_flag=True, help="Also a table per CMS family (gold records that name a `family`).")
def eval_command(gold, pages, site, generic, by_family):
    """Score extraction against hand-checked pages: per-field accuracy and every wrong field.

    GOLD is a gold.jsonl file or a set's folder holding one (`archiver eval tests/fixtures/corpus`);
    PAGES defaults to that folder. Pages may be gzip-compressed (`*.html.gz`)."""
    from . import profiles
    from .evaluate import ALL, render_families, run_eval_by_family

    if gold.is_dir():
        pages = pages or gold
        gold = gold / "gold.jsonl"
    if pages is None:
        fail("say where the pages are: archiver eval GOLD PAGES (or give a set's folder holding gold.jsonl)", 2)
    if not gold.is_file():
        fail(f"no such gold file: {gold}")
    if not pages.is_dir():
        fail(f"no such pages folder: {pages}")
    if site and generic:
        fail("--site and --generic exclude each other")
    results = run_eval_by_family(gold, pages, profiles.load(site) if site else None, families=not generic)
    click.echo(results[ALL].render())
    if by_family:
        click.echo()
        click.echo(render_families(results))


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

    configure_crawl_logging(verbose=False)
    sys.exit(run_demo(db, port))


cli_archive.register(cli)
cli_analysts.register(cli)
cli_crawls.register(cli)
cli_cluster.register(cli)


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
        fail(str(exc), exc.exit_code)
    except BrokenPipeError:
        sys.stderr.close()
        code = 0
    sys.exit(code if isinstance(code, int) else 0)
