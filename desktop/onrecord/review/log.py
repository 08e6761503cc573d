"""`ReviewLog` over the workspace database and `ArticleReview`, one article's decisions.

Every write is its own transaction in WAL mode, so a decision is on disk the moment the
call returns and a crash loses nothing that was confirmed. `decided_by` and `decided_at`
record the last change to a quote's review state (decision, note, speaker or said by).
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import astuple
from pathlib import Path

from onrecord.clock import utc_now
from onrecord.config import load_identity
from onrecord.dbfile import prepare, write_transaction
from onrecord.errors import StoreError
from onrecord.migrations import migrate
from onrecord.model import Article
from onrecord.review.carry import earlier_review
from onrecord.review.records import (
    FIELDS,
    Decision,
    article_id,
    decisions,
    source_paths,
    sources_owner,
)
from onrecord.review.schema import REVIEW
from onrecord.verdicts import DECISIONS

_INSERT = (
    "INSERT OR IGNORE INTO review_decisions (content_hash, path, "
    f"{FIELDS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


class ReviewLog:
    """The review decisions of every article, in the workspace database at `db_path`."""

    def __init__(self, db_path: str | Path, editor: str | None = None):
        """`editor`: who decides, recorded as `decided_by` (default: the configured editor
        name, `onrecord.config`; none set: left empty, never the OS login name)."""
        self.path = Path(db_path)
        self.editor = editor if editor is not None else load_identity().editor
        self._lock = threading.Lock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(
                self.path, timeout=30, isolation_level=None, check_same_thread=False
            )
            self._conn.execute("PRAGMA synchronous = FULL")
            prepare(self._conn, lambda: migrate(self._conn, REVIEW, self.path))
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"Cannot open the review data in {self.path}: {exc}.") from exc
        except OSError as exc:
            raise StoreError(f"Cannot create {self.path}: {exc.strerror or exc}.") from exc

    def for_article(self, article: Article) -> ArticleReview:
        review = ArticleReview(self, *article_id(article))
        review._register(article)
        return review

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> ReviewLog:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _read(self, sql: str, params: tuple) -> list[tuple]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"Cannot read the review data in {self.path}: {exc}.") from exc

    def _write(self, *statements: tuple[str, tuple]) -> None:
        """Run the statements as one transaction."""
        with self._lock:
            try:
                with write_transaction(self._conn):
                    for sql, params in statements:
                        self._conn.execute(sql, params)
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"Cannot save to {self.path}: {exc}.") from exc


class ArticleReview:
    """The review of one article text at one path. Obtain it from `ReviewLog.for_article`."""

    def __init__(self, log: ReviewLog, content_hash: str, path: str):
        self._log, self.content_hash, self.path = log, content_hash, path
        self._id = (content_hash, path)
        self.carried = 0  # decisions brought from an earlier review when first opened

    def _register(self, article: Article) -> None:
        """Record the article, bringing the decisions of the same text seen at another path,
        or of the text this file had before it was edited (see `carry`)."""
        known = self._log._read(
            "SELECT 1 FROM review_articles WHERE content_hash = ? AND path = ?", self._id
        )
        if known:
            return
        copies, position = earlier_review(self._log._read, *self._id, article.text)
        self.carried = len(copies)
        self._log._write(
            *((_INSERT, (*self._id, *astuple(d))) for d in copies),
            (
                "INSERT OR IGNORE INTO review_articles (content_hash, path, title, position, "
                "opened_at, text) VALUES (?, ?, ?, ?, ?, ?)",
                (*self._id, article.title, position, utc_now(), article.text),
            ),
        )

    def get(self, quote_key: str) -> Decision | None:
        rows = self._log._read(
            f"SELECT {FIELDS} FROM review_decisions "
            "WHERE content_hash = ? AND path = ? AND quote_key = ?",
            (*self._id, quote_key),
        )
        return Decision(*rows[0]) if rows else None

    def all(self) -> dict[str, Decision]:
        return decisions(self._log._read, *self._id)

    def set_decision(self, quote_key: str, decision: str | None, by: str | None = None) -> None:
        if decision not in DECISIONS:
            names = ", ".join(name for name in DECISIONS if name)
            raise ValueError(f"Unknown decision {decision!r}; use one of {names} or None.")
        self._set(quote_key, "decision", decision, by)

    def set_note(self, quote_key: str, text: str | None, by: str | None = None) -> None:
        self._set(quote_key, "note", (text or "").strip() or None, by)

    def set_speaker(self, quote_key: str, name: str | None, by: str | None = None) -> None:
        self._set(quote_key, "speaker_override", (name or "").strip() or None, by)

    def set_said_by(self, quote_key: str, name: str | None, by: str | None = None) -> None:
        """Record who really said the quote, the article's credit left as it is."""
        self._set(quote_key, "said_by", (name or "").strip() or None, by)

    def position(self) -> str | None:
        rows = self._log._read(
            "SELECT position FROM review_articles WHERE content_hash = ? AND path = ?", self._id
        )
        return rows[0][0] if rows else None

    def set_position(self, quote_key: str | None) -> None:
        self._log._write(
            (
                "UPDATE review_articles SET position = ? WHERE content_hash = ? AND path = ?",
                (quote_key, *self._id),
            )
        )

    # Source documents: kept per article file, so they stay attached when the file is edited.
    @property
    def _owner(self) -> str:
        return sources_owner(*self._id)

    def sources(self) -> list[str]:
        """Paths of the source documents attached to this article, in the order attached."""
        return source_paths(self._log._read, self._owner)

    def add_source(self, source_path: str) -> None:
        self._log._write(
            (
                "INSERT OR IGNORE INTO review_sources (owner, source_path, attached_at) "
                "VALUES (?, ?, ?)",
                (self._owner, str(Path(source_path).resolve()), utc_now()),
            )
        )

    def clear_sources(self) -> None:
        self._log._write(("DELETE FROM review_sources WHERE owner = ?", (self._owner,)))

    def _set(self, quote_key: str, column: str, value: str | None, by: str | None) -> None:
        """Write one field; a quote left with no decision, note or speaker has no row."""
        params = (*self._id, quote_key, value, by or self._log.editor or "", utc_now())
        self._log._write(
            (
                "INSERT INTO review_decisions (content_hash, path, quote_key, "
                f"{column}, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (content_hash, path, quote_key) DO UPDATE SET "
                f"{column} = excluded.{column}, decided_by = excluded.decided_by, "
                "decided_at = excluded.decided_at",
                params,
            ),
            (
                "DELETE FROM review_decisions WHERE content_hash = ? AND path = ? AND "
                "quote_key = ? AND decision IS NULL AND note IS NULL AND speaker_override IS NULL "
                "AND said_by IS NULL",
                (*self._id, quote_key),
            ),
        )
