"""The review tables inside the workspace database, and their migrations (run by
`onrecord.migrations.migrate`, which copies the file to <file>.review-v<N>.bak first)."""

from __future__ import annotations

from onrecord.migrations import Schema

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
    # 5: the decisions an editor can give are onrecord.verdicts.DECISIONS, checked on writing;
    # the CHECK constraint that repeated them goes (SQLite drops one by rebuilding the table)
    """
    CREATE TABLE review_decisions_v5 (
        content_hash TEXT NOT NULL,
        path TEXT NOT NULL,
        quote_key TEXT NOT NULL,
        decision TEXT,
        note TEXT,
        speaker_override TEXT,
        decided_by TEXT NOT NULL,
        decided_at TEXT NOT NULL,
        said_by TEXT,
        PRIMARY KEY (content_hash, path, quote_key)
    );
    INSERT INTO review_decisions_v5 SELECT content_hash, path, quote_key, decision, note,
        speaker_override, decided_by, decided_at, said_by FROM review_decisions;
    DROP TABLE review_decisions;
    ALTER TABLE review_decisions_v5 RENAME TO review_decisions;
    """,
    # 6: before the editor's name was a setting, `decided_by` held the OS login name; such
    # values are marked (records.LOGIN), so that no export publishes them (records.credited)
    "UPDATE review_decisions SET decided_by = 'login:' || decided_by WHERE decided_by <> ''",
]
REVIEW = Schema("review data", "review_meta", "name", MIGRATIONS, backup_tag="review-")
