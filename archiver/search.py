"""Full-text search of the archive, with or without Vietnamese diacritics.

The indexes are built by migration 2 in migrations.py and kept fresh by plain-SQL triggers:
`articles_fts` is folded (marks stripped by the tokenizer, đ mapped to d), `articles_fts_exact` keeps
the marks. A query typed without marks searches the folded index. A query typed with marks searches
both and ranks the exact hits first, because 'tài' (finance) is not 'tai' (ear, accident).
"""

import re
import sqlite3
import unicodedata

from .errors import ArchiverError
from .export import article_filter
from .store import Archive
from .text import fold_diacritics

SNIPPET_MARKS = ("[", "]")
SNIPPET_TOKENS = 16

# A user's query: "a phrase in double quotes" or a bare word (a trailing * asks for a prefix).
_QUERY_PART = re.compile(r'"([^"]*)"|(\S+)')
_HAS_WORD = re.compile(r"\w")
_SPACE_RUN = re.compile(r"\s+")


class SearchError(ArchiverError):
    """The query cannot be searched (unbalanced quotes, no words)."""


def fts_expression(query: str) -> str:
    """The user's words as an FTS5 expression that cannot be a syntax error.

    Every word becomes a quoted term, so FTS5 operators typed by a user ('AND', 'NEAR', '-', '(')
    are searched as text; "quoted text" stays a phrase; `word*` is a prefix search. Terms are ANDed.
    """
    if query.count('"') % 2:
        raise SearchError('the query has an unbalanced double quote: close the "phrase" or drop the quote')
    parts = []
    for phrase, word in _QUERY_PART.findall(query):
        text, prefix = (phrase, False) if phrase or not word else (word.rstrip("*"), word.endswith("*"))
        if not _HAS_WORD.search(text):  # punctuation alone tokenizes to nothing
            continue
        parts.append(f'"{text}"' + (" *" if prefix else ""))
    if not parts:
        raise SearchError(f"nothing to search for in {query!r}: give at least one word")
    return " ".join(parts)


def has_diacritics(query: str) -> bool:
    return fold_diacritics(query) != query


def search(
    archive: Archive,
    query: str,
    *,
    site: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 20,
) -> list[dict]:
    """The best `limit` articles for the query, best first, each with a highlighted snippet."""
    query = unicodedata.normalize("NFC", query)
    folded = fts_expression(fold_diacritics(query))
    exact = fts_expression(query) if has_diacritics(query) else None
    hits = ranked_hits(archive, exact, folded, site, since, until, limit)
    for hit in hits:
        if hit.pop("tier") == 0 and exact is not None:  # tier 0: a hit of the exact index
            index, expression, hit["match"] = "articles_fts_exact", exact, "exact"
        else:
            index, expression, hit["match"] = "articles_fts", folded, "folded"
        hit["snippet"] = snippet(archive, index, expression, hit.pop("rid"))
    return hits


def ranked_hits(archive, exact, folded, site, since, until, limit) -> list[dict]:
    """Exact hits first (when the query has marks), then folded ones, each by weighted bm25."""
    where, params = article_filter(site, since, until)
    exact_part = (
        "SELECT rowid, 0, rank FROM articles_fts_exact WHERE articles_fts_exact MATCH ? UNION ALL " if exact else ""
    )
    sql = f"""
        WITH hits (rid, tier, score) AS (
            {exact_part}SELECT rowid, 1, rank FROM articles_fts WHERE articles_fts MATCH ?
        ),
        best AS (SELECT rid, min(tier) AS tier, score FROM hits GROUP BY rid)  -- score of the best tier
        SELECT best.rid, best.tier, canonical_url, title, published_at, site, author
        FROM best JOIN articles ON articles.rowid = best.rid{where}
        ORDER BY best.tier, best.score, published_at DESC
        LIMIT ?"""
    match_params = [exact, folded] if exact else [folded]
    rows = run(archive, sql, [*match_params, *params, limit])
    columns = ("rid", "tier", "canonical_url", "title", "published_at", "site", "author")
    return [dict(zip(columns, row, strict=True)) for row in rows]


def snippet(archive: Archive, index: str, expression: str, rowid: int) -> str:
    """The best passage of the article with the matched words marked, read from the original text."""
    open_mark, close_mark = SNIPPET_MARKS
    row = run(
        archive,
        f"SELECT snippet({index}, -1, ?, ?, '…', ?) FROM {index} WHERE {index} MATCH ? AND rowid = ?",
        [open_mark, close_mark, SNIPPET_TOKENS, expression, rowid],
    )
    return _SPACE_RUN.sub(" ", row[0][0] or "").strip() if row else ""


def run(archive: Archive, sql: str, params: list) -> list[tuple]:
    try:
        return archive.db.conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:  # the expression is escaped; this is a damaged or old index
        raise SearchError(f"search failed: {exc}") from None


def reindex(archive: Archive) -> int:
    """Rebuild both indexes from the articles table (after a bulk load that bypassed the triggers)."""
    return archive.rebuild_search_index()
