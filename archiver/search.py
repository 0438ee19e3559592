"""Full-text search of the archive, with or without Vietnamese diacritics.

The indexes are built by migrations 2 and 9 in migrations.py and kept fresh by plain-SQL triggers:
`articles_fts` is folded (marks stripped by the tokenizer, đ mapped to d), `articles_fts_exact` keeps
the marks; `titles_fts` and `titles_fts_exact` hold the titles alone. The articles found are those the
folded index matches, so 'xu phat' and 'xử phạt' find the same set; a query typed with marks ranks the
articles that hold it as typed first, because 'tài' (finance) is not 'tai' (ear, accident); and an
article whose title holds the query comes before one whose text alone does (TIERS).

A Vietnamese word is several syllables, so syllables typed together are searched as one word: in
order and adjacent (see fts_expression for the whole query language, shared with the datasette plugin).
"""

import json
import re
import sqlite3
import unicodedata
from dataclasses import dataclass, field

from .errors import ArchiverError
from .export import article_filter
from .store import Archive
from .text import fold_diacritics

SNIPPET_MARKS = ("[", "]")
SNIPPET_TOKENS = 16

# A user's query, token by token: a "quoted phrase" (a leading - excludes it, a trailing * makes its last
# syllable a prefix) or a bare word (quotes always end it, so `a"b"` is a word then a phrase).
_TOKEN = re.compile(r'(-?)"([^"]*)"(\*?)|([^\s"]+)')
_HAS_WORD = re.compile(r"\w")
_SPACE_RUN = re.compile(r"\s+")
CONNECTORS = ("AND", "OR")
EXCLUSION = " NOT "  # in an expression only between the parentheses of what is included and excluded
NEGATION = "NOT"


class SearchError(ArchiverError):
    """The query cannot be searched (unbalanced quotes, no words)."""


@dataclass
class _Token:
    kind: str  # "text" (a bare word or a quoted phrase) or "operator"
    text: str
    quoted: bool = False
    excluded: bool = False
    prefix: bool = False


@dataclass
class _Group:
    """One thing the article must (or, excluded, must not) hold: syllables in sequence, adjacent."""

    words: list[tuple[str, bool]] = field(default_factory=list)  # (text, prefix)
    excluded: bool = False

    def expression(self) -> str:
        # Runs of syllables are one quoted FTS5 string (a phrase); a prefix syllable ends a run with
        # ' *', and '+' joins the runs into one phrase: xu* phat -> "xu" * + "phat".
        runs, run = [], []
        for text, prefix in self.words:
            run.append(text)
            if prefix:
                runs.append('"' + " ".join(run) + '" *')
                run = []
        if run:
            runs.append('"' + " ".join(run) + '"')
        return " + ".join(runs)


def fts_expression(query: str) -> str:
    """The user's query as an FTS5 expression that cannot be a syntax error.

    Syllables typed together are one word: a run of bare words is one phrase (in order, adjacent), and so
    is "quoted text". Groups are ANDed unless OR joins them (OR binds tighter than AND); a leading - or
    NOT excludes a group; a trailing * makes a syllable a prefix. Everything else a user types is text:
    FTS5 operators ('NEAR', '(', '^', 'col:') are searched as words, and AND, OR or NOT with nothing on
    the side they need is a word too.
    """
    if query.count('"') % 2:
        raise SearchError('the query has an unbalanced double quote: close the "phrase" or drop the quote')
    included, excluded = _groups(_operators_in_place(_tokens(query)))
    if not included:
        besides = " besides what it excludes" if excluded else ""
        raise SearchError(f"nothing to search for in {query!r}{besides}: give at least one word to find")
    expression = " AND ".join(_alternatives(alternatives) for alternatives in included)
    if excluded:
        expression = f"({expression}){EXCLUSION}({' OR '.join(group.expression() for group in excluded)})"
    return expression


