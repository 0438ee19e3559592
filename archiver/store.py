"""The SQLite archive: captures, articles, their versions and view counts, crawls, extraction issues.

Every fetched response is stored as a capture (exact body bytes, compressed) before extraction;
an article is one row whatever URL it was reached by (its key: archiver/identity.py), so a re-crawl, or
another category's page of it, updates the row instead of adding one. Writes are
batched in transactions; `flush()` commits. The schema is created and migrated on open
(archiver/migrations.py). Every write to an archive goes through this class.
"""

import fcntl
import json
import os
import sqlite3
import zlib
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, cast
from urllib.parse import quote

import zstandard

from . import EXTRACTOR_VERSION, identity
from .errors import NotAnArchive, StoreError
from .migrations import MIGRATIONS, migrate, schema_version
from .models import EXPECTED_FIELDS, Extraction
from .wordcount import article_words

if TYPE_CHECKING:  # imported when an archive is opened for writing: reading commands start without it
    import sqlite_utils

# A reading command maps the file into memory: FTS5 ranking and exports read most of an archive's pages,
# and copying them through SQLite's page cache took 40% of an export's time (bench/analysts.py).
READ_MMAP_BYTES = 1 << 30

# Capture bodies are stored zstd-compressed: on real 46 KB portal pages zstd level 3 takes 0.10 ms for a
# 25% ratio where zlib level 1 takes 0.28 ms for 27% (measured here), and this is on the crawl's hot path.
# body_compression names the method of each row, so rows written with zlib stay readable.
COMPRESSION = "zstd"
_ZSTD_LEVEL = 3
_compressor = zstandard.ZstdCompressor(level=_ZSTD_LEVEL)
_decompressor = zstandard.ZstdDecompressor()


def compress_body(data: bytes) -> bytes:
    return _compressor.compress(data)


def stored_bytes(blob: bytes | None, method: str | None) -> bytes:
    """The bytes of a capture as received, from its compressed `body` column."""
    if not blob:
        return b""
    if method == "zstd":
        return _decompressor.decompress(blob)
    if method == "zlib":
        return zlib.decompress(blob)
    raise StoreError(f"unknown body compression {method!r}")


CONTENT_FIELDS = identity.CONTENT_FIELDS


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class Capture:
    """One fetched response (or a fetch that failed), as it will be stored."""

    url: str
    fetched_at: str
    status: int | None = None
    final_url: str | None = None
    headers: list[tuple[str, str]] = field(default_factory=list)
    request_headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""  # the payload after content decoding (what extraction reads)
    raw_body: bytes | None = None  # the bytes as received when they still carry a Content-Encoding
    content_encoding: str | None = None
    content_type: str | None = None
    kind: str = "page"
    site: str | None = None
    error: str | None = None
    method: str = "GET"
    compressed: bytes | None = None  # the stored bytes already compressed (the crawler does it off the worker)

    def compress(self) -> None:
        stored = self.raw_body if self.raw_body is not None else self.body
        self.compressed = compress_body(stored) if stored else None


def inserted_id(cursor: sqlite3.Cursor) -> int:
    """The rowid an INSERT gave (sqlite3 types lastrowid as optional: None only before any insert)."""
    if cursor.lastrowid is None:
        raise StoreError("the insert gave no row id")
    return cursor.lastrowid


def sha256_hex(data: bytes) -> str:
    import hashlib  # only writing needs it: OpenSSL's start-up is not for a reading command's

    return hashlib.sha256(data).hexdigest()


def content_hash(ex: Extraction) -> str:
    normalized = json.dumps([getattr(ex, f) for f in CONTENT_FIELDS], ensure_ascii=False)
    return sha256_hex(normalized.encode())


ARCHIVE_TABLES = {"crawls", "captures", "articles"}  # what every version of the schema has had
STORAGE_FAILURES = ("SQLITE_FULL", "SQLITE_IOERR", "SQLITE_READONLY", "SQLITE_CANTOPEN")


