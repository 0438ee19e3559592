"""Full-text search: folded and exact indexes, triggers, backfill, ranking, the `archiver search` command."""

import json
import random
import sqlite3

import pytest
from conftest import archiver, assert_one_line_error

import archiver.search as search_module
from archiver.export import article_filter
from archiver.migrations import MIGRATIONS
from archiver.models import Extraction
from archiver.search import (
    SearchError,
    best_hits,
    fts_expression,
    has_diacritics,
    hit_dicts,
    ranked_hits,
    ranked_in_full,
    reindex,
    search,
)
from archiver.store import Archive, Capture, utc_now
from archiver.text import fold_diacritics

ARTICLES = [
    dict(
        canonical_url="https://danang.gov.vn/tin/1",
        site="danang",
        title="Đà Nẵng xử phạt 12 cơ sở vi phạm",
        lead="Thanh tra thành phố công bố kết quả.",
        body="Đoàn kiểm tra đã xử phạt các cơ sở.\n\nTổng số tiền phạt là 120 triệu đồng.",
        published_at="2024-03-05T08:00:00+07:00",
        author="Minh Anh",
        views=1200,
        category="Thanh tra",
    ),
    dict(
        canonical_url="https://hue.gov.vn/tin/2",
        site="hue",
        title="Hội nghị tài chính công năm 2024",
        lead="Bàn về ngân sách.",
        body="Tại hội nghị, Sở Tài chính báo cáo thu chi.",
        published_at="2024-01-10T09:30:00+07:00",
        author="Lê Hoa",
        views=300,
        category="Kinh tế",
    ),
    dict(
        canonical_url="https://hue.gov.vn/tin/3",
        site="hue",
        title="Phòng chống tai nạn giao thông dịp Tết",
        lead=None,
        body="Số vụ tai nạn giảm so với cùng kỳ.",
        published_at="2023-12-20T07:00:00+07:00",
        author=None,
        views=50,
        category="Giao thông",
    ),
]


def extraction(**fields) -> Extraction:
    url = fields.pop("canonical_url")
    fields.pop("site", None)
    return Extraction(url=url, canonical_url=url, is_article=True, **fields)


def save(archive: Archive, record: dict) -> str:
    record = dict(record)
    site = record["site"]
    capture_id = archive.add_capture(
        Capture(
            url=record["canonical_url"],
            status=200,
            fetched_at=utc_now(),
            body=record["canonical_url"].encode(),
            kind="article",
            site=site,
        )
    )
    return archive.save_article(extraction(**record), capture_id=capture_id, site=site, fetched_at=utc_now())


def build_archive(path, records=ARTICLES):
    """An archive written through the store API, as a crawl writes it."""
    with Archive(path) as archive:
        for record in records:
            save(archive, record)
    return path


@pytest.fixture
def archive(tmp_path):
    with Archive(build_archive(tmp_path / "archive.db")) as opened:
        yield opened


def urls(hits) -> list[str]:
    return [h["canonical_url"] for h in hits]


def test_query_without_marks_finds_marked_text(archive):
    assert urls(search(archive, "xu phat")) == ["https://danang.gov.vn/tin/1"]
    assert urls(search(archive, "tien phat AND trieu dong")) == ["https://danang.gov.vn/tin/1"]
    assert search(archive, "tien phat trieu dong") == []  # one word of four syllables: not in the text


def test_d_without_stroke_finds_d_with_stroke(archive):
    assert urls(search(archive, "da nang")) == ["https://danang.gov.vn/tin/1"]
    assert urls(search(archive, "DOAN KIEM TRA")) == ["https://danang.gov.vn/tin/1"]


def test_query_typed_with_marks_and_stroke(archive):
    assert urls(search(archive, "Đà Nẵng")) == ["https://danang.gov.vn/tin/1"]
    assert urls(search(archive, "đoàn kiểm tra")) == ["https://danang.gov.vn/tin/1"]


