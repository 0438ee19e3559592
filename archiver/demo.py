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


def run_demo(db: Path, port: int = 0) -> int:
    try:
        server, base_url = serve(demo_folder(), port)
    except OSError as exc:
        raise ArchiverError(f"cannot serve the demo portal on 127.0.0.1:{port}: {exc.strerror} (try --port 0)") from None
    click.echo(f"Serving the demo portal at {base_url}/ and crawling it into {db} ...")
    try:
        result = run(CrawlOptions(sites=[DEMO_SITE], db=db, delay=0.0, base_url=base_url, progress=False))
    finally:
        server.shutdown()
    for line in summary(result, db):
        click.echo(line)
    click.echo(
        "\nTry next:\n"
        f"  archiver stats --db {db}\n"
        f"  archiver export --db {db} --format csv -o articles.csv\n"
        f"  sqlite3 {db} \"SELECT published_at, author, views, title FROM articles ORDER BY published_at DESC LIMIT 5\"\n"
        f"  sqlite3 {db} \"SELECT url, field, reason FROM extraction_issues\"\n"
        f"  archiver parse tests/fixtures/mttq-baclieu/*.html\n"
    )
    # The demo portal has a missing page and an article with no date on purpose: that is not a failure.
    return EXIT_FAILED if result.exit_code == EXIT_FAILED else 0
