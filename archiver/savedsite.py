"""Import a portal saved by HTTrack or `wget --mirror`: every HTML file of a folder is a capture.

A file's URL is the one HTTrack's `Mirrored from` comment names, else the page's absolute canonical
link, else its path under --base-url; its fetch time is the comment's date, else the file's mtime.
Each capture is extracted and stored as a crawl stores it (archiver/ingest.py), with the same identity
rules, so a saved portal imports into the same articles as its crawl. Importing a folder again adds
nothing (the same URL, time and bytes are already stored).
"""

import re
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import quote, urljoin, urlsplit

from . import profiles
from .errors import ArchiverError
from .ingest import Ingester
from .metadata import HTTRACK_SCAN
from .store import Archive, Capture
from .warc import page_kind

HTML_SUFFIXES = (".html", ".htm")
HTTRACK = re.compile(rb"<!--\s*Mirrored from\s+(\S+)\s+by HTTrack[^,]*,\s*([^>]*?)\s*-->", re.IGNORECASE)
CANONICAL = re.compile(rb"<link\b[^>]*>", re.IGNORECASE)
HREF = re.compile(rb"""href\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
REL_CANONICAL = re.compile(rb"""rel\s*=\s*["']?canonical\b""", re.IGNORECASE)
ABSOLUTE = re.compile(r"^https?://", re.IGNORECASE)
OUTCOMES = ("new", "changed", "same")
NOT_STORED = ("unreadable", "skipped_no_url", "skipped_already_in_archive")  # files that add no capture


def html_files(folder: Path) -> list[Path]:
    """The HTML files under the folder, in path order (the same order on every run)."""
    return sorted(p for p in folder.rglob("*") if p.suffix.lower() in HTML_SUFFIXES and p.is_file())


def page_url(body: bytes, path: Path, folder: Path, base_url: str | None) -> str | None:
    """Where the saved page came from, or None when the file does not say and no --base-url is given."""
    if found := HTTRACK.search(body[:HTTRACK_SCAN]):
        address = found.group(1).decode("utf-8", "replace")
        return address if ABSOLUTE.match(address) else "https://" + address
    if canonical := canonical_link(body):
        return canonical
    if base_url:
        return urljoin(base_url.rstrip("/") + "/", quote(path.relative_to(folder).as_posix()))
    return None


def canonical_link(body: bytes) -> str | None:
    for link in CANONICAL.finditer(body[:200_000]):
        tag = link.group(0)
        if REL_CANONICAL.search(tag) and (href := HREF.search(tag)):
            url = href.group(1).decode("utf-8", "replace")
            if ABSOLUTE.match(url):
                return url
    return None


def saved_at(body: bytes, path: Path) -> str:
    """When the page was saved: the HTTrack comment's date, else the file's modification time (UTC)."""
    if found := HTTRACK.search(body[:HTTRACK_SCAN]):
        try:
            moment = parsedate_to_datetime(found.group(2).decode("ascii", "replace"))
            return moment.astimezone(UTC).isoformat(timespec="seconds")
        except (TypeError, ValueError):
            pass
    return datetime.fromtimestamp(path.stat().st_mtime, UTC).isoformat(timespec="seconds")


def import_dir(
    archive: Archive,
    folder: Path,
    *,
    site: str | None = None,
    generic: bool = False,
    base_url: str | None = None,
    progress: Callable[[int], None] | None = None,
    files: list[Path] | None = None,
) -> Counter:
    """Store every HTML file under `folder` as a capture and its article, as one crawl; returns counts:
    files, captures, new/changed/same articles, not_article, failed, skipped_no_url,
    skipped_already_in_archive, and other reasons no article was stored."""
    if not folder.is_dir():
        raise ArchiverError(f"no such folder: {folder}")
    if site and generic:
        raise ArchiverError("--site and --generic exclude each other")
    if site:
        profiles.load(site)  # an unknown name fails before any file is read
    if base_url and not ABSOLUTE.match(base_url):
        raise ArchiverError(f"not an http(s) address: {base_url!r}")
    files = html_files(folder) if files is None else files
    archive.lock_for_crawl()
    crawl_id = archive.begin_crawl(
        [str(folder)], {"import": "dir", "site": site, "generic": generic, "base_url": base_url}
    )
    ingester = Ingester(archive, crawl_id)
    counts: Counter = Counter(files=len(files))
    try:
        for path in files:
            outcome = store_file(archive, ingester, path, folder, site, base_url, generic)
            counts[outcome] += 1
            counts["captures"] += outcome not in NOT_STORED
            if progress:
                progress(1)
    finally:
        archive.flush()
        archive.finish_crawl(crawl_id, "finished", crawl_counts(counts))
    return counts


def store_file(
    archive: Archive,
    ingester: Ingester,
    path: Path,
    folder: Path,
    site: str | None,
    base_url: str | None,
    generic: bool = False,
) -> str:
    """Store one saved page; returns what happened to it (an ingest outcome, or why it was skipped)."""
    try:
        body = path.read_bytes()
    except OSError:
        return "unreadable"
    url = page_url(body, path, folder, base_url)
    if url is None:
        return "skipped_no_url"
    fetched_at = saved_at(body, path)
    if archive.holds_capture(url, fetched_at, body):
        return "skipped_already_in_archive"
    profile = profiles.for_page(url, site, generic=generic)
    capture = Capture(
        url=url,
        final_url=url,
        status=200,
        fetched_at=fetched_at,
        body=body,
        content_type="text/html",
        kind=page_kind(url, profile),
        site=profile.name if profile else urlsplit(url).hostname,
    )
    return ingester.ingest(capture, profile.name if profile else None, keep_newer=True)


def crawl_counts(counts: Counter) -> dict:
    """The import's counts in the shape the crawls table records."""
    return {
        **counts,
        **{f"articles/{o}": counts.get(o, 0) for o in OUTCOMES},
        "pages": counts.get("captures", 0),
        "errors": counts.get("extract_failed", 0) + counts.get("unreadable", 0),
    }


def summary(folder: Path, c: Counter) -> str:
    other = {k: v for k, v in c.items() if k not in (*OUTCOMES, "files", "captures", "not_article")}
    return (
        f"imported {folder}: {c['files']} HTML files, {c['captures']} captures stored; articles: "
        f"{c['new']} new, {c['changed']} changed, {c['same']} same; {c['not_article']} pages not articles"
        + (("; " + ", ".join(f"{k} {v}" for k, v in sorted(other.items()))) if other else "")
    )
