"""Reading an article's review without writing: for `onrecord review` and `onrecord report`,
which must work on a workspace they may not change (read-only file, another writer)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from onrecord.errors import StoreError
from onrecord.model import Article
from onrecord.review.carry import earlier_review
from onrecord.review.log import _FIELDS, _SOURCES, Decision, ReviewLog, article_id, sources_owner
from onrecord.review.schema import REVIEW


def saved_decisions(db_path: str | Path, article: Article) -> dict[str, Decision]:
    """The decisions saved for `article`, or those its first opening would bring from an
    earlier review (same text elsewhere, or this file before an edit); none when the
    workspace does not exist yet. Nothing is written, and no file is created."""
    return _read_only(db_path, lambda conn, db: _read(conn, db, article), {})


def saved_source_paths(db_path: str | Path, article: Article) -> list[str]:
    """The source documents attached to `article` in the review workspace (none if nothing is)."""

    def read(conn, _db):
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'review_sources'").fetchall():
            return []
        return [r[0] for r in conn.execute(_SOURCES, (sources_owner(*article_id(article)),))]

    return _read_only(db_path, read, [])


def _read_only(db_path: str | Path, read, empty):
    """read(connection, db) over a read-only connection; `empty` when there is no workspace."""
    db = Path(db_path)
    if not db.exists():
        return empty
    try:
        conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    except sqlite3.Error as exc:
        raise StoreError(f"Cannot read the review data in {db}: {exc}.") from exc
    try:
        return read(conn, db)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"Cannot read the review data in {db}: {exc}.") from exc
    finally:
        conn.close()


def _read(conn: sqlite3.Connection, db: Path, article: Article) -> dict[str, Decision]:
    def read(sql: str, params=()):
        return conn.execute(sql, params).fetchall()

    if not read("SELECT 1 FROM sqlite_master WHERE name = 'review_meta'"):
        return {}  # a store with no review yet
    version = read("SELECT value FROM review_meta WHERE name = 'schema_version'")
    if (
        not version or int(version[0][0]) != REVIEW.latest
    ):  # an older review: let the log upgrade it
        with ReviewLog(db) as log:
            return log.for_article(article).all()
    ident = article_id(article)
    if read("SELECT 1 FROM review_articles WHERE content_hash = ? AND path = ?", ident):
        rows = read(
            f"SELECT {_FIELDS} FROM review_decisions WHERE content_hash = ? AND path = ?", ident
        )
        return {row[0]: Decision(*row) for row in rows}
    carried, _ = earlier_review(read, *ident, article.text)
    return {params[2]: Decision(*params[2:]) for _, params in carried}
