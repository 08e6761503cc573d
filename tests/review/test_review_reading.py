"""Reading a review (for `onrecord review` and `report`) writes nothing to the workspace."""

import sqlite3

from onrecord.model import Article
from onrecord.review import ReviewLog, saved_decisions

TEXT = 'Kim said "we will win" on Monday.'


def _rows(db):
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM review_articles").fetchone()[0]


def test_reading_brings_carried_decisions_without_writing(tmp_path):
    db = tmp_path / "w.db"
    first = Article(text=TEXT, path=str(tmp_path / "a.txt"))
    with ReviewLog(db) as log:
        log.for_article(first).set_decision("10-21", "verified", by="ana")
    before = _rows(db)

    same = saved_decisions(db, first)
    moved = saved_decisions(db, Article(text=TEXT, path=str(tmp_path / "copy.txt")))

    assert same["10-21"].decision == moved["10-21"].decision == "verified"
    assert moved["10-21"].decided_by == "ana"
    assert _rows(db) == before  # the copy was not registered by reading it


def test_a_store_without_review_tables_has_no_decisions(tmp_path):
    db = tmp_path / "w.db"
    sqlite3.connect(db).execute("CREATE TABLE statements (id INTEGER)").connection.close()
    assert saved_decisions(db, Article(text=TEXT)) == {}
