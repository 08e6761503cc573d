"""Reading an article's review without writing: for `onrecord review` and `onrecord report`,
which must work on a workspace they may not change (read-only file, another writer).

A workspace of an earlier review version is read through an upgraded copy in memory: the
file itself is upgraded only by the window or a command that writes to it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from onrecord.errors import StoreError
from onrecord.migrations import upgraded_copy
from onrecord.model import Article
from onrecord.review.carry import earlier_review
from onrecord.review.records import (
    Decision,
    article_id,
    decisions,
    source_paths,
    sources_owner,
)
from onrecord.review.schema import REVIEW


def saved_decisions(db_path: str | Path, article: Article) -> dict[str, Decision]:
    """The decisions saved for `article`, or those its first opening would bring from an
    earlier review (same text elsewhere, or this file before an edit); none when the
    workspace does not exist yet. Nothing is written, and no file is created."""

    def read(conn: sqlite3.Connection) -> dict[str, Decision]:
        ident = article_id(article)
        query = _reader(conn)
        if query("SELECT 1 FROM review_articles WHERE content_hash = ? AND path = ?", ident):
            return decisions(query, *ident)
        carried, _ = earlier_review(query, *ident, article.text)
        return {d.quote_key: d for d in carried}

    return _read_only(db_path, read, {})


def saved_source_paths(db_path: str | Path, article: Article) -> list[str]:
    """The source documents attached to `article` in the review workspace (none if nothing is)."""
    owner = sources_owner(*article_id(article))
    return _read_only(db_path, lambda conn: source_paths(_reader(conn), owner), [])


def _reader(conn: sqlite3.Connection):
    return lambda sql, params=(): conn.execute(sql, params).fetchall()


def _read_only(db_path: str | Path, read, empty):
    """read(connection) over a read-only view of the review at its latest version; `empty`
    when there is no workspace or no review in it yet."""
    db = Path(db_path)
    if not db.exists():
        return empty
    try:
        conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    except sqlite3.Error as exc:
        raise StoreError(f"Cannot read the review data in {db}: {exc}.") from exc
    try:
        version = REVIEW.version(conn)
        if version == 0:
            return empty  # a store with no review yet
        if version > REVIEW.latest:
            raise StoreError(
                f"The review data in {db} was written by a newer OnRecord (version {version}); "
                "update OnRecord to open it."
            )
        if version < REVIEW.latest:
            old, conn = conn, upgraded_copy(conn, REVIEW)
            old.close()
        return read(conn)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"Cannot read the review data in {db}: {exc}.") from exc
    finally:
        conn.close()
