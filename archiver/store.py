"""The SQLite archive: captures, articles, their versions and view counts, crawls, extraction issues.

Every fetched response is stored as a capture (exact body bytes, compressed) before extraction;
articles are keyed by canonical URL so a re-crawl updates rows instead of adding them. Writes are
batched in transactions; `flush()` commits. The schema is created and migrated on open
(archiver/migrations.py). Every write to an archive goes through this class.
"""

import fcntl
import hashlib
import json
import os
import sqlite3
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

import sqlite_utils
import zstandard

from . import EXTRACTOR_VERSION
from .errors import StoreError
from .migrations import migrate
from .models import EXPECTED_FIELDS, Extraction
from .wordcount import article_words

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


CONTENT_FIELDS = ("title", "published_at", "updated_at", "author", "lead", "body")


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


def article_key(ex: Extraction) -> str:
    """The key an article is stored under: its canonical URL, else the URL it was read from."""
    key = ex.canonical_url or ex.url
    if not key:
        raise StoreError("an article read from no URL cannot be stored")
    return key


def content_hash(ex: Extraction) -> str:
    normalized = json.dumps([getattr(ex, f) for f in CONTENT_FIELDS], ensure_ascii=False)
    return hashlib.sha256(normalized.encode()).hexdigest()


class Archive:
    """An open archive file. Use as a context manager, or call close()."""

    def __init__(self, path: str | os.PathLike, *, batch_size: int = 200, create: bool = True):
        self.path = Path(path)
        if not create and not self.path.exists():
            raise StoreError(f"no archive at {self.path} (run 'archiver crawl' or 'archiver demo' first)")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # no sqlite-utils plugins: looking them up reads every installed package's metadata at each start
            self.db = sqlite_utils.Database(self.path, execute_plugins=False)
            self.db.enable_wal()
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA busy_timeout=10000")
            migrate(self.db)
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"cannot open archive {self.path}: {exc}") from None
        self.batch_size = batch_size
        self._pending = 0
        self._lock_file: TextIO | None = None

    # -- lifecycle -------------------------------------------------------------------------

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self) -> None:
        self.flush()
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
        if not self.db.conn.in_transaction:
            self.db.execute("BEGIN")
        return self.db.conn.execute(sql, params)

    def _written(self) -> None:
        self._pending += 1
        if self._pending >= self.batch_size:
            self.flush()

    def flush(self) -> None:
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
        self._write(
            """UPDATE crawls SET finished_at = ?, finish_reason = ?, pages = ?, articles_new = ?,
               articles_changed = ?, articles_same = ?, errors = ?, stats = ? WHERE id = ?""",
            (
                utc_now(),
                reason,
                counts.get("pages", 0),
                counts.get("articles/new", 0),
                counts.get("articles/changed", 0),
                counts.get("articles/same", 0),
                counts.get("errors", 0),
                json.dumps(counts, sort_keys=True),
                crawl_id,
            ),
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
                hashlib.sha256(capture.body).hexdigest() if capture.status else None,
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

    def capture_body(self, capture_id: int) -> bytes:
        """The decoded payload of a capture, as extraction reads it."""
        row = self.db.execute(
            "SELECT body, body_compression, content_encoding FROM captures WHERE id = ?", (capture_id,)
        ).fetchone()
        if row is None or row[0] is None:
            return b""
        return decode_payload(stored_bytes(row[0], row[1]), row[2])

    # -- articles --------------------------------------------------------------------------

    def save_article(self, ex: Extraction, *, capture_id: int, site: str | None, fetched_at: str) -> str:
        """Insert or update the article; returns 'new', 'changed' or 'same'."""
        key = article_key(ex)
        digest = content_hash(ex)
        old = self.db.execute(
            "SELECT content_hash, capture_id, " + ", ".join(CONTENT_FIELDS) + " FROM articles WHERE canonical_url = ?",
            (key,),
        ).fetchone()
        if old is None:
            outcome = "new"
        elif old[0] == digest:
            outcome = "same"
        else:
            outcome = "changed"
            self._keep_version(key, old, capture_id, fetched_at)
        payload_sha = self.db.execute("SELECT sha256 FROM captures WHERE id = ?", (capture_id,)).fetchone()[0]
        values = {
            "canonical_url": key,
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
            "images": json.dumps(ex.images, ensure_ascii=False),
            "attachments": json.dumps(ex.attachments, ensure_ascii=False),
            "language": ex.language,
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
            if c not in ("canonical_url", "first_seen_at", "changed_at", "last_seen_at")
        )
        # a capture older than the last one seen (a reparse, a WARC import) never moves last_seen_at back
        updates += ", last_seen_at = max(coalesce(articles.last_seen_at, ''), excluded.last_seen_at)"
        changed_at = "excluded.changed_at" if outcome == "changed" else "articles.changed_at"
        self._write(
            f"INSERT INTO articles ({columns}) VALUES ({placeholders}) "
            f"ON CONFLICT(canonical_url) DO UPDATE SET {updates}, changed_at = {changed_at}",
            tuple(values.values()),
        )
        if ex.views is not None:
            self._write(
                "INSERT OR REPLACE INTO article_views (canonical_url, fetched_at, views, capture_id) VALUES (?,?,?,?)",
                (key, fetched_at, ex.views, capture_id),
            )
        self._record_issues(key, capture_id, ex)
        self._written()
        return outcome

    def rekey_article(self, old: str, new: str) -> None:
        """The article saved under `old` now reads under `new` (a reparse found another canonical
        URL): the row under `new` takes its history (versions, view samples, the earlier first and
        later last sighting, its content as a version when that differs) and the row under `old`
        goes, with its search entries (by the triggers) and its recorded issues."""
        sightings = "first_seen_at, last_seen_at, content_hash, capture_id, "
        old_row = self.db.execute(
            f"SELECT {sightings}{', '.join(CONTENT_FIELDS)} FROM articles WHERE canonical_url = ?", (old,)
        ).fetchone()
        new_row = self.db.execute(
            f"SELECT {sightings}fetched_at FROM articles WHERE canonical_url = ?", (new,)
        ).fetchone()
        if old_row is None or new_row is None or old == new:
            return
        self._write("UPDATE article_versions SET canonical_url = ? WHERE canonical_url = ?", (new, old))
        if old_row[2] != new_row[2]:  # the content read before under the old key is a version of this one
            self._keep_version(new, old_row[2:], new_row[3], new_row[4])
        self._write(
            "INSERT OR IGNORE INTO article_views (canonical_url, fetched_at, views, capture_id)"
            " SELECT ?, fetched_at, views, capture_id FROM article_views WHERE canonical_url = ?",
            (new, old),
        )
        self._write("DELETE FROM article_views WHERE canonical_url = ?", (old,))
        first_seen = min((t for t in (old_row[0], new_row[0]) if t), default=None)
        last_seen = max((t for t in (old_row[1], new_row[1]) if t), default=None)
        self._write(
            "UPDATE articles SET first_seen_at = ?, last_seen_at = ? WHERE canonical_url = ?",
            (first_seen, last_seen, new),
        )
        self._write("DELETE FROM extraction_issues WHERE url = ?", (old,))
        self._write("DELETE FROM articles WHERE canonical_url = ?", (old,))
        self._written()

    def page_of_article(self, key: str) -> str | None:
        """The page URL (after redirects) of the capture the article under `key` was read from."""
        row = self.db.execute(
            "SELECT coalesce(c.final_url, c.url) FROM articles a JOIN captures c ON a.capture_id = c.id"
            " WHERE a.canonical_url = ?",
            (key,),
        ).fetchone()
        return row[0] if row else None

    def archived_later(self, key: str, fetched_at: str) -> bool:
        """The archive holds this article from a fetch later than fetched_at."""
        row = self.db.execute("SELECT fetched_at FROM articles WHERE canonical_url = ?", (key,)).fetchone()
        return bool(row and row[0] and row[0] > fetched_at)

    def touch_article(self, url: str, seen_at: str) -> None:
        """An article re-fetched and found unchanged (304): it was still there at seen_at."""
        self._write("UPDATE articles SET last_seen_at = ? WHERE url = ? OR canonical_url = ?", (seen_at, url, url))

    def _keep_version(self, key: str, old: tuple, new_capture_id: int, changed_at: str) -> None:
        old_hash, old_capture, *content = old
        self._write(
            "INSERT INTO article_versions (canonical_url, "
            + ", ".join(CONTENT_FIELDS)
            + ", content_hash, old_capture_id, new_capture_id, changed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (key, *content, old_hash, old_capture, new_capture_id, changed_at),
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
        """Rebuild both full-text indexes from the articles table (see migration 2); returns the article count.

        articles_fts is filled from the folding view, never by FTS5 'rebuild' (that would index unfolded text).
        """
        self.flush()
        with self.db.atomic():
            self.db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('delete-all')")
            self.db.execute("INSERT INTO articles_fts (rowid, title, lead, body) SELECT * FROM articles_fts_source")
            self.db.execute("INSERT INTO articles_fts_exact(articles_fts_exact) VALUES ('rebuild')")
        return self.article_count()

    # -- reading ---------------------------------------------------------------------------

    def query(self, sql: str, params=()) -> list[dict]:
        return list(self.db.query(sql, params))

    def article_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]


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
