"""`archiver cycle`, `archiver worker`, `archiver ingest`: crawling with several machines (archiver/cluster)."""

import sys
from pathlib import Path

import click

from .cli_common import max_size_option, timeout_option
from .cluster import MAX_BACKLOG
from .errors import ArchiverError

redis_option = click.option(
    "--redis", "redis_url", required=True, metavar="URL", help="The cluster's Redis, e.g. redis://10.0.0.5:6379/0."
)
until_idle_option = click.option(
    "--until-idle",
    type=click.FloatRange(min=0),
    metavar="S",
    help="Exit after S seconds with nothing to do (default: run until stopped).",
)


def connect(url: str):
    try:
        from .cluster.frontier import connect as connect_redis
    except ImportError:
        raise ArchiverError(
            "the cluster commands need the cluster extra: pip install 'govnews-archiver[cluster]'"
        ) from None
    return connect_redis(url)


@click.command()
@click.argument("site", nargs=-1)
@click.option("--url", "urls", multiple=True, metavar="START_URL", help="A start page of a portal with no profile.")
@redis_option
@click.option(
    "--base-url",
    "base_urls",
    multiple=True,
    metavar="URL",
    help="Resolve a profile's relative start URLs against this address (repeat: one set of start pages on each).",
)
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Skip articles listed before this date.")
@click.option("--full", is_flag=True, help="Walk every listing page, even past pages that hold only archived articles.")
@click.option("--status", is_flag=True, help="Start nothing: show what the latest cycles did and what is waiting.")
@click.option("--last", type=click.IntRange(min=1), default=3, show_default=True, help="With --status: cycles shown.")
@click.option(
    "--db",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="With --status: the ingest's archive, for each cycle's fill rates.",
)
def cycle(site, urls, redis_url, base_urls, since, full, status, last, db):
    """Start a crawl cycle in the shared frontier: new seen-set, lost requests back, start pages pushed.

    With --status: per cycle, requests queued and fetched, captures stored and failed, the articles' outcomes
    and (with --db) fill rates; and what is still waiting in Redis."""
    from .crawl import CrawlOptions

    client = connect(redis_url)
    if status:
        show_status(client, last, db)
        return
    from .cluster.frontier import start_cycle
    from .cluster.keys import Keys

    options = CrawlOptions(
        sites=list(site),
        urls=list(urls),
        base_url=base_urls[0] if base_urls else None,
        since=since.date().isoformat() if since else None,
        full=full,
    )
    number, starts, lost = start_cycle(client, Keys(), options, list(base_urls))
    click.echo(f"cycle {number}: {starts} start pages pushed, {lost} requests an earlier cycle lost pushed again")


def show_status(client, last: int, db: Path | None) -> None:
    from .cli_common import open_archive
    from .cluster import status
    from .cluster.keys import Keys

    keys = Keys()
    cycles = status.recent_cycles(client, keys, last)
    if db is not None:
        with open_archive(db) as archive:
            status.add_fill_rates(archive, cycles)
    for line in status.report(cycles, status.waiting(client, keys)):
        click.echo(line)


@click.command()
@redis_option
@click.option(
    "--id", "worker_id", metavar="NAME", help="A name for this worker, in its summary line (default: host-pid)."
)
@click.option(
    "--concurrency", type=click.IntRange(min=1), default=1, show_default=True, help="Requests in flight per host."
)
@click.option(
    "--delay",
    type=click.FloatRange(min=0),
    default=1.0,
    show_default=True,
    help="Seconds between requests to one host, across all workers.",
)
@timeout_option
@max_size_option
@until_idle_option
@click.option(
    "--max-backlog",
    type=click.IntRange(min=0),
    default=MAX_BACKLOG,
    show_default=True,
    help="Pause while more captures than this wait for the ingest (about 12 KB each in Redis; 0: no limit).",
)
@click.option("-v", "--verbose", is_flag=True, help="Show Scrapy's log.")
def worker(redis_url, worker_id, concurrency, delay, timeout, max_size, until_idle, max_backlog, verbose):
    """Fetch requests from the shared frontier and hand each capture to the ingest queue."""
    connect(redis_url).close()
    from .cli_common import configure_crawl_logging
    from .cluster import worker as cluster_worker

    configure_crawl_logging(verbose)
    worker_id = worker_id or cluster_worker.default_id()
    options = cluster_worker.WorkerOptions(
        redis_url, concurrency, delay, timeout, max_size, until_idle, verbose, max_backlog
    )
    counts = cluster_worker.run(options)
    click.echo(
        f"worker {worker_id}: {counts.get('pages', 0)} pages fetched, {counts.get('errors', 0)} errors, "
        f"{counts.get('skipped_known', 0)} archived articles not fetched again"
    )


@click.command()
@redis_option
@click.option(
    "--db", type=click.Path(dir_okay=False, path_type=Path), default=Path("data/archive.db"), show_default=True
)
@until_idle_option
@click.option(
    "--extractors",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Extract in this many processes beside the writer (0: in the writer).",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress lines.")
def ingest(redis_url, db, until_idle, extractors, quiet):
    """The one writer: store the workers' captures in the archive, acknowledging each after commit."""
    client = connect(redis_url)
    from .cluster.writer import Writer, summary
    from .store import Archive

    with Archive(db) as archive:
        archive.lock_for_crawl()
        total = Writer(client, archive, extractors=extractors).run(until_idle, progress=not quiet)
    click.echo(summary(total))
    click.echo(f"archive: {db}")
    sys.exit(0)


def register(group: click.Group) -> None:
    """Add this module's commands to the `archiver` group."""
    for command in (cycle, worker, ingest):
        group.add_command(command)
