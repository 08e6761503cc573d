"""Reading a review (for `onrecord review` and `report`) writes nothing to the workspace."""

import hashlib
import sqlite3
from pathlib import Path

from onrecord.model import Article
from onrecord.review import ReviewLog, saved_decisions
from onrecord.review.carry import earlier_review
from onrecord.review.records import Decision

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


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_reading_an_older_review_leaves_the_file_as_it_was(old_log):
    db, article = old_log
    before = _digest(db)
    db.chmod(0o444)  # `onrecord report` on a workspace it may not change
    try:
        saved = saved_decisions(db, article)
        moved = saved_decisions(db, Article(text=TEXT, path=str(db.parent / "copy.txt")))
    finally:
        db.chmod(0o644)
    assert saved["9-22"].decision == moved["9-22"].decision == "flagged"
    assert _digest(db) == before
    assert not list(db.parent.glob("*.bak"))


def test_carried_decisions_are_decisions(tmp_path):
    db = tmp_path / "w.db"
    with ReviewLog(db) as log:
        log.for_article(Article(text=TEXT, path=str(tmp_path / "a.txt"))).set_decision(
            "9-22", "verified", by="ana"
        )
        read = log._read
        edited = "Today " + TEXT
        carried, _ = earlier_review(
            read, Article(text=edited).content_hash, str(tmp_path / "a.txt"), edited
        )
    assert [(type(d), d.quote_key, d.decided_by) for d in carried] == [(Decision, "15-28", "ana")]
