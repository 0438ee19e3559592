"""The scoring used by `archiver eval` and the fixture tests."""

import json

from archiver.evaluate import EvalResult, run_eval, same_instant, score_pair
from archiver.models import Extraction


def test_same_instant_to_the_minute_and_date_only_rules():
    assert same_instant("2016-05-20T11:32+07:00", "2016-05-20T11:32:00+07:00")
    assert same_instant("2016-05-20T11:32+07:00", "2016-05-20T04:32:59Z")
    assert not same_instant("2016-05-20T11:32+07:00", "2016-05-20T11:33:00+07:00")
    # a date-only result is right only when the truth is date-only, on the same day
    assert same_instant("2013-05-02T00:00+07:00", "2013-05-02", expected_date_only=True)
    assert not same_instant("2016-05-20T11:32+07:00", "2016-05-20")
    assert same_instant("2015-08-28", "2015-08-28")
    assert same_instant(None, None) and not same_instant(None, "2015-08-28")


def test_score_pair_checks_each_stated_field():
    expected = {
        "title": "Giao ban  quý I/2013",
        "published_at": "2013-05-02T00:00+07:00",
        "date_only": True,
        "author": "kim chi",
        "views": 1123,
        "body_first": "Phố ldquo;cũrdquo; &ndash; mới",
        "body_last": "Hết./.",
        "body_must_not": ["Sơ đồ cổng"],
        "is_article": True,
    }
    ex = Extraction(
        title="Giao ban quý I/2013",
        published_at="2013-05-02",
        author="Kim Chi",
        views=1123,
        body="Phố ldquo;cũrdquo; – mới\n\nHết./.",
        is_article=True,
    )
    scores = score_pair(expected, ex)
    assert all(right for right, _, _ in scores.values()), scores  # html.unescape() form of an anchor counts
    ex.body += "\n\nSơ đồ cổng"
    ex.views = 1124
    scores = score_pair(expected, ex)
    assert not scores["body"][0] and not scores["views"][0] and scores["title"][0]
    assert "source" not in scores  # unstated fields are not scored


def test_render_lists_accuracy_and_each_failure():
    result = EvalResult(label="demo")
    result.add("a.html", {"title": (True, "x", "x"), "views": (False, 941, None)})
    result.add("b.html", {"title": (True, "y", "y"), "views": (True, 5, 5)})
    text = result.render()
    assert result.per_field == {"title": (2, 2), "views": (1, 2)}
    assert result.pages_fully_right == 1
    assert "views" in text and "50.0%" in text and "a.html views: expected 941 | got None" in text


def test_run_eval_reads_gold_jsonl(tmp_path):
    page = (
        '<html lang="vi"><head><title>Tiêu đề bài viết thử nghiệm - Tin tức</title></head><body>'
        "<h1>Tiêu đề bài viết thử nghiệm</h1><div>Ngày đăng 20/05/2016 | 11:32 AM | View count: 941</div>"
        "<div><p>Đoạn thứ nhất của bài viết, đủ dài để đọc như văn xuôi thật sự của một bài báo.</p>"
        "<p>Đoạn thứ hai của bài viết, cũng đủ dài để đọc như văn xuôi, kết thúc bài./.</p></div>"
        "</body></html>"
    )
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "p.html").write_text(page, encoding="utf-8")
    record = {
        "file": "p.html",
        "title": "Tiêu đề bài viết thử nghiệm",
        "published_at": "2016-05-20T11:32+07:00",
        "date_only": False,
        "author": None,
        "views": 941,
        "body_first": "Đoạn thứ nhất của bài viết",
        "body_last": "kết thúc bài./.",
        "body_must_not": ["Tin tức"],
    }
    (tmp_path / "gold.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    result = run_eval(tmp_path / "gold.jsonl", tmp_path / "pages", None)
    assert result.pages == 1
    assert result.per_field["views"] == (1, 1)
    assert set(result.per_field) >= {"title", "published_at", "author", "views", "body"}


def test_eval_takes_a_sets_folder_and_names_a_missing_page_in_one_line(tmp_path):
    from conftest import archiver

    (tmp_path / "pages").mkdir()
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"file": "a.html", "title": "Tiêu đề"}) + "\n", encoding="utf-8")
    (tmp_path / "pages" / "a.html").write_text("<html><body><h1>Tiêu đề</h1></body></html>", encoding="utf-8")
    assert archiver("eval", gold, tmp_path).returncode == 0  # gold.jsonl beside pages/: the folder will do
    assert archiver("eval", tmp_path).returncode == 0  # the set's folder alone names both
    no_pages = archiver("eval", gold)
    assert no_pages.returncode == 2 and no_pages.stderr.count("\n") == 1 and "GOLD PAGES" in no_pages.stderr
    (tmp_path / "elsewhere").mkdir()
    missing = archiver("eval", gold, tmp_path / "elsewhere")
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    assert (
        missing.stderr.strip()
        == f"archiver: cannot read page {tmp_path / 'elsewhere' / 'a.html'}: No such file or directory"
    )


def test_constructed_pages_are_scored_on_rows_of_their_own(tmp_path):
    from archiver.evaluate import ALL, ALL_CONSTRUCTED, ALL_REAL, render_families, run_eval_by_family

    (tmp_path / "pages").mkdir()
    page = "<html><body><h1>Tiêu đề</h1><p>Đoạn văn đủ dài của bài viết, như văn xuôi của một bài báo thật.</p></body></html>"
    records = []
    for name, constructed in (("real.html", False), ("built.html", True), ("built2.html", True)):
        (tmp_path / "pages" / name).write_text(page, encoding="utf-8")
        records.append({"file": name, "title": "Tiêu đề", "family": "nukeviet-4", "constructed": constructed})
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    results = run_eval_by_family(gold, tmp_path / "pages", None)
    assert results["nukeviet-4"].pages == 1 and results["nukeviet-4 (constructed)"].pages == 2
    assert (results[ALL_REAL].pages, results[ALL_CONSTRUCTED].pages, results[ALL].pages) == (1, 2, 3)
    assert results[ALL].render().splitlines()[0].endswith("(1 real and 2 constructed pages)")
    names = [line[:42].strip() for line in render_families(results).splitlines()[1:]]
    assert names == ["nukeviet-4", "nukeviet-4 (constructed)", "all real", "all constructed", "all"]


def test_a_set_without_constructed_pages_has_no_real_and_constructed_totals(tmp_path):
    from archiver.evaluate import ALL, run_eval_by_family

    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a.html").write_text("<html><body><h1>Tiêu đề</h1></body></html>", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"file": "a.html", "title": "Tiêu đề", "family": "x"}) + "\n", encoding="utf-8")
    assert set(run_eval_by_family(gold, tmp_path / "pages", None)) == {ALL, "x"}
