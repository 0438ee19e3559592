"""Stream articles out of the archive as JSON Lines, CSV or Parquet, each row with its provenance.

Rows are read in batches from one cursor, so memory stays flat however large the archive is.

Each format keeps what it can of the types: JSON Lines has the lists and the provenance as JSON,
Parquet has timestamps with their zone, integers, lists and a map; CSV has text (the lists and the
provenance as JSON text) and, for spreadsheets (--bom), no cell a spreadsheet would run as a formula.
"""

import json
import sqlite3
from collections.abc import Generator, Iterator
from contextlib import closing, contextmanager
from operator import itemgetter

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
    "categories",
    "lead",
    "body",
    "words",
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
# Columns an archive may not have yet (categories comes with the article-identity migration):
# exported when the archive has them.
OPTIONAL_COLUMNS = ("categories",)
JSON_COLUMNS = ("images", "attachments", "provenance", "categories")  # JSON text in the archive
INTEGER_COLUMNS = ("views", "capture_id", "words")
PORTAL_TIMES = ("published_at", "updated_at")  # stored in Vietnam time, +07:00 (archiver.dates)
FETCH_TIMES = ("fetched_at", "first_seen_at", "last_seen_at")  # stored in UTC
# Columns archiver fills in a fixed form (ISO times, integers, a hex digest, a version number): no comma, quote or
# line break, so their CSV cells are written without the test for one (a fifth of a CSV export's CPU).
FORMATTED_COLUMNS = (*PORTAL_TIMES, *FETCH_TIMES, *INTEGER_COLUMNS, "sha256", "extractor_version")
# A cell starting with one of these is a formula to a spreadsheet (OWASP's "CSV injection" list).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
BATCH_SIZE = 1000
PARQUET_BATCH_SIZE = 10_000  # rows a row group: a thousand made ten times as many, and took a fifth longer


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


def export_columns(archive: Archive) -> tuple[str, ...]:
    """EXPORT_COLUMNS less the optional ones this archive does not have."""
    present = {row[1] for row in archive.db.execute("PRAGMA table_info(articles)")}
    return tuple(c for c in EXPORT_COLUMNS if c not in OPTIONAL_COLUMNS or c in present)


def count_articles(archive: Archive, site=None, since=None, until=None) -> int:
    where, params = article_filter(site, since, until)
    return archive.db.execute(f"SELECT count(*) FROM articles{where}", params).fetchone()[0]


def iter_batches(
    archive: Archive, site=None, since=None, until=None, size: int = BATCH_SIZE
) -> Generator[list[dict], None, None]:
    """Lists of at most `size` rows (dicts keyed by export_columns), oldest publication first."""
    columns = export_columns(archive)
    for batch in ordered_batches(archive, ", ".join(columns), site, since, until, size):
        yield [dict(zip(columns, row, strict=True)) for row in batch]


def ordered_batches(
    archive: Archive, select: str, site, since, until, size: int = BATCH_SIZE
) -> Generator[list[tuple], None, None]:
    """The rows of `select` (expressions over articles), oldest publication first, `size` at a time, all read
    in one snapshot. The order is found on the keys alone, then the rows are read by rowid a batch at a time:
    sorting whole rows, bodies included, took longer than reading them (bench/analysts.py)."""
    conn = archive.db.conn
    where, params = article_filter(site, since, until)
    with read_snapshot(conn):
        order = f"SELECT rowid FROM articles{where} ORDER BY published_at, canonical_url"
        rowids = [rowid for (rowid,) in conn.execute(order, params)]
        # Sorted here, not by ORDER BY: SQLite would copy the rows through a sorter (half the export's time)
        # where they come in order already (the plan walks `wanted` in order), which sort() checks cheaply.
        rows = f"SELECT wanted.key, {select} FROM json_each(?) AS wanted JOIN articles ON articles.rowid = wanted.value"
        for start in range(0, len(rowids), size):
            batch = conn.execute(rows, [json.dumps(rowids[start : start + size])]).fetchall()
            batch.sort(key=itemgetter(0))
            yield [row[1:] for row in batch]


