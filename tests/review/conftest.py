"""The review's shared fixtures."""

import sqlite3
from pathlib import Path

import pytest

from onrecord.model import Article
from onrecord.review.schema import MIGRATIONS

TEXT = 'Kim said "we will win" on Monday.'


@pytest.fixture
def old_log(tmp_path):
    """A workspace whose review data is at version 1, with one flagged quote."""
    db, article = tmp_path / "w.db", Article(text=TEXT, path=str(tmp_path / "a.txt"))
    with sqlite3.connect(db) as conn:
        conn.executescript(MIGRATIONS[0])
        conn.execute("CREATE TABLE review_meta (name TEXT PRIMARY KEY, value TEXT)")
        conn.execute("INSERT INTO review_meta VALUES ('schema_version', '1')")
        ident = (article.content_hash, str(Path(article.path).resolve()))
        conn.execute("INSERT INTO review_articles VALUES (?, ?, 'A', NULL, 'then')", ident)
        conn.execute(
            "INSERT INTO review_decisions VALUES (?, ?, '9-22', 'flagged', 'n', NULL, 'ana', 't')",
            ident,
        )
    conn.close()
    return db, article
