"""Stream articles out of the archive as JSON Lines, CSV or Parquet, each row with its provenance.

Rows are read in batches from one cursor, so memory stays flat however large the archive is.

Each format keeps what it can of the types: JSON Lines has the lists and the provenance as JSON,
Parquet has timestamps with their zone, integers, lists and a map; CSV has text (the lists and the
provenance as JSON text) and, for spreadsheets (--bom), no cell a spreadsheet would run as a formula.
"""

import json
import os
import queue
import sqlite3
import threading
from collections.abc import Generator, Iterator
from contextlib import closing, contextmanager, nullcontext, suppress
from functools import cache
from operator import itemgetter
from urllib.parse import quote

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
TIMES = PORTAL_TIMES + FETCH_TIMES
# Columns archiver fills in a fixed form (ISO times, integers, a hex digest, a version number): no comma, quote or
# line break, so their CSV cells are written without the test for one (a fifth of a CSV export's CPU).
FORMATTED_COLUMNS = (*PORTAL_TIMES, *FETCH_TIMES, *INTEGER_COLUMNS, "sha256", "extractor_version")
# A cell starting with one of these is a formula to a spreadsheet (OWASP's "CSV injection" list).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
BATCH_SIZE = 1000


def usable_cores() -> int:
    """The cores this process may run on (fewer than the machine's under taskset or a cpuset)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # (no affinity on macOS or Windows)
        return os.cpu_count() or 1


# Connections reading JSON Lines or CSV batches side by side: one a core, two at most (one thread writes).
READERS = min(2, usable_cores())
# Parquet columns dictionary-encoded: those that repeat from row to row (a dictionary tried on every text column,
# bodies and addresses included, cost a sixth of the writing and made a larger file)
DICTIONARY_COLUMNS = ("site", "author", "source", "category", "categories", "language", "extractor_version")
PARQUET_BATCH_SIZE = 5_000  # rows a row group: a thousand took a fifth longer than ten thousand; five thousand, written
# while the next batch is read, an eighth less (bench/analysts.py)


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
    with read_snapshot(conn):
        rows = f"SELECT wanted.key, {select} FROM {WANTED}"
        for rowids in ordered_rowids(conn, site, since, until, size):
            yield [row[1:] for row in read_rows(conn, rows, rowids)]


WANTED = "json_each(?) AS wanted JOIN articles ON articles.rowid = wanted.value"  # a batch's rows, by rowid


def ordered_rowids(conn: sqlite3.Connection, site, since, until, size: int) -> list[list[int]]:
    """The rowids of the articles to export, oldest publication first, in lists of `size`."""
    where, params = article_filter(site, since, until)
    order = f"SELECT rowid FROM articles{where} ORDER BY published_at, canonical_url"
    rowids = [rowid for (rowid,) in conn.execute(order, params)]
    return [rowids[start : start + size] for start in range(0, len(rowids), size)]


def read_rows(conn: sqlite3.Connection, rows: str, rowids: list[int]) -> list[tuple]:
    """The rows of these rowids (`rows` selects wanted.key first), in their order, each with its key. Sorted
    here, not by ORDER BY: SQLite would copy the rows through a sorter (half the export's time) where they come in
    order already (the plan walks `wanted` in order), which sort() checks cheaply."""
    batch = conn.execute(rows, [json.dumps(rowids)]).fetchall()
    batch.sort(key=itemgetter(0))
    return batch


def ordered_lines(archive: Archive, line: str, site, since, until) -> Generator[tuple[bytes, int], None, None]:
    """The bytes of `line` (an expression over articles giving one article's line of text) for every article,
    oldest publication first, a batch at a time with its number of lines, all read in one snapshot.

    SQLite joins a batch's lines into one value, so that it writes the batch without coming back to Python
    (a thousand rows, each a Python object, cost a fifth of the time); where the machine has cores to spare,
    connections in the same snapshot read alternate batches side by side, and the batches come in order."""
    conn = archive.db.conn
    joined = f"SELECT group_concat(key), CAST(group_concat(line, '') AS BLOB) FROM (SELECT wanted.key AS key, {line} AS line FROM {WANTED})"
    rows = f"SELECT wanted.key, CAST({line} AS BLOB) FROM {WANTED}"

    def read(connection: sqlite3.Connection, rowids: list[int]) -> tuple[bytes, int]:
        keys, text = connection.execute(joined, [json.dumps(rowids)]).fetchone()
        if keys == in_order(len(rowids)):
            return text, len(rowids)
        lines = read_rows(connection, rows, rowids)  # another plan read them out of order: one by one
        return b"".join(line for _, line in lines), len(lines)

    more = READERS - 1 if not conn.in_transaction else 0  # a caller's own transaction has its own snapshot
    with read_snapshot(conn), snapshot_readers(archive, more) as others:
        batches = ordered_rowids(conn, site, since, until, BATCH_SIZE)
        yield from read_side_by_side([conn, *others], read, batches)


@cache
def in_order(count: int) -> str:
    """The keys of a batch of `count` rows that came in order, as group_concat joins them."""
    return ",".join(map(str, range(count)))


def read_side_by_side(connections: list[sqlite3.Connection], read, batches: list) -> Generator:
    """read(connection, batch) of every batch, in order: connection k (a thread of its own past the first;
    SQLite runs without Python's lock) reads batches k, k + n, k + 2n..., at most two ahead of the one being
    written, so memory stays flat."""
    count = len(connections)
    outboxes: list[queue.Queue] = [queue.Queue(maxsize=2) for _ in connections]
    stop = threading.Event()

    def hand_over(k: int, item) -> None:
        while not stop.is_set():
            with suppress(queue.Full):
                outboxes[k].put(item, timeout=0.1)
                return

    def reader(k: int) -> None:
        try:
            for batch in batches[k::count]:
                hand_over(k, read(connections[k], batch))
        except BaseException as exc:  # raised by the caller, in its turn
            hand_over(k, exc)

    threads = [threading.Thread(target=reader, args=(k,), daemon=True) for k in range(1, count)]
    for thread in threads:
        thread.start()
    try:
        for index, batch in enumerate(batches):
            k = index % count
            result = read(connections[0], batch) if k == 0 else outboxes[k].get()
            if isinstance(result, BaseException):
                raise result
            yield result
    finally:
        stop.set()
        for thread in threads:
            thread.join()


@contextmanager
def snapshot_readers(archive: Archive, count: int) -> Iterator[list[sqlite3.Connection]]:
    """`count` more connections to the archive, each in a read transaction of the snapshot the archive's own
    connection reads. They begin while a write lock is held, so that no commit falls between them; where the
    lock cannot be had (a read-only file or share, a writer holding it past 2 s), none: one reader."""
    readers: list[sqlite3.Connection] = []
    try:
        with write_lock(archive) if count > 0 else nullcontext() as locked:
            if locked:
                archive.db.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # its snapshot, if not yet
                for _ in range(count):
                    reader = archive.reader_connection()
                    readers.append(reader)
                    reader.execute("BEGIN")
                    reader.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts at a read
        yield readers
    finally:
        for reader in readers:
            reader.close()


@contextmanager
def write_lock(archive: Archive) -> Iterator[bool]:
    """The archive's write lock held (True), or not to be had (False); released on leaving, nothing written."""
    try:
        lock = sqlite3.connect(f"file:{quote(str(archive.path.resolve()))}?mode=rw", uri=True, timeout=2)
    except sqlite3.Error:
        yield False
        return
    with closing(lock):
        try:
            lock.execute("BEGIN IMMEDIATE")
        except sqlite3.Error:
            yield False
            return
        try:
            yield True
        finally:
            lock.rollback()


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
    yield from ordered_lines(archive, f"json_object({values}) || char(10)", site, since, until)


def json_value(column: str) -> str:
    """The column as a JSON value: NULL for '', the JSON it holds, else its text as a string. The empty list (most
    rows' images and attachments) is one constant, not parsed and written again a row (a tenth of the CPU)."""
    return (
        f"CASE WHEN {column} = '[]' THEN json('[]') WHEN {column} = '' THEN NULL"
        f" WHEN json_valid({column}) THEN json({column}) ELSE {column} END"
    )


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
    yield from ordered_lines(archive, line, site, since, until)


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


def parse_json(text: str | bytes | None):
    """A JSON column's value (None for NULL); the empty list, most images and attachments, without parsing."""
    if not text:
        return None
    return [] if text in ("[]", b"[]") else json.loads(text)


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


def parquet_batch(connection: sqlite3.Connection, rowids: list[int], columns: tuple[str, ...]) -> list:
    """One batch of articles, for each column its cells' UTF-8 bytes end to end and their lengths (-1 for NULL)
    separated by commas (finished_batch makes them arrays of their types). SQLite joins them without Python's lock
    while the thread that writes works: a Python value a cell (a hundred thousand articles, 2.4 million cells),
    then copied into arrow, cost more than the whole reading."""
    try:
        keys, *cells = connection.execute(joined_columns(columns), [json.dumps(rowids)]).fetchone()
    except sqlite3.DataError:  # a column's texts together longer than SQLite's longest value (1 GB): one by one
        return joined_rows(connection, rowids, columns)
    if keys != in_order(len(rowids)):  # another plan read them out of order: one by one
        return joined_rows(connection, rowids, columns)
    return list(zip(cells[::2], cells[1::2], strict=True))


def cell_bytes(column: str) -> str:
    """The column's cell as UTF-8 bytes (an integer's digits; a time with its time of day)."""
    return f"CAST({full_time(column) if column in TIMES else column} AS BLOB)"


@cache
def joined_columns(columns: tuple[str, ...]) -> str:
    """A batch's keys (to check they came in order), then parquet_batch's two values a column."""
    cells = ", ".join(
        f"CAST(group_concat({cell_bytes(c)}, '') AS BLOB), group_concat(ifnull(length({cell_bytes(c)}), -1))"
        for c in columns
    )
    return f"SELECT group_concat(wanted.key), {cells} FROM {WANTED}"


def joined_rows(connection: sqlite3.Connection, rowids: list[int], columns: tuple[str, ...]) -> list:
    """parquet_batch's values, joined here from the rows, in their order."""
    select = ", ".join(cell_bytes(c) for c in columns)
    values = zip(*read_rows(connection, f"SELECT wanted.key, {select} FROM {WANTED}", rowids), strict=True)
    next(values)  # the keys' column
    return [
        (b"".join(v for v in cells if v is not None), ",".join("-1" if v is None else str(len(v)) for v in cells))
        for cells in values
    ]


def joined_texts(data: bytes | None, lengths: str):
    """A string array (unchecked) of the texts end to end in `data`, of these lengths (-1: NULL); None where they
    are too long for a string array's offsets."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if data and len(data) >= 2**31:
        return None
    sizes = pc.split_pattern(pa.array([lengths]), ",").flatten().cast(pa.int32())
    present = pc.greater_equal(sizes, 0)
    ends = pc.cumulative_sum(pc.max_element_wise(sizes, pa.scalar(0, pa.int32())))
    offsets = pa.concat_arrays([pa.array([0], pa.int32()), ends])
    nulls = present.buffers()[1] if present.false_count else None
    return pa.StringArray.from_buffers(len(sizes), offsets.buffers()[1], pa.py_buffer(data or b""), nulls)


def utf8_checked(texts):
    """An arrow string array made of bytes taken as they are (a cast copies them as well: twice the time), once
    checked; where a tool other than archiver stored bytes that are no UTF-8, those are decoded with U+FFFD."""
    import pyarrow as pa

    try:
        texts.validate(full=True)
    except pa.ArrowInvalid:
        values = texts.view(pa.binary()).to_pylist()
        return pa.array([v.decode("utf-8", "replace") if v is not None else None for v in values], type=pa.string())
    return texts


def finished_batch(joined: list, schema):
    """A batch (parquet_batch's) as a record batch of the schema: texts checked, times and integers read, JSON
    parsed. Done by the thread that writes the batch while the next is read: arrow does most of it without
    Python's lock."""
    import pyarrow as pa

    def finished(cells, field):
        array = joined_texts(*cells)
        if array is None:
            raise ArchiverError(f"a batch of {field.name} too long for Parquet: more than 2 GB")
        if field.name in JSON_COLUMNS:
            return parsed_json(array, field)
        if field.type == pa.int64():
            return array.cast(field.type)
        texts = utf8_checked(array)
        return texts if field.type == pa.string() else timestamps(texts, field.type)

    return pa.record_batch([finished(c, f) for c, f in zip(joined, schema, strict=True)], schema=schema)


def parsed_json(texts, field):
    """A JSON column's texts (its bytes) parsed once each: provenance and categories repeat from row to row."""
    import pyarrow as pa

    parse = provenance_items if field.name == "provenance" else parse_json
    distinct = texts.view(pa.binary()).dictionary_encode()
    try:
        values = pa.array([parse(v) for v in distinct.dictionary.to_pylist()], type=field.type)
    except (ValueError, TypeError) as exc:  # not JSON, or not its shape: an archive edited by another tool
        raise ArchiverError(
            f"Parquet export: a value of {field.name} is not the JSON archiver writes ({exc}); "
            "--format jsonl or csv exports it as it is"
        ) from None
    return values.take(distinct.indices)


def provenance_items(text: bytes | None) -> list | None:
    """The provenance (a JSON object) as the items of a map."""
    return list(json.loads(text).items()) if text else None


def full_time(column: str) -> str:
    """A date without a time (a page that shows none) as midnight in Vietnam, which archiver.dates reads as
    "no time shown"."""
    return f"CASE WHEN length({column}) = 10 THEN {column} || 'T00:00:00+07:00' ELSE {column} END"


def timestamps(texts, arrow_type):
    """ISO 8601 texts (an arrow string array) as timestamps; a text that is no time at all is null."""
    import pyarrow as pa

    try:
        return texts.cast(arrow_type)
    except pa.ArrowInvalid:
        return pa.array([parse_time(v) for v in texts.to_pylist()], type=arrow_type)


def parse_time(text: str | None):
    from datetime import datetime

    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def write_parquet(archive: Archive, path, site=None, since=None, until=None, on_rows=None) -> int:
    """One Parquet row group per batch of articles; `on_rows(n)` reports progress. SQLite joins a batch's columns
    (parquet_batch); a thread of its own makes them arrays, checks the texts, reads the times, parses the JSON,
    compresses and writes the batch while the next is read. Reading batches side by side, as the other formats
    do, was slower here, even with the columns joined (3.35 -> 3.90 s at a load of 2-3 on 2 cores): the thread
    that writes needs the second core."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ArchiverError("Parquet export needs pyarrow: pip install -e '.[parquet]'") from None
    columns = export_columns(archive)
    schema = pa.schema(list(parquet_types(columns).items()))
    dictionary = [c for c in columns if c in DICTIONARY_COLUMNS]
    conn = archive.db.conn
    count = 0
    with (
        read_snapshot(conn),
        pq.ParquetWriter(path, schema, compression="zstd", use_dictionary=dictionary) as writer,
        in_background(lambda joined: writer.write_batch(finished_batch(joined, schema))) as write,
    ):
        for rowids in ordered_rowids(conn, site, since, until, PARQUET_BATCH_SIZE):
            write(parquet_batch(conn, rowids, columns))
            count += len(rowids)
            if on_rows:
                on_rows(len(rowids))
    return count


@contextmanager
def in_background(work) -> Iterator:
    """submit(item): work(item) done by a thread of its own, in order, at most two items waiting; on leaving, the
    work is finished (its first failure raised here)."""
    inbox: queue.Queue = queue.Queue(maxsize=2)
    failure: list[BaseException] = []

    def worker() -> None:
        while (item := inbox.get()) is not None:
            if not failure:
                try:
                    work(item)
                except BaseException as exc:  # raised by the caller
                    failure.append(exc)

    def submit(item) -> None:
        if failure:
            raise failure[0]
        inbox.put(item)

    thread = threading.Thread(target=worker, daemon=True)
    thread.start()
    try:
        yield submit
    finally:
        inbox.put(None)
        thread.join()
    if failure:
        raise failure[0]
