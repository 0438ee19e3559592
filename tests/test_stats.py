"""`archiver stats`: per site, compact per year or per month (--by), one site (--site), times in both zones."""

import json

from conftest import assert_one_line_error, rows, run_archiver
from test_search import ARTICLES, build_archive

from archiver.store import Archive

OLDER = dict(
    ARTICLES[2],
    canonical_url="https://hue.gov.vn/tin/4",
    published_at="2011-07-02T15:00:00+07:00",
)
UNDATED = dict(ARTICLES[1], canonical_url="https://hue.gov.vn/tin/5", published_at=None)


def archive_of_years(tmp_path):
    db = build_archive(tmp_path / "a.db", [*ARTICLES, OLDER, UNDATED])
    with Archive(db) as archive:
        crawl = archive.begin_crawl(["hue"], {})
        archive.finish_crawl(crawl, "finished", {"pages": 4})
    with Archive(db) as archive:
        archive.db.execute(
            "UPDATE crawls SET started_at = '2024-03-05T20:30:00+00:00', finished_at = '2024-03-05T20:41:00+00:00'"
        )
        archive.flush()
    return db


def table(text: str, title: str) -> list[list[str]]:
    """The rows (cells split on spaces) of the table under `title` in the text output."""
    block = text.split(f"\n{title}\n", 1)[1].split("\n\n", 1)[0]
    return [line.split() for line in block.splitlines()[2:]]


def test_by_year_a_line_per_year_a_column_per_site(tmp_path):
    db = archive_of_years(tmp_path)
    result = run_archiver("stats", "--db", db, "--by", "year")
    assert result.returncode == 0, result.stderr
    assert table(result.stdout, "articles per year") == [
        # year  danang  hue  all
        ["2011", "1", "1"],  # an empty cell (no danang article) is blank
        ["2023", "1", "1"],
        ["2024", "1", "1", "2"],
        ["undated", "1", "1"],
    ]
    sections = json.loads(run_archiver("stats", "--db", db, "--by", "year", "--json").stdout)
    assert {(r["site"], r["year"]): r["articles"] for r in sections["articles per year"]} == {
        ("danang", "2024"): 1,
        ("hue", "2011"): 1,
        ("hue", "2023"): 1,
        ("hue", "2024"): 1,
        ("hue", "unknown"): 1,
    }


def test_by_month_of_one_site_a_line_per_year(tmp_path):
    db = archive_of_years(tmp_path)
    result = run_archiver("stats", "--db", db, "--site", "hue", "--by", "month")
    assert result.returncode == 0, result.stderr
    assert "danang" not in result.stdout
    header = result.stdout.split("\narticles per month\n", 1)[1].splitlines()[0].split()
    assert header == ["site", "year", "Jan", "Feb", "Mar", "Apr", "May", "Jun"] + [
        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "total"
    ]  # fmt: skip
    assert table(result.stdout, "articles per month") == [
        ["hue", "2011", "1", "1"],  # July
        ["hue", "2023", "1", "1"],  # December
        ["hue", "2024", "1", "1"],  # January
        ["hue", "undated", "1"],
    ]
    assert [r[:2] for r in table(result.stdout, "articles per site")] == [["hue", "4"]]


def test_crawl_times_in_vietnam_time_beside_utc(tmp_path):
    db = archive_of_years(tmp_path)
    out = run_archiver("stats", "--db", db, "--site", "hue").stdout
    assert "started (+07:00, UTC)" in out
    assert "2024-03-06 03:30 (2024-03-05 20:30 UTC)" in out  # the next day in Vietnam
    assert "2024-03-06 03:41 (2024-03-05 20:41 UTC)" in out
    assert "oldest (+07:00)" in out and "2011-07-02 15:00" in out  # as the portal published it
    assert rows(db, "SELECT started_at FROM crawls") == [("2024-03-05T20:30:00+00:00",)]  # stored UTC


def test_a_site_not_in_the_archive_is_one_line(tmp_path):
    db = archive_of_years(tmp_path)
    assert_one_line_error(run_archiver("stats", "--db", db, "--site", "hanoi"), 1)
