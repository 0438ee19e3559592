"""`archiver report`: one self-contained HTML page about an archive (inline CSS and SVG, no assets).

Sections: articles per month per site (a stacked bar chart), field fill rates per site, the latest
crawls with their errors by reason, and the most viewed articles.
"""

import json
from datetime import UTC, datetime
from html import escape
from pathlib import Path

from . import stats
from .output import output_file
from .store import Archive

PALETTE = ("#2f6db5", "#e07b24", "#3a9a4f", "#c8423b", "#8a62b8", "#8c6d31", "#d563a8", "#6b6b6b", "#b5b82f", "#22a3b5")
CHART_WIDTH, CHART_HEIGHT = 960, 300
MARGIN_LEFT, MARGIN_BOTTOM, MARGIN_TOP = 56, 28, 12
LATEST_CRAWLS = 10
MOST_VIEWED = 20

CSS = """
body{font-family:system-ui,"Noto Sans","Segoe UI",Roboto,Arial,sans-serif;margin:2rem auto;max-width:1000px;
 padding:0 1rem;color:#1f2328;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2.2rem;border-bottom:1px solid #d0d7de;
 padding-bottom:.3rem}.muted{color:#656d76;font-size:.9rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{text-align:left;padding:.3rem .5rem;
 border-bottom:1px solid #eaeef2;vertical-align:top}th{background:#f6f8fa;font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.totals{display:flex;gap:1rem;flex-wrap:wrap;margin:1rem 0}.totals div{background:#f6f8fa;border-radius:6px;
 padding:.5rem .9rem}.totals b{display:block;font-size:1.3rem}
.rate{position:relative;min-width:4.2rem;height:1.2rem;background:#eef1f4;border-radius:3px}
.rate span{position:absolute;left:0;top:0;bottom:0;border-radius:3px}
.rate em{position:relative;font-style:normal;font-size:.8rem;padding-left:.3rem;line-height:1.2rem}
.good{background:#9fd4a9}.fair{background:#f2cf7f}.poor{background:#f0a39d}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;font-size:.85rem;margin:.4rem 0}
.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:-1px;border-radius:2px}
.error{color:#b42318}a{color:#0b5cad;text-decoration:none}a:hover{text-decoration:underline}
svg text{font-family:inherit;font-size:11px;fill:#57606a}
"""


def build_report(archive: Archive, title: str | None = None) -> str:
    title = title or f"Archive report: {archive.path.name}"
    generated = datetime.now(UTC).isoformat(timespec="seconds")
    sections = [
        totals_section(archive),
        months_section(stats.per_month(archive)),
        fill_section(stats.fill_rates(archive)),
        crawls_section(latest_crawls(archive)),
        most_viewed_section(most_viewed(archive)),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body>"
        f"<h1>{escape(title)}</h1><p class=muted>Generated {generated} from {escape(str(archive.path))}</p>"
        + "".join(sections)
        + "</body></html>\n"
    )


def write_report(archive: Archive, path: Path) -> None:
    """Write the report to `path` (never over the archive; complete or not at all)."""
    html = build_report(archive)
    with output_file(Path(path), archive.path) as out:
        out.write(html)


# -- data ---------------------------------------------------------------------------------------


def latest_crawls(archive: Archive) -> list[dict]:
    rows = archive.query(
        "SELECT id, started_at, finished_at, finish_reason, sites, pages, articles_new, articles_changed, "
        "articles_same, errors, stats FROM crawls ORDER BY id DESC LIMIT ?",
        (LATEST_CRAWLS,),
    )
    for row in rows:
        counts = json.loads(row.pop("stats") or "{}")
        row["reasons"] = {k.removeprefix("fetch/"): v for k, v in counts.items() if k.startswith("fetch/")}
        row["sites"] = ", ".join(json.loads(row["sites"] or "[]"))
    return rows


def most_viewed(archive: Archive) -> list[dict]:
    return archive.query(
        "SELECT canonical_url, title, site, published_at, views FROM articles WHERE views IS NOT NULL "
        "ORDER BY views DESC LIMIT ?",
        (MOST_VIEWED,),
    )


# -- sections -----------------------------------------------------------------------------------