def test_marked_query_ranks_exact_matches_first(archive):
    hits = search(archive, "tài")
    # 'tài' is in article 2 only; 'tai' (accident) in article 3 matches the folded form after it.
    assert [(h["canonical_url"], h["match"]) for h in hits] == [
        ("https://hue.gov.vn/tin/2", "exact"),
        ("https://hue.gov.vn/tin/3", "folded"),
    ]
    assert [h["match"] for h in search(archive, "tai")] == ["folded", "folded"]


def test_snippet_marks_the_original_words(archive):
    (hit,) = search(archive, "tong so tien")
    assert "[Tổng số tiền]" in hit["snippet"]
    (hit,) = search(archive, "da nang")
    assert "[Đà Nẵng]" in hit["snippet"]
    assert set(hit) >= {"canonical_url", "title", "published_at", "site", "author", "snippet"}


def test_phrase_and_prefix(archive):
    assert urls(search(archive, '"co so vi pham"')) == ["https://danang.gov.vn/tin/1"]
    assert search(archive, '"vi pham co so"') == []
    assert urls(search(archive, "ngan*")) == ["https://hue.gov.vn/tin/2"]


def test_filters_and_limit(archive):
    assert urls(search(archive, "tai", site="hue", since="2024-01-01")) == ["https://hue.gov.vn/tin/2"]
    assert urls(search(archive, "tai", until="2023-12-31")) == ["https://hue.gov.vn/tin/3"]
    assert len(search(archive, "tai", limit=1)) == 1


@pytest.mark.parametrize("query", ["AND", "OR NOT", "NEAR(", "a -b", "col:umn", "(xu", "^phat", "x*y"])
def test_fts_operators_typed_by_users_are_searched_as_words(archive, query):
    search(archive, query)  # no exception: every word is quoted


def test_unbalanced_quote_and_empty_queries_are_errors(archive):
    with pytest.raises(SearchError, match="unbalanced"):
        search(archive, '"xu phat')
    with pytest.raises(SearchError, match="nothing to search"):
        search(archive, "!!! --")
    assert fts_expression('xử "phạt vi" AND x*') == '"xử" AND "phạt vi" AND "x" *'


def index_writes(archive: Archive, record: dict) -> set[str]:
    """The FTS tables whose per-document sizes were written while saving the record."""
    statements: list[str] = []
    archive.db.conn.set_trace_callback(statements.append)  # trigger sub-statements are traced too
    try:
        save(archive, record)
        archive.flush()
    finally:
        archive.db.conn.set_trace_callback(None)
    return {
        table
        for table in (
            "articles_fts_docsize",
            "articles_fts_exact_docsize",
            "titles_fts_docsize",
            "titles_fts_exact_docsize",
        )
        if any(f"'{table}'" in s and not s.lstrip("- ").startswith("SELECT") for s in statements)
    }


def test_content_change_reindexes_and_view_count_does_not(archive):
    first = dict(ARTICLES[0])
    # The upsert rewrites every column, but the triggers fire only when title, lead or body differ.
    assert index_writes(archive, first | {"views": 1300}) == set()
    assert index_writes(archive, first | {"title": "Huế khen thưởng cơ sở"}) == {
        "articles_fts_docsize",
        "articles_fts_exact_docsize",
        "titles_fts_docsize",
        "titles_fts_exact_docsize",
    }
    assert index_writes(archive, first | {"title": "Huế khen thưởng cơ sở", "body": "Khen thưởng."}) == {
        "articles_fts_docsize",
        "articles_fts_exact_docsize",
    }  # a new body leaves the title indexes alone
    assert search(archive, "da nang xu phat") == []
    assert urls(search(archive, "hue khen thuong")) == ["https://danang.gov.vn/tin/1"]
    assert urls(search(archive, "khen thưởng")) == ["https://danang.gov.vn/tin/1"]


