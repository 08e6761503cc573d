"""The review on the shared archive: decisions, notes and speaker corrections of every editor
in PostgreSQL, each with the editor's name and time, seen by the others as they are made.

`PgReviewLog` gives `ArticleReview` the same reads and writes as the workspace file's
`ReviewLog` (the review's SQL, with PostgreSQL's placeholders and conflict clause). A write
that would overwrite a decision someone else changed since this editor read it is refused
with `ReviewConflict`, naming who changed it: nothing is overwritten silently. Every change
is announced on the channel `onrecord_review` (a trigger, pgschema version 3), which
`listen()` follows.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from onrecord.errors import ReviewConflict
from onrecord.model import Article
from onrecord.review.log import ArticleReview, article_id
from onrecord.store.paths import is_shared
from onrecord.store.pgconn import connect, describe, reported

CHANNEL = "onrecord_review"
# A quote's review as compared before a write (its whole content: two changes within one
# second have the same time)
_STATE = "decision, note, speaker_override, said_by, decided_by, decided_at"


def _state(d) -> tuple:
    return (d.decision, d.note, d.speaker_override, d.said_by, d.decided_by, d.decided_at)


_SHOWN = "the quote shows what the archive holds; do it again once it is back"
_IGNORE = re.compile(r"INSERT OR IGNORE INTO(.*)", re.S)


def dialect(sql: str) -> str:
    """The review's SQLite statement as PostgreSQL reads it."""
    if match := _IGNORE.match(sql.strip()):
        sql = f"INSERT INTO{match.group(1)} ON CONFLICT DO NOTHING"
    return sql.replace("?", "%s")


class PgReviewLog:
    """Reviews in the shared archive `dsn` (the store's own schema and roles)."""

    def __init__(self, dsn: str, editor: str | None = None):
        """`editor`: who decides, as `ReviewLog` takes it (default: the configured name)."""
        from onrecord.config import load_identity
        from onrecord.store.pgschema import check_version

        self.editor = editor if editor is not None else load_identity().editor
        self.dsn, self.path = dsn, describe(dsn)
        self._conn = connect(dsn)
        check_version(self._conn, self.path)
        self._lock = threading.Lock()
        self._pending = threading.local()  # the check of the write this thread is making

    def for_article(self, article: Article) -> SharedArticleReview:
        review = SharedArticleReview(self, *article_id(article))
        review._register(article)
        return review

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> PgReviewLog:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _connection(self):
        """The log's connection, made again when the server dropped it: a change refused
        while the archive was away goes through once it is back."""
        if self._conn.closed:
            self._conn = connect(self.dsn)
        return self._conn

    def _read(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self._lock, reported(self.path, "the reviews were not read"):
            return self._connection().execute(dialect(sql), params).fetchall()

    def _write(self, *statements: tuple[str, tuple]) -> None:
        """Run the statements as one transaction, after the pending check (which may refuse)."""
        check = getattr(self._pending, "check", None)
        with self._lock, reported(self.path, _SHOWN):
            conn = self._connection()
            with conn.transaction():
                if check:
                    check(lambda sql, p: conn.execute(dialect(sql), p).fetchall())
                for sql, params in statements:
                    conn.execute(dialect(sql), params)

    def listen(
        self, stop: threading.Event, timeout: float = 0.5, ready: Callable | None = None
    ) -> Iterator[dict]:
        """Changes to any review as they are committed, by every editor, until `stop`:
        dicts of content_hash, path, quote_key, decided_by (on a connection of their own);
        `ready()` once they are listened for."""
        conn = connect(self.dsn)
        try:
            with reported(self.path, "changes by other editors are not followed"):
                conn.execute(f"LISTEN {CHANNEL}")
                if ready:
                    ready()
                while not stop.is_set():
                    for note in conn.notifies(timeout=timeout, stop_after=1):
                        yield json.loads(note.payload)
        finally:
            conn.close()


class SharedArticleReview(ArticleReview):
    """An article's review on the shared archive: a write checks that the quote's review is
    still what this editor last read (or wrote) before it replaces it."""

    def __init__(self, log: PgReviewLog, content_hash: str, path: str):
        super().__init__(log, content_hash, path)
        self._seen: dict[str, tuple[str, str] | None] = {}
        self._read_all = False  # after all(), a quote not seen had no review

    def all(self):
        found = super().all()
        self._seen = {k: _state(d) for k, d in found.items()}
        self._read_all = True
        return found

    def get(self, quote_key: str):
        found = super().get(quote_key)
        self._seen[quote_key] = _state(found) if found else None
        return found

    def _set(self, quote_key: str, column: str, value, by: str | None) -> None:
        seen = self._seen.get(quote_key, None if self._read_all else "unread")

        def check(read) -> None:
            rows = read(
                f"SELECT {_STATE} FROM review_decisions WHERE content_hash = ? "
                "AND path = ? AND quote_key = ? FOR UPDATE",
                (*self._id, quote_key),
            )
            now = tuple(rows[0]) if rows else None
            if seen != "unread" and now != seen and now is not None:
                theirs = dict(zip(("decision", "note", "speaker", "said_by"), now, strict=False))
                raise ReviewConflict(quote_key, now[-2], now[-1], theirs)

        self._log._pending.check = check
        try:
            super()._set(quote_key, column, value, by)
        finally:
            self._log._pending.check = None
        rows = self._log._read(
            f"SELECT {_STATE} FROM review_decisions "
            "WHERE content_hash = ? AND path = ? AND quote_key = ?",
            (*self._id, quote_key),
        )
        self._seen[quote_key] = tuple(rows[0]) if rows else None


# Where the review of a workspace lives: its own file, or the shared archive.
def open_review_log(location: Path | str):
    """The review log of `location`: the workspace file's, or the shared archive's."""
    from onrecord.review import ReviewLog

    return PgReviewLog(location) if is_shared(location) else ReviewLog(location)


def saved_decisions_at(location: Path | str, article: Article) -> dict:
    """The decisions saved for `article` (read only). On the shared archive, those of an
    article already opened for review there (the window brings earlier reviews on opening)."""
    if not is_shared(location):
        from onrecord.review import saved_decisions

        return saved_decisions(location, article) if Path(location).exists() else {}
    with PgReviewLog(location) as log:
        return ArticleReview(log, *article_id(article)).all()


def saved_source_paths_at(location: Path | str, article: Article) -> list[str]:
    if not is_shared(location):
        from onrecord.review import saved_source_paths

        return saved_source_paths(location, article)
    with PgReviewLog(location) as log:
        return ArticleReview(log, *article_id(article)).sources()