class Archive:
    """An open archive file. Use as a context manager, or call close().

    create: a missing file becomes a new archive (else it is an error). readonly: open for reading only
    (sqlite's mode=ro): no migration, no WAL switch, nothing written; a copy on a read-only share opens too.
    Either way a file that is not an archive, or an archive of a newer version, is refused untouched.
    """

    def __init__(self, path: str | os.PathLike, *, batch_size: int = 200, create: bool = True, readonly: bool = False):
        self.path = Path(path)
        self.readonly = readonly
        if (readonly or not create) and not self.path.exists():
            raise StoreError(f"no archive at {self.path} (run 'archiver crawl' or 'archiver demo' first)")
        try:
            self.db = self._open_readonly() if readonly else self._open_for_writing()
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"cannot open archive {self.path}: {exc}") from None
        self.batch_size = batch_size
        self._pending = 0
        self._lock_file: TextIO | None = None

    def _open_for_writing(self) -> "sqlite_utils.Database":
        import sqlite_utils

        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.path.exists():  # checked before anything is written to it
            with closing(self._readonly_connection()) as conn:
                self._check_schema(conn, new_allowed=True)
        # no sqlite-utils plugins: looking them up reads every installed package's metadata at each start
        db = sqlite_utils.Database(self.path, execute_plugins=False)
        db.enable_wal()
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA busy_timeout=10000")
        migrate(db)
        return db

    def _open_readonly(self) -> "sqlite_utils.Database":
        conn = self._readonly_connection()
        try:
            self._check_schema(conn, new_allowed=False)
            if schema_version(conn) < len(MIGRATIONS):
                raise StoreError(
                    f"{self.path} was made by an older version of archiver: run 'archiver upgrade --db {self.path}'"
                    " once to bring it up to date (reading commands never write to an archive)"
                )
        except BaseException:
            conn.close()
            raise
        conn.execute(f"PRAGMA mmap_size={READ_MMAP_BYTES}")
        # what reading needs of sqlite-utils, without importing it (a third of a reading command's start-up)
        return cast("sqlite_utils.Database", ReadOnlyDatabase(conn))

    def reader_connection(self) -> sqlite3.Connection:
        """One more connection that reads the archive, as a read-only command's own does (any thread may use it)."""
        conn = self._readonly_connection()
        conn.execute(f"PRAGMA mmap_size={READ_MMAP_BYTES}")
        return conn

    def _readonly_connection(self) -> sqlite3.Connection:
        """mode=ro; where the WAL index (-shm) can be neither found nor created beside a WAL archive (a
        read-only share), immutable=1: nothing else can be writing it through that folder either."""
        uri = f"file:{quote(str(self.path.resolve()))}"
        conn = sqlite3.connect(uri + "?mode=ro", uri=True, check_same_thread=False)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError as exc:
            if not exc.sqlite_errorname.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN")):
                raise
            conn.close()
            conn = sqlite3.connect(uri + "?immutable=1", uri=True, check_same_thread=False)
        except sqlite3.DatabaseError:
            pass  # not SQLite: _check_schema says so
        conn.execute("PRAGMA busy_timeout=10000")
        return conn

    def _check_schema(self, conn: sqlite3.Connection, new_allowed: bool) -> None:
        """Refuse a file another application made, or an archive of a newer version than this one.
        new_allowed: an empty SQLite file (or a 0-byte file) is a new archive."""
        try:
            tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            version = schema_version(conn)
        except sqlite3.DatabaseError as exc:
            if exc.sqlite_errorname != "SQLITE_NOTADB":
                raise
            raise NotAnArchive(f"{self.path} is not an archive: {exc}") from None
        if new_allowed and not tables and version == 0:
            return
        if not tables >= ARCHIVE_TABLES:
            raise NotAnArchive(f"{self.path} is not an archive (it has no {', '.join(sorted(ARCHIVE_TABLES))} tables)")
        if version > len(MIGRATIONS):
            raise StoreError(
                f"{self.path} was made by a newer version of archiver (schema {version}; this one knows "
                f"{len(MIGRATIONS)}): upgrade archiver to read it"
            )

    # -- lifecycle -------------------------------------------------------------------------

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self.db.close()
            if self._lock_file:
                self._lock_file.close()
                self._lock_file = None

    def lock_for_crawl(self) -> None:
        """Refuse a second crawl writing this archive at the same time (held until close; taking it
        again through the same Archive is a no-op)."""
        if self._lock_file is not None:
            return
        lock_file = open(f"{self.path}.lock", "w")  # noqa: SIM115 (held until close)
        try:
            fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock_file.close()
            raise StoreError(f"another crawl is writing {self.path}; wait for it to finish") from None
        self._lock_file = lock_file

    def _write(self, sql: str, params=()) -> sqlite3.Cursor:
        with self._storage_failures():
            if not self.db.conn.in_transaction:
                self.db.execute("BEGIN")
            return self.db.conn.execute(sql, params)

    @contextmanager
    def _storage_failures(self) -> Iterator[None]:
        """A full disk, an I/O error, a read-only file: a StoreError in one line (other errors are bugs)."""
        try:
            yield
        except sqlite3.OperationalError as exc:
            if not exc.sqlite_errorname.startswith(STORAGE_FAILURES):
                raise
            raise StoreError(f"cannot write the archive {self.path}: {exc}") from None

    def _written(self) -> None:
        self._pending += 1
        if self._pending >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        with self._storage_failures():
            self.db.commit()
        self._pending = 0

    # -- crawls ----------------------------------------------------------------------------

    def begin_crawl(self, sites: list[str], settings: dict) -> int:
        cursor = self._write(
            "INSERT INTO crawls (started_at, sites, settings) VALUES (?, ?, ?)",
            (utc_now(), json.dumps(sites, ensure_ascii=False), json.dumps(settings)),
        )
        self.flush()
        return inserted_id(cursor)

    def finish_crawl(self, crawl_id: int, reason: str, counts: dict) -> None:
        self.update_crawl_counts(crawl_id, counts)
        self._write(
            "UPDATE crawls SET finished_at = ?, finish_reason = ?, stats = ? WHERE id = ?",
            (utc_now(), reason, json.dumps(counts, sort_keys=True), crawl_id),
        )
        self.flush()

    def update_crawl_counts(self, crawl_id: int, counts: dict) -> None:
        """The crawl's row counts as they stand (written as the crawl goes, committed with its pages)."""
        self._write(
            """UPDATE crawls SET pages = ?, articles_new = ?, articles_changed = ?, articles_same = ?, errors = ?
               WHERE id = ?""",
            (
                counts.get("pages", 0),
                counts.get("articles/new", 0),
                counts.get("articles/changed", 0),
                counts.get("articles/same", 0),
                counts.get("errors", 0),
                crawl_id,
            ),
        )

    def close_dead_crawls(self, current_id: int) -> list[int]:
        """Crawls that never finished (killed, or the machine went down) and are not `current_id`: marked
        'killed', ended at their last capture, with the pages they stored counted from their captures.
        Call with the crawl lock held (no other crawl is running)."""
        dead = [
            crawl_id
            for (crawl_id,) in self.db.execute(
                "SELECT id FROM crawls WHERE finished_at IS NULL AND id != ?", (current_id,)
            ).fetchall()
        ]
        for crawl_id in dead:
            self._write(
                """UPDATE crawls SET finish_reason = 'killed',
                   finished_at = coalesce((SELECT max(fetched_at) FROM captures WHERE crawl_id = ?), started_at),
                   pages = (SELECT count(*) FROM captures WHERE crawl_id = ?) WHERE id = ?""",
                (crawl_id, crawl_id, crawl_id),
            )
            self._write("UPDATE coverage SET reason = 'killed' WHERE crawl_id = ? AND reason = 'running'", (crawl_id,))
        self.flush()
        return dead

    # -- coverage (migration 4) -----------------------------------------------------------

    def coverage(self) -> dict[str, bool]:
        """Listing chain (start URL) -> whether the archive holds it walked to its end."""
        return {url: bool(complete) for url, complete in self.db.execute("SELECT start_url, complete FROM coverage")}

    def set_coverage(self, chains: dict[str, tuple[str | None, str | None]], crawl_id: int) -> None:
        """chains: start URL -> (site, why it is not complete, or None when it is)."""
        now = utc_now()
        for url, (site, reason) in chains.items():
            self._write(
                "INSERT OR REPLACE INTO coverage (start_url, site, complete, reason, crawl_id, updated_at)"
                " VALUES (?,?,?,?,?,?)",
                (url, site, int(reason is None), reason, crawl_id, now),
            )
        self.flush()

    def add_crawl_stats(self, crawl_id: int, stats: dict) -> None:
        """Merge `stats` into the JSON stats of a crawl (fill rates and memory, after the crawl)."""
        (recorded,) = self.db.execute("SELECT stats FROM crawls WHERE id = ?", (crawl_id,)).fetchone()
        merged = json.loads(recorded or "{}") | stats
        self._write("UPDATE crawls SET stats = ? WHERE id = ?", (json.dumps(merged, sort_keys=True), crawl_id))
        self.flush()

    # -- captures --------------------------------------------------------------------------

    def add_capture(self, capture: Capture, crawl_id: int | None = None) -> int:
        if capture.compressed is None:
            capture.compress()
        cursor = self._write(
            """INSERT INTO captures (crawl_id, url, final_url, status, method, request_headers, headers,
               content_type, body, body_compression, content_encoding, size, sha256, fetched_at, kind,
               site, error) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            (
                crawl_id,
                capture.url,
                capture.final_url or capture.url,
                capture.status,
                capture.method,
                json.dumps(capture.request_headers),
                json.dumps(capture.headers),
                capture.content_type,
                capture.compressed,
                COMPRESSION if capture.compressed else None,
                capture.content_encoding if capture.raw_body is not None else None,
                len(capture.body),
                sha256_hex(capture.body) if capture.status else None,
                capture.fetched_at,
                capture.kind,
                capture.site,
                capture.error,
            ),
        )
        self._written()
        return inserted_id(cursor)

    def set_capture_error(self, capture_id: int, reason: str) -> None:
        self._write("UPDATE captures SET error = ? WHERE id = ?", (reason, capture_id))

    def holds_capture(self, url: str, fetched_at: str, body: bytes) -> bool:
        """The same response (URL, fetch time, payload) is stored already: importing it again adds nothing."""
        return (
            self.db.execute(
                "SELECT 1 FROM captures WHERE url = ? AND fetched_at = ? AND sha256 = ? LIMIT 1",
                (url, fetched_at, sha256_hex(body)),
            ).fetchone()
            is not None
        )

    def capture_body(self, capture_id: int) -> bytes:
        """The decoded payload of a capture, as extraction reads it."""
        row = self.db.execute(
            "SELECT body, body_compression, content_encoding FROM captures WHERE id = ?", (capture_id,)
        ).fetchone()
        if row is None or row[0] is None:
            return b""
        return decode_payload(stored_bytes(row[0], row[1]), row[2], MAX_DECODED_BODY)

    # -- articles --------------------------------------------------------------------------

    def save_article(
        self, ex: Extraction, *, capture_id: int, site: str | None, fetched_at: str, article_id: str | None = None
    ) -> str:
        """Insert or update the article; returns 'new', 'changed' or 'same'.

        article_id: the portal's id of the article, read by the profile's rule (identity.article_id).
        A page of an archived article under another URL with another canonical link (another category's
        view, the print view) adds its URL, category and view count to the row; the row's content is
        read from the article's own page, so two renderings of it never make versions of each other."""
        key = self.article_key(ex, site, article_id)
        if not key:
            raise StoreError("an article read from no URL cannot be stored")
        digest = content_hash(ex)
        old = self.db.execute(
            "SELECT content_hash, capture_id, " + ", ".join(CONTENT_FIELDS) + ", canonical_url, url, categories"
            " FROM articles WHERE article_key = ?",
            (key,),
        ).fetchone()
        if old is not None and (
            (ex.url != old[-2] and ex.canonical_url != old[-3])
            or (old[0] != digest and self._same_crawl(old[1], capture_id))
        ):
            self._another_sighting(key, ex, old[-3], old[-1], capture_id, fetched_at)
            outcome = "same"
        else:
            outcome = self._store_content(key, ex, digest, old, capture_id, site, fetched_at)
        self._keep_urls(key, ex, capture_id, fetched_at)
        self._written()
        return outcome

    def _same_crawl(self, stored_capture: int | None, capture_id: int) -> bool:
        """The row was read in this capture's crawl from another capture: the article reached again under
        another address (`/vi/x.html` and `/x.html`) in one crawl is one sighting more, never a change."""
        if stored_capture is None or stored_capture == capture_id:
            return False  # a reparse reads the row's own capture again
        row = self.db.execute(
            "SELECT a.crawl_id FROM captures a JOIN captures b ON a.crawl_id = b.crawl_id WHERE a.id = ? AND b.id = ?",
            (stored_capture, capture_id),
        ).fetchone()
        return row is not None

    def article_key(self, ex: Extraction, site: str | None, article_id: str | None = None) -> str | None:
        """The key the article read from a page is (or will be) stored under (archiver/identity.py)."""
        if article_id:
            return identity.id_key(site, article_id, ex.url)
        key = identity.url_key(ex)
        if key and self.db.execute("SELECT 1 FROM articles WHERE article_key = ?", (key,)).fetchone():
            return key
        return self._same_content_elsewhere(ex, site) or key

    def _same_content_elsewhere(self, ex: Extraction, site: str | None) -> str | None:
        """The key of an article of the site with this title, date and body, read from another page."""
        if not (ex.title and ex.body):
            return None
        row = self.db.execute(
            "SELECT article_key FROM articles WHERE site IS ? AND published_at IS ? AND title = ? AND body = ?"
            " AND url IS NOT ? LIMIT 1",
            (site, ex.published_at, ex.title, ex.body, ex.url),
        ).fetchone()
        return row[0] if row else None

    def add_sighting(self, key: str, ex: Extraction, capture_id: int, fetched_at: str) -> None:
        """A capture of the archived article older than the one its row was read from (an old WARC, a saved
        copy): its URLs, category and view count are kept, its content is not."""
        row = self.db.execute("SELECT canonical_url, categories FROM articles WHERE article_key = ?", (key,)).fetchone()
        if row is None:
            return
        self._another_sighting(key, ex, row[0], row[1], capture_id, fetched_at)
        self._keep_urls(key, ex, capture_id, fetched_at)
        self._written()

    def _keep_urls(self, key: str, ex: Extraction, capture_id: int, fetched_at: str) -> None:
        """Every URL the article was reached by: the capture's (requested, after redirects), the page's canonical link."""
        row = self.db.execute("SELECT url, final_url FROM captures WHERE id = ?", (capture_id,)).fetchone()
        for url in {*(row or ()), ex.url, ex.canonical_url}:
            if url:
                self._write(
                    "INSERT INTO article_urls (url, article_key, first_seen_at) VALUES (?, ?, ?) ON CONFLICT(url)"
                    " DO UPDATE SET article_key = excluded.article_key,"
                    " first_seen_at = min(coalesce(article_urls.first_seen_at, ''), excluded.first_seen_at)",
                    (url, key, fetched_at),
                )

    def _another_sighting(
        self, key: str, ex: Extraction, canonical_url: str, categories: str | None, capture_id: int, fetched_at: str
    ) -> None:
        """The archived article seen on another of its pages: the row keeps its content."""
        self._write(
            "UPDATE articles SET categories = ?, first_seen_at = min(first_seen_at, ?),"
            " views = CASE WHEN ? IS NOT NULL AND ? >= coalesce(last_seen_at, '') THEN ? ELSE views END,"
            " last_seen_at = max(coalesce(last_seen_at, ''), ?) WHERE article_key = ?",
            (identity.merge_categories(categories, ex.category), fetched_at, ex.views, fetched_at, ex.views)
            + (fetched_at, key),
        )
        if ex.views is not None:
            self._keep_views(canonical_url, ex.views, capture_id, fetched_at)

    def _store_content(
        self,
        key: str,
        ex: Extraction,
        digest: str,
        old: tuple | None,
        capture_id: int,
        site: str | None,
        fetched_at: str,
    ) -> str:
        if old is None:
            outcome = "new"
            canonical_url = self._free_canonical_url(ex, key)
        else:
            outcome = "same" if old[0] == digest else "changed"
            canonical_url = old[-3]
            if outcome == "changed":
                identity.keep_version(self._write, canonical_url, old[:-3], capture_id, fetched_at)
        payload_sha = self.db.execute("SELECT sha256 FROM captures WHERE id = ?", (capture_id,)).fetchone()[0]
        values = {
            "article_key": key,
            "canonical_url": canonical_url,
            "url": ex.url,
            "site": site,
            "title": ex.title,
            "published_at": ex.published_at,
            "published_month": (ex.published_at or "")[:7] or None,
            "updated_at": ex.updated_at,
            "author": ex.author,
            "source": ex.source,
            "views": ex.views,
            "lead": ex.lead,
            "body": ex.body,
            "words": article_words(ex.lead, ex.body),
            "category": ex.category,
            "categories": identity.merge_categories(old[-1] if old else None, ex.category),
            "images": json.dumps(ex.images, ensure_ascii=False),
            "attachments": json.dumps(ex.attachments, ensure_ascii=False),
            "language": ex.language,
            "kind": ex.kind,
            "provenance": json.dumps(ex.provenance, ensure_ascii=False),
            "content_hash": digest,
            "extractor_version": EXTRACTOR_VERSION,
            "capture_id": capture_id,
            "sha256": payload_sha,
            "fetched_at": fetched_at,
            "first_seen_at": fetched_at,
            "last_seen_at": fetched_at,
            "changed_at": fetched_at,
        }
        columns = ", ".join(values)
        placeholders = ", ".join("?" * len(values))
        # first_seen_at never moves; changed_at moves only when the content did.
        updates = ", ".join(
            f"{c} = excluded.{c}"
            for c in values
            if c not in ("article_key", "canonical_url", "first_seen_at", "changed_at", "last_seen_at")
        )
        # a capture older than the last one seen (a reparse, a WARC import) never moves last_seen_at back
        updates += ", last_seen_at = max(coalesce(articles.last_seen_at, ''), excluded.last_seen_at)"
        changed_at = "excluded.changed_at" if outcome == "changed" else "articles.changed_at"
        self._write(
            f"INSERT INTO articles ({columns}) VALUES ({placeholders}) "
            f"ON CONFLICT(article_key) DO UPDATE SET {updates}, changed_at = {changed_at}",
            tuple(values.values()),
        )
        if ex.views is not None:
            self._keep_views(canonical_url, ex.views, capture_id, fetched_at)
        self._record_issues(canonical_url, capture_id, ex)
        return outcome

    def _free_canonical_url(self, ex: Extraction, key: str) -> str:
        """The canonical URL a new row shows: the page's, unless another article's row has it (a portal
        naming one canonical link for several articles), then the page's own URL, else the key."""
        for url in (ex.canonical_url, ex.url, key):
            if url and not self.db.execute("SELECT 1 FROM articles WHERE canonical_url = ?", (url,)).fetchone():
                return url
        return key

    def _keep_views(self, canonical_url: str, views: int, capture_id: int, fetched_at: str) -> None:
        self._write(
            "INSERT OR REPLACE INTO article_views (canonical_url, fetched_at, views, capture_id) VALUES (?,?,?,?)",
            (canonical_url, fetched_at, views, capture_id),
        )

    def rekey_article(self, old: str, new: str) -> None:
        """The article saved under key `old` is the one under key `new` (a reparse found another key for
        its page): the row under `new` takes its history and the row under `old` goes (identity.merge_articles)."""
        if identity.merge_articles(self._write, old, new):
            self._written()

    def page_of_article(self, key: str) -> str | None:
        """The page URL (after redirects) of the capture the article under `key` was read from."""
        row = self.db.execute(
            "SELECT coalesce(c.final_url, c.url) FROM articles a JOIN captures c ON a.capture_id = c.id"
            " WHERE a.article_key = ?",
            (key,),
        ).fetchone()
        return row[0] if row else None

    def archived_later(self, key: str, fetched_at: str) -> bool:
        """The archive holds this article from a fetch later than fetched_at."""
        row = self.db.execute("SELECT fetched_at FROM articles WHERE article_key = ?", (key,)).fetchone()
        return bool(row and row[0] and row[0] > fetched_at)

    def touch_article(self, url: str, seen_at: str) -> None:
        """An article re-fetched and found unchanged (304): it was still there at seen_at."""
        self._write(
            "UPDATE articles SET last_seen_at = ? WHERE article_key = (SELECT article_key FROM article_urls WHERE url = ?)",
            (seen_at, url),
        )

    def _record_issues(self, key: str, capture_id: int, ex: Extraction) -> None:
        self._write("DELETE FROM extraction_issues WHERE url = ?", (key,))
        reasons = dict(ex.issues)
        for name in EXPECTED_FIELDS:
            if getattr(ex, name) in (None, "") and name not in reasons:
                reasons[name] = "not found"
        now = utc_now()
        for name, reason in reasons.items():
            self._write(
                "INSERT OR REPLACE INTO extraction_issues (url, field, reason, capture_id, recorded_at) VALUES (?,?,?,?,?)",
                (key, name, reason, capture_id, now),
            )

    # -- search ----------------------------------------------------------------------------

    def rebuild_search_index(self) -> int:
        """Rebuild the full-text indexes from the articles table (migrations 2 and 9); returns the article count.

        The folded indexes are filled from the folding view, never by FTS5 'rebuild' (that would index
        unfolded text).
        """
        self.flush()
        with self.db.atomic():
            self.db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('delete-all')")
            self.db.execute("INSERT INTO articles_fts (rowid, title, lead, body) SELECT * FROM articles_fts_source")
            self.db.execute("INSERT INTO articles_fts_exact(articles_fts_exact) VALUES ('rebuild')")
            self.db.execute("INSERT INTO titles_fts(titles_fts) VALUES ('delete-all')")
            self.db.execute(
                "INSERT INTO titles_fts (rowid, title) SELECT article_rowid, title FROM articles_fts_source"
            )
            self.db.execute("INSERT INTO titles_fts_exact(titles_fts_exact) VALUES ('rebuild')")
        return self.article_count()

    # -- reading ---------------------------------------------------------------------------

    def query(self, sql: str, params=()) -> list[dict]:
        return list(self.db.query(sql, params))

    def article_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]


