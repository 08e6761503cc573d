"""The review tables inside the workspace database, and their migrations.

The store shares the file, so the review keeps its own version number in `review_meta`
rather than in `PRAGMA user_version`.
"""

from __future__ import annotations

import sqlite3

from onrecord.dbfile import write_transaction
from onrecord.errors import StoreError

# MIGRATIONS[i] brings the review tables from version i to version i + 1.
MIGRATIONS = [
    """
    CREATE TABLE IF NOT EXISTS review_articles (
        content_hash TEXT NOT NULL,
        path TEXT NOT NULL,              -- '' for pasted text
        title TEXT,
        position TEXT,                   -- quote key of the last selected quote
        opened_at TEXT NOT NULL,
        PRIMARY KEY (content_hash, path)
    );
    CREATE TABLE IF NOT EXISTS review_decisions (
        content_hash TEXT NOT NULL,
        path TEXT NOT NULL,
        quote_key TEXT NOT NULL,
        decision TEXT CHECK (decision IN ('verified', 'flagged', 'dismissed')),
        note TEXT,
        speaker_override TEXT,
        decided_by TEXT NOT NULL,
        decided_at TEXT NOT NULL,
        PRIMARY KEY (content_hash, path, quote_key)
    );
    """,
    # 2: the article text, so decisions follow their quotes when the file is edited
    "ALTER TABLE review_articles ADD COLUMN text TEXT",
    # 3: the source documents attached to an article file (or to a pasted text), kept across
    # edits of the article and reopened with it
    """
    CREATE TABLE IF NOT EXISTS review_sources (
        owner TEXT NOT NULL,             -- the article's path, or 'pasted:' + its content hash
        source_path TEXT NOT NULL,
        attached_at TEXT NOT NULL,
        PRIMARY KEY (owner, source_path)
    );
    """,
    # 4: the editor's answer when the article credits the wrong person ("said by X"), kept
    # beside the article's credit, which the verdict is still computed for
    "ALTER TABLE review_decisions ADD COLUMN said_by TEXT",
]
VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection) -> None:
    """Create or upgrade the review tables in one transaction."""
    with write_transaction(conn):
        conn.execute("CREATE TABLE IF NOT EXISTS review_meta (name TEXT PRIMARY KEY, value TEXT)")
        row = conn.execute("SELECT value FROM review_meta WHERE name = 'schema_version'").fetchone()
        current = int(row[0]) if row else 0
        if current > VERSION:
            raise StoreError(
                f"The review data was written by a newer OnRecord (schema {current}); "
                "update OnRecord to open it."
            )
        for script in MIGRATIONS[current:]:
            for statement in script.split(";"):
                if statement.strip():
                    conn.execute(statement)
        conn.execute(
            "INSERT INTO review_meta (name, value) VALUES ('schema_version', ?) "
            "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            (str(VERSION),),
        )
