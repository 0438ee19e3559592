"""`archiver worker`: one Scrapy process running the cluster spider (spiders/cluster.py)."""

import logging
import os
import resource
import socket

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from ..crawl import archiver_counts


def worker_settings(redis_url: str, concurrency: int, delay: float, verbose: bool) -> Settings:
    settings = Settings()
    settings.setmodule("archiver.settings", priority="project")
    settings.setdict(
        {
            "REDIS_URL": redis_url,
            "CLUSTER_HOST_DELAY": delay,
            "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency,
            # Requests waiting for their host's turn hold a slot each: enough slots to wait on many hosts.
            "CONCURRENT_REQUESTS": max(64, concurrency),
            # where log records go is the caller's to configure (the CLI: cli_common.configure_crawl_logging)
            "LOG_INSTALL_ROOT_HANDLER": False,
            "LOG_LEVEL": "INFO" if verbose else "WARNING",
        },
        priority="cmdline",
    )
    return settings


def default_id() -> str:
    return f"{socket.gethostname()}-{os.getpid()}"


def run(redis_url: str, worker_id: str, concurrency: int, delay: float, until_idle: float | None, verbose: bool):
    process = CrawlerProcess(worker_settings(redis_url, concurrency, delay, verbose))
    crawler = process.create_crawler("cluster")
    process.crawl(crawler, until_idle="" if until_idle is None else str(until_idle))
    process.start()
    logging.shutdown()
    counts = archiver_counts(crawler.stats.get_stats())
    counts["peak_rss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return counts
