"""Re-extract archived pages offline with the current extractor, keeping what the old one read.

For every page URL, the latest capture whose fetch was fine is read again (no network) and its
article saved through Archive.save_article: changed content supersedes the old row, which is kept in
article_versions. The view sample of a capture is keyed by its fetch time, so saving it again
replaces that sample instead of adding one; first_seen_at never moves.
"""

import json
from collections.abc import Callable
from typing import TypedDict

from . import EXTRACTOR_VERSION, identity, profiles
from .ingest import extraction_failure, fetch_problem
from .models import Extraction
from .store import Archive, Capture

# Stored article fields outside the content hash: a difference there updates the row, not a version.
OTHER_FIELDS = ("url", "source", "views", "category", "images", "attachments", "language")
HTTP_OK = (200, 299)

Extractor = Callable[..., Extraction]  # extract(body, url, content_type, profile)


class ReparseResult(TypedDict):
    """What a reparse did: counts, and the pages behind them (see reparse())."""

    reparsed: int
    changed: int
    unchanged: int
    updated: int
    new: int
    not_article: int
    failed: int
    skipped: int
    changed_urls: list[str]
    rekeyed: list[tuple[list[str], str]]
    failures: list[tuple[str, str]]


def reparse(
    archive: Archive,
    site: str | None = None,
    since: str | None = None,
    *,
    stale: bool = False,
    extract: Extractor | None = None,
) -> ReparseResult:
    """Re-extract the latest good capture of every article URL; returns counts and changed URLs.

    `site` matches captures.site, `since` (YYYY-MM-DD) the day that capture was fetched; `stale` keeps
    only the pages whose article an extractor other than this one (EXTRACTOR_VERSION) made.
    Counts: reparsed (articles saved: changed + unchanged + new), changed (content, a version kept),
    unchanged (of which `updated`: same content, other fields such as views now read differently),
    new (a page that now reads as an article, or under a new canonical URL), not_article, failed,
    skipped (the capture holds no page: not HTML, empty). `rekeyed` lists pages whose article now has
    another canonical URL: the row under the old one is merged into the new one (Archive.rekey_article).
    """
    read = extract or default_extractor()
    archive.lock_for_crawl()
    result = ReparseResult(
        reparsed=0,
        changed=0,
        unchanged=0,
        updated=0,
        new=0,
        not_article=0,
        failed=0,
        skipped=0,
        changed_urls=[],
        rekeyed=[],
        failures=[],
    )
    known_sites = set(profiles.available())
    keys_by_page = article_keys_by_page(archive)
    for row in latest_good_captures(archive, site, since, stale):
        capture = Capture(
            url=row["url"],
            final_url=row["final_url"],
            status=row["status"],
            fetched_at=row["fetched_at"],
            body=archive.capture_body(row["id"]),
            content_type=row["content_type"],
            kind=row["kind"],
            site=row["site"],
        )
        if fetch_problem(capture):  # e.g. a 200 that turned out not to be HTML, or empty
            result["skipped"] += 1
            continue
        # a page is read again as it was read: with the profile it was stored under (its site label),
        # or generically (a page stored without one carries its host name as its site)
        crawled_with = capture.site if capture.site in known_sites else None
        profile = profiles.for_page(capture.final_url, crawled_with, generic=crawled_with is None)
        ex = read(capture.body, capture.final_url, capture.content_type, profile)
        if failure := extraction_failure(ex):  # keep the article as it was rather than empty it
            result["failed"] += 1
            result["failures"].append((row["final_url"], failure))
            continue
        if capture.kind == "page" and not ex.is_article:
            result["not_article"] += 1
            continue
        reader = profiles.reader(profile, ex.provenance)
        article_id = identity.article_id(reader, (capture.final_url, capture.url, ex.canonical_url))
        save(archive, ex, row["id"], capture, article_id, result, keys_by_page.get(row["final_url"], set()))
    archive.flush()
    return result


def default_extractor() -> Extractor:
    from .extract import extract  # the extractor loads its rules on import: only where it is used

    return extract


def latest_good_captures(archive: Archive, site: str | None, since: str | None, stale: bool = False) -> list[dict]:
    """Per page URL, the most recently fetched 2xx capture of an article or page (with `stale`: only of
    pages whose article another extractor version made)."""
    clauses = ["kind IN ('article', 'page')", "status BETWEEN ? AND ?"]
    params: list = list(HTTP_OK)
    if site:
        clauses.append("site = ?")
        params.append(site)
    latest = f"""
        SELECT id, url, coalesce(final_url, url) AS final_url, status, content_type, fetched_at, kind, site,
               row_number() OVER (PARTITION BY coalesce(final_url, url) ORDER BY fetched_at DESC, id DESC) AS rank
        FROM captures WHERE {" AND ".join(clauses)}"""
    sql = f"SELECT * FROM ({latest}) WHERE rank = 1"
    if since:
        sql += " AND substr(fetched_at, 1, 10) >= ?"
        params.append(since)
    if stale:
        sql += """ AND final_url IN (
            SELECT coalesce(c.final_url, c.url) FROM articles a JOIN captures c ON a.capture_id = c.id
            WHERE a.extractor_version IS NOT ?)"""
        params.append(EXTRACTOR_VERSION)
    return archive.query(sql + " ORDER BY id", params)


def save(
    archive: Archive,
    ex: Extraction,
    capture_id: int,
    capture: Capture,
    article_id: str | None,
    result: ReparseResult,
    earlier_keys: set[str],
) -> None:
    key = archive.article_key(ex, capture.site, article_id) or ""
    before = archive.query(f"SELECT {', '.join(OTHER_FIELDS)} FROM articles WHERE article_key = ?", (key,))
    earlier_keys = earlier_keys - {key}
    outcome = archive.save_article(
        ex, capture_id=capture_id, site=capture.site, fetched_at=capture.fetched_at, article_id=article_id
    )
    result["reparsed"] += 1
    if outcome == "changed":
        result["changed"] += 1
        result["changed_urls"].append(key)
    elif outcome == "same":
        result["unchanged"] += 1
        if other_fields_differ(before[0], ex):
            result["updated"] += 1
    else:
        result["new"] += 1
    # the rows this page's article was saved under before, unless another page's capture took them since
    moved = sorted(k for k in earlier_keys if archive.page_of_article(k) == capture.final_url)
    for old_key in moved:
        archive.rekey_article(old_key, key)
    if moved:
        result["rekeyed"].append((moved, key))


def article_keys_by_page(archive: Archive) -> dict[str, set[str]]:
    """Page URL -> the article keys saved so far from its captures (read once: one query, not one per page)."""
    keys: dict[str, set[str]] = {}
    for page_url, key in archive.db.execute(
        "SELECT coalesce(c.final_url, c.url), a.article_key FROM articles a JOIN captures c ON a.capture_id = c.id"
    ):
        keys.setdefault(page_url, set()).add(key)
    return keys


def other_fields_differ(old: dict, ex: Extraction) -> bool:
    new = {
        "url": ex.url,
        "source": ex.source,
        "views": ex.views,
        "category": ex.category,
        "images": json.dumps(ex.images, ensure_ascii=False),
        "attachments": json.dumps(ex.attachments, ensure_ascii=False),
        "language": ex.language,
    }
    return any(old[name] != new[name] for name in OTHER_FIELDS)