@contextmanager
def read_snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """One read transaction around several statements (a crawl writing meanwhile is not seen halfway)."""
    if conn.in_transaction:  # the caller's own transaction already is one
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("COMMIT")


def jsonl_chunks(archive: Archive, site=None, since=None, until=None) -> Generator[tuple[bytes, int], None, None]:
    """JSON Lines as UTF-8 bytes, a batch of rows at a time, with the number of rows in each.

    SQLite writes each line (json_object): encoding in Python was three quarters of an export's time.
    A JSON column holds its value; a text that is not JSON stays a string (nothing is lost)."""
    values = ", ".join(f"'{c}', {json_value(c) if c in JSON_COLUMNS else c}" for c in export_columns(archive))
    for batch in ordered_batches(archive, f"CAST(json_object({values}) || char(10) AS BLOB)", site, since, until):
        yield b"".join(line for (line,) in batch), len(batch)


def json_value(column: str) -> str:
    return f"CASE WHEN {column} = '' THEN NULL WHEN json_valid({column}) THEN json({column}) ELSE {column} END"


def csv_chunks(
    archive: Archive, site=None, since=None, until=None, bom: bool = False
) -> Generator[tuple[bytes, int], None, None]:
    """CSV with a header as UTF-8 bytes, a batch of rows at a time, with the number of rows in each: the bytes
    Python's csv.writer writes (minimal quoting, CRLF), written by SQLite for the reason jsonl_chunks says.

    With bom (for spreadsheets), a UTF-8 byte order mark first, and a text cell that starts with = + - @
    (or a tab or carriage return) written after a ' so that it is shown, not run."""
    columns = export_columns(archive)
    header = ("\ufeff" if bom else "") + ",".join(columns) + "\r\n"
    yield header.encode(), 0
    cells = ", ".join(csv_column(c, bom) for c in columns)
    line = f"printf('{','.join(['%s'] * len(columns))}' || char(13, 10), {cells})"  # one copy; || copies at each
    for batch in ordered_batches(archive, f"CAST({line} AS BLOB)", site, since, until):
        yield b"".join(row for (row,) in batch), len(batch)


def csv_column(column: str, bom: bool) -> str:
    value = defused(column) if bom else column
    return value if column in FORMATTED_COLUMNS else csv_cell(value)


def csv_cell(value: str) -> str:
    """A CSV cell as csv.writer writes it: empty for NULL (printf's %s), quoted (quotes doubled) when it holds
    a comma, a quote or a line break (instr: a GLOB character class took twice as long)."""
    needs_quotes = " OR ".join(f"instr({value}, {c})" for c in ("','", "'\"'", "char(10)", "char(13)"))
    return f"""CASE WHEN {needs_quotes} THEN '"' || replace({value}, '"', '""') || '"' ELSE {value} END"""


def defused(column: str) -> str:
    """The column with a ' before a text a spreadsheet would take for a formula (FORMULA_START)."""
    starts = ", ".join(f"char({ord(c)})" for c in FORMULA_START)
    formula = f"typeof({column}) = 'text' AND substr({column}, 1, 1) IN ({starts})"
    return f"(CASE WHEN {formula} THEN '''' || {column} ELSE {column} END)"


def parse_json(text: str | None):
    """A JSON column's value (None for NULL); the empty list, most images and attachments, without parsing."""
    if not text:
        return None
    return [] if text == "[]" else json.loads(text)


