"""Stream articles out of the archive as JSON Lines or CSV, each row with its provenance."""

import csv
import json
from collections.abc import Iterator

from .store import Archive

EXPORT_COLUMNS = (
    "canonical_url", "url", "site", "title", "published_at", "updated_at", "author", "source", "views",
    "category", "lead", "body", "images", "attachments", "language", "provenance",
    "capture_id", "sha256", "fetched_at", "extractor_version", "first_seen_at", "last_seen_at",
)
JSON_COLUMNS = ("images", "attachments", "provenance")


def article_filter(site: str | None, since: str | None, until: str | None) -> tuple[str, list]:
    """A WHERE clause over articles: --since and --until compare publication dates, inclusive."""
    clauses, params = [], []
    if site:
        clauses.append("site = ?")
        params.append(site)
    if since:
        clauses.append("substr(published_at, 1, 10) >= ?")
        params.append(since)
    if until:
        clauses.append("substr(published_at, 1, 10) <= ?")
        params.append(until)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def iter_articles(archive: Archive, site=None, since=None, until=None) -> Iterator[dict]:
    where, params = article_filter(site, since, until)
    sql = f"SELECT {', '.join(EXPORT_COLUMNS)} FROM articles{where} ORDER BY published_at, canonical_url"
    cursor = archive.db.conn.execute(sql, params)
    for row in cursor:  # the cursor streams: memory stays flat however large the archive
        yield dict(zip(EXPORT_COLUMNS, row))


def write_jsonl(rows, out) -> int:
    count = 0
    for row in rows:
        for name in JSON_COLUMNS:
            row[name] = json.loads(row[name]) if row[name] else None
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(rows, out, bom: bool = False) -> int:
    if bom:
        out.write("\ufeff")
    writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS)
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count
