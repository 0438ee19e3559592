"""The archive's schema: each migration is a SQL script, applied in order when an archive is opened.

PRAGMA user_version counts the migrations an archive has had; a new one goes at the end of MIGRATIONS.
A migration is a SQL script, or a function of the database for what SQL alone cannot do.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING

from .wordcount import article_words

if TYPE_CHECKING:  # the archive imports it when it opens one for writing
    import sqlite_utils


def _one_row_per_article(db: "sqlite_utils.Database") -> None:
    from .identity import merge_same_articles  # identity reads the profiles: only when an archive needs it

    merge_same_articles(db.execute)


# Each entry is one migration; PRAGMA user_version records how many have run.
MIGRATIONS: list[str | Callable[["sqlite_utils.Database"], None]] = [
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
    # migrate() splits scripts on ';' + newline.
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
    # 4. What the crawls have covered (archiver/crawl.py, CrawlMemory): one row per listing chain (a profile's
    # start URL as requested, or a --url start). complete = 1 only when a crawl walked the chain to its natural
    # end (no next page; or a 304 / only-archived page while it was complete already) with nothing cut short.
    # Only then may the next crawl ask for its listings conditionally and stop at known articles. A crawl sets
    # its chains incomplete ('running') when it starts, so a killed crawl leaves them so. An archive from
    # before this migration has no rows: its next crawl walks every listing once without conditional headers.
    """
    CREATE TABLE coverage (
        start_url TEXT PRIMARY KEY,
        site TEXT,
        complete INTEGER NOT NULL DEFAULT 0,
        reason TEXT,                -- why not complete: running, interrupted, budget, since, listing_error, killed
        crawl_id INTEGER REFERENCES crawls(id),
        updated_at TEXT
    );
    """,
    # 5. One article, one row (archiver/identity.py): article_key is the article's identity (a portal's id,
    # `sotttt:1024534`, else its canonical URL); canonical_url stays the URL the portal names for the row (and
    # the key of its versions, view samples and issues). article_urls maps every URL an article was reached
    # by to its key; categories lists every category it was filed under (category: the first one read).
    """
    ALTER TABLE articles ADD COLUMN article_key TEXT;
    ALTER TABLE articles ADD COLUMN categories TEXT;
    UPDATE articles SET article_key = canonical_url,
        categories = CASE WHEN category IS NULL OR category = '' THEN '[]' ELSE json_array(category) END;
    CREATE UNIQUE INDEX articles_key ON articles(article_key);
    CREATE TABLE article_urls (
        url TEXT PRIMARY KEY,
        article_key TEXT NOT NULL,
        first_seen_at TEXT
    );
    CREATE INDEX article_urls_key ON article_urls(article_key);
    INSERT OR IGNORE INTO article_urls SELECT canonical_url, article_key, first_seen_at FROM articles;
    INSERT OR IGNORE INTO article_urls SELECT url, article_key, first_seen_at FROM articles WHERE url IS NOT NULL;
    INSERT OR IGNORE INTO article_urls SELECT c.url, a.article_key, a.first_seen_at
        FROM articles a JOIN captures c ON c.id = a.capture_id;
    INSERT OR IGNORE INTO article_urls SELECT c.final_url, a.article_key, a.first_seen_at
        FROM articles a JOIN captures c ON c.id = a.capture_id WHERE c.final_url IS NOT NULL;
    """,
    # 6. Rows stored before migration 5 that are one article by its rules (one profile id; else the same
    # site, title, date and body) become one: the latest content stays, the others become its versions.
    _one_row_per_article,
    # 7. Word counts (archiver/wordcount.py): the words of the whole text a reader sees, the lead counted
    # once; written by Archive.save_article, counted here once for the rows already stored.
    """
    ALTER TABLE articles ADD COLUMN words INTEGER;
    UPDATE articles SET words = archiver_article_words(lead, body);
    """,
    # 8. What kind of page each row was read from (archiver/verdict.py): 'article' or 'notice' (a dated
    # announcement of a line and a file). Rows stored before were kept as articles.
    """
    ALTER TABLE articles ADD COLUMN kind TEXT;
    UPDATE articles SET kind = 'article';
    """,
    # 9. Title matches first (archiver/search.py): an index of the titles alone, folded and exact, finds and
    # ranks the articles whose title holds the query without scoring every article whose body does (a broad
    # query's body matches are most of an archive). The same folding and triggers as migration 2; the
    # content is quoted with ' so that datasette's search box keeps finding articles_fts. The full indexes'
    # rank weighs the title 1000 times the body (was 10): datasette's ranked view lists title matches first
    # too.
    """
    CREATE VIRTUAL TABLE titles_fts USING fts5(
        title, content='articles', tokenize='unicode61 remove_diacritics 2'
    );
    CREATE VIRTUAL TABLE titles_fts_exact USING fts5(
        title, content='articles', tokenize='unicode61 remove_diacritics 0'
    );
    CREATE TRIGGER titles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO titles_fts_exact (rowid, title) VALUES (new.rowid, new.title); --
        INSERT INTO titles_fts (rowid, title)
            VALUES (new.rowid, replace(replace(new.title, 'đ', 'd'), 'Đ', 'D')); --
    END;
    CREATE TRIGGER titles_fts_delete BEFORE DELETE ON articles BEGIN
        INSERT INTO titles_fts_exact (titles_fts_exact, rowid, title) VALUES ('delete', old.rowid, old.title); --
        INSERT INTO titles_fts (titles_fts, rowid, title)
            VALUES ('delete', old.rowid, replace(replace(old.title, 'đ', 'd'), 'Đ', 'D')); --
    END;
    CREATE TRIGGER titles_fts_update_old BEFORE UPDATE OF title ON articles WHEN old.title IS NOT new.title BEGIN
        INSERT INTO titles_fts_exact (titles_fts_exact, rowid, title) VALUES ('delete', old.rowid, old.title); --
        INSERT INTO titles_fts (titles_fts, rowid, title)
            VALUES ('delete', old.rowid, replace(replace(old.title, 'đ', 'd'), 'Đ', 'D')); --
    END;
    CREATE TRIGGER titles_fts_update_new AFTER UPDATE OF title ON articles WHEN old.title IS NOT new.title BEGIN
        INSERT INTO titles_fts_exact (rowid, title) VALUES (new.rowid, new.title); --
        INSERT INTO titles_fts (rowid, title)
            VALUES (new.rowid, replace(replace(new.title, 'đ', 'd'), 'Đ', 'D')); --
    END;
    INSERT INTO titles_fts_exact (titles_fts_exact) VALUES ('rebuild');
    INSERT INTO titles_fts (rowid, title) SELECT article_rowid, title FROM articles_fts_source;
    INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(1000.0, 4.0, 1.0)');
    INSERT INTO articles_fts_exact (articles_fts_exact, rank) VALUES ('rank', 'bm25(1000.0, 4.0, 1.0)');
    """,
    # 10. Exports read the articles in publication order (archiver/export.py): an index in that order spares a
    # sort of every article's keys (a tenth of the time of an export of 100,000 articles).
    "CREATE INDEX articles_published_order ON articles(published_at, canonical_url);",
]


def schema_version(conn) -> int:
    """How many migrations the archive has had (a sqlite3 connection or a sqlite_utils Database)."""
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: "sqlite_utils.Database") -> None:
    """Apply the migrations this archive has not had yet, each in one transaction."""
    version = schema_version(db)
    db.conn.create_function("archiver_article_words", 2, article_words, deterministic=True)
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        with db.atomic():
            if callable(script):
                script(db)
            else:
                for statement in script.split(";\n"):
                    if statement.strip():
                        db.execute(statement)
            db.execute(f"PRAGMA user_version = {number}")