def _tokens(query: str) -> list[_Token]:
    tokens = []
    for minus, phrase, star, word in _TOKEN.findall(query):
        if not word:
            if _HAS_WORD.search(phrase):  # punctuation alone tokenizes to nothing
                tokens.append(_Token("text", phrase, quoted=True, excluded=bool(minus), prefix=bool(star)))
        elif word in (*CONNECTORS, NEGATION):
            tokens.append(_Token("operator", word))
        elif _HAS_WORD.search(word):
            excluded = word.startswith("-")
            text = word.lstrip("-")
            tokens.append(_Token("text", text.rstrip("*"), excluded=excluded, prefix=text.endswith("*")))
    return tokens


def _operators_in_place(tokens: list[_Token]) -> list[_Token]:
    """AND and OR need a group on both sides, NOT one after it; without them the user typed a word."""
    for i, token in enumerate(tokens):
        if token.kind == "operator" and not _has_operands(tokens, i):
            token.kind = "text"
    return tokens


def _has_operands(tokens: list[_Token], i: int) -> bool:
    after = [t.kind == "text" for t in tokens[i + 1 : i + 3]]
    if tokens[i].text == NEGATION:
        return after[:1] == [True]
    negated_after = tokens[i + 1 : i + 2] and tokens[i + 1].text == NEGATION and after[1:] == [True]
    return i > 0 and tokens[i - 1].kind == "text" and (after[:1] == [True] or bool(negated_after))


def _groups(tokens: list[_Token]) -> tuple[list[list[_Group]], list[_Group]]:
    """The groups to include, as alternatives (ORed) to AND together, and the groups to exclude.

    OR after an excluded group excludes the next one too: 'ke hoach -ha noi OR viet nam' excludes both.
    """
    included: list[list[_Group]] = []
    excluded: list[_Group] = []
    group: _Group | None = None
    connector, negate, last_excluded = "AND", False, False

    def close():
        nonlocal group, connector, last_excluded
        if group is None:
            return
        last_excluded = group.excluded or (connector == "OR" and last_excluded)
        if last_excluded:
            excluded.append(group)
        elif connector == "OR" and included:
            included[-1].append(group)
        else:
            included.append([group])
        group, connector = None, "AND"

    for token in tokens:
        if token.kind == "operator":
            close()
            if token.text == NEGATION:
                negate = True
            else:
                connector = token.text
            continue
        if token.quoted or token.excluded or group is None:
            close()
            group, negate = _Group(excluded=token.excluded or negate), False
        if token.quoted:
            words = token.text.split()
            group.words += [(w, False) for w in words[:-1]] + [(words[-1], token.prefix)]
            close()
        else:
            group.words.append((token.text, token.prefix))
    close()
    return included, excluded


def _alternatives(groups: list[_Group]) -> str:
    if len(groups) == 1:
        return groups[0].expression()
    return "(" + " OR ".join(group.expression() for group in groups) + ")"


def search_box_expression(query: str) -> str:
    """The folded expression for a search box, which has no way to print an error.

    An unbalanced quote is closed at the end (as datasette's own escape_fts does); a query with nothing
    to find becomes the empty phrase, which matches no article.
    """
    query = fold_diacritics(unicodedata.normalize("NFC", query or ""))
    if query.count('"') % 2:
        query += '"'
    try:
        return fts_expression(query)
    except SearchError:
        return '""'


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
        if hit.pop("tier") in EXACT_TIERS and exact is not None:
            index, expression, hit["match"] = "articles_fts_exact", exact, "exact"
        else:
            index, expression, hit["match"] = "articles_fts", folded, "folded"
        hit["snippet"] = snippet(archive, index, expression, hit.pop("rid"))
    return hits


# The weights the full indexes' rank is configured with (migration 9): title 1000, lead 4, body 1. bm25() is
# called with them rather than ORDER BY rank, which goes through FTS5's own sorter and took longer.
BM25 = "bm25({index}, 1000.0, 4.0, 1.0)"

