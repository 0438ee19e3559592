"""`archiver crawls`: every crawl of an archive, and what the archive holds walked to its end."""

import json

import click

from .cli_common import db_option, open_archive


@click.command()
@db_option
@click.option("--site", help="Only crawls that named this site (a profile, or a --url start URL).")
@click.option("--limit", type=click.IntRange(min=1), help="Only the latest N crawls (default: all).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
def crawls(db, site, limit, as_json):
    """List the crawls, latest first: when, why each ended, its counts and settings; then the coverage.

    finish_reason: finished, interrupted (Ctrl-C), budget (--max-pages), since (--since), killed (the run
    died; its row was closed by the next crawl), failed (a WARC import). Coverage: per listing chain, whether
    the archive holds it walked to its end; the next crawl walks an incomplete one again in full.
    """
    from .stats import crawl_history, crawls_for_display, render_table

    with open_archive(db) as archive:
        runs = crawl_history(archive, limit, site, columns=", articles_same, sites, settings")
        coverage = archive.query(
            "SELECT site, start_url, CASE complete WHEN 1 THEN 'complete' ELSE coalesce(reason, 'incomplete') END"
            " AS coverage, crawl_id, updated_at FROM coverage" + (" WHERE site = ?" if site else "") + " ORDER BY 1, 2",
            (site,) if site else (),
        )
    if as_json:
        for run in runs:
            run["sites"], run["settings"] = json.loads(run["sites"] or "[]"), json.loads(run["settings"] or "{}")
        click.echo(json.dumps({"crawls": runs, "coverage": coverage}, ensure_ascii=False, indent=2))
        return
    for run in runs:
        run["sites"] = ", ".join(json.loads(run["sites"] or "[]"))
        run.pop("settings")
    click.echo(f"crawls\n{render_table(crawls_for_display(runs))}\n\ncoverage\n{render_table(coverage)}")


def register(group: click.Group) -> None:
    """Add this module's commands to the `archiver` group."""
    group.add_command(crawls)
