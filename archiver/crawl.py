"""Run one crawl: build the Scrapy settings from the user's options, run the portal spider, summarise.

CrawlMemory is the crawl's policy from what earlier crawls archived: what not to fetch again, what to ask
for conditionally, whether to finish an interrupted crawl's walk.
"""

import json
import resource
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from . import profiles, stats
from .errors import UsageError
from .store import Archive

# Exit codes a scheduler can tell apart: 0 fine (also a crawl that found nothing new, or one cut short by
# --max-pages / --since, as asked); 1 nothing could be fetched; 3 something is wrong with the crawl (a listing
# page, an article, a sitemap failed: 5xx, timeout, 404 where a listing named a page; a site found nothing;
# a field's fill rate dropped); 130 interrupted (Ctrl-C, SIGTERM). 2, a usage error, is the CLI's.
EXIT_OK, EXIT_FAILED, EXIT_PARTIAL, EXIT_INTERRUPTED = 0, 1, 3, 130
FILL_FIELDS = ("title", "published_at", "author", "views", "body")
DRIFT_FIELDS = ("published_at", "body")
DRIFT_POINTS = 5.0
# Fetches that failed without the page saying it is gone (a 5xx or a 429 are answers, these are none):
# worth asking again on the next crawl (CrawlMemory.failed).
TRANSIENT_FAILURES = ("timeout", "connection_refused", "download_failed", "dns_lookup_failed")


@dataclass
class CrawlOptions:
    sites: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    db: Path = Path("data/archive.db")
    since: str | None = None
    max_pages: int | None = None
    delay: float = 1.0
    concurrency: int = 1
    autothrottle: bool = True
    timeout: float = 30.0
    max_size_mb: float = 16.0  # a larger response is refused (too_large); also caps gzip/deflate expansion
    base_url: str | None = None  # resolves relative start URLs of a profile (the demo portal)
    refresh_days: int | None = None  # re-fetch articles first seen within this many days
    full: bool = False  # walk every listing page even when a page holds only known articles
    verbose: bool = False
    progress: bool = True


@dataclass
class CrawlResult:
    crawl_id: int
    counts: dict
    finish_reason: str
    start_failure: str | None
    fill: dict = field(default_factory=dict)  # site -> field -> % of this run's articles
    drift: list[str] = field(default_factory=list)  # fill-rate drops that suggest a template change
    found_nothing: list[str] = field(default_factory=list)  # sites whose crawl found nothing, and why
    incomplete: dict = field(default_factory=dict)  # start URL -> why the archive does not cover it to its end

    @property
    def exit_code(self) -> int:
        if self.start_failure and not self.counts.get("pages_ok"):
            return EXIT_FAILED
        if self.counts.get("errors") or self.drift or self.found_nothing:
            return EXIT_PARTIAL
        return EXIT_INTERRUPTED if self.finish_reason == "interrupted" else EXIT_OK


def scrapy_settings(options: CrawlOptions, crawl_id: int) -> Settings:
    settings = Settings()
    settings.setmodule("archiver.settings", priority="project")
    settings.setdict(
        {
            "ARCHIVE_DB": str(options.db),
            "ARCHIVE_CRAWL_ID": crawl_id,
            "ARCHIVE_PROGRESS": options.progress,
            "DOWNLOAD_DELAY": options.delay,
            **download_limits(options.timeout, options.max_size_mb),
            "AUTOTHROTTLE_ENABLED": options.autothrottle,
            "AUTOTHROTTLE_START_DELAY": max(options.delay, 0.0),
            "AUTOTHROTTLE_TARGET_CONCURRENCY": float(options.concurrency),
            "CONCURRENT_REQUESTS_PER_DOMAIN": options.concurrency,
            "CONCURRENT_REQUESTS": max(16, options.concurrency),
            # where log records go is the caller's to configure (the CLI: cli_common.configure_crawl_logging)
            "LOG_INSTALL_ROOT_HANDLER": False,
            "LOG_LEVEL": "INFO" if options.verbose else "WARNING",
        },
        priority="cmdline",
    )
    return settings