# The order of the results: the articles whose title holds the query as typed with marks, then those whose
# text holds it so, then those whose title holds it folded, then the other folded matches; each tier by the
# bm25 of its own index (a title index scores the title alone), the latest published first among equals.
# A query typed without marks has the folded tiers only. (tier, index, expression: "exact" or "folded")
TIERS = (
    (0, "titles_fts_exact", "exact"),
    (1, "articles_fts_exact", "exact"),
    (2, "titles_fts", "folded"),
    (3, "articles_fts", "folded"),
)
EXACT_TIERS = (0, 1)
FOLDED_TITLE_TIER = 2
TITLE_TIES = 500  # more title matches read than places: a title's score ties with many others


def score_of(index: str) -> str:
    return f"bm25({index})" if index.startswith("titles_") else BM25.format(index=index)


def ranked_hits(archive, exact, folded, site, since, until, limit) -> list[dict]:
    """The articles the folded query matches, in the order of TIERS.

    Each tier's index ranks its matches for their best few (best_rowids), and only those rows of articles
    are read: a broad query's title matches fill the first places without scoring every article whose body
    holds it. Where these few cannot settle the order, every match is ranked together (ranked_in_full)."""
    where, params = article_filter(site, since, until)
    hits = best_hits(archive, exact, folded, (where, params), limit)
    return ranked_in_full(archive, exact, folded, (where, params), limit) if hits is None else hits


def best_hits(archive, exact, folded, article_filter, limit) -> list[dict] | None:
    """The hits as ranked_in_full gives them, from each tier's best matches; None when those cannot tell."""
    best = best_rowids(archive, {"exact": exact, "folded": folded}, article_filter, limit)
    if best is None:
        return None
    hits = in_places(archive, best, limit)
    checked = [hit["rid"] for hit in hits if needs_check(hit, folded)]
    return hits if all_match(archive, "articles_fts", folded, checked) else None


def in_places(archive, best: list[tuple[int, int, float]], limit: int) -> list[dict]:
    """The best hits' rows, by tier and score, the latest published first among equals."""
    # Each hit's place by tier and score (equal scores, one place) goes to SQL, which orders the rows as
    # ranked_in_full does: the scores are compared here, not read back from JSON text.
    places: dict[tuple[int, float], int] = {}
    ordered = [[rowid, tier, places.setdefault((tier, score), len(places))] for rowid, tier, score in best]
    sql = """
        SELECT json_extract(hit.value, '$[0]') AS rid, json_extract(hit.value, '$[1]') AS tier,
            canonical_url, title, published_at, site, author
        FROM json_each(?) AS hit JOIN articles ON articles.rowid = json_extract(hit.value, '$[0]')
        ORDER BY json_extract(hit.value, '$[2]'), published_at DESC
        LIMIT ?"""
    return hit_dicts(run(archive, sql, [json.dumps(ordered), limit]))


def needs_check(hit: dict, folded: str) -> bool:
    """Whether the hit may be one the folded query does not match: an exact tier's (the folded query
    excludes 'tai' where the exact one excludes 'tài'), or a folded title's when the query excludes a word
    (the text may hold it). A title that holds a query without exclusions holds it in the text too."""
    return hit["tier"] in EXACT_TIERS or (hit["tier"] == FOLDED_TITLE_TIER and EXCLUSION in folded)


def best_rowids(archive, expressions: dict, article_filter, limit) -> list[tuple[int, int, float]] | None:
    """(rowid, tier, score) of the best `limit` matches and of those with a score equal to the last of them
    (publication dates order those), best first; or None when more equal scores than were read leave the
    order open (best_of_tier).

    The tiers are taken in turn, each for the places the tiers before it left, its best hits that are not
    in those tiers: a tier with no more hits than places left gives all of them."""
    chosen: list[tuple[int, int, float]] = []
    seen: set[int] = set()
    for tier, index, kind in TIERS:
        expression, wanted = expressions[kind], limit - len(chosen)
        if expression is None or wanted <= 0:
            continue
        best = best_of_tier(archive, index, expression, article_filter, wanted, seen, limit)
        if best is None:
            return None
        chosen += with_tier(best, tier)
        seen.update(rowid for rowid, _ in best)
    return chosen


