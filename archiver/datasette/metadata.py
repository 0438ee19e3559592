"""Datasette metadata for an archive: descriptions of every table and column, facets, search, queries.

Everything here is plain SQL on the archive (no function of this tool), so the metadata also works with
a plain `datasette archive.db -m metadata.json`. `escape_fts()` is datasette's own SQL function.
"""

import base64
from typing import TypedDict

# Fold the query the way articles_fts folds the text (the tokenizer strips the marks; đ -> d is not
# one of them). An empty query becomes "", which matches nothing, instead of an FTS5 syntax error.
FOLDED_QUERY = "coalesce(nullif(escape_fts(replace(replace(:q, 'đ', 'd'), 'Đ', 'D')), ''), '\"\"')"


class TableDoc(TypedDict):
    description: str
    columns: dict[str, str]


TABLES: dict[str, TableDoc] = {
    "articles": {
        "description": "One row per article, whatever URL it was reached by (article_key; every URL in "
        "article_urls); a re-crawl updates the row. "
        "Search ignores diacritics: 'xu phat' finds 'xử phạt', 'da nang' finds 'Đà Nẵng'. Syllables typed "
        'together are one word, in order; "quoted" "phrases" or AND for several words anywhere; OR; '
        "-excluded; prefix*. A search lists the articles best first (in articles_search).",
        "columns": {
            "article_key": "The article's identity: '<site>:<id>' when the profile reads the portal's id of it "
            "(Liferay: the asset id), else its canonical URL.",
            "canonical_url": "The article's canonical address (rel=canonical, og:url, else the fetched URL).",
            "url": "The address it was fetched from.",
            "site": "The site profile (or host) it was crawled under.",
            "title": "Headline.",
            "published_at": "Publication date and time, ISO 8601 with the portal's UTC offset (+07:00) when known.",
            "published_month": "YYYY-MM of published_at, for facets and per-month counts.",
            "updated_at": "Last-modified date the page states, if any.",
            "author": "Byline (author names as printed, comma separated).",
            "source": "Source line ('Nguồn: ...') when the article credits another outlet.",
            "views": "View counter shown on the page at the latest capture (history in article_views).",
            "lead": "The standfirst (sapo) alone, when the page has one.",
            "body": "The whole article text a reader sees, the lead included; paragraphs separated by blank lines.",
            "words": "Words of the whole text (body, the lead counted once); each Vietnamese syllable is a word.",
            "kind": "What the page is: article, or notice (a short announcement: title, date, a line and often an attachment).",
            "category": "Section or category the portal files it under (the first one read), without the portal's punctuation.",
            "categories": "JSON list of every category it was seen filed under.",
            "images": "JSON list of image URLs in the article.",
            "attachments": "JSON list of {url, text} for attached documents (PDF, DOC...).",
            "language": "Language code of the text (vi for nearly all).",
            "provenance": "JSON: for each field, the extraction rule that produced it.",
            "content_hash": "sha256 of the normalized title, dates, author, lead and body: changes mean a new version.",
            "extractor_version": "Version of the extractor that produced this row.",
            "capture_id": "The capture (captures.id) this row was extracted from.",
            "sha256": "sha256 of that capture's payload.",
            "fetched_at": "When that capture was fetched (UTC).",
            "first_seen_at": "When the article was first archived (UTC).",
            "last_seen_at": "When the article was last fetched (UTC).",
            "changed_at": "When its content last changed (first_seen_at until it changes).",
        },
    },
    "captures": {
        "description": "Every fetched response (and every fetch that failed), with the exact bytes received, "
        "compressed: the evidence each article row was extracted from.",
        "columns": {
            "id": "Capture id.",
            "crawl_id": "The crawl (crawls.id) that fetched it.",
            "url": "The URL requested.",
            "final_url": "The URL after redirects.",
            "status": "HTTP status; empty when no response arrived.",
            "method": "HTTP method.",
            "request_headers": "JSON list of [name, value] request headers sent.",
            "headers": "JSON list of [name, value] response headers, as received.",
            "content_type": "Content-Type of the response.",
            "body": "The body bytes, compressed as body_compression says.",
            "body_compression": "How body is compressed: zstd (older rows may say zlib).",
            "content_encoding": "A Content-Encoding the stored bytes still carry (gzip, deflate), if any.",
            "size": "Payload length in bytes after content decoding.",
            "sha256": "sha256 of the decoded payload.",
            "fetched_at": "When it was fetched (UTC, ISO 8601).",
            "kind": "listing, article, page, robots or other.",
            "site": "The site profile it was fetched for.",
            "error": "Why nothing could be fetched or extracted; empty when fine.",
        },
    },
    "crawls": {
        "description": "One row per crawl run, with its counts.",
        "columns": {
            "id": "Crawl id.",
            "started_at": "When it started (UTC).",
            "finished_at": "When it finished (UTC); for a killed one, its last capture's time (set by the next crawl).",
            "finish_reason": "Why it stopped: finished, interrupted (Ctrl-C), budget (--max-pages), since (--since), "
            "killed (closed by the next crawl); a WARC import: finished or failed.",
            "sites": "JSON list of the site profiles or start URLs crawled.",
            "settings": "JSON of every option the crawl ran with (sites, urls, base_url, limits, full, refresh_days...).",
            "pages": "Pages fetched (kept up to date as the crawl goes).",
            "articles_new": "Articles archived for the first time.",
            "articles_changed": "Articles whose content changed (the old text kept in article_versions).",
            "articles_same": "Articles fetched again with unchanged content.",
            "errors": "Pages that failed.",
            "stats": "JSON counts, errors by reason as fetch/<reason>, fill rates per site under fill.",
        },
    },
    "coverage": {
        "description": "Per listing chain, whether the archive holds it walked to its end; an incomplete "
        "one is walked again in full (no conditional requests, past archived articles) by the next crawl.",
        "columns": {
            "start_url": "The chain's start: a profile's listing, sitemap or feed URL as requested, or a --url start.",
            "site": "The site profile (or the host of a --url crawl).",
            "complete": "1 when a crawl walked it to its natural end with nothing cut short.",
            "reason": "Why it is not complete: running, interrupted, budget, since, listing_error, killed.",
            "crawl_id": "The crawl that last set it (crawls.id).",
            "updated_at": "When it was last set (UTC).",
        },
    },
    "article_versions": {
        "description": "Superseded content of articles that changed: one row per change.",
        "columns": {
            "id": "Version id.",
            "canonical_url": "The article (articles.canonical_url).",
            "title": "Title before the change.",
            "published_at": "Publication date before the change.",
            "updated_at": "Updated date before the change.",
            "author": "Byline before the change.",
            "lead": "Lead before the change.",
            "body": "Body before the change.",
            "content_hash": "content_hash of the superseded content.",
            "old_capture_id": "The capture the superseded content came from.",
            "new_capture_id": "The capture that showed the change.",
            "changed_at": "When the change was seen (UTC).",
        },
    },
    "article_urls": {
        "description": "Every URL an article was reached by (category pages, print view, redirects, canonical links).",
        "columns": {
            "url": "The URL.",
            "article_key": "The article (articles.article_key).",
            "first_seen_at": "When the article was first seen under this URL (UTC).",
        },
    },
    "article_views": {
        "description": "The view counter of each article at each capture: how attention grows over time.",
        "columns": {
            "canonical_url": "The article.",
            "fetched_at": "When the page showing this count was fetched (UTC).",
            "views": "The count shown.",
            "capture_id": "The capture it was read from.",
        },
    },
    "extraction_issues": {
        "description": "Fields the extractor could not find or had doubts about, per article (latest capture).",
        "columns": {
            "url": "Canonical URL of the article.",
            "field": "The field (published_at, author...).",
            "reason": "What went wrong ('not found', 'no date found', ...).",
            "capture_id": "The capture it was seen in.",
            "recorded_at": "When it was recorded (UTC).",
        },
    },
    "articles_fts_source": {
        "description": "What the folded search index holds for each article: title, lead and body with "
        "đ mapped to d (the tokenizer strips the other marks). Used by the triggers.",
        "columns": {
            "article_rowid": "rowid of the article.",
            "title": "Title with đ mapped to d.",
            "lead": "Lead with đ mapped to d.",
            "body": "Body with đ mapped to d, then the article's words written with đ.",
        },
    },
}