def download_limits(timeout: float, max_size_mb: float) -> dict:
    """Scrapy's settings for --timeout and --max-size (a local crawl's and a cluster worker's)."""
    max_bytes = int(max_size_mb * 1024 * 1024)
    return {"DOWNLOAD_TIMEOUT": timeout, "DOWNLOAD_MAXSIZE": max_bytes, "DOWNLOAD_WARNSIZE": max_bytes // 4}


def check_options(options: CrawlOptions) -> None:
    """Fail early, with one line, on what the user can fix."""
    if not options.sites and not options.urls:
        raise UsageError("name at least one SITE (see 'archiver sites') or give --url START_URL")
    for name in options.sites:
        if name not in profiles.available():
            raise UsageError(f"unknown site {name!r} (known: {', '.join(profiles.available())}; see 'archiver sites')")
        profile = profiles.load(name)
        if not profile.crawl.get("start_urls"):
            raise UsageError(f"profile {name!r} is a CMS family, not a site: it has no start URLs")
        relative = [u for u in profile.crawl["start_urls"] if not u.startswith(("http://", "https://"))]
        if relative and not options.base_url:
            raise UsageError(f"profile {name!r} has relative start URLs: give --base-url (the portal's address)")
    for url in options.urls + ([options.base_url] if options.base_url else []):
        if not url.startswith(("http://", "https://")):
            raise UsageError(f"not an http(s) address: {url!r}")
    if options.concurrency < 1:
        raise UsageError("--concurrency must be at least 1")
    if options.delay < 0:
        raise UsageError("--delay cannot be negative")


def run(options: CrawlOptions) -> CrawlResult:
    check_options(options)
    archive = Archive(options.db)
    archive.lock_for_crawl()
    try:
        crawl_id = archive.begin_crawl(options.sites + options.urls, settings_record(options))
        archive.close_dead_crawls(crawl_id)
        process = CrawlerProcess(scrapy_settings(options, crawl_id))
        crawler = process.create_crawler("portal")
        process.crawl(
            crawler,
            sites=",".join(options.sites),
            urls=",".join(options.urls),
            since=options.since or "",
            max_pages=str(options.max_pages or ""),
            base_url=options.base_url or "",
            refresh_days="" if options.refresh_days is None else str(options.refresh_days),
            full="1" if options.full else "",
        )
        process.start()
        scrapy_stats = crawler.stats.get_stats()
        counts = archiver_counts(scrapy_stats)
        finish_reason = counts.get("finish_reason") or scrapy_stats.get("finish_reason", "unknown")
        fill = record_fill_rates(archive, crawl_id)
        drift = fill_drops(fill, previous_fill_rates(archive, crawl_id))
        incomplete = dict(
            archive.db.execute(
                "SELECT start_url, reason FROM coverage WHERE complete = 0 AND crawl_id = ?", (crawl_id,)
            )
        )
    finally:
        archive.close()
    return CrawlResult(
        crawl_id=crawl_id,
        counts=counts,
        finish_reason=finish_reason,
        start_failure=scrapy_stats.get("archiver/start_failed_reason"),
        fill=fill,
        drift=drift,
        found_nothing=found_nothing(options, counts, fill, finish_reason),
        incomplete=incomplete,
    )


def settings_record(options: CrawlOptions) -> dict:
    """Every option the crawl ran with, for its crawls row (where it writes and how it talks are left out)."""
    return {k: v for k, v in asdict(options).items() if k not in ("db", "verbose", "progress")} | {
        "db": str(options.db)
    }


def found_nothing(options: CrawlOptions, counts: dict, fill: dict, finish_reason: str) -> list[str]:
    """Sites whose crawl found nothing, each with why: their listing pages matched none of the profile's
    selectors, or (a crawl that ran to its end) it archived no article and met none the archive holds."""
    if not counts.get("pages_ok"):
        return []  # nothing could be fetched at all: that is its own failure (exit 1), said on its own line
    problems = []
    for name in options.sites:
        if why := listing_mismatch(profiles.load(name), counts):
            problems.append(f"{name}: {why}")
        elif finish_reason in ("finished", "since") and not fill.get(name) and not counts.get(f"reached/{name}"):
            problems.append(f"{name}: no article archived and none of the archived ones reached")
    for url in options.urls:
        host = urlsplit(url).hostname
        if finish_reason == "finished" and not fill.get(host) and not counts.get(f"reached/{host}"):
            problems.append(f"{host}: no page read as an article, and no archived article reached")
    return problems


def listing_mismatch(profile: profiles.Profile, counts: dict) -> str | None:
    """Which of the profile's listing selectors matched nothing on the listing pages fetched, or None."""
    c = lambda what: counts.get(f"listing/{profile.name}/{what}", 0)  # noqa: E731
    crawl = profile.crawl
    if not c("pages"):
        return None
    stages = [
        ("items", "listing_item", ", ".join(crawl.get("listing_item", ()))),
        ("links", "article_links", ", ".join(crawl.get("article_links", ())) or "a[href]"),
        ("entries", "article_url", ", ".join(crawl.get("article_url", ()))),
    ]
    for what, key, selector in stages:
        if selector and not c(what):
            return f"{c('pages')} listing pages fetched, and {key} {selector!r} matched nothing on them"
    return None


def record_fill_rates(archive: Archive, crawl_id: int) -> dict:
    """Per site, the share of this run's articles in which each field was found; kept in crawls.stats,
    with the crawler's peak memory (the storage worker's is there already)."""
    fill = {row.pop("site"): row for row in stats.fill_rates(archive, crawl_id, FILL_FIELDS)}
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    archive.add_crawl_stats(crawl_id, {"fill": fill, "crawler_peak_rss_kb": peak_kb})
    return fill


def archiver_counts(scrapy_stats: dict) -> dict:
    """This project's counters (archiver/<name>) among Scrapy's stats, without their prefix; pages the
    storage worker could not store (a full disk) are errors too."""
    counts = {k.removeprefix("archiver/"): v for k, v in scrapy_stats.items() if k.startswith("archiver/")}
    if counts.get("ingest_failed"):
        counts["errors"] = counts.get("errors", 0) + counts["ingest_failed"]
    return counts


def previous_fill_rates(archive: Archive, crawl_id: int) -> dict:
    """For each site, the fill rates of the latest earlier crawl that fetched articles of it."""
    previous: dict = {}
    for (stats_json,) in archive.db.execute(
        "SELECT stats FROM crawls WHERE id < ? AND stats IS NOT NULL ORDER BY id DESC", (crawl_id,)
    ):
        for site, rates in json.loads(stats_json).get("fill", {}).items():
            previous.setdefault(site, rates)
    return previous


def fill_drops(now: dict, before: dict) -> list[str]:
    """Sites whose date or body fill rate fell by more than DRIFT_POINTS: likely a template change."""
    drops = []
    for site, rates in now.items():
        for name in DRIFT_FIELDS:
            if site in before and before[site][name] - rates[name] > DRIFT_POINTS:
                drops.append(f"{site}: {name} found in {rates[name]:g}% of articles, was {before[site][name]:g}%")
    return drops


def summary(result: CrawlResult, db: Path) -> list[str]:
    c = result.counts
    lines = [
        f"crawl {result.crawl_id} {result.finish_reason}: {c.get('pages', 0)} pages fetched, "
        f"{c.get('articles/new', 0)} new articles, {c.get('articles/changed', 0)} changed, "
        f"{c.get('articles/same', 0)} unchanged, {c.get('errors', 0)} errors",
    ]
    if c.get("ingest_failed"):
        lines.append(f"{c['ingest_failed']} pages fetched but not stored: the archive could not be written")
    reasons = {k.removeprefix("fetch/"): v for k, v in c.items() if k.startswith("fetch/")}
    if reasons:
        lines.append("errors by reason: " + ", ".join(f"{k} {v}" for k, v in sorted(reasons.items())))
    refused = {k.removeprefix("refused/"): v for k, v in c.items() if k.startswith("refused/")}
    if refused:
        lines.append("refused, not errors: " + ", ".join(f"{k} {v}" for k, v in sorted(refused.items())))
    dead = {k.removeprefix("dead_link/"): v for k, v in c.items() if k.startswith("dead_link/")}
    if dead:
        lines.append(
            "dead links in the portal's navigation, not errors: "
            + ", ".join(f"{k} {v}" for k, v in sorted(dead.items()))
        )
    if c.get("retried"):
        n = c["retried"]
        lines.append(f"{n} article{'s' if n > 1 else ''} that failed before fetched again")
    if c.get("skipped_known") or c.get("not_modified"):
        lines.append(
            f"incremental: {c.get('skipped_known', 0)} archived articles not fetched again, "
            f"{c.get('not_modified', 0)} pages unchanged since the last crawl (304)"
        )
    for site, rates in sorted(result.fill.items()):
        shown = ", ".join(f"{f} {rates[f]:g}%" for f in FILL_FIELDS)
        lines.append(f"fill rates for {site} ({rates['articles']} articles this run): {shown}")
    for drop in result.drift:
        lines.append(f"WARNING template change? {drop}")
    for problem in result.found_nothing:
        lines.append(f"WARNING found nothing: {problem}")
    if result.incomplete:
        why = ", ".join(sorted(set(result.incomplete.values())))
        lines.append(
            f"coverage: {len(result.incomplete)} listing chain(s) not walked to their end ({why}): "
            "the next crawl walks them again, asking for every listing page afresh"
        )
    lines.append(f"archive: {db}")
    return lines


class CrawlMemory:
    """What earlier crawls of an archive tell the next one: known articles, listing validators, coverage.

    Articles whose last fetch failed in a way that may pass (a 5xx, a 429, a timeout, a refused or broken
    connection) are asked for again by the next crawl of their site, whether or not a listing still names
    them: a 304 on a walked listing would otherwise hide them for good.

    Coverage (the archive's coverage table) says, per listing chain (a start URL and the pages its "next"
    links lead to), whether an earlier crawl walked it to its natural end with nothing cut short. Only then
    is a 304 or a page of archived articles the end of what is new. While a chain is not complete (never
    walked, or its last walk interrupted, killed, stopped by --max-pages or --since, or a listing page
    failed) the next crawl asks for its pages unconditionally and walks past archived articles.
    """

    def __init__(self, archive: Archive, refresh_days: int | None = None):
        self.refresh_after = None
        if refresh_days is not None:
            since = datetime.now(UTC).timestamp() - refresh_days * 86400
            self.refresh_after = datetime.fromtimestamp(since, UTC).isoformat(timespec="seconds")
        self.known = self._known_articles(archive)
        self.failed = {url: site for url, site in self._failed_articles(archive) if url not in self.known}
        self.validators = archived_validators(archive)
        self.coverage = archive.coverage()

    def complete(self, chain: str | None) -> bool:
        """The archive holds this listing chain walked to its end."""
        return chain is not None and self.coverage.get(chain, False)

    def _known_articles(self, archive: Archive) -> set[str]:
        """Article URLs not to fetch again: all, less those first seen inside the refresh window."""
        # every URL an article was reached by: its pages, canonical links, redirects (article_urls)
        sql = "SELECT u.url FROM article_urls u JOIN articles a ON a.article_key = u.article_key"
        params: tuple = ()
        if self.refresh_after:
            sql += " WHERE a.first_seen_at < ?"
            params = (self.refresh_after,)
        return {url for (url,) in archive.db.execute(sql, params)}

    @staticmethod
    def _failed_articles(archive: Archive) -> list[tuple[str, str]]:
        """(URL, site) of the articles a listing, sitemap or feed named whose latest fetch failed and may not
        fail again."""
        transient = ", ".join("?" * len(TRANSIENT_FAILURES))
        return archive.db.execute(
            "SELECT c.url, c.site FROM captures c WHERE c.kind = 'article' AND c.site IS NOT NULL"
            f" AND (c.status >= 500 OR c.status = 429 OR (c.status IS NULL AND c.error IN ({transient})))"
            " AND c.id = (SELECT max(id) FROM captures WHERE url = c.url)",
            TRANSIENT_FAILURES,
        ).fetchall()


def archived_validators(archive: Archive, kinds: tuple[str, ...] | None = None) -> dict[str, dict[str, str]]:
    """For each URL (of these capture kinds) last fetched with an ETag or Last-Modified, the headers of a
    conditional request."""
    validators: dict[str, dict[str, str]] = {}
    of_kinds = f" AND kind IN ({', '.join('?' * len(kinds))})" if kinds else ""
    rows = archive.db.execute(
        f"SELECT url, headers FROM captures WHERE id IN (SELECT max(id) FROM captures WHERE status = 200{of_kinds} "
        "GROUP BY url)",
        kinds or (),
    )
    for url, headers in rows:
        if conditional := conditional_headers(json.loads(headers or "[]")):
            validators[url] = conditional
    return validators


def conditional_headers(headers: list) -> dict[str, str]:
    """If-None-Match / If-Modified-Since from a response's ETag / Last-Modified ([name, value] pairs)."""
    found = {name.lower(): value for name, value in headers}
    conditional = {}
    if "etag" in found:
        conditional["If-None-Match"] = found["etag"]
    if "last-modified" in found:
        conditional["If-Modified-Since"] = found["last-modified"]
    return conditional
