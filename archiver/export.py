"""Stream articles out of the archive as JSON Lines, CSV or Parquet, each row with its provenance.

Rows are read in batches from one cursor, so memory stays flat however large the archive is.
"""

import csv
import json
from collections.abc import Iterable, Iterator

from .errors import ArchiverError
from .store import Archive

EXPORT_COLUMNS = (
    "canonical_url",
    "url",
    "site",
    "title",
    "published_at",
    "updated_at",
    "author",
    "source",
    "views",
    "category",
    "lead",
    "body",
    "images",
    "attachments",
    "language",
    "provenance",
    "capture_id",
    "sha256",
    "fetched_at",
    "extractor_version",
    "first_seen_at",
    "last_seen_at",
)
JSON_COLUMNS = ("images", "attachments", "provenance")  # JSON text in the archive; parsed in JSON Lines only
INTEGER_COLUMNS = ("views", "capture_id")
BATCH_SIZE = 1000


def where_clause(
    date_column: str, site: str | None, since: str | None, until: str | None, clauses: tuple[str, ...] = ()
) -> tuple[str, list]:
    """A WHERE clause: a site, and a range of days (inclusive) on date_column, besides `clauses`."""
    conditions, params = list(clauses), []
    for condition, value in (
        ("site = ?", site),
        (f"substr({date_column}, 1, 10) >= ?", since),
        (f"substr({date_column}, 1, 10) <= ?", until),
    ):
        if value:
            conditions.append(condition)
            params.append(value)
    return (" WHERE " + " AND ".join(conditions)) if conditions else "", params


def article_filter(site: str | None, since: str | None, until: str | None) -> tuple[str, list]:
    """Articles of a site published between since and until (YYYY-MM-DD, inclusive)."""
    return where_clause("published_at", site, since, until)


def count_articles(archive: Archive, site=None, since=None, until=None) -> int:
    where, params = article_filter(site, since, until)
    return archive.db.execute(f"SELECT count(*) FROM articles{where}", params).fetchone()[0]


def iter_batches(archive: Archive, site=None, since=None, until=None, size: int = BATCH_SIZE) -> Iterator[list[dict]]:
    """Lists of at most `size` rows, oldest publication first."""
    where, params = article_filter(site, since, until)
    sql = f"SELECT {', '.join(EXPORT_COLUMNS)} FROM articles{where} ORDER BY published_at, canonical_url"
    cursor = archive.db.conn.execute(sql, params)
    while batch := cursor.fetchmany(size):
        yield [dict(zip(EXPORT_COLUMNS, row, strict=True)) for row in batch]


def write_jsonl(rows: Iterable[dict], out) -> int:
    count = 0
    for row in rows:
        for name in JSON_COLUMNS:
            row[name] = json.loads(row[name]) if row[name] else None
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(rows: Iterable[dict], out, bom: bool = False) -> int:
    if bom:
        out.write("\ufeff")
    writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS)
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def parquet_schema():
    import pyarrow as pa

    return pa.schema([(name, pa.int64() if name in INTEGER_COLUMNS else pa.string()) for name in EXPORT_COLUMNS])


def write_parquet(batches: Iterable[list[dict]], path, on_rows=None) -> int:
    """One Parquet row group per batch (JSON columns stay JSON text); `on_rows(n)` reports progress."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ArchiverError("Parquet export needs pyarrow: pip install -e '.[parquet]'") from None
    schema = parquet_schema()
    count = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        for batch in batches:
            columns = {name: [row[name] for row in batch] for name in EXPORT_COLUMNS}
            writer.write_batch(pa.record_batch(columns, schema=schema))
            count += len(batch)
            if on_rows:
                on_rows(len(batch))
    return count