def totals_section(archive: Archive) -> str:
    ((articles, sites, oldest, newest),) = archive.db.execute(
        "SELECT count(*), count(DISTINCT site), min(published_at), max(published_at) FROM articles"
    ).fetchall()
    captures = archive.db.execute("SELECT count(*) FROM captures").fetchone()[0]
    crawls = archive.db.execute("SELECT count(*) FROM crawls").fetchone()[0]
    boxes = [
        ("articles", f"{articles:,}"),
        ("sites", sites),
        ("captures", f"{captures:,}"),
        ("crawls", crawls),
        ("published", f"{(oldest or '?')[:10]} – {(newest or '?')[:10]}"),
    ]
    return "<div class=totals>" + "".join(f"<div>{label}<b>{escape(str(v))}</b></div>" for label, v in boxes) + "</div>"


def months_section(per_month: list[dict]) -> str:
    dated = [r for r in per_month if r["month"] != "unknown"]
    undated = sum(r["articles"] for r in per_month if r["month"] == "unknown")
    note = (
        f"<p class=muted>{undated:,} articles without a publication date are not in the chart.</p>" if undated else ""
    )
    if not dated:
        return "<h2>Articles per month</h2><p>No dated articles yet.</p>" + note
    return "<h2>Articles per month, by site</h2>" + month_chart(dated) + note


def month_chart(rows: list[dict]) -> str:
    """Stacked bars: one bar per month from the first to the last, one colour per site."""
    months = month_range(min(r["month"] for r in rows), max(r["month"] for r in rows))
    totals_by_site: dict[str, int] = {}
    counts: dict[tuple[str, str], int] = {}
    for r in rows:
        site = r["site"] or "(no site)"
        totals_by_site[site] = totals_by_site.get(site, 0) + r["articles"]
        counts[(site, r["month"])] = r["articles"]
    sites = sorted(totals_by_site, key=lambda s: (-totals_by_site[s], s))
    colour = {site: PALETTE[i % len(PALETTE)] for i, site in enumerate(sites)}
    peak = max(sum(counts.get((s, m), 0) for s in sites) for m in months)
    top, ticks = nice_ticks(peak)
    plot_w, plot_h = CHART_WIDTH - MARGIN_LEFT - 8, CHART_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    step = plot_w / len(months)
    bar_w = max(step * 0.8, 1.0)
    y = lambda value: MARGIN_TOP + plot_h - plot_h * value / top  # noqa: E731
    parts = [
        f'<svg viewBox="0 0 {CHART_WIDTH} {CHART_HEIGHT}" width="100%" role="img" '
        f'aria-label="Articles per month by site" xmlns="http://www.w3.org/2000/svg">'
    ]
    for tick in ticks:
        parts.append(
            f'<line x1="{MARGIN_LEFT}" x2="{CHART_WIDTH - 8}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" '
            f'stroke="#eaeef2"/><text x="{MARGIN_LEFT - 6}" y="{y(tick) + 4:.1f}" text-anchor="end">{tick:,}</text>'
        )
    for i, month in enumerate(months):
        x = MARGIN_LEFT + i * step + (step - bar_w) / 2
        base = 0
        for site in sites:
            n = counts.get((site, month), 0)
            if n:
                parts.append(
                    f'<rect x="{x:.1f}" y="{y(base + n):.1f}" width="{bar_w:.1f}" '
                    f'height="{y(base) - y(base + n):.1f}" fill="{colour[site]}">'
                    f"<title>{month} · {escape(site)}: {n:,}</title></rect>"
                )
                base += n
        label = axis_label(month, i, len(months))
        if label:
            parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{CHART_HEIGHT - 10}" text-anchor="middle">{label}</text>')
    parts.append(
        f'<line x1="{MARGIN_LEFT}" x2="{CHART_WIDTH - 8}" y1="{y(0):.1f}" y2="{y(0):.1f}" stroke="#8c959f"/></svg>'
    )
    legend = "".join(
        f'<span><i style="background:{colour[s]}"></i>{escape(s)} ({totals_by_site[s]:,})</span>' for s in sites
    )
    return f"<div class=legend>{legend}</div>" + "".join(parts)


