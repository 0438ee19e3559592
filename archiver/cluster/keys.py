"""The Redis keys of a cluster, under one prefix so that several archives can share a Redis."""

from dataclasses import dataclass

DEFAULT_PREFIX = "archiver"


@dataclass(frozen=True)
class Keys:
    prefix: str = DEFAULT_PREFIX

    @property
    def cycle(self) -> str:
        """Hash: the current cycle's id, sites, since, full, started_at."""
        return f"{self.prefix}:cycle"

    @property
    def cycle_counter(self) -> str:
        return f"{self.prefix}:cycle:counter"

    @property
    def starts(self) -> str:
        """List of JSON {url, callback, meta}: start pages, and requests a killed worker lost; read when idle."""
        return f"{self.prefix}:starts"

    @property
    def frontier(self) -> str:
        """scrapy-redis's scheduler queue (a sorted set of pickled requests)."""
        return f"{self.prefix}:requests"

    def dupefilter(self, cycle: int) -> str:
        return f"{self.prefix}:dupefilter:{cycle}"

    def requested(self, cycle: int) -> str:
        """Hash URL -> JSON {callback, meta}: the cycle's seen-set; HSETNX claims a URL for one worker."""
        return f"{self.prefix}:requested:{cycle}"

    def fetched(self, cycle: int) -> str:
        """Set of URLs whose capture (or failure) a worker handed to the ingest queue in this cycle."""
        return f"{self.prefix}:fetched:{cycle}"

    @property
    def captures(self) -> str:
        """List of encoded captures waiting for the ingest."""
        return f"{self.prefix}:captures"

    @property
    def processing(self) -> str:
        """List of the captures the ingest has taken and not yet committed (the reliable-queue pattern)."""
        return f"{self.prefix}:captures:processing"

    @property
    def pending(self) -> str:
        """Set of article URLs handed over and not yet committed: not fetched again meanwhile."""
        return f"{self.prefix}:pending"

    @property
    def archived(self) -> str:
        """Set of article URLs the archive holds (the ingest adds them after commit): not fetched again."""
        return f"{self.prefix}:archived"

    def chains(self, cycle: int) -> str:
        """Set of the listing chains (start URLs) the cycle walks."""
        return f"{self.prefix}:chains:{cycle}"

    def failed(self, cycle: int) -> str:
        """Set of the chains a listing page (sitemap, feed, start page) of which failed in the cycle."""
        return f"{self.prefix}:failed:{cycle}"

    @property
    def coverage(self) -> str:
        """Set of the chains walked to their end in the last cycle that walked them (archive.coverage's role):
        only in those may a 304 or a page of archived articles end the walk."""
        return f"{self.prefix}:coverage"

    @property
    def validators(self) -> str:
        """Hash URL -> JSON headers of a conditional request (If-None-Match, If-Modified-Since), from the
        URL's last 200 the ingest committed; archived articles (never fetched again) left out."""
        return f"{self.prefix}:validators"

    def counts(self, cycle: int) -> str:
        """Hash: the cycle's figures (archiver cycle --status): requests queued and fetched (kept when the
        next cycle starts), captures stored and their outcomes (the ingest adds them as it acknowledges)."""
        return f"{self.prefix}:counts:{cycle}"

    def host(self, netloc: str) -> str:
        """String: the time (Redis clock, ms) before which no worker may send another request to this host."""
        return f"{self.prefix}:host:{netloc}"
