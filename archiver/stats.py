"""What is in an archive: articles per site, per month or per year, how often each field was found, crawls.

Publication times are the portal's, in Vietnam time (+07:00); the crawls' times are UTC. The text
tables show a crawl's time in both, and say which zone each time column is in.
"""

from datetime import datetime, timedelta, timezone

from .store import Archive

FILL_FIELDS = ("title", "published_at", "author", "views", "lead", "body", "category", "source")
PORTAL_ZONE = timezone(timedelta(hours=7))
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def of_site(site: str | None, alias: str = "") -> tuple[str, tuple]:
    """A WHERE clause (or nothing) keeping one site's articles."""
    return (f" WHERE {alias}site = ?", (site,)) if site else ("", ())


def per_site(archive: Archive, site: str | None = None) -> list[dict]:
    where, params = of_site(site)
    return archive.query(
        "SELECT site, count(*) AS articles, min(published_at) AS oldest, max(published_at) AS newest "
        f"FROM articles{where} GROUP BY site ORDER BY site",
        params,
    )


# Counts per month or year read published_at (published_month is its first 7 characters) so that the
# index on (site, published_at) answers them without reading the articles' rows.
_PERIOD_CHARS = {"month": 7, "year": 4}


def per_period(archive: Archive, period: str, site: str | None = None) -> list[dict]:
    """Articles per site and month (`YYYY-MM`) or year (`YYYY`); `unknown` for undated ones."""
    where, params = of_site(site)
    return archive.query(
        f"SELECT site, coalesce(substr(published_at, 1, {_PERIOD_CHARS[period]}), 'unknown') AS {period}, "
        f"count(*) AS articles FROM articles{where} GROUP BY site, {period} ORDER BY site, {period}",
        params,
    )


def per_month(archive: Archive, site: str | None = None) -> list[dict]:
    return per_period(archive, "month", site)


def fill_rates(
    archive: Archive, crawl_id: int | None = None, fields=FILL_FIELDS, site: str | None = None
) -> list[dict]:
    """Per site, the share (0-100) of articles in which each field was found: of all articles,
    or of those one crawl fetched."""
    found = ", ".join(f"round(100.0 * sum(a.{n} IS NOT NULL AND a.{n} != '') / count(*), 1) AS {n}" for n in fields)
    conditions: list[str] = []
    params: list[int | str] = []
    if crawl_id is not None:
        conditions.append("c.crawl_id = ?")
        params.append(crawl_id)
    if site:
        conditions.append("a.site = ?")
        params.append(site)
    of_crawl = " JOIN captures c ON c.id = a.capture_id" if crawl_id is not None else ""
    where = (" WHERE " + " AND ".join(conditions)) if conditions else ""
    return archive.query(
        f"SELECT a.site, count(*) AS articles, {found} FROM articles a{of_crawl}{where} GROUP BY a.site ORDER BY a.site",
        params,
    )


def crawl_history(archive: Archive, limit: int | None = 5, site: str | None = None, columns: str = "") -> list[dict]:
    """The latest crawls first (all when limit is None; those that named `site` when given)."""
    where = " WHERE EXISTS (SELECT 1 FROM json_each(crawls.sites) WHERE value = ?)" if site else ""
    return archive.query(
        "SELECT id, started_at, finished_at, finish_reason, pages, articles_new, articles_changed, errors"
        f"{columns} FROM crawls{where} ORDER BY id DESC LIMIT ?",
        (*([site] if site else []), -1 if limit is None else limit),
    )


# -- compact tables ------------------------------------------------------------------------------


def month_grid(rows: list[dict]) -> list[dict]:
    """per_month's rows as one line per site and year, a column per month: fifteen lines for fifteen years."""
    lines: dict[tuple, dict] = {}
    for r in rows:
        year, month = ("undated", None) if r["month"] == "unknown" else (r["month"][:4], int(r["month"][5:7]))
        line = lines.setdefault((r["site"], year), {"site": r["site"], "year": year, **dict.fromkeys(MONTHS)})
        if month is None:
            line["total"] = r["articles"]
        else:
            line[MONTHS[month - 1]] = r["articles"]
    for line in lines.values():
        line["total"] = line.get("total") or sum(line[m] or 0 for m in MONTHS)
    return list(lines.values())


def year_table(rows: list[dict]) -> list[dict]:
    """per_period(..., 'year')'s rows as one line per year, a column per site and one for all."""
    sites = sorted({r["site"] or "(no site)" for r in rows})
    lines: dict[str, dict] = {}
    for r in rows:
        year = "undated" if r["year"] == "unknown" else r["year"]
        line = lines.setdefault(year, {"year": year, **dict.fromkeys(sites)})
        line[r["site"] or "(no site)"] = r["articles"]
    for line in lines.values():
        line["all"] = sum(line[s] or 0 for s in sites)
    return sorted(lines.values(), key=lambda line: (line["year"] == "undated", line["year"]))


def portal_time(value: str | None) -> str | None:
    """A publication time as the portal shows it (+07:00): '2024-03-05 08:00', or the day alone."""
    return value[:16].replace("T", " ") if value else value


def both_zones(value: str | None) -> str | None:
    """A UTC time in Vietnam time with UTC beside it: '2024-03-05 15:02 (08:02 UTC)'."""
    if not value:
        return value
    utc = datetime.fromisoformat(value)
    local = utc.astimezone(PORTAL_ZONE)
    utc_part = utc.strftime("%H:%M") if utc.date() == local.date() else utc.strftime("%Y-%m-%d %H:%M")
    return f"{local:%Y-%m-%d %H:%M} ({utc_part} UTC)"


def sites_for_display(rows: list[dict]) -> list[dict]:
    return [
        {"site": r["site"], "articles": r["articles"], "oldest (+07:00)": portal_time(r["oldest"]),
         "newest (+07:00)": portal_time(r["newest"])}
        for r in rows
    ]  # fmt: skip


def crawls_for_display(rows: list[dict]) -> list[dict]:
    return [
        {
            "id": r["id"],
            "started (+07:00, UTC)": both_zones(r["started_at"]),
            "finished (+07:00, UTC)": both_zones(r["finished_at"]),
        }
        | {k: v for k, v in r.items() if k not in ("id", "started_at", "finished_at")}
        for r in rows
    ]


def render_table(rows: list[dict]) -> str:
    """Columns aligned; numbers to the right."""
    if not rows:
        return "(none)"
    columns = list(rows[0])
    cells = [[("" if r[c] is None else str(r[c])) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    numeric = [all(isinstance(r[c], int | float) or r[c] is None for r in rows) for c in columns]
    align = lambda values: "  ".join(  # noqa: E731
        v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric, strict=True)
    ).rstrip()
    return "\n".join([align(columns), align(["-" * w for w in widths]), *map(align, cells)])
