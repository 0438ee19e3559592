"""Pages/s and peak memory of `archiver crawl` against a bare Scrapy spider, on one generated local portal.

    python bench/crawl.py [--pages N] [--concurrency C[,C...]] [--growth] [--site sotttt]

For each concurrency, in the same run and against the same portal (bench/portal.py, served from its
own process so that its CPU is not charged to the crawler):

- bare: a Scrapy spider that follows the profile's listing items and pagination and fetches every
  article, doing nothing with the pages; archiver's settings without its pipeline, extension and
  middleware (delay 0, AutoThrottle off, robots.txt obeyed, CONCURRENT_ITEMS=10, LOG_LEVEL=WARNING);
- ours: `archiver crawl SITE --base-url URL --delay 0 --no-autothrottle --concurrency C -q --db TMP`,
  i.e. capture, extraction and storage included.

Each runs in its own subprocess. Wall time is from process start to exit (interpreter start-up and
imports included); peak memory is the child's own ru_maxrss (os.wait4) — for ours, the crawler's and its
storage worker's peaks added up, as the archive's crawls.stats records them; pages are the responses the
crawl received, robots.txt left out (the archive's captures for ours, Scrapy's stats for bare).
`--growth` runs both again on a portal of 10x the pages and prints ours' peak memory at each size.

Set BENCH_PROFILE=DIR to run ours under cProfile (DIR/ours-cC-nN.prof) -- slower, for finding costs.
Exit status 2, with one line, when something the benchmark needs is missing.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
LISTING_PATH = re.compile(r"^/vi/([^/?#]+)/?$")
TARGET_RATIO = 0.60

# --stand-in-crawl: the [crawl] section the generated portal matches (the real sotttt listing markup),
# for a Liferay profile that ships none yet. The crawlers then read the profiles from a temporary copy.
STAND_IN_CRAWL = """
[crawl]
start_urls = ["https://sotttt.hanoi.gov.vn/vi/tin-tuc-su-kien"]
listing_item = ["div.asset-bounddary"]
article_links = ["h3.asset-title a"]
article_url = '/-/view_content/\\d+-[^/?#]+\\.html$'
next_page = ["ul.lfr-pagination-buttons li:nth-child(3):not(.disabled) a"]
"""
SHIM = """# Written by bench/crawl.py --stand-in-crawl: profiles come from {folder!r}.
from pathlib import Path
import archiver.profiles
archiver.profiles._sites_dir = lambda: Path({folder!r})
"""


class Missing(Exception):
    """Something the benchmark needs is not there; exit 2."""


@dataclass
class Run:
    who: str
    pages: int
    concurrency: int
    fetched: int  # responses received, robots.txt left out
    articles: int  # article pages fetched (ours: articles stored)
    wall: float
    cpu: float
    peak_kb: int
    server_cpu: float = 0.0  # CPU seconds the portal server spent during the run
    note: str = ""

    @property
    def rate(self) -> float:
        return self.fetched / self.wall if self.wall else 0.0

    @property
    def cpu_ms_per_page(self) -> float:
        return 1000 * self.cpu / self.fetched if self.fetched else 0.0


# -- the bare spider (runs in a subprocess: `python bench/crawl.py _bare ...`) --------------------


def bare_main(base_url: str, site: str, concurrency: int) -> int:
    import scrapy
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings

    from archiver import profiles

    profile = profiles.load(site)
    crawl = profile.crawl
    pattern = re.compile(crawl["article_url"][0]) if crawl.get("article_url") else None
    item_css = ", ".join(crawl.get("listing_item", ()))
    link_css = ", ".join(crawl.get("article_links", ())) or "a[href]"
    next_css = ", ".join(crawl.get("next_page", ()))

    def rebase(url: str) -> str:
        parts = urlsplit(url)
        return urljoin(base_url, parts.path + (f"?{parts.query}" if parts.query else ""))

    class BareSpider(scrapy.Spider):
        """Fetches what the portal spider fetches in profile mode; keeps nothing."""

        name = "bare"

        async def start(self):
            for url in crawl.get("start_urls", ()):
                yield scrapy.Request(rebase(url), self.parse_listing)

        def parse_listing(self, response):
            self.crawler.stats.inc_value("bench/listings")
            for block in response.css(item_css) if item_css else [response]:
                for href in block.css(link_css).xpath("@href").getall():
                    url = urldefrag(response.urljoin(href.strip()))[0]
                    if pattern is None or pattern.search(url):
                        yield scrapy.Request(url, self.parse_article)
                        if item_css:
                            break
            hrefs = response.css(next_css).xpath("@href").getall() if next_css else []
            for href in [h for h in hrefs if h and not h.startswith("javascript:")][:1]:
                yield scrapy.Request(response.urljoin(href), self.parse_listing)

        def parse_article(self, response):
            self.crawler.stats.inc_value("bench/articles")

    settings = Settings()
    settings.setmodule("archiver.settings", priority="project")
    settings.setdict(
        {
            "ITEM_PIPELINES": {},
            "EXTENSIONS": {},
            "DOWNLOADER_MIDDLEWARES": {},
            "DOWNLOAD_DELAY": 0,
            "AUTOTHROTTLE_ENABLED": False,
            "ROBOTSTXT_OBEY": True,
            "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency,
            "CONCURRENT_REQUESTS": max(16, concurrency),
            "CONCURRENT_ITEMS": 10,
            "LOG_LEVEL": "WARNING",
        },
        priority="cmdline",
    )
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(BareSpider)
    process.crawl(crawler)
    process.start()
    stats = crawler.stats.get_stats()
    print(
        json.dumps(
            {
                "response_received_count": stats.get("response_received_count", 0),
                "robots": stats.get("robotstxt/response_count", 0),
                "listings": stats.get("bench/listings", 0),
                "articles": stats.get("bench/articles", 0),
                "elapsed": stats.get("elapsed_time_seconds"),
                "statuses": {k: v for k, v in stats.items() if k.startswith("downloader/response_status_count/")},
            }
        )
    )
    return 0


# -- measuring ----------------------------------------------------------------------------------

PYTHONPATH = [str(ROOT)]  # --stand-in-crawl puts its sitecustomize folder first


def measure(cmd: list[str], out: Path) -> tuple[float, float, int, int]:
    """Run cmd to its end: (wall seconds, CPU seconds, peak RSS in KB, exit code). Output goes to out.*"""
    env = os.environ | {"PYTHONPATH": os.pathsep.join(PYTHONPATH), "PYTHONHASHSEED": "0"}
    with open(out.with_suffix(".out"), "wb") as stdout, open(out.with_suffix(".err"), "wb") as stderr:
        start = time.perf_counter()
        child = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=stdout, stderr=stderr, stdin=subprocess.DEVNULL)
        # wait4 gives this child's own rusage; RUSAGE_CHILDREN would be the max over every child so far.
        _pid, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, child.returncode


def tail(path: Path, lines: int = 5) -> str:
    text = path.read_text(errors="replace").strip().splitlines() if path.exists() else []
    return " | ".join(text[-lines:])


def run_bare(base_url: str, site: str, pages: int, concurrency: int, work: Path) -> Run:
    out = work / f"bare-c{concurrency}-n{pages}"
    cmd = [sys.executable, str(Path(__file__).resolve()), "_bare", base_url, site, str(concurrency)]
    wall, cpu, peak, code = measure(cmd, out)
    lines = out.with_suffix(".out").read_text().strip().splitlines()
    if code != 0 or not lines:
        raise Missing(f"the bare spider failed (exit {code}): {tail(out.with_suffix('.err'))}")
    stats = json.loads(lines[-1])
    fetched = stats["response_received_count"] - stats["robots"]
    return Run("bare", pages, concurrency, fetched, stats["articles"], wall, cpu, peak)


def run_ours(base_url: str, site: str, pages: int, concurrency: int, work: Path) -> Run:
    out = work / f"ours-c{concurrency}-n{pages}"
    db = work / f"ours-c{concurrency}-n{pages}.db"
    for stale in (db, db.with_suffix(".db-wal"), db.with_suffix(".db-shm")):
        stale.unlink(missing_ok=True)  # a fresh archive each run: a second crawl would be incremental
    cmd = [sys.executable]
    if profile_dir := os.environ.get("BENCH_PROFILE"):
        Path(profile_dir).mkdir(parents=True, exist_ok=True)
        cmd += ["-m", "cProfile", "-o", str(Path(profile_dir) / f"ours-c{concurrency}-n{pages}.prof")]
    cmd += [
        "-m",
        "archiver",
        "crawl",
        site,
        "--base-url",
        base_url,
        "--delay",
        "0",
        "--no-autothrottle",
        "--concurrency",
        str(concurrency),
        "-q",
        "--db",
        str(db),
    ]
    wall, cpu, peak, code = measure(cmd, out)
    if code not in (0, 3) or not db.exists():
        raise Missing(f"archiver crawl failed (exit {code}): {tail(out.with_suffix('.err'))}")
    with sqlite3.connect(db) as conn:
        (crawl_id,) = conn.execute("SELECT max(id) FROM crawls").fetchone()
        fetched, article_pages = conn.execute(
            "SELECT count(*), sum(kind = 'article') FROM captures WHERE crawl_id = ? AND status IS NOT NULL "
            "AND url NOT LIKE '%/robots.txt'",
            (crawl_id,),
        ).fetchone()
        (articles,) = conn.execute("SELECT count(*) FROM articles").fetchone()
        (stats_json,) = conn.execute("SELECT stats FROM crawls WHERE id = ?", (crawl_id,)).fetchone()
    stats = json.loads(stats_json or "{}")
    fill = next(iter(stats.get("fill", {}).values()), {})
    if "worker_peak_rss_kb" in stats:  # ours is two processes: the crawler and its storage worker
        peak = stats["crawler_peak_rss_kb"] + stats["worker_peak_rss_kb"]
    note = f"{articles} articles stored"
    if fill:
        note += " (found: " + ", ".join(f"{k} {v:g}%" for k, v in fill.items() if k != "articles") + ")"
    note += f", db {db.stat().st_size / 1e6:.0f} MB"
    if code == 3:
        note += f"; exit 3: {tail(out.with_suffix('.out'), 3)}"
    return Run("ours", pages, concurrency, fetched or 0, article_pages or 0, wall, cpu, peak, note)


# -- the portal ---------------------------------------------------------------------------------


class PortalProcess:
    """bench/portal.py in its own process, for the duration of a `with`."""

    def __init__(self, pages: int, categories: list[str], work: Path, realpages: Path | None = None):
        self.cmd = [
            sys.executable,
            str(BENCH / "portal.py"),
            "--pages",
            str(pages),
            "--categories",
            ",".join(categories),
        ]
        if realpages is not None:
            self.cmd += ["--realpages", str(realpages)]
        self.log = work / f"portal-n{pages}.err"

    def __enter__(self) -> PortalProcess:
        self.stderr = open(self.log, "wb")
        self.proc = subprocess.Popen(self.cmd, stdout=subprocess.PIPE, stderr=self.stderr, text=True)
        line = self.proc.stdout.readline()
        if not line.startswith("READY "):
            self.__exit__()
            raise Missing(f"the portal server did not start: {tail(self.log)}")
        self.base_url = line.split()[1]
        return self

    def cpu_seconds(self) -> float:
        """utime + stime of the server so far (Linux /proc), 0 where unavailable."""
        try:
            fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return 0.0
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def __exit__(self, *exc):
        self.proc.terminate()
        self.proc.wait(10)
        self.stderr.close()


def install_stand_in_crawl(site: str, work: Path) -> None:
    """Copy the shipped profiles to work/, give SITE the stand-in [crawl], point every crawler there."""
    from archiver import profiles

    folder = work / "profiles"
    folder.mkdir(exist_ok=True)
    for name in profiles.available():
        text = (profiles._sites_dir() / f"{name}.toml").read_text(encoding="utf-8")
        if name == site:
            if re.search(r"^\[crawl\]", text, re.M):
                raise Missing(f"profile {site!r} has a [crawl] section now: drop --stand-in-crawl")
            text += STAND_IN_CRAWL
        (folder / f"{name}.toml").write_text(text, encoding="utf-8")
    shim = work / "shim"
    shim.mkdir(exist_ok=True)
    (shim / "sitecustomize.py").write_text(SHIM.format(folder=str(folder)), encoding="utf-8")
    PYTHONPATH.insert(0, str(shim))
    profiles._sites_dir = lambda: folder
    profiles.load.cache_clear()


def portal_categories(site: str) -> list[str]:
    """The listing categories the profile starts from; the generated portal serves those."""
    from archiver import profiles
    from archiver.errors import ArchiverError

    try:
        profile = profiles.load(site)
    except ArchiverError as exc:
        raise Missing(f"profile {site!r}: {exc}") from None
    starts = profile.crawl.get("start_urls", ())
    if not starts:
        raise Missing(
            f"profile {site!r} has no [crawl] start_urls (archiver crawl cannot crawl it); "
            "--stand-in-crawl benchmarks it with the Liferay listing [crawl] section in bench/crawl.py"
        )
    categories = []
    for url in starts:
        match = LISTING_PATH.match(urlsplit(url).path)
        if not match:
            raise Missing(f"profile {site!r}: start URL {url!r} is not a Liferay listing /vi/<category>")
        categories.append(match.group(1))
    return categories


def check_requirements() -> None:
    for module in ("scrapy", "archiver.profiles", "archiver.extract", "pipelines.archive", "spiders.portal"):
        try:
            __import__(module)
        except ImportError as exc:
            raise Missing(f"cannot import {module} ({exc}); run with the repository's .venv") from None


# -- report -------------------------------------------------------------------------------------


def table(runs: list[Run]) -> str:
    head = (
        f"{'crawler':8} {'pages':>6} {'conc':>4} {'fetched':>7} {'wall s':>7} {'pages/s':>8} {'cpu s':>6} "
        f"{'cpu ms/pg':>9} {'server cpu s':>12} {'peak MB':>8}  notes"
    )
    rows = [head, "-" * len(head)]
    for r in runs:
        rows.append(
            f"{r.who:8} {r.pages:>6} {r.concurrency:>4} {r.fetched:>7} {r.wall:>7.1f} {r.rate:>8.1f} {r.cpu:>6.1f} "
            f"{r.cpu_ms_per_page:>9.2f} {r.server_cpu:>12.1f} {r.peak_kb / 1024:>8.1f}  {r.note}"
        )
    return "\n".join(rows)


def ratios(runs: list[Run]) -> list[str]:
    lines = []
    for pages, conc in sorted({(r.pages, r.concurrency) for r in runs}):
        pair = {r.who: r for r in runs if (r.pages, r.concurrency) == (pages, conc)}
        if {"bare", "ours"} <= pair.keys():
            ours, bare = pair["ours"], pair["bare"]
            ratio = ours.rate / bare.rate if bare.rate else 0.0
            cpu_ratio = bare.cpu_ms_per_page / ours.cpu_ms_per_page if ours.cpu_ms_per_page else 0.0
            verdict = "meets" if ratio >= TARGET_RATIO else "BELOW"
            lines.append(
                f"{pages} pages, concurrency {conc}: ours/bare pages/s = {ratio:.2f} ({verdict} the {TARGET_RATIO:.0%} target); "
                f"CPU per page bare/ours = {cpu_ratio:.2f}"
                + (
                    ""
                    if ours.fetched == bare.fetched
                    else f"  [fetched differ: ours {ours.fetched}, bare {bare.fetched}]"
                )
            )
    return lines


def growth_lines(runs: list[Run], small: int, large: int) -> list[str]:
    lines = []
    for who in ("ours", "bare"):
        at = {r.pages: r for r in runs if r.who == who}
        if small in at and large in at:
            a, b = at[small], at[large]
            slope = (b.peak_kb - a.peak_kb) / 1024 / ((large - small) / 1000)
            lines.append(
                f"growth {who}: peak {a.peak_kb / 1024:.1f} MB at {small} pages, {b.peak_kb / 1024:.1f} MB at {large} "
                f"pages ({slope:+.2f} MB per 1,000 pages); pages/s {a.rate:.1f} -> {b.rate:.1f}"
            )
    return lines


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000, help="article pages in the portal (default 2000)")
    parser.add_argument("--concurrency", default="8", help="requests in flight, or a comma-separated list (default 8)")
    parser.add_argument(
        "--growth", action="store_true", help="also crawl a portal of 10x --pages; report peak memory at both"
    )
    parser.add_argument("--site", default="sotttt", help="the Liferay site profile to crawl (default sotttt)")
    parser.add_argument(
        "--realpages",
        type=Path,
        help="the real Liferay pages the portal's templates come from (default ../shared/realpages)",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="run each crawler this many times, alternating, and keep its fastest run (default 1)",
    )
    parser.add_argument("--keep", type=Path, help="keep the archives and logs in this folder")
    parser.add_argument(
        "--stand-in-crawl",
        action="store_true",
        help="give the site profile bench's Liferay [crawl] section (for a profile that has none yet)",
    )
    args = parser.parse_args(argv)
    concurrencies = [int(c) for c in args.concurrency.split(",") if c.strip()]
    try:
        check_requirements()
        with tempfile.TemporaryDirectory(prefix="bench-crawl-") as tmp:
            work = args.keep or Path(tmp)
            work.mkdir(parents=True, exist_ok=True)
            print(
                f"load average at the start: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs"
            )
            if args.stand_in_crawl:
                install_stand_in_crawl(args.site, work)
                print(f"profile {args.site!r}: stand-in [crawl] section from bench/crawl.py (--stand-in-crawl)")
            categories = portal_categories(args.site)
            runs = []
            sizes = [args.pages] + ([args.pages * 10] if args.growth else [])
            for pages in sizes:
                with PortalProcess(pages, categories, work, args.realpages) as portal:
                    base_url = portal.base_url
                    source = tail(work / f"portal-n{pages}.err", 1)
                    print(f"portal at {base_url}: {source.removeprefix('portal: ')}", flush=True)
                    for conc in concurrencies if pages == args.pages else concurrencies[:1]:
                        best: dict[str, Run] = {}
                        for _ in range(max(1, args.repeat)):
                            for runner in (run_bare, run_ours):
                                server_before = portal.cpu_seconds()
                                run = runner(base_url, args.site, pages, conc, work)
                                run.server_cpu = portal.cpu_seconds() - server_before
                                print(
                                    f"  {run.who} c={conc}: {run.fetched} pages in {run.wall:.1f} s = {run.rate:.1f} pages/s, "
                                    f"cpu {run.cpu:.1f} s, peak {run.peak_kb / 1024:.0f} MB",
                                    flush=True,
                                )
                                if run.articles < pages:
                                    raise Missing(
                                        f"{run.who} reached {run.articles} of the portal's {pages} articles: the profile's "
                                        "[crawl] selectors do not match the generated listings (bench/portal.py)"
                                    )
                                if run.who not in best or run.wall < best[run.who].wall:
                                    best[run.who] = run
                        runs += best.values()
    except Missing as exc:
        print(f"bench/crawl.py: {exc}", file=sys.stderr)
        return 2
    print(
        f"\nload average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs "
        "(other work on the machine slows both crawlers; CPU ms per page is less sensitive to it)"
    )
    print(f"portal: {source.removeprefix('portal: ')}")
    print(table(runs))
    print()
    for line in ratios(runs) + (growth_lines(runs, sizes[0], sizes[-1]) if args.growth else []):
        print(line)
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "_bare":
        sys.exit(bare_main(sys.argv[2], sys.argv[3], int(sys.argv[4])))
    sys.exit(main())