# The ranked view has every column of articles, after the two a search needs.
TABLES["articles_search"] = {
    "description": "Search results best first: the articles table's search box lands here. In SQL: "
    "WHERE search MATCH '\"xu phat\"' ORDER BY relevance (the folded index: write d for đ).",
    "columns": {
        "search": "The folded search index, to MATCH the query against (its value means nothing).",
        "relevance": "bm25 of the match, title weighted 1000, lead 4, body 1 (title matches first): lower is "
        "better; empty without a search.",
        **TABLES["articles"]["columns"],
    },
}

ARTICLE_FACETS = ["site", "category", "published_month", "author"]

QUERIES = {
    "latest_articles": {
        "title": "Latest articles",
        "sql": "SELECT published_at, site, title, author, category, views, canonical_url\n"
        "FROM articles ORDER BY published_at DESC LIMIT 200",
    },
    "articles_per_site_per_month": {
        "title": "Articles per site per month",
        "sql": "SELECT site, published_month, count(*) AS articles\nFROM articles\n"
        "GROUP BY site, published_month ORDER BY published_month DESC, site",
    },
    "search": {
        "title": "Search articles (diacritics optional)",
        "description": "Type with or without marks: 'xu phat', 'Đà Nẵng'. Syllables typed together are one "
        'word, in order; several words: "xu phat" "vi pham" or xu phat AND vi pham; also OR, -excluded, '
        "prefix*. Best first.",
        "sql": "SELECT articles.published_at, articles.site, articles.title,\n"
        "  snippet(articles_fts, -1, '[', ']', '…', 16) AS snippet,\n"
        "  articles.author, articles.canonical_url\n"
        "FROM articles_fts JOIN articles ON articles.rowid = articles_fts.rowid\n"
        f"WHERE articles_fts MATCH {FOLDED_QUERY}\n"
        "ORDER BY rank LIMIT 100",
    },
    "changed_since": {
        "title": "Articles changed since a date",
        "description": "Articles whose content changed on or after :since (YYYY-MM-DD); the old text is in "
        "article_versions.",
        "sql": "SELECT max(v.changed_at) AS last_changed, count(*) AS changes, a.site, a.title, a.canonical_url\n"
        "FROM article_versions v JOIN articles a ON a.canonical_url = v.canonical_url\n"
        "WHERE v.changed_at >= :since\n"
        "GROUP BY v.canonical_url ORDER BY last_changed DESC",
    },
    "most_viewed": {
        "title": "Most viewed articles",
        "sql": "SELECT views, site, title, published_at, canonical_url\n"
        "FROM articles WHERE views IS NOT NULL ORDER BY views DESC LIMIT 100",
    },
}


