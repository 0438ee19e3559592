"""The SQLite archive: captures, articles, their versions and view counts, crawls, extraction issues.

Every fetched response is stored as a capture (exact body bytes, compressed) before extraction;
articles are keyed by canonical URL so a re-crawl updates rows instead of adding them. Writes are
batched in transactions; `flush()` commits. The schema is created and migrated on open
(PRAGMA user_version counts the migrations applied).
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

import sqlite_utils
import zstandard

from . import EXTRACTOR_VERSION
from .errors import StoreError
from .models import EXPECTED_FIELDS, Extraction

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


# Each entry is one migration; PRAGMA user_version records how many have run.
MIGRATIONS = [
    """
    CREATE TABLE crawls (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        finish_reason TEXT,
        sites TEXT,             -- JSON list of site profiles or start URLs
        settings TEXT,          -- JSON of the settings that matter
        pages INTEGER DEFAULT 0,
        articles_new INTEGER DEFAULT 0,
        articles_changed INTEGER DEFAULT 0,
        articles_same INTEGER DEFAULT 0,
        errors INTEGER DEFAULT 0,
        stats TEXT              -- JSON: counts by reason
    );
    CREATE TABLE captures (
        id INTEGER PRIMARY KEY,
        crawl_id INTEGER REFERENCES crawls(id),
        url TEXT NOT NULL,          -- the URL requested
        final_url TEXT,             -- after redirects
        status INTEGER,             -- NULL when no response arrived
        method TEXT DEFAULT 'GET',
        request_headers TEXT,       -- JSON list of [name, value]
        headers TEXT,               -- JSON list of [name, value], as received
        content_type TEXT,
        body BLOB,                  -- compressed (see body_compression) exact bytes as received
        body_compression TEXT,
        content_encoding TEXT,      -- the Content-Encoding the bytes in body still carry, if any
        size INTEGER,               -- length of the payload after content decoding
        sha256 TEXT,                -- hex digest of the decoded payload
        fetched_at TEXT NOT NULL,   -- UTC ISO 8601
        kind TEXT,                  -- listing, article, page, robots, other
        site TEXT,
        error TEXT                  -- why nothing could be extracted or fetched (NULL when fine)
    );
    CREATE INDEX captures_url ON captures(url);
    CREATE INDEX captures_crawl ON captures(crawl_id);
    CREATE TABLE articles (
        canonical_url TEXT PRIMARY KEY,
        url TEXT,
        site TEXT,
        title TEXT,
        published_at TEXT,
        published_month TEXT,       -- YYYY-MM, for facets and per-month counts
        updated_at TEXT,
        author TEXT,
        source TEXT,
        views INTEGER,
        lead TEXT,
        body TEXT,
        category TEXT,
        images TEXT,                -- JSON list of URLs
        attachments TEXT,           -- JSON list of {url, text}
        language TEXT,
        provenance TEXT,            -- JSON: field -> rule that gave it
        content_hash TEXT,          -- sha256 of the normalized content (title, body, author, dates)
        extractor_version TEXT,
        capture_id INTEGER REFERENCES captures(id),
        sha256 TEXT,                -- payload digest of that capture
        fetched_at TEXT,            -- when that capture was fetched
        first_seen_at TEXT,
        last_seen_at TEXT,
        changed_at TEXT             -- when the content last changed (first_seen_at at first)
    );
    CREATE INDEX articles_site_published ON articles(site, published_at);
    CREATE TABLE article_versions (
        id INTEGER PRIMARY KEY,
        canonical_url TEXT NOT NULL,
        title TEXT, published_at TEXT, updated_at TEXT, author TEXT, lead TEXT, body TEXT,
        content_hash TEXT,
        old_capture_id INTEGER,     -- the capture the superseded content came from
        new_capture_id INTEGER,     -- the capture that showed the change
        changed_at TEXT NOT NULL
    );
    CREATE INDEX article_versions_url ON article_versions(canonical_url);
    CREATE TABLE article_views (
        canonical_url TEXT NOT NULL,
        fetched_at TEXT NOT NULL,
        views INTEGER NOT NULL,
        capture_id INTEGER,
        PRIMARY KEY (canonical_url, fetched_at)
    );
    CREATE TABLE extraction_issues (
        url TEXT NOT NULL,          -- canonical URL of the page
        field TEXT NOT NULL,
        reason TEXT NOT NULL,
        capture_id INTEGER,
        recorded_at TEXT,
        PRIMARY KEY (url, field)
    );
    """,
    # 2. Full-text search (archiver/search.py): two FTS5 indexes over title, lead and body.
    # articles_fts is folded: the tokenizer strips the marks and replace() maps đ to d, so 'xu phat' and
    # 'da nang' find 'xử phạt' and 'Đà Nẵng'; content="articles" in double quotes is how datasette finds
    # it for the articles table's search box. articles_fts_exact keeps the marks ('tài' is not 'tai').
    # The triggers call built-in SQL only, no application function: sqlite3, datasette and other tools
    # can write articles and the indexes stay fresh. A query must be folded the same way: `archiver search`
    # folds it, `archiver serve` loads a datasette plugin that folds the search box, and plain SQL writes
    # d for đ. (Indexing each article's đ-words as written would spare that, at 0.3 ms an article on the
    # crawl's hot path, measured.) Both are external-content tables keyed by articles' rowid, so
    # snippets show the original text. Never run FTS5 'rebuild' on articles_fts (it would index the text
    # unfolded): search.reindex() rebuilds both. Statements inside triggers end with '; --' because
    # _migrate splits scripts on ';' + newline.
    """
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, lead, body, content="articles", tokenize='unicode61 remove_diacritics 2'
    );
    CREATE VIRTUAL TABLE articles_fts_exact USING fts5(
        title, lead, body, content='articles', tokenize='unicode61 remove_diacritics 0'
    );
    INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0)');
    INSERT INTO articles_fts_exact (articles_fts_exact, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0)');
    CREATE VIEW articles_fts_source AS
    SELECT rowid AS article_rowid,
        replace(replace(title, 'đ', 'd'), 'Đ', 'D') AS title,
        replace(replace(lead, 'đ', 'd'), 'Đ', 'D') AS lead,
        replace(replace(body, 'đ', 'd'), 'Đ', 'D') AS body
    FROM articles;
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts_exact (rowid, title, lead, body)
            VALUES (new.rowid, new.title, new.lead, new.body); --
        INSERT INTO articles_fts (rowid, title, lead, body)
            SELECT * FROM articles_fts_source WHERE article_rowid = new.rowid; --
    END;
    CREATE TRIGGER articles_fts_delete BEFORE DELETE ON articles BEGIN
        INSERT INTO articles_fts_exact (articles_fts_exact, rowid, title, lead, body)
            VALUES ('delete', old.rowid, old.title, old.lead, old.body); --
        INSERT INTO articles_fts (articles_fts, rowid, title, lead, body)
            SELECT 'delete', * FROM articles_fts_source WHERE article_rowid = old.rowid; --
    END;
    CREATE TRIGGER articles_fts_update_old BEFORE UPDATE OF title, lead, body ON articles
    WHEN old.title IS NOT new.title OR old.lead IS NOT new.lead OR old.body IS NOT new.body BEGIN
        INSERT INTO articles_fts_exact (articles_fts_exact, rowid, title, lead, body)
            VALUES ('delete', old.rowid, old.title, old.lead, old.body); --
        INSERT INTO articles_fts (articles_fts, rowid, title, lead, body)
            SELECT 'delete', * FROM articles_fts_source WHERE article_rowid = old.rowid; --
    END;
    CREATE TRIGGER articles_fts_update_new AFTER UPDATE OF title, lead, body ON articles
    WHEN old.title IS NOT new.title OR old.lead IS NOT new.lead OR old.body IS NOT new.body BEGIN
        INSERT INTO articles_fts_exact (rowid, title, lead, body)
            VALUES (new.rowid, new.title, new.lead, new.body); --
        INSERT INTO articles_fts (rowid, title, lead, body)
            SELECT * FROM articles_fts_source WHERE article_rowid = new.rowid; --
    END;
    INSERT INTO articles_fts_exact (articles_fts_exact) VALUES ('rebuild');
    INSERT INTO articles_fts (rowid, title, lead, body) SELECT * FROM articles_fts_source;
    """,
    # 3. Search results ranked by relevance (archiver/search.py): `WHERE search MATCH '"xu phat"' ORDER BY
    # relevance`. The folded index's own column, through the view, carries the MATCH to the index, so
    # relevance is its weighted bm25 (lower is better; empty without a MATCH). datasette's table search
    # cannot order by relevance (0.65); the plugin sends the articles table's search box here.
    """
    CREATE VIEW articles_search AS
    SELECT articles_fts.articles_fts AS search, articles_fts.rank AS relevance, articles.*
    FROM articles_fts JOIN articles ON articles.rowid = articles_fts.rowid;
    """,
]

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
            self.db = sqlite_utils.Database(self.path)
            self.db.enable_wal()
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA busy_timeout=10000")
            self._migrate()
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"cannot open archive {self.path}: {exc}") from None
        self.batch_size = batch_size
        self._pending = 0
        self._lock_file = None

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
        """Refuse a second crawl writing this archive at the same time."""
        self._lock_file = open(f"{self.path}.lock", "w")  # noqa: SIM115 (held until unlock)
        try:
            fcntl.flock(self._lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._lock_file.close()
            self._lock_file = None
            raise StoreError(f"another crawl is writing {self.path}; wait for it to finish") from None

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            with self.db.atomic():
                for statement in script.split(";\n"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {number}")

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
        return cursor.lastrowid

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
        return cursor.lastrowid

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
        key = ex.canonical_url or ex.url
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


class CrawlMemory:
    """What earlier crawls of an archive tell the next one: known articles and listing validators."""

    def __init__(self, archive: Archive, refresh_days: int | None = None):
        self.refresh_after = None
        if refresh_days is not None:
            since = datetime.now(UTC).timestamp() - refresh_days * 86400
            self.refresh_after = datetime.fromtimestamp(since, UTC).isoformat(timespec="seconds")
        self.known = self._known_articles(archive)
        self.validators = self._validators(archive)
        self.resuming = self._last_crawl_unfinished(archive)

    def _known_articles(self, archive: Archive) -> set[str]:
        """Article URLs not to fetch again: all, less those first seen inside the refresh window."""
        sql = "SELECT url, canonical_url FROM articles"
        params: tuple = ()
        if self.refresh_after:
            sql += " WHERE first_seen_at < ?"
            params = (self.refresh_after,)
        known: set[str] = set()
        for url, canonical in archive.db.execute(sql, params):
            known.update(u for u in (url, canonical) if u)
        # the URL as requested, when a redirect or a canonical link gave the article another key
        known.update(
            u
            for (u,) in archive.db.execute(
                "SELECT c.url FROM captures c JOIN articles a ON a.capture_id = c.id"
                + (" WHERE a.first_seen_at < ?" if self.refresh_after else ""),
                params,
            )
        )
        return known

    @staticmethod
    def _validators(archive: Archive) -> dict[str, dict[str, str]]:
        """For each URL fetched with an ETag or Last-Modified, the headers of a conditional request."""
        validators: dict[str, dict[str, str]] = {}
        rows = archive.db.execute(
            "SELECT url, headers FROM captures WHERE id IN "
            "(SELECT max(id) FROM captures WHERE status = 200 GROUP BY url)"
        )
        for url, headers in rows:
            found = {name.lower(): value for name, value in json.loads(headers or "[]")}
            conditional = {}
            if "etag" in found:
                conditional["If-None-Match"] = found["etag"]
            if "last-modified" in found:
                conditional["If-Modified-Since"] = found["last-modified"]
            if conditional:
                validators[url] = conditional
        return validators

    @staticmethod
    def _last_crawl_unfinished(archive: Archive) -> bool:
        """True when the crawl before this one was killed: walk every listing again to finish its work."""
        rows = archive.db.execute("SELECT finished_at FROM crawls ORDER BY id DESC LIMIT 2").fetchall()
        return len(rows) == 2 and rows[1][0] is None
