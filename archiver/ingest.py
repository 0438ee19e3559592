"""From a fetched response to a stored capture and article: the rules every way in shares.

The live crawl, WARC import and reparse all decide the same way whether a response can hold an
article (`fetch_problem`) and store it the same way (`Ingester`). During a crawl the Ingester runs in
a worker process beside Scrapy (`IngestWorker`), so fetching, and extracting and storing, use both cores.
"""

import contextlib
import logging
import multiprocessing
import queue
import resource
import signal
import threading
from collections import Counter

from . import identity, profiles
from .store import Archive, Capture

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")
QUEUED_PAGES = 64  # pages waiting in the worker: a bound on memory when extraction lags behind fetching
ROW_EVERY = 50  # pages between two writes of a crawl's counts into its row (a killed crawl's row stays near right)


def fetch_problem(capture: Capture) -> str | None:
    """Why a stored response cannot hold an article, or None."""
    if capture.status is None:
        return capture.error
    if capture.status == 304:
        return "not_modified"
    if capture.status >= 400:
        return f"http_{capture.status}"
    if capture.status >= 300:
        return "redirect_not_followed"
    ctype = (capture.content_type or "").split(";")[0].strip().lower()
    if ctype and ctype not in HTML_TYPES:
        return "not_html"
    if not capture.body.strip():
        return "empty_body"
    return None


# The portal's rules (robots.txt) and the crawler's (where it goes, how long a URL may be): a page
# refused is recorded with its reason and counted apart, not as an error.
REFUSALS = ("robots_disallowed", "offsite_redirect", "url_too_long")
# Gone pages. Only where the generic crawl found the link in a portal's navigation (kind 'page') is one the
# portal's dead link, counted apart; a listing or an article that a profile's listing names is a failure.
DEAD = ("http_404", "http_410")


def fetch_verdict(capture: Capture, problem: str | None) -> str:
    """How a fetch counts: 'ok', 'not_modified', 'refused', 'dead_link', or 'error' (something failed)."""
    if problem in REFUSALS:
        return "refused"
    if problem == "not_modified":
        return "not_modified"
    if problem is None or (problem == "not_html" and capture.kind != "article"):
        return "ok"  # a PDF behind a link is no problem in --url mode; where an article was expected it is
    if problem in DEAD and capture.kind == "page":
        return "dead_link"
    return "error"


def extraction_failure(ex) -> str | None:
    """extract() never raises: a page it could not read at all carries an issue on the field 'page'."""
    return next((reason for name, reason in ex.issues if name == "page"), None)


class Ingester:
    """Stores captures and the articles extracted from them, counting what happened."""

    def __init__(self, archive: Archive, crawl_id: int | None):
        from .extract import extract  # the extractor loads its rules on import: only where it is used

        self.archive, self.crawl_id, self.extract = archive, crawl_id, extract
        self.counts: Counter = Counter()
        self.row: Counter = Counter()  # the crawls row's pages and errors, kept as the crawl goes

    def keep_row_counts(self) -> None:
        """Write the crawl's counts so far into its crawls row (committed with the pages they count)."""
        if self.crawl_id is not None:
            self.archive.update_crawl_counts(self.crawl_id, self.counts | self.row)

    def ingest_counted(self, capture: Capture, profile_name: str | None) -> str:
        """ingest(), counting the page in the crawl's row and writing the row every ROW_EVERY pages."""
        outcome = self.ingest(capture, profile_name)
        self.row["pages"] += 1
        self.row["errors"] += fetch_verdict(capture, fetch_problem(capture)) == "error"
        if self.row["pages"] % ROW_EVERY == 0:
            self.keep_row_counts()
        return outcome

    def ingest(self, capture: Capture, profile_name: str | None, keep_newer: bool = False) -> str:
        """Store the capture, then its article; returns the outcome: 'new', 'changed', 'same', or why no
        article was saved (a fetch problem, 'extract_failed', 'not_article', 'older_than_archive').

        profile_name: the profile the page was fetched for; None reads it generically.

        keep_newer: leave an article archived from a later fetch as it is (an old WARC imported late).
        """
        problem = fetch_problem(capture)
        if problem and capture.error is None and problem != "not_modified":
            capture.error = problem
        capture_id = self.archive.add_capture(capture, self.crawl_id)
        if problem == "not_modified":
            self.archive.touch_article(capture.url, capture.fetched_at)
            return problem
        if problem or capture.kind not in ("article", "page"):
            return problem or capture.kind
        profile = profiles.for_page(capture.final_url, profile_name, generic=profile_name is None)
        ex = self.extract(capture.body, capture.final_url, capture.content_type, profile)
        if failure := extraction_failure(ex):
            self.archive.set_capture_error(capture_id, f"extract_failed: {failure}")
            self.counts["extract/failed"] += 1
            return "extract_failed"
        if capture.kind == "page" and not ex.is_article:
            return "not_article"  # a listing or a static page read generically: its capture is archived
        reader = profiles.reader(profile, ex.provenance)
        article_id = identity.article_id(reader, (capture.final_url, capture.url, ex.canonical_url))
        key = self.archive.article_key(ex, capture.site, article_id)
        if keep_newer and key and self.archive.archived_later(key, capture.fetched_at):
            self.archive.add_sighting(key, ex, capture_id, capture.fetched_at)
            return "older_than_archive"  # the capture is kept; the newer article stays
        outcome = self.archive.save_article(
            ex, capture_id=capture_id, site=capture.site, fetched_at=capture.fetched_at, article_id=article_id
        )
        self.counts[f"articles/{outcome}"] += 1
        for field, _reason in ex.issues:
            self.counts[f"extract/missing_{field}"] += 1
        return outcome


