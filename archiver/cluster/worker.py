"""`archiver worker`: one Scrapy process running the cluster spider (spiders/cluster.py)."""

import logging
import os
import resource
import socket
from dataclasses import dataclass

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from ..crawl import archiver_counts, download_limits
from . import MAX_BACKLOG


@dataclass
class WorkerOptions:
    redis_url: str
    concurrency: int = 1
    delay: float = 1.0  # seconds between requests to one host, across all workers
    timeout: float = 30.0  # as `archiver crawl --timeout`
    max_size_mb: float = 16.0  # as `archiver crawl --max-size`
    until_idle: float | None = None
    verbose: bool = False
    max_backlog: int = MAX_BACKLOG  # 0: no limit


def worker_settings(options: WorkerOptions) -> Settings:
    settings = Settings()
    settings.setmodule("archiver.settings", priority="project")
    settings.setdict(
        {
            "REDIS_URL": options.redis_url,
            "CLUSTER_HOST_DELAY": options.delay,
            "CLUSTER_MAX_BACKLOG": options.max_backlog,
            "CONCURRENT_REQUESTS_PER_DOMAIN": options.concurrency,
            # Requests waiting for their host's turn hold a slot each: enough slots to wait on many hosts.
            "CONCURRENT_REQUESTS": max(64, options.concurrency),
            **download_limits(options.timeout, options.max_size_mb),
            # where log records go is the caller's to configure (the CLI: cli_common.configure_crawl_logging)
            "LOG_INSTALL_ROOT_HANDLER": False,
            "LOG_LEVEL": "INFO" if options.verbose else "WARNING",
        },
        priority="cmdline",
    )
    return settings


def default_id() -> str:
    return f"{socket.gethostname()}-{os.getpid()}"


def run(options: WorkerOptions) -> dict:
    process = CrawlerProcess(worker_settings(options))
    crawler = process.create_crawler("cluster")
    process.crawl(crawler, until_idle="" if options.until_idle is None else str(options.until_idle))
    process.start()
    logging.shutdown()
    counts = archiver_counts(crawler.stats.get_stats())
    counts["peak_rss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return counts