# Datasette lists every column description above the rows; with 25 columns on articles that pushes
# the results off the screen. A compact, scrollable box keeps them one scroll away. Inline (a data:
# URL) so that nothing has to be served besides the archive.
CSS = """
dl.column-descriptions{max-height:8em;overflow-y:auto;font-size:.85rem;border:1px solid #d0d7de;
 border-radius:4px;padding:.3rem .6rem;margin:.5rem 0 1rem}
dl.column-descriptions dt{display:inline;font-weight:600}dl.column-descriptions dt:after{content:": "}
dl.column-descriptions dd{display:inline;margin:0;color:#555}dl.column-descriptions dd:after{content:"";display:block}
"""


def css_data_url() -> str:
    return "data:text/css;base64," + base64.b64encode(CSS.encode()).decode("ascii")


def build_metadata(database: str) -> dict:
    """Metadata for datasette serving the archive under the name `database` (the file's stem)."""
    tables = {name: {"description": t["description"], "columns": dict(t["columns"])} for name, t in TABLES.items()}
    tables["articles"] |= {"facets": ARTICLE_FACETS, "fts_table": "articles_fts", "sort_desc": "published_at"}
    tables["articles_search"] |= {"facets": ARTICLE_FACETS, "sort": "relevance"}
    return {
        "title": "Vietnamese government news archive",
        "description": "Articles crawled from Vietnamese government news portals by govnews-archiver, each "
        "with the capture it came from. Search ignores diacritics.",
        "license": "Articles remain the work of their publishers; archived for research and reference",
        "source": "Vietnamese government news portals, via govnews-archiver",
        "about": "Provenance: each article names its capture (captures.id), the payload's sha256 and when it "
        "was fetched; changed articles keep their earlier text in article_versions.",
        "extra_css_urls": [css_data_url()],
        "databases": {database: {"tables": tables, "queries": QUERIES}},
    }