def best_of_tier(archive, index, expression, article_filter, wanted, seen, limit) -> list[tuple[int, float]] | None:
    """The index's best `wanted` hits not in `seen`, and those with a score equal to the last of them; None
    when those may go on past the hits read. A title index is read again whole then: titles are short, so
    many of a broad query's title matches have one score."""
    read = len(seen) + wanted + limit + 10  # ranking every match takes as long for a few more: room for ties
    title = index.startswith("titles_")
    for count in (read + TITLE_TIES, None) if title else (read,):
        hits = best_matches(archive, index, expression, article_filter, count)
        others = [hit for hit in hits if hit[0] not in seen]  # more than wanted, unless all of them
        best = first(others, wanted, complete=count is None or len(hits) < count)
        if best is not None:
            return best
    return None


def best_matches(archive, index: str, expression: str, article_filter, count: int | None) -> list[tuple[int, float]]:
    """(rowid, bm25) of the index's best `count` matches (all, for None) that pass the article filter, best
    first."""
    where, params = article_filter
    # The articles the filter passes are found once (an index has site and published_at), and only the
    # matches among them are scored. `+rowid`: FTS5 would run the MATCH again for each rowid of the list.
    passing = f" AND +rowid IN (SELECT rowid FROM articles{where})" if where else ""
    sql = f"SELECT rowid, {score_of(index)} AS score FROM {index} WHERE {index} MATCH ?{passing} ORDER BY score LIMIT ?"
    return run(archive, sql, [expression, *params, -1 if count is None else count])


def all_match(archive, index: str, expression: str, rowids: list[int]) -> bool:
    """Whether the index matches the expression in every one of these rows (a MATCH for each: a few only)."""
    if not rowids:
        return True
    sql = f"SELECT count(*) FROM {index} WHERE {index} MATCH ? AND rowid IN (SELECT value FROM json_each(?))"
    return run(archive, sql, [expression, json.dumps(rowids)])[0][0] == len(rowids)


def first(hits: list[tuple[int, float]], count: int, complete: bool) -> list[tuple[int, float]] | None:
    """The best `count` of hits (sorted by score) and the others with the same score as the last of them;
    None when those may go on past the hits read (complete: the hits are all the matches there are)."""
    if len(hits) <= count:
        return hits
    last = hits[count - 1][1]
    best = [hit for hit in hits if hit[1] <= last]
    return None if len(best) == len(hits) and not complete else best


def with_tier(hits, tier: int) -> list[tuple[int, int, float]]:
    return [(rowid, tier, score) for rowid, score in hits]


def ranked_in_full(archive, exact, folded, article_filter, limit) -> list[dict]:
    """Every folded match ranked together in the order of TIERS: each with the score of the first tier
    whose index matches it."""
    where, params = article_filter
    expressions = {"exact": exact, "folded": folded}
    matches, match_params = [], []
    for tier, index, kind in TIERS:
        if expressions[kind] is None:
            matches.append(f"t{tier} (rid, score) AS (SELECT NULL, NULL WHERE 0)")
        else:
            matches.append(
                f"t{tier} (rid, score) AS MATERIALIZED (SELECT rowid, {score_of(index)} FROM {index} WHERE {index} MATCH ?)"
            )
            match_params.append(expressions[kind])
    sql = f"""
        WITH {", ".join(matches)}
        SELECT t3.rid, CASE WHEN t0.rid IS NOT NULL THEN 0 WHEN t1.rid IS NOT NULL THEN 1
                WHEN t2.rid IS NOT NULL THEN 2 ELSE 3 END AS tier,
            canonical_url, title, published_at, site, author
        FROM t3 LEFT JOIN t0 ON t0.rid = t3.rid LEFT JOIN t1 ON t1.rid = t3.rid LEFT JOIN t2 ON t2.rid = t3.rid
        JOIN articles ON articles.rowid = t3.rid{where}
        ORDER BY tier, coalesce(t0.score, t1.score, t2.score, t3.score), published_at DESC
        LIMIT ?"""
    return hit_dicts(run(archive, sql, [*match_params, *params, limit]))


def hit_dicts(rows: list[tuple]) -> list[dict]:
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