def assert_indexes_match_articles(archive: Archive):
    """Every token at every position, as a fresh index of the current articles would hold it."""
    conn = archive.db.conn
    # The exact indexes hold the articles' text as is: FTS5 can check them against their content table.
    conn.execute("INSERT INTO articles_fts_exact(articles_fts_exact, rank) VALUES ('integrity-check', 1)")
    conn.execute("INSERT INTO titles_fts_exact(titles_fts_exact, rank) VALUES ('integrity-check', 1)")
    # The folded ones hold other text than their content table (by design): compare with a fresh build.
    for index, columns in (("articles_fts", "title, lead, body"), ("titles_fts", "title")):
        conn.execute(f"CREATE VIRTUAL TABLE temp.fresh USING fts5({columns}, tokenize='unicode61 remove_diacritics 2')")
        conn.execute(
            f"INSERT INTO temp.fresh (rowid, {columns}) SELECT article_rowid, {columns} FROM articles_fts_source"
        )
        conn.execute("CREATE VIRTUAL TABLE temp.fresh_terms USING fts5vocab(temp, fresh, instance)")
        conn.execute(f"CREATE VIRTUAL TABLE temp.live_terms USING fts5vocab(main, {index}, instance)")
        fresh = conn.execute("SELECT * FROM temp.fresh_terms ORDER BY 1, 2, 3, 4").fetchall()
        assert fresh and conn.execute("SELECT * FROM temp.live_terms ORDER BY 1, 2, 3, 4").fetchall() == fresh, index
        for table in ("fresh_terms", "live_terms", "fresh"):
            conn.execute(f"DROP TABLE temp.{table}")


def test_indexes_stay_consistent_through_updates_and_deletes(archive):
    save(archive, ARTICLES[1] | {"body": "Đồng chí Trưởng đoàn phát biểu.", "views": 1})
    save(archive, ARTICLES[2] | {"views": 99})
    archive.db.execute("UPDATE articles SET lead = 'Điểm mới' WHERE site = 'danang'")
    archive.db.execute("UPDATE articles SET title = 'Đoàn kiểm tra Đà Nẵng' WHERE site = 'hue'")
    archive.flush()
    assert_indexes_match_articles(archive)
    archive.db.execute("DELETE FROM articles WHERE site = 'danang'")
    archive.flush()
    assert search(archive, "xu phat") == [] and search(archive, "xử phạt") == []
    assert urls(search(archive, "dong chi truong doan")) == ["https://hue.gov.vn/tin/2"]
    assert_indexes_match_articles(archive)


def test_plain_sqlite_can_write_and_search_without_the_tool(tmp_path):
    db = build_archive(tmp_path / "archive.db")
    with sqlite3.connect(db) as conn:  # no application function registered
        conn.execute(
            "INSERT INTO articles (canonical_url, site, title, body) VALUES (?, ?, ?, ?)",
            ("https://x.gov.vn/4", "x", "Điều chỉnh quy hoạch", "Ủy ban đồng ý điều chỉnh."),
        )
        found = conn.execute(
            "SELECT a.canonical_url FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
            "WHERE articles_fts MATCH 'dieu chinh quy hoach'"
        ).fetchall()
        assert found == [("https://x.gov.vn/4",)]
        # Typed with marks: the tokenizer strips all but đ, which a query writes as d, as the index does.
        assert conn.execute(
            'SELECT count(*) FROM articles_fts WHERE articles_fts MATCH \'"diều" "chỉnh"\''
        ).fetchone() == (1,)
    with Archive(db) as archive:
        assert urls(search(archive, "uy ban dong y")) == ["https://x.gov.vn/4"]


