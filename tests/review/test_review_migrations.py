"""The review log's schema goes through the workspace's one migration path: backed up first,
in one transaction, triggers allowed."""

import sqlite3
import subprocess
import sys
import textwrap

from onrecord.review import ReviewLog
from onrecord.review.schema import MIGRATIONS

TEXT = 'Kim said "we will win" on Monday.'


def test_upgrading_the_review_copies_the_file_first(old_log):
    db, article = old_log
    with ReviewLog(db) as log:
        assert log.for_article(article).get("9-22").decision == "flagged"
    backup = db.with_name("w.db.review-v1.bak")
    with sqlite3.connect(backup) as old:
        assert old.execute("SELECT value FROM review_meta").fetchone() == ("1",)
        assert old.execute("SELECT decision FROM review_decisions").fetchall() == [("flagged",)]
    old.close()


def test_a_migration_may_create_a_trigger(tmp_path, monkeypatch, old_log):
    from dataclasses import replace

    from onrecord.review import log as log_module

    db, article = old_log
    trigger = """
        CREATE TABLE review_history (quote_key TEXT, decision TEXT);
        CREATE TRIGGER review_history_ai AFTER INSERT ON review_decisions BEGIN
            INSERT INTO review_history VALUES (new.quote_key, new.decision);
        END;
    """
    schema = replace(log_module.REVIEW, steps=[*MIGRATIONS, trigger])
    monkeypatch.setattr(log_module, "REVIEW", schema)
    with ReviewLog(db) as log:
        log.for_article(article).set_decision("0-3", "verified", by="bo")
        assert log._read("SELECT * FROM review_history", ()) == [("0-3", "verified")]


CRASH = textwrap.dedent(
    """
    import os, sys
    from dataclasses import replace
    from onrecord.review import log, schema

    def crash(conn):
        os._exit(9)  # killed mid-migration: the steps before ran in the same transaction

    log.REVIEW = replace(schema.REVIEW, steps=[*schema.MIGRATIONS, crash])
    log.ReviewLog(sys.argv[1])
    """
)


def test_a_crash_mid_migration_leaves_the_old_version_whole(old_log):
    db, article = old_log
    done = subprocess.run([sys.executable, "-c", CRASH, str(db)], timeout=60)
    assert done.returncode == 9
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT value FROM review_meta").fetchone() == ("1",)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "review_sources" not in tables  # version 3's table went with the transaction
    conn.close()
    assert db.with_name("w.db.review-v1.bak").exists()
    with ReviewLog(db) as log:  # the next opening upgrades it
        review = log.for_article(article)
        assert review.get("9-22").decision == "flagged" and review.sources() == []
