"""Article identity: which stored row a page's article is, whatever URL it was reached by.

An article's key is what the portal says it is: `<site>:<id>` when the site's profile names how to
read the article's id from its URL (`[identity] article_id`, e.g. Liferay's asset id, the same under
every category URL and the print view). Without one, a page whose canonical URL is archived is that
article; else an article of the same site with the same title, date and body, read from another
page, is the same one; else the page's canonical URL is a new key. Every URL an article was reached
by is kept in article_urls.

merge_articles() folds one row into another (a reparse that finds another key, the migration that
applied these rules to archives stored before them); merge_same_articles() applies the rules to a
whole archive.
"""

import json
import re
import sqlite3
from collections.abc import Callable, Iterable
from functools import cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from .models import Extraction

if TYPE_CHECKING:  # the archive imports this module: a reading command starts without the profiles
    from .profiles import Profile

Execute = Callable[..., sqlite3.Cursor]  # (sql, params) -> cursor: Archive._write, or a connection's execute
CONTENT_FIELDS = ("title", "published_at", "updated_at", "author", "lead", "body")


@cache
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def article_id(profile: "Profile | None", urls: Iterable[str | None]) -> str | None:
    """The id the profile's rule reads from the first of `urls` it matches (group 1), or None."""
    rules = profile.identity.get("article_id", ()) if profile else ()
    for url in urls:
        for rule in rules:
            if url and (found := _compiled(rule).search(url)):
                return found.group(1)
    return None


def id_key(site: str | None, ident: str, url: str | None) -> str:
    """The key of an article the portal gave an id: ids are per portal, so the site (or host) names it."""
    return f"{site or urlsplit(url or '').hostname or ''}:{ident}"


def url_key(ex: Extraction) -> str | None:
    """The key of an article without an id: its canonical URL, else the URL it was read from."""
    return ex.canonical_url or ex.url


def merge_categories(stored: str | None, *more: str | None) -> str:
    """The JSON list of categories, with those not in it yet appended."""
    categories = json.loads(stored or "[]")
    categories += [c for c in more if c and c not in categories]
    return json.dumps(categories, ensure_ascii=False)


def merge_articles(execute: Execute, old: str, new: str) -> bool:
    """The row under key `old` is the article under key `new`: the `new` row takes its history (versions,
    view samples, URLs, categories, the earlier first and later last sighting, its content as a version
    when that differs); the `old` row goes, with its search entries (by the triggers) and its recorded
    issues. Returns False when either row is missing."""
    columns = "canonical_url, first_seen_at, last_seen_at, categories, content_hash, capture_id, "
    query = f"SELECT {columns}{', '.join(CONTENT_FIELDS)}, fetched_at FROM articles WHERE article_key = ?"
    old_row = execute(query, (old,)).fetchone()
    new_row = execute(query, (new,)).fetchone()
    if old_row is None or new_row is None or old == new:
        return False
    old_url, new_url = old_row[0], new_row[0]
    execute("UPDATE article_versions SET canonical_url = ? WHERE canonical_url = ?", (new_url, old_url))
    if old_row[4] != new_row[4]:  # what was read under the old key is a version of this article
        keep_version(execute, new_url, old_row[4:-1], new_row[5], new_row[-1])
    execute(
        "INSERT OR IGNORE INTO article_views (canonical_url, fetched_at, views, capture_id)"
        " SELECT ?, fetched_at, views, capture_id FROM article_views WHERE canonical_url = ?",
        (new_url, old_url),
    )
    execute("DELETE FROM article_views WHERE canonical_url = ?", (old_url,))
    execute("UPDATE article_urls SET article_key = ? WHERE article_key = ?", (new, old))
    execute(
        "INSERT OR IGNORE INTO article_urls (url, article_key, first_seen_at) VALUES (?, ?, ?)",
        (old_url, new, old_row[1]),
    )
    first_seen = min((t for t in (old_row[1], new_row[1]) if t), default=None)
    last_seen = max((t for t in (old_row[2], new_row[2]) if t), default=None)
    categories = merge_categories(new_row[3], *json.loads(old_row[3] or "[]"))
    execute("DELETE FROM extraction_issues WHERE url = ?", (old_url,))
    execute("DELETE FROM articles WHERE article_key = ?", (old,))
    execute(
        "UPDATE articles SET first_seen_at = ?, last_seen_at = ?, categories = ? WHERE article_key = ?",
        (first_seen, last_seen, categories, new),
    )
    return True


def keep_version(execute: Execute, canonical_url: str, old: tuple, new_capture_id: int, changed_at: str) -> None:
    """Keep superseded content (content_hash, capture_id, *CONTENT_FIELDS) in article_versions."""
    old_hash, old_capture, *content = old
    execute(
        "INSERT INTO article_versions (canonical_url, "
        + ", ".join(CONTENT_FIELDS)
        + ", content_hash, old_capture_id, new_capture_id, changed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (canonical_url, *content, old_hash, old_capture, new_capture_id, changed_at),
    )


def merge_same_articles(execute: Execute) -> int:
    """Apply the identity rules to every stored row: rows of one article (one profile id; else the same
    site, title, date and body) become one, under the row with the latest content. Returns the rows merged."""
    from . import profiles

    known = set(profiles.available())
    groups: dict[str, list[tuple[str, str]]] = {}
    rows = execute(
        "SELECT a.article_key, a.site, a.url, a.canonical_url, c.url, c.final_url, a.title, a.published_at,"
        " a.body, coalesce(a.fetched_at, '') FROM articles a LEFT JOIN captures c ON c.id = a.capture_id"
    ).fetchall()
    for key, site, *urls, title, published, body, fetched in rows:
        profile = profiles.load(site) if site in known else None
        ident = article_id(profile, urls)
        if ident:
            group = id_key(site, ident, urls[0])
        elif title and body:
            group = json.dumps([site, title, published, body], ensure_ascii=False)
        else:
            group = json.dumps([key])
        groups.setdefault(group, []).append((fetched, key))
    merged = 0
    for group, members in groups.items():
        members.sort()
        survivor = members[-1][1]  # the latest content
        for _, key in members[:-1]:
            merged += merge_articles(execute, key, survivor)
        if not group.startswith("["):
            execute("UPDATE article_urls SET article_key = ? WHERE article_key = ?", (group, survivor))
            execute("UPDATE articles SET article_key = ? WHERE article_key = ?", (group, survivor))
    return merged