def parquet_types(columns: tuple[str, ...]) -> dict:
    """Column -> pyarrow type: timestamps with their zone (milliseconds: Parquet has no unit of seconds),
    integers, lists, a map for the provenance."""
    import pyarrow as pa

    text_list = pa.list_(pa.string())
    special = {
        **dict.fromkeys(INTEGER_COLUMNS, pa.int64()),
        **dict.fromkeys(PORTAL_TIMES, pa.timestamp("ms", tz="+07:00")),
        **dict.fromkeys(FETCH_TIMES, pa.timestamp("ms", tz="UTC")),
        "images": text_list,
        "categories": text_list,
        "attachments": pa.list_(pa.struct([("url", pa.string()), ("text", pa.string())])),
        "provenance": pa.map_(pa.string(), pa.string()),
    }
    return {name: special.get(name, pa.string()) for name in columns}


def parquet_column(name: str, values: tuple, arrow_type):
    """One column of a batch as an arrow array of its type (a text column comes as UTF-8 bytes)."""
    import pyarrow as pa

    if name == "provenance":
        return distinct_parsed(values, lambda v: list(json.loads(v).items()) if v else None, arrow_type)
    if name in JSON_COLUMNS:
        return distinct_parsed(values, parse_json, arrow_type)
    if name in PORTAL_TIMES or name in FETCH_TIMES:
        return timestamps(values, arrow_type)
    if arrow_type == pa.string():
        return utf8_texts(values)
    return pa.array(values, type=arrow_type)


def utf8_texts(values: tuple):
    """UTF-8 bytes as an arrow string array, taken as they are once checked (a cast copies them as well: twice
    the time); where a tool other than archiver stored bytes that are no UTF-8, those are decoded with U+FFFD."""
    import pyarrow as pa

    texts = pa.array(values, type=pa.binary()).view(pa.string())
    try:
        texts.validate(full=True)
    except pa.ArrowInvalid:
        return pa.array([v.decode("utf-8", "replace") if v is not None else None for v in values], type=pa.string())
    return texts


def distinct_parsed(values: tuple, parse, arrow_type):
    """The column's texts parsed once each: provenance and categories repeat from row to row."""
    import pyarrow as pa

    position: dict = {}
    indices = [position.setdefault(v, len(position)) for v in values]
    return pa.array([parse(v) for v in position], type=arrow_type).take(pa.array(indices, type=pa.int32()))


def timestamps(values: tuple, arrow_type):
    """ISO 8601 texts as timestamps. A date without a time (a page that shows none) is midnight in
    Vietnam, which archiver.dates reads as "no time shown"; a text that is no time at all is null."""
    import pyarrow as pa

    full = [v + "T00:00:00+07:00" if v and len(v) == 10 else v for v in values]
    try:
        return pa.array(full, type=pa.string()).cast(arrow_type)
    except pa.ArrowInvalid:
        return pa.array([parse_time(v) for v in full], type=arrow_type)


def parse_time(text: str | None):
    from datetime import datetime

    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def write_parquet(archive: Archive, path, site=None, since=None, until=None, on_rows=None) -> int:
    """One Parquet row group per batch of articles; `on_rows(n)` reports progress.

    The text columns are read as UTF-8 bytes, which arrow takes as they are: decoding them to Python text
    and encoding them back was half of the export's time (bench/analysts.py)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ArchiverError("Parquet export needs pyarrow: pip install -e '.[parquet]'") from None
    columns = export_columns(archive)
    types = parquet_types(columns)
    schema = pa.schema(list(types.items()))
    select = ", ".join(f"CAST({c} AS BLOB)" if types[c] == pa.string() else c for c in columns)
    count = 0
    with (
        closing(ordered_batches(archive, select, site, since, until, PARQUET_BATCH_SIZE)) as batches,
        pq.ParquetWriter(path, schema, compression="zstd") as writer,
    ):
        for batch in batches:
            arrays = [
                parquet_column(name, values, types[name])
                for name, values in zip(columns, zip(*batch, strict=True), strict=True)
            ]
            writer.write_batch(pa.record_batch(arrays, schema=schema))
            count += len(batch)
            if on_rows:
                on_rows(len(batch))
    return count
