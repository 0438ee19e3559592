"""What is in an archive: articles per site and per month, and how often each field was found."""

from .store import Archive

FILL_FIELDS = ("title", "published_at", "author", "views", "lead", "body", "category", "source")


def per_site(archive: Archive) -> list[dict]:
    return archive.query(
        "SELECT site, count(*) AS articles, min(published_at) AS oldest, max(published_at) AS newest "
        "FROM articles GROUP BY site ORDER BY site"
    )


def per_month(archive: Archive) -> list[dict]:
    return archive.query(
        "SELECT site, coalesce(published_month, 'unknown') AS month, count(*) AS articles "
        "FROM articles GROUP BY site, month ORDER BY site, month"
    )


def fill_rates(archive: Archive, crawl_id: int | None = None, fields=FILL_FIELDS) -> list[dict]:
    """Per site, the share (0-100) of articles in which each field was found: of all articles,
    or of those one crawl fetched."""
    found = ", ".join(f"round(100.0 * sum(a.{n} IS NOT NULL AND a.{n} != '') / count(*), 1) AS {n}" for n in fields)
    of_crawl = " JOIN captures c ON c.id = a.capture_id WHERE c.crawl_id = ?" if crawl_id is not None else ""
    return archive.query(
        f"SELECT a.site, count(*) AS articles, {found} FROM articles a{of_crawl} GROUP BY a.site ORDER BY a.site",
        (crawl_id,) if crawl_id is not None else (),
    )


def crawl_history(archive: Archive, limit: int | None = 5, site: str | None = None, columns: str = "") -> list[dict]:
    """The latest crawls first (all when limit is None; those that named `site` when given)."""
    where = " WHERE EXISTS (SELECT 1 FROM json_each(crawls.sites) WHERE value = ?)" if site else ""
    return archive.query(
        "SELECT id, started_at, finished_at, finish_reason, pages, articles_new, articles_changed, errors"
        f"{columns} FROM crawls{where} ORDER BY id DESC LIMIT ?",
        (*([site] if site else []), -1 if limit is None else limit),
    )


def render_table(rows: list[dict]) -> str:
    if not rows:
        return "(none)"
    columns = list(rows[0])
    cells = [[("" if r[c] is None else str(r[c])) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    line = lambda values: "  ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()  # noqa: E731
    return "\n".join([line(columns), line(["-" * w for w in widths]), *map(line, cells)])
