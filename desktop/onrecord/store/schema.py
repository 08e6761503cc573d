"""The store's schema and its migrations, run on open; the file is copied before one runs.

The version lives in the `store_meta` table (not PRAGMA user_version, which other parts of
the workspace database may use). Version N is reached by running MIGRATIONS[:N] in order.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from onrecord.errors import StoreError

log = logging.getLogger(__name__)

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
"""


def _v1(db: Database) -> None:
    db.executescript(_V1)
    db["statements"].enable_fts(
        ["text", "speaker"], create_triggers=True, tokenize="unicode61 remove_diacritics 2"
    )


def _v2(db: Database) -> None:
    """The articles an archive import took statements from, by the hash of the file's bytes:
    an interrupted `store import FOLDER` started again skips them."""
    db.executescript(
        "CREATE TABLE IF NOT EXISTS imported_articles (content_hash TEXT PRIMARY KEY,"
        " path TEXT NOT NULL, import_id INTEGER REFERENCES imports(id) ON DELETE CASCADE)"
    )


MIGRATIONS = [_v1, _v2]


def schema_version(db: Database) -> int:
    if "store_meta" not in db.table_names():
        return 0
    row = db.execute("SELECT value FROM store_meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def migrate(db: Database, path: Path | None) -> None:
    """Bring the schema to the latest version, backing an existing store up first."""
    current, latest = schema_version(db), len(MIGRATIONS)
    if current > latest:
        raise StoreError(f"{path} was written by a newer OnRecord (store version {current})")
    if current == latest:
        return
    if path is not None and current >= 1:  # creating the schema touches no existing table
        backup_copy(db.conn, path, current)
    db.execute("CREATE TABLE IF NOT EXISTS store_meta (key TEXT PRIMARY KEY, value TEXT)")
    for version in range(current + 1, latest + 1):
        log.info("migrating the store to version %d", version)
        MIGRATIONS[version - 1](db)
        db.execute("INSERT OR REPLACE INTO store_meta VALUES ('schema_version', ?)", [str(version)])


def backup_copy(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    target = path.with_name(f"{path.name}.v{version}.bak")
    with sqlite3.connect(target) as dest:
        conn.backup(dest)
    dest.close()
    log.info("store copied to %s before migrating", target)
    return target
