"""`archiver demo`: the whole flow on a bundled sample portal, with no real server touched."""

from importlib import resources
from pathlib import Path

import click

from .crawl import EXIT_FAILED, CrawlOptions, run, summary
from .errors import ArchiverError
from .localserver import serve

DEMO_SITE = "demo"


def demo_folder() -> Path:
    return Path(str(resources.files("archiver") / "demo_site"))


def next_steps(db: Path) -> list[tuple[str, str]]:
    return [
        (f"archiver stats --db {db}", "# articles per site and month, fill rates"),
        (f"archiver search --db {db} mat tran", "# full-text search, diacritics optional"),
        (f"archiver export --db {db} --format csv -o articles.csv", "# with provenance"),
        (f"archiver report --db {db} -o report.html", "# one HTML page with charts"),
        (f"archiver serve --db {db}", "# browse in datasette (pip install -e '.[serve]')"),
        (f"archiver demo --db {db}", "# again: only what changed is fetched"),
        (f'sqlite3 {db} "SELECT published_at, author, views, title FROM articles LIMIT 5"', ""),
    ]


def run_demo(db: Path, port: int = 0) -> int:
    try:
        server, base_url = serve(demo_folder(), port)
    except OSError as exc:
        raise ArchiverError(
            f"cannot serve the demo portal on 127.0.0.1:{port}: {exc.strerror} (try --port 0)"
        ) from None
    click.echo(f"Serving the demo portal at {base_url}/ and crawling it into {db} ...")
    try:
        result = run(CrawlOptions(sites=[DEMO_SITE], db=db, delay=0.0, base_url=base_url, progress=False))
    finally:
        server.shutdown()
    for line in summary(result, db):
        click.echo(line)
    click.echo("\nThe demo portal links one missing page (the 404 above) and has one article with no date, on purpose.")
    click.echo("\nTry next:")
    width = max(len(command) for command, why in next_steps(db) if why)
    for command, why in next_steps(db):
        click.echo(f"  {command.ljust(width)}  {why}".rstrip())
    # The demo portal has a missing page and an article with no date on purpose: that is not a failure.
    return EXIT_FAILED if result.exit_code == EXIT_FAILED else 0
