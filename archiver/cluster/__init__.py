"""Crawl on several machines: workers fetch from a shared Redis frontier, one ingest writes the archive.

    archiver cycle SITE --redis URL     start a cycle: new seen-set, lost requests back, start pages pushed
    archiver worker --redis URL         a Scrapy process (or a Scrapyd job) fetching from the frontier
    archiver ingest --redis URL --db F  the one writer: extract and store each capture, acknowledge after commit
    archiver cycle --status --redis URL what the latest cycles did and what is still waiting (status.py)

The frontier is scrapy-redis (its scheduler queue); the rest of the Redis keys are this package's (keys.py).
A request is claimed in the cycle's seen-set before it is queued and marked fetched when its capture is
handed over; what was claimed and never fetched (a worker killed with it) goes back in the next cycle.
Starting a cycle also ends the last: its listing chains walked to their end become the coverage under
which a later cycle's conditional requests (validators the ingest keeps) may end a walk on a 304.
"""

# Captures waiting for the ingest past which a worker downloads nothing (about 12 KB each in Redis): a crawl faster
# than its ingest slows to the ingest's pace instead of filling Redis's memory (throttle.Backlog).
MAX_BACKLOG = 20_000