def test_existing_archive_gets_the_index_on_migration(tmp_path):
    db = tmp_path / "old.db"
    with sqlite3.connect(db) as conn:  # an archive made before search existed
        for statement in MIGRATIONS[0].split(";\n"):
            if statement.strip():
                conn.execute(statement)
        conn.execute("PRAGMA user_version = 1")
        conn.execute("INSERT INTO articles (canonical_url, title, body) VALUES ('https://old/1', 'Xử phạt', 'Đà Nẵng')")
    with Archive(db) as archive:
        assert urls(search(archive, "xu phat AND da nang")) == ["https://old/1"]


def test_reindex_gives_the_same_results(archive):
    before = [search(archive, q) for q in ("tai", "tài", "da nang", "Đà Nẵng")]
    assert reindex(archive) == len(ARTICLES)
    assert [search(archive, q) for q in ("tai", "tài", "da nang", "Đà Nẵng")] == before


def test_search_command_prints_json_lines(tmp_path):
    db = build_archive(tmp_path / "archive.db")
    result = archiver("search", "--db", db, "xu", "phat")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["title"] for line in lines] == ["Đà Nẵng xử phạt 12 cơ sở vi phạm"]
    result = archiver("search", "--db", db, "tai", "--site", "hue", "--since", "2024-01-01", "--limit", "5")
    assert [json.loads(line)["canonical_url"] for line in result.stdout.splitlines()] == ["https://hue.gov.vn/tin/2"]


def test_search_command_errors_are_one_line(tmp_path):
    db = build_archive(tmp_path / "archive.db")
    assert_one_line_error(archiver("search", "--db", db, '"xu phat'), 1)
    assert_one_line_error(archiver("search", "--db", tmp_path / "missing.db", "xu"), 1)
    result = archiver("search", "--db", db, "AND")
    assert result.returncode == 0 and "Traceback" not in result.stderr and result.stdout == ""


@pytest.mark.parametrize(
    ("typed", "expression"),
    [
        ("xu phat", '"xu phat"'),
        ("xu ly vi pham", '"xu ly vi pham"'),
        ('"xu phat" "vi pham"', '"xu phat" AND "vi pham"'),
        ("xu phat AND vi pham", '"xu phat" AND "vi pham"'),
        ("xu phat OR khen thuong", '("xu phat" OR "khen thuong")'),
        ('"xu phat" vi pham OR khen thuong', '"xu phat" AND ("vi pham" OR "khen thuong")'),
        ("xu phat -vi pham", '("xu phat") NOT ("vi pham")'),
        ('xu phat -"vi pham" NOT ky luat', '("xu phat") NOT ("vi pham" OR "ky luat")'),
        ("xu pha*", '"xu pha" *'),
        ("xu* phat", '"xu" * + "phat"'),
        ('"xu pha"*', '"xu pha" *'),
        ("Hà Nội - Đà Nẵng", '"Hà Nội Đà Nẵng"'),  # a dash alone is punctuation, as in the index
        ("AND", '"AND"'),  # an operator without operands is a word
        ("OR NOT", '"OR NOT"'),
        ("xu AND", '"xu AND"'),
    ],
)
def test_query_language(typed, expression):
    assert fts_expression(typed) == expression


def test_exclusions_alone_are_an_error(archive):
    with pytest.raises(SearchError, match="besides what it excludes"):
        search(archive, "-xu phat")


def test_syllables_typed_together_are_one_word(archive):
    assert urls(search(archive, "co so vi pham")) == ["https://danang.gov.vn/tin/1"]
    assert search(archive, "vi pham co so") == []  # in order
    assert search(archive, "xu phat vi pham") == []  # adjacent: 'xử phạt 12 cơ sở vi phạm'
    assert urls(search(archive, '"xu phat" "vi pham"')) == ["https://danang.gov.vn/tin/1"]
    assert urls(search(archive, "xu phat AND vi pham")) == ["https://danang.gov.vn/tin/1"]