class ReadOnlyDatabase:
    """The part of sqlite_utils.Database that reading an archive uses, over a plain sqlite3 connection."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def execute(self, sql: str, params=()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def query(self, sql: str, params=()) -> Iterator[dict]:
        cursor = self.conn.execute(sql, params)
        columns = [c[0] for c in cursor.description]
        for row in cursor:
            yield dict(zip(columns, row, strict=True))

    def commit(self) -> None:
        self.conn.commit()

    def close(self) -> None:
        self.conn.close()


# How far a stored gzip/deflate body is expanded when read back (reparse): far above the crawl's
# DOWNLOAD_MAXSIZE (16 MB), whose bodies were bounded when fetched; a bound for a body that came another way.
MAX_DECODED_BODY = 64 * 1024 * 1024


def decode_payload(data: bytes, content_encoding: str | None, max_size: int = 0) -> bytes:
    """Undo a Content-Encoding kept on stored bytes (gzip, deflate). max_size: expand no further than
    that many bytes (what a gzip bomb would need beyond it is never allocated); 0, no limit."""
    if not content_encoding:
        return data
    encoding = content_encoding.lower().strip()
    if encoding in ("gzip", "x-gzip"):
        return _inflate(data, 16 + zlib.MAX_WBITS, max_size)
    if encoding == "deflate":
        try:
            return _inflate(data, zlib.MAX_WBITS, max_size)
        except zlib.error:
            return _inflate(data, -zlib.MAX_WBITS, max_size)
    return data


def _inflate(data: bytes, wbits: int, max_size: int) -> bytes:
    inflater = zlib.decompressobj(wbits)
    out = inflater.decompress(data, max_size)  # (max_length 0: no limit)
    if max_size and len(out) >= max_size:
        return out  # cut at the limit: the caller sees a payload that long and refuses it
    out += inflater.flush()
    if not inflater.eof:
        raise zlib.error("incomplete or truncated stream")  # as zlib.decompress() says it
    return out