def _serve_ingester(jobs, results, db_path: str, crawl_id: int) -> None:
    """The worker process: ingest every (capture, profile) job until the crawler says stop or goes away."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the crawler's to handle: it drains us
    waiting: queue.Queue = queue.Queue(maxsize=QUEUED_PAGES)

    def receive():  # a thread reads the pipe so the crawler rarely waits on a send
        while True:
            try:
                job = jobs.recv()
            except (EOFError, OSError):  # the crawler died: store what arrived, then stop
                job = None
            waiting.put(job)
            if job is None:
                return

    threading.Thread(target=receive, daemon=True).start()
    archive = Archive(db_path)
    ingester = Ingester(archive, crawl_id)
    while (job := waiting.get()) is not None:
        try:
            ingester.ingest_counted(*job)
        except Exception as exc:  # a bug must not lose the pages after it
            log.error("%s: could not be stored: %s", job[0].url, exc)
            ingester.counts["ingest_failed"] += 1
    ingester.keep_row_counts()  # also when the crawler was killed: its row counts what was stored
    archive.close()
    ingester.counts["worker_peak_rss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with contextlib.suppress(BrokenPipeError, OSError):
        results.send(dict(ingester.counts))


class IngestWorker:
    """A process that stores and extracts what the crawler fetches, one page at a time, in order."""

    def __init__(self, db_path: str, crawl_id: int):
        context = multiprocessing.get_context("spawn")  # no fork of a process running Twisted threads
        jobs_in, self.jobs = context.Pipe(duplex=False)
        self.results, results_out = context.Pipe(duplex=False)
        self.process = context.Process(
            target=_serve_ingester, args=(jobs_in, results_out, db_path, crawl_id), name="archiver-ingest", daemon=True
        )
        self.process.start()
        jobs_in.close()  # the worker's ends: closed here, so each side sees EOF when the other is gone
        results_out.close()

    def send(self, capture: Capture, profile_name: str | None) -> None:
        try:
            self.jobs.send((capture, profile_name))
        except (BrokenPipeError, OSError):
            raise WorkerGone(f"the storage process stopped (exit code {self.process.exitcode})") from None

    def finish(self) -> dict:
        """Tell the worker no more pages come, wait for it to store the rest, return its counts."""
        try:
            self.jobs.send(None)
            counts = self.results.recv()
        except (EOFError, BrokenPipeError, OSError):
            counts = {"ingest_failed": 1}
        self.process.join()
        return counts


class WorkerGone(RuntimeError):
    """The storage process died; the crawl cannot store what it fetches."""