def test_or_exclusion_and_prefix(archive):
    assert set(urls(search(archive, "tai nan OR tai chinh"))) == {
        "https://hue.gov.vn/tin/2",
        "https://hue.gov.vn/tin/3",
    }
    assert urls(search(archive, "tai -tai nan")) == ["https://hue.gov.vn/tin/2"]
    assert urls(search(archive, "tai NOT tai chinh")) == ["https://hue.gov.vn/tin/3"]
    assert urls(search(archive, "tai na*")) == ["https://hue.gov.vn/tin/3"]
    assert urls(search(archive, "ta* nan")) == ["https://hue.gov.vn/tin/3"]


def test_marks_rank_but_do_not_change_the_set(archive):
    # 'tài' ranks article 2 (which holds it) first; the set is the folded one, exclusions included.
    assert [h["match"] for h in search(archive, "tài")] == ["exact", "folded"]
    assert urls(search(archive, "tài -tai nạn")) == urls(search(archive, "tai -tai nan"))


def test_or_after_an_exclusion_excludes_both():
    assert fts_expression("ke hoach -ha noi OR viet nam") == '("ke hoach") NOT ("ha noi" OR "viet nam")'
    assert fts_expression("ke hoach -ha noi viet nam") == '("ke hoach") NOT ("ha noi viet nam")'


# Ranking reads only each tier's best matches (search.best_rowids); it must give what ranking every match
# together gives, which is what each index's configured rank gives (bm25; in the full indexes title 1000,
# lead 4, body 1), tier by tier: title exact, text exact, title folded, text folded.
PHRASES = ["tài chính", "tai nạn", "tài nạn", "xử phạt", "xu phat", "vi phạm", "Đà Nẵng", "da nang", "hội nghị"]
RANK_QUERY = """
    WITH folded (rid, score) AS (SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH ?),
    folded_title (rid, score) AS (SELECT rowid, rank FROM titles_fts WHERE titles_fts MATCH ?),
    exact (rid, score) AS ({exact}),
    exact_title (rid, score) AS ({exact_title})
    SELECT folded.rid, CASE WHEN exact_title.rid IS NOT NULL THEN 0 WHEN exact.rid IS NOT NULL THEN 1
            WHEN folded_title.rid IS NOT NULL THEN 2 ELSE 3 END AS tier,
        canonical_url, title, published_at, site, author
    FROM folded LEFT JOIN exact ON exact.rid = folded.rid LEFT JOIN exact_title ON exact_title.rid = folded.rid
    LEFT JOIN folded_title ON folded_title.rid = folded.rid
    JOIN articles ON articles.rowid = folded.rid{where}
    ORDER BY tier, coalesce(exact_title.score, exact.score, folded_title.score, folded.score), published_at DESC
    LIMIT ?"""


def ranking_archive(path) -> Archive:
    """Articles of a few phrases, some of them twice over (equal scores), each published on a day of its own
    (rows equal in score and date may come in either order, in any ranking)."""
    rng = random.Random(13)
    records = []
    for number in range(80):
        words = lambda n: " ".join(rng.choice(PHRASES) for _ in range(n))  # noqa: E731
        record = dict(
            canonical_url=f"https://s{number % 3}.gov.vn/tin/{number}",
            site=f"s{number % 3}",
            title=words(2),
            lead=words(3) if number % 4 else None,
            body=words(rng.randrange(2, 12)),
            published_at=f"2024-0{1 + number % 9}-1{number % 10}T08:00:00+07:00",
        )
        records.append(record)
        if number % 5 == 0:  # the same text again, published another day
            copy = dict(
                canonical_url=record["canonical_url"] + "b", published_at=f"2023-{1 + number // 10:02d}-1{number % 10}"
            )
            records.append(record | copy)
    for day in range(10, 25):  # more equal scores than the best few read
        records.append(
            dict(canonical_url=f"https://s1.gov.vn/giao-ban/{day}", site="s1", title="Giao ban quý", body="Giao ban.")
            | dict(published_at=f"2022-04-{day}")
        )
    return Archive(build_archive(path, records))


