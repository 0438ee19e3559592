"""`archiver report`: one self-contained HTML page with a chart, fill rates, crawls and most viewed."""

import re
from html.parser import HTMLParser

import pytest
from conftest import archiver, assert_one_line_error
from test_search import ARTICLES, save

from archiver.report import axis_label, month_range, nice_ticks
from archiver.store import Archive

HOSTILE = dict(
    canonical_url="javascript:alert(1)",
    site="hue",
    title="<script>alert('x')</script> Tin giả",
    lead=None,
    body="Nội dung",
    published_at=None,
    author=None,
    views=5000,
    category=None,
)


class Page(HTMLParser):
    """The parts of the page the tests read: tags with attributes, text per table row, SVG tooltips."""

    def __init__(self, html: str):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.tables: list[list[str]] = []  # per table, the text of each row
        self.tooltips: list[str] = []
        self._row: list[str] | None = None
        self._in_title = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "table":
            self.tables.append([])
        if tag == "tr":
            self._row = []
        self._in_title = tag == "title" and any(t == "rect" for t, _ in self.tags[-2:-1])

    def handle_endtag(self, tag):
        if tag == "tr" and self._row is not None:
            self.tables[-1].append(" ".join(self._row))
            self._row = None
        self._in_title = False

    def handle_data(self, data):
        if self._row is not None and data.strip():
            self._row.append(data.strip())
        if self._in_title:
            self.tooltips.append(data)


@pytest.fixture
def report(tmp_path) -> str:
    db = tmp_path / "archive.db"
    with Archive(db) as archive:
        crawl = archive.begin_crawl(["danang", "hue"], {"delay": 1.0})
        for record in [*ARTICLES, HOSTILE]:
            save(archive, record)
        archive.finish_crawl(
            crawl,
            "finished",
            {
                "pages": 40,
                "articles/new": 4,
                "articles/changed": 0,
                "articles/same": 0,
                "errors": 5,
                "fetch/timeout": 3,
                "fetch/http_404": 2,
            },
        )
        archive.begin_crawl(["hue"], {})  # still running (or killed): no finish
    out = tmp_path / "report.html"
    result = archiver("report", "--db", db, "-o", out)
    assert result.returncode == 0, result.stderr
    return out.read_text(encoding="utf-8")


def test_page_is_self_contained(report):
    page = Page(report)
    assert report.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in report
    assert not any(tag in ("script", "link", "img", "iframe", "object") for tag, _ in page.tags)
    assert not re.search(r"\b(src|srcset)=|@import|url\(", report)
    assert all(tag == "a" for tag, attrs in page.tags if "href" in attrs)  # only links out to articles


def test_chart_has_a_bar_segment_per_site_and_month(report):
    page = Page(report)
    assert sorted(page.tooltips) == ["2023-12 · hue: 1", "2024-01 · hue: 1", "2024-03 · danang: 1"]
    assert "1 articles without a publication date are not in the chart" in report
    months = [attrs for tag, attrs in page.tags if tag == "rect"]
    assert len(months) == 3 and len({a["fill"] for a in months}) == 2  # one colour per site


def test_fill_rates_crawls_and_most_viewed(report):
    fill, crawls, viewed = Page(report).tables
    hue = next(r for r in fill if r.startswith("hue "))
    assert hue.split()[:4] == ["hue", "3", "100", "66.7"]  # title 100 %, published_at 2 of 3
    assert crawls[1].startswith("2 ") and "running or killed" in crawls[1]  # newest first
    assert crawls[2].startswith("1 ") and "finished" in crawls[2] and "timeout 3, http_404 2" in crawls[2]
    assert [r.split()[0] for r in viewed[1:]] == ["5,000", "1,200", "300", "50"]


def test_scraped_text_cannot_inject_markup_or_links(report):
    assert "<script>alert" not in report and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; Tin giả" in report
    assert 'href="javascript:' not in report
    assert '<a href="https://danang.gov.vn/tin/1">Đà Nẵng xử phạt 12 cơ sở vi phạm</a>' in report


def test_empty_archive_and_missing_archive(tmp_path):
    with Archive(tmp_path / "empty.db"):
        pass
    result = archiver("report", "--db", tmp_path / "empty.db", "-o", tmp_path / "r.html")
    assert result.returncode == 0, result.stderr
    assert "No dated articles yet" in (tmp_path / "r.html").read_text(encoding="utf-8")
    assert_one_line_error(archiver("report", "--db", tmp_path / "missing.db", "-o", tmp_path / "r.html"), 1)


def test_axis_helpers():
    assert month_range("2023-11", "2024-02") == ["2023-11", "2023-12", "2024-01", "2024-02"]
    assert nice_ticks(7) == (8, [0, 2, 4, 6, 8])
    assert nice_ticks(1234) == (1500, [0, 500, 1000, 1500])
    assert axis_label("2024-05", 4, 12) == "2024-05"
    assert [axis_label(m, 0, 84) for m in ("2024-01", "2024-05")] == ["2024", None]
