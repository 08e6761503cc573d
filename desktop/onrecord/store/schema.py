"""The store's schema and its migrations, run on open by `onrecord.migrations.migrate`, which
copies the file to <file>.v<N>.bak before upgrading an existing store.

The version lives in the `store_meta` table (the review log shares the file).
"""

from __future__ import annotations

from onrecord.migrations import Schema

_V1 = """
CREATE TABLE IF NOT EXISTS speakers (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS aliases (
    key TEXT PRIMARY KEY, alias TEXT NOT NULL,
    speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE);
CREATE INDEX IF NOT EXISTS aliases_speaker ON aliases(speaker_id);
CREATE TABLE IF NOT EXISTS imports (
    id INTEGER PRIMARY KEY, source TEXT NOT NULL, format TEXT NOT NULL,
    started_at TEXT NOT NULL, finished_at TEXT,
    rows INTEGER NOT NULL DEFAULT 0, added INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0, rejected INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS import_rejects (
    import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    row INTEGER NOT NULL, reason TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS import_rejects_import ON import_rejects(import_id);
CREATE TABLE IF NOT EXISTS statements (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    text TEXT NOT NULL, folded TEXT NOT NULL,
    speaker TEXT, speaker_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
    affiliation TEXT, date TEXT, outlet TEXT, url TEXT, language TEXT,
    imported_from TEXT, import_id INTEGER REFERENCES imports(id) ON DELETE SET NULL,
    added_at TEXT NOT NULL,
    fingerprint INTEGER NOT NULL UNIQUE);
CREATE INDEX IF NOT EXISTS statements_speaker ON statements(speaker_id);
CREATE TABLE IF NOT EXISTS word_index (
    segment INTEGER PRIMARY KEY, first_id INTEGER NOT NULL, last_id INTEGER NOT NULL,
    docs INTEGER NOT NULL, terms BLOB NOT NULL, df BLOB NOT NULL,
    starts BLOB NOT NULL, postings BLOB NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS statements_fts USING FTS5 (
    text, speaker, tokenize='unicode61 remove_diacritics 2', content="statements");
CREATE TRIGGER IF NOT EXISTS statements_ai AFTER INSERT ON statements BEGIN
  INSERT INTO statements_fts (rowid, text, speaker) VALUES (new.rowid, new.text, new.speaker);
END;
CREATE TRIGGER IF NOT EXISTS statements_ad AFTER DELETE ON statements BEGIN
  INSERT INTO statements_fts (statements_fts, rowid, text, speaker)
    VALUES ('delete', old.rowid, old.text, old.speaker);
END;
CREATE TRIGGER IF NOT EXISTS statements_au AFTER UPDATE ON statements BEGIN
  INSERT INTO statements_fts (statements_fts, rowid, text, speaker)
    VALUES ('delete', old.rowid, old.text, old.speaker);
  INSERT INTO statements_fts (rowid, text, speaker) VALUES (new.rowid, new.text, new.speaker);
END;
"""


# The articles an archive import took statements from, by the hash of the file's bytes: an
# interrupted `store import FOLDER` started again skips them.
_V2 = """
CREATE TABLE IF NOT EXISTS imported_articles (content_hash TEXT PRIMARY KEY,
    path TEXT NOT NULL, import_id INTEGER REFERENCES imports(id) ON DELETE CASCADE);
"""

# MIGRATIONS[i] brings the store from version i to i + 1 (the FTS table and its triggers are
# those sqlite-utils' enable_fts made for stores created before this list was plain SQL).
MIGRATIONS = [_V1, _V2]
STORE = Schema("store", "store_meta", "key", MIGRATIONS)