def ranked_by_rank(archive, exact, folded, where, params, limit) -> list[dict]:
    def matches(index: str) -> str:
        return f"SELECT rowid, rank FROM {index} WHERE {index} MATCH ?" if exact else "SELECT 0, 0 WHERE 0"

    sql = RANK_QUERY.format(exact=matches("articles_fts_exact"), exact_title=matches("titles_fts_exact"), where=where)
    match_params = [folded, folded, *([exact, exact] if exact else [])]
    return hit_dicts(archive.db.conn.execute(sql, [*match_params, *params, limit]).fetchall())


RANKED_QUERIES = [
    "tai",
    "tài",
    "tài chính",
    "tai nan",
    "tài -tai nạn",
    "xử phạt",
    "xu phat -vi pham",
    "tai OR Đà Nẵng",
    "ta*",
    "giao ban",
]


@pytest.mark.parametrize("title_ties", [search_module.TITLE_TIES, 0])  # 0: title ties past those read
def test_ranking_the_best_matches_equals_ranking_every_match(tmp_path, monkeypatch, title_ties):
    monkeypatch.setattr(search_module, "TITLE_TIES", title_ties)
    with ranking_archive(tmp_path / "ranking.db") as archive:
        settled_by_the_best = []
        for query in RANKED_QUERIES:
            folded = fts_expression(fold_diacritics(query))
            exact = fts_expression(query) if has_diacritics(query) else None
            for site, since, until in [(None, None, None), ("s1", None, None), (None, "2024-03-01", "2024-06-30")]:
                where, params = article_filter(site, since, until)
                for limit in (1, 2, 3, 5, 8, 13, 40, 200):
                    expected = ranked_by_rank(archive, exact, folded, where, params, limit)
                    assert ranked_in_full(archive, exact, folded, (where, params), limit) == expected
                    assert ranked_hits(archive, exact, folded, site, since, until, limit) == expected, (query, limit)
                    settled_by_the_best.append(best_hits(archive, exact, folded, (where, params), limit) is not None)
        # both ways were taken: the best matches alone, and (equal scores past those read, an exact hit
        # that the folded query excludes: 'tài -tai nạn' in 'tài nạn') every match ranked together
        assert set(settled_by_the_best) == {True, False}


def test_title_matches_come_before_text_matches(tmp_path):
    # The body says 'xử phạt' four times, the titles of the others once: the titles win, in the CLI ranking
    # and in datasette's ranked view alike (the shorter title first: bm25); marks typed rank the exact tiers
    # first.
    records = [
        dict(canonical_url="https://s.gov.vn/tin/1", site="s", title="Hội nghị giao ban quý",
             body="Xử phạt, xử phạt, xử phạt và xử phạt.", published_at="2024-05-02"),
        dict(canonical_url="https://s.gov.vn/tin/2", site="s", title="Xử phạt vi phạm hành chính",
             body="Báo cáo của đoàn kiểm tra.", published_at="2024-05-01"),
        dict(canonical_url="https://s.gov.vn/tin/3", site="s", title="Xu phat ban tin",
             body="Ban tin tieng Anh.", published_at="2024-05-03"),
    ]  # fmt: skip
    with Archive(build_archive(tmp_path / "titles.db", records)) as archive:
        assert urls(search(archive, "xu phat")) == [f"https://s.gov.vn/tin/{n}" for n in (3, 2, 1)]
        assert [(h["canonical_url"][-1], h["match"]) for h in search(archive, "xử phạt")] == [
            ("2", "exact"), ("1", "exact"), ("3", "folded")
        ]  # fmt: skip
        view = archive.db.conn.execute(
            "SELECT canonical_url FROM articles_search WHERE search MATCH '\"xu phat\"' ORDER BY relevance"
        ).fetchall()
        assert [url[-1] for (url,) in view] == ["3", "2", "1"]
