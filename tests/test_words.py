"""`words`: the word count of the whole text a reader sees, the lead counted once."""

import sqlite3

from conftest import rows
from test_store import article, store

from archiver.extract import extract
from archiver.store import Archive
from archiver.wordcount import article_words, count_words

LEAD = "Sáng 5/1, Sở Tài chính tổ chức hội nghị."
BODY = LEAD + "\n\nTham dự có lãnh đạo các phòng, ban.\n\n- Kết quả đạt 95% kế hoạch COVID-19."


def test_what_counts_as_a_word():
    assert count_words("Đà Nẵng") == 2  # each syllable, as Vietnamese is written
    assert count_words("ngày 01/6/2016 - COVID-19 •") == 3  # a dash or a bullet alone is not a word
    assert count_words("") == count_words(None) == 0


def test_the_lead_is_counted_once():
    assert article_words(LEAD, BODY) == count_words(BODY) == 24
    assert article_words(None, BODY) == 24
    # a lead the body does not hold (no body container found) is counted besides it
    assert article_words("Tóm tắt riêng.", "Nội dung bài viết.") == 7
    assert article_words(LEAD, None) == 9
    assert article_words(None, None) is None


def test_saved_with_the_article(tmp_path):
    with Archive(tmp_path / "a.db") as archive:
        store(archive, article(lead=LEAD, body=BODY))
    assert rows(tmp_path / "a.db", "SELECT words FROM articles") == [(24,)]


def test_an_older_archive_gets_its_counts_when_opened(tmp_path):
    db = tmp_path / "a.db"
    with Archive(db) as archive:
        store(archive, article(lead=LEAD, body=BODY))
    with sqlite3.connect(db) as conn:  # the archive as the migration before the word counts left it
        conn.execute("ALTER TABLE articles DROP COLUMN words")
        conn.execute("ALTER TABLE articles DROP COLUMN kind")  # migration 8's, after the word counts
        for trigger in ("insert", "delete", "update_old", "update_new"):  # and migration 9's title indexes
            conn.execute(f"DROP TRIGGER titles_fts_{trigger}")
        conn.execute("DROP TABLE titles_fts")
        conn.execute("DROP TABLE titles_fts_exact")
        conn.execute("DROP INDEX articles_published_order")  # and migration 10's
        conn.execute("PRAGMA user_version = 6")
    Archive(db).close()
    assert rows(db, "SELECT words FROM articles") == [(24,)]


def test_a_real_page_body_holds_its_lead(realpages):
    for path in sorted((realpages / "pages").glob("sotttt_*.html")):
        ex = extract(path.read_bytes())
        if ex.lead and ex.body:
            assert ex.body.startswith(ex.lead), path.name
            assert article_words(ex.lead, ex.body) == count_words(ex.body) > count_words(ex.lead)