def axis_label(month: str, index: int, count: int) -> str | None:
    """Every month up to a year and a half, then every quarter, then each January as its year."""
    if count <= 18:
        return month
    if count <= 36:
        return month if month[5:] in ("01", "04", "07", "10") else None
    return month[:4] if month.endswith("-01") else None


def month_range(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def nice_ticks(peak: int) -> tuple[int, list[int]]:
    """A round top for the axis and at most five gridlines below it, at steps of 1, 2 or 5 x 10^k."""
    magnitude = 1
    while True:
        for multiple in (1, 2, 5):
            step = multiple * magnitude
            if step * 5 >= peak:
                top = max(step, step * -(-peak // step))
                return top, list(range(0, top + 1, step))
        magnitude *= 10


def fill_section(rates: list[dict]) -> str:
    if not rates:
        return ""
    head = "".join(f"<th>{name}</th>" for name in stats.FILL_FIELDS)
    body = []
    for row in rates:
        cells = "".join(f"<td>{rate_bar(row[name])}</td>" for name in stats.FILL_FIELDS)
        body.append(
            f"<tr><td>{escape(row['site'] or '(no site)')}</td><td class=num>{row['articles']:,}</td>{cells}</tr>"
        )
    return (
        "<h2>Fields found, per site (% of articles)</h2>"
        f"<table><tr><th>site</th><th class=num>articles</th>{head}</tr>{''.join(body)}</table>"
    )


def rate_bar(rate: float | None) -> str:
    rate = rate or 0.0
    level = "good" if rate >= 90 else "fair" if rate >= 50 else "poor"
    return f'<div class=rate><span class={level} style="width:{rate:.0f}%"></span><em>{rate:g}</em></div>'


def crawls_section(crawls: list[dict]) -> str:
    if not crawls:
        return "<h2>Latest crawls</h2><p>No crawls recorded.</p>"
    rows = []
    for c in crawls:
        reasons = ", ".join(f"{escape(k)} {v}" for k, v in sorted(c["reasons"].items(), key=lambda kv: -kv[1]))
        errors = f"<span class=error>{c['errors']}</span>" if c["errors"] else "0"
        rows.append(
            f"<tr><td class=num>{c['id']}</td><td>{escape((c['started_at'] or '')[:16].replace('T', ' '))}</td>"
            f"<td>{escape(c['sites'])}</td><td>{escape(c['finish_reason'] or 'running or killed')}</td>"
            f"<td class=num>{c['pages'] or 0:,}</td><td class=num>{c['articles_new'] or 0:,}</td>"
            f"<td class=num>{c['articles_changed'] or 0:,}</td><td class=num>{c['articles_same'] or 0:,}</td>"
            f"<td class=num>{errors}</td><td>{reasons}</td></tr>"
        )
    return (
        "<h2>Latest crawls</h2><table><tr><th class=num>#</th><th>started (UTC)</th><th>sites</th>"
        "<th>finished</th><th class=num>pages</th><th class=num>new</th><th class=num>changed</th>"
        "<th class=num>same</th><th class=num>errors</th><th>errors by reason</th></tr>" + "".join(rows) + "</table>"
    )


def most_viewed_section(articles: list[dict]) -> str:
    if not articles:
        return "<h2>Most viewed articles</h2><p>No view counts recorded.</p>"
    rows = [
        f"<tr><td class=num>{a['views']:,}</td><td lang=vi>{link(a['canonical_url'], a['title'] or a['canonical_url'])}</td>"
        f"<td>{escape(a['site'] or '')}</td><td>{escape((a['published_at'] or '')[:10])}</td></tr>"
        for a in articles
    ]
    return (
        "<h2>Most viewed articles</h2><table><tr><th class=num>views</th><th>title</th><th>site</th>"
        "<th>published</th></tr>" + "".join(rows) + "</table>"
    )


def link(url: str, text: str) -> str:
    """A link only to http(s) addresses: scraped data must not smuggle javascript: URLs into the page."""
    if url.startswith(("http://", "https://")):
        return f'<a href="{escape(url, quote=True)}">{escape(text)}</a>'
    return escape(text)
