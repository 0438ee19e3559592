"""`archiver cycle --status`: what each recent cycle did, and what is still waiting, for an operator.

Per cycle, from Redis: requests queued (claimed in its seen-set) and fetched (handed to the ingest), the
captures the ingest stored and what came of them (the ingest adds them as it acknowledges a batch); from
the archive, when given: the fill rates of the articles the cycle stored (as `archiver crawl` reports).
"""

from collections import Counter
from dataclasses import dataclass, field

import redis

from ..crawl import FILL_FIELDS
from ..stats import fill_rates
from ..store import Archive
from .frontier import Cycle, as_text
from .keys import Keys


@dataclass
class CycleFigures:
    id: int
    running: bool
    started_at: str = ""
    ended_at: str = ""
    queued: int = 0
    fetched: int = 0
    lost: int = 0  # claimed and never handed over (pushed again by the next cycle); known once it ended
    counts: Counter = field(default_factory=Counter)  # stored, new, changed, same, not_modified, failed, ...
    fill: dict | None = None  # field -> % of the cycle's articles; None without the archive
    fill_articles: int = 0  # the articles whose latest capture is the cycle's


def recent_cycles(client: redis.Redis, keys: Keys, last: int) -> list[CycleFigures]:
    """The latest `last` cycles, the current one first."""
    current = Cycle.current(client, keys).id
    cycles = []
    for number in range(current, max(current - last, 0), -1):
        raw = {as_text(k): as_text(v) for k, v in client.hgetall(keys.counts(number)).items()}
        figures = CycleFigures(number, running=number == current, started_at=raw.pop("started_at", ""))
        figures.ended_at = raw.pop("ended_at", "")
        if figures.running:  # its sets are live until the next cycle starts
            figures.queued, figures.fetched = client.hlen(keys.requested(number)), client.scard(keys.fetched(number))
        else:
            figures.queued, figures.fetched = int(raw.pop("queued", 0)), int(raw.pop("fetched", 0))
            figures.lost = int(raw.pop("lost", 0))
        figures.counts = Counter({k: int(v) for k, v in raw.items()})
        cycles.append(figures)
    return cycles


def add_fill_rates(archive: Archive, cycles: list[CycleFigures]) -> None:
    """Each cycle's fill rates over all its sites, from its row in `crawls` (the ingest makes one per cycle)."""
    for figures in cycles:
        row = archive.db.execute(
            "SELECT id FROM crawls WHERE json_extract(settings, '$.cycle') = ? ORDER BY id DESC LIMIT 1", (figures.id,)
        ).fetchone()
        per_site = fill_rates(archive, row[0], FILL_FIELDS) if row else []
        figures.fill_articles = total = sum(r["articles"] for r in per_site)
        figures.fill = {f: sum(r[f] * r["articles"] for r in per_site) / total for f in FILL_FIELDS} if total else {}


def waiting(client: redis.Redis, keys: Keys) -> dict[str, int]:
    """What the cluster still has to do, whatever the cycle."""
    return {
        "start pages": client.llen(keys.starts),
        "requests in the frontier": client.zcard(keys.frontier),
        "captures for the ingest": client.llen(keys.captures),
        "captures being stored": client.llen(keys.processing),
    }


def report(cycles: list[CycleFigures], queues: dict[str, int]) -> list[str]:
    if not cycles:
        return ["no cycle yet: start one with archiver cycle SITE... --redis URL"]
    lines = []
    for c in cycles:
        state = "running" if c.running else f"ended {c.ended_at}"
        unfetched = c.queued - c.fetched
        lines.append(
            f"cycle {c.id} ({state}, started {c.started_at or '?'}): {c.queued} requests queued, {c.fetched} fetched"
            + (f" ({unfetched} not yet)" if c.running and unfetched else "")
            + (f", {c.lost} lost (pushed again by the next cycle)" if c.lost else "")
            + f", {c.counts['stored']} stored, {c.counts['failed']} failed"
        )
        lines.append(
            f"  articles: {c.counts['new']} new, {c.counts['changed']} changed, {c.counts['same']} unchanged; "
            f"{c.counts['not_modified']} pages unchanged since the last cycle (304)"
            + (f"; {c.counts['ingest_failed']} could not be stored" if c.counts["ingest_failed"] else "")
        )
        if c.fill:
            lines.append(
                f"  fill rates of its {c.fill_articles} articles: "
                + ", ".join(f"{f} {c.fill[f]:.1f}%" for f in FILL_FIELDS)
            )
        elif c.fill is not None:
            lines.append("  fill rates: no article stored in this cycle")
    lines.append("waiting: " + ", ".join(f"{n} {what}" for what, n in queues.items()))
    return lines
